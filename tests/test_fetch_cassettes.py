"""Each outlet's fetch path replayed from recorded HTTP (vcrpy cassettes), with no server and no sockets.

The cassettes (tests/cassettes/*.yaml) were recorded by tests/cassettes/record.py from a local
server playing each site with pages of our own. Replay uses ``record_mode="none"``: a request the
cassette does not hold (a missing ``?page=all``, an unexpected robots.txt) fails the test.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

import newsclean
from newsclean import Article

CASSETTES = Path(__file__).resolve().parent / "cassettes"

#: outlet -> (URL asked for, canonical URL expected, a phrase of the body)
CASES = {
    "tempo": ("https://nasional.tempo.co/read/1873201/petani-garam-di-pantai-utara-mulai-panen-lebih-awal",
              "https://nasional.tempo.co/read/1873201/petani-garam-di-pantai-utara-mulai-panen-lebih-awal",
              "kristal garam"),
    "kompas": ("https://megapolitan.kompas.com/read/2024/03/11/09150011/warga-bantaran-kali-ciliwung-menanam-bambu"
               "?page=2",
               "https://megapolitan.kompas.com/read/2024/03/11/09150011/warga-bantaran-kali-ciliwung-menanam-bambu",
               "puncak musim hujan"),
    "kontan": ("https://nasional.kontan.co.id/news/harga-cabai-rawit-di-pasar-induk-turun-menjelang-akhir-bulan",
               "https://nasional.kontan.co.id/news/harga-cabai-rawit-di-pasar-induk-turun-menjelang-akhir-bulan",
               "Kramat Jati"),
    "voi": ("https://voi.id/berita/371245/perpustakaan-keliling-sambangi-desa-terpencil-di-lereng-merapi",
            "https://voi.id/berita/371245/perpustakaan-keliling-sambangi-desa-terpencil-di-lereng-merapi",
            "lereng Merapi"),
    "intisari": ("https://intisari-online.com/read/033411212/sejarah-singkat-kapal-pinisi",
                 "https://intisari.grid.id/read/033411212/sejarah-singkat-kapal-pinisi-warisan-pelaut-bugis",
                 "turun-temurun"),
}


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch, fresh_robots_cache: None) -> None:
    """No robots.txt from an earlier test, and no socket may connect anywhere."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cassette test tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def _replay(outlet: str) -> vcr.cassette.CassetteContextDecorator:
    return vcr.use_cassette(str(CASSETTES / f"{outlet}.yaml"), record_mode="none")


@pytest.mark.parametrize("outlet", sorted(CASES))
def test_outlet_fetch_path_replays(outlet: str) -> None:
    url, canonical, phrase = CASES[outlet]
    with _replay(outlet) as cassette:
        article = newsclean.fetch(url, min_delay=0)
    assert isinstance(article, Article)
    assert article.outlet == outlet
    assert article.url == canonical
    assert any(phrase in p for p in article.paragraphs)
    assert cassette.all_played  # robots.txt and every hop were asked for, in the recorded form


def test_kompas_and_kontan_are_asked_for_page_all() -> None:
    for outlet in ("kompas", "kontan"):
        with _replay(outlet) as cassette:
            newsclean.fetch(CASES[outlet][0], min_delay=0)
        pages = [r.uri for r in cassette.requests if not r.uri.endswith("/robots.txt")]
        assert pages and all(uri.endswith("?page=all") for uri in pages)


def test_without_page_all_the_recorded_kompas_page_is_not_there() -> None:
    # The cassette only holds the single-page form: asking for page two must miss it.
    with _replay("kompas"), pytest.raises(CannotOverwriteExistingCassetteException):
        newsclean.fetch(CASES["kompas"][0], min_delay=0, single_page=False)


def test_async_fetch_many_replays_every_outlet() -> None:
    async def run(outlet: str) -> list[Article | newsclean.FetchFailure]:
        return [r async for r in newsclean.afetch_many([CASES[outlet][0]], min_delay=0)]

    for outlet in sorted(CASES):
        with _replay(outlet):
            (result,) = asyncio.run(run(outlet))
        assert isinstance(result, Article) and result.outlet == outlet, result
