"""The ingest flow end to end on the samples: loads, skips, replaces, reports, never loses a file."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.ingest import ingest
from tests.conftest import EVENT_AND_ISSUE_TABLES, SAMPLES, table_snapshot

pytestmark = pytest.mark.usefixtures("prefect_server")

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
TABLES = EVENT_AND_ISSUE_TABLES
snapshot = table_snapshot


def test_samples_load_with_manifest_dates(raw_copy, db_file):
    summary = ingest(raw_copy, db_file)
    assert (summary.new, summary.changed, summary.unchanged, summary.failed) == (len(SAMPLES), 0, 0, 0)
    con = duckdb.connect(str(db_file), read_only=True)
    rows = con.execute("SELECT source_path, issue_date, issue_date_source, paper, encoding FROM issues ORDER BY 1").fetchall()
    con.close()
    assert rows[0] == ("000_c8ec1aa436eee989.txt", date(2023, 12, 1), "manifest", "太原日报", "utf-8")
    assert [r[1] for r in rows] == [date(2023, 12, 1), date(2023, 1, 5), date(2021, 12, 21), date(2022, 7, 29), date(2023, 11, 30)]


def test_rerun_changes_nothing(raw_copy, db_file):
    ingest(raw_copy, db_file)
    first = snapshot(db_file)
    again = ingest(raw_copy, db_file)
    assert (again.new, again.changed, again.unchanged) == (0, 0, len(SAMPLES))
    assert snapshot(db_file) == first


def test_changed_file_replaces_only_its_issue(raw_copy, db_file):
    ingest(raw_copy, db_file)
    before = snapshot(db_file)
    target = raw_copy / "001_5d41c8aedcc40f6a.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\n寻人启事\n\n请知情者联系王建国 13903510000\n", encoding="utf-8")
    summary = ingest(raw_copy, db_file)
    assert (summary.new, summary.changed, summary.unchanged) == (0, 1, len(SAMPLES) - 1)
    after = snapshot(db_file)
    con = duckdb.connect(str(db_file), read_only=True)
    changed_id = con.execute("SELECT issue_id FROM issues WHERE source_path = '001_5d41c8aedcc40f6a.txt'").fetchone()[0]
    con.close()
    for table in TABLES:
        assert [r for r in before[table] if changed_id not in r] == [r for r in after[table] if changed_id not in r], table
    (new_issue,) = [r for r in after["issues"] if changed_id in r]
    (old_issue,) = [r for r in before["issues"] if changed_id in r]
    assert new_issue != old_issue and "王建国 13903510000" in new_issue[-1]
    assert "王建国" in " ".join(r[8] for r in after["articles"] if changed_id in r)


def test_bad_files_go_to_ingest_errors_and_the_run_goes_on(raw_copy, db_file):
    (raw_copy / "picture.txt").write_bytes(PNG)
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "2023-12-01.txt").mkdir()
    summary = ingest(raw_copy, db_file)
    assert not summary.ok
    assert summary.new == len(SAMPLES) + 1  # the empty file is an empty issue, not an error
    con = duckdb.connect(str(db_file), read_only=True)
    errors = con.execute("SELECT source_path, error_kind FROM ingest_errors ORDER BY 1").fetchall()
    con.close()
    assert errors == [("2023-12-01.txt", "not_a_file"), ("picture.txt", "decode")]


def test_vanished_files_are_reported_and_pruned_on_request(raw_copy, db_file):
    ingest(raw_copy, db_file)
    (raw_copy / "004_905e4ef74a0b722d.txt").unlink()
    kept = ingest(raw_copy, db_file)
    assert kept.vanished == ["004_905e4ef74a0b722d.txt"] and kept.pruned == 0
    pruned = ingest(raw_copy, db_file, prune=True)
    assert pruned.pruned == 1
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == len(SAMPLES) - 1
    con.close()


def test_area_code_change_re_extracts_the_files_it_applies_to(raw_copy, db_file):
    (raw_copy / "2023-12-02.txt").write_text("本报讯 12月1日,某某中心发布通知。咨询电话:85212345。\n", encoding="utf-8")
    ingest(raw_copy, db_file)
    summary = ingest(raw_copy, db_file, area_code="0451")
    # The samples' paper (太原日报) gives their area code; the option applies to the other file only.
    assert (summary.changed, summary.unchanged) == (1, len(SAMPLES))


def test_cli_run_and_sql(raw_copy, db_file):
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(raw_copy), "--db", str(db_file), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["issues_new"] == len(SAMPLES)
    result = runner.invoke(main, ["sql", "SELECT count(*) AS n FROM issues", "--db", str(db_file), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output) == {"n": len(SAMPLES)}
    result = runner.invoke(main, ["sql", "DELETE FROM issues", "--db", str(db_file)])
    assert result.exit_code == 1 and "read-only" in result.output
    result = runner.invoke(main, ["sql", "COPY issues TO '/tmp/leak.csv'", "--db", str(db_file)])
    assert result.exit_code == 1 and "cannot touch files" in result.output


def test_cli_run_exit_code_says_a_file_failed(raw_copy, db_file):
    (raw_copy / "picture.txt").write_bytes(PNG)
    result = CliRunner().invoke(main, ["run", str(raw_copy), "--db", str(db_file)])
    assert result.exit_code == 1
    assert "picture.txt" in result.output


def database_counts(db_file, load_id: str) -> dict:
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        errors = con.execute("SELECT count(*) FROM ingest_errors WHERE load_id = ?", [load_id]).fetchone()[0]
        issues = con.execute("SELECT count(*) FROM issues WHERE load_id = ?", [load_id]).fetchone()[0]
        load = con.execute(
            "SELECT files_seen, issues_new, issues_changed, issues_unchanged, issues_failed, status FROM loads WHERE load_id = ?", [load_id]
        ).fetchone()
    finally:
        con.close()
    return {"ingest_errors": errors, "issues": issues, "load": load}


def test_the_run_summary_counts_are_the_database_counts(raw_copy, db_file):
    import os

    (raw_copy / "picture.txt").write_bytes(PNG)
    os.symlink("loop.txt", raw_copy / "loop.txt")  # crashed the whole run once (RuntimeError: Symlink loop)
    os.symlink("gone.txt", raw_copy / "dangling.txt")
    os.mkfifo(raw_copy / "pipe.txt")
    with (raw_copy / "issues.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("missing.txt,2023-01-01,太原日报\n")  # names a file that is not there
        manifest.write("001_5d41c8aedcc40f6a.txt,2023-01-06,太原日报\n")  # a second row for a file
    summary = ingest(raw_copy, db_file)
    found = database_counts(db_file, summary.load_id)
    assert (summary.files_seen, summary.new, summary.changed, summary.unchanged, summary.failed) == (len(SAMPLES) + 4, len(SAMPLES), 0, 0, 4)
    assert summary.new + summary.changed + summary.unchanged + summary.failed == summary.files_seen
    assert summary.manifest_problems == 2
    assert summary.rows["ingest_errors"] == found["ingest_errors"] == summary.failed + summary.manifest_problems
    assert summary.rows["issues"] == found["issues"] == summary.new
    assert found["load"] == (summary.files_seen, summary.new, 0, 0, summary.failed, "partial")

    again = ingest(raw_copy, db_file)  # the samples unchanged; the same problems again
    found = database_counts(db_file, again.load_id)
    assert (again.files_seen, again.new, again.unchanged, again.failed) == (len(SAMPLES) + 4, 0, len(SAMPLES), 4)
    assert again.rows.get("ingest_errors") == found["ingest_errors"] == 6 and found["issues"] == 0
    assert found["load"] == (again.files_seen, 0, 0, len(SAMPLES), 4, "partial")


def test_the_printed_summary_adds_up(raw_copy, db_file):
    import os

    os.symlink("gone.txt", raw_copy / "dangling.txt")
    result = CliRunner().invoke(main, ["run", str(raw_copy), "--db", str(db_file)])
    assert result.exit_code == 1
    assert f"{len(SAMPLES) + 1} files: {len(SAMPLES)} new, 0 changed, 0 unchanged, 1 failed" in result.output
    assert "dangling.txt is a symbolic link to gone.txt, which does not exist" in result.output


def test_samples_keep_taiyuans_area_code_through_their_paper_name(raw_copy, db_file):
    assert "area_code" not in (raw_copy / "issues.csv").read_text(encoding="utf-8").splitlines()[0]
    ingest(raw_copy, db_file)
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT DISTINCT area_code FROM issues").fetchall() == [("0351",)]
    con.close()


def test_unknown_area_code_is_said_once(tmp_path, db_file):
    from extractors.pipeline import UNKNOWN_AREA_CODE

    raw = tmp_path / "raw"
    raw.mkdir()
    for day in (1, 2, 3):
        (raw / f"2023-12-0{day}.txt").write_text(f"本报讯 12月{day}日,某某中心发布通知。咨询电话:8521234{day}。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(raw), "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert result.output.count("area code is unknown") == 1
    con = duckdb.connect(str(db_file), read_only=True)
    rows = con.execute("SELECT raw, e164, phone_id FROM phone_numbers ORDER BY raw").fetchall()
    con.close()
    assert rows == [(f"8521234{d}", None, f"local:8521234{d}") for d in (1, 2, 3)]
    assert UNKNOWN_AREA_CODE in result.output.replace("\n", " ") or "area code is unknown" in result.output
