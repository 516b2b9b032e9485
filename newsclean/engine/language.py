"""Language of an article body, fast and deterministic.

langdetect costs milliseconds per call, more than the rest of a clean. Most bodies here are
plainly Indonesian or English, which a count of function words settles in microseconds; only
what that count cannot settle goes to langdetect, seeded so the same text always gets the
same answer.
"""

from __future__ import annotations

import codecs
import threading

_ID = frozenset(
    "yang dan di ke dari untuk dengan ini itu tidak akan pada dalam adalah juga karena bahwa oleh "
    "mereka telah sudah atau bisa saat para kata tersebut namun ada lebih menjadi kami kita dia ia "
    "seperti hanya masih antara setelah sebagai secara serta belum jika agar kepada".split()
)
_EN = frozenset(
    "the and of to in is that for it with as was on are be by this have from at or an not but "
    "they which were has their said would been will its his her".split()
)
#: One pass counts both lists: an Indonesian function word scores 1, an English one _EN_UNIT, far
#: more than the words of any sample, so the sum holds the two counts apart.
_EN_UNIT = 1 << 32
_SCORE = {word: (word in _ID) + _EN_UNIT * (word in _EN) for word in _ID | _EN}
#: A word is a run of letters (the regex ``[^\W\d_]+``). On ASCII bytes, non-letters turned to spaces by a
#: plain table lookup (`bytes.translate`) and a `split` find the same words many times faster; the scores
#: are keyed by the words as bytes.
_ASCII_NON_LETTERS_BYTES = bytes(c if chr(c).isalpha() else 32 for c in range(256))
#: The same table lower-casing too: on ASCII text it does what `str.lower` does, in the same pass.
_ASCII_LOWER_BYTES = bytes(c | 0x20 if c < 128 and chr(c).isalpha() else c for c in _ASCII_NON_LETTERS_BYTES)
_SCORE_BYTES = {word.encode("ascii"): score for word, score in _SCORE.items()}
#: Non-ASCII punctuation common in news text; none is a word character, so a space in its place
#: splits words just as it does, and the text often becomes ASCII.
_PUNCTUATION = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2013", "\u2014", "\u2026", "\u2022", "\u00a0")
_SAMPLE = 1000  # characters: plenty to tell languages apart by function words, bounded cost
#: A first look at this many characters settles a clear case: at least _QUICK_MIN_WORDS words, of which
#: _QUICK_SHARE are one language's function words and _QUICK_LEAD times the other's (the full sample asks
#: a share of 0.10 or 0.12 and three times).
_QUICK_SAMPLE = 300
_QUICK_MIN_WORDS = 30
_QUICK_SHARE = 0.12
_QUICK_LEAD = 6
_lock = threading.Lock()
_factory_ready = False


def _langdetect(sample: str) -> str:
    global _factory_ready
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # the factory and its seed are module globals in langdetect
        if not _factory_ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _factory_ready = True
        try:
            detector = detector_factory._factory.create()
            detector.append(sample)
            return detector.detect()
        except LangDetectException:
            return "und"


def _word_or_space(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a non-ASCII character that counts as a letter becomes ``q`` (a
    letter of no function word), any other a space; the ASCII bytes then split into the same words."""
    assert isinstance(error, UnicodeEncodeError)
    chunk = error.object[error.start:error.end]
    return "".join("q" if ch.isalnum() and not ch.isdecimal() else " " for ch in chunk), error.end


codecs.register_error("newsclean.engine.language.words", _word_or_space)


def _ascii_words(text: str) -> list[bytes]:
    """The words of `text` (runs of letters, non-ASCII letters turned to ``q``), as bytes."""
    if not text.isascii():
        for mark in _PUNCTUATION:  # (common: replaced here at C speed, not one handler call each)
            if mark in text:
                text = text.replace(mark, " ")
    return text.encode("ascii", "newsclean.engine.language.words").translate(_ASCII_NON_LETTERS_BYTES).split()


def _word_counts(sample: str) -> tuple[int, int, int]:
    """Words of `sample` (runs of letters, case ignored), and how many are Indonesian / English function words."""
    if sample.isascii():  # (O(1)) the common case: lower-case and split in one table lookup, no str.lower copy
        words = sample.encode("ascii").translate(_ASCII_LOWER_BYTES).split()
    else:
        words = _ascii_words(sample.lower())
    score = sum(filter(None, map(_SCORE_BYTES.get, words)))  # (a miss gives None, which filter drops)
    en_hits, id_hits = divmod(score, _EN_UNIT)
    return len(words), id_hits, en_hits


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` (``id``, ``en``, ...), ``und`` when it cannot tell."""
    if len(text) > _QUICK_SAMPLE:
        # most bodies say what they are in their first lines: counted there, a clear verdict (a lead
        # twice the full sample's) saves splitting and looking up the rest of the sample
        n, id_hits, en_hits = _word_counts(text[:_QUICK_SAMPLE])
        if n >= _QUICK_MIN_WORDS:
            if id_hits >= _QUICK_SHARE * n and id_hits >= _QUICK_LEAD * en_hits:
                return "id"
            if en_hits >= _QUICK_SHARE * n and en_hits >= _QUICK_LEAD * id_hits:
                return "en"
    sample = text[:_SAMPLE]
    n, id_hits, en_hits = _word_counts(sample)
    if not n:
        return "und"
    if n >= 8:
        if id_hits / n >= 0.10 and id_hits >= 3 * en_hits:
            return "id"
        if en_hits / n >= 0.12 and en_hits >= 3 * id_hits:
            return "en"
    lang = _langdetect(sample)
    # langdetect often calls short Indonesian text Malay; function words above say otherwise.
    if lang == "ms" and id_hits > en_hits:
        return "id"
    return lang
