"""Every warehouse table as sorted rows, without what differs between runs (load ids, run times).

Two runs with the same rules on the same input must dump the same: the check that parallel
extraction (``--workers``) and speed work change no row.

    python -m bench.table_dump warehouse/baoxun.duckdb > dump.txt
"""

from __future__ import annotations

import sys

import duckdb

# Columns that say when, by which run or with which version of the code a row was written, not
# what it says (a speed change changes the version hash and must change nothing else).
RUN_COLUMNS = {"load_id", "ingested_at", "seen_at", "started_at", "finished_at", "fetched_at", "extractor_version", "run_fingerprint"}
SKIPPED_TABLES = {"loads", "fetch_log"}


def dump(db_path: str) -> dict[str, list[tuple]]:
    """Table name -> its rows (run columns left out), sorted."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = 'main' "
            "ORDER BY table_name"
        ).fetchall()]
        out: dict[str, list[tuple]] = {}
        for table in tables:
            if table in SKIPPED_TABLES:
                continue
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
            ).fetchall() if r[0] not in RUN_COLUMNS]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for table, rows in dump(args[0]).items():
        print(f"## {table} ({len(rows)} rows)")
        for row in rows:
            print(repr(row))


if __name__ == "__main__":
    main()
