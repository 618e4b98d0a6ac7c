"""jieba's part-of-speech tokenizer with its two dictionary tables loaded from one pickle, packed.

jieba rebuilds nothing it has cached, but what it caches is slow to read back: its prefix
dictionary (~500,000 entries) is a ``marshal`` file that takes ~0.9–1.5 s of CPU to load, and the
part-of-speech tokenizer re-parses ``dict.txt`` (349,000 lines) for its tag table on every start,
~0.5 s more. As dicts the two tables hold ~115 MB in every process that tags names: the first
``baoxun run`` and each worker of a backfill. Here they are packed (:class:`WordTable`, ~10 MB,
the same answers) and pickled in the cache folder, under a name that changes with jieba's
version and its dictionary file; they load in a few hundredths of a second.

The tokenizer is the one jieba would build (its default dictionary, ``jieba.dt``), with its tables
read-only: ``jieba.add_word`` and user dictionaries are not used here. A cache that cannot be read
or written only means jieba loads its own way (and its tables are packed after).
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import tempfile
import threading
import warnings
from pathlib import Path

from .word_table import WordTable

__all__ = ["pos_tokenizer", "tables_cache_path"]

# Loading is done under one lock: two threads of a run (a warm-up and the first batch, say) may
# both ask for the tagger. While one imports jieba.posseg, jieba's default dictionary points at an
# empty file; another thread initialising jieba then would build (and cache) empty tables.
_LOCK = threading.RLock()
_IMPORTED = False


def _jieba():
    if _IMPORTED:
        return sys.modules["jieba"]
    with _LOCK:
        return _import_jieba()


def _import_jieba():
    global _IMPORTED
    if _IMPORTED:  # another thread finished it while this one waited
        return sys.modules["jieba"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # jieba opens its data files through pkg_resources when that imports (~0.3 s, deprecated),
        # else by path, the same files: it is asked to use the path.
        hidden = "pkg_resources" not in sys.modules
        if hidden:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba
        finally:
            if hidden:
                del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    # Importing jieba.posseg builds a module-level tagger whose tag table is parsed from dict.txt's
    # 349,000 lines (~1 s): the table pos_tokenizer reads from its pickle. That import is pointed at
    # an empty dictionary, and the module's tagger is given the real table by pos_tokenizer.
    default = jieba.dt.dictionary
    with tempfile.NamedTemporaryFile(prefix="jieba-empty-", suffix=".txt") as empty:
        jieba.dt.dictionary = empty.name
        try:
            import jieba.posseg
        finally:
            jieba.dt.dictionary = default
    _IMPORTED = True
    return jieba


def _dictionary_path(jieba) -> Path:
    if jieba.dt.dictionary is not None:  # a caller chose another main dictionary
        return Path(jieba.dt.dictionary)
    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


_TABLES_GLOB = "jieba-*tables-*.pickle"


def tables_cache_path(folder: Path) -> Path:
    """Where the pickled tables for the installed jieba and its dictionary file live in ``folder``."""
    jieba = _jieba()
    dictionary = _dictionary_path(jieba)
    stat = dictionary.stat()
    return folder / f"jieba-{jieba.__version__}-packed-tables-{stat.st_size}-{stat.st_mtime_ns}.pickle"


def _read(path: Path):
    try:
        with open(path, "rb") as cached:
            freq, total, word_tags = pickle.load(cached)
    except FileNotFoundError:
        return None
    except Exception:  # truncated or foreign: rebuilt below
        return None
    if not _complete(freq, total, word_tags):
        return None
    return freq, total, word_tags


def _complete(freq, total, word_tags) -> bool:
    """Tables of a real dictionary: an empty one (total 0) makes every cut fail (log of 0)."""
    return (isinstance(freq, WordTable) and isinstance(total, int) and isinstance(word_tags, WordTable)
            and total > 0 and bool(freq) and bool(word_tags))


def _write(path: Path, freq: WordTable, total: int, word_tags: WordTable) -> None:
    if not _complete(freq, total, word_tags):
        return  # never keep tables that would break every later process
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".jieba-tables-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump((freq, total, word_tags), out, protocol=5)
        os.replace(temporary, path)  # two processes writing at once: the last complete file wins
    except OSError:
        return  # a read-only cache folder: jieba's own loading next time too
    for stale in path.parent.glob(_TABLES_GLOB):  # another jieba's, or an older format's (12 MB each)
        if stale != path:
            try:
                stale.unlink()
            except OSError:
                pass


def pos_tokenizer(folder: Path | None):
    """jieba's default part-of-speech tokenizer, its tables read from ``folder`` when cached there.

    ``folder`` None: no cache of ours (jieba still uses the system's temporary folder for its own).
    """
    with _LOCK:
        return _pos_tokenizer(folder)


def _pos_tokenizer(folder: Path | None):
    jieba = _jieba()
    tokenizer = jieba.dt
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tokenizer.tmp_dir = str(folder)  # jieba's own marshal cache too, never beside the code
        except OSError:
            tokenizer.tmp_dir = None  # the system's temporary folder, jieba's default
    cache = tables_cache_path(folder) if folder is not None else None
    tables = _read(cache) if cache is not None and not tokenizer.initialized else None
    if tables is not None:
        tokenizer.FREQ, tokenizer.total, word_tags = tables
        tokenizer.initialized = True
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = tokenizer
        tagger.word_tag_tab = word_tags
    else:
        tokenizer.initialize()
        tagger = jieba.posseg.POSTokenizer(tokenizer)
        if not isinstance(tokenizer.FREQ, WordTable):
            tokenizer.FREQ = WordTable(tokenizer.FREQ)
        tagger.word_tag_tab = WordTable(tagger.word_tag_tab)
        if cache is not None:
            _write(cache, tokenizer.FREQ, tokenizer.total, tagger.word_tag_tab)
    if jieba.posseg.dt.tokenizer is tokenizer:
        jieba.posseg.dt.word_tag_tab = tagger.word_tag_tab  # jieba.posseg.cut() tags as jieba would
    return tagger
