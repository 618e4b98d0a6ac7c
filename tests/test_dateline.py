"""An article's own day (its dateline) anchors 今天, 昨天 and year-less dates; the issue date is the
fallback. Cases are pieces of a page as the segmenter sees them; negatives beside positives."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from extractors.dateline import _resolve, article_anchor
from extractors.dates import find_dates
from extractors.meetings import extract as meetings
from extractors.records import Issue, IssueContext
from extractors.segment import segment

N = None


def issue_of(text: str, issue_date: str | None) -> Issue:
    day = date.fromisoformat(issue_date) if issue_date else None
    return Issue(ctx=IssueContext(issue_id="iss_test", issue_date=day), text=text, articles=segment(text))


ANCHORS = [
    # agency datelines, wherever the segmenter put them (byline or body)
    ("新华社兰溪3月2日电(记者 韩晓明)3日上午,某某论坛在兰溪开幕。\n", "2024-03-04", "2024-03-02"),
    ("本报北岭4月8日电 今天上午,北岭县召开春耕调度会。\n", "2023-04-09", "2023-04-08"),
    ("东湖网青阳11月30日电 青阳区今天公布了新一批项目。\n", "2022-12-01", "2022-11-30"),
    ("本报5月6日讯 昨日,市科协召开年会。\n", "2021-05-08", "2021-05-06"),
    ("晨风网5月6日讯(记者 马小川)昨日,市科协召开年会。\n", "2021-05-08", "2021-05-06"),
    # a year-less dateline never lies after the issue: a January issue's 12月 dateline is last year's
    ("新华社北京12月30日电 全国某某会议今天在京闭幕。\n", "2024-01-02", "2023-12-30"),
    # leading dates after the opener and credit
    ("本报讯(记者 周一鸣)9月14日,区政协召开主席会议。\n", "2020-09-15", "2020-09-14"),
    ("(记者 陶然)1日上午,记者从市气象台获悉,今天起全市降温。\n", "2019-07-02", "2019-07-01"),
    ("12月29日 市委书记到开发区调研。\n", "2021-01-05", "2020-12-29"),
    # a reposted web page's publication stamp over the article
    ("2018年06月03日09:12  来源:某某晚报\n\n昨日,某某协会召开理事会。\n", "2018-06-20", "2018-06-03"),
    ("来源:某某日报客户端  周小雨\n2019-11-02 16:40:07\n\n昨天下午,某某商会召开换届大会。\n", "2019-11-04", "2019-11-02"),
    # negatives: no dateline, a date that is not the report's day, a dateline after the issue
    ("本报讯 昨天,市政府召开常务会议。\n", "2021-05-08", N),
    ("近日,市科协召开年会,会议定于3月5日闭幕。\n", "2021-03-08", N),
    ("根据预报,3月2日起全市将出现降温。\n", "2021-03-01", N),
    ("3月2日起实施新的限行措施。\n", "2021-03-01", N),
    ("新华社北京3月9日电 会议今天开幕。\n", "2021-03-05", N),
    ("2019-11-02 16:40:07 气温回升至十五度,全市晴好。\n", "2019-11-04", N),
    ("(2024年7月5日某某委员会全体会议通过)\n全会听取了工作报告。\n", "2024-07-06", N),
]


@pytest.mark.parametrize(("text", "issue_date", "anchor"), ANCHORS, ids=[c[0][:14] for c in ANCHORS])
def test_article_anchor(text: str, issue_date: str, anchor: str | None) -> None:
    issue = issue_of(text, issue_date)
    body_articles = [a for a in issue.articles if a.body.strip()]
    got = article_anchor(body_articles[0], issue.ctx.issue_date)
    assert got == (date.fromisoformat(anchor) if anchor else None)
    assert issue.base_date(body_articles[0]) == (got or issue.ctx.issue_date)


def test_without_an_issue_date_only_a_dated_year_anchors() -> None:
    dated = issue_of("2018年06月03日09:12  来源:某某晚报\n\n昨日,某某协会召开理事会。\n", None)
    undated = issue_of("本报5月6日讯 昨日,市科协召开年会。\n", None)
    assert dated.base_date(next(a for a in dated.articles if a.body.strip())) == date(2018, 6, 3)
    assert undated.base_date(next(a for a in undated.articles if a.body.strip())) is None


@pytest.mark.parametrize(
    ("text", "issue_date", "meeting_date"),
    [
        # 今天/昨天 count from the dateline, not from the issue two days later
        ("本报北岭4月8日电 今天上午,北岭县委召开春耕生产调度会。\n", "2023-04-10", "2023-04-08"),
        ("晨风网5月6日讯(记者 马小川)昨日,市科协召开第三届年会。\n", "2021-05-09", "2021-05-05"),
        # a day-only date takes the dateline's month, though the issue is in the next month
        ("新华社北京3月30日电 某某工作会议29日在京召开。\n", "2022-04-01", "2022-03-29"),
        # a bare day in a report is the dateline's month or the one before, never ahead of it
        ("新华社北京3月2日电 某某工作会议28日在京召开。\n", "2022-03-03", "2022-02-28"),
        ("本报讯(记者 马小川)3月30日,记者获悉,市科协1日召开第三届年会。\n", "2022-03-31", "2022-03-01"),
        # without a dateline the issue date anchors as before
        ("本报讯 昨天,市科协召开第三届年会。\n", "2021-05-09", "2021-05-08"),
    ],
)
def test_meetings_resolve_against_the_dateline(text: str, issue_date: str, meeting_date: str) -> None:
    (meeting,) = meetings(issue_of(text, issue_date))
    assert meeting.date == date.fromisoformat(meeting_date)


def _read_by_find_dates(text: str, issue_date: date) -> date | None:
    """What a dateline's date reads as through find_dates, the path every dateline took before
    year-less ones were read directly: the one day it names, if on or before the issue date."""
    found = find_dates(unicodedata.normalize("NFKC", text), issue_date, prefer="nearest")
    if len(found) != 1 or found[0].granularity != "day" or found[0].start is None:
        return None
    day = found[0].start.date()
    return day if day <= issue_date else None


DATELINE_DATES = [
    # year-less month-days and bare days: read directly (_nearest_day)
    ("3月2日", "2024-03-04", "2024-03-02"),
    ("12月30日", "2024-01-02", "2023-12-30"),  # last year's, the nearer one
    ("1月2日", "2023-12-30", N),  # next year's is nearer: after the issue, no dateline
    ("7月3日", "2024-01-01", "2023-07-03"),  # half a year either way: last year's is two days nearer
    ("7月1日", "2024-01-01", N),  # this year's is a day nearer: after the issue
    ("2月29日", "2021-03-01", "2020-02-29"),  # no such day this year: the leap year's
    ("2月29日", "2023-06-30", N),  # 2024's is nearer: after the issue
    ("2月30日", "2024-03-05", N),
    ("13月1日", "2024-03-05", N),
    ("0月5日", "2024-03-05", N),
    ("5月0日", "2024-05-05", N),
    ("05月09日", "2024-05-10", "2024-05-09"),
    ("３月２日", "2024-03-04", "2024-03-02"),  # full-width digits, as NFKC reads them
    ("25日", "2024-03-02", "2024-02-25"),
    ("31日", "2024-03-02", N),  # the month before (February) has none, March's is after the issue
    ("1日", "2024-03-05", "2024-03-01"),
    ("1日", "2024-03-31", N),  # April's is nearer: after the issue
    ("0日", "2024-03-31", N),
    # a year named: read by find_dates
    ("2024年3月2日", "2024-03-04", "2024-03-02"),
    ("2024年3月9日", "2024-03-04", N),
    ("2023年2月29日", "2024-03-04", N),
]


@pytest.mark.parametrize(("text", "issue_date", "day"), DATELINE_DATES)
def test_dateline_dates_read_as_find_dates_reads_them(text: str, issue_date: str, day: str | None) -> None:
    issue_day = date.fromisoformat(issue_date)
    expected = date.fromisoformat(day) if day else None
    assert _resolve(text, issue_day) == expected
    assert _read_by_find_dates(text, issue_day) == expected


@pytest.mark.parametrize("issue_date", ["2019-12-31", "2020-01-01", "2020-02-28", "2020-02-29", "2021-03-01", "2100-03-01"])
def test_every_month_day_reads_as_find_dates_reads_it(issue_date: str) -> None:
    issue_day = date.fromisoformat(issue_date)
    numbers = [str(n) for n in range(0, 33)] + [f"0{n}" for n in range(10)]
    for month in [None, *numbers[:14]]:
        for day in numbers:
            text = (f"{month}月" if month is not None else "") + f"{day}日"
            assert _resolve(text, issue_day) == _read_by_find_dates(text, issue_day), text
