"""Turning language data into regular expressions, the same way for every extractor."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first so the longest word wins.

    Words of one length are in code-point order: two of them never match at the same place, and
    the pattern reads the same in every process (a cached compiled pattern is found by its text).
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def bounds(text: str, pos: int, pattern: re.Pattern) -> tuple[int, int]:
    """The stretch of text around pos between two matches of pattern (a clause or a sentence)."""
    begin = 0
    for m in pattern.finditer(text, 0, pos):
        begin = m.end()
    m = pattern.search(text, pos)
    return begin, (m.start() if m else len(text))


# Characters a pattern's match can start with, read off the parsed pattern. A character class
# wider than this many code points counts as "any" (a set that large would not narrow the search).
_WIDEST_CLASS = 512


def _starts(items) -> tuple[frozenset[str] | None, bool]:
    """For a parsed sequence: the characters a match can begin with (None: any) and whether the
    sequence can match the empty string (then what follows it may begin the match too)."""
    from re import _constants as C

    found: set[str] = set()
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero-width: what follows begins the match
        if op is C.LITERAL:
            chars, empty = frozenset(chr(av)), False
        elif op is C.IN:
            chars, empty = _class_chars(av), False
        elif op is C.SUBPATTERN:
            chars, empty = _starts(av[3])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            chars, empty = _starts(av)
        elif op is C.BRANCH:
            chars, empty = frozenset(), False
            for branch in av[1]:
                branch_chars, branch_empty = _starts(branch)
                if branch_chars is None:
                    return None, True
                chars, empty = chars | branch_chars, empty or branch_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            chars, empty = _starts(av[2])
            empty = empty or av[0] == 0
        else:
            return None, True  # any character, a back-reference, a conditional: cannot be told
        if chars is None:
            return None, True
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _class_chars(items) -> frozenset[str] | None:
    from re import _constants as C

    chars: set[str] = set()
    for kind, value in items:
        if kind is C.LITERAL:
            chars.add(chr(value))
        elif kind is C.RANGE and value[1] - value[0] < _WIDEST_CLASS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negated class, a category (\d is any Unicode digit), a wide range
    return frozenset(chars)


def first_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with; None when that cannot be told or a
    match may be empty (case-insensitive patterns, wide classes, ``.``)."""
    from re import _parser

    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        chars, empty = _starts(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser other than CPython's: no shortcut
        return None
    return None if empty or not chars else chars


class StartGated:
    """``pattern.search``, faster where the pattern's start cannot be seen by the regex engine.

    The engine skips quickly to a match's possible first characters only when it can read them off
    the pattern's head; an alternation mixing words with lookbehinds ("(?<=[届次])会议|会") is tried
    at every position instead. This finds the next position holding one of the characters a match
    can begin with (:func:`first_characters`) and tries the pattern there: the same leftmost match,
    several times faster on Chinese text. A pattern whose first characters cannot be told is
    searched as usual.
    """

    __slots__ = ("pattern", "_start")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        chars = first_characters(pattern)
        self._start = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self._start is None:
            return self.pattern.search(text, pos, end)
        find, match = self._start.search, self.pattern.match
        while (hit := find(text, pos, end)) is not None:
            found = match(text, hit.start(), end)
            if found is not None:
                return found
            pos = hit.start() + 1
        return None
