"""`baoxun serve --paper`: each scheduled run fetches the day's e-paper issue, ingests it, refreshes the calendar."""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import timedelta

import pytest

from flows.calendar import local_today
from tests.epaper_server import EpaperServer, demo_site
from tests.test_serve import BAOXUN, calendar_uids, free_port, loaded_issues, serve_environment, wait_for


def test_serve_with_a_paper_fetches_ingests_and_refreshes_the_calendar_on_its_interval(tmp_path):
    site = demo_site()
    raw, state = tmp_path / "raw", tmp_path / "state"
    db, ics, log = tmp_path / "baoxun.duckdb", tmp_path / "deadlines.ics", tmp_path / "serve.log"
    with EpaperServer(site) as server:
        papers = tmp_path / "papers.toml"
        papers.write_text(
            f'[papers.ceshi]\nname = "测试晨报"\narea_code = "0355"\n'
            f'url = "{server.url}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm"\ndelay = 0\n',
            encoding="utf-8",
        )
        today = local_today()
        day_path = f"/html/{today:%Y-%m}/{today:%d}"
        command = [str(BAOXUN), "serve", str(raw), "--paper", "ceshi", "--papers", str(papers), "--db", str(db),
                   "--interval", "2", "--port", str(free_port()), "--calendar", str(ics), "--calendar-past-days", "100000"]
        with open(log, "wb") as out:
            process = subprocess.Popen(command, env=serve_environment(state), stdout=out, stderr=subprocess.STDOUT,
                                       cwd=tmp_path, start_new_session=True)
        try:
            source = f"ceshi/{today.isoformat()}"
            wait_for(lambda: source in loaded_issues(db), 180, f"a scheduled run loading {source}", process, log)
            assert loaded_issues(db)[source] == today
            # The days before today too (--fetch-days, default 3): an issue put online late is not lost.
            before = (today - timedelta(days=2)).isoformat()
            assert f"ceshi/{before}" in loaded_issues(db)
            wait_for(lambda: len(calendar_uids(ics)) > 0, 60, "the calendar refreshed after the run", process, log)
            # A later run asks again only for the page lists, conditionally; the articles are stored.
            wait_for(lambda: site.count(f"{day_path}/node_1.htm") >= 2, 60, "a second scheduled fetch", process, log)
            assert site.count(f"{day_path}/content_1101.htm") == 1
            later = [h for p, h in site.requests if p == f"{day_path}/node_1.htm"][1]
            assert later.get("If-None-Match")
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                # The whole session: serve's Prefect server is its child and would outlive it.
                os.killpg(process.pid, signal.SIGKILL)
                pytest.fail(f"baoxun serve did not stop:\n{log.read_text()[-3000:]}")
    assert code == 0, log.read_text()[-3000:]
