"""Typed errors. Every failure a user can cause is a `CleanError` with a message a person reads."""

from __future__ import annotations

import gzip
import zlib
from typing import Any


class CleanError(ValueError):
    """Base class: the input could not be turned into an article."""

    #: Short machine-readable reason, used in CLI and batch error records.
    reason: str = "error"


def internal_error_message(exc: BaseException) -> str:
    """The message for an exception newsclean did not expect (a bug), as every error record words it."""
    return f"internal error ({type(exc).__name__}: {exc}); please report it"


class EmptyInputError(CleanError):
    """The input is empty or holds only whitespace."""

    reason = "empty"


class BinaryInputError(CleanError):
    """The input is not text (NUL bytes or bytes no supported encoding explains)."""

    reason = "binary"


class InputTooLargeError(CleanError):
    """The input is larger than the configured limit."""

    reason = "too_large"


class NoArticleError(CleanError):
    """The input was read, but nothing in it is article text (only site furniture)."""

    reason = "no_article"


class NotAnArticleError(NoArticleError):
    """The page is a listing (tag index, section front), not one article."""

    reason = "not_an_article"


class UnknownOutletError(CleanError):
    """An outlet id was asked for that no rule module declares."""

    reason = "unknown_outlet"


# --- Fetching (newsclean.fetching) ---------------------------------------------------------------


class FetchError(CleanError):
    """A URL could not be fetched. `url` is the URL asked for, `stage` the step that failed
    (``url``, ``robots``, ``fetch``, ``http``, ``content``), `status` the HTTP status when there was one."""

    reason = "fetch_failed"
    stage = "fetch"

    def __init__(self, message: str, *, url: str | None = None, stage: str | None = None,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        if stage is not None:
            self.stage = stage
        self.status = status

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default exception pickling (process pools).
        return (_rebuild_fetch_error, (type(self), str(self), self.url, self.stage, self.status))


def _rebuild_fetch_error(cls: type[FetchError], message: str, url: str | None, stage: str,
                         status: int | None) -> FetchError:
    return cls(message, url=url, stage=stage, status=status)


class InvalidURLError(FetchError):
    """The URL is malformed or its scheme is not http/https."""

    reason = "invalid_url"
    stage = "url"


class RobotsDisallowedError(FetchError):
    """The site's robots.txt does not allow this user agent to fetch the URL."""

    reason = "robots_disallowed"
    stage = "robots"


class RobotsUnavailableError(RobotsDisallowedError):
    """robots.txt could not be read (5xx, timeout, no connection): RFC 9309 says assume disallow."""

    reason = "robots_unreachable"


class BlockedAddressError(FetchError):
    """The host resolves to a loopback, private, link-local or reserved address
    (only with ``block_private_addresses=True``)."""

    reason = "blocked_address"


class FetchTimeoutError(FetchError):
    """Connecting, reading, or the whole request took longer than allowed (after retries)."""

    reason = "timeout"


class ConnectionFailedError(FetchError):
    """The connection could not be made or broke (refused, reset, closed early), after retries."""

    reason = "connection_failed"


class TooManyRedirectsError(FetchError):
    """More redirects than ``max_redirects`` (or a redirect loop)."""

    reason = "too_many_redirects"


class HTTPStatusError(FetchError):
    """The server answered with an error status (after retries for 429 and 5xx)."""

    reason = "http_status"
    stage = "http"


class ResponseTooLargeError(FetchError):
    """The response body is larger than ``max_bytes``."""

    reason = "response_too_large"
    stage = "content"


class ContentTypeError(FetchError):
    """The response is not an HTML page (its Content-Type is not an accepted one)."""

    reason = "content_type"
    stage = "content"


def is_gzip_error(exc: BaseException) -> bool:
    """Whether reading failed because a gzip stream is corrupt or cut short."""
    return isinstance(exc, gzip.BadGzipFile | EOFError | zlib.error)


def os_error_reason(exc: BaseException) -> str:
    """Short reason for an OSError (or a gzip failure) reading an input, as in error records."""
    if isinstance(exc, FileNotFoundError):
        return "not_found"
    if isinstance(exc, PermissionError):
        return "permission"
    if isinstance(exc, IsADirectoryError):
        return "is_directory"
    if is_gzip_error(exc):
        return "gzip"
    return "io_error"


def os_error_message(exc: BaseException) -> str:
    """One-line message for such an error."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if isinstance(exc, FileNotFoundError | PermissionError) else exc.strerror
    return str(exc) or type(exc).__name__


def error_record(doc_id: str | None, stage: str, reason: str, message: str, *,
                 url: str | None = None) -> dict[str, Any]:
    """The JSON-line record of an input that failed: ``input`` first, then what failed and why."""
    record: dict[str, Any] = {"input": doc_id, "error": message, "stage": stage, "reason": reason}
    if url:
        record["url"] = url
    return record
