"""Cleaning remembered in the translation memory: what is remembered is what is used."""

from __future__ import annotations

from cms_i18n.clean import CleanOptions, clean_unit
from cms_i18n.clean.cache import (
    clean_units,
    cleaner_fingerprint,
    cleaning_key,
    document_evidence,
    page_cleaning,
    replayed_paragraphs,
)
from cms_i18n.document import Document, Fix
from cms_i18n.memory import Memory

HEADS = "Нeads of delegations met in Jakarta."
OPTIONS = CleanOptions()


def test_without_a_memory_units_are_simply_cleaned() -> None:
    assert clean_units([HEADS], [OPTIONS], None) == [
        (clean_unit(HEADS).text, clean_unit(HEADS).fixes)]


def test_a_text_seen_before_is_taken_from_the_memory() -> None:
    key = cleaning_key(cleaner_fingerprint(), OPTIONS, HEADS)
    with Memory(None) as memory:
        first = clean_units([HEADS], [OPTIONS], memory)
        [(text, fixes)] = memory.cleaned([key]).values()
        assert (text, [f.after for f in fixes]) == (first[0][0], ["Heads"])
        remembered = Fix("homoglyph", "Н", "H", 1, "remembered")
        other = "Heads of delegations met in Jakarta (remembered)."
        memory.store_cleaned([(cleaning_key(cleaner_fingerprint(), OPTIONS, "x"), other,
                               [remembered])])
        again = clean_units([HEADS, "x"], [OPTIONS, OPTIONS], memory)
    assert first[0][0] == "Heads of delegations met in Jakarta."
    assert again[1] == (other, (remembered,))
    assert (again[0][0], [f.after for f in again[0][1]]) == (first[0][0], ["Heads"])


def test_a_document_is_read_whole_once() -> None:
    body = ("Russiaâ€™s Security Council hosts the meeting.\n\n"
            "Recep Tayyip ErdoÄŸan sent an envoy.\n")
    document = Document("meeting", None, "text", body)
    with Memory(None) as memory:
        codecs, dropped, unwrap = document_evidence(document, OPTIONS, memory)
        key = cleaning_key(cleaner_fingerprint(), ("page", OPTIONS), body)
        assert memory.cleaned_documents([key]) == {key: page_cleaning(document, OPTIONS, None)}
        memory.store_cleaned_documents([(cleaning_key(
            cleaner_fingerprint(), ("page", OPTIONS), "Read more\n"), ["latin-1"], (),
            False)])
        later = document_evidence(Document("x", None, "text", "Read more\n"), OPTIONS, memory)
    assert codecs and dropped == {} and not unwrap
    assert later == (("latin-1",), {}, False)
    empty = Document("empty", None, "text", " \n")
    assert document_evidence(empty, OPTIONS, None) == ((), {}, False)


# A scraped page (a share bar above it) whose paragraph a scraper broke mid-sentence.
BROKEN = ("Share: Facebook Twitter WhatsApp\n\n"
          "Heads of delegations from the member states of the organisation\n"
          "met on Tuesday in the Russian capital, and the secretaries of\n"
          "their security councils discussed the situation in Afghanistan\n"
          "and the region.\n")


def test_a_document_s_join_verdict_is_remembered_as_itself_not_as_a_fix() -> None:
    """The verdict on wrapped lines is kept as a verdict: a page in another format
    remembers only the chrome lines its units lose, and a join is none of them; a
    plain-text page remembers every fix, which its paragraphs replay."""
    key = cleaning_key(cleaner_fingerprint(), ("page", OPTIONS), BROKEN)
    with Memory(None) as memory:
        _, dropped, unwrap = document_evidence(Document("broken", None, "markdown", BROKEN),
                                               OPTIONS, memory)
        [(_, fixes, stored_unwrap)] = memory.cleaned_documents([key]).values()
        assert unwrap and stored_unwrap
        assert [fix.kind for fix in fixes] == ["chrome"] and list(dropped) == [1]
        # What is remembered is what is used: the verdict alone, with no fix to carry it.
        memory.store_cleaned_documents([(cleaning_key(
            cleaner_fingerprint(), ("page", OPTIONS), "Heads\nof state\n"), [], (),
            True)])
        assert document_evidence(Document("x", None, "text", "Heads\nof state\n"), OPTIONS,
                                 memory) == ((), {}, True)
    _, fixes, unwrap = page_cleaning(Document("broken", None, "text", BROKEN), OPTIONS, None)
    assert unwrap and "whitespace" in {fix.kind for fix in fixes}
    [(text, own)] = replayed_paragraphs(BROKEN, [(3, 4)], fixes, OPTIONS)
    assert text.startswith("Heads of delegations from the member states of the organisation met")
    assert "\n" not in text and all(fix.line and 1 <= fix.line <= 4 for fix in own)
