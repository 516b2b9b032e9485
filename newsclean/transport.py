"""The httpx transport `fetch_many` builds for itself: HTTP/1.1 keep-alive connections on asyncio.

httpx's default transport (httpcore's connection pool on anyio) costs about a millisecond of
event-loop time per request: the pool re-examines every connection for every queued request, and
each read and write passes through anyio's cancel scopes and locks. On a 2-core machine that capped
`fetch_many` at ~60-75% of what the network allowed. This transport keeps what a crawler needs and
nothing else: h11 (the parser httpcore itself uses) on an `asyncio.Protocol`, idle connections kept
per origin, no pool-wide bookkeeping. How many requests run at once is the caller's business:
`fetch_many`'s gates already limit it globally and per host, so the pool sets no limit of its own.

The pool stands where httpcore's would, inside an ordinary `httpx.AsyncHTTPTransport`: httpx still
converts requests, maps errors and decodes bodies, and tools that hook that transport (vcrpy) still
see every request. A user's own httpx client keeps httpx's transport; this pool only serves the
client newsclean makes.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator
from functools import cache

import h11
import httpcore
import httpx

#: Idle connections kept per origin (scheme, host, port); more are closed when they come back.
MAX_IDLE_PER_ORIGIN = 64
#: An idle connection older than this is closed rather than reused (servers drop idle ones too).
KEEPALIVE_EXPIRY = 5.0
#: Received bytes buffered before reading from the socket pauses (the body is read as it is used).
_HIGH_WATER = 1024 * 1024
#: Methods that may be sent again on a new connection when a kept-alive one turns out to be closed.
_IDEMPOTENT = frozenset({b"GET", b"HEAD", b"OPTIONS"})
#: The largest response head accepted (h11's default is 16 KB; sites with many cookies send more).
_MAX_HEAD = 100 * 1024


@cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: loading the CA bundle takes
    ~30 ms, which would otherwise stall the event loop at the start of every call."""
    return httpx.create_ssl_context()


Origin = tuple[bytes, str, int]


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: bytes from the socket are buffered here and parsed by h11 on demand."""

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.h11 = h11.Connection(our_role=h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        self.transport: asyncio.Transport | None = None
        self._received = bytearray()
        self._eof = False
        self._lost: Exception | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        self.idle_since = 0.0

    # -- asyncio.Protocol --

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._received += data
        if len(self._received) > _HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake()
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._lost = exc
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- use --

    def reusable(self, now: float) -> bool:
        """Idle, open, nothing unexpected buffered (a server that hung up shows as EOF here), not stale."""
        return (not self._eof and not self._received and self.transport is not None
                and not self.transport.is_closing() and now - self.idle_since < KEEPALIVE_EXPIRY)

    def send(self, *events: h11.Event) -> None:
        assert self.transport is not None
        data = b"".join(self.h11.send(event) or b"" for event in events)
        try:
            self.transport.write(data)
        except (OSError, RuntimeError) as exc:  # RuntimeError: the transport was closed under us
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc

    async def next_event(self, timeout: float | None) -> h11.Event:
        """The next h11 event, reading from the socket as needed (`timeout`: seconds without data)."""
        while True:
            try:
                event = self.h11.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpcore.RemoteProtocolError(str(exc)) from exc
            if event is not h11.NEED_DATA:
                return event  # type: ignore[return-value]
            if self._received:
                self.h11.receive_data(bytes(self._received))
                self._received.clear()
                if self._paused and self.transport is not None:
                    self._paused = False
                    self.transport.resume_reading()
                continue
            if self._eof:
                if self._lost is not None:
                    raise httpcore.ReadError(str(self._lost) or type(self._lost).__name__)
                self.h11.receive_data(b"")  # h11 decides: a body delimited by EOF ends, anything else is an error
                continue
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                async with asyncio.timeout(timeout):
                    await self._waiter
            except TimeoutError:
                raise httpcore.ReadTimeout("timed out reading the response") from None
            finally:
                self._waiter = None

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class _Body:
    """A response body read from its connection as it is iterated; the connection goes back to its
    pool when the body was read to the end and both sides may go on, and is closed otherwise."""

    def __init__(self, pool: Http11Pool, connection: _Connection, read_timeout: float | None) -> None:
        self._pool = pool
        self._connection = connection
        self._timeout = read_timeout
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if self._done:
            return
        try:
            while True:
                event = await connection.next_event(self._timeout)
                if isinstance(event, h11.Data):
                    data = event.data
                    yield data if isinstance(data, bytes) else bytes(data)
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    raise httpcore.RemoteProtocolError("the server closed the connection in the middle of the body")
        except BaseException:
            self._finish(reuse=False)
            raise
        self._finish(reuse=True)

    async def aclose(self) -> None:
        self._finish(reuse=False)  # (after a full read, _finish has already run: this does nothing)

    def _finish(self, *, reuse: bool) -> None:
        if self._done:
            return
        self._done = True
        self._pool.release(self._connection, reuse=reuse)


class Http11Pool:
    """HTTP/1.1 with keep-alive on asyncio, in the place of httpcore's connection pool (see the
    module's docstring): `handle_async_request` takes and returns httpcore's request and response.

    Honours the request's connect and read timeouts (httpx's `timeout=`); sets no limit on how many
    connections are open at once (the caller's gates do). Plain ``http://`` and ``https://`` only.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl_context = ssl_context
        self._idle: dict[Origin, list[_Connection]] = {}
        self._busy: set[_Connection] = set()
        self._closed = False

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        if self._closed:
            raise RuntimeError("the connection pool is closed")
        url = request.url
        scheme = url.scheme
        if scheme not in (b"http", b"https"):
            raise httpcore.UnsupportedProtocol(f"unsupported URL scheme {scheme.decode('ascii', 'replace')!r}")
        port = url.port or (443 if scheme == b"https" else 80)
        origin: Origin = (scheme, url.host.decode("ascii"), port)  # (IDNA-encoded already)
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        headers = request.headers
        body = b""
        if request.method not in (b"GET", b"HEAD"):
            body = b"".join([part async for part in request.stream])  # type: ignore[union-attr]
            headers = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"transfer-encoding")]
            headers.append((b"Content-Length", str(len(body)).encode()))
        events: list[h11.Event] = [h11.Request(method=request.method, target=url.target, headers=headers)]
        if body:
            events.append(h11.Data(data=body))
        events.append(h11.EndOfMessage())

        while True:
            connection, reused = self._idle_connection(origin), True
            if connection is None:
                connection, reused = await self._connect(origin, timeouts.get("connect")), False
            self._busy.add(connection)
            try:
                connection.send(*events)
                event = await connection.next_event(read_timeout)
                while isinstance(event, h11.InformationalResponse):
                    event = await connection.next_event(read_timeout)
                if isinstance(event, h11.ConnectionClosed):
                    raise httpcore.RemoteProtocolError("the server closed the connection without answering")
            except (httpcore.RemoteProtocolError, httpcore.ReadError, httpcore.WriteError):
                self.release(connection, reuse=False)
                # A kept-alive connection the server closed just as we sent: say it again on a new one.
                if reused and request.method in _IDEMPOTENT:
                    continue
                raise
            except BaseException:
                self.release(connection, reuse=False)
                raise
            break
        assert isinstance(event, h11.Response)
        return httpcore.Response(
            event.status_code,
            headers=event.headers.raw_items(),
            content=_Body(self, connection, read_timeout),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": event.reason},
        )

    def _idle_connection(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            connection = idle.pop()
            if connection.reusable(now):
                return connection
            connection.close()
        return None

    async def _connect(self, origin: Origin, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        context = None
        if scheme == b"https":
            context = self._ssl_context or default_ssl_context()
        try:
            async with asyncio.timeout(timeout):
                _, connection = await loop.create_connection(
                    lambda: _Connection(origin), host, port, ssl=context,
                    server_hostname=host if context is not None else None)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection to {host}:{port} in time") from None
        except (OSError, ssl.SSLError) as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return connection

    def release(self, connection: _Connection, *, reuse: bool) -> None:
        """A request is over: keep its connection for the next one to the same origin, or close it."""
        self._busy.discard(connection)
        state = connection.h11
        if (reuse and not self._closed and state.our_state is h11.DONE and state.their_state is h11.DONE):
            try:
                state.start_next_cycle()
            except h11.LocalProtocolError:
                connection.close()
                return
            idle = self._idle.setdefault(connection.origin, [])
            if len(idle) < MAX_IDLE_PER_ORIGIN:
                connection.idle_since = time.monotonic()
                idle.append(connection)
                return
        connection.close()

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        for connection in list(self._busy):
            connection.close()
        self._busy.clear()

    async def __aenter__(self) -> Http11Pool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def fast_transport(ssl_context: ssl.SSLContext) -> httpx.AsyncHTTPTransport:
    """An `httpx.AsyncHTTPTransport` whose connection pool is an `Http11Pool`. httpx has no public way
    to pass a pool, so its own is replaced; should httpx ever lay itself out differently, the stock
    transport is kept (slower, same behaviour)."""
    transport = httpx.AsyncHTTPTransport(verify=ssl_context)
    if isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        transport._pool = Http11Pool(ssl_context=ssl_context)  # type: ignore[assignment]
    return transport
