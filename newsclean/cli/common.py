"""What the commands share: exit codes, reading an input, the plain-text output, failure lines."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from ..article import Article
from ..engine.registry import outlets
from ..errors import CleanError, error_record, internal_error_message, os_error_reason

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2



@dataclass
class Input:
    """One thing to clean: a name for messages and a way to produce its Article."""

    name: str
    clean: Callable[[], Article]


def read_input(path: str) -> bytes:
    """The bytes of a file input ('-': standard input); a directory is a `CleanError`."""
    if path == "-":
        return sys.stdin.buffer.read()
    if os.path.isdir(path):
        raise CleanError("is a directory")
    with open(path, "rb") as handle:
        return handle.read()


def format_plain(article: Article, *, explain: bool) -> str:
    """Title, blank line, paragraphs separated by blank lines; with `explain`, every removed block."""
    parts = []
    if article.title:
        parts.append(article.title)
    parts.append(article.text)
    out = "\n\n".join(parts)
    if explain:
        lines = [f"\n\n--- removed: {len(article.removed)} block(s) ---"]
        lines += [f"[{r.kind}/{r.rule}] {r.text}" for r in article.removed]
        if article.warnings:
            lines.append("--- warnings ---")
            lines += article.warnings
        out += "\n".join(lines)
    return out


def report_error(name: str, reason: str) -> None:
    print(f"newsclean: {name}: {reason}", file=sys.stderr)


def failure_record(name: str, exc: BaseException) -> dict[str, object]:
    """The ``--json`` line of an input that failed; stage ``read`` for the file, ``clean`` for the page."""
    if isinstance(exc, CleanError):
        return error_record(name, "clean", exc.reason, failure_reason(exc))
    if isinstance(exc, OSError):
        return error_record(name, "read", os_error_reason(exc), failure_reason(exc))
    return error_record(name, "clean", "internal", failure_reason(exc))


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, CleanError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return internal_error_message(exc)


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(arg: str) -> bool:
    """http(s) URLs, and ``ftp://…``-like arguments that name no file: those go to the fetch path,
    which refuses them with a clear "only http and https" line rather than "no such file"."""
    return arg.lower().startswith(("http://", "https://")) or bool(_SCHEME.match(arg) and not os.path.exists(arg))


def is_batch_input(arg: str) -> bool:
    """Directories, JSON Lines and WARC files are batch inputs (many documents in one argument)."""
    lower = arg.lower()
    return os.path.isdir(arg) or lower.endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".arc.gz"))


def unknown_outlet(outlet: str | None) -> str | None:
    """The message for an --outlet that no rule module declares; None when it is absent or known."""
    if not outlet:
        return None
    known = {o.id for o in outlets()}
    if outlet.lower() in known:
        return None
    return f"unknown outlet {outlet!r} (known: {', '.join(sorted(known))})"
