"""Suara.com (suara.com and its regional network sites such as suarajogja.id).

Sources for the credit lines and furniture:
- ../shared/corpus/SELECTORS.md lists the outlet-name-and-city credit family (``Suara.com, Jakarta -``) the shared
  ``outlet_city`` credit already reads; the corpus holds no Suara page.
- Public code found with the ``search`` tool (corpus "code") for suara.com only reads its RSS feeds and section
  listings (a Go feed list naming ``https://www.suara.com/rss/bisnis``, a got/cheerio scraper of
  ``https://www.suara.com/news``); none gives article-page selectors, so this module declares no HTML template:
  Suara pages go to the generic cleaner (with a warning) and then through the text rules below.
- The dump shape (credit ``Suara.com - `` without a city, regional ``SuaraJogja.id - ``, photo credits in square
  brackets ``[Suara.com/Name]``, the "Baca 10 detik" summary box above the story, Reporter/Redaktur and
  Kontributor lines) is written from how the site prints its stories.
"""

from newsclean.rules import Credit, Outlet, Rule, Signature

_BRAND = r"(?:Suara\.com|Suara[A-Z][A-Za-z]{2,14}\.id)"

OUTLET = Outlet(
    id="suara",
    name="Suara.com",
    domains=("suara.com", "suarajogja.id", "suarajakarta.id", "suarasulsel.id"),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"Suara\.com\s*[-–—,]", weight=2),
        Signature(r"Suara[A-Z][A-Za-z]{2,14}\.id\s*[-–—,]", weight=2),
        Signature(r"\[Suara\.com/"),
    ),
    credits=(
        # "Suara.com - ", "SuaraJogja.id - ", "Suara.com, Jakarta - " (city as written; none in the first two)
        Credit("suara_credit", _BRAND + r"(?:\s*,\s*(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+))?\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:Suara\.com|Suara[A-Z][A-Za-z]{2,14}\.id|suara\.com)$",
    rules=(
        # the "Baca 10 detik" summary box above the story: its label, then bullet points
        Rule("suara_summary_box", "other", r"Baca 10 detik", where="header"),
        Rule("suara_summary_bullet", "other", r"[•-]\s+\S.{5,300}", where="header"),
        # a photo caption credited in square brackets: "... Senin (3/2/2025). [Suara.com/Rina Kartika]"
        Rule("suara_caption_credit", "caption",
             r"(?P<caption>.{15,700}?\[\s*" + _BRAND + r"\s*/\s*[^\]]{2,60}\])", flags=0,
             contains=("Suara.com/", ".id/"), max_len=800),
        # the feeds under the story
        Rule("suara_more_news", "related", r"(?:Pilihan Redaksi|Berita Terkini Lainnya|Lihat Berita Lainnya)\s*:?",
             starts_tail=True),
    ),
)
