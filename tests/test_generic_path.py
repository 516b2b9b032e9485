"""The generic path takes paragraphs from the structure trafilatura extracted, never from the source's
own newlines: a hard-wrapped story keeps one paragraph per paragraph."""

from __future__ import annotations

import newsclean

WRAPPED = """<html><head><title>Warga Menanam Bambu di Bantaran Kali - Berita Contoh</title></head><body>
<div class="story"><h1>Warga Menanam Bambu di Bantaran Kali</h1>
<div class="text">Warga tiga kelurahan di tepi kali menanam seribu bibit bambu pada Minggu pagi untuk
menahan tanah tebing yang longsor setiap musim hujan datang, kata ketua panitia kegiatan itu.<br><br>
Bibit bambu dibagikan oleh dinas lingkungan hidup sejak sepekan sebelumnya, dan setiap keluarga
mendapat lima batang untuk ditanam di lahan kosong dekat rumah mereka masing-masing.<br><br>
Ketua panitia, Sulastri, mengatakan penanaman akan diulang setiap tiga bulan sampai tebing tertutup
rapat oleh rumpun bambu yang cukup kuat menahan arus air saat banjir datang.<br>
Ia berharap warga dari kelurahan lain ikut bergabung pada penanaman berikutnya bulan depan.</div>
</div></body></html>"""


def test_source_newlines_never_split_a_paragraph() -> None:
    article = newsclean.clean_html(WRAPPED)
    assert len(article.paragraphs) == 4, article.paragraphs
    assert article.paragraphs[0].startswith("Warga tiga kelurahan") and article.paragraphs[0].endswith("kegiatan itu.")
    assert "untuk menahan tanah" in article.paragraphs[0]  # the source line break inside it is a space
    assert article.paragraphs[3].startswith("Ia berharap")  # a single <br> after a sentence's end breaks


def test_a_line_wrapped_mid_sentence_by_a_single_break_is_joined() -> None:
    page = WRAPPED.replace("sampai tebing tertutup\nrapat", "sampai tebing tertutup<br>rapat")
    paragraphs = newsclean.clean_html(page).paragraphs
    assert any("sampai tebing tertutup rapat oleh rumpun" in p for p in paragraphs), paragraphs
