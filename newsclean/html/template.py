"""One outlet template era applied to a parsed page: fields by selector, furniture out by selector,
the story area walked into blocks. Knows no outlet: everything comes from an `HtmlTemplate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Removed
from ..engine.classified import LABEL_FIELDS, add_unique
from ..rules import MULTI_PAGE_WARNING, HtmlTemplate, Noise
from .blocks import Block, fold, inside, outermost, visible_text, walk_blocks
from .meta import node_value, people

_LABEL_ONLY = re.compile(r"([A-Za-z][A-Za-z ]{1,20}?)\s*:?")
_LABEL_PAIR = re.compile(r"([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(.+)")


@dataclass
class TemplateResult:
    """What a template read from the page, before the text rules run over `blocks`."""

    template: HtmlTemplate
    rule_prefix: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    summary: str | None = None
    dates: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    #: People a credit box names as contributors: the authors only when no one else is.
    contributors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    captions: list[str] = field(default_factory=list)
    #: (field, text) of furniture taken out by a `Noise` that names a field (a closing sign-off).
    fields: list[tuple[str, str]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def matches(tree: LexborHTMLParser, template: HtmlTemplate) -> bool:
    """Every marker selector finds something (a template without markers never matches)."""
    return bool(template.markers) and all(tree.css_first(marker) is not None for marker in template.markers)


@cache
def alternatives(selector: str) -> tuple[str, ...]:
    """``a, b[x="1,2"], c:is(d, e)`` → its top-level alternatives, in the order written (cached: a
    template's selectors are few and fixed, and every page asks for them)."""
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for i, char in enumerate(selector):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selector[start:i].strip())
            start = i + 1
    parts.append(selector[start:].strip())
    return tuple(part for part in parts if part)


#: (selector alternative, value) of each visible element a field was read from.
Seen = list[tuple[str, str]]


def _firsts(tree: LexborHTMLParser, selector: str | None, seen: Seen | None = None) -> Iterator[str]:
    """The first non-empty value of each alternative, in the order written (a field selector is a
    priority list: ``meta[name=content_PublishedDate], .read__time``). Lazy: a caller that takes only
    the first value neither reads nor records the later alternatives."""
    for alternative in alternatives(selector) if selector else []:
        for node in tree.css(alternative):
            value = node_value(node)
            if value:
                if seen is not None and node.tag != "meta":
                    seen.append((alternative, value))
                yield value
                break


def _first_value(tree: LexborHTMLParser, selector: str | None, seen: Seen | None = None) -> str | None:
    """The first non-empty value, trying the selector's alternatives in the order written."""
    return next(_firsts(tree, selector, seen), None)


def _all_values(tree: LexborHTMLParser, selector: str | None, seen: Seen | None = None) -> list[str]:
    """Every distinct value of the first alternative that has any."""
    for alternative in alternatives(selector) if selector else []:
        out: list[str] = []
        for node in tree.css(alternative):
            value = node_value(node)
            if value and value not in out:
                out.append(value)
                if seen is not None and node.tag != "meta":
                    seen.append((alternative, value))
        if out:
            return out
    return []


def _contains_any(node: LexborNode, bodies: list[LexborNode]) -> bool:
    """`node` is a body or an ancestor of one: taking it out would take the story with it."""
    ids = {node.mem_id}
    return any(inside(body, ids) for body in bodies)


def _read_byline_box(tree: LexborHTMLParser, selector: str | None, seen: Seen | None = None) -> dict[str, list[str]]:
    """A credit box (``Penulis`` / ``Dian Reinis`` / ``Editor`` / ``Irfan Maullana``, or
    ``Penulis : Anju``) → {"authors": [...], "editor": [...], "source": [...]}."""
    found: dict[str, list[str]] = {}
    if not selector:
        return found
    for box in tree.css(selector):
        lines = [b.text for b in walk_blocks([box])]
        if lines and seen is not None:
            seen.append((selector, " ".join(lines)))
        i = 0
        while i < len(lines):
            line = lines[i]
            label_only = _LABEL_ONLY.fullmatch(line)
            if label_only and label_only.group(1).strip().lower() in LABEL_FIELDS and i + 1 < len(lines):
                name = LABEL_FIELDS[label_only.group(1).strip().lower()]
                found.setdefault(name, []).append(lines[i + 1].lstrip(" :"))
                i += 2
                continue
            for part in line.split("|"):
                pair = _LABEL_PAIR.fullmatch(part.strip())
                if pair and pair.group(1).strip().lower() in LABEL_FIELDS:
                    found.setdefault(LABEL_FIELDS[pair.group(1).strip().lower()], []).append(pair.group(2))
            i += 1
    return found


def _take_out(
    targets: list[tuple[LexborNode, str]], kind: str, rule: str, result: TemplateResult, bodies: list[LexborNode]
) -> None:
    """Remove each target (with its text, recorded in `removed`) unless it holds a story area; nested
    targets go with their outermost match (`blocks.outermost`)."""
    chosen = [targets[i] for i in outermost([node for node, _ in targets], spare=bodies)]
    for node, text in chosen:
        if text:
            result.removed.append(Removed(kind, rule, text))
        node.decompose()


def _as_noise(entry: Noise | str) -> Noise:
    return entry if isinstance(entry, Noise) else Noise(entry)


def apply_template(tree: LexborHTMLParser, template: HtmlTemplate, outlet_id: str) -> TemplateResult:
    """Read fields, take furniture out of the story area, and walk it into blocks.

    The tree is modified (furniture is removed from it). `blocks` is empty when the body selector
    finds nothing: the caller falls back to the generic cleaner.
    """
    prefix = f"{outlet_id}@{template.version}"
    result = TemplateResult(template=template, rule_prefix=prefix)
    _read_fields(tree, template, result)
    if template.pager and any(node.css_first("a") is not None for node in tree.css(template.pager)):
        result.warnings.append(MULTI_PAGE_WARNING)
    bodies = _story_areas(tree, template)
    _take_captions(tree, template, result, bodies)
    _take_noise(template, result, bodies)
    roots = bodies
    if template.paragraphs:
        roots = []
        picked: set[int] = set()
        for body in bodies:
            for node in body.css(template.paragraphs):
                if not inside(node, picked):
                    roots.append(node)
                    picked.add(node.mem_id)
    result.blocks = walk_blocks(roots, end_comment=template.body_end_comment)
    return result


def _read_fields(tree: LexborHTMLParser, template: HtmlTemplate, result: TemplateResult) -> None:
    """The template's fields into `result`, each visible element read listed in `removed`."""
    prefix = result.rule_prefix
    # Visible elements read into fields are blocks of the page moved to a field: listed in
    # `removed` like a dump's title, byline and date lines (meta tags are not blocks).
    seen: dict[str, Seen] = {"title": [], "date": [], "byline": []}
    result.title = _first_value(tree, template.title, seen["title"])
    result.summary = _first_value(tree, template.summary)
    result.dates = list(_firsts(tree, template.date, seen["date"]))  # for dates: the first that parses wins
    for value in _all_values(tree, template.authors, seen["byline"]):
        add_unique(result.authors, people(value))
    editors = [p for value in _all_values(tree, template.editor, seen["byline"]) for p in people(value)]
    result.editor = editors[0] if editors else None
    result.source = _first_value(tree, template.source, seen["byline"])
    box = _read_byline_box(tree, template.byline, seen["byline"])
    for value in box.get("authors", []) if not result.authors else []:
        add_unique(result.authors, people(value))
    for value in box.get("contributor", []):
        add_unique(result.contributors, people(value))
    if result.editor is None and box.get("editor"):
        names = people(box["editor"][0])
        result.editor = names[0] if names else None
    if result.source is None and box.get("source"):
        result.source = fold(box["source"][0]) or None
    result.tags = _all_values(tree, template.tags)
    result.section = _first_value(tree, template.section)
    for kind, entries in seen.items():
        for alternative, value in entries:
            result.removed.append(Removed(kind, f"{prefix}:{alternative}", value))


def _story_areas(tree: LexborHTMLParser, template: HtmlTemplate) -> list[LexborNode]:
    """The body selector's matches, less those nested in an earlier match (already covered)."""
    bodies: list[LexborNode] = []
    covered: set[int] = set()
    for node in tree.css(template.body):
        if not inside(node, covered):  # a match nested in an earlier one is already covered
            bodies.append(node)
            covered.add(node.mem_id)
    return bodies


def _take_captions(tree: LexborHTMLParser, template: HtmlTemplate, result: TemplateResult,
                   bodies: list[LexborNode]) -> None:
    """Captions: every match is a caption; those inside the story area also leave it."""
    prefix = result.rule_prefix
    body_ids = {b.mem_id for b in bodies}
    for selector in (template.caption, "figcaption"):
        if not selector:
            continue
        generic = selector == "figcaption"
        rule = "html:figcaption" if generic else f"{prefix}:{selector}"
        targets: list[tuple[LexborNode, str]] = []
        for node in tree.css(selector):
            in_story = bool(bodies) and inside(node, body_ids)
            if generic and not in_story:
                continue
            text = visible_text(node)
            if text and text not in result.captions:
                result.captions.append(text)
            if in_story:
                parent = node.parent
                targets.append((parent if generic and parent is not None and parent.tag == "figure" else node, text))
            elif text:
                result.removed.append(Removed("caption", rule, text))
        _take_out(targets, "caption", rule, result, bodies)


def _take_noise(template: HtmlTemplate, result: TemplateResult, bodies: list[LexborNode]) -> None:
    """The template's furniture selectors, taken out of the story area with their kinds."""
    prefix = result.rule_prefix
    for entry in template.noise:
        noise = _as_noise(entry)
        rule = f"{prefix}:{noise.selector}" + (" (parent)" if noise.parent else "")
        targets = []
        for body in bodies:
            for node in body.css(noise.selector):
                if noise.text_regex is not None and not noise.text_regex.fullmatch(visible_text(node)):
                    continue
                target = node.parent if noise.parent and node.parent is not None else node
                if target is not node and _contains_any(target, bodies):
                    target = node  # the slot sits right in the story area: take out the slot alone
                targets.append((target, visible_text(target)))
                if noise.field and targets[-1][1]:
                    result.fields.append((noise.field, targets[-1][1]))
        _take_out(targets, noise.kind, rule, result, bodies)
