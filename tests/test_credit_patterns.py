"""Credit lines whose city words are possessive (``[\\w.]*+``, ``{0,2}+``, never giving characters back,
which saves time on every block that is no credit line) match exactly what the same patterns with
ordinary, backtracking quantifiers match: on every fixture and seed block and on generated lines."""

from __future__ import annotations

import random
import re

from conftest import dump_blocks

from newsclean.engine.boilerplate import GENERIC_CREDITS
from newsclean.engine.registry import outlets

CREDITS = GENERIC_CREDITS + tuple(credit for outlet in outlets() for credit in outlet.credits)
POSSESSIVE = [credit for credit in CREDITS if re.search(r"[*+}]\+", credit.pattern)]


def _backtracking(pattern: str) -> str:
    return re.sub(r"([*+}])\+", r"\1", pattern)


def _lines() -> list[str]:
    lines = set(dump_blocks())
    words = ["JAKARTA", "Jakarta", "BANDA ACEH", "Kota Baru", "St. Louis", "NEW YORK", "IHSG", "A", "AB", "x",
             "CNN Indonesia", "(ANTARA)", "(Reuters/Dewi)", "Liputan6.com,", "KONTAN.CO.ID", "-", "–", "—", ",",
             ".", "Harga", "naik", "\"Kami", "“Ini", "'Ya", "tirto.id", "2024"]
    rng = random.Random(7)
    for _ in range(4000):
        lines.add(" ".join(rng.choice(words) for _ in range(rng.randint(1, 7))).replace(" ,", ","))
    return sorted(lines)


def test_some_credit_patterns_are_possessive() -> None:
    assert {c.name for c in POSSESSIVE} >= {"city_outlet", "city_agency", "outlet_city", "upper_city"}


def test_possessive_city_words_match_as_backtracking_ones_do() -> None:
    lines = _lines()
    for credit in POSSESSIVE:
        plain = re.compile(_backtracking(credit.pattern), credit.flags)
        for line in lines:
            ours, theirs = credit.regex.match(line), plain.match(line)
            assert (ours and (ours.span(), ours.groupdict())) == (theirs and (theirs.span(), theirs.groupdict())), (
                credit.name, line)
