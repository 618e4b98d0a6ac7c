"""`baoxun serve`: a scheduled deployment that picks up new files, refreshes the calendar, and stops cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import psutil
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from flows.calendar import entry_uid
from flows.cli import main
from flows.serve import free_port, make_schedule
from tests.conftest import RAW

BAOXUN = Path(sys.executable).with_name("baoxun")
FIRST = "001_5d41c8aedcc40f6a.txt"  # 2023-01-05
DROPPED = "000_c8ec1aa436eee989.txt"  # 2023-12-01, prints the 2024 registration windows


@pytest.mark.parametrize(
    ("cron", "interval", "expected"),
    [
        (None, None, ("0 6 * * *", None)),
        ("30 7 * * 1-5", None, ("30 7 * * 1-5", None)),
        ("0 6 * * *", 2, (None, 2.0)),
    ],
)
def test_schedule_is_read_in_asia_shanghai(cron, interval, expected):
    schedule = make_schedule(cron, interval)
    assert schedule.timezone == "Asia/Shanghai"
    assert (schedule.cron, schedule.interval.total_seconds() if schedule.interval else None) == expected


@pytest.mark.parametrize(("cron", "interval"), [("every morning", None), ("61 6 * * *", None), (None, 0), (None, -5)])
def test_bad_schedules_are_refused(cron, interval):
    with pytest.raises(ValueError):
        make_schedule(cron, interval)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cron", "every morning"], "is not a cron expression"),
        (["--interval", "0"], "--interval"),
        (["{tmp}/missing"], "does not exist"),
    ],
)
def test_cli_refuses_bad_arguments_before_starting_anything(tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if not any(a.startswith(str(tmp_path)) for a in args):
        args.append(str(tmp_path))
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 2
    assert message in result.output


# ---------------------------------------------------------------- a real scheduled run


def write_manifest(raw: Path, *rows: tuple[str, str]) -> None:
    lines = ["file,issue_date,paper", *(f"{name},{day},太原日报" for name, day in rows)]
    (raw / "issues.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def loaded_issues(db: Path) -> dict[str, date]:
    """The issues in the warehouse, or {} while it does not exist or a served run holds its lock."""
    if not db.exists():
        return {}
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return {}
    try:
        return dict(con.execute("SELECT source_path, issue_date FROM issues").fetchall())
    except duckdb.Error:
        return {}
    finally:
        con.close()


def calendar_uids(path: Path) -> set[str]:
    try:
        return {str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).events}
    except (OSError, ValueError):
        return set()


def wait_for(condition, timeout: float, what: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"baoxun serve exited ({process.returncode}) while waiting for {what}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {timeout:.0f} s:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)


def command_line(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:
        return []


def serve_environment(state: Path) -> dict[str, str]:
    # The child must build its own Prefect settings from its own state folder, not this session's.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "BAOXUN_"))}
    env.update(
        BAOXUN_STATE_DIR=str(state),
        PREFECT_RUNNER_POLL_FREQUENCY="1",
        PYTHONUNBUFFERED="1",
        DO_NOT_TRACK="1",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
    )
    return env


@pytest.mark.parametrize(
    "stop_signal",
    [
        signal.SIGTERM,
        # Ctrl-C takes the same shutdown path; `make stress` runs it to keep `make test` short.
        pytest.param(signal.SIGINT, marks=pytest.mark.slow),
    ],
    ids=["SIGTERM", "SIGINT"],
)
def test_scheduled_run_picks_up_a_new_file_and_stopping_leaves_no_process(tmp_path, stop_signal):
    raw, state = tmp_path / "raw", tmp_path / "state"
    raw.mkdir()
    shutil.copy(RAW / FIRST, raw)
    write_manifest(raw, (FIRST, "2023-01-05"))
    db, ics, log = tmp_path / "baoxun.duckdb", tmp_path / "deadlines.ics", tmp_path / "serve.log"
    port = free_port()
    command = [str(BAOXUN), "serve", str(raw), "--db", str(db), "--interval", "2", "--port", str(port),
               "--calendar", str(ics), "--calendar-past-days", "100000"]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, env=serve_environment(state), stdout=out, stderr=subprocess.STDOUT,
                                   cwd=tmp_path, start_new_session=True)
    descendants: list[psutil.Process] = []
    try:
        wait_for(lambda: FIRST in loaded_issues(db), 180, f"scheduled run loading {FIRST}", process, log)
        url_file = state / "prefect-server.url"
        assert url_file.read_text().strip() == f"http://127.0.0.1:{port}/api"
        assert f"Prefect UI: http://127.0.0.1:{port}" in log.read_text()

        # A new issue dropped into the folder is picked up by a later scheduled run.
        shutil.copy(RAW / DROPPED, raw / f".{DROPPED}.part")
        os.replace(raw / f".{DROPPED}.part", raw / DROPPED)
        write_manifest(raw, (FIRST, "2023-01-05"), (DROPPED, "2023-12-01"))
        wait_for(lambda: loaded_issues(db).get(DROPPED) == date(2023, 12, 1), 120, f"a run loading {DROPPED}",
                 process, log)
        assert loaded_issues(db)[FIRST] == date(2023, 1, 5)

        # ...and the calendar refreshed after it shows the windows that issue printed.
        wait_for(lambda: len({u for u in calendar_uids(ics) if u.endswith(":window@baoxun")}) == 4, 60,
                 "the four registration windows in the calendar", process, log)
        windows = {u for u in calendar_uids(ics) if u.endswith(":window@baoxun")}
        assert all(uid == entry_uid(uid.removesuffix("@baoxun")) for uid in windows)

        descendants = psutil.Process(process.pid).children(recursive=True)
        assert any(command_line(p)[-6:-4] == ["server", "start"] for p in descendants), [command_line(p) for p in descendants]
    finally:
        if process.poll() is None:
            process.send_signal(stop_signal)
        try:
            code = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"baoxun serve did not stop within 60 s of {stop_signal.name}:\n{log.read_text()[-3000:]}")
    assert code == 0, log.read_text()[-3000:]
    # multiprocessing's resource tracker leaves a moment after its parent, on reading EOF.
    _, survivors = psutil.wait_procs(descendants, timeout=15)
    assert survivors == [], [command_line(p) for p in survivors]
    assert not (state / "prefect-server.url").exists()
    assert "baoxun serve stopped" in log.read_text()
