"""`baoxun calendar`: the deadlines view as an RFC 5545 file that icalendar and khal read back."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from flows import prefect_env
from flows.calendar import (
    DEFAULT_NAME,
    Revision,
    build_calendar,
    content_digest,
    entry_uid,
    parse_duration,
    revise,
    write_calendar,
)
from extractors.registry import registered_tables
from flows.cli import main
from tests.conftest import RAW
from warehouse.db import connect

KHAL = Path(sys.executable).with_name("khal")
ISSUE_000 = "iss_sample000"
ISSUE_003 = "iss_sample003"
# Real sentences from raw/000 (2023-12-01) and raw/003 (2022-07-29).
WINDOWS = [
    ("cw_m1", "male", "H1", date(2023, 12, 1), date(2024, 2, 10), "男兵上半年报名时间为:2023年12月1日至2024年2月10日"),
    ("cw_m2", "male", "H2", date(2023, 12, 1), date(2024, 8, 10), "下半年报名时间为:2023年12月1日至2024年8月10日"),
    ("cw_f1", "female", "H1", date(2024, 1, 1), date(2024, 2, 10), "女兵上半年报名时间为:2024年1月1日至2024年2月10日"),
    ("cw_f2", "female", "H2", date(2024, 7, 1), date(2024, 8, 10), "下半年报名时间为:2024年7月1日至2024年8月10日"),
]
ORDER_EVIDENCE = (
    "7月28日下午,市改善省城环境质量领导小组办公室发布夏季空气质量保障第10号调度令,"
    "明确7月29日0时至7月31日24时"
)


def add_issue(con, issue_id: str, issue_date: date, ingested_at: datetime, title: str) -> None:
    con.execute(
        "INSERT INTO issues (issue_id, source_path, content_sha256, issue_date, issue_date_source, paper, encoding, "
        "char_count, article_count, ingested_at, extractor_version, run_fingerprint, load_id, text) "
        "VALUES (?, ?, 'sha', ?, 'manifest', '太原日报', 'utf-8', 0, 1, ?, 'v', 'f', 'load', '')",
        [issue_id, f"{issue_id}.txt", issue_date, ingested_at],
    )
    con.execute(
        "INSERT INTO articles (article_id, issue_id, seq, kind, title, subtitle, section, byline, body, char_start, char_end) "
        "VALUES (?, ?, 0, 'article', ?, NULL, NULL, NULL, '', 0, 0)",
        [f"{issue_id}-a000", issue_id, title],
    )


@pytest.fixture(scope="module")
def events_db_template(tmp_path_factory) -> Path:
    """A warehouse holding the four 2024 registration windows and the 2022 dispatch order."""
    path = tmp_path_factory.mktemp("calendar") / "events.duckdb"
    con = connect(path)
    add_issue(con, ISSUE_000, date(2023, 12, 1), datetime(2023, 12, 1, 6, 0, 0), "今起网上报名")
    add_issue(con, ISSUE_003, date(2022, 7, 29), datetime(2022, 7, 29, 6, 0, 0), "应对天气快速升温 我市加严空气质量管控措施")
    for event_id, gender, half, start, end, evidence in WINDOWS:
        con.execute(
            "INSERT INTO conscription_windows (event_id, issue_id, article_id, year, gender, half, start_date, end_date, "
            "evidence, char_start, char_end) VALUES (?, ?, ?, 2024, ?, ?, ?, ?, ?, 0, 0)",
            [event_id, ISSUE_000, f"{ISSUE_000}-a000", gender, half, start, end, evidence],
        )
    con.execute(
        "INSERT INTO air_quality_orders (event_id, issue_id, article_id, order_no, name, issuer, issued_on, starts_at, "
        "ends_at, pollutant, measures, evidence, char_start, char_end) VALUES ('aq_10', ?, ?, 10, "
        "'夏季空气质量保障第10号调度令', '市改善省城环境质量领导小组办公室', DATE '2022-07-28', "
        "TIMESTAMP '2022-07-29 00:00', TIMESTAMP '2022-08-01 00:00', '臭氧', ['全市混凝土搅拌站停止生产和物料运输'], ?, 0, 0)",
        [ISSUE_003, f"{ISSUE_003}-a000", ORDER_EVIDENCE],
    )
    con.close()
    return path


@pytest.fixture
def events_db(events_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the template (creating the schema costs a second, copying a millisecond)."""
    path = tmp_path / "events.duckdb"
    shutil.copyfile(events_db_template, path)
    return path


def export(db: Path, out: Path, **kwargs) -> Calendar:
    kwargs.setdefault("state_dir", out.parent / "state")
    write_calendar(db, out, **kwargs)
    return Calendar.from_ical(out.read_bytes())


def by_uid(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.events}


# ---------------------------------------------------------------- what the entries say


@pytest.mark.parametrize(
    ("entry_id", "start", "end"),
    [
        ("cw_m1:window", date(2023, 12, 1), date(2024, 2, 11)),
        ("cw_m2:window", date(2023, 12, 1), date(2024, 8, 11)),
        ("cw_f1:window", date(2024, 1, 1), date(2024, 2, 11)),
        ("cw_f2:window", date(2024, 7, 1), date(2024, 8, 11)),
        ("cw_m1:close", date(2024, 2, 10), date(2024, 2, 11)),
        ("cw_f2:close", date(2024, 8, 10), date(2024, 8, 11)),
    ],
)
def test_date_windows_are_all_day_with_exclusive_dtend(events_db, tmp_path, entry_id, start, end):
    out = tmp_path / "x.ics"
    event = by_uid(export(events_db, out, start=date(2023, 12, 1)))[entry_uid(entry_id)]
    assert (event.start, event.end) == (start, end)
    assert not isinstance(event.start, datetime)
    assert f"DTEND;VALUE=DATE:{end:%Y%m%d}" in out.read_text(encoding="utf-8")


def test_timed_order_is_in_asia_shanghai_with_a_vtimezone(events_db, tmp_path):
    out = tmp_path / "x.ics"
    calendar = export(events_db, out, start=date(2022, 7, 1), types=["air_quality_order"])
    (event,) = calendar.events
    assert event.start.astimezone(timezone.utc) == datetime(2022, 7, 28, 16, 0, tzinfo=timezone.utc)
    assert event.end.astimezone(timezone.utc) == datetime(2022, 7, 31, 16, 0, tzinfo=timezone.utc)
    text = out.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Asia/Shanghai:20220729T000000" in text
    assert "DTEND;TZID=Asia/Shanghai:20220801T000000" in text
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]
    assert calendar.get_missing_tzids() == set()


def test_all_day_only_calendar_needs_no_vtimezone(events_db, tmp_path):
    calendar = export(events_db, tmp_path / "x.ics", start=date(2023, 12, 1), types=["conscription_window"])
    assert len(calendar.events) == 4
    assert calendar.timezones == []


def test_summary_description_and_categories_come_from_the_row(events_db, tmp_path):
    events = by_uid(export(events_db, tmp_path / "x.ics", start=date(2022, 1, 1)))
    close = events[entry_uid("cw_m1:close")]
    assert str(close["SUMMARY"]) == "男兵上半年征兵网上报名截止"
    description = str(close["DESCRIPTION"])
    assert description.startswith("男兵上半年报名时间为:2023年12月1日至2024年2月10日")
    assert "《太原日报》" in description and "2023年12月1日" in description and "《今起网上报名》" in description
    assert close.categories == ["征兵报名截止"]
    order = events[entry_uid("aq_10:period")]
    assert "第10号调度令" in str(order["SUMMARY"]) and "空气质量管控" in str(order["SUMMARY"])
    assert "2022年7月29日" in str(order["DESCRIPTION"])
    assert "全市混凝土搅拌站停止生产和物料运输" in str(order["DESCRIPTION"])
    assert order.categories == ["空气质量管控"]
    assert str(order["X-BAOXUN-EVENT-ID"]) == "aq_10" and str(order["TRANSP"]) == "TRANSPARENT"


@pytest.mark.parametrize(
    ("row", "summary", "category"),
    [
        ({"event_type": "conscription_deadline", "title": "男兵上半年征兵网上报名截止"}, "男兵上半年征兵网上报名截止", "征兵报名截止"),
        ({"event_type": "air_quality_order", "title": "第10号调度令:加严空气质量管控"}, "第10号调度令:加严空气质量管控", "空气质量管控"),
        ({"event_type": "meeting", "title": "市十六届人大常委会第十五次会议"}, "市十六届人大常委会第十五次会议", "会议"),
        ({"event_type": "notice_deadline", "title": None}, "公告截止", "公告截止"),
        ({"event_type": "notice_period", "title": "迎泽大街停水"}, "迎泽大街停水", "公告时段"),
        ({"event_type": "something_new", "title": "新类型"}, "新类型", "something_new"),
    ],
)
def test_summary_and_category_per_type(row, summary, category):
    row = {"entry_id": "e1", "starts_at": datetime(2024, 2, 10), "ends_at": datetime(2024, 2, 11), "all_day": True,
           "description": "原文", **row}
    (event,) = build_calendar([row]).events
    assert (str(event["SUMMARY"]), event.categories) == (summary, [category])


def test_calendar_properties_name_refresh_interval_and_no_random_uids(events_db, tmp_path):
    out = tmp_path / "x.ics"
    calendar = export(events_db, out, start=date(2023, 12, 1), name="太原截止日期")
    assert calendar.calendar_name == "太原截止日期"
    assert str(calendar["X-WR-CALNAME"]) == "太原截止日期"
    assert calendar.refresh_interval == timedelta(hours=6)
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in out.read_bytes().decode("utf-8")
    assert "\r\nX-PUBLISHED-TTL:PT6H\r\n" in out.read_bytes().decode("utf-8")
    default = export(events_db, tmp_path / "y.ics", start=date(2023, 12, 1))
    assert default.calendar_name == DEFAULT_NAME
    assert all(str(e["UID"]).endswith("@baoxun") for e in default.events)


def test_alarm_reminds_before_each_entry(events_db, tmp_path):
    calendar = export(events_db, tmp_path / "x.ics", start=date(2023, 12, 1), alarm=timedelta(days=1))
    for event in calendar.events:
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == timedelta(days=-1)
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
    assert not any(e.walk("VALARM") for e in export(events_db, tmp_path / "y.ics", start=date(2023, 12, 1)).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1d", timedelta(days=1)),
        ("12h", timedelta(hours=12)),
        ("30m", timedelta(minutes=30)),
        ("1w", timedelta(weeks=1)),
        ("1d12h", timedelta(days=1, hours=12)),
        ("P1D", timedelta(days=1)),
        ("PT2H30M", timedelta(hours=2, minutes=30)),
        ("-P1D", timedelta(days=1)),
    ],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "1", "1x", "d1", "1 day", "P", "tomorrow"])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)


# ---------------------------------------------------------------- which entries are upcoming


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # A window that opened earlier and is still open on --from is upcoming.
        ({"start": date(2024, 1, 15)}, {"cw_m1:window", "cw_m2:window", "cw_f1:window", "cw_f2:window",
                                        "cw_m1:close", "cw_m2:close", "cw_f1:close", "cw_f2:close"}),
        # The last day of a window still counts; the day after does not.
        ({"start": date(2024, 2, 10)}, {"cw_m1:window", "cw_m2:window", "cw_f1:window", "cw_f2:window",
                                        "cw_m1:close", "cw_m2:close", "cw_f1:close", "cw_f2:close"}),
        ({"start": date(2024, 2, 11)}, {"cw_m2:window", "cw_f2:window", "cw_m2:close", "cw_f2:close"}),
        ({"start": date(2024, 8, 11)}, set()),
        # --to keeps entries that start on or before the day.
        ({"start": date(2023, 12, 1), "end": date(2023, 12, 31)}, {"cw_m1:window", "cw_m2:window"}),
        ({"start": date(2023, 12, 1), "end": date(2024, 7, 1)},
         {"cw_m1:window", "cw_m2:window", "cw_f1:window", "cw_f2:window", "cw_m1:close", "cw_f1:close"}),
        # The order ran 2022-07-29 00:00 to 2022-08-01 00:00 (exclusive).
        ({"start": date(2022, 7, 31), "end": date(2022, 12, 31)}, {"aq_10:period"}),
        ({"start": date(2022, 8, 1), "end": date(2022, 12, 31)}, set()),
        ({"start": date(2023, 12, 1), "types": ["conscription_deadline"]},
         {"cw_m1:close", "cw_m2:close", "cw_f1:close", "cw_f2:close"}),
        ({"start": date(2022, 1, 1), "types": ["air_quality_order", "meeting"]}, {"aq_10:period"}),
    ],
)
def test_from_to_and_type_filters(events_db, tmp_path, kwargs, expected):
    calendar = export(events_db, tmp_path / "x.ics", **kwargs)
    assert set(by_uid(calendar)) == {entry_uid(e) for e in expected}


def test_from_defaults_to_today(events_db, tmp_path):
    # Every entry of the fixture ended before the day this test runs.
    assert export(events_db, tmp_path / "x.ics").events == []


def test_open_ended_timed_entry_shows_at_its_start_and_only_while_upcoming():
    row = {"entry_id": "aq_open:period", "event_type": "air_quality_order", "title": "管控", "all_day": False,
           "starts_at": datetime(2024, 3, 1, 8, 0), "ends_at": None, "description": "3月1日8时起"}
    (event,) = build_calendar([row]).events
    assert event.start == datetime(2024, 3, 1, 8, 0, tzinfo=event.start.tzinfo)
    assert str(event.start.tzinfo) == "Asia/Shanghai"
    assert "DTEND" not in event


# ---------------------------------------------------------------- stable across exports


def test_exporting_twice_gives_identical_bytes_and_uids(events_db, tmp_path):
    out = tmp_path / "x.ics"
    export(events_db, out, start=date(2023, 12, 1))
    first = out.read_bytes()
    mtime = out.stat().st_mtime_ns
    second = export(events_db, out, start=date(2023, 12, 1))
    assert out.read_bytes() == first
    assert out.stat().st_mtime_ns == mtime  # unchanged data leaves the file alone
    assert sorted(by_uid(second)) == sorted(entry_uid(f"{w[0]}:{k}") for w in WINDOWS for k in ("window", "close"))
    other = tmp_path / "elsewhere.ics"
    export(events_db, other, start=date(2023, 12, 1))
    assert other.read_bytes() == first


def test_changed_entry_gets_higher_sequence_and_later_last_modified(events_db, tmp_path):
    out = tmp_path / "x.ics"
    before = by_uid(export(events_db, out, start=date(2023, 12, 1)))
    con = connect(events_db)
    con.execute("UPDATE conscription_windows SET end_date = DATE '2024-02-20' WHERE event_id = 'cw_m1'")
    con.execute("UPDATE issues SET ingested_at = TIMESTAMP '2024-01-05 08:00:00' WHERE issue_id = ?", [ISSUE_000])
    con.close()
    after = by_uid(export(events_db, out, start=date(2023, 12, 1)))
    for uid in (entry_uid("cw_m1:window"), entry_uid("cw_m1:close")):
        assert after[uid]["SEQUENCE"] == before[uid]["SEQUENCE"] + 1
        assert after[uid].last_modified > before[uid].last_modified
        assert after[uid].DTSTAMP == after[uid].last_modified
    assert after[entry_uid("cw_m1:window")].end == date(2024, 2, 21)
    untouched = entry_uid("cw_f1:window")
    assert after[untouched]["SEQUENCE"] == before[untouched]["SEQUENCE"] == 0
    assert after[untouched].DTSTAMP == before[untouched].DTSTAMP


@pytest.mark.parametrize(
    ("previous", "seen_digest", "expected_sequence"),
    [
        (None, None, 0),
        (Revision("same", 3, datetime(2024, 1, 1, tzinfo=timezone.utc)), "same", 3),
        (Revision("old", 3, datetime(2024, 1, 1, tzinfo=timezone.utc)), None, 4),
    ],
)
def test_revise(previous, seen_digest, expected_sequence):
    row = {"entry_id": "e", "starts_at": datetime(2024, 2, 10), "ends_at": None, "all_day": True, "title": "t",
           "ingested_at": datetime(2023, 6, 1, 0, 0)}
    if seen_digest == "same":
        previous = Revision(content_digest(row), previous.sequence, previous.modified)
    revision = revise(previous, row)
    assert revision.sequence == expected_sequence
    if previous is not None and expected_sequence > previous.sequence:
        # The ingest time is older than the last revision: LAST-MODIFIED still moves forward.
        assert revision.modified > previous.modified


# ---------------------------------------------------------------- RFC 5545 text: escaping and folding


def one_row(description: str, title: str = "标题") -> dict:
    return {"entry_id": "e1", "event_type": "meeting", "title": title, "starts_at": datetime(2024, 1, 1),
            "ends_at": datetime(2024, 1, 2), "all_day": True, "description": description}


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def assert_folded_by_octets(data: bytes) -> None:
    for line in physical_lines(data):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never splits a UTF-8 sequence


@pytest.mark.parametrize(
    "description",
    [
        "地点:太原市迎泽大街, 电话:0351-1234567; 备注\\无",
        "第一行\n第二行\n\n第四行",
        "a,b;c\\d\\n不是换行",
        "“全国征兵网”——http://www.gfbzb.gov.cn/;报名,体检;政审\\定兵",
    ],
)
def test_escaping_round_trips(description):
    data = build_calendar([one_row(description, title=description.splitlines()[0])]).to_ical()
    (event,) = Calendar.from_ical(data).events
    assert str(event["DESCRIPTION"]) == description
    assert str(event["SUMMARY"]) == description.splitlines()[0]
    assert_folded_by_octets(data)


def test_ten_thousand_character_description_folds_correctly():
    description = ("本报讯 市征兵办消息,2024年春季征兵工作启动;ABC\\" * 400)[:10_000]
    data = build_calendar([one_row(description)]).to_ical()
    assert_folded_by_octets(data)
    assert sum(1 for line in physical_lines(data) if line.startswith(b" ")) > 300
    (event,) = Calendar.from_ical(data).events
    assert str(event["DESCRIPTION"]) == description


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("征兵报名截止日期ab1 ,;:\\\n\"—《》·、。") + ["𠀀", "é"]), max_size=300))
def test_any_text_round_trips(text):
    data = build_calendar([one_row(text, title=text.replace("\n", " ") or "标题")]).to_ical()
    assert_folded_by_octets(data)
    (event,) = Calendar.from_ical(data).events
    expected = text.strip() or None
    assert (str(event["DESCRIPTION"]) if "DESCRIPTION" in event else None) == expected


# ---------------------------------------------------------------- a real client: khal


@pytest.fixture
def khal_config(tmp_path: Path) -> Path:
    if not KHAL.exists():
        found = shutil.which("khal")
        if not found:
            pytest.fail("khal is not installed in the environment (it is a test dependency)")
    calendar_dir = tmp_path / "khal-calendar"
    calendar_dir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[local]]\npath = {calendar_dir}\n"
        "[locale]\nlocal_timezone = Asia/Shanghai\ndefault_timezone = Asia/Shanghai\n"
        "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ntimeformat = %H:%M\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n",
        encoding="utf-8",
    )
    return config


def khal(config: Path, *args: str) -> str:
    binary = str(KHAL) if KHAL.exists() else shutil.which("khal")
    done = subprocess.run([binary, "-c", str(config), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    return done.stdout


def test_khal_prints_the_exported_file(events_db, tmp_path, khal_config):
    out = tmp_path / "deadlines.ics"
    export(events_db, out, start=date(2022, 1, 1))
    printed = khal(khal_config, "printics", "--format", "{start}|{end}|{title}|{categories}", str(out))
    lines = set(printed.splitlines())
    assert "9 events found in" in printed
    # khal shows the last day of an all-day span (DTEND is exclusive).
    assert "2023-12-01|2024-02-10|男兵上半年征兵网上报名|征兵报名" in lines
    assert "2024-02-10|2024-02-10|男兵上半年征兵网上报名截止|征兵报名截止" in lines
    assert "2024-07-01|2024-08-10|女兵下半年征兵网上报名|征兵报名" in lines
    assert any(line.startswith("2022-07-29 00:00|2022-08-01 00:00|") and "第10号调度令" in line for line in lines)


def test_khal_imports_and_lists_upcoming_windows(events_db, tmp_path, khal_config):
    out = tmp_path / "deadlines.ics"
    export(events_db, out, start=date(2023, 12, 1), alarm=timedelta(days=1))
    khal(khal_config, "import", "--batch", str(out))
    listed = khal(khal_config, "list", "--once", "--day-format", "", "--format", "{uid}|{start}|{end}|{title}",
                  "2024-02-01", "2024-02-15")
    rows = {line.split("|")[0]: line.split("|")[1:] for line in listed.splitlines() if line.strip()}
    assert rows[entry_uid("cw_m1:window")] == ["2023-12-01", "2024-02-10", "男兵上半年征兵网上报名"]
    assert rows[entry_uid("cw_f1:close")] == ["2024-02-10", "2024-02-10", "女兵上半年征兵网上报名截止"]
    assert entry_uid("cw_f2:window") not in rows  # opens 2024-07-01
    # Re-importing the same export updates in place: still one event per UID.
    khal(khal_config, "import", "--batch", str(out))
    again = khal(khal_config, "list", "--once", "--day-format", "", "--format", "{uid}", "2024-02-01", "2024-02-15")
    assert sorted(again.split()) == sorted(rows)


# ---------------------------------------------------------------- the samples, end to end


@pytest.mark.skipif("conscription_windows" not in registered_tables(), reason="the conscription extractor is not registered")
def test_sample_issue_gives_the_four_2024_registration_windows(tmp_path):
    """raw/000 (2023-12-01) through the real extractors and loader (Prefect left out: it adds nothing here)."""
    from extractors.registry import extractor_version
    from flows.discover import discover
    from flows.ingest import plan, process_files
    from warehouse.load import load_batch

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "000_c8ec1aa436eee989.txt", raw)
    (raw / "issues.csv").write_text("file,issue_date,paper\n000_c8ec1aa436eee989.txt,2023-12-01,太原日报\n", encoding="utf-8")
    todo, _, _ = plan(discover(raw).files, {}, extractor_version())
    batch = process_files(todo, None)
    db = tmp_path / "sample.duckdb"
    con = connect(db)
    load_batch(con, batch.issues, batch.errors, load_id="test")
    con.close()
    calendar = export(db, tmp_path / "x.ics", start=date(2023, 12, 1), types=["conscription_window"])
    assert sorted((e.start, e.end) for e in calendar.events) == sorted(
        (start, end + timedelta(days=1)) for _, _, _, start, end, _ in WINDOWS
    )
    deadlines = export(db, tmp_path / "y.ics", start=date(2023, 12, 1), types=["conscription_deadline"])
    assert sorted(str(e["SUMMARY"]) for e in deadlines.events) == sorted(
        ["男兵上半年征兵网上报名截止", "男兵下半年征兵网上报名截止", "女兵上半年征兵网上报名截止", "女兵下半年征兵网上报名截止"]
    )


# ---------------------------------------------------------------- the command


def test_cli_writes_the_calendar(events_db, tmp_path, monkeypatch):
    monkeypatch.setattr(prefect_env, "STATE_DIR", tmp_path / "state")
    out = tmp_path / "cli.ics"
    result = CliRunner().invoke(
        main,
        ["calendar", "--db", str(events_db), "--from", "2023-12-01", "--to", "2024-03-01", "--type", "conscription_window",
         "--type", "conscription_deadline", "-o", str(out), "--alarm", "2d", "--name", "征兵"],
    )
    assert result.exit_code == 0, result.output
    assert "wrote 5 entries" in result.output  # 3 windows open by 03-01, 2 of them close by then
    calendar = Calendar.from_ical(out.read_bytes())
    assert calendar.calendar_name == "征兵"
    assert {e.walk("VALARM")[0]["TRIGGER"].dt for e in calendar.events} == {timedelta(days=-2)}
    assert list((tmp_path / "state" / "calendar").glob("cli-*.json"))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--alarm", "soon"], 2, "is not a duration"),
        (["--from", "2024-02-30"], 2, "--from"),
        (["--from", "2024-03-01", "--to", "2024-02-01"], 2, "--to is before --from"),
        (["--db", "{tmp}/missing.duckdb"], 1, "no database at"),
    ],
)
def test_cli_refuses_bad_input(events_db, tmp_path, args, code, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--db" not in args:
        args += ["--db", str(events_db)]
    result = CliRunner().invoke(main, ["calendar", "-o", str(tmp_path / "x.ics"), *args])
    assert result.exit_code == code
    assert message in result.output
    assert not (tmp_path / "x.ics").exists()


def test_uid_is_derived_from_entry_id_only():
    row = one_row("a")
    first = build_calendar([row]).events[0]
    second = build_calendar([{**row, "description": "b", "title": "c"}]).events[0]
    assert str(first["UID"]) == str(second["UID"]) == "e1@baoxun"
    assert re.fullmatch(r"[0-9a-f-]{36}", str(build_calendar([]).get("UID")))
    assert str(build_calendar([]).get("UID")) == str(build_calendar([row]).get("UID"))
