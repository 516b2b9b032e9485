"""Shared test helpers. Other test modules import these names; keep them small and stable.

- `REPO_ROOT`: the repository checkout.
- `SHARED`: ``../shared`` beside the checkout (the maintainers' evaluation material, absent on
  most machines); `CORPUS`: ``../shared/corpus``.
- `corpus_dir` (alias `shared_corpus`): a fixture giving `CORPUS`, or skipping the test with a
  message when it is absent. Nothing from there is ever copied into the repository.
- `fresh_robots_cache`: no robots.txt answer cached by an earlier test, before or after this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT: Path = Path(__file__).resolve().parent.parent
SHARED: Path = REPO_ROOT.parent / "shared"
CORPUS: Path = SHARED / "corpus"
FIXTURES: Path = REPO_ROOT / "fixtures"
SEEDS: Path = REPO_ROOT / "seeds"


def dump_blocks() -> list[str]:
    """Every distinct non-empty block of the fixture and seed dumps (the bad-input fixtures have none)."""
    from newsclean.read.decode import split_lines, to_text

    blocks: set[str] = set()
    for path in sorted(FIXTURES.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt")):
        try:
            blocks.update(b for b in split_lines(to_text(path.read_bytes())) if b)
        except Exception:  # noqa: BLE001 - fixtures of bad input have no blocks to offer
            continue
    return sorted(blocks)


def require_corpus() -> Path:
    """`CORPUS`, or skip the calling test with a message saying where it was looked for."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared evaluation corpus not found at {CORPUS} (only the maintainers' machines and CI have it)")
    return CORPUS


@pytest.fixture
def corpus_dir() -> Path:
    """The shared evaluation corpus (``../shared/corpus``); skips the test when it is absent."""
    return require_corpus()


@pytest.fixture
def shared_corpus() -> Path:
    """Alias of `corpus_dir`."""
    return require_corpus()


@pytest.fixture
def fresh_robots_cache() -> Iterator[None]:
    """The fetch tests' robots.txt cache emptied before and after the test."""
    from newsclean.fetching import clear_robots_cache

    clear_robots_cache()
    yield
    clear_robots_cache()


def assert_cleaned_as_itself(article: Any, natural: Any, named: str) -> None:
    """Issue #12: a page or dump named as another outlet's (`outlet=` / `url=`) is cleaned as its own
    outlet's, exactly as without the name, and a warning says so."""
    assert article.outlet == natural.outlet != named
    assert article.to_dict() | {"warnings": []} == natural.to_dict() | {"warnings": [], "url": article.url}
    assert any(f"not {named!r} as " in w for w in article.warnings), article.warnings
