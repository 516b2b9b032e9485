"""Inputs of a batch: `Document`s streamed out of paths (page files, directories, JSON Lines, WARC),
and the `Result` each becomes. Nothing is read whole: a document for a file carries only its path."""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections import Counter
from collections.abc import Collection, Container, Iterable, Iterator
from typing import IO

from ..errors import (
    is_gzip_error,
    os_error_message,
    os_error_reason,
)
from ..read.decode import DEFAULT_MAX_INPUT
from .document import Document

#: Extensions of page files taken from a directory (each also with ``.gz``).
PAGE_EXTENSIONS = (".txt", ".html", ".htm")
JSONL_EXTENSIONS = (".jsonl", ".jsonl.gz")
WARC_EXTENSIONS = (".warc", ".warc.gz")
ARC_EXTENSIONS = (".arc", ".arc.gz")
def input_kind(path: str) -> str:
    """``dir``, ``jsonl``, ``warc``, ``arc``, ``stdin`` or ``file``: how `iter_documents` reads `path`."""
    if path == "-":
        return "stdin"
    lower = path.lower()
    if lower.endswith(JSONL_EXTENSIONS):
        return "jsonl"
    if lower.endswith(WARC_EXTENSIONS):
        return "warc"
    if lower.endswith(ARC_EXTENSIONS):
        return "arc"
    if os.path.isdir(path):
        return "dir"
    return "file"


def is_page_file(name: str) -> bool:
    lower = name.lower()
    lower = lower[:-3] if lower.endswith(".gz") else lower
    return lower.endswith(PAGE_EXTENSIONS)


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    outlets: Collection[str] | None = None,
    skip: Container[str] | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Document]:
    """Every document in `inputs`, lazily, in listing order.

    `outlets` keeps only WARC responses from those outlets' domains. `skip` holds ids not to yield
    (a resumed run's finished inputs). `skipped` counts what was passed over and why.
    """
    skipped = skipped if skipped is not None else Counter()
    for raw in inputs:
        path = os.fspath(raw)
        # (absolute: a run resumed from another directory knows the documents it already wrote)
        path = path if path == "-" else os.path.abspath(path)
        kind = input_kind(path)
        if kind == "dir":
            yield from _iter_directory(path, skip, skipped)
        elif kind == "jsonl":
            yield from _iter_jsonl(path, skip, skipped)
        elif kind == "warc":
            yield from _iter_warc(path, outlets, skip, skipped)
        elif kind == "arc":
            if not _skipped(path, skip, skipped):
                yield Document(path, error=("read", "unsupported",
                                            "ARC files are not supported: convert them to WARC first"))
        elif kind == "stdin":
            if not _skipped("<stdin>", skip, skipped):
                yield Document("<stdin>", data=sys.stdin.buffer.read(DEFAULT_MAX_INPUT + 1))
        elif not _skipped(path, skip, skipped):
            yield Document(path, path=path)


def _skipped(doc_id: str, skip: Container[str] | None, skipped: Counter[str]) -> bool:
    if skip is not None and doc_id in skip:
        skipped["done"] += 1
        return True
    return False


def _iter_directory(root: str, skip: Container[str] | None, skipped: Counter[str]) -> Iterator[Document]:
    # An explicit stack of open scandir iterators: lazy, and depth-first without recursion limits.
    # Hidden entries (.git, .cache) are passed over; symlinked directories are not followed (no loops).
    stack: list[tuple[str, Iterator[os.DirEntry[str]]]] = []
    try:
        stack.append((root, os.scandir(root)))
    except OSError as exc:
        yield Document(root, error=("read", os_error_reason(exc), f"cannot list directory: {os_error_message(exc)}"))
        return
    while stack:
        where, entries = stack[-1]
        try:
            entry = next(entries, None)
        except OSError as exc:
            entry = None
            message = f"cannot list directory: {os_error_message(exc)}"
            yield Document(where, error=("read", os_error_reason(exc), message))
        if entry is None:
            stack.pop()
            close = getattr(entries, "close", None)
            if close:
                close()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                stack.append((entry.path, os.scandir(entry.path)))
            except OSError as exc:
                if not _skipped(entry.path, skip, skipped):
                    yield Document(entry.path, error=("read", os_error_reason(exc),
                                                      f"cannot list directory: {os_error_message(exc)}"))
        elif is_page_file(entry.name) and not _skipped(entry.path, skip, skipped):
            yield Document(entry.path, path=entry.path)


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents `inputs` hold, when that is cheap to know (files and directories), else None."""
    total = 0
    for path in inputs:
        kind = input_kind(path)
        if kind in ("jsonl", "warc"):
            return None
        if kind != "dir":
            total += 1
            continue
        stack = [path]
        while stack:
            try:
                with os.scandir(stack.pop()) as entries:
                    for entry in entries:
                        if entry.name.startswith("."):
                            continue
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                        elif is_page_file(entry.name):
                            total += 1
            except OSError:
                total += 1  # reported as one error line
    return total


def open_maybe_gzip(path: str) -> IO[bytes]:
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    if handle.read(2) == b"\x1f\x8b":
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    handle.seek(0)
    return handle


def _iter_jsonl(path: str, skip: Container[str] | None, skipped: Counter[str]) -> Iterator[Document]:
    try:
        handle = open_maybe_gzip(path)
    except OSError as exc:
        yield Document(path, error=("read", os_error_reason(exc), os_error_message(exc)))
        return
    number = 0
    with handle:
        while True:
            try:
                line = handle.readline(DEFAULT_MAX_INPUT + 1)
            except (OSError, EOFError, zlib.error) as exc:
                yield Document(f"{path}:{number + 1}", error=("read", "gzip" if is_gzip_error(exc) else "io_error",
                                                              f"cannot read line {number + 1}: {exc}"))
                return
            if not line:
                return
            number += 1
            doc_id = f"{path}:{number}"
            if len(line) > DEFAULT_MAX_INPUT and not line.endswith(b"\n"):
                _discard_rest_of_line(handle)
                if not _skipped(doc_id, skip, skipped):
                    yield Document(doc_id, error=("read", "too_large", "record is over the input size limit"))
                continue
            if not line.strip():
                continue  # blank lines are not records
            if not _skipped(doc_id, skip, skipped):
                yield Document(doc_id, data=line, format="jsonl")


def _discard_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        piece = handle.readline(1 << 20)
        if not piece or piece.endswith(b"\n"):
            return


def _iter_warc(path: str, outlets: Collection[str] | None, skip: Container[str] | None,
               skipped: Counter[str]) -> Iterator[Document]:
    from .warc import iter_warc

    try:
        yield from iter_warc(path, outlets=outlets, skip=skip, skipped=skipped)
    except OSError as exc:  # the file itself could not be opened
        if not _skipped(path, skip, skipped):
            yield Document(path, error=("read", os_error_reason(exc), os_error_message(exc)))


# --------------------------------------------------------------------------------------------
# Cleaning one document (runs in the worker processes)
