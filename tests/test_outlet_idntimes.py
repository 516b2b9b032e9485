"""IDN Times module on bad input: another outlet's page or dump under an IDN Times URL, a tag page, its
English stories, pages of a layout no template knows, truncated pages and dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = (FIXTURES / "idntimes" / "html" / "2021_life_listicle_split_pages.html").read_text("utf-8")
DUMP = (FIXTURES / "idntimes" / "business_2021_listicle_picks.txt").read_text("utf-8")
URL = "https://jatim.idntimes.com/news/jatim/contoh-penulis/contoh-berita"


def test_sindonews_page_with_an_idn_url_warns_and_keeps_its_story() -> None:
    page = (FIXTURES / "sindonews" / "html" / "2018_metro_jalur_sepeda.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "idntimes")
    assert article.outlet == "sindonews"
    assert article.paragraphs


def test_voi_dump_with_an_idn_url_keeps_its_story() -> None:
    dump = (FIXTURES / "voi" / "banda_aceh_crlf.txt").read_bytes()
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "idntimes")
    assert article.outlet == "voi"
    assert article.paragraphs


def test_tag_page_is_not_an_article() -> None:
    cards = "".join(
        f'<div class="box-latest box-list"><a href="https://www.idntimes.com/news/indonesia/penulis-{i}/judul-{i}">'
        f'<h2 class="title-text">Fakta menarik soal festival budaya di kota kecil bagian ke-{i}</h2></a>'
        f'<time class="date">{i % 28 + 1:02d} Aug 21 | 10:00</time></div>'
        for i in range(20)
    )
    page = f'<html><body><div id="related-articles" class="list-latest">{cards}</div></body></html>'
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.idntimes.com/tag/festival")


def test_english_dump_is_english() -> None:
    article = newsclean.clean_text((FIXTURES / "idntimes" / "english_jakarta_rice.txt").read_bytes())
    assert article.outlet == "idntimes" and article.language == "en"
    assert article.dateline == "Jakarta"
    assert not any(p.startswith("Topic") for p in article.paragraphs)


def test_page_of_an_unknown_layout_warns_and_uses_the_generic_cleaner() -> None:
    page = (
        "<html><head><title>Warga Gelar Kirab Budaya di Alun-alun</title>"
        '<link rel="canonical" href="https://jogja.idntimes.com/news/jogja/x/warga-gelar-kirab-budaya"></head>'
        "<body><main><h1>Warga Gelar Kirab Budaya di Alun-alun</h1><article>"
        "<p>Yogyakarta, IDN Times - Ribuan warga mengikuti kirab budaya mengelilingi alun-alun pada Minggu pagi"
        " untuk memperingati hari jadi kota. Peserta mengenakan pakaian adat dari berbagai kampung.</p>"
        "<p>Panitia mengatakan kirab tahun ini diikuti lebih banyak kelompok kesenian dibandingkan tahun lalu,"
        " termasuk kelompok gamelan anak-anak dari sekolah dasar.</p></article></main></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.outlet == "idntimes"
    assert any("no HTML template version matched" in w for w in article.warnings)
    assert article.dateline == "Yogyakarta"


def test_truncated_page_keeps_what_arrived() -> None:
    article = newsclean.clean_html(PAGE[: PAGE.index("3. Manfaatkan cahaya")])
    assert article.outlet == "idntimes"
    assert article.paragraphs[2] == "1. Atur suhu pendingin ruangan di 25 derajat"
    assert not any("Editor" in p for p in article.paragraphs)


def test_truncated_dump_keeps_the_list_items_that_arrived() -> None:
    article = newsclean.clean_text(DUMP[: DUMP.index("3. Menjual dalam")])
    assert article.outlet == "idntimes"
    assert article.published == "2021-08-09T07:44:00+07:00"
    assert "2. Bekerja sama dengan ojek pangkalan" in article.paragraphs
