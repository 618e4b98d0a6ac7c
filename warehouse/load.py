"""Loading processed issues: one transaction per batch, delete-then-insert by issue, via Arrow.

A batch either lands whole or not at all, so a crash never leaves a half-loaded issue, and
re-loading an issue replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING

import duckdb

from extractors.event_types import Evidence
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


def _arrow_schema(con: duckdb.DuckDBPyConnection, table: str, known: dict | None = None) -> "pa.Schema":
    """The table's Arrow schema; ``known``, when given, keeps the schemas already asked for (a run's
    connection keeps its tables as they were when it connected, and asking is a query a table)."""
    schema = None if known is None else known.get(table)
    if schema is None:
        schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
        if known is not None:
            known[table] = schema
    return schema


_ROWS_PER_BATCH = 2048
# An Arrow record batch larger than this (a giant issue's text or bodies) is given back to the
# system after its insert; a day's issues make a few MB at most.
_RELEASE_AFTER_BYTES = 32 << 20
# The name under which a batch's Arrow rows are visible to the INSERT that copies them.
_ROWS_VIEW = "_baoxun_rows"


class Columns:
    """Rows of one table held as columns: a list of values per column name, every list as long.

    A batch's rows are built this way once, column by column, instead of a dict per row; pickled
    (from an extraction worker to the run's own process) they are lists of plain values, not records.
    """

    __slots__ = ("values", "length")

    def __init__(self, values: dict[str, list] | None = None, length: int = 0) -> None:
        self.values: dict[str, list] = values if values is not None else {}
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getstate__(self) -> tuple:
        return self.values, self.length

    def __setstate__(self, state: tuple) -> None:
        self.values, self.length = state

    @classmethod
    def from_rows(cls, rows: Sequence[dict]) -> Columns:
        """Dict rows as columns; a row without a key has None there."""
        names = dict.fromkeys(itertools.chain.from_iterable(rows))
        return cls({name: [row.get(name) for row in rows] for name in names}, len(rows))

    def column(self, name: str, start: int, stop: int) -> list:
        values = self.values.get(name)
        return [None] * (stop - start) if values is None else values[start:stop]

    def slice(self, start: int, stop: int) -> Columns:
        return Columns({name: values[start:stop] for name, values in self.values.items()}, stop - start)

    def extend(self, values: dict[str, list], count: int) -> None:
        """Append ``count`` rows given as columns; a column missing on either side is None there."""
        for name in values.keys() - self.values.keys():
            self.values[name] = [None] * self.length
        for name, column in self.values.items():
            added = values.get(name)
            column.extend([None] * count if added is None else added)
        self.length += count


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict] | Columns, schemas: dict | None = None
) -> int:
    columns = rows if isinstance(rows, Columns) else Columns.from_rows(rows)
    if not len(columns):
        return 0
    import pyarrow as pa

    schema = _arrow_schema(con, table, schemas)
    unknown = columns.values.keys() - set(schema.names)
    if unknown:
        raise SchemaMismatch(f"{table} has no column for {sorted(unknown)}: declare them (extractors/records.py) or add them to schema.sql")
    # Built and handed over a slice of rows at a time, so only one slice's encoded text is alive:
    # the articles of a 50 MB issue are 50 MB of bodies, encoded and copied into Arrow once more.
    largest = 0

    def batches():
        nonlocal largest
        for first in range(0, len(columns), _ROWS_PER_BATCH):
            stop = min(first + _ROWS_PER_BATCH, len(columns))
            batch = pa.RecordBatch.from_arrays(
                [_column(columns.column(f.name, first, stop), f.type, (table, f.name) in _WHOLE_TEXT_COLUMNS) for f in schema],
                schema=schema)
            largest = max(largest, batch.nbytes)
            yield batch

    reader = pa.RecordBatchReader.from_batches(schema, batches())
    con.register(_ROWS_VIEW, reader)
    # Unregistered only after a successful insert: a failed one aborts the transaction, where
    # unregistering raises a TransactionException that would hide the real error (out of memory,
    # a bad value) and look transient to the retries. load_batch unregisters after its ROLLBACK.
    con.execute(f"INSERT INTO {table} SELECT * FROM {_ROWS_VIEW}")
    con.unregister(_ROWS_VIEW)
    del reader
    # Arrow's allocator keeps freed blocks for reuse; a 50 MB issue's columns are not reused. Not
    # released after an ordinary batch: its blocks serve the next, and released they came back as
    # fresh pages the kernel zeroed (~4 % of the loading process's CPU on the team corpus).
    _release_arrow_memory(largest)
    return len(columns)


def _release_arrow_memory(largest_batch_bytes: int) -> bool:
    """Give Arrow's freed blocks back to the system after an insert whose largest record batch
    passed ``_RELEASE_AFTER_BYTES``; says whether it did."""
    if largest_batch_bytes <= _RELEASE_AFTER_BYTES:
        return False
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    return True


# The columns that hold whole texts: an issue's text and its articles' bodies, most of a batch's
# bytes (IssueRows.encode_texts hands them over as bytes).
_WHOLE_TEXT_COLUMNS = frozenset({("issues", "text"), ("articles", "body")})


def _column(values: list, arrow_type: "pa.DataType", whole_texts: bool = False) -> "pa.Array":
    """One column for Arrow. A column of whole texts goes through bytes encoded here: Arrow, given
    a ``str``, asks Python for its UTF-8 form, which Python then keeps inside the string for the
    string's life (an issue's text and its articles' bodies would be held twice while loaded). A
    value that is ``bytes`` already (a text a worker encoded: IssueRows.encode_texts) is taken as it
    is. Other text columns (names, places, evidence spans) are handed to Arrow as they are: their
    strings go with the batch, and encoding them one by one in Python was ~8 % of the loading
    thread's CPU. A tuple (a record's list field) is taken as a list."""
    import pyarrow as pa

    if whole_texts and pa.types.is_string(arrow_type):
        encoded = [v.encode("utf-8") if isinstance(v, str) else v for v in values]
        return pa.array(encoded, type=pa.binary()).view(pa.string())
    return pa.array(values, type=arrow_type)


# The fields Evidence.row() reads, by record type (dataclasses.fields per record was most of the
# time spent turning records into rows).
_ROW_FIELDS: dict[type, tuple[str, ...]] = {}


def _row_fields(record_type: type) -> tuple[str, ...] | None:
    """The record type's fields in Evidence.row()'s order; None when the type has a row() of its own."""
    if record_type.row is not Evidence.row:
        return None
    names = _ROW_FIELDS.get(record_type)
    if names is None:
        names = _ROW_FIELDS[record_type] = tuple(f.name for f in dataclasses.fields(record_type))
    return names


def _record_columns(issue_id: str, records: Sequence[Evidence]) -> tuple[dict[str, list], int]:
    """An issue's records of one table as columns: each record's row(), ``article_seq`` replaced
    by ``article_id``, with the ``issue_id``."""
    columns = Columns()
    for record_type, group in itertools.groupby(records, type):
        group = list(group)
        names = _row_fields(record_type)
        if names is None:
            values = Columns.from_rows([record.row() for record in group]).values
        elif len(names) == 1:
            values = {names[0]: [getattr(record, names[0]) for record in group]}
        else:
            values = dict(zip(names, map(list, zip(*map(attrgetter(*names), group)))))
        seqs = values.pop("article_seq")
        values["issue_id"] = [issue_id] * len(group)
        values["article_id"] = [None if seq is None else article_id_for(issue_id, seq) for seq in seqs]
        columns.extend(values, len(group))
    return columns.values, columns.length


def _issue_row(issue: ProcessedIssue) -> dict:
    """The issue's row but ``load_id`` and ``ingested_at``, which the load that writes it stamps
    (:func:`_stamped`): its rows may be built before, in an extraction worker (:func:`issue_rows`)."""
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
        "extractor_version": issue.extractor_version,
        "run_fingerprint": issue.fingerprint,
        "text": issue.text,
    }


_ARTICLE_FIELDS = (
    "seq", "kind", "title", "subtitle", "section", "byline", "body", "char_start", "char_end",
    "lead_title", "page_name", "page_no", "source_page",
)
_article_values = attrgetter(*_ARTICLE_FIELDS)


def _article_columns(issue: ProcessedIssue) -> tuple[dict[str, list], int]:
    issue_id = issue.ctx.issue_id
    count = len(issue.articles)
    if not count:
        return {}, 0
    values = dict(zip(_ARTICLE_FIELDS, map(list, zip(*map(_article_values, issue.articles)))))
    values["article_id"] = [article_id_for(issue_id, seq) for seq in values["seq"]]
    values["issue_id"] = [issue_id] * count
    return values, count


# Texts up to this many characters are handed from a worker to the loading process as UTF-8 bytes
# (IssueRows.encode_texts): every article body, and every issue's text but a giant's.
ENCODED_TEXT_MAX_CHARS = 1 << 20


def utf8_size(text: str, chunk: int = 1 << 20) -> int:
    """The text's size in UTF-8, encoded a slice at a time (a 50 MB issue is not copied whole)."""
    return sum(len(text[start : start + chunk].encode("utf-8")) for start in range(0, len(text), chunk))


@dataclass(kw_only=True)
class IssueRows:
    """Issues made into the rows the warehouse stores: each table's rows as :class:`Columns`, in
    the order of the issues, and how many rows of each table every issue has.

    Built where the issues were extracted (an extraction worker process; see flows/ingest.py), so
    the process that loads them neither unpickles records nor turns them into rows.
    ``issues.load_id`` and ``issues.ingested_at`` are left out: :func:`load_batch` stamps them.
    """

    source_paths: list[str]
    issue_ids: list[str]
    tables: dict[str, Columns]
    counts: dict[str, list[int]]

    def __len__(self) -> int:
        return len(self.source_paths)

    def among(self, indexes: Sequence[int]) -> IssueRows:
        """The rows of the issues at these positions (in this order) alone."""
        tables: dict[str, Columns] = {}
        for table, columns in self.tables.items():
            starts = list(itertools.accumulate(self.counts[table], initial=0))
            kept = Columns()
            for index in indexes:
                part = columns.slice(starts[index], starts[index + 1])
                kept.extend(part.values, len(part))
            tables[table] = kept
        return IssueRows(
            source_paths=[self.source_paths[index] for index in indexes],
            issue_ids=[self.issue_ids[index] for index in indexes],
            tables=tables,
            counts={table: [counts[index] for index in indexes] for table, counts in self.counts.items()},
        )

    def of(self, index: int) -> IssueRows:
        """The rows of the issue at ``index`` alone."""
        return self.among([index])

    def encode_texts(self, largest_chars: int = ENCODED_TEXT_MAX_CHARS) -> list[int]:
        """Turn the issues' texts and the articles' bodies (most of a batch's bytes) into UTF-8
        ``bytes`` here, where they were extracted; returns each issue's text size in UTF-8.

        A worker process pickles a ``str`` as UTF-8 anyway, and the run's own process decoded
        it back only for :func:`_column` to encode it again: handed over as bytes, the loading
        process does neither. A text of more than ``largest_chars`` characters stays a ``str``
        (its UTF-8 size is counted a slice at a time): encoded whole, a 50 MB issue would be held
        twice in the worker while it is pickled.
        """
        for table, column in _WHOLE_TEXT_COLUMNS:  # the columns _column takes as whole texts
            if table in self.tables:
                _encode_in_place(self.tables[table].values.get(column, []), largest_chars)
        texts = self.tables["issues"].values.get("text", [])
        return [len(text) if isinstance(text, bytes) else utf8_size(text) for text in texts]


def _encode_in_place(texts: list, largest_chars: int) -> None:
    """Each ``str`` of ``texts`` of at most ``largest_chars`` characters replaced by its UTF-8 bytes."""
    for index, text in enumerate(texts):
        if isinstance(text, str) and len(text) <= largest_chars:
            texts[index] = text.encode("utf-8")


def issue_rows(issues: Sequence[ProcessedIssue]) -> IssueRows:
    """The rows of these issues, as :func:`load_batch` writes them."""
    tables = {table: Columns() for table in issue_tables()}
    counts: dict[str, list[int]] = {table: [] for table in tables}
    for issue in issues:
        parts = [("articles", _article_columns(issue))]
        parts += [(table, _record_columns(issue.ctx.issue_id, issue.records.get(table, ()))) for table in event_tables()]
        for table, (values, count) in parts:
            tables[table].extend(values, count)
            counts[table].append(count)
    tables["issues"] = Columns.from_rows([_issue_row(issue) for issue in issues])
    counts["issues"] = [1] * len(issues)
    return IssueRows(
        source_paths=[issue.source_path for issue in issues],
        issue_ids=[issue.ctx.issue_id for issue in issues],
        tables=tables,
        counts=counts,
    )


def _stamped(columns: Columns, load_id: str, now: datetime) -> Columns:
    """The issues' rows with the load that writes them and when."""
    return Columns({**columns.values, "ingested_at": [now] * len(columns), "load_id": [load_id] * len(columns)}, len(columns))


def delete_issues(con: duckdb.DuckDBPyConnection, source_paths: Iterable[str], issue_ids: Iterable[str]) -> None:
    """Delete every row of the issues loaded from these files or under these ids."""
    params = [list(source_paths), list(issue_ids)]
    doomed = "SELECT issue_id FROM issues WHERE list_contains(?, source_path) OR list_contains(?, issue_id)"
    if not con.execute(f"SELECT count(*) FROM ({doomed})", params).fetchone()[0]:
        # None loaded before (every batch of a first run): an issue's rows in any table are
        # written with its issues row, so there is nothing to delete: one query, not nine statements.
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE _baoxun_doomed AS {doomed}", params)
    for table in (*issue_tables(), "issues"):
        con.execute(f"DELETE FROM {table} WHERE issue_id IN (SELECT issue_id FROM _baoxun_doomed)")
    con.execute("DROP TABLE _baoxun_doomed")


def load_batch(
    con: duckdb.DuckDBPyConnection,
    issues: Sequence[ProcessedIssue] | IssueRows,
    errors: Sequence[IngestError] = (),
    *,
    load_id: str,
    schemas: dict | None = None,
) -> dict[str, int]:
    """Write a batch in one transaction (its issues, or their rows made by :func:`issue_rows`);
    returns rows written per table.

    ``schemas``: a dict the caller keeps while the tables keep their columns (one run): the tables'
    Arrow schemas are asked for once and kept there, not asked for again every batch.
    """
    now = datetime.now()
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        rows = issues if isinstance(issues, IssueRows) else issue_rows(issues)
        loaded_paths = list(rows.source_paths)
        delete_issues(con, loaded_paths, rows.issue_ids)
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
        counts["issues"] = _insert_rows(con, "issues", _stamped(rows.tables["issues"], load_id, now), schemas)
        for table in issue_tables():
            counts[table] = _insert_rows(con, table, rows.tables.get(table, Columns()), schemas)
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
            schemas,
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
