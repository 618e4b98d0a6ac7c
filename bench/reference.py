"""The two reference points baoxun's ingest is measured against, on the same corpus.

* ``floor``: the least any loader of these files must do: read every file, decode it, one regex
  pass for digits and dates, and one Arrow bulk insert into DuckDB of as many rows as the ingest
  wrote. Nothing can be faster than this and still touch every byte.
* ``peer``: jionlp (a widely used Chinese information-extraction toolkit) running
  ``extract_time`` and ``extract_phone_number`` over every issue: dates and phones only, where
  baoxun also segments and extracts four event types.

Each prints one JSON object; ``run_bench`` runs them in their own processes to read their RSS.

    python -m bench.reference floor CORPUS_DIR --rows 60000
    python -m bench.reference peer CORPUS_DIR [--limit 500]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

DIGITS_AND_DATES = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年|\d+")


def manifest(corpus: Path) -> list[tuple[Path, str]]:
    with (corpus / "issues.csv").open(encoding="utf-8", newline="") as handle:
        return [(corpus / row["file"], row["issue_date"]) for row in csv.DictReader(handle)]


def read_text(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    try:
        return data.decode("utf-8"), len(data)
    except UnicodeDecodeError:
        return data.decode("gb18030"), len(data)


def floor(corpus: Path, rows: int, db_path: Path) -> dict:
    """Read, decode and regex-scan every file, then insert ``rows`` match rows in one Arrow batch."""
    import duckdb
    import pyarrow as pa

    started = time.perf_counter()
    files, starts, ends, matches = [], [], [], []
    size = 0
    for path, _ in manifest(corpus):
        text, length = read_text(path)
        size += length
        name = path.name
        for match in DIGITS_AND_DATES.finditer(text):
            files.append(name)
            starts.append(match.start())
            ends.append(match.end())
            matches.append(match.group())
    scanned = time.perf_counter()
    found = len(matches)
    if found and rows:
        # As many rows as the ingest wrote: the regex finds more or fewer, so cut or repeat.
        repeat = -(-rows // found)
        files, starts, ends, matches = ((column * repeat)[:rows] for column in (files, starts, ends, matches))
    table = pa.table({"file": files, "char_start": starts, "char_end": ends, "text": matches})
    db_path.unlink(missing_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE spans (file VARCHAR, char_start INTEGER, char_end INTEGER, text VARCHAR)")
    con.register("spans_arrow", table)
    con.execute("INSERT INTO spans SELECT * FROM spans_arrow")
    con.close()
    finished = time.perf_counter()
    return {
        "issues": len(manifest(corpus)),
        "bytes": size,
        "matches": found,
        "rows": table.num_rows,
        "seconds": finished - started,
        "seconds_scan": scanned - started,
        "seconds_insert": finished - scanned,
    }


def peer(corpus: Path, limit: int | None) -> dict:
    """jionlp's time and phone extraction over the first ``limit`` issues (all by default)."""
    try:
        with contextlib.redirect_stdout(sys.stderr):  # jionlp prints a banner on import
            import jionlp
    except ImportError as exc:  # the peer is optional: the bench says so and goes on
        return {"error": f"jionlp is not installed ({exc}); `make bench` installs requirements-bench.lock"}
    items = manifest(corpus)[:limit] if limit else manifest(corpus)
    started = time.perf_counter()
    size = times = phones = 0
    for path, issue_date in items:
        text, length = read_text(path)
        size += length
        base = datetime.fromisoformat(issue_date).timestamp()
        times += len(jionlp.ner.extract_time(text, time_base=base, with_parsing=True))
        phones += len(jionlp.extract_phone_number(text))
    return {
        "issues": len(items),
        "bytes": size,
        "time_expressions": times,
        "phones": phones,
        "seconds": time.perf_counter() - started,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="which", required=True)
    floor_parser = sub.add_parser("floor")
    floor_parser.add_argument("corpus", type=Path)
    floor_parser.add_argument("--rows", type=int, required=True, help="rows to insert (what the ingest wrote)")
    floor_parser.add_argument("--db", type=Path, default=Path("bench/out/floor.duckdb"))
    peer_parser = sub.add_parser("peer")
    peer_parser.add_argument("corpus", type=Path)
    peer_parser.add_argument("--limit", type=int, default=None, help="only the first N issues")
    args = parser.parse_args(argv)
    if args.which == "floor":
        result = floor(args.corpus, args.rows, args.db)
    else:
        result = peer(args.corpus, args.limit)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
