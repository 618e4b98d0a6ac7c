"""The date normaliser judged on two peers' own public test suites, read from the user's checkouts.

Run: ``.venv/bin/python bench/peer_suites.py --jionlp ~/src/JioNLP --recognizers ~/src/Recognizers-Text``
(``make bench-dates`` runs it too when ``JIONLP_DIR`` and ``RECOGNIZERS_DIR`` point at checkouts).
Nothing of either suite is stored in this repository: the cases are read from
``test/test_time_parser.py`` (JioNLP: its ``time_string_list``, time points and spans only) and
``Specs/DateTime/Chinese/DateTimeModel.json`` (Recognizers-Text: inputs with one result that is a
date, date range, time or time range; durations and sets have no calendar interval).

Both suites resolve a phrase against "now" (Recognizers' ReferenceDateTime, JioNLP's time base),
so the normaliser is called with ``base_is_now=True``: words pointing back (当晚, 第三天, 当月)
with nothing before them take the base, and spans from the base touch its instant. In a paper the
base is the issue date and those words yield nothing (see docs/reference.md).

Each case is judged on one interval: the first expression's start and the last one's end.
Two scores:
- strict: start and end equal (an inclusive end such as 23:59:59 is moved one second on);
- conventions: equal, or different only by a convention this project keeps on purpose
  (``CONVENTIONS`` below, each named in the README); the report counts how often each was used.
"""

from __future__ import annotations

import argparse
import ast
import calendar
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.dates import find_dates  # noqa: E402

CONVENTIONS = {
    "open start": "'…之前/…前/截至…' has no start (JioNLP starts it at the base instant)",
    "open end": "'…起/…以来/…之后' has no end (peers end it at the base instant or at infinity)",
    "whole last unit": "a range or until includes its last day, month or year whole (Recognizers "
                       "ends '1995-1997年' on 1997-01-01, '6月1日-6月30日' on 06-30)",
    "nearest year": "a date with no year (or month, or week) takes the one nearest the base (JioNLP "
                    "the base's year, month or the coming weekday)",
    "after includes the named": "'2018年之后/以后' starts with 2018 (Recognizers: 2019)",
    "offsets are points": "'3年前', '20天以后', '两个半月以前', '4周后' name the year, month, day or minute "
                          "that far from the base, not everything before or after it, nor a whole week",
    "whole days from the base": "spans back or ahead from the base ('近30天', '未来两个月', "
                                "'15个工作日内') are whole days ending or starting with the base day "
                                "(JioNLP keeps the base's time of day)",
    "part-of-day hours": "parts of day have their own hours (上午 08-12, 晚上 18-24, 早间 06-09)",
    "clock end is an instant": "a clock time ending a range or an until is that instant "
                               "('下午6点前' ends 18:00; JioNLP 18:59:59)",
    "within a period is until its end": "'2024年内', '今年内' are until the period's end, not the whole period",
    "spans counted to the day": "'3个多月以来', '3年半以内' count months and years to the day (JioNLP "
                                "rounds to the month)",
    "lunar only when marked": "a month and day is solar unless the text marks it lunar (农历, 初X, 腊月); "
                              "a marked lunar date is converted (JioNLP reads '二月十五' as lunar, "
                              "Recognizers '农历2015年十月初一' as solar)",
    "movable day in its calendar year": "'2023年大年三十', '2017年大寒' are the ones falling in that "
                                        "calendar year (JioNLP: of that lunar or solar-term year)",
    "meteorological seasons": "a season is three whole months (spring March-May); JioNLP's run "
                              "between solar terms (立春 to 立夏)",
    "period edges": "年底/年末 is December, 年初 January, 月初 days 1-10, 月底 21-end "
                    "(JioNLP: November-December, January-February, 1-5, 25-end)",
}

Interval = tuple[dt.datetime | None, dt.datetime | None]
INSTANT = "instant"  # Recognizers resolves a clock time to an instant: only its start is compared


# ---- reading the suites ---------------------------------------------------------------------


def _jionlp_base(value) -> dt.datetime:
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value, ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    if isinstance(value, (list, tuple)):  # [year, month, day, hour, minute, second], tail optional
        parts = list(value) + [1, 1, 0, 0, 0][len(value) - 1:]
        return dt.datetime(*parts[:6])
    if isinstance(value, dict):
        now = dt.datetime.now()
        return dt.datetime(value.get("year", now.year), value.get("month", 1), value.get("day", 1),
                           value.get("hour", 0), value.get("minute", 0), value.get("second", 0))
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.now().replace(microsecond=0)


def _jionlp_time(value: str, is_end: bool) -> dt.datetime | None:
    if value in ("inf", "-inf"):
        return None
    t = dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    return t + dt.timedelta(seconds=1) if is_end and t.second == 59 else t


def jionlp_cases(checkout: Path):
    """(text, base, [allowed intervals]) from JioNLP's parser tests."""
    source = (checkout / "test" / "test_time_parser.py").read_text(encoding="utf-8")
    env = {"datetime": dt, "time": __import__("time"), "_ts_1": 1623604000, "_ts_2": 1630480532}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "time_string_list":
            cases = eval(compile(ast.Expression(node.value), "jionlp", "eval"), env)  # noqa: S307
            break
    else:
        raise SystemExit(f"no time_string_list in {checkout}")
    for text, base, expected in cases:
        if not isinstance(expected, dict) or expected.get("type") not in ("time_point", "time_span"):
            continue
        times = expected.get("time")
        if not isinstance(times, list) or len(times) != 2 or not all(isinstance(t, str) for t in times):
            continue
        yield text, _jionlp_base(base), [(_jionlp_time(times[0], False), _jionlp_time(times[1], True))]


def _ms_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    value = value.replace("T", " ")
    for form in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, form)
        except ValueError:
            pass
    return None


def recognizers_cases(checkout: Path):
    """(text, base, [allowed intervals]) from Recognizers-Text's Chinese DateTimeModel spec.
    A point in time is an interval of one minute; past and future resolutions are both allowed."""
    spec = checkout / "Specs" / "DateTime" / "Chinese" / "DateTimeModel.json"
    for case in json.loads(spec.read_text(encoding="utf-8-sig")):
        results = case.get("Results", [])
        if len(results) != 1 or results[0]["TypeName"].split(".")[-1] in ("duration", "set"):
            continue
        context = case.get("Context") or {}
        base = _ms_time(context.get("ReferenceDateTime")) or dt.datetime(2017, 1, 1)
        allowed = []
        for value in results[0]["Resolution"]["values"]:
            kind = value.get("type")
            if kind == "date" and _ms_time(value.get("value")):
                start = _ms_time(value["value"])
                allowed.append((start, start + dt.timedelta(days=1)))
            elif kind in ("daterange", "datetimerange"):
                allowed.append((_ms_time(value.get("start")), _ms_time(value.get("end"))))
            elif kind == "timerange":
                day = base.strftime("%Y-%m-%d ")
                allowed.append((value.get("start") and _ms_time(day + value["start"]),
                                value.get("end") and _ms_time(day + value["end"])))
            elif kind in ("datetime", "time"):
                text = value.get("value")
                start = _ms_time(text if kind == "datetime" else base.strftime("%Y-%m-%d ") + text)
                if start:
                    allowed.append((start, INSTANT))
        allowed = [a for a in allowed if a != (None, None)]
        if allowed:
            yield case["Input"], base, allowed


# ---- judging --------------------------------------------------------------------------------

_YEAR_WRITTEN = re.compile(r"\d{2,4}\s*年|[〇零一二三四五六七八九两]{2,4}年|[今明去前后本次上下]年|\d{4}[-./]")


_AFTER = re.compile(r"(之后|以后)")
_OFFSET = re.compile(r"再过|^过|(\d+|[半两一二三四五六七八九十百千几]+)[个多]*(年|月|星期|周|天|日|小时|钟头|分钟|分半钟?|秒钟?|刻钟|交易日|工作日)"
                     r"半?多?[之以]?[前后]")
_SPAN_TO_BASE = re.compile(r"(\d+|[半两一二三四五六七八九十百千几]+)[个多]*(年|月|星期|周|天|日)半?多?(以来|以内|之内|内|来)")
_MOVABLE_DAY = re.compile(r"除夕|年三十|春节|元宵|端午|中秋|重阳|七夕|[小大][寒暑雪]|[冬夏]至|[春秋]分|立[春夏秋冬]"
                          r"|雨水|惊蛰|清明|谷雨|小满|芒种|处暑|白露|寒露|霜降")
_FROM_BASE = re.compile(r"近|过去|未来|今后|内|以来|至今|到现在|到今天|今天|现在")
_CLOCK_END = re.compile(r"[点时](钟)?(之前|以前|前|至|到)")
_LUNAR_OR_CN_DAY = re.compile(r"农历|阴历|初[一二三四五六七八九十]|廿|腊月|正月|月十[一二三四五六七八九]?|月二十")
_PART_OF_DAY = re.compile(r"上午|下午|中午|晚上|早上|早晨|清晨|凌晨|傍晚|黄昏|黎明|午后|午间|早间|夜间|半夜|[昨今明当前]晚")


def _shift_years(t: dt.datetime | None, years: int) -> dt.datetime | None:
    if t is None:
        return None
    day = min(t.day, calendar.monthrange(t.year + years, t.month)[1])
    return t.replace(year=t.year + years, day=day)


def _minus_month(t: dt.datetime) -> dt.datetime:
    year, month = (t.year, t.month - 1) if t.month > 1 else (t.year - 1, 12)
    return t.replace(year=year, month=month, day=min(t.day, calendar.monthrange(year, month)[1]))


def _plus_month(t: dt.datetime) -> dt.datetime:
    year, month = (t.year, t.month + 1) if t.month < 12 else (t.year + 1, 1)
    return t.replace(year=year, month=month, day=min(t.day, calendar.monthrange(year, month)[1]))


def _close(a: dt.datetime | None, b: dt.datetime | None, seconds: float = 60) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).total_seconds()) <= seconds


def judge(text: str, base: dt.datetime, got: Interval | None, want: Interval,
          shifted: bool = False) -> tuple[bool, str | None]:
    """(right, convention used or None). Strictly right is (True, None). Two conventions may meet in
    one case (a year-less range is both in the nearest year and includes its last month whole):
    the nearest-year shift is tried once, then the other conventions on the shifted interval."""
    if got is None:
        return False, None
    (gs, ge), (ws, we) = got, want
    if we == INSTANT:
        if _close(gs, ws):
            return True, None
        if gs is not None and _LUNAR_OR_CN_DAY.search(text) and 18 <= abs((gs - ws).days) <= 60:
            return True, "lunar only when marked"
        return False, None
    if _close(gs, ws) and _close(ge, we):
        return True, None
    if gs is None and ws is not None and _close(ws, base, 86400) and _close(ge, we):
        return True, "open start"
    if gs is None and ge is not None and _close(ge, we) and text.rstrip().endswith("内"):
        return True, "within a period is until its end"
    if ge is not None and we is not None and _CLOCK_END.search(text) and _close(ge + dt.timedelta(hours=1), we) \
            and (gs is None or _close(gs, ws) or (ws is not None and _close(ws, base, 86400))):
        return True, "clock end is an instant"
    if ge is None and _close(gs, ws) and (we is None or _close(we, base, 86400)):
        return True, "open end"
    if _close(gs, ws) and ge is not None and we is not None and we < ge and we > (gs or we - dt.timedelta(1)):
        if we in (ge - dt.timedelta(days=1), _minus_month(ge), _shift_years(ge, -1)):
            return True, "whole last unit"
    if not _YEAR_WRITTEN.search(text) and gs is not None and ge is not None and ws is not None \
            and we is not None:
        for years in (-1, 1):
            if _close(_shift_years(gs, years), ws) and _close(_shift_years(ge, years), we):
                return True, "nearest year"
        shift = ws - gs
        if (_close(ge + shift, we) and abs(shift.days) in (7, 28, 29, 30, 31)) \
                or (330 <= abs(shift.days) <= 400 and _close(ge + shift, we, 86400)):
            return True, "nearest year"  # a weekday, a day of the month, a lunar date
        if not shifted:
            for years in (-1, 1):
                moved = (_shift_years(gs, years), _shift_years(ge, years))
                ok, conv = judge(text, base, moved, want, shifted=True)
                if ok and conv in ("whole last unit", "period edges"):
                    return True, "nearest year"
    if ge is None and gs is not None and ws is not None and _AFTER.search(text) \
            and ws in (gs + dt.timedelta(days=1), _shift_years(gs, 1), _plus_month(gs)):
        return True, "after includes the named"
    if _OFFSET.search(text) and gs is not None and ge is not None:
        if (we is None or _close(we, base, 86400) or _close(ws, gs)) and _close(gs, ws):
            return True, "offsets are points"  # 20天以后: the day, not from it on
        if ws is None and _close(ge, we):
            return True, "offsets are points"  # 3年以前: the year, not all before it
        if ws is not None and we is not None and ws <= gs and ge <= we and (ge - gs) < (we - ws):
            return True, "offsets are points"  # 4周后: the day four weeks on, not that whole week
        if ws is not None and we is not None and gs <= ws and we <= ge:
            return True, "offsets are points"  # 5年前: the year, not the day five years back
    anchored = (ws is not None and ws.date() == base.date()) or (we is not None and we.date() == base.date())
    if anchored and _FROM_BASE.search(text) and gs is not None and ge is not None and ws is not None and we is not None \
            and _close(gs, ws, 86400) and _close(ge, we, 86400):
        return True, "whole days from the base"
    if gs is not None and ge is not None and ws is not None and we is not None and _PART_OF_DAY.search(text) \
            and ((gs.date() == ws.date() and (ge - gs) <= dt.timedelta(hours=12)
                  and (we - ws) <= dt.timedelta(hours=12) and gs < we and ws < ge)
                 or (_close(gs, ws, 7200) and _close(ge, we)) or (_close(gs, ws) and _close(ge, we, 7200))):
        return True, "part-of-day hours"
    if re.search(r"[年月](底|末|初)|^(年|月)(底|末|初)", text) and ge is not None and we is not None:
        if gs is None and ws is not None and _close(ws, base, 86400):
            ws = None  # 年底前: the open start is the convention above
        if (gs is None) == (ws is None) and (gs is None or (gs < we and ws < ge)) \
                and abs((ge - we).days) <= 62 and (gs is None or abs((gs - ws).days) <= 62):
            return True, "period edges"
    if _SPAN_TO_BASE.search(text) and None not in (gs, ge, ws, we) \
            and (_close(gs, ws, 86400) or _close(ge, we, 86400)) \
            and abs((gs - ws).days) <= 31 and abs((ge - we).days) <= 31:
        return True, "spans counted to the day"
    if None not in (gs, ge, ws, we) and re.search("[春夏秋冬]", text) and gs < we and ws < ge \
            and abs((gs - ws).days) <= 45 and abs((ge - we).days) <= 45:
        return True, "meteorological seasons"
    if None not in (gs, ge, ws, we) and 18 <= abs((gs - ws).days) <= 60 and _LUNAR_OR_CN_DAY.search(text) \
            and abs(((ge - gs) - (we - ws)).days) <= 1:
        return True, "lunar only when marked"
    if None not in (gs, ge, ws, we) and _YEAR_WRITTEN.search(text) and 330 <= abs((ws - gs).days) <= 400 \
            and abs(((ge - gs) - (we - ws)).days) <= 1 and _MOVABLE_DAY.search(text) \
            and re.search(str(gs.year) + "|" + str(gs.year)[2:] + "年", text):
        return True, "movable day in its calendar year"
    return False, None


def run(cases) -> dict:
    strict = conventional = total = 0
    used = collections.Counter()
    misses = []
    for text, base, allowed in cases:
        total += 1
        # Both suites' base is the moment a phrase is said ("now"), not a paper's issue date.
        found = [e for e in find_dates(text, base, base_is_now=True) if e.kind not in ("vague", "recurring")]
        got = (found[0].start, found[-1].end) if found else None
        verdicts = [judge(text, base, got, want) for want in allowed]
        if any(ok and conv is None for ok, conv in verdicts):
            strict += 1
            conventional += 1
        elif any(ok for ok, _ in verdicts):
            conventional += 1
            used[next(conv for ok, conv in verdicts if ok)] += 1
        else:
            misses.append((text, base, allowed, [(e.text, e.kind, e.start, e.end) for e in found]))
    return {"total": total, "strict": strict, "conventions": conventional, "used": used,
            "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jionlp", type=Path, help="a checkout of github.com/dongrixinyu/JioNLP")
    parser.add_argument("--recognizers", type=Path, help="a checkout of github.com/microsoft/Recognizers-Text")
    parser.add_argument("--misses", action="store_true", help="list the cases missed under the conventions")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    suites = []
    if args.jionlp:
        suites.append(("JioNLP test_time_parser", list(jionlp_cases(args.jionlp))))
    if args.recognizers:
        suites.append(("Recognizers DateTimeModel (zh)", list(recognizers_cases(args.recognizers))))
    if not suites:
        print("no peer checkout given (--jionlp, --recognizers): nothing to score", file=sys.stderr)
        return 0
    results = [(name, run(cases)) for name, cases in suites]
    all_total = sum(r["total"] for _, r in results)
    print(f"{'suite':32} {'cases':>6} {'strict':>13} {'conventions':>13}")
    rows = results + ([("all", {"total": all_total, "strict": sum(r["strict"] for _, r in results),
                                "conventions": sum(r["conventions"] for _, r in results)})]
                      if len(results) > 1 else [])
    for name, r in rows:
        print(f"{name:32} {r['total']:>6} {r['strict']:>6} ({r['strict'] / r['total']:.2f}) "
              f"{r['conventions']:>6} ({r['conventions'] / r['total']:.2f})")
    used = sum((r["used"] for _, r in results), collections.Counter())
    print("\nconventions used (cases):")
    for name, n in used.most_common():
        print(f"  {n:4}  {name}: {CONVENTIONS[name]}")
    if args.misses:
        for name, r in results:
            print(f"\n{name} misses:")
            for text, base, allowed, found in r["misses"]:
                print(f"  {text!r} base {base} want {[(str(s), str(e)) for s, e in allowed[:2]]} "
                      f"got {[(t, k, str(s), str(e)) for t, k, s, e in found]}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(
            [{"suite": name, "total": r["total"], "strict": r["strict"], "conventions": r["conventions"]}
             for name, r in rows], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
