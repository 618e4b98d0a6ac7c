"""`baoxun run` on e-paper HTML: day folders and single pages beside text issues."""

from __future__ import annotations

import json

import duckdb
import pytest

from flows.ingest import ingest
from tests.epaper_fixtures import MEETING, PLAIN, SAMPLE_DAY, SAMPLE_PAGES, founder_day

pytestmark = pytest.mark.usefixtures("prefect_server")


def _write_day(folder, pages, record=None):
    folder.mkdir(parents=True)
    for name, data in pages.items():
        (folder / name.rsplit("/", 1)[1]).write_bytes(data)
    if record is not None:
        (folder / ".fetch.json").write_text(json.dumps(record), encoding="utf-8")


def test_day_folders_and_pages_load_with_their_markup_and_bad_pages_are_error_rows(tmp_path, db_file):
    raw = tmp_path / "raw"
    pages = founder_day(SAMPLE_PAGES, SAMPLE_DAY)
    broken = "html/2024-03/05/content_1206.htm"
    pages[broken] = pages[broken][:400]
    _write_day(raw / "ceshi" / "2024-03-05", pages,
               {"paper_name": "测试晨报", "area_code": "0355", "issue_date": "2024-03-05"})
    (raw / "ceshi" / "2024-03-05" / "page1.pdf").write_bytes(b"%PDF-1.4 not read")
    (raw / "saved" / "html" / "2024-03" / "06").mkdir(parents=True)
    for name, data in founder_day(SAMPLE_PAGES[:1], SAMPLE_DAY).items():
        (raw / "saved" / "html" / "2024-03" / "06" / name.rsplit("/", 1)[1]).write_bytes(data)
    (raw / "lone.html").write_bytes(b"<html><body><nav>home</nav></body></html>")

    summary = ingest(raw, db_file)

    con = duckdb.connect(str(db_file), read_only=True)
    issues = con.execute(
        "SELECT source_path, paper, area_code, issue_date, issue_date_source, article_count FROM issues ORDER BY 1"
    ).fetchall()
    assert issues == [
        ("ceshi/2024-03-05", "测试晨报", "0355", SAMPLE_DAY, "manifest", 2),
        ("saved/html/2024-03/06", None, None, SAMPLE_DAY.replace(day=6), "markup", 1),  # no paper named: area code unknown
    ]
    articles = con.execute(
        "SELECT title, subtitle, lead_title, byline, page_no, page_name, source_page FROM articles a "
        "JOIN issues USING (issue_id) WHERE source_path = 'ceshi/2024-03-05' ORDER BY seq"
    ).fetchall()
    assert articles[0] == (MEETING.title, MEETING.subtitle, MEETING.lead_title, MEETING.author, 1, "要闻",
                           "ceshi/2024-03-05/content_1101.htm")
    assert PLAIN.title not in [a[0] for a in articles]
    errors = con.execute("SELECT source_path, error_kind FROM ingest_errors ORDER BY 1").fetchall()
    assert errors == [("ceshi/2024-03-05/content_1206.htm", "truncated"), ("lone.html", "unknown_layout")]
    phones = con.execute("SELECT e164 FROM phone_numbers").fetchall()
    assert ("+863554123456",) in phones  # the area code came from the fetch record, not Taiyuan's
    con.close()
    assert summary.failed == 2

    # The page arrives whole later: the day is re-read and its page error is settled.
    day = raw / "ceshi" / "2024-03-05"
    (day / "content_1206.htm").write_bytes(founder_day(SAMPLE_PAGES, SAMPLE_DAY)[broken])
    again = ingest(raw, db_file)
    assert again.changed == 1
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT source_path FROM ingest_errors").fetchall() == [("lone.html",)]
    assert con.execute("SELECT count(*) FROM articles WHERE title = ?", [PLAIN.title]).fetchone()[0] == 2 - 1
    con.close()
