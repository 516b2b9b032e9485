"""Bisnis.com (bisnis.com and its channels and regional desks: ekonomi., market., finansial., kabar24.,
teknologi., lifestyle., sumatra., semarang., surabaya., bali., kalimantan.bisnis.com ...).

Where the selectors and text furniture come from:
- 2021-2026 template: okkymabruri/news-watch ``src/newswatch/scrapers/bisnis.py`` (title
  ``h1.detailsTitleCaption``, date ``.detailsAttributeDates``, author ``.authorName`` printed as
  "Name - Bisnis.com", the story ``article.detailsContent.force-17.mt40`` less ``div.baca-juga-box*``,
  breadcrumb ``.breadcrumbItem .breadcrumbLink``, the premium form ``.paywall``, and for older pages the
  ``.author`` box whose text is the name, then the time "12/02/2019 08:15 WIB"); a jsoup ``Bisnis`` scraper
  found with the search tool (``meta[name=publishdate]`` "2026/03/25 15:11:47", ``article.detailsContent p``
  without "Baca Juga" and "Disclaimer" paragraphs, and the furniture ``.skyscrapper``, ``.bisnisaiHeader`` /
  ``.bisnisaiBody`` / ``.bisnisaiFooter`` (the AI summary box), ``.baca-juga-box``, ``.detailsAuthor``,
  ``.billboardWrapper``; credit lines "Bisnis.com, JAKARTA —", "Bisnis.com,JAKARTA—", "Bisnis.com , JAKARTA —");
  baiq99/crawler_bisniscom (``bisnis_crawler/spiders/bisnis_spider.py`` and its 2025 output under
  ``data/outputs/``: "Bisnis.com, MEDAN — …", the numeric desk code "(240)" closing a story).
- Dumps: a news text-cleaner module found with the search tool (``bisnis_cleaner``: "Nyaman tanpa iklan.
  Langganan BisnisPro", "Cek Berita dan Artikel yang lain di Google News dan WA Channel", "Advertisement");
  earlier credit forms "Bisnis.com, JAKARTA - ", "Bisnis.com, JAKARTA--- ", "Bisnis.com, JAKARTA- " as quoted
  in public datasets (2019-2021); the "Simak berita lainnya seputar topik artikel ini, di sini :" line and the
  investment disclaimer under market stories.
No saved page or scraper of 2018-2020 shows that era's markup, so there is one HTML template; older pages go
through the generic cleaner with a warning, and their text through the same rules.
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"

HTML_TEMPLATES = (
    # 2021-2026: "details*" classes; the story in article.detailsContent.
    HtmlTemplate(
        version="2021", era="2021-2026",
        markers=("article.detailsContent", "h1.detailsTitleCaption"),
        body="article.detailsContent",
        title="h1.detailsTitleCaption",
        date='meta[name="publishdate"], meta[property="article:published_time"], .detailsAttributeDates',
        authors=".authorName, .authorNames",
        section=".breadcrumbItem:nth-child(2) .breadcrumbLink",
        noise=(
            Noise(".baca-juga-box, [class^=baca-juga-box]", "read_also"),
            Noise(".bisnisaiHeader, .bisnisaiBody, .bisnisaiFooter", "other"),
            Noise(".skyscrapper, .billboardWrapper, [id^=div-gpt-ad], ins.adsbygoogle", "ad"),
            Noise(".detailsAuthor", "byline"),
        ),
    ),
)


OUTLET = Outlet(
    id="bisnis",
    name="Bisnis.com",
    domains=("bisnis.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"Bisnis\.com\s*,\s*[A-Z]", weight=2),
        Signature(r"Langganan BisnisPro", weight=2),
        Signature(r"Bisnis\.com"),
    ),
    credits=(
        # "Bisnis.com, JAKARTA — ", "Bisnis.com,JAKARTA—", "Bisnis.com , MEDAN - ", "Bisnis.com, JAKARTA--- "
        Credit("bisnis_credit",
               r"Bisnis\.com\s*,\s*(?P<city>[A-Z][\w.']*+(?: [A-Z][\w.']*+){0,2}+)\s*[-–—]{1,3}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?Bisnis\.com$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Name Surname - Bisnis.com", "Penulis : Name Surname - Bisnis.com"
        Rule("bisnis_author", "byline",
             r"(?:Penulis\s*:\s*)?(?P<authors>" + _NAME + r"(?:\s*(?:,|&|dan)\s*" + _NAME + r"){0,2})\s*-\s*Bisnis\.com",
             flags=0, where="header", contains=("Bisnis.com",)),
        # the older author box: "Name Surname | 12/02/2019 08:15 WIB" (name, then the time)
        Rule("bisnis_author_time", "byline",
             r"(?P<authors>" + _NAME + r")\s*\|\s*(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d\s+[0-2]?\d:[0-5]\d(?:\s*WI[BT]A?)?)",
             flags=0, where="header"),
        # market stories close with a disclaimer about investment decisions
        Rule("bisnis_disclaimer", "other", r"Disclaimer\s*:.{20,400}", flags=0, max_len=450, contains=("Disclaimer",)),
        Rule("bisnis_promo", "promo",
             r"Nyaman tanpa iklan\.?\s*Langganan BisnisPro.{0,80}|Konten Premium\b.{0,120}", flags=0, max_len=200),
        # "Simak berita lainnya seputar topik artikel ini, di sini :" and the topic link under it
        Rule("bisnis_topic_link", "related", r"Simak berita lainnya seputar topik artikel ini.{0,40}", flags=0,
             then_drop=1, max_len=80),
    ),
    trims=(
        # the numeric desk code after the last sentence: "... katanya. (240)"
        Trim("bisnis_desk_code", "other", r"(?<=[.!?\"”'’])\s*\(\d{1,3}\)$", endings=(")",)),
    ),
)
