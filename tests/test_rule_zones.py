"""How DocumentRules finds a block's rule: a block asked about in both zones gets, in each, the rule a fresh
question in that zone gives (the answer carried over from the other zone must not leak a zone's own
rules); named groups read off the one alternation match; the literals of probed rules found per block."""

from __future__ import annotations

import itertools
import random

import pytest
from conftest import dump_blocks

from newsclean.classify import RuleSet, ruleset_for
from newsclean.literals import LiteralScan
from newsclean.registry import outlets
from newsclean.rules import Outlet, Rule

OUTLET = Outlet(
    id="zonetest", name="Zone test", domains=("zonetest.example",),
    rules=(
        Rule("header_only", "other", r"Nasional.*", where="header"),
        Rule("body_only", "other", r"Nasional|Foto: .{1,80}", where="body"),
        Rule("header_probed", "other", r".{0,60}?- detikNews", where="header", contains=("detik",)),
        Rule("anywhere", "navigation", r"Nasional(?: \w+)?|Foto: .{1,80}"),
    ),
)
BLOCKS = ["Nasional", "Nasional Hukum", "Foto: warga antre", "Budi Santoso - detikNews", "Cerita biasa saja."]


@pytest.mark.parametrize("order", list(itertools.permutations(["header", "body"])))
def test_answer_in_each_zone_is_the_fresh_one(order: tuple[str, str]) -> None:
    rules = RuleSet(OUTLET)
    for index, text in enumerate(BLOCKS):
        doc = rules.for_document(BLOCKS)
        for zone in order:  # the second zone's answer is derived from the first's
            got = doc.match(index, text, zone)
            fresh = rules.for_document(BLOCKS).match(index, text, zone)
            assert (got and got[0].name, got and got[1]) == (fresh and fresh[0].name, fresh and fresh[1])


def test_zone_rules_do_apply() -> None:
    doc = RuleSet(OUTLET).for_document(BLOCKS)
    assert [doc.match(0, BLOCKS[0], zone)[0].name for zone in ("header", "body")] == ["header_only", "body_only"]
    assert [doc.match(3, BLOCKS[3], zone) is not None for zone in ("header", "body")] == [True, False]
    assert doc.match(1, BLOCKS[1], "body")[0].name == "anywhere"


GROUPED = Outlet(
    id="groupstest", name="Groups test", domains=("groupstest.example",),
    rules=(
        # groups before and around the one that matches shift its group numbers inside the alternation
        Rule("stamp", "date", r"(?P<date>\d{2}/\d{2}/\d{4})(?: (?P<source>WIB|WITA))?"),
        Rule("pair", "byline", r"(Reporter|Penulis): (?P<authors>[^|]+?)(?: \| (?:Editor): (?P<editor>.+))?"),
        Rule("caption", "caption", r"(?P<caption>.{5,80}?) \((?:Foto|Dok)\)"),
    ),
)


@pytest.mark.parametrize("text", [
    "17/05/2018 WIB", "17/05/2018", "Reporter: Dina | Editor: Budi", "Penulis: Dina", "Warga antre beras (Foto)",
])
def test_named_groups_are_the_rules_own(text: str) -> None:
    """A rule's named groups read off the block's one alternation match equal its own regex's."""
    rules = RuleSet(GROUPED)
    got = rules.for_document([text]).match(0, text, "body")
    assert got is not None
    own = got[0].regex.fullmatch(text)
    assert own is not None and got[1] == own.groupdict()


@pytest.mark.parametrize("literals", [
    sorted({w for outlet in (None, *outlets()) for w in ruleset_for(outlet)._scan.literals}),
    ["(Baca", "( Baca", "((", "a/b", "//", "/", "[x]", "x]", "|", "||", "Telegram", "detik", "dok.", "Dok."],
])
def test_literal_scan_finds_what_substring_tests_find(literals: list[str]) -> None:
    """Every block holding a literal, and no other, whichever way the literal is looked for (from a rare
    character it holds, or on its own)."""
    rng = random.Random(5)
    blocks = dump_blocks()
    pieces = [*literals, "(", "[", "/", "|", " ", "a", "b", "x", "Baca", "Tele"]
    blocks += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    rng.shuffle(blocks)
    scan = LiteralScan(literals)
    for size in (1, 7, 40):
        for first in range(0, len(blocks), size * 13):
            document = blocks[first:first + size]
            expected = {w: {b for b, block in enumerate(document) if w in block} for w in literals}
            assert scan.find(document) == {w: where for w, where in expected.items() if where}
