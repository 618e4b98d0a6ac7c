"""Stable identifiers: the id is a hash of the parts as ``str`` prints them, whatever the shortcuts
taken to print them (texts as they are, dates' texts remembered, names' keys remembered)."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest

from extractors import ids
from extractors.ids import normalise_name, stable_id


class _SpelledDate(date):
    """A date subclass printing itself its own way: no remembered text may stand in for it."""

    def __str__(self) -> str:
        return f"{self.year}/{self.month}/{self.day}"


class _Word(str):
    pass


def _reference_id(prefix: str, *parts: object) -> str:
    payload = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"


@pytest.mark.parametrize("parts", [
    ("市生态环境局", "红色预警", datetime(2024, 1, 5, 20, 0), None),
    (2024, "male", "H1", date(2023, 12, 1), date(2024, 2, 10)),
    (date(2024, 3, 2), "人大常委会第十次会议", ""),
    (None, "", None),  # None and "" are the same part
    (date(2024, 1, 1), datetime(2024, 1, 1)),  # a date and its midnight print differently
    (datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc),),
    (datetime(2024, 1, 1, 16, 0, tzinfo=timezone(timedelta(hours=8))),),  # the same instant, another offset
    (datetime(2024, 1, 1, 8, 0, 0, 500),),
    (_SpelledDate(2024, 1, 1), date(2024, 1, 1)),
    (_Word("通知"), True, 1, 1.0),  # equal numbers print differently
])
def test_stable_id_hashes_the_parts_as_str_prints_them(parts):
    # asked twice: the second time the dates' texts are remembered
    assert stable_id("x", *parts) == _reference_id("x", *parts)
    assert stable_id("x", *parts) == _reference_id("x", *parts)


def test_remembered_date_texts_are_bounded_and_still_right_after_eviction():
    start = date(2000, 1, 1)
    days = [start + timedelta(days=i) for i in range(ids._DATE_TEXTS_SIZE + 10)]
    for day in days:
        assert stable_id("d", day) == _reference_id("d", day)
    assert ids._date_text.cache_info().currsize <= ids._DATE_TEXTS_SIZE
    assert stable_id("d", days[0]) == _reference_id("d", days[0])


def _reference_key(name):
    if not name:
        return ""
    return ids._SPACE_AND_PUNCT.sub("", unicodedata.normalize("NFKC", name)).lower()


@pytest.mark.parametrize("name, key", [
    ("市生态环境局", "市生态环境局"),
    ("市 生态环境局", "市生态环境局"),
    ("ＡＢＣ公司", "abc公司"),  # width and case folded
    ("《关于征兵的通告》", "关于征兵的通告"),
    ("", ""),
    (None, ""),
    ("、,。", ""),
])
def test_normalise_name_remembered_keys_are_the_computed_ones(name, key):
    assert _reference_key(name) == key
    assert normalise_name(name) == key
    assert normalise_name(name) == key  # answered from memory
