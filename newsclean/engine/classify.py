"""Blocks → classified: every block is kept as body, moved to a field, or removed with a kind and rule.

The same classifier serves page dumps (``mode="dump"``: a header of title, byline and date comes
before the story) and HTML bodies (``mode="body"``: the blocks are already the story area). The
header zone (where the story starts, the title, label values, a writer's box) is
`newsclean.engine.header`; the record it fills is `newsclean.engine.classified`.
"""

from __future__ import annotations

from ..article import Removed
from ..rules import Rule
from .classified import Classified, add_unique
from .header import CreditMatch, Header, story_start
from .ruleset import DocumentMatcher, Matched, RuleSet
from .shapes import is_headline_like, is_prose

#: After a related list starts, only blocks up to this long (time stamps, buttons) are labelled one by one.
TAIL_LABEL_MAX = 40
#: Blocks looked at after a related-list label to tell a list from the story going on after it.
LIST_LOOKAHEAD = 6


def _story_goes_on(blocks: list[str], i: int, match: DocumentMatcher) -> bool:
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


def classify(blocks: list[str], rules: RuleSet, *, mode: str = "dump") -> Classified:
    """Decide every block. `blocks` are non-empty, whitespace-folded strings."""
    return _Pass(blocks, rules, mode).run()


class _Pass:
    """One pass over a document's blocks, with what it carries from block to block: the zone (header,
    body, tail), the header's state (`Header`), the lead, the paragraphs seen, the tail's rule."""

    def __init__(self, blocks: list[str], rules: RuleSet, mode: str) -> None:
        self.blocks, self.rules = blocks, rules
        self.out = Classified(house=rules.house, house_byline=rules.house_byline)
        self.match = DocumentMatcher(rules)
        # bare_credit: a credit line printed as a block of its own over the lead, its index (else -1)
        self.start, self.credit, self.bare_credit = story_start(blocks, rules, self.match, dump=mode == "dump")
        self.seen_paragraphs: set[str] = set()
        # the lead as printed at the story's start, with and without its credit line: a header block
        # equal to it is the lead printed twice (amp pages), not a caption
        self.leads: set[str] = set()
        if self.start < len(blocks):
            self.leads.add(blocks[self.start])
            if self.credit:
                self.leads.add(blocks[self.start][self.credit[1].end():].lstrip(" -–—.,"))
        self.header = Header(self.out, blocks, rules, self.match, dump=mode == "dump", leads=self.leads)
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
                self.header.end()
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
                self.header.block(i, text)
            else:
                self._body_block(i, text)
        if self.start >= len(self.blocks):
            self.header.end()
        return out

    def _take_credit(self, text: str, credit: CreditMatch) -> str:
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
        if rule.kind == "byline" and not values:
            out.set_byline(text)
        if zone == "header":
            self.header.claimed(rule, text, values)
        n = len(blocks)
        if rule.then_value and i + 1 < n and i + 1 != self.start and self.header.value_next(rule, i + 1, zone):
            self.header.take_value(rule, text, blocks[i + 1])
            self.skip_until = i + 1
        for j in range(i + 1, min(n, i + 1 + drop)):
            if j == self.start or not is_headline_like(blocks[j]) or self.match(blocks[j], zone):
                break
            out.removed.append(Removed(rule.kind, rule.name, blocks[j]))
            self.skip_until = j

    def _join_caption(self, i: int, credit: str, rule: Rule) -> bool:
        """A photo credit printed under its caption (``TEMPO/Name`` on a line of its own): the block
        before it, unless a rule, the title or the story's lead, is that caption; the two, joined, are
        one caption. False when the block before is no caption."""
        out = self.out
        before = self.blocks[i - 1] if i > 0 else ""
        if (not 15 <= len(before) <= 400 or i - 1 == self.start or self.match(before, self.zone)
                or self.header.is_title(before)):
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
        add_unique(out.captions, [f"{before} {credit}"])
        return True

    def _body_block(self, i: int, text: str) -> None:
        """A body block no rule claims: a paragraph, once its glued-on furniture is trimmed, unless it
        repeats the title, the lead, the standfirst, a caption or an earlier paragraph."""
        out, title_key = self.out, self.header.title_key
        if (title_key is not None and len(text) < 300 and text[:20].casefold() == title_key[:20]
                and self.header.is_title(text)):
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
