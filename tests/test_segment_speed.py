"""The segmenter's shortcuts decide exactly what the plain rules decide.

``_classify`` first asks one combined pattern which of its fifteen patterns is the first to match a
line, and skips the tests of those before it. These tests hold that shortcut to the rules: every
pattern test in ``_classify`` is guarded by its own position in ``_CLASSIFY_PATTERNS``, the combined
pattern names the same first match as trying the patterns one by one, and ``_classify`` gives the
same kind with the shortcut as without it.
"""

from __future__ import annotations

import ast
import re
import pickle
import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import segment as S
from extractors.lang import zh_layout as L

# Lines of every kind ``_classify`` tells apart, and body lines near them (invented text).
LINES = [
    "---", "＊＊＊", "(上接第2版)", "（下转第四版）", "青河日报", "2023年5月6日 星期六 农历癸卯年",
    "第3版：要闻", "责任编辑：孟小川", "政务之要", "聚焦乡村振兴", "——记北坡村的三年变化",
    "本报讯 昨天上午，青河区召开防汛工作会议。", "本报讯（记者 程一帆）昨日，", "新华社北京5月6日电",
    "李明远 摄", "本报记者 周晓 摄", "图/孙小雨", "禁止拍摄", "记者 王小青 通讯员 林木",
    "本报评论员", "(赵一鸣)", "（青河区档案馆供稿）", "2019年3月2日", "1999年12月31号", "特此公告",
    "特此通知。", "遗失声明", "分类信息", "寻人启事", "关于调整108路公交线路的通告",
    "北坡县城市管理局关于夜间施工噪声管理的通告", "南湖镇防汛抗旱指挥部通告(第3号)",
    "通告 河西村村民：因道路施工，即日起禁止车辆通行。特此通告",
    "**报名时间：**", "一、总体要求", "男兵:2023年12月1日至2024年2月10日", "燃气抢修 66668888",
    "北坡村的桃子熟了", "今年以来，青河区新建公园十二座，市民出行更方便。", "他说：“我们还要再干三年。”",
    "，", "。", "a", "2023", "(", "通知", "关于", "本报", "记者", "摄", "日报",
]


def _classify_trying_all(para) -> str:
    """``_classify`` with every pattern tried, as if none were known to fail."""
    original = S._first_classifying_match
    S._first_classifying_match = lambda text: 0
    try:
        return S._classify(para)
    finally:
        S._first_classifying_match = original


def _first_match_one_by_one(text: str) -> int:
    for index, pattern in enumerate(S._CLASSIFY_PATTERNS):
        if pattern.match(text):
            return index
    return len(S._CLASSIFY_PATTERNS)


def _para(text: str, level: int = 0, bold: bool = False):
    return S._Para(text, S.OffsetMap.run(0, len(text)), 0, len(text), len(text), level, bold)


def test_every_pattern_test_in_classify_is_guarded_by_its_own_position():
    tree = ast.parse(inspect.getsource(S._classify))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    tested = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute) and isinstance(node.func.value.value, ast.Name)
                and node.func.value.value.id == "L"):
            continue
        name = node.func.value.attr
        parent = parents[node]
        if isinstance(parent, ast.BoolOp) and isinstance(parent.op, ast.And):
            guard = parent.values[parent.values.index(node) - 1]
        elif isinstance(parent, ast.IfExp) and parent.body is node:
            guard = parent.test
        else:
            pytest.fail(f"L.{name} is tested in _classify without a guard")
        assert isinstance(guard, ast.Compare) and isinstance(guard.left, ast.Name) and guard.left.id == "first"
        assert isinstance(guard.ops[0], ast.LtE) and isinstance(guard.comparators[0], ast.Name)
        position = getattr(S, guard.comparators[0].id)
        assert S._CLASSIFY_PATTERNS[position] is getattr(L, name), f"L.{name} is guarded by another pattern's position"
        tested.append(name)
    assert sorted(tested) == sorted(n for n in dir(L) if getattr(L, n) in S._CLASSIFY_PATTERNS)


@pytest.mark.parametrize("text", LINES)
def test_the_combined_pattern_names_the_first_pattern_that_matches(text):
    assert S._first_classifying_match(text) == _first_match_one_by_one(text)


@pytest.mark.parametrize("text", LINES)
@pytest.mark.parametrize(("level", "bold"), [(0, False), (2, False), (0, True)])
def test_classify_gives_the_same_kind_with_the_shortcut(text, level, bold):
    para = _para(text, level, bold)
    assert S._classify(para) == _classify_trying_all(para)


# Characters the patterns turn on, so random lines hit them often.
_ALPHABET = "".join(sorted(set(
    "本报讯记者通讯员摄图文关于的通告公告通知启事声明遗失特此年月日号星期一二三四五六日报晚要闻之聚焦学习贯彻精神"
    "上接下转第版面供稿提供指挥部办公室局委中心政府新华社电评论员—-*_=·()（）【】:：,，。、 \u30000123456789a"
)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
def test_random_lines_classify_alike(text):
    text = text.strip(S._STRIP)
    if not text:
        return
    assert S._first_classifying_match(text) == _first_match_one_by_one(text)
    para = _para(text)
    assert S._classify(para) == _classify_trying_all(para)


# --- articles made without the dataclass's __init__ ---------------------------------------------

_BUILT = [
    (0, "article", "北坡村的桃子熟了", None, "要闻", "记者 王小青", "今年北坡村的桃子提前半月上市。\n村里新修了冷库。",
     3, 48, S.OffsetMap([(12, 15), (27, 1), (29, 9)])),
    (7, "caption", None, "——青河两岸的早晨", None, None, "", 100, 112, S.OffsetMap()),
    (12, "notice", "关于调整108路公交线路的通告", None, None, None, "因道路施工，108路临时改道。", 5, 30, S.OffsetMap.run(15, 14)),
]


@pytest.mark.parametrize("built", _BUILT)
def test_a_built_article_is_the_one_the_dataclass_makes(built):
    from extractors.records import Article

    made = S._new_article(*built)
    expected = Article(**dict(zip(S._BUILT_FIELDS, built)))
    assert made == expected and repr(made) == repr(expected)
    assert list(vars(made).items()) == list(vars(expected).items())  # body_offsets too, which == skips
    assert pickle.dumps(made) == pickle.dumps(expected)
    assert (made.lead_title, made.page_name, made.page_no, made.source_page) == (None, None, None, None)


def test_a_built_article_differs_where_its_fields_do():
    from extractors.records import Article

    first, second = _BUILT[0], _BUILT[0][:1] + ("caption",) + _BUILT[0][2:]
    assert S._new_article(*first) != Article(**dict(zip(S._BUILT_FIELDS, second)))
    with pytest.raises(Exception):
        S._new_article(*first).body = "改了"  # still frozen


def _built_the_long_way(builder):
    """``builder.build``'s body, offsets and byline made as for any number of paragraphs."""
    runs, previous = [], None
    for piece in builder.pieces:
        if previous is not None:
            runs.append((previous.separator, 1))
        runs += piece.offsets.runs()
        previous = piece
    byline = " ".join(S._SPACES.sub(" ", text) for text, _, _ in builder.bylines) or None
    return "\n".join(p.text for p in builder.pieces), S.OffsetMap(runs), byline


@pytest.mark.parametrize("pieces", [
    [S._Piece("北坡村的桃子熟了。", None, 10, 19, 19)],  # one paragraph read as printed
    [S._Piece("北坡村的桃子熟了。", S.OffsetMap.run(12, 9), 10, 21, 21)],  # one, cut
    [S._Piece("北坡村桃子熟了。", S.OffsetMap([(12, 3), (17, 5)]), 10, 22, 22)],  # one, a mark dropped
    [S._Piece("桃子熟了,", None, 0, 5, 5), S._Piece("村里新修了冷库。", S.OffsetMap([(6, 4), (12, 4)]), 6, 16, 16)],
    [],
])
@pytest.mark.parametrize("bylines", [
    [], [("本报讯", 0, 3)], [("记者  王小青", 20, 27)], [("本报讯(记者\u3000王小青)", 0, 12), ("(林木)", 30, 34)], [("文/图 李明", 0, 6)],
])
def test_an_article_built_from_one_paragraph_or_a_plain_byline_is_built_as_any(pieces, bylines):
    builder = S._Builder("article", None, heads=[_para("北坡村的桃子熟了")], pieces=pieces, bylines=bylines)
    article = builder.build(0, 0)
    body, offsets, byline = _built_the_long_way(builder)
    assert (article.body, article.body_offsets, article.byline) == (body, offsets, byline)
    assert pickle.dumps(article.body_offsets) == pickle.dumps(offsets)


# --- the classified item's start, searched only in a line holding one of its words ---------------

@pytest.mark.parametrize(("text", "starts"), [
    ("青河区某某商贸有限公司遗失营业执照副本,", True),
    ("王小川不慎丢失身份证一张", True),
    ("李某遗失", True),
    ("今年北坡村的桃子提前半月上市。遗失的不是桃子", False),  # a sentence ends before the word
    ("北坡村的桃子熟了", False),
    ("遗", False),
    ("", False),
])
def test_the_gated_classified_start_finds_what_the_pattern_finds(text, starts):
    assert (S._CLASSIFIED_ITEM_START.search(text) is not None) == starts
    assert (L.CLASSIFIED_ITEM_START.search(text) is not None) == starts


# --- the gated alternatives: left out of a short line holding none of their words -----------------

@pytest.mark.parametrize("text", [line for line in LINES if any(S._CLASSIFY_PATTERNS[i].match(line) for i in S._GATED)])
def test_every_line_a_gated_pattern_matches_holds_a_gate_word(text):
    assert S._GATE.search(text) is not None


@pytest.mark.parametrize(("text", "gated"), [
    ("李明远 摄", True), ("图/孙小雨", True), ("寻人启事", True), ("南湖镇防汛抗旱指挥部通告(第3号)", True),
    ("北坡村的桃子熟了", False), ("记者 王小青 通讯员 林木", False), ("政务之要", False), ("关于", False),
])
def test_the_gate_reads_the_words_the_gated_patterns_need(text, gated):
    assert (S._GATE.search(text) is not None) == gated
    assert S._first_classifying_match(text) == _first_match_one_by_one(text)


# --- list entries, searched only in a line holding a colon (label:value) or a space (hotline) ------

@pytest.mark.parametrize("text", [
    "男兵:2023年12月1日至2024年2月10日", "报名网站：全国征兵网", "联 系 人:张先生", "燃气抢修 66668888",
    "青河热力客服中心\t57188000", "火警 119",
    "中国队3:0胜日本队", "北坡村的桃子熟了", "燃气抢修66668888", "今年以来，青河区新建公园十二座。", "", ":",
])
def test_the_gated_list_entries_match_what_the_patterns_match(text):
    for gated, pattern in ((S._LABELLED_LINE, L.LABELLED_LINE), (S._HOTLINE_LINE, L.HOTLINE_LINE)):
        found, expected = gated.search(text), pattern.match(text)
        assert (found and found.span(), found and found.groupdict()) == (expected and expected.span(), expected and expected.groupdict())


# --- words found in all lines joined, first characters, pinyin glosses ---------------------------

def _paras(*texts):
    return [_para(text) for text in texts]


@pytest.mark.parametrize(("texts", "holding"), [
    ((), set()),
    (("",), set()),
    (("", "遗失", ""), {1}),
    (("李某遗失", "身份证一张"), {0}),  # at a line's end
    (("身份证一张", "遗失声明"), {1}),  # at a line's start, on the last line
    (("遗失遗失", "丢失", "北坡村"), {0, 1}),  # two in one line, one on the next
    (("遗", "失"), set()),  # split over two lines: no word
    (("不慎遗失", "北坡村被盗"), {0, 1}),  # words that begin alike, one inside another's span
    (("北坡村的桃子熟了", "今年以来，青河区新建公园十二座。"), set()),
])
def test_lines_holding_a_word_are_those_a_search_of_each_finds(texts, holding):
    paras = _paras(*texts)
    assert S._Lines(paras).holding(S._CLASSIFIED_START_WORDS) == holding
    assert holding == {i for i, p in enumerate(paras) if S._CLASSIFIED_START_WORDS.search(p.text)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="遗失丢被盗不慎作废声明摄图通告: \u3000a", max_size=8), max_size=8))
def test_random_lines_holding_alike(texts):
    paras = _paras(*texts)
    lines = S._Lines(paras)
    words = S._CLASSIFIED_ITEM_START._needed[0]
    assert lines.holding(S._CLASSIFIED_START_WORDS) == {i for i, p in enumerate(paras) if any(word in p.text for word in words)}


@pytest.mark.parametrize("words", [(), ("",), ("遗\n失",)])
def test_words_found_line_by_line_are_some_and_hold_no_line_break(words):
    with pytest.raises(ValueError):
        S._line_words(words)


_WRAPPED_CLASSIFIEDS = [
    (),
    ("北坡村的桃子熟了",),
    ("王小川不慎遗失青河区身份证,编", "号:140101,声明作废。", "北坡村的桃子熟了"),
    ("北坡村的桃子熟了", "李某遗失营业执照正本,注册", "号:9114,声明作废。"),
    ("李某遗失营业执照正本,注册", "号:9114,声明作废。", "赵某遗失身份证,证", "号:1401,特此声明作废。"),
    ("李某遗失营业执照正本,注册", "赵某遗失身份证,证", "号:1401,特此声明作废。"),  # an item starts inside another
    ("李某遗失营业执照正本,注册",),  # at the page's end
    ("王小川遗失身份证一张,声明作废。", "北坡村的桃子熟了"),  # complete on its line
]


@pytest.mark.parametrize("texts", _WRAPPED_CLASSIFIEDS)
def test_wrapped_classifieds_joined_from_the_lines_holding_a_start_word_as_from_all(texts):
    def joined(starts):
        paras = _paras(*texts)
        return [(p.text, p.kind, p.start, p.end) for p in S._join_wrapped_classifieds(paras, starts)]

    paras = _paras(*texts)
    starts = S._Lines(paras).holding(S._CLASSIFIED_START_WORDS)
    assert joined(starts) == joined(None)


@pytest.mark.parametrize("text", LINES + ["", "1.5倍", "12.", "１、", "⑳", "㊀", "٣、报名时间", "(三)", "第十条", "【上接第2版】"])
def test_start_gated_patterns_match_what_the_patterns_match(text):
    for gated in (S._ENUMERATED, S._LEADING_JUMP):
        assert bool(gated.match(text)) == bool(gated.pattern.match(text))
        if text:
            assert gated.could_start(text[0]) or not gated.pattern.match(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="一二三四十第(（【)）、.．条上接转版面0123456789١٣①⑳⑴❶❿ ab", max_size=8))
def test_random_texts_start_gated_alike(text):
    for gated in (S._ENUMERATED, S._LEADING_JUMP):
        found, expected = gated.match(text), gated.pattern.match(text)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(("pattern", "first"), [
    (r"^(?:[(（]?[一二\d]{1,3}[)）、]|第[一二]条)", (frozenset("(（一二第"), (), True)),
    (r"[a-c]x|y", (frozenset("y"), ((97, 99),), False)),
    (r"a?b", (frozenset("ab"), (), False)),
    (r"a*", None),  # a match may be empty
    (r"[^a]b", None),  # a negated set
    (r".b", None),
    (r"(?=a)ab", None),  # a lookahead is not read
    (r"\sb", None),
    (r"(?i)ab", None),
])
def test_the_first_characters_read_off_a_pattern(pattern, first):
    assert S._first_characters(re.compile(pattern)) == first


@pytest.mark.parametrize("text", [
    "青河(qīng)区", "青河(qing)区", "北坡(běi)村(pō)", "(ā)开头", "青河区(gōngyuán", "abc", "", "青河(Qīng)区",
])
def test_a_line_without_a_toned_vowel_holds_no_pinyin_gloss(text):
    assert S._GLOSS_VOWEL.search(text) or not L.PINYIN_GLOSS.search(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="青河(āaiqng)ǚü区 ", max_size=16))
def test_random_lines_hold_a_gloss_only_with_a_toned_vowel(text):
    assert S._GLOSS_VOWEL.search(text) or not L.PINYIN_GLOSS.search(text)


_BYLINED_PAGES = [
    "",
    "北坡村的桃子熟了\n本报讯 今年北坡村的桃子提前上市。(李明)\n青河区新建公园\n本报讯 青河区新建公园十二座。(王青)",
    "北坡村的桃子熟了\n本报讯 今年北坡村的桃子提前上市。\n记者 王小青\n青河区新建公园\n本报讯 市民出行更方便。\n记者 林木",
    # a listed line (made body) right above a byline line: the byline now closes a body
    "报名时间:2024年3月1日\n记者 王小青\n报名网站:全国征兵网\n记者 林木\n北坡村的桃子熟了",
    "报名安排\n报名时间:2024年3月1日\n报名网站:全国征兵网\n记者 王小青\n联系电话:12345\n记者 林木",
    "一、听证事项\n调整公交票价\n记者 王小青\n二、听证时间\n2026年3月5日上午9时\n记者 林木",
]


@pytest.mark.parametrize("text", _BYLINED_PAGES)
def test_whether_a_page_closes_with_bylines_is_read_once_as_twice(text):
    paras, closes = S._read_paragraphs(text)
    assert closes == S._closes_with_bylines(paras)


# The phone-like run as first written: seven digits, or an area code, a hyphen and seven or eight.
_PHONE_LIKE_AS_WRITTEN = re.compile(rf"\d{{7}}|\d{{3,4}}[{L.PHONE_HYPHENS}]\d{{7,8}}")


@pytest.mark.parametrize("text", [
    "", "电话 13900000000", "热线0351-6612345", "0351－66123456", "123456", "1234567", "报名电话:12-3456789",
    "035-1234567", "03512-1234567", "２０２４１２３", "北坡村的桃子熟了", "1234-123456", "9", "12345678901234",
])
def test_the_phone_like_run_is_found_where_the_pattern_as_written_finds_one(text):
    found, expected = S._PHONE_LIKE.search(text), _PHONE_LIKE_AS_WRITTEN.search(text)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789-－２ 电话", max_size=20))
def test_random_texts_phone_like_alike(text):
    found, expected = S._PHONE_LIKE.search(text), _PHONE_LIKE_AS_WRITTEN.search(text)
    assert (found and found.span()) == (expected and expected.span())


# Paragraphs read as printed keep no offset map until asked (``known_offsets`` None); these pages
# hold lines of each sort: plain, indented, marked up (heading, bold), glossed, cut by an opener,
# glued across a layout break, ending in a closing byline or credit (taken off the end).
_OFFSET_PAGES = [
    "",
    "北坡村的桃子熟了\n\n本报讯（记者 程一帆）今年北坡村的桃子提前上市，\n村民们忙着采摘。(李明)\n",
    "  　青河区新建公园\n本报讯 青河区新建公园十二座。 记者 王小青\n\n## 防汛 ##\n**报名时间:**\n  市民可在网上报名\n",
    "青河(qīng)区召开会议\n会(huì)议强调，要抓好防汛。\n(上接第2版)北坡村的桃子熟了，\n销往全国。\n",
    "1月24日，市民在公园赏花。 林木摄\n王小川遗失身份证,编\n号:140101,声明作废。\n通告 河西村村民：因道路施工禁止通行。特此通告\n",
    "a\nb\n",
]


def _segment_with_maps_made(text: str):
    """``segment`` with every paragraph's offset map made before the segmenter reads it."""
    paras, closes = S._read_paragraphs(text)
    for para in paras:
        para.offsets  # noqa: B018 (the property makes the map)
    return S._Segmenter(paras, closes).run()


@pytest.mark.parametrize("text", _OFFSET_PAGES)
def test_articles_are_the_same_whether_offset_maps_are_made_early_or_late(text):
    late, early = S.segment(text), _segment_with_maps_made(text)
    assert late == early
    assert [a.body_offsets for a in late] == [a.body_offsets for a in early]
    for article in late:  # every body character is the character at its offset
        assert "".join(text[i] for i in article.body_offsets) == article.body


@pytest.mark.parametrize("text", [line for page in _OFFSET_PAGES for line in page.split("\n")])
def test_a_lazy_paragraph_reads_and_cuts_as_its_map(text):
    paras = S.paragraphs(text)
    for para in paras:
        made = S._Para(para.text, S.OffsetMap.run(para.start, len(para.text)), para.start, para.end, para.line_end)
        lazy = S._Para(para.text, None, para.start, para.end, para.line_end)
        for index in range(-len(para.text) - 1, len(para.text) + 1):
            if -len(para.text) <= index < len(para.text):
                assert lazy.offset_at(index) == made.offsets[index]
            else:
                with pytest.raises(IndexError):
                    lazy.offset_at(index)
        for begin, stop in [(0, None), (1, None), (0, 2), (2, 5), (len(para.text), None), (0, -1), (3, 3)]:
            assert lazy.cut(begin, stop).offsets == made.cut(begin, stop).offsets
            assert lazy.cut(begin, stop).text == made.cut(begin, stop).text
        assert lazy.known_offsets is None  # reading and cutting made no map of its own
        assert lazy.offsets == made.offsets


@pytest.mark.parametrize("length", [0, 1, 3, 100])
def test_a_lazy_piece_truncated_keeps_the_offsets_of_its_text(length):
    text = "北坡村的桃子熟了。 记者 王小青"
    lazy, made = S._Piece(text, None, 40, 40 + len(text), 60), S._Piece(text, S.OffsetMap.run(40, len(text)), 40, 40 + len(text), 60)
    S._truncate(lazy, length)
    S._truncate(made, length)
    assert (lazy.text, lazy.offsets, lazy.runs()) == (made.text, made.offsets, made.runs())


_CLASSIFIED_PAGES = _OFFSET_PAGES + [
    "遗失声明\n王小川遗失青河区身份证,声明作废。\n李某遗失营业执照正本,注册\n号:9114,声明作废。\n北坡村的桃子熟了",
    "北坡村的桃子熟了\n本报讯 今年桃子丢失不少。\n赵某不慎将身份证丢\n失,特此声明作废。",  # a word cut by the wrap
    "青河区新建公园\n本报讯 青河区新建公园十二座。\n钱某遗失学生证,声明作废。\n孙某遗失工作证,声明作废。",
]


@pytest.mark.parametrize("text", _CLASSIFIED_PAGES)
def test_paragraphs_outside_the_classified_lines_are_no_classified_items(text):
    paras, _, holding = S._read_page(text)
    assert holding == S._Lines(paras).holding(S._CLASSIFIED_START_WORDS)
    assert all(index in holding for index, para in enumerate(paras) if S._is_classified_item(para.text))


@pytest.mark.parametrize("text", _CLASSIFIED_PAGES)
def test_articles_are_the_same_with_every_paragraph_asked_whether_it_is_a_classified_item(text):
    paras, closes, _ = S._read_page(text)
    asked_all = S._Segmenter(paras, closes, set(range(len(paras)))).run()
    assert S.segment(text) == asked_all
