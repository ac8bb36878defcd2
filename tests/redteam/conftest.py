"""Red-team fixtures: a small site in a temporary folder, as the current directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.redteam.helpers import write_site

ARTICLE = ("Heads of delegations will meet in Moscow this week.\n\n"
           "The meeting is set for May.\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    write_site(root, {"news/moscow.txt": ARTICLE})
    monkeypatch.chdir(root)
    return root
