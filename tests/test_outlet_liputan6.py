"""Bad input for the Liputan6.com rules: another outlet's page under liputan6's name, a tag listing,
an English page, empty and truncated pages. Each must give a typed error or a sane article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean

PAGES = FIXTURES / "liputan6" / "html"
URL = "https://www.liputan6.com/news/read/5899002/contoh"


def read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_kompas_page_given_as_liputan6_does_not_crash() -> None:
    page = next(Path(FIXTURES / "kompas" / "html").glob("*.html")).read_bytes()
    article = newsclean.clean(page, outlet="liputan6")
    # no liputan6 template fits: the generic cleaner reads it and says so, the story still comes out
    assert article.paragraphs
    assert article.warnings


def test_tempo_dump_with_a_liputan6_url_keeps_the_story() -> None:
    dump = next(Path(FIXTURES / "tempo").glob("*.txt")).read_bytes()
    article = newsclean.clean(dump, url=URL)
    assert article.paragraphs
    assert all("Baca juga" not in p for p in article.paragraphs)


def test_tag_listing_is_refused() -> None:
    teasers = "".join(
        f'<article class="articles--iridescent-list--item"><h4>'
        f'<a href="https://www.liputan6.com/news/read/{5890000 + i}/berita-{i}">'
        f'Judul berita banjir nomor {i} di wilayah Jabodetabek</a></h4><time>2 jam lalu</time></article>'
        for i in range(20)
    )
    page = (
        "<html><head><title>Berita Banjir Terbaru Hari Ini - Liputan6.com</title></head><body>"
        f'<div class="articles--iridescent-list">{teasers}</div></body></html>'
    )
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean(page, url="https://www.liputan6.com/tag/banjir")


def test_english_page_is_english() -> None:
    story = [
        "Heavy rain since Monday night flooded homes in three districts of Bekasi, and water in some streets reached "
        "one metre on Tuesday morning.",
        "The disaster agency said more than four hundred residents had moved to mosques and community halls nearby.",
        "Officials added four mobile pumps to drain the housing estates close to the river before the next storm.",
    ]
    page = read("2024_news_banjir_bekasi.html").decode("utf-8")
    start = page.index('<div class="article-content-body__item-content">')
    end = page.index("</article>")
    body = "".join(f"<p>{s}</p>" for s in story)
    page = page[:start] + f'<div class="article-content-body__item-content">{body}</div></div></div>' + page[end:]
    article = newsclean.clean(page, url=URL)
    assert article.outlet == "liputan6"
    assert article.language == "en"
    assert article.paragraphs == story


def test_truncated_page_keeps_what_arrived() -> None:
    page = read("2024_news_banjir_bekasi.html")
    cut = page[: page.index(b"Ia menambahkan")]
    article = newsclean.clean(cut, url=URL)
    assert article.outlet == "liputan6"
    assert article.title == "Banjir Rendam Tiga Kecamatan di Bekasi, Ratusan Warga Mengungsi"
    assert article.paragraphs[0].startswith("Hujan deras sejak Senin malam")
    assert not any("Advertisement" in p or "Baca Juga" in p for p in article.paragraphs)
