"""Lines the chrome rules find that their neighbours show to be the author's
(cms_i18n.clean.authored)."""

from __future__ import annotations

from cms_i18n.clean import clean_document

CREDIT = ("Produced by Jane Roe, John Doe and the Distributed\n"
          "Proofreading volunteers at http://www.example.org\n\n"
          "THE FIRST PART\n\n"
          "It was a cold morning when the ship came in.\n")
HOSTS = ("## Where to keep your code\n\n"
         "Some good hosted services for repositories are\n\n"
         "* Codeberg: http://www.codeberg.org\n"
         "* Sourcehut: http://www.sr.ht\n\n"
         "## Graphical user interfaces\n\n"
         "There are several programs that show the history.\n")


def test_a_credit_whose_second_line_holds_the_address_stays_whole() -> None:
    assert clean_document(CREDIT).text == CREDIT


def test_a_list_of_sites_that_a_sentence_introduces_stays() -> None:
    assert clean_document(HOSTS).text == HOSTS


def test_the_same_list_under_a_pages_header_still_goes() -> None:
    page = ("Ministers met in Astana on Tuesday to agree a plan.\n\n"
            "They will meet again in May.\n\n"
            "Read more:\n\n"
            "* Summit ends: http://www.example.org/news/1\n"
            "* Talks resume: http://www.example.org/news/2\n")
    cleaned = clean_document(page).text
    assert "example.org" not in cleaned
    assert cleaned.startswith("Ministers met in Astana")


def test_a_formulas_frame_and_a_files_front_matter_stay() -> None:
    text = ("---\nlayout: proof\ntopic: \"Normal distribution\"\n---\n\n"
            "**Theorem:** The mean of a normal distribution is\n\n"
            "$$\n\\mathrm{E}(X) = \\mu \\; .\n$$\n\n"
            "**Proof:** It follows from the density\n\n"
            "$$\nf(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma} e^{-(x-\\mu)^2/(2\\sigma^2)} \\; .\n$$\n")
    assert clean_document(text).text == text


def test_an_imprint_the_author_set_in_italics_stays() -> None:
    text = ("THE HARBOUR BOOK\n\nBY A. WRITER\n\nLONDON\n1910\n\n_All rights reserved_\n\n"
            "_First printed in the_ Weekly, 1905.\n\nCHAPTER I\n\nIt was a grey morning.\n")
    assert clean_document(text).text == text


def test_a_markdown_table_of_contents_is_the_authors() -> None:
    """In-page links to the text's own headings, as a Markdown source lists them, with the
    heading over them and the italic note under them: an outline, not a site's menu,
    whatever reason a rule found to take its lines."""
    from cms_i18n.clean.authored import keep_authored

    lines = ["See the [comparison](#comparison) to other tools.", "## Table of Contents",
             "Click to expand", "- [Install](#install)", "- [Usage](#usage)",
             "* [Rules](#rules)", "- [License](#license)",
             "_(contents made with [tocgen](https://example.org/tocgen))_"]
    found = {i: "page chrome (model, p=0.95)" for i in range(1, len(lines))}
    found[2] = "widget line after the article"
    found[7] = "short line among chrome"
    assert keep_authored(lines, [False] * len(lines), found, lambda line: True) == {}


def test_a_menu_of_links_to_other_pages_is_no_table_of_contents() -> None:
    from cms_i18n.clean.authored import keep_authored

    lines = ["## Menu", "- [Home](/)", "- [News](/news)", "- [About](/about)"]
    found = {i: "page chrome (model, p=0.95)" for i in range(len(lines))}
    assert keep_authored(lines, [False] * 4, found, lambda line: True) == found
