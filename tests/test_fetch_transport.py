"""The transport `fetch_many` builds for itself (httpx's own, set up by newsclean): what a crawler
relies on, keep-alive, TLS, big heads, bodies, errors (no network: servers on 127.0.0.1 started here)."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from fault_server import kompas_like

import newsclean
from newsclean.fetching.transport import ShardedTransport, client_transport


class _Hello(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = f"halo {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a certificate for the local HTTPS server")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture()
def https_server(certificate: tuple[Path, Path]) -> Iterator[int]:
    cert, key = certificate
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


class _RawServer:
    """A server on 127.0.0.1 whose every connection runs `handle(conn, index)`; counts connections."""

    def __init__(self, handle: Callable[[socket.socket, int], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.accepted = 0
        self._handle = handle
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            index = self.accepted
            self.accepted += 1
            threading.Thread(target=self._run, args=(conn, index), daemon=True).start()

    def _run(self, conn: socket.socket, index: int) -> None:
        with conn:
            try:
                self._handle(conn, index)
            except OSError:
                pass

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/"

    def close(self) -> None:
        self.listener.close()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return b""
        data += chunk
    return data


def _answer(body: bytes, *extra: str) -> bytes:
    head = ["HTTP/1.1 200 OK", "Content-Type: text/plain", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _transport(context: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    return client_transport(context, concurrency=16, per_host=2)


def _keep_alive(conn: socket.socket, index: int) -> None:
    while _read_request(conn):
        conn.sendall(_answer(b"ok"))


def _get_all(transport: httpx.AsyncBaseTransport, urls: list[str], *, pause: float = 0.05,
             **options: object) -> list[httpx.Response | Exception]:
    async def run() -> list[httpx.Response | Exception]:
        results: list[httpx.Response | Exception] = []
        async with httpx.AsyncClient(transport=transport, **options) as client:  # type: ignore[arg-type]
            for url in urls:
                try:
                    response = await client.get(url)
                    await response.aread()
                    results.append(response)
                except httpx.HTTPError as exc:
                    results.append(exc)
                await asyncio.sleep(pause)  # lets a server's closing of the connection arrive before the next GET
        return results

    return asyncio.run(run())


def _get_from(handle: Callable[[socket.socket, int], None], times: int = 1, *, pause: float = 0.05,
              **options: object) -> tuple[list[httpx.Response | Exception], _RawServer]:
    """GET the URL of a `_RawServer` running `handle` `times` times through a fresh fast transport; the
    results and the (closed) server, which counted its connections."""
    server = _RawServer(handle)
    try:
        urls = [server.url] * times
        return _get_all(_transport(ssl.create_default_context()), urls, pause=pause, **options), server
    finally:
        server.close()


def _answer_once_then_drop(conn: socket.socket, index: int) -> None:
    """Answer one request, then read the next and hang up without a word (the keep-alive race)."""
    _read_request(conn)
    conn.sendall(_answer(b"first" if index == 0 else b"again"))
    if _read_request(conn):
        conn.close()


def _texts(results: list[httpx.Response | Exception]) -> list[str]:
    return [r.text if isinstance(r, httpx.Response) else repr(r) for r in results]


def test_the_transport_is_httpxs_own() -> None:
    """Plain httpx transports (several pools, each httpx's own), so tools that hook httpx (vcrpy) see every
    request newsclean makes."""
    transport = _transport(ssl.create_default_context())
    assert isinstance(transport, ShardedTransport) and len(transport.shards) == 8
    assert all(type(shard) is httpx.AsyncHTTPTransport for shard in transport.shards)


def test_a_hosts_requests_share_its_pools_and_spread_over_them_as_its_concurrency_needs() -> None:
    """httpcore's pool compares every waiting request with every connection on each start and end of a
    request: one pool for a whole crawl spent ~10 ms of CPU a page on the local bench. A host's requests
    go to its own pools (its connections are reused), as many pools as its concurrency needs."""
    context = ssl.create_default_context()
    polite = client_transport(context, concurrency=16, per_host=2)
    crowd = client_transport(context, concurrency=16, per_host=16)
    assert isinstance(polite, ShardedTransport) and isinstance(crowd, ShardedTransport)

    def pools(transport: ShardedTransport, host: str, requests: int) -> set[int]:
        used: set[int] = set()
        for shard in transport.shards:
            async def record(request: httpx.Request, shard: httpx.AsyncBaseTransport = shard) -> httpx.Response:
                used.add(id(shard))
                return httpx.Response(200)
            shard.handle_async_request = record  # type: ignore[method-assign]

        async def send_all() -> None:
            for _ in range(requests):
                await transport.handle_async_request(httpx.Request("GET", f"https://{host}/x"))
        asyncio.run(send_all())
        return used

    assert len(pools(polite, "news.example", 10)) == 1
    assert len(pools(crowd, "news.example", 10)) == 8


def test_https(https_server: int, certificate: tuple[Path, Path]) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    url = f"https://127.0.0.1:{https_server}"
    results = _get_all(_transport(trusting), [url + "/satu", url + "/dua?x=1"])
    assert _texts(results) == ["halo /satu", "halo /dua?x=1"]


def test_an_untrusted_certificate_is_refused(https_server: int) -> None:
    results = _get_all(_transport(ssl.create_default_context()),
                       [f"https://127.0.0.1:{https_server}/x"])
    assert isinstance(results[0], httpx.ConnectError)
    assert "certificate" in str(results[0]).lower()


def test_connections_are_kept_alive_and_reused() -> None:
    results, server = _get_from(_keep_alive, 3)
    assert _texts(results) == ["ok", "ok", "ok"]
    assert server.accepted == 1


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """The server answers one request per connection and hangs up without saying so (no
    ``Connection: close``): the next request must open a new connection, not fail on the dead one."""

    def once(conn: socket.socket, index: int) -> None:
        _read_request(conn)
        conn.sendall(_answer(b"ok"))

    results, server = _get_from(once, 3)
    assert _texts(results) == ["ok", "ok", "ok"]
    assert server.accepted == 3


def test_a_kept_alive_connection_that_dies_unanswered_costs_no_page() -> None:
    """The race every keep-alive client meets: the server drops an idle connection just as the next
    request goes out on it. httpx's transport reports it (it retries only connecting); fetch_many's
    retry sends the GET again on a new connection, and both pages arrive."""
    requests: list[int] = []  # the connection each request came on

    def once_then_drop(conn: socket.socket, index: int) -> None:
        _read_request(conn)
        requests.append(index)
        body = kompas_like().encode()
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                     + str(len(body)).encode() + b"\r\n\r\n" + body)
        if _read_request(conn):
            requests.append(index)
            conn.close()

    server = _RawServer(once_then_drop)
    try:
        results = list(newsclean.fetch_many([server.url + "satu", server.url + "dua"], concurrency=1, per_host=1,
                                            min_delay=0, backoff=0.01, respect_robots=False))
    finally:
        server.close()
    assert [type(r).__name__ for r in results] == ["Article", "Article"], results
    assert requests == [0, 0, 1]  # "dua" went out on the kept-alive connection, died there, came again


def test_a_post_is_never_sent_twice() -> None:
    async def run(url: str) -> list[str]:
        async with httpx.AsyncClient(transport=_transport(ssl.create_default_context())) as client:
            first = await client.post(url, content=b"satu")
            try:
                await client.post(url, content=b"dua")
            except httpx.HTTPError as exc:
                return [first.text, type(exc).__name__]
            return [first.text, "answered"]

    server = _RawServer(_answer_once_then_drop)
    try:
        results = asyncio.run(run(server.url))
    finally:
        server.close()
    assert results[0] == "first" and results[1] in ("RemoteProtocolError", "ReadError")
    assert server.accepted == 1


def test_a_fresh_connection_that_dies_unanswered_is_an_error() -> None:
    def drop(conn: socket.socket, index: int) -> None:
        _read_request(conn)

    results, server = _get_from(drop)
    assert isinstance(results[0], httpx.RemoteProtocolError | httpx.ReadError)
    assert server.accepted == 1  # not retried: the server really does not answer


def test_connection_close_is_obeyed() -> None:
    def close_each(conn: socket.socket, index: int) -> None:
        while _read_request(conn):
            conn.sendall(_answer(b"ok", "Connection: close"))

    results, server = _get_from(close_each, 2, pause=0)
    assert _texts(results) == ["ok", "ok"]
    assert server.accepted == 2


def test_chunked_and_gzipped_bodies_are_decoded() -> None:
    packed = gzip.compress(b"Warga menanam bambu di tepi kali.")

    def chunked(conn: socket.socket, index: int) -> None:
        while _read_request(conn):
            pieces = [packed[:10], packed[10:]]
            body = b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n" + body)

    results, server = _get_from(chunked, 2)
    assert _texts(results) == ["Warga menanam bambu di tepi kali."] * 2
    assert server.accepted == 1  # a chunked body read to its end leaves the connection reusable


def test_a_large_body_is_streamed_whole() -> None:
    """A body read as it arrives, slowly, comes whole, and leaves its connection fit for the next GET."""
    body = bytes(range(256)) * (5 * 4096)  # 5 MiB

    def big(conn: socket.socket, index: int) -> None:
        while _read_request(conn):
            conn.sendall(_answer(body))

    async def run(url: str) -> tuple[int, int]:
        async with httpx.AsyncClient(transport=_transport(ssl.create_default_context())) as client:
            async with client.stream("GET", url) as response:
                total = 0
                async for chunk in response.aiter_raw():
                    total += len(chunk)
                    await asyncio.sleep(0)
            again = await client.get(url)
            return total, len(again.content)

    server = _RawServer(big)
    try:
        total, again = asyncio.run(run(server.url))
    finally:
        server.close()
    assert total == again == len(body)
    assert server.accepted == 1


def test_a_body_left_unread_closes_its_connection() -> None:
    """A caller that stops reading (a size limit hit) must not leave half a body for the next request."""

    def slow_body(conn: socket.socket, index: int) -> None:
        while _read_request(conn):
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" + b"x" * 10)

    async def run(url: str) -> None:
        async with httpx.AsyncClient(transport=_transport(ssl.create_default_context()), timeout=2) as client:
            async with client.stream("GET", url) as response:
                async for _ in response.aiter_raw():
                    break
            async with client.stream("GET", url) as response:
                async for _ in response.aiter_raw():
                    break

    server = _RawServer(slow_body)
    try:
        asyncio.run(run(server.url))
    finally:
        server.close()
    assert server.accepted == 2


def test_timeouts_and_refused_connections_are_httpx_errors() -> None:
    def silent(conn: socket.socket, index: int) -> None:
        _read_request(conn)
        threading.Event().wait(3)

    server = _RawServer(silent)
    closed = socket.create_server(("127.0.0.1", 0))
    refused_url = f"http://127.0.0.1:{closed.getsockname()[1]}/"
    closed.close()
    try:
        results = _get_all(_transport(ssl.create_default_context()), [server.url, refused_url],
                           timeout=httpx.Timeout(0.3))
    finally:
        server.close()
    assert isinstance(results[0], httpx.ReadTimeout)
    assert isinstance(results[1], httpx.ConnectError)


def test_a_reset_in_the_middle_of_the_body_is_an_error() -> None:
    def reset(conn: socket.socket, index: int) -> None:
        _read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial")
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    results, _ = _get_from(reset)
    assert isinstance(results[0], httpx.ReadError | httpx.RemoteProtocolError)


def test_a_response_head_with_many_cookies_is_read() -> None:
    cookies = [f"Set-Cookie: c{i}={'x' * 200}" for i in range(200)]  # ~40 KB of head

    def many_cookies(conn: socket.socket, index: int) -> None:
        while _read_request(conn):
            conn.sendall(_answer(b"ok", *cookies))

    results, _ = _get_from(many_cookies)
    assert _texts(results) == ["ok"]


def test_only_http_and_https() -> None:
    results = _get_all(_transport(ssl.create_default_context()), ["ftp://127.0.0.1/x"])
    assert isinstance(results[0], httpx.UnsupportedProtocol)


def test_closing_the_transport_closes_idle_connections() -> None:
    """Closing the client hangs up its kept-alive connections: the server sees the end of them."""
    hung_up = threading.Event()

    def keep_alive_until_eof(conn: socket.socket, index: int) -> None:
        _keep_alive(conn, index)
        hung_up.set()  # _read_request saw EOF: the client closed the connection

    server = _RawServer(keep_alive_until_eof)

    async def run() -> None:
        async with httpx.AsyncClient(transport=_transport(ssl.create_default_context())) as client:
            await client.get(server.url)
            assert not hung_up.wait(0.1)  # idle, kept alive

    try:
        asyncio.run(run())
        assert hung_up.wait(5)
    finally:
        server.close()
