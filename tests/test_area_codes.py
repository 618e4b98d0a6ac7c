"""The area code for local numbers: the manifest, else the paper's city, else --area-code, else unknown."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.area_codes import area_code_for_paper, area_codes, city_area_codes, paper_in_masthead
from extractors.pipeline import UNKNOWN_AREA_CODE, SourceMeta, process_issue, resolve_area_code


@pytest.mark.parametrize(
    ("paper", "code"),
    [
        ("西安日报", "029"),
        ("西安晚报", "029"),
        ("太原日报", "0351"),
        ("北京日报", "010"),
        ("长沙晚报", "0731"),
        ("乌鲁木齐晚报", "0991"),
        ("深圳特区报", "0755"),
        ("上海", "021"),
        # Papers not named after a city: no code.
        ("人民日报", None),
        ("新华日报", None),
        ("某某日报", None),
        ("", None),
        (None, None),
    ],
)
def test_a_papers_city_gives_its_area_code(paper, code):
    assert area_code_for_paper(paper) == code


def test_the_table_holds_chinese_area_codes_only():
    codes = area_codes()
    assert 250 < len(codes) < 400
    assert codes["0351"] == "山西省太原市" and codes["010"] == "北京市"
    assert all(code[1] != "1" or code == "010" for code in codes)  # 13X-19X are mobile blocks, not areas
    assert city_area_codes()["咸阳"] == "029"  # 029 serves 西安 and 咸阳


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("西安日报\n2023年12月1日 星期五\n\n本报讯", "西安日报"),
        ("第3版 要闻\n太原晚报\n", "太原晚报"),
        ("本报讯 市里召开会议。\n", None),
        ("\n".join(["正文一行"] * 6) + "\n西安日报\n", None),  # not in the masthead lines
    ],
)
def test_a_paper_named_in_the_masthead(text, paper):
    assert paper_in_masthead(text) == paper


LOCAL = "本报讯 12月1日,市民政局发布通知。咨询电话:85212345。\n"


@pytest.mark.parametrize(
    ("meta", "option", "code", "why"),
    [
        (SourceMeta(source_path="a.txt", paper="西安日报", area_code="0371"), "0351", "0371", "manifest"),
        (SourceMeta(source_path="a.txt", paper="西安日报", area_code="371"), None, "0371", "manifest"),
        (SourceMeta(source_path="a.txt", paper="西安日报"), "0351", "029", "西安日报"),
        (SourceMeta(source_path="a.txt", paper="人民日报"), "0351", "0351", "--area-code"),
        (SourceMeta(source_path="a.txt"), "0351", "0351", "--area-code"),
        (SourceMeta(source_path="a.txt"), None, None, UNKNOWN_AREA_CODE),
    ],
)
def test_area_code_order(meta, option, code, why):
    resolved, reason = resolve_area_code(meta, LOCAL, option)
    assert resolved == code and why in reason


def test_masthead_names_the_paper_when_the_manifest_does_not():
    assert resolve_area_code(SourceMeta(source_path="a.txt"), "西安日报\n" + LOCAL, None) == ("029", "the city of 西安日报 (masthead)")


def phones(meta: SourceMeta, option: str | None = None) -> list[tuple]:
    issue = process_issue(LOCAL.encode(), meta, default_area_code=option)
    return [(p.raw, p.e164, p.phone_id) for p in issue.records["phone_numbers"]]


def test_another_papers_numbers_do_not_get_taiyuans_code():
    meta = SourceMeta(source_path="a.txt", issue_date=date(2023, 12, 1), paper="西安日报")
    assert phones(meta) == [("85212345", "+862985212345", "+862985212345")]


def test_a_local_number_with_an_unknown_area_keeps_its_digits_and_no_e164():
    meta = SourceMeta(source_path="a.txt", issue_date=date(2023, 12, 1))
    assert phones(meta) == [("85212345", None, "local:85212345")]
    assert phones(meta, "0351") == [("85212345", "+8635185212345", "+8635185212345")]
