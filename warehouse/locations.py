"""Where baoxun keeps its files when no option or environment variable says otherwise.

From a clone (the folder holding ``pyproject.toml`` beside these packages, as ``make run`` and an
editable install use it) everything stays in the clone, as the README's tour shows:
``warehouse/baoxun.duckdb``, ``warehouse/deadlines.ics``, ``.state/`` and ``papers.toml``.

Installed with ``pip install``, the code sits in site-packages: often read-only, shared by every
user of that Python and replaced on upgrade, so nothing is written there. The files go to the
user's folders instead (the XDG base directories, which most Unix tools follow):

- data (``$XDG_DATA_HOME/baoxun``, else ``~/.local/share/baoxun``): the warehouse and the
  calendar ``baoxun serve`` refreshes;
- state (``$XDG_STATE_HOME/baoxun``, else ``~/.local/state/baoxun``): Prefect's database, the
  background API's record and logs, the calendar's sequence numbers;
- the paper registry: ``papers.toml`` in the current folder.

``$BAOXUN_DB``, ``$BAOXUN_STATE_DIR`` and ``$BAOXUN_PAPERS`` (and the commands' options) still win.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["PACKAGE_PARENT", "data_dir", "default_db", "default_calendar", "default_papers_file",
           "source_checkout", "state_dir"]

# The folder that holds the extractors, flows and warehouse packages: a clone, or site-packages.
PACKAGE_PARENT = Path(__file__).resolve().parent.parent


def source_checkout() -> Path | None:
    """The clone baoxun runs from, or None when it runs installed."""
    if (PACKAGE_PARENT / "pyproject.toml").is_file() and (PACKAGE_PARENT / "flows").is_dir():
        return PACKAGE_PARENT
    return None


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    # The XDG specification: a relative path in these variables is invalid and is ignored.
    if value and Path(value).is_absolute():
        return Path(value) / "baoxun"
    return Path.home() / fallback / "baoxun"


def data_dir() -> Path:
    checkout = source_checkout()
    return checkout / "warehouse" if checkout else _xdg("XDG_DATA_HOME", ".local/share")


def state_dir() -> Path:
    if os.environ.get("BAOXUN_STATE_DIR"):
        return Path(os.environ["BAOXUN_STATE_DIR"])
    checkout = source_checkout()
    return checkout / ".state" if checkout else _xdg("XDG_STATE_HOME", ".local/state")


def default_db() -> Path:
    return data_dir() / "baoxun.duckdb"


def default_calendar() -> Path:
    return data_dir() / "deadlines.ics"


def default_papers_file() -> Path:
    checkout = source_checkout()
    return checkout / "papers.toml" if checkout else Path("papers.toml")
