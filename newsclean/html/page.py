"""HTML pages → `Article`.

    >>> import newsclean
    >>> page = '''<html><head><link rel="canonical" href="https://nasional.tempo.co/read/1/contoh">
    ... </head><body><article itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Judul</h1>
    ... <div id="isi" itemprop="articleBody"><p>TEMPO.CO, Jakarta - Hujan deras mengguyur kota sejak pagi
    ... sehingga banyak jalan tergenang air.</p><p>Baca juga: Banjir Lagi</p></div></article></body></html>'''
    >>> article = newsclean.clean_html(page)
    >>> article.outlet, article.dateline, article.paragraphs
    ('tempo', 'Jakarta', ['Hujan deras mengguyur kota sejak pagi sehingga banyak jalan tergenang air.'])

The data flow: bytes → text (BOM, ``<meta charset>``, else UTF-8 with fallbacks) → Lexbor DOM →
outlet (argument, URL, canonical / og:url, og:site_name) → the first template era of that outlet
whose markers match → fields by selector, furniture out by selector, the story area walked into
blocks → the outlet's text rules (the same ones dumps use) → `Article`. Pages no template knows go
to trafilatura and then the same text rules; listing pages raise `NotAnArticleError`.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..article import Article, Removed
from ..dates import utc_to_wib
from ..engine.assemble import assemble
from ..engine.classified import Classified
from ..engine.classify import classify
from ..engine.people import credit_kind
from ..engine.registry import get_outlet, host_of, named_by, outlet_by_site_name, outlet_for_url, outlets
from ..engine.ruleset import RuleSet, ruleset_for
from ..engine.shapes import is_prose
from ..errors import EmptyInputError, NoArticleError, NotAnArticleError
from ..read.decode import BOM_PREFIXES, DEFAULT_MAX_INPUT, check_size, decode_bytes, to_text
from ..rules import Outlet
from .blocks import LINK_OTHER_MAX, READ_ALSO_ONLY, Block, fold, visible_text
from .generic import extract_generic
from .listing import listing_reason
from .meta import PageMeta, first_timestamp, read_meta
from .story import classify_area, find_story, trim_after_story
from .template import TemplateResult, apply_template, matches

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE)
#: Labels that browsers read as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
                           "windows-1252", "x-cp1252"})
#: Standfirsts of teaser cards: a list item whose heading is a link (related, popular, latest lists).
_TEASER_DEKS = "li:has(h2 a, h3 a, h4 a) p, li:has(h2 a, h3 a, h4 a) .text"


def decode_html(data: str | bytes, *, max_input_bytes: int | None = DEFAULT_MAX_INPUT) -> str:
    """Page bytes → text: BOM, then the page's own ``<meta charset>`` / http-equiv declaration, then
    UTF-8, cp1252, latin-1. Bytes that are valid UTF-8 stay UTF-8 even when the page declares a
    single-byte encoding (a mislabel far likelier than text that happens to be valid UTF-8)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        return to_text(data, max_input_bytes=max_input_bytes)
    raw = bytes(data)
    check_size(len(raw), max_input_bytes)
    declared = None
    found = _META_CHARSET.search(raw[:16384])
    if found:
        declared = found.group(1).decode("ascii", "ignore").lower()
        if declared in _WINDOWS_1252:
            try:
                raw.decode("utf-8")
                declared = "utf-8"
            except UnicodeDecodeError:
                declared = "cp1252"
    text = None
    if declared in (None, "utf-8", "utf8") and not raw.startswith(BOM_PREFIXES) and b"\x00" not in raw[:65536] \
            and b"\x00" not in raw[-65536:]:
        # The common case, without decode_bytes' scan for control characters (a third of the cost
        # of a clean): valid UTF-8 without NUL bytes is text.
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        text = decode_bytes(raw, declared=declared)
    if not text or text.isspace():  # (`not text.strip()` without a copy of a page that may be 60 MB)
        raise EmptyInputError("input is empty (nothing but whitespace)")
    return text


def _page_outlet(meta: PageMeta) -> Outlet | None:
    """The outlet the page declares itself: its canonical / og:url's domain, else (only when it declares
    no site's URL) its og:site_name. A site name is words ("Suara Merdeka" names neither Suara.com nor
    Merdeka.com); a URL's host is not."""
    declared_host = False
    for candidate in (meta.canonical, meta.og_url):
        found = outlet_for_url(candidate)
        if found:
            return found
        declared_host = declared_host or bool(candidate and host_of(candidate))
    return None if declared_host else outlet_by_site_name(meta.site_name)


def _outlet_by_template(tree: LexborHTMLParser) -> Outlet | None:
    """The one outlet whose template markers fit the page (None when none or several do)."""
    fitting = [o for o in outlets() if any(matches(tree, t) for t in o.html_templates)]
    return fitting[0] if len(fitting) == 1 else None


def resolve_html_outlet(
    outlet: str | None, url: str | None, meta: PageMeta, tree: LexborHTMLParser, warnings: list[str]
) -> Outlet | None:
    """Explicit id, else the URL's domain, else the page's canonical / og:url, else og:site_name.

    An explicit id or URL that the page itself contradicts (it declares another outlet's URL or site
    name, or, declaring neither, only another outlet's template fits it) loses to the page, and
    `warnings` says so. (A page whose canonical URL is a site without rules contradicts nothing: mirrors
    and syndication partners declare their own.)"""
    given = get_outlet(outlet) if outlet else outlet_for_url(url)
    declared = _page_outlet(meta)
    if given is None:
        return declared
    says_nothing = not (meta.canonical or meta.og_url or meta.site_name)
    if declared is None and says_nothing and not any(matches(tree, t) for t in given.html_templates):
        declared = _outlet_by_template(tree)
    if declared is not None and declared is not given:
        warnings.append(f"the page is {declared.id!r}'s, not {given.id!r} as {named_by(outlet, url)} says; "
                        f"cleaned with the {declared.id!r} rules")
        return declared
    return given


def _strip_site_name(title: str, site_name: str | None) -> str:
    """``Panen Raya di Subang - Kabar Nusantara`` → ``Panen Raya di Subang`` when og:site_name says so."""
    if site_name and len(title) > len(site_name) + 3:
        cut = re.sub(rf"\s*[-|–—:]\s*{re.escape(site_name)}\s*$", "", title, flags=re.IGNORECASE)
        return cut.strip() or title
    return title


def _fill_fields(
    found: Classified, rules: RuleSet, meta: PageMeta, *, title: str | None, dates: list[str],
    authors: list[str], authors_declared: bool, editor: str | None, source: str | None, warnings: list[str],
) -> None:
    """Set the Article fields on `found`: what the template read (its selectors are a priority list
    that may name meta tags), then what the text rules found in the body, then the page's metadata.

    Metadata authors are used only where the template does not say where authors are: sites fill
    ``author`` tags with the publisher or the editor (Kompas' JSON-LD names the editor)."""
    title = title or meta.title
    found.title = _strip_site_name(rules.strip_title(title), meta.site_name) or None if title else None
    published = first_timestamp(dates)
    if published is None and dates:
        warnings.append(f"could not parse timestamp {dates[0][:80]!r}")
    found.published = published or first_timestamp(meta.published) or found.published
    found.editor = editor or found.editor or meta.editor
    found.source = found.source or source or meta.source
    if authors:
        found.authors = []
        found.add_people(authors)  # (placeholders, outlets and initials in a byline slot name no one)
    elif not found.authors and not authors_declared:
        # an `author` tag is often the site itself (``Liputan6.com``, ``mediaindonesia.com developer``)
        found.authors = [name for name in meta.authors if name != found.editor and credit_kind(name) == "person"]


def _is_list_label(text: str, rules: RuleSet) -> bool:
    """A short line that introduces a list of links: ``Baca juga:``, ``Berita Terkait``, ``Artikel lainnya:``."""
    if len(text) > LINK_OTHER_MAX or is_prose(text):
        return False
    return text.endswith(":") or rules.match(text, "body") is not None or READ_ALSO_ONLY.fullmatch(text) is not None


def _split_link_blocks(blocks: list[Block], rules: RuleSet) -> tuple[list[str], list[Removed]]:
    """Take out blocks made of links (related lists, ``(Baca juga: …)``, ``Artikel lainnya:`` plus
    titles), with the label line that introduces them, before the text rules run.

    A link block that a text rule classifies (``Baca juga: <title>``) is left to that rule, unless the
    rule would end the story there (``Artikel lainnya``, ``Berita terkait``): inside a page's story
    area a list of links is a box, and the story goes on after it.
    """
    structural = [False] * len(blocks)
    for i, block in enumerate(blocks):
        if block.link_kind:
            hit = rules.match(block.text, "body")
            structural[i] = hit is None or hit[0].starts_tail
    kinds: dict[int, str] = {}
    for i in range(len(blocks)):
        if not structural[i] or (i > 0 and structural[i - 1]):
            continue
        # the start of a run of link blocks: does a label line introduce it?
        j = i - 1
        run_kind = None
        if j >= 0 and not blocks[j].link_kind and _is_list_label(blocks[j].text, rules):
            run_kind = "read_also" if READ_ALSO_ONLY.fullmatch(blocks[j].text) else "related"
            kinds[j] = run_kind
        k = i
        while k < len(blocks) and structural[k]:
            kinds[k] = run_kind or blocks[k].link_kind or "related"
            k += 1
    texts: list[str] = []
    removed: list[Removed] = []
    for i, block in enumerate(blocks):
        if i in kinds:
            removed.append(Removed(kinds[i], "html:link_block", block.text))
        else:
            texts.append(block.text)
    return texts, removed


def _from_template(
    result: TemplateResult, outlet: Outlet, meta: PageMeta, url: str | None, warnings: list[str]
) -> Article | None:
    """The Article of a matched template, or None when its story area held no story text."""
    rules = ruleset_for(outlet)
    texts, link_removed = _split_link_blocks(result.blocks, rules)
    found = classify(texts, rules, mode="body") if texts else Classified()
    found.removed[:0] = link_removed
    summary = result.summary
    if summary:
        if summary in found.paragraphs:
            found.paragraphs.remove(summary)
            found.removed.append(Removed("other", f"{result.rule_prefix}:summary_repeated", summary))
    if not found.paragraphs:
        return None
    template = result.template
    warnings.extend(w for w in result.warnings if w not in warnings)
    found.add_people(result.contributors, fallback=True)
    for name, value in result.fields:
        found.set_field(name, value)
    _fill_fields(found, rules, meta, title=result.title, dates=result.dates, authors=result.authors,
                 authors_declared=bool(template.authors or template.byline), editor=result.editor,
                 source=result.source, warnings=warnings)
    found.published = utc_to_wib(found.published)
    found.captions = result.captions + [c for c in found.captions if c not in result.captions]
    found.removed[:0] = result.removed
    return assemble(found, outlet=outlet, url=url, summary=summary, tags=result.tags or meta.tags,
                    section=result.section or meta.section, warnings=warnings)


def _trim_tail(found: Classified) -> None:
    """Short lines after the story's last sentence (teaser titles, "Teknologi • 18 May 2018")
    are what an extractor swept up below the article, not the article."""
    last_prose = max((i for i, p in enumerate(found.paragraphs) if is_prose(p)), default=-1)
    if last_prose < 0:
        return
    for paragraph in found.paragraphs[last_prose + 1:]:
        found.removed.append(Removed("related", "generic:after_story", paragraph))
    del found.paragraphs[last_prose + 1:]


#: Characters from which a page no cheap stage reads is too big for trafilatura (a 3 MB page took it 4 s,
#: a 10 MB one 19 s, a 30 MB one two minutes).
HUGE_PAGE = 2_000_000

#: Page chrome whose figures are not the story's (teaser cards, sidebars).
_NOT_STORY = frozenset({"li", "aside", "nav", "header", "footer"})


def _figcaptions(tree: LexborHTMLParser) -> list[str]:
    """Captions of the page's own figures (not those of teaser cards or sidebars)."""
    out: list[str] = []
    for node in tree.css("figcaption"):
        ancestor = node.parent
        depth = 0
        while ancestor is not None and depth < 60 and ancestor.tag not in _NOT_STORY:
            ancestor = ancestor.parent
            depth += 1
        if ancestor is not None and ancestor.tag in _NOT_STORY:
            continue
        text = visible_text(node)
        if text and text not in out:
            out.append(text)
    return out


def _by_trafilatura(text: str, url: str | None, rules: RuleSet, warnings: list[str]) -> Classified:
    """The text rules over trafilatura's lines (the generic path's last resort)."""
    extracted = extract_generic(text, url)
    if extracted.error:
        warnings.append(extracted.error)
    if not extracted.lines:
        raise NoArticleError("no article text found in the page" + (f" ({extracted.error})" if extracted.error else ""))
    return classify(extracted.lines, rules, mode="dump")


def _generic(
    text: str, tree: LexborHTMLParser, outlet: Outlet | None, meta: PageMeta, url: str | None, warnings: list[str]
) -> Article:
    teasers = {fold(node.text(separator=" ")) for node in tree.css(_TEASER_DEKS)}
    captions = _figcaptions(tree)
    title = meta.og_title or meta.headline
    if not title:
        # <title> carries the site's name; the page's one <h1>, when <title> starts with it, does not
        heading = tree.css_first("h1")
        heading_text = fold(heading.text(separator=" ")) if heading is not None else ""
        title = heading_text if heading_text and (meta.html_title or "").startswith(heading_text) else meta.html_title
    reason = listing_reason(tree, url)
    if reason:
        raise NotAnArticleError(f"not an article: {reason}")
    rules = ruleset_for(outlet)
    # the story element by JSON-LD articleBody or a CMS container (cheap), else trafilatura; on a page too
    # big for trafilatura (its time grows with the square of the paragraphs), the element that holds the prose
    area = find_story(tree, meta.article_body, huge=len(text) > HUGE_PAGE)
    found = classify_area(area, rules) if area is not None else None
    from_element = found is not None
    if found is None:
        found = _by_trafilatura(text, url, rules, warnings)
    if teasers or captions:
        kept = []
        for paragraph in found.paragraphs:
            if paragraph in teasers:
                found.removed.append(Removed("related", "generic:teaser_card", paragraph))
            elif paragraph in captions:
                found.removed.append(Removed("caption", "generic:figcaption", paragraph))
            else:
                kept.append(paragraph)
        found.paragraphs = kept
    found.captions = captions + [c for c in found.captions if c not in captions]
    if from_element:
        trim_after_story(found)
    else:
        _trim_tail(found)
    if not found.paragraphs:
        raise NoArticleError("no article text found: every block of the page's main text is site furniture")
    _fill_fields(found, rules, meta, title=title or found.title, dates=[], authors=[],
                 authors_declared=False, editor=None, source=None, warnings=warnings)
    if outlet:
        found.published = utc_to_wib(found.published)
    return assemble(found, outlet=outlet, url=url, tags=meta.tags, section=meta.section, warnings=warnings)


def clean_html_generic(html: str | bytes, *, url: str | None = None) -> Article:
    """The generic path alone, whatever outlet the page is from (no outlet rules, no template): what
    a page of an unknown outlet gets. For measuring it (``newsclean eval --generic``), not for use."""
    text = decode_html(html)
    tree = LexborHTMLParser(text)
    meta = read_meta(tree)
    return _generic(text, tree, None, meta, url or meta.url, [])


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    outlet: str | None = None,
    max_input_bytes: int | None = DEFAULT_MAX_INPUT,
) -> Article:
    """Clean one HTML page.

    `outlet` forces a rule module (``"kompas"``); otherwise the URL's domain decides, else the page's
    canonical / og:url, else its og:site_name; pages of other sites go to the generic cleaner
    (trafilatura, then the Indonesian text rules) and get ``outlet=None``. `url` fills ``Article.url``
    (default: the page's canonical or og:url).

    Raises `CleanError` subclasses: `EmptyInputError`, `BinaryInputError`, `InputTooLargeError`,
    `NotAnArticleError` (a listing / tag-index page), `NoArticleError` (nothing but furniture),
    `UnknownOutletError`.
    """
    return _clean_page(html, url=url, outlet=outlet, max_input_bytes=max_input_bytes)


def clean_fetched_html(html: str | bytes, *, fetched_url: str, outlet: str | None = None,
                       max_input_bytes: int | None = DEFAULT_MAX_INPUT) -> Article:
    """`clean_html` for a page fetched from `fetched_url`: that URL decides the outlet as `url=` does,
    but ``Article.url`` is the canonical URL the page declares (made absolute), else `fetched_url`."""
    return _clean_page(html, url=fetched_url, outlet=outlet, max_input_bytes=max_input_bytes, fetched=True)


def _clean_page(html: str | bytes, *, url: str | None, outlet: str | None, max_input_bytes: int | None,
                fetched: bool = False) -> Article:
    decoded = decode_html(html, max_input_bytes=max_input_bytes)
    tree = LexborHTMLParser(decoded)
    text: str | None = decoded
    del decoded
    meta = read_meta(tree)
    warnings: list[str] = []
    chosen = resolve_html_outlet(outlet, url, meta, tree, warnings)
    page_url = (meta.declared_url(url) or url) if fetched else (url or meta.url)
    if chosen is not None:
        known = ", ".join(f"html:{t.version}" for t in chosen.html_templates) or "none"
        for template in chosen.html_templates:
            if matches(tree, template):
                # the tree holds the page now: the text is let go (a big page's largest object after the
                # tree) and decoded again only if the template finds no story
                text = None
                result = apply_template(tree, template, chosen.id)
                article = _from_template(result, chosen, meta, page_url, warnings)
                if article is not None:
                    return article
                warnings.append(
                    f"{chosen.id}: template html:{template.version} matched but found no story text; "
                    "used the generic cleaner"
                )
                break
        else:
            warnings.append(f"{chosen.id}: no HTML template version matched this page (known: {known}); "
                            "used the generic cleaner")
    if text is None:
        text = decode_html(html, max_input_bytes=max_input_bytes)
    return _generic(text, tree, chosen, meta, page_url, warnings)
