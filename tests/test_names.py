"""The project's naming rule, checked: Python names say ``catalog``.

Code follows GNU gettext, Babel and polib, and the subpackage
:mod:`cms_i18n.catalog`: every module, class, function, argument and variable
is spelt ``catalog``.  What people read or write — documentation, docstrings,
comments, help, messages, settings keys, JSON fields — says ``catalogue``, the
project's English.  README.md, "Names", states the rule.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("cms_i18n", "tests", "bench", "scripts")


def python_files() -> list[Path]:
    return sorted(path for folder in CODE for path in (ROOT / folder).rglob("*.py"))


def names_in(text: str) -> list[tuple[int, str]]:
    """Every name the code defines or uses (f-string expressions included), by line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(text)):
        names: list[str | None] = []
        if isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, (ast.arg, ast.keyword)):
            names = [node.arg]
        elif isinstance(node, ast.alias):
            names = [node.name, node.asname]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module]
        found += [(getattr(node, "lineno", 0), name) for name in names if name]
    return found


def names_spelt_catalogue(text: str) -> list[tuple[int, str]]:
    return sorted((line, name) for line, name in names_in(text)
                  if "catalogue" in name.lower())


def test_the_check_sees_a_name_and_not_prose() -> None:
    text = ('def catalogue_status(catalog):\n'
            '    """The catalogue\'s state."""  # one catalogue\n'
            '    return f"catalogue_layout {catalog.catalogues}"\n')
    assert names_spelt_catalogue(text) == [(1, "catalogue_status"), (3, "catalogues")]


def test_python_names_say_catalog() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {name}"
             for path in python_files() if path != Path(__file__)
             for line, name in names_spelt_catalogue(path.read_text(encoding="utf-8"))]
    assert not found, "Python names are spelt 'catalog':\n" + "\n".join(found)


def test_template_variables_say_catalog() -> None:
    variable = re.compile(r"\{[{%][^}]*catalogue", re.IGNORECASE)
    found = [str(path.relative_to(ROOT)) for path in (ROOT / "cms_i18n").rglob("*.html")
             if variable.search(path.read_text(encoding="utf-8"))]
    assert not found
