"""`make bench`: ten years of a daily paper through `baoxun run`, against the floor and a peer.

Builds (or reuses) the synthetic corpus, starts one Prefect server (its start-up is reported on its
own, as a daily run would find it already running), then times in separate processes: a cold
ingest, an unchanged re-run, a re-run with one file changed, the same unchanged re-run paying for
Prefect's temporary server, the floor and the peer (``bench/reference.py``), and a cold ingest of a
tenth of the corpus to show memory does not grow with N.

Then start-up as a new user meets it (no Prefect server running, no ``PREFECT_API_URL``): a first
``baoxun run`` on the shipped samples and an unchanged re-run, each several times, with baoxun's
own share of the wall time; and one 50 MB file with no date in its name or manifest (the issue
date is inferred from its text).

    python -m bench.run_bench [--n 3650] [--runner local|dask] [--json bench/out/bench.json]
    python -m bench.run_bench --only startup,undated [--repeat 3] [--undated-mb 50]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.make_corpus import DEFAULT_SEED, Corpus, build_corpus, check_pages, sample_chunks, shift_dates

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
# What the `baoxun` console script runs (flows.cli:entry).
CLI = [PYTHON, "-c", "from flows.cli import entry; entry()"]

TARGET_COLD_SECONDS = 120.0
TARGET_RERUN_SECONDS = 10.0
TARGET_OWN_RERUN_SECONDS = 2.0
TARGET_RSS_BYTES = 1 << 30
TARGET_PREFECT_SHARE = 0.10
TARGET_FIRST_RUN_SECONDS = 8.0
TARGET_UNCHANGED_SAMPLES_SECONDS = 2.0
TARGET_UNDATED_SECONDS = 30.0
SAMPLES = ROOT / "raw"
RSS_FLAT_TOLERANCE = 1.25


@dataclass
class Measured:
    """One child process: wall time, peak RSS of the process itself and of its whole tree."""

    wall: float
    rss_main: int
    rss_tree: int
    returncode: int
    stdout: str
    stderr: str
    # The largest peak of any one child process (an extraction worker), sampled.
    rss_child: int = 0
    # Proportional set size of the whole tree (each shared page split among the processes sharing
    # it, so the sum counts it once: what the run costs the machine), sampled every ~0.5 s; and the
    # largest unique set size of a child (what a worker alone holds). 0: not measured.
    pss_tree: int = 0
    uss_child: int = 0

    def json(self) -> dict:
        # A progress bar of a background start-up may precede the summary on stdout.
        start = 0 if self.stdout.startswith("{") else self.stdout.find("\n{") + 1
        try:
            return json.loads(self.stdout[start:])
        except json.JSONDecodeError as exc:
            raise RuntimeError(f"no JSON from the child (exit {self.returncode}):\nstdout: {self.stdout[:1500]!r}\n"
                               f"stderr: {self.stderr[-3000:]}") from exc


@dataclass
class IngestRun:
    name: str
    wall: float
    rss_main: int
    rss_tree: int
    issues_new: int
    issues_changed: int
    issues_unchanged: int
    files_failed: int
    rows: dict[str, int]
    seconds: dict[str, float]
    workers: int = 1
    worker_kind: str = "in-process"
    # The machine's 1-minute load average when the run started (the machine is shared).
    load_average: float = float("nan")
    # Peak RSS of the largest extraction worker process (0: extraction ran in the main process).
    rss_worker: int = 0
    # Peak PSS of the whole tree (shared pages counted once) and the largest worker's peak USS.
    pss_tree: int = 0
    uss_worker: int = 0
    # CPU seconds the bench's Prefect server used while the run ran (None: no server of the bench's
    # own). It is not in the run's process tree but shares the machine's cores with it.
    server_cpu: float | None = None


@dataclass
class Report:
    issues: int
    corpus_bytes: int
    corpus_seconds: float
    runner: str
    cpus: int
    batch_size: int
    import_seconds: float = 0.0
    prefect_server_startup: float | None = None
    task_overhead_seconds: float = 0.0
    runs: dict[str, IngestRun] = field(default_factory=dict)
    floor: dict = field(default_factory=dict)
    peer: dict = field(default_factory=dict)
    small_n: int = 0
    notes: list[str] = field(default_factory=list)
    startup: dict = field(default_factory=dict)
    undated: dict = field(default_factory=dict)
    # The team-written corpus (articles in many papers' styles): its runs and its floor.
    team: dict = field(default_factory=dict)
    # A corpus recombined from pages the user points at (--pages): its cold run and its floor.
    pages: dict = field(default_factory=dict)


def is_extraction_worker(command: str, parent_command: str) -> bool:
    """Whether a process of a run's tree is an extraction worker, from its command line and its
    parent's: a worker is forked from multiprocessing's fork server and runs no program of its own,
    so it carries the fork server's command line. The other processes count in the tree but not as
    workers: the fork server (it loads everything before forking and extracts nothing), the
    resource tracker, and the cache builder the fork server starts when jieba's tables are not
    cached yet (``flows.warm_up``, ~175 MB, gone before extraction starts)."""
    return "multiprocessing.forkserver" in parent_command and command == parent_command


def measure(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> Measured:
    """Run ``command`` to the end, sampling the RSS of it and its children every 50 ms."""
    import psutil

    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_child = peak_pss = peak_uss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_child, peak_pss, peak_uss
        try:
            root = psutil.Process(child.pid)
        except psutil.NoSuchProcess:
            return
        rounds = 0
        workers: dict[int, bool] = {}

        def is_worker(process) -> bool:
            if process.pid not in workers:
                try:
                    parent = process.parent()
                    workers[process.pid] = parent is not None and is_extraction_worker(
                        " ".join(process.cmdline()), " ".join(parent.cmdline()))
                except psutil.Error:
                    return False
            return workers[process.pid]

        # The sampler shares the cores it measures, so it reads as little as it can: RSS every
        # round (one small /proc read a process), the tree every 5th round (psutil finds children
        # by reading every process's stat on the machine: ~2 ms), PSS every 20th (smaps_rollup:
        # ~2 ms a process). Reading all three every round (then PSS every 10th) took ~5 % of a
        # core, 2 s of CPU during a 40 s run. A process is counted at most 0.25 s after it starts.
        tree: list = [root]
        while not stop.is_set():
            total = pss = 0
            full = rounds % 20 == 0
            if rounds % 5 == 0:
                try:
                    tree = [root, *root.children(recursive=True)]
                except psutil.Error:
                    break
            rounds += 1
            try:
                for process in tree:
                    try:
                        if full:
                            info = process.memory_full_info()
                            pss += info.pss
                            if is_worker(process):
                                peak_uss = max(peak_uss, info.uss)
                        else:
                            info = process.memory_info()
                    except psutil.Error:
                        continue
                    total += info.rss
                    if is_worker(process):
                        peak_child = max(peak_child, info.rss)
            except psutil.Error:
                break
            peak_tree = max(peak_tree, total)
            peak_pss = max(peak_pss, pss)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[str] = []
    err_chunks: list[str] = []
    readers = [
        threading.Thread(target=lambda: out_chunks.append(child.stdout.read()), daemon=True),
        threading.Thread(target=lambda: err_chunks.append(child.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    sampler.join()
    for reader in readers:
        reader.join()
    rss_main = usage.ru_maxrss * 1024
    return Measured(wall, rss_main, max(peak_tree, rss_main), child.returncode, "".join(out_chunks), "".join(err_chunks), peak_child,
                    peak_pss, peak_uss)


class PrefectServer:
    """A Prefect API server of the bench's own, started once and stopped at the end."""

    def __init__(self, home: Path):
        self.home = home
        self.process: subprocess.Popen | None = None
        self.url = ""
        self.startup = 0.0

    def __enter__(self) -> PrefectServer:
        self.home.mkdir(parents=True, exist_ok=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {**os.environ, "PREFECT_HOME": str(self.home), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        env.pop("PREFECT_API_URL", None)
        log = (self.home / "server.log").open("w")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [PYTHON, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.url = f"http://127.0.0.1:{port}/api"
        deadline = time.monotonic() + 180
        while not _healthy(self.url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Prefect server did not start; see {self.home / 'server.log'}")
            time.sleep(0.2)
        self.startup = time.perf_counter() - started
        return self

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


# The bench's own Prefect server while it runs (its CPU is read around each run).
_SERVER: PrefectServer | None = None


def _server_cpu() -> float | None:
    """CPU seconds (user and system) the bench's Prefect server and its children have used so far."""
    if _SERVER is None or _SERVER.process is None or _SERVER.process.poll() is not None:
        return None
    import psutil

    try:
        root = psutil.Process(_SERVER.process.pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def _env(api_url: str | None, state_dir: Path) -> dict[str, str]:
    env = {**os.environ, "BAOXUN_STATE_DIR": str(state_dir), "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def ingest(
    name: str, corpus: Path, db: Path, env: dict[str, str], runner: str, batch_size: int,
    workers: int | None = None, worker_kind: str = "processes",
) -> IngestRun:
    if worker_kind == "threads":
        # Not a CLI choice (threads share one core); the Python API runs it for the comparison.
        code = (
            "import json, sys; from flows.ingest import ingest; from flows.report import summary_json; "
            f"s = ingest({str(corpus)!r}, {str(db)!r}, runner={runner!r}, batch_size={batch_size}, workers={workers}, "
            "worker_kind='threads', show_progress=False); print(json.dumps(summary_json(s), ensure_ascii=False))"
        )
        command = [PYTHON, "-c", code]
    else:
        command = [*CLI, "run", str(corpus), "--db", str(db), "--json", "--runner", runner, "--batch-size", str(batch_size)]
        if workers is not None:
            command += ["--workers", str(workers)]
    load = _load_average()
    server_before = _server_cpu()
    measured = measure(command, env)
    server_after = _server_cpu()
    summary = measured.json()
    return IngestRun(
        name=name,
        wall=measured.wall,
        rss_main=measured.rss_main,
        rss_tree=measured.rss_tree,
        issues_new=summary["issues_new"],
        issues_changed=summary["issues_changed"],
        issues_unchanged=summary["issues_unchanged"],
        files_failed=summary["files_failed"],
        rows=summary["rows"],
        seconds=summary["seconds"],
        workers=summary.get("workers", 1),
        worker_kind=summary.get("worker_kind", "in-process"),
        load_average=load,
        rss_worker=measured.rss_child,
        pss_tree=measured.pss_tree,
        uss_worker=measured.uss_child,
        server_cpu=None if server_before is None or server_after is None else server_after - server_before,
    )


def change_one_file(corpus: Path) -> tuple[Path, bytes]:
    """Append one more sample article, re-dated, to the middle issue; returns what to restore."""
    files = sorted(corpus.rglob("*.txt"))
    target = files[len(files) // 2]
    original = target.read_bytes()
    chunk = sample_chunks()[0]
    from datetime import date

    issue_date = date.fromisoformat(target.stem)
    encoding = "utf-8"
    try:
        text = original.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = original.decode("gb18030"), "gb18030"
    target.write_bytes((text + "\n" + shift_dates(chunk.text, chunk.issue_date, issue_date) + "\n").encode(encoding))
    return target, original


def task_overhead(runner: str) -> float:
    """Seconds Prefect adds per task run (submitted and called in-flow), on the ingest's task runner."""
    from flows import prefect_env

    prefect_env.configure()
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    from flows.ingest import _task_runner

    @task(cache_policy=NO_CACHE)
    def nothing(value: int) -> int:
        return value

    calls = 20

    @flow(task_runner=_task_runner(runner, None))
    def calibrate() -> float:
        nothing.submit(0).result()  # warm the runner (process start, imports) outside the clock
        nothing(0)
        clock = time.perf_counter()
        for index in range(calls):
            nothing.submit(index).result()
            nothing(index)
        return (time.perf_counter() - clock) / (2 * calls)

    return calibrate()


def _stop_background_api(state: Path) -> None:
    """Stop the background Prefect API a run of ours left in ``state`` (its pid is in the record)."""
    record = state / "prefect-api.json"
    try:
        pid = json.loads(record.read_text(encoding="utf-8"))["pid"]
    except (OSError, ValueError, KeyError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.1)
    except ProcessLookupError:
        pass
    record.unlink(missing_ok=True)


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def startup_figures(out: Path, repeat: int) -> dict:
    """A new user's first ``baoxun run`` on the samples and an unchanged re-run, ``repeat`` times each.

    Each first run starts with no Prefect server running and an empty warehouse; Prefect's database
    is initialised once beforehand, as ``make`` does. One first run with Prefect's temporary server
    (``BAOXUN_PREFECT_API=temporary``, what every run did before) is measured for comparison.
    """
    state = out / "state-startup"
    shutil.rmtree(state, ignore_errors=True)
    env = _env(None, state)
    env.pop("BAOXUN_PREFECT_API", None)
    init = measure([PYTHON, "-m", "flows.prefect_daemon", "--init"], env)
    db = out / "startup.duckdb"
    first: list[dict] = []
    again: list[dict] = []
    for _ in range(repeat):
        _stop_background_api(state)
        for suffix in ("", ".wal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        load = _load_average()
        run = ingest("first run", SAMPLES, db, env, "local", 64)
        first.append({"wall": run.wall, "own": run.seconds.get("total_in_flow", 0.0), "prefect_start": run.seconds.get("prefect_start", 0.0),
                      "rss": run.rss_tree, "load_average": load, "new": run.issues_new})
        rerun = ingest("unchanged re-run", SAMPLES, db, env, "local", 64)
        again.append({"wall": rerun.wall, "own": rerun.seconds.get("total_in_flow", 0.0), "rss": rerun.rss_tree,
                      "load_average": _load_average(), "unchanged": rerun.issues_unchanged})
    _stop_background_api(state)
    for suffix in ("", ".wal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    temporary = ingest("first run, temporary server", SAMPLES, db, {**env, "BAOXUN_PREFECT_API": "temporary"}, "local", 64)
    return {
        "init_seconds": init.wall,
        "first_run": first,
        "unchanged_rerun": again,
        "first_run_temporary_server": {"wall": temporary.wall, "own": temporary.seconds.get("total_in_flow", 0.0)},
    }


def undated_figures(out: Path, megabytes: int) -> dict:
    """One ``megabytes`` MB file with no date in its name and no manifest, through ``baoxun run``."""
    folder = out / f"undated-{megabytes}mb"
    big = folder / "big-issue.txt"
    if not big.exists() or big.stat().st_size < megabytes * 1_000_000:
        folder.mkdir(parents=True, exist_ok=True)
        texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
        with big.open("w", encoding="utf-8") as handle:
            index = 0
            while handle.tell() < megabytes * 1_000_000:
                handle.write(texts[index % len(texts)] + "\n")
                index += 1
    db = out / "undated.duckdb"
    for suffix in ("", ".wal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    state = out / "state-undated"
    env = _env(None, state)
    env.pop("BAOXUN_PREFECT_API", None)
    measure([PYTHON, "-m", "flows.prefect_daemon", "--init"], env)
    load_before = _load_average()
    run = ingest("undated", folder, db, env, "local", 64)
    load_after = _load_average()
    _stop_background_api(state)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        issue = con.execute("SELECT issue_date, issue_date_source, issue_date_reason, char_count FROM issues").fetchone()
        errors = con.execute("SELECT message FROM ingest_errors").fetchall()
    finally:
        con.close()
    return {
        "bytes": big.stat().st_size,
        "wall": run.wall,
        "rss_tree": run.rss_tree,
        "seconds": run.seconds,
        "issue_date": str(issue[0]) if issue else None,
        "issue_date_source": issue[1] if issue else None,
        "issue_date_reason": issue[2] if issue else None,
        "errors": [e[0] for e in errors],
        "load_average": [load_before, load_after],
    }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else float("nan")


def print_startup(startup: dict, undated: dict) -> None:
    if startup:
        first, again = startup["first_run"], startup["unchanged_rerun"]
        print("\n  start-up on the shipped samples (5 issues), no Prefect server running beforehand:")
        print(f"    Prefect database initialised once (make does it): {startup['init_seconds']:.1f} s")
        for name, runs in (("first `baoxun run`", first), ("unchanged re-run", again)):
            walls = ", ".join(f"{r['wall']:.1f}" for r in runs)
            own = _median([r["own"] for r in runs])
            wall = _median([r["wall"] for r in runs])
            loads = ", ".join(f"{r['load_average']:.1f}" for r in runs)
            print(f"    {name:<22} median {wall:5.1f} s wall (runs: {walls}); baoxun's own work {own:.2f} s "
                  f"= {100 * own / wall:.0f} % (load average: {loads})")
        temporary = startup["first_run_temporary_server"]
        print(f"    first run with Prefect's temporary server (before): {temporary['wall']:.1f} s wall, own {temporary['own']:.2f} s")
        print(f"    [{_check(_median([r['wall'] for r in first]) <= TARGET_FIRST_RUN_SECONDS)}] first run ≤ {TARGET_FIRST_RUN_SECONDS:.0f} s")
        print(f"    [{_check(_median([r['wall'] for r in again]) <= TARGET_UNCHANGED_SAMPLES_SECONDS)}] unchanged re-run ≤ {TARGET_UNCHANGED_SAMPLES_SECONDS:.0f} s")
    if undated:
        print(f"\n  one {undated['bytes'] / 1e6:.0f} MB file with no date (inferred: {undated['issue_date']} from {undated['issue_date_source']}):")
        stages = {k: v for k, v in undated["seconds"].items() if k in {"decode", "segment"} or k.startswith("extract:")}
        loads = ", ".join(f"{value:.1f}" for value in undated.get("load_average", []))
        print(f"    {undated['wall']:.1f} s wall (load average before, after: {loads}), peak RSS {_mb(undated['rss_tree'])}; "
              + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])))
        if undated["errors"]:
            print(f"    errors: {undated['errors']}")
        print(f"    [{_check(undated['wall'] <= TARGET_UNDATED_SECONDS)}] ≤ {TARGET_UNDATED_SECONDS:.0f} s   "
              f"[{_check(undated['rss_tree'] <= TARGET_RSS_BYTES)}] RSS ≤ 1 GB")


TARGET_TEAM_ISSUES_PER_SECOND = 80.0
TARGET_SAMPLES_ISSUES_PER_SECOND = 150.0
TARGET_FLOOR_MULTIPLE = 15.0
TARGET_RUN_RSS_BYTES = 700 * 1000 * 1000
TARGET_WORKER_RSS_BYTES = 300 * 1000 * 1000


def team_figures(out: Path, n: int, seed: int, env: dict[str, str], runner: str, batch_size: int, compare: bool) -> dict:
    """Cold runs on the team-written corpus: default workers, and (``compare``) one process and
    two threads on the same corpus; then its floor."""
    corpus = build_corpus(out / f"corpus-team-{n}", n, seed=seed, kind="team")
    return _corpus_figures("team", corpus, out, env, runner, batch_size, compare)


def pages_figures(pages: Path, out: Path, n: int, seed: int, env: dict[str, str], runner: str, batch_size: int) -> dict:
    """A cold run with the default workers on issues recombined from ``pages`` (a folder of
    plain-text issues with a manifest: a user's own paper), then its floor."""
    corpus = build_corpus(out / f"corpus-pages-{n}", n, seed=seed, kind="pages", pages=pages)
    return {**_corpus_figures("pages", corpus, out, env, runner, batch_size, compare=False), "source": str(pages)}


def _corpus_figures(label: str, corpus: Corpus, out: Path, env: dict[str, str], runner: str, batch_size: int, compare: bool) -> dict:
    print(f"  {label} corpus: {'reused' if corpus.reused else 'built'} {corpus.root} ({corpus.bytes / 1e6:.1f} MB)", flush=True)
    variants = [("cold, default workers", None, "processes")]
    if compare:
        variants += [("cold, --workers 1 (one process)", 1, "processes"), ("cold, 2 threads in one process", 2, "threads")]
    runs = {}
    for name, workers, kind in variants:
        db = out / f"bench-{label}.duckdb"
        for suffix in ("", ".wal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        print(f"  {label} corpus: {name} ...", flush=True)
        runs[name] = asdict(ingest(name, corpus.root, db, env, runner, batch_size, workers, kind))
    cold = runs["cold, default workers"]
    floor = measure([PYTHON, "-m", "bench.reference", "floor", str(corpus.root), "--rows", str(written_rows(cold["rows"])),
                     "--db", str(out / f"floor-{label}.duckdb")], env)
    return {"issues": corpus.issues, "bytes": corpus.bytes, "runs": runs, "floor": {**floor.json(), "rss": floor.rss_main, "load_average": _load_average()}}


def _stage_table(seconds: dict[str, float], indent: str = "    ") -> None:
    stages = {k: v for k, v in seconds.items() if k in {"decode", "segment", "link", "parse_html"} or k.startswith("extract:")}
    stages["load (CPU of the loading thread)"] = seconds.get("load_cpu", seconds.get("load", 0.0))
    stages["prefect (start + flow start/finish)"] = seconds.get("prefect_overhead", 0.0)
    total = sum(stages.values()) or 1.0
    for stage, value in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"{indent}{stage:<40} {value:>7.1f} s {100 * value / total:>5.1f} %")


def _server_line(server_cpu: float | None, wall: float) -> None:
    if server_cpu is not None:
        print(f"    (and the Prefect server, outside the run's processes: {server_cpu:.1f} s of CPU during its {wall:.1f} s, "
              "on the same cores)")


def written_rows(rows: dict[str, int]) -> int:
    """Every row a run wrote, its refused files aside: as many as the floor inserts."""
    return sum(count for table, count in rows.items() if table != "ingest_errors")


def event_rows(rows: dict[str, int]) -> int:
    """The event records of a run's row counts (not its issues, articles or refused files)."""
    return sum(count for table, count in rows.items() if table not in {"issues", "articles", "ingest_errors"})


def print_corpora(report: Report) -> None:
    """The corpora side by side: cold issues/s, the floor, peak RSS, with the load average."""
    team = report.team
    print("\n  cold runs on each corpus (work seconds summed over workers; load average = the shared machine's 1-min load at the start):")
    print(f"    {'corpus / run':<44} {'workers':>12} {'wall':>7} {'issues/s':>9} {'x floor':>8} {'RSS main':>9} {'RSS tree':>9} {'a worker':>9} {'PSS tree':>9} {'USS wkr':>9} {'load':>5}")
    rows = [("samples: cold", asdict(report.runs["cold"]), report.issues, report.floor)]
    rows += [(f"team: {name}", run, team["issues"], team["floor"]) for name, run in team.get("runs", {}).items()]
    pages = report.pages
    rows += [(f"pages: {name}", run, pages["issues"], pages["floor"]) for name, run in pages.get("runs", {}).items()]
    for label, run, n, floor in rows:
        print(f"    {label:<44} {str(run['workers']) + ' ' + run['worker_kind']:>12} {run['wall']:>6.1f}s {n / run['wall']:>9.1f} "
              f"{run['wall'] / floor['seconds']:>7.1f}x {_mb(run['rss_main']):>9} {_mb(run['rss_tree']):>9} {_mb(run['rss_worker']):>9} "
              f"{_mb(run.get('pss_tree', 0)):>9} {_mb(run.get('uss_worker', 0)):>9} {run['load_average']:>5.1f}")
    others = (("team", team), ("pages", pages))
    for label, n, floor in (("samples", report.issues, report.floor), *((name, f.get("issues"), f.get("floor")) for name, f in others)):
        if floor:
            print(f"    {label + ': floor':<44} {'':>12} {floor['seconds']:>6.1f}s {n / floor['seconds']:>9.1f} {'1.0x':>8} {_mb(floor['rss']):>9}")
    # Extraction's cost follows the events a text carries more than its length (~0.23 ms a record on
    # the team corpus): a corpus's density says how far its figures speak for another paper's pages.
    densities = [("samples", event_rows(report.runs["cold"].rows) / (report.corpus_bytes / 1e6))]
    densities += [(name, event_rows(f["runs"]["cold, default workers"]["rows"]) / (f["bytes"] / 1e6)) for name, f in others if f]
    print("    event records per MB of corpus: " + ", ".join(f"{label} {density:,.0f}" for label, density in densities))
    if pages:
        print(f"    (pages: issues recombined from {pages['source']}; no target is read on them)")
    if not team:
        return
    team_cold = team["runs"]["cold, default workers"]
    print("\n  where the team corpus's cold run goes:")
    _stage_table(team_cold["seconds"])
    _server_line(team_cold.get("server_cpu"), team_cold["wall"])
    samples_cold = report.runs["cold"]
    team_rate = team["issues"] / team_cold["wall"]
    samples_rate = report.issues / samples_cold.wall
    print("\n  targets (both cores):")
    print(f"    [{_check(team_rate >= TARGET_TEAM_ISSUES_PER_SECOND)}] team corpus cold {team_rate:.1f} issues/s ≥ {TARGET_TEAM_ISSUES_PER_SECOND:.0f} "
          f"(load average {team_cold['load_average']:.1f})")
    print(f"    [{_check(samples_rate >= TARGET_SAMPLES_ISSUES_PER_SECOND)}] samples corpus cold {samples_rate:.1f} issues/s ≥ {TARGET_SAMPLES_ISSUES_PER_SECOND:.0f} "
          f"(load average {samples_cold.load_average:.1f})")
    for label, wall, floor in (("team", team_cold["wall"], team["floor"]["seconds"]), ("samples", samples_cold.wall, report.floor["seconds"])):
        print(f"    [{_check(wall <= TARGET_FLOOR_MULTIPLE * floor)}] {label} cold {wall / floor:.1f}x the floor ≤ {TARGET_FLOOR_MULTIPLE:.0f}x")
    for label, rss, worker, pss in (("team", team_cold["rss_tree"], team_cold["rss_worker"], team_cold.get("pss_tree", 0)),
                                    ("samples", samples_cold.rss_tree, samples_cold.rss_worker, samples_cold.pss_tree)):
        # RSS summed over processes counts a page the workers share with their fork server once per
        # process; PSS counts it once.
        print(f"    [{_check(rss <= TARGET_RUN_RSS_BYTES)}] {label} cold peak RSS {_mb(rss)} with its workers ≤ {_mb(TARGET_RUN_RSS_BYTES)} "
              f"(RSS summed over the processes)")
        print(f"    [{_check(pss <= TARGET_RUN_RSS_BYTES)}] {label} cold peak PSS {_mb(pss)} with its workers ≤ {_mb(TARGET_RUN_RSS_BYTES)} "
              f"(shared pages counted once)")
        print(f"    [{_check(worker <= TARGET_WORKER_RSS_BYTES)}] {label} cold: largest worker {_mb(worker)} ≤ {_mb(TARGET_WORKER_RSS_BYTES)}")


def _mb(value: float) -> str:
    return f"{value / 1e6:,.0f} MB"


def _check(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def print_report(report: Report) -> None:
    n, size = report.issues, report.corpus_bytes
    runs = report.runs
    cold = runs["cold"]
    print(f"\nbaoxun bench: {n} daily issues, {size / 1e6:.1f} MB, runner {report.runner}, {report.cpus} CPUs")
    if report.prefect_server_startup is not None:
        print(f"  Prefect server start-up (once, not per run): {report.prefect_server_startup:.1f} s")
    print(f"  Python start-up + imports of a `baoxun run` process: {report.import_seconds:.1f} s")
    print()
    header = f"  {'run':<30} {'wall':>8} {'issues/s':>9} {'MB/s':>7} {'new/chg/same':>16} {'RSS main':>9} {'RSS tree':>9}"
    print(header)
    for run in runs.values():
        issues = run.issues_new + run.issues_changed
        print(
            f"  {run.name:<30} {run.wall:>7.1f}s {n / run.wall:>9.1f} {size / 1e6 / run.wall:>7.2f} "
            f"{f'{run.issues_new}/{run.issues_changed}/{run.issues_unchanged}':>16} "
            f"{_mb(run.rss_main):>9} {_mb(run.rss_tree):>9}" + ("" if issues or run.name != "cold" else "  (nothing loaded?)")
        )
    floor, peer = report.floor, report.peer
    print(
        f"  {'floor (read, regex, 1 insert)':<30} {floor['seconds']:>7.1f}s {n / floor['seconds']:>9.1f} "
        f"{size / 1e6 / floor['seconds']:>7.2f} {floor['rows']:>16} {_mb(floor['rss']):>9}"
    )
    if "seconds" in peer:
        peer_rate = peer["issues"] / peer["seconds"]
        peer_bytes = peer["bytes"] / peer["seconds"]
        label = "peer (jionlp time+phone)" + ("" if peer["issues"] == n else f", {peer['issues']} issues")
        print(f"  {label:<30} {peer['seconds']:>7.1f}s {peer_rate:>9.1f} {peer_bytes / 1e6:>7.2f} {'':>16} {_mb(peer['rss']):>9}")
    else:
        print(f"  peer: {peer.get('error')}")

    rows = written_rows(cold.rows)
    events = event_rows(cold.rows)
    print(f"\n  cold run wrote {rows:,} rows ({events:,} event rows: "
          + ", ".join(f"{k} {v:,}" for k, v in cold.rows.items() if k not in {"issues", "ingest_errors"}) + ")")
    in_flow = cold.seconds.get("total_in_flow", 0.0)
    print(f"  cold: {cold.wall:.1f} s end to end = {in_flow:.1f} s in the flow + {cold.seconds.get('prefect_overhead', 0):.1f} s "
          f"Prefect flow start/finish + {cold.wall - cold.seconds.get('total', 0):.1f} s process start-up")
    print(f"  cold / floor: {cold.wall / floor['seconds']:.1f}x the floor's time")
    peer_full = None
    if "seconds" in peer:
        peer_full = peer["seconds"] * n / peer["issues"]
        extrapolated = "" if peer["issues"] == n else " (extrapolated to all issues)"
        print(f"  cold / peer: {cold.wall / peer_full:.2f}x the peer's time{extrapolated}; the peer found "
              f"{peer['time_expressions']:,} time expressions and {peer['phones']:,} phones, and nothing else")

    tasks = -(-(cold.issues_new + cold.issues_changed) // max(1, report.batch_size))  # one process-batch task a batch
    task_cost = tasks * report.task_overhead_seconds
    stages = {k: v for k, v in cold.seconds.items() if k in {"decode", "segment", "plan"} or k.startswith("extract:")}
    # The flow thread loads while a worker extracts: its wall time includes waiting for the GIL.
    stages["load"] = cold.seconds.get("load_cpu", cold.seconds.get("load", 0.0))
    stages["prefect (flow start/finish)"] = cold.seconds.get("prefect_overhead", 0.0)
    stages[f"prefect (task runs, {tasks} x {report.task_overhead_seconds * 1000:.0f} ms)"] = task_cost
    total = sum(stages.values()) or 1.0
    print("\n  where the cold run's time goes (work seconds, summed over workers):")
    if "load_cpu" in cold.seconds:
        print(f"    (load: {cold.seconds['load_cpu']:.1f} s of CPU in the flow thread; its {cold.seconds['load']:.1f} s of wall "
              "time overlap extraction, which runs meanwhile)")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"    {stage:<40} {seconds:>7.1f} s {100 * seconds / total:>5.1f} %")
    _server_line(cold.server_cpu, cold.wall)

    unchanged = runs.get("unchanged")
    if unchanged is None:  # --skip-reruns
        for note in report.notes:
            print(f"  note: {note}")
        return
    own = unchanged.seconds.get("total_in_flow", 0.0)
    prefect_share = (cold.seconds.get("prefect_overhead", 0.0) + task_cost) / cold.wall
    rss_peak = max(cold.rss_main, cold.rss_tree)
    print("\n  targets:")
    print(f"    [{_check(cold.wall < TARGET_COLD_SECONDS)}] cold ingest {cold.wall:.1f} s < {TARGET_COLD_SECONDS:.0f} s")
    print(f"    [{_check(unchanged.wall < TARGET_RERUN_SECONDS)}] unchanged re-run {unchanged.wall:.1f} s < {TARGET_RERUN_SECONDS:.0f} s end to end "
          f"(with a running Prefect server; {runs['unchanged, temporary server'].wall:.1f} s when it starts its own)")
    print(f"    [{_check(own < TARGET_OWN_RERUN_SECONDS)}] baoxun's own work in the re-run {own:.2f} s < {TARGET_OWN_RERUN_SECONDS:.0f} s "
          f"(discover + hash {unchanged.seconds.get('plan', 0):.2f} s)")
    print(f"    [{_check(rss_peak < TARGET_RSS_BYTES)}] peak RSS {_mb(cold.rss_main)} (ingest process), {_mb(cold.rss_tree)} with its workers < 1 GB")
    if "small" in runs:
        small = runs["small"]
        growth = cold.rss_tree / max(1, small.rss_tree)
        print(f"    [{_check(growth < RSS_FLAT_TOLERANCE)}] RSS flat as N grows: {_mb(small.rss_tree)} at N={report.small_n}, "
              f"{_mb(cold.rss_tree)} at N={n} ({growth:.2f}x)")
    print(f"    [{_check(prefect_share < TARGET_PREFECT_SHARE)}] Prefect overhead {100 * prefect_share:.1f} % of the cold run < 10 %")
    if peer_full is not None:
        print(f"    [{_check(cold.wall < peer_full)}] faster than the peer: {cold.wall:.1f} s vs {peer_full:.1f} s")
    for note in report.notes:
        print(f"  note: {note}")


def main(argv: list[str] | None = None) -> None:
    global _SERVER  # read by ingest() around each run
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=int(os.environ.get("N", 3650)), help="issues (default 3650, or $N)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runner", choices=["local", "dask"], default="local")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--peer-limit", type=int, default=None, help="run the peer on the first N issues only")
    parser.add_argument("--small", type=int, default=None, help="N of the memory-growth check (default N/10, 0: skip)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--task-overhead", choices=["local", "dask"], help=argparse.SUPPRESS)
    parser.add_argument("--only", help="comma-separated parts to run alone: startup, undated")
    parser.add_argument("--repeat", type=int, default=3, help="first runs and re-runs of the start-up figures (default 3, 0: skip)")
    parser.add_argument("--no-team", dest="team", action="store_false", help="skip the team-written corpus")
    parser.add_argument("--pages", type=Path, help="also time issues recombined from this folder of plain-text issues "
                        "with an issues.csv manifest (your own paper's; never copied into the repository)")
    parser.add_argument("--no-compare-workers", dest="compare_workers", action="store_false",
                        help="on the team corpus, skip the one-process and two-thread runs")
    parser.add_argument("--skip-reruns", action="store_true", help="only the cold runs of the samples corpus (no re-runs, no peer)")
    parser.add_argument("--undated-mb", type=int, default=50, help="size of the undated file (default 50, 0: skip)")
    args = parser.parse_args(argv)
    if args.pages is not None:
        try:  # before minutes of other runs, not after
            check_pages(args.pages)
        except ValueError as error:
            parser.error(str(error))
    if args.task_overhead:
        print(json.dumps({"seconds": task_overhead(args.task_overhead)}))
        return
    if args.only:
        parts = {p.strip() for p in args.only.split(",")}
        args.out.mkdir(parents=True, exist_ok=True)
        startup = startup_figures(args.out, args.repeat) if "startup" in parts else {}
        undated = undated_figures(args.out, args.undated_mb) if "undated" in parts and args.undated_mb else {}
        print_startup(startup, undated)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"startup": startup, "undated": undated}, indent=2, default=str), encoding="utf-8")
        return

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(out / f"corpus-{args.n}", args.n, seed=args.seed)
    print(f"corpus: {'reused' if corpus.reused else 'built'} {corpus.root} ({corpus.bytes / 1e6:.1f} MB, {corpus.seconds:.1f} s)", flush=True)
    report = Report(
        issues=args.n, corpus_bytes=corpus.bytes, corpus_seconds=corpus.seconds, runner=args.runner,
        cpus=os.cpu_count() or 1, batch_size=args.batch_size,
    )
    state = out / "state"
    shutil.rmtree(state, ignore_errors=True)
    db = out / "bench.duckdb"

    def step(message: str) -> None:
        print(f"  {message} ...", flush=True)

    existing = os.environ.get("PREFECT_API_URL")
    server = None
    if existing and _healthy(existing):
        api_url = existing
        report.notes.append(f"used the Prefect server at {existing} (PREFECT_API_URL)")
    else:
        step("starting a Prefect server")
        server = _SERVER = PrefectServer(out / "prefect-server").__enter__()
        api_url = server.url
        report.prefect_server_startup = server.startup
    try:
        env = _env(api_url, state)
        report.import_seconds = measure([PYTHON, "-c", "import flows.cli, flows.ingest"], env).wall
        overhead = measure([PYTHON, "-m", "bench.run_bench", "--task-overhead", args.runner], env)
        report.task_overhead_seconds = overhead.json()["seconds"]

        for suffix in ("", ".wal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        step(f"cold ingest of {args.n} issues")
        report.runs["cold"] = ingest("cold", corpus.root, db, env, args.runner, args.batch_size)
        if not args.skip_reruns:
            _reruns(report, corpus, db, env, args, out, step)
        _memory_floor_peer(report, corpus, env, args, out, step)
    finally:
        if server is not None:
            server.__exit__(None, None, None)
            _SERVER = None
    _finish(report, args, out, step)


def _reruns(report, corpus, db, env, args, out, step) -> None:
    """Unchanged, one file changed, and unchanged paying for a temporary Prefect server."""
    step("unchanged re-run")
    report.runs["unchanged"] = ingest("unchanged", corpus.root, db, env, args.runner, args.batch_size)
    step("re-run with one file changed")
    target, original = change_one_file(corpus.root)
    try:
        report.runs["one file changed"] = ingest("one file changed", corpus.root, db, env, args.runner, args.batch_size)
    finally:
        target.write_bytes(original)
    step("unchanged re-run, temporary Prefect server")
    ingest("restore", corpus.root, db, env, args.runner, args.batch_size)  # re-load the restored file
    no_server = _env(None, out / "state-no-server")
    report.runs["unchanged, temporary server"] = ingest(
        "unchanged, temporary server", corpus.root, db, no_server, args.runner, args.batch_size
    )
    if report.runs["unchanged"].issues_unchanged != args.n:
        report.notes.append("the unchanged re-run re-extracted files: were the extraction rules edited during the bench?")


def _memory_floor_peer(report, corpus, env, args, out, step) -> None:
    """A tenth of N (memory growth), the floor and the peer on the samples corpus; then the team corpus."""
    cold = report.runs["cold"]
    small_n = args.n // 10 if args.small is None else args.small
    if small_n:
        step(f"cold ingest of the first {small_n} issues (memory growth)")
        small = build_corpus(out / f"corpus-{small_n}", small_n, seed=args.seed)
        small_db = out / "bench-small.duckdb"
        for suffix in ("", ".wal"):
            Path(f"{small_db}{suffix}").unlink(missing_ok=True)
        report.runs["small"] = ingest(f"cold, first {small_n} issues", small.root, small_db, env, args.runner, args.batch_size)
        report.small_n = small_n

    step("floor")
    floor = measure([PYTHON, "-m", "bench.reference", "floor", str(corpus.root), "--rows", str(written_rows(cold.rows)),
                     "--db", str(out / "floor.duckdb")], env)
    report.floor = {**floor.json(), "rss": floor.rss_main, "wall": floor.wall}
    if args.skip_reruns:
        report.peer = {"error": "skipped (--skip-reruns)"}
    else:
        step("peer (jionlp)")
        peer_command = [PYTHON, "-m", "bench.reference", "peer", str(corpus.root)]
        if args.peer_limit:
            peer_command += ["--limit", str(args.peer_limit)]
        peer = measure(peer_command, env)
        report.peer = {**peer.json(), "rss": peer.rss_main, "wall": peer.wall}
    if args.team:
        report.team = team_figures(out, args.n, args.seed, env, args.runner, args.batch_size, args.compare_workers)
    if args.pages:
        report.pages = pages_figures(args.pages, out, args.n, args.seed, env, args.runner, args.batch_size)


def _finish(report, args, out, step) -> None:
    if args.repeat:
        step("start-up: first runs and unchanged re-runs on the samples, no Prefect server running")
        report.startup = startup_figures(out, args.repeat)
    if args.undated_mb:
        step(f"one {args.undated_mb} MB file with no date")
        report.undated = undated_figures(out, args.undated_mb)
    print_report(report)
    print_corpora(report)
    print_startup(report.startup, report.undated)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(asdict(report), indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
