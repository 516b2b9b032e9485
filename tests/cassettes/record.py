"""Re-record the outlet cassettes: ``.venv/bin/python tests/cassettes/record.py``.

Each cassette holds the HTTP exchanges of one `newsclean.afetch` of a real-looking outlet URL
(robots.txt, redirects, the page in its single-page form), recorded by vcrpy from a local server
that plays every site: the recording client's network layer connects every host to 127.0.0.1 and
skips TLS, so requests keep their real https URLs and Host headers while nothing leaves the machine.
The pages are our own (tests/cassettes/pages/*.html, text written for these tests).
`tests/test_fetch_cassettes.py` replays them with ``record_mode="none"``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import httpx
import vcr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fault_server import FaultServer, Handler, Reply, page, redirect  # noqa: E402

import newsclean  # noqa: E402

PAGES = HERE / "pages"


def _html(outlet: str) -> str:
    return (PAGES / f"{outlet}.html").read_text(encoding="utf-8")


def _text(body: str) -> Handler:
    return page(body, content_type="text/plain")


#: outlet -> (URL a user would pass, routes keyed "host/path" of the sites involved)
SITES: dict[str, tuple[str, dict[str, Handler]]] = {
    "tempo": (
        "https://nasional.tempo.co/read/1873201/petani-garam-di-pantai-utara-mulai-panen-lebih-awal",
        {
            "nasional.tempo.co/robots.txt": _text("User-agent: *\nDisallow: /search\n"),
            "nasional.tempo.co/read/1873201/petani-garam-di-pantai-utara-mulai-panen-lebih-awal":
                page(_html("tempo")),
        },
    ),
    "kompas": (
        # Page two of a paginated story: fetch asks for ?page=all instead.
        "https://megapolitan.kompas.com/read/2024/03/11/09150011/warga-bantaran-kali-ciliwung-menanam-bambu?page=2",
        {
            "megapolitan.kompas.com/robots.txt": _text("User-agent: *\nDisallow: /search/\nDisallow: /tag/\n"),
            "megapolitan.kompas.com/read/2024/03/11/09150011/warga-bantaran-kali-ciliwung-menanam-bambu":
                lambda seen, n: Reply(200, _html("kompas")) if seen.query == "page=all" else Reply(404),
        },
    ),
    "kontan": (
        "https://nasional.kontan.co.id/news/harga-cabai-rawit-di-pasar-induk-turun-menjelang-akhir-bulan",
        {
            "nasional.kontan.co.id/robots.txt": _text("User-agent: *\nDisallow: /search/\n"),
            "nasional.kontan.co.id/news/harga-cabai-rawit-di-pasar-induk-turun-menjelang-akhir-bulan":
                lambda seen, n: Reply(200, _html("kontan")) if seen.query == "page=all" else Reply(404),
        },
    ),
    "voi": (
        "https://voi.id/berita/371245/perpustakaan-keliling-sambangi-desa-terpencil-di-lereng-merapi",
        {
            # no robots.txt route: a 404, which allows everything
            "voi.id/berita/371245/perpustakaan-keliling-sambangi-desa-terpencil-di-lereng-merapi":
                page(_html("voi"), content_type="text/html"),  # no charset: read from the page
        },
    ),
    "intisari": (
        # The old domain answers with a permanent redirect to grid.id.
        "https://intisari-online.com/read/033411212/sejarah-singkat-kapal-pinisi",
        {
            "intisari-online.com/robots.txt": _text("User-agent: *\nAllow: /\n"),
            "intisari-online.com/read/033411212/sejarah-singkat-kapal-pinisi": redirect(
                "https://intisari.grid.id/read/033411212/sejarah-singkat-kapal-pinisi-warisan-pelaut-bugis", 301),
            "intisari.grid.id/robots.txt": _text("User-agent: *\nDisallow: /tag/\n"),
            "intisari.grid.id/read/033411212/sejarah-singkat-kapal-pinisi-warisan-pelaut-bugis":
                page(_html("intisari")),
        },
    ),
}


class _ToLoopback(httpx.AsyncBaseTransport):
    """Sends every request, whatever its host and scheme, to the local recording server (plain HTTP);
    the request keeps its Host header, and vcrpy records it under its own URL."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _drop_volatile(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in ("Date", "date", "Server", "server"):
        headers.pop(name, None)
    return response


async def _record_one(outlet: str, url: str, port: int) -> newsclean.Article:
    async with httpx.AsyncClient(transport=_ToLoopback(port)) as client:
        return await newsclean.afetch(url, client=client, min_delay=0)


def main() -> None:
    for outlet, (url, routes) in SITES.items():
        with FaultServer(routes, by_host=True) as server:
            cassette = HERE / f"{outlet}.yaml"
            with vcr.use_cassette(str(cassette), record_mode="all", before_record_response=_drop_volatile):
                article = asyncio.run(_record_one(outlet, url, server.port))
            print(f"{cassette.name}: {len(server.requests)} requests, outlet={article.outlet}, "
                  f"{len(article.paragraphs)} paragraphs, url={article.url}")


if __name__ == "__main__":
    main()
