"""Page dumps: `clean_text` (language included) against `trafilatura.extract` on the same dumps
wrapped as <p> paragraphs, timed batch-style (`benchmarks.common.batch_rounds`): the time of a round
over every dump on each side, and the ratio. A dump kept twice (the seeds, in `seeds/` and in the
corpus) counts once."""

from __future__ import annotations

import html
import logging
import tracemalloc

from benchmarks.common import CORPUS, REPO_ROOT, batch_rounds, ratio_line, section, table_head


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
    pages = {text: _as_html(text) for text in usable}
    times = batch_rounds(usable, {
        "newsclean": lambda text: newsclean.clean_text(text),
        "trafilatura": lambda text: trafilatura.extract(pages[text]),
    })
    print(f"dumps timed: {len(usable)} (language detection included)")
    print(table_head())
    print(ratio_line("page dumps", times["newsclean"], times["trafilatura"]))
    print("target: >= 10x")
    tracemalloc.start()
    for text in usable:
        newsclean.clean_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python allocation while cleaning all dumps once: {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
