"""The transport `fetch_many` builds for itself: httpcore pools on plain asyncio sockets (no network)."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from newsclean.transport import AsyncioBackend, ShardedTransport


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


def _get_all(transport: httpx.AsyncBaseTransport, urls: list[str]) -> list[httpx.Response | Exception]:
    async def run() -> list[httpx.Response | Exception]:
        results: list[httpx.Response | Exception] = []
        async with httpx.AsyncClient(transport=transport) as client:
            for url in urls:
                try:
                    response = await client.get(url)
                    await response.aread()
                    results.append(response)
                except httpx.HTTPError as exc:
                    results.append(exc)
                await asyncio.sleep(0.05)  # lets a server's closing of the connection arrive before the next GET
        return results

    return asyncio.run(run())


def test_our_pools_run_on_the_asyncio_backend() -> None:
    transport = ShardedTransport(4, ssl_context=ssl.create_default_context())
    pool = transport.pools[0]._pool  # noqa: SLF001 - checking what we swapped in
    assert isinstance(pool._network_backend, AsyncioBackend)  # noqa: SLF001


def test_https_through_the_asyncio_backend(https_server: int, certificate: tuple[Path, Path]) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    url = f"https://127.0.0.1:{https_server}"
    results = _get_all(ShardedTransport(2, ssl_context=trusting), [url + "/satu", url + "/dua"])
    assert [r.text for r in results if isinstance(r, httpx.Response)] == ["halo /satu", "halo /dua"]


def test_an_untrusted_certificate_is_refused(https_server: int) -> None:
    results = _get_all(ShardedTransport(2, ssl_context=ssl.create_default_context()),
                       [f"https://127.0.0.1:{https_server}/x"])
    assert isinstance(results[0], httpx.ConnectError)
    assert "certificate" in str(results[0]).lower()


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """The server answers one request per connection and hangs up without saying so (no
    ``Connection: close``): the next request must open a new connection, not fail on the dead one."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(1)
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")

    threading.Thread(target=serve, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        results = _get_all(ShardedTransport(1, ssl_context=ssl.create_default_context()), [url, url, url])
    finally:
        listener.close()
    assert [r.text if isinstance(r, httpx.Response) else repr(r) for r in results] == ["ok", "ok", "ok"]
    assert len(accepted) == 3
