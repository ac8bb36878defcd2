"""``cms-i18n apply`` on a small site of the user's own, with Apertium and real catalogues:
what it writes when nothing is reviewed yet, and what a refused unit keeps."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.helpers import msgfmt_check, run

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")

# Curly quotes around one word and straight ones around another: the cleaner curls the
# straight pair for the catalogue; the source keeps them as the author typed them.
MIXED = 'The \u201ccouncil\u201d said "1,500 people" came to the meeting.\n'


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site as the README's quick start describes one: cms-i18n.yaml and a folder."""
    content = tmp_path / "content"
    content.mkdir()
    (content / "budget.txt").write_text(
        "Budget talks\n\n" + MIXED + "\nThe council met on Monday to discuss the budget.\n",
        encoding="utf-8")
    (content / "weather.txt").write_text("Rain again\n\nIt rained all day in the city.\n",
                                         encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es]\ncontent_dir: content\n"
                                            "engine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("translate")
    assert result.exit_code == 0, result.output
    msgfmt_check(PO)
    return tmp_path


def _review(match: str, msgstr: str, context: str = "budget") -> None:
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid.startswith(match) and not e.obsolete
                 and e.msgctxt == context)
    entry.msgstr = msgstr
    entry.flags.remove("fuzzy")
    catalog.save()


def test_nothing_reviewed_writes_nothing_and_says_why(site: Path) -> None:
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    assert result.stdout == (
        f"es: nothing written: no entry of {PO} is reviewed yet; an editor reviews one by "
        "clearing its fuzzy flag (Poedit, Weblate, Lokalize or a text editor), then apply "
        "writes the documents; --include-fuzzy writes the drafts as they are, for a "
        "preview\n")
    assert sorted(p.name for p in (site / "content").iterdir()) == ["budget.txt",
                                                                    "weather.txt"]
    # The preview is the opt-in: the drafts are written.
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0 and "es: 2 documents written" in preview.stdout
    assert (site / "content" / "weather.es.txt").read_text(encoding="utf-8") != \
        (site / "content" / "weather.txt").read_text(encoding="utf-8")


def test_a_document_whose_only_reviewed_text_stays_as_in_the_source_is_not_written(
        site: Path) -> None:
    # An editor approves the headline as it stands (a name that is not translated): the
    # page would be all in English, which is no translation.
    _review("Rain again", "Rain again", context="weather")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert not (site / "content" / "weather.es.txt").exists()
    assert "content/weather.txt" in next(line for line in result.stdout.splitlines()
                                         if line.startswith("  not written, nothing in"))
    # A translated text beside it writes the page, the approved name as it stands.
    _review("It rained", "Llovi\u00f3 todo el d\u00eda en la ciudad.", context="weather")
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0, again.output
    assert (site / "content" / "weather.es.txt").read_text(encoding="utf-8") == \
        "Rain again\n\nLlovi\u00f3 todo el d\u00eda en la ciudad.\n"


def test_a_refused_unit_keeps_the_source_byte_for_byte(site: Path) -> None:
    # 1,500 kept in Spanish reads as one and a half: critical, refused.
    _review("The \u201ccouncil\u201d said", "El \u201cconsejo\u201d dijo \u201c1,500 "
            "personas\u201d vinieron a la reuni\u00f3n.")
    _review("The council met on Monday",
            "El consejo se reuni\u00f3 el lunes para hablar del presupuesto.")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output      # the rest is written
    assert "1 refused" in result.stdout
    assert "1,500, which Spanish reads as 1,5" in result.stderr
    # No page was published before: the unit has the source text, and the line names the page.
    assert "(the source text was kept as written in content/budget.es.txt)" in result.stderr
    written = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert written.split("\n\n") == ["Budget talks", MIXED.rstrip("\n"),
                                     "El consejo se reuni\u00f3 el lunes para hablar del "
                                     "presupuesto.\n"]
    # The document with nothing reviewed is not published all in English, and one line
    # says so, and how to write it all the same.
    assert not (site / "content" / "weather.es.txt").exists()
    assert ("  not written, nothing in it reviewed yet: content/weather.txt (a page all in "
            "the source language is no translation; `apply --fallback source` writes it "
            "so)") in result.stdout.splitlines()
    assert ", 1 not written (nothing reviewed)," in result.stdout.splitlines()[0]
    asked = run("apply", "--lang", "es", "--fallback", "source")
    assert asked.exit_code == 2 and "not written" not in asked.output
    assert (site / "content" / "weather.es.txt").read_bytes() == \
        (site / "content" / "weather.txt").read_bytes()
    # Asked for once, such a page stays as it is, named, and nothing else is written.
    again = run("apply", "--lang", "es")
    assert ("  left content/weather.es.txt as it was: nothing in content/weather.txt is "
            "reviewed yet (`apply --fallback source` writes it in the source language)"
            ) in again.stdout.splitlines()
    assert (site / "content" / "weather.es.txt").read_bytes() == \
        (site / "content" / "weather.txt").read_bytes()


def test_an_untranslated_field_keeps_the_front_matter_value_as_written(site: Path) -> None:
    (site / "content" / "notes.md").write_text(
        '---\ntitle: The \u201copen\u201d forum of "ten" nations\n---\n\n'
        "The council met on Monday to discuss the budget.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("The council met on Monday",
            "El consejo se reuni\u00f3 el lunes para hablar del presupuesto.", "notes")
    assert run("apply", "--lang", "es").exit_code == 0
    written = (site / "content" / "notes.es.md").read_text(encoding="utf-8")
    assert 'title: The \u201copen\u201d forum of "ten" nations' in written
    catalog = polib.pofile(str(PO))
    # A document that shows no scraper's hand reaches the editor as its author wrote it.
    assert catalog.find('The \u201copen\u201d forum of "ten" nations',
                        msgctxt="notes:title") is not None
    assert "El consejo se reuni\u00f3 el lunes" in written


def test_the_example_article_never_brings_back_what_cleaning_took_out_or_repaired(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The README's article: cleaning takes page chrome out of one paragraph and a
    # look-alike letter out of another ("Нeads", a Cyrillic "Н").  Nobody reviewed
    # either: both are written as cleaned, the chrome out and the letter repaired; the
    # paragraphs cleaning changed no letter of are written as the source has them.
    example = Path(__file__).resolve().parents[2] / "examples" / "content" / \
        "asian-security-officials.txt"
    (tmp_path / "content").mkdir()
    source = tmp_path / "content" / example.name
    source.write_bytes(example.read_bytes())
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es]\ncontent_dir: content\n"
                                            "engine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    catalog = polib.pofile(str(PO))
    assert any("cleaned: chrome:" in e.comment for e in catalog)
    _review("Asian security officials", "Altos cargos de seguridad asiáticos se reunirán en "
            "Moscú", "asian-security-officials")
    assert run("apply", "--lang", "es").exit_code == 0
    written = (tmp_path / "content" / "asian-security-officials.es.txt").read_text(
        encoding="utf-8")
    original = example.read_text(encoding="utf-8")
    homoglyph = next(line for line in original.splitlines() if line.startswith("\u041deads"))
    assert "\u041d" not in written
    assert homoglyph.replace("\u041deads", "Heads") + "\n" in written
    untouched = next(line for line in original.splitlines()
                     if line.startswith("The broader forum will be chaired"))
    assert untouched + "\n" in written
    assert "Altos cargos de seguridad asiáticos se reunirán en Moscú" in written
    assert "icon bookmark" not in written                    # page chrome stays out


def test_an_unreviewed_unit_gets_the_repair_of_its_look_alike_letter_and_nothing_else(
        site: Path) -> None:
    # A Cyrillic "Н" in "Нeads": damage no author makes, so the page has it repaired;
    # the straight quotes the cleaner curled for the editor stay as the author typed them.
    own = '\u041deads of the \u201ccouncil\u201d said "yes" to the plan.'
    (site / "content" / "heads.txt").write_text(f"Summit talks\n\n{own}\n", encoding="utf-8")
    (site / "content" / "notes.md").write_text(
        '---\ntitle: \u041deads "meet" in Moscow\n---\n\nThe council met on Monday.\n',
        encoding="utf-8")
    assert run("translate").exit_code == 0
    catalog = polib.pofile(str(PO))
    assert catalog.find('Heads of the \u201ccouncil\u201d said \u201cyes\u201d to the plan.',
                        msgctxt="heads") is not None           # cleaned for the editor
    _review("Summit talks", "Charlas de la cumbre", "heads")
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.", "notes")
    assert run("apply", "--lang", "es").exit_code == 0
    page = (site / "content" / "heads.es.txt").read_text(encoding="utf-8")
    assert page == ('Charlas de la cumbre\n\nHeads of the \u201ccouncil\u201d said "yes" '
                    "to the plan.\n")
    notes = (site / "content" / "notes.es.md").read_text(encoding="utf-8")
    assert notes.startswith('---\ntitle: Heads "meet" in Moscow\n') and "\u041d" not in notes


def _draft(match: str, msgstr: str, context: str) -> None:
    """An editor's draft: the msgstr rewritten, the entry left fuzzy."""
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid.startswith(match) and not e.obsolete
                 and e.msgctxt == context)
    entry.msgstr = msgstr
    catalog.save()


def test_an_editor_s_draft_is_not_called_a_machine_translation(site: Path) -> None:
    _draft("It rained all day", "Ha llovido sin parar en la ciudad.", "weather")
    assert run("translate").exit_code == 0
    entry = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("It rained"))
    assert entry.msgstr == "Ha llovido sin parar en la ciudad." and entry.fuzzy
    assert not any(line.startswith("machine translation:")
                   for line in entry.comment.splitlines()), str(entry)
    [suggestion] = [line for line in entry.comment.splitlines()
                    if line.startswith("suggestion for this text: ")]
    assert suggestion.endswith(" (machine translation: apertium eng-spa)"), suggestion
    # The engine's own draft next door still says whose it is.
    title = next(e for e in polib.pofile(str(PO)) if e.msgid == "Rain again")
    assert "machine translation: apertium eng-spa" in title.comment


def test_a_preview_names_the_drafts_written_for_the_earlier_source_text(site: Path) -> None:
    _draft("It rained all day", "Ha llovido sin parar en la ciudad.", "weather")
    assert run("translate").exit_code == 0
    weather = site / "content" / "weather.txt"
    weather.write_text("Rain again\n\nIt rained all week in the city.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    entry = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("It rained"))
    assert entry.previous_msgid == "It rained all day in the city." and entry.fuzzy

    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0, preview.output
    assert ", 1 draft for an earlier source text" in preview.stdout, preview.stdout
    assert preview.stderr.startswith("source changed: "), preview.stderr
    assert (f"{PO}:{entry.linenum}: [weather] a draft written for the "
            "earlier text 'It rained all day in the city.', not for 'It rained all week "
            "in the city.' (written as it is, for the preview; review it against the new "
            "text)") in preview.stderr, preview.stderr
    assert "Ha llovido sin parar" in (site / "content" / "weather.es.txt").read_text("utf-8")
    # Reviewed work alone says nothing of it.
    assert "source changed" not in run("apply", "--lang", "es").stderr


def test_an_unreadable_record_of_previews_is_named_and_kept_aside(site: Path) -> None:
    # A merge conflict left in .cms-i18n/apply.json: the previews it listed cannot be
    # taken away, and apply says so rather than publish them without a word.
    assert run("apply", "--lang", "es", "--include-fuzzy").exit_code == 0
    record = site / ".cms-i18n" / "apply.json"
    broken = record.read_text(encoding="utf-8").replace("{", "{\n<<<<<<< HEAD", 1)
    record.write_text(broken, encoding="utf-8")
    later = run("apply", "--lang", "es")
    assert later.exit_code == 0, later.output
    assert "warning: es: .cms-i18n/apply.json: the record of what apply wrote could not be " \
        "read (line 2: " in later.stderr, later.stderr
    assert "stay where published pages go" in later.stderr
    assert (site / ".cms-i18n" / "apply.json.unreadable").read_text(encoding="utf-8") == broken
    assert "could not be read" not in run("apply", "--lang", "es").stderr


def test_a_preview_is_taken_away_by_an_apply_that_publishes_nothing(site: Path) -> None:
    content = site / "content"
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0 and "es: 2 documents written" in preview.stdout
    assert "note: es: 2 previews with unreviewed drafts written where published pages go " \
        "(content/budget.es.txt, content/weather.es.txt); `cms-i18n apply` without " \
        "--include-fuzzy takes them away again, unless edited since" in preview.stderr
    # An editor works on one preview by hand: it is theirs now.
    edited = content / "weather.es.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "Revisado a mano.\n",
                      encoding="utf-8")
    later = run("apply", "--lang", "es")
    assert later.exit_code == 0
    assert later.stdout.startswith("es: nothing written: no entry of")
    assert "  removed content/budget.es.txt (a preview of unreviewed drafts that `apply " \
        "--include-fuzzy` wrote)" in later.stdout
    assert not (content / "budget.es.txt").exists()
    assert edited.read_text(encoding="utf-8").endswith("Revisado a mano.\n")
    assert "warning: es: content/weather.es.txt: kept: it was written by `apply " \
        "--include-fuzzy` as a preview of unreviewed drafts, and has been edited since" \
        in later.stderr
    # Said once: the edited file is the editor's from now on.
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0 and again.stderr == "" and "removed" not in again.stdout
    assert sorted(p.name for p in content.iterdir()) == ["budget.txt", "weather.es.txt",
                                                         "weather.txt"]


def test_a_preview_is_replaced_by_what_a_later_apply_publishes(site: Path) -> None:
    content = site / "content"
    assert run("apply", "--lang", "es", "--include-fuzzy").exit_code == 0
    _review("The council met on Monday",
            "El consejo se reuni\u00f3 el lunes para hablar del presupuesto.")
    published = run("apply", "--lang", "es")
    assert published.exit_code == 0
    assert "es: 1 document written" in published.stdout
    # Unreviewed units are back in the source language; nothing of the preview is left:
    # the document nobody reviewed anything of has no page, its preview taken away.
    budget = (content / "budget.es.txt").read_text(encoding="utf-8")
    assert "El consejo se reuni\u00f3 el lunes" in budget and MIXED in budget
    assert not (content / "weather.es.txt").exists()
    assert "  removed content/weather.es.txt (a preview of unreviewed drafts that `apply " \
        "--include-fuzzy` wrote)" in published.stdout
    assert "removed content/budget" not in published.stdout
    record = json.loads((site / ".cms-i18n" / "apply.json").read_text(encoding="utf-8"))
    assert record["previews"] == {}          # no preview left to take away


def test_a_translation_file_that_was_there_before_a_preview_is_never_removed(
        site: Path) -> None:
    content = site / "content"
    _review("The council met on Monday",
            "El consejo se reuni\u00f3 el lunes para hablar del presupuesto.")
    assert run("apply", "--lang", "es").exit_code == 0         # published
    assert run("apply", "--lang", "es", "--include-fuzzy").exit_code == 0   # preview over it
    catalog = polib.pofile(str(PO))
    for entry in catalog:
        if entry.msgctxt == "budget" and not entry.fuzzy and entry.msgid:
            entry.flags.append("fuzzy")             # unreviewed again: nothing to publish
    catalog.save()
    later = run("apply", "--lang", "es")
    assert later.exit_code == 0 and "removed content/budget" not in later.stdout
    assert (content / "budget.es.txt").exists()
    # the preview of the document nobody reviewed, created by it, goes
    assert not (content / "weather.es.txt").exists()
    assert "warning: es: content/budget.es.txt: kept: it holds a preview of unreviewed " \
        "drafts that `apply --include-fuzzy` wrote over an earlier file" in later.stderr


def test_a_published_page_an_editor_edited_is_kept_and_the_translation_goes_beside_it(
        site: Path) -> None:
    content = site / "content"
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.")
    assert run("apply", "--lang", "es").exit_code == 0
    published = content / "budget.es.txt"
    edited = published.read_text(encoding="utf-8").replace("El consejo", "El pleno del consejo")
    published.write_text(edited, encoding="utf-8")          # an editor's hand edit
    catalog = polib.pofile(str(PO))        # the reviewer changes the reviewed translation
    entry = next(e for e in catalog if e.msgstr == "El consejo se reuni\u00f3 el lunes.")
    entry.msgstr = "El consejo se reuni\u00f3 el lunes por la tarde."
    catalog.save()
    later = run("apply", "--lang", "es")
    assert later.exit_code == 0
    assert published.read_text(encoding="utf-8") == edited   # the edit is still there
    beside = content / "budget.es.txt.new"
    assert "por la tarde" in beside.read_text(encoding="utf-8")
    assert "warning: es: content/budget.es.txt: kept: it is not what apply last wrote " \
        "there" in later.stderr
    # The editor takes the new translation: the copy beside it goes with the edit.
    published.unlink()
    taken = run("apply", "--lang", "es")
    assert taken.exit_code == 0 and taken.stderr == ""
    assert "por la tarde" in published.read_text(encoding="utf-8")
    assert not beside.exists()
    assert "  removed content/budget.es.txt.new (the catalogue's translation that apply " \
        "wrote beside an edited page: the page now holds it)" in taken.stdout



def test_an_edit_in_the_copy_beside_an_edited_page_is_kept_too(site: Path) -> None:
    # an editor merges the page's edit and the catalogue's text in the copy beside it
    content = site / "content"
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.")
    assert run("apply", "--lang", "es").exit_code == 0
    published = content / "budget.es.txt"
    edited = published.read_text(encoding="utf-8").replace("El consejo", "El pleno")
    published.write_text(edited, encoding="utf-8")
    assert "content/budget.es.txt: kept" in run("apply", "--lang", "es").stderr
    beside = content / "budget.es.txt.new"
    merged = beside.read_text(encoding="utf-8") + "Nota del editor: ambas versiones.\n"
    beside.write_text(merged, encoding="utf-8")
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0
    assert beside.read_text(encoding="utf-8") == merged       # the merge is still there
    assert published.read_text(encoding="utf-8") == edited
    assert "warning: es: content/budget.es.txt: kept: it is not what apply last wrote " \
        "there (edited since); content/budget.es.txt.new, the copy beside it, was edited " \
        "since apply wrote it and is kept as it is too" in again.stderr
    # deleting the copy lets the next apply write the catalogue's text beside the page
    beside.unlink()
    assert run("apply", "--lang", "es").exit_code == 0
    assert "El consejo se reuni\u00f3 el lunes." in beside.read_text(encoding="utf-8")


def test_a_refused_unit_of_an_edited_page_names_the_file_its_text_went_to(
        site: Path) -> None:
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.")
    assert run("apply", "--lang", "es").exit_code == 0
    published = site / "content" / "budget.es.txt"
    edited = published.read_text(encoding="utf-8") + "Nota del editor.\n"
    published.write_text(edited, encoding="utf-8")          # an editor's hand edit
    # 1,500 kept in Spanish reads as one and a half: critical, refused.
    _review("The \u201ccouncil\u201d said", "El \u201cconsejo\u201d dijo \u201c1,500 "
            "personas\u201d vinieron a la reuni\u00f3n.")
    later = run("apply", "--lang", "es")
    assert later.exit_code == 2
    assert published.read_text(encoding="utf-8") == edited   # the edit is still there
    beside = site / "content" / "budget.es.txt.new"
    assert MIXED in beside.read_text(encoding="utf-8")
    refused = next(line for line in later.stderr.splitlines() if line.startswith("refused:"))
    assert refused.endswith(
        "(the source text was kept as written in content/budget.es.txt.new, written there "
        "because content/budget.es.txt is kept as found: it is not what apply last wrote "
        "there (edited since))"), refused


def test_an_edit_put_into_the_catalog_is_published_and_the_copy_beside_goes(
        site: Path) -> None:
    content = site / "content"
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.")
    assert run("apply", "--lang", "es").exit_code == 0
    published = content / "budget.es.txt"
    published.write_text(published.read_text(encoding="utf-8").replace(
        "El consejo", "El pleno"), encoding="utf-8")            # an editor's hand edit
    kept = run("apply", "--lang", "es")
    assert "content/budget.es.txt: kept" in kept.stderr
    assert (content / "budget.es.txt.new").exists()
    catalog = polib.pofile(str(PO))     # the editor puts the edit into the catalogue
    entry = next(e for e in catalog if e.msgstr == "El consejo se reuni\u00f3 el lunes.")
    entry.msgstr = "El pleno se reuni\u00f3 el lunes."
    catalog.save()
    settled = run("apply", "--lang", "es")
    assert settled.exit_code == 0 and settled.stderr == ""
    assert "El pleno se reuni\u00f3 el lunes." in published.read_text(encoding="utf-8")
    assert not (content / "budget.es.txt.new").exists()


def test_a_translation_file_apply_never_wrote_is_kept(site: Path) -> None:
    """A page translated by hand before the site used cms-i18n is someone's work too."""
    content = site / "content"
    by_hand = "Conversaciones sobre el presupuesto\n\nTraducido a mano.\n"
    (content / "budget.es.txt").write_text(by_hand, encoding="utf-8")
    _review("The council met on Monday", "El consejo se reuni\u00f3 el lunes.")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    assert (content / "budget.es.txt").read_text(encoding="utf-8") == by_hand
    assert "El consejo se reuni\u00f3" in (content / "budget.es.txt.new").read_text(
        encoding="utf-8")
    assert "content/budget.es.txt: kept" in result.stderr


COUNCIL = "El consejo se reuni\u00f3 el lunes para hablar del presupuesto."


def _clone(site: Path, monkeypatch: pytest.MonkeyPatch, *, record: bool) -> Path:
    """The site as ``git clone`` (no record: ``.cms-i18n/`` not versioned) or ``cp -r``
    (the record too) leaves it in another folder, which becomes the current one."""
    clone = site.parent / f"{site.name}-clone"
    shutil.copytree(site, clone, ignore=None if record else
                    shutil.ignore_patterns("apply.json"))
    monkeypatch.chdir(clone)
    return clone


def test_a_clone_without_the_record_publishes_what_was_reviewed_since(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    clone = _clone(site, monkeypatch, record=False)
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0 and result.stderr == ""
    page = (clone / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert page.startswith("Conversaciones sobre el presupuesto\n\n") and COUNCIL in page
    assert not (clone / "content" / "budget.es.txt.new").exists()


def test_a_hand_edit_in_a_clone_without_the_record_is_still_kept(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    clone = _clone(site, monkeypatch, record=False)
    page = clone / "content" / "budget.es.txt"
    edited = page.read_text(encoding="utf-8").replace("El consejo", "El pleno del consejo")
    page.write_text(edited, encoding="utf-8")
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    assert page.read_text(encoding="utf-8") == edited
    assert "warning: es: content/budget.es.txt: kept: there is no record of what apply " \
        "wrote (.cms-i18n/apply.json is not there)" in result.stderr
    assert "edited by hand" in result.stderr
    assert (clone / "content" / "budget.es.txt.new").read_text(
        encoding="utf-8").startswith("Conversaciones sobre el presupuesto")


def test_a_copied_site_with_a_record_of_absolute_paths_publishes_a_changed_translation(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewed translation replaced by another, the first kept nowhere: only the
    record knows the page is apply's, and it was written by an older version (absolute
    paths, of the folder the site was copied from)."""
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    record_path = site / ".cms-i18n" / "apply.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert record["written"] and all(not Path(k).is_absolute() for k in record["written"])
    record["written"] = {str(site.resolve() / k): v for k, v in record["written"].items()}
    record_path.write_text(json.dumps(record), encoding="utf-8")
    clone = _clone(site, monkeypatch, record=True)
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgstr == COUNCIL)
    entry.msgstr = "El consejo se reuni\u00f3 el lunes por la tarde."
    catalog.save()
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0 and result.stderr == ""
    assert "por la tarde" in (clone / "content" / "budget.es.txt").read_text(encoding="utf-8")
    saved = json.loads((clone / ".cms-i18n" / "apply.json").read_text(encoding="utf-8"))
    # one page in the record: its folder then is found all the same
    assert sorted(saved["written"]) == ["content/budget.es.txt"]


def _weather_changed(site: Path) -> polib.POEntry:
    """The weather paragraph reworded after an editor drafted its translation, and
    translated again: the entry is fuzzy with the earlier text as its ``#| msgid``."""
    _draft("It rained all day", "Ha llovido sin parar en la ciudad.", "weather")
    assert run("translate").exit_code == 0
    weather = site / "content" / "weather.txt"
    weather.write_text("Rain again\n\nIt rained all week in the city.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    entry = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("It rained")
                 and not e.obsolete)
    assert entry.previous_msgid == "It rained all day in the city." and entry.fuzzy
    return entry


FOUNDED = ("The organization was founded on May 15, 1992, in Tashkent (Uzbekistan). Its "
           "supreme body is the Collective Security Council ({}), which names the "
           "secretary general.")


def test_a_change_late_in_a_long_paragraph_is_quoted_where_it_is(site: Path) -> None:
    weather = site / "content" / "weather.txt"
    weather.write_text("Rain again\n\n" + FOUNDED.format("CLRC") + "\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    _draft("The organization", "La organización fue fundada el 15 de mayo de 1992 en "
           "Taskent. Su órgano supremo es el Consejo de Seguridad Colectiva.", "weather")
    assert run("translate").exit_code == 0
    weather.write_text("Rain again\n\n" + FOUNDED.format("CSC") + "\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0, preview.output
    assert "a draft written for the earlier text '…Collective Security Council (CLRC), " \
           "which names the…', not for '…Collective Security Council (CSC), which names " \
           "the…'" in preview.stderr, preview.stderr


def test_a_draft_the_editor_revised_for_the_new_source_text_is_not_called_earlier(
        site: Path) -> None:
    _weather_changed(site)
    # The editor rewrites the draft for the new text; the #| msgid stays, as Poedit
    # and Lokalize leave it until the entry is reviewed.
    _draft("It rained all week", "Ha llovido toda la semana en la ciudad.", "weather")
    for _ in range(2):           # and after translate has run on the revised draft
        preview = run("apply", "--lang", "es", "--include-fuzzy")
        assert preview.exit_code == 0, preview.output
        assert "earlier" not in preview.output, preview.output
        assert "Ha llovido toda la semana" in (site / "content" / "weather.es.txt"
                                               ).read_text("utf-8")
        assert run("translate").exit_code == 0


def _msgmerge(site: Path, old: str, new: str) -> None:
    """The source reworded and the catalogue brought up to date by GNU ``msgmerge
    --previous`` instead of translate: the entry fuzzy, its #| msgid the old text."""
    source = site / "content" / "weather.txt"
    source.write_text(source.read_text("utf-8").replace(old, new), encoding="utf-8")
    template = polib.pofile(str(PO))
    for entry in template:
        entry.msgstr = ""
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.msgid = entry.msgid.replace(old, new)
    template.save(str(site / "new.pot"))
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=off",
                    str(PO), str(site / "new.pot")], check=True)
    entry = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("It rained")
                 and not e.obsolete)
    assert entry.fuzzy and entry.previous_msgid == f"It rained {old} in the city.", str(entry)


def test_a_reviewed_translation_msgmerge_carried_is_called_earlier_until_revised(
        site: Path) -> None:
    _review("It rained all day", "Llovió todo el día en la ciudad.", "weather")
    assert run("translate").exit_code == 0         # the record holds the reviewed text
    _msgmerge(site, "all day", "all week")
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0, preview.output
    assert "1 draft for an earlier source text" in preview.stdout, preview.stdout
    assert "[weather] a draft written for the earlier text 'It rained all day in the " \
           "city.', not for 'It rained all week in the city.'" in preview.stderr

    _draft("It rained all week", "Llovió toda la semana en la ciudad.", "weather")
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0, preview.output
    assert "earlier" not in preview.output, preview.output


def test_without_a_record_a_carried_draft_is_said_to_be_perhaps_for_the_earlier_text(
        site: Path) -> None:
    _review("It rained all day", "Llovió todo el día en la ciudad.", "weather")
    _msgmerge(site, "all day", "all week")
    shutil.rmtree(site / ".cms-i18n")                # a clone without the memory
    _draft("It rained all week", "Llovió toda la semana en la ciudad.", "weather")
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0, preview.output
    assert "1 draft perhaps for an earlier source text" in preview.stdout, preview.stdout
    assert "[weather] a draft that may still translate the earlier text 'It rained all " \
           "day in the city.' (its #| msgid), not 'It rained all week in the city.': " \
           "nothing on file tells whether it was revised since" in preview.stderr
    assert "a draft written for the earlier" not in preview.stderr


def _edit_source(site: Path, old: str, new: str) -> None:
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0


def test_a_source_edit_keeps_the_reviewed_translation_on_the_page_and_names_it(
        site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, "to discuss the budget", "to debate the budget")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert COUNCIL in page and "debate" not in page       # still in Spanish
    assert "1 kept as reviewed for an earlier source text" in result.stdout
    line = next(e.linenum for e in polib.pofile(str(PO)) if e.msgid.startswith(
        "The council met on Monday to debate") and not e.obsolete)
    assert (f"source changed: content/budget.txt:5: the page keeps the reviewed "
            f"translation of the earlier text 'The council met on Monday to discuss the "
            f"budget.' until {PO}:") in result.stderr
    assert abs(int(result.stderr.split(f"{PO}:")[1].split()[0]) - line) <= 3


@pytest.mark.parametrize(("before", "after", "changed"),
                         [("met on Monday", "met twice on Monday", "'twice' new"),
                          ("met on Monday", "met on Tuesday", "'Monday' gone, 'Tuesday' new")],
                         ids=["figure", "name"])
def test_a_source_edit_that_changes_a_fact_puts_the_source_on_the_page_and_says_so(
        site: Path, before: str, after: str, changed: str) -> None:
    """A figure ("twice") or a name ("Monday" → "Tuesday") changed: a correction."""
    _review("The council met on Monday", COUNCIL)
    # Another unit reviewed: the page is written with the source text of this one (a
    # page with nothing translated now is not written).
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, before, after)
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert f"The council {after} to discuss the budget." in page
    assert COUNCIL not in page
    assert "(1 of them because the source changed)" in result.stdout
    # the line says what changed (a paragraph split in two reads as a figure gone)
    assert "source changed: content/budget.txt:5: a figure, a name or a negation changed " \
        f"({changed}) since the translation of 'The council met on Monday to discuss the " \
        "budget.' was reviewed, so the page has the source text until" in result.stderr


def _entry_line(msgid: str) -> int:
    return next(e.linenum for e in polib.pofile(str(PO)) if e.msgid.startswith(msgid)
                and not e.obsolete)


def test_a_page_whose_one_reviewed_unit_changed_a_figure_gets_the_source_text(
        site: Path) -> None:
    """A correction ("met twice") withdraws the page's only reviewed translation: the page
    apply wrote, unedited since, would go on stating what the source no longer says, so it
    gets the source text, as a page with another unit still translated does; the
    editor's Spanish stays in the catalogue, to review against the new text."""
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "budget.es.txt"
    assert COUNCIL in page.read_text(encoding="utf-8")
    _edit_source(site, "met on Monday", "met twice on Monday")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert "The council met twice on Monday" in page.read_text(encoding="utf-8")
    assert COUNCIL not in page.read_text(encoding="utf-8")
    assert result.stdout.startswith("es: 1 document written, ") and \
        "no unit translated now" not in result.stdout, result.stdout
    entry = f"{PO}:{_entry_line('The council met twice')}"
    assert ("source changed: content/budget.txt:5: a figure, a name or a negation changed "
            "('twice' new) since the translation of 'The council met on Monday to discuss the "
            f"budget.' was reviewed, so the page has the source text until {entry} is reviewed"
            ) in result.stderr
    kept = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("The council met twice"))
    assert kept.msgstr == COUNCIL and "fuzzy" in kept.flags     # the editor's work, kept
    # Reviewed against the new text, it is published.
    _review("The council met twice", COUNCIL.replace("reuni\u00f3", "reuni\u00f3 dos veces"))
    done = run("apply", "--lang", "es")
    assert done.exit_code == 0 and "no unit translated now" not in done.stdout
    assert "dos veces" in page.read_text(encoding="utf-8")


def test_a_carried_review_approved_unchanged_after_a_correction_is_not_published(
        site: Path) -> None:
    """The source corrected a figure; the run carried the review onto the new text as a
    draft; a hurried editor approved it as it was, and the PO editor dropped the
    ``#| msgid``: apply published the translation of the figure the source took back."""
    _review("The council met on Monday", COUNCIL)
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, "met on Monday", "met twice on Monday")
    catalog = polib.pofile(str(PO))
    carried = next(e for e in catalog if e.msgid.startswith("The council met twice"))
    assert carried.msgstr == COUNCIL and carried.previous_msgid
    carried.flags.remove("fuzzy")
    carried.previous_msgid = carried.previous_msgctxt = None
    catalog.save()
    checked = run("check", "--no-msgfmt")
    assert checked.exit_code == 2, checked.output
    assert "critical: corrected: approved as carried from the earlier source text" in \
        checked.output, checked.output
    # a run in between does not take the approval for a revision
    assert run("translate", "--lang", "es").exit_code == 0
    compiled = run("compile")           # nor does compile put it in the .mo
    assert compiled.exit_code == 2 and "corrected: approved as carried" in compiled.output, \
        compiled.output
    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output        # refused, as a critical problem is
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert COUNCIL not in page and "The council met twice on Monday" in page
    assert ("corrected: approved as carried from the earlier source text, which a "
            "correction changed since ('twice' new)") in result.stderr, result.stderr
    # revised for the new text, it is published
    catalog = polib.pofile(str(PO))
    revised = next(e for e in catalog if e.msgid.startswith("The council met twice"))
    revised.msgstr = COUNCIL.replace("reuni\u00f3", "reuni\u00f3 dos veces")
    catalog.save()
    done = run("apply", "--lang", "es")
    assert done.exit_code == 0 and "corrected:" not in done.stderr
    assert "dos veces" in (site / "content" / "budget.es.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("other_page_reviewed", [True, False])
def test_a_page_whose_reviewed_paragraph_was_taken_out_no_longer_says_it(
        site: Path, other_page_reviewed: bool) -> None:
    """The source takes out the one paragraph of a page that was reviewed: nothing of the
    document is reviewed now, and the page apply wrote kept publishing the paragraph the
    newsroom took out (where nothing else in the catalogue was reviewed, apply said
    "nothing written: no entry is reviewed yet").  The page apply wrote, which nobody
    edited since, is written anew in the source language, and the run says why; the
    reviewed text stays in an obsolete entry."""
    _review("The council met on Monday", COUNCIL)
    if other_page_reviewed:
        _review("It rained all day", RAIN, "weather")
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "budget.es.txt"
    assert COUNCIL in page.read_text(encoding="utf-8")
    _edit_source(site, "\nThe council met on Monday to discuss the budget.\n", "")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert COUNCIL not in page.read_text(encoding="utf-8")
    assert ("content/budget.es.txt is written in English throughout: the paragraphs its "
            "reviewed translations were of are gone from content/budget.txt") in result.stderr, \
        result.output
    assert any(e.obsolete and e.msgstr == COUNCIL for e in polib.pofile(str(PO)))


def test_a_preview_of_a_page_whose_reviewed_paragraph_was_taken_out_goes_as_previews_do(
        site: Path) -> None:
    """A preview (``apply --include-fuzzy``) held the reviewed paragraph the source then
    took out: the next apply wrote the page anew, all in English, where a preview nobody
    edited is taken away."""
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es", "--include-fuzzy").exit_code == 0
    page = site / "content" / "budget.es.txt"
    assert COUNCIL in page.read_text(encoding="utf-8")
    _edit_source(site, "\nThe council met on Monday to discuss the budget.\n", "")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert not page.exists(), page.read_text(encoding="utf-8")
    assert "removed content/budget.es.txt (a preview" in result.stdout, result.output


def test_a_page_edited_by_hand_stays_when_its_one_reviewed_unit_changed_a_figure(
        site: Path) -> None:
    """The same correction, on a page somebody edited after apply wrote it: what they
    typed there is theirs, so the page stays, named as out of date."""
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "budget.es.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\nNota de la redacci\u00f3n.\n",
                    encoding="utf-8")
    published = page.read_bytes()
    _edit_source(site, "met on Monday", "met twice on Monday")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert page.read_bytes() == published
    lines = result.stdout.splitlines()
    assert lines[0].startswith("es: 0 documents written, 1 not written (nothing reviewed), "
                               "1 not written (no unit translated now), 0 units translated, "
                               "0 left in the source language"), lines[0]
    entry = f"{PO}:{_entry_line('The council met twice')}"
    assert ("  not written: content/budget.es.txt: no unit of content/budget.txt is "
            "translated now (1 unit changed in the source since review, to review again: "
            f"{entry}); the page published before stays as it was, out of date until those "
            "are reviewed") in lines
    assert "the page has the source text" not in result.output
    # Asked for the source text, apply still keeps the page somebody edited.
    asked = run("apply", "--lang", "es", "--fallback", "source")
    assert asked.exit_code == 0 and "1 kept as found" in asked.stdout, asked.stdout
    assert page.read_bytes() == published


CSTO = "What is the CSTO?\n\nThe CSTO met in Moscow on Monday.\n"


def test_a_document_whose_only_reviewed_unit_is_refused_is_not_written(site: Path) -> None:
    (site / "content" / "csto.txt").write_text(CSTO, encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review("The council met on Monday", COUNCIL)
    _review("What is the CSTO?", "\u00bfQu\u00e9 es la OTAN?", context="csto")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output         # as documented for a refusal
    assert not (site / "content" / "csto.es.txt").exists()
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused:")]
    assert len(refused) == 1 and "OTSC" in refused[0], result.stderr
    assert refused[0].endswith("(content/csto.es.txt not written: no unit of it is "
                               "translated now)")
    lines = result.stdout.splitlines()
    assert "1 not written (no unit translated now)" in lines[0]
    assert "  not written: content/csto.es.txt: no unit of content/csto.txt is translated " \
        "now (1 refused); no page of it is written until one is" in lines
    # A page there, from an earlier apply that was asked for the source text, stays.
    assert run("apply", "--lang", "es", "--fallback", "source").exit_code == 2
    page = site / "content" / "csto.es.txt"
    before = page.read_bytes()
    again = run("apply", "--lang", "es")
    assert again.exit_code == 2 and page.read_bytes() == before
    assert "  not written: content/csto.es.txt: no unit of content/csto.txt is translated " \
        "now (1 refused); the page published before stays as it was" in again.stdout


RAIN = "Llovi\u00f3 todo el d\u00eda en la ciudad."


def _source_changed(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("source changed: ")]


def test_a_source_change_is_named_once_then_counted_on_one_line_until_reviewed(
        site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, "to discuss the budget", "to debate the budget")
    named = ("source changed: content/budget.txt:5: the page keeps the reviewed translation "
             "of the earlier text 'The council met on Monday to discuss the budget.'")
    first = run("apply", "--lang", "es")
    assert first.exit_code == 0
    assert [line[:len(named)] for line in _source_changed(first.stderr)] == [named]
    counted_line = ("source changed: es: 1 unit named by an earlier apply still waits for "
                    "review; `apply --verbose` names them")
    for _ in range(2):                  # not named again, and not gone either
        again = run("apply", "--lang", "es")
        assert again.exit_code == 0
        assert _source_changed(again.stderr) == [counted_line]
        assert "1 kept as reviewed for an earlier source text" in again.stdout
    verbose = run("apply", "--lang", "es", "--verbose")
    assert [line[:len(named)] for line in _source_changed(verbose.stderr)] == [named]
    # A source change that is new is named in full beside the count of the old one.
    # A new source change, in the same document, is named in full beside the count.
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, "Budget talks", "Budget talks today")
    newer = run("apply", "--lang", "es")
    lines = _source_changed(newer.stderr)
    assert lines[0].startswith("source changed: content/budget.txt:1: the page keeps the "
                               "reviewed translation of the earlier text 'Budget talks'")
    assert lines[1:] == [counted_line]
    assert _source_changed(run("apply", "--lang", "es").stderr) == [
        counted_line.replace("1 unit named by an earlier apply still waits",
                             "2 units named by an earlier apply still wait")]
    # Reviewed: nothing left to say, and the record forgets it.
    _review("The council met on Monday to debate", "El consejo se reuni\u00f3 el lunes "
            "para debatir el presupuesto.")
    _review("Budget talks today", "Conversaciones sobre el presupuesto hoy")
    done = run("apply", "--lang", "es")
    assert done.exit_code == 0 and _source_changed(done.stderr) == []
    saved = json.loads((site / ".cms-i18n" / "apply.json").read_text(encoding="utf-8"))
    assert "source_changed" not in saved


def test_a_kept_earlier_translation_that_loses_the_new_link_is_refused_and_said_so(
        site: Path) -> None:
    notes = site / "content" / "notes.md"
    notes.write_text("# Notes\n\nThe council met on Monday to discuss the budget.\n",
                     encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review("The council met on Monday", COUNCIL, context="notes")
    _review("Notes", "Notas", context="notes")
    assert run("apply", "--lang", "es").exit_code == 0
    notes.write_text("# Notes\n\nThe council met on Monday to discuss the "
                     "[budget](https://example.org/budget).\n", encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (site / "content" / "notes.es.md").read_text(encoding="utf-8")
    # The page has the new source text, link and all, not a translation without it.
    assert "[budget](https://example.org/budget)" in page and COUNCIL not in page
    lines = _source_changed(result.stderr)
    assert len(lines) == 1 and lines[0].startswith(
        "source changed: content/notes.md:3: the reviewed translation of the earlier text "
        "'The council met on Monday to discuss the budget.' is refused in place of the new "
        "one (")
    assert "so the page has the source text until" in lines[0]
    assert "(1 of them because the source changed)" in result.stdout


def test_a_kept_earlier_translation_without_a_name_the_glossary_asks_for_is_refused(
        site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    # Another unit reviewed: the page is written with the source text of this one (a
    # page with nothing translated now is not written).
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    assert run("apply", "--lang", "es").exit_code == 0
    _edit_source(site, "to discuss the budget.",
                 "to discuss the budget of the Shanghai Cooperation Organisation.")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert COUNCIL not in page
    assert "the budget of the Shanghai Cooperation Organisation." in page
    lines = _source_changed(result.stderr)
    assert len(lines) == 1 and "is refused in place of the new one" in lines[0]
    assert "Organizaci\u00f3n de Cooperaci\u00f3n de Shanghai" in lines[0]


def test_fallback_skip_names_each_published_page_it_leaves_as_it_was(site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    _review("It rained all day", RAIN, context="weather")
    assert run("apply", "--lang", "es").exit_code == 0
    weather = site / "content" / "weather.es.txt"
    published = weather.read_bytes()
    # The reviewed sentence is corrected with a figure: its translation no longer holds.
    source = site / "content" / "weather.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("all day", "for 3 days"),
                      encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es", "--fallback", "skip")
    assert result.exit_code == 0, result.output
    assert weather.read_bytes() == published
    assert "1 page left as it was" in result.stdout.splitlines()[0]
    assert ("  left content/weather.es.txt as it was (fallback skip): no unit of "
            "content/weather.txt has a reviewed translation to publish now (1 unit changed "
            "in the source since review)") in result.stdout.splitlines()
    assert "budget.es.txt" not in result.stdout.replace("1 unchanged", "")


def test_a_page_written_all_in_english_for_a_corrected_figure_is_said_to_be(
        site: Path) -> None:
    """The figure of a page's only reviewed sentence corrected: the page is written anew
    in English (it said what the source no longer does); the summary's counts were all
    that said so."""
    _review("The council met on Monday", COUNCIL)
    _review("It rained all day", RAIN, context="weather")
    assert run("apply", "--lang", "es").exit_code == 0
    source = site / "content" / "weather.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("all day", "for 3 days"),
                      encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert "for 3 days" in (site / "content" / "weather.es.txt").read_text(encoding="utf-8")
    assert "warning: es: content/weather.es.txt is written in English throughout: the " \
        "source corrected what its only reviewed translations said" in result.stderr


def test_a_page_apply_wrote_for_an_earlier_source_in_a_clone_without_the_record_is_named_so(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _review("The council met on Monday", COUNCIL)
    assert run("apply", "--lang", "es").exit_code == 0
    clone = _clone(site, monkeypatch, record=False)
    # A paragraph added to the source since apply wrote the page: nobody edited the page.
    budget = clone / "content" / "budget.txt"
    budget.write_text(budget.read_text(encoding="utf-8") + "\nThe mayor thanked the crews.\n",
                      encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    page = clone / "content" / "budget.es.txt"
    before = page.read_text(encoding="utf-8")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    assert page.read_text(encoding="utf-8") == before      # kept: nothing says whose it is
    # Not the false "it is not what apply last wrote there": nothing records what it wrote.
    assert "not what apply last wrote" not in result.stderr
    assert "warning: es: content/budget.es.txt: kept: there is no record of what apply " \
        "wrote (.cms-i18n/apply.json is not there)" in result.stderr
    assert "or written for an earlier version of content/budget.txt" in result.stderr


def test_the_summary_counts_a_kept_page_and_comes_after_the_warnings(site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    _review("It rained all day", "Llovi\u00f3 todo el d\u00eda en la ciudad.", "weather")
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "budget.es.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("El consejo", "El pleno"),
                    encoding="utf-8")
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    summary = next(line for line in result.stdout.splitlines() if line.startswith("es: "))
    # Every document counted: weather unchanged, budget kept as the editor left it.
    assert summary.startswith("es: 0 documents written, 1 unchanged, 1 kept as found"), summary
    # The warning first, the summary last: what a user reads at the end of the run.
    assert result.output.index("warning: es: content/budget.es.txt: kept") < \
        result.output.index(summary)


def test_a_moved_or_deleted_source_takes_its_unchanged_page_away_and_names_an_edited_one(
        site: Path) -> None:
    _review("The council met on Monday", COUNCIL)
    _review("It rained all day", "Llovi\u00f3 todo el d\u00eda en la ciudad.", "weather")
    assert run("apply", "--lang", "es").exit_code == 0
    content = site / "content"
    old_weather, old_budget = content / "weather.es.txt", content / "budget.es.txt"
    edited = old_budget.read_text(encoding="utf-8").replace("El consejo", "El pleno")
    old_budget.write_text(edited, encoding="utf-8")          # an editor's work
    (content / "news").mkdir()
    (content / "weather.txt").rename(content / "news" / "weather.txt")     # moved
    (content / "budget.txt").unlink()                                      # deleted
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0
    assert (content / "news" / "weather.es.txt").read_text(encoding="utf-8") == \
        "Rain again\n\nLlovi\u00f3 todo el d\u00eda en la ciudad.\n"
    # apply's own page, unchanged since: taken away, and said so.
    assert not old_weather.exists()
    assert "  removed content/weather.es.txt (its source content/weather.txt is gone: " \
        "moved or deleted; apply wrote this page, unchanged since)" in result.stdout
    # The edited one is kept, named once, with what to do.
    assert old_budget.read_text(encoding="utf-8") == edited
    warned = [line for line in result.stderr.splitlines() if "budget.es.txt" in line]
    assert warned == [
        "warning: es: content/budget.es.txt: its source content/budget.txt is gone (moved or "
        "deleted), so apply no longer updates this page; kept, as it is not what apply wrote "
        "(edited since, or no record of it): move it beside the source's new place, or delete "
        "it if the document is gone"]
    # status names it too, and touches nothing.
    status = run("status", "--lang", "es")
    assert status.exit_code == 0
    assert "warning: es: content/budget.es.txt: its source content/budget.txt is gone " \
        "(moved or deleted)" in status.stderr
    assert old_budget.read_text(encoding="utf-8") == edited


def test_a_translated_title_changes_no_other_front_matter_value(site: Path) -> None:
    front = ("---\n# maintained by the web desk\ntitle: Ferry timetable changes\n"
             "weight: 010\nversion: 1.10\ncountry: NO\nkickoff: 12:30\n"
             "published: 2024-05-02T22:15:00+01:00\ntags: [transport, ferry]\n---\n\n")
    (site / "content" / "fm.md").write_text(front + "The ferry leaves at noon.\n",
                                            encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("Ferry timetable changes", "Cambios de horario: \"verano\" #2", "fm:title")
    _review("The ferry leaves", "El transbordador sale a mediodía.", "fm")
    assert run("compile").exit_code == 0
    assert run("apply", "--lang", "es").exit_code == 0
    written = (site / "content" / "fm.es.md").read_text(encoding="utf-8")
    assert written == front.replace(
        "title: Ferry timetable changes\n", "title: \"Cambios de horario: \\\"verano\\\" #2\"\n"
    ).replace("ferry]\n---\n", "ferry]\nlang: es\ntranslation_of: fm\n---\n") + \
        "El transbordador sale a mediodía.\n"
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0 and "0 documents written" in again.stdout, again.output
    assert (site / "content" / "fm.es.md").read_text(encoding="utf-8") == written


LIBRARY = ('<html><body>\n<p>The library cost 7 million dollars, paid for by a grant from the '
           '<a href="https://example.org/arts">National Arts Fund</a>.</p>\n'
           '<p>Registration is free.</p>\n</body></html>\n')
LIBRARY_ES = ('La biblioteca costó 7 millones de dólares, pagados por una subvención del '
              '<a href="https://example.org/arts">Fondo Nacional de las Artes</a>.')
BRIDGE = ("# Bridge\n\nThe repairs cost **4.5 million dollars**, less than budgeted.\n\n"
          "The bridge reopened on Monday.\n")
BRIDGE_ES = "Las reparaciones costaron **4,5 millones de dólares**, menos de lo previsto."


def _edit(match: str, msgstr: str, context: str) -> None:
    """An editor changes the text of an entry already reviewed."""
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid.startswith(match) and not e.obsolete
                 and e.msgctxt == context)
    entry.msgstr = msgstr
    catalog.save()


def test_a_reviewed_entry_edited_badly_keeps_what_the_page_published(site: Path) -> None:
    (site / "content" / "library.html").write_text(LIBRARY, encoding="utf-8")
    (site / "content" / "bridge.md").write_text(BRIDGE, encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review("The library cost", LIBRARY_ES, context="library")
    _review("The repairs cost", BRIDGE_ES, context="bridge")
    _review("The bridge reopened", "El puente reabrió el lunes.", context="bridge")
    assert run("apply", "--lang", "es").exit_code == 0
    library, bridge = site / "content" / "library.es.html", site / "content" / "bridge.es.md"
    published = {library: library.read_bytes(), bridge: bridge.read_bytes()}
    assert LIBRARY_ES.encode() in published[library] and BRIDGE_ES.encode() in published[bridge]

    # An editor changes both reviewed entries, dropping the link and the bold.
    _edit("The library cost", "La biblioteca costó 7 millones de dólares, pagados por una "
            "subvención del Fondo Nacional de las Artes.", context="library")
    _edit("The repairs cost", "Las reparaciones costaron 4,5 millones de dólares, menos de "
            "lo previsto.", context="bridge")
    assert run("check").exit_code == 2
    assert run("compile").exit_code == 2

    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output
    # Each page keeps the reviewed Spanish it published, never the English source.
    assert {path: path.read_bytes() for path in published} == published
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused:")]
    entries = {e.msgctxt: e.linenum for e in polib.pofile(str(PO)) if not e.obsolete
               and e.msgid.startswith(("The library cost", "The repairs cost"))}
    assert len(refused) == 2, result.stderr
    by_page = {line.split("(")[-1]: line for line in refused}
    link = next(line for line in refused if "library.es.html" in line)
    bold = next(line for line in refused if "bridge.es.md" in line)
    assert len(by_page) == 2
    assert f"{PO.resolve()}:{entries['library']}: [library] markup: " in link
    assert f"{PO.resolve()}:{entries['bridge']}: [bridge] emphasis: " in bold
    assert link.endswith("(content/library.es.html keeps the translation it published "
                         "before)")
    assert "2 refused (2 kept as published before)" in result.stdout
    assert "error: es: 2 translations refused" in result.stderr

    # Once the entries are fixed, the fix is published and apply succeeds again.
    _edit("The library cost", LIBRARY_ES.replace("costó", "ha costado"), context="library")
    _edit("The repairs cost", BRIDGE_ES, context="bridge")
    fixed = run("apply", "--lang", "es")
    assert fixed.exit_code == 0, fixed.output
    assert "ha costado" in library.read_text(encoding="utf-8")


def test_a_page_edited_by_hand_where_a_refused_entry_keeps_it_stays_the_editor_s(
        site: Path) -> None:
    # The published page is edited by hand in the very paragraph whose reviewed entry is
    # then broken: the refusing run reads the page for that paragraph, and composes the
    # page as it stands.  That page is still the editor's, never taken for what apply
    # wrote: once the entry is mended, the next run keeps the hand edit and writes the
    # catalogue's page beside it.
    (site / "content" / "bridge.md").write_text(BRIDGE, encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review("The repairs cost", BRIDGE_ES, context="bridge")
    _review("The bridge reopened", "El puente reabrió el lunes.", context="bridge")
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "bridge.es.md"
    edited = page.read_text(encoding="utf-8").replace("menos de lo previsto.",
                                                      "menos de lo previsto (nota del editor).")
    page.write_text(edited, encoding="utf-8")
    _edit("The repairs cost", "Las reparaciones costaron 4,5 millones de dólares, menos de "
            "lo previsto.", context="bridge")                     # the bold dropped
    refusing = run("apply", "--lang", "es")
    assert refusing.exit_code == 2, refusing.output
    assert page.read_text(encoding="utf-8") == edited
    _edit("The repairs cost", BRIDGE_ES.replace("costaron", "han costado"), context="bridge")
    mended = run("apply", "--lang", "es")
    assert mended.exit_code == 0, mended.output
    assert page.read_text(encoding="utf-8") == edited          # the hand edit kept
    beside = page.with_name(page.name + ".new")
    assert "han costado" in beside.read_text(encoding="utf-8")
    assert "kept: it is not what apply last wrote there" in mended.output, mended.output


def test_a_renamed_source_takes_its_editors_work_to_the_new_name(site: Path) -> None:
    """A file renamed (same text, another file name) is one document moved: its reviewed
    translation is published under the new name, its editors' drafts and comments go
    with it, and its old page is handled as a moved document's."""
    _review("The council met on Monday", COUNCIL)
    _review("Budget talks", "Conversaciones sobre el presupuesto")
    catalog = polib.pofile(str(PO))
    draft = next(e for e in catalog if e.msgctxt == "budget" and e.msgid == MIXED.strip())
    draft.msgstr = "El consejo dijo que vinieron 1500 personas (borrador)."   # still fuzzy
    draft.tcomment = "comprobar la cifra"
    catalog.save()
    assert run("apply", "--lang", "es").exit_code == 0
    content = site / "content"
    old_page = content / "budget.es.txt"
    assert COUNCIL in old_page.read_text(encoding="utf-8")
    (content / "budget.txt").rename(content / "council-budget.txt")
    translated = run("translate", "--lang", "es")
    assert translated.exit_code == 0, translated.output
    assert "budget moved to council-budget" in translated.output, translated.output
    assert "2 reviewed" in translated.output and "1 editor draft kept" in translated.output
    live = {e.msgid: e for e in polib.pofile(str(PO))
            if not e.obsolete and e.msgctxt == "council-budget"}
    assert live["The council met on Monday to discuss the budget."].msgstr == COUNCIL
    assert not live["The council met on Monday to discuss the budget."].fuzzy
    kept = live[MIXED.strip()]
    assert kept.msgstr == draft.msgstr and kept.fuzzy and kept.tcomment == draft.tcomment
    assert not any("from memory" in e.comment for e in live.values())
    msgfmt_check(PO)
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert "nothing written" not in result.stdout
    published = (content / "council-budget.es.txt").read_text(encoding="utf-8")
    assert published.startswith("Conversaciones sobre el presupuesto\n") and COUNCIL in published
    # The old page was apply's, unchanged since: taken away as a moved document's is.
    assert not old_page.exists()
    assert "  removed content/budget.es.txt (its source content/budget.txt is gone: " \
        "moved or deleted; apply wrote this page, unchanged since)" in result.stdout
    # Nothing moves again on the next run.
    again = run("translate", "--lang", "es")
    assert again.exit_code == 0 and "moved" not in again.output


GALLERY = """<html><head><title>Harbour</title>
<meta name="description" content="Boats in the harbour &amp; the old town">
<meta property="og:title" content="The harbour">
</head><body>
<p>Read <a href="/report" class="link" title="The annual report">the report</a> today.</p>
<figure><img src="boat.png" alt="A red boat"><figcaption>The harbour at noon.</figcaption></figure>
</body></html>
"""


def _translated_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                     text: str) -> Path:
    """A site of one content file ``name`` holding ``text``, translated into Spanish by
    Apertium, with the site as the working folder; its content folder."""
    content = tmp_path / "content"
    content.mkdir()
    (content / name).write_text(text, encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es]\ncontent_dir: content\n"
                                            "engine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    return content


def test_reader_facing_attributes_are_translated_reviewed_and_written_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = _translated_site(tmp_path, monkeypatch, "gallery.html", GALLERY)
    msgfmt_check(PO)
    catalog = polib.pofile(str(PO))
    by_context = {e.msgctxt: e for e in catalog if not e.obsolete}
    assert by_context["gallery:alt"].msgid == "A red boat"
    assert by_context["gallery:title-attr"].msgid == "The annual report"
    assert by_context["gallery:meta-description"].msgid == \
        "Boats in the harbour &amp; the old town"
    assert by_context["gallery:og-title"].msgid == "The harbour"
    assert not any("boat.png" in e.msgid or e.msgid == "link" for e in catalog)
    # The machine's Spanish, unreviewed, is a draft like any other.
    assert by_context["gallery:alt"].msgstr and "fuzzy" in by_context["gallery:alt"].flags
    # An editor reviews with quotes, > and an ampersand of their own (a tag they
    # typed, "<b>", would be refused as for any HTML unit).
    reviewed = {"gallery:alt": 'Un barco "rojo"', "gallery:title-attr": "El informe 2024 > 2023",
                "gallery:meta-description": "Barcos en el puerto & el casco antiguo",
                "gallery:og-title": "El puerto"}
    for entry in catalog:
        if entry.msgctxt in reviewed:
            entry.msgstr = reviewed[entry.msgctxt]
            entry.flags.remove("fuzzy")
    catalog.save()
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (content / "gallery.es.html").read_text(encoding="utf-8")
    assert '<img src="boat.png" alt="Un barco &quot;rojo&quot;">' in page
    assert ('<a href="/report" class="link" title="El informe 2024 &gt; 2023">the report</a>'
            in page)
    assert 'content="Barcos en el puerto &amp; el casco antiguo"' in page
    assert '<meta property="og:title" content="El puerto">' in page
    # The rest is as written, and the page still parses into the same elements.
    assert _tags(page) == _tags(GALLERY.replace("<html>", '<html lang="es">'))
    assert "The harbour at noon." in page
    # A second run with nothing changed writes nothing.
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0 and "0 documents written" in again.stdout, again.stdout
    assert (content / "gallery.es.html").read_text(encoding="utf-8") == page
    translate_again = run("translate")
    assert translate_again.exit_code == 0
    assert {e.msgctxt: e.msgstr for e in polib.pofile(str(PO)) if e.msgctxt in reviewed} \
        == reviewed


def _tags(html: str) -> list[tuple[str, list[str]]]:
    """The elements of ``html`` in order, with their attribute names."""
    from html.parser import HTMLParser

    found: list[tuple[str, list[str]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, [name for name, _ in attrs]))

        def handle_endtag(self, tag: str) -> None:
            found.append(("/" + tag, []))

    Tags().feed(html)
    return found


def test_markdown_table_cells_are_translated_and_the_table_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = ("# Prices\n\n| Item | Price |\n|:-----|------:|\n"
              "| The *red* boat | 10 euros |\n| The house | 20 euros |\n")
    content = _translated_site(tmp_path, monkeypatch, "prices.md", source)
    msgfmt_check(PO)
    catalog = polib.pofile(str(PO))
    msgids = {e.msgid for e in catalog if not e.obsolete}
    assert {"Item", "Price", "The *red* boat", "The house"} <= msgids
    for entry in catalog:
        if entry.msgid == "The *red* boat":
            assert "*" in entry.msgstr
            entry.msgstr = "El barco *rojo*"
            entry.flags.remove("fuzzy")
        elif entry.msgid == "The house":
            entry.msgstr = "La casa"
            entry.flags.remove("fuzzy")
    catalog.save()
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (content / "prices.es.md").read_text(encoding="utf-8")
    body = page.split("---\n", 2)[-1]
    assert body == ("# Prices\n\n| Item | Price |\n|:-----|------:|\n"
                    "| El barco *rojo* | 10 euros |\n| La casa | 20 euros |\n")
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0 and "0 documents written" in again.stdout, again.stdout


def test_markdown_image_texts_and_nested_front_matter_are_translated_and_written_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    front = ("---\ntitle: Harbour news\nimage:\n  alt: A red boat\n  src: /img/boat.png\n"
             "seo: {description: The harbour at noon, canonical: /news/harbour}\n---\n\n")
    body = ("# Harbour\n\n![A man reads a newspaper](photo.jpg \"The morning paper\")\n\n"
            "The ferry leaves at noon.\n")
    content = _translated_site(tmp_path, monkeypatch, "harbour.md", front + body)
    msgfmt_check(PO)
    catalog = polib.pofile(str(PO))
    by_context = {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}
    reviewed = {("harbour:alt", "A man reads a newspaper"): "Un hombre lee [el] diario",
                ("harbour:title-attr", "The morning paper"): 'El diario "matinal"',
                ("harbour:image.alt", "A red boat"): "Un barco rojo",
                ("harbour:seo.description", "The harbour at noon"): "El puerto, a mediodía"}
    assert set(reviewed) <= set(by_context)
    assert not any("photo.jpg" in e.msgid or "boat.png" in e.msgid for e in catalog)
    for key, msgstr in reviewed.items():
        by_context[key].msgstr = msgstr
        by_context[key].flags.remove("fuzzy")
    catalog.save()
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (content / "harbour.es.md").read_text(encoding="utf-8")
    assert page == (
        "---\ntitle: Harbour news\nimage:\n  alt: Un barco rojo\n  src: /img/boat.png\n"
        "seo: {description: \"El puerto, a mediodía\", canonical: /news/harbour}\n"
        "lang: es\ntranslation_of: harbour\n---\n\n# Harbour\n\n"
        "![Un hombre lee \\[el\\] diario](photo.jpg \"El diario \\\"matinal\\\"\")\n\n"
        "The ferry leaves at noon.\n")
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0 and "0 documents written" in again.stdout, again.stdout


def test_a_configured_language_never_translated_keeps_no_other_from_its_pages(
        site: Path) -> None:
    """A site adds German to its languages before any engine can reach it: a plain
    apply still publishes the Spanish an editor reviewed, and names German on a warning;
    asked for by name, German is still an error."""
    (site / "cms-i18n.yaml").write_text("target_langs: [es, de]\ncontent_dir: content\n"
                                        "engine: apertium\n", encoding="utf-8")
    _review("The council met", "El consejo se reunió el lunes para hablar del presupuesto.")
    result = run("apply")
    assert result.exit_code == 0, result.output
    assert "warning: de: no catalogue content.po yet under " in result.stderr
    assert "(`cms-i18n translate --lang de` writes one once an engine reaches de: " \
        "`cms-i18n engines` says which); not applied" in result.stderr
    assert "El consejo se reunió el lunes" in (
        site / "content" / "budget.es.txt").read_text("utf-8")
    asked = run("apply", "--lang", "de")
    assert asked.exit_code != 0 and "no catalogues named content.po for de" in asked.stderr


def test_apply_before_translate_leaves_a_page_whose_source_changed_as_it_was(
        site: Path) -> None:
    """The author reworded a reviewed paragraph and apply ran before translate: the page
    kept the reviewed translation nowhere (the new wording has no entry yet), so the
    English went over it without a word.  The page stays as it was, named, with what to
    run; once translate ran, apply keeps the reviewed translation of the earlier text."""
    reviewed = "El consejo se reunió el lunes para debatir el presupuesto."
    _review("The council met on Monday", reviewed)
    assert run("apply", "--lang", "es").exit_code == 0
    page = site / "content" / "budget.es.txt"
    before = page.read_bytes()
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "The council met on Monday", "The council met on Monday morning"), encoding="utf-8")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert page.read_bytes() == before
    assert ("content/budget.es.txt: left as it was: 1 paragraph of content/budget.txt "
            "(line 5) is not in the catalogue yet (the source changed since the last "
            "`cms-i18n translate`): run it, then apply") in result.stderr
    assert run("translate").exit_code == 0
    result = run("apply", "--lang", "es")
    assert "source changed: content/budget.txt:5" in result.stderr
    assert reviewed in page.read_text(encoding="utf-8")


def test_a_reviewed_paragraph_split_in_two_is_not_said_twice(site: Path) -> None:
    """The author split a reviewed paragraph in two: the reviewed translation of the
    whole, kept for its first half, said the second half too, which the page then had
    again in English under it.  The page has the source text there until the halves are
    reviewed, and apply says why."""
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget.", "the budget. The talks went on into the evening."), encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("Budget talks", "Debate del presupuesto")
    _review("The council met on Monday",
            "El consejo se reunió el lunes para debatir el presupuesto. Los debates "
            "siguieron hasta la noche.")
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget. The talks", "the budget.\n\nThe talks"), encoding="utf-8")
    assert run("translate").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert "Los debates siguieron hasta la noche" not in page
    assert page.count("The talks went on into the evening.") == 1
    assert "the author split the paragraph 'The council met on Monday" in result.stderr
    assert "('The talks went on into the evening.' is a paragraph of its own now)" in result.stderr


def test_every_reviewed_translation_refused_points_to_the_lines_above(site: Path) -> None:
    """Nothing to publish but refused translations: the `refused:` lines come first, and
    the summary, last, says they are above (it said "listed below")."""
    _review("The \u201ccouncil\u201d said", "El \u201cconsejo\u201d dijo \u201c1,500 "
            "personas\u201d vinieron a la reuni\u00f3n.")
    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output
    assert "(1 refused, listed above)" in result.stdout, result.stdout
    assert "refused: " in result.stderr and "1,5" in result.stderr


@pytest.mark.parametrize(("after", "kept"),
                         [("CSTO Drills Get Under Way In Kyrgyzstan", True),
                          ("CSTO Drills Begin In Kazakhstan", False)],
                         ids=["reworded", "place changed"])
def test_a_headline_in_title_case_names_only_what_the_article_names(
        site: Path, after: str, kept: bool) -> None:
    """Every word of a headline in title case has a capital: "Begin" gone is a verb
    reworded, and the reviewed headline stays on the page (it was said to be a name
    changed, and the page got the English headline); "Kyrgyzstan", which the article
    names, gone is a correction."""
    drills = site / "content" / "drills.txt"
    drills.write_text("CSTO Drills Begin In Kyrgyzstan\n\nTroops from Russia and Belarus "
                      "arrived in Kyrgyzstan on Monday.\n", encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    headline = "Comienzan en Kirguistán las maniobras de la OTSC"
    _review("CSTO Drills", headline, "drills")
    _review("Troops from Russia", "Las tropas de Rusia y Bielorrusia llegaron a Kirguistán "
            "el lunes.", "drills")
    assert run("apply", "--lang", "es").exit_code == 0
    drills.write_text(drills.read_text(encoding="utf-8").replace(
        "CSTO Drills Begin In Kyrgyzstan", after), encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    page = (site / "content" / "drills.es.txt").read_text(encoding="utf-8")
    if kept:
        assert page.startswith(headline), page
        assert "'Begin' gone" not in result.stderr and "the page keeps the reviewed " \
            "translation of the earlier text" in result.stderr, result.stderr
    else:
        assert page.startswith(after), page
        assert "('Kyrgyzstan' gone" in result.stderr, result.stderr


def _approve_as_is(match: str, context: str = "budget") -> str:
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid.startswith(match) and not e.obsolete
                 and e.msgctxt == context)
    entry.flags.remove("fuzzy")
    catalog.save()
    return entry.msgstr


def test_two_reviewed_paragraphs_joined_keep_both_translations_in_their_draft(
        site: Path) -> None:
    """The author joined two reviewed paragraphs: the draft held one half's translation,
    and approved as it was, the page lost the other half's sentences."""
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nThe talks went on into the "
                      "evening.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("The council met on Monday", COUNCIL)
    _review("The talks went on", "Los debates siguieron hasta la noche.")
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget.\n\nThe talks", "the budget. The talks"), encoding="utf-8")
    assert run("translate").exit_code == 0
    draft = _approve_as_is("The council met on Monday to discuss the budget. The talks")
    assert draft == f"{COUNCIL} Los debates siguieron hasta la noche.", draft
    assert run("apply", "--lang", "es").exit_code == 0
    page = (site / "content" / "budget.es.txt").read_text(encoding="utf-8")
    assert COUNCIL in page and "Los debates siguieron hasta la noche." in page


def test_a_reviewed_paragraph_joined_to_an_unreviewed_one_keeps_its_review_in_the_draft(
        site: Path) -> None:
    """Only one of the two paragraphs the author joined was reviewed: the draft was the
    machine's translation of the whole, and the review was only in an obsolete entry."""
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nThe talks went on into the "
                      "evening.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("The council met on Monday", COUNCIL)
    machine = next(e.msgstr for e in polib.pofile(str(PO))
                   if e.msgid.startswith("The talks went on") and not e.obsolete)
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget.\n\nThe talks", "the budget. The talks"), encoding="utf-8")
    assert run("translate").exit_code == 0
    joined = next(e for e in polib.pofile(str(PO)) if not e.obsolete
                  and e.msgid.startswith("The council met on Monday to discuss the budget. The"))
    assert joined.msgstr == f"{COUNCIL} {machine}" and joined.fuzzy, joined
    assert "an editor's translation of one and the machine's of the other" in joined.tcomment


def test_a_split_paragraph_s_translation_is_a_note_on_each_half_never_its_draft(
        site: Path) -> None:
    """The author split a reviewed paragraph: the draft of one half was the translation of
    the whole, and approved as it was, the page said the other half twice."""
    whole = ("El consejo se reunió el lunes para debatir el presupuesto. Los debates "
             "siguieron hasta la noche.")
    source = site / "content" / "budget.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget.", "the budget. The talks went on into the evening."), encoding="utf-8")
    assert run("translate").exit_code == 0
    _review("The council met on Monday", whole)
    source.write_text(source.read_text(encoding="utf-8").replace(
        "the budget. The talks", "the budget.\n\nThe talks"), encoding="utf-8")
    assert run("translate").exit_code == 0
    entries = [e for e in polib.pofile(str(PO)) if not e.obsolete and e.msgctxt == "budget"]
    halves = [e for e in entries if e.msgid.startswith(("The council met", "The talks went"))]
    assert len(halves) == 2
    for half in halves:
        assert half.msgstr != whole and whole in half.tcomment, str(half)
    assert any(e.msgstr == whole for e in polib.pofile(str(PO)) if e.obsolete)
    assert run("apply", "--lang", "es").exit_code == 0


@pytest.mark.parametrize("before, after", [
    ("Lavrov Attends First Summit After Expansion", "Shoigu Attends First Summit After Expansion"),
    ("Lavrov met the delegations on Monday.", "Shoigu met the delegations on Monday."),
], ids=["headline", "sentence"])
def test_a_name_opening_a_sentence_changed_is_a_correction(
        site: Path, before: str, after: str) -> None:
    """A sentence's first word has a capital whatever it is: "Lavrov" → "Shoigu" there was
    no name changed, and the page kept the reviewed translation naming the wrong man."""
    page = site / "content" / "summit.txt"
    page.write_text(f"{before}\n\nThe summit of the bloc opened in the capital.\n",
                    encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review(before.split()[0], "Lavrov asiste a la cumbre.", "summit")
    _review("The summit of the bloc", "La cumbre del bloque se abrió en la capital.", "summit")
    assert run("apply", "--lang", "es").exit_code == 0
    page.write_text(page.read_text(encoding="utf-8").replace(before, after), encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    written = (site / "content" / "summit.es.txt").read_text(encoding="utf-8")
    assert written.startswith(after) and "Lavrov asiste" not in written, written
    assert "('Lavrov' gone" in result.stderr, result.stderr


@pytest.mark.engine
@pytest.mark.parametrize("record", [True, False], ids=["with-record", "clone-without-it"])
def test_a_dropped_language_s_pages_are_never_read_as_sources(site: Path, record: bool) -> None:
    """Spanish dropped from ``target_langs`` and an article deleted: the page ``apply``
    wrote for it (``budget.es.txt``) was read as an English document of its own, its
    Spanish sent through the engine for another language; a copy of the site without
    ``.cms-i18n/`` knows it by the language's catalogues."""
    _review("The council met", "El consejo se reunió el lunes para hablar del presupuesto.")
    assert run("apply", "--lang", "es").exit_code == 0
    assert (site / "content/budget.es.txt").exists()
    Path("cms-i18n.yaml").write_text("target_langs: [fr]\ncontent_dir: content\n"
                                     "engine: apertium\n", encoding="utf-8")
    (site / "content/budget.txt").unlink()
    if not record:
        shutil.rmtree(site / ".cms-i18n")
    result = run("translate", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert not any(e.msgctxt == "budget.es" for e in polib.pofile(str(PO)))


def test_a_name_added_to_a_reviewed_sentence_is_a_correction(site: Path) -> None:
    """"…, Azerbaijan and Kyrgyzstan" became "…, Azerbaijan, Turkey and Kyrgyzstan": the
    page kept the reviewed translation without Turkey, and an approval of the entry as it
    stood published it so."""
    before = "The presidents of Russia, Azerbaijan and Kyrgyzstan arrived on Friday."
    after = "The presidents of Russia, Azerbaijan, Turkey and Kyrgyzstan arrived on Friday."
    page = site / "content" / "summit.txt"
    page.write_text(f"{before}\n", encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    _review("The presidents", "Los presidentes de Rusia, Azerbaiyán y Kirguistán llegaron el "
            "viernes.", "summit")
    assert run("apply", "--lang", "es").exit_code == 0
    page.write_text(f"{after}\n", encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    written = (site / "content" / "summit.es.txt").read_text(encoding="utf-8")
    assert written.startswith(after), written
    assert "'Turkey' new" in result.stderr, result.stderr


def test_apply_names_a_hostile_file_name_as_it_is_never_as_the_terminal_reads_it(
        site: Path) -> None:
    """A source named with a line break or a bidirectional override: the list of pages
    written split the name over two lines, or showed another name than the file's."""
    for name in ("new\nline.txt", "evil\u202etxt.txt"):
        (site / "content" / name).write_text("The council met on Monday.\n", encoding="utf-8")
    assert run("translate").exit_code == 0
    catalog = polib.pofile(str(PO))
    for entry in catalog:
        if entry.msgid == "The council met on Monday." and not entry.obsolete:
            entry.msgstr, entry.flags = "El consejo se reunió el lunes.", []
    catalog.save()
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert "new\\nline.es.txt" in result.stdout and "evil\\u202etxt.es.txt" in result.stdout
    assert "\u202e" not in result.output and "new\nline" not in result.output
    status = run("status")
    assert "new\\nline" in status.stdout and "\u202e" not in status.output, status.output


def test_a_catalog_of_another_language_in_the_folder_writes_no_page(site: Path) -> None:
    """The Spanish catalogue copied into the Catalan folder: apply wrote seven Catalan
    pages in Spanish.  Now it says which file and line, and writes nothing."""
    _review("Rain again", "Lluvia otra vez", context="weather")
    _review("It rained", "Llovió todo el día en la ciudad.", context="weather")
    catalan = Path("locale/ca/LC_MESSAGES/content.po")
    catalan.parent.mkdir(parents=True)
    shutil.copy(PO, catalan)
    result = run("apply", "--lang", "ca", "--source", "content")
    assert result.exit_code != 0
    assert f"{catalan.resolve()}:" in result.output or f"{catalan}:" in result.output
    assert "header says Language: es, but this is the ca catalogue" in result.output
    assert not list((site / "content").glob("*.ca.txt"))
    # Spanish, from its own folder, is published as before
    assert run("apply", "--lang", "es").exit_code == 0
    assert (site / "content" / "weather.es.txt").exists()


@pytest.mark.engine
def test_apply_names_a_text_pasted_from_another_language_s_catalog(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Spanish translation pasted into the Catalan catalogue and approved: `check`
    warned, and apply published it on the Catalan page without a word."""
    from tests.helpers import page_entry, translated_pages

    text = "The leaders of the five countries met on Saturday before the annual summit."
    site = translated_pages(tmp_path, {"summit": [text, "The talks ended."]}, "es,ca")
    monkeypatch.chdir(site)
    spanish = page_entry(site, "es", "summit", text).msgstr
    ca = site / "locale" / "ca" / "LC_MESSAGES" / "content.po"
    edited = polib.pofile(str(ca))
    entry = edited.find(text, msgctxt="summit")
    entry.msgstr, entry.flags = spanish, []
    edited.save()
    result = run("apply", "--lang", "ca", "--source", "content")
    assert result.exit_code == 0, result.output
    assert spanish in (site / "content" / "summit.ca.txt").read_text(encoding="utf-8")
    [warning] = [line for line in result.stderr.splitlines() if "copied into" in line]
    assert warning.startswith("warning: ca: locale/ca/LC_MESSAGES/content.po:"), warning
    assert "the Spanish translation of this entry, word for word" in warning
    assert warning.endswith("Published as it stands, until an editor translates it")
    # The author rewords the sentence: the page keeps the reviewed text of the earlier one,
    # the pasted Spanish, until the entry is reviewed again; apply said nothing of it.
    source = site / "content" / "summit.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("before the", "ahead of the"),
                      encoding="utf-8")
    assert run("translate", "--lang", "es,ca", "--engine", "apertium", "--source", "content",
               "--quiet").exit_code == 0
    again = run("apply", "--lang", "ca", "--source", "content")
    assert again.exit_code == 0, again.output
    assert spanish in (site / "content" / "summit.ca.txt").read_text(encoding="utf-8")
    assert "1 kept as reviewed for an earlier source text" in again.output + again.stderr
    assert any("copied into the Catalan catalogue? Published as it stands" in line
               for line in again.stderr.splitlines()), again.stderr
