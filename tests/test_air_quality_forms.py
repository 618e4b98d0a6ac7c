"""Ways papers print air-quality orders that a blind probe of real pages found the extractor missing:
each family as a table of sentences of our own, with the look-alikes that must stay no order beside them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from extractors.air_quality import extract
from extractors.records import Issue, IssueContext
from extractors.segment import segment

D = date.fromisoformat
T = datetime.fromisoformat


def orders(text: str, issue_date: date) -> list:
    issue = Issue(ctx=IssueContext(issue_id="iss_forms", issue_date=issue_date), text=text, articles=segment(text))
    records = extract(issue)
    for r in records:
        assert issue.text[r.char_start:r.char_end] == r.evidence  # evidence as printed, whatever the script
    return records


def summary(text: str, issue_date: date) -> list[tuple]:
    return [(r.name, r.issuer, r.starts_at, r.ends_at, r.level) for r in orders(text, issue_date)]


# A page in traditional script (a big5 gateway of a mainland paper): the vocabulary is folded, the
# record's words are simplified, the issuer is the body as printed.
TRADITIONAL = [
    pytest.param(
        "經市政府批准,桐江市重污染天氣應急指揮部決定於1月9日18時啟動重污染天氣黃色預警,解除時間另行通知。",
        D("2024-01-09"),
        [("重污染天气黄色预警", "桐江市重污染天氣應急指揮部", T("2024-01-09T18:00"), None, "黄色预警")],
        id="alert-started"),
    pytest.param(
        "記者從嵐山市環保局獲悉,自2月3日8時起,該市將重污染天氣Ⅲ級應急響應升級為Ⅱ級應急響應。",
        D("2024-02-03"),
        [("重污染天气Ⅱ级应急响应", "嵐山市環保局", T("2024-02-03T08:00"), None, "Ⅱ级应急响应")],
        id="response-upgraded"),
    pytest.param("桐江市氣象臺1月9日6時發布暴雨橙色預警信號,請市民注意防範。", D("2024-01-09"), [],
                 id="weather-signal-is-none"),
    pytest.param("桐江市舉行重污染天氣應急演練,模擬啟動橙色預警和Ⅱ級應急響應。", D("2024-01-09"), [],
                 id="drill-is-none"),
    pytest.param("去年我市空氣質量優良天數達到300天,全年未啟動重污染天氣紅色預警。", D("2024-01-09"), [],
                 id="review-is-none"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), TRADITIONAL)
def test_traditional_script(text, issue_date, expected):
    assert summary(text, issue_date) == expected
