"""An article's own day: the dateline a report opens with, which 今天, 昨天 and year-less dates in it
count from; the issue date is only the fallback.

Papers print the day a report was filed in three ways: an agency dateline ("新华社北京3月2日电",
"本报1月10日讯"), which the segmenter may have moved to the article's byline; a leading date after
the opener and credit ("本报讯(记者 王某)3月2日,…", "(记者 李某)1日上午,…"); and, on reposted web
pages, a publication stamp over the article ("2020年01月17日10:54 来源:某某报"). A dateline is never
later than the issue it is printed in: a year-less or day-only dateline takes its nearest day, and
one that would fall after the issue date is no dateline. Vocabulary in ``extractors.lang.zh_dateline``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

from .date_memo import find_dates
from .lang import zh_dateline as lang
from .patterns import alternation

if TYPE_CHECKING:  # annotations only: records imports this module
    from .records import Article

__all__ = ["article_anchor"]

# A heading line is asked for an agency dateline, then for a publication stamp: one match of the
# two as branches, the agency's first, tells both (its "date" group is set when the agency's matched).
_AGENCY_OR_STAMP = re.compile(f"(?:{lang.AGENCY_DATELINE})|(?:{lang.PUBLICATION_STAMP})")
_LEADING = re.compile(
    rf"^\s*{lang.OPENER}{lang.CREDIT}\s*(?P<date>{lang.MONTH_DAY})"
    rf"(?:{alternation(lang.PARTS_OF_DAY)})?{lang.LEADING_DATE_END}"
)
# How far into the body a dateline may stand (spaces, an opener, a credit in brackets).
_HEAD_CHARS = 80


# A year-less dateline as NFKC prints it ("3月2日", "25日"): nine in ten datelines. Read by
# _nearest_day rather than find_dates, whose first reading of a short text costs ~120,000
# instructions (and an issue's datelines are mostly distinct texts).
_MONTH_DAY = re.compile(lang.YEARLESS_MONTH_DAY)


def _nearest_day(month: int | None, day: int, issue_date: date) -> date | None:
    """The day "M月D日" (or "D日", month None) names as ``find_dates(prefer="nearest")`` reads it
    from the issue date's midnight: of the day in the year before, the issue's year and the year
    after (for "D日": the month before, the issue's month and the month after), the valid one
    nearest the issue date, a day not after it on a tie; None when none is valid."""
    if month is None:
        index = issue_date.year * 12 + issue_date.month - 1
        places = [((index + k) // 12, (index + k) % 12 + 1) for k in (-1, 0, 1)]
    else:
        places = [(issue_date.year + k, month) for k in (-1, 0, 1)]
    best, best_key = None, None
    for year, m in places:
        try:
            candidate = date(year, m, day)
        except ValueError:
            continue
        # the distance from the issue's midnight to the day's interval [candidate, candidate + 1)
        gap = (candidate - issue_date).days if candidate > issue_date else max((issue_date - candidate).days - 1, 0)
        key = (gap, candidate > issue_date)
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


def _resolve(text: str, issue_date: date | None) -> date | None:
    """The day a dateline names, if on or before the issue date; a year-less one needs the issue date."""
    text = unicodedata.normalize("NFKC", text)
    if issue_date is not None and 2 <= issue_date.year <= 9997:
        plain = _MONTH_DAY.fullmatch(text)
        if plain is not None:
            month = plain[1]
            day = _nearest_day(int(month) if month is not None else None, int(plain[2]), issue_date)
            return day if day is not None and day <= issue_date else None
    if issue_date is None:
        if lang.YEAR_MARK not in text:
            return None
        issue_date = date(int(text[:4]), 12, 31)
    found = find_dates(text, issue_date, prefer="nearest")
    if len(found) != 1 or found[0].granularity != "day" or found[0].start is None:
        return None
    day = found[0].start.date()
    return day if day <= issue_date else None


def _stamp(m: re.Match, issue_date: date | None) -> date | None:
    """The day a publication stamp's match names, if a day on or before the issue date."""
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day if issue_date is None or day <= issue_date else None


def article_anchor(article: Article, issue_date: date | None) -> date | None:
    """The day ``article`` was filed, if it prints one: its dateline, leading date or publication
    stamp; None when it prints none (then its relative dates count from the issue date)."""
    head = article.body[:_HEAD_CHARS].split("\n", 1)[0]
    for part in (article.byline, article.title, article.subtitle, head):
        if not part:
            continue  # (no heading, or an empty line: neither form matches an empty line)
        for line in part.split("\n"):
            m = _AGENCY_OR_STAMP.match(line)
            if m is None:
                continue
            if m["date"] is not None:
                return _resolve(m["date"], issue_date)
            day = _stamp(m, issue_date)
            if day:
                return day
    m = _LEADING.match(head)
    if m:
        return _resolve(m["date"], issue_date)
    return None
