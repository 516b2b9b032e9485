"""Bad input for the cnnindonesia module: other outlets' pages under its name, its listing pages, English
pages, empty and truncated pages. Each gives a sane result, a warning or a typed error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE_2018 = (FIXTURES / "cnnindonesia" / "html" / "2018_nasional_sekolah_darurat.html").read_text("utf-8")
DUMP = (FIXTURES / "cnnindonesia" / "ekonomi_pilihan_redaksi.txt").read_text("utf-8")
URL = "https://www.cnnindonesia.com/nasional/20240101000000-20-1/x"


def test_detik_page_given_as_cnnindonesia_is_cleaned_as_detik() -> None:
    page = (FIXTURES / "detik" / "html" / "2018_news_posyandu_lansia.html").read_bytes()
    article = newsclean.clean_html(page, outlet="cnnindonesia")
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "cnnindonesia")
    assert any("posyandu" in p for p in article.paragraphs)


def test_kompas_dump_with_a_cnn_url_keeps_its_story() -> None:
    text = (FIXTURES / "kompas" / "medan_2024_roles.txt").read_text("utf-8", errors="replace")
    article = newsclean.clean_text(text, url=URL)
    assert article.paragraphs
    assert article.dateline != "CNN Indonesia"


def test_cnn_index_page_is_not_an_article() -> None:
    cards = "".join(
        f'<article class="flex-grow"><a class="flex" href="https://www.cnnindonesia.com/nasional/2024-{i}/x">'
        f"<h2>Harga pangan di pasar tradisional naik pada pekan ke-{i}</h2></a>"
        f'<span class="text-xs">{i} jam yang lalu</span></article>'
        for i in range(20)
    )
    page = f"<html><head><title>Indeks Berita - CNN Indonesia</title></head><body><h1>Indeks</h1>{cards}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.cnnindonesia.com/indeks")


def test_english_page_on_cnnindonesia_is_read_as_english() -> None:
    english = (
        "Brebes, CNN Indonesia -- The district government has built three temporary classrooms for primary school "
        "pupils whose building was buried by a landslide last week.<br /><br />Officials said lessons would start "
        "again on Monday and that new books and uniforms had been sent by several charities.<br /><br />A permanent "
        "school will be built at a safer site next year after a soil survey is finished."
    )
    start = PAGE_2018.index('<span id="detikdetailtext">') + len('<span id="detikdetailtext">')
    end = PAGE_2018.index("</span>", start)
    article = newsclean.clean_html(PAGE_2018[:start] + english + PAGE_2018[end:])
    assert article.outlet == "cnnindonesia"
    assert article.language == "en"
    assert article.dateline == "Brebes"
    assert article.paragraphs[0].startswith("The district government")


def test_truncated_cnn_page_keeps_what_arrived() -> None:
    cut = PAGE_2018.index("Sebanyak 120 siswa") + len("Sebanyak 120 siswa")
    article = newsclean.clean_html(PAGE_2018[:cut])
    assert article.outlet == "cnnindonesia"
    assert article.paragraphs[0].startswith("Pemerintah kabupaten")
    assert article.paragraphs[-1] == "Sebanyak 120 siswa"


def test_truncated_dump_stops_inside_the_pilihan_redaksi_box() -> None:
    cut = DUMP.index("Bulog Serap")
    article = newsclean.clean_text(DUMP[:cut])
    assert article.outlet == "cnnindonesia"
    assert article.dateline == "Jakarta"
    assert article.paragraphs[-1].startswith("Direktur jenderal")
