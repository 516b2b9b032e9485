"""Bad input for the Tribunnews rules: another outlet's page under tribunnews's name, a tag listing,
an English page, empty and truncated pages. Each must give a typed error or a sane article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean

PAGES = FIXTURES / "tribunnews" / "html"
URL = "https://www.tribunnews.com/metropolitan/2025/04/15/contoh"


def read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_kompas_page_given_as_tribunnews_does_not_crash() -> None:
    page = next(Path(FIXTURES / "kompas" / "html").glob("*.html")).read_bytes()
    article = newsclean.clean(page, outlet="tribunnews")
    assert article.paragraphs
    assert article.warnings


def test_liputan6_dump_with_a_tribunnews_url_keeps_the_story() -> None:
    dump = (FIXTURES / "liputan6" / "baca_juga_box_terkini.txt").read_bytes()
    article = newsclean.clean(dump, url=URL)
    assert article.paragraphs
    assert article.paragraphs[0].startswith("Pemerintah Kota Bogor")


def test_tag_listing_is_refused() -> None:
    teasers = "".join(
        f'<li class="p1520 art-list pos_rel"><div class="mr140"><h3>'
        f'<a href="https://www.tribunnews.com/metropolitan/2025/04/{i % 28 + 1:02d}/berita-{i}">'
        f"Judul berita Depok nomor {i} hari ini</a></h3></div><time>{i} jam lalu</time></li>"
        for i in range(20)
    )
    page = (
        "<html><head><title>Berita Depok Terbaru Hari Ini - Tribunnews.com</title></head><body>"
        f'<ul id="latestul">{teasers}</ul></body></html>'
    )
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean(page, url="https://www.tribunnews.com/tag/depok")


def test_english_page_is_english() -> None:
    story = [
        "The city of Depok is digging rainwater wells at forty spots that flood after heavy rain, most of them along "
        "the main road and in the Beji area.",
        "The head of public works said each well could hold about eight cubic metres of rain water at a time.",
        "Residents were asked not to throw rubbish into the drains so that the wells would not clog too quickly.",
    ]
    page = read("2024_metropolitan_halte.html").decode("utf-8")
    start = page.index('<div class="side-article txt-article multi-fontsize">')
    end = page.index('<div class="tagcloud3">')
    body = "".join(f"<p>{s}</p>" for s in story)
    page = page[:start] + f'<div class="side-article txt-article multi-fontsize">{body}</div>' + page[end:]
    article = newsclean.clean(page, url=URL)
    assert article.outlet == "tribunnews"
    assert article.language == "en"
    assert article.paragraphs == story


def test_truncated_page_keeps_what_arrived() -> None:
    page = read("2024_metropolitan_halte.html")
    cut = page[: page.index(b"Warga sekitar diminta")]
    article = newsclean.clean(cut, url=URL)
    assert article.outlet == "tribunnews"
    assert article.title == "Pemkot Depok Bangun Sumur Resapan di 40 Titik Rawan Genangan"
    assert article.paragraphs[0].startswith("Pemerintah Kota Depok")
    assert not any("Advertisement" in p or "Baca juga" in p for p in article.paragraphs)
