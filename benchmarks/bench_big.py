"""Big pages: time and peak memory of `clean_html` on 1, 10 and 30 MB pages, beside `trafilatura.extract`.

A page grows the way big real pages do: a story of many paragraphs (the hand-written Kompas 2018
fixture page, its story repeated with numbered paragraphs: the template path), the same story on a
page of a site without rules whose story container is a known CMS class (the generic path's container
stage), and on one whose markup no stage knows (over 2 MB: the element that holds the page's prose;
below: trafilatura). Each run is its own process, so its peak resident memory (``VmHWM``;
``ru_maxrss`` where there is no /proc) is that run's alone; the figure given is the peak above the
process's own baseline after the imports and the read of the page (what cleaning it costs, input
included once).
Target (issue #12): memory within ~10x the input, time linear in it, 30 MB under 400 MB peak.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import REPO_ROOT, section

SIZES_MB = (1, 10, 30)
#: A run that takes longer is stopped and reported as such (trafilatura is quadratic in paragraphs).
TIME_LIMIT_S = 150
_TEMPLATE_PAGE = REPO_ROOT / "fixtures" / "kompas" / "html" / "2018_regional_petani_garam.html"
_GENERIC_PAGE = REPO_ROOT / "fixtures" / "generic" / "html" / "tangerangnews_jembatan_cisadane.html"
_PARAGRAPH = ("<p>{}. Petani garam di pesisir utara mulai memanen hasil tambak mereka setelah cuaca cerah selama "
              "dua pekan berturut-turut, kata ketua kelompok tani setempat kepada wartawan.</p>\n")

_RUN = """
import json, resource, sys, time
side, path = sys.argv[1], sys.argv[2]
if side == "newsclean":
    import newsclean
    import trafilatura  # (the generic path imports it on first use: a pipeline pays that once, not per page)
    def clean(data):
        try:
            return len(newsclean.clean_html(data).paragraphs)
        except newsclean.CleanError:
            return 0
else:
    import logging, trafilatura
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    def clean(data):
        return len((trafilatura.extract(data) or "").split("\\n"))
def peak_kb():
    # VmHWM: this process's own peak (ru_maxrss keeps the forking parent's across exec on Linux)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data = open(path, "rb").read()
before = peak_kb()
start = time.perf_counter()
paragraphs = clean(data)
seconds = time.perf_counter() - start
peak = peak_kb()
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "added_mb": (peak - before) / 1024,
                  "paragraphs": paragraphs}))
"""


def grow(page: Path, marker: str, megabytes: int) -> str:
    """`page` with numbered story paragraphs inserted right after `marker` until it is `megabytes` big."""
    html = page.read_text("utf-8")
    at = html.index(">", html.index(marker)) + 1
    count = megabytes * 1024 * 1024 // len(_PARAGRAPH.format(0))
    return html[:at] + "".join(_PARAGRAPH.format(i) for i in range(count)) + html[at:]


def measure(side: str, path: Path) -> dict[str, float] | None:
    """One clean of `path` in a process of its own; None when it ran past the time limit."""
    try:
        done = subprocess.run([sys.executable, "-c", _RUN, side, str(path)], capture_output=True, text=True,
                              timeout=TIME_LIMIT_S, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _cell(result: dict[str, float] | None) -> str:
    if result is None:
        return f"{'> ' + str(TIME_LIMIT_S) + ' s':>22}"
    return f"{result['seconds']:7.2f} s {result['peak_mb']:6.0f} MB peak"


def main() -> None:
    section("Big pages: clean_html vs trafilatura.extract, time and peak memory (each run its own process)")
    print(f"{'page':30}{'newsclean':>24}{'x input':>9}{'trafilatura':>26}")
    with tempfile.TemporaryDirectory() as folder:
        for label, page, marker, renamed in (
            ("template (kompas 2018)", _TEMPLATE_PAGE, 'class="read__content"', None),
            ("generic, CMS container", _GENERIC_PAGE, 'class="isi-berita"', None),
            ("generic, unknown markup", _GENERIC_PAGE, 'class="isi-berita"', 'class="xq-main"'),
        ):
            for megabytes in SIZES_MB:
                path = Path(folder) / f"page_{megabytes}.html"
                html = grow(page, marker, megabytes)
                path.write_text(html.replace(marker, renamed) if renamed else html, "utf-8")
                ours, theirs = measure("newsclean", path), measure("trafilatura", path)
                size_mb = path.stat().st_size / 2**20
                added = ours["added_mb"] / size_mb if ours else None
                ratio = f"{'-':>9}" if added is None else f"{'< 1x':>9}" if added < 1 else f"{added:8.1f}x"
                print(f"{label + f' {megabytes} MB':30}{_cell(ours):>24}{ratio}{_cell(theirs):>26}")
    print("x input: memory the clean added (peak above the process after import and read) / page size; "
          "target <= ~10x, 30 MB page under 400 MB peak")


if __name__ == "__main__":
    main()
