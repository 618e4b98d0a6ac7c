"""``extractor_version`` changes exactly when extraction output may change: a rule, a word list in
``lang/``, or the version of a library whose output the rules use."""

from __future__ import annotations

import ast
import shutil
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from extractors import registry
from extractors.registry import OUTPUT_LIBRARIES, extractor_version, rules_fingerprint

EXTRACTORS = Path(registry.__file__).resolve().parent
LIBRARIES = {"jieba": "0.42.1", "phonenumbers": "9.0.43", "dateparser": "1.5.0", "lxml": "6.1.3"}


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the extractors package to edit."""
    copy = tmp_path / "extractors"
    shutil.copytree(EXTRACTORS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "changes_version"),
    [
        # rules and language data
        (lambda root, libs: _append(root / "phones.py", "\n# a comment is code too\n"), True),
        (lambda root, libs: _append(root / "lang" / "zh_notices.py", "\nEXTRA_WORD = '某某'\n"), True),
        (lambda root, libs: (root / "lang" / "zh_new_type.py").write_text("WORDS = ()\n"), True),
        (lambda root, libs: (root / "phones.py").rename(root / "phone_numbers.py"), True),
        # libraries whose output the rules use
        (lambda root, libs: libs.update(jieba="0.42.2"), True),
        (lambda root, libs: libs.update(phonenumbers="9.0.44"), True),
        (lambda root, libs: libs.update(dateparser="1.6.0"), True),
        (lambda root, libs: libs.update(lxml="absent"), True),
        # what does not change output
        (lambda root, libs: None, False),
        (lambda root, libs: (root / "notes.txt").write_text("not a rule\n"), False),
        (lambda root, libs: (root / "__pycache__").mkdir() or (root / "__pycache__" / "x.pyc").write_bytes(b"\0"), False),
    ],
)
def test_version_follows_rules_data_and_libraries(rules, change, changes_version):
    before = rules_fingerprint(rules, dict(LIBRARIES))
    libraries = dict(LIBRARIES)
    change(rules, libraries)
    assert (rules_fingerprint(rules, libraries) != before) is changes_version


def test_library_order_does_not_matter(rules):
    assert rules_fingerprint(rules, dict(LIBRARIES)) == rules_fingerprint(rules, dict(reversed(LIBRARIES.items())))


def test_the_installed_versions_enter_the_version(monkeypatch):
    current = extractor_version()
    assert len(current) == 12 and current == extractor_version()
    installed = registry._library_version
    monkeypatch.setattr(registry, "_library_version", lambda name: "99.0" if name == "phonenumbers" else installed(name))
    registry.extractor_version.cache_clear()
    try:
        assert registry.extractor_version() != current
    finally:
        monkeypatch.undo()
        registry.extractor_version.cache_clear()
    assert extractor_version() == current


def _third_party_imports(root: Path) -> set[str]:
    """Top-level modules the extractors import that are neither the standard library nor their own."""
    names: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("extractors", "__future__")}


def test_every_library_the_extractors_import_is_versioned():
    """A new library in the extractors must join OUTPUT_LIBRARIES (or this test says which)."""
    distributions = packages_distributions()
    unversioned = {
        module: distributions.get(module, ["?"])
        for module in _third_party_imports(EXTRACTORS)
        if not set(distributions.get(module, ())) & set(OUTPUT_LIBRARIES)
    }
    assert unversioned == {}
