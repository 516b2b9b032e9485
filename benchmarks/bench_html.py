"""HTML pages: `clean_html` against `trafilatura.extract` on the corpus pages
(``../shared/corpus/html/**/*.html``), read in place. Median time per page for each, and the ratio.

Pages an outlet template reads (Tempo, Kompas) are reported apart from the others: on pages no
template knows, newsclean itself runs trafilatura (its generic path), so there the two cost about
the same, and listing pages are refused after a structure check.
"""

from __future__ import annotations

import logging
import statistics
from pathlib import Path

from benchmarks.common import CORPUS, median_ms, section


def _pages() -> list[Path]:
    return sorted((CORPUS / "html").rglob("*.html"))


def _path_of(data: bytes) -> str:
    """Which newsclean path a page takes: "template", "generic" or "refused"."""
    import newsclean

    try:
        article = newsclean.clean_html(data)
    except newsclean.CleanError:
        return "refused"
    if article.outlet is None or any("generic cleaner" in warning for warning in article.warnings):
        return "generic"
    return "template"


def _clean(data: bytes) -> None:
    import newsclean

    try:
        newsclean.clean_html(data)
    except newsclean.CleanError:
        pass  # listing pages: the refusal is the result, and its cost is timed too


def main() -> None:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    section("HTML pages: clean_html vs trafilatura.extract")
    if not (CORPUS / "html").is_dir():
        print(f"skipped: corpus not found at {CORPUS / 'html'} (only the maintainers' machines and CI have it)")
        return
    pages = [(path, path.read_bytes()) for path in _pages()]
    groups: dict[str, list[tuple[float, float]]] = {}
    for _path, data in pages:
        ours = median_ms(lambda data=data: _clean(data))
        theirs = median_ms(lambda data=data: trafilatura.extract(data))
        groups.setdefault(_path_of(data), []).append((ours, theirs))
    every = [pair for group in groups.values() for pair in group]
    print(f"pages timed: {len(every)} ({', '.join(f'{len(v)} {k}' for k, v in sorted(groups.items()))})")
    print(f"{'':40}{'clean_html':>12}{'trafilatura':>13}{'ratio':>8}")
    for label, pairs in [
        ("outlet template pages", groups.get("template", [])),
        ("generic-path pages", groups.get("generic", [])),
        ("listing pages (refused)", groups.get("refused", [])),
        ("all pages", every),
    ]:
        if not pairs:
            continue
        ours = statistics.median(p[0] for p in pairs)
        theirs = statistics.median(p[1] for p in pairs)
        print(f"{label + ' median ms/page':40}{ours:12.2f}{theirs:13.2f}{theirs / ours:7.1f}x")
    print("target: clean_html >= 10x faster than trafilatura.extract on outlet template pages")


if __name__ == "__main__":
    main()
