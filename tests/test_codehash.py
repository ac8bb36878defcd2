"""The hash of the product's code that keys what the memory remembers."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cms_i18n.codehash import (
    CLEANING_CODE,
    PACKAGE,
    TRANSLATION_CODE,
    code_fingerprint,
    fingerprint_files,
)
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.pipeline import engine_key


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "engines").mkdir()
    (tmp_path / "engines" / "repair.py").write_text("GLUE = 'de'\n")
    (tmp_path / "typography.py").write_text("QUOTES = '«»'\n")
    return tmp_path


PARTS = ("engines", "typography.py")


def test_a_changed_repair_changes_the_hash(tree: Path) -> None:
    before = fingerprint_files(tree, PARTS)
    (tree / "engines" / "repair.py").write_text("GLUE = 'del'\n")
    assert fingerprint_files(tree, PARTS) != before


def test_a_new_module_changes_the_hash(tree: Path) -> None:
    before = fingerprint_files(tree, PARTS)
    (tree / "engines" / "commas.py").write_text("")
    assert fingerprint_files(tree, PARTS) != before


def test_a_module_moved_between_folders_changes_the_hash(tree: Path) -> None:
    # the same bytes under another name are other code: the path is hashed too
    before = fingerprint_files(tree, PARTS)
    (tree / "engines" / "typography.py").write_bytes((tree / "typography.py").read_bytes())
    (tree / "typography.py").unlink()
    assert fingerprint_files(tree, ("engines",)) != before


def test_bytecode_beside_the_source_does_not_change_the_hash(tree: Path) -> None:
    before = fingerprint_files(tree, PARTS)
    (tree / "engines" / "__pycache__").mkdir()
    (tree / "engines" / "__pycache__" / "repair.cpython-311.pyc").write_bytes(b"\x00\x01")
    assert fingerprint_files(tree, PARTS) == before


def test_a_part_that_is_not_there_is_an_error(tree: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"typografy\.py"):
        fingerprint_files(tree, ("engines", "typografy.py"))


@pytest.mark.parametrize("parts", [CLEANING_CODE, TRANSLATION_CODE])
def test_every_part_the_product_hashes_is_in_the_package(parts: tuple[str, ...]) -> None:
    assert all((PACKAGE / part).exists() for part in parts)
    assert len(code_fingerprint(*parts)) == 64


def test_a_copy_of_the_package_with_one_repair_changed_has_another_key(tmp_path: Path) -> None:
    copy = tmp_path / "cms_i18n"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert fingerprint_files(copy, TRANSLATION_CODE) == code_fingerprint(*TRANSLATION_CODE)
    commas = copy / "engines" / "commas.py"
    commas.write_text(commas.read_text() + "\n# joined otherwise\n")
    assert fingerprint_files(copy, TRANSLATION_CODE) != code_fingerprint(*TRANSLATION_CODE)
    # the cleaner's own key does not move with an engine repair
    assert fingerprint_files(copy, CLEANING_CODE) == code_fingerprint(*CLEANING_CODE)


@pytest.mark.engine
def test_the_memory_key_is_the_same_in_every_process() -> None:
    # workers in other processes must find what this one stored
    with ApertiumEngine({}) as engine:
        here = engine_key(engine, "en", "es")
    code = ("from cms_i18n.engines.apertium import ApertiumEngine\n"
            "from cms_i18n.pipeline import engine_key\n"
            "with ApertiumEngine({}) as engine:\n"
            "    print(engine_key(engine, 'en', 'es'))\n")
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert there == here
    assert here.endswith(code_fingerprint(*TRANSLATION_CODE)[:16])


# Modules the hashed code imports that never shape a draft, each with its reason.
NOT_SHAPING_DRAFTS = {
    "__init__.py": "the package's version and entry points",
    "errors.py": "the errors raised, never text",
    "fileio.py": "reading and writing files whole",
    "hookspecs.py": "the plugin hooks' signatures",
    "plugins.py": "the plugin manager",
    "languages.py": "language codes and their names",
    "as_written.py": "which units no engine sees (a unit kept as written leaves no draft "
                     "to remember) and Unicode's scripts of letters",
    "clean/page.py": "read by structure.has_verse alone, which translation never calls",
}


def _imported(path: Path) -> set[str]:
    """The package's modules ``path`` imports, at its top or inside a function, as
    paths inside the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and \
                node.module.split(".")[0] == "cms_i18n":
            target = PACKAGE.joinpath(*node.module.split(".")[1:])
            module = target.with_suffix(".py")
            found.add((module if module.exists() else target / "__init__.py")
                      .relative_to(PACKAGE).as_posix())
    return found


def test_every_module_the_translation_code_imports_is_hashed_with_it() -> None:
    # a module the engines or the sentence splitting read, left out of the hash,
    # would change drafts while the memory went on serving the old ones
    parts = [PACKAGE / part for part in TRANSLATION_CODE]
    files = [f for part in parts for f in (part.rglob("*.py") if part.is_dir() else [part])]
    unhashed = {
        (module, path.relative_to(PACKAGE).as_posix())
        for path in files for module in _imported(path)
        if module not in NOT_SHAPING_DRAFTS
        and not any(PACKAGE / module == p or p in (PACKAGE / module).parents for p in parts)
    }
    assert unhashed == set()
