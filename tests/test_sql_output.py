"""`baoxun sql` output: whole values always; a table when it fits, records when not, CSV into a pipe."""

from __future__ import annotations

import io
from datetime import date

import pytest

from flows.report import choose_sql_format, print_rows, vertical_records

COLUMNS = ["issue_id", "issue_date", "paper", "title"]
ROWS = [
    ("iss_a4b819f338fa324c", date(2021, 12, 21), "太原日报", "市政府召开常务会议研究部署冬季供暖和大气污染防治工作"),
    ("iss_82d48f64161120f3", date(2023, 11, 30), "太原日报", None),
]


def rendered(fmt: str, *, is_tty: bool, width: int, rows=ROWS, columns=COLUMNS) -> tuple[str, str]:
    out = io.StringIO()
    used = print_rows(columns, rows, fmt, out=out, is_tty=is_tty, width=width)
    return used, out.getvalue()


@pytest.mark.parametrize(
    ("is_tty", "width", "columns", "expected"),
    [
        (False, 80, COLUMNS, "csv"),  # a pipe or a file: CSV
        (False, 400, COLUMNS, "csv"),
        (True, 80, COLUMNS, "vertical"),  # too wide for 80 columns: one record per block
        (True, 200, COLUMNS, "table"),  # fits
        (True, 80, ["issue_id", "issue_date"], "table"),
    ],
)
def test_auto_format(is_tty, width, columns, expected):
    rows = [row[: len(columns)] for row in ROWS]
    assert rendered("auto", is_tty=is_tty, width=width, rows=rows, columns=columns)[0] == expected


@pytest.mark.parametrize(("fmt", "is_tty", "width"), [("auto", True, 80), ("auto", False, 80), ("table", False, 80), ("table", True, 200), ("vertical", True, 40)])
def test_values_are_never_cut(fmt, is_tty, width):
    _, text = rendered(fmt, is_tty=is_tty, width=width)
    flat = text.replace("\n", "").replace(" ", "").replace("|", "").replace("│", "")
    for value in ("iss_a4b819f338fa324c", "2021-12-21", "2023-11-30", "市政府召开常务会议研究部署冬季供暖和大气污染防治工作"):
        assert value in flat, (fmt, text)
    assert "…" not in text


def test_vertical_records_wrap_long_values_to_the_terminal():
    text = vertical_records(["title"], [["字" * 60]], width=40)
    lines = text.splitlines()
    assert lines[0].startswith("-[ RECORD 1 ]")
    assert all(len(line) <= 40 for line in lines[1:]) or all(sum(2 if "\u4e00" <= c <= "\u9fff" else 1 for c in line) <= 40 for line in lines[1:])
    assert "".join(line.split("| ", 1)[1] for line in lines[1:]) == "字" * 60


def test_csv_in_a_pipe_has_a_header_and_empty_nulls():
    _, text = rendered("auto", is_tty=False, width=80)
    assert text.splitlines() == [
        "issue_id,issue_date,paper,title",
        "iss_a4b819f338fa324c,2021-12-21,太原日报,市政府召开常务会议研究部署冬季供暖和大气污染防治工作",
        "iss_82d48f64161120f3,2023-11-30,太原日报,",
    ]


def test_choose_keeps_an_explicit_format():
    assert choose_sql_format("json", COLUMNS, [], is_tty=True, width=10) == "json"
