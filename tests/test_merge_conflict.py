"""Two editors' copies of a catalogue merged with GNU msgcat, a conflict left in.

``msgcat`` writes both msgstrs of an entry the copies disagree on under
``#-#-#-#-#  file.po (project)  #-#-#-#-#`` lines.  That is a merge nobody resolved:
``check`` fails on it once it would ship, ``compile`` refuses the catalogue and
``apply`` keeps the source text on the page, naming the entry.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.helpers import one_file_site, run

pytestmark = pytest.mark.engine

PO = Path("locale/fr/LC_MESSAGES/content.po")
TITLE = "Cold week ahead"


@pytest.fixture
def merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    assert shutil.which("msgcat"), "GNU gettext's msgcat is needed (scripts/setup installs it)"
    one_file_site(tmp_path, "weather.txt",
                  f"{TITLE}\n\nSchools will stay open, the council said.\n", "fr")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    copies = []
    for name, text in (("alice", "Semaine froide en vue"),
                       ("bob", "Une semaine de froid s'annonce")):
        catalog = polib.pofile(str(PO))
        next(e for e in catalog if e.msgid == TITLE).msgstr = text
        copy = tmp_path / f"{name}.po"
        catalog.save(str(copy))
        copies.append(str(copy))
    subprocess.run(["msgcat", "-o", str(PO), *copies], check=True)
    return tmp_path


def approve(msgid: str) -> str:
    """An editor clears the draft mark of the entry as it stands; its msgstr."""
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid == msgid)
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    catalog.save()
    return str(entry.msgstr)


def test_an_approved_msgcat_conflict_fails_check_and_is_never_published(merged: Path) -> None:
    draft = run("check", "-l", "fr")
    assert draft.exit_code == 0, draft.output      # a draft: reported, not shipped
    assert "critical (draft): conflict: msgstr holds msgcat's unresolved merge of 2 versions" \
        in draft.output
    assert "#-#-#-#-#" in approve(TITLE)

    checked = run("check", "-l", "fr")
    assert checked.exit_code == 2, checked.output
    assert "critical: conflict: msgstr holds msgcat's unresolved merge of 2 versions " \
           "(alice.po (cms-i18n), bob.po (cms-i18n)): keep one translation and delete the " \
           "#-#-#-#-# lines" in checked.output
    # "cms-i18n" and "alice.po" hold no numbers
    assert "numbers" not in checked.output

    compiled = run("compile", "-l", "fr")
    assert compiled.exit_code != 0
    assert not PO.with_suffix(".mo").exists()

    applied = run("apply", "-l", "fr")
    assert "conflict: msgstr holds msgcat's unresolved merge" in applied.output
    page = Path("content/weather.fr.txt")
    assert not page.exists() or "#-#-#-#-#" not in page.read_text(encoding="utf-8")

    status = run("status", "-l", "fr", "--json")
    assert '"markup_problems": 1' in status.output
