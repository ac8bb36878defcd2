"""A site's widgets flattened into the article's lines (:mod:`cms_i18n.clean.widgets`): the
tagline glued under a skip link, a blog's share and like buttons glued to a post, a
headline the scraper split in two, a headline over the opening of its own text.

The pages below are made up for the tests, in the shapes the seventeenth real set shows
(``bench/data/real/clean17``): a forum's "Jump to content" over its tagline, a WordPress
post whose share box ran into its last sentence, a news column's headline broken across
two paragraphs, a district site's widgets over an article the store cut short.
"""

from __future__ import annotations

import pytest

from cms_i18n.clean.widgets import (
    glued_share_buttons,
    headline_over_its_text,
    opens_a_split_line,
    taglines_under_skip_links,
)
from tests.support.cleaning import cleaned_text, removed_lines

HEADLINE = "Council votes to keep the night buses running"
FIRST = ("The city council voted on Tuesday to keep the night buses running through the "
         "winter, after drivers and riders had asked it to reverse a plan to cut them.")
SECOND = ("The plan would have saved the city some money, but officials said the buses "
          "carried more riders than expected in the autumn, according to the transport office.")


def test_the_site_s_tagline_under_a_skip_link_goes_with_it() -> None:
    page = (f"Jump to content\nThe typefaces of the world in one database …\n\n"
            f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n")
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert removed_lines(page)["The typefaces of the world in one database …"] == (
        "the site's tagline under its skip link")


def test_a_tagline_in_another_language_goes_under_its_skip_link() -> None:
    page = ("Zum Inhalt springen\nDie Schriftmuster der Welt in einer Datenbank …\n\n"
            "Scharf und versal und dennoch ein S?\n\n"
            "Ich habe mich bisher vor der Diskussion gedrückt und die Debatte mit einer "
            "Mischung aus Verwunderung und Amüsement verfolgt. Nun bin ich aber doch "
            "neugierig geworden.\n")
    assert "Schriftmuster" not in cleaned_text(page)
    assert "Scharf und versal und dennoch ein S?" in cleaned_text(page)


def test_the_headline_right_under_a_skip_link_stays() -> None:
    # No second short line before the article: the line under the skip link is the
    # headline.
    page = f"Skip to content\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


def test_a_subtitle_sharing_the_headline_s_words_stays_under_a_skip_link() -> None:
    page = (f"Skip to content\nNight buses: the council decides\n\n{HEADLINE}\n\n"
            f"{FIRST}\n\n{SECOND}\n")
    assert "Night buses: the council decides" in cleaned_text(page)
    lines = ["Skip to content", "Night buses and the council", "", HEADLINE, "", FIRST]
    assert taglines_under_skip_links(lines, [False] * len(lines)) == {}


def test_a_wordpress_share_and_like_box_glued_to_the_post_goes() -> None:
    post = ("It's April 1st, so it's a good idea to assume everything you read is lies, and "
            "then just keep doing that on all the other days too")
    page = (post + " Shortlink:Share this:Click to share on Twitter (Opens in new window)"
            "Click to print (Opens in new window)Like this:Like Loading... Similar Entries\n")
    assert cleaned_text(page) == post + "\n"


def test_the_like_box_in_another_language_goes_and_a_sentence_about_liking_stays() -> None:
    post = "Hoy terminé por fin el cuadro del jardín que empecé en primavera"
    assert [e.after for e in glued_share_buttons(
        post + " Compartir esto:TwitterFacebookMe gusta esto:Me gusta Cargando...")] == [""]
    sentence = "Like this: press the button, then wait for the loading screen to close."
    assert glued_share_buttons(sentence) == []
    assert cleaned_text(sentence + "\n") == sentence + "\n"


def test_the_first_half_of_a_split_headline_stays() -> None:
    page = ("Skip to content\nLink copied to clipboard\n\nNew details in killing\n\n"
            "of police officer\n\nA police officer killed over the weekend was shot "
            "repeatedly at close range by a domestic-violence suspect, authorities said.\n\n"
            "Flagstaff Officer Tyler J. Stewart, 24, died Saturday at Flagstaff Medical "
            "Center, and a candlelight vigil was set for Sunday evening at the station.\n")
    out = cleaned_text(page)
    assert out.startswith("New details in killing\n\nof police officer\n")
    lines = out.split("\n")
    assert opens_a_split_line(lines, 0)


def test_a_weather_widget_s_readings_are_no_split_headline() -> None:
    lines = ["Partly cloudy, no rain", "", "feels like -4", "", HEADLINE]
    assert not opens_a_split_line(lines, 0)
    assert not opens_a_split_line(["Cloudy", "", "3 m/s, north"], 0)


def test_a_list_of_other_stories_on_other_matters_is_no_headline_over_its_text() -> None:
    assert not headline_over_its_text([
        "Council approves the budget for next year",
        "Heavy rain expected across the region on Sunday and Monday morning"])
    assert headline_over_its_text([
        "Officials congratulated three families on the International Day of the Blind",
        "White Cane Day was established on 15 October 1970 by the International Federation"])


WIRE_STORY = (
    "GENEVA (Reuters) - The city council closed the river path on Tuesday after a week of "
    "rain, a spokesman said, and asked walkers to keep away from the banks.\n\n"
    "The path will reopen once the water has gone down, the spokesman added, which could "
    "take until the end of the week.\n")


def test_a_wire_service_s_list_of_cuts_after_its_story_goes_and_the_story_stays() -> None:
    cuts = ("SHOWS: GENEVA, SWITZERLAND (DECEMBER 1, 2026) (REUTERS - ACCESS ALL)\n"
            "1. VARIOUS OF RIVER IN FLOOD\n"
            "2. (SOUNDBITE) (English) COUNCIL SPOKESMAN, JOHN SMITH, SAYING:\n"
            '"We closed the path for the safety of walkers."\n'
            "3. CUT 1 (0:15)\n")
    assert cleaned_text(WIRE_STORY + "\n" + cuts) == WIRE_STORY


def test_a_story_quoting_a_list_in_capitals_inside_it_keeps_it() -> None:
    # Prose under the list: the story's own text, so nothing of it goes.
    page = (WIRE_STORY + "\nSHOWS: GENEVA, SWITZERLAND\n1. VARIOUS OF RIVER\n\n"
            "The council said the path would reopen on Friday if the weather held, and "
            "thanked residents for their patience during the week.\n")
    assert cleaned_text(page) == page


def test_a_feed_of_other_posts_after_the_article_goes_on_a_scraped_page() -> None:
    article = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    feed = ("\nNew bakery opens on the high street\nDecember 1, 2026\n"
            "The bakery on the corner opened its doors on Monday to a queue of customers.\n\n"
            "School choir wins regional prize\nNovember 30, 2026\n"
            "The choir of the primary school won the regional contest on Saturday.\n")
    assert cleaned_text("Skip to content\n\n" + article + feed) == article


def test_an_author_s_list_of_events_after_the_text_stays() -> None:
    # The same shape with no chrome on the page: an author's list, kept.
    page = (f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nConcert in the park\nJune 3, 2026\n"
            "The town band plays in the park.\n\nBook fair\nJune 10, 2026\n"
            "Local authors read from their new books.\n")
    assert cleaned_text(page) == page


def test_a_comment_counter_under_a_subtitle_goes_and_the_subtitle_stays() -> None:
    page = (f"{HEADLINE}\n\nA win for the riders\nKeine Kommentare\n\n{FIRST}\n\n{SECOND}\n")
    assert cleaned_text(page) == f"{HEADLINE}\n\nA win for the riders\n\n{FIRST}\n\n{SECOND}\n"


def test_an_advertising_plea_and_a_picture_s_placeholder_go_and_the_headline_stays() -> None:
    page = ("By allowing ads to appear on this site, you support the local businesses who, in "
            f"turn, support great journalism.\n{HEADLINE}\nPlaceholder Image\n\n{FIRST}\n\n"
            f"{SECOND}\n")
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


def test_a_view_counter_glued_to_the_byline_goes_and_the_byline_stays() -> None:
    page = f"{HEADLINE}\n\nby Jhon Lennon 53 views\nIklan Headers\n\n{FIRST}\n\n{SECOND}\n"
    assert cleaned_text(page) == f"{HEADLINE}\n\nby Jhon Lennon\n\n{FIRST}\n\n{SECOND}\n"


def test_a_count_of_views_in_a_sentence_stays() -> None:
    page = f"{HEADLINE}\n\n{FIRST}\n\nBy the end of the week we had 53 views\n\n{SECOND}\n"
    assert cleaned_text(page) == page


def test_a_contact_bar_a_label_and_the_headline_s_card_copy_go_above_a_wire_story() -> None:
    story = ("By Andy Bruce\n\nLONDON (Reuters) - The International Monetary Fund ramped up "
             "pressure on Britain on Wednesday to reverse a new economic strategy.\n\n"
             "The rare intervention in a G7 country from the lender of last resort underscored "
             "the severity of the situation facing the government.\n")
    headline = "IMF censures UK policy that sparked market turmoil"
    page = (f"Error\n  • 850-433-1141 | info@example.com | Text line: 850-790-5300\n\n"
            f"Business\n\n{headline}\n\n{headline} 150 150 admin\n\n{story}")
    assert cleaned_text(page) == f"{headline}\n\n{story}"


def test_a_press_release_s_contact_line_with_a_name_stays() -> None:
    page = (f"Media contact: Jane Doe | 850-433-1141 | jane@example.org\n\n{HEADLINE}\n\n"
            f"{FIRST}\n\n{SECOND}\n")
    assert cleaned_text(page) == page


BODY = ("Today, Samarkand is ready to host the summit.  Flags of the member countries were "
        "placed on the streets of the city.\n\n")


def test_a_view_counter_after_the_date_stamp_goes_and_the_stamp_stays() -> None:
    text = (f"{BODY}Date edited: 13/09/2022 08:12.   Views: 650\nArticle URL:\n\n"
            "Did you get the information you needed?\n")
    assert cleaned_text(text) == f"{BODY}Date edited: 13/09/2022 08:12.\n"


def test_a_counter_s_words_after_a_sentence_stay() -> None:
    text = f"{BODY}The page was read by many people that week.   Views: 650\n"
    assert "Views: 650" in cleaned_text(text)


COOKIE_PANEL = (
    "Cookies\n\n"
    "We use essential cookies to make our site work. We'd also like to set analytics cookies "
    "that help us make improvements by measuring how you use the site.\n\n"
    "Essential Cookies\n\n"
    "Essential cookies enable core functionality such as security, network management, and "
    "accessibility.\n\n"
    "Skip to main content\n\n")
PARISH_PAGE = (
    "Documents\n\n"
    "All Parish Council business and meetings are conducted in accordance with the "
    "legislation governing the conduct of Parish Councils.\n\n"
    "Three core documents govern how the Parish Council operates.\n")


def test_a_cookie_panel_over_the_skip_link_goes_and_the_page_stays() -> None:
    assert cleaned_text(COOKIE_PANEL + PARISH_PAGE) == PARISH_PAGE


def test_a_page_about_cookies_with_no_skip_link_stays() -> None:
    text = ("Cookies\n\nWe use essential cookies to make our site work, the council's "
            "website policy says.\n\nThe policy was adopted at the March meeting.\n")
    assert cleaned_text(text) == text


def test_a_ukrainian_call_to_follow_a_channel_goes_from_mid_story() -> None:
    text = ("Зеленский обратился в Совбез ООН.\n"
            "Підписуйтесь на наш Telegram-канал Lenta.UA - незалежні новини\n"
            "Напомним, 24 октября в Украине подняли вопрос об исключении РФ из Совбеза.\n")
    out = cleaned_text(text)
    assert "Telegram" not in out and out.startswith("Зеленский") and "Напомним" in out


def test_the_next_post_s_title_glued_to_the_last_sentence_goes() -> None:
    body = ("The conference gathered young leaders from the eight member states.\n\n"
            "The forum sent a delegation headed by its director, Mr. Mohammad Akil, Hony. "
            "Director, BRICS International Forum.")
    page = body + "Publication of the international research-to-practice conference Forming\n"
    assert cleaned_text(page) == body + "\n"


def test_readers_comments_under_a_thread_heading_naming_the_post_go() -> None:
    """A blog theme's "N thoughts on “Title”" heads its readers' comments, numbered and
    indented: the heading and every comment under it go, the post stays whole."""
    post = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nThe new timetable starts in December.\n"
    page = (post + "\n\n\n4 thoughts on “Council votes to keep the night buses running\n\n"
            "  1. What a relief – my daughter works late shifts and depends on the 2am bus.\n\n"
            "      1. Same here, we were ready to write to the mayor!!\n")
    assert cleaned_text(page) == post


def test_blog_comments_whose_count_the_scraper_lost_go_under_their_writers() -> None:
    """Two comments or more, each under its writer's "… said...", close a blog post whose
    "N comments:" heading the scraper lost: they go, and the post stays whole."""
    post = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nThe new timetable starts in December.\n"
    page = (post + "\nJeff said...\n\nGreat news for the late shift!\n\n"
            "The Preacherman said...\n\nAbout time too.\n")
    assert cleaned_text(page) == post


def test_a_comment_count_the_blogger_renamed_goes_over_its_comments() -> None:
    """Blogger lets a blog rename its count ("2 careful considerations:"): over a comment
    under its writer's "… said...", it is the count, and it goes with the comments."""
    post = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nThe new timetable starts in December.\n"
    page = (post + "\n2 careful considerations:\n\nScaryCheri said...\n\nI want a night bus!\n")
    assert cleaned_text(page) == post


def test_numbered_comments_closing_a_post_go_but_an_authors_steps_stay() -> None:
    """Readers' comments a blog numbers under its post, apart from it by the gap its form's
    heading left, speaking of themselves; a numbered list of steps under a post stays."""
    post = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nWhat do you think of the plan?\n"
    comments = ("\n\n\n  1. Looks really good! I'd take the 2am bus.\n\n"
                "  2. One of my favourite routes...\n\n"
                "    Thanks for stopping by my blog.\n")
    assert cleaned_text(post + comments) == post
    steps = ("\n\n\n  1. Check the timetable on the council's site.\n\n"
             "  2. Buy a night ticket before boarding.\n")
    assert cleaned_text(post + steps) == post + steps.replace("\n\n\n", "\n", 1)


def test_a_newsletter_s_comment_button_and_a_paywall_label_go() -> None:
    lines = removed_lines(f"Member-only story\n\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n"
                          "A reader wrote that the buses are always full at night.\n\n"
                          "Expand full comment\n")
    assert {"Member-only story", "Expand full comment"} <= set(lines)


_STORY = ("Tajikistan to attend SCO secretaries meeting in China\n"
          "The meeting of the SCO Security Council Secretaries will be held in Beijing on "
          "May 21-22, the Chinese Foreign Ministry spokesperson said.\n"
          "The primary task is to make political and security preparations for the summit, "
          "Lu said.\n")
_FEED = ("Tajikistan and the United Arab Emirates plan to develop green energy\n"
         "Growth in the Number of Tourism Service Providers in Tajikistan\n"
         "Tajikistan, Abu Dhabi Fund Sign $100 Million Deal for Rogun Hydropower Plant\n"
         "Industrial Output in Tajikistan Reaches 66.7 Billion Somoni in 2025\n")


def test_a_feed_of_headlines_under_a_run_of_blank_lines_goes() -> None:
    assert cleaned_text(_STORY + "\n" * 6 + _FEED + "\n\n") == _STORY


def test_an_authors_list_under_one_blank_line_stays() -> None:
    text = _STORY + "\n" + _FEED
    assert cleaned_text(text) == text


def test_five_headlines_right_under_the_article_go_but_a_poem_stays() -> None:
    feed = _FEED + "Road patched over 200 times is still dangerous, drivers say\n"
    assert cleaned_text(_STORY + feed) == _STORY
    poem = ("Winter poem\n\nShe wrote this poem in the winter of her last year at the "
            "school, and read it aloud at the end.\nThe snow is falling on the hill\n"
            "And all the birds are very still\nThe river sleeps beneath the ice\n"
            "And nothing here will happen twice\nUntil the spring returns again\n")
    assert cleaned_text(poem) == poem


def test_wordpress_com_s_comment_thread_under_its_count_goes() -> None:
    # cornwallincolours.blog: "31 Comments Add yours" over the readers' numbered comments
    # and the comment form's prompts.
    page = (f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n31 Comments Add yours\n\n"
            "  1. Ann Mackay says:\n\n    What a lovely landscape!\n\n"
            "Please log in using one of these methods to post your comment:\n")
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("count", ["2 Comments leave one →", "0 comments (click to read or post):"])
def test_a_blog_s_comment_count_with_its_own_prompt_goes_with_what_follows(count: str) -> None:
    # domesticduck.wordpress.com's "2 Comments leave one →" over a numbered comment;
    # mybeerbuzz.blogspot.com's "0 comments (click to read or post):" over its prompt (a
    # line a program's call ending "(…):" was once taken for, and kept as code).
    page = (f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{count}\n\n"
            "  1. Auntie Pam permalink\n    September 30, 2010 3:33 pm\n\n"
            "    The plum cake looks great!\n\nPlease leave a comment...I do moderate "
            "each comment so it may not appear immediately.\n")
    assert cleaned_text(page) == f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize(("glued", "word"), [
    ("imageFrom Pennlive:", "From Pennlive:"), (f"Tools{FIRST}", FIRST),
    # the placeholder glued to a quotation, and a word processor's name for the picture
    ("image“It’s the stories that we remember,” Paul Milner said.",
     "“It’s the stories that we remember,” Paul Milner said."),
    (f"clip_image002 {FIRST}", FIRST)])
def test_a_picture_s_word_glued_before_a_paragraph_goes(glued: str, word: str) -> None:
    page = f"{HEADLINE}\n\n{glued}\n\n{SECOND}\n"
    assert cleaned_text(page) == f"{HEADLINE}\n\n{word}\n\n{SECOND}\n"
