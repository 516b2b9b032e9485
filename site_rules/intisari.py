"""Intisari (intisari.grid.id, formerly intisari-online.com; grid.id network)."""

import re

from newsclean.dates import WORDY
from newsclean.rules import Credit, Outlet, Rule, Signature

_NO_GROUPS = re.compile(r"\(\?P<\w+>")

OUTLET = Outlet(
    id="intisari",
    name="Intisari",
    domains=("intisari.grid.id", "intisari-online.com"),
    text_eras=("2019-2026",),
    signatures=(
        Signature(r"Inti(?:sari|asri)\s*-?\s*Online\.com", weight=2),
        Signature(r"Majalah Intisari", weight=2),
        Signature(r"Posted by Intisari", weight=2),
    ),
    credits=(
        # "Intisari-Online.com - ", "Intisari - Online.com -", and the typo "Intiasri-Online.com"
        Credit("intisari_credit", r"Inti(?:sari|asri)\s*-?\s*Online\.com\s*[-–—]+\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Semua Halaman\s*-\s*)?(?:Intisari(?:-Online\.com)?|Grid\.ID|intisari\.grid\.id)$",
    rules=(
        # "By NAME, Rabu, 3 Februari 2021 | 13:13 WIB": author and date in one line
        Rule("intisari_by_date", "byline",
             r"By\s+(?P<authors>[^,]{2,60}),\s*(?P<date>" + _NO_GROUPS.sub("(?:", WORDY) + r")"),
        Rule("intisari_facebook_residue", "other", r"Posted by Intisari on .{0,80}"),
        Rule("intisari_magazine_promo", "promo", r".{0,200}berlangganan Majalah Intisari.{0,120}", max_len=400,
             contains=("Majalah Intisari",)),
    ),
)
