"""The five seed dumps: equal to the maintainers' gold on every field it holds, in every encoding.

The gold files live outside the repository (`../shared/corpus/seeds/NAME.json`) and are read in
place; the comparison is skipped with a message where they are absent. The encoding and
line-ending checks need nothing but the repository's own `seeds/`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, require_corpus

import newsclean

SEED_FILES = sorted(SEEDS.glob("*.txt"))
IDS = [p.stem for p in SEED_FILES]


def test_five_seeds_present() -> None:
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("seed", SEED_FILES, ids=IDS)
def test_seed_matches_gold(seed: Path) -> None:
    gold_file = require_corpus() / "seeds" / f"{seed.stem}.json"
    if not gold_file.exists():
        pytest.skip(f"no gold file {gold_file}")
    gold = json.loads(gold_file.read_text("utf-8"))
    got = newsclean.clean_text(seed.read_bytes()).to_dict()
    for key, value in gold.items():
        assert got[key] == value, f"{seed.name}: field {key!r} differs from the gold"


@pytest.mark.parametrize("seed", SEED_FILES, ids=IDS)
def test_seed_same_result_in_every_encoding_and_line_ending(seed: Path) -> None:
    raw = seed.read_bytes()
    plain = newsclean.clean_text(raw).to_dict()
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    variants = {
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "utf-8-bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf-8-bom-crlf": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
        "str": text,
    }
    try:
        variants["cp1252-crlf"] = text.replace("\n", "\r\n").encode("cp1252")
    except UnicodeEncodeError:
        pass  # this seed holds a character cp1252 has no byte for
    for name, data in variants.items():
        assert newsclean.clean_text(data).to_dict() == plain, f"{seed.name} as {name} gives another result"


def test_some_seeds_are_representable_in_cp1252() -> None:
    """Guard for the test above: the cp1252 variant is really exercised, not always skipped."""
    representable = 0
    for seed in SEED_FILES:
        try:
            seed.read_bytes().decode("utf-8").encode("cp1252")
            representable += 1
        except UnicodeEncodeError:
            pass
    assert representable >= 3


def test_seed_in_repo_is_the_shared_seed() -> None:
    """`seeds/` are the corpus's seed dumps, byte for byte (the project may keep these five)."""
    shared = require_corpus() / "seeds"
    for seed in SEED_FILES:
        assert (shared / seed.name).read_bytes() == seed.read_bytes()
