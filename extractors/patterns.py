"""Turning language data into regular expressions, the same way for every extractor."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first so the longest word wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
