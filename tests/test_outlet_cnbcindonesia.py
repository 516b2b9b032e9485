"""CNBC Indonesia module on bad input: a sister site's page under its URL, its index page, English pages,
truncated pages and dumps. A sane result, a warning or a typed error; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE_2023 = (FIXTURES / "cnbcindonesia" / "html" / "2023_market_obligasi_ritel.html").read_text("utf-8")
DUMP = (FIXTURES / "cnbcindonesia" / "market_2024_byline_scroll.txt").read_text("utf-8")
URL = "https://www.cnbcindonesia.com/news/20240101000000-4-1/x"


def test_cnn_indonesia_page_with_a_cnbc_url_keeps_its_story() -> None:
    # the sister site shares div.detail-text with the 2023 template: the page is read, its credit line is CNN's
    page = (FIXTURES / "cnnindonesia" / "html" / "2020_satu_arah_puncak.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "cnbcindonesia")
    assert article.outlet == "cnnindonesia"
    assert any("satu arah" in p for p in article.paragraphs)
    assert not any(p.startswith("Jakarta, CNN Indonesia") for p in article.paragraphs)


def test_detik_2018_page_with_a_cnbc_url_keeps_its_story() -> None:
    # detik's 2018 pages carry the same CMS skeleton (div.jdl, div.detail_text) as CNBC's of that era
    page = (FIXTURES / "detik" / "html" / "2018_news_posyandu_lansia.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "cnbcindonesia")
    assert article.outlet == "detik"
    assert any("posyandu" in p for p in article.paragraphs)
    assert not any(p.endswith("(dpr/fjp)") for p in article.paragraphs)


def test_kompas_page_with_a_cnbc_url_warns() -> None:
    page = (FIXTURES / "kompas" / "html" / "2024_tren_hujan_es_dieng.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "cnbcindonesia")
    assert article.outlet == "kompas"
    assert any("Hujan es dilaporkan turun" in p for p in article.paragraphs)


def test_kontan_dump_with_a_cnbc_url_keeps_its_story() -> None:
    dump = (FIXTURES / "kontan" / "jakarta_ticker_reporter.txt").read_text("utf-8", errors="replace")
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "cnbcindonesia")
    assert article.outlet == "kontan"
    assert article.paragraphs
    assert not article.authors or "CNBC Indonesia" not in article.authors


def test_index_page_is_not_an_article() -> None:
    cards = "".join(
        f'<article><a class="group" href="https://www.cnbcindonesia.com/market/2024{i:04d}-17-{i}/x">'
        f"<h2>Saham sektor energi bergerak variatif pada sesi pertama hari ke-{i}</h2>"
        f'<span class="text-xs text-gray">{i} menit yang lalu</span></a></article>'
        for i in range(20)
    )
    page = f'<html><body><div class="nhl-list">{cards}</div></body></html>'
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.cnbcindonesia.com/market/indeks/5")


def test_english_story_is_english() -> None:
    start = PAGE_2023.index('<div class="detail-text">') + len('<div class="detail-text">')
    end = PAGE_2023.index("</div>\n  <div class=\"flex gap-2")
    english = ("<p>Jakarta, CNBC Indonesia - Sales of the latest retail government bond reached Rp20.4 trillion,"
               " well above the government's target.</p><p>Officials said investors under thirty made up almost"
               " half of the buyers, most of them through banking apps. (lhd/lhd)</p>")
    article = newsclean.clean_html(PAGE_2023[:start] + english + PAGE_2023[end:])
    assert article.outlet == "cnbcindonesia" and article.language == "en"
    assert article.dateline == "Jakarta"
    assert article.paragraphs[0].startswith("Sales of the latest")


def test_truncated_page_keeps_what_arrived() -> None:
    article = newsclean.clean_html(PAGE_2023[: PAGE_2023.index("Menurut dia, kupon")])
    assert article.outlet == "cnbcindonesia"
    assert article.dateline == "Jakarta"
    assert article.paragraphs[-1].startswith("Direktur yang membidangi")


def test_truncated_dump_stops_inside_the_ad_break() -> None:
    article = newsclean.clean_text(DUMP[: DUMP.index("SCROLL TO RESUME")])
    assert article.outlet == "cnbcindonesia"
    assert article.authors == ["Rizky Maulana"]
    assert len(article.paragraphs) == 2
