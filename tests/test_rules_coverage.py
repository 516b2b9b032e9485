"""Every declared rule earns its place: each Rule, Trim and Credit of `site_rules/*.py` and of
`newsclean.engine.boilerplate` fires in at least one dump fixture's expected `removed`.

`removed` names the rule that took each block, so a rule that fires in a fixture is a rule whose
removal makes that fixture fail: this is "every rule has a fixture that fails without it". An
outlet's own rules must fire in that outlet's fixtures; shared ones anywhere. A rule with no such
fixture is either untested or pointless: write the fixture, or delete the rule.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import FIXTURES

from newsclean.engine import boilerplate
from newsclean.engine.registry import outlets
from newsclean.rules import Credit, Rule, Trim

SHARED_RULES = (*boilerplate.COMMON_RULES, *boilerplate.COMMON_TRIMS, *boilerplate.GENERIC_CREDITS)


def fired_by_folder() -> dict[str, set[str]]:
    fired: dict[str, set[str]] = defaultdict(set)
    for expected in FIXTURES.rglob("*.json"):
        if "html" in expected.relative_to(FIXTURES).parts[:-1] or not expected.with_suffix(".txt").exists():
            continue
        data = json.loads(expected.read_text("utf-8"))
        fired[expected.parent.name] |= {r["rule"] for r in data["removed"]}
    return fired


FIRED = fired_by_folder()
EVERYWHERE = set().union(*FIRED.values()) if FIRED else set()


def declared(outlet_id: str) -> list[Rule | Trim | Credit]:
    outlet = next(o for o in outlets() if o.id == outlet_id)
    return [*outlet.rules, *outlet.trims, *outlet.credits]


def test_rule_names_are_unique() -> None:
    """`removed[].rule` must say which declaration acted: no two declarations share a name."""
    names = [r.name for r in SHARED_RULES]
    for outlet in outlets():
        names += [r.name for r in (*outlet.rules, *outlet.trims, *outlet.credits)]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates, duplicates


@pytest.mark.parametrize("outlet_id", sorted(o.id for o in outlets()))
def test_every_outlet_rule_fires_in_its_fixtures(outlet_id: str) -> None:
    unfired = [r.name for r in declared(outlet_id) if r.name not in FIRED.get(outlet_id, set())]
    assert not unfired, f"{outlet_id}: no fixture in fixtures/{outlet_id}/ needs {unfired}"


def test_every_shared_rule_fires_somewhere() -> None:
    unfired = [r.name for r in SHARED_RULES if r.name not in EVERYWHERE]
    assert not unfired, f"no fixture needs the shared rules {unfired}"


def test_generic_fixtures_use_only_shared_rules() -> None:
    """The generic cleaner (outlet null) has no outlet rules to lean on."""
    outlet_rules = {r.name for o in outlets() for r in (*o.rules, *o.trims, *o.credits)}
    assert not FIRED.get("generic", set()) & outlet_rules
