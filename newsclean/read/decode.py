"""Bytes to text, and the whitespace conventions of the contract."""

from __future__ import annotations

import re

from ..errors import BinaryInputError, EmptyInputError, InputTooLargeError

#: Inputs above this many bytes (or characters) are refused; big enough for any real page.
DEFAULT_MAX_INPUT = 64 * 1024 * 1024

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: Byte-order marks that say how a page is encoded (HTML decoding checks them first too).
BOM_PREFIXES: tuple[bytes, ...] = tuple(bom for bom, _ in _BOMS)
# C0 control characters other than tab/newline/carriage return: a text page never has many.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_C1 = re.compile("[\x80-\x9f]")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then a declared charset, then UTF-8, cp1252, latin-1.

    Raises `BinaryInputError` for data with NUL bytes or many control characters, which no
    encoding turns into a page.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BinaryInputError(f"input starts with a {encoding} byte-order mark but is not {encoding}") from exc
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        raise BinaryInputError("input holds NUL bytes: it looks like a binary file, not a page")
    sample = data[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryInputError("input is mostly control characters: it looks like a binary file, not a page")
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole: decode line by line, so that a UTF-8 dump with a few cp1252 lines pasted
    # in (or the reverse) keeps its UTF-8 lines; a plain cp1252 or latin-1 file decodes as before.
    text = "\n".join(_decode_line(line) for line in data.split(b"\n"))
    # bytes that neither UTF-8 nor cp1252 explain come out of latin-1 as C1 control characters,
    # which no page holds: such input is binary (compressed, encrypted, an image), not text
    if len(_C1.findall(text, 0, 65536)) > max(8, min(len(text), 65536) // 100):
        raise BinaryInputError("input is not text in any supported encoding (UTF-8, cp1252, latin-1)")
    return text


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")  # every byte sequence is valid latin-1


def check_size(size: int, limit: int | None) -> None:
    """Refuse inputs past `limit` (None: no limit)."""
    if limit is not None and size > limit:
        raise InputTooLargeError(
            f"input is {size / 1_048_576:.1f} MB, over the limit of {limit / 1_048_576:.0f} MB "
            "(raise it with max_input_bytes=...)"
        )


def to_text(data: str | bytes, *, max_input_bytes: int | None = DEFAULT_MAX_INPUT) -> str:
    """Accept str or bytes, enforce the size limit, refuse empty input."""
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        check_size(len(data), max_input_bytes)
        text = decode_bytes(data)
    elif isinstance(data, str):
        check_size(len(data), max_input_bytes)
        text = data
        if "\x00" in text:
            raise BinaryInputError("input holds NUL characters: it looks like a binary file, not a page")
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    if not text or text.isspace():  # (what `not text.strip()` says, without copying the text)
        raise EmptyInputError("input is empty (nothing but whitespace)")
    return text


#: Spaces other than U+0020 that fold to one space (str.split() knows them all).
_ODD_SPACES = ("\t", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
               "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\x85",
               "\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\x1f")
_ZERO_WIDTH_MARKS = ("\u200b", "\u200c", "\u200d", "\u2060")
_ODD_ASCII_SPACES = tuple(space for space in _ODD_SPACES if space.isascii())


def split_lines(text: str) -> list[str]:
    """Lines of a dump with `\\r\\n` and `\\r` folded to `\\n`, each whitespace-folded."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    odd_spaces = _ODD_ASCII_SPACES
    if not text.isascii():  # (isascii is O(1)): zero-width marks, BOMs and Unicode spaces need non-ASCII text
        for mark in _ZERO_WIDTH_MARKS:  # a few substring tests beat one regex scan of the whole text
            if mark in text:
                text = text.replace(mark, "")
        if "\ufeff" in text:  # a BOM inside the text (concatenated files) is not a space but not text either
            text = text.replace("\ufeff", "")
        odd_spaces = _ODD_SPACES
    if any(map(text.__contains__, odd_spaces)):  # (map: no Python frame per space)
        # str.split() splits on every Unicode space (NBSP, tabs, thin spaces)
        return [" ".join(line.split()) for line in text.split("\n")]
    while "  " in text:  # the common case: plain spaces only; a few C-level passes fold them
        text = text.replace("    ", " ").replace("  ", " ")
    # (strip returns a line with nothing to strip as it is: cheaper than two more passes looking for " \n", "\n ")
    return [line.strip(" ") for line in text.split("\n")]
