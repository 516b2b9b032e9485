"""Many URLs through one session: per-host queues, so that one slow host only ever occupies its own
`per_host` slots; results in completion order."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Coroutine, Iterable, Iterator
from typing import Any

from ..article import Article
from ..rules import Outlet
from .http import Body
from .politeness import host_key
from .session import Session
from .settings import FetchFailure

_END = object()
#: What a task of the frontier is: (kind "fetch" or "clean", host key, the URL as given).
Tag = tuple[str, str, object]


class Frontier:
    """Runs the URLs of `urls` (any iterable or async iterable, read ahead up to ``max_pending``) through
    `session`: a fetch task per URL, then a clean task for each page fetched (`run` yields the results)."""

    def __init__(self, session: Session, urls: Iterable[str] | AsyncIterable[str]) -> None:
        self.session = session
        self.settings = session.settings
        self._queues: dict[str, deque[object]] = {}
        self._order: deque[str] = deque()  # hosts with queued URLs, round robin
        self._in_flight: dict[str, int] = {}
        self._fetching = 0
        self._buffered = 0
        self._tasks: dict[asyncio.Future[Any], Tag] = {}
        self._sync_source: Iterator[object] | None = None
        self._async_source: AsyncIterator[object] | None = None
        if isinstance(urls, AsyncIterable):
            self._async_source = aiter(urls)
        else:
            self._sync_source = iter(urls)
        self._reader: asyncio.Future[object] | None = None
        self._exhausted = False
        self._max_cleaning = 2 * self.settings.concurrency
        # Finished tasks report here: O(1) per completion, where asyncio.wait would revisit every task.
        self._finished: asyncio.Queue[asyncio.Future[Any]] = asyncio.Queue()

    async def run(self) -> AsyncIterator[Article | FetchFailure]:
        try:
            while True:
                self._read_ahead()
                self._launch()
                if not self._tasks and self._reader is None:
                    break
                done = [await self._finished.get()]
                while not self._finished.empty():
                    done.append(self._finished.get_nowait())
                for task in done:
                    result = self._settle(task)
                    if result is not None:
                        yield result
        finally:
            pending = list(self._tasks) + ([self._reader] if self._reader is not None else [])
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    # -- the URLs coming in --

    def _read_ahead(self) -> None:
        if self._exhausted:
            return
        if self._sync_source is not None:
            while self._buffered < self.settings.max_pending:
                item = next(self._sync_source, _END)
                if item is _END:
                    self._exhausted = True
                    return
                self._enqueue(item)
        elif self._async_source is not None and self._reader is None and self._buffered < self.settings.max_pending:
            self._reader = asyncio.ensure_future(anext(self._async_source, _END))
            self._reader.add_done_callback(self._finished.put_nowait)

    def _enqueue(self, item: object) -> None:
        key = host_key(item) if isinstance(item, str) else ""
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = deque()
        if not queue:
            self._order.append(key)
        queue.append(item)
        self._buffered += 1

    # -- tasks --

    def _start(self, coro: Coroutine[Any, Any, Any], tag: Tag) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks[task] = tag
        task.add_done_callback(self._finished.put_nowait)

    def _launch(self) -> None:
        """Start fetches, host by host in turn, while global, per-host and cleaning limits allow."""
        s = self.settings
        cleaning = len(self._tasks) - self._fetching
        progress = True
        while progress and self._order and self._fetching < s.concurrency and cleaning < self._max_cleaning:
            progress = False
            for _ in range(len(self._order)):
                if self._fetching >= s.concurrency:
                    break
                key = self._order.popleft()
                queue = self._queues[key]
                if self._in_flight.get(key, 0) < s.per_host:
                    item = queue.popleft()
                    self._buffered -= 1
                    self._in_flight[key] = self._in_flight.get(key, 0) + 1
                    self._fetching += 1
                    progress = True
                    self._start(self._fetch_stage(item), ("fetch", key, item))
                if queue:
                    self._order.append(key)
                else:
                    del self._queues[key]

    def _settle(self, task: asyncio.Future[Any]) -> Article | FetchFailure | None:
        """Take in a finished task: a URL read, a fetch (its page goes to cleaning) or a cleaning.
        Returns the URL's result, if this was its last step."""
        if task is self._reader:
            self._reader = None
            item = task.result()
            if item is _END:
                self._exhausted = True
            else:
                self._enqueue(item)
            return None
        kind, key, item = self._tasks.pop(task)
        if kind == "clean":
            result: Article | FetchFailure = task.result()
            return result
        self._fetching -= 1
        self._in_flight[key] -= 1
        outcome = task.result()
        if isinstance(outcome, FetchFailure):
            return outcome
        body, outlet = outcome
        self._start(self._clean_stage(item, body, outlet), ("clean", key, item))
        return None

    async def _fetch_stage(self, item: object) -> tuple[Body, Outlet | None] | FetchFailure:
        url = item if isinstance(item, str) else repr(item)
        try:
            target, parsed, outlet = self.session.prepare(item)
            return await self.session.download(target, parsed=parsed), outlet
        except Exception as exc:  # noqa: BLE001 - becomes this URL's FetchFailure
            return FetchFailure.from_exception(url, exc)

    async def _clean_stage(self, item: object, body: Body, outlet: Outlet | None) -> Article | FetchFailure:
        try:
            return await self.session.cleaner.clean(body, outlet)
        except Exception as exc:  # noqa: BLE001 - becomes this URL's FetchFailure
            return FetchFailure.from_exception(item if isinstance(item, str) else repr(item), exc)
