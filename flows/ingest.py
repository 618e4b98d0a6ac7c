"""The ingest flow: raw folder in, warehouse rows out.

Plan (discover, hash, skip unchanged) → process batches of issues (decode, segment, extract;
fanned out by the task runner) → load each batch in one transaction from this process, the only
writer. Prefect tasks work on whole batches, never on sentences.

Planning needs no Prefect: when nothing is new or changed, :func:`ingest` records the run and
returns without importing Prefect or starting its API (a re-run of unchanged input takes well
under 2 s). Prefect is imported only when there is something to extract.
"""

from __future__ import annotations

from flows import prefect_env

prefect_env.configure()

import contextlib  # noqa: E402
import gc  # noqa: E402
import itertools  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import queue  # noqa: E402
import socket  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Literal  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import duckdb  # noqa: E402

from extractors.decode import DecodeError  # noqa: E402
from extractors.pipeline import UNKNOWN_AREA_CODE, ProcessedIssue, decode_issue, process_issue, process_text, run_fingerprint, sha256_hex  # noqa: E402
from extractors.registry import extractor_version  # noqa: E402
from flows.discover import Discovery, SourceFile, discover  # noqa: E402
from flows.raw_units import process_html_unit, read_bundle  # noqa: E402
from warehouse import db as warehouse_db  # noqa: E402
from warehouse.load import EVENT_TABLES, IngestError, IssueRows, delete_issues, issue_rows, load_batch, loaded_versions, utf8_size  # noqa: E402

Runner = Literal["local", "dask"]
DEFAULT_BATCH_SIZE = 64
PROGRESS_THRESHOLD = 20
# DuckDB keeps every block the writer touched cached up to its memory limit (80% of RAM unless
# set), and a checkpoint fills that cache: a backfill's memory grew with the database up to the
# limit. The writer only appends batches and needs little, except that a value is stored in one
# block of its own size, pinned at its insert and again at every later checkpoint: the limit is
# the floor, or room for the largest text stored or being stored (see _fit_writer_limit).
# 64 MB, not 32: at 32 every checkpoint evicted and read back the blocks it rewrites, and the load
# of 3,650 team issues cost 7.1-7.2 s of CPU against 5.8 at 64 MB (DuckDB alone, one thread), for
# 16 MB more held (measured 2026-12-04; 96 MB saved 0.4 s more for 35 MB more).
WRITER_MEMORY_FLOOR = 64 << 20


class TransientIOError(OSError):
    """A read that may succeed if tried again (the batch task retries)."""


@dataclass(frozen=True, kw_only=True)
class PlannedFile:
    source: SourceFile
    sha256: str
    status: Literal["new", "changed"]


@dataclass(frozen=True, kw_only=True)
class ExtractedIssue:
    """What the run's own process keeps of an issue a worker process extracted and made into rows
    (the rows travel in :attr:`BatchResult.rows`)."""

    source_path: str
    content_sha256: str
    extractor_version: str
    text_bytes: int  # the text's size in UTF-8

    @classmethod
    def of(cls, issue: ProcessedIssue, text_bytes: int) -> ExtractedIssue:
        return cls(
            source_path=issue.source_path,
            content_sha256=issue.content_sha256,
            extractor_version=issue.extractor_version,
            text_bytes=text_bytes,
        )


@dataclass(kw_only=True)
class BatchResult:
    issues: list[ProcessedIssue | ExtractedIssue] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    # Things the run should say once (e.g. why local numbers have no E.164 form).
    notes: set[str] = field(default_factory=set)
    # The issues' rows when a worker process made them (then ``issues`` are ExtractedIssue, in
    # the same order); None when ``issues`` are the processed issues themselves.
    rows: IssueRows | None = None

    def as_rows(self) -> BatchResult:
        """This batch with its issues made into rows, in a worker process: the run's own process
        then unpickles lists of plain values instead of records, articles and their offset maps,
        and does not build the rows itself (both were most of its CPU per issue). The texts travel
        as UTF-8 bytes (:meth:`IssueRows.encode_texts`), the form the writer hands to Arrow."""
        if self.rows is None:
            self.rows = issue_rows(self.issues)
            sizes = self.rows.encode_texts()
            self.issues = [ExtractedIssue.of(issue, size) for issue, size in zip(self.issues, sizes, strict=True)]
        return self

    def only(self, index: int) -> BatchResult:
        """The issue at ``index`` alone, without the batch's errors."""
        return BatchResult(issues=[self.issues[index]], rows=None if self.rows is None else self.rows.of(index))

    def loadable(self) -> Sequence[ProcessedIssue] | IssueRows:
        """What load_batch takes for these issues."""
        return self.issues if self.rows is None else self.rows


@dataclass(kw_only=True)
class RunSummary:
    """What a run did.

    Every entry of the raw folder that should be an issue is counted once: ``new + changed +
    unchanged + failed == files_seen``. ``manifest_problems`` counts the other ``ingest_errors``
    rows (manifest rows that cannot be used, files it names that do not exist).
    """

    load_id: str
    raw_dir: str
    db_path: str
    files_seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    manifest_problems: int = 0
    pruned: int = 0
    vanished: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # How extraction ran: worker processes (or threads) and how many; "in-process" for one.
    workers: int = 1
    worker_kind: str = "in-process"

    @property
    def ok(self) -> bool:
        return not self.errors


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (TransientIOError, warehouse_db.WarehouseLocked, duckdb.TransactionException)):
        return True
    return isinstance(exc, OSError) and exc.errno in {4, 11, 16, 110}  # EINTR, EAGAIN, EBUSY, ETIMEDOUT


def _retry_transient(task, task_run, state) -> bool:
    try:
        state.result()
    except BaseException as exc:  # noqa: BLE001 - we classify whatever the task raised
        return _is_transient(exc)
    return False


def _read(path: Path) -> bytes:
    try:
        return read_bundle(path) if path.is_dir() else path.read_bytes()
    except OSError as exc:
        if _is_transient(exc):
            raise TransientIOError(exc.errno, f"transient error reading {path}: {exc}") from exc
        raise


def _error_for(source: SourceFile, exc: BaseException, sha: str | None = None) -> IngestError:
    rel = source.meta.source_path
    if isinstance(exc, DecodeError):
        return IngestError(source_path=rel, error_kind="decode", message=f"{rel}: {exc}", content_sha256=sha)
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(source.path):
            target = os.fsdecode(os.readlink(source.path))
            return IngestError(source_path=rel, error_kind="dangling_link", message=f"{rel} is a symbolic link to {target}, which no longer exists")
        return IngestError(source_path=rel, error_kind="deleted", message=f"{rel} disappeared during the run")
    if isinstance(exc, IsADirectoryError):
        return IngestError(source_path=rel, error_kind="not_a_file", message=f"{rel} is a folder, not a text file")
    if isinstance(exc, PermissionError):
        return IngestError(source_path=rel, error_kind="unreadable", message=f"{rel} cannot be read: permission denied")
    if isinstance(exc, OSError):
        return IngestError(source_path=rel, error_kind="unreadable", message=f"{rel} cannot be read: {exc.strerror or exc}")
    return IngestError(
        source_path=rel,
        error_kind="extract",
        message=f"{rel}: extraction failed ({type(exc).__name__}: {exc}); please report this as a bug",
        content_sha256=sha,
    )


def process_files(planned: Sequence[PlannedFile], area_code: str | None, *, claim: bool = True, as_rows: bool = False) -> BatchResult:
    """Read, decode and extract a batch of files; bad files become errors, never exceptions.

    ``claim``: take the result of the run's head start if it extracted this batch (see _HeadStart).
    ``as_rows``: return the issues made into rows (:meth:`BatchResult.as_rows`; in a worker process).
    """
    early = _HeadStart.claim(planned, area_code) if claim else None
    if early is not None:
        return early
    result = BatchResult()
    for item in planned:
        sha: str | None = None
        try:
            data = _read(item.source.path)
            sha = sha256_hex(data)
            meta = item.source.meta
            if item.source.kind != "text":
                issue = process_html_unit(item.source, data, area_code, sha, result.errors)
                if issue is None:
                    continue
            else:
                text, encoding, decode_seconds = decode_issue(data)
                del data  # the bytes are hashed and decoded: not held through extraction
                issue = process_text(
                    text, encoding, meta, default_area_code=area_code, sha256=sha, decode_seconds=decode_seconds
                )
                del text
        except TransientIOError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            result.errors.append(_error_for(item.source, exc, sha))
            continue
        result.issues.append(issue)
        if issue.ctx.area_code is None and any(
            getattr(r, "kind", None) == "landline" and getattr(r, "e164", "") is None
            for rows in issue.records.values() for r in rows
        ):  # a local number left without E.164 (whatever table holds phone numbers)
            result.notes.add(UNKNOWN_AREA_CODE)
        for stage, seconds in issue.seconds.items():
            result.seconds[stage] = result.seconds.get(stage, 0.0) + seconds
    return result.as_rows() if as_rows else result


# Extraction in worker processes (`--workers N`). Extraction is pure Python: threads share one
# core through the GIL, processes use them all. Workers read and extract; the run's own process
# plans, loads (DuckDB allows one writing process) and never imports the extractors.
_POOLS: dict[str, "concurrent.futures.ProcessPoolExecutor"] = {}


def default_workers() -> int:
    """One extraction process per core."""
    return max(1, os.cpu_count() or 1)


def workers_for(requested: int | None, files: int, batch_size: int) -> int:
    """Processes worth starting: never more than there are batches (a run of the five samples is
    one batch, extracted in the run's own process without paying for a worker's start-up)."""
    batches = -(-files // max(1, batch_size))
    return max(1, min(requested or default_workers(), batches))


def _warm_worker() -> int:
    """A worker's first task: forked from the preloaded fork server, it has nothing left to load."""
    return os.getpid()


def start_worker_pool(workers: int):
    """``workers`` extraction processes, started now; the caller shuts them down.

    They are forked from a fork server that loaded the extractors and jieba once
    (:mod:`flows.worker_preload`): the workers share those pages instead of each loading its own
    copy (~170 MB and ~3 s each for jieba alone). Not forked from this process: it runs Prefect's
    and DuckDB's threads.
    """
    import concurrent.futures
    import multiprocessing
    import threading

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["flows.worker_preload"])
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def start() -> None:
        # A submit starts a worker, and the first one waits for the fork server to load (seconds):
        # meanwhile this process imports Prefect and waits for its API.
        try:
            for _ in range(workers):
                pool.submit(_warm_worker)
        except RuntimeError:  # the run ended (and shut the pool down) first
            pass

    threading.Thread(target=start, name="baoxun-worker-start", daemon=True).start()
    return pool


def start_fork_server() -> None:
    """Start the fork server the extraction workers are forked from (:func:`start_worker_pool`
    uses it when it runs): it imports and loads for ~1 s of its own, meanwhile this process may
    create the warehouse and plan (~1 s on a first run) instead of waiting for it afterwards."""
    import multiprocessing
    import threading
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(["flows.worker_preload"])
    # Starting it spawns two interpreters (the fork server and multiprocessing's resource
    # tracker): a thread's work, not this one's.
    threading.Thread(target=forkserver.ensure_running, name="baoxun-fork-server", daemon=True).start()


def _files_under(raw_dir: str | Path, enough: int) -> int:
    """Files under ``raw_dir`` (hidden ones and hidden folders left out), counted up to
    ``enough``: a quick guess of a first run's work that stops early instead of walking the tree."""
    found = 0
    for _folder, folders, files in os.walk(raw_dir):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += sum(1 for name in files if not name.startswith("."))
        if found >= enough:
            return enough
    return found


def _process_batch(planned: Sequence[PlannedFile], area_code: str | None, pool_token: str = "") -> BatchResult:
    """The batch task: in this process, or in a worker process when the run started a pool."""
    pool = _POOLS.get(pool_token)
    if pool is None:  # one worker, a Dask worker, or a pool that broke
        return process_files(planned, area_code)
    from concurrent.futures.process import BrokenProcessPool

    try:
        early = _HeadStart.claim(planned, area_code)  # submitted to the pool before the flow started
        if early is not None:
            return early
        return pool.submit(process_files, list(planned), area_code, as_rows=True).result()
    except BrokenProcessPool:
        # A worker died (killed, out of memory): the rest of the run extracts here.
        _POOLS.pop(pool_token, None)
        result = process_files(planned, area_code)
        result.notes.add("an extraction worker process died; the run went on in its own process")
        return result


_TASKS: dict[str, object] = {}


def __getattr__(name: str):
    """``process_batch``: the Prefect task, made on first use (Prefect imported then)."""
    if name != "process_batch":
        raise AttributeError(name)
    if not _TASKS:
        from prefect import task
        from prefect.cache_policies import NO_CACHE

        _TASKS["process_batch"] = task(
            _process_batch,
            name="process-batch",
            retries=2,
            retry_delay_seconds=0.5,
            retry_condition_fn=_retry_transient,
            cache_policy=NO_CACHE,
        )
    return _TASKS[name]


def _warn(message: str) -> None:
    """A warning in the flow run's log (the Prefect UI shows it), or Python's outside a run."""
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        get_run_logger().warning(message)
    except MissingContextError:
        logging.getLogger(__name__).warning(message)


# A batch's load is tried again this many times after a transient error (a lock another writer
# holds, a write-write conflict), this long apart.
LOAD_RETRIES = 3
LOAD_RETRY_DELAY_SECONDS = 1.0


def _load(con: duckdb.DuckDBPyConnection, batch: BatchResult, load_id: str, schemas: dict | None = None) -> dict[str, int]:
    """Load a batch in one transaction, in the flow's own thread, retrying transient errors.

    Not a Prefect task: the load uses the flow's connection in the flow's process, and its retries
    are the loop below. A task run per batch cost the Prefect server ~1.5 s of CPU per 3,650 team
    issues, on the same two cores that extract (bench/FINDINGS.md, 2026-12-06 second stop).
    """
    retries_left = LOAD_RETRIES
    while True:
        try:
            return load_batch(con, batch.loadable(), batch.errors, load_id=load_id, schemas=schemas)
        except Exception as exc:
            if not retries_left or not _is_transient(exc):
                raise
            retries_left -= 1
            _warn(f"Loading a batch failed ({type(exc).__name__}: {exc}); trying again in {LOAD_RETRY_DELAY_SECONDS:.0f} s")
        time.sleep(LOAD_RETRY_DELAY_SECONDS)


def _load_or_isolate(con: duckdb.DuckDBPyConnection, batch: BatchResult, load_id: str, schemas: dict | None = None) -> dict[str, int]:
    """Load a batch in one transaction; if the warehouse refuses it, load its issues one by one.

    An issue the warehouse refuses alone (a value past its memory limit, a value it cannot store)
    leaves the batch as an ``ingest_errors`` row of kind ``load``: the other issues land, and the
    next run tries it again (it has no ``issues`` row). Transient errors (a lock) were retried by
    the task already and still stop the run: then no issue could be written.
    """
    try:
        return _load(con, batch, load_id, schemas)
    except duckdb.Error as exc:
        if _is_transient(exc):
            raise
    counts: dict[str, int] = {}
    refused: list[IngestError] = []
    for index, issue in enumerate(batch.issues):
        try:
            _add_counts(counts, _load(con, batch.only(index), load_id, schemas))
        except duckdb.Error as exc:
            if _is_transient(exc):
                raise
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            refused.append(
                IngestError(
                    source_path=issue.source_path,
                    error_kind="load",
                    message=f"{issue.source_path}: the warehouse refused its rows ({type(exc).__name__}: {reason})",
                    content_sha256=issue.content_sha256,
                )
            )
    batch.errors.extend(refused)
    refused_paths = {error.source_path for error in refused}
    kept = [index for index, issue in enumerate(batch.issues) if issue.source_path not in refused_paths]
    batch.issues[:] = [batch.issues[index] for index in kept]
    batch.rows = None if batch.rows is None else batch.rows.among(kept)
    _add_counts(counts, _load(con, BatchResult(errors=batch.errors), load_id, schemas))
    return counts


def _add_counts(total: dict[str, int], counts: dict[str, int]) -> None:
    for table, rows in counts.items():
        total[table] = total.get(table, 0) + rows


def _writer_limit(largest_value_bytes: int) -> int:
    """The writer's memory limit in bytes: the floor, or twice the largest value (its block, and
    the checkpoint's copy) with room for the rest of a batch."""
    return max(WRITER_MEMORY_FLOOR, 2 * largest_value_bytes + (16 << 20))


def _fit_writer_limit(con: duckdb.DuckDBPyConnection, prepared: _Prepared, batch: BatchResult) -> None:
    """Raise the writer's limit before a batch holding a text larger than any before it."""
    if batch.rows is not None:
        largest = max((issue.text_bytes for issue in batch.issues), default=0)  # measured by the worker
    elif 4 * max((len(issue.text) for issue in batch.issues), default=0) <= prepared.largest_value_bytes:
        return  # at most 4 bytes a character: no text here can be larger (most batches; nothing encoded)
    else:
        largest = max(utf8_size(issue.text) for issue in batch.issues)
    if largest > prepared.largest_value_bytes:
        prepared.largest_value_bytes = largest
        con.execute(f"SET memory_limit = '{_writer_limit(largest)}B'")


def plan(
    files: Sequence[SourceFile], loaded: dict[str, tuple[str, str]], version: str, area_code: str | None = None
) -> tuple[list[PlannedFile], int, list[IngestError]]:
    """Hash every file and keep those whose content, context (manifest row, area code) or extractor version changed."""
    todo: list[PlannedFile] = []
    unchanged = 0
    errors: list[IngestError] = []
    for source in files:
        try:
            sha = sha256_hex(_read(source.path))
        except OSError as exc:
            errors.append(_error_for(source, exc))
            continue
        previous = loaded.get(source.meta.source_path)
        if previous == (sha, run_fingerprint(source.meta, area_code, version)):
            unchanged += 1
        else:
            todo.append(PlannedFile(source=source, sha256=sha, status="changed" if previous else "new"))
    return todo, unchanged, errors


# The smallest batch the shrinking tail (below) cuts: a batch is one Prefect task and one load
# transaction, ~10 ms of the run's own process each.
MIN_TAIL_BATCH = 8
# Batches each extraction process has in hand: one it extracts and one waiting in the pool's
# queue, so that it starts the next at once instead of waiting for the flow's task thread to
# take the result, finish the Prefect task and submit another (0.1-0.6 s each time, measured).
BATCHES_PER_WORKER = 2


def _batches(items: Sequence[PlannedFile], size: int, workers: int = 1) -> Iterator[list[PlannedFile]]:
    """``items`` in batches of ``size``; with several ``workers`` the last ones shrink.

    With equal batches the run ends when the slowest worker finishes its last batch while the
    others sit idle (up to a batch's time: ~2 s for 64 issues of long pages). Each batch is at
    most the remaining items shared out among the batches the workers hold
    (``BATCHES_PER_WORKER``), so the final ones are small and the workers finish together.
    The sizes depend only on the counts: the head start and the flow cut the same batches.
    """
    shared_by = max(1, workers) * BATCHES_PER_WORKER
    start = 0
    while start < len(items):
        step = size
        if workers > 1:
            step = min(size, max(MIN_TAIL_BATCH, -(-(len(items) - start) // shared_by)))
        yield list(items[start : start + step])
        start += step


def _worker_slots() -> int:
    """How many batches the flow's task runner works on at once (for Dask: the cluster's threads)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    task_runner = context.task_runner if context else None
    if type(task_runner).__name__ == "DaskTaskRunner":
        return max(1, sum(task_runner.client.nthreads().values()))
    return max(1, min(getattr(task_runner, "_max_workers", 1), 64))


def _finished(batch_task, batches: Iterator[list[PlannedFile]], area_code: str | None, pool_token: str = "") -> Iterator:
    """Futures of the batch tasks in the order they finish, with a bounded number in flight.

    Submitting everything up front would keep every finished batch (texts, articles, records) in
    memory until the run ends; here memory depends on the batch size and the workers, not on N.
    """
    # One done-callback per future feeding a queue; prefect.futures.as_completed called per batch
    # leaves callbacks behind that keep finished batches alive until a full garbage collection.
    finished: queue.SimpleQueue = queue.SimpleQueue()
    in_flight = 0

    def submit(batch: list[PlannedFile]) -> None:
        nonlocal in_flight
        batch_task.submit(batch, area_code, pool_token).add_done_callback(finished.put)
        in_flight += 1

    def top_up() -> None:
        # Asked again after every batch: workers may join (or leave) a Dask cluster meanwhile.
        for batch in itertools.islice(batches, max(0, 2 * _worker_slots() - in_flight)):
            submit(batch)

    first = next(batches, None)
    if first is None:
        return  # nothing to extract: never start a Dask cluster for it
    submit(first)
    top_up()
    while in_flight:
        done = finished.get()
        in_flight -= 1
        top_up()
        yield done
        del done


class WorkerVersionMismatch(RuntimeError):
    """A worker extracted with other rules than this process plans with."""


def _check_worker_version(batch: BatchResult, version: str) -> None:
    # Rows stamped with another version would be re-extracted by every run, never settling.
    other = sorted({issue.extractor_version for issue in batch.issues} - {version})
    if other:
        raise WorkerVersionMismatch(
            f"a task worker runs extraction rules {', '.join(other)} but this process has {version}: "
            "install the same baoxun on the Dask workers (and restart them) as where `baoxun run` runs"
        )


class SchedulerUnreachable(ConnectionError):
    """No Dask scheduler answers at the address given."""


class DaskNotInstalled(ImportError):
    """``runner="dask"`` without the optional Dask packages (the ``[dask]`` extra)."""


def require_dask() -> None:
    """Raise :class:`DaskNotInstalled`, saying how to install them, unless prefect-dask and
    distributed import: ``make run`` installs only what the local runner needs."""
    try:
        import distributed  # noqa: F401
        import prefect_dask  # noqa: F401
    except ImportError as exc:
        raise DaskNotInstalled(
            f"--runner dask needs the optional Dask packages ({exc.name or exc} is missing): "
            "pip install 'baoxun[dask]', or in a clone .venv/bin/pip install -r requirements-test.lock"
        ) from exc


def check_scheduler(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds, with a message, when nothing listens at ``address`` (Dask would wait 30 s)."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if parts.scheme not in {"tcp", "tls"} or not host or not port:
        raise SchedulerUnreachable(f"--dask-address {address!r} is not a scheduler address like tcp://HOST:8786")
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise SchedulerUnreachable(
            f"no Dask scheduler answers at {address} ({exc.strerror or exc}); start one with `dask scheduler` "
            "and workers with `dask worker tcp://HOST:8786`, or leave out --dask-address for a local cluster"
        ) from exc


def _task_runner(runner: Runner, dask_address: str | None, threads: int = 1):
    if runner == "dask":
        require_dask()
        from prefect_dask import DaskTaskRunner

        # Dask logs every scheduler and worker event at INFO; baoxun prints its own summary.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        # Extraction is pure Python: one single-threaded worker process per core beats threads.
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": os.cpu_count() or 1,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            }
        )
    from prefect.task_runners import ThreadPoolTaskRunner

    # Each thread extracts a batch, or hands one to a worker process and waits.
    return ThreadPoolTaskRunner(max_workers=max(1, threads))


# A progress bar (on stderr, when it is a terminal) for runs of many issues or many megabytes: a
# single large file shows a spinner and the time spent on it.
PROGRESS_MIN_BYTES = 5_000_000


class _Progress:
    """Progress by bytes extracted, on stderr; a no-op when not shown."""

    def __init__(self, todo: Sequence[PlannedFile], enabled: bool) -> None:
        self.sizes = {p.source.meta.source_path: _size(p.source.path) for p in todo}
        total = sum(self.sizes.values())
        self.bar = None
        if enabled and (len(todo) >= PROGRESS_THRESHOLD or total >= PROGRESS_MIN_BYTES):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("extracting {task.fields[files]} file(s)"),
                BarColumn(),
                DownloadColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.bar.add_task("ingest", total=total or 1, files=len(todo))

    def __enter__(self) -> "_Progress":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def done(self, batch: BatchResult) -> None:
        if self.bar:
            paths = [i.source_path for i in batch.issues] + [e.source_path for e in batch.errors]
            self.bar.advance(self.task, sum(self.sizes.get(p, 0) for p in paths))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# Connections opened by ingest() before the flow starts, by token: the flow process is the only
# writer, and a locked database is reported before Prefect's server is even started.
_OPEN_CONNECTIONS: dict[str, duckdb.DuckDBPyConnection] = {}
# Runs planned by ingest() before the flow starts (the flow then only extracts and loads), by token.
_PREPARED: dict[str, "_Prepared"] = {}


@dataclass(kw_only=True)
class _Prepared:
    """A run after planning: its summary so far, the files to extract, and its open database."""

    summary: RunSummary
    todo: list[PlannedFile]
    status_by_path: dict[str, str]
    version: str
    started: float
    # baoxun's own seconds (planning, extracting, loading), apart from waiting for Prefect.
    own_seconds: float = 0.0
    # The worker pool's key in _POOLS ("" when extracting in this process).
    pool_token: str = ""
    # The largest text (UTF-8 bytes) the writer's memory limit has room for.
    largest_value_bytes: int = 0
    # The tables' Arrow schemas, asked for by the run's first load (load_batch's ``schemas``).
    arrow_schemas: dict = field(default_factory=dict)


def _add_rows(summary: RunSummary, counts: dict[str, int]) -> None:
    _add_counts(summary.rows, counts)


def prepare_run(
    con: duckdb.DuckDBPyConnection,
    raw_dir: str,
    db_path: str,
    area_code: str | None,
    prune: bool,
    runner: str,
) -> _Prepared:
    """Discover, hash and compare (no Prefect): open the ``loads`` row, record problems found so far."""
    started = time.perf_counter()
    load_id = f"load_{datetime.now():%Y%m%dT%H%M%S}_{uuid.uuid4().hex[:6]}"
    summary = RunSummary(load_id=load_id, raw_dir=raw_dir, db_path=db_path)
    version = extractor_version()

    # Absolute paths: a Dask worker may run in another folder (or on another machine sharing it).
    found: Discovery = discover(Path(raw_dir).absolute())
    # Every entry that should have been an issue: the files found and the entries that cannot be.
    summary.files_seen = len(found.files) + len(found.entry_errors)
    # Room for the largest text already stored (an issue's characters, at most 4 bytes each):
    # every checkpoint may pin its block again.
    stored = 4 * con.execute("SELECT coalesce(max(char_count), 0) FROM issues").fetchone()[0]
    con.execute(f"SET memory_limit = '{_writer_limit(stored)}B'")
    # DuckDB draws a progress bar on stdout for a query over ~2 s (loading a 50 MB issue on a busy
    # machine), which corrupted `baoxun run --json`.
    con.execute("SET enable_progress_bar = false")
    # A load still 'running' when we hold the lock was killed mid-way; its batches either
    # committed whole or not at all.
    con.execute("UPDATE loads SET status = 'interrupted' WHERE status = 'running'")
    con.execute(
        "INSERT INTO loads (load_id, started_at, raw_dir, runner, extractor_version, status) VALUES (?, ?, ?, ?, ?, 'running')",
        [load_id, datetime.now(), str(raw_dir), runner, version],
    )
    loaded = loaded_versions(con)
    todo, summary.unchanged, read_errors = plan(found.files, loaded, version, area_code)
    summary.seconds["plan"] = time.perf_counter() - started
    present = {f.meta.source_path for f in found.files}
    summary.vanished = sorted(path for path in loaded if path not in present)
    if prune and summary.vanished:
        con.execute("BEGIN TRANSACTION")
        delete_issues(con, summary.vanished, [])
        con.execute("COMMIT")
        summary.pruned = len(summary.vanished)
    preliminary = list(found.errors) + read_errors
    if preliminary:
        # Written directly (not as a task): only ingest_errors rows, before any extraction.
        _add_rows(summary, load_batch(con, [], preliminary, load_id=load_id))
        summary.errors.extend(preliminary)
    summary.failed = len(found.entry_errors) + len(read_errors)
    summary.manifest_problems = len(found.errors) - len(found.entry_errors)
    return _Prepared(
        summary=summary,
        todo=todo,
        status_by_path={p.source.meta.source_path: p.status for p in todo},
        version=version,
        started=started,
        own_seconds=time.perf_counter() - started,
        largest_value_bytes=stored,
    )


def finish_run(con: duckdb.DuckDBPyConnection, prepared: _Prepared) -> RunSummary:
    summary = prepared.summary
    con.execute(
        "UPDATE loads SET finished_at = ?, files_seen = ?, issues_new = ?, issues_changed = ?, issues_unchanged = ?, "
        "issues_failed = ?, status = ? WHERE load_id = ?",
        [
            datetime.now(),
            summary.files_seen,
            summary.new,
            summary.changed,
            summary.unchanged,
            summary.failed,
            "ok" if summary.ok else "partial",
            summary.load_id,
        ],
    )
    summary.seconds["total_in_flow"] = prepared.own_seconds
    return summary


def extract_and_load(con: duckdb.DuckDBPyConnection, prepared: _Prepared, area_code: str | None, batch_size: int, show_progress: bool) -> None:
    """Extract the planned files in Prefect batch tasks and load each batch (inside a flow run)."""
    summary = prepared.summary
    with _Progress(prepared.todo, show_progress) as progress:
        batches = _batches(prepared.todo, batch_size, prepared.summary.workers)
        for future in _finished(__getattr__("process_batch"), batches, area_code, prepared.pool_token):
            batch: BatchResult = future.result()
            del future  # a finished future holds its batch: keep only the one being loaded
            _check_worker_version(batch, prepared.version)
            clock, cpu = time.perf_counter(), time.thread_time()
            _fit_writer_limit(con, prepared, batch)
            counts = _load_or_isolate(con, batch, summary.load_id, prepared.arrow_schemas)
            summary.seconds["load"] = summary.seconds.get("load", 0.0) + time.perf_counter() - clock
            # Wall time above includes waiting for the GIL while a worker thread extracts.
            summary.seconds["load_cpu"] = summary.seconds.get("load_cpu", 0.0) + time.thread_time() - cpu
            for stage, seconds in batch.seconds.items():
                summary.seconds[stage] = summary.seconds.get(stage, 0.0) + seconds
            _add_rows(summary, counts)
            for issue in batch.issues:
                if prepared.status_by_path.get(issue.source_path) == "changed":
                    summary.changed += 1
                else:
                    summary.new += 1
            summary.failed += len(batch.errors)
            summary.notes.extend(sorted(batch.notes - set(summary.notes)))
            summary.errors.extend(batch.errors)
            progress.done(batch)
            # Prefect's finished future and its state form a reference cycle that holds this
            # batch until a full garbage collection; emptying it frees texts and records now.
            batch.issues.clear()
            batch.rows = None


def ingest_body(
    raw_dir: str,
    db_path: str,
    area_code: str | None,
    batch_size: int,
    prune: bool,
    show_progress: bool,
    wait_seconds: float,
    runner: str,
    connection_token: str = "",
) -> RunSummary:
    """The flow's body: plan (unless :func:`ingest` did already), extract, load, close the run."""
    con = _OPEN_CONNECTIONS.get(connection_token) or warehouse_db.connect(db_path, wait_seconds=wait_seconds)
    try:
        prepared = _PREPARED.get(connection_token) or prepare_run(con, raw_dir, db_path, area_code, prune, runner)
        started = time.perf_counter()
        extract_and_load(con, prepared, area_code, batch_size, show_progress)
        prepared.own_seconds += time.perf_counter() - started
        return finish_run(con, prepared)
    finally:
        if connection_token not in _OPEN_CONNECTIONS:
            con.close()


def build_flow(runner: Runner = "local", dask_address: str | None = None, threads: int = 1):
    """The ingest flow bound to a task runner (Prefect fixes the runner when the flow is defined);
    ``threads``: the local runner's task threads."""
    from prefect import flow

    return flow(
        ingest_body,
        name="baoxun-ingest",
        task_runner=_task_runner(runner, dask_address, threads),
        validate_parameters=False,
        log_prints=False,
    )


class _HeadStart:
    """The first batches extracted while Prefect's API starts (seconds; more on a busy machine),
    so a run does not wait for the API before extracting.

    A thread runs :func:`process_files` on the first batches in the flow's order; the flow's batch
    task for one of them takes its result (waiting for it if it is not finished) instead of
    extracting it again. It starts no batch once the flow has started, and holds at most
    ``MAX_BATCHES``. With extraction workers (``pool``), the first ``BATCHES_PER_WORKER``
    batches per worker go to them at once instead: the workers extract while this process imports
    Prefect and starts the flow run (seconds in which they sat idle). Only with the local runner:
    a Dask worker extracts in its own process.
    """

    MAX_BATCHES = 2
    current: _HeadStart | None = None

    def __init__(self, batches: list[list[PlannedFile]], area_code: str | None, pool=None) -> None:
        import threading

        self.pool = pool
        self.area_code = area_code
        self.lock = threading.Lock()
        self.stopped = False
        self.results: dict[tuple, object] = {}  # batch key -> concurrent.futures.Future
        self.batches = batches if pool is not None else batches[: self.MAX_BATCHES]
        self.thread = threading.Thread(target=self._run, name="baoxun-head-start", daemon=True)
        self.busy = 0.0  # seconds spent extracting before the flow started
        self.began = 0.0  # when the batch being extracted began (0: none)

    @staticmethod
    def key(planned: Sequence[PlannedFile], area_code: str | None) -> tuple:
        return (area_code, *((p.sha256, str(p.source.path)) for p in planned))

    def start(self) -> _HeadStart:
        _HeadStart.current = self
        if self.pool is not None:
            self._submit_to_pool()
            return self
        self.thread.start()
        return self

    def _submit_to_pool(self) -> None:
        """The first batches to the workers. Their futures are registered now, to be claimed; the
        submits run in a thread, as a submit that starts a worker waits for the fork server."""
        import threading
        from concurrent.futures import Future

        pending: list[tuple[list[PlannedFile], Future]] = []
        with self.lock:
            for batch in self.batches:
                future: Future = Future()
                self.results[self.key(batch, self.area_code)] = future
                pending.append((batch, future))

        def forward(done, future: Future) -> None:
            if done.cancelled():
                future.cancel()
            elif done.exception() is not None:
                future.set_exception(done.exception())
            else:
                future.set_result(done.result())

        def submit() -> None:
            for batch, future in pending:
                try:
                    submitted = self.pool.submit(process_files, batch, self.area_code, claim=False, as_rows=True)
                except BaseException as exc:  # noqa: BLE001 - a pool shut down or broken: the batch task raises it
                    future.set_exception(exc)
                    continue
                submitted.add_done_callback(lambda done, future=future: forward(done, future))

        threading.Thread(target=submit, name="baoxun-head-start", daemon=True).start()

    def _run(self) -> None:
        from concurrent.futures import Future

        for batch in self.batches:
            with self.lock:
                if self.stopped:
                    return
                future: Future = Future()
                self.results[self.key(batch, self.area_code)] = future
                self.began = time.perf_counter()
            try:
                future.set_result(process_files(batch, self.area_code, claim=False))
            except BaseException as exc:  # noqa: BLE001 - the batch task raises it (and retries a transient one)
                future.set_exception(exc)
            with self.lock:
                if not self.stopped:
                    self.busy += time.perf_counter() - self.began
                self.began = 0.0
        # Still waiting for the API: load jieba's dictionary (~3 s), which a later issue's
        # headline naming a speaker without a title needs.
        if not self.stopped:
            _warm_up()

    def stop(self) -> None:
        """Start no more batches (the flow has started); those begun are finished and kept."""
        with self.lock:
            if not self.stopped and self.began:
                self.busy += time.perf_counter() - self.began
            self.stopped = True

    def close(self) -> None:
        self.stop()
        if _HeadStart.current is self:
            _HeadStart.current = None

    @classmethod
    def claim(cls, planned: Sequence[PlannedFile], area_code: str | None) -> BatchResult | None:
        """The head start's result for this batch (taken once), or None when it did not begin it."""
        current = cls.current
        if current is None:
            return None
        with current.lock:
            future = current.results.pop(cls.key(planned, area_code), None)
        return None if future is None else future.result()


def _warm_up() -> None:
    from flows.warm_up import warm_up

    warm_up(jieba=True)


def ingest(
    raw_dir: str | Path = "raw",
    db_path: str | Path | None = None,
    *,
    area_code: str | None = None,
    runner: Runner = "local",
    dask_address: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    show_progress: bool | None = None,
    wait_seconds: float = 30.0,
    workers: int | None = None,
    worker_kind: Literal["processes", "threads"] = "processes",
) -> RunSummary:
    """Run the ingest flow on ``raw_dir`` into ``db_path`` (default: ``$BAOXUN_DB`` or warehouse/baoxun.duckdb).

    Nothing new or changed: the run is recorded (``loads``, ``ingest_errors``) without a Prefect
    flow run. Otherwise the Prefect flow extracts and loads the planned files.

    ``workers``: extraction processes for the local runner (default one per core, never more than
    there are batches; 1 extracts in this process). ``worker_kind="threads"`` runs that many
    extraction threads in this process instead (for comparison: they share one core).
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    db = str(db_path or warehouse_db.default_db_path())
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    if not Path(raw_dir).is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    if runner == "dask" and dask_address:
        check_scheduler(dask_address)
    token = uuid.uuid4().hex
    # A warehouse that does not exist yet: a first run, with everything to extract. Prefect's API
    # (seconds to start) starts now, not after the schema is made and the folder planned; so does
    # the workers' fork server when the folder holds work for more than one of them.
    first_run = not Path(db).exists()
    pending = prefect_env.start_api() if first_run else None
    if (
        first_run
        and runner == "local"
        and worker_kind == "processes"
        and workers_for(workers, _files_under(raw_dir, batch_size + 1), batch_size) > 1
    ):
        start_fork_server()
    waited = time.perf_counter()
    try:
        con = warehouse_db.connect(db, wait_seconds=wait_seconds)
    except BaseException:
        if pending is not None:
            pending.cancel()
        raise
    waited = time.perf_counter() - waited
    started = time.perf_counter()
    _OPEN_CONNECTIONS[token] = con
    head_start: _HeadStart | None = None
    try:
        prepared = prepare_run(con, str(raw_dir), db, area_code, prune, runner)
        if not prepared.todo:
            if pending is not None:
                pending.cancel()  # nothing to extract after all
            summary = finish_run(con, prepared)
        else:
            _PREPARED[token] = prepared
            slots = workers_for(workers, len(prepared.todo), batch_size) if runner == "local" else 1
            prepared.summary.workers = slots
            prepared.summary.worker_kind = worker_kind if slots > 1 else "in-process"
            if slots > 1 and worker_kind == "processes":
                # Started first: the workers import and warm up while the API starts.
                _POOLS[token] = start_worker_pool(slots)
                prepared.pool_token = token
                # The workers keep every core busy: DuckDB's own threads for the loads would only
                # compete with them (640 team issues loaded with 0.8 s of CPU on one thread, 1.1-1.3 s
                # with its default of one per core). Reset when the run ends: the setting belongs to
                # the database, which other connections of this process may share.
                con.execute("SET threads = 1")
            # The background API starts while this process imports Prefect and extracts the
            # first batches (each takes seconds); the flow run starts when the API answers and
            # its batch tasks take what the head start extracted.
            pending = pending or prefect_env.start_api()
            if runner == "local" and prepared.pool_token:
                first = itertools.islice(_batches(prepared.todo, batch_size, slots), slots * BATCHES_PER_WORKER)
                head_start = _HeadStart(list(first), area_code, _POOLS[token]).start()
            elif runner == "local":
                head_start = _HeadStart(list(itertools.islice(_batches(prepared.todo, batch_size, slots), _HeadStart.MAX_BATCHES)), area_code).start()
            from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

            # What the flow call would do first (~1.5 s: Prefect's flow machinery and logging set-up,
            # the encoder for its parameters, a settings copy) is done while the API starts, not after.
            # With worker processes each task thread hands a batch over and waits: BATCHES_PER_WORKER
            # threads per worker keep one batch queued for each.
            threads = slots * BATCHES_PER_WORKER if prepared.pool_token else slots
            ingest_flow = build_flow(runner, dask_address, threads)
            import fastapi.encoders  # noqa: F401 - Prefect imports it to serialise the parameters

            # The heartbeat only helps a server detect crashed runs; for a CLI run it adds a 1 s tail.
            with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
                pending.wait()
                if head_start is not None:
                    head_start.stop()
                    prepared.own_seconds += head_start.busy
                    prepared.summary.seconds["head_start"] = head_start.busy
                prepared.summary.seconds["prefect_start"] = time.perf_counter() - started - prepared.own_seconds
                # What is alive now (Prefect's, pydantic's and DuckDB's modules, the plan) lives
                # through the run: frozen, the full garbage collections that every few batches'
                # rows set off do not walk it again each time. Unfrozen when the flow returns.
                gc.freeze()
                try:
                    summary = ingest_flow(
                        str(raw_dir), db, area_code, batch_size, prune, show_progress, wait_seconds, runner, token
                    )
                finally:
                    gc.unfreeze()
    finally:
        if head_start is not None:
            head_start.close()
        _PREPARED.pop(token, None)
        pool = _POOLS.pop(token, None)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET threads")
        _OPEN_CONNECTIONS.pop(token).close()
    summary.seconds["lock_wait"] = waited
    summary.seconds["total"] = time.perf_counter() - started
    summary.seconds["prefect_overhead"] = summary.seconds["total"] - summary.seconds.get("total_in_flow", 0.0)
    return summary


__all__ = ["EVENT_TABLES", "RunSummary", "build_flow", "default_workers", "ingest", "process_files", "plan"]
