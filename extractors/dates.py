"""The Chinese date and time normaliser: every time expression in a text, resolved to [start, end).

``find_dates(text, base)`` scans with one compiled pattern built from ``extractors.lang.zh_dates``,
joins adjacent pieces ("今年" + "1月" + "起") into expressions, and resolves them against the issue
date. A newer date form is declared in one place with ``@_family`` (its pattern, the characters it
may start with, and the handler that turns a match into a unit; vocabulary in ``extractors.lang``).
The scan dispatches on the character at each candidate position to the alternatives that can
start there (read from their parsed patterns), so adding forms costs little speed. Intervals are half-open; a clock time that ends a range or an "until" is an instant
("7月31日24时" ends at 08-01 00:00), a day or longer that ends one is included whole.

Impossible dates give nothing (13月, 2月30日, 2023年2月29日, 25时, 8时75分, 24时30分, 25:00,
2023/13/01, 十三月). The pattern reads any one- or two-digit month, day, hour or minute, so such an
expression is matched whole and no part of it is read again as a shorter date ("13月1日0时起" is not
"1日0时起"); then it is dropped with the range it is one end of: in "7月32日至8月2日" the reader
cannot tell which end is misprinted, so "至8月2日" is no deadline either. A range's end that takes
its month or year from the start must exist there ("2月28日至30日" does not roll into March).

A count straight after "…起" is a window, with or without 内: "自公示之日起10个工作日" runs from
the issue date, "自12月5日起10个工作日内" from 12月5日 (the "since" expression is reported too). Like
"N日内", it ends on the N-th day after its first, the way notices count "自…之日起N日"; colloquial
"明起3天" (tomorrow and two more) is therefore read a day longer.

A lone day closing a range ("7月1号至4号", "12月九号到十五号") is kept as its end although a bare
号 day alone is no date (too often a house or document number). Known gap: three-digit minutes
("8时100分") leave "8时".
"""

from __future__ import annotations

import calendar
import dataclasses
from operator import itemgetter
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Literal

from extractors.lang import zh_common as C
from extractors.lang import zh_dates as L
from extractors.lang import zh_holidays as H
from extractors.lang import zh_lunar as LUNAR
from . import patterns as _patterns
from .patterns import alternation as _alt

Kind = Literal["point", "range", "since", "until", "vague", "recurring"]
Granularity = Literal["year", "half", "season", "quarter", "month", "xun", "week", "day", "part_of_day",
                      "hour", "minute", "second"]
Prefer = Literal["nearest", "past", "future", "ahead"]
# "ahead" (announcements: 将于, 定于) is "nearest" with a slight lean forward: a date behind the base
# counts this many times its distance, so "将于11月28日" in a 12-01 issue stays 11-28 (a late report
# of an announcement), while "将于6月" in a 12-01 issue is next June.
AHEAD_PAST_WEIGHT = 3  # a date up to about three months back stays in the past

# Units made without their class's call (see _unit): the same fields in the same order.
_new_object = object.__new__

# Finest first: a range is reported at the finer granularity of its two ends.
_GRAIN_ORDER = ["second", "minute", "hour", "part_of_day", "day", "week", "xun", "month", "quarter", "season",
                "half", "year"]


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: its verbatim span and the half-open interval it names."""

    text: str
    start_char: int
    end_char: int
    kind: Kind
    start: datetime | None
    end: datetime | None
    granularity: Granularity
    # Only for kind "recurring" (每日8时至17时): {"days": "daily" | "1-5", "from": "08:00", "to": "17:00"};
    # such an expression names a rule, not one concrete day, so start and end are null.
    recurrence: dict | None = field(default=None, compare=True, hash=False)

    def to_json(self) -> dict:
        """The contract's JSON object: ISO local datetimes, null for an open end."""
        out = {
            "text": self.text,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
        }
        if self.recurrence is not None:
            out["recurrence"] = dict(self.recurrence)
        return out


def last_day(expr: TimeExpression) -> date | None:
    """The inclusive last calendar day of the interval (``end`` minus one day for whole days)."""
    end = expr.end
    if end is None:
        return None
    # Read off the fields: two time objects and a timedelta made from a keyword cost ~4x this,
    # and extractors ask about every deadline and window they keep.
    if end.hour or end.minute or end.second or end.microsecond:
        return end.date()
    return end.date() - _ONE_DAY


def first_day(expr: TimeExpression) -> date | None:
    """The first calendar day of the interval, or None when it is open at the start."""
    return expr.start.date() if expr.start else None


# --------------------------------------------------------------------------------------------
# Numerals


from .numerals import to_int  # noqa: E402  (the one numeral reader; re-exported for callers of dates)


# --------------------------------------------------------------------------------------------
# Units: the pieces of one point in time


@dataclass(init=False)  # __init__ below
class _Unit:
    """Pieces of one point in time, gathered from adjacent tokens."""

    start: int
    end: int
    lo: int
    hi: int
    special: str | None = None  # "vague", "back", "fwd"
    year: int | None = None
    year2: int | None = None
    year_rel: int | None = None
    year_part: str | None = None
    half: int | None = None
    quarter: int | None = None
    quarter_rel: int | None = None
    lead_quarters: int | None = None
    lead_months: int | None = None
    nth_day: int | None = None  # 2025年第一天, 3月的第10天: the n-th day of the year or month named
    year_months: tuple[int, int] | None = None  # 2021年春季, 去年暑假: (first month, months) of the year named
    month: int | None = None
    month_rel: int | None = None
    month_part: str | None = None
    xun: str | None = None
    day: int | None = None
    day_suffix: str | None = None
    day_cn: bool = False
    day_rel: int | None = None
    since_word: bool = False
    week_rel: int | None = None
    weekday: int | None = None
    weekend: bool = False
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    clock_cn: bool = False
    clock_unit: str | None = None
    clock_tail: bool = False
    count: int | None = None
    count_unit: str | None = None
    direction: str | None = None
    day_rel_last: int | None = None
    second: int = 0
    anchor_day: int | None = None  # 次日: days after the date just named
    range_start_only: bool = False  # "1" of "1至3月": a date only as the start of a range
    joined_only: bool = False  # "晚" counts only after a date
    holiday: bool = False
    lunar: str | None = None  # a festival whose date moves with the lunar calendar or the sun
    lunar_offset: int = 0  # 正月初八: days after 春节
    following_year: bool = False  # 次年: one after the year just named
    after_since: bool = False  # a window straight after "…起": counts from that day, forward
    impossible: bool = False  # 13月, 2月30日, 25时: yields nothing, nor does a range it ends
    quarter_part: str | None = None  # 一季度末: the quarter's last month (初: its first)
    nth_week: int | None = None  # 3月第二周: the n-th week counted from the first Monday
    decade: tuple[int, int] | None = None  # 80年代, 18世纪: (first year, last year)
    lunar_date: tuple[int, bool, int | None] | None = None  # 农历腊月二十三: (month, leap, day)
    lead_n: tuple[str, int, str] | None = None  # 去年的前10天, 最后3周: ("first"/"last", n, unit)
    day_last: int | None = None  # 3月2号、3号、4号: the last day of a list of days in one month
    year_rel_last: int | None = None  # 明后两年: the last of two years named at once
    season: tuple[int, int, int] | None = None  # 今冬明春: (first month, year offset, seasons)
    holiday_period: str | None = None  # 国庆节期间: the key of an official break
    range_end_only: bool = False  # "2019" of "从2016到2019": a date only as the end of a range
    every: str | None = None  # 每日 / 每周一至周五: "daily" or ISO weekdays "1-5"
    hour_last: int | None = None  # 七八点: the second of two neighbouring hours named at once
    count_low: int | None = None  # 三四天后: the first count of a pair (count is the second)
    anaphoric: bool = False  # 当月, 这一年: the month or year the text just named
    half_rel: int | None = None  # 上个半年, 这半年: calendar half-years from the base's
    half_week: int | None = None  # 上半周 (1, Monday-Wednesday), 下半周 (2, Thursday-Sunday)
    hour_rel: int | None = None  # 上个小时: clock hours from the base's, said now only
    now_only: bool = False  # 前两个钟头, 上个小时: counted from the moment of speaking (base_is_now)
    tokens: int = 1

    def __init__(self, start: int, end: int, lo: int, hi: int, **named) -> None:
        # The generated __init__ assigns all 70 fields one by one; the scan makes its units with
        # _unit (below), and this (for dataclasses.replace) takes the fields of one made so.
        self.__dict__ = _unit(start, end, lo, hi, **named).__dict__


def _unit(start: int, end: int, lo: int, hi: int, **named) -> _Unit:
    """A unit, as ``_Unit(...)`` makes it: a copy of the defaults with the fields named. The scan
    makes ~5 a line it reads; calling the class costs twice this function (the type's call and its
    __init__ go through C), a fifth of a token's Python."""
    values = _UNIT_DEFAULTS.copy()
    values["start"], values["end"], values["lo"], values["hi"] = start, end, lo, hi
    return _unit_with(values, named)


def _replaced(u: _Unit, **changes) -> _Unit:
    """``dataclasses.replace(u, **changes)``: a copy of the unit's fields with the changes, made as
    :func:`_unit` makes units (replace read all 70 fields one by one in Python and called the class:
    ~2,000 steps of Python for a unit that an impossible date or a word pointing back copies)."""
    return _unit_with(u.__dict__.copy(), changes)


def _unit_with(values: dict, named: dict) -> _Unit:
    """A unit whose fields are ``values`` (a dict of its own) updated with ``named``, which must
    name fields only."""
    values.update(named)
    if len(values) != len(_UNIT_DEFAULTS):  # a name no field has was given
        raise TypeError(f"_Unit got unexpected fields {sorted(set(named) - _UNIT_NAMED)}")
    made = _new_object(_Unit)
    made.__dict__ = values
    return made


_UNIT_DEFAULTS = {"start": None, "end": None, "lo": None, "hi": None,
                  **{f.name: f.default for f in dataclasses.fields(_Unit)[4:]}}
_UNIT_NAMED = frozenset(_UNIT_DEFAULTS) - {"start", "end", "lo", "hi"}


# --------------------------------------------------------------------------------------------
# The pattern




_MARK = _alt(L.RANGE_MARKS)
# "二0二一年": four year digits, at least one of them a Latin zero, and only before 年.
_Y4_LATIN_ZERO = (rf"(?<![\dA-Za-z.])[{L.YEAR_DIGIT_CLASS}](?=[{L.YEAR_DIGIT_CLASS}]{{0,2}}[{L.YEAR_LATIN_ZEROS}])"
                  rf"[{L.YEAR_DIGIT_CLASS}{L.YEAR_LATIN_ZEROS}]{{3}}(?=[ \u3000]?{L.YEAR_WORD})")
_Y4 = rf"(?<![\d.])[12]\d{{3}}(?![\d.])|[{L.YEAR_DIGIT_CLASS}]{{4}}|{_Y4_LATIN_ZERO}"
_Y2 = rf"(?<![\d.])\d\d(?![\d.])|[{L.YEAR_DIGIT_CLASS}]{{2}}"
# Months, days, hours and minutes take any one- or two-digit number: "13月1日" must be read whole
# (and rejected by _impossible) rather than leave "1日" behind as a date of its own.
_N2 = r"(?<![\d.])\d{1,2}(?![\d.])"
_MNUM = rf"{_N2}|{L.CN_MONTH}"
_DNUM = rf"{_N2}|{L.CN_DAY}"
_HNUM = rf"{_N2}|{L.CN_HOUR}"
_SP = r"[ \u3000]?"  # typeset text sometimes spaces out "2023 年 12 月"
# ... and its clock too ("19 日 16 时 30 分"): a space before 时 (not before 点, which after a spaced
# number is as often a count: "提出 3 点意见"), and before a minute count that 分 closes.
_SPACED_SHI = rf"[ \u3000](?={L.COLON_SHI})"
_SPACED_MINUTE = rf"(?:[ \u3000](?=\d{{1,2}}[ \u3000]?{L.MINUTE_WORD}))"
_COUNT = rf"(?<![\d.])\d{{1,3}}(?![\d.])|{L.CN_COUNT}|{L.HALF}"
_POD = _alt(L.PARTS_OF_DAY)
_CLOCK_POD = _alt(list(L.PARTS_OF_DAY) + list(L.CLOCK_PREFIXES))
_DUR_FWD_UNIT = _alt([u for u in L.DURATION_UNITS if u != L.DAY_WORD])
_DUR_ALL_UNIT = _alt(L.DURATION_UNITS)
_DUR_WORDS = _alt(L.DURATION_WITHIN + L.DURATION_AFTER + L.DURATION_BEFORE + L.SINCE_TAILS)
_APPROX = _alt(L.APPROXIMATE)


# --------------------------------------------------------------------------------------------
# Families declared in one place: a date form is its pattern (vocabulary from lang/) and the
# handler that turns a match into a unit, registered together with @_family. They are tried
# before the older alternatives of _PATTERN below. Group names inside a pattern must be unique.

_FAMILIES: list[tuple[str, str, str]] = []  # (group, pattern, characters a match may start with)
_FAMILY_HANDLERS: dict[str, Callable[[re.Match], "_Unit | None"]] = {}
_DIGITS = "0123456789"


def _family(group: str, pattern: str, starts: str):
    """Register a family. ``starts`` lists every character a match can begin with: the pattern is
    only tried there (a one-character test before any lookbehind), which keeps the scan fast."""
    def register(handler):
        guard = "".join(re.escape(ch) for ch in sorted(set(starts)))
        _FAMILIES.append((group, f"(?=[{guard}])(?:{pattern})", starts))
        _FAMILY_HANDLERS[group] = handler
        return handler
    return register


_RANGE_CHARS = L.RANGE_CHARS
_WD = f"[{L.WEEKDAY_CHARS}]"
_WEST_RE = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d\d)(?![\d.])")


def _day_month_order(text: str, a: int, b: int, sep: str) -> str:
    """DMY or MDY for a Western numeric date: from its own numbers, else another date in the same
    text that shows the order (13.05.2016, 05/26/97), else day first, as Chinese-language sources
    that print a numeric day and month write them (1/2/2020 is 1 February)."""
    if a > 12 >= b:
        return "DMY"
    if b > 12 >= a:
        return "MDY"
    for m in _WEST_RE.finditer(text):
        x, y = int(m.group(1)), int(m.group(3))
        if m.group(2) == sep and x > 12 >= y:
            return "DMY"
        if m.group(2) == sep and y > 12 >= x:
            return "MDY"
    return "DMY"


_dateparser = None


def _western_date(written: str, order: str) -> date | None:
    """dateparser reads Western numeric dates (two-digit years, both orders) well; it is only
    called on candidates the scan already found, so its cost stays off the hot path."""
    global _dateparser
    if _dateparser is None:
        import dateparser

        _dateparser = dateparser
    try:
        got = _dateparser.parse(written, languages=["en"], settings={
            "DATE_ORDER": order, "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError, TypeError):
        return None
    return got.date() if got is not None else None


@_family("F_west", r"(?<![\d.])(?P<wa>\d{1,2})(?P<ws>[./])(?P<wb>\d{1,2})(?P=ws)"
                   r"(?P<wy>[12]\d{3}|(?<=/)\d\d)(?![\d.])", _DIGITS)
def _western(m: re.Match) -> "_Unit | None":
    a, b, sep = int(m.group("wa")), int(m.group("wb")), m.group("ws")
    day = _western_date(m.group("F_west"), _day_month_order(m.string, a, b, sep))
    if day is None:
        return None
    s, e = m.span()
    return _unit(s, e, 0, 4, year=day.year, month=day.month, day=day.day, day_suffix=L.DAY_WORD)


@_family("F_dotday", r"(?<![\d.])(?P<dm_m>1[0-2]|0?[1-9])[·•](?P<dm_d>[12]\d|3[01]|0?[1-9])(?![\d.])", _DIGITS)
def _dot_day(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 2, 4, month=int(m.group("dm_m")), day=int(m.group("dm_d")), day_suffix=L.DAY_WORD)


# "2011.05-2013", "从2016到2019", "在2015与2018之间": four-digit years with no 年, in a range only.
_BARE_YEAR_END = rf"(?![\d.{L.NOT_AFTER_BARE_YEAR}])"


@_family("F_ymstart", rf"(?<![\d.])(?P<ym_y>[12]\d{{3}})\.(?P<ym_m>\d{{1,2}})"
                      rf"(?=\s?[{_RANGE_CHARS}]\s?[12]\d{{3}}(?:\.\d{{1,2}})?{_BARE_YEAR_END})", "12")
def _year_month_start(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 0, 2, year=int(m.group("ym_y")), month=int(m.group("ym_m")), range_start_only=True)


@_family("F_byfrom", rf"(?:{L.BEFORE_BARE_YEAR_RANGE_RE})(?P<bf>[12]\d{{3}})"
                     rf"(?=\s?(?:[{_RANGE_CHARS}]|[{L.BETWEEN_AND}])\s?[12]\d{{3}}{_BARE_YEAR_END})", "12")
def _bare_year_from(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 0, 0, year=int(m.group("bf")), range_start_only=True)


@_family("F_byto", rf"(?:(?<=[12]\d{{3}}[{_RANGE_CHARS}{L.BETWEEN_AND}])|(?<=[12]\d{{3}}\.\d[{_RANGE_CHARS}])"
                   rf"|(?<=[12]\d{{3}}\.\d\d[{_RANGE_CHARS}]))(?P<bt>[12]\d{{3}})(?:\.(?P<bt_m>\d{{1,2}}))?"
                   rf"{_BARE_YEAR_END}", "12")
def _bare_year_to(m: re.Match) -> "_Unit":
    s, e = m.span()
    month = int(m.group("bt_m")) if m.group("bt_m") else None
    return _unit(s, e, 0, 2 if month else 0, year=int(m.group("bt")), month=month, range_end_only=True)


@_family("F_dlist", rf"(?P<dl_m>{_MNUM}){_SP}{L.MONTH_WORD}{_SP}(?P<dl_d>{_DNUM}){_SP}(?P<dl_sx>[{L.DAY_SUFFIXES}])"
                    rf"(?P<dl_rest>(?:[{L.LIST_JOINERS}]{_SP}(?:{_N2}|{L.CN_DAY}){_SP}[{L.DAY_SUFFIXES}])+"
                    rf"|(?:[{C.COMMAS}]{_SP}(?:{_N2}|{L.CN_DAY}){_SP}(?P=dl_sx)){{2,}}(?![\d{L.NOT_AFTER_COMMA_LIST}]))",
         _DIGITS + L.YEAR_DIGIT_CLASS + L.TEN)
def _day_list(m: re.Match) -> "_Unit | None":
    """3月2号、3号、4号 and, with commas, 9月3号，4号，5号: one span from the first day to the last.
    A comma list needs three days or more, all with the first one's 日 or 号 (3月5日，6日起 is a
    date and then a start)."""
    rest = m.group("dl_rest")
    days = [to_int(m.group("dl_d"))] + [to_int(d) for d in re.findall(rf"{_N2}|{L.CN_DAY}", rest)]
    if any(b <= a for a, b in zip(days, days[1:])):
        return None
    s, e = m.span()
    return _unit(s, e, 2, 4, month=to_int(m.group("dl_m")), day=days[0], day_suffix=L.DAY_WORD, day_last=days[-1])


# After a two-digit year, these make it a year (20年小寒, 24年春节, 23年夏天) where it is not a count:
# not straight after a word (工作24年春节都没回家 counts years).
_DAY_OF_A_YEAR = _alt(list(L.HOLIDAYS) + list(L.LUNAR_HOLIDAYS) + list(L.SOLAR_TERMS) + L.QINGMING_WORDS
                      + list(L.NTH_WEEKDAY_HOLIDAYS) + [w for w in L.SEASONS_OF_A_YEAR if len(w) > 1])


# "前七个月", "头三季度" after a year: that year's first months, so the year is a year.
_YEAR_FIRST_PERIODS = re.compile(rf"(?:{L.LEAD_FIRST_RE}){_SP}(?:{_COUNT}){_SP}(?:{L.YEAR_FIRST_PERIOD_UNITS_RE})")


@_family("F_twoyear", rf"(?P<ty>(?<![\d.])(?:\d\d(?={_SP}{L.YEAR_WORD}(?:{L.YEAR_PART_RE}))|0\d(?={_SP}{L.YEAR_WORD})"
                      rf"|(?:(?<![\u4e00-\u9fff])|(?<=[{L.BEFORE_TWO_DIGIT_YEAR}]))\d\d(?={_SP}{L.YEAR_WORD}(?:{_DAY_OF_A_YEAR})))"
                      rf"|(?<![{L.NUMERALS_BEFORE_YEAR}])[{L.TWO_DIGIT_YEAR_FIRST}][{L.YEAR_DIGIT_CLASS}](?={L.YEAR_WORD}))"
                      rf"{_SP}{L.YEAR_WORD}(?P<ty_p>{L.YEAR_PART_RE})?", _DIGITS + L.TWO_DIGIT_YEAR_FIRST)
def _two_digit_year(m: re.Match) -> "_Unit | None":
    digits, part = m.group("ty"), m.group("ty_p")
    if not digits.isascii():
        first, second = L.CN_DIGITS[digits[0]], L.CN_DIGITS[digits[1]]
        after = m.string[m.end()] if m.end() < len(m.string) else " "
        if second == first + 1 or (part is None and after in L.NOT_AFTER_TWO_DIGIT_YEAR
                                   and not _YEAR_FIRST_PERIODS.match(m.string, m.end())):
            return None  # 七八年, 九八年前: a count of years
    s, e = m.span()
    return _unit(s, e, 0, 1 if part else 0, year2=to_int(digits), year_part=part)


@_family("F_kyear", rf"(?P<ky>{L.CN_THOUSAND_YEAR}){_SP}{L.YEAR_WORD}(?P<ky_p>{L.YEAR_PART_RE})?", L.CN_THOUSAND_YEAR_FIRST)
def _thousand_year(m: re.Match) -> "_Unit | None":
    after = m.string[m.end()] if m.end() < len(m.string) else " "
    year = to_int(m.group("ky"))
    if not 1900 <= year <= 2100 or (m.group("ky_p") is None and after in L.NOT_AFTER_TWO_DIGIT_YEAR):
        return None  # 两千年来: two thousand years
    s, e = m.span()
    return _unit(s, e, 0, 1 if m.group("ky_p") else 0, year=year, year_part=m.group("ky_p"))


@_family("F_yspan", _alt(L.RELATIVE_YEAR_SPANS), "".join(w[0] for w in L.RELATIVE_YEAR_SPANS))
def _year_span(m: re.Match) -> "_Unit":
    first, last = L.RELATIVE_YEAR_SPANS[m.group("F_yspan")]
    s, e = m.span()
    return _unit(s, e, 0, 0, year_rel=first, year_rel_last=last)


@_family("F_season", _alt(L.SEASONS), "".join(w[0] for w in L.SEASONS))
def _season(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 1, 1, season=L.SEASONS[m.group("F_season")])


@_family("F_hperiod", rf"(?<![{L.NTH}\d{L.CN_NUMERALS_TO_TEN}])(?P<hp_w>{_alt(L.HOLIDAY_PERIOD_WORDS)})(?:{L.FESTIVAL_WORD})?"
                      rf"(?P<hp_s>{_alt(L.HOLIDAY_PERIOD_SUFFIXES)})", "".join(w[0] for w in L.HOLIDAY_PERIOD_WORDS))
def _holiday_period(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 2, 4, holiday_period=L.HOLIDAY_PERIOD_WORDS[m.group("hp_w")], holiday=True)


@_family("F_nthweek", rf"{L.NTH}(?P<nw>[1-5]|[{L.CN_ONE_TO_FIVE}]|[1-4]\d|5[0-3]|{L.CN_WEEK_NUMBER}){L.GE}?"
                      rf"(?:{L.WEEK_WORDS_RE})(?P<nw_d>{_WD})?(?![\d{L.CN_NUMERALS_TO_TEN}])",
         L.NTH)
def _nth_week(m: re.Match) -> "_Unit | None":
    """3月第二周 / 今年第三十七个星期: weeks counted from the period's first Monday; with a weekday
    (6月第3个星期日) the n-th such weekday of the month."""
    n = to_int(m.group("nw"))
    if not 1 <= n <= 53:
        return None
    s, e = m.span()
    wd = m.group("nw_d")
    return _unit(s, e, 3, 4, nth_week=n, weekday=L.WEEKDAYS[wd] if wd else None, joined_only=True)


@_family("F_nthmonth", rf"{L.NTH}(?P<nm>1[0-2]|[1-9]|{L.CN_MONTH_NUMBER}){L.GE}{L.MONTH_WORD}", L.NTH)
def _nth_month(m: re.Match) -> "_Unit":
    """明年第九个月, 2021年的第三个月: a month counted in the year just named."""
    s, e = m.span()
    return _unit(s, e, 2, 2, month=to_int(m.group("nm")), joined_only=True)


@_family("F_minguo", rf"{L.MINGUO}(?P<mg>\d{{1,2}}|{L.CN_ERA_YEAR}|{L.FIRST_YEAR_WORD}){_SP}{L.YEAR_WORD}",
         L.MINGUO[0])
def _minguo(m: re.Match) -> "_Unit":
    """民国三年: years of the Republic count from 1912 (民国元年)."""
    n = 1 if m.group("mg") == L.FIRST_YEAR_WORD else to_int(m.group("mg"))
    s, e = m.span()
    return _unit(s, e, 0, 0, year=1911 + n)


assert all(len(era) == 2 for era in L.REIGN_ERAS), "the reign family looks two characters back"
# One character class first: at most numerals and 年 the second character of an era name fails it.
_ERA_BEFORE = f"(?<=[{''.join(sorted({era[1] for era in L.REIGN_ERAS}))}])(?<={'|'.join(L.REIGN_ERAS)})"
_ERA_YUAN_BEFORE = f"(?<={L.FIRST_YEAR_WORD})(?<={'|'.join(era + L.FIRST_YEAR_WORD for era in L.REIGN_ERAS)})"


@_family("F_reign", rf"(?:{_ERA_BEFORE})(?:(?P<rg_n>\d{{1,2}}|{L.CN_REIGN_YEAR})"
                    rf"{_SP}{L.YEAR_WORD}|(?P<rg_all>{L.REIGN_SPAN_WORD}))|(?:{_ERA_YUAN_BEFORE})(?P<rg_yuan>{L.YEAR_WORD})",
         _DIGITS + L.CN_NUMERALS_TO_TEN + L.YEAR_WORD)
def _reign(m: re.Match) -> "_Unit | None":
    """康熙三年, 乾隆二十年, 神龙元年, 康熙年间: a year of a reign era (元年 is its first year), or the
    whole reign. Months and days after it are taken as written (not converted from the lunar
    calendar the eras kept)."""
    # The match starts after the era's name (a lookbehind, so the scan stops at 年 and numerals
    # only, not at every 成, 开, 同 or 道 of the text); the unit's span takes the name in.
    s, e = m.span()
    s -= 3 if m.group("rg_yuan") else 2
    first, last = L.REIGN_ERAS[m.string[s:s + 2]]
    if m.group("rg_all"):
        return _unit(s, e, 0, 0, decade=(first, last - first + 1, 0, last - first + 1))
    n = 1 if m.group("rg_yuan") else to_int(m.group("rg_n"))
    if not 1 <= n <= last - first + 1:
        # 雍正十六年 never was (1738 is 乾隆三年): no date, nor is a month after it one
        return _unit(s, e, 0, 0, year=first, impossible=True)
    return _unit(s, e, 0, 0, year=first + n - 1)


@_family("F_solar", rf"(?P<st_a>{_alt(L.SOLAR_TERMS_PLAIN)})(?!{_alt(L.SOLAR_TERMS_PLAIN)})"
                    rf"|(?<={L.YEAR_WORD})(?P<st_b>{_alt(L.SOLAR_TERMS_MARKED)})|(?P<st_c>{_alt(L.SOLAR_TERMS_MARKED)})"
                    rf"(?={_alt(L.SOLAR_TERM_AFTER)})",
         "".join({w[0] for w in L.SOLAR_TERMS}))
def _solar_term(m: re.Match) -> "_Unit":
    """冬至, 2024年大寒, 白露节气: the day of a solar term, like a movable holiday (nearest one when no
    year is named)."""
    s, e = m.span()
    return _unit(s, e, 2, 4, lunar=m.group("st_a") or m.group("st_b") or m.group("st_c"), holiday=True)


@_family("F_yseason", rf"(?:(?<={L.YEAR_WORD})|(?<={L.YEAR_WORD}{L.OF}))(?P<ys_w>{_alt(L.SEASONS_OF_A_YEAR)})"
                      rf"(?=$|[{re.escape(L.YEAR_SEASON_ENDS)}]|{_alt(L.YEAR_SEASON_AFTER)})",
         "".join({w[0] for w in L.SEASONS_OF_A_YEAR}))
def _year_season(m: re.Match) -> "_Unit":  # 的 is left to the merge ("2021年的春天")
    """2021年春季, 去年夏天, 明年冬季, 今年暑假: a season (meteorological months; winter runs into the
    next year) or the summer holidays of the year just named; alone these words are habits
    ("冬季供暖"), not dates. Only where the season is the time of the clause (a boundary or 的, 期间,
    以来… after it): before a noun it names a programme, not months ("2024年春季征兵" recruits in
    the first half-year, "春季学期" is a term)."""
    s, e = m.span()
    return _unit(s, e, 1, 1, year_months=L.SEASONS_OF_A_YEAR[m.group("ys_w")], joined_only=True)


@_family("F_lunarfest", _alt(L.LUNAR_DATE_FESTIVALS), "".join({w[0] for w in L.LUNAR_DATE_FESTIVALS}))
def _lunar_festival(m: re.Match) -> "_Unit":
    """七夕, 中元节, 腊八节, 龙抬头: a festival on a fixed lunar month and day (nearest one when no
    year is named)."""
    month, day = L.LUNAR_DATE_FESTIVALS[m.group("F_lunarfest")]
    s, e = m.span()
    return _unit(s, e, 2, 4, lunar_date=(month, False, day), holiday=True)


@_family("F_nthday", rf"(?!{L.SECOND_DAY}){L.NTH}(?P<nd>[1-9]\d{{0,2}}|{L.CN_NTH_DAY})(?:{L.GE})?(?:{L.DAY_UNITS_RE})(?![\d])",
         L.NTH)
def _nth_day(m: re.Match) -> "_Unit | None":
    """2025年第一天, 今年第100天, 3月的第10天: the n-th day of the year or month just named (alone,
    "第三天" counts from an event the text names elsewhere and gives nothing; 第二天 is the day after
    the date just named, an anchor word)."""
    n = to_int(m.group("nd"))
    if not 1 <= n <= 366:
        return None
    s, e = m.span()
    return _unit(s, e, 3, 4, nth_day=n, joined_only=True)


@_family("F_later", rf"(?:{_alt(L.LATER_PREFIXES)}){_SP}(?P<lt_n>{_COUNT}){_SP}(?:{_APPROX})?"
                    rf"(?:(?P<lt_hp>{L.GE_AND_A_HALF})(?P<lt_uh>{_alt(L.HALF_AFTER_GE)})|(?P<lt_u>{_DUR_FWD_UNIT})(?P<lt_hs>{L.HALF})?)"
                    rf"(?!{_DUR_WORDS}|[{L.NOT_AFTER_LATER}])",
         "".join({w[0] for w in L.LATER_PREFIXES}))
def _later(m: re.Match) -> "_Unit | None":
    """再过两天, 再过半个小时, 再过3年: the point that far after the base, as "两天后" ("超过3天",
    "经过两天" are no such words: only 再过/又过 read so)."""
    unit = m.group("lt_u") or L.HALF_AFTER_GE.get(m.group("lt_uh"))
    count = _count(m.group("lt_n"), L.DURATION_UNITS[unit])
    if count is not None and (m.group("lt_hp") or m.group("lt_hs")):
        count = _and_a_half(*count)
    if count is None:
        return None
    s, e = m.span()
    return _unit(s, e, -1, -1, special="fwd", count=count[0], count_unit=count[1], direction="after")


@_family("F_lastweekday", rf"{L.LAST_ONE}(?:{L.WEEK_WORDS_RE})(?P<lw_d>{_WD})(?![\d{L.CN_NUMERALS_TO_TEN}])", L.LAST_ONE[0])
def _last_weekday(m: re.Match) -> "_Unit":
    """4月最后一个星期一, 本月最后一个周五: the month's last such weekday (never alone)."""
    s, e = m.span()
    return _unit(s, e, 3, 4, nth_week=-1, weekday=L.WEEKDAYS[m.group("lw_d")], joined_only=True)


@_family("F_slashday", rf"(?<![\d./])(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>[12]\d|3[01]|0?[1-9])[{L.SLASH_DAY_SUFFIXES}]"
                       rf"(?![{L.NOT_AFTER_SLASH_DAY}])", _DIGITS)
def _slash_day(m: re.Match) -> "_Unit":
    """11/3号, 5/20日: month/day with 号 or 日 after it (a fraction takes no 号)."""
    s, e = m.span()
    return _unit(s, e, 2, 4, month=int(m.group("sl_m")), day=int(m.group("sl_d")), day_suffix=L.DAY_WORD)


@_family("F_backmonths", rf"(?<![{L.NOT_BEFORE_NEAR}])(?:{L.NEAR_RE})(?P<bm_n>(?<![\d.])\d{{1,2}}(?![\d.])|{L.CN_NEAR_MONTHS})"
                         rf"{L.MONTH_WORD}(?![{L.NOT_AFTER_NEAR_MONTHS}])", L.NEAR_FIRST)
def _back_months(m: re.Match) -> "_Unit | None":
    """近三月, 最近6月: the last n months to the issue day, as 近三个月 (接近五月 is May coming,
    近3月份 and 近3月底 name the month)."""
    n = to_int(m.group("bm_n"))
    if not 2 <= n <= 12:
        return None
    s, e = m.span()
    return _unit(s, e, -1, -1, special="back", count=n, count_unit="month")


@_family("F_halfmonth", rf"(?<![{L.NOT_BEFORE_HALF_MONTH}]){L.HALF}{L.MONTH_WORD}(?P<hm_d>{_DUR_WORDS})", L.HALF)
def _half_month(m: re.Match) -> "_Unit":
    """半月后, 半月以内, 半月来: half a month (15 days) like 半个月 (上半月, 下半月 are halves of a
    month named)."""
    word = m.group("hm_d")
    direction = ("within" if word in L.DURATION_WITHIN else "after" if word in L.DURATION_AFTER
                 else "before" if word in L.DURATION_BEFORE else "back")
    s, e = m.span()
    return _unit(s, e, -1, -1, special="back" if direction == "back" else "fwd", count=15,
                 count_unit="day", direction=direction)


@_family("F_clauselater", rf"(?<![^\s{re.escape(L.CLAUSE_STARTS)}]){L.PAST_WORD}{_SP}(?P<cl_n>(?<![\d.])\d{{1,3}}(?![\d.])|{L.CN_COUNT})"
                          rf"(?P<cl_u>{_DUR_FWD_UNIT})(?!{_DUR_WORDS}|[{L.NOT_AFTER_LATER}])", L.PAST_WORD)
def _clause_later(m: re.Match) -> "_Unit | None":
    """过两天再说, 过十周: 过 opening a clause, then a count, is "in that long" like 再过 (inside a
    clause 过 is a verb of its own: 超过3天, 经过两天, 度过三年)."""
    count = _count(m.group("cl_n"), L.DURATION_UNITS[m.group("cl_u")])
    if count is None:
        return None
    s, e = m.span()
    return _unit(s, e, -1, -1, special="fwd", count=count[0], count_unit=count[1], direction="after")


@_family("F_mhalf", _alt(L.MONTH_HALVES), "".join(w[0] for w in L.MONTH_HALVES))
def _month_half(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 3, 3, xun=m.group("F_mhalf"))


@_family("F_halfyear", rf"(?P<hy_w>{_alt(L.RELATIVE_HALF_YEARS)})(?P<hy_t>{_alt(L.HALF_YEAR_BACK_TAILS)})?",
         "".join({w[0] for w in L.RELATIVE_HALF_YEARS}))
def _relative_half_year(m: re.Match) -> "_Unit":
    """上个半年, 下一个半年, 这半年: a calendar half-year counted from the base's (January-June or
    July-December); 这半年来 is the six months back to the base, as 近半年."""
    s, e = m.span()
    rel = L.RELATIVE_HALF_YEARS[m.group("hy_w")]
    if m.group("hy_t") and rel == 0:
        count, unit = L.HALF_COUNTS["year"]
        return _unit(s, e, -1, -1, special="back", count=count, count_unit=unit)
    if m.group("hy_t"):
        e -= len(m.group("hy_t"))
    return _unit(s, e, -1, 1, half_rel=rel)


@_family("F_halfweek", rf"(?:(?P<hw_b>{_alt(set(L.HALF_WEEKS) - set(L.HALF_WEEK_FROM_NOUN))})"
                       rf"|(?:(?<![^{re.escape(L.CLAUSE_EDGES)}])|{'|'.join(f'(?<={w})' for w in L.WEEK_BEFORE_HALF)})"
                       rf"(?P<hw_c>{_alt(L.HALF_WEEK_FROM_NOUN)}))(?![{L.NOT_AFTER_HALF_WEEK}])",
         "".join({w[0] for w in L.HALF_WEEKS}))
def _half_week(m: re.Match) -> "_Unit":
    """上半周 / 下半周 (前半周, 后半周 at a clause's head or after a week): Monday to Wednesday or
    Thursday to Sunday of the base's week, or of the week named just before (下周前半周, 本周的后半周:
    joined in _units)."""
    s, e = m.span()
    return _unit(s, e, -1, 3, week_rel=0, half_week=L.HALF_WEEKS[m.group("hw_b") or m.group("hw_c")])


@_family("F_clockwindow", rf"(?<![^{re.escape(L.CLAUSE_EDGES)}])(?P<cw_w>{L.WINDOW_WORDS_RE}){_SP}(?P<cw_n>{_COUNT}){_SP}"
                          rf"(?P<cw_u>{_alt(L.CLOCK_WINDOW_UNITS)})(?![{L.NOT_AFTER_WINDOW}])", L.WINDOW_WORDS)
def _clock_window(m: re.Match) -> "_Unit | None":
    """前两个钟头, 前两分钟, 后半小时 at a clause's head: the hours or minutes just before or after the
    moment of speaking; read only when the base is that moment (base_is_now)."""
    count = _count(m.group("cw_n"), L.DURATION_UNITS[m.group("cw_u")])
    if count is None:
        return None
    s, e = m.span()
    back = m.group("cw_w") == L.BEFORE_WORD
    return _unit(s, e, -1, -1, special="back" if back else "fwd", count=count[0], count_unit=count[1],
                 direction=None if back else "within", now_only=True)


@_family("F_hourrel", rf"(?P<hr>{_alt(L.RELATIVE_HOURS)})(?![{L.NOT_AFTER_RELATIVE_HOUR}])",
         "".join({w[0] for w in L.RELATIVE_HOURS}))
def _relative_hour(m: re.Match) -> "_Unit":
    """上个小时, 下一个小时: the clock hour before or after the base's, said now only."""
    s, e = m.span()
    return _unit(s, e, -1, 6, hour_rel=L.RELATIVE_HOURS[m.group("hr")], now_only=True)


_LUNAR_MONTH = L.LUNAR_MONTH_RE
_LUNAR_DAY = L.LUNAR_DAY_RE


@_family("F_lunardate", rf"(?:(?P<ln_p>{L.LUNAR_MARK_RE}){_SP}(?:(?P<ln_y>[12]\d{{3}}|[{L.YEAR_DIGIT_CLASS}]{{4}}){_SP}{L.YEAR_WORD})?"
                        rf"(?P<ln_l1>{L.LEAP})?(?P<ln_m1>{_LUNAR_MONTH}){L.MONTH_WORD}(?:(?P<ln_d1>{_LUNAR_DAY})[{L.DAY_SUFFIXES}]?)?"
                        rf"|(?P<ln_l2>{L.LEAP})(?P<ln_m2>{_LUNAR_MONTH}){L.MONTH_WORD}(?:(?P<ln_d2>{_LUNAR_DAY})[{L.DAY_SUFFIXES}]?)?"
                        rf"|(?P<ln_m3>{L.WINTER_LUNAR_MONTHS_RE}){L.MONTH_WORD}(?:(?P<ln_d3>{_LUNAR_DAY})[{L.DAY_SUFFIXES}]?)?"
                        rf"|(?<![\d{L.YEAR_DIGIT_CLASS}{L.TEN}])(?P<ln_m4>{_LUNAR_MONTH}){L.MONTH_WORD}(?P<ln_d4>{L.LUNAR_ONLY_DAY_RE}))"
                        r"(?![\d])",
         L.LUNAR_DATE_FIRST + _DIGITS + L.CN_NUMERALS_TO_TEN)
def _lunar_date(m: re.Match) -> "_Unit | None":
    """农历二〇二〇年十二月二十九, 腊月二十三, 闰四月, 五月廿二, 九月初九: a date of the lunar calendar,
    read when the text says so (农历/阴历, 闰, 腊月/冬月, or a day written 初X/廿X)."""
    g = m.group
    month_word = g("ln_m1") or g("ln_m2") or g("ln_m3") or g("ln_m4")
    month = L.LUNAR_MONTH_NAMES.get(month_word) or to_int(month_word)
    day_word = g("ln_d1") or g("ln_d2") or g("ln_d3") or g("ln_d4")
    day = None
    if day_word:
        day = 30 if day_word == L.LUNAR_THIRTY else to_int(
            day_word.replace(L.LUNAR_EARLY, "").replace(L.LUNAR_TWENTY, L.TWENTY))
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
        return None
    s, e = m.span()
    unit = _unit(s, e, 2, 4 if day else 2, lunar_date=(month, bool(g("ln_l1") or g("ln_l2")), day))
    if g("ln_y"):
        unit.year = to_int(g("ln_y"))
    return unit


@_family("F_leadn", rf"(?:(?P<ld_f>{L.LEAD_FIRST_RE})\s?(?P<ld_n1>{_COUNT})\s?(?P<ld_u1>{L.LEAD_DAY_UNITS_RE})"
                    rf"|(?P<ld_l>{L.LEAD_LAST_RE})\s?(?P<ld_n2>{_COUNT})\s?(?P<ld_u2>{L.LEAD_MONTH_UNITS_RE})"
                    rf"|(?P<ld_y>{L.WINDOW_WORDS_RE})\s?(?P<ld_n3>(?<![\d.])\d{{1,3}}(?![\d.])|{L.CN_COUNT})\s?(?P<ld_u3>{L.YEAR_WORD}))",
         L.LEAD_FIRST_CHARS)
def _lead_n(m: re.Match) -> "_Unit | None":
    """去年的前10天, 2021年的前2周, 上月最后五天, 今年最后3周, 2021年后三个月: the first or last n days,
    weeks or months of the period just named. Alone at the head of a clause, 前两天, 前1周, 前两年
    and 后1年 are the days, weeks or years just before or after the base day (_window_from_base)."""
    word = m.group("ld_u1") or m.group("ld_u2") or m.group("ld_u3")
    n = _count(m.group("ld_n1") or m.group("ld_n2") or m.group("ld_n3"), "day")
    if n is None or not 1 <= n[0] <= 366:
        return None
    unit = ("month" if word.endswith(L.MONTH_WORD) else "day" if word in tuple(L.DAY_CHARS)
            else "year" if word == L.YEAR_WORD else "week")
    first = m.group("ld_f") or m.group("ld_y") == L.BEFORE_WORD
    s, e = m.span()
    return _unit(s, e, 3, 3, lead_n=("first" if first else "last", n[0], unit), joined_only=True)


def _lone_window(u: _Unit, text: str) -> bool:
    """前两天, 前1周, 后1年 standing alone at the head of a clause (not 比赛前两天, 最后3天, 前两天内)."""
    if u.lead_n is None or u.tokens != 1 or text[u.start] not in L.WINDOW_WORDS:
        return False
    prev_char = text[u.start - 1] if u.start else " "
    next_char = text[u.end] if u.end < len(text) else " "
    return prev_char in L.CLAUSE_EDGES and next_char not in L.NOT_AFTER_WINDOW


def _counted_day(u: _Unit, text: str) -> bool:
    """第三天 with no year or month of its own, at the head of a clause: the n-th day counted from
    the day just named (第三天上午, 第三天起), as 第二天 is; 开赛第三天 counts from an event."""
    if u.nth_day is None or any(v is not None for v in (u.year, u.year2, u.year_rel, u.month, u.month_rel,
                                                         u.lunar, u.day, u.day_rel)):
        return False
    return (text[u.start - 1] if u.start else " ") in L.CLAUSE_EDGES


def _time_phrase(u: _Unit, text: str) -> bool:
    """当月, 这一年 as the time of their clause: with a finer word after them (当月第三周, 这一年年底)
    or set off at a clause's head ("这一年，…"), not as an attribute (当月销量)."""
    if u.tokens > 1:
        return True
    prev_char = text[u.start - 1] if u.start else " "
    next_char = text[u.end] if u.end < len(text) else " "
    return prev_char in L.CLAUSE_EDGES and next_char in L.CLAUSE_EDGES + L.LONE_WINDOW_ENDS


def _window_from_base(u: _Unit, base: datetime) -> Interval | None:
    """The n days, weeks or years just before the base day (前) or just after it (后)."""
    which, n, unit = u.lead_n
    today = base.date()
    try:
        if which == "first":
            return _day_dt(_shift(today, unit, -n)), _day_dt(today), "day"
        return _day_dt(today) + timedelta(days=1), _day_dt(_shift(today, unit, n)) + timedelta(days=1), "day"
    except (ValueError, OverflowError):
        return None


@_family("F_firstmonth", L.FIRST_WORD + L.MONTH_WORD, L.FIRST_WORD)
def _first_month(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 2, 2, month=1, joined_only=True)


@_family("F_joinedhalf", _alt(L.JOINED_HALVES), "".join(w[0] for w in L.JOINED_HALVES))
def _joined_half(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 1, 1, half=L.JOINED_HALVES[m.group("F_joinedhalf")], joined_only=True)


_CN_CENTURY = L.CN_CENTURY


@_family("F_decade", rf"(?:(?P<dc_c>\d{{1,2}}|{_CN_CENTURY}){L.CENTURY_WORD}|(?P<dc_r>{L.RELATIVE_CENTURY_RE}))?"
                     rf"(?P<dc_d>[1-9]0|{L.CN_DECADE}){L.DECADE_WORD}(?P<dc_p>{_alt(L.ERA_PARTS)})?"
                     rf"|(?P<dc_c2>\d{{1,2}}|{_CN_CENTURY}){L.CENTURY_WORD}(?P<dc_p2>{_alt(L.ERA_PARTS)})?",
         _DIGITS + L.CN_NUMERALS_TO_TEN + L.RELATIVE_CENTURY_FIRST)
def _decade(m: re.Match) -> "_Unit | None":
    part = m.group("dc_p") or m.group("dc_p2")
    if m.group("dc_c2"):
        century = to_int(m.group("dc_c2"))
        if not 1 <= century <= 22:
            return None
        first, span = (century - 1) * 100, 100
    else:
        first, span = to_int(m.group("dc_d")), 10
        if m.group("dc_c"):
            century = to_int(m.group("dc_c"))
            if not 1 <= century <= 22:
                return None
            first += (century - 1) * 100
        elif m.group("dc_r"):
            first += 1900 if m.group("dc_r").startswith(L.LAST_CENTURY_FIRST) else 2000
        else:
            first = -first  # 80年代: its century is settled against the base year
    lo, hi = (L.CENTURY_PARTS if span == 100 else L.ERA_PARTS).get(part, (0.0, 1.0)) if part else (0.0, 1.0)
    s, e = m.span()
    return _unit(s, e, 0, 0, decade=(first, span, round(lo * span), round(hi * span)))


@_family("F_mdtime", r"(?<![\d./-])(?P<mt_m>1[0-2]|0?[1-9])-(?P<mt_d>[12]\d|3[01]|0?[1-9])(?=\s\d{1,2}:\d\d)",
         _DIGITS)
def _month_day_dash(m: re.Match) -> "_Unit":
    s, e = m.span()
    return _unit(s, e, 2, 4, month=int(m.group("mt_m")), day=int(m.group("mt_d")), day_suffix=L.DAY_WORD)


@_family("F_mday", rf"(?P<md_m>{_MNUM}){_SP}{L.MONTH_WORD}(?P<md_d>[12]\d|3[01]|0?[1-9]|{L.CN_DAY})"
                   rf"(?=$|[\s{L.BARE_MONTH_DAY_ENDS}]|(?:{L.MONTH_DAY_RANGE_RE})\s?(?:{_MNUM})\s?{L.MONTH_WORD}|{_CLOCK_POD}(?:{_HNUM})?)",
         _DIGITS + L.YEAR_DIGIT_CLASS + L.TEN)
def _month_bare_day(m: re.Match) -> "_Unit":
    """十月31, 1月3至2月10, 8月十五晚上: a day straight after 月 with no 日, where a boundary or a
    part of day follows."""
    s, e = m.span()
    return _unit(s, e, 2, 4, month=to_int(m.group("md_m")), day=to_int(m.group("md_d")), day_suffix=L.DAY_WORD)


@_family("F_timeyear", rf"(?<=[{L.BEFORE_TIME_YEAR}])(?P<tyr>(?:19|20)\d\d)(?=$|[\s{L.AFTER_TIME_YEAR}])",
         "12")
def _time_context_year(m: re.Match) -> "_Unit":
    """A four-digit year with no 年 where the context is a time: 于2018, 自2016起. Alone a bare
    number stays a number ("2023" gives nothing)."""
    s, e = m.span()
    return _unit(s, e, 0, 0, year=int(m.group("tyr")))




_WW = f"(?:{L.WEEK_WORDS_RE})"
# One weekday of a set: with its week word, or bare after the first (周一、三) when no number follows.
_WD_ONE = rf"(?:{_WW}{_WD}|{_WD}(?![{L.NOT_AFTER_LISTED_WEEKDAY}]))"
_WD_ITEM = rf"{_WD_ONE}(?:\s?[{_RANGE_CHARS}]\s?{_WD_ONE})?"
_WD_NEXT = rf"(?:[{L.WEEKDAY_LIST_MARKS}]|[{C.COMMAS}](?={_WW})){_WD_ITEM}"
_WD_SET = rf"{_WW}{_WD}(?:\s?[{_RANGE_CHARS}]\s?{_WD_ONE})?(?:{_WD_NEXT}){{0,6}}"
# More than one day: a range or a list (周一至周五, 周二、周四). A week has seven days: bounding the
# list keeps a long run of weekdays (周一、周一、…) from being read again at each of its days.
_WD_MANY = rf"{_WW}{_WD}(?:\s?[{_RANGE_CHARS}]\s?{_WD_ONE}(?:{_WD_NEXT}){{0,6}}|(?:{_WD_NEXT}){{1,6}})"
_ASIDE = rf"[{L.ASIDE_OPEN}][^{L.ASIDE_OPEN}{L.ASIDE_CLOSE}]{{1,{L.ASIDE_MAX}}}[{L.ASIDE_CLOSE}]"
_RULE_GAP = rf"[ \t\u3000{C.COMMAS}{C.COLONS}]{{0,2}}(?:{_ASIDE}[ \t\u3000{C.COMMAS}{C.COLONS}]{{0,2}})?"
# Hours from one clock time to another after a bare weekday set: opening hours, a rule.
_HOURS_AHEAD = rf"(?={_RULE_GAP}(?:{_CLOCK_POD})?\s?(?:{_HNUM})\s?(?::\d\d|{L.CLOCK_UNITS_RE})[^{_RANGE_CHARS}{L.HOURS_BREAKS}]{{0,4}}[{_RANGE_CHARS}])"


@_family("F_every", rf"(?:{L.EVERY_WEEK_RE})(?P<ev_set>{_WD_SET})(?:[{C.COMMAS}]?{L.EVERY}[{L.DAY_CHARS}])?"
                    rf"|(?:{L.EVERY_WEEK_RE})(?P<ev_wk>{_alt(L.WEEKEND_EVERY_WORDS)})"
                    rf"|(?P<ev_many>{_WD_MANY})(?:[{C.COMMAS}]?{L.EVERY}[{L.DAY_CHARS}]|{_HOURS_AHEAD})"
                    rf"|{_alt(L.EVERY_DAY_WORDS)}"
                    rf"|(?P<ev_kind>{_alt(L.DAY_KIND_WORDS)}){_HOURS_AHEAD}",
         "".join({w[0] for w in L.EVERY_WEEK_RE.split("|")}) + L.WEEK_SHORT_FIRST
         + "".join({w[0] for w in L.WEEK_WORDS_RE.split("|")}) + "".join(w[0] for w in L.EVERY_DAY_WORDS)
         + "".join(w[0] for w in L.DAY_KIND_WORDS))
def _every(m: re.Match) -> "_Unit | None":
    word = m.group("F_every")
    weekdays = m.group("ev_set") or m.group("ev_many")
    if weekdays is not None:
        days = _weekday_set(weekdays)
        if days is None:
            return None
    elif m.group("ev_wk") is not None:
        days = L.WEEKEND_EVERY_WORDS[m.group("ev_wk")]
    elif m.group("ev_kind") is not None:
        days = L.DAY_KIND_WORDS[m.group("ev_kind")]
    else:
        days = "1-5" if word in L.WORKDAY_EVERY else "daily"
    s, e = m.span()
    pod = L.NIGHTLY_PART if word in L.NIGHTLY_WORDS else None
    return _unit(s, e, -1, -1, special="every", every=days, pod=pod)


@_family("F_lasting", rf"(?:{_alt(L.LASTING_WORDS)})(?P<lst_n>{_COUNT})(?P<lst_u>{_alt(L.LASTING_UNITS)})",
         "".join(w[0] for w in L.LASTING_WORDS))
def _lasting(m: re.Match) -> "_Unit | None":
    """为期两个月, 连续3天: how long what began on the "since" day before it lasts."""
    count = _count(m.group("lst_n"), L.DURATION_UNITS[m.group("lst_u")])
    if count is None or not 1 <= count[0] <= 999:
        return None
    s, e = m.span()
    return _unit(s, e, -1, -1, special="lasting", count=count[0], count_unit=count[1])


_WD_SET_ITEM_RE = re.compile(rf"{_WW}?(?P<a>{_WD})(?:\s?[{_RANGE_CHARS}]\s?{_WW}?(?P<b>{_WD}))?")


def _weekday_set(text: str) -> str | None:
    """ISO weekdays of a set as written: 周一至周五 "1-5", 周二、周四 "2,4", 周二至周四、周日 "2-4,7",
    周五至周一 "5-7,1"; None for a range from a day to itself."""
    items = []
    for m in _WD_SET_ITEM_RE.finditer(text):
        first = L.WEEKDAYS[m.group("a")] + 1
        if m.group("b") is None:
            items.append(str(first))
            continue
        last = L.WEEKDAYS[m.group("b")] + 1
        if last == first:
            return None
        if last < first:  # 周五至周一: over the weekend
            items += [f"{first}-7" if first < 7 else "7", f"1-{last}" if last > 1 else "1"]
            continue
        items.append(f"{first}-{last}")
    return ",".join(items) or None


@_family("F_hourpair", rf"(?<![{L.YEAR_DIGIT_CLASS}{L.TEN_AND_TWO}])(?P<hp>{_alt(L.NUMERAL_PAIRS)})"
                       rf"(?:{L.HOUR_PAIR_UNIT_RE})(?:{''.join(f'(?<!{w})' for w in L.NOT_AN_HOUR_PAIR)}|(?={L.HOUR_PAIR_TAIL_RE}))(?P<hp_x>{L.HOUR_PAIR_TAIL_RE})?(?![{L.PAIR_NOT_AFTER}])", "".join({p[0] for p in L.NUMERAL_PAIRS}))
def _hour_pair(m: re.Match) -> "_Unit":
    """七八点, 下午三四点钟: two neighbouring hours said at once, one span from the first to the end
    of the second (an approximate pair, never a count of two)."""
    first, second = to_int(m.group("hp")[0]), to_int(m.group("hp")[1])
    s, e = m.span()
    return _unit(s, e, 6, 6, hour=first, hour_last=second, clock_cn=True, clock_unit=L.CLOCK_POINT,
                 clock_tail=m.group("hp_x") is not None)


@_family("F_spaced", r"(?<![\d.])(?<!\d )(?P<sp_y>(?:19|20)\d\d) (?P<sp_m>0?[1-9]|1[0-2]) "
                     r"(?P<sp_d>0?[1-9]|[12]\d|3[01])(?![\d.]| \d)", "12")
def _spaced_date(m: re.Match) -> "_Unit":
    """2022 11 23: year, month and day set apart by single spaces, as forms and captions print
    them; a longer run of numbers ("2022 11 23 45") is a table row, not a date."""
    s, e = m.span()
    return _unit(s, e, 0, 4, year=int(m.group("sp_y")), month=int(m.group("sp_m")),
                 day=int(m.group("sp_d")), day_suffix=" ")


@_family("F_left", rf"(?:{_alt(L.TIME_LEFT_WORDS)}){_SP}(?P<lf_n>{_COUNT}){_SP}(?P<lf_u>{_DUR_FWD_UNIT})"
                   rf"(?!{_DUR_WORDS}|[{L.NOT_AFTER_TIME_LEFT}])", "".join({w[0] for w in L.TIME_LEFT_WORDS}))
def _time_left(m: re.Match) -> "_Unit | None":
    """还剩5分钟, 仅剩3天: what is left runs from the base to that far ahead (like 5分钟内)."""
    count = _count(m.group("lf_n"), L.DURATION_UNITS[m.group("lf_u")])
    if count is None:
        return None
    s, e = m.span()
    return _unit(s, e, -1, -1, special="fwd", count=count[0], count_unit=count[1], direction="within")


@_family("F_thenn", rf"(?:{_alt(L.THEN_WORDS)}){_SP}(?P<th_n>{_COUNT}){_SP}(?P<th_u>{_DUR_FWD_UNIT})"
                    rf"(?!{_DUR_WORDS})", "".join({w[0] for w in L.THEN_WORDS}))
def _then_n(m: re.Match) -> "_Unit | None":
    """之前3小时, 之后5分钟: the hours before or after what was just told. In a paper that is an
    event the text names (so nothing here); said now (base_is_now) it is the base."""
    count = _count(m.group("th_n"), L.DURATION_UNITS[m.group("th_u")])
    if count is None:
        return None
    s, e = m.span()
    after = L.THEN_WORDS[m.group("F_thenn")[:2]]
    return _unit(s, e, -1, -1, special="fwd" if after else "back", count=count[0], count_unit=count[1],
                 direction="within" if after else None, anaphoric=True)


_PATTERN_PARTS = [
    *(f"(?P<{group}>{pattern})" for group, pattern, _ in _FAMILIES),
    # 2023-12-01, 2023.12.1, 2023/12/01, 2025-08-16T18:15:00; 2023-11-2808:45 and 2021-09-12-11:23
    # (a clock glued on by a hyphen after the day, as some systems print timestamps: one instant,
    # not a range from the day's start; "2021-09-12 08:00-11:23" is a range, its hyphen after a clock)
    r"(?P<T_num>(?<![\d.])(?P<n_y>[12]\d{3})(?P<n_s>[-./])(?P<n_m>\d{1,2})(?P=n_s)"
    r"(?P<n_d>\d{1,2})(?:(?:T|(?<=\d\d)|-)(?P<n_h>\d\d):(?P<n_mi>\d\d)(?::(?P<n_sec>\d\d))?)?(?![\d.]))",
    # 近3天, 过去两年(来)
    rf"(?P<T_back>(?:{_alt(L.LOOKBACK_PREFIXES)}){L.OF}?{_SP}(?P<b_n>{_COUNT}){_SP}(?:{_APPROX})?{_SP}"
    rf"(?:(?P<b_hp>{L.GE_AND_A_HALF})(?P<b_uh>{_alt(L.HALF_AFTER_GE)})|(?P<b_u>{_DUR_ALL_UNIT})(?P<b_hs>{L.HALF})?)"
    rf"(?:{_APPROX})?(?:{_alt(L.SINCE_TAILS)})?)",
    # 3天后, 5个工作日内, 三年来; 日 only with 内 and not after 月, since "12日前" and "7月31日内"
    # are dates; after "之日起" a count alone is a window too ("之日起10个工作日")
    rf"(?P<T_fwd>(?:(?P<f_pair>(?<![{L.COUNT_NUMERALS}]){_alt(L.COUNT_PAIRS)})|(?P<f_n>{_COUNT}))(?:{_APPROX})?(?:(?P<f_hp>{L.GE_AND_A_HALF})(?P<f_uh>{_alt(L.HALF_AFTER_GE)})"
    rf"|(?P<f_u>{_DUR_FWD_UNIT})(?P<f_hs>{L.HALF})?)(?:{_APPROX})?(?P<f_d>{_DUR_WORDS})"
    rf"|(?<!{L.MONTH_WORD})(?P<f_n2>{_COUNT})(?P<f_u2>{L.DAY_WORD})(?P<f_d2>{_alt(L.DURATION_WITHIN)})"
    rf"|(?<=[{L.WINDOW_AFTER_SINCE}]{L.SINCE_WORD})(?P<f_n3>{_COUNT})(?P<f_u3>{_DUR_ALL_UNIT})(?!{_DUR_WORDS}))",
    rf"(?P<T_year>(?P<y>{_Y4})(?:{_SP}{L.YEAR_WORD}(?P<y_d>{L.FISCAL})?(?P<y_p>{L.YEAR_PART_RE})?"
    rf"|(?P<y_r>(?=\s?(?:{_MARK})\s?(?:[12]\d{{3}}|\d\d){_SP}{L.YEAR_WORD})))"
    rf"|(?P<y2>{_Y2}){_SP}{L.YEAR_WORD}(?={_SP}(?:(?:{_MNUM}){_SP}{L.MONTH_WORD}|{L.AFTER_TWO_DIGIT_YEAR})))",
    rf"(?P<T_month>(?P<m>{_MNUM})(?:{_SP}{L.MONTH_WORD}(?P<m_f>{L.MONTH_TAIL})?(?P<m_p>{L.MONTH_PART_RE})?"
    rf"|(?P<m_r>(?=\s?(?:{_MARK})\s?(?:{_MNUM}){_SP}{L.MONTH_WORD}))))",
    rf"(?P<T_day>(?P<d>{_DNUM})(?:{_SP}(?P<d_s>[{L.DAY_SUFFIXES}])|(?P<d_r>(?=\s?(?:{_MARK})\s?(?:{_DNUM}){_SP}[{L.DAY_SUFFIXES}]))))",
    rf"(?P<T_rspan>{_alt(L.RELATIVE_SPANS)})",
    rf"(?P<T_colon>(?P<c_pod>{_CLOCK_POD})?(?<![\d.:])(?P<c_h>\d{{1,2}}):(?P<c_m>\d\d)"
    rf"(?::(?P<c_s>\d\d))?(?![\d:])(?:{L.COLON_SHI}|\s?(?P<c_ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)",
    rf"(?P<T_clock>(?P<t_pod>{_CLOCK_POD})?(?P<t_h>{_HNUM})"
    rf"(?:(?:{_SPACED_SHI})?(?P<t_u>{L.CLOCK_UNITS_RE})|(?P<t_r>(?=\s?(?:{_MARK})\s?(?:{_HNUM})(?:{L.CLOCK_HOUR_RE}))))"
    rf"(?:{_SPACED_MINUTE}?(?P<t_m>{_N2}|{L.CN_MINUTE}){_SP}{L.MINUTE_WORD}|(?P<t_half>{L.HALF})|(?P<t_q>{L.QUARTER_CLOCK_RE})|{L.PAST_WORD}(?P<t_m2>{_N2}|{L.CN_MINUTE}){L.MINUTE_WORD}"
    rf"|(?P<t_m3>[0-5]\d)(?![\d{L.NOT_AFTER_DIGIT_MINUTE}.:])|(?P<t_m4>{L.CN_MINUTE_AFTER_HOUR})(?![{L.NOT_AFTER_CN_MINUTE}])"
    rf")?(?:(?P<t_s>[0-5]?\d|{L.CN_SECOND}){L.SECOND_WORD})?"
    rf"(?P<t_x>{L.CLOCK_TAIL_RE})?)",
    rf"(?P<T_quarter>(?:{L.NTH}(?P<q1>[{L.QUARTER_NUMERALS}]){L.QUARTER_WORD}|(?<![\d{L.CN_NUMERALS_TO_TEN}])(?P<q2>[{L.QUARTER_NUMERALS}]){L.QUARTER_WORD}"
    rf"|(?P<q3>{L.FIRST_WORD}){L.QUARTER_WORD}|(?:{_alt(L.LEAD_WORDS)})(?P<lq>[{L.LEAD_QUARTER_NUMERALS}]){L.GE}?{L.QUARTER_WORD})(?P<q_p>{L.QUARTER_PART_RE})?)",
    rf"(?P<T_lead>(?:{_alt(L.LEAD_WORDS)})(?P<lm>(?<![\d.])\d{{1,2}}(?![\d.])|{L.TWO}|{L.CN_MONTH}){L.GE}?{L.MONTH_WORD})",
    rf"(?P<T_half>{_alt(L.HALVES)})",
    rf"(?P<T_ryear>(?P<ry>{_alt(L.RELATIVE_YEARS)})(?P<ry_d>{L.FISCAL})?(?P<ry_p>{L.YEAR_PART_RE})?)",
    rf"(?P<T_rmonth>(?P<rm>{_alt(L.RELATIVE_MONTHS)})(?P<rm_p>{L.MONTH_PART_RE})?)",
    rf"(?P<T_rquarter>(?P<rq>{_alt(L.RELATIVE_QUARTERS)})(?P<rq_p>{L.QUARTER_PART_RE})?)",
    rf"(?P<T_rday>{_alt(L.RELATIVE_DAYS)})",
    rf"(?P<T_sday>{_alt(L.SINCE_DAYS)})",
    rf"(?P<T_aday>{_alt(L.ANCHOR_DAYS)})",
    rf"(?P<T_week>(?P<w_p>{_alt(L.RELATIVE_WEEKS)})?(?:{_alt(L.WEEK_WORDS)})"
    # A weekday in digits is one digit ("周1", not the "1" of "周12"); one in words may run into its
    # clock time ("周六9时", "星期日15:00").
    rf"(?P<w_d>[{L.WEEKDAY_WORD_CHARS}]|[{L.WEEKDAY_DIGITS}](?![\d.])|{L.WEEKEND_TAIL})?)",
    rf"(?P<T_ahead>(?:{_alt(L.AHEAD_PREFIXES)}){L.OF}?{_SP}(?P<a_n>{_COUNT})(?P<a_u>{_DUR_ALL_UNIT})"
    rf"(?:{_alt(L.DURATION_WITHIN)})?)",
    rf"(?P<T_holiday>{_alt(L.HOLIDAYS)})",
    rf"(?P<T_lunar>{_alt(list(L.LUNAR_HOLIDAYS) + L.QINGMING_WORDS + list(L.NTH_WEEKDAY_HOLIDAYS))})",
    rf"(?P<T_zhengyue>(?:{_alt(L.FIRST_LUNAR_MONTH)})(?:{L.LUNAR_EARLY}(?P<zy1>{L.LUNAR_EARLY_DAY}))?"
    rf"(?P<zy2>(?<!{L.LUNAR_EARLY})(?:{L.LUNAR_LATER_DAY}))?)",
    rf"(?P<T_xun>(?P<x>{L.XUN_PARTS_RE}){L.XUN_WORD})",
    rf"(?P<T_mpart>{L.MONTH_WORD}(?P<mp>{L.PERIOD_EDGE_RE}))",
    rf"(?P<T_ypart>{L.YEAR_WORD}(?P<yp>{L.PERIOD_EDGE_RE}))",
    rf"(?P<T_pod>{_POD})",
    rf"(?P<T_vague>{_alt(L.VAGUE_WORDS)})",
    rf"(?P<T_night>[{L.NIGHT_CHARS}](?![{L.NIGHT_NOT_BEFORE}]))",
]
_PATTERN = "|".join(_PATTERN_PARTS)


def _first_chars() -> str:
    """Every character a token can start with: the scan only tries the pattern at these."""
    words = [*L.RELATIVE_DAYS, *L.SINCE_DAYS, *L.RELATIVE_SPANS, *L.RELATIVE_YEARS,
             *L.RELATIVE_MONTHS, *L.RELATIVE_QUARTERS, *L.RELATIVE_WEEKS, *L.WEEK_WORDS, *L.HALVES,
             *L.PARTS_OF_DAY, *L.CLOCK_PREFIXES, *L.VAGUE_WORDS, *L.LOOKBACK_PREFIXES,
             *L.AHEAD_PREFIXES, *L.HOLIDAYS, *L.LUNAR_HOLIDAYS, *L.QINGMING_WORDS,
             *L.FIRST_LUNAR_MONTH, *L.ANCHOR_DAYS, *L.NTH_WEEKDAY_HOLIDAYS]
    chars = set(L.CN_DIGITS) | set(L.CN_UNITS) | set(L.YEAR_DIGIT_CLASS)
    chars |= {w[0] for w in words} | set(L.TOKEN_FIRST_CHARS)
    for _, _, starts in _FAMILIES:
        chars |= set(starts) - set(_DIGITS)
    return "".join(sorted(chars))



def _first_set(items) -> set[str] | None:
    """The characters a parsed regex can begin with, or None when it cannot be told (any)."""
    from re import _constants as C  # the parser's opcodes; used once at import

    out: set[str] = set()
    for op, av in items:
        if op is C.ASSERT and av[0] == 1:
            ahead = _first_set(av[1])  # a lookahead guard: the match starts with what it allows
            if ahead is not None:
                return ahead
            continue
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero-width: the next item decides
        if op is C.LITERAL:
            out.add(chr(av))
            return out
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    out.add(chr(value))
                elif kind is C.RANGE:
                    if value[1] - value[0] > 200:
                        return None
                    out |= {chr(c) for c in range(value[0], value[1] + 1)}
                elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                    out |= set("0123456789")
                else:
                    return None
            return out
        if op is C.SUBPATTERN:
            inner = _first_set(av[3])
            if inner is None:
                return None
            out |= inner
            return out
        if op is C.BRANCH:
            for branch in av[1]:
                inner = _first_set(branch)
                if inner is None:
                    return None
                out |= inner
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = _first_set(av[2])
            if inner is None:
                return None
            out |= inner
            if av[0] > 0:
                return out
            continue  # optional: what follows may start the match too
        return None
    return None  # may match empty: any character


def _dispatch() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    """The whole grammar, and for each character a token can start with, a pattern holding only the
    alternatives that can start with it: the scan tries a dozen alternatives at a hit instead of
    all sixty. Compiling them all takes ~1 s; their compiled programs are kept in the cache folder
    (:mod:`extractors.regex_cache`)."""
    from .cache import cache_dir
    from .regex_cache import compile_many, derived

    folder: Path | None = cache_dir() / "regex"
    try:  # the tables depend on the grammar and on the code that reads them off it
        source = "\0".join([Path(__file__).read_text(encoding="utf-8"),
                            Path(_patterns.__file__).read_text(encoding="utf-8"), _PATTERN])
    except OSError:
        source, folder = "", None
    subset_patterns, table_index, start, windows = derived("dates", source, _dispatch_tables, folder)
    compiled = compile_many("dates", [_PATTERN, *subset_patterns, *start], folder)
    token = compiled[0]
    groups = [g for g in token.groupindex if g.startswith(("T_", "F_"))]
    assert len(groups) == len(_PATTERN_PARTS)
    by_char = {ch: compiled[index] for ch, index in table_index.items()}
    window_chars, by_window, window_default = windows
    patterns_of: dict[int, dict[str, re.Pattern]] = {}  # digits alike (most are) share one table
    for keys in by_window.values():
        if id(keys) not in patterns_of:
            patterns_of[id(keys)] = {key: compiled[index] for key, index in keys.items()}
    by_digit_window = {digit: (patterns_of[id(keys)], compiled[window_default[digit]])
                       for digit, keys in by_window.items()}
    return token, by_char, compiled[-2], compiled[-1], window_chars, by_digit_window


def _dispatch_tables() -> tuple[list[str], dict[str, int], str, tuple]:
    """The patterns of alternatives by first character, which of them each character tries (an
    index into ``[_PATTERN, *patterns]``), the pattern finding where a token can start, and the
    digits' tables by the two characters after the digit (:func:`_digit_windows`)."""
    from re import _parser

    alternatives = _PATTERN_PARTS
    firsts = [_first_set(_parser.parse(part)) for part in alternatives]
    chars = sorted(set(_first_chars()) | set("0123456789"))
    subsets: dict[tuple[int, ...], int] = {}
    subset_patterns: list[str] = []

    def index_of(keep: tuple[int, ...]) -> int:
        if keep not in subsets:
            subsets[keep] = 1 + len(subset_patterns)
            subset_patterns.append("|".join(alternatives[i] for i in keep) if keep else r"(?!)")
        return subsets[keep]

    table_index = {}
    for ch in chars:
        table_index[ch] = index_of(tuple(i for i, f in enumerate(firsts) if f is None or ch in f))
    windows = _digit_windows(alternatives, firsts, index_of)
    return subset_patterns, table_index, _start_patterns(chars), windows


# A digit starts most tries of the scan (years, months, days, clock times), and the alternatives a
# digit can start are twenty of the grammar's largest: at a digit the engine tried them one after
# the other, ~50 us of failing branches before 5月 was read as a month. The two characters after
# the digit tell most of them apart (202… is no month, 5月 no year, 12: no day), so each digit
# keeps a pattern for each pair of following characters, holding only the alternatives whose
# matches can begin with those three characters (read off the parsed alternatives by
# :func:`extractors.patterns.prefixes`), in the grammar's order: the same first alternative to
# match, so the same match. A character no such beginning names stands as "another decimal digit",
# "another character" or "the text's end".
_WINDOW_WIDTH = 3
_WINDOW_DECIMAL, _WINDOW_OTHER, _WINDOW_END = "\x01", "\x02", "\x03"


def _digit_windows(alternatives: list[str], firsts: list, index_of: Callable[[tuple[int, ...]], int]) \
        -> tuple[dict[str, str], dict[str, dict[str, int]], dict[str, int]]:
    """For the scan's digit-led tries: the characters that stand for themselves in a window (to
    themselves, the text's end "" to its mark), and for each digit the pattern index of each window
    (the two characters after the digit, as marks) and of any window not listed."""
    from itertools import product
    from re import _parser

    digits = "0123456789"
    prefixes: dict[int, set[tuple] | None] = {}
    for i, f in enumerate(firsts):
        if f is None or not f.isdisjoint(digits):
            try:
                prefixes[i] = _patterns.prefixes(_parser.parse(alternatives[i]), _WINDOW_WIDTH)
            except _patterns.TooWide:
                prefixes[i] = None  # tried at every window
            if prefixes[i] is not None and () in prefixes[i]:
                prefixes[i] = None  # may match the empty string
    decimal, anything = _patterns.DECIMAL, _patterns.ANY

    def fits_digit(element, digit: str) -> bool:
        return element is anything or element == decimal or element == digit

    literal = set(digits)
    for found in prefixes.values():
        for prefix in found or ():
            if any(fits_digit(prefix[0], d) for d in digits):
                literal |= {e for e in prefix[1:] if e is not anything and e != decimal}
    assert not literal & {_WINDOW_DECIMAL, _WINDOW_OTHER, _WINDOW_END}
    present = sorted(literal) + [_WINDOW_DECIMAL, _WINDOW_OTHER]  # a character there
    everything = present + [_WINDOW_END]  # past a whole match: a character or the end

    def marks(element) -> list[str]:
        if element is anything:
            return present
        if element == decimal:
            return [*digits, _WINDOW_DECIMAL]
        return [element]

    by_window: dict[str, dict[str, int]] = {}
    default: dict[str, int] = {}
    for digit in digits:
        tried = [i for i in sorted(prefixes) if firsts[i] is None or digit in firsts[i]]
        admitted: dict[int, set[str]] = {}
        for i in tried:
            if prefixes[i] is None:
                continue
            keys: set[str] = set()
            for prefix in prefixes[i]:
                if not fits_digit(prefix[0], digit):
                    continue
                places = [marks(prefix[j]) if j < len(prefix) else everything for j in range(1, _WINDOW_WIDTH)]
                keys.update("".join(chars) for chars in product(*places))
            admitted[i] = keys
        windows = set().union(*admitted.values()) if admitted else set()
        table = {key: index_of(tuple(i for i in tried if i not in admitted or key in admitted[i]))
                 for key in sorted(windows)}
        # Digits the grammar treats alike have equal tables: one object, pickled once.
        by_window[digit] = next((seen for seen in by_window.values() if seen == table), table)
        default[digit] = index_of(tuple(i for i in tried if i not in admitted))
    return {c: c for c in literal} | {"": _WINDOW_END}, by_window, default


def _start_patterns(chars: list[str]) -> tuple[str, str]:
    """Where a token can start: one of its first characters, followed by a character its second
    can be (read off the grammar by :func:`extractors.patterns.second_characters`; 一 starts
    dates, but mostly other words); a digit is tried only at the start of its run. That exact
    pattern (one branch a first character), and a wider one the scan searches with.

    The exact pattern has 139 branches, and the regex engine steps through all of them at each
    first character whose second does not fit (日 and 月 are first characters, but seldom start a
    token): ~1,300 instructions a place, half of the scan's search. The wide one opens on the
    class of all first characters (the engine skips ahead to them, as it does to a branch's
    literal heads), then tells three groups apart by looking back at that character: digits, the
    other first characters with a second, and those without one; a group's second characters are
    the union of its members'. (No ``.`` stands for the second character in a look behind: it
    would not match a line break, which some digits take second.) It finds every place the
    exact one finds, and a few more (为2, 大四); the scan asks the exact one about those, once
    for each head (:func:`_pattern_for`), and moves on."""
    seconds = _patterns.second_characters(_PATTERN)
    exact: list[str] = []
    firsts = {"digit": [], "gated": [], "open": []}
    allowed = {"digit": set(), "gated": set()}
    any_decimal = {"digit": False, "gated": False}
    for ch in chars:
        digit = ch in "0123456789"
        gate = seconds.get(ch)
        if gate is None:
            assert not digit, "a digit is tried only where a character follows it"
            exact.append(re.escape(ch))
            firsts["open"].append(ch)
            continue
        seconds_of = "".join(re.escape(c) for c in sorted(gate.chars)) + (r"\d" if gate.any_decimal else "")
        exact.append(re.escape(ch) + (r"(?<![\d.].)" if digit else "") + f"[{seconds_of}]")
        group = "digit" if digit else "gated"
        firsts[group].append(ch)
        allowed[group] |= gate.chars
        any_decimal[group] = any_decimal[group] or gate.any_decimal

    def chars_class(chars, decimal: bool = False) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if decimal else "") + "]"

    branches = []
    if firsts["digit"]:
        branches.append(f"(?<={chars_class(firsts['digit'])})(?<![\\d.].)"
                        + chars_class(allowed["digit"], any_decimal["digit"]))
    if firsts["gated"]:
        branches.append(f"(?<={chars_class(firsts['gated'])})" + chars_class(allowed["gated"], any_decimal["gated"]))
    if firsts["open"]:
        branches.append(f"(?<={chars_class(firsts['open'])})")
    return "|".join(exact), chars_class(chars) + "(?:" + "|".join(branches) + ")"


_TOKEN_RE, _BY_CHAR, _START_EXACT_RE, _START_RE, _WINDOW_CHARS, _BY_DIGIT_WINDOW = _dispatch()
# Full-width digits and signs, and traditional characters of date words, as the grammar spells them.
_fold_fullwidth = _patterns.CharacterFold({chr(k): chr(v) for k, v in L.FULLWIDTH.items()})


def _scan(text: str):
    """The same matches as ``_TOKEN_RE.finditer(text)``, found faster: only where a token can start."""
    pos, n = 0, len(text)
    search, tried, pattern_for, nowhere = _START_RE.search, _TRIED_AT, _pattern_for, _NOWHERE
    while pos < n:
        hit = search(text, pos)
        if hit is None:
            return
        at = hit.start()
        head = text[at:at + _WINDOW_WIDTH]
        pattern = tried.get(head) or pattern_for(head)
        # (a head only the wide start pattern stops at is not matched: a call into the engine, for a
        # pattern that matches nothing, at a fifth of the scan's failed tries)
        m = pattern.match(text, at) if pattern is not nowhere else None
        if m is None:
            pos = at + 1
            continue
        yield m
        end = m.end()
        pos = end if end > at else at + 1


def _pattern_for(head: str) -> re.Pattern:
    """The pattern to try where a token can start, by the text's characters there (the first, and
    for a digit the two after it, "" past the text's end); remembered in ``_TRIED_AT``, which the
    scan reads first: a digit's window was ten steps of Python at each of the scan's tries.

    Where the scan's wide start pattern found a place the exact one does not, a pattern matching
    nothing: the first two characters tell (the look behind of a digit's branch is the same in
    both, and at a head's second character it has too little text behind it to forbid)."""
    if _START_EXACT_RE.match(head) is None:
        pattern = _NOWHERE
    else:
        pattern = _alternatives_at(head)
    if len(_TRIED_AT) >= _TRIED_AT_SIZE:
        _TRIED_AT.clear()  # texts of every kind: a few thousand heads in a day of issues
    _TRIED_AT[head] = pattern
    return pattern


def _alternatives_at(head: str) -> re.Pattern:
    """The alternatives a token starting with ``head`` can be: by its first character, and for a
    digit by the two after it."""
    first = head[0]
    digit = _BY_DIGIT_WINDOW.get(first)
    if digit is not None:  # the alternatives the next two characters leave
        second, third = head[1:2], head[2:3]
        key = (_WINDOW_CHARS.get(second) or (_WINDOW_DECIMAL if second.isdecimal() else _WINDOW_OTHER)) \
            + (_WINDOW_CHARS.get(third) or (_WINDOW_DECIMAL if third.isdecimal() else _WINDOW_OTHER))
        return digit[0].get(key, digit[1])
    return _BY_CHAR.get(first, _TOKEN_RE)


_TRIED_AT: dict[str, re.Pattern] = {}
_TRIED_AT_SIZE = 8192
_NOWHERE = re.compile(r"(?!)")


_GLUE_RE = re.compile(rf"\s?(?:{L.RANGE_START_WORDS_RE})?\s?(?:{L.RANGE_LASTING_RE})?\s?(?:{_MARK})\s?")
_SPACE_RE = re.compile(r"[ \t\u3000]?")

# Which token levels may follow a unit whose finest level is the key:
# 0 year, 1 half/quarter/leading months/year part, 2 month, 3 xun/month part, 4 day/week,
# 5 part of day, 6 clock time.
_FOLLOWS = {0: {1, 2, 3}, 1: set(), 2: {3, 4}, 3: set(), 4: {5, 6}, 5: {6}, 6: set()}


class _NumeralValues(dict):
    """``to_int`` of each numeral asked, remembered: the scan reads the same few hundred (days,
    months, years, hours) again and again, and ``int()`` of a string alone costs as much as a
    dict lookup and a dozen steps of Python."""

    def __missing__(self, numeral: str) -> int:
        value = self[numeral] = to_int(numeral)
        return value


_numeral = _NumeralValues().__getitem__


def _token(m: re.Match) -> _Unit | None:
    """One regex match as a unit of its own, or None when the match is no time word after all."""
    kind = m.lastgroup
    g = m.group
    s, e = m.span()
    # Days, months and years first: nine tokens in ten are one of them.
    if kind == "T_day":
        day, suffix, range_mark = g("d", "d_s", "d_r")
        return _unit(s, e, 4, 4, day=_numeral(day), day_suffix=suffix, day_cn=not day.isascii(),
                     range_start_only=range_mark is not None)
    if kind == "T_month":
        month, part, range_mark = g("m", "m_p", "m_r")
        return _unit(s, e, 2, 3 if part else 2, month=_numeral(month), month_part=part,
                     range_start_only=range_mark is not None)
    if kind == "T_year":
        year, year2, part, range_mark = g("y", "y2", "y_p", "y_r")
        if year2:
            return _unit(s, e, 0, 0, year2=_numeral(year2))
        return _unit(s, e, 0, 1 if part else 0, year=_numeral(year), year_part=part,
                     range_start_only=range_mark is not None)
    handler = _FAMILY_HANDLERS.get(kind)
    if handler is not None:
        return handler(m)
    if kind == "T_num":
        if g("n_h") is not None:
            return _unit(s, e, 0, 6, year=int(g("n_y")), month=int(g("n_m")), day=int(g("n_d")),
                         day_suffix=g("n_s"), hour=int(g("n_h")), minute=int(g("n_mi")),
                         second=int(g("n_sec") or 0))
        return _unit(s, e, 0, 4, year=int(g("n_y")), month=int(g("n_m")), day=int(g("n_d")),
                     day_suffix=g("n_s"))
    if kind == "T_back":
        unit_word = g("b_u") or L.HALF_AFTER_GE[g("b_uh")]
        count = _count(g("b_n"), L.DURATION_UNITS[unit_word])
        if count is not None and (g("b_hp") or g("b_hs") or unit_word in L.HALF_UNIT_WORDS):
            count = _and_a_half(*count)
        if count is None:
            return None
        return _unit(s, e, -1, -1, special="back", count=count[0], count_unit=count[1])
    if kind == "T_fwd":
        unit = g("f_u") or g("f_u2") or g("f_u3") or L.HALF_AFTER_GE.get(g("f_uh"))
        word = g("f_d") or g("f_d2")
        # "之日起" or a date's "起" just before: the count runs forward from that day.
        after_since = s >= 2 and m.string[s - 1] == L.SINCE_WORD and m.string[s - 2] in L.WINDOW_AFTER_SINCE
        if word in L.DURATION_WITHIN or (word is None and after_since):
            direction = "within"
        elif word in L.DURATION_AFTER:
            direction = "after"
        elif word in L.DURATION_BEFORE:
            direction = "before"
        else:
            direction = "back"
        pair = L.COUNT_PAIRS.get(g("f_pair"))  # 三四天后: three or four days, the later one's count
        count = _count(str(pair[1]) if pair else g("f_n") or g("f_n2") or g("f_n3"), L.DURATION_UNITS[unit])
        if count is not None and (g("f_hp") or g("f_hs") or unit in L.HALF_UNIT_WORDS):
            if pair:
                return None
            count = _and_a_half(*count)
        if count is None:
            return None
        return _unit(s, e, -1, -1, special="fwd" if direction != "back" else "back",
                     count=count[0], count_unit=count[1], direction=direction,
                     after_since=after_since and direction == "within", count_low=pair[0] if pair else None)
    if kind == "T_rspan":
        first, last = L.RELATIVE_SPANS[g(kind)]
        return _unit(s, e, 4, 4, day_rel=first, day_rel_last=last)
    if kind == "T_colon":
        pod = g("c_pod")
        hour = int(g("c_h"))
        if g("c_ap"):  # 2:00pm, 11:30:10 p.m.
            if hour > 12:
                return None
            hour = hour % 12 + (12 if g("c_ap")[0] in "Pp" else 0)
        return _unit(s, e, 5 if pod else 6, 6, pod=pod, hour=hour, minute=int(g("c_m")),
                     second=int(g("c_s") or 0))
    if kind == "T_clock":
        pod = g("t_pod")
        minute = None
        if g("t_m") or g("t_m2"):
            minute = _numeral(g("t_m") or g("t_m2"))
        elif g("t_m4"):
            if g("t_u") is None or g("t_h").isascii():
                return None
            minute = _numeral(g("t_m4"))
        elif g("t_m3"):
            if not g("t_h").isascii() or g("t_u") is None:
                return None  # 三点五: a decimal, not 3:05
            minute = int(g("t_m3"))
        elif g("t_u") == L.CLOCK_POINT and e < len(m.string) and m.string[e].isdigit():
            return None  # 9点20个, 1点5倍: a number, not a clock time
        elif g("t_half"):
            minute = 30
        elif g("t_q"):
            minute = 15 if g("t_q")[0] in L.ONE_QUARTER_FIRST else 45
        if g("t_s") is not None and minute is None:
            return None  # 8点30秒 is no clock time
        return _unit(s, e, 5 if pod else 6, 6, pod=pod, hour=_numeral(g("t_h")), minute=minute,
                     second=_numeral(g("t_s")) if g("t_s") else 0,
                     clock_cn=not g("t_h").isascii(), clock_unit=g("t_u"),
                     range_start_only=g("t_r") is not None,
                     clock_tail=bool(minute is not None or g("t_x") or g("t_u") == L.CLOCK_POINT_ZHONG))
    if kind == "T_quarter":
        if g("lq"):
            return _unit(s, e, 1, 1, lead_quarters=to_int(g("lq")))
        q = g("q1") or g("q2")
        return _unit(s, e, 1, 1, quarter=to_int(q) if q else 1, quarter_part=g("q_p"))
    if kind == "T_lead":
        return _unit(s, e, 1, 1, lead_months=to_int(g("lm")))
    if kind == "T_half":
        return _unit(s, e, 1, 1, half=L.HALVES[g(kind)])
    if kind == "T_ryear":
        part = g("ry_p")
        return _unit(s, e, 0, 1 if part else 0, year_rel=L.RELATIVE_YEARS[g("ry")], year_part=part,
                     following_year=g("ry") in L.FOLLOWING_YEARS, anaphoric=g("ry") in L.ANAPHORIC_PERIODS)
    if kind == "T_rmonth":
        part = g("rm_p")
        return _unit(s, e, 2, 3 if part else 2, month_rel=L.RELATIVE_MONTHS[g("rm")],
                     month_part=part, anaphoric=g("rm") in L.ANAPHORIC_PERIODS)
    if kind == "T_rquarter":
        return _unit(s, e, 1, 1, quarter_rel=L.RELATIVE_QUARTERS[g("rq")], quarter_part=g("rq_p"))
    if kind == "T_rday":
        offset, pod = L.RELATIVE_DAYS[g(kind)]
        return _unit(s, e, 4, 5 if pod else 4, day_rel=offset, pod=pod)
    if kind == "T_sday":
        return _unit(s, e, 4, 4, day_rel=L.SINCE_DAYS[g(kind)], since_word=True)
    if kind == "T_week":
        prefix, wd = g("w_p"), g("w_d")
        if prefix is None and wd is None:
            return None
        if wd == L.WEEKEND_TAIL:
            return _unit(s, e, 4, 4, week_rel=L.RELATIVE_WEEKS.get(prefix, 0), weekend=True)
        return _unit(s, e, 4, 4, week_rel=L.RELATIVE_WEEKS[prefix] if prefix else None,
                     weekday=L.WEEKDAYS[wd] if wd else None)
    if kind == "T_xun":
        return _unit(s, e, 3, 3, xun=g("x") + L.XUN_WORD)
    if kind == "T_mpart":
        return _unit(s, e, 3, 3, month_part=g("mp"))
    if kind == "T_ypart":
        return _unit(s, e, 1, 1, year_part=g("yp"))
    if kind == "T_pod":
        return _unit(s, e, 5, 5, pod=g(kind), joined_only=g(kind) in L.JOINED_ONLY_PARTS)
    if kind == "T_vague":
        return _unit(s, e, -1, -1, special="vague")
    if kind == "T_night":
        return _unit(s, e, 5, 5, pod=g(kind), joined_only=True)
    if kind == "T_holiday":
        month, day = L.HOLIDAYS[g(kind)]
        return _unit(s, e, 2, 4, month=month, day=day, day_suffix=L.DAY_WORD, holiday=True)
    if kind == "T_lunar":
        return _unit(s, e, 2, 4, lunar=g(kind), holiday=True)
    if kind == "T_zhengyue":
        nth = g("zy1") or g("zy2")
        if nth is None or (g("zy2") and g(kind).startswith(L.NEW_YEAR_WORD)):
            return None  # 正月 alone: a month of the lunar year, not resolved
        return _unit(s, e, 2, 4, lunar=L.SPRING_FESTIVAL_WORD, lunar_offset=to_int(nth) - 1, holiday=True)
    if kind == "T_ahead":
        count = _count(g("a_n"), L.DURATION_UNITS[g("a_u")])
        if count is None:
            return None
        return _unit(s, e, -1, -1, special="fwd", count=count[0], count_unit=count[1],
                     direction="within")
    if kind == "T_aday":
        offset, pod = L.ANCHOR_DAYS[g(kind)]
        return _unit(s, e, 4, 5 if pod else 4, anchor_day=offset, pod=pod)
    return None  # pragma: no cover - every alternative is named above


def _and_a_half(count: int, unit: str) -> tuple[int, str] | None:
    """一年半, 一个半小时: the count and a half, in the next finer unit. 两个半月 is counted by the
    calendar, two months and then half a month (15 days), as the unit "month_and_half": months are
    not 30 days long, and "十个半月后" must land half a month past the tenth month, not five days
    short of it."""
    if unit == "month":
        return count, _MONTH_AND_HALF
    finer = L.HALF_STEPS.get(unit)
    if finer is None:
        return None
    per, finer_unit = finer
    return count * per + per // 2, finer_unit


def _count(numeral: str, unit: str) -> tuple[int, str] | None:
    """A duration's count in its unit; 半 is half a year or month, and nothing else."""
    if numeral == L.HALF:
        return L.HALF_COUNTS.get(unit)
    return to_int(numeral), unit


# The fields a following token sets on the unit it joins, where it names them.
_MERGED_FIELDS = ("year", "year2", "year_rel", "year_part", "half", "quarter", "quarter_rel",
                  "lead_quarters", "lead_months", "year_months", "nth_day", "month", "month_rel",
                  "month_part", "xun", "day", "day_suffix", "day_rel", "week_rel", "weekday", "pod",
                  "hour", "minute", "clock_unit", "lunar", "anchor_day", "day_last", "holiday_period",
                  "season", "quarter_part", "nth_week", "decade", "lunar_date", "lead_n", "hour_last")


# Those the tokens of days, months, years and clock times set; most tokens set none of the
# others, which are read in one call and looked at one by one only when one is set.
_COMMON_MERGED = ("year", "year2", "year_part", "month", "month_part", "day", "day_suffix", "pod", "hour",
                  "minute", "clock_unit")
_RARE_MERGED = tuple(name for name in _MERGED_FIELDS if name not in _COMMON_MERGED)
_rare_merged_values = itemgetter(*_RARE_MERGED)
_NONE_RARE_MERGED = (None,) * len(_RARE_MERGED)


def _merge(unit: _Unit, tok: _Unit) -> None:
    fields, into = tok.__dict__, unit.__dict__  # plain dataclasses: their fields are these dicts
    for name in _COMMON_MERGED:
        value = fields[name]
        if value is not None:
            into[name] = value
    if _rare_merged_values(fields) != _NONE_RARE_MERGED:
        for name in _RARE_MERGED:
            value = fields[name]
            if value is not None:
                into[name] = value
    unit.weekend |= tok.weekend
    unit.impossible |= tok.impossible
    unit.second = tok.second or unit.second
    unit.range_start_only = tok.range_start_only
    unit.range_end_only = unit.range_end_only or tok.range_end_only
    unit.joined_only = False
    unit.lunar_offset = tok.lunar_offset or unit.lunar_offset
    unit.following_year |= tok.following_year
    unit.clock_cn = tok.clock_cn if tok.hour is not None else unit.clock_cn
    unit.clock_tail |= tok.clock_tail
    unit.end = tok.end
    unit.hi = tok.hi
    unit.tokens += 1


# A text's units depend on the text alone, and extractors ask about the same line again with
# another base or ``prefer`` (a meeting's report day "nearest", then "past"; a notice's line
# with the bare date and the end of the day): about a third of the scans of real pages repeat
# one. The last ones are kept, as tuples that ``find_dates`` reads and never changes. Only
# lines and paragraphs are kept: whole issues are scanned once and would hold megabytes.
_REMEMBERED_UNITS = 512
_REMEMBERED_TEXT_CHARS = 4096


def _units(text: str) -> tuple[_Unit, ...]:
    if len(text) > _REMEMBERED_TEXT_CHARS:
        return tuple(_scanned_units(text))
    return _remembered_units(text)


@lru_cache(maxsize=_REMEMBERED_UNITS)
def _remembered_units(text: str) -> tuple[_Unit, ...]:
    return tuple(_scanned_units(text))


# Days, months, years and clock times are nine tokens in ten. Their unit depends on the groups
# _token reads and on the match's span alone (a clock time also on whether a digit follows it), so
# each distinct reading is made by _token once and kept as a template; a token is then a copy of
# the template's dict with its span, and a day, month or year that joins the unit before it is
# merged without being made at all.
_TEMPLATED_GROUPS = {"T_day": ("d", "d_s", "d_r"), "T_month": ("m", "m_p", "m_r"), "T_year": ("y", "y2", "y_p", "y_r"),
                     "T_clock": ("t_pod", "t_h", "t_m", "t_m2", "t_m3", "t_m4", "t_u", "t_half", "t_q", "t_s",
                                 "t_r", "t_x")}
_READS_NEXT_CHARACTER = "T_clock"  # 9点20个: a clock time is no token before a digit
_TEMPLATES: dict[str, dict[tuple, tuple]] = {kind: {} for kind in _TEMPLATED_GROUPS}
_TEMPLATES_SIZE = 4096  # per kind: numerals, suffixes and parts; a few hundred in a day of issues
_NO_TOKEN = (None, None, None, None, None, False, None)


def _template(m: re.Match, kind: str, key: tuple) -> tuple:
    """The template of the unit ``_token(m)`` makes: (fields, lo, hi, merged items, range_start_only,
    mergeable), or ``_NO_TOKEN`` when _token makes none.

    A mergeable template takes the scan's short way: merged into the unit before it whenever the
    gap and the levels allow, and otherwise appended. That is what the general way does for a token
    that is no special, no lone part of day, no holiday, no half-week and no weekday. The merge sets
    the merged fields the token names, its range_start_only, joined_only False, its end and hi, and
    one more token; the rest of _merge leaves a unit as it was for a token with no weekend,
    impossibility, second, range end, lunar offset, following year, hour or clock tail. Any other
    token (all clock times) is read the general way, its merge made from the template's merged
    fields and ``_merge_effects`` (the seventh item) without making the token."""
    tok = _token(m)
    if tok is None:
        made = _NO_TOKEN
    else:
        fields = tok.__dict__
        mergeable = not (tok.special is not None or tok.joined_only or tok.holiday or tok.half_week is not None
                         or tok.weekday is not None or tok.weekend or tok.impossible or tok.second != 0
                         or tok.range_end_only or tok.lunar_offset != 0 or tok.following_year
                         or tok.hour is not None or tok.clock_tail or tok.tokens != 1)
        merged = tuple((name, fields[name]) for name in _MERGED_FIELDS if fields[name] is not None)
        made = (dict(fields), tok.lo, tok.hi, merged, tok.range_start_only, mergeable, _merge_effects(tok))
    kept = _TEMPLATES[kind]
    if len(kept) >= _TEMPLATES_SIZE:
        kept.clear()
    kept[key] = made
    return made


def _merge_effects(tok: _Unit) -> dict[str, object]:
    """What ``_merge(unit, tok)`` sets besides tok's merged fields, its end and one more token, for
    any unit: each of its other statements either sets a value read off tok alone, or leaves the
    unit's value as it was (``x |= False``, ``tok.second or x`` with no second; a falsy
    range_end_only is False)."""
    effects: dict[str, object] = {"range_start_only": tok.range_start_only, "joined_only": False, "hi": tok.hi}
    for name in ("weekend", "impossible", "range_end_only", "following_year", "clock_tail"):
        if getattr(tok, name):
            effects[name] = True
    for name in ("second", "lunar_offset"):
        if getattr(tok, name):
            effects[name] = getattr(tok, name)
    if tok.hour is not None:
        effects["clock_cn"] = tok.clock_cn
    return effects


def _scanned_units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    templated, templates = _TEMPLATED_GROUPS, _TEMPLATES
    for m in _scan(text):
        kind = m.lastgroup
        names = templated.get(kind)
        if names is not None:
            key = m.group(*names)
            if kind == _READS_NEXT_CHARACTER:
                key += (text[m.end():m.end() + 1].isdigit(),)
            tpl = templates[kind].get(key)
            if tpl is None:
                tpl = _template(m, kind, key)
            fields = tpl[0]
            if fields is None:
                continue
            start = m.start()
            if tpl[5]:
                if units:
                    prev = units[-1]
                    if start > prev.end and text[prev.end] in L.CLOSE_PARENS:
                        _dated_relative_day(units, text)  # 昨(5日)晚起: the date before this token is whole now
                        prev = units[-1]
                    if prev.special is None:
                        gap = text[prev.end:start]
                        if (not gap or (len(gap) == 1 and gap.isspace())) and tpl[1] in _FOLLOWS[prev.hi]:
                            into = prev.__dict__
                            into.update(tpl[3])
                            into["range_start_only"] = tpl[4]
                            into["joined_only"] = False
                            into["end"] = m.end()
                            into["hi"] = tpl[2]
                            into["tokens"] += 1
                            continue
                values = fields.copy()
                values["start"], values["end"] = start, m.end()
                made = _new_object(_Unit)
                made.__dict__ = values
                units.append(made)
                continue
            # Any other template (a clock time, nine in ten of them after its day): the general
            # way's first steps read off the template, and a merge made as _merge makes it.
            end = m.end()
            if units:
                prev = units[-1]
                if start > prev.end and text[prev.end] in L.CLOSE_PARENS:
                    _dated_relative_day(units, text)  # 昨(5日)晚起: the date before this token is whole now
                    prev = units[-1]
                if fields["special"] is None and prev.special is None:
                    gap = text[prev.end:start]
                    if (not gap or (len(gap) == 1 and gap.isspace()) or (gap == L.OF and (fields["joined_only"] or (
                            fields["holiday"] and prev.hi == 0 and prev.month is None)))) \
                            and tpl[1] in _FOLLOWS[prev.hi]:
                        into = prev.__dict__
                        into.update(tpl[3])
                        into.update(tpl[6])
                        into["end"] = end
                        into["tokens"] += 1
                        continue
            values = fields.copy()
            values["start"], values["end"] = start, end
            tok = _new_object(_Unit)
            tok.__dict__ = values
        else:
            tok = _token(m)
            if tok is None:
                continue
            if units and m.start() > units[-1].end and text[units[-1].end] in L.CLOSE_PARENS:
                _dated_relative_day(units, text)  # 昨(5日)晚起: the date before this token is whole now
        if units and tok.special is None and units[-1].special is None:
            prev = units[-1]
            gap = text[prev.end:tok.start]
            # 的 joins what cannot stand alone (2021年的前10天) and a holiday to its year (2022年的冬至)
            of_year = gap == L.OF and (tok.joined_only or (tok.holiday and prev.hi == 0 and prev.month is None))
            if (not gap or (len(gap) == 1 and gap.isspace()) or of_year) \
                    and tok.lo in _FOLLOWS[prev.hi]:
                _merge(prev, tok)
                continue
            if gap in ("", L.OF) and tok.half_week is not None and prev.week_rel is not None and prev.tokens == 1 \
                    and prev.weekday is None and not prev.weekend and prev.half_week is None:
                # 下周前半周, 本周的后半周: that week's half
                prev.half_week, prev.end, prev.hi, prev.tokens = tok.half_week, tok.end, tok.hi, 2
                continue
            if not gap and prev.tokens == 1 and prev.week_rel is not None and prev.weekday is None \
                    and not prev.weekend and tok.weekday is not None and tok.week_rel is None and tok.tokens == 1:
                # 下周周六, 上周星期三: the week, then its day
                prev.weekday, prev.end, prev.tokens = tok.weekday, tok.end, 2
                continue
            if _is_weekday_note(prev, tok, gap, text):
                # "12月5日(星期二)上午9时": the weekday only confirms the date; what follows it
                # still belongs to that date.
                prev.end = tok.end + (1 if gap and gap in L.OPEN_PARENS else 0)
                prev.tokens += 1
                continue
        units.append(tok)
    if units and units[-1].end < len(text) and text[units[-1].end] in L.CLOSE_PARENS:
        _dated_relative_day(units, text)
    if L.WHOLE_DAY_TAIL in text:  # (a unit can take it only where the text holds it)
        for unit in units:
            if unit.hi == 4 and unit.special is None and text.startswith(L.WHOLE_DAY_TAIL, unit.end) \
                    and not text.startswith(_NOT_WHOLE_DAY, unit.end):
                unit.pod, unit.hi, unit.end = L.WHOLE_DAY_TAIL, 5, unit.end + len(L.WHOLE_DAY_TAIL)
    return units


# 全天 is read as a tail of the day before it ("12月5日全天"), not as a token of its own: 全 starts a
# hundred other words (全市, 全面), and the scan would stop at each. Alone it counts only said now
# (base_is_now), found then by this pattern.
_NOT_WHOLE_DAY = tuple(L.WHOLE_DAY_TAIL + ch for ch in L.NOT_AFTER_WHOLE_DAY)  # 全天候, 全天然
_WHOLE_DAY_RE = re.compile(rf"{L.WHOLE_DAY_TAIL}(?![{L.NOT_AFTER_WHOLE_DAY}])")


def _with_lone_whole_days(text: str, units: tuple[_Unit, ...]) -> tuple[_Unit, ...] | list[_Unit]:
    """The units, with each 全天 no unit took as its tail as a unit of its own (said now only)."""
    lone = [_unit(m.start(), m.end(), 5, 5, pod=L.WHOLE_DAY_TAIL, joined_only=True)
            for m in _WHOLE_DAY_RE.finditer(text)
            if not any(u.start <= m.start() < u.end for u in units)]
    return sorted([*units, *lone], key=lambda u: u.start) if lone else units


def _dated_relative_day(units: list[_Unit], text: str) -> None:
    """今天（6日）, 昨(5日), 明天（12月7日）: a date in brackets right after a relative day word names
    that day. Once the date's unit is whole, it takes the word (dropping the word's own unit) and the
    closing bracket, so that what follows (晚, 上午9时, 起) joins it."""
    u = units[-1]
    if u.special is not None or u.day is None or u.hi != 4 or u.start < 2 or u.end >= len(text) \
            or text[u.start - 1] not in L.OPEN_PARENS or text[u.end] not in L.CLOSE_PARENS:
        return
    word = next((w for w in L.RELATIVE_DAY_BEFORE_NOTE if text.endswith(w, 0, u.start - 1)), None)
    if word is None:
        return
    start = u.start - 1 - len(word)
    if len(units) > 1 and units[-2].end > start:
        said = units[-2]
        if said.start != start or said.tokens != 1 or said.day_rel is None:
            return
        del units[-2]  # 今天 read as a unit of its own: the date says which day it is
    u.start, u.end = start, u.end + 1


def _is_weekday_note(prev: _Unit, tok: _Unit, gap: str, text: str) -> bool:
    # A day named, or the day after one (次日(星期四)早8时: the next day, still to take its clock).
    if (prev.day is None and prev.anchor_day is None) or prev.hi != 4 or tok.weekday is None \
            or tok.week_rel is not None:
        return False
    if tok.tokens != 1 or tok.hi != 4:
        return False
    if gap and gap in L.OPEN_PARENS:
        return tok.end < len(text) and text[tok.end] in L.CLOSE_PARENS
    if gap in tuple(C.COMMAS):
        # "10月12号，星期四，…": the weekday set off by commas still only confirms the date; not
        # when it starts a range of its own ("5月6日，周一至周五…").
        return tok.end == len(text) or text[tok.end] in L.WEEKDAY_NOTE_AFTER
    return gap in ("", " ", "\u3000")


# --------------------------------------------------------------------------------------------
# Resolution


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# Midnights made once and looked up: datetime() parses its arguments (~1,600 instructions, ~2,400
# with a date's three fields read), a dict lookup by the date or by (year, month, day) costs a fifth
# to a half of that, and resolving makes two to four for each unit. Only days that exist are kept:
# asking for another calls datetime(), which raises as before. A datetime never changes, so one
# object serves every interval that starts or ends at that midnight.
_MIDNIGHT_OF_DATE: dict[date, datetime] = {}
_MIDNIGHT_OF_YMD: dict[tuple[int, int, int], datetime] = {}
_MIDNIGHTS_SIZE = 4096  # each: the days and months a day of issues resolves to


def _new_midnight_of_date(d: date) -> datetime:
    made = datetime(d.year, d.month, d.day)
    if len(_MIDNIGHT_OF_DATE) >= _MIDNIGHTS_SIZE:
        _MIDNIGHT_OF_DATE.clear()
    _MIDNIGHT_OF_DATE[d] = made
    return made


def _new_midnight_of_ymd(year: int, month: int, day: int) -> datetime:
    made = datetime(year, month, day)
    if len(_MIDNIGHT_OF_YMD) >= _MIDNIGHTS_SIZE:
        _MIDNIGHT_OF_YMD.clear()
    _MIDNIGHT_OF_YMD[year, month, day] = made
    return made


def _month_start(year: int, month: int) -> datetime:
    return _MIDNIGHT_OF_YMD.get((year, month, 1)) or _new_midnight_of_ymd(year, month, 1)


def _day_dt(d: date) -> datetime:
    return _MIDNIGHT_OF_DATE.get(d) or _new_midnight_of_date(d)


Interval = tuple[datetime, datetime, str]


def _distance(iv: Interval, base: datetime) -> timedelta:
    start, end, _ = iv
    if base < start:
        return start - base
    if base >= end:
        return base - end
    return timedelta(0)


def _choose(candidates: list[Interval], base: datetime, prefer: str) -> Interval | None:
    if not candidates:
        return None
    if prefer == "past":
        past = [iv for iv in candidates if iv[0] <= base]
        if past:
            return max(past, key=lambda iv: iv[0])
    elif prefer == "future":
        future = [iv for iv in candidates if iv[1] > base]
        if future:
            return min(future, key=lambda iv: iv[0])
    elif prefer == "ahead":
        return min(candidates, key=lambda iv: (_distance(iv, base) * (AHEAD_PAST_WEIGHT if iv[1] <= base else 1),
                                               iv[0] <= base))
    # min() by (distance from the base, whether it starts after it), the first of equals; as a loop
    # (the key as a lambda cost a call from C for each of the usual three candidates)
    best, best_key = None, None
    for iv in candidates:
        start, end = iv[0], iv[1]
        key = (start - base if base < start else base - end if base >= end else _NO_TIME, start > base)
        if best_key is None or key < best_key:
            best, best_key = iv, key
    return best


_NO_TIME = timedelta(0)


def _two_digit_year(yy: int, base: datetime) -> int:
    year = 2000 + yy
    return year if year <= base.year + 20 else year - 100


def _clock(u: _Unit, day: date) -> Interval | None:
    """The unit's part of the day or clock time on ``day``."""
    return _clock_at(u, _MIDNIGHT_OF_DATE.get(day) or _new_midnight_of_date(day))


# Made once: a timedelta built from keywords costs about as much as the addition it serves.
_ONE_DAY, _ONE_HOUR, _ONE_MINUTE = timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)


# A clock time's offset from midnight, ``timedelta(0, seconds)``, made once for each number of
# seconds: timedelta() parses its arguments (~2,000 instructions, more than the addition it serves),
# and a page names the same few dozen times of day. A timedelta never changes, so one object serves
# every addition.
_offset = lru_cache(maxsize=_MIDNIGHTS_SIZE)(partial(timedelta, 0))


def _clock_at(u: _Unit, midnight: datetime) -> Interval | None:
    """The unit's part of the day or clock time on the day starting at ``midnight``."""
    if u.hour is None:
        if u.pod is None:
            return midnight, midnight + _ONE_DAY, "day"
        if u.pod == L.WHOLE_DAY_TAIL:
            return midnight, midnight + _ONE_DAY, "day"
        first, last, _ = L.PARTS_OF_DAY.get(u.pod) or L.CLOCK_PREFIXES[u.pod]
        return midnight + _offset(first * 3600), midnight + _offset(last * 3600), "part_of_day"
    hour, minute = u.hour, u.minute
    if hour > 24 or (minute is not None and minute > 59) or (hour == 24 and minute):
        return None
    if u.pod is not None:
        first, _, afternoon = L.PARTS_OF_DAY.get(u.pod) or L.CLOCK_PREFIXES[u.pod]
        small_hours = first >= 20 and hour < 6  # 深夜2点, 半夜1点: after midnight
        midnight_twelve = hour == 12 and u.pod not in L.NOON_PARTS
        if afternoon and not small_hours and (hour < 12 or midnight_twelve):
            hour += 12  # 晚上12点 is midnight, 下午12点 noon
        elif u.pod == L.MIDDAY_PART and hour < 6:
            hour += 12
        elif u.pod == L.SMALL_HOURS_PART and hour == 12:
            hour = 0
    start = midnight + _offset(hour * 3600 + (minute or 0) * 60 + u.second)
    if hour == 24 and u.second:
        return None
    if minute is not None and minute != 0 or (u.minute == 0 and u.clock_unit is None):
        return start, start + _ONE_MINUTE, "minute"
    return start, start + _ONE_HOUR, "hour"


def _calendar(u: _Unit, year: int, month: int | None) -> Interval | None:
    """The unit's interval in a known year (and month, when the unit names one)."""
    try:
        if u.nth_day is not None and u.day is None:
            day = date(year, month or 1, 1) + timedelta(days=u.nth_day - 1)
            if (day.month != month if month else day.year != year):
                return None  # 2月第30天: past the period's end
            return _clock(u, day)
        if u.day is not None:
            if month is None:
                return None
            # ValueError as date() raises it
            return _clock_at(u, _MIDNIGHT_OF_YMD.get((year, month, u.day)) or _new_midnight_of_ymd(year, month, u.day))
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            part = L.XUN.get(u.xun) if u.xun else L.MONTH_PARTS.get(u.month_part) if u.month_part else None
            if part:
                first_day, last_day_ = part[0], min(part[1], last)
                return (datetime(year, month, first_day),
                        _day_dt(date(year, month, last_day_)) + timedelta(days=1), "xun")
            nxt = _add_months(year, month, 1)
            return _month_start(year, month), _month_start(*nxt), "month"
        if u.half:
            first = 1 if u.half == 1 else 7
            return (_month_start(year, first), _month_start(*_add_months(year, first, 6)), "half")
        if u.quarter:
            first = (u.quarter - 1) * 3 + 1
            if not 1 <= u.quarter <= 4:
                return None
            if u.quarter_part:
                month = first if u.quarter_part == L.EARLY_PART else first + 2
                return _month_start(year, month), _month_start(*_add_months(year, month, 1)), "month"
            return (_month_start(year, first), _month_start(*_add_months(year, first, 3)),
                    "quarter")
        if u.lead_quarters is not None:
            if not 1 <= u.lead_quarters <= 3:
                return None
            return (_month_start(year, 1), _month_start(*_add_months(year, 1, 3 * u.lead_quarters)),
                    "quarter")
        if u.year_months is not None:
            first, count = u.year_months
            return (_month_start(year, first), _month_start(*_add_months(year, first, count)),
                    "season")
        if u.lead_months is not None:
            if not 1 <= u.lead_months <= 12:
                return None
            return (_month_start(year, 1), _month_start(*_add_months(year, 1, u.lead_months)),
                    "month")
        if u.year_part:
            first, last = L.YEAR_PARTS[u.year_part]
            return (_month_start(year, first), _month_start(*_add_months(year, last, 1)), "month")
        return datetime(year, 1, 1), datetime(year + 1, 1, 1), "year"
    except ValueError:
        return None


def _festival_day(word: str, year: int) -> date | None:
    """The day a movable festival falls on in a Gregorian year, or None outside the tables."""
    if word in L.NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth = L.NTH_WEEKDAY_HOLIDAYS[word]
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)
    if word in L.SOLAR_TERMS:
        if not 2001 <= year <= 2099:
            return None
        month, constant = L.SOLAR_TERMS[word]
        yy = year % 100
        leap_days = (yy - 1) // 4 if month <= 2 else yy // 4
        return date(year, month, int(yy * 0.2422 + constant) - leap_days
                    + L.SOLAR_TERM_SHIFTS.get((word, year), 0))
    if word in L.QINGMING_WORDS:
        if not 2000 <= year <= 2099:
            return None
        yy = year % 100
        return date(year, 4, int(yy * 0.2422 + 4.81) - yy // 4)
    table, offset = L.LUNAR_HOLIDAYS[word]
    if year not in table:
        return None
    return date(year, *table[year]) + timedelta(days=offset)


def _festival(u: _Unit, base: datetime, prefer: str, anchor) -> Interval | None:
    if u.year is not None or u.year2 is not None or u.year_rel is not None:
        year = u.year if u.year is not None else (
            _two_digit_year(u.year2, base) if u.year2 is not None else base.year + u.year_rel)
        years = [year]
    elif anchor is not None and anchor[0]:
        years = [anchor[0], anchor[0] + 1]
    else:
        years = [base.year - 1, base.year, base.year + 1]
    cands = []
    for year in years:
        day = _festival_day(u.lunar, year)
        iv = _clock(u, day + timedelta(days=u.lunar_offset)) if day else None
        if iv and anchor is not None and anchor[0]:
            return iv
        if iv:
            cands.append(iv)
    return _choose(cands, base, prefer)



def _season_interval(season: tuple[int, int, int], today: date) -> Interval:
    """今冬, 明春, 今冬明春: meteorological seasons counted from the current season year (in January
    and February this winter began the December before)."""
    first_month, offset, count = season
    winter_year = today.year - 1 if today.month <= 2 else today.year
    if first_month == 12:
        year = winter_year + offset
    elif offset > 0:
        year = winter_year + offset  # 明春 in a January issue is the coming spring
    else:
        year = today.year + offset
    start = _month_start(year, first_month)
    return start, _month_start(*_add_months(year, first_month, 3 * count)), "season"


def _break_days(key: str, year: int) -> tuple[date, date] | None:
    """The first and last day of an official holiday break: the published schedule when the table
    has the year, else the rule it has followed."""
    published = H.BREAKS.get(key, {}).get(year)
    if published:
        def day(mmdd: str) -> date:
            back = mmdd.startswith("-")
            mmdd = mmdd.lstrip("-")
            return date(year - 1 if back else year, int(mmdd[:2]), int(mmdd[2:]))
        return day(published[0]), day(published[1])
    rules = H.DERIVED_RULE_BEFORE_2020 if year < 2020 and key in H.DERIVED_RULE_BEFORE_2020 else H.DERIVED_RULE
    anchor, before, length = rules[key]
    if anchor == "lunar":
        if year not in L.SPRING_FESTIVAL:
            return None
        first = date(year, *L.SPRING_FESTIVAL[year]) - timedelta(days=before)
    else:
        first = date(year, int(anchor[:2]), int(anchor[2:])) - timedelta(days=before)
    return first, first + timedelta(days=length - 1)


def _holiday_break(u: _Unit, base: datetime, prefer: str, anchor) -> Interval | None:
    if u.year is not None or u.year2 is not None or u.year_rel is not None:
        year = u.year if u.year is not None else (
            _two_digit_year(u.year2, base) if u.year2 is not None else base.year + u.year_rel)
        years = [year]
    elif anchor is not None and anchor[0]:
        years = [anchor[0]]
    else:
        years = [base.year - 1, base.year, base.year + 1]
    cands = []
    for year in years:
        days = _break_days(u.holiday_period, year)
        if days:
            cands.append((_day_dt(days[0]), _day_dt(days[1]) + timedelta(days=1), "day"))
    return _choose(cands, base, prefer)



def _nth_week_interval(u: _Unit, base: datetime, prefer: str, anchor) -> Interval | None:
    """The n-th week (Monday to Sunday) from the first Monday of the month or year named, or the
    n-th given weekday of the month."""
    if u.month is None and u.month_rel is None and not _names_year(u):
        return None
    period = _resolve(_replaced(u, nth_week=None, weekday=None), base, prefer, anchor=anchor)
    if period is None:
        return None
    start = period[0].date()
    if u.weekday is not None and u.nth_week == -1 and (u.month is not None or u.month_rel is not None):
        last = period[1].date() - timedelta(days=1)  # 4月最后一个星期一: counted back from the month's end
        day = last - timedelta(days=(last.weekday() - u.weekday) % 7)
        return _clock(u, day)
    if u.nth_week < 1:
        return None
    if u.weekday is not None and (u.month is not None or u.month_rel is not None):
        first = start + timedelta(days=(u.weekday - start.weekday()) % 7)
        day = first + timedelta(weeks=u.nth_week - 1)
        return _clock(u, day) if day.month == start.month else None
    monday = start + timedelta(days=(0 - start.weekday()) % 7) + timedelta(weeks=u.nth_week - 1)
    if _day_dt(monday) >= period[1]:
        return None
    if u.weekday is not None:
        day = monday + timedelta(days=u.weekday)
        return _day_dt(day), _day_dt(day) + timedelta(days=1), "day"
    return _day_dt(monday), _day_dt(monday) + timedelta(days=7), "week"


def _lunar_month_start(year: int, month: int, leap: bool) -> tuple[date, int] | None:
    """The first day and length of a lunar month, from the shipped table."""
    row = LUNAR.LUNAR_YEARS.get(year)
    if row is None:
        return None
    (m0, d0), leap_month, bits = row
    if leap and leap_month != month:
        return None
    index = month - 1 + (1 if leap_month and (month > leap_month or (leap and month == leap_month)) else 0)
    day = date(year, m0, d0)
    for bit in bits[:index]:
        day += timedelta(days=30 if bit == "1" else 29)
    return day, 30 if bits[index] == "1" else 29


def _lunar_interval(u: _Unit, base: datetime, prefer: str, anchor) -> Interval | None:
    month, leap, day = u.lunar_date
    if u.year is not None or u.year2 is not None or u.year_rel is not None:
        years = [u.year if u.year is not None else (
            _two_digit_year(u.year2, base) if u.year2 is not None else base.year + u.year_rel)]
    elif anchor is not None and anchor[0]:
        years = [anchor[0]]
    else:
        years = [base.year - 1, base.year, base.year + 1]
    cands = []
    for year in years:
        found = _lunar_month_start(year, month, leap)
        if found is None:
            continue
        first, length = found
        if day is None:
            cands.append((_day_dt(first), _day_dt(first) + timedelta(days=length), "month"))
        elif day <= length:
            iv = _clock(u, first + timedelta(days=day - 1))
            if iv:
                cands.append(iv)
    return _choose(cands, base, prefer)


def _lead_n_interval(u: _Unit, base: datetime, prefer: str, anchor) -> Interval | None:
    """The first or last n days, weeks (Monday to Sunday, whole weeks inside the period) or months
    of the period the unit names."""
    which, n, unit = u.lead_n
    if unit == "year":
        return None  # 前两年 only stands alone (_window_from_base)
    period = _resolve(_replaced(u, lead_n=None), base, prefer, anchor=anchor)
    if period is None or period[2] not in ("year", "half", "quarter", "month", "season"):
        return None
    first, end = period[0].date(), period[1].date()
    if unit == "month":
        months = (end.year - first.year) * 12 + end.month - first.month
        if n > months:
            return None
        y, mo = _add_months(end.year, end.month, -n) if which == "last" else (first.year, first.month)
        start = date(y, mo, 1)
        y2, m2 = _add_months(start.year, start.month, n)
        return _day_dt(start), _day_dt(date(y2, m2, 1)), "month"
    if unit == "week":
        if which == "first":
            start = first + timedelta(days=(0 - first.weekday()) % 7)
            stop = start + timedelta(weeks=n)
        else:
            stop = end - timedelta(days=end.weekday())  # the Monday on or before the period's end
            start = stop - timedelta(weeks=n)
        if start < first or stop > end:
            return None
        return _day_dt(start), _day_dt(stop), "week"
    if n > (end - first).days:
        return None
    if which == "first":
        return _day_dt(first), _day_dt(first + timedelta(days=n)), "day"
    return _day_dt(end - timedelta(days=n)), _day_dt(end), "day"

# The fields that name a calendar period (any of them set: the unit is more than a clock time).
_CALENDAR_FIELDS = ("lunar", "lunar_date", "season", "holiday_period", "decade", "nth_week", "lead_n",
                    "year", "year2", "year_rel", "month", "month_rel", "day", "half", "quarter",
                    "lead_quarters", "lead_months", "year_months", "nth_day", "year_part", "xun", "month_part")
_calendar_values = itemgetter(*_CALENDAR_FIELDS)
_NO_CALENDAR = (None,) * len(_CALENDAR_FIELDS)


def _has_calendar(u: _Unit) -> bool:
    # Asked ~3 times for every unit a text keeps: the commonest fields first, then all of them in one
    # call in C (a chain of 22 tests cost ~60 steps of Python for a clock time, which sets none).
    return u.month is not None or u.day is not None or u.year is not None or \
        _calendar_values(u.__dict__) != _NO_CALENDAR


def _resolve(u: _Unit, base: datetime, prefer: str, after: Interval | None = None,
             anchor: tuple[int, int | None, date | None] | None = None) -> Interval | None:
    """Resolve one unit. ``anchor`` (year, month, day) and ``after`` come from a range's start."""
    try:
        if u.weekend or _special_resolve_values(u.__dict__) != _NO_SPECIAL_RESOLVE:
            return _resolve_special(u, base, prefer, after, anchor)
        return _resolve_calendar(u, base, prefer, after, anchor)
    except (ValueError, OverflowError):  # a date past year 1 or 9999, however reached
        return None


# The fields whose branches are tried before the calendar's (with a weekend): most units (a month, a
# day, a year, a clock time) set none of them, which one call in C tells; they then go straight to
# _resolve_calendar, whose branches are the last ones tried.
_SPECIAL_RESOLVE_FIELDS = ("nth_day", "year_rel_last", "season", "half_rel", "decade", "nth_week", "lead_n",
                           "holiday_period", "anchor_day", "day_rel", "week_rel", "weekday", "lunar_date", "lunar",
                           "quarter_rel")
_special_resolve_values = itemgetter(*_SPECIAL_RESOLVE_FIELDS)
_NO_SPECIAL_RESOLVE = (None,) * len(_SPECIAL_RESOLVE_FIELDS)


def _resolve_special(u: _Unit, base: datetime, prefer: str, after: Interval | None,
                     anchor: tuple[int, int | None, date | None] | None) -> Interval | None:
    """A unit setting one of _SPECIAL_RESOLVE_FIELDS or a weekend: their branches in order, then the
    calendar's."""
    today = base.date()
    if u.nth_day is not None and not (_names_year(u) or u.month is not None or u.month_rel is not None):
        return None  # 第三天上午: the third day of something named elsewhere
    if u.year_rel_last is not None and u.month is None:
        return (datetime(today.year + u.year_rel, 1, 1), datetime(today.year + u.year_rel_last + 1, 1, 1),
                "year")
    if u.season is not None:
        return _season_interval(u.season, today)
    if u.half_rel is not None:
        index = today.year * 2 + (today.month - 1) // 6 + u.half_rel
        return (datetime(index // 2, index % 2 * 6 + 1, 1),
                datetime((index + 1) // 2, (index + 1) % 2 * 6 + 1, 1), "half")
    if u.decade is not None:
        first, span, lo, hi = u.decade
        if first < 0:  # no century named: the latest such decade that has begun
            first = 2000 - first if 2000 - first <= today.year else 1900 - first
        return datetime(first + lo, 1, 1), datetime(first + hi, 1, 1), "year"
    if u.nth_week is not None:
        return _nth_week_interval(u, base, prefer, anchor)
    if u.lead_n is not None:
        return _lead_n_interval(u, base, prefer, anchor)
    if u.holiday_period is not None:
        return _holiday_break(u, base, prefer, anchor)
    if u.anchor_day is not None:
        if anchor is None or anchor[2] is None:
            return None  # 次日 of nothing named
        return _clock(u, anchor[2] + timedelta(days=u.anchor_day))
    if u.day_rel is not None:
        if u.day_rel_last is not None:
            return (_day_dt(today) + timedelta(days=u.day_rel),
                    _day_dt(today) + timedelta(days=u.day_rel_last + 1), "day")
        return _clock(u, today + timedelta(days=u.day_rel))
    if u.week_rel is not None or u.weekday is not None or u.weekend:
        monday = today - timedelta(days=today.weekday())
        if u.week_rel is not None:
            monday += timedelta(weeks=u.week_rel)
            if u.half_week is not None:
                first, after_last = L.HALF_WEEK_DAYS[u.half_week]
                return _day_dt(monday) + timedelta(days=first), _day_dt(monday) + timedelta(days=after_last), "day"
            if u.weekend:
                return _day_dt(monday) + timedelta(days=5), _day_dt(monday) + timedelta(days=7), "day"
            if u.weekday is None:
                return _day_dt(monday), _day_dt(monday) + timedelta(days=7), "week"
            return _clock(u, monday + timedelta(days=u.weekday))
        if after is not None:
            start = after[0].date()
            delta = (u.weekday - start.weekday()) % 7
            return _clock(u, start + timedelta(days=delta))
        days = [today + timedelta(days=k) for k in range(-6, 7)
                if (today + timedelta(days=k)).weekday() == u.weekday]
        cands = [iv for iv in (_clock(u, d) for d in days) if iv]
        return _choose(cands, base, prefer)
    if u.lunar_date is not None:
        return _lunar_interval(u, base, prefer, anchor)
    if u.lunar is not None:
        return _festival(u, base, prefer, anchor)
    if u.quarter_rel is not None:
        q = (today.month - 1) // 3
        year, month = _add_months(today.year, q * 3 + 1, 3 * u.quarter_rel)
        if u.quarter_part:
            month = month if u.quarter_part == L.EARLY_PART else month + 2
            return _month_start(year, month), _month_start(*_add_months(year, month, 1)), "month"
        return _month_start(year, month), _month_start(*_add_months(year, month, 3)), "quarter"
    return _resolve_calendar(u, base, prefer, after, anchor)


def _resolve_calendar(u: _Unit, base: datetime, prefer: str, after: Interval | None,
                      anchor: tuple[int, int | None, date | None] | None) -> Interval | None:
    """The last branches of resolving: a clock time or part of day alone, or the calendar's fields."""
    today = base.date()
    if not _has_calendar(u):
        if u.hour is None and u.pod is None:
            return None
        day = anchor[2] if anchor and anchor[2] else today
        return _clock(u, day)

    # Year and month as far as the text gives them.
    if u.year is not None:
        year: int | None = u.year
    elif u.year2 is not None:
        year = _two_digit_year(u.year2, base)
    elif u.year_rel is not None:
        year = today.year + u.year_rel
    else:
        year = None
    month = u.month
    if u.month_rel is not None:
        year, month = _add_months(today.year, today.month, u.month_rel)
    if year is not None and not 1 <= year <= 9998:
        return None

    needs_month = u.day is not None or u.xun is not None or u.month_part is not None
    if year is not None and (month is not None or not needs_month):
        return _calendar(u, year, month)

    # Something is missing: try the neighbouring years or months and keep the best fit.
    if anchor is not None:
        a_year, a_month, _ = anchor
        if month is None and needs_month:
            pairs = [(a_year, a_month), _add_months(a_year, a_month, 1)] if a_month else []
        else:
            pairs = [(year if year is not None else a_year, month),
                     (a_year + 1, month)] if year is None else [(year, month)]
        for y, mo in pairs:
            iv = _calendar(u, y, mo)
            if iv and (after is None or iv[1] > after[0]):
                return iv
        return None
    if month is None and needs_month:
        if year is not None:
            return None
        if u.day is None:  # 月底, 上旬: this month
            return _calendar(u, today.year, today.month)
        pairs = [_add_months(today.year, today.month, k) for k in (-1, 0, 1)]
    elif u.year_part is not None and month is None:
        pairs = [(today.year, None)]
    else:
        if u.day is not None and prefer == "nearest" and 2 <= today.year <= 9997 \
                and not (u.lead_months or u.lead_quarters):
            # A year-less day (12月5日, the commonest unit): its interval is at most a day or two long,
            # so the base's year's interval is nearer than the year after's when it starts after the
            # base, nearer than the year before's when it ended before the base, and the only one
            # at distance 0 when it holds the base; the farther one cannot be _choose's first
            # minimum, and is not made. (The years named stay within 1..9998, where no interval of a
            # day overflows.)
            # Of the two, _choose keeps the nearer, the first on a tie (its key's second item, "starts
            # after the base", is False for the earlier and True for the later one): compared here
            # directly. The earlier one starts before the base (it lies in the year before the
            # base's), and the later one after it (in the year after).
            this = _calendar(u, today.year, month)
            if this is not None:
                if base < this[0]:
                    earlier = _calendar(u, today.year - 1, month)
                    if earlier is None:
                        return this
                    return this if this[0] - base < (base - earlier[1] if base >= earlier[1] else _NO_TIME) \
                        else earlier
                if base >= this[1]:
                    later = _calendar(u, today.year + 1, month)
                    if later is None:
                        return this
                    return later if later[0] - base < base - this[1] else this
                return this
        pairs = [(today.year - 1, month), (today.year, month), (today.year + 1, month)]
    cands = []
    for y, mo in pairs:
        iv = _calendar(u, y, mo)
        if iv:
            cands.append(iv)
    if (u.lead_months or u.lead_quarters) and prefer == "nearest":
        # "前三季度", "前11个月" are running totals: the latest that has already closed.
        closed = [iv for iv in cands if iv[1] <= base]
        if closed:
            return max(closed, key=lambda iv: iv[0])
    return _choose(cands, base, prefer)


def _anchor_of(u: _Unit, iv: Interval) -> tuple[int, int | None, date | None]:
    start = iv[0]
    has_month = u.month is not None or u.month_rel is not None or u.day is not None or \
        u.day_rel is not None or u.week_rel is not None or u.weekday is not None
    has_day = iv[2] in ("day", "part_of_day", "hour", "minute")
    return start.year, start.month if has_month or has_day else None, start.date() if has_day else None


def _add_workdays(day: date, count: int) -> date:
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if day.weekday() < 5:
            remaining -= 1
    return day


_MONTH_AND_HALF = "month_and_half"  # a count of months and half a month more (两个半月)


def _shift(day: date, unit: str, count: int) -> date:
    if unit == _MONTH_AND_HALF:  # whole months by the calendar, then the half month's 15 days
        return _shift(day, "month", count) + timedelta(days=15 if count >= 0 else -15)
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    if unit == "workday":
        return _add_workdays(day, count)
    months = count * {"year": 12, "quarter": 3}.get(unit, 1)
    y, m = _add_months(day.year, day.month, months)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


_CLOCK_UNITS = {"hour": (timedelta(hours=1), "hour"), "minute": (timedelta(minutes=1), "minute"),
                "quarter_hour": (timedelta(minutes=15), "minute"), "second": (timedelta(seconds=1), "second")}


_POINT_LENGTH = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}


def _duration(u: _Unit, base: datetime, prefer: str, now: bool = False) -> tuple[Kind, Interval] | None:
    """A span or point counted from the base. In a paper the base is a day and a span of days is
    whole days with it; said ``now`` (base_is_now), the span's edge at the base is that instant."""
    if u.count_low is not None and u.direction in ("after", "before"):
        # 三四天后: from the third day on to the end of the fourth (前: the fourth back to the third).
        near = _duration(_replaced(u, count_low=None, count=u.count_low), base, prefer, now)
        far = _duration(_replaced(u, count_low=None), base, prefer, now)
        if near is None or far is None:
            return None
        first, last = (near[1], far[1]) if u.direction == "after" else (far[1], near[1])
        return "range", (first[0], last[1], first[2])
    today = base.date()
    count, unit = u.count, u.count_unit
    if count is None or unit is None or not 1 <= count <= 999:
        return None
    if unit in _CLOCK_UNITS:
        # 未来72小时, 四十分钟内, 三刻钟后, 5个钟头前: counted from the base instant.
        step, grain = _CLOCK_UNITS[unit]
        delta = step * count
        try:
            if u.special == "back" or (u.direction == "within" and prefer == "past"):
                return "range", (base - delta, base, grain)
            if u.direction == "within":
                return "range", (base, base + delta, grain)
            at = base + delta if u.direction == "after" else base - delta
            return "point", (at, at + _POINT_LENGTH[grain], grain)
        except OverflowError:
            return None
    try:
        if u.special == "back" or (u.direction == "within" and prefer == "past"):
            if now:  # said now: the last three months end now and start three months back that day
                return "range", (_day_dt(_shift(today, unit, -count)), base, "day")
            return "range", (_day_dt(_shift(today, unit, -count)) + timedelta(days=1),
                             _day_dt(today) + timedelta(days=1), "day")
        if u.direction == "within":
            return "range", (base if now else _day_dt(today),
                             _day_dt(_shift(today, unit, count)) + timedelta(days=1), "day")
        sign = 1 if u.direction == "after" else -1
        day = _shift(today, unit, sign * count)
    except (ValueError, OverflowError):
        return None
    if unit == "year":
        return "point", (datetime(day.year, 1, 1), datetime(day.year + 1, 1, 1), "year")
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return "point", (_month_start(day.year, first), _month_start(*_add_months(day.year, first, 3)), "quarter")
    if unit == "month":
        return "point", (_month_start(day.year, day.month),
                         _month_start(*_add_months(day.year, day.month, 1)), "month")
    return "point", (_day_dt(day), _day_dt(day) + timedelta(days=1), "day")


# --------------------------------------------------------------------------------------------
# Impossible dates


def _days_in(year: int | None, month: int) -> int:
    """Days in a month; with no year known, February may have its 29th."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return calendar.mdays[month]


_DAYS_IN_EVERY_MONTH = min(calendar.mdays[1:])  # February's 28, in a common year


def _days_in_month_of(u: _Unit, base: datetime) -> int:
    """Days of the month a unit's day falls in: its month of its year (a two-digit or relative year,
    a relative month worked out from ``base``), February's 29 without a year, 31 without a month."""
    year, month = u.year, u.month
    if u.year2 is not None:
        year = _two_digit_year(u.year2, base)
    elif u.year_rel is not None:
        year = base.year + u.year_rel
    if u.month_rel is not None:
        year, month = _add_months(base.year, base.month, u.month_rel)
    return _days_in(year, month) if month is not None else 31


def _impossible(u: _Unit, base: datetime) -> bool:
    """A date or clock time no calendar has: 13月, 2023年2月29日, 4月31日, 25时, 8时75分, 24时30分."""
    if u.month is not None and not 1 <= u.month <= 12:
        return True
    day = u.day
    # Every month has a 28th: only a day outside 1..28 needs its month and year worked out (most
    # days are inside, and a two-digit or relative year, or a relative month, costs more than the test).
    if day is not None and not 1 <= day <= _DAYS_IN_EVERY_MONTH and not 1 <= day <= _days_in_month_of(u, base):
        return True
    if u.hour is not None:
        minute = u.minute or 0
        if u.hour > 24 or minute > 59 or u.second > 59 or (u.hour == 24 and (minute or u.second)):
            return True
    return False


def _end_impossible(v: _Unit, u: _Unit, start: datetime) -> bool:
    """A range's end that takes its month or year from the start names a day that month lacks.

    "2月28日至30日" ends in February (a later day of the start's month), "1月30日至2日" in
    February (an earlier one), "2023年2月1日至2月29日" in 2023: none of them may slide to a
    later month or year where the day exists.
    """
    if v.day is None or u.month is None or _names_year(v) or v.month_rel is not None:
        return False
    if v.month is None:
        if v.day >= start.day:
            year, month = start.year, start.month
        else:
            year, month = _add_months(start.year, start.month, 1)
    else:
        month = v.month
        year = start.year if (month, v.day) >= (start.month, start.day) else start.year + 1
    return v.day > _days_in(year, month)


def _start_impossible(u: _Unit, end: Interval) -> bool:
    """A range's start that takes its year from the end ("2月29日至2025年3月1日") lacks its day."""
    if u.day is None or u.month is None:
        return False
    end_start = end[0]
    year = end_start.year if (u.month, u.day) <= (end_start.month, end_start.day) else end_start.year - 1
    return u.day > _days_in(year, u.month)


# --------------------------------------------------------------------------------------------
# Assembling expressions


def _plausible(u: _Unit, text: str) -> bool:
    """Reject lone pieces that are usually not dates: '第10号', '一日三餐', '一点'."""
    if u.special == "vague":
        return not (text.startswith(L.THE_OTHER_DAY, u.start) and u.start and text[u.start - 1] in L.NOT_BEFORE_RIQIAN)
    if u.special is not None:
        return True
    if u.start and text[u.start - 1] in L.NUMERALS_BEFORE_LAI and text.startswith(L.NEXT_YEAR_LAI, u.start):
        return False  # 十来年前: ten-odd years ago, not "before next year"
    if u.tokens == 1 and u.joined_only:
        return _lone_window(u, text) or _counted_day(u, text)
    if u.tokens == 1:
        # A space stands for the edge of the text, so "in" tests never match an empty string.
        prev_char = text[u.start - 1] if u.start else " "
        next_char = text[u.end] if u.end < len(text) else " "
        if u.day is not None and u.month is None and not u.range_start_only:
            dateline_hao = u.day_suffix == L.HAO and prev_char in L.BARE_HAO_DAY_BEFORE and next_char in L.BARE_HAO_DAY_AFTER
            if (u.day_suffix != L.DAY_WORD and not dateline_hao) or u.day_cn or prev_char in L.NOT_BEFORE_BARE_DAY \
                    or next_char in L.NOT_AFTER_BARE_DAY:
                return False
        if u.year is not None and u.year_part is None:
            # A bare year with no month: keep plausible calendar years only ("有2000年历史").
            reign = text.startswith(tuple(L.REIGN_ERAS), u.start)  # 开元三年: years of a reign era
            if not (1900 <= u.year <= 2100 or reign) or text.startswith(L.HISTORY_WORD, u.end) or \
                    text.startswith(L.OF + L.HISTORY_WORD, u.end):
                return False
        if u.month is not None and not text[u.start].isascii() and u.month_part is None:
            if text[u.start] == L.ONE and next_char in L.NOT_AFTER_MONTH_ONE:
                return False
        if u.holiday and (next_char.isdigit() or text.startswith(L.ANNIVERSARY, u.end)):
            return False  # 国庆70周年 is an anniversary, not a day
        if prev_char in L.OPEN_QUOTES and next_char in L.CLOSE_QUOTES and u.year is None:
            return False  # a name in quotes: “四点半”课堂
        if u.weekday is not None and u.week_rel is None and prev_char == L.EVERY:
            return False
        if u.hour is not None and u.pod is None and u.clock_unit is not None:
            if u.clock_cn:
                if u.hour != 0 and not u.clock_tail and not (u.clock_unit == L.CLOCK_SHI and u.hour >= 3) \
                        and not text.startswith(L.CLOCK_OPEN_WORDS, u.end) and not text.endswith(L.CLOCK_CN_AFTER, 0, u.start):
                    return False
            if u.clock_unit == L.CLOCK_POINT and not u.clock_tail and "\u4e00" <= next_char <= "\u9fff" \
                    and next_char not in L.AFTER_CLOCK_POINT:
                return False
            if prev_char in L.NOT_BEFORE_CLOCK:
                return False
    return True


def _year_from_end(u: _Unit, end: Interval | None) -> Interval | None:
    """The start of a range in the year its end names, or the year before when it wraps."""
    if end is None:
        return None
    for year in (end[0].year, end[0].year - 1):
        iv = _calendar(u, year, u.month)
        if iv and iv[0] < _end_of(end):
            return iv
    return None


def _year_less_calendar(u: _Unit) -> bool:
    """A solar month or day with no year of its own and nothing relative (3月, 5日; not 下月, 周一)."""
    return (u.month is not None or u.day is not None) and not _names_year(u) and u.month_rel is None \
        and u.day_rel is None and u.week_rel is None and u.weekday is None and not u.holiday \
        and u.lunar is None and u.lunar_date is None and not u.following_year


def _nearest_span(start: datetime, stop: datetime, base: datetime) -> tuple[datetime, datetime]:
    """A year-less span that its start alone puts in the coming year, when the same span of the
    base's year holds the base or has just ended (in the base's month or the three before): "1至7月"
    read in August, "1—11月份" in December, "比1—9月份加快" in November are the months reported on,
    not next year's."""
    if start <= base or (stop - timedelta(microseconds=1)).year != start.year:
        return start, stop  # a span over New Year (11月至2月) is a season, left to its start
    try:
        s, e = start.replace(year=start.year - 1), stop.replace(year=stop.year - 1)
    except ValueError:  # 2月29日 in a year without it
        return start, stop
    recent = _month_start(*_add_months(base.year, base.month, -L.RECENT_SPAN_MONTHS))
    if s <= base and (e > base or e > recent):
        return s, e
    return start, stop


def _names_year(u: _Unit) -> bool:
    return u.year is not None or u.year2 is not None or u.year_rel is not None


def _takes_context_year(u: _Unit) -> bool:
    """A month, half, quarter or year part with no year of its own ("三季度", "3月份")."""
    if _names_year(u) or u.month_rel is not None or u.quarter_rel is not None:
        return False
    if u.day_rel is not None or u.week_rel is not None or u.weekday is not None:
        return False
    return u.month is not None or u.lunar is not None or any(v is not None for v in (
        u.half, u.quarter, u.lead_quarters, u.lead_months, u.year_months, u.year_part))


def _ends_with_any(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first of words (longest first) that text has just before pos."""
    if not text.endswith(words, 0, pos):  # one call in C: most positions have none
        return None
    for w in words:
        if text.startswith(w, pos - len(w)) and pos - len(w) >= 0:
            return w
    return None


def _starts_with_any(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first of words (longest first) that text has at pos."""
    if not text.startswith(words, pos):  # one call in C: most positions have none
        return None
    for w in words:
        if text.startswith(w, pos):
            return w
    return None


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


_SINCE_SUFFIXES = _longest_first(L.SINCE_SUFFIXES)
_AFTER_SUFFIXES = _longest_first(L.AFTER_SUFFIXES)
_UNTIL_SUFFIXES = _longest_first(L.UNTIL_SUFFIXES)
_UNTIL_PREFIXES = _longest_first(L.UNTIL_PREFIXES)
_SINCE_PREFIXES = _longest_first(L.SINCE_PREFIXES)
_TO_NOW = _longest_first(L.TO_NOW)
_ANY_SUFFIX = _TO_NOW + _SINCE_SUFFIXES + _UNTIL_SUFFIXES + _AFTER_SUFFIXES
_ANY_PREFIX = _UNTIL_PREFIXES + _SINCE_PREFIXES
_SUFFIX_STARTS = _ANY_SUFFIX + (" ", "\u3000")  # what _suffix_word can find anything after
_SUFFIX_FIRST_CHARS = frozenset(w[0] for w in _SUFFIX_STARTS)  # (where _suffix_word may find one)
_PREFIX_LAST_CHARS = frozenset(w[-1] for w in _ANY_PREFIX)  # (where _prefix_word may find one)
_CLOCK_GRAINS = ("hour", "minute")
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute")
_MARKS = _longest_first(L.RANGE_MARKS)
_SENTENCE_END_RE = re.compile(f"[{re.escape(L.SENTENCE_ENDS)}]")


def _suffix(text: str, pos: int, limit: int) -> tuple[str, str] | None:
    """The open-interval word right after an expression (ending by ``limit``), with its meaning."""
    found = _suffix_word(text, pos)
    return found if found and pos + len(found[0]) <= limit else None


def _suffix_word(text: str, pos: int) -> tuple[str, str] | None:
    if pos < len(text) and text[pos] in " \u3000":
        # "12:00 之前", "2018年 以后": a two-character word set off by a space (one character, as
        # 前 or 后, would begin the next word: "12:00 前往")
        found = _suffix_word(text, pos + 1)
        return (text[pos] + found[0], found[1]) if found and len(found[0]) >= 2 else None
    if not text.startswith(_ANY_SUFFIX, pos):  # one call in C: most dates have none of the words
        return None
    nxt = lambda w: text[pos + len(w)] if pos + len(w) < len(text) else " "  # noqa: E731
    w = _starts_with_any(text, pos, _TO_NOW)
    if w:
        return w, "to_now"
    w = _starts_with_any(text, pos, _SINCE_SUFFIXES)
    if w and not (w == L.SINCE_WORD and nxt(w) in L.NOT_SINCE_SUFFIX):
        return w, "since"
    w = _starts_with_any(text, pos, _UNTIL_SUFFIXES)
    if w and not (w in (L.BEFORE_WORD, L.UNTIL_WORD) and nxt(w) in L.NOT_BEFORE_SUFFIX):
        return w, "until"
    w = _starts_with_any(text, pos, _AFTER_SUFFIXES)
    if w and not (w == L.AFTER_WORD and nxt(w) in L.NOT_AFTER_SUFFIX):
        return w, "after"
    return None


def _prefix(text: str, pos: int, floor: int) -> tuple[str, str] | None:
    """The open-interval word right before an expression (starting at ``floor`` or later)."""
    found = _prefix_word(text, pos)
    return found if found and pos - len(found[0]) >= floor else None


def _prefix_word(text: str, pos: int) -> tuple[str, str] | None:
    if not text.endswith(_ANY_PREFIX, 0, pos):  # one call in C: most dates have none of the words
        return None
    w = _ends_with_any(text, pos, _UNTIL_PREFIXES)
    if w:
        before = text[pos - len(w) - 1] if pos - len(w) >= 1 else " "
        if w in L.REACH_WORDS and before in L.NOT_UNTIL_BEFORE:
            return None
        return w, "until"
    w = _ends_with_any(text, pos, _SINCE_PREFIXES)
    if w:
        return w, "since"
    return None


def _finer(a: str, b: str) -> str:
    return a if _GRAIN_ORDER.index(a) <= _GRAIN_ORDER.index(b) else b


def _daily_hours(scan: str, u: _Unit, v: _Unit, w: _Unit | None, first: Interval, second: Interval,
                 base: datetime, prefer: str) -> tuple[Interval, Interval] | None:
    """A span of days with its hours after it (11月13日至17日9:00-17:00, whose "9:00" the end day
    took): the start day at the opening hour and the end day's closing hour, or None."""
    if w is None or u.hour is not None or u.pod is not None or v.hour is None or not _has_calendar(v) \
            or w.special is not None or not _clock_only(w) or not _glued(scan, v, w):
        return None
    closing = _resolve(w, base, prefer, after=second, anchor=_anchor_of(v, second))
    if closing is None or _end_of(closing) <= second[0] or closing[0].date() != second[0].date():
        return None
    opening = first[0].replace(hour=second[0].hour, minute=second[0].minute, second=second[0].second)
    return (opening, first[1], second[2]), closing


def _end_of(iv: Interval) -> datetime:
    """Where an interval stops when it closes a range or an until: clock times are instants."""
    return iv[0] if iv[2] in _CLOCK_GRAINS else iv[1]


def _glued(scan: str, u: _Unit, v: _Unit) -> bool:
    """Whether a range mark ("至", "—", "起至") joins u to the unit v right after it, or 与/和 does
    with 之间 after v ("在2015年与2018年之间")."""
    # Most neighbours touch or stand a clause apart: a gap no joiner's match can span is told by
    # its length, before the two patterns are tried (each match must end exactly at v).
    if not _GLUE_WIDTH[0] <= v.start - u.end <= _GLUE_WIDTH[1]:
        return False
    glue = _GLUE_RE.match(scan, u.end)
    if glue is not None and glue.end() == v.start:
        return True
    between = _BETWEEN_RE.match(scan, u.end)
    return between is not None and between.end() == v.start and scan.startswith((L.BETWEEN_WORD, L.BETWEEN_SHORT), v.end)


_BETWEEN_RE = re.compile(rf"\s?[{L.BETWEEN_JOINERS}]\s?")


def _match_widths(*patterns: re.Pattern) -> tuple[int, int]:
    """The fewest and most characters any match of the patterns spans (:func:`patterns.match_widths`;
    an unbounded one gives UNBOUNDED_WIDTH, which no gap reaches)."""
    widths = [_patterns.match_widths(p) for p in patterns]
    return min(w[0] for w in widths), max(w[1] for w in widths)


_GLUE_WIDTH = _match_widths(_GLUE_RE, _BETWEEN_RE)
_WITHIN_SUFFIXES = _longest_first(L.WITHIN_SUFFIXES)
_PERIOD_GRAINS = ("year", "half", "season", "quarter", "month", "xun", "week")
_RECUR_GAP_RE = re.compile(_RULE_GAP)


def _lasted(since: TimeExpression | None, u: _Unit, scan: str) -> tuple[datetime, datetime] | None:
    """The span a "since" day starts and a length after it in its sentence closes, counted with that
    day (为期3天 from the 5th: the 5th to the 7th); None unless the expression before is such a since."""
    if since is None or since.kind != "since" or since.start is None or since.granularity not in _DAY_GRAINS \
            or u.start - since.end_char > L.LASTING_REACH or _SENTENCE_END_RE.search(scan, since.end_char, u.start):
        return None
    first = since.start.date()
    try:  # N workdays counted with the first day: the N-th workday from the day before, then its end
        last = _shift(first - timedelta(days=1), "workday", u.count) + timedelta(days=1) \
            if u.count_unit == "workday" else _shift(first, u.count_unit, u.count)
    except (OverflowError, ValueError):
        return None
    return since.start, _day_dt(last)


_SINCE_UNTIL_GAP = re.compile(L.SINCE_UNTIL_GAP_RE)


def _closes_since(last: TimeExpression | None, scan: str, at: int, first: Interval) -> bool:
    """Whether an "until" starting at ``at`` closes the "since" just before it: right after it, or
    across a comma (自12月5日起，预计至12月31日止), and ending after it starts."""
    if last is None or last.kind != "since" or last.start is None or not last.start < _end_of(first):
        return False
    return last.end_char == at or _SINCE_UNTIL_GAP.fullmatch(scan, last.end_char, at) is not None


def _one_day_named(out: list[TimeExpression], scan: str, at: int) -> bool:
    """Whether the last expression before ``at`` is one day (or a time of it) named in the same
    sentence, which a bare clock time after it belongs to."""
    named = out[-1] if out else None
    if named is None or named.start is None or named.end is None or named.kind not in ("point", "range") \
            or named.granularity not in _DAY_GRAINS:
        return False
    if _SENTENCE_END_RE.search(scan, named.end_char, at):
        # across a line break only under "1月11日:" printed as a heading, or from one window of that
        # day to the next on the line below (a date ending a line, as a signature does, is no heading)
        heading = _NEXT_LINE_OF_DAY.fullmatch(scan, named.end_char, at)
        if heading is None or (named.granularity == "day" and heading.group("colon") is None):
            return False
    return named.start.date() == (named.end - timedelta(microseconds=1)).date()


def _days_named(out: list[TimeExpression], scan: str, at: int) -> bool:
    """Whether the expression just before ``at`` is a span of several whole days, set off from it by a
    colon or a comma only, or printed as a heading above it ("1月9日至10日:" then the hours)."""
    named = out[-1] if out else None
    if named is None or named.kind != "range" or named.granularity != "day" or named.start is None \
            or named.end is None or named.end - named.start <= timedelta(days=1):
        return False
    return _DAYS_THEN_HOURS.fullmatch(scan, named.end_char, at) is not None


# A span of days, then its hours: after a colon or comma, or on the next line under it as a heading.
_DAYS_THEN_HOURS = re.compile(rf"[{C.COLONS}{C.COMMAS}]?[ \t\u3000]*\n?[ \t\u3000]*")
# A day printed as a heading ("1月11日:" then the hours on the next line), or a window of it and the
# next window on the line below: the clock times go on with that day.
_NEXT_LINE_OF_DAY = re.compile(rf"(?P<colon>[{C.COLONS}])?[ \t\u3000]*\n[ \t\u3000]*")


def _days_after_first(u: _Unit) -> int:
    """Days from the first day a unit names to its last: a list of days (9日、10日), a weekend."""
    if u.day_last is not None and u.day is not None:
        return max(u.day_last - u.day, 0)
    return 1 if u.weekend else 0


def _clock_only(v: _Unit) -> bool:
    return (v.hour is not None or v.pod is not None) and not _has_calendar(v) and v.special is None and \
        v.day_rel is None and v.week_rel is None and v.weekday is None and v.anchor_day is None


def _hhmm(start: datetime, at: datetime) -> str:
    return "24:00" if at.date() > start.date() and at.time() == datetime.min.time() else at.strftime("%H:%M")


def _recurring(text: str, scan: str, units: list[_Unit], i: int, base: datetime,
               prefer: str) -> tuple[list[TimeExpression], int] | None:
    """每日8时至17时, 每周一至周五9:00-17:00: the rule word at units[i - 1] and the clock window after
    it, with any further window joined to it (上午8:30-11:30、下午2:30-5:30); and how many units
    after the rule word they took."""
    u = units[i - 1]
    v = units[i] if i < len(units) else None
    if v is None or not _clock_only(v) or _RECUR_GAP_RE.match(scan, u.end).end() < v.start:
        if u.pod is None:
            return None
        first = _clock(u, base.date())  # 每晚 alone: its part of the day
        return [_expr_recurring(text, u.start, u.end, u.every, first[0], first[1], first[2])], 0
    return _window_rules(text, scan, units, i, u.every, u.start, base, prefer, under_heading=False)


def _window_rules(text: str, scan: str, units: list[_Unit], k: int, days: str, start_char: int,
                  base: datetime, prefer: str, under_heading: bool) -> tuple[list[TimeExpression], int] | None:
    """The windows of hours from units[k] on as rules of ``days``, the first from ``start_char``, each
    further one joined by 、 or a comma (上午8:30-11:30、下午2:30-5:30); and how many units they took.
    Windows printed under a span of days (``under_heading``) must each run from one clock time to
    another (a lone 下午4时 is no hours), and the next may stand on the line below."""
    rules, used = [], 0
    window = _window(scan, units, k, base, prefer)
    while window is not None and not (under_heading and window[4] < 2):
        start, end, grain, end_char, taken = window
        rules.append(_expr_recurring(text, start_char, end_char, days, start, end, grain))
        used += taken
        j = k + used
        if j >= len(units) or not _clock_only(units[j]):
            break
        gap = scan[end_char:units[j].start].strip(" \t\u3000")
        if gap not in tuple(L.WINDOW_JOINERS) and not (under_heading and gap == "\n"):
            break
        start_char = units[j].start
        window = _window(scan, units, j, base, prefer)
    return (rules, used) if rules else None


def _window(scan: str, units: list[_Unit], k: int, base: datetime,
            prefer: str) -> tuple[datetime, datetime, str, int, int] | None:
    """The clock window a rule gives from units[k]: (from, to, grain, where it ends, units taken)."""
    v = units[k]
    first = _resolve(v, base, prefer)
    if first is None:
        return None
    w = units[k + 1] if k + 1 < len(units) else None
    if w is not None and w.special is None and _glued(scan, v, w):
        if _clock_only(w):
            end_unit = _replaced(w, pod=v.pod) if w.pod is None and v.pod is not None and w.hour is not None else w
            second = _resolve(end_unit, base, prefer, after=first, anchor=_anchor_of(v, first))
            if second is not None and _end_of(second) > first[0]:
                return first[0], _end_of(second), _finer(first[2], second[2]), w.end, 2
        # 每日22时至次日6时, 每日22时至6时: the window closes the next morning.
        closing = _replaced(w, anchor_day=None) if w.anchor_day == 1 else w
        if w.hour is not None and _clock_only(closing) and first[0].date() < date.max:
            got = _clock(closing, first[0].date() + timedelta(days=1))
            if got is not None and (w.anchor_day == 1 or got[0].time() < first[0].time()):
                return first[0], got[0], _finer(first[2], got[2]), w.end, 2
    if _suffix_word(scan, v.end) is not None:
        return None  # 每日上午9时前报送: a daily deadline, read as the clock time's own "until"
    return first[0], first[1], first[2], v.end, 1


def _expr_recurring(text: str, s: int, e: int, days: str, start: datetime, end: datetime,
                    grain: str) -> TimeExpression:
    rule = {"days": days, "from": start.strftime("%H:%M"), "to": _hhmm(start, end)}
    return TimeExpression(text[s:e], s, e, "recurring", None, None, grain, recurrence=rule)


def _expr(text: str, s: int, e: int, kind: Kind, start, end, grain) -> TimeExpression:
    # Made without the class's call (its frozen __init__ sets each field through
    # object.__setattr__), its dict written out: the same fields in the same order as the class
    # makes them (checked below), so it compares, hashes, prints and pickles alike. ~4,500 a
    # hundred team issues; frozen.maker's zip of names and values cost more than the dict.
    made = _new_object(TimeExpression)
    made.__dict__.update({"text": text[s:e], "start_char": s, "end_char": e, "kind": kind, "start": start,
                          "end": end, "granularity": grain, "recurrence": None})
    return made


if tuple((f.name, f.default) for f in dataclasses.fields(TimeExpression)) != (
        ("text", dataclasses.MISSING), ("start_char", dataclasses.MISSING), ("end_char", dataclasses.MISSING),
        ("kind", dataclasses.MISSING), ("start", dataclasses.MISSING), ("end", dataclasses.MISSING),
        ("granularity", dataclasses.MISSING), ("recurrence", None)):
    raise ValueError("TimeExpression's fields changed: _expr writes them out")


# A list of days followed, within its sentence, by 分别 names the days one by one, not a span.
_RESPECTIVELY_RE = re.compile(rf"[^{L.RESPECTIVELY_CLAUSE_ENDS}\n]{{0,16}}?{L.RESPECTIVELY}")
_LISTED_DAY_RE = re.compile(rf"(?:{_N2}|{L.CN_DAY}){_SP}[{L.DAY_SUFFIXES}]")


def _listed_days(scan: str, s: int, e: int, u: _Unit) -> list[tuple[int, int, int]]:
    """(start, end, day) of each day in a list "3月2号、3号、4号"; the first keeps what precedes it."""
    found = [(m.start(), m.end(), to_int(re.sub(rf"[ \u3000{L.DAY_SUFFIXES}]", "", m.group()))) for m in _LISTED_DAY_RE.finditer(scan, s, e)]
    if found:
        found[0] = (s, found[0][1], found[0][2])
    return found


def _marked_after(scan: str, before: int, at: int) -> bool:
    """Whether a range mark (至, —) runs from ``before`` (the end of the unit before, -1 for none)
    to ``at``: read only where a prefix 至 asks, not for every unit."""
    mark = _starts_with_any(scan, before, _MARKS) if before >= 0 else None
    return bool(mark) and before + len(mark) == at


def _day_after(base: datetime) -> datetime | None:
    """Where 至今 ends: the start of the day after the base's (None past the calendar's end)."""
    try:
        return _day_dt(base.date()) + timedelta(days=1)
    except OverflowError:
        return None


def find_dates(text: str, base: date | datetime, *, prefer: Prefer = "nearest",
               carry_year: bool = True, base_is_now: bool = False) -> list[TimeExpression]:
    """Every time expression in text, in text order, resolved against base (the issue date).

    ``carry_year=False`` stops a year named earlier in a sentence from lending itself to the
    year-less months and quarters after it.

    Words that point back (当天, 当晚, 次日, 第三天, 次年, 当月, 这一年) take the day, month or year
    their sentence named before them; with none, in a newspaper they point at something the text
    does not give (a report's 当天 is the event's day, not the issue date) and yield nothing.
    ``base_is_now=True`` says the base is the moment the text is said (a query, a chat line, a
    test phrase), so that with nothing named before them in the text they take the base's.
    """
    if not isinstance(text, str) or not text:
        return []
    if not isinstance(base, datetime):
        base = _MIDNIGHT_OF_DATE.get(base) or _new_midnight_of_date(base)  # datetime(y, m, d), looked up
    scan = _fold_fullwidth(text)
    found_units = _units(scan)
    if base_is_now and L.WHOLE_DAY_TAIL in scan:
        found_units = _with_lone_whole_days(scan, found_units)
    if not found_units:
        return []  # a fifth of the lines extractors ask about name no time at all
    units: list[_Unit] = []
    touching: list[int] = []  # end of the unit just before each kept one, kept or not
    last_end = -1
    for unit in found_units:
        # An impossible date is kept, however implausible, so that it can void the range it is in.
        if not unit.impossible and _impossible(unit, base):
            unit = _replaced(unit, impossible=True)  # a copy: the scan's units are remembered
        closes_range = bool(units) and units[-1].end == last_end and (
            (unit.day is not None and unit.month is None and units[-1].day is not None)
            or (unit.hour is not None and not _has_calendar(unit) and units[-1].hour is not None)) \
            and _glued(scan, units[-1], unit)  # (the regex last)
        said_now = base_is_now and not units and unit.tokens == 1 and unit.pod in L.JOINED_ONLY_PARTS \
            and _time_phrase(unit, scan)  # 白天, 全天 said now: today's (in a paper, a habit: 白天上班)
        if unit.impossible or _plausible(unit, scan) or closes_range or said_now:
            units.append(unit)
            touching.append(last_end)
        last_end = unit.end
    out: list[TimeExpression] = []
    context_year: int | None = None  # the last year the text named, while its sentence lasts
    context_pos = 0
    floor = 0  # where the previous unit ended: prefixes may not reach back past it
    i = 0
    while i < len(units):
        u = units[i]
        i += 1
        if i >= 2:
            floor = max(floor, units[i - 2].end)
        if context_year is not None and _SENTENCE_END_RE.search(scan, context_pos, u.start):
            context_year = None
        if u.impossible:
            if i < len(units) and _glued(scan, u, units[i]):
                i += 1  # the other end of its range goes with it
            continue
        if u.special == "vague":
            out.append(_expr(text, u.start, u.end, "vague", None, None, "day"))
            continue
        if u.special == "lasting":
            closed = _lasted(out[-1] if out else None, u, scan)
            if closed is not None:  # 自12月5日起，为期两个月: from that day, that long
                out[-1] = _expr(text, out[-1].start_char, u.end, "range", closed[0], closed[1], "day")
            continue
        if u.special == "every":
            got_rule = _recurring(text, scan, units, i, base, prefer)
            if got_rule is not None:
                out.extend(got_rule[0])
                i += got_rule[1]
            continue
        if u.now_only and not base_is_now:
            continue  # 前两个钟头, 上个小时 in a paper: its base is a day, not the moment they count from
        if u.hour_rel is not None:
            hour = base.replace(minute=0, second=0, microsecond=0) + timedelta(hours=u.hour_rel)
            out.append(_expr(text, u.start, u.end, "point", hour, hour + timedelta(hours=1), "hour"))
            continue
        if u.special in ("back", "fwd"):
            if u.anaphoric and not (base_is_now and not out):
                continue  # 之后5分钟: after an event told before, not the base
            if u.after_since:
                # "自12月5日起10个工作日": from the day the "起" expression names, else the issue date.
                since = out[-1] if out and out[-1].kind == "since" and out[-1].end_char == u.start \
                    else None
                got = _duration(u, since.start if since else base, "future")
            else:
                got = _duration(u, base, prefer, base_is_now)
            if got:
                kind, (st, en, grain) = got
                out.append(_expr(text, u.start, u.end, kind, st, en, grain))
            continue
        if u.lead_n is not None and u.tokens == 1:
            got_window = _window_from_base(u, base)  # _plausible kept it: a lone 前两天, 后1年
            if got_window is not None:
                out.append(_expr(text, u.start, u.end, "range", *got_window))
            continue
        anchor = (context_year, None, None) if carry_year and context_year and _takes_context_year(u) \
            else None
        # With nothing named before it in the text, a word pointing back takes the base only when
        # the base is the moment of speaking (base_is_now).
        to_base = base_is_now and not any(x.start is not None or x.end is not None for x in out)
        if u.nth_day is not None and _counted_day(u, scan):
            u = _replaced(u, nth_day=None, anchor_day=u.nth_day - 1)  # 第三天上午: two days after
        clock_only = _clock_only(u)
        if clock_only and _days_named(out, scan, u.start):
            # 1月9日至10日:上午8:00—12:00: the hours of each of those days, a daily rule within them
            daily = _window_rules(text, scan, units, i - 1, "daily", u.start, base, prefer, under_heading=True)
            if daily is not None:
                out.extend(daily[0])
                i += daily[1] - 1
                continue
        of_named_day = clock_only and _one_day_named(out, scan, u.start)
        if of_named_day:
            u = _replaced(u, anchor_day=0)  # 12月6日上午开会，下午3时参观: that day's afternoon
        if u.anchor_day is not None:
            # 第二天下午, 翌日清晨, 当晚: the day after (or of) the last day this sentence named.
            named = next((x for x in reversed(out) if x.start is not None and x.granularity in _DAY_GRAINS
                          and x.kind in ("point", "range")), None)
            if named is None or (not of_named_day and _SENTENCE_END_RE.search(scan, named.end_char, u.start)):
                if not to_base:
                    continue
                day = base.date()
            else:
                day = named.start.date() if named.kind == "point" else (named.end - timedelta(microseconds=1)).date()
            anchor = (day.year, day.month, day)
        if u.following_year:
            # 次年 counts from a year the sentence named; with none named it names nothing.
            if not context_year and not to_base:
                continue
            u = _replaced(u, year=(context_year or base.year) + 1, year_rel=None)
        if u.anaphoric:
            # 当月, 这一年: the month or year this sentence named last.
            named = next((x for x in reversed(out) if x.start is not None), None)
            if named is not None and not _SENTENCE_END_RE.search(scan, named.end_char, u.start):
                at = named.start
                u = _replaced(u, year=at.year, year_rel=None) if u.year_rel is not None \
                    else _replaced(u, year=at.year, month=at.month, month_rel=None)
            elif not (to_base and _time_phrase(u, scan)):
                continue
        first = _resolve(u, base, prefer, anchor=anchor)
        if first is None:
            continue
        s, e = u.start, u.end
        if _names_year(u):
            context_year, context_pos = first[0].year, u.end

        # A range: "A至B", "A起至B", with B taking what it lacks from A.
        if i < len(units) and units[i].special is None:
            v = units[i]
            if _glued(scan, u, v):
                end_unit = v
                if v.following_year:  # "12月1日至次年2月10日": the year after the start's
                    end_unit = _replaced(v, year=first[0].year + 1, year_rel=None)
                if v.impossible or _end_impossible(end_unit, u, first[0]):
                    i += 1  # "2月28日至2月30日": an impossible end voids the whole range
                    continue
                if v.pod is None and u.pod is not None and v.hour is not None and not _has_calendar(v) \
                        and v.day_rel is None and v.week_rel is None and v.weekday is None:
                    end_unit = _replaced(v, pod=u.pod)  # "下午2时至5时": the end is afternoon too
                if _names_year(v) and not v.following_year and not _names_year(u) and u.month is not None:
                    # "12月1日至2024年1月31日": the start's year comes from the end's.
                    end = _resolve(v, base, prefer)
                    if end is not None and _start_impossible(u, end):
                        i += 1
                        continue
                    first = _year_from_end(u, end) or first
                spread = _days_after_first(u) if _clock_only(end_unit) and end_unit.hour is not None else 0
                if spread and u.weekend and u.hour is not None:
                    first = _clock(u, first[0].date()) or first  # 本周末9:00-17:00: Saturday's opening
                second = _resolve(end_unit, base, prefer, after=first, anchor=_anchor_of(u, first))
                if spread and second is not None:
                    # 12月9日、10日上午9:00-12:00, 本周末9:00-17:00: from the first day's opening to
                    # the last day's closing, as a span with 至 is read
                    second = (second[0] + timedelta(days=spread), second[1] + timedelta(days=spread), second[2])
                if second is not None and _end_of(second) > first[0]:
                    i += 1
                    hours = _daily_hours(scan, u, v, units[i] if i < len(units) else None, first, second,
                                         base, prefer)
                    if hours is not None:  # 11月13日至17日9:00-17:00: from the first day's opening
                        first, second = hours  # to the last day's closing
                        v = units[i]
                        i += 1
                    if _names_year(v):
                        context_year, context_pos = second[0].year, v.end
                        if first[2] == "year" and second[2] == "year":
                            # "2025—2026年秋冬季…": a span of years lends neither year to what follows.
                            context_year = None
                    s2, e2 = s, v.end
                    plain = _GLUE_RE.match(scan, u.end)
                    if plain is None or plain.end() != v.start:
                        e2 += 2 if scan.startswith(L.BETWEEN_WORD, e2) else 1 if scan.startswith(L.BETWEEN_SHORT, e2) else 0
                    pre = _prefix(scan, s, floor)
                    if pre and pre[1] == "since":
                        s2 -= len(pre[0])
                    suf = _suffix(scan, e2, units[i].start if i < len(units) else len(scan))
                    if suf and suf[0] in (L.UNTIL_WORD, L.UNTIL_CLOSE):
                        e2 += len(suf[0])
                    start, stop = first[0], _end_of(second)
                    if prefer == "nearest" and anchor is None and _year_less_calendar(u) and _year_less_calendar(v):
                        start, stop = _nearest_span(start, stop, base)  # 1至7月 in August: this year's
                    out.append(_expr(text, s2, e2, "range", start, stop, _finer(first[2], second[2])))
                    continue

        if u.range_start_only or u.range_end_only:
            continue
        start, end, grain = first
        if u.day_last is not None:
            # 3月2号、3号、4号: one span from the first day listed to the last.
            try:
                last = start.date().replace(day=u.day_last)
            except ValueError:
                continue
            if _RESPECTIVELY_RE.match(scan, e):
                # "12月11日、12日,指数分别为…": days listed one by one, each its own point.
                for ds, de, day in _listed_days(scan, s, e, u):
                    try:
                        dt = _day_dt(start.date().replace(day=day))
                    except ValueError:
                        continue
                    out.append(_expr(text, ds, de, "point", dt, dt + timedelta(days=1), "day"))
                continue
            out.append(_expr(text, s, e, "range", start, _day_dt(last) + timedelta(days=1), "day"))
            continue
        if u.hour_last is not None and grain == "hour":
            # 七八点: from the first hour to the end of the second.
            out.append(_expr(text, s, e, "range", start, end + timedelta(hours=u.hour_last - u.hour), grain))
            continue
        if u.day_rel_last is not None or u.year_rel_last is not None or u.holiday_period is not None \
                or u.half_week is not None \
                or (u.season is not None and u.season[2] > 1):
            out.append(_expr(text, s, e, "range", start, end, grain))
            continue
        # Most points have no word around them: the character after (before) the point is tested
        # first; the readers test the words themselves (a tuple's startswith tries each of its 27
        # words, ~3,000 instructions, a set ~600).
        suf = _suffix(scan, e, units[i].start if i < len(units) else len(scan)) \
            if e < len(scan) and scan[e] in _SUFFIX_FIRST_CHARS else None
        pre = _prefix(scan, s, floor) if s and scan[s - 1] in _PREFIX_LAST_CHARS else None
        if suf and suf[1] == "to_now" and (tomorrow := _day_after(base)) is not None and tomorrow > start:
            s2 = s - len(pre[0]) if pre and pre[1] == "since" else s
            # 至今: through the issue day; said now, until this instant.
            out.append(_expr(text, s2, e + len(suf[0]), "range", start,
                             base if base_is_now and base > start else tomorrow, grain))
            continue
        if u.since_word:
            out.append(_expr(text, s, e, "since", start, None, grain))
            continue
        if suf and suf[1] in ("since", "after"):
            s2 = s - len(pre[0]) if pre and pre[1] == "since" else s
            # 起, 以来 and 以后 alike include the day they name, as notices mean them.
            out.append(_expr(text, s2, e + len(suf[0]), "since", start, None, grain))
            continue
        within = _starts_with_any(scan, e, _WITHIN_SUFFIXES) if grain in _PERIOD_GRAINS and not suf else None
        if within and not scan.startswith(tuple(L.NOT_AFTER_WITHIN), e + len(within)):
            # 今年内, 本月内: by the end of the period, not the whole of it.
            out.append(_expr(text, s, e + len(within), "until", None, end, grain))
            continue
        if suf and suf[1] == "until":
            s2 = s - len(pre[0]) if pre and pre[1] == "until" else s
            last = out[-1] if out else None
            if _closes_since(last, scan, s2, first):
                # "2010年之后2018年之前": after one date and before the next is the range between them;
                # "自12月5日起，至12月31日止" too, across the comma.
                out[-1] = _expr(text, last.start_char, e + len(suf[0]), "range", last.start, _end_of(first),
                                _finer(last.granularity, grain))
                continue
            out.append(_expr(text, s2, e + len(suf[0]), "until", None, _end_of(first), grain))
            continue
        if pre and pre[1] == "until" and not _marked_after(scan, touching[i - 1], s):
            # (not "每周一至周五": 至 there closes a range whose start was dropped)
            last = out[-1] if out else None
            if _closes_since(last, scan, s - len(pre[0]), first) and last.end_char != s - len(pre[0]):
                out[-1] = _expr(text, last.start_char, e, "range", last.start, _end_of(first),
                                _finer(last.granularity, grain))  # 12月5日起，至12月8日
                continue
            out.append(_expr(text, s - len(pre[0]), e, "until", None, _end_of(first), grain))
            continue
        if pre and pre[1] == "since" and pre[0] != L.FROM_WORD:
            out.append(_expr(text, s - len(pre[0]), e, "since", start, None, grain))
            continue
        out.append(_expr(text, s, e, "point", start, end, grain))
    if out and (C.BOOK_TITLE_OPEN in scan or C.DOUBLE_QUOTES[0] in scan):
        out = _outside_titles(scan, out)
    return out


_TITLE_RE = re.compile(L.TITLE_SPANS)
_CALENDAR_WRITTEN_RE = re.compile(L.CALENDAR_WRITTEN)


def _outside_titles(scan: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Drop words inside a title (《明日之后》, a short “…” name) that would only mean something
    counted from the base: a title's 明日 is no day. A calendar date a title writes out
    (《2024年工作要点》) stays."""
    titles = [m.span() for m in _TITLE_RE.finditer(scan)]
    if not titles:
        return found
    return [x for x in found
            if _CALENDAR_WRITTEN_RE.search(x.text)
            or not any(s < x.start_char and x.end_char < e for s, e in titles)]


def parse_date(text: str, base: date | datetime, **kw) -> TimeExpression | None:
    """The single expression that covers the whole (stripped) text, or None."""
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped:
        return None
    lead = len(text) - len(text.lstrip())
    found = find_dates(text, base, **kw)
    if len(found) == 1 and found[0].start_char == lead and found[0].end_char == lead + len(stripped):
        return found[0]
    return None
