"""The date normaliser, specified by a table of sentences: text and issue date in, expressions out."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from click.testing import CliRunner

from extractors.dates import TimeExpression, find_dates, first_day, last_day, parse_date, to_int
from flows.cli import main
from tests.date_cases import CASES, NOW_CASES


def iso(value: str | None) -> str | None:
    """'2023-12-01' -> '2023-12-01T00:00:00', '2023-12-01T09:30' -> '2023-12-01T09:30:00'."""
    if value is None:
        return None
    return datetime.fromisoformat(value).isoformat()


def expected_json(text: str, expected: list[tuple]) -> list[dict]:
    out, cursor = [], 0
    for span, kind, start, end, grain, *rule in expected:
        at = text.index(span, cursor)
        cursor = at + len(span)
        out.append({"text": span, "start_char": at, "end_char": at + len(span), "kind": kind,
                    "start": iso(start), "end": iso(end), "granularity": grain})
        if rule:
            out[-1]["recurrence"] = rule[0]
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case_table(case):
    text, base, expected = case[:3]
    prefer = case[3] if len(case) > 3 else "nearest"
    found = [e.to_json() for e in find_dates(text, date.fromisoformat(base), prefer=prefer)]
    assert found == expected_json(text, expected), f"{text!r} at {base}"


@pytest.mark.parametrize("case", NOW_CASES, ids=[c[0] for c in NOW_CASES])
def test_words_pointing_back_when_the_base_is_now(case):
    text, base, expected = case
    found = [e.to_json() for e in find_dates(text, datetime.fromisoformat(base), base_is_now=True)]
    assert found == expected_json(text, expected), f"{text!r} at {base}"


def test_table_is_large_and_has_negatives():
    assert len(CASES) >= 250
    assert sum(1 for c in CASES if not c[2]) >= 40


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("29", 29), ("二十九", 29), ("十一", 11), ("十", 10), ("二〇二三", 2023), ("零七", 7),
     ("两", 2), ("三十一", 31), ("一百", 100), ("十五", 15)],
)
def test_to_int(numeral, value):
    assert to_int(numeral) == value


@pytest.mark.parametrize(
    ("carry_year", "quarter_start"),
    [(True, "2022-04-01T00:00:00"), (False, "2021-04-01T00:00:00")],
)
def test_carry_year_lends_a_named_year_to_the_rest_of_the_sentence(carry_year, quarter_start):
    text = "2022年,全市将重点推进项目建设,二季度要全面开工"
    found = find_dates(text, date(2021, 6, 1), carry_year=carry_year)
    assert [e.to_json()["start"] for e in found] == ["2022-01-01T00:00:00", quarter_start]


def test_base_may_be_a_datetime():
    found = find_dates("明天上午9时", datetime(2023, 12, 31, 18, 30))
    assert [e.to_json()["start"] for e in found] == ["2024-01-01T09:00:00"]


def test_offsets_hold_in_longer_text():
    text = "本报讯 市征兵办消息,12月1日,2024年春季征兵工作启动。报名时间为:2023年12月1日至2024年2月10日。"
    for expr in find_dates(text, date(2023, 12, 1)):
        assert text[expr.start_char:expr.end_char] == expr.text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("2023年12月1日至2024年2月10日", date(2023, 12, 1), date(2024, 2, 10)),
     ("7月29日0时至7月31日24时", date(2022, 7, 29), date(2022, 7, 31)),
     ("7月29日0时至7月31日12时", date(2022, 7, 29), date(2022, 7, 31)),
     ("截至3月1日", None, date(2022, 3, 1)),
     ("8月1日起", date(2022, 8, 1), None)],
)
def test_first_and_last_day(text, first, last):
    expr = parse_date(text, date(2022, 7, 29))
    assert expr is not None
    assert first_day(expr) == first
    assert last_day(expr) == last


@pytest.mark.parametrize(
    ("end", "last"),
    [(datetime(2024, 3, 1), date(2024, 2, 29)),  # a whole day's end: the day before
     (datetime(2024, 1, 1), date(2023, 12, 31)),
     (datetime(2024, 3, 1, 0, 0, 0, 1), date(2024, 3, 1)),  # an instant after midnight: its own day
     (datetime(2024, 3, 1, 0, 0, 30), date(2024, 3, 1)),
     (datetime(2024, 3, 1, 0, 15), date(2024, 3, 1)),
     (datetime(2024, 3, 1, 17), date(2024, 3, 1)),
     (None, None)],
)
def test_last_day_reads_midnight_off_the_fields(end, last):
    expr = TimeExpression("x", 0, 1, "until", None, end, "day")
    assert last_day(expr) == last
    if end is not None:  # the same day as the interval's end less a day, when that end is midnight
        assert last_day(expr) == ((end - timedelta(days=1)).date() if end.time() == datetime.min.time()
                                  else end.date())


@pytest.mark.parametrize(
    ("text", "covered"),
    [("12月1日", True), ("  12月1日 ", True), ("7月29日0时至7月31日24时", True),
     ("12月1日召开", False), ("12月1日和12月2日", False), ("没有日期", False), ("", False)],
)
def test_parse_date_needs_one_expression_covering_the_text(text, covered):
    assert (parse_date(text, date(2023, 12, 1)) is not None) == covered


def test_parse_date_offsets_point_into_the_unstripped_text():
    expr = parse_date("  12月1日 ", date(2023, 12, 1))
    assert (expr.start_char, expr.end_char, expr.text) == (2, 7, "12月1日")


@pytest.mark.parametrize("text, base_days", [
    ("今年2月29日起", {date(2023, 3, 1): None, date(2024, 3, 1): date(2024, 2, 29)}),  # leap years only
    ("明年2月29日", {date(2023, 6, 1): date(2024, 2, 29), date(2024, 6, 1): None}),
])
def test_same_text_asked_with_other_bases_alternately(text, base_days):
    """A text's scan is remembered between calls; whether its date exists depends on the base, so
    asking the same text with bases that do and do not make it possible, to and fro, must answer
    each base as if asked first."""
    def answer(base):
        found = find_dates(text, base)
        return (found[0].start or found[0].end).date() if found else None

    for base, expected in [*base_days.items(), *base_days.items()]:
        assert answer(base) == expected, base


def test_time_expression_is_frozen():
    expr = parse_date("12月1日", date(2023, 12, 1))
    assert isinstance(expr, TimeExpression)
    with pytest.raises(AttributeError):
        expr.start = None  # type: ignore[misc]


@pytest.mark.parametrize("base", [date.min, date.max, datetime.max])
def test_extreme_bases_never_crash(base):
    for case in CASES:
        for expr in find_dates(case[0], base):
            assert expr.start is None or expr.end is None or expr.start < expr.end


@pytest.mark.parametrize("junk", [None, 12, b"12\xe6\x9c\x88"])
def test_non_text_gives_nothing(junk):
    assert find_dates(junk, date(2023, 12, 1)) == []  # type: ignore[arg-type]


# ---- the CLI -------------------------------------------------------------------------------


def test_cli_prints_one_json_line_per_expression():
    result = CliRunner().invoke(main, ["dates", "明确7月29日0时至7月31日24时,每日8时至17时", "--base", "2022-07-29"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines == [
        {"text": "7月29日0时至7月31日24时", "start_char": 2, "end_char": 18, "kind": "range",
         "start": "2022-07-29T00:00:00", "end": "2022-08-01T00:00:00", "granularity": "hour"},
        {"text": "每日8时至17时", "start_char": 19, "end_char": 27, "kind": "recurring",
         "start": None, "end": None, "granularity": "hour",
         "recurrence": {"days": "daily", "from": "08:00", "to": "17:00"}},
    ]


def test_cli_prefer_and_datetime_base():
    result = CliRunner().invoke(main, ["dates", "12月5日", "--base", "2023-12-01T10:00", "--prefer", "past"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["start"] == "2022-12-05T00:00:00"


def test_cli_batch_reads_json_lines():
    stdin = "\n".join([
        json.dumps({"text": "12月20日", "base": "2022-01-05"}, ensure_ascii=False),
        json.dumps({"text": "没有日期", "base": "2022-01-05"}, ensure_ascii=False),
        "",
        json.dumps({"text": "1月10日前", "base": "2023-12-28"}, ensure_ascii=False),
    ])
    result = CliRunner().invoke(main, ["dates", "--batch"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in rows] == ["12月20日", "没有日期", "1月10日前"]
    assert rows[0]["base"] == "2022-01-05"
    assert rows[0]["found"][0]["start"] == "2021-12-20T00:00:00"
    assert rows[1]["found"] == []
    assert rows[2]["found"][0]["kind"] == "until"
    assert rows[2]["found"][0]["end"] == "2024-01-11T00:00:00"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [(["dates", "12月1日"], None, "--base"),
     (["dates", "12月1日", "--base", "yesterday"], None, "not a date"),
     (["dates", "12月1日", "--base", "2024-02-30"], None, "not a date")],
)
def test_cli_errors_are_clear(args, stdin, message):
    result = CliRunner().invoke(main, args, input=stdin)
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("base", "start"),
    [("2023/12/1", "2023-12-05T00:00:00"), ("2023.12.01", "2023-12-05T00:00:00"),
     ("Dec 1 2023", "2023-12-05T00:00:00"), ("20231201", "2023-12-05T00:00:00"),
     ("2023年12月1日", "2023-12-05T00:00:00"), ("2021/6/30", "2021-12-05T00:00:00")],
)
def test_cli_base_in_common_formats(base, start):
    result = CliRunner().invoke(main, ["dates", "12月5日", "--base", base])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["start"] == start


def test_cli_batch_reports_each_bad_line_and_goes_on():
    stdin = "\n".join([
        "not json",
        json.dumps({"text": "12月1日"}, ensure_ascii=False),
        json.dumps({"text": "12月20日", "base": "2022-01-05"}, ensure_ascii=False),
        json.dumps({"text": 7, "base": "2022-01-05"}),
        json.dumps({"text": "明天", "base": "someday"}),
        json.dumps({"text": "明天", "base": "2022/1/5"}, ensure_ascii=False),
    ])
    result = CliRunner().invoke(main, ["dates", "--batch"], input=stdin)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("line") for r in rows] == [1, 2, None, 4, 5, None]
    assert rows[0]["input"] == "not json" and "expected" in rows[0]["error"]
    assert rows[2]["found"][0]["start"] == "2021-12-20T00:00:00"
    assert "not a date" in rows[4]["error"]
    assert rows[5]["found"][0]["start"] == "2022-01-06T00:00:00"
    assert "4 bad input lines" in result.stderr


# ---- dates typed on the command line (dateparser for Western forms and English words) -------


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2023-12-01", date(2023, 12, 1)), ("2023/12/1", date(2023, 12, 1)), ("2023.12.01", date(2023, 12, 1)),
     ("Dec 1 2023", date(2023, 12, 1)), ("1 December 2023", date(2023, 12, 1)),
     ("today", date(2023, 12, 1)), ("tomorrow", date(2023, 12, 2)), ("next friday", date(2023, 12, 8)),
     ("in 2 weeks", date(2023, 12, 15)), ("明天", date(2023, 12, 2)), ("下周五", date(2023, 12, 8)),
     ("2024年1月5日", date(2024, 1, 5)),
     ("", None), ("whenever", None), ("2024-02-30", None), ("没有日期", None)],
)
def test_cli_days_absolute_or_relative(typed, day):
    from flows.dateinput import parse_day

    assert parse_day(typed, today=date(2023, 12, 1)) == day


@pytest.mark.parametrize("typed", ["today", "next friday", "明天", "12/1", "2023年12月", ""])
def test_a_base_must_be_absolute(typed):
    from flows.dateinput import parse_absolute

    assert parse_absolute(typed) is None


def test_calendar_options_take_relative_days(tmp_path):
    result = CliRunner().invoke(main, ["calendar", "--db", str(tmp_path / "none.duckdb"), "--from", "today",
                                       "--to", "yesterday", "-o", str(tmp_path / "x.ics")])
    assert result.exit_code == 2
    assert "--to is before --from" in result.output


def test_a_unit_holds_every_field_its_declaration_names():
    """_Unit's own __init__ (a copy of the defaults) sets what the dataclass's would have."""
    import dataclasses

    from extractors.dates import _Unit

    unit = _Unit(3, 9, 4, 5, day=7, pod="上午")
    assert list(vars(unit)) == [f.name for f in dataclasses.fields(_Unit)]
    for f in dataclasses.fields(_Unit)[4:]:
        assert getattr(unit, f.name) == {"day": 7, "pod": "上午"}.get(f.name, f.default)
    assert (unit.start, unit.end, unit.lo, unit.hi) == (3, 9, 4, 5)
    assert dataclasses.replace(unit, day=8) == _Unit(3, 9, 4, 5, day=8, pod="上午")
    assert _Unit(0, 1, 4, 4).__dict__ is not _Unit(0, 1, 4, 4).__dict__  # no shared defaults
    with pytest.raises(TypeError):
        _Unit(0, 1, 4, 4, dya=7)


@pytest.mark.parametrize("named", [{}, {"day": 7, "pod": "上午"}, {"year": 2031, "month": 2, "range_start_only": True},
                                   {"special": "fwd", "count": 3, "count_unit": "day", "direction": "within"}])
def test_the_scans_unit_maker_makes_what_the_class_makes(named):
    """_unit (the scan's way, without the class's call) gives the same unit as _Unit: same fields in
    the same order, same values, its own dict; an unknown name is refused as the class refuses it."""
    from extractors.dates import _Unit, _unit

    made, declared = _unit(2, 8, 4, 5, **named), _Unit(2, 8, 4, 5, **named)
    assert type(made) is _Unit
    assert list(vars(made).items()) == list(vars(declared).items())
    assert made == declared and made.__dict__ is not _unit(2, 8, 4, 5, **named).__dict__
    with pytest.raises(TypeError):
        _unit(0, 1, 4, 4, **named, dya=7)


@pytest.mark.parametrize("named", [{}, {"pod": "下午"}, {"pod": "全天"}, {"hour": 9}, {"hour": 9, "minute": 30},
                                   {"hour": 3, "pod": "晚上"}, {"hour": 12, "pod": "晚上"}, {"hour": 24},
                                   {"hour": 24, "minute": 5}, {"hour": 25}, {"hour": 8, "minute": 61},
                                   {"hour": 7, "minute": 0, "clock_unit": "点"}, {"hour": 7, "minute": 0},
                                   {"hour": 23, "minute": 59, "second": 30}])
@pytest.mark.parametrize("day", [date(2024, 2, 29), date(2023, 12, 31)])
def test_a_clock_time_on_a_days_midnight_is_the_clock_time_on_that_day(named, day):
    """_clock_at (the calendar's way, from the day's midnight) reads a unit as _clock does from its date,
    impossible times (25时, 8时61分, 24时05分) included."""
    from extractors.dates import _clock, _clock_at, _unit

    unit = _unit(0, 4, 4, 6, day=day.day, **named)
    assert _clock_at(unit, datetime(day.year, day.month, day.day)) == _clock(unit, day)


@pytest.mark.parametrize("base, after", [
    (datetime(2024, 3, 10, 15, 30), datetime(2024, 3, 11)),
    (datetime(2024, 2, 28), datetime(2024, 2, 29)),
    (datetime(2023, 12, 31, 23, 59), datetime(2024, 1, 1)),
    (datetime(9999, 12, 31, 8), None),  # no day after the calendar's last
])
def test_the_day_after_a_base_starts_at_its_midnight(base, after):
    from extractors.dates import _day_after

    assert _day_after(base) == after


@pytest.mark.parametrize("starts, chosen", [
    ([(2023, 3, 5), (2024, 3, 5), (2025, 3, 5)], (2024, 3, 5)),  # the base's own year
    ([(2023, 12, 28), (2024, 12, 28), (2025, 12, 28)], (2023, 12, 28)),  # 4 days back beats 361 ahead
    ([(2024, 3, 14), (2024, 3, 6)], (2024, 3, 6)),  # equal distances: the one not after the base
    ([(2024, 3, 6), (2024, 3, 14)], (2024, 3, 6)),
    ([(2024, 3, 10)], (2024, 3, 10)),  # the base's day holds it
])
def test_the_nearest_candidate_is_the_closest_then_the_earlier(starts, chosen):
    """_choose "nearest": the candidate closest to the base (distance 0 when it holds the base), and of
    two equally far the one not after it, as min() by (distance, starts after) picks it."""
    from extractors.dates import _choose

    base = datetime(2024, 3, 10, 12)
    candidates = [(datetime(*s), datetime(*s) + timedelta(days=1), "day") for s in starts]
    assert _choose(candidates, base, "nearest")[0] == datetime(*chosen)
    assert _choose([], base, "nearest") is None


def test_an_expression_made_by_the_assembler_is_the_declared_one():
    """_expr builds a TimeExpression without the frozen class's __init__: equal, same hash and repr,
    same pickle, still frozen."""
    import dataclasses
    import pickle

    from extractors.dates import TimeExpression, _expr

    start = datetime(2024, 3, 5)
    made = _expr("于2024年3月5日起", 1, 10, "since", start, None, "day")
    declared = TimeExpression("2024年3月5日", 1, 10, "since", start, None, "day")
    assert made == declared and hash(made) == hash(declared) and repr(made) == repr(declared)
    assert pickle.dumps(made) == pickle.dumps(declared) and list(vars(made)) == list(vars(declared))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "point"


@pytest.mark.parametrize("text, at", [("12月8日", 0), ("于3", 1), ("下午4:30", 2), ("2031年", 0), ("上午九时", 0),
                                      ("第五周", 0), ("下周二", 0), ("共7人", 1), ("0571-8", 0), ("第十届", 0)])
def test_the_pattern_tried_at_a_head_matches_as_the_whole_grammar_does(text, at):
    """_pattern_for picks the alternatives a token starting at the head can be (a digit's by the two
    characters after it, the text's end included); the first to match is the whole grammar's."""
    from extractors.dates import _TOKEN_RE, _WINDOW_WIDTH, _pattern_for

    head = text[at:at + _WINDOW_WIDTH]
    picked, whole = _pattern_for(head).match(text, at), _TOKEN_RE.match(text, at)
    assert (picked and (picked.span(), picked.lastgroup)) == (whole and (whole.span(), whole.lastgroup))
    assert _pattern_for(head) is _pattern_for(head)


# The scan searches with a wide start pattern (a class of all first characters, then the union of
# their second characters by group) and asks the exact one (each first character's own seconds)
# once per head; the extra places the wide one stops at are given a pattern matching nothing.
@pytest.mark.parametrize("text, only_wide", [
    ("5月1日", [1]),  # 月 starts tokens (月底), but not before a digit; 5 and 1 start in both
    ("作为2023年", [1]),  # 为 starts tokens, 2 follows another first character
    ("大四学生", [0]),  # 四 follows other first characters, not 大
    ("日日", [0]),
    ("今年1-5月", []),
    ("12.5万", []),  # a digit after a decimal point starts nothing in either
    ("3、5日", []),
    ("大家", []),
    ("", []),
])
def test_the_wide_start_stops_at_every_start_and_the_exact_one_turns_the_rest_away(text, only_wide):
    from extractors.dates import _NOWHERE, _START_EXACT_RE, _START_RE, _TOKEN_RE, _WINDOW_WIDTH, _pattern_for, _scan

    exact = {at for at in range(len(text)) if _START_EXACT_RE.match(text, at)}
    wide = {at for at in range(len(text)) if _START_RE.match(text, at)}
    assert exact <= wide and sorted(wide - exact) == only_wide
    for at in only_wide:
        assert _pattern_for(text[at:at + _WINDOW_WIDTH]) is _NOWHERE
    assert [(m.span(), m.lastgroup) for m in _scan(text)] == [(m.span(), m.lastgroup) for m in _TOKEN_RE.finditer(text)]


@pytest.mark.parametrize("before", ["", "在", "5", ".", "5."])
def test_the_wide_start_and_its_head_agree_with_the_exact_start_for_every_pair(before):
    """Every first character with every character any first one takes second (and a few no one
    takes, and the text's end), after a character that forbids a digit to start or one that does
    not: where the exact start pattern stops the wide one stops, and where only the wide one stops
    the head alone tells (the exact pattern fails on it)."""
    from extractors import patterns
    from extractors.dates import _PATTERN, _START_EXACT_RE, _START_RE, _WINDOW_WIDTH, _first_chars

    gates = patterns.second_characters(_PATTERN)
    seconds = sorted(set().union(*(gate.chars for gate in gates.values())) | set("7a为家\u0663") | {""})
    at = len(before)
    for first in sorted(set(_first_chars()) | set("0123456789")):
        for second in seconds:
            text = before + first + second
            exact, wide = _START_EXACT_RE.match(text, at), _START_RE.match(text, at)
            assert wide or not exact, text
            if wide and not exact:
                assert not _START_EXACT_RE.match(text[at:at + _WINDOW_WIDTH]), text


def test_the_heads_remembered_are_bounded():
    from extractors import dates

    saved = dict(dates._TRIED_AT)
    try:
        for n in range(dates._TRIED_AT_SIZE + 10):
            dates._pattern_for(f"{n % 10}{chr(0x4E00 + n // 10)}")
        assert 0 < len(dates._TRIED_AT) <= dates._TRIED_AT_SIZE
    finally:
        dates._TRIED_AT.clear()
        dates._TRIED_AT.update(saved)


@pytest.mark.parametrize("numeral", ["7", "07", "2031", "十一", "二十九", "二〇三一", "三"])
def test_a_remembered_numeral_is_read_as_to_int_reads_it(numeral):
    from extractors.dates import _numeral
    from extractors.numerals import to_int

    assert _numeral(numeral) == to_int(numeral)
    assert _numeral(numeral) == to_int(numeral)  # asked again: from memory


@pytest.mark.parametrize("text, error", [("月", KeyError), ("", ValueError)])
def test_a_remembered_numeral_refuses_what_to_int_refuses(text, error):
    from extractors.dates import _numeral

    with pytest.raises(error):
        _numeral(text)
    with pytest.raises(error):
        _numeral(text)  # nothing was kept


@pytest.mark.parametrize("first, then", [("2031年", "7月"), ("7月", "上旬"), ("9日", "晚上"), ("明年", "春节"),
                                         ("2031年", "第一季度"), ("2031年", "上半年"), ("12日", "(周四)"),
                                         ("本月", "10日"), ("1月", "第2周"), ("2031年", "国庆节")])
def test_merging_a_token_sets_each_field_the_token_names(first, then):
    """_merge reads the fields days, months, years and clocks set one by one and the others in one
    call: the same unit as setting every merged field the token does not leave at None."""
    import copy

    from extractors.dates import _MERGED_FIELDS, _merge, _scan, _token

    text = first + then
    unit, tok = [t for t in map(_token, _scan(text)) if t is not None]
    expected = copy.deepcopy(unit)
    for name in _MERGED_FIELDS:
        if getattr(tok, name) is not None:
            setattr(expected, name, getattr(tok, name))
    _merge(unit, tok)
    assert {name: getattr(unit, name) for name in _MERGED_FIELDS} == \
        {name: getattr(expected, name) for name in _MERGED_FIELDS}


@pytest.mark.parametrize("scan, before, at, marked", [("9日至11日", 2, 3, True), ("9日—11日", 2, 3, True),
                                                       ("9日至11日", 2, 4, False), ("9日和11日", 2, 3, False),
                                                       ("至11日", -1, 1, False), ("9日 至11日", 2, 4, False)])
def test_a_range_mark_runs_from_the_unit_before_to_a_prefix(scan, before, at, marked):
    from extractors.dates import _marked_after

    assert _marked_after(scan, before, at) is marked


@pytest.mark.parametrize("text", [
    "", "会议于2031年7月8日召开", "2031年7月8日", "8日", "7月", "2031年", "7月8日至10日", "7月8日—9月1日",
    "二〇三一年十月九日上午十时", "2031 年 7 月 8 日", "31年7月", "2031年上半年", "2031年7月上旬", "7月底前",
    "昨(4日)晚起", "今天（6日）上午9时", "明天（7月9日）下午", "7月8日(星期三)上午9时", "10月12号，星期四，上午",
    "7月8日全天", "2031年的冬至", "1至3月", "从2027到2029", "7月1号至4号", "7月32日至8月2日", "2月28日至30日",
    "13月1日0时起", "2030年2月29日", "7月1日至次年2月10日", "7月1日至2032年1月31日", "5月6日，周一至周五",
    "30号楼", "第10号", "有2000年历史", "3月份以来", "下周三", "周末", "7月8日、9日、10日", "2031年7月8日 ",
    "（8日）", "8日）", "7月8日8日", "2031年2031年", "7月7月", "  7月 8日  ", "截至2031年7月", "7月8日\n9日",
    "7月8日下午3时30分", "下午三点半", "9点20个", "9点", "三点五", "8点30秒", "7月8日9时至11时", "晚上8点一刻",
    "3点钟", "9时", "9时 ", "明天9时起",
    "7月8日 下午三点", "7月8日的9时", "7月8日25时", "7月8日9时30分15秒", "昨(4日)9时", "周三下午3点",
    "7月8日24时30分", "2031年9时", "7月8日上午9时至11时", "7月8日晚上8点一刻", "7月8日（星期三）9时",
])
def test_days_months_years_and_clocks_read_from_templates_as_token_by_token(text, monkeypatch):
    """_scanned_units reads a day, month, year or clock time from a template of its reading (and merges
    a day, month or year without making it): the same units, field for field and in the same order, as the general way (no
    templates), the first time a reading is met and when its template is kept."""
    from extractors import dates

    def fields(units):
        return [list(u.__dict__.items()) for u in units]

    scan = dates._fold_fullwidth(text)
    for kept in dates._TEMPLATES.values():
        kept.clear()
    made = fields(dates._scanned_units(scan))
    kept = fields(dates._scanned_units(scan))
    monkeypatch.setattr(dates, "_TEMPLATED_GROUPS", {})
    assert made == kept == fields(dates._scanned_units(scan))


@pytest.mark.parametrize("ymd, exists", [((2024, 2, 29), True), ((2031, 7, 8), True), ((1, 1, 1), True),
                                         ((9999, 12, 31), True), ((2023, 2, 29), False), ((2031, 4, 31), False),
                                         ((2031, 13, 1), False), ((2031, 7, 0), False), ((0, 1, 1), False),
                                         ((10000, 1, 1), False)])
def test_midnights_are_looked_up_as_datetime_makes_them(ymd, exists):
    """Resolving looks a day's midnight up instead of calling datetime(): the same value, asked again
    or by the date, and a day that does not exist raises ValueError as datetime() does (and is not kept)."""
    from extractors import dates

    if not exists:
        with pytest.raises(ValueError):
            dates._new_midnight_of_ymd(*ymd)
        assert ymd not in dates._MIDNIGHT_OF_YMD
        return
    for _ in range(2):  # made, then looked up
        assert dates._day_dt(date(*ymd)) == datetime(*ymd)
        assert dates._month_start(*ymd[:2]) == datetime(ymd[0], ymd[1], 1)
        assert dates._MIDNIGHT_OF_YMD.get(ymd, dates._new_midnight_of_ymd(*ymd)) == datetime(*ymd)


@pytest.mark.parametrize("options", [{}, {"prefer": "nearest"}, {"prefer": "past"}, {"prefer": "ahead"},
                                     {"carry_year": False}, {"prefer": "past", "carry_year": False},
                                     {"base_is_now": True, "prefer": "future"}, {"prefer": None}])
@pytest.mark.parametrize("text", ["", "定于3月5日至7日上午9时举行", "去年12月", "明天下午", "无日期的一行"])
def test_date_memo_answers_as_find_dates_does(text, options):
    """date_memo.find_dates remembers answers by text, base, prefer (given or not) and the other
    keywords: each call, first or remembered, gets what find_dates gives, in a list of its own."""
    from extractors import date_memo

    base = datetime(2031, 3, 6, 23, 59)
    try:
        expected = find_dates(text, base, **options)
    except (TypeError, ValueError, KeyError) as error:  # prefer=None: refused alike, not remembered
        with pytest.raises(type(error)):
            date_memo.find_dates(text, base, **options)
        return
    first, again = date_memo.find_dates(text, base, **options), date_memo.find_dates(text, base, **options)
    assert first == again == expected and first is not again


@pytest.mark.parametrize("base", [datetime(2024, 1, 1), datetime(2023, 12, 31, 23, 59), datetime(2024, 3, 5),
                                  datetime(2024, 3, 6), datetime(2024, 3, 5, 9, 30), datetime(2024, 7, 3, 12),
                                  datetime(2025, 2, 28, 12), datetime(2028, 2, 29), datetime(2, 1, 1),
                                  datetime(9997, 12, 31, 23, 59), datetime(9998, 6, 1), datetime(1, 6, 1)])
@pytest.mark.parametrize("text", ["3月5日", "12月31日", "1月1日", "2月29日", "3月5日上午", "3月5日晚上",
                                  "12月31日24时", "1月1日0时", "3月5日9时30分", "2月29日23时", "6月31日", "3月5日全天"])
def test_a_year_less_day_resolves_as_the_nearest_of_three_years(text, base):
    """A year-less day asked "nearest" is resolved from the base's year and one neighbour: the same
    interval as _choose of the year before's, the base's and the year after's (the general way)."""
    from extractors import dates

    unit = dates._scanned_units(dates._fold_fullwidth(text))[0]
    try:
        candidates = [iv for iv in (dates._calendar(unit, base.year + k, unit.month) for k in (-1, 0, 1)) if iv]
        expected = dates._choose(candidates, base, "nearest")
    except (ValueError, OverflowError):
        expected = None
    assert dates._resolve(unit, base, "nearest") == expected


# _glued tells a gap no joiner can span by its length before trying the two patterns; the gate and
# the patterns alone agree on each pair of neighbouring units, at the widths around the bounds.
@pytest.mark.parametrize("text, glued", [
    ("3月1日至5日", True),
    ("3月1日 至 5日", True),
    ("3月1日起将一直持续至5月", True),  # the widest joiner the grammar has
    ("3月1日 起 将一直持续 至 5月", True),
    ("3月1日起将一直持续到了5月", False),  # a character more: no joiner spans it
    ("2015年与2018年之间", True),
    ("2015年 与 2018年之间", True),
    ("2015年与2018年", False),
    ("3月1日5日", False),  # touching: no joiner is empty
    ("3月1日,6月5日", False),
    ("3月1日发布的通知要求于5月10日前", False),
])
def test_the_glue_gate_agrees_with_the_joiners_patterns(text, glued):
    from extractors.dates import _BETWEEN_RE, _GLUE_RE, _GLUE_WIDTH, _glued, _scanned_units
    from extractors import dates

    def by_patterns(scan, u, v):
        glue = _GLUE_RE.match(scan, u.end)
        if glue is not None and glue.end() == v.start:
            return True
        between = _BETWEEN_RE.match(scan, u.end)
        return between is not None and between.end() == v.start and \
            scan.startswith((dates.L.BETWEEN_WORD, dates.L.BETWEEN_SHORT), v.end)

    units = _scanned_units(text)
    assert len(units) >= 2
    pairs = list(zip(units, units[1:]))
    assert [_glued(text, u, v) for u, v in pairs] == [by_patterns(text, u, v) for u, v in pairs]
    assert _glued(text, units[0], units[1]) is glued
    assert _GLUE_WIDTH[0] >= 1  # neighbours that touch are never joined


class _EveryCharacter:
    def __contains__(self, char: str) -> bool:
        return True


@pytest.mark.parametrize("text", [
    # a word around the point: the gate lets the readers look
    "5月1日起", "5月1日以后", "5月1日之前", "5月1日为止", "5月1日 之前", "截至5月1日", "自5月1日", "从5月1日到6月",
    "2020年至今",
    # the gate's character without a word: the readers find none
    "5月1日为节日", "5月1日及6月", "5月1日以外", "5月1日前往", "5月1日 前往", "到了5月1日", "他从那年5月1日",
    # neither
    "5月1日召开", "会议于5月1日召开", "5月1日", "上午9时", "",
])
def test_the_points_word_gates_agree_with_the_readers(text, monkeypatch):
    """find_dates asks ``_suffix`` and ``_prefix`` about a point only where the character after (or
    before) it can begin (end) one of their words: the same expressions as asking at every point."""
    from extractors import dates

    base = date(2024, 3, 10)
    gated = find_dates(text, base)
    monkeypatch.setattr(dates, "_SUFFIX_FIRST_CHARS", _EveryCharacter())
    monkeypatch.setattr(dates, "_PREFIX_LAST_CHARS", _EveryCharacter())
    assert find_dates(text, base) == gated


@pytest.mark.parametrize("text, base, impossible", [
    # inside 1..28 every month has the day, whatever the year and month work out to
    ("2月28日", date(2023, 5, 1), False),
    ("23年2月28日", date(2023, 5, 1), False),
    ("下个月28日", date(2023, 1, 10), False),
    ("明年2月1日", date(2023, 5, 1), False),
    ("28日", date(2023, 2, 10), False),
    # outside it the month and year decide
    ("2月29日", date(2023, 5, 1), False),  # no year: February may have its 29th
    ("2023年2月29日", date(2023, 5, 1), True),
    ("2024年2月29日", date(2023, 5, 1), False),
    ("23年2月29日", date(2023, 5, 1), True),
    ("24年2月29日", date(2023, 5, 1), False),
    ("明年2月29日", date(2023, 5, 1), False),
    ("明年2月29日", date(2024, 5, 1), True),
    ("下个月29日", date(2023, 1, 10), True),
    ("下个月29日", date(2024, 1, 10), False),
    ("下个月31日", date(2023, 3, 10), True),
    ("4月31日", date(2023, 5, 1), True),
    ("4月30日", date(2023, 5, 1), False),
    ("31日", date(2023, 2, 10), False),  # no month: any month's 31st
])
def test_an_impossible_day_is_one_its_month_lacks_and_days_to_28_are_never(text, base, impossible):
    """``_impossible`` works out a day's month and year only for a day past the 28th; both sides of
    that test agree with the rule read in full: a day its month (of its year, when named) lacks."""
    from extractors.dates import _days_in_month_of, _impossible, _scanned_units

    base = datetime(base.year, base.month, base.day)
    (unit,) = _scanned_units(text)
    assert unit.day is not None
    assert _impossible(unit, base) is (not 1 <= unit.day <= _days_in_month_of(unit, base)) is impossible


@pytest.mark.parametrize("text, changes", [
    ("2月30日", {"impossible": True}),
    ("第三天上午", {"nth_day": None, "anchor_day": 2}),
    ("下午3时", {"anchor_day": 0}),
    ("次年2月", {"year": 2025, "year_rel": None}),
    ("5时", {"pod": "下午"}),
    ("3月", {}),
])
def test_a_unit_replaced_is_the_unit_dataclasses_replace_makes(text, changes):
    import dataclasses

    from extractors.dates import _replaced, _scanned_units

    unit = _scanned_units(text)[0]
    made, reference = _replaced(unit, **changes), dataclasses.replace(unit, **changes)
    assert made == reference and list(made.__dict__.items()) == list(reference.__dict__.items())
    assert made is not unit and unit == _scanned_units(text)[0]  # the scanned unit is left as it was


def test_a_unit_replaced_refuses_a_field_it_has_not():
    from extractors.dates import _replaced, _scanned_units

    with pytest.raises(TypeError):
        _replaced(_scanned_units("3月")[0], no_such_field=1)
