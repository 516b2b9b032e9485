"""Suara.com module on bad input: other outlets' pages, listing pages, English, empty and truncated pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STORY = (
    "Suara.com - Pemerintah kota menambah jadwal kereta rel listrik pada jam sibuk mulai pekan depan untuk"
    " mengurangi penumpukan penumpang di stasiun transit.",
    "Operator kereta menyebut tambahan perjalanan itu akan melayani lintas Bogor dan Bekasi pada pagi dan"
    " sore hari, saat jumlah penumpang paling tinggi.",
    "Penumpang diminta memakai aplikasi untuk memantau kepadatan kereta sebelum berangkat dari rumah.",
)
PAGE = (
    "<html><head><title>Jadwal KRL Ditambah pada Jam Sibuk - Suara.com</title>"
    '<link rel="canonical" href="https://www.suara.com/news/2025/02/04/101500/jadwal-krl-ditambah"></head>'
    "<body><h1>Jadwal KRL Ditambah pada Jam Sibuk</h1><article><div>"
    + "".join(f"<p>{s}</p>" for s in STORY)
    + "</div></article></body></html>"
)


def test_suara_page_goes_to_the_generic_cleaner_with_a_warning() -> None:
    article = newsclean.clean_html(PAGE)
    assert article.outlet == "suara"
    assert any("suara: no HTML template version matched" in w for w in article.warnings)
    assert article.title == "Jadwal KRL Ditambah pada Jam Sibuk"
    assert article.paragraphs[0].startswith("Pemerintah kota menambah")


def test_other_outlets_page_forced_to_suara_is_cleaned_as_its_own() -> None:
    page = (FIXTURES / "kompas" / "html" / "2024_tren_hujan_es_dieng.html").read_text(encoding="utf-8")
    article = newsclean.clean_html(page, outlet="suara")
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "suara")
    assert any("Hujan es dilaporkan turun" in p for p in article.paragraphs)


def test_other_outlets_dump_named_suara_keeps_its_story() -> None:
    dump = (FIXTURES / "antara" / "ambon_baca_juga_feed.txt").read_text(encoding="utf-8")
    article = newsclean.clean_text(dump, outlet="suara")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "suara")
    assert article.paragraphs[0].startswith("Pemerintah Provinsi Maluku")


def test_listing_page_is_refused() -> None:
    cards = "".join(
        f'<div class="item"><h4><a href="https://www.suara.com/news/2025/02/0{i % 9 + 1}/1{i:05d}/judul-{i}">'
        f"Warga kota nomor {i} ikut lomba kebersihan kampung tahunan</a></h4></div>"
        for i in range(20)
    )
    page = f"<html><head><title>News - Suara.com</title></head><body>{cards}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.suara.com/news")


def test_english_dump_is_english() -> None:
    dump = "\n".join((
        "City adds commuter trains at rush hour",
        "Selasa, 04 Februari 2025 | 10:15 WIB",
        "Suara.com - The city will add commuter train trips at rush hour from next week to ease crowding at"
        " the transit stations.",
        "The operator said the extra trips would serve the Bogor and Bekasi lines in the morning and the"
        " evening, when the number of passengers is highest.",
        "Passengers are asked to check how crowded the trains are in the app before they leave home.",
    ))
    article = newsclean.clean_text(dump)
    assert article.outlet == "suara"
    assert article.language == "en"
    assert article.published == "2025-02-04T10:15:00+07:00"
    assert article.paragraphs[0].startswith("The city will add")


def test_truncated_page_keeps_what_arrived() -> None:
    cut = PAGE.index("Operator kereta menyebut") + 30
    article = newsclean.clean_html(PAGE[:cut])
    assert article.outlet == "suara"
    assert article.paragraphs[0].startswith("Pemerintah kota menambah")
    assert len(article.paragraphs) <= 2
