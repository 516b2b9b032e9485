"""Kompas.com (kompas.com and its subdomains). Harian Kompas (kompas.id) is another outlet.

Where the selectors and text furniture come from:
- HTML 2015, 2018 and 2024 eras: `../shared/corpus/SELECTORS.md` (real 2018 pages in
  `../shared/corpus/html/kompas/`; okkymabruri/news-watch `src/newswatch/scrapers/kompas.py`, which
  also notes that opinion pieces carry no `.credit-title-name` byline).
- HTML column pages (kolom): the columnist box `div.opinion__desc > div.opinion__author >
  a.opinion__link` (a link to the writer's page on kolom.kompas.com) from a public Kompas parser's tests
  (`news_scraper_core` sites tests, `test_kompas_parser_uses_opinion_link_author`) and a public keyword
  scraper that reads `div.opinion__author a.opinion__link` first; the `.read__time` forms
  `Kompas.com, Diperbarui 18/04/2026, 10:03 WIB` and `Kompas.com , 17 April 2026, 10:30 WIB` from the
  same parser's tests.
- Dumps of column pages, stored page text: nasional.kompas.com/read/2024/03/27/06161181 (a columnist's
  name, role and bio printed over the headline), money.kompas.com/read/2022/05/05/193759526 (the
  "Kudu Insight" box labelled "Riset dan analisis", writers in an `Oleh:` line),
  sains.kompas.com/read/2018/09/13/203418223 ("The Conversation" box): each prints the box, the
  headline, `Kompas.com - dd/mm/yyyy, hh:mm WIB`, then `Anda bisa menjadi kolumnis !` and the
  `Kriteria (salah satu): … Cara daftar baca di sini` criteria, then the column without a credit line.
- Captions: `Lihat Foto` over each photo, its caption glued to the credit (`….KOMPAS.com/NAME`,
  `….DOK. Humas …`), or the credit printed first: the real 2018 pages in `../shared/corpus/html/kompas/`
  put `<span class="pb_10 author">KOMPAS.com/NAME</span>` before the caption text inside `div.photo`
  (`KOMPAS.COM/Elsya Puspita`, `KOMPAS.com/ Aji YK Putra`, a stock user name such as `kazoka30`), which a
  dump runs together; stock credits with a user name after the site at a caption's end (`Shutterstock/…`).
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_NOISE_2024 = (
    Noise("[class^=inject-baca-juga]", "read_also"),
    Noise("[class^=kompasidRec]", "related"),
    Noise(".ads-on-body, [class^=kgnw-], [id^=div-gpt-ad]", "ad"),
    Noise(".gate-kgplus", "promo"),
    Noise("div.video", "video"),
)

# HTML template eras: the first whose markers all match a page reads it. Column pages come first (their
# writer's box is their own marker); then the news templates, newest first. Selectors from
# ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # 2018-2026 column pages: the columnist's box over the headline names the writer (no credit box).
    HtmlTemplate(
        version="kolom", era="2018-2026",
        markers=(".opinion__author", ".read__content"),
        body=".read__content",
        title="h1.read__title",
        date='meta[name="content_PublishedDate"], .read__time',
        authors=".opinion__author .opinion__link, .opinion__author",
        caption=".photo__caption, .read__photo figcaption, .photo",
        tags=".tag__article__link, .tag__article__item a",
        section='meta[name="content_category"]',
        noise=_NOISE_2024,
    ),
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
        noise=_NOISE_2024,
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

#: Photo desks and agencies as Kompas prints them before a photographer's name.
_DESK = r"(?:KOMPAS\.com|KOMPAS\.COM|Kompas\.com|SHUTTERSTOCK|Shutterstock|ANTARA FOTO|ANTARA|AFP|REUTERS|AP Photo|iStockphoto)"
#: A caption whose credit comes first (`<span class="author">` before the caption text in the photo box):
#: `KOMPAS.com/DIAN REINISPenyanyi …`, `KOMPAS.COM/Elsya PuspitaKondisi …`, `DOK. HUMASWarga …`. Story text
#: never opens with a photo desk's slash or a handout's `DOK.`, so the opening is enough to tell.
_CREDIT_FIRST = r"(?:" + _DESK + r"\s?/|(?:DOK|Dok)\.\s?[A-Z])"
#: Stock photo sites credited with their contributor's user name (`Shutterstock/fizkes`, `Freepik/jcomp`).
_STOCK = "SHUTTERSTOCK|Shutterstock|iStockphoto|ISTOCKPHOTO|Freepik|FREEPIK|Pexels|PEXELS|Unsplash|UNSPLASH|Pixabay|PIXABAY"
#: The line under the headline: `Kompas.com - 27/03/2024, 06:16 WIB`, `Kompas.com, Diperbarui 18/04/2026,
#: 10:03 WIB`, `Kompas.com , 17 April 2026, 10:30 WIB`, with an update time after it or not, and without the
#: site's name where an extractor dropped that link's text.
_DATE_UNDER_HEADLINE = (
    r"(?:Kompas\.com\s*[-–,]\s*)?(?:Diperbarui\s*)?(?P<date>[0-3]?\d(?:/[01]?\d/|\s+[A-Za-z]{3,9}\s+)(?:19|20)\d\d"
    r"\s*,?\s*[0-2]?\d[:.][0-5]\d\s*(?:WIB|WITA|WIT)?)(?:\s*,?\s*Diperbarui\b.{0,40})?"
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
        Signature(r"Kompas\.com - [0-3]\d/[01]\d/20\d\d", weight=2),
        Signature(r"Anda bisa menjadi kolumnis", weight=2),
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
        # under a column: the call for columnists, its criteria and the sign-up link
        Rule("kompas_columnist_promo", "promo",
             r"Anda bisa menjadi kolumnis ?!?.{0,200}|Kriteria\s*(?:artikel|tulisan|\(salah satu\))\s*:.{0,700}"
             r"|Cara daftar baca di sini\.?"),
        Rule("kompas_insight_box", "related", r"Kudu Insight.{0,80}|Salin Artikel", where="body"),
        # the date line under the headline; over a column's headline stands the columnist's box
        Rule("kompas_date_line", "date", _DATE_UNDER_HEADLINE, where="header", under_headline=True),
        # the photo button over an image; its caption follows (often printed twice)
        Rule("kompas_photo_link", "navigation", r"Lihat Foto", flags=0, then_value=True, value_field="caption"),
        # captions credited to a handout, glued on: "... Selasa (12/3/2024).DOK. Humas Pemkot Jakarta Pusat"
        Rule("kompas_caption_handout", "caption",
             r"(?P<caption>.{20,900}?[.)]\s?(?:DOK|Dok|dok)\.\s?[A-Z][\w .,'/&-]{1,60})", flags=0,
             contains=("DOK.", "Dok.", "dok."), max_len=1000),
        # the credit printed first and run into its caption: "SHUTTERSTOCK/FIZKESIlustrasi ..."
        Rule("kompas_caption_credit_first", "caption", r"(?P<caption>" + _CREDIT_FIRST + r".{20,1000})", flags=0,
             contains=("/", "DOK.", "Dok."), max_len=1000),
        # a caption ending in a stock site's credit with a user name ("….Shutterstock/fizkes", the shared
        # photographer rule wants a capital after the slash) or in a screenshot's credit ("Tangkapan layar …")
        Rule("kompas_caption_stock_credit", "caption",
             r"(?P<caption>.{20,900}?[.)]\s?(?:(?:" + _STOCK + r")/\s?[\w.@'-]{2,40}(?: [\w.@'-]{2,40}){0,3}"
             r"|(?:Tangkapan layar|TANGKAPAN LAYAR|Screenshot)\s[^.!?\"”]{2,80}))", flags=0,
             contains=(*(f"{site}/" for site in _STOCK.split("|")), "Tangkapan layar", "TANGKAPAN LAYAR", "Screenshot"),
             max_len=1000),
        # 2024 credit box: the name line(s) first, then the role ("Penulis", "Editor", "Tim Redaksi");
        # a bare role label without then_value takes the name lines printed right before it
        Rule("kompas_role_line", "byline", r"Penulis|Editor|Tim Redaksi", where="header"),
    ),
)
