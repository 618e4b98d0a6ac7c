"""`baoxun run` as a program leaves without tearing its modules down, and loses nothing doing so."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import RAW, ROOT
from tests.test_startup import child_env

PROGRAM = "import sys; from flows.cli import entry; sys.argv[0] = 'baoxun'; entry()"


def program(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture
def state_dir(tmp_path: Path):
    """A state folder whose background API (started by the first run) is stopped afterwards."""
    import os

    state = tmp_path / "state"
    yield state
    try:
        os.kill(json.loads((state / "prefect-api.json").read_text(encoding="utf-8"))["pid"], 15)
    except (OSError, ValueError, KeyError):
        pass


def test_a_run_that_leaves_early_has_written_and_printed_everything(tmp_path: Path, state_dir: Path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    env = child_env(state_dir)
    db = tmp_path / "w.duckdb"

    ok = program("run", str(raw), "--db", str(db), "--json", env=env)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert json.loads(ok.stdout)["issues_new"] == 5  # the whole summary reached stdout
    (raw / "broken.txt").write_bytes(b"\x00\xff\xfe\x00" * 64)
    failed = program("run", str(raw), "--db", str(db), "--json", env=env)
    assert failed.returncode == 1, failed.stderr[-2000:]  # a run with a failed file still exits 1
    assert json.loads(failed.stdout)["files_failed"] == 1
    with duckdb.connect(str(db), read_only=True) as con:  # closed cleanly: the file opens, every load finished
        assert con.execute("SELECT count(*), count(finished_at) FROM loads").fetchone() == (2, 2)
        assert con.execute("SELECT count(*) FROM issues").fetchone() == (5,)
        assert con.execute("SELECT count(*) FROM ingest_errors").fetchone() == (1,)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["run", "no-such-folder"], 2),  # refused before running: the usual exit
        (["--version"], 0),
        (["run", "--batch-size", "0"], 2),  # a usage error
    ],
)
def test_other_exits_keep_their_codes(tmp_path: Path, args, code):
    done = program(*args, env=child_env(tmp_path / "state"))
    assert done.returncode == code, done.stderr[-2000:]
