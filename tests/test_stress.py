"""Slow guarantees (``make stress``): a run killed mid-load, two runs at once, a 50 MB file.

Each test drives the real ``baoxun`` command in subprocesses, as a user would.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import RAW, ROOT, table_snapshot

pytestmark = pytest.mark.slow

BAOXUN = [sys.executable, "-m", "flows.cli"] if not (Path(sys.executable).parent / "baoxun").exists() else [str(Path(sys.executable).parent / "baoxun")]
snapshot = table_snapshot


def make_corpus(target: Path, copies: int) -> Path:
    """``copies`` distinct issues recombined from the samples (a marker line makes each unique)."""
    target.mkdir(parents=True)
    samples = sorted(RAW.glob("*.txt"))
    rows = ["file,issue_date,paper"]
    for n in range(copies):
        source = samples[n % len(samples)]
        name = f"{n:05d}_{source.name}"
        (target / name).write_text(source.read_text(encoding="utf-8") + f"\n\n(第{n}期)\n", encoding="utf-8")
        rows.append(f"{name},{2000 + n // 365}-{(n // 28) % 12 + 1:02d}-{n % 28 + 1:02d},太原日报")
    (target / "issues.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return target


def run_baoxun(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*BAOXUN, *args], cwd=ROOT, capture_output=True, text=True, env=env or os.environ.copy(), **kwargs)



def holds_lock(db_file: Path) -> bool:
    if not db_file.exists():
        return False
    try:
        duckdb.connect(str(db_file), read_only=True).close()
    except duckdb.IOException as exc:
        return "lock" in str(exc).lower()
    return False


def wait_for(condition, timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("stress") / "raw", 400)


@pytest.fixture(scope="module")
def clean_snapshot(corpus, tmp_path_factory) -> dict:
    db_file = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    result = run_baoxun("run", str(corpus), "--db", str(db_file))
    assert result.returncode == 0, result.stderr
    return snapshot(db_file)


def test_kill_9_mid_load_then_rerun_equals_a_clean_run(corpus, clean_snapshot, tmp_path):
    db_file = tmp_path / "crash.duckdb"
    process = subprocess.Popen([*BAOXUN, "run", str(corpus), "--db", str(db_file), "--batch-size", "8"], cwd=ROOT)
    wal = Path(f"{db_file}.wal")
    # A batch of 8 issues puts ~0.5 MB of text into the write-ahead log: kill after a few batches.
    assert wait_for(lambda: holds_lock(db_file) and wal.exists() and wal.stat().st_size > 2_000_000, timeout=300)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    partial = snapshot(db_file)
    loaded = {row[0] for row in partial["issues"]}
    assert 0 < len(loaded) < 400, "the kill should land mid-load"
    issue_ids_with_articles = {row[1] for row in partial["articles"]}
    assert issue_ids_with_articles <= loaded  # no half-loaded issue: rows only for committed issues

    rerun = run_baoxun("run", str(corpus), "--db", str(db_file))
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(db_file) == clean_snapshot
    con = duckdb.connect(str(db_file), read_only=True)
    statuses = sorted(r[0] for r in con.execute("SELECT status FROM loads").fetchall())
    con.close()
    assert statuses == ["interrupted", "ok"]


def test_two_runs_at_once_wait_or_exit_clearly(corpus, clean_snapshot, tmp_path):
    db_file = tmp_path / "both.duckdb"
    first = subprocess.Popen([*BAOXUN, "run", str(corpus), "--db", str(db_file), "--batch-size", "8"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: holds_lock(db_file), timeout=180)

    impatient = run_baoxun("run", str(corpus), "--db", str(db_file), "--wait", "0")
    assert impatient.returncode == 1
    assert "in use by" in impatient.stderr and "Traceback" not in impatient.stderr + impatient.stdout

    reader = run_baoxun("sql", "SELECT count(*) FROM issues", "--db", str(db_file))
    if reader.returncode == 0:
        assert reader.stdout.strip()  # a consistent read
    else:
        assert "being written" in reader.stderr and "Traceback" not in reader.stderr

    patient = subprocess.Popen([*BAOXUN, "run", str(corpus), "--db", str(db_file), "--wait", "600", "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert first.wait(timeout=600) == 0, first.stderr.read()
    out, err = patient.communicate(timeout=600)
    assert patient.returncode == 0, err
    assert '"issues_unchanged": 400' in out
    assert snapshot(db_file) == clean_snapshot


def test_a_50_mb_file_loads_or_fails_clearly(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "000_c8ec1aa436eee989.txt", raw / "2023-12-01.txt")
    chunk = (RAW / "001_5d41c8aedcc40f6a.txt").read_text(encoding="utf-8")
    with (raw / "2023-01-05.txt").open("w", encoding="utf-8") as out:
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
    db_file = tmp_path / "big.duckdb"
    result = run_baoxun("run", str(raw), "--db", str(db_file), "--json", timeout=1800)
    con = duckdb.connect(str(db_file), read_only=True)
    loaded = {r[0] for r in con.execute("SELECT source_path FROM issues").fetchall()}
    errors = con.execute("SELECT source_path, message FROM ingest_errors").fetchall()
    con.close()
    assert "2023-12-01.txt" in loaded  # the rest of the run goes on
    if "2023-01-05.txt" not in loaded:
        assert result.returncode == 1 and errors and errors[0][0] == "2023-01-05.txt" and "MB" in errors[0][1]
    else:
        assert result.returncode == 0
