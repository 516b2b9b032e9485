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
from .people import credit_kind, looks_like_person, signoff_credits, split_people
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
#: Blocks after a prose block searched for the header's date line (a standfirst is printed above it).
DATE_LOOKAHEAD = 3
#: A columnist's description under their name is shorter than this; a story's lead is longer.
BIO_MAX = 250
#: Byline labels (lower-case) and the field their value fills. A contributor is an author only when
#: no byline names a writer (`Classified.settle_authors`).
LABEL_FIELDS = {
    "reporter": "authors", "penulis": "authors", "pewarta": "authors", "kontributor": "contributor",
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
    summary: str | None = None
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
    #: The page's own outlet names (`RuleSet.house`): credited as the reporter, a house byline.
    house: frozenset[str] = frozenset()
    #: The page's own outlet credited as the reporter: the author only when no person is named.
    house_credits: list[str] = field(default_factory=list)
    #: People named outside a byline (a closing sign-off, a contributor's line): the authors when no
    #: byline names a person.
    fallback_authors: list[str] = field(default_factory=list)
    #: Outlets a closing sign-off names: the source when nothing else is.
    fallback_sources: list[str] = field(default_factory=list)
    #: The name in a columnist's box printed in the header: the author when no byline names a person.
    writer: str | None = None

    def set_field(self, name: str, value: str) -> None:
        value = value.strip(" |-–—")
        if not value:
            return
        if name == "authors":
            self.add_authors(value)
        elif name == "contributor":
            self.add_people(split_people(value), fallback=True)
        elif name == "signoff":
            sources, persons = signoff_credits(value)
            _add_unique(self.fallback_sources, sources)
            _add_unique(self.fallback_authors, persons)
        elif name == "date":
            if self.published is None:
                parsed = parse_timestamp(value)
                if parsed:
                    self.published = parsed
                else:
                    self.warnings.append(f"could not parse timestamp {value[:80]!r}")
        elif name == "caption":
            _add_unique(self.captions, [value])
        elif name == "title":
            if self.title is None:
                self.title = value
        elif getattr(self, name) is None:
            # "Editor: Noverius Laoli ." : punctuation standing apart after the name is not part of it
            setattr(self, name, _LOOSE_END.sub("", value) or value)

    def add_authors(self, value: str) -> None:
        """A byline's value: its people are authors, the page's own outlet a house credit, another
        outlet or agency the source; placeholders, role words and initials name no one."""
        stamp = find_timestamp(value)  # (it answers text without a year 19xx/20xx without a regex)
        if stamp:  # "Oleh: Dimas Pratama - 12 November 2025": the date is the page's, not a name
            if self.published is None:
                self.published = stamp[0]
            value = value[: stamp[1]].strip(" ,|-–—")
        self.add_people(split_people(value))

    def add_people(self, names: list[str], *, fallback: bool = False) -> None:
        """Sort credited names (see `newsclean.engine.people.credit_kind`) into their places."""
        for name in names:
            kind = credit_kind(name, self.house)
            if kind == "person":
                _add_unique(self.fallback_authors if fallback else self.authors, [name])
            elif kind == "house":
                _add_unique(self.house_credits, [name])
            elif kind == "outlet" and self.source is None:
                self.source = name

    def settle_authors(self) -> None:
        """No byline named a person: the columnist of the header's writer's box, else the people of a
        sign-off or contributor line, else the house credit; no source credited: the sign-off's outlets."""
        if not self.authors:
            self.authors = [self.writer] if self.writer else list(self.fallback_authors or self.house_credits)
        if self.source is None and self.fallback_sources:
            self.source = " | ".join(self.fallback_sources)

    def set_byline(self, text: str) -> None:
        """``Reporter: A | Editor: B`` → authors and editor (labels the rules declare)."""
        for label, value in _LABEL_VALUE.findall(text):
            name = LABEL_FIELDS.get(label.strip().lower())
            if name:
                self.set_field(name, value)


def _add_unique(target: list[str], values: list[str]) -> None:
    """Append each of `values` that `target` does not hold yet, in order."""
    for value in values:
        if value not in target:
            target.append(value)


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
    column = False
    for i in range(_below_headline(blocks, match), len(blocks)):
        text = blocks[i]
        head = match(text, "header")
        column = column or (head is not None and head[0].column)
        if head is not None or not is_prose(text) or match(text, "body"):
            continue  # (a block a header rule claims is header furniture, whatever its length)
        if i > 0 and _is_labels_value(blocks[i - 1], text, match):
            continue  # a label's value: the caption under a photo's "Perbesar" button
        if _dated_after(blocks, i, match):
            continue  # a standfirst: the header's date line is printed below it
        if column and i > 0 and len(text) <= BIO_MAX and looks_like_person(blocks[i - 1]):
            continue  # a columnist's description under their name
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


def value_field(rule: Rule, label: str) -> str:
    """The field a bare label's value fills: the rule's `value_field`, else the label's own
    (``Reporter`` → authors, ``Editor`` → editor; an unknown role → authors)."""
    return rule.value_field or LABEL_FIELDS.get(label.rstrip(" :").lower(), "authors")


def _is_value(rule: Rule, text: str, match: _DocumentMatcher, zone: str) -> bool:
    """Whether `text`, printed right after the bare label `rule` claimed, is the label's value: it fully
    matches the rule's `value_pattern`; with none, a name field's value looks like a name and another
    field's (a caption) is any block no rule claims."""
    if rule.value_regex is not None:
        return rule.value_regex.fullmatch(text) is not None and match(text, zone) is None
    if rule.value_field in ("", "authors", "editor", "source"):
        return is_name_like(text)
    return match(text, zone) is None


def _is_labels_value(label: str, text: str, match: _DocumentMatcher) -> bool:
    """`text` is the value of the bare label `label` printed before it (one with a value pattern:
    a byline label's value is a name, never taken for story prose anyway)."""
    head = match(label, "header")
    return (head is not None and head[0].then_value and head[0].value_regex is not None
            and _is_value(head[0], text, match, "header"))


def _dated_after(blocks: list[str], i: int, match: _DocumentMatcher) -> bool:
    """A date line follows the prose block at `i` within a few blocks, with no other prose between:
    `i` is the standfirst printed above the header's date line, not the story's first paragraph."""
    for j in range(i + 1, min(len(blocks), i + 1 + DATE_LOOKAHEAD)):
        hit = match(blocks[j], "header")
        if hit is not None and hit[0].kind == "date":
            return True
        if hit is None and is_prose(blocks[j]):
            return False
    return False


def _take_names_before(
    out: Classified, pending: list[int], rule: Rule, label: str, title_key: str | None
) -> str | None:
    """Move the name lines recorded at `pending` to the field of the role `label` that follows them
    (``Penulis`` → authors, ``Editor`` → editor, ``Tim Redaksi`` → authors); return the title key,
    reset when the line taken for the title was in fact a name."""
    field_name = value_field(rule, label)
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


#: The kind a label's value is removed as, by the field it fills (else the label rule's own kind).
_VALUE_KINDS = {"title": "title", "caption": "caption", "summary": "other", "date": "date"}
#: The rules of header blocks no rule claimed that a writer's box may hold (not the title, not a repeat).
_FREE_RULES = frozenset({"header_furniture", "caption_before_story", "standfirst"})


class _Pass:
    """One pass over a document's blocks, with what it carries from block to block: the zone (header,
    body, tail), the title found, the lead, name lines waiting for their role label, whether the
    header's date line was seen, whether the page is a column and where its writer's name stood."""

    def __init__(self, blocks: list[str], rules: RuleSet, mode: str) -> None:
        self.blocks, self.rules, self.mode = blocks, rules, mode
        self.out = Classified(house=rules.house)
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
        # (block index, removed-list index) of every header block no rule claimed; the title's entry
        self.free: list[tuple[int, int]] = []
        self.title_entry = -1
        self.zone = "header" if self.start > 0 else "body"
        self.tail_rule = ""
        # the story was signed off (closing initials): later blocks still go through every rule
        self.signed_off = False
        self.skip_until = -1
        self.dated = False  # the header's date line was seen: prose after it is a caption, not a standfirst
        self.column = False  # a column label was seen: a writer's box may stand under the headline

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
                self._writer_under_headline()
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
                self._header_block(i, text)
            else:
                self._body_block(i, text)
        if self.start >= len(self.blocks):
            self._writer_under_headline()
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
        if rule.joins_previous and self.zone != "tail" and self._join_caption(i, text, rule):
            return
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
        if zone == "header":
            self.dated = self.dated or rule.kind == "date" or "date" in values
            self.column = self.column or rule.column
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
        if rule.then_value and i + 1 < n and i + 1 != self.start and self._value_next(rule, i + 1, zone):
            self._take_value(rule, text, blocks[i + 1])
            self.skip_until = i + 1
        for j in range(i + 1, min(n, i + 1 + drop)):
            if j == self.start or not is_headline_like(blocks[j]) or self.match(blocks[j], zone):
                break
            out.removed.append(Removed(rule.kind, rule.name, blocks[j]))
            self.skip_until = j

    def _value_next(self, rule: Rule, j: int, zone: str) -> bool:
        """Whether block `j` is the value of the bare label `rule` claimed before it. A caption is never
        taken before a dump's headline (the block under a photo's button may be that headline), and
        one with no `value_pattern` to tell it from story text only in the header."""
        if rule.value_field == "caption" and (
                (self.title_key is None and self.mode == "dump") or (rule.value_regex is None and zone != "header")):
            return False
        return _is_value(rule, self.blocks[j], self.match, zone)

    def _headline_above(self) -> None:
        """The line under the headline was reached: the last unclaimed header block is the title. The
        unclaimed blocks above it (between a title printed first and its repeat, or the block wrongly
        taken for the title and those around it) may be a writer's box."""
        out, unclaimed = self.out, self.unclaimed
        if not unclaimed:
            return
        headline = out.removed[unclaimed[-1]].text
        title = self.rules.strip_title(headline)
        if title.casefold() == self.title_key:
            # the title (a page's <title> printed first) again over the line: a box may stand between
            self._writer_box([k for k in unclaimed[:-1] if out.removed[k].kind != "title"], labelled=False)
            return
        box = unclaimed[:-1]
        taken_for_title = [k for k in box if out.removed[k].rule == "headline"]
        if not is_headline_like(title) or not taken_for_title:
            return
        out.title, self.title_key, self.title_entry = title, title.casefold(), unclaimed[-1]
        out.removed[unclaimed[-1]] = Removed("title", "headline", headline)
        out.removed[taken_for_title[0]] = Removed("other", "header_furniture", out.removed[taken_for_title[0]].text)
        self._writer_box(box, labelled=False)

    def _writer_under_headline(self) -> None:
        """The header is over: on a page a column label marks, the first run of unclaimed blocks after the
        headline that opens with a person's name is the writer's box (a standfirst may stand before it)."""
        if not self.column or self.title_key is None:
            return
        runs: list[list[int]] = []
        last = -2
        for block, k in self.free:
            if k > self.title_entry:
                if block != last + 1 or not runs:
                    runs.append([])
                runs[-1].append(k)
                last = block
        any(self._writer_box(run, labelled=True) for run in runs)

    def _writer_box(self, run: list[int], *, labelled: bool) -> bool:
        """The unclaimed header blocks at `run` (removed-list indexes, printed one after another) hold a
        writer's box when one of the first two (a one-word rubric label may stand over it) is a person's
        name, followed by their role or bio (on a page a column label marks, the name alone will do). The
        name is the writer (the author when no byline names a person); the box is out of the title, the
        standfirst and the captions."""
        out = self.out
        run = [k for k in run if out.removed[k].rule in _FREE_RULES]
        at = next((n for n, k in enumerate(run[:2]) if looks_like_person(out.removed[k].text.rstrip(","))), None)
        if at is None or (len(run) - at < 2 and not labelled):
            return False
        for k in run[at:]:
            taken = out.removed[k]
            if taken.kind == "caption" and taken.text in out.captions:
                out.captions.remove(taken.text)
            if taken.rule == "standfirst":
                out.summary = None
            out.removed[k] = Removed("byline", "writer_box", taken.text)
        out.writer = out.removed[run[at]].text.rstrip(",")
        return True

    def _take_value(self, rule: Rule, label: str, value: str) -> None:
        """The block after the bare label `label` is its value: into the rule's field (or the label's)."""
        out = self.out
        name = value_field(rule, label)
        out.removed.append(Removed(_VALUE_KINDS.get(name, rule.kind), rule.name, value))
        if name != "title":
            out.set_field(name, value)
        elif self.title_key is None:  # (the headline under its rubric label, one word as well as ten)
            out.title = self.rules.strip_title(value)
            self.title_key, self.title_entry = out.title.casefold(), len(out.removed) - 1

    def _join_caption(self, i: int, credit: str, rule: Rule) -> bool:
        """A photo credit printed under its caption (``TEMPO/Name`` on a line of its own): the block
        before it, unless a rule, the title or the story's lead, is that caption; the two, joined, are
        one caption. False when the block before is no caption."""
        out = self.out
        before = self.blocks[i - 1] if i > 0 else ""
        if (not 15 <= len(before) <= 400 or i - 1 == self.start or self.match(before, self.zone)
                or self.rules.strip_title(before).casefold() == self.title_key):
            return False
        if out.paragraphs and out.paragraphs[-1] == before:
            out.paragraphs.pop()
            self.seen_paragraphs.discard(before)
        if out.summary == before:
            out.summary = None
        if before in out.captions:
            out.captions.remove(before)
        for k in range(len(out.removed) - 1, max(-1, len(out.removed) - 4), -1):
            if out.removed[k].text == before:  # (taken as furniture or a caption: it is this caption)
                out.removed[k] = Removed("caption", rule.name, before)
                break
        else:
            out.removed.append(Removed("caption", rule.name, before))
        out.removed.append(Removed("caption", rule.name, credit))
        _add_unique(out.captions, [f"{before} {credit}"])
        return True

    def _header_block(self, i: int, text: str) -> None:
        """A header block no rule claims: the title, the title again, the standfirst, a caption, or
        furniture (a writer's box among them is found once the header is read)."""
        out, pending = self.out, self.pending_names
        stripped = self.rules.strip_title(text)
        key = stripped.casefold()
        self.unclaimed.append(len(out.removed))
        self.free.append((i, len(out.removed)))
        if text in self.leads:
            out.removed.append(Removed("other", "lead_repeated", text))
            pending.clear()
        elif self.title_key is None and self.mode == "dump" and is_headline_like(stripped):
            out.title, self.title_key, self.title_entry = stripped, key, len(out.removed)
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
            if (self.rules.standfirst and self.title_key is not None and not self.dated and out.summary is None
                    and not out.captions):
                out.set_field("summary", text)  # the standfirst printed under the headline, above the date
                out.removed.append(Removed("other", "standfirst", text))
            else:
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
        repeats the title, the lead, the standfirst, a caption or an earlier paragraph."""
        out, title_key = self.out, self.title_key
        if (title_key is not None and len(text) < 300 and text[:20].casefold() == title_key[:20]
                and self.rules.strip_title(text).casefold() == title_key):
            out.removed.append(Removed("title", "headline_repeated", text))
            return
        text, taken = self.rules.trim(text)
        for trim, cut in taken:
            out.removed.append(Removed(trim.kind, trim.name, cut))
            if trim.field:
                out.set_field(trim.field, cut)
        if not text:
            return
        if i != self.start and text in self.leads:  # the lead again, credit line and all (a page printed twice)
            out.removed.append(Removed("other", "lead_repeated", text))
        elif text == out.summary:  # the standfirst again at the story's top
            out.removed.append(Removed("other", "summary_repeated", text))
        elif text in out.captions:  # a caption printed again inside the story ("Perbesar" pages)
            out.removed.append(Removed("caption", "caption_repeated", text))
        elif text in self.seen_paragraphs:
            out.removed.append(Removed("other", "paragraph_repeated", text))
        else:
            self.seen_paragraphs.add(text)
            out.paragraphs.append(text)
