"""Accuracy and speed of the date normaliser against jionlp and dateparser on tests/date_cases.py.

Run: ``make bench-dates`` (or ``.venv/bin/python bench/bench_dates.py [--json FILE]``).
jionlp is a dev-only comparison (``.venv/bin/pip install jionlp``); it is skipped when missing.

Two scores per system, both judged on the interval only, each end in the system's own convention
turned half-open (jionlp's inclusive "23:59:59" ends get one second added):
- parse: whole-string normalisation, on the cases that are one expression spanning the text and on
  the negatives (right = nothing returned);
- extract: find every expression in the text; right = as many as expected, each in order matching.
A point or range must match start and end; a "since" its start; an "until" its end; a vague word
must not be given a date. dateparser returns points, so it is judged on starts only (lenient).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.dates import find_dates, parse_date  # noqa: E402
from tests.date_cases import CASES, FAMILIES  # noqa: E402

Interval = tuple[datetime | None, datetime | None]


def _iso(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def expected_of(case) -> list[tuple[str, str, datetime | None, datetime | None]]:
    return [(span, kind, _iso(s), _iso(e)) for span, kind, s, e, *_ in case[2]]


def right(kind: str, want_start, want_end, got: Interval | None, starts_only: bool = False) -> bool:
    if kind in ("vague", "recurring"):
        return got is None or got == (None, None)
    if got is None:
        return False
    start, end = got
    if kind == "since":
        return start == want_start
    if kind == "until":
        return not starts_only and end == want_end
    if starts_only:
        return start == want_start
    return start == want_start and end == want_end


# ---- the systems ---------------------------------------------------------------------------


class Baoxun:
    name = "baoxun (extractors.dates)"
    starts_only = False

    def parse(self, text: str, base: date, prefer: str) -> Interval | None:
        expr = parse_date(text, base, prefer=prefer)
        if expr is None or expr.kind == "vague":
            return None
        return expr.start, expr.end

    def extract(self, text: str, base: date, prefer: str) -> list[Interval | None]:
        return [None if e.kind == "vague" else (e.start, e.end)
                for e in find_dates(text, base, prefer=prefer)]


class Jionlp:
    name = "jionlp parse_time / extract_time"
    starts_only = False

    def __init__(self):
        import logging

        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp
        self.jio = jionlp
        logging.getLogger().setLevel(logging.CRITICAL)  # jionlp logs a traceback for every miss

    @staticmethod
    def _interval(detail: dict) -> Interval | None:
        times = detail.get("time")
        if not isinstance(times, (list, tuple)) or len(times) != 2:
            return None  # time_delta / time_period answers have no calendar interval

        def one(value, is_end):
            if not isinstance(value, str) or value in ("inf", "-inf"):
                return None
            try:
                dt = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:  # e.g. '23-01-01 00:00:00' for a two-digit year
                return None
            return dt + timedelta(seconds=1) if is_end and dt.second == 59 else dt

        return one(times[0], False), one(times[1], True)

    @staticmethod
    def _base(base: date) -> dict:
        return {"year": base.year, "month": base.month, "day": base.day, "hour": 0, "minute": 0,
                "second": 0}

    def parse(self, text: str, base: date, prefer: str) -> Interval | None:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                detail = self.jio.parse_time(text.strip(), time_base=self._base(base))
        except Exception:  # jionlp raises ValueError (and others) on what it cannot read
            return None
        return self._interval(detail) if detail else None

    def extract(self, text: str, base: date, prefer: str) -> list[Interval | None]:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                found = self.jio.ner.extract_time(text, time_base=self._base(base), with_parsing=True)
        except Exception:
            return []
        return [self._interval(item.get("detail") or {}) for item in found]


class Dateparser:
    name = "dateparser parse / search_dates"
    starts_only = True

    def __init__(self):
        import dateparser
        from dateparser.search import search_dates

        self.dateparser = dateparser
        self.search_dates = search_dates

    @staticmethod
    def _settings(base: date, prefer: str) -> dict:
        return {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": {"nearest": "current_period", "past": "past",
                                      "future": "future"}[prefer]}

    def parse(self, text: str, base: date, prefer: str) -> Interval | None:
        try:
            dt = self.dateparser.parse(text.strip(), languages=["zh"], settings=self._settings(base, prefer))
        except Exception:
            return None
        return None if dt is None else (dt, None)

    def extract(self, text: str, base: date, prefer: str) -> list[Interval | None]:
        try:
            found = self.search_dates(text, languages=["zh"], settings=self._settings(base, prefer))
        except Exception:
            return []
        return [(dt, None) for _, dt in found or []]


# ---- scoring -------------------------------------------------------------------------------


def _prefer(case) -> str:
    return case[3] if len(case) > 3 else "nearest"


def parse_cases():
    for case in CASES:
        expected = expected_of(case)
        if not expected or (len(expected) == 1 and expected[0][0] == case[0].strip()):
            yield case, expected


def score(system) -> dict:
    parse_right = parse_total = extract_right = 0
    t0 = time.perf_counter()
    for case, expected in parse_cases():
        base = date.fromisoformat(case[1])
        got = system.parse(case[0], base, _prefer(case))
        parse_total += 1
        if not expected:
            parse_right += got is None
        else:
            _, kind, s, e = expected[0]
            parse_right += right(kind, s, e, got, system.starts_only)
    parse_seconds = time.perf_counter() - t0

    t0 = time.perf_counter()
    failures = []
    for case in CASES:
        base = date.fromisoformat(case[1])
        expected = expected_of(case)
        got = system.extract(case[0], base, _prefer(case))
        ok = len(got) == len(expected) and all(
            right(kind, s, e, g, system.starts_only) for (_, kind, s, e), g in zip(expected, got))
        extract_right += ok
        if not ok:
            failures.append(case[0])
    extract_seconds = time.perf_counter() - t0
    return {"system": system.name, "parse_right": parse_right, "parse_total": parse_total,
            "extract_right": extract_right, "extract_total": len(CASES),
            "parse_ms_per_case": 1000 * parse_seconds / max(parse_total, 1),
            "extract_ms_per_case": 1000 * extract_seconds / len(CASES), "failures": failures}


def family_coverage(system) -> dict[str, tuple[int, int, int, int]]:
    """Per family of tests/date_cases.FAMILIES: (positives right, positives, negatives right, negatives),
    each case judged as in extract."""
    out = {}
    for family, cases in FAMILIES.items():
        pos_right = pos = neg_right = neg = 0
        for case in cases:
            expected = expected_of(case)
            got = system.extract(case[0], date.fromisoformat(case[1]), _prefer(case))
            ok = len(got) == len(expected) and all(
                right(kind, s, e, g, system.starts_only) for (_, kind, s, e), g in zip(expected, got))
            if expected:
                pos, pos_right = pos + 1, pos_right + ok
            else:
                neg, neg_right = neg + 1, neg_right + ok
        out[family] = (pos_right, pos, neg_right, neg)
    return out


def throughput(system, seconds_budget: float = 10.0) -> dict:
    """Extraction speed over the sample issues: whole passes until the budget is spent.

    Reports the median pass and the best pass (the machine is shared, so the best is the least
    disturbed measurement, as timeit takes it).
    """
    manifest = {row["file"]: date.fromisoformat(row["issue_date"])
                for row in csv.DictReader((ROOT / "raw" / "issues.csv").open(encoding="utf-8"))}
    issues = [(p.read_text(encoding="utf-8"), manifest.get(p.name, date(2023, 12, 1)))
              for p in sorted((ROOT / "raw").glob("*.txt"))]
    pass_bytes = sum(len(text.encode("utf-8")) for text, _ in issues)
    pass_chars = sum(len(text) for text, _ in issues)
    passes: list[float] = []
    started = time.perf_counter()
    while not passes or (time.perf_counter() - started < seconds_budget and len(passes) < 30):
        t0 = time.perf_counter()
        for text, base in issues:
            system.extract(text, base, "nearest")
        passes.append(time.perf_counter() - t0)
    median = statistics.median(passes)
    best = min(passes)
    return {"kb_per_s": pass_bytes / 1024 / median, "kb_per_s_best": pass_bytes / 1024 / best,
            "kchars_per_s": pass_chars / 1000 / median, "passes": len(passes),
            "bytes_per_pass": pass_bytes}


ADVERSARIAL = {
    "Chinese numeral run": "一二三四五六七八九十" * 2000,
    "digit run": "1234567890" * 2000,
    "digits and spaces": ("1" + " " * 50) * 400,
    "dense month-days": "12月1日至" * 4000,
    "date vocabulary": "年月日时至到起前后" * 2000,
    "weekday list": "周一、" * 3000,  # a weekday set is read at most seven days long
    "weekday ranges": "周一至周二、" * 2000,
}


def adversarial() -> list[tuple[str, float]]:
    """find_dates speed (KB/s) on inputs built to make a regex engine backtrack."""
    out = []
    for name, text in ADVERSARIAL.items():
        t0 = time.perf_counter()
        find_dates(text, date(2023, 12, 1))
        out.append((name, len(text.encode("utf-8")) / 1024 / (time.perf_counter() - t0)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--failures", action="store_true", help="list each system's failing cases")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds of throughput timing per system")
    args = parser.parse_args(argv)

    systems = [Baoxun()]
    for factory in (Jionlp, Dateparser):
        try:
            systems.append(factory())
        except ImportError as exc:
            print(f"skipped {factory.__name__}: {exc}", file=sys.stderr)

    rows = []
    for system in systems:
        row = score(system)
        row["families"] = family_coverage(system)
        row.update(throughput(system, args.budget))
        rows.append(row)

    header = (f"{'system':34} {'parse':>13} {'extract':>13} {'ms/case':>8} {'KB/s':>9} {'best':>9} "
              f"{'kchar/s':>8}")
    print(f"{len(CASES)} cases in tests/date_cases.py; parse = one-expression cases and negatives; "
          "speed = median (and best) pass over raw/*.txt, KB of UTF-8 per second")
    print(header)
    print("-" * len(header))
    for r in rows:
        parse = f"{r['parse_right']}/{r['parse_total']} {100 * r['parse_right'] / r['parse_total']:3.0f}%"
        extract = f"{r['extract_right']}/{r['extract_total']} {100 * r['extract_right'] / r['extract_total']:3.0f}%"
        print(f"{r['system']:34} {parse:>13} {extract:>13} {r['extract_ms_per_case']:8.2f} "
              f"{r['kb_per_s']:9.1f} {r['kb_per_s_best']:9.1f} {r['kchars_per_s']:8.1f}")
    print(f"\nCoverage per family (tests/date_cases.FAMILIES): positives right/total, negatives right/total")
    width = max(len(f) for f in FAMILIES)
    print(f"{'family':{width}} " + " ".join(f"{r['system'].split()[0]:>17}" for r in rows))
    for family in FAMILIES:
        cells = []
        for r in rows:
            pr, p, nr, n = r["families"][family]
            cells.append(f"{pr:>3}/{p:<3} {nr:>3}/{n:<3}  ")
        print(f"{family:{width}} " + " ".join(f"{c:>17}" for c in cells))
    print("\nfind_dates on adversarial input (KB/s): " + ", ".join(
        f"{name} {speed:.0f}" for name, speed in adversarial()))
    if args.failures:
        for r in rows:
            print(f"\n{r['system']} fails on:")
            for text in r["failures"]:
                print("  ", text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
