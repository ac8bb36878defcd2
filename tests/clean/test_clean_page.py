"""Chrome judged by its place in a scraped page (cms_i18n.clean.page), and what it spares."""

from __future__ import annotations

import pytest

from cms_i18n.clean import CleanOptions, apply_plan, clean_document, clean_unit, explain
from tests.support.cleaning import cleaned_text, removed_lines

SLIDES = """List comprehensions

Python builds a list by embedding a for within list brackets.

>>> [2*i for i in [1,2,3]]

CS 538 Spring 2008

534

The same as mapping the doubling function on the list.

CS 538 Spring 2008

535

Function definitions are of the form def name(args): body.

CS 538 Spring 2008

536

>>> fact(5)

120
"""

SONG = """Oh, shining tree

Six long-headed jazzers play in a whirling cabaret.

Oh, shining tree

A dancing girl whose eyes are bold lifts high a dress of gold.

Oh, shining tree

Were Eve's eyes in the first garden just a bit too bold?
"""


def _removed(text: str) -> list[str]:
    """The lines a whole-document cleaning removed, with the reason of each."""
    result = clean_document(text)
    return [f"{fix.note}: {fix.before}" for fix in result.fixes
            if getattr(fix, "drop_line", False) and fix.kind == "chrome"]


def test_running_footer_and_its_page_numbers_go() -> None:
    result = clean_document(SLIDES)
    assert "CS 538" not in result.text
    for number in ("534", "535", "536"):
        assert f"\n{number}\n" not in result.text
    assert ">>> fact(5)\n\n120\n" in result.text      # a program's output is no page number
    assert "line 7: chrome: 'CS 538 Spring 2008' → '' (running footer)" in explain(
        result.fixes)
    assert apply_plan(SLIDES, result.fixes) == result.text


def test_a_refrain_without_page_numbers_stays() -> None:
    assert clean_document(SONG).text == SONG


def test_page_numbers_that_do_not_count_up_are_no_footer() -> None:
    text = SLIDES.replace("535", "12")
    assert "CS 538 Spring 2008" in clean_document(text).text


SECTION = """Speeches

Paul Monaghan – 2015 Parliamentary Question to the Department for Work and Pensions

The below Parliamentary question was asked by Paul Monaghan on 2015-10-28.
"""


def test_section_label_above_headline_and_body_goes() -> None:
    assert _removed(SECTION) == ["section label: Speeches"]


@pytest.mark.parametrize("text", [
    # a title, then the first paragraph: no headline between them
    "Europe\n\nThe ministers of the member states met in Brussels on Monday to talk.\n",
    # a poem's title, then verse
    "The River\n\nWhen the river is sluggish,\nit calls by name the minion\n",
    # a title and a subtitle, then no paragraph
    "Brexit\n\nWhat the deal means\n\nA list\n",
    # a list at the top, then a title and a paragraph
    "• First point\n• Second point\n\nIcon of the revolution\n\n"
    "The icon of Russian art was shown in Moscow. Watch the skies, he said.\n",
])
def test_a_title_is_no_section_label(text: str) -> None:
    assert clean_document(text).text == text


def test_a_title_over_its_posted_on_byline_under_a_breadcrumb_stays() -> None:
    """The byline "Posted on <date> by <name>" was read as a headline, so the post's
    title over it went as the site's section label."""
    body = ("Summer Social and AGM\n\nPosted on 12 June 2023 by admin\n\nThanks to everyone "
            "who came along to the summer social on Saturday. We had eleven couples on the "
            "floor and the weather held until the very last dance.\n")
    assert clean_document("Home / News / Club News\n\n" + body).text == body


def test_short_lines_closing_the_page_go_with_closing_chrome() -> None:
    text = ("The acting head of the committee told the agency the meeting would be closed.\n"
            "Video: kremlin.ru\nDiscussion ( 0 ) See all\n")
    assert clean_document(text).text == (
        "The acting head of the committee told the agency the meeting would be closed.\n")


@pytest.mark.parametrize("ending", [
    "(With inputs from agencies)\n",               # a note in parentheses
    "- the envoy of Kazakhstan\n- the envoy of Kyrgyzstan\n",   # a list
    "and the talks went on into the night,\n",     # a sentence going on
])
def test_closing_chrome_does_not_take_content_above_it(ending: str) -> None:
    text = ("The acting head of the committee told the agency the meeting would be closed.\n\n"
            + ending + "\nPost a Comment\n")
    assert clean_document(text).text == (
        "The acting head of the committee told the agency the meeting would be closed.\n\n"
        + ending)


def test_a_poem_keeps_its_last_lines_above_a_comment_widget() -> None:
    poem = ("As the river ages, it expands the valley\ngiving all of us a place to sit\n"
            "under the willows\nat dusk\n")
    assert clean_document(poem + "No comments:\nPost a Comment\n").text == poem


def test_author_box_at_the_end_goes() -> None:
    text = ("The treaty was signed in Tashkent on 15 May 1992 by six states of the region.\n\n"
            "About the Author\n\nA grumpy bear of a man who has made Moscow his home.\n")
    assert clean_document(text).text == (
        "The treaty was signed in Tashkent on 15 May 1992 by six states of the region.\n")


def test_paragraphs_after_about_the_author_inside_the_article_stay() -> None:
    text = ("About the author\n\nThe novelist was born in Almaty in 1961 and moved to Moscow.\n\n"
            "Her first book appeared in 1990 and was translated into twelve languages.\n\n"
            "Her second book followed in 1994, after years of travel in Central Asia.\n\n"
            "She now lives in Berlin with her family and teaches creative writing.\n")
    assert clean_document(text).text == text.split("\n\n", 1)[1]


@pytest.mark.parametrize("options", [CleanOptions(chrome="authored"),
                                     CleanOptions(format="markdown")])
def test_authored_content_never_loses_a_line_by_its_place(options: CleanOptions) -> None:
    assert "CS 538" in clean_document(SLIDES, options).text
    assert "Speeches" in clean_document(SECTION, options).text


def test_a_unit_is_judged_alone() -> None:
    assert clean_unit("Speeches").text == "Speeches"


PANEL = """View options
Text size:
A- A A+
Colour scheme:
Reset

Kazakhstan hosts SCO security council secretaries in Astana

Secretaries of the security councils of the member states met in Astana on Tuesday.
"""


def test_a_settings_panel_of_bare_labels_goes_whatever_its_words() -> None:
    assert clean_document(PANEL).text == PANEL.split("\n\n", 1)[1]


@pytest.mark.parametrize("block", [
    "Presenter: Kohei Kinoshita, M.D.\nLocation: 109-AB, Level 1\nAbstract: 860\n",
    "A\nBackground: #0b0c0c\nForeground: #ffffff\n",
    "Do:\n- check the colour scheme\n- use standard components\nDo not:\n",
    "Ingredients:\nFor the sauce:\nthe zest of a lemon, grated finely, and its juice.\n",
])
def test_labels_with_values_lists_and_sentences_are_no_panel(block: str) -> None:
    text = ("The committee published its programme for the conference on Tuesday.\n\n"
            + block + "\nThe conference opens in Astana on 4 June and lasts three days.\n")
    assert clean_document(text).text == text


RELEASE = """Vera Bradley announces first quarter results

FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — Vera Bradley, Inc. today announced its results.

Net revenues totaled $94.4 million in the quarter, the company said in its statement.

###

Investor contact: ir@example.com
View original content: https://www.globenewswire.com/news-release/example.html
SOURCE Vera Bradley, Inc.
"""


def test_what_follows_a_release_end_mark_goes() -> None:
    result = clean_document(RELEASE)
    assert result.text == RELEASE.split("\n\n###", 1)[0] + "\n"
    assert "after the release's end mark" in {fix.note for fix in result.fixes}


def test_a_scene_break_with_a_story_after_it_stays() -> None:
    story = ("The train left Almaty at dawn and the city slept behind it.\n\n###\n\n"
             + "".join(f"Hour {n} passed, and the steppe did not change at all.\n\n"
                       for n in range(1, 10)))
    assert clean_document(story).text == story.rstrip("\n") + "\n"


def test_a_table_and_a_short_poem_at_the_end_of_a_page_stay() -> None:
    table = ("Component | Description |\n---|---|\nTitle | The project name |\n"
             "Licence | MIT |\n")
    prose = "".join(f"A README introduces the project and says how to install it, part {n}.\n\n"
                    for n in range(1, 8))
    text = prose + table + "\nShare\n"
    assert clean_document(text).text == text.replace("\nShare\n", "")
    poem = ("Sycamore, how you get\nso tall? You like a big\n"
            "speckled snake, slithering\ninto the sky\n")
    assert clean_document(poem + "\nShare\n").text == poem


def test_a_panel_of_controls_without_colons_goes_in_a_prose_page() -> None:
    prose = "".join(f"The ministers met in Astana on day {n} and spoke of trade and security.\n\n"
                    for n in range(1, 5))
    text = "Text size\nA A A\nContrast\nHigh\nReset\n\n" + prose
    assert clean_document(text).text == prose.rstrip("\n") + "\n"


def test_short_verse_of_small_words_is_no_panel() -> None:
    poem = "I am\nof poems and rivers.\nI go\nto be\nfound by\nno one\n"
    assert clean_document(poem).text == poem


def test_two_label_lines_above_a_headline_and_a_wrapped_paragraph_go() -> None:
    text = ("Newsroom\nPress Releases\n\nUzbekistan to host SCO energy ministers in Tashkent\n\n"
            "TASHKENT, May 12, 2025 /PRNewswire/ -- The Ministry of Energy of Uzbekistan will\n"
            "host the meeting of energy ministers of the organisation on 20 May.\n")
    assert _removed(text) == ["section label: Newsroom", "section label: Press Releases"]


OUTLET_THEN_SECTIONS = """Interfax

Domestic Policy & Elections  Regions  Economy & Trade  Army & Security  Culture & Arts

Army & Security

Navy to hold drills in the Baltic next month

KALININGRAD, March 3. /Interfax/. The Baltic Fleet will hold drills next month, its staff said.

The drills will last ten days and include a landing exercise.
"""


def test_a_section_label_under_the_outlet_goes_in_the_first_cleaning() -> None:
    """The label's place is judged again once the outlet name above it is gone, so a
    second cleaning of the output finds nothing more to remove."""
    once = clean_document(OUTLET_THEN_SECTIONS)
    assert once.text.startswith("Navy to hold drills in the Baltic next month\n\nKALININGRAD")
    assert "Army & Security\n" not in once.text
    assert clean_document(once.text).fixes == ()
    assert apply_plan(OUTLET_THEN_SECTIONS, once.fixes) == once.text


DATELINE_WITH_TIME = """Ministers agree on a new water-sharing plan

Region
14 March, 2025
11:45

The agriculture ministers of five countries agreed on Friday to share the river's water by season.

The plan will be reviewed in two years.
"""


def test_a_time_beside_the_date_of_a_dateline_stays() -> None:
    assert "14 March, 2025\n11:45\n" in clean_document(DATELINE_WITH_TIME).text


def test_a_bare_player_timestamp_still_goes() -> None:
    text = "Ministers agree on a plan\n\n0:00\n\nThe ministers agreed to share the water.\n"
    assert "0:00" not in clean_document(text).text


def test_a_markdown_heading_over_prose_names_a_section() -> None:
    """"## Comments" over a paragraph about comments is a chapter's section; the same
    word alone at the foot of a page is a widget's header."""
    text = ("## Comments\n\nAll programmers strive to make their code easy to understand, "
            "but sometimes extra explanation is warranted.\n")
    assert clean_document(text).text == text
    page = ("Ministers agree on a new water-sharing plan\n\n"
            "The ministers of five states agreed on Monday to share the river's water.\n\n"
            "Comments\n")
    assert "Comments" not in clean_document(page).text


def test_an_underlined_heading_and_a_header_block_are_the_documents() -> None:
    """A reStructuredText or Markdown heading underlined with dashes, and the fields a
    PEP or a mail opens with, are the document's own lines."""
    text = ("PEP: 474\nTitle: Creating forge.python.org\nStatus: Withdrawn\nType: Process\n\n"
            "Comments\n--------\n\nThe forge would hold the repositories of the core team.\n")
    assert clean_document(text).text == text


def test_a_line_that_introduces_a_command_is_the_manuals() -> None:
    """A manual page describes each command it shows: "- Download an app:" is no
    call to download the site's app."""
    text = ("# depotdownloader\n\n> Download Steam depots.\n\n- Download an app:\n\n"
            "`depotdownloader -app {{108600}}`\n\n- Get the digest of an image:\n\n"
            "`crane digest {{image_name}}`\n")
    assert clean_document(text).text == text


def test_a_dateline_among_a_news_id_and_an_empty_author_field_stays() -> None:
    page = ("ID :\n380440\nTue, 09/15/2015 - 11:17\nAuther :\n\n"
            "Leaders of CSTO start talks in narrow format in Dushanbe\n\n"
            "DUSHANBE, September 15. /TASS/. The official program of the summit of the "
            "Collective Security Treaty Organization began in Tajikistan's capital on "
            "Tuesday, and the leaders started talks in a narrow format.\n")
    cleaned = clean_document(page).text
    assert cleaned.startswith("Tue, 09/15/2015 - 11:17\n\nLeaders of CSTO")
    assert "ID :" not in cleaned and "Auther :" not in cleaned and "380440" not in cleaned


MAGAZINE_PAGE = """\
Вестник №03 2019 г.

Новые правила для старых союзов

12Рубрика | Тема номера / В мире

Текст | Анна ПЕТРОВА

Заседание совета прошло в столице, и его участники договорились о новых правилах работы.
"""


def test_a_title_over_a_byline_in_words_of_another_language_stays() -> None:
    """"Текст | Name" is a byline as "By Name" is: the line above it is the title."""
    assert cleaned_text(MAGAZINE_PAGE).startswith("Новые правила для старых союзов\n\nТекст |")


IMAGE_TEXTS = """\
Kazakhstan on Monday postponed a joint exercise of the alliance, a day before it was due to \
start on its territory, without giving a reason.

Kazakhstan postpones alliance drill
Kazakhstan postpones alliance – drill

The move is the latest sign of strain within the alliance, whose members have quarrelled \
over borders this year.
"""


def test_an_image_s_alt_text_and_title_between_paragraphs_go() -> None:
    assert removed_lines(IMAGE_TEXTS) == {
        "Kazakhstan postpones alliance drill": "an image's alt text and title",
        "Kazakhstan postpones alliance – drill": "an image's alt text and title"}


def test_a_refrain_and_a_short_list_between_paragraphs_stay() -> None:
    refrain = IMAGE_TEXTS.replace("Kazakhstan postpones alliance – drill",
                                  "Kazakhstan postpones alliance drill")
    listed = IMAGE_TEXTS.replace("Kazakhstan postpones alliance – drill",
                                 "Kyrgyzstan hosts the summit")
    assert removed_lines(refrain) == removed_lines(listed) == {}


def test_a_section_label_over_a_headline_its_dateline_and_byline_goes() -> None:
    text = """\
Market Moves

Exchange to publish its notices online only

March 3, 2008

Posted by Anna Petrova

The exchange said on Monday that it will publish its notices on its website only and stop \
sending them to the wire services, a change its members asked for last year.
"""
    assert removed_lines(text) == {"Market Moves": "section label"}


def test_a_label_over_a_name_is_a_byline_field_and_stays() -> None:
    """"Author:" over a name is the article's byline set as a field; the empty "Date:"
    field beside it goes."""
    body = ("The ministers of the member states met in the capital on Tuesday and agreed "
            "on a plan for transit corridors across the region.\n\nThe plan will be put to "
            "the leaders of the member states at their summit in the autumn.\n")
    page = f"Ministers agree a plan for transit corridors\n\nAuthor:\nAnna Berg\nDate:\n\n{body}"
    assert clean_document(page).text == (
        f"Ministers agree a plan for transit corridors\n\nAuthor:\nAnna Berg\n\n{body}")


def test_the_author_s_byline_closing_the_article_stops_the_tail() -> None:
    body = ("The ministers of the member states met in the capital on Tuesday and agreed "
            "on a plan for transit corridors across the region.\n\nThe plan will be put to "
            "the leaders of the member states at their summit in the autumn.\n")
    page = f"{body}\nBy anna\n\nLeave a Reply\n"
    assert clean_document(page).text == f"{body}\nBy anna\n"


def test_a_title_over_lines_removed_in_an_earlier_round_is_no_section_label() -> None:
    # A file name goes first; the lines around it then meet, and the tagline under the
    # title is no one-line headline: the article's title stays.
    text = ("Eurasian Economic Union\n\nFrom Examplepedia, an open encyclopedia\n"
            "Warning sign.svg\nScan the QR code to donate via PayPal\n"
            "Dear readers, we need your support to keep this archive open to everyone.\n\n"
            "The Eurasian Economic Union is an economic union of states located in Eurasia. "
            "It was founded in 2015.\n")
    assert cleaned_text(text) == (
        "Eurasian Economic Union\n\nThe Eurasian Economic Union is an economic union of states "
        "located in Eurasia. It was founded in 2015.\n")


@pytest.mark.parametrize("credit", ["Source: Kabar", "Sources: Kabar, AKIpress", "Источник: ТАСС",
                                    "Πηγή: ΑΠΕ-ΜΠΕ"])
def test_a_source_line_above_a_distributor_s_footer_stays(credit: str) -> None:
    text = ("ASTANA, May 3 - Ministers of the member states met in the capital on Friday to "
            "agree on a common transport plan.\n\n"
            "The plan, the ministers said, will be signed at the summit in the autumn.\n\n"
            f"{credit}\n\n"
            "Distribution channels: Politics, World & Regional\n\nLegal Disclaimer:\n"
            "The distributor provides this news content \"as is\" without warranty of any "
            "kind. We do not accept any responsibility for the accuracy of the information.\n")
    assert cleaned_text(text).endswith(f"in the autumn.\n\n{credit}\n")


def test_two_label_paragraphs_over_the_headline_go() -> None:
    text = ("Press releases\n\nstatement\n\n"
            "Minister addresses the joint meeting of the council's secretaries\n\n"
            "15 / 09 / 2021\n\n"
            "Today the minister addressed a joint meeting of the secretaries in Dushanbe, on "
            "the priorities of the coming presidency.\n")
    assert removed_lines(text) == {"Press releases": "section label",
                                   "statement": "section label"}


def test_a_poem_s_title_over_its_lower_case_author_and_a_one_line_stanza_stays() -> None:
    text = ("Autumn\n\nanon\n\nThe leaves are falling down\n\n"
            "And the wind is singing through the empty trees, and the year is old.\n")
    assert "Autumn" not in removed_lines(text)


STORY_CARD = """The first meeting of the council since its secretary's dismissal was held on Friday.

The council is the body that coordinates the activities of the executive in the field of security.

Government names a new council secretary
No reason was given for the dismissal at the time of this publication.
Article image

The president thanked the former secretary for his years of work, the office said in a statement.

Avatar
Anna Petrova

News Editor
"""


def test_a_story_card_between_paragraphs_and_an_author_box_at_the_end_go() -> None:
    assert removed_lines(STORY_CARD) == {
        "Government names a new council secretary": "story card",
        "No reason was given for the dismissal at the time of this publication.": "story card",
        "Article image": "page chrome",
        "Avatar": "page chrome", "Anna Petrova": "author box", "News Editor": "author box"}
    assert cleaned_text(STORY_CARD).endswith("the office said in a statement.\n")


def test_a_headline_over_a_paragraph_without_a_placeholder_stays() -> None:
    text = STORY_CARD.replace("Article image\n", "").split("\n\nAvatar")[0] + "\n"
    assert cleaned_text(text) == text



REGION_LABEL_PAGE = """\
Europe and the Wider World

Port workers agree a new contract after three weeks of talks

ROTTERDAM: The port's workers and their employers agreed a new two-year contract on \
Friday, ending three weeks of talks that had slowed the loading of ships.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


def test_a_longer_section_name_over_a_news_headline_on_a_scraped_page_goes() -> None:
    cleaned = cleaned_text(REGION_LABEL_PAGE)
    assert removed_lines(REGION_LABEL_PAGE)["Europe and the Wider World"] == "section label"
    assert cleaned.startswith("Port workers agree a new contract after three weeks of talks\n\n"
                              "ROTTERDAM: The port's workers")


def test_a_document_s_title_over_its_first_section_heading_stays() -> None:
    # Four words over a shorter heading: the author's title, whatever chrome the page has.
    text = REGION_LABEL_PAGE.replace(
        "Europe and the Wider World\n\nPort workers agree a new contract after three weeks "
        "of talks", "Reading Text on Screens\n\nBefore you Begin")
    assert "Reading Text on Screens" in cleaned_text(text)


def test_a_longer_title_over_a_headline_stays_on_a_text_with_no_chrome() -> None:
    # Nothing else on the page is chrome: no evidence that the line above is a site's.
    text = REGION_LABEL_PAGE.split("\nLeave a Reply")[0]
    assert cleaned_text(text) == text


def test_a_ticker_label_and_a_tag_line_over_a_news_headline_go() -> None:
    text = ("Harbour desk\n\nRotterdam Maersk Port Authority Strike\n\n" + REGION_LABEL_PAGE.split(
        "\n\n", 1)[1])
    assert removed_lines(text) == {
        "Harbour desk": "section label",
        "Rotterdam Maersk Port Authority Strike": "section label",
        "Leave a Reply": "page chrome",
        "Your email address will not be published. Required fields are marked *": "page chrome"}


def test_a_poem_s_titles_over_its_verse_stay() -> None:
    text = ("Collected Poems\n\nThe Harbour\n\nThe ships come in at evening light\n"
            "and leave again before the dawn,\nthe cranes stand still against the night,\n"
            "the workers' voices long since gone.\n\nLeave a Reply\n")
    assert "Collected Poems\n\nThe Harbour\n\n" in cleaned_text(text)


def test_labels_over_a_short_heading_stay() -> None:
    # "Before you Begin" is a document's heading, no news headline: the titles are the author's.
    text = REGION_LABEL_PAGE.replace(
        "Europe and the Wider World\n\nPort workers agree a new contract after three weeks "
        "of talks", "Guides\n\nReading Text\n\nBefore you Begin")
    assert cleaned_text(text).startswith("Guides\n\nReading Text\n\nBefore you Begin")



BYLINED = ("Harbour News\n\nPR Wire\n\n  • Written by PR Wire\n"
           "Port workers agree a new contract after three weeks of talks\n\n"
           "ROTTERDAM, May 3, 2025 /PR Wire/ -- The port's workers and their employers agreed "
           "a new two-year contract on Friday.\n")


def test_labels_over_a_bylined_headline_go_and_the_byline_s_name_with_them() -> None:
    assert removed_lines(BYLINED) == {"Harbour News": "section label", "PR Wire": "section label"}


def test_an_author_s_name_over_a_headline_with_another_byline_stays() -> None:
    text = BYLINED.replace("PR Wire\n\n  •", "Anna Berg\n\n  •")
    assert "Anna Berg\n" in cleaned_text(text)



def test_a_longer_title_not_written_as_a_name_over_a_headline_stays() -> None:
    text = REGION_LABEL_PAGE.replace("Europe and the Wider World", "Things I am most thankful for")
    assert cleaned_text(text).startswith("Things I am most thankful for\n\n")


def test_display_settings_with_their_choices_go_with_the_panel_they_touch() -> None:
    page = ("View settings\nFont size: A A A\nSite colours: Default Black/White Blue\n"
            "Line spacing: 1 1.5 2\nKazakhstan hosts security talks\n"
            "ASTANA — Secretaries of the security councils met on Tuesday, the host said.\n")
    out = clean_document(page).text
    assert out == ("Kazakhstan hosts security talks\n"
                   "ASTANA — Secretaries of the security councils met on Tuesday, the host said.\n")


def test_a_labelled_value_that_is_no_display_setting_stays_beside_chrome() -> None:
    page = ("Share this article\nLocation: Level 1\nDate: 4 May\n"
            "The exhibition opens on Monday with works from twelve countries, the museum said.\n")
    out = clean_document(page).text
    assert "Location: Level 1" in out


def test_a_byline_between_the_page_s_title_and_its_headline_is_no_section_label() -> None:
    from tests.support.cleaning import cleaned_text

    text = ("SCO ministers meet in Astana ahead of summit - Astana Daily\n\nBy Anna Berg\n\n"
            "SCO ministers meet in Astana ahead of summit\n\nThe foreign ministers of the "
            "Shanghai Cooperation Organisation met in Astana on Tuesday to prepare the "
            "summit, the ministry said in a statement.\n")
    assert cleaned_text(text).startswith("By Anna Berg\n\nSCO ministers meet in Astana")


# The close of a council's notice, a local paper's article and a manager's letter, above the
# page's footer: the author's words, never the footer's.
# https://www.epidavros.gr/ (a council meeting's notice)
MAYOR_NOTICE = (
    'Προσκλήσεις ΔΣ|\n\n'
    'Την Κυριακή 3 Οκτωβρίου 2021 και ώρα 19.00΄, σε ειδική συνεδρίαση του Δημοτικού '
    'Συμβουλίου η οποία θα πραγματοποιηθεί μέσω τηλεδιάσκεψης, θα διεξαχθεί ο '
    'απολογισμός πεπραγμένων της Δημοτικής Αρχής για τα έτη 2019 και 2020 σύμφωνα με '
    'την 65/11-06-2021 απόφαση του Δημοτικού Συμβουλίου Επιδαύρου.\n\n'
    'Λόγω των περιοριστικών μέτρων, οι δημότες μπορούν να παρακολουθήσουν τη '
    'συνεδρίαση σε απευθείας μετάδοση, μέσω της ιστοσελίδας του Δήμου '
    'www.epidavros.gr και να υποβάλουν τις ερωτήσεις ή τις παρατηρήσεις τους στα '
    'email: g.apostol@1288.syzefxis.gov.gr\n\n'
    'Ο Δήμαρχος\n\n'
    'Αναστάσιος Κ. Χρόνης\n\n'
    'Close Search Window\n'
    'Μετάβαση στο περιεχόμενο\n')
# https://tal-alt.ru/ (a district's weekly meeting, signed by its reporter)
REPORTER_SIGNED = (
    '21 октября в Администрации района состоялось еженедельное расширенное '
    'межведомственное совещание, вел которое глава Администрации И.В. Жарков.\n'
    'Первый заместитель главы Администрации района по экономическим вопросам В.В. '
    'Лепилов проинформировал об итогах проверки счетной палаты.\n'
    'В завершение совещания глава Администрации И.В. Жарков поставил общие задачи '
    'работы на неделю.\n'
    'Евгения Заречнева\n'
    'Фото: автора\n')
# https://www.brentfordfc.co.uk/ (the manager's letter to the fans, 2005)
MANAGER_LETTER = (
    'Posted on: Fri 27 May 2005\n\n'
    'I must thank everybody for the kind letters and emails they have sent me. I`ve '
    'tried to reply to as many as I could and if I haven`t responded yet I '
    'apologise.\n\n'
    'Anyway I will update you as soon as I can regarding any transfer targets.\n\n'
    'Best wishes\n\n'
    ' Related Articles\n'
    ' News Archive\n'
    'Display Stories From Week\n\n'
    'All rights reserved save as per website Terms of Use. Cookies & Privacy. '
    'Subscription terms and conditions.\n')


@pytest.mark.parametrize(("page", "close"), [
    (MAYOR_NOTICE, "Ο Δήμαρχος\n\nΑναστάσιος Κ. Χρόνης\n"),
    (REPORTER_SIGNED, "Евгения Заречнева\nФото: автора\n"),
    (MANAGER_LETTER, "transfer targets.\n\nBest wishes\n"),
], ids=["mayor", "reporter", "letter"])
def test_the_signature_closing_the_text_stays_above_the_footer(page: str, close: str) -> None:
    out = cleaned_text(page)
    assert out.endswith(close)
    assert "Close Search Window" not in out and "Related Articles" not in out


@pytest.mark.parametrize("valediction", ["Kind regards", "С уважением", "Με εκτίμηση",
                                         "Cordialement", "Mit freundlichen Grüßen"],
                         ids=["en", "ru", "el", "fr", "de"])
def test_a_valediction_in_each_language_stays_over_the_footer(valediction: str) -> None:
    out = cleaned_text(MANAGER_LETTER.replace("Best wishes", valediction))
    assert out.endswith(f"transfer targets.\n\n{valediction}\n")


@pytest.mark.parametrize(("office", "name"), [("Le maire", "Jean-Pierre Martin"),
                                              ("The Mayor", "Anna Berg"),
                                              ("Ο Πρόεδρος του Δημ. Συμβουλίου", "Γ. Παπαδάκης")],
                         ids=["fr", "en", "el"])
def test_an_office_over_the_signatory_s_name_stays(office: str, name: str) -> None:
    page = MAYOR_NOTICE.replace("Ο Δήμαρχος", office).replace("Αναστάσιος Κ. Χρόνης", name)
    assert cleaned_text(page).endswith(f"{office}\n\n{name}\n")


def test_a_list_s_title_case_header_under_the_last_sentence_still_goes() -> None:
    # Title case over a list is a header's, not a name's, under an English article.
    page = MANAGER_LETTER.replace("Best wishes", "Popular Categories")
    assert "Popular Categories" not in cleaned_text(page)


def test_a_title_over_its_date_at_the_top_of_a_blog_post_stays() -> None:
    # "Loving New" over "March 12, 2013": the date is the post's dateline, not a headline
    # under a section's label; the title is the author's.
    text = ("Loving New\n\nMarch 12, 2013\n\n"
            "Having been away from the shops for a week, the first thing I do when I get "
            "back is walk around and see what came in.\n\n"
            "I think part of being a good retailer is seeing things through the eyes of "
            "your customers.\n")
    assert cleaned_text(text) == text


def test_a_title_printed_twice_keeps_one_copy() -> None:
    # The notice's title, its blog's category line, the title again (its last letter a
    # Latin H): one copy of the title stays, not neither.
    text = ("ΑΝΑΚΟΙΝΩΣΗ – ΠΡΟΣΚΛΗΣΗ\n\nposted in: Uncategorised | 0\n\n"
            "ΑΝΑΚΟΙΝΩΣΗ – ΠΡΟΣΚΛΗΣH\n\n«ΔΙΧΩΡΙ ΑΥΓΟΥΣΤΟΣ 2023»\n\n"
            "Αγαπητοί συγχωριανοί, φίλες και φίλοι, σας ανακοινώνουμε το πρόγραμμα των "
            "εκδηλώσεων του Αυγούστου στο χωριό μας.\n\n"
            "Η αυλαία θα ανοίξει με την εκδήλωση για τα παιδιά την Κυριακή το απόγευμα.\n")
    assert cleaned_text(text).startswith("ΑΝΑΚΟΙΝΩΣΗ – ΠΡΟΣΚΛΗΣΗ\n\n«ΔΙΧΩΡΙ ΑΥΓΟΥΣΤΟΣ 2023»\n\n")


ROSE_THREAD = (
    "Growing roses in a cold climate? This is the forum to share what works for you. "
    "Beginners are welcome.\n"
    "|\n|\n"
    "Thread Tools | Search this Thread | Display Modes |\n"
    "May 12, 2011 | #1 |\n"
    "Rose Fanatic\n"
    "Join Date: Jun 2009\n"
    "Location: Leeds, England\n"
    "Posts: 1,204\n"
    "|\n"
    "My first bloom of the year\n"
    "After a hard winter the climbing rose on the south wall has finally opened its first "
    "flower, three weeks later than last year but healthier than ever.\n"
    "I fed it twice in April and cut back the dead wood, which seems to have helped a lot.\n"
    "__________________\n"
    '"A garden is a grand teacher" Gertrude Jekyll |\n'
    "|\n|\n")


def test_a_thread_s_bars_its_board_description_and_the_user_card_go() -> None:
    assert cleaned_text(ROSE_THREAD) == (
        "May 12, 2011 | #1 |\n"
        "My first bloom of the year\n"
        "After a hard winter the climbing rose on the south wall has finally opened its first "
        "flower, three weeks later than last year but healthier than ever.\n"
        "I fed it twice in April and cut back the dead wood, which seems to have helped a lot.\n"
        "__________________\n"
        '"A garden is a grand teacher" Gertrude Jekyll |\n')


def test_a_first_line_about_this_forum_stays_on_a_page_with_no_forum_chrome() -> None:
    text = ("This forum is for residents who want a say in how the park is run, the council "
            "said when it opened the consultation.\n\n"
            "The meetings will be held monthly in the library and are open to everyone who "
            "lives in the ward, whether or not they use the park.\n")
    assert cleaned_text(text) == text


BULLETED_CARDS = (
    "Winter garden railway - progress report\n\n"
    "  • Member since\n    March 2011\n  • From: Guelph, Ontario\n  • 4,210 posts\n"
    "Posted by railfan58 on Friday, January 4, 2019 8:10 PM\n\n"
    "The loop around the pond is finished and the first train ran on New Year's Day without "
    "a single derailment, which surprised everybody in the club.\n\n"
    "  • Member since\n    October 2008\n  • From: Bristol\n"
    "Posted by bluecomet on Saturday, January 5, 2019 9:02 AM\n\n"
    "Well done! The bridge over the pond looks especially good in the photographs you "
    "posted last week.\n")


def test_a_forum_s_bulleted_user_cards_go_and_the_bylines_stay() -> None:
    assert cleaned_text(BULLETED_CARDS) == (
        "Winter garden railway - progress report\n\n"
        "Posted by railfan58 on Friday, January 4, 2019 8:10 PM\n\n"
        "The loop around the pond is finished and the first train ran on New Year's Day without "
        "a single derailment, which surprised everybody in the club.\n\n"
        "Posted by bluecomet on Saturday, January 5, 2019 9:02 AM\n\n"
        "Well done! The bridge over the pond looks especially good in the photographs you "
        "posted last week.\n")


PHPBB_THREAD = (
    "Post new topic Reply to topic  [ 56 posts ]  Go to page 1, 2, 3  Next\n"
    "Post subject: Allotment rules\n"
    "PostPosted: Wed Aug 08, 2007 7:52 pm\n"
    "Offline\n\n"
    "Joined: Sat Apr 13, 2002 5:00 pm\n"
    "Posts: 3342\n"
    "Location: Leeds\n"
    "The committee will meet on Friday to agree the new rules for the allotments, and every "
    "member may bring a proposal.\n")


def test_a_thread_s_button_bar_and_a_card_with_its_status_and_join_time_go() -> None:
    """phpBB's bar over a thread and the card beside a post, its join date with the time of
    day ("5:00 pm") and the poster's status alone on its line ("Offline")."""
    out = cleaned_text(PHPBB_THREAD)
    assert "Post new topic" not in out and "Offline" not in out and "Joined" not in out
    assert "Posts: 3342" not in out and "Location: Leeds" not in out
    assert out.startswith("Post subject: Allotment rules\nPostPosted: Wed Aug 08, 2007 7:52 pm\n")
    assert out.endswith("every member may bring a proposal.\n")


def test_offline_in_a_page_with_no_user_card_stays() -> None:
    text = ("Offline\n\nThe museum's archive went offline in March and will return once the "
            "new servers are installed.\n")
    assert cleaned_text(text) == text


def test_a_headline_under_the_skip_link_and_a_trail_stays() -> None:
    """Three short lines, two of them chrome ("Skip to main content", a trail): the third,
    with the article's first sentence under it, is the headline, not a panel's control."""
    article = ("SCO summit in Qingdao\n\n"
               "On 9-10 June 2018, Qingdao hosted a meeting of the Council of Heads\n"
               "of State of the Shanghai Cooperation Organisation.\n")
    page = "Skip to main content\nHome | World | Asia | Security\n" + article
    out = cleaned_text(page)
    assert out.startswith("SCO summit in Qingdao\n\nOn 9-10 June 2018"), out
    assert "Skip" not in out and "Home |" not in out


def test_a_phpbb_thread_s_trail_count_and_sorting_bar_go() -> None:
    post = ("by steppe_watcher » Tue Oct 19, 2021 9:12 am\n\n"
            "The summit in Dushanbe ended with a joint statement on border security, and the "
            "delegations agreed to meet again in spring.\n")
    page = ("Board index ‹ Politics ‹ Central Asia\n\n2 posts • Page 1 of 1\n\n" + post +
            "\nDisplay posts from previous: All posts Sort by Post time Ascending\n")
    assert cleaned_text(page) == post


def test_kicker_teasers_set_between_paragraphs_go() -> None:
    """A tabloid sets links to its other stories into an appeal, each headline under its
    kicker in capitals: the pairs go, the paragraphs around them stay."""
    above = ("The number of people who need help rises in winter, when bills are higher and "
             "the festive season puts more pressure on family budgets.")
    below = ("So we are asking you to donate food, which will help keep community pantries "
             "and food banks stocked throughout the winter months.")
    page = (f"Winter Food Appeal\n\n{above}\n\nXMAS WINNER\n\n"
            "I got a hamper of food for a few pounds with vouchers you forgot\n\n\n"
            "SNACK ATTACK\n\nSupermarket launches new meal deal snack in a national first\n\n"
            f"{below}\n")
    assert cleaned_text(page) == f"Winter Food Appeal\n\n{above}\n\n{below}\n"


def test_a_note_from_a_teacher_keeps_its_title_and_loses_the_picture_file_name() -> None:
    """"From Ms Aquino" is the note's byline, so the title over it stays; a picture's name made
    from its file ("2015 Model UN-5908-2") between paragraphs goes."""
    first = ("Congratulations to our eighth graders who took part in a Model UN simulation of "
             "the General Assembly and the Security Council this spring.")
    second = ("At Model UN, students step into the shoes of ambassadors, debate current issues "
              "and draft resolutions, all in the interest of solving problems.")
    page = f"Model UN\n\nFrom Ms Aquino\n\n{first}\n\n2015 Model UN-5908-2\n\n{second}\n"
    assert cleaned_text(page) == f"Model UN\n\nFrom Ms Aquino\n\n{first}\n\n{second}\n"


def test_one_kicker_and_its_headline_as_a_paragraph_between_prose_go() -> None:
    above = ("On Tuesday the president chaired a summit of the leaders of the Commonwealth, "
             "where the results of the year's presidency were discussed.")
    below = ("The leaders are expected to confirm a new head of the joint air defence "
             "system before the summit closes in the evening.")
    page = (f"Summit of the Commonwealth\n\n{above}\n\nWORLD EXCLUSIVE\n"
            f"President now hostage to the war as his downfall is set out\n\n{below}\n")
    assert cleaned_text(page) == f"Summit of the Commonwealth\n\n{above}\n\n{below}\n"


def test_a_press_release_s_capital_subheading_over_its_own_heading_stays() -> None:
    """No blank line around them: a release's "FINANCIAL HIGHLIGHTS" over the heading of its
    section, then the section's sentences, are the release's own."""
    text = ("VANCOUVER, May 12, 2015 - Glade Corp (\"Glade\" or the \"Company\") reports its "
            "quarter.\nFINANCIAL HIGHLIGHTS\nGlade Doubles Quarterly Revenues With Its Sales "
            "Strategy\nFor the three months ended June 30, Glade doubled its revenues over the "
            "same period of last year.\n")
    assert cleaned_text(text) == text


def test_a_display_settings_panel_with_its_choices_goes() -> None:
    """An accessibility switch, its label and the colour schemes to pick, listed or not."""
    body = ("Meetings are open to the press and public, and every meeting is announced on "
            "this website and on the village notice boards three days in advance.\n")
    for panel in ("- Screen Colours:\n- Normal\n- Black & Yellow\n",
                  "Screen Colours:\nNormal\nBlack & Yellow\n"):
        assert cleaned_text(panel + body) == body


def test_a_one_word_title_over_a_quotation_stays() -> None:
    """A quotation of two sentences is no headline the word above it files: "Poems" is
    the page's title, not a site's section."""
    text = ("Poems\n\n"
            "There is nothing but beauty, and beauty has only one perfect expression. All the "
            "rest is a lie. ~ Stephane Mallarme\n\n"
            "Each week our parish newsletter features a poem related to the liturgical season, "
            "or to seasonal or topical concerns. These poems are featured on this page.\n")
    assert clean_document(text).text == text


def test_a_title_over_the_storys_age_is_no_section_label() -> None:
    """"about 1 year ago" under a consultation's title is its age, not a headline the
    site filed under a section named "Temporary road seal"."""
    text = ("Temporary road seal\n\nabout 1 year ago\n\n"
            "Before work is completed for Christmas, the road surface will be temporarily "
            "resealed to minimise dust. This is only a temporary seal until the project is "
            "finished in the new year.\n")
    assert "Temporary road seal" in clean_document(text).text


def test_the_alt_texts_of_a_recipe_s_step_pictures_go() -> None:
    # popiscooking.com: each step's picture left its alt text set in under the step.
    steps = ("Instructions\n\n"
             "  • Wash the lemons clean and dry.\n"
             "  • Use a grater to zest off the yellow peel. Reserve the zest for another use.\n"
             "    grated lemon zest\n"
             "  • Boil the peel for 4-5 minutes, then drain it well.\n"
             "    boiled lemon peels\n"
             "  • Store upside down until completely cooled.\n")
    out = cleaned_text("Go Back\n" + steps)
    assert "lemon zest\n" not in out and "boiled lemon peels" not in out
    assert "  • Boil the peel for 4-5 minutes, then drain it well.\n" in out


def test_a_step_s_second_line_and_a_nested_list_stay() -> None:
    steps = ("Instructions\n\n"
             "  • Wash the lemons clean and dry.\n"
             "    Organic ones are best.\n"
             "  • Prepare the syrup.\n"
             "    - sugar and water\n"
             "  • Store upside down until completely cooled.\n"
             "    about two hours\n")
    assert cleaned_text("Go Back\n" + steps) == steps


def test_the_collection_s_title_over_a_poem_s_title_and_stanza_stays() -> None:
    # pdelaney.co.uk: a competition's winning poems under the page's title, no chrome.
    text = ("Poetry Competition Winners\n\nI suppose I'll never know\n\n"
            "Look at her over there, wearing ten-foot high heels!\n"
            "Why would you walk around like that?\n"
            "You'll probably fall onto your face, flat!\n"
            "I suppose I'll never know…\n\n"
            "Chloe Frederick, aged 11\n")
    assert clean_document(text).text == text
