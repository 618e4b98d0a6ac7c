"""The one reader of numbers as Chinese papers print them: Arabic (07, 29), Chinese with units
(二十九, 十一, 一百零五) or digit by digit (二〇二三). Dates, issue dates, page labels and meeting
sessions all read their numbers here; the numeral characters are language data
(``lang.zh_dates.CN_DIGITS``, ``CN_UNITS``).
"""

from __future__ import annotations

from .lang.zh_dates import CN_DIGITS, CN_UNITS

__all__ = ["to_int"]


def to_int(numeral: str) -> int:
    """An Arabic or Chinese numeral (二十九, 十一, 二〇二三, 07) as an int. Raises ``KeyError`` on a
    character that is no numeral and ``ValueError`` on an empty string."""
    if numeral.isascii():
        return int(numeral)
    if not any(ch in CN_UNITS for ch in numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + (int(ch) if ch.isascii() and ch.isdigit() else CN_DIGITS[ch])  # "二O二一": O is in CN_DIGITS
        return value
    total, current = 0, 0
    for ch in numeral:
        if ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            current = CN_DIGITS[ch]
    return total + current
