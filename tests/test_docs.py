"""The docs stay true: the README is the front page (what baoxun does, the two commands, a tour)
linking the rest; docs/reference.md documents every command and option; every SQL example runs."""

from __future__ import annotations

import re

import click
import duckdb
import pytest

from flows.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}
REFERENCE = DOCS["reference.md"]


def commands() -> list[tuple[str, click.Command]]:
    found = []
    for name, command in main.commands.items():
        if isinstance(command, click.Group):
            found.extend((f"{name} {sub}", c) for sub, c in command.commands.items())
        else:
            found.append((name, command))
    return found


@pytest.mark.parametrize(("name", "command"), commands(), ids=[n for n, _ in commands()])
def test_command_is_documented(name: str, command: click.Command):
    assert f"baoxun {name}" in REFERENCE, f"docs/reference.md does not mention `baoxun {name}`"
    for param in command.params:
        if isinstance(param, click.Option):
            longest = max(param.opts, key=len)
            assert longest in REFERENCE, f"docs/reference.md does not document {longest} of `baoxun {name}`"


def test_readme_is_the_front_page():
    """The two commands a fresh clone needs, a tour, and a link to every page of docs/."""
    assert "make run" in README and "make test" in README
    assert "## A short tour" in README
    for name in DOCS:
        assert f"(docs/{name})" in README, f"README does not link docs/{name}"
    assert len(README) < 12_000, "the reference belongs in docs/, not on the front page"


def sql_examples() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", "\n".join([README, *DOCS.values()]), flags=re.S)
    return [s.strip() for block in blocks for s in block.split(";") if s.strip() and not s.strip().startswith("--") or "SELECT" in s]


@pytest.mark.parametrize("statement", sql_examples())
def test_sql_examples_run(statement: str, tmp_path):
    from warehouse.db import connect

    con = connect(tmp_path / "docs.duckdb")
    try:
        con.execute(statement)
    except duckdb.Error as exc:  # pragma: no cover - the message is the point
        pytest.fail(f"README example fails: {exc}\n{statement}")
    finally:
        con.close()
