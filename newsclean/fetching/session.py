"""One fetch call: its client, gates, robots.txt answers and cleaner, and the way one URL goes
(single-page form, robots.txt, redirects hop by hop, retries, the body, the cleaning)."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from ..article import Article
from ..engine.registry import outlet_for_url
from ..errors import FetchTimeoutError
from ..rules import Outlet
from . import http
from .cleaning import Cleaner
from .http import AsyncHttp, Body, Redirect, SyncHttp
from .network import fetch_error
from .politeness import Gates, host_key
from .retry import with_retries
from .robots_gate import RobotsGate
from .settings import FetchSettings
from .transport import client_transport, default_ssl_context
from .urls import check_address, parse_url, single_page_url

_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"

Client = httpx.AsyncClient | httpx.Client


class Session:
    """State shared by the URLs of one call: client, gates, robots.txt answers, settings
    (``async with Session(settings, client) as session:``)."""

    def __init__(self, settings: FetchSettings, client: Client | None) -> None:
        self.settings = settings
        self._user_client = client
        self._own_client: httpx.AsyncClient | None = None
        self._pool: ThreadPoolExecutor | None = None
        self.cleaner = Cleaner(settings)
        self.http: AsyncHttp | SyncHttp
        self.gates = Gates(concurrency=settings.concurrency, per_host=settings.per_host,
                           min_delay=settings.min_delay)
        self.robots = RobotsGate(settings, self.gates, self._robots_hop, lambda: self.user_agent)
        self.timeout = httpx.Timeout(settings.timeout, connect=settings.connect_timeout,
                                     read=settings.read_timeout, pool=settings.timeout)
        self.headers = {"Accept": _ACCEPT}
        if settings.user_agent is not None:
            self.headers["User-Agent"] = settings.user_agent
        self.headers.update(settings.headers or {})

    async def __aenter__(self) -> Session:
        client = self._user_client
        if client is None:
            context = await asyncio.to_thread(default_ssl_context)
            transport = client_transport(context, concurrency=self.settings.concurrency,
                                         per_host=self.settings.per_host)
            self._own_client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, transport=transport)
            self.http = AsyncHttp(self._own_client)
        elif isinstance(client, httpx.AsyncClient):
            self.http = AsyncHttp(client)
        elif isinstance(client, httpx.Client):
            self._pool = ThreadPoolExecutor(self.settings.concurrency + 4, thread_name_prefix="newsclean-http")
            self.http = SyncHttp(client, self._pool)
        else:
            raise TypeError(f"client must be an httpx.Client or httpx.AsyncClient, not {type(client).__name__}")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.robots.close()
        if self._own_client is not None:
            await self._own_client.aclose()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.cleaner.close()

    @property
    def user_agent(self) -> str:
        """The name robots.txt rules are matched against."""
        if self.settings.user_agent is not None:
            return self.settings.user_agent
        client = self._user_client or self._own_client
        return client.headers.get("user-agent", "*") if client is not None else "*"

    # -- one URL --

    def prepare(self, url: object) -> tuple[str, httpx.URL | None, Outlet | None]:
        """Validated URL in its single-page form, that form parsed (None: httpx parses it when sending),
        and the outlet that form came from."""
        checked, first_parse = parse_url(url)
        parsed: httpx.URL | None = first_parse
        outlet = self.cleaner.forced_outlet or outlet_for_url(checked)
        if self.settings.single_page and outlet is not None and outlet.single_page_query:
            single = single_page_url(checked, outlet.single_page_query)
            if single != checked:
                checked = single
                try:
                    parsed = httpx.URL(single)
                except (httpx.InvalidURL, ValueError):
                    parsed = None  # as before: httpx's own error when sending
        return checked, parsed, outlet

    async def article(self, url: object) -> Article:
        target, parsed, outlet = self.prepare(url)
        body = await self.download(target, parsed=parsed)
        return await self.cleaner.clean(body, outlet)

    async def download(self, url: str, *, parsed: httpx.URL | None = None) -> Body:
        """GET `url` (`parsed`: the same, parsed) following redirects: robots.txt, address and scheme
        checked at every hop."""
        deadline_at = None if self.settings.deadline is None else time.monotonic() + self.settings.deadline
        chain = [url]
        current = url
        while True:
            if self.settings.respect_robots:
                await self.robots.check(current, deadline_at)
            outcome = await self._get(current, deadline_at, parsed, robots=False)
            if isinstance(outcome, Body):
                return outcome
            current, parsed = http.follow(outcome, chain, self.settings.max_redirects, url)

    # -- one hop --

    async def _robots_hop(self, url: str, deadline_at: float | None, parsed: httpx.URL | None) -> Body | Redirect:
        return await self._get(url, deadline_at, parsed, robots=True)

    async def _get(self, url: str, deadline_at: float | None, parsed: httpx.URL | None, *,
                   robots: bool) -> Body | Redirect:
        """One hop with retries."""
        return await with_retries(lambda: self._attempt(url, parsed, deadline_at, robots), self.settings,
                                  deadline_at)

    async def _attempt(self, url: str, parsed: httpx.URL | None, deadline_at: float | None,
                       robots: bool) -> Body | Redirect:
        s = self.settings
        async with self.gates.slot(host_key(url)):
            limit = s.timeout
            if deadline_at is not None:
                limit = min(limit, deadline_at - time.monotonic())
                if limit <= 0:
                    raise FetchTimeoutError(f"timed out: the deadline of {s.deadline:g} s for this URL passed", url=url)
            try:
                async with asyncio.timeout(limit):
                    if s.block_private_addresses:
                        await check_address(url)
                    # The URL parsed when it was checked, when there is one: httpx would otherwise parse it again.
                    response = await self.http.open(url if parsed is None else parsed, self.headers, self.timeout)
                    return await http.read(response, url, s, robots=robots)
            except TimeoutError:
                raise FetchTimeoutError(f"timed out after {limit:.3g} s (the whole request)", url=url) from None
            except httpx.HTTPError as exc:
                raise fetch_error(exc, url, s) from None
