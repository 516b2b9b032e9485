"""The `newsclean` command, run as a separate process the way users run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO_ROOT, SEEDS

import newsclean

KONTAN = SEEDS / "001_48e581ea9709a196.txt"
VOI = SEEDS / "002_826b45a90dec8776.txt"
TEMPO_FIXTURE = FIXTURES / "tempo" / "surabaya_2024_paywall.txt"
GENERIC_DUMP = (
    "Pemkot Tambah Armada Bus Sekolah Gratis\n\n"
    "Warga di pinggiran kota kini bisa mengantar anaknya ke sekolah dengan bus gratis yang mulai beroperasi "
    "pekan ini, kata kepala dinas perhubungan setempat kepada wartawan.\n\n"
    "Baca juga: Tarif Angkot Naik Mulai Bulan Depan\n\n"
    "Pemerintah kota menyiapkan dua puluh bus dengan rute yang melewati empat puluh sekolah dasar.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True, cwd=REPO_ROOT,
        timeout=120,
    )
    out = subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode("utf-8"),
                                      result.stderr.decode("utf-8"))
    assert "Traceback" not in out.stderr, out.stderr
    return out


def test_plain_output_is_title_blank_line_paragraphs() -> None:
    result = run(str(KONTAN))
    article = newsclean.clean_text(KONTAN.read_bytes())
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout == article.title + "\n\n" + "\n\n".join(article.paragraphs) + "\n"


def test_plain_output_without_title_is_paragraphs_only() -> None:
    result = run(str(VOI))
    article = newsclean.clean_text(VOI.read_bytes())
    assert article.title is None
    assert result.stdout == article.text + "\n"


def test_json_is_one_contract_object() -> None:
    result = run("--json", str(KONTAN))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == {"input": str(KONTAN), **newsclean.clean_text(KONTAN.read_bytes()).to_dict()}


def test_json_lines_for_several_inputs_in_order() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    result = run("--json", *map(str, paths))
    assert result.returncode == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["outlet"] for o in objects] == ["tempo", "kontan", "voi", "kompas", "intisari"]
    assert objects == [{"input": str(p), **newsclean.clean_text(p.read_bytes()).to_dict()} for p in paths]


def test_plain_output_for_several_inputs_names_each() -> None:
    result = run(str(KONTAN), str(VOI))
    assert result.stdout.startswith(f"==> {KONTAN} <==\n")
    assert f"\n\n==> {VOI} <==\n" in result.stdout


def test_stdin_dash() -> None:
    data = TEMPO_FIXTURE.read_bytes()
    from_stdin = run("--json", "-", stdin=data)
    from_file = run("--json", str(TEMPO_FIXTURE))
    assert from_stdin.returncode == 0
    assert json.loads(from_stdin.stdout) == {**json.loads(from_file.stdout), "input": "<stdin>"}


def test_stdin_error_is_named_stdin() -> None:
    result = run("-", stdin=b"   \n")
    assert result.returncode == 1
    assert result.stderr == "newsclean: <stdin>: input is empty (nothing but whitespace)\n"


def test_outlet_option_forces_the_rules() -> None:
    auto = json.loads(run("--json", "-", stdin=GENERIC_DUMP.encode()).stdout)
    forced = json.loads(run("--json", "--outlet", "TEMPO", "-", stdin=GENERIC_DUMP.encode()).stdout)
    assert auto["outlet"] is None and forced["outlet"] == "tempo"


def test_url_option_picks_outlet_from_domain_and_fills_url() -> None:
    url = "https://regional.kompas.com/read/2024/03/27/061600878/banjir-rob"
    data = json.loads(run("--json", "--url", url, "-", stdin=GENERIC_DUMP.encode()).stdout)
    assert data["outlet"] == "kompas" and data["url"] == url
    unknown = json.loads(run("--json", "--url", "https://www.example.org/a", "-", stdin=GENERIC_DUMP.encode()).stdout)
    assert unknown["outlet"] is None and unknown["url"] == "https://www.example.org/a"


def test_explain_lists_each_removed_block_with_kind_and_rule() -> None:
    result = run("--explain", str(TEMPO_FIXTURE))
    article = newsclean.clean_text(TEMPO_FIXTURE.read_bytes())
    body, _, explained = result.stdout.partition(f"--- removed: {len(article.removed)} block(s) ---\n")
    assert body.startswith(article.title + "\n\n") and article.paragraphs[-1] in body
    lines = explained.splitlines()
    assert lines == [f"[{r.kind}/{r.rule}] {r.text}" for r in article.removed]
    assert "[ad/ad_label] Baca berita dengan sedikit iklan, klik di sini" in lines
    assert "[credit/tempo_credit] TEMPO.CO, Surabaya -" in lines


def test_explain_shows_warnings() -> None:
    result = run("--explain", "--outlet", "kompas", str(KONTAN))
    assert "--- warnings ---\nthe dump looks like 'kontan', not 'kompas' as outlet='kompas' says" in result.stdout


def test_outlets_command() -> None:
    result = run("outlets")
    assert result.returncode == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert set(rows) == {o.id for o in newsclean.outlets()} >= {"tempo", "kontan", "kompas", "voi", "intisari"}
    assert "kontan.co.id" in rows["kontan"] and "text:" in rows["tempo"]
    as_json = [json.loads(line) for line in run("outlets", "--json").stdout.splitlines()]
    assert {o["id"] for o in as_json} == set(rows)
    assert all(o["domains"] and o["versions"] and o["name"] for o in as_json)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"newsclean {newsclean.__version__}"


def test_help_lists_the_options() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--json", "--outlet", "--url", "--explain", "--version", "outlets", "Exit status"):
        assert option in result.stdout


def test_missing_file_exit_1_and_the_others_still_printed(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("--json", str(KONTAN), str(missing), str(VOI))
    assert result.returncode == 1
    assert result.stderr == f"newsclean: {missing}: no such file\n"
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == [str(KONTAN), str(missing), str(VOI)]
    assert [line.get("outlet") for line in lines] == ["kontan", None, "voi"]
    assert lines[1] == {"input": str(missing), "error": "no such file", "stage": "read", "reason": "not_found"}


def test_json_failure_of_a_bad_page_is_a_line_with_its_reason(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    result = run("--json", str(empty))
    assert result.returncode == 1 and result.stderr.startswith(f"newsclean: {empty}: ")
    (line,) = [json.loads(text) for text in result.stdout.splitlines()]
    assert line["input"] == str(empty) and line["stage"] == "clean" and line["reason"] == "empty" and line["error"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "no input given"),
        (("--outlet", "nosuchoutlet", "x.txt"), "unknown outlet 'nosuchoutlet'"),
        (("--no-such-option", "x.txt"), "unrecognized arguments"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""


def test_all_inputs_cleaned_exit_0_even_with_warnings() -> None:
    result = run("--json", "--outlet", "voi", str(KONTAN))
    assert result.returncode == 0 and json.loads(result.stdout)["warnings"]


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "newsclean"
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable} (package not installed in this environment)")
    result = subprocess.run([str(script), "--json", str(VOI)], capture_output=True, timeout=120, cwd=REPO_ROOT)
    assert result.returncode == 0 and json.loads(result.stdout)["outlet"] == "voi"
