"""Boxes a page's template sets around the article (:mod:`cms_i18n.clean.boxes`): the
author's box closing it, a breadcrumb written as a numbered list over the headline, a
document converter's navigation above the text.

The pages below are made up for the tests, in the shapes the eighteenth real set shows
(``bench/data/real/clean18``): a column closed by its author's name, bio and plea, a
German print page under its numbered trail, a converted book chapter under its arrows.
"""

from __future__ import annotations

from tests.support.cleaning import cleaned_text, removed_lines

HEADLINE = "Council votes to keep the night buses running"
FIRST = ("The city council voted on Tuesday to keep the night buses running through the "
         "winter, after drivers and riders had asked it to reverse a plan to cut them.")
SECOND = ("The plan would have saved the city some money, but officials said the buses "
          "carried more riders than expected in the autumn, according to the transport office.")
ARTICLE = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


def test_an_author_s_name_bio_and_plea_closing_the_article_go() -> None:
    page = (f"{ARTICLE}\nJane Doe\n\nJane Doe is a reporter at the Courier covering city "
            "hall and transport.\n\nBe the first to read Jane Doe's column. Sign up today.\n")
    assert cleaned_text(page) == ARTICLE
    assert removed_lines(page)["Jane Doe"] == "the author's box"


def test_a_handle_and_a_bio_under_the_last_paragraph_go() -> None:
    page = (f"{ARTICLE}\nFollow @janedoe\n\nJane Doe is a reporter at the Courier covering "
            "city hall and transport.\n")
    assert cleaned_text(page) == ARTICLE
    assert removed_lines(page)["Jane Doe is a reporter at the Courier covering city hall and "
                               "transport."] == "the author's box"


def test_a_closing_sentence_about_a_person_is_the_article_s_own() -> None:
    page = (f"{ARTICLE}\nJohn Smith is a driver who has worked the night route for twenty "
            "years.\n")
    assert cleaned_text(page) == page


def test_a_bio_followed_by_the_article_s_own_lines_is_kept() -> None:
    page = (f"{HEADLINE}\n\n{FIRST}\n\nJane Doe\n\nJane Doe is a driver on the night route.\n\n"
            f"{SECOND}\n")
    assert cleaned_text(page) == page


def test_a_numbered_breadcrumb_ending_in_the_headline_goes_with_its_section_label() -> None:
    page = ("1. Home\n  2. Print\n  3. Politik\n  4. Steffen Seibert twittert jetzt im Dienste "
            "Merkels:\n\nPolitik\n\nSteffen Seibert twittert jetzt im Dienste Merkels\n\n"
            "Veröffentlicht am 01.03.2011\n\n"
            "Berlin - Auch der Regierungssprecher der Bundeskanzlerin ist jetzt Mitglied der "
            "Twittergemeinde im Internet, wie er am Montag mitteilte.\n")
    headline = "Steffen Seibert twittert jetzt im Dienste Merkels\n"
    assert cleaned_text(page) == page[page.index(headline):]
    assert removed_lines(page)["Politik"] == "a section label repeating the breadcrumb"


def test_a_numbered_list_at_the_top_is_the_author_s_own() -> None:
    page = ("1. Flour\n2. Sugar\n3. Eggs\n\nMix them well and bake the cake for forty "
            "minutes, until a knife comes out of it clean.\n")
    assert cleaned_text(page) == page


def test_a_converter_s_navigation_lines_above_a_chapter_go() -> None:
    page = (f"Previous: Chapter 1\nUp: Contents\nNext Page: Chapter 3\n\n{ARTICLE}")
    assert cleaned_text(page) == ARTICLE
    page = f"<-    -c-    ->\n\n{ARTICLE}"
    assert cleaned_text(page) == ARTICLE


def test_one_next_line_opening_the_text_is_kept() -> None:
    page = f"Next: the budget\n\n{ARTICLE}"
    assert cleaned_text(page) == page


def test_a_name_over_a_bio_closing_the_article_is_kept_as_its_credit() -> None:
    page = f"{ARTICLE}\nJane Doe\n\nJane Doe is managing editor of the Courier.\n"
    assert cleaned_text(page) == page


def test_a_labelled_author_box_or_a_bio_going_on_about_its_writer_closing_the_page_goes(
        ) -> None:
    """A news site's "Author: Jason Ditz" over his bio, and a literary site's name over a
    bio of two sentences about her ("… She is a member of …"), closing the page, are the
    template's author box; a one-sentence credit under a name stays (above)."""
    labelled = f"{ARTICLE}\nAuthor: Jason Ditz\n\nJason Ditz is Senior Editor for the site.\n"
    assert cleaned_text(labelled) == ARTICLE
    bio = (f"{ARTICLE}\nMorna Sullivan\n\nMorna Sullivan has always had a love of stories. "
           "She is a member of the Coney Island writing group.\n")
    assert cleaned_text(bio) == ARTICLE
    told = (f"{ARTICLE}\nGeorgios Makropoulos\n\nGeorgios Makropoulos spoke as acting "
            "president. He thanked the players.\n")
    assert cleaned_text(told) == told
