"""Text handling on real scraped pages: quotes, whitespace, a manual page's running head.

Each text is cut from a page of ``bench/data/real/clean20``; what is asserted is what a
user reads in the cleaned text.
"""

from __future__ import annotations

from cms_i18n.clean import clean_document, detect_quote_style, explain

CHROME_AT_END = "\nShare this:\nFacebook Twitter Email\n"

PRESS_RELEASE = (
    "NCA Responding in Pakistan\n\n"
    "Over the last week, Norwegian Church Aid has been a part of an assessment mission in "
    "Sindh. The mission’s concluding report describes a grave situation.\n\n"
    '"People are living in the most dreadful conditions. Aid is required urgently," says '
    "Bjørg Mide, acting head of International Programmes at Norwegian Church Aid.\n")


def test_a_text_with_no_curly_double_quote_keeps_its_straight_ones() -> None:
    cleaned = clean_document(PRESS_RELEASE + CHROME_AT_END)
    assert '"People are living in the most dreadful conditions. Aid is required urgently," ' \
           "says" in cleaned.text
    assert "mission’s" in cleaned.text
    assert detect_quote_style(PRESS_RELEASE) == "curly-singles"
    assert clean_document(cleaned.text).text == cleaned.text


def test_a_text_typing_its_apostrophes_both_ways_has_its_double_quotes_curled() -> None:
    text = PRESS_RELEASE.replace("Aid is required", "Pakistan's aid is required")
    cleaned = clean_document(text + CHROME_AT_END)
    assert "“People are living" in cleaned.text and "Pakistan’s aid" in cleaned.text


def test_a_blog_typed_straight_keeps_its_marks_beside_a_pasted_title_s_curly_one() -> None:
    # A blog on the CSTO (a new user's page): its author types both kinds of mark straight,
    # and the one curly apostrophe came with a quoted article's title.
    text = ("What's that? You've never heard of the CSTO? Don't worry, it's a club of "
            "states that's been around since '92.\n\n"
            'Nathan Hamm, "Uzbekistan Exit from CSTO Reveals Limits of Russia’s Eurasian '
            'Integration Plans"\n\n'
            'He calls it "a paper alliance" and says the bloc "never fought".\n')
    assert clean_document(text + CHROME_AT_END).text == text


def test_quotes_are_judged_on_the_text_left_once_chrome_is_gone() -> None:
    # The only curly mark is in a follow call the page closes with: once it is gone, the
    # text types straight, and its apostrophes and double quotes stay so.
    text = ("Russia's foreign minister, Brazil's president and India's prime minister met.\n\n"
            '"Everyone says that the name should remain unchanged," Lavrov said.\n')
    cleaned = clean_document(text + CHROME_AT_END + "Follow IOL’s coverage on Twitter\n")
    assert cleaned.text == text
    assert clean_document(cleaned.text).text == cleaned.text


def test_a_measurement_keeps_its_straight_inch_mark_in_a_straight_text() -> None:
    text = ("Crews will begin emergency work tonight on a 24\" main water feed line. There is "
            "no need for a 'Boil Water Advisory.'\n" + CHROME_AT_END)
    assert '24" main water feed line' in clean_document(text).text


MAN_PAGE = (
    "term% ls -F\n"
    "term% cat index.txt\n"
    "SH(1)                       General Commands Manual                      SH(1)\n\n"
    "       sh,  for, case, if, while, :, ., break, continue, cd, eval, exec, exit,\n"
    "       export, login, newgrp, read, readonly, set, shift, times, trap,  umask,\n"
    "       wait - command language\n\n"
    "       sh [ -ceiknrstuvx ] [ arg ] ...\n\n"
    "       Sh is a command programming language that executes commands read from a\n"
    "       terminal or a file.  See invocation for the meaning of arguments to the\n"
    "       shell.\n\n"
    "7th Edition                        May 1979                         7th Edition\n")


def test_a_manual_pages_running_head_and_foot_stay() -> None:
    cleaned = clean_document(MAN_PAGE)
    assert cleaned.text == MAN_PAGE
    assert not cleaned.fixes


SCREENING = (
    "Date published: 23 March 2023\n\n"
    "Currently no specific capital funding programme to which organisations working in "
    "the area of indigenous language and culture promotion might apply has existed within "
    "the Department.  The absence of such a programme has given rise to difficulties. \n\n"
    "In order to regularize the position the Department will pilot a capital programme "
    "during 2021-22. \n\n\n\n"
    "Date of Screening: 23/03/2023\n"
    "Screening Outcome - Full EQIA recommended: No\n")


def test_paragraphs_ending_in_a_blank_beside_a_run_of_blank_lines_are_cleaned() -> None:
    cleaned = clean_document(SCREENING)
    assert cleaned.text == (SCREENING.replace(". \n", ".\n").replace("\n\n\n\n", "\n\n"))
    # the typist's two spaces after a full stop stay
    assert "the Department.  The absence" in cleaned.text
    assert any("3 blank lines made one" in line for line in explain(cleaned.fixes))


def test_one_long_paragraph_ending_with_a_blank_shows_a_converter() -> None:
    # A paragraph of one long line ending with a blank is a converter's "<p>…&nbsp;</p>":
    # no plain text an author typed in the measured sets ends one so (see
    # clean.evidence._unwrapped_blank_ends); the run of blank lines beside it goes too.
    text = SCREENING.replace("2021-22. \n", "2021-22.\n")
    assert clean_document(text).text == text.replace("difficulties. \n", "difficulties.\n") \
        .replace("\n\n\n\n", "\n\n")


def test_an_authors_stray_blank_after_a_short_line_stays() -> None:
    text = ("Date published: 23 March 2023\n\nThe Department will pilot a programme. \n\n"
            "Date of Screening: 23/03/2023\n")
    assert clean_document(text).text == text


BLOG = (
    "Σάββατο 10 Ιουνίου 2017\n\n"
    "Παιδικές αναμνήσεις.\n\n"
    " Σήμερα πήγα στο χωριό της γιαγιάς μου στο Νικάσι .\n"
    "Άραξα το αυτοκίνητο και ξαφνικά μια ανάμνηση ανάβλυσε από την πηγή της μνήμης.\n"
    "Ένα άσπρο άλογο να ανεβαίνει το ξεχασμένο καλντερίμι λουσμένο από το απογευματινό "
    "καλοκαιρινό ήλιο, και μεις , παιδιά τότε, να τρέχουμε παίζοντας τους τοξότες με "
    "κλαδιά από τις μουριές.\n"
    " Αναμνήσεις που έρχονται σαν κύμμα και φεύγουν σαν αεράκι.\n\n"
    "Δεν υπάρχουν σχόλια:\n\n"
    "Δημοσίευση σχολίου\n")


def test_a_single_space_opening_a_line_of_prose_set_a_sentence_to_a_line_goes() -> None:
    cleaned = clean_document(BLOG)
    assert "\nΣήμερα πήγα στο χωριό" in cleaned.text
    assert "\nΑναμνήσεις που έρχονται" in cleaned.text
    assert not any(line.startswith(" ") for line in cleaned.text.splitlines())
    # the author's space before a comma stays, and so do the line breaks
    assert "και μεις , παιδιά τότε" in cleaned.text
    assert "Νικάσι .\nΆραξα" in cleaned.text


def test_a_poem_set_in_by_one_space_keeps_it() -> None:
    poem = ("Θάλασσα\n\n"
            " Ο διάλογος του ανέμου με τ’ απέραντο γαλάζιο\n"
            "συνεχίζεται στο χορό των κυμάτων.\n"
            " Κι εγώ ακούω.\n" + CHROME_AT_END)
    assert " Κι εγώ ακούω." in clean_document(poem).text
