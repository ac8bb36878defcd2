"""Documents that move between catalogues, and layouts that switch, keep every text an
editor wrote: real files, real Apertium, GNU gettext as the judge."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

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
