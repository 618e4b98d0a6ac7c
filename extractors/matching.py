"""When a gold item and an extracted row are the same thing: the comparisons a record type's
declaration uses for its evaluation key and attributes (``baoxun eval``, ``shared/gold/FORMAT.md``).

A gold item is a dict of FORMAT.md fields; a row is a dict of warehouse columns. A comparison
takes two values; a :class:`Same` or :class:`FirstKnown` term takes the item and the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .ids import normalise_name

__all__ = [
    "FirstKnown",
    "Same",
    "Term",
    "equal",
    "issuers_agree",
    "kinds_agree",
    "moment_text",
    "names_overlap",
    "same_digits",
    "same_moment",
    "same_name",
    "same_names",
]

Comparison = Callable[[Any, Any], bool]
Term = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]  # (gold item, row) -> same?


def moment_text(value) -> str | None:
    """A date as ``YYYY-MM-DD`` and a time as ``YYYY-MM-DDTHH:MM``, whether a value or gold text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text[:16] if "T" in text else text


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def names_overlap(a: str | None, b: str | None) -> bool:
    """Two names of one thing: one contains the other, or they share half their character bigrams."""
    x, y = normalise_name(a), normalise_name(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    bx, by = _bigrams(x), _bigrams(y)
    return 2 * len(bx & by) / (len(bx) + len(by)) >= 0.5


def kinds_agree(gold: str | None, extracted: str | None) -> bool:
    """A notice's kind as its own word: 安全提示 is a 提示, 寻亲启事 a 启事 (either may be the compound)."""
    a, b = normalise_name(gold), normalise_name(extracted)
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


def issuers_agree(gold: str | None, extracted: str | None) -> bool:
    """A notice's issuer: the same body, or none printed on either side (an unsigned "关于…的通告")."""
    if not normalise_name(gold) and not normalise_name(extracted):
        return True
    return names_overlap(gold, extracted)


def equal(gold, extracted) -> bool:
    return gold == extracted


def same_moment(gold, extracted) -> bool:
    """The same day (or minute): a gold ISO string against a DATE or TIMESTAMP."""
    return moment_text(gold) == moment_text(extracted)


def same_name(gold: str | None, extracted: str | None) -> bool:
    """The same name once width, case, spaces and punctuation are folded; none on both sides agrees."""
    if not gold and not extracted:
        return True
    return normalise_name(gold) == normalise_name(extracted)


def same_names(gold, extracted) -> bool:
    """The same set of names (people, numbers), in any order."""
    return {normalise_name(x) for x in gold or []} == {normalise_name(x) for x in extracted or []}


def same_digits(gold: str | None, extracted: str | None) -> bool:
    return re.sub(r"\D", "", gold or "") == re.sub(r"\D", "", extracted or "")


@dataclass(frozen=True)
class Same:
    """Gold field ``field`` and the row's ``column`` (the same name unless given) agree as ``how`` judges."""

    field: str
    how: Comparison = equal
    column: str | None = None

    @property
    def row_column(self) -> str:
        return self.column or self.field

    def values(self, gold: Mapping[str, Any], row: Mapping[str, Any]) -> tuple[Any, Any]:
        return gold.get(self.field), row.get(self.row_column)

    def __call__(self, gold: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
        return self.how(*self.values(gold, row))


@dataclass(frozen=True)
class FirstKnown:
    """The first term whose values both sides know (neither is None) decides; else the last one does.

    An order matches by its number when both print one, else by its name.
    """

    terms: tuple[Same, ...]

    def __init__(self, *terms: Same) -> None:
        object.__setattr__(self, "terms", terms)

    def __call__(self, gold: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
        for term in self.terms[:-1]:
            if all(value is not None for value in term.values(gold, row)):
                return term(gold, row)
        return self.terms[-1](gold, row)
