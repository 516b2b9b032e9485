"""How often and how many at once: per-host gates (slots and spacing) under a global limit."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit


def host_key(url: str) -> str:
    """``host:port`` of a URL, lower-cased; the unit politeness limits apply to ('' if none)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower(), 0)
    except ValueError:
        return ""
    return f"{host}:{port}" if host else ""


class HostGate:
    """At most `limit` requests in flight to one host, their starts at least `delay` seconds apart."""

    def __init__(self, limit: int, min_delay: float) -> None:
        self.semaphore = asyncio.Semaphore(limit)
        self.min_delay = min_delay
        #: Crawl-delay asked for by the host's robots.txt (already capped by the caller).
        self.crawl_delay = 0.0
        self._lock = asyncio.Lock()
        self._last_start = float("-inf")

    @property
    def delay(self) -> float:
        return max(self.min_delay, self.crawl_delay)

    async def wait_ready(self) -> None:
        """Sleep until the spacing would allow a start (without reserving it)."""
        wait = self._last_start + self.delay - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    async def start(self) -> None:
        """Claim the next start: waits out what is left of the spacing, then stamps the time."""
        if self.min_delay <= 0 and self.crawl_delay <= 0:
            # No spacing: nobody ever waits in the lock, so it would only cost time. (The delays never drop
            # to zero once positive, so no claimer can be asleep in the lock now.)
            self._last_start = time.monotonic()
            return
        async with self._lock:
            wait = self._last_start + self.delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last_start = time.monotonic()


class Gates:
    """Every host's gate plus the global limit, for one fetch call (one event loop)."""

    def __init__(self, *, concurrency: int, per_host: int, min_delay: float) -> None:
        self.per_host = per_host
        self.min_delay = min_delay
        self.global_slots = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, HostGate] = {}

    def host(self, key: str) -> HostGate:
        gate = self._hosts.get(key)
        if gate is None:
            gate = self._hosts[key] = HostGate(self.per_host, self.min_delay)
        return gate

    def slot(self, key: str) -> Slot:
        """Hold a slot of host `key` and a global slot for one request (``async with gates.slot(key):``).

        The host slot is taken first, so requests queued behind a slow host never hold global slots
        that other hosts could use; the spacing wait also happens before the global slot is taken.
        """
        return Slot(self, self.host(key))


class Slot:
    """What `Gates.slot` returns: a plain class, as an ``@asynccontextmanager`` would cost a generator and
    its bookkeeping on every request."""

    __slots__ = ("_gate", "_global")

    def __init__(self, gates: Gates, gate: HostGate) -> None:
        self._gate = gate
        self._global = gates.global_slots

    async def __aenter__(self) -> None:
        gate = self._gate
        await gate.semaphore.acquire()
        try:
            if gate.min_delay > 0 or gate.crawl_delay > 0:  # else never a wait: no coroutine to make
                await gate.wait_ready()
            await self._global.acquire()
            try:
                await gate.start()
            except BaseException:
                self._global.release()
                raise
        except BaseException:
            gate.semaphore.release()
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        self._global.release()
        self._gate.semaphore.release()
