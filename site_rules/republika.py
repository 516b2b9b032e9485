"""Republika (republika.co.id and its subdomains: nasional., internasional., gayahidup., ...).

Sources:
- 2018 era (HTML template "2018"): the real pages in ../shared/corpus/html/republika/
  (republika_2018-05-01_5b28a93389, _6f87e707d3, _a0d94654d2), read in place: headline in
  ``div.wrap_detail_set h1``, date line ``div.date_detail``, credit ``div.by`` ("Rep: X/ Red: Y",
  or "Red: Y" alone), dek ``div.taiching`` at the top of ``div.artikel[itemprop=articleBody]``, GPT
  ad slots inside the body, ``div.sumber`` ("Sumber : ...") under it, caption
  ``div.img_set_teaser_left``, tags ``div.wrap_blok_tag a``, ``article:published_time`` meta.
- current era (HTML template "2022"): public scrapers found with the `search` tool (corpus
  "code"): a Playwright Republika scraper and a per-domain selector table (both unnamed in the
  index) read the body from ``div.article-content`` and drop ``.baca-juga``; date from
  ``article:published_time``; byline from the JSON-LD / ``meta[name=author]``. Not checked
  against a real current page (none in the corpus).
- dumps: the credit line ``REPUBLIKA.CO.ID, JAKARTA -- `` (double hyphen), the "Rep: / Red:"
  credit, "Baca Juga" boxes and the "Berita Terkait" / "Berita Lainnya" feeds, as in the corpus
  pages above and the generic fixture republika_double_dash (moved here).
"""

import re

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

# "Rep: Dwina Agustin/ Red: Yudha Manggala P Putra", "Red: Israr Itah": reporter, then editor
_REP_RED = (r"(?:Rep(?:orter)?\s*:\s*(?P<authors>[^/\n]{2,80}?)\s*/\s*)?"
            r"Red(?:aktur)?\s*:\s*(?P<editor>[^/\n]{2,80}?)")
_REP_RED_RE = re.compile(_REP_RED)
_SUMBER_LABEL = re.compile(r"^Sumber\s*:\s*")


def _adjust(fields: dict[str, object]) -> dict[str, object]:
    """The 2018 page's credit box ``div.by`` reads "Rep: X/ Red: Y": the engine's byline box knows
    neither label nor the slash between them, so the pair is read here from the removed byline;
    ``div.sumber`` keeps its "Sumber :" label, taken off here."""
    removed = fields.get("removed")
    if not fields.get("authors") or not fields.get("editor"):
        for item in removed if isinstance(removed, list) else ():
            if not isinstance(item, dict) or item.get("kind") != "byline":
                continue
            match = _REP_RED_RE.fullmatch(str(item.get("text", "")).strip())
            if match is None:
                continue
            if not fields.get("authors") and match.group("authors"):
                fields["authors"] = [match.group("authors").strip()]
            if not fields.get("editor"):
                fields["editor"] = match.group("editor").strip()
            break
    source = fields.get("source")
    if isinstance(source, str):
        fields["source"] = _SUMBER_LABEL.sub("", source).strip() or None
    return fields


HTML_TEMPLATES = (
    # 2022-2026: div.article-content (public scrapers' selector); "Baca Juga" boxes inside it.
    HtmlTemplate(
        version="2022", era="2022-2026",
        markers=("div.article-content",),
        body="div.article-content",
        title="h1",
        date='meta[property="article:published_time"], .date-publish, .date',
        authors='meta[name="author"]',
        byline=".author, .penulis",
        caption="figure figcaption, .caption",
        tags=".tag a, .tags a",
        section='meta[property="article:section"]',
        noise=(
            Noise(".baca-juga, [class*=baca-juga], .picked-article", "read_also"),
            Noise(".ads, [id^=div-gpt-ad], [class*=ads-]", "ad"),
            Noise(".social-share, [class*=share]", "share"),
        ),
    ),
    # 2017-2019: div.artikel[itemprop=articleBody]; the "Rep:/Red:" credit above, dek div.taiching.
    HtmlTemplate(
        version="2018", era="2017-2019",
        markers=("div.wrap_detail", 'div.artikel[itemprop="articleBody"]'),
        body='div.artikel[itemprop="articleBody"]',
        title="div.wrap_detail_set h1",
        summary="div.artikel div.taiching",
        date='meta[property="article:published_time"], div.date_detail',
        byline="div.wrap_detail_set div.by",
        source="div.sumber",
        caption="div.img_set_teaser_left",
        tags="div.wrap_blok_tag a",
        section='meta[property="article:section"]',
        noise=(
            Noise("div.taiching", "other"),
            Noise("[id^=div-gpt-ad], .ads, .ads-160, .parallax", "ad"),
        ),
    ),
)

OUTLET = Outlet(
    id="republika",
    name="Republika",
    domains=("republika.co.id", "republika.id"),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"REPUBLIKA\.CO\.ID\s*,", weight=2),
        Signature(r"Republika Online"),
        Signature(r"Dapatkan Update Berita Republika"),
    ),
    credits=(
        # "REPUBLIKA.CO.ID, JAKARTA -- ", "REPUBLIKA.CO.ID, KAIRO - "; city as written
        Credit("republika_credit", r"REPUBLIKA\.CO\.ID\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("republika_credit_nocity", r"REPUBLIKA\.CO\.ID\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Republika Online|Republika\.co\.id|REPUBLIKA\.CO\.ID|Republika)$",
    html_templates=HTML_TEMPLATES,
    adjust=_adjust,
    rules=(
        # the credit above the story: "Rep: Dwina Agustin/ Red: Yudha Manggala P Putra", "Red: Israr Itah"
        Rule("republika_rep_red", "byline", _REP_RED, flags=0, max_len=200),
        # "Sumber : Antara" under the story
        Rule("republika_sumber", "byline", r"Sumber\s*:\s*(?P<source>.{2,60})", flags=0, max_len=80),
        # the inline "Baca Juga" box: the label, then one to three teaser titles
        Rule("republika_baca_juga", "read_also", r"Baca Juga\s*:?", flags=0, then_drop=3),
        Rule("republika_ad_label", "ad", r"Advertisement|ADVERTISEMENT|Iklan", flags=0),
        Rule("republika_newsletter", "promo", r"Dapatkan Update Berita Republika.{0,60}|Yuk Ikuti.{0,80}",
             flags=0, max_len=120),
        # the feeds after the story
        Rule("republika_more_news", "related", r"Berita Lainnya|Berita Terpopuler|Terpopuler",
             flags=0, starts_tail=True, max_len=120),
    ),
)
