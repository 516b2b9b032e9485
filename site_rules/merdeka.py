"""Merdeka.com (merdeka.com: /peristiwa, /politik, /uang, /jakarta, /dunia, /sehat, ...).

Where the selectors and text furniture come from:
- 2014-2022 template ("2014"): babalenong/Scrapy-Indonesian-News-Articles
  ``merdeka/merdeka/spiders/merdeka_spider.py`` (2020 pages: ``div.mdk-body-detail``,
  ``div.mdk-dt-headline h1``, ``div.mdk-body-paragraph p``) and pr0ph0z/news_scrapper ``scrap.py``
  (the older misspelt ``div.mdk-body-paragpraph``, the related box ``div.title-section_terkait`` +
  ``ul#list-section_terkait`` inside the body, the pager ``ul.mdk-list-paging``, ``meta[name=author]``);
  other public scrapers add ``span.date-post`` ("Reporter : Name | Selasa, 1 Mei 2018 10:15"),
  ``.reporter a``, ``div.mdk-breadcrumb`` and the single-page form ``?page=all``.
- The current layout (2023-2026, ``h1.article-title``; okkymabruri/news-watch
  ``src/newswatch/scrapers/merdeka.py`` reads only ``h1``, ``meta[name=author]``,
  ``meta[property=article:published_time]`` and ``article p``) is not declared: no source names its story
  container, so those pages take the generic path with a warning.
- Dumps (search corpus ``pages``: story.merdeka.com 2021): the date line ``Merdeka.com 2021-07-12 14:58:04``,
  captions ending in ``©2021 Merdeka.com/Name`` (or another source after the year), ``Reporter: Name`` and
  ``Sumber : Liputan6.com`` under syndicated stories; the credit line ``Merdeka.com - `` opening the
  story, ``Baca juga:`` lines and the editor's initials in square brackets ``[ded]`` closing it are the
  site's standing furniture.
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

_INITIALS = r"\[[a-z]{2,5}(?:/[a-z]{2,5})?\]"

HTML_TEMPLATES = (
    # 2014-2022: div.mdk-body-detail holding the headline and div.mdk-body-paragraph (misspelt on old pages).
    HtmlTemplate(
        version="2014", era="2014-2022",
        markers=("div.mdk-body-detail",),
        body="div.mdk-body-paragraph, div.mdk-body-paragpraph",
        title="div.mdk-dt-headline h1",
        date='meta[name="pubdate"], meta[property="article:published_time"], span.date-post',
        authors='.reporter a, meta[name="author"]',
        caption="div.mdk-dt-img .mdk-dt-img-caption, div.mdk-dt-img figcaption",
        noise=(
            Noise("div.title-section_terkait, ul#list-section_terkait", "related"),
            Noise("[id^=div-gpt-ad]", "ad"),
        ),
        pager="ul.mdk-list-paging a",
    ),
)

OUTLET = Outlet(
    id="merdeka",
    name="Merdeka.com",
    domains=("merdeka.com",),
    text_eras=("2014-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"Merdeka\.com\s*[-–—]\s", weight=2),
        Signature(r"Merdeka\.com \d{4}-\d\d-\d\d", weight=2),
        Signature(r"Merdeka\.com/", weight=2),
        # (not inside another domain: suaramerdeka.com is Suara Merdeka's, another outlet)
        Signature(r"(?<![a-z])merdeka\.com"),
    ),
    credits=(
        # "Merdeka.com - " opening the first paragraph (no city)
        Credit("merdeka_credit", r"[Mm]erdeka\.com\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[Mm]erdeka\.com|MERDEKA\.COM)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Merdeka.com 2021-07-12 14:58:04": the date line under the headline
        Rule("merdeka_date_line", "date", r"Merdeka\.com\s+(?P<date>\d{4}-\d\d-\d\d\s+\d{1,2}:\d\d(?::\d\d)?)",
             flags=0, max_len=40),
        # "Reporter : Nanda Perdana | Selasa, 1 Mei 2018 10:15": the reporter and the date on one line
        Rule("merdeka_reporter_dated", "byline",
             r"Reporter\s*:\s*(?P<authors>[A-Z][^|:\n]{1,60}?)\s*\|\s*(?P<date>(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
             r",?\s+\d{1,2}\s+\w{3,9}\s+\d{4}\s+\d{1,2}[:.]\d\d)",
             flags=0, where="header", contains=("Reporter",)),
        # a photo caption signed with the year and the source: "dr louis owien. ©2021 Sosial media",
        # "Warga antre vaksin. ©2021 Merdeka.com/Imam Buhori"
        Rule("merdeka_caption", "caption", r"(?!(?:Copyright|Hak Cipta)\b)(?P<caption>.{3,600}?©\s?(?:19|20)\d\d\s\S.{0,60})", flags=0,
             contains=("©",), max_len=700),
        # the editor's initials in square brackets closing the story: "[ded]", "[ang/ded]"
        Rule("merdeka_initials", "byline", _INITIALS, flags=0, where="body"),
    ),
    trims=(
        # the same initials run into the end of the last paragraph: "... pada pekan depan. [ded]"
        Trim("merdeka_initials_glued", "byline", r"(?<=[.!?\"”])\s*" + _INITIALS + r"$", endings=("]",)),
    ),
)
