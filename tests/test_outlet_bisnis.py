"""Bisnis.com module on bad input: another outlet's page or dump under a Bisnis URL, the index page, an
English story, truncated pages and dumps; and the sister site Solopos staying on the generic path."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cleaned_as_itself

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = (FIXTURES / "bisnis" / "html" / "2021_market_emiten_semen.html").read_text("utf-8")
DUMP = (FIXTURES / "bisnis" / "market_2025_disclaimer_topic.txt").read_text("utf-8")
URL = "https://ekonomi.bisnis.com/read/20250101/9/1000000/contoh"


def test_kontan_page_with_a_bisnis_url_warns_and_keeps_its_story() -> None:
    page = (FIXTURES / "kontan" / "html" / "desk_keuangan_kredit_mikro.html").read_bytes()
    article = newsclean.clean_html(page, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_html(page), "bisnis")
    assert article.outlet == "kontan"
    assert article.paragraphs


def test_liputan6_dump_with_a_bisnis_url_keeps_its_story() -> None:
    dump = (FIXTURES / "liputan6" / "liputan6_oleh.txt").read_text("utf-8")
    article = newsclean.clean_text(dump, url=URL)
    assert_cleaned_as_itself(article, newsclean.clean_text(dump), "bisnis")
    assert article.outlet == "liputan6"
    assert article.paragraphs
    assert not any(p.startswith("Liputan6.com") for p in article.paragraphs)


def test_sister_site_dump_is_not_claimed() -> None:
    article = newsclean.clean_text((FIXTURES / "generic" / "solopos_outlet_city.txt").read_text("utf-8"))
    assert article.outlet is None
    assert article.dateline == "SOLO"


def test_index_page_is_not_an_article() -> None:
    items = "".join(
        f'<div class="artItem"><div class="artContent"><a class="artLink" '
        f'href="https://market.bisnis.com/read/20250101/7/{1000 + i}/judul-{i}"><h4 class="artTitle">'
        f"Harga saham emiten perkebunan naik pada perdagangan hari ke-{i}</h4></a>"
        f'<div class="artDate">{i} jam yang lalu</div></div></div>'
        for i in range(20)
    )
    page = f"<html><head><title>Indeks Berita - Bisnis.com</title></head><body>{items}</body></html>"
    with pytest.raises(newsclean.NotAnArticleError):
        newsclean.clean_html(page, url="https://www.bisnis.com/index?categoryId=194")


def test_english_story_is_english() -> None:
    start = PAGE.index("<p><strong>Bisnis.com, JAKARTA</strong>")
    end = PAGE.index("</article>")
    english = ("<p>Bisnis.com, JAKARTA - State cement makers booked a 15 percent rise in first-quarter profit as"
               " infrastructure projects bought more bulk cement.</p><p>The company said lower coal prices also"
               " helped its margins, and it kept its sales target for the year. (230)</p>")
    article = newsclean.clean_html(PAGE[:start] + english + PAGE[end:])
    assert article.outlet == "bisnis" and article.language == "en"
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[-1].endswith("for the year.")


def test_truncated_page_keeps_what_arrived() -> None:
    article = newsclean.clean_html(PAGE[: PAGE.index("Direktur keuangan perseroan")])
    assert article.outlet == "bisnis"
    assert article.authors == ["Galuh Permata"]
    assert len(article.paragraphs) == 2


def test_dump_cut_right_after_the_credit_line() -> None:
    article = newsclean.clean_text(DUMP[: DUMP.index("Bisnis.com, JAKARTA") + len("Bisnis.com, JAKARTA — Saham")])
    assert article.outlet == "bisnis"
    assert article.dateline == "JAKARTA"
    assert article.paragraphs == ["Saham"]


def test_author_box_printed_as_name_dash_site_gives_the_name() -> None:
    """``Galuh Permata - Bisnis.com`` as one text (no ``.authorName`` link): the site is no author and
    no source (the engine's people filter, which replaced this module's adjust hook)."""
    linked = '<a class="authorName" href="https://www.bisnis.com/author/x">Galuh Permata</a> - Bisnis.com'
    article = newsclean.clean_html(PAGE.replace(linked, "Galuh Permata - Bisnis.com"))
    assert (article.authors, article.source) == (["Galuh Permata"], None)
