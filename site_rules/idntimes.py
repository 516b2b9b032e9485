"""IDN Times (idntimes.com and its regional editions on subdomains: jabar., jatim., jateng., jogja., bali.,
banten., sumut., sulsel., kaltim., lampung., ntb., sumsel.idntimes.com; English stories on the same site).

Where the selectors and text furniture come from:
- 2021 template: a saved article page of August 2021 found with the search tool (``find_string``
  "content-post-description"; read in place, nothing copied): ``div#article-page`` with the breadcrumb
  ``ol.breadcrumb`` (``time.date`` "09 Aug 21 | 07:44"), ``section.content-post`` holding ``h1.title-text``,
  the standfirst ``div.excerpt``, ``div.featured-image`` (caption in its ``span``), ``div.box-information``
  (``div.author-name`` with a "Verified" badge, ``div.share`` "Share to Facebook / Twitter"), and the story
  ``article#article-content.content-post-description``: ``<p>`` paragraphs, the credit line in ``<strong>``,
  "Baca Juga:" as ``<p><a><strong><em>``, the numbered list items as ``<h2>1. …</h2>`` inside
  ``div.split-page`` sections (all in the page; ``div.show-page`` markers between them), ``div.embed-image``
  photos with ``span.main-article-source`` captions, ``div.inarticle-ads`` slots and the ``div.editors-pick``
  box ("Lanjutkan membaca artikel di bawah", "Editor’s picks" and three links); after it the "Read More"
  button (the ``/full`` form of the URL shows the whole story), ``div.content-post-topic`` ("Topic:"), the
  ``content-post-editorial`` box ("Editorial Team", each name with its role), Facebook comments and the
  "Berita Terkini Lainnya" feed. JSON-LD ``NewsArticle`` carries ``datePublished`` and the author.
- Current pages (2025 redesign, no saved page): okkymabruri/news-watch ``src/newswatch/scrapers/idntimes.py``
  reads only ``h1``, ``time``, ``meta[name=author]`` and the ``article`` element, too general to tell this
  layout from others; such pages go to the generic cleaner (with a warning) and the text rules below.
- Dumps: the credit line ``Jakarta, IDN Times - `` (regional editions with their city, English stories the
  same); a news text-cleaner module found with the search tool (``idn_cleaner``: "Follow IDN Times untuk …
  klik untuk follow", "WhatsApp Channel &", "Google News", "- Scroll untuk melanjutkan", "Download IDN App
  Sekarang!", "Iklan"); listicles, whose numbered subheadings are story.
"""

import re

from newsclean.dates import parse_timestamp
from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

HTML_TEMPLATES = (
    # 2021: section.content-post, the story in article#article-content, list items in div.split-page.
    HtmlTemplate(
        version="2021", era="2021",
        markers=("article#article-content", "section.content-post h1.title-text"),
        body="article#article-content",
        title="section.content-post h1.title-text",
        summary="section.content-post div.excerpt",
        authors="div.box-information div.author-name a",
        editor="ul.content-post-editorial-full .content-post-name a",
        caption="div.featured-image span, span.main-article-source",
        tags="div.content-post-topic a",
        section="ol.breadcrumb li:first-child a",
        noise=(
            Noise(".inarticle-ads, [id^=div-gpt-ad]", "ad"),
            Noise("div.editors-pick", "related"),
        ),
    ),
)

# The breadcrumb's time of 2018-2024 pages: "09 Aug 21 | 07:44" (two-digit year).
_SHORT_STAMP = r"[0-3]\d [A-Z][a-z]{2} \d\d\s*\|\s*[0-2]\d:[0-5]\d"
_SHORT_STAMP_RE = re.compile(r"([0-3]\d) ([A-Z][a-z]{2}) (\d\d)\s*\|\s*([0-2]\d:[0-5]\d)")


def _short_stamp(fields: dict[str, object]) -> dict[str, object]:
    """The dump's only time may be the breadcrumb's "09 Aug 21 | 07:44", whose two-digit year the shared
    date parser does not read (a story's "21" is no year): read the removed date line here."""
    if fields.get("published"):
        return fields
    removed = fields.get("removed")
    for item in removed if isinstance(removed, list) else []:
        if isinstance(item, dict) and item.get("rule") == "idn_short_date":
            m = _SHORT_STAMP_RE.fullmatch(str(item.get("text", "")))
            if m:
                fields["published"] = parse_timestamp(f"{m[1]} {m[2]} 20{m[3]} {m[4]}")
                break
    return fields


OUTLET = Outlet(
    id="idntimes",
    name="IDN Times",
    domains=("idntimes.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"IDN Times\s*[-–—]", weight=2),
        Signature(r"Follow IDN Times", weight=2),
        Signature(r"Download IDN App", weight=2),
        Signature(r"idntimes\.com"),
        Signature(r"IDN Times"),
    ),
    credits=(
        # "Jakarta, IDN Times - ", "Bandar Lampung, IDN Times - ", "Surabaya, IDN Times – "
        Credit("idn_credit",
               r"(?P<city>[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,3}+)\s*,\s*IDN Times\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:IDN Times(?: [A-Z][\w ]{1,20})?|idntimes\.com)$",
    html_templates=HTML_TEMPLATES,
    adjust=_short_stamp,
    rules=(
        Rule("idn_short_date", "date", _SHORT_STAMP, flags=0, where="header"),
        # the writer's badge over the name ("Verified", "Community Writer"): the next line is the author
        Rule("idn_author_badge", "byline", r"Verified(?: Writer)?|Community Writer|IDN Times Community", flags=0,
             where="header", then_value=True),
        Rule("idn_share", "share", r"Share to (?:Facebook|Twitter|WhatsApp|Line|X)", flags=0),
        # "Lanjutkan membaca artikel di bawah", "- Scroll untuk melanjutkan": the ad break inside the story
        Rule("idn_scroll_ad", "ad", r"-?\s*Scroll untuk melanjutkan(?: membaca)?|Lanjutkan membaca artikel di bawah",
             flags=0),
        # the "Editor’s picks" box inside the story: the label and its three titles
        Rule("idn_editors_pick", "related", r"Editor[’']s [Pp]icks?", flags=0, then_drop=3),
        Rule("idn_promo", "promo",
             r"Follow IDN Times\b.{0,200}|Download IDN App(?: Sekarang)?!?|WhatsApp Channel\s*&?|Google News",
             flags=0, max_len=240),
        # a caption closed by its credit in brackets: "Ilustrasi pasar (IDN Times/Aditya Pratama)"
        Rule("idn_caption_credit", "caption",
             r"(?P<caption>.{10,400}?\((?:IDN Times|[Ii]nstagram\.com|[Uu]nsplash|[Pp]exels|[Ff]reepik|[Dd]ok\.|"
             r"YouTube|[Tt]witter\.com|x\.com)[^()]{0,80}\))", flags=0, endings=(")",), max_len=500),
        # the "Read More" button, "Topic:" and the feed under the story
        Rule("idn_read_more", "navigation", r"Read More", flags=0),
        Rule("idn_topic", "navigation", r"Topi[ck]s?\s*:", flags=0, where="body", starts_tail=True),
        Rule("idn_more_news", "related", r"Berita Terkini Lainnya", flags=0,
             where="body", starts_tail=True),
    ),
)
