"""VOI (voi.id)."""

from newsclean.rules import Credit, Outlet, Rule, Signature

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
        Credit("voi_credit", r"(?P<city>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\s*[-–—]\s+(?=\S)"),
    ),
    title_suffix=r"\s*[-|]\s*VOI(?:\.id)?(?: - Waktunya Merevolusi Pemberitaan)?$",
    rules=(
        Rule("voi_tagline", "banner", r"Waktunya Merevolusi Pemberitaan|VOI - Waktunya Merevolusi Pemberitaan"),
        Rule("voi_english_switch", "navigation", r"English|Bahasa Indonesia|Tag(?:s)?\s*:?", flags=0),
    ),
)
