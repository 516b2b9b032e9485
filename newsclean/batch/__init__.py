"""Batch cleaning: directories, JSON Lines and WARC files, in parallel, resumable, memory-flat.

Three layers, each usable alone:

* `iter_documents(inputs)` streams `Document`s out of paths: pages in a directory tree (``.txt``,
  ``.html``, ``.htm`` and their ``.gz``), JSON Lines records (``{"url", "html"}`` or ``{"text"}``),
  WARC responses (`newsclean.batch.warc`), or single files. Nothing is read whole: a directory is walked
  with `os.scandir`, JSON Lines line by line, a WARC record by record. A document for a file
  carries only its path; the worker reads it.
* `clean_documents(documents, workers=N)` cleans them in a process pool fed chunk by chunk, with a
  bounded number of chunks in flight (so memory stays flat), and yields one `Result` per document
  as results arrive (out of order). Every failure is a `Result` too: nothing is dropped.
* `clean_batch(inputs, "OUT.jsonl", resume=True)` ties both to a JSON Lines file written one whole
  line at a time, and skips the inputs a killed run already wrote. The ``newsclean`` command's
  batch mode (`newsclean.cli.batch`) is this function.

Output lines: ``{"input": ID, ...Article.to_dict()}`` or
``{"input": ID, "error": MESSAGE, "stage": STAGE, "reason": REASON[, "url": URL]}``. ``ID`` is the
path of a page file, ``FILE:LINE`` for a JSON Lines record (1-based line number) and
``FILE:OFFSET`` for a WARC record (byte offset); the same inputs give the same ids on every run.
Stages: ``read`` (the file or record could not be read), ``decode`` (a JSON Lines record that is
not JSON, not an object, or carries no ``html``/``text``; an HTTP encoding that cannot be undone),
``clean`` (the cleaner refused the page; ``reason`` is the `CleanError.reason`, ``timeout`` for a
page over the time limit, ``crashed`` when the worker process died on it, ``internal`` for a bug).
"""

from .document import Document, Result
from .inputs import count_documents, input_kind, is_page_file, iter_documents
from .pool import clean_documents, default_workers
from .resume import DoneIds, load_done, truncate_torn_line
from .run import BatchSummary, clean_batch
from .worker import Options, clean_document, clean_record, record_content, warning_kind

__all__ = [
    "BatchSummary", "Document", "DoneIds", "Options", "Result", "clean_batch", "clean_document", "clean_documents",
    "clean_record", "count_documents", "default_workers", "input_kind", "is_page_file", "iter_documents",
    "load_done", "record_content", "truncate_torn_line", "warning_kind",
]
