"""Start-up: an unchanged re-run never touches Prefect; a flow run finds (or starts) a background API that stops when idle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import RAW, ROOT

RUN_AND_REPORT = """
import json, sys
from flows.ingest import ingest
summary = ingest(sys.argv[1], sys.argv[2])
print(json.dumps({"new": summary.new, "unchanged": summary.unchanged, "prefect_imported": "prefect" in sys.modules,
                  "api": __import__("os").environ.get("PREFECT_API_URL")}))
"""


def run_python(code: str, *args: str, env: dict[str, str], timeout: float = 300) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def child_env(state: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "BAOXUN_STATE_DIR": str(state), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    env.pop("BAOXUN_PREFECT_API", None)
    return {**env, **extra}


def healthy(url: str, timeout: float = 1) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture
def state_dir(tmp_path: Path):
    state = tmp_path / "state"
    yield state
    # Stop a background API a test left running (its process id is in the record).
    try:
        record = json.loads((state / "prefect-api.json").read_text(encoding="utf-8"))
        os.kill(record["pid"], 15)
    except (OSError, ValueError, KeyError):
        pass


@pytest.mark.usefixtures("prefect_server")
def test_an_unchanged_re_run_never_imports_prefect(tmp_path: Path, state_dir: Path):
    from flows.ingest import ingest

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "s.duckdb"
    assert ingest(raw, db).new == 5  # the first run extracts, on the session's Prefect server
    again = run_python(RUN_AND_REPORT, str(raw), str(db), env=child_env(state_dir))
    assert again == {"new": 0, "unchanged": 5, "prefect_imported": False, "api": None}


CLI_RUN_AND_REPORT = """
import json, sys
from flows.cli import main
sys.argv = ["baoxun", "run", sys.argv[1], "--db", sys.argv[2], "--json"]
try:
    main()
except SystemExit:
    pass
heavy = ("prefect", "jieba", "extractors.dates", "extractors.meetings", "dateparser")
print(json.dumps({"heavy_imported": sorted(m for m in heavy if m in sys.modules)}))
"""


@pytest.mark.usefixtures("prefect_server")
def test_an_unchanged_re_run_through_the_cli_loads_no_extractor_or_prefect(tmp_path: Path, state_dir: Path):
    """What makes an unchanged re-run cost ~1 s and not ~2.5: the CLI and the schema read the record
    declarations, which must not compile the date grammar, load jieba or import Prefect."""
    from flows.ingest import ingest

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "s.duckdb"
    assert ingest(raw, db).new == 5
    again = run_python(CLI_RUN_AND_REPORT, str(raw), str(db), env=child_env(state_dir))
    assert again == {"heavy_imported": []}


ENSURE_API = """
import json, os
from flows import prefect_env
url = prefect_env.ensure_api()
print(json.dumps({"url": url, "env": os.environ.get("PREFECT_API_URL")}))
"""


def test_the_background_api_is_shared_by_runs_and_stops_when_idle(state_dir: Path):
    env = child_env(state_dir, BAOXUN_PREFECT_IDLE_SECONDS="4")
    first = run_python(ENSURE_API, env=env)
    url = first["url"]
    # Just started, it may be busy a moment preparing its routes: it answers within seconds.
    assert url and first["env"] == url and healthy(url, timeout=15)
    # Started on the database, it records that (just after it answers): the next start skips migrating it.
    record = Path(env.get("PREFECT_HOME") or state_dir / "prefect") / "baoxun-initialised.json"
    deadline = time.monotonic() + 10
    while not record.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert json.loads(record.read_text(encoding="utf-8"))["migration"]
    record = json.loads((state_dir / "prefect-api.json").read_text(encoding="utf-8"))
    assert record["api_url"] == url
    second = run_python(ENSURE_API, env=env)
    assert second["url"] == url  # found, not started again
    deadline = time.monotonic() + 60
    while healthy(url) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not healthy(url), "the background API should stop after 4 s without a request"
    time.sleep(1)
    assert not (state_dir / "prefect-api.json").exists()


def test_a_configured_api_is_left_alone(state_dir: Path):
    env = child_env(state_dir, PREFECT_API_URL="http://127.0.0.1:9/api")
    assert run_python(ENSURE_API, env=env) == {"url": None, "env": "http://127.0.0.1:9/api"}
    assert not (state_dir / "prefect-api.json").exists()


# --- the head start: the first batches are extracted while the API starts ---------------------------


def planned_samples(tmp_path: Path):
    from flows.discover import discover
    from flows.ingest import plan
    from extractors.registry import extractor_version

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    todo, unchanged, errors = plan(discover(raw).files, {}, extractor_version())
    assert len(todo) == 5 and not unchanged and not errors
    return todo


def test_a_batch_the_head_start_extracted_is_taken_once_not_extracted_again(tmp_path: Path):
    from flows.ingest import _HeadStart, process_files

    todo = planned_samples(tmp_path)
    first, second, third = todo[:2], todo[2:4], todo[4:]
    head = _HeadStart([first, second, third], None).start()
    head.thread.join(timeout=300)
    try:
        assert len(head.results) == _HeadStart.MAX_BATCHES == 2  # never more than two held
        taken = process_files(first, None)
        assert [i.source_path for i in taken.issues] == [p.source.meta.source_path for p in first]
        again = process_files(first, None)
        assert again is not taken and [i.records for i in again.issues] == [i.records for i in taken.issues]
        assert process_files(second, "0351").issues  # another area code: extracted here, the held one kept
        assert _HeadStart.key(second, None) in head.results
        assert process_files(third, None).issues  # not begun by the head start: extracted here
    finally:
        head.close()
    assert _HeadStart.current is None


def test_a_stopped_head_start_begins_no_batch(tmp_path: Path):
    from flows.ingest import _HeadStart

    todo = planned_samples(tmp_path)
    head = _HeadStart([todo[:1], todo[1:2]], None)
    head.stop()
    head.start()
    head.thread.join(timeout=60)
    head.close()
    assert head.results == {} and head.busy == 0.0


START_TWICE = """
import json, os
from flows import prefect_env
first = prefect_env.start_api()
second = prefect_env.start_api()
same = first is second and first.url is not None and os.environ.get("PREFECT_API_URL") == first.url
first.cancel()
third = prefect_env.start_api()
third.cancel()
print(json.dumps({"same": same, "third_is_new": third is not first, "env_after_cancel": os.environ.get("PREFECT_API_URL"),
                  "record": (prefect_env.API_RECORD_FILE).exists()}))
"""


def test_an_api_started_early_in_a_process_is_the_one_the_run_waits_for(state_dir: Path):
    # The CLI starts the API before importing the extractors; ingest() must wait for that one, not
    # take the URL already set for a running API. A cancelled start leaves no record behind.
    assert run_python(START_TWICE, env=child_env(state_dir)) == {
        "same": True, "third_is_new": True, "env_after_cancel": None, "record": False}


def test_the_writer_draws_no_progress_bar_on_stdout(tmp_path: Path):
    # DuckDB draws one on stdout for a query over ~2 s (loading a 50 MB issue on a busy machine),
    # which made `baoxun run --json` print something that is not JSON.
    from flows.ingest import prepare_run
    from warehouse import db as warehouse_db

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    con = warehouse_db.connect(str(tmp_path / "w.duckdb"))
    try:
        prepare_run(con, str(raw), str(tmp_path / "w.duckdb"), None, False, "local")
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0] is False
    finally:
        con.close()


def test_a_start_on_a_database_this_prefect_initialised_skips_migrating(tmp_path: Path, monkeypatch):
    """The record written once the API started on Prefect's database: a later start skips migrating
    and registering block types, unless the database was made again or the user set those options."""
    import sqlite3

    from flows import prefect_daemon

    home = tmp_path / "prefect"
    home.mkdir()
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.delenv("PREFECT_API_DATABASE_CONNECTION_URL", raising=False)
    monkeypatch.delenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", raising=False)
    options = ("PREFECT_API_DATABASE_MIGRATE_ON_START", "PREFECT_API_BLOCKS_REGISTER_ON_START",
               "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION")
    for option in options:
        monkeypatch.delenv(option, raising=False)

    def make_database(migration: str | None) -> None:
        (home / "prefect.db").unlink(missing_ok=True)
        with sqlite3.connect(home / "prefect.db") as con:
            if migration is not None:
                con.execute("CREATE TABLE alembic_version (version_num TEXT)")
                con.execute("INSERT INTO alembic_version VALUES (?)", (migration,))

    assert not prefect_daemon.skip_initialising_if_done()  # no database, no record
    make_database("rev1")
    assert not prefect_daemon.skip_initialising_if_done()  # no record yet
    assert all(option not in os.environ for option in options)
    prefect_daemon.record_initialised()
    assert prefect_daemon.skip_initialising_if_done()
    assert [os.environ[option] for option in options] == ["false", "false", "false"]

    for option in options:
        monkeypatch.delenv(option)
    make_database(None)  # deleted and created again, not migrated
    assert not prefect_daemon.skip_initialising_if_done()
    make_database("rev2")  # migrated by another Prefect since
    assert not prefect_daemon.skip_initialising_if_done()
    assert all(option not in os.environ for option in options)

    prefect_daemon.record_initialised()
    monkeypatch.setenv("PREFECT_API_DATABASE_MIGRATE_ON_START", "true")  # the user's choice wins
    assert prefect_daemon.skip_initialising_if_done()
    assert os.environ["PREFECT_API_DATABASE_MIGRATE_ON_START"] == "true"

    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://db/prefect")
    assert not prefect_daemon.skip_initialising_if_done()  # a database of the user's own: always as Prefect does


def test_a_busy_background_api_whose_process_lives_is_waited_for_not_started_again(tmp_path: Path, monkeypatch):
    """Just started, the API may take seconds to answer (it prepares its routes): a run finding its
    record with the process alive waits for it; a record whose process is gone is not waited for."""
    import http.server
    import threading

    from flows import prefect_env

    class SlowHealth(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the handler's name
            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), SlowHealth)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/api"
    record = tmp_path / "prefect-api.json"
    monkeypatch.setattr(prefect_env, "API_RECORD_FILE", record)
    try:
        record.write_text(json.dumps({"api_url": url, "pid": os.getpid()}), encoding="utf-8")
        assert prefect_env.background_api_url() == url
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout
        record.write_text(json.dumps({"api_url": url, "pid": int(gone)}), encoding="utf-8")
        assert prefect_env.background_api_url() is None
    finally:
        server.shutdown()
