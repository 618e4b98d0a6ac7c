"""Finding raw issues: the files of a raw folder and the rows of its manifest (``issues.csv``).

Everything a person could get wrong here (a manifest row for a missing file, a bad date, a path
that leaves the raw folder, a folder named like a file) becomes an :class:`IngestError`, never
an exception that stops the run.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractors.pipeline import SourceMeta
from flows.raw_units import UnitKind, is_day_folder, meta_for_day, unit_kind
from warehouse.load import IngestError

MANIFEST_NAME = "issues.csv"
MANIFEST_COLUMNS = ("file", "issue_date", "paper", "edition", "area_code")


@dataclass(frozen=True, kw_only=True)
class SourceFile:
    """A raw file to consider: its absolute path and what is known of it before reading."""

    path: Path
    meta: SourceMeta
    kind: UnitKind = "text"  # or an e-paper page or day folder (flows/raw_units.py)


@dataclass(frozen=True, kw_only=True)
class Discovery:
    files: tuple[SourceFile, ...]
    errors: tuple[IngestError, ...]


def _inside(root: Path, candidate: Path) -> bool:
    try:
        candidate.resolve().relative_to(root)
    except (ValueError, OSError):
        return False
    return True


def _manifest_error(line: int, message: str) -> IngestError:
    return IngestError(source_path=f"{MANIFEST_NAME}:{line}", error_kind="manifest", message=message)


def read_manifest(raw_dir: Path) -> tuple[dict[str, SourceMeta], list[IngestError]]:
    """Rows of ``raw_dir/issues.csv`` by file name; the first row for a file wins."""
    path = raw_dir / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    errors: list[IngestError] = []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [_manifest_error(0, f"cannot read {MANIFEST_NAME} as UTF-8 text: {exc}")]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames or "issue_date" not in reader.fieldnames:
        return {}, [_manifest_error(1, f"{MANIFEST_NAME} needs a header with at least 'file,issue_date'")]
    root = raw_dir.resolve()
    rows: dict[str, SourceMeta] = {}
    for row in reader:
        line = reader.line_num
        name = (row.get("file") or "").strip()
        if not name:
            errors.append(_manifest_error(line, "row without a file name"))
            continue
        if Path(name).is_absolute() or not _inside(root, root / name):
            errors.append(
                IngestError(
                    source_path=name,
                    error_kind="outside_raw_dir",
                    message=f"{MANIFEST_NAME} line {line} names {name!r}, which is outside the raw folder: refused",
                )
            )
            continue
        if name in rows:
            errors.append(_manifest_error(line, f"second row for {name!r}: the first row (its date {rows[name].issue_date}) wins"))
            continue
        raw_date = (row.get("issue_date") or "").strip()
        issue_date: date | None = None
        if raw_date:
            try:
                issue_date = date.fromisoformat(raw_date)
            except ValueError:
                errors.append(
                    _manifest_error(
                        line,
                        f"issue_date {raw_date!r} for {name!r} is not a date (YYYY-MM-DD); "
                        "the file's date is taken from its name or text instead",
                    )
                )
        rows[name] = SourceMeta(
            source_path=name,
            issue_date=issue_date,
            paper=(row.get("paper") or "").strip() or None,
            edition=(row.get("edition") or "").strip() or None,
            area_code=(row.get("area_code") or "").strip() or None,
        )
    return rows, errors


def discover(raw_dir: str | Path) -> Discovery:
    """Every regular file under ``raw_dir`` (but the manifest and hidden files), sorted by path."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    root = raw_dir.resolve()
    if is_day_folder(raw_dir):
        # `baoxun run raw/paper/2024-03-05`: the folder given is itself one e-paper day.
        meta = meta_for_day(raw_dir, root.name, None)
        return Discovery(files=(SourceFile(path=raw_dir, meta=meta, kind="epaper_day"),), errors=())
    manifest, errors = read_manifest(raw_dir)
    files: list[SourceFile] = []
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(raw_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        # An e-paper day folder is one issue: listed as a unit, not walked into.
        for dirname in [d for d in dirnames if is_day_folder(here / d)]:
            dirnames.remove(dirname)
            path = here / dirname
            rel = path.relative_to(raw_dir).as_posix()
            if _inside(root, path):
                seen.add(rel)
                meta = meta_for_day(path, rel, manifest.get(rel))
                files.append(SourceFile(path=path, meta=meta, kind="epaper_day"))
        for dirname in dirnames:
            if Path(dirname).suffix.lower() in {".txt", ".text"}:
                rel = (here / dirname).relative_to(raw_dir).as_posix()
                errors.append(
                    IngestError(source_path=rel, error_kind="not_a_file", message=f"{rel} is a folder, not a text file: skipped")
                )
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = here / filename
            rel = path.relative_to(raw_dir).as_posix()
            if rel == MANIFEST_NAME:
                continue
            if not _inside(root, path):
                errors.append(
                    IngestError(
                        source_path=rel,
                        error_kind="outside_raw_dir",
                        message=f"{rel} is a link to {os.path.realpath(path)}, outside the raw folder: refused",
                    )
                )
                continue
            seen.add(rel)
            files.append(SourceFile(path=path, meta=manifest.get(rel) or SourceMeta(source_path=rel), kind=unit_kind(path)))
    for name in manifest:
        if name not in seen and not (raw_dir / name).is_dir():
            errors.append(
                IngestError(
                    source_path=name,
                    error_kind="missing",
                    message=f"{MANIFEST_NAME} lists {name!r} but there is no such file in {raw_dir}",
                )
            )
    files.sort(key=lambda f: f.meta.source_path)
    return Discovery(files=tuple(files), errors=tuple(errors))
