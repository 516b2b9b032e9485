"""Blocks → classified: every block is kept as body, moved to a field, or removed with a kind and rule.

The same classifier serves page dumps (``mode="dump"``: a header of title, byline and date comes
before the story) and HTML bodies (``mode="body"``: the blocks are already the story area).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from .article import Removed
from .boilerplate import COMMON_RULES, COMMON_TRIMS, GENERIC_CREDITS
from .dates import parse_timestamp
from .rules import Credit, Outlet, Rule, Trim

#: After a related list starts, only blocks up to this long (time stamps, buttons) are labelled one by one.
TAIL_LABEL_MAX = 40
#: Blocks searched for the credit line that opens the story.
CREDIT_SCAN = 80
_GROUP = re.compile(r"\(\?P<\w+>")
#: Upper bounds (characters) of the block-length buckets of RuleSet; longer blocks form the last one.
_BUCKETS = (40, 80, 160, 320, 640, 1280, sys.maxsize)
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


def _max_width(pattern: str, flags: int) -> int:
    """The most characters `pattern` can match in a block (sys.maxsize when unbounded).

    Blocks are whitespace-folded, so `\\s*` and `\\s+` match one character at most there."""
    pattern = pattern.replace(r"\s*", r"\s?").replace(r"\s+", r"\s")
    try:
        return min(re._parser.parse(pattern, flags).getwidth()[1], sys.maxsize)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, fall back to "unbounded"
        return sys.maxsize


def _first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can start with; None when it could be any."""
    from re import _constants as c  # type: ignore[attr-defined]

    def of_sequence(items: list) -> tuple[set[str] | None, bool]:
        found: set[str] = set()
        for op, av in items:
            chars, nullable = of_item(op, av)
            if chars is None:
                return None, False
            found |= chars
            if not nullable:
                return found, False
        return found, True

    def of_item(op: object, av: object) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av).lower(), chr(av).upper().lower()}, False  # type: ignore[arg-type]
        if op is c.IN:
            chars: set[str] = set()
            for sub_op, sub_av in av:  # type: ignore[attr-defined]
                if sub_op is c.LITERAL:
                    chars.add(chr(sub_av).lower())
                elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 400:
                    chars |= {chr(x).lower() for x in range(sub_av[0], sub_av[1] + 1)}
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    chars |= set("0123456789")
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_SPACE:
                    chars |= set(" \t\n")
                else:
                    return None, False
            return chars, False
        if op is c.BRANCH:
            found: set[str] = set()
            nullable = False
            for branch in av[1]:  # type: ignore[index]
                chars, branch_nullable = of_sequence(branch.data)
                if chars is None:
                    return None, False
                found |= chars
                nullable = nullable or branch_nullable
            return found, nullable
        if op is c.SUBPATTERN:
            return of_sequence(av[3].data)  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            chars, nullable = of_sequence(av[2].data)  # type: ignore[index]
            return chars, nullable or av[0] == 0  # type: ignore[index]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        return None, False

    try:
        chars, _ = of_sequence(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, every rule is tried on every block
        return None
    return frozenset(chars) if chars is not None else None


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
        # Rules anchored at the block's start go into one alternation: one regex call per block.
        # Rules with a `contains` probe are tried one by one, and only when the probe finds something.
        # A long paragraph is only tried against rules that can match that many characters
        # (their regex's maximum width, or max_len): one alternation per length bucket.
        self._probing: list[tuple[int, Rule]] = []
        anchored: list[tuple[int, Rule, int]] = []
        for i, rule in enumerate(self.rules):
            if rule.probed:
                self._probing.append((i, rule))
            else:
                width = _max_width(rule.pattern, rule.flags)
                anchored.append((i, rule, min(width, rule.max_len or width)))
        # ...and only against rules that can start with the block's first character.
        self._anchored = [(i, rule, limit, _first_chars(rule.pattern, rule.flags)) for i, rule, limit in anchored]
        self._compiled: dict[tuple[int, str], re.Pattern[str]] = {}

    def _combined(self, bucket: int, first: str) -> re.Pattern[str]:
        """The alternation of anchored rules that fit block-length bucket `bucket` and first char `first`."""
        key = (bucket, first)
        combined = self._compiled.get(key)
        if combined is None:
            lower = _BUCKETS[bucket - 1] if bucket else 0
            alternatives = [
                f"(?P<r{i}>{'(?i:' if rule.flags & re.IGNORECASE else '(?:'}{_GROUP.sub('(?:', rule.pattern)}))"
                for i, rule, limit, chars in self._anchored
                if limit > lower and (chars is None or first in chars)
            ]
            combined = self._compiled[key] = re.compile("|".join(alternatives) or "(?!)")
        return combined

    def _anchored_hit(self, text: str) -> int:
        """Index of the first anchored rule whose pattern matches the whole block, or len(rules)."""
        hit = self._combined(bisect_left(_BUCKETS, len(text)), text[:1].lower()).fullmatch(text)
        return int(hit.lastgroup[1:]) if hit and hit.lastgroup else len(self.rules)

    @staticmethod
    def _try(rule: Rule, text: str, zone: str) -> re.Match[str] | None:
        if rule.max_len is not None and len(text) > rule.max_len:
            return None
        if rule.where != "any" and rule.where != zone:
            return None
        if not rule.probe(text):
            return None
        return rule.regex.fullmatch(text)

    def for_document(self, blocks: list[str]) -> DocumentRules:
        """This rule set bound to one document, with each probed rule's candidate blocks found once."""
        return DocumentRules(self, blocks)

    def match(self, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (in declaration order) that matches the whole block and may apply in `zone`."""
        first = self._anchored_hit(text)
        for i, rule in self._probing:
            if i >= first:
                break
            m = self._try(rule, text, zone)
            if m:
                return rule, m
        return self.match_from(first, text, zone)

    def match_from(self, first: int, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule from index `first` on that matches (the slow path: one rule at a time)."""
        for rule in self.rules[first:]:
            m = self._try(rule, text, zone)
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


class DocumentRules:
    """A RuleSet bound to one document's blocks.

    Probed rules (`contains` / `endings`) are located once for the whole document: literals with
    `str.find` over the joined text, endings with one `endswith` per block. Each block then tries
    only the probed rules that can match it, which keeps the per-block cost to one regex call.
    """

    def __init__(self, rules: RuleSet, blocks: list[str]) -> None:
        self.rules = rules
        self.blocks = blocks
        # keyed by text: a block's rule depends on its text alone (probes look at content), so a
        # dump that repeats blocks (feeds, concatenated pages) asks the rules once per distinct block
        self._memo: dict[tuple[str, str], tuple[Rule, re.Match[str]] | None] = {}
        self.trims = rules.trims
        self.credit = rules.credit
        self.strip_title = rules.strip_title
        joined = "\n".join(blocks)
        starts: list[int] = []
        offset = 0
        for block in blocks:
            starts.append(offset)
            offset += len(block) + 1
        self._live: list[tuple[int, Rule, set[int]]] = []
        for i, rule in rules._probing:
            if rule.contains:
                where: set[int] = set()
                for word in rule.contains:
                    pos = joined.find(word)
                    while pos != -1:
                        where.add(bisect_right(starts, pos) - 1)
                        pos = joined.find(word, pos + len(word))
            else:
                where = set(range(len(blocks)))
            if rule.endings:
                where = {b for b in where if blocks[b].rstrip(". ").endswith(rule.endings)}
            if where:
                self._live.append((i, rule, where))

    def match(self, index: int, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        """RuleSet.match for block `index` of the document (whose text may since have been trimmed)."""
        if text is not self.blocks[index]:
            return self._match(index, text, zone)
        key = (text, zone)
        if key not in self._memo:
            self._memo[key] = self._match(index, text, zone)
        return self._memo[key]

    def _match(self, index: int, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        rules = self.rules
        first = rules._anchored_hit(text)
        for i, rule, where in self._live:
            if i >= first:
                break
            if index in where:
                m = rules._try(rule, text, zone)
                if m:
                    return rule, m
        if first < len(rules.rules):
            return rules.match_from(first, text, zone)
        return None


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


def _find_story_start(blocks: list[str], rules: DocumentRules) -> tuple[int, tuple[Credit, re.Match[str]] | None]:
    """Index of the first story block and its credit line: the credit line if there is one near the
    top, else the first block of prose no rule claims."""
    for i, text in enumerate(blocks[:CREDIT_SCAN]):
        if rules.match(i, text, "header"):
            continue
        credit = rules.credit(text)
        if credit:
            # amp pages print the lead (credit line included), the title, then the lead again:
            # the story starts at the repeat, and the first print is header furniture
            for j in range(i + 1, min(len(blocks), i + 12)):
                if blocks[j] == text:
                    return j, credit
                if is_prose(blocks[j]) and not rules.match(j, blocks[j], "header"):
                    break  # story prose in between: this is not a lead printed twice
            return i, credit
    for i, text in enumerate(blocks):
        if is_prose(text) and not rules.match(i, text, "body"):
            # a credit line far down (after a long ticker or a run of links) still opens the story
            return i, rules.credit(text)
    return len(blocks), None


def _take_names_before(
    out: Classified, pending: list[int], rule: Rule, label: str, title_key: str | None
) -> str | None:
    """Move the name lines recorded at `pending` to the field of the role `label` that follows them
    (``Penulis`` → authors, ``Editor`` → editor, ``Tim Redaksi`` → authors); return the title key,
    reset when the line taken for the title was in fact a name."""
    field_name = _LABEL_FIELD.get(label.rstrip(" :").lower(), "authors")
    for index in pending:
        taken = out.removed[index]
        if taken.rule == "headline":
            out.title, title_key = None, None
        out.removed[index] = Removed(rule.kind, rule.name, taken.text)
        out.set_field(field_name, taken.text.rstrip(","))
    return title_key


def classify(blocks: list[str], rules: RuleSet, *, mode: str = "dump") -> Classified:
    """Decide every block. `blocks` are non-empty, whitespace-folded strings."""
    out = Classified()
    n = len(blocks)
    doc = rules.for_document(blocks)
    if mode == "dump":
        start, credit = _find_story_start(blocks, doc)
    else:
        start, credit = 0, None
        for i, text in enumerate(blocks[:3]):
            credit = rules.credit(text)
            if credit:
                start = i
                break
    title_key: str | None = None
    seen_paragraphs: set[str] = set()
    # the lead as printed at the story's start, with and without its credit line: a header block
    # equal to it is the lead printed twice (amp pages), not a caption
    leads: set[str] = set()
    if start < n:
        leads.add(blocks[start])
        if credit:
            leads.add(blocks[start][credit[1].end():].lstrip(" -–—.,"))
    # removed-list indexes of name-like header lines right before a bare role label ("Penulis")
    pending_names: list[int] = []
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
        if zone == "tail" and len(text) > TAIL_LABEL_MAX:
            matched = None  # a teaser title or description of the list: no need to ask every rule
        else:
            matched = doc.match(i, text, "body" if zone == "tail" else zone)
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
                if name == "date" and zone == "body" and out.paragraphs:
                    continue  # a date line inside the story is furniture, never the publication time
                out.set_field(name, value)
            if rule.kind == "byline" and not groups:
                out.set_byline(text)
                if zone == "header" and not rule.then_value and pending_names and not _LABEL_VALUE.search(text):
                    # a bare role label printed under its value ("Goklas Wisely" / "Penulis")
                    title_key = _take_names_before(out, pending_names, rule, text, title_key)
            pending_names.clear()
            if rule.then_value and i + 1 < n and i + 1 != start and is_name_like(blocks[i + 1]):
                label = text.rstrip(" :").lower()
                out.set_field(_LABEL_FIELD.get(label, "authors"), blocks[i + 1])
                out.removed.append(Removed(rule.kind, rule.name, blocks[i + 1]))
                skip_until = i + 1
            for j in range(i + 1, min(n, i + 1 + rule.then_drop)):
                if j == start or not is_headline_like(blocks[j]) or doc.match(j, blocks[j], zone):
                    break
                out.removed.append(Removed(rule.kind, rule.name, blocks[j]))
                skip_until = j
            continue
        if zone == "header":
            stripped = doc.strip_title(text)
            key = stripped.casefold()
            if text in leads:
                out.removed.append(Removed("other", "lead_repeated", text))
                pending_names.clear()
            elif title_key is None and mode == "dump" and is_headline_like(stripped):
                out.title, title_key = stripped, key
                out.removed.append(Removed("title", "headline", text))
                # a short name-like "title" followed by a role label ("Penulis") was a name after all
                pending_names[:] = [len(out.removed) - 1] if is_name_like(text) and len(text.split()) <= 4 else []
            elif key == title_key:
                out.removed.append(Removed("title", "headline_repeated", text))
                pending_names.clear()
            elif is_prose(text) or len(text) > 120:
                out.set_field("caption", text)
                out.removed.append(Removed("caption", "caption_before_story", text))
                pending_names.clear()
            else:
                out.removed.append(Removed("other", "header_furniture", text))
                if is_name_like(text.rstrip(",")):
                    pending_names.append(len(out.removed) - 1)
                else:
                    pending_names.clear()
            continue
        # body zone, no rule matched
        if (title_key is not None and len(text) < 300 and text[:20].casefold() == title_key[:20]
                and doc.strip_title(text).casefold() == title_key):
            out.removed.append(Removed("title", "headline_repeated", text))
            continue
        for trim in doc.trims:
            m2 = trim.regex.search(text) if trim.probe(text) else None
            if m2:
                out.removed.append(Removed(trim.kind, trim.name, text[m2.start():].strip()))
                text = text[: m2.start()].rstrip()
        if not text:
            continue
        if i != start and text in leads:  # the lead again, credit line and all (a page printed twice)
            out.removed.append(Removed("other", "lead_repeated", text))
            continue
        if text in out.captions:  # a caption printed again inside the story ("Perbesar" pages)
            out.removed.append(Removed("caption", "caption_repeated", text))
            continue
        if text in seen_paragraphs:
            out.removed.append(Removed("other", "paragraph_repeated", text))
            continue
        seen_paragraphs.add(text)
        out.paragraphs.append(text)
    return out
