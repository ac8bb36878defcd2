"""The review screen's rows and counts: the one publishing gate's findings, in
``cms-i18n check``'s words, and the states ``cms-i18n status`` counts."""

from __future__ import annotations

import os
from pathlib import Path

from cms_i18n.catalog.po import PoEntry
from cms_i18n.catalog.status import catalog_status
from cms_i18n.contrib.wagtail.review import document_counts, page_rows
from cms_i18n.glossary import cached_glossary
from tests.catalog.test_checks import write
from tests.cli.test_check import run

REPO = Path(__file__).resolve().parents[3]
WRONG_ENTITY = PoEntry(msgctxt="news/a#3", msgid="The SCO met in Moscow on Tuesday.",
                       msgstr="El Consejo de Seguridad de Rusia se reunió en Moscú el martes.")


def test_a_page_counts_its_entries_as_status_does(tmp_path: Path) -> None:
    po = write(tmp_path, [
        PoEntry(msgctxt="news/a", msgid="The SCO met.", msgstr="La OCS se reunió."),
        PoEntry(msgctxt="news/a:title", msgid="Talks", msgstr="Conversaciones",
                flags=["fuzzy"]),
        PoEntry(msgctxt="news/a#2", msgid="Read <a href=\"/r\">it</a>.",
                msgstr="Lea <a href=\"javascript:alert(1)\">lo</a>.", flags=["fuzzy"]),
        PoEntry(msgctxt="news/b", msgid="Not yet", msgstr=""),
    ])
    counts = document_counts(po)
    page = counts["news/a"]
    assert (page.reviewed, page.to_review, page.untranslated, page.units) == (1, 2, 0, 3)
    assert page.problems == 1                    # the link a reviewer must not publish
    assert (counts["news/b"].untranslated, counts["news/b"].problems) == (1, 0)
    status = {d.document: d for d in catalog_status(po, "es").documents}
    assert (status["news/a"].reviewed, status["news/a"].fuzzy) == (page.reviewed, page.to_review)
    assert document_counts(tmp_path / "none.po") == {}


def test_the_screen_shows_what_check_finds_in_the_same_words(tmp_path: Path) -> None:
    # A reviewed wrong entity, which no line of the catalogue mentions (an editor typed
    # it after the last run), and a draft whose `#. glossary problem` line is stale:
    # the editor has fixed it since.  The screen asks the gate, as `check` does.
    fixed = PoEntry(msgctxt="news/a#4", msgid="The SCO met again.",
                    msgstr="La OCS se reunió de nuevo.", flags=["fuzzy"],
                    extracted_comments=["glossary problem: SCO → OCS missing"])
    po = write(tmp_path, [
        PoEntry(msgctxt="news/a", msgid="Read <a href=\"/r\">it</a>.",
                msgstr="Lea <a href=\"javascript:alert(1)\">lo</a>.", flags=["fuzzy"]),
        WRONG_ENTITY, fixed,
        PoEntry(msgctxt="news/b", msgid="Not this page.", msgstr="Lea <b>esto."),
    ])
    glossary = cached_glossary(REPO / "glossaries")
    rows = {r.source: r for r in page_rows(po, "news/a", source_lang="en", lang="es",
                                           glossary=glossary)}
    assert sorted(rows) == sorted(["Read <a href=\"/r\">it</a>.", WRONG_ENTITY.msgid,
                                   fixed.msgid])
    code, out, _ = run("check", "--include-fuzzy", "--no-msgfmt", "--severity", "warning",
                       "--locale-dir", tmp_path / "locale", "--glossary-dir",
                       REPO / "glossaries")
    assert code == 2
    for row in rows.values():
        said = [line.split(f":{row.line}: ", 1)[1] for line in out.splitlines()
                if f"content.po:{row.line}: " in line]
        assert row.problems == said, (row.source, out)
    wrong = rows[WRONG_ENTITY.msgid]
    assert wrong.blocked and any(p.startswith("critical: glossary: ") for p in wrong.problems)
    assert rows["Read <a href=\"/r\">it</a>."].blocked
    assert not rows[fixed.msgid].problems and not rows[fixed.msgid].blocked
    assert not any("glossary problem" in note for note in rows[fixed.msgid].notes)
    counts = document_counts(po, source_lang="en", lang="es", glossary=glossary)
    assert counts["news/a"].problems == 2 and counts["news/b"].problems == 1


def test_counts_are_read_again_once_the_catalog_is_saved(tmp_path: Path) -> None:
    # The report counts each catalogue once for each state of the file: a second load
    # reads the same counts, a save (an approval) is counted at once, and what one
    # caller does with its counts is not the next caller's.
    po = write(tmp_path, [PoEntry(msgctxt="news/a", msgid="The SCO met.",
                                  msgstr="La OCS se reunió.", flags=["fuzzy"])])
    text = po.read_text(encoding="utf-8")
    first = document_counts(po)
    assert (first["news/a"].reviewed, first["news/a"].to_review) == (0, 1)
    first["news/a"].reviewed = 99
    assert document_counts(po)["news/a"].reviewed == 0
    # A catalogue nobody saved since (the same size and time) is not read again: its counts
    # come from the first reading, even where the bytes were swapped under it.
    stamp = po.stat()
    po.write_bytes(b"#" * stamp.st_size)
    os.utime(po, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert document_counts(po)["news/a"].to_review == 1
    po.write_text(text.replace("#, fuzzy\n", ""), encoding="utf-8")
    again = document_counts(po)
    assert (again["news/a"].reviewed, again["news/a"].to_review) == (1, 0)
