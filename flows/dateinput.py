"""Dates as users type them on the command line, read with dateparser (Western formats, English
relative words) and, for Chinese, with ``extractors.dates``.

dateparser is the right tool here: it knows 2023/12/1, 2023.12.01, Dec 1 2023, today and
"next friday"; for Chinese text it is not (it reads ~9% of Chinese expressions right), so a
Chinese day (下周五, 2023年12月1日) goes to the project's own normaliser.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Asia/Shanghai")
# YMD first: ISO-like input is year-first; a day-first reading is never guessed for a base.
_ABSOLUTE = {"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "DATE_ORDER": "YMD",
             "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.strptime(text, "%Y%m%d")
    except ValueError:
        return None


def parse_absolute(text: str) -> datetime | None:
    """A date or datetime that names its year, month and day (2023-12-01, 2023/12/1, Dec 1 2023,
    2023年12月1日); None for anything relative or incomplete."""
    text = text.strip()
    if not text:
        return None
    found = _iso(text)
    if found is not None:
        return found.replace(tzinfo=None)
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        from extractors.dates import parse_date

        expr = parse_date(text, date(2000, 1, 1))
        if expr is not None and expr.kind == "point" and expr.start is not None and \
                expr.granularity in ("day", "hour", "minute") and any(c in text for c in "年-/.") and \
                _names_year(text):
            return expr.start
        return None
    import dateparser

    try:
        return dateparser.parse(text, languages=["en"], settings=_ABSOLUTE)
    except (ValueError, OverflowError):
        return None


def _names_year(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return "年" in text and (digits >= 4 or sum(ch in "〇○零一二三四五六七八九" for ch in text.split("年")[0]) >= 4)


def parse_day(text: str, today: date | None = None) -> date | None:
    """A day for the CLI's --from/--to: absolute (as parse_absolute) or relative to today in
    Asia/Shanghai (today, tomorrow, "next friday", "in 2 weeks", 明天, 下周五)."""
    text = text.strip()
    if not text:
        return None
    found = parse_absolute(text)
    if found is not None:
        return found.date()
    today = today or datetime.now(LOCAL).date()
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        from extractors.dates import parse_date

        expr = parse_date(text, today)
        if expr is not None and expr.kind == "point" and expr.start is not None:
            return expr.start.date()
        return None
    import dateparser

    base = datetime(today.year, today.month, today.day)
    try:
        got = dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError):
        return None
    return got.date() if got is not None else None
