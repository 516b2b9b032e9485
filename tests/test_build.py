"""The installed build: pure Python, so that the source in the tree is the code that runs."""

from __future__ import annotations

import re
import tomllib

from conftest import REPO_ROOT

import newsclean


def test_build_requirements_need_no_compiler_toolchain() -> None:
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    requires = re.search(r"^requires = \[(.*)\]$", pyproject, re.MULTILINE)
    assert requires and "mypy" not in requires.group(1) and '"setuptools>=77"' in requires.group(1)
    assert not (REPO_ROOT / "setup.py").exists(), "no build step beyond pyproject.toml"


def test_every_module_runs_from_its_source() -> None:
    package = REPO_ROOT / "newsclean"
    assert not list(package.rglob("*.so")), "an extension beside a source would be imported instead of it"
    assert newsclean.__file__ and newsclean.__file__.endswith(".py")


def test_every_subpackage_is_installed() -> None:
    """The wheel holds what pyproject lists: a subpackage missing there is missing after `pip install .`."""
    listed = set(tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO_ROOT).parts) for p in (REPO_ROOT / "newsclean").rglob("__init__.py")}
    assert found | {"newsclean.site_rules"} == listed
