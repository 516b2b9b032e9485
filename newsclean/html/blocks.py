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

#: A line that ends so ends its paragraph; one that does not, followed by a lower-case word, was wrapped.
_ENDS_SENTENCE = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ")", "]")
_STARTS_LOWER = re.compile(r"[a-z]")


def runs_on(previous: str, line: str) -> bool:
    """`line` continues `previous` across a single line break: `previous` stops mid-sentence and `line`
    opens with a lower-case word (a story hard-wrapped in its source, or a ``<br>`` mid-sentence)."""
    return not previous.endswith(_ENDS_SENTENCE) and _STARTS_LOWER.match(line) is not None


@dataclass(slots=True)
class Block:
    """One line of text and where it came from."""

    text: str
    owner: int  # mem_id of the nearest block-level element
    link_kind: str | None = None  # "read_also" / "related" when the owner is a link block


class _Owner:
    """A block-level element being walked: its text (link text apart) and the blocks it ends up owning."""

    __slots__ = ("mem_id", "chars", "link_chars", "other", "blocks")

    def __init__(self, mem_id: int) -> None:
        self.mem_id = mem_id
        self.chars = 0
        self.link_chars = 0
        self.other: list[str] = []
        self.blocks: list[Block] = []

    def mark_link_blocks(self) -> None:
        """Once the element is closed its link share is known: its blocks are link blocks or prose."""
        if not self.link_chars or self.link_chars < LINK_SHARE * self.chars:
            return
        other = fold("".join(self.other))
        if len(other) > LINK_OTHER_MAX:
            return
        kind = "read_also" if other and READ_ALSO_ONLY.fullmatch(other) else "related"
        for block in self.blocks:
            if not other and len(block.text) >= LINKED_SENTENCE and block.text.endswith(_SENTENCE_END):
                continue  # a whole sentence of the story linked: prose, not a teaser title
            block.link_kind = kind


class _Walk:
    """One walk over story areas. It follows the DOM's child/next pointers, so what it holds at a time
    is the path from the root (its open block elements and links), not every sibling of a huge story;
    an element's link share is settled when the element closes."""

    def __init__(self, end_comment: str | None) -> None:
        self.end_comment = end_comment
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.owners: list[_Owner] = []
        self.link_depth = 0
        self.ended = False
        # the last block ended at a single <br>: the next one may be the same sentence going on
        self.after_break = False

    def flush(self, *, at_break: bool = False) -> None:
        text = fold("".join(self.buffer)) if self.buffer else ""
        self.buffer.clear()
        if not text:
            if at_break:
                self.after_break = False  # a second <br> in a row: a paragraph break
            return
        owner = self.owners[-1] if self.owners else None
        owner_id = owner.mem_id if owner else 0
        last = self.blocks[-1] if self.blocks else None
        if self.after_break and last is not None and last.owner == owner_id and runs_on(last.text, text):
            last.text += " " + text  # one <br> mid-sentence: a wrapped line, not a new paragraph
        else:
            block = Block(text, owner_id)
            self.blocks.append(block)
            if owner is not None:
                owner.blocks.append(block)
        self.after_break = at_break

    def close_owner(self) -> None:
        self.flush()
        self.owners.pop().mark_link_blocks()

    def root(self, root: LexborNode) -> None:
        self.owners.append(_Owner(root.mem_id))
        path: list[LexborNode] = []  # open elements between the root and the current node
        node = root.child
        while node is not None and not self.ended:
            if self.enter(node) and node.child is not None:
                path.append(node)
                node = node.child
                continue
            while node is not None:  # the node is done: its next sibling, or close its parents
                following = node.next
                if following is not None:
                    node = following
                    break
                node = path.pop() if path else None
                if node is not None:
                    self.leave(node)
        self.flush()
        while self.owners:  # (the root, and any elements an end comment left open)
            self.close_owner()
        self.link_depth = 0

    def enter(self, node: LexborNode) -> bool:
        """Read `node` on the way in; True when its children are to be walked (then `leave` closes it)."""
        tag = node.tag
        if tag == "-text":
            self.text(node.text_content)
            return False
        if tag == "-comment":
            if self.end_comment and self.end_comment in (node.comment_content or ""):
                self.ended = True
            return False
        if tag in SKIP_TAGS or tag is None or tag.startswith("-"):
            return False
        if tag == "br":
            self.flush(at_break=True)
            return False
        if tag in BLOCK_TAGS:
            self.flush()
            self.owners.append(_Owner(node.mem_id))
        elif tag == "a":
            self.link_depth += 1
        if node.child is None:
            self.leave(node)
            return False
        return True

    def leave(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "a":
            self.link_depth -= 1
        elif tag in BLOCK_TAGS:
            self.close_owner()

    def text(self, text: str | None) -> None:
        if not text:
            return
        self.buffer.append(text)
        stripped = len(text.strip())
        if stripped and self.owners:
            owner = self.owners[-1]
            owner.chars += stripped
            if self.link_depth:
                owner.link_chars += stripped
            else:
                owner.other.append(text)


def walk_blocks(roots: list[LexborNode], *, end_comment: str | None = None) -> list[Block]:
    """Blocks of every root in order. Iterative (deeply nested markup must not hit the recursion
    limit). With `end_comment`, the walk stops at the first HTML comment containing that text."""
    walk = _Walk(end_comment)
    for root in roots:
        if walk.ended:
            break
        walk.root(root)
    return walk.blocks


def inside(node: LexborNode, ids: set[int]) -> bool:
    """`node` is one of `ids` (``mem_id``) or a descendant of one."""
    current: LexborNode | None = node
    depth = 0
    while current is not None and depth < 10_000:
        if current.mem_id in ids:
            return True
        current = current.parent
        depth += 1
    return False


def outermost(nodes: list[LexborNode], *, spare: list[LexborNode] | None = None) -> list[int]:
    """Indexes of the `nodes` to take out of the tree: each once, none nested in another of them (the
    outer one goes with it), none holding one of `spare` (a story area). Decide everything before the
    first ``decompose()``: a removed node's memory is freed and must not be touched again."""
    ids = {node.mem_id for node in nodes}
    chosen: list[int] = []
    seen: set[int] = set()
    for index, node in enumerate(nodes):
        if node.mem_id in seen or any(inside(area, {node.mem_id}) for area in spare or ()):
            continue
        parent = node.parent
        if parent is not None and inside(parent, ids):
            continue
        chosen.append(index)
        seen.add(node.mem_id)
    return chosen


def visible_text(node: LexborNode) -> str:
    """The text a reader sees in `node` (no script or style), whitespace-folded, blocks joined by a space."""
    return " ".join(block.text for block in walk_blocks([node]))
