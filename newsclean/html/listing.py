"""Is this page one article, or a listing (tag index, section front, home page) of many teasers?

An article page has one area where the story's text sits together: thousands of characters under
one element. A listing has many teaser links and only short standfirsts, each in its own card.
The URL helps too: ``/tag/…``, ``/indeks``, a site's root. No outlet is named here.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

#: Path segments that name an index of stories rather than a story.
LISTING_SEGMENTS = frozenset(
    {"tag", "tags", "topik", "topic", "topics", "indeks", "index", "search", "cari", "kategori", "category", "label",
     "author", "penulis", "arsip", "archive"}
)
#: Elements whose text is never the story's, so not counted as text blocks.
_CHROME = "script, style, noscript, iframe, svg, select, button, form, nav, header, footer, template"
_INLINE = frozenset(
    "a strong em b i span font br u sup sub small p abbr cite q mark time h2 h3 h4 h5 h6 blockquote".split()
)
#: Teaser links (headline-like link text) a page needs before the structure test applies.
MIN_TEASERS = 10
#: Listing when the largest text area is under this many characters ...
MAX_LISTING_AREA = 600
#: ... and is not clearly larger than the next one (teaser cards are all about the same size).
AREA_DOMINANCE = 2.0
#: With a listing-like URL, a page whose largest text area is under this is a listing.
MAX_LISTING_AREA_BY_URL = 1500


def listing_url(url: str | None) -> str | None:
    """Why `url` looks like a listing (``tag index /tag/covid-19``), or None."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments and not parts.query:
        return f"the site's front page ({url})"
    if segments and segments[0].lower() in LISTING_SEGMENTS:
        return f"an index page ({parts.path})"
    return None


def _text_areas(tree: LexborHTMLParser) -> tuple[int, int, int]:
    """Teaser links, and the two largest text areas (characters of non-link text gathered under
    their nearest block ancestor; paragraphs count for their container)."""
    body = tree.body
    if body is None:
        return 0, 0, 0
    for node in body.css(_CHROME):
        node.decompose()
    teasers = 0
    for link in body.css("a"):
        text = link.text()
        words = text.split()
        if len(words) >= 4 and len(" ".join(words)) >= 25:
            teasers += 1
    areas: dict[int, int] = {}
    for node in body.traverse(include_text=True, skip_empty=True):
        if node.tag != "-text":
            continue
        size = len((node.text_content or "").strip())
        if not size:
            continue
        ancestor = node.parent
        in_link = False
        depth = 0
        while ancestor is not None and ancestor.tag in _INLINE and depth < 200:
            in_link = in_link or ancestor.tag == "a"
            ancestor = ancestor.parent
            depth += 1
        if in_link or ancestor is None:
            continue
        areas[ancestor.mem_id] = areas.get(ancestor.mem_id, 0) + size
    top = sorted(areas.values(), reverse=True)[:2] + [0, 0]
    return teasers, top[0], top[1]


def listing_reason(tree: LexborHTMLParser, url: str | None) -> str | None:
    """Why the page is a listing and not an article, or None. Removes page chrome from `tree`."""
    by_url = listing_url(url)
    teasers, largest, second = _text_areas(tree)
    if by_url and largest < MAX_LISTING_AREA_BY_URL:
        return f"{by_url} with {teasers} teaser links and no story text (largest text block {largest} characters)"
    if teasers >= MIN_TEASERS and largest < MAX_LISTING_AREA and (
        largest < AREA_DOMINANCE * second or largest < MAX_LISTING_AREA // 2
    ):
        return (
            f"{teasers} teaser links and no story text (largest text block {largest} characters, "
            f"next {second}): a listing or index page"
        )
    return None
