"""One raw issue from bytes to records: decode, date, segment, extract.

Pure: the caller reads the file and the manifest; this module only transforms. The flow runs
:func:`process_issue` per file inside batch tasks.

The extractors and their data (date patterns, phone metadata, word lists: ~100 MB and seconds of
imports) are imported on the first issue, not with this module: a run that extracts in worker
processes plans and loads in a parent that never holds them.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from typing import TYPE_CHECKING

from .area_codes import area_code_for_paper, paper_in_masthead
from .ids import issue_id_for
from .records import Article, Evidence, Issue, IssueContext, IssueDateSource
from .registry import EXTRACTORS, extractor_version, load_extractor

if TYPE_CHECKING:
    from .html import PageError


@dataclass(frozen=True, kw_only=True)
class SourceMeta:
    """What is known of a raw file before reading it: its name and its manifest row, if any."""

    source_path: str
    issue_date: date | None = None
    paper: str | None = None
    edition: str | None = None
    area_code: str | None = None


@dataclass(kw_only=True)
class ProcessedIssue:
    """Everything one issue contributes to the warehouse."""

    source_path: str
    content_sha256: str
    encoding: str
    text: str
    ctx: IssueContext
    issue_date_reason: str
    area_code_reason: str
    articles: tuple[Article, ...]
    records: dict[str, list[Evidence]]
    extractor_version: str
    fingerprint: str
    seconds: dict[str, float] = field(default_factory=dict)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run_fingerprint(meta: SourceMeta, area_code: str | None, version: str) -> str:
    """What besides the bytes decides an issue's rows: the rules and the context given for the file.

    A re-run skips a file only when its content and this fingerprint are both unchanged.
    """
    effective_area = meta.area_code or area_code_for_paper(meta.paper) or area_code or ""
    return "|".join([version, str(meta.issue_date or ""), meta.paper or "", meta.edition or "", effective_area])


def resolve_issue_date(meta: SourceMeta, text: str) -> tuple[date | None, IssueDateSource, str]:
    """Manifest first, then a date in the file name, then inference from the text."""
    from .issue_date import date_from_filename, infer_issue_date

    if meta.issue_date is not None:
        return meta.issue_date, "manifest", "issues.csv"
    from_name = date_from_filename(meta.source_path)
    if from_name is not None:
        return from_name, "filename", f"date in the file name {meta.source_path!r}"
    inferred, reason = infer_issue_date(text)
    if inferred is not None:
        return inferred, "inferred", reason
    return None, "unknown", reason


def _normal_area_code(code: str) -> str:
    digits = "".join(c for c in code if c.isdigit())
    return digits if digits.startswith("0") else "0" + digits


# Why a local number (printed without its area code) got no E.164 form: said once per run.
UNKNOWN_AREA_CODE = (
    "the paper's area code is unknown (no manifest area_code, no paper name or masthead naming a city "
    "we know, no --area-code): local numbers keep their digits with e164 empty"
)


def resolve_area_code(meta: SourceMeta, text: str, option: str | None) -> tuple[str | None, str]:
    """The area code for local numbers, and where it came from.

    The manifest's ``area_code``; else the city the paper is named after (the manifest's ``paper``,
    or a paper's name in the masthead) through phonenumbers' national area-code data; else the
    ``--area-code`` option; else None (unknown).
    """
    if meta.area_code:
        return _normal_area_code(meta.area_code), "the manifest's area_code"
    from_paper = area_code_for_paper(meta.paper)
    if from_paper:
        return from_paper, f"the city of {meta.paper}"
    if not meta.paper:
        printed = paper_in_masthead(text)
        if printed:
            return area_code_for_paper(printed), f"the city of {printed} (masthead)"
    if option:
        return _normal_area_code(option), "--area-code"
    return None, UNKNOWN_AREA_CODE


def _extract(issue: Issue, seconds: dict[str, float]) -> dict[str, list[Evidence]]:
    from .link import link

    records: dict[str, list[Evidence]] = {}
    for table, spec in EXTRACTORS:
        clock = time.perf_counter()
        records.setdefault(table, []).extend(load_extractor(spec)(issue))
        seconds[f"extract:{table}"] = seconds.get(f"extract:{table}", 0.0) + time.perf_counter() - clock
    clock = time.perf_counter()
    records = link(issue, records)  # what one type's rows say about another's (no extractor calls another)
    seconds["link"] = time.perf_counter() - clock
    return records


def _extract_issue(
    meta: SourceMeta,
    text: str,
    encoding: str,
    articles: tuple[Article, ...],
    dated: tuple[date | None, IssueDateSource, str],
    *,
    default_area_code: str | None,
    sha256: str,
    seconds: dict[str, float],
) -> ProcessedIssue:
    """An issue's text and articles (from the segmenter or the markup) to its records, with the
    context every record is resolved against: its date (``dated``: day, source, reason) and area code."""
    issue_date, date_source, reason = dated
    area_code, area_code_reason = resolve_area_code(meta, text, default_area_code)
    ctx = IssueContext(
        issue_id=issue_id_for(meta.paper, issue_date, meta.source_path),
        issue_date=issue_date,
        issue_date_source=date_source,
        paper=meta.paper,
        edition=meta.edition,
        area_code=area_code,
    )
    issue = Issue(ctx=ctx, text=text, articles=articles)
    return ProcessedIssue(
        source_path=meta.source_path,
        content_sha256=sha256,
        encoding=encoding,
        text=text,
        ctx=ctx,
        issue_date_reason=reason,
        area_code_reason=area_code_reason,
        articles=articles,
        records=_extract(issue, seconds),
        extractor_version=extractor_version(),
        fingerprint=run_fingerprint(meta, default_area_code, extractor_version()),
        seconds=seconds,
    )


def process_html_issue(
    pages: Sequence[tuple[str, bytes]],
    meta: SourceMeta,
    *,
    default_area_code: str | None = None,
    sha256: str,
) -> tuple[ProcessedIssue | None, tuple["PageError", ...]]:
    """Extract one issue from e-paper pages (a day folder or one page); articles come from the markup.

    Returns the issue (None when no page could be read) and the pages that could not be read.
    """
    from .html import read_issue
    from .issue_date import infer_issue_date

    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    parsed = read_issue(pages, meta.source_path)
    seconds["parse_html"] = time.perf_counter() - clock
    if not parsed.articles:
        return None, parsed.errors
    if meta.issue_date is not None:
        issue_date, date_source, reason = meta.issue_date, "manifest", "issues.csv or the fetch record"
    elif parsed.issue_date is not None:
        issue_date, date_source, reason = parsed.issue_date, "markup", parsed.date_reason
    else:
        inferred, reason = infer_issue_date(parsed.text)
        issue_date, date_source = inferred, "inferred" if inferred else "unknown"
    issue = _extract_issue(
        meta, parsed.text, parsed.encoding, parsed.articles, (issue_date, date_source, reason),
        default_area_code=default_area_code, sha256=sha256, seconds=seconds,
    )
    return issue, parsed.errors


def decode_issue(data: bytes) -> tuple[str, str, float]:
    """The text and encoding of a raw file, and the seconds decoding took.

    Split from :func:`process_issue` so a caller can drop the bytes (computing their hash first)
    before extraction: on a 50 MB file they are 50 MB held to the end for nothing.
    Raises :class:`extractors.decode.DecodeError` on bad bytes.
    """
    from .decode import decode

    clock = time.perf_counter()
    text, encoding = decode(data)
    return text, encoding, time.perf_counter() - clock


def process_issue(
    data: bytes,
    meta: SourceMeta,
    *,
    default_area_code: str | None = None,
    sha256: str | None = None,
) -> ProcessedIssue:
    """Decode and extract one issue. Raises :class:`extractors.decode.DecodeError` on bad bytes.

    ``default_area_code`` is the ``--area-code`` option: used when neither the manifest nor the
    paper's name gives the area code (see :func:`resolve_area_code`).
    """
    sha256 = sha256 or sha256_hex(data)
    text, encoding, decode_seconds = decode_issue(data)
    return process_text(
        text, encoding, meta, default_area_code=default_area_code, sha256=sha256, decode_seconds=decode_seconds
    )


def process_text(
    text: str,
    encoding: str,
    meta: SourceMeta,
    *,
    default_area_code: str | None = None,
    sha256: str,
    decode_seconds: float = 0.0,
) -> ProcessedIssue:
    """Extract one decoded issue (``sha256`` is the hash of the raw bytes it was decoded from)."""
    from .segment import segment

    seconds: dict[str, float] = {"decode": decode_seconds}
    dated = resolve_issue_date(meta, text)

    clock = time.perf_counter()
    articles = segment(text)
    seconds["segment"] = time.perf_counter() - clock

    return _extract_issue(
        meta, text, encoding, articles, dated,
        default_area_code=default_area_code, sha256=sha256, seconds=seconds,
    )
