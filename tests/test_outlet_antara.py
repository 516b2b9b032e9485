"""ANTARA module on bad input: other outlets' pages, listing pages, English, empty and truncated pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE_2022 = (FIXTURES / "antara" / "html" / "2022_humaniora_perpustakaan_keliling.html").read_text(encoding="utf-8")
KOMPAS_PAGE = (FIXTURES / "kompas" / "html" / "2024_tren_hujan_es_dieng.html").read_text(encoding="utf-8")


def test_other_outlets_page_forced_to_antara_is_cleaned_as_its_own() -> None:
    article = newsclean.clean_html(KOMPAS_PAGE, outlet="antara")
    assert_cleaned_as_itself(article, newsclean.clean_html(KOMPAS_PAGE), "antara")
    assert any("Hujan es dilaporkan turun" in p for p in article.paragraphs)


def test_other_outlets_page_with_an_antara_url() -> None:
    article = newsclean.clean_html(KOMPAS_PAGE, url="https://www.antaranews.com/berita/1/x")
    assert_cleaned_as_itself(article, newsclean.clean_html(KOMPAS_PAGE), "antara")


def test_other_outlets_dump_forced_to_antara_keeps_its_story() -> None:
    dump = (FIXTURES / "voi" / "surabaya_title_tags.txt").read_text(encoding="utf-8")
    article = newsclean.clean_text(dump, outlet="antara")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "antara")
    assert any("uang palsu" in p for p in article.paragraphs)


def test_listing_page_is_refused() -> None:
    cards = "".join(
        f'<article class="simple-post"><h3><a href="https://www.antaranews.com/berita/{i}/judul-{i}">'
        f"Pemerintah daerah umumkan program baru nomor {i}</a></h3>"
        f'<p class="simple-share">Politik / <span>{i} jam lalu</span></p></article>'
        for i in range(20)
    )
    page = (
        '<html><head><title>Terkini - ANTARA News</title></head>'
        f'<body><div class="terkini">{cards}</div></body></html>'
    )
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.antaranews.com/terkini")


def test_english_dump_is_english() -> None:
    article = newsclean.clean_text((FIXTURES / "antara" / "en_jakarta_translator.txt").read_text(encoding="utf-8"))
    assert article.outlet == "antara"
    assert article.language == "en"
    assert article.dateline == "Jakarta"
    assert article.editor == "Sarah Lestari"
    assert not any("Translator" in p for p in article.paragraphs)


def test_english_page_is_english() -> None:
    story = (
        "Jakarta (ANTARA) - The central bank kept its benchmark rate unchanged on Wednesday"
        " to support the rupiah.<br><br>"
        "The governor said inflation remained within the target range and that the decision"
        " would be reviewed next month.<br><br>"
        "Economists had expected the bank to hold the rate as global markets remained volatile."
    )
    page = (
        '<html lang="en"><head><title>Central bank holds rate - ANTARA News</title></head><body>'
        '<h1 class="wrap__article-detail-title">Central bank holds rate</h1>'
        f'<div class="wrap__article-detail-content post-content">{story}</div></body></html>'
    )
    article = newsclean.clean_html(page, url="https://en.antaranews.com/news/300000/central-bank-holds-rate")
    assert article.outlet == "antara"
    assert article.language == "en"
    assert article.dateline == "Jakarta"
    assert article.paragraphs[0].startswith("The central bank kept")


def test_truncated_page_keeps_what_arrived() -> None:
    cut = PAGE_2022.index("Setiap mobil membawa") + 25
    article = newsclean.clean_html(PAGE_2022[:cut], outlet="antara")
    assert article.outlet == "antara"
    assert article.dateline == "Kupang"
    assert article.paragraphs[0].startswith("Dinas Perpustakaan Nusa Tenggara Timur")
    assert article.paragraphs[-1] == "Setiap mobil membawa seki"
