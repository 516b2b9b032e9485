"""How RuleSet finds a block's rule: the zone's own rules apply, named groups read off the one alternation
match are the rule's own, and the answer is the one trying every rule in declaration order gives."""

from __future__ import annotations

import random

import pytest
from conftest import dump_blocks

from newsclean.engine.registry import outlets
from newsclean.engine.ruleset import RuleSet, ruleset_for
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


def test_zone_rules_do_apply() -> None:
    rules = RuleSet(OUTLET)
    assert [rules.match(BLOCKS[0], zone)[0].name for zone in ("header", "body")] == ["header_only", "body_only"]
    assert [rules.match(BLOCKS[3], zone) is not None for zone in ("header", "body")] == [True, False]
    assert rules.match(BLOCKS[1], "body")[0].name == "anywhere"


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
    got = rules.match(text, "body")
    assert got is not None
    own = got[0].regex.fullmatch(text)
    assert own is not None and got[1] == own.groupdict()


def _one_by_one(rules: RuleSet, text: str, zone: str) -> tuple[str, dict[str, str | None]] | None:
    """What trying every rule in declaration order gives: the first whose limits, probe and pattern hold."""
    for rule in rules.rules:
        if rule.where not in ("any", zone) or (rule.max_len is not None and len(text) > rule.max_len):
            continue
        if rule.probed and not rule.probe(text):
            continue
        m = rule.regex.fullmatch(text)
        if m:
            return rule.name, m.groupdict()
    return None


@pytest.mark.parametrize("outlet", [None, *outlets()], ids=lambda o: o.id if o else "generic")
def test_match_is_the_first_rule_in_declaration_order(outlet: Outlet | None) -> None:
    """The alternations and probes change how fast a rule is found, never which one."""
    rules = ruleset_for(outlet)
    rng = random.Random(7)
    blocks = dump_blocks()
    blocks += [" ".join(rng.sample(blocks, 2))[:rng.randint(5, 400)] for _ in range(300)]
    for text in blocks:
        for zone in ("header", "body"):
            got = rules.match(text, zone)
            assert (got and (got[0].name, got[1])) == _one_by_one(rules, text, zone), (text, zone)
