"""Repairs of scraping damage wait for evidence of a scraper (cms_i18n.clean.evidence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, apply_plan, clean_document, clean_unit, shows_damage
from cms_i18n.document import Document
from cms_i18n.pipeline import prepare_document

README = (
    "# tidy-notes\n\n"
    ">[The same tool in Python](./PYTHON.md)  \n"
    ">[The same tool in Rust](./RUST.md)\n\n"
    "A small tool that sorts your notes by date. \n\n"
    "- [install](https://example.org/install) \n"
    "- [usage](https://example.org/usage)\n\n"
    "<!-- x := \n"
    "  y -->\n\n"
    "It keeps  two spaces where you typed them.  And so on.\n"
)
TREEBANK = ("Он назвал это ``делом чести&#39;&#39; и ``долгом&#39;&#39;.\n\n"
            "Книга вышла в 1905 году.\n")
LEGAL = ("This Agreement is between you (“you”) and the Company (“we”).\n\n"
         'IF YOU DO NOT AGREE, "YOU" MUST SELECT THE "CANCEL" BUTTON.\n')
GREEK = "Η εντολή `man` δείχνει τις ενότητες: η 1 για τον φλοιό και  η 8 για διαχείριση.\n"
FRENCH = "Il vit qu’un\u00a0enfant, de l’autre côté de la rue, la tenait dans ses mains.\n"
# An author who types ‘ for the apostrophe (a real Brunei blog, clean68's wa-iki).
APOSTROPHES = ("The school celebrated Asean‘s 40th anniversary with a gallery.\n\n"
               "It was part of the department‘s efforts to raise awareness.\n")


@pytest.mark.parametrize("text", [README, TREEBANK, LEGAL, GREEK, FRENCH, APOSTROPHES])
def test_a_text_without_a_scrapers_hand_comes_out_byte_for_byte(text: str) -> None:
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert cleaned.fixes == ()


def test_an_apostrophe_typed_as_an_opening_mark_is_turned_on_a_scraped_page() -> None:
    scraped = "Share this:\n\n" + APOSTROPHES
    assert clean_document(scraped).text == APOSTROPHES.replace("‘", "’")


def test_the_same_text_with_a_look_alike_letter_is_repaired_throughout() -> None:
    # A Cyrillic "а" inside an English word: no author types it, a scraper's page has it.
    scraped = LEGAL + "\nThe Compаny may end it at any time. \n"
    cleaned = clean_document(scraped).text
    assert "Company may" in cleaned
    assert '"' not in cleaned and "“YOU” MUST" in cleaned
    assert "any time.\n" in cleaned
    assert apply_plan(scraped, clean_document(scraped).fixes) == cleaned


def test_on_a_scraped_page_both_tex_quotations_are_decoded_alike() -> None:
    page = TREEBANK + "\nПодписывайтесь на наш канал в Telegram\n"
    cleaned = clean_document(page, CleanOptions(scraped=True)).text
    assert "``делом чести'' и ``долгом''." in cleaned
    assert "&#39;" not in cleaned
    # and a second cleaning finds nothing more to do
    assert clean_document(cleaned, CleanOptions(scraped=True)).text == cleaned


@pytest.mark.parametrize(("text", "wanted"), [
    # a quotation opened curly and closed straight: a converter's half-done work
    ("Choose ‘Insert' from the menu. \nThen ‘Page break'.\n",
     "Choose ‘Insert’ from the menu.\nThen ‘Page break’.\n"),
    # a page cut short in the middle of a sentence, a blank after its last word
    ("The minister spoke for an hour.\n\nHe warned that it is high time to tackle \n",
     "The minister spoke for an hour.\n\nHe warned that it is high time to tackle\n"),
    # a line holding nothing but blanks, an element's indent
    ("The council met.\n   \n\n\nIt agreed on a plan.  \n",
     "The council met.\n\nIt agreed on a plan.\n"),
    # apostrophes typed both ways: a headline field typed straight over a curled body
    ("Vicar's Letter\n\nFor God’s gifts and Mother Nature’s provision. \n",
     "Vicar’s Letter\n\nFor God’s gifts and Mother Nature’s provision.\n"),
    # a title typed with straight quotes right over a body that quotes only curly
    ('Литературный час "Всемирный день книги"\n23 апреля в читальном зале проведён '
     'литературный час “Всемирный день книги”, оформлена выставка “Люди читают”.\n',
     'Литературный час “Всемирный день книги”\n23 апреля в читальном зале проведён '
     'литературный час “Всемирный день книги”, оформлена выставка “Люди читают”.\n'),
])
def test_a_converters_shape_is_evidence(text: str, wanted: str) -> None:
    assert clean_document(text).text == wanted


def test_a_no_break_space_between_two_longer_words_is_evidence() -> None:
    # A page's &nbsp; between "the" and "community": no typesetter ties them, so the
    # text is a scraper's, and its other repairs wait no more (the blank at a line's
    # end); the French "qu’un\u00a0enfant" above stays as typed.
    page = ("The borehole needs rehab, so the\u00a0community can access clean water. \n\n"
            "We also spoke with Beatrice about the walk to the dam.\n")
    assert clean_document(page).text == (
        "The borehole needs rehab, so the community can access clean water.\n\n"
        "We also spoke with Beatrice about the walk to the dam.\n")


def test_a_byte_order_mark_and_windows_line_ends_are_no_evidence() -> None:
    text = "\ufeffNotes for the meeting. \r\nBring the figures.\r\n"
    assert clean_document(text).text == "Notes for the meeting. \nBring the figures.\n"


def test_a_unit_follows_its_documents_verdict() -> None:
    unit = "Heads of\u00a0state met at the summit &amp; agreed. "
    assert clean_unit(unit, CleanOptions(scraped=True)).text == (
        "Heads of state met at the summit & agreed.")
    assert clean_unit(unit, CleanOptions(scraped=False)).text == unit
    assert clean_unit(unit).text == unit


def test_shows_damage_sees_look_alikes_and_shapes_but_not_an_authors_blanks() -> None:
    assert shows_damage("Нeads of state met.")
    assert shows_damage("Press ‘Save' to keep it.")
    assert not shows_damage(README, "markdown")
    assert not shows_damage(TREEBANK)


def test_the_pipeline_repairs_the_units_of_a_scraped_document_only() -> None:
    body = "Leaders met in Astana &amp; Moscow.\n\nThey agreed on a plan.\n"
    authored = prepare_document(Document("a", None, "text", body), {})
    assert authored.units[0].source == "Leaders met in Astana &amp; Moscow."
    scraped = prepare_document(Document("b", None, "text", body + "\nShare this article\n"), {})
    assert scraped.units[0].source == "Leaders met in Astana & Moscow."
    assert [unit.source for unit in scraped.units][-1] == "They agreed on a plan."


MYST = ("## Introduction\n\n"
        "We are **applying** a true statement to a particular object, \n"
        "and arriving at another true statement.\n"
        "The {prf:ref}`product rule <thr-rules>` follows by **applying** the definition \n"
        "to the product of two functions, and $\\mathbb{R}$ is complete.\n")


def test_a_markup_source_its_author_wrapped_keeps_its_blanks_at_the_breaks() -> None:
    """A MyST source's lines ending in a blank at a break inside a sentence are its
    author's: headings, roles, maths and bold show a source, not a converter's page."""
    cleaned = clean_document(MYST)
    assert cleaned.text == MYST
    assert cleaned.fixes == ()
    assert not shows_damage(MYST)


def test_a_page_broken_with_a_blank_at_the_break_still_shows_a_scraper() -> None:
    # headings and bold alone are what a converter writes too
    page = ("## Debt\n\nHe warned that it is **high time** to tackle \nthe debt, "
            "the minister said.\n")
    assert shows_damage(page)
    assert clean_document(page).text == (
        "## Debt\n\nHe warned that it is **high time** to tackle\nthe debt, "
        "the minister said.\n")



_LONG = [f"The committee heard from the {place}, whose staff described the winter's crowded "
         f"wards and the {thing} set out in two straight lines by the nurses. "
         for place, thing in [("regional hospital", "incubators"), ("city clinic", "beds"),
                              ("field station", "stretchers"), ("school", "cots"),
                              ("old depot", "tents")]]


def test_paragraphs_on_long_lines_each_ending_with_a_blank_show_a_converter() -> None:
    """A converter writes each "<p>…&nbsp;</p>" on one line: most paragraphs of the page,
    each one long line, end their last sentence with a blank.  The blanks go."""
    page = "\n\n".join([*_LONG[:3], "A short closing note."]) + "\n"
    cleaned = clean_document(page).text
    assert cleaned == "\n\n".join([p.rstrip() for p in _LONG[:3]]
                                   + ["A short closing note."]) + "\n"


def test_one_unwrapped_paragraph_ending_with_a_blank_shows_a_converter() -> None:
    """Of the hundreds of plain texts authors typed in the measured sets, none ends a
    paragraph of one long line with a blank; a third of the scraped pages with blanks at
    line ends do, a paragraph or two of them.  The blanks go, and so does the gap a
    dropped link left between two words."""
    page = "\n\n".join(_LONG[:2] + [p.rstrip() for p in _LONG[2:]]) + "\n"
    assert clean_document(page).text == "\n\n".join(p.rstrip() for p in _LONG) + "\n"
    gap = page.replace(" ", "  ", 1)
    assert clean_document(gap).text == "\n\n".join(p.rstrip() for p in _LONG) + "\n"


def test_an_authors_stray_blank_in_markdown_or_a_wrapped_line_stays() -> None:
    # Markdown typed by hand (a heading, a code span): two paragraphs of five end with a
    # blank, an author's slip, no converter's habit
    page = "\n\n".join(["## Notes", *_LONG[:2], *[p.rstrip() for p in _LONG[2:]],
                         "Run `make` again."]) + "\n"
    assert clean_document(page).text == page
    # lines an author wrapped by hand, each sentence closed with a blank
    wrapped = "The council met. \n\nIt agreed. \n\nIt rose at noon. \n"
    assert clean_document(wrapped).text == wrapped


@pytest.mark.parametrize("text", [
    # typed straight, one curly word pasted in: the straight marks are the text's
    "Don't say 'it's done' or 'we're there', says Russia’s envoy. \n",
    # a book's curly quotations beside one straight apostrophe, no curly one
    "“Enough,” said her father's friend. \n",
    # a straight apostrophe in code beside curly prose
    "Here’s a comment:\n\n```\n// So we're done\n```\n\nIt’s kept. \n",
])
def test_apostrophes_typed_one_way_are_no_evidence(text: str) -> None:
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert cleaned.fixes == ()


def test_a_latex_source_keeps_the_blanks_its_author_left_at_line_ends() -> None:
    """A LaTeX source set out a command to a line, its paragraphs wrapped by hand with a
    blank left at some breaks, shows no scraper: it comes out byte for byte.  (With
    other evidence of a scraper on the page, the blanks go, as on any scraped page.)"""
    text = (Path(__file__).parent / "data" / "latex-source-blanks-at-breaks.txt").read_text(
        encoding="utf-8")
    result = clean_document(text, CleanOptions(format="text"))
    assert result.text == text
    assert result.fixes == ()


@pytest.mark.parametrize("name", ["body-spaced-evenly-el", "command-synopsis-over-its-help",
                                  "mail-archive-name-and-address-on-one-line",
                                  "mail-review-under-unwrapped-quote",
                                  "mail-wrapped-sentence-end"])
def test_a_text_that_shows_no_scraper_as_a_whole_comes_out_byte_for_byte(name: str) -> None:
    """Texts whose author's layout is read from the whole text: two blank lines after every
    paragraph, a help page's synopsis over its wrapped description, an archived message
    whose header prints the name and the address on one line, a review whose wrapped
    paragraphs answer a patch quoted unwrapped, a mail whose wrapped sentence ends on a
    line of its own ("text only.") over the sender's name.  Alone they show no scraper
    and stay byte for byte; set after a line of mojibake, or beside another text, the page
    shows a scraper and is cleaned as one, so they are tested here rather than among the
    negative cases."""
    text = (Path(__file__).parent / "data" / f"{name}.txt").read_text(encoding="utf-8")
    result = clean_document(text, CleanOptions(format="text"))
    assert result.text == text
    assert result.fixes == ()
