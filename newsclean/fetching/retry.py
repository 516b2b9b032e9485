"""The retry policy: which failures are tried again (timeouts, dropped connections, 429, 5xx), how long
to wait (exponential backoff with jitter, or the server's ``Retry-After``), and when to give up."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from ..errors import ConnectionFailedError, FetchTimeoutError, HTTPStatusError
from .network import LastingConnectionError
from .settings import FetchSettings

log = logging.getLogger("newsclean.fetch")
T = TypeVar("T")

#: Statuses worth another try: rate limiting and server trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryableStatus(HTTPStatusError):
    """An HTTP status worth retrying; carries the server's Retry-After, if any."""

    def __init__(self, message: str, *, url: str, status: int, retry_after: float | None) -> None:
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


#: Failures worth another try.
RETRYABLE = (FetchTimeoutError, ConnectionFailedError, RetryableStatus)


def is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, RETRYABLE) and not isinstance(exc, LastingConnectionError)


class Policy:
    """tenacity callables for one settings object."""

    def __init__(self, settings: FetchSettings, deadline_at: float | None) -> None:
        self.settings = settings
        self.deadline_at = deadline_at

    def wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return float(retry_after)
        s = self.settings
        # Exponential backoff with jitter, so that many clients failing together do not retry together.
        base = min(s.backoff_max, s.backoff * 2 ** (state.attempt_number - 1))
        return float(min(s.backoff_max, base + random.uniform(0, base)))

    def stop(self, state: RetryCallState) -> bool:
        if state.attempt_number > self.settings.retries:
            return True
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None and retry_after > self.settings.retry_after_max:
            return True  # waiting less than the server asked would be impolite; waiting that long, useless
        upcoming = getattr(state, "upcoming_sleep", 0.0) or 0.0
        return self.deadline_at is not None and time.monotonic() + upcoming >= self.deadline_at

    def before_sleep(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        url = getattr(exc, "url", None) or "?"
        log.debug("retrying %s in %.2fs (attempt %d of %d failed: %s)", url, getattr(state, "upcoming_sleep", 0.0),
                  state.attempt_number, self.settings.retries + 1, exc)


def _public(exc: FetchTimeoutError | ConnectionFailedError | HTTPStatusError, attempts: int) -> Exception:
    """The error callers see: our internal markers become their public class; retries are counted."""
    message = str(exc) + (f" (gave up after {attempts} attempts)" if attempts > 1 else "")
    kind: type[FetchTimeoutError | ConnectionFailedError | HTTPStatusError] = type(exc)
    if isinstance(exc, RetryableStatus):
        kind = HTTPStatusError
    elif isinstance(exc, LastingConnectionError):
        kind = ConnectionFailedError
    return kind(message, url=exc.url, status=exc.status)


async def with_retries(attempt: Callable[[], Awaitable[T]], settings: FetchSettings, deadline_at: float | None) -> T:
    """`attempt()`, tried again by the policy.

    The first attempt runs bare: building tenacity's machinery costs ~0.05 ms of event-loop time per
    request, and almost every request succeeds at once. After a retryable failure the machinery is
    built and replays that failure as its attempt 1, so stop, wait, Retry-After and logs are the same.
    """
    try:
        return await attempt()
    except RETRYABLE as exc:
        if not is_retryable(exc):
            raise _public(exc, 1) from None
        first: BaseException | None = exc

    async def again() -> T:
        nonlocal first
        if first is not None:
            failed, first = first, None
            raise failed
        return await attempt()

    policy = Policy(settings, deadline_at)
    retrying = AsyncRetrying(stop=policy.stop, wait=policy.wait, retry=retry_if_exception(is_retryable),
                             before_sleep=policy.before_sleep, reraise=True, sleep=asyncio.sleep)
    try:
        return await retrying(again)
    except (FetchTimeoutError, ConnectionFailedError, HTTPStatusError) as exc:
        attempts = retrying.statistics.get("attempt_number", 1)
        if attempts <= 1 and not isinstance(exc, RetryableStatus | LastingConnectionError):
            raise
        raise _public(exc, attempts) from None
