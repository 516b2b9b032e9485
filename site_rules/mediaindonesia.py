"""Media Indonesia (mediaindonesia.com; Media Group, the daily's news site).

Where the selectors and text furniture come from:
- 2025-2026 template: the real pages ``../shared/corpus/html/unlabeled/mediaindonesia_2025-10-22.html`` and
  ``mediaindonesia_2026-01-08.html`` (read in place): ``section.detail`` holds ``div.post-header`` with the
  breadcrumb ``ul.mi-breadcrumb``, the ``h1`` headline, ``div.info`` with the reporter ``div.author-2`` (or the
  desk, ``Media Indonesia``) and ``span.datetime`` ("22/10/2025 06:59", no seconds), then the story
  ``div.article``: the lead photo ``figure.main-img`` (caption run into its credit: "…Raja Ampat(Auriga
  Nusantara)"), ``<p>`` paragraphs and ``<h2>`` subheadings, the parallax ad ``div.flying-carpet`` (``.dfp-ad``,
  ``ins.adsbygoogle``), "Baca juga :" boxes ``p.related-news``, the Google News / WhatsApp promo
  ``div.ext-channel``, the editor box ``div.info-author`` ("Editor : <a class=author>…</a>") and AdPushup slots
  ``._ap_apex_ad``; after it ``div.share-group`` ("SHARE"), ``ul.related-tags`` ("Tags:", "# tag"), the
  "Berita Lainnya" feed (``ul.list-3``, "LOAD MORE"). JSON-LD ``NewsArticle`` carries ``datePublished`` with
  seconds and names the editor as ``author``; the closing desk code ``(H-4)`` ends the last paragraph.
- 2018-2019 template: a public scraper of that time (a Laravel ``news:mediaindonesia`` command found with the
  search tool, reading ``/read/detail/<id>-<slug>`` pages): the story ``div[itemprop=articleBody]`` with Dable
  ``div.dable_placeholder`` slots, the date in ``span.meta`` ("Pada: Kamis, 29 Nov 2018, 17:19 WIB Ekonomi").
  okkymabruri/news-watch ``src/newswatch/scrapers/mediaindonesia.py`` confirms the current selectors
  (``.mi-breadcrumb``, ``h1``, ``.author-2``, ``.datetime``, ``div.article`` less ``p.related-news``,
  ``.flying-carpet``, ``.ext-channel``, ``.info-author``, ``._ap_apex_ad``, ``.dfp-ad``).
- Dumps: no credit line (the lead opens with its first word, often in capitals); "Penulis: …" / bare reporter
  line, the date line, the "A-" / "A+" font buttons, "Baca juga : …", the promo, "Editor : …", closing desk
  codes "(Ant/Z-2)", "(*/H-3)", "(OL-09)", the photo credit "(MI/Name)" and the feeds under the story.
"""

import re
from itertools import pairwise

from newsclean.rules import HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# The desk code that closes a story: "(H-4)", "(Ant/Z-2)", "(*/H-3)", "(OL-09)", "(Mir/N-2)".
_DESK_CODE = r"\((?:[A-Za-z*]{1,6}/){0,2}(?:[A-Z]{1,3})-\d{1,3}\)"

HTML_TEMPLATES = (
    # 2025-2026 (Bulma columns): section.detail > div.post-header + div.article.
    HtmlTemplate(
        version="2025", era="2025-2026",
        markers=("div.post-header h1", "section.detail div.article"),
        body="section.detail div.article",
        title="div.post-header h1",
        # no date selector: the visible time has no seconds and JSON-LD datePublished has them
        authors="div.post-header .author-2",
        editor="div.info-author a.author, div.info-author a",
        caption="figure.main-img figcaption",
        section="ul.mi-breadcrumb li:nth-child(2) a",
        noise=(
            Noise(".flying-carpet, .dfp-ad, ins.adsbygoogle, ._ap_apex_ad", "ad"),
            Noise("p.related-news", "read_also"),
            Noise("div.ext-channel", "promo"),
            Noise("div.info-author", "byline"),
        ),
    ),
    # 2018-2019: /read/detail/<id>-<slug> pages, the story in div[itemprop=articleBody].
    HtmlTemplate(
        version="2018", era="2018-2019",
        markers=('div[itemprop="articleBody"]', "span.meta"),
        body='div[itemprop="articleBody"]',
        title="h1",
        date='meta[property="article:published_time"], span.meta',
        noise=(
            Noise("div.dable_placeholder", "related"),
            Noise("[id^=div-gpt-ad], ins.adsbygoogle", "ad"),
        ),
    ),
)


_DESK_NAMES = ("media indonesia", "mediaindonesia.com")
# A reporter's name as the header prints it: two to four capitalised words.
_NAME_LINE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){1,3}")


def _reporter_over_date(fields: dict[str, object]) -> dict[str, object]:
    """A dump prints the reporter as a bare name line right over the date line, which no rule can tell
    from other header lines by itself: with no author found, that pair is read here. (The desk in the
    reporter slot, ``Media Indonesia``, is the outlet's own name: the engine's people filter drops it.)"""
    removed = fields.get("removed")
    if fields.get("authors") or not isinstance(removed, list):
        return fields
    for item, after in pairwise(removed):
        if (isinstance(item, dict) and isinstance(after, dict) and item.get("rule") == "header_furniture"
                and after.get("kind") == "date" and _NAME_LINE.fullmatch(str(item.get("text", "")))
                and str(item.get("text")).casefold() not in _DESK_NAMES):
            fields["authors"] = [str(item["text"])]
            break
    return fields


OUTLET = Outlet(
    id="mediaindonesia",
    name="Media Indonesia",
    domains=("mediaindonesia.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"WhatsApp channel mediaindonesia\.com", weight=2),
        Signature(r"mediaindonesia\.com"),
        Signature(r"\(MI/[A-Z]"),
        # the closing desk code ending a paragraph (no other outlet signs off so), the font-size buttons
        Signature(_DESK_CODE + r"(?:\n|\Z)", weight=2),
        Signature(r"A-\nA\+\n"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Media Indonesia|mediaindonesia\.com)$",
    html_templates=HTML_TEMPLATES,
    adjust=_reporter_over_date,
    rules=(
        # the font-size buttons of the header ("A-", "A+")
        Rule("mi_font_size", "navigation", r"A[-+]\s*(?:A[-+])?", flags=0, where="header"),
        # 2018 date line: "Pada: Kamis, 29 Nov 2018, 17:19 WIB Ekonomi" (the rubric after the time)
        Rule("mi_date_pada", "date", r"Pada\s*:\s*(?P<date>[^|]{8,40}?\d{1,2}[:.]\d{2}(?:\s*WI[BT]A?)?)(?:\s+[A-Z][\w &-]{2,30})?",
             flags=0, where="header", max_len=90),
        # the rubric over the headline (the breadcrumb's last item)
        Rule("mi_rubric", "navigation",
             r"Politik dan Hukum|Ekonomi(?: Syariah| Bisnis)?|Humaniora|Nusantara|Megapolitan|Internasional|Olahraga"
             r"|Sepak Bola|Otomotif|Teknologi|Hiburan|Weekend|Opini|Kolom Pakar|Foto|Video",
             flags=0, where="header"),
        # a caption closed by the paper's photo credit: "… dengan rakit bambu (MI/Name Surname)"
        Rule("mi_photo_credit", "caption", r"(?P<caption>.{10,500}?\((?:Dok\. )?MI/[A-Z][^()]{1,60}\))",
             flags=0, contains=("MI/",), endings=(")",), max_len=600),
        # the lead photo's caption run into its credit: "Kondisi tambang di pulau itu(Dok. Warga)"
        Rule("mi_caption_credit", "caption", r"(?P<caption>[^()]{10,300}[^\s(]\([^()]{2,60}\))", flags=0,
             where="header", endings=(")",)),
        # the feeds and widgets under the story: the story is over
        # (the shared rules take "Berita Lainnya", "Terpopuler" and "LOAD MORE")
        Rule("mi_more_news", "related", r"Opini|Kolom Pakar|BenihBaik", flags=0, where="body", starts_tail=True),
    ),
    trims=(
        # the closing desk code after the last sentence, or alone on its line
        Trim("mi_desk_code", "other", r"(?:(?<=[.!?\"”'’])\s*|^)" + _DESK_CODE + r"$", endings=(")",)),
    ),
)
