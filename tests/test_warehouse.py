"""The warehouse: schema agrees with the records, batches load whole or not at all, re-loads replace."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import duckdb
import pytest

from extractors.pipeline import SourceMeta, process_issue
from extractors.registry import record_types
from tests.conftest import RAW
from warehouse import db as warehouse_db
from warehouse import load as loader


def processed(name: str, issue_date: date = date(2023, 12, 1)):
    return process_issue((RAW / name).read_bytes(), SourceMeta(source_path=name, issue_date=issue_date, paper="太原日报"))


@pytest.fixture
def con(db_file):
    connection = warehouse_db.connect(db_file)
    yield connection
    connection.close()


def contents(con, table: str) -> list[tuple]:
    return sorted(con.execute(f"SELECT * EXCLUDE (ingested_at, load_id) FROM {table}" if table == "issues" else f"SELECT * FROM {table}").fetchall(), key=repr)


@pytest.mark.parametrize("record_type", record_types(), ids=lambda t: t.TABLE)
def test_every_record_field_has_a_column(con, record_type):
    columns = set(warehouse_db.table_columns(con, record_type.TABLE))
    fields = {f.name for f in dataclasses.fields(record_type)} - {"article_seq"}
    assert fields <= columns
    assert {"issue_id", "article_id", "evidence", "char_start", "char_end"} <= columns


def test_every_table_and_column_has_a_comment(con):
    missing = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND (comment IS NULL OR comment = '')"
    ).fetchall()
    assert missing == []
    tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''").fetchall()
    assert tables == []


def test_reload_replaces_instead_of_duplicating(con):
    batch = [processed(name) for name in ("000_c8ec1aa436eee989.txt", "001_5d41c8aedcc40f6a.txt")]
    loader.load_batch(con, batch, load_id="one")
    first = {t: contents(con, t) for t in ("issues", *loader.issue_tables())}
    loader.load_batch(con, batch, load_id="two")
    second = {t: contents(con, t) for t in ("issues", *loader.issue_tables())}
    assert first == second
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == 2


def test_a_failing_batch_leaves_nothing_behind(con, monkeypatch):
    loader.load_batch(con, [processed("000_c8ec1aa436eee989.txt")], load_id="ok")
    before = {t: contents(con, t) for t in ("issues", *loader.issue_tables())}
    real_insert = loader._insert_rows

    def failing_insert(connection, table, rows, schemas=None):
        if table == "articles":
            raise duckdb.IOException("disk full (simulated)")
        return real_insert(connection, table, rows)

    monkeypatch.setattr(loader, "_insert_rows", failing_insert)
    batch = [processed("000_c8ec1aa436eee989.txt"), processed("002_2e69895ebe9f1e8b.txt", date(2021, 12, 21))]
    with pytest.raises(duckdb.IOException):
        loader.load_batch(con, batch, load_id="bad")
    after = {t: contents(con, t) for t in ("issues", *loader.issue_tables())}
    assert after == before


def every_table(con) -> dict[str, list[tuple]]:
    return {t: contents(con, t) for t in loader.warehouse_tables()}


def test_rows_made_in_a_worker_load_as_the_issues_themselves(tmp_path):
    issues = [processed(n) for n in sorted(p.name for p in RAW.glob("*.txt"))]
    direct = warehouse_db.connect(tmp_path / "direct.duckdb")
    loader.load_batch(direct, issues, load_id="x")
    handed_over = pickle.loads(pickle.dumps(loader.issue_rows(issues)))  # as a worker process sends them
    made = warehouse_db.connect(tmp_path / "made.duckdb")
    loader.load_batch(made, handed_over, load_id="x")
    assert every_table(made) == every_table(direct)
    assert made.execute("SELECT count(*) FROM issues WHERE load_id = 'x' AND ingested_at IS NOT NULL").fetchone()[0] == len(issues)
    direct.close()
    made.close()


# largest_chars: every text encoded; only the shortest bodies; the default.
@pytest.mark.parametrize("largest_chars", [10**9, 10, loader.ENCODED_TEXT_MAX_CHARS])
def test_texts_encoded_in_a_worker_load_as_the_texts_themselves(tmp_path, largest_chars):
    issues = [processed(n) for n in sorted(p.name for p in RAW.glob("*.txt"))]
    direct = warehouse_db.connect(tmp_path / "direct.duckdb")
    loader.load_batch(direct, issues, load_id="x")
    rows = loader.issue_rows(issues)
    sizes = rows.encode_texts(largest_chars)
    assert sizes == [len(issue.text.encode("utf-8")) for issue in issues]
    texts = rows.tables["issues"].values["text"] + rows.tables["articles"].values["body"]
    encoded = [t for t in texts if isinstance(t, bytes)]
    assert len(encoded) == sum(1 for t in texts if len(t.decode("utf-8") if isinstance(t, bytes) else t) <= largest_chars)
    assert (len(encoded) == len(texts)) == (largest_chars > 10)
    made = warehouse_db.connect(tmp_path / "made.duckdb")
    loader.load_batch(made, pickle.loads(pickle.dumps(rows)), load_id="x")
    assert every_table(made) == every_table(direct)
    direct.close()
    made.close()


@pytest.mark.parametrize(("text", "chunk"), [("", 4), ("abc", 2), ("本报讯a", 1), ("本报讯" * 5, 4), ("𠀀x本", 2)])
def test_utf8_size_counted_a_slice_at_a_time(text, chunk):
    assert loader.utf8_size(text, chunk) == len(text.encode("utf-8"))


SAMPLE_NAMES = ("000_c8ec1aa436eee989.txt", "001_5d41c8aedcc40f6a.txt", "002_2e69895ebe9f1e8b.txt")


@pytest.mark.parametrize("picked", [[0], [1], [2], [2, 0], []])
def test_some_issues_of_a_batchs_rows_load_as_those_issues_alone(tmp_path, picked):
    issues = [processed(name) for name in SAMPLE_NAMES]
    alone = warehouse_db.connect(tmp_path / "alone.duckdb")
    loader.load_batch(alone, [issues[i] for i in picked], load_id="x")
    rows = loader.issue_rows(issues)
    picked_rows = rows.of(picked[0]) if len(picked) == 1 else rows.among(picked)
    from_batch = warehouse_db.connect(tmp_path / "from_batch.duckdb")
    loader.load_batch(from_batch, picked_rows, load_id="x")
    assert every_table(from_batch) == every_table(alone)
    assert len(every_table(alone)["issues"]) == len(picked)
    alone.close()
    from_batch.close()


@pytest.mark.parametrize(("kept", "times_asked"), [(True, 1), (False, len(SAMPLE_NAMES))])
def test_batches_given_a_dict_to_keep_them_in_ask_for_each_tables_schema_once(con, kept, times_asked):
    asked: list[str] = []

    class CountingSchemaQueries:
        def __init__(self, connection):
            self.connection = connection

        def sql(self, query):
            asked.append(query)
            return self.connection.sql(query)

        def __getattr__(self, name):
            return getattr(self.connection, name)

    schemas: dict | None = {} if kept else None
    for name in SAMPLE_NAMES:
        loader.load_batch(CountingSchemaQueries(con), [processed(name)], load_id="x", schemas=schemas)
    assert asked.count("SELECT * FROM issues LIMIT 0") == times_asked  # every batch writes an issues row
    assert max(asked.count(query) for query in asked) == times_asked
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == len(SAMPLE_NAMES)


def test_evidence_is_the_text_at_its_offsets(con):
    loader.load_batch(con, [processed(n) for n in sorted(p.name for p in RAW.glob("*.txt"))], load_id="x")
    for table in loader.event_tables():
        bad = con.execute(
            f"SELECT t.evidence FROM {table} t JOIN issues i USING (issue_id) "
            "WHERE substr(i.text, t.char_start + 1, t.char_end - t.char_start) <> t.evidence"
        ).fetchall()
        assert bad == [], table


def test_errors_are_recorded_and_cleared_when_the_file_loads(con):
    error = loader.IngestError(source_path="000_c8ec1aa436eee989.txt", error_kind="decode", message="bad bytes")
    loader.load_batch(con, [], [error], load_id="one")
    assert con.execute("SELECT error_kind FROM ingest_errors").fetchall() == [("decode",)]
    loader.load_batch(con, [processed("000_c8ec1aa436eee989.txt")], load_id="two")
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0


def test_schema_mismatch_is_caught(con):
    with pytest.raises(loader.SchemaMismatch):
        loader._insert_rows(con, "ingest_errors", [{"source_path": "x", "no_such_column": 1}])


def test_readers_cannot_write_or_touch_files(db_file, con):
    con.close()
    reader = warehouse_db.connect_for_query(db_file)
    for statement in ("INSERT INTO loads (load_id) VALUES ('x')", "COPY issues TO '/tmp/x.csv'", "SELECT * FROM read_csv('/etc/passwd')", "ATTACH '/tmp/other.duckdb'", "SET enable_external_access = true"):
        with pytest.raises(duckdb.Error):
            reader.execute(statement)
    reader.close()


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(warehouse_db.WarehouseError, match="baoxun run"):
        warehouse_db.connect_for_query(tmp_path / "none.duckdb")


def test_an_older_database_gains_new_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    old.execute("CREATE TABLE conscription_windows (event_id VARCHAR NOT NULL, issue_id VARCHAR NOT NULL, year INTEGER NOT NULL)")
    old.execute("INSERT INTO conscription_windows VALUES ('cw_1', 'iss_1', 2024)")
    old.close()
    con = warehouse_db.connect(path)
    columns = warehouse_db.table_columns(con, "conscription_windows")
    assert {"gender", "half", "start_date", "end_date", "evidence", "char_start"} <= set(columns)
    assert con.execute("SELECT event_id, year, gender FROM conscription_windows").fetchall() == [("cw_1", 2024, None)]
    con.close()


def _compressions(con, table: str, column: str) -> set[str]:
    rows = con.execute(
        f"SELECT DISTINCT compression FROM pragma_storage_info('{table}') WHERE column_name = ? AND segment_type = 'VARCHAR'",
        [column],
    ).fetchall()
    return {c for (c,) in rows} - {"Constant"}  # a segment of one repeated value is stored as a constant


def test_article_bodies_are_stored_with_zstd_after_a_checkpoint(tmp_path):
    """DuckDB would try every string compression on the bodies at each checkpoint and keep FSST:
    the schema names zstd instead (the writer's CPU, the file's size)."""
    path = tmp_path / "w.duckdb"
    con = warehouse_db.connect(path)
    loader.load_batch(con, [processed(name) for name in SAMPLE_NAMES], load_id="x")
    con.execute("CHECKPOINT")
    assert _compressions(con, "articles", "body") == {"ZSTD"}
    assert _compressions(con, "articles", "title") != {"ZSTD"}  # short columns: DuckDB's own choice
    con.close()


def test_a_database_made_before_bodies_were_zstd_loads_and_reads_as_before(tmp_path):
    path = tmp_path / "old.duckdb"
    con = warehouse_db.connect(path)
    con.execute("UPDATE baoxun_meta.schema_state SET fingerprint = 'an older baoxun'")
    con.close()
    old = duckdb.connect(str(path))
    old.execute("DROP TABLE articles")
    old.execute(warehouse_db_articles_ddl().replace(" USING COMPRESSION ZSTD", ""))
    old.close()
    con = warehouse_db.connect(path)
    issues = [processed(name) for name in SAMPLE_NAMES]
    loader.load_batch(con, issues, load_id="x")
    con.execute("CHECKPOINT")
    assert _compressions(con, "articles", "body") != {"ZSTD"}  # the old table keeps its storage
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == sum(len(i.articles) for i in issues)
    con.close()


def warehouse_db_articles_ddl() -> str:
    from warehouse.ddl import schema_sql

    schema = schema_sql()
    start = schema.index("CREATE TABLE IF NOT EXISTS articles")
    return schema[start : schema.index(";", start) + 1]


# --- the schema is set up once per schema, not on every connection ----------------------------


def test_a_second_connection_with_the_same_schema_runs_no_ddl(tmp_path, monkeypatch):
    from warehouse import db

    path = tmp_path / "w.duckdb"
    db.connect(path).close()

    def no_ddl(*args, **kwargs):
        raise AssertionError("the schema was applied again")

    monkeypatch.setattr(db, "migrate_columns", no_ddl)
    con = db.connect(path)
    assert "deadlines" in {n for (n,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()


@pytest.mark.parametrize(
    "change",
    [
        "DROP VIEW deadlines",  # dropped by hand
        "DROP TABLE fetch_log",
        "UPDATE baoxun_meta.schema_state SET fingerprint = 'an older baoxun'",  # a newer schema arrives
        "DROP TABLE baoxun_meta.schema_state",  # a file from before the record existed
    ],
)
def test_the_schema_is_applied_again_when_it_changed_or_something_is_missing(tmp_path, change):
    from warehouse import db

    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    con.execute(change)
    con.close()
    con = db.connect(path)
    assert "deadlines" in {n for (n,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert "fetch_log" in {n for (n,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    fingerprint = con.execute("SELECT fingerprint FROM baoxun_meta.schema_state").fetchone()[0]
    assert fingerprint != "an older baoxun" and len(fingerprint) == 64
    con.close()


def test_the_bookkeeping_is_not_among_the_users_tables(tmp_path):
    from warehouse import db

    con = db.connect(tmp_path / "w.duckdb")
    mains = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    assert "schema_state" not in mains
    con.close()


def test_rows_are_handed_to_duckdb_a_slice_at_a_time_and_all_arrive_in_order():
    """_insert_rows builds Arrow a slice of rows at a time (only one slice's encoded text alive);
    every row lands once, text, nulls and lists intact, in order, across slice boundaries."""
    import duckdb

    from warehouse import load

    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE t (n INTEGER, body VARCHAR, tags VARCHAR[])")
    count = 2 * load._ROWS_PER_BATCH + 7
    rows = [{"n": i, "body": None if i % 11 == 0 else f"第{i}条消息，全文照登。", "tags": [str(i), "甲"] if i % 3 else []}
            for i in range(count)]
    assert load._insert_rows(con, "t", rows) == count
    got = con.execute("SELECT n, body, tags FROM t").fetchall()
    assert got == [(r["n"], r["body"], r["tags"]) for r in rows]


@pytest.mark.parametrize(("largest_batch_bytes", "released"), [(0, False), (loader._RELEASE_AFTER_BYTES, False), (loader._RELEASE_AFTER_BYTES + 1, True)])
def test_arrow_memory_is_given_back_only_after_a_giant_batch(largest_batch_bytes, released):
    assert loader._release_arrow_memory(largest_batch_bytes) is released


@pytest.mark.parametrize(("threshold", "released"), [(10**9, False), (1000, True)])
def test_an_insert_reports_its_largest_arrow_batch(con, monkeypatch, threshold, released):
    monkeypatch.setattr(loader, "_RELEASE_AFTER_BYTES", threshold)
    calls: list[bool] = []
    real = loader._release_arrow_memory
    monkeypatch.setattr(loader, "_release_arrow_memory", lambda size: calls.append(real(size)) or calls[-1])
    loader.load_batch(con, [processed("000_c8ec1aa436eee989.txt")], load_id="x")
    assert calls and any(calls) is released
