"""A story split over pages says so: a dump's pager line, or an HTML template's pager with links."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsclean.html.template import apply_template
from newsclean.rules import MULTI_PAGE_WARNING, HtmlTemplate

TEMPLATE = HtmlTemplate(version="t", markers=("article",), body="article .isi", pager=".pager")
STORY = "<p>Pemerintah kota membuka jalan baru sepanjang dua kilometer menuju terminal bus pada Senin pagi.</p>"


def _warnings(pager: str) -> list[str]:
    page = f"<html><body><article><div class=isi>{STORY}</div>{pager}</article></body></html>"
    return apply_template(LexborHTMLParser(page), TEMPLATE, "test").warnings


def test_a_pager_with_links_warns() -> None:
    assert _warnings('<div class=pager><a href="?page=2">2</a><a href="?page=3">3</a></div>') == [MULTI_PAGE_WARNING]


def test_an_empty_pager_or_none_says_nothing() -> None:
    assert _warnings("<div class=pager></div>") == []
    assert _warnings("") == []
