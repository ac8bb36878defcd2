"""The meta block of a news page (:mod:`cms_i18n.clean.meta`): the site's lines between
the headline and the first paragraph, and the label of the story's genre over the
headline, judged by shape and place in the languages of the pages.

The pages below are made up for the tests, in the shapes the real sets show (set 15): a
view counter between the dateline and the headline, a comment count under the headline,
a share label glued twice under a caption, a byline's field with its value lost, a
contents label over the standfirst, a caption printed twice, a genre's label.
"""

from __future__ import annotations

import doctest

import pytest

from cms_i18n.clean import clean_document, meta
from cms_i18n.clean.meta import is_bare_count, meta_kind, take_meta_block
from cms_i18n.clean.structure import split_lines

HEADLINE = "Foreign ministers of the bloc meet in Astana to discuss transit corridors"
FIRST = ("The foreign ministers of the bloc met in Astana on Tuesday to discuss new transit "
         "corridors across the Caspian Sea, the host ministry said in a statement.")
SECOND = ("Officials expect the ministers to approve a plan for the corridors before the "
          "summit of the bloc's leaders in the autumn, according to the statement.")
RU_HEADLINE = "Министры иностранных дел обсудили в Астане транзитные коридоры"
RU_FIRST = ("Министры иностранных дел стран блока встретились во вторник в Астане, чтобы "
            "обсудить новые транзитные коридоры через Каспийское море, сообщило министерство.")
RU_SECOND = ("Чиновники ожидают, что министры одобрят план до саммита лидеров блока осенью, "
             "говорится в заявлении министерства.")
EL_HEADLINE = "Οι υπουργοί Εξωτερικών συζήτησαν στην Αστάνα τους διαδρόμους μεταφορών"
EL_FIRST = ("Οι υπουργοί Εξωτερικών του μπλοκ συναντήθηκαν την Τρίτη στην Αστάνα για να "
            "συζητήσουν νέους διαδρόμους μεταφορών, ανέφερε το υπουργείο σε ανακοίνωση.")


def taken(text: str, chrome: tuple[str, ...] = ()) -> dict[str, str]:
    """The lines :func:`take_meta_block` takes (line → reason), ``chrome`` lines being
    those the other rules found already."""
    lines: list[str | None] = list(split_lines(text.rstrip("\n")).lines)
    views = {i: line for i, line in enumerate(lines) if line and line.strip()}
    found = {i: "page chrome" for i, line in views.items() if line in chrome}
    take_meta_block(lines, views, found)
    return {views[i]: reason for i, reason in found.items() if reason != "page chrome"}


def test_a_view_counter_between_the_dateline_and_the_headline_goes() -> None:
    page = f"06.05.2014, 20:17\n\n2763\n\n{RU_HEADLINE}\n\nФото: ТАСС\n\n{RU_FIRST}\n"
    assert taken(page) == {"2763": "counter line of the meta block"}
    assert clean_document(page).text == (
        f"06.05.2014, 20:17\n\n{RU_HEADLINE}\n\nФото: ТАСС\n\n{RU_FIRST}\n")


def test_a_comment_count_under_the_headline_goes_and_the_paragraph_stays() -> None:
    page = f"{RU_HEADLINE}\n0\n{RU_FIRST}\n"
    assert clean_document(page).text == f"{RU_HEADLINE}\n{RU_FIRST}\n"


@pytest.mark.parametrize("line", [
    "1 234 views", "12 σχόλια", "Комментарии: 5", "Просмотров: 1 520", "3 min read",
    "Lesezeit: 4 Min.", "5 minutos de lectura", "Temps de lecture : 2 min",
    "Tempo de leitura: 3 min", "Χρόνος ανάγνωσης: 2 λεπτά", "Listen to this article",
    "Слушать статью", "Share", "Поделиться", "ΚΟΙΝΟΠΟΙΗΣΗ", "Compartir", "Partager",
    "Teilen", "Compartilhe", "Condividi"])
def test_the_site_s_lines_between_the_headline_and_the_first_paragraph_go(line: str) -> None:
    page = f"{HEADLINE}\n\nBy Anna Berg\n{line}\n\n{FIRST}\n\n{SECOND}\n"
    assert set(taken(page)) == {line}
    assert clean_document(page).text == f"{HEADLINE}\n\nBy Anna Berg\n\n{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("line", [
    "By Anna Berg",                                   # a byline
    "Της Σοφίας Ε. Παυλάκη,",                         # a Greek byline over two lines
    "Δικηγόρου, M.Sc.",                               # the author's job title
    "12 May 2026, 09:45",                             # a dateline
    "2019",                                           # a year
    "3",                                              # a figure that may number a section
    "17",                                             # or a day of the month
    "Photo: Anna Berg / Reuters",                     # a credit
    "Foreign ministers meet",                         # a short subtitle
    "Share prices of the corridor's operator rose",   # a subtitle that opens with "Share"
])
def test_the_article_s_lines_of_the_meta_block_stay(line: str) -> None:
    page = f"{HEADLINE}\n\n{line}\n\n{FIRST}\n\n{SECOND}\n"
    assert taken(page) == {}


def test_figures_that_number_the_page_or_print_a_day_stay() -> None:
    # A day printed on its own line over its month is the dateline's.
    assert taken(f"{HEADLINE}\n\n12\nMay 2026\n\n{FIRST}\n\n{SECOND}\n") == {}
    # Figures all down the page number its parts: subtitles' cues.
    cues = "".join(f"{n}\n00:12:{n - 130}0,220 --> 00:12:{n - 129}0,220\n{FIRST}\n\n"
                   for n in (177, 178, 179))
    assert taken(f"There was a separate language for this\n\n{cues}") == {}


def test_a_share_label_glued_twice_under_a_caption_goes() -> None:
    caption = "1992 год. Министры в зале заседаний / автор фото Иван Петров/ТАСС"
    page = f"{RU_HEADLINE}\n\n{caption}\nПоделитьсяПоделиться\n\n{RU_FIRST}\n\n{RU_SECOND}\n"
    assert taken(page) == {"ПоделитьсяПоделиться": "share line of the meta block"}


def test_a_field_whose_value_was_lost_goes_and_one_with_its_value_stays() -> None:
    page = f"Erstellt von - Uhr\n\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert taken(page) == {"Erstellt von - Uhr": "empty field of the meta block"}
    # "By" over the name it labels is a byline over two lines.
    assert taken(f"{HEADLINE}\n\nBy\nAnna Berg\n\n{FIRST}\n\n{SECOND}\n") == {}
    # A first word set apart from the sentence it opens (a drop cap's) is the sentence's.
    assert taken(f"{HEADLINE}\n\nOn\nthe first day {FIRST[4:]}\n\n{SECOND}\n") == {}


@pytest.mark.parametrize(("field", "headline", "first", "second"), [
    ("Posted by:", HEADLINE, FIRST, SECOND),
    ("Автор:", RU_HEADLINE, RU_FIRST, RU_SECOND),
    ("Por:", HEADLINE, FIRST, SECOND),
    ("Written by", HEADLINE, FIRST, SECOND),
])
def test_a_field_whose_value_was_lost_goes_at_the_page_s_end_as_at_its_top(
        field: str, headline: str, first: str, second: str) -> None:
    article = f"{headline}\n\n{first}\n\n{second}\n"
    for page in (f"{headline}\n\n{field}\n\n{first}\n\n{second}\n",
                 f"{article}\n{field}\n", f"{article}{field}\n"):
        cleaned = clean_document(page)
        assert cleaned.text == article
        assert clean_document(cleaned.text).text == article
        assert [fix.note for fix in cleaned.fixes if fix.kind == "chrome"] in (
            ["empty field of the meta block"], ["empty field at the end of the page"])


@pytest.mark.parametrize("end", [
    "Posted by: Anna Berg",       # the field with its value
    "By",                         # a lone word may end a verse or a sentence
    "Posted by:\nAnna Berg",      # a byline over two lines
])
def test_a_field_with_its_value_or_a_lone_word_at_the_page_s_end_stays(end: str) -> None:
    page = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{end}\n"
    assert clean_document(page).text == page


def test_a_contents_label_goes_only_when_no_contents_follow_it() -> None:
    page = f"{HEADLINE}\n\n12/05/2026 às 18:25\nLeia nesta página:\n\n{FIRST}\n\n{SECOND}\n"
    assert taken(page) == {"Leia nesta página:": "contents label with no contents"}
    listed = f"{HEADLINE}\n\nOn this page:\n\n1. Transit\n2. Trade\n\n{FIRST}\n\n{SECOND}\n"
    assert taken(listed) == {}


def test_of_a_caption_printed_twice_the_copy_with_the_viewer_s_buttons_goes() -> None:
    first = "Die Minister trafen sich in Astana. (Foto) Suche"
    second = "Die Minister trafen sich in Astana. Bild: picture alliance/dpa | Anna Berg"
    page = f"{HEADLINE}\n\n{FIRST}\n\n{first}\n{second}\n\n{SECOND}\n"
    assert taken(page) == {first: "caption's copy with the viewer's buttons"}


def test_a_picture_s_file_name_over_its_caption_goes() -> None:
    caption = ("Arte El Salto Los ministros de Exteriores en Astana, durante la reunión del "
               "bloque.")
    page = f"{HEADLINE}\n\n{FIRST}\nmix de ministros astana 1\n{caption}\n\n{SECOND}\n"
    assert taken(page) == {"mix de ministros astana 1": "picture's file name over its caption"}


def test_a_picture_s_label_with_its_alt_text_over_the_headline_goes() -> None:
    label = "Capa da publicação Ministros em Astana?"
    page = f"{label}\n\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert taken(page) == {label: "picture's label over the headline"}
    # Under the headline, the same words open the article's own lines.
    assert taken(f"{HEADLINE}\n\n{FIRST}\n\nFeatured image of the week: {SECOND}\n") == {}


@pytest.mark.parametrize(("label", "headline", "first", "second"), [
    ("Análisis", HEADLINE, FIRST, SECOND),
    ("ΠΟΛΙΤΙΚΗ", EL_HEADLINE, EL_FIRST, EL_FIRST.replace("Τρίτη", "Τετάρτη")),
    ("Аналитика", RU_HEADLINE, RU_FIRST, RU_SECOND)])
def test_a_genre_or_section_label_right_above_the_headline_goes(
        label: str, headline: str, first: str, second: str) -> None:
    page = f"{label}\n{headline}\n\n{first}\n\n{second}\n"
    assert taken(page) == {label: "genre label over the headline"}
    assert clean_document(page).text == f"{headline}\n\n{first}\n\n{second}\n"


def test_a_page_with_no_headline_above_its_first_paragraph_is_left_alone() -> None:
    assert taken(f"Share\n\n{FIRST}\n\n{SECOND}\n") == {}
    assert taken(f"{FIRST}\n\n0\n\n{SECOND}\n") == {}


def test_kinds_and_counts_by_their_words() -> None:
    assert meta_kind("Share this article") == "share"
    assert meta_kind("Share prices fell by 3 per cent on Monday.") is None
    assert is_bare_count("1 234") and not is_bare_count("2026")


def test_docstring_examples() -> None:
    result = doctest.testmod(meta)
    assert result.attempted > 0 and result.failed == 0


def test_an_empty_date_field_under_the_headline_goes() -> None:
    # epiloges.tv/serres-adelfotita-mikrasiaton-…-video: the field's value was lost
    text = ("Σέρρες: Αδελφότητα Μικρασιατών “Ο Άγιος Πολύκαρπος”- To 2022 θα είναι μια "
            "σπουδαία χρονιά (video)\n\nDate:\n\nΤο 2021 συμπληρώνονται 49 χρόνια από την "
            "ίδρυση της Αδελφότητας Μικρασιατών και η αδελφότητα δεν σταμάτησε το έργο της.\n")
    assert clean_document(text).text == text.replace("Date:\n\n", "")


def test_the_greek_share_label_in_the_second_person_is_a_share_button() -> None:
    # attikanea.info: "Μοίρασέ το" under the byline, besides the spec's "Μοιράσου το"
    assert meta_kind("Μοίρασέ το") == "share"
    assert meta_kind("Μοίρασέ το με τους φίλους σου, είπε η δασκάλα.") is None
