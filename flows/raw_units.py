"""Raw units besides text files: e-paper day folders and single HTML pages.

A *day folder* is a folder holding Founder pages (``node_N.htm`` / ``content_N.htm``), saved by
hand or by ``baoxun fetch`` (which also writes ``.fetch.json`` beside them: paper, area code, date).
The whole folder is one issue; its content hash covers every page in it, so a page fetched later
makes the issue re-extracted. A lone ``.htm``/``.html`` file is an issue of one article page.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Literal

from extractors.html import CONTENT_NAME, NODE_NAME, is_html_name
from extractors.pipeline import SourceMeta

UnitKind = Literal["text", "html_page", "epaper_day"]
FETCH_RECORD = ".fetch.json"
_BUNDLE_MAGIC = b"baoxun-epaper-day\n"


def is_day_folder(path: Path) -> bool:
    """A folder with Founder node or content pages directly in it, or one ``baoxun fetch`` filled."""
    try:
        names = os.listdir(path)
    except OSError:
        return False
    return FETCH_RECORD in names or any(NODE_NAME.match(n) or CONTENT_NAME.match(n) for n in names)


def unit_kind(path: Path) -> UnitKind:
    if path.is_dir():
        return "epaper_day"
    return "html_page" if is_html_name(path.name) else "text"


def page_files(folder: Path) -> list[Path]:
    """The HTML pages of a day folder, sorted by name (hidden files, PDFs and images left out)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and is_html_name(p.name))


def read_bundle(folder: Path) -> bytes:
    """Every page of a day folder in one byte string (name, length, bytes per page): what gets hashed."""
    chunks = [_BUNDLE_MAGIC]
    for page in page_files(folder):
        data = page.read_bytes()
        chunks.append(f"{page.name}\0{len(data)}\0".encode())
        chunks.append(data)
    return b"".join(chunks)


def split_bundle(bundle: bytes, folder_name: str) -> list[tuple[str, bytes]]:
    """The pages of a :func:`read_bundle` byte string, each named ``folder/page``."""
    if not bundle.startswith(_BUNDLE_MAGIC):
        raise ValueError("not a day-folder bundle")
    pages: list[tuple[str, bytes]] = []
    at = len(_BUNDLE_MAGIC)
    while at < len(bundle):
        name_end = bundle.index(b"\0", at)
        size_end = bundle.index(b"\0", name_end + 1)
        name = bundle[at:name_end].decode()
        size = int(bundle[name_end + 1 : size_end])
        pages.append((f"{folder_name}/{name}", bundle[size_end + 1 : size_end + 1 + size]))
        at = size_end + 1 + size
    return pages


def fetch_record(folder: Path) -> dict:
    try:
        return json.loads((folder / FETCH_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def meta_for_day(folder: Path, rel: str, manifest_row: SourceMeta | None) -> SourceMeta:
    """A manifest row wins; else what ``baoxun fetch`` recorded (paper, area code, date)."""
    if manifest_row is not None:
        return manifest_row
    record = fetch_record(folder)
    issue_date = None
    if record.get("issue_date"):
        try:
            issue_date = date.fromisoformat(record["issue_date"])
        except ValueError:
            issue_date = None
    return SourceMeta(
        source_path=rel,
        issue_date=issue_date,
        paper=record.get("paper_name") or None,
        area_code=record.get("area_code") or None,
    )


__all__ = ["FETCH_RECORD", "UnitKind", "is_day_folder", "meta_for_day", "page_files", "read_bundle", "split_bundle", "unit_kind"]


def process_html_unit(source, data: bytes, area_code: str | None, sha: str, errors: list):
    """Extract an HTML unit; each unreadable page becomes an ``ingest_errors`` row in ``errors``.

    Returns None (and an error for the unit) when no page of it could be read.
    """
    from extractors.pipeline import process_html_issue
    from warehouse.load import IngestError

    rel = source.meta.source_path
    if source.kind == "epaper_day":
        pages = split_bundle(data, rel)
    else:
        pages = [(rel, data)]
    issue, page_errors = process_html_issue(
        pages, source.meta, default_area_code=area_code, sha256=sha
    )
    for page_error in page_errors:
        if page_error.name == rel:
            continue  # a one-page unit: reported once, below
        errors.append(IngestError(source_path=page_error.name, error_kind=page_error.kind, message=page_error.message))
    if issue is None:
        why = page_errors[0].message if len(pages) == 1 and page_errors else (
            f"{rel}: none of its {len(pages)} pages has an article ({len(page_errors)} unreadable)"
        )
        kind = page_errors[0].kind if len(pages) == 1 and page_errors else "no_articles"
        errors.append(IngestError(source_path=rel, error_kind=kind, message=why, content_sha256=sha))
    return issue
