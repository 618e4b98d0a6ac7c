"""The bench's synthetic corpus: sample articles re-dated to each new issue date, reproducibly."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from bench.make_corpus import (
    TESTS,
    _source_files,
    build_corpus,
    sample_chunks,
    sentences_of_test_tables,
    shift_dates,
    read_test_sentence_snapshot,
    write_test_sentence_snapshot,
)
from extractors.decode import decode

PRINTED = date(2023, 12, 1)
MOVED = date(2014, 3, 1)  # 2,466 days and 117 months earlier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯 11月30日,市政协召开会议", "本报讯 2月28日,市政协召开会议"),  # the day before stays the day before
        ("本报讯 11月26日至29日,市人大", "本报讯 2月24日至27日,市人大"),  # a bare day follows its month
        ("2023年12月1日至2024年2月10日", "2014年3月1日至2014年5月11日"),
        ("明确7月29日0时至7月31日24时", "明确10月27日0时至10月29日24时"),  # nearest year of a year-less date
        ("今年1月起,我市暂停", "今年4月起,我市暂停"),  # month-only: moved by months
        ("到2035年基本实现", "到2026年基本实现"),  # a bare year: moved by years
        ("2023-12-01", "2014-03-01"),  # digit widths kept
        ("12月1号起", "3月1号起"),
        ("12个月内,3年来,第10号调度令", "12个月内,3年来,第10号调度令"),  # durations and numbers stay
        ("2月30日", "2月30日"),  # not a date: left as printed
    ],
)
def test_dates_keep_their_distance_from_the_issue_date(text, expected):
    assert shift_dates(text, PRINTED, MOVED) == expected


def test_same_issue_date_changes_nothing():
    chunk = sample_chunks()[0]
    assert shift_dates(chunk.text, chunk.issue_date, chunk.issue_date) == chunk.text


def test_corpus_is_reproducible_and_listed_in_its_manifest(tmp_path):
    first = build_corpus(tmp_path / "a", 4, seed=7, start=date(2020, 2, 28))
    second = build_corpus(tmp_path / "b", 4, seed=7, start=date(2020, 2, 28))
    files = sorted(p.relative_to(first.root).as_posix() for p in first.root.rglob("*.txt"))
    assert files == ["2020/2020-02-28.txt", "2020/2020-02-29.txt", "2020/2020-03-01.txt", "2020/2020-03-02.txt"]
    for name in files:
        assert (first.root / name).read_bytes() == (second.root / name).read_bytes()
    with (first.root / "issues.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["file"], r["issue_date"]) for r in rows] == [(f, f[5:15]) for f in files]
    assert build_corpus(tmp_path / "a", 4, seed=7, start=date(2020, 2, 28)).reused


def test_every_line_is_a_sample_line_moved_in_time(tmp_path):
    corpus = build_corpus(tmp_path / "c", 3, seed=1)
    chunks = sample_chunks()
    sample_lines = {line for chunk in chunks for line in chunk.text.split("\n") if line.strip()}
    sources = {chunk.issue_date for chunk in chunks}
    for path in corpus.root.rglob("*.txt"):
        issue_date = date.fromisoformat(path.stem)
        lines = [line for line in decode(path.read_bytes())[0].split("\n") if line.strip()]
        assert sum(map(len, lines)) > 3000
        for line in lines:
            assert any(shift_dates(line, issue_date, source) in sample_lines for source in sources), line


# A test module of our own: a dated module with table strings long and short.
_MODULE = """
ISSUE_DATE = date(2021, 5, 4)
CASES = [
    ("区人武部定于六月一日至六月三十日在各街道办理男青年兵役登记手续", 1),
    ("市政府召开常务会议研究部署今年秋冬季大气污染防治重点工作任务", 2),
    ("太短的一句", 0),
    ("an English sentence long enough to count if it were Chinese at all", 0),
    ("区人武部定于六月一日至六月三十日在各街道办理男青年兵役登记手续", 1),
]
"""


def test_the_snapshot_holds_the_test_tables_sentences_as_they_stood(tmp_path):
    tests_dir = tmp_path / "tests"
    tests_dir.mkdir()
    (tests_dir / "test_made_up.py").write_text(_MODULE, encoding="utf-8")
    (tests_dir / "helper.py").write_text(_MODULE.replace("CASES", "OTHER"), encoding="utf-8")  # not a test module
    snapshot = tmp_path / "sentences.json"
    written = write_test_sentence_snapshot(snapshot, tests_dir)
    read = read_test_sentence_snapshot(snapshot)
    assert read == written == sentences_of_test_tables(tests_dir)
    # Two long Chinese sentences, each once, as one article dated by the module's constant.
    assert [(c.issue_date, c.text.count("\n\n") + 1) for c in read] == [(date(2021, 5, 4), 2)]
    assert "太短" not in read[0].text and "English" not in read[0].text
    # A test written afterwards changes the tables, not the snapshot.
    (tests_dir / "test_later.py").write_text(_MODULE.replace("六月", "七月"), encoding="utf-8")
    assert read_test_sentence_snapshot(snapshot) == read != sentences_of_test_tables(tests_dir)


def test_the_team_corpus_does_not_change_when_a_test_is_written():
    assert not any(path.is_relative_to(TESTS) and path.suffix == ".py" for path in _source_files("team"))
    assert read_test_sentence_snapshot(), "the snapshot the team corpus draws from is empty"


RUN = "python -c from flows.cli import entry; entry() run corpus --db bench.duckdb"
FORK_SERVER = "python -B -c from multiprocessing.forkserver import main; main(3, 5, ['flows.worker_preload'])"
RESOURCE_TRACKER = "python -B -c from multiprocessing.resource_tracker import main;main(7)"
CACHE_BUILDER = "python -c from flows.warm_up import warm_up; warm_up(jieba=True)"


@pytest.mark.parametrize(
    ("command", "parent_command", "worker"),
    [
        (FORK_SERVER, FORK_SERVER, True),  # forked from the fork server, its command line inherited
        (FORK_SERVER, RUN, False),  # the fork server itself, started by the run
        (RESOURCE_TRACKER, RUN, False),
        (CACHE_BUILDER, FORK_SERVER, False),  # started by the fork server, a program of its own
        (RUN, "bash", False),  # the run
        (FORK_SERVER, "", False),  # a parent gone or unreadable
    ],
    ids=["worker", "fork-server", "resource-tracker", "cache-builder", "run", "no-parent"],
)
def test_the_bench_counts_as_workers_only_the_fork_servers_forks(command, parent_command, worker):
    from bench.run_bench import is_extraction_worker

    assert is_extraction_worker(command, parent_command) is worker


@pytest.mark.parametrize(
    ("rows", "events"),
    [
        ({"issues": 3, "articles": 40, "meetings": 2, "phone_numbers": 5, "ingest_errors": 0}, 7),
        ({"issues": 3, "articles": 40, "ingest_errors": 2}, 0),  # issues, articles and refusals are not events
        ({"public_notices": 1}, 1),
        ({}, 0),
    ],
    ids=["events", "no-events", "one-table", "empty"],
)
def test_the_bench_counts_event_records_apart_from_issues_and_articles(rows, events):
    from bench.run_bench import event_rows

    assert event_rows(rows) == events


# Two made-up issues of an imaginary paper, in the layout raw/ has (our own sentences).
_PAGES = {
    "a.txt": "第一版\n\n本报讯 市体育馆今年夏天翻修屋顶，期间部分场馆暂停开放。\n\n市民可在网上预约其他场馆。\n",
    "b.txt": "要闻\n\n本报讯 区图书馆新增二十台自助借还设备，3月4日起启用。\n\n馆方将延长周末开放时间。\n",
}


def _write_pages(folder, manifest="file,issue_date,paper\na.txt,2020-03-02,某报\nb.txt,2020-03-05,某报\n"):
    folder.mkdir()
    for name, text in _PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if manifest is not None:
        (folder / "issues.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_a_pages_corpus_draws_only_the_pages_it_is_given(tmp_path):
    pages = _write_pages(tmp_path / "paper")
    corpus = build_corpus(tmp_path / "corpus", 4, seed=3, kind="pages", pages=pages)
    page_lines = {line for text in _PAGES.values() for line in text.split("\n") if line.strip()}
    sources = (date(2020, 3, 2), date(2020, 3, 5))
    for path in corpus.root.rglob("*.txt"):
        issue_date = date.fromisoformat(path.stem)
        lines = [line for line in decode(path.read_bytes())[0].split("\n") if line.strip()]
        assert lines
        for line in lines:  # "3月4日" moves with the issue date, back to where it was printed
            assert any(shift_dates(line, issue_date, source) in page_lines for source in sources), line
    assert build_corpus(tmp_path / "corpus", 4, seed=3, kind="pages", pages=pages).reused


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (None, "has no issues.csv"),
        ("file,issue_date\na.txt,2020-03-02\nmissing.txt,2020-03-03\n", "missing.txt"),
        ("file,issue_date\n", "lists no issues"),
    ],
    ids=["no-manifest", "listed-file-missing", "empty-manifest"],
)
def test_a_pages_folder_without_a_true_manifest_is_refused_with_the_reason(tmp_path, manifest, message):
    pages = _write_pages(tmp_path / "paper", manifest)
    with pytest.raises(ValueError, match=message):
        build_corpus(tmp_path / "corpus", 2, kind="pages", pages=pages)


def test_a_corpus_is_never_written_over_files_it_did_not_write(tmp_path):
    pages = _write_pages(tmp_path / "paper")
    with pytest.raises(ValueError, match="did not write"):
        build_corpus(pages, 2, kind="pages", pages=pages)
    assert sorted(p.name for p in pages.iterdir()) == ["a.txt", "b.txt", "issues.csv"]
    with pytest.raises(ValueError, match="kind 'pages'"):
        build_corpus(tmp_path / "corpus", 2, kind="team", pages=pages)


def test_a_corpus_build_cut_short_is_replaced_next_time(tmp_path, monkeypatch):
    import bench.make_corpus as make_corpus

    def cut_short(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(make_corpus, "compose_issue", cut_short)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(tmp_path / "c", 2, seed=5)
    monkeypatch.undo()
    corpus = build_corpus(tmp_path / "c", 2, seed=5)
    assert not corpus.reused and len(list(corpus.root.rglob("*.txt"))) == 2


def test_a_pages_corpus_is_rebuilt_when_a_listed_issue_changes_even_in_a_subfolder(tmp_path):
    pages = _write_pages(tmp_path / "paper", "file,issue_date\na.txt,2020-03-02\n2020/c.txt,2020-03-09\n")
    (pages / "2020").mkdir()
    nested = pages / "2020" / "c.txt"
    nested.write_text(_PAGES["b.txt"], encoding="utf-8")
    assert not build_corpus(tmp_path / "corpus", 2, kind="pages", pages=pages).reused
    assert build_corpus(tmp_path / "corpus", 2, kind="pages", pages=pages).reused
    nested.write_text(_PAGES["b.txt"].replace("二十", "三十"), encoding="utf-8")
    assert not build_corpus(tmp_path / "corpus", 2, kind="pages", pages=pages).reused
