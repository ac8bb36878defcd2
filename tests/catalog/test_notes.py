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


def test_every_note_a_run_writes_opens_like_one() -> None:
    """A rewrapped note is put back together by its opening (see ``continues_note``): each
    note the example catalogue holds, and each wording kept in constants, must open so."""
    from pathlib import Path

    from cms_i18n.as_written import CODE_NOTE
    from cms_i18n.catalog import notes
    from cms_i18n.catalog.po import read_po
    from cms_i18n.glossary.verify import PROBLEM_PREFIX, VERIFY_PREFIX, WRITTEN_IN

    example = Path(__file__).parents[2] / "locale" / "es" / "LC_MESSAGES" / "content.po"
    written = [c for e in read_po(example).entries for c in e.extracted_comments]
    assert written
    for note in [*written, CODE_NOTE, WRITTEN_IN, f"{PROBLEM_PREFIX} x", f"{VERIFY_PREFIX} x",
                 notes.machine_note("apertium eng-spa", 0.5), notes.failed_note("a", "b"),
                 notes.markup_problem("lost '<b>'"), notes.REVIEWED_ELSEWHERE_NOTE,
                 notes.SUGGESTION_NOTE + '"x"', notes.TM_NOTE + "x", notes.PREVIOUS_NOTE,
                 notes.READ_ELSEWHERE_NOTE + "x", "not in Russian: left as written",
                 "unknown to es-fr, left in es: informalmente", "typography: French spacing",
                 notes.SHORT_NOTE + "x", notes.RANK_NOTE + "x", "article: x", "acronym: x",
                 "quotes: x"]:
        assert notes.opens_note(note), note
