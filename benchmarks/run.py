"""`make bench`: every benchmark in one run, each section printing its own medians and ratios.

Sections whose module is missing or whose inputs are absent say so and are skipped.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SECTIONS = ("bench_text", "bench_html", "bench_big", "bench_fetch", "bench_batch")


def main() -> int:
    failed = 0
    for name in SECTIONS:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            print(f"\n== {name}: skipped ({exc}) ==")
            continue
        try:
            module.main()
        except Exception:  # noqa: BLE001 - one broken section must not hide the others
            failed += 1
            print(f"\n== {name}: FAILED ==")
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
