"""Prefect settings baoxun needs, applied before Prefect is first imported.

Environment variables the user set win over these defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = Path(os.environ.get("BAOXUN_STATE_DIR", PROJECT_ROOT / ".state"))
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
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/health", timeout=0.5) as response:
            return url if response.status == 200 else None
    except OSError:
        return None


def ensure_api() -> None:
    """Before a flow run: point Prefect at an API (set later in this module's start-up work)."""
