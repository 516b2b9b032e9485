"""Page metadata from ``<meta>`` tags, ``<link rel=canonical>``, ``<title>`` and JSON-LD.

These are often more reliable than the visible markup: ``article:published_time`` carries seconds
and an offset where the page prints ``Selasa, 1 Mei 2018 05:33 WIB``, and they survive redesigns.
Knows no outlet; the HTML path decides which source wins for which field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dates import parse_timestamp
from ..engine.classified import add_unique
from ..engine.people import split_people, strip_role_prefix
from .blocks import fold, visible_text

#: JSON-LD types that describe one article.
ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle",
     "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting"}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_MAX_JSONLD = 400_000  # characters; a script bigger than this is not page metadata


@dataclass
class PageMeta:
    """Everything the page says about itself outside the visible story."""

    canonical: str | None = None
    og_url: str | None = None
    site_name: str | None = None
    og_title: str | None = None
    html_title: str | None = None
    headline: str | None = None
    published: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    #: The story as JSON-LD ``articleBody`` gives it (flattened text; the generic path uses it to find
    #: the story's element, never as the body itself).
    article_body: str | None = None

    @property
    def url(self) -> str | None:
        """The page's own URL: canonical, else og:url (protocol-relative ones made https)."""
        return self.declared_url(None)

    def declared_url(self, base: str | None) -> str | None:
        """Canonical, else og:url, made absolute against `base` (the URL the page was fetched from);
        without a base, protocol-relative ones are made https and relative ones are ignored."""
        for value in (self.canonical, self.og_url):
            if not value:
                continue
            if base:
                value = urljoin(base, value)
            elif value.startswith("//"):
                value = "https:" + value
            if value.lower().startswith(("http://", "https://")):
                return value
        return None

    @property
    def title(self) -> str | None:
        return self.og_title or self.headline or self.html_title


def node_value(node: LexborNode) -> str:
    """What a field selector reads: a meta's ``content``, a time's ``datetime``, else the text."""
    attrs = node.attributes
    if node.tag == "meta":
        return fold(attrs.get("content") or "")
    if node.tag == "time" and attrs.get("datetime"):
        return fold(attrs.get("datetime") or "")
    return visible_text(node)


def people(value: str) -> list[str]:
    """``Kontributor Kupang, Sigiranus Marutho Bere`` → the name; ``A dan B`` → two names."""
    value = fold(value).strip(" :|-–—")
    value = strip_role_prefix(value)
    return split_people(value) if value else []


def _names(value: Any) -> list[str]:
    """JSON-LD author/editor: a string, a {"name": ...} object, or a list of either."""
    if isinstance(value, str):
        return people(value)
    if isinstance(value, dict):
        name = value.get("name")
        return people(name) if isinstance(name, str) else []
    if isinstance(value, list):
        out: list[str] = []
        for item in value[:20]:
            add_unique(out, _names(item))
        return out
    return []


def _texts(value: Any) -> list[str]:
    """Keywords / sections: a comma-separated string or a list of strings."""
    if isinstance(value, str):
        return [fold(v) for v in value.split(",") if fold(v)]
    if isinstance(value, list):
        return [fold(v) for v in value if isinstance(v, str) and fold(v)]
    return []


def _jsonld_objects(raw: str) -> list[dict[str, Any]]:
    """Every object in one JSON-LD script, @graph and lists flattened; broken JSON yields nothing."""
    if len(raw) > _MAX_JSONLD:
        return []
    raw = _CONTROL.sub(" ", raw).strip()
    try:
        data = json.loads(raw)
    except ValueError:
        try:  # a trailing comma is the commonest hand-written JSON-LD mistake
            data = json.loads(_TRAILING_COMMA.sub(r"\1", raw))
        except ValueError:
            return []
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(out) < 50:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item[:50]))
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph[:50]))
    return out


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds)


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    """Collect `PageMeta` from the whole document (meta tags may sit in <body> on broken pages)."""
    meta = PageMeta()
    tags: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            value = fold(content)
            if value:
                tags.setdefault(key.strip().lower(), []).append(value)

    def first(*keys: str) -> str | None:
        for key in keys:
            if tags.get(key):
                return tags[key][0]
        return None

    canonical = tree.css_first('link[rel~="canonical"]')
    if canonical is not None:
        meta.canonical = (canonical.attributes.get("href") or "").strip() or None
    meta.og_url = first("og:url")
    meta.site_name = first("og:site_name")
    # The last og:title: head managers (Nuxt, vue-meta) print the site's default first and the page's after it.
    titles = tags.get("og:title") or tags.get("twitter:title") or []
    meta.og_title = titles[-1] if titles else None
    title_node = tree.css_first("title")
    if title_node is not None:
        meta.html_title = fold(title_node.text()) or None
    # content_PublishedDate (a CMS's local time) first: the same sites print article:published_time
    # with a "Z" on a WIB time (Kompas 2018), which would shift the story by seven hours.
    for key in ("content_publisheddate", "article:published_time", "publish-date", "publishdate", "pubdate",
                "datepublished", "dc.date.issued", "date"):
        meta.published += tags.get(key, [])
    for key in ("content_author", "author", "dable:author", "article:author"):
        for value in tags.get(key, []):
            if not value.startswith(("http://", "https://")):
                add_unique(meta.authors, people(value))
    meta.editor = first("content_editor")
    meta.source = first("content_source")
    meta.section = first("article:section", "content_category", "content_section")
    for key in ("article:tag", "content_tag", "news_keywords"):
        for value in tags.get(key, []):
            add_unique(meta.tags, _texts(value))

    # JSON-LD fills what the meta tags did not say.
    for script in tree.css('script[type="application/ld+json"]'):
        for obj in _jsonld_objects(script.text()):
            if not _is_article(obj):
                continue
            headline = obj.get("headline")
            if isinstance(headline, str) and not meta.headline:
                meta.headline = fold(headline) or None
            article_body = obj.get("articleBody")
            if isinstance(article_body, str) and not meta.article_body:
                meta.article_body = article_body.strip() or None
            for key in ("datePublished", "dateCreated"):
                stamp = obj.get(key)
                if isinstance(stamp, str) and stamp.strip():
                    meta.published.append(fold(stamp))
            add_unique(meta.authors, _names(obj.get("author")))
            if meta.editor is None:
                editors = _names(obj.get("editor"))
                meta.editor = editors[0] if editors else None
            if meta.section is None:
                sections = _texts(obj.get("articleSection"))
                meta.section = sections[0] if sections else None
            add_unique(meta.tags, _texts(obj.get("keywords")))
            url = obj.get("url")
            main_entity = obj.get("mainEntityOfPage")
            if not isinstance(url, str) and isinstance(main_entity, dict):
                url = main_entity.get("@id")
            if isinstance(url, str) and not meta.og_url:
                meta.og_url = url.strip().rstrip("#") or None
    # <meta name="keywords"> is not read: sites fill it with their own SEO words, not the story's tags
    return meta


_SLASHED_ISO = re.compile(r"^((?:19|20)\d\d)/(\d\d)/(\d\d)\b")


def first_timestamp(values: list[str]) -> str | None:
    """The first of `values` that parses as a timestamp (ISO 8601 with offset)."""
    for value in values:
        # "2018/05/01 19:03:45" (detik, CNN Indonesia meta tags): year first, slashes
        parsed = parse_timestamp(_SLASHED_ISO.sub(r"\1-\2-\3", value))
        if parsed:
            return parsed
    return None
