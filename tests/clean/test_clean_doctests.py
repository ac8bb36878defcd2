"""The examples in the cleaning modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["cms_i18n.clean", *(f"cms_i18n.clean.{name}" for name in (
    "authored", "blocks", "boxes", "chrome", "codepages", "edges", "edits", "encoding",
    "evidence", "gaps", "homoglyphs", "letters", "lexicon", "lostbytes", "mail", "meta",
    "middle", "page", "repeats", "server", "sessions", "structure", "top", "typography",
    "vocabulary", "widgets"))]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
