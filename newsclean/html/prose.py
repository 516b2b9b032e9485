"""Where a page's prose is: one pass over the DOM that says how much running text each element holds.

A page's story is most of its prose: the text of its paragraphs, not of its links (menus, teaser
titles, tag lists) and not of code. This module measures that once per page, so that the generic
path can ask cheaply "does this element hold the story?" of any candidate (a CMS story container, the
element that holds a JSON-LD ``articleBody``) instead of walking each one.

Units are block-level elements (``p``, ``div`` …) with the text they hold directly or through inline
elements (``<b>``, ``<em>``, ``<span>``): a ``<p>`` is one unit, and so is a ``<div>`` whose story is
hard-wrapped text between ``<br><br>``. A unit counts as prose from `PROSE_MIN` characters of
non-link text; its characters count for every ancestor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from .blocks import BLOCK_TAGS, SKIP_TAGS

#: Characters of non-link text from which a block element's text is prose (a teaser title is shorter).
PROSE_MIN = 60
#: A text piece this long is compared with a JSON-LD ``articleBody`` (shorter ones match by chance).
PIECE_MIN = 30
#: A block element this close below a list item or a link is a teaser card's, not the story's.
CARD_DEPTH = 5
_CARD = frozenset({"li", "a"})
_CHROME = frozenset({"form", "footer", "nav", "aside"})
#: Ancestors walked at most (deeply nested markup must not cost more than this per piece).
MAX_DEPTH = 200
_WORD = re.compile(r"\w+")


def key(text: str) -> str:
    """`text` as lower-case words joined by one space: spacing, punctuation and entities do not matter
    (a CMS that glues paragraphs as ``akhir.Awal`` still matches its own page)."""
    return " ".join(_WORD.findall(text.lower()))


@dataclass(slots=True)
class Piece:
    """One text node of running text (not link text, not code, as in the source: whitespace unfolded)
    and the block element it belongs to."""

    text: str
    owner: LexborNode


@dataclass
class ProseMap:
    """How many characters of prose each element of the page holds (by ``mem_id``)."""

    held: dict[int, int] = field(default_factory=dict)
    total: int = 0
    pieces: list[Piece] = field(default_factory=list)

    def chars(self, node: LexborNode) -> int:
        return self.held.get(node.mem_id, 0)


def ancestors(node: LexborNode) -> list[LexborNode]:
    """`node` and its ancestors, innermost first (bounded by `MAX_DEPTH`)."""
    chain: list[LexborNode] = []
    current: LexborNode | None = node
    while current is not None and len(chain) < MAX_DEPTH:
        chain.append(current)
        current = current.parent
    return chain


def _owner(parent: LexborNode) -> tuple[LexborNode | None, bool]:
    """The block element a text node's `parent` belongs to, and whether the text is link text;
    (None, False) for text of code, media or form controls."""
    in_link = False
    current: LexborNode | None = parent
    depth = 0
    while current is not None and depth < MAX_DEPTH:
        tag = current.tag
        if tag in SKIP_TAGS:
            return None, False
        if tag == "a":
            in_link = True
        elif tag in BLOCK_TAGS or tag in ("body", "html"):
            return current, in_link
        current = current.parent
        depth += 1
    return None, False


def _chrome(chain: list[LexborNode]) -> bool:
    """Whether a block element (`chain`: it and its ancestors) is page chrome rather than story: in
    a form, footer, sidebar or menu, or close below a list item or a link (teaser cards of "latest"
    and "popular" feeds are list items or links around a heading, and their standfirsts are
    prose-sized)."""
    for level, node in enumerate(chain):
        tag = node.tag
        if tag in _CHROME or (level < CARD_DEPTH and tag in _CARD):
            return True
    return False


def prose_map(root: LexborNode, *, pieces: bool = True) -> ProseMap:
    """Measure the prose under `root` (the page's ``<body>``); with `pieces`, also keep its text pieces
    (for matching a JSON-LD ``articleBody``: a page without one need not hold them all)."""
    out = ProseMap()
    plain: dict[int, int] = {}
    owners: dict[int, LexborNode] = {}
    # (skip_empty: whitespace-only text nodes, a third of a page's nodes, are skipped in C)
    for node in root.traverse(include_text=True, skip_empty=True):
        if node.tag != "-text":
            continue
        raw = node.text_content
        parent = node.parent
        if not raw or parent is None:
            continue
        owner, in_link = _owner(parent)
        if owner is None or in_link:
            continue
        size = len(raw.strip())
        ident = owner.mem_id
        plain[ident] = plain.get(ident, 0) + size + 1
        owners[ident] = owner
        if pieces and size >= PIECE_MIN:
            out.pieces.append(Piece(raw, owner))
    held = out.held
    for ident, chars in plain.items():
        if chars < PROSE_MIN:
            continue
        chain = ancestors(owners[ident])
        if _chrome(chain):
            continue
        out.total += chars
        for ancestor in chain:
            held[ancestor.mem_id] = held.get(ancestor.mem_id, 0) + chars
    return out
