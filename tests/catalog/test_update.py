"""update_catalog: what editors and the pipeline see across runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from babel.messages import pofile

from cms_i18n.catalog import (
    catalog_paths,
    read_reviewed,
    translations_for_apply,
    update_catalog,
)
from cms_i18n.catalog.merge import UpdateResult
from cms_i18n.catalog.notes import (
    PREVIOUS_NOTE,
    REVIEWED_ELSEWHERE_NOTE,
    SUGGESTION_NOTE,
    TM_NOTE,
    quote_note,
)
from cms_i18n.catalog.po import read_po
from cms_i18n.errors import CatalogError, LockedError, OutputError
from cms_i18n.fileio import lock_path, locked, write_atomic
from cms_i18n.memory import Memory
from tests.catalog.helpers import fake_mt, msgfmt_check, pot_check, unit, update

TITLE = "Asian security officials to convene in Moscow"
P1 = ("Heads of delegations from ASEAN will meet informally in Moscow this week on the "
      "sidelines of a global security forum.")
P2 = "The meeting, set for May 27 to 29, will coincide with the 13th annual conference."
P3 = "Organisers say the closed-door format will promote open dialogue."


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748263260")   # 2025-05-26 12:41 UTC


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return catalog_paths(tmp_path / "locale", "es", "content")


def units(*texts: str, doc: str = "news/moscow") -> list:
    result = [unit(f"{doc}:title", texts[0], fake_mt(texts[0]), line=3)]
    result += [unit(doc, text, fake_mt(text), line=5 + 2 * i) for i, text in enumerate(texts[1:])]
    return result


@pytest.fixture(autouse=True)
def memory() -> Iterator[Memory]:
    """The translation memory of the runs of one test (its record of who wrote what)."""
    global MEMORY
    MEMORY = Memory(None)
    yield MEMORY
    MEMORY.close()


MEMORY: Memory


def run(paths: tuple[Path, Path], entries: list) -> UpdateResult:
    po, pot = paths
    result = update(po, entries, MEMORY, pot=pot)
    msgfmt_check(po)
    pot_check(pot)
    return result


def edit(po: Path, *changes: tuple[str, str | None, str | None]) -> None:
    """Act as an editor in a PO editor: (msgid, new msgstr or None, comment or None)."""
    catalog = polib.pofile(str(po))
    for msgid, msgstr, comment in changes:
        entry = next(e for e in catalog if e.msgid == msgid and not e.obsolete)
        if msgstr is not None:
            entry.msgstr = msgstr
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        if comment is not None:
            entry.tcomment = comment
    catalog.save()


def entry_for(po: Path, msgid: str):
    return next(e for e in read_po(po).entries if e.msgid == msgid)


def test_first_run_writes_fuzzy_machine_translations_in_document_order(paths) -> None:
    result = run(paths, units(TITLE, P1, P2))
    po, pot = paths
    entries = read_po(po).entries
    assert [e.msgid for e in entries] == [TITLE, P1, P2]
    assert all(e.fuzzy and e.msgstr == fake_mt(e.msgid) for e in entries)
    assert entries[0].msgctxt == "news/moscow:title"
    assert entries[1].references == ["content/article.md:5"]
    assert (result.new, result.total, result.written) == (3, 3, True)
    header = read_po(po)
    assert header.header_value("Language") == "es"
    assert header.header_value("Plural-Forms").startswith("nplurals=")
    assert header.header_value("X-Generator").startswith("cms-i18n ")
    template = read_po(pot)
    assert [(e.msgctxt, e.msgid, e.msgstr) for e in template.entries] == \
           [(e.msgctxt, e.msgid, "") for e in entries]


def test_unchanged_rerun_leaves_both_files_byte_identical(paths, monkeypatch) -> None:
    run(paths, units(TITLE, P1, P2))
    before = [p.read_bytes() for p in paths]
    stamps = [p.stat().st_mtime_ns for p in paths]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")     # time moved on
    result = run(paths, units(TITLE, P1, P2))
    assert [p.read_bytes() for p in paths] == before
    assert [p.stat().st_mtime_ns for p in paths] == stamps     # not even rewritten
    assert (result.unchanged, result.written, result.template_written) == (3, False, False)


def test_revision_date_moves_only_when_content_changes(paths, monkeypatch) -> None:
    run(paths, units(TITLE, P1))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    run(paths, units(TITLE, P1, P2))
    header = read_po(paths[0])
    assert header.header_value("PO-Revision-Date") == "2027-01-15 08:00+0000"
    assert header.header_value("POT-Creation-Date") == "2027-01-15 08:00+0000"


def test_reviewed_translation_is_never_overwritten(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    edit(po, (TITLE, "Altos cargos de seguridad asiáticos se reúnen en Moscú", None),
         (P1, None, None))
    better_mt = [unit(e.context, e.source, "OTRA COSA", line=3) for e in units(TITLE, P1)]
    result = run(paths, better_mt)
    assert entry_for(po, TITLE).msgstr == "Altos cargos de seguridad asiáticos se reúnen en Moscú"
    assert entry_for(po, P1).msgstr == fake_mt(P1) and not entry_for(po, P1).fuzzy
    assert result.reviewed_kept == 2


def test_fuzzy_machine_translation_is_refreshed(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    run(paths, [unit("news/moscow:title", TITLE, "nueva sugerencia", line=3)])
    assert entry_for(po, TITLE).msgstr == "nueva sugerencia"
    assert entry_for(po, TITLE).fuzzy


def test_changed_source_keeps_the_editors_translation_msgmerge_style(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1, P2))
    edit(po, (P1, "Los jefes de delegación de la ASEAN se reunirán en Moscú.", "ok, Ana"))
    changed = P1.replace("this week", "next week")
    result = run(paths, units(TITLE, changed, P2))
    entry = entry_for(po, changed)
    assert entry.fuzzy
    assert entry.msgstr == "Los jefes de delegación de la ASEAN se reunirán en Moscú."
    assert entry.previous_msgid == P1                               # what changed
    assert SUGGESTION_NOTE + quote_note(fake_mt(changed)) in entry.extracted_comments
    assert entry.translator_comments == ["ok, Ana"]
    kept = entry_for(po, P1)                       # the reviewed version stays on file
    assert kept.obsolete and kept.msgstr.startswith("Los jefes") and not kept.fuzzy
    assert (result.changed, result.obsolete) == (1, 1)
    # The editor's work is still offered to the translation memory.
    assert read_reviewed(po)[("news/moscow", P1)].startswith("Los jefes")


def test_changed_source_without_an_editors_text_gets_the_new_suggestion(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    changed = P1.replace("this week", "next week")
    result = run(paths, units(TITLE, changed))
    entry = entry_for(po, changed)
    assert entry.fuzzy and entry.msgstr == fake_mt(changed) and entry.previous_msgid == P1
    assert result.obsolete == 0                    # the old suggestion was the machine's
    assert not any(c.startswith(SUGGESTION_NOTE) for c in entry.extracted_comments)


def reviewed_then_changed(paths: tuple[Path, Path]) -> str:
    """P1 translated, reviewed by an editor as "Traducción revisada.", then changed in
    the source and run again; returns the changed text."""
    run(paths, units(TITLE, P1))
    edit(paths[0], (P1, "Traducción revisada.", None))
    changed = P1.replace("this week", "next week")
    run(paths, units(TITLE, changed))
    return changed


def test_history_survives_reruns_and_a_second_change_until_reviewed(paths) -> None:
    po, _ = paths
    second = reviewed_then_changed(paths)
    before = po.read_bytes()
    run(paths, units(TITLE, second))
    assert po.read_bytes() == before                  # the carried text and #| are stable
    third = second.replace("informally", "in private")
    run(paths, units(TITLE, third))
    entry = entry_for(po, third)
    assert entry.previous_msgid == P1                 # still diffed against the reviewed text
    assert entry.msgstr == "Traducción revisada." and entry.fuzzy
    edit(po, (third, "Nueva traducción revisada.", None))
    run(paths, units(TITLE, third))
    entry = entry_for(po, third)
    assert not entry.fuzzy and entry.previous_msgid is None
    assert entry.msgstr == "Nueva traducción revisada."
    assert entry_for(po, P1).obsolete and entry_for(po, P1).msgstr == "Traducción revisada."


def test_the_memory_s_note_beside_an_editor_s_draft_is_said_of_the_suggestion(paths) -> None:
    """"from memory: …" on a line of its own, over an editor's draft, read as said of the
    draft (the editor had just typed it)."""
    po, _ = paths
    run(paths, units(TITLE, P1))
    catalog = polib.pofile(str(po))
    catalog.find(P1, msgctxt="news/moscow").msgstr = "Borrador de la editora."  # still fuzzy
    catalog.save()
    remembered = [unit(e.context, e.source, "Revisada en otra página.", line=e.references[0][1],
                       comments=(REVIEWED_ELSEWHERE_NOTE,)) for e in units(TITLE, P1)]
    run(paths, remembered)
    entry = entry_for(po, P1)
    assert entry.msgstr == "Borrador de la editora."
    assert REVIEWED_ELSEWHERE_NOTE not in entry.extracted_comments
    assert (SUGGESTION_NOTE + quote_note("Revisada en otra página.")
            + f" ({REVIEWED_ELSEWHERE_NOTE})") in entry.extracted_comments


def test_an_edited_draft_that_is_still_fuzzy_is_the_editors(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    catalog = polib.pofile(str(po))
    catalog.find(P1, msgctxt="news/moscow").msgstr = "Borrador de la editora."  # still fuzzy
    catalog.save()
    better = [unit(e.context, e.source, "OTRA SUGERENCIA " + e.source, line=e.references[0][1])
              for e in units(TITLE, P1)]
    result = run(paths, better)
    entry = entry_for(po, P1)
    assert entry.msgstr == "Borrador de la editora." and entry.fuzzy
    assert SUGGESTION_NOTE + quote_note("OTRA SUGERENCIA " + P1) in entry.extracted_comments
    assert entry_for(po, TITLE).msgstr == "OTRA SUGERENCIA " + TITLE   # the machine's: refreshed
    assert result.drafts_kept == 1
    assert [(t.source, t.text, t.reviewed) for t in MEMORY.editor_texts(
        source_lang="en", target_lang="es")] == [(P1, "Borrador de la editora.", False)]


def test_without_a_record_a_fuzzy_translation_is_kept_as_an_editors(paths) -> None:
    po, pot = paths
    update_catalog(po, units(TITLE), lang="es", domain="content", pot_path=pot)
    update_catalog(po, [unit("news/moscow:title", TITLE, "nueva", line=3)], lang="es",
                   domain="content", pot_path=pot)
    assert entry_for(po, TITLE).msgstr == fake_mt(TITLE)


def test_a_catalog_the_run_refuses_leaves_the_template_as_it_was(paths) -> None:
    # The catalogue replaced by a link: the run refuses it, and the template is not
    # rewritten with units no catalogue holds (nothing half-written).
    po, pot = paths
    update_catalog(po, units(TITLE), lang="es", domain="content", pot_path=pot)
    template = pot.read_bytes()
    elsewhere = po.with_name("elsewhere.po")
    po.rename(elsewhere)
    po.symlink_to(elsewhere)
    with pytest.raises(OutputError) as caught:
        update_catalog(po, [*units(TITLE), unit("news/moscow:p9", "A new paragraph.", line=9)],
                       lang="es", domain="content", pot_path=pot)
    assert pot.read_bytes() == template
    # The advice keeps what the catalogue holds: a copy in the link's place (taking the
    # link away would start the catalogue anew, its reviews drafts again).
    assert "put a copy of the file it points to in its place" in caught.value.message


def test_previous_msgid_dropped_by_a_tool_is_restored(paths) -> None:
    po, _ = paths
    changed = reviewed_then_changed(paths)
    with po.open("rb") as handle:                   # Babel saves without #| by default
        catalog = pofile.read_po(handle, abort_invalid=True)
    with po.open("wb") as handle:
        pofile.write_po(handle, catalog, include_previous=False)
    assert "#| msgid" not in po.read_text(encoding="utf-8")
    run(paths, units(TITLE, changed))
    entry = entry_for(po, changed)
    assert entry.previous_msgid == P1 and entry.msgstr == "Traducción revisada."


def test_a_translation_carried_in_a_comment_by_an_earlier_version_moves_to_msgstr(
        paths) -> None:
    po, _ = paths
    changed = P1.replace("this week", "next week")
    run(paths, units(TITLE, changed))
    catalog = polib.pofile(str(po))
    entry = catalog.find(changed, msgctxt="news/moscow")
    entry.previous_msgid = P1
    entry.comment += "\n" + PREVIOUS_NOTE + quote_note("Traducción revisada.")
    catalog.save()
    run(paths, units(TITLE, changed))
    entry = entry_for(po, changed)
    assert entry.msgstr == "Traducción revisada." and entry.fuzzy
    assert entry.previous_msgid == P1
    assert not any(c.startswith(PREVIOUS_NOTE) for c in entry.extracted_comments)


def test_removed_unit_becomes_obsolete_and_comes_back_with_its_translation(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1, P2))
    edit(po, (P2, "La reunión coincidirá con la 13.ª conferencia anual.", "checked"))
    result = run(paths, units(TITLE, P1))
    gone = entry_for(po, P2)
    assert gone.obsolete and gone.msgstr.startswith("La reunión")
    assert gone.translator_comments == ["checked"]
    assert result.obsolete == 1 and result.total == 2
    assert "#~ msgid" in po.read_text(encoding="utf-8")
    result = run(paths, units(TITLE, P1, P2))
    back = entry_for(po, P2)
    assert not back.obsolete and not back.fuzzy and back.msgstr.startswith("La reunión")
    assert back.translator_comments == ["checked"]
    assert result.reviewed_kept == 1
    assert [e.msgid for e in read_po(po).entries] == [TITLE, P1, P2]


def test_added_unit_is_new_and_in_document_order(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1, P3))
    result = run(paths, units(TITLE, P1, P2, P3))
    assert [e.msgid for e in read_po(po).entries] == [TITLE, P1, P2, P3]
    assert result.new == 1 and result.unchanged == 3


def test_reviewed_translation_is_reused_for_the_same_text_elsewhere(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    edit(po, (P1, "Traducción de la editora.", None))
    other = units("Another article", P1, doc="news/other")
    run(paths, units(TITLE, P1) + other)
    reused = next(e for e in read_po(po).entries if e.msgctxt == "news/other")
    assert reused.msgstr == "Traducción de la editora." and reused.fuzzy
    assert TM_NOTE + "news/moscow" in reused.extracted_comments
    before = po.read_bytes()
    run(paths, units(TITLE, P1) + other)
    assert po.read_bytes() == before


def test_editor_comments_and_flags_survive_machine_comment_updates(paths) -> None:
    po, _ = paths
    run(paths, [unit("d", P1, fake_mt(P1), comments=("engine: apertium",))])
    catalog = polib.pofile(str(po))
    catalog[0].tcomment = "ask the desk about 'informally'"
    catalog[0].flags.append("no-wrap")
    catalog.save()
    run(paths, [unit("d", P1, fake_mt(P1), comments=("engine: argos 1.9",
                                                     "glossary problem: ASEAN"))])
    entry = entry_for(po, P1)
    assert entry.translator_comments == ["ask the desk about 'informally'"]
    assert entry.extracted_comments == ["engine: argos 1.9", "glossary problem: ASEAN"]
    assert entry.flags == ["fuzzy", "no-wrap"]


def test_editor_formatting_is_left_alone_when_nothing_changed(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    polib.pofile(str(po), wrapwidth=40).save()       # an editor that wraps differently
    before = po.read_bytes()
    result = run(paths, units(TITLE, P1))
    assert po.read_bytes() == before and not result.written


def test_malformed_catalog_stops_the_update_and_is_left_untouched(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    text = po.read_text(encoding="utf-8").replace('msgstr "ES: Asian', 'msgstr "ES: Asian"x"', 1)
    po.write_text(text, encoding="utf-8")
    before = po.read_bytes()
    with pytest.raises(CatalogError) as caught:
        update_catalog(po, units(TITLE, P1), lang="es", domain="content")
    bad_line = next(i for i, line in enumerate(text.splitlines(), 1) if '"x"' in line)
    assert caught.value.line == bad_line and caught.value.path == str(po)
    assert po.read_bytes() == before
    assert not lock_path(po).exists()


def test_duplicate_entry_added_by_hand_is_reported(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    text = po.read_text(encoding="utf-8")
    po.write_text(text + '\nmsgctxt "news/moscow:title"\nmsgid "' + TITLE + '"\nmsgstr "x"\n',
                  encoding="utf-8")
    before = po.read_bytes()
    with pytest.raises(CatalogError, match="duplicate entry"):
        update_catalog(po, units(TITLE), lang="es", domain="content")
    assert po.read_bytes() == before


def test_catalog_of_another_language_is_refused(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    po.write_text(po.read_text(encoding="utf-8").replace("Language: es", "Language: fr"),
                  encoding="utf-8")
    with pytest.raises(CatalogError, match="Language: fr"):
        update_catalog(po, units(TITLE), lang="es", domain="content")


def test_second_run_on_a_locked_catalog_is_refused_clearly(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    before = po.read_bytes()
    with locked(po), pytest.raises(LockedError) as caught:
        update_catalog(po, units(TITLE, P1), lang="es", domain="content", wait=0.2)
    assert "another cms-i18n run" in caught.value.message
    assert caught.value.exit_code == 4
    assert po.read_bytes() == before
    update_catalog(po, units(TITLE, P1), lang="es", domain="content", wait=0)   # free again


def test_lock_held_by_another_process_is_respected(paths, tmp_path: Path) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from cms_i18n.fileio import locked
        with locked(Path({str(po)!r})):
            print("locked", flush=True)
            sys.stdin.readline()
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError):
            update_catalog(po, units(TITLE, P1), lang="es", domain="content", wait=0.1)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
    update_catalog(po, units(TITLE, P1), lang="es", domain="content", wait=0)


def test_concurrent_runs_are_serialised_and_both_land(paths) -> None:
    po, pot = paths
    run(paths, units(TITLE))
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from cms_i18n.catalog import CatalogEntry, update_catalog
        extra = sys.argv[1]
        entries = [CatalogEntry("news/moscow:title", {TITLE!r}, "t"),
                   CatalogEntry("news/" + extra, "Text " + extra, "Texto " + extra)]
        update_catalog(Path({str(po)!r}), entries, lang="es", domain="content",
                       pot_path=Path({str(pot)!r}), wait=30)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, name]) for name in ("a", "b")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    entries = read_po(po).entries
    msgfmt_check(po)
    # Whichever ran second saw the first one's unit and retired it properly.
    assert {e.msgid for e in entries} >= {TITLE, "Text a", "Text b"}
    assert sum(1 for e in entries if e.obsolete) == 1


def test_write_atomic_leaves_no_temporary_files_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "x.po"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.po"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "x.po"
    target.write_bytes(b"old")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.po"]


def test_read_reviewed_and_translations_for_apply(paths) -> None:
    po, _ = paths
    assert read_reviewed(po) == {} and translations_for_apply(po).translations == {}
    run(paths, units(TITLE, P1, P2))
    edit(po, (TITLE, "Título revisado", None))
    assert read_reviewed(po) == {("news/moscow:title", TITLE): "Título revisado"}
    assert translations_for_apply(po).translations == {
        ("news/moscow:title", TITLE): "Título revisado"}
    drafts = translations_for_apply(po, include_fuzzy=True).translations
    assert drafts[("news/moscow", P1)] == fake_mt(P1) and len(drafts) == 3


def test_untranslated_units_that_disappear_are_dropped_like_gettext_does(paths) -> None:
    po, _ = paths
    run(paths, [unit("d", P1, ""), unit("d", P2, "")])
    assert not any(e.fuzzy for e in read_po(po).entries)   # nothing to review
    result = run(paths, [unit("d", P1, "")])
    assert result.obsolete == 0
    assert [e.msgid for e in read_po(po).entries] == [P1]


def test_bad_input_from_the_pipeline_is_a_programming_error(paths) -> None:
    po, _ = paths
    with pytest.raises(ValueError, match="twice"):
        update_catalog(po, [unit("d", P1), unit("d", P1)], lang="es", domain="content")
    with pytest.raises(ValueError, match="empty source"):
        update_catalog(po, [unit("d", "")], lang="es", domain="content")
    assert not po.exists()


def test_an_editor_save_during_the_merge_is_kept_and_merged_again(paths, monkeypatch) -> None:
    """The lock keeps runs apart, not a run and a PO editor: their save must survive."""
    from cms_i18n.catalog import update

    po, _ = paths
    run(paths, units(TITLE, P1, P2))
    real_merge = update.merge
    calls = []

    def merge_while_an_editor_saves(old, entries, *args, **kwargs):
        calls.append(len(calls))
        plan = real_merge(old, entries, *args, **kwargs)
        if len(calls) == 1:
            edit(po, (P1, "Traducción revisada por la editora.", "revisado"))
        return plan

    monkeypatch.setattr(update, "merge", merge_while_an_editor_saves)
    run(paths, units(TITLE, P1, P2, P3))
    assert len(calls) == 2
    reviewed = entry_for(po, P1)
    assert reviewed.msgstr == "Traducción revisada por la editora."
    assert not reviewed.fuzzy and reviewed.translator_comments == ["revisado"]
    assert entry_for(po, P3).msgstr == fake_mt(P3)


def test_a_catalog_that_never_stops_changing_is_left_alone(paths, monkeypatch) -> None:
    from cms_i18n.catalog import update

    po, _ = paths
    run(paths, units(TITLE, P1))
    real_merge = update.merge

    def merge_while_saving(old, entries, *args, **kwargs):
        plan = real_merge(old, entries, *args, **kwargs)
        po.write_bytes(po.read_bytes() + b"\n")
        return plan

    monkeypatch.setattr(update, "merge", merge_while_saving)
    with pytest.raises(CatalogError, match="changed on disk") as caught:
        update_catalog(po, units(TITLE, P1, P2), lang="es", domain="content")
    assert caught.value.path == str(po)
    assert P2 not in po.read_text(encoding="utf-8")


def test_header_is_what_msginit_writes(tmp_path: Path) -> None:
    """Fields as ``msginit --no-translator`` writes them, Plural-Forms GNU gettext's."""
    for lang in ("es", "pt-BR", "ca", "ru"):
        po, pot = catalog_paths(tmp_path / "locale", lang, "content")
        update_catalog(po, units(TITLE), lang=lang, domain="content", pot_path=pot)
        msgfmt_check(po)
        made = tmp_path / f"{lang}.msginit.po"
        subprocess.run(["msginit", "--no-translator", "-l", lang.replace("-", "_"), "-i",
                        str(pot), "-o", str(made)], check=True, capture_output=True)
        ours, theirs = read_po(po), read_po(made)
        for field in ("Last-Translator", "Language-Team", "Language", "MIME-Version",
                      "Content-Type", "Content-Transfer-Encoding"):
            assert ours.header_value(field) == theirs.header_value(field), (lang, field)
        if theirs.header_value("Plural-Forms"):         # msginit has none for Catalan
            assert ours.header_value("Plural-Forms") == theirs.header_value("Plural-Forms")
        order = [name for name, _ in theirs.header_fields() if name != "Plural-Forms"]
        assert [name for name, _ in ours.header_fields() if name in order] == order


def test_a_plural_rule_an_earlier_version_wrote_is_brought_in_line(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE))
    text = po.read_text(encoding="utf-8")
    cldr = "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"
    po.write_text(text.replace("nplurals=2; plural=(n != 1);", cldr), encoding="utf-8")
    run(paths, units(TITLE))
    assert read_po(po).header_value("Plural-Forms") == "nplurals=2; plural=(n != 1);"
    chosen = "nplurals=2; plural=n != 1;"           # an editor's own spelling stays
    po.write_text(po.read_text(encoding="utf-8").replace(
        "nplurals=2; plural=(n != 1);", chosen), encoding="utf-8")
    run(paths, units(TITLE))
    assert read_po(po).header_value("Plural-Forms") == chosen


def _with_obsolete_copy(po: Path, msgstr: str, *, fuzzy: bool = False) -> None:
    """Append an obsolete copy of the title's entry, as an earlier layout left one."""
    flag = "#, fuzzy\n" if fuzzy else ""
    with po.open("a", encoding="utf-8") as handle:
        handle.write(f'\n# the desk\'s note\n{flag}#~ msgctxt "news/moscow:title"\n'
                     f'#~ msgid "{TITLE}"\n#~ msgstr "{msgstr}"\n')


def test_an_obsolete_copy_of_a_live_entry_is_folded_into_it(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    _with_obsolete_copy(po, "Altos cargos asiáticos se reúnen en Moscú")
    run(paths, units(TITLE, P1))          # msgfmt -c accepts it: one definition
    title = [e for e in read_po(po).entries if e.msgid == TITLE]
    assert len(title) == 1 and not title[0].obsolete
    # The editor's text takes the place of the machine's, reviewed as it was.
    assert title[0].msgstr == "Altos cargos asiáticos se reúnen en Moscú"
    assert not title[0].fuzzy and "the desk's note" in title[0].translator_comments


def test_two_editors_texts_for_one_entry_both_stay(paths) -> None:
    po, _ = paths
    run(paths, units(TITLE, P1))
    edit(po, (TITLE, "Funcionarios asiáticos se reunirán en Moscú", None))
    _with_obsolete_copy(po, "Altos cargos asiáticos, a Moscú", fuzzy=True)
    run(paths, units(TITLE, P1))
    title = [e for e in read_po(po).entries if e.msgid == TITLE]
    assert len(title) == 1
    assert title[0].msgstr == "Funcionarios asiáticos se reunirán en Moscú"
    assert any("Altos cargos asiáticos, a Moscú" in comment
               for comment in title[0].translator_comments)
    again = po.read_bytes()
    run(paths, units(TITLE, P1))
    assert po.read_bytes() == again       # kept once, not added again on every run


def test_a_machine_text_carried_to_a_changed_entry_is_known_without_a_record(paths) -> None:
    """With no record of what was written there (a memory from before, a catalogue
    renamed), the machine's translation of the entry's previous text is still the
    machine's: the new text's translation replaces it."""
    po, _ = paths
    po.parent.mkdir(parents=True)
    po.write_text(f'''msgid ""
msgstr ""
"Language: es\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#, fuzzy
#| msgid "{P2}"
msgctxt "news/moscow"
msgid "{P3}"
msgstr "{fake_mt(P2)}"
''', encoding="utf-8")
    MEMORY.store([(P2, fake_mt(P2), None, (), ())], engine="apertium", source_lang="en",
                 target_lang="es", glossary="-")
    result = run(paths, [unit("news/moscow", P3, fake_mt(P3))])
    assert entry_for(po, P3).msgstr == fake_mt(P3)
    assert result.drafts_kept == 0


def test_a_document_renamed_in_place_keeps_an_edit_saved_during_the_run(paths) -> None:
    """A file that moved within one catalogue: its entries are merged under the new id,
    the editor's latest save included, even one the run had not read when it began."""
    po, _ = paths
    run(paths, units(TITLE, P1, doc="world/veto"))
    edit(po, (P1, "Los jefes de delegación de la ASEAN se reunirán en Moscú.", None))
    update_catalog(po, units(TITLE, P1, doc="region/veto"), lang="es", domain="content",
                   renames={"world/veto": "region/veto"})
    msgfmt_check(po)
    entries = read_po(po).entries
    assert {e.msgctxt for e in entries} == {"region/veto:title", "region/veto"}
    moved = entry_for(po, P1)
    assert moved.msgstr == "Los jefes de delegación de la ASEAN se reunirán en Moscú."
    assert not moved.fuzzy


def test_a_source_whose_blanks_alone_changed_keeps_its_review(paths) -> None:
    """A CMS's editor saved the English page, and its text area closed a double space after
    a full stop: the same words went back to review as a changed source."""
    po, _ = paths
    spaced = "Staff met on Monday.  The talks went on."
    run(paths, units(TITLE, spaced))
    edit(po, (spaced, "El personal se reunió el lunes. Las conversaciones siguieron.", None))
    closed = "Staff met on Monday. The talks went on."
    result = run(paths, units(TITLE, closed))
    entry = entry_for(po, closed)
    assert entry.msgstr == "El personal se reunió el lunes. Las conversaciones siguieron."
    assert not entry.fuzzy and result.reviewed_kept == 1 and result.obsolete == 0
    # a line broken elsewhere is another text: its review is a draft of the new one
    edit(po, (TITLE, "Título", None))
    run(paths, units(TITLE.replace(" ", "\n", 1), closed))
    assert entry_for(po, TITLE.replace(" ", "\n", 1)).fuzzy


@pytest.mark.parametrize("before, after", [("news/moscow:body#3", "news/moscow:body#2"),
                                           ("news/moscow:body#2", "news/moscow")])
def test_a_reviewed_repeat_renumbered_stays_reviewed_under_its_new_number(
        paths, before: str, after: str) -> None:
    """A repeated paragraph's key is its number among its repeats, and catalogues
    written before field texts stopped counting hold an older one: the same text in
    the same document under a new number keeps its reviewed translation, reviewed."""
    po, _ = paths
    run(paths, [unit("news/moscow:title", TITLE, fake_mt(TITLE)),
                unit(before, P1, fake_mt(P1), line=5)])
    edit(po, (P1, "Texto revisado", None))
    result = run(paths, [unit("news/moscow:title", TITLE, fake_mt(TITLE)),
                         unit(after, P1, fake_mt(P1), line=5)])
    catalog = read_po(po)
    assert [(e.msgctxt, e.msgstr, e.fuzzy, e.obsolete) for e in catalog.entries
            if e.msgid == P1] == [(after, "Texto revisado", False, False)]
    assert result.reviewed_kept == 1 and result.obsolete == 0
