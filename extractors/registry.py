"""The registry of declared event record types: what the rest of baoxun reads about them.

A record type is declared once, on its dataclass in ``records.py`` (``@event_record``, from
``event_types.py``): its table and what the table holds, a comment for every column, the
extractor that finds it, how ``baoxun eval`` matches and scores it, and the calendar entries it
becomes. Declaring it is the only step: the ingest flow runs its extractor, the warehouse
creates, comments and loads its table (``warehouse/ddl.py``), ``baoxun eval``, the run summary
and ``export`` list it, and the ``deadlines`` view and ``baoxun calendar`` show its dates.
Extractors are pure functions ``Issue -> list[record]``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

# Importing records declares the built-in types (declaring a type registers it in event_types);
# records needs nothing from this module, so the import is plain and there is no cycle.
from . import records  # noqa: F401
from .event_types import (  # noqa: F401  (what a type declares, read through the registry)
    _DECLARED,
    ARTICLE_ID_COMMENT,
    EVIDENCE_COLUMNS,
    CalendarEntry,
    Column,
    Declaration,
    Evaluation,
    Extractor,
    column,
    event_record,
    register,
)

# --- the registry ----------------------------------------------------------------------------------


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
