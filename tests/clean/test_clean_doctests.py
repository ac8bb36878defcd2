"""The examples in the cleaning modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["cms_i18n.clean", "cms_i18n.clean.chrome", "cms_i18n.clean.edits",
           "cms_i18n.clean.encoding", "cms_i18n.clean.homoglyphs", "cms_i18n.clean.structure",
           "cms_i18n.clean.typography", "cms_i18n.clean.gaps", "cms_i18n.clean.sessions",
           "cms_i18n.clean.widgets", "cms_i18n.clean.boxes",
           "cms_i18n.clean.lexicon", "cms_i18n.clean.mail"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
