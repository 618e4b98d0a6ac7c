"""Properties of find_dates that hold for any text: no crash, exact spans, well-formed intervals."""

from __future__ import annotations

import os
import re
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
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
                "until": (False, True), "vague": (False, False), "recurring": (False, False)}[expr.kind] == (
            expr.start is not None, expr.end is not None)
        assert expr.to_json()["text"] == expr.text
        assert (expr.kind == "recurring") == (expr.recurrence is not None)


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


# ---- impossible dates spliced into real sentences ------------------------------------------

CN_DIGITS = "〇一二三四五六七八九"
# A piece goes in where a clause starts, so it joins no word before it (清 + 明天 is 清明), and
# before no character that could continue a number or a time word.
CLAUSE_STARTS_AFTER = set("，,。；;、 \n（(“")
NOT_AFTER_A_SPLICE = set(DATE_ALPHABET) | set("〇○两百")


def chinese(n: int) -> str:
    """1..99 as dates write them (十三, 二十五), 0 as 〇."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


@st.composite
def numerals(draw, n: int) -> str:
    style = draw(st.sampled_from(["arabic", "full-width", "chinese"]))
    if style == "chinese":
        return chinese(n)
    digits = str(n) if n or draw(st.booleans()) else "00"
    return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９")) if style == "full-width" else digits


def days_in(month: int, year: int | None) -> int:
    if month == 2:
        return 29 if year is None or (year % 4 == 0 and (year % 100 or year % 400 == 0)) else 28
    return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]


@st.composite
def impossible_dates(draw) -> str:
    """A date or time no calendar has, in one of the ways papers print dates."""
    shape = draw(st.sampled_from(["month", "day", "hour", "minute", "24 with minutes", "colon", "numeric"]))
    year = draw(st.none() | st.integers(1990, 2030))
    year_text = f"{year}年" if year else ""
    month = draw(st.integers(1, 12))
    if shape == "month":
        bad_month = draw(st.sampled_from([0]) | st.integers(13, 99))
        day = draw(st.none() | st.integers(1, 28))
        return year_text + draw(numerals(bad_month)) + "月" + (f"{draw(numerals(day))}日" if day else "")
    if shape == "day":
        bad_day = draw(st.sampled_from([0]) | st.integers(days_in(month, year) + 1, 99))
        suffix = draw(st.sampled_from("日号"))
        return year_text + draw(numerals(month)) + "月" + draw(numerals(bad_day)) + suffix
    if shape == "numeric":
        sep = draw(st.sampled_from("-./"))
        y = year or 2023
        if draw(st.booleans()):
            m, d = draw(st.sampled_from([0]) | st.integers(13, 99)), draw(st.integers(1, 28))
        else:
            m, d = month, draw(st.sampled_from([0]) | st.integers(days_in(month, y) + 1, 99))
        return f"{y}{sep}{m:02d}{sep}{d:02d}" if draw(st.booleans()) else f"{y}{sep}{m}{sep}{d}"
    date_text = draw(st.sampled_from(["", f"{month}月{draw(st.integers(1, 28))}日", "明天", "下午"]))
    if shape == "hour":
        return date_text + draw(numerals(draw(st.integers(25, 99)))) + draw(st.sampled_from(["时", "点"]))
    if shape == "minute":
        return date_text + draw(numerals(draw(st.integers(0, 23)))) + "时" + draw(numerals(draw(st.integers(60, 99)))) + "分"
    if shape == "24 with minutes":
        return date_text + "24时" + draw(numerals(draw(st.integers(1, 59)))) + "分"
    hour, minute = draw(st.sampled_from([(draw(st.integers(25, 99)), draw(st.integers(0, 59))),
                                         (draw(st.integers(0, 23)), draw(st.integers(60, 99))),
                                         (24, draw(st.integers(1, 59)))]))
    return date_text + f"{hour}:{minute:02d}"


@st.composite
def impossible_clauses(draw) -> str:
    """An impossible date alone, with an open-interval word, or as one end of a range."""
    bad = draw(impossible_dates())
    other = draw(st.sampled_from(["12月5日", "2023年12月5日", "8时", "12月5日8时", "即日"]))
    form = draw(st.sampled_from(["alone", "since", "until", "range from", "range to"]))
    return {"alone": bad, "since": f"自{bad}起", "until": f"截至{bad}", "range from": f"{bad}至{other}",
            "range to": f"{other}至{bad}"}[form]


@FAST
@given(st.sampled_from(SENTENCES), impossible_clauses(), st.integers(0, 10_000), bases)
def test_an_impossible_date_spliced_into_a_sentence_yields_nothing_there(sentence, bad, seed, base):
    cuts = [i for i in range(len(sentence) + 1)
            if (i == 0 or sentence[i - 1] in CLAUSE_STARTS_AFTER)
            and (i == len(sentence) or sentence[i] not in NOT_AFTER_A_SPLICE)]
    assume(cuts)
    at = cuts[seed % len(cuts)]
    text = sentence[:at] + bad + sentence[at:]
    found = find_dates(text, base)
    check_well_formed(text, found)
    inside = [e for e in found if e.start_char < at + len(bad) and e.end_char > at]
    assert inside == [], f"{bad!r} in {text!r}"



# The scan tries a digit with only the alternatives the two characters after it leave (a table
# read off the grammar); the text's end, another script's digit and characters no date begins
# with (the window's own marks among them) stand in those two places as classes.
@pytest.mark.parametrize("text", [
    "5", "5月", "12", "12月", "2023", "2023年5月1日上午9时", "5月1日至3日", "9:30", "9：30-11:30",
    "2023-05-01", "2023.5.1", "23年", "80年代", "3天后", "10个工作日内", "1至3月", "5日", "5号",
    "第5", "5\x01", "5\x02月", "5\x03", "1\u0663", "1\u0663月", "12\u0663月", "5 月", "5\u3000月",
    "5月份", "3点半", "下午3点", "15点", "20时30分", "2月28日至30日", "19 日 16 时 30 分",
    "7-8月", "3、4月", "1/2", "100", "1000多", "5个半月", "十5月", "5" * 40, "a1b2c3",
])
def test_a_digit_is_tried_with_the_alternatives_its_next_two_characters_leave(text):
    for cut in range(len(text) + 1):  # every end, so that the window meets the text's end
        for where in (text[:cut], "在" + text[:cut] + "前"):
            text_ = where.translate(FULLWIDTH)
            fast, plain = list(_scan(text_)), list(_TOKEN_RE.finditer(text_))
            assert [(m.span(), m.lastgroup) for m in fast] == [(m.span(), m.lastgroup) for m in plain], where
            for f, p in zip(fast, plain):
                assert f.groupdict() == {name: p.group(name) for name in f.groupdict()}, where
