"""The per-site regression suite: every dump fixture gives exactly its reviewed expected JSON.

A fixture is `fixtures/<outlet>/<case>.txt` (a page dump written in that outlet's real shape, in
any supported encoding and line ending) and `<case>.json` beside it (the full `Article.to_dict()`,
`removed` and `warnings` included). `make fixtures CASE=...` rewrites an expected file for review.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, REPO_ROOT

import newsclean
from newsclean.read.decode import decode_bytes

OUTLETS = ("tempo", "kontan", "kompas", "voi", "intisari")
DUMPS = sorted(p for p in FIXTURES.rglob("*.txt") if "html" not in p.relative_to(FIXTURES).parts[:-1])
IDS = [str(p.relative_to(FIXTURES).with_suffix("")) for p in DUMPS]


def expected(dump: Path) -> dict[str, Any]:
    return json.loads(dump.with_suffix(".json").read_text("utf-8"))


def clean(data: bytes | str, want: dict[str, Any]) -> dict[str, Any]:
    return newsclean.clean_text(data, url=want["url"]).to_dict()


def assert_same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Field by field first, so a failure names the field; then the whole object."""
    for key in want:
        assert got.get(key) == want[key], f"field {key!r} differs"
    assert got == want


def test_every_outlet_has_five_fixtures() -> None:
    for outlet in (*OUTLETS, "generic"):
        cases = [p for p in DUMPS if p.parent.name == outlet]
        assert len(cases) >= 5, f"fixtures/{outlet} has {len(cases)} dump fixtures, want at least 5"


def test_every_dump_has_its_expected_json() -> None:
    assert DUMPS, "no fixtures found"
    for dump in DUMPS:
        assert dump.with_suffix(".json").exists(), f"{dump} has no expected .json (run make fixtures CASE={dump})"


@pytest.mark.parametrize("dump", DUMPS, ids=IDS)
def test_fixture(dump: Path) -> None:
    want = expected(dump)
    got = clean(dump.read_bytes(), want)
    assert_same(got, want)
    # the fixture folder names the outlet that must handle it ("generic": none)
    assert got["outlet"] == (None if dump.parent.name == "generic" else dump.parent.name)


@pytest.mark.parametrize("dump", DUMPS, ids=IDS)
def test_fixture_follows_contract_conventions(dump: Path) -> None:
    want = expected(dump)
    assert want["text"] == "\n\n".join(want["paragraphs"])
    for paragraph in want["paragraphs"] + want["captions"]:
        assert paragraph and paragraph == paragraph.strip() and "  " not in paragraph and "\t" not in paragraph
        assert "\u00a0" not in paragraph and "\r" not in paragraph and "\n" not in paragraph
    assert all(r["kind"] in newsclean.REMOVED_KINDS and r["rule"] and r["text"] for r in want["removed"])
    assert want["language"] and len(want["language"]) == 2


@pytest.mark.parametrize("dump", DUMPS, ids=IDS)
def test_every_block_is_kept_or_removed(dump: Path) -> None:
    """Contract: each line of the dump is body, moved to a field, or listed in `removed` — checked on
    what the cleaner returns, so a block it silently dropped fails here even if a fixture were regenerated."""
    want = newsclean.clean_text(dump.read_bytes()).to_dict()
    paragraphs = set(want["paragraphs"])
    removed = [r["text"] for r in want["removed"]]
    removed_set = set(removed)
    credits = [r["text"] for r in want["removed"] if r["kind"] == "credit"]
    lines = [" ".join(line.split()) for line in decode_bytes(dump.read_bytes()).splitlines()]
    for block in filter(None, lines):
        if block in paragraphs or block in removed_set:
            continue
        after_credit = [block[len(c):].lstrip(" -–—.,") for c in credits if block.startswith(c)]
        if any(rest in paragraphs or rest in removed_set for rest in after_credit):
            continue
        trimmed = [p for p in paragraphs if block.startswith(p) and block[len(p):].strip() in removed_set]
        assert trimmed, f"block neither kept nor removed: {block[:80]!r}"


def _variants(text: str) -> dict[str, bytes]:
    """The same dump as bytes in every encoding and line ending the contract promises to accept."""
    forms = {
        "utf8-lf": text.encode("utf-8"),
        "utf8-crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "utf8-cr": text.replace("\n", "\r").encode("utf-8"),
        "utf8-bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "nbsp-tabs": text.replace(" ", "\u00a0", 3).replace(" ", "\t", 2).encode("utf-8"),
    }
    for encoding in ("cp1252", "latin-1"):
        try:
            forms[encoding + "-crlf"] = text.replace("\n", "\r\n").encode(encoding)
        except UnicodeEncodeError:  # characters the encoding has no byte for: not representable
            pass
    return forms


@pytest.mark.parametrize("dump", DUMPS, ids=IDS)
def test_fixture_same_result_in_every_encoding_and_line_ending(dump: Path) -> None:
    want = expected(dump)
    text = decode_bytes(dump.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    for name, data in _variants(text).items():
        assert clean(data, want) == want, f"{dump.name} as {name} gives another result"
    assert clean(text, want) == want, "str input differs from bytes input"


def test_fixtures_cover_every_encoding_and_line_ending() -> None:
    """The fixture files themselves are stored in each form (so the suite reads real such files)."""
    seen: set[str] = set()
    for dump in DUMPS:
        raw = dump.read_bytes()
        seen.add("crlf" if b"\r\n" in raw else "cr" if b"\r" in raw else "lf")
        if raw.startswith(b"\xef\xbb\xbf"):
            seen.add("utf-8-bom")
            continue
        try:
            raw.decode("utf-8")
            seen.add("utf-8" if any(b > 127 for b in raw) else "ascii")
        except UnicodeDecodeError:
            # bytes 0x80-0x9F are letters and punctuation in cp1252 (“ ” –), control codes in latin-1
            seen.add("cp1252" if any(0x80 <= b <= 0x9F for b in raw) else "latin-1")
    assert {"lf", "crlf", "cr", "utf-8", "utf-8-bom", "cp1252", "latin-1"} <= seen, seen


def test_regen_tool_reports_no_stale_fixture() -> None:
    result = subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "regen_fixtures.py"), "--check"],
                            capture_output=True, text=True, timeout=300, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_regen_tool_writes_the_expected_json(tmp_path: Path) -> None:
    source = FIXTURES / "kontan" / "amp_lead_repeat_glued.txt"
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    tool = [sys.executable, str(REPO_ROOT / "tools" / "regen_fixtures.py")]
    created = subprocess.run([*tool, str(copy)], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert created.returncode == 0 and "created:" in created.stdout
    assert json.loads(copy.with_suffix(".json").read_text("utf-8")) == expected(source)
    stale = subprocess.run([*tool, "--check", str(copy)], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert stale.returncode == 0
    copy.with_suffix(".json").write_text("{}", "utf-8")
    stale = subprocess.run([*tool, "--check", str(copy)], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert stale.returncode == 1 and "stale:" in stale.stdout
