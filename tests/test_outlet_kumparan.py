"""Bad input for the kumparan rules: another outlet's page under kumparan's name, a topic listing,
an English page, empty and truncated pages. Each must give a typed error or a sane article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean

PAGES = FIXTURES / "kumparan" / "html"
URL = "https://kumparan.com/kumparannews/contoh-berita-25aaaBBBccc"


def read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_kompas_page_given_as_kumparan_does_not_crash() -> None:
    page = next(Path(FIXTURES / "kompas" / "html").glob("*.html")).read_bytes()
    article = newsclean.clean(page, outlet="kumparan")
    assert article.paragraphs
    assert article.warnings


def test_tribunnews_dump_with_a_kumparan_url_keeps_the_story() -> None:
    dump = (FIXTURES / "tribunnews" / "jakarta_pager_terkait.txt").read_bytes()
    article = newsclean.clean(dump, url=URL)
    assert article.paragraphs
    assert article.paragraphs[0].startswith("Pemerintah Provinsi DKI Jakarta")


def test_topic_listing_is_refused() -> None:
    teasers = "".join(
        f'<div><a href="https://kumparan.com/kumparannews/berita-mudik-{i}-25abc{i:03d}">'
        f"Judul berita mudik nomor {i} hari ini</a><span>{i} jam lalu</span></div>"
        for i in range(20)
    )
    page = f"<html><head><title>Mudik | kumparan.com</title></head><body><main>{teasers}</main></body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean(page, url="https://kumparan.com/topic/mudik")


def test_english_page_is_english() -> None:
    story = [
        "The police have set up eighty posts along the northern coast road of Java for travellers going home for the "
        "holiday this year.",
        "Each post has a medic, a mechanic and a place to rest for people who make the journey on motorbikes.",
        "Travellers were told to rest every four hours and to stop at the nearest post whenever they feel tired.",
    ]
    page = read("2025_news_posko_mudik.html").decode("utf-8")
    start = page.index('<div data-qa-id="story-content">')
    end = page.index("</article>")
    body = "".join(f'<span data-qa-id="story-paragraph">{s}</span>' for s in story)
    page = page[:start] + f'<div data-qa-id="story-content">{body}</div>' + page[end:]
    article = newsclean.clean(page, url=URL)
    assert article.outlet == "kumparan"
    assert article.language == "en"
    assert article.paragraphs == story


def test_truncated_page_keeps_what_arrived() -> None:
    page = read("2025_bisnis_ekspor_kopi.html")
    cut = page[: page.index(b"Di tingkat petani")]
    article = newsclean.clean(cut, url=URL)
    assert article.outlet == "kumparan"
    assert article.title == "Ekspor Kopi Robusta Lampung Naik di Awal Tahun"
    assert article.paragraphs[0].startswith("Volume ekspor kopi robusta")
    assert not any("Advertisement" in p for p in article.paragraphs)
