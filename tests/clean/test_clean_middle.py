"""Chrome between an article's paragraphs and after its last one, and what stays there.

The widget lines are written here the way such widgets print them (advertising labels,
a player's error, a poll, a sign-up box, a sponsor's message in a newsletter, a link to
the page in Russian, counters, a list of the site's other stories); the articles around
them are written for these tests.  What a reader would notice: the article comes out
whole, the widget's lines do not, and a subheading, a caption and its credit, a list of
contents and a quotation between the same paragraphs stay where they were.
"""

from __future__ import annotations

import pytest

from cms_i18n.clean.middle import is_ad_label, is_sponsor_message, is_widget_line
from tests.support.cleaning import cleaned_text, removed_lines

TITLE = "City council approves new transit budget"
ONE = ("The city council voted on Tuesday to approve a transit budget that expands bus "
       "service to three new districts, after months of debate among residents.")
TWO = ("The plan adds forty buses and two new depots, and the mayor said the first routes "
       "would open in the spring of next year if the contracts are signed on time.")
THREE = ("Opponents argued that the money should instead go to repairing roads in the older "
         "parts of the city, which they said had been neglected for a decade.")


BYLINE = "By Ann Lee and Bob Chan"


def page(*middle: str, end: tuple[str, ...] = ()) -> str:
    """An article with ``middle`` (paragraphs) between its first two paragraphs and
    ``end`` after its last."""
    parts = [TITLE, BYLINE, ONE, *middle, TWO, THREE, *end]
    return "\n\n".join(parts) + "\n"


ARTICLE = page()


@pytest.mark.parametrize("widget", [
    "Advertisement - scroll to continue reading",
    "Paid Advertisement",
    "This video is unavailable",
    "Please enable JavaScript to watch this video",
    "Watch the video",
    "Read more: Mayor outlines road repair plan for older districts",
    "Related: Council delays vote on parking fees",
    "Poll\nShould the city expand bus service?\nYes\nNo\nView Results",
    "Читать на русском",
    "Русская версия",
    "English | Français | Español",
    "Sorry, this video is not available in your region",
    "Error loading media: File could not be played",
    "This is a modal window.",
    "Click to enlarge",
    "Recommended Video:",
    "Content from our partner",
])
def test_a_widget_between_two_paragraphs_goes(widget: str) -> None:
    assert cleaned_text(page(widget)) == ARTICLE


def test_an_advertisement_label_takes_the_advertisers_short_paragraph() -> None:
    ad = ("Paid Advertisement\nThe Chamber Staff is always available to talk with you about "
          "how your business could greatly benefit from membership.")
    assert cleaned_text(page(ad)) == ARTICLE


def test_a_sponsors_message_in_a_newsletter_goes() -> None:
    sponsor = ("**A message from Acme Bank: At Acme Bank, we believe every town needs a "
               "branch within walking distance of its high street. Find out more.**")
    text = f"{TITLE}\n{ONE}\n{sponsor}\n{TWO}\n{THREE}\n"
    assert cleaned_text(text) == f"{TITLE}\n{ONE}\n{TWO}\n{THREE}\n"


@pytest.mark.parametrize("content", [
    "Background",                                   # a subheading
    "Why the depots matter",                        # a subheading sharing the next one's words
    "Residents at a meeting in the city hall on Monday. Photo: Jane Doe",  # caption, credit
    "“We will not wait another decade,” one resident said.",
    "1) Routes\n2) Depots\n3) Fares",               # a list of contents
    "Watch tower repairs begin",                    # a subheading opening with a cue's word
    "Newsletter subscriptions grew at the city library",
    "Москва",                                       # a word of another script, no language
    "Kazakhstan",                                   # a country, not a language
    "The video is unavailable to viewers in Russia.",   # the article's sentence on a video
    "Tap water",
    "Share prices",
    "Click and collect services",
])
def test_what_is_the_articles_between_two_paragraphs_stays(content: str) -> None:
    text = page(content)
    assert cleaned_text(text) == text


def test_a_sentence_broken_after_a_widgets_word_stays() -> None:
    text = page("JavaScript\nand YouTube were named in the report as the tools used most.")
    assert cleaned_text(text) == text


@pytest.mark.parametrize("end", [
    ("Sign up for our newsletter\nGet the day's top stories in your inbox every morning.",),
    ("4203 Total Views 2 Views Today",),
    ("12 Comments",),
    ("More from City Hall\nCouncil Delays Vote On Parking Fees Until Spring\n"
     "Mayor Names New Head Of Housing Department",),
    ("Local Crime News", "State, Local Police Assist in Enforcement of Business Closures",
     "Pennsylvania State Police start enforc"),
    ("Leave a Reply", "Your email address will not be published.",
     "And get our field guides to the city's buses FREE"),
    ("Show comments (12)",),
    ("Tags\ntransit budget council",),
    ("Maria Lopez is a reporter covering housing.", "Tom Green writes about energy and climate."),
    ("  • Join The City Gazette on WhatsApp and stay up to date",
     "  • Sign up for push alerts to get the best breaking news delivered directly to your phone",
     "  • Listen to our podcast daily for a deep dive on the stories that matter"),
    ("The City Gazette is on WhatsApp Channels| Join now for Breaking News", "Follow Us"),
])
def test_closing_chrome_after_the_last_paragraph_goes(end: tuple[str, ...]) -> None:
    assert cleaned_text(page(end=end)) == ARTICLE


@pytest.mark.parametrize("end", [
    ("Jane Doe",),                                  # the author's name closing the article
    ("Further Reading", "Public Transport in Small Cities: A Survey of Twelve Towns."),
    ("Sources: City Council Minutes, Transport Office Annual Report",),
    ("Reply",),                                     # a forum post's last word
    ("Ann Lee is a reporter covering transport.", "Bob Chan writes about housing."),  # the byline's
])
def test_what_closes_an_article_stays(end: tuple[str, ...]) -> None:
    text = page(end=end)
    assert cleaned_text(text) == text


def test_the_removed_lines_are_named_for_the_editor() -> None:
    reasons = removed_lines(page("This video is unavailable", end=("4203 Total Views",)))
    assert reasons == {"This video is unavailable": "widget line in the article",
                       "4203 Total Views": "counter"}


def test_the_word_tests() -> None:
    assert is_widget_line("Loading…") and not is_widget_line("Poll results")
    assert is_ad_label("Sponsored content") and not is_ad_label("Advertising revenue fell")
    assert is_sponsor_message("**A message from Acme: read on. Find out more.**",
                              "A message from Acme: read on. Find out more.")
    assert not is_sponsor_message(
        "A message from the mayor was read to the council before the vote on Tuesday evening.",
        "A message from the mayor was read to the council before the vote on Tuesday evening.")


def test_the_articles_date_under_an_advertisement_after_it_stays() -> None:
    """A page prints the article's date under an advertisement at its end: the date is
    the article's, the advertisement and the call to follow the site on WhatsApp not."""
    text = page(end=("ADVERTISEMENT\nPublished 16 June 2009, 12:24 IST",
                     "The City Gazette is on WhatsApp Channels| Join now for Breaking News"))
    assert cleaned_text(text) == page(end=("Published 16 June 2009, 12:24 IST",))


@pytest.mark.parametrize("end", [
    ("  • Join the council's consultation on bus routes",                 # the article's list
     "  • Follow the new routes on the map at the depot"),
    ("The app will be ready next year, officials said.",),
])
def test_a_closing_list_or_sentence_that_calls_nobody_stays(end: tuple[str, ...]) -> None:
    text = page(end=end)
    assert cleaned_text(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Paid Advertisement\nShare on Facebook\n\nOpening hours\nMonday to Friday\n",
     "Opening hours\nMonday to Friday\n"),
    ("Recipes\n\nPaid advertisement\nShare\n\nSoup\nBread\n", "Recipes\n\nSoup\nBread\n"),
])
def test_an_advertisement_label_goes_with_the_share_bar_under_it(text: str,
                                                                  expected: str) -> None:
    """The share bar under the label goes, and leaves the label alone in its paragraph:
    the label goes in the same cleaning, so a second cleaning finds nothing more."""
    assert cleaned_text(text) == expected
    assert cleaned_text(expected) == expected


def test_capital_headings_a_text_is_laid_out_by_stay_whatever_their_words() -> None:
    # A mailing list's page: "TO SUBSCRIBE:" holds a widget's word, but it is one of the
    # capital headings over the page's sections of instructions.
    text = ("Some common list commands\n\nTO SUBSCRIBE:\n\n"
            "Send an email to list-join@example.org. The subject and body are ignored.\n\n"
            "POSTING:\n\nAfter subscribing, send an e-mail to list@example.org with your "
            "message.\n\nTO UNSUBSCRIBE FROM A LIST:\n\n"
            "Send an email to list-leave@example.org. The subject and body are ignored\n\n"
            "TO GET A DIGEST EVERY DAY:\n\nSend an email to list-request@example.org with "
            "\"set digest plain\" in the subject.\n")
    assert cleaned_text(text) == text


def test_a_table_of_contents_heading_whose_entries_were_lost_goes() -> None:
    # siteproremont.ru: "Содержание" between the opening paragraph and the first section's
    # heading, the plugin's links gone.
    opening = ("Дачный домик — это место, где собирается семья. В этой статье я расскажу, как "
               "подойти к ремонту дачного домика системно.")
    heading = "С чего начать ремонт дачи: 5 ключевых шагов, которые уберегут от хаоса и переделок"
    body = "Первое, что нужно понять: ремонт дачи — это целый проект, где ошибка стоит денег."
    text = f"{opening}\nСодержание\n{heading}\n{body}\n"
    assert list(removed_lines(text)) == ["Содержание"]


def test_a_table_of_contents_with_its_entries_stays() -> None:
    text = (f"{TITLE}\n\n{ONE}\n\nContents\n\n  - Buses\n  - Depots\n  - Roads\n\n"
            f"Buses\n\n{TWO}\n")
    assert "Contents" not in removed_lines(text)


def test_a_joint_letter_s_signatories_with_their_offices_are_no_list_of_stories() -> None:
    """Signers set "Name, Office, Organisation" under a joint letter are its own lines;
    the list of the site's stories took them (the published letter lost six of ten)."""
    from cms_i18n.clean import middle

    lines = ["Anna Berg, Director, River Relief",
             "Tom Hale OBE, Chief Executive, Delta Friends",
             "Maria Costa, Executive Director, Open Roads International",
             "Peter Novak, Director, Mountain Rescue Aid"]
    found: dict[int, str] = {}
    middle._take_story_list(lines, dict(enumerate(lines)), found, [0, 1, 2, 3])
    assert found == {}
