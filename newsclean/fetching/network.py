"""What an httpx failure is reported as: a `FetchError` whose message names the cause (DNS, refused,
TLS, which timeout), found in the chain of exceptions httpx raised from (httpx wraps httpcore's
error, which wraps the OSError)."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx

from ..errors import ConnectionFailedError, FetchError, FetchTimeoutError, InvalidURLError
from .settings import FetchSettings


class LastingConnectionError(ConnectionFailedError):
    """A connection failure another try within seconds would meet again (a name that does not resolve,
    a certificate that does not verify): reported at once, as a plain `ConnectionFailedError`."""


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and the exceptions it was raised from."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def dns_message(host: str, exc: BaseException) -> str:
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else ""
    return f"cannot resolve host {host} (DNS{': ' + detail if detail else ''})"


def connection_error(exc: httpx.HTTPError, url: str) -> ConnectionFailedError:
    """The error a failed connection is reported as, its message naming the cause: DNS, refused, TLS."""
    parsed = urlsplit(url)
    host = parsed.hostname or "?"
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return LastingConnectionError(dns_message(host, cause), url=url)
        if isinstance(cause, ssl.SSLCertVerificationError):
            why = cause.verify_message or cause.reason or "certificate verify failed"
            return LastingConnectionError(f"TLS error: the certificate of {host} does not verify ({why})", url=url)
        if isinstance(cause, ssl.SSLError):
            return ConnectionFailedError(f"TLS error with {host}: {cause.reason or cause}", url=url)
        if isinstance(cause, ConnectionRefusedError):
            port = parsed.port or (443 if parsed.scheme == "https" else 80)
            return ConnectionFailedError(f"connection refused by {host}:{port}", url=url)
    return ConnectionFailedError(f"connection failed: {_network_reason(exc)}", url=url)


def _network_reason(exc: httpx.HTTPError) -> str:
    if str(exc):
        return str(exc)
    if isinstance(exc, httpx.ReadError):
        return "the connection broke while reading the response (reset by the server?)"
    if isinstance(exc, httpx.WriteError):
        return "the connection broke while sending the request"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    return type(exc).__name__


def fetch_error(exc: httpx.HTTPError, url: str, settings: FetchSettings) -> FetchError:
    """The `FetchError` an httpx error during one attempt on `url` is reported as."""
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchTimeoutError(f"timed out after {settings.connect_timeout:g} s connecting", url=url)
    if isinstance(exc, httpx.ReadTimeout):
        return FetchTimeoutError(f"timed out after {settings.read_timeout:g} s without data from the server", url=url)
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeoutError(f"timed out ({type(exc).__name__})", url=url)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return InvalidURLError(f"unsupported URL: {exc}", url=url)
    if isinstance(exc, httpx.DecodingError):
        return FetchError(f"response body could not be decoded: {exc}", url=url, stage="decode")
    if isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        return connection_error(exc, url)
    return FetchError(f"request failed: {str(exc) or type(exc).__name__}", url=url)
