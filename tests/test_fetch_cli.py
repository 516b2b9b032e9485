"""`newsclean URL ...` / `--input-file`: output lines, failure lines, exit codes (local servers only)."""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_server import FaultServer, Reply, kompas_like, page, sequence, serving

from newsclean.cli.main import main

cli_fetch = importlib.import_module("newsclean.cli.fetch")


@pytest.fixture(autouse=True)
def _fast_cli(monkeypatch: pytest.MonkeyPatch, fresh_robots_cache: None) -> None:
    """The command's own defaults, minus the one-second spacing and the long backoff."""
    monkeypatch.setattr(cli_fetch, "DEFAULTS", dataclasses.replace(cli_fetch.DEFAULTS, min_delay=0.0, backoff=0.01,
                                                                  backoff_max=0.05))


@pytest.fixture
def server() -> Iterator[FaultServer]:
    routes = {"/a": page(kompas_like()), "/b": page(kompas_like("Judul Kedua", canonical="")),
              "/404": sequence(Reply(404)), "/rahasia/x": page(kompas_like())}
    with serving(routes, robots="User-agent: *\nDisallow: /rahasia/\n") as srv:
        yield srv


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_one_url_prints_plain_text(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([server.url("/a")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu\n\n")
    assert "bibit bambu" in out and not out.lstrip().startswith("{")


def test_one_url_with_json(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", server.url("/a")]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert record["outlet"] == "kompas" and record["paragraphs"]


def test_many_urls_json_lines_with_failure_lines_and_exit_1(server: FaultServer,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    urls = [server.url("/a"), server.url("/404"), server.url("/b"), server.url("/rahasia/x"), "ftp://example.com/x"]
    assert main(urls) == 1
    captured = capsys.readouterr()
    records = _lines(captured.out)
    assert len(records) == 5
    failures = {r["url"]: r for r in records if "error" in r}
    assert set(failures) == {server.url("/404"), server.url("/rahasia/x"), "ftp://example.com/x"}
    assert failures[server.url("/404")]["stage"] == "http" and failures[server.url("/404")]["status"] == 404
    assert failures[server.url("/rahasia/x")]["stage"] == "robots"
    assert failures["ftp://example.com/x"]["stage"] == "url"
    assert sorted(r["title"] for r in records if "title" in r) == [
        "Judul Kedua", "Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu"]
    assert "3 of 5" in captured.err


def test_all_ok_exits_0(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([server.url("/a"), server.url("/b")]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2


def test_single_failing_url_plain_mode(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([server.url("/404")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == f"newsclean: {server.url('/404')}: HTTP 404 Not Found"


def test_no_robots_flag(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-robots", "--json", server.url("/rahasia/x")]) == 0
    assert server.seen("/robots.txt") == []


def test_input_file_skips_blank_lines_and_comments(server: FaultServer, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# berita hari ini\n\n{server.url('/a')}\n   \n{server.url('/b')}\n# selesai\n", "utf-8")
    assert main(["--input-file", str(listing)]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2
    assert len(server.seen("/a")) == 1 and len(server.seen("/b")) == 1


def test_input_file_from_stdin(server: FaultServer, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{server.url('/a')}\n{server.url('/404')}\n"))
    assert main(["--input-file", "-"]) == 1
    records = _lines(capsys.readouterr().out)
    assert [r.get("status") for r in records if "error" in r] == [404]


def test_output_file(server: FaultServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hasil.jsonl"
    assert main(["-o", str(out), server.url("/a")]) == 0
    assert capsys.readouterr().out == ""
    (record,) = _lines(out.read_text("utf-8"))
    assert record["outlet"] == "kompas"


def test_files_given_with_urls_are_cleaned_too(server: FaultServer, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "halaman.html"
    saved.write_text(kompas_like("Halaman Tersimpan"), "utf-8")
    assert main([str(saved), server.url("/b"), str(tmp_path / "tidak-ada.html")]) == 1
    records = _lines(capsys.readouterr().out)
    assert sorted(r.get("title", "") for r in records) == ["", "Halaman Tersimpan", "Judul Kedua"]
    (missing,) = [r for r in records if "error" in r]
    assert missing["input"].endswith("tidak-ada.html") and missing["error"] == "no such file"


def test_flags_reach_the_fetcher(server: FaultServer, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    real = cli_fetch.fetch_many

    def spy(urls: list[str], **kwargs: object) -> object:
        seen.update(dataclasses.asdict(kwargs["settings"]))  # type: ignore[call-overload]
        return real(urls, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_fetch, "fetch_many", spy)
    argv = ["--concurrency", "3", "--per-host", "1", "--timeout", "7.5", "--retries", "0", "--no-robots",
            server.url("/a"), server.url("/b")]
    assert main(argv) == 0
    assert (seen["concurrency"], seen["per_host"], seen["timeout"], seen["retries"], seen["respect_robots"]) == \
        (3, 1, 7.5, 0, False)


def test_timeout_is_the_request_limit_and_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One meaning per flag: --timeout sets FetchSettings.timeout; the other settings, and the cleaning
    of files given with the URLs, are untouched by it."""
    args = _args(timeout=7.5, concurrency=None, per_host=None, retries=None, outlet=None)
    assert cli_fetch.settings_from(args) == dataclasses.replace(cli_fetch.DEFAULTS, timeout=7.5)
    saved = tmp_path / "halaman.html"
    saved.write_text(kompas_like("Halaman Tersimpan"), "utf-8")
    cleaned: list[dict[str, object]] = []
    real = cli_fetch.clean

    def spy(data: bytes, **kwargs: object) -> object:
        cleaned.append(kwargs)
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_fetch, "clean", spy)
    with serving({"/lambat": page(kompas_like(), delay=2.0)}) as slow:
        assert main(["--timeout", "0.3", "--retries", "0", str(saved), slow.url("/lambat")]) == 1  # times out...
    records = _lines(capsys.readouterr().out)
    assert sorted(r.get("reason", "ok") for r in records) == ["ok", "timeout"]  # ...the file is cleaned
    assert cleaned and all("timeout" not in kwargs for kwargs in cleaned)


def test_workers_clean_in_processes(server: FaultServer, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[object] = []
    real = cli_fetch._cleaning_pool

    def spy(workers: int) -> object:
        pools.append(workers)
        return real(workers)

    monkeypatch.setattr(cli_fetch, "_cleaning_pool", spy)
    assert main(["--workers", "1", server.url("/a"), server.url("/b")]) == 0
    assert pools == [1]
    assert len(_lines(capsys.readouterr().out)) == 2
    assert cli_fetch._workers(_args(), 3) == 0  # few URLs: threads
    assert cli_fetch._workers(_args(), cli_fetch.PROCESSES_FROM) >= 1  # many: processes


def _args(**values: object) -> object:
    import argparse

    return argparse.Namespace(**{"workers": None, **values})


@pytest.mark.parametrize("argv", [["--concurrency", "0"], ["--per-host", "0"], ["--timeout", "0"],
                                  ["--retries", "-1"], ["--outlet", "koran-antah"], ["--input-file", "/tidak/ada"],
                                  ["--workers", "-1"], ["--resume"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "http://127.0.0.1:9/x"]) == 2
    assert capsys.readouterr().err.startswith("newsclean: ")


def test_progress_bar_only_on_a_terminal(server: FaultServer, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main([server.url("/a"), server.url("/b")]) == 0
    assert "pages" not in capsys.readouterr().err  # not a terminal: quiet

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main([server.url("/a"), server.url("/b")]) == 0
    assert "2/2 pages" in terminal.getvalue()


def test_a_lone_non_http_url_is_refused_as_such_not_as_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ftp://example.com/berita"]) == 1
    err = capsys.readouterr().err
    assert "only http and https" in err and "no such file" not in err
