"""OffsetMap: an article's body offsets kept as runs, read exactly like the tuple of ints it replaces;
and the end-anchored search the segmenter uses to skip paragraphs no byline or credit can end."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lang import zh_layout as L
from extractors.records import Article, OffsetMap
from extractors.segment import _EndAnchored, _last_characters, _needed_texts, segment

# Offsets as a body has them: increasing, in runs (a paragraph), with gaps (a line break, "**").
increasing_offsets = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), max_size=12).map(
    lambda steps: [o for o in _walk(steps)]
)


def _walk(steps):
    position = 0
    for gap, length in steps:
        position += gap
        yield from range(position, position + length)
        position += length


any_offsets = st.lists(st.integers(0, 40), max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.one_of(increasing_offsets, any_offsets), st.data())
def test_an_offset_map_reads_like_the_tuple_it_replaces(offsets, data):
    as_tuple = tuple(offsets)
    mapped = OffsetMap.from_offsets(offsets)
    assert len(mapped) == len(as_tuple)
    assert tuple(mapped) == as_tuple and list(mapped) == list(as_tuple)
    assert mapped == as_tuple and mapped == list(as_tuple)
    assert bool(mapped) == bool(as_tuple)
    for index in range(-len(as_tuple), len(as_tuple)):
        assert mapped[index] == as_tuple[index]
    for index in (len(as_tuple), -len(as_tuple) - 1):
        with pytest.raises(IndexError):
            mapped[index]
    start = data.draw(st.one_of(st.none(), st.integers(-35, 35)))
    stop = data.draw(st.one_of(st.none(), st.integers(-35, 35)))
    step = data.draw(st.sampled_from([None, 1, 2, -1]))
    part = mapped[start:stop:step]
    assert isinstance(part, OffsetMap)
    assert tuple(part) == as_tuple[start:stop:step]
    for value in range(-1, 45):
        assert (value in mapped) == (value in as_tuple)
    assert pickle.loads(pickle.dumps(mapped)) == mapped
    assert OffsetMap(mapped.runs()) == mapped


@pytest.mark.parametrize(
    ("runs", "offsets", "stored_runs"),
    [
        ([], (), []),
        ([(5, 3)], (5, 6, 7), [(5, 3)]),
        ([(5, 3), (8, 2)], (5, 6, 7, 8, 9), [(5, 5)]),  # touching runs are one
        ([(5, 3), (9, 2)], (5, 6, 7, 9, 10), [(5, 3), (9, 2)]),  # a gap ("**") starts a new run
        ([(5, 0), (9, 2)], (9, 10), [(9, 2)]),  # an empty run is nothing
        ([(9, 2), (3, 1)], (9, 10, 3), [(9, 2), (3, 1)]),
    ],
)
def test_runs_are_merged_where_they_touch(runs, offsets, stored_runs):
    mapped = OffsetMap(runs)
    assert tuple(mapped) == offsets
    assert mapped.runs() == stored_runs
    assert OffsetMap.from_offsets(offsets).runs() == stored_runs
    assert (OffsetMap(runs[:1]) + OffsetMap(runs[1:])) == mapped


def test_a_paragraph_costs_a_run_not_a_character():
    text = "\n".join(f"第{n}段" + "字" * 300 + "。" for n in range(200))
    (article,) = segment(text)
    assert len(article.body_offsets) == len(article.body) > 60_000
    assert len(article.body_offsets.runs()) == 1  # each paragraph's line break joins it to the next
    indented = "\n".join("\u3000\u3000" + f"第{n}段" + "字" * 300 + "。" for n in range(200))
    (article,) = segment(indented)
    assert len(article.body_offsets.runs()) == 200  # a paragraph and its line break, the next after the indent
    assert all(indented[o] == c for o, c in zip(article.body_offsets, article.body) if c != "\n")


def test_an_article_given_a_tuple_of_offsets_keeps_an_offset_map():
    article = Article(seq=0, kind="article", title=None, subtitle=None, section=None, byline=None,
                      body="一二\n三", char_start=3, char_end=8, body_offsets=(3, 4, 5, 7))
    assert isinstance(article.body_offsets, OffsetMap)
    assert article.body_offsets.runs() == [(3, 3), (7, 1)]
    assert article.issue_span(1, 4) == (4, 8)


# --- end-anchored patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "last"),
    [
        (r"abc$", {"c"}),
        (r"a(?:b|cd)$", {"b", "d"}),
        (r"ab[。.]?$", {"b", "。", "."}),
        (r"(?<=x)\s*[)）]$", {")", "）"}),
        (r"(?:x$|yz$)", {"x", "z"}),
        (r"[一-龥]{2,4}(?:\s+[一-龥]{2})*$", None),  # ranges only: checked below
        (r"ab\s*$", None),  # a category may end it
        (r"ab", None),  # not anchored at the end
        (r"a$|b", None),  # one branch is not anchored
        (r"x*$", None),  # may match nothing
        (r"[^a]$", None),  # a negated set
        (r"(?i)ab$", None),
        (r"(?m)ab$", None),
    ],
)
def test_the_characters_that_may_end_a_match_are_read_from_the_pattern(pattern, last):
    found = _last_characters(re.compile(pattern))
    if pattern.startswith("[一-龥]"):
        assert found == (set(), ((ord("一"), ord("龥")),))
    elif last is None:
        assert found is None
    else:
        assert found is not None and found[0] == last and found[1] == ()


LAYOUT_PATTERNS = [L.TRAILING_JUMP, L.TRAILING_PAREN_BYLINE, L.TRAILING_ROLE_BYLINE, L.TRAILING_CREDIT,
                   L.CLASSIFIED_ITEM, L.SIGNATURE_DATE]
PIECES = ["。", "(张波)", "(下转第2版)", "记者 王勇", "刘堂摄", "某某供图", "遗失", "声明作废。", "2023年12月1日",
          "二〇二三年十二月一日", " ", "\u3000", "\n", "）", "】", "字", "a", "1", "(", "摄影"]


@pytest.mark.parametrize("pattern", LAYOUT_PATTERNS, ids=lambda p: p.pattern[:30])
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_an_end_anchored_search_finds_what_the_pattern_finds(pattern, text):
    fast = _EndAnchored(pattern).search(text)
    slow = pattern.search(text)
    assert (fast and (fast.span(), fast.groupdict())) == (slow and (slow.span(), slow.groupdict()))


@pytest.mark.parametrize(
    "pattern, needed",
    [
        (r"ab$", (("ab",),)),
        (r"\s*[(（]x[)）]$", (("(", "（"), ("x",), (")", "）"))),
        (r"(?:记者|通讯员)\s+\w+$", (("记者", "通讯员"),)),
        (r"(?:甲乙|丙)+丁$", (("甲乙", "丙"), ("丁",))),
        (r"(?P<g>遗失).{0,9}声明$", (("遗失",), ("声明",))),
        (r"(?:19|20)\d\d年$|[〇一]{4}年$", (("19", "20", "年"),)),
        # nothing every match must hold
        (r"(?:本报)?\s*$", ()),
        (r"(?:记者|\s)x?$", ()),  # one branch holds no literal
        (r"[^a]b?$", ()),  # a negated set
        (r"[a-z]$", ()),  # a range: not read
        (r"(?=ab)\w+$", ()),  # what a lookahead reads is not consumed
        (r"(?i)ab$", ()),
    ],
)
def test_the_texts_every_match_holds_are_read_from_the_pattern(pattern, needed):
    assert _needed_texts(re.compile(pattern)) == needed


@pytest.mark.parametrize("pattern", LAYOUT_PATTERNS, ids=lambda p: p.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_every_match_holds_a_needed_text_of_each_set(pattern, text):
    match = pattern.search(text)
    if match is not None:
        for texts in _needed_texts(pattern):
            assert any(t in match.group() for t in texts), (texts, match.group())


class _CountingPattern:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.compiled, self.pattern, self.flags, self.searches = pattern, pattern.pattern, pattern.flags, 0

    def search(self, text):
        self.searches += 1
        return self.compiled.search(text)


@pytest.mark.parametrize(
    "text, searched, found",
    [
        ("他说了很多话。记者 张三", True, True),
        ("他说了很多话。张三", False, False),  # ends like a byline, holds no role word
        ("记者节到了。张三", True, False),  # holds one: searched, and no match
        ("他说了很多话。", False, False),  # "。" ends no byline
    ],
)
def test_a_paragraph_without_a_needed_text_is_not_searched(text, searched, found):
    counting = _CountingPattern(L.TRAILING_ROLE_BYLINE)
    assert (_EndAnchored(counting).search(text) is not None) == found
    assert counting.searches == int(searched)


def test_the_layout_patterns_are_read_so_most_paragraphs_skip_the_search():
    for pattern in LAYOUT_PATTERNS:
        anchored = _EndAnchored(pattern)
        assert not anchored.could_end("，") and not anchored.could_end("a"), pattern.pattern
        if pattern is not L.CLASSIFIED_ITEM:  # "…声明作废。"
            assert not anchored.could_end("。"), pattern.pattern


# A map of one run (a paragraph, a line of a body) takes short cuts: slicing it makes a run, its
# runs are read without pairing starts. They must read as the general path reads the same offsets.
@pytest.mark.parametrize("origin, length", [(0, 1), (7, 1), (0, 5), (120, 40), (3, 0), (3, -2)])
@pytest.mark.parametrize("cut", [slice(None), slice(0, 1), slice(1, None), slice(2, 4), slice(-3, -1),
                                 slice(4, 2), slice(0, 100), slice(None, None, 2), slice(-100, 3)])
def test_a_single_run_reads_as_its_offsets_do(origin, length, cut):
    offsets = tuple(range(origin, origin + max(length, 0)))
    single = OffsetMap.run(origin, length)
    general = OffsetMap.from_offsets(list(offsets))
    assert single == general and single.runs() == general.runs() == ([(origin, length)] if length > 0 else [])
    part = single[cut]
    assert isinstance(part, OffsetMap)
    assert tuple(part) == offsets[cut] and part == general[cut] and part.runs() == general[cut].runs()
    assert pickle.loads(pickle.dumps(part)) == part
    if len(part) and cut.step is None:
        assert part[0] == offsets[cut][0] and part[-1] == offsets[cut][-1]
    other = OffsetMap.run(origin + 1000, 3)
    assert tuple(single) == offsets and tuple(other) == (origin + 1000, origin + 1001, origin + 1002)  # nothing shared


@pytest.mark.parametrize("offsets", [
    OffsetMap(),
    OffsetMap.run(7, 3),
    OffsetMap.run(7, 0),
    OffsetMap([(5, 2), (9, 4)]),
    OffsetMap([(5, 0), (9, 4)]),  # an empty first run
    OffsetMap.from_offsets([12, 3, 4, 5]),
    OffsetMap([(5, 2), (9, 4)])[3:],  # a slice past the first run
    OffsetMap([(5, 2), (9, 4)])[2:2],
    OffsetMap.run(1, 2) + OffsetMap.run(8, 1),
    pickle.loads(pickle.dumps(OffsetMap([(5, 2), (9, 4)]))),
])
def test_first_is_the_first_offset_or_none(offsets):
    assert offsets.first == (offsets[0] if len(offsets) else None)


@pytest.mark.parametrize(("body", "offsets", "char_end", "expected"), [
    ("第一段", OffsetMap.run(12, 3), 15, 12),  # the body's first character in the issue
    ("甲\n乙", OffsetMap([(20, 2), (30, 1)]), 31, 20),
    ("", OffsetMap(), 9, 9),  # headlines only: the article's end
])
def test_an_articles_body_begins_at_its_first_offset_or_else_at_its_end(body, offsets, char_end, expected):
    article = Article(seq=0, kind="article", title="标题", subtitle=None, section=None, byline=None,
                      body=body, char_start=0, char_end=char_end, body_offsets=offsets)
    assert article.body_char_start == expected
