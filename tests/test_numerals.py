"""One reader of printed numbers (extractors.numerals.to_int) serves dates, issue dates, page
labels and meeting sessions."""

from __future__ import annotations

import pytest

from extractors.numerals import to_int


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("07", 7), ("29", 29), ("2024", 2024),
        ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十九", 29), ("三十一", 31),
        ("两", 2), ("一百零五", 105), ("一百", 100), ("三千", 3000),
        ("二〇二三", 2023), ("二○二四", 2024), ("二零一九", 2019), ("零七", 7),
        ("2〇23", 2023),  # a digit run mixing both scripts, as OCR leaves it
        ("二0一九", 2019), ("二O一六", 2016),  # a Latin 0 or O typed for 〇
    ],
)
def test_reads_arabic_and_chinese_numerals(printed, value):
    assert to_int(printed) == value


@pytest.mark.parametrize("printed", ["第", "十五号", "廿"])
def test_a_character_that_is_no_numeral_is_an_error(printed):
    with pytest.raises(KeyError):
        to_int(printed)


def test_every_extractor_reads_numbers_through_it():
    """No module keeps a numeral table of its own (the characters live in lang.zh_dates)."""
    import re
    from pathlib import Path

    import extractors

    root = Path(extractors.__file__).parent
    tables = [
        path.name for path in root.glob("*.py")
        if re.search(r"""["']一["']\s*:\s*1\b|enumerate\(["']〇一二""", path.read_text(encoding="utf-8"))
    ]
    assert tables == []
