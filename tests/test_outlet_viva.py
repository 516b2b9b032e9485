"""Bad input for the VIVA module: other outlets' pages under VIVA's name, a VIVA listing page, an English
page, truncated pages and dumps. Each gives a sane result, a warning or a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "viva" / "html" / "2020_berita_pasar_apung.html").read_text("utf-8")
DUMP = (FIXTURES / "viva" / "berita_2019_viva_credit_topik.txt").read_text("utf-8")
URL = "https://www.viva.co.id/berita/nasional/1700000-judul-berita"


def test_detik_page_with_a_viva_url_keeps_the_story_and_warns() -> None:
    page = (FIXTURES / "detik" / "html" / "2020_lampu_jalan_cipinang.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "viva")
    assert article.outlet == "detik"
    assert article.paragraphs[0].startswith("Warga di kawasan Cipinang")


def test_okezone_dump_given_as_viva_keeps_its_story() -> None:
    dump = (FIXTURES / "okezone" / "bola_2021_orion_sumber.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "viva")
    assert article.outlet == "okezone"
    assert article.paragraphs[0].startswith("Klub papan atas Liga Spanyol")
    assert any(p.startswith("\"Dia bekerja keras") for p in article.paragraphs)


def test_viva_index_page_is_not_an_article() -> None:
    cards = "".join(
        f'<div class="article-list-row"><a href="https://www.viva.co.id/berita/nasional/{1700000 + i}-judul">'
        f"<h2>Pemerintah menyalurkan bantuan pangan ke desa nomor {i} di wilayah timur</h2></a>"
        f'<div class="article-list-date">Senin, 1 Juli 2024 - 1{i % 10}:00 WIB</div></div>'
        for i in range(24)
    )
    page = f"<html><head><title>Indeks Berita Terkini - VIVA</title></head><body><h1>Indeks</h1>{cards}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.viva.co.id/indeks")


def test_english_page_on_viva_is_read_as_english() -> None:
    english = [
        "The floating market on the river is busy with tourists again after a quiet rainy season.",
        "Traders arrive in small boats before dawn carrying vegetables, fruit and traditional cakes.",
        "The city tourism office has added security staff and spare life buoys at the main pier.",
    ]
    page = PAGE
    for old, new in zip(["Banjarmasin, VIVA", "Para pedagang mulai", "Dinas pariwisata kota"], english, strict=True):
        start = page.index(old)
        page = page[:start] + new + page[page.index("</p>", start):]
    start = page.index("&quot;Sekarang") if "&quot;Sekarang" in page else page.index('"Sekarang')
    page = page[:start] + page[page.index("</p>", start):]
    article = newsclean.clean_html(page)
    assert article.outlet == "viva"
    assert article.language == "en"
    assert article.paragraphs == english


def test_truncated_viva_page_keeps_what_arrived() -> None:
    cut = PAGE.index("Para pedagang mulai") + len("Para pedagang mulai")
    article = newsclean.clean_html(PAGE[:cut])
    assert article.outlet == "viva"
    assert article.dateline == "Banjarmasin"
    assert article.paragraphs[-1] == "Para pedagang mulai"


def test_truncated_dump_keeps_its_story() -> None:
    cut = DUMP.index("Baca Juga") + len("Baca Ju")
    article = newsclean.clean_text(DUMP[:cut])
    assert article.outlet == "viva"
    assert article.paragraphs[0].startswith("Pemerintah Provinsi DKI Jakarta mulai merelokasi")
    assert len(article.paragraphs) == 3
