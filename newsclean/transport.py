"""The httpx transport `fetch_many` builds for itself: several small connection pools, not one big one.

httpcore's pool re-examines every connection for every queued request each time a request starts
or ends, so its cost grows with the square of the connections in it: one pool of 32 busy
connections spends milliseconds of event-loop time per request (measured: ~140 requests/s at
concurrency 32 on a 2-core machine, ~500/s with four pools of eight). Requests go to the
least-busy pool; a pool keeps its connections alive, so keep-alive still works.

The pools talk to their sockets through `AsyncioBackend` (plain asyncio streams) rather than
httpcore's anyio backend, whose cancel scopes and attribute lookups cost a third of httpcore's time
per request on the event loop.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator, Iterable
from functools import cache
from typing import Any

import httpcore
import httpx
from httpcore._utils import is_socket_readable

#: Connections per pool: small enough that a pool's bookkeeping stays cheap.
CONNECTIONS_PER_POOL = 8


@cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: loading the CA bundle takes
    ~30 ms, which would otherwise stall the event loop at the start of every call, once per pool."""
    return httpx.create_ssl_context()


_SocketOption = tuple[int, int, int | bytes] | tuple[int, int, None, int]


class _AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection as httpcore sees it, on asyncio's stream reader and writer."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        # Looked up once: httpcore asks whether each idle connection is readable every time its pool
        # assigns requests (about a dozen times per request).
        self._socket = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError:
            raise httpcore.ReadTimeout("timed out reading the response") from None
        except OSError as exc:
            raise httpcore.ReadError(str(exc) or type(exc).__name__) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError:
            raise httpcore.WriteTimeout("timed out sending the request") from None
        except (OSError, RuntimeError) as exc:  # RuntimeError: the transport was closed under us
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc

    async def aclose(self) -> None:
        self._writer.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError:
            self._writer.close()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (OSError, ssl.SSLError) as exc:
            self._writer.close()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # the hot one: first
            # asyncio reads the socket as data comes, so an idle connection the server closed shows as
            # EOF (or bytes) already buffered rather than as a readable socket.
            if self._reader.at_eof() or self._writer.is_closing() or self._reader.exception() is not None:
                return True
            return is_socket_readable(self._socket)
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._socket
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer on plain asyncio."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[_SocketOption] | None = None) -> httpcore.AsyncNetworkStream:
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(host, port, local_addr=local)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection to {host}:{port} in time") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        _apply(writer, socket_options)
        return _AsyncioStream(reader, writer)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[_SocketOption] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_unix_connection(path)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection to {path} in time") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        _apply(writer, socket_options)
        return _AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _apply(writer: asyncio.StreamWriter, options: Iterable[_SocketOption] | None) -> None:
    sock: socket.socket | None = writer.get_extra_info("socket")
    for option in options or ():
        if sock is not None:
            sock.setsockopt(*option)


def _asyncio_transport(ssl_context: ssl.SSLContext, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An `httpx.AsyncHTTPTransport` whose pool uses `AsyncioBackend`. httpx has no public way to pass a
    network backend, so its pool is replaced; should httpx ever lay itself out differently, the stock
    transport is kept (slower, same behaviour)."""
    transport = httpx.AsyncHTTPTransport(verify=ssl_context, limits=limits)
    if isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context, max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
            http1=True, http2=False, network_backend=AsyncioBackend())
    return transport


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
        self.pools = [_asyncio_transport(ssl_context, limits) for _ in range(count)]
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
