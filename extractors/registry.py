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


# Distributions whose upgrade can change what the extractors return: the tokenizer (people), phone
# parsing and geocoding data (phones, area_codes), Western date parsing (dates) and the HTML readers
# (html: lxml, readability and the cleaner readability uses).
OUTPUT_LIBRARIES: tuple[str, ...] = ("jieba", "phonenumbers", "dateparser", "lxml", "readability-lxml", "lxml_html_clean")


@lru_cache(maxsize=None)
def _library_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


def rules_fingerprint(root: Path, libraries: dict[str, str]) -> str:
    """A hash of every ``*.py`` file below ``root`` (code and ``lang/`` data, by relative path) and
    of the ``libraries`` (name -> version) and the Python and Unicode versions they run on."""
    import sys
    import unicodedata

    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    runtime = {"python": f"{sys.version_info.major}.{sys.version_info.minor}", "unicode": unicodedata.unidata_version}
    for name, version in sorted({**libraries, **runtime}.items()):
        digest.update(f"\0{name}=={version}".encode())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the rules: every source and language-data file of this package, the versions of the
    libraries whose output the rules use (:data:`OUTPUT_LIBRARIES`), Python's and Unicode's.

    Any change to a rule, or an upgrade of jieba, phonenumbers, dateparser or the HTML readers,
    changes the version, so re-runs re-extract exactly when the output may change and never
    otherwise: nobody has to remember to bump a number.
    """
    libraries = {name: _library_version(name) for name in OUTPUT_LIBRARIES}
    return rules_fingerprint(Path(__file__).resolve().parent, libraries)
