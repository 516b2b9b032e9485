"""Page dumps: `clean_text` (language included) against `trafilatura.extract` on the same dumps
wrapped as <p> paragraphs. Median time per dump, and the ratio."""

from __future__ import annotations

import html
import logging
import tracemalloc

from benchmarks.common import CORPUS, REPO_ROOT, per_item_median_ms, section


def _dumps() -> list[tuple[str, str]]:
    paths = sorted((REPO_ROOT / "seeds").glob("*.txt")) + sorted((REPO_ROOT / "fixtures").glob("*/*.txt"))
    if CORPUS.is_dir():
        paths += sorted((CORPUS / "seeds").glob("*.txt"))
    out = []
    for path in paths:
        raw = path.read_bytes()
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
    wrapped = [_as_html(text) for text in usable]
    ours = per_item_median_ms(usable, newsclean.clean_text)
    theirs = per_item_median_ms(wrapped, lambda page: trafilatura.extract(page))
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
