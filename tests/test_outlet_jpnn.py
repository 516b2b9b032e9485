"""JPNN.com module on bad input: other outlets' pages and dumps under a JPNN URL, a tag page, an English
story, truncated pages and dumps; and one page of a story split over several pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean
from newsclean.rules import MULTI_PAGE_WARNING

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = (FIXTURES / "jpnn" / "html" / "2023_sumut_redaktur_caption.html").read_text("utf-8")
DUMP = (FIXTURES / "jpnn" / "jakarta_redaktur_reporter.txt").read_text("utf-8")
URL = "https://www.jpnn.com/news/contoh-berita"


def test_republika_page_with_a_jpnn_url_warns_and_keeps_its_story() -> None:
    page = (FIXTURES / "republika" / "html" / "2024_ekonomi_harga_beras.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "jpnn")
    assert article.outlet == "republika"
    assert article.paragraphs


def test_tribun_dump_with_a_jpnn_url_keeps_its_story() -> None:
    dump = (FIXTURES / "tribunnews" / "jakarta_pager_terkait.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "jpnn")
    assert article.outlet == "tribunnews"
    assert article.paragraphs


def test_tag_page_is_not_an_article() -> None:
    items = "".join(
        f'<li><div class="content-description"><div><h2><a href="https://www.jpnn.com/news/judul-berita-{i}">'
        f"Polisi amankan puluhan kendaraan tanpa surat di jalur mudik hari ke-{i}</a></h2></div>"
        f"<span>Senin, {i % 28 + 1} April 2025</span></div></li>"
        for i in range(20)
    )
    page = f'<html><body><div id="content-utama"><div class="kolom-kiri"><ul>{items}</ul></div></div></body></html>'
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.jpnn.com/tag/mudik")


def test_english_story_is_english() -> None:
    start = PAGE.index('<div itemprop="articleBody">') + len('<div itemprop="articleBody">')
    end = PAGE.index("</div>", start)
    english = ("<p>jpnn.com, MEDAN - Palm fruit prices paid to smallholders in North Sumatra rose by about Rp200"
               " a kilogram over the past week, following crude palm oil prices abroad.</p><p>Farmers hope the"
               " price holds until the main harvest so that they can buy fertiliser. (mcr12/jpnn)</p>")
    article = newsclean.clean_html(PAGE[:start] + english + PAGE[end:])
    assert article.outlet == "jpnn" and article.language == "en"
    assert article.dateline == "MEDAN"
    assert article.paragraphs[-1].endswith("buy fertiliser.")


def test_split_story_page_says_it_is_one_page() -> None:
    page = (FIXTURES / "jpnn" / "html" / "2023_nasional_pager_baca_juga.html").read_bytes()
    article = newsclean.clean_html(page)
    assert MULTI_PAGE_WARNING in article.warnings


def test_truncated_page_keeps_what_arrived() -> None:
    article = newsclean.clean_html(PAGE[: PAGE.index("Ketua asosiasi petani")])
    assert article.outlet == "jpnn"
    assert article.dateline == "MEDAN"
    assert article.paragraphs[-1].startswith("Harga tandan buah segar")


def test_truncated_dump_stops_inside_the_baca_juga_list() -> None:
    article = newsclean.clean_text(DUMP[: DUMP.index("Sekolah Terapung")])
    assert article.outlet == "jpnn"
    assert article.dateline == "JAKARTA"
    assert not any("Guru Honorer" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("Direktur yang menangani")
