"""Furniture every site of a platform prints, in the languages of its pages: a wiki's
tagline and footer in Greek, a phpBB 2 board's topic page in Greek, a business daily's
call under each story, a magazine's word on its owner, a blog theme's date badge, and a
show page's headline printed twice around its segment label.  The article stays whole."""

from __future__ import annotations

import pytest

from tests.support.cleaning import cleaned_text, removed_lines

GREEK_ARTICLE = (
    "Η σημασία των δικαιωμάτων\n\n"
    "Το UNIX είναι ένα λειτουργικό σύστημα που σχεδιάστηκε σε μία εποχή που δεν υπήρχαν "
    "προσωπικοί υπολογιστές, αλλά μόνο κεντρικοί υπολογιστές που χρησιμοποιούσαν πολλοί.\n\n"
    "Η βασική ιδέα του συστήματος αυτού είναι ότι κάθε χρήστης έχει τα ελάχιστα δυνατά "
    "δικαιώματα και τίποτα περισσότερο.\n")


def test_a_greek_wiki_page_loses_its_tagline_edit_links_and_footer() -> None:
    text = ("Από Βικιβιβλία\n\n" + GREEK_ARTICLE.replace(
        "δικαιωμάτων\n", "δικαιωμάτων\n\n[επεξεργασία]\n") + "\n"
        "Ανακτήθηκε από «https://el.wikibooks.org/w/index.php?title=Linux&oldid=212345»\n"
        "Κατηγορία: Linux για αρχάριους\n"
        "Τελευταία επεξεργασία της σελίδας έγινε στις 14 Μαρτίου 2021, στις 09:12.\n")
    assert cleaned_text(text) == GREEK_ARTICLE


POEM = ("ωραίο θέμα ... ελεύθερο topic για να γράφουμε ότι θέλουμε ...\n"
        "εγώ λοιπόν θα σας γράψω αυτό:\n"
        "Πολλά γιατί στην πόρτα μου απλώθηκαν\n"
        "κι αναρωτιέμαι τι να ξημερώνει\n"
        "σε ποιό κελί τα όνειρα κλειδώθηκαν\n"
        "που η ανατολή με αγέρα τα παγώνει.\n")


def test_a_greek_phpbb_topic_page_keeps_the_post_alone() -> None:
    text = ("Music Heaven :: Προβολή θέματος - ελεύθερο θέμα\n"
            "Επισκόπηση προηγούμενου θέματος :: Επισκόπηση επόμενου θέματος\n"
            "Συγγραφέας Μήνυμα\n\n" + POEM + "\n"
            "Επιστροφή στην κορυφή\n"
            "Προβολή προφίλ χρήστη Αποστολή προσωπικού μηνύματος\n"
            "Όλες οι ώρες είναι GMT + 2 Ώρες\n")
    assert cleaned_text(text) == POEM


STORY = ("Leaders meet in Samarkand for the summit\n\n"
         "The summit will focus on terrorism, radicalism and the impact of unilateral "
         "sanctions on the global economy, food security and connectivity links.\n\n"
         "Officials said the leaders would also discuss trade routes through Central Asia "
         "and the region's energy projects over the two days of talks.\n")


@pytest.mark.parametrize("line", [
    "(Catch all the Business News, Breaking News, Budget 2024 Events and Latest News "
    "Updates on The Economic Times.)",
    "Download The Economic Times News App to get Daily Market Updates & Live Business News.",
    "Ideal Home is part of Future plc, an international media group and leading digital "
    "publisher.",
])
def test_a_publishers_line_under_the_story_goes(line: str) -> None:
    assert cleaned_text(STORY + "\n" + line + "\n") == STORY


def test_a_story_sentence_on_catching_all_stays() -> None:
    text = STORY + "\nFishermen hope to catch all the salmon on the river before the ban.\n"
    assert cleaned_text(text) == text


def test_a_russian_reading_time_line_goes() -> None:
    body = ("Да здравствует доктор!\n\nВрачи районной больницы приняли за год больше "
            "пациентов, чем за два предыдущих года вместе, сообщили в администрации.\n")
    assert cleaned_text("Примерное время чтения: 2 минуты\n\n" + body) == body


def test_a_blog_themes_date_badge_over_the_post_stays() -> None:
    body = ("Friday\nSep152017\n\nTell your MP we're #fansnotnumbers\n\n"
            "The Supporters' Trust strongly supports the campaign launched earlier this "
            "month, and asks every member to write to their MP about the ticket prices.\n")
    assert cleaned_text("SEARCH\nTwitter\n" + body) == body


def test_a_headline_printed_twice_around_its_segment_label_is_printed_once() -> None:
    body = ("Give If You Can\n\n"
            "Every year, charities all over the world help to save and improve people's "
            "lives, fighting disease, protecting children, and giving hope to many.\n\n"
            "In 2012 the United Nations decided to nominate an annual International Day "
            "of Charity as an official day of recognition and celebration.\n")
    text = "Give If You Can\n\nToday's The Day\n\n" + body
    assert cleaned_text(text) == body
    assert removed_lines(text)["Today's The Day"] == "label between two copies of the headline"
