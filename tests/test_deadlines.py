"""The ``deadlines`` view: one row per calendar entry, built from the loaded samples and from pages of
notices as other papers print them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from extractors.pipeline import SourceMeta, process_issue
from tests.conftest import RAW, SAMPLES
from warehouse import db as warehouse_db
from warehouse.load import load_batch

NOTICE_PAGE = """任前公示

根据干部选拔任用有关规定,现将拟任职干部予以公示:张三,男,1975年5月生,拟任市某局副局长。公示期为2023年1月5日至1月11日。如有异议,请在公示期内向市委组织部反映。

举报电话:0351-4226666

中共太原市委组织部

2023年1月4日

停水通知

因管网改造施工,定于1月8日8时至20时对迎泽区桥东街一带停水,请用户提前做好储水准备。咨询电话:0351-4042233

太原供水集团有限公司

2023年1月5日

太原市人民政府通告

为加强大气污染防治,本通告自2023年1月1日起施行。请广大市民自觉遵守。

太原市人民政府
2022年12月30日

# 市疫情防控办提示 返并人员要主动报备

本报讯 1月4日,市疫情防控办发布提示,返并人员请于1月10日前向社区报备。(刘涛)
"""

COLUMNS = [
    "entry_id", "event_id", "event_type", "title", "starts_at", "ends_at", "all_day", "description", "issue_id",
    "article_id", "evidence", "issue_date", "paper", "article_title",
]


def page(name: str, text: str, issue_date: date):
    return process_issue(text.encode("utf-8"), SourceMeta(source_path=name, issue_date=issue_date, paper="某日报"))


@pytest.fixture(scope="module")
def con():
    """The five samples (dates from the manifest) and one page of notices, loaded in memory."""
    connection = warehouse_db.connect(":memory:")
    manifest = {
        line.split(",")[0]: date.fromisoformat(line.split(",")[1])
        for line in (RAW / "issues.csv").read_text(encoding="utf-8").splitlines()[1:]
    }
    issues = [
        process_issue((RAW / name).read_bytes(), SourceMeta(source_path=name, issue_date=manifest[name], paper="太原日报"))
        for name in SAMPLES
    ]
    issues.append(page("notices_2023-01-05.txt", NOTICE_PAGE, date(2023, 1, 5)))
    load_batch(connection, issues, load_id="test")
    yield connection
    connection.close()


def entries(con, event_type: str) -> set[tuple]:
    return set(
        con.execute(
            "SELECT title, starts_at, ends_at, all_day FROM deadlines WHERE event_type = ?", [event_type]
        ).fetchall()
    )


def test_columns_are_the_contract_and_the_calendar_ones(con):
    names = [r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'deadlines'").fetchall()]
    assert names == COLUMNS


def test_registration_windows_are_all_day_entries_ending_the_day_after_the_last_day(con):
    assert entries(con, "conscription_window") == {
        ("男兵上半年征兵网上报名", datetime(2023, 12, 1), datetime(2024, 2, 11), True),
        ("女兵上半年征兵网上报名", datetime(2024, 1, 1), datetime(2024, 2, 11), True),
        ("男兵下半年征兵网上报名", datetime(2023, 12, 1), datetime(2024, 8, 11), True),
        ("女兵下半年征兵网上报名", datetime(2024, 7, 1), datetime(2024, 8, 11), True),
    }


def test_registration_closes_are_one_day_entries(con):
    assert entries(con, "conscription_deadline") == {
        ("男兵上半年征兵网上报名截止", datetime(2024, 2, 10), datetime(2024, 2, 11), True),
        ("女兵上半年征兵网上报名截止", datetime(2024, 2, 10), datetime(2024, 2, 11), True),
        ("男兵下半年征兵网上报名截止", datetime(2024, 8, 10), datetime(2024, 8, 11), True),
        ("女兵下半年征兵网上报名截止", datetime(2024, 8, 10), datetime(2024, 8, 11), True),
    }


def test_air_quality_order_is_a_timed_entry_with_its_number_as_title(con):
    assert entries(con, "air_quality_order") == {
        ("第10号调度令:加严空气质量管控", datetime(2022, 7, 29), datetime(2022, 8, 1), False),
    }


@pytest.mark.parametrize(
    "event_type, expected",
    [
        ("notice_deadline", {("中共太原市委组织部任前公示截止", datetime(2023, 1, 11), datetime(2023, 1, 12), True),
                             ("市疫情防控办提示截止", datetime(2023, 1, 10), datetime(2023, 1, 11), True)}),
        ("notice_period", {("太原供水集团有限公司停水通知", datetime(2023, 1, 8, 8), datetime(2023, 1, 8, 20), False)}),
        ("notice_effective", {("太原市人民政府通告起施行", datetime(2023, 1, 1), datetime(2023, 1, 2), True)}),
    ],
)
def test_notice_entries(con, event_type, expected):
    assert entries(con, event_type) == expected


def test_notice_description_carries_its_text_and_phones(con):
    [description] = con.execute(
        "SELECT description FROM deadlines WHERE event_type = 'notice_deadline' AND title LIKE '%任前公示%'"
    ).fetchone()
    assert "公示期为2023年1月5日至1月11日" in description
    assert description.endswith("电话:+863514226666")


def test_entries_are_well_formed(con):
    rows = con.execute("SELECT entry_id, title, starts_at, ends_at, all_day, evidence FROM deadlines").fetchall()
    assert len({r[0] for r in rows}) == len(rows)
    for entry_id, title, starts_at, ends_at, all_day, evidence in rows:
        assert title and evidence, entry_id
        assert ends_at is None or ends_at > starts_at, entry_id
        if all_day:
            assert starts_at.time() == datetime.min.time() and ends_at.time() == datetime.min.time(), entry_id


def test_news_reporting_without_dates_adds_no_entry(con):
    """The samples' notices state no deadline, start or period: no notice entry comes from them."""
    count = con.execute(
        "SELECT count(*) FROM deadlines WHERE event_type LIKE 'notice%' AND paper = '太原日报'"
    ).fetchone()[0]
    assert count == 0


def test_a_notice_printed_again_is_one_entry_from_the_latest_issue():
    connection = warehouse_db.connect(":memory:")
    try:
        load_batch(
            connection,
            [page("a_2023-01-05.txt", NOTICE_PAGE, date(2023, 1, 5)), page("b_2023-01-06.txt", NOTICE_PAGE, date(2023, 1, 6))],
            load_id="reprint",
        )
        rows = connection.execute(
            "SELECT issue_date FROM deadlines WHERE event_type = 'notice_deadline'"
        ).fetchall()
        assert rows == [(date(2023, 1, 6),), (date(2023, 1, 6),)]
    finally:
        connection.close()


def test_multi_day_meeting_ends_the_day_after_its_last_day(con):
    issue_id = con.execute("SELECT issue_id FROM issues WHERE source_path = 'notices_2023-01-05.txt'").fetchone()[0]
    con.execute(
        "INSERT INTO meetings (event_id, issue_id, date, end_date, name, location, status, evidence, char_start, char_end) "
        "VALUES ('mtg_test', ?, DATE '2023-01-10', DATE '2023-01-12', '市人代会', '市委礼堂', 'announced', '会议1月10日至12日召开', 0, 10)",
        [issue_id],
    )
    try:
        row = con.execute(
            "SELECT title, starts_at, ends_at, all_day, description FROM deadlines WHERE entry_id = 'mtg_test:meeting'"
        ).fetchone()
        assert row == ("市人代会", datetime(2023, 1, 10), datetime(2023, 1, 13), True, "会议1月10日至12日召开\n地点:市委礼堂")
    finally:
        con.execute("DELETE FROM meetings WHERE event_id = 'mtg_test'")
