"""What a big file no longer costs (issue 13), specified by what must stay the same.

The raw bytes are dropped once hashed and decoded (``decode_issue`` + ``process_text`` give what
``process_issue`` gives), and notices' containment check is one comparison per notice (it keeps
what comparing with every kept notice kept).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.notices import outside_earlier_of_kind
from extractors.pipeline import SourceMeta, decode_issue, process_issue, process_text, sha256_hex
from tests.conftest import sample_text


def _notice(start: int, end: int, kind: str = "通告") -> SimpleNamespace:
    return SimpleNamespace(char_start=start, char_end=end, kind=kind)


def _kept_by_comparing_all(ordered):
    """The definition: a notice goes when an earlier kept notice of its kind contains it."""
    kept = []
    for notice in ordered:
        if any(k.char_start <= notice.char_start and notice.char_end <= k.char_end and k.kind == notice.kind for k in kept):
            continue
        kept.append(notice)
    return kept


def _spans(notices):
    return [(n.char_start, n.char_end, n.kind) for n in notices]


@pytest.mark.parametrize(
    "notices, kept",
    [
        ([(0, 100, "通告"), (10, 50, "通告")], [(0, 100, "通告")]),  # inside one of its kind: goes
        ([(0, 100, "通告"), (10, 50, "公告")], [(0, 100, "通告"), (10, 50, "公告")]),  # another kind: stays
        ([(0, 100, "通告"), (50, 150, "通告")], [(0, 100, "通告"), (50, 150, "通告")]),  # overlapping, not inside
        ([(0, 100, "通告"), (0, 100, "通告")], [(0, 100, "通告")]),  # the same span twice
        ([(0, 100, "通告"), (10, 20, "公告"), (30, 90, "通告")], [(0, 100, "通告"), (10, 20, "公告")]),
        ([(0, 10, "通告"), (20, 30, "通告"), (25, 30, "通告")], [(0, 10, "通告"), (20, 30, "通告")]),
        ([(0, 10, "通告"), (20, 30, "通告"), (25, 35, "通告")], [(0, 10, "通告"), (20, 30, "通告"), (25, 35, "通告")]),
        ([], []),
    ],
)
def test_a_notice_inside_an_earlier_one_of_its_kind_is_no_second_notice(notices, kept):
    assert _spans(outside_earlier_of_kind([_notice(*n) for n in notices])) == kept


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 30), st.sampled_from(["通告", "公告", "启事"])),
        max_size=40,
    )
)
def test_the_one_pass_check_keeps_what_comparing_with_every_kept_notice_keeps(raw):
    notices = sorted((_notice(start, start + length, kind) for start, length, kind in raw), key=lambda n: (n.char_start, -n.char_end))
    assert outside_earlier_of_kind(notices) == _kept_by_comparing_all(notices)


@pytest.mark.parametrize("name, encoding", [("000_c8ec1aa436eee989.txt", "utf-8"), ("004_905e4ef74a0b722d.txt", "gb18030")])
def test_decoding_apart_from_extraction_gives_the_same_issue(name, encoding):
    data = sample_text(name).encode(encoding)
    meta = SourceMeta(source_path="an-issue.txt")
    whole = process_issue(data, meta, default_area_code="0351")
    text, found_encoding, _ = decode_issue(data)
    apart = process_text(text, found_encoding, meta, default_area_code="0351", sha256=sha256_hex(data))
    assert apart.content_sha256 == whole.content_sha256 == sha256_hex(data)
    assert (apart.encoding, apart.text, apart.ctx, apart.articles, apart.records) == (
        whole.encoding, whole.text, whole.ctx, whole.articles, whole.records
    )
    assert {"decode", "segment"} <= set(apart.seconds)


@pytest.mark.parametrize(
    "values",
    [["本报讯 某市举行会议", None, "", "𠀀 outside the basic plane", "plain ascii"], [None, None], []],
)
def test_whole_text_columns_load_the_same_text_and_leave_no_utf8_copy_in_the_strings(values):
    import sys

    import duckdb

    from warehouse.load import _insert_rows

    strings = [v * 1000 if v else v for v in values]
    sizes = [sys.getsizeof(v) for v in strings]
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (n INTEGER, body VARCHAR)")  # articles.body: a whole-text column
    _insert_rows(con, "articles", [{"n": i, "body": v} for i, v in enumerate(strings)])
    assert [row[0] for row in con.execute("SELECT body FROM articles ORDER BY n").fetchall()] == strings
    assert [sys.getsizeof(v) for v in strings] == sizes  # Python kept no UTF-8 form inside them


@pytest.mark.parametrize("whole_texts", [True, False])
@pytest.mark.parametrize(
    "values",
    [
        ["本报讯 某市举行会议", None, "", "𠀀 outside the basic plane", "plain ascii"],
        ["会期三天".encode("utf-8"), "已编码的与未编码的并存", None],  # a worker's encoded text among strings
        [None, None],
        [],
    ],
)
def test_a_text_column_holds_the_same_values_whichever_way_it_is_handed_to_arrow(values, whole_texts):
    import pyarrow as pa

    from warehouse.load import _column

    expected = [v.decode("utf-8") if isinstance(v, bytes) else v for v in values]
    assert _column(values, pa.string(), whole_texts).to_pylist() == expected
