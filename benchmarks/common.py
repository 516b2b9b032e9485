"""Shared helpers for the benchmarks: timing medians and where the evaluation corpus lives."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT.parent / "shared" / "corpus"


def median_ms(func: Callable[[], object], *, repeat: int = 5) -> float:
    """Median wall time of `func()` over `repeat` runs, in milliseconds (after one warm-up call)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def section(title: str) -> None:
    print(f"\n== {title} ==")
