"""`clean_documents`: documents cleaned in a process pool fed chunk by chunk, a bounded number of
chunks in flight (memory stays flat), one `Result` per document as results arrive; a pool that
breaks is rebuilt and the document that broke it is reported ``crashed``."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .document import Document, Result
from .worker import DEFAULT_TIMEOUT, Options, clean_chunk, error_result, init_worker

#: Documents per chunk sent to a worker, and the payload bytes that close a chunk early.
CHUNK_SIZE = 16
CHUNK_BYTES = 4 << 20


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
    """Clean `documents` in `workers` processes (default: all cores; 0 or 1: in this process, no pool).

    Results come as they finish, not in input order. At most ``2 * workers + 1`` chunks are in
    flight, so a stream of any length is cleaned in constant memory. A worker process that dies
    (a crash in a C library, the OOM killer) costs nothing but its documents' retry: its chunks are
    re-run one document at a time, and the one that kills a worker again gets reason ``crashed``.
    """
    options = Options(outlet=outlet, url=url, timeout=timeout, cleaner=cleaner)
    count = default_workers() if workers is None else workers
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

    context = process_context(
        ["newsclean", "newsclean.batch.worker", "newsclean.html.page", "newsclean.engine.registry"])
    reader, writer = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_worker,
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
