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
from newsclean.language import detect_language

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
        "import json, sys; from newsclean.language import detect_language; "
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
