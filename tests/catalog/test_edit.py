"""Single-entry edits (review screens, CMS sync) through the one catalogue writer."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from cms_i18n.catalog import update_catalog
from cms_i18n.catalog.checks import Problem, catalog_problems, check_catalog, refused_entries
from cms_i18n.catalog.edit import (
    APPROVE,
    APPROVED_BEFORE_NOTE,
    CONFLICT,
    DRAFT_NOTE,
    KEPT_BEFORE_NOTE,
    KEPT_TEXT_NOTE,
    REJECT,
    REPLACED_APPROVED_NOTE,
    TRANSLATE,
    Change,
    edit_catalog,
    keep_obsolete,
)
from cms_i18n.catalog.notes import KEPT_UNTIL_APPROVED, REPLACED_TEXT_NOTE
from cms_i18n.catalog.po import PoFile
from cms_i18n.errors import CatalogError, LockedError
from cms_i18n.fileio import locked
from tests.catalog.helpers import msgfmt_check, unit


@pytest.fixture
def po(tmp_path: Path) -> Path:
    path = tmp_path / "es" / "LC_MESSAGES" / "content.po"
    update_catalog(path, [unit("doc", "One.", "Uno."), unit("doc", "Two.", "Dos."),
                          unit("doc", "Three.", "")], lang="es", domain="content")
    return path


def by_id(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path))}


def test_approve_translate_and_notes(po: Path) -> None:
    result = edit_catalog(po, [Change("doc", "One.", APPROVE),
                               Change("doc", "Two.", TRANSLATE, text="Dos, dos.",
                                      note="edited in the Wagtail admin: by Ana, revision 4")])
    assert result.written and len(result.done) == 2
    found = by_id(po)
    assert found["One."].msgstr == "Uno." and not found["One."].fuzzy
    assert found["Two."].msgstr == "Dos, dos." and not found["Two."].fuzzy
    assert found["Two."].tcomment == "edited in the Wagtail admin: by Ana, revision 4"
    msgfmt_check(po)
    # A later note of the same kind replaces the earlier one instead of piling up.
    edit_catalog(po, [Change("doc", "Two.", TRANSLATE, text="Dos.",
                             note="edited in the Wagtail admin: by Luis, revision 9")])
    notes = by_id(po)["Two."].tcomment.splitlines()
    assert [n for n in notes if n.startswith("edited")] == [
        "edited in the Wagtail admin: by Luis, revision 9"]


def test_an_approved_text_replaced_unseen_stays_quoted(po: Path) -> None:
    """A change made without being shown the entry (no ``expected``: an edit in the
    CMS's page editor) keeps each approved text it replaces; one made against the text
    shown (the review screen) does not need to."""
    edit_catalog(po, [Change("doc", "One.", APPROVE)])
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno, de la página.")])
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno, otra vez.")])
    entry = by_id(po)["One."]
    assert entry.msgstr == "Uno, otra vez." and not entry.fuzzy
    assert entry.tcomment.splitlines() == [
        REPLACED_APPROVED_NOTE + '"Uno."', REPLACED_APPROVED_NOTE + '"Uno, de la página."']
    edit_catalog(po, [Change("doc", "Two.", APPROVE)])
    edit_catalog(po, [Change("doc", "Two.", TRANSLATE, text="Dos, visto.", expected="Dos.")])
    edit_catalog(po, [Change("doc", "Three.", TRANSLATE, text="Tres.")])    # nothing before
    assert by_id(po)["Two."].tcomment == "" and by_id(po)["Three."].tcomment == ""


def test_reject_never_loses_a_text(po: Path) -> None:
    edit_catalog(po, [Change("doc", "One.", APPROVE)])
    edit_catalog(po, [Change("doc", "One.", REJECT), Change("doc", "Two.", REJECT)])
    found = by_id(po)
    assert found["One."].msgstr == "Uno." and found["One."].fuzzy       # reviewed → fuzzy
    assert found["Two."].msgstr == "" and 'rejected suggestion: "Dos."' in found["Two."].tcomment
    msgfmt_check(po)


def test_conflict_keeps_the_catalog_text_fuzzy_with_the_other_noted(po: Path) -> None:
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno (catálogo).")])
    edit_catalog(po, [Change("doc", "One.", CONFLICT, text="Uno (página).",
                             note='conflict: the page says "Uno (página)."')])
    entry = by_id(po)["One."]
    assert entry.msgstr == "Uno (catálogo)." and entry.fuzzy
    assert "Uno (página)." in entry.tcomment


def test_approving_a_conflict_says_the_other_text_was_replaced_and_keeps_it(po: Path) -> None:
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno (catálogo).")])
    edit_catalog(po, [Change("doc", "One.", CONFLICT, text="Uno (página).",
                             note='conflict: the page says "Uno (página)."; it keeps that '
                                  'text until this entry is approved')])
    edit_catalog(po, [Change("doc", "One.", APPROVE)])
    entry = by_id(po)["One."]
    assert not entry.fuzzy and '"Uno (página)."' in entry.tcomment
    assert "until this entry is approved" not in entry.tcomment
    assert "this entry's approved text replaced it" in entry.tcomment


def test_a_text_saved_over_a_conflict_says_the_other_text_was_replaced(po: Path) -> None:
    """A review screen's save approves the text typed: the conflict's note no longer says
    the page keeps its text until approval (it did, on an approved entry)."""
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno (catálogo).")])
    edit_catalog(po, [Change("doc", "One.", CONFLICT, text="Uno (página).",
                             note='conflict: the page says "Uno (página)."; it keeps that '
                                  'text until this entry is approved')])
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno (revisado).")])
    entry = by_id(po)["One."]
    assert entry.msgstr == "Uno (revisado)." and not entry.fuzzy
    assert '"Uno (página)."' in entry.tcomment
    assert "until this entry is approved" not in entry.tcomment
    assert "this entry's approved text replaced it" in entry.tcomment


def test_what_cannot_be_done_is_skipped_with_a_reason(po: Path) -> None:
    before = po.read_bytes()
    result = edit_catalog(po, [Change("doc", "Gone.", APPROVE),
                               Change("doc", "Three.", APPROVE),
                               Change("doc", "One.", TRANSLATE, text="  "),
                               Change("doc", "Two.", TRANSLATE, text="X", expected="Otro.")])
    reasons = [why for _, why in result.skipped]
    assert len(reasons) == 4 and not result.done and not result.written
    assert "no such entry" in reasons[0] and "nothing to approve" in reasons[1]
    assert "empty translation" in reasons[2] and "changed since it was shown" in reasons[3]
    assert po.read_bytes() == before


def test_a_missing_or_locked_catalog_is_an_error(po: Path, tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no catalogue here"):
        edit_catalog(tmp_path / "none.po", [Change("doc", "One.", APPROVE)])
    with locked(po), pytest.raises(LockedError):
        edit_catalog(po, [Change("doc", "One.", APPROVE)], wait=0)


def _gate(po_file: PoFile) -> dict[tuple[str, str], list[Problem]]:
    """The publishing gate ``apply`` and ``compile`` ask, on the catalogue being written."""
    return refused_entries(catalog_problems(po_file, str(po_file.path), "es", source_lang="en"))


def test_a_translation_the_gate_refuses_is_kept_as_a_draft(tmp_path: Path) -> None:
    path = tmp_path / "es" / "LC_MESSAGES" / "content.po"
    update_catalog(path, [unit("doc", 'Read <a href="/r">it</a>.', 'Lea <a href="/r">lo</a>.'),
                          unit("doc", "Two.", "Dos.")], lang="es", domain="content")
    typed = 'Lea <a href="javascript:alert(1)">lo</a>.'
    result = edit_catalog(path, [
        Change("doc", 'Read <a href="/r">it</a>.', TRANSLATE, text=typed,
               note="reviewed in the Wagtail admin: by Ana"),
        Change("doc", "Two.", TRANSLATE, text="Dos, dos.")], gate=_gate)
    assert [c.source for c in result.done] == ["Two."]
    [(change, why)] = result.drafts
    assert change.text == typed
    assert why == ["critical: markup: msgstr lacks link target /r; msgstr adds link target "
                   "javascript:alert(1)", "critical: unsafe-link: msgstr adds a javascript: link"]
    found = by_id(path)
    kept = found['Read <a href="/r">it</a>.']
    assert kept.msgstr == typed and kept.fuzzy                  # the words stay, unpublished
    assert DRAFT_NOTE + why[0] in kept.tcomment and "by Ana" in kept.tcomment
    assert found["Two."].msgstr == "Dos, dos." and not found["Two."].fuzzy
    msgfmt_check(path)
    # What `check` says of the catalogue now: the draft's problem does not ship.
    assert not check_catalog(path, "es").failed

    # Fixed and saved again, it is approved and the old reason goes.
    edit_catalog(path, [Change("doc", 'Read <a href="/r">it</a>.', TRANSLATE,
                               text='Lea <a href="/r">lo</a>, ya.')], gate=_gate)
    fixed = by_id(path)['Read <a href="/r">it</a>.']
    assert not fixed.fuzzy and DRAFT_NOTE not in fixed.tcomment


def test_an_approval_the_gate_refuses_leaves_the_entry_a_draft(po: Path) -> None:
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno {0}.")])
    edit_catalog(po, [Change("doc", "One.", REJECT)])                # a draft again
    result = edit_catalog(po, [Change("doc", "One.", APPROVE)], gate=_gate)
    assert result.done == [] and len(result.drafts) == 1
    assert by_id(po)["One."].fuzzy and by_id(po)["One."].msgstr == "Uno {0}."


def test_a_second_refused_save_keeps_the_approved_translation(tmp_path: Path) -> None:
    path = tmp_path / "es" / "LC_MESSAGES" / "content.po"
    source = 'Read <a href="/r">it</a>.'
    update_catalog(path, [unit("doc", source, 'Lea <a href="/r">lo</a>.')],
                   lang="es", domain="content")
    edit_catalog(path, [Change("doc", source, APPROVE)])
    for text in ('Lea <a href="javascript:a()">lo</a>.', 'Lea <a href="javascript:b()">lo</a>.'):
        shown = by_id(path)[source].msgstr           # saved on the review screen
        result = edit_catalog(path, [Change("doc", source, TRANSLATE, text=text,
                                            expected=shown)], gate=_gate)
        assert len(result.drafts) == 1
        kept = by_id(path)[source]
        assert kept.msgstr == text and kept.fuzzy
        assert APPROVED_BEFORE_NOTE + '"Lea <a href=\\"/r\\">lo</a>."' in kept.tcomment
    # A translation the gate takes is approved, and the draft's notes go.
    edit_catalog(path, [Change("doc", source, TRANSLATE, text='Lea <a href="/r">lo</a>, ya.',
                               expected='Lea <a href="javascript:b()">lo</a>.')], gate=_gate)
    taken = by_id(path)[source]
    assert not taken.fuzzy and not taken.tcomment


def test_a_refused_edit_made_unseen_keeps_the_approved_text_for_good(tmp_path: Path) -> None:
    """Refused by the gate or not, an approved text replaced by a change that was not
    shown it stays quoted once, after a later translation is taken too."""
    path = tmp_path / "es" / "LC_MESSAGES" / "content.po"
    source = 'Read <a href="/r">it</a>.'
    update_catalog(path, [unit("doc", source, 'Lea <a href="/r">lo</a>.')],
                   lang="es", domain="content")
    edit_catalog(path, [Change("doc", source, APPROVE)])
    quoted = REPLACED_APPROVED_NOTE + '"Lea <a href=\\"/r\\">lo</a>."'
    unsafe = 'Lea <a href="javascript:a()">lo</a>.'
    edit_catalog(path, [Change("doc", source, TRANSLATE, text=unsafe)], gate=_gate)
    kept = by_id(path)[source]
    assert kept.fuzzy and quoted in kept.tcomment and APPROVED_BEFORE_NOTE not in kept.tcomment
    edit_catalog(path, [Change("doc", source, TRANSLATE, text='Lea <a href="/r">lo</a>, ya.')],
                 gate=_gate)
    # ... and the refused draft a person typed, which the later text replaced, stays too
    assert by_id(path)[source].tcomment.splitlines() == [
        quoted, REPLACED_TEXT_NOTE + '"Lea <a href=\\"javascript:a()\\">lo</a>."']


def test_a_person_s_draft_an_unseen_edit_replaces_stays_quoted(po: Path) -> None:
    """A draft a person typed (held in a conflict beside the page's text, or found typed
    by a run) that a later edit made unseen replaces stays quoted; a machine's draft goes,
    the memory has it."""
    edit_catalog(po, [Change("doc", "Two.", CONFLICT, text="Dos (página).",
                             note=KEPT_TEXT_NOTE + '"Dos (página)." — ' + KEPT_UNTIL_APPROVED)])
    edit_catalog(po, [Change("doc", "Two.", TRANSLATE, text="Dos, otra vez.")])
    notes = by_id(po)["Two."].tcomment.splitlines()
    assert REPLACED_TEXT_NOTE + '"Dos."' in notes
    edit_catalog(po, [Change("doc", "One.", TRANSLATE, text="Uno, otra vez.")])
    assert by_id(po)["One."].tcomment == ""


def _all_entries(path: Path) -> dict[str, polib.POEntry]:
    """Live and obsolete entries by source text."""
    catalog = polib.pofile(str(path))
    return {e.msgid: e for e in list(catalog) + catalog.obsolete_entries()}


def test_keep_obsolete_files_a_page_text_whose_source_is_gone(po: Path) -> None:
    """A page's text with no entry at all becomes an obsolete draft: on file, never
    published as a translation nobody approved."""
    changed = keep_obsolete(po, [Change("doc", "Gone.", TRANSLATE, text="Se fue.",
                                        note="kept from the page")])
    assert changed
    entry = _all_entries(po)["Gone."]
    assert entry.obsolete and entry.msgstr == "Se fue." and "fuzzy" in entry.flags
    assert "kept from the page" in entry.tcomment
    msgfmt_check(po)
    # Filing the same text again changes nothing on disk.
    before = po.read_bytes()
    assert not keep_obsolete(po, [Change("doc", "Gone.", TRANSLATE, text="Se fue.")])
    assert po.read_bytes() == before


def test_keep_obsolete_beside_a_live_translation_keeps_both(po: Path) -> None:
    """The catalogue's own translation stays; the page's differing text sits beside it."""
    keep_obsolete(po, [Change("doc", "One.", TRANSLATE, text="Uno, como lo escribió.")])
    entry = _all_entries(po)["One."]
    assert not entry.obsolete and entry.msgstr == "Uno."
    assert KEPT_TEXT_NOTE + '"Uno, como lo escribió."' in entry.tcomment


def test_keep_obsolete_in_a_retired_entry_keeps_what_it_said(po: Path) -> None:
    """A retired entry takes the page's text as a draft and its earlier text in a note."""
    update_catalog(po, [unit("doc", "One.", "Uno."), unit("doc", "Three.", "")],
                   lang="es", domain="content")
    assert _all_entries(po)["Two."].obsolete
    keep_obsolete(po, [Change("doc", "Two.", TRANSLATE, text="Dos, editado.")])
    entry = _all_entries(po)["Two."]
    assert entry.obsolete and entry.msgstr == "Dos, editado." and "fuzzy" in entry.flags
    assert KEPT_BEFORE_NOTE + '"Dos."' in entry.tcomment
    msgfmt_check(po)


def test_keep_obsolete_keeps_every_earlier_text_filed_in_an_entry(po: Path) -> None:
    """Three pages deleted in turn, each holding its own text of a retired paragraph:
    the entry holds the last one, and the two before it stay quoted, each with the
    note that says who typed it (the third filing used to push the first one out)."""
    update_catalog(po, [unit("doc", "One.", "Uno."), unit("doc", "Three.", "")],
                   lang="es", domain="content")
    for typist, text in (("Ana", "Dos, de Ana."), ("Luis", "Dos, de Luis."),
                         ("Eva", "Dos, de Eva.")):
        keep_obsolete(po, [Change("doc", "Two.", TRANSLATE, text=text,
                                  note=f"edited in the admin: by {typist}; kept here")])
    entry = _all_entries(po)["Two."]
    assert entry.obsolete and entry.msgstr == "Dos, de Eva." and "fuzzy" in entry.flags
    notes = entry.tcomment.splitlines()
    assert notes == [KEPT_BEFORE_NOTE + '"Dos."',
                     KEPT_BEFORE_NOTE + '"Dos, de Ana." — edited in the admin: by Ana; kept here',
                     KEPT_BEFORE_NOTE + '"Dos, de Luis." — edited in the admin: by Luis; '
                                        'kept here',
                     "edited in the admin: by Eva; kept here"]
    msgfmt_check(po)


def test_keep_obsolete_keeps_each_page_text_beside_a_live_translation(po: Path) -> None:
    """Two pages' texts kept beside the catalogue's own translation: both stay."""
    keep_obsolete(po, [Change("doc", "One.", TRANSLATE, text="Uno, de Ana.")])
    keep_obsolete(po, [Change("doc", "One.", TRANSLATE, text="Uno, de Luis.")])
    notes = _all_entries(po)["One."].tcomment.splitlines()
    assert notes == [KEPT_TEXT_NOTE + '"Uno, de Ana."', KEPT_TEXT_NOTE + '"Uno, de Luis."']


def test_keep_obsolete_needs_a_catalog(tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        keep_obsolete(tmp_path / "missing.po", [Change("doc", "A.", TRANSLATE, text="B.")])


def test_a_second_conflict_keeps_the_first_one_s_text(po: Path) -> None:
    """Two conflicts in a row (a page's text a later save took off it, then a restored
    revision's): each text stays quoted in its own note."""
    first = KEPT_TEXT_NOTE + '"Dos (página)." — ' + KEPT_UNTIL_APPROVED
    second = KEPT_TEXT_NOTE + '"Dos (revisión)." — ' + KEPT_UNTIL_APPROVED
    edit_catalog(po, [Change("doc", "Two.", CONFLICT, text="Dos (página).", note=first)])
    edit_catalog(po, [Change("doc", "Two.", CONFLICT, text="Dos (revisión).", note=second)])
    notes = by_id(po)["Two."].tcomment
    assert '"Dos (página)."' in notes and '"Dos (revisión)."' in notes
    assert notes.count(KEPT_UNTIL_APPROVED) == 1
