"""Helpers that turn language data into patterns: the characters a match can begin with (and the
second characters after each), a search that skips to them, which must find exactly what
``pattern.search`` finds, a character fold that must equal ``str.translate``, and the clause or
sentence around a position, which must be what reading the marks from the start gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.patterns import UNBOUNDED_WIDTH, CharacterFold, OpeningGated, PairGated, StartGated, alternation, bounds, first_characters, match_widths, minimal_words, opening_characters, prefix_tree_alternation, second_characters, spans_between, heads_its_clause

# Patterns of the shapes the extractors build: words, lookbehind-led branches, optional heads.
SHAPES = [
    r"会议|大会|座谈会",
    r"(?:(?<=届)|(?<=次))会议|(?<=（扩大）)会",
    r"(?P<adv>隆重|正式)?(?P<verb>召开|举行)(?P<le>了)?",
    r"(?<=[\u4e00-\u9fff])(?<![研约])会(?![议场])",
    r"[一二三]?号会|第[0-9]{1,2}次",
    r"(?:会(?:(?<=会)议|(?!议)))(?!室)",
    r"\b召开",
]

# Patterns whose start cannot be told: a search as usual.
UNTOLD = [
    r"(?i)pm2\.5|会议",  # case-insensitive
    r".会",  # any character
    r"(?:召开)?",  # may match the empty string
    r"[^会]议",  # a negated class
    r"\d+号",  # \d is any Unicode digit
    r"[\u4e00-\u9fff]会",  # a class wider than is worth listing
    r"(?=会)|议",  # a branch matching the empty string (a lookahead alone)
]


@pytest.mark.parametrize(
    "pattern, chars",
    [
        (r"会议|大会|座谈会", "会大座"),
        (r"(?:(?<=届)|(?<=次))会议|(?<=（扩大）)会", "会"),
        (r"(?P<adv>隆重|正式)?(?P<verb>召开|举行)(?P<le>了)?", "隆正召举"),
        (r"[一二三]?号会|第[0-9]{1,2}次", "一二三号第"),
        (r"(?:召开)*举行", "召举"),
    ],
)
def test_the_characters_a_match_can_begin_with(pattern, chars):
    assert first_characters(re.compile(pattern)) == frozenset(chars)


@pytest.mark.parametrize("pattern", UNTOLD)
def test_no_characters_when_they_cannot_be_told(pattern):
    assert first_characters(re.compile(pattern)) is None


# A pattern of optional parts matches every text; its non-empty matches begin with these.
@pytest.mark.parametrize(
    "pattern, chars",
    [
        (r"^(?:了|一次|首次)?(?:为期[^的]{1,6}的)?", "了一首为"),
        (r"(?:召开)?", "召"),
        (r"会议|大会", "会大"),  # a match that cannot be empty: as first_characters
        (r"^", ""),  # only the empty match
    ],
)
def test_the_characters_a_non_empty_match_can_begin_with(pattern, chars):
    assert opening_characters(re.compile(pattern)) == frozenset(chars)
    for text in ("了一次会议", "为期两天的会", "召开", "会议", "大会", "市政协会议", ""):
        m = re.compile(pattern).match(text)
        if m and m.end() > 0:
            assert text[0] in chars


@pytest.mark.parametrize("pattern", [r"(?:.)?会", r"(?:\w)?会", r"(?:\d+)?次"])
def test_no_opening_characters_when_they_cannot_be_told(pattern):
    assert opening_characters(re.compile(pattern)) is None


ALPHABET = "会议大座谈届次（扩大）隆重正式召开举行了研约场室一二三号第0123 ，。\n天气"


# Random searches the gated search and finditer are checked on, against the engine's own.
random_searches = given(
    pattern=st.sampled_from(SHAPES + UNTOLD),
    text=st.text(alphabet=ALPHABET, max_size=60),
    pos=st.integers(min_value=0, max_value=70),
    endpos=st.one_of(st.none(), st.integers(min_value=0, max_value=70)),
)


@settings(max_examples=300, deadline=None)
@random_searches
def test_the_gated_search_finds_what_search_finds(pattern, text, pos, endpos):
    compiled = re.compile(pattern)
    gated = StartGated(compiled)
    expected = compiled.search(text, pos) if endpos is None else compiled.search(text, pos, endpos)
    found = gated.search(text, pos, endpos)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.span(), found.groups()) == (expected.span(), expected.groups())


@settings(max_examples=300, deadline=None)
@random_searches
def test_the_gated_finditer_finds_what_finditer_finds(pattern, text, pos, endpos):
    compiled = re.compile(pattern)
    expected = compiled.finditer(text, pos) if endpos is None else compiled.finditer(text, pos, endpos)
    found = StartGated(compiled).finditer(text, pos, endpos)
    assert [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in expected]


PAIR_SHAPES = [r"[一二]?十[日号]|(?:本|下)?周[一二]", r"国(?:庆|际)?节|[十百](?=\s?[到至])", r"(?:重污染)?[一二1]\s*级\s*响应",
               r"1[\s年]|会"]


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(SHAPES + UNTOLD + PAIR_SHAPES),
    text=st.text(alphabet=ALPHABET + "日号本下周庆际节百到至重污染级响应年", max_size=60),
    pos=st.integers(min_value=0, max_value=70),
    endpos=st.one_of(st.none(), st.integers(min_value=0, max_value=70)),
)
def test_the_pair_gated_search_and_finditer_find_what_the_engine_finds(pattern, text, pos, endpos):
    compiled = re.compile(pattern)
    gated = PairGated(compiled)
    expected = compiled.search(text, pos) if endpos is None else compiled.search(text, pos, endpos)
    found = gated.search(text, pos, endpos)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    expected_all = compiled.finditer(text, pos) if endpos is None else compiled.finditer(text, pos, endpos)
    assert [(m.span(), m.groups()) for m in gated.finditer(text, pos, endpos)] == [
        (m.span(), m.groups()) for m in expected_all]


@pytest.mark.parametrize(
    "pattern, seconds",
    [
        (r"会议|大会|座谈会", {"会": "议", "大": "会", "座": "谈"}),
        (r"[一二]?十[日号]", {"一": "十", "二": "十", "十": "日号"}),
        (r"(?:(?<=届)|(?<=次))会议", {"会": "议"}),  # a lookbehind adds nothing
        (r"(?=[上下])(?:上午|下午|上旬)", {"上": "午旬", "下": "午"}),  # nor a leading lookahead
        (r"(?:本|下)?周[一二]", {"本": "周", "下": "周", "周": "一二"}),  # an optional head
        (r"国(?:庆|际)?节", {"国": "庆际节"}),  # an optional second
        (r"(?:上|下)*午", {"上": "上下午", "下": "上下午"}),  # a repeat feeds itself
        (r"1[\s年]", {"1": " 年"}),  # \s: its characters, all listed
        (r"[十百](?=\s?[到至])", {"十": " 到至", "百": " 到至"}),  # a lookahead ending it bounds what follows
    ],
)
def test_the_second_characters_after_each_first(pattern, seconds):
    spaces = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s stands for
    want = {first: frozenset(chars.replace(" ", "")) | (spaces if " " in chars else frozenset())
            for first, chars in seconds.items()}
    assert {first: gate.chars for first, gate in second_characters(pattern).items()} == want


@pytest.mark.parametrize(
    "pattern, ungated",
    [
        (r"会议|会|百日", "会"),  # a match may be one character long
        (r"十.|百日", "十"),  # any second character
        (r"十[^日]|百日", "十"),  # a negated class
        (r"十(?![日号])|百日", "十"),  # a lookahead not ending the match is skipped: anything may follow
    ],
)
def test_no_gate_where_the_second_character_cannot_be_told(pattern, ungated):
    gates = second_characters(pattern)
    assert ungated not in gates
    assert "百" in gates


@pytest.mark.parametrize("pattern", [r"(?i)pm2\.5", r".会", r"(?:召开)?", r"[\u4e00-\u9fff]会"])
def test_no_gates_at_all_when_the_first_character_cannot_be_told(pattern):
    assert second_characters(pattern) == {}


def test_a_decimal_digit_of_any_script_passes_a_digit_gate():
    gate = second_characters(r"1\d")["1"]
    assert gate.allows("5") and gate.allows("\u0665") and not gate.allows("年") and not gate.allows("")


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(SHAPES + [r"[一二]?十[日号]|(?:本|下)?周[一二]", r"国(?:庆|际)?节|[十百](?=\s?[到至])"]),
    text=st.text(alphabet=ALPHABET + "日号本下周庆际节百到至", max_size=40),
)
def test_every_match_passes_its_gate(pattern, text):
    gates = second_characters(pattern)
    compiled = re.compile(pattern)
    for pos in range(len(text)):
        if compiled.match(text, pos) and text[pos] in gates:
            assert gates[text[pos]].allows(text[pos + 1:pos + 2]), (pattern, text, pos)


@pytest.mark.parametrize(
    "mapping",
    [
        {"０": "0", "１": "1", "：": ":"},  # one to one: replaced character by character
        {"a": "b", "b": "c"},  # an output folded again: translate's single pass decides
        {"甲": "乙丙"},  # one to two
    ],
)
@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="０１：ab甲乙x 2", max_size=30))
def test_a_character_fold_is_translate(mapping, text):
    assert CharacterFold(mapping)(text) == text.translate(str.maketrans(mapping))


# A table of a hundred characters (more than a search per character is worth): asked as one class.
_LARGE_TABLE = {chr(0x4E00 + 2 * i): chr(0x4E01 + 2 * i) for i in range(100)} | {"]": "}", "^": "~"}


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="".join(list(_LARGE_TABLE)[:6]) + "]^x丁七 -\\", max_size=30))
def test_a_large_table_folds_as_translate(text):
    assert CharacterFold(_LARGE_TABLE)(text) == text.translate(str.maketrans(_LARGE_TABLE))


@pytest.mark.parametrize("text, folds", [
    ("", False), ("没有要折的字", False), ("a-b\\x", False),
    ("a-b]x", True), ("一", True), ("末尾是丂", True),
])
def test_a_large_table_returns_a_text_without_its_characters_as_it_is(text, folds):
    folded = CharacterFold(_LARGE_TABLE)(text)
    assert folded == text.translate(str.maketrans(_LARGE_TABLE))
    assert (folded is not text) == folds


@pytest.mark.parametrize("text", [
    "没有要折的字" * 40,  # long, none of the table's characters: the same object
    "没有要折的字" * 40 + "丂",  # one at the very end
    "一" + "没有要折的字" * 40 + "丂]一",  # several, one of them twice, from the first character on
])
def test_a_long_text_folds_the_characters_it_holds_as_translate(text):
    folded = CharacterFold(_LARGE_TABLE)(text)
    assert folded == text.translate(str.maketrans(_LARGE_TABLE))
    assert (folded is text) == (text.translate(str.maketrans(_LARGE_TABLE)) == text)


@pytest.mark.parametrize("table", [_LARGE_TABLE, {"０": "0", "５": "5", "：": ":", "]": "}"}])
@pytest.mark.parametrize("texts", [
    [],
    [""],
    ["", "", ""],
    ["没有要折的字", "也没有"],
    ["一"],  # the whole text one folding character
    ["开头", "丂在末尾丂", "", "]在开头"],  # at both ends of a text, an empty text between
    ["甲乙丙", "", "０５："],
    ["a]", "]b", "c]"],  # in every text, each next to the joint
    ["没有要折的字" * 40 + "丂", "平常的一行"],
])
def test_folding_names_the_texts_a_fold_changes(table, texts):
    fold = CharacterFold(table)
    assert fold.folding(texts) == {i for i, text in enumerate(texts) if fold(text) is not text}


@pytest.mark.parametrize("mapping, expected", [
    ({}, set()),  # an empty table changes no text
    ({"a": "b", "b": "c"}, None),  # folded with translate: not told
    ({"甲": "乙丙"}, None),
    ({"\x00": "0", "a": "b"}, None),  # a table folding the joint itself: not told
])
def test_folding_when_it_cannot_tell(mapping, expected):
    assert CharacterFold(mapping).folding(["a甲\x00", "b"]) == expected


# A small table: a text shorter than CharacterFold._SHORT_TEXT is asked as one class first, a
# longer one folded character by character; both must agree with translate, at and around the edge.
_SMALL_TABLE = {"０": "0", "５": "5", "：": ":", "]": "}"}
_EDGE = CharacterFold._SHORT_TEXT


@pytest.mark.parametrize("text, folds", [
    ("", False), ("上午九时开会", False), ("上午９时开会", False),  # ９ is not in the table
    ("５月", True), ("上午5时]", True),
    ("会" * (_EDGE - 2) + "０", True), ("会" * (_EDGE - 1), False), ("会" * (_EDGE - 1) + "５", True),
    ("会" * _EDGE, False), ("会" * _EDGE + "：", True), ("：" + "会" * (_EDGE + 5), True),
])
def test_a_small_table_folds_short_and_long_texts_alike(text, folds):
    folded = CharacterFold(_SMALL_TABLE)(text)
    assert folded == text.translate(str.maketrans(_SMALL_TABLE))
    assert (folded is not text) == folds


@pytest.mark.parametrize(("mapping", "chars", "printed", "holds"), [
    ({"響": "响", "級": "级"}, "响", "響", True),   # folds to one of chars
    ({"響": "响", "級": "级"}, "响", "响", True),   # one of chars itself
    ({"響": "响", "級": "级"}, "响", "級", False),  # folds, but to another character
    ({"響": "响", "級": "级"}, "响级", "級", True),
    ({"響": "响"}, "令", "響", False),
    ({"戶": "户口"}, "口", "戶", True),             # a fold to several characters, one of them asked
    ({"戶": "户口"}, "门", "戶", False),
])
def test_a_class_of_what_folds_to_the_characters_asked(mapping, chars, printed, holds):
    fold = CharacterFold(mapping)
    found = fold.printed_as(chars)
    assert (found.fullmatch(printed) is not None) is holds
    # wherever the folded text holds one of chars, the printed text holds one of the class
    assert (any(c in chars for c in fold(printed))) <= (found.search(printed) is not None)


def test_a_class_of_no_characters_is_refused():
    with pytest.raises(ValueError):
        CharacterFold({"響": "响"}).printed_as("")
    with pytest.raises(ValueError):
        CharacterFold({"響": "响"}).printed_chars("")


@pytest.mark.parametrize(("mapping", "text", "into"), [
    ({"響": "响", "級": "级"}, "響應一級", {"响", "级"}),
    ({"響": "响", "級": "级"}, "响应一级", set()),        # already simplified: nothing folds
    ({"響": "响", "級": "级"}, "", set()),
    ({"響": "响", "級": "级"}, "鄉鎮", set()),           # traditional, but not in the table
    ({}, "響", set()),                                    # an empty table
    ({"戶": "户口"}, "戶", None),                         # not one to one: no answer
])
def test_the_characters_a_fold_turns_a_text_into(mapping, text, into):
    fold = CharacterFold(mapping)
    found = fold.folded_into(text)
    assert found == (None if into is None else frozenset(into))
    if found is not None:  # where the texts differ, the folded one holds one of them
        assert {f for p, f in zip(text, fold(text)) if p != f} == found


def _bounds_read_from_the_start(text: str, pos: int, pattern: re.Pattern) -> tuple[int, int]:
    begin = 0
    for m in pattern.finditer(text, 0, pos):
        begin = m.end()
    m = pattern.search(text, pos)
    return begin, (m.start() if m else len(text))


# One-character marks (bisected over the text's marks) beside marks that are not (read as before).
MARKS = [r"[。！？\n]", r"[。，,；：\n]", r"\n", r"。", r"。|\n\n", r"(?<=会)。", r"。(?!”)", r"[。，]+"]


@settings(max_examples=300, deadline=None)
@given(
    mark=st.sampled_from(MARKS),
    text=st.text(alphabet="会议。，,；：！？”\n 天", max_size=40),
    pos=st.integers(min_value=-2, max_value=45),
)
def test_the_stretch_around_a_position_is_what_reading_the_marks_from_the_start_gives(mark, text, pos):
    pattern = re.compile(mark)
    assert bounds(text, pos, pattern) == _bounds_read_from_the_start(text, pos, pattern)


@pytest.mark.parametrize(
    ("marks", "text", "pos", "stretch"),
    [
        # The same source under other flags is another pattern: each keeps its own marks.
        ([re.compile("[a]"), re.compile("[a]", re.IGNORECASE)], "xA.ya.z", 4, [(0, 4), (2, 4)]),
        ([re.compile("[a]", re.IGNORECASE), re.compile("[a]")], "xA.ya.z", 4, [(2, 4), (0, 4)]),
        # Two compilations of one source and flags: one pattern.
        ([re.compile("[。]"), re.compile("[。]")], "天。会天。", 2, [(2, 4), (2, 4)]),
    ],
)
def test_bounds_remember_marks_by_text_pattern_and_flags(marks, text, pos, stretch):
    assert [bounds(text, pos, mark) for mark in marks] == stretch
    assert [bounds(text, pos, mark) for mark in marks] == [_bounds_read_from_the_start(text, pos, m) for m in marks]


@pytest.mark.parametrize(
    ("text", "skipped", "kept"),
    [
        ("市(shì)长讲话", r"\([a-zì]+\)", ["市", "长讲话"]),
        ("(a)b(c)", r"\([a-z]\)", ["", "b", ""]),  # empty spans at both ends are kept: offsets still add up
        ("无括号的句子", r"\([a-z]+\)", []),  # nothing skipped: no spans, not the whole text as one
        ("", r"x", []),
    ],
)
def test_spans_between_are_what_is_left_outside_the_matches(text, skipped, kept):
    spans = spans_between(text, re.compile(skipped))
    assert [text[a:b] for a, b in spans] == kept
    if spans:  # the spans and the skipped matches tile the text
        assert spans[0][0] == 0 and spans[-1][1] == len(text)


_CLAUSE_MARKS = re.compile("[,。;]")


@pytest.mark.parametrize(
    ("text", "span", "ignored", "closes_at"),
    [
        ("截至6月3日,全县已有300人报名。", "截至6月3日", None, 6),  # the whole clause, a comma closing it
        ("报名截至6月3日,逾期不候。", "截至6月3日", None, None),  # other words before it in the clause
        ("截至6月3日前后,人数增加。", "截至6月3日", None, None),  # other words after it
        ("截至6月3日。", "截至6月3日", None, None),  # closed by a full stop, not one of the closers
        ("截至6月3日", "截至6月3日", None, None),  # nothing closes it
        ("“截至6月3日,全县已有300人报名。", "截至6月3日", "“", 7),  # an ignored mark before it
        ("“截至6月3日,全县已有300人报名。", "截至6月3日", None, None),  # the same mark, not ignored
    ],
)
def test_heads_its_clause(text, span, ignored, closes_at):
    start = text.index(span)
    assert heads_its_clause(text, start, start + len(span), _CLAUSE_MARKS, ",", ignored) == closes_at


@pytest.mark.parametrize(
    ("words", "tree"),
    [
        (["市长", "市长助理", "市委书记", "副市长"], "副市长|市(?:委书记|长(?:助理)?)"),
        (["主任", "主任委员", "主席"], "主(?:任(?:委员)?|席)"),
        (["书记", "秘书长"], "书记|秘书长"),  # nothing shared: the words as they are
        (["a.b", "a"], r"a(?:\.b)?"),  # escaped like alternation's
    ],
)
def test_a_prefix_tree_shares_the_words_beginnings(words, tree):
    assert prefix_tree_alternation(words) == tree


TREE_WORDS = ["市长", "市长助理", "市委书记", "副市长", "副主任", "主任", "主任委员", "长"]


@pytest.mark.parametrize(
    "text",
    [
        "副市长李明和市长助理王芳出席,市委书记张强讲话",
        "市长助理",  # the longest word wins over 市长
        "市长助",  # a longer word cut short: the shorter one
        "主任委员会",
        "市委书",  # a word cut short with no shorter word: no match at 市
        "今天天气很好",  # none at all
        "",
    ],
)
def test_a_prefix_tree_finds_what_the_alternation_finds(text):
    plain, tree = re.compile(alternation(TREE_WORDS)), re.compile(prefix_tree_alternation(TREE_WORDS))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        assert (m.span() if (m := tree.match(text, pos)) else None) == (m.span() if (m := plain.match(text, pos)) else None)
    # inside a longer pattern that backtracks into it, the same words in the same order
    follow = "(?:{})(?=助|委|李)"
    assert [m.span() for m in re.finditer(follow.format(prefix_tree_alternation(TREE_WORDS)), text)] == [
        m.span() for m in re.finditer(follow.format(alternation(TREE_WORDS)), text)
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙丁.", min_size=0, max_size=4), max_size=8), st.text(alphabet="甲乙丙丁.", max_size=30))
def test_a_prefix_tree_matches_as_the_alternation_for_any_words(words, text):
    plain, tree = re.compile(alternation(words)), re.compile(prefix_tree_alternation(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "words, minimal",
    [
        ((), []),
        (("起",), ["起"]),
        (("截止", "止", "为止"), ["止"]),  # each longer word holds 止
        (("停水", "停电", "停水"), ["停水", "停电"]),  # repeated words once
        (("前", "之前", "以前", "报名"), ["前", "报名"]),
        (("禁止", "止禁"), ["止禁", "禁止"]),  # neither holds the other
    ],
)
def test_minimal_words(words, minimal):
    assert minimal_words(words) == tuple(sorted(minimal))


# A word list (its first characters told), one opening on a lookbehind and a word (told), and one
# whose first characters cannot be told (``.``: always tried); each at every place of each text,
# where a match begins and where none can.
@pytest.mark.parametrize("pattern", [r"召开|举行|出席", r"(?<=[届次])会议|会", r".会"])
@pytest.mark.parametrize("text", ["市里召开会议并举行仪式", "第五次会议", "大会", "", "无关的一句话"])
def test_opening_gated_matches_as_the_pattern_does(pattern, text):
    compiled = re.compile(pattern)
    gated = OpeningGated(compiled)
    for pos in range(len(text) + 1):
        found, full = gated.match(text, pos), compiled.match(text, pos)
        assert (found and found.span()) == (full and full.span())


@pytest.mark.parametrize(("pattern", "widths"), [
    ("会议", (2, 2)),
    ("(?:常委)?会", (1, 3)),
    (r"\d{2,4}号", (3, 5)),
    (r"(?<=市)政府(?!网)", (2, 2)),  # look-arounds span nothing
    ("", (0, 0)),
    (r"会\s*议", (2, UNBOUNDED_WIDTH)),  # no most
    ("预警+", (2, UNBOUNDED_WIDTH)),
])
def test_match_widths_are_the_fewest_and_most_characters_a_match_spans(pattern, widths):
    assert match_widths(re.compile(pattern)) == widths
