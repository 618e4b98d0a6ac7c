"""`baoxun run --runner dask`: extraction fans out over a Dask cluster, the flow process alone writes.

One small LocalCluster (two single-threaded worker processes) serves the whole module.
"""

from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.ingest import ingest
from tests.conftest import SAMPLES
from tests.test_flow import PNG, TABLES, snapshot

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as local, Client(local) as client:
        yield local.scheduler_address, client


def _ran_extraction(client) -> list[bool]:
    """For each worker: has it imported the extractors, i.e. processed a batch?"""
    import sys

    return list(client.run(lambda: "extractors.meetings" in sys.modules).values())


def test_dask_run_equals_local_run(raw_copy, tmp_path, cluster):
    address, client = cluster
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest(raw_copy, local_db)
    summary = ingest(raw_copy, dask_db, runner="dask", dask_address=address, batch_size=1)
    assert (summary.new, summary.failed) == (len(SAMPLES), 0)
    assert snapshot(dask_db) == snapshot(local_db)
    assert all(_ran_extraction(client)), "every worker should have processed a batch"
    con = duckdb.connect(str(dask_db), read_only=True)
    assert con.execute("SELECT runner, status FROM loads").fetchall() == [("dask", "ok")]
    con.close()


def test_dask_rerun_skips_and_bad_files_still_land_in_ingest_errors(raw_copy, db_file, cluster):
    address, _ = cluster
    (raw_copy / "picture.txt").write_bytes(PNG)
    first = ingest(raw_copy, db_file, runner="dask", dask_address=address, batch_size=2)
    assert (first.new, first.failed) == (len(SAMPLES), 1)
    again = ingest(raw_copy, db_file, runner="dask", dask_address=address)
    assert (again.new, again.changed, again.unchanged) == (0, 0, len(SAMPLES))
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT source_path, error_kind FROM ingest_errors").fetchall() == [("picture.txt", "decode")]
    con.close()


def test_cli_run_on_a_dask_cluster(raw_copy, db_file, cluster):
    address, _ = cluster
    result = CliRunner().invoke(
        main, ["run", str(raw_copy), "--db", str(db_file), "--runner", "dask", "--dask-address", address, "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["issues_new"] == len(SAMPLES) and summary["rows"]["issues"] == len(SAMPLES)
    assert set(summary["rows"]) >= set(TABLES)


@pytest.mark.parametrize(
    ("address", "says"),
    [
        ("tcp://127.0.0.1:1", "no Dask scheduler answers at tcp://127.0.0.1:1"),
        ("localhost", "is not a scheduler address like tcp://HOST:8786"),
        ("tcp://scheduler", "is not a scheduler address"),
    ],
)
def test_an_unreachable_scheduler_fails_fast_with_a_message(raw_copy, db_file, address, says):
    result = CliRunner().invoke(main, ["run", str(raw_copy), "--db", str(db_file), "--runner", "dask", "--dask-address", address])
    assert result.exit_code == 1
    assert says in result.output and "Traceback" not in result.output
    assert not db_file.exists(), "nothing is written before the cluster answers"


def test_a_worker_with_other_rules_stops_the_run_with_a_message():
    from flows.discover import discover
    from flows.ingest import PlannedFile, WorkerVersionMismatch, _check_worker_version, process_files
    from tests.conftest import RAW

    batch = process_files([PlannedFile(source=discover(RAW).files[0], sha256="", status="new")], None)
    version = batch.issues[0].extractor_version
    _check_worker_version(batch, version)
    batch.issues[0].extractor_version = "0123456789ab"
    with pytest.raises(WorkerVersionMismatch, match="runs extraction rules 0123456789ab but this process has"):
        _check_worker_version(batch, version)
