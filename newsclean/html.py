"""HTML pages → `Article` (issue #3 builds this out with per-template selectolax rules)."""

from __future__ import annotations

from .article import Article


def clean_html(html: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Article:
    """Clean one HTML page. Placeholder until the HTML path lands."""
    raise NotImplementedError("HTML cleaning is not implemented yet")
