"""Bad input, from the library and from the command line: a typed `CleanError` with a message a
person understands (or a sane article), never a traceback; time linear in the input size.

Sizes here are real (a 50 MB dump, a 1 MB line, 100 000 "Baca juga" lines). Tests never assert
timings: `pytest-timeout` only guards against a regex that backtracks without end.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO_ROOT, SEEDS

import newsclean
from newsclean.rules import Outlet, Rule

STORY = (
    "Harga Cabai Rawit Naik Dua Kali Lipat\n\n"
    "TEMPO.CO, Jakarta - Harga cabai rawit merah di Pasar Induk Kramat Jati naik dua kali lipat dalam sepekan "
    "karena pasokan dari sentra produksi berkurang, kata para pedagang kepada wartawan.\n\n"
    "Pedagang menyebut hujan deras merusak tanaman di Jawa Tengah dan Jawa Timur sehingga pasokan ke Jakarta "
    "turun hingga separuh dari biasanya.\n\n"
    "Kementerian Perdagangan berencana menggelar operasi pasar di lima wilayah Jakarta mulai pekan depan.\n"
)
STORY_PARAGRAPHS = [
    "Harga cabai rawit merah di Pasar Induk Kramat Jati naik dua kali lipat dalam sepekan karena pasokan dari "
    "sentra produksi berkurang, kata para pedagang kepada wartawan.",
    "Pedagang menyebut hujan deras merusak tanaman di Jawa Tengah dan Jawa Timur sehingga pasokan ke Jakarta turun "
    "hingga separuh dari biasanya.",
    "Kementerian Perdagangan berencana menggelar operasi pasar di lima wilayah Jakarta mulai pekan depan.",
]
FURNITURE_ONLY = (
    "kontan.co.id\nbanner langganan top\n| : WIB | INDIKATOR |\n  • LQ45923,65 -11,86 -1.27%\n"
    "  • USD/IDR 15.735 -0,18%\nBagikan:\nBaca juga: Harga Emas Antam Naik Lagi\nADVERTISEMENT\n"
    "SCROLL TO CONTINUE WITH CONTENT\nTERBARU\n[X]\n×\n"
)


def cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True, cwd=REPO_ROOT,
        timeout=timeout,
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result


# -- empty, whitespace, binary ---------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", "", b"   \n\n\t\r\n  ", " \u00a0\n\u3000\n", b"\xef\xbb\xbf  \r\n"])
def test_empty_or_whitespace(data: bytes | str) -> None:
    with pytest.raises(newsclean.EmptyInputError, match="empty") as info:
        newsclean.clean_text(data)
    assert info.value.reason == "empty"


BINARIES = {
    "nul": b"TEMPO.CO, Jakarta - Harga naik.\x00\x00\x00\x01",
    "random": random.Random(7).randbytes(200_000),
    "high_bytes": bytes(range(0x80, 0x100)) * 200,
    "controls": bytes(range(1, 32)) * 100,
    "gzip_like": b"\x1f\x8b\x08\x00" + random.Random(3).randbytes(5000),
    "str_nul": "Harga\x00naik",
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_input(name: str) -> None:
    with pytest.raises(newsclean.BinaryInputError) as info:
        newsclean.clean_text(BINARIES[name])
    assert info.value.reason == "binary" and "not" in str(info.value)


def test_only_furniture_is_no_article() -> None:
    with pytest.raises(newsclean.NoArticleError, match="no article text found: every block is site furniture"):
        newsclean.clean_text(FURNITURE_ONLY)


def test_too_large_is_refused_with_the_limit_named() -> None:
    with pytest.raises(newsclean.InputTooLargeError, match="over the limit") as info:
        newsclean.clean_text(STORY.encode() * 100, max_input_bytes=10_000)
    assert info.value.reason == "too_large"


def test_unknown_outlet() -> None:
    with pytest.raises(newsclean.UnknownOutletError, match="known: "):
        newsclean.clean_text(STORY, outlet="nosuchoutlet")


def test_mixed_utf8_and_cp1252_lines_keep_both() -> None:
    """A UTF-8 dump with one cp1252 line pasted in: the UTF-8 lines are not turned into mojibake."""
    utf8 = "Pemandu wisata “Malioboro” kembali ramai dikunjungi wisatawan sejak libur sekolah dimulai – kata warga."
    cp1252 = "Pedagang kopi “Kopi Joss” mengaku omzetnya naik dua kali lipat selama libur – ujar Sumarni."
    data = (utf8 + "\n\n").encode("utf-8") + cp1252.encode("cp1252") + b"\n"
    assert newsclean.clean_text(data).paragraphs == [utf8, cp1252]


# -- sizes -----------------------------------------------------------------------------------------

@pytest.mark.timeout(180)
def test_50_mb_dump_is_cleaned_to_the_story() -> None:
    kontan = (SEEDS / "001_48e581ea9709a196.txt").read_bytes()
    copies = 50 * 1024 * 1024 // len(kontan) + 1
    data = kontan * copies
    assert len(data) >= 50 * 1024 * 1024
    started = time.perf_counter()
    article = newsclean.clean_text(data)
    elapsed = time.perf_counter() - started
    once = newsclean.clean_text(kontan)
    assert article.paragraphs == once.paragraphs and article.title == once.title
    assert article.outlet == "kontan" and article.published == once.published
    print(f"\n50 MB dump ({copies} copies of a seed): {elapsed:.1f} s")  # reported, never asserted


@pytest.mark.timeout(60)
def test_single_1_mb_line() -> None:
    sentence = "Warga desa itu menanam padi dan jagung di lahan seluas dua hektare setiap musim hujan. "
    line = (sentence * (1024 * 1024 // len(sentence) + 1)).strip()
    article = newsclean.clean_text("Judul Berita Panjang\n\n" + line + "\n")
    assert article.paragraphs == [line] and article.title == "Judul Berita Panjang"


@pytest.mark.timeout(120)
def test_100000_baca_juga_lines_leave_the_story_only() -> None:
    links = "".join(f"Baca juga: Harga Emas Antam Naik Lagi Hari Ke-{i}\n" for i in range(100_000))
    article = newsclean.clean_text(links + STORY)
    assert article.paragraphs == STORY_PARAGRAPHS
    assert article.dateline == "Jakarta"  # the credit line is found even after 100 000 blocks
    assert sum(r.kind == "read_also" for r in article.removed) == 100_000


@pytest.mark.timeout(120)
def test_baca_juga_lines_between_paragraphs() -> None:
    head, *rest = STORY.split("\n\n")
    dump = head + "\n\n" + ("\n" + "Baca Juga: Harga Cabai Naik\n" * 50_000).join(rest)
    assert newsclean.clean_text(dump).paragraphs == STORY_PARAGRAPHS


PATHOLOGICAL = {
    # long runs of what the patterns look for, where a careless regex backtracks
    "dashes": "-" * 1_000_000,
    "parens": "(" * 1_000_000,
    "initials": "Kata dia " + "(ab/" * 250_000,
    "read_also_in_one_line": "Baca juga: " * 90_000,
    "numeric_dates": "Senin, 1/1/2024 " * 60_000,
    "ticker_bullets": "• LQ45 9,1 " * 90_000,
    "byline_pipes": "Reporter: A | " * 70_000,
    "credit_prefixes": "TEMPO.CO, " * 100_000,
    "title_suffixes": "Judul " + "- Kompas " * 100_000,
    "photo_credits": "x TEMPO/" * 120_000,
    "caption_end": "Foto " * 200_000 + "(REUTERS)",
    "promo_words": "Telegram " * 100_000 + "klik",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_lines_finish(name: str) -> None:
    article = newsclean.clean_text(STORY + PATHOLOGICAL[name] + "\n")
    assert article.paragraphs[:3] == STORY_PARAGRAPHS


# -- forcing another outlet ------------------------------------------------------------------------

@pytest.mark.parametrize("forced", ["kontan", "kompas", "voi", "intisari"])
def test_another_outlets_dump_named_wrongly_is_cleaned_as_itself_and_says_so(forced: str) -> None:
    """Issue #12: an explicit outlet the dump's own signatures disagree with loses to them, with a warning."""
    tempo = (SEEDS / "000_7ed01535142a2699.txt").read_bytes()
    article = newsclean.clean_text(tempo, outlet=forced)
    natural = newsclean.clean_text(tempo)
    assert article.outlet == "tempo"
    assert article.to_dict() | {"warnings": []} == natural.to_dict() | {"warnings": []}
    assert article.warnings == [f"the dump looks like 'tempo', not {forced!r} as outlet={forced!r} says; "
                                "cleaned with the 'tempo' rules"]


def test_a_wrong_url_loses_to_the_dumps_own_signatures_and_says_so() -> None:
    """Issue #12: a Kontan dump passed with a Tempo URL was cleaned by Tempo's rules (title `banner langganan
    top`, no warning)."""
    kontan = (SEEDS / "001_48e581ea9709a196.txt").read_bytes()
    article = newsclean.clean_text(kontan, url="https://www.tempo.co/x")
    natural = newsclean.clean_text(kontan)
    assert article.outlet == "kontan" and article.title == natural.title != "banner langganan top"
    assert article.paragraphs == natural.paragraphs and article.url == "https://www.tempo.co/x"
    assert article.warnings == ["the dump looks like 'kontan', not 'tempo' as the URL (tempo.co) says; "
                                "cleaned with the 'kontan' rules"]


def test_a_named_outlet_the_dump_also_carries_is_obeyed_without_a_word() -> None:
    """A dump with the named outlet's signatures beside another's (a syndicated story) stays with the name."""
    tempo = (SEEDS / "000_7ed01535142a2699.txt").read_text("utf-8")
    mixed = tempo + "\n\nKOMPAS.com - Baca berita tanpa iklan. Gabung Kompas.com+\n"
    article = newsclean.clean_text(mixed, outlet="tempo")
    assert article.outlet == "tempo" and not any("looks like" in w for w in article.warnings)


def test_outlet_that_finds_no_body_falls_back_to_generic(monkeypatch: pytest.MonkeyPatch) -> None:
    greedy = Outlet(id="greedy", name="Greedy", domains=("greedy.example",),
                    rules=(Rule("greedy_everything", "other", r"(?!Baca).{60,}"),))
    monkeypatch.setattr("newsclean.text.resolve_outlet", lambda outlet, url, blocks, warnings=None: greedy)
    article = newsclean.clean_text(STORY.replace("TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --"))
    assert article.outlet is None and article.paragraphs == STORY_PARAGRAPHS and article.dateline == "Jakarta"
    assert any("'greedy' rules found no article body" in w for w in article.warnings)


# -- the same through the command line -------------------------------------------------------------

def test_cli_bad_inputs_each_named_and_the_good_one_still_printed(tmp_path: Path) -> None:
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\r\n\t\n",
        "binary.bin": random.Random(1).randbytes(4096),
        "furniture.txt": FURNITURE_ONLY.encode(),
        "good.txt": STORY.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    names = [str(tmp_path / n) for n in files] + [str(tmp_path / "missing.txt")]
    with pytest.raises(newsclean.NoArticleError) as no_article:
        newsclean.clean_text(FURNITURE_ONLY)
    result = cli("--json", *names)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"newsclean: {tmp_path / 'empty.txt'}: input is empty (nothing but whitespace)",
        f"newsclean: {tmp_path / 'blank.txt'}: input is empty (nothing but whitespace)",
        f"newsclean: {tmp_path / 'binary.bin'}: input holds NUL bytes: it looks like a binary file, not a page",
        f"newsclean: {tmp_path / 'furniture.txt'}: {no_article.value}",
        f"newsclean: {tmp_path / 'missing.txt'}: no such file",
    ]
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["input"] for line in lines] == names  # one line each, in order
    assert [line.get("reason") for line in lines] == ["empty", "empty", "binary", "no_article", None, "not_found"]
    assert lines[4]["paragraphs"] and "error" not in lines[4]


def test_cli_high_bytes_and_unknown_outlet(tmp_path: Path) -> None:
    path = tmp_path / "high.bin"
    path.write_bytes(BINARIES["high_bytes"])
    result = cli(str(path))
    assert result.returncode == 1 and b"not text in any supported encoding" in result.stderr
    result = cli("--outlet", "nosuchoutlet", str(path))
    assert result.returncode == 2 and b"unknown outlet 'nosuchoutlet'" in result.stderr and not result.stdout


@pytest.mark.timeout(180)
def test_cli_large_dump_and_long_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(STORY.encode() * (10 * 1024 * 1024 // len(STORY)))
    line = tmp_path / "line.txt"
    line.write_bytes(b"Judul Berita\n\n" + b"Warga menanam padi di sawah. " * 40_000 + b"\n")
    result = cli("--json", str(big), str(line))
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 2


def test_cli_forced_other_outlet_warns_in_json() -> None:
    result = cli("--json", "--outlet", "voi", str(SEEDS / "000_7ed01535142a2699.txt"))
    assert result.returncode == 0 and b"looks like 'tempo', not 'voi'" in result.stdout
    assert json.loads(result.stdout)["outlet"] == "tempo"
