"""Tempo (tempo.co and its subdomains)."""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# The closing credit in capitals: the agencies the story draws on, then the writer who compiled it
# ("ANTARA | FIKRI ARIGI", "REUTERS | AL JAZEERA | SITA PLANASARI"). Agencies lead and go to `source`.
_AGENCY = (r"(?:ANTARA|REUTERS|AFP|AP|XINHUA|KYODO|BLOOMBERG|BBC|CNN|CNBC|AL ?JAZEERA|THE GUARDIAN|GUARDIAN|NYTIMES"
           r"|NEW YORK TIMES|WASHINGTON POST|THE STRAITS TIMES|STRAITS TIMES|SCMP|NIKKEI|YONHAP|BERNAMA|TASS|DW)")
_CAPS_NAME = r"[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]*){0,3}"
_CREDIT_ITEM = r"(?:" + _AGENCY + r"|" + _CAPS_NAME + r")"

# HTML template eras, newest first: the first whose markers all match a page reads it. Selectors
# from ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # 2024-2026: Nuxt/Tailwind site; the story is split over several div#content-wrapper blocks.
    HtmlTemplate(
        version="2024", era="2024-2026",
        markers=("div#content-wrapper",),
        body="div#content-wrapper",
        title="article h1",
        date='meta[property="article:published_time"], meta[name="publish-date"]',
        authors='meta[name="author"]',
        # "Reporter" / "Editor" label over each name
        byline='article div:has(> p + p a[href*="/penulis/"])',
        caption="article figure figcaption",
        tags="div#article-tags a",
        section='meta[property="article:section"]',
        noise=(
            Noise("[id^=remp-detail-baca-juga]", "read_also"),
            Noise("[class*=baca-juga], [class*=bacajuga]", "read_also"),
            Noise("*[ad-unit-path]", "ad", parent=True),  # an ad slot: its wrapper is the box
        ),
    ),
    # 2017-2019: schema.org microdata; body div#isi, reporter and editor in h4s above it.
    HtmlTemplate(
        version="2017", era="2017-2019",
        markers=('article[itemtype*="NewsArticle"]', "div#isi"),
        body="div#isi",
        title='article h1[itemprop="headline"]',
        date='meta[property="article:published_time"], span#date[itemprop="datePublished"], span#date',
        authors='h4[itemprop="author"]',
        editor='h4[itemprop="editor"]',
        caption='figure figcaption[itemprop="caption"], div#isi .img-gal-caption',
        tags='div.tags a[itemprop="keywords"]',
        section='meta[property="article:section"]',
        noise=(
            Noise("div#inarticle", "ad"),
            Noise("[id^=dablewidget]", "related"),
            Noise(".ads, .billboard", "ad"),
            # the closing credit in capitals: sources and reporter initials ("ANTARA | REUTERS | FIKRI")
            Noise("div#isi > p:last-of-type > strong:only-child", "byline", text=r"[^a-z]{2,120}"),
        ),
    ),
)

OUTLET = Outlet(
    id="tempo",
    name="Tempo",
    domains=("tempo.co", "tempo.id"),
    text_eras=("2018-2023", "2024-2026"),
    signatures=(
        Signature(r"TEMPO\.CO\s*,"),
        Signature(r"Tempo\.co"),
        Signature(r"Tempo\+"),
        Signature(r"Baca berita dengan sedikit iklan", weight=2),
    ),
    credits=(
        # "TEMPO.CO, Jakarta - ", "TEMPO.CO, WASHINGTON DC -- "; city as written
        Credit("tempo_credit", r"TEMPO\.CO\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("tempo_credit_nocity", r"TEMPO\.CO\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:Tempo\.co|TEMPO\.CO|(?:en\.)?tempo\.co)(?:\s+English)?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # Tempo+ paywall and benefit bullets (2024-2026)
        Rule("tempo_plus_benefit", "promo", r"-?\s*(?:Akses (?:edisi mingguan|penuh seluruh artikel|"
             r"Koran Tempo|tanpa iklan).{0,80}|Anda Mendukung Independensi Jurnalisme Tempo|Berlangganan Tempo\+.{0,120}"
             r"|Berlangganan untuk lanjutkan membaca\.?|Sudah berlangganan\?.{0,40}|Masuk untuk membaca.{0,60})"),
        Rule("tempo_image_label", "caption", r"Image of Tempo"),
        # 2024-2026 "Ringkasan Berita" box: the label, then bullet points above the story
        Rule("tempo_summary_box", "other", r"Ringkasan Berita"),
        Rule("tempo_summary_bullet", "other", r"[-•]\s+\S.{5,400}", where="header"),
        # print-edition credit printed after the story
        Rule("tempo_print_credit", "other", r".{0,200}berkontribusi dalam penulisan artikel ini\..{0,300}", max_len=600,
             contains=("berkontribusi",)),
        Rule("tempo_print_edition", "other", r"Di edisi cetak, artikel ini terbit di bawah judul.{0,300}"),
        Rule("tempo_closing_credit", "byline",
             r"(?P<source>" + _AGENCY + r"(?:\s?\|\s?" + _AGENCY + r")*)(?:\s?\|\s?" + _CAPS_NAME + r"){0,4}"
             r"|" + _CAPS_NAME + r"(?:\s?\|\s?" + _CREDIT_ITEM + r"){1,4}",
             flags=0, where="body"),
        Rule("tempo_footer", "navigation", r"(?:©|Copyright ©)\s*\d{4}.{0,80}Tempo.{0,80}|Tempo Media Group.{0,80}"),
    ),
    trims=(
        # the same credit run into the end of the last paragraph: '... lebih menyenangkan."AURA'
        Trim("tempo_closing_credit_glued", "byline",
             r"(?<=[.!?\"”])\s*" + _CREDIT_ITEM + r"(?:\s?\|\s?" + _CREDIT_ITEM + r"){0,4}$",
             endings=tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    ),
)
