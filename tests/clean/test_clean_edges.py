"""The edges of a scraped news page (:mod:`cms_i18n.clean.edges`): short lines that say
nothing of the article above its headline and below its last paragraph, a line printed
twice in a row, a panel of labels over their figures.

The pages below are made up for the tests, in the shapes the real sets show: a logo's
alt text over a menu and a headline, a widget's heading under the article, a teaser's
lead printed again as the first paragraph, a forum member's panel.
"""

from __future__ import annotations

import pytest

from cms_i18n.clean import clean_document
from cms_i18n.clean.edges import is_quote_line, is_tag_line, take_closing_run, take_edges
from cms_i18n.clean.structure import code_mask, split_lines
from tests.support.cleaning import cleaned_text

HEADLINE = "Foreign ministers of the bloc meet in Astana to discuss transit corridors"
FIRST = ("The foreign ministers of the bloc met in Astana on Tuesday to discuss new transit "
         "corridors across the Caspian Sea, the host ministry said in a statement.")
SECOND = ("Officials expect the ministers to approve a plan for the corridors before the "
          "summit of the bloc's leaders in the autumn, according to the statement.")
ARTICLE = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
# Chrome the other rules know: evidence that the page was scraped.
ACCOUNT = "Subscribe\nSearch\nSign In\n"


def edges(text: str, chrome: tuple[str, ...] = ()) -> dict[str, str]:
    """The lines :func:`take_edges` takes (line → reason), ``chrome`` lines being those
    the other rules found already."""
    lines: list[str | None] = list(split_lines(text.rstrip("\n")).lines)
    views = {i: line for i, line in enumerate(lines) if line and line.strip()}
    found = {i: "page chrome" for i, line in views.items() if line in chrome}
    take_edges(lines, code_mask([line or "" for line in lines]), views, found)
    return {views[i]: reason for i, reason in found.items() if reason != "page chrome"}


def test_a_short_line_that_says_nothing_of_the_article_above_its_headline_goes() -> None:
    page = "Header picture\n\nSubscribe\n\n" + ARTICLE
    assert edges(page, ("Subscribe",)) == {"Header picture": "short line above the headline"}
    # Two capitalised words are a name's shape, which the article keeps, unless they say
    # what an image is ("Header Picture", "Logo Image").
    assert edges("Silver Lake\n\nSubscribe\n\n" + ARTICLE, ("Subscribe",)) == {}
    assert edges("Header Picture\n\nSubscribe\n\n" + ARTICLE, ("Subscribe",)) == {
        "Header Picture": "short line above the headline"}


def test_without_chrome_around_it_a_short_line_above_an_article_is_the_author_s() -> None:
    assert edges("Header picture\n\n" + ARTICLE) == {}


def test_a_headline_printed_twice_shows_the_page_was_scraped() -> None:
    page = f"Top Stories\n{HEADLINE}\nWorld\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert edges(page) == {"Top Stories": "short line above the headline",
                           "World": "short line above the headline"}


@pytest.mark.parametrize("line", [
    "Astana, 12 May 2026",        # a dateline: a figure
    "By Anna Berg",               # a byline
    "Anna Berg",                  # a name alone
    "FOR IMMEDIATE RELEASE",      # capitals: a release's mark, a name in capitals
    "From: Press Office",         # a header field
    "Transit corridors",          # it shares a word with the article
    "• Written by Staff",         # an item of a list
    "Officials said so.",         # a sentence
])
def test_the_kinds_the_article_keeps_above_its_headline_stay(line: str) -> None:
    assert edges(f"Subscribe\n\n{line}\n\n" + ARTICLE, ("Subscribe",)) == {}


def test_a_short_line_after_the_article_goes_where_the_page_shows_chrome_there() -> None:
    page = ARTICLE + "\nLatest in sport\n\nSubscribe\n"
    assert edges(page, ("Subscribe",)) == {"Latest in sport": "short line after the article"}
    # An advertisement's mark shows nothing of the page's end.
    assert edges(ARTICLE + "\nLatest in sport\n\nAdvertisement\n", ("Advertisement",)) == {}


def test_the_page_s_last_line_alone_after_the_article_stays() -> None:
    """Nothing else after the article shows chrome: it may be where a store cut the page
    ("Among the com"), and a page's closing heading is the author's."""
    for tail in ("Among the com", "What happens next"):
        page = ARTICLE + "\n" + tail + "\n"
        assert edges(page) == {}
        assert cleaned_text(page) == page


def test_a_poem_s_short_last_lines_stay() -> None:
    poem = ("As the river ages, it widens the valley\ngiving all of us a place to sit\n"
            "under the willows\n\n" + ARTICLE + "\nExit\n\nSubscribe\n")
    assert edges(poem, ("Subscribe",)) == {}


def test_a_line_printed_twice_in_a_row_is_kept_once() -> None:
    page = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{SECOND}\n"
    assert edges(page) == {SECOND: "line printed twice in a row"}
    assert cleaned_text(page) == ARTICLE


@pytest.mark.parametrize("page", [
    # A refrain of a few words.
    "Row, row on\n\nRow, row on\n\n" + ARTICLE,
    # A line between the copies: the text's own repetition.
    f"{HEADLINE}\n\n{FIRST}\nSee the map below.\n\n{FIRST}\n\n{SECOND}\n",
])
def test_a_refrain_and_a_repetition_with_a_line_between_stay(page: str) -> None:
    assert "line printed twice in a row" not in edges(page).values()


def test_a_panel_of_labels_over_their_figures_above_the_article_goes() -> None:
    page = (f"{HEADLINE}\n\nSenior Member\nJoined\nMar 3, 2011\nPosts\n4,210\n"
            f"Likes\n17\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n")
    taken = edges(page)
    assert {"Senior Member", "Joined", "Mar 3, 2011", "Posts", "4,210", "Likes", "17"} <= set(
        taken)
    assert HEADLINE not in taken and FIRST in clean_document(page).text


def test_a_table_of_figures_in_the_article_stays() -> None:
    table = "Year\n2024\nExports\n1,200\nImports\n900"
    page = f"{HEADLINE}\n\n{FIRST}\n\n{table}\n\n{SECOND}\n"
    assert edges(page) == {}


def test_a_page_s_tags_on_one_line_go() -> None:
    tags = "Kazakhstan, Caspian Sea, Transit Corridors, Council of Foreign Ministers"
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{tags}\n\n{SECOND}\n") == {tags: "tag line"}
    labelled = "Keywords: transit, caspian sea,"
    assert edges(f"{ARTICLE}{labelled}\n") == {labelled: "tag line"}


@pytest.mark.parametrize("line", [
    "Russia, China, India and Brazil",           # a sentence's list
    "Headquarters: Astana, Kazakhstan",          # a field and its value
    "Astana, Almaty, Shymkent",                  # three names: a list, no page's tags
])
def test_a_list_of_names_in_the_article_is_no_tag_line(line: str) -> None:
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n") == {}
    assert not is_tag_line(line, labelled=True)


def test_a_caption_naming_people_inside_the_article_is_no_tag_line() -> None:
    """A walking club's photo captions between its posts: the names end as a sentence's
    list does, the last two joined by "&"; at the page's edge, tags still go."""
    caption = "Jill, Cathy, Neil, Kate, Geoff, Ruth & Cynthia"
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{caption}\n\n{SECOND}\n") == {}
    tags = "Kazakhstan, Caspian Sea, Transit Corridors, Arts & Culture"
    assert edges(f"{ARTICLE}{tags}\n") == {tags: "tag line"}


def test_market_quotes_at_the_page_s_edge_go() -> None:
    assert edges(f"XYZ 37.01 Down ▼ -0.99 (-2.61%)\n{ARTICLE}\n$ 451.27  489.13  4.87\n") == {
        "XYZ 37.01 Down ▼ -0.99 (-2.61%)": "market quotes at the page's edge",
        "$ 451.27  489.13  4.87": "market quotes at the page's edge"}
    # A sentence with figures is the article's.
    assert not is_quote_line("Exports rose by 4.5% to 12.3 billion in 2025.")


def test_a_trail_that_ends_in_the_headline_goes() -> None:
    trail = f"Example Portal > News > {HEADLINE}"
    assert edges(f"{trail}\n\n{ARTICLE}") == {trail: "breadcrumb ending in the headline"}
    # A trail to a section, with no headline at its end, is for the other rules.
    assert edges(f"Example Portal > News > World\n\n{ARTICLE}") == {}


def test_a_teaser_s_headline_under_a_line_taken_after_the_article_goes() -> None:
    teaser = "An ancient bronze mirror turns up in a farmer's field in Norway"
    page = f"{ARTICLE}\nPicture alt\n{teaser}\n"
    assert edges(page, ("Picture alt",)) == {teaser: "teaser after the article"}
    # Not under chrome, or speaking of the article: the article's own.
    assert edges(f"{ARTICLE}\n{teaser}\n") == {}
    assert edges(f"{ARTICLE}\nPicture alt\n{HEADLINE}\n", ("Picture alt",)) == {}


def test_words_printed_twice_on_a_line_above_the_article_go() -> None:
    assert edges(f"Astana Transit Astana Transit\n\n{ARTICLE}") == {
        "Astana Transit Astana Transit": "words printed twice"}
    assert edges(f"New York New York, the song says.\n\n{ARTICLE}") == {}


def test_a_short_line_in_another_script_above_the_headline_shows_itself() -> None:
    """No other chrome on the page: a line in another script than the whole article
    ("Logo Image" over a Greek one) is evidence enough; in the article's script it stays."""
    title = "Οι υπουργοί Εξωτερικών συναντώνται στην Αστάνα για τους διαδρόμους"
    first = ("Οι υπουργοί Εξωτερικών συναντήθηκαν στην Αστάνα την Τρίτη για να συζητήσουν "
             "τους νέους διαδρόμους μεταφορών, ανέφερε το υπουργείο σε ανακοίνωση.")
    second = ("Οι αξιωματούχοι αναμένουν ότι οι υπουργοί θα εγκρίνουν σχέδιο για τους "
              "διαδρόμους πριν από τη σύνοδο κορυφής, σύμφωνα με την ανακοίνωση.")
    article = f"{title}\n\n{first}\n\n{second}\n"
    assert edges(f"Logo Image\n\n{article}") == {"Logo Image": "short line above the headline"}
    assert edges(f"Κεντρική εικόνα\n\n{article}") == {}


def test_a_sentence_printed_above_the_article_and_again_in_it_goes_once() -> None:
    page = f"{SECOND}\n{HEADLINE}\n\n{FIRST}\n{SECOND}\n"
    assert edges(page) == {SECOND: "copy of a sentence below it"}
    # Far below, or a short line (a refrain), it is the text's own.
    far = "\n\n".join([SECOND, HEADLINE, FIRST, FIRST + " One.", FIRST + " Two.",
                       FIRST + " Three.", FIRST + " Four.", SECOND]) + "\n"
    assert "copy of a sentence below it" not in edges(far).values()


def test_a_teaser_under_the_headline_printed_again_under_the_picture_goes() -> None:
    """A news site's page (a dev set): the headline, the article's first paragraph as its
    summary, the picture's caption, then the article with that paragraph.  The page shows
    its chrome; without it, a text that opens so keeps both."""
    caption = "The ministers arrive at the venue on Tuesday in Astana, the capital."
    page = f"Skip to content\n\n{HEADLINE}\n\n{FIRST}\n{caption}\n\n{FIRST}\n\n{SECOND}\n"
    assert edges(page, chrome=("Skip to content",)) == {FIRST: "copy of a sentence below it"}
    assert "copy of a sentence below it" not in edges(page.split("\n\n", 1)[1]).values()


def test_a_field_naming_a_person_is_no_tag_line() -> None:
    line = "Presenter: Anna Berg, M.D., Centre for Transit Studies"
    assert not is_tag_line(line, labelled=True)
    assert not is_tag_line("Speaker: Anna Berg, Centre for Transit Studies, Astana",
                           labelled=True)


@pytest.mark.parametrize("line", ["Embed video", "Site logo", "Emblem of the Ministry"])
def test_what_a_player_or_an_image_left_above_the_headline_goes(line: str) -> None:
    assert edges(f"{line}\n{ARTICLE}") == {line: "image or player text above the headline"}


def test_a_caption_sentence_or_a_label_naming_an_image_above_the_headline_stays() -> None:
    for line in ("The video shows the ministers arriving.", "Video: Anna Berg"):
        assert edges(f"{line}\n\n{ARTICLE}") == {}


def test_fields_of_figures_and_dates_above_the_article_go() -> None:
    fields = "• published: 18 October 2021\n  • time: 9:16 pm\n  • No: 19360\n"
    taken = edges(f"{fields}\n{ARTICLE}")
    assert set(taken) == {"• published: 18 October 2021", "  • time: 9:16 pm", "  • No: 19360"}
    # Two fields, or fields of words, are the article's ("Location: Astana").
    assert edges(f"• published: 18 October 2021\n• No: 19360\n\n{ARTICLE}") == {}
    assert edges(f"Where: Astana\nWho: ministers\nWhat: talks\n\n{ARTICLE}") == {}


def test_a_line_with_a_third_copy_is_left_to_the_top_rules() -> None:
    page = f"{HEADLINE}\n\n{HEADLINE}\n\n{HEADLINE}.\n\n{FIRST}\n\n{SECOND}\n"
    assert "line printed twice in a row" not in edges(page).values()


def test_an_image_s_name_with_its_size_over_the_headline_goes() -> None:
    alt = f"ministers AFP 640x360 - {HEADLINE}"
    page = f"{HEADLINE}\n\n{alt}\n\n{FIRST}\n"
    assert edges(page) == {alt: "image's name over its headline"}
    # A size in a line of its own words is the article's ("screens of 1920x1080").
    assert edges(f"{HEADLINE}\n\nBoth screens show 1920x1080 pixels\n\n{FIRST}\n") == {}


def test_a_text_free_of_chrome_may_come_back_to_its_opening_sentence() -> None:
    opening = "Ο SCO εστιάζει στην ενίσχυση της αμοιβαίας εμπιστοσύνης μεταξύ των κρατών μελών."
    text = (f"{opening}\n\n"
            "Η ΕΕ και ο NATO συμφώνησαν· ο ΟΗΕ και η UNESCO χαιρέτισαν τη συμφωνία.\n\n"
            "Ο CSTO και η SCO συναντήθηκαν στη Μόσχα, ενώ ο πόλεμος θυμίζει πολλά.\n\n"
            "Στο πείραμα η διαφορά ήταν 5 K και η αντίσταση 2 MΩ, με ΔH = −40 kJ.\n\n"
            f"{opening}\n")
    assert clean_document(text).text == text
    # Printed again right under it, it is a teaser's copy above the article's own.
    teaser = f"{opening}\n\n{opening}\n\nΗ ΕΕ και ο NATO συμφώνησαν χθες στις Βρυξέλλες.\n"
    assert clean_document(teaser).text == teaser.split("\n\n", 1)[1]


def test_a_related_story_that_shares_the_article_s_words_goes_with_its_list() -> None:
    article = ("SCO defence ministers meet in Bishkek\n\n"
               "Defence ministers of the SCO member states met in Bishkek on Tuesday to agree "
               "the plan of joint exercises for next year, the host ministry said.\n\n"
               "Observers from India and Pakistan attended the opening session as guests of "
               "the host country.\n")
    related = ("\nRelated articles\n\nCSTO launches rapid reaction drills\n\n"
               "Kazakhstan hosts Central Asian summit\n\n"
               "India and Pakistan send observers to SCO exercise\n")
    assert clean_document(article + related).text == article


def test_a_dateline_s_place_under_a_byline_is_kept_above_the_headline() -> None:
    from cms_i18n.clean.edges import is_place

    assert is_place("Washington, DC") and is_place("Novo-Ogaryovo, Moscow Region")
    assert not is_place("Home, sweet home") and not is_place("Washington")


@pytest.mark.parametrize("line", [
    "Path C: Scotland, Norway, Serbia, Bulgaria/Israel/Hungary/Romania",   # a draw's group
    "A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra",  # an interview's answer
])
def test_a_list_under_the_article_s_own_label_between_paragraphs_stays(line: str) -> None:
    page = (f"Share Facebook Twitter Email\n\n{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n\n"
            "Share Facebook Twitter Email\n")
    assert line in cleaned_text(page).splitlines()
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n") == {}


def test_tags_under_a_tag_label_or_beside_chrome_between_paragraphs_still_go() -> None:
    tags = "Topics: Kazakhstan, Caspian Sea, Transit Corridors, Council of Foreign Ministers"
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{tags}\n\n{SECOND}\n") == {tags: "tag line"}
    labelled = "Path C: Kazakhstan, Caspian Sea, Transit Corridors, Foreign Ministers"
    assert edges(f"{HEADLINE}\n\n{FIRST}\n\n{labelled}\n\nSubscribe\n\n{SECOND}\n",
                 ("Subscribe",)) == {labelled: "tag line"}


def test_lines_of_chinese_verse_above_the_headline_are_not_judged_by_their_spaces() -> None:
    verse = "爱 逝去的爱 讨不回来\n\n我还有话想对你说\n\n舍不得说 来不及说\n\n"
    assert edges(f"Header picture\n\nSubscribe\n\n{verse}{ARTICLE}", ("Subscribe",)) == {
        "Header picture": "short line above the headline"}


def test_short_subheadings_under_a_posted_by_byline_stay_the_menu_above_it_goes() -> None:
    page = ("Header picture\n\nSubscribe\n\nPosted 11. April 2018 by Walter von Aachen\n\n"
            f"Standorte\n\nShuji: Japan.\n\nKameras\n\nShuji: Widelux.\n\n{ARTICLE}")
    assert edges(page, ("Subscribe",)) == {"Header picture": "short line above the headline"}


# The chrome closing a page, by kind and language (take_closing_run): made-up pages in the
# shapes of the thirteenth real set.
GREEK_STORY = ("Επεισόδια σημειώθηκαν το απόγευμα στο κέντρο της πόλης, όπου ομάδες νεαρών "
               "συγκρούστηκαν με τις δυνάμεις της αστυνομίας έξω από το πανεπιστήμιο.\n")
RUSSIAN_POEM = ("Метель\n\nНад полем белым ветер стонет,\nИ снег летит из темноты,\n"
                "Никто дорогу не затронет,\nГде спят усталые кусты.\n")
GERMAN_POEM = ("Herbstabend\n\nDie Sonne wärmt ein wenig noch\nder Wind allmählich kalt\n"
               "Vom Osten kam der Gänseschwarm\nzum langen Aufenthalt\n\n"
               "Gesehen im Garten am Fluss\n")


def test_a_greek_site_s_follow_and_read_more_at_its_address_lines_close_the_page() -> None:
    page = (GREEK_STORY + "Ακολουθήστε το example.gr στο Google News και μάθετε πρώτοι "
            "όλες τις ειδήσεις\nΔείτε όλες τις τελευταίες ειδήσεις από την Ελλάδα και τον "
            "Κόσμο, τη στιγμή που συμβαίνουν, στο example.gr\n")
    assert cleaned_text(page) == GREEK_STORY


def test_a_list_of_other_poems_under_its_header_closes_the_page_the_poem_stays() -> None:
    page = RUSSIAN_POEM + "\nПопулярные стихи\nОсенний лес\nПисьмо к другу\nНочная дорога\n"
    assert cleaned_text(page) == RUSSIAN_POEM


@pytest.mark.parametrize("header", ["Das könnte Sie auch interessieren", "Weitere Gedichte",
                                    "Другие стихи автора", "Άλλα ποιήματα του ποιητή",
                                    "Otros poemas del autor", "Vous aimerez aussi"])
def test_a_list_s_header_alone_at_the_page_s_end_goes_in_each_language(header: str) -> None:
    assert cleaned_text(GERMAN_POEM + header + "\n") == GERMAN_POEM


def test_a_community_site_s_likes_sign_up_comment_prompt_and_rules_go() -> None:
    """A counter over its label, a call to sign in, a comment prompt, the site's rules,
    and the line between them that names no kind of chrome; the poet's note stays."""
    page = (GERMAN_POEM + "1\nEinem Mitglied gefällt das:\nSchon dabei? Hier anmelden!\n"
            "Schreiben Sie einen Kommentar zum Beitrag:\nSpam und Eigenwerbung sind nicht "
            "gestattet.\nMehr dazu in unserem Verhaltenskodex.\n")
    assert cleaned_text(page) == GERMAN_POEM


def test_empty_form_and_tag_labels_under_a_poem_go() -> None:
    assert cleaned_text(GERMAN_POEM + "Gedichtform:\nThema / Schlagwort:\n") == GERMAN_POEM


def test_an_aggregator_s_source_keywords_and_random_topics_labels_go() -> None:
    page = GREEK_STORY + "\nSource\n\nKeywords\nΤυχαία Θέματα\n"
    assert cleaned_text(page) == GREEK_STORY


@pytest.mark.parametrize("notice", [
    "This story was automatically generated from a syndicated feed; only the headline "
    "may have been edited.",
    "(This story has not been edited by our staff and is auto-generated from a syndicated "
    "feed.)",
    "Перепечатка материалов разрешена только со ссылкой на источник.",
    "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
    "Etiquetas: política, economía, elecciones",
    "Síguenos en Facebook y Twitter",
])
def test_a_notice_a_call_or_a_tag_line_closing_a_page_goes(notice: str) -> None:
    assert cleaned_text(ARTICLE + "\n" + notice + "\n") == ARTICLE


@pytest.mark.parametrize("last", [
    "Подписаться на рассылку можно на сайте ведомства, сообщил представитель министерства.",
    "The story was automatically generated from a syndicated feed, the agency admitted on "
    "Monday, and no editor had read it before it went out.",
    "Комментарии к законопроекту министерство опубликует на следующей неделе.",
])
def test_the_same_words_in_the_article_s_last_sentence_stay(last: str) -> None:
    page = ARTICLE + "\n" + last + "\n"
    assert cleaned_text(page) == page


@pytest.mark.parametrize("line", ["Source", "Тел.: +7 495 123-45-67", "Gedichtform: Sonett"])
def test_a_weak_line_alone_at_the_end_opens_no_run(line: str) -> None:
    # (a bare label, nothing after its colon, goes alone: test_clean_page_end)
    page = RUSSIAN_POEM + "\n" + line + "\n"
    assert cleaned_text(page) == page


def test_chrome_above_the_article_s_last_line_is_left_to_the_other_rules() -> None:
    """The walk stops at the first line that is none of the kinds: a call between the
    article's paragraphs is not the closing run's."""
    page = f"{HEADLINE}\n\n{FIRST}\n\nЧитайте также\n\n{SECOND}\n"
    lines = list(split_lines(page.rstrip("\n")).lines)
    views = {i: line for i, line in enumerate(lines) if line and line.strip()}
    found: dict[int, str] = {}
    take_closing_run(lines, views, found)
    assert found == {}


def test_a_russian_news_site_s_footer_closes_the_page() -> None:
    """Its register, its masthead's fields, its age rating and its contact lines go; the
    story's last sentence, which names a subscription, stays."""
    story = ("Власти города продлили приём заявок на субсидии до конца месяца.\n\n"
             "Подписаться на уведомления о новых программах можно на портале мэрии, "
             "сообщили в администрации.\n")
    footer = ("\nСетевое издание «Пример» зарегистрировано Роскомнадзором, свидетельство о "
              "регистрации СМИ ЭЛ № ФС 77-12345.\nУчредитель: ООО «Пример Медиа»\n"
              "Главный редактор: Анна Петрова\nТелефон редакции: +7 495 123-45-67\n"
              "E-mail: news@example.ru\n18+\n"
              "При использовании материалов ссылка на сайт обязательна.\n")
    assert cleaned_text(story + footer) == story


POLICY_TOP = """\
×

Federal Agency Announces Nationwide Policy Change

December 16, 2025
Share
Laura-Mitchell

Laura J. Mitchell

Knowledge & Innovation Specialist

Federal agency announces nationwide policy change during official briefing
openknowledge

U.S. Federal Agency Unveils Major Nationwide Policy Shift

A major U.S. federal agency has formally announced a nationwide policy change, marking a \
pivotal moment for regulatory practices across the country.

Agency officials stated that the policy adjustment is intended to modernize existing \
frameworks while ensuring consistency across all states.
"""


def test_an_author_s_title_and_a_picture_s_credit_above_a_subheading_stay() -> None:
    cleaned = cleaned_text(POLICY_TOP)
    assert "\nLaura J. Mitchell\n\nKnowledge & Innovation Specialist\n" in cleaned
    assert "briefing\nopenknowledge\n" in cleaned
    assert "Laura-Mitchell" not in cleaned and "Share" not in cleaned


def test_a_section_s_name_under_a_copy_of_the_headline_still_goes() -> None:
    text = ("Annual summit of the bloc opens in Tashkent today\nPolitics\n\n"
            "Annual summit of the bloc opens in Tashkent today\n\n"
            "The annual summit of the bloc opened in Tashkent on Tuesday, with the leaders of "
            "six member states taking part in the talks.\n\n"
            "Eleven documents have been prepared for signing at the summit, officials said.\n")
    assert "\nPolitics\n" not in cleaned_text(text)


# A blog platform's own lines closing the page (take_closing_run with the blog kinds of
# data/closing.txt): made-up pages in the shapes of the sixteenth real set.
PORTUGUESE_POEM = ("Canção da tarde\n\nA tarde cai devagar\nsobre o telhado da casa,\n"
                   "e o vento, sem pressa,\nleva as folhas do quintal.\n\n"
                   "Maria Ferreira 02.03.15\n")
SPANISH_POEM = ("Tarde de lluvia\nLa lluvia cae despacio\nsobre los tejados grises,\n"
                "y el viento se lleva\nlas hojas del patio.\nAutor: Juan Pérez Gómez\n")


@pytest.mark.parametrize(("poem", "block"), [
    (PORTUGUESE_POEM, "\nNenhum comentário:\n\nPostar um comentário\n"),
    (PORTUGUESE_POEM, "Sem comentários:\nEnviar um comentário\nO seu comentário espera "
                      "moderação\n"),
    (PORTUGUESE_POEM, "\nPostado por Maria Ferreira às 10:32\nEnviar por e-mail\nBlogThis!\n"
                      "Compartilhar no X\nCompartilhar no Facebook\n\n3 comentários:\n"),
    (PORTUGUESE_POEM, "\nPostagem mais recente Postagem mais antiga Página inicial\n"),
    (SPANISH_POEM, "No hay comentarios :\nPublicar un comentario\nNota: solo los miembros "
                   "de este blog pueden publicar comentarios.\n"),
    (SPANISH_POEM, "Para poder comentar y calificar este poema, debes estar registrad@. "
                   "Regístrate aquí o si ya estás registrad@, logueate aquí.\n"),
])
def test_a_blog_s_comment_block_record_and_pager_under_a_poem_go_the_signature_stays(
        poem: str, block: str) -> None:
    assert cleaned_text(poem + block) == poem


def test_a_writing_site_s_record_and_copyright_go_the_author_s_name_stays() -> None:
    poem = "Hoje não tem poesia\n\nHoje é um dia triste\n\nNas estradas\n\nzemary\n"
    record = ("Enviado por zemary em 27/05/2018\nCódigo do texto: T6347791\n"
              "Classificação de conteúdo: seguro\nCopyright © 2018. Todos os direitos "
              "reservados.\nVocê não pode copiar, exibir, distribuir, executar, criar obras "
              "derivadas nem fazer uso comercial desta obra sem a devida permissão do autor.\n")
    assert cleaned_text(poem + record) == poem


def test_a_russian_platform_s_counters_and_scroll_buttons_go_the_poem_s_date_stays() -> None:
    poem = RUSSIAN_POEM + "\n5.11.2003\n"
    assert cleaned_text(poem + "\n+4\n129\n\n0 комментариев, по\n\n1 305 0 139\nНаверх Вниз\n"
                        ) == poem


def test_a_year_under_a_poem_stays_the_comment_block_under_it_goes() -> None:
    poem = RUSSIAN_POEM + "\n1999\n"
    assert cleaned_text(poem + "\nНет комментариев:\n\nОтправить комментарий\n") == poem


def test_the_author_s_source_line_stays_above_a_greek_blog_s_comment_block() -> None:
    poem = ("Ωραία που το διάβασες το ποίημα\nμε προσοχή και αστική συγκίνηση\n\n"
            "Γιάννης Στίγκας\n\nπηγή : Διαδηλώνω για την πατρίδα μου\n")
    assert cleaned_text(poem + "\nΔεν υπάρχουν σχόλια:\n\nΔημοσίευση σχολίου\n") == poem


@pytest.mark.parametrize("closing", [
    "Subscribe to our newsletter\nGet the latest posts delivered right to your inbox.",
    "Assine nossa newsletter\nReceba as novidades no seu e-mail.",
    "Related", "Читайте также", "Διαβάστε επίσης", "Relacionados",
    "© 2024 Όλα τα δικαιώματα διατηρούνται.", "Все права защищены", "Todos os direitos reservados",
])
def test_a_newsletter_box_a_list_s_header_alone_or_a_copyright_closing_the_page_goes(
        closing: str) -> None:
    assert cleaned_text(ARTICLE + "\n" + closing + "\n") == ARTICLE


@pytest.mark.parametrize("last", [
    "Os leitores podem postar um comentário no site do jornal até sexta-feira, disse ele.",
    "Publicado por el Ministerio de Salud el 12 de marzo de 2024",
    "Posted by Linda",
])
def test_a_platform_s_words_in_the_article_s_last_line_stay(last: str) -> None:
    page = ARTICLE + "\n" + last + "\n"
    assert cleaned_text(page) == page


def test_a_blog_s_record_that_is_the_post_s_only_byline_stays_the_block_under_it_goes() -> None:
    """The record goes only where the page names its author already; a record naming
    someone the page names nowhere else is the post's byline."""
    poem = PORTUGUESE_POEM.replace("\nMaria Ferreira 02.03.15\n", "")
    post = poem + "\nPostado por Ana Lima às 10:32\n"
    assert cleaned_text(post + "\nNenhum comentário:\n\nPostar um comentário\n") == post


def test_a_platform_s_author_box_keeps_its_written_by_its_counters_and_responses_go() -> None:
    post = ARTICLE + "\nWritten by Jane Doe\n"
    page = post + "1.2K Followers\n\nResponses (3)\n\nDiscussion about this post\nRestack\n"
    assert cleaned_text(page) == post


@pytest.mark.parametrize("credit", [
    "Reporting by Anna Berg; Editing by Tom Hale",
    "Photo: AP\nReporting by Anna Berg; Editing by Tom Hale",
    "Additional reporting by Tom Hale",
])
def test_a_newsroom_s_credit_closing_the_story_stays(credit: str) -> None:
    """The credit is no teaser's headline after the article, whatever stands above it."""
    page = ARTICLE + "\n" + credit + "\n"
    assert cleaned_text(page) == page
    assert cleaned_text("Subscribe\nSearch\n\n" + page) == page


def test_a_creator_s_call_for_patrons_under_the_post_goes() -> None:
    body = ("I am sitting in a church and having a quiet contemplation about villages in "
            "England.\n\nWhat do you think?\n")
    text = (f"{body}\nMy videos are funded by people like you. If you enjoy them, please help "
            "me make more:\n\nVisit to become a patron.\n\nOr make a one off donation\n\n"
            "Leave a Reply\n")
    assert cleaned_text(text) == body


def test_a_sentence_on_funding_inside_the_article_stays() -> None:
    text = ("The library is funded by people like you, the council said on Monday.\n\n"
            "Its new wing opens in May, and the readers' group meets there every week.\n")
    assert cleaned_text(text) == text


@pytest.mark.parametrize("link", ["НАЗАД", "Go back", "Πίσω", "Zurück"])
def test_a_bare_link_back_closing_the_page_goes(link: str) -> None:
    body = ("Интенсивность подготовки сил возросла с учётом новых вызовов, сообщили в "
            "секретариате организации.\n")
    assert cleaned_text(f"{body}\n{link}  \n\n\n") == body


def test_the_same_word_inside_a_story_stays() -> None:
    text = ("Ο δρόμος ήταν μακρύς και δύσκολος για όλους μας.\n\nΠίσω\n\n"
            "Γυρίσαμε στο χωριό το βράδυ, κουρασμένοι αλλά χαρούμενοι.\n")
    assert cleaned_text(text) == text


def test_a_newspaper_platform_s_comment_rules_under_the_story_go() -> None:
    # indiawest.com: TownNews's comment box under the story, its rules one to a line
    body = "A well-known local band called Baraat Brass played popular patriotic songs, it said.\n"
    rules = ("(0) comments\nWelcome to the discussion.\nKeep it Clean. Please avoid obscene, "
             "vulgar, lewd, racist or sexually-oriented language.\nPLEASE TURN OFF YOUR CAPS "
             "LOCK.\nDon't Threaten. Threats of harming another person will not be tolerated.\n"
             "Be Truthful. Don't knowingly lie about anyone or anything.\nBe Nice. No racism, "
             "sexism or any sort of -ism that is degrading to another person.\nBe Proactive. "
             "Use the 'Report' link on each comment to let us know of abusive posts.\nShare "
             "with Us. We'd love to hear eyewitness accounts, the history behind an article.\n")
    assert cleaned_text(body + rules) == body


def test_a_reader_s_plea_to_keep_it_clean_inside_a_story_stays() -> None:
    text = ("Keep it clean, the mayor told the volunteers before the beach day began.\n\n"
            "Be nice to each other, she added, and the crowd laughed.\n")
    assert cleaned_text(text) == text


def test_a_picture_s_line_printed_twice_as_two_paragraphs_keeps_one_copy() -> None:
    text = ("Why club websites fail\n\nby Ann Carter, District Communications\n\n"
            "Many clubs have a website nobody has touched in years, and visitors notice it "
            "long before they read a single word of the club's news.\n\n"
            "The Middle Ground\n\n"
            "Most club websites fall somewhere in the middle: the banner names the club but "
            "says nothing about what it does or where it meets.\n\n"
            "Tired, Tidy or Terrific pages\n\n"
            "Tired, Tidy or Terrific pages\n\n"
            "A page that was last touched years ago tells a visitor more about the club than "
            "any mission statement ever could.\n")
    assert cleaned_text(text) == text.replace("Tired, Tidy or Terrific pages\n\n", "", 1)



def test_a_quotations_box_and_a_newsflash_module_closing_the_page_go() -> None:
    """A reference site's quotations picked by the entry's words, and a Joomla site's
    "Newsflash" with the story it shows, close the page under the article: they go, however
    long their lines; the article keeps its straight quotes, now that the box's curly ones
    are gone."""
    article = ("A resolution is adopted by the fifteen members of the Council, the body charged "
               "with \"primary responsibility for the maintenance of peace\".\n"
               "A draft on other matters is adopted if nine or more members vote for it.\n")
    box = ("Read more about Council Resolution: Terms and Functions\n"
           "Famous quotes containing the words council and/or resolution:\n"
           "“The most important thing in life is not to win but to take part.”\n"
           "—Pierre de Coubertin (1863–1937)\n")
    assert cleaned_text(article + box) == article
    village = ("Our village fair takes place on the first Sunday of August, as every year.\n\n"
               "We look forward to seeing you all there!\n")
    flash = ("\nPictures from the village\n\nNewsflash - Did you know...\n\n"
             "In February 1956 so much snow fell that the road closed and the village was cut "
             "off from the world for weeks, until the army cleared it.\n")
    assert cleaned_text(village + flash) == village


def test_song_titles_in_quotation_marks_after_a_label_are_no_tags() -> None:
    text = ("Okay, enough shade-throwing. Today I'm here to talk about third albums, the "
            "records on which so many bands found their voice, and why they matter.\n\n"
            "There are so many bands I became aware of with their third record, and I find "
            "most great bands peak somewhere in the three-to-five-album phase.\n\n"
            'Key Tracks: "Angel of Death," "Necrophobic," "Raining Blood"\n')
    assert clean_document(text).text == text


def test_sentences_printed_twice_in_a_row_keep_one_copy() -> None:
    # biysk-eparhia.ru: the page's last two sentences printed again right under them.
    third = "After the service the bishop spoke to the parishioners in the church."
    page = f"{HEADLINE}\n\n{FIRST}\n{SECOND}\n{third}\n{SECOND}\n{third}\n"
    assert edges(page) == {SECOND: "paragraphs printed twice in a row",
                           third: "paragraphs printed twice in a row"}
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n{SECOND}\n{third}\n"


def test_a_chorus_sung_twice_and_sentences_with_one_between_stay() -> None:
    chorus = ("    Den away, away, for I can't wait any longer,\n"
              "    Hooray, hooray, I'm going home.\n")
    assert "paragraphs printed twice in a row" not in edges(
        f"{HEADLINE}\n\n{FIRST}\n\n{chorus}{chorus}").values()
    third = "After the service the bishop spoke to the parishioners in the church."
    between = f"{HEADLINE}\n\n{SECOND}\n{third}\nThe choir sang.\n{SECOND}\n{third}\n"
    assert "paragraphs printed twice in a row" not in edges(between).values()


def test_a_caption_printed_twice_keeps_one_copy_each_time_it_recurs() -> None:
    # cheriesplace.me.uk: each picture's caption printed twice, the same caption twice.
    page = (f"{HEADLINE}\n\n{FIRST}\n\nApley Pool\n\nApley Pool\n\n{SECOND}\n\n"
            f"Apley Pool\n\nApley Pool\n\n{FIRST}\n")
    assert cleaned_text(page) == (f"{HEADLINE}\n\n{FIRST}\n\nApley Pool\n\n{SECOND}\n\n"
                                  f"Apley Pool\n\n{FIRST}\n")


def test_a_picture_s_alt_text_over_its_labelled_caption_goes() -> None:
    # workshop-bash.com: the alt text left where the picture was, its caption under it.
    page = (f"{HEADLINE}\n\n{FIRST}\n\nTerminal with interactive Bash session\n"
            f"Figure 1: Terminal with interactive Bash session\n\n{SECOND}\n")
    assert cleaned_text(page) == (f"{HEADLINE}\n\n{FIRST}\n\n"
                                  f"Figure 1: Terminal with interactive Bash session\n\n{SECOND}\n")


def test_a_heading_over_a_figure_that_says_more_stays() -> None:
    page = f"{HEADLINE}\n\n{FIRST}\n\nResults\nFigure 2: Results of the survey\n\n{SECOND}\n"
    assert cleaned_text(page) == page
