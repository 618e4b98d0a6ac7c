"""Parquet export of the warehouse, for engines beyond DuckDB (Polars, Spark, pyarrow, BigQuery...).

Every table and view becomes a folder of Parquet files under the export folder. Those whose rows
belong to an issue are partitioned by the issue's month, hive style
(``meetings/issue_month=2023-12/data_0.parquet``), so a reader of one month opens one folder; the
rest (``loads``, ``ingest_errors``) are one file each. A table is written beside the old one and
swapped in whole, so a reader never sees half an export.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse import db as warehouse_db

PARTITION_COLUMN = "issue_month"
UNDATED = "undated"  # the partition of issues whose date is unknown


@dataclass(frozen=True, kw_only=True)
class ExportedTable:
    """One table as written: its folder, rows and files."""

    name: str
    path: Path
    rows: int
    files: int
    partitioned: bool


def _relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY table_type, table_name"
    ).fetchall()
    return [name for (name,) in rows if not name.startswith("_")]


def _month(date_sql: str) -> str:
    return f"coalesce(strftime({date_sql}, '%Y-%m'), '{UNDATED}') AS {PARTITION_COLUMN}"


def _select(name: str, columns: list[str]) -> tuple[str, bool]:
    """The query that exports ``name``, and whether it is partitioned by issue month."""
    if name == "issues":
        return f"SELECT *, {_month('issue_date')} FROM issues", True
    if "issue_id" in columns:
        return (
            f"SELECT t.*, {_month('i.issue_date')} FROM {name} AS t "
            "LEFT JOIN (SELECT issue_id, issue_date FROM issues) AS i ON t.issue_id = i.issue_id"
        ), True
    return f"SELECT * FROM {name}", False


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _write(con: duckdb.DuckDBPyConnection, query: str, target: Path, partitioned: bool) -> int:
    rows = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    target.mkdir(parents=True)
    if partitioned and rows:
        con.execute(f"COPY ({query}) TO {_quote(target)} (FORMAT parquet, PARTITION_BY ({PARTITION_COLUMN}))")
    else:
        # An empty table still gets a file, so readers find its columns instead of no files at all.
        con.execute(f"COPY ({query}) TO {_quote(target / 'data_0.parquet')} (FORMAT parquet)")
    return rows


def _swap(staging: Path, target: Path) -> None:
    retired = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)


def export_parquet(
    out_dir: str | Path, db_path: str | Path | None = None, *, wait_seconds: float = 30.0
) -> list[ExportedTable]:
    """Write every table and view of the warehouse as Parquet under ``out_dir/<table>/``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = Path(db_path) if db_path else warehouse_db.default_db_path()
    if not path.exists():
        raise warehouse_db.WarehouseError(f"no database at {path}: run `baoxun run` first (or pass --db)")
    con = warehouse_db.connect(path, read_only=True, wait_seconds=wait_seconds)
    exported: list[ExportedTable] = []
    try:
        for name in _relations(con):
            query, partitioned = _select(name, warehouse_db.table_columns(con, name))
            staging = out / f".{name}.tmp-{uuid.uuid4().hex[:8]}"
            try:
                rows = _write(con, query, staging, partitioned)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            target = out / name
            _swap(staging, target)
            files = sum(1 for _ in target.rglob("*.parquet"))
            exported.append(ExportedTable(name=name, path=target, rows=rows, files=files, partitioned=partitioned))
    finally:
        con.close()
    return exported


__all__ = ["ExportedTable", "PARTITION_COLUMN", "UNDATED", "export_parquet"]
