"""Kompas.com (kompas.com and its subdomains). Harian Kompas (kompas.id) is another outlet."""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

# HTML template eras, newest first: the first whose markers all match a page reads it. Selectors
# from ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # 2024-2026: author in .credit-title-name; injected "Baca juga" and recommendation boxes.
    HtmlTemplate(
        version="2024", era="2024-2026",
        markers=(".read__content", ".credit-title-name"),
        body=".read__content",
        title="h1.read__title",
        date='meta[name="content_PublishedDate"], .read__time',
        authors=".credit-title-name",
        caption=".photo__caption, .read__photo figcaption, .photo",
        tags=".tag__article__link, .tag__article__item a",
        section='meta[name="content_category"]',
        noise=(
            Noise("[class^=inject-baca-juga]", "read_also"),
            Noise("[class^=kompasidRec]", "related"),
            Noise(".ads-on-body, [class^=kgnw-], [id^=div-gpt-ad]", "ad"),
            Noise(".gate-kgplus", "promo"),
            Noise("div.video", "video"),
        ),
    ),
    # 2018-2019: h1.read__title, .read__content; credit box #penulis / #editor below the story.
    HtmlTemplate(
        version="2018", era="2018-2019",
        markers=("h1.read__title", ".read__content"),
        body=".read__content",
        title="h1.read__title",
        date='meta[name="content_PublishedDate"], .read__time',
        authors='.read__author, meta[name="content_author"]',
        byline=".read__credit",
        caption=".photo",
        tags=".tag__article__link",
        section='meta[name="content_category"]',
        noise=(
            Noise("[id^=div-gpt-ad], .kcm, .ads-on-body", "ad"),
            Noise("div.video", "video"),
            Noise(".fb-quote", "share"),
        ),
    ),
    # 2015-2017: .kcm-read-content-text; paragraphs split by <br><br>; Penulis/Editor table at the end.
    HtmlTemplate(
        version="2015", era="2015-2017",
        markers=(".kcm-read-content-text",),
        body=".kcm-read-content-text",
        title=".kcm-read-content-top h2, .kcm-read-content-top h1",
        date=".kcm-read-content-top .grey",
        byline=".kcm-read-copy",
        caption=".kcm-read .photo",
        section=".kcm-read-content-top .breadcrump a",
        noise=(
            Noise(".kcm-read-terkait", "related"),
            Noise(".kcm-read-bottom-topic", "related"),
            Noise(".kcm-read-copy", "byline"),
            Noise("[class*=social]", "share"),
        ),
    ),
)

OUTLET = Outlet(
    id="kompas",
    name="Kompas.com",
    domains=("kompas.com",),
    text_eras=("2018-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"KOMPAS\.com\s*[-–—]", weight=2),
        Signature(r"Halaman all - Kompas", weight=2),
        Signature(r"KOMPAS\.com: Berita Terpercaya", weight=2),
        Signature(r"Kompas\.com News Update"),
        Signature(r"Gabung Kompas\.com\+"),
    ),
    credits=(
        # "WASHINGTON DC, KOMPAS.com – ", "KOMPAS.com - " (no city: dateline null)
        Credit("kompas_credit", r"(?:(?P<city>[A-Z][\w.' ]{1,40}?)\s*,\s*)?KOMPAS\.com\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"(?:\s+Halaman\s+(?:all|\d+))?\s*(?:[-|]\s*(?:[\w ]{1,30}\s)?(?:Kompas\.com|KOMPAS\.com|Kompas))?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        Rule("kompas_tagline", "ad", r"KOMPAS\.com: Berita Terpercaya|Kompas\.com\+.{0,80}", flags=0),
        Rule("kompas_columnist_promo", "promo", r"Anda bisa menjadi kolumnis ?!?.{0,200}|Kriteria (?:artikel|tulisan).{0,200}"),
        Rule("kompas_insight_box", "related", r"Kudu Insight.{0,80}|Salin Artikel"),
        # the photo button over the lead image; its caption follows (often printed twice)
        Rule("kompas_photo_link", "navigation", r"Lihat Foto", flags=0),
        # captions credited to a handout, glued on: "... Selasa (12/3/2024).DOK. Humas Pemkot Jakarta Pusat"
        Rule("kompas_caption_handout", "caption",
             r"(?P<caption>.{20,900}?[.)]\s?(?:DOK|Dok|dok)\.\s?[A-Z][\w .,'/&-]{1,60})", flags=0,
             contains=("DOK.", "Dok.", "dok."), max_len=1000),
        # 2024 credit box: the name line(s) first, then the role ("Penulis", "Editor", "Tim Redaksi");
        # a bare role label without then_value takes the name lines printed right before it
        Rule("kompas_role_line", "byline", r"Penulis|Editor|Tim Redaksi", where="header"),
    ),
)
