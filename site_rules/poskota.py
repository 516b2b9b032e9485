"""Pos Kota (poskota.co.id; poskotanews.com until about 2019).

Sources for the selectors and credit lines:
- The real 2018 page ../shared/corpus/html/poskota/pos-kota_2018-05-01_26df2f0b46.html (read in place):
  WordPress/Foundation layout, ``section.single-wrapper`` with ``.single-title h2`` (headline) and
  ``.single-title h5`` (``Selasa, 1 Mei 2018 — 19:38 WIB``), the lead photo's caption in
  ``.single-image p``, the story in ``.single-content``, the "Baca Juga" feed in ``.single-related``
  (outside the story area), ``.sharer-circle`` share buttons. The credit line is the city in capitals and
  an en dash (``JAKARTA – ``); the story ends with reporter/editor initials (``(budi/win)``). Its
  ``article:published_time`` says ``+00:00`` for a WIB clock time, so the visible date comes first.
- A public Poskota.co.id RSS scraper found with the ``search`` tool (corpus "code"; the stored copy names no
  repository): current pages carry ``Reporter`` / ``Editor`` links to ``/author/``, the
  ``POSKOTA.CO.ID`` credit, ``Follow Poskota`` / WhatsApp Channel / Google News promos, ``Berita Terkait``,
  ``News Update`` and ``Trending`` feeds, and ``?halaman=`` pages of a split story. It gives no CSS
  selectors for the current layout, so there is no current-era HTML template: such pages go to the
  generic cleaner (with a warning) and then through these text rules.
"""

from newsclean.dates import parse_timestamp
from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim


def _time_after_dash(fields: dict[str, object]) -> dict[str, object]:
    """Give a date-only `published` its clock time when the date line put a dash before it.

    The 2016-2019 date line reads "Selasa, 1 Mei 2018 — 19:38 WIB"; the shared timestamp reader stops at
    the em dash and keeps the day alone. The removed date block still holds the whole line.
    """
    published = fields.get("published")
    removed = fields.get("removed")
    if not isinstance(published, str) or len(published) != 10 or not isinstance(removed, list):
        return fields
    for block in removed:
        text = block.get("text") if isinstance(block, dict) else None
        if block.get("kind") != "date" or not isinstance(text, str) or ("—" not in text and "–" not in text):
            continue
        full = parse_timestamp(text.replace("—", ",").replace("–", ","))
        if full and full.startswith(published):
            fields["published"] = full
            break
    return fields

HTML_TEMPLATES = (
    # 2016-2019 poskotanews.com: WordPress "single" layout.
    HtmlTemplate(
        version="2018", era="2016-2019",
        markers=("section.single-wrapper", ".single-title h2", ".single-content"),
        body=".single-content",
        title=".single-title h2",
        # the visible time first: the meta tag prints the WIB clock time with "+00:00"
        date='.single-title h5, meta[property="article:published_time"]',
        caption=".single-image p",
        section='meta[property="article:section"], .remahroti a.current',
        noise=(
            Noise(".adsbygoogle, [data-advs-adspot-id], .home-ads", "ad"),
            Noise(".sharer-circle", "share"),
            Noise(".single-related", "related"),
        ),
    ),
)

OUTLET = Outlet(
    id="poskota",
    name="Pos Kota",
    domains=("poskota.co.id", "poskotanews.com"),
    text_eras=("2016-2019", "2020-2026"),
    single_page_query="halaman=all",
    signatures=(
        Signature(r"POSKOTA\.CO\.ID", weight=2),
        Signature(r"Poskota News", weight=2),
        Signature(r"poskotanews\.com", weight=2),
        Signature(r"Follow Poskota", weight=2),
    ),
    credits=(
        # "POSKOTA.CO.ID - ", "JAKARTA, POSKOTA.CO.ID - "
        Credit("poskota_credit", r"(?:(?P<city>[A-Z][\w.' ]{1,40}?)\s*,\s*)?POSKOTA\.CO\.ID\s*[-–—]{1,2}\s*"),
        # 2016-2019: the city alone, in capitals, then a dash ("BEKASI – "); not proof of the outlet
        Credit("poskota_city_credit", r"(?P<city>[A-Z]{3,}+(?: [A-Z]{2,}+){0,2}+)\s*[-–—]\s+(?=\S)", identifies=False),
    ),
    title_suffix=r"\s*[-|]\s*(?:Poskota News|Poskota\.co\.id|POSKOTA\.CO\.ID|Poskota)$",
    html_templates=HTML_TEMPLATES,
    adjust=_time_after_dash,
    trims=(
        # the reporter's short name and the desk's initials after the last sentence: "(samsul/yp)", "(rachmi/b)";
        # the shared closing_initials stops at five letters
        Trim("poskota_closing_initials", "other", r"\s*\([a-z]{2,10}(?:/[a-z]{1,6})+\)\s*$", endings=(")",)),
    ),
    rules=(
        # the lead photo's caption above the story, signed with the photographer's initials: "... (budi)"
        Rule("poskota_caption_initials", "caption", r"(?P<caption>[A-Z].{10,220}?[.,]?\s*\((?:[a-z]{2,12}|Ist|ist|Dok|dok)\))",
             flags=0, where="header", endings=(")",), max_len=260),
        # 2016-2019 date line: "Selasa, 1 Mei 2018 — 19:38 WIB" (the em dash; see the report / engine note)
        Rule("poskota_date_dash", "date", r"(?P<date>(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w{3,9} \d{4})"
             r"\s*[—–]\s*\d{1,2}:\d{2}\s*WIB", flags=0, where="header"),
        Rule("poskota_follow_promo", "promo", r"(?:Follow|Ikuti) (?:Poskota|POSKOTA|Pos Kota)\b.{0,200}", max_len=260),
        # 2016-2019: the "Baca Juga" heading of the related feed printed under the story (bare, no colon, no
        # title on its line; the inline form is "Baca Juga: <title>", the shared read_also rule)
        Rule("poskota_related_heading", "related", r"Baca Juga", flags=0, where="body", starts_tail=True),
        # the feeds under the story
        Rule("poskota_more_news", "related", r"(?:News Update|Trending|Berita Terkini Poskota)\s*:?", flags=0,
             starts_tail=True),
        # "Halaman Selanjutnya" under one part of a split story
        Rule("poskota_next_page", "navigation", r"Halaman (?:Selanjutnya|Berikutnya)\s*[»>]?", max_len=40,
             warning=MULTI_PAGE_WARNING),
    ),
)
