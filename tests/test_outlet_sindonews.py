"""Bad input for the Sindonews rules: other outlets' pages, listings, English, empty and cut pages."""

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SINDO_HTML = FIXTURES / "sindonews" / "html"
URL = "https://nasional.sindonews.com/read/1234567/12/judul-berita-1525170000"


def test_tempo_dump_forced_to_sindonews_is_cleaned_as_tempo() -> None:
    dump = (FIXTURES / "tempo" / "jakarta_2020_reader_crlf.txt").read_bytes()
    article = newsclean.clean_text(dump, outlet="sindonews")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "sindonews")


def test_kompas_page_with_a_sindonews_url_is_cleaned_as_kompas() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "sindonews")
    assert article.paragraphs and article.title


def test_sindonews_listing_page_is_not_an_article() -> None:
    cards = "".join(
        f'<li><div class="indeks-title"><a href="/read/{i}/12/judul">Pemerintah menyiapkan program bantuan '
        f"pangan untuk wilayah nomor {i}</a></div><div class='indeks-date'>Selasa, 1 Mei 2018 - 10:{i:02d} WIB"
        f"</div></li>"
        for i in range(24)
    )
    page = (f'<html><head><meta charset="utf-8"><title>Indeks Berita | SINDOnews</title>'
            f'<link rel="canonical" href="https://index.sindonews.com/index/0"></head>'
            f'<body><h1>Indeks</h1><ul class="indeks-news">{cards}</ul></body></html>')
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page)


def test_truncated_sindonews_page_keeps_what_it_has() -> None:
    page = (SINDO_HTML / "2019_sports_pebulu_tangkis.html").read_text(encoding="utf-8")
    cut = page[: page.index("Gelar ini")]
    article = newsclean.clean_html(cut)
    assert article.outlet == "sindonews"
    assert article.title == "Pebulu Tangkis Muda Indonesia Juara di Taipei"
    assert article.paragraphs[0].startswith("Pebulu tangkis muda Indonesia menjuarai")
    assert article.dateline == "TAIPEI"
