"""Okezone (okezone.com and its channel subdomains: news., nasional., megapolitan., economy., celebrity.,
sports., bola., techno., lifestyle., travel., edukasi., muslim., women., ...).

Where the selectors and text furniture come from:
- 2015-2020 template ("2015"): the real saved pages in anpandu/indonesian-news-scraper
  (``test/fixtures/websites/okezone/okezone-singlepage.html``, lifestyle 2015; the scraper
  ``lib/websites/Okezone.js``: ``div.titles h1``, ``time.tgl``, ``div#contentx``), read in place:
  ``time.tgl`` ("Kamis, 5 November 2015 - 15:56 wib"), ``div.titles h1``, the caption
  ``.caption-img-ab p`` ending "(Foto: ...)", the reporter in ``.nmreporter div``, the body
  ``div#contentx`` with the dateline in ``<strong>``, closing initials ``<strong>(ren)</strong>`` after it,
  then "Berita Rekomendasi"; a later public selector table (code-search file 18762900305, its repository
  not named by the index) gives the 2018-2020 forms ``.title h1``, ``.reporter .namerep a`` /
  ``.namerep b`` and ``#contentx > p:not(.baca-juga):not(#bacajuga)``. The celebrity channel of 2016-2017
  had a layout of its own (``div.title-detail``, ``div.ctn-desc``: okezone-singlepage2.html there); it is
  not declared (those pages take the generic path with a warning).
- 2021-2026 template ("2021"): okkymabruri/news-watch ``src/newswatch/scrapers/okezone.py``
  (``.title-article h1``, ``.journalist a[title]``, the date in ``.journalist span`` after "Jurnalis-",
  the body ``.c-detail.read``, furniture classes starting ``inject-`` / ``banner``, paragraphs holding
  "Baca juga:", "Follow ... WhatsApp Channel", "Telusuri berita ... lainnya") and gikirima/indonews-scrapper
  ``indonews-scrapper-v2/indonews_scrapper_v2.py`` (``div.title-article > h1``, ``div.journalist``,
  ``div.c-detail.read``). The pager's class is not in those sources: the text rule for "Halaman:" and
  the page numbers under it carries the multi-page warning on every era.
- Dumps (search corpus ``pages``: news., nasional., economy. and video.okezone.com pages of 2017-2023):
  the breadcrumb ``HOME NEWS NASIONAL``, the byline ``Name , Jurnalis-Senin, 25 September 2023 |15:47 WIB``,
  the headline printed again, the caption ending ``(Foto: ...)``, the font buttons ``A`` ``A`` ``A``,
  the dateline ``JAKARTA - `` / ``JAKARTA – `` (capitals, shared with Sindonews and VOI: it does not
  identify Okezone), ``Baca juga:`` lines, ``Halaman:`` with the page numbers (``?page=all`` is the
  single-page form), closing initials ``(wal)`` and the editor's name in brackets ``(Feby Novalius)``,
  then ``Follow Berita Okezone di Google News``, ``Follow WhatsApp Channel Okezone ...``,
  ``Bagikan Artikel Ini``, ``Berita Terkait``, ``Telusuri berita finance lainnya``,
  ``Cari Berita Lain Di Sini``; 2020-2022 pages add the ORION account promo.
"""

from newsclean.engine.boilerplate import CAPITALS_CITY_CREDIT
from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"

HTML_TEMPLATES = (
    # 2021-2026: div.title-article h1, div.journalist (name link + "Jurnalis-<date>"), body div.c-detail.read.
    HtmlTemplate(
        version="2021", era="2021-2026",
        markers=("div.c-detail.read",),
        body="div.c-detail.read",
        title="div.title-article h1",
        date='meta[property="article:published_time"], div.journalist span',
        authors="div.journalist a[title]",
        caption="div.c-detail.read figcaption, .caption-img-ab p",
        noise=(
            Noise('[class^="inject-"], [class*=" inject-"]', "ad"),
            Noise('[class^="banner"], [id^=div-gpt-ad]', "ad"),
        ),
    ),
    # 2015-2020: div.titles h1 (later .title h1), time.tgl / .namerep b, body div#contentx.
    HtmlTemplate(
        version="2015", era="2015-2020",
        markers=("div#contentx",),
        body="div#contentx",
        title="div.titles h1, div.title h1",
        date='time.tgl, div.namerep b, meta[property="article:published_time"]',
        authors="div.nmreporter > div, div.namerep a",
        caption=".caption-img-ab p",
        noise=(
            Noise(".baca-juga, #bacajuga", "read_also"),
            Noise('[id^=div-gpt-ad], [class^="banner"]', "ad"),
        ),
    ),
)

OUTLET = Outlet(
    id="okezone",
    name="Okezone",
    domains=("okezone.com",),
    text_eras=("2015-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"Jurnalis\s*[-·•|]\s*" + _DAY, weight=2),
        Signature(r"Berita Okezone di Google News", weight=2),
        Signature(r"WhatsApp Channel Okezone", weight=2),
        Signature(r"Telusuri berita \w+ lainnya", weight=2),
        Signature(r"Okezone\.com"),
        Signature(r"okezone\.com"),
    ),
    credits=(
        # "JAKARTA - ", "JAKARTA – " (city in capitals): strips the credit once the outlet is known
        Credit("okezone_credit", CAPITALS_CITY_CREDIT, identifies=False),
    ),
    title_suffix=r"\s*[:|-]\s*Okezone(?:\.com)?(?: [A-Za-z]{2,12}){0,2}$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Raka Dwi Novianto , Jurnalis-Senin, 25 September 2023 |15:47 WIB" (2015-2019: "Name, Jurnalis · ...")
        Rule("okezone_byline_dated", "byline",
             r"(?P<authors>[A-Z][^,|\n]{1,80}?)\s*,\s*Jurnalis\s*[-·•|]\s*(?P<date>" + _DAY
             + r",?\s+\d{1,2}\s+\w{3,9}\s+\d{4}\s*[|,-]?\s*\d{1,2}[:.]\d{2}(?:\s*WI[BT]A?)?)",
             flags=0, where="header", contains=("Jurnalis",)),
        # the breadcrumb over the headline: "HOME NEWS NASIONAL", "HOME FINANCE"
        Rule("okezone_breadcrumb", "navigation", r"HOME(?: [A-Z][A-Z&]{1,20}){1,4}", flags=0, where="header",
             max_len=60),
        # the channel bar over the page: "home nasional megapolitan international nusantara infografis indeks"
        Rule("okezone_channel_bar", "navigation", r"home(?: [a-z]{3,15}){2,10}", flags=0, where="header"),
        # the font-size buttons printed as "A" lines between the caption and the story
        Rule("okezone_font_buttons", "navigation", r"A(?:\s+A){0,2}", flags=0, where="header", max_len=6),
        # a photo caption signed "(Foto: ...)": "Presiden Jokowi (Foto: Biro Pers Setpres)"
        Rule("okezone_caption", "caption", r"(?P<caption>.{3,600}?\((?:Foto|Ilustrasi|Foto ilustrasi)\s*:\s*[^()]{2,80}\))",
             flags=0, endings=(")",), max_len=700),
        # the pager of a split story: "Halaman:" then the page numbers, or the numbers alone
        Rule("okezone_pager", "navigation", r"Halaman\s*:(?:\s*\d{1,2}){0,10}", flags=0, max_len=40,
             warning=MULTI_PAGE_WARNING),
        Rule("okezone_page_numbers", "navigation", r"\d{1,2}(?:\s+\d{1,2}){0,9}(?:\s+(?:Selanjutnya|»|>))?",
             flags=0, where="body", max_len=40),
        # the editor's name in brackets closing the story: "(Feby Novalius)"
        Rule("okezone_editor", "byline",
             r"\((?!(?:Bersambung|Habis|Selesai|Tamat|Adv|Advertorial)\))(?P<editor>[A-Z][a-z]+(?: [A-Z][a-z]*\.?){0,3})\)",
             flags=0, where="body", max_len=50),
        # ORION account promo under 2020-2022 stories
        Rule("okezone_orion_promo", "promo", r"Dapatkan berita up to date dengan semua berita terkini dari Okezone.{0,250}",
             max_len=300),
        # the feeds after the story end it: "Telusuri berita finance lainnya", "Cari Berita Lain Di Sini"
        Rule("okezone_more_news", "related",
             r"Telusuri berita [\w ]{2,30} lainnya|Cari [Bb]erita [Ll]ain [Dd]i [Ss]ini|Okezone Hari Ini",
             flags=0, starts_tail=True, max_len=60),
    ),
)
