"""Blocks → classified: every block is kept as body, moved to a field, or removed with a kind and rule.

The same classifier serves page dumps (``mode="dump"``: a header of title, byline and date comes
before the story) and HTML bodies (``mode="body"``: the blocks are already the story area).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Removed
from ..dates import find_timestamp, parse_timestamp
from ..rules import Credit, Rule
from .ruleset import Matched, RuleSet

#: After a related list starts, only blocks up to this long (time stamps, buttons) are labelled one by one.
TAIL_LABEL_MAX = 40
#: Blocks looked at after a related-list label to tell a list from the story going on after it.
LIST_LOOKAHEAD = 6
#: Blocks searched for the credit line that opens the story.
CREDIT_SCAN = 80
#: Blocks searched for the line printed under the headline, and the prose blocks (a columnist's bio)
#: that may stand above it.
HEADLINE_SCAN = 30
HEADER_PROSE_MAX = 2
_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ')')
_SPLIT_PEOPLE = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*")
#: Byline labels (lower-case) and the field their value fills.
LABEL_FIELDS = {
    "reporter": "authors", "penulis": "authors", "pewarta": "authors", "kontributor": "authors",
    "wartawan": "authors", "oleh": "authors", "writer": "authors", "author": "authors",
    "laporan wartawan": "authors",
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "sumber": "source", "source": "source",
}
_LABEL_VALUE = re.compile(r"([A-Za-z ]+?)\s*:\s*([^|]*)")
#: Punctuation standing apart at a value's end ("Noverius Laoli ." , "Reuters ,").
_LOOSE_END = re.compile(r"(?:\s+[.,;:]+)+$")


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
        if part and part.lower() not in LABEL_FIELDS:
            names.append(part)
    return names


class _DocumentMatcher:
    """`RuleSet.match` for one document's blocks, asked once per distinct block and zone: a dump that
    repeats blocks (feeds, concatenated pages) does not ask the rules again."""

    def __init__(self, rules: RuleSet) -> None:
        self._rules = rules
        self._memo: dict[tuple[str, str], Matched | None] = {}

    def __call__(self, text: str, zone: str) -> Matched | None:
        key = (zone, text)
        if key in self._memo:
            return self._memo[key]
        found = self._memo[key] = self._rules.match(text, zone)
        return found


@dataclass
class Classified:
    """What the classifier decided; `newsclean.engine.assemble` turns it into an `Article`."""

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
            stamp = find_timestamp(value)  # (it answers text without a year 19xx/20xx without a regex)
            if stamp:  # "Oleh: Dimas Pratama - 12 November 2025": the date is the page's, not a name
                if self.published is None:
                    self.published = stamp[0]
                value = value[: stamp[1]].strip(" ,|-–—")
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
            # "Editor: Noverius Laoli ." : punctuation standing apart after the name is not part of it
            setattr(self, name, _LOOSE_END.sub("", value) or value)

    def set_byline(self, text: str) -> None:
        """``Reporter: A | Editor: B`` → authors and editor (labels the rules declare)."""
        for label, value in _LABEL_VALUE.findall(text):
            name = LABEL_FIELDS.get(label.strip().lower())
            if name:
                self.set_field(name, value)


def _story_goes_on(blocks: list[str], i: int, match: _DocumentMatcher) -> bool:
    """Whether the story resumes after the related-list label at `i` (an inline ``Artikel lainnya:``
    over a link title or two) instead of a list following it: a long paragraph, or two paragraphs in
    a row (a list alternates titles and teasers), before any list furniture (``2 jam lalu``)."""
    n = len(blocks)
    for j in range(i + 1, min(n, i + 1 + LIST_LOOKAHEAD)):
        matched = match(blocks[j], "body")
        if matched:
            if matched[0].kind == "related":
                return False
            continue
        if is_prose(blocks[j]) and (len(blocks[j]) >= 200 or (
                j + 1 < n and is_prose(blocks[j + 1]) and not match(blocks[j + 1], "body"))):
            return True
    return False


_CreditMatch = tuple[Credit, re.Match[str]]


def _find_story_start(
    blocks: list[str], rules: RuleSet, match: _DocumentMatcher
) -> tuple[int, _CreditMatch | None, int]:
    """Index of the first story block and its credit line: the credit line if there is one near the
    top, else the first block of prose no rule claims. The third value is the index of a credit line
    standing alone over the lead (``Jakarta -``), else -1."""
    for i, text in enumerate(blocks[:CREDIT_SCAN]):
        if match(text, "header"):
            continue
        credit = rules.credit(text)
        if credit is None and i + 1 < len(blocks) and rules.bare_credit(text) and is_prose(blocks[i + 1]):
            return i + 1, None, i
        if credit:
            # amp pages print the lead (credit line included), the title, then the lead again:
            # the story starts at the repeat, and the first print is header furniture
            for j in range(i + 1, min(len(blocks), i + 12)):
                if blocks[j] == text:
                    return j, credit, -1
                if is_prose(blocks[j]) and not match(blocks[j], "header"):
                    break  # story prose in between: this is not a lead printed twice
            return i, credit, -1
    for i in range(_below_headline(blocks, match), len(blocks)):
        text = blocks[i]
        if is_prose(text) and not match(text, "body"):
            # a credit line far down (after a long ticker or a run of links) still opens the story
            return i, rules.credit(text), -1
    return len(blocks), None, -1


def _below_headline(blocks: list[str], match: _DocumentMatcher) -> int:
    """Index of the first block after the one printed right under the headline (a rule's
    `under_headline`), 0 when there is none near the top: the story never starts above it, whatever
    prose (a columnist's bio) stands there."""
    prose = 0
    for i, text in enumerate(blocks[:HEADLINE_SCAN]):
        matched = match(text, "header")
        if matched and matched[0].under_headline:
            return i + 1
        if not matched and is_prose(text):
            prose += 1
            if prose > HEADER_PROSE_MAX:
                break  # story paragraphs already: a date line further down is not the headline's
    return 0


def _take_names_before(
    out: Classified, pending: list[int], rule: Rule, label: str, title_key: str | None
) -> str | None:
    """Move the name lines recorded at `pending` to the field of the role `label` that follows them
    (``Penulis`` → authors, ``Editor`` → editor, ``Tim Redaksi`` → authors); return the title key,
    reset when the line taken for the title was in fact a name."""
    field_name = LABEL_FIELDS.get(label.rstrip(" :").lower(), "authors")
    for index in pending:
        taken = out.removed[index]
        if taken.rule == "headline":
            out.title, title_key = None, None
        out.removed[index] = Removed(rule.kind, rule.name, taken.text)
        out.set_field(field_name, taken.text.rstrip(","))
    return title_key


def classify(blocks: list[str], rules: RuleSet, *, mode: str = "dump") -> Classified:
    """Decide every block. `blocks` are non-empty, whitespace-folded strings."""
    return _Pass(blocks, rules, mode).run()


class _Pass:
    """One pass over a document's blocks, with what it carries from block to block: the zone (header,
    body, tail), the title found, the lead, name lines waiting for their role label."""

    def __init__(self, blocks: list[str], rules: RuleSet, mode: str) -> None:
        self.blocks, self.rules, self.mode = blocks, rules, mode
        self.out = Classified()
        self.match = _DocumentMatcher(rules)
        # a credit line printed as a block of its own over the lead: its index, else -1
        self.bare_credit = -1
        if mode == "dump":
            self.start, self.credit, self.bare_credit = _find_story_start(blocks, rules, self.match)
        else:
            self.start, self.credit = 0, None
            for i, text in enumerate(blocks[:3]):
                self.credit = rules.credit(text)
                if self.credit:
                    self.start = i
                    break
                if i + 1 < len(blocks) and rules.bare_credit(text):
                    self.start, self.bare_credit = i + 1, i
                    break
        self.title_key: str | None = None
        self.seen_paragraphs: set[str] = set()
        # the lead as printed at the story's start, with and without its credit line: a header block
        # equal to it is the lead printed twice (amp pages), not a caption
        self.leads: set[str] = set()
        if self.start < len(blocks):
            self.leads.add(blocks[self.start])
            if self.credit:
                self.leads.add(blocks[self.start][self.credit[1].end():].lstrip(" -–—.,"))
        # removed-list indexes of name-like header lines right before a bare role label ("Penulis")
        self.pending_names: list[int] = []
        # removed-list indexes of the header blocks no rule claimed since the last one a rule claimed
        self.unclaimed: list[int] = []
        # a columnist's name from the writer's box over the headline (`Rule.under_headline`)
        self.writer: str | None = None
        self.zone = "header" if self.start > 0 else "body"
        self.tail_rule = ""
        # the story was signed off (closing initials): later blocks still go through every rule
        self.signed_off = False
        self.skip_until = -1

    def run(self) -> Classified:
        out = self.out
        for i, text in enumerate(self.blocks):
            if i <= self.skip_until:
                continue
            if i == self.bare_credit:
                bare = self.rules.bare_credit(text)
                if bare:
                    self._take_credit(text, bare)
                    continue
            if i == self.start:
                self.zone = "body"
                if self.credit:
                    text = self._take_credit(text, self.credit)
                    if not text:
                        continue
            zone = self.zone
            if zone == "tail" and len(text) > TAIL_LABEL_MAX and not self.signed_off:
                matched = None  # a teaser title or description of the list: no need to ask every rule
            else:
                matched = self.match(text, "body" if zone == "tail" else zone)
            if zone == "tail" and not matched:
                out.removed.append(Removed("related", self.tail_rule, text))
            elif matched:
                self._apply_rule(i, text, matched)
            elif zone == "header":
                self._header_block(text)
            else:
                self._body_block(i, text)
        if not out.authors and self.writer:
            out.set_field("authors", self.writer)  # the columnist, when the page names no other writer
        return out

    def _take_credit(self, text: str, credit: tuple[Credit, re.Match[str]]) -> str:
        """The story's first block without its credit line, which is recorded (and its dateline)."""
        cred, m = credit
        self.out.credit_found = True
        self.out.removed.append(Removed("credit", cred.name, text[: m.end()].strip()))
        if m.groupdict().get("city"):
            self.out.dateline = m.group("city").strip(" ,.")
        return text[m.end():].lstrip(" -–—.,")

    def _apply_rule(self, i: int, text: str, matched: Matched) -> None:
        """A block some rule claims: removed with its kind, its groups moved to fields, and what the rule
        says of the blocks after it (the story is over; a label's value; teaser titles to drop)."""
        out, blocks, zone = self.out, self.blocks, self.zone
        rule, groups = matched
        drop = rule.then_drop
        if rule.closes_story and zone == "body":
            self.zone, self.tail_rule, self.signed_off = "tail", f"after:{rule.name}", True
        elif rule.starts_tail and zone == "body":
            if rule.kind == "related" and _story_goes_on(blocks, i, self.match):
                drop = 3  # an inline list label: its link titles go, the story goes on
            else:
                self.zone, self.tail_rule = "tail", f"after:{rule.name}"
        elif rule.starts_tail and self.signed_off:
            self.tail_rule = f"after:{rule.name}"  # (the list after a sign-off: its items are the list's)
        out.removed.append(Removed(rule.kind, rule.name, text))
        if rule.warning and rule.warning not in out.warnings:
            out.warnings.append(rule.warning)
        if self.zone == "tail":
            return
        # (most rules have no groups)
        values: dict[str, str] = {k: v for k, v in groups.items() if v} if groups else {}
        for name, value in values.items():
            if name == "date" and zone == "body" and out.paragraphs:
                continue  # a date line inside the story is furniture, never the publication time
            out.set_field(name, value)
        if rule.kind == "byline" and not values:
            out.set_byline(text)
            if zone == "header" and not rule.then_value and self.pending_names and not _LABEL_VALUE.search(text):
                # a bare role label printed under its value ("Goklas Wisely" / "Penulis")
                self.title_key = _take_names_before(out, self.pending_names, rule, text, self.title_key)
        if rule.under_headline and zone == "header":
            self._headline_above()
        self.pending_names.clear()
        self.unclaimed.clear()
        n = len(blocks)
        if rule.then_caption and zone == "header" and i + 1 < self.start and self._caption_next(i + 1, rule):
            return
        if rule.then_value and i + 1 < n and i + 1 != self.start and is_name_like(blocks[i + 1]):
            label = text.rstrip(" :").lower()
            out.set_field(LABEL_FIELDS.get(label, "authors"), blocks[i + 1])
            out.removed.append(Removed(rule.kind, rule.name, blocks[i + 1]))
            self.skip_until = i + 1
        for j in range(i + 1, min(n, i + 1 + drop)):
            if j == self.start or not is_headline_like(blocks[j]) or self.match(blocks[j], zone):
                break
            out.removed.append(Removed(rule.kind, rule.name, blocks[j]))
            self.skip_until = j

    def _caption_next(self, j: int, rule: Rule) -> bool:
        """Take block `j` as the photo caption a `then_caption` rule announces, unless a rule claims it
        (a caption rule does that itself) or it may be the headline still to come."""
        text = self.blocks[j]
        if self.match(text, "header") or (self.title_key is None and self.mode == "dump"):
            return False
        self.out.set_field("caption", text)
        self.out.removed.append(Removed("caption", rule.name, text))
        self.skip_until = j
        return True

    def _headline_above(self) -> None:
        """The line under the headline was reached: the last unclaimed header block is the title. When
        the title had been taken from an unclaimed block above it, those blocks are a writer's box."""
        out, unclaimed = self.out, self.unclaimed
        if not unclaimed:
            return
        headline = out.removed[unclaimed[-1]].text
        title = self.rules.strip_title(headline)
        if title.casefold() == self.title_key:
            # the title (a page's <title> printed first) again over the line: a box may stand between
            self._writer_box([k for k in unclaimed[:-1] if out.removed[k].kind != "title"], None)
            return
        box = unclaimed[:-1]
        taken_for_title = [k for k in box if out.removed[k].rule == "headline"]
        if not is_headline_like(title) or not taken_for_title:
            return
        out.title, self.title_key = title, title.casefold()
        out.removed[unclaimed[-1]] = Removed("title", "headline", headline)
        self._writer_box(box, taken_for_title[0])

    def _writer_box(self, box: list[int], title_index: int | None) -> None:
        """The header blocks at `box` (removed-list indexes; `title_index` among them is the one taken for the
        title) are a writer's box: out of the captions, removed as bylines, its name kept as the writer."""
        out = self.out
        names = [out.removed[k].text.rstrip(",") for k in ([title_index] if title_index is not None else []) + box]
        # the name: the line taken for the title, else the box's first line, one of two words or more first
        # (a rubric label over the box is one word); a lone line may be a menu, not a box
        likely = [name for name in names[:2] if is_name_like(name)] if len(box) >= 2 else []
        fallback = likely[0] if likely and title_index is not None else None
        writer = next((name for name in likely if " " in name), fallback)
        if writer is None and title_index is None:
            return  # menu words between a title and its repeat: no box
        for k in box:
            taken = out.removed[k]
            if taken.kind == "caption" and taken.text in out.captions:
                out.captions.remove(taken.text)
            out.removed[k] = Removed("byline", "writer_box", taken.text) if writer else \
                Removed("other", "header_furniture", taken.text)
        self.writer = writer

    def _header_block(self, text: str) -> None:
        """A header block no rule claims: the title, the title again, a caption, or furniture."""
        out, pending = self.out, self.pending_names
        stripped = self.rules.strip_title(text)
        key = stripped.casefold()
        self.unclaimed.append(len(out.removed))
        if text in self.leads:
            out.removed.append(Removed("other", "lead_repeated", text))
            pending.clear()
        elif self.title_key is None and self.mode == "dump" and is_headline_like(stripped):
            out.title, self.title_key = stripped, key
            out.removed.append(Removed("title", "headline", text))
            # a short name-like "title" followed by a role label ("Penulis") was a name after all
            pending[:] = [len(out.removed) - 1] if is_name_like(text) and len(text.split()) <= 4 else []
        elif key == self.title_key:
            out.removed.append(Removed("title", "headline_repeated", text))
            pending.clear()
        elif text in out.captions:  # a caption printed twice ("Lihat Foto" pages)
            out.removed.append(Removed("caption", "caption_repeated", text))
            pending.clear()
        elif is_prose(text) or len(text) > 120:
            out.set_field("caption", text)
            out.removed.append(Removed("caption", "caption_before_story", text))
            pending.clear()
        else:
            out.removed.append(Removed("other", "header_furniture", text))
            if is_name_like(text.rstrip(",")):
                pending.append(len(out.removed) - 1)
            else:
                pending.clear()

    def _body_block(self, i: int, text: str) -> None:
        """A body block no rule claims: a paragraph, once its glued-on furniture is trimmed, unless it
        repeats the title, the lead, a caption or an earlier paragraph."""
        out, title_key = self.out, self.title_key
        if (title_key is not None and len(text) < 300 and text[:20].casefold() == title_key[:20]
                and self.rules.strip_title(text).casefold() == title_key):
            out.removed.append(Removed("title", "headline_repeated", text))
            return
        text, taken = self.rules.trim(text)
        for trim, cut in taken:
            out.removed.append(Removed(trim.kind, trim.name, cut))
        if not text:
            return
        if i != self.start and text in self.leads:  # the lead again, credit line and all (a page printed twice)
            out.removed.append(Removed("other", "lead_repeated", text))
        elif text in out.captions:  # a caption printed again inside the story ("Perbesar" pages)
            out.removed.append(Removed("caption", "caption_repeated", text))
        elif text in self.seen_paragraphs:
            out.removed.append(Removed("other", "paragraph_repeated", text))
        else:
            self.seen_paragraphs.add(text)
            out.paragraphs.append(text)
