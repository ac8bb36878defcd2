"""Segment by segment: the page's text, the record of what was written, the catalogue."""

from __future__ import annotations

from pathlib import Path

from cms_i18n.catalog.update import Reviewed
from cms_i18n.contrib.wagtail.segments import Written, decide, record_of
from cms_i18n.document import Unit
from cms_i18n.summary import SourceChanged


def units(*texts: str) -> list[Unit]:
    return [Unit("page/k", "body", text) for text in texts]


def written(us: list[Unit], *texts: str) -> list[Written]:
    return [Written(u.context, u.source, t) for u, t in zip(us, texts, strict=True)]


def test_a_new_translation_takes_reviewed_text_and_the_source_elsewhere() -> None:
    us = units("One.", "Two.")
    decision = decide([*us, None], {("page/k", "One."): "Uno."}, None, None)
    assert decision.texts == ["Uno.", "Two.", ""]
    assert (decision.translated, decision.fallback, decision.kept) == (1, 1, 0)


def test_what_a_person_typed_wins_over_the_catalog() -> None:
    us = units("One.", "Two.")
    record = written(us, "Uno.", "Two.")
    decision = decide(us, {("page/k", "One."): "Uno (revisado).",
                           ("page/k", "Two."): "Dos."}, record, ["Uno, a mano.", "Two."])
    assert decision.texts == ["Uno, a mano.", "Dos."]
    assert decision.kept == 1 and decision.edited == [Written("page/k", "One.", "Uno, a mano.")]


def test_without_a_reviewed_translation_the_page_keeps_what_it_says() -> None:
    us = units("One.")
    assert decide(us, {}, written(us, "Uno."), ["Uno."]).texts == ["Uno."]


def test_entities_and_spaces_are_not_edits() -> None:
    us = units("It's.")
    record = written(us, "Es de L'ONU.")
    decision = decide(us, {}, record, ["Es  de L&#x27;ONU."])
    assert decision.kept == 0 and not decision.edited


def test_older_source_text_keeps_its_translation_not_english() -> None:
    old, new = units("One."), units("One, changed.")
    link = {(new[0].context, new[0].source): (old[0].context, old[0].source)}
    decision = decide(new, {}, written(old, "Uno."), ["Uno."], links=link)
    assert decision.texts == ["Uno."] and decision.stale == 1
    # ... but English written before is replaced by the new English.
    decision = decide(new, {}, written(old, "One."), ["One."], links=link)
    assert decision.texts == ["One, changed."] and decision.fallback == 1


def test_a_paragraph_written_in_place_of_a_deleted_one_does_not_take_its_text() -> None:
    """Without the catalogue's word that the new text rewords the old one, the page's
    text at that place belongs to a paragraph that is gone."""
    old, new = units("One.", "Two."), units("One.", "Something else.")
    record = written(old, "Uno.", "Dos.")
    for page in (["Uno.", "Dos."], ["Uno.", "Dos, a mano."]):
        decision = decide(new, {}, record, page)
        assert decision.texts == ["Uno.", "Something else."] and not decision.held
        assert decision.dropped == [(record[1], page[1])]
    # reviewed, the new paragraph gets its translation
    decision = decide(new, {(new[1].context, new[1].source): "Otra cosa."}, record,
                      ["Uno.", "Dos, a mano."])
    assert decision.texts == ["Uno.", "Otra cosa."]
    assert decision.dropped == [(record[1], "Dos, a mano.")]


def changed(unit: Unit, before: str, translation: str, *, kept: bool) -> SourceChanged:
    return SourceChanged("pages/1", 1, unit.context,
                         Reviewed(Path("es.po"), 9, before, translation), kept=kept)


def test_a_changed_source_gets_what_a_file_gets() -> None:
    old, new = units("One.", "Ten days."), units("One, changed.", "Twelve days.")
    record = written(old, "Uno.", "Diez días.")
    found = {(u.context, u.source): c for u, c in zip(new, [
        changed(new[0], "One.", "Uno.", kept=True),
        changed(new[1], "Ten days.", "Diez días.", kept=False)], strict=True)}
    decision = decide(new, {}, record, ["Uno.", "Diez días."], None, found)
    # the reviewed translation of the earlier text; the new source for a correction
    assert decision.texts == ["Uno.", "Twelve days."]
    assert (decision.stale, decision.fallback) == (1, 1)
    assert decision.source_changed == list(found.values())


def test_an_admin_translation_of_the_earlier_source_is_kept_with_its_record() -> None:
    old, new = units("Ten days."), units("Twelve days.")
    record = written(old, "Diez días.")
    found = {(new[0].context, new[0].source): changed(new[0], "Ten days.", "Diez días.",
                                                      kept=False)}
    for catalog in ({}, {(new[0].context, new[0].source): "Doce días."}):
        decision = decide(new, catalog, record, ["Diez días, a mano."], None, found)
        assert decision.texts == ["Diez días, a mano."] and decision.kept == 1
        assert decision.held == {0: record[0]} and not decision.source_changed
    # paragraphs that only changed places are no earlier text: each keeps its own
    one, two = units("One.", "Two.")
    swapped = decide([two, one], {(two.context, two.source): "Dos."},
                     written([one, two], "Uno, a mano.", "Dos."), ["Uno, a mano.", "Dos."])
    assert swapped.texts == ["Dos.", "Uno, a mano."] and not swapped.held


def test_paragraphs_added_or_removed_keep_the_whole_piece() -> None:
    us = units("One.", "Two.")
    decision = decide(us, {}, written(us, "Uno.", "Dos."), ["Uno.", "Dos.", "Tres."])
    assert decision.texts is None and decision.restructured
    assert decision.why == "the admin added paragraphs (3 now, apply wrote 2)"


def test_a_kept_piece_whose_source_lost_a_paragraph_says_to_compare_it() -> None:
    """The admin added a paragraph, and the author then deleted one of the English
    paragraphs apply had translated there: the piece stays as the admin left it, and the
    line says its source lost text since (it said only that the admin added one, while
    the page went on saying what the English no longer does)."""
    one, two = units("One.", "Mayor Steele said the budget is final.")
    decision = decide([one], {}, written([one, two], "Uno.", "El alcalde dijo …"),
                      ["Uno.", "El alcalde dijo …", "Tres, a mano."])
    assert decision.texts is None and decision.restructured
    assert decision.why == (
        "the admin added paragraphs (3 now, apply wrote 2), and 1 of the source paragraphs "
        "apply translated there changed or went since (first: 'Mayor Steele said the budget "
        "is final.'): compare the page with the source before publishing it")


def test_a_translation_nobody_recorded_keeps_text_that_is_not_the_source() -> None:
    us = units("One.", "Two.")
    decision = decide(us, {("page/k", "Two."): "Dos."}, None, ["Uno, de otra mano.", "Two."])
    assert decision.texts == ["Uno, de otra mano.", "Dos."]
    # ... and says it is a person's, so the record apply saves holds the source there and
    # the next run takes the text in (it recorded the text as its own)
    assert decision.edited == [Written("page/k", "One.", "Uno, de otra mano.")]


def test_the_record_lines_units_up_with_what_the_page_holds() -> None:
    us = units("One.", "Two.")
    assert record_of([us[0], None, us[1]], ["Uno.", "Dos."]) == written(us, "Uno.", "Dos.")
    assert record_of(us, ["Uno y dos."]) is None


def test_a_segment_with_no_reviewed_translation_gets_the_pages_own_text() -> None:
    # cleaned for the editor: a look-alike letter put right, straight quotes curled
    us = units("Heads said “yes”.", "Two.")
    own = ['Нeads said "yes".', "Two."]
    decision = decide(us, {}, None, None, own)
    assert decision.texts == own and decision.fallback == 2
    # what an earlier apply wrote as cleaned gives way to the page's own text; what the
    # page holds as the source has it is nobody's edit
    assert decide(us, {}, written(us, "Heads said “yes”.", "Two."),
                  ["Heads said “yes”.", "Two."], own).texts == own
    assert decide(us, {}, None, own, own) == decide(us, {}, None, None, own)
    # a unit the cleaner took page chrome out of keeps the chrome out
    assert decide(us, {}, None, None, [None, "Two."]).texts == ["Heads said “yes”.", "Two."]
    # an editor's text in the admin is kept
    edited = decide(us, {}, written(us, *own), ["Cabezas dijeron «sí».", "Two."], own)
    assert edited.texts == ["Cabezas dijeron «sí».", "Two."] and edited.kept == 1
