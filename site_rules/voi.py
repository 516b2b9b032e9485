"""VOI (voi.id)."""

from newsclean.engine.boilerplate import CAPITALS_CITY_CREDIT
from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

# HTML template eras, newest first: the first whose markers all match a page reads it. Selectors
# from ../shared/corpus/SELECTORS.md; text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    HtmlTemplate(
        version="2020", era="2020-2026",
        markers=("div.single-post-content",),
        body="div.single-post-content",
        title="h1",
        date=".single-post-date time",
        authors=".single-post-author a",
        caption="figcaption, .single-post-image-caption",
        tags=".single-post-tags a, .tag-list a",
        noise=(
            Noise("[class*=related], [class*=see-also]", "related"),
            Noise("[class*=popular], [class*=most-], [class*=sidebar]", "related"),
            Noise("[class*=share]", "share"),
        ),
    ),
)

OUTLET = Outlet(
    id="voi",
    name="VOI",
    domains=("voi.id",),
    text_eras=("2020-2026",),
    signatures=(
        Signature(r"Bagikan:(?:\n|\Z)", weight=2),
        Signature(r"voi\.id"),
        Signature(r"VOI\.id"),
    ),
    credits=(
        # "JAKARTA - " (city in capitals, a hyphen, then the story)
        # Sindonews and Okezone print the same "JAKARTA - ": it strips the credit line of a dump known
        # to be VOI's, but says nothing about which outlet a dump is from.
        Credit("voi_credit", CAPITALS_CITY_CREDIT, identifies=False),
    ),
    title_suffix=r"\s*[-|]\s*VOI(?:\.id)?(?: - Waktunya Merevolusi Pemberitaan)?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        Rule("voi_tagline", "banner", r"Waktunya Merevolusi Pemberitaan|VOI - Waktunya Merevolusi Pemberitaan"),
        Rule("voi_english_switch", "navigation", r"English|Bahasa Indonesia", flags=0),
        # the tag list that closes the story is the shared `tag_list` rule (newsclean.boilerplate)
        # printed under every article (and its machine-translated editions)
        Rule("voi_translation_notice", "other", r"The English, Chinese, Japanese, Arabic,? and French versions are "
             r"automatically generated.{0,300}", max_len=400),
    ),
)
