"""Blocks → classified: every block is kept as body, moved to a field, or removed with a kind and rule.

The same classifier serves page dumps (``mode="dump"``: a header of title, byline and date comes
before the story) and HTML bodies (``mode="body"``: the blocks are already the story area).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from .article import Removed
from .boilerplate import COMMON_RULES, COMMON_TRIMS, GENERIC_CREDITS, OTHER_TITLE_SUFFIXES
from .dates import find_timestamp, parse_timestamp
from .literals import LiteralScan
from .probes import passes_probe
from .regex_tree import (
    EndFilter,
    end_filter,
    ends_at_end,
    first_chars,
    max_width,
    nonblank_required_strings,
    openings,
    required_strings,
)
from .registry import outlets
from .rules import INLINE_FLAGS_MASK, Credit, Outlet, Rule, Trim, alternation

#: After a related list starts, only blocks up to this long (time stamps, buttons) are labelled one by one.
TAIL_LABEL_MAX = 40
#: Blocks looked at after a related-list label to tell a list from the story going on after it.
LIST_LOOKAHEAD = 6
#: Blocks searched for the credit line that opens the story.
CREDIT_SCAN = 80
#: A rule that may open with at least this many characters is left out of blocks lacking its required strings.
_BROAD_OPENING = 12
#: A block's rule in one zone is found from its rule in the other (DocumentRules._in_other_zone).
_OTHER_ZONE = {"header": "body", "body": "header"}
#: Upper bounds (characters) of the block-length buckets of RuleSet; longer blocks form the last one.
_BUCKETS = (40, 80, 160, 320, 640, 1280, sys.maxsize)
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
GENERIC_TITLE_SUFFIX = re.compile(OTHER_TITLE_SUFFIXES)
#: A rule's named groups as DocumentRules.match gives them (name → matched text, None where unmatched).
Groups = dict[str, str | None]
#: A block's rule and its named groups.
Matched = tuple[Rule, Groups]
_NO_GROUPS: Groups = {}  # (shared by every match of a rule without groups: read, never written)


def _shortest_cover(strings: frozenset[str] | None) -> tuple[str, ...]:
    """`strings` without those that hold another of them (finding the shorter one finds both), as a probe's
    `contains`; () when nothing is known, which every text passes."""
    if not strings:
        return ()
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


#: Names one of which every GENERIC_TITLE_SUFFIX holds (an outlet's name): a title holding none has no such
#: suffix, and the suffix's search, which tries every dash of a title ("Tiba-Tiba") against every name, is not run.
_GENERIC_SUFFIX_NAMES: tuple[str, ...] = _shortest_cover(required_strings(OTHER_TITLE_SUFFIXES, 0))


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


class RuleSet:
    """An outlet's rules (or the generic ones) compiled for one regex call per block."""

    def __init__(self, outlet: Outlet | None) -> None:
        own_rules = outlet.rules if outlet else ()
        self.rules: tuple[Rule, ...] = own_rules + COMMON_RULES
        self.trims: tuple[Trim, ...] = (outlet.trims if outlet else ()) + COMMON_TRIMS
        # each trim with a test of the block's end (initials before `\s*$`), run before it is searched
        self.trim_filters: tuple[tuple[Trim, EndFilter | None], ...] = tuple(
            (trim, end_filter(trim.pattern, trim.flags, search=True)) for trim in self.trims)
        self.credits: tuple[Credit, ...] = (outlet.credits if outlet else ()) + GENERIC_CREDITS
        # An outlet's own title suffix; with no outlet, any registered outlet's (a page may be
        # syndicated or its outlet unrecognised).
        declared = [outlet.title_suffix] if outlet else [o.title_suffix for o in outlets()]
        suffixes = [f"(?:{p})" for p in declared if p]
        self.title_suffix = re.compile("|".join(suffixes)) if suffixes else None
        # a suffix ends the title, so in a whitespace-folded block it starts within this many characters
        # of its end: the search for it can start there instead of at every character
        self._suffix_width = max_width(self.title_suffix.pattern, 0) if self.title_suffix else 0
        # ...and, when that is unbounded but every match runs to the end, it can only start on a character
        # that can open it: those are the only places to try it (None: one regex search from there)
        self._suffix_opening: re.Pattern[str] | None = None
        if self.title_suffix and self._suffix_width == sys.maxsize and ends_at_end(self.title_suffix.pattern):
            chars = first_chars(self.title_suffix.pattern, 0)
            if chars is not None:
                both = {ch for c in chars for ch in (c, c.upper())}
                self._suffix_opening = re.compile("[" + "".join(re.escape(c) for c in sorted(both)) + "]")
        # ...and it takes more than whitespace off a title only when the title holds one of these strings
        # (none: the pattern does not tell, and every title is searched); most titles hold none
        self._suffix_needs = _shortest_cover(
            nonblank_required_strings(self.title_suffix.pattern, 0) if self.title_suffix else None)
        # Rules anchored at the block's start go into one alternation: one regex call per block.
        # Rules with a `contains` probe are tried one by one, and only when the probe finds something.
        # A long paragraph is only tried against rules that can match that many characters
        # (their regex's maximum width, or max_len): one alternation per length bucket.
        self._probing: list[tuple[int, Rule]] = []
        # probed rule index → a test of the block's end (a photo credit after `.{20,900}?`), run before the
        # rule's own fullmatch, which would try that end at every position
        self._end_filters: dict[int, EndFilter | None] = {}
        anchored: list[tuple[int, Rule, int]] = []
        for i, rule in enumerate(self.rules):
            if rule.probed:
                self._probing.append((i, rule))
                self._end_filters[i] = end_filter(rule.pattern, rule.flags)
            else:
                width = max_width(rule.pattern, rule.flags)
                anchored.append((i, rule, width if rule.max_len is None else min(width, rule.max_len)))
        # ...and only against rules that can start with the block's first character.
        self._anchored = [(i, rule, limit, first_chars(rule.pattern, rule.flags)) for i, rule, limit in anchored]
        # ...and, on blocks opening with two ASCII characters, only against rules that can open with both
        self._openings = {i: openings(rule.pattern, rule.flags) for i, rule, _ in anchored}
        # ...and, when a rule that may open with most letters must hold one of a few strings (a date line
        # its year, "19" or "20"), only on blocks that hold one: one bit per such set of strings
        self._required: dict[int, int] = {}  # anchored rule index → bit of its strings in a block's mask
        self._checks: list[tuple[int, tuple[str, ...]]] = []  # (bit, strings)
        for i, rule, _, chars in self._anchored:
            if chars is not None and len(chars) < _BROAD_OPENING:
                continue  # the first characters leave few blocks to such a rule already
            strings = required_strings(rule.pattern, rule.flags)
            if not strings or len(strings) > 4 or min(map(len, strings)) < 2:
                continue  # (a short string is in nearly every block; many cost more to look for than they save)
            ordered = tuple(sorted(strings))
            bit = next((b for b, known in self._checks if known == ordered), 0)
            if not bit:
                if len(self._checks) >= 4:
                    continue
                bit = 1 << len(self._checks)
                self._checks.append((bit, ordered))
            self._required[i] = bit
        # every max_len is a bucket bound too: within a bucket a rule's max_len then holds for all
        # blocks or for none, so the alternation's hit never needs checking again
        self._bounds = tuple(sorted(set(_BUCKETS) | {r.max_len for _, r, _, _ in self._anchored if r.max_len}))
        # each rule's named groups with their numbers: in an alternation (which keeps them, see
        # _alternation), the number of the rule's own group + number = that named group
        self._named: list[tuple[tuple[str, int], ...]] = [tuple(rule.regex.groupindex.items()) for rule in self.rules]
        # id(rule) → its first index (an outlet may list a common rule in its own order too)
        self._first_index: dict[int, int] = {}
        for i, rule in enumerate(self.rules):
            self._first_index.setdefault(id(rule), i)
        # zone → the rules (index, rule) that apply in that zone only
        self._zone_only: dict[str, list[tuple[int, Rule]]] = {
            zone: [(i, r) for i, r in enumerate(self.rules) if r.where == zone] for zone in ("header", "body")}
        # (bucket, first char, zone) → (rules that may match, second char → (their alternation, rule
        # index of each of its groups)); alternations with the same rules are compiled once
        self._compiled: dict[
            tuple[int, str, str, int], tuple[tuple[int, ...], dict[str, tuple[re.Pattern[str] | None, list[int]]]]
        ] = {}
        self._by_members: dict[tuple[int, ...], tuple[re.Pattern[str] | None, list[int]]] = {}
        # every credit pattern in one regex: a block that none opens costs one call
        credit_any = alternation([(c.pattern, c.flags) for c in self.credits])
        self._credit_any = credit_any[0] if credit_any else None
        # every `contains` literal of the probed rules and trims, found in one scan of a document
        self._scan = LiteralScan({w for _, rule in self._probing for w in rule.contains}
                                 | {w for trim in self.trims for w in trim.contains})
        # the `endings` of probes without `contains`, by the last character a block must then end with
        # (a block ending otherwise, as most prose does, is passed over with one dict lookup)
        self._endings_by_last: dict[str, list[tuple[str, ...]]] = {}
        self._endings_always: list[tuple[str, ...]] = []  # (an ending "" ends every block)
        for contains, endings in {(rule.contains, rule.endings) for _, rule in self._probing} | {
                (trim.contains, trim.endings) for trim in self.trims}:
            if contains or not endings:
                continue
            if "" in endings:
                if endings not in self._endings_always:
                    self._endings_always.append(endings)
                continue
            for last in {ending[-1] for ending in endings}:
                group = self._endings_by_last.setdefault(last, [])
                if endings not in group:
                    group.append(endings)
        # (bucket, first two characters lower-cased or first + "*", zone, mask) → RuleSet._combined's answer
        self._fast: dict[tuple[int, str, str, int], tuple[re.Pattern[str] | None, list[int]]] = {}
        # the same answers for blocks opening with an ASCII character, keyed by one int (see _entry)
        self._by_opening: dict[int, tuple[re.Pattern[str] | None, list[int]]] = {}
        # block length → its bucket, as a table up to the largest finite bound (longer: the last bucket)
        self._top_bound = max(b for b in self._bounds if b != sys.maxsize)
        self._bucket_of = [bisect_left(self._bounds, length) for length in range(self._top_bound + 1)]
        self._last_bucket = bisect_left(self._bounds, self._top_bound + 1)

    def _combined(
        self, bucket: int, first: str, second: str, zone: str, mask: int = -1
    ) -> tuple[re.Pattern[str] | None, list[int]]:
        """The alternation of anchored rules that fit block-length bucket `bucket`, first and second
        char (`second` "*": not looked at), `zone` and the block's `mask` of required strings (see
        `_mask`) (None: no rule can), with the rule index of each group (lastindex → rule; group 0 →
        len(rules), "none")."""
        key = (bucket, first, zone, mask)
        base = self._compiled.get(key)
        if base is None:
            lower = self._bounds[bucket - 1] if bucket else 0
            required = self._required
            base = (tuple(
                i for i, rule, limit, chars in self._anchored
                if limit > lower and (chars is None or first in chars) and (rule.where == "any" or rule.where == zone)
                and (i not in required or required[i] & mask)
            ), {})
            if len(self._compiled) < 4096:  # first characters are unbounded in odd input: keep the cache so
                self._compiled[key] = base
        members, by_second = base
        entry = by_second.get(second)
        if entry is None:
            # (second characters are ASCII or "*": at most 129 entries here)
            opening = first + second
            entry = by_second[second] = self._alternation(
                tuple(i for i in members if _may_open(self._openings[i], first, opening))
            )
        return entry

    def _alternation(self, members: tuple[int, ...]) -> tuple[re.Pattern[str] | None, list[int]]:
        entry = self._by_members.get(members)
        if entry is None and not members:
            entry = self._by_members[members] = (None, [len(self.rules)])
        if entry is None:
            rules = self.rules
            # rules' flags other than IGNORECASE/MULTILINE/DOTALL/VERBOSE/ASCII are not supported here
            combined, numbers = alternation(  # type: ignore[misc]  # (masked flags always scope)
                [(rules[i].pattern, rules[i].flags & INLINE_FLAGS_MASK) for i in members], keep_groups=True
            )
            owner = [len(rules)] * (combined.groups + 1)
            for group, member in zip(numbers, members, strict=True):
                owner[group] = member
            entry = self._by_members[members] = (combined, owner)
        return entry

    def _mask(self, text: str) -> int:
        """The bits of the required-string sets (`_checks`) of which `text` holds a string."""
        mask = 0
        for bit, strings in self._checks:
            for string in strings:
                if string in text:
                    mask |= bit
                    break
        return mask

    def _entry(self, text: str, zone: str) -> tuple[re.Pattern[str] | None, list[int]]:
        """`_combined`'s answer for a block in `zone` (the alternation that may match it), from the caches."""
        length = len(text)
        bucket = self._bucket_of[length] if length <= self._top_bound else self._last_bucket
        code1 = ord(text[0])
        zone_code = 0 if zone == "header" else 1 if zone == "body" else 2
        if code1 >= 128 or zone_code == 2:
            return self._slow_entry(text, bucket, zone)
        # one int for (bucket, first two characters lower-cased, zone): no strings built, hashed or compared
        code2 = ord(text[1]) if length > 1 else 128
        if 65 <= code1 <= 90:
            code1 += 32
        if code2 >= 128:
            code2 = 128  # (not ASCII, or none: the second character is not looked at, "*")
        elif 65 <= code2 <= 90:
            code2 += 32
        key = ((bucket * 129 + code2) * 128 + code1) * 2 + zone_code
        # the block's mask of required strings (a scan of the block) is only asked for where some
        # rule that could open it needs it: most openings have none
        entry = self._by_opening.get(key << 5 | 16)
        if entry is None:
            mask = self._mask(text)
            entry = self._by_opening.get(key << 5 | mask)
            if entry is None:
                entry = self._opening_entry(key, bucket, chr(code1), "*" if code2 == 128 else chr(code2), zone, mask)
        return entry

    def _opening_entry(
        self, key: int, bucket: int, first: str, second: str, zone: str, mask: int
    ) -> tuple[re.Pattern[str] | None, list[int]]:
        """`_combined`'s answer for an opening key of `_entry`, stored under the key with `mask`, or, when
        no rule that may open so needs a required string, under the key with 16 (any mask)."""
        entry = self._combined(bucket, first, second, zone, mask)
        if len(self._by_opening) < 65536:  # (bounded, as _fast)
            # (alternations of the same rules are one object: the same answer for every mask is the same entry)
            independent = self._combined(bucket, first, second, zone, 0) is self._combined(
                bucket, first, second, zone, -1)
            self._by_opening[key << 5 | (16 if independent else mask)] = entry
        return entry

    def _slow_entry(self, text: str, bucket: int, zone: str) -> tuple[re.Pattern[str] | None, list[int]]:
        """`_combined`'s answer for a block opening with a character past ASCII (or in an odd zone)."""
        mask = self._mask(text)
        _, char1, char2 = _block_key(self._bounds, text)
        key = (bucket, char1 + char2, zone, mask)
        entry = self._fast.get(key)
        if entry is None:
            entry = self._combined(bucket, char1, char2, zone, mask)
            if len(self._fast) < 65536:  # (odd input has unbounded first characters)
                self._fast[key] = entry
        return entry

    def _anchored_hit(self, text: str, zone: str) -> tuple[int, re.Match[str] | None]:
        """Index of the first anchored rule that matches the whole block and may apply in `zone`
        (len(rules) when none does), and the alternation's match."""
        combined, owner = self._entry(text, zone)
        hit = combined.fullmatch(text) if combined is not None else None
        if hit is None:
            return len(self.rules), None
        return owner[hit.lastindex or 0], hit

    def _result(self, index: int, text: str, hit: re.Match[str]) -> tuple[Rule, re.Match[str]]:
        """An anchored hit as (rule, match): the rule's own match when it has named groups."""
        rule = self.rules[index]
        if self._named[index]:  # (RuleSet.match gives a match object: the rule's own)
            m = rule.regex.fullmatch(text)
            assert m is not None  # the same pattern just matched inside the alternation
            return rule, m
        return rule, hit  # no named groups: the alternation's match says as much (groupdict() is empty)

    def _try(self, i: int, rule: Rule, text: str, zone: str) -> re.Match[str] | None:
        """Probed rule `i` (`rule`) on a block: its limits and probes first, then its regex."""
        if rule.max_len is not None and len(text) > rule.max_len:
            return None
        if rule.where != "any" and rule.where != zone:
            return None
        if not passes_probe(text, rule.contains, rule.endings):
            return None
        end = self._end_filters[i]
        if end is not None and not end.may_match(text):
            return None
        return rule.regex.fullmatch(text)

    def for_document(self, blocks: list[str]) -> DocumentRules:
        """This rule set bound to one document, with each probed rule's candidate blocks found once."""
        return DocumentRules(self, blocks)

    def match(self, text: str, zone: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule (in declaration order) that matches the whole block and may apply in `zone`."""
        first, hit = self._anchored_hit(text, zone)
        for i, rule in self._probing:
            if i >= first:
                break
            m = self._try(i, rule, text, zone)
            if m:
                return rule, m
        return self._result(first, text, hit) if hit is not None else None

    def credit(self, text: str) -> tuple[Credit, re.Match[str]] | None:
        """The first credit line (in declaration order) that opens `text` and leaves some text after it."""
        if self._credit_any is not None and self._credit_any.match(text) is None:
            return None  # no credit pattern opens this block
        for credit in self.credits:
            m = credit.regex.match(text)
            if m and m.end() < len(text):
                return credit, m
        return None

    def strip_block_title(self, title: str) -> str:
        """`strip_title` for a whitespace-folded block: the suffix is only looked for where it can start
        (near the end when its width is bounded, else on the characters that can open it)."""
        suffix = self.title_suffix
        # (a title ending in whitespace may lose it to the suffix: asked as before)
        if suffix and (title[-1:].isspace() or passes_probe(title, self._suffix_needs, ())):
            # sub("") would take out the leftmost match (it runs to the end) and then, at the end, an
            # empty one: the same as cutting the text at the leftmost match's start
            low = max(0, len(title) - self._suffix_width)
            opening = self._suffix_opening
            if opening is not None and "\n" not in title:
                # every match runs to the end (no newline: `$` is the end), so the leftmost match is at
                # the first place where the suffix both can open and matches
                for place in opening.finditer(title, low):
                    if suffix.match(title, place.start()) is not None:
                        title = title[: place.start()]
                        break
            else:
                m = suffix.search(title, low)
                if m is not None and m.end() > m.start():
                    title = title[: m.start()] + title[m.end():]
        return _strip_generic_suffix(title)

    def strip_title(self, title: str) -> str:
        """`title` without the outlet's (or, with no outlet, any outlet's) site suffix or another site's."""
        if self.title_suffix:
            title = self.title_suffix.sub("", title)
        return _strip_generic_suffix(title)


def _strip_generic_suffix(title: str) -> str:
    """`title` without a suffix of an outlet that has no rule module (`OTHER_TITLE_SUFFIXES`), stripped."""
    # (the generic suffix opens with a dash or a bar, and names an outlet)
    opens = "-" in title or "|" in title or "–" in title or "—" in title
    if opens and passes_probe(title, _GENERIC_SUFFIX_NAMES, ()):
        title = GENERIC_TITLE_SUFFIX.sub("", title)
    return title.strip()


def _block_key(bounds: tuple[int, ...], text: str) -> tuple[int, str, str]:
    """Length bucket, first character (lower-cased) and second (lower-cased; "*" unless both are ASCII)."""
    head = text[:2]
    if len(head) == 2 and head.isascii():
        head = head.lower()
        return bisect_left(bounds, len(text)), head[0], head[1]
    return bisect_left(bounds, len(text)), text[:1].lower(), "*"


def _may_open(openings: frozenset[str] | None, first: str, opening: str) -> bool:
    """Whether a rule with these `_openings` can match a block opening with `opening` (first + second)."""
    if openings is None or opening[1:] == "*" or "" in openings:
        return True
    return first in openings or opening in openings


#: id(outlet) → (outlet, its RuleSet). Keyed by identity: hashing a frozen Outlet hashes every rule
#: it declares, which cost more than the lookup saves; the outlet is kept so its id is never reused.
_RULESETS: dict[int, tuple[Outlet | None, RuleSet]] = {}


def ruleset_for(outlet: Outlet | None) -> RuleSet:
    """The compiled rules of `outlet` (None: the generic cleaner), built once per outlet object."""
    entry = _RULESETS.get(id(outlet))
    if entry is None or entry[0] is not outlet:
        entry = _RULESETS[id(outlet)] = (outlet, RuleSet(outlet))
    return entry[1]


class DocumentRules:
    """A RuleSet bound to one document's blocks.

    Probed rules (`contains` / `endings`) are located once for the whole document: literals with
    `str.find` over the joined text, endings with one `endswith` per block. Each block then tries
    only the probed rules that can match it, which keeps the per-block cost to one regex call.
    """

    def __init__(self, rules: RuleSet, blocks: list[str]) -> None:
        self.rules = rules
        self.blocks = blocks
        # keyed by text, one dict per zone: a block's rule depends on its text alone (probes look at
        # content), so a dump that repeats blocks (feeds, concatenated pages) asks the rules once per
        # distinct block
        self._memos: dict[str, dict[str, Matched | None]] = {"header": {}, "body": {}}
        self.trims = rules.trims
        self.trim_filters = rules.trim_filters
        self.credit = rules.credit
        self.strip_title = rules.strip_block_title
        # block index → the probed rules (in declaration order) whose probes pass on that block
        self._candidates: dict[int, list[tuple[int, Rule]]] = {}
        # endings tuple → indexes of the blocks ending so (a trailing period ignored), found in one pass
        self._ending: dict[tuple[str, ...], list[int]] = {}
        by_last = rules._endings_by_last
        if by_last:
            ending = self._ending
            for b, block in enumerate(blocks):
                last = block[-1:]
                if last == "." or last == " ":
                    block = block.rstrip(". ")
                    last = block[-1:]
                groups = by_last.get(last)
                if groups:
                    for endings in groups:
                        if block.endswith(endings):
                            hits = ending.get(endings)
                            if hits is None:
                                ending[endings] = [b]
                            else:
                                hits.append(b)
        for endings in rules._endings_always:
            self._ending[endings] = list(range(len(blocks)))
        # `contains` literal → indexes of the blocks holding it
        self._holding = holding = rules._scan.find(blocks)
        candidates = self._candidates
        for i, rule in rules._probing:
            if rule.contains and not holding:
                continue  # (most documents hold none of the literals)
            for b in self._passing(rule.contains, rule.endings):
                entry = candidates.get(b)
                if entry is None:
                    candidates[b] = [(i, rule)]
                else:
                    entry.append((i, rule))
        # blocks on which some trim's probe passes: the others need no trim tried at all (a block's
        # text only ever loses its start or end, which no probe can turn from failing to passing,
        # until a trim cuts it; then every trim is asked again)
        self.trimmable: set[int] = set()
        for trim in self.trims:
            if holding or not trim.contains:
                self.trimmable.update(self._passing(trim.contains, trim.endings))

    def _passing(self, contains: tuple[str, ...], endings: tuple[str, ...]) -> Iterable[int]:
        """Indexes of the blocks that pass a probe: one of `contains` occurs, one of `endings` ends it."""
        blocks = self.blocks
        if not contains:
            if not endings:
                return range(len(blocks))
            return self._ending.get(endings, ())
        found: set[int] = set()
        for word, holding in self._holding.items():  # (the few literals this document holds)
            if word in contains:
                found.update(holding)
        return [b for b in sorted(found) if not endings or blocks[b].rstrip(". ").endswith(endings)]

    def match(self, index: int, text: str, zone: str) -> Matched | None:
        """RuleSet.match for block `index` of the document (whose text may since have been trimmed), with
        the match's named groups."""
        if text is self.blocks[index]:
            memo = self._memos.get(zone)
            if memo is None:
                memo = self._memos[zone] = {}
            elif text in memo:
                return memo[text]
            other = self._memos.get(_OTHER_ZONE.get(zone, ""))
            if other is not None and text in other:
                found = memo[text] = self._in_other_zone(index, text, zone, other[text])
            else:
                found = memo[text] = self._match(index, text, zone)
            return found
        return self._match(index, text, zone)

    def _in_other_zone(
        self, index: int, text: str, zone: str, there: Matched | None
    ) -> Matched | None:
        """The rule of a block in `zone` from its rule in the other zone (`there`): the same, unless a rule
        only `zone` has comes before it and matches (rules of both zones were asked in the same order)."""
        rules = self.rules
        if there is not None and there[0].where != "any":
            return self._match(index, text, zone)  # the other zone's own rule: ask again from the start
        last = rules._first_index[id(there[0])] if there is not None else len(rules.rules)
        for i, rule in rules._zone_only[zone]:
            if i >= last:
                break
            if rule.probed:
                m = rules._try(i, rule, text, zone)
            else:  # (an anchored rule: its max_len, then its pattern, as its alternation asks)
                m = rule.regex.fullmatch(text) if rule.max_len is None or len(text) <= rule.max_len else None
            if m:
                return rule, m.groupdict()
        return there

    def _match(self, index: int, text: str, zone: str) -> Matched | None:
        # RuleSet._anchored_hit and _result written out (the named groups read off the hit): once per block and zone
        rules = self.rules
        combined, owner = rules._entry(text, zone)
        hit = combined.fullmatch(text) if combined is not None else None
        first = owner[hit.lastindex or 0] if hit is not None else owner[0]
        candidates = self._candidates.get(index)
        if candidates:
            for i, rule in candidates:
                if i >= first:
                    break
                m = rules._try(i, rule, text, zone)
                if m:
                    return rule, m.groupdict()
        if hit is None:
            return None
        named = rules._named[first]
        if not named:
            return rules.rules[first], _NO_GROUPS
        # the alternation kept the rule's groups: its group k is the alternation's group lastindex + k
        base = hit.lastindex or 0
        return rules.rules[first], {name: hit.group(base + number) for name, number in named}


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
            setattr(self, name, value)

    def set_byline(self, text: str) -> None:
        """``Reporter: A | Editor: B`` → authors and editor (labels the rules declare)."""
        for label, value in _LABEL_VALUE.findall(text):
            name = LABEL_FIELDS.get(label.strip().lower())
            if name:
                self.set_field(name, value)


def _story_goes_on(blocks: list[str], i: int, rules: DocumentRules) -> bool:
    """Whether the story resumes after the related-list label at `i` (an inline ``Artikel lainnya:``
    over a link title or two) instead of a list following it: a long paragraph, or two paragraphs in
    a row (a list alternates titles and teasers), before any list furniture (``2 jam lalu``)."""
    n = len(blocks)
    for j in range(i + 1, min(n, i + 1 + LIST_LOOKAHEAD)):
        matched = rules.match(j, blocks[j], "body")
        if matched:
            if matched[0].kind == "related":
                return False
            continue
        if is_prose(blocks[j]) and (len(blocks[j]) >= 200 or (
                j + 1 < n and is_prose(blocks[j + 1]) and not rules.match(j + 1, blocks[j + 1], "body"))):
            return True
    return False


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
    # (bound once: the loop below runs for every block)
    removed = out.removed
    drop_block = removed.append
    paragraphs = out.paragraphs
    match = doc.match
    trimmable = doc.trimmable
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
                drop_block(Removed("credit", cred.name, text[: m.end()].strip()))
                if m.groupdict().get("city"):
                    out.dateline = m.group("city").strip(" ,.")
                text = text[m.end():].lstrip(" -–—.,")
                if not text:
                    continue
        if zone == "tail" and len(text) > TAIL_LABEL_MAX:
            matched = None  # a teaser title or description of the list: no need to ask every rule
        else:
            matched = match(i, text, "body" if zone == "tail" else zone)
        if zone == "tail" and not matched:
            drop_block(Removed("related", tail_rule, text))
            continue
        if matched:
            rule, groups = matched
            drop = rule.then_drop
            if rule.starts_tail and zone == "body":
                if rule.kind == "related" and _story_goes_on(blocks, i, doc):
                    drop = 3  # an inline list label: its link titles go, the story goes on
                else:
                    zone, tail_rule = "tail", f"after:{rule.name}"
            drop_block(Removed(rule.kind, rule.name, text))
            if zone == "tail":
                continue
            # (most rules have no groups)
            values: dict[str, str] = {k: v for k, v in groups.items() if v} if groups else {}
            for name, value in values.items():
                if name == "date" and zone == "body" and out.paragraphs:
                    continue  # a date line inside the story is furniture, never the publication time
                out.set_field(name, value)
            if rule.kind == "byline" and not values:
                out.set_byline(text)
                if zone == "header" and not rule.then_value and pending_names and not _LABEL_VALUE.search(text):
                    # a bare role label printed under its value ("Goklas Wisely" / "Penulis")
                    title_key = _take_names_before(out, pending_names, rule, text, title_key)
            pending_names.clear()
            if rule.then_value and i + 1 < n and i + 1 != start and is_name_like(blocks[i + 1]):
                label = text.rstrip(" :").lower()
                out.set_field(LABEL_FIELDS.get(label, "authors"), blocks[i + 1])
                out.removed.append(Removed(rule.kind, rule.name, blocks[i + 1]))
                skip_until = i + 1
            for j in range(i + 1, min(n, i + 1 + drop)):
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
        if i in trimmable:
            for trim, end in doc.trim_filters:
                m2 = (trim.regex.search(text) if passes_probe(text, trim.contains, trim.endings)
                      and (end is None or end.may_match(text)) else None)
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
            drop_block(Removed("other", "paragraph_repeated", text))
            continue
        seen_paragraphs.add(text)
        paragraphs.append(text)
    return out
