"""WARC input: responses only, --outlets, broken records and gzip members, HTTP encodings, ids."""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from pathlib import Path

from test_batch_support import html_page, read_lines, run_cli, warc_record, warcinfo_record, write_warc

from newsclean.batch import Document, clean_document, iter_documents
from newsclean.batch.warc import decode_http_body, iter_warc


def _articles(n: int, host: str = "www.tempo.co") -> list[bytes]:
    return [warc_record(f"https://{host}/read/{i}/sepeda", html_page(i).encode()) for i in range(n)]


def test_only_http_200_html_responses_become_documents(tmp_path: Path) -> None:
    records = [
        warcinfo_record(),
        warc_record("https://www.tempo.co/read/1/a", html_page(1).encode()),
        warc_record("https://www.tempo.co/read/1/a", b"", record_type="request"),
        warc_record("https://www.tempo.co/hilang", b"<html>not here</html>", status="404 Not Found"),
        warc_record("https://www.tempo.co/logo.png", b"\x89PNG", content_type="image/png"),
        warc_record("https://www.kompas.com/read/2", html_page(2).encode(), content_type="application/xhtml+xml"),
    ]
    path = tmp_path / "a.warc.gz"
    offsets = write_warc(path, records)
    skipped: Counter[str] = Counter()
    docs = list(iter_warc(str(path), skipped=skipped))
    assert [d.id for d in docs] == [f"{path}:{offsets[1]}", f"{path}:{offsets[5]}"]
    assert [d.url for d in docs] == ["https://www.tempo.co/read/1/a", "https://www.kompas.com/read/2"]
    assert docs[0].data == html_page(1).encode() and docs[0].format == "html"
    assert skipped == Counter({"not_200": 1, "not_html": 1})


def test_plain_and_gzip_warcs_give_the_same_documents_by_offset(tmp_path: Path) -> None:
    records = _articles(3)
    for gz in (True, False):
        path = tmp_path / ("x.warc.gz" if gz else "x.warc")
        offsets = write_warc(path, records, gz=gz)
        docs = list(iter_warc(str(path)))
        assert [d.id for d in docs] == [f"{path}:{o}" for o in offsets]
        assert [d.data for d in docs] == [html_page(i).encode() for i in range(3)]


def test_corrupt_gzip_member_is_one_error_and_reading_goes_on(tmp_path: Path) -> None:
    members = [gzip.compress(r) for r in _articles(5)]
    broken = bytearray(members[2])
    broken[40:60] = b"\xff" * 20
    members[2] = bytes(broken)
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(b"".join(members))
    starts = [sum(len(m) for m in members[:i]) for i in range(5)]
    docs = list(iter_warc(str(path)))
    assert [d.id for d in docs] == [f"{path}:{s}" for s in starts]
    assert [d.error is None for d in docs] == [True, True, False, True, True]
    assert docs[2].error[:2] == ("read", "broken_record")
    assert docs[4].url == "https://www.tempo.co/read/4/sepeda"


def test_truncated_last_member_is_reported_not_silently_dropped(tmp_path: Path) -> None:
    members = [gzip.compress(r) for r in _articles(3)]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(members[0] + members[1] + members[2][: len(members[2]) // 2])
    docs = list(iter_warc(str(path)))
    assert len(docs) == 3
    assert docs[2].id == f"{path}:{len(members[0]) + len(members[1])}"
    assert docs[2].error[:2] == ("read", "broken_record")


def test_truncated_plain_record_and_garbage_header(tmp_path: Path) -> None:
    records = _articles(4)
    path = tmp_path / "cut.warc"
    path.write_bytes(records[0] + records[1] + records[2][:300])
    docs = list(iter_warc(str(path)))
    assert [d.error is None for d in docs] == [True, True, False]
    assert docs[2].id == f"{path}:{len(records[0]) + len(records[1])}"
    garbage = tmp_path / "garbage.warc"
    lying = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort"
    garbage.write_bytes(records[0] + lying + records[2] + b"junk between records\r\n" + records[3])
    docs = list(iter_warc(str(garbage)))
    assert [d.url for d in docs if d.error is None] == [f"https://www.tempo.co/read/{i}/sepeda" for i in (0, 2, 3)]
    assert [d.error[1] for d in docs if d.error] == ["broken_record", "broken_record"]


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some text, not an archive\n")
    docs = list(iter_warc(str(path)))
    assert len(docs) == 1 and docs[0].id == f"{path}:0" and docs[0].error[1] == "broken_record"
    assert list(iter_warc(str(_empty(tmp_path)))) == []


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    return path


def test_whole_file_gzip_keeps_ids_distinct(tmp_path: Path) -> None:
    path = tmp_path / "one-stream.warc.gz"
    path.write_bytes(gzip.compress(b"".join(_articles(4))))
    ids = [d.id for d in iter_warc(str(path))]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert ids == [d.id for d in iter_warc(str(path))]  # and stable


def test_outlets_filter_keeps_only_those_domains(tmp_path: Path) -> None:
    records = (_articles(2, "www.tempo.co") + _articles(1, "nasional.kompas.com") + _articles(2, "news.detik.com")
               + _articles(1, "www.kontan.co.id"))
    path = tmp_path / "mix.warc.gz"
    write_warc(path, records)
    skipped: Counter[str] = Counter()
    docs = list(iter_documents([path], outlets=["tempo", "kompas"], skipped=skipped))
    assert [d.url.split("/")[2] for d in docs] == ["www.tempo.co", "www.tempo.co", "nasional.kompas.com"]
    assert skipped["other_outlet"] == 3
    out = tmp_path / "out.jsonl"
    proc = run_cli(str(path), "--outlets", "tempo,kompas", "-o", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    lines = read_lines(out)
    assert sorted(line["outlet"] for line in lines) == ["kompas", "tempo", "tempo"]
    assert "other_outlet 3" in proc.stderr


def test_broken_warc_through_the_cli_writes_error_lines(tmp_path: Path) -> None:
    members = [gzip.compress(r) for r in _articles(4)]
    members[1] = members[1][:50] + b"\x00" * 30 + members[1][80:]
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"".join(members))
    out = tmp_path / "out.jsonl"
    proc = run_cli(str(path), "-o", str(out), "--workers", "2")
    assert proc.returncode == 1
    lines = {line["input"]: line for line in read_lines(out)}
    assert len(lines) == 4
    bad = lines[f"{path}:{len(members[0])}"]
    assert (bad["stage"], bad["reason"]) == ("read", "broken_record") and "byte" in bad["error"]
    assert sum(1 for line in lines.values() if "error" not in line) == 3


def test_http_encodings_are_undone_in_the_worker() -> None:
    page = html_page(7).encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (page[:100], page[100:])) + b"0\r\n\r\n"
    assert decode_http_body(chunked, {"transfer-encoding": "chunked"}) == page
    assert decode_http_body(gzip.compress(page), {"content-encoding": "gzip"}) == page
    assert decode_http_body(zlib.compress(page), {"content-encoding": "deflate"}) == page
    # A crawler that stored the decoded body but kept the header: taken as is.
    assert decode_http_body(page, {"content-encoding": "gzip"}) == page
    latin = "<html><body><p>Café di Menteng</p></body></html>".encode("cp1252")
    assert decode_http_body(latin, {"charset": "windows-1252"}) == latin.decode("cp1252")
    # a declared charset does not turn a binary payload into text: refused like any binary input
    noise = bytes(range(1, 9)) * 64 + b"<p>\xff\xfe</p>"  # control bytes, no NUL, not UTF-8
    refused = clean_document(Document("x.warc.gz:1", data=noise, format="html", headers={"charset": "windows-1252"}))
    assert (refused.stage, refused.reason) == ("decode", "binary")
    doc = Document("x.warc.gz:0", data=b"\x00\x01 not gzip", format="html", headers={"content-encoding": "gzip"})
    result = clean_document(doc)
    assert (result.stage, result.reason) == ("decode", "content_encoding")


def test_gzip_content_encoded_record_cleans(tmp_path: Path) -> None:
    body = gzip.compress(html_page(9).encode())
    path = tmp_path / "enc.warc.gz"
    write_warc(path, [warc_record("https://www.tempo.co/read/9/x", body, extra_http="Content-Encoding: gzip\r\n")])
    (doc,) = list(iter_warc(str(path)))
    result = clean_document(doc)
    assert result.ok and "Jalur Sepeda" in result.record["title"]
