"""Bad HTML input: a typed `CleanError` with a clear message, or a correct result; never a traceback."""

from __future__ import annotations

import pytest
from html_pages import STORY, generic_page, p, tempo_2017

import newsclean

CREDIT = "<p><strong>TEMPO.CO</strong>, <strong>Bandung</strong> - " + STORY[0] + "</p>"
PAGE = tempo_2017(CREDIT + p(*STORY[1:]))


@pytest.mark.parametrize("data", [b"", "", b"   \n\t ", "\n\n"])
def test_empty_input(data: str | bytes) -> None:
    with pytest.raises(newsclean.EmptyInputError, match="empty"):
        newsclean.clean_html(data)


def test_markup_without_any_text() -> None:
    with pytest.raises(newsclean.NoArticleError, match="no article text"):
        newsclean.clean_html("<html><head><title></title></head><body><div></div></body></html>")


def test_truncated_page_keeps_what_arrived() -> None:
    cut = PAGE.index(STORY[2]) + 30  # inside the third paragraph, tags left open
    article = newsclean.clean_html(PAGE[:cut].encode("utf-8"))
    assert article.outlet == "tempo"
    assert article.paragraphs[:2] == STORY[:2]
    assert article.paragraphs[2] == STORY[2][:30]


def test_page_cut_before_the_story_is_a_clear_error_or_the_generic_result() -> None:
    cut = PAGE.index('<div id="isi"')
    with pytest.raises(newsclean.NoArticleError):
        newsclean.clean_html(PAGE[:cut])


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n\x00\x00stream\x00",
        "teks\x00dengan\x00nol",
    ],
    ids=["png", "pdf", "nul-in-str"],
)
def test_binary_input(data: str | bytes) -> None:
    with pytest.raises(newsclean.BinaryInputError, match="binary"):
        newsclean.clean_html(data)


def test_plain_text_given_to_the_html_cleaner() -> None:
    with pytest.raises(newsclean.NoArticleError):
        newsclean.clean_html("ini hanya sebaris teks, bukan halaman")


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        newsclean.clean_html(12345)  # type: ignore[arg-type]


def test_twenty_megabyte_page() -> None:
    padding = "<!-- " + "x" * (20 * 1024 * 1024) + " -->"
    big = PAGE.replace("</body>", padding + "</body>").encode("utf-8")
    assert len(big) > 20 * 1024 * 1024
    article = newsclean.clean_html(big)
    assert article.paragraphs == STORY
    with pytest.raises(newsclean.InputTooLargeError, match="over the limit"):
        newsclean.clean_html(big, max_input_bytes=10 * 1024 * 1024)


def test_twenty_megabyte_story() -> None:
    lines = [f"Paragraf nomor {i} memuat kalimat yang cukup panjang tentang berita di Bandung hari ini." for i in
             range(210_000)]
    big = tempo_2017(CREDIT + p(*lines))
    assert len(big) > 20_000_000
    article = newsclean.clean_html(big)
    assert article.paragraphs[0] == STORY[0]
    assert len(article.paragraphs) == 210_001


def test_ten_thousand_levels_inside_a_template_body() -> None:
    deep = "<div>" * 10_000 + CREDIT + p(*STORY[1:]) + "</div>" * 10_000
    article = newsclean.clean_html(tempo_2017(deep))
    assert article.paragraphs == STORY


def test_ten_thousand_levels_on_a_generic_page() -> None:
    deep = "<div>" * 10_000 + p("Jakarta - " + STORY[0], *STORY[1:]) + "</div>" * 10_000
    try:
        article = newsclean.clean_html(generic_page(deep))
    except newsclean.CleanError as exc:  # the generic extractor may give up on such markup: said clearly
        assert "no article text" in str(exc)
    else:
        assert article.paragraphs == STORY


def test_unclosed_and_misnested_tags() -> None:
    messy = CREDIT + "<p>" + STORY[1] + "<b><i>" + "</b></i><p>" + STORY[2] + "<td><p>" + STORY[3]
    article = newsclean.clean_html(tempo_2017(messy))
    assert article.paragraphs == STORY


def test_broken_jsonld_and_meta_are_ignored() -> None:
    page = PAGE.replace('"@type": "NewsArticle",', '"@type": "NewsArticle",,, {{').replace(
        'content="2018-05-03T08:15:42+07:00"', 'content="kemarin sore"')
    article = newsclean.clean_html(page)
    assert article.paragraphs == STORY
    # the visible date then serves
    assert article.published == "2018-05-03T08:15:00+07:00"


def test_unparseable_visible_date_is_a_warning() -> None:
    page = PAGE.replace('content="2018-05-03T08:15:42+07:00"', 'content=""').replace(
        "Kamis, 3 Mei 2018 08:15 WIB", "Kamis sore").replace('"datePublished": "2018-05-03T08:15:42+07:00"', '"x": 1')
    article = newsclean.clean_html(page)
    assert article.published is None
    assert any("could not parse timestamp" in w for w in article.warnings)


ENGLISH_STORY = [
    "The city government of Bandung has started building twenty new reading parks in crowded neighbourhoods, "
    "officials said on Thursday.",
    "The mayor said the parks would open every day until nine in the evening so that students could study after "
    "helping their parents at work.",
    "Residents welcomed the plan and asked that the parks also offer free internet access for students.",
]


def test_english_tempo_page() -> None:
    body = "<p><strong>TEMPO.CO</strong>, <strong>Bandung</strong> - " + ENGLISH_STORY[0] + "</p>" \
        + p(*ENGLISH_STORY[1:])
    page = tempo_2017(body, url="https://en.tempo.co/read/1100002/bandung-builds-reading-parks",
                      title="Bandung Builds Reading Parks", lang="en").replace(
        "<title>Bandung Builds Reading Parks - Nasional Tempo.co</title>",
        "<title>Bandung Builds Reading Parks - en.tempo.co</title>")
    article = newsclean.clean_html(page)
    assert article.outlet == "tempo"
    assert article.language == "en"
    assert article.title == "Bandung Builds Reading Parks"
    assert article.dateline == "Bandung"
    assert article.paragraphs == ENGLISH_STORY
