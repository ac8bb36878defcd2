"""Page chrome known by its words: content systems' own interface strings (cms_i18n.clean.lexicon).

The pages are laid out as MediaWiki, LaTeX2HTML and share-button plugins print
them, in the languages the cleaner sees; the interface lines are the systems'
own messages, and the article around them is what an author wrote.
"""

from __future__ import annotations

from importlib import resources

import pytest

from cms_i18n.clean import lexicon
from tests.support.cleaning import cleaned_text, removed_lines

WIKI_PAGE_EN = """\
Source code

From Examplepedia
Jump to: navigation, search

Source code is the list of statements and declarations, usually in a human readable \
form, that specifies what a computer program does.

Programmers write it in a programming language, and a compiler or an interpreter turns \
it into something a machine can run.

Retrieved from "https://www.examplepedia.org/wiki/Source_code"
Categories: Computer programming | Software
"""


def test_a_wiki_pages_tagline_jump_links_and_footer_go() -> None:
    removed = removed_lines(WIKI_PAGE_EN)
    for line in ("From Examplepedia", "Jump to: navigation, search",
                 'Retrieved from "https://www.examplepedia.org/wiki/Source_code"',
                 "Categories: Computer programming | Software"):
        assert line in removed, line
    assert cleaned_text(WIKI_PAGE_EN) == (
        "Source code\n\nSource code is the list of statements and declarations, usually in a "
        "human readable form, that specifies what a computer program does.\n\nProgrammers "
        "write it in a programming language, and a compiler or an interpreter turns it into "
        "something a machine can run.\n")


OLD_REVISION_RU = """\
Смоленская крепостная стена

Материал из Энциклопедии Смоленщины
(разн.) ← Предыдущая | Текущая версия (разн.) | Следующая → (разн.)
Перейти к: навигация, поиск

Смоленская крепостная стена построена в 1595—1602 годах при царях Фёдоре Иоанновиче и \
Борисе Годунове под руководством зодчего Фёдора Коня.

Длина стены составляла около шести с половиной километров, а высота достигала двадцати \
метров.
"""


def test_an_old_revisions_pager_in_russian_goes() -> None:
    removed = removed_lines(OLD_REVISION_RU)
    assert set(removed) == {
        "Материал из Энциклопедии Смоленщины",
        "(разн.) ← Предыдущая | Текущая версия (разн.) | Следующая → (разн.)",
        "Перейти к: навигация, поиск"}
    assert "Смоленская крепостная стена\n\nСмоленская крепостная стена построена" in \
        cleaned_text(OLD_REVISION_RU)


GREEK_WIKI_FOOTER = """\
Καλοκαίρι

Το καλοκαίρι είναι η θερμότερη εποχή του έτους, ανάμεσα στην άνοιξη και το φθινόπωρο, \
και στο βόρειο ημισφαίριο αρχίζει με το θερινό ηλιοστάσιο.

Τις μέρες του οι νύχτες είναι οι πιο σύντομες του χρόνου και οι θάλασσες ζεσταίνονται.

Ανακτήθηκε από «https://el.example.org/wiki/Καλοκαίρι»
ΚΑΤΗΓΟΡΙΕΣ: Εποχές | Κλίμα
Μετάβαση σε: πλοήγηση, αναζήτηση
"""


def test_a_greek_wiki_footer_goes_whatever_its_case() -> None:
    removed = removed_lines(GREEK_WIKI_FOOTER)
    assert set(removed) == {"Ανακτήθηκε από «https://el.example.org/wiki/Καλοκαίρι»",
                            "ΚΑΤΗΓΟΡΙΕΣ: Εποχές | Κλίμα",
                            "Μετάβαση σε: πλοήγηση, αναζήτηση"}


LATEX2HTML_PAGE = """\
next up previous contents
Next: Running and Debugging Up: Shell Programming Previous: Which Shell?   Contents

Shell Scripts

Files that hold a list of shell commands are called script files, and any shell can run \
one when its first line names the interpreter.

A script runs until it meets an error, reaches the end of the file or reaches an exit \
command, and it is better to end it with exit and a number.

next up previous contents
Next: Running and Debugging Up: Shell Programming Previous: Which Shell?   Contents
"""


def test_a_latex2html_navigation_panel_goes_above_and_below() -> None:
    assert cleaned_text(LATEX2HTML_PAGE).startswith("Shell Scripts\n\nFiles that hold")
    assert cleaned_text(LATEX2HTML_PAGE).endswith("with exit and a number.\n")


GERMAN_PANEL = """\
Nächste Seite: Installation Aufwärts: Handbuch Vorherige Seite: Vorwort   Inhalt

Einleitung

Dieses Handbuch beschreibt, wie man das Programm einrichtet, wie man es bedient und was \
bei Fehlern zu tun ist.

Die einzelnen Kapitel bauen aufeinander auf, lassen sich aber auch unabhängig voneinander \
lesen.
"""


def test_a_german_latex2html_panel_goes() -> None:
    assert "Nächste Seite: Installation Aufwärts: Handbuch Vorherige Seite: Vorwort   Inhalt" \
        in removed_lines(GERMAN_PANEL)


SHARE_BUTTONS_UNDER_ARTICLE = """\
Neue Brücke über die Elbe wird im Sommer eröffnet

Der Bau der neuen Brücke über die Elbe soll im Juni abgeschlossen sein, teilte die \
Stadtverwaltung am Montag mit.

Nach Angaben der Behörde wird der Verkehr unmittelbar nach der Abnahme durch die \
Kommission freigegeben.

Bei Facebook teilen
Per E-Mail versenden
"""


def test_share_buttons_titles_under_the_article_go() -> None:
    removed = removed_lines(SHARE_BUTTONS_UNDER_ARTICLE)
    assert {"Bei Facebook teilen", "Per E-Mail versenden"} <= set(removed)
    assert cleaned_text(SHARE_BUTTONS_UNDER_ARTICLE).endswith("Kommission freigegeben.\n")


MANUAL_WITH_A_CONTENTS_HEADING = """\
Contents

This manual explains how the program is installed, how it is configured and what to do \
when something goes wrong.

History

The program was first written in 1998 for a university department, and it has been \
maintained by volunteers ever since.

Edit
"""


def test_a_documents_own_one_word_headings_stay() -> None:
    # "Contents", "History" and "Edit" are MediaWiki's words too, but nothing around
    # them is chrome: the author's headings stay.
    assert cleaned_text(MANUAL_WITH_A_CONTENTS_HEADING) == MANUAL_WITH_A_CONTENTS_HEADING


def test_a_heading_over_the_document_s_numbered_questions_stays_under_chrome() -> None:
    """A page's "FAQ" right over its "1. What is ASEAN?", under the page's "print" link:
    a forum's word for its help link, but this document's heading over its own items."""
    page = ("print\n\nFAQ\n\n1. What is ASEAN?\n\nThe Association of Southeast Asian "
            "Nations was established on 8 August 1967 with the signing of the Bangkok "
            "Declaration.\n\n2. Who chairs it?\n\nThe chair rotates every year among its "
            "member states, in alphabetical order.\n")
    assert list(removed_lines(page)) == ["print"]


INSIDE_THE_ARTICLE = """\
Wiki editors argue over permanent links

Editors of the encyclopedia met on Tuesday to discuss how old versions of its pages \
should be cited by other sites.

Permanent link

The proposal would add a permanent link to every revision, the organisers said, and \
a vote is expected next month.
"""


def test_an_interface_string_inside_the_article_is_left_to_the_other_rules() -> None:
    assert "Permanent link" not in removed_lines(INSIDE_THE_ARTICLE)


def test_lines_are_compared_without_case_accents_punctuation_or_counts() -> None:
    assert lexicon.is_interface_line("JUMP TO -- NAVIGATION / SEARCH")
    assert lexicon.is_interface_line("Κατηγορίες (12): Εποχές")
    assert not lexicon.is_interface_line("Jump to the navigation bar to search for it.")
    # An address in angle brackets is text, not markup to drop.
    assert not lexicon.is_interface_line("> More information: <https://example.org/tool>.")


def test_the_lexicon_names_its_sources_and_covers_the_cleaners_languages() -> None:
    data = resources.files("cms_i18n.clean").joinpath(
        "data/interface_lexicon.txt").read_text("utf-8")
    header = [line for line in data.splitlines() if line.startswith("#")]
    assert any("bench/make_interface_lexicon.py" in line for line in header)
    for system in ("MediaWiki", "LaTeX2HTML", "Shariff", "Joomla", "wpForo", "NodeBB", "Piwigo",
                   "Coppermine", "InstantCMS", "Ghost (Source theme)"):
        assert any(line.startswith(f"# {system}: github.com/") and "licence" in line
                   for line in header), system
    rows = [line.split("\t") for line in data.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 3 for row in rows)
    assert {"en", "ru", "el", "es", "fr", "de", "zh"} <= {row[0] for row in rows}


GLUED_SHARE_BUTTONS = """\
Council approves new budget for schools

The city council approved on Monday a budget that gives the city's schools more money \
for teachers and repairs next year.

The mayor said the plan would be reviewed again in the spring, once the new figures \
from the state are known.

Share on FacebookShare on Twitter
"""


def test_share_buttons_run_together_by_the_scraper_go() -> None:
    assert "Share on FacebookShare on Twitter" in removed_lines(GLUED_SHARE_BUTTONS)
    assert not lexicon.is_interface_line("Edithistory")


BLOG_POST_WITH_A_SOURCE_LINE = """\
Tuesday, August 14, 2007

About Last Night

Last night a police helicopter circled the neighbourhood for an hour with its search \
light on, and neighbours gathered on their porches to watch.

Источник: Администрация города

No comments:

Post a Comment
"""


def test_a_title_or_a_source_line_that_opens_like_an_interface_string_stays() -> None:
    # "About {*}" and "Источник — «{*}»" are MediaWiki's, but one word and a page's
    # name is how titles and credit lines open too.
    removed = removed_lines(BLOG_POST_WITH_A_SOURCE_LINE)
    assert "About Last Night" not in removed
    assert "Источник: Администрация города" not in removed


CHANGELOG = """\
Recent changes

Version 2.0 adds a command that checks a catalog before it is compiled, and the \
translation memory now keeps one row per unit instead of one per file.

Version 1.9 fixed the handling of plural forms in languages with three of them.
"""


def test_a_two_word_string_alone_at_the_top_is_a_title() -> None:
    # "Recent changes" is MediaWiki's sidebar link, and a changelog's title too.
    assert cleaned_text(CHANGELOG) == CHANGELOG


# A title and two paragraphs of prose in each language, for the lines of the systems below.
_PROSE = {
    "en": ("Harbour works begin in the spring",
           "The council said on Monday that the work on the old harbour wall will begin in "
           "April and should take about two years to finish.",
           "Boats will be moved to the northern quay while the wall is rebuilt, and the ferry "
           "timetable will not change during the works."),
    "ru": ("В городе откроют новую библиотеку",
           "Новая библиотека откроется в центре города в сентябре, сообщили в администрации "
           "в понедельник.",
           "В здании будут читальный зал, детский отдел и помещения для занятий, а фонд "
           "составит около сорока тысяч книг."),
    "el": ("Νέο μουσείο στο κέντρο της πόλης",
           "Το νέο μουσείο θα ανοίξει τις πόρτες του τον Οκτώβριο, ανακοίνωσε ο δήμος τη "
           "Δευτέρα το πρωί.",
           "Οι επισκέπτες θα μπορούν να δουν αρχαία αντικείμενα από τις ανασκαφές της περιοχής "
           "και φωτογραφίες της παλιάς πόλης."),
    "fr": ("Un nouveau pont sur la rivière",
           "Le nouveau pont sera ouvert à la circulation au mois de juin, a annoncé la mairie "
           "lundi matin.",
           "Les travaux ont duré deux ans et ont coûté moins que prévu, selon les services "
           "techniques de la ville."),
    "de": ("Neue Radwege in der Innenstadt",
           "Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege, teilte die Verwaltung "
           "am Montag mit.",
           "Die ersten Abschnitte sollen im Mai fertig sein, die übrigen folgen bis zum Ende "
           "des Sommers."),
}

# One line of each system whose language files the lexicon now reads, as its pages print it.
_NEW_SYSTEMS_LINES = [
    pytest.param("en", "Start Prev 1 2 3 Next End", id="joomla-pager"),
    pytest.param("ru", "Отметить все как прочитанные", id="wpforo"),
    pytest.param("fr", "Partager ce message", id="nodebb"),
    pytest.param("el", "Βαθμολογήστε τη φωτογραφία", id="piwigo"),
    pytest.param("de", "Zuletzt aktualisierte Alben", id="coppermine"),
    pytest.param("ru", "Вернуться на главную", id="instantcms"),
    pytest.param("en", "A collection of 4 posts", id="ghost-tag-page"),
]


@pytest.mark.parametrize(("lang", "line"), _NEW_SYSTEMS_LINES)
def test_another_systems_line_goes_at_the_pages_edge(lang: str, line: str) -> None:
    title, first, second = _PROSE[lang]
    page = f"{title}\n\n{first}\n\n{second}\n\n{line}\n"
    assert line in removed_lines(page)
    assert cleaned_text(page) == f"{title}\n\n{first}\n\n{second}\n"


@pytest.mark.parametrize(("lang", "line"), _NEW_SYSTEMS_LINES)
def test_another_systems_line_inside_the_article_stays(lang: str, line: str) -> None:
    title, first, second = _PROSE[lang]
    page = f"{title}\n\n{first}\n\n{line}\n\n{second}\n"
    assert line not in removed_lines(page)
    assert line in cleaned_text(page)


def test_a_byline_and_a_dateline_are_no_joomla_lines() -> None:
    # Joomla prints "Written by …" and "Published: …" too, but an author's text opens so.
    assert not lexicon.is_interface_line("Written by Maria Papadopoulou")
    assert not lexicon.is_interface_line("Nine out of ten households recycle their glass")


GALLERY_SIDEBAR = """\
Main Street in 1925

The photo shows the south side of Main Street from the bank's corner, with the hardware \
store and the old hotel before the fire of 1931.

It was lent by a family whose grandfather ran the hotel's livery stable for twenty years.

Album info

Random image

Popular tags
"""


def test_a_gallerys_sidebar_titles_go_under_the_photos_text() -> None:
    removed = removed_lines(GALLERY_SIDEBAR)
    assert {"Album info", "Random image", "Popular tags"} <= set(removed)
    assert cleaned_text(GALLERY_SIDEBAR).endswith("livery stable for twenty years.\n")


def test_a_gallerys_block_title_inside_the_text_stays() -> None:
    title, first, second = _PROSE["en"]
    page = f"{title}\n\n{first}\n\nRandom image\n\n{second}\n"
    assert "Random image" in cleaned_text(page)
