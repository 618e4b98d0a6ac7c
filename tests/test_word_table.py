"""WordTable answers lookups exactly as the dict it was packed from, and takes nothing new."""

from __future__ import annotations

import pickle

import pytest

from extractors.word_table import WordTable

COUNTS = {"会": 30, "会议": 12, "会议室": 0, "会场": 4, "议": 0, "议程": 7, "a": 1, "": 2, "𠀀字": 9}
TAGS = {"会议": "n", "召开": "v", "主持": "v", "城东区": "ns", "高山": "nr"}


@pytest.mark.parametrize("source", [COUNTS, TAGS])
@pytest.mark.parametrize("word", [*COUNTS, *TAGS, "会议厅", "会议室外", "召", "开", "议会", "b", "A", "主", "高山流水"])
def test_lookups_answer_as_the_dict(source, word):
    table = WordTable(source)
    assert (word in table) == (word in source)
    assert table.get(word) == source.get(word)
    assert table.get(word, "x") == source.get(word, "x")
    if word in source:
        assert table[word] == source[word]
    else:
        with pytest.raises(KeyError):
            table[word]


@pytest.mark.parametrize("key", [None, 3, ("会议",), b"\xe4\xbc\x9a"])
def test_keys_that_are_not_text_are_absent(key):
    table = WordTable(COUNTS)
    assert key not in table
    assert table.get(key, "none") == "none"


@pytest.mark.parametrize("source", [COUNTS, TAGS, {}])
def test_size_order_equality_and_pickling(source):
    table = WordTable(source)
    assert len(table) == len(source)
    assert list(table) == sorted(source)
    assert table == source and table == WordTable(source)
    assert pickle.loads(pickle.dumps(table, protocol=5)) == table
    assert table != {**source, "新词": 1}


def test_mixed_values_are_refused_and_nothing_can_be_added():
    with pytest.raises(TypeError):
        WordTable({"会议": 1, "召开": "v"})
    table = WordTable(COUNTS)
    with pytest.raises(TypeError):
        table["新词"] = 1  # type: ignore[index]
