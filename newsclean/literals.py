"""Which blocks of a document hold which literals: the `contains` probes of rules and trims are looked for
once over the whole document, not block by block (see classify.DocumentRules)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

#: Characters rare in running news text, rarest first: a literal holding one is found from it.
_RARE_IN_TEXT = "[]|/("
#: An anchor's literals by the character after the anchor, by the one before it, and those of the anchor alone.
_Anchored = tuple[dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]], list[tuple[str, int]]]


class LiteralScan:
    """Finds which of a set of literals (case-sensitive) each block of a document holds.

    A literal holding a character rare in running text (the ``/`` of a photo credit, the ``(`` of
    ``(Baca juga``) is found from that character: `str.find` of one character runs at memory speed, and
    each place it stands is checked against the few literals anchored on it. Every other literal is found
    with a `str.find` of its own (under a nanosecond per character; a regex pass over a trie of them costs
    several, whatever it looks for)."""

    def __init__(self, literals: Iterable[str]) -> None:
        words = sorted(set(literals) - {""})
        self.literals = frozenset(words)
        # anchor character → the literals holding it, with where it stands in each, by the character next to
        # it in the literal: (the one after it → literals, the one before it → literals, literals of the
        # anchor alone). At a place the anchor stands, the text's neighbours pick the few literals to compare.
        anchored: dict[str, _Anchored] = {}
        self._finds: list[str] = []
        for word in words:
            anchor = next((ch for ch in _RARE_IN_TEXT if ch in word), "")
            if not anchor:
                self._finds.append(word)
                continue
            after, before, alone = anchored.setdefault(anchor, ({}, {}, []))
            offset = word.index(anchor)
            if offset + 1 < len(word):
                after.setdefault(word[offset + 1], []).append((word, offset))
            elif offset > 0:
                before.setdefault(word[offset - 1], []).append((word, offset))
            else:
                alone.append((word, offset))
        self._anchored = sorted(anchored.items())

    def find(self, blocks: list[str]) -> dict[str, set[int]]:
        """Literal → indexes of the blocks holding it (literals that occur nowhere are left out)."""
        holding: dict[str, set[int]] = {}
        if not self.literals:
            return holding
        joined = "\n".join(blocks)
        starts = _starts(blocks)
        end = len(joined)
        for anchor, (after, before, alone) in self._anchored:
            pos = joined.find(anchor)
            while pos != -1:
                # the text's neighbours of the anchor pick the literals to compare (most places: none)
                if pos + 1 < end:
                    candidates = after.get(joined[pos + 1])
                    if candidates is not None:
                        _record(joined, pos, candidates, starts, holding)
                if pos > 0:
                    candidates = before.get(joined[pos - 1])
                    if candidates is not None:
                        _record(joined, pos, candidates, starts, holding)
                if alone:
                    _record(joined, pos, alone, starts, holding)
                pos = joined.find(anchor, pos + 1)
        for word in self._finds:
            pos = joined.find(word)
            if pos == -1:
                continue
            where = holding.setdefault(word, set())
            while pos != -1:
                block = bisect_right(starts, pos) - 1
                where.add(block)
                # the next occurrence in a later block: this block is already known to hold it
                pos = joined.find(word, max(pos + len(word), starts[block + 1]))
        return holding


def _record(
    joined: str, pos: int, candidates: list[tuple[str, int]], starts: list[int], holding: dict[str, set[int]]
) -> None:
    """Record each of `candidates` (literal, where its anchor stands in it) that stands in `joined` with its
    anchor at `pos`, under the block where it starts."""
    for word, offset in candidates:
        begin = pos - offset
        # (a slice compared: cheaper from compiled code than a str.startswith method call)
        if begin >= 0 and joined[begin:begin + len(word)] == word:
            holding.setdefault(word, set()).add(bisect_right(starts, begin) - 1)


def _starts(blocks: list[str]) -> list[int]:
    """Where each block starts in "\\n".join(blocks) (and, last, where the text ends plus one)."""
    starts = [0]
    total = 0
    for block in blocks:  # (a plain loop: compiled, it adds machine integers)
        total += len(block) + 1
        starts.append(total)
    return starts
