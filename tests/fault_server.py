"""Local HTTP servers for the fetch tests: 127.0.0.1 only, random ports, started by the tests.

`FaultServer` answers each path with a handler you register and records every request it sees
(time, path, headers), so tests assert on what the client really did. Handlers return a `Reply`
(status, headers, body, optional delay or chunked drip) or one of the faults `RESET` (the
connection is torn down with a TCP reset, nothing sent) and `HANG` (the request is never answered).
`SilentServer` accepts TCP connections and never reads or answers: a host that never answers.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass(frozen=True)
class Seen:
    """One request as the server saw it."""

    at: float  # time.monotonic() when the request line arrived
    method: str
    path: str  # with the query string
    headers: dict[str, str]

    @property
    def route(self) -> str:
        return self.path.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.path.partition("?")[2]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before the status line
    chunks: int = 0  # >0: send the body chunked in this many pieces...
    chunk_delay: float = 0.0  # ...this many seconds apart


RESET = "reset"
HANG = "hang"

Handler = Callable[[Seen, int], "Reply | str"]  # (request, how many times this route was hit, 1-based)


def page(body: bytes | str, **kwargs: object) -> Handler:
    """A handler that always answers 200 with `body`."""
    return lambda seen, n: Reply(200, body, **kwargs)  # type: ignore[arg-type]


def sequence(*replies: Reply | str) -> Handler:
    """A handler answering the n-th request with the n-th reply (the last one repeats)."""
    return lambda seen, n: replies[min(n, len(replies)) - 1]


def redirect(location: str, status: int = 302) -> Handler:
    return lambda seen, n: Reply(status, b"", {"Location": location}, content_type=None)


class InFlight:
    """Counts requests being handled at once (across every server given the same instance)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.peak = 0

    def enter(self) -> None:
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self._lock:
            self.now -= 1


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up (timeouts, cancelled fetches) are part of the tests


class FaultServer:
    """A threaded HTTP/1.1 server whose every route is a handler; `requests` lists what it saw."""

    def __init__(self, routes: dict[str, Handler] | None = None, *, robots: str | None = None,
                 in_flight: InFlight | None = None, by_host: bool = False,
                 tls: ssl.SSLContext | None = None) -> None:
        #: With `by_host`, routes are keyed ``host/path`` (the Host header), so one server plays many sites.
        self.by_host = by_host
        self.routes: dict[str, Handler] = dict(routes or {})
        if robots is not None:
            self.routes["/robots.txt"] = page(robots, content_type="text/plain")
        self.requests: list[Seen] = []
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.in_flight = in_flight or InFlight()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        #: With `tls` (a server context, see `self_signed`), the server speaks HTTPS.
        self.scheme = "http"
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def origin(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def seen(self, route: str) -> list[Seen]:
        """Requests for `route` (path without query)."""
        with self._lock:
            return [r for r in self.requests if r.route == route]

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _dispatch(self, seen: Seen) -> Reply | str:
        with self._lock:
            self.requests.append(seen)
            count = self._hits[seen.route] = self._hits.get(seen.route, 0) + 1
        handler = self.routes.get(seen.headers.get("host", "") + seen.route if self.by_host else seen.route)
        if handler is None:
            return Reply(404, "<html><body><p>Tidak ditemukan</p></body></html>")
        return handler(seen, count)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
                pass  # quiet test output

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.in_flight.enter()
                try:
                    self._answer()
                finally:
                    server.in_flight.leave()

            def _answer(self) -> None:
                seen = Seen(time.monotonic(), "GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                reply = server._dispatch(seen)
                if reply == RESET:
                    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply == HANG:
                    server._stopping.wait()
                    self.close_connection = True
                    return
                assert isinstance(reply, Reply)
                if reply.delay and server._stopping.wait(reply.delay):
                    self.close_connection = True
                    return
                body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
                try:
                    self.send_response(reply.status)
                    if reply.content_type:
                        self.send_header("Content-Type", reply.content_type)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.chunks:
                        self._send_chunked(body, reply)
                    else:
                        if "Content-Length" not in reply.headers:
                            self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _send_chunked(self, body: bytes, reply: Reply) -> None:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                size = max(1, -(-len(body) // reply.chunks))
                for start in range(0, len(body), size):
                    piece = body[start:start + size]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    self.wfile.flush()
                    if reply.chunk_delay and server._stopping.wait(reply.chunk_delay):
                        return
                self.wfile.write(b"0\r\n\r\n")

        return _Handler


def self_signed(folder: Path) -> ssl.SSLContext | None:
    """A TLS server context with a fresh self-signed certificate for 127.0.0.1 (None without openssl)."""
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


class SilentServer:
    """Listens on 127.0.0.1 and never accepts: connections open (the kernel's backlog) and then
    nothing ever comes back."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)

    @property
    def port(self) -> int:
        return self._sock.getsockname()[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._sock.close()

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextmanager
def serving(routes: dict[str, Handler] | None = None, *, robots: str | None = None,
            in_flight: InFlight | None = None) -> Iterator[FaultServer]:
    with FaultServer(routes, robots=robots, in_flight=in_flight) as server:
        yield server


# --- Pages in the outlets' shapes (text written for these tests) -------------------------------------

KOMPAS_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu Halaman all - Kompas.com</title>
<link rel="canonical" href="https://megapolitan.kompas.com/read/2024/03/11/0915001/warga-bantaran-kali-ciliwung">
<meta property="og:url" content="https://megapolitan.kompas.com/read/2024/03/11/0915001/warga-bantaran-kali-ciliwung">
<meta property="og:site_name" content="KOMPAS.com">
</head><body>
<h1 class="read__title">Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu</h1>
<div class="read__content"><div class="clearfix">
<p><strong>KOMPAS.com</strong> - Puluhan warga di bantaran Kali Ciliwung menanam bibit bambu pada Minggu pagi
untuk menahan longsor di tepi sungai yang kerap tergerus arus saat musim hujan.</p>
<p>Ketua RW setempat, Sulastri, mengatakan bibit bambu itu didapat dari kelompok tani di Bogor dan ditanam
berselang tiga meter agar akarnya saling mengikat tanah.</p>
<p>Menurut dia, kegiatan serupa akan diulang setiap bulan sampai seluruh tepian kali di wilayahnya tertutup
rumpun bambu yang rapat.</p>
</div></div></body></html>
"""


def kompas_like(title: str = "Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu",
                canonical: str | None = None) -> str:
    """A small Kompas-shaped article page; `canonical` replaces (or, with '', drops) its canonical URL."""
    html = KOMPAS_PAGE.replace("Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu", title)
    if canonical is not None:
        old = "https://megapolitan.kompas.com/read/2024/03/11/0915001/warga-bantaran-kali-ciliwung"
        if canonical:
            html = html.replace(old, canonical)
        else:
            html = "\n".join(line for line in html.splitlines() if old not in line)
    return html
