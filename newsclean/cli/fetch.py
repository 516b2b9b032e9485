"""`newsclean URL ...` and `newsclean --input-file FILE`: fetch pages, clean them, print the results.

`newsclean.cli.main` calls `run` when an input is an http(s) URL or ``--input-file`` is given. Output:
one URL without ``--json`` or ``-o`` prints the plain text; otherwise one JSON line per input, the
article's contract JSON, or ``{"url", "stage", "reason", "error"[, "status"]}`` for a URL that failed
(``{"input", ...}`` for a file). Lines come in completion order. A progress bar goes to stderr when
it is a terminal. With many URLs (or ``--workers N``) pages are cleaned in worker processes;
``--workers 0`` cleans them in this process. ``--timeout`` here is the limit of one request (connect,
headers, body: `FetchSettings.timeout`) and nothing else: cleaning a page has no time limit of it.
Exit status: 0 all inputs cleaned, 1 some failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TextIO

from ..article import Article
from ..auto import clean
from ..batch.pools import process_context
from ..batch.progress import Progress
from ..errors import CleanError, internal_error_message
from ..fetching import FetchFailure, FetchSettings, fetch_many
from .common import format_plain, is_url, read_input, unknown_outlet

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Settings the command starts from; flags override them. (Tests swap in a faster one.)
DEFAULTS = FetchSettings()
#: From this many URLs on, pages are cleaned in worker processes (one per core) unless --workers says
#: otherwise: threads would share the event loop's core and make it wait for the GIL.
PROCESSES_FROM = 50


class UsageError(Exception):
    """A bad flag or input list: message on stderr, exit status 2."""


def read_url_list(name: str) -> list[str]:
    """URLs of an --input-file: one a line; blank lines and ``#`` comments skipped; '-' is stdin."""
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8-sig", errors="replace") as handle:
                text = handle.read()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory") from None
    except OSError as exc:
        raise UsageError(f"{name}: {exc.strerror or exc}") from None
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def settings_from(args: argparse.Namespace) -> FetchSettings:
    """The fetch settings the flags ask for (`UsageError` for impossible values)."""
    changes: dict[str, Any] = {}
    for flag, name, minimum in (("concurrency", "concurrency", 1), ("per_host", "per_host", 1),
                                ("retries", "retries", 0)):
        value = getattr(args, flag, None)
        if value is not None:
            if value < minimum:
                raise UsageError(f"--{flag.replace('_', '-')} must be at least {minimum}, got {value}")
            changes[name] = value
    timeout = getattr(args, "timeout", None)  # the request limit only (see the module's docstring)
    if timeout is not None:
        if not timeout > 0:
            raise UsageError(f"--timeout must be positive, got {timeout:g}")
        changes["timeout"] = timeout
    delay = getattr(args, "delay", None)  # --delay, when the parser declares it
    if delay is not None:
        if delay < 0:
            raise UsageError(f"--delay must not be negative, got {delay:g}")
        changes["min_delay"] = delay
    if getattr(args, "no_robots", False):
        changes["respect_robots"] = False
    if args.outlet:
        problem = unknown_outlet(args.outlet)
        if problem:
            raise UsageError(f"--outlet: {problem}")
        changes["outlet"] = args.outlet.lower()
    return dataclasses.replace(DEFAULTS, **changes)


def _cleaning_pool(workers: int) -> Executor:
    """Worker processes for cleaning, started the safe way (`newsclean.batch.pools.process_context`)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=process_context())


def _workers(args: argparse.Namespace, url_count: int) -> int:
    """Cleaning processes for this run; 0: clean in this process (its threads)."""
    workers = getattr(args, "workers", None)
    if workers is not None:
        if workers < 0:
            raise UsageError(f"--workers must not be negative, got {workers}")
        return workers
    return (os.cpu_count() or 1) if url_count >= PROCESSES_FROM else 0


def _clean_files(names: list[str], args: argparse.Namespace) -> Iterator[tuple[str, Article | dict[str, Any]]]:
    """Non-URL inputs given with URLs: cleaned from their bytes like `newsclean FILE` does."""
    for name in names:
        shown = "<stdin>" if name == "-" else name
        try:
            data = read_input(name)
        except CleanError as exc:  # a directory
            yield shown, _file_failure(shown, "read", "read_failed", str(exc))
            continue
        except OSError as exc:
            error = "no such file" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
            yield shown, _file_failure(shown, "read", "read_failed", error)
            continue
        try:
            yield shown, clean(data, url=args.url, outlet=args.outlet)
        except CleanError as exc:
            yield shown, _file_failure(shown, "clean", exc.reason, str(exc))
        except Exception as exc:  # noqa: BLE001 - one line per input, never a traceback
            yield shown, _file_failure(shown, "internal", "internal_error", internal_error_message(exc))


def _file_failure(shown: str, stage: str, reason: str, error: str) -> dict[str, Any]:
    """The JSON line of a file input that failed: `FetchFailure.to_dict`'s shape, keyed by ``input``."""
    return {"input": shown, "stage": stage, "reason": reason, "error": error}


def run(args: argparse.Namespace) -> int:
    """Fetch the URL inputs and --input-file's URLs, clean the other inputs; print every result."""
    try:
        settings = settings_from(args)
        if getattr(args, "resume", False):
            raise UsageError("--resume works with batch inputs (directories, JSON Lines, WARC), not with URLs")
        urls = [a for a in args.inputs if is_url(a)]
        files = [a for a in args.inputs if not is_url(a)]
        if args.input_file:
            if args.input_file == "-" and "-" in files:
                raise UsageError("standard input cannot be both --input-file - and an input '-'")
            urls += read_url_list(args.input_file)
        workers = _workers(args, len(urls))
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    total = len(urls) + len(files)
    as_json = bool(args.json or args.output or total != 1)
    try:
        out: TextIO = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    except OSError as exc:
        print(f"newsclean: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    progress = Progress(total, label="pages", enabled=None if total > 1 else False)
    pool = _cleaning_pool(workers) if workers and urls else None
    if pool is not None:
        settings = dataclasses.replace(settings, clean_executor=pool)
    failed = 0
    try:
        for name, result in _clean_files(files, args):
            failed += _emit(out, name, result, as_json=as_json, explain=args.explain)
            progress.update(ok=isinstance(result, Article))
        for fetched in fetch_many(urls, settings=settings):
            name = fetched.url if isinstance(fetched, FetchFailure) else (fetched.url or "")
            failed += _emit(out, name, fetched, as_json=as_json, explain=args.explain)
            progress.update(ok=isinstance(fetched, Article))
    finally:
        progress.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if out is not sys.stdout:
            out.close()
    if failed and as_json:
        print(f"newsclean: {failed} of {total} input(s) failed", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _emit(out: TextIO, name: str, result: Article | FetchFailure | dict[str, Any], *, as_json: bool,
          explain: bool) -> int:
    """Write one result; 1 if it was a failure."""
    if isinstance(result, Article):
        out.write((result.to_json() if as_json else format_plain(result, explain=explain)) + "\n")
        out.flush()
        return 0
    record = result.to_dict() if isinstance(result, FetchFailure) else result
    if as_json:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    else:
        print(f"newsclean: {name}: {record['error']}", file=sys.stderr)
    return 1
