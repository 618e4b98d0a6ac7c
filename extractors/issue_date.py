"""An issue's date when the manifest has none: from the file name, else inferred from the text.

Inference trusts, in order: a masthead date printed with its weekday ("2023年12月1日 星期五");
then the days the reports happened on. A daily paper reports mostly on yesterday, so the day the
leads name most often ("本报讯 11月30日,…") plus one is the issue date, provided a full date in
the text pins down the year. When the evidence is thin or contradictory the answer is ``None``
with the reason, never a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import PurePath

from .lang import zh_issue_date as lang
from .lang.zh_layout import DATE_LINE, MASTHEAD_LINE, WEEKDAY_NUMBER
from .numerals import to_int

# 2023-12-01, 2023_12_01, 2023.12.01, 20231201, 2023年12月1日: one separator used throughout.
_FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})"
    r"(?:(?P<sep>[-_.])(?P<m1>\d{1,2})(?P=sep)(?P<d1>\d{1,2})"
    r"|(?P<m2>\d{2})(?P<d2>\d{2})"
    rf"|{lang.FILENAME_MONTH_DAY})"
    r"(?!\d)"
)


def _day(month: int, day: int) -> str:
    """A month-day as the paper prints it, for the reasons the inference gives."""
    return lang.MONTH_DAY_FORMAT.format(month=month, day=day)


_HEX_RUN = re.compile(r"[0-9a-fA-F]+")
# A hexadecimal run this long that mixes letters and digits is a hash, not a date holder.
_HASH_MIN_LENGTH = 12

_FULL_DATE = re.compile(lang.FULL_DATE)
# A masthead line: a date near its start, in Arabic or Chinese numerals ("二〇二三年十二月一日"),
# perhaps a weekday after it; the whole line short, as mastheads are.
_MASTHEAD_DATE = re.compile(
    rf"{lang.MASTHEAD_LEAD}(?:{lang.FULL_DATE}|{lang.CHINESE_NUMERAL_DATE}){lang.MASTHEAD_WEEKDAY}"
)
_MASTHEAD_MAX_CHARS = 60
_MONTH_DAY = re.compile(lang.MONTH_DAY)
_LEAD_FOLLOWER = re.compile(lang.LEAD_FOLLOWER)
# What follows the start of a range or precedes its end: such dates are deadlines, not report days.
_RANGE_MARK = re.compile(rf"\s*{lang.RANGE_MARKS}")
_RANGE_END_BEFORE = re.compile(rf"{lang.RANGE_MARKS}\s*$")

# Only the start of a text is read: the masthead is at the top, and the first pages' leads settle
# the report day. Bounded, inference costs the same on a 50 MB file as on a 200 KB one.
INFERENCE_CHARS = 200_000
# A range mark ending this close before a date makes the date a range's end (至 11月30日).
_RANGE_LOOKBEHIND_CHARS = 8
# A date alone on one of the first lines of the page is the masthead's.
_MASTHEAD_LINES = 3
# A lead date counts this much more than a date mentioned in passing.
_LEAD_WEIGHT = 3
# Minimum support for a report day before it is trusted.
_MIN_SUPPORT = 2
# A full date this close to the report day (in days) fixes the report day's year.
_YEAR_WINDOW_DAYS = 45


def date_from_filename(name: str) -> date | None:
    """The date written in a file name (``2023-12-01``, ``20231201``, ``2023_12_01``), if real."""
    stem = PurePath(name).name
    for match in _FILENAME_DATE.finditer(stem):
        if _inside_hash(stem, match.start(), match.end()):
            continue
        month = match.group("m1") or match.group("m2") or match.group("m3")
        day = match.group("d1") or match.group("d2") or match.group("d3")
        try:
            return date(int(match.group("y")), int(month), int(day))
        except ValueError:
            continue
    return None


def infer_issue_date(text: str) -> tuple[date | None, str]:
    """The issue date the text itself implies, with the reasoning (``None`` when too thin).

    Reads only the first :data:`INFERENCE_CHARS` characters, in time linear in them.
    """
    head = text[:INFERENCE_CHARS]
    masthead = _masthead_date(head)
    if masthead is not None:
        return masthead
    inferred, reason = _date_from_report_days(head)
    if inferred is None and len(text) > INFERENCE_CHARS:
        reason += f" (read the first {INFERENCE_CHARS:,} of {len(text):,} characters)"
    return inferred, reason


def _inside_hash(stem: str, start: int, end: int) -> bool:
    for run in _HEX_RUN.finditer(stem):
        if run.start() <= start and end <= run.end() and run.end() - run.start() >= _HASH_MIN_LENGTH:
            token = run.group()
            if any(c.isalpha() for c in token) and any(c.isdigit() for c in token):
                return True
    return False


def _masthead_date(text: str) -> tuple[date | None, str] | None:
    """A date printed with its weekday on a short line; or, on the first lines, a bare date line."""
    lines = [line.strip() for line in text.split("\n")]
    top = [line for line in lines[:40] if line][:_MASTHEAD_LINES]
    for line in lines:
        if not line or len(line) > _MASTHEAD_MAX_CHARS:
            continue
        match = _MASTHEAD_DATE.match(line)
        if match is None:
            continue
        printed = _printed_date(match)
        if printed is None:
            continue
        if match.group("wd") is not None:
            if printed.weekday() == WEEKDAY_NUMBER[match.group("wd")]:
                return printed, f"masthead date {line!r} (weekday agrees)"
            continue
        if line in top and (DATE_LINE.match(line) or MASTHEAD_LINE.match(line) or _is_bare_cn_date(match, line)):
            return printed, f"masthead date {line!r} at the top of the page"
    return None


def _printed_date(match: re.Match) -> date | None:
    try:
        if match.group("y"):
            return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        return date(to_int(match.group("cy")), to_int(match.group("cm")), to_int(match.group("cd")))
    except ValueError:
        return None


def _is_bare_cn_date(match: re.Match, line: str) -> bool:
    return match.group("cy") is not None and match.end() == len(line)


def _date_from_report_days(text: str) -> tuple[date | None, str]:
    support: Counter[tuple[int, int]] = Counter()
    full_dates: list[date] = []
    for match in _MONTH_DAY.finditer(text):
        month, day = int(match.group("m")), int(match.group("d"))
        year = int(match.group("y")) if match.group("y") else None
        if not _is_calendar_day(year or 2000, month, day):
            continue
        if year is not None:
            full_dates.append(date(year, month, day))
        # The range end before the date is looked for in a short window: searched from the start
        # of the text, it made inference quadratic in the text's length.
        before = max(0, match.start() - _RANGE_LOOKBEHIND_CHARS)
        in_range = _RANGE_MARK.match(text, match.end()) or _RANGE_END_BEFORE.search(text, before, match.start())
        if in_range:
            continue
        lead = _LEAD_FOLLOWER.match(text, match.end()) is not None
        support[(month, day)] += _LEAD_WEIGHT if lead else 1

    if not support:
        return None, "no month-day dates in the text to infer the issue date from"
    ranked = sorted(support.items(), key=lambda item: (-item[1], -item[0][0], -item[0][1]))
    (month, day), score = ranked[0]
    if score < _MIN_SUPPORT:
        return None, f"only one passing mention of {_day(month, day)}; too thin to infer the issue date"
    if len(ranked) > 1 and ranked[1][1] == score:
        other_month, other_day = ranked[1][0]
        return None, (
            f"report days {_day(month, day)} and {_day(other_month, other_day)} are equally supported; "
            "cannot tell which precedes the issue"
        )

    years = set()
    for full in full_dates:
        for candidate_year in (full.year - 1, full.year, full.year + 1):
            if not _is_calendar_day(candidate_year, month, day):
                continue
            if abs((date(candidate_year, month, day) - full).days) <= _YEAR_WINDOW_DAYS:
                years.add(candidate_year)
    if not years:
        return None, f"reports are mostly dated {_day(month, day)} but no full date near it states the year"
    if len(years) > 1:
        listed = ", ".join(str(y) for y in sorted(years))
        return None, f"reports are mostly dated {_day(month, day)} but nearby full dates disagree on the year ({listed})"
    year = years.pop()
    issue = date(year, month, day) + timedelta(days=1)
    return issue, (
        f"the reports are mostly dated {lang.FULL_DATE_FORMAT.format(year=year, month=month, day=day)} (support {score}); "
        "a daily reports on the day before publication"
    )


def _is_calendar_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
