"""Blocks → classified: every block is kept as body, moved to a field, or removed with a kind and rule.

The same classifier serves page dumps (``mode="dump"``: a header of title, byline and date comes
before the story) and HTML bodies (``mode="body"``: the blocks are already the story area).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .article import Removed
from .boilerplate import COMMON_RULES, COMMON_TRIMS, GENERIC_CREDITS
from .dates import parse_timestamp
from .rules import Credit, Outlet, Rule, Trim

#: Blocks searched for the credit line that opens the story.
CREDIT_SCAN = 80
_GROUP = re.compile(r"\(\?P<\w+>")
_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ')')
_SPLIT_PEOPLE = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*")
_LABEL_FIELD = {
    "reporter": "authors", "penulis": "authors", "pewarta": "authors", "kontributor": "authors",
    "wartawan": "authors", "oleh": "authors", "writer": "authors", "author": "authors",
    "laporan wartawan": "authors",
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "sumber": "source", "source": "source",
}
_LABEL_VALUE = re.compile(r"([A-Za-z ]+?)\s*:\s*([^|]*)")
GENERIC_TITLE_SUFFIX = re.compile(
    r"\s*(?:[-|–—]\s*(?:[\w ]{0,30}\b)?(?:Kompas\.com|KOMPAS\.com|Tempo\.co|TEMPO\.CO|Kontan|KONTAN|VOI|voi\.id"
    r"|Intisari(?:-Online\.com)?|Grid\.ID|CNN Indonesia|detikNews|detik\w*|Republika(?: Online)?|Okezone"
    r"|Liputan6\.com|Tribunnews\.com|SINDOnews|merdeka\.com|Kumparan|ANTARA News|Bisnis\.com)[\w. ]{0,20})+$"
)


def is_headline_like(text: str) -> bool:
    """Short, one line, more than one word, not ending like a sentence: a title or subheading."""
    return 8 <= len(text) <= 250 and " " in text and not text.endswith((".", ",", ";"))


def is_name_like(text: str) -> bool:
    """Could be a person's or an outlet's name: short, a few words, no sentence punctuation."""
    words = text.split()
    return (
        0 < len(text) <= 80 and len(words) <= 8 and not text.endswith((".", ",", ":", "?", "!"))
        and ":" not in text and text[0].isalpha() and parse_timestamp(text) is None
    )


def is_prose(text: str) -> bool:
    """A sentence or more: what a story paragraph (or a caption) looks like."""
    return len(text) >= 200 or (len(text) >= 60 and text.endswith(_SENTENCE_END))


def split_people(value: str) -> list[str]:
    """``Andi, Budi dan Citra`` → three names; a bare role or empty value → none."""
    names = []
    for part in _SPLIT_PEOPLE.split(value):
        part = part.strip(" .|-–—()")
        if part and part.lower() not in _LABEL_FIELD:
            names.append(part)
    return names


class RuleSet:
    """An outlet's rules (or the generic ones) compiled for one regex call per block."""

    def __init__(self, outlet: Outlet | None) -> None:
        self.outlet = outlet
        own_rules = outlet.rules if outlet else ()
        self.rules: tuple[Rule, ...] = own_rules + COMMON_RULES
        self.trims: tuple[Trim, ...] = (outlet.trims if outlet else ()) + COMMON_TRIMS
        self.credits: tuple[Credit, ...] = (outlet.credits if outlet else ()) + GENERIC_CREDITS
        self.title_suffix = re.compile(outlet.title_suffix) if outlet and outlet.title_suffix else None
        alternatives = []
        for i, rule in enumerate(self.rules):
            inline = "(?i:" if rule.flags & re.IGNORECASE else "(?:"
            alternatives.append(f"(?P<r{i}>{inline}{_GROUP.sub('(?:', rule.pattern)}))")
        self._combined = re.compile("|".join(alternatives))

    def match(self, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (in order) that matches the whole block and may apply in `zone`."""
        hit = self._combined.fullmatch(text)
        if not hit or hit.lastgroup is None:
            return None
        start = int(hit.lastgroup[1:])
        for rule in self.rules[start:]:
            if rule.max_len is not None and len(text) > rule.max_len:
                continue
            if rule.where != "any" and rule.where != zone:
                continue
            m = rule.regex.fullmatch(text)
            if m:
                return rule, m
        return None

    def credit(self, text: str) -> tuple[Credit, re.Match[str]] | None:
        for credit in self.credits:
            m = credit.regex.match(text)
            if m and m.end() < len(text):
                return credit, m
        return None

    def strip_title(self, title: str) -> str:
        if self.title_suffix:
            title = self.title_suffix.sub("", title)
        return GENERIC_TITLE_SUFFIX.sub("", title).strip()


@cache
def ruleset_for(outlet: Outlet | None) -> RuleSet:
    return RuleSet(outlet)


@dataclass
class Classified:
    """What the classifier decided; `newsclean.assemble` turns it into an `Article`."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    credit_found: bool = False

    def set_field(self, name: str, value: str) -> None:
        value = value.strip(" |-–—")
        if not value:
            return
        if name == "authors":
            for person in split_people(value):
                if person not in self.authors:
                    self.authors.append(person)
        elif name == "date":
            if self.published is None:
                parsed = parse_timestamp(value)
                if parsed:
                    self.published = parsed
                else:
                    self.warnings.append(f"could not parse timestamp {value[:80]!r}")
        elif name == "caption":
            if value not in self.captions:
                self.captions.append(value)
        elif name == "title":
            if self.title is None:
                self.title = value
        elif getattr(self, name) is None:
            setattr(self, name, value)

    def set_byline(self, text: str) -> None:
        """``Reporter: A | Editor: B`` → authors and editor (labels the rules declare)."""
        for label, value in _LABEL_VALUE.findall(text):
            name = _LABEL_FIELD.get(label.strip().lower())
            if name:
                self.set_field(name, value)


def _find_story_start(blocks: list[str], rules: RuleSet) -> tuple[int, tuple[Credit, re.Match[str]] | None]:
    """Index of the first story block and its credit line: the credit line if there is one near the
    top, else the first block of prose no rule claims."""
    for i, text in enumerate(blocks[:CREDIT_SCAN]):
        if rules.match(text, "header"):
            continue
        credit = rules.credit(text)
        if credit:
            return i, credit
    for i, text in enumerate(blocks):
        if is_prose(text) and not rules.match(text, "body"):
            return i, None
    return len(blocks), None


def classify(blocks: list[str], rules: RuleSet, *, mode: str = "dump") -> Classified:
    """Decide every block. `blocks` are non-empty, whitespace-folded strings."""
    out = Classified()
    n = len(blocks)
    if mode == "dump":
        start, credit = _find_story_start(blocks, rules)
    else:
        start, credit = 0, None
        for i, text in enumerate(blocks[:3]):
            credit = rules.credit(text)
            if credit:
                start = i
                break
    title_key: str | None = None
    seen_paragraphs: set[str] = set()
    zone = "header" if start > 0 else "body"
    tail_rule = ""
    skip_until = -1
    for i, text in enumerate(blocks):
        if i <= skip_until:
            continue
        if i == start:
            zone = "body"
            if credit:
                cred, m = credit
                out.credit_found = True
                out.removed.append(Removed("credit", cred.name, text[: m.end()].strip()))
                if m.groupdict().get("city"):
                    out.dateline = m.group("city").strip(" ,.")
                text = text[m.end():].lstrip(" -–—.,")
                if not text:
                    continue
        matched = rules.match(text, "body" if zone == "tail" else zone)
        if zone == "tail" and not matched:
            out.removed.append(Removed("related", tail_rule, text))
            continue
        if matched:
            rule, m = matched
            if rule.starts_tail and zone == "body":
                zone, tail_rule = "tail", f"after:{rule.name}"
            out.removed.append(Removed(rule.kind, rule.name, text))
            if zone == "tail":
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            for name, value in groups.items():
                out.set_field(name, value)
            if rule.kind == "byline" and not groups:
                out.set_byline(text)
            if rule.then_value and i + 1 < n and i + 1 != start and is_name_like(blocks[i + 1]):
                label = text.rstrip(" :").lower()
                out.set_field(_LABEL_FIELD.get(label, "authors"), blocks[i + 1])
                out.removed.append(Removed(rule.kind, rule.name, blocks[i + 1]))
                skip_until = i + 1
            for j in range(i + 1, min(n, i + 1 + rule.then_drop)):
                if j == start or not is_headline_like(blocks[j]) or rules.match(blocks[j], zone):
                    break
                out.removed.append(Removed(rule.kind, rule.name, blocks[j]))
                skip_until = j
            continue
        if zone == "header":
            stripped = rules.strip_title(text)
            key = stripped.casefold()
            if title_key is None and mode == "dump" and is_headline_like(stripped):
                out.title, title_key = stripped, key
                out.removed.append(Removed("title", "headline", text))
            elif key == title_key:
                out.removed.append(Removed("title", "headline_repeated", text))
            elif is_prose(text) or len(text) > 120:
                out.set_field("caption", text)
                out.removed.append(Removed("caption", "caption_before_story", text))
            else:
                out.removed.append(Removed("other", "header_furniture", text))
            continue
        # body zone, no rule matched
        if title_key is not None and rules.strip_title(text).casefold() == title_key:
            out.removed.append(Removed("title", "headline_repeated", text))
            continue
        for trim in rules.trims:
            m2 = trim.regex.search(text)
            if m2:
                out.removed.append(Removed(trim.kind, trim.name, text[m2.start():].strip()))
                text = text[: m2.start()].rstrip()
        if not text:
            continue
        if text in seen_paragraphs:
            out.removed.append(Removed("other", "paragraph_repeated", text))
            continue
        seen_paragraphs.add(text)
        out.paragraphs.append(text)
    return out
