"""`--workers N`: extraction in worker processes writes exactly the tables one process writes."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from flows.ingest import ingest, workers_for
from tests.conftest import ROOT, table_snapshot


@pytest.mark.parametrize(
    ("requested", "files", "batch_size", "expected"),
    [
        (4, 1000, 64, 4),  # as asked when there is work for all
        (4, 5, 64, 1),  # the five samples are one batch: no worker to start
        (4, 100, 64, 2),  # never more workers than batches
        (1, 1000, 64, 1),  # 1: extract in the run's own process
        (3, 3, 1, 3),
    ],
)
def test_workers_never_outnumber_batches(requested, files, batch_size, expected):
    assert workers_for(requested, files, batch_size) == expected


def test_default_is_one_worker_per_core(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert workers_for(None, 1000, 64) == 2
    monkeypatch.setattr("os.cpu_count", lambda: None)
    assert workers_for(None, 1000, 64) == 1


def test_workers_below_one_are_refused(raw_copy, db_file):
    with pytest.raises(ValueError, match="at least 1"):
        ingest(raw_copy, db_file, workers=0)


@pytest.fixture
def mixed_raw(tmp_path):
    """The samples, the regression set's issues and one file that cannot be decoded: a batch per file."""
    target = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", target)
    regression = ROOT / "tests" / "fixtures" / "regression" / "raw"
    for path in regression.glob("*.txt"):
        shutil.copy(path, target / path.name)  # dated by their text (no manifest row)
    (target / "broken.txt").write_bytes(b"\x00\xff\xfe\x00" * 64)
    return target


@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize("kind", ["processes", "threads"])
def test_several_workers_write_the_tables_one_process_writes(mixed_raw, tmp_path, kind):
    one = ingest(mixed_raw, tmp_path / "one.duckdb", batch_size=1, workers=1)
    several = ingest(mixed_raw, tmp_path / "several.duckdb", batch_size=1, workers=2, worker_kind=kind)
    assert (one.workers, one.worker_kind) == (1, "in-process")
    assert (several.workers, several.worker_kind) == (2, kind)
    assert several.rows == one.rows and several.failed == one.failed == 1
    first, second = table_snapshot(tmp_path / "one.duckdb"), table_snapshot(tmp_path / "several.duckdb")
    assert sum(len(rows) for rows in first.values()) > 100
    for table in first:
        assert second[table] == first[table], table


# The fork server's first run on a machine: jieba's tables built in a child, then read like later runs.


def test_missing_tables_are_built_by_a_child_interpreter(tmp_path, monkeypatch):
    from flows.warm_up import build_caches_apart, jieba_tables_cached

    monkeypatch.setenv("BAOXUN_CACHE_DIR", str(tmp_path / "cache"))
    assert not jieba_tables_cached()
    build_caches_apart()
    assert jieba_tables_cached()


def test_cached_tables_start_no_child(tmp_path, monkeypatch):
    from extractors.jieba_tables import tables_cache_path
    from flows import warm_up

    monkeypatch.setenv("BAOXUN_CACHE_DIR", str(tmp_path))
    tables = tables_cache_path(tmp_path / "jieba")
    tables.parent.mkdir(parents=True)
    tables.write_bytes(b"")

    def no_child(*args, **kwargs):
        raise AssertionError("a child was started although the tables are cached")

    monkeypatch.setattr(warm_up.subprocess, "run", no_child)
    warm_up.build_caches_apart()


@pytest.mark.parametrize("failure", [OSError("no such interpreter"), subprocess.TimeoutExpired("python", 1)])
def test_a_child_that_fails_leaves_the_building_to_the_warm_up(tmp_path, monkeypatch, failure):
    from flows import warm_up

    monkeypatch.setenv("BAOXUN_CACHE_DIR", str(tmp_path))

    def failing(*args, **kwargs):
        raise failure

    monkeypatch.setattr(warm_up.subprocess, "run", failing)
    warm_up.build_caches_apart()  # no exception: the warm-up after it builds in place
    assert not warm_up.jieba_tables_cached()


@pytest.mark.parametrize(
    ("items", "size", "workers", "sizes"),
    [
        (200, 64, 1, [64, 64, 64, 8]),  # one process: equal batches, the rest last
        (10, 64, 1, [10]),
        (600, 64, 2, [64] * 6 + [54, 41, 31, 23, 17, 13, 10, 8, 8, 8, 3]),  # the last quarter-shares shrink to 8
        (100, 64, 2, [25, 19, 14, 11, 8, 8, 8, 7]),  # fewer items than the workers hold: shrinking from the start
        (6, 64, 2, [6]),  # never below the smallest tail batch, except the remainder
        (40, 1, 2, [1] * 40),  # never above the size asked for
        (300, 16, 4, [16] * 12 + [14, 12, 11, 9, 8, 8, 8, 8, 8, 8, 8, 6]),  # eighths with four workers
    ],
)
def test_last_batches_shrink_when_workers_share_them(items, size, workers, sizes):
    """The run ends when its slowest worker does: small last batches let them finish together."""
    from flows.ingest import _batches

    batches = list(_batches(list(range(items)), size, workers))
    assert [len(batch) for batch in batches] == sizes
    assert [item for batch in batches for item in batch] == list(range(items))  # each once, in order


@pytest.mark.parametrize(
    ("layout", "enough", "expected"),
    [
        ({"a.txt": 1, "b.txt": 1}, 10, 2),
        ({"2024/01/a.txt": 1, "2024/02/b.txt": 1, "2025/c.txt": 1}, 10, 3),  # nested folders count
        ({"a.txt": 1, ".hidden.txt": 1, ".git/x": 1, ".cache/y/z.txt": 1}, 10, 1),  # hidden ones do not
        ({f"d{i}/f{j}.txt": 1 for i in range(5) for j in range(5)}, 7, 7),  # stops at enough
        ({}, 10, 0),
    ],
)
def test_files_under_counts_a_first_runs_work_up_to_enough(tmp_path, layout, expected, enough):
    from flows.ingest import _files_under

    for name in layout:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert _files_under(tmp_path, enough) == expected


class _Planned(Exception):
    """Raised where the run would plan: what came before is what the test looks at."""


@pytest.mark.parametrize(
    ("existing_db", "workers", "batch_size", "runner", "kind", "starts"),
    [
        (False, 2, 2, "local", "processes", True),  # a first run with work for two: started early
        (True, 2, 2, "local", "processes", False),  # a later run: its plan decides (most files unchanged)
        (False, 1, 2, "local", "processes", False),  # one worker: extracted in the run's own process
        (False, 2, 64, "local", "processes", False),  # five files are one batch
        (False, 2, 2, "local", "threads", False),
    ],
)
def test_a_first_run_starts_the_fork_server_before_it_plans(
    raw_copy, tmp_path, monkeypatch, existing_db, workers, batch_size, runner, kind, starts
):
    import flows.ingest as ingest_module

    started = []
    monkeypatch.setattr(ingest_module, "start_fork_server", lambda: started.append(True))
    monkeypatch.setattr(ingest_module.prefect_env, "start_api", lambda: None)

    def plan_instead(*args, **kwargs):
        raise _Planned

    monkeypatch.setattr(ingest_module, "prepare_run", plan_instead)
    db = tmp_path / "w.duckdb"
    if existing_db:
        import duckdb

        duckdb.connect(str(db)).close()
    with pytest.raises(_Planned):
        ingest(raw_copy, db, workers=workers, batch_size=batch_size, runner=runner, worker_kind=kind)
    assert bool(started) is starts


@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize(("workers", "threads_while_loading"), [(2, 1), (1, None)])
def test_the_writer_loads_on_one_thread_while_workers_take_the_cores(raw_copy, tmp_path, monkeypatch, workers, threads_while_loading):
    import flows.ingest as ingest_module

    seen = []
    load = ingest_module._load_or_isolate

    def recording(con, *args, **kwargs):
        seen.append(con.execute("SELECT current_setting('threads')").fetchone()[0])
        return load(con, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "_load_or_isolate", recording)
    summary = ingest(raw_copy, tmp_path / "t.duckdb", batch_size=1, workers=workers)
    assert summary.new == 5 and len(seen) == 5
    default = duckdb_default_threads()
    assert set(seen) == {threads_while_loading or default}


def duckdb_default_threads() -> int:
    import duckdb

    with duckdb.connect() as con:
        return con.execute("SELECT current_setting('threads')").fetchone()[0]
