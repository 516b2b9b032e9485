"""Indonesian timestamps: every format newsclean.dates documents, zones, impossible dates, and the
rule that a date mentioned inside a story never becomes `published`."""

from __future__ import annotations

import re

import pytest

import newsclean
from newsclean.dates import DATE_LINE, ZONES, parse_timestamp


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # wordy: day name, month name, time with ":" or ".", separators "/", "|", ",", "pukul"
        ("Jumat, 31 Desember 2021 09:45 WIB", "2021-12-31T09:45:00+07:00"),
        ("Kamis, 30 Desember 2021 / 22:46 WIB", "2021-12-30T22:46:00+07:00"),
        ("8 Oktober 2024 | 15.20 WIB", "2024-10-08T15:20:00+07:00"),
        ("Rabu, 3 Februari 2021 | 13:13 WIB", "2021-02-03T13:13:00+07:00"),
        ("Jum'at, 5 Januari 2024 pukul 08.00 WIB", "2024-01-05T08:00:00+07:00"),
        ("Senin, 18 Mar 2024 14:30 WIB", "2024-03-18T14:30:00+07:00"),
        ("05 Mar 2024, 10:05 WIB", "2024-03-05T10:05:00+07:00"),
        ("12 February 2024 19:05 WIB", "2024-02-12T19:05:00+07:00"),
        ("Minggu, 17 Agt 2025 07:00:30 WIB", "2025-08-17T07:00:30+07:00"),
        ("1 Nopember 2019 23:59 WIB", "2019-11-01T23:59:00+07:00"),
        ("29 Februari 2024", "2024-02-29"),  # no time printed: the date alone
        # numeric (Kompas), day first
        ("17/05/2018, 19:36 WIB", "2018-05-17T19:36:00+07:00"),
        ("Kompas.com - 27/03/2024, 06:16 WIB", "2024-03-27T06:16:00+07:00"),
        ("17-05-2018 19:36", "2018-05-17T19:36:00+07:00"),
        ("3/2/2022", "2022-02-03"),
        # ISO forms, with and without offsets, and VOI's malformed JSON-LD
        ("2018-05-17T19:49:00+07:00", "2018-05-17T19:49:00+07:00"),
        ("2018-05-17T12:49:00Z", "2018-05-17T12:49:00+00:00"),
        ("2018-05-17T19:49:00.000+0800", "2018-05-17T19:49:00+08:00"),
        ("2026-03-26 12:14:10", "2026-03-26T12:14:10+07:00"),
        ("2026-05-13WIB18:45:00+07:00", "2026-05-13T18:45:00+07:00"),
        ("2024-01-31", "2024-01-31"),
    ],
)
def test_formats(text: str, iso: str) -> None:
    assert parse_timestamp(text) == iso


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("WIB", "+07:00"), ("WITA", "+08:00"), ("WIT", "+09:00"), ("wita", "+08:00"), ("GMT", "+00:00")],
)
def test_zones(zone: str, offset: str) -> None:
    assert parse_timestamp(f"Selasa, 2 Juli 2024 10:30 {zone}") == f"2024-07-02T10:30:00{offset}"
    assert parse_timestamp(f"02/07/2024, 10:30 {zone}") == f"2024-07-02T10:30:00{offset}"


def test_zone_table_matches_the_contract() -> None:
    assert (ZONES["WIB"], ZONES["WITA"], ZONES["WIT"]) == ("+07:00", "+08:00", "+09:00")


def test_time_without_zone_is_wib() -> None:
    """Every supported outlet publishes in WIB: a time printed without a zone is read as WIB."""
    assert parse_timestamp("Kamis, 30 Desember 2021 22:46") == "2021-12-30T22:46:00+07:00"


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2021 10:00 WIB",
        "29 Februari 2023",
        "32 Januari 2021",
        "30/02/2021, 10:00 WIB",
        "2021-13-01T10:00:00+07:00",
        "2021-02-30",
        "Kamis kemarin",
        "",
        "pukul 10.00 WIB",
    ],
)
def test_impossible_or_missing_dates_give_none(text: str) -> None:
    assert parse_timestamp(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Jumat, 31 Desember 2021 09:45 WIB",
        "Kompas.com - 05/02/2024, 14:02 WIB Diperbarui 05/02/2024, 16:40 WIB",
        "Diperbarui: 8 Oktober 2024 | 15.20 WIB",
        "Published 12 February 2024 19:05 WIB",
    ],
)
def test_date_line_matches_whole_timestamp_lines(line: str) -> None:
    assert re.fullmatch(DATE_LINE, line, re.IGNORECASE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pembicaraan itu berlangsung pada Kamis, 30 Desember 2021, kata pejabat itu.",
        "Sidang digelar pada 8 Oktober 2024 | dan dihadiri ratusan orang",
    ],
)
def test_date_line_does_not_match_a_sentence(sentence: str) -> None:
    assert not re.fullmatch(DATE_LINE, sentence, re.IGNORECASE)


STORY_WITH_DATES = (
    "Polisi Selidiki Kebakaran Gudang di Bekasi\n\n"
    "TEMPO.CO, Jakarta - Polisi menyelidiki kebakaran gudang plastik di Bekasi yang terjadi pada Senin, "
    "12 Februari 2024 pukul 03.15 WIB, kata juru bicara kepolisian kepada wartawan.\n\n"
    "Kebakaran serupa pernah terjadi di lokasi yang sama pada 17/05/2018, 19:36 WIB dan menewaskan dua orang.\n\n"
    "Selasa, 13 Februari 2024 10:00 WIB\n\n"
    "Penyidik masih menunggu hasil uji laboratorium forensik untuk memastikan penyebab kebakaran itu.\n"
)


def test_date_mentioned_in_story_never_becomes_published() -> None:
    article = newsclean.clean_text(STORY_WITH_DATES, outlet="tempo")
    assert article.published is None
    assert len(article.paragraphs) == 3
    assert "12 Februari 2024" in article.paragraphs[0]


def test_header_date_wins_over_dates_in_the_story() -> None:
    dump = "Selasa, 20 Februari 2024 08:00 WITA\n\n" + STORY_WITH_DATES
    article = newsclean.clean_text(dump, outlet="tempo")
    assert article.published == "2024-02-20T08:00:00+08:00"


def test_unparseable_labelled_date_is_a_warning_not_an_error() -> None:
    dump = (
        "Oleh Andi Saputra pada 31 Februari 2024, 10:00 WIB\n\n"
        "Jakarta, CNN Indonesia -- Pemerintah memperpanjang masa berlaku kartu prakerja hingga akhir tahun "
        "untuk peserta gelombang terakhir, kata pejabat kementerian.\n"
    )
    article = newsclean.clean_text(dump)
    assert article.published is None
    assert article.authors == ["Andi Saputra"]
    assert any("could not parse timestamp" in w for w in article.warnings)


@pytest.mark.parametrize("text, expected", [
    ("Selasa, 1 Mei 2018 — 19:38 WIB", "2018-05-01T19:38:00+07:00"),  # an em dash before the time (Pos Kota)
    ("8 Oktober 2024 – 15.20 WIB", "2024-10-08T15:20:00+07:00"),  # an en dash
    ("18 Jun 2015 at 06:25 WIB", "2015-06-18T06:25:00+07:00"),  # "at" (Liputan6 2015)
])
def test_the_time_after_a_dash_or_at_is_read(text: str, expected: str) -> None:
    assert parse_timestamp(text) == expected
