"""Frozen dataclass instances made (or copied with changes) without the class's call, for the records
made by the thousand.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``; for a
date expression or an article that was most of what making one cost. :func:`maker` returns a
function that fills a new instance's dict with the same fields in the same order, so the instance
compares, hashes, prints and pickles as one the class made. It is for classes whose
``__post_init__`` (if any) has nothing to do with the values given: the caller vouches for that.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Callable, TypeVar

__all__ = ["maker", "replaced"]

T = TypeVar("T")


def maker(cls: type[T], given: tuple[str, ...]) -> Callable[..., T]:
    """A function ``make(*values)`` equal to ``cls(**dict(zip(given, values)))``.

    ``given`` must be the class's first fields, in order, and every later field must have a plain
    default (not a factory): checked here, once, so a changed class fails at import, not silently.
    """
    declared = fields(cls)
    later = declared[len(given):]
    if tuple(f.name for f in declared[: len(given)]) != given or any(f.default is MISSING for f in later):
        raise ValueError(f"{cls.__name__}'s fields are not {given} followed by fields with defaults")
    names = tuple(f.name for f in declared)
    defaults = tuple(f.default for f in later)
    new = object.__new__

    def make(*values: object) -> T:
        made = new(cls)
        made.__dict__.update(zip(names, values + defaults))
        return made

    make.__name__ = make.__qualname__ = f"make_{cls.__name__}"
    return make


def replaced(instance: T, **changes: object) -> T:
    """``dataclasses.replace(instance, **changes)`` without the class's call: a new instance holding
    the same fields, ``changes`` put in (the same caveat on ``__post_init__`` as :func:`maker`). A
    name that is none of the class's fields is refused, as ``replace`` refuses it."""
    unknown = changes.keys() - instance.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{type(instance).__name__} has no field {sorted(unknown)}")
    made = object.__new__(type(instance))
    made.__dict__.update(instance.__dict__)
    made.__dict__.update(changes)
    return made
