"""HTML pages: `clean_html` against `trafilatura.extract` on the corpus pages
(``../shared/corpus/html/**/*.html``), read in place, timed batch-style (`benchmarks.common.batch_rounds`):
the time of a round over each group of pages on each side, and the ratio. "mixed crawl" is every page
once per round, template or not, as a crawl of Indonesian news feeds them.

Pages an outlet template reads are reported apart from the others: pages no template knows go to
the generic path (the story element by JSON-LD ``articleBody`` or a CMS container, trafilatura only
when neither is accepted), and listing pages are refused after a structure check. The last line
forces the generic path on every page, template pages too: what pages of outlets without rules cost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from benchmarks.common import CORPUS, batch_rounds, ratio_line, section, table_head


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


def _clean_generic(data: bytes) -> None:
    """The generic path alone on any page (what a page of an outlet without rules costs)."""
    import newsclean
    from newsclean.html.page import clean_html_generic

    try:
        clean_html_generic(data)
    except newsclean.CleanError:
        pass


def main() -> None:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    section("HTML pages: clean_html vs trafilatura.extract")
    if not (CORPUS / "html").is_dir():
        print(f"skipped: corpus not found at {CORPUS / 'html'} (only the maintainers' machines and CI have it)")
        return
    pages = [path.read_bytes() for path in _pages()]
    times = batch_rounds(pages, {"newsclean": _clean, "generic": _clean_generic, "trafilatura": trafilatura.extract})
    groups: dict[str, list[int]] = {}
    for i, data in enumerate(pages):
        groups.setdefault(_path_of(data), []).append(i)
    print(f"pages timed: {len(pages)} ({', '.join(f'{len(v)} {k}' for k, v in sorted(groups.items()))})")
    print(table_head())
    for label, members in [
        ("outlet template pages", groups.get("template", [])),
        ("generic-path pages", groups.get("generic", [])),
        ("listing pages (refused)", groups.get("refused", [])),
        ("mixed crawl (every page)", list(range(len(pages)))),
    ]:
        if members:
            ours = [times["newsclean"][i] for i in members]
            theirs = [times["trafilatura"][i] for i in members]
            print(ratio_line(label, ours, theirs))
    # every page through the generic path alone (JSON-LD articleBody, CMS container, else trafilatura)
    print(ratio_line("generic path forced on every page", times["generic"], times["trafilatura"]))
    print("target: clean_html >= 10x faster than trafilatura.extract on outlet template pages")


if __name__ == "__main__":
    main()
