"""Fetching benchmark: `afetch_many` of 500 small pages from a local server that answers each request
after 50 ms, at concurrency 32. Ideal: 32 / 0.05 s = 640 pages/s. Also measured: the largest stall
of the event loop while pages are cleaned (a ticker coroutine records how late it wakes up).

Run: ``.venv/bin/python benchmarks/bench_fetch.py`` (or via ``make bench``). Targets: >= 80 % of
the ideal with small pages, no stall over 50 ms. The server runs in its own process so that its
work does not count against the client's event loop. "CPU" is the client process's CPU time per page
(event loop and cleaning together): steadier than pages/s on a machine others are using.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean  # noqa: E402
from benchmarks.common import section  # noqa: E402

PAGES = 500
CONCURRENCY = 32
SERVER_DELAY = 0.05
IDEAL = CONCURRENCY / SERVER_DELAY
TICK = 0.005

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Menanam Bambu di Tepi Kali, Bagian {n} Halaman all - Kompas.com</title>
<link rel="canonical" href="https://megapolitan.kompas.com/read/2024/03/11/{n}/warga-menanam-bambu">
</head><body>
<h1 class="read__title">Warga Menanam Bambu di Tepi Kali, Bagian {n}</h1>
<div class="read__time">Kompas.com - 11/03/2024, 09:15 WIB</div>
<div class="read__content"><div class="clearfix">
<p><strong>KOMPAS.com</strong> - Puluhan warga di bantaran kali menanam bibit bambu pada Minggu pagi untuk
menahan longsor di tepi sungai yang kerap tergerus arus saat musim hujan tiba.</p>
<p>Ketua RW setempat mengatakan bibit itu didapat dari kelompok tani dan ditanam berselang tiga meter agar
akarnya saling mengikat tanah di sepanjang tepian.</p>
<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/read/1">Debit Sungai Naik Lagi</a></strong></p>
<p>Warga berharap rumpun bambu yang rapat bisa menahan tanah sebelum puncak musim hujan bulan depan.</p>
<p>Kegiatan serupa akan diulang setiap bulan sampai seluruh tepian kali di wilayah itu tertutup bambu.</p>
</div></div></body></html>
"""


def _serve(port_queue: multiprocessing.Queue[int], delay: float) -> None:
    """A minimal keep-alive HTTP/1.1 server: every GET gets the page after `delay` seconds."""

    # Answers built once: the server should cost as little CPU as possible (it shares the machine).
    answers = []
    for n in range(64):
        body = PAGE.format(n=n).encode()
        answers.append(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                       + str(len(body)).encode() + b"\r\n\r\n" + body)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        served = 0
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                await asyncio.sleep(delay)
                writer.write(answers[served % len(answers)])
                served += 1
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


@dataclass
class Run:
    label: str
    seconds: float
    ok: int
    failed: int
    max_stall: float
    cpu_ms: float

    @property
    def rate(self) -> float:
        return (self.ok + self.failed) / self.seconds


async def _measure(label: str, port: int, executor: Executor | None, pages: int = PAGES) -> Run:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    worst = 0.0

    async def ticker() -> None:
        nonlocal worst
        while not stop.is_set():
            asked = loop.time()
            await asyncio.sleep(TICK)
            worst = max(worst, loop.time() - asked - TICK)

    urls = [f"http://127.0.0.1:{port}/read/{i}" for i in range(pages)]
    tick = asyncio.create_task(ticker())
    cpu_started = time.process_time()  # worker processes of a pool are not counted
    started = time.perf_counter()
    ok = failed = 0
    async for result in newsclean.afetch_many(urls, concurrency=CONCURRENCY, per_host=CONCURRENCY, min_delay=0,
                                              respect_robots=False, outlet="kompas", clean_executor=executor):
        if isinstance(result, newsclean.Article):
            ok += 1
        else:
            failed += 1
            if failed == 1:
                print(f"  first failure: {result.stage} {result.error}")
    seconds = time.perf_counter() - started
    cpu_ms = (time.process_time() - cpu_started) / pages * 1000
    stop.set()
    await tick
    return Run(label, seconds, ok, failed, worst, cpu_ms)


async def _bare_sockets(port: int) -> float:
    """Pages/s of a client that is nothing but sockets: what this server and machine allow at all."""
    todo = list(range(PAGES))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while todo:
            writer.write(f"GET /bare/{todo.pop()} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0]))
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return PAGES / (time.perf_counter() - started)


def _clean_rate() -> float:
    page = PAGE.format(n=1)
    newsclean.clean_html(page, outlet="kompas")  # warm up imports
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < 1.0:
        newsclean.clean_html(page, outlet="kompas")
        count += 1
    return count / (time.perf_counter() - started)


def main() -> None:
    ctx = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue[int] = ctx.Queue()
    server = ctx.Process(target=_serve, args=(ports, SERVER_DELAY), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=30)
        section("fetch: fetch_many from a local server")
        print(f"{PAGES} pages, server delay {SERVER_DELAY * 1000:.0f} ms, concurrency {CONCURRENCY}, "
              f"ideal {IDEAL:.0f} pages/s; page {len(PAGE.format(n=1)):,} bytes, cleaned by clean_html (kompas rules)")
        print(f"  clean_html alone: {_clean_rate():.0f} pages/s on one thread")
        ceiling = asyncio.run(_bare_sockets(port))
        print(f"  bare-socket client (what this server and machine allow): {ceiling:.0f} pages/s")
        # Steady state: the first call of a process also loads the CA bundle and httpcore's lazy imports
        # (~50 ms, once), which is not what this measures.
        asyncio.run(_measure("warm-up", port, None, pages=2 * CONCURRENCY))
        runs = [asyncio.run(_measure("default", port, None))]
        with ProcessPoolExecutor(2) as pool:
            list(pool.map(abs, range(4)))  # start the workers before timing
            runs.append(asyncio.run(_measure("process pool (2)", port, pool)))
        for run in runs:
            verdict = "ok" if run.rate >= 0.8 * IDEAL and run.max_stall <= 0.05 else "BELOW TARGET"
            print(f"  {run.label:<18} {run.rate:6.0f} pages/s = {run.rate / IDEAL:4.0%} of ideal; "
                  f"largest event-loop stall {run.max_stall * 1000:5.1f} ms; CPU {run.cpu_ms:.2f} ms/page; "
                  f"{run.failed} failed  [{verdict}]")
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
