"""Small hand-written HTML pages in each outlet's template structure, for the HTML tests.

The prose is invented for these tests (no page or sentence comes from the evaluation corpus). Each
builder takes the body HTML so a test can put exactly the furniture it is about inside the story.
"""

from __future__ import annotations

import json

STORY = [
    "Pemerintah Kota Bandung mulai membangun dua puluh taman baca baru di kawasan padat penduduk pekan ini.",
    "Wali kota mengatakan taman baca itu akan dibuka setiap hari hingga pukul sembilan malam agar anak-anak "
    "sekolah dapat belajar setelah membantu orang tua mereka.",
    "Anggaran pembangunan berasal dari dana kelurahan dan sumbangan warga yang dikumpulkan sejak awal tahun.",
    "Warga menyambut rencana itu dan berharap taman baca juga menyediakan akses internet gratis bagi pelajar.",
]


def p(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def tempo_2017(body: str, *, url: str = "https://nasional.tempo.co/read/1100001/taman-baca-baru-di-bandung",
               title: str = "Taman Baca Baru di Bandung", published: str = "2018-05-03T08:15:42+07:00",
               lang: str = "id") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} - Nasional Tempo.co</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Tempo">
<meta property="article:section" content="nasional">
<meta property="article:published_time" content="{published}">
<meta name="description" content="Pemerintah Kota Bandung mulai membangun dua puluh taman baca baru.">
<script type="application/ld+json">{{"@context": "http://schema.org", "@type": "NewsArticle",
 "headline": "{title}", "author": {{"@type": "Person", "name": "Tempo.co"}}, "datePublished": "{published}"}}</script>
</head><body><header><h1>TEMPO.CO</h1><nav><a href="/">Home</a></nav></header>
<main id="detail"><section id="article"><nav class="breadcrumbs"><li><a href="/">Home</a></li></nav>
<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline"> {title} </h1>
<div class="sub-head"><div id="author" class="author">Reporter: <h4 itemprop="author">Anwar Siswadi</h4></div>
<div id="author" class="author">Editor: <h4 itemprop="editor">Dewi Rina Cahyani</h4></div>
<span id="date" class="date" itemprop="datePublished">Kamis, 3 Mei 2018 08:15 WIB</span></div>
<figure itemscope itemtype="http://schema.org/ImageObject"><img itemprop="image" src="x.jpg" alt="">
<figcaption itemprop="caption">
<p>Anak-anak membaca buku di taman kota Bandung. TEMPO/Prima Mulia</p></figcaption></figure>
<div id="isi" itemprop="articleBody">{body}</div>
<hr><div class="tags clearfix"><li><a href="/tag/bandung" itemprop="keywords">Bandung</a></li>
<li><a href="/tag/taman-baca" itemprop="keywords">Taman Baca</a></li></div>
<div id="dablewidget_x1" data-widget_id="x1">
<a href="/read/2">Berita lain yang sangat menarik untuk dibaca hari ini</a></div>
</article></section></main><footer><a href="/about">Tentang Kami</a> © 2018 Tempo</footer></body></html>"""


def kompas_2018(body: str, *, url: str = "https://regional.kompas.com/read/2018/05/03/10150061/banjir-surut",
                title: str = "Banjir di Pesisir Semarang Mulai Surut") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title} - Kompas.com</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title} - Kompas.com">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="KOMPAS.com">
<meta name="content_category" content="News"><meta name="content_author" content="Kontributor Semarang, Nazar Nurdin">
<meta name="content_editor" content="Caroline Damanik">
<meta name="content_PublishedDate" content="2018-05-03 10:15:00">
<meta name="content_tag" content="banjir"><meta name="content_source" content="">
<meta property="article:published_time" content="2018-05-03T10:15:00Z">
<script type="application/ld+json">{{"@context": "http://schema.org", "@type": "NewsArticle",
 "headline": "{title} - Kompas.com", "datePublished": "2018-05-03T03:15:00+00:00",
 "author": {{"@type": "Person", "name": "Caroline Damanik"}}}}</script>
</head><body><div class="read__header"><h1 class="read__title">{title}</h1>
<div class="read__author"><a href="/profile/nazar">Kontributor Semarang, Nazar Nurdin</a></div>
<div class="read__time">Kompas.com - 03/05/2018, 10:15 WIB</div></div>
<div class="photo"><img src="a.jpg" alt=""><span class="pb_10 author">KOMPAS.com/NAZAR NURDIN</span>
 Warga melintasi genangan air di Kecamatan Genuk, Semarang, Kamis (3/5/2018).</div>
<div class="read__article"><div class="read__content">{body}</div>
<div class="read__credit clearfix"><div class="read__credit__item" id="penulis"><span>Penulis</span>
<a href="/profile/nazar">Kontributor Semarang, Nazar Nurdin</a></div>
<div class="read__credit__item" id="editor"><span>Editor</span>
<a href="/profile/caroline">Caroline Damanik</a></div></div>
<div class="read__tagging"><ul><li><a class="tag__article__link" href="/tag/banjir">banjir</a></li>
<li><a class="tag__article__link" href="/tag/semarang">Semarang</a></li></ul></div>
<div class="related__inline"><h3><span>Berita Terkait</span></h3>
<h4 class="related__inline__title"><a href="/read/1">Hujan Deras Guyur Semarang Sejak Pagi Hari Ini</a></h4></div>
</div></body></html>"""


def kompas_2015(body: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>Persib Menang Tipis - Kompas.com</title>
<meta property="og:url" content="http://bola.kompas.com/read/2015/06/20/21000018/persib.menang.tipis">
<meta property="og:title" content="Persib Menang Tipis atas Tamunya - Kompas.com Bola"></head>
<body><div class="kcm-read mt2"><div class="kcm-read-content-top">
<h2>Persib Menang Tipis atas Tamunya</h2><div class="grey small mb2">Sabtu, 20 Juni 2015 | 21:00 WIB</div></div>
<div class="kcm-read-content-text"><div class="span2">
<div class="kcm-read-terkait"><h4><span>Berita Terkait</span></h4>
<ul><li><a href="/read/1">Pelatih Persib Puji Lini Tengah Setelah Laga Uji Coba</a></li></ul></div></div>
<div class="span6"><span class="kcmread1114">{body}</span>
<div class="kcm-read-copy"><table><tr><td>Penulis</td><td>: Putra Prima Perdana</td></tr>
<tr><td>Editor</td><td>: Aloysius Gonsaga</td></tr></table></div></div></div></div></body></html>"""


def voi_2020(body: str, *, date_published: str = "2026-05-13WIB18:45:00+07:00") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harga Cabai Turun",
                     "datePublished": date_published, "author": {"@type": "Person", "name": "Rizky Adytia"}})
    return f"""<html><head><meta charset="utf-8"><title>Harga Cabai Turun - VOI</title>
<link rel="canonical" href="https://voi.id/ekonomi/500001/harga-cabai-turun">
<meta property="og:title" content="Harga Cabai Turun"><script type="application/ld+json">{ld}</script></head>
<body><article><h1>Harga Cabai Turun</h1><div class="single-post-author">
<a href="/author/rizky">Rizky Adytia</a></div>
<div class="single-post-date"><time datetime="2026-05-13T18:45:00+07:00">13 Mei 2026 18:45</time></div>
<div class="single-post-content">{body}<div class="related-news">
<a href="/a">Harga Bawang Merah Naik di Pasar Induk</a></div>
</div></article></body></html>"""


def kontan_desk(body: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>Ekspor Kopi Naik - Kontan</title>
<link rel="canonical" href="https://industri.kontan.co.id/news/ekspor-kopi-naik">
<meta name="content_PublishedDate" content="2026-03-26 12:14:10"></head>
<body><h1 class="detail-desk">Ekspor Kopi Naik</h1>
<div class="fs14 ff-opensans font-gray">Kamis, 26 Maret 2026 / 12:14 WIB</div>
<div class="tmpt-desk-kon" itemprop="articleBody">{body}</div></body></html>"""


def intisari_grid(body: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>Kisah Mercusuar Tua - Intisari</title>
<link rel="canonical" href="https://intisari.grid.id/read/034000001/kisah-mercusuar-tua">
<meta name="author" content="Ade S"><meta property="article:section" content="Histori">
<meta property="article:published_time" content="2021-02-03T13:13:00+07:00"></head>
<body><h1 class="read__title">Kisah Mercusuar Tua</h1><div class="read__article">{body}
<div class="bacajuga"><a href="/r/1">Cerita Nelayan yang Menemukan Kapal Karam di Selat</a>
</div></div></body></html>"""


def generic_page(
    body: str, *, site: str = "Kabar Nusantara", url: str = "https://kabarnusantara.example/berita/77/panen"
) -> str:
    cards = "".join(
        f'<li><div class="text"><h3><a href="/berita/{i}">Judul berita lain nomor {i} yang menarik dibaca</a></h3>'
        f"<p>Ringkasan berita lain nomor {i} yang tampil di daftar berita terbaru situs ini setiap hari.</p></div></li>"
        for i in range(6)
    )
    return f"""<html><head><meta charset="utf-8"><title>Panen Raya di Kabupaten Subang - {site}</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{site}">
<meta name="author" content="Siti Rahmawati"><meta name="publishdate" content="2019/08/12 09:30:00"></head>
<body><header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav></header>
<div class="content"><h1>Panen Raya di Kabupaten Subang</h1>
<div class="detail-text">{body}</div></div>
<aside><h2>Berita Terbaru</h2><ul>{cards}</ul></aside>
<footer>Hak cipta dilindungi undang-undang</footer></body></html>"""


def listing_page(*, url: str | None = "https://www.tempo.co/tag/banjir", cards: int = 24) -> str:
    items = "".join(
        f'<div class="card"><h2><a href="/read/{i}/judul">Banjir merendam ratusan rumah warga di desa {i}</a></h2>'
        f"<p>Hujan deras sejak sore membuat sungai meluap dan merendam rumah di desa nomor {i}.</p></div>"
        for i in range(cards)
    )
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<html><head><meta charset="utf-8"><title>Berita Banjir Terbaru Hari Ini</title>{canonical}
<meta property="og:type" content="article"><meta property="og:site_name" content="Tempo"></head>
<body><h1>Banjir</h1><div class="list">{items}</div></body></html>"""
