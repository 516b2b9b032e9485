"""The options of a fetch call (`FetchSettings`, `FetchOptions`) and what a URL that failed gives (`FetchFailure`)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TypedDict

from ..engine.registry import get_outlet
from ..errors import BinaryInputError, CleanError, FetchError, internal_error_message
from ..read.sniff import HTML_TYPES


def _version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


DEFAULT_USER_AGENT = f"newsclean/{_version()} (+https://github.com/newsclean/newsclean)"


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



def resolve(settings: FetchSettings | None, options: Mapping[str, Any]) -> FetchSettings:
    """`settings` (default: the defaults) with the keyword `options` of a call put over it."""
    base = settings or FetchSettings()
    if not options:
        return base
    known = {f.name for f in dataclasses.fields(FetchSettings)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown fetch option(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return dataclasses.replace(base, **options)
