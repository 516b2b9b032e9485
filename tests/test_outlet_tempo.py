"""Tempo as it prints in 2020-2026 (Tempo+ pages, the magazine, columns) and the placeholders its bylines
carry; then bad input for the Tempo module: other outlets' pages under Tempo's name, listing pages,
English pages, pay-wall-only and truncated pages. Each gives a sane result, a warning or a typed
error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import require_corpus

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MAJALAH = (FIXTURES / "tempo" / "html" / "majalah_laporan_utama_paywall.html").read_text("utf-8")
PLUS_DUMP = (FIXTURES / "tempo" / "plus_2022_berita_tempo_plus.txt").read_text("utf-8")

LEAD = ("Pemerintah Kota Bekasi menambah dua puluh titik pompa air di kawasan yang kerap terendam banjir "
        "setiap musim hujan, kata kepala dinas sumber daya air kota itu kepada wartawan.")
MORE = ("Menurut dia, pompa baru itu mampu menyedot air dua kali lebih cepat dibanding pompa lama sehingga "
        "genangan di jalan utama bisa surut dalam waktu kurang dari tiga jam.")


def news_dump(reporter: str, *, signoff: str = "", glued: str = "") -> str:
    """A 2020-2023 tempo.co page as a crawler extracts it, with `reporter` under the Reporter label, a
    closing sign-off on a line of its own (`signoff`) or run into the last sentence (`glued`)."""
    lines = ["Pompa Air Baru Dipasang di Dua Puluh Titik Rawan Banjir Bekasi", "Reporter", reporter, "Editor",
             "Ali Nur Yasin", "Kamis, 10 November 2022 13:15 WIB", f"TEMPO.CO, Bekasi - {LEAD}", MORE + glued]
    return "\n".join(lines + ([signoff] if signoff else [])) + "\n"


# -- the placeholders, as whole dumps -----------------------------------------------------------------


def test_terjemahan_is_a_translation_credit_not_an_author() -> None:
    article = newsclean.clean_text(news_dump("Terjemahan"))
    assert article.outlet == "tempo" and article.authors == [] and article.source is None
    assert article.paragraphs == [LEAD, MORE]


def test_tabloid_bintang_is_a_source_not_an_author() -> None:
    article = newsclean.clean_text(news_dump("Tabloid Bintang"))
    assert article.authors == [] and article.source == "Tabloid Bintang"


def test_non_koresponden_takes_the_reporter_from_the_closing_signoff() -> None:
    article = newsclean.clean_text(news_dump("Non Koresponden", signoff="ANTARA | ADI WARSONO"))
    assert article.authors == ["Adi Warsono"] and article.source == "ANTARA"
    assert article.paragraphs == [LEAD, MORE]
    assert any(r.kind == "byline" and r.text == "ANTARA | ADI WARSONO" for r in article.removed)


def test_non_koresponden_takes_the_reporter_from_a_signoff_glued_to_the_last_sentence() -> None:
    article = newsclean.clean_text(news_dump("Non Koresponden", glued="ADI WARSONO"))
    assert article.authors == ["Adi Warsono"] and article.paragraphs == [LEAD, MORE]


def test_initials_are_not_an_author() -> None:
    article = newsclean.clean_text(news_dump("CTR"))
    assert article.authors == [] and article.paragraphs == [LEAD, MORE]


def test_a_named_reporter_wins_over_the_signoff() -> None:
    article = newsclean.clean_text(news_dump("Adi Warsono", signoff="ANTARA | FIKRI ARIGI"))
    assert article.authors == ["Adi Warsono"] and article.source == "ANTARA"


def test_the_house_credit_stands_when_no_person_is_named() -> None:
    """The seed's gold: ``Reporter`` / ``Tempo.co`` with no one else named gives ``["Tempo.co"]``."""
    assert newsclean.clean_text(news_dump("Tempo.co")).authors == ["Tempo.co"]
    signed = newsclean.clean_text(news_dump("Tempo.co", signoff="REUTERS | SITA PLANASARI"))
    assert signed.authors == ["Sita Planasari"] and signed.source == "REUTERS"


@pytest.mark.parametrize(("page", "authors", "source"), [
    ("unlabeled/tempo_template-mockup_2018.html", ["Andrian Habibi"], None),  # Non Koresponden; "ANDRIAN HABIBI | DA"
    ("tempo/tempo_2018-05-01_a1e2079807.html", [], "UEFA"),  # Terjemahan; sign-off "UEFA"
    ("tempo/tempo_2018-05-01_60c0aa2442.html", [], "Tabloid Bintang"),  # the byline credits the tabloid
    ("cnnindonesia/cnn-indonesia_2018-05-01_cf2676f542.html", [], None),  # initials "CTR"
])
def test_placeholder_bylines_of_the_corpus_pages(page: str, authors: list[str], source: str | None) -> None:
    """The real pages these placeholders were seen on, read in place (skipped without the corpus)."""
    path = require_corpus() / "html" / page
    article = newsclean.clean_html(path.read_bytes())
    assert (article.authors, article.source) == (authors, source)


# -- the shapes of these years ---------------------------------------------------------------------


def test_tempo_plus_label_never_wins_the_title() -> None:
    for label in ("Berita Tempo Plus", "Tempo Plus", "Tempo+"):
        article = newsclean.clean_text(PLUS_DUMP.replace("Berita Tempo Plus", label, 1))
        assert article.title == "Jalan Berliku Irigasi Lembah Sigi"
        assert article.published == "2022-02-12"


def test_column_label_is_not_the_title_and_its_writer_is_the_author() -> None:
    dump = (FIXTURES / "tempo" / "kolom_catatan_pinggir_writer.txt").read_text("utf-8")
    for label in ("Catatan Pinggir", "Kolom", "Marginalia", "Opini"):
        article = newsclean.clean_text(dump.replace("Catatan Pinggir", label, 1))
        assert article.title == "Jembatan" and article.authors == ["Larasati Wibisono"]
        assert article.paragraphs[0].startswith("Orang membangun jembatan")


def test_a_news_page_never_takes_a_name_line_for_a_writer() -> None:
    """Only a column label makes a bare name in the header the author."""
    dump = (FIXTURES / "tempo" / "kolom_catatan_pinggir_writer.txt").read_text("utf-8")
    news = dump.replace("Catatan Pinggir\nJembatan\n", "Laporan Utama\nJembatan Kampung Lama\n", 1)
    article = newsclean.clean_text(news)
    assert article.title == "Jembatan Kampung Lama" and article.authors == []


def test_a_news_rubric_does_not_take_a_menu_word_for_the_headline() -> None:
    article = newsclean.clean_text(PLUS_DUMP.replace("Laporan Utama\n", "Laporan Utama\nIndeks\n", 1))
    assert article.title == "Jalan Berliku Irigasi Lembah Sigi"


@pytest.mark.parametrize("line", ["Edisi : Senin, 20 Oktober 2008", "Edisi 20 Oktober 2008", "Senin, 20 Oktober 2008"])
def test_the_magazines_date_lines_give_published(line: str) -> None:
    dump = PLUS_DUMP.replace("Edisi : Sabtu, 12 Februari 2022", line)
    assert newsclean.clean_text(dump).published == "2008-10-20"


def test_caption_under_perbesar_with_no_credit_is_a_caption() -> None:
    dump = (FIXTURES / "tempo" / "arsip_2024_perbesar_poin_penting.txt").read_text("utf-8")
    article = newsclean.clean_text(dump)
    assert article.captions[0] == "Pekerja merapikan benang di pabrik tenun di Majalaya, Kabupaten Bandung, Jawa Barat."
    assert article.paragraphs[0].startswith("GEMURUH mesin tenun")


def test_perbesar_over_the_lead_does_not_take_the_lead_for_a_caption() -> None:
    dump = (FIXTURES / "tempo" / "arsip_2024_perbesar_poin_penting.txt").read_text("utf-8")
    caption = "Pekerja merapikan benang di pabrik tenun di Majalaya, Kabupaten Bandung, Jawa Barat.\n"
    article = newsclean.clean_text(dump.replace(caption, "", 1))
    assert article.paragraphs[0].startswith("GEMURUH mesin tenun")
    assert article.captions == ["Gulungan kain sarung menunggu dikirim ke Tasikmalaya."]


def test_photo_credit_on_its_own_line_closes_its_caption() -> None:
    dump = f"Judul Berita Tentang Pompa Air di Bekasi\nTEMPO.CO, Bekasi - {LEAD}\n" \
           f"Petugas memeriksa pompa air di Jalan Ahmad Yani, Bekasi.\nTEMPO/Hilman Fathurrahman W\n{MORE}\n"
    article = newsclean.clean_text(dump)
    assert article.captions == ["Petugas memeriksa pompa air di Jalan Ahmad Yani, Bekasi. TEMPO/Hilman Fathurrahman W"]
    assert article.paragraphs == [LEAD, MORE]


# -- bad input ---------------------------------------------------------------------------------------


def test_kompas_page_given_as_tempo_keeps_the_story() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_bytes()
    article = newsclean.clean_html(page, outlet="tempo")
    assert article.outlet in ("tempo", "kompas")
    assert article.warnings and len(article.paragraphs) >= 2


def test_tempo_tag_index_is_not_an_article() -> None:
    cards = "".join(
        f'<div class="card"><h2 class="title"><a href="https://majalah.tempo.co/read/laporan-utama/{i}/x">'
        f"Cerita tambang pasir di sungai nomor {i}</a></h2><h4 class=\"date\">Sabtu, 13 Maret 2021</h4></div>"
        for i in range(20)
    )
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(f"<html><body><h1>Tambang</h1>{cards}</body></html>", url="https://www.tempo.co/tag/tambang")


def test_english_magazine_page_is_read_as_english() -> None:
    english = [
        "Excavators have been working since dawn on the banks of the river, loading sand onto a line of trucks.",
        "Villagers say the river bank behind their houses has moved back nearly ten metres in a single year.",
        "The mining permit was issued while the provincial government was still drawing the river's boundaries.",
    ]
    page = MAJALAH
    for old, new in zip(["DERU ekskavator", "Warga menyebut", "Izin usaha"], english, strict=True):
        start = page.index(old)
        page = page[:start] + new + page[page.index("</p>", start):]
    article = newsclean.clean_html(page)
    assert article.language == "en" and article.paragraphs == english


def test_truncated_magazine_page_keeps_what_arrived() -> None:
    cut = MAJALAH.index("Warga menyebut tebing") + 30
    article = newsclean.clean_html(MAJALAH[:cut])
    assert article.outlet == "tempo" and article.title == "Tambang Pasir di Hulu Sungai Progo"
    assert article.paragraphs[0].startswith("DERU ekskavator")


def test_truncated_tempo_plus_dump_keeps_its_story() -> None:
    cut = PLUS_DUMP.index("Dokumen perencanaan")
    article = newsclean.clean_text(PLUS_DUMP[:cut])
    assert article.outlet == "tempo" and len(article.paragraphs) == 2
    assert article.title == "Jalan Berliku Irigasi Lembah Sigi"


def test_a_pay_wall_with_no_story_is_no_article() -> None:
    dump = ("Berita Tempo Plus\nLaporan Utama\nJalan Berliku Irigasi\nEdisi : Sabtu, 12 Februari 2022\n"
            "Berlangganan untuk lanjutkan membaca.\nKami mengemas berita, dengan cerita.\n"
            "Satu Akun, Untuk Semua Akses\n")
    with pytest.raises(newsclean.NoArticleError):
        newsclean.clean_text(dump)
