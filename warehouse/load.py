"""Loading processed issues: one transaction per batch, delete-then-insert by issue, via Arrow.

A batch either lands whole or not at all, so a crash never leaves a half-loaded issue, and
re-loading an issue replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import duckdb

from extractors.ids import article_id_for
from extractors.pipeline import ProcessedIssue
from extractors.registry import event_tables

if TYPE_CHECKING:
    import pyarrow as pa

# pyarrow is imported where rows are written, not with this module: importing it starts a thread
# (jemalloc's), and the process extraction workers are forked from imports this module (through
# flows.ingest and flows.discover) and must have no thread running when it forks.


def issue_tables() -> tuple[str, ...]:
    """The tables whose rows belong to an issue (deleted and rewritten with it): articles and
    every declared event table."""
    return ("articles", *event_tables())


def warehouse_tables() -> tuple[str, ...]:
    """The tables a run writes, in the order a run summary lists them."""
    return ("issues", *issue_tables(), "ingest_errors")


def __getattr__(name: str):
    # EVENT_TABLES and ISSUE_TABLES, read from the registry when asked for (a type declared later counts).
    if name == "EVENT_TABLES":
        return event_tables()
    if name == "ISSUE_TABLES":
        return issue_tables()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, kw_only=True)
class IngestError:
    """A file the run could not load, and why (a row of ``ingest_errors``)."""

    source_path: str
    error_kind: str
    message: str
    content_sha256: str | None = None


class SchemaMismatch(RuntimeError):
    """A record carries a field the table has no column for: the schema and records disagree."""


def _arrow_schema(con: duckdb.DuckDBPyConnection, table: str) -> "pa.Schema":
    return con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema


_ROWS_PER_BATCH = 2048
# The name under which a batch's Arrow rows are visible to the INSERT that copies them.
_ROWS_VIEW = "_baoxun_rows"


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    if not rows:
        return 0
    import pyarrow as pa

    schema = _arrow_schema(con, table)
    unknown = set().union(*(r.keys() for r in rows)) - set(schema.names)
    if unknown:
        raise SchemaMismatch(f"{table} has no column for {sorted(unknown)}: declare them (extractors/records.py) or add them to schema.sql")
    # Built and handed over a slice of rows at a time, so only one slice's encoded text is alive:
    # the articles of a 50 MB issue are 50 MB of bodies, encoded and copied into Arrow once more.
    def batches():
        for first in range(0, len(rows), _ROWS_PER_BATCH):
            chunk = rows[first : first + _ROWS_PER_BATCH]
            yield pa.RecordBatch.from_arrays([_column([r.get(f.name) for r in chunk], f.type) for f in schema], schema=schema)

    reader = pa.RecordBatchReader.from_batches(schema, batches())
    con.register(_ROWS_VIEW, reader)
    # Unregistered only after a successful insert: a failed one aborts the transaction, where
    # unregistering raises a TransactionException that would hide the real error (out of memory,
    # a bad value) and look transient to the retries. load_batch unregisters after its ROLLBACK.
    con.execute(f"INSERT INTO {table} SELECT * FROM {_ROWS_VIEW}")
    con.unregister(_ROWS_VIEW)
    del reader
    # Arrow's allocator keeps freed blocks for reuse; a 50 MB issue's columns are not reused.
    pa.default_memory_pool().release_unused()
    return len(rows)


def _column(values: list, arrow_type: "pa.DataType") -> "pa.Array":
    """One column for Arrow. Text goes through bytes encoded here: Arrow, given a ``str``, asks
    Python for its UTF-8 form, which Python then keeps inside the string for the string's life
    (an issue's text and its articles' bodies: twice their size in memory until the run ends)."""
    import pyarrow as pa

    if pa.types.is_string(arrow_type):
        encoded = [v.encode("utf-8") if isinstance(v, str) else v for v in values]
        return pa.array(encoded, type=pa.binary()).view(pa.string())
    return pa.array(values, type=arrow_type)


def _record_rows(issue: ProcessedIssue) -> dict[str, list[dict]]:
    by_table: dict[str, list[dict]] = {}
    issue_id = issue.ctx.issue_id
    for table, records in issue.records.items():
        rows = by_table.setdefault(table, [])
        for record in records:
            row = record.row()
            seq = row.pop("article_seq")
            row["issue_id"] = issue_id
            row["article_id"] = None if seq is None else article_id_for(issue_id, seq)
            rows.append({k: list(v) if isinstance(v, tuple) else v for k, v in row.items()})
    return by_table


def _issue_row(issue: ProcessedIssue, load_id: str, now: datetime) -> dict:
    ctx = issue.ctx
    return {
        "issue_id": ctx.issue_id,
        "source_path": issue.source_path,
        "content_sha256": issue.content_sha256,
        "issue_date": ctx.issue_date,
        "issue_date_source": ctx.issue_date_source,
        "issue_date_reason": issue.issue_date_reason,
        "paper": ctx.paper,
        "edition": ctx.edition,
        "area_code": ctx.area_code,
        "encoding": issue.encoding,
        "char_count": len(issue.text),
        "article_count": len(issue.articles),
        "ingested_at": now,
        "extractor_version": issue.extractor_version,
        "run_fingerprint": issue.fingerprint,
        "load_id": load_id,
        "text": issue.text,
    }


def _article_rows(issue: ProcessedIssue) -> list[dict]:
    issue_id = issue.ctx.issue_id
    return [
        {
            "article_id": article_id_for(issue_id, a.seq),
            "issue_id": issue_id,
            "seq": a.seq,
            "kind": a.kind,
            "title": a.title,
            "subtitle": a.subtitle,
            "section": a.section,
            "byline": a.byline,
            "body": a.body,
            "char_start": a.char_start,
            "char_end": a.char_end,
            "lead_title": a.lead_title,
            "page_name": a.page_name,
            "page_no": a.page_no,
            "source_page": a.source_page,
        }
        for a in issue.articles
    ]


def delete_issues(con: duckdb.DuckDBPyConnection, source_paths: Iterable[str], issue_ids: Iterable[str]) -> None:
    """Delete every row of the issues loaded from these files or under these ids."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _baoxun_doomed AS "
        "SELECT issue_id FROM issues WHERE list_contains(?, source_path) OR list_contains(?, issue_id)",
        [list(source_paths), list(issue_ids)],
    )
    for table in (*issue_tables(), "issues"):
        con.execute(f"DELETE FROM {table} WHERE issue_id IN (SELECT issue_id FROM _baoxun_doomed)")
    con.execute("DROP TABLE _baoxun_doomed")


def load_batch(
    con: duckdb.DuckDBPyConnection,
    issues: Sequence[ProcessedIssue],
    errors: Sequence[IngestError] = (),
    *,
    load_id: str,
) -> dict[str, int]:
    """Write a batch in one transaction; returns rows written per table."""
    now = datetime.now()
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        loaded_paths = [i.source_path for i in issues]
        delete_issues(con, loaded_paths, [i.ctx.issue_id for i in issues])
        cleared = loaded_paths + [e.source_path for e in errors]
        if cleared:
            con.execute("DELETE FROM ingest_errors WHERE list_contains(?, source_path)", [cleared])
        if loaded_paths:
            # The pages of an e-paper day folder that loaded: their old page errors are settled.
            con.execute(
                "DELETE FROM ingest_errors WHERE list_has_any(?, [regexp_extract(source_path, '^(.*)/[^/]*$', 1)])"
                " AND NOT list_contains(?, source_path)",
                [loaded_paths, [e.source_path for e in errors]],
            )
        counts["issues"] = _insert_rows(con, "issues", [_issue_row(i, load_id, now) for i in issues])
        counts["articles"] = _insert_rows(con, "articles", [r for i in issues for r in _article_rows(i)])
        merged: dict[str, list[dict]] = {}
        for issue in issues:
            for table, rows in _record_rows(issue).items():
                merged.setdefault(table, []).extend(rows)
        for table in event_tables():
            counts[table] = _insert_rows(con, table, merged.get(table, []))
        counts["ingest_errors"] = _insert_rows(
            con,
            "ingest_errors",
            [
                {
                    "source_path": e.source_path,
                    "error_kind": e.error_kind,
                    "message": e.message,
                    "seen_at": now,
                    "load_id": load_id,
                    "content_sha256": e.content_sha256,
                }
                for e in errors
            ],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        with contextlib.suppress(duckdb.Error):
            con.unregister(_ROWS_VIEW)  # the rows of a failed insert (none if it failed elsewhere)
        raise
    return counts


def loaded_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """source_path -> (content_sha256, run_fingerprint) of every loaded issue."""
    rows = con.execute("SELECT source_path, content_sha256, run_fingerprint FROM issues").fetchall()
    return {path: (sha, fingerprint) for path, sha, fingerprint in rows}
