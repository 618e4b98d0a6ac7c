"""Discovery and manifest rules: every mistake a person can make becomes an ingest error."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from flows.discover import MANIFEST_NAME, discover


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


# --- Any file tree: every entry is a file to read, an error with a true message, or a deliberate skip.


def entries_of(raw: Path) -> set[str]:
    """Every entry under ``raw`` (links not followed, hidden folders not entered), relative, as stored."""
    from flows.discover import display_name

    found: set[str] = set()
    pending = [""]
    while pending:
        folder = pending.pop()
        for name in os.listdir(raw / folder if folder else raw):
            rel = f"{folder}/{name}" if folder else name
            found.add(display_name(rel))
            if not name.startswith(".") and (raw / rel).is_dir() and not (raw / rel).is_symlink():
                pending.append(rel)
    return found


def accounted(found) -> dict[str, list[str]]:
    """Entry -> how discovery accounted for it (several outcomes for one entry would be a bug)."""
    from flows.discover import display_name

    outcome: dict[str, list[str]] = {}
    for f in found.files:
        outcome.setdefault(display_name(str(f.path.relative_to(f.path.parents[len(Path(f.meta.source_path).parts) - 1]))), []).append("file")
    for e in found.errors:
        if e.source_path.startswith(f"{MANIFEST_NAME}:"):
            continue  # a manifest row, not an entry
        outcome.setdefault(e.source_path, []).append(f"error:{e.error_kind}")
    for s in found.skipped:
        outcome.setdefault(s.source_path, []).append("skipped")
    return outcome


def nasty_tree(raw: Path) -> None:
    write(raw / "ok.txt", "本报讯")
    write(raw / "sub" / "deep.txt", "本报讯")
    os.symlink("loop.txt", raw / "loop.txt")  # a link to itself
    os.symlink("b.txt", raw / "a.txt")
    os.symlink("a.txt", raw / "b.txt")  # a two-link loop
    os.symlink("nowhere.txt", raw / "dangling.txt")
    os.symlink(".", raw / "sub" / "here")  # a link to a folder (a cycle if followed)
    os.symlink("ok.txt", raw / "alias.txt")  # a link to a file inside: read
    os.mkfifo(raw / "pipe.txt")
    (raw / "named.txt").mkdir()
    os.makedirs(raw / ".hidden")
    write(raw / ".hidden" / "x.txt", "x")
    (raw / os.fsdecode(b"\xff\xfe-bad.txt")).write_text("本报讯", encoding="utf-8")  # no encoding reads this
    (raw / os.fsdecode("西安.txt".encode("gbk"))).write_text("本报讯", encoding="utf-8")  # a GBK name


def test_a_nasty_tree_is_read_without_raising_and_every_entry_accounted_for(tmp_path: Path):
    raw = tmp_path / "raw"
    nasty_tree(raw)
    found = discover(raw)
    by_path = {e.source_path: (e.error_kind, e.message) for e in found.errors}
    assert by_path["loop.txt"][0] == "link_loop" and "loop" in by_path["loop.txt"][1]
    assert by_path["a.txt"][0] == by_path["b.txt"][0] == "link_loop"
    assert by_path["dangling.txt"] == ("dangling_link", "dangling.txt is a symbolic link to nowhere.txt, which does not exist: skipped")
    assert by_path["pipe.txt"] == ("not_a_file", "pipe.txt is a named pipe (fifo), not a regular file: skipped")
    assert by_path["named.txt"][0] == "not_a_file"
    assert by_path["\\xff\\xfe-bad.txt"][0] == "bad_file_name"
    assert sorted(f.meta.source_path for f in found.files) == ["alias.txt", "ok.txt", "sub/deep.txt", "西安.txt"]
    assert {s.source_path for s in found.skipped} == {".hidden", "sub/here"}
    assert set(accounted(found)) | {"sub"} == entries_of(raw)


def test_an_unlistable_folder_is_an_error_and_the_rest_is_read(tmp_path: Path, monkeypatch):
    # Tests run as root, who can list anything: the refusal is simulated.
    write(tmp_path / "ok.txt", "本报讯")
    write(tmp_path / "locked" / "x.txt", "本报讯")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover(tmp_path)
    assert [f.meta.source_path for f in found.files] == ["ok.txt"]
    assert [(e.source_path, e.error_kind, e.message) for e in found.errors] == [
        ("locked", "unreadable", "folder locked cannot be listed: Permission denied; its files are not read")
    ]


def test_a_manifest_row_for_a_dangling_link_is_one_error_not_two(tmp_path: Path):
    os.symlink("gone.txt", tmp_path / "a.txt")
    write(tmp_path / "issues.csv", "file,issue_date\na.txt,2023-01-01\n")
    assert kinds(discover(tmp_path)) == [("dangling_link", "a.txt")]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

NAMES = st.sampled_from(["a", "b", "c.txt", "d.txt", ".h", "issues.csv", "名.txt", os.fsdecode(b"\xc0\xc1.txt"), "e.text"])
# One step of building a tree: (kind, folder index, name, link target index).
STEPS = st.lists(
    st.tuples(st.sampled_from(["file", "folder", "link", "fifo"]), st.integers(0, 7), NAMES, st.integers(0, 12)),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_random_trees_never_raise_and_every_entry_is_accounted_for(tmp_path_factory, steps):
    raw = tmp_path_factory.mktemp("raw")
    folders = [raw]
    made = [raw]
    for kind, folder_index, name, target_index in steps:
        here = folders[folder_index % len(folders)] / name
        if os.path.lexists(here):
            continue
        if kind == "file":
            here.write_bytes("本报讯 2023年12月1日".encode())
        elif kind == "folder":
            here.mkdir()
            folders.append(here)
        elif kind == "fifo":
            os.mkfifo(here)
        else:
            # A target anywhere (itself, a folder above, a missing name, outside the raw folder).
            targets = [*made, here, raw.parent, raw / "missing"]
            os.symlink(targets[target_index % len(targets)], here)
        made.append(here)
    found = discover(raw)
    outcomes = accounted(found)
    entries = entries_of(raw)
    walked_folders = {display_name_of(p.relative_to(raw)) for p in folders[1:]}
    assert set(outcomes) - {"issues.csv"} <= entries | {"."}
    missing = entries - set(outcomes) - walked_folders
    assert not missing, f"entries with no outcome: {missing}"
    # A regular file is read unless its name is unreadable or collides with another's.
    assert all(len(v) == 1 for k, v in outcomes.items() if k not in walked_folders), outcomes


def display_name_of(rel: Path) -> str:
    from flows.discover import display_name

    return display_name(rel.as_posix())


# --- The manifest, row by row.

from flows.discover import parse_issue_date  # noqa: E402


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2023-12-01", date(2023, 12, 1)),
        ("2023/12/1", date(2023, 12, 1)),
        ("2023.12.01", date(2023, 12, 1)),
        ("2023_12_01", date(2023, 12, 1)),
        ("20231201", date(2023, 12, 1)),
        ("2023年12月1日", date(2023, 12, 1)),
        ("2023 年 2 月 9 日", date(2023, 2, 9)),
        ("Dec 1 2023", date(2023, 12, 1)),
        ("December 1, 2023", date(2023, 12, 1)),
        ("1 Dec 2023", date(2023, 12, 1)),
        ("Fri, 1 Dec 2023", date(2023, 12, 1)),
        ("25/12/2023", date(2023, 12, 25)),  # 25 can only be the day
        ("12/25/2023", date(2023, 12, 25)),
        ("05/05/2023", date(2023, 5, 5)),  # either order gives the same day
    ],
)
def test_issue_dates_in_common_formats(written, expected):
    assert parse_issue_date(written) == expected


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("01/12/2023", "day or month first"),  # 1 Dec or 12 Jan
        ("2023-02-30", "not a calendar date"),
        ("2023-13-01", "not a calendar date"),
        ("yesterday", "not a date"),
        ("2 days ago", "not a date"),
        ("Dec 2023", "not a date"),  # no day
        ("Dec 1", "not a date"),  # no year
        ("12月1日", "not a date"),
        ("2023-12", "not a date"),
        ("", "not a date"),
    ],
)
def test_issue_dates_that_are_refused_say_why(written, reason):
    with pytest.raises(ValueError, match=reason):
        parse_issue_date(written)


def manifest_rows(found) -> dict[str, tuple]:
    return {f.meta.source_path: (f.meta.issue_date, f.meta.paper) for f in found.files}


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        (b"b.txt,2023-12-02,\xff\xfe\xe6\x97\n", "not UTF-8"),
        (b'b.txt,"2023-12-02,\xe8\xa5\xbf\xe5\xae\x89\xe6\x97\xa5\xe6\x8a\xa5\n', "a quote is opened and never closed"),
        ("b.txt,2023-12-02,西安日报,extra\n".encode(), "has 4 fields but the header names 3"),
    ],
)
def test_a_bad_manifest_row_costs_only_that_row(tmp_path: Path, bad_line: bytes, message: str):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, "本报讯")
    manifest = "file,issue_date,paper\na.txt,2023-12-01,西安日报\n".encode() + bad_line + "c.txt,2023/12/3,西安日报\n".encode()
    (tmp_path / "issues.csv").write_bytes(manifest)
    found = discover(tmp_path)
    assert manifest_rows(found) == {
        "a.txt": (date(2023, 12, 1), "西安日报"),
        "b.txt": (None, None),
        "c.txt": (date(2023, 12, 3), "西安日报"),
    }
    (error,) = found.errors
    assert error.source_path == "issues.csv:3" and message in error.message


def test_a_bad_date_costs_only_the_date(tmp_path: Path):
    write(tmp_path / "a.txt", "本报讯")
    write(tmp_path / "issues.csv", "file,issue_date,paper\na.txt,yesterday,西安日报\n")
    found = discover(tmp_path)
    assert manifest_rows(found) == {"a.txt": (None, "西安日报")}
    assert [e.source_path for e in found.errors] == ["issues.csv:2"]


def test_a_gbk_manifest_is_read(tmp_path: Path):
    write(tmp_path / "a.txt", "本报讯")
    (tmp_path / "issues.csv").write_bytes("file,issue_date,paper\r\na.txt,2023年12月1日,西安日报\r\n".encode("gbk"))
    found = discover(tmp_path)
    assert manifest_rows(found) == {"a.txt": (date(2023, 12, 1), "西安日报")} and found.errors == ()
