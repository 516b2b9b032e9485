"""The `Article` every entry point returns (fields fixed by the output contract)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

#: Values allowed in ``Removed.kind`` (the contract's list).
REMOVED_KINDS: frozenset[str] = frozenset(
    {
        "ad", "ticker", "read_also", "video", "related", "share", "promo", "caption", "byline",
        "credit", "title", "date", "banner", "navigation", "other",
    }
)


@dataclass(frozen=True, slots=True)
class Removed:
    """One block taken out of the body: what it was (`kind`), which rule said so, and its text."""

    kind: str
    rule: str
    text: str


@dataclass(slots=True)
class Article:
    """A cleaned article. Field names are stable: pipelines key on them."""

    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    dateline: str | None = None
    language: str = "und"
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body: `paragraphs` joined by one blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form in contract order, `text` included; safe for `json.dumps`. Lists are copies."""
        return {
            "outlet": self.outlet, "url": self.url, "title": self.title, "summary": self.summary,
            "published": self.published, "authors": list(self.authors), "editor": self.editor,
            "source": self.source, "dateline": self.dateline, "language": self.language,
            "paragraphs": list(self.paragraphs), "text": self.text, "captions": list(self.captions),
            "tags": list(self.tags), "section": self.section,
            "removed": [{"kind": r.kind, "rule": r.rule, "text": r.text} for r in self.removed],
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The contract's JSON object (UTF-8 text, non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
