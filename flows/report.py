"""What the CLI prints: run summaries and evaluation tables (rich), and their JSON forms."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from flows.ingest import RunSummary
from warehouse.evaluate import HEADLINE_ATTRIBUTES, EvalReport

TABLE_ORDER = ("issues", "articles", "meetings", "conscription_windows", "air_quality_orders", "public_notices", "phone_numbers", "ingest_errors")


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
        for name in TABLE_ORDER:
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
        names = HEADLINE_ATTRIBUTES[kind]
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
