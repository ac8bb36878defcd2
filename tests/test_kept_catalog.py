"""A catalogue that lost entries (a crashed save, a stray ``>``, a file cut short) is
never rebuilt without the editors' work: ``translate`` brings back what it kept of
it at the last run, ``status`` and ``check`` say so, and an editor's purge of
obsolete entries stays a purge (see :mod:`cms_i18n.catalog.kept`)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import Result

from cms_i18n.catalog import po as po_module
from tests.helpers import msgfmt_check, run, translated_pages

pytestmark = pytest.mark.engine

PAGES = {
    "library-hours": ["The library opens at nine in the morning.",
                      "Children's books are on the second floor.",
                      "The reading room closes at six."],
    "museum": ["The museum is free on Sundays.",
               "The new wing shows paintings from the river towns."],
}
REVIEWED = "La biblioteca abre a las nueve de la mañana."
DRAFT = "Los libros infantiles están en la segunda planta (revisar)."
RETIRED = "La sala de lectura cierra a las seis."
MUSEUM = "El museo es gratuito los domingos."
WING = "El ala nueva muestra cuadros de los pueblos del río."
WING_NOW = "The new wing shows paintings from the river villages."


def _translate() -> Result:
    return run("translate", "--lang", "es", "--engine", "apertium", "--source", "content",
               "--quiet")


def _find(po: polib.POFile, msgid: str) -> polib.POEntry:
    return next(e for e in po if e.msgid == msgid)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site whose Spanish catalogue holds an editor's reviewed translation with a
    translator comment, a draft of theirs, a reviewed one on a second page, and an
    obsolete entry with the translation of a paragraph since removed."""
    root = translated_pages(tmp_path / "site", PAGES, "es")
    monkeypatch.chdir(root)
    po_path = root / "locale" / "es" / "LC_MESSAGES" / "content.po"
    po = polib.pofile(str(po_path))
    first, second, third = (_find(po, text) for text in PAGES["library-hours"])
    first.msgstr, first.flags = REVIEWED, []
    first.tcomment = "Revisado por Ana"
    second.msgstr = DRAFT
    third.msgstr, third.flags = RETIRED, []
    museum = _find(po, PAGES["museum"][0])
    museum.msgstr, museum.flags = MUSEUM, []
    wing = _find(po, PAGES["museum"][1])
    wing.msgstr, wing.flags = WING, []
    po.save(str(po_path))
    content = root / "content" / "library-hours.txt"
    content.write_text("\n\n".join(PAGES["library-hours"][:2]) + "\n", encoding="utf-8")
    # A changed paragraph: its reviewed text becomes the draft of the new one (``#|``),
    # and stays on file as an obsolete entry of the old text too.
    (root / "content" / "museum.txt").write_text(
        f"{PAGES['museum'][0]}\n\n{WING_NOW}\n", encoding="utf-8")
    result = _translate()
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(po_path))
    assert _find(po, PAGES["library-hours"][2]).obsolete and _find(po, PAGES["museum"][1]).obsolete
    return po_path


def _assert_all_there(po_path: Path) -> None:
    msgfmt_check(po_path)
    po = polib.pofile(str(po_path))
    first = _find(po, PAGES["library-hours"][0])
    assert (first.msgstr, first.fuzzy, first.tcomment) == (REVIEWED, False, "Revisado por Ana")
    second = _find(po, PAGES["library-hours"][1])
    assert (second.msgstr, second.fuzzy) == (DRAFT, True)
    retired = _find(po, PAGES["library-hours"][2])
    assert (retired.msgstr, retired.obsolete) == (RETIRED, True)
    museum = _find(po, PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (MUSEUM, False)
    wing = _find(po, WING_NOW)
    assert (wing.msgstr, wing.fuzzy, wing.previous_msgid) == (WING, True, PAGES["museum"][1])
    old_wing = _find(po, PAGES["museum"][1])
    assert (old_wing.msgstr, old_wing.obsolete) == (WING, True)


def test_an_emptied_catalog_comes_back_with_reviews_drafts_comments_and_obsolete_entries(
        site: Path) -> None:
    site.write_bytes(b"")
    result = _translate()
    assert result.exit_code == 0, result.output
    _assert_all_there(site)
    warning = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warning == [
        "warning: es: locale/es/LC_MESSAGES/content.po had lost 6 entries with editors' work "
        "since the last run (2 reviewed, 2 drafts, 2 obsolete; 1 with translator comments): "
        "brought back from .cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po; to drop "
        "them for good, delete them again and delete that copy before the next run"], result.stderr


def test_a_catalog_cut_at_an_entry_boundary_gets_back_what_it_lost(site: Path) -> None:
    text = site.read_text(encoding="utf-8")
    cut = text.index(f'msgctxt "library-hours"\nmsgid "{PAGES["library-hours"][1]}"')
    cut = text.rindex("\n\n", 0, cut) + 2
    site.write_text(text[:cut], encoding="utf-8")
    polib.pofile(str(site))         # still valid PO: nothing in the file says it is short
    status = run("status")
    assert status.exit_code == 2
    assert ("lost 5 entries with editors' work compared with the last run "
            "(1 reviewed, 2 drafts, 2 obsolete)") in status.stderr
    check = run("check", "--no-msgfmt")
    assert check.exit_code == 2, check.output
    assert "lost 5 entries with editors' work" in check.output
    applied = run("apply", "--lang", "es", "--source", "content")
    assert applied.exit_code == 2 and "nothing was applied" in applied.stderr
    assert "passed" not in check.output       # the catalogue fails its check
    assert not list(site.parents[3].glob("content/*.es.txt"))   # no page lost its review

    result = _translate()
    assert result.exit_code == 0, result.output
    assert "had lost 5 entries" in result.stderr
    _assert_all_there(site)
    assert "lost" not in run("status").stderr
    assert run("check", "--no-msgfmt").exit_code == 0
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    published = (site.parents[3] / "content" / "library-hours.es.txt").read_text("utf-8")
    assert REVIEWED in published


def test_the_file_wins_for_every_entry_it_still_has(site: Path) -> None:
    po = polib.pofile(str(site))
    first = _find(po, PAGES["library-hours"][0])
    first.msgstr, first.tcomment = "La biblioteca abre a las 9.", "Corregido por Luis"
    museum = _find(po, PAGES["museum"][0])
    po.remove(museum)               # lost, beside an edit
    po.save(str(site))
    result = _translate()
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(site))
    first = _find(po, PAGES["library-hours"][0])
    assert (first.msgstr, first.fuzzy) == ("La biblioteca abre a las 9.", False)
    # written anew more than edited: the review it replaced stays beside it, quoted
    assert first.tcomment.splitlines() == [
        "Corregido por Luis",
        f'another translation an editor wrote for this text, kept: "{REVIEWED}"']
    museum = _find(po, PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (MUSEUM, False)
    assert "had lost 1 entry with editors' work" in result.stderr


def test_obsolete_entries_an_editor_purged_stay_purged(site: Path) -> None:
    subprocess.run(["msgattrib", "--no-obsolete", "-o", str(site), str(site)], check=True)
    assert not any(e.obsolete for e in polib.pofile(str(site)))
    assert "lost" not in run("status").stderr
    assert run("check", "--no-msgfmt").exit_code == 0
    result = _translate()
    assert result.exit_code == 0, result.output
    assert not any(e.obsolete for e in polib.pofile(str(site)))
    assert "2 obsolete entries removed from locale/es/LC_MESSAGES/content.po since the last " \
           "run, the live ones all there: taken as a purge, not brought back" in result.stderr
    # Forgotten for good: cutting the file now brings back the live work alone.
    site.write_bytes(b"")
    result = _translate()
    po = polib.pofile(str(site))
    assert _find(po, PAGES["library-hours"][0]).msgstr == REVIEWED
    assert not any(e.obsolete for e in po)


def test_a_draft_that_never_left_its_entry_keeps_its_notes(site: Path) -> None:
    """The memory keeps the editor's draft for an entry that leaves the catalogue and
    comes back; a run that merges the file for another change (here a new paragraph
    elsewhere) rewrote the draft's entry all the same, saying "restored from the memory"
    of a draft that never left, and dropped the machine's suggestion beside it."""
    before = _find(polib.pofile(str(site)), PAGES["library-hours"][1])
    assert before.msgstr == DRAFT and "suggestion for this text" in before.comment
    museum = site.parents[3] / "content" / "museum.txt"
    museum.write_text(museum.read_text(encoding="utf-8") + "\nThe café opens at ten.\n",
                      encoding="utf-8")
    result = _translate()
    assert result.exit_code == 0, result.output
    after = _find(polib.pofile(str(site)), PAGES["library-hours"][1])
    assert (after.msgstr, after.fuzzy) == (DRAFT, True)
    assert after.comment == before.comment


def test_a_paragraph_restored_after_a_purge_gets_the_editor_s_draft_back(site: Path) -> None:
    # The draft's paragraph is deleted, its obsolete entry purged, then the paragraph
    # comes back: the entry offers the editor's draft, not the machine's text.
    content = site.parents[3] / "content" / "library-hours.txt"
    content.write_text(PAGES["library-hours"][0] + "\n", encoding="utf-8")
    assert _translate().exit_code == 0
    assert _find(polib.pofile(str(site)), PAGES["library-hours"][1]).obsolete
    subprocess.run(["msgattrib", "--no-obsolete", "-o", str(site), str(site)], check=True)
    assert _translate().exit_code == 0
    content.write_text("\n\n".join(PAGES["library-hours"][:2]) + "\n", encoding="utf-8")
    result = _translate()
    assert result.exit_code == 0, result.output
    back = _find(polib.pofile(str(site)), PAGES["library-hours"][1])
    assert (back.msgstr, back.fuzzy, back.obsolete) == (DRAFT, True, False)
    assert "restored from the memory: the draft an editor last typed in this entry" in \
        back.comment
    # It is the editor's text from then on: the page renamed, it moves with its entry.
    content.rename(content.with_name("opening-hours.txt"))
    result = _translate()
    assert result.exit_code == 0, result.output
    moved = [e for e in polib.pofile(str(site)) if e.msgid == PAGES["library-hours"][1]
             and not e.obsolete]
    assert [(e.msgctxt, e.msgstr) for e in moved] == [("opening-hours", DRAFT)], moved


def test_deleting_the_copy_drops_lost_entries_on_purpose(site: Path) -> None:
    site.write_bytes(b"")
    (site.parents[3] / ".cms-i18n" / "catalogs" / site.relative_to(site.parents[3])).unlink()
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "had lost" not in result.stderr
    assert "holds none of the entries earlier runs wrote there" in result.stderr
    po = polib.pofile(str(site))
    assert _find(po, PAGES["library-hours"][0]).fuzzy
    assert not any(e.obsolete for e in po)


def test_a_catalog_written_to_another_locale_dir_takes_nothing_from_the_site_one(
        site: Path) -> None:
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", "content",
                 "--locale-dir", "preview", "--quiet")
    assert result.exit_code == 0, result.output
    assert "lost" not in result.stderr
    preview = polib.pofile("preview/es/LC_MESSAGES/content.po")
    assert not any(e.obsolete or not e.fuzzy for e in preview)


def _files(root: Path) -> dict[str, str]:
    """Every file under the site's folder, by path, with a digest of its bytes."""
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def _copy_of(site: Path) -> Path:
    return site.parents[3] / ".cms-i18n" / "catalogs" / site.relative_to(site.parents[3])


@pytest.mark.parametrize("copy", ["kept", "none yet"])
def test_status_and_check_write_nothing_into_the_site(site: Path, copy: str) -> None:
    root = site.parents[3]
    if copy == "none yet":
        _copy_of(site).unlink()         # as an earlier version left the site
    before = _files(root)
    for args in (["status"], ["status", "--json"], ["check"], ["check", "--json"]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert "lost" not in result.output
        assert _files(root) == before, args


def test_a_catalog_written_before_copies_were_kept_is_protected_from_the_next_translate(
        site: Path) -> None:
    copy = _copy_of(site)
    copy.unlink()                   # as an earlier version left the site
    assert run("status").exit_code == 0 and run("check", "--no-msgfmt").exit_code == 0
    assert not copy.exists()        # read-only commands leave the site as it is
    result = _translate()
    assert result.exit_code == 0, result.output
    kept = polib.pofile(str(copy))
    # The editors' work only: the translation memory knows cms-i18n's own drafts.
    assert sorted(e.msgstr for e in kept) == sorted([REVIEWED, DRAFT, RETIRED, MUSEUM, WING,
                                                     WING])
    site.write_bytes(b"")
    result = _translate()
    assert "had lost 6 entries with editors' work" in result.stderr
    _assert_all_there(site)


def test_each_command_reads_the_catalog_once(site: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[Path] = []
    parse = po_module._Reader.parse

    def counted(reader: po_module._Reader) -> list[po_module.PoEntry]:
        if reader.path is not None and Path(reader.path).resolve() == site.resolve():
            parsed.append(site)
        return parse(reader)

    monkeypatch.setattr(po_module._Reader, "parse", counted)
    for args in (["status"], ["check", "--no-msgfmt"], ["compile"],
                 ["apply", "--lang", "es", "--source", "content"]):
        parsed.clear()
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert len(parsed) == 1, args


def test_compile_keeps_the_mo_of_a_catalog_that_lost_what_it_served(site: Path) -> None:
    assert run("compile").exit_code == 0       # the two reviewed entries
    mo = site.with_suffix(".mo")
    served = mo.read_bytes()
    text = site.read_text(encoding="utf-8")
    # The file lost its first page's entries (a sync kept half of it); the page whose
    # source changed is still there, with its reviewed text as a fuzzy draft.
    start = text.index(f'msgctxt "museum"\nmsgid "{PAGES["museum"][0]}"')
    site.write_text(text[:text.index("\n\n") + 2] + text[text.rindex("\n\n", 0, start) + 2:],
                    encoding="utf-8")
    msgfmt_check(site)
    copy = _copy_of(site).read_bytes()
    result = run("compile")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: es: locale/es/LC_MESSAGES/content.po lost 2 entries with editors' work "
        "compared with the last run (1 reviewed, 1 draft, 0 obsolete; 1 with translator "
        "comments): not compiled; the previous locale/es/LC_MESSAGES/content.mo stays in "
        "place and is still served; `cms-i18n translate` brings them back from "
        ".cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po, then compile again (or compile "
        "with --force to publish it as it is)"]
    assert mo.read_bytes() == served and _copy_of(site).read_bytes() == copy
    # Forced, it is compiled as it stands, and the warning says what the file lost.
    result = run("compile", "--force")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        "warning: es: locale/es/LC_MESSAGES/content.mo: 1 message, 1 fewer than the .mo it "
        "replaces: 1 entry was lost from locale/es/LC_MESSAGES/content.po since the last "
        "translate (the file lost it, not the source): `cms-i18n translate` brings it back "
        "from .cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po, then compile again")
    assert _copy_of(site).read_bytes() == copy      # never taken from a file that lost entries
    assert _translate().exit_code == 0
    result = run("compile")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert result.stdout.startswith("es: 2 messages →")


@pytest.mark.parametrize("emptied", [b"", b"# saved by a crashed editor\n"])
@pytest.mark.parametrize("copy", ["kept", "none"])
def test_compile_and_check_refuse_an_emptied_catalog_in_one_line(site: Path, emptied: bytes,
                                                                  copy: str) -> None:
    assert run("compile").exit_code == 0
    mo = site.with_suffix(".mo")
    served = mo.read_bytes()
    if copy == "none":
        _copy_of(site).unlink()
    site.write_bytes(emptied)
    lost = ("is empty: it lost 6 entries with editors' work" if copy == "kept"
            else "is empty, it holds no entries")
    result = run("compile")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"error: es: locale/es/LC_MESSAGES/content.po {lost}")
    assert "the previous locale/es/LC_MESSAGES/content.mo stays in place" in result.stderr
    assert mo.read_bytes() == served
    assert run("compile", "--force").exit_code == 2 and mo.read_bytes() == served
    result = run("check")
    assert result.exit_code == 2
    assert result.output.splitlines() == [line for line in result.output.splitlines()
                                          if not line.startswith("note:")][:1]
    assert result.stderr.startswith(f"error: es: locale/es/LC_MESSAGES/content.po {lost}")
    assert "msgfmt" not in result.output
    assert not _copy_of(site).exists() or copy == "kept"


def _review(site: Path, msgid: str, msgstr: str) -> None:
    po = polib.pofile(str(site))
    entry = _find(po, msgid)
    entry.msgstr, entry.flags = msgstr, []
    po.save(str(site))


@pytest.mark.parametrize("publish", [["compile"], ["apply", "--lang", "es", "--source",
                                                   "content"]])
def test_reviews_made_since_the_last_translate_survive_an_emptied_catalog(
        site: Path, publish: list[str]) -> None:
    root = site.parents[3]
    wing = "El ala nueva muestra cuadros de los pueblos ribereños."
    _review(site, WING_NOW, wing)                       # after the last translate
    result = run(*publish)
    assert result.exit_code == 0, result.output
    assert wing in _copy_of(site).read_text(encoding="utf-8")
    if publish[0] == "apply":
        assert wing in (root / "content" / "museum.es.txt").read_text(encoding="utf-8")
    # Machine drafts are not the editors' work: the copy holds what translate keeps.
    kept = [e for e in polib.pofile(str(_copy_of(site))) if not e.obsolete]
    assert sorted(e.msgstr for e in kept) == sorted([REVIEWED, DRAFT, MUSEUM, wing])
    site.write_bytes(b"")                               # a crashed save
    status = run("status")
    assert ("lost 6 entries with editors' work compared with the last run (3 reviewed"
            in status.stderr)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "had lost 6 entries" in result.stderr
    assert (_find(polib.pofile(str(site)), WING_NOW).msgstr,
            _find(polib.pofile(str(site)), WING_NOW).fuzzy) == (wing, False)
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    page = (root / "content" / "museum.es.txt").read_text(encoding="utf-8")
    assert wing in page and MUSEUM in page


def test_status_and_check_name_a_catalog_path_that_is_a_folder(site: Path) -> None:
    site.unlink()
    site.mkdir()
    for args in (["status", "--lang", "es"], ["check", "--lang", "es"], ["status"]):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr == (f"error: {site}: cannot read catalogue: Is a directory\n"), \
            args


def test_compile_names_a_withdrawn_review_and_a_removed_paragraph(site: Path) -> None:
    assert run("compile").stdout.startswith("es: 2 messages →")
    po = polib.pofile(str(site))
    _find(po, PAGES["museum"][0]).msgstr = ""           # an editor withdraws the review
    po.save(str(site))
    content = site.parents[3] / "content" / "library-hours.txt"
    content.write_text(PAGES["library-hours"][1] + "\n", encoding="utf-8")
    assert _translate().exit_code == 0
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    # the review comes back as a draft, from the memory: never published until reviewed
    assert (museum.msgstr, museum.fuzzy) == (MUSEUM, True)
    result = run("compile")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: es: locale/es/LC_MESSAGES/content.mo: 0 messages, 2 fewer than the .mo it "
        "replaces: 1 reviewed translation withdrawn by an editor in "
        "locale/es/LC_MESSAGES/content.po (msgstr emptied; a suggestion `translate` made "
        "since is fuzzy); 1 entry was made obsolete: its paragraph was removed from the "
        "source\n")


def test_a_copy_from_before_a_source_change_brings_its_newer_review_to_the_new_text(
        site: Path) -> None:
    """A second editor reviewed the wing's paragraph in a copy of the catalogue taken
    before its source changed, and puts that copy back.  Their review is the newer work:
    it becomes the draft of the changed text (it was left in an obsolete entry, the
    first editor's older text on the live one); the text the last run had there stays
    beside it as a translator comment, and the run says so."""
    newer = "El ala nueva expone cuadros de los pueblos del río (revisado por Bob)."
    po = polib.pofile(str(site))
    po.remove(_find(po, WING_NOW))
    po.remove(_find(po, PAGES["museum"][1]))
    po.append(polib.POEntry(msgctxt="museum", msgid=PAGES["museum"][1], msgstr=newer))
    po.save(str(site))
    result = _translate()
    assert result.exit_code == 0, result.output
    msgfmt_check(site)
    wing = _find(polib.pofile(str(site)), WING_NOW)
    assert (wing.msgstr, wing.fuzzy, wing.previous_msgid) == (newer, True, PAGES["museum"][1])
    assert f'another translation an editor wrote for the earlier text, kept: "{WING}"' \
        in wing.tcomment
    assert "had moved to its new text came back as the older text's entry" in result.stderr
    assert "had lost" not in result.stderr


def _reviewed_after_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           comment: str = "") -> tuple[Path, bytes, polib.POFile]:
    """A translated site, a colleague's copy of its Spanish catalogue (machine drafts
    only), and that catalogue with Ana's review of the museum's first line, unsaved."""
    root = translated_pages(tmp_path / "site", PAGES, "es")
    monkeypatch.chdir(root)
    po_path = root / "locale" / "es" / "LC_MESSAGES" / "content.po"
    copy = po_path.read_bytes()
    po = polib.pofile(str(po_path))
    museum = _find(po, PAGES["museum"][0])
    museum.msgstr, museum.flags, museum.tcomment = MUSEUM, [], comment
    return po_path, copy, po


@pytest.fixture
def older_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, bytes]:
    """A site whose Spanish catalogue an editor reviewed after a colleague took a copy of
    it (machine drafts only), with a run since: (the catalogue, the colleague's copy)."""
    po_path, copy, po = _reviewed_after_a_copy(tmp_path, monkeypatch, "Revisado por Ana")
    wing = _find(po, PAGES["museum"][1])
    wing.msgstr = WING                                  # Ana's draft, still fuzzy
    po.save(str(po_path))
    assert _translate().exit_code == 0
    return po_path, copy


def test_an_older_copy_put_back_over_the_reviews_gets_them_back(
        older_copy: tuple[Path, bytes]) -> None:
    """The colleague's copy, put back with ``cp``, holds cms-i18n's machine drafts where
    the last run kept Ana's review and draft: nobody types those drafts back over a text,
    so it is no edit.  status, check and apply say so and publish nothing; translate
    brings the work back, naming the line."""
    site, copy = older_copy
    site.write_bytes(copy)
    line = next(e.linenum for e in polib.pofile(str(site)) if e.msgid == PAGES["museum"][0])
    for command in (("status",), ("check",), ("apply", "--lang", "es", "--source", "content")):
        result = run(*command)
        assert result.exit_code != 0, (command, result.output)
        assert ("content.po holds earlier texts again in 2 entries where the last run kept "
                "editors' newer work (1 reviewed, 1 draft, 0 obsolete; 1 with translator "
                "comments)"
                in result.stdout + result.stderr), (command, result.output)
    assert not (site.parents[3] / "content" / "museum.es.txt").exists()
    result = _translate()
    assert result.exit_code == 0, result.output
    assert f"content.po:{line}: 2 entries held an earlier text again" in result.stderr
    po = polib.pofile(str(site))
    museum, wing = _find(po, PAGES["museum"][0]), _find(po, PAGES["museum"][1])
    assert (museum.msgstr, museum.fuzzy, museum.tcomment) == (MUSEUM, False, "Revisado por Ana")
    assert (wing.msgstr, wing.fuzzy) == (WING, True)
    assert run("status").exit_code == 0
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    assert MUSEUM in (site.parents[3] / "content" / "museum.es.txt").read_text(encoding="utf-8")


def test_an_older_copy_put_back_after_a_memory_purge_gets_the_reviews_back(
        older_copy: tuple[Path, bytes]) -> None:
    """The site purged the engine's translations (``memory purge``, to have them made
    again), then the colleague's copy went back: its machine drafts were taken for an
    editor's, Ana's review was demoted to a suggestion beside one, fuzzy, and the run
    counted "1 editor draft kept", exit 0.  A purged translation is still cms-i18n's."""
    site, copy = older_copy
    purged = run("memory", "purge", "--engine", "apertium")
    assert purged.exit_code == 0 and "purged" in purged.output, purged.output
    site.write_bytes(copy)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "2 entries held an earlier text again" in result.stderr, result.stderr
    po = polib.pofile(str(site))
    museum, wing = _find(po, PAGES["museum"][0]), _find(po, PAGES["museum"][1])
    assert (museum.msgstr, museum.fuzzy, museum.tcomment) == (MUSEUM, False, "Revisado por Ana")
    assert (wing.msgstr, wing.fuzzy) == (WING, True)


@pytest.mark.parametrize("change", ["reworded", "taken out"])
def test_an_older_copy_put_back_after_a_source_change_keeps_the_editor_s_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    """A colleague's copy from before Ana's review went back after the author reworded
    that paragraph (or took it out): the copy's machine draft of the old wording took the
    new entry, Ana's text only a comment (reworded); the obsolete entry got the machine
    draft, Ana's text gone from the file (taken out)."""
    po_path, copy, po = _reviewed_after_a_copy(tmp_path, monkeypatch)
    root = po_path.parents[3]
    po.save(str(po_path))
    assert _translate().exit_code == 0
    page = root / "content" / "museum.txt"
    text = page.read_text(encoding="utf-8")
    reworded = "The museum is free on Sundays and holidays."
    page.write_text(text.replace(PAGES["museum"][0], reworded if change == "reworded" else ""),
                    encoding="utf-8")
    assert _translate().exit_code == 0
    po_path.write_bytes(copy)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "held an earlier text again" in result.stderr, result.stderr
    entries = polib.pofile(str(po_path))
    old = next(e for e in entries if e.obsolete and e.msgid == PAGES["museum"][0])
    assert (old.msgstr, old.fuzzy) == (MUSEUM, False)
    if change == "reworded":
        now = _find(entries, reworded)
        assert now.msgstr == MUSEUM and now.fuzzy, now    # Ana's text, for the new wording


def test_a_machine_draft_approved_as_it_was_comes_back_approved_with_the_older_copy(
        older_copy: tuple[Path, bytes]) -> None:
    """Another editor approved cms-i18n's draft of a line unchanged after the colleague
    took the copy: putting the copy back makes it fuzzy again, which the run undoes with
    the rest of the copy's damage (the published page would lose the line)."""
    site, copy = older_copy
    po = polib.pofile(str(site))
    hours = _find(po, PAGES["library-hours"][0])
    machine = hours.msgstr
    hours.flags = []                                    # approved as it was
    po.save(str(site))
    assert run("compile").exit_code == 0               # the review is recorded
    site.write_bytes(copy)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "content.po:" in result.stderr and "3 entries held an earlier text again" \
        in result.stderr, result.stderr
    hours = _find(polib.pofile(str(site)), PAGES["library-hours"][0])
    assert (hours.msgstr, hours.fuzzy) == (machine, False)


def test_an_older_copy_updated_with_msgmerge_gets_the_work_back_and_no_purge(
        older_copy: tuple[Path, bytes], tmp_path: Path) -> None:
    """The source of Ana's draft changed since (the run moved her draft to the new text);
    the colleague brings their old copy up to date with ``msgmerge``, which moves their
    machine draft there with no ``#|`` line, and puts it back.  Ana's draft comes back,
    and her review's obsolete entry is no purge."""
    site, copy = older_copy
    root = site.parents[3]
    (root / "content" / "museum.txt").write_text(
        f"{PAGES['museum'][0]}\n\n{WING_NOW}\n", encoding="utf-8")
    assert _translate().exit_code == 0
    stale = tmp_path / "stale.po"
    stale.write_bytes(copy)
    subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", str(stale),
                    str(root / "locale" / "content.pot")], check=True)
    site.write_bytes(stale.read_bytes())
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "taken as a purge" not in result.stderr
    po = polib.pofile(str(site))
    wing = _find(po, WING_NOW)
    assert (wing.msgstr, wing.fuzzy) == (WING, True)
    assert (_find(po, PAGES["museum"][0]).msgstr, _find(po, PAGES["museum"][0]).fuzzy) == (
        MUSEUM, False)


@pytest.mark.parametrize("edit", ["fuzzy", "retyped", "cleared"])
def test_an_editor_who_withdraws_a_review_is_not_undone(older_copy: tuple[Path, bytes],
                                                        edit: str) -> None:
    """Marking a review fuzzy, typing over it or clearing it is an edit: it stays."""
    site, _copy = older_copy
    po = polib.pofile(str(site))
    museum = _find(po, PAGES["museum"][0])
    if edit == "fuzzy":
        museum.flags = ["fuzzy"]
    elif edit == "retyped":
        museum.msgstr, museum.flags = "El museo no cobra entrada los domingos.", ["fuzzy"]
    else:
        museum.msgstr, museum.flags = "", []
    po.save(str(site))
    assert run("status").exit_code == 0
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "held an earlier text again" not in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    # (a cleared entry gets its earlier review back as a draft, from the memory)
    assert (museum.msgstr, museum.fuzzy) == (
        "El museo no cobra entrada los domingos." if edit == "retyped" else MUSEUM, True)


def test_an_older_copy_with_an_editor_s_earlier_draft_gets_the_newer_review_back(
        site: Path) -> None:
    """The wing's paragraph changed and the run carried Ana's earlier text as its draft; a
    colleague copies the catalogue; Ana reviews the new text, and compile records it; the
    copy is put back.  The entry holds the draft the run carried again: the review comes
    back (it was lost everywhere), the earlier text kept beside it."""
    copy = site.read_bytes()
    newer = "El ala nueva muestra cuadros de los pueblos ribereños (revisado)."
    _review(site, WING_NOW, newer)
    assert run("compile").exit_code == 0
    site.write_bytes(copy)
    status = run("status")
    assert status.exit_code == 2 and "holds earlier texts again in 1 entry" in status.stderr
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 entry held an earlier text again" in result.stderr
    wing = _find(polib.pofile(str(site)), WING_NOW)
    assert (wing.msgstr, wing.fuzzy) == (newer, False)
    assert f'another translation an editor wrote for this text, kept: "{WING}"' in wing.tcomment


@pytest.mark.parametrize("recorded_by", ["translate", "apply"])
def test_an_older_copy_with_an_editor_s_earlier_review_gets_the_newer_review_back(
        older_copy: tuple[Path, bytes], recorded_by: str) -> None:
    """Ana reviewed the museum's line, a run saw it, and a colleague copied the catalogue;
    Ana revised her review and a run (``translate``, or ``apply``, which published it) saw
    that too; the copy is put back.  Its text is an editor's too, but one the memory saw
    before the revision: the revision comes back (it was in no file), the earlier review
    beside it, and every command says so until it is back."""
    site, _copy = older_copy
    root = site.parents[3]
    copy = site.read_bytes()
    revised = "El museo abre sin entrada todos los domingos."
    _review(site, PAGES["museum"][0], revised)
    command = (("apply", "--lang", "es", "--source", "content") if recorded_by == "apply"
               else ("translate", "--lang", "es", "--source", "content"))
    assert run(*command).exit_code == 0
    site.write_bytes(copy)
    for check in (("status",), ("check",), ("apply", "--lang", "es", "--source", "content")):
        result = run(*check)
        assert result.exit_code != 0, (check, result.output)
        assert "holds earlier texts again in 1 entry" in result.stdout + result.stderr
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 entry held an earlier text again" in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (revised, False)
    assert f'another translation an editor wrote for this text, kept: "{MUSEUM}"' in \
        museum.tcomment
    assert "Revisado por Ana" in museum.tcomment
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    assert revised in (root / "content" / "museum.es.txt").read_text(encoding="utf-8")



@pytest.mark.parametrize(("recorded_by", "approved"), [("translate", False), ("apply", False),
                                                      ("translate", True)])
def test_an_older_copy_with_the_carried_draft_of_a_reworded_line_gets_its_review_back(
        site: Path, recorded_by: str, approved: bool) -> None:
    """The wing's line was reworded: the run carried Ana's review of the old wording as
    the new one's draft (``#|``).  A colleague copied the catalogue, Bea reviewed the new
    wording and a run saw it; the copy put back held the carried draft again, or approved
    as it stood (the PO editor dropping its ``#|`` lines), which published the earlier
    wording's translation over Bea's review.  That draft is an editor's text of the old
    wording seen before her review: the review comes back, the draft beside it, and the
    page keeps it."""
    root = site.parents[3]
    copy = site.read_bytes()
    revised = "El ala nueva muestra cuadros de las aldeas del río."
    _review(site, WING_NOW, revised)
    command = (("apply", "--lang", "es", "--source", "content") if recorded_by == "apply"
               else ("translate", "--lang", "es", "--source", "content"))
    assert run(*command).exit_code == 0
    site.write_bytes(copy)
    if approved:
        catalog = polib.pofile(str(site))
        wing = _find(catalog, WING_NOW)
        assert wing.msgstr == WING and wing.previous_msgid
        wing.flags, wing.previous_msgid, wing.previous_msgctxt = [], None, None
        catalog.save()
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 entry held an earlier text again" in result.stderr, result.output
    wing = _find(polib.pofile(str(site)), WING_NOW)
    assert (wing.msgstr, wing.fuzzy) == (revised, False), wing
    assert f'another translation an editor wrote for this text, kept: "{WING}"' in wing.tcomment
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    assert revised in (root / "content" / "museum.es.txt").read_text(encoding="utf-8")


def test_a_draft_an_older_copy_brings_over_a_review_published_since_keeps_the_review(
        site: Path) -> None:
    """Ana copied the catalogue; Bea approved her own translation of the museum's line and
    published it with ``apply`` alone; Ana typed a draft of that line in her copy and saved
    it back.  Bea's review was in no catalogue entry, no note, nowhere in the memory."""
    root = site.parents[3]
    copy = site.read_bytes()
    bea = "Bea: el museo no cobra entrada los domingos."
    _review(site, PAGES["museum"][0], bea)
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    assert bea in (root / "content" / "museum.es.txt").read_text(encoding="utf-8")
    site.write_bytes(copy)
    catalog = polib.pofile(str(site))
    draft = "Ana: los domingos, el museo es gratis (borrador)."
    museum = _find(catalog, PAGES["museum"][0])
    museum.msgstr, museum.flags = draft, ["fuzzy"]
    catalog.save()
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 entry holds another translation (approved or a draft)" in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (draft, True)
    assert f'"{bea}"' in museum.tcomment, museum.tcomment
    # the page keeps Bea's review until the draft is approved (it fell back to English)
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    assert bea in (root / "content" / "museum.es.txt").read_text(encoding="utf-8")

def test_an_editor_who_types_the_earlier_review_again_under_its_note_keeps_it(
        older_copy: tuple[Path, bytes]) -> None:
    """The run brought Ana's revision back over the copy put back, her earlier review in a
    note beside it; she meant the earlier one and types it again under that note: her edit
    stays (it was reverted again on every run)."""
    site, _copy = older_copy
    copy = site.read_bytes()
    revised = "El museo abre sin entrada todos los domingos."
    _review(site, PAGES["museum"][0], revised)
    assert _translate().exit_code == 0
    site.write_bytes(copy)
    assert _translate().exit_code == 0                  # the revision back, MUSEUM beside
    _review(site, PAGES["museum"][0], MUSEUM)
    result = _translate()
    assert result.exit_code == 0 and "held an earlier text again" not in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (MUSEUM, False)


def test_an_older_copy_put_back_over_an_editor_s_newer_draft_gets_the_draft_back(
        older_copy: tuple[Path, bytes]) -> None:
    """Ana reviewed the museum's line; a colleague copied the catalogue; Ana typed a new
    draft over her review (fuzzy); the copy is put back: its older review replaced her
    draft, with no word, and was published again."""
    site, _copy = older_copy
    copy = site.read_bytes()
    draft = "El museo abre gratis cada domingo (borrador)."
    po = polib.pofile(str(site))
    museum = _find(po, PAGES["museum"][0])
    museum.msgstr, museum.flags = draft, ["fuzzy"]
    po.save(str(site))
    assert _translate().exit_code == 0
    site.write_bytes(copy)
    result = _translate()
    assert result.exit_code == 0 and "1 entry held an earlier text again" in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (draft, True)
    assert f'another translation an editor wrote for this text, kept: "{MUSEUM}"' in \
        museum.tcomment


#: The colleague's review of the museum's first line, in their older copy.
THEIRS = "El museo abre gratis los domingos."


def _reviewed_in_copy(copy: bytes, path: Path) -> Path:
    """The colleague's older copy at ``path``, with their review of the museum's line."""
    path.write_bytes(copy)
    po = polib.pofile(str(path))
    museum = _find(po, PAGES["museum"][0])
    museum.msgstr, museum.flags = THEIRS, []
    po.save(str(path))
    return path


def test_two_editors_texts_for_one_entry_in_an_older_copy_put_back_are_both_kept(
        older_copy: tuple[Path, bytes], tmp_path: Path) -> None:
    """The colleague reviewed the museum's entry in their old copy, Ana in the live file;
    the copy is put back.  The file's text stays; Ana's, which vanished, is kept beside
    it as a translator comment, and the run says so."""
    site, copy = older_copy
    stale = _reviewed_in_copy(copy, tmp_path / "theirs.po")
    site.write_bytes(stale.read_bytes())
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 more hold another editor's text than the last run kept" in result.stderr
    po = polib.pofile(str(site))
    museum = _find(po, PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (THEIRS, False)
    assert f'another translation an editor wrote for this text, kept: "{MUSEUM}"' in \
        museum.tcomment
    assert (_find(po, PAGES["museum"][1]).msgstr, _find(po, PAGES["museum"][1]).fuzzy) == (
        WING, True)


def test_a_paragraph_reviewed_since_an_older_copy_survives_its_msgmerge(
        site: Path, tmp_path: Path) -> None:
    """A colleague's copy from before a paragraph was added, brought up to date with
    ``msgmerge`` (which gives the new paragraph an empty msgstr) and put back, after Ana
    reviewed that paragraph and `compile` recorded it: the review was in no file and no
    memory any more ("1 found empty refilled as drafts", the machine's).  It
    comes back as a draft, with a note; nothing is published from it until reviewed."""
    root = site.parents[3]
    copy = site.read_bytes()
    added = "The café on the ground floor opens at ten."
    (root / "content" / "museum.txt").write_text(
        f"{PAGES['museum'][0]}\n\n{WING_NOW}\n\n{added}\n", encoding="utf-8")
    assert _translate().exit_code == 0
    po = polib.pofile(str(site))
    cafe = _find(po, added)
    cafe.msgstr, cafe.flags = "La cafetería de la planta baja abre a las diez.", []
    po.save(str(site))
    assert run("compile").exit_code == 0            # records the review in the kept copy
    stale = tmp_path / "stale.po"
    stale.write_bytes(copy)
    subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", str(stale),
                    str(root / "locale" / "content.pot")], check=True)
    assert _find(polib.pofile(str(stale)), added).msgstr == ""
    site.write_bytes(stale.read_bytes())
    assert _translate().exit_code == 0
    cafe = _find(polib.pofile(str(site)), added)
    assert (cafe.msgstr, cafe.fuzzy) == ("La cafetería de la planta baja abre a las diez.", True)
    assert "before the file lost it" in cafe.tcomment
    assert _translate().exit_code == 0              # a second run keeps it, the editor's
    again = _find(polib.pofile(str(site)), added)
    assert again.msgstr == cafe.msgstr and "before the file lost it" in again.tcomment


def test_a_stale_copy_msgcat_puts_over_a_joined_paragraph_gets_the_joined_draft_back(
        older_copy: tuple[Path, bytes], tmp_path: Path) -> None:
    """The author joined the museum's two paragraphs, and the run gave the joined one both
    of Ana's translations; a colleague's older copy, brought up to date with ``msgmerge``
    (which gives the joined text the machine's draft of one half) and put back with
    ``msgcat --use-first``, left that draft there, taken for another editor's text."""
    site, copy = older_copy
    root = site.parents[3]
    po = polib.pofile(str(site))
    wing = _find(po, PAGES["museum"][1])
    wing.msgstr, wing.flags = WING, []
    po.save(str(site))
    (root / "content" / "museum.txt").write_text(
        f"{PAGES['museum'][0]} {PAGES['museum'][1]}\n", encoding="utf-8")
    assert _translate().exit_code == 0
    joined = _find(polib.pofile(str(site)), f"{PAGES['museum'][0]} {PAGES['museum'][1]}")
    assert MUSEUM in joined.msgstr and WING in joined.msgstr
    stale = tmp_path / "stale.po"
    stale.write_bytes(copy)
    subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", str(stale),
                    str(root / "locale" / "content.pot")], check=True)
    subprocess.run(["msgcat", "--use-first", str(stale), str(site), "-o", str(site)],
                   check=True)
    result = _translate()
    assert result.exit_code == 0, result.output
    joined = _find(polib.pofile(str(site)), f"{PAGES['museum'][0]} {PAGES['museum'][1]}")
    assert MUSEUM in joined.msgstr and WING in joined.msgstr, joined.msgstr
    assert "held an earlier text again" in result.stderr


def test_two_reviews_msgcat_merged_into_one_entry_keep_the_published_one(
        older_copy: tuple[Path, bytes], tmp_path: Path) -> None:
    """A colleague reviewed the same line in an older copy and merged it with a plain
    ``msgcat``: the entry held both texts between its '#-#-#-#-#' lines, fuzzy, and the
    next apply put the English back on the page in place of Ana's published review."""
    site, copy = older_copy
    stale = _reviewed_in_copy(copy, tmp_path / "stale.po")
    subprocess.run(["msgcat", str(stale), str(site), "-o", str(site)], check=True)
    assert "#-#-#-#-#" in _find(polib.pofile(str(site)), PAGES["museum"][0]).msgstr
    status = run("status")
    assert status.exit_code != 0 and "msgcat merged" in status.stdout + status.stderr
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "msgcat merged" in result.stderr
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgstr, museum.fuzzy) == (MUSEUM, False), museum
    assert THEIRS in museum.tcomment


def test_another_paragraph_s_machine_draft_msgmerge_put_in_an_entry_is_no_editor_s(
        older_copy: tuple[Path, bytes], tmp_path: Path) -> None:
    """``msgmerge`` matched an older copy's entry of another paragraph to a new one and
    ``msgcat --use-first`` put it back: the machine's draft of the other paragraph was
    kept as an editor's draft of this one ("Russia abstained" for "the United States
    abstained")."""
    site, copy = older_copy
    root = site.parents[3]
    other = _find(polib.pofile(str(site)), PAGES["library-hours"][0]).msgstr
    (root / "content" / "library-hours.txt").write_text(
        "\n\n".join([*PAGES["library-hours"], "The library opens at ten in the morning on "
                     "Sundays."]) + "\n", encoding="utf-8")
    assert _translate().exit_code == 0
    new = "The library opens at ten in the morning on Sundays."
    own = _find(polib.pofile(str(site)), new).msgstr
    stale = tmp_path / "stale.po"
    stale.write_bytes(copy)
    subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", str(stale),
                    str(root / "locale" / "content.pot")], check=True)
    # msgmerge gave the new paragraph the older copy's draft of the first one
    assert _find(polib.pofile(str(stale)), new).msgstr == other
    subprocess.run(["msgcat", "--use-first", str(stale), str(site), "-o", str(site)],
                   check=True)
    result = _translate()
    assert result.exit_code == 0, result.output
    entry = _find(polib.pofile(str(site)), new)
    assert entry.msgstr == own and entry.fuzzy, entry


def test_a_copy_put_back_over_a_joined_paragraph_s_review_gets_the_review_back(
        site: Path, tmp_path: Path) -> None:
    """The author joined a reviewed paragraph to one only the machine translated; the run
    wrote the joined draft (Ana's half and the machine's, with its note). A copy taken
    then, put back after Ana reviewed the joined entry and compiled, lost her review for
    good: the run's own note on the draft was taken for an editor's comment, and the
    next run wrote the file's draft into the copy too."""
    root = site.parents[3]
    joined = f"{PAGES['museum'][0]} {WING_NOW}"
    (root / "content" / "museum.txt").write_text(joined + "\n", encoding="utf-8")
    assert _translate().exit_code == 0
    draft = _find(polib.pofile(str(site)), joined)
    assert draft.fuzzy and MUSEUM in draft.msgstr and "joined two paragraphs" in draft.tcomment
    copy = site.read_bytes()
    po = polib.pofile(str(site))
    entry = _find(po, joined)
    entry.msgstr, entry.flags = "El museo es gratuito los domingos; el ala nueva, también.", []
    po.save(str(site))
    assert run("compile").exit_code == 0
    site.write_bytes(copy)
    assert run("status").exit_code != 0
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "held an earlier text again" in result.stderr
    back = _find(polib.pofile(str(site)), joined)
    assert (back.msgstr, back.fuzzy) == (
        "El museo es gratuito los domingos; el ala nueva, también.", False)


def test_an_approval_a_copy_put_back_took_away_is_named(site: Path) -> None:
    """An editor approved the carried review of a changed paragraph as it was and
    compiled; a copy taken before, put back, made it fuzzy again with no word from any
    command. The withdrawal stands (an editor may have meant it), and both say so."""
    copy = site.read_bytes()
    po = polib.pofile(str(site))
    wing = _find(po, WING_NOW)
    assert wing.fuzzy and wing.msgstr == WING
    wing.flags = []
    po.save(str(site))
    assert run("compile").exit_code == 0
    site.write_bytes(copy)
    status = run("status")
    assert "1 entry approved when last seen" in status.stderr, status.output
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "fuzzy again, the text unchanged" in result.stderr
    assert _find(polib.pofile(str(site)), WING_NOW).fuzzy
    assert "fuzzy again" not in _translate().stderr


def test_a_catalog_saved_with_windows_line_ends_is_read_by_translate_too(site: Path) -> None:
    """An editor's Windows tool saved the catalogue with CRLF line ends: status, check,
    compile and apply read it, and translate stopped on "unexpected text after the
    closing quote: '\\r'"."""
    site.write_bytes(site.read_bytes().replace(b"\n", b"\r\n"))
    assert run("status").exit_code == 0
    result = _translate()
    assert result.exit_code == 0, result.output
    assert _find(polib.pofile(str(site)), PAGES["library-hours"][0]).msgstr == REVIEWED


def test_a_withdrawn_approval_in_a_reordered_catalog_is_named_where_the_run_wrote_it(
        site: Path) -> None:
    """An editor's tool wrote the entries in another order (and a copy put back withdrew an
    approval): the run sorts them back into the source's order, and its warning named the
    line the entry had before, another entry's in the file it wrote."""
    copy = site.read_bytes()
    po = polib.pofile(str(site))
    wing = _find(po, WING_NOW)
    wing.flags = []
    po.save(str(site))
    assert run("compile").exit_code == 0
    site.write_bytes(copy)
    po = polib.pofile(str(site))
    entries = list(po)
    po[:] = entries[::-1]           # the other tool's order
    po.save(str(site))
    result = _translate()
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.stderr.splitlines() if "fuzzy again" in ln]
    number = int(line.split(".po:", 1)[1].split(":", 1)[0])
    written = site.read_text(encoding="utf-8").splitlines()
    entry_lines = written[number - 1:number + 6]
    assert any(WING_NOW[:30] in ln for ln in entry_lines), (number, entry_lines)


LONG_REVIEW = ("La biblioteca abre a las nueve de la mañana, de lunes a sábado, y los "
               "domingos a las diez, salvo en agosto, cuando abre solo por las tardes para "
               "que el personal pueda tomar sus vacaciones.")


def _cut_inside_msgstr(path: Path, msgid: str) -> int:
    """Cut the catalogue after the first line of ``msgid``'s wrapped msgstr, as a save
    that crashed there leaves it (still valid PO); the entry's line."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(k for k, line in enumerate(lines)
              if line.startswith(("msgid", '"')) and msgid[:30] in line)
    start = next(k for k in range(at, len(lines)) if lines[k].startswith("msgstr"))
    assert lines[start] == 'msgstr ""\n' and lines[start + 2].startswith('"'), lines[start:]
    path.write_text("".join(lines[:start + 2]), encoding="utf-8")
    polib.pofile(str(path))         # valid PO: only the copy says the text is cut
    first = at
    while first > 0 and lines[first - 1].strip():
        first -= 1                  # the entry starts at its first comment
    return first + 1


def test_a_catalog_cut_inside_a_reviewed_translation_gets_the_whole_text_back(
        site: Path) -> None:
    first = PAGES["library-hours"][0]
    po = polib.pofile(str(site))
    _find(po, first).msgstr = LONG_REVIEW
    po.save(str(site))
    assert _translate().exit_code == 0          # the copy keeps the long review
    line = _cut_inside_msgstr(site, first)
    cut_text = _find(polib.pofile(str(site)), first).msgstr
    assert LONG_REVIEW.startswith(cut_text) and cut_text != LONG_REVIEW

    status = run("status")
    assert status.exit_code == 2
    assert f"ends inside the entry at line {line}, its translation cut short" in status.stderr
    check = run("check", "--no-msgfmt")
    assert check.exit_code == 2 and "cut short" in check.output, check.output
    applied = run("apply", "--lang", "es", "--source", "content")
    assert applied.exit_code == 2 and "nothing was applied" in applied.stderr
    assert not list(site.parents[3].glob("content/*.es.txt"))    # the cut text unpublished

    result = _translate()
    assert result.exit_code == 0, result.output
    assert f"content.po:{line}: the file ends inside this entry" in result.stderr
    entry = _find(polib.pofile(str(site)), first)
    assert (entry.msgstr, entry.fuzzy, entry.tcomment) == (LONG_REVIEW, False, "Revisado por Ana")
    assert run("check", "--no-msgfmt").exit_code == 0
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    published = (site.parents[3] / "content" / "library-hours.es.txt").read_text("utf-8")
    assert LONG_REVIEW in published


def test_a_last_entry_cut_with_nothing_lost_after_it_keeps_both_texts_flagged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that ends inside its last entry and lost nothing else: a save cut short there,
    or an editor who deleted the translation's last lines.  Neither text is lost: the
    shorter stays, fuzzy, the whole one quoted beside it (restoring it every run undid
    the editor's shortening)."""
    long_text = ("The council met on Tuesday evening in the old town hall to discuss the "
                 "new bus routes, the repairs to the bridge over the river and the plans "
                 "for the summer festival in the park.")
    root = translated_pages(tmp_path / "site", {"council": [long_text]}, "es")
    monkeypatch.chdir(root)
    po_path = root / "locale" / "es" / "LC_MESSAGES" / "content.po"
    po = polib.pofile(str(po_path))
    _find(po, long_text).msgstr = LONG_REVIEW
    _find(po, long_text).flags = []
    po.save(str(po_path))
    assert _translate().exit_code == 0          # the copy keeps the review
    line = _cut_inside_msgstr(po_path, long_text)
    cut_text = _find(polib.pofile(str(po_path)), long_text).msgstr
    assert run("status").exit_code == 2
    result = _translate()
    assert result.exit_code == 0, result.output
    assert f"content.po:{line}: the file ends inside this entry" in result.stderr
    assert "the shorter text stays, flagged fuzzy" in result.stderr
    entry = _find(polib.pofile(str(po_path)), long_text)
    assert (entry.msgstr, entry.fuzzy) == (cut_text, True)
    assert LONG_REVIEW in entry.tcomment
    # the editor approves the text they mean: it stays, run after run
    po = polib.pofile(str(po_path))
    _find(po, long_text).flags = []
    po.save(str(po_path))
    for _ in range(2):
        assert _translate().exit_code == 0
        entry = _find(polib.pofile(str(po_path)), long_text)
        assert (entry.msgstr, entry.fuzzy) == (cut_text, False)


def test_a_review_another_editor_s_copy_replaced_stays_beside_the_new_text(site: Path) -> None:
    """Another editor worked on a copy taken before a review, typed her own translation of
    the same paragraph and merged her copy over the catalogue with ``msgcat --use-first``,
    which leaves no mark: her text stays, and the review the last run kept, written anew
    rather than edited, stays beside it as a translator comment (it was in no file)."""
    theirs = "Cada mañana, a las nueve, la biblioteca abre sus puertas al público."
    _review(site, PAGES["library-hours"][0], theirs)
    _review(site, PAGES["museum"][0], "El museo es gratuito los domingos y festivos.")
    result = _translate()
    assert result.exit_code == 0, result.output
    assert ("1 entry holds another translation (approved or a draft) than the one the last "
            "run kept approved there" in result.stderr), result.stderr
    po = polib.pofile(str(site))
    first = _find(po, PAGES["library-hours"][0])
    assert (first.msgstr, first.fuzzy) == (theirs, False)
    assert f'"{REVIEWED}"' in first.tcomment, first.tcomment
    # an edit of the review (words added) is the editor's own and gets no comment
    museum = _find(po, PAGES["museum"][0])
    assert museum.msgstr.endswith("y festivos.") and MUSEUM not in museum.tcomment
    msgfmt_check(site)
    # the next run finds nothing more to say
    again = _translate()
    assert "another translation" not in again.stderr, again.stderr
    assert _find(polib.pofile(str(site)), PAGES["library-hours"][0]).tcomment.count(
        REVIEWED) == 1


def test_two_editors_small_edits_of_one_review_merged_with_msgcat_keep_both(
        site: Path, tmp_path: Path) -> None:
    """Two editors each changed a word of the same review, one in a copy taken before the
    other's edit; ``msgcat --use-first`` put her copy over the catalogue: her text reads as
    an edit of the one the last run kept, and his edit was in no file."""
    first = PAGES["library-hours"][0]
    alice = tmp_path / "alice.po"
    alice.write_bytes(site.read_bytes())            # her copy, before his edit
    bob = "La biblioteca abre a las nueve cada mañana."
    _review(site, first, bob)
    assert _translate().exit_code == 0              # the run keeps his edit
    hers = polib.pofile(str(alice))
    _find(hers, first).msgstr = "La biblioteca se abre a las nueve de la mañana."
    hers.save(str(alice))
    subprocess.run(["msgcat", "--use-first", "-o", str(site), str(alice), str(site)],
                   check=True)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert "1 entry holds another translation" in result.stderr, result.stderr
    entry = _find(polib.pofile(str(site)), first)
    assert entry.msgstr.startswith("La biblioteca se abre") and f'"{bob}"' in entry.tcomment


def _apply() -> Result:
    return run("apply", "--lang", "es", "--source", "content")


def _page(site: Path, name: str) -> str:
    return (site.parents[3] / "content" / f"{name}.es.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("renamed", [False, True])
def test_a_page_keeps_a_reviewed_text_waiting_for_review_after_a_purge(
        site: Path, renamed: bool) -> None:
    """The wing's paragraph changed after its review: the page keeps the reviewed Spanish
    until an editor reviews the new entry.  An editor's purge of obsolete entries
    (``msgattrib --no-obsolete``) took the old text's entry away, and the next apply put
    the English on the page, saying nothing; the entry's draft is the text the memory saw
    approved for the earlier paragraph, and the page keeps it.  So it does with the page's
    file renamed in the same round, which moves the entry to a context under which the
    memory never saw that text approved (the renamed page got the English)."""
    first = _apply()
    assert first.exit_code == 0, first.output
    assert WING in _page(site, "museum")
    subprocess.run(["msgattrib", "--no-obsolete", "-o", str(site), str(site)], check=True)
    name = "museum"
    if renamed:
        content = site.parents[3] / "content"
        (content / "museum.txt").rename(content / "gallery.txt")
        name = "gallery"
    assert _translate().exit_code == 0
    result = _apply()
    assert result.exit_code == 0, result.output
    page = _page(site, name)
    assert WING in page and WING_NOW not in page, page
    assert "1 kept as reviewed for an earlier source text" in result.output + result.stderr


def test_a_review_msgmerge_moves_onto_an_earlier_text_stays_the_pages(
        site: Path, tmp_path: Path) -> None:
    """The author reworded a paragraph and the editor reviewed the new text; then came a
    purge and ``msgmerge --previous`` with a template from before the rewording, which
    put that review, fuzzy, on the old text with a ``#|`` of the new one.  The next
    translate kept it as a draft of the new text, saying nothing, and apply put the
    English on the page; it is the editor's review of the text the page has, approved."""
    root = site.parents[3]
    old = tmp_path / "old.pot"
    old.write_bytes((root / "locale" / "content.pot").read_bytes())
    reworded = "The museum is free on Sundays and holidays."
    reviewed = "El museo es gratuito los domingos y festivos."
    (root / "content" / "museum.txt").write_text(f"{reworded}\n\n{WING_NOW}\n",
                                                 encoding="utf-8")
    assert _translate().exit_code == 0
    po = polib.pofile(str(site))
    entry = _find(po, reworded)
    entry.msgstr, entry.flags, entry.previous_msgid = reviewed, [], None
    po.save(str(site))
    assert _apply().exit_code == 0
    assert reviewed in _page(site, "museum")
    subprocess.run(["msgattrib", "--no-obsolete", "-o", str(site), str(site)], check=True)
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=none",
                    str(site), str(old)], check=True)
    merged = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (merged.msgstr, merged.fuzzy, merged.previous_msgid) == (reviewed, True, reworded)
    result = _translate()
    assert result.exit_code == 0, result.output
    now = _find(polib.pofile(str(site)), reworded)
    assert (now.msgstr, now.fuzzy) == (reviewed, False)
    assert "approved again" in result.stderr
    applied = _apply()
    assert applied.exit_code == 0, applied.output
    assert reviewed in _page(site, "museum")


def test_reviews_msgmerge_marks_fuzzy_with_a_template_from_before_a_rename_stay_approved(
        site: Path, tmp_path: Path) -> None:
    """``msgmerge --previous`` with the template of a checkout from before the page was
    renamed marked each of the page's reviewed entries fuzzy, with a ``#|`` of the same
    text; the next translate kept them as drafts, saying nothing, and the next apply of
    the site put the English of the reviewed paragraph on the renamed page."""
    root = site.parents[3]
    assert _apply().exit_code == 0
    old = tmp_path / "old.pot"
    old.write_bytes((root / "locale" / "content.pot").read_bytes())
    (root / "content" / "museum.txt").rename(root / "content" / "gallery.txt")
    assert _translate().exit_code == 0
    assert _apply().exit_code == 0
    assert MUSEUM in _page(site, "gallery")
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=none",
                    str(site), str(old)], check=True)
    result = _translate()
    assert result.exit_code == 0, result.output
    museum = _find(polib.pofile(str(site)), PAGES["museum"][0])
    assert (museum.msgctxt, museum.msgstr, museum.fuzzy) == ("gallery", MUSEUM, False)
    assert "msgmerge marked fuzzy with a `#|` of the text the page has now" in result.stderr
    applied = _apply()
    assert applied.exit_code == 0, applied.output
    page = _page(site, "gallery")
    assert MUSEUM in page and PAGES["museum"][0] not in page, page


def test_notes_keeping_a_person_s_text_come_back_after_an_older_copy(
        site: Path) -> None:
    """A note keeping a person's text beside an entry (a save typed over it, a rejected
    suggestion) held the only copy of that text; an older copy of the catalogue, saved
    over it with the entry as it was before the note (and a review made since), lost it,
    uncounted, and the next run made the loss the copy's too.  A note an editor deletes
    in a file that shows no older copy stays deleted."""
    older = site.read_bytes()
    po = polib.pofile(str(site))
    museum = _find(po, PAGES["museum"][0])
    typed = "El museo abre gratis cada domingo (tecleado por Ana)."
    museum.tcomment = (museum.tcomment + "\n" if museum.tcomment else "") + \
        f'a person\'s text this save replaced, kept: "{typed}"'
    draft = _find(po, PAGES["library-hours"][1])
    draft.msgstr, draft.flags = "Los libros infantiles están en la segunda planta.", []
    po.save(str(site))
    assert _translate().exit_code == 0                  # the copy holds the note now
    site.write_bytes(older)
    result = _translate()
    assert result.exit_code == 0, result.output
    assert typed in _find(polib.pofile(str(site)), PAGES["museum"][0]).tcomment
    assert "had lost notes that keep a person's text" in result.stderr
    site.write_bytes(older)         # and again: the copy was not rewritten without it
    assert _translate().exit_code == 0
    assert typed in _find(polib.pofile(str(site)), PAGES["museum"][0]).tcomment
    po = polib.pofile(str(site))    # the editor deletes it: their decision
    museum = _find(po, PAGES["museum"][0])
    museum.tcomment = "\n".join(line for line in museum.tcomment.split("\n")
                                if typed not in line)
    po.save(str(site))
    assert _translate().exit_code == 0
    assert typed not in _find(polib.pofile(str(site)), PAGES["museum"][0]).tcomment


def test_an_older_copy_with_the_machine_s_text_approved_gives_way_to_a_newer_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One editor approved the machine's draft unchanged and copied the catalogue before any
    run; a colleague typed her own translation, which translate and apply took; his copy,
    saved back with another entry typed, put the machine's text back approved, hers a note,
    and apply published the machine's."""
    ferry = ["The ferry leaves the harbour at noon.", "Tickets are sold on board."]
    root = translated_pages(tmp_path / "site", {"ferry": ferry}, "es")
    monkeypatch.chdir(root)
    po_path = root / "locale" / "es" / "LC_MESSAGES" / "content.po"
    po = polib.pofile(str(po_path))
    machine = _find(po, ferry[0]).msgstr
    _find(po, ferry[0]).flags = []                  # approved as the engine wrote it
    po.save(str(po_path))
    his = po_path.read_bytes()                      # his PO editor holds this
    hers = "El transbordador zarpa del puerto a mediodía."
    po = polib.pofile(str(po_path))
    _find(po, ferry[0]).msgstr = hers
    po.save(str(po_path))
    assert _translate().exit_code == 0
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    po_path.write_bytes(his)
    po = polib.pofile(str(po_path))
    tickets = _find(po, ferry[1])
    tickets.msgstr, tickets.flags = "Los billetes se venden a bordo.", []
    po.save(str(po_path))
    result = _translate()
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(po_path))
    first = _find(po, ferry[0])
    assert first.msgstr == hers and not first.fuzzy, result.output
    assert machine in first.tcomment
    assert _find(po, ferry[1]).msgstr == "Los billetes se venden a bordo."
    assert run("apply", "--lang", "es", "--source", "content").exit_code == 0
    page = (root / "content" / "ferry.es.txt").read_text(encoding="utf-8")
    assert hers in page and machine not in page
