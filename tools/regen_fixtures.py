#!/usr/bin/env python3
"""Rewrite fixtures' expected JSON from the current output, for review with `git diff`.

    tools/regen_fixtures.py                         every fixture under fixtures/ (dumps only)
    tools/regen_fixtures.py fixtures/kontan         one outlet's fixtures
    tools/regen_fixtures.py fixtures/tempo/x.txt    one fixture (the .json path works too)
    tools/regen_fixtures.py --check                 rewrite nothing; list fixtures whose output changed

A fixture is `fixtures/<outlet>/<case>.txt` (a page dump, any supported encoding and line ending)
with `<case>.json` beside it: the `Article.to_dict()` the dump must give. When the expected file
already holds a `url`, the dump is cleaned with that URL (as `newsclean --url` would). HTML
fixtures (`fixtures/<outlet>/html/`) belong to the HTML suite and are skipped here.

The expected JSON is what the tests compare against, so read the diff line by line before
committing it: a regenerated file blesses whatever the engine does today.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"
sys.path.insert(0, str(REPO_ROOT))

import newsclean  # noqa: E402 - after the path set-up, so a source checkout works without installing


def dump_fixtures(root: Path = FIXTURES) -> list[Path]:
    """Every dump fixture (`.txt`) under `root`, sorted; HTML fixture folders are left out."""
    return sorted(p for p in root.rglob("*.txt") if "html" not in p.relative_to(root).parts[:-1])


def expected_for(dump: Path) -> dict[str, object]:
    """The current output for `dump`, in the form stored in its `.json`."""
    url = None
    stored = dump.with_suffix(".json")
    if stored.exists():
        url = json.loads(stored.read_text("utf-8")).get("url")
    return newsclean.clean_text(dump.read_bytes(), url=url).to_dict()


def shown(path: Path) -> str:
    """`path` relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def render(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def select(args: list[str]) -> list[Path]:
    if not args:
        return dump_fixtures()
    chosen: list[Path] = []
    for arg in args:
        path = Path(arg)
        if not path.is_absolute() and not path.exists():
            path = REPO_ROOT / arg
        if path.is_dir():
            chosen += dump_fixtures(path)
        elif path.suffix in (".txt", ".json"):
            chosen.append(path.with_suffix(".txt"))
        else:
            raise SystemExit(f"regen_fixtures: {arg}: not a fixture (.txt/.json) or a folder of fixtures")
    missing = [p for p in chosen if not p.exists()]
    if missing:
        raise SystemExit(f"regen_fixtures: no such dump: {', '.join(map(str, missing))}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", help="fixture files or folders (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any expected file is stale")
    args = parser.parse_args(argv)
    stale = 0
    for dump in select(args.cases):
        target = dump.with_suffix(".json")
        try:
            new = render(expected_for(dump))
        except newsclean.CleanError as exc:
            print(f"{shown(dump)}: cannot clean: {exc}", file=sys.stderr)
            stale += 1
            continue
        old = target.read_text("utf-8") if target.exists() else None
        if new == old:
            continue
        stale += 1
        if args.check:
            print(f"stale: {shown(target)}")
        else:
            target.write_text(new, "utf-8")
            print(f"{'updated' if old is not None else 'created'}: {shown(target)}")
    if args.check:
        return 1 if stale else 0
    if stale:
        print("review the changes with: git diff -- fixtures/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
