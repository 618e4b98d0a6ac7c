"""Meetings' shortcuts read less and find the same: a line's dates are read only when a clause asks
for them, a session act is looked for before the line's lead is stripped, and a history column is
set aside before its lines are read. Each case is a line of our own; the mentions found with the
shortcuts are compared with those found reading the dates first, as before them."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import meetings
from extractors.patterns import match_widths
from extractors.records import Article

BASE = date(2026, 12, 4)


def _article(text: str, section: str | None = None) -> Article:
    return Article(seq=1, kind="article", title=None, subtitle=None, section=section, byline=None, body=text,
                   char_start=0, char_end=len(text), body_offsets=list(range(len(text))))


def _line(text: str, index: int = 0) -> meetings._Line:
    article = _article(text)
    return meetings._Line(text, article, index, body_start=0)


def _found(text: str, monkeypatch, eager: bool) -> tuple[list, int]:
    reads = []
    report_dates = meetings._report_dates

    def counted(line_text, base):
        reads.append(line_text)
        return report_dates(line_text, base)

    with monkeypatch.context() as patch:
        patch.setattr(meetings, "_report_dates", counted)
        if eager:  # as before the shortcut: the dates read up front, every time
            patch.setattr(meetings, "_ReportDates", lambda t, day_of: counted(t, day_of()))
        found = meetings._find_in_line(_line(text), lambda: BASE, "江川市")
    return [(m.name, m.date, m.end_date, m.organizer, m.location, m.status, m.start, m.end, m.vague_date) for m in found], len(reads)


# (line, dates read with the shortcut, whether a meeting is found)
CASES = [
    # a session acting on the day that opens the sentence: the act is there, the dates are read
    ("12月2日,江川市第十一届人大常委会第九次会议审议通过了水源保护条例。", 1, True),
    # a body convening a named meeting: the name is after the verb, the dates are read for its day
    ("12月3日,市政协在市会议中心召开常委会议。", 1, True),
    # the meeting before its verb, with its day
    ("江川市第五次党代会于12月1日在市会堂开幕。", 1, True),
    # a duty to hold meetings well: no meeting reported, no date asked
    ("各乡镇要认真筹备好、召开好年终工作会议。", 0, False),
    # a greeting to a meeting held: no report, no date asked
    ("谨向江川市第五次党代会隆重召开表示热烈祝贺。", 0, False),
    # a session act, but no 届 and no ordinal in the line: no numbered session, no date asked
    ("这次会议通过了三项决议。", 0, False),
    # a session act and an ordinal: the lead's dates are read (none there, so no day, nothing found)
    ("第三次会议通过了三项决议。", 1, False),
]


@pytest.mark.parametrize(("text", "reads", "finds"), CASES)
def test_shortcuts_find_the_same_mentions(text, reads, finds, monkeypatch):
    lazy, lazy_reads = _found(text, monkeypatch, eager=False)
    eager, eager_reads = _found(text, monkeypatch, eager=True)
    assert lazy == eager
    assert bool(lazy) is finds
    assert lazy_reads == reads
    assert eager_reads == 1


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("12月2日,江川市第十一届人大常委会第九次会议审议通过了水源保护条例。", 1),
        ("12月2日,江川市第十一届人大常委会第九次会议在市会堂开幕。", 0),  # no act: [] before the lead
        ("12月2日,江川市政协第七次常委会议审议通过了提案办法。", 1),  # an ordinal, no 届
        ("12月2日,江川市人大常委会会议听取了报告。", 0),  # an act, but a session with no number: [] before the lead
        ("12月2日,江川市人大常委会会议听取了第三季度报告。", 0),  # an ordinal in the line, none in the name
    ],
)
def test_session_acts_only_where_an_act_is_printed(text, acts):
    dates = meetings._report_dates(text, BASE)
    assert len(meetings._session_acts(_line(text), dates, "江川市")) == acts


def test_history_column_is_set_aside_before_its_lines_are_read(monkeypatch):
    text = "1986年12月4日,江川市第一次党代会在市会堂开幕。"
    article = _article(text, section="历史上的今天")
    read = []
    monkeypatch.setattr(meetings, "_lines", lambda *a: read.append(a) or [])
    assert meetings._article_mentions(article, None, lambda: BASE, "江川市") == []
    assert read == []


# (text, position, clause start before it, clause end from it): only quotation marks, clause marks
# and a headline's spaces after a verb bound a clause.
CLAUSES = [
    ("甲市召开会议,乙县召开座谈会。", 10, 7, 14),  # a comma parts two clauses; the full stop ends one
    ("“同心,向前”主题论坛召开,来宾云集", 11, 0, 13),  # a comma inside quotation marks parts nothing
    ("《春耕,秋收》座谈会举行;会议指出", 10, 0, 12),  # nor inside title marks; a semicolon ends it
    ("甲会议1日召开 乙会议2日召开", 12, 8, 15),  # a space after a verb parts a headline's clauses
    ("市文联 召开座谈会", 4, 0, 9),  # a space after no verb parts nothing
    ("会议由“张三:李四”主持", 0, 0, 12),  # a colon in quotation marks ends no clause
    ("会议由张三:李四主持", 9, 6, 10),  # outside them it does
    ("", 0, 0, 0),
]


@pytest.mark.parametrize(("text", "pos", "start", "end"), CLAUSES)
def test_clause_bounds(text, pos, start, end):
    assert meetings._clause_start(text, pos) == start
    assert meetings._clause_end(text, pos) == end


def _issue_of(text: str):
    from extractors.records import Issue, IssueContext

    ctx = IssueContext(issue_id="iss_test", issue_date=BASE)
    return Issue(ctx=ctx, text=text, articles=(_article(text),))


@pytest.mark.parametrize(
    ("text", "asked", "meetings_found"),
    [
        ("12月3日,市政协在市会议中心召开常委会议。", True, 1),  # a meeting's day is read: the article's day is asked
        ("市政协昨天召开常委会议。", True, 1),
        ("各乡镇要认真筹备好、召开好年终工作会议。", False, 0),  # a duty, no meeting: no date read, no day asked
        ("谨向江川市第五次党代会隆重召开表示热烈祝贺。", False, 0),  # a greeting
        ("这次会议通过了三项决议。", False, 0),  # an act, but no numbered session
    ],
)
def test_article_day_is_asked_only_when_a_date_is_read(text, asked, meetings_found, monkeypatch):
    from extractors import records

    anchors = []
    anchor = records.article_anchor
    monkeypatch.setattr(records, "article_anchor", lambda *a: anchors.append(a) or anchor(*a))
    assert len(meetings.find_meetings(_issue_of(text))) == meetings_found
    assert bool(anchors) is asked


def _sentences_by_slicing(body: str) -> list[tuple[str, int, int]]:
    """A body's sentences as _lines cut them before its one-pattern cut: sliced between the ends of
    the end marks, with a line end added after the body; blank pieces skipped."""
    found, start, index = [], 0, 0
    for m in meetings._SENTENCE_END.finditer(body + "\n"):
        end = m.end() if m.start() < len(body) else len(body)
        if body[start:end].strip():
            found.append((body[start:end], index, start))
            index += 1
        start = end
    return found


@pytest.mark.parametrize(
    "body",
    [
        "",  # nothing
        "。",  # one mark alone
        "\n\n",  # blank lines only
        "  \u3000 ",  # spaces, no mark
        "市文联召开座谈会",  # no mark: the whole body
        "市文联召开座谈会。",  # a mark at the very end
        "甲会议召开。乙会议举行!丙会议闭幕?丁会议开幕;",  # every kind of end mark
        "甲会议召开。\n\n乙会议举行",  # a paragraph break, and text after the last mark
        "甲会议召开。。  。乙会议",  # marks one after another, a blank piece between
        "\n  市政协召开常委会议。 ",  # a line break first, spaces after the last mark
        "会议指出:要抓好落实,确保实效。\u3000",  # clause marks end no sentence
    ],
)
def test_sentences_cut_as_by_slicing(body):
    lines = meetings._lines(_article(body), body)
    assert [(ln.text, ln.index, ln.body_start) for ln in lines] == _sentences_by_slicing(body)


# _holds_any answers what a search of the words' alternation answers: at either end of a text, a
# word inside another word, overlapping words, an empty text, none of the words.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", ("会", "论坛")),
        ("会", ("会", "论坛")),
        ("论", ("会", "论坛")),
        ("坛论", ("会", "论坛")),
        ("青年论坛", ("会", "论坛")),
        ("论坛上说", ("会", "论坛")),
        ("今天天气晴", ("会", "论坛")),
        ("市政府昨天召开", ("召开", "举行", "举办", "开幕", "闭幕")),
        ("召", ("召开", "举行", "举办", "开幕", "闭幕")),
        ("开召", ("召开", "举行", "举办", "开幕", "闭幕")),
        ("文艺演出闭幕", ("召开", "举行", "举办", "开幕", "闭幕")),
        ("闭开幕", ("召开", "举行", "举办", "开幕", "闭幕")),
        ("他指", ("指出", "强调", "要求")),
        ("要求强调", ("指出", "强调", "要求")),
        ("abc", ("ab", "bcd")),
        ("abcd", ("ab", "bcd")),
    ],
)
def test_holds_any_answers_as_the_words_alternation(text, words):
    from extractors.patterns import alternation
    import re

    assert meetings._holds_any(text, words) is (re.compile(alternation(words)).search(text) is not None)


# A field read back from a traditional-script page (_printed_script): a value holding none of the
# characters the fold produced on the page is returned as it is, which is what as_printed returns
# for it; values holding one are read back as before. Pages and values of our own.
PRINTED_CASES = [
    # nothing of the value was folded on this page: the value itself
    ("本報訊 3月8日,河湾市政协举行第六次主席会议。", "河湾市政协第六次主席会议", 12, 20),
    # a value built from pieces the page prints apart (session and its body)
    ("本報訊 3月8日,縣五届人大三次会议先开预备会议。", "县五届人大三次会议预备会议", 11, 25),
    # a value printed traditional in its span: read back traditional
    ("本報訊 3月8日,縣委召開十二屆五次全會。", "县委十二届五次全会", 11, 21),
    # the value printed outside the span only
    ("縣委書記張力主持。另訊,县委召开全会。", "县委书记", 10, 18),
    # the value not printed at all, with a folded character
    ("縣委召開全會。", "市委全会", 0, 7),
    # a list of people
    ("會議由張力、李明主持。", "张力、李明", 0, 11),
    # a pinyin gloss on the page
    ("市長(zhǎng)顧遠山主持召開會議。", "市长顾远山", 0, 18),
    ("", "会议", 0, 0),
]


def test_the_fold_is_one_character_for_one():
    # folded_into's proof reads the folded text character by character against the printed one
    assert all(len(k) == 1 and len(v) == 1 for k, v in meetings._SCRIPT_TABLE.items())


@pytest.mark.parametrize(("printed", "value", "lo", "hi"), PRINTED_CASES)
def test_a_value_without_folded_characters_reads_back_as_itself(printed, value, lo, hi):
    from extractors.script_fold import as_printed

    folded = meetings._fold_script(printed)
    changed = meetings._fold_script.folded_into(printed)
    expected = as_printed(value, printed, folded, lo, hi)
    if changed.isdisjoint(value):
        assert expected == value
    # the changed characters are exactly those where the two texts differ
    assert {f for p, f in zip(printed, folded) if p != f} == changed


@pytest.mark.parametrize(
    "page",
    [
        "本報訊 3月8日,河湾市政协举行第六次主席会议,主席张力主持。\n",  # folds outside every field
        "本報訊 3月7日,縣委召開十二屆五次全會,縣委書記韓建平主持會議並講話。\n",  # folds in them
        "本報訊 昨天上午,區五屆人大三次會(huì)議召開預(yù)備會議,區人大常委會主任韓建平主持會議。\n",
        "河湾市政协举行主席会议\n本报讯 3月8日,河湾市政协举行第六次主席会议。\n\n縣委召開全會\n本報訊 3月7日,縣委召開十二屆五次全會。\n",
    ],
)
def test_printed_script_gives_the_records_as_printed_field_by_field(page):
    from dataclasses import replace

    from extractors.records import Issue, IssueContext
    from extractors.script_fold import as_printed, folded_issue
    from extractors.segment import segment

    issue = Issue(ctx=IssueContext(issue_id="iss_test", issue_date=BASE), text=page, articles=segment(page))
    folded = folded_issue(issue, meetings._fold_script)
    assert folded is not issue
    records = meetings._records(folded)
    assert records

    def as_before(m):  # every field read back, as before the shortcut
        def printed(value):
            return as_printed(value, issue.text, folded.text, m.char_start, m.char_end)

        return replace(m, evidence=issue.text[m.char_start : m.char_end], name=printed(m.name),
                       organizer=printed(m.organizer), location=printed(m.location),
                       chairs=tuple(printed(p) for p in m.chairs), speakers=tuple(printed(p) for p in m.speakers))

    assert meetings.extract(issue) == [as_before(m) for m in records]


def test_an_article_is_left_unfolded_only_when_it_cannot_be_read():
    # the marks cover the first character of every cue and of the speech occasion's line, and
    # every character the fold turns into one of them
    from extractors.lang import zh_meetings as lang

    assert lang.SPEECH_OCCASION.startswith("^" + meetings._SPEECH_OCCASION_MARK)
    firsts = {cue[0] for cue in lang.MEETING_WORD_CUES} | {meetings._SPEECH_OCCASION_MARK[0]}
    assert firsts <= set(meetings._MAY_BE_READ)
    for printed, folded in meetings._SCRIPT_TABLE.items():
        assert (folded in firsts) <= (printed in meetings._MAY_BE_READ)


# Pages of our own, each printing some traditional characters: every article folded, or only those
# that may be read, the records are the same.
@pytest.mark.parametrize(
    "page",
    [
        "縣委召開全會\n本報訊 3月7日,縣委召開十二屆五次全會。\n\n河湾天气\n本报讯 明天晴,气温回升。\n",
        "本報訊 3月8日,河湾市举办青年論壇。\n\n書畫展开幕\n本报讯 书画展昨日在市美术馆开幕。\n",
        "在全市經濟工作會議上的講話\n——2026年12月1日在河湾市經濟工作會議上\n市長 顧遠山\n同志們:\n今天我們召開會議。\n",
        "廣告\n誠聘司機兩名,電話見本版。\n",
        "",
    ],
)
def test_leaving_unread_articles_unfolded_changes_no_record(page, monkeypatch):
    from extractors.records import Issue, IssueContext
    from extractors.segment import segment

    issue = Issue(ctx=IssueContext(issue_id="iss_test", issue_date=BASE), text=page, articles=segment(page))
    gated = meetings.extract(issue)
    with monkeypatch.context() as patch:
        patch.setattr(meetings, "_may_be_read", lambda article: True)
        everything = meetings.extract(Issue(ctx=issue.ctx, text=page, articles=segment(page)))
    assert gated == everything


# A meeting's name is asked whether it is a bare reference ("会议", "本次大会") only when its first
# character can open one; most names open on a place or a body. Gated and full match agree.
@pytest.mark.parametrize(
    "name",
    ["会议", "本次会议", "该会", "全会", "大会议", "座谈会\n", "常委会", "（扩大）会",
     "市政协会议", "江川市第五次党代会", "本次会议精神", "会议室", "", "各位代表"],
)
def test_bare_reference_gate_agrees_with_the_pattern(name):
    gated = meetings._BARE_REFERENCE.match(name)
    full = meetings._BARE_REFERENCE.pattern.match(name)
    assert (gated and gated.span()) == (full and full.span())


# Patterns anchored at the end are searched from their longest match's reach before the end; the
# match found is the one a search from the start finds, lookbehinds reaching before that point
# ("第三次常委会议", "常委（扩大）会": a noun only after 次, after the bracketed word) and a final line
# break included.
@pytest.mark.parametrize(
    ("pattern", "text", "endpos"),
    [
        ("_NOUN_AT_END", "江川市第三次常委会议\n", None),  # its 次 stands just before the reach
        ("_NOUN_AT_END", "江川市委常委（扩大）会\n", None),  # the bracketed word before the reach
        ("_NOUN_AT_END", "市委第三次常委会", None),
        ("_NOUN_AT_END", "市政协常委会议\n", None),
        ("_NOUN_AT_END", "市政协召开座谈会", 5),
        ("_NOUN_AT_END", "会议", None),
        ("_NOUN_AT_END", "市政协会议精神", None),  # no noun at the end
        ("_NOUN_AT_END", "", None),
        ("_NOT_MEETING", "江川市第三届青年运动会", None),
        ("_NOT_MEETING", "江川市第三届青年论坛", None),
        ("_VERB_AT_END", "甲会议1日召开 乙会议2日召开", 7),
        ("_VERB_AT_END", "甲会议1日召开 乙会议2日召开", 6),
        ("_VERB_AT_END", "召开", None),
    ],
)
def test_end_anchored_search_from_its_reach_agrees(pattern, text, endpos):
    searched = getattr(meetings, pattern)
    end = len(text) if endpos is None else endpos
    gated, full = searched.search(text, 0, endpos), searched.pattern.search(text, 0, end)
    assert (gated and gated.span()) == (full and full.span())


def _clean_name_reading_every_pattern(name: str) -> str:
    """_clean_name as before its gates: every substitution made, whatever the name holds."""
    from extractors.lang import zh_common as common

    name = name.strip(" " + common.IDEOGRAPHIC_SPACE + common.COMMAS + common.LIST_COMMA)
    name = meetings._NAME_LEAD_NOISE.sub("", name)
    name = meetings._SPACE_BY_DIGITS.sub("", name)
    themed = meetings._THEME_BEFORE_NAME.match(name)
    if themed and not meetings._GENERIC.match(name[themed.end():]):
        name = name[themed.end():]
    return name


@pytest.mark.parametrize(
    "name",
    [
        "了江川市政协常委会议",  # lead noise of each kind
        "一次全体会议",
        "首次联席会议",
        "决定召开的座谈会",
        "会议决定市政协常委会议",
        "为期两天的江川市青年论坛",
        "第 17 次常务会议",  # a space by digits
        "2026 年度总结会",
        "市政协 常委会议",  # a space between ideographs stays
        ",江川市政协常委会议",  # nothing to remove
        "以“绿色发展”为主题的第九届江川论坛",
        "",
    ],
)
def test_clean_name_gates_agree_with_every_substitution(name):
    assert meetings._clean_name(name) == _clean_name_reading_every_pattern(name)


def _headline_article(title: str | None, subtitle: str | None) -> Article:
    return Article(seq=1, kind="article", title=title, subtitle=subtitle, section=None, byline=None, body="",
                   char_start=0, char_end=0, body_offsets=[])


# A speech's occasion is searched in the headlines only where one prints its dash; gated and full
# search agree, a match that runs from the title into the subtitle included.
@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("在江川市青年论坛上的讲话", "——2026年12月1日在江川市青年论坛上"),
        ("——2026年12月1日在江川市青年论坛上", None),
        ("——", "2026年12月1日在江川市青年论坛上"),  # the dash alone, the rest on the next line
        ("在江川市青年论坛上的讲话", "2026年12月1日在江川市青年论坛上"),  # no dash: no occasion
        ("江川市召开青年论坛", None),
        (None, None),
    ],
)
def test_speech_occasion_gate_agrees_with_the_search(title, subtitle):
    article = _headline_article(title, subtitle)
    full = meetings._SPEECH_OCCASION.search("\n".join(filter(None, (title, subtitle)))) is not None
    assert meetings._may_print_speech(article) is full


# The meeting word, the convening verb and the role cue are searched from the pairs of characters
# their matches begin with; every match, and where none is, is the plain pattern's.
PAIR_GATED_TEXTS = [
    "12月3日,江川市政协在市会议中心召开常委会议。",
    "江川市委常委会召开会议,研究部署冬季防火工作。",
    "市人大常委会第五次会议隆重开幕,也同时举行了分组审议。",
    "常委（扩大）会上,市委书记主持并讲话。",
    "大会由副市长主持,市长作工作报告。",
    "全市人民大力支持工作,大家分别发言。",  # first characters everywhere, no match
    "今天天气晴,适宜出行。",
    "",
]


@pytest.mark.parametrize("gated", ["_NOUN_GATED", "_ANY_NOUN_GATE", "_VERB", "_ROLE_CUE"])
@pytest.mark.parametrize("text", PAIR_GATED_TEXTS)
def test_pair_gated_searches_find_the_plain_patterns_matches(gated, text):
    searched = getattr(meetings, gated)
    assert [m.span() for m in searched.finditer(text)] == [m.span() for m in searched.pattern.finditer(text)]
    first, plain = searched.search(text), searched.pattern.search(text)
    assert (first and first.span()) == (plain and plain.span())


# A convening verb's object is looked for only in a clause holding a meeting word's cue (会, 论坛);
# the span is the one found by reading every clause, on both sides of that gate.
@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        ("江川市政协昨天召开常委会议,研究工作。", "召开", (9, 13)),  # a meeting noun after the verb
        ("某某主持召开县委常委会,研究部署工作。", "召开", (6, 11)),  # the party standing committee
        ("市文联举办青年论坛", "举办", (5, 9)),  # the other cue, at the text's end
        ("区里召开复盘会,总结经验。", "召开", (4, 7)),  # the open family's 会
        ("大会于上午9时举行。", "举行", None),  # the verb ends the clause: an empty window
        ("市政府召开了,大家都说好。", "召开", None),  # a clause without a cue
        ("某校举办展览,吸引众多观众。", "举办", None),  # no cue: nothing named
        ("江川市召开 乙会议", "召开", None),  # a space after the verb
        ("省里召开社会各界人士代表座谈", "召开", None),  # a 会 (社会) that names no meeting
    ],
)
def test_object_span_gate_agrees_with_reading_every_clause(text, verb, span, monkeypatch):
    pos = text.index(verb) + len(verb)
    gated = meetings._object_span(text, pos)
    monkeypatch.setattr(meetings, "_holds_any", lambda text, words: True)
    assert gated == meetings._object_span(text, pos) == span


# A name running up to its verb has an empty tail: _tail says so without asking the tail's parts,
# each of which spans a character at least; elsewhere it reads them as before.
TAIL_PARTS = ["_NAME_ALIAS", "_NAME_PROGRAMME", "_TAIL_CEREMONY", "_AGENDA_DONE", "_TAIL_FUTURE", "_HOW_HELD",
              "_TAIL_VENUE", "_ADVERB", "_LEAD_IN"]


@pytest.mark.parametrize("part", TAIL_PARTS)
def test_each_part_of_a_tail_spans_a_character(part):
    assert match_widths(getattr(meetings, part))[0] >= 1


@pytest.mark.parametrize(
    ("text", "noun_end", "verb"),
    [
        ("全市安全生产工作会议召开", 10, "召开"),  # the name up to the verb: the empty tail
        ("江川论坛开幕", 4, "开幕"),
        ("全市安全生产工作会议昨天在市政府召开", 10, "召开"),  # a day and a venue between them
        ("全市安全生产工作会议将于12月5日召开", 10, "召开"),  # an announced day
        ("全市工作会议(以下简称大会)隆重开幕", 6, "开幕"),  # an alias and an adverb
        ("青年论坛系列活动开幕式举行", 4, "举行"),  # a programme and its ceremony
        ("全市工作会议研究部署召开", 6, "召开"),  # words that are no tail
    ],
)
def test_tail_at_its_verb_agrees_with_reading_each_part(text, noun_end, verb):
    dates = meetings._report_dates(text, BASE)
    end = text.index(verb)
    for pos in (noun_end, end):
        assert meetings._tail(text, pos, end, dates) == meetings._read_tail(text, pos, end, dates)
    assert meetings._tail(text, end, end, dates) == (None, None)


def _clause_start_reading_every_mark(text: str, pos: int) -> int:
    """_clause_start as before its backward search: every mark before ``pos`` found, read from the
    last one back."""
    depth = 0
    for i in reversed([m.start() for m in meetings._CLAUSE_START_MARK.finditer(text, 0, pos)]):
        ch = text[i]
        if ch in meetings._CLOSE_QUOTES:
            depth += 1
        elif ch in meetings._OPEN_QUOTES:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in meetings._CLAUSE_PUNCT:
            return i + 1
        elif depth == 0 and ch in meetings._CLAUSE_SPACES and meetings._VERB_AT_END.search(text, 0, i):
            return i + 1
    return 0


# The clause's start is found from the nearest mark back, at every position of texts with marks
# inside and outside quotation marks, a line break, a space after a verb and after none, and none.
@pytest.mark.parametrize(
    "text",
    [text for text, *_ in CLAUSES] + ["甲会议召开,\n“乙,丙”会议\u3000举行:丁会议闭幕;", "没有任何标点的一句话"],
)
def test_clause_start_from_the_nearest_mark_agrees_with_reading_every_mark(text):
    for pos in range(len(text) + 1):
        assert meetings._clause_start(text, pos) == _clause_start_reading_every_mark(text, pos)
