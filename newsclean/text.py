"""Page dumps (plain text copied or extracted from a news page) → `Article`."""

from __future__ import annotations

from .article import Article
from .engine.assemble import assemble
from .engine.classify import classify
from .engine.registry import outlets_credited, resolve_outlet
from .engine.ruleset import ruleset_for
from .errors import EmptyInputError
from .read.decode import DEFAULT_MAX_INPUT, split_lines, to_text


def clean_text(
    text: str | bytes,
    *,
    outlet: str | None = None,
    url: str | None = None,
    max_input_bytes: int | None = DEFAULT_MAX_INPUT,
) -> Article:
    """Clean one page dump.

    `outlet` names a rule module (``"tempo"``); otherwise the URL's domain decides, else the
    dump's own signatures, else the generic Indonesian cleaner runs and `outlet` is None. A dump
    that carries another outlet's signatures and none of the named outlet's is cleaned as that
    other outlet, with a warning.

    Raises `CleanError` subclasses: `EmptyInputError`, `BinaryInputError`, `InputTooLargeError`,
    `NoArticleError` (only site furniture), `UnknownOutletError`.
    """
    decoded = to_text(text, max_input_bytes=max_input_bytes)
    blocks = list(filter(None, split_lines(decoded)))  # (the non-empty lines)
    if not blocks:
        raise EmptyInputError("input is empty (nothing but whitespace)")
    warnings: list[str] = []
    chosen = resolve_outlet(outlet, url, blocks, warnings)
    found = classify(blocks, ruleset_for(chosen), mode="dump")
    if chosen is None and not found.credit_found and found.paragraphs:
        # signatures are read at the dump's ends only; a story deep inside a long dump (after a
        # huge menu or run of links) still opens with its outlet's credit line: let that decide
        credited = outlets_credited(found.paragraphs[0])
        if len(credited) == 1:  # (exactly one outlet's own credit line)
            chosen = credited[0]
            found = classify(blocks, ruleset_for(chosen), mode="dump")
    if chosen is not None and not found.paragraphs:
        # the outlet's rules took every block: try the generic cleaner before giving up
        generic = classify(blocks, ruleset_for(None), mode="dump")
        if generic.paragraphs:
            warnings.append(f"the {chosen.id!r} rules found no article body; the generic cleaner was used")
            found, chosen = generic, None
    return assemble(found, outlet=chosen, url=url, warnings=warnings)


def clean_texts(texts: list[str | bytes], **options: object) -> list[Article]:
    """`clean_text` over several dumps (same options for each); errors propagate."""
    return [clean_text(t, **options) for t in texts]  # type: ignore[arg-type]
