"""ANTARA (antaranews.com, its regional subdomains such as jatim.antaranews.com, and en.antaranews.com).

Sources for the selectors and credit lines:
- ../shared/corpus/SELECTORS.md: the credit line ``Jakarta (ANTARA) - ``, ``Copyright © ANTARA 2021`` and the
  anti-crawling notice under the story (the corpus holds no ANTARA HTML page).
- Public scrapers found with the ``search`` tool (corpus "code"): jajackleon/13-Maliar
  (``Maliar/Features/Scraping/AntaraScraper.swift``, 2021: ``h1.post-title``, the date in ``h1.post-title + p``,
  the story in ``div.post-content``); a Crawlee scraper and a generic fallback extractor reading
  ``.wrap__article-detail-content`` (the current "wrap__article-detail" layout), with the byline in
  ``p.text-muted.mt-2.small`` (``Pewarta: … Editor: … COPYRIGHT © ANTARA``).
- The 2017-2018 credit line read ``Jakarta (ANTARA News) - ``; both forms are accepted.

Pewarta / Editor lines, "Baca juga:", the copyright line and the reuse notice are shared furniture
(newsclean.engine.boilerplate); this module adds ANTARA's own feeds and labels.
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

HTML_TEMPLATES = (
    # 2022-2026: "wrap__article-detail" layout; the story is text and <br> directly inside the content div,
    # the Pewarta/Editor/copyright box a p.text-muted at its end (read by the text rules).
    HtmlTemplate(
        version="2022", era="2022-2026",
        markers=(".wrap__article-detail-content",),
        body=".wrap__article-detail-content",
        title="h1.wrap__article-detail-title, h1.post-title",
        date='meta[property="article:published_time"], .wrap__article-detail-info span',
        caption=".wrap__article-detail-image figcaption, .wrap__article-detail-content figcaption",
        tags=".tags-wrapper a, .blog-tags a",
        section='meta[property="article:section"]',
        noise=(
            Noise(".baca-juga, span.baca-juga", "read_also"),
            Noise(".adsCenter, .ads_antaranews, [id^=div-gpt-ad]", "ad"),
            Noise(".article-share, .share-buttons", "share"),
        ),
    ),
    # 2019-2021: h1.post-title, the date line right under it, the story in div.post-content.
    HtmlTemplate(
        version="2019", era="2019-2021",
        markers=("h1.post-title", "div.post-content"),
        body="div.post-content",
        title="h1.post-title",
        date='meta[property="article:published_time"], h1.post-title + p',
        caption="header.post-header figcaption, div.post-content figcaption",
        tags=".tags-wrapper a",
        section='meta[property="article:section"]',
        noise=(
            Noise(".baca-juga", "read_also"),
            Noise(".adsCenter, [id^=div-gpt-ad]", "ad"),
            Noise(".post-share, .share-buttons", "share"),
        ),
    ),
)

OUTLET = Outlet(
    id="antara",
    name="ANTARA",
    domains=("antaranews.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"Copyright © ANTARA \d{4}", weight=2),
        Signature(r"COPYRIGHT © ANTARA \d{4}", weight=2),
        Signature(r"Kantor Berita ANTARA"),
        Signature(r"antaranews\.com"),
    ),
    # A foreign story carried from an agency ("Jenewa (ANTARA/Reuters) - ") is the shared city_agency credit.
    credits=(
        # "Jakarta (ANTARA) - ", "Gianyar, Bali (ANTARA) -", 2017-2018 "Jakarta (ANTARA News) - "; city as written
        Credit("antara_credit",
               r"(?P<city>[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,2}+(?:, [A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,2}+)?)\s*\((?:ANTARA|Antara)(?: News)?\)\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:ANTARA News(?: [\w ]{1,30})?|ANTARA|antaranews\.com)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # the feeds under the story: the label ends the story
        Rule("antara_more_news", "related",
             r"(?:Rekomendasi lain|Top News|Berita Foto|Video Terkini|Lihat juga berita lainnya|Terpopuler hari ini)"
             r"\s*:?", starts_tail=True),
        # "Ikuti berita terkini ANTARA ..." without a link or channel name (the shared promo wants one)
        Rule("antara_follow_promo", "promo", r"(?:Ikuti|Baca) (?:juga )?berita (?:terkini|lainnya) (?:dari )?ANTARA.{0,200}",
             max_len=260),
        # English desk: the translator / editor credit under the story ("Translator: X, Editor: Y")
        Rule("antara_translator", "byline", r"(?:Translator|Penerjemah)\s*:\s*[^,|:]{2,80}?"
             r"(?:\s*[,|]\s*Editor\s*:\s*(?P<editor>[^,|:]{2,80}))?", where="body"),
    ),
)
