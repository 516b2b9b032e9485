"""JPNN.com (jpnn.com and its regional sites on subdomains: sumut., jatim., jabar., jateng., sumbar., riau.,
kalbar., bali., lampung.jpnn.com ...; the Jawa Pos group's national news site).

Where the selectors and text furniture come from:
- 2023-2026 template: okkymabruri/news-watch ``src/newswatch/scrapers/jpnn.py`` (title ``h1.judul``, the
  ``jpnncom_news_author`` and ``jpnncom_news_pubdate`` meta tags, "24 April 2026 20:05", ``span.date-publish``,
  the story ``div[itemprop="articleBody"]``); a jsoup strategy class ``JpnnNews`` found with the search tool
  (``div[itemprop=articleBody] > p``, following the ``.pagination a[href]`` links: stories are split over
  pages, ``?page=2``), and two jsoup ``Jpnn`` strategy classes (furniture ``div[id*=div-gpt-ad]``,
  ``ins.adsbygoogle``; ``div.baca-juga``, ``.terkait``; ``.top-medsos``, ``.creator-medsos``; ``.tags``,
  ``.pagination``; ``#disqus_thread``; the ``.page-content`` fallback).
- Dumps: the credit line ``jpnn.com, JAKARTA - `` (regional sites the same with their city) as quoted in
  public datasets (2017-2026); closing initials ``(ast/jpnn)``, ``(mcr8/jpnn)``, ``(jpnn)``; the
  ``Redaktur & Reporter : Name`` (or ``Redaktur : …`` / ``Reporter : …``) credit under the story; the
  ``Baca Juga:`` label over several link titles; the photo credit ``Foto: Name/JPNN.com`` closing a caption;
  the Google News promo ``Silakan baca konten menarik lainnya dari JPNN.com di Google News`` (a news
  text-cleaner module found with the search tool, ``jpnn_cleaner``); the ``Halaman 1 2 Selanjutnya`` pager.
"""

from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"

HTML_TEMPLATES = (
    # 2023-2026: h1.judul over div[itemprop=articleBody]; long stories continue on ?page=2.
    HtmlTemplate(
        version="2023", era="2023-2026",
        markers=("h1.judul", 'div[itemprop="articleBody"]'),
        body='div[itemprop="articleBody"]',
        title="h1.judul",
        date='meta[name="jpnncom_news_pubdate"], meta[property="article:published_time"], span.date-publish',
        authors='meta[name="jpnncom_news_author"]',
        caption=".photo-caption, figure figcaption",
        tags=".tags a",
        noise=(
            Noise("[id^=div-gpt-ad], [id*=div-gpt-ad], ins.adsbygoogle", "ad"),
            Noise("div.baca-juga", "read_also"),
            Noise(".terkait", "related"),
            Noise(".top-medsos, .creator-medsos", "share"),
            Noise(".tags, .pagination", "navigation"),
        ),
        pager=".pagination a",
    ),
)

OUTLET = Outlet(
    id="jpnn",
    name="JPNN.com",
    domains=("jpnn.com",),
    text_eras=("2017-2026",),
    signatures=(
        Signature(r"jpnn\.com\s*,\s*[A-Z]", weight=2),
        Signature(r"JPNN\.com\s*,\s*[A-Z]", weight=2),
        Signature(r"/jpnn\)", weight=2),
        Signature(r"JPNN\.com"),
        Signature(r"jpnn\.com"),
    ),
    credits=(
        # "jpnn.com, JAKARTA - ", "JPNN.com, MEDAN - ", "jpnn.com, BANDUNG – "
        Credit("jpnn_credit",
               r"(?:jpnn|JPNN|Jpnn)\.com\s*,\s*(?P<city>[A-Z][\w.']*+(?: [A-Z][\w.']*+){0,2}+)\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:JPNN\.com|jpnn\.com|JPNN [A-Z][\w ]{1,20})$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Redaktur & Reporter : Name Surname": one person wrote and edited the story
        Rule("jpnn_redaktur_reporter", "byline",
             r"Redaktur\s*&\s*Reporter\s*:\s*(?=(?P<authors>" + _NAME + r")$)(?P<editor>" + _NAME + r")", flags=0),
        # the "Baca Juga:" label over up to three link titles
        Rule("jpnn_baca_juga", "read_also", r"Baca Juga\s*:?", flags=0, then_drop=3),
        # a caption closed by its photo credit: "… di Jakarta, Senin (9/3). Foto: Ricardo/JPNN.com"
        Rule("jpnn_photo_caption", "caption",
             r"(?P<caption>.{10,500}?\bFoto\s*:\s*(?:[^:/]{1,40}/\s?[^:/]{1,40}|(?:[Dd]ok\.?|Humas|Istimewa|ANTARA|"
             r"[Tt]angkapan layar)[^:]{0,60}))", flags=0, contains=("Foto:", "Foto :"), max_len=600),
        Rule("jpnn_promo", "promo", r"Silakan baca konten menarik lainnya dari JPNN\.com.{0,60}", flags=0, max_len=120),
        # the video teasers inside and after the story, each label over the video's title
        Rule("jpnn_video", "video", r"(?:Jangan Lewatkan Video Terbaru|Simak!? Video Pilihan Redaksi|Video Pilihan)\s*:?",
             flags=0, then_drop=1),
        # "Halaman 1 2 3 Selanjutnya": one page of a longer story (?page=2)
        Rule("jpnn_pager", "navigation",
             r"Halaman\s*:?\s*(?:\d{1,2}\s*){1,9}(?:Selanjutnya|Berikutnya)?\s*[»›]?|Selanjutnya\s*[»›]",
             flags=0, max_len=60, warning=MULTI_PAGE_WARNING),
    ),
    trims=(
        # closing initials with the site's name: "(ast/jpnn)", "(mcr8/jpnn)", "(antara/jpnn)", "(jpnn)"
        Trim("jpnn_initials", "other", r"(?:(?<=[.!?\"”'’])\s*|^)\((?:[\w*]{1,10}/){0,3}jpnn\)$", endings=("jpnn)",)),
    ),
)
