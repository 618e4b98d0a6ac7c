"""Finding raw issues: the files of a raw folder and the rows of its manifest (``issues.csv``).

Everything a person could get wrong here (a manifest row for a missing file, a bad date, a path
that leaves the raw folder, a folder named like a file) becomes an :class:`IngestError`, never
an exception that stops the run.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import stat
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
    skipped: tuple["Skipped", ...] = ()
    # The errors that are entries of the raw folder (a link loop, a fifo...), as opposed to manifest rows.
    entry_errors: tuple[IngestError, ...] = ()


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


# Year-first numeric dates (the Chinese order): 2023-12-01, 2023/12/1, 2023.12.01, 2023_12_01, 20231201, 2023年12月1日.
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})(?:(?P<sep>[-/._])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))")
_CJK_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?")
# Day and month before the year (01/12/2023): readable only when one of them is above 12.
_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})")
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_DATEPARSER_SETTINGS = {
    # Numbers without a month word are handled above; for the rest (Dec 1 2023, 1 December 2023) the
    # month word decides, and YMD only breaks ties the way Chinese dates are written.
    "DATE_ORDER": "YMD",
    # Day, month and year must all be printed: "Dec 2023" or "Dec 1" is not an issue date.
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_RELATIVE_WORDS = re.compile(r"(?i)\b(?:today|yesterday|tomorrow|ago|now|next|last|this|in)\b")
DATE_FORMATS_HELP = "2023-12-01, 2023/12/1, 2023.12.01, 20231201, 2023年12月1日, Dec 1 2023 or 1 December 2023"


def parse_issue_date(value: str) -> date:
    """An issue date as people write it in a spreadsheet; ValueError (with the reason) otherwise."""
    text = value.strip()
    try:
        return _parse_issue_date(text)
    except ValueError as exc:
        if text in str(exc):
            raise
        raise ValueError(f"{text!r} is not a calendar date ({exc})") from None


def _parse_issue_date(text: str) -> date:
    match = _YEAR_FIRST.fullmatch(text) or _CJK_DATE.fullmatch(text)
    if match:
        return date(int(match["y"]), int(match["m"] or match.groupdict().get("m2")), int(match["d"] or match.groupdict().get("d2")))
    match = _YEAR_LAST.fullmatch(text)
    if match:
        first, second = int(match["a"]), int(match["b"])
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(f"{text!r} could be {first}/{second} or {second}/{first} (day or month first); write {match['y']}-MM-DD")
        day, month = (first, second) if first > 12 or first == second else (second, first)
        return date(int(match["y"]), month, day)
    if _MONTH_WORD.search(text) and not _RELATIVE_WORDS.search(text):
        import dateparser  # only for month words: ~0.3 s to import

        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
        if parsed is not None:
            return parsed.date()
    raise ValueError(f"{text!r} is not a date (write {DATE_FORMATS_HELP})")


def _decode_lines(data: bytes) -> tuple[list[str | None], str]:
    """The manifest's physical lines as text (None for a line that cannot be decoded) and the encoding.

    A manifest saved by a Chinese spreadsheet is often GB18030/GBK: when no line with non-ASCII
    bytes reads as UTF-8 and the whole file reads as GB18030, it is that.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    raw_lines = data.split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    decoded: list[str | None] = []
    utf8_non_ascii = 0
    for raw in raw_lines:
        raw = raw.removesuffix(b"\r")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            continue
        utf8_non_ascii += not raw.isascii()
        decoded.append(line)
    if None in decoded and utf8_non_ascii == 0:
        try:
            return [raw.removesuffix(b"\r").decode("gb18030") for raw in raw_lines], "gb18030"
        except UnicodeDecodeError:
            pass
    return decoded, "utf-8"


def _split_row(line: str) -> list[str]:
    """One CSV line's fields; csv.Error for an unclosed quote or stray quote characters."""
    if line.count('"') % 2:
        raise csv.Error("a quote is opened and never closed")
    return next(csv.reader([line], strict=True), [])


def read_manifest(raw_dir: Path) -> tuple[dict[str, SourceMeta], list[IngestError]]:
    """Rows of ``raw_dir/issues.csv`` by file name; the first row for a file wins.

    Read line by line: a row that cannot be read (bad bytes, an unclosed quote, more fields than
    the header, a bad date) is an error for that row, with its line number; the other rows keep
    their paper and date. A row is one line (no line breaks inside quoted fields).
    """
    path = raw_dir / MANIFEST_NAME
    try:
        if not path.is_file():
            return {}, []
        data = path.read_bytes()
    except OSError as exc:
        return {}, [_manifest_error(0, f"cannot read {MANIFEST_NAME}: {exc.strerror or exc}")]
    lines, _encoding = _decode_lines(data)
    header_line = next((i for i, line in enumerate(lines) if line is None or line.strip()), None)
    if header_line is None:
        return {}, []
    header: list[str] = []
    if lines[header_line] is not None:
        try:
            header = [h.strip().lower() for h in _split_row(lines[header_line])]
        except csv.Error:
            header = []
    if "file" not in header or "issue_date" not in header:
        return {}, [_manifest_error(header_line + 1, f"{MANIFEST_NAME} needs a header with at least 'file,issue_date'")]
    root = Path(os.path.realpath(raw_dir))
    errors: list[IngestError] = []
    rows: dict[str, SourceMeta] = {}
    for index in range(header_line + 1, len(lines)):
        line_number = index + 1
        line = lines[index]
        if line is None:
            errors.append(_manifest_error(line_number, "the row has bytes that are not UTF-8 text: row skipped (save the file as UTF-8)"))
            continue
        if not line.strip():
            continue
        try:
            fields = _split_row(line)
        except csv.Error as exc:
            errors.append(_manifest_error(line_number, f"the row cannot be read as CSV ({exc}): row skipped"))
            continue
        if len(fields) > len(header):
            errors.append(
                _manifest_error(line_number, f"the row has {len(fields)} fields but the header names {len(header)} columns ({','.join(header)}): row skipped")
            )
            continue
        row = dict(zip(header, (f.strip() for f in fields)))
        meta, problems = _manifest_row(row, line_number, root, rows)
        errors.extend(problems)
        if meta is not None:
            rows[meta.source_path] = meta
    return rows, errors


def _manifest_row(row: dict[str, str], line: int, root: Path, earlier: dict[str, SourceMeta]) -> tuple[SourceMeta | None, list[IngestError]]:
    name = row.get("file") or ""
    if not name:
        return None, [_manifest_error(line, "row without a file name")]
    if Path(name).is_absolute() or not _inside(root, root / name):
        return None, [
            IngestError(
                source_path=name,
                error_kind="outside_raw_dir",
                message=f"{MANIFEST_NAME} line {line} names {name!r}, which is outside the raw folder: refused",
            )
        ]
    if name in earlier:
        return None, [_manifest_error(line, f"second row for {name!r}: the first row (its date {earlier[name].issue_date}) wins")]
    problems: list[IngestError] = []
    issue_date: date | None = None
    raw_date = row.get("issue_date") or ""
    if raw_date:
        try:
            issue_date = parse_issue_date(raw_date)
        except ValueError as exc:
            problems.append(_manifest_error(line, f"issue_date for {name!r}: {exc}; the file's date is taken from its name or text instead"))
    meta = SourceMeta(
        source_path=name,
        issue_date=issue_date,
        paper=row.get("paper") or None,
        edition=row.get("edition") or None,
        area_code=row.get("area_code") or None,
    )
    return meta, problems


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
        if stat.S_ISDIR(mode) and is_day_folder(Path(path)):
            # An e-paper day folder (node and content pages) is one issue: listed as a unit, not walked into.
            return self.add(path, rel, shown, "epaper_day")
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
        return self.add(path, rel, shown, unit_kind(Path(path)))

    def add(self, path: str, rel: str, shown: str, kind: UnitKind) -> bool:
        name = _readable_name(rel)
        if name is None:
            self.error(rel, "bad_file_name", f"the name {shown} is neither UTF-8 nor GB18030: rename the file to read it")
            return False
        if name in self.names:
            self.error(rel, "bad_file_name", f"the name {shown} reads as {name!r}, the name of another file ({display_name(self.names[name])}): rename one")
            return False
        self.names[name] = rel
        self.files.append(SourceFile(path=Path(path), meta=SourceMeta(source_path=name), kind=kind))
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
    if is_day_folder(raw_dir):
        # `baoxun run raw/paper/2024-03-05`: the folder given is itself one e-paper day.
        meta = meta_for_day(raw_dir, Path(root).name, None)
        return Discovery(files=(SourceFile(path=raw_dir, meta=meta, kind="epaper_day"),), errors=())
    manifest, errors = read_manifest(raw_dir)
    walk = _Walk(raw_dir, root)
    walk.run()
    errors.extend(walk.errors)
    files = [
        SourceFile(
            path=f.path,
            meta=meta_for_day(f.path, f.meta.source_path, manifest.get(f.meta.source_path))
            if f.kind == "epaper_day" else manifest.get(f.meta.source_path) or f.meta,
            kind=f.kind,
        )
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
    return Discovery(files=tuple(files), errors=tuple(errors), skipped=tuple(walk.skipped), entry_errors=tuple(walk.errors))
