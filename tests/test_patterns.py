"""Helpers that turn language data into patterns: the characters a match can begin with, and a
search that skips to them, which must find exactly what ``pattern.search`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.patterns import StartGated, first_characters

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


ALPHABET = "会议大座谈届次（扩大）隆重正式召开举行了研约场室一二三号第0123 ，。\n天气"


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(SHAPES + UNTOLD),
    text=st.text(alphabet=ALPHABET, max_size=60),
    pos=st.integers(min_value=0, max_value=70),
    endpos=st.one_of(st.none(), st.integers(min_value=0, max_value=70)),
)
def test_the_gated_search_finds_what_search_finds(pattern, text, pos, endpos):
    compiled = re.compile(pattern)
    gated = StartGated(compiled)
    expected = compiled.search(text, pos) if endpos is None else compiled.search(text, pos, endpos)
    found = gated.search(text, pos, endpos)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.span(), found.groups()) == (expected.span(), expected.groups())
