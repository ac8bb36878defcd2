"""The scripted editor session through cms-i18n and through msgmerge alone, side by side.

    .venv/bin/python bench/bench_editor_session.py

Prints one line per arm: texts the editors typed, texts an update lost, changed entries
that carry ``#| msgid``, entries left untranslated, editors' drafts still in their
msgstr, whether ``msggrep`` finds a glossary problem planted in a reviewed entry, the
template's ``#.`` lines, authored lines missing from ``apply``'s output, and whether
``compile`` refuses a reviewed broken tag.  Needs Apertium's eng-spa pair and GNU
gettext.  See tests/support/editor_session.py for the session itself.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.support.editor_session import first_catalog, run_session

    with tempfile.TemporaryDirectory(prefix="cms-i18n-session-") as folder:
        base = Path(folder)
        (base / "first").mkdir()
        os.chdir(base / "first")
        first = base / "first.po"
        shutil.copy(first_catalog(base / "first"), first)
        for arm in ("cms-i18n", "msgmerge"):
            (base / arm).mkdir()
            os.chdir(base / arm)
            figures = run_session(base / arm, arm, first)
            print(figures.line())
            for text in figures.lost_texts:
                print(f"    lost: {text}")
        os.chdir(ROOT)


if __name__ == "__main__":
    main()
