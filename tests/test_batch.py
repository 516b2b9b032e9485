"""Batch mode: mixed inputs, output ids, every error path, exit status, summary, pool behaviour."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from test_batch_support import (
    crash_cleaner,
    html_page,
    read_lines,
    run_cli,
    seed_bytes,
    slow_cleaner,
    warc_record,
    write_jsonl,
    write_warc,
)

import newsclean
from newsclean.batch import (
    Document,
    DoneIds,
    Options,
    clean_batch,
    clean_document,
    clean_documents,
    count_documents,
    iter_documents,
    warning_kind,
)


@pytest.fixture
def mixed(tmp_path: Path) -> dict[str, object]:
    """A directory of dumps, HTML and gzip pages (plus files to ignore), a JSON Lines file and a WARC."""
    pages = tmp_path / "pages"
    (pages / "sub" / "deeper").mkdir(parents=True)
    (pages / ".hidden").mkdir()
    (pages / "tempo.txt").write_bytes(seed_bytes(0))
    (pages / "sub" / "kontan.txt.gz").write_bytes(gzip.compress(seed_bytes(1)))
    (pages / "sub" / "artikel.html").write_text(html_page(1), encoding="utf-8")
    (pages / "sub" / "deeper" / "artikel.htm.gz").write_bytes(gzip.compress(html_page(2).encode()))
    (pages / "notes.md").write_text("not a page")
    (pages / "image.png").write_bytes(b"\x89PNG\r\n")
    (pages / ".hidden" / "secret.txt").write_bytes(seed_bytes(2))
    records = tmp_path / "records.jsonl"
    write_jsonl(records, [
        {"url": "https://www.kompas.com/read/2024/03/01/1/sepeda", "html": html_page(3)},
        {"text": seed_bytes(2).decode("utf-8")},
    ])
    archive = tmp_path / "crawl.warc.gz"
    offsets = write_warc(archive, [
        warc_record("https://www.tempo.co/read/1/sepeda", html_page(4).encode()),
        warc_record("https://www.tempo.co/read/2/sepeda", html_page(5).encode()),
    ])
    return {"pages": pages, "records": records, "warc": archive, "offsets": offsets, "root": tmp_path}


def test_mixed_inputs_one_line_per_document_with_ids(mixed: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run_cli("pages", "records.jsonl", "crawl.warc.gz", "-o", str(out), "--workers", "2", cwd=mixed["root"])
    assert proc.returncode == 0, proc.stderr
    lines = read_lines(out)
    offsets = mixed["offsets"]
    root = str(mixed["root"])  # (ids are absolute paths)
    expected = {
        os.path.join(root, "pages", "tempo.txt"), os.path.join(root, "pages", "sub", "kontan.txt.gz"),
        os.path.join(root, "pages", "sub", "artikel.html"),
        os.path.join(root, "pages", "sub", "deeper", "artikel.htm.gz"),
        f"{root}/records.jsonl:1", f"{root}/records.jsonl:2", f"{root}/crawl.warc.gz:{offsets[0]}",
        f"{root}/crawl.warc.gz:{offsets[1]}",
    }
    assert {line["input"] for line in lines} == expected
    assert len(lines) == len(expected)
    by_id = {line["input"]: line for line in lines}
    assert by_id[os.path.join(root, "pages", "tempo.txt")]["outlet"] == "tempo"
    assert by_id[os.path.join(root, "pages", "sub", "kontan.txt.gz")]["outlet"] == "kontan"  # gzip read in the worker
    html = by_id[os.path.join(root, "pages", "sub", "artikel.html")]
    assert html["title"].startswith("Jalur Sepeda Baru") and any("Dago" in p for p in html["paragraphs"])
    assert by_id[f"{root}/records.jsonl:1"]["url"] == "https://www.kompas.com/read/2024/03/01/1/sepeda"
    assert by_id[f"{root}/records.jsonl:1"]["outlet"] == "kompas"
    assert by_id[f"{root}/records.jsonl:2"]["outlet"] == "voi"
    assert by_id[f"{root}/crawl.warc.gz:{offsets[1]}"]["url"] == "https://www.tempo.co/read/2/sepeda"
    # Each success line is the contract's Article plus `input`, with `input` first.
    article_keys = list(newsclean.Article().to_dict())
    assert list(by_id[f"{root}/records.jsonl:2"]) == ["input", *article_keys]
    # The summary on stderr counts outlets.
    assert "8 documents" in proc.stderr and "8 cleaned, 0 failed" in proc.stderr
    assert "tempo 3" in proc.stderr and "kompas 1" in proc.stderr


def test_without_output_json_lines_go_to_stdout(mixed: dict[str, object]) -> None:
    proc = run_cli("records.jsonl", "--workers", "1", cwd=mixed["root"])
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    root = mixed["root"]
    assert [line["input"] for line in lines] == [f"{root}/records.jsonl:1", f"{root}/records.jsonl:2"]  # in order


def test_every_error_path_is_one_line_and_nothing_is_dropped(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_bytes(seed_bytes(3))
    (pages / "empty.txt").write_bytes(b"  \n\t\n")
    (pages / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (pages / "furniture.txt").write_text("Beranda\nBaca juga: Harga cabai naik\nBagikan:\n")
    (pages / "broken.txt.gz").write_bytes(gzip.compress(seed_bytes(0))[:200])
    locked = pages / "locked.txt"
    locked.write_bytes(seed_bytes(0))
    locked.chmod(0)
    records = tmp_path / "r.jsonl"
    write_jsonl(records, [
        "{not json",
        [1, 2, 3],
        {"url": "https://www.tempo.co/x", "title": "no page here"},
        "",
        {"html": ""},
        {"text": seed_bytes(4).decode("utf-8"), "url": "https://intisari.grid.id/read/1"},
    ])
    out = tmp_path / "out.jsonl"
    proc = run_cli(str(pages), str(records), str(tmp_path / "missing.txt"), "-o", str(out), "--workers", "2")
    locked.chmod(0o644)
    assert proc.returncode == 1  # some inputs failed; the rest were still cleaned
    by_id = {line["input"]: line for line in read_lines(out)}

    def failure(name: str) -> tuple[str, str]:
        line = by_id[name]
        assert line["error"], line
        return line["stage"], line["reason"]

    assert failure(str(pages / "empty.txt")) == ("clean", "empty")
    assert failure(str(pages / "binary.txt")) == ("clean", "binary")
    assert failure(str(pages / "furniture.txt")) == ("clean", "no_article")
    assert failure(str(pages / "broken.txt.gz")) == ("read", "gzip")
    if os.geteuid() != 0:  # root reads anything
        assert failure(str(pages / "locked.txt")) == ("read", "permission")
    assert failure(str(tmp_path / "missing.txt")) == ("read", "not_found")
    assert failure(f"{records}:1") == ("decode", "bad_json")
    assert failure(f"{records}:2") == ("decode", "bad_record")
    assert failure(f"{records}:3") == ("decode", "no_content")
    assert by_id[f"{records}:3"]["url"] == "https://www.tempo.co/x"  # the URL is kept when known
    assert f"{records}:4" not in by_id  # a blank line is not a record
    assert failure(f"{records}:5") == ("clean", "empty")
    assert by_id[f"{records}:6"]["outlet"] == "intisari"
    assert by_id[str(pages / "good.txt")]["outlet"] == "kompas"
    assert len(by_id) == 6 + 5 + 1
    assert "failures:" in proc.stderr and "decode/bad_json 1" in proc.stderr and "read/not_found 1" in proc.stderr


def test_broken_gzip_and_missing_json_lines_files_are_error_lines(tmp_path: Path) -> None:
    bad_gzip = tmp_path / "bad.jsonl.gz"
    good = gzip.compress((json.dumps({"text": seed_bytes(0).decode()}) + "\n").encode())
    bad_gzip.write_bytes(good + b"\x1f\x8b\x08\x00garbage")
    results = {r.input: r for r in clean_documents(iter_documents([bad_gzip, tmp_path / "nope.jsonl"]), workers=1)}
    assert results[f"{bad_gzip}:1"].outlet == "tempo"
    assert (results[f"{bad_gzip}:2"].stage, results[f"{bad_gzip}:2"].reason) == ("read", "gzip")
    assert (results[f"{tmp_path / 'nope.jsonl'}"].stage, results[f"{tmp_path / 'nope.jsonl'}"].reason) == (
        "read", "not_found")


def test_output_ids_are_stable_across_runs(mixed: dict[str, object], tmp_path: Path) -> None:
    inputs = [mixed["pages"], mixed["records"], mixed["warc"]]
    first = sorted(doc.id for doc in iter_documents(inputs))
    second = sorted(r.input for r in clean_documents(iter_documents(inputs), workers=2))
    assert first == second and len(first) == 8


def test_usage_errors_exit_2(tmp_path: Path, mixed: dict[str, object]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"input": "x"}\n')
    proc = run_cli(str(mixed["pages"]), "-o", str(out))
    assert proc.returncode == 2 and "--resume" in proc.stderr  # an existing output is never overwritten
    assert out.read_text() == '{"input": "x"}\n'
    assert run_cli(str(mixed["pages"]), "--resume").returncode == 2
    proc = run_cli(str(mixed["warc"]), "--outlets", "tempo,nosuch")
    assert proc.returncode == 2 and "nosuch" in proc.stderr
    assert run_cli(str(mixed["pages"]), "--url", "https://www.tempo.co/x").returncode == 2
    assert run_cli(str(mixed["pages"]), "--workers", "-1").returncode == 2
    assert run_cli(str(mixed["pages"]), "--timeout", "5").returncode == 2  # (a request limit: URLs only)
    assert run_cli(str(mixed["pages"]), "--doc-timeout", "0").returncode == 2


def test_forced_outlet_applies_to_every_document(tmp_path: Path) -> None:
    page = tmp_path / "dump.txt"
    page.write_bytes(seed_bytes(3))
    result = clean_document(Document(str(page), path=str(page)), Options(outlet="kompas"))
    assert result.outlet == "kompas"
    forced = clean_document(Document(str(page), path=str(page)), Options(outlet="nosuch"))
    assert (forced.stage, forced.reason) == ("clean", "unknown_outlet")


def test_clean_batch_library_api(mixed: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "lib.jsonl"
    seen: list[str] = []
    summary = newsclean.clean_batch([mixed["pages"], mixed["records"]], out, workers=1,
                                    on_result=lambda r: seen.append(r.input))
    assert summary.cleaned == 6 and summary.failed == 0 and summary.total == 6
    assert summary.outlets["tempo"] == 1 and summary.outlets["kontan"] == 1
    assert sorted(seen) == sorted(line["input"] for line in read_lines(out))
    stream = io.StringIO()
    clean_batch([mixed["records"]], stream, workers=1)
    assert [json.loads(x)["input"] for x in stream.getvalue().splitlines()] == [
        f"{mixed['records']}:1", f"{mixed['records']}:2"]
    with pytest.raises(ValueError, match="resume"):
        clean_batch([mixed["records"]], stream, resume=True)


def test_directory_is_walked_lazily(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"{i:03d}.txt").write_bytes(b"x")
    walker = iter_documents([tmp_path])
    first = next(walker)
    assert first.path is not None and first.data is None  # workers read files, the listing does not
    (tmp_path / "added-late.txt").write_bytes(b"x")  # a lazy walk may still see it; an eager one never would
    assert len(list(walker)) in (29, 30)
    assert count_documents([str(tmp_path)]) == 31
    assert count_documents([str(tmp_path), "x.warc.gz"]) is None  # unknown for WARC and JSON Lines


def test_a_worker_that_dies_costs_only_its_document(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", data=seed_bytes(i)) for i in range(12)]
    docs.insert(5, Document("poison", data=b"CRASH-ME " + seed_bytes(0)))
    results = list(clean_documents(docs, workers=2, chunk_size=4, cleaner=crash_cleaner))
    assert sorted(r.input for r in results) == sorted(d.id for d in docs)
    by_id = {r.input: r for r in results}
    assert (by_id["poison"].stage, by_id["poison"].reason) == ("clean", "crashed")
    assert all(r.ok for r in results if r.input != "poison")


def test_time_limit_per_document() -> None:
    docs = [Document("slow", data=b"SLOW-ME " + seed_bytes(0)), Document("fast", data=seed_bytes(1))]
    # (3 s: the fast page's limit also covers its worker's first import of newsclean, slow on a loaded machine)
    results = {r.input: r for r in clean_documents(docs, workers=2, chunk_size=1, timeout=3, cleaner=slow_cleaner)}
    assert (results["slow"].stage, results["slow"].reason) == ("clean", "timeout")
    assert results["fast"].ok


def test_done_ids_are_exact_and_compact() -> None:
    done = DoneIds()
    for doc_id in ["a.warc.gz:100", "a.warc.gz:7", "b.jsonl:3", "pages/x.txt", "odd:007", "c:12.1"]:
        done.add(doc_id)
    done.freeze()
    assert "a.warc.gz:7" in done and "a.warc.gz:100" in done and "b.jsonl:3" in done
    assert "pages/x.txt" in done and "odd:007" in done and "c:12.1" in done
    assert "a.warc.gz:8" not in done and "b.jsonl:7" not in done and "odd:7" not in done and "c:12" not in done
    assert len(done) == 6


def test_warning_kinds_group_particulars() -> None:
    assert warning_kind("could not parse timestamp '31 Februari 2024'") == "could not parse timestamp"
    assert warning_kind("tempo: no HTML template version matched this page (known: html:2024)") == (
        "no HTML template version matched this page")


def test_summary_counts_failures_by_reason_and_warnings_by_kind() -> None:
    from newsclean.batch import BatchSummary, Result

    summary = BatchSummary(seconds=2.0)
    summary.add(Result("a", "{}", "tempo", warnings=("could not parse timestamp",)))
    summary.add(Result("b", "{}", None))
    summary.add(Result("c", "{}", stage="clean", reason="empty"))
    summary.skipped.update({"done": 4})
    text = summary.format()
    assert "3 documents" in text and "2 cleaned, 1 failed" in text
    assert "tempo 1" in text and "generic 1" in text and "clean/empty 1" in text
    assert "could not parse timestamp 1" in text and "done 4" in text
    assert summary.failures == Counter({"clean/empty": 1})
