"""One HTTP exchange: a streamed GET through either kind of httpx client, and what its answer means
(a body, a redirect to follow, or an error: status, content type, size)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import urljoin

import httpx

from ..errors import ContentTypeError, HTTPStatusError, InvalidURLError, ResponseTooLargeError, TooManyRedirectsError
from ..read.sniff import looks_like_html
from .retry import RETRY_STATUSES, RetryableStatus, parse_retry_after
from .robots import ROBOTS_MAX_BYTES
from .settings import FetchSettings
from .urls import parse_url

log = logging.getLogger("newsclean.fetch")
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True)
class Response:
    """What the fetch logic needs of a streamed response, whichever kind of client made it."""

    status: int
    reason: str
    headers: httpx.Headers
    url: str
    chunks: AsyncIterator[bytes]
    close: Callable[[], Coroutine[Any, Any, None]]


@dataclass(slots=True)
class Body:
    url: str
    status: int
    media_type: str
    charset: str | None
    data: bytes


@dataclass(slots=True)
class Redirect:
    url: str
    location: str
    status: int


class AsyncHttp:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def open(self, url: str | httpx.URL, headers: dict[str, str], timeout: httpx.Timeout) -> Response:
        request = self.client.build_request("GET", url, headers=headers, timeout=timeout)
        response = await self.client.send(request, stream=True, follow_redirects=False)
        return Response(response.status_code, response.reason_phrase, response.headers, str(response.url),
                        response.aiter_bytes(), response.aclose)


END = object()


class SyncHttp:
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

    async def open(self, url: str | httpx.URL, headers: dict[str, str], timeout: httpx.Timeout) -> Response:
        request = self.client.build_request("GET", url, headers=headers, timeout=timeout)
        response: httpx.Response = await self._call(
            partial(self.client.send, request, stream=True, follow_redirects=False))
        iterator = response.iter_bytes()

        async def chunks() -> AsyncIterator[bytes]:
            while True:
                chunk = await self._call(next, iterator, END)
                if chunk is END:
                    return
                yield chunk

        async def close() -> None:
            await self._call(response.close)

        return Response(response.status_code, response.reason_phrase, response.headers, str(response.url),
                        chunks(), close)


def _close_late_response(future: concurrent.futures.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is None and isinstance(future.result(), httpx.Response):
        future.result().close()


def media_type(headers: httpx.Headers) -> tuple[str, str | None]:
    """Media type (lower-case, no parameters) and charset of a Content-Type header."""
    raw = headers.get("content-type", "")
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("'\"")
    return media.strip().lower(), charset


async def read(response: Response, url: str, settings: FetchSettings, *, robots: bool) -> Body | Redirect:
    """What `response` (to a GET of `url`; `robots`: of a robots.txt) gives: a body or a redirect.
    Raises the `FetchError` it amounts to otherwise. Always closes the response."""
    try:
        redirect = _redirect_or_status_error(response, url, settings)
        if redirect is not None:
            return redirect
        media, charset = media_type(response.headers)
        limit = ROBOTS_MAX_BYTES if robots else settings.max_bytes
        if not robots:
            _check_head(response, url, settings, media, limit)
        data = await _read_body(response, url, limit, cut=robots)
        if not robots and not media:
            if not looks_like_html(data[:65536]):
                raise ContentTypeError("no Content-Type and the body does not look like HTML", url=url,
                                       status=response.status)
            media = "text/html"
        return Body(response.url, response.status, media, charset, data)
    finally:
        await response.close()


def _redirect_or_status_error(response: Response, url: str, settings: FetchSettings) -> Redirect | None:
    """The redirect a 3xx asks for; None for a 2xx; else raises the status (retryable or not)."""
    status = response.status
    location = response.headers.get("location")
    if status in REDIRECTS and location:
        return Redirect(response.url, urljoin(response.url, location.strip()), status)
    if status in RETRY_STATUSES:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        message = f"HTTP {status} {response.reason}".rstrip()
        if retry_after is not None and retry_after > settings.retry_after_max:
            message += (f"; the server asked to wait {retry_after:.0f} s, "
                        f"over retry_after_max={settings.retry_after_max:g}")
        raise RetryableStatus(message, url=url, status=status, retry_after=retry_after)
    if not 200 <= status < 300:
        raise HTTPStatusError(f"HTTP {status} {response.reason}".rstrip(), url=url, status=status)
    return None


def _check_head(response: Response, url: str, settings: FetchSettings, media: str, limit: int) -> None:
    """Refuse a page by its headers, before its body is read: a type not accepted, a declared size over the limit."""
    if media and media not in settings.content_types:
        raise ContentTypeError(f"not an HTML page: Content-Type is {media} (accepted: "
                               f"{', '.join(settings.content_types)})", url=url, status=response.status)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLargeError(f"response is {int(declared):,} bytes, over the limit of {limit:,} "
                                    "(raise it with max_bytes=...)", url=url, status=response.status)


async def _read_body(response: Response, url: str, limit: int, *, cut: bool) -> bytes:
    """The body, up to `limit` bytes: past it, cut there (`cut`: robots.txt, RFC 9309 says parse what
    fits) or refused."""
    data = bytearray()
    async for chunk in response.chunks:
        data += chunk
        if len(data) > limit:
            if cut:
                del data[limit:]
                break
            raise ResponseTooLargeError(f"response is over the limit of {limit:,} bytes "
                                        "(raise it with max_bytes=...)", url=url, status=response.status)
    return bytes(data)


def follow(redirect: Redirect, chain: list[str], limit: int, first: str) -> tuple[str, httpx.URL]:
    """The next hop of a redirect chain that began at `first` (`chain`: the URLs so far, appended to),
    checked like a URL given (scheme, host) and refused past `limit` hops or in a loop."""
    try:
        target, parsed = parse_url(redirect.location)
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
