"""Documents that move between catalogues, and layouts that switch, keep every text an
editor wrote: real files, real Apertium, GNU gettext as the judge."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.moves import moved_notes, pair_renames
from cms_i18n.catalog.notes import SUGGESTION_NOTE
from tests.helpers import entries, make_site, msgfmt_check, run

ES = Path("locale/es/LC_MESSAGES")
FR = Path("locale/fr/LC_MESSAGES")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _configure(layout: str, langs: str = "es") -> None:
    Path("cms-i18n.yaml").write_text(
        f"content_dir: content\ncatalogue_layout: {layout}\ntarget_langs: [{langs}]\n")


def _translate(*args: str) -> str:
    result = run("translate", "--engine", "apertium", "-q", *args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    _write(tmp_path / "content/economy/oil.txt",
           "Oil prices fell this week.\n\nBrent crude settled below seventy dollars.\n")
    _write(tmp_path / "content/economy/wheat.txt",
           "The wheat harvest was early.\n\nFarmers expect good prices.\n")
    _write(tmp_path / "content/world/talks.md",
           "---\nslug: talks\ntitle: Talks resume in Minsk\n---\n\n"
           "The ministers met on Monday.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return tmp_path


def _entry(po: Path, msgid: str) -> polib.POEntry:
    return next(e for e in entries(po) if e.msgid == msgid)


@pytest.mark.engine
def test_switching_to_a_catalog_per_document_in_two_languages_keeps_machine_text_machine(
        site: Path) -> None:
    _configure("section", "es, fr")
    _translate()
    _configure("document", "es, fr")
    output = _translate()
    # Nobody edited anything: no language reports editors' drafts.
    assert output.count("0 editor drafts kept") == 2, output
    po = FR / "content/economy/oil.po"
    before = _entry(po, "Brent crude settled below seventy dollars.").msgstr
    text = Path("content/economy/oil.txt").read_text(encoding="utf-8")
    Path("content/economy/oil.txt").write_text(
        text.replace("seventy", "sixty-five"), encoding="utf-8")
    _translate()
    # The machine's old text is not taken for an editor's: the new one is live.
    changed = _entry(po, "Brent crude settled below sixty-five dollars.")
    assert changed.msgstr != before and "soixante-cinq" in changed.msgstr, changed.msgstr
    assert not any(SUGGESTION_NOTE in line for line in changed.comment.splitlines())


@pytest.mark.engine
def test_a_layout_switch_then_a_move_writes_a_catalog_gettext_accepts(site: Path) -> None:
    _configure("language")
    _translate()
    catalog = polib.pofile(str(ES / "content.po"))
    title = next(e for e in catalog if e.msgctxt == "talks:title")
    title.msgstr, title.flags = "Se reanudan las conversaciones en Minsk", []
    catalog.save()
    _configure("section")
    _translate()
    shutil.move("content/world/talks.md", "content/economy/talks.md")
    _translate()
    po = ES / "content/economy.po"
    msgfmt_check(po)
    assert sum(e.msgctxt == "talks:title" for e in polib.pofile(str(po))) == 1
    assert _entry(po, "Talks resume in Minsk").msgstr == \
        "Se reanudan las conversaciones en Minsk"
    assert run("check").exit_code == 0
    # The language catalogue the switch left holds the editors' text, obsolete: status
    # says so, and compile makes no empty .mo of it.
    assert "(only obsolete entries)" in run("status").output
    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    assert "content.po holds only obsolete entries: not compiled" in compiled.output
    assert not (ES / "content.mo").exists()
    done = subprocess.run(["msgunfmt", str(po.with_suffix(".mo"))], capture_output=True,
                          text=True, check=True)
    assert "Se reanudan las conversaciones en Minsk" in done.stdout


VETO = ("A draft resolution failed on Wednesday after a permanent member cast its veto.",
        "Twelve members of the council voted for the text.",
        "Diplomats said a new draft could be circulated this week.")
APPROVED = "Un proyecto de resolución fracasó el miércoles tras el veto de un miembro permanente."
DRAFT = "Doce miembros del consejo votaron a favor del texto (borrador)."
NOTE = "revisado por la mesa"


def _move(source: str, target: str) -> None:
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    shutil.move(source, target)


def _veto(folder: str, name: str = "veto") -> None:
    _write(Path("content") / folder / f"{name}.txt", "\n\n".join(VETO) + "\n")


def _review(po: Path, context: str) -> None:
    """An editor approves one paragraph, drafts another and comments on a third."""
    catalog = polib.pofile(str(po))
    for entry in catalog:
        if entry.msgctxt != context:
            continue
        if entry.msgid == VETO[0]:
            entry.msgstr, entry.flags = APPROVED, []
        elif entry.msgid == VETO[1]:
            entry.msgstr = DRAFT                   # still fuzzy
        elif entry.msgid == VETO[2]:
            entry.tcomment = NOTE
    catalog.save()


def _catalog(layout: str, document: str) -> Path:
    if layout == "language":
        return ES / "content.po"
    if layout == "section":
        return ES / "content" / f"{document.rpartition('/')[0]}.po"
    return ES / "content" / f"{document}.po"


#: A text an editor types into a copy of the catalogue taken before a rename.
NEWER = "Un proyecto de resolución no prosperó el miércoles por el veto de un miembro."


def _save_back(po: Path, copy: bytes) -> None:
    """The editor saves the copy over ``po``, the first paragraph's text typed anew."""
    po.write_bytes(copy)
    catalog = polib.pofile(str(po))
    next(e for e in catalog if e.msgid == VETO[0]).msgstr = NEWER
    catalog.save()


def _reviewed_and_copied(layout: str) -> tuple[Path, bytes]:
    """A site in ``layout`` whose veto page an editor reviewed (:func:`_review`), a run
    since; the page's catalogue and the copy an editor then opens of it."""
    _configure(layout)
    _veto("world")
    _translate()
    po = _catalog(layout, "world/veto")
    _review(po, "world/veto")
    _translate()
    return po, po.read_bytes()


def _followed(po: Path, context: str) -> None:
    live = {e.msgid: e for e in entries(po) if e.msgctxt == context}
    assert live[VETO[0]].msgstr == APPROVED and not live[VETO[0]].fuzzy
    assert live[VETO[1]].msgstr == DRAFT and live[VETO[1]].fuzzy
    assert live[VETO[2]].tcomment == NOTE
    assert not any("from memory" in e.comment for e in live.values())
    msgfmt_check(po)


@pytest.mark.engine
@pytest.mark.parametrize("layout", ["language", "section", "document"])
def test_a_moved_text_file_takes_its_editors_work_along(site: Path, layout: str) -> None:
    _configure(layout)
    _veto("world")
    _translate()
    _review(_catalog(layout, "world/veto"), "world/veto")
    _move("content/world/veto.txt", "content/region/veto.txt")
    output = _translate()
    assert "world/veto moved to region/veto" in output
    assert "1 reviewed" in output and "1 editor draft kept" in output, output
    po = _catalog(layout, "region/veto")
    _followed(po, "region/veto")
    if layout == "language":    # moved within the file: nothing left under the old id
        assert not any(e.msgctxt == "world/veto" for e in polib.pofile(str(po)))
    applied = run("apply", "--lang", "es", "--include-fuzzy")
    assert applied.exit_code == 0, applied.output
    published = Path("content/region/veto.es.txt").read_text(encoding="utf-8")
    assert APPROVED in published and DRAFT in published
    # Nothing moves again on the next run.
    again = _translate()
    assert "moved" not in again
    _followed(po, "region/veto")


@pytest.mark.engine
def test_a_renamed_folder_takes_its_documents_editors_work_along(site: Path) -> None:
    _configure("section")
    _veto("world")
    _write(Path("content/world/brief.txt"), "The summit closes on Tuesday.\n")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    shutil.move("content/world", "content/international")
    output = _translate("--jobs", "2")
    assert "2 documents moved from world/ to international/" in output, output
    _followed(ES / "content/international.po", "international/veto")
    assert run("check").exit_code == 0


@pytest.mark.engine
def test_of_two_files_that_could_have_moved_the_one_with_the_same_text_did(
        site: Path) -> None:
    _configure("section")
    _veto("world")
    _write(Path("content/sport/veto.txt"), "The referee's veto stood.\n")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    _move("content/world/veto.txt", "content/region/veto.txt")
    _move("content/sport/veto.txt", "content/archive/veto.txt")
    output = _translate()
    assert "world/veto moved to region/veto" in output, output
    assert "sport/veto moved to archive/veto" in output, output
    _followed(ES / "content/region.po", "region/veto")


@pytest.mark.engine
def test_when_it_is_unclear_which_file_moved_both_keep_their_own_entries(
        site: Path) -> None:
    _configure("section")
    _veto("world")
    _veto("sport")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    for folder in ("world", "sport"):
        Path(f"content/{folder}/veto.txt").unlink()
    _veto("region")
    output = _translate()
    assert "region/veto is new and sport/veto, world/veto left" in output, output
    # Nothing is lost: the editor's work stays, obsolete, where it was.
    old = polib.pofile(str(ES / "content/world.po"))
    assert APPROVED in {e.msgstr for e in old.obsolete_entries()}
    msgfmt_check(ES / "content/region.po")


BUDGET = ("Council approves school budget", "The council voted 9 to 2 on Tuesday.",
          "Parents can comment until 30 April.")


def test_a_renamed_file_with_the_same_text_is_the_document_that_vanished() -> None:
    moves, unsure = pair_renames({"council-school-budget": BUDGET, "weather": ("Rain.",)},
                                 {"school-budget": BUDGET, "sport": ("Goal.",)})
    assert (moves, unsure) == ({"council-school-budget": "school-budget"}, [])
    assert moved_notes(moves) == [
        "school-budget moved to council-school-budget (renamed, with most of its text the "
        "same): its entries, reviewed translations and drafts go with it"]


def test_a_rename_needs_half_of_each_documents_texts() -> None:
    # Half of each: a paragraph edited and one added still make the same document.
    edited = (*BUDGET[:2], "Parents can comment until 2 May.", "The mayor welcomed it.")
    assert pair_renames({"new": edited}, {"old": BUDGET})[0] == {"new": "old"}
    # One shared title is not a rename: both documents keep their own entries.
    other = (BUDGET[0], "The mayor resigned.", "An election follows.")
    assert pair_renames({"new": other}, {"old": BUDGET}) == ({}, [])
    # A short new page that quotes a long vanished one is not it either.
    assert pair_renames({"new": BUDGET[:1]}, {"old": BUDGET}) == ({}, [])
    assert pair_renames({"new": BUDGET}, {"old": BUDGET[:1]}) == ({}, [])


def test_of_two_close_candidates_the_closer_wins_and_a_tie_pairs_nothing() -> None:
    closer = (*BUDGET, "The vote was public.")
    farther = (*BUDGET[:2], "The vote was public.", "It was late.")
    new = (*BUDGET, "The vote was public.")
    assert pair_renames({"new": new}, {"a": closer, "b": farther}) == ({"new": "a"}, [])
    # Two vanished documents as close as each other: which one was renamed is unclear.
    assert pair_renames({"new": BUDGET}, {"a": BUDGET, "b": BUDGET}) == ({}, ["new"])
    # Two new documents as close to one vanished document: neither takes its entries.
    assert pair_renames({"x": BUDGET, "y": BUDGET}, {"old": BUDGET}) == ({}, ["x", "y"])
    # Each of two renamed files finds its own.
    other = ("Rain again", "It rained all day in the city.")
    assert pair_renames({"x": BUDGET, "y": other}, {"a": other, "b": BUDGET}) == \
        ({"x": "b", "y": "a"}, [])


@pytest.mark.engine
@pytest.mark.parametrize("layout", ["language", "section", "document"])
def test_a_renamed_text_file_takes_its_editors_work_along(site: Path, layout: str) -> None:
    _configure(layout)
    _veto("world")
    _translate()
    _review(_catalog(layout, "world/veto"), "world/veto")
    _move("content/world/veto.txt", "content/world/un-veto.txt")
    output = _translate()
    assert "world/veto moved to world/un-veto (renamed" in output, output
    assert "1 reviewed" in output and "1 editor draft kept" in output, output
    po = _catalog(layout, "world/un-veto")
    _followed(po, "world/un-veto")
    again = _translate()
    assert "moved" not in again
    _followed(po, "world/un-veto")


@pytest.mark.engine
@pytest.mark.parametrize("layout", ["language", "section"])
def test_an_editor_s_save_of_the_catalog_from_before_a_rename_follows_the_document(
        site: Path, layout: str) -> None:
    """An editor had the catalogue open while a colleague renamed the file and ran
    ``translate``; their save puts the entries back under the old name, one of them
    re-translated.  Their text is the renamed document's now, and the approved text it
    replaced stays beside it as a note; nothing of it is left obsolete under the old id."""
    po, buffer = _reviewed_and_copied(layout)     # the editor opens the catalogue
    _move("content/world/veto.txt", "content/world/un-veto.txt")
    assert "world/veto moved to world/un-veto (renamed" in _translate()
    _save_back(po, buffer)                        # … and saves, one text typed anew
    output = _translate()
    moved = _catalog(layout, "world/un-veto")
    live = {e.msgid: e for e in entries(moved) if e.msgctxt == "world/un-veto"}
    assert live[VETO[0]].msgstr == NEWER and not live[VETO[0]].fuzzy, output
    assert APPROVED in live[VETO[0]].tcomment
    assert live[VETO[1]].msgstr == DRAFT and live[VETO[2]].tcomment.startswith(NOTE)
    assert not any(NEWER in e.msgstr for e in polib.pofile(str(moved))
                   if e.msgctxt == "world/veto")
    msgfmt_check(moved)
    applied = run("apply", "--lang", "es")
    assert applied.exit_code == 0, applied.output
    assert NEWER in Path("content/world/un-veto.es.txt").read_text(encoding="utf-8")


@pytest.mark.engine
@pytest.mark.parametrize(("layout", "target"), [("document", "content/world/un-veto.txt"),
                                                ("section", "content/region/un-veto.txt")])
def test_an_editor_s_save_of_a_catalog_the_rename_left_follows_the_document(
        site: Path, layout: str, target: str) -> None:
    """The rename took the document to another catalogue (a file per document, or a
    section of another folder), and an editor who had the old one open saves it after
    the run: their newer text is the document's now, in the catalogue it moved to, the
    approved text it replaces beside it as a note; the old file keeps it obsolete only."""
    po, buffer = _reviewed_and_copied(layout)     # the editor opens the catalogue
    _move("content/world/veto.txt", target)
    new_id = target.removeprefix("content/").removesuffix(".txt")
    assert f"world/veto moved to {new_id} (renamed" in _translate()
    _save_back(po, buffer)                        # … and saves, one text typed anew
    output = _translate()
    assert "came back under its old name" in output, output
    moved = _catalog(layout, new_id)
    live = {e.msgid: e for e in entries(moved) if e.msgctxt == new_id}
    assert live[VETO[0]].msgstr == NEWER and not live[VETO[0]].fuzzy, output
    assert APPROVED in live[VETO[0]].tcomment
    assert live[VETO[1]].msgstr == DRAFT and live[VETO[2]].tcomment.startswith(NOTE)
    msgfmt_check(moved)
    again = _translate()
    assert "came back" not in again, again
    assert {e.msgid: e for e in entries(moved) if e.msgctxt == new_id}[VETO[0]].msgstr == NEWER
    applied = run("apply", "--lang", "es")
    assert applied.exit_code == 0, applied.output
    assert NEWER in Path(target.replace(".txt", ".es.txt")).read_text(encoding="utf-8")



@pytest.mark.engine
@pytest.mark.parametrize(("layout", "first", "second"), [
    ("document", "content/world/un-veto.txt", "content/world/veto-vote.txt"),
    ("section", "content/region/un-veto.txt", "content/local/veto-vote.txt")])
def test_a_save_back_from_two_renames_ago_follows_the_document(
        site: Path, layout: str, first: str, second: str) -> None:
    """The copy was taken before the first of two renames, each with its run: its text
    follows the document to the catalogue it has now, not only to the next one's."""
    po, buffer = _reviewed_and_copied(layout)
    _move("content/world/veto.txt", first)
    _translate()
    _move(first, second)
    _translate()
    _save_back(po, buffer)
    output = _translate()
    new_id = second.removeprefix("content/").removesuffix(".txt")
    live = {e.msgid: e for e in entries(_catalog(layout, new_id)) if e.msgctxt == new_id}
    assert live[VETO[0]].msgstr == NEWER and APPROVED in live[VETO[0]].tcomment, output
    assert "came back under its old name" in output, output

@pytest.mark.engine
def test_a_save_back_after_a_colleague_s_own_edit_there_keeps_both(site: Path) -> None:
    """Both the catalogue the document moved to and the old one were saved since the
    run: the new file's text stays (its editor saw the document under its new name), and
    the copy's different one is beside it as a note; neither is obsolete only."""
    po, buffer = _reviewed_and_copied("document")
    _move("content/world/veto.txt", "content/world/un-veto.txt")
    _translate()
    moved = _catalog("document", "world/un-veto")
    colleague = "Un borrador de resolución cayó el miércoles por el veto de un miembro."
    catalog = polib.pofile(str(moved))
    next(e for e in catalog if e.msgid == VETO[0]).msgstr = colleague
    catalog.save()
    _save_back(po, buffer)
    output = _translate()
    assert "where both files have a new text, that file's stays" in output, output
    live = {e.msgid: e for e in entries(moved) if e.msgctxt == "world/un-veto"}
    assert live[VETO[0]].msgstr == colleague and NEWER in live[VETO[0]].tcomment
    msgfmt_check(moved)


@pytest.mark.engine
def test_a_save_back_of_the_section_a_page_with_a_slug_left_follows_it(site: Path) -> None:
    """A page keeps its id when it moves (a ``slug``, a CMS page): an editor's copy of
    the section it left, saved back after the run that moved it, brings a text typed
    since; it takes the place of the approved one in the new section, kept beside it."""
    _configure("section")
    _translate()
    old = ES / "content/world.po"
    catalog = polib.pofile(str(old))
    talks = next(e for e in catalog if e.msgctxt == "talks" and e.msgid.startswith("The "))
    talks.msgstr, talks.flags = "Los ministros se reunieron el lunes.", []
    catalog.save()
    _translate()
    buffer = old.read_bytes()
    _move("content/world/talks.md", "content/region/talks.md")
    _translate()
    typed = "Los ministros se vieron el lunes."
    old.write_bytes(buffer)
    catalog = polib.pofile(str(old))
    next(e for e in catalog if e.msgctxt == "talks" and e.msgid == talks.msgid).msgstr = typed
    catalog.save()
    output = _translate()
    live = {e.msgid: e for e in entries(ES / "content/region.po") if e.msgctxt == "talks"}
    assert live[talks.msgid].msgstr == typed and not live[talks.msgid].fuzzy, output
    assert "a text typed there since takes the place of this file's" in output, output
    assert "Los ministros se reunieron el lunes." in live[talks.msgid].tcomment
    assert "a text typed" not in _translate()


@pytest.mark.engine
def test_a_save_from_before_a_rename_follows_it_with_one_review_in_three(site: Path) -> None:
    """The copy of the editors' work holds the reviewed entries only: one of three did not
    pair the document with its old name, and the older review came back over the newer."""
    _configure("language")
    _veto("world")
    _translate()
    po = ES / "content.po"
    catalog = polib.pofile(str(po))
    first = next(e for e in catalog if e.msgid == VETO[0])
    first.msgstr, first.flags = APPROVED, []
    catalog.save()
    _translate()
    buffer = po.read_bytes()
    _move("content/world/veto.txt", "content/world/un-veto.txt")
    assert "world/veto moved to world/un-veto (renamed" in _translate()
    _save_back(po, buffer)
    output = _translate()
    assert "came back under its old name" in output, output
    live = {e.msgid: e for e in entries(po) if e.msgctxt == "world/un-veto"}
    assert live[VETO[0]].msgstr == NEWER and APPROVED in live[VETO[0]].tcomment


@pytest.mark.engine
def test_a_file_renamed_into_another_folder_takes_its_editors_work_along(
        site: Path) -> None:
    _configure("section")
    _veto("world")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    _move("content/world/veto.txt", "content/region/un-veto.txt")
    output = _translate()
    assert "world/veto moved to region/un-veto (renamed" in output, output
    _followed(ES / "content/region.po", "region/un-veto")


@pytest.mark.engine
def test_a_new_file_sharing_little_with_a_deleted_one_is_not_taken_for_it(
        site: Path) -> None:
    _configure("section")
    _veto("world")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    Path("content/world/veto.txt").unlink()
    _write(Path("content/world/recap.txt"),
           VETO[0] + "\n\nThe council meets again in May.\n\nA vote is expected.\n")
    output = _translate()
    assert "moved" not in output, output
    # The deleted document's reviewed work stays, obsolete, where it was.
    old = polib.pofile(str(ES / "content/world.po"))
    assert APPROVED in {e.msgstr for e in old.obsolete_entries()}
    recap = {e.msgid: e for e in entries(ES / "content/world.po")
             if e.msgctxt == "world/recap"}
    assert recap[VETO[0]].fuzzy     # a suggestion from memory, not a reviewed entry


@pytest.mark.engine
def test_switching_to_sections_and_back_keeps_the_reviews_made_in_between(site: Path) -> None:
    """The language catalogue holds the documents obsolete after the first switch; the
    second one takes them from the section catalogues, where the editors worked."""
    _configure("language")
    _veto("world")
    _translate()
    _configure("section")
    _translate()
    _review(ES / "content/world.po", "world/veto")
    _translate()
    # typed after the last run, before the switch back: no run has seen it
    catalog = polib.pofile(str(ES / "content/world.po"))
    later = next(e for e in catalog if e.msgctxt == "world/veto" and e.msgid == VETO[2])
    later.msgstr, later.flags = "Los diplomáticos dijeron que habría un nuevo borrador.", []
    catalog.save()
    _configure("language")
    _translate()
    _followed(ES / "content.po", "world/veto")
    assert _entry(ES / "content.po", VETO[2]).msgstr == \
        "Los diplomáticos dijeron que habría un nuevo borrador."
    assert "from memory" not in _entry(ES / "content.po", VETO[0]).comment


@pytest.mark.engine
def test_a_copy_of_the_language_catalog_put_back_after_a_switch_to_sections_is_read(
        site: Path) -> None:
    """An editor worked in a copy of the language catalogue taken before the switch and
    puts it back: the section catalogue, unchanged since, takes that work in."""
    _configure("language")
    _veto("world")
    _translate()
    shutil.copy(ES / "content.po", "copy.po")
    _review(Path("copy.po"), "world/veto")
    _configure("section")
    _translate()
    shutil.copy("copy.po", ES / "content.po")
    output = run("translate", "--engine", "apertium")
    assert output.exit_code == 0, output.output
    assert "world/veto: its entries in locale/es/LC_MESSAGES/content.po" in output.output
    _followed(ES / "content/world.po", "world/veto")
    # the stale copy's entries are obsolete where nothing reads them, and only there
    assert not any(e.msgctxt == "world/veto" and not e.obsolete
                   for e in polib.pofile(str(ES / "content.po")))


def _reviewed_in_language_catalog() -> None:
    """One catalogue per language, a document in it reviewed as :func:`_review` does."""
    _configure("language")
    _veto("world")
    _translate()
    _review(ES / "content.po", "world/veto")


@pytest.mark.engine
def test_a_renamed_domain_takes_the_editors_work_from_the_earlier_catalog(
        site: Path) -> None:
    """``domain: news`` set on a site whose catalogues were ``content``: every review came
    back a draft, and a text typed since the last run was in a file nothing read."""
    _reviewed_in_language_catalog()
    Path("cms-i18n.yaml").write_text(
        Path("cms-i18n.yaml").read_text() + "domain: news\n")
    output = run("translate", "--engine", "apertium")
    assert output.exit_code == 0, output.output
    assert "content.po, written by an earlier run under another domain" in output.output
    _followed(ES / "news.po", "world/veto")
    # a Django project's own catalogue beside them is never read
    assert (ES / "content.po").exists()


@pytest.mark.engine
@pytest.mark.parametrize("moved", [False, True], ids=["setting-only", "files-too"])
def test_a_moved_locale_dir_setting_takes_the_editors_work_from_the_folder_before(
        site: Path, moved: bool) -> None:
    """``locale_dir: i18n`` set on a site whose catalogues were in ``locale``: the new
    folder's catalogue held the machine's drafts alone, the review and the editor's draft
    left in a folder nothing read, with no word."""
    _reviewed_in_language_catalog()
    Path("cms-i18n.yaml").write_text(Path("cms-i18n.yaml").read_text() + "locale_dir: i18n\n")
    if moved:
        shutil.move("locale", "i18n")
    output = run("translate", "--engine", "apertium")
    assert output.exit_code == 0, output.output
    _followed(Path("i18n/es/LC_MESSAGES/content.po"), "world/veto")
    assert ("in the folder the settings named before, locale," in output.output) is not moved
    # the next run reads nothing more from the old folder, and says nothing of it
    again = run("translate", "--engine", "apertium")
    assert "settings named before" not in again.output, again.output
    _followed(Path("i18n/es/LC_MESSAGES/content.po"), "world/veto")


@pytest.mark.engine
def test_a_locale_dir_given_on_the_command_line_takes_nothing_and_moves_nothing(
        site: Path) -> None:
    _reviewed_in_language_catalog()
    _translate("--locale-dir", "preview")
    assert APPROVED not in Path("preview/es/LC_MESSAGES/content.po").read_text()
    # the site's own folder is still the one its settings name: nothing to take from it
    output = run("translate", "--engine", "apertium")
    assert "settings named before" not in output.output
    _followed(ES / "content.po", "world/veto")


@pytest.mark.engine
def test_an_earlier_domain_s_catalog_edited_once_is_read_once(site: Path) -> None:
    """An editor saved the old domain's catalogue after the rename: the next run read it
    in and said so, and so did every run after it, the file unchanged since."""
    _reviewed_in_language_catalog()
    Path("cms-i18n.yaml").write_text(Path("cms-i18n.yaml").read_text() + "domain: news\n")
    _translate()
    catalog = polib.pofile(str(ES / "content.po"))
    late = next(e for e in catalog if e.msgctxt == "world/veto" and e.msgid == VETO[2])
    late.msgstr = "Los diplomáticos dijeron que habría un nuevo borrador."
    catalog.save()
    read = run("translate", "--engine", "apertium")
    assert "saved since the last run" in read.output, read.output
    assert _entry(ES / "news.po", VETO[2]).msgstr == late.msgstr
    again = run("translate", "--engine", "apertium")
    assert "saved since the last run" not in again.output, again.output
    assert _entry(ES / "news.po", VETO[2]).msgstr == late.msgstr


def test_only_catalogs_an_earlier_run_wrote_count_as_an_earlier_domain_s(
        tmp_path: Path) -> None:
    from cms_i18n.catalog.layout import earlier_domain_catalogs, kept_path

    folder = tmp_path / "locale/es/LC_MESSAGES"
    for name in ("content.po", "django.po", "news.po", "content/world.po"):
        _write(folder / name, "")
    for name in ("content.po", "news.po", "content/world.po"):
        _write(kept_path(tmp_path, folder / name), "")
    assert set(earlier_domain_catalogs(tmp_path, tmp_path / "locale", "es", "news")) == {
        folder / "content.po", folder / "content/world.po"}


@pytest.mark.engine
def test_compile_after_a_switch_to_sections_says_the_messages_moved(site: Path) -> None:
    """The language catalogue's .mo loses the messages of documents now in section
    catalogues: compile said their paragraphs were removed from the source."""
    _reviewed_in_language_catalog()
    _write(Path("content/top.txt"), "The bloc has ten members.\n")
    _translate()
    catalog = polib.pofile(str(ES / "content.po"))
    top = next(e for e in catalog if e.msgctxt == "top")
    top.flags = []
    catalog.save()
    assert run("compile").exit_code == 0
    _configure("section")
    _translate()
    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    assert "removed from the source" not in compiled.output, compiled.output
    assert "moved with its document to another catalogue file" in compiled.output, \
        compiled.output
