"""What an event record type declares, and the registry of declared types.

A record type is declared once, on its dataclass in ``records.py`` (``@event_record``): its
table and what the table holds, a comment for every column (``column(...)`` on each field), the
extractor that finds it, how ``baoxun eval`` matches and scores it, and the calendar entries it
becomes. Declaring it is the only step: the ingest flow runs its extractor, the warehouse
creates, comments and loads its table (``warehouse/ddl.py``), ``baoxun eval``, the run summary
and ``export`` list it, and the ``deadlines`` view and ``baoxun calendar`` show its dates.
Extractors are pure functions ``Issue -> list[record]``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .matching import Same, Term

if TYPE_CHECKING:
    from .records import Evidence, Issue

Extractor = Callable[["Issue"], list["Evidence"]]

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
        from .records import Evidence

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


# --- the registry ----------------------------------------------------------------------------------

_DECLARED: dict[str, Declaration] = {}


def register(declaration: Declaration) -> None:
    """Add a type; a table already declared by another record type is an error."""
    present = _DECLARED.get(declaration.table)
    if present is not None and present.record.__qualname__ != declaration.record.__qualname__:
        raise ValueError(f"table {declaration.table} is already declared by {present.record.__qualname__}")
    _DECLARED[declaration.table] = declaration


def unregister(table: str) -> None:
    _DECLARED.pop(table, None)
    load_extractor.cache_clear()


@contextmanager
def isolated() -> Iterator[None]:
    """Types declared or unregistered within the block are forgotten after it: the registry is as
    before (for a test that declares a type of its own)."""
    declarations()  # the built-in types first, so they are part of "before"
    before = dict(_DECLARED)
    try:
        yield
    finally:
        _DECLARED.clear()
        _DECLARED.update(before)
        load_extractor.cache_clear()


@contextmanager
def registered(record_type: type) -> Iterator[Declaration]:
    """Within the block ``record_type`` (declared with :func:`event_record`) is registered; after
    it the registry is as before."""
    with isolated():
        register(record_type.DECLARATION)
        yield record_type.DECLARATION


def declarations() -> tuple[Declaration, ...]:
    """Every declared type, in the order ``records.py`` declares them (then any registered later)."""
    from . import records  # noqa: F401  (declaring the built-in types registers them)

    return tuple(_DECLARED.values())


def declaration(table: str) -> Declaration:
    for found in declarations():
        if found.table == table:
            return found
    raise KeyError(f"no event type declares the table {table!r}")


def event_tables() -> tuple[str, ...]:
    """Every event table, in declaration order."""
    return tuple(d.table for d in declarations())


def record_types() -> tuple[type, ...]:
    return tuple(d.record for d in declarations())


def registered_tables() -> tuple[str, ...]:
    """The event tables that have an extractor (the ones ``baoxun eval`` scores)."""
    return tuple(d.table for d in declarations() if d.extractor)


def calendar_categories() -> dict[str, str]:
    """``deadlines.event_type`` -> the category calendar apps show, for every declared entry."""
    return {entry.event_type: entry.category for d in declarations() for entry in d.calendar}


class _Extractors(Sequence):
    """(table, "module:function") of every type with an extractor, read from the registry when used."""

    def _pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((d.table, d.extractor) for d in declarations() if d.extractor)

    def __getitem__(self, index):
        return self._pairs()[index]

    def __len__(self) -> int:
        return len(self._pairs())

    def __iter__(self):
        return iter(self._pairs())


# Imported lazily by spec so a Dask worker pays only for what it runs.
EXTRACTORS: Sequence[tuple[str, str]] = _Extractors()


@lru_cache(maxsize=None)
def load_extractor(spec: str) -> Extractor:
    module_name, _, func_name = spec.partition(":")
    if "." not in module_name:
        module_name = f"extractors.{module_name}"
    module = __import__(module_name, fromlist=[func_name])
    return getattr(module, func_name)


# Distributions whose upgrade can change what the extractors return: the tokenizer (people), phone
# parsing and geocoding data (phones, area_codes), Western date parsing (dates) and the HTML readers
# (html: lxml, readability and the cleaner readability uses).
OUTPUT_LIBRARIES: tuple[str, ...] = ("jieba", "phonenumbers", "dateparser", "lxml", "readability-lxml", "lxml_html_clean")


@lru_cache(maxsize=None)
def _library_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


def rules_fingerprint(root: Path, libraries: dict[str, str]) -> str:
    """A hash of every ``*.py`` file below ``root`` (code and ``lang/`` data, by relative path) and
    of the ``libraries`` (name -> version) and the Python and Unicode versions they run on."""
    import sys
    import unicodedata

    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    runtime = {"python": f"{sys.version_info.major}.{sys.version_info.minor}", "unicode": unicodedata.unidata_version}
    for name, version in sorted({**libraries, **runtime}.items()):
        digest.update(f"\0{name}=={version}".encode())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the rules: every source and language-data file of this package, the versions of the
    libraries whose output the rules use (:data:`OUTPUT_LIBRARIES`), Python's and Unicode's.

    Any change to a rule, or an upgrade of jieba, phonenumbers, dateparser or the HTML readers,
    changes the version, so re-runs re-extract exactly when the output may change and never
    otherwise: nobody has to remember to bump a number.
    """
    libraries = {name: _library_version(name) for name in OUTPUT_LIBRARIES}
    return rules_fingerprint(Path(__file__).resolve().parent, libraries)
