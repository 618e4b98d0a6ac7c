"""Extraction writes nothing beside the code: caches go to a user cache folder.

Installed with ``pip install .`` the package sits in site-packages, often read-only and shared by
every user of that Python; jieba's prefix dictionary cache (the one file extraction writes) goes to
:func:`extractors.cache.cache_dir` instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from extractors import cache

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIRS = ("extractors", "flows", "warehouse")


@pytest.fixture
def clean_cache_env(monkeypatch):
    for name in (cache.CACHE_DIR_ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", "/home/reader")
    cache.use_cache_dir(None)
    yield monkeypatch
    cache.use_cache_dir(None)


@pytest.mark.parametrize(
    ("passed", "env", "expected"),
    [
        (None, {}, "/home/reader/.cache/baoxun"),
        (None, {"XDG_CACHE_HOME": "/var/cache/reader"}, "/var/cache/reader/baoxun"),
        (None, {"BAOXUN_CACHE_DIR": "/srv/baoxun-cache", "XDG_CACHE_HOME": "/var/cache/reader"}, "/srv/baoxun-cache"),
        ("/data/jobs/cache", {"BAOXUN_CACHE_DIR": "/srv/baoxun-cache"}, "/data/jobs/cache"),
        ("~/mine", {}, "/home/reader/mine"),
        # empty variables count as unset, as in a shell
        (None, {"BAOXUN_CACHE_DIR": "", "XDG_CACHE_HOME": ""}, "/home/reader/.cache/baoxun"),
    ],
)
def test_cache_dir_order(clean_cache_env, passed, env, expected):
    for name, value in env.items():
        clean_cache_env.setenv(name, value)
    if passed is not None:
        cache.use_cache_dir(passed)
    assert cache.cache_dir() == Path(expected)


def test_default_cache_dir_is_not_beside_the_code(clean_cache_env, tmp_path):
    clean_cache_env.setenv("HOME", str(tmp_path))
    folder = cache.cache_dir().resolve()
    for package in PACKAGE_DIRS:
        assert not folder.is_relative_to((ROOT / package).resolve())
    assert not folder.is_relative_to(ROOT.resolve())


def test_jieba_cache_is_in_the_cache_dir():
    from extractors import people

    people.jieba_names("市长王某某出席")  # loads jieba (once per process)
    import jieba

    where = Path(jieba.dt.tmp_dir).resolve()
    assert where.name == "jieba"
    assert not where.is_relative_to(ROOT.resolve()), "jieba's cache sits beside the code"


def _tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below ``folder`` with its size and modification time."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size if path.is_file() else -1, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
    }


_EXTRACT_A_SAMPLE = """
import sys
from pathlib import Path
import extractors
from extractors.pipeline import SourceMeta, process_issue
from extractors.registry import extractor_version

sample = Path(sys.argv[1])
issue = process_issue(sample.read_bytes(), SourceMeta(source_path=sample.name))
print(Path(extractors.__file__).resolve())
# jieba reads short texts only; make sure it loaded whatever the sample holds
from extractors.people import leading_body
leading_body("市文物局召开会议")
print(sum(len(rows) for rows in issue.records.values()), extractor_version())
"""


@pytest.mark.slow
def test_installed_package_extracts_without_writing_into_site_packages(tmp_path):
    """``pip install .`` (not editable) into a fresh venv, then extract a sample from another folder:
    nothing in site-packages changes and jieba's cache lands in the user cache folder."""
    source = tmp_path / "source"
    source.mkdir()
    for name in PACKAGE_DIRS:
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.duckdb*", "*.ics"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.check_output([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    # The dependencies come from this interpreter's folders (no download): a .pth adds them after the
    # new venv's own site-packages, so the installed copy of baoxun is the one imported.
    borrowed = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    borrowed.append(sysconfig.get_paths()["purelib"])
    (site / "borrowed.pth").write_text("\n".join(dict.fromkeys(borrowed)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", str(source)],
        check=True, capture_output=True, text=True,
    )
    before = _tree_state(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    sample = sorted((ROOT / "raw").glob("*.txt"))[0]
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in (cache.CACHE_DIR_ENV, "XDG_CACHE_HOME", "PYTHONPATH")}
    env["HOME"] = str(home)
    done = subprocess.run(
        [python, "-c", _EXTRACT_A_SAMPLE, str(sample)], cwd=elsewhere, env=env, check=True, capture_output=True, text=True
    )
    imported_from, counts = done.stdout.splitlines()[-2:]
    assert Path(imported_from).is_relative_to(site), "the installed copy, not the source tree, was imported"
    assert int(counts.split()[0]) > 0
    changed = {k for k in set(before) | set(_tree_state(site)) if before.get(k) != _tree_state(site).get(k)}
    # Python's own byte-code cache is the interpreter's doing, not ours.
    assert {k for k in changed if "__pycache__" not in k} == set()
    assert (home / ".cache" / "baoxun" / "jieba" / "jieba.cache").is_file()
    assert list(elsewhere.iterdir()) == []

    # The whole command as installed: the warehouse, Prefect's state and the background API's
    # record go to the user's folders (warehouse/locations.py), never into site-packages.
    raw = elsewhere / "raw"
    raw.mkdir()
    shutil.copy(sample, raw / sample.name)
    # Nothing of this test session's own set-up (its PREFECT_HOME, API URL, state folder) leaks in.
    run_env = {k: v for k, v in env.items() if not k.startswith(("PREFECT_", "BAOXUN_", "XDG_DATA", "XDG_STATE"))}
    run_env.update({"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    state = home / ".local" / "state" / "baoxun"
    try:
        ran = subprocess.run([env_dir / "bin" / "baoxun", "run", "raw", "--json"], cwd=elsewhere, env=run_env,
                             capture_output=True, text=True, timeout=600)
        assert ran.returncode == 0, ran.stderr[-3000:]
    finally:
        record = state / "prefect-api.json"
        if record.is_file():  # stop the background API the run left to idle
            import json
            import signal

            try:
                os.kill(json.loads(record.read_text(encoding="utf-8"))["pid"], signal.SIGTERM)
            except (OSError, ValueError, KeyError):
                pass
    assert (home / ".local" / "share" / "baoxun" / "baoxun.duckdb").is_file()
    assert (state / "prefect").is_dir()
    after = _tree_state(site)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert {k for k in changed if "__pycache__" not in k} == set()
    assert sorted(p.name for p in elsewhere.iterdir()) == ["raw"]
