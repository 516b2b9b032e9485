"""CNN Indonesia (cnnindonesia.com; detik's sister site in the Trans Media / CT Corp group).

Where the selectors and text furniture come from:
- 2018 era: the real pages `../shared/corpus/html/cnnindonesia/cnn-indonesia_2018-05-01_3b58ec032a.html`,
  `..._9241b016e3.html` and `..._cf2676f542.html` (read in place): `div.content_detail` holds
  `h1.title`, `div.date` ("<strong>Name</strong>, CNN Indonesia | Selasa, 01/05/2018 19:03 WIB"), the
  lead photo `div.media_artikel` (caption in its `<span>`), and the story as the text of
  `span#detikdetailtext` split by `<br><br>`; inside it the ad slot `<center>` around
  `div[id^=div-gpt-ad]`, "Lihat juga:" boxes `table.linksisip` / `div.lihatjg`, closing initials
  `<b>(ayp/ayp)</b>`; tags `div.detail_tag a`; `meta[name=publishdate]` ("2018/05/01 19:50:43");
  `meta[name=author]` holds initials ("CTR"), not a name, so it is not read.
- 2020-2026 era (no saved page): story `div.detail-wrap` / `div.detail-text` [rmzq/python-news-scraper
  webs.py (`.detail-text`, title `h1.mb-2`); a jsoup strategy class `CnnIndonesia` found with the search tool
  (`.detail-wrap p`, drops `.para_caption`); babalenong/Scrapy-Indonesian-News-Articles
  cnnindonesia_spider.py (`h1.title`, `div.detail_text p`)]; the in-story ad box `.paradetail`
  ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"), `.linksisip` "Baca juga", tags `.tag_detail`
  ("TOPIK TERKAIT"), `meta[name=publishdate]`, `article:published_time`, `article:section`.
- Dumps: `Jakarta, CNN Indonesia -- ` opens the story; `CNN Indonesia | Selasa, 14 Mei 2024 10:45 WIB`
  (with the writer before it: `Name, CNN Indonesia | …` on 2018 pages); `[Gambas:Video CNN]`; the
  "Pilihan Redaksi" box of three teaser titles inside the story; `TOPIK TERKAIT` / `ARTIKEL TERKAIT`
  lists after it; `Lanjut ke halaman berikutnya` on stories split over pages
  (../shared/corpus/SELECTORS.md, "Other outlets").
"""

from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_DATE = r"\w+,\s*\d{1,2}[/ ](?:\d{1,2}|\w{3,9})[/ ]\d{4}\s+\d{1,2}:\d{2}\s*WIB"

HTML_TEMPLATES = (
    # 2020-2026: div.detail-wrap > div.detail-text, paragraphs in <p>.
    HtmlTemplate(
        version="2020", era="2020-2026",
        markers=(".detail-text",),
        body=".detail-text",
        title="h1.title, h1.mb-2, h1",
        date='meta[name="publishdate"], meta[property="article:published_time"]',
        authors='meta[name="dtk:author"], .detail__author, .author',
        caption=".media_artikel figcaption, .detail-image figcaption, .para_caption",
        tags=".tag_detail a, .detail__body-tag a",
        section='meta[property="article:section"]',
        noise=(
            Noise(".paradetail, [id^=div-gpt-ad], .advertisement-label, .scroll-label", "ad"),
            Noise(".linksisip, .lihatjg", "read_also"),
            Noise(".para_caption", "caption"),
            Noise(".tag_detail", "navigation"),
        ),
        pager=".pagination a, .detail-pagination a",
    ),
    # 2018-2019: div.content_detail, the story as the text of span#detikdetailtext.
    HtmlTemplate(
        version="2018", era="2018-2019",
        markers=("span#detikdetailtext", "div.content_detail h1.title"),
        body="span#detikdetailtext",
        title="div.content_detail h1.title",
        date='meta[name="publishdate"], div.content_detail div.date',
        authors="div.content_detail div.date strong",
        caption="div.media_artikel span",
        tags="div.detail_tag a",
        section="div.breadcrumb a.gtm_breadcrumb_kanal",
        noise=(
            Noise("center:has([id^=div-gpt-ad]), [id^=div-gpt-ad]", "ad"),
            Noise("table.linksisip, div.lihatjg", "read_also"),
        ),
    ),
)

OUTLET = Outlet(
    id="cnnindonesia",
    name="CNN Indonesia",
    domains=("cnnindonesia.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"CNN Indonesia\s*--", weight=2),
        Signature(r"CNN Indonesia\s*\|", weight=2),
        Signature(r"\[Gambas:Video CNN\]", weight=2),
        Signature(r"cnnindonesia\.com"),
    ),
    credits=(
        # "Jakarta, CNN Indonesia -- " is the shared `city_outlet` credit's; this one takes what that one cannot:
        # no city ("CNN Indonesia -- "), and cities with a particle or a hyphen ("Rio de Janeiro", "Port-au-Prince")
        Credit("cnn_credit",
               r"(?:(?=[^,\n]{1,40}?(?:-| (?:de|da|do|al|el|van|von|of|la|le) )[^,\n]{0,40},\s*CNN Indonesia)"
               r"(?P<city>[A-Z][^,\n]{1,50}?)\s*,\s*)?CNN Indonesia\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?CNN Indonesia$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Natalia Santi, CNN Indonesia | Selasa, 01/05/2018 19:03 WIB"; "CNN Indonesia | Rabu, 12 Jul 2023 14:30 WIB"
        Rule("cnn_byline_date", "byline",
             r"(?:(?P<authors>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}),\s*)?CNN Indonesia\s*\|\s*(?P<date>" + _DATE + r")",
             flags=0, where="header", contains=("CNN Indonesia",)),
        # the "Pilihan Redaksi" box inside the story: the label and its teaser titles
        Rule("cnn_pilihan_redaksi", "related", r"Pilihan Redaksi", flags=0, then_drop=3),
        # a photo gallery's teaser link inside the story, "FOTO: Potret Arus Mudik di Pelabuhan Merak": a title
        # in capitals' label, no sentence; not a caption (the shared caption_label rule would take it for one)
        Rule("cnn_gallery_teaser", "related", r"FOTO\s*:\s*[^.!?]{5,150}", flags=0, max_len=160),
        # the lists after the story
        Rule("cnn_related_tail", "related", r"TOPIK TERKAIT|ARTIKEL TERKAIT|LIHAT SELENGKAPNYA|Topik Terkait",
             flags=0, starts_tail=True),
        # a story split over pages
        Rule("cnn_next_page", "navigation", r"(?:Lanjut ke halaman berikutnya|Baca halaman selanjutnya)\s*[>»]?",
             flags=0, max_len=50, warning=MULTI_PAGE_WARNING),
    ),
)
