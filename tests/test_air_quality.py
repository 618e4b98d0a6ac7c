"""The air-quality order extractor as a table of sentences: which orders they announce, by whom, when."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from extractors import air_quality
from extractors.patterns import EndingGated, StartGated
from extractors.air_quality import _names_pollutant, extract
from extractors.records import Issue, IssueContext
from extractors.segment import segment

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
D = date.fromisoformat
T = datetime.fromisoformat


def issue_of(text: str, issue_date: date | None) -> Issue:
    return Issue(ctx=IssueContext(issue_id="iss_test", issue_date=issue_date), text=text, articles=segment(text))


def orders(text: str, issue_date: date | None) -> list:
    issue = issue_of(text, issue_date)
    records = extract(issue)
    for r in records:
        assert issue.text[r.char_start:r.char_end] == r.evidence
    return records


def summary(text: str, issue_date: date | None) -> list[tuple]:
    return [(r.order_no, r.name, r.issuer, r.issued_on, r.starts_at, r.ends_at, r.level)
            for r in orders(text, issue_date)]


SAMPLE_003 = (
    "7月28日下午,市改善省城环境质量领导小组办公室发布夏季空气质量保障第10号调度令,明确7月29日0时至7月31日24时,"
    "加严空气质量管控措施,以应对可能出现的臭氧中重度污染。"
)
ORANGE = "重污染天气橙色预警"

# (text, issue date, [(order_no, name, issuer, issued_on, starts_at, ends_at, level), ...])
CASES = [
    # --- the sample issue ---
    pytest.param(SAMPLE_003, D("2022-07-29"), [
        (10, "夏季空气质量保障第10号调度令", "市改善省城环境质量领导小组办公室", D("2022-07-28"),
         T("2022-07-29T00:00"), T("2022-08-01T00:00"), None)], id="003-dispatch-order"),
    # --- numbered orders in other wording ---
    pytest.param(
        "市大气污染防治领导小组办公室发布秋冬季空气质量保障第三号调度令,要求11月5日8时至11月7日24时,"
        "全市工业企业落实错峰生产。", D("2022-11-05"),
        [(3, "秋冬季空气质量保障第三号调度令", "市大气污染防治领导小组办公室", None,
          T("2022-11-05T08:00"), T("2022-11-08T00:00"), None)], id="chinese-numeral-order"),
    pytest.param(
        "8月2日,市改善省城环境质量领导小组办公室下发第12号调度令。调度令明确,8月3日0时至8月5日24时,"
        "全市混凝土搅拌站停止生产。", D("2022-08-03"),
        [(12, "第12号调度令", "市改善省城环境质量领导小组办公室", D("2022-08-02"),
          T("2022-08-03T00:00"), T("2022-08-06T00:00"), None)], id="period-in-next-sentence"),
    pytest.param("市生态环境局发布臭氧污染管控令,6月10日至6月12日,全市停止露天喷涂作业。", D("2023-06-10"),
                 [(None, "臭氧污染管控令", "市生态环境局", None, T("2023-06-10T00:00"), T("2023-06-13T00:00"), None)],
                 id="control-order-whole-days"),
    # --- heavy-pollution alerts (Harbin, Shijiazhuang, Langfang wording) ---
    pytest.param(
        "经市政府同意,哈尔滨市重污染天气应急指挥部办公室决定自12月1日12时起启动重污染天气橙色预警,"
        "至12月3日24时解除。", D("2023-11-30"),
        [(None, ORANGE, "哈尔滨市重污染天气应急指挥部办公室", None, T("2023-12-01T12:00"), T("2023-12-04T00:00"),
          "橙色预警")], id="harbin-orange-since-until"),
    pytest.param(
        "石家庄市重污染天气应急指挥部办公室11月30日16时发布重污染天气橙色预警,自12月1日0时起启动Ⅱ级应急响应,"
        "解除时间另行通知。", D("2023-12-01"),
        [(None, ORANGE, "石家庄市重污染天气应急指挥部办公室", D("2023-11-30"), T("2023-12-01T00:00"), None,
          "橙色预警/Ⅱ级应急响应")], id="shijiazhuang-until-further-notice"),
    pytest.param(
        "市重污染天气应急指挥部决定,于1月5日20时启动重污染天气红色预警(Ⅰ级应急响应),预警解除时间另行通知。",
        D("2024-01-05"),
        [(None, "重污染天气红色预警", "市重污染天气应急指挥部", None, T("2024-01-05T20:00"), None,
          "红色预警/Ⅰ级应急响应")], id="red-alert-start-point"),
    pytest.param(
        "根据最新预测,市重污染天气应急指挥部办公室决定于12月2日12时起将重污染天气黄色预警升级为橙色预警,"
        "启动Ⅱ级应急响应。", D("2023-12-02"),
        [(None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2023-12-02T12:00"), None,
          "橙色预警/Ⅱ级应急响应")], id="upgrade"),
    pytest.param("12月3日12时起,重污染天气橙色预警降级为黄色预警,Ⅱ级应急响应调整为Ⅲ级应急响应。", D("2023-12-03"),
                 [(None, "重污染天气黄色预警", None, None, T("2023-12-03T12:00"), None, "黄色预警/Ⅲ级应急响应")],
                 id="downgrade"),
    pytest.param(
        "市重污染天气应急指挥部办公室决定,自12月1日12时起启动重污染天气黄色预警;12月2日0时起升级为橙色预警,"
        "启动Ⅱ级应急响应。", D("2023-12-01"),
        [(None, "重污染天气黄色预警", "市重污染天气应急指挥部办公室", None, T("2023-12-01T12:00"),
          T("2023-12-02T00:00"), "黄色预警"),
         (None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2023-12-02T00:00"), None,
          "橙色预警/Ⅱ级应急响应")], id="start-then-upgrade-two-orders"),
    pytest.param(
        "霸州市大气污染治理工作领导小组办公室要求,于2020年1月28日上午8时前,将重污染天气橙色预警提升至红色预警"
        "并启动I级应急响应,具体解除时间将根据空气质量研判结果再行通知。", D("2020-01-28"),
        [(None, "重污染天气红色预警", "霸州市大气污染治理工作领导小组办公室", None, T("2020-01-28T08:00"), None,
          "红色预警/Ⅰ级应急响应")], id="upgrade-by-a-deadline"),
    pytest.param("我市自1月10日12时起启动重污染天气Ⅱ级应急响应。", D("2024-01-10"),
                 [(None, "重污染天气Ⅱ级应急响应", None, None, T("2024-01-10T12:00"), None, "Ⅱ级应急响应")],
                 id="response-only"),
    pytest.param(
        "我市启动重污染天气橙色预警\n\n本报讯 经市政府同意,市重污染天气应急指挥部办公室决定于12月1日12时启动"
        "重污染天气橙色预警。此次启动橙色预警后,全市工业企业落实减排措施。", D("2023-12-01"),
        [(None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2023-12-01T12:00"), None, "橙色预警")],
        id="repeated-mention-is-one-order"),
    pytest.param(
        "关于启动重污染天气橙色预警的通告\n\n经市政府同意,决定于2023年12月1日12时起启动重污染天气橙色预警"
        "(Ⅱ级应急响应),解除时间另行通知。\n\n预警期间,全市实施以下措施:\n\n一、全市建筑工地停止土石方作业。\n\n"
        "太原市重污染天气应急指挥部\n\n2023年11月30日\n", D("2023-12-01"),
        [(None, ORANGE, "太原市重污染天气应急指挥部", D("2023-11-30"), T("2023-12-01T12:00"), None,
          "橙色预警/Ⅱ级应急响应")], id="printed-notice-signed"),
    pytest.param(
        "市改善省城环境质量领导小组办公室昨日发布夏季空气质量保障第11号调度令,明确8月5日12时至8月7日24时,"
        "全市加严臭氧污染管控。", D("2022-08-05"),
        [(11, "夏季空气质量保障第11号调度令", "市改善省城环境质量领导小组办公室", D("2022-08-04"),
          T("2022-08-05T12:00"), T("2022-08-08T00:00"), None)], id="issued-yesterday"),
    pytest.param("根据夏季空气质量保障第10号调度令,7月29日0时至7月31日24时,全市混凝土搅拌站停止生产。", D("2022-07-29"),
                 [(10, "夏季空气质量保障第10号调度令", None, None, T("2022-07-29T00:00"), T("2022-08-01T00:00"), None)],
                 id="order-cited-without-verb"),
    pytest.param(
        "太原市重污染天气应急指挥部办公室发布重污染天气黄色预警,全市于11月30日20时启动Ⅲ级应急响应,预计持续至12月2日。",
        D("2023-11-30"),
        [(None, "重污染天气黄色预警", "太原市重污染天气应急指挥部办公室", None, T("2023-11-30T20:00"),
          T("2023-12-03T00:00"), "黄色预警/Ⅲ级应急响应")], id="start-point-and-lasting-until-a-day"),
    pytest.param("市重污染天气应急指挥部决定于12月18日20时解除12月15日8时启动的重污染天气黄色预警。", D("2023-12-19"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", None, T("2023-12-15T08:00"),
                   T("2023-12-18T20:00"), "黄色预警")], id="lift-naming-its-start"),
    pytest.param("记者从市生态环境局获悉,我市决定自1月3日0时起启动重污染天气黄色预警。", D("2024-01-03"),
                 [(None, "重污染天气黄色预警", "市生态环境局", None, T("2024-01-03T00:00"), None, "黄色预警")],
                 id="issuer-from-the-reports-source"),
    pytest.param("12月10日8时,我市启动重污染天气黄色预警。因污染加重,12月11日12时起将黄色预警升级为橙色预警。",
                 D("2023-12-11"),
                 [(None, "重污染天气黄色预警", None, None, T("2023-12-10T08:00"), T("2023-12-11T12:00"), "黄色预警"),
                  (None, ORANGE, None, None, T("2023-12-11T12:00"), None, "橙色预警")],
                 id="upgrade-ends-the-alert-it-replaces"),
    # --- changes of level in other words: the direction comes from the colours ---
    pytest.param("西宁市重污染天气应急指挥部办公室决定,自2月3日18时起将重污染天气黄色预警提级为红色预警。",
                 D("2023-02-03"),
                 [(None, "重污染天气红色预警", "西宁市重污染天气应急指挥部办公室", None, T("2023-02-03T18:00"), None,
                   "红色预警")], id="upgrade-with-tiji"),
    pytest.param("经会商研判,市大气污染防治指挥部办公室决定,11月20日8时起预警级别由黄色调升为橙色。", D("2022-11-20"),
                 [(None, ORANGE, "市大气污染防治指挥部办公室", None, T("2022-11-20T08:00"), None, "橙色预警")],
                 id="colour-change-without-the-word-alert"),
    pytest.param("市生态环境局决定自11月22日0时起,重污染天气预警由橙色转为蓝色。", D("2022-11-21"),
                 [(None, "重污染天气蓝色预警", "市生态环境局", None, T("2022-11-22T00:00"), None, "蓝色预警")],
                 id="neutral-change-word"),
    pytest.param("2月1日6时,我市启动重污染天气黄色预警。受冷空气影响,2月2日12时起,预警由黄色预警调整为蓝色预警。",
                 D("2023-02-02"),
                 [(None, "重污染天气黄色预警", None, None, T("2023-02-01T06:00"), T("2023-02-02T12:00"), "黄色预警"),
                  (None, "重污染天气蓝色预警", None, None, T("2023-02-02T12:00"), None, "蓝色预警")],
                 id="adjusted-alert-ends-the-one-it-replaces"),
    # --- lifts: the alert they end, or the start the next sentence gives ---
    pytest.param("市重污染天气应急指挥部办公室决定于2月6日20时解除重污染天气红色预警。该预警自2月3日18时起实施。",
                 D("2023-02-07"),
                 [(None, "重污染天气红色预警", "市重污染天气应急指挥部办公室", None, T("2023-02-03T18:00"),
                   T("2023-02-06T20:00"), "红色预警")], id="lift-then-its-start-in-the-next-sentence"),
    pytest.param("11月28日20时,我市启动重污染天气橙色预警。\n据市生态环境局消息,11月30日12时,我市解除重污染天气橙色预警。",
                 D("2022-11-30"),
                 [(None, ORANGE, None, None, T("2022-11-28T20:00"), T("2022-11-30T12:00"), "橙色预警")],
                 id="later-lift-ends-the-open-alert"),
    pytest.param("市重污染天气应急指挥部办公室决定于2月6日20时解除重污染天气红色预警。各区县恢复正常生产秩序。",
                 D("2023-02-07"), [], id="lift-with-no-start-anywhere"),
    # --- periods and levels as other papers print them ---
    pytest.param("市重污染天气应急指挥部办公室发布重污染天气黄色预警。预警时段自12月14日12时起至12月16日24时止。",
                 D("2022-12-14"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部办公室", None, T("2022-12-14T12:00"),
                   T("2022-12-17T00:00"), "黄色预警")], id="period-in-the-next-sentence"),
    pytest.param("自12月1日8时起启动重污染天气黄色预警。12月2日20时起升级为橙色预警。预警时间为12月2日20时至12月4日24时。",
                 D("2022-12-01"),
                 [(None, "重污染天气黄色预警", None, None, T("2022-12-01T08:00"), T("2022-12-02T20:00"), "黄色预警"),
                  (None, ORANGE, None, None, T("2022-12-02T20:00"), T("2022-12-05T00:00"), "橙色预警")],
                 id="second-orders-period-in-the-next-sentence"),
    pytest.param("我市于12月9日20时启动重污染天气橙色（Ⅱ级）预警,直至预警解除。", D("2022-12-09"),
                 [(None, ORANGE, None, None, T("2022-12-09T20:00"), None, "橙色预警")], id="level-in-brackets-inside"),
    pytest.param("我市自即日起执行重污染天气二级管控措施。", D("2022-12-09"),
                 [(None, "重污染天气二级管控措施", None, None, T("2022-12-09T00:00"), None, "二级管控措施")],
                 id="level-control-measures-from-today"),
    # --- responses named by colour, level in brackets, look-alike numerals ---
    pytest.param("桐江市重污染天气应急指挥部决定自1月8日18时起启动重污染天气应急预案橙色(Ⅱ级)响应,解除时间另行通知。",
                 D("2024-01-08"),
                 [(None, "重污染天气橙色(Ⅱ级响应)", "桐江市重污染天气应急指挥部", None, T("2024-01-08T18:00"), None,
                   "Ⅱ级响应")],
                 id="plan-colour-response-without-alert"),
    pytest.param("2月6日,市大气污染防治指挥部办公室下发通知,我市于2月6日21时启动重污染天气Ⅱ级(橙色)应急响应。",
                 D("2024-02-07"),
                 [(None, "重污染天气橙色(Ⅱ级应急响应)", "市大气污染防治指挥部办公室", D("2024-02-06"),
                   T("2024-02-06T21:00"), None, "Ⅱ级应急响应")], id="level-then-colour-in-brackets"),
    pytest.param("经管委会研究决定,于11月3日17时发布重污染天气二级(橙色)预警,11月4日0时启动重污染天气二级(橙色)应急响应措施。",
                 D("2023-11-04"),
                 [(None, ORANGE, "管委会", D("2023-11-03"), T("2023-11-04T00:00"), None, "橙色预警/二级应急响应")],
                 id="chinese-level-with-colour-alert-and-response"),
    # an alert effective at one hour, its response at a later one: the order starts with the response
    pytest.param("根据会商结果,市重污染天气应急指挥部办公室决定自1月9日2时将橙色预警升级为红色预警,9日8时启动Ⅰ级应急响应。",
                 D("2024-01-09"),
                 [(None, "重污染天气红色预警", "市重污染天气应急指挥部办公室", None, T("2024-01-09T08:00"), None,
                   "红色预警/Ⅰ级应急响应")], id="alert-hour-then-response-hour"),
    pytest.param("溪口区自12月3日0时起发布重污染天气黄色预警,同时于12月3日6时启动Ⅲ级应急响应,至12月5日24时解除。",
                 D("2023-12-03"),
                 [(None, "重污染天气黄色预警", None, None, T("2023-12-03T06:00"), T("2023-12-06T00:00"),
                   "黄色预警/Ⅲ级应急响应")], id="alert-since-then-response-hour"),
    # negative: an alert alone keeps its own start, a response only mentioned later does not move it
    pytest.param("市重污染天气应急指挥部办公室决定自1月9日2时起发布重污染天气橙色预警。", D("2024-01-09"),
                 [(None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2024-01-09T02:00"), None, "橙色预警")],
                 id="alert-alone-keeps-its-hour"),
    pytest.param("我市自2月2日20时起启动重污染天气ΙΙ级应急响应。", D("2024-02-02"),
                 [(None, "重污染天气Ⅱ级应急响应", None, None, T("2024-02-02T20:00"), None, "Ⅱ级应急响应")],
                 id="greek-iota-numeral"),
    pytest.param("我市自2月2日20时起启动重污染天气ＩＩＩ级应急响应。", D("2024-02-02"),
                 [(None, "重污染天气Ⅲ级应急响应", None, None, T("2024-02-02T20:00"), None, "Ⅲ级应急响应")],
                 id="full-width-latin-numeral"),
    # --- an alert issued with the response it raises is one order ---
    pytest.param("澄湖市重污染天气应急指挥部办公室决定发布重污染天气红色预警,并于2月3日16时将重污染天气Ⅱ级应急响应"
                 "升级为Ι级应急响应。解除时间另行通知。", D("2024-02-03"),
                 [(None, "重污染天气红色预警", "澄湖市重污染天气应急指挥部办公室", None, T("2024-02-03T16:00"), None,
                   "红色预警/Ⅰ级应急响应")], id="alert-with-raised-response"),
    # --- the hour an alert is published is its start when nothing else is ---
    pytest.param("预计1月11日、12日我市将出现重度污染,市政府于1月10日16时发布重污染天气黄色预警。", D("2024-01-11"),
                 [(None, "重污染天气黄色预警", "市政府", D("2024-01-10"), T("2024-01-10T16:00"), None, "黄色预警")],
                 id="published-at-an-hour"),
    # a forecast's days set off by a mark ("经预测,…", "据…预测:…") are the weather's, not the order's
    pytest.param("经预测,2月6日~7日,青湾市将出现一次中度至重度污染过程,经市生态环境委员会批准,青湾市决定发布重污染天气"
                 "橙色预警,并于2024年2月5日18时启动Ⅱ级应急响应。", D("2024-02-05"),
                 [(None, ORANGE, "市生态环境委员会", None, T("2024-02-05T18:00"), None, "橙色预警/Ⅱ级应急响应")],
                 id="forecast-set-off-by-a-comma"),
    pytest.param("据环境监测中心预测:2月6日至7日本市扩散条件较差。市重污染天气应急指挥部决定于2月5日18时启动重污染天气"
                 "黄色预警。", D("2024-02-05"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", None, T("2024-02-05T18:00"), None, "黄色预警")],
                 id="forecast-set-off-by-a-colon"),
    # negative: a period the order itself states after the forecast clause stays its period
    pytest.param("经预测,本市将出现重污染天气,市指挥部决定于2月5日18时至2月7日24时启动重污染天气黄色预警。", D("2024-02-05"),
                 [(None, "重污染天气黄色预警", "市指挥部", None, T("2024-02-05T18:00"), T("2024-02-08T00:00"), "黄色预警")],
                 id="forecast-clause-then-the-orders-own-period"),
    pytest.param("市重污染天气应急指挥部决定于3月4日14时发布重污染天气黄色预警,并于14时启动Ⅲ级应急响应。", D("2024-03-05"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", D("2024-03-04"), T("2024-03-04T14:00"), None,
                   "黄色预警/Ⅲ级应急响应")], id="published-and-started-the-same-hour"),
    pytest.param("市重污染天气应急指挥部办公室于1月7日9时发布重污染天气橙色预警,从1月8日6时起启动Ⅱ级应急响应。",
                 D("2024-01-08"),
                 [(None, ORANGE, "市重污染天气应急指挥部办公室", D("2024-01-07"), T("2024-01-08T06:00"), None,
                   "橙色预警/Ⅱ级应急响应")], id="published-hour-is-not-the-start-when-one-is-given"),
    # --- extensions: the new period ---
    pytest.param("经会商,市重污染天气应急指挥部决定,重污染天气橙色预警时间由12月11日0时延长至12月20日24时。",
                 D("2024-12-12"),
                 [(None, ORANGE, "市重污染天气应急指挥部", None, T("2024-12-11T00:00"), T("2024-12-21T00:00"), "橙色预警")],
                 id="extension-from-to"),
    pytest.param("市重污染天气应急指挥部决定将重污染天气橙色预警延长至12月15日24时。", D("2024-12-12"),
                 [(None, ORANGE, "市重污染天气应急指挥部", None, None, T("2024-12-16T00:00"), "橙色预警")],
                 id="extension-new-end"),
    pytest.param("12月19日晚,经柳岸市重污染天气应急指挥部批准,柳岸市决定再次延长重污染天气橙色预警,同时继续执行重污染天气"
                 "应急预案橙色(二级)响应(12月21日0时至12月31日24时)。", D("2024-12-20"),
                 [(None, ORANGE, "柳岸市重污染天气应急指挥部", D("2024-12-19"), T("2024-12-21T00:00"),
                   T("2025-01-01T00:00"), "橙色预警/二级响应")], id="extension-continued-response"),
    # --- numbered orders with the number at the tail ---
    pytest.param("青川市生态环境局发布秋冬季大气污染防治调度令(第3号),要求11月21日0时至11月23日24时,全市工地停止土石方作业。",
                 D("2025-11-20"),
                 [(3, "秋冬季大气污染防治调度令(第3号)", "青川市生态环境局", None, T("2025-11-21T00:00"),
                   T("2025-11-24T00:00"), None)], id="order-number-at-the-tail"),
    pytest.param("市大气办印发《青川市空气质量保障调度令》第12号,明确11月21日至23日,全市加严管控。", D("2025-11-20"),
                 [(12, "青川市空气质量保障调度令(第12号)", "市大气办", None, T("2025-11-21T00:00"),
                   T("2025-11-24T00:00"), None)], id="order-number-after-the-title-marks"),
    # --- issuers: approval, signature set apart, report's source ---
    pytest.param("经市政府同意,决定从2024年1月2日零时起,将石门市重污染天气应急等级由橙色降为黄色预警。", D("2024-01-02"),
                 [(None, "重污染天气黄色预警", "市政府", None, T("2024-01-02T00:00"), None, "黄色预警")],
                 id="issuer-by-approval"),
    # A report opens with the body that put out a notice; the order's own sentence names only the
    # city and the approving government: the publisher issues it.
    pytest.param("本报讯 3月4日,青川市蓝天保卫战指挥部办公室印发紧急通知,据气象部门研判,3月5日起大气扩散条件不利。"
                 "为减轻这轮污染的影响,经市政府研究决定,全市自3月4日20时起启动重污染天气橙色预警,同步实施Ⅱ级应急响应。",
                 D("2024-03-05"),
                 [(None, ORANGE, "青川市蓝天保卫战指挥部办公室", None, T("2024-03-04T20:00"), None,
                   "橙色预警/Ⅱ级应急响应")], id="issuer-is-the-notice-publisher-before-the-approver"),
    pytest.param("6日上午,石门市重污染天气应急指挥部办公室下发了紧急通知。根据会商结果,经市政府同意,全市自6日12时起"
                 "启动重污染天气黄色预警。", D("2024-12-06"),
                 [(None, "重污染天气黄色预警", "石门市重污染天气应急指挥部办公室", None, T("2024-12-06T12:00"), None,
                   "黄色预警")], id="publisher-of-an-urgent-notice"),
    # ...but not a body whose notice is only the basis, one in another paragraph, or one whose
    # document the sentence names as its own issuer's.
    pytest.param("本报讯 按照省生态环境厅发布的通知要求,经市政府研究决定,我市自3月4日20时起发布重污染天气橙色预警。",
                 D("2024-03-05"),
                 [(None, ORANGE, "市政府", None, T("2024-03-04T20:00"), None, "橙色预警")],
                 id="a-notice-cited-as-basis-has-no-publisher"),
    pytest.param("青川市生态环境局下发了紧急通知。\n经市政府同意,我市于3月4日20时启动重污染天气黄色预警。", D("2024-03-05"),
                 [(None, "重污染天气黄色预警", "市政府", None, T("2024-03-04T20:00"), None, "黄色预警")],
                 id="a-publisher-in-another-paragraph-is-not-taken"),
    pytest.param("本报讯 3月4日,市生态环境局发布通知,要求企业落实减排。经市政府研究决定,市重污染天气应急指挥部于3月4日20时"
                 "启动重污染天气黄色预警。", D("2024-03-05"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", None, T("2024-03-04T20:00"), None, "黄色预警")],
                 id="the-sentences-own-issuer-over-a-publisher"),
    pytest.param("(记者 丁一)12月29日,记者从市重污染天气应急指挥部办公室获悉,经市重污染天气应急指挥部同意,"
                 "决定于2025年1月2日零时启动重污染天气黄色预警。", D("2025-01-02"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", D("2024-12-29"), T("2025-01-02T00:00"), None,
                   "黄色预警")], id="approval-over-source-and-the-source-day"),
    pytest.param("记者从南溪市大气、水、土壤污染防治领导小组办公室获悉,南溪市将于2月3日零时把重污染天气黄色预警升级为橙色预警。",
                 D("2024-02-03"),
                 [(None, ORANGE, "南溪市大气、水、土壤污染防治领导小组办公室", None, T("2024-02-03T00:00"), None,
                   "橙色预警")], id="source-with-enumeration-in-its-name"),
    pytest.param("根据2月2日会商结果,市生态环境局决定自2月3日零时起把重污染天气黄色预警升级为橙色预警。", D("2024-02-03"),
                 [(None, ORANGE, "市生态环境局", None, T("2024-02-03T00:00"), None, "橙色预警")],
                 id="basis-date-is-not-the-issue-day"),
    pytest.param("关于升级为Ⅱ级应急响应的紧急通知\n\n各区县政府:\n\n市重污染天气应急指挥部决定11月8日0时起,将Ⅲ级应急响应"
                 "升级为Ⅱ级应急响应。\n\n云岭市重污染天气应急指挥部\n\n2023年11月7日\n\n\n另一篇报道的标题\n\n"
                 "正文第一段很长很长,与上面的通知无关。", D("2023-11-09"),
                 [(None, "重污染天气Ⅱ级应急响应", "云岭市重污染天气应急指挥部", D("2023-11-07"), T("2023-11-08T00:00"),
                   None, "Ⅱ级应急响应")], id="signature-gives-the-full-name-and-day"),
    # --- restatements are one order ---
    pytest.param("据市大气办消息,将重污染预警等级由橙色降为黄色,未来两天预计有雨。\n经市政府同意,决定从2024年1月2日零时起,"
                 "将重污染天气应急等级由橙色降为黄色预警。", D("2024-01-02"),
                 [(None, "重污染天气黄色预警", "市政府", None, T("2024-01-02T00:00"), None, "黄色预警")],
                 id="forecast-is-no-period-and-restatement-merges"),
    pytest.param("江北市将于3日19时启动空气重污染红色预警\n\n经江北市政府批准,江北市将于12月3日19时启动空气重污染红色预警,"
                 "届时将适时解除预警。\n\n\n新的一篇\n\n12月3日19时至12月7日24时,江北将启动空气重污染红色预警措施。",
                 D("2023-12-03"),
                 [(None, "空气重污染红色预警", "江北市政府", None, T("2023-12-03T19:00"), T("2023-12-08T00:00"), "红色预警")],
                 id="restatement-with-the-end-across-articles"),
    # --- several cities' joint alert ---
    pytest.param("按照省预案要求,甲城、乙城、丙城、丁城将于1月1日零时启动重污染天气黄色预警。", D("2024-01-01"), [],
                 id="several-cities-joint-alert"),
    pytest.param("省大气办发布预警,甲城、乙城等8市将于1月1日零时启动重污染天气黄色预警。", D("2024-01-01"), [],
                 id="several-cities-counted"),
    pytest.param("按照省预案要求,我市、乙城、丙城将于1月1日零时启动重污染天气黄色预警。", D("2024-01-01"),
                 [(None, "重污染天气黄色预警", None, None, T("2024-01-01T00:00"), None, "黄色预警")],
                 id="several-cities-including-ours"),
    # --- citations, stops and restarts, a response in the next sentence ---
    pytest.param("按照市重污染天气应急指挥部办公室《关于启动重污染天气橙色预警的通知》要求,3月20日起大气扩散条件较差。"
                 "经报请区重污染天气应急指挥部批准,决定自2024年3月20日12时00分启动重污染天气橙色预警(Ⅱ级)。",
                 D("2024-03-21"),
                 [(None, ORANGE, "区重污染天气应急指挥部", None, T("2024-03-20T12:00"), None, "橙色预警")],
                 id="order-cited-in-a-title-issues-nothing"),
    pytest.param("经市人民政府批准,我市定于3月6日14时暂时停止本次应急响应,3月9日18时重新启动重污染天气Ⅱ级应急响应,"
                 "最终解除时间另行通知。", D("2024-03-07"),
                 [(None, "重污染天气Ⅱ级应急响应", "市人民政府", None, T("2024-03-09T18:00"), None, "Ⅱ级应急响应")],
                 id="pause-then-restart"),
    pytest.param("经区管委会研究决定,于11月3日17时发布重污染天气橙色预警。11月4日0时启动重污染天气Ⅱ级应急响应。"
                 "本次预警解除时间另行通知。", D("2023-11-04"),
                 [(None, ORANGE, "区管委会", D("2023-11-03"), T("2023-11-04T00:00"), None, "橙色预警/Ⅱ级应急响应")],
                 id="response-of-the-alert-in-the-next-sentence"),
    pytest.param("我市于2月6日21时启动Ⅱ级应急响应。\n经市政府研究决定,我市发布重污染天气橙色预警,于2月6日21时启动"
                 "1I级应急响应。", D("2024-02-07"),
                 [(None, ORANGE, "市政府", None, T("2024-02-06T21:00"), None, "橙色预警/Ⅱ级应急响应")],
                 id="digit-one-for-a-stroke-and-a-restatement"),
    pytest.param("12月16日,某县生态环境保护委员会办公室发布重污染天气橙色预警,并启动Ⅱ级应急响应。经研判,18日午后至19日,"
                 "全省空气质量转好,满足橙色预警解除条件。现决定从2024年12月18日18时起解除重污染天气橙色预警。",
                 D("2024-12-19"),
                 [(None, ORANGE, "某县生态环境保护委员会办公室", D("2024-12-16"), None, T("2024-12-18T18:00"),
                   "橙色预警/Ⅱ级应急响应")], id="weather-outlook-is-no-period-and-since-lift-is-the-end"),
    # --- labelled lines of a printed notice, mentions after issue, the weather's own times ---
    pytest.param("红色预警指令\n因我市AQI小时值超过200持续1小时以上,经市蓝天办紧急会商,决定启动红色预警等级。\n"
                 "请各单位在“红色预警指令”发布后1小时内报送响应情况。\n指令执行时间:1月15日22:00至1月16日22:00\n"
                 "联系人:王某", D("2025-01-16"),
                 [(None, "重污染天气红色预警", "市蓝天办", None, T("2025-01-15T22:00"), T("2025-01-16T22:00"), "红色预警")],
                 id="labelled-period-line"),
    pytest.param("本报讯 记者从市重污染天气应急指挥部办公室获悉,自2月9日0时起,我市将重污染天气黄色(Ⅲ级)预警调整升级为"
                 "橙色(Ⅱ级)预警。\n据悉,此次升级是按照省里的通知要求。\n各单位要严格落实橙色预警响应措施。本次橙色预警拟定"
                 "解除时间为2月13日24时,届时自动解除。", D("2025-02-09"),
                 [(None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2025-02-09T00:00"), T("2025-02-14T00:00"),
                   "橙色预警")], id="labelled-end-line"),
    pytest.param("记者从省环保厅获悉,全省各市12月28日至30日大气污染仍将持续,自12月28日0时起,将重污染天气蓝色预警"
                 "升级为黄色预警。", D("2024-12-28"),
                 [(None, "重污染天气黄色预警", "省环保厅", None, T("2024-12-28T00:00"), None, "黄色预警")],
                 id="conditions-time-is-no-period"),
    pytest.param("7月27日,西岭市大气、水、土壤污染防治领导小组办公室发布通知,根据空气质量预报结果,西岭市决定于7月29日零时"
                 "启动臭氧重污染天气黄色预警。", D("2025-07-28"),
                 [(None, "重污染天气黄色预警", "西岭市大气、水、土壤污染防治领导小组办公室", D("2025-07-27"),
                   T("2025-07-29T00:00"), None, "黄色预警")], id="issuer-with-enumeration-publishes"),
    pytest.param("鉴于污染持续加重,市政府决定维持重污染天气黄色预警及临时应急管控措施,至21日24时。", D("2024-11-19"),
                 [(None, "重污染天气黄色预警", "市政府", None, None, T("2024-11-22T00:00"), "黄色预警")],
                 id="alert-maintained-until"),
    pytest.param("按照省重污染天气应急工作小组办公室要求,东坪市已于2月28日8时发布重污染天气橙色预警并启动Ⅱ级应急响应。",
                 D("2024-03-01"),
                 [(None, ORANGE, None, D("2024-02-28"), T("2024-02-28T08:00"), None, "橙色预警/Ⅱ级应急响应")],
                 id="body-whose-request-is-followed-is-no-issuer"),
    # --- years and titles that are names; orders named by their headline ---
    pytest.param("市大气办发布2025—2026年秋冬季大气污染防治调度令(第1号),要求12月1日0时至12月3日24时,全市工地停止"
                 "土石方作业。", D("2025-11-30"),
                 [(1, "2025—2026年秋冬季大气污染防治调度令(第1号)", "市大气办", None, T("2025-12-01T00:00"),
                   T("2025-12-04T00:00"), None)], id="year-range-in-the-name-lends-no-year"),
    pytest.param("依据《某省重污染天气应急预案(2021年修订)》的规定,经市重污染天气应急指挥部批准,决定于2月11日零时启动"
                 "重污染天气黄色预警。", D("2022-02-11"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", None, T("2022-02-11T00:00"), None, "黄色预警")],
                 id="year-in-a-cited-title-lends-no-year"),
    pytest.param("2025—2026年秋冬季大气污染防治调度令(第1号)\n\n为应对12月1日至3日的污染过程,市大气污染防治领导小组"
                 "办公室决定,12月1日0时至12月3日24时,全市实施管控。\n\n一、全市建筑工地停止土石方作业。\n\n"
                 "市大气污染防治领导小组办公室\n\n2025年11月30日\n", D("2025-11-30"),
                 [(1, "2025—2026年秋冬季大气污染防治调度令(第1号)", "市大气污染防治领导小组办公室", D("2025-11-30"),
                   T("2025-12-01T00:00"), T("2025-12-04T00:00"), None)], id="printed-order-named-by-its-headline"),
    pytest.param("加严管控 我市发布冬季空气质量保障第3号调度令\n\n本报讯 市大气办昨日发布调度令,明确12月1日0时至12月3日"
                 "24时,全市建筑工地停止土石方作业。", D("2025-11-30"),
                 [(3, "冬季空气质量保障第3号调度令", "市大气办", D("2025-11-29"), T("2025-12-01T00:00"),
                   T("2025-12-04T00:00"), None)], id="headline-numbers-the-order-the-body-names"),
    pytest.param("经市重污染天气应急工作领导小组办公室研究决定,北塘市自2025年11月14日12时发布重污染天气黄色预警,"
                 "14日14时启动Ⅲ级应急响应。", D("2025-11-15"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急工作领导小组办公室", None, T("2025-11-14T14:00"), None,
                   "黄色预警/Ⅲ级应急响应")], id="response-start-outranks-the-publishing-hour"),
    pytest.param("市重污染天气应急指挥部(办公室)决定,自12月1日12时起启动重污染天气橙色预警。", D("2023-12-01"),
                 [(None, ORANGE, "市重污染天气应急指挥部(办公室)", None, T("2023-12-01T12:00"), None, "橙色预警")],
                 id="issuer-with-its-office-in-brackets"),
    pytest.param("市大气污染防治工作领导小组办公室(市大气办)决定,自12月1日12时起启动重污染天气橙色预警。", D("2023-12-01"),
                 [(None, ORANGE, "市大气污染防治工作领导小组办公室", None, T("2023-12-01T12:00"), None, "橙色预警")],
                 id="issuer-short-name-in-brackets-dropped"),
    pytest.param("各县(市、区)政府(管委会),市直有关部门:根据会商结果,我市决定于2024年2月16日零时将重污染天气黄色预警升级为"
                 "橙色预警。", D("2024-02-16"),
                 [(None, ORANGE, None, None, T("2024-02-16T00:00"), None, "橙色预警")], id="addressees-are-no-issuer"),
    pytest.param("经市重污染天气应急指挥部办公室研究决定:自2024年10月24日15时起,全市重污染天气应急预警等级升级为橙色,"
                 "执行重污染天气Ⅱ级应急响应措施。", D("2024-10-25"),
                 [(None, ORANGE, "市重污染天气应急指挥部办公室", None, T("2024-10-24T15:00"), None, "橙色预警/Ⅱ级应急响应")],
                 id="alert-level-raised-to-a-colour"),
    pytest.param("市气象台12月1日8时发布大雾黄色预警,同时市重污染天气应急指挥部办公室决定自12月1日12时起启动重污染天气"
                 "黄色预警。", D("2023-12-02"),
                 [(None, "重污染天气黄色预警", "市重污染天气应急指挥部办公室", None, T("2023-12-01T12:00"), None,
                   "黄色预警")], id="weather-alert-beside-an-air-alert"),
    pytest.param("市大气办下发《关于启动重污染天气橙色预警的通知》,要求12月1日0时至12月3日24时,全市工地停止土石方作业。",
                 D("2023-12-01"),
                 [(None, ORANGE, "市大气办", None, T("2023-12-01T00:00"), T("2023-12-04T00:00"), "橙色预警")],
                 id="order-issued-as-a-titled-document"),
    # --- negatives: air-quality news without an order and its period ---
    pytest.param("橙色预警于12月3日24时解除,空气质量明显好转。", D("2023-12-04"), [], id="lifted-alert-after"),
    pytest.param("市重污染天气应急指挥部决定于12月4日0时解除此前启动的重污染天气橙色预警。", D("2023-12-04"), [],
                 id="lift-without-start"),
    pytest.param("今年1至11月,我市空气质量优良天数为230天,同比增加15天。PM2.5平均浓度为38微克/立方米。",
                 D("2023-12-05"), [], id="statistics"),
    pytest.param("市气象台12月1日8时发布暴雨橙色预警,同时我市持续改善空气质量。", D("2023-12-01"), [],
                 id="weather-alert"),
    pytest.param("橙色预警期间,全市实施机动车限行,空气质量有所好转。", D("2023-12-01"), [], id="during-an-alert"),
    pytest.param("市重污染天气应急指挥部决定于12月4日0时解除重污染天气橙色预警。", D("2023-12-04"), [],
                 id="lifted-alert"),
    pytest.param("市防汛抗旱指挥部发布第1号调度令,要求7月20日至7月22日加强巡查。", D("2023-07-20"), [],
                 id="flood-dispatch-order"),
    pytest.param("省生态环境保护督察组进驻我市,督察时间为7月1日至7月31日,重点督察空气质量改善情况。",
                 D("2023-07-01"), [], id="inspection"),
    pytest.param("去年冬季,我市共启动重污染天气橙色预警3次,发布调度令15期。", D("2023-12-01"), [],
                 id="retrospective-count"),
    pytest.param("我市加严空气质量管控措施,强化扬尘治理,全市工地执行错峰施工。", D("2023-06-01"), [],
                 id="measures-without-order"),
    pytest.param("市改善省城环境质量领导小组办公室发布第3号调度令,明确7月32日0时至7月32日24时实施管控。",
                 D("2023-07-20"), [], id="invalid-dates"),
    pytest.param("市民积极响应号召,绿色出行,空气质量持续向好。", D("2023-06-01"), [], id="respond-to-a-call"),
    # dates and clocks spaced out as typeset or converted documents print them
    pytest.param("经会商研判,市重污染天气应急指挥部决定于 2024 年 1 月 9 日 16 时 30 分启动重污染天气黄色预警。",
                 D("2024-01-09"), [(None, "重污染天气黄色预警", "市重污染天气应急指挥部", None,
                                    T("2024-01-09T16:30"), None, "黄色预警")], id="spaced-date-and-clock"),
    pytest.param("预计 1 月 9 日 16 时至 12 日,我市将出现重污染天气,请市民做好防护。", D("2024-01-08"), [],
                 id="spaced-forecast-only"),
    pytest.param("市委常委会强调,要坚决执行重污染天气二级应急响应各项要求。", D("2024-12-12"), [],
                 id="response-without-a-period"),
    pytest.param("去年12月,我市共启动重污染天气Ⅱ级应急响应2次。", D("2024-12-12"), [], id="response-count"),
    pytest.param("市气象台12月11日发布大风蓝色预警,市应急管理局启动Ⅳ级应急响应。", D("2024-12-12"), [],
                 id="weather-response"),
    pytest.param("市大气办决定,继续执行重污染天气黄色预警(Ⅲ级响应),解除时间另行通知。", D("2024-12-12"), [],
                 id="continued-without-a-new-period"),
    pytest.param("预计12月13日至15日我市将出现重污染天气,请市民做好防护。", D("2024-12-12"), [],
                 id="forecast-only"),
    pytest.param("重污染天气蓝色预警启动后,排污单位要控制产污工序,12月1日至12月3日加强巡查。", D("2024-12-01"), [],
                 id="alert-mentioned-after-its-start"),
    pytest.param("市气象台发布雷电黄色预警,预警时间:7月1日14时至7月1日20时。", D("2024-07-01"), [],
                 id="labelled-period-of-a-weather-alert"),
    pytest.param("市防汛抗旱指挥部第2号调度令\n\n7月20日0时至7月22日24时,全市水库加强巡查。", D("2024-07-20"), [],
                 id="headline-order-not-about-the-air"),
    pytest.param("市重污染天气应急指挥部决定启动重污染天气橙色预警。\n全市开展绿色出行宣传,活动时间为12月5日至12月6日。",
                 D("2023-12-01"), [], id="an-events-time-is-no-labelled-period"),
    pytest.param("受重污染天气影响,我市加强管控。\n市防汛抗旱指挥部决定自7月1日12时起启动防汛Ⅳ级应急响应。",
                 D("2024-07-01"), [], id="flood-response-in-an-air-article"),
    pytest.param("今年以来,我市共发布重污染天气橙色预警2次,累计启动Ⅱ级应急响应7天。", D("2024-03-15"), [],
                 id="count-since-the-start-of-the-year"),
    pytest.param("受重污染天气影响,市气象台12月1日8时发布霾黄色预警,提醒市民减少外出。", D("2023-12-02"), [],
                 id="haze-warning-signal-of-the-weather-service"),
    pytest.param("按照《关于启动重污染天气橙色预警的通知》要求,12月1日0时至12月3日24时,全市工地停止土石方作业。",
                 D("2023-12-01"), [], id="order-cited-by-its-title"),
    pytest.param("市生态环境局提醒,12月10日至12月15日为重污染天气应急演练时间,届时将模拟发布橙色预警。", D("2024-12-01"),
                 [], id="drill"),
]


@pytest.mark.parametrize(("text", "issue_date", "expected"), CASES)
def test_orders(text, issue_date, expected):
    assert summary(text, issue_date) == expected


SAMPLE_003_ARTICLE = (
    "应对天气快速升温 我市加严空气质量管控措施\n\n本报讯 " + SAMPLE_003 + "\n\n"
    "管控措施包括:全市混凝土搅拌站停止生产和物料运输。除应急抢险车辆外,高速环线内,暂停国四及以下标准的"
    "中重型柴油货车上路运输。\n\n此外,调度令还要求,各建筑工地实施喷淋洒水和喷雾降尘措施,每日8时至17时,"
    "频率不低于每小时一次。"
)


def test_measures_daily_hours_and_pollutant():
    (order,) = orders(SAMPLE_003_ARTICLE, D("2022-07-29"))
    assert order.pollutant == "臭氧"
    assert order.measures == (
        "全市混凝土搅拌站停止生产和物料运输",
        "除应急抢险车辆外,高速环线内,暂停国四及以下标准的中重型柴油货车上路运输",
        "各建筑工地实施喷淋洒水和喷雾降尘措施,每日8时至17时,频率不低于每小时一次",
    )
    assert order.daily_hours == ("08:00-17:00",)
    assert order.evidence == SAMPLE_003.split(",加严")[0]


@pytest.mark.parametrize(("measure", "hours"), [
    ("渣土运输车辆每日22时至次日6时禁止上路行驶", ("22:00-06:00",)),  # closes the next morning
    ("搅拌站每天晚上9点到次日凌晨5点停止生产", ("21:00-05:00",)),
    ("建筑工地每日8时至20时停止土石方作业", ("08:00-20:00",)),
    ("城区道路每日清扫保洁不少于两次", ()),  # no hours printed
])
def test_daily_hours_overnight(measure, hours):
    text = f"市重污染天气应急指挥部决定,自1月8日0时起启动重污染天气橙色预警。预警期间,全市{measure}。"
    (order,) = orders(text, D("2024-01-07"))
    assert order.daily_hours == hours


@pytest.mark.parametrize(("text", "pollutant"), [
    ("预计1月10日至12日,我市将出现以PM2.5为首要污染物的重污染天气过程。\n"
     "市重污染天气应急指挥部办公室决定于1月10日12时启动橙色预警。", "PM2.5"),
    ("市改善省城环境质量领导小组办公室发布第11号调度令,明确8月10日12时至8月12日24时,"
     "围绕细颗粒物(PM2.5)和臭氧协同控制,强化管控措施。", "PM2.5"),
    ("经市政府同意,市重污染天气应急指挥部办公室决定自12月1日12时起启动重污染天气橙色预警。", None),
    ("市重污染天气应急指挥部办公室决定自1月3日0时起启动重污染天气黄色预警。去年全市PM2.5平均浓度同比下降5%。", None),
])
def test_pollutant(text, pollutant):
    (order,) = orders(text, D("2024-01-10"))
    assert order.pollutant == pollutant


def test_printed_notice_measures_drop_their_lead_ins():
    text = ("关于启动重污染天气橙色预警的通告\n\n经市政府同意,决定于2023年12月1日12时起启动重污染天气橙色预警"
            "(Ⅱ级应急响应),解除时间另行通知。\n\n预警期间,全市实施以下措施:\n\n一、每日7时至20时,禁止国四及以下"
            "排放标准的柴油货车通行。\n\n二、全市建筑工地停止土石方作业。\n\n太原市重污染天气应急指挥部\n\n2023年11月30日\n")
    (order,) = orders(text, D("2023-12-01"))
    assert order.measures == ("每日7时至20时,禁止国四及以下排放标准的柴油货车通行", "全市建筑工地停止土石方作业")
    assert order.daily_hours == ("07:00-20:00",)
    assert order.evidence == "2023年12月1日12时起启动重污染天气橙色预警(Ⅱ级应急响应)"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "市重污染天气应急指挥部办公室决定,自12月1日12时起启动重污染天气橙色预警,12月2日12时起将橙色预警降级为黄色预警。"
        "橙色预警期间,全市禁止燃放烟花爆竹;黄色预警期间,全市建筑工地停止土方作业。",
        [("全市禁止燃放烟花爆竹",), ("全市建筑工地停止土方作业",)], id="each-colour-its-own"),
    pytest.param(
        "市重污染天气应急指挥部发布重污染天气黄色预警,自12月1日12时起启动Ⅲ级应急响应。预警期间,全市工业企业落实减排措施。"
        "预警解除后,各企业继续落实常态化管控措施。",
        [("全市工业企业落实减排措施",)], id="after-the-lift-none"),
    pytest.param(
        "12月1日8时起启动重污染天气黄色预警。12月2日8时起升级为橙色预警。黄色预警期间,全市渣土车禁止上路。",
        [("全市渣土车禁止上路",), ()], id="named-alert-earlier-in-the-text"),
])
def test_measures_belong_to_the_alert_they_name(text, expected):
    assert [o.measures for o in orders(text, D("2023-12-01"))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("市重污染天气应急指挥部决定12月12日20时起启动重污染天气Ⅱ级应急响应。在保障民生的前提下,全市建筑工地停止"
                 "土石方作业。", ("全市建筑工地停止土石方作业",), id="framing-lead-dropped"),
    pytest.param("市重污染天气应急指挥部决定12月12日20时起启动重污染天气Ⅱ级应急响应。根据《某市重污染天气应急预案》,"
                 "渣土车禁止上路行驶。", ("渣土车禁止上路行驶",), id="plan-citation-dropped"),
    pytest.param("市重污染天气应急指挥部决定12月12日20时起启动重污染天气Ⅱ级应急响应。根据预案规定,此前实施的尾号限行措施"
                 "同步解除。", (), id="ended-measure-is-none"),
    pytest.param("市重污染天气应急指挥部决定12月12日20时起启动重污染天气黄色预警。甲城、乙城、丙城将于12月13日0时启动"
                 "重污染天气黄色预警,采取有力措施减少排放。", (), id="joint-order-of-other-cities-is-no-measure"),
    # an alert printed as a bulletin lists its measures after a colon, in its own sentence
    pytest.param("12月13日0时至15日24时,全市发布空气重污染橙色预警:暂停室外喷涂作业,禁止燃放烟花爆竹。14日0时起,"
                 "国三柴油货车禁止上路行驶。", ("暂停室外喷涂作业,禁止燃放烟花爆竹", "14日0时起,国三柴油货车禁止上路行驶"),
                 id="measures-after-the-colon-of-a-bulletin"),
    pytest.param("全市发布空气重污染橙色预警:12月13日0时至15日24时,渣土运输车辆禁止上路行驶。",
                 ("12月13日0时至15日24时,渣土运输车辆禁止上路行驶",), id="bulletin-period-then-measure"),
    pytest.param("市重污染天气应急指挥部决定12月13日0时启动重污染天气橙色预警:请市民做好健康防护,解除时间另行通知。", (),
                 id="advice-after-the-colon-is-no-measure"),
])
def test_measures_are_control_actions(text, expected):
    (order,) = orders(text, D("2024-12-12"))
    assert order.measures == expected


def test_daily_window_is_not_the_period():
    (order,) = orders("市重污染天气应急指挥部办公室决定自12月1日12时起启动重污染天气橙色预警,至12月3日24时解除。"
                      "预警期间,每日7时至20时,全市禁止国四及以下排放标准的柴油货车通行。", D("2023-12-01"))
    assert (order.starts_at, order.ends_at, order.daily_hours) == (
        T("2023-12-01T12:00"), T("2023-12-04T00:00"), ("07:00-20:00",))


def test_event_id_is_stable_across_issues():
    first = orders(SAMPLE_003, D("2022-07-29"))[0]
    again = orders("据悉," + SAMPLE_003, D("2022-07-30"))[0]
    assert first.event_id == again.event_id


@pytest.mark.parametrize("name", [p.name.removesuffix(".gold.json") for p in sorted(GOLD.glob("*.gold.json"))])
def test_sample_issue_matches_gold(name):
    gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
    dates = {row["file"]: row["issue_date"] for row in csv.DictReader((ROOT / "raw" / "issues.csv").open(encoding="utf-8"))}
    text = (ROOT / "raw" / gold["file"]).read_text(encoding="utf-8-sig")
    found = [(r.order_no, r.issuer, r.issued_on, r.starts_at, r.ends_at, r.pollutant)
             for r in orders(text, D(dates[gold["file"]]))]
    expected = [(i["order_no"], i["issuer"], D(i["issued_on"]) if i["issued_on"] else None,
                 T(i["start"]) if i["start"] else None, T(i["end"]) if i["end"] else None, i["pollutant"])
                for i in gold["air_quality_orders"] if not i.get("optional")]
    assert found == expected


@pytest.mark.parametrize(
    "text, names_air",
    [
        ("今冬以来全市空气质量持续改善", True),
        ("本周细颗粒物浓度明显下降", True),
        ("夜间pm2.5小时值一度超过150", True),  # Latin words in any case
        ("Pm10日均值达标", True),
        ("重点行业vocs排放企业限产", True),
        ("工地扬尘治理纳入考核", True),
        ("市图书馆周末延长开放时间", False),
        ("PM 时段与 AM 时段分开统计", False),  # the letters alone are not the word
        ("VOC 一词不作数,要写全", False),
        ("2.5 万人次参观", False),
    ],
)
def test_an_article_names_the_air_by_its_words_chinese_or_latin_in_any_case(text, names_air):
    assert air_quality._names_air(text) is names_air
    assert air_quality._names_air("无关的开头。" + text, 6) is names_air  # from a position on


def test_only_the_gate_characters_upper_case_to_the_first_letter_of_a_latin_air_word():
    # _names_air upper-cases a text only when it holds one of these characters: no other character
    # of Unicode upper-cases to a string holding such a first letter ("ß" -> "SS" would, for an S).
    firsts = {word[0] for word in air_quality._AIR_LATIN}
    gate = {chr(i) for i in range(sys.maxunicode + 1) if firsts & set(chr(i).upper())}
    assert gate == {char for char in map(chr, range(sys.maxunicode + 1)) if air_quality._AIR_LATIN_START.fullmatch(char)}


def test_names_air_reads_only_the_stretch_it_is_given():
    text = "空气质量持续改善。市图书馆延长开放时间。pm2.5"
    assert not air_quality._names_air(text, 9, 20)
    assert air_quality._names_air(text, 0, 9)
    assert air_quality._names_air(text, 20)


@pytest.mark.parametrize(("text", "names"), [
    ("今年全市PM2.5平均浓度为35微克/立方米。", True),
    ("以pm10为首要污染物", True),  # the Latin names in either case, as the pollutant is read
    ("夏季臭氧污染突出", True),
    ("围绕细颗粒物和挥发性有机物协同减排", True),
    ("决定于12月1日20时起发布大气重污染橙色预警。", False),
    ("PM2浓度", False),
    ("", False),
    ("Sunday过后,pm10仍偏高", True),  # a Latin first letter before the word
    ("ſo2排放", True),  # the long s matches S in any case, as the case-insensitive pattern reads it
    ("Snow and Vapour", False),  # first letters, no word
    ("vocS", True),
    ("no 2", False),
])
def test_names_pollutant(text, names):
    # Whether a body names a pollutant anywhere: a body that names none gives no order a pollutant,
    # and its sentences are not searched one by one. The same answer as the case-insensitive search.
    assert _names_pollutant(text) is names
    assert names is (air_quality._POLLUTANT.search(text) is not None)


def test_the_chinese_pollutant_words_have_no_case():
    # _names_pollutant searches them without IGNORECASE: no character of all of Unicode matches one
    # of their characters in any case but the character itself.
    import re

    chars = sorted({c for w in air_quality.lang.POLLUTANTS if not w.isascii() for c in w})
    folding = re.compile("[" + "".join(chars) + "]", re.IGNORECASE)
    assert sorted(c for c in map(chr, range(0x110000)) if folding.fullmatch(c)) == chars


def test_the_marks_a_city_list_is_looked_for_by_are_in_every_list():
    # _several_cities reads no clause holding none of SEVERAL_CITIES_MARKS: every match of the
    # pattern must hold one (read off the pattern; fails when the pattern gains a form without them).
    from extractors.lang import zh_air_quality as lang
    from extractors.segment import _needed_texts

    assert any(set(texts) <= set(lang.SEVERAL_CITIES_MARKS) for texts in _needed_texts(air_quality._SEVERAL_CITIES))
    # and _owned_measures asks _DURING only of a clause holding 期间, which every match ends in
    assert (lang.DURING,) in _needed_texts(air_quality._DURING)


@pytest.mark.parametrize(("text", "joint"), [
    ("松原市、白城市、四平市将于1月9日20时起发布大气重污染黄色预警。", True),
    ("滨江等6个城市于1月9日20时起发布大气重污染黄色预警。", True),
    ("松原市、白城市、我市将于1月9日20时起发布大气重污染黄色预警。", False),  # the paper's city is among them
    ("区大气污染应急办宣布于1月9日20时起发布大气重污染黄色预警。", False),  # no list: not looked for
])
def test_several_cities(text, joint):
    trigger = air_quality._Trigger(kind="alert", change="start", start=text.index("黄色预警"),
                                   end=text.index("黄色预警") + 4, verb_start=None)
    article = air_quality.Article(seq=0, kind="article", title=None, subtitle=None, section=None, byline=None,
                                  body=text, char_start=0, char_end=len(text), body_offsets=tuple(range(len(text))))
    assert air_quality._several_cities(text, trigger, article) is joint


def test_the_words_the_trigger_gates_look_for_stand_in_every_match():
    # _triggers tries the colour and bracketed responses only in a body holding 响应, and the level
    # change only in one holding a grade word: each pattern ends on, or holds, a part that is no
    # optional group and whose every match holds that word.
    import re

    lang = air_quality.lang
    optional_groups = r"(?:\(\?:[^()]*\)\?)*"
    assert re.fullmatch(optional_groups + re.escape(lang.RESPONSE), lang.RESPONSE_AFTER_COLOUR)
    assert air_quality._COLOUR_RESPONSE.pattern.pattern.endswith(r"\s*" + lang.RESPONSE_AFTER_COLOUR)
    assert air_quality._BRACKETED_RESPONSE.pattern.pattern.endswith(r"\s*" + lang.RESPONSE_AFTER_COLOUR + ")")
    grade = re.fullmatch(optional_groups + re.escape(lang.ALERT) + r"\(\?:(?P<nouns>[^()]*)\)", lang.ALERT_GRADE)
    assert grade and tuple(grade.group("nouns").split("|")) == lang.ALERT_GRADE_NOUNS
    assert ")?" + lang.ALERT_GRADE + "(?P<word>" in air_quality._LEVEL_CHANGE.pattern.pattern


@pytest.mark.parametrize(("body", "kinds"), [
    ("市重污染天气应急指挥部决定,12月3日8时起启动橙色(Ⅱ级)应急响应。", ["response"]),
    ("南川县发布重污染天气蓝色预警,并启动Ⅳ级应急响应。", ["alert", "response"]),
    ("北岭市重污染天气应急预警等级升级为橙色,12月2日20时起执行。", ["alert"]),
    ("市指挥部将重污染天气预警级别由黄色调整为橙色。", ["alert"]),
    ("全市启动重污染天气橙色预警,各区加强巡查。", ["alert"]),  # neither 响应 nor a grade word
    ("橙色应急预案已修订,等级划分更细。", []),
])
def test_triggers_behind_their_word_gates(body, kinds):
    triggers, _ = air_quality._triggers(body, segment(body)[0])
    assert [t.kind for t in triggers] == kinds


def test_every_page_stamp_holds_a_colon():
    # _names_masked asks the stamp pattern only of a body holding a colon: its first form holds the
    # clock's colon, its second the label's, in no optional part.
    lang = air_quality.lang
    clock, label = lang.PAGE_STAMP.split("|(?:发布")
    assert r"\d{1,2}:\d{2}(?::\d{2})?)" in clock and r"\s*[:：]\s*" in label
    assert set(air_quality._PAGE_STAMP_COLONS) == {":", "："}


@pytest.mark.parametrize(("body", "masked"), [
    ("2023-01-05 10:12来源:北岭市生态环境局\n市指挥部决定启动橙色预警。", "2023-01-05 10:12"),
    ("发布时间:2023-01-05\n市指挥部决定启动橙色预警。", "2023-01-05"),
    ("发布时间：2023/1/5 8:30\n市指挥部决定启动橙色预警。", "2023/1/5 8:30"),
    ("2023年01月05日 10时来源北岭市\n市指挥部启动橙色预警。", None),  # no colon: no stamp
    ("市指挥部印发2025—2026年秋冬季大气污染调度令。", "2025—2026年"),
    ("2025—2026年秋冬季空气质量持续改善。", None),  # no name's noun: the year stays
    ("依据《应急预案(2018年修订)》启动预警。", "应急预案(2018年修订)"),
    ("", None),
])
def test_names_masked(body, masked):
    mask = air_quality.common.MASK
    expected = body if masked is None else body.replace(masked, mask * len(masked))
    assert air_quality._names_masked(body) == expected


@pytest.mark.parametrize("tail", ["RESPONSE_TAIL", "LEVEL_ALERT_TAIL"])
def test_a_level_tail_opens_on_blanks_then_its_level(tail):
    # The gates of the responses and alerts by level search the tail without its leading blanks:
    # those blanks must be all that is dropped, and the patterns must end on the whole tail.
    text = getattr(air_quality.lang, tail)
    assert text.startswith(r"\s*" + air_quality.lang.LEVEL)
    pattern = air_quality._RESPONSE if tail == "RESPONSE_TAIL" else air_quality._LEVEL_ALERT
    assert pattern.pattern.pattern.endswith(")" + text)


@pytest.mark.parametrize(("body", "kinds"), [
    ("市指挥部决定于3日0时启动重污染天气2 级应急响应。", ["response"]),  # blanks before 级
    ("市指挥部决定于3日0时启动重污染天气Ⅱ级 应急响应。", ["response"]),
    ("北岭县于5日启动重污染天气三 级 预警。", ["response"]),
    ("北岭市决定启动重污染天气二级预警,6日0时起执行。", ["response"]),
    ("全市启动重污染天气二级管控,4日12时起执行。", ["response"]),
    ("本市一级保护区内启动巡查。", []),  # 级 without a response's or alert's words
])
def test_triggers_by_level(body, kinds):
    triggers, _ = air_quality._triggers(body, segment(body)[0])
    assert [t.kind for t in triggers] == kinds


def test_every_alert_ends_on_the_alert_word():
    # _triggers looks for an earlier alert in a trigger's clause only where 预警 stands before it:
    # the alert pattern ends on the word, in no optional part.
    assert air_quality._ALERT.pattern.pattern.endswith(")?" + air_quality.lang.ALERT)


@pytest.mark.parametrize(("body", "changes"), [
    ("全市重污染天气预警由黄色预警升级为橙色预警,自5日20时起执行。", [("upgrade", "黄色")]),
    ("北岭市将于5日20时启动重污染天气橙色预警。", [("start", None)]),
])
def test_an_alert_after_another_in_its_clause_changes_from_it(body, changes):
    triggers, _ = air_quality._triggers(body, segment(body)[0])
    assert [(t.change, t.from_colour) for t in triggers if t.kind == "alert"] == changes


@pytest.mark.parametrize(("title", "subtitle", "body", "may_be"), [
    ("北岭市发布橙色预警", None, "北岭市决定启动重污染天气橙色预警。", True),
    (None, None, "北嶺市決定啟動重污染天氣橙色預警。", True),  # traditional script: 預警 folds to 预警
    (None, None, "全市啟動二級響應。", True),  # 響應 and 級 fold to 响应 and 级
    ("第3號調度令", None, "", True),  # the order word in a headline only
    (None, "秋冬季調度令", "空气质量持续改善。", True),
    ("文化节开幕", None, "市民广场举行文艺演出。", False),
    (None, None, "", False),
])
def test_may_be_candidate(title, subtitle, body, may_be):
    # The printed article's cue characters: never False where the folded article is a candidate.

    article = segment("标题\n\n正文。")[0]
    article = dataclasses.replace(article, title=title, subtitle=subtitle, body=body)
    assert air_quality._may_be_candidate(article) is may_be
    if not may_be:
        assert not air_quality._is_candidate(air_quality._folded(article))


@pytest.mark.parametrize(("chars", "printed", "holds"), [
    ("响", "響", True),
    ("响", "响", True),
    ("级", "級", True),
    ("令", "令", True),
    ("响", "应", False),
])
def test_printed_as(chars, printed, holds):
    assert (air_quality._fold_script.printed_as(chars).fullmatch(printed) is not None) is holds


def test_several_orders_of_one_start_each_restated_by_a_later_article():
    # Two orders starting at the same hour, each restated with its end in a later article: each is
    # matched with its own statement (mentions are looked up by their start), and the fuller kept.
    text = (
        "北岭市启动橙色预警\n\n北岭市重污染天气应急指挥部决定,12月5日20时起启动重污染天气橙色预警。\n\n"
        "南川县启动黄色预警\n\n南川县重污染天气应急指挥部决定,12月5日20时起启动重污染天气黄色预警。\n\n"
        "预警时段明确\n\n北岭市重污染天气应急指挥部决定,12月5日20时至12月8日24时启动重污染天气橙色预警。\n\n"
        "南川县重污染天气应急指挥部决定,12月5日20时至12月7日24时启动重污染天气黄色预警。\n"
    )
    assert [(r.name, r.issuer, r.starts_at, r.ends_at) for r in orders(text, D("2025-12-05"))] == [
        ("重污染天气橙色预警", "北岭市重污染天气应急指挥部", T("2025-12-05T20:00"), T("2025-12-09T00:00")),
        ("重污染天气黄色预警", "南川县重污染天气应急指挥部", T("2025-12-05T20:00"), T("2025-12-08T00:00")),
    ]


@pytest.mark.parametrize(("body", "may_hold", "starts"), [
    # A lift alone, its next sentence naming the alert and its start: an order of its own.
    ("市指挥部决定于1月8日12时解除重污染橙色预警。该预警自1月5日12时起实施。", True, [T("2024-01-05 12:00")]),
    # Its next sentence names the alert but no start: read, and no order.
    ("市指挥部决定于1月8日12时解除重污染橙色预警。该预警期间全市实施机动车限行。", True, []),
    # A lift standing alone, or followed by a sentence naming no alert: no order, dates not read.
    ("市指挥部决定于1月8日12时解除重污染橙色预警。", False, []),
    ("市指挥部决定于1月8日12时解除重污染橙色预警。全市空气质量明显转好,自1月5日12时起持续改善。", False, []),
    # Only other cities' joint order: none of the paper's city.
    ("松原市、白城市、四平市将于1月9日20时起发布大气重污染黄色预警。", False, []),
    # A trigger of its own: read.
    ("市指挥部决定于1月5日12时启动重污染天气橙色预警。", True, [T("2024-01-05 12:00")]),
])
def test_a_body_no_order_can_come_from_is_not_read_and_reads_as_none(body, may_hold, starts, monkeypatch):
    article = segment(body)[0]
    triggers, lifts = air_quality._triggers(body, article)
    triggers = [t for t in triggers if not air_quality._several_cities(body, t, article)]
    assert air_quality._may_hold_an_order(body, triggers, lifts) is may_hold
    gated = air_quality.find_orders(article, D("2024-01-08"))
    assert [o.starts_at for o in gated] == starts
    monkeypatch.setattr(air_quality, "_may_hold_an_order", lambda *_: True)  # the full path
    assert air_quality.find_orders(article, D("2024-01-08")) == gated


@pytest.mark.parametrize(("body", "issuer", "publisher_read"), [
    # The sentence names its issuer, no approver: the paragraph's publisher cannot decide, and is not read.
    ("市大气治理办公室发布通知,提醒市民减少户外活动。市生态环境局决定于1月5日12时启动重污染天气橙色预警。",
     "市生态环境局", False),
    # The sentence's only body approves: the publisher before it issues.
    ("1月4日,市大气治理办公室发布通知,提醒市民减少户外活动。经市政府研究决定,我市于1月5日12时启动重污染天气橙色预警。",
     "市大气治理办公室", True),
    # The approver and no publisher: the approver stays the issuer.
    ("经市政府同意,决定于1月5日12时启动重污染天气橙色预警。", "市政府", True),
    # No body in the sentence and no signature: the publisher.
    ("1月4日,市大气治理办公室发布通知,提醒市民减少户外活动。于1月5日12时启动重污染天气橙色预警。",
     "市大气治理办公室", True),
])
def test_the_publisher_is_read_only_where_it_can_decide(body, issuer, publisher_read, monkeypatch):
    read = []
    publisher = air_quality._publisher
    monkeypatch.setattr(air_quality, "_publisher", lambda *args: read.append(args) or publisher(*args))
    orders = air_quality.find_orders(segment(body)[0], D("2024-01-08"))
    assert [o.issuer for o in orders] == [issuer]
    assert bool(read) is publisher_read


@pytest.mark.parametrize(("text", "last_two"), [
    ("", []),
    ("甲", ["甲"]),
    ("甲\n乙\n丙", ["乙", "丙"]),
    # Lines that are only spaces or edge punctuation are skipped; the others are stripped of it.
    ("甲\n 乙,\n\n  \n,。\n丙。", ["乙", "丙"]),
    ("\n\n甲\n\n", ["甲"]),
])
def test_last_lines_are_the_last_of_all_lines_stripped(text, last_two):
    assert air_quality._last_lines(text, 2) == last_two
    every_line = [line for line in (x.strip(air_quality._EDGE_PUNCT) for x in text.split("\n")) if line]
    assert every_line[-2:] == last_two


@pytest.mark.parametrize("text", [
    "",
    "重污染天气橙色预警",
    # Qualifiers far from any alert word (skipped to the reach of the next 预警), then an alert.
    "本市大气污染防治工作持续推进,重污染天气应对能力提升,空气污染来源解析完成,臭氧污染协同治理。"
    "指挥部当晚宣布本地进入重污染天气黄色预警状态。",
    # A qualifier within reach of 预警 that starts no alert, then one that does.
    "重污染天气预警自黄色预警提升为橙色预警",
    # Qualifiers and no alert word at all.
    "大气污染防治和空气污染治理,重污染天气明显减少",
    # An alert right at the end, and one named by its level in brackets.
    "重污染天气二级(橙色)预警,其后又见重污染天气红色预警",
    "黄色(Ⅲ级)预警" * 3,
])
def test_alerts_gated_by_their_ending_are_those_of_the_plain_gate(text):
    # _ALERT skips places the next 预警 is out of reach of; the gate under it tries every place.
    for pos, endpos in [(0, None), (0, len(text) - 1), (3, None), (min(5, len(text)), len(text))]:
        gated = [m.span() for m in air_quality._ALERT.finditer(text, pos, endpos)]
        assert gated == [m.span() for m in air_quality._ALERT.gated.finditer(text, pos, endpos)]


@pytest.mark.parametrize(("pattern", "ending"), [
    (r"(?:红|黄)?预警|红色", "预警"),  # a branch ends on no 预警
    (r"红色(?:预警)?", "预警"),  # the word optional
    (r"红色\s*预警", "预警"),  # no greatest width
])
def test_an_ending_gate_refuses_a_pattern_it_cannot_skip_in(pattern, ending):
    with pytest.raises(ValueError):
        EndingGated(StartGated(re.compile(pattern)), ending)
