"""Fetch pages and clean them: polite, resilient `fetch` / `fetch_many` and async twins `afetch` / `afetch_many`.

    >>> article = newsclean.fetch("https://www.kompas.com/read/2024/05/01/123/judul")   # doctest: +SKIP
    >>> for result in newsclean.fetch_many(urls, concurrency=8):                       # doctest: +SKIP
    ...     if isinstance(result, newsclean.FetchFailure):
    ...         print(result.url, result.stage, result.error)

Per URL: the outlet's single-page form is asked for (Kompas and Kontan: ``?page=all``); robots.txt
of each origin on the way is obeyed (fetched once, cached); each request takes a slot of its host
(``per_host`` at once, starts ``min_delay`` apart, longer when robots.txt asks for a Crawl-delay)
and a global slot (``concurrency``); redirects are followed by hand (each hop checked: scheme,
robots.txt, blocked addresses) up to ``max_redirects``; timeouts, dropped connections, 429 and 5xx
are retried by tenacity with exponential backoff and jitter, honouring ``Retry-After``; the body is
streamed and cut at ``max_bytes``; only HTML content types are accepted; then the page is cleaned:
small ones on the event loop (a few milliseconds per loop turn at most), others in a worker thread
(or every page in the executor given), so the event loop keeps fetching.

The modules, in the order they import each other (none imports one later in the list):
`settings` (options, `FetchFailure`), `network` (httpx errors -> `FetchError`s naming the cause),
`urls`, `retry`, `robots` (rules and cache), `politeness` (gates), `transport`, `http` (one
exchange), `robots_gate` (robots.txt on the way), `cleaning`, `session` (one call, one URL),
`frontier` (many URLs), `api` (the public calls).
"""

from .api import afetch, afetch_many, fetch, fetch_many
from .robots import clear_robots_cache
from .settings import DEFAULT_USER_AGENT, FetchFailure, FetchOptions, FetchSettings
from .urls import single_page_url

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchFailure",
    "FetchOptions",
    "FetchSettings",
    "afetch",
    "afetch_many",
    "clear_robots_cache",
    "fetch",
    "fetch_many",
    "single_page_url",
]
