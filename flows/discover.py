"""Finding raw issues: the files of a raw folder and the rows of its manifest (``issues.csv``).

Everything a person could get wrong here (a manifest row for a missing file, a bad date, a path
that leaves the raw folder, a folder named like a file) becomes an :class:`IngestError`, never
an exception that stops the run.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractors.pipeline import SourceMeta
from warehouse.load import IngestError

MANIFEST_NAME = "issues.csv"
MANIFEST_COLUMNS = ("file", "issue_date", "paper", "edition", "area_code")


@dataclass(frozen=True, kw_only=True)
class SourceFile:
    """A raw file to consider: its absolute path and what is known of it before reading."""

    path: Path
    meta: SourceMeta


@dataclass(frozen=True, kw_only=True)
class Discovery:
    files: tuple[SourceFile, ...]
    errors: tuple[IngestError, ...]
    skipped: tuple["Skipped", ...] = ()


def _inside(root: Path, candidate: Path) -> bool:
    """Whether ``candidate``, links followed, lies in ``root`` (never raises, even on a link loop)."""
    try:
        # os.path.realpath (non-strict) stops at a loop or a missing target instead of raising
        # RuntimeError/OSError as Path.resolve() does.
        real = os.path.realpath(candidate)
        return os.path.commonpath([real, str(root)]) == str(root)
    except (ValueError, OSError):
        return False


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
    root = Path(os.path.realpath(raw_dir))
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


# What an entry of the raw folder can be, from its lstat() (links are looked at, never followed).
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (fifo)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
# Folder names that hold raw files by convention are read; a folder named like a text file is a mistake.
_FILE_LIKE_FOLDER_SUFFIXES = {".txt", ".text"}


@dataclass(frozen=True, kw_only=True)
class Skipped:
    """An entry of the raw folder deliberately not read (hidden, the manifest itself, a link to a folder)."""

    source_path: str
    reason: str


def display_name(rel: str) -> str:
    """``rel`` as it can be stored and printed: bytes that are not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _readable_name(rel: str) -> str | None:
    """The name to load a file under: its UTF-8 name, or its GB18030 reading (Windows archives), or None."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(rel).decode("gb18030")
    except UnicodeDecodeError:
        return None


class _Walk:
    """One walk of the raw folder: every entry ends up a file, an error or a skip, never an exception."""

    def __init__(self, raw_dir: Path, root: str) -> None:
        self.raw_dir = raw_dir
        self.root = root
        self.files: list[SourceFile] = []
        self.errors: list[IngestError] = []
        self.skipped: list[Skipped] = []
        self.names: dict[str, str] = {}  # loaded name -> the entry it came from
        self.folders: list[str] = []  # folders walked (relative), for callers that account for entries

    def error(self, rel: str, kind: str, message: str) -> None:
        self.errors.append(IngestError(source_path=display_name(rel), error_kind=kind, message=message))

    def run(self) -> None:
        pending = [""]
        while pending:
            folder = pending.pop()
            self.folders.append(folder)
            path = self.raw_dir / folder if folder else self.raw_dir
            try:
                with os.scandir(path) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as exc:
                shown = display_name(folder or ".")
                self.error(folder or ".", "unreadable", f"folder {shown} cannot be listed: {exc.strerror or exc}; its files are not read")
                continue
            subfolders = []
            for entry in entries:
                rel = f"{folder}/{entry.name}" if folder else entry.name
                if self.visit(entry, rel):
                    subfolders.append(rel)
            pending.extend(reversed(subfolders))

    def visit(self, entry: os.DirEntry, rel: str) -> bool:
        """Account for one entry; True when it is a folder to walk into."""
        shown = display_name(rel)
        if entry.name.startswith("."):
            self.skipped.append(Skipped(source_path=shown, reason="hidden"))
            return False
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError as exc:
            self.error(rel, "unreadable", f"{shown} cannot be examined: {exc.strerror or exc}")
            return False
        if stat.S_ISLNK(info.st_mode):
            return self.visit_link(entry, rel, shown)
        return self.visit_kind(entry.path, rel, shown, info.st_mode)

    def visit_link(self, entry: os.DirEntry, rel: str, shown: str) -> bool:
        try:
            target = os.readlink(entry.path)
        except OSError as exc:
            target = f"? ({exc.strerror or exc})"
        target_shown = display_name(os.fsdecode(target))
        try:
            info = os.stat(entry.path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.error(rel, "link_loop", f"{shown} is a symbolic link that leads back to itself (a loop, via {target_shown}): skipped")
            elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
                self.error(rel, "dangling_link", f"{shown} is a symbolic link to {target_shown}, which does not exist: skipped")
            else:
                self.error(rel, "unreadable", f"{shown} is a symbolic link to {target_shown}, which cannot be examined: {exc.strerror or exc}")
            return False
        if not _inside(Path(self.root), Path(entry.path)):
            self.error(rel, "outside_raw_dir", f"{shown} is a link to {display_name(os.path.realpath(entry.path))}, outside the raw folder: refused")
            return False
        if stat.S_ISDIR(info.st_mode):
            # Its files are read where they really are (inside the raw folder): following the link
            # would read them twice, and links between folders can form cycles.
            self.skipped.append(Skipped(source_path=shown, reason=f"a link to the folder {target_shown}, read under its own name"))
            return False
        return self.visit_kind(entry.path, rel, shown, info.st_mode)

    def visit_kind(self, path: str, rel: str, shown: str, mode: int) -> bool:
        if stat.S_ISDIR(mode):
            if Path(rel).suffix.lower() in _FILE_LIKE_FOLDER_SUFFIXES:
                self.error(rel, "not_a_file", f"{shown} is a folder, not a text file: its own name is not read (files inside it are)")
            return True
        for is_kind, what in _SPECIAL_KINDS:
            if is_kind(mode):
                self.error(rel, "not_a_file", f"{shown} is {what}, not a regular file: skipped")
                return False
        if not stat.S_ISREG(mode):
            self.error(rel, "not_a_file", f"{shown} is not a regular file (mode {oct(mode)}): skipped")
            return False
        if rel == MANIFEST_NAME:
            self.skipped.append(Skipped(source_path=shown, reason="the manifest"))
            return False
        name = _readable_name(rel)
        if name is None:
            self.error(rel, "bad_file_name", f"the name {shown} is neither UTF-8 nor GB18030: rename the file to read it")
            return False
        if name in self.names:
            self.error(rel, "bad_file_name", f"the name {shown} reads as {name!r}, the name of another file ({display_name(self.names[name])}): rename one")
            return False
        self.names[name] = rel
        self.files.append(SourceFile(path=Path(path), meta=SourceMeta(source_path=name)))
        return False


def discover(raw_dir: str | Path) -> Discovery:
    """Every regular file under ``raw_dir`` (but the manifest and hidden files), sorted by path.

    Every other entry (a link loop, a dangling link, a fifo or socket, an unreadable folder, a
    name in no known encoding) is an :class:`IngestError`; nothing here raises but a missing raw folder.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    root = os.path.realpath(raw_dir)
    manifest, errors = read_manifest(raw_dir)
    walk = _Walk(raw_dir, root)
    walk.run()
    errors.extend(walk.errors)
    files = [
        SourceFile(path=f.path, meta=manifest.get(f.meta.source_path) or f.meta)
        for f in walk.files
    ]
    seen = {f.meta.source_path for f in files}
    for name in manifest:
        if name in seen:
            continue
        try:
            is_folder = (raw_dir / name).is_dir()
        except OSError:
            is_folder = False
        if not is_folder and not any(e.source_path == name for e in walk.errors):
            errors.append(
                IngestError(
                    source_path=name,
                    error_kind="missing",
                    message=f"{MANIFEST_NAME} lists {name!r} but there is no such file in {raw_dir}",
                )
            )
    files.sort(key=lambda f: f.meta.source_path)
    return Discovery(files=tuple(files), errors=tuple(errors), skipped=tuple(walk.skipped))
