"""Meetings printed in traditional script read as their simplified twins do.

City papers also reach readers through traditional-script gateways (big5 mirrors, portals'
traditional editions). Each case is written twice, in both scripts: the traditional page must give
the meetings its simplified twin gives, with name, organizer, people and venue as the page printed
them. All names, places and bodies are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import meetings
from extractors.meetings import extract
from extractors.records import Issue, IssueContext
from extractors.script_fold import folded_issue
from extractors.segment import segment

ISSUE_DATE = date(2024, 3, 9)


def meetings_of(text: str):
    ctx = IssueContext(issue_id="iss_test", issue_date=ISSUE_DATE)
    found = extract(Issue(ctx=ctx, text=text, articles=segment(text)))
    for meeting in found:
        assert text[meeting.char_start : meeting.char_end] == meeting.evidence
    return found


def rows(found):
    return [(m.name, m.date, m.organizer, m.chairs, m.speakers, m.location, m.status) for m in found]


# (simplified text, traditional text, rows of the traditional page)
TWINS = [
    pytest.param(
        "河湾市政府开会部署春耕\n本报讯 3月8日上午,市长顾远山主持召开市政府第9次常务会议,研究春耕备耕工作。\n",
        "河灣市政府開會部署春耕\n本報訊 3月8日上午,市長顧遠山主持召開市政府第9次常務會議,研究春耕備耕工作。\n",
        [("市政府第9次常務會議", date(2024, 3, 8), "市政府", ("顧遠山",), (), None, "reported")],
        id="a-standing-meeting-chaired-by-the-mayor",
    ),
    pytest.param(
        "本报讯 3月7日,区委召开十二届五次全会。区委书记韩立新主持会议并讲话。\n",
        "本報訊 3月7日,區委召開十二屆五次全會。區委書記韓立新主持會議並講話。\n",
        # The name joins the body and its session, printed apart: both pieces come back as printed.
        [("區委十二屆五次全會", date(2024, 3, 7), "區委", ("韓立新",), ("韓立新",), None, "reported")],
        id="a-plenary-named-by-its-body-and-session",
    ),
    pytest.param(
        "本报讯 记者从县政府获悉,全县安全生产工作推进会定于3月12日在县会议中心召开。\n",
        "本報訊 記者從縣政府獲悉,全縣安全生產工作推進會定於3月12日在縣會議中心召開。\n",
        [("全縣安全生產工作推進會", date(2024, 3, 12), None, (), (), "縣會議中心", "announced")],
        id="an-announced-meeting-with-its-venue",
    ),
]


@pytest.mark.parametrize(("simplified", "traditional", "expected"), TWINS)
def test_a_traditional_page_gives_its_simplified_twins_meetings_as_printed(simplified, traditional, expected):
    assert rows(meetings_of(traditional)) == expected
    # Folded to simplified script, the printed rows are the simplified page's own.
    folded = [tuple(_fold(value) for value in row) for row in expected]
    assert rows(meetings_of(simplified)) == folded


def _fold(value):
    if isinstance(value, str):
        return meetings._fold_script(value)
    if isinstance(value, tuple):
        return tuple(_fold(v) for v in value)
    return value


# Traditional-script mirrors that print the pinyin of many characters after them ("會(huì)議"): the
# page gives the meetings of its unglossed twin, the glosses left out of names, bodies and people
# (the evidence stays as printed).
GLOSSED_TWINS = [
    pytest.param(
        "本報訊 4月2日上午,市長(zhǎng)顧遠山主持召開市政府第11次常(cháng)務會議,部署防汛備汛工作。\n",
        "本報訊 4月2日上午,市長顧遠山主持召開市政府第11次常務會議,部署防汛備汛工作。\n",
        id="a-mayors-standing-meeting",
    ),
    pytest.param(
        "4月7日下午,市九屆人大常委會舉行第十四次會(huì)議,由市人大常委會主任馮立言主持。\n",
        "4月7日下午,市九屆人大常委會舉行第十四次會議,由市人大常委會主任馮立言主持。\n",
        id="a-standing-committee-sitting-and-its-chair",
    ),
    pytest.param(
        "本報訊 昨天上午,區五屆人大三次會(huì)議召開預(yù)備會議,區人大常委會主任韓建平主持會議。\n",
        "本報訊 昨天上午,區五屆人大三次會議召開預備會議,區人大常委會主任韓建平主持會議。\n",
        id="a-sessions-preparatory-sitting-named-from-two-pieces",
    ),
]


@pytest.mark.parametrize(("glossed", "plain"), GLOSSED_TWINS)
def test_a_page_printing_pinyin_glosses_gives_its_unglossed_twins_meetings(glossed, plain):
    found = meetings_of(glossed)
    assert found, "the glossed page gives its meeting"
    assert rows(found) == rows(meetings_of(plain))


def test_two_equal_pages_without_glosses_read_alike():
    # the gloss-free view of a page is remembered by its text: an equal text read next must not be
    # taken for a glossed one (a record's fields read back from the wrong view)
    first = "本報訊 3月8日,市政協舉行第六次主席會議。\n"
    second = "".join(list(first))
    assert second is not first
    assert rows(meetings_of(first)) == rows(meetings_of(second)) != []


@pytest.mark.parametrize(
    "traditional",
    [
        pytest.param("本報訊 會議室今起對市民開放,預約電話請見本版。\n", id="a-meeting-room-is-no-meeting"),
        pytest.param("本報訊 去年召開的全市經濟工作會議提出,今年要穩增長。\n", id="a-past-meeting-cited-as-background"),
    ],
)
def test_traditional_pages_without_a_meeting_give_none_as_their_twins_do(traditional):
    assert meetings_of(traditional) == []


def test_a_simplified_page_is_read_as_it_is():
    text = "本报讯 3月8日,河湾市政协举行第六次主席会议。\n"
    assert [m.name for m in meetings_of(text)] == ["河湾市政协第六次主席会议"]
    assert meetings._fold_script(text) is text  # nothing to fold: the page's own text, not a copy


def test_a_page_mixing_scripts_folds_only_the_articles_that_print_traditional_characters():
    simplified = "河湾市政协举行主席会议\n本报讯 3月8日,河湾市政协举行第六次主席会议。\n\n"
    traditional = "縣委召開全會\n本報訊 3月7日,縣委召開十二屆五次全會。\n"
    text = simplified + traditional
    ctx = IssueContext(issue_id="iss_test", issue_date=ISSUE_DATE)
    issue = Issue(ctx=ctx, text=text, articles=segment(text))
    folded = folded_issue(issue, meetings._fold_script)
    assert folded.text == meetings._fold_script(text)
    kept, changed = folded.articles
    assert kept is issue.articles[0]  # nothing to fold: the article itself, not a copy
    assert changed.body == meetings._fold_script(issue.articles[1].body) != issue.articles[1].body
    assert [m.name for m in meetings_of(text)] == ["河湾市政协第六次主席会议", "縣委十二屆五次全會"]
