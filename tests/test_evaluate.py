"""The scorer follows FORMAT.md: key matching per type, optional items neutral, attributes apart."""

from __future__ import annotations

import json
from datetime import date

import pytest

from warehouse import db as warehouse_db
from warehouse.evaluate import evaluate, issuers_agree, kinds_agree, names_overlap


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("市委十二届五次全会", "中共太原市委十二届五次全会", True),
        ("“锦绣太原城·晋阳文化旅游协商平台”第七次协商会议", "锦绣太原城晋阳文化旅游协商平台第七次协商会议", True),
        ("全市疫苗接种工作推进会", "全市疫苗接种推进会", True),
        ("全市工业高质量发展大会", "市政协党组扩大会议", False),
        ("", "全市工业高质量发展大会", False),
    ],
)
def test_names_overlap(a, b, same):
    assert names_overlap(a, b) is same


@pytest.mark.parametrize(
    ("gold", "extracted", "same"),
    [
        ("市公安局交警支队", "太原市公安局交警支队", True),
        (None, None, True),  # an unsigned notice: no issuer printed, none extracted
        (None, "", True),
        (None, "市交警支队", False),
        ("市交警支队", None, False),
    ],
)
def test_notice_issuers_agree(gold, extracted, same):
    assert issuers_agree(gold, extracted) is same


def insert_issue(con, source: str) -> None:
    con.execute(
        "INSERT INTO issues (issue_id, source_path, content_sha256, issue_date, issue_date_source, encoding, char_count, "
        "article_count, ingested_at, extractor_version, run_fingerprint, load_id, text) "
        "VALUES ('iss', ?, 'x', DATE '2022-07-29', 'manifest', 'utf-8', 0, 0, now(), 'v', 'f', 'l', '')",
        [source],
    )


def insert_phone(con, raw: str, e164: str | None, owner: str | None) -> None:
    con.execute(
        "INSERT INTO phone_numbers (phone_id, event_id, issue_id, raw, e164, kind, owner, evidence, char_start, char_end) "
        "VALUES (?, ?, 'iss', ?, ?, ?, ?, ?, 0, 1)",
        [e164 or raw, e164 or raw, raw, e164, "service" if e164 is None else "landline", owner, f"evidence {raw}"],
    )


def test_scores_count_tp_fp_fn_and_ignore_optional(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {
        "file": "x.txt",
        "issue_date": "2022-07-29",
        "phone_numbers": [
            {"raw": "0351-2366977", "e164": "+863512366977", "kind": "landline", "owner": "太原市档案馆", "evidence": "a"},
            {"raw": "0354-3036293", "e164": "+863543036293", "kind": "landline", "owner": "晋中市档案馆", "evidence": "b"},
            {"raw": "110", "e164": None, "kind": "service", "owner": "110指挥中心", "evidence": "c", "optional": True},
        ],
    }
    (gold_dir / "x.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    con = warehouse_db.connect(tmp_path / "e.duckdb")
    insert_issue(con, "x.txt")
    insert_phone(con, "0351-2366977", "+863512366977", "市档案馆")  # matched, wrong owner
    insert_phone(con, "110", None, "110")  # matches the optional item: neutral
    insert_phone(con, "12345", None, "12345热线")  # extra
    report = evaluate(con, gold_dir)
    score = report.scores["phone_numbers"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.attributes["owner"] == [0, 1]
    assert {(m.what, m.evidence) for m in report.misses if m.kind == "phone_numbers"} == {
        ("missed", "b"),
        ("extra", "evidence 12345"),
        ("attribute", "a"),
    }
    assert report.scores["meetings"].f1 is None  # nothing in gold, nothing extracted
    micro = report.micro()
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)  # only phones have items; other types add nothing
    assert report.to_json()["micro"]["f1"] == pytest.approx(0.5)
    con.close()


def test_micro_pools_every_extracted_type_and_skips_types_without_an_extractor():
    from warehouse.evaluate import EvalReport, TypeScore

    report = EvalReport(
        files=1,
        scores={
            "meetings": TypeScore(kind="meetings", extracted=True, tp=3, fp=1, fn=0),
            "phone_numbers": TypeScore(kind="phone_numbers", extracted=True, tp=1, fp=0, fn=2),
            "new_type": TypeScore(kind="new_type", extracted=False, tp=0, fp=0, fn=5),
        },
        misses=[],
    )
    micro = report.micro()
    assert (micro.tp, micro.fp, micro.fn) == (4, 1, 2)
    assert micro.precision == pytest.approx(0.8) and micro.recall == pytest.approx(4 / 6)


def test_unloaded_issue_counts_its_gold_items_as_missed(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"file": "y.txt", "issue_date": "2023-12-01", "conscription_windows": [
        {"year": 2024, "gender": "male", "half": "H1", "start": "2023-12-01", "end": "2024-02-10", "evidence": "e"}]}
    (gold_dir / "y.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    con = warehouse_db.connect(tmp_path / "e.duckdb")
    report = evaluate(con, gold_dir)
    assert report.scores["conscription_windows"].fn == 1
    assert any(m.detail == "issue not loaded" for m in report.misses)
    con.close()


def test_empty_gold_dir_is_an_error(tmp_path):
    con = warehouse_db.connect(tmp_path / "e.duckdb")
    with pytest.raises(FileNotFoundError):
        evaluate(con, tmp_path)
    con.close()


@pytest.mark.parametrize(
    ("gold", "extracted", "same"),
    [("提示", "安全提示", True), ("寻亲启事", "启事", True), ("通告", "通告", True), ("通告", "公告", False), ("公示", "提示", False), ("通知", None, False)],
)
def test_notice_kinds_agree_on_the_head_word(gold, extracted, same):
    assert kinds_agree(gold, extracted) is same
