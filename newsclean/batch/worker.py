"""What a worker does with one `Document`: read it, clean it under a time limit, and turn every
failure into a `Result` (stages ``read``, ``decode``, ``clean``)."""

from __future__ import annotations

import json
import os
import re
import signal
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import (
    CleanError,
    error_record,
    internal_error_message,
    os_error_message,
    os_error_reason,
)
from ..read.decode import DEFAULT_MAX_INPUT
from .document import Document, Result
from .inputs import open_maybe_gzip

#: Seconds one document may take before it is given up with reason ``timeout`` (None: no limit).
DEFAULT_TIMEOUT = 60.0
class DocumentFailure(Exception):
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
    except DocumentFailure as failure:
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
            raise DocumentFailure("decode", exc.reason, str(exc)) from exc
    return data, doc.format, url


def _read_file(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > DEFAULT_MAX_INPUT:
            raise DocumentFailure("read", "too_large", f"file is {size / 1_048_576:.1f} MB, over the input limit")
        with open_maybe_gzip(path) as handle:
            data = handle.read(DEFAULT_MAX_INPUT + 1)
    except DocumentFailure:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentFailure("read", os_error_reason(exc), os_error_message(exc)) from exc
    if len(data) > DEFAULT_MAX_INPUT:
        raise DocumentFailure("read", "too_large", "decompressed file is over the input limit")
    return data


def _parse_record(line: bytes, url: str | None) -> tuple[bytes | str, str, str | None]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise DocumentFailure("decode", "bad_json", f"not valid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise DocumentFailure("decode", "bad_record", f"a record must be a JSON object, not {type(record).__name__}")
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
    raise DocumentFailure("decode", "no_content", 'record has no "html" or "text" string', url=url)


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


def init_worker(lifeline: Any = None) -> None:
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
