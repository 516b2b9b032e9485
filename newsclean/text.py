"""Page dumps (plain text copied or extracted from a news page) → `Article`."""

from __future__ import annotations

from .article import Article
from .assemble import assemble
from .classify import classify, ruleset_for
from .decode import DEFAULT_MAX_INPUT, split_lines, to_text
from .errors import EmptyInputError
from .registry import resolve_outlet


def clean_text(
    text: str | bytes,
    *,
    outlet: str | None = None,
    url: str | None = None,
    max_input_bytes: int | None = DEFAULT_MAX_INPUT,
) -> Article:
    """Clean one page dump.

    `outlet` forces a rule module (``"tempo"``); otherwise the URL's domain decides, else the
    dump's own signatures, else the generic Indonesian cleaner runs and `outlet` is None.

    Raises `CleanError` subclasses: `EmptyInputError`, `BinaryInputError`, `InputTooLargeError`,
    `NoArticleError` (only site furniture), `UnknownOutletError`.
    """
    decoded = to_text(text, max_input_bytes=max_input_bytes)
    blocks = [line for line in split_lines(decoded) if line]
    if not blocks:
        raise EmptyInputError("input is empty (nothing but whitespace)")
    chosen = resolve_outlet(outlet, url, blocks)
    found = classify(blocks, ruleset_for(chosen), mode="dump")
    return assemble(found, outlet=chosen, url=url)


def clean_texts(texts: list[str | bytes], **options: object) -> list[Article]:
    """`clean_text` over several dumps (same options for each); errors propagate."""
    return [clean_text(t, **options) for t in texts]  # type: ignore[arg-type]
