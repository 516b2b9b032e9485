"""The httpx transport `fetch_many` builds for itself when the caller gives no client.

httpx's own `AsyncHTTPTransport`, set up through its public arguments only. How many requests run
at once is decided by `fetch_many`'s gates (globally and per host), so the pool sets no limit of its
own: a pool limit under the gates' would only add a second queue with its own timeout.

Several such transports share the requests (`ShardedTransport`): httpcore's pool looks at every
waiting request against every connection each time a request starts or ends, so one pool of 32
connections spent ~10 ms of event-loop CPU a page on that alone (92 pages/s on the local bench, where
sixteen pools of two reach 300-390). A host's requests go to the same pools, so its connections are
kept alive and reused, and to as few as its own concurrency needs.
"""

from __future__ import annotations

import ssl
import zlib
from functools import cache
from itertools import count

import httpx

#: An idle connection older than this is closed rather than reused (servers drop idle ones too).
KEEPALIVE_EXPIRY = 5.0
#: Idle connections kept at least (all hosts together); a call keeps up to its `concurrency` if more.
MIN_KEEPALIVE = 20
#: Requests in flight per connection pool, at most (the pools are as many as the concurrency needs).
POOL_SHARE = 2


@cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: loading the CA bundle takes
    ~30 ms, which would otherwise stall the event loop at the start of every call."""
    return httpx.create_ssl_context()


class ShardedTransport(httpx.AsyncBaseTransport):
    """Requests dealt to several transports, each with a pool of its own (see the module's note): a host's
    requests to the `per_host` / `POOL_SHARE` pools its name hashes to, in turn."""

    def __init__(self, shards: list[httpx.AsyncHTTPTransport], *, per_host: int) -> None:
        self.shards = shards
        self.spread = max(1, min(len(shards), -(-per_host // POOL_SHARE)))
        self._turn = count()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        first = zlib.crc32(request.url.raw_host)  # (the host's first pool; stable across runs, unlike hash())
        shard = self.shards[(first + next(self._turn) % self.spread) % len(self.shards)]
        return await shard.handle_async_request(request)

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


def client_transport(ssl_context: ssl.SSLContext, *, concurrency: int, per_host: int) -> httpx.AsyncBaseTransport:
    """HTTP/1.1 with keep-alive; one idle connection per request slot is kept, so a steady crawl
    reuses its connections instead of opening one per page. No retries here: `fetch_many` retries
    with backoff and counts every attempt."""
    shards = max(1, -(-concurrency // POOL_SHARE))
    keepalive = -(-max(MIN_KEEPALIVE, concurrency) // shards)
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=keepalive, keepalive_expiry=KEEPALIVE_EXPIRY)
    return ShardedTransport([
        httpx.AsyncHTTPTransport(verify=ssl_context, http1=True, http2=False, limits=limits, retries=0)
        for _ in range(shards)
    ], per_host=per_host)
