"""Intisari (intisari.grid.id, formerly intisari-online.com; grid.id network)."""

import re

from newsclean.dates import WORDY
from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_NO_GROUPS = re.compile(r"\(\?P<\w+>")

# HTML template eras, newest first: the first whose markers all match a page reads it. Selectors
# from ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # the grid.id network template (intisari.grid.id and its sister sites)
    HtmlTemplate(
        version="grid", era="2019-2026",
        markers=(".read__article",),
        body=".read__article",
        title="h1.read__title, h1",
        date='meta[property="article:published_time"]',
        authors='meta[name="author"]',
        caption=".read__article figcaption, .photo__caption",
        tags=".tags__item a, [class*=tags__] a",
        section='meta[property="article:section"]',
        noise=(
            Noise("[class*=bacajuga], [class*=baca-juga]", "read_also"),
            Noise("[class*=related]", "related"),
            Noise("[class*=share]", "share"),
            Noise("[class*=advert], .ads_below_photo-wrapper, #outbrain-container, .kgnw-player", "ad"),
            Noise("[class*=tags__]", "navigation"),
            Noise("[class*=detail-read__comment]", "other"),
        ),
    ),
)

OUTLET = Outlet(
    id="intisari",
    name="Intisari",
    domains=("intisari.grid.id", "intisari-online.com"),
    text_eras=("2019-2026",),
    signatures=(
        Signature(r"Inti(?:sari|asri)\s*-?\s*[Oo]nline\.com", weight=2),
        Signature(r"Majalah Intisari", weight=2),
        Signature(r"Posted by Intisari", weight=2),
    ),
    credits=(
        # "Intisari-Online.com - ", "Intisari - Online.com -", "Intisari-online.com -", the typo "Intiasri-Online.com"
        Credit("intisari_credit", r"Inti(?:sari|asri)\s*-?\s*[Oo]nline\.com\s*[-–—]+\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Semua Halaman\s*-\s*)?(?:Intisari(?:-[Oo]nline\.com)?|Grid\.ID|intisari\.grid\.id)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "By NAME, Rabu, 3 Februari 2021 | 13:13 WIB": author and date in one line
        Rule("intisari_by_date", "byline",
             r"By\s+(?P<authors>[^,]{2,60}),\s*(?P<date>" + _NO_GROUPS.sub("(?:", WORDY) + r")"),
        Rule("intisari_facebook_residue", "other", r"Posted by Intisari on .{0,80}"),
        Rule("intisari_magazine_promo", "promo", r".{0,200}berlangganan Majalah Intisari.{0,120}", max_len=400,
             contains=("Majalah Intisari",)),
    ),
)
