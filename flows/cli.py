"""The ``baoxun`` command line: a thin layer over functions a Python user can import."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import click


DB_OPTION_HELP = "DuckDB file (default: $BAOXUN_DB or warehouse/baoxun.duckdb)."
PAPERS_OPTION_HELP = "Paper registry (default: $BAOXUN_PAPERS or papers.toml)."


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"baoxun: {message}", err=True)
    sys.exit(code)


class _DayParam(click.ParamType):
    """A day for --from/--to: an absolute date or a relative word (today, next friday, 下周五)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from flows.dateinput import parse_day

        found = parse_day(str(value))
        if found is None:
            self.fail(f"{value!r} is not a date (2023-12-01, today, \"next friday\", 下周五)", param, ctx)
        return found


# Set by ``run`` once the run is over and its warehouse closed: the program may leave at once.
_RUN_FINISHED = False


def entry() -> None:
    """The ``baoxun`` program: :func:`main`; after ``baoxun run`` the process leaves without
    tearing down its modules.

    Tearing down what a run imported (Prefect, pydantic, DuckDB, the extractors' tables) took
    ~0.4 s after the summary was printed, a twentieth of a 1,000-issue run. What must happen at
    exit still does: other threads are joined and the exit handlers run (Prefect's queues
    drained, logs flushed). Other commands (``serve``, ``export``) exit the usual way. Tests call
    :func:`main`, never this.
    """
    try:
        main()
    except SystemExit as leaving:
        if not _RUN_FINISHED:
            raise
        import atexit
        import os
        import threading

        code = leaving.code if isinstance(leaving.code, int) else 0 if leaving.code is None else 1
        threading._shutdown()  # what the interpreter does first on exit: join non-daemon threads
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baoxun")
def main() -> None:
    """baoxun (本报讯): Chinese city newspapers in, a queryable record of public events out."""


@main.command()
@click.argument("raw_dir", default="raw", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--area-code", help="Telephone area code for local numbers printed without one, when neither the manifest's area_code nor the paper's city gives it.")
@click.option("--runner", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Prefect task runner.")
@click.option("--dask-address", help="Scheduler of an existing Dask cluster (tcp://host:8786); default: a local cluster.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True, help="Issues per Prefect task.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Extraction processes of the local runner (default: one per core, at most one per batch; 1: extract in the run's own process).")
@click.option("--prune", is_flag=True, help="Delete the rows of issues whose raw file is gone.")
@click.option("--wait", "wait_seconds", type=float, default=30.0, show_default=True, help="Seconds to wait for another run's lock.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(raw_dir, db_path, area_code, runner, dask_address, batch_size, workers, prune, wait_seconds, as_json):
    """Run the Prefect ingest flow on RAW_DIR (default: raw/); exit 1 if any file failed."""
    if area_code is not None and not area_code.strip().lstrip("0").isdigit():
        _fail(f"--area-code {area_code!r} is not a telephone area code (digits, e.g. 0351)", 2)
    if not raw_dir.is_dir():
        _fail(f"raw folder {raw_dir} does not exist", 2)
    if runner == "dask":
        from flows.ingest import DaskNotInstalled, require_dask

        try:
            require_dask()  # before any work: the Dask packages are an optional extra
        except DaskNotInstalled as exc:
            _fail(str(exc), 2)
    from flows import prefect_env
    from warehouse.db import default_db_path

    if not Path(db_path or default_db_path()).exists():
        # A first run (no warehouse yet) has everything to extract: Prefect's API, the slowest
        # thing to start, starts before this process imports the extractors (ingest() uses it).
        prefect_env.start_api()
    from flows.ingest import SchedulerUnreachable, WorkerVersionMismatch, ingest
    from flows.report import print_run_summary, summary_json
    from warehouse.db import WarehouseError
    try:
        summary = ingest(
            raw_dir,
            db_path,
            area_code=area_code,
            runner=runner,
            dask_address=dask_address,
            batch_size=batch_size,
            prune=prune,
            wait_seconds=wait_seconds,
            workers=workers,
        )
    except (WarehouseError, SchedulerUnreachable, WorkerVersionMismatch) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(summary_json(summary), ensure_ascii=False, indent=2))
    else:
        print_run_summary(summary)
    global _RUN_FINISHED
    _RUN_FINISHED = True
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("query")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--format", "fmt", type=click.Choice(["auto", "table", "vertical", "csv", "json"]), default="auto", show_default=True,
              help="auto: a table if it fits the terminal, else one record per block (vertical); CSV when stdout is not a terminal.")
def sql(query, db_path, fmt):
    """Run a read-only SQL QUERY against the warehouse (no writes, no file access)."""
    import duckdb

    from warehouse.db import WarehouseError, connect_for_query

    try:
        con = connect_for_query(db_path)
    except WarehouseError as exc:
        _fail(str(exc))
    try:
        cursor = con.execute(query)
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except duckdb.PermissionException as exc:
        _fail(f"refused: baoxun sql cannot touch files ({str(exc).splitlines()[0]})")
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        if "read-only" in message:
            message = f"refused: baoxun sql is read-only ({message})"
        _fail(message)
    finally:
        con.close()
    from flows.report import print_rows

    used = print_rows(columns, rows, fmt)
    if used in ("table", "vertical"):  # formats for people; CSV and JSON stay clean for programs
        click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(gold_dir, db_path, as_json):
    """Score the warehouse against the gold files in GOLD_DIR (precision, recall, F1, misses)."""
    from extractors.registry import registered_tables
    from flows.report import print_eval_report
    from warehouse.db import WarehouseError, connect_for_query
    from warehouse.evaluate import evaluate

    try:
        con = connect_for_query(db_path)
    except WarehouseError as exc:
        _fail(str(exc))
    try:
        report = evaluate(con, gold_dir, registered_tables())
    except FileNotFoundError as exc:
        _fail(str(exc), 2)
    finally:
        con.close()
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2, default=str))
    else:
        print_eval_report(report)


def _parse_alarm(ctx, param, value):
    if value is None:
        return None
    from flows.calendar import parse_duration

    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


class _TypesOption(click.Option):
    """``--type``: its help lists the declared event types, read when help is shown. Reading them
    imports every record declaration, which a run that finds nothing new should not pay for."""

    def get_help_record(self, ctx):
        from extractors.registry import calendar_categories

        self.help = (self.help or "").replace("{types}", ", ".join(calendar_categories()))
        return super().get_help_record(ctx)


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--from", "start", type=_DayParam(),
              help="Entries still open on this day or later (default: today in Asia/Shanghai); a date or today, \"next monday\", 下周一.")
@click.option("--to", "end", type=_DayParam(), help="Entries starting on this day or earlier (a date or a relative day, as --from).")
@click.option("--type", "types", multiple=True, metavar="TYPE", cls=_TypesOption,
              help="Only this event_type of the deadlines view (repeatable): {types}.")
@click.option("-o", "--output", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The .ics file to write (replaced atomically).")
@click.option("--alarm", callback=_parse_alarm, metavar="DURATION", help="Add a reminder this long before each entry: 1d, 12h, 30m, P1D.")
@click.option("--name", default=None, help="Calendar name shown by calendar apps (default: 本报讯·公共事项日历).")
def calendar(db_path, start, end, types, out_path, alarm, name):
    """Write the deadlines view as an ICS calendar (RFC 5545) for calendar apps."""
    from flows.calendar import DEFAULT_NAME, event_types, write_calendar
    from warehouse.db import WarehouseError

    unknown = sorted(set(types) - set(event_types()))
    if unknown:
        click.echo(f"baoxun: note: {', '.join(unknown)} not among the known types ({', '.join(event_types())})", err=True)
    if start and end and end < start:
        _fail("--to is before --from", 2)
    try:
        count = write_calendar(
            db_path,
            out_path,
            start=start,
            end=end,
            types=types or None,
            alarm=alarm,
            name=name or DEFAULT_NAME,
        )
    except WarehouseError as exc:
        _fail(str(exc))
    click.echo(f"wrote {count} entr{'y' if count == 1 else 'ies'} to {out_path}")
    if count == 0 and start is None:
        click.echo("(nothing open today or later; --from 2023-12-01 exports older entries)", err=True)


@main.command()
@click.argument("raw_dir", default="raw", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--cron", default="0 6 * * *", show_default=True, help="When to run, as cron read in Asia/Shanghai time.")
@click.option("--interval", type=click.FloatRange(min=1), metavar="SECONDS", help="Run every SECONDS instead of on --cron.")
@click.option("--calendar", "calendar_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Calendar file refreshed after each run (default: warehouse/deadlines.ics).")
@click.option("--no-calendar", is_flag=True, help="Do not refresh a calendar file.")
@click.option("--calendar-past-days", type=click.IntRange(0), default=30, show_default=True,
              help="Keep entries that ended up to this many days before the run in the calendar.")
@click.option("--area-code", help="Telephone area code for local numbers printed without one, when neither the manifest's area_code nor the paper's city gives it.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address of the Prefect server serve starts.")
@click.option("--port", type=click.IntRange(0, 65535), default=4200, show_default=True,
              help="Port of the Prefect server serve starts (a free one if taken; 0: any free port).")
@click.option("--paper", "papers", multiple=True, metavar="PAPER",
              help="Fetch this paper's recent issues (a key of papers.toml) into RAW_DIR before each ingest (repeatable).")
@click.option("--papers", "papers_path", type=click.Path(dir_okay=False, path_type=Path), help=PAPERS_OPTION_HELP)
@click.option("--fetch-days", type=click.IntRange(1, 31), default=3, show_default=True,
              help="With --paper: fetch today and the days before it, this many in all (stored pages are not fetched again).")
def serve(raw_dir, db_path, cron, interval, calendar_path, no_calendar, calendar_past_days, area_code, host, port,
          papers, papers_path, fetch_days):
    """Serve the ingest flow on a schedule (a Prefect deployment) until Ctrl-C; refresh the calendar after each run.

    With --paper, each run first fetches the day's e-paper issue of each paper (as `baoxun fetch` does).
    """
    if papers:
        raw_dir.mkdir(parents=True, exist_ok=True)
        _check_papers(papers, papers_path)
    if not raw_dir.is_dir():
        _fail(f"raw folder {raw_dir} does not exist", 2)
    from flows.serve import DEFAULT_CALENDAR, ServeError, make_schedule
    from flows.serve import serve as serve_forever

    try:
        make_schedule(cron, interval)
    except ValueError as exc:
        _fail(str(exc), 2)
    try:
        serve_forever(
            raw_dir,
            db_path=db_path,
            cron=cron,
            interval=interval,
            calendar_path=None if no_calendar else calendar_path or DEFAULT_CALENDAR,
            calendar_past_days=calendar_past_days,
            area_code=area_code,
            host=host,
            port=port or None,
            echo=click.echo,
            papers=list(papers) or None,
            papers_path=papers_path,
            fetch_days=fetch_days,
        )
    except ServeError as exc:
        _fail(str(exc))


def _check_papers(keys, papers_path) -> None:
    from flows.fetch import RegistryError, get_paper

    for key in keys:
        try:
            get_paper(key, papers_path)
        except RegistryError as exc:
            _fail(str(exc), 2)


@main.command("fetch")
@click.argument("paper")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d", "%Y%m%d"]), help="The issue of this day (default: today in Asia/Shanghai).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y%m%d"]), help="Every issue from this day to today.")
@click.option("--raw", "raw_dir", default="raw", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Raw folder; pages go to RAW/PAPER/YYYY-MM-DD/.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP + " Gets the fetch_log rows.")
@click.option("--papers", "papers_path", type=click.Path(dir_okay=False, path_type=Path), help=PAPERS_OPTION_HELP)
@click.option("--delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between requests to a host (default: the paper's delay in papers.toml, else 2; 0: no pacing).")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True, help="Retries of a page after a transient error.")
@click.option("--json", "as_json", is_flag=True, help="Print what was fetched as JSON.")
def fetch_command(paper, day, since, raw_dir, db_path, papers_path, delay, retries, as_json):
    """Download PAPER's e-paper issue(s) into RAW/PAPER/DATE/ (robots.txt obeyed, paced, nothing stored fetched again).

    Exit 1 if a page failed; a day without an issue (404) is not a failure.
    """
    from flows.calendar import local_today
    from flows.fetch import days_between, fetch, summary_json
    from warehouse.db import WarehouseError

    if day and since:
        _fail("give --date or --since, not both", 2)
    _check_papers([paper], papers_path)
    today = local_today()
    days = days_between(since.date(), today) if since else [day.date() if day else today]
    if not days:
        _fail(f"--since {since:%Y-%m-%d} is after today ({today})", 2)
    try:
        summary = fetch(paper, days, raw_dir, db_path, papers_path=papers_path, delay=delay, retries=retries)
    except WarehouseError as exc:
        _fail(str(exc))
    report = summary_json(summary)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for item in report["days"]:
            state = "no issue (404)" if item["no_issue"] else (
                f"{item['stored']} stored, {item['unchanged']} unchanged, {item['failed']} failed"
            )
            click.echo(f"{item['paper']} {item['issue_date']}: {state}; {item['requests']} requests → {item['folder']}")
        click.echo(f"({report['seconds']:.1f} s; every request is a row of fetch_log)", err=True)
    sys.exit(0 if summary.ok else 1)


def _parse_base(value: str) -> datetime:
    """An issue date or datetime as the user types it: 2023-12-01, 2023-12-01T08:00, 20231201,
    2023/12/1, 2023.12.01, Dec 1 2023, 2023年12月1日. Only absolute dates: a base must not move."""
    from flows.dateinput import parse_absolute

    found = parse_absolute(str(value))
    if found is None:
        raise click.BadParameter(f"{value!r} is not a date (2023-12-01, 2023/12/1, Dec 1 2023) or datetime")
    return found


@main.command()
@click.argument("text", required=False)
@click.option("--base", help="Issue date or datetime the text is resolved against (2023-12-01[T08:00], 2023/12/1, Dec 1 2023).")
@click.option("--prefer", type=click.Choice(["nearest", "past", "future", "ahead"]), default="nearest", show_default=True,
              help="Which year a date without one takes.")
@click.option("--batch", is_flag=True, help='Read JSON lines {"text": ..., "base": ...} from stdin, one result per line.')
def dates(text, base, prefer, batch):
    """Print each time expression in TEXT as a JSON line, resolved against --base."""
    from extractors.dates import find_dates

    if batch:
        default_base = _parse_base(base) if base else None
        bad = 0
        for lineno, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                item_text = item["text"]
                if not isinstance(item_text, str):
                    raise TypeError("text is not a string")
                item_base = _parse_base(item["base"]) if item.get("base") else default_base
                if item_base is None:
                    raise KeyError("base")
            except (ValueError, KeyError, TypeError, AttributeError, click.BadParameter) as exc:
                # One bad line is reported in its place and the rest still run.
                bad += 1
                reason = exc.format_message() if isinstance(exc, click.BadParameter) else f"{type(exc).__name__}: {exc}"
                click.echo(json.dumps({"line": lineno, "error": f'expected {{"text": ..., "base": ...}} ({reason})',
                                       "input": line.rstrip("\n")}, ensure_ascii=False))
                continue
            found = [e.to_json() for e in find_dates(item_text, item_base, prefer=prefer)]
            click.echo(json.dumps({"text": item_text, "base": item.get("base") or base, "found": found},
                                  ensure_ascii=False))
        if bad:
            _fail(f"{bad} bad input line{'s' if bad > 1 else ''} (reported as error objects)", 1)
        return
    if text is None:
        _fail("give TEXT (or --batch to read JSON lines from stdin)", 2)
    if not base:
        _fail("--base is required (the issue date, e.g. --base 2023-12-01)", 2)
    for expr in find_dates(text, _parse_base(base), prefer=prefer):
        click.echo(json.dumps(expr.to_json(), ensure_ascii=False))


@main.group()
def export() -> None:
    """Export the warehouse for other engines."""


@export.command("parquet")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
def export_parquet_command(out_dir, db_path):
    """Write every table as Parquet under OUT_DIR/<table>/, partitioned by issue month (issue_month=YYYY-MM)."""
    from flows.export import export_parquet
    from warehouse.db import WarehouseError

    try:
        exported = export_parquet(out_dir, db_path)
    except WarehouseError as exc:
        _fail(str(exc))
    for table in exported:
        layout = "by issue_month" if table.partitioned else "one file"
        click.echo(f"{table.name:<22} {table.rows:>9} rows  {table.files:>4} files  {layout:<15} {table.path}")
