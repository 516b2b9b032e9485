"""The installed build: the engine's hot modules are the mypyc-compiled ones (unless the install was
asked to stay pure Python), and never older than their source."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
from conftest import REPO_ROOT

COMPILED = re.findall(r'^\s*"(newsclean/\w+\.py)",$', (REPO_ROOT / "setup.py").read_text(), re.MULTILINE)


def test_setup_lists_the_compiled_modules() -> None:
    assert "newsclean/classify.py" in COMPILED and len(COMPILED) >= 5
    assert all((REPO_ROOT / path).is_file() for path in COMPILED)


@pytest.mark.parametrize("path", COMPILED)
def test_compiled_module_is_in_use_and_current(path: str) -> None:
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    source = REPO_ROOT / path
    loaded = Path(module.__file__ or "")
    if os.environ.get("NEWSCLEAN_PURE_PYTHON"):
        pytest.skip("installed as pure Python (NEWSCLEAN_PURE_PYTHON)")
    assert loaded.suffix == ".so", f"{path} runs as Python source: the mypyc build did not happen"
    if loaded.parent == source.parent:  # an editable install: the extension sits beside its source
        assert loaded.stat().st_mtime >= source.stat().st_mtime, (
            f"{path} changed after it was compiled: rebuild with `make test` (or `pip install -e .`)")
