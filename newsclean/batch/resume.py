"""Resuming a batch: the ids of the documents an output file already holds, and a torn last line cut off."""

from __future__ import annotations

import json
import os
import re
import sys
from array import array
from bisect import bisect_left

_NUMBERED = re.compile(r"(.*):(0|[1-9][0-9]*)\Z", re.DOTALL)


class DoneIds:
    """The set of input ids already in an output file, stored compactly.

    ``FILE:NUMBER`` ids (JSON Lines lines, WARC offsets) cost 8 bytes each: one sorted
    ``array('q')`` of numbers per file. Other ids (page paths) are kept as strings, roughly
    ``60 + len(path)`` bytes each: a resumed run over ten million pages in a directory needs about
    1 GB for this set, over ten million WARC records about 80 MB.
    """

    def __init__(self) -> None:
        self._numbers: dict[str, array[int]] = {}
        self._names: set[str] = set()
        self._frozen = True
        self.count = 0

    def add(self, doc_id: str) -> None:
        self.count += 1
        match = _NUMBERED.match(doc_id)
        if match and int(match.group(2)) < 1 << 62:
            numbers = self._numbers.setdefault(match.group(1), array("q"))
            if numbers and numbers[-1] >= int(match.group(2)):
                self._frozen = False
            numbers.append(int(match.group(2)))
        else:
            self._names.add(doc_id)

    def freeze(self) -> None:
        """Sort the per-file arrays (results were written out of order); done once after loading."""
        if not self._frozen:
            for key, numbers in self._numbers.items():
                self._numbers[key] = array("q", sorted(numbers))
            self._frozen = True

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        if doc_id in self._names:
            return True
        match = _NUMBERED.match(doc_id)
        if not match:
            return False
        numbers = self._numbers.get(match.group(1))
        if not numbers:
            return False
        self.freeze()
        number = int(match.group(2))
        at = bisect_left(numbers, number)
        return at < len(numbers) and numbers[at] == number

    def __len__(self) -> int:
        return self.count


#: The ``"input"`` string that leads every line newsclean writes (a JSON string: escapes included).
_LEADING_ID = re.compile(rb'\{"input": ("(?:[^"\\]|\\.){0,65536}")')


def load_done(path: str, *, repair: bool = True) -> DoneIds:
    """Ids already in the JSON Lines file `path`; with `repair`, cut a torn last line off it first.

    Lines are read one at a time and only their leading ``"input"`` is decoded, so a file of any
    size is read in constant memory (the ids kept are the cost).
    """
    done = DoneIds()
    if not os.path.exists(path):
        return done
    if repair:
        truncate_torn_line(path)
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            doc_id = _line_id(line)
            if isinstance(doc_id, str):
                done.add(doc_id)
            else:
                print(f"newsclean: {path}:{number}: not an output record, ignored", file=sys.stderr)
    done.freeze()
    return done


def _line_id(line: bytes) -> object:
    """The ``input`` of one output line: read from its start when it leads, else by decoding the line."""
    leading = _LEADING_ID.match(line)
    if leading:
        try:
            return json.loads(leading.group(1).decode("utf-8", "replace"))
        except ValueError:
            pass
    try:
        value = json.loads(line.decode("utf-8"))
    except ValueError:
        return None
    return value.get("input") if isinstance(value, dict) else None


def truncate_torn_line(path: str) -> int:
    """Cut the file after its last newline (a line a killed run left half-written). Bytes removed."""
    with open(path, "r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            step = min(65536, pos)
            handle.seek(pos - step)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = pos - step + newline + 1
                break
            pos -= step
        else:
            keep = 0
        if keep < end:
            handle.truncate(keep)
        return end - keep


# --------------------------------------------------------------------------------------------
# A whole run
