"""Properties of find_dates that hold for any text: no crash, exact spans, well-formed intervals."""

from __future__ import annotations

import os
import re
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.dates import _TOKEN_RE, _scan, find_dates
from extractors.lang.zh_dates import FULLWIDTH
from tests.conftest import RAW

# Characters the date grammar is built from, so random strings reach deep into it.
DATE_ALPHABET = (
    "0123456789０１２３４５６７８９年月日号时点分秒至到-—～~起前后以来之内今明昨前本上下这个周星期礼拜"
    "一二三四五六七八九十〇零两百季度旬初中底末半晚早午凌晨夜截止自从近过去天工作:：./ ，。、“”的第岁"
)

SENTENCES = [
    s for path in sorted(RAW.glob("*.txt"))
    for s in re.split(r"(?<=[。！？\n])", path.read_text(encoding="utf-8")) if s.strip()
]

bases = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
prefers = st.sampled_from(["nearest", "past", "future"])
texts = st.one_of(st.text(max_size=60), st.text(alphabet=DATE_ALPHABET, max_size=60))
shuffled = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map("".join)

# BAOXUN_DATE_EXAMPLES=20000 for a long hunt; the default keeps the module to a few seconds.
EXAMPLES = int(os.environ.get("BAOXUN_DATE_EXAMPLES", "300"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_well_formed(text: str, found) -> None:
    previous_end = 0
    for expr in found:
        assert text[expr.start_char:expr.end_char] == expr.text
        assert expr.start_char >= previous_end, "expressions overlap or are out of order"
        assert expr.end_char > expr.start_char
        previous_end = expr.end_char
        if expr.start is not None and expr.end is not None:
            assert expr.start < expr.end
        assert {"point": (True, True), "range": (True, True), "since": (True, False),
                "until": (False, True), "vague": (False, False)}[expr.kind] == (
            expr.start is not None, expr.end is not None)
        assert expr.to_json()["text"] == expr.text


@FAST
@given(texts, bases, prefers)
def test_any_text_gives_well_formed_expressions(text, base, prefer):
    check_well_formed(text, find_dates(text, base, prefer=prefer))


@FAST
@given(st.text(alphabet=DATE_ALPHABET, max_size=40), bases)
def test_a_datetime_base_resolves_like_its_date(text, base):
    as_date = [e.to_json() for e in find_dates(text, base)]
    as_midnight = [e.to_json() for e in find_dates(text, datetime(base.year, base.month, base.day))]
    assert as_date == as_midnight


@FAST
@given(texts, bases)
def test_a_new_line_in_front_only_shifts_offsets(text, base):
    alone = find_dates(text, base)
    shifted = find_dates("\n" + text, base)
    assert [(e.start_char + 1, e.end_char + 1, e.kind, e.start, e.end) for e in alone] == [
        (e.start_char, e.end_char, e.kind, e.start, e.end) for e in shifted]


@FAST
@given(texts)
def test_the_fast_scan_finds_what_the_plain_pattern_finds(text):
    text = text.translate(FULLWIDTH)  # find_dates scans the translated text
    assert [(m.span(), m.lastgroup) for m in _scan(text)] == [
        (m.span(), m.lastgroup) for m in _TOKEN_RE.finditer(text)]


@settings(max_examples=max(EXAMPLES // 5, 20), deadline=None)
@given(shuffled, bases, prefers)
def test_shuffled_sample_sentences(text, base, prefer):
    found = find_dates(text, base, prefer=prefer)
    check_well_formed(text, found)
    assert found == find_dates(text, base, prefer=prefer)


def test_every_sample_issue_is_well_formed():
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in _scan(text)] == [m.span() for m in _TOKEN_RE.finditer(text)]
        found = find_dates(text, date(2023, 12, 1))
        assert found, f"no dates found in {path.name}"
        check_well_formed(text, found)
