"""Discovery and manifest rules: every mistake a person can make becomes an ingest error."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from flows.discover import discover


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def kinds(found) -> list[tuple[str, str]]:
    return sorted((e.error_kind, e.source_path) for e in found.errors)


def test_manifest_gives_dates_paper_and_area_code(tmp_path: Path):
    write(tmp_path / "a.txt", "本报讯")
    write(tmp_path / "issues.csv", "file,issue_date,paper,edition,area_code\na.txt,2023-12-01,太原日报,01,0351\n")
    found = discover(tmp_path)
    assert found.errors == ()
    (only,) = found.files
    assert (only.meta.source_path, only.meta.issue_date, only.meta.paper, only.meta.edition, only.meta.area_code) == (
        "a.txt",
        date(2023, 12, 1),
        "太原日报",
        "01",
        "0351",
    )


def test_files_without_manifest_row_are_still_found(tmp_path: Path):
    write(tmp_path / "2023-12-01.txt", "x")
    write(tmp_path / "sub" / "b.txt", "y")
    write(tmp_path / ".hidden.txt", "z")
    assert [f.meta.source_path for f in discover(tmp_path).files] == ["2023-12-01.txt", "sub/b.txt"]


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        ("file,issue_date\nmissing.txt,2023-01-01\n", [("missing", "missing.txt")]),
        ("file,issue_date\na.txt,2023-02-30\n", [("manifest", "issues.csv:2")]),
        ("file,issue_date\na.txt,yesterday\n", [("manifest", "issues.csv:2")]),
        ("file,issue_date\na.txt,2023-01-01\na.txt,2023-01-02\n", [("manifest", "issues.csv:3")]),
        ("file,issue_date\n../../etc/passwd,2023-01-01\n", [("outside_raw_dir", "../../etc/passwd")]),
        ("file,issue_date\n/etc/passwd,2023-01-01\n", [("outside_raw_dir", "/etc/passwd")]),
        ("name,date\na.txt,2023-01-01\n", [("manifest", "issues.csv:1")]),
        ("file,issue_date\na.txt,2023-01-01\n", []),
    ],
)
def test_manifest_mistakes_are_recorded_not_raised(tmp_path: Path, manifest: str, expected):
    write(tmp_path / "a.txt", "本报讯")
    write(tmp_path / "issues.csv", manifest)
    found = discover(tmp_path)
    assert kinds(found) == expected
    assert [f.meta.source_path for f in found.files] == ["a.txt"]


def test_first_manifest_row_wins(tmp_path: Path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "issues.csv", "file,issue_date\na.txt,2023-01-01\na.txt,2023-01-02\n")
    assert discover(tmp_path).files[0].meta.issue_date == date(2023, 1, 1)


def test_bad_manifest_date_falls_back_to_other_rules(tmp_path: Path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "issues.csv", "file,issue_date,paper\na.txt,2023-13-01,太原日报\n")
    meta = discover(tmp_path).files[0].meta
    assert (meta.issue_date, meta.paper) == (None, "太原日报")


def test_symlink_out_of_raw_dir_is_refused(tmp_path: Path):
    outside = write(tmp_path / "secret.txt", "secret")
    raw = tmp_path / "raw"
    raw.mkdir()
    os.symlink(outside, raw / "link.txt")
    write(raw / "ok.txt", "本报讯")
    found = discover(raw)
    assert kinds(found) == [("outside_raw_dir", "link.txt")]
    assert [f.meta.source_path for f in found.files] == ["ok.txt"]


def test_folder_named_like_a_raw_file_is_reported(tmp_path: Path):
    (tmp_path / "2023-12-01.txt").mkdir()
    write(tmp_path / "issues.csv", "file,issue_date\n2023-12-01.txt,2023-12-01\n")
    found = discover(tmp_path)
    assert kinds(found) == [("not_a_file", "2023-12-01.txt")]
    assert found.files == ()


def test_missing_raw_folder_is_an_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        discover(tmp_path / "nope")
