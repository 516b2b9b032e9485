"""kumparan (kumparan.com).

Where the selectors and text furniture come from, and how sure they are:

- There is no saved kumparan page in ``../shared/corpus/html/`` and the public scrapers found with
  the ``search`` tool do not read article pages: redhoyasa/news-aggregator
  (``lib/news_aggregator/kumparan_scraper.rb``) reads home-page teasers through generated
  styled-components class names (``.cZOcBv``, ``.iNLhyk``), which change with every build and are
  useless as selectors. The site is a React app whose components carry ``data-qa-id`` attributes;
  the one HTML template below keys on those attributes (``story-title``, ``author-name``,
  ``story-content``, ``story-paragraph`` ...) and on the page's ``article:published_time`` meta.
  **These names are an assumption not checked against a real page**: verify on the first real
  kumparan page that comes in, and add an era if they differ.
- Text furniture of dumps (the channel line ``kumparanNEWS`` / ``kumparanBISNIS`` ..., ``Verified``,
  ``Follow``, the ``· waktu baca 2 menit`` reading time, the ``Konten dari Pengguna`` label and
  disclaimer of user posts, the ``Trending Now`` / ``Berita Hari Ini`` feeds after the story) is the
  site's standing page furniture. kumparan stories open without a dateline credit, so no `Credit`
  is declared: ``dateline`` stays null unless a shared credit form opens the story.
"""

from newsclean.rules import HtmlTemplate, Noise, Outlet, Rule, Signature

_CHANNEL = r"kumparan(?:NEWS|BISNIS|BOLA|SPORT|TECH|SAINS|OTO|STYLE|WOMAN|MOM|FOOD|TRAVEL|HITS|K-POP|PLUS|DERMA)"

HTML_TEMPLATES = (
    HtmlTemplate(
        version="2017", era="2017-2026",
        markers=('[data-qa-id="story-title"]', '[data-qa-id="story-content"]'),
        body='[data-qa-id="story-content"]',
        paragraphs='[data-qa-id="story-paragraph"], [data-qa-id="story-subheading"]',
        title='[data-qa-id="story-title"]',
        date='meta[property="article:published_time"], [data-qa-id="date"]',
        authors='[data-qa-id="author-name"]',
        caption='[data-qa-id="image-caption"]',
        tags='[data-qa-id="topic-tag"]',
        section='[data-qa-id="channel-name"]',
        noise=(
            Noise('[data-qa-id="ad-label"], [id^=div-gpt-ad]', "ad"),
            Noise('[data-qa-id="related-stories"]', "related"),
        ),
    ),
)

OUTLET = Outlet(
    id="kumparan",
    name="kumparan",
    domains=("kumparan.com",),
    text_eras=("2017-2026",),
    signatures=(
        Signature(_CHANNEL, weight=2),
        Signature(r"tidak mewakili pandangan dari redaksi kumparan", weight=2),
        Signature(r"kumparan\.com"),
    ),
    title_suffix=r"\s*[-|]\s*(?:kumparan\.com|kumparan)$",
    html_templates=HTML_TEMPLATES,
    rules=(
        # the channel that published the story, over the headline or the date
        Rule("kumparan_channel", "other", _CHANNEL, flags=0, where="header"),
        Rule("kumparan_verified_follow", "other", r"Verified(?: Green| Blue)?|Follow|Ikuti", flags=0, where="header"),
        # "· waktu baca 2 menit" (the dot on a line of its own in some dumps)
        Rule("kumparan_read_time", "other", r"·?\s*waktu baca \d{1,2} menit|·", where="header"),
        Rule("kumparan_user_content", "other", r"Konten (?:dari Pengguna|Media Partner)", where="header"),
        # the disclaimer of a user post names its writer
        Rule("kumparan_user_disclaimer", "byline",
             r"Tulisan dari (?P<authors>[A-Z].{1,80}?) tidak mewakili pandangan dari redaksi kumparan\.?", max_len=200,
             contains=("redaksi kumparan",)),
        Rule("kumparan_app_promo", "promo",
             r"(?:Download|Unduh) aplikasi kumparan.{0,120}|Ikuti (?:berita|update) (?:terkini|terbaru) di kumparan.{0,120}",
             max_len=200),
        # reactions, comments and the feeds after the story
        Rule("kumparan_reactions", "share", r"(?:Reaksi|Bagikan|Komentar)(?:\s*&\s*Komentar)?", flags=0, where="body"),
        Rule("kumparan_more_news", "related", r"Trending Now|Berita Hari Ini|Lihat Lainnya|Load More", flags=0,
             starts_tail=True),
    ),
)
