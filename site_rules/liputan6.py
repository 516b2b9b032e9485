"""Liputan6.com (liputan6.com and its channel subdomains).

Where the selectors and text furniture come from:

- 2015-2017 template: the saved page ``../shared/corpus/html/unlabeled/liputan6_2015-06-18.html``
  (read in place): ``article.hentry`` holding ``h1.entry-title[itemprop=headline]``, the
  ``.by-author`` line ("By <span itemprop=author>NAME</span> on 18 Jun 2015 at 06:25 WIB"), the
  gallery ``figure figcaption`` and the body ``.entry-content .text-detail`` (one ``<p>`` split by
  ``<br><br>``, closing initials "(Mvi/Ali)"), then ``.tag-links`` and a hidden ``.credits-list``.
- 2018-2026 template: public scrapers (insomniacid/liputan6 ``rss.py``: title
  ``h1.read-page--header--title.entry-title``, date ``time.read-page--header--author__datetime``, body
  ``div.article-content-body__item-content``; okkymabruri/news-watch's Liputan6 scraper for the
  ``/read/<id>/`` URL form). The inline "Baca Juga" box (``.baca-juga-collections``) and the
  ``Advertisement`` slots inside the body follow the site's BEM class names.
- Text furniture of dumps: ``../shared/corpus/SELECTORS.md`` ("liputan6 ``Liputan6.com, Jakarta - ``,
  ``oleh X diperbarui … WIB``, ``Advertisement``") and ``fixtures/generic/liputan6_oleh.txt``;
  the label-then-headlines "Baca Juga" block, the WhatsApp channel and Cek Fakta promos and the
  video teaser line ("Saksikan Video Pilihan Ini") are the site's standing furniture.
"""

from newsclean.dates import parse_timestamp
from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# Closing desk initials: "(Mvi/Ali)", "(Tys/Ahm*)".
_INITIALS = r"\((?:[A-Z][a-z]{1,4}\*?/){1,3}[A-Z][a-z]{1,4}\*?\)"


def _english_at_date(fields: dict[str, object]) -> dict[str, object]:
    """2015 pages print "18 Jun 2015 at 06:25 WIB"; the shared date parser stops at "at" and keeps
    only the day. Re-read the removed date block with the time joined on."""
    published = fields.get("published")
    if isinstance(published, str) and "T" not in published:
        removed = fields.get("removed")
        for item in removed if isinstance(removed, list) else []:
            if not isinstance(item, dict):
                continue
            text = str(item.get("text", ""))
            if item.get("kind") == "date" and " at " in text:
                better = parse_timestamp(text.replace(" at ", " "))
                if better:
                    fields["published"] = better
                break
    return fields


HTML_TEMPLATES = (
    # 2018-2026: read-page BEM template; the body may be split into several item-content blocks.
    HtmlTemplate(
        version="2018", era="2018-2026",
        markers=(".article-content-body__item-content",),
        body=".article-content-body__item-content",
        title="h1.read-page--header--title",
        date='meta[property="article:published_time"], time.read-page--header--author__datetime',
        authors=".read-page--header--author__name",
        caption=".read-page--photo-gallery--item__caption",
        tags=".tags--snippet__name",
        section='meta[property="article:section"]',
        noise=(
            Noise(".baca-juga-collections", "read_also"),
            Noise(".advertisement-placeholder, .advertisement-text, [id^=div-gpt-ad]", "ad"),
            Noise(".article-content-body__item-video, .vidio-embed", "video"),
            Noise(".promo-whatsapp-channel", "promo"),
        ),
    ),
    # 2015-2017: article.hentry with microdata; body .text-detail, paragraphs split by <br><br>.
    HtmlTemplate(
        version="2015", era="2015-2017",
        markers=("article.hentry", ".entry-content .text-detail"),
        body=".entry-content .text-detail",
        title='h1.entry-title[itemprop="headline"], h1.entry-title',
        date='.by-author [itemprop="datePublished"]',
        authors='.by-author [itemprop="author"]',
        caption=".gallery-images figcaption",
        tags=".tag-links li a",
        section=".breadcrumb li:last-child a",
        noise=(
            Noise(".ad, .billboard-ad", "ad"),
            Noise(".social-share, .social-shares", "share"),
        ),
    ),
)

OUTLET = Outlet(
    id="liputan6",
    name="Liputan6.com",
    domains=("liputan6.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"Liputan6\.com\s*,\s*[A-Z]", weight=2),
        Signature(r"Liputan6\.com\s*[-–—]"),
        Signature(r"WhatsApp Channel Liputan6\.com"),
        Signature(r"Cek Fakta Liputan6\.com"),
    ),
    credits=(
        # "Liputan6.com, Jakarta - ", "Liputan6.com, New York - " (city as written)
        Credit("liputan6_credit", r"Liputan6\.com\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("liputan6_credit_nocity", r"Liputan6\.com\s*[-–—]{1,2}\s*"),
        # the dash dropped (seen in feeds of 2025 pages): "Liputan6.com, Jakarta Lamsel Fest 2025 digelar ...";
        # a one-word city only, so that the story's first words never become the dateline
        Credit("liputan6_credit_nodash", r"Liputan6\.com\s*,\s*(?P<city>[A-Z][a-z]{2,20})\s+(?=[A-Z])"),
    ),
    # the site's name, and the page number of a story split over pages ("... Apa Salahnya? – Page 3")
    title_suffix=r"\s*[-|–]\s*(?:(?:[\w ]{1,30}\s)?(?:Liputan6\.com|liputan6\.com|Liputan6)|Page \d{1,2})$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "oleh Tira Santia diperbarui 05 Mar 2024, 10:05 WIB" (also "Diterbitkan ..."); several names
        # joined by commas or "dan"
        Rule("liputan6_byline_dated", "byline",
             r"oleh\s+(?P<authors>[^\n]{2,120}?)\s+(?:diperbarui|diterbitkan|Diperbarui|Diterbitkan)\s+"
             r"(?P<date>\d{1,2}\s+\w{3,9}\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*WI[BT]A?)?)", where="header"),
        # the "Baca Juga" box: a bare label, then up to three linked headlines
        Rule("liputan6_baca_juga_box", "read_also", r"Baca Juga", flags=0, then_drop=3),
        Rule("liputan6_video_teaser", "video",
             r"(?:Saksikan|Simak|Tonton)\s+(?:juga\s+)?Video\s+Pilihan(?:\s+(?:di\s+Bawah\s+)?Ini)?\s*:?.{0,120}"),
        Rule("liputan6_whatsapp_promo", "promo",
             r"\*?\s*(?:Follow|Ikuti)\s+Official\s+WhatsApp\s+Channel\s+Liputan6\.com.{0,200}", max_len=300,
             contains=("WhatsApp",)),
        Rule("liputan6_cek_fakta_promo", "promo",
             r"\*?\s*Fakta atau Hoaks\?.{0,300}", max_len=400, contains=("Hoaks",)),
        # the "Berita Terkini" / "Berita Terkait" feed after the story
        Rule("liputan6_more_news", "related", r"(?:Berita Terkini|Berita Terpopuler|Lanjutkan Membaca ↓?)",
             flags=0, starts_tail=True),
        # closing desk initials "(Mvi/Ali)", "(Tys/Ahm)" on a line of their own
        Rule("liputan6_initials", "byline", _INITIALS, flags=0, where="body"),
    ),
    trims=(
        # the same initials run into the end of the last paragraph: "... dari Jawa. (Arw/Nrm)"
        Trim("liputan6_initials_glued", "byline", r"(?<=[.!?\"”])\s*" + _INITIALS + r"$", endings=(")",)),
    ),
    adjust=_english_at_date,
)
