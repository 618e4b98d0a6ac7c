"""`baoxun fetch` against invented e-paper sites on 127.0.0.1 (no test touches an outside address)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import duckdb
import pytest

from flows import fetch as fetch_module
from flows.fetch import RegistryError, fetch, load_papers
from flows.ingest import ingest
from tests.epaper_fixtures import MEETING, NOTICE, PLAIN, SAMPLE_DAY, SAMPLE_PAGES, FounderPage, render_content
from tests.epaper_server import EpaperServer, EpaperSite

pytestmark = pytest.mark.usefixtures("prefect_server")

DAY_PATH = "/html/2024-03/05"
PAGES = ("node_1.htm", "node_2.htm", "content_1101.htm", "content_1205.htm", "content_1206.htm")


def _papers(tmp_path, base_url: str) -> str:
    path = tmp_path / "papers.toml"
    path.write_text(
        f"""
[papers.ceshi]
name = "测试晨报"
city = "长治"
area_code = "0355"
url = "{base_url}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm"

[papers.news]
name = "测试新闻网"
area_code = "0355"
url = "{base_url}/news/{{date:%Y-%m-%d}}/index.html"
layout = "generic"
article_pattern = "/news/[0-9-]+/a[0-9]+[.]html$"
""",
        encoding="utf-8",
    )
    return str(path)


@pytest.fixture
def site():
    site = EpaperSite()
    site.add_day(SAMPLE_DAY)
    with EpaperServer(site) as server:
        site.base_url = server.url
        yield site


def _fetch(tmp_path, site, days=(SAMPLE_DAY,), paper="ceshi", **kwargs):
    return fetch(paper, list(days), tmp_path / "raw", tmp_path / "w.duckdb", papers_path=_papers(tmp_path, site.base_url),
                 delay=0, retry_delay=0, **kwargs)


def _outcomes(summary) -> dict[str, str]:
    return {row.url.rsplit("/", 1)[1]: row.outcome for row in summary.rows}


def test_a_day_is_stored_with_its_record_and_a_second_fetch_downloads_nothing_stored(tmp_path, site):
    first = _fetch(tmp_path, site)
    folder = tmp_path / "raw" / "ceshi" / "2024-03-05"
    assert _outcomes(first) == {name: "stored" for name in PAGES}
    assert sorted(p.name for p in folder.iterdir()) == sorted((".fetch.json", *PAGES))
    record = json.loads((folder / ".fetch.json").read_text(encoding="utf-8"))
    assert (record["paper_name"], record["area_code"], record["issue_date"]) == ("测试晨报", "0355", "2024-03-05")
    assert site.count("/robots.txt") == 1

    second = _fetch(tmp_path, site)
    assert _outcomes(second) == {
        "node_1.htm": "not_modified", "node_2.htm": "not_modified",
        "content_1101.htm": "already_stored", "content_1205.htm": "already_stored", "content_1206.htm": "already_stored",
    }
    assert all(site.count(f"{DAY_PATH}/{name}") == 1 for name in PAGES if name.startswith("content"))
    conditional = [headers for path, headers in site.requests if path == f"{DAY_PATH}/node_1.htm"][-1]
    assert conditional.get("If-None-Match")

    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    logged = con.execute("SELECT outcome, count(*) FROM fetch_log GROUP BY 1 ORDER BY 1").fetchall()
    con.close()
    assert logged == [("already_stored", 3), ("not_modified", 2), ("stored", 5)]


def test_a_day_without_an_issue_is_recorded_and_creates_nothing(tmp_path, site):
    summary = _fetch(tmp_path, site, days=(date(2024, 3, 6), date(2024, 3, 7)))
    assert [(r.outcome, r.http_status) for r in summary.rows] == [("no_issue", 404), ("no_issue", 404)]
    assert not (tmp_path / "raw" / "ceshi" / "2024-03-06").exists()
    assert summary.days[0].no_issue and summary.ok
    assert site.count("/robots.txt") == 1  # once per run, not per day


def test_a_server_error_is_retried_and_then_succeeds(tmp_path, site):
    site.faults[f"{DAY_PATH}/content_1205.htm"] = ["500", "503"]
    summary = _fetch(tmp_path, site)
    row = next(r for r in summary.rows if r.url.endswith("content_1205.htm"))
    assert (row.outcome, row.attempts) == ("stored", 3)


def test_robots_txt_forbidding_a_path_is_obeyed(tmp_path, site):
    site.robots = f"User-agent: *\nDisallow: {DAY_PATH}/content_1206.htm\n"
    summary = _fetch(tmp_path, site)
    assert _outcomes(summary)["content_1206.htm"] == "robots_disallowed"
    assert site.count(f"{DAY_PATH}/content_1206.htm") == 0


def test_a_truncated_download_is_retried_never_stored_and_never_replaces_a_stored_copy(tmp_path, site):
    target = f"{DAY_PATH}/content_1205.htm"
    site.faults[target] = ["truncate"] * 10
    summary = _fetch(tmp_path, site)
    assert _outcomes(summary)["content_1205.htm"] == "failed"
    assert site.count(target) == 4  # first try and three retries
    folder = tmp_path / "raw" / "ceshi" / "2024-03-05"
    assert not (folder / "content_1205.htm").exists()

    site.faults[target] = ["truncate"]
    again = _fetch(tmp_path, site)
    assert _outcomes(again)["content_1205.htm"] == "stored"
    good = (folder / "content_1205.htm").read_bytes()
    # A page list served cut short (whole by its length, but no end): the stored list stays.
    node = f"{DAY_PATH}/node_2.htm"
    site.days[SAMPLE_DAY]["node_2.htm"] = site.days[SAMPLE_DAY]["node_2.htm"][:300]
    third = _fetch(tmp_path, site)
    assert _outcomes(third)["node_2.htm"] == "rejected"
    assert (folder / "node_2.htm").read_bytes().endswith(b"</html>\n")
    assert (folder / "content_1205.htm").read_bytes() == good
    assert site.count(node) == 3


def test_a_gbk_day_and_a_very_large_page_are_stored(tmp_path, site):
    big = replace(PLAIN, paragraphs=tuple(f"第{i}段,各县区组织农机具检修,确保春耕生产顺利开展。" for i in range(40000)))
    site.add_day(SAMPLE_DAY, pages=(SAMPLE_PAGES[0], FounderPage(no=2, name="综合新闻", articles=(NOTICE, big))), charset="gbk")
    summary = _fetch(tmp_path, site)
    assert set(_outcomes(summary).values()) == {"stored"}
    row = next(r for r in summary.rows if r.url.endswith("content_1206.htm"))
    assert row.bytes > 2_000_000


def test_page_lists_and_articles_in_different_folders(tmp_path, site):
    article = render_content(MEETING, SAMPLE_PAGES[0], SAMPLE_PAGES, SAMPLE_DAY).encode()
    site.routes = {
        "/pc/layout/202403/05/node_01.html": (
            "<html><body><a id='pageLink' href='node_01.html'>第01版：要闻</a><a href='node_02.html'>第02版：城事</a>"
            "<ul><li><a href='../../../content/202403/05/content_1101.html'>甲</a></li></ul></body></html>"
        ).encode(),
        "/pc/layout/202403/05/node_02.html": "<html><body><p>本版无稿件</p></body></html>".encode(),
        "/pc/content/202403/05/content_1101.html": article,
    }
    papers = tmp_path / "papers.toml"
    papers.write_text(
        f'[papers.pc]\nname = "测试晨报"\narea_code = "0355"\n'
        f'url = "{site.base_url}/pc/layout/{{date:%Y%m}}/{{date:%d}}/node_01.html"\n',
        encoding="utf-8",
    )
    summary = fetch("pc", [SAMPLE_DAY], tmp_path / "raw", None, papers_path=papers, delay=0, retry_delay=0, record=False)
    assert _outcomes(summary) == {"node_01.html": "stored", "node_02.html": "stored", "content_1101.html": "stored"}
    assert (tmp_path / "raw" / "pc" / "2024-03-05" / "content_1101.html").read_bytes() == article


def _listing(own: str, other: str, article: str) -> bytes:
    return (
        f"<html><body><a id='pageLink' href='{own}'>第01版：要闻</a><a id='pageLink' href='{other}'>第02版：城事</a>"
        f"<ul><li><a href='{article}'>稿</a></li></ul></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("first", "second", "article_one", "article_two"),
    [
        # lettered sections: node_A01.html, node_A02.html
        ("node_A01.html", "node_A02.html", "content_7.html", "content_8.html"),
        # the nbs./nw. names of the same system
        ("nbs.D110000cs_01.htm", "nbs.D110000cs_02.htm", "nw.D110000cs_20240305_1-01.htm", "nw.D110000cs_20240305_1-02.htm"),
        # colNN.html page lists of the newer provincial sites
        ("col01.html", "col02.html", "content_7.html", "content_8.html"),
    ],
)
def test_every_page_list_of_a_day_is_followed_whatever_the_founder_names(tmp_path, site, first, second, article_one, article_two):
    article = render_content(MEETING, SAMPLE_PAGES[0], SAMPLE_PAGES, SAMPLE_DAY).encode()
    folder = "/e/2024-03/05"
    site.routes = {
        f"{folder}/{first}": _listing(first, second, article_one),
        f"{folder}/{second}": _listing(first, second, article_two),
        f"{folder}/{article_one}": article,
        f"{folder}/{article_two}": article,
    }
    papers = tmp_path / "papers.toml"
    papers.write_text(
        f'[papers.e]\nname = "测试晨报"\nurl = "{site.base_url}/e/{{date:%Y-%m}}/{{date:%d}}/{first}"\n', encoding="utf-8"
    )
    summary = fetch("e", [SAMPLE_DAY], tmp_path / "raw", None, papers_path=papers, delay=0, retry_delay=0, record=False)
    assert _outcomes(summary) == {name: "stored" for name in (first, second, article_one, article_two)}


def test_compressed_answers_are_stored_decompressed(tmp_path, site):
    site.gzip = True
    summary = _fetch(tmp_path, site)
    assert set(_outcomes(summary).values()) == {"stored"}
    stored = (tmp_path / "raw" / "ceshi" / "2024-03-05" / "content_1101.htm").read_bytes()
    assert stored == site.days[SAMPLE_DAY]["content_1101.htm"]


def test_a_page_over_the_size_limit_is_refused(tmp_path, site, monkeypatch):
    monkeypatch.setattr(fetch_module, "MAX_PAGE_BYTES", 500)
    summary = _fetch(tmp_path, site)
    assert [(r.outcome, r.http_status, r.message) for r in summary.rows] == [
        ("failed", None, "larger than the 500-byte limit: not stored")
    ]
    assert not (tmp_path / "raw" / "ceshi" / "2024-03-05" / "node_1.htm").exists()


def test_fetched_days_ingest_with_the_papers_name_and_area_code(tmp_path, site):
    _fetch(tmp_path, site)
    _fetch(tmp_path, site, paper="news")
    db = tmp_path / "w.duckdb"
    summary = ingest(tmp_path / "raw", db)
    assert summary.ok
    con = duckdb.connect(str(db), read_only=True)
    issues = con.execute("SELECT source_path, paper, area_code, issue_date, article_count FROM issues ORDER BY 1").fetchall()
    assert issues == [
        ("ceshi/2024-03-05", "测试晨报", "0355", SAMPLE_DAY, 3),
        ("news/2024-03-05", "测试新闻网", "0355", SAMPLE_DAY, 2),
    ]
    titles = con.execute(
        "SELECT title FROM articles JOIN issues USING (issue_id) WHERE paper = '测试新闻网' ORDER BY seq"
    ).fetchall()
    assert titles == [("社区食堂年内新建二十处",), ("城东水厂检修停水通知",)]
    con.close()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('[papers.x]\nname = "报"\n', "needs at least name and url"),
        ('[papers.x]\nname = "报"\nurl = "http://h/{day}"\n', "url template"),
        ('[papers.x]\nname = "报"\nurl = "http://h/"\nlayout = "pdf"\n', "layout"),
        ('[papers.x]\nname = "报"\nurl = "http://h/"\nlayout = "generic"\n', "article_pattern"),
        ("[papers.x\n", "not valid TOML"),
    ],
)
def test_bad_registry_entries_are_refused_with_a_reason(tmp_path, entry, message):
    path = tmp_path / "papers.toml"
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_papers(path)


def test_the_shipped_registry_loads():
    papers = load_papers()
    assert {"demo", "demo-news"} <= set(papers)
    assert all(p.area_code and p.name for p in papers.values())


def test_cli_fetch_prints_what_it_did_and_exits_by_failures(tmp_path, site):
    from click.testing import CliRunner

    from flows.cli import main

    papers = _papers(tmp_path, site.base_url)
    base = ["fetch", "ceshi", "--papers", papers, "--raw", str(tmp_path / "raw"), "--db", str(tmp_path / "w.duckdb"),
            "--delay", "0", "--retries", "0"]
    ok = CliRunner().invoke(main, [*base, "--date", "2024-03-05", "--json"])
    assert ok.exit_code == 0, ok.output
    report = json.loads(ok.output)
    assert [(d["issue_date"], d["stored"], d["failed"]) for d in report["days"]] == [("2024-03-05", 5, 0)]

    site.faults["/html/2024-03/05/node_1.htm"] = ["500"]
    failed = CliRunner().invoke(main, [*base, "--date", "2024-03-05"])
    assert failed.exit_code == 1
    assert "1 failed" in failed.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ceshi", "--date", "2024-03-05", "--since", "2024-03-01"], "not both"),
        (["nosuch"], "no paper 'nosuch'"),
        (["ceshi", "--since", "2999-01-01"], "after today"),
    ],
)
def test_cli_fetch_refuses_bad_arguments(tmp_path, args, message):
    from click.testing import CliRunner

    from flows.cli import main

    papers = _papers(tmp_path, "http://127.0.0.1:9")
    result = CliRunner().invoke(main, ["fetch", *args, "--papers", papers, "--raw", str(tmp_path / "raw")])
    assert result.exit_code == 2
    assert message in result.output
