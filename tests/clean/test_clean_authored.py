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
