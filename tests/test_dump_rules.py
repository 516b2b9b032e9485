"""Targeted checks of the generalisation fixes in the dump engine and the shared rules, each on a
small dump of its own (the fixtures cover the same ground in full outlet shapes)."""

from __future__ import annotations

import newsclean
from newsclean.classify import classify, ruleset_for
from newsclean.registry import get_outlet

LEAD = (
    "MEDAN, KOMPAS.com - Banjir rob merendam sedikitnya 400 rumah warga di tiga kelurahan di Kecamatan "
    "Medan Belawan sejak Selasa sore, kata lurah setempat."
)
MORE = "Ketinggian air di permukiman warga mencapai 60 sentimeter sehingga sebagian warga mengungsi ke masjid."


def test_role_label_takes_the_name_printed_above_it() -> None:
    dump = f"Banjir Rob Rendam Belawan - Kompas.com\nKompas.com - 27/03/2024, 06:16 WIB\nGoklas Wisely\nPenulis\n" \
           f"Farid Assifa\nEditor\n{LEAD}\n"
    article = newsclean.clean_text(dump)
    assert (article.authors, article.editor) == (["Goklas Wisely"], "Farid Assifa")
    assert article.title == "Banjir Rob Rendam Belawan"


def test_name_is_not_taken_for_the_title_when_a_role_label_follows() -> None:
    article = newsclean.clean_text(f"Kompas.com - 27/03/2024, 06:16 WIB\nGoklas Wisely\nPenulis\n{LEAD}\n")
    assert article.title is None and article.authors == ["Goklas Wisely"]


def test_story_mentioning_platforms_is_not_a_promo() -> None:
    paragraph = ("Video warga yang terjebak banjir itu viral di TikTok dan WhatsApp, lalu diunggah ulang oleh "
                 "akun YouTube sejumlah media lokal.")
    promo = ("Simak breaking news pilihan kami langsung di ponselmu lewat WhatsApp Channel: "
             "https://www.whatsapp.com/channel/contoh")
    article = newsclean.clean_text(f"{LEAD}\n{paragraph}\n{promo}\n{MORE}\n")
    assert paragraph in article.paragraphs and promo not in article.paragraphs and MORE in article.paragraphs
    assert ("promo", "promo_channel") in {(r.kind, r.rule) for r in article.removed}


def test_bare_rekomendasi_subheading_does_not_end_the_story() -> None:
    article = newsclean.clean_text(f"{LEAD}\nRekomendasi\n{MORE}\n")
    assert article.paragraphs[-2:] == ["Rekomendasi", MORE]


def test_a_dump_repeated_twice_gives_the_story_once() -> None:
    one = f"Judul Berita Banjir Rob\n{LEAD}\n{MORE}\n"
    assert newsclean.clean_text(one * 2).paragraphs == newsclean.clean_text(one).paragraphs


def test_lead_printed_before_the_title_is_not_a_caption() -> None:
    body = LEAD.split(" - ", 1)[1]
    article = newsclean.clean_text(f"{body}\nJudul Berita Banjir Rob\n{LEAD}\n{MORE}\n")
    assert article.captions == [] and article.title == "Judul Berita Banjir Rob"
    assert article.paragraphs == [body, MORE]


def test_photo_desk_credits_and_a_story_ending_in_a_poll_name() -> None:
    caption = "Warga mengungsi ke masjid di Belawan, Medan, Selasa (26/3/2024). ANTARA/Septianda Perdana"
    paren = "Petugas mengevakuasi warga lanjut usia dengan perahu karet, Selasa (TEMPO/Budi Santoso)"
    poll = "Mayoritas warga mendukung pembangunan tanggul laut, menurut survei Reuters/Ipsos."
    article = newsclean.clean_text(f"{LEAD}\n{caption}\n{paren}\n{poll}\n")
    assert article.captions == [caption, paren] and article.paragraphs[-1] == poll


def test_caption_printed_again_in_the_story_leaves_it() -> None:
    caption = "Warga melintasi genangan banjir rob di Belawan, Selasa (26/3/2024)."
    article = newsclean.clean_text(f"Judul Berita Banjir Rob\n{caption}\n{LEAD}\n{caption}\n{MORE}\n")
    assert article.captions == [caption] and caption not in article.paragraphs


def test_body_mode_keeps_its_contract() -> None:
    """The HTML cleaner calls classify(mode="body"): no header, credit taken off the first blocks."""
    blocks = [LEAD, "Rekomendasi", "Baca juga: Tanggul Laut Belawan Jebol", MORE, LEAD]
    found = classify(blocks, ruleset_for(get_outlet("kompas")), mode="body")
    assert found.dateline == "MEDAN" and found.title is None
    assert found.paragraphs == [LEAD.split(" - ", 1)[1], "Rekomendasi", MORE]
    assert [r.rule for r in found.removed] == ["kompas_credit", "read_also", "lead_repeated"]


def test_bare_city_credit_does_not_make_a_dump_voi() -> None:
    # Sindonews and Okezone print "JAKARTA - " too: without VOI's own furniture it is no evidence.
    dump = (
        "Harga Cabai Naik Lagi\n\nJAKARTA - Harga cabai rawit di pasar induk naik tajam pekan ini karena pasokan "
        "dari sentra produksi menurun, kata pedagang setempat.\n\nPedagang berharap harga kembali normal bulan "
        "depan setelah panen raya tiba di beberapa daerah.\n"
    )
    article = newsclean.clean_text(dump)
    assert article.outlet is None
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[0].startswith("Harga cabai rawit")
    voi = newsclean.clean_text("Bagikan:\n\n" + dump)
    assert voi.outlet == "voi" and voi.dateline == "JAKARTA"
