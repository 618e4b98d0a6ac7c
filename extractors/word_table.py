"""A read-only table of words, held as one string and two arrays instead of a dict.

jieba keeps its prefix dictionary (~500,000 words and prefixes, each with a count) and its
part-of-speech table (~350,000 words, each with a tag) as dicts: every word a ``str`` object and a
hash-table slot, ~115 MB in each process that tags names, for tables it reads a few hundred times
an issue at most (only headlines naming a speaker without a title go to jieba). The same tables
sorted and packed take ~10 MB and unpickle in milliseconds; a lookup is a binary search within
the words sharing the looked-up word's first character, a few microseconds.

Lookups answer exactly as the dict did (``in``, ``[]``, ``get``); nothing can be added.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["WordTable"]


class WordTable(Mapping):
    """``str`` keys to ``int`` or ``str`` values, sorted, packed and frozen."""

    __slots__ = ("_text", "_ends", "_counts", "_labels", "_label_of", "_first")

    def __init__(self, items: Mapping[str, Any]) -> None:
        words = sorted(items)
        values = [items[w] for w in words]
        self._text = "".join(words)
        self._ends = array("I")  # where each word ends in _text; it starts where the last ended
        end = 0
        for word in words:
            end += len(word)
            self._ends.append(end)
        if all(type(v) is int for v in values):
            self._counts: array | None = array("q", values)
            self._labels: tuple[str, ...] = ()
            self._label_of: array | None = None
        elif all(type(v) is str for v in values):
            self._labels = tuple(sorted(set(values)))
            index = {label: i for i, label in enumerate(self._labels)}
            self._counts = None
            self._label_of = array("H", (index[v] for v in values))
        else:
            raise TypeError("a WordTable's values are all int or all str")
        # Where the words of each first character lie (the empty word sorts first, alone).
        self._first: dict[str, tuple[int, int]] = {}
        for i, word in enumerate(words):
            head = word[:1]
            lo, _ = self._first.get(head, (i, i))
            self._first[head] = (lo, i + 1)

    def _word(self, i: int) -> str:
        return self._text[self._ends[i - 1] if i else 0 : self._ends[i]]

    def _index(self, word: str) -> int:
        """The word's position, or -1."""
        if type(word) is not str:
            return -1
        span = self._first.get(word[:1])
        if span is None:
            return -1
        lo, hi = span
        text, ends = self._text, self._ends
        while lo < hi:
            mid = (lo + hi) // 2
            if text[ends[mid - 1] if mid else 0 : ends[mid]] < word:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < span[1] and self._word(lo) == word else -1

    def _value(self, i: int) -> Any:
        if self._counts is not None:
            return self._counts[i]
        return self._labels[self._label_of[i]]  # type: ignore[index]

    def __getitem__(self, word: str) -> Any:
        i = self._index(word)
        if i < 0:
            raise KeyError(word)
        return self._value(i)

    def get(self, word: str, default: Any = None) -> Any:
        i = self._index(word)
        return default if i < 0 else self._value(i)

    def __contains__(self, word: object) -> bool:
        return self._index(word) >= 0  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        return (self._word(i) for i in range(len(self._ends)))

    def _pairs(self) -> Iterator[tuple[str, Any]]:
        for i in range(len(self._ends)):
            yield self._word(i), self._value(i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, WordTable):
            return (self._text, self._ends, self._counts, self._labels, self._label_of) == \
                (other._text, other._ends, other._counts, other._labels, other._label_of)
        if isinstance(other, Mapping):
            return len(self) == len(other) and dict(self._pairs()) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (_rebuilt, (self._text, self._ends, self._counts, self._labels, self._label_of, self._first))

    def __repr__(self) -> str:
        return f"<WordTable of {len(self):,} words>"


def _rebuilt(text: str, ends: array, counts: array | None, labels: tuple[str, ...],
             label_of: array | None, first: dict[str, tuple[int, int]]) -> WordTable:
    """A pickled table, back as it was, without sorting again."""
    table = WordTable.__new__(WordTable)
    table._text, table._ends, table._counts, table._labels, table._label_of = text, ends, counts, labels, label_of
    table._first = first
    return table
