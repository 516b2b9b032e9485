"""The README's ```python examples run as written (from the repository root)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
# Only ```python blocks run; examples that need the network or a cluster are written as ```py.
BLOCKS = re.findall(r"```python\n(.*?)```", (REPO_ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"example{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    cwd = os.getcwd()
    os.chdir(REPO_ROOT)
    try:
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 3


def test_readme_outlet_tables_follow_the_outlet_modules() -> None:
    """The outlets table and the template versions table are what `tools/outlet_tables.py` writes."""
    import sys

    sys.path.insert(0, str(REPO_ROOT / "tools"))
    from outlet_tables import tables

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for table in tables():
        assert table in readme, "README outlet tables are stale: run .venv/bin/python tools/outlet_tables.py --write"
