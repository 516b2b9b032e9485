"""Fetch pages and clean them: polite, resilient `fetch` / `fetch_many` and async twins `afetch` / `afetch_many`.

    >>> article = newsclean.fetch("https://www.kompas.com/read/2024/05/01/123/judul")   # doctest: +SKIP
    >>> for result in newsclean.fetch_many(urls, concurrency=8):                       # doctest: +SKIP
    ...     if isinstance(result, newsclean.FetchFailure):
    ...         print(result.url, result.stage, result.error)

One async core does the work; the sync functions run it on an event loop of their own (a helper
thread for `fetch_many`, so fetching goes on while the caller handles a result).

Per URL: the outlet's single-page form is asked for (Kompas and Kontan: ``?page=all``); robots.txt
of each origin on the way is obeyed (fetched once, cached); each request takes a slot of its host
(``per_host`` at once, starts ``min_delay`` apart, longer when robots.txt asks for a Crawl-delay)
and a global slot (``concurrency``); redirects are followed by hand (each hop checked: scheme,
robots.txt, blocked addresses) up to ``max_redirects``; timeouts, dropped connections, 429 and 5xx
are retried by tenacity with exponential backoff and jitter, honouring ``Retry-After``; the body is
streamed and cut at ``max_bytes``; only HTML content types are accepted; then the page is cleaned:
small ones on the event loop (a few milliseconds per loop turn at most), others in a worker thread
(or every page in the executor given), so the event loop keeps fetching.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import email.utils
import ipaddress
import json
import logging
import random
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TypedDict, TypeVar, Unpack
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from .article import Article
from .errors import (
    BinaryInputError,
    BlockedAddressError,
    CleanError,
    ConnectionFailedError,
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    RobotsUnavailableError,
    TooManyRedirectsError,
    internal_error_message,
)
from .politeness import Gates, host_key
from .registry import get_outlet, outlet_for_url
from .robots import (
    ROBOTS_MAX_BYTES,
    ROBOTS_MAX_REDIRECTS,
    STORE,
    RobotsRules,
    allow_all,
    clear_robots_cache,
    parse_robots,
)
from .rules import Outlet
from .sniff import HTML_TYPES
from .transport import client_transport, default_ssl_context

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchFailure",
    "FetchOptions",
    "FetchSettings",
    "afetch",
    "afetch_many",
    "clear_robots_cache",
    "fetch",
    "fetch_many",
    "single_page_url",
]

log = logging.getLogger("newsclean.fetch")
T = TypeVar("T")


def _version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


DEFAULT_USER_AGENT = f"newsclean/{_version()} (+https://github.com/newsclean/newsclean)"
#: Statuses worth another try: rate limiting and server trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
#: Cleaning threads of a call when no `clean_executor` is given.
CLEAN_THREADS = 2
#: Event-loop seconds inline cleaning may use per loop iteration; pages past it wait for the next one,
#: so the I/O and timers due get their turn in between.
INLINE_CLEAN_BUDGET = 0.005


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Every fetching option, with its default. Pass them as keyword arguments to `fetch` & co.,
    or build one `FetchSettings` and pass ``settings=`` (keywords given as well override it)."""

    #: User-Agent header, also the name robots.txt rules are matched against. None: the client's own.
    user_agent: str | None = DEFAULT_USER_AGENT
    #: Extra request headers.
    headers: Mapping[str, str] | None = None
    #: Seconds for one whole attempt: connect, headers and the body.
    timeout: float = 30.0
    #: Seconds to open a connection.
    connect_timeout: float = 10.0
    #: Seconds without a byte from the server.
    read_timeout: float = 20.0
    #: Retries after a failed attempt (timeouts, dropped connections, 429, 500, 502, 503, 504).
    retries: int = 3
    #: Seconds one URL may take in all: its attempts, redirects and the waits between them. None: no limit.
    deadline: float | None = 120.0
    #: First backoff in seconds; doubles each retry, plus random jitter of up to as much again.
    backoff: float = 0.5
    #: Longest backoff in seconds.
    backoff_max: float = 30.0
    #: A Retry-After asking for a longer wait than this (seconds) makes us give up rather than wait.
    retry_after_max: float = 60.0
    #: Redirects followed at most.
    max_redirects: int = 10
    #: Largest body read, in bytes (after content decoding); larger responses fail.
    max_bytes: int = 10 * 1024 * 1024
    #: Accepted media types. HTML types go to `clean_html`; others you add (``text/plain``) to `clean`.
    content_types: tuple[str, ...] = HTML_TYPES
    #: Obey robots.txt. Turning it off is your decision and your responsibility.
    respect_robots: bool = True
    #: Seconds a fetched robots.txt is trusted (process-wide cache).
    robots_ttl: float = 3600.0
    #: Requests in flight at once, all hosts together.
    concurrency: int = 16
    #: Requests in flight at once to one host (``host:port``).
    per_host: int = 2
    #: Seconds between the starts of two requests to one host.
    min_delay: float = 1.0
    #: A robots.txt Crawl-delay is honoured up to this many seconds.
    max_crawl_delay: float = 30.0
    #: Refuse hosts that resolve to loopback, private, link-local or reserved addresses (for services
    #: that fetch URLs their users give). Checked before every request, redirects included.
    block_private_addresses: bool = False
    #: Ask for the outlet's single-page form of a paginated story (Kompas, Kontan: ``page=all``).
    single_page: bool = True
    #: Clean with this outlet's rules whatever the URL (also picks its single-page query).
    outlet: str | None = None
    #: Where cleaning runs; None: small pages on the event loop, the rest in two worker threads of the call's
    #: own. A ProcessPoolExecutor uses more cores. An executor given cleans every page.
    clean_executor: Executor | None = None
    #: Without a `clean_executor`, pages up to this many bytes are cleaned on the event loop itself (a few
    #: milliseconds at most, no thread hand-off); 0: every page goes to the worker threads.
    inline_clean_bytes: int = 16 * 1024
    #: URLs `fetch_many` reads ahead of the ones in flight (so one slow host never stalls the others).
    max_pending: int = 10_000

    def __post_init__(self) -> None:
        positive = ("timeout", "connect_timeout", "read_timeout", "robots_ttl", "concurrency", "per_host",
                    "max_bytes", "max_pending")
        for name in positive:
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)!r}")
        not_negative = ("retries", "backoff", "backoff_max", "retry_after_max", "max_redirects", "min_delay",
                        "max_crawl_delay", "inline_clean_bytes")
        for name in not_negative:
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, got {getattr(self, name)!r}")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"deadline must be positive or None, got {self.deadline!r}")
        if isinstance(self.content_types, str):
            raise ValueError("content_types must be a tuple of media types, not one string")
        if self.outlet is not None:
            get_outlet(self.outlet)  # UnknownOutletError names the known ones


class FetchOptions(TypedDict, total=False):
    """The keyword arguments `fetch` & co. take: the fields of `FetchSettings`."""

    user_agent: str | None
    headers: Mapping[str, str] | None
    timeout: float
    connect_timeout: float
    read_timeout: float
    retries: int
    deadline: float | None
    backoff: float
    backoff_max: float
    retry_after_max: float
    max_redirects: int
    max_bytes: int
    content_types: tuple[str, ...]
    respect_robots: bool
    robots_ttl: float
    concurrency: int
    per_host: int
    min_delay: float
    max_crawl_delay: float
    block_private_addresses: bool
    single_page: bool
    outlet: str | None
    clean_executor: Executor | None
    inline_clean_bytes: int
    max_pending: int


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """What `fetch_many` yields for a URL that gave no article.

    `stage` is where it failed: ``url`` (malformed, not http/https), ``robots`` (disallowed or
    robots.txt unreachable), ``fetch`` (timeout, connection, redirects, blocked address), ``http``
    (error status), ``content`` (not HTML, too large), ``decode`` (not text), ``clean`` (no article
    in the page) or ``internal`` (a bug: please report it). `reason` is the error's short code
    (``timeout``, ``http_status``, ``robots_disallowed``…), `error` the message a person reads.
    """

    url: str
    stage: str
    reason: str
    error: str
    status: int | None = None
    exception: BaseException | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"url": self.url, "stage": self.stage, "reason": self.reason, "error": self.error}
        if self.status is not None:
            data["status"] = self.status
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_exception(cls, url: str, exc: BaseException) -> FetchFailure:
        if isinstance(exc, FetchError):
            return cls(url, exc.stage, exc.reason, str(exc), exc.status, exc)
        if isinstance(exc, BinaryInputError):
            return cls(url, "decode", exc.reason, str(exc), None, exc)
        if isinstance(exc, CleanError):
            return cls(url, "clean", exc.reason, str(exc), None, exc)
        return cls(url, "internal", "internal_error", internal_error_message(exc), None, exc)


# --- URLs -------------------------------------------------------------------------------------------


def _query_pairs(query: str) -> list[str]:
    return [pair for pair in query.split("&") if pair]


def single_page_url(url: str, query: str) -> str:
    """`url` with the pairs of `query` (``page=all``) set, replacing any same-named parameter."""
    parts = urlsplit(url)
    wanted = _query_pairs(query)
    names = {pair.split("=", 1)[0] for pair in wanted}
    kept = [pair for pair in _query_pairs(parts.query) if pair.split("=", 1)[0] not in names]
    return urlunsplit(parts._replace(query="&".join(kept + wanted)))


def _strip_single_page(url: str, outlet: Outlet | None) -> str:
    """`url` without the outlet's single-page pairs: the story's own address."""
    if outlet is None or not outlet.single_page_query:
        return url
    drop = set(_query_pairs(outlet.single_page_query))
    if not any(pair in url for pair in drop):  # the usual case (a canonical URL), without parsing
        return url
    parts = urlsplit(url)
    kept = [pair for pair in _query_pairs(parts.query) if pair not in drop]
    if len(kept) == len(_query_pairs(parts.query)):
        return url
    return urlunsplit(parts._replace(query="&".join(kept)))


def _parse_url(url: object) -> tuple[str, httpx.URL]:
    """The URL stripped, and parsed by httpx (kept, so that sending it does not parse it again)."""
    if not isinstance(url, str):
        raise InvalidURLError(f"not a URL: {url!r}", url=str(url))
    url = url.strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InvalidURLError(f"malformed URL: {exc}", url=url) from None
    if parsed.scheme not in ("http", "https"):
        scheme = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise InvalidURLError(f"only http and https URLs can be fetched (got {scheme})", url=url)
    if not parsed.host:
        raise InvalidURLError("URL has no host", url=url)
    return url, parsed


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


# --- Retry policy -----------------------------------------------------------------------------------


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _RetryableStatus(HTTPStatusError):
    """An HTTP status worth retrying; carries the server's Retry-After, if any."""

    def __init__(self, message: str, *, url: str, status: int, retry_after: float | None) -> None:
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


class _LastingConnectionError(ConnectionFailedError):
    """A connection failure another try within seconds would meet again (a name that does not resolve,
    a certificate that does not verify): reported at once, as a plain `ConnectionFailedError`."""


#: Failures worth another try.
_RETRYABLE = (FetchTimeoutError, ConnectionFailedError, _RetryableStatus)


def _is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, _RETRYABLE) and not isinstance(exc, _LastingConnectionError)


class _Policy:
    """tenacity callables for one settings object."""

    def __init__(self, settings: FetchSettings, deadline_at: float | None) -> None:
        self.settings = settings
        self.deadline_at = deadline_at

    def wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return float(retry_after)
        s = self.settings
        # Exponential backoff with jitter, so that many clients failing together do not retry together.
        base = min(s.backoff_max, s.backoff * 2 ** (state.attempt_number - 1))
        return min(s.backoff_max, base + random.uniform(0, base))

    def stop(self, state: RetryCallState) -> bool:
        if state.attempt_number > self.settings.retries:
            return True
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None and retry_after > self.settings.retry_after_max:
            return True  # waiting less than the server asked would be impolite; waiting that long, useless
        upcoming = getattr(state, "upcoming_sleep", 0.0) or 0.0
        return self.deadline_at is not None and time.monotonic() + upcoming >= self.deadline_at

    def before_sleep(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        url = getattr(exc, "url", None) or "?"
        log.debug("retrying %s in %.2fs (attempt %d of %d failed: %s)", url, getattr(state, "upcoming_sleep", 0.0),
                  state.attempt_number, self.settings.retries + 1, exc)


# --- HTTP plumbing ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Response:
    """What the fetch logic needs of a streamed response, whichever kind of client made it."""

    status: int
    reason: str
    headers: httpx.Headers
    url: str
    chunks: AsyncIterator[bytes]
    close: Callable[[], Coroutine[Any, Any, None]]


class _AsyncHttp:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def open(self, url: str | httpx.URL, headers: dict[str, str], timeout: httpx.Timeout) -> _Response:
        request = self.client.build_request("GET", url, headers=headers, timeout=timeout)
        response = await self.client.send(request, stream=True, follow_redirects=False)
        return _Response(response.status_code, response.reason_phrase, response.headers, str(response.url),
                         response.aiter_bytes(), response.aclose)


_END = object()


class _SyncHttp:
    """A user's `httpx.Client` driven from the event loop through a thread pool."""

    def __init__(self, client: httpx.Client, pool: ThreadPoolExecutor) -> None:
        self.client = client
        self.pool = pool

    async def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        future = self.pool.submit(fn, *args)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            # The thread cannot be interrupted: close whatever response it still hands back.
            future.add_done_callback(_close_late_response)
            raise

    async def open(self, url: str | httpx.URL, headers: dict[str, str], timeout: httpx.Timeout) -> _Response:
        request = self.client.build_request("GET", url, headers=headers, timeout=timeout)
        response: httpx.Response = await self._call(
            partial(self.client.send, request, stream=True, follow_redirects=False))
        iterator = response.iter_bytes()

        async def chunks() -> AsyncIterator[bytes]:
            while True:
                chunk = await self._call(next, iterator, _END)
                if chunk is _END:
                    return
                yield chunk

        async def close() -> None:
            await self._call(response.close)

        return _Response(response.status_code, response.reason_phrase, response.headers, str(response.url),
                         chunks(), close)


def _close_late_response(future: concurrent.futures.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is None and isinstance(future.result(), httpx.Response):
        future.result().close()


@dataclass(slots=True)
class _Body:
    url: str
    status: int
    media_type: str
    charset: str | None
    data: bytes


@dataclass(slots=True)
class _Redirect:
    url: str
    location: str
    status: int


def _blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (not address.is_global or address.is_private or address.is_loopback or address.is_link_local
            or address.is_multicast or address.is_reserved or address.is_unspecified)


async def _check_address(url: str) -> None:
    """Refuse a host that is, or resolves to, a non-public address (any of its addresses)."""
    parsed = httpx.URL(url)
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        addresses = {ipaddress.ip_address(host.split("%", 1)[0])}
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise _LastingConnectionError(_dns_message(host, exc), url=url) from None
        addresses = {ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos}
    bad = sorted(str(a) for a in addresses if _blocked(a))
    if bad:
        raise BlockedAddressError(f"{host} resolves to a non-public address ({', '.join(bad)}); "
                                  "refused because block_private_addresses=True", url=url)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and the exceptions it was raised from (httpx wraps httpcore's, which wraps the OSError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _dns_message(host: str, exc: BaseException) -> str:
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else ""
    return f"cannot resolve host {host} (DNS{': ' + detail if detail else ''})"


def _connection_error(exc: httpx.HTTPError, url: str) -> ConnectionFailedError:
    """The error a failed connection is reported as, its message naming the cause: DNS, refused, TLS."""
    parsed = urlsplit(url)
    host = parsed.hostname or "?"
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return _LastingConnectionError(_dns_message(host, cause), url=url)
        if isinstance(cause, ssl.SSLCertVerificationError):
            why = cause.verify_message or cause.reason or "certificate verify failed"
            return _LastingConnectionError(f"TLS error: the certificate of {host} does not verify ({why})", url=url)
        if isinstance(cause, ssl.SSLError):
            return ConnectionFailedError(f"TLS error with {host}: {cause.reason or cause}", url=url)
        if isinstance(cause, ConnectionRefusedError):
            port = parsed.port or (443 if parsed.scheme == "https" else 80)
            return ConnectionFailedError(f"connection refused by {host}:{port}", url=url)
    return ConnectionFailedError(f"connection failed: {_network_reason(exc)}", url=url)


def _network_reason(exc: httpx.HTTPError) -> str:
    if str(exc):
        return str(exc)
    if isinstance(exc, httpx.ReadError):
        return "the connection broke while reading the response (reset by the server?)"
    if isinstance(exc, httpx.WriteError):
        return "the connection broke while sending the request"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    return type(exc).__name__


def _media_type(headers: httpx.Headers) -> tuple[str, str | None]:
    """Media type (lower-case, no parameters) and charset of a Content-Type header."""
    raw = headers.get("content-type", "")
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("'\"")
    return media.strip().lower(), charset


# --- Cleaning (runs in a worker thread or process) --------------------------------------------------


#: Charset labels browsers read as windows-1252 (WHATWG Encoding Standard), so we do too.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
                           "windows-1252", "x-cp1252"})


def _clean_body(data: bytes, charset: str | None, as_html: bool, url: str, outlet: str | None) -> Article:
    """Decode (header charset, else the cleaner reads BOM and meta) and clean one page; `url` is the
    fetched URL, replaced in the result by the canonical URL the page declares, if any."""
    from . import auto, html
    from .decode import decode_bytes

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


#: How a robots.txt fetch failed: unreachable (a robots failure), or the network's own failure.
_RobotsFailure = RobotsUnavailableError | FetchTimeoutError | ConnectionFailedError


# --- One fetch call ---------------------------------------------------------------------------------


class _InlineBudget:
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


class _Session:
    """State shared by the URLs of one call: client, gates, robots.txt answers, settings."""

    def __init__(self, settings: FetchSettings, client: httpx.AsyncClient | httpx.Client | None) -> None:
        self.settings = settings
        self._user_client = client
        self._own_client: httpx.AsyncClient | None = None
        self._pool: ThreadPoolExecutor | None = None
        # Few cleaning threads: more would only queue for the GIL and make the event loop wait for it.
        self._cleaners = None if settings.clean_executor else ThreadPoolExecutor(CLEAN_THREADS,
                                                                                  thread_name_prefix="newsclean-clean")
        self.clean_executor: Executor = settings.clean_executor or self._cleaners  # type: ignore[assignment]
        self._inline = _InlineBudget(INLINE_CLEAN_BUDGET)
        self.http: _AsyncHttp | _SyncHttp
        self.gates = Gates(concurrency=settings.concurrency, per_host=settings.per_host,
                           min_delay=settings.min_delay)
        self.forced_outlet = get_outlet(settings.outlet) if settings.outlet else None
        self._robots_local: dict[str, RobotsRules | _RobotsFailure] = {}
        self._robots_tasks: dict[str, asyncio.Task[RobotsRules | _RobotsFailure]] = {}
        self.timeout = httpx.Timeout(settings.timeout, connect=settings.connect_timeout,
                                     read=settings.read_timeout, pool=settings.timeout)
        self.headers = {"Accept": _ACCEPT}
        if settings.user_agent is not None:
            self.headers["User-Agent"] = settings.user_agent
        self.headers.update(settings.headers or {})

    async def __aenter__(self) -> _Session:
        client = self._user_client
        if client is None:
            context = await asyncio.to_thread(default_ssl_context)
            transport = client_transport(context, concurrency=self.settings.concurrency)
            self._own_client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, transport=transport)
            self.http = _AsyncHttp(self._own_client)
        elif isinstance(client, httpx.AsyncClient):
            self.http = _AsyncHttp(client)
        elif isinstance(client, httpx.Client):
            self._pool = ThreadPoolExecutor(self.settings.concurrency + 4, thread_name_prefix="newsclean-http")
            self.http = _SyncHttp(client, self._pool)
        else:
            raise TypeError(f"client must be an httpx.Client or httpx.AsyncClient, not {type(client).__name__}")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        unfinished = [task for task in self._robots_tasks.values() if not task.done()]
        for task in unfinished:
            task.cancel()
        await asyncio.gather(*unfinished, return_exceptions=True)
        for task in self._robots_tasks.values():
            if task.done() and not task.cancelled():
                task.exception()  # retrieved: a failure nobody awaited is not worth a warning
        if self._own_client is not None:
            await self._own_client.aclose()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._cleaners is not None:
            self._cleaners.shutdown(wait=False, cancel_futures=True)

    @property
    def user_agent(self) -> str:
        """The name robots.txt rules are matched against."""
        if self.settings.user_agent is not None:
            return self.settings.user_agent
        client = self._user_client or self._own_client
        return client.headers.get("user-agent", "*") if client is not None else "*"

    # -- entry points --

    def prepare(self, url: object) -> tuple[str, httpx.URL | None, Outlet | None]:
        """Validated URL in its single-page form, that form parsed (None: httpx parses it when sending),
        and the outlet that form came from."""
        checked, parsed = _parse_url(url)
        outlet = self.forced_outlet or outlet_for_url(checked)
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
        return await self.clean(body, outlet)

    # -- download --

    def _deadline_at(self) -> float | None:
        return None if self.settings.deadline is None else time.monotonic() + self.settings.deadline

    async def download(self, url: str, *, deadline_at: float | None = None, parsed: httpx.URL | None = None) -> _Body:
        """GET `url` (`parsed`: the same, parsed) following redirects: robots.txt, address and scheme
        checked at every hop."""
        deadline_at = deadline_at if deadline_at is not None else self._deadline_at()
        chain = [url]
        current = url
        while True:
            if self.settings.respect_robots:
                await self.check_robots(current, deadline_at)
            outcome = await self._get(current, deadline_at, robots=False, parsed=parsed)
            if isinstance(outcome, _Body):
                return outcome
            current, parsed = self._follow(outcome, chain, self.settings.max_redirects, url)

    def _follow(self, redirect: _Redirect, chain: list[str], limit: int, first: str) -> tuple[str, httpx.URL]:
        try:
            target, parsed = _parse_url(redirect.location)
        except InvalidURLError as exc:
            raise InvalidURLError(f"redirected to a URL that cannot be fetched ({exc}): {redirect.location}",
                                  url=first) from None
        looped = target in chain
        chain.append(target)
        if len(chain) - 1 > limit:
            what = "redirect loop" if looped else f"more than {limit} redirects"
            raise TooManyRedirectsError(f"{what}: {' -> '.join(chain[:6])}{' ...' if len(chain) > 6 else ''}",
                                        url=first)
        log.debug("redirect %d %s -> %s", redirect.status, redirect.url, target)
        return target, parsed

    async def _get(self, url: str, deadline_at: float | None, *, robots: bool,
                   parsed: httpx.URL | None = None) -> _Body | _Redirect:
        """One hop with retries.

        The first attempt runs bare: building tenacity's machinery costs ~0.05 ms of event-loop time per
        request, and almost every request succeeds at once. After a retryable failure the machinery is
        built and replays that failure as its attempt 1, so stop, wait, Retry-After and logs are the same.
        """
        try:
            return await self._attempt(url, parsed, deadline_at, robots)
        except _LastingConnectionError as exc:
            raise ConnectionFailedError(str(exc), url=exc.url) from None
        except _RETRYABLE as exc:
            first: BaseException | None = exc

        async def attempt() -> _Body | _Redirect:
            nonlocal first
            if first is not None:
                failed, first = first, None
                raise failed
            return await self._attempt(url, parsed, deadline_at, robots)

        policy = _Policy(self.settings, deadline_at)
        retrying = AsyncRetrying(stop=policy.stop, wait=policy.wait, retry=retry_if_exception(_is_retryable),
                                 before_sleep=policy.before_sleep, reraise=True, sleep=asyncio.sleep)
        try:
            return await retrying(attempt)
        except (FetchTimeoutError, ConnectionFailedError, HTTPStatusError) as exc:
            attempts = retrying.statistics.get("attempt_number", 1)
            if attempts <= 1 and not isinstance(exc, _RetryableStatus):
                raise
            message = str(exc) + (f" (gave up after {attempts} attempts)" if attempts > 1 else "")
            # _RetryableStatus is an internal marker; callers see a plain HTTPStatusError.
            kind = HTTPStatusError if isinstance(exc, _RetryableStatus) else type(exc)
            raise kind(message, url=exc.url, status=exc.status) from None

    async def _attempt(self, url: str, parsed: httpx.URL | None, deadline_at: float | None,
                       robots: bool) -> _Body | _Redirect:
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
                        await _check_address(url)
                    return await self._once(url, parsed, robots)
            except TimeoutError:
                raise FetchTimeoutError(f"timed out after {limit:.3g} s (the whole request)", url=url) from None
            except httpx.ConnectTimeout:
                raise FetchTimeoutError(f"timed out after {s.connect_timeout:g} s connecting", url=url) from None
            except httpx.ReadTimeout:
                raise FetchTimeoutError(f"timed out after {s.read_timeout:g} s without data from the server",
                                        url=url) from None
            except httpx.TimeoutException as exc:
                raise FetchTimeoutError(f"timed out ({type(exc).__name__})", url=url) from None
            except httpx.UnsupportedProtocol as exc:
                raise InvalidURLError(f"unsupported URL: {exc}", url=url) from None
            except httpx.DecodingError as exc:
                raise FetchError(f"response body could not be decoded: {exc}", url=url, stage="decode") from None
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise _connection_error(exc, url) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed: {str(exc) or type(exc).__name__}", url=url) from None

    async def _once(self, url: str, parsed: httpx.URL | None, robots: bool) -> _Body | _Redirect:
        s = self.settings
        # The URL parsed when it was checked, when there is one: httpx would otherwise parse the string again.
        response = await self.http.open(url if parsed is None else parsed, self.headers, self.timeout)
        try:
            status = response.status
            location = response.headers.get("location")
            if status in _REDIRECTS and location:
                return _Redirect(response.url, urljoin(response.url, location.strip()), status)
            if status in RETRY_STATUSES:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                message = f"HTTP {status} {response.reason}".rstrip()
                if retry_after is not None and retry_after > s.retry_after_max:
                    message += (f"; the server asked to wait {retry_after:.0f} s, "
                                f"over retry_after_max={s.retry_after_max:g}")
                raise _RetryableStatus(message, url=url, status=status, retry_after=retry_after)
            if not 200 <= status < 300:
                raise HTTPStatusError(f"HTTP {status} {response.reason}".rstrip(), url=url, status=status)
            media, charset = _media_type(response.headers)
            limit = ROBOTS_MAX_BYTES if robots else s.max_bytes
            if not robots:
                if media and media not in s.content_types:
                    raise ContentTypeError(f"not an HTML page: Content-Type is {media} (accepted: "
                                           f"{', '.join(s.content_types)})", url=url, status=status)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise ResponseTooLargeError(f"response is {int(declared):,} bytes, over the limit of {limit:,} "
                                                "(raise it with max_bytes=...)", url=url, status=status)
            data = bytearray()
            async for chunk in response.chunks:
                data += chunk
                if len(data) > limit:
                    if robots:  # RFC 9309: parse what fits
                        del data[limit:]
                        break
                    raise ResponseTooLargeError(f"response is over the limit of {limit:,} bytes "
                                                "(raise it with max_bytes=...)", url=url, status=status)
            if not robots and not media:
                from .sniff import looks_like_html

                if not looks_like_html(bytes(data[:65536])):
                    raise ContentTypeError("no Content-Type and the body does not look like HTML", url=url,
                                           status=status)
                media = "text/html"
            return _Body(response.url, status, media, charset, bytes(data))
        finally:
            await response.close()

    # -- robots.txt --

    async def check_robots(self, url: str, deadline_at: float | None) -> None:
        origin = _origin(url)
        rules = await self._robots(origin, deadline_at)
        if isinstance(rules, FetchError):  # unreachable (a robots failure), or the network's own failure
            raise type(rules)(str(rules), url=url)
        agent = self.user_agent
        if not rules.allows(agent, url):
            raise RobotsDisallowedError(
                f"{origin}/robots.txt disallows this URL for {agent.split('/')[0]!r} "
                "(respect_robots=False or --no-robots fetches it anyway)", url=url)
        delay = rules.crawl_delay(agent)
        if delay:
            self.gates.host(host_key(url)).crawl_delay = min(delay, self.settings.max_crawl_delay)

    async def _robots(self, origin: str, deadline_at: float | None) -> RobotsRules | _RobotsFailure:
        known = self._robots_local.get(origin) or STORE.get(origin, self.settings.robots_ttl)
        if known is not None:
            return known
        task = self._robots_tasks.get(origin)
        if task is None:
            # Its own task, shared by every URL of the origin: one requester being cancelled
            # (its own deadline) does not cancel the answer the others wait for.
            task = asyncio.ensure_future(self._fetch_robots(origin, deadline_at))
            self._robots_tasks[origin] = task
        rules = await asyncio.shield(task)
        self._robots_local[origin] = rules
        if isinstance(rules, RobotsRules):
            STORE.put(origin, rules)
        return rules

    async def _fetch_robots(self, origin: str, deadline_at: float | None) -> RobotsRules | _RobotsFailure:
        url = origin + "/robots.txt"
        chain = [url]
        current = url
        parsed: httpx.URL | None = None
        try:
            while True:
                outcome = await self._get(current, deadline_at, robots=True, parsed=parsed)
                if isinstance(outcome, _Body):
                    break
                current, parsed = self._follow(outcome, chain, ROBOTS_MAX_REDIRECTS, url)
        except HTTPStatusError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                log.debug("%s: HTTP %s, everything allowed (RFC 9309)", url, exc.status)
                return allow_all()
            return self._unreachable(url, str(exc))
        except BlockedAddressError:
            raise
        except (FetchTimeoutError, ConnectionFailedError) as exc:
            # The network failed, not robots.txt: the URLs of the origin fail with that cause (and are
            # still not fetched: RFC 9309 says an unreachable robots.txt disallows everything).
            log.debug("%s: %s; the origin's URLs fail with it", url, exc)
            return exc
        except FetchError as exc:  # redirects gone wrong
            return self._unreachable(url, str(exc))
        from .decode import decode_bytes

        try:
            text = decode_bytes(outcome.data, declared=outcome.charset)
        except CleanError:  # binary junk served as robots.txt: no rules in it
            text = ""
        log.debug("%s: %d bytes of rules", url, len(outcome.data))
        return parse_robots(text)

    def _unreachable(self, url: str, why: str) -> RobotsUnavailableError:
        log.debug("%s unreachable (%s): the whole site is treated as disallowed (RFC 9309)", url, why)
        return RobotsUnavailableError(
            f"{url} could not be read ({why}); RFC 9309 says to assume everything is disallowed "
            "(respect_robots=False or --no-robots fetches anyway)", url=url)

    # -- cleaning --

    async def clean(self, body: _Body, outlet: Outlet | None) -> Article:
        final_outlet = self.forced_outlet or outlet_for_url(body.url) or outlet
        page_url = _strip_single_page(body.url, final_outlet)
        work = partial(_clean_body, body.data, body.charset, body.media_type in HTML_TYPES, page_url,
                       self.settings.outlet)
        if self._cleaners is not None and len(body.data) <= self.settings.inline_clean_bytes:
            # A small page costs the loop well under a millisecond here; a worker thread would cost more in
            # GIL hand-offs, and stall the loop longer, than the cleaning itself.
            article = await self._inline.run(work)
        else:
            article = await asyncio.get_running_loop().run_in_executor(self.clean_executor, work)
        # The canonical URL the page declares, else the fetched one; never our ?page=all.
        canonical = article.url or page_url
        article.url = _strip_single_page(canonical, self.forced_outlet or outlet_for_url(canonical) or final_outlet)
        return article

    # -- many URLs --

    async def run_many(self, urls: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[Article | FetchFailure]:
        """Results in completion order; the frontier keeps per-host queues so one slow host only
        ever occupies its own `per_host` slots."""
        s = self.settings
        queues: dict[str, deque[object]] = {}
        order: deque[str] = deque()  # hosts with queued URLs, round robin
        in_flight: dict[str, int] = {}
        fetching = 0
        buffered = 0
        tasks: dict[asyncio.Task[Any], tuple[str, str, object]] = {}  # task -> (kind, host, url)
        sync_source: Iterator[object] | None = None
        async_source: AsyncIterator[object] | None = None
        reader: asyncio.Task[object] | None = None
        if isinstance(urls, AsyncIterable):
            async_source = aiter(urls)
        else:
            sync_source = iter(urls)
        exhausted = False
        max_cleaning = 2 * s.concurrency

        # Finished tasks report here: O(1) per completion, where asyncio.wait would revisit every task.
        finished: asyncio.Queue[asyncio.Future[Any]] = asyncio.Queue()

        def start(coro: Coroutine[Any, Any, Any], tag: tuple[str, str, object]) -> None:
            task = asyncio.ensure_future(coro)
            tasks[task] = tag
            task.add_done_callback(finished.put_nowait)

        def enqueue(item: object) -> None:
            nonlocal buffered
            key = host_key(item) if isinstance(item, str) else ""
            queue = queues.get(key)
            if queue is None:
                queue = queues[key] = deque()
            if not queue:
                order.append(key)
            queue.append(item)
            buffered += 1

        def launch() -> None:
            nonlocal fetching, buffered
            cleaning = len(tasks) - fetching
            progress = True
            while progress and order and fetching < s.concurrency and cleaning < max_cleaning:
                progress = False
                for _ in range(len(order)):
                    if fetching >= s.concurrency:
                        break
                    key = order.popleft()
                    queue = queues[key]
                    if in_flight.get(key, 0) < s.per_host:
                        item = queue.popleft()
                        buffered -= 1
                        in_flight[key] = in_flight.get(key, 0) + 1
                        fetching += 1
                        progress = True
                        start(self._fetch_stage(item), ("fetch", key, item))
                    if queue:
                        order.append(key)
                    else:
                        del queues[key]

        try:
            while True:
                if sync_source is not None and not exhausted:
                    while buffered < s.max_pending:
                        item = next(sync_source, _END)
                        if item is _END:
                            exhausted = True
                            break
                        enqueue(item)
                if async_source is not None and not exhausted and reader is None and buffered < s.max_pending:
                    reader = asyncio.ensure_future(anext(async_source, _END))
                    reader.add_done_callback(finished.put_nowait)
                launch()
                if not tasks and reader is None:
                    break
                done = [await finished.get()]
                while not finished.empty():
                    done.append(finished.get_nowait())
                for task in done:
                    if task is reader:
                        item = reader.result()
                        reader = None
                        if item is _END:
                            exhausted = True
                        else:
                            enqueue(item)
                        continue
                    kind, key, item = tasks.pop(task)  # type: ignore[call-overload]
                    if kind == "fetch":
                        fetching -= 1
                        in_flight[key] -= 1
                        outcome = task.result()
                        if isinstance(outcome, FetchFailure):
                            yield outcome
                        else:
                            body, outlet = outcome
                            start(self._clean_stage(item, body, outlet), ("clean", key, item))
                    else:
                        yield task.result()
        finally:
            pending = list(tasks) + ([reader] if reader is not None else [])
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    async def _fetch_stage(self, item: object) -> tuple[_Body, Outlet | None] | FetchFailure:
        url = item if isinstance(item, str) else repr(item)
        try:
            target, parsed, outlet = self.prepare(item)
            return await self.download(target, parsed=parsed), outlet
        except Exception as exc:  # noqa: BLE001 - becomes this URL's FetchFailure
            return FetchFailure.from_exception(url, exc)

    async def _clean_stage(self, item: object, body: _Body, outlet: Outlet | None) -> Article | FetchFailure:
        try:
            return await self.clean(body, outlet)
        except Exception as exc:  # noqa: BLE001 - becomes this URL's FetchFailure
            return FetchFailure.from_exception(item if isinstance(item, str) else repr(item), exc)


# --- Public API -------------------------------------------------------------------------------------


def _settings(settings: FetchSettings | None, options: Mapping[str, Any]) -> FetchSettings:
    base = settings or FetchSettings()
    if not options:
        return base
    known = {f.name for f in dataclasses.fields(FetchSettings)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown fetch option(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return dataclasses.replace(base, **options)


async def afetch(url: str, *, client: httpx.AsyncClient | httpx.Client | None = None,
                 settings: FetchSettings | None = None, **options: Unpack[FetchOptions]) -> Article:
    """Fetch one page and clean it. Raises a `FetchError` subclass (or the cleaner's `CleanError`).

    `client`: your own httpx client (its proxies, certificates, cookies); it is not closed.
    Options: the fields of `FetchSettings`.
    """
    resolved = _settings(settings, options)
    async with _Session(resolved, client) as session:
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
    resolved = _settings(settings, options)
    async with _Session(resolved, client) as session:
        async for result in session.run_many(urls):
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
    resolved = _settings(settings, options)
    return _run(lambda: afetch(url, client=client, settings=resolved))


def fetch_many(urls: Iterable[str], *, client: httpx.Client | None = None, settings: FetchSettings | None = None,
               **options: Unpack[FetchOptions]) -> Iterator[Article | FetchFailure]:
    """Fetch and clean many pages; yields one `Article` or `FetchFailure` per URL, in completion order.

    Fetching runs on an event loop in a helper thread and goes on while you handle each result;
    stopping the iteration early (``break``) cancels what is left.
    """
    _reject_async_client(client)
    _reject_single_url(urls)
    resolved = _settings(settings, options)
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
