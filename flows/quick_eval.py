"""Score the extractors on a raw folder without Prefect or a database file (seconds, not tens of
seconds): discover → process → load into an in-memory DuckDB → evaluate.

    python -m flows.quick_eval [RAW_DIR] [GOLD_DIR] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

from extractors.pipeline import process_issue
from extractors.registry import registered_tables
from flows.discover import discover
from warehouse import db as warehouse_db
from warehouse.evaluate import EvalReport, evaluate
from warehouse.load import load_batch

ROOT = Path(__file__).resolve().parent.parent


def quick_eval(raw_dir: str | Path = ROOT / "raw", gold_dir: str | Path = ROOT / "tests" / "fixtures" / "gold", area_code: str | None = None) -> EvalReport:
    found = discover(raw_dir)
    issues = [process_issue(f.path.read_bytes(), f.meta, default_area_code=area_code) for f in found.files]
    con = warehouse_db.connect(":memory:")
    try:
        load_batch(con, issues, list(found.errors), load_id="quick_eval")
        return evaluate(con, gold_dir, registered_tables())
    finally:
        con.close()


if __name__ == "__main__":
    from flows.report import print_eval_report

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    report = quick_eval(*args)
    if "--misses" not in sys.argv:
        report.misses = []
    print_eval_report(report)
