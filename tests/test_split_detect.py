"""Line splitting and outlet detection against plain reference definitions: the fast paths (no second scan
for spaces at line ends; a signature skipped when a shorter one it holds is missing) change nothing."""

from __future__ import annotations

import random

from conftest import FIXTURES, SEEDS

from newsclean.engine.registry import MIN_SCORE, SCAN_HEAD, SCAN_TAIL, detect_outlet, outlets
from newsclean.read.decode import _ODD_SPACES, _ZERO_WIDTH_MARKS, split_lines


def _reference_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in (*_ZERO_WIDTH_MARKS, "\ufeff"):
        text = text.replace(mark, "")
    if any(space in text for space in _ODD_SPACES):
        return [" ".join(line.split()) for line in text.split("\n")]
    return [" ".join(filter(None, line.split(" "))) for line in text.split("\n")]


def test_split_lines_folds_and_strips_as_defined() -> None:
    rng = random.Random(7)
    alphabet = [" ", " ", " ", "a", "b", "\n", "\r", "é", "\u201c", "\t", "\u200b", "\u2000", "\ufeff", "\u00a0"]
    texts = [" a\nb \n  c  d  \n", "a\n b", "a \nb", "a\r\n b \r c", " \u201ca\u201d  b ", "plain\nlines\n"]
    for _ in range(4000):
        letters = alphabet[: rng.choice((6, 8, len(alphabet)))]  # ASCII only, plain spaces only, anything
        texts.append("".join(rng.choice(letters) for _ in range(rng.randint(0, 30))))
    for text in texts:
        assert split_lines(text) == _reference_lines(text), repr(text)
    assert split_lines("  Judul  berita \n isi  ") == ["Judul berita", "isi"]


def _reference_outlet(blocks: list[str]) -> str | None:
    """Every signature's full regex searched over the scanned blocks, then credits as detect_outlet does."""
    scan = blocks if len(blocks) <= SCAN_HEAD + SCAN_TAIL else blocks[:SCAN_HEAD] + blocks[-SCAN_TAIL:]
    joined = "\n".join(scan)
    scores = {o.id: sum(s.weight for s in o.signatures if s.regex.search(joined)) for o in outlets()}

    def settled() -> bool:
        top = sorted(scores.values(), reverse=True) + [0, 0]
        return top[0] >= MIN_SCORE and top[0] > top[1]

    if not settled():
        paragraphs = [b for b in scan[:SCAN_HEAD] if len(b) >= 30]
        for outlet in outlets():
            if any(c.regex.match(b) for c in outlet.credits if c.identifies for b in paragraphs):
                scores[outlet.id] += 2
        if not settled():
            return None
    return max(outlets(), key=lambda o: scores[o.id]).id


def _dumps() -> list[list[str]]:
    dumps = []
    for path in sorted(FIXTURES.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt")):
        text = path.read_bytes().decode("utf-8", "replace")
        dumps.append([line for line in split_lines(text) if line])
    return dumps


def test_detect_outlet_matches_the_plain_definition() -> None:
    signature_lines = [s.pattern.replace("\\", "").replace("\n", "") for o in outlets() for s in o.signatures]
    cases = _dumps()
    rng = random.Random(3)
    for blocks in list(cases):
        # signatures moved between dumps, and dumps without their own: scores rise, fall and tie
        cases.append(blocks + rng.sample(signature_lines, 3))
        cases.append([b for b in blocks if not any(p in b for p in ("Inti", "KOMPAS", "TEMPO", "Bagikan"))] or ["x"])
    for blocks in cases:
        found = detect_outlet(blocks)
        assert (found.id if found else None) == _reference_outlet(blocks), blocks[:3]
