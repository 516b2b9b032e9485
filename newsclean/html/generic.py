"""The generic path: trafilatura finds the main text of a page no template knows, then the same
Indonesian text rules as for dumps take the furniture out of its lines.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .blocks import fold


@dataclass
class GenericResult:
    """trafilatura's lines (its own metadata is not asked for: the page's tags, read once by
    `newsclean.html.meta`, serve both paths, and trafilatura's date search costs a quarter of its time)."""

    lines: list[str] = field(default_factory=list)
    error: str | None = None


def extract_generic(html: str, url: str | None) -> GenericResult:
    """Main text of `html` by trafilatura, one line per paragraph. Never raises: a failure inside
    trafilatura (deeply nested markup, parser errors) comes back as `error` with no lines."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, include_tables=True
        )
    except (RecursionError, MemoryError) as exc:
        return GenericResult(error=f"the generic extractor gave up on this markup ({type(exc).__name__})")
    except Exception as exc:  # noqa: BLE001 - a third-party parser; its failure is a result, not a crash
        return GenericResult(error=f"the generic extractor failed ({type(exc).__name__}: {exc})")
    if document is None:
        return GenericResult()
    data = document if isinstance(document, dict) else document.as_dict()
    text = data.get("text") or ""
    lines = [line for line in (fold(raw) for raw in text.split("\n")) if line]
    return GenericResult(lines=lines)
