"""Scoring the warehouse against hand-checked gold files (``shared/gold/FORMAT.md``).

Per event type: precision, recall and F1 over matched items (``optional`` gold items neither
reward nor punish), attribute accuracy on the matched pairs, and the list of misses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extractors.matching import issuers_agree, kinds_agree, names_overlap
from extractors.registry import Declaration, declaration, declarations, registered_tables

# What each type is matched and scored on (its key, headline attributes and further attributes)
# is declared with its record type (extractors/records.py, ``evaluation=``).

__all__ = ["EvalReport", "Miss", "TypeScore", "evaluate", "event_types", "issuers_agree", "kinds_agree", "names_overlap"]


def event_types() -> tuple[str, ...]:
    """The event types ``baoxun eval`` scores: every declared type with an evaluation."""
    return tuple(d.table for d in declarations() if d.evaluation is not None)


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
    headline: tuple[str, ...] = ()  # the attributes FORMAT.md asks the accuracy of
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
                    "attribute_accuracy": s.attribute_accuracy(s.headline),
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


def _match(declared: Declaration, gold: list[dict], rows: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy matching, required gold items first; returns (pairs, missed gold, extra rows)."""
    key = declared.evaluation.matches
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


def evaluate(con: duckdb.DuckDBPyConnection, gold_dir: str | Path, extracted_types: tuple[str, ...] | None = None) -> EvalReport:
    """Score every ``*.gold.json`` of ``gold_dir`` against the issues loaded from the same file names.

    ``extracted_types``: the types that have an extractor (default: every registered one); the
    others are listed without scores.
    """
    gold_files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    if extracted_types is None:
        extracted_types = registered_tables()
    kinds = event_types()
    scores = {
        kind: TypeScore(kind=kind, extracted=kind in extracted_types, headline=declaration(kind).evaluation.headline_names)
        for kind in kinds
    }
    misses: list[Miss] = []
    loaded = {r[0] for r in con.execute("SELECT source_path FROM issues").fetchall()}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = gold["file"]
        if source not in loaded:
            misses.append(Miss(kind="issues", file=source, what="missed", evidence="", detail="issue not loaded"))
        for kind in kinds:
            score = scores[kind]
            evaluation = declaration(kind).evaluation
            rows = _rows(con, kind, source) if source in loaded else []
            pairs, missed, extra = _match(declaration(kind), gold.get(kind, []), rows)
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
                for attribute in evaluation.headline + evaluation.attributes:
                    name = attribute.field
                    if name not in g:
                        continue
                    expected, actual = attribute.values(g, r)
                    right = attribute(g, r)
                    tally = score.attributes.setdefault(name, [0, 0])
                    tally[0] += right
                    tally[1] += 1
                    if not right and attribute in evaluation.headline:
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
