"""WARC archives → batch documents: HTTP 200 ``text/html`` responses, read with FastWARC.

FastWARC (the resiliparse project) does the parsing; this module adds what a long batch run needs
on top of it:

* every response becomes a `newsclean.batch.Document` whose id is ``PATH:OFFSET`` (the byte offset
  of the record, or of the gzip member holding it), stable across runs so ``--resume`` can skip it;
* a broken stretch of the file (a corrupt or truncated gzip member, a record whose header is
  garbage or whose block is shorter than its ``Content-Length``) becomes one error document
  (stage ``read``, reason ``broken_record``) and reading resumes at the next record that parses:
  FastWARC alone stops at the first bad member, and silently drops a truncated last member;
* payloads are handed over raw (HTTP content and transfer encodings are undone in the worker by
  `decode_http_body`), so the process that reads the archive stays light.
"""

from __future__ import annotations

import os
import re
import zlib
from collections import Counter
from collections.abc import Collection, Container, Iterator
from typing import IO, Any

from ..errors import CleanError
from ..read.decode import DEFAULT_MAX_INPUT, decode_bytes
from ..read.sniff import HTML_TYPES
from .document import Document

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20


class HttpDecodeError(CleanError):
    """An HTTP payload whose Content-Encoding or Transfer-Encoding could not be undone."""

    reason = "content_encoding"


def _fastwarc() -> Any:
    try:
        from fastwarc import warc
    except ImportError as exc:  # pragma: no cover - the `warc` extra is in the test extra
        raise ImportError(
            "reading WARC files needs FastWARC: pip install 'newsclean[warc]'"
        ) from exc
    return warc


def iter_warc(
    path: str,
    *,
    outlets: Collection[str] | None = None,
    skip: Container[str] | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Document]:
    """Documents for the HTTP 200 HTML responses of one WARC (plain or gzip-per-record).

    `outlets`: keep only pages whose URL belongs to one of these outlet ids. `skip`: ids to leave
    out (already done). `skipped` counts the responses left out and why (``not_200``,
    ``not_html``, ``other_outlet``, ``too_large`` is an error document, not a skip).
    """
    warc = _fastwarc()
    wanted = {o.lower() for o in outlets} if outlets else None
    skipped = skipped if skipped is not None else Counter()
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        gz = fh.read(3) == _GZIP_MAGIC
        pos: int | None = 0
        last_offset = -1
        same = 0
        while pos is not None and pos < size:
            fh.seek(pos)
            last_start: int | None = None  # start of the last record read whole
            current: int | None = None  # start of the record being read
            bad: int | None = None
            problem = ""
            try:
                for record in warc.ArchiveIterator(fh, record_types=warc.any_type, parse_http=False,
                                                   auto_decode="none"):
                    current = record.stream_pos
                    if not record.headers.get("WARC-Type") or record.headers.get("Content-Length") is None:
                        raise OSError("record header is incomplete (no WARC-Type or Content-Length)")
                    doc = _read_record(warc, record, path, skipped, wanted)
                    # Offsets normally grow; a WARC gzipped as one stream reports the same offset
                    # for many records, so those get `.1`, `.2`… to stay distinct and stable.
                    offset = record.stream_pos
                    if offset <= last_offset:
                        same += 1
                        record_id = f"{path}:{last_offset}.{same}"
                    else:
                        last_offset, same = offset, 0
                        record_id = f"{path}:{offset}"
                    current = None
                    last_start = record.stream_pos
                    if doc is None or (skip is not None and record_id in skip):
                        continue
                    yield _with_id(doc, record_id)
            except (OSError, ValueError, _Truncated) as exc:
                problem = str(exc) or type(exc).__name__
                if current is not None:
                    bad = current
                else:
                    bad = (_record_end(fh, last_start, gz) if last_start is not None else None) or pos
            else:
                # FastWARC ends quietly on a truncated last gzip member: check the whole file was read.
                end = _record_end(fh, last_start, gz) if last_start is not None else pos
                if end is None or end >= size:
                    return
                bad, problem = end, "unreadable bytes after the last record (truncated or corrupt record)"
            resume_at = _resync(fh, bad + 1, gz, size)
            record_id = f"{path}:{bad}"
            if skip is None or record_id not in skip:
                lost = (resume_at if resume_at is not None else size) - bad
                yield Document(record_id, error=("read", "broken_record",
                                                 f"broken WARC record at byte {bad} ({problem}); "
                                                 f"skipped {lost} bytes to the next record"))
            pos = resume_at


class _Truncated(Exception):
    """A record block shorter than its Content-Length (the file ends inside it)."""


def _with_id(doc: Document, record_id: str) -> Document:
    return Document(record_id, data=doc.data, format=doc.format, url=doc.url, headers=doc.headers,
                    error=doc.error)


def _read_record(warc: Any, record: Any, path: str, skipped: Counter[str],
                 wanted: set[str] | None) -> Document | None:
    """The document for one record (id filled in by the caller), or None when it is not one."""
    if record.record_type != warc.response:
        record.consume()
        return None
    declared = record.content_length
    record.parse_http(auto_decode="none")
    http = record.http_headers
    if http is None:
        body = record.reader.read()
        if len(body) + _http_header_len(declared, record) < declared:
            raise _Truncated("record ends before its Content-Length")
        skipped["not_http"] += 1
        return None
    remaining = record.content_length
    url = (record.headers.get("WARC-Target-URI") or "").strip("<> ") or None
    status = http.status_code
    ctype = (record.http_content_type or "").lower()
    reason = None
    if status != 200:
        reason = "not_200"
    elif ctype not in HTML_TYPES:
        reason = "not_html"
    elif wanted is not None:
        from ..engine.registry import outlet_for_url

        outlet = outlet_for_url(url)
        if outlet is None or outlet.id not in wanted:
            reason = "other_outlet"
    if reason is not None or remaining > DEFAULT_MAX_INPUT:
        record.consume()
        if reason is not None:
            skipped[reason] += 1
            return None
        return Document("", url=url, error=("read", "too_large",
                                            f"HTML payload of {remaining} bytes is over the input limit"))
    body = record.reader.read()
    if len(body) < remaining:
        raise _Truncated(f"record ends {remaining - len(body)} bytes before its Content-Length")
    headers = {
        "content-encoding": (http.get("Content-Encoding") or "").strip().lower(),
        "transfer-encoding": (http.get("Transfer-Encoding") or "").strip().lower(),
        "charset": record.http_charset or "",
    }
    return Document("", data=body, format="html", url=url, headers={k: v for k, v in headers.items() if v})


def _http_header_len(declared: int, record: Any) -> int:
    return declared - record.content_length


def _record_end(fh: IO[bytes], start: int | None, gz: bool) -> int | None:
    """Byte offset just past the record (or gzip member) starting at `start`; None if it never ends."""
    if start is None:
        return None
    fh.seek(start)
    if gz:
        inflater = zlib.decompressobj(wbits=31)
        consumed = start
        while True:
            chunk = fh.read(1 << 16)
            if not chunk:
                return None
            data = chunk
            try:
                while data and not inflater.eof:
                    inflater.decompress(data, 1 << 16)  # bounded output: a member may be large
                    data = inflater.unconsumed_tail
            except zlib.error:
                return None
            if inflater.eof:
                return consumed + len(chunk) - len(inflater.unused_data)
            consumed += len(chunk)
    head = fh.read(65536)
    split = head.find(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)", head[:split]) if split >= 0 else None
    if match is None:
        return None
    return start + split + 4 + int(match.group(1)) + 4  # block, then the CRLF CRLF that closes a record


def _resync(fh: IO[bytes], start: int, gz: bool, size: int) -> int | None:
    """Offset of the next record that starts cleanly at or after `start`, or None."""
    magic = _GZIP_MAGIC if gz else _WARC_MAGIC
    pos = start
    carry = b""
    while pos < size:
        fh.seek(pos)
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        buf = carry + chunk
        base = pos - len(carry)
        hit = buf.find(magic)
        while hit != -1:
            candidate = base + hit
            if _starts_record(fh, candidate, gz):
                return candidate
            hit = buf.find(magic, hit + 1)
        carry = buf[-(len(magic) - 1):]
        pos += len(chunk)
    return None


def _starts_record(fh: IO[bytes], offset: int, gz: bool) -> bool:
    """True when a record starts at `offset`: a gzip member holding one, or a WARC header block."""
    fh.seek(offset)
    if gz:
        try:
            head = zlib.decompressobj(wbits=31).decompress(fh.read(4096), 4096)
        except zlib.error:
            return False
    else:
        head = fh.read(4096)
    end = head.find(b"\r\n\r\n")
    return head.startswith(_WARC_MAGIC) and end > 0 and b"\nWARC-Type:" in head[:end]


def decode_http_body(body: bytes, headers: dict[str, str] | None) -> bytes | str:
    """Undo chunked transfer and gzip/deflate/br content encodings; apply a declared charset.

    Returns bytes (let the cleaner detect the encoding) unless the server declared a charset that
    is not UTF-8 and the bytes are not UTF-8 either, in which case the declared charset decodes.
    """
    if not headers:
        return body
    if "chunked" in headers.get("transfer-encoding", ""):
        body = _dechunk(body)
    for coding in reversed([c.strip() for c in headers.get("content-encoding", "").split(",") if c.strip()]):
        body = _uncompress(body, coding)
    charset = headers.get("charset", "").lower()
    if charset and charset.replace("-", "").replace("_", "") not in ("utf8", "usascii", "ascii"):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            # the same checks as any other input (a binary payload is refused, not decoded into noise)
            return decode_bytes(body, declared=charset)
    return body


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            break
        try:
            size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            if not out:  # not chunked after all (a crawler that stored the decoded body)
                return body
            raise HttpDecodeError("malformed chunked transfer encoding") from None
        if size == 0:
            break
        out += body[eol + 2:eol + 2 + size]
        pos = eol + 2 + size + 2
    return bytes(out)


def _uncompress(body: bytes, coding: str) -> bytes:
    if coding in ("identity", ""):
        return body
    try:
        if coding in ("gzip", "x-gzip"):
            inflater = zlib.decompressobj(wbits=47)  # gzip or zlib header, auto-detected
        elif coding == "deflate":
            try:
                return _inflate_limited(zlib.decompressobj(), body)
            except zlib.error:
                inflater = zlib.decompressobj(wbits=-15)  # raw deflate, as some servers send it
        elif coding == "br":
            return _unbrotli(body)
        else:
            raise HttpDecodeError(f"unsupported Content-Encoding {coding!r}")
        return _inflate_limited(inflater, body)
    except zlib.error as exc:
        # Many crawlers store the decoded body but keep the header: plain markup is taken as is.
        if body.lstrip()[:1] == b"<":
            return body
        raise HttpDecodeError(f"payload is not valid {coding}: {exc}") from exc


def _inflate_limited(inflater: Any, body: bytes) -> bytes:
    out = inflater.decompress(body, DEFAULT_MAX_INPUT + 1)
    if len(out) > DEFAULT_MAX_INPUT:
        raise HttpDecodeError("decompressed payload is over the input limit")
    return bytes(out)


def _unbrotli(body: bytes) -> bytes:
    if body.lstrip()[:1] == b"<":
        return body
    import io

    from fastwarc.stream_io import BrotliReader

    try:
        out = BrotliReader(io.BytesIO(body)).read(DEFAULT_MAX_INPUT + 1)
    except OSError as exc:
        raise HttpDecodeError(f"payload is not valid br: {exc}") from exc
    if len(out) > DEFAULT_MAX_INPUT:
        raise HttpDecodeError("decompressed payload is over the input limit")
    return bytes(out)
