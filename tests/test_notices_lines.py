"""How the notice extractor reads lines and sentences of the issue text (the helpers its speed
rests on): each must give what the plain definition gives, on ordinary and awkward text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractors.notices import (
    _SENTENCE_END_CHARS,
    _SENTENCE_END,
    _after_last_sentence_end,
    _ends_with_date,
    _following_lines,
    _kind_in_body,
    _last_lines,
    _lines,
    _Line,
    _may_close,
    _may_name_kind,
    _sentence_bounds,
    _signature_in,
    _trimmed_line,
)
from extractors.records import Issue, IssueContext
from extractors.segment import segment

TEXTS = [
    "",
    "\n",
    "单行",
    "第一行\n第二行\n第三行",
    "\n\n前面空两行\n中间\n\n\n后面空三行\n",
    "## 停水通知 ##\n**各位居民:**\n  因管道检修,定于本周六停水。  \n",
    "\ufeff开头带字节序标记\r\n下一行\r\n",
    "   \n\t\u3000\n#\n**\n",  # lines with nothing but marks and spaces
    "甲乙丙\n丁戊己\n庚辛壬\n癸子丑\n寅卯辰",
    "尾行带标记 **\n\n\n\ufeff\n  ## 标题 ##  \n\n",  # marks at both ends, blank lines between
]


def _lines_one_by_one(text: str, lo: int, hi: int) -> list[_Line]:
    """What _lines is: each piece of text[lo:hi] between line breaks, trimmed, kept if not empty."""
    out, pos = [], lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        stop = hi if nl < 0 else nl
        line = _trimmed_line(text, pos, stop)
        if line is not None:
            out.append(line)
        pos = stop + 1
    return out


def _issue(text: str, issue_date: date | None = date(2020, 2, 1)) -> Issue:
    return Issue(ctx=IssueContext(issue_id="iss_test", issue_date=issue_date), text=text, articles=())


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("count", [1, 2, 3, 30])
def test_last_lines_are_the_last_lines_read_backwards(text, count):
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            expected = list(reversed(_lines(text, lo, hi)[-count:]))
            assert _last_lines(text, lo, hi, count) == expected, (lo, hi)


@pytest.mark.parametrize("text", TEXTS)
def test_lines_are_the_trimmed_pieces_between_line_breaks(text):
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert _lines(text, lo, hi) == _lines_one_by_one(text, lo, hi), (lo, hi)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 30])
def test_following_lines_are_the_first_lines_after_a_position(text, count):
    for pos in range(len(text) + 1):
        assert _following_lines(text, pos, count) == _lines_one_by_one(text, pos, len(text))[:count], pos


@pytest.mark.parametrize(
    "raw, visible",
    [
        ("  停电公告  ", "停电公告"),
        ("## 寻人启事 ##", "寻人启事"),
        ("**联系人:王先生**", "联系人:王先生"),
        ("\ufeff通告\r", "通告"),
        ("\u3000\u3000现将本周安排通告如下:", "现将本周安排通告如下:"),
        ("a\ufeff", "a\ufeff"),  # a byte-order mark is trimmed only at the start
        ("   ", None),
        ("#**#", None),
        ("", None),
    ],
)
def test_trimmed_line(raw, visible):
    text = "前文\n" + raw + "\n后文"
    lo = len("前文\n")
    line = _trimmed_line(text, lo, lo + len(raw))
    if visible is None:
        assert line is None
    else:
        assert line.text == visible
        assert text[line.start : line.end] == visible


@pytest.mark.parametrize(
    "text, pos, start",
    [
        ("今天下雨。明天放晴", 9, 5),
        ("今天下雨。明天放晴", 4, 0),  # the mark at pos is not before it
        ("没有句号的一句话", 8, 0),
        ("问一句？答一句！再说一句;最后", 15, 13),
        ("半角?也算!都算", 8, 6),
        ("前句。后句，逗号不断句", 11, 3),
        ("", 0, 0),
    ],
)
def test_after_last_sentence_end(text, pos, start):
    assert _after_last_sentence_end(text, pos) == start
    # what a scan of every sentence end from the start of the text gives
    assert start == max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)


@pytest.mark.parametrize(
    "line, may_close",
    [
        ("滨江市供水有限公司 2020年1月26日", True),
        ("2020年1月26号", True),
        ("2020126", True),  # a date line that lost its 年/月/日
        ("特此通告。滨江市某某局 2020年1月26日", True),
        ("本次检修自2020年1月20日起至2020年1月26日止期间沿线各小区居民用水将受到不同程度的影响请提前储水到2020年1月26日", False),  # long, no sentence end
        ("滨江市供水有限公司", False),
        ("联系电话:12345678", False),
        ("2020126号楼", False),
    ],
)
def test_may_close(line, may_close):
    issue = _issue(line)
    assert _may_close(issue, _Line(0, len(line), line)) is may_close


def test_may_close_a_run_together_date_far_from_the_issue_date_is_no_date():
    line = "2020126"
    assert _may_close(_issue(line, issue_date=date(2023, 5, 1)), _Line(0, len(line), line)) is False


def test_lines_never_contain_a_line_break():
    text = "一\n二\r\n\n三"
    assert all(not re.search("[\n\r]", line.text) for line in _lines(text, 0, len(text)))


@pytest.mark.parametrize(
    "text, kind",
    [
        ("为保障供水安全,现将检修安排通告如下:", "通告"),
        ("有关事项如下通知:请各住户提前储水。", "通知"),
        ("对本公示所列人员有异议的,请于五日内反映。", "公示"),
        ("特此公告。\n滨江市某某局", "公告"),
        ("本公告栏每周更新一次。", None),  # 公告栏: a board, not the notice naming itself
        ("本报讯 昨日全市气温回升,市民出行如常。", None),
        ("他特此赶来看望老人。", None),  # 特此 with no notice word after it
        ("安排如下:上午开会,下午参观。", None),  # 如下 with no notice word beside it
        ("", None),
    ],
)
def test_may_name_kind_holds_wherever_a_body_names_its_kind(text, kind):
    assert _kind_in_body(text) == kind
    if kind is not None:
        assert _may_name_kind(text, 0, len(text))
        # and only within the span asked about
        assert not _may_name_kind("前文" + text, 0, 2)


@pytest.mark.parametrize(
    "text, may",
    [
        ("本报讯 昨日全市气温回升。", False),
        ("市民出行一切如常,交通有序。", False),
        ("请各位居民相互转告。", False),
        ("他特此赶来看望老人。", True),  # a word is there: the patterns decide
        ("安排如下:上午开会。", True),
    ],
)
def test_may_name_kind_without_its_words(text, may):
    assert _may_name_kind(text, 0, len(text)) is may
    if not may:
        assert _kind_in_body(text) is None


def _tail(*texts: str) -> list[_Line]:
    out, pos = [], 0
    for text in texts:
        out.append(_Line(pos, pos + len(text), text))
        pos += len(text) + 1
    return out


@pytest.mark.parametrize(
    "texts, kept",
    [
        (("青石镇自来水厂", "2020年3月2日"), 2),
        (("2020年3月2日", "青石镇自来水厂"), 1),  # the run ends at the last line ending in a date
        (("青石镇自来水厂", "2020年3月2日", "下一篇报道的标题"), 2),
        (("请居民提前储水。青石镇自来水厂", "2020年3月2日"), 0),  # a sentence ends inside the first line
        (("青石镇自来水厂。", "2020年3月2日"), 2),  # a stop as a line's last character ends no run
        (("这是一行远远超过四十个字的正文说明文字用来描述停水的范围和原因以及注意事项等等内容", "2020年3月2日"), 0),
        (("青石镇自来水厂", "联系电话:5551234"), 0),  # no line ends in a date
        ((), 0),
    ],
)
def test_signature_in_is_the_longest_short_run_ending_in_a_date(texts, kept):
    tail = _tail(*texts)
    issue = _issue("\n".join(texts))
    assert _signature_in(issue, tail) == tail[:kept]
    # what trying each run from the longest gives
    expected = []
    for count in range(len(tail), 0, -1):
        lines = tail[:count]
        if any(len(line.text) > 40 or _SENTENCE_END.search(line.text[:-1]) for line in lines):
            continue
        if _ends_with_date(issue, lines[-1]):
            expected = lines
            break
    assert _signature_in(issue, tail) == expected


def _sentence_bounds_step_by_step(body: str, pos: int) -> tuple[int, int]:
    lo = pos
    while lo > 0 and body[lo - 1] not in _SENTENCE_END_CHARS:
        lo -= 1
    hi = pos
    while hi < len(body) and body[hi] not in _SENTENCE_END_CHARS:
        hi += 1
    return lo, min(hi + 1, len(body)) if hi < len(body) and body[hi] != "\n" else hi


@pytest.mark.parametrize(
    "body, pos, bounds",
    [
        ("前一句。市水务局发布停水通知。后一句", 6, (4, 15)),
        ("市水务局发布停水通知", 3, (0, 10)),  # no mark at all: the whole text
        ("第一段末尾\n市水务局发布通知!", 8, (6, 15)),  # a line break starts it, a "!" ends it
        ("市水务局发布通知\n下一段", 2, (0, 8)),  # a line break ends it and is left out
        ("问?答", 3, (2, 3)),
        ("。", 0, (0, 1)),
        ("", 0, (0, 0)),
    ],
)
def test_sentence_bounds(body, pos, bounds):
    assert _sentence_bounds(body, pos) == bounds
    assert _sentence_bounds_step_by_step(body, pos) == bounds


@pytest.mark.parametrize("body", TEXTS + ["前一句。市水务局发布停水通知!后一句?还有\n一行"])
def test_sentence_bounds_at_every_position(body):
    for pos in range(len(body) + 1):
        assert _sentence_bounds(body, pos) == _sentence_bounds_step_by_step(body, pos), pos


# ---- schedule_of's gate: a text holding none of the cue words has no schedule ----------------------

from extractors import notices as _notices  # noqa: E402
from extractors.segment import _needed_texts  # noqa: E402


@pytest.mark.parametrize(
    "pattern_name",
    # every pattern a date of schedule_of must be cued by (the works cue only beside a period cue, the
    # restoring cue only after a period: neither gives a schedule alone)
    ["_ACTION", "_DEADLINE_POINT_CUE", "_DEADLINE_RANGE_CUE", "_REQUEST_BEFORE", "_RELATIVE_DAYS", "_PERIOD",
     "_DEADLINE_AFTER", "_EFFECTIVE"],
)
def test_every_schedule_cue_holds_a_gate_word(pattern_name):
    needed = _needed_texts(getattr(_notices, pattern_name))
    assert any(all(_notices._SCHEDULE_CUE.search(text) for text in texts) for texts in needed)


def test_the_from_words_are_gate_words():
    # a "since" opening on 自 or 从 is an effective date with no other cue
    assert all(_notices._SCHEDULE_CUE.search(word) for word in _notices.L.FROM_WORDS)


CTX_2023 = IssueContext(issue_id="iss_test", issue_date=date(2023, 1, 5))


@pytest.mark.parametrize(
    "text, notice_date, gated",
    [
        ("", None, True),
        ("1月8日,槐序路两侧绿化带完成补种。", None, True),  # a date, no cue
        ("2023年1月3日", date(2023, 1, 3), True),
        ("会议于1月9日上午召开,1月10日闭幕。", None, True),
        ("凡有异议者,请于1月12日前来电。", None, False),
        ("报名时间为1月9日至1月13日。", None, False),
        ("定于1月8日8时至18时停水。", None, False),
        ("1月8日9时至12时,槐序路禁止通行。", None, False),
        ("本办法自2023年2月1日起施行。", date(2023, 1, 4), False),
        ("从1月9日开始,每周一开放。", None, False),
        ("1月10日止", None, False),  # the cue at the text's end
        ("截至1月4日,累计完成三十项。", None, False),
        ("可于1月9日到服务大厅领取。", None, False),
        ("自本公告之日起30日内申报", date(2023, 1, 2), False),
    ],
)
def test_schedule_gate_agrees_with_the_full_read(text, notice_date, gated):
    assert (_notices._SCHEDULE_CUE.search(text) is None) is gated
    assert _notices.schedule_of(text, CTX_2023, notice_date) == _notices._read_schedule(text, CTX_2023, notice_date)
    if gated:
        assert _notices.schedule_of(text, CTX_2023, notice_date) == _notices.Schedule()


# ---- _block_items' first-line gate -------------------------------------------------------------------


def _block_items_ungated(issue, article, lines, kind, title):
    """What _block_items is without its gate on the first line."""
    content = list(lines)
    while content and _notices._is_signature_line(issue, content[-1]):
        content.pop()
    found = []
    for line in content:
        items = _notices._item_notices(issue, article, line, kind, title)
        if not items:
            return []
        found.extend(items)
    loss_block = bool(_notices._LOSS.search(kind)) or all(_notices._LOSS.search(n.body) for n in found)
    return found if found and (loss_block or len(found) >= 2) else []


@pytest.mark.parametrize(
    "body, kind",
    [
        ("赵晓梅遗失身份证一张,声明作废。\n钱立新遗失驾驶证,声明作废。", "遗失声明"),
        ("■孙一鸣遗失学生证,声明作废。\n  ■周小琴遗失工作证,特此声明。", "遗失声明"),
        ("滨江某某商贸有限公司经股东会决议,拟注销本公司,请债权人自本公告之日起45日内申报债权。\n"
         "滨江某某物流有限公司经股东会决议,拟注销本公司。", "注销公告"),
        ("为做好管网改造,现将相关事项公告如下:\n一、施工期间请绕行。\n特此公告\n滨江市某某局\n2023年1月4日", "公告"),
        ("特此公告\n滨江市某某局\n2023年1月4日", "公告"),  # nothing but signature lines
        ("2023年1月4日", "声明"),
        ("■ ■", "声明"),  # nothing but bullets
        ("本人郑重声明,此前签署的委托书自即日起失效。\n吴海涛\n2023年1月4日", "声明"),
        ("吴海涛遗失结婚证,声明作废。\n以上内容由本人负责。", "遗失声明"),  # a later line no item
    ],
)
def test_block_items_gate_agrees_with_reading_every_line(body, kind):
    text = kind + "\n" + body
    articles = segment(text)
    issue = Issue(ctx=CTX_2023, text=text, articles=articles)
    article = articles[0]
    lines = _lines(text, len(kind) + 1, len(text))
    assert _notices._block_items(issue, article, lines, kind, kind) == _block_items_ungated(issue, article, lines, kind, kind)


# ---- a title's number taken off only where the title can end in one --------------------------------


def _last_chars(items) -> set[str] | None:
    """The characters every match of the parsed items ends on (None when that cannot be told)."""
    from re import _constants as C

    op, av = items[-1]
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and all(kind is C.LITERAL for kind, _ in av):
        return {chr(value) for _, value in av}
    if op is C.SUBPATTERN:
        return _last_chars(av[-1])
    if op is C.MAX_REPEAT and av[0] >= 1:
        return _last_chars(av[2])
    if op is C.BRANCH:
        found = [_last_chars(branch) for branch in av[1]]
        return None if None in found else set().union(*found)
    return None


def test_every_title_number_ends_on_one_of_its_last_chars():
    from re import _constants as C, _parser

    parsed = list(_parser.parse(_notices.L.TITLE_NUMBER))
    # \s* (number) \s* $: the number is the one branch between the blanks and the end
    assert [op for op, _ in parsed] == [C.MAX_REPEAT, C.BRANCH, C.MAX_REPEAT, C.AT]
    assert _last_chars([parsed[1]]) == set(_notices.L.TITLE_NUMBER_LAST_CHARS)


@pytest.mark.parametrize(
    "title, changed",
    [
        ("滨江市某某局通告(第3号)", True),
        ("滨江市某某局通告（2023年第3号）  ", True),
        ("关于槐序路封闭施工的通告 第12号", True),
        ("某区政府迁坟公告 某政〔2019〕6号", True),
        ("某区政府迁坟公告（某征预〔2022〕4号）\u3000", True),
        ("某某局通告〔2023〕第5号\n", True),
        ("滨江市某某局通告", False),
        ("停水通知", False),
        ("槐序路今起封闭(图)", False),  # ends on a bracket, holds no number
        ("第3号", True),
        ("号", False),
        ("", False),
        ("   ", False),
        ("\u3000\n", False),
        ("寻人启事 ", False),
    ],
)
def test_title_number_gate_agrees_with_the_pattern(title, changed):
    assert _notices._without_title_number(title) == _notices._TITLE_NUMBER.sub("", title)
    assert (_notices._without_title_number(title) != title) is changed


# ---- a notice's numbers: the texts read again answered from memory, as read the first time ----------


@pytest.mark.parametrize(
    "text, area_code",
    [
        ("赵晓梅遗失身份证一张,声明作废。联系电话:13912340001", "0351"),
        ("报名电话:5550001、5550002;咨询电话:5550001", "0351"),  # a number twice: kept once, first seen first
        ("报名电话:5550001、5550002", None),  # no area code: no E.164 form
        ("报名电话:5550001、5550002", "0451"),  # the same text in another area
        ("遇险请拨打110、119", "0351"),  # services have no E.164 form
        ("2023年1月4日", "0351"),  # no run long enough: not scanned
        ("", "0351"),
    ],
)
def test_a_notice_s_numbers_are_those_the_phone_scan_reads_each_time(text, area_code):
    from extractors.phones import dialable_numbers

    ctx = IssueContext(issue_id="iss_test", issue_date=date(2023, 1, 5), area_code=area_code)
    issue = Issue(ctx=ctx, text="前文\n" + text + "\n后文", articles=())
    plain = tuple(dict.fromkeys(dialable_numbers(text, ctx)))
    for _ in range(2):  # read, then answered from memory
        assert _notices._phones(issue, 3, 3 + len(text)) == plain


# ---- reported notices read for who issued them: the same notices, without numbers or schedules ------


@pytest.mark.parametrize(
    "text",
    [
        "1月3日,青川县公安局发布关于元宵灯会当晚滨江路临时封闭的通告。为保障灯会安全,现就灯会交通安排通告如下:\n"
        "一、2月5日18时至23时,滨江路禁止机动车通行。咨询电话:0351-5550001\n",
        "1月3日,湾头镇疫情防控指挥部发布紧急通知,请居民于1月5日前完成登记,联系电话13912340001。\n"
        "同日,上述指挥部发布通告,自1月4日起暂停集市。\n",
        "1月3日,青川县气象台发布寒潮预警提示。\n",
        "市民可拨打热线0351-5550002咨询。\n",  # no notice reported
    ],
)
def test_reports_read_without_details_are_the_same_notices(text):
    issue = Issue(ctx=IssueContext(issue_id="iss_test", issue_date=date(2023, 1, 5), area_code="0351"),
                  text=text, articles=segment(text))
    for article in issue.articles:
        full = _notices._reported(issue, article, [])
        light = _notices._reported(issue, article, [], details=False)
        assert [(n.event_id, n.kind, n.issuer, n.notice_date, n.char_start, n.char_end, n.title, n.body) for n in light] \
            == [(n.event_id, n.kind, n.issuer, n.notice_date, n.char_start, n.char_end, n.title, n.body) for n in full]
        assert all(n.phones == () and n.deadline is None and n.starts_at is None for n in light)
