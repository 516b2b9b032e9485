"""Kontan (kontan.co.id and its subdomains)."""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# HTML template eras, newest first: the first whose markers all match a page reads it. Selectors
# from ../shared/corpus/SELECTORS.md; text furniture inside the body (the byline opening it,
# "Baca Juga:", Google News promos) is left to the text `rules` below.
_KONTAN_NOISE = (
    Noise(".boxdonasi", "promo"),
    Noise(".track-lanjutbaca", "read_also"),
    Noise(".track-bacajuga-inside", "read_also", parent=True),
    Noise("p:has(a[class^=track-]), h2:has(a[class^=track-])", "related"),
    Noise(".pagination", "navigation"),
    Noise(".track-gnews", "promo"),
    Noise("*[d-widget], .heightads250, .ads-partner-wrap, .kgnw-root, [id^=div-belowarticle-]", "ad"),
    Noise("#share-it", "share"),
)
#: Both templates print the date the same way (the CMS's meta tag first: it carries the time).
_KONTAN_DATE = 'meta[name="content_PublishedDate"], div.fs14.ff-opensans.font-gray, div.fs13.color-gray.mar-t-10'
HTML_TEMPLATES = (
    # h1.detail-desk with the story in div.tmpt-desk-kon[itemprop=articleBody]
    HtmlTemplate(
        version="desk", era="2019-2026",
        markers=("h1.detail-desk", "div.tmpt-desk-kon"),
        body="div.tmpt-desk-kon",
        title="h1.detail-desk",
        date=_KONTAN_DATE,
        caption=".img-detail-desk figcaption, .img-detail-desk .fs12, .fs12.ff-opensans.font-gray.mar-t-5",
        section='meta[name="content_category"]',
        noise=_KONTAN_NOISE,
        body_end_comment="pagination end",
    ),
    # the alternate template: h1.jdl_dtl, story in div.ctn
    HtmlTemplate(
        version="jdl", era="2019-2026",
        markers=("h1.jdl_dtl", "div.ctn"),
        body="div.ctn",
        title="h1.jdl_dtl",
        caption=".img_dtl figcaption, .img_dtl .fs12",
        date=_KONTAN_DATE,
        section='meta[name="content_category"]',
        noise=_KONTAN_NOISE,
        body_end_comment="pagination end",
    ),
)

OUTLET = Outlet(
    id="kontan",
    name="Kontan",
    domains=("kontan.co.id",),
    text_eras=("2019-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"kontan\.co\.id\n", weight=2),
        Signature(r"KONTAN\.CO\.ID"),
        Signature(r"\|\s*INDIKATOR\s*\|", weight=2),
    ),
    credits=(
        # "KONTAN.CO.ID - WASHINGTON. ", "KONTAN.CO.ID - ", rubric "IHSG - JAKARTA. ", legacy "JAKARTA. "
        Credit("kontan_credit", r"KONTAN\.CO\.ID\s*[-–—]\s*(?:(?P<city>[A-Z][A-Z .']{1,40}?)\s*\.\s+)?"),
        Credit("kontan_rubric_credit", r"[A-Z][A-Z0-9&]{1,15}\s*[-–—]\s*(?P<city>[A-Z][A-Z ]{2,30}?)\.\s+(?=[A-Z\"“])"),
        Credit("kontan_legacy_credit", r"(?P<city>[A-Z]{3,}+(?: [A-Z]{2,}+){0,2}+)\.\s+(?=[A-Z\"“])", identifies=False),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:Kontan|KONTAN)(?:\.co\.id)?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        Rule("kontan_site_banner", "banner", r"kontan\.co\.id|banner langganan top|KONTAN\.CO\.ID", where="header"),
        # market ticker: "| : WIB | INDIKATOR |" and its "• LQ45923,65 -11,86 -1.27%" lines
        Rule("kontan_ticker_head", "ticker", r"\|?\s*(?:\d{1,2}[:.]\d{2}\s*)?(?::\s*)?(?:WIB)?\s*\|?\s*INDIKATOR\s*\|?.{0,40}"),
        Rule("kontan_ticker_line", "ticker", r"[•·]\s*(?:[A-Z][A-Z0-9./& ]{1,30}|USD/IDR|IDX|KOMPAS100|LQ45|EMAS)"
             r"\s*[\d.,\s%+-]{0,40}[\d%].{0,20}", flags=0),
        Rule("kontan_insight_paywall", "promo", r"Hanya Rp ?[\d.]{1,12} untuk membaca artikel ini\.?|BELI SEKARANG"),
        Rule("kontan_donation", "promo", r"(?:Dukung|Bantu) (?:KONTAN|Kontan|jurnalisme).{0,200}", max_len=300),
    ),
    trims=(
        # amp pages run "Baca Juga: <title>" into the end of a body line
        Trim("kontan_read_also_glued", "read_also", r"(?<=[.!?\"”])\s*Baca Juga:\s.{1,250}$",
             contains=("Baca Juga:",)),
    ),
)
