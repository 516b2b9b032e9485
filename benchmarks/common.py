"""Shared helpers for the benchmarks: batch-style timing and where the evaluation corpus lives.

Timing is batch-style, as users run the library: a round cleans every document once on one side, then
every document once on the other; several rounds; each side's figure is the median round. No document
is cleaned many times in a row (that would let per-process memos of the last document flatter a side).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT.parent / "shared" / "corpus"

#: Timed rounds per side (after one warm-up round of both sides).
ROUNDS = 7


def batch_rounds(
    documents: Sequence[T], sides: dict[str, Callable[[T], object]], *, rounds: int = ROUNDS
) -> dict[str, list[float]]:
    """Per side, each document's median time in ms over `rounds` rounds; in a round every side cleans
    every document once, side after side, so that a slow spell of the machine falls on both sides."""
    times: dict[str, list[list[float]]] = {name: [[] for _ in documents] for name in sides}
    for round_number in range(rounds + 1):
        for name, clean in sides.items():
            for i, document in enumerate(documents):
                start = time.perf_counter()
                clean(document)
                if round_number:  # (round 0 warms imports and caches up)
                    times[name][i].append((time.perf_counter() - start) * 1000)
    return {name: [statistics.median(each) for each in per_document] for name, per_document in times.items()}


def ratio_line(label: str, ours: list[float], theirs: list[float]) -> str:
    """`label`, both sides' total ms per round over these documents, and trafilatura / newsclean."""
    total_ours, total_theirs = sum(ours), sum(theirs)
    return f"{label:34}{total_ours:11.1f}{total_theirs:13.1f}{total_theirs / total_ours:8.1f}x"


def table_head() -> str:
    return f"{'(ms per round, summed)':34}{'newsclean':>11}{'trafilatura':>13}{'ratio':>9}"


def section(title: str) -> None:
    print(f"\n== {title} ==")
