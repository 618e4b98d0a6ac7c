"""`baoxun fetch`: bring a paper's e-paper day into ``raw/<paper>/<YYYY-MM-DD>/``, politely.

The paper comes from the registry (``papers.toml``: name, city, area code, URL template, layout).
For a Founder paper the flow reads the day's first printed page (``node_1.htm``), the other pages
it lists, and every article page (``content_N.htm``) they list. Politeness and thrift:

* robots.txt is read once per host and run and obeyed (a path it forbids is never requested);
* one request at a time per host, at least ``delay`` seconds apart (robots' Crawl-delay if longer);
* transient failures (5xx, 429, timeouts, a body cut short) are retried by Prefect task retries;
* an article page already stored is not requested again; a stored page list is asked for with
  ``If-None-Match`` / ``If-Modified-Since`` and a 304 keeps it;
* a downloaded page is stored only if it reads as a page (whole, decodable): a worse copy never
  replaces a stored one.

Every request (and every page skipped) is a row of the warehouse table ``fetch_log``; the day
folder gets ``.fetch.json`` (paper, area code, date, ETag and Last-Modified per page), from which
the ingest takes the issue's paper name, area code and date.
"""

from __future__ import annotations

from flows import prefect_env

prefect_env.configure()

import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import tomllib  # noqa: E402
import urllib.robotparser  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from pathlib import Path, PurePosixPath  # noqa: E402
from urllib.parse import urljoin, urlsplit  # noqa: E402

import httpx  # noqa: E402
from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings  # noqa: E402

from extractors.html import HtmlError, check_page, parse_page  # noqa: E402
from flows.raw_units import FETCH_RECORD  # noqa: E402
from warehouse import locations  # noqa: E402
from warehouse import db as warehouse_db  # noqa: E402

DEFAULT_PAPERS_FILE = locations.default_papers_file()
USER_AGENT = "baoxun/0.1 (newspaper event extractor; polite fetcher)"
ROBOTS_AGENT = "baoxun"
DEFAULT_DELAY_SECONDS = 2.0
DEFAULT_RETRIES = 3
DEFAULT_RETRY_DELAY_SECONDS = 5.0
DEFAULT_TIMEOUT_SECONDS = 30.0
# A page larger than this is refused (an e-paper article page is tens of kilobytes).
MAX_PAGE_BYTES = 20 * 1024 * 1024
LAYOUTS = ("founder", "generic")
# Status of a Response whose body passed MAX_PAGE_BYTES (no request is made for it again this run).
_TOO_LARGE = -1


class RegistryError(ValueError):
    """papers.toml is missing, malformed, or does not name the paper asked for."""


class TransientFetchError(RuntimeError):
    """A request that may succeed if tried again (server error, timeout, body cut short)."""


@dataclass(frozen=True, kw_only=True)
class Paper:
    key: str
    name: str
    city: str | None
    area_code: str | None
    url: str  # template of the day's first page: {date:%Y-%m}/{date:%d}/node_1.htm
    layout: str = "founder"
    article_pattern: str | None = None  # generic layout: the article links' URLs match this
    delay: float | None = None  # seconds between requests to the host (default: DEFAULT_DELAY_SECONDS)

    def url_for(self, day: date) -> str:
        return self.url.format(date=day)


def papers_file(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("BAOXUN_PAPERS") or DEFAULT_PAPERS_FILE)


def load_papers(path: str | Path | None = None) -> dict[str, Paper]:
    """The registry: ``[papers.KEY]`` tables of ``papers.toml``."""
    source = papers_file(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"cannot read the paper registry {source}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{source} is not valid TOML: {exc}") from None
    papers: dict[str, Paper] = {}
    for key, entry in (data.get("papers") or {}).items():
        if not isinstance(entry, dict) or not entry.get("url") or not entry.get("name"):
            raise RegistryError(f"{source}: [papers.{key}] needs at least name and url")
        layout = entry.get("layout", "founder")
        if layout not in LAYOUTS:
            raise RegistryError(f"{source}: [papers.{key}] layout {layout!r} is not one of {', '.join(LAYOUTS)}")
        if layout == "generic" and not entry.get("article_pattern"):
            raise RegistryError(f"{source}: [papers.{key}] a generic layout needs article_pattern (a regex)")
        try:
            entry["url"].format(date=date(2024, 1, 2))
        except (KeyError, ValueError, IndexError) as exc:
            raise RegistryError(f"{source}: [papers.{key}] url template {entry['url']!r} is bad ({exc})") from None
        area = str(entry["area_code"]) if entry.get("area_code") is not None else None
        papers[key] = Paper(
            key=key,
            name=entry["name"],
            city=entry.get("city"),
            area_code=area,
            url=entry["url"],
            layout=layout,
            article_pattern=entry.get("article_pattern"),
            delay=float(entry["delay"]) if entry.get("delay") is not None else None,
        )
    return papers


def get_paper(key: str, path: str | Path | None = None) -> Paper:
    papers = load_papers(path)
    if key not in papers:
        known = ", ".join(sorted(papers)) or "none"
        raise RegistryError(f"no paper {key!r} in {papers_file(path)} (known: {known})")
    return papers[key]


# ---------------------------------------------------------------- politeness


class HostPacer:
    """At most one request per host every ``interval`` seconds (shared by every task of the process)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, interval: float) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, 0.0))
            self._next[host] = at + interval
        if at > now:
            time.sleep(at - now)

    def reset(self) -> None:
        with self._lock:
            self._next.clear()


PACER = HostPacer()
_CLIENTS = threading.local()


def _client(timeout: float) -> httpx.Client:
    client = getattr(_CLIENTS, "client", None)
    if client is None or client.timeout.read != timeout:
        client = httpx.Client(
            timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}, trust_env=False
        )
        _CLIENTS.client = client
    return client


@dataclass(kw_only=True)
class Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    crawl_delay: float = 0.0
    note: str = ""

    def allows(self, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(ROBOTS_AGENT, url)


def read_robots(base_url: str, delay: float, timeout: float) -> Robots:
    """The host's robots.txt: 4xx means no rules; 5xx or no answer means keep off the host (RFC 9309)."""
    parts = urlsplit(base_url)
    url = f"{parts.scheme}://{parts.netloc}/robots.txt"
    PACER.wait(parts.netloc, delay)
    try:
        response = _client(timeout).get(url)
    except httpx.HTTPError as exc:
        return _forbid_all(f"robots.txt unreachable ({type(exc).__name__}): the host is left alone")
    if response.status_code >= 500:
        return _forbid_all(f"robots.txt answered {response.status_code}: the host is left alone")
    if response.status_code >= 400:
        return Robots(parser=None, note=f"no robots.txt ({response.status_code})")
    parser = urllib.robotparser.RobotFileParser(url)
    parser.parse(response.text.splitlines())
    crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
    return Robots(parser=parser, crawl_delay=float(crawl_delay or 0.0), note="robots.txt read")


def _forbid_all(note: str) -> Robots:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(["User-agent: *", "Disallow: /"])
    return Robots(parser=parser, note=note)


# ---------------------------------------------------------------- one request


@dataclass(frozen=True, kw_only=True)
class Response:
    url: str
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, (TransientFetchError, httpx.TransportError))


def _retry_transient(task, task_run, state) -> bool:
    try:
        state.result()
    except BaseException as exc:  # noqa: BLE001 - classify whatever the task raised
        return _is_transient(exc)
    return False


def get_page(url: str, etag: str | None, last_modified: str | None, delay: float, timeout: float) -> Response:
    """One GET (conditional when a stored copy has validators); transient failures raise to be retried."""
    from prefect.context import TaskRunContext

    context = TaskRunContext.get()
    attempts = context.task_run.run_count if context and context.task_run else 1
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    PACER.wait(urlsplit(url).netloc, delay)
    chunks: list[bytes] = []
    size = 0
    with _client(timeout).stream("GET", url, headers=headers) as response:
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientFetchError(f"{url}: HTTP {response.status_code}")
        for chunk in response.iter_bytes():  # decoded (gzip, deflate)
            size += len(chunk)
            if size > MAX_PAGE_BYTES:
                return Response(url=url, status=_TOO_LARGE, attempts=attempts)
            chunks.append(chunk)
        body = b"".join(chunks)
        expected = response.headers.get("Content-Length")
        if expected and expected.isdigit() and int(expected) != response.num_bytes_downloaded:
            raise TransientFetchError(f"{url}: body cut short ({response.num_bytes_downloaded} of {expected} bytes)")
        return Response(
            url=str(response.url),
            status=response.status_code,
            body=body if response.status_code == 200 else b"",
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            attempts=attempts,
        )


fetch_page = task(
    get_page,
    name="fetch-page",
    retries=DEFAULT_RETRIES,
    retry_delay_seconds=DEFAULT_RETRY_DELAY_SECONDS,
    retry_condition_fn=_retry_transient,
    cache_policy=NO_CACHE,
)


# ---------------------------------------------------------------- a day


@dataclass(kw_only=True)
class FetchRow:
    """A row of ``fetch_log``: one page asked for, or skipped, and what came of it."""

    paper: str
    issue_date: date
    url: str
    outcome: str  # stored, unchanged, not_modified, already_stored, no_issue, not_found, robots_disallowed, rejected, failed
    http_status: int | None = None
    bytes: int | None = None
    attempts: int = 0
    stored_path: str | None = None
    message: str | None = None
    fetched_at: datetime = field(default_factory=datetime.now)


@dataclass(kw_only=True)
class DaySummary:
    paper: str
    issue_date: date
    folder: str
    rows: list[FetchRow] = field(default_factory=list)

    def count(self, *outcomes: str) -> int:
        return sum(1 for r in self.rows if r.outcome in outcomes)

    @property
    def requests(self) -> int:
        return sum(r.attempts for r in self.rows)

    @property
    def failed(self) -> int:
        return self.count("failed", "rejected")

    @property
    def no_issue(self) -> bool:
        return self.count("no_issue") > 0


@dataclass(kw_only=True)
class FetchSummary:
    days: list[DaySummary] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> list[FetchRow]:
        return [r for d in self.days for r in d.rows]

    @property
    def ok(self) -> bool:
        return all(d.failed == 0 for d in self.days)


def _read_record(folder: Path) -> dict:
    try:
        return json.loads((folder / FETCH_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _readable(data: bytes, name: str, article: bool = True) -> str | None:
    """Why the page is not worth storing, or None when it reads as a page (as an article page, if asked)."""
    try:
        parse_page(data, name) if article else check_page(data, name)
    except HtmlError as exc:
        return str(exc)
    return None


class _Day:
    """The state of one day's fetch: its folder, its record and its log rows."""

    def __init__(self, paper: Paper, day: date, raw_dir: Path, delay: float, timeout: float, fetch, retries: int,
                 robots: dict[str, Robots]):
        self.paper, self.day, self.delay, self.timeout, self.fetch = paper, day, delay, timeout, fetch
        self.retries = retries
        self.robots = robots  # by host, shared by the days of one run: robots.txt is read once
        self.folder = raw_dir / paper.key / day.isoformat()
        self.record = _read_record(self.folder)
        self.pages: dict[str, dict] = dict(self.record.get("pages") or {})
        self.summary = DaySummary(paper=paper.key, issue_date=day, folder=str(self.folder))
        self.changed = False

    def log(self, url: str, outcome: str, **kwargs) -> FetchRow:
        row = FetchRow(paper=self.paper.key, issue_date=self.day, url=url, outcome=outcome, **kwargs)
        self.summary.rows.append(row)
        return row

    def _robots(self, url: str) -> Robots:
        host = urlsplit(url).netloc
        if host not in self.robots:
            self.robots[host] = read_robots(url, self.delay, self.timeout)
        return self.robots[host]

    def get(self, url: str, name: str, *, first: bool = False, conditional: bool = False, article: bool = True) -> bytes | None:
        """The page's bytes (downloaded or the stored copy) or None; logs what happened."""
        stored = self.folder / name
        robots = self._robots(url)
        if not robots.allows(url):
            self.log(url, "robots_disallowed", message=robots.note)
            return None
        known = self.pages.get(name, {}) if conditional and stored.is_file() else {}
        try:
            response = self.fetch(url, known.get("etag"), known.get("last_modified"), max(self.delay, robots.crawl_delay), self.timeout)
        except Exception as exc:  # noqa: BLE001 - retries are spent: record it and go on
            self.log(url, "failed", attempts=self.retries + 1, message=f"{type(exc).__name__}: {exc}")
            return stored.read_bytes() if stored.is_file() else None
        if response.status == 304 and stored.is_file():
            self.log(url, "not_modified", http_status=304, attempts=response.attempts, stored_path=name)
            return stored.read_bytes()
        if response.status != 200:
            outcome = "no_issue" if first and response.status == 404 else "not_found" if response.status in (404, 410) else "failed"
            too_large = response.status == _TOO_LARGE
            self.log(url, outcome, http_status=None if too_large else response.status, attempts=response.attempts,
                     message=f"larger than the {MAX_PAGE_BYTES}-byte limit: not stored" if too_large else None)
            return stored.read_bytes() if stored.is_file() else None
        problem = _readable(response.body, f"{self.folder.name}/{name}", article)
        if problem is not None:
            kept = stored.is_file()
            self.log(url, "rejected", http_status=200, bytes=len(response.body), attempts=response.attempts,
                     message=problem + ("; the stored copy is kept" if kept else "; not stored"))
            return stored.read_bytes() if kept else None
        outcome = "stored"
        if stored.is_file() and stored.read_bytes() == response.body:
            outcome = "unchanged"
        else:
            _write_atomically(stored, response.body)
        self.pages[name] = {
            "url": response.url,
            "etag": response.etag,
            "last_modified": response.last_modified,
            "fetched_at": datetime.now().isoformat(timespec="seconds"),
        }
        self.changed = True
        self.log(url, outcome, http_status=200, bytes=len(response.body), attempts=response.attempts, stored_path=name)
        return response.body

    def skip_stored(self, url: str, name: str) -> bool:
        stored = self.folder / name
        if stored.is_file() and _readable(stored.read_bytes(), name) is None:
            self.log(url, "already_stored", stored_path=name)
            return True
        return False

    def save_record(self) -> None:
        if not self.changed:
            return
        record = {
            "paper": self.paper.key,
            "paper_name": self.paper.name,
            "city": self.paper.city,
            "area_code": self.paper.area_code,
            "issue_date": self.day.isoformat(),
            "layout": self.paper.layout,
            "pages": self.pages,
        }
        _write_atomically(self.folder / FETCH_RECORD, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))


def _founder_day(state: _Day) -> None:
    first_url = state.paper.url_for(state.day)
    queue = [first_url]
    seen_nodes: set[str] = set()
    contents: list[str] = []
    while queue:
        url = queue.pop(0)
        name = PurePosixPath(urlsplit(url).path).name
        if name in seen_nodes:
            continue
        seen_nodes.add(name)
        data = state.get(url, name, first=url == first_url, conditional=True)
        if data is None:
            if url == first_url:
                return
            continue
        try:
            page = parse_page(data, f"{state.folder.name}/{name}")
        except HtmlError:
            continue
        # Links resolved as printed: some sites keep page lists and articles in different folders.
        hrefs = dict(page.hrefs)
        queue.extend(urljoin(url, hrefs.get(n, n)) for n in page.nodes if n not in seen_nodes)
        contents.extend(u for u in (urljoin(url, hrefs.get(link, link)) for link in page.links) if u not in contents)
    for url in contents:
        name = PurePosixPath(urlsplit(url).path).name
        if not state.skip_stored(url, name):
            state.get(url, name)


def _generic_day(state: _Day) -> None:
    import lxml.html

    index_url = state.paper.url_for(state.day)
    data = state.get(index_url, ".index.html", first=True, conditional=True, article=False)
    if data is None:
        return
    pattern = re.compile(state.paper.article_pattern or "$^")
    root = lxml.html.document_fromstring(data)
    links: list[str] = []
    for anchor in root.iter("a"):
        url = urljoin(index_url, (anchor.get("href") or "").strip())
        if pattern.search(url) and url not in links:
            links.append(url)
    for url in links:
        name = PurePosixPath(urlsplit(url).path).name or "index.html"
        if not state.skip_stored(url, name):
            state.get(url, name)


def fetch_days_body(
    paper_key: str,
    days: list[str],
    raw_dir: str,
    db_path: str | None,
    papers_path: str | None,
    delay: float | None,
    timeout: float,
    retries: int = DEFAULT_RETRIES,
    retry_delay: float = DEFAULT_RETRY_DELAY_SECONDS,
) -> FetchSummary:
    started = time.perf_counter()
    page_task = fetch_page.with_options(retries=retries, retry_delay_seconds=retry_delay)
    paper = get_paper(paper_key, papers_path)
    pace = paper.delay if delay is None and paper.delay is not None else (DEFAULT_DELAY_SECONDS if delay is None else delay)
    summary = FetchSummary()
    robots: dict[str, Robots] = {}
    for iso in days:
        state = _Day(paper, date.fromisoformat(iso), Path(raw_dir), pace, timeout, page_task, retries, robots)
        if paper.layout == "generic":
            _generic_day(state)
        else:
            _founder_day(state)
        state.save_record()
        summary.days.append(state.summary)
    if db_path:
        record_fetch_log(db_path, summary.rows)
    summary.seconds = time.perf_counter() - started
    return summary


def record_fetch_log(db_path: str, rows: list[FetchRow]) -> None:
    """Append the rows to ``fetch_log`` in one transaction."""
    if not rows:
        return
    con = warehouse_db.connect(db_path, wait_seconds=300.0)
    try:
        con.execute("BEGIN TRANSACTION")
        con.executemany(
            "INSERT INTO fetch_log (fetched_at, paper, issue_date, url, outcome, http_status, bytes, attempts, stored_path, message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[r.fetched_at, r.paper, r.issue_date, r.url, r.outcome, r.http_status, r.bytes, r.attempts, r.stored_path, r.message]
             for r in rows],
        )
        con.execute("COMMIT")
    finally:
        con.close()


def build_fetch_flow():
    """The fetch flow (its page task's retries are parameters: tests retry without waiting)."""
    return flow(fetch_days_body, name="baoxun-fetch", validate_parameters=False, log_prints=False)


def days_between(start: date, end: date) -> list[date]:
    if end < start:
        return []
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def fetch(
    paper_key: str,
    days: list[date],
    raw_dir: str | Path = "raw",
    db_path: str | Path | None = None,
    *,
    papers_path: str | Path | None = None,
    delay: float | None = None,
    retries: int = DEFAULT_RETRIES,
    retry_delay: float = DEFAULT_RETRY_DELAY_SECONDS,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    record: bool = True,
) -> FetchSummary:
    """Run the fetch flow for ``days`` of ``paper_key`` into ``raw_dir`` (log into ``db_path``'s fetch_log)."""
    get_paper(paper_key, papers_path)  # a bad key fails before Prefect starts
    db = str(db_path or warehouse_db.default_db_path()) if record else None
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return build_fetch_flow()(
            paper_key, [d.isoformat() for d in days], str(raw_dir), db,
            str(papers_path) if papers_path else None, delay, timeout, retries, retry_delay,
        )


def summary_json(summary: FetchSummary) -> dict:
    return {
        "seconds": round(summary.seconds, 3),
        "days": [
            {
                "paper": d.paper,
                "issue_date": d.issue_date.isoformat(),
                "folder": d.folder,
                "requests": d.requests,
                "stored": d.count("stored"),
                "unchanged": d.count("unchanged", "not_modified", "already_stored"),
                "failed": d.failed,
                "no_issue": d.no_issue,
                "rows": [{**asdict(r), "issue_date": r.issue_date.isoformat(), "fetched_at": r.fetched_at.isoformat()} for r in d.rows],
            }
            for d in summary.days
        ],
    }


__all__ = [
    "DEFAULT_PAPERS_FILE",
    "FetchRow",
    "FetchSummary",
    "Paper",
    "RegistryError",
    "build_fetch_flow",
    "days_between",
    "fetch",
    "get_paper",
    "load_papers",
    "summary_json",
]


def fetch_recent(papers: list[str], raw_dir: str, db_path: str | None, papers_path: str | None, days: int = 3) -> list[dict]:
    """For ``baoxun serve --paper``: the last ``days`` issues (today in Asia/Shanghai and before) of each paper.

    Asking for the days before today too catches an issue published after the run (a 06:00 run and
    a paper online at 07:00): a day already stored costs only its conditional page-list requests.
    One failing paper never stops the others.
    """
    from flows.calendar import local_today

    today = local_today()
    wanted = [(today - timedelta(days=back)).isoformat() for back in range(max(1, days) - 1, -1, -1)]
    results: list[dict] = []
    for key in papers:
        try:
            summary = build_fetch_flow()(key, wanted, raw_dir, db_path, papers_path, None,
                                         DEFAULT_TIMEOUT_SECONDS, DEFAULT_RETRIES, DEFAULT_RETRY_DELAY_SECONDS)
        except Exception as exc:  # noqa: BLE001 - recorded in the run's result, the ingest still runs
            results.append({"paper": key, "error": f"{type(exc).__name__}: {exc}"})
            continue
        results.extend({k: v for k, v in day.items() if k != "rows"} for day in summary_json(summary)["days"])
    return results
