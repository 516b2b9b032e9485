"""Language of the body: Indonesian and English by function words, other languages through
langdetect, and the same answer for the same text every time, in every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import REPO_ROOT

import newsclean
from newsclean.engine.language import detect_language

INDONESIAN = (
    "Pemerintah provinsi telah mengirim beras, mi instan, selimut, dan obat-obatan ke lokasi pengungsian. "
    "Dapur umum didirikan di setiap kecamatan yang terdampak banjir sejak awal pekan ini."
)
ENGLISH = (
    "The ministry said most of the children infected had not received a complete dose of the vaccine, "
    "which is given free of charge at community health centers across the country."
)
OTHERS = {
    "fr": "Le gouvernement français a annoncé mercredi une nouvelle série de mesures pour soutenir les "
    "agriculteurs touchés par la sécheresse, notamment des aides directes et des reports de cotisations.",
    "de": "Die Bundesregierung hat am Mittwoch neue Maßnahmen zur Unterstützung der Landwirte beschlossen, "
    "die von der anhaltenden Trockenheit besonders stark betroffen sind.",
    "es": "El gobierno anunció el miércoles un nuevo paquete de medidas para apoyar a los agricultores "
    "afectados por la sequía, incluidas ayudas directas y aplazamientos de pagos.",
    "nl": "De regering heeft woensdag nieuwe maatregelen aangekondigd om boeren te steunen die zwaar "
    "getroffen zijn door de aanhoudende droogte in het zuiden van het land.",
}
SAMPLES = [INDONESIAN, ENGLISH, *OTHERS.values(), "Banjir rob", "Kopi Tambora", "Selamat pagi semua"]


def test_indonesian() -> None:
    assert detect_language(INDONESIAN) == "id"


def test_english() -> None:
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_through_langdetect(code: str) -> None:
    assert detect_language(OTHERS[code]) == code


def test_short_indonesian_is_not_called_malay() -> None:
    """langdetect often says `ms` for short Indonesian text; function words settle it as `id`."""
    assert detect_language("Warga di desa itu tidak bisa pergi ke pasar") == "id"


def test_a_clear_opening_settles_the_language() -> None:
    """The first 300 characters, when plainly Indonesian, decide: the rest of the sample is not read
    (here it is English, which the full sample would have counted)."""
    opening = INDONESIAN + (" Warga yang mengungsi di balai desa itu mengatakan bahwa mereka sudah tidak punya"
                            " beras dan air bersih sejak Senin pagi.")
    assert len(opening) > 300
    assert detect_language(opening + " " + ENGLISH * 4) == "id"


def test_an_unclear_opening_reads_the_full_sample() -> None:
    """An opening without enough function words (names, figures, a ticker) settles nothing: the full
    sample decides."""
    opening = " ".join(["IHSG 7.241,07", "LQ45 902,15", "USD/IDR 16.180", "Emas Antam Rp 1.315.000"] * 6)
    assert len(opening) > 300
    assert detect_language(opening + " " + ENGLISH * 3) == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345 67,89 %", "— … —"])
def test_no_words_is_und(text: str) -> None:
    assert detect_language(text) == "und"


def test_article_language_comes_from_the_body() -> None:
    dump = (
        "Pemerintah Perpanjang Kuota Impor Beras\n\n"
        "TEMPO.CO, Jakarta - Indonesia will extend its rice import quota by 500,000 tons this year after a "
        "prolonged dry season cut harvests in several provinces, the agency said on Monday.\n"
    )
    assert newsclean.clean_text(dump).language == "en"  # the Indonesian title does not count


def test_same_answer_on_repeated_calls() -> None:
    for text in SAMPLES:
        answers = {detect_language(text) for _ in range(15)}
        assert len(answers) == 1, (text[:30], answers)


def test_same_answer_across_processes() -> None:
    """Different hash seeds, fresh langdetect state: the answers do not change."""
    script = (
        "import json, sys; from newsclean.engine.language import detect_language; "
        "print(json.dumps([detect_language(t) for t in json.loads(sys.stdin.read())]))"
    )
    here = [detect_language(text) for text in SAMPLES]
    for hash_seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", script], input=json.dumps(SAMPLES), capture_output=True, text=True,
            env=env, cwd=REPO_ROOT, timeout=120, check=True,
        )
        assert json.loads(result.stdout) == here


def _reference_counts(sample: str) -> tuple[int, int, int]:
    """The definition the fast word split must keep: words are runs of letters (``[^\\W\\d_]+``) of the
    lower-cased sample, digits and ``_`` included among the separators."""
    import re

    from newsclean.engine.language import _EN, _ID

    words = re.findall(r"[^\W\d_]+", sample.lower())
    return len(words), sum(w in _ID for w in words), sum(w in _EN for w in words)


# ASCII of every kind (digits, "_", case, punctuation, controls) and non-ASCII that splits or joins words
# or lower-cases to ASCII: accented letters, the Kelvin sign (lower-cases to "k"), dotted capital I (to
# "i" + a combining dot), curly quotes, dashes, NBSP, superscript two (a digit but not a decimal), Arabic-
# Indic digits, CJK, a zero-width space.
_ALPHABET = [chr(c) for c in range(128)] + list("éÉßİ\u212aΣ“”‘’–—…•\u00a0²٣中\u200bñ")
_WORDS = ["yang", "dan", "the", "of", "Dan", "YANG", "di", "dia", "kami", "and", "itu", "The"]


def test_word_counts_follow_the_letter_run_definition() -> None:
    import random

    from newsclean.engine.language import _word_counts

    rng = random.Random(4)
    samples = [INDONESIAN, ENGLISH, *OTHERS.values(), "dan_yang 2dan dan2 Kami\u212aami", "İni yang", "Dan—yang…the"]
    for _ in range(3000):
        parts = [rng.choice(_WORDS) if rng.random() < 0.5 else rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))]
        text = "".join(parts)
        samples += [text, "".join(p for p in parts if p.isascii())]
    for sample in samples:
        assert _word_counts(sample) == _reference_counts(sample), sample


def test_ascii_and_general_paths_agree() -> None:
    """An ASCII sample (the fast path) counts as it does with one non-ASCII character added (the general path)."""
    from newsclean.engine.language import _word_counts

    for sample in [INDONESIAN, ENGLISH, "The dan_ITU 3yang Yang,the", "A-b c_d E1f"]:
        n, id_hits, en_hits = _word_counts(sample)
        assert _word_counts(sample + " é") == (n + 1, id_hits, en_hits)
    assert _word_counts("YANG Dan the_OF") == (4, 2, 2)
