"""Where extractors may keep what they can rebuild (jieba's prefix dictionary): a user cache folder.

Never beside the code: installed, the package sits in site-packages, which may be read-only and is
shared by every user of that Python. The folder is, first found:

1. the path a caller passed to :func:`use_cache_dir`;
2. ``$BAOXUN_CACHE_DIR``;
3. ``$XDG_CACHE_HOME/baoxun``; on Windows ``%LOCALAPPDATA%\\baoxun\\Cache``;
4. ``~/.cache/baoxun``.

Only the path is decided here; the library that caches creates the folder when it writes.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_DIR_ENV", "cache_dir", "use_cache_dir"]

CACHE_DIR_ENV = "BAOXUN_CACHE_DIR"

_chosen: Path | None = None


def use_cache_dir(path: str | os.PathLike[str] | None) -> None:
    """Keep caches in ``path`` from now on (``None``: back to the default). Call it before the
    first extraction: a library that has loaded its cache does not look again."""
    global _chosen
    _chosen = Path(path).expanduser() if path is not None else None


def cache_dir() -> Path:
    """The folder caches go to (see the module's docstring for the order); it may not exist yet."""
    if _chosen is not None:
        return _chosen
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]).expanduser() / "baoxun"
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "baoxun" / "Cache"
    return Path.home() / ".cache" / "baoxun"
