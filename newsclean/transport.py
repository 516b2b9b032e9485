"""The httpx transport `fetch_many` builds for itself: several small connection pools, not one big one.

httpcore's pool re-examines every connection for every queued request each time a request starts
or ends, so its cost grows with the square of the connections in it: one pool of 32 busy
connections spends milliseconds of event-loop time per request (measured: ~140 requests/s at
concurrency 32 on a 2-core machine, ~500/s with four pools of eight). Requests go to the
least-busy pool; a pool keeps its connections alive, so keep-alive still works.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from functools import cache

import httpx

#: Connections per pool: small enough that a pool's bookkeeping stays cheap.
CONNECTIONS_PER_POOL = 8


@cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: loading the CA bundle takes
    ~30 ms, which would otherwise stall the event loop at the start of every call, once per pool."""
    return httpx.create_ssl_context()


class _CountedStream(httpx.AsyncByteStream):
    """The response body; closing it gives the request's place in its pool back."""

    def __init__(self, inner: httpx.AsyncByteStream, release: _Release) -> None:
        self._inner = inner
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()


class _Release:
    """Called once: a response closed twice must not count twice."""

    def __init__(self, loads: list[int], index: int) -> None:
        self._loads = loads
        self._index = index
        self._done = False

    def __call__(self) -> None:
        if not self._done:
            self._done = True
            self._loads[self._index] -= 1


class ShardedTransport(httpx.AsyncBaseTransport):
    """Spreads requests over ``ceil(concurrency / 8)`` `httpx.AsyncHTTPTransport` pools."""

    def __init__(self, concurrency: int, *, ssl_context: ssl.SSLContext, per_pool: int = CONNECTIONS_PER_POOL) -> None:
        count = max(1, -(-concurrency // per_pool))
        size = -(-concurrency // count)
        limits = httpx.Limits(max_connections=size + 2, max_keepalive_connections=size)
        self.pools = [httpx.AsyncHTTPTransport(verify=ssl_context, limits=limits) for _ in range(count)]
        self._loads = [0] * count

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = min(range(len(self.pools)), key=self._loads.__getitem__)
        self._loads[index] += 1
        release = _Release(self._loads, index)
        try:
            response = await self.pools[index].handle_async_request(request)
        except BaseException:
            release()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _CountedStream(response.stream, release)
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()
