"""Page chrome known by what a line is and what stands around it (cms_i18n.clean.chrome).

The pages are real: news pages as a scraper saved them, with the article's
paragraphs shortened where they are long.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, clean_document
from cms_i18n.clean.chrome import (
    capital_headings,
    capital_section,
    is_chrome,
    is_credit_line,
    view,
)
from tests.support.cleaning import cleaned_text, removed_lines

# --- a story list's label above the article's own headline --------------------------------

TOP_STORIES_OVER_THE_HEADLINE = """\
Top Stories
UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib
Last Updated: 2019-09-20 01:33 | Xinhua
 Save  Print   E-mail

The Security Council on Thursday voted on two competing draft resolutions on a cease-fire \
in Syria's Idlib, but failed to adopt either of them.

A draft resolution needs at least nine positive votes, on the condition of no negative \
votes from the five permanent members, to pass.
"""


def test_the_headline_under_a_top_stories_label_over_its_dateline_stays() -> None:
    removed = removed_lines(TOP_STORIES_OVER_THE_HEADLINE)
    assert "Top Stories" in removed and " Save  Print   E-mail" in removed
    assert cleaned_text(TOP_STORIES_OVER_THE_HEADLINE).startswith(
        "UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib\n"
        "Last Updated: 2019-09-20 01:33 | Xinhua\n\nThe Security Council on Thursday")


def test_dated_links_under_a_story_list_label_still_go() -> None:
    listed = ("Top Stories\nAstana hosts the SCO foreign ministers\n21 May 2024\n"
              "CSTO exercises open in Belarus\n2 September 2025\n\n"
              + TOP_STORIES_OVER_THE_HEADLINE.split("\n\n", 1)[1])
    removed = removed_lines(listed)
    assert {"Astana hosts the SCO foreign ministers", "CSTO exercises open in Belarus"} <= set(
        removed)
    assert cleaned_text(listed).startswith("The Security Council on Thursday")


# --- separators a scraper kept -------------------------------------------------------------

BARS_AND_A_BRACKETED_CREDIT = """\
Two opposing draft resolutions fail to pass UN Security Council on Syria
Updated: 2016-10-09 09:26
(Xinhua)
|
||||||||
Members of the United Nations Security Council vote on a draft resolution at the UN \
Headquarters in New York, US, October 8, 2016. [Photo/Agencies] |
China abstained from the Franco-Spanish draft and voted for the Russian version.
"""


def test_bars_alone_on_a_line_and_the_bar_after_a_photo_credit_go() -> None:
    assert removed_lines(BARS_AND_A_BRACKETED_CREDIT) == {
        "|": "separator", "||||||||": "separator"}
    assert cleaned_text(BARS_AND_A_BRACKETED_CREDIT) == (
        "Two opposing draft resolutions fail to pass UN Security Council on Syria\n"
        "Updated: 2016-10-09 09:26\n(Xinhua)\n"
        "Members of the United Nations Security Council vote on a draft resolution at the UN "
        "Headquarters in New York, US, October 8, 2016. [Photo/Agencies]\n"
        "China abstained from the Franco-Spanish draft and voted for the Russian version.\n")


def test_a_photo_credit_in_brackets_closing_a_caption_stays() -> None:
    caption = ("Cabinet Secretary Dr. Monica Juma (left) after addressing the press ahead of the "
               "visit. [Photo by Willis Awandu/Standard]\n\n"
               "Kenya will demand that the United Nations rescind the resolution.\n")
    assert clean_document(caption).text == caption


def test_a_bar_alone_in_a_table_is_its_empty_row() -> None:
    table = ("The proof runs in these steps, each citing the one it uses.\n\n"
             "1 | lighneallem1 | |\n|\n2 | eqneqall | |\n3 | 1 2 | syl5com | |\n")
    assert clean_document(table).text == table


def test_a_bracketed_note_that_credits_no_photo_stays() -> None:
    text = ("The delegates left the hall before the vote was taken. [Applause]\n\n"
            "A second vote followed on the Russian draft. [See annex 2]\n")
    assert clean_document(text).text == text


# --- the page's footer -----------------------------------------------------------------------

ARTICLE = """\
UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib

The Security Council on Thursday voted on two competing draft resolutions on a cease-fire \
in Syria's Idlib, but failed to adopt either of them.

The Security Council then voted on a competing draft resolution submitted by China and \
Russia. The text received two positive votes.
"""

FOOTER = """
(Editor:富博)

Share to
0
Edition:
Link:
About CE.cn | About the Economic Daily | Contact us
Copyright 2003-2024 China Economic Net. All right reserved
UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib
Source:Xinhua | 2019-09-20 01:33
Share to
0
"""


def test_the_footer_with_the_editor_s_field_its_links_and_the_title_again_goes() -> None:
    removed = removed_lines(ARTICLE + FOOTER)
    assert {"(Editor:富博)", "Edition:", "Link:", "Source:Xinhua | 2019-09-20 01:33",
            "About CE.cn | About the Economic Daily | Contact us"} <= set(removed)
    assert removed["UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib"
                   ] == "the title again under the article"
    assert cleaned_text(ARTICLE + FOOTER) == ARTICLE


@pytest.mark.parametrize("header", ["Most Viewed in 24 Hours", "Most read this week",
                                    "All news", "All stories »"])
def test_a_widget_s_header_left_at_the_end_goes(header: str) -> None:
    assert removed_lines(f"{ARTICLE}\n{header}\n") == {header: "page chrome"}


def test_a_title_the_text_ends_with_as_its_last_sentence_stays() -> None:
    # The closing line repeats the title as a sentence of the text: prose, kept.
    text = (ARTICLE
            + "\nUN Security Council fails to adopt resolution on cease-fire in Syria's Idlib.\n")
    assert clean_document(text).text == text


@pytest.mark.parametrize("line", ["About the summit", "About Kazakhstan",
                                  "All news agencies covered the vote."])
def test_a_heading_about_something_and_a_sentence_about_all_news_stay(line: str) -> None:
    text = f"{ARTICLE}\n{line}\n\nThe agencies reported the vote the same evening in New York.\n"
    assert clean_document(text).text == text


# --- a one-word menu label needs a scraped page around it ---------------------------------

NIGHT_DESK = """\
Night Desk

The wires go quiet after two,
the river keeps its own slow news;
a kettle ticks, the screens burn blue,
and nobody is left to choose.

Home
is the last word on the page,
the one we never get to file.
We leave it there, outside the cage,
and let it wait a little while.
"""


def test_a_stanza_opening_with_a_menu_word_keeps_it() -> None:
    assert removed_lines(NIGHT_DESK) == {}
    assert cleaned_text(NIGHT_DESK) == NIGHT_DESK


def test_the_same_word_beside_other_chrome_is_still_the_menu() -> None:
    scraped = NIGHT_DESK.replace("Home\n", "Home\nShare on Facebook\n\n")
    assert set(removed_lines(scraped)) == {"Home", "Share on Facebook"}
    at_the_top = "Home\n\n" + NIGHT_DESK
    assert set(removed_lines(at_the_top)) == {"Home"}


# --- a switcher's label and a text-size control ---------------------------------------------

CGTN_TOP = """\
CHOOSE YOUR LANGUAGE
CHOOSE YOUR LANGUAGE
In an exclusive interview with China Media Group ahead of the Shanghai Cooperation \
Organization's annual summit, the group's Secretary-General recalled the leaders' meeting.
"""

NEWS_AZ_TOP = """\
+ ↺ − 16 px

Kyrgyzstan supports the candidacy of Belarus representative Stanislav Zas for the post of \
the CSTO Secretary General, President of Kyrgyzstan Sooronbay Jeenbekov said.
"""


def test_a_language_switcher_s_label_and_a_text_size_control_go() -> None:
    assert removed_lines(CGTN_TOP) == {"CHOOSE YOUR LANGUAGE": "page chrome"}
    assert cleaned_text(CGTN_TOP).startswith("In an exclusive interview")
    assert removed_lines(NEWS_AZ_TOP) == {"+ ↺ − 16 px": "page chrome"}
    assert cleaned_text(NEWS_AZ_TOP).startswith("Kyrgyzstan supports")


def test_a_sentence_about_languages_or_sizes_stays() -> None:
    text = ("Choose your language before you start the installer.\n\n"
            "Set the body text to 16 px and the headings to 24 px.\n")
    assert removed_lines(text) == {}


# --- a heading's anchor text glued to the line under it -----------------------------------

ANCHOR_TEXT_UNDER_HEADINGS = """\
Display settings
Display settings change how the grid shows its figures: the number of decimals, the colour \
of gains and losses and the width of the columns. They apply to every view you open.
Formats
Section titled “Formats”- CSV: one row a line, commas between the columns.
Scheduling
Section titled “Scheduling”Exports can run every night at a time you choose.
"""


def test_a_heading_s_anchor_text_glued_to_the_line_under_it_goes() -> None:
    cleaned = cleaned_text(ANCHOR_TEXT_UNDER_HEADINGS)
    assert "Formats\n- CSV: one row a line" in cleaned
    assert "Scheduling\nExports can run every night" in cleaned
    assert "Section titled" not in cleaned


def test_a_sentence_naming_the_heading_above_it_stays() -> None:
    text = """\
Formats
The section titled “Formats” lists every format the export dialog can write, one a line.
"""
    assert clean_document(text).text == text


def test_a_one_word_title_over_a_paragraph_about_it_stays() -> None:
    assert cleaned_text(ANCHOR_TEXT_UNDER_HEADINGS).startswith(
        "Display settings\nDisplay settings change how")


def test_a_sign_up_box_heading_over_its_call_goes() -> None:
    text = """\
Ministers meet in Astana

The ministers of the member states met in Astana on Tuesday to discuss the agenda of the \
coming summit, the foreign ministry said.

Stay up to date with the latest news
Subscribe to our telegram channel
"""
    assert set(removed_lines(text)) == {
        "Stay up to date with the latest news", "Subscribe to our telegram channel"}


# --- a bulleted list of headlines under a story-list header, before the closing chrome --------

PAGE_WITH_TOP_NEWS_LIST = """\
Ministers meet in Astana

The ministers of the member states met in Astana on Tuesday to discuss the agenda of the \
coming summit, the foreign ministry said in a statement after the talks.
Today's Top News
- Grain exports reach a record in November
- President meets the visiting delegation
- Summit to chart a course for closer trade
Editor's picks
"""


def test_a_bulleted_list_of_headlines_under_a_top_news_header_goes() -> None:
    assert cleaned_text(PAGE_WITH_TOP_NEWS_LIST) == (
        "Ministers meet in Astana\n\nThe ministers of the member states met in Astana on "
        "Tuesday to discuss the agenda of the coming summit, the foreign ministry said in a "
        "statement after the talks.\n")


def test_a_bulleted_list_of_sentences_after_a_header_stays() -> None:
    text = PAGE_WITH_TOP_NEWS_LIST.replace("- Grain exports reach a record in November",
                                           "- Grain exports reached a record in November.")
    assert "- Grain exports reached a record in November." in cleaned_text(text)


def test_a_sign_up_panel_closing_the_page_goes() -> None:
    text = """\
Exchange to publish its notices online only

The exchange said on Monday that it will publish its notices on its website only and stop \
sending them to the wire services, a change its members asked for last year.

Subscribe to MNB

Receive updates about new stories in the markets daily or weekly.
"""
    assert set(removed_lines(text)) == {
        "Subscribe to MNB",
        "Receive updates about new stories in the markets daily or weekly."}


# --- a viewer's notes, a wire ticker, an edition label, an issue line, a reader's fields ---

VIEWER_NOTES = """\
Annual Report on Regional Security 2019 - Centre for Strategic Studies
Page content transcription
If your browser does not render page correctly, please read the page content below
Annual Report on Regional Security 2019 Foreword by the Director
The Centre publishes this report every year for the members of its council and the public.
"""


def test_a_document_viewer_s_notes_over_its_transcription_go() -> None:
    assert set(removed_lines(VIEWER_NOTES)) == {
        "Page content transcription",
        "If your browser does not render page correctly, please read the page content below"}


TICKER = """\
Off the wire
Wrapup: Asian markets close higher on trade hopes  • Urgent: Quake of magnitude 6.1 \
jolts northern Chile  • Ministers meet in Astana to prepare the summit  • Floods cut \
roads across the south of the country  • Central bank keeps its key rate unchanged

Astana, Kazakhstan, to host talks on regional security

Xinhua, May 3, 2021

Foreign ministers of the member states will meet in Astana next week to prepare the summit, \
the host said on Monday.
"""


def test_a_section_page_s_first_headline_under_its_label_stays() -> None:
    """A section page's label, "Latest stories", then its first story's headline and
    paragraphs: the headline went as a related-story list, the other stories' kept
    theirs.  Two headlines under the label are a list, and go."""
    story = ("Ministers Agree on Flood Defence Plan\n\n"
             "Ministers agreed on Tuesday to fund new flood defences along the river, "
             "after a winter of storms that cut off three villages.\n")
    assert removed_lines(f"Latest stories\n{story}") == {"Latest stories": "page chrome"}
    listed = f"Latest stories\nMayor Opens New Library\n{story}"
    assert set(removed_lines(listed)) == {"Latest stories", "Mayor Opens New Library",
                                          "Ministers Agree on Flood Defence Plan"}


def test_a_wire_ticker_and_its_label_go() -> None:
    assert set(removed_lines(TICKER)) == {
        "Off the wire", TICKER.splitlines()[1]}
    assert cleaned_text(TICKER).startswith("Astana, Kazakhstan, to host talks")


@pytest.mark.parametrize("line", [
    "WEST END FINAL", "LATE CITY EDITION", "Босс №08 2014 г.", "Issue 12, 2019",
    "Автор книги: Коллектив авторов", "Возрастные ограничения: +12",
    "Текущая страница: 4 (всего у книги 28 страниц)", "сообщить о неприемлемом содержимом",
    "16Рубрика | Сюжет месяца / В России", "Рубрика: Политика", "Главные вкладки",
    "Deals of the Week",
    # a newspaper's button to follow the writer, under the byline
    "Click to follow",
])
def test_a_paper_s_labels_and_a_reader_s_fields_go(line: str) -> None:
    text = f"{line}\n\nThe council met on Monday to discuss the region's security and its budget.\n"
    assert removed_lines(text) == {line: "page chrome"}


@pytest.mark.parametrize("line", [
    # a city site's link to its section, a share bar glued to its close button, Wix's
    # author widget, a like bar with its template's markup left in, a news site's link to
    # another story between two paragraphs, a theme's Greek "Continue reading «…»"
    "View More In This Section", "Share this articleClose Button",
    "• Writer’s pictureAmerican EU Dude", "<span>%d</span> bloggers like this:",
    "READ | SCO Summit 2022: From terrorism to climate change, know key issues",
    "Συνεχίστε την ανάγνωση του «DOUGH PIES WITH FETA (LA LA GITES) – ΛΑΛΑΓΓΙΤΕΣ»",
    # WordPress's record of the post, a blog's feed button, a tag archive's heading, a
    # forum's buttons and thanks counter, a wiki's navigation box links, a feed's section
    # glued to its reading time
    "This entry was posted on Thursday, April 16th, 2015 at 7:18 pm.",
    "Subscribe to this blog feed icon", "Posts with tag: security council",
    "Link to comment", "Share on other sites", "Thanked 6 Times in 3 Posts",
    "view · talk · edit", "Heritage Railway1 min read",
])
def test_a_platform_s_links_and_widgets_between_paragraphs_go(line: str) -> None:
    first = "The council met on Monday to discuss the region's security and its budget."
    second = "Its members agreed to meet again in the spring, after the elections."
    text = f"{first}\n\n{line}\n\n{second}\n"
    assert removed_lines(text) == {line: "page chrome"}
    assert cleaned_text(text) == f"{first}\n\n{second}\n"


def test_a_read_more_line_naming_its_publisher_stays() -> None:
    """"Подробнее читайте на сайте «Областной газеты»." names where the story is told in
    full, as "Read the full story at The Wall Street Journal." does: a source line; the
    bare "Подробнее на сайте" is the link's label, and goes."""
    body = ("В составе сборной России на Игры отправились семь свердловских спортсменов.\n"
            "В активе уральцев 13 наград в настольном теннисе, самбо, боксе и стрельбе.\n")
    named = body + "Подробнее читайте на сайте «Областной газеты».\n"
    assert cleaned_text(named) == named
    assert removed_lines(body + "Подробнее на сайте\n") == {
        "Подробнее на сайте": "page chrome"}


@pytest.mark.parametrize("line", [
    "The World Cup Final", "CHAMPIONS LEAGUE FINAL", "Issue 12 of the report was late.",
    "Off the record, the minister was less sure.",
    "Tea is served. • The guests arrive. • The host speaks. • Dinner follows.",
    "The browser did not render the page, so we read the text below.",
])
def test_lines_like_them_that_say_something_stay(line: str) -> None:
    text = f"{line}\n\nThe council met on Monday to discuss the region's security and its budget.\n"
    assert removed_lines(text) == {}


READER_PAGE = """\
Электронная библиотека » Собрание сочинений » » онлайн чтение - страница 2

Автор книги: Антон Чехов

Жанр: Рассказы

Он долго смотрел в окно, а потом сел писать письмо.

– Кто там? – спросил он, не поднимая головы.
"""


def test_an_e_book_reader_s_trail_and_book_fields_go() -> None:
    assert cleaned_text(READER_PAGE).startswith("Он долго смотрел в окно")


OFFERS_AT_THE_END = """\
Hoax releases

Last week a wire service published a false release about a food company, and withdrew it \
within the hour once the company said it was false.

For more about the trade press, visit its site.

Deals of the Week

$150 Off the Spring Summit

summit-180x150Join us in Austin, TX on March 3 for the Spring Summit, where you'll hear case \
studies from brands and nonprofits
"""


@pytest.mark.parametrize("line", ["Top Banner", "Sidebar banner 2", "header_banner",
                                  "Archive for March, 2013", "Monthly Archives: June 2024",
                                  "Archives: 2019"])
def test_an_ad_slot_s_name_and_a_blog_s_archive_heading_are_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The banner at the top of the page was taken down.",
    "Archive for the Ministry of Defence",
    "The archive for March 2013 was lost in the fire.",
    "Top Banner Designs of the Year",
])
def test_sentences_and_titles_about_banners_and_archives_stay(line: str) -> None:
    assert not is_chrome(view(line))


@pytest.mark.parametrize("line", ["mpu1", "DMPU 2", "Join our mailing list",
                                  "Join the mailing list!", "Topics: Security, Kazakhstan",
                                  "CORONAVIRUS WATCH KMTV LIVE SIGN UP TO OUR NEWSLETTERS "
                                  "LISTEN TO OUR PODCASTS LISTEN TO KMFM",
                                  "By pressing the Subscribe button, you confirm that you have "
                                  "read our Privacy Policy."])
def test_an_ad_server_s_slot_a_sign_up_box_and_a_menu_bar_in_capitals_are_chrome(
        line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    # a meeting's talk with its speaker, not a page's topics
    "Topic: Bees Swarms by Brad Keck",
    "Readers can sign up to our newsletters here and listen to our podcasts.",
    "She asked members to join our mailing list committee next year.",
    "By pressing the button, you confirm nothing: the vote is counted by hand.",
])
def test_a_talk_s_topic_and_sentences_about_newsletters_stay(line: str) -> None:
    assert not is_chrome(view(line))


def test_an_archive_heading_over_a_release_goes() -> None:
    text = ("Archive for May, 2012\n"
            "Harbour Systems Announces Record Orders for Its Cranes\n"
            "ROTTERDAM, May 3, 2012 — Harbour Systems said on Thursday that orders for its "
            "cranes rose by a third in the first quarter.\n")
    assert cleaned_text(text) == text.split("\n", 1)[1]


@pytest.mark.parametrize("line", [
    "Image may contain: 2 people, people smiling, outdoor",
    "May be an image of 3 people and text",
    "Η εικόνα ίσως περιέχει: ουρανός, σύννεφο και θάλασσα",
    "Изображение может содержать: небо, облако",
    "La imagen puede contener: cielo y mar",
])
def test_a_social_network_s_description_of_a_picture_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


def test_a_sentence_on_what_an_image_may_contain_stays() -> None:
    assert not is_chrome(view("The image may contain errors, the agency said."))


def test_a_shop_panel_s_offers_at_the_end_go_with_its_header() -> None:
    assert cleaned_text(OFFERS_AT_THE_END).endswith(
        "For more about the trade press, visit its site.\n")


def test_a_call_to_take_the_site_s_test_goes() -> None:
    text = ("A for loop repeats its body once for every item of a sequence, in order.\n\n"
            "Test your Python skills with the corresponding\nFREE Online Python Loops Test\n\n"
            "The range function gives the numbers a loop counts through, one by one.\n")
    assert set(removed_lines(text)) == {"Test your Python skills with the corresponding",
                                        "FREE Online Python Loops Test"}


@pytest.mark.parametrize("line", [
    "This site is for healthcare professionals only. By closing this message you confirm "
    "that you are a qualified healthcare professional.",
    "содержит материалы только для специалистов. Закрывая это окно, Вы подтверждаете, что "
    "являетесь медицинским работником.",
    "Το περιεχόμενο απευθύνεται σε επαγγελματίες υγείας. Κλείνοντας αυτό το μήνυμα "
    "επιβεβαιώνετε ότι είστε επαγγελματίας υγείας.",
])
def test_a_notice_in_which_the_reader_confirms_who_they_are_goes(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "By closing the border crossing, the ministry confirmed its earlier decision.",
    "Закрывая заседание, президент подтвердил, что встреча состоится в мае.",
    "If you confirm your attendance by closing time, the council will register you.",
])
def test_a_reporter_s_sentence_about_closing_and_confirming_stays(line: str) -> None:
    assert not is_chrome(view(line))


def test_the_start_of_a_notice_broken_over_two_lines_goes_with_it() -> None:
    text = ("Сайт издательства «Врач»\n"
            "содержит материалы только для специалистов. Закрывая это окно, Вы подтверждаете, "
            "что являетесь медицинским работником.\n\n"
            "Мнение врачей о профилактике\n\n"
            "Опрошены 300 врачей из трёх областей, и большинство поддержали мониторинг.\n")
    assert set(removed_lines(text)) == {"Сайт издательства «Врач»", text.splitlines()[1]}


def test_a_title_over_a_lower_case_label_stays() -> None:
    text = ("    Тексты для конкурса чтецов «Живое слово»\n    статья на тему\n\n"
            "    Кузьмина Анна Петровна\n\n"
            "    В помощь участникам и школьным кураторам собраны тексты для чтения.\n")
    assert "    Тексты для конкурса чтецов «Живое слово»" not in removed_lines(text)


def test_a_title_s_copy_is_judged_near_it_by_the_lines_left_between_them() -> None:
    """A copy of the title below a panel the cleaner took is as near the title as it will
    be once the panel is gone: one cleaning takes it, so a second one finds nothing."""
    title = "Security council secretaries to meet in the capital"
    body = ("The secretaries of the security councils of the member states will meet in the "
            "capital next week, the foreign ministry said on Thursday.\n\nThe meeting will "
            "focus on regional security and on cooperation among the member states.\n")
    panel = "Senior Member\nJoined\nMar 3, 2011\nPosts\n4,210\nLikes\n17\nViews\n12\n"
    page = f"{title}\n\nAnna Berg\n\n{panel}{title}\n\n{body}"
    assert cleaned_text(page) == f"{title}\n\nAnna Berg\n\n{body}"


def test_a_source_line_stays_among_chrome_and_the_distributor_s_link_goes() -> None:
    """"SOURCE Example Daily" names where a release came from, as the sets' labels keep
    it; the distributor's "View original content" line, its logo's alt text run into it,
    goes."""
    body = ("The ministers of the member states met in the capital on Tuesday and agreed "
            "on a plan for transit corridors across the region.\n\nThe plan will be put to "
            "the leaders of the member states at their summit in the autumn.\n")
    page = (f"{body}\nLogo View original content to download multimedia:"
            "https://www.example.com/news-releases/plan.html\n\nSOURCE Example Daily\n")
    assert cleaned_text(page) == f"{body}\nSOURCE Example Daily\n"


@pytest.mark.parametrize("line", [
    "Card image cap",
    "Prices rose again in March, the agency reported on Monday. The agency cited a ... more",
    "DMCA",
    "This text available in French and Russian",
    "Latest in Business",
    "Новости партнёров",
    "Выбор читателей",
    ">Source link>",
    ">>Join our Facebook Group be part of community. <<",
    "%d bloggers like this:",
    "3 thoughts on “Rivers and Stones",
    "image 1 image 2 image 3 image 4 image 5",
    "Posted by: Nicole@example.com AT 12:19 pm   |  Permalink   |  Email",
    "Вступай в сообщество «example.ru»!",
    "Comments have to be approved before showing up.",
    "Please note, comments need to be approved before they are published.",
    "To suggest a correction or clarification, write to us here",
    "Skip to content Skip to left sidebar Skip to footer",
    "Home | Discuss | Fork this notebook",
    "4 hours ago2 min read",
    "Name (required):",
    # a uCoz site's entry details and footer, a gallery's link, an upload's title with its
    # number, an advertisement's label between dashes, a view count in brackets
    "Просмотров: 1188 | Добавил: adm-preob | Рейтинг: 5.0/1 |",
    "399175, Липецкая область, ул. Центральная, д. 6 | AVKhr © 2012-2024 Создать бесплатный "
    "сайт с uCoz |",
    "Δείτε τις Φωτογραφίες",
    "Serzh Sargsyane hravirel e Azgayin anvtangowt`yan khorhrdi nist_35727",
    "- Advertisment -",
    "Просмотры (49)",
    # a template's placeholders the script never filled, a catalogue's link back to its list,
    # a uCoz site's greeting
    "{{ catalog.about.title }}",
    "Возврат к списку",
    "Приветствую Вас Гость | RSS",
    # a DataLife Engine theme's credit; a share bar's call without a network's name
    "шаблоны для dle 11.2",
    "Share on social media",
    # a post's categories; a local paper's appeal under its story
    "Categories: News, Events",
    "If you value what this story gives you, please consider supporting the Ilford Recorder. "
    "Click the link in the orange box above for",
])
def test_template_and_teaser_lines_are_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The site was built with uCoz in 2012, the head of the village said.",
    "Просмотров было много: 1188 человек пришли на праздник.",
    "See the photos the children took on the trip in the library.",
    "The file is named report_2023 on the shared drive.",
    # a sentence that opens on the word a post's categories line does
    "Categories for the honey competition will be:",
])
def test_sentences_near_those_lines_are_not(line: str) -> None:
    assert not is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Pages: 1 2 3 … 9 Next »",
    "« 1 2 3 4 »",
    "Страницы: 1 2 3",
    "Page 2 of 5",
    "Next: Chapter 3 Up: Contents Previous: Chapter 1",
    "1   2   3   4   5   6   7   8   9   ...   14",
    "1 2 3 … 27",
])
def test_a_pager_and_a_converter_s_navigation_are_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", ["Showing posts from August, 2017",
                                  "Showing posts with label Club news",
                                  "Showing posts for query rugby"])
def test_a_blog_platform_s_archive_heading_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


def test_a_sentence_about_showing_posts_is_not() -> None:
    assert not is_chrome(view("Showing posts to visitors is a choice."))


@pytest.mark.parametrize("line", ["1 2 3 4 5", "1  2  3  4", "In 1 2 3 … 7 cases it failed."])
def test_numbers_alone_with_no_gap_are_a_table_s_row(line: str) -> None:
    assert not is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Add Example Times to your Google News feed",
    "Add us as a preferred source on Google",
    "Síguenos en Google News",
    "Читайте нас в Google Новостях",
    "Spotted an error? Email us at corrections@example.com",
    "Found a mistake? Let us know.",
    "To report an error or typo, email the editor.",
    "All news",
    "Δείτε όλες τις ειδήσεις",
    "Все новости",
])
def test_calls_to_add_the_site_report_an_error_or_see_every_story_are_chrome(
        line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Officials found an error in the count on Monday.",
    "The paper had to report an error in its figures.",
    "The paper said it would follow Google News guidelines.",
    "We see all news as equal.",
    "Все новости о переговорах публикуются на сайте министерства.",
])
def test_sentences_about_errors_and_news_are_no_call(line: str) -> None:
    assert not is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "1 2 3",                                            # a row of a matrix
    "The scores were 1 2 3.",
    "Next: the council votes. Up: the markets rose.",   # sentences after the labels
    "Up: oil prices",
])
def test_numbers_and_labelled_sentences_are_no_pager(line: str) -> None:
    assert not is_chrome(view(line))


def test_a_long_run_of_digits_is_judged_at_once() -> None:
    """A page's numeric id (a news site's 42-digit story code) is no pager, and saying so
    takes no time: the pager's numbers are whole runs of digits, never split every way."""
    started = time.perf_counter()
    assert not is_chrome(view("010020020130000000000000011100001125597921"))
    assert not is_chrome(view("1 " * 40 + "x"))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("line", [
    "From Wikipedia, the free encyclopedia",
    "From Examplepedia, an open encyclopedia",
    "From Citizendium, the online encyclopaedia",
])
def test_a_wiki_s_tagline_under_the_title_goes(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Scan the QR code to donate via PayPal",
    "Please scan the code on the left or click here to donate.",
    "Dear readers, we need your support to keep this archive open to everyone.",
    "Thank you for being part of our community!",
    "progress: $1,250 raised out of $20,000 (14 supporters)",
    "€300 raised of €5,000",
])
def test_a_donation_banner_s_lines_go(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The appeal raised $1.2 million, a third of its target, the charity said.",
    "Dear readers will remember the council's last summit in Astana.",
    "He thanked the delegates for their support and closed the session.",
    "Thank you for your support.",
    "Use the remaining funds to give each school a library.",
    "The encyclopedia, from its first edition, named the organisation in full.",
])
def test_a_reporter_s_sentence_about_money_raised_or_support_stays(line: str) -> None:
    assert not is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Your browser is outdated and does not support modern web standards.",
    "Please install a modern browser",
    "Ваш браузер є застарілим і не підтримує сучасні веб-стандарти.",
    "Будь ласка, встановіть сучасний браузер",
    "Ваш браузер устарел и не поддерживает современные стандарты.",
    "Пожалуйста, обновите браузер",
    "Ο browser σας είναι παλιός και δεν υποστηρίζει τα σύγχρονα πρότυπα.",
    "Παρακαλούμε αναβαθμίστε τον φυλλομετρητή σας",
])
def test_a_browser_warning_over_the_page_goes(line: str) -> None:
    assert is_chrome(view(line))


def test_a_reporter_s_sentence_about_an_old_browser_stays() -> None:
    assert not is_chrome(view("Officials said the ministry's browser was outdated and unsafe."))


def test_a_bare_figure_between_a_banner_s_lines_goes_and_one_in_the_text_stays() -> None:
    text = ("Council meets on trade\n\nPlease click here to donate.\n\n0%\n\n"
            "€0 raised out of €50,000\n\n"
            "The council met on Monday to discuss trade between its member states.\n\n"
            "Votes in favour:\n\n12\n\nThe resolution passed without amendment.\n")
    removed = removed_lines(text)
    assert removed.get("0%") == "counter between chrome"
    assert "12" not in removed
    assert cleaned_text(text).startswith("Council meets on trade\n\nThe council met")


@pytest.mark.parametrize("line", [
    "ABOVE: Ministers comment on the emergency session of the council",
    "WATCH ABOVE: Leaders arrive for the summit in Astana",
    "Get breaking World news",
    "Get the latest business headlines",
    "Article image",
    "Featured image",
    "Avatar",
    "Аватар пользователя Angler",
    "Published in",
    "PREVIOUSLY in New Favorites: High school flashbacks",
    "Thanks for reading Hellenic News of America",
    "Thanks for reading The Weekly Letter! Subscribe for free to receive new posts.",
])
def test_a_player_s_label_a_sign_up_heading_and_an_image_placeholder_go(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Above: the leaders at the summit, in a file photo.",
    "Above all, the ministers agreed to meet again in the spring.",
    "The article's image of the summit was taken by a pool photographer.",
    "Thanks for reading!",
    "Thanks for reading, and see you next week.",
    "Thanks for reading this far: the recipe follows.",
    "Published in 1998, the book was a success.",
    "Previously in Geneva: the talks broke down after two days.",
    "Аватар он сменил ещё весной.",
])
def test_a_caption_or_a_sentence_opening_with_above_stays(line: str) -> None:
    assert not is_chrome(view(line))


def test_the_title_printed_again_over_its_caption_keeps_the_caption_under_it() -> None:
    # Only chrome between the two copies: the lone first copy goes, and the title stays
    # directly over the caption it was printed with, with no blank line put between.
    text = ("Ministers outline the council's priorities for the year\n\n4 min read\n"
            "Ministers outline the council's priorities for the year\n"
            "The ministers in the capital on March 28. (Ministry photo)\n\n"
            "The first meeting of the council this year was held on March 29, the ministry "
            "said in a statement.\n")
    assert cleaned_text(text) == (
        "Ministers outline the council's priorities for the year\n"
        "The ministers in the capital on March 28. (Ministry photo)\n\n"
        "The first meeting of the council this year was held on March 29, the ministry said "
        "in a statement.\n")


MAG_TITLE = "Ministers outline the council's priorities for the year"
MAG_TEASER = ("The council meets four times this year. Read what the ministers plan for "
              "trade, transport and the new border posts.")
MAG_TEXT = ("The first meeting of the council this year was held on March 29, the ministry "
            "said in a statement.\n")


def test_the_headline_again_under_a_teaser_and_a_date_stays() -> None:
    """A magazine prints the title over its teaser, then the article: its date, the
    headline again, the text.  The second headline is the article's own (the labels of
    the real sets keep both): taking it leaves the article's text without its heading."""
    text = f"{MAG_TITLE}\n\n{MAG_TEASER}\n\n29 March 2025\n{MAG_TITLE}\n\n{MAG_TEXT}"
    assert cleaned_text(text) == text


def test_the_headline_again_under_its_date_alone_goes() -> None:
    """With only a date between them the two copies are one header printed twice: one
    goes, the teaser being what tells an article's heading from a copy."""
    text = f"{MAG_TITLE}\n\n29 March 2025\n{MAG_TITLE}\n\n{MAG_TEXT}"
    assert cleaned_text(text).count(MAG_TITLE) == 1
    assert "29 March 2025" in cleaned_text(text)


# --- a call's first words, a picture's credit ---------------------------------------------

SENTENCE_LIKE_A_CALL = ("Get the latest updates from the council's website, the ministry "
                        "advised residents on Monday.")


def test_an_article_s_sentence_opening_like_a_sign_up_call_stays() -> None:
    assert is_chrome(view(SENTENCE_LIKE_A_CALL))   # its first words are a sign-up box's
    text = (f"Flood warnings renewed in the north\n\n{SENTENCE_LIKE_A_CALL}\n\n"
            "The river rose by two metres overnight, the agency said in a statement.\n")
    assert clean_document(text).text == text


def test_the_same_call_beside_a_sign_up_box_goes() -> None:
    text = ("Flood warnings renewed in the north\n\n"
            "The river rose by two metres overnight, the agency said in a statement.\n\n"
            f"{SENTENCE_LIKE_A_CALL}\nSubscribe\n\n"
            "Residents were told to stay away from the banks until the weekend.\n")
    assert SENTENCE_LIKE_A_CALL in removed_lines(text)


@pytest.mark.parametrize("credit", ["Фото: БЕЛТА", "фото: https://onf.ru",
                                    "Изображение: Совет Федерации, wikimedia.org",
                                    "Photo: Reuters", "(Photo by Jane Doe/AFP)",
                                    "Фото: © РИА Новости/Гавриил Григоров"])
def test_a_picture_s_credit_line_stays_where_the_page_prints_it(credit: str) -> None:
    text = ("Ministers meet in Minsk\n\n12:35, 23 ноября\n\n"
            f"{credit}\n\n"
            "The ministers met in Minsk on Thursday to discuss the treaty, the ministry "
            "said in a statement.\n\n"
            "They agreed to meet again in the spring, the statement added.\n")
    assert clean_document(text).text == text


def test_the_main_picture_s_credit_under_the_article_stays_above_its_closing_chrome() -> None:
    """"Main image credit: Getty" credits the picture over the article; the share button,
    the tag line and the call to follow under it close the page."""
    article = ("Alibaba prices its Hong Kong listing\n\n"
               "The company set the price of its shares on Wednesday, investors were told, "
               "ahead of its listing in Hong Kong next week.\n\n"
               "Its listing ceremony is due to be held at the exchange next Tuesday.\n\n"
               "Main image credit: Getty\n")
    page = article + "\nShare\n\nTags: Alibaba\n\nFollow us for breaking news and latest updates:\n"
    assert is_credit_line("Main image credit: Getty")
    assert cleaned_text(page) == article


def test_a_credit_line_is_a_label_and_a_name_not_a_sentence() -> None:
    assert is_credit_line("Фото: БЕЛТА") and is_credit_line("AP Photo/Jane Doe")
    assert not is_credit_line("Photos")
    assert not is_credit_line("Photos: the delegates arrived. Then the talks began. Later on.")


def test_a_poet_s_copyright_over_their_note_stays_a_site_s_footer_goes() -> None:
    poem = ("An Autumn Fold\n\nWhat have i heard of Autumn?\nLeaves fall, they bare the trees.\n"
            "What is this Season’s anthem?\n\n© gillena cox 2024\n\n"
            "Lines 7, 8, and 10 contain words from Emily Dickinson, whose poem on the autumn "
            "morns the verses answer.\n")
    assert clean_document(poem).text == poem
    assert cleaned_text(poem.split("\n\nLines")[0] + "\n") == poem.split("\n\n©")[0] + "\n"


def test_a_picture_s_copyright_between_paragraphs_stays_a_closing_one_goes() -> None:
    first = ("Workers cleared the square on Monday after the storm brought down two of the "
             "old plane trees that lined it for a century.")
    second = ("The council said the trees would be replaced in the spring and that the square "
              "would reopen to traffic by the end of the week.")
    page = f"Storm fells trees in the old square\n\n{first}\n\n© Reuters\n\n{second}\n"
    assert cleaned_text(page) == page
    closing = f"Storm fells trees in the old square\n\n{first}\n\n{second}\n\n© Reuters\n"
    assert "© Reuters" not in cleaned_text(closing)


def test_an_image_courtesy_line_is_a_credit() -> None:
    assert is_credit_line(view("[image courtesy dVerse poets pub]"))
    assert is_credit_line(view("Photo courtesy of the Ministry of Defence"))


def test_a_media_library_s_language_and_format_fields_go_between_paragraphs() -> None:
    text = ("8162nd Security Council Meeting on Afghanistan\n\n"
            "Preview Language:   English\n19-Jan-2018 03:51:38\n"
            "The Council adopted a presidential statement on Afghanistan ahead of its debate.\n\n"
            "Available Languages: Six Official\nSix Official\nOther Formats\n"
            "Reaffirming its commitment to the sovereignty of Afghanistan, the Council "
            "adopted the statement today.\n")
    assert cleaned_text(text) == (
        "8162nd Security Council Meeting on Afghanistan\n\n19-Jan-2018 03:51:38\n"
        "The Council adopted a presidential statement on Afghanistan ahead of its debate.\n\n"
        "Reaffirming its commitment to the sovereignty of Afghanistan, the Council "
        "adopted the statement today.\n")
    assert not is_chrome(view("Other languages spoken in the region include Uzbek"))


def test_a_caption_printed_twice_under_its_credit_is_kept_once_with_the_credit() -> None:
    text = ("Небензя ушел с заседания СБ ООН\n\n"
            "Изображение: Совет Федерации, wikimedia.org\nВасилий Небензя\nВасилий Небензя\n\n"
            "Постоянный представитель России при ООН Василий Небензя покинул заседание "
            "Совбеза ООН по Украине перед началом выступления представителя Украины.\n")
    assert removed_lines(text) == {"Василий Небензя": "copy of the caption above it"}
    assert "Изображение: Совет Федерации, wikimedia.org\nВасилий Небензя\n\n" in cleaned_text(text)


def test_a_numbered_list_of_contents_is_the_documents_own() -> None:
    """"1) Top headlines" reads like a widget's header, but an item numbered in sequence
    with the lines under it is the text's own list: the whole list stays."""
    from tests.support.cleaning import cleaned_text

    text = ("Morning press highlights\n\nThe embassy's summary of the morning papers follows, "
            "with the editorials of the three largest dailies and the cabinet's schedule.\n\n"
            "Index:\n\n1) Top headlines\n2) Editorials\n3) Prime Minister's daily schedule\n\n"
            "The papers led with the government's plan to send civilians to assist in the "
            "reconstruction effort, which the cabinet is to approve on Friday.\n")
    assert cleaned_text(text) == text


# --- a flattened layout table's bars on lines of prose ----------------------------------------

def test_a_layout_table_s_bars_leave_the_lines_of_prose_they_closed() -> None:
    page = ("Council meets in Astana\n\n"
            "| The foreign ministers of the bloc met in Astana on Tuesday to discuss new "
            "transit corridors. |\n\n"
            "Officials expect the ministers to approve a plan for the corridors before the "
            "summit. |\n")
    assert cleaned_text(page) == (
        "Council meets in Astana\n\n"
        "The foreign ministers of the bloc met in Astana on Tuesday to discuss new transit "
        "corridors.\n\n"
        "Officials expect the ministers to approve a plan for the corridors before the "
        "summit.\n")


@pytest.mark.parametrize("text", [
    "| Name | Role |\n|------|------|\n| Anna Berg chaired the meeting of the council. |  |\n",
    "| The first line of a poem that opens with a bar,\n| and its second line goes on.\n",
    "      | PISCATOR |\n      | VIATOR   |\n",
])
def test_a_table_a_line_block_and_a_box_keep_their_bars(text: str) -> None:
    assert clean_document(text).text == text


# --- the author's source line closing the story -------------------------------------------

SOURCE_LINES = ["Πηγή: news.makedonias.gr", "Источник: ria.ru", "Source: example.com",
                "Fonte: g1.globo.com", "Fuente: elpais.com", "Source – example.com",
                "Source - Reuters.com", "Πηγή - news.makedonias.gr", "Источник – ria.ru",
                "Fuente - elpais.com"]
SOURCE_STORY = ("Μια τοποθέτηση που έχει ιδιαίτερη αξία, καθώς γίνεται από έναν άνθρωπο που δεν "
                "έχει καμία σχέση με την πολιτική.\n")


@pytest.mark.parametrize("source", SOURCE_LINES)
def test_the_author_s_source_line_naming_a_site_closes_the_story_and_stays(source: str) -> None:
    """A source line is the author's word on where the facts came from, even when all it
    names is a site's address: the share bar under it goes, the source line stays."""
    story = f"{SOURCE_STORY}\n{source}\n"
    assert cleaned_text(story + "\nShare this:\nFacebook\n") == story


def test_a_video_s_label_over_the_address_it_came_from_goes() -> None:
    """"Видео: kremlin.ru" names where a player's video came from, not the story's facts:
    it goes from a scraped page and from an authored text alike."""
    page = f"{SOURCE_STORY}\nВидео: kremlin.ru\n"
    assert cleaned_text(page) == SOURCE_STORY
    assert clean_document(page, CleanOptions(chrome="authored")).text == SOURCE_STORY


def test_a_newsroom_s_credit_between_a_photo_credit_and_a_share_bar_stays() -> None:
    """"Reporting by X; Editing by Y" closing a wire story is the article's, even with the
    photo's credit above it and the share bar under it."""
    story = MAG_TEXT + "\nPhoto: AP\nReporting by Anna Berg; Editing by Tom Hale\n"
    assert cleaned_text(story + "Share this:\nFacebook\n") == story


BANNER_HEADLINE = "Council meets in Astana"
BANNER_BODY = ("The foreign ministers of the bloc met in Astana on Tuesday to discuss new "
               "transit corridors.\n\nOfficials expect the ministers to approve a plan for the "
               "corridors before the summit.\n")


@pytest.mark.parametrize("line, sentence", [
    ("En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies. "
     "Ces derniers assurent le bon fonctionnement de nos services. En savoir plus.",
     "En poursuivant votre navigation sur le fleuve, nous avons vu des hérons."),
    ("Si continúa navegando, consideramos que acepta el uso de cookies.",
     "Si continúa navegando por el río, verá las garzas en la orilla."),
    ("HAPPENING NOW:", "What is happening now in the council is a fight over the budget."),
    ("Iklan Headers", "The ad header ran across the top of every page of the paper that year."),
    ("Ad Sidebar 2", "An ad sidebar 2 inches wide ran beside every page of the paper that year."),
    ("Empfohlene Beiträge", "Empfohlene Beiträge des Rates wurden am Dienstag veröffentlicht."),
])
def test_a_foreign_consent_banner_or_a_ticker_s_label_goes_a_sentence_in_its_words_stays(
        line: str, sentence: str) -> None:
    """The banner or label goes from a scraped page and from an authored text (where only
    the chrome vocabulary judges a line); a sentence of the article opening with the same
    words stays in both."""
    article = f"{BANNER_HEADLINE}\n\n{sentence}\n\n{BANNER_BODY}"
    assert cleaned_text(article) == article
    assert cleaned_text(f"{BANNER_HEADLINE}\n\n{sentence}\n\n{line}\n\n{BANNER_BODY}") == article
    assert clean_document(f"{line}\n\n{article}", CleanOptions(chrome="authored")).text == article


TAG_LINE = "Security   President of Kazakhstan   2022 state of emergency"


def test_a_tag_list_alone_still_goes() -> None:
    text = ("Ministers agree on a grid study\n\n"
            "The ministers agreed on Tuesday to pay for a study of a shared power grid.\n\n"
            f"{TAG_LINE}\n")
    assert removed_lines(text) == {TAG_LINE: "tag list"}


def test_a_row_whose_columns_line_up_with_the_next_row_is_a_table_s_and_stays() -> None:
    """A cheat sheet sets its rows apart by blank lines; their columns still line up,
    which a scraper's run of tags does not."""
    text = ("Markdown at a glance\n\n"
            "# H1   ## H2   ### H3        Headings\n\n"
            "*italic*  _italic_           Emphasis\n")
    assert removed_lines(text) == {}


CASE_INPUTS = sorted(path for path in (Path(__file__).parent / "cases").glob("*/*.*")
                     if ".out." not in path.name)


def test_capital_headings_read_once_judge_every_line_as_before() -> None:
    """The cleaner reads a document's capital headings once (:func:`capital_headings`)
    instead of once for every line it asks about: on every line of every case input, the
    answer is the one reading the whole document again for that line gave."""
    asked = 0
    for path in CASE_INPUTS:
        lines: list[str | None] = list(path.read_text("utf-8").splitlines())
        headings = capital_headings(lines)
        for index in range(len(lines)):
            alone = capital_section(lines, index)
            assert capital_section(lines, index, headings) == alone, (path.name, index)
            asked += alone
    assert asked > 0        # the manual pages among the cases are laid out so


def test_a_news_page_s_see_also_in_capitals_is_still_a_widget() -> None:
    """A manual page's capital "SEE ALSO" heads its last section (it keeps it,
    cases/wrapped/manual-page-see-also.txt); on a news page, with no other capital
    headings around it, the same words still head the site's list of links."""
    text = ("Council approves the new budget\n\n"
            "The city council approved the budget for next year on Monday evening, after a "
            "debate that lasted more than four hours and ended in a narrow vote.\n\n"
            "The mayor said the money for the new library would be spent over three years, "
            "starting in the spring.\n\n"
            "SEE ALSO\nLibrary plans unveiled\nMayor answers questions on taxes\n")
    out = clean_document(text).text
    assert "SEE ALSO" not in out and "Library plans unveiled" not in out
    assert out.rstrip().endswith("starting in the spring.")


# --- no text is taken whole for chrome -----------------------------------------------------

ONLY_BANNER_SENTENCES = """\
We use cookies to improve your experience on our website. By continuing to browse, you \
agree to our use of cookies.
Sign up for our newsletter to get the latest news and exclusive offers delivered straight \
to your inbox every week.
By closing this message you confirm that you are a healthcare professional registered in \
the United Kingdom.
"""


def test_a_text_whose_every_sentence_reads_as_chrome_comes_out_whole() -> None:
    """Each line alone is a banner's; a text of nothing else is still a text someone sent
    to be cleaned, and an empty result would lose all of it."""
    assert clean_document(ONLY_BANNER_SENTENCES).text == ONLY_BANNER_SENTENCES


POEM_UNDER_BANNERS = """\
The river keeps its counsel
under the willow's hair,
and what the current carried
is neither here nor there.

The stones remember water,
the water not the stone;
whatever passes over
goes on, and goes alone.

We use cookies to improve your experience on our website. By continuing to browse, you \
agree to our use of cookies.

Sign up for our newsletter to get the latest news and exclusive offers delivered straight \
to your inbox every week.

By closing this message you confirm that you are a healthcare professional registered in \
the United Kingdom.
"""


def test_verse_keeps_its_lines_when_the_page_around_it_was_all_chrome() -> None:
    """Every line of prose goes, but the poem is most of the text: nothing is lost."""
    assert cleaned_text(POEM_UNDER_BANNERS) == POEM_UNDER_BANNERS.split("\n\nWe use")[0] + "\n"


def test_a_diary_entry_s_time_under_its_date_and_place_stays() -> None:
    # https://flederdachboden.diary.ru/ (a travel diary's first entry)
    text = ("Того, что создано мечтою художника, нет нигде, кроме как в нем самом\n"
            "Предисловие\n\n"
            "17.07.2018\nБорт самолёта Москва – Петропавловск-Камчатский\n20:16\n\n\n"
            "«Это странное место Камчатка…» Единственная ассоциация, которая у меня есть с "
            "Камчаткой, – это одноимённая песня Цоя.\n\n"
            "Но только пока. Через 8 часов я окажусь в самой восточной части России.\n")
    assert "Москва – Петропавловск-Камчатский\n20:16\n" in clean_document(text).text


def test_a_bare_time_with_no_date_in_its_paragraph_still_goes() -> None:
    # A player's timestamp: the date two lines up stands in another paragraph.
    text = ("17.07.2018\n\nWatch the launch\n20:16\n\n"
            "The rocket left the pad at dawn, the agency said in a statement on Tuesday.\n"
            "Its payload reached orbit nine minutes later, engineers confirmed.\n")
    assert "20:16" not in clean_document(text).text


def test_a_source_line_loses_the_table_bar_after_it() -> None:
    # https://culture-rzn.ru/ (a library's announcement, from culture.ru)
    text = ("В Рязанской областной библиотеке пройдёт вечер настольных игр для всей семьи.\n"
            "Все желающие смогут поиграть в увлекательные настольные игры и познакомиться с "
            "литературой, представленной на выставке-панораме «Книги и люди: век XXI».\n"
            "Источник: culture.ru |\n")
    assert clean_document(text).text.endswith("«Книги и люди: век XXI».\nИсточник: culture.ru\n")


def test_a_source_cell_in_a_table_of_bars_keeps_its_bar() -> None:
    text = ("The figures below come from the ministry's yearly report on exports.\n"
            "Wheat 2023 | 14 |\nИсточник: culture.ru |\nBarley 2023 | 3 |\n")
    assert "Источник: culture.ru |" in clean_document(text).text


@pytest.mark.parametrize("line", [
    "top of page", "bottom of page", "Haut de page", "Низ страницы",   # a site builder's anchors
    "Close Search Window", "Закрыть поиск", "Fermer la recherche",         # a search overlay
    "Start a new thread", "Создать тему", "Neues Thema erstellen",
    "81 to 100 of 176 replies", "1 - 20 of 58 Posts",                       # a forum's pager
    "« Back", "« Назад",                                                    # a link back
    "The following comments are owned by whomever posted them. This site is not "
    "responsible for what they say.",
    "Village SOS BBC1 | 0 comments | Create New Account", "Create new account",
    "No account? Create an account",
    "Article URL:", "Did you get the information you needed?",
    "AZN = 54.42 RUB", "1 USD = 92.51 ₽",                                  # a currency ticker
    "All Right Reserved © Albashir 2016",
    "UN - United Nations published this content on 14 July 2020 and is solely responsible for "
    "the information contained therein. Distributed by Public, unedited and unaltered, on 14 "
    "July 2020 17:20:01 UTC",
])
def test_furniture_every_site_of_its_kind_prints_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The top of the page was torn.",
    "Back pain is the commonest complaint.",
    "He did not go back to the village.",
    "The search was closed after three days.",
    "A new topic was raised at the meeting.",
    "New topic", "Назад", "Πίσω",       # a minute's heading, a word of a poem or a story
    "Comments are owned by the council.",
    "The rouble fell to 92.51 against the dollar.",
])
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert not is_chrome(view(line))


def test_a_title_a_comment_bar_names_again_stays() -> None:
    # The bar under the post names the post's title again: it is no trail of the site's
    # sections above the article, and the title stays while the bar goes.
    body = ("BBC broadcast an interesting programme inspiring others to breathe community "
            "back into villages.\n\nIt gives a great insight into the work needed to bring "
            "a community together.\n")
    text = (f"Village SOS BBC1\n\n{body}\nVillage SOS BBC1 | 0 comments | Create New Account\n"
            "The following comments are owned by whomever posted them. This site is not "
            "responsible for what they say.\n")
    assert cleaned_text(text) == f"Village SOS BBC1\n\n{body}"


def test_a_picture_s_file_name_before_each_paragraph_goes() -> None:
    one = ("Having been away from the shops for a week, the first thing I do is walk around "
           "and see what came in.")
    two = "I think part of being a good retailer is seeing things through your customers' eyes."
    text = (f"Loving New\n\nMarch 12, 2013\n\n20130312-084631.jpg {one}\n\n"
            f"20130312-084807.jpg {two}\n")
    assert cleaned_text(text) == f"Loving New\n\nMarch 12, 2013\n\n{one}\n\n{two}\n"


def test_a_file_name_an_author_writes_in_a_sentence_stays() -> None:
    text = ("Themes\n\nlogo.png is the file the theme reads for the header of every page.\n\n"
            "Replace it with your own picture, the same size, and reload the site.\n")
    assert cleaned_text(text) == text


@pytest.mark.parametrize("line", [
    "/upload/iblock/744/7446421994d24fe963050f58c83847c9.jpg", "20130312-084631.jpg",
    "images/2019/05/summit.png"])
def test_a_picture_s_address_alone_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", ["logo.png", "Figure 2.png of the report"])
def test_a_file_an_author_names_is_no_picture_s_address(line: str) -> None:
    assert not is_chrome(view(line))


def test_a_masthead_s_spaced_out_web_address_is_chrome() -> None:
    assert is_chrome(view("Samarkand regional government w w w . s a m a r k a n d . u z"))
    assert not is_chrome(view("The address is www.samarkand.uz, the regional government's."))


def test_a_tag_label_over_its_row_of_lost_tags_goes() -> None:
    body = ("Τὸ Σάββατο 29 Ἰουνίου μὲ τὸν Πανηγυρικὸ Ἑσπερινὸ ἄρχισαν οἱ ἐκδηλώσεις πρὸς "
            "τιμὴν τῶν 12 Ἀποστόλων.\n")
    assert cleaned_text(f"Ἐτικέττες\n\n, , ,\n\n{body}") == body


def test_a_data_file_s_empty_row_stays() -> None:
    text = "name,town,year,notes\nAnna,Leeds,2019,\n,,,\nBoris,Kyiv,2020,moved\n"
    assert cleaned_text(text) == text


# Interface labels of a site's tools, left as lines; each class recurs across platforms.
# Excerpts: uwlax.edu/graduate-studies/graduate-student-achievement-awards/ ("Expand page menu",
# "Skip to page menu"), awimb.com/printthread.php ("Printable View"), parianostypos.gr ("Εκτύπωση
# αυτής της σελίδας"), fc-utd.co.uk/story.php?story_id=318 (the text-size buttons glued to the
# site's name), newswise.com/articles/list ("Filters close"), hackernoon.com (its reader views).
@pytest.mark.parametrize("line", [
    "Expand page menu", "Skip to page menu", "Collapse site navigation", "Развернуть меню",
    "Printable View", "Printer-friendly version", "Εκτύπωση αυτής της σελίδας",
    "Версия для печати", "Druckversion", "Version imprimable",
    "FC United of ManchesterSmaller TextLarger Text", "Уменьшить шрифт Увеличить шрифт",
    "Filters close", "Clear all filters",
    "Read this story w/o Javascript", "Read on Terminal Reader",
])
def test_a_site_tool_s_button_left_as_a_line_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


# A panel's toggle left as a line: a news agency's page over its story (armenpress.am, "Show news
# feed"), its kin on other sites' live pages and players.  Each goes by its kind, a toggle's
# verb and the panel it opens, whatever the panel is named.
@pytest.mark.parametrize("line", [
    "Show news feed", "Hide news feed", "Show live feed", "Hide the sidebar", "Collapse sidebar",
    "Show transcript", "Expand map", "Toggle table of contents", "Show more details ▼",
    "Показать ленту новостей", "Скрыть карту",
])
def test_a_panel_s_show_or_hide_button_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Show the map to the driver.", "The news feed showed nothing for an hour.", "Hide and seek",
    "Live feed", "Show of force", "Map of the region", "Показать себя",
])
def test_lines_that_name_a_panel_in_a_sentence_or_alone_stay(line: str) -> None:
    assert not is_chrome(view(line))


def test_the_feed_button_over_a_story_goes_and_the_story_stays() -> None:
    story = ("The informal summit of the leaders of the member countries opened in Saint "
             "Petersburg on Friday, the agency reported.\n\nThe host invited his colleagues "
             "to a tour of the palaces before the talks.\n")
    assert cleaned_text("Hide news feed\n\n" + story) == story


# A theme's meta line and a microblog's note counter (brokenspokesantafe.com/spring-is-here/:
# "with No Comments"; tumgik.com/ultimate-particle: "1 note", "View note", "0 notes").
@pytest.mark.parametrize("line", ["with No Comments", "with 3 Comments", "1 note", "0 notes",
                                  "12,345 notes", "View note", "View notes"])
def test_a_meta_line_left_without_its_post_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


# The site's calls about itself: burnleyexpress.net and northamptonchron.co.uk ("Watch more of
# our videos on Shots!"), gundagaiindependent.com.au ("This content is for digital subscribers
# only.."), sheppnews.com.au (the paywall's loader), upperuwchlan-pa.gov (the site builder's call).
@pytest.mark.parametrize("line", [
    "Watch more of our videos on Shots!",
    "This content is for digital subscribers only..", "This article is for premium members only",
    "Hold tight - we’re checking permissions before loading more content",
    "Create an Account - Increase your productivity, customize your experience, and engage in "
    "information you care about.",
])
def test_a_call_about_the_site_itself_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


# A picture's file name where the picture was: pavl23.ru/item/750354 ("DSCF4868DSCF4870"),
# thechurchnews.com (a screenshot's and a stock library's), roadbikeoc.com (a hashed name).
@pytest.mark.parametrize("line", [
    "DSCF4868DSCF4870", "IMG_4662", "DSC_0123.JPG", "AdobeStock_42983603.jpeg",
    "Screen_Shot_2023_02_22_at_11.01.05_AM.png", "1f3a86accee2fe2c100fcd335c801563",
    # carolinelupini.com (a screenshot's name with its ending lost), kryaradm.ru (pictures
    # named by a number, run together)
    "Screen Shot 2015-12-01 at 11.57.28 AM", "Screenshot_20231005-142210", "11.jpg13.jpg",
    # timescolonist.com (an upload's name with the system's number, under the teaser)
    "b3-2TeamBC-7342.jpg",
])
def test_a_camera_s_or_a_library_s_file_name_alone_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


# A platform's furniture: shingaychurches.co.uk/author/ann/ (each teaser's link), a Medium post's
# app buttons, flederdachboden.diary.ru (the entry's tags).
@pytest.mark.parametrize("line", [
    "Summer 24 Parish Letter Read More »", "June’s Parish Letter Read More »",
    "A button that says ‘Get it on, Google Play’, and if clicked it will lead you to the Google "
    "Play store",
    "@темы: Полёты с Чердака и наяв",
])
def test_a_platform_s_furniture_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The printable version of the report is on the council website.",
    "She chose a larger text and a smaller text for the sign.", "Larger text",
    "The filters close the pores.", "He left with no comments.", "Field notes",
    "The 3 notes he played were enough.", "Watch more of the videos on the police website.",
    "The DSCF4868 was blurred.", "DSC-RX100", "He said it. Read more »",
    "Read the menu before you order.", "Печать",
])
def test_article_lines_with_the_same_words_stay(line: str) -> None:
    assert not is_chrome(view(line))


def test_a_permalink_label_glued_to_the_last_sentence_goes() -> None:
    # doclist.ru/news/workd_news/2969964.html
    body = ("Байден решил выдвинуть Линн Трейси, которая сейчас возглавляет диппредставительство "
            "в Армении. Россия дала агреман на назначение.")
    assert cleaned_text(f"{body} Постоянная ссылка на новость:\n") == f"{body}\n"


def test_a_call_to_the_site_s_channel_glued_to_the_last_sentence_goes() -> None:
    # moskva.plus/ru/v-mide-rf-zaiavili-…-211250
    body = ("В СМИ появлялась информация, что наиболее вероятным кандидатом на пост посла может "
            "быть Александр Дарчиев, директор департамента Северной Атлантики МИДа.")
    assert cleaned_text(f"{body} 🔴 Подпишись на «Говорит Москва»\n") == f"{body}\n"


def test_the_same_words_inside_a_sentence_stay() -> None:
    text = ("Он прислал постоянную ссылку на новость: она открывается без ошибок, сообщили "
            "в редакции.\n")
    assert cleaned_text(text) == text


def test_a_newsletter_box_s_states_run_into_one_line_are_chrome() -> None:
    # northumberlandgazette.co.uk: the box under the lead
    assert is_chrome(view(
        "Sign up to our daily newsletter Sign up Thank you for signing up! Did you know with an "
        "ad-lite subscription to Northumberland Gazette, you get 70% fewer ads while viewing the "
        "news that matters to you. Subscription Offers Sorry, there seem to be some issues. "
        "Please try again later. Submitting..."))


def test_an_icon_s_name_before_the_dateline_goes_and_the_date_stays() -> None:
    # newsbryansk.ru: "icon 29/09/2023" / "icon 19:08" under the standfirst
    assert cleaned_text("icon 29/09/2023\n\nВ Брянской области продолжается ремонт дорог, "
                        "сообщили в правительстве региона в пятницу.\n").startswith("29/09/2023\n")


@pytest.mark.parametrize("line", ["Tagged: nyc museums", "Tagged with: travel, food"])
def test_a_tag_archive_s_label_is_chrome(line: str) -> None:
    # killingthebreeze.com: the first line of a tag archive
    assert is_chrome(view(line))


CALLS_ARTICLE = ("Council approves new cycle lanes\n{top}\n"
                 "The city council approved three new cycle lanes on Tuesday after a year of "
                 "consultation with residents and local businesses.\n"
                 "Work on the first lane will start in the spring and should take six months, "
                 "officials said.\n{end}\n")


@pytest.mark.parametrize("top", [
    "Member Login\nLog in or register today to take part in our community, comment on articles "
    "and manage your account!",
    "1 star 2 stars 3 stars 4 stars 5 stars",
    "Sign in to save stories.\nLike this story?\nThanks for saving this article! We have added it "
    "to your reading list.",
    "Internet Explorer 11 is no longer supported. Please use a modern browser such as Firefox "
    "or Chrome to view this site.",
    "fbpx",
    "Like this?",
    "Print this report",
])
def test_a_site_s_login_rating_save_and_browser_lines_over_the_story_go(top: str) -> None:
    assert cleaned_text(CALLS_ARTICLE.format(top=top, end="")) == CALLS_ARTICLE.format(
        top="", end="").replace("\n\n", "\n")


@pytest.mark.parametrize("end", [
    "Give Your Support\nCity Radio helps you understand your city. Give your support to this "
    "public service and keep local journalism free for everyone.",
    "Media release ~",
    "For more details, please fill in the enquiry form at",
])
def test_a_newsroom_s_appeal_a_release_link_and_a_cut_form_prompt_under_the_story_go(
        end: str) -> None:
    assert cleaned_text(CALLS_ARTICLE.format(top="", end=end)) == CALLS_ARTICLE.format(
        top="", end="")[:-1]


@pytest.mark.parametrize("line", [
    "Internet Explorer is no longer supported by Microsoft, which ended its updates in 2022.",
    "Members who log in or register to take part in the vote must do so by Friday, the club said.",
    "She said the reader should please complete the form on the council's website by May.",
])
def test_sentences_about_browsers_logins_and_forms_stay(line: str) -> None:
    text = CALLS_ARTICLE.format(top="", end=line).replace("\n\n", "\n")
    assert cleaned_text(text) == text


def test_a_page_s_title_under_its_glued_breadcrumb_stays() -> None:
    text = ("HomeAboutTeamNews\nOur hiring process\n\n"
            "Once a vacancy has been approved, the team writes the advert and publishes it on "
            "the careers page and on two job boards.\n\n"
            "Candidates are invited to an interview within three weeks of the closing date.\n")
    assert cleaned_text(text) == text.replace("HomeAboutTeamNews\n", "")


def test_the_state_feedback_widget_and_service_rating_block_of_a_russian_site_go() -> None:
    """The "Решаем вместе" widget and the bus.gov.ru rating block every Russian public
    body's site carries, above the library's own news."""
    news = ("Подарок читателям\n\n"
            "Библиотека получила в дар от жителей города сто новых книг для детского зала.\n")
    page = ("Решаем вместе\n"
            "Хочется, чтобы библиотека стала лучше? Сообщите, какие нужны изменения и "
            "получите ответ о решении\n"
            "QR-код на НОК (главная страница)\n\n"
            "Чтобы оценить условия предоставления услуг используйте QR-код или перейдите по "
            "ссылке ниже\n\n"
            "https://bus.gov.ru/rate/457816?continue=true\n\n") + news
    assert cleaned_text(page) == news


def test_a_related_teaser_inside_the_article_goes_and_a_featured_headline_stays() -> None:
    """"RELATED:" between two paragraphs heads one other story's headline, which goes; a
    "Featured Stories" label over the page's own headline and its wire dateline does not
    make the headline another story's."""
    first = ("On Tuesday the president chaired a summit of the Commonwealth's leaders, "
             "where the year's results were discussed.")
    second = ("During the meeting, the members will review the presidency, which passes "
              "to another state next year.")
    page = (f"Summit Opens\n\n{first}\n\nRELATED:\n\n"
            f"Thousands of Soldiers Have Died in the Border Province\n\n{second}\n")
    assert cleaned_text(page) == f"Summit Opens\n\n{first}\n\n{second}\n"
    wire = ("Featured Stories\nWingate University: Look Back at a Busy 2025\n"
            "WINGATE, North Carolina, Jan. 3 -- Wingate University issued the following news:\n"
            "2025 was a busy year at the university, full of academic work and service to the "
            "community around it.\n")
    assert "Wingate University: Look Back at a Busy 2025" in cleaned_text(wire)


STORY_FOR_CREDITS = (
    "Granny's Pastry\n\n"
    "Put one egg, three tablespoons of lemon juice and enough water to make one cup, mix "
    "and set it aside in the fridge while the flour is sifted with the soda and salt.\n\n"
    "Add the egg mixture, mix lightly, form into a ball and chill it before use; it makes "
    "three double pie crusts, and the extra dough can be frozen.\n")


@pytest.mark.parametrize("credit", ["© Olga Payne", "Photos By: Graphic by Danny Kidd"])
def test_an_authors_copyright_and_a_photos_credit_stay(credit: str) -> None:
    text = STORY_FOR_CREDITS + "\n" + credit + "\n"
    assert clean_document(text).text == text


def test_a_sites_copyright_still_goes() -> None:
    out = clean_document(STORY_FOR_CREDITS + "\n© 2024 Example Media. All rights reserved.\n")
    assert out.text == STORY_FOR_CREDITS


def test_the_time_under_a_dateline_stays() -> None:
    body = ("Акция «Добровольцы – детям»\n\n11.03.2025\n\n11:51\n\n"
            "С 2012 года Фонд поддержки детей, находящихся в трудной жизненной ситуации, "
            "проводит Всероссийскую акцию «Добровольцы – детям».\n\n"
            "Ежегодно более миллиона детей и семей с детьми получают поддержку в рамках этой "
            "акции, которую проводят вместе с органами власти регионов.\n")
    assert clean_document(body).text == body


def test_a_heading_between_two_lists_of_sentences_stays() -> None:
    """"Sign up to speak" reads as a site's button; between two lists of the author's
    sentences it is the second list's heading."""
    text = ("Council meeting rules\n\n"
            "Items that could disrupt the meeting are prohibited, including:\n\n"
            "  • Large objects that may be used as weapons.\n"
            "  • Laser pointers, flashlights or other devices that emit distracting light.\n\n"
            "Sign up to speak\n\n"
            "  • Anyone who wants to speak on any item must sign up in the lobby of City Hall.\n"
            "  • They must provide their names and the item they wish to speak on.\n")
    assert clean_document(text).text == text


def test_a_recipes_ingredients_line_closing_the_text_is_no_tag_line() -> None:
    text = ("Пирог с капустой\n\n"
            "Рецепт пирога найти просто, но получится ли он вкусным, зависит от теста и начинки, "
            "которые готовят по старым семейным правилам.\n\n"
            "Тесто замешивают на молоке и оставляют подходить в тёплом месте на два часа, "
            "пока оно не увеличится вдвое.\n\n"
            "Нам понадобится: капуста свежая – 1 кг, яйца – 4 шт, лук репчатый – 1 луковица, "
            "сливочное масло – 100 гр\n")
    assert clean_document(text).text == text


def test_a_pictures_credit_under_a_copyright_sign_stays() -> None:
    """A news item's photograph is credited under its title, before its date."""
    text = ("Правительство Таджикистана в рамках ШОС организовало детскую олимпиаду.\n\n"
            "© Источник Фото: maorif.tj\n\n25 июн 2021, 16:51\n\n"
            "В олимпиаде приняли участие школьники из восьми стран. Победители получили "
            "дипломы и призы от министерства образования.\n")
    assert clean_document(text).text == text
    assert clean_document(text, CleanOptions(chrome="authored")).text == text


def test_a_blogs_date_and_the_secretarys_signature_stay_over_its_comment_footer() -> None:
    """A year in a line of results ("2015 Club Champion - Lydia Doherty") is no dateline of
    the post's own that would make the date over its title a masthead's; "Regards g" is
    the author's sign-off, with the initial she signs with."""
    post = ("Friday, 31 July 2015\n\nLadies Club Championship 2015\n\n"
            "At the weekend we held our 36 holes championship where we crowned our\n\n"
            "2015 Club Champion - Lydia Doherty\n\nAnd\n\n"
            "Handicap Trophy Winner - Elaine Katter\n\n"
            "Congratulations are extended to both of them, and to every player who took part "
            "in two long days of golf in the rain.\n\n"
            "So as July draws to a close we are more than half way through the season, and "
            "our next trophy competition is on 6th September.\n\nRegards g\n")
    out = clean_document(post + "\nNo comments:\n\nPost a Comment\n").text
    assert out == post


def test_the_address_an_author_cites_under_for_more_stays() -> None:
    text = ("Organizations Urge The UN Human Rights Council to Act\n\n"
            "September 16, 2022: Uyghur organizations and Amnesty International called upon "
            "members and observers of the Human Rights Council to act on the report.\n\n"
            "For More:\n\nhttps://www.uyghurcongress.org/en/joint-statement-civil-society/\n")
    out = clean_document(text + "\nTwitter\nFacebook\nLinkedIn\nEmail\n").text
    assert out == text


def test_a_pictures_address_glued_before_a_paragraph_goes_and_the_paragraph_stays() -> None:
    body = ("Με 14 ψήφους υπέρ και μία κατά, το Συμβούλιο Ασφαλείας ενέκρινε την παράταση "
            "της αποστολής για έξι μήνες.")
    text = ("Παράταση της αποστολής\n\n"
            "http://www.example.org/files/pics/60years_peacekeeping_logo.jpg" + body + "\n\n"
            "Η απόφαση ελήφθη την Παρασκευή, μετά από πολύωρη συζήτηση στη Νέα Υόρκη.\n")
    out = clean_document(text).text
    assert body in out and "peacekeeping_logo" not in out


def test_an_images_title_from_its_file_name_glued_to_its_caption_goes() -> None:
    """A football federation's page: the photo's title ("Jenny-Hancock2") glued after the
    caption that names her; a charity blog's "Celina_Ribeiro" glued before her name."""
    said = ("Memberships Officer, Jenny Hancock (pictured) said she expects both of these "
            "documents will be well received by the members.")
    text = ("New member handbook released\n\nThe association has released its new member "
            "handbook and a guide for clubs.\n\n" + said + "Jenny-Hancock2\n")
    out = clean_document(text).text
    assert out.endswith(said + "\n"), out
    expert = "Celina Ribeiro – Fundraising magazine, Civil Society"
    text = ("Meet our Expert\n\nCelina_Ribeiro" + expert + "\n\nCelina is the editor of "
            "Fundraising magazine and writes about charities every day.\n")
    assert "\n" + expert + "\n" in "\n" + clean_document(text).text
    # a name with a hyphen glued to a sentence it does not close stays
    kept = "The talks ended late on Friday.Jean-Paul"
    assert kept in clean_document("Talks\n\n" + kept + "\n").text


@pytest.mark.parametrize("line", [
    "Back to News & Articles", "View Details << Back", "<< Back", "Toggle menu",
    "{fbt_classic_header}", "Classic Header", "Комментариев пока нет. Стань первым!",
    "No comments yet. Be the first!", "You need to be signed in to add your comment.",
    "There doesn't appear to be any tagged photos.", "Have you registered with us yet?",
    "Before commenting please read our rules for commenting on articles.",
    "Other materials on this subject", "Рейтинг:   / 0", "ПлохоОтлично", "Connect With Us:",
    "The main content", "Author Archive", "Share the News"])
def test_buttons_placeholders_and_empty_widgets_seen_on_real_pages_are_chrome(line: str) -> None:
    text = (STORY_FOR_CREDITS + "\n" + line + "\n")
    assert clean_document(text).text == STORY_FOR_CREDITS


@pytest.mark.parametrize("line", [
    "He went back to the news desk.", "Comments are welcome: write to the editor.",
    "The rating agency kept its outlook."])
def test_sentences_near_those_widgets_words_stay(line: str) -> None:
    text = STORY_FOR_CREDITS + "\n" + line + "\n"
    assert clean_document(text).text == text


def test_a_recipes_facts_each_value_under_its_label_stay() -> None:
    """"10 Minutes" alone reads as a reading time, "12" as a counter beside the title;
    under "⏲️ Prep Time" and "🍴 Makes" they are the recipe's own facts."""
    text = ("Muffins\n\n⏲️ Prep Time\n10 Minutes\n\n⏲️ Cook Time\n15 Minutes\n\n🍴 Makes\n12\n\n"
            "Ingredients\n\n  • 1 cup flour\n  • 1/2 cup sugar\n  • 2 teaspoons baking powder\n"
            "  • 1/2 cup milk\n  • 1 egg\n\nDirections\n\n"
            "  1. Combine dry ingredients in mixing bowl\n  2. Add wet ingredients\n"
            "  3. Bake for 15 minutes in 375 degree oven\n")
    assert clean_document(text).text == text


def test_the_crawlers_date_left_alone_by_a_text_size_control_goes() -> None:
    body = ("The 7th meeting of the Secretaries of the CIS Security Councils kicked off in "
            "Moscow on Wednesday.\n\nPrior to the meeting, the security chiefs visited the "
            "Tomb of the Unknown Soldier in the Russian capital.\n")
    assert clean_document(" date 2019-11-20 + ↺ − 16 px\n\n" + body).text == body


# A blog theme's link to the whole post, the post's title quoted after it (a WordPress
# club's news page between two posts), and a site's note to a browser without scripts over
# the page (an agenda site's first line).
@pytest.mark.parametrize("line", [
    "Continue reading “2018 Wrapup: Results From the 2018 Membership Survey”",
    'Continue reading "Spring Walks Programme"',
    "Sorry, you need to enable JavaScript to visit this website.",
    "You must enable JavaScript to use this site.",
    "JavaScript is disabled in your browser.",
    "This site requires JavaScript to work properly.",
])
def test_a_post_s_continue_link_and_a_no_script_note_are_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Continue reading “The Hobbit” aloud to the class after lunch.",
    "Developers must enable JavaScript modules in the build settings first.",
    "JavaScript is a programming language that runs in the browser.",
])
def test_sentences_about_reading_on_or_about_javascript_stay(line: str) -> None:
    assert not is_chrome(view(line))


# A republished article's credit line is the article's, as its byline is: a beekeeping
# magazine's reprint opens "By: …" / "This article originally appeared in the Summer 2019
# issue of …" (both went as chrome), and a licence may require the credit to stay.
@pytest.mark.parametrize("line", [
    "This article originally appeared in the Summer 2019 issue of BEEKeeping Your First "
    "Three Years",
    "This article was originally published on The Conversation.",
])
def test_a_republished_article_s_credit_line_stays(line: str) -> None:
    assert not is_chrome(view(line))


# eastlondonsu.com (an events box with nothing in it), kostroma-news.net (the scroll button),
# writersdigest.com (the post's date field with its date lost).
@pytest.mark.parametrize("line", [
    "Check back soon for more events", "No upcoming events at this time.", "Топ",
    "Publish date:", "Posted on:",
])
def test_an_empty_widget_s_or_field_s_line_is_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "Check back soon, she said, and the shop would have more yarn in.",
    "Publish date: 3 March 2021", "Топ-10 книг года",
])
def test_the_same_words_with_more_after_them_are_not_chrome(line: str) -> None:
    assert not is_chrome(view(line))


# jlawadvocate.com (a wiki's thumbnail name where the flag was), islamsng.com (a box of
# related links, its links gone), schol5.org.ru (the article's view counter).
@pytest.mark.parametrize("line", [
    "488px-Small_Flag_of_the_United_Nations_ZP_svg", "Flag_of_Kazakhstan_svg",
    "Ссылки по теме:", "- Просмотров: 255", "Προβολές: 87",
])
def test_a_picture_s_name_a_related_box_s_header_and_a_view_counter_are_chrome(line: str) -> None:
    assert is_chrome(view(line))


@pytest.mark.parametrize("line", [
    "The 488px-wide banner was too small.", "snake_case_names",
    "Ссылки по теме приводятся в конце статьи.", "Views: the council's and the mayor's",
])
def test_sentences_and_names_like_them_are_not_chrome(line: str) -> None:
    assert not is_chrome(view(line))


def test_a_ucoz_entry_loses_its_table_s_empty_cells_and_its_details() -> None:
    # A village site on uCoz: each cell's text closes with the bars of the empty cells
    # beside it, under it the entry's details and the site's footer.
    body = ("Более 70 человек, в том числе работники администрации и жители села, вышли на "
            "очередной субботник по благоустройству территории сельского поселения.")
    page = (f"18:02 Общеобластной субботник | |\n{body} | |\n"
            "Просмотров: 1188 | Добавил: adm-preob | Рейтинг: 5.0/1 |\n"
            "399175, Липецкая область | AVKhr © 2012-2024 Создать бесплатный сайт с uCoz |\n")
    assert cleaned_text(page) == f"18:02 Общеобластной субботник\n{body}\n"


@pytest.mark.parametrize(("tail", "link"), [("Продолжить чтение", True), ("News feed", False)])
def test_a_reading_link_or_a_feed_s_label_closing_the_page_goes(tail: str, link: bool) -> None:
    body = ("Преосвященному владыке сослужили благочинный и настоятель храма, а также "
            "духовенство благочиния и гости из столицы.")
    page = f"Праздник в храме\n\n{body}{' ' if link else chr(10) * 2}{tail}\n"
    assert cleaned_text(page) == f"Праздник в храме\n\n{body}\n"


@pytest.mark.parametrize("signature", ["Администрация Московского района",
                                       "Пресс-служба Орской епархии",
                                       "Ἐκ τῆς Ἱερᾶς Μητροπόλεως"])
def test_an_office_signing_its_news_stays_over_the_page_s_closing_chrome(signature: str) -> None:
    body = ("Учащиеся также посетили Дом ООН и побеседовали с его директором о работе "
            "организации в регионе.")
    page = f"Экскурсия\n\n{body}\n\n{signature}\n\nВозврат к списку\n"
    assert cleaned_text(page) == f"Экскурсия\n\n{body}\n\n{signature}\n"


# A breadcrumb glued where its separators were, its steps several words each: lamiasports.com
# (a Greek sports site, a dev set); in Russian the same.  In Latin letters one seam is a name
# ("McDonald"), and several may be a table's header row glued by the page (a dev set's genuine
# text: see ``chrome._glued_trail``).
@pytest.mark.parametrize("trail", [
    "Νέα από ΕλλάδαΠοδόσφαιροΤοπικό Ποδόσφαιρο", "Новости районаСпортФутбол",
])
def test_a_breadcrumb_glued_in_any_alphabet_goes(trail: str) -> None:
    text = (f"{trail}\n\nΜε 6 ομάδες το πρωτάθλημα της ΕΠΣ Ευρυτανίας!\n\nΟι δηλώσεις "
            "συμμετοχής πρωταθλήματος και κυπέλλου ολοκληρώθηκαν την Δευτέρα 21 Αυγούστου.\n")
    assert trail in removed_lines(text)


@pytest.mark.parametrize("line", ["Ask McDonald and YouTube", "Call getElementById twice"])
def test_one_seam_or_a_program_s_name_is_no_glued_breadcrumb(line: str) -> None:
    text = (f"{line}\n\nThe council met on Monday to discuss the budget for the coming year "
            "and agreed on most of it.\n")
    assert line not in removed_lines(text)


# --- the comments under a blog post, below the platform's count of them ---------------------

BIRDING_POST = """\
Migrants at last

Sunday was cloudy and rained most of the day but that did not slow the arrival of new \
migrant species. Warblers were everywhere.

I looked out my kitchen window this afternoon and there was an Orchard Oriole picking \
through the blossoms on the crabapple tree in my back yard.

I felt compelled to see as many of the new arrivals as quickly as possible, and I'll also \
have plenty of time to take pictures.
3 comments:
truly wonderful pictures
Larry, I just wanted to stop by to thank you for spending some time with us this morning \
at the meadows. We really learned so much in that short time.
"""


def test_readers_comments_under_a_blog_platform_s_count_of_them_go() -> None:
    """"3 comments:" went, and the readers' comments under it stayed in the post."""
    cleaned = cleaned_text(BIRDING_POST)
    assert cleaned.rstrip().endswith("time to take pictures.")
    assert "truly wonderful" not in cleaned and "3 comments" not in cleaned


def test_a_count_of_comments_in_a_story_s_middle_keeps_the_story_under_it() -> None:
    text = ("Forum rules\n\nThe moderators counted the replies under the new rules.\n"
            "12 comments:\nMost of them asked for a longer deadline, and the board agreed "
            "to it.\nThe next vote is in May.\nThe board will publish the minutes.\n"
            "Members may comment until then.\nThe chair thanked everyone.\n"
            "It was a long meeting.\nThe minutes follow.\n")
    assert "The chair thanked everyone." in cleaned_text(text)


@pytest.mark.parametrize("line", [
    "Read and leave comments (8)", "Leave your comment", "User Score", "Rate This",
    "0 ratings", "Paul Sayer on The Poet’s Solution (13 minutes ago)",
    "Popular last 30 days", "Autumn (Remove filter)",
    "This article contains affiliate links. We may earn a small commission on items "
    "purchased through this article, but that does not affect our editorial judgement.",
    "You’re reading a preview, subscribe to read more.",
    "ΜΗ ΧΑΣΕΤΕ", "ΔΗΜΟΦΙΛΗ", "Φωτογραφία της ημέρας", "Ήξερες ότι...",
    "Другие новости этой же рубрики", "57f6753b1dc524b4168b45b5", "3 Responses",
    "Discussion in 'Custom' started by Gimi, Apr 5, 2014.", "ESPA BANNER",
    ", 9 news, 2 views", "12 views · 3 comments", "Image: Ellen 6/Shutterstock.com.",
    "About Webmaster 857 Articles", "Well-Known Member",
    "OLYMPUS DIGITAL CAMERA", "SONY DSC", "what-to-do-in-your-garden-october-header.jpg",
    "Tag Archives: poem. poetry", "Your Basket",
    "Your basket is empty. Continue shopping to add products to your basket.",
    "Template Selector", "Add new comment", "No HTML tags allowed.",
    "Lines and paragraphs break automatically.",
    "Web page addresses and email addresses turn into links automatically.",
    "You can embed media items (using the <drupal-media> tag).",
    "* The email will not be published on the website.",
    "Создан в 24.11.2020 11:44 пользователем: Малышева Евгения Анатольевна",
    "Изменен в 24.11.2020 11:44 пользователем: Малышева Евгения Анатольевна",
    "[Απόψεις][bleft]", "[Ελλάδα][threecolumns]", "Listen to Morna reading her poem ...",
    "Mayors for Peace international organization logo Mayors for Peace international "
    "organization logo",
])
def test_widget_lines_of_pages_a_new_user_cleaned_are_chrome(line: str) -> None:
    assert is_chrome(view(line)), line


@pytest.mark.parametrize("line", [
    "She commented on the plan (two days ago, at the council).",
    "The score rose to 45 on Monday.", "Rate this year's harvest as you like, she said.",
    "0123456789abcdef0123456", "This article contains a list of the council's decisions.",
    "The discussion in 'Parliament' started by the minister went on.",
    "9 news stories, 2 views of the harbour.", "It had 2 views.",
    "Picture by picture she built the album.", "Image: the council's new logo.",
    "Image by Dwight Sipler", "About 300 articles were read.", "A well-known member of the club.",
    "The digital camera was new.", "Olympus digital cameras sold well that year.",
    "See the photo in header.jpg.", "The tag archives: a list of every label used.",
    "Your basket of apples is ready.", "The template selector broke when we upgraded it.",
    "He said no HTML tags allowed in the forum were a problem.",
    "The email will not be published until the board approves it.",
    "Создан в 1990 году, комитет работал долго.", "[1][2]",
    "Listen to the children reading the poem they wrote, she said.",
    "The new logo is the logo", "Our logo, our logo: the club's pride.",
])
def test_sentences_like_those_widget_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(view(line)), line


def test_a_theme_s_count_of_responses_over_readers_comments_goes_with_them() -> None:
    """A WordPress theme's "3 Responses" over two numbered comments, under a post of one
    paragraph: the comments were translated as the post's."""
    text = ("The 30th African Union Summit 2018\n\nThe summit is underway in Ethiopia, and we "
            "take a look at the key topics that will be discussed by the leaders.\n\n"
            "3 Responses\n\n  1. Ironically, the budget is the real corruption, and it "
            "always was.\n\n  2. You are probably right. Too much talk, no substance.\n")
    cleaned = cleaned_text(text)
    assert cleaned.rstrip().endswith("discussed by the leaders.")
    assert "Responses" not in cleaned and "Ironically" not in cleaned


@pytest.mark.parametrize(("teaser", "link"), [
    # a woodworker's blog (a dev set): the excerpt's link with the post's title after it
    ("While wasting away material with a bench chisel, I saved four of them and later cut a …",
     " Continue reading Preserving Odd Bits of Wood"),
    # a news site's excerpt of a minister's post, two ellipses before its link
    ("I am excited to lead the Indian delegation for our first-ever meeting of the Council as "
     "a full member……", " read more"),
])
def test_a_reading_link_after_a_cut_teaser_goes_and_the_teaser_stays(
        teaser: str, link: str) -> None:
    text = f"A post\n\n{teaser}{link}\n\nAnother post\n\nIts first sentence is here.\n"
    cleaned = cleaned_text(text)
    assert f"\n{teaser}\n" in cleaned
    assert link.strip() not in cleaned


def test_the_same_words_after_an_ellipsis_in_a_sentence_stay() -> None:
    text = "He paused… Continue reading the letter, she said, was hard.\n"
    assert cleaned_text(text) == text


def test_a_blog_s_share_call_and_its_popular_posts_widget_close_no_post() -> None:
    # an ASEAN visit on a student's blog (a dev set): the share call and the platform's
    # list of popular posts, with a title under it, were translated as the post's end
    text = ("A post\n\nThe visit ended with a group picture outside the building with the "
            "participants.\n\nLike it? Share it.\n\nPopular posts from this blog\n\n"
            "Visita Iglesia: Tracing The Pilgrim's Steps\n")
    assert cleaned_text(text) == ("A post\n\nThe visit ended with a group picture outside the "
                                  "building with the participants.\n")


def test_a_reading_time_glued_to_the_dateline_goes() -> None:
    """A knitting shop's post: its date and "2 min read" on one line over the post."""
    post = ("February 07, 2017\n\nAs the song goes, time flies. I always think I have plenty "
            "of time, but it goes so quickly, and here we are already into February.\n")
    page = post.replace("2017\n", "2017 2 min read\n", 1)
    assert cleaned_text(page) == post
    assert cleaned_text(post) == post


@pytest.mark.parametrize("chrome_rules", ["authored", "scraped"])
def test_an_invitation_opening_with_click_here_is_the_author_s(chrome_rules: str) -> None:
    """A CMS page body's last paragraph, "Click here if you would like to join …", went
    as page chrome (a button's "Click here …"), and no translation had it; a button's
    words under it still go."""
    body = ("The garden crew meets every week.\n\nClick here if you would like to join the "
            "garden crew on Tuesday mornings.\n")
    cleaned = clean_document(body + "\nClick here to register.\n",
                             CleanOptions(chrome=chrome_rules)).text
    assert cleaned == body


@pytest.mark.parametrize("credit", ["(Image source: Pixabay)", "Image source: [mycadillac]",
                                    "Image Credits: Chris Lawson"])
def test_a_credit_an_author_gives_a_picture_stays(credit: str) -> None:
    """A blog's credit for its picture under a paragraph went as page chrome (the label
    BBC sets for screen readers, "Image source, Getty Images", still goes)."""
    article = (f"{BANNER_HEADLINE}\n\n{BANNER_BODY}\n{credit}\n\nThe delegations will meet "
               "again in the spring to sign the agreement on the corridors.\n")
    assert cleaned_text(article) == article
    assert cleaned_text(f"Image source, Getty Images\n{article}") == article
