"""Prefect settings baoxun needs, applied before Prefect is first imported.

Environment variables the user set win over these defaults.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from warehouse import locations

PROJECT_ROOT = locations.PACKAGE_PARENT
# .state in a clone; $BAOXUN_STATE_DIR or the user's state folder when installed (warehouse/locations.py).
STATE_DIR = locations.state_dir()
SERVER_URL_FILE = STATE_DIR / "prefect-server.url"

_DEFAULTS = {
    # No telemetry: no DNS lookup and no ERROR line on a machine without internet.
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Prefect's own database and settings live with the project, not in ~/.prefect.
    "PREFECT_HOME": str(STATE_DIR / "prefect"),
    # Prefect logs its task states at INFO; baoxun prints its own summary.
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # The temporary API server takes ~8 s to start, far more on a loaded machine; 20 s is too tight.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def configure() -> None:
    """Apply baoxun's defaults for Prefect (idempotent; must run before ``import prefect``)."""
    for key, value in _DEFAULTS.items():
        os.environ.setdefault(key, value)
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    if "PREFECT_API_URL" not in os.environ:
        url = running_server_url()
        if url:
            os.environ["PREFECT_API_URL"] = url


def running_server_url() -> str | None:
    """The API URL of a Prefect server that ``baoxun serve`` started and that still answers."""
    try:
        url = SERVER_URL_FILE.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not url:
        return None
    return url if _healthy(url) else None


# The background API of flows/prefect_daemon.py: its URL and process id while it runs.
API_RECORD_FILE = STATE_DIR / "prefect-api.json"
API_START_TIMEOUT_SECONDS = 120.0


def _healthy(url: str, timeout: float = 0.5) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def _api_already_configured() -> bool:
    if os.environ.get("PREFECT_API_URL"):
        return True
    if "prefect.settings" in sys.modules:
        # A caller (a test harness, a served deployment) set it in Prefect's own settings context.
        from prefect.settings import get_current_settings

        return bool(get_current_settings().api.url)
    return False


def background_api_url() -> str | None:
    """The URL of the background API if it runs and answers."""
    import json

    try:
        record = json.loads(API_RECORD_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = record.get("api_url")
    if not url:
        return None
    # Its process alive, it may be busy a moment (preparing its routes just after it started, on a
    # loaded machine): it is given seconds to answer rather than half of one, or a second API starts.
    return url if _healthy(url, timeout=10.0 if pid_alive(record.get("pid")) else 0.5) else None


def pid_alive(pid) -> bool:
    """Whether a process with this id (as read from a record) exists."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


def forget_api(url: str) -> None:
    """Remove the background API's record if it is this URL's (called by the API as it stops)."""
    try:
        if url in API_RECORD_FILE.read_text(encoding="utf-8"):
            API_RECORD_FILE.unlink()
    except OSError:
        pass


class PendingAPI:
    """A background API being started: :meth:`wait` until it answers (import Prefect meanwhile)."""

    def __init__(self, url: str | None, process=None, lock=None) -> None:
        self.url = url
        self.process = process
        self.lock = lock

    def cancel(self) -> None:
        """Stop the API being started (the run turned out to have nothing for it)."""
        global _PENDING
        if _PENDING is self:
            _PENDING = None
        if self.process is not None:
            self.process.terminate()
            self.process = None
        if os.environ.get("PREFECT_API_URL") == self.url and self.url:
            os.environ.pop("PREFECT_API_URL")
        if self.lock is not None:
            self.lock.close()
            self.lock = None

    def wait(self) -> str | None:
        import json
        import time

        try:
            if self.process is None:
                return self.url
            deadline = time.monotonic() + API_START_TIMEOUT_SECONDS
            while not _healthy(self.url):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    raise RuntimeError(
                        f"the background Prefect API did not start (see {STATE_DIR / 'prefect-api.log'}); "
                        "BAOXUN_PREFECT_API=temporary uses Prefect's temporary server instead"
                    )
                time.sleep(0.1)
            API_RECORD_FILE.write_text(json.dumps({"api_url": self.url, "pid": self.process.pid}), encoding="utf-8")
            self.process = None  # up: a later wait() returns at once
            return self.url
        finally:
            if self.lock is not None:
                self.lock.close()  # releases the flock
                self.lock = None


# The API this process started, until it is cancelled: later start_api() calls return it.
_PENDING: PendingAPI | None = None


def start_api() -> PendingAPI:
    """Before a flow run: point Prefect at an API that is up, or start the background one.

    Does nothing when ``PREFECT_API_URL`` is set (a server of your own, ``baoxun serve``'s) or when
    ``BAOXUN_PREFECT_API=temporary`` asks for Prefect's own temporary server per run. Sets
    ``PREFECT_API_URL`` for this process at once, so Prefect may be imported while the API starts.
    """
    global _PENDING
    if _PENDING is not None:
        return _PENDING  # started earlier in this process (the CLI starts it before heavy imports)
    if _api_already_configured() or os.environ.get("BAOXUN_PREFECT_API", "background") == "temporary":
        return PendingAPI(None)
    import fcntl
    import socket
    import subprocess

    STATE_DIR.mkdir(parents=True, exist_ok=True)
    # One starter at a time: two runs starting together share one API.
    lock = open(STATE_DIR / "prefect-api.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    url = background_api_url()
    if url is not None:
        lock.close()
        os.environ["PREFECT_API_URL"] = url
        return PendingAPI(url)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    with open(STATE_DIR / "prefect-api.log", "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows.prefect_daemon", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(PROJECT_ROOT),
            env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))},
            # Its own session: Ctrl-C on this run does not stop it; it stops itself when idle.
            start_new_session=True,
        )
    os.environ["PREFECT_API_URL"] = url
    _PENDING = PendingAPI(url, process, lock)
    return _PENDING


def ensure_api() -> str | None:
    """:func:`start_api` and wait until it answers."""
    return start_api().wait()
