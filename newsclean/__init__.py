"""newsclean: clean article text and metadata from Indonesian news pages.

    >>> import newsclean
    >>> article = newsclean.clean_text(open("seeds/000_7ed01535142a2699.txt").read())
    >>> article.outlet, article.dateline
    ('tempo', 'Jakarta')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from .article import REMOVED_KINDS, Article, Removed
from .auto import clean
from .batch import BatchSummary, clean_batch
from .engine.registry import outlets
from .errors import (
    BinaryInputError,
    BlockedAddressError,
    CleanError,
    ConnectionFailedError,
    ContentTypeError,
    EmptyInputError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputTooLargeError,
    InvalidURLError,
    NoArticleError,
    NotAnArticleError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    RobotsUnavailableError,
    TooManyRedirectsError,
    UnknownOutletError,
)
from .html.page import clean_html
from .text import clean_text, clean_texts

if TYPE_CHECKING:
    from .fetching import FetchFailure, FetchSettings, afetch, afetch_many, fetch, fetch_many

#: Loaded on first use (newsclean.fetching): httpx and tenacity would add ~0.15 s to every import.
_FETCHING = ("FetchFailure", "FetchSettings", "afetch", "afetch_many", "fetch", "fetch_many")


def __getattr__(name: str) -> object:
    if name in _FETCHING:
        from . import fetching

        globals().update({attr: getattr(fetching, attr) for attr in _FETCHING})
        return globals()[name]
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")


try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "REMOVED_KINDS",
    "Article",
    "BatchSummary",
    "BinaryInputError",
    "BlockedAddressError",
    "CleanError",
    "ConnectionFailedError",
    "ContentTypeError",
    "EmptyInputError",
    "FetchError",
    "FetchFailure",
    "FetchSettings",
    "FetchTimeoutError",
    "HTTPStatusError",
    "InputTooLargeError",
    "InvalidURLError",
    "NoArticleError",
    "NotAnArticleError",
    "Removed",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "RobotsUnavailableError",
    "TooManyRedirectsError",
    "UnknownOutletError",
    "__version__",
    "afetch",
    "afetch_many",
    "clean",
    "clean_batch",
    "clean_html",
    "clean_text",
    "clean_texts",
    "fetch",
    "fetch_many",
    "outlets",
]
