"""Indonesian news timestamps to ISO 8601 (``WIB`` = +07:00, ``WITA`` = +08:00, ``WIT`` = +09:00)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
ZONES: dict[str, str] = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "GMT": "+00:00", "UTC": "+00:00"}
#: Offset assumed for a time printed without a zone: every supported outlet publishes in WIB.
DEFAULT_OFFSET = "+07:00"

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?"
_ZONE = r"(?P<tz>WITA|WIB|WIT|GMT|UTC)"

#: ``Jumat, 31 Desember 2021 09:45 WIB``, ``Kamis, 30 Desember 2021 / 22:46 WIB``,
#: ``8 Oktober 2024 | 15.20 WIB``, ``Rabu, 3 Februari 2021 | 13:13 WIB``, ``Selasa, 1 Mei 2018 — 19:38 WIB``
#: (Pos Kota), ``18 Jun 2015 at 06:25 WIB`` (Liputan6 2015).
WORDY = (
    r"(?:" + _DAY + r"\s*,?\s*)?(?P<d>[0-3]?\d)\s+(?P<mon>" + _MONTH + r")\s+(?P<y>(?:19|20)\d\d)"
    r"(?:\s*(?:[,|/\-–—]|pukul|jam|at)?\s*" + _TIME + r")?(?:\s*" + _ZONE + r")?"
)
#: ``17/05/2018, 19:36 WIB`` (Kompas), ``17-05-2018 19:36``.
NUMERIC = (
    r"(?:" + _DAY + r"\s*,?\s*)?(?P<d>[0-3]?\d)[/-](?P<m>[01]?\d)[/-](?P<y>(?:19|20)\d\d)"
    r"(?:\s*,?\s*(?:pukul\s*)?" + _TIME + r")?(?:\s*" + _ZONE + r")?"
)
#: ``2018-05-17T19:49:00+07:00``, ``2026-03-26 12:14:10``, and VOI's ``2026-05-13WIB18:45:00+07:00``.
ISO = (
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:(?:[T ]|WIB)" + _TIME +
    r"(?:\.\d+)?(?P<off>Z|[+-]\d\d:?\d\d)?)?"
)
_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (ISO, WORDY, NUMERIC)]

#: A block that is nothing but a timestamp, with the labels sites print around it.
DATE_LINE = (
    # a label: the site's name ("Kompas.com - 17/05/2018, 19:36 WIB") or a word such as "Diperbarui"
    r"(?:(?:[A-Za-z][\w-]{1,24}\.(?:co\.id|com|co|id)|Diperbarui|Dipublikasikan|Diterbitkan|Published|Updated?"
    r"|Tanggal|Posted)"
    r"\s*(?:[-:,]|pada)?\s*)?(?P<date>(?:" + WORDY.replace("?P<", "?P<w_") + r")|(?:"
    + NUMERIC.replace("?P<", "?P<n_") + r"))"
    r"(?:\s*(?:\||,|-)?\s*(?:Diperbarui|Update|Updated)\b.{0,60})?"
)
DATE_LINE = re.sub(r"\?P<[wn]_\w+>", "?:", DATE_LINE)


def _iso(y: int, mo: int, d: int, hh: str | None, mm: str | None, ss: str | None, offset: str | None) -> str | None:
    try:
        if hh is None:
            return datetime(y, mo, d).date().isoformat()
        moment = datetime(y, mo, d, int(hh), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    return moment.isoformat() + (offset or DEFAULT_OFFSET)


def find_timestamp(text: str) -> tuple[str, int, int] | None:
    """The first timestamp in `text`: its ISO 8601 form (see `parse_timestamp`) and where it stands."""
    if "19" not in text and "20" not in text:
        return None  # every pattern needs a year 19xx or 20xx: no need for three regex scans
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else MONTHS.get((g.get("mon") or "").lower().rstrip("."))
        if not month:
            continue
        offset = g.get("off")
        if offset == "Z" or offset == "z":
            offset = "+00:00"
        elif offset and ":" not in offset:
            offset = offset[:3] + ":" + offset[3:]
        if not offset and g.get("tz"):
            offset = ZONES[g["tz"].upper()]
        result = _iso(int(g["y"]), month, int(g["d"]), g.get("H"), g.get("M"), g.get("S"), offset)
        if result:
            return result, m.start(), m.end()
    return None


def parse_timestamp(text: str) -> str | None:
    """The first timestamp in `text` as ISO 8601 with offset (date only when no time is printed).

    Returns None when nothing parses or the date is impossible (31 Februari).
    """
    found = find_timestamp(text)
    return found[0] if found else None


def utc_to_wib(iso: str | None) -> str | None:
    """A UTC timestamp (``…+00:00``) on an Indonesian outlet's page, shown in WIB as the page prints it."""
    if not iso or not iso.endswith("+00:00"):
        return iso
    try:
        return datetime.fromisoformat(iso).astimezone(timezone(timedelta(hours=7))).isoformat()
    except ValueError:
        return iso
