"""The public calls: `fetch` / `fetch_many` and their async twins `afetch` / `afetch_many`.

One async core does the work; the sync functions run it on an event loop of their own (a helper
thread for `fetch_many`, so fetching goes on while the caller handles a result).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterable, AsyncIterator, Callable, Coroutine, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar, Unpack

import httpx

from ..article import Article
from .frontier import Frontier
from .session import Session
from .settings import FetchFailure, FetchOptions, FetchSettings, resolve

T = TypeVar("T")


async def afetch(url: str, *, client: httpx.AsyncClient | httpx.Client | None = None,
                 settings: FetchSettings | None = None, **options: Unpack[FetchOptions]) -> Article:
    """Fetch one page and clean it. Raises a `FetchError` subclass (or the cleaner's `CleanError`).

    `client`: your own httpx client (its proxies, certificates, cookies); it is not closed.
    Options: the fields of `FetchSettings`.
    """
    resolved = resolve(settings, options)
    async with Session(resolved, client) as session:
        return await session.article(url)


async def afetch_many(urls: Iterable[str] | AsyncIterable[str], *,
                      client: httpx.AsyncClient | httpx.Client | None = None,
                      settings: FetchSettings | None = None,
                      **options: Unpack[FetchOptions]) -> AsyncIterator[Article | FetchFailure]:
    """Fetch and clean many pages; yields one `Article` or `FetchFailure` per URL, in completion order.

    One httpx client is shared by all URLs (yours, if you pass `client`). `urls` may be any iterable or
    async iterable of strings; it is read ahead up to ``max_pending`` URLs.
    """
    _reject_single_url(urls)
    resolved = resolve(settings, options)
    async with Session(resolved, client) as session:
        async for result in Frontier(session, urls).run():
            yield result


def _run(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, also when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with ThreadPoolExecutor(1, thread_name_prefix="newsclean-fetch") as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def _reject_async_client(client: object) -> None:
    if isinstance(client, httpx.AsyncClient):
        raise TypeError("fetch() and fetch_many() take an httpx.Client; an httpx.AsyncClient belongs to "
                        "afetch() / afetch_many() (its connections are tied to your event loop)")


def _reject_single_url(urls: object) -> None:
    if isinstance(urls, str | bytes):
        raise TypeError("fetch_many() takes an iterable of URLs, not one string; for one URL use fetch()")


def fetch(url: str, *, client: httpx.Client | None = None, settings: FetchSettings | None = None,
          **options: Unpack[FetchOptions]) -> Article:
    """Fetch one page and clean it (see `afetch`). Raises a `FetchError` subclass or a `CleanError`."""
    _reject_async_client(client)
    resolved = resolve(settings, options)
    return _run(lambda: afetch(url, client=client, settings=resolved))


def fetch_many(urls: Iterable[str], *, client: httpx.Client | None = None, settings: FetchSettings | None = None,
               **options: Unpack[FetchOptions]) -> Iterator[Article | FetchFailure]:
    """Fetch and clean many pages; yields one `Article` or `FetchFailure` per URL, in completion order.

    Fetching runs on an event loop in a helper thread and goes on while you handle each result;
    stopping the iteration early (``break``) cancels what is left.
    """
    _reject_async_client(client)
    _reject_single_url(urls)
    resolved = resolve(settings, options)
    return _iterate_in_thread(lambda: afetch_many(urls, client=client, settings=resolved))


def _iterate_in_thread(factory: Callable[[], AsyncIterator[T]]) -> Iterator[T]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="newsclean-fetch", daemon=True)
    thread.start()
    agen = factory()
    current: list[asyncio.Task[Any]] = []

    async def step() -> T:
        task = asyncio.current_task()
        assert task is not None
        current[:] = [task]
        return await anext(agen)

    async def shutdown() -> None:
        for task in current:
            if not task.done():
                task.cancel()
                with _suppress_all():
                    await task
        with _suppress_all():
            await agen.aclose()  # type: ignore[attr-defined]
        await loop.shutdown_asyncgens()
        await loop.shutdown_default_executor()

    try:
        while True:
            try:
                item = asyncio.run_coroutine_threadsafe(step(), loop).result()
            except StopAsyncIteration:
                return
            yield item
    finally:
        try:
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=60)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=60)
            if not thread.is_alive():
                loop.close()


class _suppress_all:
    """Like contextlib.suppress(BaseException) minus the KeyboardInterrupt/SystemExit a user means."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> bool:
        return exc_type is not None and not issubclass(exc_type, KeyboardInterrupt | SystemExit)
