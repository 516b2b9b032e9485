"""Batch cleaning: directories, JSON Lines and WARC files, in parallel, resumable, memory-flat.

Three layers, each usable alone:

* `iter_documents(inputs)` streams `Document`s out of paths: pages in a directory tree (``.txt``,
  ``.html``, ``.htm`` and their ``.gz``), JSON Lines records (``{"url", "html"}`` or ``{"text"}``),
  WARC responses (`newsclean.batch.warc`), or single files. Nothing is read whole: a directory is walked
  with `os.scandir`, JSON Lines line by line, a WARC record by record. A document for a file
  carries only its path; the worker reads it.
* `clean_documents(documents, workers=N)` cleans them in a process pool fed chunk by chunk, with a
  bounded number of chunks in flight (so memory stays flat), and yields one `Result` per document
  as results arrive (out of order). Every failure is a `Result` too: nothing is dropped.
* `clean_batch(inputs, "OUT.jsonl", resume=True)` ties both to a JSON Lines file written one whole
  line at a time, and skips the inputs a killed run already wrote. The ``newsclean`` command's
  batch mode (`run_cli`) is this function.

Output lines: ``{"input": ID, ...Article.to_dict()}`` or
``{"input": ID, "error": MESSAGE, "stage": STAGE, "reason": REASON[, "url": URL]}``. ``ID`` is the
path of a page file, ``FILE:LINE`` for a JSON Lines record (1-based line number) and
``FILE:OFFSET`` for a WARC record (byte offset); the same inputs give the same ids on every run.
Stages: ``read`` (the file or record could not be read), ``decode`` (a JSON Lines record that is
not JSON, not an object, or carries no ``html``/``text``; an HTTP encoding that cannot be undone),
``clean`` (the cleaner refused the page; ``reason`` is the `CleanError.reason`, ``timeout`` for a
page over the time limit, ``crashed`` when the worker process died on it, ``internal`` for a bug).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import signal
import sys
import time
import zlib
from array import array
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Collection, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any, NamedTuple

from ..errors import (
    CleanError,
    error_record,
    internal_error_message,
    is_gzip_error,
    os_error_message,
    os_error_reason,
)
from ..read.decode import DEFAULT_MAX_INPUT

#: Extensions of page files taken from a directory (each also with ``.gz``).
PAGE_EXTENSIONS = (".txt", ".html", ".htm")
JSONL_EXTENSIONS = (".jsonl", ".jsonl.gz")
WARC_EXTENSIONS = (".warc", ".warc.gz")
ARC_EXTENSIONS = (".arc", ".arc.gz")
#: Seconds one document may take before it is given up with reason ``timeout`` (None: no limit).
DEFAULT_TIMEOUT = 60.0
#: Documents per chunk sent to a worker, and the payload bytes that close a chunk early.
CHUNK_SIZE = 16
CHUNK_BYTES = 4 << 20


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
        path = path if path == "-" else os.path.normpath(path)
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


def _open_maybe_gzip(path: str) -> IO[bytes]:
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    if handle.read(2) == b"\x1f\x8b":
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    handle.seek(0)
    return handle


def _iter_jsonl(path: str, skip: Container[str] | None, skipped: Counter[str]) -> Iterator[Document]:
    try:
        handle = _open_maybe_gzip(path)
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


class _Failure(Exception):
    def __init__(self, stage: str, reason: str, message: str, url: str | None = None) -> None:
        super().__init__(message)
        self.stage, self.reason, self.message, self.url = stage, reason, message, url


class DocumentTimeout(Exception):
    """A document took longer than the time limit."""


@dataclass(frozen=True, slots=True)
class Options:
    """What every document of a run is cleaned with."""

    outlet: str | None = None
    url: str | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    #: Called as ``cleaner(data, format=, url=, outlet=)`` instead of newsclean's own cleaners
    #: (a module-level function, so worker processes can import it): for custom pipelines and tests.
    cleaner: Callable[..., Any] | None = None


def clean_document(doc: Document, options: Options = Options()) -> Result:  # noqa: B008 - frozen, shared
    """Clean one document; every failure becomes an error `Result`, never an exception."""
    record, outlet, warnings = clean_record(doc, options)
    line = json.dumps(record, ensure_ascii=False)
    if "error" in record:
        return Result(doc.id, line, stage=record["stage"], reason=record["reason"])
    return Result(doc.id, line, outlet, warnings=tuple(warning_kind(w) for w in warnings))


def clean_record(doc: Document, options: Options = Options()) -> tuple[dict[str, Any], str | None, list[str]]:  # noqa: B008
    """The output record of one document as a dict (``input`` first), its outlet and warnings."""
    url = doc.url or options.url
    if doc.error is not None:
        return error_record(doc.id, *doc.error, url=url), None, []
    try:
        data, fmt, url = _load(doc, url)
    except _Failure as failure:
        return error_record(doc.id, failure.stage, failure.reason, failure.message, url=failure.url or url), None, []
    try:
        with _time_limit(options.timeout):
            article = _clean(data, fmt, url, options.outlet, options.cleaner)
    except CleanError as exc:
        return error_record(doc.id, "clean", exc.reason, str(exc), url=url), None, []
    except DocumentTimeout:
        return error_record(doc.id, "clean", "timeout", f"gave up after {options.timeout:g} s", url=url), None, []
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a million-page run
        if os.environ.get("NEWSCLEAN_DEBUG"):
            raise
        return error_record(doc.id, "clean", "internal", internal_error_message(exc), url=url), None, []
    return {"input": doc.id, **article.to_dict()}, article.outlet, list(article.warnings)


def error_result(doc_id: str, stage: str, reason: str, message: str, *, url: str | None = None) -> Result:
    record = error_record(doc_id, stage, reason, message, url=url)
    return Result(doc_id, json.dumps(record, ensure_ascii=False), stage=stage, reason=reason)


def _clean(data: bytes | str, fmt: str, url: str | None, outlet: str | None,
           cleaner: Callable[..., Any] | None = None) -> Any:
    if cleaner is not None:
        return cleaner(data, format=fmt, url=url, outlet=outlet)
    if fmt == "html":
        from ..html.page import clean_html

        return clean_html(data, url=url, outlet=outlet)
    if fmt == "text":
        from ..text import clean_text

        return clean_text(data, url=url, outlet=outlet)
    from ..auto import clean

    return clean(data, url=url, outlet=outlet)


def _load(doc: Document, url: str | None) -> tuple[bytes | str, str, str | None]:
    """The page bytes or text, how to clean them, and the URL: reads files, parses JSON Lines."""
    if doc.path is not None:
        return _read_file(doc.path), doc.format, url
    data = doc.data if doc.data is not None else b""
    if doc.format == "jsonl":
        return _parse_record(data.encode("utf-8") if isinstance(data, str) else data, url)
    if doc.headers and isinstance(data, bytes):
        from .warc import decode_http_body

        try:
            return decode_http_body(data, doc.headers), doc.format, url
        except CleanError as exc:
            raise _Failure("decode", exc.reason, str(exc)) from exc
    return data, doc.format, url


def _read_file(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > DEFAULT_MAX_INPUT:
            raise _Failure("read", "too_large", f"file is {size / 1_048_576:.1f} MB, over the input limit")
        with _open_maybe_gzip(path) as handle:
            data = handle.read(DEFAULT_MAX_INPUT + 1)
    except _Failure:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise _Failure("read", os_error_reason(exc), os_error_message(exc)) from exc
    if len(data) > DEFAULT_MAX_INPUT:
        raise _Failure("read", "too_large", "decompressed file is over the input limit")
    return data


def _parse_record(line: bytes, url: str | None) -> tuple[bytes | str, str, str | None]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise _Failure("decode", "bad_json", f"not valid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise _Failure("decode", "bad_record", f"a record must be a JSON object, not {type(record).__name__}")
    return record_content(record, url)


def record_content(record: dict[str, Any], url: str | None = None) -> tuple[str, str, str | None]:
    """``(page, format, url)`` of a ``{"url", "html"}`` or ``{"text"}`` record (``html`` wins)."""
    record_url = record.get("url")
    if isinstance(record_url, str) and record_url.strip():
        url = record_url.strip()
    for key, fmt in (("html", "html"), ("text", "text")):
        value = record.get(key)
        if isinstance(value, str):
            return value, fmt, url
    raise _Failure("decode", "no_content", 'record has no "html" or "text" string', url=url)


_WARNING_SOURCE = re.compile(r"^[\w.-]+:\s+")
_WARNING_DETAIL = re.compile(r"""\s*[:;'"(\[{]|\s+\d""")


def warning_kind(warning: str) -> str:
    """A warning without its particulars (``tempo:`` prefix, quoted values, lists, numbers): what
    the summary groups on, e.g. ``could not parse timestamp``."""
    text = _WARNING_SOURCE.sub("", warning)
    return _WARNING_DETAIL.split(text, maxsplit=1)[0].strip() or warning[:60]


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    # SIGALRM interrupts pure-Python loops and `re` (which checks for signals); only the main
    # thread of a process can take it, so elsewhere (threads, Windows) there is no limit.
    import threading

    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_chunk(chunk: list[Document], options: Options) -> list[Result]:
    """What a worker runs: a chunk of documents in, their results out (JSON already serialised)."""
    return [clean_document(doc, options) for doc in chunk]


def _init_worker(lifeline: Any = None) -> None:
    # Ctrl-C goes to the whole process group: the parent decides what happens, workers finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if lifeline is not None:
        import threading

        threading.Thread(target=_exit_with_parent, args=(lifeline,), daemon=True, name="lifeline").start()


def _exit_with_parent(lifeline: Any) -> None:
    # The parent holds the only write end of this pipe. When it dies, even by SIGKILL, the read
    # ends with EOF and the worker leaves too, instead of idling forever under the forkserver.
    try:
        lifeline.recv()
    except (EOFError, OSError):
        pass
    os._exit(0)


# --------------------------------------------------------------------------------------------
# The pool


def default_workers() -> int:
    return os.cpu_count() or 1


def _chunks(documents: Iterable[Document], size: int, max_bytes: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    weight = 0
    for doc in documents:
        chunk.append(doc)
        weight += len(doc.data) if doc.data is not None else 0  # str: close enough
        if len(chunk) >= size or weight >= max_bytes:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def clean_documents(
    documents: Iterable[Document],
    *,
    workers: int | None = None,
    outlet: str | None = None,
    url: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    chunk_size: int = CHUNK_SIZE,
    cleaner: Callable[..., Any] | None = None,
) -> Iterator[Result]:
    """Clean `documents` in `workers` processes (default: all cores; 1: in this process, no pool).

    Results come as they finish, not in input order. At most ``2 * workers + 1`` chunks are in
    flight, so a stream of any length is cleaned in constant memory. A worker process that dies
    (a crash in a C library, the OOM killer) costs nothing but its documents' retry: its chunks are
    re-run one document at a time, and the one that kills a worker again gets reason ``crashed``.
    """
    options = Options(outlet=outlet, url=url, timeout=timeout, cleaner=cleaner)
    count = workers or default_workers()
    chunks = _chunks(documents, max(1, chunk_size), CHUNK_BYTES)
    if count <= 1:
        for chunk in chunks:
            yield from clean_chunk(chunk, options)
        return
    yield from _pool_results(chunks, count, options)


#: Pool deaths in a row, with no chunk finished in between, after which the run stops.
MAX_POOL_BREAKS = 10


class WorkerStartError(RuntimeError):
    """The worker processes keep dying before they clean anything (a broken installation)."""


def _new_pool(workers: int) -> Any:
    from concurrent.futures import ProcessPoolExecutor

    from .pools import process_context

    context = process_context(["newsclean", "newsclean.batch.core", "newsclean.html.page", "site_rules"])
    reader, writer = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(reader,))
    pool._newsclean_lifeline = (reader, writer)  # type: ignore[attr-defined] # open as long as the pool
    return pool


def _pool_results(chunks: Iterator[list[Document]], workers: int, options: Options) -> Iterator[Result]:
    from concurrent.futures import FIRST_COMPLETED, Future, wait
    from concurrent.futures.process import BrokenProcessPool

    window = 2 * workers + 1
    pool = _new_pool(workers)
    pending: dict[Future[list[Result]], list[Document]] = {}
    suspects: deque[list[Document]] = deque()  # documents of chunks that were in a dying pool
    exhausted = False
    breaks = 0  # pool deaths since the last chunk that came back: workers that cannot even start
    try:
        while True:
            # Suspects run alone, so a worker that dies again names its document for sure.
            alone = None
            if not pending and suspects:
                chunk = suspects.popleft()
                alone = pool.submit(clean_chunk, chunk, options)
                pending[alone] = chunk
            while not suspects and not exhausted and len(pending) < window:
                fresh = next(chunks, None)
                if fresh is None:
                    exhausted = True
                else:
                    pending[pool.submit(clean_chunk, fresh, options)] = fresh
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                chunk = pending.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken = True
                    if future is alone:
                        doc = chunk[0]
                        yield error_result(doc.id, "clean", "crashed",
                                           "the worker process died while cleaning this document",
                                           url=doc.url or options.url)
                    else:
                        suspects.extend([doc] for doc in chunk)
                    continue
                breaks = 0
                yield from results
            if broken:
                breaks += 1
                if breaks >= MAX_POOL_BREAKS:
                    raise WorkerStartError(
                        f"worker processes died {breaks} times in a row without cleaning anything; "
                        "run with --workers 1 (workers=1) to see why")
                for chunk in pending.values():
                    suspects.extend([doc] for doc in chunk)
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------------------------
# Resume: the ids an output file already holds


_NUMBERED = re.compile(r"(.*):(0|[1-9][0-9]*)\Z", re.DOTALL)


class DoneIds:
    """The set of input ids already in an output file, stored compactly.

    ``FILE:NUMBER`` ids (JSON Lines lines, WARC offsets) cost 8 bytes each: one sorted
    ``array('q')`` of numbers per file. Other ids (page paths) are kept as strings, roughly
    ``60 + len(path)`` bytes each: a resumed run over ten million pages in a directory needs about
    1 GB for this set, over ten million WARC records about 80 MB.
    """

    def __init__(self) -> None:
        self._numbers: dict[str, array[int]] = {}
        self._names: set[str] = set()
        self._frozen = True
        self.count = 0

    def add(self, doc_id: str) -> None:
        self.count += 1
        match = _NUMBERED.match(doc_id)
        if match and int(match.group(2)) < 1 << 62:
            numbers = self._numbers.setdefault(match.group(1), array("q"))
            if numbers and numbers[-1] >= int(match.group(2)):
                self._frozen = False
            numbers.append(int(match.group(2)))
        else:
            self._names.add(doc_id)

    def freeze(self) -> None:
        """Sort the per-file arrays (results were written out of order); done once after loading."""
        if not self._frozen:
            for key, numbers in self._numbers.items():
                self._numbers[key] = array("q", sorted(numbers))
            self._frozen = True

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        if doc_id in self._names:
            return True
        match = _NUMBERED.match(doc_id)
        if not match:
            return False
        numbers = self._numbers.get(match.group(1))
        if not numbers:
            return False
        self.freeze()
        number = int(match.group(2))
        at = bisect_left(numbers, number)
        return at < len(numbers) and numbers[at] == number

    def __len__(self) -> int:
        return self.count


_ID_PREFIX = b'{"input": "'


def load_done(path: str, *, repair: bool = True) -> DoneIds:
    """Ids already in the JSON Lines file `path`; with `repair`, cut a torn last line off it first.

    Lines are read one at a time and only their leading ``"input"`` is decoded, so a file of any
    size is read in constant memory (the ids kept are the cost).
    """
    done = DoneIds()
    if not os.path.exists(path):
        return done
    if repair:
        truncate_torn_line(path)
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            doc_id = _line_id(line)
            if isinstance(doc_id, str):
                done.add(doc_id)
            else:
                print(f"newsclean: {path}:{number}: not an output record, ignored", file=sys.stderr)
    done.freeze()
    return done


def _line_id(line: bytes) -> object:
    """The ``input`` of one output line: read from its start when it leads, else by decoding the line."""
    if line.startswith(_ID_PREFIX):
        try:
            return json.decoder.scanstring(line[:65536].decode("utf-8", "replace"), len(_ID_PREFIX))[0]
        except ValueError:
            pass
    try:
        value = json.loads(line.decode("utf-8"))
    except ValueError:
        return None
    return value.get("input") if isinstance(value, dict) else None


def truncate_torn_line(path: str) -> int:
    """Cut the file after its last newline (a line a killed run left half-written). Bytes removed."""
    with open(path, "r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            step = min(65536, pos)
            handle.seek(pos - step)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = pos - step + newline + 1
                break
            pos -= step
        else:
            keep = 0
        if keep < end:
            handle.truncate(keep)
        return end - keep


# --------------------------------------------------------------------------------------------
# A whole run


@dataclass
class BatchSummary:
    """What a batch run did: counts for the closing summary and the exit status."""

    cleaned: int = 0
    failed: int = 0
    outlets: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def total(self) -> int:
        return self.cleaned + self.failed

    def add(self, result: Result) -> None:
        if result.ok:
            self.cleaned += 1
            self.outlets[result.outlet or "generic"] += 1
        else:
            self.failed += 1
            self.failures[f"{result.stage}/{result.reason}"] += 1
        self.warnings.update(result.warnings)

    def format(self) -> str:
        """The summary printed on stderr at the end of a run."""
        rate = self.total / self.seconds if self.seconds > 0 else 0.0
        lines = [f"newsclean: {self.total} documents in {self.seconds:.1f} s ({rate:.1f}/s): "
                 f"{self.cleaned} cleaned, {self.failed} failed"
                 + (" (interrupted: run again with --resume to finish)" if self.interrupted else "")]

        def row(label: str, counts: Counter[str]) -> None:
            if counts:
                lines.append(f"  {label}: " + ", ".join(f"{key} {n}" for key, n in counts.most_common()))

        row("outlets", self.outlets)
        row("failures", self.failures)
        row("warnings", self.warnings)
        row("skipped", self.skipped)
        return "\n".join(lines)


class _LineWriter:
    """One write per line on an unbuffered handle: a kill leaves at most the last line torn."""

    def __init__(self, target: str | os.PathLike[str] | IO[Any] | None) -> None:
        self._owned = None
        if target is None:
            self._fd: int | None = None
            self._stream: IO[Any] = sys.stdout
        elif isinstance(target, str | os.PathLike):
            self._fd = os.open(os.fspath(target), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            self._stream = sys.stdout
        else:
            self._fd = None
            self._stream = target

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        if self._fd is not None:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            return
        if isinstance(self._stream, io.TextIOBase) or hasattr(self._stream, "encoding"):
            self._stream.write(line + "\n")
        else:
            self._stream.write(data)
        self._stream.flush()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def clean_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str] | IO[Any] | None = None,
    *,
    workers: int | None = None,
    resume: bool = False,
    outlet: str | None = None,
    outlets: Collection[str] | None = None,
    url: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    progress: bool | None = None,
    on_result: Callable[[Result], None] | None = None,
    cleaner: Callable[..., Any] | None = None,
) -> BatchSummary:
    """Clean every document in `inputs` into JSON Lines at `output` (a path, a stream, or stdout).

    With a path, lines are appended one whole line per write. `resume` first cuts a torn last line
    off `output` and skips every input id already in it, so a killed run restarted with
    ``resume=True`` ends with each input exactly once. `progress`: draw a progress line on stderr
    (default: when stderr is a terminal). `on_result` sees every `Result` as it is written;
    `cleaner` replaces newsclean's cleaners (see `Options`). Returns the `BatchSummary` (also what the CLI prints).
    """
    paths = [os.fspath(p) for p in inputs]
    done: DoneIds | None = None
    if resume:
        if output is None or not isinstance(output, str | os.PathLike):
            raise ValueError("resume needs an output file path")
        done = load_done(os.fspath(output))
    summary = BatchSummary()
    from .progress import Progress

    show = sys.stderr.isatty() if progress is None else progress
    total = count_documents(paths) if show else None
    if total is not None and done is not None:
        total = max(total - len(done), 0)
    bar = Progress(total, enabled=show)
    writer = _LineWriter(output)
    started = time.monotonic()
    documents = iter_documents(paths, outlets=outlets, skip=done, skipped=summary.skipped)
    results = clean_documents(documents, workers=workers, outlet=outlet, url=url, timeout=timeout, cleaner=cleaner)
    try:
        for result in results:
            writer.write(result.line)
            summary.add(result)
            bar.update(ok=result.ok)
            if on_result is not None:
                on_result(result)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # shuts the pool down
        writer.close()
        bar.close()
        summary.seconds = time.monotonic() - started
    return summary


# --------------------------------------------------------------------------------------------
# The command line (`newsclean DIR|FILE.jsonl|FILE.warc.gz ... [-o OUT.jsonl] [--resume]`)


def _usage(message: str) -> int:
    print(f"newsclean: error: {message}", file=sys.stderr)
    return 2


def run_cli(args: argparse.Namespace) -> int:
    """Batch mode of the ``newsclean`` command. Exit status 0 all cleaned, 1 some failed, 2 usage, 130 Ctrl-C."""
    from ..cli.main import unknown_outlet
    from ..engine.registry import outlets as known_outlets

    problem = unknown_outlet(args.outlet)
    if problem:
        return _usage(problem)
    wanted = None
    if args.outlets:
        known = {o.id for o in known_outlets()}
        wanted = [o.strip().lower() for o in args.outlets.split(",") if o.strip()]
        unknown = [o for o in wanted if o not in known]
        if unknown:
            return _usage(f"unknown outlet(s) in --outlets: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    if args.workers is not None and args.workers < 1:
        return _usage("--workers must be at least 1")
    if args.resume and args.output in (None, "-"):
        return _usage("--resume needs -o/--output (the file to continue)")
    if args.url and any(input_kind(p) in ("dir", "jsonl", "warc") for p in args.inputs):
        return _usage("--url names one page; directories, JSON Lines and WARC files carry their own URLs")
    if args.output and not args.resume and os.path.exists(args.output) and os.path.getsize(args.output) > 0:
        return _usage(f"{args.output} already exists: add --resume to continue it, or remove it")
    if args.output and args.output != "-" and os.path.isdir(args.output):
        return _usage(f"{args.output} is a directory; -o takes a file (OUT.jsonl)")
    output = None if args.output in (None, "-") else args.output
    timeout = args.timeout if getattr(args, "timeout", None) else DEFAULT_TIMEOUT
    try:
        summary = clean_batch(args.inputs, output, workers=args.workers, resume=args.resume, outlet=args.outlet,
                              outlets=wanted, url=args.url, timeout=timeout)
    except WorkerStartError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 1
    print(summary.format(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0
