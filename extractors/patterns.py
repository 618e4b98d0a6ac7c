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
