"""`newsclean eval`: the scorer and the command, on pages and gold files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from html_pages import STORY, p, tempo_2017

from newsclean.cli.main import main as cli_main
from newsclean.engine.registry import get_outlet
from newsclean.engine.ruleset import ruleset_for
from newsclean.eval import (
    drop_repeats,
    evaluate,
    normalise_title,
    score_text,
    shingles,
    strip_credit,
    strip_sign_off,
)


def test_shingles_are_lower_cased_word_4grams_counted_as_a_multiset() -> None:
    assert shingles("A b, c d! e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("dua kata") == {("dua", "kata"): 1}
    assert shingles("  ") == {}


def test_score_precision_recall_f1() -> None:
    gold = "satu dua tiga empat lima enam"
    assert score_text(gold, gold).f1 == 1.0
    half = score_text(gold, "satu dua tiga empat")  # 1 of the 3 gold shingles
    assert half.precision == 1.0 and half.recall == pytest.approx(1 / 3)
    doubled = score_text(gold, gold + " " + gold)  # repeating the text costs precision
    assert doubled.recall == 1.0 and doubled.precision < 0.5
    assert score_text("", "").f1 == 1.0
    assert score_text(gold, "").f1 == 0.0


def test_credit_line_comes_off_both_sides() -> None:
    rules = ruleset_for(get_outlet("tempo"))
    assert strip_credit(["TEMPO.CO, Jakarta - Hujan turun sejak pagi.", "Kedua."], rules) == [
        "Hujan turun sejak pagi.", "Kedua."
    ]
    generic = ruleset_for(None)
    assert strip_credit(["Judul", "Jakarta, CNN Indonesia -- Hujan turun sejak pagi."], generic)[1] == (
        "Hujan turun sejak pagi.")


def test_closing_initials_come_off_both_sides() -> None:
    story = ["Warga membersihkan saluran air.", "Kegiatan itu digelar setiap pekan."]
    for signed in (story[1] + " (nat)", story[1] + "(Mvi/Ali*)"):
        assert strip_sign_off([story[0], signed]) == story
    assert strip_sign_off([*story, "(wandi/win)"]) == story
    # a story's own parenthesis stays: upper-case abbreviations, words with spaces
    for kept in (["Ujian memakai computer assisted test (CAT)"], ["Harga naik (lihat tabel di atas)"]):
        assert strip_sign_off(kept) == kept
    assert score_text("\n".join(story), "\n".join(strip_sign_off([*story[:1], story[1] + " (nvl/rvk)"]))).f1 == 1.0


def test_gold_paragraphs_inside_an_annotated_container_count_once() -> None:
    one = "Paragraf pertama berita ini cukup panjang untuk dihitung."
    two = "Paragraf kedua berita ini juga cukup panjang untuk dihitung."
    whole = f"{one} Foto: keterangan gambar. {two}"
    assert drop_repeats([whole, one, two]) == [whole]
    assert drop_repeats([one, one, two]) == [one, two]
    # a subheading whose words occur inside a paragraph is not a repeat
    assert drop_repeats(["Dapur umum", f"Warga membuka dapur umum di masjid. {one}", two]) == [
        "Dapur umum", f"Warga membuka dapur umum di masjid. {one}", two
    ]


def test_title_normalisation() -> None:
    assert normalise_title("Banjir  di Semarang!") == normalise_title("banjir di semarang")
    assert normalise_title(None) == ""


def _corpus(tmp_path: Path) -> Path:
    """Two Tempo pages with gold (one gold with a wrong paragraph), one page without gold."""
    root = tmp_path / "gold"
    (root / "tempo").mkdir(parents=True)
    credit = "<p>TEMPO.CO, Bandung - " + STORY[0] + "</p>"
    (root / "tempo" / "a.html").write_text(tempo_2017(credit + p(*STORY[1:])), encoding="utf-8")
    (root / "tempo" / "a.json").write_text(json.dumps(
        {"title": "Taman Baca Baru di Bandung", "paragraphs": STORY}), encoding="utf-8")
    (root / "tempo" / "b.html").write_text(tempo_2017(credit + p(*STORY[1:])), encoding="utf-8")
    (root / "tempo" / "b.json").write_text(json.dumps(
        {"outlet": "tempo", "title": "Judul Lain", "paragraphs": STORY[:2] + ["Kalimat yang tidak ada di halaman."]}),
        encoding="utf-8")
    (root / "tempo" / "c.html").write_text(tempo_2017(credit), encoding="utf-8")
    return root


def test_evaluate_scores_every_page_with_gold(tmp_path: Path) -> None:
    reports = evaluate(_corpus(tmp_path), ["trafilatura"])
    assert [Path(r.page).name for r in reports] == ["a.html", "b.html"]
    first, second = (r.systems["newsclean"] for r in reports)
    assert first.f1 == 1.0 and first.title_ok is True
    assert second.precision < 1.0 and second.title_ok is False
    assert "trafilatura" in reports[0].systems
    assert all(r.outlet == "tempo" for r in reports)


def test_eval_command_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _corpus(tmp_path)
    assert cli_main(["eval", str(root), "--baseline", "trafilatura", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    header, _, _, row = out.splitlines()[:4]
    assert "newsclean" in header and "trafilatura" in header
    assert row.split()[:2] == ["tempo", "2"]
    assert "ALL" in out
    assert cli_main(["eval", str(root), "--json", "--repeat", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scoring"]["counting"] == "multiset"
    assert data["outlets"]["tempo"]["newsclean"]["pages"] == 2
    assert data["outlets"]["ALL"]["newsclean"]["title_accuracy"] == 0.5
    assert len(data["pages"]) == 2


def test_eval_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["eval", str(tmp_path / "missing")]) == 2
    assert "not a directory" in capsys.readouterr().err
    assert cli_main(["eval", str(tmp_path)]) == 1
    assert "no PAGE.html" in capsys.readouterr().err
