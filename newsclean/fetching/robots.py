"""robots.txt rules per origin, with a process-wide cache, parsed by protego (Scrapy's parser).

protego follows RFC 9309 where `urllib.robotparser` does not: `*` and `$` wildcards in paths and the
longest matching rule wins (`Disallow: /*?page=` blocks `/read/1?page=all`).

What a robots.txt answer means follows RFC 9309: a 2xx body is parsed; a 4xx ("unavailable") allows
everything; a 5xx, a 429 that persists through the retries, a timeout or no connection
("unreachable") disallows everything for that origin during the current call, and is not cached
beyond it, so the next call asks again.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from protego import Protego

#: Bytes of robots.txt read; RFC 9309 asks crawlers to parse at least 500 KiB, the rest is ignored.
ROBOTS_MAX_BYTES = 512 * 1024
#: Redirects followed when fetching robots.txt (RFC 9309: at least five).
ROBOTS_MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one origin. `parser` None means everything is allowed."""

    parser: Protego | None
    fetched_at: float

    def allows(self, user_agent: str, url: str) -> bool:
        return True if self.parser is None else bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None


def parse_robots(text: str, *, now: float | None = None) -> RobotsRules:
    return RobotsRules(Protego.parse(text), time.monotonic() if now is None else now)


def allow_all(*, now: float | None = None) -> RobotsRules:
    return RobotsRules(None, time.monotonic() if now is None else now)


class RobotsStore:
    """Rules per origin (``https://www.kompas.com``), shared by every fetch in the process.

    Entries expire after the `ttl` a caller passes to `get` (RFC 9309 asks for at most 24 hours).
    Thread-safe: the sync API runs each call on its own event loop thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: dict[str, RobotsRules] = {}

    def get(self, origin: str, ttl: float) -> RobotsRules | None:
        with self._lock:
            rules = self._rules.get(origin)
        if rules is None or time.monotonic() - rules.fetched_at > ttl:
            return None
        return rules

    def put(self, origin: str, rules: RobotsRules) -> None:
        with self._lock:
            self._rules[origin] = rules

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()


#: The process-wide cache used by `newsclean.fetching`; `clear_robots_cache()` empties it.
STORE = RobotsStore()


def clear_robots_cache() -> None:
    """Forget every cached robots.txt (the next fetch of each site asks again)."""
    STORE.clear()
