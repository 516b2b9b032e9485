"""The generic path's cheap ways to the story, tried before trafilatura (which costs ~20x more).

1. **JSON-LD ``articleBody``**: the publisher's own copy of the story. It is not used as text (it is
   flattened: paragraphs glued, subheadings run in); it says which element of the page holds the
   story: the innermost element holding (nearly) all text nodes that occur in it. Accepted only when
   the page shows (nearly) all of ``articleBody`` there and ``articleBody`` is (nearly) all of that
   element's prose: a paywall teaser, a summary or a first paragraph as ``articleBody`` does not win.
2. **CMS story container**: the classes and attributes that news CMSes and WordPress themes give the
   story (`CONTAINERS`). Accepted only when the container clearly holds the page's main text: most
   of the page's prose, a story's length, little link text.

Either way the element is walked into blocks by `newsclean.html.blocks` (paragraphs come from the
DOM: elements, ``<br>``), after its captions and common furniture (`NOISE`: ad slots, share bars,
related boxes) are taken out; the caller runs the same text rules as everywhere over the blocks.
When neither is accepted, the caller falls through to trafilatura.

Selectors are those public scrapers and extractors name for story bodies and furniture:
trafilatura's ``BODY_XPATH`` and ``OVERALL_DISCARD_XPATH`` (adbar/trafilatura, ``trafilatura/xpaths.py``),
and the Indonesian outlets' scrapers of okkymabruri/news-watch (``src/newswatch/scrapers/*.py``:
``div[itemprop=articleBody]``, ``div.article-content``, ``.detail-content``, ``.c-detail``,
``.detailsContent``, ``div.article``, grid.id's ``.read__article``; ``.baca-juga-box``, ``inject-*``,
``.dfp-ad``, ``p.related-news``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Removed
from ..engine.classified import Classified
from ..engine.classify import classify
from ..engine.ruleset import RuleSet
from ..engine.shapes import is_prose
from ..rules import Noise
from .blocks import Block, outermost, visible_text, walk_blocks
from .prose import ProseMap, ancestors, key, prose_map

#: A story has at least this many characters of prose (shorter pages are left to trafilatura).
MIN_STORY = 400
#: A CMS container must hold at least this share of the page's prose ...
CONTAINER_SHARE = 0.6
#: ... and at most this share of its blocks' text may be link text.
MAX_LINK_SHARE = 0.5
#: Of containers nested in one another, the innermost holding this share of the best one's prose wins.
CONTAINER_NEAR = 0.9
#: The page must show at least this share of ``articleBody`` inside the element found for it ...
JSONLD_SHOWN = 0.8
#: ... and the text found for it at least this share of the page's prose (else it is a teaser).
JSONLD_WHOLE = 0.6
#: The element found for ``articleBody`` holds at least this share of the matching text.
JSONLD_HOLDS = 0.9
#: A furniture match holding more than this share of the story area's prose is not furniture.
NOISE_MAX_SHARE = 0.25

#: Story containers of news CMSes and WordPress themes, most specific first.
CONTAINERS = (
    '[itemprop="articleBody"], .entry-content, .post-content, .post-body, .post-entry, .article-content, '
    ".article-body, .article__body, .article__content, .articleBody, .article-text, .article_text, "
    ".detail-content, .content-detail, .detail__body-text, .detail_text, .detail-text, .itp_bodycontent, "
    ".read__content, .read__article, .td-post-content, .single-content, .entry-body, .story-body, .story-content, "
    ".content-text-editor, .detailsContent, .c-detail, .txt-article, .isi-berita, .isi_berita, .artikel, "
    ".news-content, .news-detail, .berita-content, .body-content, .text-content, div.article, article .content, "
    "article .text, article"
)
#: Furniture inside story areas, by the class/id words public scrapers strip, with their kinds.
NOISE: tuple[Noise, ...] = (
    Noise("h1", "title"),
    Noise('.ads, .ad, .advert, .advertisement, .iklan, .adsbygoogle, .dfp-ad, [id^="div-gpt-ad"], '
          '[class^="ads-"], [class*=" ads-"], [class*="-ads"], [class*="_ads"], [class^="ads_"], '
          '[class^="inject-"], [class*="parallax"], [class*="banner"]', "ad"),
    Noise('.share, .social-share, .share-buttons, .sharedaddy, [class*="share-"], [class*="-share"], '
          '[class^="share"]', "share"),
    Noise('.baca-juga, .bacajuga, [class*="baca-juga"], [class*="bacajuga"], [class*="read-also"], '
          '.baca, .lihat-juga', "read_also"),
    Noise('.related, .related-posts, .related-news, [class*="related"], .jp-relatedposts, .yarpp-related, '
          '.terkait, [class*="terkait"], .populer, .terpopuler, aside', "related"),
    Noise('.tags, .post-tags, .tag-list, [class*="tags"], nav, .breadcrumb, .pagination, .pager, [class*="paging"]',
          "navigation"),
    Noise('.newsletter, .subscribe, [class*="promo"], form', "promo"),
    Noise('.video, [class*="video"], .embed-video', "video"),
    Noise('.credits, .byline, [class*="author"]', "byline"),
    Noise('[hidden], [style*="display:none"], [style*="display: none"], .hide, .hidden, .sr-only, #comments, '
          '[class*="comment"], #disqus_thread', "other"),
)
#: Captions inside story areas (the figure goes with its caption).
CAPTIONS = 'figcaption, .wp-caption-text, [class*="caption"]'
_TAGS = re.compile(r"<[^>]{0,500}>")


@dataclass
class StoryArea:
    """The story element a cheap stage accepted, walked into blocks, with what was taken out of it."""

    stage: str
    #: The element holds the page's headline too, so its first blocks may be the page's header
    #: (byline, date, share bar) rather than the story.
    has_header: bool = False
    blocks: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def find_story(tree: LexborHTMLParser, article_body: str | None, *, huge: bool = False) -> StoryArea | None:
    """The story by JSON-LD ``articleBody``, else by CMS container, or None (the caller runs trafilatura).
    With `huge` (a page trafilatura would take minutes over), else the innermost element that holds most
    of the page's prose.

    The tree is modified: furniture is taken out of each element a stage tries (the trafilatura stage
    reads the page's text, not the tree)."""
    body = tree.body
    if body is None:
        return None
    prose = prose_map(body, pieces=bool(article_body))
    if prose.total < MIN_STORY:
        return None
    if article_body:
        node = jsonld_element(prose, article_body)
        if node is not None:
            area = read_area(node, prose, "jsonld")
            if area is not None:
                return area
    node = container_element(tree, prose)
    area = read_area(node, prose, "container") if node is not None else None
    if area is None and huge:
        area = read_area(prose_element(body, prose), prose, "prose")
    return area


def prose_element(body: LexborNode, prose: ProseMap) -> LexborNode:
    """The innermost element holding most of the page's prose, found going down from `body` into the
    child that holds the most while it holds `CONTAINER_SHARE` of it: linear in the page, where
    trafilatura's time grows with the square of a page's paragraphs. Coarser than the stages before
    (it keeps what a story element's siblings hold), so it is only asked for pages too big for trafilatura."""
    node = body
    while True:
        best = max(node.iter(), key=prose.chars, default=None)
        if best is None or prose.chars(best) < CONTAINER_SHARE * prose.total:
            return node
        node = best


def _plain(article_body: str) -> str:
    """``articleBody`` as text (some CMSes put markup or entities in it)."""
    if "<" in article_body:
        article_body = _TAGS.sub(" ", article_body)
    return html.unescape(article_body)


def jsonld_element(prose: ProseMap, article_body: str) -> LexborNode | None:
    """The innermost element holding (nearly) all page text that occurs in ``articleBody``, when the page
    shows (nearly) all of it there and it is (nearly) all of that element's prose; else None."""
    wanted = key(_plain(article_body))
    if len(wanted) < MIN_STORY:
        return None  # a summary or a teaser, not a story
    matched: dict[int, int] = {}
    shown: dict[int, int] = {}
    depth: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    total = 0
    for piece in prose.pieces:
        piece_key = key(piece.text)
        if len(piece_key) < 20 or piece_key not in wanted:
            continue
        total += len(piece.text)
        chain = ancestors(piece.owner)
        for level, node in enumerate(chain):
            ident = node.mem_id
            matched[ident] = matched.get(ident, 0) + len(piece.text)
            shown[ident] = shown.get(ident, 0) + len(piece_key) + 1
            depth[ident] = len(chain) - level
            nodes[ident] = node
    if not total:
        return None
    holders = [ident for ident, chars in matched.items() if chars >= JSONLD_HOLDS * total]
    best = max(holders, key=lambda ident: depth[ident])
    if shown[best] < JSONLD_SHOWN * len(wanted):
        return None  # the page does not show the story articleBody tells (another page's, or markup)
    if matched[best] < JSONLD_WHOLE * prose.total:
        return None  # articleBody is a part of the page's prose: a paywall teaser, a lead, a summary
    return nodes[best]


def container_element(tree: LexborHTMLParser, prose: ProseMap) -> LexborNode | None:
    """The CMS story container holding the most of the page's prose (the inner one of equals), when
    it holds most of it; else None."""
    found = [(prose.chars(node), -order, node) for order, node in enumerate(tree.css(CONTAINERS))]
    most = max((chars for chars, _, _ in found), default=0)
    if most < MIN_STORY or most < CONTAINER_SHARE * prose.total:
        return None
    # the innermost of those holding (nearly) as much (of equals, the later in the document is inside
    # the earlier): an <article> around the story holds its header and teasers too
    near = [(chars, order, node) for chars, order, node in found if chars >= CONTAINER_NEAR * most]
    return min(near, key=lambda entry: entry[:2])[2]


def read_area(node: LexborNode, prose: ProseMap, stage: str) -> StoryArea | None:
    """Captions and furniture out of `node`, then its blocks; None when what is left is not a story
    (too short, or mostly links)."""
    area = StoryArea(stage, has_header=node.css_first("h1") is not None)
    story_chars = prose.chars(node)
    targets: list[tuple[LexborNode, str, str]] = []  # (element, kind, rule)
    for caption in node.css(CAPTIONS):
        text = visible_text(caption)
        if text and text not in area.captions and prose.chars(caption) <= NOISE_MAX_SHARE * story_chars:
            area.captions.append(text)
            parent = caption.parent
            figure = parent if parent is not None and parent.tag == "figure" else caption
            targets.append((figure, "caption", "generic:html_caption"))
    for noise in NOISE:
        for match in node.css(noise.selector):
            if prose.chars(match) <= NOISE_MAX_SHARE * story_chars:
                targets.append((match, noise.kind, f"generic:html_{noise.kind}"))
    _take_out(targets, area)
    blocks = walk_blocks([node])  # (a single <br> mid-sentence is joined there)
    text_chars = sum(len(b.text) for b in blocks)
    link_chars = sum(len(b.text) for b in blocks if b.link_kind)
    if text_chars - link_chars < MIN_STORY or link_chars > MAX_LINK_SHARE * text_chars:
        return None
    area.blocks = blocks
    return area


def _take_out(targets: list[tuple[LexborNode, str, str]], area: StoryArea) -> None:
    """Remove each target, outermost first (`blocks.outermost`), recording its text."""
    chosen = [(node, kind, rule, visible_text(node))
              for node, kind, rule in (targets[i] for i in outermost([node for node, _, _ in targets]))]
    for node, kind, rule, text in chosen:  # (every text read before the first removal)
        if text:
            area.removed.append(Removed(kind, rule, text))
        node.decompose()


def classify_area(area: StoryArea, rules: RuleSet) -> Classified | None:
    """The text rules over the story element's blocks (None: no story paragraph in them).

    Link blocks (teaser titles, related lists) go through the rules in place, as in a dump, so that a
    label that ends the story (``Terpopuler``, ``Berita Terkait``) sees the list after it and cuts it,
    standfirsts and all; the link blocks that the rules leave in the story are taken out after."""
    texts = [block.text for block in area.blocks]
    found = classify(texts, rules, mode="dump" if area.has_header else "body")
    links = {block.text: block.link_kind for block in area.blocks if block.link_kind}
    if links:
        kept = []
        for paragraph in found.paragraphs:
            kind = links.get(paragraph)
            if kind:
                found.removed.append(Removed(kind, "html:link_block", paragraph))
            else:
                kept.append(paragraph)
        found.paragraphs = kept
    if not found.paragraphs:
        return None
    found.removed[:0] = area.removed
    found.captions = area.captions + [c for c in found.captions if c not in area.captions]
    return found


#: How a story's last paragraph ends (a closing quote or a sentence), unlike a credit line
#: (``DAILY STAR | EXPRESS | NAMA``), a category label or a tag list left after it.
_STORY_END = (".", "!", "?", '"', "”", "'", "’", "…")
_PARENTHESISED = re.compile(r"\([^()]{1,80}\)")


def trim_after_story(found: Classified) -> None:
    """Blocks after the story's last prose paragraph that do not end like a sentence (credit lines of
    sources, category labels, ``(outlet - Rubrik)``) are furniture; a short closing paragraph that
    ends like a sentence (``"Kami siap," ujarnya.``) is the story's."""
    paragraphs = found.paragraphs
    last_prose = max((i for i, p in enumerate(paragraphs) if is_prose(p)), default=-1)
    if last_prose < 0:
        return
    end = len(paragraphs)
    while end > last_prose + 1:
        text = paragraphs[end - 1]
        if text.endswith(_STORY_END) and not _PARENTHESISED.fullmatch(text):
            break
        end -= 1
    for paragraph in paragraphs[end:]:
        found.removed.append(Removed("other", "generic:after_story", paragraph))
    del paragraphs[end:]
