"""Resume: torn lines, skipping finished inputs, and a real SIGKILL mid-run followed by --resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psutil
import pytest
from test_batch_support import REPO, read_lines, run_cli, seed_bytes, write_jsonl

from newsclean.batch import load_done, truncate_torn_line


def test_truncate_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"input": "a"}\n{"input": "b"}\n{"input": "c", "ti')
    assert truncate_torn_line(str(out)) == len(b'{"input": "c", "ti')
    assert out.read_bytes() == b'{"input": "a"}\n{"input": "b"}\n'
    assert truncate_torn_line(str(out)) == 0
    out.write_bytes(b'{"inp')
    truncate_torn_line(str(out))
    assert out.read_bytes() == b""


def test_load_done_reads_ids_of_successes_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(
        json.dumps({"input": "pages/a \"quoted\".txt", "outlet": "tempo"}) + "\n"
        + json.dumps({"input": "r.jsonl:12", "error": "x", "stage": "decode", "reason": "bad_json"}) + "\n"
        + json.dumps({"outlet": "kompas", "input": "w.warc.gz:4096"}) + "\n"  # input not first: slow path
        + '{"input": "torn'
    )
    done = load_done(str(out))
    assert 'pages/a "quoted".txt' in done and "r.jsonl:12" in done and "w.warc.gz:4096" in done
    assert "r.jsonl:1" not in done and len(done) == 3
    assert out.read_text().endswith("}\n")


def test_resume_skips_done_inputs_and_appends_the_rest(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    write_jsonl(records, [{"text": seed_bytes(i).decode()} for i in range(5)])
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"input": f"{records}:2", "outlet": "kontan"}) + "\n" + '{"input": "' + f"{records}:3")
    proc = run_cli(str(records), "-o", str(out), "--resume", "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    ids = [line["input"] for line in read_lines(out)]
    assert ids[0] == f"{records}:2" and sorted(ids) == sorted(f"{records}:{n}" for n in range(1, 6))
    assert "done 1" in proc.stderr  # skipped: already in the output
    again = run_cli(str(records), "-o", str(out), "--resume")
    assert again.returncode == 0 and len(read_lines(out)) == 5  # nothing left to do, nothing added


def test_resume_from_another_directory_writes_nothing_twice(tmp_path: Path) -> None:
    """Ids are absolute paths: the same pages named relative to two working directories are one set."""
    pages = tmp_path / "crawl" / "pages"
    pages.mkdir(parents=True)
    for i in range(5):
        (pages / f"{i}.txt").write_bytes(seed_bytes(i))
    out = tmp_path / "out.jsonl"
    first = run_cli("pages", "-o", str(out), "--workers", "0", cwd=tmp_path / "crawl")
    assert first.returncode == 0, first.stderr
    assert {line["input"] for line in read_lines(out)} == {str(pages / f"{i}.txt") for i in range(5)}
    (pages / "5.txt").write_bytes(seed_bytes(0))
    again = run_cli("crawl/pages", "-o", str(out), "--resume", "--workers", "0", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    ids = [line["input"] for line in read_lines(out)]
    assert len(ids) == 6 and ids[-1] == str(pages / "5.txt")  # only the new page was cleaned


@pytest.mark.timeout(240)
def test_sigkill_mid_run_then_resume_gives_every_input_exactly_once(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    count = 2000
    for i in range(count):
        (pages / f"{i:05d}.txt").write_bytes(seed_bytes(i))
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "newsclean.cli", str(pages), "-o", str(out), "--workers", "2"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 100:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run finished before it could be killed; the test needs more inputs"
    helpers = psutil.Process(proc.pid).children(recursive=True)  # forkserver, workers, resource tracker
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # The workers notice their parent is gone and leave: no orphans cleaning into the void.
    gone, alive = psutil.wait_procs(helpers, timeout=20)
    assert not alive, alive
    written = out.read_bytes().count(b"\n")
    assert 100 <= written < count
    # As if the kill had landed in the middle of a write: a torn last line.
    with open(out, "ab") as handle:
        handle.write(b'{"input": "' + str(pages / "99999.txt").encode() + b'", "outlet": "tem')
    resumed = run_cli(str(pages), "-o", str(out), "--resume", "--workers", "2", timeout=200)
    assert resumed.returncode == 0, resumed.stderr
    lines = read_lines(out)  # every line parses: the torn one is gone
    ids = Counter(line["input"] for line in lines)
    assert set(ids) == {str(pages / f"{i:05d}.txt") for i in range(count)}
    assert max(ids.values()) == 1
    assert all(line.get("outlet") for line in lines)
    assert f"done {written}" in resumed.stderr
