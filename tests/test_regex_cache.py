"""Compiled patterns kept in the cache folder: read back, they match exactly as ``re.compile``'s, and
a missing, damaged or unwritable cache only means compiling as usual."""

from __future__ import annotations

import itertools
import re

import pytest

from extractors import regex_cache
from extractors.patterns import alternation

PATTERNS = [
    r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号])?",
    r"(?<![\u4e00-\u9fff])[上下本]周[一二三四五六日天]",
    r"(?i)(?:next|last)\s+(friday|monday)",
    r"(?:春节|国庆节|元旦)(?:期间|长假)?(?!前)",
    r"[一二三四五六七八九十两〇零]{1,3}(?:点|时)(?:半|一刻|(\d{1,2})分)?",
    r"(?!)",
]

TEXTS = [
    "会议定于2024年3月15日上午召开,下周三复会。",
    "春节期间每日9时至17时开放;国庆节前一天不办公。",
    "Next Friday at 十点半, last monday 两点一刻。",
    "二〇二四年十二月 no date here 1999年12月31日",
]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _same(cached: list[re.Pattern], patterns: list[str]) -> None:
    for got, source in zip(cached, patterns, strict=True):
        expected = re.compile(source)
        assert got.pattern == expected.pattern
        assert got.flags == expected.flags
        assert got.groupindex == expected.groupindex and got.groups == expected.groups
        for text in TEXTS:
            assert _matches(got, text) == _matches(expected, text)


def test_written_then_read_back_they_match_as_re_compile(tmp_path, monkeypatch):
    first = regex_cache.compile_many("test", PATTERNS, tmp_path)
    _same(first, PATTERNS)
    assert len(list(tmp_path.glob("regex-test-*.pickle"))) == 1

    def no_compiling(pattern):
        raise AssertionError("the cached programs should have been used")

    monkeypatch.setattr(regex_cache, "_program", no_compiling)
    _same(regex_cache.compile_many("test", PATTERNS, tmp_path), PATTERNS)


@pytest.mark.parametrize("damage", [b"not a pickle", b"", b"\x80\x05N."])
def test_a_damaged_cache_is_compiled_again_and_rewritten(tmp_path, damage):
    regex_cache.compile_many("test", PATTERNS, tmp_path)
    (cache,) = tmp_path.glob("regex-test-*.pickle")
    cache.write_bytes(damage)
    _same(regex_cache.compile_many("test", PATTERNS, tmp_path), PATTERNS)
    assert cache.read_bytes() != damage


def test_a_program_for_another_pattern_is_never_used(tmp_path, monkeypatch):
    """A file holding other patterns' programs (a hash collision, a file copied over) is refused."""
    regex_cache.compile_many("test", PATTERNS, tmp_path)
    (cache,) = tmp_path.glob("regex-test-*.pickle")
    other = [p + "x" for p in PATTERNS]
    monkeypatch.setattr(regex_cache, "_cache_file", lambda folder, name, patterns, engine: cache)
    _same(regex_cache.compile_many("test", other, tmp_path), other)


def test_a_changed_grammar_replaces_the_old_file(tmp_path):
    regex_cache.compile_many("test", PATTERNS, tmp_path)
    regex_cache.compile_many("test", PATTERNS[:-1], tmp_path)
    regex_cache.compile_many("other", PATTERNS, tmp_path)
    assert len(list(tmp_path.glob("regex-test-*.pickle"))) == 1
    assert len(list(tmp_path.glob("regex-other-*.pickle"))) == 1


def test_no_folder_or_an_unwritable_one_still_compiles(tmp_path):
    _same(regex_cache.compile_many("test", PATTERNS, None), PATTERNS)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _same(regex_cache.compile_many("test", PATTERNS, blocker / "regex"), PATTERNS)


@pytest.mark.parametrize("words", [["周一", "星期一", "礼拜一", "周末", "上周"], ["a", "bb", "ab", "ba", "ccc"]])
def test_an_alternation_reads_the_same_whatever_the_order_of_its_words(words):
    """Cached patterns are found by their text: it must not depend on a set's order."""
    spelled = {alternation(order) for order in itertools.permutations(words)}
    assert len(spelled) == 1
    (pattern,) = spelled
    lengths = [len(w) for w in pattern.split("|")]
    assert lengths == sorted(lengths, reverse=True)  # the longest word still wins


class _Counter:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_derived_table_is_computed_once_for_its_source(tmp_path):
    table = _Counter({"一": ("月日", False), "1": ("0123", True)})
    assert regex_cache.derived("t", "grammar v1", table, tmp_path) == table.value
    assert regex_cache.derived("t", "grammar v1", table, tmp_path) == table.value
    assert table.calls == 1


def test_a_changed_source_computes_again_and_replaces_the_file(tmp_path):
    old, new = _Counter(["old"]), _Counter(["new"])
    regex_cache.derived("t", "grammar v1", old, tmp_path)
    assert regex_cache.derived("t", "grammar v2", new, tmp_path) == ["new"]
    assert new.calls == 1 and len(list(tmp_path.glob("derived-t-*.pickle"))) == 1


@pytest.mark.parametrize("damage", [b"not a pickle", b"", b"\x80\x05N."])
def test_a_damaged_derived_table_is_computed_again(tmp_path, damage):
    table = _Counter([1, 2, 3])
    regex_cache.derived("t", "grammar", table, tmp_path)
    (cache,) = tmp_path.glob("derived-t-*.pickle")
    cache.write_bytes(damage)
    assert regex_cache.derived("t", "grammar", table, tmp_path) == [1, 2, 3]
    assert table.calls == 2


def test_a_derived_table_without_a_usable_folder_is_still_computed(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    table = _Counter({"k": 1})
    assert regex_cache.derived("t", "g", table, None) == {"k": 1}
    assert regex_cache.derived("t", "g", table, blocker / "regex") == {"k": 1}
    assert table.calls == 2
