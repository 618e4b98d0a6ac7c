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
        "據嵐山市環保局消息,2月3日8時起該市把重污染天氣Ⅲ級應急響應升級為Ⅱ級應急響應。",
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


# An alert named by its level and no colour ("二级预警", "Ⅳ级预警"): an order named and levelled as
# printed, never given a colour; a level of another hazard, a plan's scale or a mention is none.
LEVEL_ONLY_ALERTS = [
    pytest.param("青石市决定,1月16日0时至18日24时实施重污染天气二级预警,全市停止露天烧烤。", D("2015-01-15"),
                 [("重污染天气二级预警", None, T("2015-01-16T00:00"), T("2015-01-19T00:00"), "二级预警")],
                 id="chinese-numeral"),
    pytest.param("市重污染天气应急指挥部决定,自3月2日20时起启动重污染天气Ⅳ级预警,解除时间另行通知。", D("2016-03-02"),
                 [("重污染天气Ⅳ级预警", "市重污染天气应急指挥部", T("2016-03-02T20:00"), None, "Ⅳ级预警")],
                 id="roman-numeral"),
    pytest.param("市国土资源局自7月5日8时起启动地质灾害三级预警,请沿山村民注意防范。", D("2016-07-05"), [],
                 id="another-hazard-is-none"),
    pytest.param("按照预案,重污染天气预警由轻到重分为四级预警、三级预警、二级预警和一级预警。", D("2016-03-02"), [],
                 id="plan-scale-is-none"),
    pytest.param("二级预警期间,全市建筑工地停止土石方作业。", D("2016-03-02"), [], id="during-is-none"),
    pytest.param("市政府决定于1月10日12时解除重污染天气二级预警。", D("2016-01-10"), [], id="lift-is-none"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), LEVEL_ONLY_ALERTS)
def test_alert_named_by_its_level(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# A notice that moves an order's start or end ("响应启动时间由A调整为B", "解除时间由A推迟至B") issues the
# order with its new time; the time it replaces is none of its period.
RESCHEDULED = [
    pytest.param("市重污染天气应急指挥部决定,Ⅱ级应急响应的启动时间由3月6日20时提前至3月6日8时,何时解除另行通知。", D("2022-03-05"),
                 [("重污染天气Ⅱ级应急响应", "市重污染天气应急指挥部", T("2022-03-06T08:00"), None, "Ⅱ级应急响应")],
                 id="start-brought-forward"),
    pytest.param("市政府通报,1月2日起实施的重污染天气Ⅲ级应急响应,其解除时间由1月6日24时顺延至1月8日24时。", D("2022-01-05"),
                 [("重污染天气Ⅲ级应急响应", None, T("2022-01-02T00:00"), T("2022-01-09T00:00"), "Ⅲ级应急响应")],
                 id="end-postponed"),
    pytest.param("市防汛指挥部通知,防汛Ⅳ级应急响应的启动时间由7月2日8时提前至7月1日20时。", D("2022-07-01"), [],
                 id="another-hazard-is-none"),
    pytest.param("因天气原因,全市大气污染防治推进会的时间由3月6日调整为3月9日。", D("2022-03-05"), [],
                 id="a-meeting-moved-is-none"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), RESCHEDULED)
def test_rescheduled_order(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# "经市政府研究,发布…": the body that studied the order issued it, as "经市政府研究决定" says in full; a
# study by no body ("经研究") names none, and the body the sentence makes decide outranks the one studying.
STUDIED_BY = [
    pytest.param("经市政府研究,全市自12月3日18时起实施重污染天气黄色预警和Ⅲ级应急响应。", D("2019-12-03"),
                 [("重污染天气黄色预警", "市政府", T("2019-12-03T18:00"), None, "黄色预警/Ⅲ级应急响应")],
                 id="government-studied"),
    pytest.param("经南湾市环委办研究,并报市政府同意,决定于12月3日18时启动重污染天气Ⅲ级应急响应。", D("2019-12-03"),
                 [("重污染天气Ⅲ级应急响应", "南湾市环委办", T("2019-12-03T18:00"), None, "Ⅲ级应急响应")],
                 id="office-studied-government-approved"),
    pytest.param("经研究,决定于12月3日18时启动重污染天气Ⅲ级应急响应。", D("2019-12-03"),
                 [("重污染天气Ⅲ级应急响应", None, T("2019-12-03T18:00"), None, "Ⅲ级应急响应")],
                 id="no-body-named"),
    pytest.param("经专家研究,市重污染天气应急指挥部决定于12月3日18时启动重污染天气Ⅲ级应急响应。", D("2019-12-03"),
                 [("重污染天气Ⅲ级应急响应", "市重污染天气应急指挥部", T("2019-12-03T18:00"), None, "Ⅲ级应急响应")],
                 id="the-deciding-body-outranks"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), STUDIED_BY)
def test_issuer_that_studied_the_order(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# A clause that is a bare time ("2月23日起,") dates the clause after it: when that one forecasts the
# pollution ("…将经历一轮重度污染过程"), the time is the forecast's, never an order's start.
BARE_TIME_CLAUSE = [
    pytest.param("东川市政府印发《重污染天气橙色预警通知》,5月2日起,全市或将出现一次重度污染过程。",
                 D("2024-02-22"), [], id="forecast-after-a-cited-notice"),
    pytest.param("从11月4日起,本市可能出现一次中度污染过程。市指挥部决定11月5日8时启动重污染天气Ⅱ级应急响应。",
                 D("2024-11-04"),
                 [("重污染天气Ⅱ级应急响应", "市指挥部", T("2024-11-05T08:00"), None, "Ⅱ级应急响应")], id="forecast-then-order"),
    pytest.param("市政府决定,11月5日8时起,全市启动重污染天气橙色预警。", D("2024-11-04"),
                 [("重污染天气橙色预警", "市政府", T("2024-11-05T08:00"), None, "橙色预警")], id="bare-time-of-the-order"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), BARE_TIME_CLAUSE)
def test_a_bare_time_clause_dates_the_next(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# A body named again by its bare head ("指挥部办公室于…发布") is the full body the article named before
# it, else the office of the approving body; a body printed in full, or named in a title, is left alone.
SHORT_BODY_NAMES = [
    pytest.param("北岭市重污染天气应急指挥部办公室今日通报。指挥部办公室决定,1月8日18时起启动重污染天气Ⅱ级应急响应。", D("2023-01-08"),
                 [("重污染天气Ⅱ级应急响应", "北岭市重污染天气应急指挥部办公室", T("2023-01-08T18:00"), None,
                   "Ⅱ级应急响应")], id="full-name-before"),
    pytest.param("经北岭市重污染天气应急指挥部同意,指挥部办公室决定1月8日18时起启动重污染天气Ⅱ级应急响应。", D("2023-01-08"),
                 [("重污染天气Ⅱ级应急响应", "北岭市重污染天气应急指挥部办公室", T("2023-01-08T18:00"), None,
                   "Ⅱ级应急响应")], id="office-of-the-approver"),
    pytest.param("按照《东原省重污染天气应急指挥部办公室关于应对污染的函》,指挥部办公室于1月8日18时启动重污染天气Ⅱ级应急响应。",
                 D("2023-01-08"),
                 [("重污染天气Ⅱ级应急响应", "指挥部办公室", T("2023-01-08T18:00"), None, "Ⅱ级应急响应")],
                 id="a-title-names-another-body"),
    pytest.param("经市政府批准,北岭市生态环境局于1月8日18时启动重污染天气Ⅱ级应急响应。", D("2023-01-08"),
                 [("重污染天气Ⅱ级应急响应", "北岭市生态环境局", T("2023-01-08T18:00"), None, "Ⅱ级应急响应")],
                 id="full-name-left-alone"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), SHORT_BODY_NAMES)
def test_a_body_named_by_its_bare_head(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# "黄色预警(Ⅲ级)应急响应": the alert with its response, the level in brackets after 预警 (one order, both
# levels); a bracketed level not followed by a response word is the alert's alone.
BRACKETED_RESPONSE = [
    pytest.param("市指挥部宣布于1月8日18时实施重污染天气黄色预警(Ⅲ级)应急响应。", D("2023-01-08"),
                 [("重污染天气黄色预警", "市指挥部", T("2023-01-08T18:00"), None, "黄色预警/Ⅲ级应急响应")], id="alert-and-response"),
    pytest.param("市指挥部决定于4月9日9时启动重污染天气橙色预警(II级)响应。", D("2023-04-09"),
                 [("重污染天气橙色预警", "市指挥部", T("2023-04-09T09:00"), None, "橙色预警/Ⅱ级响应")], id="roman-letters"),
    pytest.param("市指挥部决定于4月9日9时启动重污染天气橙色预警(Ⅱ级),全市执行差异化减排措施。", D("2023-04-09"),
                 [("重污染天气橙色预警", "市指挥部", T("2023-04-09T09:00"), None, "橙色预警")], id="no-response-word"),
    pytest.param("重污染天气黄色预警(Ⅲ级)应急响应期间,全市停止露天喷涂作业。", D("2023-02-03"), [], id="during-is-none"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), BRACKETED_RESPONSE)
def test_response_level_in_brackets_after_the_alert(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# "截至<time>,<cities>已发布…预警": a tally of orders already in force at a moment, which is no order's
# start; the same time before an order the sentence starts, or after one, keeps its meaning.
STATUS_AT_A_MOMENT = [
    pytest.param(
        "截至3月2日20时,青岚、河湾两市已发布重污染天气黄色预警,桐江市已发布重污染天气橙色预警。",
        D("2024-03-03"), [], id="tally-of-alerts-in-force"),
    pytest.param(
        "截止到今天早晨,全省已经有六个城市启动重污染天气红色预警。",
        D("2024-03-03"), [], id="tally-as-of-this-morning"),
    pytest.param(
        "截至3月2日20时,桐江市将启动重污染天气黄色预警。",
        D("2024-03-02"),
        [("重污染天气黄色预警", None, T("2024-03-02T20:00"), None, "黄色预警")],
        id="neg-no-tally-the-time-stays-the-start"),
    pytest.param(
        "市指挥部决定于3月2日20时启动重污染天气黄色预警,截至3月3日8时,已有150家企业落实减排措施。",
        D("2024-03-03"),
        [("重污染天气黄色预警", "市指挥部", T("2024-03-02T20:00"), None, "黄色预警")],
        id="neg-tally-after-the-order"),
    pytest.param(
        "市指挥部决定于3月2日20时启动重污染天气黄色预警,预警截止到3月4日24时。",
        D("2024-03-02"),
        [("重污染天气黄色预警", "市指挥部", T("2024-03-02T20:00"), T("2024-03-05T00:00"), "黄色预警")],
        id="neg-cutoff-word-giving-the-end"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), STATUS_AT_A_MOMENT)
def test_a_tally_at_a_moment_starts_no_order(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# A web page's publication stamp run into the body by the segmenter ("<date> <clock>来源:…",
# "发布时间:<date> <clock>"): when the page went up, neither the order's start nor its issuer's clause;
# an order that states no moment of its own has no period, hence no record. A clock time the text
# itself gives the order stays its start.
PAGE_STAMP = [
    pytest.param(
        "关于发布重污染天气黄色预警的通知\n\n2022-11-20 09:31来源:枫林市生态环境局\n\n"
        "枫林市环委会办公室发布重污染天气黄色预警,同时启动Ⅲ级应急响应。",
        D("2022-11-21"), [], id="stamp-and-source-no-start"),
    pytest.param(
        "枫林市发布重污染天气橙色预警\n\n2022年11月20日 09:31 作者:李明\n\n"
        "据悉,枫林市环委会办公室发布重污染天气橙色预警,同时启动Ⅱ级应急响应。",
        D("2022-11-21"), [], id="stamp-and-author-no-start"),
    pytest.param(
        "关于发布重污染天气黄色预警的通知\n\n2022/11/20 09:31:05 稿源:枫林日报\n\n"
        "经会商研判,枫林市环委会办公室于11月20日12时发布重污染天气黄色预警。",
        D("2022-11-21"),
        [("重污染天气黄色预警", "枫林市环委会办公室", T("2022-11-20T12:00"), None, "黄色预警")],
        id="stamp-before-the-orders-own-hour"),
    pytest.param(
        "关于发布重污染天气黄色预警的通知\n\n发布时间:2022-11-20 09:31\n\n"
        "枫林市环委会办公室发布重污染天气黄色预警,同时启动Ⅲ级应急响应。",
        D("2022-11-21"), [], id="labelled-stamp-no-start"),
    pytest.param(
        "关于发布重污染天气黄色预警的通知\n\n11月20日9时31分,枫林市环委会办公室发布重污染天气黄色预警,同时启动Ⅲ级应急响应。",
        D("2022-11-21"),
        [("重污染天气黄色预警", "枫林市环委会办公室", T("2022-11-20T09:31"), None, "黄色预警/Ⅲ级应急响应")],
        id="neg-the-orders-own-hour-of-publishing"),
    pytest.param(
        "关于发布重污染天气黄色预警的通知\n\n2022年11月20日9时31分,枫林市环委会办公室发布重污染天气黄色预警。",
        D("2022-11-21"),
        [("重污染天气黄色预警", "枫林市环委会办公室", T("2022-11-20T09:31"), None, "黄色预警")],
        id="neg-a-dated-hour-with-no-source-after"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), PAGE_STAMP)
def test_a_page_stamp_is_no_order_time(text, issue_date, expected):
    assert summary(text, issue_date) == expected


# An end the plan sets ahead of time, "X时自动解除/自动终止": the order's end like any printed end, never
# its start (read before as a bare hour, hence the start).
SET_END = [
    pytest.param(
        "青石市大气办决定于12月3日8时起启动重污染天气Ⅲ级应急响应,12月5日20时自动终止。",
        D("2022-12-03"),
        [("重污染天气Ⅲ级应急响应", "青石市大气办", T("2022-12-03T08:00"), T("2022-12-05T20:00"), "Ⅲ级应急响应")],
        id="response-ends-by-itself"),
    pytest.param(
        "青石市于12月3日8时发布重污染天气黄色预警,同时启动Ⅲ级应急响应,预警于12月5日20时自动解除。",
        D("2022-12-03"),
        [("重污染天气黄色预警", None, T("2022-12-03T08:00"), T("2022-12-05T20:00"), "黄色预警/Ⅲ级应急响应")],
        id="alert-lifted-by-itself-not-its-start"),
    pytest.param(
        "青石市于12月3日8时发布重污染天气黄色预警,同时启动Ⅲ级应急响应。本次预警于5日20时自行解除,请市民做好防护。",
        D("2022-12-03"),
        [("重污染天气黄色预警", None, T("2022-12-03T08:00"), T("2022-12-05T20:00"), "黄色预警/Ⅲ级应急响应")],
        id="next-sentence-of-the-paragraph"),
    pytest.param(
        "青石市于12月3日8时发布重污染天气黄色预警,同时启动Ⅲ级应急响应,解除时间将另行通知。",
        D("2022-12-03"),
        [("重污染天气黄色预警", None, T("2022-12-03T08:00"), None, "黄色预警/Ⅲ级应急响应")],
        id="neg-end-left-open"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), SET_END)
def test_an_end_set_ahead_is_the_orders_end(text, issue_date, expected):
    assert summary(text, issue_date) == expected
