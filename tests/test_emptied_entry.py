"""An editor empties a msgstr on purpose: what the next ``translate`` does with it.

The entry gets a translation again, as a draft that is not published until reviewed.
When the memory's reviewed translation is this entry's own earlier text, its note
says so (not "the same text elsewhere"), and the run's summary counts the entries an
editor had emptied that it refilled.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.notes import REVIEWED_ELSEWHERE_NOTE
from tests.helpers import make_site, run

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")
TITLE = "Cold week ahead"
SCHOOLS = "Schools will stay open, the council said."
REVIEWED = "Se acerca una semana fría"
OWN_REVIEWED_NOTE = ("from memory: the translation an editor reviewed in this entry before; "
                     "a draft again, not published until reviewed")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    for name, title in (("weather", TITLE), ("forecast", "Warm week ahead")):
        (tmp_path / "content" / f"{name}.txt").write_text(f"{title}\n\n{SCHOOLS}\n",
                                                          encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text(
        "content_dir: content\ntarget_langs: [es]\nengine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    return tmp_path


def edit(context: str, msgid: str, msgstr: str, *, reviewed: bool) -> None:
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgctxt == context and e.msgid == msgid)
    entry.msgstr = msgstr
    if reviewed and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    catalog.save()


def entry(context: str, msgid: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(PO)) if e.msgctxt == context and e.msgid == msgid)


def test_a_reviewed_msgstr_emptied_comes_back_as_a_draft_named_for_what_it_is(site: Path) -> None:
    edit("weather", TITLE, REVIEWED, reviewed=True)
    assert run("translate").exit_code == 0          # the review is known to the memory
    edit("weather", TITLE, "", reviewed=False)       # withdrawn by the editor

    again = run("translate")
    assert again.exit_code == 0, again.output
    assert "1 found empty refilled as drafts" in again.output
    refilled = entry("weather", TITLE)
    assert refilled.msgstr == REVIEWED and "fuzzy" in refilled.flags
    assert OWN_REVIEWED_NOTE in refilled.comment.splitlines()
    assert REVIEWED_ELSEWHERE_NOTE not in refilled.comment
    # the next run leaves the draft and its note as they are, and counts nothing again
    third = run("translate")
    assert "emptied" not in third.output
    assert OWN_REVIEWED_NOTE in entry("weather", TITLE).comment.splitlines()
    # not published: with nothing reviewed, compile writes no .mo at all ...
    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    assert "nothing reviewed yet" in compiled.output and not PO.with_suffix(".mo").exists()
    # ... and once another unit is reviewed, the .mo it writes leaves the draft out
    edit("forecast", SCHOOLS, "Las escuelas seguirán abiertas, dijo el consejo.", reviewed=True)
    assert run("compile").exit_code == 0
    mo = polib.mofile(str(PO.with_suffix(".mo")))
    assert [e.msgid for e in mo if e.msgid] == [SCHOOLS]


def test_a_machine_draft_emptied_is_refilled_and_counted(site: Path) -> None:
    edit("forecast", SCHOOLS, "", reviewed=False)
    again = run("translate")
    assert "1 found empty refilled as drafts" in again.output
    refilled = entry("forecast", SCHOOLS)
    assert refilled.msgstr == entry("weather", SCHOOLS).msgstr and "fuzzy" in refilled.flags
    assert refilled.comment.startswith("machine translation: ")


def test_the_same_text_reviewed_in_another_entry_is_still_noted_as_elsewhere(site: Path) -> None:
    edit("weather", SCHOOLS, "Las escuelas seguirán abiertas, dijo el consejo.", reviewed=True)
    assert run("translate").exit_code == 0
    other = entry("forecast", SCHOOLS)
    assert other.msgstr == "Las escuelas seguirán abiertas, dijo el consejo."
    assert REVIEWED_ELSEWHERE_NOTE in other.comment.splitlines()


def test_a_rejected_suggestion_is_not_offered_again(site: Path) -> None:
    # "reject" (the review screen, or `cms-i18n review`) empties the entry and quotes the
    # text it rejected: the next runs leave it empty, never the same text as a draft that
    # "approve all" would publish
    machine = entry("forecast", SCHOOLS).msgstr
    catalog = polib.pofile(str(PO))
    rejected = next(e for e in catalog if e.msgctxt == "forecast" and e.msgid == SCHOOLS)
    rejected.msgstr = ""
    rejected.tcomment = f'rejected suggestion: "{machine}"'
    catalog.save()
    for _ in range(2):
        again = run("translate")
        assert again.exit_code == 0, again.output
        assert "emptied" not in again.output
        kept = entry("forecast", SCHOOLS)
        assert kept.msgstr == "" and "fuzzy" not in kept.flags
        assert f'rejected suggestion: "{machine}"' in kept.tcomment
        assert "machine translation" not in kept.comment
    # the other entry of the same text is untouched
    assert entry("weather", SCHOOLS).msgstr == machine


def test_a_rejected_suggestion_stays_rejected_after_a_tool_rewraps_its_note(
        site: Path) -> None:
    """polib, saving at its own width, cut the note in two: the next run no longer read
    the quoted text as rejected and wrote it back as a draft "approve all" would publish."""
    machine = entry("forecast", SCHOOLS).msgstr
    catalog = polib.pofile(str(PO), wrapwidth=30)
    rejected = next(e for e in catalog if e.msgctxt == "forecast" and e.msgid == SCHOOLS)
    rejected.msgstr = ""
    rejected.tcomment = f'rejected suggestion: "{machine}"'
    catalog.wrapwidth = 30
    catalog.save()
    assert f'rejected suggestion: "{machine}"' not in PO.read_text("utf-8")   # it was cut
    again = run("translate")
    assert again.exit_code == 0, again.output
    assert "emptied" not in again.output
    kept = entry("forecast", SCHOOLS)
    assert kept.msgstr == "" and "fuzzy" not in kept.flags
    assert f'rejected suggestion: "{machine}"' in kept.tcomment
