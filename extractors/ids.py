"""Stable identifiers derived from content, so re-loading never duplicates and the same event
seen in two issues gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .lang import zh_common as lang

# Spaces and every mark a name may be printed with, ASCII and full-width (lang/zh_common.py).
_MARKS = (
    lang.IDEOGRAPHIC_SPACE + lang.OPEN_QUOTES + lang.CLOSE_QUOTES + "\"'" + lang.ANGLE_BRACKETS
    + lang.OPEN_BRACKETS + lang.CLOSE_BRACKETS + "[]" + lang.LENTICULAR_BRACKETS + "\u00b7" + lang.COMMAS
    + lang.FULL_STOP + "." + lang.LIST_COMMA + lang.COLONS + lang.SEMICOLONS + lang.EXCLAMATIONS
    + lang.QUESTION_MARKS + lang.DASHES + "-"
)
_SPACE_AND_PUNCT = re.compile(r"[\s" + re.escape(_MARKS) + "]+")


def normalise_name(name: str | None) -> str:
    """Fold width and case and drop spaces and punctuation: the key two spellings of one name share."""
    if not name:
        return ""
    return _SPACE_AND_PUNCT.sub("", unicodedata.normalize("NFKC", name)).lower()


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of a SHA-256 over the parts (None and '' are the same part)."""
    payload = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"


def issue_id_for(paper: str | None, issue_date: object, source_name: str) -> str:
    """The issue's id: paper + issue date + the raw file's name (the contract's definition)."""
    return stable_id("iss", normalise_name(paper), issue_date, source_name)


def article_id_for(issue_id: str, seq: int) -> str:
    return f"{issue_id}-a{seq:03d}"
