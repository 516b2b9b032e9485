"""`newsclean eval DIR`: score newsclean (and optionally trafilatura) against gold files.

Every ``PAGE.html`` / ``PAGE.htm`` / ``PAGE.txt`` under DIR (recursively) with a ``PAGE.json`` beside
it in the contract's form (at least ``paragraphs``; ``title``, ``url`` and ``outlet`` when known) is
one case. The body is scored ScrapingHub-style (scrapinghub/article-extraction-benchmark):

- tokens are the lower-cased ``\\w+`` runs of the text; shingles are runs of 4 tokens;
- shingles are counted as a **multiset** (a shingle that occurs twice in the gold must be found
  twice), so repeating a paragraph costs precision;
- precision = matched / candidate shingles, recall = matched / gold shingles, F1 per page; the
  tables show the mean over pages of each;
- the credit line (``TEMPO.CO, Jakarta -``, ``Jakarta, CNN Indonesia --``) is taken off the first
  paragraphs of both sides with the outlet's credit patterns (the generic ones for other sites),
  so an extractor is neither paid nor fined for it;
- so are the desk's closing initials after the last sentence (``(nat)``, ``(wandi/win)``, ``(Mvi/Ali)``):
  the contract keeps bylines out of the body and initials name no author, while annotators kept them.

Title accuracy is an exact match after lower-casing and keeping only ``\\w+`` tokens.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .engine.registry import outlets
from .engine.ruleset import RuleSet, ruleset_for
from .errors import CleanError

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
#: Paragraphs at the top of a text searched for the credit line.
CREDIT_SCAN = 5
PAGE_SUFFIXES = (".html", ".htm", ".txt")
BASELINES = ("trafilatura", "trafilatura-precision")
#: The system name of newsclean's generic path forced on every page (`evaluate(..., generic=True)`).
GENERIC = "newsclean-generic"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles (a text shorter than n tokens is one shingle)."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i: i + n]) for i in range(max(1, len(words) - n + 1)))


@dataclass
class Score:
    precision: float
    recall: float
    f1: float


def score_text(gold: str, candidate: str) -> Score:
    """Shingle precision, recall and F1 of `candidate` against `gold` (both empty: perfect)."""
    want, got = shingles(gold), shingles(candidate)
    matched = sum((want & got).values())
    n_got, n_want = sum(got.values()), sum(want.values())
    if not n_got and not n_want:
        return Score(1.0, 1.0, 1.0)
    precision = matched / n_got if n_got else 0.0
    recall = matched / n_want if n_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def strip_credit(paragraphs: list[str], rules: RuleSet) -> list[str]:
    """`paragraphs` with the first credit line found in the top few taken off."""
    out = list(paragraphs)
    for i, text in enumerate(out[:CREDIT_SCAN]):
        hit = rules.credit(text)
        if hit:
            out[i] = text[hit[1].end():].lstrip(" -–—.,")
            break
    return [p for p in out if p]


#: Closing desk initials at the very end of a text: ``(nat)``, ``(nvl/rvk)``, ``(wandi/win)``, ``(Mvi/Ali*)``.
_SIGN_OFF = re.compile(
    r"\s*\((?:[a-z]{2,10}(?:/[a-z]{1,10}){0,3}|[A-Z][a-z]{1,5}\*?(?:/[A-Z][a-z]{1,5}\*?){1,3})\)\s*$"
)


def strip_sign_off(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the closing initials ending the last one (a paragraph of initials alone goes)."""
    out = list(paragraphs)
    while out:
        last = _SIGN_OFF.sub("", out[-1]).rstrip()
        if last == out[-1]:
            break
        if last:
            out[-1] = last
            break
        out.pop()
    return out


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """Gold paragraphs without exact repeats and without those inside an annotated container.

    Annotators sometimes labelled a container as well as the paragraphs in it, so the gold has the
    story twice (the container's copy glued with captions and ads); counting both would cap every
    system's recall near 0.5. A container is a gold paragraph holding two or more of the others
    (of 40 characters or more) verbatim; the paragraphs it holds are dropped and it is kept, so all
    that was labelled counts, once. A short line that merely occurs inside a paragraph (a
    subheading's words) is not a repeat."""
    keys = [" ".join(tokens(p)) for p in paragraphs]
    inside: set[int] = set()
    for i, outer in enumerate(keys):
        held = [j for j, key in enumerate(keys) if j != i and len(key) >= 40 and len(outer) > len(key) and key in outer]
        if len(held) >= 2:
            inside.update(held)
    out = []
    seen: set[str] = set()
    for i, paragraph in enumerate(paragraphs):
        if i in inside or (keys[i] and keys[i] in seen):
            continue
        seen.add(keys[i])
        out.append(paragraph)
    return out


def normalise_title(title: str | None) -> str:
    return " ".join(tokens(title or ""))


@dataclass
class Case:
    page: Path
    gold: dict[str, object]
    outlet: str


@dataclass
class Result:
    """One system on one page."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    title_ok: bool | None = None
    ms: float = 0.0
    error: str | None = None


@dataclass
class PageReport:
    page: str
    outlet: str
    systems: dict[str, Result] = field(default_factory=dict)


def find_cases(root: Path) -> list[Case]:
    """Every page with a gold file beside it, under `root` (recursively), in path order."""
    cases = []
    for gold_path in sorted(root.rglob("*.json")):
        page = next((gold_path.with_suffix(s) for s in PAGE_SUFFIXES if gold_path.with_suffix(s).is_file()), None)
        if page is None:
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(gold, dict) or not isinstance(gold.get("paragraphs"), list):
            continue
        outlet = gold.get("outlet") if isinstance(gold.get("outlet"), str) else None
        folder = gold_path.parent
        if folder.name in ("html", "txt", "text", "dumps") and folder != root:  # fixtures/<outlet>/html/
            folder = folder.parent
        cases.append(Case(page, gold, outlet or folder.name))
    return cases


def _rules_for(outlet_name: str) -> RuleSet:
    known = {o.id: o for o in outlets()}
    return ruleset_for(known.get(outlet_name))


#: A system: (page path, page bytes, the page's URL from the gold) → (paragraphs, title).
System = Callable[[Path, bytes, str | None], tuple[list[str], str | None]]


def _newsclean(page: Path, data: bytes, url: str | None) -> tuple[list[str], str | None]:
    from .html.page import clean_html
    from .text import clean_text

    article = clean_text(data, url=url) if page.suffix == ".txt" else clean_html(data, url=url)
    return article.paragraphs, article.title


def _newsclean_generic(page: Path, data: bytes, url: str | None) -> tuple[list[str], str | None]:
    """newsclean's generic path alone, as a page of an outlet without rules gets it (HTML only)."""
    from .html.page import clean_html_generic

    article = clean_html_generic(data, url=url)
    return article.paragraphs, article.title


def _trafilatura(favor_precision: bool) -> System:
    def run(page: Path, data: bytes, url: str | None) -> tuple[list[str], str | None]:
        import trafilatura

        text = trafilatura.extract(data, url=url, favor_precision=favor_precision) or ""
        return text.split("\n"), None

    return run


def _baseline_title(data: bytes) -> str | None:
    """trafilatura's title for the page (not timed: only the body extraction is)."""
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True, only_with_metadata=False)
    if document is None:
        return None
    title = document.get("title") if isinstance(document, dict) else getattr(document, "title", None)
    return title if isinstance(title, str) else None


def evaluate(root: Path, baselines: list[str], *, dedupe_gold: bool = False, repeat: int = 2,
             generic: bool = False) -> list[PageReport]:
    """Run newsclean and each baseline over every case under `root`.

    The gold paragraphs are scored as they are, the maintainers' way, unless `dedupe_gold`: then
    a gold paragraph whose text another gold paragraph already holds (an annotator labelled both a
    container and its parts) counts once. `repeat`: runs per page, the fastest is the page's time.
    `generic`: also score newsclean's generic path forced on every HTML page (system
    ``newsclean-generic``: no outlet template, no outlet rules), to compare it with trafilatura."""
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    systems: dict[str, System] = {"newsclean": _newsclean}
    if generic:
        systems[GENERIC] = _newsclean_generic
    for name in baselines:
        systems[name] = _trafilatura(favor_precision=name.endswith("-precision"))
    reports = []
    for case in find_cases(root):
        data = case.page.read_bytes()
        rules = _rules_for(case.outlet)
        listed = case.gold["paragraphs"]
        gold_paragraphs = [str(p) for p in listed] if isinstance(listed, list) else []
        gold_paragraphs = strip_sign_off(strip_credit(gold_paragraphs, rules))
        if dedupe_gold:
            gold_paragraphs = drop_repeats(gold_paragraphs)
        gold_text = "\n".join(gold_paragraphs)
        title_value, url_value = case.gold.get("title"), case.gold.get("url")
        gold_title = title_value if isinstance(title_value, str) else None
        gold_url = url_value if isinstance(url_value, str) else None
        report = PageReport(str(case.page), case.outlet)
        for name, run in systems.items():
            if name != "newsclean" and case.page.suffix == ".txt":
                continue  # the baselines read HTML
            result = Result()
            times = []
            for _ in range(max(1, repeat)):
                start = time.perf_counter()
                try:
                    paragraphs, title = run(case.page, data, gold_url)
                except CleanError as exc:
                    paragraphs, title, result.error = [], None, f"{type(exc).__name__}: {exc}"
                except Exception as exc:  # noqa: BLE001 - a crash is scored as an empty result and reported
                    paragraphs, title, result.error = [], None, f"crash: {type(exc).__name__}: {exc}"
                times.append((time.perf_counter() - start) * 1000)
            # the fastest run: the first pays one-time costs (regex compilation, lazy imports)
            result.ms = min(times)
            if name != "newsclean" and gold_title is not None:
                try:
                    title = _baseline_title(data)
                except Exception:  # noqa: BLE001 - a baseline's title failure only costs its title score
                    title = None
            candidate = "\n".join(strip_sign_off(strip_credit([p.strip() for p in paragraphs if p.strip()], rules)))
            scored = score_text(gold_text, candidate)
            result.precision, result.recall, result.f1 = scored.precision, scored.recall, scored.f1
            if gold_title is not None:
                result.title_ok = normalise_title(title) == normalise_title(gold_title)
            report.systems[name] = result
        reports.append(report)
    return reports


@dataclass
class Summary:
    pages: int
    precision: float
    recall: float
    f1: float
    title_accuracy: float | None
    median_ms: float
    errors: int


def summarise(results: list[Result]) -> Summary:
    titles = [r.title_ok for r in results if r.title_ok is not None]
    return Summary(
        pages=len(results),
        precision=statistics.mean(r.precision for r in results),
        recall=statistics.mean(r.recall for r in results),
        f1=statistics.mean(r.f1 for r in results),
        title_accuracy=sum(titles) / len(titles) if titles else None,
        median_ms=statistics.median(r.ms for r in results),
        errors=sum(1 for r in results if r.error),
    )


def summaries(reports: list[PageReport]) -> dict[str, dict[str, Summary]]:
    """{outlet (and "ALL"): {system: Summary}}."""
    groups: dict[str, list[PageReport]] = {}
    for report in reports:
        groups.setdefault(report.outlet, []).append(report)
    out: dict[str, dict[str, Summary]] = {}
    for name, members in [*sorted(groups.items()), ("ALL", reports)]:
        systems: dict[str, list[Result]] = {}
        for report in members:
            for system, result in report.systems.items():
                systems.setdefault(system, []).append(result)
        out[name] = {system: summarise(results) for system, results in systems.items()}
    return out


def format_table(table: dict[str, dict[str, Summary]], systems: list[str]) -> str:
    head = f"{'outlet':<14}{'pages':>6}"
    rule = "-" * 20
    for system in systems:
        head += f" | {system[:31]:<31}"
        rule += "-+-" + "-" * 31
    sub = f"{'':<14}{'':>6}" + "".join(f" | {'P':>5} {'R':>5} {'F1':>5} {'title':>5} {'ms':>7}" for _ in systems)
    lines = [head, sub, rule]
    for outlet, by_system in table.items():
        if outlet == "ALL":
            lines.append(rule)
        pages = max((s.pages for s in by_system.values()), default=0)
        row = f"{outlet[:14]:<14}{pages:>6}"
        for system in systems:
            s = by_system.get(system)
            if s is None:
                row += f" | {'-':>5} {'-':>5} {'-':>5} {'-':>5} {'-':>7}"
                continue
            title = f"{s.title_accuracy:.2f}" if s.title_accuracy is not None else "-"
            row += f" | {s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f} {title:>5} {s.median_ms:7.1f}"
        lines.append(row)
    lines.append("P/R/F1: mean over pages of 4-shingle precision, recall, F1 (multiset, credit line and closing "
                 "initials off both sides); "
                 "title: exact-match share; ms: median per page")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsclean eval",
        description="Score newsclean against gold files: every PAGE.html/PAGE.txt with a PAGE.json "
        "(contract form) under DIR. Body: 4-token shingle precision/recall/F1 (credit line taken off "
        "both sides); title: exact match.",
    )
    parser.add_argument("dir", metavar="DIR", help="directory searched recursively for PAGE.* + PAGE.json pairs")
    parser.add_argument("--baseline", action="append", choices=BASELINES, default=[],
                        help="also score trafilatura.extract on the same HTML (trafilatura-precision: "
                        "favor_precision=True); repeat to show both")
    parser.add_argument("--generic", action="store_true",
                        help="also score newsclean's generic path alone on every HTML page (no outlet template "
                        "or rules: what a page of an unknown outlet gets), as system newsclean-generic")
    parser.add_argument("--json", action="store_true", help="print one JSON object (per-page and per-outlet scores)")
    parser.add_argument("--pages", action="store_true", help="also print one line per page")
    parser.add_argument("--repeat", type=int, default=2, metavar="N",
                        help="runs per page and system; the fastest is reported (default 2)")
    parser.add_argument("--dedupe-gold", action="store_true",
                        help="count a gold paragraph once when another gold paragraph already holds its text "
                        "(default: score the gold as it is, as the maintainers do)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    root = Path(args.dir)
    if not root.is_dir():
        print(f"newsclean eval: {args.dir}: not a directory", file=sys.stderr)
        return 2
    baselines = list(dict.fromkeys(args.baseline))
    reports = evaluate(root, baselines, dedupe_gold=args.dedupe_gold, repeat=args.repeat, generic=args.generic)
    if not reports:
        print(f"newsclean eval: no PAGE.html/PAGE.txt with a gold PAGE.json under {args.dir}", file=sys.stderr)
        return 1
    table = summaries(reports)
    systems = ["newsclean", *([GENERIC] if args.generic else []), *baselines]
    if args.json:
        print(json.dumps({
            "scoring": {"shingle": SHINGLE, "counting": "multiset", "tokens": "lower-cased \\w+",
                        "credit_line": "removed from both sides", "closing_initials": "removed from both sides"},
            "outlets": {o: {s: asdict(v) for s, v in by.items()} for o, by in table.items()},
            "pages": [{"page": r.page, "outlet": r.outlet, "systems": {s: asdict(v) for s, v in r.systems.items()}}
                      for r in reports],
        }, ensure_ascii=False, indent=1))
        return 0
    if args.pages:
        for report in reports:
            cells = "  ".join(
                f"{name}: F1 {res.f1:.3f} P {res.precision:.3f} R {res.recall:.3f}"
                + (" title ok" if res.title_ok else " title MISS" if res.title_ok is False else "")
                + (f" [{res.error}]" if res.error else "")
                for name, res in report.systems.items()
            )
            print(f"{report.page}\n    {cells}")
        print()
    print(format_table(table, systems))
    return 0
