"""HTML pages → `Article`: decoding, page metadata, outlet templates, the generic path, listing pages.

`page` is the entry (`clean_html`); `blocks` turns an element tree into text blocks, `meta` reads
`<meta>`/JSON-LD, `template` applies an outlet's `HtmlTemplate`, `generic` runs trafilatura for pages no
template knows, `listing` tells index pages from articles.
"""

from .page import clean_fetched_html, clean_html, decode_html

__all__ = ["clean_fetched_html", "clean_html", "decode_html"]
