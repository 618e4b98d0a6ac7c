"""Stable identifiers derived from content, so re-loading never duplicates and the same event
seen in two issues gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from .lang import zh_common as lang

# Spaces and every mark a name may be printed with, ASCII and full-width (lang/zh_common.py).
_MARKS = (
    lang.IDEOGRAPHIC_SPACE + lang.OPEN_QUOTES + lang.CLOSE_QUOTES + "\"'" + lang.ANGLE_BRACKETS
    + lang.OPEN_BRACKETS + lang.CLOSE_BRACKETS + "[]" + lang.LENTICULAR_BRACKETS + "\u00b7" + lang.COMMAS
    + lang.FULL_STOP + "." + lang.LIST_COMMA + lang.COLONS + lang.SEMICOLONS + lang.EXCLAMATIONS
    + lang.QUESTION_MARKS + lang.DASHES + "-"
)
_SPACE_AND_PUNCT = re.compile(r"[\s" + re.escape(_MARKS) + "]+")


# Records name the same issuers, kinds, places and titles again and again (a notice's kind on every
# notice, a bureau on every order it issues): the key is remembered, as normalising a short name
# (NFKC, then the regex) costs ~5,000 instructions and looking it up ~400.
@lru_cache(maxsize=4096)
def normalise_name(name: str | None) -> str:
    """Fold width and case and drop spaces and punctuation: the key two spellings of one name share."""
    if not name:
        return ""
    return _SPACE_AND_PUNCT.sub("", unicodedata.normalize("NFKC", name)).lower()


# ``str`` of a date or a datetime goes through its ``isoformat`` method by name (~3,500 instructions
# a date, twice that a datetime); an event's dates are few and come back on every record of the
# issue, so their texts are kept. Only these exact classes (a subclass may print itself otherwise),
# and no datetime with a zone: two such equal at one instant print different offsets.
# (keyed by the object: a date never equals a datetime, so the two classes cannot mix)
_DATE_TEXTS_SIZE = 4096
_date_text = lru_cache(maxsize=_DATE_TEXTS_SIZE)(str)


def _part_text(part: object) -> str:
    """``str(part)``, with the texts of dates and datetimes remembered."""
    if part.__class__ is date or (part.__class__ is datetime and part.tzinfo is None):
        return _date_text(part)
    return str(part)


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of a SHA-256 over the parts (None and '' are the same part)."""
    # (a list, not a generator, for join; a text as it is, and None as ""; other parts as str prints them)
    payload = "\x1f".join([p if p.__class__ is str else "" if p is None else _part_text(p) for p in parts])
    return f"{prefix}_{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"


def issue_id_for(paper: str | None, issue_date: object, source_name: str) -> str:
    """The issue's id: paper + issue date + the raw file's name (the contract's definition)."""
    return stable_id("iss", normalise_name(paper), issue_date, source_name)


def article_id_for(issue_id: str, seq: int) -> str:
    return f"{issue_id}-a{seq:03d}"
