"""`baoxun serve`: the ingest flow as a scheduled Prefect deployment, and the calendar kept fresh.

A schedule needs a real Prefect API (the temporary server of a plain run cannot schedule), so
``serve`` starts one (``prefect server start``, SQLite under ``.state/prefect``) unless one is
already running, serves the deployment with ``flow.serve`` and, on Ctrl-C or SIGTERM, stops the
runner first and then the server it started: no process outlives it.
"""

from __future__ import annotations

from flows import prefect_env

prefect_env.configure()

import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runner import Runner  # noqa: E402
from prefect.schedules import Cron, Interval, Schedule  # noqa: E402
from prefect.settings import (  # noqa: E402
    PREFECT_API_URL,
    PREFECT_LOGGING_LEVEL,
    PREFECT_LOGGING_TO_API_ENABLED,
    temporary_settings,
)
from prefect.types.entrypoint import EntrypointType  # noqa: E402

from flows.calendar import LOCAL_TZID, local_today, write_calendar  # noqa: E402
from flows.fetch import fetch_recent  # noqa: E402
from flows.ingest import DEFAULT_BATCH_SIZE, build_flow  # noqa: E402
from flows.report import summary_json  # noqa: E402
from warehouse import db as warehouse_db  # noqa: E402
from warehouse import locations  # noqa: E402

DEFAULT_CRON = "0 6 * * *"
DEFAULT_CALENDAR = locations.default_calendar()
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
# A subscribed calendar keeps entries that ended this many days before the run.
CALENDAR_PAST_DAYS = 30
DEPLOYMENT_NAME = "scheduled"
FLOW_NAME = "baoxun-scheduled-ingest"
SERVER_START_TIMEOUT = 120.0
SERVER_STOP_TIMEOUT = 15.0
# A served run waits this long for another writer (a manual `baoxun run`) before it fails.
SERVED_WAIT_SECONDS = 300.0


class ServeError(RuntimeError):
    """Serving cannot start; the message says why and what to do."""


@task(name="refresh-calendar", retries=3, retry_delay_seconds=5, cache_policy=NO_CACHE)
def refresh_calendar(db_path: str, calendar_path: str, past_days: int) -> int:
    """Rewrite the subscribed calendar file from the ``deadlines`` view (after the load has finished)."""
    return write_calendar(db_path, calendar_path, start=local_today() - timedelta(days=past_days))


@flow(name=FLOW_NAME, log_prints=False)
def scheduled_ingest(
    raw_dir: str,
    db_path: str,
    calendar_path: str | None = str(DEFAULT_CALENDAR),
    area_code: str | None = None,
    calendar_past_days: int = CALENDAR_PAST_DAYS,
    papers: list[str] | None = None,
    papers_path: str | None = None,
    fetch_days: int = 3,
) -> dict:
    """Fetch the recent issues of ``papers`` (if any) into ``raw_dir``, ingest what is new or changed, refresh the calendar."""
    fetched = fetch_recent(papers, raw_dir, db_path, papers_path, fetch_days) if papers else None
    ingest_flow = build_flow("local")
    summary = ingest_flow(raw_dir, db_path, area_code, DEFAULT_BATCH_SIZE, False, False, SERVED_WAIT_SECONDS, "local")
    result = summary_json(summary)
    if fetched is not None:
        result["fetched"] = fetched
    logger = get_run_logger()
    logger.info(
        "ingest %s: %d new, %d changed, %d unchanged, %d failed",
        raw_dir, summary.new, summary.changed, summary.unchanged, summary.failed,
    )
    if calendar_path:
        # The ingest subflow closed its connection: the single DuckDB writer is done.
        result["calendar_entries"] = refresh_calendar(db_path, calendar_path, calendar_past_days)
        logger.info("calendar %s: %d entries", calendar_path, result["calendar_entries"])
    return result


def make_schedule(cron: str | None = DEFAULT_CRON, interval: float | None = None) -> Schedule:
    """A cron schedule read in Asia/Shanghai (Prefect reads cron as UTC otherwise), or an interval."""
    if interval is not None:
        if interval <= 0:
            raise ValueError("the interval must be a positive number of seconds")
        return Interval(timedelta(seconds=interval), timezone=LOCAL_TZID)
    from prefect.client.schemas.schedules import CronSchedule

    expression = (cron or DEFAULT_CRON).strip()
    try:
        CronSchedule(cron=expression, timezone=LOCAL_TZID)
    except ValueError as exc:
        raise ValueError(f"{expression!r} is not a cron expression (e.g. '0 6 * * *')") from exc
    return Cron(expression, timezone=LOCAL_TZID)


# ---------------------------------------------------------------- the Prefect server


@dataclass(frozen=True, kw_only=True)
class PrefectServer:
    """A Prefect API to serve against; ``process`` is set when this ``serve`` started it."""

    api_url: str
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def ui_url(self) -> str:
        return self.api_url.removesuffix("/api")


def _healthy(api_url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def run_now_command(api_url: str) -> str:
    """The shell command that starts a run of the served deployment now."""
    # The prefect command is installed next to this Python (.venv/bin), rarely on PATH.
    prefect_command = os.path.relpath(Path(sys.executable).parent / "prefect")
    return f"PREFECT_API_URL={api_url} {prefect_command} deployment run '{FLOW_NAME}/{DEPLOYMENT_NAME}'"


def free_port(host: str = DEFAULT_HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _owner_file() -> Path:
    return prefect_env.STATE_DIR / "prefect-server.json"


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def start_server(host: str = DEFAULT_HOST, port: int | None = DEFAULT_PORT, *, timeout: float = SERVER_START_TIMEOUT) -> PrefectServer:
    """Start ``prefect server start`` in its own process group and wait until its API answers."""
    if port is None or not _port_free(host, port):
        port = free_port(host)
    api_url = f"http://{host}:{port}/api"
    log_path = prefect_env.STATE_DIR / "prefect-server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            # Its own group: Ctrl-C in the terminal reaches only us, and we stop it after the runner.
            start_new_session=True,
        )
    server = PrefectServer(api_url=api_url, process=process, log_path=log_path)
    deadline = time.monotonic() + timeout
    try:
        while not _healthy(api_url, timeout=0.5):
            if process.poll() is not None:
                raise ServeError(f"the Prefect server exited with code {process.returncode}:\n{_log_tail(log_path)}")
            if time.monotonic() > deadline:
                raise ServeError(f"the Prefect server did not answer at {api_url} within {timeout:.0f} s (log: {log_path})")
            time.sleep(0.2)
    except BaseException:
        stop_server(server)
        raise
    return server


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def stop_server(server: PrefectServer, timeout: float = SERVER_STOP_TIMEOUT) -> None:
    """SIGTERM the server's process group; SIGKILL whatever is left of it after ``timeout``."""
    process = server.process
    if process is None:
        return
    _signal_group(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    # Workers of the group, or a leader that ignored SIGTERM.
    _signal_group(process.pid, signal.SIGKILL)
    try:
        process.wait(timeout=5.0)
    except subprocess.TimeoutExpired:
        pass


def _adoptable_server() -> PrefectServer | None:
    """A server a ``baoxun serve`` started and that still runs although its owner has gone."""
    try:
        record = json.loads(_owner_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if prefect_env.pid_alive(record.get("owner_pid")) or not prefect_env.pid_alive(record.get("server_pid")):
        return None
    url = record.get("api_url")
    if not url or not _healthy(url):
        return None
    return PrefectServer(api_url=url, process=_Adopted(record["server_pid"]), log_path=None)


class _Adopted:
    """Enough of ``Popen`` for :func:`stop_server` to stop a server started by an earlier ``serve``."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode = None

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while prefect_env.pid_alive(self.pid):
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.1)
        return 0


@contextmanager
def prefect_api(host: str = DEFAULT_HOST, port: int | None = DEFAULT_PORT, *, echo: Callable[[str], None] = print) -> Iterator[PrefectServer]:
    """The Prefect API to serve against: ``$PREFECT_API_URL``, a running ``baoxun serve`` server, or a new one.

    A server started here has its URL in ``prefect_env.SERVER_URL_FILE`` while it runs (so ``baoxun run``
    uses it) and is stopped on exit; one that was already running is left alone.
    """
    configured = os.environ.get("PREFECT_API_URL")
    if configured and configured != prefect_env.running_server_url():
        if not _healthy(configured, timeout=5.0):
            raise ServeError(f"PREFECT_API_URL={configured} does not answer; unset it to let baoxun start a server")
        yield PrefectServer(api_url=configured)
        return
    adopted = _adoptable_server()
    if adopted is None and configured:
        # Another `baoxun serve` owns this server; share it and leave it running.
        yield PrefectServer(api_url=configured)
        return
    if adopted is None:
        echo(f"starting a Prefect server (state in {os.environ.get('PREFECT_HOME')}; a first start sets up its database)")
    else:
        echo(f"taking over the Prefect server at {adopted.ui_url}, left running by an earlier baoxun serve")
    server = adopted or start_server(host, port)
    try:
        prefect_env.SERVER_URL_FILE.parent.mkdir(parents=True, exist_ok=True)
        prefect_env.SERVER_URL_FILE.write_text(server.api_url + "\n", encoding="utf-8")
        _owner_file().write_text(
            json.dumps({"api_url": server.api_url, "server_pid": server.process.pid, "owner_pid": os.getpid()}),
            encoding="utf-8",
        )
        yield server
    finally:
        echo(f"stopping the Prefect server at {server.ui_url}")
        stop_server(server)
        for path in (prefect_env.SERVER_URL_FILE, _owner_file()):
            try:
                if server.api_url in path.read_text(encoding="utf-8"):
                    path.unlink()
            except OSError:
                pass


def _interrupt(signum, frame):  # noqa: ARG001 - signal handler signature
    # Until the runner takes over, SIGTERM unwinds like Ctrl-C so the server is stopped too.
    raise KeyboardInterrupt


async def _run_until_signalled(runner) -> None:
    """Run ``runner`` until SIGINT or SIGTERM, then cancel its in-flight runs and shut it down.

    Prefect's own SIGTERM handler calls the runner's sync ``stop()`` from inside its event loop, and
    on Ctrl-C the runner waits for a running flow to finish; here both signals stop it the same way.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def request_stop(*_args) -> None:
        loop.call_soon_threadsafe(stop.set)

    # start() registers runner.handle_sigterm for SIGTERM; the instance attribute wins over the method.
    runner.handle_sigterm = request_stop
    loop.add_signal_handler(signal.SIGINT, request_stop)
    started = asyncio.ensure_future(runner.start())
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({started, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if started.done():
            started.result()
            return
        if runner.started:
            await runner.astop()
            await started
        else:
            started.cancel()
            await asyncio.gather(started, return_exceptions=True)
    finally:
        stopped.cancel()
        loop.remove_signal_handler(signal.SIGINT)


# ---------------------------------------------------------------- serving


def _serve_deployment(schedule: Schedule, parameters: dict, server: PrefectServer, when: str, echo) -> None:
    # One run at a time: a late run waits for the previous one instead of fighting its lock.
    runner = Runner(name=f"baoxun-serve-{os.getpid()}", limit=1, pause_on_shutdown=True)
    deployment_id = runner.add_flow(
        scheduled_ingest,
        name=DEPLOYMENT_NAME,
        schedule=schedule,
        parameters=parameters,
        description="Ingest new or changed raw issues, then refresh the deadlines calendar.",
        tags=["baoxun"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    echo(f"Prefect UI: {server.ui_url}/deployments/deployment/{deployment_id}  (API {server.api_url})")
    echo(f"serving {FLOW_NAME}/{DEPLOYMENT_NAME}: {when}; {parameters['raw_dir']} → {parameters['db_path']}")
    if parameters.get("papers"):
        echo(f"before each run: fetch the last {parameters['fetch_days']} days' issues of {', '.join(parameters['papers'])}"
             f" into {parameters['raw_dir']}")
    if parameters["calendar_path"]:
        echo(f"after each run: calendar {parameters['calendar_path']}")
    echo(f"run now: {run_now_command(server.api_url)}"
         " (or Quick run in the UI); stop: Ctrl-C")
    asyncio.run(_run_until_signalled(runner))


def serve(
    raw_dir: str | Path = "raw",
    *,
    db_path: str | Path | None = None,
    cron: str | None = DEFAULT_CRON,
    interval: float | None = None,
    calendar_path: str | Path | None = DEFAULT_CALENDAR,
    calendar_past_days: int = CALENDAR_PAST_DAYS,
    area_code: str | None = None,
    host: str = DEFAULT_HOST,
    port: int | None = DEFAULT_PORT,
    echo: Callable[[str], None] = print,
    papers: list[str] | None = None,
    papers_path: str | Path | None = None,
    fetch_days: int = 3,
) -> None:
    """Serve the scheduled ingest until SIGINT or SIGTERM; blocks."""
    schedule = make_schedule(cron, interval)
    parameters = {
        "raw_dir": str(Path(raw_dir).expanduser().resolve()),
        "db_path": str(Path(db_path or warehouse_db.default_db_path()).expanduser().resolve()),
        "calendar_path": str(Path(calendar_path).expanduser().resolve()) if calendar_path else None,
        "area_code": area_code,
        "calendar_past_days": calendar_past_days,
        "papers": list(papers) if papers else None,
        "papers_path": str(Path(papers_path).expanduser().resolve()) if papers_path else None,
        "fetch_days": fetch_days,
    }
    when = f"every {interval:g} s" if interval is not None else f"cron '{schedule.cron}' ({LOCAL_TZID})"
    previous = {sig: signal.signal(sig, handler) for sig, handler in
                ((signal.SIGTERM, _interrupt), (signal.SIGINT, signal.default_int_handler))}
    try:
        with prefect_api(host, port, echo=echo) as server:
            try:
                os.environ["PREFECT_API_URL"] = server.api_url
                # Served runs send their logs to the UI, unlike one-off CLI runs.
                with temporary_settings(
                    {PREFECT_API_URL: server.api_url, PREFECT_LOGGING_TO_API_ENABLED: True, PREFECT_LOGGING_LEVEL: "INFO"}
                ):
                    _serve_deployment(schedule, parameters, server, when, echo)
            finally:
                # A second Ctrl-C must not cut short stopping the server.
                for sig in previous:
                    signal.signal(sig, signal.SIG_IGN)
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    echo("baoxun serve stopped")


__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_CRON",
    "PrefectServer",
    "ServeError",
    "make_schedule",
    "prefect_api",
    "refresh_calendar",
    "scheduled_ingest",
    "serve",
    "start_server",
    "stop_server",
]
