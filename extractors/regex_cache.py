"""Compiled regular expressions kept between processes, for the grammars that take long to compile.

Python compiles a pattern in pure Python (parse, optimise, emit the matcher's program), and the date
grammar's 66 large patterns (CJK character classes, long alternations) take ~1 s of CPU to compile
in every process that reads a date: the first ``baoxun run``, each ``baoxun dates``, every
extraction worker. The program ``re`` emits is a list of integers; it is kept pickled in the cache
folder and handed back to the regex engine, which is what ``re.compile`` does with it after
compiling (``re._compiler.compile``).

That hand-over uses CPython's internals (``re._parser``, ``re._compiler``, ``_sre.compile``). The
file's name carries the Python build and the engine's version (``_sre.MAGIC``), so another Python
never reads it, and anything unexpected (no such internals, a damaged file, a program the engine
refuses, a pattern that does not read back the same) means compiling as usual.

:func:`derived` keeps tables read off a grammar the same way (the date scan's characters to try
and the characters that may follow each), keyed by the grammar and the code that reads it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")

__all__ = ["compile_many", "derived"]


def _engine_key() -> str:
    try:
        import _sre

        return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        return ""


def _program(pattern: str) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (flags 0)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _from_program(pattern: str, program: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _cache_file(folder: Path, name: str, patterns: Sequence[str], engine: str) -> Path:
    digest = hashlib.sha256("\0".join([engine, *patterns]).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return folder / f"regex-{name}-{digest}.pickle"


def _read(path: Path, patterns: Sequence[str]) -> list[re.Pattern] | None:
    try:
        with open(path, "rb") as cached:
            stored = pickle.load(cached)
        if not isinstance(stored, list) or [pattern for pattern, _ in stored] != list(patterns):
            return None  # another grammar's programs: never used for these patterns
        return [_from_program(pattern, program) for pattern, program in stored]
    except Exception:  # noqa: BLE001 - missing, damaged or refused: compiled as usual
        return None


def _write(path: Path, payload: object, family: str) -> None:
    """``payload`` pickled to ``path`` (named ``{family}-<digest>.pickle``), replacing the family's
    files for earlier grammars."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{family}-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(payload, out, protocol=5)
        os.replace(temporary, path)  # two processes writing at once: the last complete file wins
        for old in path.parent.glob(f"{family}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an earlier grammar's
    except OSError:
        pass  # a read-only cache folder: built again next time


def compile_many(name: str, patterns: Sequence[str], folder: Path | None) -> list[re.Pattern]:
    """``[re.compile(p) for p in patterns]``, the programs read from (or written to) ``folder``.

    ``name`` tells groups apart in the folder; ``folder`` None compiles without a cache.
    """
    engine = _engine_key() if folder is not None else ""
    if not engine:
        return [re.compile(pattern) for pattern in patterns]
    path = _cache_file(folder, name, patterns, engine)
    compiled = _read(path, patterns)
    if compiled is not None:
        return compiled
    try:
        programs = [_program(pattern) for pattern in patterns]
        compiled = [_from_program(pattern, program) for pattern, program in zip(patterns, programs)]
    except Exception:  # noqa: BLE001 - internals not as expected: re's own way, uncached
        return [re.compile(pattern) for pattern in patterns]
    _write(path, list(zip(patterns, programs)), f"regex-{name}")
    return compiled


def derived(name: str, source: str, compute: Callable[[], T], folder: Path | None) -> T:
    """``compute()``, kept pickled in ``folder`` for as long as ``source`` (the text it is derived
    from: a grammar, and the code that reads it) stays the same. For tables read off patterns
    (which characters a token can start with) that cost a noticeable part of a second to build.
    ``compute`` must return builtins only (tuples, dicts, sets, strings, numbers)."""
    if folder is None:
        return compute()
    digest = hashlib.sha256(f"{sys.version}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"derived-{name}-{digest[:20]}.pickle"
    try:
        with open(path, "rb") as cached:
            stored_digest, value = pickle.load(cached)
        if stored_digest == digest:
            return value
    except Exception:  # noqa: BLE001 - missing or damaged: computed again
        pass
    value = compute()
    _write(path, (digest, value), f"derived-{name}")
    return value
