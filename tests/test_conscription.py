"""The conscription-window extractor as a table of sentences: which registration windows they state."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from extractors.conscription import (
    _REGISTRATION, _REGISTRATION_MARKS, _dates_of, _fold_script, _folded, _mask, _may_give_dates, _NamedYear, extract,
)
from extractors.date_memo import find_dates
from extractors.lang.zh_common import MASK
from extractors.lang.zh_conscription import REGISTRATION_WORDS
from extractors.lang.zh_traditional import TRADITIONAL_TO_SIMPLIFIED
from extractors.records import Article, Issue, IssueContext
from extractors.segment import segment

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
D = date.fromisoformat


def issue_of(text: str, issue_date: date | None) -> Issue:
    return Issue(ctx=IssueContext(issue_id="iss_test", issue_date=issue_date), text=text, articles=segment(text))


def windows(text: str, issue_date: date | None) -> list[tuple]:
    issue = issue_of(text, issue_date)
    records = extract(issue)
    for r in records:
        assert issue.text[r.char_start:r.char_end] == r.evidence
    return [(r.year, r.gender, r.half, r.start_date, r.end_date) for r in records]


SAMPLE_000 = (
    "2024年征兵报名时间分两次进行,男兵上半年报名时间为:2023年12月1日至2024年2月10日;下半年报名时间为:"
    "2023年12月1日至2024年8月10日;女兵上半年报名时间为:2024年1月1日至2024年2月10日,下半年报名时间为:"
    "2024年7月1日至2024年8月10日。"
)

# (text, issue date, [(year, gender, half, first day, last day), ...])
CASES = [
    # --- the sample issue: the male second half inherits 男兵 and keeps its printed December start ---
    pytest.param(SAMPLE_000, D("2023-12-01"), [
        (2024, "male", "H1", D("2023-12-01"), D("2024-02-10")),
        (2024, "male", "H2", D("2023-12-01"), D("2024-08-10")),
        (2024, "female", "H1", D("2024-01-01"), D("2024-02-10")),
        (2024, "female", "H2", D("2024-07-01"), D("2024-08-10")),
    ], id="000-four-windows"),
    # --- other papers' wording ---
    pytest.param(
        "2024年上半年征兵男性青年网上报名时间为2023年12月1日至2024年2月10日,"
        "女性青年网上报名时间为2024年1月1日至2024年2月10日。", D("2023-12-01"),
        [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10")),
         (2024, "female", "H1", D("2024-01-01"), D("2024-02-10"))], id="male-female-youth"),
    pytest.param(
        "区征兵办工作人员说,今年仍分两次征兵。上半年的应征报名时间是1月6号到2月20号;"
        "下半年男兵的应征报名时间是3月15号到8月31号,女兵是6月10号到8月31号。", D("2021-01-05"),
        [(2021, "male", "H1", D("2021-01-06"), D("2021-02-20")),
         (2021, "male", "H2", D("2021-03-15"), D("2021-08-31")),
         (2021, "female", "H2", D("2021-06-10"), D("2021-08-31"))], id="parallel-clause-without-registration-word"),
    pytest.param("2024年秋季征兵应征报名时间:7月1日—8月10日。", D("2024-06-20"),
                 [(2024, "male", "H2", D("2024-07-01"), D("2024-08-10"))], id="autumn-is-H2"),
    pytest.param("2024年春季征兵网上报名时间为2023年12月1日至2024年2月10日。", D("2023-12-01"),
                 [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))], id="spring-is-H1"),
    pytest.param("上半年征兵工作今起展开,适龄青年12月1日起开始网上报名,截止时间为2月10日。", D("2023-12-01"),
                 [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))], id="start-and-deadline-joined"),
    pytest.param("今年下半年征兵网上报名工作于7月1日启动,8月10日截止。", D("2024-06-28"),
                 [(2024, "male", "H2", D("2024-07-01"), D("2024-08-10"))], id="start-verb-and-deadline-clause"),
    pytest.param("2024年下半年征兵网上报名正在进行,网上报名截止时间为8月10日。", D("2024-07-20"),
                 [(2024, "male", "H2", None, D("2024-08-10"))], id="deadline-only"),
    pytest.param("征兵:男女兵报名时间均为2024年7月1日至8月10日。", D("2024-06-28"),
                 [(2024, "male", "H2", D("2024-07-01"), D("2024-08-10")),
                  (2024, "female", "H2", D("2024-07-01"), D("2024-08-10"))], id="both-genders"),
    pytest.param("上半年征兵报名时间为12月1日至次年2月10日,应征青年可登录全国征兵网报名。", D("2023-11-25"),
                 [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))], id="december-window-is-next-year"),
    pytest.param("市征兵办提醒,征兵报名时间为2月1日至2月20日,符合条件的青年可登录全国征兵网报名。", D("2021-01-20"),
                 [(2021, "male", "H1", D("2021-02-01"), D("2021-02-20"))], id="half-from-deadline-month"),
    pytest.param("今年征兵工作已经开始,有意愿的男青年可于12月1日至2月10日登录全国征兵网报名。", D("2023-12-01"),
                 [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))], id="registration-word-after-dates"),
    pytest.param("男兵网上报名时间为即日起至2月10日18时,请有意向的青年抓紧报名参军。", D("2023-12-05"),
                 [(2024, "male", "H1", D("2023-12-05"), D("2024-02-10"))], id="from-today-to-a-clock-time"),
    pytest.param("2025年上半年征兵工作启动,女兵报名时间为2025年1月1日至2月10日。", D("2024-12-20"),
                 [(2025, "female", "H1", D("2025-01-01"), D("2025-02-10"))], id="female-only"),
    pytest.param("明年上半年征兵报名时间为12月1日至次年2月10日。", D("2023-11-28"),
                 [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))], id="relative-year-word"),
    pytest.param("下半年征兵网上报名已于7月1日启动,将于8月10日截止。", D("2024-07-05"),
                 [(2024, "male", "H2", D("2024-07-01"), D("2024-08-10"))], id="started-and-still-open"),
    pytest.param("征兵报名时间为2024年1月1日至2024年2月10日。征兵报名时间为2024年1月1日至2024年2月10日。",
                 D("2023-12-20"), [(2024, "male", "H1", D("2024-01-01"), D("2024-02-10"))], id="stated-twice-once"),
    pytest.param("2024年上半年征兵网上报名时间为2023年12月1日至2024年2月10日(男兵)、2024年1月1日至2月10日(女兵)。",
                 D("2023-12-01"), [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10")),
                                   (2024, "female", "H1", D("2024-01-01"), D("2024-02-10"))],
                 id="gender-in-brackets-after-dates"),
    pytest.param("2024年度征兵网上报名时间:2024年1月1日至2月10日。", D("2023-12-28"),
                 [(2024, "male", "H1", D("2024-01-01"), D("2024-02-10"))], id="year-of-the-call-up-with-du"),
    # --- lists: a header naming registration carries its cue to the dated lines under it ---
    pytest.param(
        "2023年度征兵工作开始\n\n本报讯 记者从市征兵办获悉,今年征兵工作正式启动。\n网上报名时段：\n"
        "男性青年：2022年12月1日—2023年2月15日\n女性青年：2023年1月1日—2023年2月15日\n", D("2022-12-05"),
        [(2023, "male", "H1", D("2022-12-01"), D("2023-02-15")),
         (2023, "female", "H1", D("2023-01-01"), D("2023-02-15"))], id="list-under-a-colon-header"),
    pytest.param(
        "征兵季来了\n\n本报讯 应征报名时间安排如下:\n男兵:2024年12月1日至2025年2月10日(上半年)\n"
        "女兵:2025年6月1日至8月15日（下半年）\n", D("2024-11-28"),
        [(2025, "male", "H1", D("2024-12-01"), D("2025-02-10")),
         (2025, "female", "H2", D("2025-06-01"), D("2025-08-15"))], id="list-lines-with-the-half-after-the-dates"),
    pytest.param(
        "兰州日报讯 女兵报名时间:\n上半年:1月1日至2月10日\n下半年:7月1日至8月10日\n请登录全国征兵网报名。", D("2023-12-28"),
        [(2024, "female", "H1", D("2024-01-01"), D("2024-02-10")),
         (2024, "female", "H2", D("2024-07-01"), D("2024-08-10"))], id="gender-in-the-header-half-on-the-line"),
    pytest.param(
        "本报讯 我市2025年度征兵网上报名已经启动。\n男兵:2024年12月1日至2025年2月10日(上半年)\n"
        "男兵:2025年3月1日至8月10日(下半年)\n", D("2024-12-02"),
        [(2025, "male", "H1", D("2024-12-01"), D("2025-02-10")),
         (2025, "male", "H2", D("2025-03-01"), D("2025-08-10"))], id="labelled-lines-under-a-registration-sentence"),
    pytest.param(
        "市征兵办公布了今年网上报名时间,春季:1月5日至2月20日;秋季:6月1日至8月20日。", D("2022-01-04"),
        [(2022, "male", "H1", D("2022-01-05"), D("2022-02-20")),
         (2022, "male", "H2", D("2022-06-01"), D("2022-08-20"))], id="cue-clause-then-labelled-clauses"),
    pytest.param(
        "征兵报名进行时:网上报名截止日期为,男兵上半年2月15日,下半年8月15日。", D("2022-12-10"),
        [(2023, "male", "H1", None, D("2023-02-15")), (2023, "male", "H2", None, D("2023-08-15"))],
        id="parallel-deadlines-the-later-one-next-year"),
    pytest.param("应征报名工作从11月25日开始,至2月15日结束。", D("2022-11-20"),
                 [(2023, "male", "H1", D("2022-11-25"), D("2023-02-15"))], id="from-start-to-finish-verbs"),
    pytest.param("今年秋季征兵,女性青年报名时间为七月一日至八月十日。", D("2021-06-25"),
                 [(2021, "female", "H2", D("2021-07-01"), D("2021-08-10"))], id="chinese-numeral-dates"),
    # --- negatives: conscription stories without a registration window ---
    pytest.param(
        "2022年征兵公告\n\n本报讯 我市2022年上半年征兵工作开始。\n（一）应征报名时间\n男性青年：1月1日至2月25日\n"
        "女性青年：1月10日至2月25日\n（二）体检时间\n男性青年：3月1日至3月5日\n", D("2021-12-30"),
        [(2022, "male", "H1", D("2022-01-01"), D("2022-02-25")),
         (2022, "female", "H1", D("2022-01-10"), D("2022-02-25"))], id="numbered-headings-without-colons"),
    pytest.param("征兵体检时间:\n男兵:3月1日至3月5日\n女兵:3月6日至3月8日\n", D("2024-02-20"), [],
                 id="list-under-a-medical-check-header"),
    pytest.param("征兵报名时间如下:\n男兵:2023年12月1日至2024年2月10日\n体检时间:\n男兵:2024年3月1日至3月5日\n",
                 D("2023-12-01"), [(2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))],
                 id="a-second-header-ends-the-list"),
    pytest.param("已报名的应征青年,男兵3月1日至3月5日、女兵3月6日至3月8日前往指定医院。", D("2024-02-20"), [],
                 id="cue-clause-without-a-time"),
    # --- a list printed one item a line: heading, then a gender label line over each date line (the page
    #     layout may set these short lines as headlines), ranges spanning the year, ends at 24时 ---
    pytest.param("本期导读\n\n2026年上半年应征报名时间\n\n男兵\n\n2025年12月1日至2026年2月10日24时\n\n女兵\n\n"
                 "2026年1月1日至2026年2月10日24时\n\n一、网上报名\n\n应征青年登录全国征兵网填写个人信息,"
                 "报名成功后下载打印应征报名表,交户籍所在地乡镇武装部。\n", D("2025-12-05"),
                 [(2026, "male", "H1", D("2025-12-01"), D("2026-02-10")),
                  (2026, "female", "H1", D("2026-01-01"), D("2026-02-10"))], id="label-lines-over-date-lines"),
    pytest.param("本报讯 我县征兵工作全面展开。\n报名时间:\n男兵\n2025年12月1日至2026年8月10日24时\n女兵\n"
                 "2026年7月1日至2026年8月10日24时\n欢迎适龄青年踊跃报名。", D("2026-07-03"),
                 [(2026, "male", "H2", D("2025-12-01"), D("2026-08-10")),
                  (2026, "female", "H2", D("2026-07-01"), D("2026-08-10"))], id="label-lines-under-a-colon-header"),
    pytest.param("征兵体检时间\n\n男兵\n\n2026年8月1日至2026年8月5日\n\n女兵\n\n2026年8月6日至2026年8月8日\n\n"
                 "体检地点为县人民医院,请应征青年按时参加,携带身份证和毕业证书,不得由他人代替参加体检。\n",
                 D("2026-07-20"), [], id="label-lines-under-a-later-stage"),
    pytest.param("2026年7月1日至7月3日\n\n县第十八届人民代表大会第五次会议召开\n\n会议听取和审议了政府工作报告,"
                 "全县征兵报名工作同步推进,各乡镇要认真组织适龄青年参加。\n", D("2026-07-04"), [],
                 id="dated-headline-outside-a-list"),
    pytest.param("本报讯 2026年女兵征集工作全面展开。即日起至2月20日18时,符合条件的适龄青年可登录全国征兵网报名。"
                 "下半年应征报名时间为6月26日至8月15日18时。", D("2026-01-29"),
                 [(2026, "female", "H1", D("2026-01-29"), D("2026-02-20")),
                  (2026, "female", "H2", D("2026-06-26"), D("2026-08-15"))], id="the-only-gender-the-article-names"),
    pytest.param("城市马拉松报名时间:\n全程:3月1日至3月10日\n半程:3月1日至3月15日\n", D("2024-02-20"), [],
                 id="list-outside-conscription"),
    pytest.param("12月15日,我市举行欢送新兵入伍仪式,200余名新兵踏上军旅。", D("2023-12-16"), [], id="send-off"),
    pytest.param("已报名的应征青年请注意,征兵体检时间为3月1日至3月5日。", D("2024-02-20"), [], id="medical-check"),
    pytest.param("今年征兵宣传月活动自5月1日至5月31日开展。", D("2024-05-01"), [], id="publicity-month"),
    pytest.param("兵役登记时间为1月1日至6月30日,年满18周岁的男性公民应进行初次兵役登记。", D("2024-01-02"), [],
                 id="military-service-registration"),
    pytest.param("去年全市共有3000余名青年报名应征,其中大学生占六成。", D("2024-01-02"), [], id="statistics"),
    pytest.param("研究生招生考试报名时间为10月8日至10月25日。", D("2023-10-01"), [], id="exam-registration"),
    pytest.param("征兵从上半年2月中旬开始,3月1号批准入伍,3月底结束。", D("2020-01-15"), [], id="call-up-timeline"),
    pytest.param("2024年征兵男兵上半年报名时间为:13月1日至13月5日。", D("2023-12-01"), [], id="invalid-dates"),
    pytest.param("据市征兵办介绍,今年下半年征兵网上报名已于8月10日截止,9月起新兵将陆续入营。", D("2023-08-20"), [],
                 id="window-reported-closed"),
    pytest.param("2025年度征兵工作已于本月全面启动,报名时间请关注全国征兵网公告。", D("2024-12-05"), [],
                 id="work-started-this-month"),
    pytest.param("马拉松比赛报名时间为3月1日至3月20日,预计吸引2万名跑者参赛。", D("2024-02-20"), [], id="no-conscription"),
    # --- a page in traditional script (a big5 gateway of a mainland site) reads as its simplified twin ---
    pytest.param("本報訊 今年征兵網上報名時間為7月1日至8月10日，適齡青年可登錄全國征兵網報名。", D("2026-06-20"),
                 [(2026, "male", "H2", D("2026-07-01"), D("2026-08-10"))], id="trad-registration-range"),
    pytest.param("記者從區征兵辦獲悉，女兵網上報名到8月10日18時截止。", D("2026-07-01"),
                 [(2026, "female", "H2", None, D("2026-08-10"))], id="trad-deadline-after-the-date"),
    pytest.param("記者從區征兵辦獲悉，征兵體檢時間為8月1日至8月5日。", D("2026-07-01"), [], id="neg-trad-medical-check"),
    pytest.param("區征兵辦提醒，兵役登記時間為1月1日至6月30日。", D("2026-01-05"), [],
                 id="neg-trad-military-service-registration"),
    # --- before 2020 one call-up a year, in the second half: a spring deadline or start is its own ---
    pytest.param("2016年征兵工作启动，高校学生6月30日前可登录全国征兵网报名。", D("2016-05-10"),
                 [(2016, "male", "H2", None, D("2016-06-30"))], id="pre-2020-june-deadline-is-the-one-call-up"),
    pytest.param("2015年征兵网上报名4月10日起开始，有意者在全国征兵网上填报即可。", D("2015-04-12"),
                 [(2015, "male", "H2", D("2015-04-10"), None)], id="pre-2020-spring-start-is-the-one-call-up"),
    pytest.param("2026年征兵工作启动，高校学生2月20日前可登录全国征兵网报名。", D("2026-01-10"),
                 [(2026, "male", "H1", None, D("2026-02-20"))], id="since-2020-a-february-deadline-is-the-spring-one"),
    pytest.param("2025年征兵网上报名4月10日起开始，有意者在全国征兵网上填报即可。", D("2025-04-12"), [],
                 id="since-2020-a-lone-april-start-names-no-half"),
    # --- a gender the article names only in passing is no topic: the window is the general call-up's ---
    pytest.param("本报讯 我区征兵动员大会昨日召开。\n有意参军的青年从今天起可登录全国征兵网报名，8月6日截止。\n"
                 "女兵的征集另有安排。", D("2019-06-20"),
                 [(2019, "male", "H2", D("2019-06-20"), D("2019-08-06"))], id="a-gender-named-after-the-window"),
    pytest.param("本报讯 我区征兵动员大会昨日召开。\n女兵的征集另有安排。\n"
                 "有意参军的青年从今天起可登录全国征兵网报名，8月6日截止。", D("2019-06-20"),
                 [(2019, "male", "H2", D("2019-06-20"), D("2019-08-06"))], id="a-gender-named-in-another-paragraph"),
    pytest.param("本报讯 我区征兵动员大会昨日召开。\n今年的女兵征集也已启动，从今天起至8月6日可登录全国征兵网报名。",
                 D("2019-06-20"),
                 [(2019, "female", "H2", D("2019-06-20"), D("2019-08-06"))], id="a-gender-named-before-in-the-paragraph"),
    # --- 征集 alone is no call-up: a hearing, a contest or a survey 征集s people and asks them to register ---
    pytest.param("关于征集自来水价格听证会代表的公告\n有意担任代表的市民请于9月12日前到市物价局报名。", D("2021-09-01"), [],
                 id="neg-a-hearing-collects-its-delegates"),
    pytest.param("本报讯 城市形象标识征集活动启动，报名时间为3月1日至3月31日。", D("2022-02-27"), [],
                 id="neg-a-design-contest-collects-entries"),
    pytest.param("区征兵办：今年兵员征集工作启动，应征青年请于8月10日前登录全国征兵网报名。", D("2022-07-01"), [
        (2022, "male", "H2", None, D("2022-08-10"))], id="a-call-up-that-says-征集-beside-its-own-words"),
    # --- 兵役登记 listed as one phase with registration ("兵役登记、应征报名") is that phase ---
    pytest.param("记者从县人武部了解到，今年下半年征兵7月31日前为网上兵役登记、应征报名及初审初检阶段，"
                 "8月上旬转入体检。", D("2016-07-11"),
                 [(2016, "male", "H2", None, D("2016-07-31"))], id="phase-before-a-date-lists-兵役登记-with-报名"),
    pytest.param("县征兵办通知，全国征兵网将于1月12日开通，全面展开网上兵役登记、应征报名等工作。", D("2017-01-05"), [],
                 id="neg-site-opens-for-兵役登记-all-year"),
    pytest.param("区征兵办介绍，1月8日起，适龄青年可随时登录全国征兵网进行兵役登记和应征报名。", D("2022-01-06"), [],
                 id="neg-兵役登记-and-报名-open-from-a-date"),
    pytest.param("今年征兵，应征报名和兵役登记工作于6月10日至8月5日集中进行。", D("2015-06-01"),
                 [(2015, "male", "H2", D("2015-06-10"), D("2015-08-05"))], id="报名-listed-before-兵役登记"),
    pytest.param("今年上半年征兵，2月20日前为网上兵役登记和应征报名阶段。", D("2023-01-10"),
                 [(2023, "male", "H1", None, D("2023-02-20"))], id="spring-phase-lists-兵役登记-with-报名"),
    pytest.param("今年征兵，男青年须在6月30日前完成兵役登记后方可应征报名。", D("2019-03-01"), [],
                 id="neg-兵役登记-as-a-condition-of-报名"),
    pytest.param("街道提醒，适龄青年登录全国征兵网（年满十八周岁的男青年须于4月15日前先行登记），"
                 "一并完成网上兵役登记和应征报名。", D("2021-12-20"), [], id="neg-date-in-an-aside-about-兵役登记"),
    pytest.param("今年征兵，8月6日前为兵役登记、应征报名及体检阶段。", D("2016-07-11"), [],
                 id="neg-phase-that-includes-the-medical-check"),
    pytest.param("今年征兵工作中，我区网上兵役登记和应征报名已于8月6日结束，共有300人报名。", D("2016-08-20"), [],
                 id="neg-兵役登记-and-报名-reported-closed"),
    pytest.param("8月10日起，完成网上兵役登记和应征报名的青年陆续上站体检。", D("2016-08-08"), [],
                 id="neg-medical-check-of-those-registered"),
    pytest.param("9月6日，我县举行新兵欢送仪式，今年完成兵役登记、应征报名的青年中有86人光荣入伍。", D("2016-09-07"), [],
                 id="neg-send-off-recalls-registration"),
    pytest.param("回顾2023年征兵工作，全区完成兵役登记和应征报名的青年共3200人，12月20日前新兵全部起运。",
                 D("2023-12-28"), [], id="neg-year-review"),
    pytest.param("区退役军人服务站提醒，12月1日至12月10日为退役士兵报到时间，报到后办理兵役登记信息变更。",
                 D("2023-11-28"), [], id="neg-veterans-notice"),
    # --- other ways papers print the window, each seen on several papers ---
    pytest.param("区征兵办提醒，即日起至8月5日，适龄青年可登录全国征兵网报名。", D("2015-07-01"),
                 [(2015, "male", "H2", D("2015-07-01"), D("2015-08-05"))], id="from-today-until-a-date"),
    pytest.param("适龄青年登录全国征兵网如实填写信息，报名截止时间为8月6日。", D("2015-07-01"),
                 [(2015, "male", "H2", None, D("2015-08-06"))], id="deadline-stated-as-截止时间为"),
    pytest.param("7月1日至8月10日期间，适龄青年可登录全国征兵网报名参军。", D("2015-06-20"),
                 [(2015, "male", "H2", D("2015-07-01"), D("2015-08-10"))], id="range-期间-then-报名"),
    pytest.param("今年县征兵宣传和报名时间从即日开始，7月30日前为宣传动员和报名登记；8月2日至30日组织体检、政审。",
                 D("2014-06-20"), [(2014, "male", "H2", D("2014-06-20"), D("2014-07-30"))],
                 id="from-today-and-a-phase-before-a-date"),
    pytest.param("今冬征兵分四个阶段：11月2日至15日为宣传报名阶段，11月16日至30日为体检政审阶段。", D("2011-10-20"),
                 [(2011, "male", "H2", D("2011-11-02"), D("2011-11-15"))], id="range-为-a-registration-phase"),
    # --- a cutoff heading its own clause before a count of people dates a tally, not a deadline ---
    pytest.param("今年征兵报名正在进行。截至6月3日,青石县已有412名青年在网上报名应征。", D("2024-06-05"),
                 [], id="neg-tally-已有-N名-报名"),
    pytest.param("征兵工作启动以来,截止7月10日,枫林区共报名一千二百余人,其中大学生过半。", D("2024-07-12"),
                 [], id="neg-tally-共报名-Chinese-numeral-余人"),
    pytest.param("男兵报名时间为4月6日至8月15日。截至6月3日,全县已有三百多名青年报名。", D("2024-06-05"),
                 [(2024, "male", "H2", D("2024-04-06"), D("2024-08-15"))], id="neg-tally-beside-a-window"),
    # the same words without a count are still the deadline
    pytest.param("适龄青年可登录全国征兵网报名应征,网上报名截至8月15日,逾期不再受理。", D("2024-06-05"),
                 [(2024, "male", "H2", None, D("2024-08-15"))], id="deadline-截至-inside-its-clause"),
    pytest.param("截至8月20日,有意参军的青年均可登录全国征兵网报名应征。", D("2024-06-05"),
                 [(2024, "male", "H2", None, D("2024-08-20"))], id="deadline-截至-heading-a-clause-without-a-count"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), CASES)
def test_windows(text, issue_date, expected):
    assert windows(text, issue_date) == expected


def test_evidence_is_the_clause_of_the_window():
    issue = issue_of(SAMPLE_000, D("2023-12-01"))
    assert [r.evidence for r in extract(issue)] == [
        "男兵上半年报名时间为:2023年12月1日至2024年2月10日",
        "下半年报名时间为:2023年12月1日至2024年8月10日",
        "女兵上半年报名时间为:2024年1月1日至2024年2月10日",
        "下半年报名时间为:2024年7月1日至2024年8月10日",
    ]


@pytest.mark.parametrize(("text", "issue_date", "evidence"), [
    pytest.param("本区今年征兵，7月20日前为网上兵役登记以及网上应征报名阶段。", D("2016-07-11"),
                 ["7月20日前为网上兵役登记以及网上应征报名"], id="runs-to-the-whole-registration-word"),
    pytest.param("今年征兵，7月1日至8月6日，登录全国征兵网报名。", D("2016-06-20"),
                 ["7月1日至8月6日，登录全国征兵网报名"], id="runs-to-the-registration-word-after"),
])
def test_evidence_runs_to_the_registration_word(text, issue_date, evidence):
    assert [r.evidence for r in extract(issue_of(text, issue_date))] == evidence
AGES = (
    "男兵应征报名,男青年需18周岁至22周岁,符合条件的普通高等学校、专科毕业生可放宽至24周岁;"
    "硕士研究生毕业生及在校生可放宽至26周岁。女兵应征报名,女青年需18周岁至22周岁,"
    "全日制硕士研究生应届毕业生及在校生可放宽至26周岁。"
)


@pytest.mark.parametrize(("gender", "age_min", "age_max", "note"), [
    ("male", 18, 22, "符合条件的普通高等学校、专科毕业生可放宽至24周岁;硕士研究生毕业生及在校生可放宽至26周岁"),
    ("female", 18, 22, "全日制硕士研究生应届毕业生及在校生可放宽至26周岁"),
])
def test_age_limits_per_gender(gender, age_min, age_max, note):
    issue = issue_of(SAMPLE_000 + "\n" + AGES + "\n登录全国征兵网报名。", D("2023-12-01"))
    rows = [r for r in extract(issue) if r.gender == gender]
    assert rows and all((r.age_min, r.age_max, r.age_note) == (age_min, age_max, note) for r in rows)
    assert all(r.site == "全国征兵网" for r in rows)


@pytest.mark.parametrize(("text", "stated"), [
    ("男兵上半年报名时间为:2023年12月1日至2024年2月10日。", True),
    ("上半年征兵报名时间为:2023年12月1日至2024年2月10日。", False),
])
def test_gender_stated(text, stated):
    (record,) = extract(issue_of(text, D("2023-12-01")))
    assert (record.gender, record.gender_stated) == ("male", stated)


def test_without_issue_date_full_dates_still_resolve():
    assert windows("2024年征兵男兵报名时间为2023年12月1日至2024年2月10日。", None) == [
        (2024, "male", "H1", D("2023-12-01"), D("2024-02-10"))]


def _gold_items(name: str) -> tuple[Path, list[dict]]:
    gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
    return ROOT / "raw" / gold["file"], gold["conscription_windows"]


@pytest.mark.parametrize("name", [p.name.removesuffix(".gold.json") for p in sorted(GOLD.glob("*.gold.json"))])
def test_sample_issue_matches_gold(name):
    raw, items = _gold_items(name)
    dates = {row["file"]: row["issue_date"] for row in csv.DictReader((ROOT / "raw" / "issues.csv").open(encoding="utf-8"))}
    text = raw.read_text(encoding="utf-8-sig")
    found = windows(text, D(dates[raw.name]))
    expected = [(i["year"], i["gender"], i["half"], D(i["start"]), D(i["end"])) for i in items if not i.get("optional")]
    assert sorted(found, key=str) == sorted(expected, key=str)


# --- the extractor's shortcuts give what the longer way gives ------------------------------------

def _masked_one_character_at_a_time(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


@pytest.mark.parametrize("text, spans", [
    ("", []),
    ("明年春季征兵工作将于下月展开。", []),
    ("明年春季征兵工作将于下月展开。", [(0, 2)]),
    ("报名已经开始,二〇二五年征兵", [(7, 12)]),  # at the end of the text
    ("2025年征兵与2026年征兵", [(0, 5), (7, 12)]),
    ("2025年征兵与2026年征兵", [(7, 12), (0, 5)]),  # out of order
    ("今年明年征兵", [(0, 2), (2, 4)]),  # touching
    ("2025年至2026年度征兵", [(0, 11), (6, 11)]),  # one inside another
    ("2025年至2026年度征兵", [(0, 7), (5, 11)]),  # overlapping
    ("一二三四五", [(0, 5)]),  # the whole text
])
def test_mask_blanks_what_one_character_at_a_time_blanks(text, spans):
    named = [_NamedYear(start, end, 2025, True) for start, end in spans]
    masked = _mask(text, named)
    assert masked == _masked_one_character_at_a_time(text, spans)
    assert len(masked) == len(text)
    if not spans:
        assert masked is text


@pytest.mark.parametrize("text, may_give", [
    ("报名时间为7月1日至8月10日。", True),
    ("报名于8月10日截止。", True),
    ("报名自7月1日起。", True),
    ("报名时间为7月至8月。", True),  # a range of months
    ("报名时间为明天上午9时。", True),
    ("报名工作于7月启动。", False),  # one month alone
    ("2025年报名。", False),
    ("今年上半年报名。", False),
    ("报名在第三季度。", False),
])
def test_an_expression_dates_of_cannot_read_is_skipped(text, may_give):
    base = datetime(2025, 6, 20)
    exprs = [e for e in find_dates(text, base) if e.kind != "vague"]
    assert exprs
    for expr in exprs:
        assert _may_give_dates(expr) is may_give
        if not may_give:
            clause = (0, len(text))
            for cue in (None, clause):
                for role in (None, "start", "end"):
                    assert _dates_of(text, expr, clause, cue, role) is None


@pytest.mark.parametrize("text", [
    "本報訊 今年征兵網上報名時間為7月1日至8月10日。",
    "今年征兵网上报名时间为7月1日至8月10日。",
    "",
])
def test_a_folded_article_folds_to_itself(text):
    article = Article(seq=0, kind="article", title="征兵報名" if text else None, subtitle=None, section=None,
                      byline=None, body=text, char_start=0, char_end=len(text), body_offsets=range(len(text)))
    once = _folded(article)
    assert _folded(once) is once


def _printed_traditional(word: str) -> str:
    simplified_to_traditional = {v: k for k, v in TRADITIONAL_TO_SIMPLIFIED.items()}
    return "".join(simplified_to_traditional.get(c, c) for c in word)


@pytest.mark.parametrize("word", sorted(REGISTRATION_WORDS))
def test_every_registration_word_prints_a_mark_the_fold_gate_looks_for(word):
    for printed in (word, _printed_traditional(word)):
        assert _REGISTRATION_MARKS.search(f"全市青年{printed}踊跃") is not None


@pytest.mark.parametrize("body, marked", [
    ("适龄青年可于7月1日至8月10日登录全国征兵网报名。", True),
    ("適齡青年可於7月1日至8月10日登錄全國徵兵網報名。", True),
    ("全市青年踊跃网上应征。", True),
    ("本市征兵体检将于8月15日开始。", False),
    ("今年征兵工作全面展开,欢迎适龄青年参军入伍。", False),
    ("", False),
])
def test_a_body_without_a_mark_folds_to_no_registration_word(body, marked):
    assert (_REGISTRATION_MARKS.search(body) is not None) is marked
    if not marked:
        assert _REGISTRATION.search(_fold_script(body)) is None


def test_every_date_like_match_holds_a_unit_the_headline_gate_looks_for():
    # _headline_lists searches an article's headlines for _DATE_LIKE only where one of
    # DATE_LIKE_UNITS stands: every match must hold one (read off the pattern).
    from extractors import conscription
    from extractors.lang import zh_conscription as lang
    from extractors.segment import _needed_texts

    assert any(set(texts) <= set(lang.DATE_LIKE_UNITS) for texts in _needed_texts(conscription._DATE_LIKE))


@pytest.mark.parametrize(("headline", "date_like"), [
    ("2024年12月1日至2025年2月10日", True),
    ("男兵 3 号起报名", True),
    ("三月征兵启动", True),
    ("十二 月报名", False),  # a unit, but a numeral month needs 月 right after it
    ("2024年征兵工作启动", False),  # a year alone
    ("征兵报名进行时", False),
    ("", False),
])
def test_headlines_asked_for_dates_behind_the_unit_gate(headline, date_like):
    from extractors import conscription

    gated = bool(conscription._DATE_LIKE_UNIT.search(headline) and conscription._DATE_LIKE.search(headline))
    assert gated is date_like
    assert gated is bool(conscription._DATE_LIKE.search(headline))  # the full path
