"""Connections to the warehouse: default path, schema set-up, and clear errors for locks.

DuckDB allows one writing process per file, and a second process (even read-only) fails at once
with "Could not set lock on file". Writers wait for the lock a while; readers say who holds it.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import duckdb

from warehouse.locations import default_db

# warehouse/baoxun.duckdb in a clone; the user's data folder when installed (warehouse/locations.py).
DEFAULT_DB = default_db()


class WarehouseError(RuntimeError):
    """A warehouse problem a person can act on; the CLI prints its message without a traceback."""


class WarehouseLocked(WarehouseError):
    """Another process holds the database file's lock."""


def default_db_path() -> Path:
    """``$BAOXUN_DB`` if set, else :data:`DEFAULT_DB` (``warehouse/baoxun.duckdb`` in a clone)."""
    env = os.environ.get("BAOXUN_DB")
    return Path(env) if env else DEFAULT_DB


def _is_lock_error(exc: Exception) -> bool:
    message = str(exc)
    return "Could not set lock" in message or "Conflicting lock" in message


def _holder(exc: Exception) -> str:
    match = re.search(r"\(PID (\d+)\)", str(exc))
    return f"process {match.group(1)}" if match else "another process"


def connect(
    db_path: str | Path | None = None,
    *,
    read_only: bool = False,
    wait_seconds: float = 0.0,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates the schema and views if missing.

    While another process holds the file, retry for ``wait_seconds`` and then raise
    :class:`WarehouseLocked` with a message that names the holder.
    """
    path = Path(db_path) if db_path else default_db_path()
    if read_only and not path.exists():
        raise WarehouseError(f"no database at {path}: run `baoxun run` first (or pass --db)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise WarehouseError(f"cannot open {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                verb = "read" if read_only else "write"
                raise WarehouseLocked(
                    f"{path} is in use by {_holder(exc)} (a `baoxun run` still loading?); "
                    f"cannot {verb} it now. Try again when that run has finished."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
    if not read_only:
        ensure_schema(con)
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, add columns a newer schema declares, and (re)create the views.

    The schema is ``schema.sql`` and the event tables the record declarations imply (warehouse/ddl.py).
    """
    from warehouse.ddl import schema_sql, views_sql

    schema, views = schema_sql(), views_sql()
    fingerprint = _schema_fingerprint(schema, views)
    if _schema_is_current(con, fingerprint):
        return  # the same schema set this file up: ~0.35 s of DDL saved on every run
    migrate_columns(con, schema)
    con.execute(schema)
    con.execute(views)
    _record_fingerprint(con, fingerprint)


# Bookkeeping apart from the user's tables (schema ``main``): exports and ``SHOW TABLES`` skip it.
_META = "baoxun_meta"
_MAIN_TABLES = ("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                "AND schema_name = 'main' ORDER BY 1")
_MAIN_VIEWS = ("SELECT view_name FROM duckdb_views() WHERE database_name = current_database() "
               "AND schema_name = 'main' AND NOT internal ORDER BY 1")


def _schema_fingerprint(schema: str, views: str) -> str:
    import hashlib

    return hashlib.sha256("\0".join((schema, views, duckdb.__version__)).encode("utf-8")).hexdigest()


def _schema_is_current(con: duckdb.DuckDBPyConnection, fingerprint: str) -> bool:
    """The recorded schema is this one, and no table or view it made was dropped since."""
    try:
        row = con.execute(f"SELECT fingerprint, tables, views FROM {_META}.schema_state").fetchone()
    except duckdb.CatalogException:
        return False  # a new file, or one made before the record existed
    if row is None or row[0] != fingerprint or not row[1]:
        return False
    tables = {n for (n,) in con.execute(_MAIN_TABLES).fetchall()}
    views = {n for (n,) in con.execute(_MAIN_VIEWS).fetchall()}
    return set(row[1]) <= tables and set(row[2] or ()) <= views


def _record_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    tables = [n for (n,) in con.execute(_MAIN_TABLES).fetchall()]
    views = [n for (n,) in con.execute(_MAIN_VIEWS).fetchall()]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {_META}")
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {_META}.schema_state (fingerprint VARCHAR, tables VARCHAR[], views VARCHAR[], applied_at TIMESTAMP)"
    )
    con.execute(f"COMMENT ON TABLE {_META}.schema_state IS 'baoxun''s own bookkeeping: the schema this file was last "
                "set up with (a hash of its DDL and DuckDB''s version), so a run with the same schema skips the DDL'")
    con.execute(f"DELETE FROM {_META}.schema_state")
    con.execute(f"INSERT INTO {_META}.schema_state VALUES (?, ?, ?, current_localtimestamp())", [fingerprint, tables, views])


def _columns_by_table(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() ORDER BY table_name, column_index"
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        tables.setdefault(table, []).append((column, data_type))
    return tables


def migrate_columns(con: duckdb.DuckDBPyConnection, schema_sql: str) -> list[str]:
    """Add to existing tables the columns the schema declares and they lack (additive only).

    A database made by an older baoxun keeps its rows; the new columns start NULL and fill in
    when the changed extractor version re-extracts the issues on the next run.
    """
    reference = duckdb.connect(":memory:")
    try:
        reference.execute(schema_sql)
        wanted = _columns_by_table(reference)
    finally:
        reference.close()
    present = _columns_by_table(con)
    added: list[str] = []
    for table, columns in wanted.items():
        if table not in present:
            continue  # created by the schema itself
        have = {name for name, _ in present[table]}
        for name, data_type in columns:
            if name not in have:
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {data_type}')
                added.append(f"{table}.{name}")
    return added


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [r[0] for r in rows]


def connect_for_query(db_path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection that cannot reach the file system (no COPY, ATTACH, read_csv, INSTALL),
    with its configuration locked so a query cannot switch that back on."""
    path = Path(db_path) if db_path else default_db_path()
    if not path.exists():
        raise WarehouseError(f"no database at {path}: run `baoxun run` first (or pass --db)")
    try:
        return duckdb.connect(
            str(path),
            read_only=True,
            config={
                "enable_external_access": False,
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "lock_configuration": True,
            },
        )
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            raise WarehouseLocked(
                f"{path} is being written by {_holder(exc)} (a `baoxun run` still loading?); "
                "DuckDB lets no other process read it meanwhile. Try again when that run has finished."
            ) from exc
        raise WarehouseError(f"cannot open {path}: {exc}") from exc
