"""Media Indonesia module on bad input and on its real pages: the two corpus pages of the current template
(read in place) go through the 2025 template; other outlets' pages, listing pages, English and truncated
pages give a sane result or a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself, require_corpus

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = (FIXTURES / "mediaindonesia" / "html" / "2025_ekonomi_pelabuhan_ikan.html").read_text("utf-8")
DUMP = (FIXTURES / "mediaindonesia" / "ekonomi_2025_font_buttons.txt").read_text("utf-8")
URL = "https://mediaindonesia.com/ekonomi/830000/contoh"


@pytest.mark.parametrize("name", ["mediaindonesia_2025-10-22.html", "mediaindonesia_2026-01-08.html"])
def test_corpus_pages_are_read_by_the_2025_template(name: str) -> None:
    page = require_corpus() / "html" / "unlabeled" / name
    article = newsclean.clean_html(page.read_bytes())
    assert article.outlet == "mediaindonesia" and not article.warnings
    assert any(r.rule.startswith("mediaindonesia@2025:") for r in article.removed)
    assert article.editor and article.section == "Ekonomi"
    assert "Media Indonesia" not in article.authors  # the desk in the reporter slot is not a person
    assert not any("Baca juga" in p or "WhatsApp" in p for p in article.paragraphs)


def test_another_outlets_page_with_a_media_indonesia_url_keeps_its_story() -> None:
    page = (FIXTURES / "tempo" / "html" / "2017_metro_banjir_rob.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "mediaindonesia")
    assert article.outlet == "tempo"
    assert article.paragraphs


def test_another_outlets_dump_given_as_media_indonesia() -> None:
    dump = (FIXTURES / "antara" / "ambon_baca_juga_feed.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "mediaindonesia")
    assert article.outlet == "antara"
    assert article.paragraphs and article.dateline == "Ambon"


def test_index_page_is_not_an_article() -> None:
    items = "".join(
        f'<li><div class="text "><h3><a href="https://mediaindonesia.com/nusantara/{800000 + i}/judul-{i}">'
        f"Pemerintah kabupaten salurkan bantuan bibit untuk petani desa nomor {i}</a></h3>"
        f"<span>{i % 28 + 1}/10/2025 10:00</span></div></li>"
        for i in range(20)
    )
    page = f'<html><head><title>Indeks Berita</title></head><body><ul class="list-3">{items}</ul></body></html>'
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://mediaindonesia.com/indeks")


def test_english_story_in_the_template_is_english() -> None:
    start = PAGE.index('<p><!--StartFragment -->')
    end = PAGE.index("<p><!--EndFragment -->")
    english = ("<p>FISHING ports on the south coast will get longer piers next year so that large boats can dock"
               " and unload their catch directly.</p><p>Port officials said the work would cut unloading time"
               " from two days to half a day. (Ant/E-1)</p>")
    article = newsclean.clean_html(PAGE[:start] + english + PAGE[end:])
    assert article.outlet == "mediaindonesia" and article.language == "en"
    assert article.paragraphs[-1].endswith("half a day.")


def test_truncated_page_keeps_what_arrived() -> None:
    cut = PAGE.index("Menurut dia, volume ikan")
    article = newsclean.clean_html(PAGE[:cut])
    assert article.outlet == "mediaindonesia"
    assert article.title and article.authors == ["Rudy Hermawan"]
    assert article.paragraphs[0].startswith("PENGELOLA pelabuhan")


def test_truncated_dump_stops_before_the_editor_line() -> None:
    article = newsclean.clean_text(DUMP[: DUMP.index("Kepala dinas perdagangan")])
    assert article.outlet in ("mediaindonesia", None)
    assert article.paragraphs[-1].startswith("Di pasar induk")
    assert article.editor is None
