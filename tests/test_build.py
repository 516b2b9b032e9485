"""The installed build: pure Python by default, so that the source in the tree is the code that runs.

The opt-in mypyc build (`NEWSCLEAN_MYPYC=1`, see setup.py) compiles the modules setup.py lists; then
each extension must be in use and never older than its source."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
from conftest import REPO_ROOT

COMPILED = re.findall(r'^\s*"(newsclean/\w+\.py)",$', (REPO_ROOT / "setup.py").read_text(), re.MULTILINE)
MYPYC = bool(os.environ.get("NEWSCLEAN_MYPYC"))


def test_setup_lists_the_compiled_modules() -> None:
    assert "newsclean/classify.py" in COMPILED and len(COMPILED) >= 5
    assert all((REPO_ROOT / path).is_file() for path in COMPILED)


def test_build_requirements_need_no_compiler_toolchain() -> None:
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    requires = re.search(r"^requires = \[(.*)\]$", pyproject, re.MULTILINE)
    assert requires and "mypy" not in requires.group(1) and '"setuptools>=77"' in requires.group(1)


@pytest.mark.parametrize("path", COMPILED)
def test_module_runs_from_its_source_unless_mypyc_was_asked_for(path: str) -> None:
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    source = REPO_ROOT / path
    loaded = Path(module.__file__ or "")
    if not MYPYC:
        assert loaded.suffix == ".py", f"{path} runs from {loaded.name}, not its source: a stale extension?"
        assert not list(source.parent.glob(f"{source.stem}.*.so")), f"a stale extension sits beside {path}"
        return
    assert loaded.suffix == ".so", f"{path} runs as Python source: the mypyc build did not happen"
    if loaded.parent == source.parent:  # an editable install: the extension sits beside its source
        assert loaded.stat().st_mtime >= source.stat().st_mtime, (
            f"{path} changed after it was compiled: rebuild with `NEWSCLEAN_MYPYC=1 pip install -e .`")
