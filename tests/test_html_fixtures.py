"""Hand-written HTML fixture pages against their hand-written expected results (issue #3, item 7).

Layout: ``fixtures/<outlet>/html/<case>.html`` beside ``<case>.json`` (``fixtures/generic/html/`` for
outlets without rules). Each page imitates one template era's real DOM with invented prose (or the
story of one of the seeds) and carries that era's furniture inside the story. The JSON was written
by hand from the page, not produced by newsclean; every field it lists is compared exactly, except:

- ``template``: the template version expected to read the page, seen in the ``removed`` rule names
  (``"<outlet>@<version>:<selector>"``) or, when the template took nothing out by selector, the
  version whose markers the page carries; null means no outlet template may have read it.
- ``warnings_contain``: substrings (case-insensitive) that some warning must contain.
- ``removed_kinds_contain``: kinds that must appear among ``removed`` (the furniture was reported).
- ``error``: the name of the `newsclean.CleanError` subclass the page must raise instead.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, require_corpus
from selectolax.lexbor import LexborHTMLParser

import newsclean
from newsclean.engine.registry import get_outlet
from newsclean.html.page import decode_html
from newsclean.html.template import matches

PAGES: list[Path] = sorted(FIXTURES.glob("*/html/*.html"))
HELPER_KEYS = frozenset({"template", "warnings_contain", "removed_kinds_contain", "error"})
#: Shingle length for the corpus-copy guard: 8 words in a row shared by chance are vanishingly rare.
SHINGLE = 8
_WORD = re.compile(r"\w+")


def expected_for(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def page_id(page: Path) -> str:
    return f"{page.parent.parent.name}/{page.stem}"


def template_prefixes(article: newsclean.Article) -> set[str]:
    """``outlet@version`` of every template rule that removed something from the page."""
    return {r.rule.split(":", 1)[0] for r in article.removed if "@" in r.rule.split(":", 1)[0]}


def templates_read(article: newsclean.Article, html: bytes) -> set[str]:
    """The template versions that read the page.

    The rule names in `removed` show it when the template took something out by selector; a page
    whose furniture inside the story went only to the text rules shows nothing there, so the
    template whose markers the page carries counts too, unless a warning says the outlet's
    templates were passed over for the generic cleaner.
    """
    seen = template_prefixes(article)
    if seen or article.outlet is None or any("generic cleaner" in w for w in article.warnings):
        return seen
    tree = LexborHTMLParser(decode_html(html))
    for template in get_outlet(article.outlet).html_templates:  # newest first, as the engine tries them
        if matches(tree, template):
            return {f"{article.outlet}@{template.version}"}
    return seen


def describe(key: str, got: Any, want: Any) -> str:
    if isinstance(got, list) and isinstance(want, list):
        lines = [f"{key}: got {len(got)} items, expected {len(want)}"]
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                lines.append(f"  [{i}] got      {g!r}\n  [{i}] expected {w!r}")
        return "\n".join(lines)
    return f"{key}: got {got!r}, expected {want!r}"


def test_fixture_pages_exist_in_pairs() -> None:
    assert len(PAGES) >= 20, f"expected the HTML fixture set under {FIXTURES}/*/html/, found {len(PAGES)} pages"
    unpaired = [page_id(p) for p in PAGES if not p.with_suffix(".json").is_file()]
    assert not unpaired, f"HTML fixtures without expected JSON: {unpaired}"


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_html_fixture(page: Path) -> None:
    expected = expected_for(page)
    html = page.read_bytes()
    if "error" in expected:
        error = getattr(newsclean, expected["error"])
        with pytest.raises(error) as raised:
            newsclean.clean_html(html)
        assert str(raised.value), "the error must say what is wrong"
        return

    article = newsclean.clean_html(html)
    got = article.to_dict()
    problems = [
        describe(key, got[key], want)
        for key, want in expected.items()
        if key not in HELPER_KEYS and got[key] != want
    ]

    if "template" in expected:
        prefixes = templates_read(article, html)
        want_template = expected["template"]
        if want_template is None:
            # no outlet template read the page (generic path)
            if prefixes:
                problems.append(f"template: expected none, page was read by {sorted(prefixes)}")
        elif f"{expected['outlet']}@{want_template}" not in prefixes:
            problems.append(f"template: expected {expected['outlet']}@{want_template}, saw {sorted(prefixes) or 'none'}"
                            f" (warnings: {article.warnings})")
    for needle in expected.get("warnings_contain", []):
        if not any(needle.lower() in w.lower() for w in article.warnings):
            problems.append(f"warnings: none mentions {needle!r}: {article.warnings}")
    kinds = {r.kind for r in article.removed}
    for kind in expected.get("removed_kinds_contain", []):
        if kind not in kinds:
            problems.append(f"removed: no block of kind {kind!r} (kinds seen: {sorted(kinds)})")

    # invariants of the contract that hold on every page
    if article.text != "\n\n".join(article.paragraphs):
        problems.append("text is not the paragraphs joined by one blank line")
    bad = [p for p in article.paragraphs if not p or p != p.strip() or "  " in p or "\xa0" in p]
    if bad:
        problems.append(f"paragraphs not folded/stripped or empty: {bad[:3]}")
    unknown = kinds - newsclean.REMOVED_KINDS
    if unknown:
        problems.append(f"removed kinds outside the contract: {sorted(unknown)}")
    leaked = [c for c in article.captions if c in article.paragraphs]
    if leaked:
        problems.append(f"captions also in the body: {leaked}")

    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)


def test_every_template_version_has_two_fixture_pages() -> None:
    """Issue #3: at least two hand-written pages per template era; a new era needs its own pages."""
    counts = Counter(
        (exp["outlet"], exp["template"])
        for exp in map(expected_for, PAGES)
        if exp.get("template") is not None and "error" not in exp
    )
    missing = [
        f"{outlet.id}@{template.version} ({counts[(outlet.id, template.version)]} page(s))"
        for outlet in newsclean.outlets()
        for template in outlet.html_templates
        if counts[(outlet.id, template.version)] < 2
    ]
    assert not missing, f"template versions with fewer than two fixture pages: {missing}"
    declared = {(o.id, t.version) for o in newsclean.outlets() for t in o.html_templates}
    unknown = sorted(f"{o}@{v}" for o, v in counts if (o, v) not in declared)
    assert not unknown, f"fixtures name template versions no outlet declares: {unknown}"


def test_special_cases_are_covered() -> None:
    """The set keeps its generic pages, its English page, an unknown template and listing pages."""
    expected = [expected_for(p) for p in PAGES]
    articles = [e for e in expected if "error" not in e]
    assert sum(1 for e in articles if e["outlet"] is None) >= 2, "two pages of outlets without rules"
    assert any(e["language"] == "en" for e in articles), "a page in English"
    assert any(e.get("warnings_contain") and e["outlet"] for e in articles), "an outlet page no template knows"
    assert any(e.get("error") == "NotAnArticleError" for e in expected), "a listing page"


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_fixture_text_is_not_copied_from_the_corpus() -> None:
    """House rule: fixture prose is invented (or from the seeds), never taken from ../shared/corpus."""
    corpus = require_corpus()
    gold: set[tuple[str, ...]] = set()
    for path in sorted((corpus / "html").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in data.get("paragraphs", []):
            gold |= _shingles(paragraph)
    assert gold, f"no gold paragraphs found under {corpus / 'html'}"
    copied = {}
    for page in PAGES:
        # page scripts (ad tags) are the same everywhere and not prose: only the visible text counts
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        shared = _shingles(text) & gold
        if shared:
            copied[page_id(page)] = " ".join(next(iter(shared)))
    assert not copied, f"fixture pages share 8-word runs with corpus pages: {copied}"
