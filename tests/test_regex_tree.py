"""The end prefilter (`newsclean.regex_tree`) never rules out a string its regex matches, and does rule
out the strings it is there for (a long paragraph that merely ends in ")")."""

from __future__ import annotations

import random
import re

import pytest
from conftest import dump_blocks

from newsclean.boilerplate import CAPTION_CREDITED, COMMON_RULES, COMMON_TRIMS
from newsclean.regex_tree import end_filter, nonblank_required_strings
from newsclean.registry import outlets

RULES = COMMON_RULES + tuple(rule for outlet in outlets() for rule in outlet.rules)
TRIMS = COMMON_TRIMS + tuple(trim for outlet in outlets() for trim in outlet.trims)


def _variants(block: str) -> list[str]:
    """The block, its ends cut at every tenth position, with stray spaces: more strings near a match."""
    out = [block, block + "  ", " " + block, block + ".", block[:-1]]
    out += [block[k:] for k in range(0, len(block), 10)] + [block[:k] for k in range(1, len(block), 10)]
    return out


def test_rules_and_trims_with_a_filter_exist() -> None:
    assert end_filter(CAPTION_CREDITED.pattern, CAPTION_CREDITED.flags) is not None
    assert all(end_filter(t.pattern, t.flags, search=True) is not None for t in COMMON_TRIMS[:2])


def test_filter_never_rules_out_a_match_on_fixturedump_blocks() -> None:
    strings = [v for block in dump_blocks() for v in _variants(block)]
    checked = matched = ruled_out = 0
    for rule in RULES:
        tail = end_filter(rule.pattern, rule.flags)
        if tail is None:
            continue
        for text in strings:
            checked += 1
            if rule.regex.fullmatch(text):
                matched += 1
                assert tail.may_match(text), (rule.name, text)
            elif rule.probe(text):
                ruled_out += not tail.may_match(text)
    for trim in TRIMS:
        tail = end_filter(trim.pattern, trim.flags, search=True)
        if tail is None:
            continue
        for text in strings + [s + " (nat)" for s in strings[::7]] + [s + " (ab/cd) " for s in strings[::7]]:
            checked += 1
            if trim.regex.search(text):
                matched += 1
                assert tail.may_match(text), (trim.name, text)
    # (the test looked at matches, not only misses, and the filter does rule out blocks that pass the probes)
    assert checked > 10_000 and matched > 50 and ruled_out > 100


def test_filter_rules_out_a_long_paragraph_ending_in_a_parenthesis() -> None:
    tail = end_filter(CAPTION_CREDITED.pattern, CAPTION_CREDITED.flags)
    assert tail is not None
    paragraph = "Pemerintah daerah menyatakan " * 20 + "anggaran itu telah diperiksa (BPK)."
    assert not CAPTION_CREDITED.regex.fullmatch(paragraph) and not tail.may_match(paragraph)
    caption = "Warga melintasi genangan banjir rob di Kelurahan Bagan Deli. (ANTARA FOTO/Budi Santoso)"
    assert CAPTION_CREDITED.regex.fullmatch(caption) and tail.may_match(caption)
    initials = end_filter(COMMON_TRIMS[0].pattern, COMMON_TRIMS[0].flags, search=True)
    assert initials is not None
    assert not initials.may_match("Ia ditemui pada Kamis (21/3/2024)")
    assert initials.may_match("Ia ditemui pada Kamis. (nia/qom)  ")  # trailing spaces: `\s*$`


@pytest.mark.parametrize(("pattern", "text", "matches", "may_match"), [
    # lookarounds and anchors are left out of the reversed pattern: it may say "may match" where they fail,
    # never "cannot match" where they hold
    (r".{20,90}?(?<=Z)END", "a" * 30 + "ZEND", True, True),
    (r".{20,90}?(?<=Z)END", "a" * 30 + "YEND", False, True),
    (r".{20,90}?(?<=Z)END", "a" * 30 + "ZENE", False, False),
    (r".{20,90}?\bfoo", "x" * 30 + " foo", True, True),
    (r".{20,90}?\bfoo", "x" * 30 + "xfoa", False, False),
    (r".{0,90}?(?:^|x)ab$", "ab", True, True),
    (r".{0,90}?(?:^|x)ab$", "zzab", False, True),
    # a group scoping flags keeps them
    (r".{40,90}?(?i:end)", "q" * 45 + "END", True, True),
    (r".{40,90}?(?i:end)", "q" * 45 + "ENO", False, False),
    (r"(?i:.{40,90}?end)", "q" * 45 + "END", True, True),
    # a possessive repeat or atomic group is read as a plain one (it matches no less)
    (r".{40,90}?(?>ab|a)c", "q" * 45 + "ac", True, True),
    (r".{40,90}?a++c", "q" * 45 + "aac", True, True),
    (r".{40,90}?a++c", "q" * 45 + "aab", False, False),
    # a newline: no opinion
    (r".{40,90}?x", "\n" * 45 + "y", False, True),
])
def test_filter_edge_cases(pattern: str, text: str, matches: bool, may_match: bool) -> None:
    regex = re.compile(pattern)
    test = end_filter(pattern)
    assert test is not None
    assert bool(regex.fullmatch(text)) is matches
    assert test.may_match(text) is may_match


def test_no_filter_where_it_cannot_help_or_be_exact() -> None:
    assert end_filter(r"abc") is None  # a rule opening with a literal fails fast by itself
    assert end_filter(r"(a+)x.{40,90}?\1") is None  # a back-reference
    assert end_filter(r"\s*\(x\)", search=True) is None  # a search not anchored at the end
    assert end_filter(r"Baca: .{1,90}$", search=True) is None  # a literal prefix: the engine scans for it


@pytest.mark.parametrize("pattern", [
    r".{0,60}?(?:ab|b\)|\(c)\.?", r".*?(?<=[.!?])\s?\([a-z]{2,4}\)", r"(?P<x>.{10,80}?(?:[A-Z]/ ?[A-Z][a-z]{1,5}))",
    r"(?:x|y)*z{1,3}\)\s*",
])
def test_filter_never_rules_out_a_match_on_random_strings(pattern: str) -> None:
    rng = random.Random(7)
    regex = re.compile(pattern)
    full = end_filter(pattern)
    search = end_filter(pattern + "$", search=True)
    assert full is not None or search is not None
    alphabet = "ab()zxy ./ABZ\u00a0!?\t"
    hits = 0
    for _ in range(6_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        if full is not None and regex.fullmatch(text):
            hits += 1
            assert full.may_match(text), text
        if search is not None and re.search(pattern + "$", text):
            hits += 1
            assert search.may_match(text), text
    assert hits > 0


SUFFIXES = [o.title_suffix for o in outlets() if o.title_suffix]


def test_nonblank_strings_of_a_suffix_that_may_match_nothing() -> None:
    strings = nonblank_required_strings(r"(?:\s+Halaman\s+(?:all|\d+))?\s*(?:[-|]\s*(?:[\w ]{1,30}\s)?Kompas)?$", 0)
    assert strings == {"Halaman", "Kompas"}
    assert nonblank_required_strings(r"\s*$", 0) == frozenset()  # only whitespace: nothing to hold
    assert nonblank_required_strings(r"(?:.{1,9})?$", 0) is None  # any character: it cannot tell


@pytest.mark.parametrize("pattern", [*SUFFIXES, "|".join(f"(?:{p})" for p in SUFFIXES),
                                     r"(?:\s*[-|]\s*[\w.]{0,9}(?:ab|cd))?\s*(?:\(x\)|y+)?$"])
def test_a_match_past_whitespace_holds_a_nonblank_string(pattern: str) -> None:
    """Every match that is more than whitespace holds one of the strings: at every position of every
    fixture line, and of lines ending in the strings' own neighbourhood."""
    regex = re.compile(pattern)
    strings = nonblank_required_strings(pattern, 0)
    assert strings  # (known and not empty for every title suffix)
    rng = random.Random(3)
    lines = dump_blocks()[::3]
    pieces = ["Halaman all", "Halaman 2", " - ", " | ", "Kompas.com", "KOMPAS.com", "Kontan", "Tempo.co", "TEMPO.CO",
              "VOI", "Intisari", "Grid.ID", "ab", "cd", "(x)", "yy", "Berita", " ", "en.tempo.co English"]
    lines += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    nonblank = 0
    for line in lines:
        for start in range(len(line) + 1):
            m = regex.match(line, start)
            if m and m.group().strip():
                nonblank += 1
                assert any(s in m.group() for s in strings), (pattern, line, m.group())
    assert nonblank > 20
