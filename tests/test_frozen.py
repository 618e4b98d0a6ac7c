"""frozen.maker and frozen.replaced: a frozen dataclass's instance made (or copied with changes) without its
class's call is the one the class (or dataclasses.replace) makes."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field, replace

import pytest

from extractors.frozen import maker, replaced


@dataclass(frozen=True)
class _Stop:
    name: str
    line: int
    minutes: float | None = None
    note: str = ""


@dataclass(frozen=True)
class _WithFactory:
    name: str
    tags: list = field(default_factory=list)


@pytest.mark.parametrize(
    ("given", "values"),
    [
        (("name", "line"), ("青河桥", 7)),
        (("name", "line", "minutes"), ("北坡站", 12, 4.5)),
        (("name", "line", "minutes", "note"), ("南湖站", 3, None, "终点站")),
    ],
)
def test_made_is_what_the_class_makes(given, values):
    made = maker(_Stop, given)(*values)
    expected = _Stop(*values)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert list(vars(made).items()) == list(vars(expected).items())  # every field, in order
    assert pickle.dumps(made) == pickle.dumps(expected)
    with pytest.raises(AttributeError):
        made.line = 8  # still frozen


def test_made_differs_where_the_values_do():
    make = maker(_Stop, ("name", "line"))
    assert make("青河桥", 7) != make("青河桥", 8)


@pytest.mark.parametrize(
    ("cls", "given"),
    [
        (_Stop, ("line", "name")),  # not the class's order
        (_Stop, ("name",)),  # a later field without a default
        (_Stop, ("name", "stop")),  # no such field
        (_WithFactory, ("name",)),  # a factory default cannot be shared
    ],
)
def test_a_class_the_maker_cannot_serve_is_refused_at_once(cls, given):
    with pytest.raises(ValueError):
        maker(cls, given)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"line": 9},
        {"name": "西关站", "note": "换乘"},
        {"minutes": None, "note": ""},  # the values it had
    ],
)
def test_replaced_is_what_replace_makes(changes):
    stop = _Stop("东门站", 5, 2.5, "首站")
    made = replaced(stop, **changes)
    expected = replace(stop, **changes)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert list(vars(made).items()) == list(vars(expected).items())  # every field, in order
    assert made is not stop and stop == _Stop("东门站", 5, 2.5, "首站")  # the original untouched
    with pytest.raises(AttributeError):
        made.line = 8  # still frozen


@pytest.mark.parametrize("changes", [{"stop": "北站"}, {"name": "北站", "platform": 2}])
def test_replaced_refuses_a_name_that_is_no_field(changes):
    with pytest.raises(TypeError):
        replaced(_Stop("东门站", 5), **changes)
