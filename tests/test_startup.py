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


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=1) as response:
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
    assert url and first["env"] == url and healthy(url)
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
