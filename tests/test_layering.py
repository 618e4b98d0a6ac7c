"""How the extractors are layered: language data apart from the engines that apply it, and no
import cycle between modules.

Engines assemble their patterns from named vocabulary in ``extractors/lang/``; a Chinese word or
mark written inline in an engine is language data in the wrong place. Comments and docstrings may
quote Chinese (they explain what a rule reads); code may not.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extractors"

# Every extractor module holds no language data: its Chinese lives in extractors/lang/. records.py
# is the one exception: it quotes Chinese examples in its column comments, which are documentation.
DOCUMENTS_IN_CHINESE = {"extractors/records.py"}
ENGINE_MODULES = tuple(
    sorted(str(p.relative_to(ROOT)) for p in PACKAGE.glob("*.py") if str(p.relative_to(ROOT)) not in DOCUMENTS_IN_CHINESE)
) + ("flows/calendar.py",)

# Ideographs, CJK punctuation, kana and bopomofo, full-width forms.
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002ffff]"
)


def _docstring_lines(source: str) -> set[int]:
    """The lines of every module, class and function docstring."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                lines.update(range(first.lineno, first.end_lineno + 1))
    return lines


def cjk_in_code(source: str) -> list[tuple[int, str]]:
    """(line, token) of every token outside comments and docstrings that holds a CJK character."""
    docstrings = _docstring_lines(source)
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT or token.start[0] in docstrings:
            continue
        if _CJK.search(token.string):
            found.append((token.start[0], token.string))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('x = "会议"\n', [(1, '"会议"')]),
        ('x = rf"[,，]{y}"\n', [(1, 'rf"[,，]{y}"')]),  # a full-width comma is a Chinese mark
        ('"""模块说明"""\nx = 1  # 注释\n', []),
        ('def f():\n    """读会议。"""\n    return "a"\n', []),
        ('x = "\\u4e00-\\u9fff"\n', []),  # an escape names a range; it writes no character
        ('x = "caf\u00e9 \u2014 \u00b7"\n', []),  # Latin, dashes and the middle dot are not CJK
    ],
)
def test_the_check_finds_chinese_only_in_code(source, expected):
    assert cjk_in_code(source) == expected


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_modules_hold_no_chinese(module):
    found = cjk_in_code((ROOT / module).read_text(encoding="utf-8"))
    assert not found, f"{module}: language data belongs in extractors/lang/: {found[:5]}"


# --- import cycles --------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.Module):
    """Every import statement that runs, at import time or later: a lazy import inside a function
    still ties two modules together (only ``if TYPE_CHECKING:`` imports never run)."""
    type_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and _is_type_checking(node) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in type_only:
            yield node


def import_graph() -> dict[str, set[str]]:
    """Module -> the extractors modules it imports."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = package.split(".")
                base = base[: len(base) - node.level + 1] if node.level else []
                module = ".".join([*base, *([node.module] if node.module else [])])
                # "from . import records" imports the module records; "from .x import y" imports x
                targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in files else module for a in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_check_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_extractors_import_one_another_without_a_cycle():
    graph = import_graph()
    assert "extractors.records" in graph["extractors.registry"]  # the graph is read at all
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


@pytest.mark.parametrize("module", ["extractors.registry", "extractors.records", "extractors.event_types"])
def test_each_module_imports_on_its_own(module):
    """In a fresh interpreter, importing either side first declares the built-in types."""
    code = f"import {module}; from extractors.registry import event_tables; print(len(event_tables()))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 5
