"""`baoxun export parquet`: every table as Parquet by issue month, read back whole by other engines."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from extractors.pipeline import SourceMeta
from flows.cli import main
from flows.discover import discover
from flows.export import PARTITION_COLUMN, UNDATED, export_parquet
from flows.ingest import PlannedFile, process_files
from tests.conftest import RAW
from warehouse import db as warehouse_db
from warehouse.load import IngestError, load_batch

UNDATED_TEXT = "本报讯 市政协召开常委会议,听取有关工作情况汇报。\n\n咨询电话:4006500000\n".encode()
MONTH_DIR = re.compile(rf"^{PARTITION_COLUMN}=(\d{{4}}-\d{{2}}|{UNDATED})$")


def _build_warehouse(db_path: Path, raw_dir: Path) -> None:
    """The samples plus one undated issue and one failed file, loaded without Prefect."""
    found = discover(raw_dir)
    planned = [PlannedFile(source=s, sha256="", status="new") for s in found.files]
    batch = process_files(planned, None)
    assert not batch.errors
    con = warehouse_db.connect(db_path)
    try:
        load_batch(con, batch.issues, [IngestError(source_path="broken.txt", error_kind="decode", message="not text")], load_id="t")
    finally:
        con.close()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for path in RAW.iterdir():
        (raw / path.name).write_bytes(path.read_bytes())
    (raw / "undated-note.txt").write_bytes(UNDATED_TEXT)
    db_path = raw.parent / "export.duckdb"
    _build_warehouse(db_path, raw)
    return db_path


@pytest.fixture(scope="module")
def exported(warehouse, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("parquet")
    return out, {t.name: t for t in export_parquet(out, warehouse)}


def _tables(db_path: Path) -> dict[str, int]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        names = [n for (n,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    finally:
        con.close()


def test_every_table_and_view_is_exported(warehouse, exported):
    out, tables = exported
    assert set(tables) == set(_tables(warehouse))
    assert {"issues", "articles", "phone_numbers", "meetings", "ingest_errors", "loads", "deadlines"} <= set(tables)
    assert sorted(p.name for p in out.iterdir()) == sorted(tables)  # no staging folders left behind


@pytest.mark.parametrize("reader", ["duckdb", "pyarrow"])
def test_row_counts_read_back_equal(warehouse, exported, reader):
    out, _ = exported
    for name, expected in _tables(warehouse).items():
        if reader == "duckdb":
            glob = str(out / name / "**" / "*.parquet")
            got = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()[0][0]
        else:
            got = ds.dataset(out / name, format="parquet", partitioning="hive").count_rows()
        assert got == expected, name


def test_issue_tables_are_partitioned_by_issue_month(warehouse, exported):
    out, tables = exported
    for name in ("issues", "articles", "meetings", "phone_numbers", "deadlines"):
        assert tables[name].partitioned, name
        folders = [p.name for p in (out / name).iterdir()]
        assert folders and all(MONTH_DIR.match(f) for f in folders), (name, folders)
    assert not tables["loads"].partitioned and not tables["ingest_errors"].partitioned
    months = {p.name for p in (out / "issues").iterdir()}
    assert {"issue_month=2023-12", "issue_month=2022-07", "issue_month=2021-12", f"issue_month={UNDATED}"} <= months


def test_each_row_sits_in_its_issue_month(warehouse, exported):
    out, _ = exported
    con = duckdb.connect(str(warehouse), read_only=True)
    expected = dict(con.execute(
        f"SELECT issue_id, coalesce(strftime(issue_date, '%Y-%m'), '{UNDATED}') FROM issues").fetchall())
    con.close()
    for name in ("issues", "articles", "phone_numbers"):
        table = ds.dataset(out / name, format="parquet", partitioning="hive").to_table(columns=["issue_id", PARTITION_COLUMN])
        pairs = set(zip(table.column("issue_id").to_pylist(), table.column(PARTITION_COLUMN).to_pylist()))
        assert pairs and all(expected[issue] == month for issue, month in pairs), name


def test_issue_text_is_exported_verbatim(warehouse, exported):
    out, _ = exported
    con = duckdb.connect(str(warehouse), read_only=True)
    texts = dict(con.execute("SELECT issue_id, text FROM issues").fetchall())
    con.close()
    table = ds.dataset(out / "issues", format="parquet", partitioning="hive").to_table(columns=["issue_id", "text"])
    assert dict(zip(table.column("issue_id").to_pylist(), table.column("text").to_pylist())) == texts


def test_an_empty_table_still_has_its_columns(tmp_path):
    db_path = tmp_path / "empty.duckdb"
    warehouse_db.connect(db_path).close()
    tables = {t.name: t for t in export_parquet(tmp_path / "out", db_path)}
    assert tables["meetings"].rows == 0 and tables["meetings"].files == 1
    columns = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'out' / 'meetings' / '*.parquet'}')").columns
    assert {"event_id", "issue_id", "evidence", "char_start", "char_end", PARTITION_COLUMN} <= set(columns)


def test_export_again_replaces_old_partitions(tmp_path, warehouse):
    out = tmp_path / "out"
    export_parquet(out, warehouse)
    (out / "notes.md").write_text("kept", encoding="utf-8")
    smaller = tmp_path / "smaller.duckdb"
    con = warehouse_db.connect(smaller)
    issue = process_files([PlannedFile(source=discover(RAW).files[0], sha256="", status="new")], None).issues
    load_batch(con, issue, load_id="t")
    con.close()
    tables = {t.name: t for t in export_parquet(out, smaller)}
    assert tables["issues"].rows == 1
    assert [p.name for p in (out / "issues").iterdir()] == ["issue_month=2023-12"]
    assert (out / "notes.md").read_text(encoding="utf-8") == "kept"


def test_cli_export_parquet(warehouse, tmp_path):
    result = CliRunner().invoke(main, ["export", "parquet", str(tmp_path / "pq"), "--db", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert re.search(r"^issues\s+6 rows", result.output, flags=re.M)
    missing = CliRunner().invoke(main, ["export", "parquet", str(tmp_path / "pq2"), "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no database" in missing.output


def test_source_meta_undated_issue_has_no_date():
    """The undated fixture really is undated, so the 'undated' partition is exercised."""
    from extractors.pipeline import process_issue

    assert process_issue(UNDATED_TEXT, SourceMeta(source_path="undated-note.txt")).ctx.issue_date is None
