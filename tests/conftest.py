"""Shared fixtures: the sample issues, a temporary raw folder, and one Prefect test server per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Before flows.prefect_env is imported: it reads the state folder once, at import.
os.environ.setdefault("BAOXUN_STATE_DIR", str(Path(__file__).resolve().parent.parent / ".state" / "test"))
# Flow runs outside the session's test server use Prefect's temporary server, never leaving a
# background API behind (tests/test_startup.py tests that one on its own).
os.environ.setdefault("BAOXUN_PREFECT_API", "temporary")

from flows import prefect_env  # noqa: E402

prefect_env.configure()

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"
SAMPLES = sorted(p.name for p in RAW.glob("*.txt"))


def _warehouse_tables() -> tuple[str, ...]:
    from warehouse.load import warehouse_tables

    return warehouse_tables()


# issues, articles, every declared event table, ingest_errors
EVENT_AND_ISSUE_TABLES = _warehouse_tables()
# Columns that record when or by which run a row was written: equal contents ignore them.
RUN_STAMP_COLUMNS = {"issues": " EXCLUDE (ingested_at, load_id)", "ingest_errors": " EXCLUDE (seen_at, load_id)"}


def table_snapshot(db_file, tables=EVENT_AND_ISSUE_TABLES) -> dict[str, list[tuple]]:
    """Full contents of the tables (sorted rows), for comparing two databases or two moments."""
    import duckdb

    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return {
            table: sorted(con.execute(f"SELECT *{RUN_STAMP_COLUMNS.get(table, '')} FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    finally:
        con.close()


def sample_text(name: str) -> str:
    from extractors.decode import decode

    return decode((RAW / name).read_bytes())[0]


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect API for the whole session (entering it costs ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of raw/ (samples and manifest)."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "baoxun.duckdb"
