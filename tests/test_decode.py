"""Decoding raw issue bytes: each supported encoding, line ends, and clear errors for non-text.

Policy for damaged input: prefer an error over mojibake. UTF-8 bytes cut off inside a character
are refused rather than re-read as GB18030 (which would "succeed" with garbage).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractors.decode import DecodeError, decode, normalise_line_ends

SENTENCE = "本报讯 11月30日,“锦绣太原城”协商会议召开。咨询电话:0351-2366977\n(阎铁洁)\n"
SAMPLE = next((Path(__file__).resolve().parent.parent / "raw").glob("000_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "text", "label"),
    [
        (SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), SENTENCE, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be"),
        (SENTENCE.encode("gb18030"), SENTENCE, "gb18030"),
        (SENTENCE.encode("gbk"), SENTENCE, "gb18030"),  # GBK bytes are GB18030 bytes
        ("𠀀字在扩展区".encode("gb18030"), "𠀀字在扩展区", "gb18030"),  # four-byte GB18030
        (b"plain ASCII\n", "plain ASCII\n", "utf-8"),
        (b"", "", "utf-8"),
        (codecs.BOM_UTF8, "", "utf-8-sig"),
    ],
)
def test_supported_encodings(data, text, label):
    assert decode(data) == (text, label)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_the_whole_sample_survives_every_encoding(encoding):
    assert decode(SAMPLE.encode(encoding))[0] == SAMPLE


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("第一行\r\n第二行\r\n", "第一行\n第二行\n"),
        ("老式\r换行\r", "老式\n换行\n"),
        ("混合\r\n和\r和\n", "混合\n和\n和\n"),
        ("\r\n\r\n", "\n\n"),
    ],
)
def test_line_ends_are_normalised_in_the_stored_text(raw, normalised):
    for data in (raw.encode("utf-8"), raw.encode("gb18030"), codecs.BOM_UTF16_LE + raw.encode("utf-16-le")):
        assert decode(data)[0] == normalised
    assert normalise_line_ends(raw) == normalised


def test_offsets_refer_to_the_normalised_text():
    text, _ = decode("本报讯\r\n11月30日\r\n".encode("utf-8"))
    assert text.index("11月30日") == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        ("本报讯".encode("utf-8") + b"\x00" * 16 + "记者".encode("utf-8"), "NUL byte at offset 9"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 8, "control"),
        (b"\xa5" * 4096, "Chinese"),  # valid GB18030 (katakana soup), but no newspaper text
        (codecs.BOM_UTF16_LE + "完整".encode("utf-16-le") + b"\x00", "utf-16-le"),  # odd byte count
    ],
)
def test_binary_or_damaged_data_is_a_clear_decode_error(data, message):
    with pytest.raises(DecodeError, match=message):
        decode(data)


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("“锦绣太原城·晋阳文化旅游协商平台”召开", 1),  # GB18030 reads these bytes as mojibake
        ("会上,市政协委员代表和市直有关部门负责人", 1),  # likewise
        ("本报讯 征兵报名时间为12月1日至2月10日", 1),
        ("本报讯 征兵报名时间为12月1日至2月10日", 2),
    ],
)
def test_utf8_cut_off_inside_a_character_is_an_error_not_a_gb18030_misreading(sentence, cut):
    data = sentence.encode("utf-8")[:-cut]
    with pytest.raises(DecodeError, match="cut off in the middle of a multi-byte character"):
        decode(data)


def test_utf8_with_a_damaged_byte_inside_is_an_error_not_a_gb18030_misreading():
    data = bytearray(SAMPLE.encode("utf-8"))
    data[3000] = 0xFF
    with pytest.raises(DecodeError, match="invalid bytes"):
        decode(bytes(data))


def test_gb18030_text_with_a_little_chinese_is_still_gb18030():
    text = "Taiyuan Daily, page 4. " * 20 + "太原日报"
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_the_mojibake_the_truncation_rule_prevents_is_real():
    data = "“锦绣太原城·晋阳文化旅游协商平台”召开".encode("utf-8")[:-1]
    assert data.decode("gb18030").startswith("鈥滈敠缁")


def test_decode_error_is_a_value_error():
    assert issubclass(DecodeError, ValueError)
