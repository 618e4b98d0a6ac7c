"""What an event record type declares, and the table of declared types.

A record type is declared once, on its dataclass in ``records.py`` (``@event_record``): its table
and what the table holds, a comment for every column (``column(...)`` on each field), the
extractor that finds it, how ``baoxun eval`` matches and scores it, and the calendar entries it
becomes. Declaring a type records it here; ``registry.py`` is what the rest of baoxun reads
(it imports ``records`` so the built-in types are declared before anyone asks). This module
imports neither, so declaring needs no import cycle.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .matching import Same, Term

if TYPE_CHECKING:
    from .records import Issue

Extractor = Callable[["Issue"], list["Evidence"]]


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Where a record came from: the verbatim span of the issue text and its article.

    An event record type subclasses this and is declared with :func:`event_record` (below):
    that declaration is the one place its table, columns, evaluation and
    calendar entries are written down.
    """

    TABLE: ClassVar[str] = ""

    event_id: str
    article_seq: int | None
    evidence: str
    char_start: int
    char_end: int

    def row(self) -> dict:
        """The record as a flat dict of column values (what the loader writes)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


# --- what a type declares ------------------------------------------------------------------------


def column(comment: str, *, default: Any = dataclasses.MISSING, nullable: bool | None = None, first: bool = False) -> Any:
    """A record field and the comment its warehouse column carries.

    The column's SQL type follows the field's type; it is NOT NULL when the field is required and
    not Optional, unless ``nullable`` says otherwise. ``first`` puts it before ``event_id``.
    """
    return field(default=default, metadata={"comment": comment, "nullable": nullable, "first": first})


@dataclass(frozen=True, kw_only=True)
class Column:
    """A warehouse column of an event table."""

    name: str
    sql_type: str
    not_null: bool
    comment: str


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    """How ``baoxun eval`` scores a type against gold (``shared/gold/FORMAT.md``).

    A gold item and a row are the same event when every ``key`` term holds. On matched pairs the
    ``headline`` attributes are the accuracy FORMAT.md asks for; ``attributes`` are reported too.
    """

    key: tuple[Term, ...]
    headline: tuple[Same, ...]
    attributes: tuple[Same, ...] = ()

    def matches(self, gold: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
        return all(term(gold, row) for term in self.key)

    @property
    def headline_names(self) -> tuple[str, ...]:
        return tuple(a.field for a in self.headline)


@dataclass(frozen=True, kw_only=True)
class CalendarEntry:
    """One calendar entry a row becomes (a row of the ``deadlines`` view), in DuckDB SQL over the
    row's columns and its type's ``calendar_columns``. ``when`` says which rows have the entry."""

    marks: str  # what the entry marks: entry_id is event_id || ':' || marks
    event_type: str  # deadlines.event_type
    category: str  # the category calendar apps show (ICS CATEGORIES)
    title: str
    starts_at: str
    ends_at: str
    all_day: str = "TRUE"
    description: str
    when: str


_SQL_TYPES: dict[Any, str] = {str: "VARCHAR", int: "INTEGER", bool: "BOOLEAN", date: "DATE", datetime: "TIMESTAMP", float: "DOUBLE"}
_NAME = re.compile(r"[a-z][a-z0-9_]*")

# Columns every event table has, besides the record's own fields (``article_seq`` becomes ``article_id``).
ARTICLE_ID_COMMENT = "The article the evidence is in."
EVIDENCE_COLUMNS = (
    Column(name="evidence", sql_type="VARCHAR", not_null=True, comment="Verbatim span of the issue text the row rests on."),
    Column(name="char_start", sql_type="INTEGER", not_null=True, comment="Start offset of the evidence in issues.text."),
    Column(name="char_end", sql_type="INTEGER", not_null=True, comment="End offset (exclusive) of the evidence in issues.text."),
)


def _sql_type(hint: Any) -> tuple[str, bool]:
    """(SQL type, whether None is allowed) for a field's type."""
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no SQL type for {hint!r}")
        return _sql_type(inner[0])[0], True
    if origin is Literal:
        return _SQL_TYPES[type(args[0])], False
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sql_type(args[0])[0] + "[]", False
    if hint in _SQL_TYPES:
        return _SQL_TYPES[hint], False
    raise TypeError(f"no SQL type for {hint!r}")


@dataclass(frozen=True, kw_only=True)
class Declaration:
    """Everything the rest of baoxun knows about one event record type."""

    record: type
    table: str
    comment: str
    event_id: str  # the comment of event_id: what the id is made of
    issue_id: str = "The issue that printed it."
    extractor: str | None  # "module:function", under extractors/ unless the module name is dotted
    evaluation: Evaluation | None = None
    calendar_columns: Mapping[str, str] = field(default_factory=dict)  # name -> SQL, for the entries
    calendar: tuple[CalendarEntry, ...] = ()

    def columns(self) -> tuple[Column, ...]:
        """The table's columns in order: ``first`` fields, the ids, the record's fields, the evidence."""
        common = {f.name for f in dataclasses.fields(Evidence)}
        hints = typing.get_type_hints(self.record, localns={})
        first: list[Column] = []
        own: list[Column] = []
        for f in dataclasses.fields(self.record):
            if f.name in common:
                continue
            if not f.metadata.get("comment"):
                raise TypeError(f"{self.record.__name__}.{f.name} has no column comment: declare it with column(...)")
            sql_type, optional = _sql_type(hints[f.name])
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and not optional
            nullable = f.metadata.get("nullable")
            not_null = required if nullable is None else not nullable
            (first if f.metadata.get("first") else own).append(
                Column(name=f.name, sql_type=sql_type, not_null=not_null, comment=f.metadata["comment"])
            )
        ids = (
            Column(name="event_id", sql_type="VARCHAR", not_null=True, comment=self.event_id),
            Column(name="issue_id", sql_type="VARCHAR", not_null=True, comment=self.issue_id),
            Column(name="article_id", sql_type="VARCHAR", not_null=False, comment=ARTICLE_ID_COMMENT),
        )
        return (*first, *ids, *own, *EVIDENCE_COLUMNS)

    def validate(self) -> None:
        if not _NAME.fullmatch(self.table):
            raise ValueError(f"table name {self.table!r} is not lower_case")
        names = [c.name for c in self.columns()]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.table} declares a column twice: {names}")
        for entry in self.calendar:
            if not (_NAME.fullmatch(entry.marks) and _NAME.fullmatch(entry.event_type)):
                raise ValueError(f"{self.table}: calendar marks and event_type must be lower_case names")


def event_record(**declared: Any) -> Callable[[type], type]:
    """Class decorator (over ``@dataclass``) that declares and registers an event record type.

    Takes the fields of :class:`Declaration` except ``record``; sets ``TABLE`` on the class.
    """

    def declare(cls: type) -> type:
        declaration = Declaration(record=cls, **declared)
        declaration.validate()
        cls.TABLE = declaration.table
        cls.DECLARATION = declaration
        register(declaration)
        return cls

    return declare


# --- the declared types ------------------------------------------------------------------------

# table -> declaration, in the order the types were declared.
_DECLARED: dict[str, Declaration] = {}


def register(declaration: Declaration) -> None:
    """Add a type; a table already declared by another record type is an error."""
    present = _DECLARED.get(declaration.table)
    if present is not None and present.record.__qualname__ != declaration.record.__qualname__:
        raise ValueError(f"table {declaration.table} is already declared by {present.record.__qualname__}")
    _DECLARED[declaration.table] = declaration


