"""`prepare_document`: a plain-text page is cleaned whole, as `cms-i18n clean` cleans it,
and its paragraphs replay that cleaning; other formats are cleaned unit by unit, with the
whole document's evidence (mojibake, chrome, wrapping)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import clean_document, clean_unit
from cms_i18n.document import Document
from cms_i18n.memory import Memory
from cms_i18n.pipeline import prepare_document

FIRST = "Russiaâ€™s Security Council hosts the meeting."      # ordinary cp1252 mojibake
LONE = "Recep Tayyip ErdoÄŸan sent an envoy."                # a lone sequence: "ğ"


def _document(*paragraphs: str) -> Document:
    return Document("meeting", None, "text", "\n\n".join(paragraphs) + "\n")


def _texts(*paragraphs: str) -> list[str]:
    return [unit.source for unit in prepare_document(_document(*paragraphs), {}).units]


def test_lone_sequence_in_a_later_paragraph_is_repaired() -> None:
    texts = _texts(FIRST, "Former Polish president Lech WaÅ‚Ä™sa was invited.", LONE)
    assert texts == ["Russia’s Security Council hosts the meeting.",
                     "Former Polish president Lech Wałęsa was invited.",
                     "Recep Tayyip Erdoğan sent an envoy."]


def test_the_fix_is_reported_on_the_unit_that_had_it() -> None:
    units = prepare_document(_document(FIRST, LONE), {}).units
    fixes = [(fix.kind, fix.before, fix.after) for fix in units[1].fixes]
    assert ("mojibake", "ÄŸ", "ğ") in fixes


def test_without_mojibake_elsewhere_the_lone_sequence_stays() -> None:
    # The unit alone is no evidence: "ÄŸ" could be genuine text, so it is left for review.
    assert clean_unit(LONE).text == LONE
    assert _texts("Russia’s Security Council hosts the meeting.", LONE)[1] == LONE


def test_remembered_cleaning_depends_on_the_evidence() -> None:
    # The same paragraph in two documents, only one of which shows mojibake
    # elsewhere: the memory must not hand one document's cleaning to the other.
    plain = _document("Russia’s Security Council hosts the meeting.", LONE)
    dirty = _document(FIRST, LONE)
    with Memory(None) as memory:
        assert prepare_document(plain, {}, memory).units[1].source == LONE
        repaired = prepare_document(dirty, {}, memory).units[1].source
        again = prepare_document(plain, {}, memory).units[1].source
    assert repaired == "Recep Tayyip Erdoğan sent an envoy."
    assert again == LONE


def test_authored_markdown_keeps_lines_the_chrome_rules_would_take() -> None:
    body = ("# Home\n\nThe CSTO held drills near Dushanbe.\n\nAdvertisement\n\n"
            "See also: [CSTO exercises in Tajikistan](https://example.org/csto)\n")
    document = Document("drills", None, "markdown", body, fields={"title": "Home"})
    prepared = prepare_document(document, {})
    assert [u.source for u in prepared.units] == [
        "Home", "Home", "The CSTO held drills near Dushanbe.",
        "See also: [CSTO exercises in Tajikistan](https://example.org/csto)"]
    # A one-line rule still applies to authored text, and the removal is listed.
    assert [(f.kind, f.before) for f in prepared.units[-1].fixes] == [
        ("chrome", "Advertisement")]
    site = {"clean": {"chrome_patterns": ["^See also:"]}}
    units = prepare_document(document, site).units
    assert [u.source for u in units][-1] == "The CSTO held drills near Dushanbe."
    assert [(f.kind, f.before) for f in units[-1].fixes] == [
        ("chrome", "Advertisement"),
        ("chrome", "See also: [CSTO exercises in Tajikistan](https://example.org/csto)")]


def test_a_page_typed_with_straight_quotes_keeps_them_whatever_its_markup() -> None:
    """A Wagtail page's rich text typed with straight apostrophes only: the attributes'
    quotes of its markup (``data-block-key="…"``) hid its lines from the judgement of its
    quote style, and "bloc's" was curled in the catalogue, with a note."""
    body = ('<p data-block-key="y5jvp">The statement was issued at the meeting of the '
            "regional bloc's foreign ministers in Phnom Penh.</p>\n"
            '<p data-block-key="43feu">The bloc\'s next summit will be held in Kuala '
            "Lumpur.</p>\n")
    document = Document("asean", None, "html", body, fields={"title": "ASEAN ministers meet"})
    units = prepare_document(document, {}).units
    assert [u.source for u in units if "bloc" in u.source] == [
        "The statement was issued at the meeting of the regional bloc's foreign ministers "
        "in Phnom Penh.", "The bloc's next summit will be held in Kuala Lumpur."]
    assert not any(fix.kind == "quote" for unit in units for fix in unit.fixes)


def test_a_line_removed_after_the_last_unit_is_listed_on_it() -> None:
    units = prepare_document(_document("The forum opened in Moscow.", "Read more"), {}).units
    assert [u.source for u in units] == ["The forum opened in Moscow."]
    assert [(f.kind, f.before) for f in units[-1].fixes] == [("chrome", "Read more")]


def test_a_paragraph_wrapped_over_lines_keeps_every_word() -> None:
    # Joining wrapped lines is a fix inside the unit; the document's list of
    # dropped lines is page chrome only, or the joined line's words would vanish.
    wrapped = ("Energy ministers met on Friday and agreed to commission a\n"
               "joint study of power grids and pipelines across the region, the\n"
               "ministry said in a statement.")
    for memory in (None, Memory(None)):
        source = prepare_document(_document(wrapped, "Second paragraph here."), {},
                                  memory).units[0].source
        assert source.split() == wrapped.split()
        assert source.endswith("ministry said in a statement.")


WRAPPED = ("Heads of delegations from the member states of the organisation\n"
           "met on Tuesday in the Russian capital, and the secretaries of\n"
           "their security councils discussed the situation in Afghanistan\n"
           "and the region.")
JOINED = " ".join(WRAPPED.split("\n"))


def test_a_book_s_wrapped_paragraphs_keep_their_lines_in_the_units() -> None:
    """Each unit is cleaned alone, yet judged as its document: a text wrapped at one
    width is the author's, so the msgid keeps the lines the source has."""
    assert _texts(WRAPPED, WRAPPED.replace("Tuesday", "Monday")) == [
        WRAPPED, WRAPPED.replace("Tuesday", "Monday")]


def test_a_scraped_page_s_broken_paragraph_is_one_line_in_its_unit() -> None:
    """The page's chrome, seen only in the whole document, shows the breaks are a
    scraper's: the unit is joined though it shows nothing of the page itself."""
    page = _document("Home » News » Security\nShare this article", "Secretaries meet",
                     WRAPPED, "Read more\nMoscow hosts a summit of the bank's founders")
    with Memory(None) as memory:
        first = [unit.source for unit in prepare_document(page, {}, memory).units]
        again = [unit.source for unit in prepare_document(page, {}, memory).units]
    assert first == again == ["Secretaries meet", JOINED]
    long_paragraph = JOINED + " " + JOINED
    assert _texts(long_paragraph, WRAPPED) == [long_paragraph, JOINED]


def test_a_crawler_s_date_before_the_first_line_goes_as_clean_takes_it() -> None:
    # Only the whole page shows the date is a crawler's: `cms-i18n clean` takes it off the
    # line, and so must the units, also when the page's cleaning comes from the memory.
    page = _document(
        " date 2022-08-22 (@PointNews)",
        "BEIJING, Aug 22 (Point News): The security council secretaries of the SCO met "
        "in Tashkent to discuss security and stability within the organization.",
        "The meeting was held under the presidency of Uzbekistan, the Secretariat said.")
    with Memory(None) as memory:
        for _ in range(2):
            units = prepare_document(page, {}, memory).units
            assert units[0].source == "(@PointNews)"
            assert ("chrome", " date 2022-08-22 ", "") in [
                (fix.kind, fix.before, fix.after) for fix in units[0].fixes]


def test_a_nul_the_cleaner_leaves_in_code_never_reaches_a_unit() -> None:
    # Inside a code span the cleaner leaves every byte as written; a NUL there would be
    # written into the catalogue, which its reader (and gettext) refuses.
    document = Document("cmd", None, "markdown", "Run the `x\0y` command now, they said.\n")
    [unit] = prepare_document(document, {}).units
    assert unit.source == "Run the `xy` command now, they said."
    assert ("control", "\0", "") in [(fix.kind, fix.before, fix.after) for fix in unit.fixes]



REAL = Path(__file__).parent.parent / "bench" / "data" / "real"


@pytest.mark.parametrize("name", [
    "clean62/dev/trinity-pri-com.txt",          # a signature bar under the head's name
    "clean25/dev/bansfieldbenefice-org-uk.in.txt",  # a letter a scraper wrapped
    "clean25/dev/everything-pr-com.in.txt",     # a byline's name printed twice
    "clean6/dev/kaos-gr.in.txt",                # straight quotes the article curls
    "clean46/dev/countercurrents-org.in.txt",   # a scraper's double spaces
])
def test_a_plain_text_page_s_units_are_what_clean_leaves_of_it(name: str) -> None:
    """``cms-i18n clean`` shows what goes into the catalogue: a plain-text page's units
    are its paragraphs as the whole page's cleaning leaves them.  Cleaned paragraph by
    paragraph, these pages' units lost an author's line ``clean`` keeps, kept breaks
    inside sentences it joins, or quotes and blanks it repairs."""
    text = (REAL / name).read_text(encoding="utf-8")
    document = Document("page", None, "text", text)
    cleaned = [line.strip() for line in clean_document(text).text.split("\n") if line.strip()]
    for memory in (None, Memory(None)):
        for _ in range(2):
            units = [unit.source for unit in prepare_document(document, {}, memory).units]
            assert [line.strip() for unit in units for line in unit.split("\n")
                    if line.strip()] == cleaned
