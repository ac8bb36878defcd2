"""The lines translate and apply print per language."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from cms_i18n.summary import ApplySummary, RunSummary, shown_path
from tests.helpers import make_site, run


def test_a_run_names_its_one_catalog_relative_to_here(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    summary = RunSummary("es", "apertium", documents=1, units=13, translated=13, seconds=0.84,
                         catalog=tmp_path / "locale/es/LC_MESSAGES/content.po", catalogs=1)
    assert summary.line() == (
        "es: 1 document, 13 units, 13 translated, 0 reused, 0 repeated, 0 reviewed, 0 editor "
        "drafts kept, 0 with glossary problems, 0 with markup problems, 0 obsolete, 0.8 s "
        "(apertium) → locale/es/LC_MESSAGES/content.po")


def test_a_run_of_several_catalogs_counts_them_and_the_unchanged_documents(
        tmp_path: Path) -> None:
    summary = RunSummary("fr", "apertium", documents=7, unchanged=3, catalogs=4,
                         catalog=tmp_path / "fr/LC_MESSAGES/content")
    line = summary.line()
    assert line.startswith("fr: 7 documents, 3 unchanged, 0 units")
    assert line.endswith(f"→ 4 catalogues under {tmp_path / 'fr/LC_MESSAGES/content'}")


def test_notes_say_what_was_not_done() -> None:
    summary = RunSummary("es", "apertium")
    summary.note_no_glossary("/site/glossaries")
    summary.note_memory_not_written("database is locked", 5)
    assert summary.notes[0].startswith("no glossary at /site/glossaries: entity names are "
                                       "not enforced")
    assert "(database is locked); 5 fresh translations" in summary.notes[1]


def test_apply_line() -> None:
    summary = ApplySummary("es", written=[Path("a"), Path("b")], translated=9, fallback=2,
                           unchanged=["c"], kept=1)
    assert summary.line() == ("es: 2 documents written, 1 unchanged, 9 units translated, "
                              "1 kept as edited in the CMS, 2 left in the source language")


def test_the_obsolete_count_gives_the_catalog_s_own_where_it_holds_more(
        tmp_path: Path) -> None:
    def obsolete(**counts: int) -> str:
        line = RunSummary("es", "apertium", catalog=tmp_path / "content.po", **counts).line()
        return line.split("markup problems, ")[1].split(", 0.0 s")[0]

    assert obsolete(obsolete=2, held_obsolete=2) == "2 obsolete"
    assert obsolete(obsolete=0, held_obsolete=0) == "0 obsolete"
    assert obsolete(obsolete=1, held_obsolete=3) == "1 newly obsolete (3 in the catalogue)"
    assert obsolete(obsolete=0, held_obsolete=5, catalogs=4) == \
        "0 newly obsolete (5 in the catalogues)"


def test_documents_not_written_are_named_on_one_line() -> None:
    assert ApplySummary("es").not_written_line() is None
    one = ApplySummary("es", not_written=["content/weather.txt"])
    assert one.not_written_line() == (
        "not written, nothing in it reviewed yet: content/weather.txt (a page all in the "
        "source language is no translation; `apply --fallback source` writes it so)")
    assert ", 1 not written (nothing reviewed)," in one.line()
    many = ApplySummary("es", not_written=[f"content/{n}.txt" for n in "abcd"])
    assert many.not_written_line().startswith(  # type: ignore[union-attr]
        "not written, nothing in them reviewed yet: content/a.txt, content/b.txt, "
        "content/c.txt and 1 more, which `apply --verbose` names (")
    assert ", content/d.txt (" in many.not_written_line(None)  # type: ignore[operator]


def test_a_count_of_one_reads_in_the_singular(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run_line = RunSummary("es", "apertium", documents=1, units=1, translated=1, drafts_kept=1,
                          catalog=tmp_path / "content.po", catalogs=1).line()
    assert run_line.startswith("es: 1 document, 1 unit, 1 translated, ")
    assert "1 editor draft kept" in run_line and "units" not in run_line
    apply_line = ApplySummary("es", written=[Path("a")], translated=1, fallback=0).line()
    assert apply_line == ("es: 1 document written, 1 unit translated, 0 left in the source "
                          "language")
    assert ApplySummary("es").line().startswith("es: 0 documents written, 0 units translated")


def test_a_path_outside_here_is_shown_whole(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert shown_path(tmp_path / "locale") == "locale"
    assert shown_path(Path("/elsewhere/locale")) == "/elsewhere/locale"


@pytest.mark.engine
def test_an_editors_text_kept_as_the_draft_of_a_changed_source_is_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "talks.txt"
    first = "The ministers met in Minsk on Friday."
    page.write_text(f"Talks in Minsk\n\n{first}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate", "--lang", "es", "--engine", "apertium", "--source",
               "content").exit_code == 0
    po = tmp_path / "locale/es/LC_MESSAGES/content.po"
    catalog = polib.pofile(str(po))
    entry = next(e for e in catalog if e.msgid == first)
    entry.msgstr = "Los ministros se reunieron en Minsk el viernes."
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalog.save()

    page.write_text("Talks in Minsk\n\nThe ministers met in Minsk on Saturday.\n",
                    encoding="utf-8")
    again = run("translate", "--lang", "es", "--engine", "apertium", "--source", "content")
    assert again.exit_code == 0
    kept = next(e for e in polib.pofile(str(po)) if e.msgid.endswith("on Saturday."))
    assert kept.msgstr == "Los ministros se reunieron en Minsk el viernes." and kept.fuzzy
    assert "1 editor draft kept" in again.output
