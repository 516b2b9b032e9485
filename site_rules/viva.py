"""VIVA (viva.co.id and its channels: /berita, /bisnis, /bola, /showbiz, /otomotif, /digital, /gaya-hidup,
/militer, /ragam, ...; 2016 and earlier on subdomains such as news.viva.co.id, life.viva.co.id).

VIVA Networks' sister sites (tvonenews.com, intipseleb.com, ...) print their own credit lines and
layouts: they are not declared here.

Where the selectors and text furniture come from:
- 2020-2026 template ("2020"): okkymabruri/news-watch ``src/newswatch/scrapers/viva.py`` (the story is
  fetched with ``?page=all``; ``h1.main-content-title``, ``div.main-content-date``,
  ``div.main-content-author``, the body ``div.main-content-detail`` with ``div.recommended-article`` and
  ``div.widget-other-article`` taken out, the channel in ``a.breadcrumb-step.content_center``).
  No 2018-2019 scraper with other selectors was found; anpandu/indonesian-news-scraper
  ``lib/websites/Viva.js`` (2016: ``meta[name=pubdate]``, the body only as ``article div span``) is too
  unspecific to declare, so older pages take the generic path with a warning.
- Dumps (search corpus ``pages``: viva.co.id berita and ragam/round-up pages of 2018-2024, amp and
  desktop): the credit line ``VIVA – `` (2018-2022), ``Jakarta, VIVA – `` and the bare ``Jakarta – ``
  (2023-2026), older ``VIVA.co.id – `` / ``VIVAnews – ``; the photo credit printed under the headline
  as ``- VIVA/Name``, ``- tvOne``, ``- ANTARA/Name`` or under a ``Sumber :`` / ``Photo :`` / ``Foto :``
  label as ``• VIVA/Name``; the ``Baca Juga`` label with a linked title; the date line
  ``Sabtu, 8 Agustus 2020 | 09:21 WIB``; ``Read more...``, ``Topik Terkait``, ``Saksikan Juga``,
  ``Terpopuler``, ``Pilihan`` after the story; ``Halaman Selanjutnya`` on split stories.
"""

from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_VIVA = r"(?:VIVA(?:\.co\.id|news)?|VIVAnews)"
# Who a photo is credited to, as VIVA prints it under a headline or an inline picture.
_DESKS = (r"(?:VIVA|ANTARA|Antara|tvOne|Instagram|Istimewa|Dok\.|Reuters|REUTERS|AP|AFP|Getty|Pixabay|Freepik"
          r"|Shutterstock|vstory|Youtube|YouTube|Twitter|X @)")

HTML_TEMPLATES = (
    # 2020-2026: main-content-* classes; inline related teasers inside the body.
    HtmlTemplate(
        version="2020", era="2020-2026",
        markers=("div.main-content-detail",),
        body="div.main-content-detail",
        title="h1.main-content-title",
        date='meta[name="pubdate"], meta[property="article:published_time"], div.main-content-date',
        authors="div.main-content-author a, div.main-content-author",
        caption="div.main-content-detail figcaption, .main-content-image figcaption",
        section='meta[property="article:section"], a.breadcrumb-step.content_center',
        noise=(
            Noise("div.recommended-article, div.widget-other-article", "related"),
            Noise('[id^=div-gpt-ad], [class*="ads-"]', "ad"),
        ),
    ),
)

OUTLET = Outlet(
    id="viva",
    name="VIVA",
    domains=("viva.co.id",),
    text_eras=("2016-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"VIVA\s*[–—]\s", weight=2),
        Signature(r"VIVA\.co\.id\s*[–—-]\s", weight=2),
        Signature(r"VIVAnews\s*[–—-]\s", weight=2),
        Signature(r"- VIVA/", weight=2),
        Signature(r"• VIVA/", weight=2),
        Signature(r"VIVA\.co\.id"),
        Signature(r"viva\.co\.id"),
    ),
    credits=(
        # "VIVA – ", "VIVA.co.id – ", "VIVAnews - ", "Jakarta, VIVA – " (city as written)
        Credit("viva_credit",
               r"(?:(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+),\s*)?" + _VIVA + r"\s*[–—-]{1,2}\s*"),
        # 2023-2026 "Bogor – " (city alone, en dash): strips the dateline once the outlet is known
        Credit("viva_city", r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*–\s+(?=[A-Z\"“'])", identifies=False),
    ),
    title_suffix=r"\s*[-–|]\s*(?:VIVA(?:\.co\.id)?|VIVAnews)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # the photo credit under the headline: "- VIVA/Muhamad Solihin", "- tvOne", "- Instagram @akun"
        Rule("viva_photo_credit", "caption",
             r"-\s+" + _DESKS + r"[\w/@ .,'()-]{0,60}",
             flags=0, where="header", max_len=70),
        # ... or as a label and a bulleted source: "Sumber :" / "Photo :" then "• VIVA/M Ali Wafa"
        Rule("viva_photo_label", "caption", r"(?:Sumber|Photo|Foto)\s*:", flags=0, max_len=10),
        Rule("viva_photo_source", "caption", r"[•·]\s*" + _DESKS + r"[\w/@ .,'()-]{0,60}", flags=0, max_len=80),
        # the "Baca Juga" box: a bare label and the linked title under it
        Rule("viva_baca_juga", "read_also", r"Baca Juga", flags=0, then_drop=1),
        # the pager of a split story
        Rule("viva_next_page", "navigation", r"Halaman Selanjutnya|Selanjutnya\s*[»>]", flags=0, max_len=30,
             warning=MULTI_PAGE_WARNING),
        # the feeds under the story end it
        Rule("viva_more_news", "related", r"Read more\.\.\.|Saksikan Juga|Pilihan|Berita Terpopuler|Artikel Terkait",
             flags=0, starts_tail=True, max_len=30),
    ),
)
