"""Page dumps: `clean_text` (language included) against `trafilatura.extract` on the same dumps
wrapped as <p> paragraphs. Median time per dump, and the ratio.

Each dump is timed in a loop of its own on both sides, newsclean's loop right before trafilatura's, so
that a slow spell of the machine falls on both sides of the same dumps rather than on one side only.
A dump kept twice (the seeds, in `seeds/` and in the corpus) counts once."""

from __future__ import annotations

import html
import logging
import statistics
import tracemalloc

from benchmarks.common import CORPUS, REPO_ROOT, median_ms, section

#: Timed runs per dump and side (after one warm-up run); the median of them counts.
_REPEAT = 9


def _dumps() -> list[tuple[str, str]]:
    paths = sorted((REPO_ROOT / "seeds").glob("*.txt")) + sorted((REPO_ROOT / "fixtures").glob("*/*.txt"))
    if CORPUS.is_dir():
        paths += sorted((CORPUS / "seeds").glob("*.txt"))
    out = []
    seen: set[bytes] = set()
    for path in paths:
        raw = path.read_bytes()
        if raw in seen:
            continue  # (the same dump kept twice)
        seen.add(raw)
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                out.append((path.name, raw.decode(encoding)))
                break
            except UnicodeDecodeError:
                continue
    return out


def _as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body><article>{paragraphs}</article></body></html>"


def main() -> None:
    import trafilatura

    import newsclean

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    section("page dumps: clean_text vs trafilatura.extract")
    dumps = [text for _, text in _dumps()]
    usable = []
    for text in dumps:
        try:
            newsclean.clean_text(text)
            usable.append(text)
        except newsclean.CleanError:
            continue  # fixtures of bad input: nothing to time
    ours_each, theirs_each = [], []
    for text in usable:
        page = _as_html(text)
        ours_each.append(median_ms(lambda text=text: newsclean.clean_text(text), repeat=_REPEAT))
        theirs_each.append(median_ms(lambda page=page: trafilatura.extract(page), repeat=_REPEAT))
    ours, theirs = statistics.median(ours_each), statistics.median(theirs_each)
    print(f"dumps timed:                   {len(usable)}")
    print(f"newsclean.clean_text  median:  {ours:8.3f} ms/dump (language detection included)")
    print(f"trafilatura.extract   median:  {theirs:8.3f} ms/dump")
    print(f"ratio (trafilatura / newsclean): {theirs / ours:6.1f}x  (target >= 10x)")
    tracemalloc.start()
    for text in usable:
        newsclean.clean_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python allocation while cleaning all dumps once: {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
