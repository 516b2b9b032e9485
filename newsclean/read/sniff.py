"""Tell an HTML page from a text dump by content, not by file name."""

from __future__ import annotations

import re

#: Media types that are HTML pages (fetching and WARC reading both go by these).
HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")

_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b|<div\b|<p\b"
    rb"|<article\b|<script\b|<link\b|<!--)",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(rb"</?(?:p|div|span|a|br|script|html|body|head|meta|article|section|h[1-6])\b[^>]{0,400}>", re.I)


def looks_like_html(data: str | bytes) -> bool:
    """True when the input is markup: it opens like a page, or tags are dense in its first 64 KB."""
    head = data[:65536]
    if isinstance(head, str):
        head = head.encode("utf-8", "ignore")
    head = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    return len(_TAGS.findall(head)) >= 10
