"""A local e-paper site for tests and the README demo: Founder days and a plain-article site on 127.0.0.1.

Faults are scripted per path: ``site.faults[path] = ["500", "truncate"]`` answers the next requests
to ``path`` with those faults, then normally. Every request is logged in ``site.requests``.

Run it by hand (the README demo): ``.venv/bin/python -m tests.epaper_server --port 8765``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.epaper_fixtures import SAMPLE_PAGES, founder_day

_DAY_PATH = re.compile(r"^/html/(\d{4})-(\d{2})/(\d{2})/([^/]+)$")
_NEWS_PATH = re.compile(r"^/news/(\d{4}-\d{2}-\d{2})/([^/]+)$")
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

PLAIN_ARTICLES = {
    "a1.html": (
        "社区食堂年内新建二十处",
        (
            "本市今年将新建社区食堂二十处,重点覆盖老旧小区和独居老人较多的街道。",
            "市民政局表示,食堂由社区提供场地,引入专业餐饮企业运营,老年人就餐可享受补贴。",
        ),
    ),
    "a2.html": (
        "城东水厂检修停水通知",
        (
            "因城东水厂设备检修,3月12日8时至20时,城东片区将暂停供水,请居民提前储水。",
            "咨询电话:4127788。",
        ),
    ),
}


def plain_site_page(day: str, name: str) -> bytes | None:
    """The plain-article site: a day's index and its article pages (no e-paper layout)."""
    if name == "index.html":
        links = "".join(f'<li><a href="{n}">{t}</a></li>' for n, (t, _) in PLAIN_ARTICLES.items())
        return f"<html><head><title>新闻 {day}</title></head><body><ul>{links}</ul><a href='/about.html'>关于</a></body></html>".encode()
    if name not in PLAIN_ARTICLES:
        return None
    title, paragraphs = PLAIN_ARTICLES[name]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title><meta charset='utf-8'></head><body>"
        "<div class='menu'><a href='/'>首页</a> | <a href='/news/'>新闻</a> | <a href='/about.html'>关于我们</a></div>"
        f"<div class='main'><h1>{title}</h1><div class='date'>{day}</div>{body}</div>"
        "<div class='footer'>版权所有 测试新闻网 网站地图 联系我们</div></body></html>"
    ).encode()


@dataclass
class EpaperSite:
    """What the server serves; change it between requests from the test."""

    days: dict[date, dict[str, bytes]] = field(default_factory=dict)
    any_day: Callable[[date], dict[str, bytes]] | None = None  # pages for days not in ``days``
    robots: str | None = "User-agent: *\nDisallow: /private/\n"
    faults: dict[str, list[str]] = field(default_factory=dict)
    requests: list[tuple[str, dict]] = field(default_factory=list)
    gzip: bool = False  # compress answers for clients that accept it
    routes: dict[str, bytes] = field(default_factory=dict)  # any other path → its bytes
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_day(self, day: date, pages=SAMPLE_PAGES, charset: str = "utf-8") -> dict[str, bytes]:
        rendered = {name.rsplit("/", 1)[1]: data for name, data in founder_day(pages, day, charset).items()}
        self.days[day] = rendered
        return rendered

    def page(self, path: str) -> bytes | None:
        if path == "/robots.txt":
            return None if self.robots is None else self.robots.encode()
        if path in self.routes:
            return self.routes[path]
        match = _DAY_PATH.match(path)
        if match:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            pages = self.days.get(day)
            if pages is None and self.any_day is not None:
                pages = self.days.setdefault(day, self.any_day(day))
            return (pages or {}).get(match.group(4))
        match = _NEWS_PATH.match(path)
        if match:
            return plain_site_page(match.group(1), match.group(2))
        return None

    def next_fault(self, path: str) -> str | None:
        with self.lock:
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


class _Handler(BaseHTTPRequestHandler):
    site: EpaperSite
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?")[0]
        with self.site.lock:
            self.site.requests.append((path, dict(self.headers)))
        fault = self.site.next_fault(path)
        if fault and fault.isdigit():
            return self._send(int(fault), b"server trouble")
        body = self.site.page(path)
        if body is None:
            return self._send(404, b"<html><body>not found</body></html>")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag or (
            not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            return self._send(304, b"", etag=etag)
        if fault == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return None
        return self._send(200, body, etag=etag)

    def _send(self, status: int, body: bytes, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html")
        if self.site.gzip and body and "gzip" in self.headers.get("Accept-Encoding", ""):
            import gzip

            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class EpaperServer:
    """``with EpaperServer(site) as server: server.url`` — a threaded HTTP server on 127.0.0.1."""

    def __init__(self, site: EpaperSite, port: int = 0):
        handler = type("Handler", (_Handler,), {"site": site})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.site = site
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> EpaperServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def demo_site() -> EpaperSite:
    """Every day is the invented sample day (its pages dated the day asked for)."""
    return EpaperSite(any_day=lambda day: {n.rsplit("/", 1)[1]: b for n, b in founder_day(SAMPLE_PAGES, day).items()})


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve invented Founder e-paper days on 127.0.0.1 (tests, README demo).")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = EpaperServer(demo_site(), args.port)
    print(f"serving e-paper fixtures at {server.url}/html/YYYY-MM/DD/node_1.htm (Ctrl-C to stop)", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()


if __name__ == "__main__":
    main()
