"""Scoring the warehouse against hand-checked gold files (``shared/gold/FORMAT.md``).

Per event type: precision, recall and F1 over matched items (``optional`` gold items neither
reward nor punish), attribute accuracy on the matched pairs, and the list of misses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb

from extractors.ids import normalise_name

EVENT_TYPES = ("meetings", "conscription_windows", "air_quality_orders", "public_notices", "phone_numbers")

# Attributes whose accuracy FORMAT.md asks for (the headline figure) and further ones we report.
HEADLINE_ATTRIBUTES = {
    "meetings": ("organizer",),
    "conscription_windows": ("year",),
    "air_quality_orders": ("issuer",),
    "public_notices": ("issuer",),
    "phone_numbers": ("owner",),
}
EXTRA_ATTRIBUTES = {
    "meetings": ("chairs", "speakers", "location", "end_date"),
    "conscription_windows": (),
    "air_quality_orders": ("issued_on", "pollutant", "order_no"),
    "public_notices": ("date", "phones"),
    "phone_numbers": ("kind",),
}

# Gold field name -> warehouse column, where they differ.
COLUMN_FOR = {
    ("conscription_windows", "start"): "start_date",
    ("conscription_windows", "end"): "end_date",
    ("air_quality_orders", "start"): "starts_at",
    ("air_quality_orders", "end"): "ends_at",
    ("public_notices", "date"): "notice_date",
}


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text[:16] if "T" in text else text


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def names_overlap(a: str | None, b: str | None) -> bool:
    """Two names of one thing: one contains the other, or they share half their character bigrams."""
    x, y = normalise_name(a), normalise_name(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    bx, by = _bigrams(x), _bigrams(y)
    return 2 * len(bx & by) / (len(bx) + len(by)) >= 0.5


def kinds_agree(gold: str | None, extracted: str | None) -> bool:
    """A notice's kind as its own word: 安全提示 is a 提示, 寻亲启事 a 启事 (either may be the compound)."""
    a, b = normalise_name(gold), normalise_name(extracted)
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


def issuers_agree(gold: str | None, extracted: str | None) -> bool:
    """A notice's issuer: the same body, or none printed on either side (an unsigned "关于…的通告")."""
    if not normalise_name(gold) and not normalise_name(extracted):
        return True
    return names_overlap(gold, extracted)


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def _gold_value(item: dict, kind: str, name: str):
    return item.get(name)


def _row_value(row: dict, kind: str, name: str):
    return row.get(COLUMN_FOR.get((kind, name), name))


def _same(kind: str, name: str, gold, extracted) -> bool:
    if isinstance(gold, list) or isinstance(extracted, (list, tuple)):
        return {normalise_name(x) for x in gold or []} == {normalise_name(x) for x in extracted or []}
    if name in {"organizer", "issuer", "owner", "location"}:
        if not gold and not extracted:
            return True
        return normalise_name(gold) == normalise_name(extracted)
    if isinstance(extracted, (date, datetime)) or name.endswith("date") or name in {"issued_on", "date"}:
        return _iso(gold) == _iso(extracted)
    return gold == extracted


def _key_match(kind: str) -> Callable[[dict, dict], bool]:
    def meetings(g: dict, r: dict) -> bool:
        return _iso(g.get("date")) == _iso(r.get("date")) and names_overlap(g.get("name"), r.get("name"))

    def windows(g: dict, r: dict) -> bool:
        return (g.get("gender"), g.get("half"), _iso(g.get("start")), _iso(g.get("end"))) == (
            r.get("gender"),
            r.get("half"),
            _iso(r.get("start_date")),
            _iso(r.get("end_date")),
        )

    def orders(g: dict, r: dict) -> bool:
        if g.get("order_no") is not None and r.get("order_no") is not None:
            same_order = g["order_no"] == r["order_no"]
        else:
            same_order = names_overlap(g.get("name"), r.get("name"))
        return same_order and _iso(g.get("start")) == _iso(r.get("starts_at")) and _iso(g.get("end")) == _iso(r.get("ends_at"))

    def notices(g: dict, r: dict) -> bool:
        return kinds_agree(g.get("kind"), r.get("kind")) and issuers_agree(g.get("issuer"), r.get("issuer"))

    def phones(g: dict, r: dict) -> bool:
        if g.get("e164"):
            return g["e164"] == r.get("e164")
        return not r.get("e164") and _digits(g.get("raw")) == _digits(r.get("raw"))

    return {
        "meetings": meetings,
        "conscription_windows": windows,
        "air_quality_orders": orders,
        "public_notices": notices,
        "phone_numbers": phones,
    }[kind]


@dataclass(kw_only=True)
class Miss:
    kind: str
    file: str
    what: str  # "missed" (gold item not extracted) or "extra" (extracted, not in gold) or "attribute"
    evidence: str
    detail: str = ""


@dataclass(kw_only=True)
class TypeScore:
    kind: str
    extracted: bool
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute_accuracy(self, names: tuple[str, ...] | None = None) -> float | None:
        right = total = 0
        for name, (r, t) in self.attributes.items():
            if names is None or name in names:
                right, total = right + r, total + t
        return right / total if total else None


@dataclass(kw_only=True)
class EvalReport:
    files: int
    scores: dict[str, TypeScore]
    misses: list[Miss]

    def micro(self) -> TypeScore:
        """All extracted types pooled (TP, FP, FN summed): the single figure a run is judged on.

        Types without an extractor are left out, as their gold would only count as misses.
        """
        pooled = TypeScore(kind="micro", extracted=True)
        for score in self.scores.values():
            if score.extracted:
                pooled.tp, pooled.fp, pooled.fn = pooled.tp + score.tp, pooled.fp + score.fp, pooled.fn + score.fn
        return pooled

    def to_json(self) -> dict:
        micro = self.micro()
        return {
            "files": self.files,
            "micro": {"tp": micro.tp, "fp": micro.fp, "fn": micro.fn, "precision": micro.precision, "recall": micro.recall, "f1": micro.f1},
            "types": {
                kind: {
                    "extractor": s.extracted,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "attribute_accuracy": s.attribute_accuracy(HEADLINE_ATTRIBUTES[kind]),
                    "attributes": {k: {"right": v[0], "total": v[1]} for k, v in s.attributes.items()},
                }
                for kind, s in self.scores.items()
            },
            "misses": [m.__dict__ for m in self.misses],
        }


def _rows(con: duckdb.DuckDBPyConnection, table: str, source_path: str) -> list[dict]:
    cursor = con.execute(
        f"SELECT t.* FROM {table} t JOIN issues i USING (issue_id) WHERE i.source_path = ? ORDER BY t.char_start",
        [source_path],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _match(kind: str, gold: list[dict], rows: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy matching, required gold items first; returns (pairs, missed gold, extra rows)."""
    key = _key_match(kind)
    free = list(range(len(rows)))
    pairs: list[tuple[dict, dict]] = []
    missed: list[dict] = []
    for item in sorted(gold, key=lambda g: bool(g.get("optional"))):
        hit = next((i for i in free if key(item, rows[i])), None)
        if hit is None:
            if not item.get("optional"):
                missed.append(item)
            continue
        free.remove(hit)
        pairs.append((item, rows[hit]))
    return pairs, missed, [rows[i] for i in free]


def evaluate(con: duckdb.DuckDBPyConnection, gold_dir: str | Path, extracted_types: tuple[str, ...] = EVENT_TYPES) -> EvalReport:
    """Score every ``*.gold.json`` of ``gold_dir`` against the issues loaded from the same file names."""
    gold_files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    scores = {kind: TypeScore(kind=kind, extracted=kind in extracted_types) for kind in EVENT_TYPES}
    misses: list[Miss] = []
    loaded = {r[0] for r in con.execute("SELECT source_path FROM issues").fetchall()}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = gold["file"]
        if source not in loaded:
            misses.append(Miss(kind="issues", file=source, what="missed", evidence="", detail="issue not loaded"))
        for kind in EVENT_TYPES:
            score = scores[kind]
            rows = _rows(con, kind, source) if source in loaded else []
            pairs, missed, extra = _match(kind, gold.get(kind, []), rows)
            score.tp += sum(1 for g, _ in pairs if not g.get("optional"))
            score.fn += len(missed)
            score.fp += len(extra)
            for item in missed:
                misses.append(Miss(kind=kind, file=source, what="missed", evidence=item.get("evidence", "")))
            for row in extra:
                misses.append(Miss(kind=kind, file=source, what="extra", evidence=row.get("evidence", "")))
            for g, r in pairs:
                if g.get("optional"):
                    continue  # optional items are neutral, for their attributes too
                for name in HEADLINE_ATTRIBUTES[kind] + EXTRA_ATTRIBUTES[kind]:
                    if name not in g:
                        continue
                    expected, actual = _gold_value(g, kind, name), _row_value(r, kind, name)
                    right = _same(kind, name, expected, actual)
                    tally = score.attributes.setdefault(name, [0, 0])
                    tally[0] += right
                    tally[1] += 1
                    if not right and name in HEADLINE_ATTRIBUTES[kind]:
                        misses.append(
                            Miss(
                                kind=kind,
                                file=source,
                                what="attribute",
                                evidence=g.get("evidence", ""),
                                detail=f"{name}: expected {expected!r}, got {actual!r}",
                            )
                        )
    return EvalReport(files=len(gold_files), scores=scores, misses=misses)
