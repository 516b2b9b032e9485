"""The header zone of a document: where the story starts, and what the blocks before it are.

Before the story a dump prints its header: rubric labels, the headline, a standfirst, bylines, the
date line, photo buttons with their captions, a columnist's box. `story_start` finds where the story
begins; `Header` decides the header's blocks one by one as the classifier reaches them (the rules
have claimed the rest): the title, the standfirst, the values of bare labels (``Reporter`` over a
name, a rubric over the headline, ``Lihat Foto`` over a caption) and, once the header is read, a
writer's box.
"""

from __future__ import annotations

import re

from ..article import Removed
from ..rules import Credit, Rule
from .classified import LABEL_FIELDS, LABEL_VALUE, Classified
from .people import looks_like_person
from .ruleset import DocumentMatcher, RuleSet
from .shapes import is_headline_like, is_name_like, is_prose

#: Blocks searched for the credit line that opens the story.
CREDIT_SCAN = 80
#: Blocks searched for the line printed under the headline, and the prose blocks (a columnist's bio)
#: that may stand above it.
HEADLINE_SCAN = 30
HEADER_PROSE_MAX = 2
#: Blocks after a prose block searched for the header's date line (a standfirst is printed above it).
DATE_LOOKAHEAD = 3
#: A columnist's description under their name is shorter than this; a story's lead is longer.
BIO_MAX = 250
#: The kind a label's value is removed as, by the field it fills (else the label rule's own kind).
_VALUE_KINDS = {"title": "title", "caption": "caption", "summary": "other", "date": "date"}
#: The rules of header blocks no rule claimed that a writer's box may hold (not the title, not a repeat).
_FREE_RULES = frozenset({"header_furniture", "caption_before_story", "standfirst"})

CreditMatch = tuple[Credit, re.Match[str]]


# -- labels and their values -------------------------------------------------------------------------


def value_field(rule: Rule, label: str) -> str:
    """The field a bare label's value fills: the rule's `value_field`, else the label's own
    (``Reporter`` → authors, ``Editor`` → editor; an unknown role → authors)."""
    return rule.value_field or LABEL_FIELDS.get(label.rstrip(" :").lower(), "authors")


def is_value(rule: Rule, text: str, match: DocumentMatcher, zone: str) -> bool:
    """Whether `text`, printed right after the bare label `rule` claimed, is the label's value: it fully
    matches the rule's `value_pattern`; with none, a name field's value looks like a name and another
    field's (a caption) is any block no rule claims."""
    if rule.value_regex is not None:
        return rule.value_regex.fullmatch(text) is not None and match(text, zone) is None
    if rule.value_field in ("", "authors", "editor", "source"):
        return is_name_like(text)
    return match(text, zone) is None


def _is_labels_value(label: str, text: str, match: DocumentMatcher) -> bool:
    """`text` is the value of the bare label `label` printed before it (one with a value pattern:
    a byline label's value is a name, never taken for story prose anyway)."""
    head = match(label, "header")
    return (head is not None and head[0].then_value and head[0].value_regex is not None
            and is_value(head[0], text, match, "header"))


# -- where the story starts ------------------------------------------------------------------------------


def story_start(blocks: list[str], rules: RuleSet, match: DocumentMatcher, *, dump: bool) -> tuple[
        int, CreditMatch | None, int]:
    """Index of the first story block, its credit line, and the index of a credit line standing alone
    over the lead (``Jakarta -``, else -1). A story area (not `dump`) starts at once, or at a credit
    line among its first blocks."""
    if dump:
        return _dump_story_start(blocks, rules, match)
    for i, text in enumerate(blocks[:3]):
        credit = rules.credit(text)
        if credit:
            return i, credit, -1
        if i + 1 < len(blocks) and rules.bare_credit(text):
            return i + 1, None, i
    return 0, None, -1


def _dump_story_start(blocks: list[str], rules: RuleSet, match: DocumentMatcher) -> tuple[
        int, CreditMatch | None, int]:
    """The credit line if there is one near the top, else the first block of prose no rule claims
    that is not a label's value, a standfirst over the date line or a columnist's description."""
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


def _below_headline(blocks: list[str], match: DocumentMatcher) -> int:
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


def _dated_after(blocks: list[str], i: int, match: DocumentMatcher) -> bool:
    """A date line follows the prose block at `i` within a few blocks, with no other prose between:
    `i` is the standfirst printed above the header's date line, not the story's first paragraph."""
    for j in range(i + 1, min(len(blocks), i + 1 + DATE_LOOKAHEAD)):
        hit = match(blocks[j], "header")
        if hit is not None and hit[0].kind == "date":
            return True
        if hit is None and is_prose(blocks[j]):
            return False
    return False


# -- the header's blocks -------------------------------------------------------------------------------


class Header:
    """What one pass knows of the header as it reads it: the title found (and its removed-list entry),
    name lines waiting for their role label, the blocks no rule claimed (a writer's box among them),
    whether the date line was seen and whether a column label marks the page."""

    def __init__(self, out: Classified, blocks: list[str], rules: RuleSet, match: DocumentMatcher, *,
                 dump: bool, leads: set[str]) -> None:
        self.out, self.blocks, self.rules, self.match, self.dump, self.leads = out, blocks, rules, match, dump, leads
        self.title_key: str | None = None
        self.title_entry = -1
        # removed-list indexes of name-like header lines right before a bare role label ("Penulis")
        self.pending_names: list[int] = []
        # removed-list indexes of the header blocks no rule claimed since the last one a rule claimed
        self.unclaimed: list[int] = []
        # (block index, removed-list index) of every header block no rule claimed
        self.free: list[tuple[int, int]] = []
        self.dated = False  # the header's date line was seen: prose after it is a caption, not a standfirst
        self.column = False  # a column label was seen: a writer's box may stand under the headline

    def is_title(self, text: str) -> bool:
        """`text` is the title found, as printed (the site's suffix aside)."""
        return self.title_key is not None and self.rules.strip_title(text).casefold() == self.title_key

    def claimed(self, rule: Rule, text: str, values: dict[str, str]) -> None:
        """A header rule claimed `text` (its groups' `values` already in their fields)."""
        self.dated = self.dated or rule.kind == "date" or "date" in values
        self.column = self.column or rule.column
        if (rule.kind == "byline" and not values and not rule.then_value and self.pending_names
                and not LABEL_VALUE.search(text)):
            self._take_names_before(rule, text)  # a bare role label printed under its value ("Penulis")
        if rule.under_headline:
            self._headline_above()
        self.pending_names.clear()
        self.unclaimed.clear()

    def value_next(self, rule: Rule, j: int, zone: str) -> bool:
        """Whether block `j` is the value of the bare label `rule` claimed before it. A caption is never
        taken before a dump's headline (the block under a photo's button may be that headline), and
        one with no `value_pattern` to tell it from story text only in the header."""
        if rule.value_field == "caption" and (
                (self.title_key is None and self.dump) or (rule.value_regex is None and zone != "header")):
            return False
        return is_value(rule, self.blocks[j], self.match, zone)

    def take_value(self, rule: Rule, label: str, value: str) -> None:
        """The block after the bare label `label` is its value: into the rule's field (or the label's)."""
        out = self.out
        name = value_field(rule, label)
        out.removed.append(Removed(_VALUE_KINDS.get(name, rule.kind), rule.name, value))
        if name != "title":
            out.set_field(name, value)
        elif self.title_key is None:  # (the headline under its rubric label, one word as well as ten)
            out.title = self.rules.strip_title(value)
            self.title_key, self.title_entry = out.title.casefold(), len(out.removed) - 1

    def block(self, i: int, text: str) -> None:
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
        elif self.title_key is None and self.dump and is_headline_like(stripped):
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

    def end(self) -> None:
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
        for run in runs:
            if self._writer_box(run, labelled=True):
                break  # (one writer's box: the first run that holds one)

    def _take_names_before(self, rule: Rule, label: str) -> None:
        """Move the name lines waiting in `pending_names` to the field of the role `label` that follows
        them (``Penulis`` → authors, ``Editor`` → editor, ``Tim Redaksi`` → authors); a line taken for
        the title was a name after all."""
        out = self.out
        field_name = value_field(rule, label)
        for index in self.pending_names:
            taken = out.removed[index]
            if taken.rule == "headline":
                out.title, self.title_key = None, None
            out.removed[index] = Removed(rule.kind, rule.name, taken.text)
            out.set_field(field_name, taken.text.rstrip(","))

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

    def _writer_box(self, run: list[int], *, labelled: bool) -> bool:
        """The unclaimed header blocks at `run` (removed-list indexes, printed one after another) hold a
        writer's box when one of the first two (a one-word rubric label may stand over it) is a person's
        name, followed by their role or bio. Over the headline the box runs down to it; under the headline
        of a page a column label marks (`labelled`) it is the name and the one line after it, if any (a
        photo's caption may follow). The name is the writer (the author when no byline names a person);
        the box is out of the title, the standfirst and the captions."""
        out = self.out
        run = [k for k in run if out.removed[k].rule in _FREE_RULES]
        at = next((n for n, k in enumerate(run[:2]) if looks_like_person(out.removed[k].text.rstrip(","))), None)
        if at is None or (len(run) - at < 2 and not labelled):
            return False
        for k in run[at:at + 2] if labelled else run[at:]:
            taken = out.removed[k]
            if taken.kind == "caption" and taken.text in out.captions:
                out.captions.remove(taken.text)
            if taken.rule == "standfirst":
                out.summary = None
            out.removed[k] = Removed("byline", "writer_box", taken.text)
        out.writer = out.removed[run[at]].text.rstrip(",")
        return True
