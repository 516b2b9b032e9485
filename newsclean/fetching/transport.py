"""The httpx transport `fetch_many` builds for itself when the caller gives no client.

httpx's own `AsyncHTTPTransport`, set up through its public arguments only. How many requests run
at once is decided by `fetch_many`'s gates (globally and per host), so the pool sets no limit of its
own: a pool limit under the gates' would only add a second queue with its own timeout.
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx

#: An idle connection older than this is closed rather than reused (servers drop idle ones too).
KEEPALIVE_EXPIRY = 5.0
#: Idle connections kept at least (all hosts together); a call keeps up to its `concurrency` if more.
MIN_KEEPALIVE = 20


@cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: loading the CA bundle takes
    ~30 ms, which would otherwise stall the event loop at the start of every call."""
    return httpx.create_ssl_context()


def client_transport(ssl_context: ssl.SSLContext, *, concurrency: int) -> httpx.AsyncHTTPTransport:
    """HTTP/1.1 with keep-alive; one idle connection per request slot is kept, so a steady crawl
    reuses its connections instead of opening one per page. No retries here: `fetch_many` retries
    with backoff and counts every attempt."""
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=max(MIN_KEEPALIVE, concurrency),
                          keepalive_expiry=KEEPALIVE_EXPIRY)
    return httpx.AsyncHTTPTransport(verify=ssl_context, http1=True, http2=False, limits=limits, retries=0)
