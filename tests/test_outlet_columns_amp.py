"""Bad input for the Kompas column shapes and the Intisari AMP template: truncated pages, another outlet's
name over them, listing pages, English text. A sane result, a warning or a typed error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
COLUMN_DUMP = (FIXTURES / "kompas" / "kolom_2024_columnist_box.txt").read_text("utf-8")
COLUMN_PAGE = (FIXTURES / "kompas" / "html" / "kolom_2024_nasional_trotoar.html").read_text("utf-8")
AMP_PAGE = (FIXTURES / "intisari" / "html" / "amp_unique_toko_buku.html").read_text("utf-8")
AMP_DUMP = (FIXTURES / "intisari" / "amp_caption_glued_credit_rows.txt").read_text("utf-8")


def test_column_dump_cut_before_its_story_has_no_article() -> None:
    cut = COLUMN_DUMP.index("Anda bisa menjadi kolumnis")
    with pytest.raises(newsclean.NoArticleError):
        newsclean.clean_text(COLUMN_DUMP[:cut])


def test_column_dump_under_another_outlets_name_keeps_its_story() -> None:
    article = newsclean.clean_text(COLUMN_DUMP, outlet="tempo")
    assert_cleaned_as_itself(article, newsclean.clean_text(COLUMN_DUMP), "tempo")
    assert article.outlet == "kompas"
    assert any(p.startswith("SETIAP pagi") for p in article.paragraphs)
    assert any(p.startswith("Kota yang ramah pejalan kaki") for p in article.paragraphs)


def test_column_page_cut_inside_its_story_keeps_what_arrived() -> None:
    cut = COLUMN_PAGE.index("Masalahnya bukan") + 30
    article = newsclean.clean_html(COLUMN_PAGE[:cut])
    assert article.outlet == "kompas" and article.authors == ["Rudi Hartono"]
    assert article.paragraphs[0].startswith("SETIAP pagi") and len(article.paragraphs) == 2


def test_column_page_without_its_story_area_falls_back_with_a_warning() -> None:
    start = COLUMN_PAGE.index('<div class="read__content">')
    end = COLUMN_PAGE.index('<div class="tag__article">')
    story = "Warga mengeluhkan trotoar yang penuh sepeda motor setiap pagi. " * 6
    page = COLUMN_PAGE[:start] + f"<p>{story}</p>" + COLUMN_PAGE[end:]
    article = newsclean.clean_html(page)
    assert article.outlet == "kompas" and article.warnings
    assert article.paragraphs


def test_english_column_dump_is_read_as_english() -> None:
    english = ("EVERY morning, people walking in big cities fight for space with motorcycles parked on the "
               "pavement, and many of them have to step into the road to get past.")
    dump = COLUMN_DUMP.replace(COLUMN_DUMP[COLUMN_DUMP.index("SETIAP pagi"):], english + "\n" + english.lower() + "\n")
    article = newsclean.clean_text(dump)
    assert article.language == "en" and article.paragraphs[0] == english


def test_amp_page_under_kompas_name_warns_and_keeps_the_story() -> None:
    article = newsclean.clean_html(AMP_PAGE, url="https://www.kompas.com/read/2023/06/08/1/x")
    assert_cleaned_as_itself(article, newsclean.clean_html(AMP_PAGE), "kompas")
    assert article.outlet == "intisari"
    assert any("Pasar Senen" in p for p in article.paragraphs)


def test_truncated_amp_page_and_dump_give_no_traceback() -> None:
    cut = AMP_PAGE.index("Sebagian pedagang") + 20
    article = newsclean.clean_html(AMP_PAGE[:cut])
    assert article.outlet == "intisari" and article.paragraphs[0].startswith("Di lorong sempit Pasar Senen")
    cut = AMP_DUMP.index("Intisari-Online.comSetiap") + 30
    article = newsclean.clean_text(AMP_DUMP[:cut])
    assert article.outlet == "intisari" and article.captions == ["Dapur istana pada masa awal kemerdekaan."]


def test_amp_listing_page_is_not_an_article() -> None:
    cards = "".join(
        f'<div class="news-list__item"><h2 class="news-list__title"><a href="https://intisari.grid.id/amp/0{i}/x">'
        f"Kisah toko buku tua di pasar nomor {i} yang masih bertahan</a></h2></div>"
        for i in range(20)
    )
    page = ('<html amp><head><script async src="https://cdn.ampproject.org/v0.js"></script></head>'
            f"<body><h1>Buku</h1>{cards}</body></html>")
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://intisari.grid.id/tag/buku")
