"""Tempo (tempo.co and its subdomains, the magazine at majalah.tempo.co, Koran Tempo at koran.tempo.co).

What the rules know of each era, and where it was learnt:

- 2017-2019 tempo.co: schema.org microdata, body ``div#isi`` (the corpus pages, ../shared/corpus/SELECTORS.md).
- 2019-2023 majalah.tempo.co: one ``<article>`` with the headline in ``h1``, the standfirst in ``h4``,
  the writer in ``h2`` and the story in its ``<p>``s, a Dable widget after it (TempoNewsScanner.py by
  skycruiser8, 2020, in the code corpus). Its text prints a rubric label over the headline
  (``Laporan Utama``, ``Kolom``, ``Catatan Pinggir``), the edition date (``Edisi : Sabtu, 26 Juni 2021``,
  on the writer profile pages majalah.tempo.co/profile/…), a pay wall (``Berlangganan untuk lanjutkan
  membaca.`` / ``Kami mengemas berita, dengan cerita.``, majalah.tempo.co/read/kolom/113926/…), an
  ``arsip tempo : <id>.`` line, and a login wall (``Satu Akun, Untuk Semua Akses``, ``atau Masuk
  melalui``…); its amp pages print headline, standfirst, a bare date line ``Senin, 20 Oktober 2008``,
  the story's first paragraphs, ``...`` and ``Berita Lainnya`` (majalah.tempo.co/amp/kecap-dapur/128498/…,
  /amp/wawancara/145800/…; koran.tempo.co/amp/cover-story/467013/…).
- 2024-2026 tempo.co (the Nuxt site, which also serves the magazine's archive under /arsip, /prelude,
  /kolom, /teroka): rubric label, headline, standfirst, ``Reporter`` / ``Editor`` over the names,
  ``14 Februari 2024 | 06.00 WIB``, ``Image of Tempo`` / ``Perbesar`` over the photo with its
  caption (with or without a credit), a ``Poin penting`` box, ``Baca berita dengan sedikit iklan``
  lines, and the Tempo+ benefit bullets (tempo.co/ekonomi/terpopuler-…-87512, /prelude/mengapa-catatan-
  pinggir-berubah-826362, /arsip/demi-detail-dan-eksklusivitas-943157, /kolom/kolom-bahasa-…-847685 in
  the pages corpus). Selectors from fakhryfernanda/tempo_news_scraper (src/tempo_scraper/core/
  selectors.py: ``div#content-wrapper``, ``#article-tags``, the Tempo+ badge ``bg-primary-main``),
  benyaminl/net-news-html (Library/Parser/TempoParserService.cs: the rubric as the headline's first
  sibling, ``#feature_image``, ``*[ad-unit-path]``, ``#remp-detail-baca-juga-1``) and
  okkymabruri/news-watch (src/newswatch/scrapers/tempo.py: ``meta[name=author]``,
  ``article:published_time``).

A sign-off in capitals closes Tempo's stories (``ANTARA | FIKRI ARIGI``): agencies first, then the
people who wrote it; they are the authors when the byline names no one (``Non Koresponden``).
"""

from newsclean.rules import Credit, HtmlTemplate, Noise, Outlet, Rule, Signature, Trim

# -- pattern pieces shared by the rules below --------------------------------------------------
# The closing credit in capitals: the agencies the story draws on, then the writer who compiled it
# ("ANTARA | FIKRI ARIGI", "REUTERS | AL JAZEERA | SITA PLANASARI"). Agencies lead and go to `source`.
_AGENCY = (r"(?:ANTARA|REUTERS|AFP|AP|XINHUA|KYODO|BLOOMBERG|BBC|CNN|CNBC|AL ?JAZEERA|THE GUARDIAN|GUARDIAN|NYTIMES"
           r"|NEW YORK TIMES|WASHINGTON POST|THE STRAITS TIMES|STRAITS TIMES|SCMP|NIKKEI|YONHAP|BERNAMA|TASS|DW)")
_CAPS_NAME = r"[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]*){0,3}"
_CREDIT_ITEM = r"(?:" + _AGENCY + r"|" + _CAPS_NAME + r")"
_SIGNOFF = (_AGENCY + r"(?:\s?\|\s?" + _AGENCY + r")*(?:\s?\|\s?" + _CAPS_NAME + r"){0,4}"
            r"|" + _CAPS_NAME + r"(?:\s?\|\s?" + _CREDIT_ITEM + r"){1,4}")

# Rubric labels printed over the headline. A label is never the title; the block under it is, one
# word ("Monumen") as well as ten. Column rubrics hold one writer's piece: their name is the author.
_COLUMN_RUBRICS = (r"Kolom|Opini|Catatan Pinggir|Marginalia|Kolom Bahasa|Bahasa!?|Cari Angin|Esai|Editorial"
                   r"|Tajuk|Kolom Pakar|Analisis")
_RUBRICS = (r"Laporan Utama|Laporan Khusus|Nasional|Politik|Hukum|Ekonomi|Ekonomi (?:dan )?Bisnis|Bisnis"
            r"|Internasional|Dunia|Wawancara|Selingan|Seni|Buku|Film|Musik|Teater|Pokok dan Tokoh|Tokoh"
            r"|Surat dari Redaksi|Surat Pembaca|Ilmu dan Teknologi|Sains|Teknologi|Tekno|Lingkungan|Kesehatan"
            r"|Gaya Hidup|Olahraga|Sepak Bola|Arsip|Prelude|Teroka|Kartun|Investigasi|Obituari|Memoar"
            r"|Metro|Metropolitan|Pendidikan|Agama|Digital|Cek Fakta|Nawala|Info Tempo|Sinyal Pasar|Urban"
            r"|Perempuan|Otomotif|Hiburan|Seleb|Selebritas|Travel|Perjalanan|Foto|Data|Iqra|Jeda|Peristiwa"
            r"|Humaniora|Kriminalitas|Pemilu|Fokus|Newsletter")
# A headline: one line of a few words, not ending like a sentence; under a column's rubric one word
# will do ("Monumen"), under a news rubric it is more likely a menu item ("Indeks").
_HEADLINE = r"(?=.{8,250}$)\S+\s.*(?<![.,;:])"
_COLUMN_HEADLINE = r"(?=.*\w).{1,250}(?<![.,;:])"
# A caption under the photo's "Perbesar" button: not the story's lead, which opens with its credit
# line or (magazine style) with a word in capitals and runs long ("SALURAN beton itu…").
_CAPTION_VALUE = r"(?!TEMPO\.CO)(?![A-Z]{3,}\s.{250})(?=.*\w).{15,600}"
# A photo credit the shared caption rules do not read: "Tempo/Tony Hartawan", "TEMPO / Tony Hartawan",
# "TEMPO/Ilustrasi: Kuswoyo", "Dok. Humas Polda", "Istimewa", a social or stock source ("Instagram",
# "Instagram/@name", "Shutterstock") ("TEMPO/Tony Hartawan" is theirs).
_PHOTO_CREDIT = (r"(?:(?:Foto\s*:\s*)?(?:Tempo\s?/\s?|TEMPO\s/\s?|TEMPO/(?=Ilustrasi))(?:Ilustrasi\s*:?\s*)?"
                 r"[A-Z][\w .,'’/-]{1,60}|(?:Foto\s*:\s*)?Dok(?:umentasi)?\.?\s+[A-Z][\w .'’/-]{1,40}|\(?Istimewa\)?"
                 r"|(?:Instagram|Twitter|Facebook|TikTok|YouTube|Youtube)(?:\s?/\s?@?[\w.]{2,40})?"
                 r"|Shutterstock|Pixabay|Freepik|Unsplash|Pexels|Wikimedia Commons|Wikipedia)")
# The same on a line of its own, under its caption ("TEMPO/Tony Hartawan", "ANTARA FOTO/Name").
_PHOTO_CREDIT_ALONE = (r"(?:Foto\s*:\s*)?(?:TEMPO|Tempo|ANTARA FOTO|ANTARA|REUTERS|AFP|AP Photo)\s?/\s?"
                       r"[A-Z][\w .'’/-]{1,50}")
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
_DATE = _DAY + r"?,?\s*\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d"

# -- HTML template eras, newest first: the first whose markers all match a page reads it ----------
# Text furniture inside the body is left to the text `rules` below.
HTML_TEMPLATES = (
    # 2024-2026: Nuxt/Tailwind site; the story is split over several div#content-wrapper blocks. The
    # magazine's archive and the Tempo+ pieces use the same layout, with a pay wall under the story.
    HtmlTemplate(
        version="2024", era="2024-2026",
        markers=("div#content-wrapper",),
        body="div#content-wrapper",
        title="article h1",
        # the standfirst: the headline's wrapper holds the rubric, the headline and the dek under it
        summary="article div:has(> h1) > h1 + p",
        date='meta[property="article:published_time"], meta[name="publish-date"]',
        authors='meta[name="author"]',
        # "Reporter" / "Editor" label over each name
        byline='article div:has(> p + p a[href*="/penulis/"])',
        caption="article figure figcaption",
        tags="div#article-tags a",
        section='meta[property="article:section"]',
        noise=(
            Noise("[id^=remp-detail-baca-juga]", "read_also"),
            Noise("[class*=baca-juga], [class*=bacajuga]", "read_also"),
            Noise("*[ad-unit-path]", "ad", parent=True),  # an ad slot: its wrapper is the box
        ),
    ),
    # 2019-2023 majalah.tempo.co: headline h1, standfirst h4, writer h2, story in the <p>s.
    HtmlTemplate(
        version="majalah", era="2019-2023",
        markers=("article h1", "article h4", "article h2"),
        body="article",
        paragraphs="p",
        title="article h1",
        summary="article h4",
        authors="article h2",
        date='meta[property="article:published_time"], meta[name="publish-date"]',
        caption="article figure figcaption",
        section='meta[property="article:section"]',
        noise=(
            Noise("[id^=dablewidget]", "related"),
            Noise(".ads, .billboard", "ad"),
        ),
    ),
    # 2017-2019: schema.org microdata; body div#isi, reporter and editor in h4s above it.
    HtmlTemplate(
        version="2017", era="2017-2019",
        markers=('article[itemtype*="NewsArticle"]', "div#isi"),
        body="div#isi",
        title='article h1[itemprop="headline"]',
        date='meta[property="article:published_time"], span#date[itemprop="datePublished"], span#date',
        authors='h4[itemprop="author"]',
        editor='h4[itemprop="editor"]',
        caption='figure figcaption[itemprop="caption"], div#isi .img-gal-caption',
        tags='div.tags a[itemprop="keywords"]',
        section='meta[property="article:section"]',
        noise=(
            Noise("div#inarticle", "ad"),
            Noise("[id^=dablewidget]", "related"),
            Noise(".ads, .billboard", "ad"),
            # the closing sign-off in capitals: its agencies, then the writers ("ANDRIAN HABIBI | DA")
            Noise("div#isi > p:last-of-type > strong:only-child", "byline", text=r"[^a-z]{2,120}", field="signoff"),
        ),
    ),
)

# -- text rules (dumps, and the blocks of an HTML story area) --------------------------------------
_HEADER_RULES = (
    # the Tempo+ badge over a paid story, and its listing label: never the headline
    Rule("tempo_plus_label", "banner", r"(?:Berita\s+)?Tempo\s?(?:Plus|\+)(?:\s+(?:Eksklusif|Premium))?"
         r"|Konten Premium|Premium|Eksklusif", where="header"),
    Rule("tempo_column_rubric", "navigation", r"(?:" + _COLUMN_RUBRICS + r")", where="header",
         then_value=True, value_field="title", value_pattern=_COLUMN_HEADLINE, column=True),
    Rule("tempo_rubric", "navigation", r"(?:" + _RUBRICS + r")", where="header",
         then_value=True, value_field="title", value_pattern=_HEADLINE),
    # the magazine's edition date: "Edisi : Senin, 20 Oktober 2008" ("Catatan Pinggir Edisi : …" in lists)
    Rule("tempo_edition_date", "date", r"(?:(?:" + _COLUMN_RUBRICS + r"|" + _RUBRICS + r")\s+)?Edisi\s*:?\s*"
         r"(?P<date>" + _DATE + r")", flags=0),
)
_PAYWALL_RULES = (
    # Tempo+ pay wall and benefit bullets (2020-2026)
    Rule("tempo_plus_benefit", "promo", r"-?\s*(?:Akses (?:edisi mingguan|penuh seluruh artikel|"
         r"Koran Tempo|tanpa iklan).{0,80}|Anda Mendukung Independensi Jurnalisme Tempo"
         r"|Baca dengan lebih sedikit gangguan iklan|Fitur baca cepat di edisi [Mm]ingguan|Berlangganan Tempo\+.{0,120}"
         r"|Berlangganan untuk lanjutkan membaca\.?|Sudah berlangganan\?.{0,40}|Masuk untuk membaca.{0,60})"),
    # the login wall the magazine's pages print (a modal crawlers read as text)
    Rule("tempo_login_wall", "promo", r"Satu Akun, Untuk Semua Akses|atau Masuk melalui"
         r"|Belum Memiliki Akun\s*Daftar di Sini|Sudah Memiliki Akun\s*Masuk di Sini"
         r"|maaf email atau password anda salah|Konfirmasi Email|Kirimkan Lagi Sekarang"
         r"|Jika Anda tidak menerima email,?|Kami telah mengirimkan link (?:aktivasi|reset password).{0,120}"
         r"|Klik link aktivasi.{0,160}|Masukan alamat email Anda.{0,60}|Ubah (?:No\. Telepon|Kata Sandi|Data Diri)"
         r"|Topik Favorit|Hapus Berita|Apakah Anda yakin akan menghapus berita\?|Jenis Kelamin", max_len=240),
    Rule("tempo_archive_id", "other", r"arsip tempo\s*:\s*\d{6,}\.?"),
)
_PHOTO_RULES = (
    # "Image of Tempo" / "Perbesar" over a photo: the block under them is its caption, credited or not
    Rule("tempo_image_label", "caption", r"Image of Tempo|Perbesar",
         then_value=True, value_field="caption", value_pattern=_CAPTION_VALUE),
    Rule("tempo_caption_credit", "caption", r"(?P<caption>.{15,600}?[.!?\"”)]\s*" + _PHOTO_CREDIT + r")",
         flags=0, max_len=700, contains=("Tempo/", "Tempo /", "TEMPO /", "TEMPO/Ilustrasi", "Dok. ", "Dok ",
                                         "Dokumentasi", "Istimewa", "Instagram", "Twitter",
                                         "Facebook", "TikTok", "YouTube", "Youtube", "Shutterstock", "Pixabay",
                                         "Freepik", "Unsplash", "Pexels", "Wiki")),
    Rule("tempo_photo_credit", "caption", _PHOTO_CREDIT_ALONE, flags=0, max_len=90, joins_previous=True),
)

OUTLET = Outlet(
    id="tempo",
    name="Tempo",
    domains=("tempo.co", "tempo.id"),
    text_eras=("2018-2023", "2024-2026", "majalah 2008-2026"),
    standfirst=True,
    house_byline=True,  # "Reporter" / "Tempo.co" with no one named: the seed's gold keeps ["Tempo.co"]
    signatures=(
        Signature(r"TEMPO\.CO\s*,"),
        Signature(r"Tempo\.co"),
        Signature(r"Tempo\+"),
        Signature(r"Tempo Plus", weight=2),
        Signature(r"Baca berita dengan sedikit iklan", weight=2),
        Signature(r"Berlangganan untuk lanjutkan membaca"),
        Signature(r"Kami mengemas berita, dengan cerita", weight=2),  # Tempo Digital's pay wall slogan
        Signature(r"Image of Tempo"),
    ),
    credits=(
        # "TEMPO.CO, Jakarta - ", "TEMPO.CO, WASHINGTON DC -- "; city as written
        Credit("tempo_credit", r"TEMPO\.CO\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("tempo_credit_nocity", r"TEMPO\.CO\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:Tempo\.co|TEMPO\.CO|(?:en\.)?tempo\.co)(?:\s+English)?$",
    html_templates=HTML_TEMPLATES,
    rules=(
        *_HEADER_RULES,
        *_PAYWALL_RULES,
        *_PHOTO_RULES,
        # 2024-2026 "Ringkasan Berita" / "Poin penting" box: the label, then bullet points above the story
        Rule("tempo_summary_box", "other", r"Ringkasan Berita|Poin [Pp]enting"),
        Rule("tempo_summary_bullet", "other", r"[-•]\s+\S.{5,400}", where="header"),
        # print-edition credit printed after the story
        Rule("tempo_print_credit", "other", r".{0,200}berkontribusi dalam penulisan artikel ini\..{0,300}", max_len=600,
             contains=("berkontribusi",)),
        Rule("tempo_print_edition", "other", r"Di edisi cetak, artikel ini terbit di bawah judul.{0,300}"),
        # the closing sign-off in capitals: its agencies are the source, its people the writers
        Rule("tempo_closing_credit", "byline", r"(?P<signoff>" + _SIGNOFF + r")", flags=0, where="body"),
        # a magazine list under the story ("Berita Tempo Plus" and its teasers): the story is over
        Rule("tempo_plus_feed", "related", r"Berita Tempo Plus|Tempo Plus Lainnya", where="body", starts_tail=True),
        Rule("tempo_footer", "navigation", r"(?:©|Copyright ©)\s*\d{4}.{0,80}Tempo.{0,80}|Tempo Media Group.{0,80}"),
    ),
    trims=(
        # the same sign-off run into the end of the last paragraph: '... lebih menyenangkan."AURA'
        Trim("tempo_closing_credit_glued", "byline",
             r"(?<=[.!?\"”])\s*" + _CREDIT_ITEM + r"(?:\s?\|\s?" + _CREDIT_ITEM + r"){0,4}$",
             endings=tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), field="signoff"),
    ),
)
