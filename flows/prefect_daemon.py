"""A Prefect API that outlives one ``baoxun run`` and stops itself when idle.

Without ``PREFECT_API_URL`` every Prefect flow run starts a temporary API server in a new process
and stops it at exit: 10–30 s per ``baoxun run`` on a loaded machine (importing the server, ~5 s;
migrating a fresh database, ~10 s; registering block types, ~3 s). Instead, the first run that has
something to extract starts this process in the background; later runs find it through
``.state/prefect-api.json`` and pay nothing. It serves the same API (flows, tasks, their states and
logs land in ``.state/prefect``) without the UI and stops after ``BAOXUN_PREFECT_IDLE_SECONDS``
(default 600) without a request. Once it has started on Prefect's database, a record beside that
database lets later starts with the same Prefect skip migrating and registering block types.

    python -m flows.prefect_daemon --init     # create or migrate Prefect's database, then exit
    python -m flows.prefect_daemon --port N   # serve (what baoxun run starts)
"""

from __future__ import annotations

from flows import prefect_env

prefect_env.configure()

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_IDLE_SECONDS = 600.0

# Written once the API has started on Prefect's database (migrated, block types registered): a
# later start on the same database file with the same Prefect skips both (~0.6 s of its ~7 s).
INITIALISED_RECORD = "baoxun-initialised.json"


def idle_seconds() -> float:
    try:
        return float(os.environ.get("BAOXUN_PREFECT_IDLE_SECONDS", DEFAULT_IDLE_SECONDS))
    except ValueError:
        return DEFAULT_IDLE_SECONDS


def _database_file() -> Path | None:
    """Prefect's SQLite file when it is the default one (a database of the user's own: None)."""
    if os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL") or os.environ.get("PREFECT_SERVER_DATABASE_CONNECTION_URL"):
        return None
    return Path(os.environ["PREFECT_HOME"]) / "prefect.db"


def _database_identity() -> dict | None:
    """Which Prefect, and the migration Prefect's database file is at (None: no such file or table).

    A database deleted and created again, or migrated by another Prefect, reads differently.
    """
    import sqlite3
    from contextlib import closing
    from importlib.metadata import version

    database = _database_file()
    if database is None or not database.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)) as con:
            migration = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    if not migration:
        return None
    return {"prefect": version("prefect"), "database": str(database), "migration": migration[0]}


def _record_path() -> Path:
    return Path(os.environ["PREFECT_HOME"]) / INITIALISED_RECORD


def skip_initialising_if_done() -> bool:
    """Turn off migrating and block registration on start when this database was initialised before.

    Settings the user gave win. Returns whether they were turned off.
    """
    import json

    identity = _database_identity()
    try:
        recorded = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if identity is None or recorded != identity:
        return False
    os.environ.setdefault("PREFECT_API_DATABASE_MIGRATE_ON_START", "false")
    os.environ.setdefault("PREFECT_API_BLOCKS_REGISTER_ON_START", "false")
    # Otherwise Prefect imports every installed integration (prefect-dask: ~0.5 s) to decide
    # whether to register their block types, before it reads that registration is off.
    os.environ.setdefault("PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION", "false")
    return True


def record_initialised() -> None:
    import json
    import tempfile

    identity = _database_identity()
    if identity is not None:
        # Written beside it and moved into place: a run starting meanwhile reads the whole record or
        # none, never an empty file.
        path = _record_path()
        try:
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(json.dumps(identity))
            os.replace(temporary, path)
        except OSError:
            pass  # only a shortcut for the next start


def init_database() -> None:
    """Create or migrate Prefect's SQLite database and register block types (the slow part of a first start).

    Starts the API as :func:`serve` does, on a free port, and stops it once it has started.
    """
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve(port, stop_when_started=True)


class _ActivityClock:
    """ASGI wrapper that remembers when the last request (but a health check) came."""

    def __init__(self, app) -> None:
        self.app = app
        self.last = time.monotonic()

    async def __call__(self, scope, receive, send) -> None:
        # Health checks (runs looking for the API, monitors) do not keep it alive; work does.
        if scope["type"] == "http" and not scope.get("path", "").endswith("/health"):
            self.last = time.monotonic()
        await self.app(scope, receive, send)


def _prepare_routes(url: str) -> None:
    """Ask for the API's version once, as the first run's client does first.

    FastAPI prepares each included router's routes on the first request that reaches it (~1 s for
    all of Prefect's, on a 2-core machine); ``/admin/version`` sits behind nearly all of them. Done
    here, that happens while the run that started this API is still extracting, not after.
    """
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/admin/version", timeout=60):
            pass
    except OSError:
        pass  # only a warm-up: the run's own first request prepares them otherwise


def serve(port: int, host: str = "127.0.0.1", *, stop_when_started: bool = False) -> None:
    initialised = skip_initialising_if_done()
    # Importing Prefect's server and building its app make hundreds of thousands of objects that
    # live as long as the process; the cyclic collector walked them again and again meanwhile
    # (~0.8 s of the ~6 s before it answers). Collected once after, then left out of later passes.
    gc.disable()
    try:
        import uvicorn
        from prefect.server.api.server import create_app

        clock = _ActivityClock(create_app(ephemeral=True, final=True))
    finally:
        gc.collect()
        gc.freeze()
        gc.enable()
    server = uvicorn.Server(uvicorn.Config(clock, host=host, port=port, log_level="error", lifespan="on"))
    limit = idle_seconds()

    def stop_when_idle() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.1)  # migrating a database may take longer than the idle limit on a busy machine
        clock.last = time.monotonic()  # idle counts from when it answers
        if server.started and not initialised:
            record_initialised()
        if server.started and not stop_when_started:
            _prepare_routes(f"http://{host}:{port}/api")
            clock.last = time.monotonic()  # on a busy machine that takes seconds: idle counts from its end
        while not server.should_exit:
            if stop_when_started:
                server.should_exit = True
                return
            time.sleep(min(5.0, limit / 4))
            if time.monotonic() - clock.last > limit:
                server.should_exit = True

    threading.Thread(target=stop_when_idle, daemon=True).start()
    try:
        server.run()
    finally:
        if not stop_when_started:
            prefect_env.forget_api(f"http://{host}:{port}/api")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--init", action="store_true", help="create or migrate Prefect's database, then exit")
    parser.add_argument("--port", type=int, help="serve the API on this port until idle")
    args = parser.parse_args(argv)
    if args.init:
        init_database()
    elif args.port:
        serve(args.port)
    else:
        parser.error("give --init or --port")


if __name__ == "__main__":
    main()
