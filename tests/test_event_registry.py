"""One event type, one place: a record type declared once (``@event_record``) is extracted,
created in DuckDB with a comment on every column, loaded, scored by ``baoxun eval``, listed in the
run summary, shown in the calendar and exported, with nothing else to edit.

The toy type below lives in this file only; the ``open_days`` fixture registers it for one test
and the registry is as before afterwards.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from io import StringIO

import duckdb
import pytest
from rich.console import Console

from extractors import registry
from extractors.ids import stable_id
from extractors.matching import Same, names_overlap, same_moment, same_name
from extractors.pipeline import SourceMeta, process_issue
from extractors.records import Evidence, Issue
from extractors.registry import CalendarEntry, Evaluation, column, event_record
from flows.calendar import build_calendar, categories, fetch_rows
from flows.export import export_parquet
from flows.report import print_eval_report
from warehouse import db as warehouse_db
from warehouse.evaluate import evaluate, event_types
from warehouse.load import load_batch, warehouse_tables

TOY_TABLE = "toy_open_days"
_OPEN_DAY = re.compile(r"Open day: (?P<place>[A-Z][\w ]+?) on (?P<day>\d{4}-\d\d-\d\d), hosted by (?P<host>[A-Z][\w ]+)\.")


def extract_open_days(issue: Issue) -> list[OpenDay]:
    """The toy extractor: "Open day: PLACE on YYYY-MM-DD, hosted by HOST."."""
    found = []
    for article in issue.articles:
        for match in _OPEN_DAY.finditer(article.body):
            day = date.fromisoformat(match["day"])
            found.append(
                OpenDay(
                    event_id=stable_id("toy", match["place"], day),
                    day=day,
                    place=match["place"],
                    host=match["host"],
                    tags=("toy",),
                    **issue.evidence(article, match.start(), match.end()),
                )
            )
    return found


with registry.isolated():  # declared here; registered only while a test uses the open_days fixture

    @event_record(
        table=TOY_TABLE,
        comment="Open days of public buildings (a toy type declared by a test).",
        event_id="Stable id from place + day.",
        extractor="tests.test_event_registry:extract_open_days",
        evaluation=Evaluation(
            key=(Same("day", same_moment), Same("place", names_overlap)),
            headline=(Same("host", same_name),),
        ),
        calendar=(
            CalendarEntry(
                marks="open",
                event_type="toy_open_day",
                category="开放日",
                title="'Open day: ' || place",
                starts_at="CAST(day AS TIMESTAMP)",
                ends_at="CAST(day + INTERVAL 1 DAY AS TIMESTAMP)",
                description="evidence",
                when="day IS NOT NULL",
            ),
        ),
    )
    @dataclass(frozen=True, kw_only=True)
    class OpenDay(Evidence):
        day: date | None = column("Day the building is open to all.")
        place: str = column("The building, as printed.")
        host: str | None = column("Who opens it.")
        tags: tuple[str, ...] = column("Free labels.", default=())


TOY_ISSUE = (
    "Weekend notes\n\n"
    "Open day: Riverside Library on 2024-03-05, hosted by City Library.\n"
    "Open day: Old Mill on 2024-03-09, hosted by Heritage Office.\n"
)
TOY_GOLD = {
    "file": "2024-03-01_toy.txt",
    "issue_date": "2024-03-01",
    TOY_TABLE: [
        {"day": "2024-03-05", "place": "Riverside Library", "host": "City Library", "evidence": "Open day: Riverside Library on 2024-03-05"},
        {"day": "2024-03-12", "place": "Harbour Museum", "host": "Port Office", "evidence": "(not extracted)"},
    ],
}


@pytest.fixture
def open_days():
    with registry.registered(OpenDay):
        yield OpenDay


@pytest.fixture
def toy_warehouse(open_days, tmp_path):
    """A warehouse file holding the toy issue, and a gold folder for it."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "toy.gold.json").write_text(json.dumps(TOY_GOLD), encoding="utf-8")
    issue = process_issue(TOY_ISSUE.encode("utf-8"), SourceMeta(source_path=TOY_GOLD["file"], issue_date=date(2024, 3, 1), paper="Toy Daily"))
    db_file = tmp_path / "toy.duckdb"
    con = warehouse_db.connect(db_file)
    try:
        counts = load_batch(con, [issue], load_id="toy")
    finally:
        con.close()
    return db_file, gold_dir, issue, counts


def test_the_declaration_is_all_a_new_type_needs(toy_warehouse):
    db_file, gold_dir, issue, counts = toy_warehouse
    # extracted by the pipeline through the registry
    assert [(r.place, r.day, r.host) for r in issue.records[TOY_TABLE]] == [
        ("Riverside Library", date(2024, 3, 5), "City Library"),
        ("Old Mill", date(2024, 3, 9), "Heritage Office"),
    ]
    # created with a comment on the table and every column, and loaded
    assert counts[TOY_TABLE] == 2
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        table_comment = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = ?", [TOY_TABLE]).fetchone()[0]
        columns = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [TOY_TABLE]
        ).fetchall()
        rows = con.execute(f"SELECT place, day, host, tags, substr(i.text, char_start + 1, char_end - char_start) = evidence FROM {TOY_TABLE} JOIN issues i USING (issue_id) ORDER BY day").fetchall()
        entries = con.execute("SELECT event_type, title, all_day FROM deadlines WHERE event_type = 'toy_open_day' ORDER BY starts_at").fetchall()
    finally:
        con.close()
    assert table_comment == "Open days of public buildings (a toy type declared by a test)."
    assert [(name, data_type) for name, data_type, _ in columns] == [
        ("event_id", "VARCHAR"), ("issue_id", "VARCHAR"), ("article_id", "VARCHAR"),
        ("day", "DATE"), ("place", "VARCHAR"), ("host", "VARCHAR"), ("tags", "VARCHAR[]"),
        ("evidence", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ]
    assert all(comment for _, _, comment in columns)
    assert dict((n, c) for n, _, c in columns)["place"] == "The building, as printed."
    assert rows == [
        ("Riverside Library", date(2024, 3, 5), "City Library", ["toy"], True),
        ("Old Mill", date(2024, 3, 9), "Heritage Office", ["toy"], True),
    ]
    # the calendar shows its entries under its category
    assert entries == [("toy_open_day", "Open day: Riverside Library", True), ("toy_open_day", "Open day: Old Mill", True)]
    assert categories()["toy_open_day"] == "开放日"
    calendar_rows = fetch_rows(db_file, start=date(2024, 3, 1), types=["toy_open_day"])
    assert b"CATEGORIES:\xe5\xbc\x80\xe6\x94\xbe\xe6\x97\xa5" in build_calendar(calendar_rows).to_ical()
    # the run summary lists its table
    assert TOY_TABLE in warehouse_tables()


def test_baoxun_eval_scores_the_new_type(toy_warehouse):
    db_file, gold_dir, _, _ = toy_warehouse
    con = warehouse_db.connect_for_query(db_file)
    try:
        report = evaluate(con, gold_dir)
    finally:
        con.close()
    score = report.scores[TOY_TABLE]
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)  # Riverside matched, Old Mill extra, Harbour missed
    assert score.attributes == {"host": [1, 1]}
    assert {(m.what, m.evidence) for m in report.misses if m.kind == TOY_TABLE} == {
        ("missed", "(not extracted)"),
        ("extra", "Open day: Old Mill on 2024-03-09, hosted by Heritage Office."),
    }
    printed = StringIO()
    print_eval_report(report, Console(file=printed, width=200))
    assert re.search(rf"{TOY_TABLE} +│ 2 +│ 2 +│ 1 +│ 1 +│ 1 .*1\.000 \(host\)", printed.getvalue())


def test_export_writes_the_new_table(toy_warehouse, tmp_path):
    db_file, _, _, _ = toy_warehouse
    exported = {t.name: t for t in export_parquet(tmp_path / "out", db_file)}
    assert exported[TOY_TABLE].rows == 2 and exported[TOY_TABLE].partitioned
    assert (tmp_path / "out" / TOY_TABLE / "issue_month=2024-03").is_dir()


def test_the_registry_is_as_before_outside_the_fixture():
    assert TOY_TABLE not in registry.event_tables()
    assert TOY_TABLE not in event_types()
    assert "toy_open_day" not in categories()
    assert TOY_TABLE not in dict(registry.EXTRACTORS)


# --- declarations are checked when they are made ----------------------------------------------


def _declare(table: str, comment: str | None = "A column.") -> type:
    with registry.isolated():

        @event_record(table=table, comment="A table.", event_id="An id.", extractor=None)
        @dataclass(frozen=True, kw_only=True)
        class Declared(Evidence):
            value: str = column(comment) if comment is not None else None

        return Declared


@pytest.mark.parametrize(
    ("table", "comment", "error"),
    [
        pytest.param("toy_fine", "A column.", None, id="a commented field on a new table is fine"),
        pytest.param("toy_fine", None, TypeError, id="a field without a column comment is refused"),
        pytest.param("meetings", "A column.", ValueError, id="a table another type declares is refused"),
        pytest.param("Toy Table", "A column.", ValueError, id="a table name that needs quoting is refused"),
    ],
)
def test_declarations_are_checked(table: str, comment: str | None, error: type[Exception] | None):
    if error is None:
        assert _declare(table, comment).TABLE == table
    else:
        with pytest.raises(error):
            _declare(table, comment)
    assert table not in registry.event_tables() or table == "meetings"


# --- the built-in tables keep the names and types CONTRACT.md promises ---------------------------


@pytest.mark.parametrize(
    ("table", "promised"),
    [
        ("meetings", "event_id date end_date name organizer chairs:VARCHAR[] speakers:VARCHAR[] location"),
        ("conscription_windows", "event_id year gender half start_date end_date age_min age_max"),
        ("air_quality_orders", "event_id order_no name issuer issued_on starts_at ends_at pollutant measures:VARCHAR[]"),
        ("public_notices", "event_id kind title issuer notice_date body phones:VARCHAR[]"),
        ("phone_numbers", "phone_id raw e164 kind area_code region owner"),
    ],
)
def test_built_in_tables_keep_their_contract_columns(table: str, promised: str):
    columns = {c.name: c for c in registry.declaration(table).columns()}
    for item in promised.split():
        name, _, sql_type = item.partition(":")
        assert name in columns, f"{table}.{name}"
        if sql_type:
            assert columns[name].sql_type == sql_type
    assert {"issue_id", "article_id", "evidence", "char_start", "char_end"} <= set(columns)
