"""What flows through a batch: a `Document` in, a `Result` out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Document:
    """One input to clean, as handed to a worker: raw bytes or a path, never a parsed page.

    `format`: ``auto`` (HTML or dump, decided by content), ``html``, ``text``, or ``jsonl`` (`data`
    is one raw JSON Lines record). `error` (stage, reason, message) marks an input that already
    failed while it was being listed or read; it is reported as is.
    """

    id: str
    path: str | None = None
    data: bytes | str | None = None
    format: str = "auto"
    url: str | None = None
    headers: dict[str, str] | None = None
    error: tuple[str, str, str] | None = None


class Result(NamedTuple):
    """The outcome for one document: its output line and what the summary needs."""

    input: str
    #: The JSON Lines record, without the newline.
    line: str
    outlet: str | None = None
    stage: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.stage is None

    @property
    def record(self) -> dict[str, Any]:
        """The output record as a dict."""
        return json.loads(self.line)


# --------------------------------------------------------------------------------------------
# Listing inputs
