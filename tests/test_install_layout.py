"""newsclean beside a user's own files: a `site_rules/` package of theirs and an output folder named
`newsclean/` in the working directory must change nothing (the outlet modules install as
`newsclean.site_rules`; a folder without `__init__.py` never stands in for the installed package)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT

SEED = sorted((REPO_ROOT / "seeds").glob("*.txt"))[0]  # (the Tempo seed)
CONSOLE = Path(sys.executable).parent / "newsclean"


@pytest.fixture
def crowded(tmp_path: Path) -> Path:
    """A working directory holding what users keep: their own site_rules package and a newsclean/ folder."""
    (tmp_path / "site_rules").mkdir()
    (tmp_path / "site_rules" / "__init__.py").write_text("raise ImportError('the user rules, not newsclean')\n")
    (tmp_path / "site_rules" / "tempo.py").write_text("OUTLET = None\n")
    (tmp_path / "newsclean").mkdir()
    (tmp_path / "newsclean" / "out.jsonl").write_text("")
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        shutil.copy(SEED, pages / f"{i}.txt")
    return tmp_path


def test_the_api_ignores_the_working_directory(crowded: Path) -> None:
    code = f"import newsclean; a = newsclean.clean_text(open({str(SEED)!r}, 'rb').read()); print(a.outlet, a.title)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=crowded, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("tempo "), proc.stdout


@pytest.mark.parametrize("command", [[str(CONSOLE)], [sys.executable, "-m", "newsclean.cli"]], ids=["script", "-m"])
def test_two_workers_clean_every_document(crowded: Path, command: list[str]) -> None:
    if command[0] == str(CONSOLE) and not CONSOLE.exists():
        pytest.skip(f"no console script at {CONSOLE} (newsclean is not installed in this environment)")
    out = crowded / "newsclean" / "pages.jsonl"
    proc = subprocess.run([*command, "pages", "-o", str(out), "--workers", "2"], cwd=crowded,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 4
    assert all("error" not in r and r["outlet"] == "tempo" for r in records), records
