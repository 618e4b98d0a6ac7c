"""The ``baoxun`` command line: a thin layer over functions a Python user can import."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baoxun")
def main() -> None:
    """baoxun (本报讯): Chinese city newspapers in, a queryable record of public events out."""
