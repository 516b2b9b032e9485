"""The generic path: trafilatura finds the main text of a page no template knows, then the same
Indonesian text rules as for dumps take the furniture out of its blocks.

Blocks come from the structure trafilatura extracted (its `<p>`, `<head>`, list items, table rows),
never from the source's own newlines: a story hard-wrapped in the HTML source is one paragraph per
paragraph, not one per source line. Inside a block, a double line break starts a paragraph; a single
one does too, unless the line runs on mid-sentence into a lower-case word (a wrapped line).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .blocks import fold, runs_on


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
            # not `fast`: without its fallback pass trafilatura returned a whole page as one line on pages of
            # loose text and <br><br> (a Sindonews 2020 shape); the cheap stages before it keep its cost rare
            html, url=url, with_metadata=False, include_comments=False, include_tables=True, fast=False
        )
    except (RecursionError, MemoryError) as exc:
        return GenericResult(error=f"the generic extractor gave up on this markup ({type(exc).__name__})")
    except Exception as exc:  # noqa: BLE001 - a third-party parser; its failure is a result, not a crash
        return GenericResult(error=f"the generic extractor failed ({type(exc).__name__}: {exc})")
    if document is None:
        return GenericResult()
    body = getattr(document, "body", None)
    if body is not None:
        return GenericResult(lines=list(_blocks(body)))
    data = document if isinstance(document, dict) else document.as_dict()
    text = data.get("text") or ""
    return GenericResult(lines=[line for line in (fold(raw) for raw in text.split("\n")) if line])


_SPACE = re.compile(r"\s+")


def _blocks(body: Any) -> Iterator[str]:
    """The text blocks of trafilatura's extracted tree, in order (text loose between its elements, as
    trafilatura leaves a story's first lines after a caption, is a block too)."""
    loose = fold(body.text or "")
    if loose:
        yield loose
    for element in body:
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                yield from _paragraphs(item)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [fold(" ".join(cell.itertext())) for cell in row]
                line = " ".join(c for c in cells if c)
                if line:
                    yield line
        else:
            yield from _paragraphs(element)
        loose = fold(element.tail or "")
        if loose:
            yield loose


def _paragraphs(element: Any) -> Iterator[str]:
    """An element's text split at its line breaks (`<lb/>`) into paragraphs."""
    lines: list[str] = [""]

    def walk(node: Any) -> None:
        lines[-1] += _SPACE.sub(" ", node.text or "")
        for child in node:
            if child.tag == "lb":
                lines.append("")
            else:
                walk(child)
            lines[-1] += _SPACE.sub(" ", child.tail or "")

    walk(element)
    paragraph = ""
    for raw in lines:
        line = fold(raw)
        if not line:  # a double break (or an empty line): the paragraph is over
            if paragraph:
                yield paragraph
            paragraph = ""
        elif paragraph and runs_on(paragraph, line):
            paragraph += " " + line  # a line wrapped mid-sentence
        else:
            if paragraph:
                yield paragraph
            paragraph = line
    if paragraph:
        yield paragraph
