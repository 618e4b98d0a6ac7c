"""The reference's example queries run and return rows on the shipped samples (no current_date that finds nothing)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

# The reference part of the docs (docs/reference.md, split from the README front page).
README = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Example SQL"):README.index("## Calendar subscriptions")]


def example_queries() -> list[str]:
    queries = []
    for block in re.findall(r"```sql\n(.*?)```", SECTION, re.S):
        for statement in block.split(";"):
            body = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
            if body:
                queries.append(body)
    return queries


@pytest.fixture(scope="module")
def samples_db():
    from extractors.pipeline import process_issue
    from flows.discover import discover
    from tests.conftest import RAW
    from warehouse import db as warehouse_db
    from warehouse.load import load_batch

    found = discover(RAW)
    con = warehouse_db.connect(":memory:")
    load_batch(con, [process_issue(f.path.read_bytes(), f.meta) for f in found.files], list(found.errors), load_id="readme")
    yield con
    con.close()


def test_there_are_examples():
    assert len(example_queries()) >= 10


@pytest.mark.parametrize("query", example_queries(), ids=lambda q: q.splitlines()[0][:50])
def test_every_example_query_returns_rows_on_the_samples(samples_db, query):
    assert "current_date" not in query, "the samples are 2021-2023: say which day the example pretends is today"
    assert samples_db.execute(query).fetchall(), query


def test_the_readme_says_which_commands_take_db():
    import click

    from flows.cli import main

    def commands(group, prefix=""):
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                yield from commands(command, f"{prefix}{name} ")
            else:
                yield f"{prefix}{name}", command

    without_db = sorted(name for name, command in commands(main) if not any(o.name == "db_path" for o in command.params))
    assert without_db == ["dates"]
    assert "Every command but `dates` (which reads no database) takes `--db FILE`" in README


def test_hints_name_commands_where_they_are_installed():
    import os
    import shlex

    from flows.serve import run_now_command

    program = shlex.split(run_now_command("http://127.0.0.1:4200/api"))[1]
    assert os.path.isfile(program) and os.access(program, os.X_OK), program
    assert "\n  khal " not in README and ".venv/bin/khal -c khal.conf import" in README
