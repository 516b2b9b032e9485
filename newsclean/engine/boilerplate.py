"""Furniture of Indonesian news pages that is not one outlet's: written once, used by every outlet
module, by the generic cleaner, and by the HTML path (the same objects, never written twice).

Outlet modules may import these families to place them in their own rule order; the engine
applies `COMMON_RULES` after an outlet's own rules in any case.
"""

from __future__ import annotations

import re

from ..dates import DATE_LINE
from ..rules import MULTI_PAGE_WARNING, Credit, Rule, Trim

# -- inline related links: "Baca juga:", "Baca Juga :", "Baca:", "Simak:", "Pilihan Editor:" ...
READ_ALSO_LABEL = (
    r"(?:Baca(?:\s+(?:juga|pula|lagi|selengkapnya|berita selengkapnya|berita lainnya))?|Simak(?:\s+juga)?"
    r"|Lihat(?:\s+juga)?|Pilihan\s+Editor|Selengkapnya\s+baca|Artikel\s+terkait|Berita\s+terkait|Related"
    r"|Read(?:\s+(?:also|more))?)"
)
READ_ALSO = Rule("read_also", "read_also", READ_ALSO_LABEL + r"\s*:\s*\S.{0,300}")
#: A list label run into the link title it introduces ("Artikel lainnya: <title>"): one link, not a list.
#: (Bare, the label is `RELATED_TAIL`'s, which ends the story only when a list follows it.)
READ_ALSO_LIST_LABEL = Rule(
    "read_also_list_label", "read_also", r"(?:Artikel|Berita)\s+lainnya\s*:\s*\S.{0,300}"
)
#: The broken-markup form: a bare "Baca juga" block, the linked title in the next block.
READ_ALSO_BARE = Rule(
    "read_also_bare", "read_also", r"(?:BACA JUGA|Baca juga|Baca Juga|Baca|Simak juga)\s*:?", flags=0, then_drop=1
)

# -- ad slots and ad labels
ADS = Rule(
    "ad_label", "ad",
    r"(?:Advertis(?:ing|ement)|ADVERTISEMENT|Iklan|Sponsored|Konten Sponsor|SCROLL TO CONTINUE WITH CONTENT"
    r"|CONTINUE READING BELOW|Scroll (?:ke bawah )?untuk (?:melanjutkan membaca|membaca berita|lanjut membaca)"
    r"|Baca berita (?:dengan sedikit iklan|tanpa iklan)[^.]{0,60}|Baca Berita Terbaru Tanpa Terganggu Banyak Iklan"
    r"|image-gnews|Logo|Perbesar)\.?",
)

# -- photo captions: labelled ("ILUSTRASI. ...", "Foto: ...") or ending in a photo credit
CAPTION_LABELLED = Rule(
    "caption_label", "caption", r"(?P<caption>(?:ILUSTRASI|Ilustrasi|FOTO|Foto|Keterangan foto)\s*[.:]\s*\S.{0,1000})", flags=0
)
#: Agencies and photo desks as printed before a photographer's name: "TEMPO/Tony Hartawan".
#: Only the capitalised forms stand bare at a caption's end (a story may end "… survei Reuters/Ipsos.").
_PHOTO_DESK_CAPS_LIST = r"ANTARA FOTO|ANTARA|TEMPO|KOMPAS\.com|KOMPAS\.COM|KONTAN|REUTERS|AFP|AP Photo|EPA-EFE|SHUTTERSTOCK|Shutterstock"
_PHOTO_DESK_CAPS = r"(?:" + _PHOTO_DESK_CAPS_LIST + r")"
_PHOTO_DESK = r"(?:" + _PHOTO_DESK_CAPS_LIST + r"|Antara|Tempo|Kontan|Reuters|EPA)"
PHOTO_CREDIT_END = (
    r"(?:\[[^\]\n]{0,80}(?:REUTERS|Reuters|AFP|AP Photo|ANTARA|Antara|TEMPO|Tempo|Getty|Shutterstock|KOMPAS|Kompas"
    r"|Dok\.?|Istimewa|Foto|/)[^\]\n]{0,80}\]"
    r"|\((?:[^()\n]{0,60}/)?(?:REUTERS|AFP|AP Photo|ANTARA FOTO|Getty Images|Shutterstock|SHUTTERSTOCK|Dok\.|DOK\.|Istimewa"
    r"|ISTIMEWA)[^()\n]{0,60}\)"
    r"|\(" + _PHOTO_DESK + r"/\s?[A-Z][^()\n]{1,60}\)"
    r"|(?:via|/)\s?(?:REUTERS|AFP|AP|ANTARA|Getty Images)"
    # a photographer after the desk, not another agency: "dikutip kantor berita AFP/Reuters." is story text
    r"|" + _PHOTO_DESK_CAPS + r"/ ?(?!(?:Reuters|REUTERS|AFP|AP|Antara|ANTARA|Xinhua|Bloomberg)\b)[A-Z][\w .'/-]{1,50})\.?"
)
CAPTION_CREDITED = Rule(
    "caption_photo_credit", "caption", r"(?P<caption>.{20,900}?" + PHOTO_CREDIT_END + r")", flags=0,
    endings=("]", ")", "REUTERS", "AFP", "AP", "ANTARA", "Getty Images"), max_len=1000,
)
#: The same, where the credit names a photographer: "... (TEMPO/Nurdiansah)" without brackets.
CAPTION_PHOTOGRAPHER = Rule(
    "caption_photographer", "caption", r"(?P<caption>.{20,900}?" + PHOTO_CREDIT_END + r")", flags=0,
    contains=("ANTARA FOTO/", "ANTARA/", "TEMPO/", "KOMPAS.com/", "KOMPAS.COM/", "KONTAN/", "REUTERS/", "AFP/",
              "AP Photo/", "EPA-EFE/", "SHUTTERSTOCK/", "Shutterstock/"),
    max_len=1000,
)

# -- bylines and attributions (label: value | label: value), parsed by the engine
BYLINE_LABEL = (
    r"(?:Reporter|Penulis|Sumber|Editor|Penyunting|Redaktur|Pewarta|Kontributor|Wartawan|Oleh|Writer|Author"
    r"|Source|Laporan wartawan)"
)
BYLINE = Rule(
    "byline", "byline",
    r"(?:" + BYLINE_LABEL + r"\s*:\s*[^|:]{1,120}?\s*(?:\||$)\s*){1,4}",
)
#: A bare label line ("Reporter", "Penulis") whose value, when there is one, is the next block.
BYLINE_BARE = Rule("byline_label", "byline", r"(?:Reporter|Penulis|Editor|Penyunting|Pewarta|Oleh)\s*:?", then_value=True)

# -- the publication timestamp printed as a line of its own
DATE = Rule("date_line", "date", DATE_LINE)

# -- share widgets and copy buttons
SHARE = Rule(
    "share", "share",
    r"(?:Bagikan|Share|Bagikan artikel ini|Salin (?:Artikel|tautan|link)|Copy link|Tweet|Facebook|Twitter|WhatsApp"
    r"|Telegram|LINE|Komentar|Find Us On Social Media|Instagram|YouTube|Youtube|TikTok|Pinterest|LinkedIn)\s*:?",
)

# -- promos: messaging channels, Google News, newsletters, subscriptions, apps
PROMO_CHANNEL = Rule(
    "promo_channel", "promo",
    r"(?=.{0,450}?\b(?:Telegram|WhatsApp|Google News|WA Channel|Instagram|TikTok|YouTube|newsletter)\b)"
    r"(?=.{0,450}?(?:https?://|t\.me/|wa\.me/|\bklik\b|\bclick\b|\bgabung\b|\bbergabung\b|\bjoin\b|\bikuti\b"
    r"|\bfollow\b|\bsubscribe\b|\bberlangganan\b))"
    r".{1,450}",
    max_len=450,
    contains=("Telegram", "WhatsApp", "Whatsapp", "Google News", "WA Channel", "Instagram", "TikTok", "YouTube",
              "newsletter"),
)
PROMO_SUBSCRIBE = Rule(
    "promo_subscribe", "promo",
    r"(?:Ingin mendapatkan informasi lebih lengkap|Langsung saja berlangganan|Berlangganan (?:untuk|sekarang)"
    r"|Manfaat berlangganan|Cek Berita dan Artikel yang lain di Google News|Dapatkan update berita|Download aplikasi"
    r"|Unduh aplikasi|Baca berita tanpa iklan|Kami mengemas berita|Hanya Rp ?[\d.]{1,12} untuk membaca"
    r"|BELI SEKARANG|Klik di sini untuk|Anda bisa menjadi kolumnis|Lupa Kata Sandi).{0,400}",
    max_len=500,
)

# -- video teasers: the label, then the teaser titles that follow it
VIDEO = Rule(
    "video", "video",
    r"(?:Video Rekomendasi|Video Pilihan|Video Terkait|Lihat Juga Video|Video Terpopuler|Tonton juga|Lihat juga)\s*:?",
    then_drop=3,
)
VIDEO_EMBED = Rule("video_embed", "video", r"\[Gambas:Video[^\]]{0,80}\]|Simak Video\b.{0,250}|Saksikan Video\b.{0,250}")

# -- related / latest lists: the story is over from here on
RELATED_TAIL = Rule(
    "related_list", "related",
    r"(?:Berita terkait|Berita Lainnya|Berita Terbaru|TERBARU|Terpopuler|Artikel Terkait|Artikel Lainnya"
    r"|Rekomendasi untuk Anda|Pilihan Untuk Anda|Baca Juga Berita Lainnya|Populer|Terkini"
    r"|Topik Terkait|Tag Terkait|Berita Rekomendasi|BERITA REKOMENDASI)\s*:?",
    starts_tail=True,
)
#: A "more news" feed under the story: teaser lines of an outlet and a time ("DETIKNEWS | Selasa, 01 Mei 2018
#: 10:20 WIB", "detikFinance | Senin, 30 Apr 2018 08:15 WIB"), each followed by its teaser; the story is over.
OUTLET_FEED_LINE = Rule(
    "outlet_feed_line", "related",
    r"[A-Za-z][\w.]{2,30}+(?: [\w.]{2,20}+)?\s*\|\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s"
    r"[^|]{6,40}?\s(?:WIB|WITA|WIT)",
    flags=0, where="body", starts_tail=True, max_len=90, contains=(" | ", "| "),
)
#: A tag list closes the story: the label ("Tags:", "Tag"), the tags under it and whatever follows are not body.
TAG_LIST = Rule("tag_list", "navigation", r"(?:Tags?|TAGS?)\s*:?", flags=0, starts_tail=True)
RELATED_ITEM = Rule(
    "related_item", "related",
    r"(?:\d{1,3} (?:detik|menit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu|Baca Selengkapnya|Selengkapnya|Lihat Semua"
    r"|Muat Lainnya|Load More|Berita Selanjutnya|Selanjutnya)\.?",
)

#: A story split over pages: its pager ("Halaman 1 dari 3", "1 2 3 Selanjutnya", "View in Single Page").
#: The page holds one part of the story, and `warnings` says so.
PAGER = Rule(
    "pager", "navigation",
    r"(?:Halaman|Hal\.|Page)\s*(?:ke-?\s*)?\d{1,2}\s*(?:dari|/|of)\s*(?:[2-9]|[1-9]\d)|(?:\d{1,2}\s+){2,9}(?:Selanjutnya|Berikutnya|Next)\s*[»>]?"
    r"|(?:«\s*)?(?:Sebelumnya|Prev)\s+(?:\d{1,2}\s+){2,9}(?:Selanjutnya|Berikutnya|Next)\s*[»>]?"
    r"|View in Single Page|Lihat dalam satu halaman|Tampilkan semua halaman|Baca dalam satu halaman",
    max_len=80, warning=MULTI_PAGE_WARNING,
)

# -- site chrome
BANNER = Rule("close_button", "banner", r"\[X\]|×|✕|X|Close|Tutup(?: iklan)?|Back to top|Kembali ke atas")
NAVIGATION = Rule("breadcrumb", "navigation", r"(?:Home|Beranda)\s*(?:[>»/|]\s*[\w &.-]{1,40}){1,5}")
#: Copyright footers: "Copyright © ANTARA 2024", "© 2024 Kompas.com".
COPYRIGHT = Rule(
    "copyright", "navigation", r"(?:(?:Copyright|Hak Cipta)\s*)?©.{0,150}|(?:Copyright|Hak Cipta)\s+(?:\d{4}|©).{0,150}"
)
#: Anti-crawling and reuse notices printed under stories (ANTARA and others).
REUSE_NOTICE = Rule("reuse_notice", "other", r"Dilarang keras mengambil konten.{0,300}", max_len=400)
#: A line of nothing but punctuation: an amp page's "..." before its lists, "***" scene breaks.
PUNCTUATION_ONLY = Rule("punctuation_only", "other", r"(?:\.{2,}|…|\*(?:\s?\*){2,}|-{3,}|_{3,})")

# -- bylines that carry a date or an outlet: "oleh X diperbarui 05 Mar 2024, 10:05 WIB" (liputan6),
#    "Rolando Fransiscus Sihombing - detikNews" (detik)
BYLINE_DATED = Rule(
    "byline_dated", "byline",
    r"[Oo]leh\s+(?P<authors>[A-Z][^\d|:]{1,80}?)\s+(?:[Dd]iperbarui|[Dd]iterbitkan|[Dd]ipublikasikan|pada|Pada)\s+"
    r"(?P<date>[0-3]?\d\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d.{0,40})",
    flags=0,
)
BYLINE_OUTLET = Rule(
    "byline_outlet", "byline",
    r"(?P<authors>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:\s?(?:,|dan)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}){0,3})"
    r"\s-\s(?:detik[A-Z]\w{1,20}|detikcom)",
    # the probe keeps this backtracking pattern off every capitalised title that names no detik desk
    flags=0, where="header", contains=("detik",),
)

#: The desk's closing initials on a line of their own: "(rfs/jbr)", "(nat)". They close the story: what follows
#: (promos, "Hoegeng Awards 2025", teaser lists) is not story. The same initials glued to the last sentence
#: are `COMMON_TRIMS`'.
CLOSING_INITIALS_LINE = Rule(
    "closing_initials_line", "byline",
    # (not a word the story itself prints in brackets on a line: a photo's "(ist)", "(foto)", "(video)")
    r"(?!.(?:ist|foto|video|dok|sumber|gambar|grafis|ilustrasi|adv|iklan)\W)"
    r"(?:\((?:[a-z]{2,6}/){0,3}[a-z]{2,6}\)|\[(?:[a-z]{2,6}/){0,3}[a-z]{2,6}\])", flags=0,
    where="body", closes_story=True,
    max_len=30,
)

#: In this order after every outlet's own rules. Order matters: the first rule that matches wins.
COMMON_RULES: tuple[Rule, ...] = (
    READ_ALSO, READ_ALSO_LIST_LABEL, ADS, BYLINE, DATE, CAPTION_LABELLED, VIDEO, VIDEO_EMBED,
    RELATED_TAIL, OUTLET_FEED_LINE, TAG_LIST, PAGER, RELATED_ITEM, SHARE, PROMO_SUBSCRIBE, PROMO_CHANNEL, BANNER, NAVIGATION, COPYRIGHT,
    REUSE_NOTICE, PUNCTUATION_ONLY, CLOSING_INITIALS_LINE, BYLINE_DATED, BYLINE_OUTLET, READ_ALSO_BARE, BYLINE_BARE, CAPTION_CREDITED,
    CAPTION_PHOTOGRAPHER,
)

#: Cuts applied to the end of body paragraphs on every page.
COMMON_TRIMS: tuple[Trim, ...] = (
    # detik/CNN closing initials "(nia/qom)" after the last sentence
    Trim("closing_initials", "other", r"\s*\((?:[a-z]{2,5}/)+[a-z]{2,5}\)\s*$", endings=(")",)),
    # one editor's initials "(nat)", "(ant)": lower case, 2-4 letters, after the last sentence's end or
    # alone on a line; a parenthesised word inside a sentence ("(BPS).", "disebut (kurs).") never is
    Trim("closing_initials_single", "other", r"(?:(?<=[.!?\"”'’])\s*|^)\([a-z]{2,4}\)$", endings=(")",)),
    # the same in square brackets (Merdeka.com and others): "... pekan depan. [ded]", "[ang/ded]"
    Trim("closing_initials_bracketed", "other", r"(?<=[.!?\"”'’])\s*\[(?:[a-z]{2,5}/){0,3}[a-z]{2,5}\]$", endings=("]",)),
    # a related link in brackets, as a block of its own ("(Baca juga: ...)", "[Baca juga: ...]") or glued after
    # a paragraph's last sentence ("... katanya. (Baca juga: ...)"). A trim, not a rule: on HTML pages such a
    # block is a link box that the HTML path takes out before the text rules run.
    Trim("read_also_bracketed", "read_also",
         r"(?:(?<=[.!?\"”])\s*|^)(?:\(\s*" + READ_ALSO_LABEL + r"\s*:\s*[^()\[\]]{1,300}\)|\[\s*" + READ_ALSO_LABEL
         + r"\s*:\s*[^()\[\]]{1,300}\])$", flags=re.IGNORECASE,
         contains=("(Baca", "[Baca", "(BACA", "[BACA", "( Baca", "(Simak", "[Simak", "(Lihat", "[Lihat", "(Pilihan",
                   "[Pilihan", "(Artikel", "[Artikel", "(Berita", "[Berita", "(Read", "[Read"),
         endings=(")", "]")),
)

#: The credit line of outlets that open the story with the city in capitals and a dash (``JAKARTA - ``,
#: ``SURABAYA – ``): VOI, Sindonews, Okezone. It does not identify an outlet (several print it), so each
#: outlet declares it under its own name, to strip the credit once the outlet is known.
CAPITALS_CITY_CREDIT = r"(?P<city>[A-Z]{3,}+(?: [A-Z]{2,}+){0,2}+)\s*[-–—]\s+(?=\S)"

# -- credit lines of outlets without a rule module (the generic path)
# (A city's words are possessive, `*+` and `{0,2}+`: what follows a city is never a word character, so
# giving characters back cannot help a match, and every block that is no credit line was paying for it.)
GENERIC_CREDITS: tuple[Credit, ...] = (
    # "Jakarta, CNN Indonesia -- ", "Liputan6.com, Jakarta - " is below
    Credit("city_outlet", r"(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+),\s*(?:CNN Indonesia|Republika|REPUBLIKA\.CO\.ID"
           r"|Okezone|okezone|Suara\.com|SINDOnews\.com|Bisnis\.com|JPNN\.com|merdeka\.com|Kumparan|kumparan"
           r"|Tribunnews\.com|TRIBUNNEWS\.COM|Detik\.com|detikcom)\s*[-–—]{1,2}\s*"),
    Credit("city_agency", r"(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+)\s*\((?:ANTARA|Antara|AFP|Reuters|AP|Xinhua)"
           r"(?:/[A-Za-z ]{2,30})?\)\s*[-–—]{1,2}\s*"),
    # ("Solopos.com, SOLO — ", "Harianjogja.com, JOGJA — ": Bisnis.com's sister sites of the JIBI group)
    Credit("outlet_city", r"(?:Liputan6\.com|REPUBLIKA\.CO\.ID|Republika\.co\.id|VIVA\.co\.id|VIVA|Bisnis\.com"
           r"|TRIBUNNEWS\.COM|Tribunnews\.com|Suara\.com|JPNN\.com|jpnn\.com|Okezone|SINDOnews|Solopos\.com"
           r"|Harianjogja\.com)\s*,\s*"
           r"(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+)\s*[-–—]{1,2}\s*"),
    Credit("upper_city", r"(?P<city>[A-Z]{3,}+(?: [A-Z]{2,}+){0,2}+)\s*[-–—]{1,2}\s+(?=[A-Z\"“'])"),
    Credit("detik_city", r"(?P<city>Jakarta|Bandung|Surabaya|Yogyakarta|Medan|Semarang|Makassar|Denpasar|Malang)"
           r"\s*[-–—]\s+(?=[A-Z\"“'])"),
    # "SEMARANG, suaramerdeka.com - ", "BANDUNG, PRFMNEWS.ID - ": a city, then the site's own domain
    Credit("city_site_domain", r"(?P<city>[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,2}+),\s*[A-Za-z][A-Za-z0-9-]{1,24}\."
           r"(?:co\.id|CO\.ID|com|COM|id|ID)\s*[-–—]{1,2}\s+(?=[A-Z\"“])"),
    # "tirto.id - ", "katadata.co.id - ", "Merdeka.com - ": a site's own domain opening the story, no city
    Credit("site_domain", r"[A-Za-z][A-Za-z0-9-]{1,24}\.(?:co\.id|id|com)\s*[-–—]{1,2}\s+(?=[A-Z\"“])"),
)


#: Site suffixes of outlets without a rule module, taken off titles (each outlet module declares its own).
OTHER_TITLE_SUFFIXES = (
    r"\s*(?:[-|–—]\s*(?:[\w ]{0,30}\b)?(?:Grid\.ID|CNN Indonesia|detikNews|detik\w*|Republika(?: Online)?|Okezone"
    r"|Liputan6\.com|Tribunnews\.com|SINDOnews|merdeka\.com|Kumparan|ANTARA News|Bisnis\.com)[\w. ]{0,20})+$"
)
#: One of these names is in every match of OTHER_TITLE_SUFFIXES (keep the two in step): a title holding
#: none is not searched.
GENERIC_SUFFIX_NAMES = ("Grid.ID", "CNN Indonesia", "detik", "Republika", "Okezone", "Liputan6.com",
                        "Tribunnews.com", "SINDOnews", "merdeka.com", "Kumparan", "ANTARA News", "Bisnis.com")
