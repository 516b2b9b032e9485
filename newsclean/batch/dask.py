"""Dask: clean a `dask.bag` of paths or records, or a column of a `dask.dataframe`, on any cluster.

Needs the extra: ``pip install 'newsclean[dask]'`` (and newsclean installed on every worker).

    >>> import dask.bag as db
    >>> from newsclean.batch.dask import clean_bag
    >>> records = clean_bag(db.from_sequence(["seeds/000_7ed01535142a2699.txt"])).compute()
    >>> records[0]["outlet"], records[0]["input"]
    ('tempo', 'seeds/000_7ed01535142a2699.txt')

Records are the batch output's: ``{"input": ..., **Article.to_dict()}`` or
``{"input": ..., "error": ..., "stage": ..., "reason": ...}``; nothing is dropped.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from ..errors import error_record
from .document import Document
from .inputs import iter_documents
from .worker import DEFAULT_TIMEOUT, DocumentFailure, Options, clean_record, record_content

#: Columns of `clean_column`'s result: the contract's fields, then the error fields (null on success).
COLUMNS: tuple[str, ...] = (
    "outlet", "url", "title", "summary", "published", "authors", "editor", "source", "dateline",
    "language", "paragraphs", "text", "captions", "tags", "section", "removed", "warnings",
    "error", "stage", "reason",
)


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "newsclean.batch.dask needs Dask: pip install 'newsclean[dask]' (dask[bag,dataframe] and distributed)"
        ) from exc


def clean_bag(bag: Any, *, outlet: str | None = None, outlets: Collection[str] | None = None,
              timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """A bag of output records (dicts) for a bag whose items are any of:

    * a path (str or PathLike): a page file, a directory, a JSON Lines or a WARC file, each
      expanding to all its documents (ids as in the batch output); paths must be readable where
      the workers run (a shared filesystem);
    * a record dict ``{"html": ...}`` or ``{"text": ...}`` with optional ``url`` and ``id`` (the
      output's ``input`` is the ``id``, else the ``url``);
    * a page as str or bytes (``input`` is null; HTML or dump decided by content).

    `outlet` forces a rule module; `outlets` keeps only WARC responses from those outlets' domains.
    """
    _require()
    return bag.map_partitions(_clean_items, outlet=outlet, outlets=list(outlets) if outlets else None,
                              timeout=timeout)


def _clean_items(items: Iterable[Any], outlet: str | None, outlets: list[str] | None,
                 timeout: float | None) -> list[dict[str, Any]]:
    options = Options(outlet=outlet, timeout=timeout)
    return [clean_record(doc, options)[0] for item in items for doc in _documents(item, outlets)]


def _documents(item: Any, outlets: list[str] | None) -> Iterator[Document]:
    if isinstance(item, str | os.PathLike) and not (isinstance(item, str) and _looks_like_page(item)):
        yield from iter_documents([item], outlets=outlets)
    elif isinstance(item, dict):
        doc_id = item.get("id", item.get("url"))
        doc_id = None if doc_id is None else str(doc_id)
        try:
            data, fmt, url = record_content(item)
        except DocumentFailure as failure:
            yield Document(doc_id, error=(failure.stage, failure.reason, failure.message))  # type: ignore[arg-type]
            return
        yield Document(doc_id, data=data, format=fmt, url=url)  # type: ignore[arg-type]
    elif isinstance(item, str | bytes):
        yield Document(None, data=item)  # type: ignore[arg-type]
    else:
        yield Document(None, error=("decode", "bad_record",  # type: ignore[arg-type]
                                    f"cannot clean a {type(item).__name__}: expected a path, a record dict or a page"))


def _looks_like_page(item: str) -> bool:
    # A str item is a path unless it cannot be one: paths have no newline and are not that long.
    return "\n" in item or len(item) > 4096


def clean_column(df: Any, column: str = "html", *, url_column: str | None = None, format: str = "auto",
                 outlet: str | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """A dask DataFrame with one row per row of `df` (same index) and the `COLUMNS`.

    `column` holds the pages (HTML or dumps; `format` ``"html"`` or ``"text"`` skips the sniffing),
    `url_column` their URLs. A row that could not be cleaned has null article fields and its
    ``error``, ``stage`` and ``reason`` set. List fields (``paragraphs``, ``authors``, ``removed``…)
    are Python lists in object columns. Join back with ``df.join(result)``.
    """
    _require()
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in COLUMNS})
    return df.map_partitions(_clean_frame, column, url_column, format, outlet, timeout, meta=meta,
                             enforce_metadata=False)


def _clean_frame(frame: Any, column: str, url_column: str | None, fmt: str, outlet: str | None,
                 timeout: float | None) -> Any:
    import pandas as pd

    options = Options(outlet=outlet, timeout=timeout)
    urls = frame[url_column] if url_column else [None] * len(frame)
    rows = []
    for page, url in zip(frame[column], urls, strict=True):
        url = url if isinstance(url, str) and url else None
        if isinstance(page, str | bytes):
            record = clean_record(Document(None, data=page, format=fmt, url=url), options)[0]  # type: ignore[arg-type]
        else:
            record = error_record(None, "read", "empty", "no page in this row", url=url)
        record.pop("input", None)
        rows.append([record.get(name) for name in COLUMNS])
    return pd.DataFrame(rows, index=frame.index, columns=list(COLUMNS), dtype=object)
