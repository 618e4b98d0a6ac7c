"""E-paper figures: main-content extractors compared on the team's fixture pages, and fetch throughput.

    .venv/bin/python -m bench.bench_html [--json bench/out/html.json]

1. Main content of pages of no known layout: readability-lxml (the runtime choice, as
   ``extractors/html.py`` applies it) against trafilatura (bench-only, ``requirements-bench.lock``,
   at its best settings here) on invented pages whose paragraphs are
   known: paragraph recall (the article's paragraphs found whole), boilerplate leaked (lines that
   are not the article's), title right, and milliseconds per page.
2. ``baoxun fetch`` against the local fixture server: pages per second with pacing off, and the
   requests per day a host receives with the default pacing on.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from tests.epaper_fixtures import SAMPLE_PAGES, FounderArticle, FounderPage, render_content
from tests.epaper_server import PLAIN_ARTICLES, EpaperServer, EpaperSite, plain_site_page

# Pages of no e-paper layout, each with the paragraphs and title a reader would call the article.
_MENU = "<div class='nav'><a href='/'>首页</a> | <a href='/a'>要闻</a> | <a href='/b'>民生</a> | <a href='/c'>视频</a></div>"
_SIDE = "<div class='side'><h3>热点排行</h3><ul><li><a href='/x1'>城南公园改造完成</a></li><li><a href='/x2'>地铁二号线试运行</a></li></ul></div>"
_FOOT = "<div class='footer'>版权所有 本站 备案号 联系我们 网站地图</div>"


def _generic_pages() -> list[tuple[str, str, tuple[str, ...], bytes]]:
    pages = []
    for name, (title, paragraphs) in PLAIN_ARTICLES.items():
        pages.append((f"plain-{name}", title, paragraphs, plain_site_page("2024-03-05", name)))
    stories = [
        ("老旧小区改造今年启动四十个", (
            "今年全市计划启动老旧小区改造四十个,涉及居民一万二千余户,改造内容包括管网、屋面和加装电梯。",
            "市住建局介绍,改造项目将在四月前完成设计,五月起陆续进场施工,预计年底前全部完工。",
            "居民对改造方案有意见建议的,可在小区公示期内向所在社区反映。",
        )),
        ("图书馆延长夜间开放时间", (
            "自下月起,市图书馆周一至周五的闭馆时间由晚八点延后至晚十点。",
            "延时开放期间,自习区和借阅区照常服务,少儿阅览区仍于晚八点关闭。",
        )),
    ]
    for index, (title, paragraphs) in enumerate(stories):
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        for shape, html in (
            ("div", f"<html><head><title>{title}_本站</title></head><body>{_MENU}<div class='content'><h1>{title}</h1>"
                    f"<div class='info'>来源:本站 2024-03-05</div>{body}</div>{_SIDE}{_FOOT}</body></html>"),
            ("table", f"<html><head><title>{title}</title></head><body>{_MENU}<table><tr><td>{_SIDE}</td><td>"
                      f"<h2>{title}</h2>{body}</td></tr></table>{_FOOT}</body></html>"),
        ):
            pages.append((f"story{index}-{shape}", title, paragraphs, html.encode()))
    # Founder article pages read as if their layout were unknown.
    for page in SAMPLE_PAGES:
        for article in page.articles:
            html = render_content(article, page, SAMPLE_PAGES, date(2024, 3, 5))
            pages.append((f"founder-{article.content_id}", article.title, article.paragraphs, html.encode()))
    return pages


def _score(found: list[str], title_found: str | None, title: str, paragraphs: tuple[str, ...]) -> dict:
    lines = [ln.strip() for ln in found if ln.strip() and ln.strip() != title_found]
    hit = sum(1 for p in paragraphs if p in lines)
    leaked = sum(1 for ln in lines if ln not in paragraphs and ln != title)
    return {"recall": hit / len(paragraphs), "leaked": leaked, "title": title_found == title}


def _trafilatura(html: str) -> tuple[list[str], str | None]:
    import trafilatura

    # The best of its settings on these pages (include_tables=True merges a layout table's
    # paragraphs into one line; favor_recall and the defaults leak menus and footers).
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True,
                                      favor_precision=True)
    if doc is None:
        return [], None
    return (doc.text or "").split("\n"), doc.title


def _readability(html: str) -> tuple[list[str], str | None]:
    """The runtime path: extractors.html's generic layout (readability-lxml and the page's headline)."""
    from extractors.html import HtmlError, _generic, _parse_tree

    try:
        page = _generic(html, _parse_tree(html, "p.html"), "p.html", "utf-8")
    except HtmlError:
        return [], None
    return list(page.article.paragraphs), page.article.title


def compare_extractors(repeat: int = 5) -> dict:
    from extractors.decode import decode

    pages = _generic_pages()
    results = {}
    for label, extract in (("trafilatura", _trafilatura), ("readability-lxml (runtime)", _readability)):
        try:
            extract("<html><body><p>x</p></body></html>")
        except ImportError:
            results[label] = {"skipped": "not installed (pip install -r requirements-bench.lock)"}
            continue
        scores = []
        started = time.perf_counter()
        for _ in range(repeat):
            scores = []
            for name, title, paragraphs, data in pages:
                found, found_title = extract(decode(data)[0])
                scores.append({"page": name, **_score(found, found_title and found_title.strip(), title, paragraphs)})
        elapsed = (time.perf_counter() - started) / repeat
        results[label] = {
            "pages": len(pages),
            "paragraph_recall": round(sum(s["recall"] for s in scores) / len(scores), 3),
            "pages_all_paragraphs": sum(1 for s in scores if s["recall"] == 1.0),
            "boilerplate_lines_leaked": sum(s["leaked"] for s in scores),
            "titles_right": sum(1 for s in scores if s["title"]),
            "ms_per_page": round(1000 * elapsed / len(pages), 2),
            "misses": [s for s in scores if s["recall"] < 1.0 or s["leaked"] or not s["title"]],
        }
    return results


def fetch_throughput(pages_per_node: int = 10, nodes: int = 8) -> dict:
    from flows.fetch import DEFAULT_DELAY_SECONDS, fetch

    paper_pages = tuple(
        FounderPage(
            no=n,
            name=f"第{n}版",
            articles=tuple(
                replace(SAMPLE_PAGES[1].articles[1], content_id=n * 100 + i, title=f"稿件{n}-{i}")
                for i in range(pages_per_node)
            ),
        )
        for n in range(1, nodes + 1)
    )
    site = EpaperSite()
    day = date(2024, 3, 5)
    site.add_day(day, paper_pages)
    out: dict = {"pages_per_issue": nodes * (pages_per_node + 1)}
    with EpaperServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        papers = Path(tmp) / "papers.toml"
        papers.write_text(
            f'[papers.b]\nname = "b"\narea_code = "0351"\nurl = "{server.url}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm"\n',
            encoding="utf-8",
        )
        cold = fetch("b", [day], Path(tmp) / "raw", None, papers_path=papers, delay=0, record=False)
        requests = sum(d.requests for d in cold.days)
        out["rate_limit_off"] = {
            "requests": requests,
            "seconds_in_flow": round(cold.seconds, 2),
            "pages_per_second": round(requests / cold.seconds, 1),
        }
        again = fetch("b", [day], Path(tmp) / "raw", None, papers_path=papers, delay=0, record=False)
        out["refetch_same_day"] = {"requests": sum(d.requests for d in again.days), "seconds_in_flow": round(again.seconds, 2)}
        paced_day = day + timedelta(days=1)
        site.add_day(paced_day, paper_pages[:1])
        paced = fetch("b", [paced_day], Path(tmp) / "raw", None, papers_path=papers, delay=DEFAULT_DELAY_SECONDS, record=False)
        paced_requests = sum(d.requests for d in paced.days) + 1  # + robots.txt
        out["rate_limit_on"] = {
            "delay_seconds": DEFAULT_DELAY_SECONDS,
            "requests": paced_requests,
            "seconds_in_flow": round(paced.seconds, 2),
            "measured_requests_per_second": round(paced_requests / paced.seconds, 3),
            "max_requests_per_day_per_host": int(86400 / DEFAULT_DELAY_SECONDS),
            "requests_per_issue_day": out["pages_per_issue"] + 1,
            "minutes_per_issue_day": round((out["pages_per_issue"] + 1) * DEFAULT_DELAY_SECONDS / 60, 1),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report = {"extractors": compare_extractors(), "fetch": fetch_throughput()}
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
