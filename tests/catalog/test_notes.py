"""The wording of catalogue notes: what editors search for and status reads back."""

from __future__ import annotations

from cms_i18n.catalog.notes import (
    MARKUP_PREFIX,
    cleaned_note,
    has_problem,
    machine_note,
    markup_problem,
    quote_note,
    unknown_note,
    unquote_note,
)
from cms_i18n.document import Fix
from cms_i18n.engines.base import UnknownWords


def test_the_engine_note_gives_the_score_only_when_there_is_one() -> None:
    assert machine_note("apertium eng-spa", None) == "machine translation: apertium eng-spa"
    assert machine_note("argos en→es", -0.4567) == "machine translation: argos en→es, score -0.46"


def test_unknown_words_are_named_by_the_step_that_did_not_know_them() -> None:
    first = UnknownWords(("Kyrgyzstan",), "eng-spa", "en")
    later = UnknownWords(("informalmente", "ayer"), "es-fr", "es", first=False)
    assert unknown_note(first) == "unknown to the engine, left as in the source: Kyrgyzstan"
    assert unknown_note(later) == "unknown to es-fr, left in es: informalmente, ayer"


def test_cleaning_and_markup_notes() -> None:
    fix = Fix("homoglyph", "Нeads", "Heads", 1, "look-alike letter in a Latin word")
    assert cleaned_note(fix) == f"cleaned: {fix.describe()}"
    note = markup_problem("the engine lost '<b1>'")
    assert note == "markup problem: the engine lost '<b1>'"
    assert has_problem(["Markup problem: x", "glossary problem: y"], MARKUP_PREFIX)
    assert not has_problem(["machine translation: apertium"], MARKUP_PREFIX)


def test_a_quoted_translation_reads_back_as_it_was() -> None:
    text = 'Dijo "sí"\nFin\t\\'
    assert "\n" not in quote_note(text)
    assert unquote_note(quote_note(text)) == text
    assert unquote_note("not quoted") is None
