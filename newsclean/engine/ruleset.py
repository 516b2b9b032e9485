"""An outlet's rules compiled for the classifier: which rule (if any) claims a whole block.

Rules anchored at the block's start go into one alternation per zone and block length (a rule's
`max_len` leaves it out of longer blocks), so a block costs one regex call for all of them; rules
with a probe (`contains` / `endings`) are tried one by one, and only where the probe passes. Either
way the first rule in declaration order wins, as if every rule were tried in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..rules import INLINE_FLAGS_MASK, Credit, Outlet, Rule, Trim, alternation, passes_probe
from .boilerplate import COMMON_RULES, COMMON_TRIMS, GENERIC_CREDITS, GENERIC_SUFFIX_NAMES, OTHER_TITLE_SUFFIXES
from .people import house_names
from .registry import outlets

#: A rule's named groups as `RuleSet.match` gives them (name → matched text, None where unmatched).
Groups = dict[str, str | None]
Matched = tuple[Rule, Groups]
_NO_GROUPS: Groups = {}  # (shared by every match of a rule without groups: read, never written)
#: The longest block taken for a credit line standing alone (``TEMPO.CO, Jakarta -``, ``KONTAN.CO.ID - JAKARTA.``).
BARE_CREDIT_MAX = 60
GENERIC_TITLE_SUFFIX = re.compile(OTHER_TITLE_SUFFIXES)
#: An alternation and, for each of its groups, the index of the rule it belongs to (group 0: none).
_Alternation = tuple[re.Pattern[str] | None, list[int]]


class RuleSet:
    """An outlet's rules (or the generic ones) compiled for one regex call per block."""

    def __init__(self, outlet: Outlet | None) -> None:
        self.rules: tuple[Rule, ...] = (outlet.rules if outlet else ()) + COMMON_RULES
        self.trims: tuple[Trim, ...] = (outlet.trims if outlet else ()) + COMMON_TRIMS
        self.credits: tuple[Credit, ...] = (outlet.credits if outlet else ()) + GENERIC_CREDITS
        #: The names the outlet credits itself by (a house byline ``Reporter`` / ``Tempo.co``).
        self.house = house_names(outlet.id, outlet.name, outlet.domains) if outlet else frozenset()
        self.standfirst = bool(outlet and outlet.standfirst)
        self.house_byline = bool(outlet and outlet.house_byline)
        # An outlet's own title suffix; with no outlet, any registered outlet's (a page may be
        # syndicated or its outlet unrecognised).
        declared = [outlet.title_suffix] if outlet else [o.title_suffix for o in outlets()]
        suffixes = [f"(?:{p})" for p in declared if p]
        self.title_suffix = re.compile("|".join(suffixes)) if suffixes else None
        self._probing = [(i, rule) for i, rule in enumerate(self.rules) if rule.probed]
        # the anchored rules' max_len values: a block's length falls between two, which picks its alternation
        self._bounds = sorted({r.max_len for r in self.rules if not r.probed and r.max_len is not None})
        self._alternations: dict[tuple[str, int], _Alternation] = {}
        # each rule's named groups with their numbers: in an alternation (which keeps them), the
        # number of the rule's own group + number = that named group
        self._named = [tuple(rule.regex.groupindex.items()) for rule in self.rules]
        # every credit pattern in one regex: a block that none opens costs one call
        credit_any = alternation([(c.pattern, c.flags) for c in self.credits])
        self._credit_any = credit_any[0] if credit_any else None

    def _alternation(self, zone: str, length: int) -> _Alternation:
        """The alternation of the anchored rules that may claim a block of `length` characters in `zone`."""
        bucket = bisect_left(self._bounds, length)  # (the max_len bounds below `length` rule their rules out)
        entry = self._alternations.get((zone, bucket))
        if entry is None:
            members = [
                i for i, rule in enumerate(self.rules)
                if not rule.probed and (rule.where == "any" or rule.where == zone)
                and (rule.max_len is None or rule.max_len >= length)
            ]
            combined = alternation([(self.rules[i].pattern, self.rules[i].flags & INLINE_FLAGS_MASK)
                                    for i in members], keep_groups=True) if members else None
            owner = [len(self.rules)]
            if combined is not None:
                owner *= combined[0].groups + 1
                for group, member in zip(combined[1], members, strict=True):
                    owner[group] = member
            entry = self._alternations[(zone, bucket)] = (combined[0] if combined else None, owner)
        return entry

    def match(self, text: str, zone: str) -> Matched | None:
        """The first rule (in declaration order) that matches the whole block and may apply in `zone`,
        with its named groups."""
        combined, owner = self._alternation(zone, len(text))
        hit = combined.fullmatch(text) if combined is not None else None
        first = owner[hit.lastindex or 0] if hit is not None else len(self.rules)
        for i, rule in self._probing:
            if i >= first:
                break
            if ((rule.where == "any" or rule.where == zone) and (rule.max_len is None or len(text) <= rule.max_len)
                    and passes_probe(text, rule.contains, rule.endings)):
                m = rule.regex.fullmatch(text)
                if m:
                    return rule, m.groupdict()
        if hit is None:
            return None
        named = self._named[first]
        if not named:
            return self.rules[first], _NO_GROUPS
        base = hit.lastindex or 0  # (the alternation kept the rule's groups: its group k is base + k)
        return self.rules[first], {name: hit.group(base + number) for name, number in named}

    def credit(self, text: str) -> tuple[Credit, re.Match[str]] | None:
        """The first credit line (in declaration order) that opens `text` and leaves some text after it."""
        if self._credit_any is not None and self._credit_any.match(text) is None:
            return None  # no credit pattern opens this block
        for credit in self.credits:
            m = credit.regex.match(text)
            if m and m.end() < len(text):
                return credit, m
        return None

    def bare_credit(self, text: str) -> tuple[Credit, re.Match[str]] | None:
        """A credit line printed as a block of its own (``Jakarta -`` over the lead: detik's markup puts the
        dateline before the first paragraph): the credit that would open a story printed after it."""
        if len(text) > BARE_CREDIT_MAX or not text.endswith(("-", "–", "—", ".", ",")):
            return None
        opened = text + " Berita"  # (what the credit patterns look for after the dash: a capitalised word)
        if self._credit_any is not None and self._credit_any.match(opened) is None:
            return None
        for credit in self.credits:
            m = credit.regex.match(opened)
            if m and m.end() >= len(text):
                return credit, m
        return None

    def trim(self, text: str) -> tuple[str, list[tuple[Trim, str]]]:
        """`text` without the furniture glued onto its end, and what each trim took off it (in order)."""
        taken = []
        for trim in self.trims:
            if passes_probe(text, trim.contains, trim.endings):
                m = trim.regex.search(text)
                if m:
                    taken.append((trim, text[m.start():].strip()))
                    text = text[: m.start()].rstrip()
        return text, taken

    def strip_title(self, title: str) -> str:
        """`title` without the outlet's (or, with no outlet, any outlet's) site suffix or another site's."""
        if self.title_suffix:
            title = self.title_suffix.sub("", title)
        return strip_generic_suffix(title)


def strip_generic_suffix(title: str) -> str:
    """`title` without a suffix of an outlet that has no rule module (`OTHER_TITLE_SUFFIXES`), stripped."""
    # (the generic suffix opens with a dash or a bar and names an outlet: most titles hold neither)
    opens = "-" in title or "|" in title or "–" in title or "—" in title
    if opens and any(name in title for name in GENERIC_SUFFIX_NAMES):
        title = GENERIC_TITLE_SUFFIX.sub("", title)
    return title.strip()


#: id(outlet) → (outlet, its RuleSet). Keyed by identity: hashing a frozen Outlet hashes every rule
#: it declares, which cost more than the lookup saves; the outlet is kept so its id is never reused.
_RULESETS: dict[int, tuple[Outlet | None, RuleSet]] = {}


def ruleset_for(outlet: Outlet | None) -> RuleSet:
    """The compiled rules of `outlet` (None: the generic cleaner), built once per outlet object."""
    entry = _RULESETS.get(id(outlet))
    if entry is None or entry[0] is not outlet:
        entry = _RULESETS[id(outlet)] = (outlet, RuleSet(outlet))
    return entry[1]


class DocumentMatcher:
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
