"""What the CLI prints: run summaries and evaluation tables (rich), and their JSON forms."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from flows.ingest import RunSummary
from warehouse.evaluate import EvalReport
from warehouse.load import warehouse_tables


def _console() -> Console:
    # Piped output (CI logs, closing notes) gets a width that fits the tables instead of 80 columns.
    return Console() if sys.stdout.isatty() else Console(width=150)


def summary_json(summary: RunSummary) -> dict:
    return {
        "load_id": summary.load_id,
        "raw_dir": summary.raw_dir,
        "db": summary.db_path,
        "files_seen": summary.files_seen,
        "issues_new": summary.new,
        "issues_changed": summary.changed,
        "issues_unchanged": summary.unchanged,
        "files_failed": summary.failed,
        "manifest_problems": summary.manifest_problems,
        "vanished": summary.vanished,
        "pruned": summary.pruned,
        "rows": summary.rows,
        "errors": [e.__dict__ for e in summary.errors],
        "notes": summary.notes,
        "seconds": {k: round(v, 3) for k, v in summary.seconds.items()},
        "workers": summary.workers,
        "worker_kind": summary.worker_kind,
    }


def print_run_summary(summary: RunSummary, console: Console | None = None) -> None:
    console = console or _console()
    console.print(
        f"[bold]baoxun run[/bold] {summary.raw_dir} → {summary.db_path}  ({summary.load_id}, "
        f"{summary.seconds.get('total', 0):.1f} s, of which Prefect {summary.seconds.get('prefect_overhead', 0):.1f} s)"
    )
    console.print(
        f"{summary.files_seen} file{'s' if summary.files_seen != 1 else ''}: {summary.new} new, {summary.changed} changed, "
        f"{summary.unchanged} unchanged, {summary.failed} failed"
        + (f"; {summary.manifest_problems} manifest problem{'s' if summary.manifest_problems != 1 else ''}" if summary.manifest_problems else "")
    )
    if summary.rows:
        table = Table("table", "rows written", title=None)
        for name in warehouse_tables():
            if name in summary.rows:
                table.add_row(name, str(summary.rows[name]))
        console.print(table)
    if summary.vanished:
        verb = "pruned" if summary.pruned else "kept (use --prune to delete their rows)"
        console.print(f"[yellow]{len(summary.vanished)} loaded file(s) are gone from the raw folder, {verb}:[/yellow] " + ", ".join(summary.vanished[:10]))
    for note in summary.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    for error in summary.errors:
        console.print(f"[red]failed[/red] {error.source_path} ({error.error_kind}): {error.message}")


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def print_eval_report(report: EvalReport, console: Console | None = None) -> None:
    console = console or _console()
    table = Table("type", "gold", "extracted", "TP", "FP", "FN", "precision", "recall", "F1", "attribute accuracy", title=f"baoxun eval ({report.files} gold files)")
    for kind, score in report.scores.items():
        if not score.extracted:
            table.add_row(kind, str(score.tp + score.fn), "no extractor yet", "", "", "", "", "", "", "")
            continue
        names = score.headline
        accuracy = score.attribute_accuracy(names)
        table.add_row(
            kind,
            str(score.tp + score.fn),
            str(score.tp + score.fp),
            str(score.tp),
            str(score.fp),
            str(score.fn),
            _fmt(score.precision),
            _fmt(score.recall),
            _fmt(score.f1),
            f"{_fmt(accuracy)} ({'/'.join(names)})",
        )
    micro = report.micro()
    table.add_section()
    table.add_row(
        "all types (micro)",
        str(micro.tp + micro.fn),
        str(micro.tp + micro.fp),
        str(micro.tp),
        str(micro.fp),
        str(micro.fn),
        _fmt(micro.precision),
        _fmt(micro.recall),
        _fmt(micro.f1),
        "",
    )
    console.print(table)
    details = Table("type", "attribute", "right/total", title="attributes on matched items")
    for kind, score in report.scores.items():
        for name, (right, total) in score.attributes.items():
            details.add_row(kind, name, f"{right}/{total}")
    if details.row_count:
        console.print(details)
    shown = [m for m in report.misses if report.scores.get(m.kind) is None or report.scores[m.kind].extracted]
    if shown:
        console.print("[bold]misses[/bold]")
        for miss in shown:
            detail = f"  [{miss.detail}]" if miss.detail else ""
            console.print(f"  {miss.what:9} {miss.kind:20} {miss.file}: {miss.evidence[:80]}{detail}")


# --- `baoxun sql` output -------------------------------------------------------------------------

SQL_FORMATS = ("auto", "table", "vertical", "csv", "json")


def _cell(value) -> str:
    from datetime import date, datetime
    from decimal import Decimal

    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(float(value))
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def table_width(columns: list[str], cells: list[list[str]]) -> int:
    """Terminal cells a one-line-per-row table needs (CJK characters count two)."""
    from rich.cells import cell_len

    widths = [cell_len(c) for c in columns]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], max((cell_len(line) for line in value.split("\n")), default=0))
    return sum(widths) + 3 * len(widths) + 1


def choose_sql_format(fmt: str, columns: list[str], cells: list[list[str]], *, is_tty: bool, width: int) -> str:
    """``auto``: CSV when stdout is not a terminal; a table when it fits the terminal; else vertical records."""
    if fmt != "auto":
        return fmt
    if not is_tty:
        return "csv"
    return "table" if table_width(columns, cells) <= width else "vertical"


def vertical_records(columns: list[str], cells: list[list[str]], width: int) -> str:
    """One record per block, one ``column | value`` line per field, long values wrapped to ``width``."""
    import textwrap

    from rich.cells import cell_len

    label = max((cell_len(c) for c in columns), default=0)
    room = max(20, width - label - 3)
    out: list[str] = []
    for number, row in enumerate(cells, 1):
        out.append(f"-[ RECORD {number} ]" + "-" * max(0, min(width, 40) - 14 - len(str(number))))
        for column, value in zip(columns, row):
            pad = " " * (label - cell_len(column))
            lines = [piece for line in (value.split("\n") or [""]) for piece in (_wrap_cells(line, room) or [""])]
            out.append(f"{column}{pad} | {lines[0]}")
            out.extend(f"{' ' * label} | {line}" for line in lines[1:])
    return "\n".join(out)


def _wrap_cells(text: str, room: int) -> list[str]:
    """Split ``text`` into pieces at most ``room`` terminal cells wide (CJK text has no spaces to break at)."""
    from rich.cells import cell_len

    pieces, current, used = [], [], 0
    for char in text:
        width = cell_len(char)
        if used + width > room and current:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += width
    if current:
        pieces.append("".join(current))
    return pieces


def print_rows(columns: list[str], rows: list[tuple], fmt: str, *, out=None, is_tty: bool | None = None, width: int | None = None) -> str:
    """Write query results to ``out`` (stdout) in ``fmt``; returns the format used."""
    import csv
    import json
    import shutil

    out = out or sys.stdout
    is_tty = out.isatty() if is_tty is None else is_tty
    width = width or shutil.get_terminal_size((100, 24)).columns
    if fmt == "json":
        for row in rows:
            out.write(json.dumps({c: _json_value(v) for c, v in zip(columns, row)}, ensure_ascii=False) + "\n")
        return fmt
    cells = [[_cell(v) for v in row] for row in rows]
    fmt = choose_sql_format(fmt, columns, cells, is_tty=is_tty, width=width)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
    elif fmt == "vertical":
        if cells:
            out.write(vertical_records(columns, cells, width) + "\n")
    else:
        table = Table(*columns, show_lines=False)
        for row in cells:
            table.add_row(*row)
        # Never squeezed to "iss_a4…": a table wider than the terminal wraps its cells instead.
        Console(file=out, width=width if is_tty else max(width, table_width(columns, cells))).print(table)
    return fmt


def _json_value(value):
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value
