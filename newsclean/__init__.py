"""newsclean: clean article text and metadata from Indonesian news pages.

    >>> import newsclean
    >>> article = newsclean.clean_text(open("seeds/000_7ed01535142a2699.txt").read())
    >>> article.outlet, article.dateline
    ('tempo', 'Jakarta')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .article import REMOVED_KINDS, Article, Removed
from .auto import clean
from .errors import (
    BinaryInputError,
    CleanError,
    EmptyInputError,
    InputTooLargeError,
    NoArticleError,
    NotAnArticleError,
    UnknownOutletError,
)
from .html import clean_html
from .registry import outlets
from .text import clean_text, clean_texts

try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "REMOVED_KINDS",
    "Article",
    "BinaryInputError",
    "CleanError",
    "EmptyInputError",
    "InputTooLargeError",
    "NoArticleError",
    "NotAnArticleError",
    "Removed",
    "UnknownOutletError",
    "__version__",
    "clean",
    "clean_html",
    "clean_text",
    "clean_texts",
    "outlets",
]
