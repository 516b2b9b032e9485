"""`clean_batch`: inputs to one JSON Lines file, written a whole line at a time, resumable."""

from __future__ import annotations

import io
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from .document import Result
from .inputs import count_documents, iter_documents
from .pool import clean_documents
from .resume import DoneIds, load_done
from .worker import DEFAULT_TIMEOUT


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
