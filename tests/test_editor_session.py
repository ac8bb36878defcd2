"""The scripted editor session (see :mod:`tests.support.editor_session`), end to end.

Through cms-i18n nothing an editor typed is lost, changed entries carry the previous
translation with ``#| msgid``, problems are where editors look, authored lines reach
``apply``'s output and a reviewed broken tag stops ``compile``.  The same session
through ``msgmerge`` alone is the yardstick.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.editor_session import first_catalog, run_session

pytestmark = pytest.mark.engine


def test_editor_session_loses_nothing_and_keeps_everything_visible(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start = tmp_path / "first"
    start.mkdir()
    monkeypatch.chdir(start)
    first = tmp_path / "first.po"
    shutil.copy(first_catalog(start), first)

    figures = {}
    for arm in ("cms-i18n", "msgmerge"):
        root = tmp_path / arm
        root.mkdir()
        monkeypatch.chdir(root)
        figures[arm] = run_session(root, arm, first)
        print(figures[arm].line())

    ours = figures["cms-i18n"]
    assert ours.typed >= 10
    assert ours.lost == 0, ours.lost_texts
    assert ours.changed == 4 and ours.changed_with_previous == ours.changed
    assert ours.drafts_in_msgstr == 2           # the drafts whose text did not change
    assert ours.untranslated == 0
    assert ours.glossary_problem_found
    assert ours.template_comments > 0
    assert ours.authored_missing == []
    assert ours.compile_refused_broken_tag
    # msgmerge alone keeps the editors' texts too, but leaves new text untranslated.
    assert figures["msgmerge"].untranslated > 0
