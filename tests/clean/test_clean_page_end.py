"""The bottom and the middle of scraped pages: chrome told by its kind, and what stays.

The chrome lines below are real lines of public pages none of the real bench sets
holds: a news agency's tail (news.az: "Similar news", a headline, "Latest News",
"Archive", "Prev Next", a month's calendar), a Russian rating and comment widget
(karabakhtimes.com), a theme's newsletter box (bishkekpost.com), a news app's call
(acf.419v.com), a channel call and a comment count in Uzbek (daryo.uz), a
newsletter notice inside an article and a donation call syndicated with it
(simplesmentesantos.com, healthcarenewskazakhstan.com), and the United Nations
Information Service's notice (unis.unvienna.org); and, from the dev pages of the
fourth real set, a blog platform's comment form in English and in Greek, a comment
prompt, a download link and an attachment list; and the stock lines of widgets many
sites install (WordPress's comment form, cookie-consent plugins, a typo-report box).
Each false removal below failed before the rule that now spares it.
"""

from __future__ import annotations

import pytest

from cms_i18n.clean import clean_document, explain
from tests.support.cleaning import cleaned_text, removed_lines

TITLE = "Some statements by Armenian officials cause tension - Russian FM"
BODY = ("Some statements by Armenian officials are likely to cause tension, Russian Foreign "
        "Minister Sergei Lavrov said at a press conference on the results of 2020.")
MORE = ("Armenian Defense Minister David Tonoyan spoke about a new war and new territories "
        "long before the hostilities, the minister noted.")
ARTICLE = f"{TITLE}\n\n{BODY}\n\n{MORE}\n"


@pytest.mark.parametrize("lines", [
    ["Latest E-Books"],
    ["Similar news", "", "honor Patriotic War martyrs"],
    ["Related posts"],
    ["Subscribe to Updates", "Get the latest creative news from FooBar about art, design and "
                             "business."],
    ["A customizable subscription slide-in box to promote your newsletter"],
    ["Get the Google News app, available for both Android and IOS."],
    ["Download the Kun.uz app for your iOS or Android devices"],
    ["Your support helps us to tell the story From reproductive rights to climate change to "
     "Big Tech, The Independent is on the ground when the story is developing."],
    ["Comments policy: Please keep your comments on topic and civil."],
    ["For information media. Not an official record."],
    ["Zur Information - kein offizielles Dokument"],
    ["Kun.uz © 2024"],
    ["All rights reserved. When using materials, a hyperlink to kun.uz is required."],
    ["Все права защищены. При использовании материалов гиперссылка на сайт обязательна."],
    ["Оцените статью", "Нагорный Карабах сегодня", "Добавить комментарий"],
    ["«Дарё»нинг Telegram’даги расмий канали — @toshqindaryo’га аъзо бўлинг!", "Изоҳ (0)"],
    ["Leave a Reply", "", "Fill in your details below or click an icon to log in: Logo", "",
     "You are commenting using your Twitter account. Log Out /  Change )", "",
     "Twitter picture", "", "Connecting to %s"],
    ["Δεν υπάρχουν σχόλια:", "Δημοσίευση σχολίου"],
    ["Speak up your mind", "Tell us what you're thinking... !"],
    ["Privacy Overview", "Necessary Always Enabled", "Powered by GDPR Cookie Compliance"],
    ["This website uses cookies to improve your experience. We'll assume you're ok with this, "
     "but you can opt-out if you wish. Accept Read More"],
    ["Found a mistake? Select it and press Ctrl+Enter"],
    ["Если вы заметили ошибку, выделите необходимый текст и нажмите Ctrl+Enter, чтобы сообщить "
     "об этом редакции"],
    ["Your comment", "Save my name, email, and website in this browser for the next time I "
                     "comment."],
    ["Scroll to top", "Back to the list", "Send to a friend"],
    ["This article is also available in Russian"],
    ["Διαβάστε ακόμη:"],
    # a share plugin's call, a related list's header with no items, a blog's post record
    # whose name the scraper lost
    ["Be Sociable, Share!"],
    ["You may also like..."],
    ["Posted by at 4:32 pm"],
    # a theme's byline of the site's default account, a Russian theme's permalink footer, a
    # comment box's label, a Greek site's rule for comments (its own spelling)
    ["By admin"],
    ["Запись опубликована в рубрике События, факты. Добавьте в закладки постоянную ссылку."],
    ["ваш коментар:"],
    ["Δεν υπάρχουν σχόλια:", "Δημοσίευση σχολίου", "ΠΑΡΑΚΑΛΟΥΜΕ ΜΗ ΓΡΑΦΕΤΕ GREEKGLISH !"],
])
def test_widgets_and_footers_at_the_end_of_the_page_go(lines: list[str]) -> None:
    text = ARTICLE + "\n" + "\n".join(lines) + "\n"
    assert cleaned_text(text) == ARTICLE
    assert cleaned_text(cleaned_text(text)) == ARTICLE


def test_a_newsletter_notice_inside_the_article_goes() -> None:
    notice = ("We will use your email address only for sending you newsletters. Please see our "
              "Privacy Notice for details of your data protection rights.")
    assert cleaned_text(f"{TITLE}\n\n{BODY}\n\n{notice}\n\n{MORE}\n") == ARTICLE


NEWS_AZ_TAIL = """News.Az

News.Az

Similar news

honor Patriotic War martyrs

Latest News

Archive

Prev Next
Su Mo Tu We Th Fr Sa
  1 2 3 4 5 6
7 8 9 10 11 12 13
14 15 16 17 18 19 20
21 22 23 24 25 26 27
28 29 30 31
"""


def test_a_calendar_widget_and_the_teasers_above_it_go_with_reasons() -> None:
    removed = removed_lines(ARTICLE + "\n" + NEWS_AZ_TAIL)
    assert removed["Su Mo Tu We Th Fr Sa"] == "calendar"
    assert removed["7 8 9 10 11 12 13"] == "calendar"
    assert {"News.Az", "Similar news", "honor Patriotic War martyrs", "Prev Next"} <= set(removed)
    assert cleaned_text(ARTICLE + "\n" + NEWS_AZ_TAIL) == ARTICLE


def test_explain_names_each_removal_at_the_end_with_its_reason() -> None:
    lines = explain(clean_document(ARTICLE + "\nSimilar news\n\nSu Mo Tu We Th Fr Sa\n"
                                   "  1 2 3 4 5 6\n7 8 9 10 11 12 13\n").fixes)
    assert any("calendar" in line and "Su Mo Tu" in line for line in lines)
    assert any("Similar news" in line for line in lines)


def test_a_bare_counter_beside_chrome_between_paragraphs_goes() -> None:
    text = f"{TITLE}\n\n{BODY}\n\nShare: Facebook Twitter\n0 0\n\n{MORE}\n"
    assert removed_lines(text) == {"Share: Facebook Twitter": "page chrome", "0 0": "counter"}


@pytest.mark.parametrize("text", [
    f"{TITLE}\n\n{BODY}\n\n1 880\n\n{MORE}\n",                  # a figure between paragraphs
    f"{TITLE}\n\n{BODY}\n\nTurnout by region\n12\n15\n9\n\n{MORE}\n",   # a column of figures
    f"{TITLE}\n\n{BODY}\n\nRound one\n7 8 9 10 11 12 13\n\n{MORE}\n",   # numbers, no calendar
])
def test_figures_of_the_article_are_no_counters(text: str) -> None:
    assert cleaned_text(text) == text


# Edward Thomas, "Home" (1917), the title and the first lines.
THOMAS = """Home

by Edward Thomas

Fair was the morning, fair our tempers, and
We had seen nothing fairer than that land,
Though strange, and the untrodden snow that made
Wild of the tame, casting out all that was
Not wild and rustic and old; and we were glad.
"""

ENDING_HOME = """The Road Back

I walked the hills of the north at dawn
and listened to the wind that called me
across the river and the fields of rye,
back to the door I had left behind,
back to the only place I know as
Home
"""


@pytest.mark.parametrize("poem", [THOMAS, ENDING_HOME])
def test_a_poem_keeps_a_one_word_line_that_is_a_link_elsewhere(poem: str) -> None:
    assert cleaned_text(poem) == poem


def test_a_lone_home_link_in_a_page_still_goes() -> None:
    assert removed_lines(f"Home\n\n{ARTICLE}") == {"Home": "page chrome"}


@pytest.mark.parametrize("text", [
    f"{TITLE}\n\n{BODY}\n\nAdvertisement\nWhat comes next\nAdvertisement\n\n{MORE}\n",
    f"{TITLE}\n\n{BODY}\n\n{MORE}\n\nAdvertisement\n\nWhat comes next\n\nAdvertisement\n",
    # Two labels between the ads: a control panel's shape, but the article's.
    f"{TITLE}\n\n{BODY}\n\nAdvertisement\nWhat comes next:\nAnd after that:\nAdvertisement"
    f"\n\n{MORE}\n",
])
def test_a_short_line_between_two_ads_stays(text: str) -> None:
    assert "What comes next" in cleaned_text(text)
    assert "Advertisement" not in cleaned_text(text)


def test_a_bare_name_above_a_share_bar_is_the_byline() -> None:
    text = f"{TITLE}\n\nAnna Chernova\nShare: Facebook Twitter WhatsApp\n\n{BODY}\n\n{MORE}\n"
    assert cleaned_text(text) == f"{TITLE}\n\nAnna Chernova\n\n{BODY}\n\n{MORE}\n"


@pytest.mark.parametrize("line", ["Anna Petrova Politics", "Владислав Вислоцкий Politics",
                                  "World News"])
def test_a_name_with_a_section_or_a_section_alone_above_a_share_bar_goes(line: str) -> None:
    text = f"{TITLE}\n\n{line}\nShare: Facebook Twitter WhatsApp\n\n{BODY}\n\n{MORE}\n"
    assert cleaned_text(text) == ARTICLE



def test_a_section_label_repeated_between_paragraphs_goes_with_its_counter() -> None:
    text = f"{TITLE}\n\n{BODY}\n\nPolitics\n1 240\n\n{MORE}\n\nPolitics\n\n{BODY}\n"
    assert removed_lines(text) == {"Politics": "repeated section label", "1 240": "counter"}
    assert cleaned_text(text) == f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{BODY}\n"


def test_a_section_name_said_once_is_the_article_s_subheading() -> None:
    text = f"{TITLE}\n\n{BODY}\n\nEconomy\n\n{MORE}\n"
    assert cleaned_text(text) == text


def test_a_download_link_and_an_attachment_list_in_the_middle_go() -> None:
    files = ("Скачать:\n\nВложениеРазмер\n"
             "Microsoft Office document icon teksty_zhivaya_klassika.doc282.5 КБ\n"
             "Microsoft Office document icon eshche_teksty.doc112 КБ\n\n"
             "Предварительный просмотр:")
    dateline = "Posted 30 April 2012"
    link = "Download Complete Forecast: PDF"
    text = f"{TITLE}\n\n{dateline}\n{link}\n\n{BODY}\n\n{files}\n\n{MORE}\n"
    assert cleaned_text(text) == f"{TITLE}\n\n{dateline}\n\n{BODY}\n\n{MORE}\n"


def test_a_page_address_left_as_a_line_goes() -> None:
    text = f"{TITLE}\n\n{BODY}\npython-tutorial-python-for-loops\n\n{MORE}\n"
    assert removed_lines(text) == {"python-tutorial-python-for-loops": "URL slug"}


def test_a_poem_keeps_its_lines_above_a_blog_s_comment_count_and_prompt() -> None:
    widget = "0 Μας δωσαν το χρονο τους :\nSpeak up your mind\nTell us what you're thinking... !\n"
    assert cleaned_text(THOMAS.rstrip("\n") + "\n" + widget) == THOMAS


BLOGGER_TAILS = {
    "en": ("Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest\nLabels: poetry\n\n"
           "No comments:\n\nPost a Comment\n\nNewer Post Older Post Home\n\n"
           "Subscribe to: Post Comments (Atom)\n"),
    "el": ("Κοινοποίηση\nΕτικέτες: ποίηση\n\nΔεν υπάρχουν σχόλια:\n\nΔημοσίευση σχολίου\n\n"
           "Νεότερη ανάρτηση Παλαιότερες αναρτήσεις Αρχική σελίδα\n\n"
           "Εγγραφή σε: Σχόλια ανάρτησης (Atom)\n"),
    "ru": ("Ярлыки: стихи\n\nКомментариев нет:\n\nОтправить комментарий\n\n"
           "Следующее сообщение Предыдущие сообщения Главная страница\n\n"
           "Подписаться на: Комментарии к сообщению (Atom)\n"),
    "wordpress": ("This entry was posted in News and tagged SCO. Bookmark the permalink.\n\n"
                  "« Previous post\nNext post »\n\nLeave a Reply\n"),
    "theme": "Categorized in:\n\nPolitics,\n",
}


@pytest.mark.parametrize("language", sorted(BLOGGER_TAILS))
def test_a_blog_platform_s_furniture_under_the_post_goes_the_byline_stays(language: str) -> None:
    post = ARTICLE + "\nPosted by Maria Marra at 3:14 PM\n"
    assert cleaned_text(post + BLOGGER_TAILS[language]) == post


def test_a_comment_widget_s_question_counter_and_form_note_go() -> None:
    body = ("CSTO members to discuss regional security\n\n"
            "The leaders intend to analyse the international situation and discuss measures "
            "for strengthening regional security, among other issues.\n")
    page = (body + "\nDo you like this article?\n\n0 Comment(s)\n\n"
            "Comment Policy * Denotes Required Field 1500 / 1500\n")
    assert clean_document(page).text == body


@pytest.mark.parametrize("text", [
    "Did you like this article? Tell us what you think, the editor wrote in the first issue.\n",
    "The survey counted 3 response(s) in total, which the authors call too few.\n",
])
def test_sentences_about_comments_and_counts_stay(text: str) -> None:
    assert clean_document(text).text == text


_CSTO = ("The CSTO is a military alliance established in 2002, comprising Russia and former "
         "Soviet republics Armenia, Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan.\n")


def test_a_syndicator_s_disclaimer_goes_however_its_lines_were_broken() -> None:
    page = ("CSTO summit ends in Bishkek\n\n" + _CSTO + "Legal Disclaimer:\nMENAFN provides the\n"
            "information “as is” without warranty of any kind. We do not accept\n"
            "any responsibility or liability for the accuracy of the information\n"
            "contained in this article.\nLegal Disclaimer:\n"
            'EIN Presswire provides this news content "as is" without warranty of any kind. '
            "We do not accept any responsibility.\n")
    cleaned = clean_document(page)
    assert cleaned.text == "CSTO summit ends in Bishkek\n\n" + _CSTO
    assert "syndicator's disclaimer" in {fix.note for fix in cleaned.fixes}


def test_an_article_about_warranty_terms_keeps_them() -> None:
    page = ("Court rules on software licences\n\n" + _CSTO
            + "The licence said the program was provided \"as is\" without warranty of any "
              "kind, the judge noted.\nShe ruled that the clause did not cover the damage, and "
              "the company will appeal the decision next month.\n")
    assert clean_document(page).text == page


_UN = ("Το Συμβούλιο Ασφαλείας του ΟΗΕ συνεδριάζει εκτάκτως σήμερα, μετά τις πληροφορίες "
       "για τους αεροπορικούς βομβαρδισμούς στην πόλη Χαν Σεϊχούν.\n")


def test_teasers_under_their_section_labels_close_the_page_and_go() -> None:
    page = ("Έκτακτη συνεδρίαση για τη Συρία\n\n" + _UN
            + "ΠΟΛΙΤΙΚΗ\nΕορταστικό μήνυμα ομοψυχίας προς τους απόδημους στέλνει η Πρόεδρος\n"
              "ΚΟΣΜΟΣ\nΝετανιάχου: «Αλλάζουμε το τοπίο στη Μέση Ανατολή με συμφωνίες ειρήνης»\n")
    cleaned = clean_document(page)
    assert cleaned.text == "Έκτακτη συνεδρίαση για τη Συρία\n\n" + _UN
    assert {fix.note for fix in cleaned.fixes} == {"teaser with its section label"}


@pytest.mark.parametrize("tail", [
    # one heading over its line is the text's
    "ΣΗΜΕΙΩΣΗ\nΗ συνεδρίαση θα μεταδοθεί ζωντανά από το κανάλι του Οργανισμού\n",
    # a book's contents: short titles
    "PART ONE\nThe Storm\nPART TWO\nThe Calm\n",
])
def test_a_heading_over_a_line_or_a_book_s_contents_stays(tail: str) -> None:
    page = "Έκτακτη συνεδρίαση για τη Συρία\n\n" + _UN + tail
    assert clean_document(page).text == page


def test_a_preview_s_continue_reading_panel_goes() -> None:
    body = ("Putin's speech at the summit\n\nRussian President Vladimir Putin's speech at the "
            "summit provided important clues as to how the alliance will work.\n")
    page = (body + "\n📰\n\nContinue Reading on Daily Sabah\n\nThis preview shows approximately "
            "15% of the article. Read the full story on the publisher's website to support "
            "quality journalism.\n")
    assert clean_document(page).text == body


def test_a_sentence_that_sends_readers_to_a_report_stays() -> None:
    text = ("The ministry published its report on Friday; readers can continue reading on "
            "page four of the annex, the spokesperson said.\n")
    assert clean_document(text).text == text


# --- headlines between the article and the chrome that closes the page ---------------------

TEASERS = """\
Stay tuned to Baaghi TV for latest news and updates!

Iran ready for barter trade with Pakistan

China’s COVID-19 inactivated vaccines available?

UN ECOSOC President Urges Intensified Effort on Sustainable Development Goals
"""
CLOSING = "\nLeave A Reply\n\nYour email address will not be published.\n"


def test_headlines_above_the_closing_chrome_go_with_the_call_to_follow_them() -> None:
    removed = removed_lines(f"{ARTICLE}\n{TEASERS}{CLOSING}")
    for line in TEASERS.split("\n\n"):
        assert removed[line.strip()] == "teaser above the closing chrome"
    assert cleaned_text(f"{ARTICLE}\n{TEASERS}{CLOSING}") == ARTICLE


@pytest.mark.parametrize("ending", [
    TEASERS,                                     # no chrome closes the page: the text's own
    "\n\n".join(TEASERS.split("\n\n")[2:]),      # two one-line paragraphs: a heading or two
    TEASERS.replace("updates!", "updates:"),     # a line that introduces what follows
])
def test_one_line_paragraphs_at_the_end_stay_without_the_closing_chrome_or_in_a_pair(
        ending: str) -> None:
    closing = "" if ending == TEASERS else CLOSING
    text = f"{ARTICLE}\n{ending}{closing}"
    kept = cleaned_text(text)
    for line in ending.split("\n\n"):
        assert line.strip() in kept


# --- what the end of a page keeps, and its stray marks --------------------------------------

JAPANESE = (
    "2002-09-30 ArtNo.29821\n"
    "◆SCO、インドを第2の拠点に\n"
    "【ニューデリー】米国拠点のSCO Groupは、インドを米国に次ぐ第2の拠点にする計画だ。\n"
    "同社は小規模な企業の買収も計画している。\n"
    "|\n")


def test_a_page_in_japanese_keeps_its_sentences_above_a_closing_bar() -> None:
    # Japanese writes no spaces, so each sentence is one "word": its full stop "。"
    # says it is prose, and the walk up from the bar stops there.
    assert cleaned_text(JAPANESE) == JAPANESE.removesuffix("|\n")


@pytest.mark.parametrize("mark", ["<…>", "[…]", "(...)"])
def test_a_transcript_s_omission_mark_stays_above_the_closing_chrome(mark: str) -> None:
    text = (f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{mark}\n\n"
            "Share on Facebook\n\nShare on Twitter\n")
    assert cleaned_text(text) == f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{mark}\n"


@pytest.mark.parametrize("mark", [".", "!"])
def test_a_stop_alone_after_the_last_paragraph_goes(mark: str) -> None:
    assert removed_lines(f"{ARTICLE}\n{mark}\n") == {mark: "stray punctuation"}
    assert cleaned_text(f"{ARTICLE}\n{mark}\n\nLeave a Reply\n") == ARTICLE


def test_a_poem_s_closing_mark_and_an_ellipsis_stay() -> None:
    poem = "The rain\non the roof\nall night\n\n!\n"
    assert clean_document(poem).text == poem
    text = f"{ARTICLE}\n…\n"
    assert clean_document(text).text == text


def test_a_link_s_label_with_a_stop_goes_above_a_sign_up_box() -> None:
    text = f"{ARTICLE}\nRead more here.\n\nSubscribe to TBN\n"
    assert cleaned_text(text) == ARTICLE
    # Without chrome below it, a short line ending in a stop is the article's.
    assert clean_document(f"{ARTICLE}\nThank you.\n").text == f"{ARTICLE}\nThank you.\n"


@pytest.mark.parametrize("lines", [["Back", "Top Bottom"], ["~1 мин"], ["5 min read"]])
def test_a_page_s_scroll_links_and_reading_time_close_it(lines: list[str]) -> None:
    assert cleaned_text(ARTICLE + "\n" + "\n".join(lines) + "\n") == ARTICLE


def test_a_site_s_tagline_between_two_closing_widgets_goes() -> None:
    tagline = "Synergy of Poetry and Verse. Author, Poet, Photographer"
    text = (f"{ARTICLE}\nLeave a Reply\n\nConnecting to %s\n\n{tagline}\n\n"
            "%d bloggers like this:\n")
    assert removed_lines(text)[tagline] == "text among closing chrome"
    assert cleaned_text(text) == ARTICLE


def test_a_source_or_a_sentence_between_two_closing_widgets_stays() -> None:
    for kept in ("Source: Kabar", "The talks will resume in the spring, the ministry said."):
        text = f"{ARTICLE}\nLeave a Reply\n\n{kept}\n\n%d bloggers like this:\n"
        assert cleaned_text(text) == f"{ARTICLE}\n{kept}\n"


def test_a_social_network_s_alt_text_for_a_picture_goes() -> None:
    for alt in ("Image may contain: water, outdoor and nature",
                "Η εικόνα ίσως περιέχει: νερό, υπαίθριες δραστηριότητες και φύση"):
        assert cleaned_text(f"{TITLE}\n\n{alt}\n\n{BODY}\n\n{MORE}\n") == ARTICLE


def test_a_site_s_word_on_its_links_closes_the_page_with_what_follows() -> None:
    note = ("Disclaimer: answers are prepared by library staff. This site may include links "
            "to third-party websites, books and articles, this does not imply endorsement by "
            "the organisation.")
    text = f"{ARTICLE}\nLinks & Files\n\nJun 07, 2021      2029\n\n{note}\n\nShare on twitter\n"
    assert cleaned_text(text) == ARTICLE
    quoted = (f"{TITLE}\n\n{BODY}\n\nThe ministry said a link to the report does not imply "
              f"endorsement of its findings, officials added.\n\n{MORE}\n")
    assert clean_document(quoted).text == quoted


def test_a_site_s_description_of_its_news_closes_the_page_with_the_tag_above_it() -> None:
    description = ("Свежие новости Украины на сегодня и последние события в мире экономики и "
                   "политики, культуры и спорта, технологий, здоровья")
    assert cleaned_text(f"{ARTICLE}\nООН\n\n\n{description}\n") == ARTICLE
    # Opening the page, the same words are a headline's; with its stop, a sentence's.
    headline = "Latest news from the summit: ministers, envoys, observers and the press\n\n"
    assert clean_document(headline + f"{BODY}\n\n{MORE}\n").text == headline + f"{BODY}\n\n{MORE}\n"
    closing = f"{ARTICLE}\nLatest news on the talks, the envoys said, will come on Monday.\n"
    assert clean_document(closing).text == closing


@pytest.mark.parametrize("credit", [
    "Contributing: Kristine Phillips",
    "Additional reporting by Anna Berg",
    "Reporting by Olzhas Auyezov; Editing by Mark Heinrich",
])
def test_the_newsroom_s_credit_closing_the_article_stays_above_the_footer(credit: str) -> None:
    page = f"{ARTICLE}\n{credit}\n\nPublished 7:07 PM EST Nov 19, 2019\nKun.uz © 2024\n"
    out = cleaned_text(page)
    assert credit in out.splitlines()
    assert "Kun.uz © 2024" not in out


@pytest.mark.parametrize("address", ["www.dec.org.uk", "https://www.unicef.org/appeals"])
def test_a_web_address_under_the_article_s_last_sentence_stays_above_the_footer(
        address: str) -> None:
    """A press release closes with its sender's address in its last paragraph, as it
    closes with a credit line; the footer under it still goes."""
    page = f"{ARTICLE.rstrip()}\n{address}\n\nLoading\n\nKun.uz © 2024\n"
    out = cleaned_text(page)
    assert out == f"{ARTICLE.rstrip()}\n{address}\n"


def test_a_web_address_in_the_footer_s_paragraph_still_goes() -> None:
    """Set apart from the article by a blank line, among the footer's lines, it is the
    footer's."""
    page = f"{ARTICLE}\nwww.kun.uz\nKun.uz © 2024\n"
    assert "www.kun.uz" in removed_lines(page)


# --- a quotation cut off at the page's end ------------------------------------------------

PAGE_TOP = "Home › World › Europe\nShare on Facebook Share on Twitter\n\n"


@pytest.mark.parametrize("cut", ["«S", "‹S", "“We have done", "«Nous avons", "„Wir haben"])
@pytest.mark.parametrize("closing", ["", "\nSubscribe to continue reading\n", "\nAbonnez-vous\n"])
def test_a_quotation_cut_off_at_the_page_s_end_stays(cut: str, closing: str) -> None:
    """The article's last line opens a quotation it never closes: a paywall or the end of
    what was stored cut the article there.  It is the author's text, however short (a
    quotation mark and one letter, "«S", once went as an icon's letter in a frame), and
    the call to subscribe under it, the page's chrome, does not take it along."""
    text = f"{PAGE_TOP}{ARTICLE}\n{cut}\n{closing}"
    assert cleaned_text(text) == f"{ARTICLE}\n{cut}\n"


@pytest.mark.parametrize("line", ["« Previous", "«Advertisement»", "— Advertisement —"])
def test_a_label_in_a_frame_or_behind_an_arrow_still_goes(line: str) -> None:
    """A frame round a label closes, and an arrow stands apart from its label: neither
    opens a quotation."""
    assert line in removed_lines(f"{PAGE_TOP}{ARTICLE}\n{line}\n")


# --- the author's signature closing the page ----------------------------------------------

@pytest.mark.parametrize("signature", ["P.D. Gronbech (IT Staff) 2015-10-02",
                                       "Anna Berg, 12 March 2024"])
def test_the_author_s_signature_under_the_page_s_footer_stays(signature: str) -> None:
    """A page's last line that gives a person's name and the date the text was written
    is the author's signature, as a byline is, under the navigation or share bar the
    page closes with."""
    text = f"{ARTICLE}\nShare on Facebook Share on Twitter\n{signature}\n"
    assert cleaned_text(text) == f"{ARTICLE}\n{signature}\n"


def test_a_letter_s_signature_set_as_a_bar_under_the_name_stays() -> None:
    """A school's letter signed with the name, then the name, the post and the school
    set apart by bars: the bar read as a trail of links and went."""
    letter = ("Dear parents,\n\nSports day is on Friday in the park. Children should bring a "
              "water bottle and a sun hat.\nBest wishes\nJane Morrow\n"
              "Jane Morrow | Head Teacher | Hillside Primary School\n")
    assert clean_document(letter).text == letter
    trail = "Home | News | Sports Day"
    assert trail in removed_lines(letter.replace(
        "Jane Morrow | Head Teacher | Hillside Primary School", trail))


def test_a_comment_s_name_and_date_in_the_widget_under_the_article_still_go() -> None:
    """Higher up, with the widget's lines under it, the same shape is a comment's header."""
    text = f"{ARTICLE}\nLeave a comment\nAnna Berg 12 March 2024\nReply\n"
    assert "Anna Berg 12 March 2024" in removed_lines(text)


def test_a_single_date_under_a_letter_is_the_letters_own() -> None:
    """Two dates alone closing a page are an archive's empty day headers and go; one
    date under a letter's closing words is when the letter was written, and stays."""
    letter = ("Dear members,\n\nThe annual meeting will be held in the church hall. Please "
              "bring your membership cards and any motions in writing.\n\nWith best wishes "
              "from the committee,\nMonday, 3 May 2021\n")
    assert clean_document(letter).text == letter
    archive = ("The home side took the lead after ten minutes.\nThe visitors levelled before "
               "the break.\nFriday, 3 December 2021\nSunday, 28 November 2021\n")
    assert clean_document(archive).text == ("The home side took the lead after ten minutes.\n"
                                            "The visitors levelled before the break.\n")


def test_a_song_that_ends_on_its_first_stanza_keeps_it() -> None:
    """A text printed again under a site's bar goes; a song that closes on its first
    stanza again, with no bar between, is the song's own."""
    song = ("Down by the river where the willows grow,\nI met my love in the morning glow.\n\n"
            "The years went by and the river ran,\nShe left the valley, I became a man.\n\n"
            "Down by the river where the willows grow,\nI met my love in the morning glow.\n")
    assert clean_document(song).text == song


def test_an_excerpt_cut_on_its_own_subject_keeps_its_last_lines() -> None:
    """Another story's teaser closing the page goes; the article's own last section, cut
    short by the site where its excerpt ends, speaks of the article's subject and stays."""
    excerpt = ("The council approved the new snow clearing plan on Friday.\n"
               "Clearing the side streets\n"
               "Crews will clear the side streets within a day of heavy snow, the council "
               "said […]\n")
    assert clean_document(excerpt).text == excerpt


def test_the_release_s_date_in_words_over_closing_chrome_stays() -> None:
    text = ("Responding to media queries, the Spokesperson stated that the ceremonies are held "
            "according to State and diplomatic protocols.\n\n14 June 2022\n\n"
            "Close Search Window\n")
    assert cleaned_text(text) == text.removesuffix("\nClose Search Window\n")


def test_a_podcast_s_list_of_more_episodes_closing_the_page_goes() -> None:
    body = ("The war for AI talent\n\n"
            "As the artificial intelligence industry continues to grow, competition for AI "
            "workers is heating up, and the firms pay more than ever.\n\n"
            "The biggest labs now hire whole teams at once.\n")
    page = body + ("\nMore episodes\nMind and body: an unusual sport\n"
                   "The chessboxing season opens\nWhy rents keep rising\n")
    assert cleaned_text(page) == body


def test_a_forum_thread_keeps_its_posts_and_signatures_and_loses_its_counters() -> None:
    """A forum thread as a scraper flattens it: each post's like counter and the note of a
    later edit go; the member's signature under each post (a name with its nickname), a
    short message over its counter and a short last message closed by an emoji's code are
    the members' words and stay."""
    first = ("The frame on my roadster is original, but the body panels were replaced by a "
             "previous owner in the sixties, as far as I can tell from the welds.")
    second = ("A seller once called his coupe all original steel, and in the same advert "
              "listed the panels he had replaced, which rather made my point for me.")
    thread = (f"Original steel or not?\n\n{first}\n\nJohn \"Spud\" Murphy\n\n3 Likes\n\n"
              f"{second}\n\n"
              "John \"Spud\" Murphy\n\n1 Like\n\n"
              "Don’t lose hope.\n\n2 Likes\n\n"
              "We bought the roadster anyway :slight_smile:\n\n"
              "2 Likes\n\nThis message was edited by spud_m on 3-14-22 @ 9:02 PM\n")
    out = cleaned_text(thread)
    assert "Likes" not in out and "1 Like" not in out and "edited by" not in out
    assert out.count('John "Spud" Murphy') == 2
    assert out.rstrip().endswith("Don’t lose hope.\n\nWe bought the roadster anyway :slight_smile:")


def test_a_joomla_tag_page_heading_and_a_comment_bar_go() -> None:
    """"Displaying items by tag: …" heads a catalogue's tag page; "Match Report: Click here to
    add your own comment | See all comments" is a report's comment bar."""
    lines = removed_lines(f"Displaying items by tag: Night Buses\n{ARTICLE}\n"
                          "Match Report: Click here to add your own comment  |  See all comments\n")
    assert "Displaying items by tag: Night Buses" in lines
    assert "Match Report: Click here to add your own comment  |  See all comments" in lines


def test_a_wire_s_author_credit_over_the_latest_news_stays() -> None:
    """"Original Author: Dinara Bekbolayeva" is the story's byline, over the site's list."""
    text = (f"{ARTICLE}Original Author: Dinara Bekbolayeva\nLatest news\n"
            "- Bank Sells Its Stake for $475 Million\n- Ministers Meet in Astana on Trade\n")
    assert "Original Author: Dinara Bekbolayeva" in cleaned_text(text)


def test_a_ukrainian_blog_s_comment_block_and_a_newsletter_call_go() -> None:
    lines = removed_lines(f"{ARTICLE}\nНемає коментарів:\n\nДописати коментар\n")
    assert {"Немає коментарів:", "Дописати коментар"} <= set(lines)
    call = "Sign up for upcoming events, latest news and articles from the Analyst"
    assert call in removed_lines(f"{ARTICLE}\n{call}\n")


def test_a_mark_alone_between_two_paragraphs_goes_and_a_stanza_s_stays() -> None:
    """A link's text lost after the words before it leaves its full stop as a paragraph of
    its own between two paragraphs of prose; it goes with a note.  A mark on a line of a
    stanza is the poem's."""
    text = ("Two pieces I want\n\n"
            "The first is a hat I thought I disliked and now find I can't stop thinking "
            "about, with a crown like some sort of weird exoskeleton.\n\n"
            "The second is a scarf knitted with the most intriguing shifting rib texture, "
            "plus I'm a sucker for long stretches of rib\n\n"
            ".\n\n"
            "Both patterns are in the new issue, out this week in shops and online.\n")
    assert removed_lines(text).get(".") == "stray punctuation"
    assert "\n\n.\n\n" not in cleaned_text(text)
    poem = "The night is long\nand then it ends\n.\n\nThe morning comes\nand no one wakes\n"
    assert cleaned_text(poem) == poem


@pytest.mark.parametrize("label", ["Source :", "Share:", "Смотрите также:", "Gedichtform:"])
def test_a_bare_label_closing_the_page_goes_alone(label: str) -> None:
    """A label closing the page with nothing after its colon: what it labelled went with
    the markup, so it is chrome even with no other closing line beside it."""
    text = ("Pakistan at the SCO\n\n"
            "Reflecting on the respect given to Pakistan at the summit, the delegation said "
            "the country should feel motivated about its future in the organisation.\n\n"
            f"{label}\n")
    assert cleaned_text(text).endswith("in the organisation.\n")


def test_a_decree_s_closing_word_in_capitals_stays() -> None:
    text = ("Постановление администрации\n\n"
            "В соответствии со статьёй 179 Бюджетного кодекса администрация района "
            "рассмотрела программу развития на следующий год.\n\nПОСТАНОВЛЯЮ:\n")
    assert cleaned_text(text).endswith("ПОСТАНОВЛЯЮ:\n")


@pytest.mark.parametrize("ending", [
    # a text cut short in lower case
    "To quote the publishers of the\npresent work:\n",
    # a label over a code block, which closes the text: neither it nor the pictures and
    # notes above it are a closing run
    "![floor](http://latex.codecogs.com/svg.latex?floor%28x%29)\n\n"
    "<!-- floor(x) = \\lfloor x \\rfloor -->\n\n"
    "In code:\n\n```js\nMath.floor(x)\n```\n",
])
def test_a_colon_that_is_the_text_s_own_stays(ending: str) -> None:
    text = ("The floor function\n\n"
            "The special brackets represent the floor and ceil functions, respectively, as "
            "the author explained in an earlier chapter of the work.\n\n" + ending)
    assert cleaned_text(text) == text
