"""One entry point for any page: HTML or text dump, decided by content."""

from __future__ import annotations

from .article import Article
from .read.sniff import looks_like_html


def clean(data: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Article:
    """Clean `data` with `clean_html` when it is markup, else with `clean_text`."""
    if looks_like_html(data):
        from .html.page import clean_html

        return clean_html(data, url=url, outlet=outlet)
    from .text import clean_text

    return clean_text(data, url=url, outlet=outlet)
