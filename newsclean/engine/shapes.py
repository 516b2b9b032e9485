"""What a block looks like, by its text alone: a headline, a name, a sentence of prose."""

from __future__ import annotations

from ..dates import parse_timestamp

_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ')')


def is_headline_like(text: str) -> bool:
    """Short, one line, more than one word, not ending like a sentence: a title or subheading."""
    return 8 <= len(text) <= 250 and " " in text and not text.endswith((".", ",", ";"))


def is_name_like(text: str) -> bool:
    """Could be a person's or an outlet's name: short, a few words, no sentence punctuation."""
    words = text.split()
    return (
        0 < len(text) <= 80 and len(words) <= 8 and not text.endswith((".", ",", ":", "?", "!"))
        and ":" not in text and text[0].isalpha() and parse_timestamp(text) is None
    )


def is_prose(text: str) -> bool:
    """A sentence or more: what a story paragraph (or a caption) looks like."""
    return len(text) >= 200 or (len(text) >= 60 and text.endswith(_SENTENCE_END))
