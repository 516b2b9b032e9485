"""Intisari (intisari.grid.id, formerly intisari-online.com; grid.id network).

Where the selectors and text furniture come from:
- HTML grid template: `../shared/corpus/SELECTORS.md` (okkymabruri/news-watch
  `src/newswatch/scrapers/grid.py`: body `.read__article p`, date `meta[property=article:published_time]`,
  author `meta[name=author]`; ABPindo/indonesianadblockrules for the ad classes).
- AMP pages (intisari.grid.id/amp/…), stored page text: intisari.grid.id/amp/032549260 and
  /amp/032639923 (2021): `Find Us On Social Media :` first, the headline, `By NAME, Selasa, 9 Februari
  2021 | 13:30 WIB`, the photo caption on a line of its own (a short phrase, with or without a
  period), then the lead, whose credit line is sometimes run into it (`Intisari-Online.comJepang …`).
  The markers are what the AMP format itself requires of every AMP page (the `cdn.ampproject.org`
  runtime script) and its components (`amp-ad`, `amp-embed`, `amp-social-share`); no AMP article's
  HTML was available, so the grid class names are assumed to carry over from the desktop template.
- Desktop dumps print `Penulis` / NAME / `Kamis, 21 Maret 2024 | 19:30 WIB` over the lead (the module's
  older fixtures); a photo caption there is taken to stand where the AMP pages print it, under the date.
- The grid network's credit rows under the story, stored page text of sister sites
  (health.grid.id/read/352842706, nakita.grid.id/read/022842732): `Source | : | Intisari Online |`,
  `Penulis | : | NAME |`, `Editor | : | NAME |`.
"""

import re

from newsclean.dates import WORDY
from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_NO_GROUPS = re.compile(r"\(\?P<\w+>")

_GRID_NOISE = (
    Noise("[class*=bacajuga], [class*=baca-juga]", "read_also"),
    Noise("[class*=related]", "related"),
    Noise("[class*=share]", "share"),
    Noise("[class*=advert], .ads_below_photo-wrapper, #outbrain-container, .kgnw-player", "ad"),
    Noise("[class*=tags__]", "navigation"),
    Noise("[class*=detail-read__comment]", "other"),
)

# HTML template eras: the first whose markers all match a page reads it. Selectors from
# ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # AMP pages of the grid template: the AMP runtime, AMP components in place of ads and share buttons
    HtmlTemplate(
        version="amp", era="2019-2026",
        markers=('script[src^="https://cdn.ampproject.org/"]', ".read__article"),
        body=".read__article",
        title="h1.read__title, h1",
        date='meta[property="article:published_time"]',
        # no author selector: the page's JSON-LD / meta author, else the "By NAME, date" line in the text
        caption=".read__article figcaption, .photo__caption, .read__photo figcaption",
        tags=".tags__item a, [class*=tags__] a",
        section='meta[property="article:section"]',
        noise=(*_GRID_NOISE, Noise("amp-ad, amp-embed, amp-sticky-ad", "ad"), Noise("amp-social-share", "share")),
    ),
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
        noise=_GRID_NOISE,
    ),
)

#: A grid credit row: `Penulis | : | Moh. Habib Asyhad |`.
_ROW = r"\s*\|\s*:\s*\|\s*(?P<{}>[^|]{{1,80}}?)\s*\|?"

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
        # "Intisari-Online.com - ", "Intisari - Online.com -", "Intisari-online.com -", the typo "Intiasri-Online.com",
        # and on AMP pages the credit run into the lead: "Intisari-Online.comJepang melakukan …"
        Credit("intisari_credit", r"Inti(?:sari|asri)\s*-?\s*[Oo]nline\.com(?:\s*[-–—]+\s*|\s?(?=[A-Z\"“]))"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Semua Halaman\s*-\s*)?(?:Intisari(?:-[Oo]nline\.com)?|Grid\.ID|intisari\.grid\.id)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "By NAME, Rabu, 3 Februari 2021 | 13:13 WIB": author and date in one line; the photo's caption follows
        Rule("intisari_by_date", "byline",
             r"By\s+(?P<authors>[^,]{2,60}),\s*(?P<date>" + _NO_GROUPS.sub("(?:", WORDY) + r")",
             then_value=True, value_field="caption"),
        # the desktop pages' date line under "Penulis" / NAME; the photo's caption follows it there too
        Rule("intisari_date_line", "date", r"(?P<date>" + _NO_GROUPS.sub("(?:", WORDY) + r")", where="header",
             then_value=True, value_field="caption"),
        Rule("intisari_facebook_residue", "other", r"Posted by Intisari on .{0,80}"),
        Rule("intisari_magazine_promo", "promo", r".{0,200}berlangganan Majalah Intisari.{0,120}", max_len=400,
             contains=("Majalah Intisari",)),
        # the grid network's credit rows under the story
        Rule("grid_credit_row", "byline",
             r"(?:Penulis|Reporter)" + _ROW.format("authors") + r"|Editor" + _ROW.format("editor")
             + r"|(?:Source|Sumber)" + _ROW.format("source"), contains=("|",)),
    ),
)
