"""Cleaning fetched pages: small ones on the event loop within a time budget per loop turn, the rest
in worker threads of the call (or every page in the executor the caller gave)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from functools import partial
from typing import TypeVar

from ..article import Article
from ..engine.registry import get_outlet, outlet_for_url
from ..read.sniff import HTML_TYPES
from ..rules import Outlet
from .http import Body
from .settings import FetchSettings
from .urls import strip_single_page

T = TypeVar("T")

#: Cleaning threads of a call when no `clean_executor` is given.
CLEAN_THREADS = 2
#: Event-loop seconds inline cleaning may use per loop iteration; pages past it wait for the next one,
#: so the I/O and timers due get their turn in between.
INLINE_CLEAN_BUDGET = 0.005
#: Charset labels browsers read as windows-1252 (WHATWG Encoding Standard), so we do too.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
                           "windows-1252", "x-cp1252"})


def clean_body(data: bytes, charset: str | None, as_html: bool, url: str, outlet: str | None) -> Article:
    """Decode (header charset, else the cleaner reads BOM and meta) and clean one page; `url` is the
    fetched URL, replaced in the result by the canonical URL the page declares, if any.
    Runs in a worker thread or process."""
    from .. import auto, html
    from ..read.decode import decode_bytes

    if charset and charset.lower() in _WINDOWS_1252:
        # Servers often label UTF-8 pages latin-1 by default; valid UTF-8 is never meant as cp1252.
        try:
            data.decode("utf-8")
            charset = "utf-8"
        except UnicodeDecodeError:
            charset = "cp1252"
    payload: str | bytes = decode_bytes(data, declared=charset) if charset else data
    if not as_html:
        return auto.clean(payload, url=url, outlet=outlet)
    return html.clean_fetched_html(payload, fetched_url=url, outlet=outlet)


class InlineBudget:
    """Caps the event-loop time inline cleaning takes per loop iteration (so a burst of pages arriving
    together cannot add up to a stall): past `seconds`, cleaners wait for the next iteration."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._used = 0.0
        self._reset_scheduled = False

    def _reset(self) -> None:
        self._used = 0.0
        self._reset_scheduled = False

    async def run(self, work: Callable[[], T]) -> T:
        while self._used >= self.seconds:
            await asyncio.sleep(0)  # the reset, scheduled before us, runs first in the next iteration
        if not self._reset_scheduled:
            self._reset_scheduled = True
            asyncio.get_running_loop().call_soon(self._reset)
        started = time.perf_counter()
        try:
            return work()
        finally:
            self._used += time.perf_counter() - started


class Cleaner:
    """Cleans the pages of one call; `close` stops the threads it started."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self.forced_outlet = get_outlet(settings.outlet) if settings.outlet else None
        # Few cleaning threads: more would only queue for the GIL and make the event loop wait for it.
        self._threads = None if settings.clean_executor else ThreadPoolExecutor(CLEAN_THREADS,
                                                                                 thread_name_prefix="newsclean-clean")
        self.executor: Executor | None = settings.clean_executor or self._threads
        self._inline = InlineBudget(INLINE_CLEAN_BUDGET)

    def close(self) -> None:
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)

    async def clean(self, body: Body, outlet: Outlet | None) -> Article:
        final_outlet = self.forced_outlet or outlet_for_url(body.url) or outlet
        page_url = strip_single_page(body.url, final_outlet)
        work = partial(clean_body, body.data, body.charset, body.media_type in HTML_TYPES, page_url,
                       self.settings.outlet)
        if self._threads is not None and len(body.data) <= self.settings.inline_clean_bytes:
            # A small page costs the loop well under a millisecond here; a worker thread would cost more in
            # GIL hand-offs, and stall the loop longer, than the cleaning itself.
            article = await self._inline.run(work)
        else:
            article = await asyncio.get_running_loop().run_in_executor(self.executor, work)
        # The canonical URL the page declares, else the fetched one; never our ?page=all.
        canonical = article.url or page_url
        article.url = strip_single_page(canonical, self.forced_outlet or outlet_for_url(canonical) or final_outlet)
        return article
