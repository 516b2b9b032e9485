"""Helpers shared by the batch, WARC, resume and Dask tests: pages, dumps and WARC files we write ourselves.

The HTML pages here are our own invented Indonesian news prose in a plain article layout; the
dumps are the repository's seeds. Nothing comes from the shared corpus.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))

_PARAGRAPHS = [
    "Pemerintah Kota Bandung meresmikan jalur sepeda baru sepanjang dua belas kilometer yang menghubungkan "
    "kawasan Dago dengan pusat kota pada Senin pagi.",
    "Wali kota mengatakan jalur itu dibangun agar warga lebih mudah bersepeda ke kantor dan sekolah tanpa "
    "harus berbagi lajur dengan kendaraan bermotor.",
    "Menurut dinas perhubungan, jumlah pesepeda di kota itu naik hampir dua kali lipat dalam tiga tahun "
    "terakhir, terutama pada akhir pekan.",
    "Sejumlah komunitas pesepeda menyambut baik langkah tersebut, tetapi meminta pemerintah menambah rambu "
    "dan lampu penerangan di beberapa ruas yang masih gelap.",
]


def html_page(n: int, *, title: str = "Jalur Sepeda Baru Diresmikan di Bandung") -> str:
    """A small article page (our own prose), numbered so pages differ."""
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title} {n}</title></head>"
        f"<body><nav><a href=\"/\">Beranda</a> <a href=\"/news\">Berita</a></nav>"
        f"<article><h1>{title} {n}</h1><p>Laporan nomor {n} dari Bandung.</p>{body}</article>"
        "<footer>Hak cipta dilindungi undang-undang.</footer></body></html>"
    )


def seed_bytes(i: int = 0) -> bytes:
    return SEEDS[i % len(SEEDS)].read_bytes()


def warc_record(url: str, body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
                record_type: str = "response", extra_http: str = "") -> bytes:
    """One WARC/1.0 record holding an HTTP response, written by hand as the spec lays it out."""
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra_http}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-03-01T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype={'response' if record_type == 'response' else 'request'}\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def warcinfo_record() -> bytes:
    block = b"software: newsclean tests\r\nformat: WARC File Format 1.0\r\n"
    head = (f"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-03-01T08:00:00Z\r\nContent-Type: application/warc-fields\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: Path, records: list[bytes], *, gz: bool = True) -> list[int]:
    """Write records (one gzip member each when `gz`); returns each record's byte offset."""
    offsets = []
    with open(path, "wb") as handle:
        for record in records:
            offsets.append(handle.tell())
            handle.write(gzip.compress(record) if gz else record)
    return offsets


def write_jsonl(path: Path, lines: list[Any]) -> None:
    """Each item a JSON value, or a str written verbatim (for broken lines)."""
    with open(path, "w", encoding="utf-8") as handle:
        for item in lines:
            handle.write((item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n")


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real `newsclean` command in a subprocess (the installed entry point's module)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def crash_cleaner(data: bytes | str, *, format: str, url: str | None, outlet: str | None) -> Any:
    """A cleaner for `Options.cleaner` that kills its worker process on pages containing CRASH-ME."""
    raw = data.encode() if isinstance(data, str) else data
    if b"CRASH-ME" in raw:
        os._exit(3)
    import newsclean

    return newsclean.clean(data, url=url, outlet=outlet)


def slow_cleaner(data: bytes | str, *, format: str, url: str | None, outlet: str | None) -> Any:
    """A cleaner that never finishes on pages containing SLOW-ME (for the time limit)."""
    raw = data.encode() if isinstance(data, str) else data
    if b"SLOW-ME" in raw:
        while True:
            pass
    import newsclean

    return newsclean.clean(data, url=url, outlet=outlet)
