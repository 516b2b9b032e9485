"""The line printed under the headline (`Rule.under_headline`), a caption announced by the block before it
(`Rule.then_value` with `value_field="caption"`), and values with punctuation standing apart at their end
("Editor: X .")."""

from __future__ import annotations

import newsclean
from newsclean.engine.classified import Classified
from newsclean.engine.classify import classify
from newsclean.engine.ruleset import RuleSet
from newsclean.rules import Outlet, Rule

OUTLET = Outlet(
    id="boxtest", name="Box test", domains=("boxtest.example",),
    rules=(
        Rule("under_title", "date", r"Terbit (?P<date>\d{2}/\d{2}/\d{4}, \d{2}:\d{2} WIB)", under_headline=True,
             where="header"),
        Rule("photo_button", "navigation", r"Lihat Foto", then_value=True, value_field="caption"),
    ),
)
RULES = RuleSet(OUTLET)
STORY = [
    "PAGI itu pasar ikan sudah ramai sebelum matahari terbit, dan para pedagang menata dagangan di atas es.",
    "Harga ikan tongkol naik sepertiga dibanding pekan lalu karena kapal nelayan jarang melaut saat angin kencang.",
]
BIO = "Pengajar ekonomi kelautan yang meneliti rantai pasok ikan tangkap di pantai utara Jawa sejak sepuluh tahun."
HEADLINE = "Mengapa Harga Ikan Naik Setiap Musim Angin Barat"
DATE = "Terbit 12/01/2024, 08:30 WIB"


def settled(blocks: list[str], rules: RuleSet = RULES) -> Classified:
    """`classify`, with the authors settled as the Article is assembled (a box's writer stands in for
    a byline that names no one)."""
    found = classify(blocks, rules)
    found.settle_authors()
    return found


def test_writer_box_over_the_headline_leaves_title_captions_and_story() -> None:
    found = settled(["Sri Wahyuni", "Dosen Perikanan", BIO, HEADLINE, DATE, *STORY])
    assert found.title == HEADLINE and found.published == "2024-01-12T08:30:00+07:00"
    assert found.authors == ["Sri Wahyuni"] and found.captions == [] and found.paragraphs == STORY
    assert [r.rule for r in found.removed[:3]] == ["writer_box"] * 3


def test_a_named_writer_wins_over_the_box() -> None:
    found = settled(["Sri Wahyuni", "Dosen Perikanan", HEADLINE, DATE, "Penulis: Budi Santoso", *STORY])
    assert found.authors == ["Budi Santoso"] and found.title == HEADLINE


def test_one_line_over_the_headline_is_no_writer() -> None:
    """A menu line or a rubric over the headline is not a columnist: a box is a name over a role or bio."""
    found = settled(["Ekonomi Bisnis Terkini", HEADLINE, DATE, *STORY])
    assert found.title == HEADLINE and found.authors == []


def test_headline_taken_right_stays() -> None:
    found = settled([HEADLINE, DATE, "Sri Wahyuni", *STORY])
    assert found.title == HEADLINE and found.authors == [] and found.paragraphs == STORY


def test_a_date_line_after_the_story_began_does_not_move_its_start() -> None:
    blocks = [HEADLINE, *STORY, STORY[0].replace("ikan", "sayur"), DATE, STORY[1].replace("tongkol", "kembung")]
    found = classify(blocks, RULES)
    assert found.paragraphs[0] == STORY[0] and found.title == HEADLINE


def test_photo_button_takes_the_caption_under_it_before_the_story_only() -> None:
    caption = "Nelayan menurunkan ikan di Pelabuhan Muara Angke"
    found = classify([HEADLINE, DATE, "Lihat Foto", caption, *STORY, "Lihat Foto", STORY[1].upper()], RULES)
    assert found.captions == [caption]
    assert found.paragraphs == [*STORY, STORY[1].upper()]  # in the story, the block after the button stays


def test_photo_button_before_the_headline_does_not_take_it() -> None:
    found = classify(["Lihat Foto", HEADLINE, DATE, *STORY], RULES)
    assert found.title == HEADLINE and found.captions == []


def test_editor_with_a_loose_period_at_the_end() -> None:
    dump = ("kontan.co.id\nHarga Karet Naik\nReporter: Dina Mirayanti Hutauruk | Editor: Noverius Laoli .\n"
            "KONTAN.CO.ID - JAKARTA. Harga karet alam di bursa Tokyo naik untuk hari ketiga berturut-turut, "
            "didorong permintaan pabrik ban dari China.\n")
    article = newsclean.clean_text(dump)
    assert article.editor == "Noverius Laoli" and article.authors == ["Dina Mirayanti Hutauruk"]
    article = newsclean.clean_text(dump.replace("Laoli .", "Laoli"))
    assert article.editor == "Noverius Laoli"


def test_a_rubric_label_over_the_box_is_not_the_writer() -> None:
    found = settled(["Kolom", "Sri Wahyuni", "Dosen Perikanan", BIO, HEADLINE, DATE, *STORY])
    assert found.authors == ["Sri Wahyuni"] and found.title == HEADLINE


def test_title_printed_first_and_again_over_the_line_leaves_a_box_between() -> None:
    """A dump that opens with the page's <title>: the box stands between it and the headline's repeat."""
    found = settled([f"{HEADLINE} - Situs", "Langganan tanpa iklan: Gabung", "Kolom", "Sri Wahyuni", "Dosen Perikanan",
                     BIO, HEADLINE, DATE, *STORY], RuleSet(Outlet(
                         id="boxtest2", name="Box test", domains=("boxtest2.example",), title_suffix=r"\s*-\s*Situs$",
                         rules=(*OUTLET.rules, Rule("promo_line", "promo", r"Langganan tanpa iklan.{0,40}")))))
    assert found.title == HEADLINE and found.authors == ["Sri Wahyuni"]
    assert found.captions == [] and found.paragraphs == STORY


def test_menu_words_between_a_title_and_its_repeat_are_no_writer() -> None:
    found = settled([HEADLINE, "Nasional", "Hukum", HEADLINE, DATE, *STORY])
    assert found.title == HEADLINE and found.authors == [] and found.paragraphs == STORY


def test_lone_line_taken_for_the_title_leaves_it_but_is_no_writer() -> None:
    found = settled(["Berita Pilihan Hari Ini", HEADLINE, DATE, *STORY])
    assert found.title == HEADLINE and found.authors == []
    assert [(r.kind, r.text) for r in found.removed[:2]] == [("other", "Berita Pilihan Hari Ini"), ("title", HEADLINE)]


COLUMN_RULES = RuleSet(Outlet(
    id="boxtest3", name="Box test", domains=("boxtest3.example",),
    rules=(Rule("column_label", "navigation", r"Kolom", where="header", column=True),
           Rule("news_label", "navigation", r"Ekonomi", where="header"),
           Rule("date_line", "date", r"Terbit (?P<date>\d{2}/\d{2}/\d{4}, \d{2}:\d{2} WIB)", where="header")),
))
DEK = "Harga ikan naik setiap musim angin barat, dan nelayan kecil yang paling dulu merasakannya."


def test_writer_box_under_the_headline_of_a_column() -> None:
    """The same box under the headline (Tempo's columns): a column label marks the page, a standfirst
    may stand between the headline and the name."""
    found = settled(["Kolom", HEADLINE, DEK, "Sri Wahyuni", "Dosen Perikanan", DATE, *STORY], COLUMN_RULES)
    assert found.title == HEADLINE and found.authors == ["Sri Wahyuni"] and found.paragraphs == STORY
    assert [r.rule for r in found.removed if r.kind == "byline"] == ["writer_box", "writer_box"]
    assert DEK not in [r.text for r in found.removed if r.rule == "writer_box"]


def test_name_under_the_headline_of_a_news_page_is_no_writer() -> None:
    found = settled(["Ekonomi", HEADLINE, "Sri Wahyuni", "Dosen Perikanan", DATE, *STORY], COLUMN_RULES)
    assert found.title == HEADLINE and found.authors == [] and found.paragraphs == STORY


def test_writer_box_under_a_columns_headline_is_the_name_and_one_line() -> None:
    caption = "Nelayan menurunkan ikan di Pelabuhan Muara Angke pada pagi hari saat harga sedang naik."
    found = settled(["Kolom", HEADLINE, "Sri Wahyuni", "Dosen Perikanan", caption, DATE, *STORY], COLUMN_RULES)
    assert found.authors == ["Sri Wahyuni"] and found.captions == [caption]
