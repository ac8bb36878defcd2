"""Two genuine texts in one document stay byte-identical: a rule that reads one text's
lines as the other's chrome (a refrain as a lead printed twice, a stanza in another script
as a logo's label, an English title as an image's file name) shows here."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import clean_document

JOINED = sorted((Path(__file__).parent / "data" / "joined").glob("*.txt"))


@pytest.mark.parametrize("path", JOINED, ids=[p.stem for p in JOINED])
def test_two_genuine_texts_in_one_document_stay_as_written(path: Path) -> None:
    text = path.read_text("utf-8")
    result = clean_document(text)
    assert result.text == text
    assert result.fixes == ()


def test_the_joined_texts_are_found() -> None:
    """The glob above finds them: an empty list would pass every case above."""
    assert len(JOINED) == 3


def test_a_calendar_days_note_over_a_list_item_is_not_joined_to_the_day() -> None:
    """A day and its saints, then "nobody has a name day", then a list: two statements,
    on a page that shows no scraper at work."""
    text = ("ΤΕΤΑΡΤΗ 15 ΝΟΕΜΒΡΙΟΥ Γουρία, Σαμωνά και Αβίβου των μαρτύρων, Παϊσίου οσίου του "
            "Βελιτσκόφσκυ\nδεν γιορτάζει κανείς\n* Από σήμερα αρχίζει η νηστεία των "
            "Χριστουγέννων, που είναι ελαφρύτερη από τη νηστεία του Πάσχα, αφού επιτρέπεται "
            "το ψάρι ως τις 17 Δεκεμβρίου εκτός Τετάρτης και Παρασκευής.\n")
    assert clean_document(text).text == text
