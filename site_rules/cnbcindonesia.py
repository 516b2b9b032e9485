"""CNBC Indonesia (cnbcindonesia.com; a Trans Media / CT Corp sister of CNN Indonesia and detik, on the same
CMS: the same ad labels, ``[Gambas:Video …]`` embeds and ``(xyz/xyz)`` closing initials, which the shared
families of ``newsclean.engine.boilerplate`` already take).

Where the selectors and text furniture come from:
- 2023-2026 template (the Tailwind redesign): okkymabruri/news-watch ``src/newswatch/scrapers/cnbcindonesia.py``
  (title ``h1.mb-4.text-32.font-extrabold``, date ``div.text-cm.text-gray``, the story ``div.detail-text``
  less ``table``/``div`` boxes whose class starts ``sisip_`` or ``link_sisip``; JSON-LD ``NewsArticle`` for the
  author); two jsoup strategy classes ``CnbcIndonesia`` found with the search tool (``.detail-text p``, closing
  initials ``\\([a-z]{2,3}/[a-z]{2,3}\\)`` dropped, the agency box ``.media-institusi``; ad slots
  ``div[style*=advertisement]``, ``[id*=div-gpt-ad]``, ``ins.adsbygoogle``; ``.linksisip`` / ``.baca-juga``;
  ``.detail-share``; ``.video_detail``; ``#komentar``); an Azure scraper's selector list (``div.detail-text,
  div.detail_text``; boxes whose class says ``sisip``, ``baca``, ``lihatjg``, ``related``, ``ads``).
- 2018-2022 template (the detik-family layout): rmzq/python-news-scraper ``webs.py`` (title
  ``.jdl > div > h1``, story ``.detail_text``); the detik/CNN pages of that era in the corpus show the same
  skeleton (``div.jdl`` with ``div.author`` "Name, CNBC Indonesia" and ``div.date``, ``meta[name=publishdate]``,
  ``table.linksisip`` boxes, ``center`` ad slots).
- Dumps: the credit line ``Jakarta, CNBC Indonesia - `` (also ``–``, ``—``, no spaces); the byline
  ``Name, CNBC Indonesia`` (2018-2022 also ``News - Name, CNBC Indonesia``) over the date line
  ``22 October 2025 10:20`` (English month names); a news text-cleaner module found with the search tool
  (``cnbc_cleaner``: ``CNBC INDONESIA RESEARCH``, ``research@cnbcindonesia.com``, ``ADVERTISEMENT``,
  ``SCROLL TO CONTINUE WITH CONTENT``, ``SCROLL TO RESUME CONTENT``, the ``Ikuti kami …`` /
  ``Download Aplikasi CNBC Indonesia …`` footer ending ``A Transmedia Company``); inline ``Baca:`` links,
  ``[Gambas:Video CNBC]`` and ``Saksikan video di bawah ini:``, the ``Artikel Selanjutnya`` / ``Next Article``
  teaser after the story.
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

# A person's name as bylines print it, and several of them: "Name Surname", "Name Surname & Other Name".
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}"
_NAMES = _NAME + r"(?:\s*(?:,|&|dan)\s*" + _NAME + r"){0,3}"
_DESK = r"(?:News|Market|Investment|Tech|Lifestyle|Research|Syariah|MyMoney|Opini|Entrepreneur|Sport|Entertainment)"

# In-story boxes of the CMS: ad slots, "Baca juga" boxes, shares, video players, the agency box.
_NOISE = (
    Noise("[id^=div-gpt-ad], ins.adsbygoogle, div[style*=advertisement], .paradetail", "ad"),
    Noise(".linksisip, .baca-juga, [class^=sisip_], [class^=link_sisip], .lihatjg", "read_also"),
    Noise(".detail-share, .share", "share"),
    Noise(".video_detail", "video"),
    Noise(".media-institusi", "other"),
    Noise("#komentar", "navigation"),
)

HTML_TEMPLATES = (
    # 2023-2026: Tailwind classes; the story in div.detail-text.
    HtmlTemplate(
        version="2023", era="2023-2026",
        markers=("div.detail-text", "h1"),
        body="div.detail-text",
        title="h1.mb-4, h1",
        date='meta[name="publishdate"], meta[property="article:published_time"], div.text-cm.text-gray',
        caption="div.detail-text figcaption, figure figcaption",
        section='meta[property="article:section"]',
        noise=_NOISE,
    ),
    # 2018-2022: the detik-family layout; div.jdl header, the story in div.detail_text.
    HtmlTemplate(
        version="2018", era="2018-2022",
        markers=("div.detail_text", "div.jdl h1"),
        body="div.detail_text",
        title="div.jdl h1",
        date='meta[name="publishdate"], div.jdl .date',
        authors="div.jdl .author",
        caption=".media_artikel .caption, .pic_artikel .pic_caption",
        noise=(Noise("center:has([id^=div-gpt-ad])", "ad"), *_NOISE),
    ),
)


OUTLET = Outlet(
    id="cnbcindonesia",
    name="CNBC Indonesia",
    domains=("cnbcindonesia.com",),
    text_eras=("2018-2026",),
    signatures=(
        Signature(r"CNBC Indonesia\s*[-–—]", weight=2),
        Signature(r"CNBC INDONESIA RESEARCH", weight=2),
        Signature(r"\[Gambas:Video CNBC\]", weight=2),
        Signature(r"cnbcindonesia\.com"),
        Signature(r"CNBC Indonesia"),
    ),
    credits=(
        # "Jakarta, CNBC Indonesia - ", "Jakarta, CNBC Indonesia—", "CNBC Indonesia - " (no city)
        Credit("cnbc_credit",
               r"(?:(?P<city>[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,3}+)\s*,\s*)?CNBC Indonesia\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*CNBC Indonesia$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # "Name Surname, CNBC Indonesia", "News - Name Surname, CNBC Indonesia" (the date line follows)
        Rule("cnbc_byline", "byline",
             r"(?:" + _DESK + r"\s*-\s*)?(?P<authors>" + _NAMES + r"),\s*CNBC Indonesia", flags=0, where="header",
             contains=("CNBC Indonesia",)),
        # the research desk's sign-off and address under its stories
        Rule("cnbc_research_desk", "byline",
             r"CNBC INDONESIA RESEARCH|CNBC Indonesia Research\s*research@cnbcindonesia\.com.{0,80}"
             r"|research@cnbcindonesia\.com", flags=0, where="body"),
        Rule("cnbc_scroll_ad", "ad", r"SCROLL TO RESUME CONTENT", flags=0),
        # "Saksikan video di bawah ini:" over the video's title
        Rule("cnbc_video_teaser", "video", r"(?:Saksikan|Simak|Tonton) video di bawah ini\s*:?", flags=0, then_drop=2),
        # the next story's teaser under this one: the story is over
        Rule("cnbc_next_article", "related", r"(?:Artikel Selanjutnya|Next Article)\s*", flags=0, where="body",
             starts_tail=True),
        # the site footer: social links, the app, "A Transmedia Company"
        Rule("cnbc_footer", "navigation",
             r"(?:Ikuti kami|Download Aplikasi CNBC Indonesia|A Transmedia Company)\b.{0,200}", flags=0,
             where="body", starts_tail=True, max_len=260),
    ),
)
