"""Bad input for the Republika rules: other outlets' pages, listings, English, empty and cut pages."""

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPUBLIKA_HTML = FIXTURES / "republika" / "html"
URL = "https://nasional.republika.co.id/berita/abc123/judul-berita"


def test_tempo_dump_forced_to_republika_is_cleaned_as_tempo() -> None:
    dump = (FIXTURES / "tempo" / "jakarta_2020_reader_crlf.txt").read_bytes()
    article = newsclean.clean_text(dump, outlet="republika")
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "republika")
    # Tempo's credit line is not Republika's: no Republika dateline is invented from it
    assert not any(r.rule.startswith("republika_credit") for r in article.removed)


def test_kompas_page_with_a_republika_url_is_cleaned_as_kompas() -> None:
    page = (FIXTURES / "kompas" / "html" / "2018_regional_petani_garam.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "republika")
    assert article.paragraphs and article.title


def test_republika_listing_page_is_not_an_article() -> None:
    cards = "".join(
        f'<li class="list-group-item conten1"><div class="card"><h3><a href="/berita/{i}/judul">Pemerintah '
        f"menyiapkan program bantuan pangan untuk wilayah nomor {i}</a></h3><div class='date'>"
        f"<span class='kanal-info'>News</span> - 2 jam lalu</div></div></li>"
        for i in range(24)
    )
    page = (f'<html><head><meta charset="utf-8"><title>Berita Terkini | Republika Online</title>'
            f'<link rel="canonical" href="https://www.republika.co.id/kanal/news"></head>'
            f'<body><h1>News</h1><ul class="list">{cards}</ul></body></html>')
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page)


def test_truncated_republika_page_keeps_what_it_has() -> None:
    page = (REPUBLIKA_HTML / "2018_nasional_banjir_bekasi.html").read_text(encoding="utf-8")
    cut = page[: page.index("Petugas pemadam")]
    article = newsclean.clean_html(cut)
    assert article.outlet == "republika"
    assert article.title == "Banjir Rendam Ratusan Rumah di Bekasi Utara"
    assert article.paragraphs[0].startswith("Hujan deras sejak Selasa malam")
    assert article.dateline == "BEKASI"
