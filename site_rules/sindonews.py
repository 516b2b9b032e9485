"""Sindonews (sindonews.com and its subdomains: nasional., metro., sports., ekbis., ...).

Sources: the 2018 era (HTML template "2018") is read from the real pages in
../shared/corpus/html/sindonews/ (sindo_2018-05-01_059d60a004, _8926520289, _dbb2e89a7c), in place:
``div.article`` holding ``h1``, ``div.reporter p.author a``, ``time`` ("Selasa, 1 Mei 2018 - 19:26 WIB"),
``figure figcaption``, the body ``div#content`` (paragraphs split by ``<br><br>``, the dateline in
``<strong>LONDON</strong> - ``) closed by the editor's initials ``div.editor`` ("(sha)").
The current era (HTML template "2020", 2020-2026) comes from public scrapers: okkymabruri/news-watch
``src/newswatch/scrapers/sindonews.py`` (``h1``, ``.warp-nama-redaksi``, ``.detail-date-artikel``, the body
``.detail-desc`` with divs whose class starts ``baca-juga``, ``lihat-juga`` or ``related`` or holds ``ads``
taken out, ``.breadcrumb``) and gikirima/indonews-scrapper ``indonews-scrapper-v2/indonews_scrapper_v2.py``
(``h1.detail-title``, ``a[rel="author"]``, ``div.detail-date-artikel``, ``div#detail-desc``); a public
Flask scraper's selector table (code-search file 18762900305) names ``.detail-nama-redaksi``. Dumps: the bare ``JAKARTA - `` dateline (the
same as VOI's and Okezone's: it does not identify the outlet), "Baca Juga:" lines, the pager of split
stories ("Halaman 1 dari 2", handled by the shared pager rule) and the "Berita Terkait" feed.
"""

from newsclean.engine.boilerplate import CAPITALS_CITY_CREDIT
from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

HTML_TEMPLATES = (
    # 2020-2026: h1.detail-title, .detail-nama-redaksi / a[rel=author], .detail-date-artikel, body #detail-desc.
    HtmlTemplate(
        version="2020", era="2020-2026",
        markers=("#detail-desc, div.detail-desc",),
        body="#detail-desc, div.detail-desc",
        title="h1.detail-title",
        date='meta[property="article:published_time"], .detail-date-artikel',
        authors='.detail-nama-redaksi a, a[rel="author"]',
        caption=".detail-img figcaption, .detail-desc figcaption",
        tags=".detail-tag a, .tag-list a",
        noise=(
            Noise('[class^="baca-juga"], [class^="lihat-juga"]', "read_also"),
            Noise('[class^="related"]', "related"),
            Noise('[id^=div-gpt-ad], [class*="ads"]', "ad"),
        ),
    ),
    # 2015-2019: div.article > div#content; paragraphs split by <br><br>; editor initials div.editor.
    HtmlTemplate(
        version="2018", era="2015-2019",
        markers=("div.article", "div#content"),
        body="div.article div#content",
        title="div.article h1",
        date="div.article time",
        authors="div.article div.reporter p.author a",
        caption="div.article figure figcaption",
        tags=".tag-list a, .tags a",
        pager=".pagination a, .paging a",
        noise=(
            Noise("div.editor", "byline"),
            Noise(".baca-juga, [class*=baca-juga]", "read_also"),
            Noise("[id^=div-gpt-ad], .ads", "ad"),
        ),
    ),
)

OUTLET = Outlet(
    id="sindonews",
    name="Sindonews",
    domains=("sindonews.com", "sindonews.net"),
    text_eras=("2018-2026",),
    single_page_query="showpage=all",
    signatures=(
        Signature(r"SINDOnews", weight=2),
        Signature(r"Sindonews\.com"),
        Signature(r"sindonews\.com"),
        Signature(r"Koran SINDO"),
    ),
    credits=(
        # "JAKARTA - " (city in capitals): strips the credit once the outlet is known, identifies nothing
        Credit("sindonews_credit", CAPITALS_CITY_CREDIT, identifies=False),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:SINDOnews(?:\.com)?|Sindonews(?:\.com)?)(?:\s+\w+)?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # the reporter's name alone on the line under the headline (2018 dumps: "Susanto Wibowo")
        Rule("sindonews_reporter_line", "byline", r"(?P<authors>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})",
             flags=0, where="header", max_len=40),
        # the editor's initials closing the story: "(sha)", "(nfl)"
        Rule("sindonews_editor_initials", "byline", r"\([a-z]{2,4}(?:/[a-z]{2,4})?\)", flags=0, where="body"),
        Rule("sindonews_baca_juga", "read_also", r"Baca Juga\s*:?.{0,200}", flags=0, max_len=220),
        Rule("sindonews_pager", "navigation", r"Halaman\s+\d+\s+dari\s+\d+|Selanjutnya|Sebelumnya",
             flags=0, warning=MULTI_PAGE_WARNING),
        Rule("sindonews_more_news", "related", r"Berita Terkait|Berita Terpopuler|Berita Lainnya",
             flags=0, starts_tail=True),
        Rule("sindonews_footer", "navigation", r"(?:Copyright )?©\s*\d{4}.{0,40}SINDOnews.{0,80}", max_len=160),
    ),
)
