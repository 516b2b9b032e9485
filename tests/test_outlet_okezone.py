"""Bad input for the Okezone module: other outlets' pages under Okezone's name, an Okezone listing page,
an English page, truncated pages and dumps. Each gives a sane result, a warning or a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "okezone" / "html" / "2021_nasional_posko_mudik.html").read_text("utf-8")
DUMP = (FIXTURES / "okezone" / "nasional_2023_jurnalis_feed.txt").read_text("utf-8")
URL = "https://nasional.okezone.com/read/2023/04/12/337/2794411/judul-berita"


def test_kompas_page_with_an_okezone_url_keeps_the_story_and_warns() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "okezone")
    assert article.outlet == "kompas"
    assert len(article.paragraphs) >= 2


def test_sindonews_dump_given_as_okezone_keeps_its_story() -> None:
    dump = (FIXTURES / "sindonews" / "surabaya_pager_two_pages.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, outlet="okezone")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "okezone")
    assert article.outlet == "sindonews"
    assert article.paragraphs[0].startswith("Ratusan pedagang Pasar Turi")
    assert not any(p.startswith("Baca Juga") for p in article.paragraphs)


def test_okezone_tag_index_is_not_an_article() -> None:
    cards = "".join(
        f'<li><div class="list-contentx"><h4><a href="https://news.okezone.com/read/2024/01/0{i % 9 + 1}/337/{i}/x">'
        f"Banjir merendam ratusan rumah warga di kampung nomor {i}</a></h4>"
        f'<span class="dates">Senin, 1 Januari 2024 1{i % 10}:00 WIB</span></div></li>'
        for i in range(20)
    )
    page = (f"<html><head><title>Berita Banjir Terbaru Hari Ini - Okezone</title></head>"
            f"<body><h1>Banjir</h1><ul>{cards}</ul></body></html>")
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.okezone.com/tag/banjir")


def test_english_page_on_okezone_is_read_as_english() -> None:
    english = [
        "The health ministry has opened medical posts at twelve rest areas along the toll road this week.",
        "Each post is staffed by two doctors and four nurses in shifts, with an ambulance waiting nearby.",
        "Officials said travellers who feel dizzy or sleepy should stop and get a free check before driving on.",
    ]
    page = PAGE.replace("<strong>JAKARTA</strong> - ", "")
    for old, new in zip(["Kementerian Kesehatan membuka", "Setiap posko dijaga", "Tahun lalu posko"],
                        english, strict=True):
        start = page.index(old)
        page = page[:start] + new + page[page.index("</p>", start):]
    start = page.index("&quot;Pemudik") if "&quot;Pemudik" in page else page.index('"Pemudik')
    page = page[:start] + page[page.index("</p>", start):]
    article = newsclean.clean_html(page)
    assert article.outlet == "okezone"
    assert article.language == "en"
    assert article.paragraphs[:2] == english[:2]


def test_truncated_okezone_page_keeps_what_arrived() -> None:
    cut = PAGE.index("Setiap posko dijaga") + len("Setiap posko dijaga")
    article = newsclean.clean_html(PAGE[:cut])
    assert article.outlet == "okezone"
    assert article.title == "Posko Kesehatan Mudik Dibuka di 12 Rest Area Tol Trans Jawa"
    assert article.paragraphs[0].startswith("Kementerian Kesehatan membuka posko")
    assert article.paragraphs[-1] == "Setiap posko dijaga"


def test_truncated_dump_keeps_its_story_and_drops_the_promos() -> None:
    cut = DUMP.index("Follow WhatsApp Channel") + len("Follow WhatsApp")
    article = newsclean.clean_text(DUMP[:cut])
    assert article.outlet == "okezone"
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[-1].startswith("Pemerintah daerah setempat mencatat")
