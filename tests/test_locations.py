"""Where files go by default: inside a clone as the README shows; the user's folders when installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from warehouse import locations


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in ("BAOXUN_STATE_DIR", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return monkeypatch


@pytest.fixture
def installed(clean_env, tmp_path):
    """As if the packages sat in site-packages: a folder with the packages and no pyproject.toml."""
    site = tmp_path / "site-packages"
    (site / "flows").mkdir(parents=True)
    clean_env.setattr(locations, "PACKAGE_PARENT", site)
    return tmp_path / "home"


def test_this_clone_is_a_source_checkout_and_keeps_its_files_inside(clean_env):
    assert locations.source_checkout() == ROOT
    assert locations.default_db() == ROOT / "warehouse" / "baoxun.duckdb"
    assert locations.default_calendar() == ROOT / "warehouse" / "deadlines.ics"
    assert locations.state_dir() == ROOT / ".state"
    assert locations.default_papers_file() == ROOT / "papers.toml"


@pytest.mark.parametrize(
    "env, db, state",
    [
        ({}, ".local/share/baoxun/baoxun.duckdb", ".local/state/baoxun"),
        ({"XDG_DATA_HOME": "/srv/data", "XDG_STATE_HOME": "/srv/state"}, "/srv/data/baoxun/baoxun.duckdb", "/srv/state/baoxun"),
        # The XDG specification: relative paths in these variables are ignored.
        ({"XDG_DATA_HOME": "data", "XDG_STATE_HOME": "state"}, ".local/share/baoxun/baoxun.duckdb", ".local/state/baoxun"),
        ({"BAOXUN_STATE_DIR": "/srv/baoxun-state"}, ".local/share/baoxun/baoxun.duckdb", "/srv/baoxun-state"),
    ],
)
def test_installed_files_go_to_the_users_folders(installed, clean_env, env, db, state):
    for name, value in env.items():
        clean_env.setenv(name, value)
    assert locations.source_checkout() is None
    assert locations.default_db() == installed / db  # an absolute right side wins in pathlib
    assert locations.state_dir() == installed / state
    assert locations.default_calendar() == locations.default_db().with_name("deadlines.ics")
    assert locations.default_papers_file() == Path("papers.toml")


def test_a_folder_with_the_packages_but_no_pyproject_is_not_a_checkout(installed):
    assert not any(p.is_relative_to(locations.PACKAGE_PARENT) for p in
                   (locations.default_db(), locations.state_dir(), locations.default_calendar()))
