"""detikcom (detik.com and every channel subdomain: news., finance., sport., inet., hot., health., oto.,
travel., food., edu., and the regional desks detikJatim, detikJabar, detikSumut, ...).

Where the selectors and text furniture come from:
- 2018 era: the real pages `../shared/corpus/html/detik/detik-news_2018-05-01_905b733ac1.html` and
  `detik-finance_2018-05-01_ec90e78edc.html` (read in place): `article > div.jdl` holds `div.date`,
  `h1` and `div.author` ("Name - detikNews"); the story is the text of `div#detikdetailtext`
  (`div.detail_text`) split by `<br><br>`, the dateline in `<b>`/`<strong>`; inside it an ad slot in
  `<center>` around `div[id^=div-gpt-ad]`, "Baca juga" boxes `table.linksisip` / `div.lihatjg`, closing
  initials `<strong>(nvl/rvk)</strong>`, tags in `div.detail_tag`, ad scripts in `div.news_tag`,
  `div.skybanner`; related list `#relatedgtm.berita_terkait` outside it.
- 2020-2026 era (no saved page): `h1.detail__title`, `div.detail__body-text` (also `.itp_bodycontent`),
  `div.detail__author`, `div.detail__date` [rmzq/python-news-scraper webs.py;
  babalenong/Scrapy-Indonesian-News-Articles detik_spider.py (`div.itp_bodycontent p`, `div.jdl h1`)];
  `meta[name=publishdate]` ("2023/08/03 10:15:00"), `meta[name=dtk:author]`, the parallax ad
  `.parallaxindetail` ("SCROLL TO CONTINUE WITH CONTENT"), `[Gambas:Video 20detik]`, `Simak Video "…"`,
  tags `.detail__body-tag`; the multi-page pager `.detail__long-nav` with `?single=1` as the single-page
  form; a saved 2024 finance page's story area (code-search file 30697475095: the dateline
  `<strong> Jakarta </strong> -` standing before the first `<p>`, a single `<br />` inside a sentence,
  `div.staticdetail_container` ad boxes, the closing initials in `<strong>` before the tag list); `../shared/corpus/SELECTORS.md` ("Other outlets": closing initials, Gambas, Simak Video).
- Dumps: the channel line (`detikNews`), the byline `Name - detikNews`, the date
  `Senin, 18 Mar 2024 14:30 WIB`, the dateline `Jakarta - ` (the shared `detik_city` credit takes the
  big cities; `detik_credit` below the rest), and after the story the channel feed of teaser lines
  `DETIKNEWS | Senin, 18 Mar 2024 15:02 WIB` (each followed by its title), cut from its first line.
"""

from newsclean.rules import MULTI_PAGE_WARNING, Credit, HtmlTemplate, Noise, Outlet, Rule, Signature

_CHANNELS = (r"(?:News|Finance|Sport|Inet|Hot|Health|Oto|Travel|Food|Edu|Properti|Pop|Jatim|Jateng|Jabar|Jogja"
             r"|Sumut|Sulsel|Bali|Sumbagsel|Kalimantan|X)")

HTML_TEMPLATES = (
    # 2020-2026: BEM classes detail__*; paragraphs in <p>.
    HtmlTemplate(
        version="2020", era="2020-2026",
        markers=(".detail__body-text", "h1.detail__title"),
        body=".detail__body-text",
        title="h1.detail__title",
        date='meta[name="publishdate"], meta[property="article:published_time"], .detail__date',
        authors='meta[name="dtk:author"], meta[name="author"]',
        caption=".detail__media-caption, .detail__body-text figcaption",
        tags=".detail__body-tag a",
        noise=(
            Noise(".parallaxindetail, [id^=div-gpt-ad], .ads-scrollpage-container, .staticdetail_container", "ad"),
            Noise(".linksisip, .lihatjg", "read_also"),
            Noise(".detail__body-tag", "navigation"),
            Noise(".detail__long-nav, .detail__multiple", "navigation"),
            Noise("table.pic_artikel_sisip_table", "caption"),
        ),
        pager=".detail__long-nav a, .detail__anchor-numb",
    ),
    # 2018-2019: div.jdl header, body text in div#detikdetailtext split by <br><br>.
    HtmlTemplate(
        version="2018", era="2018-2019",
        markers=("div#detikdetailtext", "div.jdl h1"),
        body="div#detikdetailtext",
        title="div.jdl h1",
        date='meta[name="publishdate"], div.jdl .date',
        authors='meta[name="author"], div.jdl .author',
        caption=".pic_artikel .pic_caption, .pic_artikel_sisip_table .pic_caption",
        tags="div.detail_tag a",
        noise=(
            Noise("center:has([id^=div-gpt-ad]), [id^=div-gpt-ad]", "ad"),
            Noise("table.linksisip, div.lihatjg", "read_also"),
            Noise("div.detail_tag", "navigation"),
            Noise("div.news_tag, div.skybanner, #thepolong", "ad"),
        ),
    ),
)

OUTLET = Outlet(
    id="detik",
    name="detikcom",
    domains=("detik.com",),
    text_eras=("2018-2026",),
    single_page_query="single=1",
    signatures=(
        Signature(r"detik" + _CHANNELS + r"\b", weight=2),
        Signature(r"\[Gambas:Video 20detik\]", weight=2),
        Signature(r"detikcom"),
        Signature(r"20detik"),
    ),
    credits=(
        # "Banyuwangi - ", "Tangerang Selatan - ": the dateline alone; Jakarta, Bandung, Surabaya, ... are the
        # shared `detik_city` credit's. Not identifying: any outlet may open "City - ".
        Credit("detik_credit",
               r"(?!(?:Jakarta|Bandung|Surabaya|Yogyakarta|Medan|Semarang|Makassar|Denpasar|Malang)\b)"
               r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*[-–—]\s+(?=[A-Z\"“'])",
               identifies=False),
    ),
    title_suffix=r"\s*[-|]\s*(?:detik" + _CHANNELS + r"|detikcom|detik\.com)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # the channel feed after the story: "DETIKNEWS | Senin, 18 Mar 2024 15:02 WIB" then a teaser title
        Rule("detik_channel_feed", "related",
             r"DETIK[A-Z]{2,12}\s*\|\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b.{0,40}",
             flags=0, starts_tail=True, max_len=70),
        # "Simak juga Video: ...", "Tonton juga video '...'": video teasers inside the story
        Rule("detik_video_teaser", "video", r"(?:Simak|Tonton|Saksikan|Lihat) juga [Vv]ideo\b.{0,250}", flags=0),
        # the pager of a split story: "Halaman Selanjutnya", "Tampilkan Semua", "Halaman 2 dari 3" is shared
        Rule("detik_next_page", "navigation", r"Halaman Selanjutnya|Tampilkan Semua Halaman|Tampilkan Semua",
             flags=0, max_len=40, warning=MULTI_PAGE_WARNING),
        # the channel line over the headline ("detikNews", "detikFinance") and the section under it
        Rule("detik_channel", "navigation", r"detik" + _CHANNELS, flags=0, where="header"),
        # ... and the desk printed under it: "Berita", "Berita Ekonomi Bisnis", "Energi", "Sepakbola"
        Rule("detik_desk", "navigation",
             r"Berita(?: [A-Z][a-z]+){1,2}|Energi|Moneter|Bursa & Valas|Sepakbola|Raket|Sport Lain|Hot Gossip"
             r"|Berita Daerah|Internasional|Kabar Bisnis",
             flags=0, where="header", max_len=30),
    ),
)
