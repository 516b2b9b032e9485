"""Pos Kota module on bad input: other outlets' pages, listing pages, English, empty and truncated pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE_2018 = (FIXTURES / "poskota" / "html" / "2018_megapolitan_trotoar_pedagang.html").read_text(encoding="utf-8")


def test_other_outlets_page_forced_to_poskota_is_cleaned_as_its_own() -> None:
    page = (FIXTURES / "antara" / "html" / "2022_humaniora_perpustakaan_keliling.html").read_text(encoding="utf-8")
    article = newsclean.clean_html(page, outlet="poskota")
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "poskota")
    assert any("mobil perpustakaan keliling" in p for p in article.paragraphs)


def test_other_outlets_page_with_a_poskota_url() -> None:
    page = (FIXTURES / "kompas" / "html" / "2024_tren_hujan_es_dieng.html").read_text(encoding="utf-8")
    article = newsclean.clean_html(page, url="https://www.poskota.co.id/2025/07/03/hujan-es")
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "poskota")
    assert any("Hujan es dilaporkan turun" in p for p in article.paragraphs)


def test_other_outlets_dump_forced_to_poskota_keeps_its_story() -> None:
    dump = (FIXTURES / "antara" / "ambon_baca_juga_feed.txt").read_text(encoding="utf-8")
    article = newsclean.clean_text(dump, outlet="poskota")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "poskota")
    assert article.paragraphs[0].startswith("Pemerintah Provinsi Maluku")
    assert not any("Rekomendasi lain" in p for p in article.paragraphs)


def test_current_layout_goes_to_the_generic_cleaner_with_a_warning() -> None:
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "JAKARTA, POSKOTA.CO.ID - Dinas perhubungan menambah armada bus sekolah gratis untuk tiga wilayah"
            " di Jakarta Timur mulai pekan depan.",
            "Kepala dinas mengatakan sepuluh bus baru akan melayani rute dari permukiman padat menuju sekolah"
            " negeri yang belum terjangkau angkutan umum.",
            "Orang tua murid menyambut baik tambahan bus itu karena selama ini anak-anak harus naik ojek"
            " dengan biaya cukup besar setiap hari.",
        )
    )
    page = (
        '<html><head><title>Bus Sekolah Gratis Ditambah - Poskota</title>'
        '<link rel="canonical" href="https://www.poskota.co.id/2025/02/03/bus-sekolah-gratis-ditambah"></head>'
        f"<body><h1>Bus Sekolah Gratis Ditambah</h1><article><div>{story}</div></article></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.outlet == "poskota"
    assert any("no HTML template version matched" in w for w in article.warnings)
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[0].startswith("Dinas perhubungan menambah")


def test_listing_page_is_refused() -> None:
    cards = "".join(
        f'<div class="latest-prev"><h6><a href="http://poskotanews.com/2018/05/0{i % 9 + 1}/judul-{i}/">'
        f"Warga kampung nomor {i} gelar kerja bakti bersihkan saluran</a></h6>"
        f'<span class="time">{i} jam lalu</span></div>'
        for i in range(20)
    )
    page = f"<html><head><title>Megapolitan - Poskota News</title></head><body>{cards}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="http://poskotanews.com/kanal/megapolitan/")


def test_english_page_is_english() -> None:
    page = PAGE_2018
    for old, new in (
        ("Pedagang kaki lima kembali menggelar lapak di trotoar sekitar Pasar Tanah Abang, Jakarta Pusat, meski"
         " petugas sudah menertibkan kawasan itu dua pekan lalu.",
         "Street vendors have again set up their stalls on the pavements around Tanah Abang market although"
         " officers cleared the area two weeks ago."),
        ("Pejalan kaki terpaksa berjalan di badan jalan yang dipadati angkutan umum dan ojek, terutama pada jam"
         " berangkat kerja.",
         "People on foot are forced to walk on the road, which is crowded with buses and motorcycle taxis in the"
         " morning."),
        ("&#8220;Setiap pagi saya harus turun ke jalan, padahal bus lewat terus. Ngeri sekali,&#8221; kata seorang"
         " karyawan yang biasa berjalan dari stasiun.",
         "&#8220;Every morning I have to step into the road while the buses keep coming. It is frightening,&#8221;"
         " said an office worker who walks from the station."),
        ("Kepala seksi ketertiban kecamatan mengatakan petugas akan berjaga bergiliran sejak subuh dan menyita"
         " lapak yang dipasang di trotoar.",
         "The district order chief said officers would guard the area in shifts from dawn and seize any stall"
         " that is set up on the pavement."),
    ):
        assert old in page
        page = page.replace(old, new)
    article = newsclean.clean_html(page)
    assert article.outlet == "poskota"
    assert article.language == "en"
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[0].startswith("Street vendors")


def test_truncated_page_keeps_what_arrived() -> None:
    cut = PAGE_2018.index("Pejalan kaki terpaksa berjalan") + 20
    article = newsclean.clean_html(PAGE_2018[:cut], outlet="poskota")
    assert article.outlet == "poskota"
    assert article.published == "2018-03-14T08:20:00+07:00"
    assert article.paragraphs[0].startswith("Pedagang kaki lima kembali")
    assert article.paragraphs[-1] == "Pejalan kaki terpaks"
