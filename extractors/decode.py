"""Raw issue bytes to text: detect the encoding, refuse binary data, normalise line ends.

Candidates, in order: a byte-order mark (UTF-8, UTF-16 LE/BE), then strict UTF-8, then strict
GB18030 (a superset of GBK and GB2312). The returned text has its BOM stripped and CRLF/CR turned
into LF: it is the text that gets stored, so every character offset refers to it.

When bytes are UTF-8 except for an incomplete character at the very end (a file cut short), we
raise instead of falling back to GB18030: GB18030 accepts almost any byte pair and would turn the
whole file into plausible-looking mojibake.
"""

from __future__ import annotations

import codecs
import re

# Signatures of common binary formats, so the error names what the file is.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters text does not hold: C0/C1 controls other than tab, line ends and form feed;
# private-use code points (where GB18030 puts byte pairs it has no character for).
_ODD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Anything but what Chinese newspaper text is made of (ideographs, ASCII, CJK and full-width
# punctuation, whitespace).
_UNREADABLE = re.compile("[^\\s\u4e00-\u9fff\u3400-\u4dbf\u0020-\u007e\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]")
_WHITESPACE = re.compile(r"\s")
# A GB18030 reading with fewer readable characters than this share is mojibake, not text.
_MIN_READABLE_SHARE = 0.8
# A UTF-8 reading with at least this many good non-ASCII characters, and at most one error per
# _DAMAGE_RATIO of them, is a damaged UTF-8 file.
_DAMAGE_MIN_GOOD = 20
_DAMAGE_RATIO = 50
# More than this share of unexpected control or private-use characters means "not text".
_MAX_ODD_SHARE = 0.01


class DecodeError(ValueError):
    """Bytes that are not text in any supported encoding; the message says why, for a human."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode one raw issue: ``(text with LF line ends and no BOM, encoding label)``."""
    if not data:
        return "", "utf-8"
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary data: the file is {what}, not text")

    for bom, label in _BOMS:
        if data.startswith(bom):
            payload = data[len(bom):]
            codec = "utf-8" if label == "utf-8-sig" else label
            try:
                text = payload.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {label} byte-order mark but byte {exc.start + len(bom)} is invalid "
                    f"{codec} ({exc.reason}); the file is damaged or truncated"
                ) from None
            return _checked(normalise_line_ends(text), label), label

    if b"\x00" in data:
        position = data.index(b"\x00")
        raise DecodeError(f"binary data: NUL byte at offset {position} (and no UTF-16 byte-order mark)")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        return _checked(normalise_line_ends(text), "utf-8"), "utf-8"

    if _is_truncated_utf8(data, utf8_error):
        raise DecodeError(
            f"UTF-8 text cut off in the middle of a multi-byte character at byte {utf8_error.start} "
            f"of {len(data)}; refusing to guess another encoding"
        )
    if _is_damaged_utf8(data):
        raise DecodeError(
            f"UTF-8 text with invalid bytes (first at byte {utf8_error.start}, {utf8_error.reason}); "
            "the file is damaged; refusing to guess another encoding"
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not text in UTF-8, UTF-16 or GB18030: invalid UTF-8 at byte {utf8_error.start}, "
            f"invalid GB18030 at byte {exc.start} ({exc.reason})"
        ) from None
    text = _checked(normalise_line_ends(text), "gb18030")
    _check_reads_as_chinese(text, utf8_error)
    return text, "gb18030"


def normalise_line_ends(text: str) -> str:
    """CRLF and lone CR become LF; a stray BOM at the start is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _is_truncated_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """True when everything decodes as UTF-8 except an incomplete character at the very end."""
    if error.reason != "unexpected end of data":
        return False
    tail = data[error.start:]
    if not 1 <= len(tail) <= 3:
        return False
    try:
        data[: error.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_reads_as_chinese(text: str, utf8_error: UnicodeDecodeError) -> None:
    """GB18030 decodes most byte soups; accept it only when the result reads as Chinese text."""
    visible = len(text) - len(_WHITESPACE.findall(text))
    if not visible:
        return
    readable = visible - len(_UNREADABLE.findall(text))
    if readable < _MIN_READABLE_SHARE * visible:
        raise DecodeError(
            f"not text in UTF-8, UTF-16 or GB18030: invalid UTF-8 at byte {utf8_error.start}, and as "
            f"GB18030 only {readable} of {visible} characters are Chinese, ASCII or punctuation"
        )


def _is_damaged_utf8(data: bytes) -> bool:
    """Mostly well-formed UTF-8 Chinese with a few bad bytes: damage, not another encoding.

    GB18030 bytes almost never form valid multi-byte UTF-8 sequences, so many good non-ASCII
    characters against a handful of errors means the file was written as UTF-8.
    """
    decoded = data.decode("utf-8", errors="replace")
    errors = decoded.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    ascii_count = len(decoded.encode("ascii", errors="ignore"))
    good_multibyte = len(decoded) - ascii_count - decoded.count("\ufffd")
    return good_multibyte >= _DAMAGE_MIN_GOOD and errors * _DAMAGE_RATIO <= good_multibyte


def _checked(text: str, label: str) -> str:
    """Refuse decoded text with many control or private-use characters (binary in disguise)."""
    odd = len(_ODD_CHARS.findall(text))
    if odd > max(2, _MAX_ODD_SHARE * len(text)):
        raise DecodeError(
            f"binary data: decoded as {label} but {odd} of {len(text)} characters are control, "
            "or private-use characters"
        )
    return text
