"""Tribunnews.com and the Tribun Network regional sites (tribunnews.com and its subdomains:
jabar., jatim., jogja., medan., bali., makassar.tribunnews.com ...).

Where the selectors and text furniture come from:

- 2015-2017 template: the saved page ``../shared/corpus/html/unlabeled/tribunnews_2015-06-19.html``
  (read in place): ``h1#arttitle``, the date in ``div.grey.bdr3 h3`` ("Jumat, 19 Juni 2015 12:58 WIB"),
  the lead photo ``#artimg`` (photographer in ``.f11.white``, caption in ``.arial.f12``), the body
  ``div.side-article.txt-article``, then ``#related`` ("Terkait" tags, "Baca Juga" list) and the
  ``div.f11.grey.pb10`` credit box ("Penulis: …" / "Editor: …"); ad slots ``div[id^=div-Article-]``.
- 2018-2026 template: public scrapers (okkymabruri/news-watch ``TribunnewsScraper``,
  vioxcd-archive/scraping-cnn-and-tribunnews, wenabilfitraha/allnews for the listing markup
  ``li.art-list``): title ``h1#arttitle``, body ``div.side-article.txt-article.multi-fontsize``,
  ``#penulis`` / ``#editor`` credit, the Kompas Gramedia ``content_*`` meta tags, multi-page
  stories with a ``.paging`` pager and a ``?page=all`` single-page form.
- Text furniture of dumps: credit lines ``TRIBUNNEWS.COM, JAKARTA -`` and the regional
  ``TRIBUNJABAR.ID, BANDUNG -`` forms; inline ``Baca juga:`` (shared rules); the closing
  ``Artikel ini telah tayang di … dengan judul …`` syndication line, the ``(Tribunnews.com/Name)``
  reporter credit, ``Penulis:`` / ``Editor:`` lines, Google News / WhatsApp channel promos, the
  ``Halaman 1/2`` pager, and the ``Berita Terkait`` / ``Berita Populer`` feeds after the story.
- A stored m.tribunnews.com page of 2017 (search corpus ``pages``, printed in 2024): the TribunX app promo
  over the headline (``Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX``), the standfirst
  under it, ``Editor: …``, the photo's ``zoom-in <alt text>`` button and its credit, the reporter's line
  ``Laporan Wartawan Tribun Medan, <Name>`` over the credit line, ``BERITA REKOMENDASI`` after the story.
"""

from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# The network's site names as printed in credit lines: TRIBUNNEWS.COM, TRIBUNJABAR.ID, TRIBUN-MEDAN.COM,
# SURYA.CO.ID, WARTAKOTALIVE.COM, SERAMBINEWS.COM, POS-KUPANG.COM, BANJARMASINPOST.CO.ID, SRIPOKU.COM.
_SITE = (r"(?:TRIBUN[A-Z-]{0,20}|Tribun[A-Za-z-]{0,20}|SURYA|Surya|WARTAKOTALIVE|Wartakotalive|SERAMBINEWS"
         r"|POS-KUPANG|BANJARMASINPOST|SRIPOKU)\.(?:COM|com|CO\.ID|co\.id|ID|id)")

# The reporter's credit closing the story: "(Tribunnews.com/Glery Lazuardi)".
_REPORTER = r"\(\s*" + _SITE + r"\s*/\s*(?P<authors>[A-Z][\w.' ]{2,60}?)\s*\)"

HTML_TEMPLATES = (
    # 2018-2026: the same skeleton with a font-size switcher on the body and a #penulis/#editor credit.
    HtmlTemplate(
        version="2018", era="2018-2026",
        markers=("h1#arttitle", "div.txt-article.multi-fontsize"),
        body="div.side-article.txt-article.multi-fontsize",
        title="h1#arttitle",
        date='meta[name="content_PublishedDate"], time',
        authors='#penulis a, meta[name="content_author"]',
        editor="#editor a",
        caption="#artimg .arial, .ovh.imgfull_div + div + div",
        tags=".tagcloud3 a, #tagsArticle a",
        section='meta[name="content_category"]',
        pager=".paging a",
        noise=(
            Noise(".baca-juga, .bacajuga", "read_also"),
            Noise("[id^=div-gpt-ad], [id^=div-Article-], .ads-placeholder", "ad"),
            Noise(".gnews-follow, .wa-channel", "promo"),
            Noise(".paging", "navigation"),
        ),
    ),
    # 2015-2017: table-less float layout; credit box below the related list.
    HtmlTemplate(
        version="2015", era="2015-2017",
        markers=("h1#arttitle", "div.side-article.txt-article"),
        body="div.side-article.txt-article",
        title="h1#arttitle",
        date="#article .grey.bdr3 h3",
        byline="div.f11.grey.pb10",
        caption="#artimg .arial",
        section="div.cl2.mb5.mt20.fbo.grey a:last-child",
        noise=(
            Noise("[id^=div-Article-]", "ad"),
            Noise("#related", "related"),
        ),
    ),
)

OUTLET = Outlet(
    id="tribunnews",
    name="Tribunnews.com (Tribun Network)",
    domains=("tribunnews.com",),
    text_eras=("2018-2026",),
    single_page_query="page=all",
    signatures=(
        Signature(r"TRIBUNNEWS\.COM\s*,", weight=2),
        Signature(r"Artikel ini telah tayang di (?:Tribun|TRIBUN)", weight=2),
        Signature(r"TRIBUN[A-Z-]{2,20}\.(?:COM|ID|CO\.ID)\s*,", flags=0),
        Signature(r"Tribunnews\.com"),
    ),
    credits=(
        # "TRIBUNNEWS.COM, JAKARTA - ", "TRIBUNJABAR.ID, BANDUNG - ", "SURYA.CO.ID, SURABAYA - "
        Credit("tribun_credit", _SITE + r"\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("tribun_credit_nocity", _SITE + r"\s*[-–—]{1,2}\s*"),
    ),
    # the dek printed under the headline (m.tribunnews.com) is the summary, not a caption
    standfirst=True,
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:Tribunnews\.com|TRIBUNNEWS\.COM|Tribun[A-Za-z-]{2,20}\.(?:com|id|co\.id)"
                 r"|Surya\.co\.id|Tribun\s?[A-Z][a-z]+)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        Rule("tribun_reporter_credit", "byline", _REPORTER, flags=0, where="body"),
        # syndication line of the regional network: where the story ran first, and under what title
        Rule("tribun_syndication", "other",
             r"Artikel ini telah (?:tayang|tayang lebih dulu|dipublikasikan) di .{3,60}? dengan judul.{0,400}",
             max_len=600, contains=("Artikel ini",)),
        Rule("tribun_credit_line", "byline",
             r"(?:Penulis|Reporter|Laporan Wartawan [\w .-]{2,40})\s*:\s*(?P<authors>[A-Z][\w.' ]{2,60})"
             r"(?:\s*\|\s*Editor\s*:\s*(?P<editor>[A-Z][\w.' ]{2,60}))?", flags=0),
        Rule("tribun_editor_line", "byline", r"Editor\s*:\s*(?P<editor>[A-Z][\w.' ]{2,60})", flags=0),
        # the reporter's credit over the story: "Laporan Wartawan Tribun Medan, Jefri Susetio",
        # "Laporan Reporter Tribunnews.com, Reza Deni"
        Rule("tribun_report_by", "byline",
             r"Laporan (?:Wartawan|Reporter|Koresponden|Kontributor) [\w .-]{2,40}?,\s*(?P<authors>[A-Z][\w.' ]{2,60})",
             flags=0, max_len=120),
        # the photo's zoom button printed with the photo's alt text: "zoom-in <headline>"
        Rule("tribun_zoom_button", "navigation", r"zoom-in\b.{0,300}", flags=0, where="header"),
        # the app promo over the page: "Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX"
        Rule("tribun_app_promo", "promo", r"Nikmati berita interaktif.{0,120}", flags=0, max_len=160),
        Rule("tribun_promo", "promo",
             r"(?:Simak berita(?: lainnya| terbaru)? di Google News|Ikuti (?:saluran|channel) WhatsApp Tribun[\w .-]{0,40}"
             r"|Dapatkan (?:berita|informasi) (?:terbaru|lainnya).{0,60}(?:Google News|WhatsApp|Telegram)).{0,120}",
             max_len=250),
        # "Halaman 1/2", "Halaman selanjutnya": one page of a longer story
        Rule("tribun_pager", "navigation", r"Halaman\s+\d+\s*/\s*\d+|Halaman selanjutnya\s*[»›]?|Selanjutnya\s*[»›]",
             warning=MULTI_PAGE_WARNING),
        # the related and popular feeds after the story
        Rule("tribun_more_news", "related",
             r"(?:Berita Terkait|Berita Populer|Artikel Terkait|Berita Lainnya|Terkini)\s*:?", flags=0,
             starts_tail=True),
    ),
    trims=(
        # the same credit run into the end of the last paragraph: "... masa tanam. (Tribunnews.com/Nurul Hidayah)"
        Trim("tribun_reporter_credit_glued", "byline", r"(?<=[.!?\"”])\s*" + _REPORTER.replace("(?P<authors>", "(?:") + r"$",
             endings=(")",)),
    ),
)
