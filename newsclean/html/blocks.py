"""A story area of the DOM → text blocks in document order, the unit the text rules classify.

Block-level elements (``p``, ``div``, ``h2``, ``li`` …) and ``<br>`` end a block, so a paragraph,
a subheading, or a ``Baca: …`` line after a ``<br>`` each become one block. Each block remembers
the element it came from, and that element's share of link text: a paragraph that is nothing but
links (a related list, ``(Baca juga: …)``, ``Artikel lainnya:`` plus titles) is told apart from
prose by structure, which text rules cannot see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from ..engine.boilerplate import READ_ALSO_LABEL

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article aside header footer table thead tbody "
    "tfoot tr td th caption figure figcaption pre hr address main nav details summary center form fieldset "
    "legend menu".split()
)
#: Never text of the story: code, media, form controls.
SKIP_TAGS = frozenset(
    "script style noscript iframe svg template button select option textarea input object embed video audio "
    "canvas map head link meta img picture source title math".split()
)
#: A link block: at least this share of its characters is link text ...
LINK_SHARE = 0.7
#: ... and at most this many characters are not (a label such as "Baca juga:" or brackets).
LINK_OTHER_MAX = 40
#: A block that is one link but this long and ends like a sentence is story text someone linked.
LINKED_SENTENCE = 80
_SENTENCE_END = (".", "!", "?", '"', "\u201d")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]")  # (and the LRM/RLM direction marks)


def fold(text: str) -> str:
    """Whitespace as a browser renders it: every run (newlines, tabs, NBSP) is one space; zero-width
    marks go; stripped."""
    if _ZERO_WIDTH.search(text):
        text = _ZERO_WIDTH.sub("", text)
    return " ".join(text.split())


READ_ALSO_ONLY = re.compile(r"\W*" + READ_ALSO_LABEL + r"\W*", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """One line of text and where it came from."""

    text: str
    owner: int  # mem_id of the nearest block-level element
    link_kind: str | None = None  # "read_also" / "related" when the owner is a link block


class _Owner:
    __slots__ = ("chars", "link_chars", "other")

    def __init__(self) -> None:
        self.chars = 0
        self.link_chars = 0
        self.other: list[str] = []


def walk_blocks(roots: list[LexborNode], *, end_comment: str | None = None) -> list[Block]:
    """Blocks of every root in order. Iterative (deeply nested markup must not hit the recursion
    limit). With `end_comment`, the walk stops at the first HTML comment containing that text."""
    blocks: list[Block] = []
    owners: dict[int, _Owner] = {}
    buffer: list[str] = []
    owner_stack: list[int] = []
    link_depth = 0
    ended = False

    def flush() -> None:
        if buffer:
            text = fold("".join(buffer))
            buffer.clear()
            if text:
                blocks.append(Block(text, owner_stack[-1] if owner_stack else 0))

    for root in roots:
        if ended:
            break
        owner_stack.append(root.mem_id)
        owners.setdefault(root.mem_id, _Owner())
        # (node, entering); exit markers carry the node back to close blocks and links.
        stack: list[tuple[LexborNode, bool]] = [(child, True) for child in reversed(list(root.iter(include_text=True)))]
        while stack:
            node, entering = stack.pop()
            tag = node.tag
            if not entering:
                if tag == "a":
                    link_depth -= 1
                else:
                    flush()
                    owner_stack.pop()
                continue
            if tag == "-text":
                text = node.text_content
                if text:
                    buffer.append(text)
                    stripped = len(text.strip())
                    if stripped and owner_stack:
                        owner = owners[owner_stack[-1]]
                        owner.chars += stripped
                        if link_depth:
                            owner.link_chars += stripped
                        else:
                            owner.other.append(text)
                continue
            if tag == "-comment":
                if end_comment and end_comment in (node.comment_content or ""):
                    ended = True
                    break
                continue
            if tag in SKIP_TAGS or tag is None or tag.startswith("-"):
                continue
            if tag == "br":
                flush()
                continue
            children = list(node.iter(include_text=True))
            if tag in BLOCK_TAGS:
                flush()
                owner_stack.append(node.mem_id)
                owners.setdefault(node.mem_id, _Owner())
                stack.append((node, False))
            elif tag == "a":
                link_depth += 1
                stack.append((node, False))
            stack.extend((child, True) for child in reversed(children))
        flush()
        owner_stack.clear()
        link_depth = 0
    for block in blocks:
        box = owners.get(block.owner)
        if box and box.link_chars and box.link_chars >= LINK_SHARE * box.chars:
            other = fold("".join(box.other))
            if len(other) > LINK_OTHER_MAX:
                continue
            if not other and len(block.text) >= LINKED_SENTENCE and block.text.endswith(_SENTENCE_END):
                continue  # a whole sentence of the story linked: prose, not a teaser title
            block.link_kind = "read_also" if other and READ_ALSO_ONLY.fullmatch(other) else "related"
    return blocks


def visible_text(node: LexborNode) -> str:
    """The text a reader sees in `node` (no script or style), whitespace-folded, blocks joined by a space."""
    return " ".join(block.text for block in walk_blocks([node]))
