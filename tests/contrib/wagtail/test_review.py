"""The translations page's counts: the states ``cms-i18n status`` counts, and problems."""

from __future__ import annotations

from pathlib import Path

from cms_i18n.catalog.po import PoEntry
from cms_i18n.catalog.status import catalog_status
from cms_i18n.contrib.wagtail.review import document_counts
from tests.catalog.test_checks import write


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
