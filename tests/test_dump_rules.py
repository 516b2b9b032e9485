"""Targeted checks of the generalisation fixes in the dump engine and the shared rules, each on a
small dump of its own (the fixtures cover the same ground in full outlet shapes)."""

from __future__ import annotations

import newsclean
from newsclean.engine.classify import classify
from newsclean.engine.registry import get_outlet
from newsclean.engine.ruleset import ruleset_for

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


# -- bracketed links, inline list labels, closing credits and initials (rules2)

TEMPO_LEAD = (
    "TEMPO.CO, Semarang - Pemerintah menambah kuota pupuk bersubsidi untuk petani di Jawa Tengah sebesar 120 ribu "
    "ton menjelang musim tanam kedua, kata pejabat dinas pertanian provinsi."
)
LONG = (
    "Ia menyebut distribusi pupuk akan diawasi bersama aparat penegak hukum untuk mencegah penimbunan di tingkat "
    "pengecer, terutama di daerah yang selama ini sering mengalami kelangkaan menjelang musim tanam."
)


def test_bracketed_read_also_blocks_and_glued_link_are_removed() -> None:
    glued = f"{MORE} (Baca juga: Tanggul Laut Belawan Jebol Lagi)"
    dump = f"{LEAD}\n(Baca juga: Nelayan Belawan Tak Melaut)\n[Baca Juga: BMKG Peringatkan Rob]\n{glued}\n"
    article = newsclean.clean_text(dump)
    assert article.paragraphs == [LEAD.split(" - ", 1)[1], MORE]
    rules = [(r.kind, r.rule) for r in article.removed]
    assert rules.count(("read_also", "read_also_bracketed")) == 3


def test_parenthesised_story_text_is_not_a_link() -> None:
    aside = "(Lihat tabel di bawah untuk rincian harga per kabupaten dan kota di Sumatera Utara.)"
    article = newsclean.clean_text(f"{LEAD}\n{aside}\n{MORE}\n")
    assert aside in article.paragraphs


def test_inline_list_label_with_a_title_is_a_link_and_the_story_goes_on() -> None:
    article = newsclean.clean_text(f"{LEAD}\nArtikel lainnya: Tanggul Laut Belawan Jebol Lagi\n{MORE}\n")
    assert article.paragraphs[-1] == MORE
    assert ("read_also", "read_also_list_label") in {(r.kind, r.rule) for r in article.removed}


def test_bare_list_label_over_link_titles_does_not_end_the_story() -> None:
    dump = f"{TEMPO_LEAD}\nArtikel lainnya:\nHarga Gabah Anjlok Saat Panen Raya\nPetani Tolak Impor Beras\n{LONG}\n"
    article = newsclean.clean_text(dump)
    assert article.paragraphs[-1] == LONG and len(article.paragraphs) == 2
    assert [r.text for r in article.removed if r.rule == "related_list"] == [
        "Artikel lainnya:", "Harga Gabah Anjlok Saat Panen Raya", "Petani Tolak Impor Beras"]


def test_bare_list_label_over_a_list_still_ends_the_story() -> None:
    items = "Harga Gabah Anjlok Saat Panen Raya\n2 jam lalu\nPetani Tolak Impor Beras\nSaat panen raya harga turun.\n"
    for label in ("Artikel lainnya:", "Berita Terkait"):
        article = newsclean.clean_text(f"{TEMPO_LEAD}\n{LONG}\n{label}\n{items}")
        assert article.paragraphs[-1] == LONG, label
        assert "Saat panen raya harga turun." not in article.paragraphs


def test_short_paragraphs_after_a_list_label_bring_the_story_back() -> None:
    # a list alternates titles and teasers: two paragraphs in a row are the story going on
    dump = f"{TEMPO_LEAD}\nBaca Juga Berita Lainnya\n{MORE}\n{MORE.replace('60', '70')}\n"
    assert newsclean.clean_text(dump).paragraphs[-2:] == [MORE, MORE.replace("60", "70")]


def test_tempo_closing_credit_in_capitals_gives_the_source() -> None:
    article = newsclean.clean_text(f"{TEMPO_LEAD}\n{LONG}\nREUTERS | AL JAZEERA | BUDI SANTOSO\n")
    assert article.source == "REUTERS | AL JAZEERA" and article.paragraphs[-1] == LONG
    assert ("byline", "tempo_closing_credit") in {(r.kind, r.rule) for r in article.removed}
    names_only = newsclean.clean_text(f"{TEMPO_LEAD}\n{LONG}\nFIKRI ARIGI | SITA PLANASARI\n")
    assert names_only.source is None and names_only.paragraphs[-1] == LONG


def test_tempo_closing_credit_glued_to_the_last_paragraph() -> None:
    article = newsclean.clean_text(f'{TEMPO_LEAD}\n"Pupuk harus tiba sebelum tanam," ujarnya.DEWI RAHMAWATI\n')
    assert article.paragraphs[-1] == '"Pupuk harus tiba sebelum tanam," ujarnya.'
    # a sentence ending in an acronym is not a credit
    acronym = "Data itu dihimpun oleh Badan Pusat Statistik atau BPS"
    assert newsclean.clean_text(f"{TEMPO_LEAD}\n{acronym}\n").paragraphs[-1] == acronym


def test_single_closing_initials_go_but_story_parentheses_stay() -> None:
    article = newsclean.clean_text(f"{LEAD}\n{MORE}(nat)\n(ant)\n")
    assert article.paragraphs[-1] == MORE
    assert [(r.rule, r.text) for r in article.removed if "initials" in r.rule] == [
        ("closing_initials_single", "(nat)"), ("closing_initials_line", "(ant)")]
    for kept in ("Data itu dirilis Badan Pusat Statistik (BPS).", "Warga menyebutnya ojek daring (ojol)",
                 "Harga dihitung dengan nilai tukar (kurs)."):
        assert newsclean.clean_text(f"{LEAD}\n{kept}\n").paragraphs[-1] == kept


def test_closing_initials_on_a_line_of_their_own_close_the_story() -> None:
    """What follows the desk's sign-off is not story: an event promo's headline and its call, a feed;
    the rules still name what they know (the promo), the rest goes as after the sign-off."""
    tail = "Penghargaan Relawan Pantai 2025\nBaca kisah para relawan penjaga pantai di sini\nBagikan:\n"
    article = newsclean.clean_text(f"{LEAD}\n{MORE}\n(rfs/jbr)\n{tail}")
    assert article.paragraphs[-1] == MORE
    assert [(r.kind, r.rule) for r in article.removed[-4:]] == [
        ("byline", "closing_initials_line"), ("related", "after:closing_initials_line"),
        ("related", "after:closing_initials_line"), ("share", "share")]
    # a parenthesis of the story's own on a line of its own is not a sign-off
    assert newsclean.clean_text(f"{LEAD}\n(Bersambung ke halaman berikutnya)\n{MORE}\n").paragraphs[-1] == MORE
    # nor is a photo's credit printed apart from its caption: the story goes on under it
    for credit in ("(ist)", "(foto)", "(video)"):
        assert newsclean.clean_text(f"{LEAD}\n{credit}\n{MORE}\n").paragraphs[-1] == MORE


def test_agency_after_a_desk_slash_is_story_text_not_a_photo_credit() -> None:
    quote = '"Kami tidak akan mundur," kata pemimpin oposisi itu, seperti dikutip kantor berita AFP/Reuters.'
    article = newsclean.clean_text(f"{TEMPO_LEAD}\n{quote}\n")
    assert article.paragraphs[-1] == quote and article.captions == []


def test_story_lines_opening_with_simak_lihat_or_sumber_without_a_label_stay() -> None:
    lines = [
        "Simak pula reaksi negara tetangga yang meminta data per tempat pemungutan suara dibuka.",
        "Lihat saja antrean warga di depan kantor komisi pemilihan sejak pagi.",
        "Sumber: Tim kampanye oposisi mengklaim telah mengumpulkan salinan lebih dari 70 persen formulir hasil "
        "penghitungan dari seluruh tempat pemungutan suara, dan semuanya menunjukkan kandidat mereka unggul.",
    ]
    article = newsclean.clean_text(TEMPO_LEAD + "\n" + "\n".join(lines) + "\n")
    assert article.paragraphs[1:] == lines and article.source is None


def test_single_word_category_line_is_not_the_title() -> None:
    for category in ("Nasional", "Bisnis"):
        article = newsclean.clean_text(f"{category}\n{LEAD}\n{MORE}\n")
        assert article.title is None, category
        titled = newsclean.clean_text(f"{category}\nBanjir Rob Rendam Belawan\n{LEAD}\n{MORE}\n")
        assert titled.title == "Banjir Rob Rendam Belawan"


def test_tag_list_closes_a_generic_story() -> None:
    article = newsclean.clean_text(f"Harga Cabai Naik Lagi\n{MORE}\n{MORE.replace('60', '70')}\nTags:\nbanjir\nrob\n")
    assert article.outlet is None
    assert article.paragraphs[-1] == MORE.replace("60", "70") and "rob" not in article.paragraphs


def test_kompas_caption_credited_to_a_handout() -> None:
    caption = "Pedagang menata kolak di lapaknya di Pasar Takjil Benhil, Selasa (12/3/2024).DOK. Paguyuban Pedagang"
    article = newsclean.clean_text(f"{LEAD}\nLihat Foto\n{caption}\n{MORE}\n")
    assert article.captions == [caption] and article.paragraphs[-1] == MORE


def test_kompas_caption_credits_first_or_stock_and_story_sentences_that_look_alike() -> None:
    first = "SHUTTERSTOCK/FIZKESIlustrasi dompet berisi uang tunai pecahan kecil untuk Lebaran."
    stock = "Ilustrasi dompet berisi uang tunai pecahan kecil.Shutterstock/fizkes"
    story = "Video itu lalu dihapus pengunggahnya, kata dia. Tangkapan layar video tersebut telanjur beredar luas."
    article = newsclean.clean_text(f"{LEAD}\nLihat Foto\n{first}\n{MORE}\nLihat Foto\n{stock}\n{story}\n")
    assert article.captions == [first, stock] and article.paragraphs[-1] == story


def test_kompas_column_whose_date_line_lost_the_site_name() -> None:
    body = ("SETIAP pagi pejalan kaki harus berebut ruang dengan sepeda motor yang diparkir di trotoar, lalu turun "
            "ke badan jalan dan menantang arus kendaraan.")
    dump = (f"Baca berita tanpa iklan. Gabung Kompas.com+\nRudi Hartono\nPeneliti Transportasi Kota\n"
            f"Trotoar Kita Kalah oleh Parkir Liar\n14/05/2024, 07:05 WIB\nAnda bisa menjadi kolumnis !\n"
            f"{body}\n{MORE}\n")
    article = newsclean.clean_text(dump)
    assert (article.outlet, article.title, article.authors) == ("kompas", "Trotoar Kita Kalah oleh Parkir Liar",
                                                                ["Rudi Hartono"])
    assert article.published == "2024-05-14T07:05:00+07:00" and article.paragraphs == [body, MORE]


def test_to_dict_holds_every_field_in_contract_order_as_plain_copies() -> None:
    from dataclasses import fields

    article = newsclean.clean_text(f"{LEAD}\n{MORE}\nBagikan:\n")
    data = article.to_dict()
    assert list(data) == ["outlet", "url", "title", "summary", "published", "authors", "editor", "source",
                          "dateline", "language", "paragraphs", "text", "captions", "tags", "section", "removed",
                          "warnings"]
    assert set(data) - {"text"} == {f.name for f in fields(article)}
    assert data["removed"][-1] == {"kind": "share", "rule": "share", "text": "Bagikan:"}
    data["paragraphs"].append("x")
    assert "x" not in article.paragraphs


def test_a_credit_line_standing_alone_over_the_lead_is_the_credit() -> None:
    """detik's markup prints the dateline before the first paragraph (``<strong>Jakarta</strong> -``):
    in a dump, and in the story area's blocks, it is a line of its own."""
    lead = "Ratusan warga membersihkan saluran air menjelang musim hujan pada Rabu pagi."
    article = newsclean.clean_text(f"Warga Bersihkan Saluran Air\nJakarta -\n{lead}\n{MORE}\n",
                                   url="https://news.detik.com/berita/d-1/x")
    assert article.dateline == "Jakarta" and article.paragraphs == [lead, MORE]
    assert ("credit", "detik_city", "Jakarta -") in [(r.kind, r.rule, r.text) for r in article.removed]
    # a short line that is no credit line stays where it is
    assert newsclean.clean_text(f"Judul Berita Hari Ini\nCatatan -\n{lead}\n").dateline is None
