"""The editor's workflow on the example, as a scripted session.

translate → approve and edit entries, add a comment → change, delete and add source
paragraphs → translate again → compile → apply.
"""

from __future__ import annotations

import gettext
import os
import re
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.po import read_po
from tests.helpers import make_site, msgfmt_check, run

pytestmark = pytest.mark.engine

ARTICLE = Path("examples/content/asian-security-officials.txt")
PO = Path("locale/es/LC_MESSAGES/content.po")
CHANGED = "Organisers say the closed-door format will promote open dialogue"
DELETED = "First held in 2010"
APPROVED = "The broader forum will be chaired"
EDITED = "Confirmed participants include"
EDITED_TEXT = ("Entre los participantes confirmados figuran delegaciones de los BRICS, la ASEAN, "
               "la Unión Africana, la Liga Árabe, la OCS, la CEI y la OTSC.")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path)
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: examples/content\n"
                                            "target_langs: [es]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _find(catalog: polib.POFile, start: str) -> polib.POEntry:
    return next(e for e in catalog if e.msgid.startswith(start) and not e.obsolete)


def test_scripted_editor_session(site: Path) -> None:
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0

    # The editor approves one machine translation, rewrites another, comments on a third.
    catalog = polib.pofile(str(PO))
    approved = _find(catalog, APPROVED)
    approved.flags.remove("fuzzy")
    approved_text = approved.msgstr
    edited = _find(catalog, EDITED)
    edited.msgstr = EDITED_TEXT
    edited.flags.remove("fuzzy")
    changed = _find(catalog, CHANGED)
    changed.msgstr = "Los organizadores dicen que el formato a puerta cerrada ayudará."
    changed.flags.remove("fuzzy")
    changed.tcomment = "checked against the agency copy"
    catalog.save()

    # The source changes: one paragraph edited, one deleted, one added.
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    paragraphs = [p.replace("will promote open dialogue", "will encourage open dialogue")
                  for p in paragraphs if not p.startswith(DELETED)]
    paragraphs.insert(-1, "The CSTO will hold its own meeting in Minsk next month.")
    ARTICLE.write_text("\n\n".join(paragraphs), encoding="utf-8")

    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    assert " 2 translated" in result.output       # the edited and the added paragraph
    msgfmt_check(PO)

    catalog = polib.pofile(str(PO))
    assert _find(catalog, APPROVED).msgstr == approved_text
    assert "fuzzy" not in _find(catalog, APPROVED).flags
    assert _find(catalog, EDITED).msgstr == EDITED_TEXT

    new_version = _find(catalog, "Organisers say the closed-door format will encourage")
    assert "fuzzy" in new_version.flags
    assert new_version.previous_msgid and "will promote open dialogue" in \
        new_version.previous_msgid
    assert new_version.msgstr                                # a fresh suggestion
    assert "Los organizadores dicen que el formato a puerta cerrada ayudará." in (
        new_version.msgstr + new_version.tcomment + new_version.comment)
    assert "checked against the agency copy" in new_version.tcomment

    obsolete = [e for e in catalog if e.obsolete]
    assert any(e.msgid.startswith(DELETED) for e in obsolete)
    added = _find(catalog, "The CSTO will hold")
    assert "fuzzy" in added.flags and "OTSC" in added.msgstr

    # compile: only reviewed entries reach the .mo
    assert run("compile", "--lang", "es").exit_code == 0
    mo = PO.with_suffix(".mo")
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    edited_source = _find(catalog, EDITED).msgid
    assert translations.pgettext("asian-security-officials", edited_source) == EDITED_TEXT
    assert translations.pgettext("asian-security-officials", added.msgid) == added.msgid

    # apply: a Spanish document with the reviewed text, the rest in English
    result = run("apply", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert "  " + str(Path("examples/content/asian-security-officials.es.txt").resolve()) \
        in result.output.splitlines()
    spanish = Path("examples/content/asian-security-officials.es.txt").read_text("utf-8")
    assert EDITED_TEXT in spanish and approved_text in spanish
    assert "The CSTO will hold its own meeting" in spanish      # not reviewed yet
    assert "bookmarkicon" not in spanish                        # page chrome stays out
    # not reviewed: as the source has it, but for the look-alike letter cleaning repaired
    assert "\u041d" not in spanish and "Heads of delegations" in spanish

    # applied again with nothing new, the file is left as it is, and not listed
    target = Path("examples/content/asian-security-officials.es.txt")
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    again = run("apply", "--lang", "es")
    assert again.exit_code == 0, again.output
    assert any(line.startswith("es: 0 documents written, 1 unchanged, ")
               for line in again.output.splitlines()), again.output
    # the unit whose source changed was named by the first apply; now it is counted
    assert "1 unit named by an earlier apply still waits for review" in again.output
    assert str(target.resolve()) not in again.output
    assert target.stat().st_mtime_ns == 1_000_000_000
    listed = run("apply", "--lang", "es", "--verbose")
    assert "  " + str(target.resolve()) in listed.output.splitlines()
    # a change reaches the file again
    catalog = polib.pofile(str(PO))
    _find(catalog, "The CSTO will hold").flags.remove("fuzzy")
    catalog.save()
    changed = run("apply", "--lang", "es")
    assert any(line.startswith("es: 1 document written, ")
               for line in changed.output.splitlines()), changed.output
    assert "The CSTO will hold its own meeting" not in target.read_text("utf-8")

    # a later translate run does not take the translated copy for new content
    again = run("translate", "--lang", "es", "--engine", "apertium")
    assert "1 document" in again.output


def test_apply_with_fuzzy_preview_and_skip(site: Path) -> None:
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    for fallback in ("skip", "source"):       # nothing reviewed: no file either way
        skipped = run("apply", "--lang", "es", "--fallback", fallback)
        assert skipped.exit_code == 0
        assert skipped.output.startswith("es: nothing written: no entry of "
                                         f"{PO} is reviewed yet")
        assert not Path("examples/content/asian-security-officials.es.txt").exists()
    preview = run("apply", "--lang", "es", "--include-fuzzy")
    assert preview.exit_code == 0
    spanish = Path("examples/content/asian-security-officials.es.txt").read_text("utf-8")
    assert "Organización de Cooperación de Shanghai" in spanish


def test_apply_before_translate_explains(site: Path) -> None:
    result = run("apply", "--lang", "es")
    assert result.exit_code != 0 and "run `cms-i18n translate --lang es` first" in result.output


def test_apply_refuses_a_reviewed_translation_with_critical_problems(site: Path) -> None:
    story = Path("examples/content/briefing.md")
    story.write_text("# Briefing\n\nRead [the report](/report) before the **meeting**.\n\n"
                     "The delegations arrive on Monday.\n", encoding="utf-8")
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    catalog = polib.pofile(str(PO))
    report = _find(catalog, "Read [the report]")
    report.msgstr = "Lea [el informe](javascript:alert(document.cookie)) antes de la reunión."
    report.flags.remove("fuzzy")
    arrive = _find(catalog, "The delegations arrive")
    arrive.msgstr = "Las delegaciones llegan el lunes."
    arrive.flags.remove("fuzzy")
    catalog.save()

    result = run("apply", "--lang", "es")
    assert result.exit_code == 2, result.output
    assert "1 refused" in result.output
    refusal = next(line for line in result.output.splitlines() if line.startswith("refused:"))
    line = next(e.line for e in read_po(PO).entries if e.msgid == report.msgid)
    assert refusal.startswith(f"refused: {Path(PO).resolve()}:{line}: [briefing] ")
    assert "javascript" in refusal
    spanish = Path("examples/content/briefing.es.md").read_text("utf-8")
    assert "javascript" not in spanish
    assert "Read [the report](/report) before the **meeting**." in spanish
    assert "Las delegaciones llegan el lunes." in spanish


def test_words_the_engine_does_not_know_are_listed_on_the_entry(site: Path) -> None:
    Path("examples/content/cyber.txt").write_text(
        "Delegations from Kyrgyzstan and the CSTO discussed Cybersecurity Cooperation.\n",
        encoding="utf-8")
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    entry = _find(polib.pofile(str(PO)), "Delegations from Kyrgyzstan")
    notes = [line for line in entry.comment.splitlines() if line.startswith("unknown")]
    # CSTO is the glossary's; Kyrgyzstan, which eng-spa does not know, is CLDR's
    assert notes == ["unknown to the engine, left as in the source: Cybersecurity"]
    assert "Kirguistán" in entry.msgstr


def test_words_a_later_step_of_a_chain_does_not_know_are_listed_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "talks.txt").write_text(
        "The ministers met informally with Bordyuzha in Kyrgyzstan.\n", encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: content\ntarget_langs: [fr]\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate", "--lang", "fr", "--engine", "apertium").exit_code == 0
    entry = _find(polib.pofile("locale/fr/LC_MESSAGES/content.po"), "The ministers")
    assert "informalmente" in entry.msgstr
    notes = [line for line in entry.comment.splitlines() if line.startswith("unknown")]
    assert notes == ["unknown to the engine, left as in the source: Bordyuzha",
                     "unknown to es-fr, left in es: informalmente"]
    assert "Kirghizistan" in entry.msgstr


def test_a_note_names_only_words_the_draft_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "talks.txt").write_text(
        "US National Security Adviser Mike Waltz said the talks were pragmatic.\n\n"
        "Connolly, a former barrister, met informally with Bordyuzha.\n", encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: content\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate", "--lang", "pt,fr", "--engine", "apertium").exit_code == 0
    for lang in ("pt", "fr"):
        for entry in polib.pofile(f"locale/{lang}/LC_MESSAGES/content.po"):
            for note in entry.comment.splitlines():
                if note.startswith("unknown to"):
                    words = note.split(": ", 1)[1].split(", ")
                    missing = [w for w in words if not re.search(rf"\b{w}\b", entry.msgstr)]
                    assert not missing, (lang, note, entry.msgstr)
                    assert "Mike" not in words and "Connolly" not in words, note


def test_a_field_that_repeats_the_title_is_applied_under_its_own_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A description written as a copy of the title is still the page's description:
    its reviewed translation reaches the page, not the English text."""
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "weather.md").write_text(
        "---\ntitle: Cold week ahead\ndescription: Cold week ahead\n---\n\n"
        "Schools will stay open, the council said.\n", encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text(
        "content_dir: content\ntarget_langs: [es]\nengine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    catalog = polib.pofile(str(PO))
    assert sorted(e.msgctxt for e in catalog) == [
        "weather", "weather:description", "weather:title"]
    for entry in catalog:
        if entry.msgctxt == "weather:description":
            entry.msgstr = "Llega una semana fría"
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalog.save()
    assert run("compile").exit_code == 0
    assert run("apply").exit_code == 0
    page = (tmp_path / "content" / "weather.es.md").read_text("utf-8")
    assert "description: Llega una semana fría" in page
    assert "Cold week ahead" not in page


def test_a_reviewed_heading_that_repeats_a_field_stays_reviewed_when_the_field_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Title, summary and heading read alike; the summary is rewritten.  The heading's
    text did not change, so its reviewed translation stays reviewed and on the page."""
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    story = tmp_path / "content" / "story.md"
    story.write_text("---\ntitle: Bridge reopens\nsummary: Bridge reopens\n---\n\n"
                     "# Bridge reopens\n\nTraffic flows again.\n", encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text(
        "content_dir: content\ntarget_langs: [es]\nengine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def approve_all() -> None:
        catalog = polib.pofile(str(PO))
        for entry in catalog:
            if entry.msgctxt == "story" and entry.msgid == "Bridge reopens":
                entry.msgstr = "Reabre el puente"
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
        catalog.save()

    assert run("translate").exit_code == 0
    approve_all()
    assert run("compile").exit_code == 0 and run("apply").exit_code == 0
    page = tmp_path / "content" / "story.es.md"
    assert "# Reabre el puente" in page.read_text("utf-8")

    story.write_text(story.read_text("utf-8").replace("summary: Bridge reopens",
                                                      "summary: The bridge is open again"),
                     encoding="utf-8")
    assert run("translate").exit_code == 0
    heading = [e for e in polib.pofile(str(PO)) if e.msgctxt == "story"
               and e.msgid == "Bridge reopens" and not e.obsolete]
    assert [(e.msgstr, e.fuzzy) for e in heading] == [("Reabre el puente", False)]
    assert run("compile").exit_code == 0 and run("apply").exit_code == 0
    assert "# Reabre el puente" in page.read_text("utf-8")
