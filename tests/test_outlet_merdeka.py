"""Bad input for the Merdeka.com module: other outlets' pages under Merdeka's name, a Merdeka listing page,
an English page, truncated pages and dumps. Each gives a sane result, a warning or a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "merdeka" / "html" / "2014_peristiwa_banjir_rob.html").read_text("utf-8")
DUMP = (FIXTURES / "merdeka" / "peristiwa_2018_reporter_dated_initials.txt").read_text("utf-8")
URL = "https://www.merdeka.com/peristiwa/judul-berita.html"


def test_tempo_page_with_a_merdeka_url_is_cleaned_as_tempo() -> None:
    page = next(iter(sorted((FIXTURES / "tempo" / "html").glob("2017_*.html")))).read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "merdeka")
    assert article.outlet == "tempo" and len(article.paragraphs) >= 2


def test_viva_dump_given_as_merdeka_keeps_its_story() -> None:
    dump = (FIXTURES / "viva" / "showbiz_2017_viva_co_id_read_more.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, outlet="merdeka")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "merdeka")
    assert article.outlet == "viva"
    assert any(p.startswith("Album itu digarap") for p in article.paragraphs)
    assert not any(p.startswith("Baca juga") for p in article.paragraphs)


def test_merdeka_tag_page_is_not_an_article() -> None:
    cards = "".join(
        f'<li><div class="mdk-tag-list"><a href="https://www.merdeka.com/peristiwa/judul-{i}.html">'
        f"Polisi mengamankan puluhan pemuda yang terlibat tawuran di kawasan nomor {i}</a>"
        f'<span class="date">Selasa, 1 Mei 2018 1{i % 10}:00</span></div></li>'
        for i in range(20)
    )
    page = (f"<html><head><title>Berita Tawuran Terbaru | merdeka.com</title></head>"
            f"<body><h1>Tawuran</h1><ul>{cards}</ul></body></html>")
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.merdeka.com/tag/t/tawuran/")


def test_english_page_on_merdeka_is_read_as_english() -> None:
    english = [
        "A tidal flood about forty centimetres deep has covered a fishing village in North Jakarta since dawn.",
        "Residents moved their furniture upstairs and pulled their boats up onto the road.",
        "The disaster agency expects the water to recede by midday as the sea level falls again.",
    ]
    page = PAGE.replace("<b>Merdeka.com</b> - ", "")
    for old, new in zip(["Banjir rob setinggi", "Warga memindahkan", "Badan penanggulangan"], english, strict=True):
        start = page.index(old)
        page = page[:start] + new + page[page.index("</p>", start):]
    start = page.index("&quot;Setiap") if "&quot;Setiap" in page else page.index('"Setiap')
    page = page[:start] + page[page.index("</p>", start):]
    article = newsclean.clean_html(page)
    assert article.outlet == "merdeka"
    assert article.language == "en"
    assert article.paragraphs == english


def test_truncated_merdeka_page_keeps_what_arrived() -> None:
    cut = PAGE.index("Warga memindahkan perabot") + len("Warga memindahkan perabot")
    article = newsclean.clean_html(PAGE[:cut])
    assert article.outlet == "merdeka"
    assert article.paragraphs[0].startswith("Banjir rob setinggi 40 sentimeter")
    assert article.paragraphs[-1] == "Warga memindahkan perabot"


def test_truncated_dump_keeps_its_story() -> None:
    cut = DUMP.index("Petugas kemudian menyerahkan") + len("Petugas kemudian")
    article = newsclean.clean_text(DUMP[:cut])
    assert article.outlet == "merdeka"
    assert article.authors == ["Yunita Amalia"]
    assert article.paragraphs[-1] == "Petugas kemudian"
