"""`clean_html`: per-template extraction, metadata, shared text rules, fallbacks, CLI.

Pages are small hand-written ones in each outlet's template structure (tests/html_pages.py); the
hand-written fixtures with full expected JSON are in tests/test_html_fixtures.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_cleaned_as_itself
from html_pages import (
    STORY,
    generic_page,
    intisari_grid,
    kompas_2015,
    kompas_2018,
    kontan_desk,
    listing_page,
    p,
    tempo_2017,
    voi_2020,
)

import newsclean
from newsclean.cli.main import SUBCOMMANDS
from newsclean.cli.main import main as cli_main
from newsclean.engine import boilerplate
from newsclean.html.template import alternatives

TEMPO_CREDIT = "<p><strong>TEMPO.CO</strong>, <strong>Bandung</strong> - " + STORY[0] + "</p>"


def rules_of(article: newsclean.Article) -> list[tuple[str, str, str]]:
    return [(r.kind, r.rule, r.text) for r in article.removed]


# -- Tempo 2017-2019 ---------------------------------------------------------------------------


def test_tempo_2017_fields_from_selectors_and_meta() -> None:
    article = newsclean.clean_html(tempo_2017(TEMPO_CREDIT + p(*STORY[1:])))
    assert article.outlet == "tempo"
    assert article.url == "https://nasional.tempo.co/read/1100001/taman-baca-baru-di-bandung"
    assert article.title == "Taman Baca Baru di Bandung"
    assert article.authors == ["Anwar Siswadi"]
    assert article.editor == "Dewi Rina Cahyani"
    # article:published_time (seconds, offset) wins over the visible "08:15 WIB"
    assert article.published == "2018-05-03T08:15:42+07:00"
    assert article.dateline == "Bandung"
    assert article.paragraphs == STORY
    assert article.captions == ["Anak-anak membaca buku di taman kota Bandung. TEMPO/Prima Mulia"]
    assert article.tags == ["Bandung", "Taman Baca"]
    assert article.section == "nasional"
    assert article.language == "id"
    assert article.warnings == []
    assert ("credit", "tempo_credit", "TEMPO.CO, Bandung -") in rules_of(article)


def test_template_noise_is_reported_with_version_and_selector() -> None:
    body = TEMPO_CREDIT + "<div id='inarticle'>ADVERTISEMENT<script>googletag.display('x')</script></div>" \
        + p(*STORY[1:]) + "<p><strong>ANTARA | ANWAR SISWADI</strong></p>"
    article = newsclean.clean_html(tempo_2017(body))
    assert article.paragraphs == STORY
    removed = rules_of(article)
    # the ad slot's visible text only (never its script)
    assert ("ad", "tempo@2017:div#inarticle", "ADVERTISEMENT") in removed
    assert ("byline", "tempo@2017:div#isi > p:last-of-type > strong:only-child", "ANTARA | ANWAR SISWADI") in removed


def test_closing_credit_rule_keeps_a_last_paragraph_in_lower_case() -> None:
    body = TEMPO_CREDIT + p(*STORY[1:3]) + "<p><strong>" + STORY[3] + "</strong></p>"
    assert newsclean.clean_html(tempo_2017(body)).paragraphs == STORY


def test_inline_read_also_after_br_is_its_own_block() -> None:
    body = TEMPO_CREDIT + f"<p>{STORY[1]}<br />Baca : <a href='/read/9'>Perpustakaan Keliling Sambangi Desa</a></p>" \
        + p(*STORY[2:])
    article = newsclean.clean_html(tempo_2017(body))
    assert article.paragraphs == STORY
    # the same rule object the dump path uses
    assert ("read_also", boilerplate.READ_ALSO.name, "Baca : Perpustakaan Keliling Sambangi Desa") in rules_of(article)


def test_broken_markup_read_also_title_in_its_own_paragraph_keeps_next_subheading() -> None:
    body = TEMPO_CREDIT + p(STORY[1]) + "<p><strong>Baca juga:</strong></p>" \
        + "<p><strong><a href='/read/8'>Minat Baca Anak Naik Dua Kali Lipat</a></strong></p>" \
        + "<p><strong>Dana Kelurahan</strong></p>" + p(*STORY[2:])
    article = newsclean.clean_html(tempo_2017(body))
    assert article.paragraphs == [*STORY[:2], "Dana Kelurahan", *STORY[2:]]
    kinds = {text: kind for kind, _, text in rules_of(article)}
    assert kinds["Baca juga:"] == "read_also"
    assert kinds["Minat Baca Anak Naik Dua Kali Lipat"] == "read_also"


def test_broken_markup_without_link_is_left_to_the_text_rule() -> None:
    body = TEMPO_CREDIT + p(STORY[1], "Baca juga:", "Minat Baca Anak Naik Dua Kali Lipat", *STORY[2:])
    article = newsclean.clean_html(tempo_2017(body))
    assert article.paragraphs == STORY
    assert ("read_also", boilerplate.READ_ALSO_BARE.name, "Minat Baca Anak Naik Dua Kali Lipat") in rules_of(article)


def test_a_related_list_inside_the_story_does_not_end_it() -> None:
    body = TEMPO_CREDIT + p(STORY[1]) \
        + "<p><strong><em>Artikel lainnya:</em></strong><br><a href='/a'>Taman Kota Dibuka Lagi Setelah Renovasi</a>" \
        + "<br><a href='/b'>Pustakawan Muda Ajak Warga Menulis Cerita</a></p>" + p(*STORY[2:])
    article = newsclean.clean_html(tempo_2017(body))
    assert article.paragraphs == STORY
    assert ("related", "html:link_block", "Pustakawan Muda Ajak Warga Menulis Cerita") in rules_of(article)


def test_a_story_sentence_that_is_one_link_stays() -> None:
    body = TEMPO_CREDIT + f"<p><a href='/read/7'>{STORY[1]}</a></p>" + p(*STORY[2:])
    assert newsclean.clean_html(tempo_2017(body)).paragraphs == STORY


def test_tag_links_inside_prose_stay() -> None:
    linked = STORY[1].replace("Wali kota", "<a href='/tag/wali-kota'>Wali kota</a>")
    article = newsclean.clean_html(tempo_2017(TEMPO_CREDIT + p(linked, *STORY[2:])))
    assert article.paragraphs == STORY


# -- Kompas -------------------------------------------------------------------------------------


KOMPAS_BODY = (
    "<p></p><p><strong>SEMARANG, KOMPAS.com</strong> - " + STORY[0] + "</p>"
    + "<p><strong>Baca juga : <a class='inner-link' href='/read/2'>Tanggul Jebol, Warga Mengungsi</a></strong></p>"
    + p(STORY[1])
    + "<div id='div-gpt-ad-1'><script>googletag.display('a')</script></div>"
    + "<p><strong>(Baca juga: <a class='inner-link' href='/read/3'>Pompa Air Dikerahkan ke Genuk</a>)</strong></p>"
    + "<p><strong>Bantuan Logistik</strong></p>"
    + p(STORY[2])
    + "<div class='video'><iframe src='v'></iframe>"
    + "<span class='pb_10 author'>Kompas TV</span> Banjir rob di pesisir.</div>"
    + p(STORY[3])
)


def test_kompas_2018_fields() -> None:
    article = newsclean.clean_html(kompas_2018(KOMPAS_BODY))
    assert article.outlet == "kompas"
    assert article.title == "Banjir di Pesisir Semarang Mulai Surut"
    assert article.dateline == "SEMARANG"
    assert article.paragraphs == [STORY[0], STORY[1], "Bantuan Logistik", STORY[2], STORY[3]]
    # "Kontributor Semarang," is a role, not a name; JSON-LD's author (the editor) is not used
    assert article.authors == ["Nazar Nurdin"]
    assert article.editor == "Caroline Damanik"
    # content_PublishedDate (WIB) wins over article:published_time, which says Z for a WIB time
    assert article.published == "2018-05-03T10:15:00+07:00"
    assert article.tags == ["banjir", "Semarang"]
    assert article.section == "News"
    assert article.captions == ["KOMPAS.com/NAZAR NURDIN Warga melintasi genangan air di Kecamatan Genuk, "
                                "Semarang, Kamis (3/5/2018)."]
    removed = rules_of(article)
    assert ("video", "kompas@2018:div.video", "Kompas TV Banjir rob di pesisir.") in removed
    assert ("read_also", "read_also", "Baca juga : Tanggul Jebol, Warga Mengungsi") in removed
    # the bracketed form no text rule knows: a paragraph of one link with a read-also label
    assert ("read_also", "html:link_block", "(Baca juga: Pompa Air Dikerahkan ke Genuk)") in removed


def test_kompas_newest_template_whose_markers_match_wins() -> None:
    page = kompas_2018(KOMPAS_BODY).replace(
        '<div class="read__time">', '<div class="credit-title-name">Nazar Nurdin</div><div class="read__time">'
    ).replace("<p><strong>Bantuan Logistik</strong></p>", "<div class='inject-baca-juga-x'>Baca juga: Lagi</div>")
    article = newsclean.clean_html(page)
    assert ("read_also", "kompas@2024:[class^=inject-baca-juga]", "Baca juga: Lagi") in rules_of(article)
    assert article.authors == ["Nazar Nurdin"]


def test_kompas_2015_paragraphs_split_by_double_br_and_credit_table() -> None:
    body = "<p><strong>BANDUNG, KOMPAS.com</strong> - " + "<br><br>".join(STORY) + "</p>"
    article = newsclean.clean_html(kompas_2015(body))
    assert article.outlet == "kompas"
    assert article.title == "Persib Menang Tipis atas Tamunya"
    assert article.paragraphs == STORY
    assert article.authors == ["Putra Prima Perdana"]
    assert article.editor == "Aloysius Gonsaga"
    assert article.published == "2015-06-20T21:00:00+07:00"
    assert any(r.rule == "kompas@2015:.kcm-read-terkait" for r in article.removed)


# -- VOI, Kontan, Intisari ----------------------------------------------------------------------


def test_voi_malformed_jsonld_date_and_related_box() -> None:
    article = newsclean.clean_html(voi_2020(p("JAKARTA - " + STORY[0], *STORY[1:])))
    assert article.outlet == "voi"
    assert article.published == "2026-05-13T18:45:00+07:00"
    assert article.authors == ["Rizky Adytia"]
    assert article.dateline == "JAKARTA"
    assert article.paragraphs == STORY
    assert any(r.kind == "related" and r.rule.startswith("voi@2020:") for r in article.removed)


def test_kontan_byline_paragraph_and_body_end_comment() -> None:
    body = p("Reporter: Dimas Andi | Editor: Noverius Laoli", "KONTAN.CO.ID - JAKARTA. " + STORY[0], *STORY[1:]) \
        + "<div class='box'><div class='track-bacajuga-inside'><a href='/x'>Harga Gula Naik Lagi</a></div></div>" \
        + "<!-- pagination end --><p>Teks setelah penanda ini bukan bagian dari berita dan harus hilang dari hasil.</p>"
    article = newsclean.clean_html(kontan_desk(body))
    assert article.outlet == "kontan"
    assert article.authors == ["Dimas Andi"]
    assert article.editor == "Noverius Laoli"
    assert article.dateline == "JAKARTA"
    assert article.published == "2026-03-26T12:14:10+07:00"
    assert article.paragraphs == STORY
    assert ("read_also", "kontan@desk:.track-bacajuga-inside (parent)", "Harga Gula Naik Lagi") in rules_of(article)


def test_intisari_meta_author_and_section() -> None:
    article = newsclean.clean_html(intisari_grid(p("Intisari-Online.com - " + STORY[0], *STORY[1:])))
    assert article.outlet == "intisari"
    assert article.authors == ["Ade S"]
    assert article.section == "Histori"
    assert article.published == "2021-02-03T13:13:00+07:00"
    assert article.paragraphs == STORY


# -- outlet, url, template recognition, fallbacks ------------------------------------------------


def test_outlet_from_argument_url_canonical_and_site_name() -> None:
    page = generic_page(p(*STORY))
    assert newsclean.clean_html(page).outlet is None
    assert newsclean.clean_html(page, url="https://www.kompas.com/read/x").outlet == "kompas"
    assert newsclean.clean_html(page, outlet="voi").outlet == "voi"
    by_site_name = page.replace('content="Kabar Nusantara"', 'content="KOMPAS.com"').replace(
        '<link rel="canonical" href="https://kabarnusantara.example/berita/77/panen">', "")
    assert newsclean.clean_html(by_site_name).outlet == "kompas"
    with pytest.raises(newsclean.UnknownOutletError):
        newsclean.clean_html(page, outlet="nope")


def test_a_url_or_outlet_the_page_contradicts_loses_to_the_page_with_a_warning() -> None:
    """Issue #12: the page's own canonical URL names its outlet; a wrong `url=` or `outlet=` is said, not obeyed."""
    page = (FIXTURES / "tempo" / "html" / "2017_metro_banjir_rob.html").read_bytes()
    natural = newsclean.clean_html(page)
    by_url = newsclean.clean_html(page, url="https://www.kompas.com/read/2018/05/01/x")
    assert_cleaned_as_itself(by_url, natural, "kompas")
    assert by_url.warnings == ["the page is 'tempo''s, not 'kompas' as the URL (kompas.com) says; "
                               "cleaned with the 'tempo' rules"]
    assert by_url.url == "https://www.kompas.com/read/2018/05/01/x"  # (the URL given is still the URL)
    assert_cleaned_as_itself(newsclean.clean_html(page, outlet="voi"), natural, "voi")


def test_a_page_that_declares_nothing_is_known_by_the_one_template_that_fits_it() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_text("utf-8")
    bare = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:(?:url|site_name)"[^>]*>', "", page)
    assert "canonical" not in bare and "og:url" not in bare
    article = newsclean.clean_html(bare, outlet="tempo")
    assert article.outlet == "kompas"
    assert article.paragraphs == newsclean.clean_html(page).paragraphs
    assert any("not 'tempo' as outlet='tempo' says" in w for w in article.warnings)


def test_url_argument_wins_over_canonical() -> None:
    article = newsclean.clean_html(tempo_2017(TEMPO_CREDIT + p(*STORY[1:])), url="https://www.tempo.co/read/5/given")
    assert article.url == "https://www.tempo.co/read/5/given"


def test_outlet_page_no_template_recognises_warns_and_falls_back() -> None:
    page = generic_page("<p>TEMPO.CO, Jakarta - " + STORY[0] + "</p>" + p(*STORY[1:]),
                        url="https://www.tempo.co/read/77/panen")
    article = newsclean.clean_html(page)
    assert article.outlet == "tempo"
    assert article.paragraphs == STORY
    assert article.dateline == "Jakarta"
    assert len(article.warnings) == 1
    assert "tempo" in article.warnings[0] and "no HTML template version matched" in article.warnings[0]


def test_generic_fallback_prefers_the_cms_local_time_over_a_mislabelled_utc_one() -> None:
    page = kompas_2018(KOMPAS_BODY).replace("read__content", "isi-berita").replace("read__title", "judul")
    article = newsclean.clean_html(page)
    assert "no HTML template version matched" in article.warnings[0]
    assert article.published == "2018-05-03T10:15:00+07:00"


def test_template_that_finds_no_story_text_warns_and_falls_back() -> None:
    page = tempo_2017("<div id='inarticle'></div>").replace(
        "</article>",
        "<div class='detail-text'>" + p("TEMPO.CO, Jakarta - " + STORY[0], *STORY[1:]) + "</div></article>",
    )
    article = newsclean.clean_html(page)
    assert "template html:2017 matched but found no story text" in article.warnings[0]
    assert STORY[1] in article.paragraphs


def test_listing_pages_are_not_articles() -> None:
    with pytest.raises(newsclean.NotAnArticleError, match="not an article"):
        newsclean.clean_html(listing_page())
    # without a telling URL: the structure alone (many teasers, no story-sized text block)
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(listing_page(url=None))


def test_generic_page_uses_shared_rules_and_drops_teaser_cards() -> None:
    body = p("Jakarta, CNN Indonesia -- " + STORY[0], "ADVERTISEMENT", *STORY[1:], "Baca juga: Harga Beras Stabil")
    article = newsclean.clean_html(generic_page(body))
    assert article.outlet is None
    assert article.paragraphs == STORY
    assert article.dateline == "Jakarta"
    assert article.title == "Panen Raya di Kabupaten Subang"
    assert article.authors == ["Siti Rahmawati"]
    assert article.published == "2019-08-12T09:30:00+07:00"
    assert not any("Ringkasan berita lain" in para for para in article.paragraphs)


# -- decoding -----------------------------------------------------------------------------------


def test_bytes_decoded_from_declared_charset_bom_and_mislabel() -> None:
    quote = "\u201cKami senang sekali,\u201d kata Bu Ani kepada wartawan di lokasi pembangunan taman."
    page = tempo_2017(TEMPO_CREDIT + p(quote, *STORY[1:])).replace('<meta charset="utf-8">', "")
    declared = page.replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    assert quote in newsclean.clean_html(declared.encode("cp1252")).paragraphs
    assert quote in newsclean.clean_html(b"\xef\xbb\xbf" + page.encode("utf-8")).paragraphs
    # declared latin-1, but the bytes are UTF-8: a mislabel, read as UTF-8
    mislabelled = page.replace("<head>", '<head><meta charset="iso-8859-1">')
    assert quote in newsclean.clean_html(mislabelled.encode("utf-8")).paragraphs
    assert quote in newsclean.clean_html(page.encode("utf-16")).paragraphs


# -- declarations -------------------------------------------------------------------------------


def test_every_outlet_declares_its_template_versions() -> None:
    versions = {o.id: [t.version for t in o.html_templates] for o in newsclean.outlets()}
    assert versions["tempo"] == ["2024", "majalah", "2017"]
    assert versions["kompas"] == ["kolom", "2024", "2018", "2015"]
    assert versions["kontan"] == ["desk", "jdl"]
    assert versions["voi"] == ["2020"]
    assert versions["intisari"] == ["amp", "grid"]


def test_selector_alternatives_are_a_priority_list() -> None:
    assert alternatives('meta[name="a,b"], .x:is(p, h2) > a, div.y') == (
        'meta[name="a,b"]', ".x:is(p, h2) > a", "div.y"
    )


# -- CLI ----------------------------------------------------------------------------------------


def test_cli_reads_html_by_content_and_applies_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "halaman.txt"  # the extension says text; the content says HTML
    page.write_text(generic_page(p(*STORY)), encoding="utf-8")
    assert cli_main([str(page), "--json", "--url", "https://www.tempo.co/read/1/taman"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outlet"] == "tempo"
    assert data["url"] == "https://www.tempo.co/read/1/taman"
    assert data["paragraphs"] == STORY


def test_cli_listing_page_exits_1_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "tag.html"
    page.write_text(listing_page(), encoding="utf-8")
    assert cli_main([str(page)]) == 1
    err = capsys.readouterr().err
    assert "not an article" in err and "Traceback" not in err


def test_cli_explain_shows_template_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "a.html"
    page.write_text(tempo_2017(TEMPO_CREDIT + p(*STORY[1:]) + "<p><strong>ANTARA</strong></p>"), encoding="utf-8")
    assert cli_main([str(page), "--explain"]) == 0
    assert "[byline/tempo@2017:div#isi > p:last-of-type > strong:only-child] ANTARA" in capsys.readouterr().out


def test_eval_is_a_subcommand() -> None:
    assert "eval" in SUBCOMMANDS


def test_a_fetched_page_declares_its_url_relative_or_absolute() -> None:
    """Pages fetched by URL report the URL they declare (canonical, else og:url), resolved against the
    URL they came from; the fetched URL still decides the outlet."""
    from newsclean.html.page import clean_fetched_html

    page = tempo_2017(TEMPO_CREDIT + p(*STORY[1:]), url="/read/1100001/taman-baca-baru-di-bandung")
    fetched = "https://nasional.tempo.co/read/1100001/taman-baca-baru-di-bandung?page=all"
    article = clean_fetched_html(page, fetched_url=fetched)
    assert article.url == "https://nasional.tempo.co/read/1100001/taman-baca-baru-di-bandung"
    assert article.outlet == "tempo"
    undeclared = page.replace('<link rel="canonical" href="/read/1100001/taman-baca-baru-di-bandung">', "")
    undeclared = undeclared.replace('content="/read/1100001/taman-baca-baru-di-bandung"', 'content=""')
    assert clean_fetched_html(undeclared, fetched_url=fetched).url == fetched


def test_a_site_name_that_holds_an_outlets_word_is_not_that_outlet_when_the_page_declares_its_own_url() -> None:
    """"Suara Merdeka" (suaramerdeka.com) names neither Suara.com nor Merdeka.com: a declared URL's host wins."""
    page = generic_page(p(*STORY), site="Suara Merdeka", url="https://www.suaramerdeka.com/semarang/1/panen")
    article = newsclean.clean_html(page)
    assert article.outlet is None and not article.warnings
    canonical = '<link rel="canonical" href="https://kabarnusantara.example/berita/77/panen">'
    nameless = generic_page(p(*STORY), site="Tempo").replace(canonical, "")
    assert newsclean.clean_html(nameless).outlet == "tempo"  # (no URL declared: the site name says it)
