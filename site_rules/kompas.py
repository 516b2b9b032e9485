"""Kompas.com (kompas.com and its subdomains). Harian Kompas (kompas.id) is another outlet."""

from newsclean.rules import Credit, Outlet, Rule, Signature

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
        Signature(r"Kompas\.com News Update"),
        Signature(r"Gabung Kompas\.com\+"),
    ),
    credits=(
        # "WASHINGTON DC, KOMPAS.com – ", "KOMPAS.com - " (no city: dateline null)
        Credit("kompas_credit", r"(?:(?P<city>[A-Z][\w.' ]{1,40}?)\s*,\s*)?KOMPAS\.com\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"(?:\s+Halaman\s+(?:all|\d+))?\s*(?:[-|]\s*(?:[\w ]{1,30}\s)?(?:Kompas\.com|KOMPAS\.com|Kompas))?$",
    rules=(
        Rule("kompas_tagline", "ad", r"KOMPAS\.com: Berita Terpercaya|Kompas\.com\+.{0,80}", flags=0),
        Rule("kompas_columnist_promo", "promo", r"Anda bisa menjadi kolumnis ?!?.{0,200}|Kriteria (?:artikel|tulisan).{0,200}"),
        Rule("kompas_insight_box", "related", r"Kudu Insight.{0,80}|Salin Artikel|Tim Redaksi"),
        Rule("kompas_read_more", "read_also", r"(?:Selengkapnya baca|Baca berita selengkapnya)\s*:.{1,250}"),
        Rule("kompas_role_line", "byline", r"Penulis|Editor", where="header", then_value=True),
    ),
)
