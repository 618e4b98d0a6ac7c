"""The extractors the ingest flow runs, and the version of the rules they apply.

Registering an extractor here is the only step needed for the flow, the loader and
``baoxun eval`` to pick it up. Each is a pure function ``Issue -> list[record]``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .records import Evidence, Issue

Extractor = Callable[[Issue], list[Evidence]]

# (table name, "module:function"); imported lazily so a Dask worker pays only for what it runs.
EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("phone_numbers", "phones:extract"),
    ("public_notices", "notices:extract"),
    ("conscription_windows", "conscription:extract"),
    ("air_quality_orders", "air_quality:extract"),
    ("meetings", "meetings:extract"),
)


@lru_cache(maxsize=None)
def load_extractor(spec: str) -> Extractor:
    module_name, _, func_name = spec.partition(":")
    module = __import__(f"extractors.{module_name}", fromlist=[func_name])
    return getattr(module, func_name)


def registered_tables() -> tuple[str, ...]:
    return tuple(table for table, _ in EXTRACTORS)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every source and language-data file of this package.

    Any change to a rule changes the version, so re-runs re-extract exactly when the rules changed
    and never otherwise: nobody has to remember to bump a number.
    """
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
