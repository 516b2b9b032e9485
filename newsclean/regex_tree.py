"""What a regex's parse tree says about the strings it can match, read through `re`'s private parser
(every reader falls back to "no information" should that API change).

`max_width`, `first_chars`, `openings`, `required_strings`, `ends_at_end` let the classifier group rules
into alternations by block length and opening characters. Exact prefilters: a cheap test that says
"cannot match" for some strings and "may match" for every string the regex matches, so that the regex
itself only runs where it may.

`EndFilter`: every match of a rule (fullmatch) or of a trim ending in ``$`` ends at the text's end, so the
pattern read backwards must match the reversed text at its start. That is one anchored match that fails
within a few characters for most paragraphs (a paragraph ending "(BPK)." is no photo credit), where the
pattern itself tries its photo credit after ``.{20,900}?`` at every position, or a trim's ``\\s*\\(`` is
searched from every character. Lookarounds and anchors are left out of the reversed pattern (so it
matches a superset: the test stays exact), as is anything it cannot reverse (then there is no filter).
"""

from __future__ import annotations

import re
import sys
from typing import Any

#: A single-character repeat that may take at least this many characters opens a pattern slowly: a rule
#: opening so (``.{20,900}?``) tries the rest of its pattern at each of those characters.
GAP = 32


def _constants() -> Any:
    from re import _constants as c  # type: ignore[attr-defined]

    return c


def _reversed(items: list, sub: type, state: object) -> list | None:
    """`items` (a parsed sequence) read backwards, assertions and anchors left out; None if not possible."""
    c = _constants()
    out: list = []
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.CATEGORY):
            out.append((op, av))
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # (left out: the reversed pattern matches more, never less)
        elif op is c.SUBPATTERN:
            _, add, remove, body = av
            inner = _reversed(body.data, sub, state)
            if inner is None:
                return None
            out.append((op, (None, add, remove, sub(state, inner))))  # (no capture: only success matters)
        elif op is c.BRANCH:
            branches = [_reversed(b.data, sub, state) for b in av[1]]
            if any(b is None for b in branches):
                return None
            out.append((op, (None, [sub(state, b) for b in branches])))
        elif op in _repeats():
            low, high, body = av
            inner = _reversed(body.data, sub, state)
            if inner is None:
                return None
            # (a possessive repeat becomes a greedy one: it matches at least as much)
            out.append((c.MIN_REPEAT if op is c.MIN_REPEAT else c.MAX_REPEAT, (low, high, sub(state, inner))))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            inner = _reversed(av.data, sub, state)
            if inner is None:
                return None
            out.append((c.SUBPATTERN, (None, 0, 0, sub(state, inner))))
        else:
            return None  # back-references and anything else: no filter
    out.reverse()
    return out


class EndFilter:
    """See the module's doc. `may_match(text)` is False only when the pattern cannot match `text`."""

    __slots__ = ("backwards",)

    def __init__(self, backwards: re.Pattern[str]) -> None:
        self.backwards = backwards

    def may_match(self, text: str) -> bool:
        if "\n" in text:
            return True  # (`$` also matches before a final newline: not worth reasoning about)
        return self.backwards.match(text[::-1]) is not None


def _opens_slowly(items: list) -> bool:
    """Whether a pattern opens with a long single-character repeat (``.{20,900}?``), in a group or not."""
    c = _constants()
    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][3].data
    if not items or items[0][0] not in _repeats():
        return False
    _, high, body = items[0][1]
    return high >= GAP and len(body.data) == 1 and body.data[0][0] in (
        c.ANY, c.IN, c.NOT_LITERAL, c.CATEGORY)


def end_filter(pattern: str, flags: int = 0, *, search: bool = False) -> EndFilter | None:
    """An `EndFilter` for `pattern` used with fullmatch, when it opens with a long single-character repeat
    (or, `search`: searched, when it ends in ``$`` or ``\\Z`` and has no literal prefix for the regex
    engine to scan for); None otherwise."""
    c = _constants()
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, there is simply no filter
        return None
    items = list(parsed.data)
    if search:
        if not items or items[-1] not in ((c.AT, c.AT_END), (c.AT, c.AT_END_STRING)):
            return None  # matches may end anywhere
        if items[0][0] is c.LITERAL and not parsed.state.flags & re.IGNORECASE:
            return None  # the engine finds a literal prefix fast enough
    elif not _opens_slowly(items):
        return None
    sub = type(parsed)
    try:
        backwards = _reversed(items, sub, parsed.state)
        if backwards is None:
            return None
        return EndFilter(re._compiler.compile(sub(parsed.state, backwards), flags))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, there is simply no filter
        return None


# -- what a pattern's parse tree says about the blocks it can match (used to group and skip rules) --


def max_width(pattern: str, flags: int) -> int:
    """The most characters `pattern` can match in a block (sys.maxsize when unbounded).

    Blocks are whitespace-folded, so `\\s*` and `\\s+` match one character at most there."""
    pattern = pattern.replace(r"\s*", r"\s?").replace(r"\s+", r"\s")
    try:
        return min(re._parser.parse(pattern, flags).getwidth()[1], sys.maxsize)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, fall back to "unbounded"
        return sys.maxsize


def first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can start with; None when it could be any."""
    c = _constants()

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
        if op in _repeats():
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


def openings(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-cased two-character openings a match of `pattern` can have (a shorter string: anything
    may follow it), for blocks whose first two characters are ASCII; None when it cannot tell.

    Sound for ASCII text: a non-ASCII letter in the pattern, a class it cannot list, a repeat's
    second round all give up ("anything from here on")."""
    c = _constants()

    def chars_of(ch: str) -> set[str] | None:
        if ch.isascii():
            return {ch.lower()}
        return None if ch.lower() != ch.upper() else {ch}  # a cased non-ASCII letter may fold to ASCII

    def of_item(op: object, av: object) -> set[tuple[str, bool]] | None:
        if op is c.LITERAL:
            found = chars_of(chr(av))  # type: ignore[arg-type]
            return None if found is None else {(ch, False) for ch in found}
        if op is c.IN:
            chars: set[str] = set()
            for sub_op, sub_av in av:  # type: ignore[attr-defined]
                more: set[str] | None = None
                if sub_op is c.LITERAL:
                    more = chars_of(chr(sub_av))
                elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 200:
                    more = set()
                    for x in range(sub_av[0], sub_av[1] + 1):
                        one = chars_of(chr(x))
                        if one is None:
                            return None
                        more |= one
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    more = set("0123456789")  # (the ASCII ones: only ASCII text is looked at)
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_SPACE:
                    more = set(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
                if more is None:
                    return None
                chars |= more
            return {(ch, False) for ch in chars}
        if op is c.BRANCH:
            found_all: set[tuple[str, bool]] = set()
            for branch in av[1]:  # type: ignore[index]
                found = of_sequence(branch.data)
                if found is None:
                    return None
                found_all |= found
            return found_all
        if op is c.SUBPATTERN:
            return of_sequence(av[3].data)  # type: ignore[index]
        if op in _repeats():
            low, high, sub = av  # type: ignore[misc]
            once = of_sequence(sub.data)
            if once is None:
                return None
            found = once if high == 1 else {(text, True) for text, _ in once}
            return found | {("", False)} if low == 0 else found
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {("", False)}
        return None

    def of_sequence(items: list) -> set[tuple[str, bool]] | None:
        # (text, open): the match starts with `text`; open: anything may follow it
        states: set[tuple[str, bool]] = {("", False)}
        for op, av in items:
            if all(is_open or len(text) >= 2 for text, is_open in states):
                break
            item = of_item(op, av)
            following: set[tuple[str, bool]] = set()
            for text, is_open in states:
                if is_open or len(text) >= 2:
                    following.add((text, True))
                elif item is None:
                    following.add((text, True))
                else:
                    for more, more_open in item:
                        joined = text + more
                        following.add((joined[:2], more_open or len(joined) >= 2))
            if len(following) > 400:
                return None
            states = following
        return states

    try:
        found = of_sequence(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, the second character decides nothing
        return None
    return None if found is None else frozenset(text for text, _ in found)


def required_strings(pattern: str, flags: int) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (``(?:19|20)\\d\\d`` → {"19", "20"}); None
    when it cannot tell. Under IGNORECASE only uncased ASCII characters (digits, punctuation) count."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        return _required_of_sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a private API; if it changes, no rule is left out on this ground
        return None


def _required_of_sequence(items: list, icase: bool) -> frozenset[str] | None:
    c = _constants()
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL and (not icase or (chr(av).isascii() and chr(av).lower() == chr(av).upper())):
            run.append(chr(av))  # consecutive mandatory literals: one string
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        item = _required_of_item(op, av, icase)
        if item is not None:
            found.append(item)
    if run:
        found.append(frozenset({"".join(run)}))
    # the most selective: longest shortest string, then fewest strings
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def _required_of_item(op: object, av: Any, icase: bool) -> frozenset[str] | None:
    c = _constants()
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        return _required_of_sequence(sub.data, _scoped_icase(icase, add, remove))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _required_of_sequence(branch.data, icase)
            if strings is None:
                return None
            union |= strings
        return frozenset(union)
    if op in _repeats() and av[0] >= 1:
        return _required_of_sequence(av[2].data, icase)
    return None


def _scoped_icase(icase: bool, add: int, remove: int) -> bool:
    """IGNORECASE inside a group with inline flags ``(?i:...)`` / ``(?-i:...)``."""
    return (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE


def _repeats() -> tuple[object, ...]:
    c = _constants()
    return (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))


def nonblank_required_strings(pattern: str, flags: int) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds that is more than whitespace; None when it
    cannot tell. A title suffix that may match nothing at all, ``(?:\\s+Halaman\\s+\\d+)?\\s*(?: - Kompas)?$``,
    gives {"Halaman", "Kompas"}: a title holding neither loses nothing to it but trailing whitespace."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        return _nonblank_of_sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a private API; if it changes, there is simply no filter
        return None


def _nonblank_of_sequence(items: list, icase: bool) -> frozenset[str] | None:
    c = _constants()
    if any(_solid(op, av) for op, av in items):
        return _required_of_sequence(items, icase)  # every match is more than whitespace: what every match holds
    # a match that is more than whitespace has an item that is: one of that item's strings
    union: set[str] = set()
    for op, av in items:
        if _blank(op, av):
            continue
        if op is c.SUBPATTERN:
            strings = _nonblank_of_sequence(av[3].data, _scoped_icase(icase, av[1], av[2]))
        elif op is c.BRANCH:
            strings = frozenset()
            for branch in av[1]:
                more = _nonblank_of_sequence(branch.data, icase)
                if more is None:
                    return None
                strings |= more
        elif op in _repeats():
            strings = _nonblank_of_sequence(av[2].data, icase)
        else:
            return None
        if strings is None:
            return None
        union |= strings
    return frozenset(union)


#: Characters past ASCII that `\s` matches: a range holding none of them (nor ASCII spaces) is solid.
_OTHER_SPACES = (0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)


def _solid(op: object, av: Any) -> bool:
    """Every match of the item is more than whitespace."""
    c = _constants()
    if op is c.LITERAL:
        return not chr(av).isspace()
    if op is c.IN:
        for member, value in av:
            if member is c.LITERAL and not chr(value).isspace():
                continue
            if member is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_WORD):
                continue
            if member is c.RANGE and value[0] > 0x20 and not any(value[0] <= s <= value[1] for s in _OTHER_SPACES):
                continue
            return False  # (a negated set, a space, anything else: may be whitespace)
        return bool(av)
    if op is c.SUBPATTERN:
        return any(_solid(o, a) for o, a in av[3].data)
    if op is c.BRANCH:
        return all(any(_solid(o, a) for o, a in branch.data) for branch in av[1])
    if op in _repeats():
        return av[0] >= 1 and any(_solid(o, a) for o, a in av[2].data)
    return False


def _blank(op: object, av: Any) -> bool:
    """Every match of the item is whitespace or nothing."""
    c = _constants()
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return True
    if op is c.LITERAL:
        return chr(av).isspace()
    if op is c.IN:
        return all((m is c.CATEGORY and v is c.CATEGORY_SPACE) or (m is c.LITERAL and chr(v).isspace()) for m, v in av)
    if op is c.SUBPATTERN:
        return all(_blank(o, a) for o, a in av[3].data)
    if op is c.BRANCH:
        return all(all(_blank(o, a) for o, a in branch.data) for branch in av[1])
    if op in _repeats():
        return all(_blank(o, a) for o, a in av[2].data)
    return False


def ends_at_end(pattern: str) -> bool:
    """Whether every match of `pattern` (no MULTILINE) ends with `$`: each top-level alternative does."""
    c = _constants()

    def of_sequence(items: list) -> bool:
        if not items:
            return False
        op, av = items[-1]
        if op is c.AT:
            return av is c.AT_END
        if op is c.SUBPATTERN:
            return of_sequence(av[3].data)
        if op is c.BRANCH:
            return all(of_sequence(branch.data) for branch in av[1])
        return False

    try:
        parsed = re._parser.parse(pattern, 0)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API; if it changes, the regex's own search is used
        return False
    return not parsed.state.flags & re.MULTILINE and of_sequence(parsed.data)
