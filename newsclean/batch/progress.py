"""A one-line progress display on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``done/total  docs/s  failures  ETA`` redrawn in place at most ten times a second."""

    def __init__(self, total: int | None = None, *, label: str = "docs", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.label = label
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, *, ok: bool = True, count: int = 1) -> None:
        self.done += count
        if not ok:
            self.failed += count
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done}" + (f"/{self.total}" if self.total else "") + f" {self.label}  {rate:.1f}/s"
        text += f"  {self.failed} failed"
        if self.total and rate > 0:
            text += f"  ETA {max(self.total - self.done, 0) / rate:.0f}s"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
