"""What each purpose installs: running needs no test or Dask package, every lock pins with hashes,
and ``--runner dask`` without the optional extra says how to get it."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.ingest import DaskNotInstalled, require_dask

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("requirements.lock", "requirements-test.lock", "requirements-bench.lock", "requirements-build.lock")
_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(?P<version>\S+)")


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _pins(lock: str) -> dict[str, str]:
    """name -> version of every package a lock pins; each pin must carry a hash."""
    pins: dict[str, str] = {}
    lines = (ROOT / lock).read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        m = _PIN.match(line)
        if m:
            assert "--hash=sha256:" in lines[i + 1], f"{lock}: {line} has no hash"
            pins[_name(m["name"])] = m["version"]
    return pins


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"]) + [s for e in extras for s in project["optional-dependencies"][e]]
    return {_name(re.split(r"[\[<>=!~; ]", s, maxsplit=1)[0]) for s in specs}


@pytest.mark.parametrize(
    ("lock", "extras"),
    [("requirements.lock", ()), ("requirements-test.lock", ("test", "dask")), ("requirements-bench.lock", ("bench", "dask"))],
)
def test_each_lock_pins_everything_its_purpose_declares(lock, extras):
    assert _declared(*extras) <= set(_pins(lock))


@pytest.mark.parametrize("package", ["pytest", "hypothesis", "khal", "psutil", "dask", "distributed", "prefect-dask", "jionlp", "trafilatura", "cn2an"])
def test_running_installs_no_test_bench_or_dask_package(package):
    assert package not in _pins("requirements.lock")


@pytest.mark.parametrize("lock", LOCKS[1:])
def test_shared_packages_have_one_version(lock):
    running = _pins("requirements.lock")
    assert {n: v for n, v in _pins(lock).items() if n in running and running[n] != v} == {}


def test_every_runtime_dependency_is_used():
    """A declared dependency is imported somewhere (or kept for a stated reason)."""
    kept_for_others = {"fastapi", "sqlalchemy", "lxml-html-clean"}  # pins for prefect; readability needs lxml_html_clean
    modules = {"readability-lxml": "readability"}
    sources = "\n".join(p.read_text(encoding="utf-8") for d in ("extractors", "flows", "warehouse") for p in (ROOT / d).rglob("*.py"))
    unused = {
        name for name in _declared() - kept_for_others
        if not re.search(rf"^\s*(?:import|from)\s+{re.escape(modules.get(name, name).replace('-', '_'))}\b", sources, re.M)
    }
    assert unused == set()


def test_require_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "prefect_dask", None)  # import fails as if not installed
    with pytest.raises(DaskNotInstalled, match=r"baoxun\[dask\]"):
        require_dask()


def test_run_with_dask_missing_fails_before_any_work(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    db = tmp_path / "baoxun.duckdb"
    (tmp_path / "raw").mkdir()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "raw"), "--db", str(db), "--runner", "dask"])
    assert result.exit_code == 2
    assert "baoxun[dask]" in result.output
    assert not db.exists()
