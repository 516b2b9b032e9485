"""robots.txt on the way to every URL: fetched once per origin and call (and cached process-wide),
obeyed, its Crawl-delay handed to the host's gate.

What a robots.txt answer means follows RFC 9309 (see `robots`); a robots.txt the network could not
reach at all (DNS, refused, TLS, timeout) keeps the origin's URLs from being fetched too, but they
fail with that network failure, not as a robots.txt problem.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import httpx

from ..errors import (
    BlockedAddressError,
    CleanError,
    ConnectionFailedError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    RobotsDisallowedError,
    RobotsUnavailableError,
)
from ..read.decode import decode_bytes
from .http import Body, Redirect, follow
from .politeness import Gates, host_key
from .robots import ROBOTS_MAX_REDIRECTS, STORE, RobotsRules, allow_all, parse_robots
from .settings import FetchSettings
from .urls import origin as origin_of

log = logging.getLogger("newsclean.fetch")

#: How a robots.txt fetch failed: unreachable (a robots failure), or the network's own failure.
RobotsFailure = RobotsUnavailableError | FetchTimeoutError | ConnectionFailedError
#: One hop with retries: (url, deadline_at, parsed url or None) -> its body or redirect.
Hop = Callable[[str, float | None, httpx.URL | None], Awaitable[Body | Redirect]]


class RobotsGate:
    """The robots.txt answers of one call. `hop` fetches a robots.txt hop; `user_agent` names us."""

    def __init__(self, settings: FetchSettings, gates: Gates, hop: Hop, user_agent: Callable[[], str]) -> None:
        self.settings = settings
        self._gates = gates
        self._hop = hop
        self._user_agent = user_agent
        self._local: dict[str, RobotsRules | RobotsFailure] = {}
        self._tasks: dict[str, asyncio.Task[RobotsRules | RobotsFailure]] = {}

    async def check(self, url: str, deadline_at: float | None) -> None:
        """Raise unless `url` may be fetched; set its host's Crawl-delay."""
        origin = origin_of(url)
        rules = await self._rules(origin, deadline_at)
        if isinstance(rules, FetchError):  # unreachable (a robots failure), or the network's own failure
            raise type(rules)(str(rules), url=url)
        agent = self._user_agent()
        if not rules.allows(agent, url):
            raise RobotsDisallowedError(
                f"{origin}/robots.txt disallows this URL for {agent.split('/')[0]!r} "
                "(respect_robots=False or --no-robots fetches it anyway)", url=url)
        delay = rules.crawl_delay(agent)
        if delay:
            self._gates.host(host_key(url)).crawl_delay = min(delay, self.settings.max_crawl_delay)

    async def close(self) -> None:
        unfinished = [task for task in self._tasks.values() if not task.done()]
        for task in unfinished:
            task.cancel()
        await asyncio.gather(*unfinished, return_exceptions=True)
        for task in self._tasks.values():
            if task.done() and not task.cancelled():
                task.exception()  # retrieved: a failure nobody awaited is not worth a warning

    async def _rules(self, origin: str, deadline_at: float | None) -> RobotsRules | RobotsFailure:
        known = self._local.get(origin) or STORE.get(origin, self.settings.robots_ttl)
        if known is not None:
            return known
        task = self._tasks.get(origin)
        if task is None:
            # Its own task, shared by every URL of the origin: one requester being cancelled
            # (its own deadline) does not cancel the answer the others wait for.
            task = asyncio.ensure_future(self._fetch(origin, deadline_at))
            self._tasks[origin] = task
        rules = await asyncio.shield(task)
        self._local[origin] = rules
        if isinstance(rules, RobotsRules):
            STORE.put(origin, rules)
        return rules

    async def _fetch(self, origin: str, deadline_at: float | None) -> RobotsRules | RobotsFailure:
        url = origin + "/robots.txt"
        try:
            body = await self._download(url, deadline_at)
        except HTTPStatusError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                log.debug("%s: HTTP %s, everything allowed (RFC 9309)", url, exc.status)
                return allow_all()
            return _unreachable(url, str(exc))
        except BlockedAddressError:
            raise
        except (FetchTimeoutError, ConnectionFailedError) as exc:
            # The network failed, not robots.txt: the URLs of the origin fail with that cause (and are
            # still not fetched: RFC 9309 says an unreachable robots.txt disallows everything).
            log.debug("%s: %s; the origin's URLs fail with it", url, exc)
            return exc
        except FetchError as exc:  # redirects gone wrong
            return _unreachable(url, str(exc))
        try:
            text = decode_bytes(body.data, declared=body.charset)
        except CleanError:  # binary junk served as robots.txt: no rules in it
            text = ""
        log.debug("%s: %d bytes of rules", url, len(body.data))
        return parse_robots(text)

    async def _download(self, url: str, deadline_at: float | None) -> Body:
        chain = [url]
        current = url
        parsed: httpx.URL | None = None
        while True:
            outcome = await self._hop(current, deadline_at, parsed)
            if isinstance(outcome, Body):
                return outcome
            current, parsed = follow(outcome, chain, ROBOTS_MAX_REDIRECTS, url)


def _unreachable(url: str, why: str) -> RobotsUnavailableError:
    log.debug("%s unreachable (%s): the whole site is treated as disallowed (RFC 9309)", url, why)
    return RobotsUnavailableError(
        f"{url} could not be read ({why}); RFC 9309 says to assume everything is disallowed "
        "(respect_robots=False or --no-robots fetches anyway)", url=url)
