"""Exact prefilters read from a regex's parse tree: a cheap test that says "cannot match" for some strings
and "may match" for every string the regex matches, so that the regex itself only runs where it may.

`EndFilter`: every match of a rule (fullmatch) or of a trim ending in ``$`` ends at the text's end, so the
pattern read backwards must match the reversed text at its start. That is one anchored match that fails
within a few characters for most paragraphs (a paragraph ending "(BPK)." is no photo credit), where the
pattern itself tries its photo credit after ``.{20,900}?`` at every position, or a trim's ``\\s*\\(`` is
searched from every character. Lookarounds and anchors are left out of the reversed pattern (so it
matches a superset: the test stays exact), as is anything it cannot reverse (then there is no filter).
"""

from __future__ import annotations

import re

#: A single-character repeat that may take at least this many characters opens a pattern slowly: a rule
#: opening so (``.{20,900}?``) tries the rest of its pattern at each of those characters.
GAP = 32


def _constants() -> object:
    from re import _constants as c  # type: ignore[attr-defined]

    return c


def _reversed(items: list, sub: type, state: object) -> list | None:
    """`items` (a parsed sequence) read backwards, assertions and anchors left out; None if not possible."""
    c = _constants()
    out: list = []
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.CATEGORY):  # type: ignore[attr-defined]
            out.append((op, av))
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # type: ignore[attr-defined]
            continue  # (left out: the reversed pattern matches more, never less)
        elif op is c.SUBPATTERN:  # type: ignore[attr-defined]
            _, add, remove, body = av
            inner = _reversed(body.data, sub, state)
            if inner is None:
                return None
            out.append((op, (None, add, remove, sub(state, inner))))  # (no capture: only success matters)
        elif op is c.BRANCH:  # type: ignore[attr-defined]
            branches = [_reversed(b.data, sub, state) for b in av[1]]
            if any(b is None for b in branches):
                return None
            out.append((op, (None, [sub(state, b) for b in branches])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, body = av
            inner = _reversed(body.data, sub, state)
            if inner is None:
                return None
            # (a possessive repeat becomes a greedy one: it matches at least as much)
            out.append((c.MIN_REPEAT if op is c.MIN_REPEAT else c.MAX_REPEAT, (low, high, sub(state, inner))))  # type: ignore[attr-defined]
        elif op is getattr(c, "ATOMIC_GROUP", None):
            inner = _reversed(av.data, sub, state)
            if inner is None:
                return None
            out.append((c.SUBPATTERN, (None, 0, 0, sub(state, inner))))  # type: ignore[attr-defined]
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
    while items and items[0][0] is c.SUBPATTERN:  # type: ignore[attr-defined]
        items = items[0][1][3].data
    if not items or items[0][0] not in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return False
    _, high, body = items[0][1]
    return high >= GAP and len(body.data) == 1 and body.data[0][0] in (
        c.ANY, c.IN, c.NOT_LITERAL, c.CATEGORY)  # type: ignore[attr-defined]


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
        if not items or items[-1] not in ((c.AT, c.AT_END), (c.AT, c.AT_END_STRING)):  # type: ignore[attr-defined]
            return None  # matches may end anywhere
        if items[0][0] is c.LITERAL and not parsed.state.flags & re.IGNORECASE:  # type: ignore[attr-defined]
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
