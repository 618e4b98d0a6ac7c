"""The SQL the record declarations imply: each event table with a ``COMMENT ON`` for it and every
column, and the ``deadlines`` view's entries.

``schema.sql`` holds the tables that are not events (loads, issues, articles, errors, the fetch
log); ``views.sql`` holds the frame of the ``deadlines`` view. What depends on the event types is
filled in here from ``extractors.registry``, so declaring a type is the only step.
"""

from __future__ import annotations

from importlib import resources
from string import Template

from extractors.registry import Declaration, declarations

# The columns of a calendar entry, in the order every entry's SELECT gives them.
ENTRY_COLUMNS = (
    "entry_id", "event_id", "event_type", "title", "starts_at", "ends_at", "all_day",
    "description", "issue_id", "article_id", "evidence",
)


def _sql_resource(name: str) -> str:
    return resources.files("warehouse").joinpath(name).read_text(encoding="utf-8")


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def event_table_sql(declared: Declaration) -> str:
    """CREATE TABLE IF NOT EXISTS for one event table, and its comments."""
    columns = declared.columns()
    width = max(len(c.name) for c in columns)
    lines = [
        f"    {quote_name(c.name).ljust(width + 2)} {c.sql_type}{' NOT NULL' if c.not_null else ''}"
        for c in columns
    ]
    table = quote_name(declared.table)
    statements = [f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join(lines) + "\n);"]
    statements.append(f"COMMENT ON TABLE {table} IS {quote_literal(declared.comment)};")
    statements.extend(
        f"COMMENT ON COLUMN {table}.{quote_name(c.name)} IS {quote_literal(c.comment)};" for c in columns
    )
    return "\n".join(statements)


def schema_sql() -> str:
    """``schema.sql`` followed by the event tables of every declared type."""
    parts = [_sql_resource("schema.sql").rstrip()]
    for declared in declarations():
        parts.append(f"-- {declared.table}: declared by extractors.records.{declared.record.__qualname__}\n" + event_table_sql(declared))
    return "\n\n".join(parts) + "\n"


def _entry_source(declared: Declaration) -> str:
    """A CTE of the type's rows with its calendar columns (the entries' label, details...)."""
    extra = "".join(f",\n        {sql} AS {quote_name(name)}" for name, sql in declared.calendar_columns.items())
    return f"{_source_name(declared)} AS (\n    SELECT t.*{extra}\n    FROM {quote_name(declared.table)} t\n)"


def _source_name(declared: Declaration) -> str:
    """Where the type's entries read its rows: its table, or a CTE adding its calendar columns."""
    if not declared.calendar_columns:
        return quote_name(declared.table)
    return quote_name(f"{declared.table}_for_calendar")


def _entry_select(declared: Declaration, entry) -> str:
    values = (
        f"event_id || {quote_literal(':' + entry.marks)}",
        "event_id",
        quote_literal(entry.event_type),
        entry.title,
        entry.starts_at,
        entry.ends_at,
        entry.all_day,
        entry.description,
        "issue_id",
        "article_id",
        "evidence",
    )
    listed = ",\n        ".join(f"{value}" for value in values)
    return f"    -- {declared.table} → {entry.event_type}\n    SELECT\n        {listed}\n    FROM {_source_name(declared)}\n    WHERE {entry.when}"


def calendar_event_types() -> tuple[str, ...]:
    return tuple(entry.event_type for declared in declarations() for entry in declared.calendar)


def views_sql() -> str:
    """``views.sql`` with the calendar entries of every declared type filled in."""
    with_entries = [d for d in declarations() if d.calendar]
    selects = [_entry_select(d, e) for d in with_entries for e in d.calendar]
    if not selects:  # no type has calendar entries: the view is empty but keeps its columns
        selects = [
            "    SELECT NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR, NULL::TIMESTAMP, NULL::TIMESTAMP,"
            " NULL::BOOLEAN, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR WHERE FALSE"
        ]
    sources = "".join(_entry_source(d) + ",\n" for d in with_entries if d.calendar_columns)
    return Template(_sql_resource("views.sql")).substitute(
        entry_sources=sources,
        entry_columns=", ".join(ENTRY_COLUMNS),
        entries="\n    UNION ALL\n".join(selects),
        event_type_comment=quote_literal(", ".join(calendar_event_types()) + "."),
    )


if __name__ == "__main__":  # python -m warehouse.ddl: the whole schema and views, as a connection runs them
    print(schema_sql())
    print(views_sql())
