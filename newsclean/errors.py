"""Typed errors. Every failure a user can cause is a `CleanError` with a message a person reads."""

from __future__ import annotations


class CleanError(ValueError):
    """Base class: the input could not be turned into an article."""

    #: Short machine-readable reason, used in CLI and batch error records.
    reason: str = "error"


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
