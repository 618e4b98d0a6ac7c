"""jieba's tables kept pickled in the cache folder: the same tokenizer as jieba's own, and a cache
that is missing, damaged or unwritable never breaks tagging."""

from __future__ import annotations

import pickle

import pytest

from extractors import jieba_tables
from extractors.word_table import WordTable

SENTENCES = [
    "区人大常委会主任柯望川主持会议并讲话",
    "联系人：庞晓岚，电话见文末",
    "本周六上午九时在新区会展中心举行",
]


@pytest.fixture
def fresh_jieba(monkeypatch):
    """jieba's default tokenizer as a new process sees it: not yet initialised (restored after)."""
    jieba = jieba_tables._jieba()
    jieba.dt.initialize()
    reference = jieba.posseg.POSTokenizer(jieba.dt)
    monkeypatch.setattr(jieba.dt, "initialized", False)
    monkeypatch.setattr(jieba.dt, "FREQ", {})
    monkeypatch.setattr(jieba.dt, "total", 0)
    monkeypatch.setattr(jieba.dt, "tmp_dir", jieba.dt.tmp_dir)  # pos_tokenizer points it at tmp_path
    return jieba, reference


def _tags(tagger, text):
    return [(w.word, w.flag) for w in tagger.cut(text)]


def test_first_use_writes_the_tables_and_tags_as_jieba(tmp_path, fresh_jieba):
    jieba, reference = fresh_jieba
    tagger = jieba_tables.pos_tokenizer(tmp_path)
    cache = jieba_tables.tables_cache_path(tmp_path)
    assert cache.exists()
    freq, total, word_tags = pickle.loads(cache.read_bytes())
    assert freq == jieba.dt.FREQ and total == jieba.dt.total
    assert word_tags == reference.word_tag_tab
    assert [_tags(tagger, s) for s in SENTENCES] == [_tags(reference, s) for s in SENTENCES]


def test_a_later_process_reads_the_pickle_instead_of_the_dictionary(tmp_path, fresh_jieba, monkeypatch):
    jieba, reference = fresh_jieba
    jieba_tables.pos_tokenizer(tmp_path)  # writes the cache
    monkeypatch.setattr(jieba.dt, "initialized", False)
    monkeypatch.setattr(jieba.dt, "FREQ", {})

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the cached tables should have been used")

    monkeypatch.setattr(jieba.dt, "initialize", no_rebuild)
    monkeypatch.setattr(jieba.posseg.POSTokenizer, "load_word_tag", no_rebuild)
    tagger = jieba_tables.pos_tokenizer(tmp_path)
    assert jieba.dt.initialized
    assert [_tags(tagger, s) for s in SENTENCES] == [_tags(reference, s) for s in SENTENCES]


@pytest.mark.parametrize("damage", [
    b"not a pickle",
    pickle.dumps(("freq", 1, {})),
    pickle.dumps((WordTable({}), 0, WordTable({"会议": "n"}))),  # an empty dictionary: every cut would fail
    pickle.dumps((WordTable({"会议": 5}), 0, WordTable({"会议": "n"}))),
    pickle.dumps(({"会议": 5}, 5, {"会议": "n"})),  # unpacked dicts, as an older cache held
])
def test_a_damaged_cache_is_rebuilt(tmp_path, fresh_jieba, damage):
    jieba, reference = fresh_jieba
    cache = jieba_tables.tables_cache_path(tmp_path)
    cache.write_bytes(damage)
    tagger = jieba_tables.pos_tokenizer(tmp_path)
    assert [_tags(tagger, s) for s in SENTENCES] == [_tags(reference, s) for s in SENTENCES]
    freq, _, _ = pickle.loads(cache.read_bytes())
    assert freq == jieba.dt.FREQ


def test_no_cache_folder_or_an_unwritable_one_still_tags(tmp_path, fresh_jieba):
    jieba, reference = fresh_jieba
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tagger = jieba_tables.pos_tokenizer(blocker / "jieba")  # cannot be created
    assert [_tags(tagger, s) for s in SENTENCES] == [_tags(reference, s) for s in SENTENCES]
    tagger = jieba_tables.pos_tokenizer(None)
    assert [_tags(tagger, s) for s in SENTENCES] == [_tags(reference, s) for s in SENTENCES]


def test_the_cache_name_follows_jieba_and_its_dictionary(tmp_path):
    jieba = jieba_tables._jieba()
    name = jieba_tables.tables_cache_path(tmp_path).name
    assert jieba.__version__ in name
    assert str((jieba_tables._dictionary_path(jieba)).stat().st_size) in name


def test_a_new_process_parses_no_dictionary_on_import_and_jiebas_own_cut_still_tags(tmp_path):
    """Importing jieba.posseg parses dict.txt for a module-level tagger (~1 s); jieba_tables points
    that import at an empty dictionary and hands the module's tagger the real table afterwards."""
    import subprocess
    import sys

    code = f"""
import json, sys
from pathlib import Path
from extractors import jieba_tables
from extractors.word_table import WordTable
jieba = jieba_tables._jieba()
after_import = len(jieba.posseg.dt.word_tag_tab)
default_restored = jieba.dt.dictionary is None
tagger = jieba_tables.pos_tokenizer(Path({str(tmp_path)!r}))
sentences = {SENTENCES!r}
print(json.dumps({{
    "after_import": after_import,
    "default_restored": default_restored,
    "module_table": len(jieba.posseg.dt.word_tag_tab),
    "module_cut": [[[w.word, w.flag] for w in jieba.posseg.cut(s)] for s in sentences],
    "tagger_cut": [[[w.word, w.flag] for w in tagger.cut(s)] for s in sentences],
    "pkg_resources_left_importable": "pkg_resources" not in sys.modules or sys.modules["pkg_resources"] is not None,
}}))
"""
    import json

    for _ in range(2):  # the first process writes the cache, the second reads it
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=jieba_tables.__file__.rsplit("/extractors/", 1)[0])
        seen = json.loads(out.stdout)
        assert seen["after_import"] == 0
        assert seen["default_restored"]
        assert seen["pkg_resources_left_importable"]
        jieba = jieba_tables._jieba()
        reference = jieba.posseg.POSTokenizer(jieba.dt)
        assert seen["module_table"] == len(reference.word_tag_tab)
        expected = [[[w.word, w.flag] for w in reference.cut(s)] for s in SENTENCES]
        assert seen["module_cut"] == expected
        assert seen["tagger_cut"] == expected


def test_empty_tables_are_never_written(tmp_path):
    path = tmp_path / "tables.pickle"
    jieba_tables._write(path, WordTable({}), 0, WordTable({"会议": "n"}))
    assert not path.exists()
    jieba_tables._write(path, {"会议": 5}, 5, {"会议": "n"})  # unpacked: not what a reader accepts
    assert not path.exists()
    jieba_tables._write(path, WordTable({"会议": 5}), 5, WordTable({"会议": "n"}))
    assert path.exists()


def test_writing_the_tables_removes_other_versions_of_them(tmp_path):
    older = tmp_path / "jieba-0.42.1-tables-5071852-1.pickle"  # the unpacked tables of an older baoxun
    other = tmp_path / "jieba-0.41-packed-tables-5071852-2.pickle"
    kept = tmp_path / "jieba.cache"  # jieba's own
    for path in (older, other, kept):
        path.write_bytes(b"x")
    path = tmp_path / "jieba-0.42.1-packed-tables-5071852-3.pickle"
    jieba_tables._write(path, WordTable({"会议": 5}), 5, WordTable({"会议": "n"}))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, kept.name])


def test_tables_are_packed_in_the_process_and_in_the_cache(tmp_path, fresh_jieba):
    """Packed, jieba's two tables take ~10 MB instead of ~115 MB in each process that tags names."""
    jieba, _ = fresh_jieba
    tagger = jieba_tables.pos_tokenizer(tmp_path)
    assert isinstance(jieba.dt.FREQ, WordTable) and isinstance(tagger.word_tag_tab, WordTable)
    assert isinstance(jieba.posseg.dt.word_tag_tab, WordTable)
    freq, _, word_tags = pickle.loads(jieba_tables.tables_cache_path(tmp_path).read_bytes())
    assert isinstance(freq, WordTable) and isinstance(word_tags, WordTable)


def test_two_threads_asking_at_once_both_get_jiebas_tables(tmp_path):
    """A run's warm-up and its first batch may ask for the tagger together. While one thread imports
    jieba.posseg, jieba's dictionary points at an empty file: the other must wait, not build (and
    cache) tables from it. The import is held open here until the second thread has asked."""
    import json
    import subprocess
    import sys

    code = f"""
import importlib.abc, json, sys, threading, time
from pathlib import Path
from extractors import jieba_tables
from extractors.word_table import WordTable

asked = threading.Event()

class HoldPossegImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "jieba.posseg" and threading.current_thread().name == "first":
            started.set()
            asked.wait(5)
            time.sleep(0.3)  # the second thread is inside pos_tokenizer now (or waiting for it)
        return None

started = threading.Event()
sys.meta_path.insert(0, HoldPossegImport())
folder = Path({str(tmp_path)!r})
taggers = {{}}

def ask(name):
    taggers[name] = jieba_tables.pos_tokenizer(folder)

first = threading.Thread(target=ask, args=("first",), name="first")
first.start()
started.wait(5)
second = threading.Thread(target=ask, args=("second",), name="second")
second.start()
asked.set()
first.join(); second.join()
jieba = sys.modules["jieba"]
print(json.dumps({{
    "totals": [taggers[n].tokenizer.total for n in ("first", "second")],
    "dictionary_restored": jieba.dt.dictionary is None,
    "cut": [[w.word, w.flag] for w in taggers["second"].cut({SENTENCES[0]!r})],
}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=jieba_tables.__file__.rsplit("/extractors/", 1)[0], timeout=120)
    seen = json.loads(out.stdout)
    assert all(total > 0 for total in seen["totals"])
    assert seen["dictionary_restored"]
    assert len(seen["cut"]) > 3
    (cache,) = tmp_path.glob("jieba-*-tables-*.pickle")
    freq, total, word_tags = pickle.loads(cache.read_bytes())
    assert total > 0 and freq and word_tags
