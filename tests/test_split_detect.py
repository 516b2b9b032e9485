"""Line splitting and outlet detection against plain reference definitions: the fast paths (no second scan
for spaces at line ends; a signature skipped when a shorter one it holds is missing) change nothing."""

from __future__ import annotations

import random

from conftest import FIXTURES, SEEDS

from newsclean.decode import _ODD_SPACES, _ZERO_WIDTH_MARKS, split_lines
from newsclean.registry import MIN_SCORE, SCAN_HEAD, SCAN_TAIL, _signature_table, detect_outlet, outlets


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


def test_signature_gates_are_held_by_their_prefix_and_looked_for_first() -> None:
    rows = _signature_table()
    prefixes = [row[1] for row in rows]
    gated = [row for row in rows if row[4]]
    assert gated, "some signature prefix holds another (e.g. a longer signature built on a short one)"
    for i, (_, prefix, _, _, gate, gates) in enumerate(rows):
        if gate:
            assert gate in prefix and gate in prefixes[:i]
            assert next(row for row in rows if row[1] == gate)[5], "the gate records when it is missing"
        assert gates == (prefix in [row[4] for row in rows])
    # a gate found in the text but whose own regex fails there does not hide the longer prefix
    prose = "Paragraf pembuka yang cukup panjang untuk dibaca sebagai isi berita."
    for row in gated:
        for blocks in ([prose, row[1]], [prose, row[1], row[1] + " lagi"], [prose, row[4]]):
            found = detect_outlet(blocks)
            assert (found.id if found else None) == _reference_outlet(blocks), blocks


def test_credit_probes_never_hide_a_credit_line() -> None:
    """The cheap test before the credit patterns passes every block some identifying credit opens, and
    spares the patterns ordinary prose."""
    from newsclean.registry import _credit_probes, _may_open_with_credit

    probes = _credit_probes()
    assert probes is not None, "every identifying credit pattern names a string its matches hold"
    credits = [c for o in outlets() for c in o.credits if c.identifies]
    blocks = [b for blocks in _dumps() for b in blocks]
    cities = ["JAKARTA", "Jakarta", "BANDA ACEH", "Kota Bogor", "NEW YORK"]
    openers = ["KOMPAS.com - ", "{city}, KOMPAS.com - ", "TEMPO.CO, {city} - ", "TEMPO.CO - ",
               "KONTAN.CO.ID - {city}. ", "KONTAN.CO.ID - ", "Intisari-Online.com - ", "IntisariOnline.com -- ",
               "ANTARA - {city}. "]
    rest = "Pemerintah daerah mulai membagikan bibit bambu kepada warga bantaran kali pada Senin pagi."
    blocks += [opener.format(city=city) + rest for opener in openers for city in cities]
    opened = 0
    for block in blocks:
        if any(c.regex.match(block) for c in credits):
            opened += 1
            assert _may_open_with_credit(block, probes), block
    assert opened >= len(openers) * len(cities)
    assert not _may_open_with_credit(rest, probes)
