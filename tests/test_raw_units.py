"""E-paper raw units: a day folder is one issue, a lone page is one, the fetch record names the paper."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flows.discover import discover
from flows.raw_units import read_bundle, split_bundle


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    write(tmp_path / "a.txt", "本报讯")
    write(tmp_path / "ceshi" / "2024-03-05" / "node_1.htm", "<html></html>")
    write(tmp_path / "ceshi" / "2024-03-05" / "content_9.htm", "<html></html>")
    write(tmp_path / "ceshi" / "2024-03-05" / "p1.pdf", b"%PDF-1.4")
    write(tmp_path / "ceshi" / "2024-03-05" / ".fetch.json",
          json.dumps({"paper_name": "测试晨报", "area_code": "0355", "issue_date": "2024-03-05"}))
    write(tmp_path / "saved" / "html" / "2024-03" / "06" / "content_1.htm", "<html></html>")
    write(tmp_path / "news" / "2024-03-07" / ".fetch.json", json.dumps({"paper_name": "测试新闻网"}))
    write(tmp_path / "news" / "2024-03-07" / "a1.html", "<html></html>")
    write(tmp_path / "pages" / "one.html", "<html></html>")
    return tmp_path


def test_day_folders_are_units_and_are_not_walked_into(raw):
    found = discover(raw)
    assert found.errors == ()
    assert [(f.meta.source_path, f.kind) for f in found.files] == [
        ("a.txt", "text"),
        ("ceshi/2024-03-05", "epaper_day"),
        ("news/2024-03-07", "epaper_day"),
        ("pages/one.html", "html_page"),
        ("saved/html/2024-03/06", "epaper_day"),
    ]


def test_the_fetch_record_gives_paper_area_code_and_date_and_a_manifest_row_wins(raw):
    by_path = {f.meta.source_path: f.meta for f in discover(raw).files}
    fetched = by_path["ceshi/2024-03-05"]
    assert (fetched.paper, fetched.area_code, fetched.issue_date) == ("测试晨报", "0355", date(2024, 3, 5))
    assert by_path["saved/html/2024-03/06"].paper is None
    write(raw / "issues.csv", "file,issue_date,paper,area_code\nceshi/2024-03-05,2024-03-04,另一报,0356\n")
    fetched = {f.meta.source_path: f.meta for f in discover(raw).files}["ceshi/2024-03-05"]
    assert (fetched.paper, fetched.area_code, fetched.issue_date) == ("另一报", "0356", date(2024, 3, 4))


def test_a_day_bundle_holds_only_its_pages_and_changes_with_any_of_them(raw):
    day = raw / "ceshi" / "2024-03-05"
    bundle = read_bundle(day)
    assert [name for name, _ in split_bundle(bundle, "d")] == ["d/content_9.htm", "d/node_1.htm"]
    write(day / "p2.pdf", b"%PDF-1.5")
    write(day / ".fetch.json", "{}")
    assert read_bundle(day) == bundle
    write(day / "content_10.htm", "<html></html>")
    assert read_bundle(day) != bundle


def test_a_day_folder_given_as_the_raw_folder_is_one_issue(raw):
    found = discover(raw / "ceshi" / "2024-03-05")
    assert [(f.meta.source_path, f.kind, f.meta.paper) for f in found.files] == [("2024-03-05", "epaper_day", "测试晨报")]


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (("nbs.D110000sfrb_01.htm", "nw.D110000sfrb_20240305_1-01.htm"), "epaper_day"),
        (("nw.D110000sfrb_20240305_2-A03.htm",), "epaper_day"),
        (("node_A01.html", "content_555.html"), "epaper_day"),
        (("node_B02.html",), "epaper_day"),
        # pages of no Founder name are pages, each its own issue
        (("index.html", "a1.html"), "html_page"),
        (("nbs_01.htm",), "html_page"),
    ],
)
def test_founder_file_names_make_a_saved_day(tmp_path: Path, names, kind):
    for name in names:
        write(tmp_path / "saved" / "2024-03-05" / name, "<html></html>")
    assert {f.kind for f in discover(tmp_path).files} == {kind}
