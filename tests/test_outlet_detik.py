"""Bad input for the detik module: other outlets' pages under detik's name, detik listing pages, English
pages, empty and truncated pages. Each gives a sane result, a warning or a typed error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE_2020 = (FIXTURES / "detik" / "html" / "2020_lampu_jalan_cipinang.html").read_text("utf-8")
DUMP = (FIXTURES / "detik" / "finance_feed_baca_juga.txt").read_text("utf-8")


def test_kompas_page_given_as_detik_is_cleaned_as_kompas() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_bytes()
    article = newsclean.clean_html(page, outlet="detik")
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "detik")
    assert len(article.paragraphs) >= 2


def test_tempo_dump_with_a_detik_url_is_cleaned_without_detik_inventing_fields() -> None:
    dump = (FIXTURES / "tempo").glob("*.txt")
    text = next(iter(sorted(dump))).read_text("utf-8", errors="replace")
    article = newsclean.clean_text(text, url="https://news.detik.com/berita/d-1/x")
    assert article.paragraphs
    assert not any(p.startswith("DETIK") for p in article.paragraphs)


def test_detik_tag_index_is_not_an_article() -> None:
    cards = "".join(
        f'<article class="list-content__item"><h3 class="media__title"><a href="https://news.detik.com/berita/d-{i}/x">'
        f"Banjir merendam permukiman warga di kampung nomor {i}</a></h3>"
        f'<div class="media__date">Senin, 18 Mar 2024 1{i % 10}:00 WIB</div></article>'
        for i in range(20)
    )
    head = "<head><title>Berita Banjir Terkini - detikNews</title></head>"
    page = f"<html>{head}<body><h1>Banjir</h1>{cards}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.detik.com/tag/banjir")


def test_english_page_on_detik_is_read_as_english() -> None:
    english = [
        "The city government of Jakarta has started repairing street lights in several districts this week.",
        "Residents said the roads had been dark for more than a week and asked for faster repairs.",
        "Officials said the work would be finished before the end of the month if the weather allows it.",
    ]
    page = PAGE_2020
    for old, new in zip(
        ["Warga di kawasan Cipinang", "\u0026quot;Sudah tujuh hari", "Menurut Nurhayati"], english, strict=True
    ):
        start = page.index(old)
        end = page.index("</p>", start)
        page = page[:start] + new + page[end:]
    page = page.replace("<strong>Jakarta</strong> - ", "")
    for tail in ["Ketua RT 05", "Kepala Seksi", "\u0026quot;Kami mohon"]:
        start = page.index(tail)
        page = page[:start] + page[page.index("</p>", start):]
    article = newsclean.clean_html(page)
    assert article.outlet == "detik"
    assert article.language == "en"
    assert article.paragraphs[:3] == english


def test_truncated_detik_page_keeps_what_arrived() -> None:
    cut = PAGE_2020.index("Menurut Nurhayati") + 24
    article = newsclean.clean_html(PAGE_2020[:cut])
    assert article.outlet == "detik"
    assert article.paragraphs[0].startswith("Warga di kawasan Cipinang")
    assert article.paragraphs[-1] == "Menurut Nurhayati, warga"


def test_truncated_dump_keeps_its_story_and_drops_the_feed() -> None:
    cut = DUMP.index("DETIKFINANCE |") + len("DETIKFINANCE | Jumat")
    article = newsclean.clean_text(DUMP[:cut])
    assert article.outlet == "detik"
    assert article.paragraphs[-1].startswith("Kementerian Perdagangan")
    assert article.dateline == "Jakarta"
