"""Nothing lost: every kind of bad input loads or lands in ingest_errors, and extraction never
breaks its own invariants (evidence at its offsets, ordered ranges, no text dropped)."""

from __future__ import annotations

import codecs
import dataclasses
import random
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.decode import DecodeError
from extractors.pipeline import SourceMeta, process_issue
from extractors.segment import segment
from flows import ingest as ingest_module
from warehouse import db as warehouse_db
from warehouse import load as load_module
from flows.discover import SourceFile
from flows.ingest import PlannedFile, TransientIOError, ingest, process_files
from tests.conftest import RAW, SAMPLES, sample_text

SAMPLE_000 = "000_c8ec1aa436eee989.txt"
WINDOW_SENTENCE = "男兵上半年报名时间为:2023年12月1日至2024年2月10日。咨询电话:0351-2366977。"


def check_invariants(issue) -> None:
    """What must hold for any issue: evidence is the text at its offsets, ranges are ordered."""
    text = issue.text
    for table, records in issue.records.items():
        for record in records:
            assert 0 <= record.char_start < record.char_end <= len(text), (table, record)
            assert text[record.char_start : record.char_end] == record.evidence, (table, record)
            row = record.row()
            for start, end in (("date", "end_date"), ("start_date", "end_date"), ("starts_at", "ends_at")):
                if row.get(start) is not None and row.get(end) is not None:
                    assert row[start] <= row[end], (table, record)
    for article in issue.articles:
        assert 0 <= article.char_start <= article.char_end <= len(text)
        assert len(article.body_offsets) == len(article.body)
        offsets = list(article.body_offsets)
        assert offsets == sorted(offsets)


@pytest.mark.parametrize("name", SAMPLES)
def test_segmentation_loses_no_text(name: str):
    """Every printed character ends up in an article, or is a section label an article carries."""
    text = sample_text(name) + "\n\n寻人启事\n\n请知情者联系王建国 13903510000\n"
    articles = segment(text)
    covered: set[int] = set()
    for article in articles:
        covered.update(range(article.char_start, article.char_end))
    lost_lines = {
        line.strip()
        for line in "".join(ch if i not in covered else "\n" for i, ch in enumerate(text)).split("\n")
        if line.strip()
    }
    sections = {a.section for a in articles if a.section}
    assert {line for line in lost_lines if not any(line in s or s in line for s in sections)} == set()


ENCODED_VARIANTS = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8-sig", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf-16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("gb18030", lambda t: t.encode("gb18030")),
    ("gbk", lambda t: t.encode("gbk")),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
]


@pytest.mark.parametrize(("label", "encode"), ENCODED_VARIANTS, ids=[v[0] for v in ENCODED_VARIANTS])
def test_every_encoding_gives_the_same_issue(label, encode):
    text = sample_text(SAMPLE_000)
    meta = SourceMeta(source_path=SAMPLE_000, issue_date=date(2023, 12, 1))
    reference = process_issue(text.encode("utf-8"), meta)
    issue = process_issue(encode(text), meta)
    assert issue.text == reference.text
    assert [a.title for a in issue.articles] == [a.title for a in reference.articles]
    assert {t: [r.row() for r in rs] for t, rs in issue.records.items()} == {
        t: [r.row() for r in rs] for t, rs in reference.records.items()
    }


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"),
        ("nul bytes", "本报讯".encode("utf-8") + b"\x00" * 64 + "记者".encode("utf-8")),
        ("random bytes", bytes(random.Random(7).randrange(256) for _ in range(4096))),
    ],
)
def test_binary_input_is_a_decode_error(label, data):
    with pytest.raises(DecodeError):
        process_issue(data, SourceMeta(source_path=f"{label}.txt"))


def test_full_width_digits_are_read():
    text = "本报讯 男兵上半年报名时间为:２０２３年１２月１日至２０２４年２月１０日。咨询电话:０３５１－２３６６９７７。"
    issue = process_issue(text.encode("utf-8"), SourceMeta(source_path="fw.txt", issue_date=date(2023, 12, 1)))
    check_invariants(issue)
    phones = [r.e164 for r in issue.records.get("phone_numbers", [])]
    if "phone_numbers" in issue.records:
        assert phones == ["+863512366977"]


INVALID_DATES = ["2月30日", "13月1日", "2023年2月30日", "4月31日", "25时", "7月32日", "0月5日"]


@pytest.mark.parametrize("bad", INVALID_DATES)
def test_invalid_dates_never_become_rows_with_dates(bad):
    text = f"本报讯 {bad},市政协召开全体会议。男兵上半年报名时间为:{bad}至{bad}。市改善省城环境质量领导小组办公室发布第3号调度令,明确{bad}0时至{bad}24时实施管控。"
    issue = process_issue(text.encode("utf-8"), SourceMeta(source_path="bad.txt", issue_date=date(2023, 12, 1)))
    check_invariants(issue)
    # The text holds no valid date at all, so any date on any row would be a made-up one.
    for records in issue.records.values():
        for record in records:
            dated = {k: v for k, v in record.row().items() if isinstance(v, (date, datetime))}
            assert dated == {}, record


sample_sentences = [s for name in SAMPLES for s in re.split(r"(?<=[。!?!?])", sample_text(name)) if s.strip()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sample_sentences), min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_shuffled_sample_sentences_keep_invariants(sentences, rng):
    rng.shuffle(sentences)
    text = "\n\n".join(sentences)
    issue = process_issue(text.encode("utf-8"), SourceMeta(source_path="shuffled.txt", issue_date=date(2023, 12, 1)))
    check_invariants(issue)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_random_unicode_keeps_invariants(text):
    try:
        issue = process_issue(text.encode("utf-8"), SourceMeta(source_path="random.txt", issue_date=date(2023, 12, 1)))
    except DecodeError:
        # only text with control or private-use characters (as binary files and mojibake have) may be refused
        assert any((unicodedata.category(ch) == "Cc" and ch not in "\t\n\r") or unicodedata.category(ch) == "Co"
                   for ch in text)
        return
    check_invariants(issue)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789年月日时至起前号点分:-—～~/.。,、 电话热线联系拨打男兵女兵报名召开会议通告调度令第", max_size=200))
def test_digit_and_date_soup_keeps_invariants(text):
    issue = process_issue(text.encode("utf-8"), SourceMeta(source_path="soup.txt", issue_date=date(2023, 12, 1)))
    check_invariants(issue)


def planned(path: Path) -> PlannedFile:
    return PlannedFile(source=SourceFile(path=path, meta=SourceMeta(source_path=path.name)), sha256="", status="new")


def test_a_file_deleted_during_the_run_is_an_error_not_a_crash(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(WINDOW_SENTENCE, encoding="utf-8")
    result = process_files([planned(tmp_path / "gone.txt"), planned(good)], None)
    assert [(e.source_path, e.error_kind) for e in result.errors] == [("gone.txt", "deleted")]
    assert [i.source_path for i in result.issues] == ["good.txt"]


def test_truncated_multibyte_file_is_recorded(tmp_path):
    data = WINDOW_SENTENCE.encode("utf-8")
    (tmp_path / "cut.txt").write_bytes(data[:-2])
    result = process_files([planned(tmp_path / "cut.txt")], None)
    assert [e.error_kind for e in result.errors] == ["decode"]
    assert "cut.txt" in result.errors[0].message


@pytest.mark.usefixtures("prefect_server")
def test_transient_read_errors_are_retried_and_permanent_ones_are_not(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(WINDOW_SENTENCE, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    calls: list[str] = []
    real_read = ingest_module._read

    def flaky_read(path: Path) -> bytes:
        calls.append(path.name)
        if path.name == "good.txt" and calls.count("good.txt") == 1:
            raise TransientIOError(11, "resource temporarily unavailable (simulated)")
        return real_read(path)

    monkeypatch.setattr(ingest_module, "_read", flaky_read)
    from prefect import flow

    @flow
    def one_batch():
        return ingest_module.process_batch([planned(good), planned(binary)], None)

    result = one_batch()
    assert [i.source_path for i in result.issues] == ["good.txt"]
    assert [e.error_kind for e in result.errors] == ["decode"]
    assert calls.count("good.txt") == 2  # retried once
    assert calls.count("binary.txt") == 1  # the batch's first try read it; the retry came before it


@pytest.mark.usefixtures("prefect_server")
def test_hostile_text_is_stored_and_queried_as_plain_text(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    hostile = "通告\n\n'); DROP TABLE issues; --\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n联系电话:0351-2366977\n\n特此通告\n\n太原市某某公司\n2023年1月4日\n"
    (raw / "2023-01-05.txt").write_text(hostile, encoding="utf-8")
    (raw / "issues.csv").write_text("file,issue_date\n../../etc/passwd,2023-01-01\n", encoding="utf-8")
    db_file = tmp_path / "h.duckdb"
    summary = ingest(raw, db_file)
    assert summary.new == 1 and not summary.ok
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT text FROM issues").fetchone()[0] == hostile
    assert con.execute("SELECT error_kind FROM ingest_errors").fetchall() == [("outside_raw_dir",)]
    assert con.execute("SELECT issue_date, issue_date_source FROM issues").fetchone() == (date(2023, 1, 5), "filename")
    con.close()


def test_records_are_plain_data():
    issue = process_issue((RAW / SAMPLE_000).read_bytes(), SourceMeta(source_path=SAMPLE_000, issue_date=date(2023, 12, 1)))
    for records in issue.records.values():
        for record in records:
            assert dataclasses.is_dataclass(record)
    check_invariants(issue)


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (TransientIOError(11, "EAGAIN"), True),
        (OSError(16, "device busy"), True),
        (duckdb.TransactionException("write-write conflict"), True),
        (__import__("warehouse.db", fromlist=["WarehouseLocked"]).WarehouseLocked("locked"), True),
        (DecodeError("binary data"), False),
        (PermissionError(13, "denied"), False),
        (FileNotFoundError(2, "gone"), False),
        (ValueError("a bug"), False),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_only_transient_errors_are_retried(error, transient):
    assert ingest_module._is_transient(error) is transient


_LOCKED = __import__("warehouse.db", fromlist=["WarehouseLocked"]).WarehouseLocked


@pytest.mark.parametrize(
    ("failures", "tries", "landed"),
    [
        ([], 1, True),
        ([_LOCKED], 2, True),
        ([duckdb.TransactionException] * 3, 4, True),  # three retries, the last one lands
        ([_LOCKED] * 4, 4, False),  # still locked after three retries: raised
        ([ValueError], 1, False),  # not transient: raised at once, never retried
        ([_LOCKED, ValueError], 2, False),
    ],
    ids=["clean", "locked-once", "conflict-thrice", "locked-four-times", "bug", "locked-then-bug"],
)
def test_a_batch_load_is_retried_after_transient_errors_only(tmp_path, monkeypatch, failures, tries, landed):
    issue = process_issue(WINDOW_SENTENCE.encode("utf-8"), SourceMeta(source_path="2023-01-05.txt", issue_date=date(2023, 1, 5)))
    batch = ingest_module.BatchResult(issues=[issue]).as_rows()
    pending = list(failures)
    calls: list[int] = []

    def flaky_load(*args, **kwargs):
        calls.append(1)
        if pending:  # a new exception each time: a raised one keeps its frames (and the connection)
            raise pending.pop(0)("simulated")
        return load_module.load_batch(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "load_batch", flaky_load)
    monkeypatch.setattr(ingest_module, "LOAD_RETRY_DELAY_SECONDS", 0.0)
    con = warehouse_db.connect(str(tmp_path / "retried.duckdb"))
    if landed:
        assert ingest_module._load(con, batch, "l1")["issues"] == 1
    else:
        with pytest.raises(failures[-1]):
            ingest_module._load(con, batch, "l1")
    assert len(calls) == tries
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == (1 if landed else 0)
    con.close()


def test_a_long_file_or_run_shows_progress_on_stderr_and_a_short_one_does_not(tmp_path):
    from flows.ingest import PROGRESS_MIN_BYTES, PROGRESS_THRESHOLD, PlannedFile, _Progress

    def planned_file(name: str, size: int) -> PlannedFile:
        path = tmp_path / name
        path.write_bytes(b"x" * size)
        return PlannedFile(source=SourceFile(path=path, meta=SourceMeta(source_path=name)), sha256="", status="new")

    big = [planned_file("big.txt", PROGRESS_MIN_BYTES)]
    many = [planned_file(f"{i}.txt", 10) for i in range(PROGRESS_THRESHOLD)]
    few = many[:3]
    for todo in (big, many):
        progress = _Progress(todo, enabled=True)
        assert progress.bar is not None and progress.bar.console.stderr
    assert _Progress(big, enabled=False).bar is None  # stderr is not a terminal
    assert _Progress(few, enabled=True).bar is None



@pytest.mark.usefixtures("prefect_server")
def test_an_issue_the_warehouse_refuses_is_an_error_and_the_rest_of_its_batch_lands(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for day in ("2023-01-05", "2023-01-06", "2023-01-07"):
        (raw / f"{day}.txt").write_text(WINDOW_SENTENCE, encoding="utf-8")
    db_file = tmp_path / "refused.duckdb"
    real_issue_row = load_module._issue_row

    def refusing_issue_row(issue):
        # The database's own refusal of a value (as for a text past the memory limit, below).
        if issue.source_path == "2023-01-06.txt":
            raise duckdb.OutOfMemoryException("could not allocate block of size 47.7 MiB (simulated)")
        return real_issue_row(issue)

    monkeypatch.setattr(load_module, "_issue_row", refusing_issue_row)
    summary = ingest(raw, db_file)

    assert (summary.new, summary.failed) == (2, 1) and not summary.ok
    assert [(e.source_path, e.error_kind) for e in summary.errors] == [("2023-01-06.txt", "load")]
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT source_path FROM issues ORDER BY 1").fetchall() == [("2023-01-05.txt",), ("2023-01-07.txt",)]
    (kind, message), = con.execute("SELECT error_kind, message FROM ingest_errors").fetchall()
    assert kind == "load" and message.startswith("2023-01-06.txt: the warehouse refused its rows (OutOfMemoryException")
    assert con.execute("SELECT count(*) FROM conscription_windows").fetchone()[0] == 2
    con.close()

    # Refused no more: the next run loads it and clears its error.
    monkeypatch.undo()
    again = ingest(raw, db_file)
    assert (again.new, again.unchanged, again.failed) == (1, 2, 0)
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0
    con.close()


def test_a_text_past_the_memory_limit_raises_the_databases_own_error(tmp_path):
    # Not the TransactionException of cleaning up inside the aborted transaction: that one hid
    # the cause and looked transient, so the load was retried instead of the issue isolated.
    issue = process_issue(WINDOW_SENTENCE.encode("utf-8"), SourceMeta(source_path="big.txt", issue_date=date(2023, 1, 5)))
    big = dataclasses.replace(issue, text="本版文字" * 1_000_000)
    con = warehouse_db.connect(str(tmp_path / "limit.duckdb"))
    con.execute("SET memory_limit = '8MB'")
    with pytest.raises(duckdb.OutOfMemoryException):
        load_module.load_batch(con, [big], load_id="l1")
    con.execute("SET memory_limit = '128MB'")
    assert load_module.load_batch(con, [issue], load_id="l2")["issues"] == 1  # the connection still writes
    con.close()


@pytest.mark.usefixtures("prefect_server")
def test_an_issue_refused_from_rows_a_worker_made_is_an_error_and_the_others_land(tmp_path):
    def issue(day: int, text: str | None = None):
        made = process_issue(WINDOW_SENTENCE.encode("utf-8"), SourceMeta(source_path=f"2023-01-0{day}.txt", issue_date=date(2023, 1, day)))
        return made if text is None else dataclasses.replace(made, text=text)

    batch = ingest_module.BatchResult(issues=[issue(5), issue(6, "本版文字" * 1_000_000), issue(7)]).as_rows()
    con = warehouse_db.connect(str(tmp_path / "refused.duckdb"))
    con.execute("SET memory_limit = '8MB'")  # too little for the 12 MB text

    counts = ingest_module._load_or_isolate(con, batch, "l1")

    assert counts["issues"] == 2 and counts["ingest_errors"] == 1
    assert [(e.source_path, e.error_kind) for e in batch.errors] == [("2023-01-06.txt", "load")]
    assert [i.source_path for i in batch.issues] == ["2023-01-05.txt", "2023-01-07.txt"] == batch.rows.source_paths
    assert con.execute("SELECT source_path FROM issues ORDER BY 1").fetchall() == [("2023-01-05.txt",), ("2023-01-07.txt",)]
    assert con.execute("SELECT count(*) FROM conscription_windows").fetchone()[0] == 2
    con.close()


@pytest.mark.parametrize(
    ("largest_value", "limit"),
    [
        (0, ingest_module.WRITER_MEMORY_FLOOR),
        (200_000, ingest_module.WRITER_MEMORY_FLOOR),  # an ordinary issue: the floor
        (8 << 20, ingest_module.WRITER_MEMORY_FLOOR),  # 32 MB of room: still the floor
        (32 << 20, 80 << 20),
        (50_000_000, 2 * 50_000_000 + (16 << 20)),  # a 50 MB file: its block twice, and the batch
    ],
)
def test_the_writers_limit_has_room_for_the_largest_text(largest_value, limit):
    assert ingest_module._writer_limit(largest_value) == limit


def test_a_batch_with_a_text_past_the_floor_raises_the_limit_and_loads(tmp_path):
    issue = process_issue(WINDOW_SENTENCE.encode("utf-8"), SourceMeta(source_path="big.txt", issue_date=date(2023, 1, 5)))
    big = dataclasses.replace(issue, text="本版文字" * 2_500_000)  # 30 MB in UTF-8
    con = warehouse_db.connect(str(tmp_path / "fit.duckdb"))
    con.execute(f"SET memory_limit = '{ingest_module.WRITER_MEMORY_FLOOR}B'")
    prepared = ingest_module._Prepared(summary=None, todo=[], status_by_path={}, version="v", started=0.0)

    def limit() -> int:
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    ingest_module._fit_writer_limit(con, prepared, ingest_module.BatchResult(issues=[issue]))
    assert limit() == "64.0 MiB"  # an ordinary issue leaves the floor
    ingest_module._fit_writer_limit(con, prepared, ingest_module.BatchResult(issues=[issue, big]))
    assert prepared.largest_value_bytes == 30_000_000 and limit() == "73.2 MiB"
    assert load_module.load_batch(con, [big], load_id="l1")["issues"] == 1
    ingest_module._fit_writer_limit(con, prepared, ingest_module.BatchResult(issues=[issue]))
    assert limit() == "73.2 MiB"  # the stored text needs the room at every checkpoint: never lowered
    con.close()
