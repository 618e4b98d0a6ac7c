"""Issue dates from file names and, failing that, from the text (masthead, then report days)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from extractors.issue_date import date_from_filename, infer_issue_date

RAW = Path(__file__).resolve().parent.parent / "raw"
MANIFEST = {row["file"]: date.fromisoformat(row["issue_date"]) for row in csv.DictReader((RAW / "issues.csv").open(encoding="utf-8"))}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-12-01.txt", date(2023, 12, 1)),
        ("20231201.txt", date(2023, 12, 1)),
        ("2023_12_01.txt", date(2023, 12, 1)),
        ("2023.12.01.txt", date(2023, 12, 1)),
        ("2023-1-5.txt", date(2023, 1, 5)),
        ("tyrb_20231201_04.txt", date(2023, 12, 1)),
        ("tyrb20231201.txt", date(2023, 12, 1)),
        ("taiyuan-2022-07-29-p3.txt", date(2022, 7, 29)),
        ("raw/2021/2021-12-21.txt", date(2021, 12, 21)),
        ("太原日报2023年11月30日.txt", date(2023, 11, 30)),
        ("2024-02-29.txt", date(2024, 2, 29)),  # a leap day
        # Refused: impossible dates, numbers that are not dates, hashes, mixed separators.
        ("2023-02-29.txt", None),
        ("20231301.txt", None),
        ("2023-12-32.txt", None),
        ("000_c8ec1aa436eee989.txt", None),
        ("issue_5d41c20231201aef9b3.txt", None),  # digits inside a hex hash
        ("1202312011.txt", None),  # ten digits: no 8-digit date stands alone
        ("12345678.txt", None),
        ("2023-12_01.txt", None),
        ("page-2023-12.txt", None),
        ("", None),
    ],
)
def test_date_from_filename(name, expected):
    assert date_from_filename(name) == expected


# What the text of each sample supports. Samples 001 and 002 name their report days (1月4日,
# 12月20日) but no full date near them states the year (002's only full dates are a "this day in
# history" column, 1950 and 2011), so inference declines rather than guess.
SAMPLE_INFERENCE = {
    "000_c8ec1aa436eee989.txt": True,
    "001_5d41c8aedcc40f6a.txt": False,
    "002_2e69895ebe9f1e8b.txt": False,
    "003_6d3b14249bc8cb53.txt": True,
    "004_905e4ef74a0b722d.txt": True,
}


@pytest.mark.parametrize("name", sorted(SAMPLE_INFERENCE))
def test_inference_on_every_sample_agrees_with_the_manifest_or_declines(name):
    inferred, reason = infer_issue_date((RAW / name).read_text(encoding="utf-8"))
    assert reason
    if SAMPLE_INFERENCE[name]:
        assert inferred == MANIFEST[name], reason
    else:
        assert inferred is None, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason_part"),
    [
        # A masthead date with a weekday that agrees wins over everything else.
        ("太原日报\n2023年12月1日 星期五\n本报讯 7月28日,会议召开。7月28日,又一会议召开。", date(2023, 12, 1), "masthead"),
        ("2023年12月1日 农历十月十九 星期五", date(2023, 12, 1), "masthead"),
        ("太原日报\n二〇二三年十二月一日 星期五\n本报讯 11月30日,会议召开。", date(2023, 12, 1), "weekday agrees"),
        ("二〇二二年七月二十九日\n本报讯 7月28日,会议召开。", date(2022, 7, 29), "top of the page"),
        # A weekday date inside a sentence is an announcement, not the masthead.
        ("本报讯 11月30日,会议召开。会议定于2023年12月8日(星期五)上午9时在市委召开。11月30日,又一会议召开。"
         "\n2023年12月1日起施行。", date(2023, 12, 1), "reports"),
        # A weekday that disagrees is no masthead; the report days then decide.
        ("2023年12月2日 星期五\n本报讯 2023年11月30日,会议召开。11月30日,协商会召开。", date(2023, 12, 1), "reports"),
        # A bare date on the first lines is the masthead's.
        ("太原日报\n2022年7月29日\n\n本报讯 7月28日,会议召开。", date(2022, 7, 29), "top of the page"),
        # The usual case: reports of yesterday, a full date giving the year.
        ("本报讯 11月30日,会议召开。\n本报讯 11月30日下午,座谈会召开。\n男兵报名时间为2023年12月1日至2024年2月10日。",
         date(2023, 12, 1), "2023年11月30日"),
        # Deadlines (range ends and starts) are not report days.
        ("本报讯 7月28日,调度令发布,明确2022年7月29日0时至7月31日24时管控。7月28日下午,会议召开。",
         date(2022, 7, 29), "2022年7月28日"),
        # Too thin: one passing mention.
        ("会议定于2023年12月5日召开。", None, "too thin"),
        # Report days but no year anywhere near them.
        ("本报讯 1月4日,会议召开。1月4日,又一会议召开。2022年4月26日捡到一名女婴。", None, "no full date"),
        # Two report days equally supported: no guess.
        ("本报讯 3月1日,会议召开。(甲)\n本报讯 3月2日,会议召开。(乙)\n通知落款:2023年3月5日", None, "equally"),
        ("", None, "no month-day"),
        ("没有任何日期的文字。", None, "no month-day"),
    ],
)
def test_infer_issue_date(text, expected, reason_part):
    inferred, reason = infer_issue_date(text)
    assert inferred == expected, reason
    assert reason_part in reason


# --- Bounded and linear: a huge undated file costs no more than its first part.

import extractors.issue_date as issue_date_module  # noqa: E402


def test_inference_reads_only_the_start_of_a_long_text():
    filler = "城东某街道开展了一次邻里活动。\n" * (issue_date_module.INFERENCE_CHARS // 16 + 10)
    late_masthead = "2023年12月1日 星期五\n"
    inferred, reason = infer_issue_date(filler + late_masthead)
    assert inferred is None
    assert f"read the first {issue_date_module.INFERENCE_CHARS:,}" in reason
    assert infer_issue_date(late_masthead + filler)[0] == date(2023, 12, 1)


class CountingPattern:
    """A stand-in for a compiled pattern that adds up how many characters each search may scan."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.scanned = 0

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.scanned += endpos - pos
        return self.pattern.search(text, pos, endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_range_marks_are_looked_for_near_each_date_not_from_the_start(monkeypatch):
    counting = CountingPattern(issue_date_module._RANGE_END_BEFORE)
    monkeypatch.setattr(issue_date_module, "_RANGE_END_BEFORE", counting)
    text = "本报讯 11月30日,会议召开。" * 2000 + "2023年11月28日"
    inferred, _ = infer_issue_date(text)
    assert inferred == date(2023, 12, 1)
    # Linear: a bounded window per date, not the whole text before it.
    assert counting.scanned <= 20 * text.count("月")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯 11月29日,甲。本报讯 11月29日,乙。报名时间为11月1日至11月30日,丙。2023年11月20日", date(2023, 11, 30)),
        # Counted as leads, the two 11月30日 would tie with 11月29日 and nothing would be inferred.
        ("本报讯 11月29日,甲。本报讯 11月29日,乙。报名至 11月30日,乙。至11月30日,丙。2023年11月20日", date(2023, 11, 30)),
    ],
)
def test_a_range_end_is_not_a_report_day(text, expected):
    assert infer_issue_date(text)[0] == expected
