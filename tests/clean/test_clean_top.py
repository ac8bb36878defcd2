"""Chrome at the top of a scraped page, known by its kind (cms_i18n.clean.top).

The lines are real: the tops of public news, government and blog pages as a
web crawl stored them (sites in Kazakhstan, Nagorno-Karabakh, Russia, Greece,
Cyprus, Azerbaijan, Malaysia and the United States), with the article's first
paragraph shortened where it is long.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, clean_document, explain
from cms_i18n.clean.top import is_glued_breadcrumb, is_language_switcher, is_section_menu
from tests.support.cleaning import cleaned_text, removed_lines

# --- the title twice -------------------------------------------------------------------

VIEWS_ABOVE_TITLE = """\
Николай Бордюжа о перспективах ОДКБ
1 880

Николай Бордюжа о перспективах ОДКБ

В Душанбе на этой неделе состоялось заседание Совета коллективной безопасности ОДКБ. \
Вопросы, вынесенные на повестку, показали рост напряженности в Центральной Азии.
"""


def test_the_title_s_copy_with_a_view_counter_above_the_headline_goes() -> None:
    assert removed_lines(VIEWS_ABOVE_TITLE) == {
        "Николай Бордюжа о перспективах ОДКБ": "copy of a line below it",
        "1 880": "counter beside the title"}
    assert cleaned_text(VIEWS_ABOVE_TITLE).startswith(
        "Николай Бордюжа о перспективах ОДКБ\n\nВ Душанбе")


POEM_WITH_MERGED_TITLE = """\
ON THE RIVER by William Vaughn Moody

ON THE RIVER

by William Vaughn Moody

The faint stars wake and wonder,
Fade and find heart anew;
Above us and far under
Sphereth the watchful blue.
"""


def test_the_title_merged_with_the_byline_goes_and_the_poem_keeps_both() -> None:
    assert removed_lines(POEM_WITH_MERGED_TITLE) == {
        "ON THE RIVER by William Vaughn Moody": "headline and byline repeated in one line"}
    assert cleaned_text(POEM_WITH_MERGED_TITLE).startswith(
        "ON THE RIVER\n\nby William Vaughn Moody\n\nThe faint stars")


LABEL_TWICE = """\
Ecommbx
ΔΙΕΘΝΗ

ΔΙΕΘΝΗ

Κίνα: Ο Σι Τζινπίνγκ περιμένει τον Πούτιν στο Πεκίνο στις 31 Αυγούστου

 22.08.2025 - 10:38
22.08.2025 - 10:38

Ο Κινέζος πρόεδρος Σι Τζινπίνγκ θα υποδεχθεί τον Ρώσο ομόλογό του Βλαντίμιρ Πούτιν και \
περισσότερους από 20 ακόμη ηγέτες κρατών, ανακοίνωσε σήμερα το Πεκίνο.
"""


def test_an_ad_label_a_section_label_twice_and_a_dateline_twice_leave_one_dateline() -> None:
    assert cleaned_text(LABEL_TWICE) == (
        "Κίνα: Ο Σι Τζινπίνγκ περιμένει τον Πούτιν στο Πεκίνο στις 31 Αυγούστου\n\n"
        "22.08.2025 - 10:38\n\n" + LABEL_TWICE.rsplit("\n\n", 1)[1])
    reasons = [line.split("(")[-1] for line in explain(clean_document(LABEL_TWICE).fixes)
               if "chrome" in line]
    assert reasons == ["label above a repeated line)", "copy of a line below it)",
                       "section label)", "copy of a line below it)"]


TITLE_WITH_SUBTITLE_THEN_COPY = """\
21 Μαρτίου: Παγκόσμια Ημέρα Ποίησης
Αφιερωμένο σε όλους τους Μαθητές, μικρούς και μεγάλους…
Ποτέ δεν πρέπει να παύουμε να είμαστε Μαθητές…
kavafis

21 Μαρτίου: Παγκόσμια Ημέρα Ποίησης

ΙΘΑΚΗ

Σά βγεῖς στόν πηγαιμό γιά τήν Ἰθάκη,
νά εὔχεσαι νἆναι μακρύς ὁ δρόμος,
γεμάτος περιπέτειες, γεμάτος γνώσεις.
"""


def test_a_lone_copy_of_the_title_below_its_subtitle_goes_with_the_blog_s_label() -> None:
    assert removed_lines(TITLE_WITH_SUBTITLE_THEN_COPY) == {
        "21 Μαρτίου: Παγκόσμια Ημέρα Ποίησης": "repeated title",
        "kavafis": "label above a repeated line"}
    assert "\n\nΙΘΑΚΗ\n\nΣά βγεῖς" in cleaned_text(TITLE_WITH_SUBTITLE_THEN_COPY)


def test_a_breadcrumb_glued_into_words_and_a_heading_with_an_item_count_go() -> None:
    text = ("HomeNews / DocumentsPress StatementsPress Statements 2015\n"
            "Press Statements 2015\n\nPress Statements 2015 (128)\n\n20 APRIL 2015\n\n"
            "The members of the Security Council strongly condemned the heinous and cowardly "
            "apparent murder in Libya of over 30 Ethiopian Christians.\n")
    assert removed_lines(text) == {
        "HomeNews / DocumentsPress StatementsPress Statements 2015":
            "breadcrumb glued to the title",
        "Press Statements 2015 (128)": "heading with an item count"}
    assert cleaned_text(text).startswith("Press Statements 2015\n\n20 APRIL 2015\n\nThe members")


def test_the_title_again_as_a_photo_caption_goes_and_the_title_stays() -> None:
    title = "Си Цзиньпин призвал страны ШОС защищать мировой порядок"
    text = (f"{title}\n{title} Фото:\nПоездка Путина в Китай на ШОС и военный парад\n\n"
            "Председатель КНР Си Цзиньпин на открытии саммита Шанхайской организации "
            "сотрудничества в Тяньцзине заявил, что страны организации должны противостоять "
            "блоковой конфронтации. Саммит проходит с 31 августа по 1 сентября.\n")
    assert removed_lines(text) == {f"{title} Фото:": "the title as a photo caption"}
    assert cleaned_text(text).startswith(f"{title}\nПоездка Путина")


OFFICIAL_SITE = """\
Official website of the

President of the Republic of Kazakhstan

Official website of the

President of the Republic of Kazakhstan


Remarks by President Kassym-Jomart Tokayev at the third meeting of the National Kurultai

15 march 2024 year

Dear participants!

Firstly, I would like to extend my congratulations to everyone on the occasion of Korisu \
Day. On this day, after a long winter, relatives and friends come together and reunite.
"""


def test_the_site_s_name_printed_twice_over_two_lines_goes() -> None:
    assert cleaned_text(OFFICIAL_SITE).startswith(
        "Remarks by President Kassym-Jomart Tokayev at the third meeting of the National "
        "Kurultai\n\n15 march 2024 year\n\nDear participants!\n\nFirstly")
    assert "masthead" in removed_lines(OFFICIAL_SITE).values()


WEATHER_AND_COUNTER = """\
|
В Степанакерте:   +6 °C

Начальник штаба ОДКБ заявил о напряжённой ситуации в зоне ответственности организации

Начальник штаба ОДКБ заявил о напряжённой ситуации в зоне ответственности организации
758
Вторник, 14 Февраля, 2023 года, 13:18

Обстановка в зоне ответственности Организации Договора о коллективной безопасности \
остаётся сложной и напряжённой. Об этом сообщил начальник Объединённого штаба ОДКБ.
"""


def test_the_masthead_s_weather_a_separator_and_the_title_s_counter_go() -> None:
    assert cleaned_text(WEATHER_AND_COUNTER) == (
        "Начальник штаба ОДКБ заявил о напряжённой ситуации в зоне ответственности "
        "организации\n\nВторник, 14 Февраля, 2023 года, 13:18\n\n"
        + WEATHER_AND_COUNTER.rsplit("\n\n", 1)[1])
    reasons = set(removed_lines(WEATHER_AND_COUNTER).values())
    assert {"separator", "weather", "counter beside the title"} <= reasons


def test_counters_beside_the_dateline_go_and_a_year_stays() -> None:
    body = ("The main goal of the terrorists in Kazakhstan was to undermine the constitutional "
            "order, said the president of the republic.")
    text = (f"Jan 11, 2022\n0 0\n\nTokayev: the purpose of the terrorists in Kazakhstan was "
            f"the seizure of power\n\n{body}\n")
    assert removed_lines(text) == {"0 0": "counter beside the title"}
    dated = f"Tokayev on the events in Kazakhstan\n2022\n\n{body}\n"
    assert cleaned_text(dated) == dated


LEAD = ("Aflac President and Chief Operating Officer Paul S. Amos II today announced that "
        "Aflac will expand its operations at Aflac Group Insurance in Columbia, South Carolina.")


def test_the_lead_printed_twice_above_the_article_goes_once() -> None:
    more = "The expansion will add 350 jobs over the next two years, the company said."
    text = f"February 14, 2011\n\n{LEAD}\n\n{LEAD}\n\n{more}\n"
    assert removed_lines(text) == {LEAD: "copy of a line below it"}
    assert cleaned_text(text) == f"February 14, 2011\n\n{LEAD}\n\n{more}\n"
    # the same sentence again further down is the writer's
    later = f"February 14, 2011\n\n{LEAD}\n\n{more}\n\n{LEAD}\n"
    assert cleaned_text(later) == later


def test_the_page_s_title_tag_and_a_trail_glued_to_the_headline_go() -> None:
    body = ("Глупо создавать Очаг для того, кто никуда не идет, кто всего лишь отрабатывает "
            "дни своей жизни и ничего не ждёт от следующего дня.")
    text = ("Жизнь волшебника - читать онлайн бесплатно, автор Александр Гордеев, ЛитПортал\n"
            "Полная версияЖизнь волшебника\n\nЖизнь волшебника\n\n" + body + "\n")
    assert removed_lines(text) == {
        "Жизнь волшебника - читать онлайн бесплатно, автор Александр Гордеев, ЛитПортал":
            "the page's title with the site's name",
        "Полная версияЖизнь волшебника": "breadcrumb glued to the title"}
    assert cleaned_text(text) == f"Жизнь волшебника\n\n{body}\n"


def test_a_headline_that_begins_with_the_label_above_it_stays() -> None:
    text = ("Security Council\n\nSecurity Council - Resolution 2231 adopted unanimously\n\n"
            "The Council endorsed the agreement on Iran's nuclear programme on Monday, "
            "diplomats said.\n")
    assert "Security Council - Resolution 2231 adopted unanimously" in cleaned_text(text)


def test_a_label_with_a_trail_s_separator_opening_the_page_goes() -> None:
    body = ("«Встреча состоялась накануне 10-го ежегодного заседания секретарей советов "
            "безопасности ШОС», — говорится в заявлении пресс-службы.")
    assert removed_lines(f"ДАЙДЖЕСТ: |\n{body}\n") == {"ДАЙДЖЕСТ: |": "label with a separator"}


def test_the_title_in_a_layout_table_s_cell_loses_its_bar_and_stays() -> None:
    # motorcycleproject.com: the title's cell over the article's first paragraph.
    body = ("In the vintage powersports world, there is a parallel. Carburetors. Making a "
            "living rebuilding them means I see the evidence of frustration in many of them.")
    assert cleaned_text(f"![]() ![]() |\nBullet holes |\n{body}\n") == f"Bullet holes\n{body}\n"


def test_a_thread_s_title_over_its_post_s_subject_field_goes() -> None:
    # fishkeeping.co.uk: the thread's title, then the post's header repeating it.
    post = ("Subject: Re: Pics of the pond and fish\nby rubadub on 6/9/2010 12:24:20\n\n"
            "Here are some more pictures of the pond now that the plants have grown in and "
            "the fish have settled.\n")
    assert removed_lines(f"Re: Pics of the pond and fish\n\n{post}") == {
        "Re: Pics of the pond and fish": "copy of a line below it"}


# --- a headline in another language ------------------------------------------------------

def test_a_ticker_headline_in_another_language_above_the_article_goes() -> None:
    text = ("Vətən müharibəsinin Anım Gününün rəmzi olan Xarı bülbül\n"
            "CSTO to adopt border security program for Tajik-Afghan frontier\n\n"
            "Tajikistan Materials 25 November 2024 11:50 (UTC +04:00)\n\n"
            "This year, the Collective Security Council of the Collective Security Treaty "
            "Organization will adopt an intergovernmental program to secure the border.\n")
    assert removed_lines(text) == {"Vətən müharibəsinin Anım Gününün rəmzi olan Xarı bülbül":
                              "headline in another language"}


@pytest.mark.parametrize("text", [
    # a title with a name in its own letters
    "Çavuşoğlu and Lavrov discuss the Nagorno-Karabakh talks\n\nThe foreign ministers of "
    "Turkey and Russia spoke by phone on Monday, the ministry said.\n",
    # an English title above Greek verse: the page's title, not a ticker
    "Asian security officials to convene in Moscow\n\nἌνδρα μοι ἔννεπε, Μοῦσα, πολύτροπον, "
    "ὃς μάλα πολλὰ\nπλάγχθη, ἐπεὶ Τροίης ἱερὸν πτολίεθρον ἔπερσε·\nἀλλ’ οὐδ’ ὣς ἑτάρους "
    "ἐρρύσατο, ἱέμενός περ·\nδ’ ἄρ’ ἐπ’ αὐτῷ ’κεῖνος ἔφη «Ὦ φίλοι».\n",
    # a dateline in Latin letters above a Ukrainian paragraph
    "Published: 26 May 2025, 12:41 GMT+3\nУкраїна і Казахстан підписали угоду; її текст "
    "опубліковано в четвер на сайті міністерства.\n",
])
def test_a_title_or_dateline_in_its_own_letters_stays(text: str) -> None:
    assert cleaned_text(text) == text


# --- mastheads and menus ------------------------------------------------------------------

BODY = ("ASTANA – Kazakhstan and Uzbekistan signed an agreement on the demarcation of their "
        "border on Tuesday, the foreign ministry said.")
HEADLINE = "Kazakhstan and Uzbekistan sign border demarcation agreement"


@pytest.mark.parametrize(("line", "reason"), [
    ("KZ | RU | EN | 中文", "language switcher"),
    ("العربية 中文 English Français Русский Español", "language switcher"),
    ("Қаз Рус Eng", "language switcher"),
    ("  • en-GB1 ru-RU1", "language switcher"),   # locales, each with its page count
    ("Official website of the President of Russia", "masthead"),   # as long as the headline
    ("Nation Business Opinion Culture Tech", "section menu"),
    ("The Astana Times", "masthead"),
    ("Kazakhstan Inside", "masthead"),
    ("МЕДИАГРУППА «ЗВЕЗДА»", "masthead"),
    ("facebook twitter pinterest google plus Youtube", "page chrome"),
    ("Showing posts with label Pankin. Show all posts", "page chrome"),
    ("Download Complete Forecast: PDF", "page chrome"),
    ("Skip Main Navigation", "page chrome"),
    ("print-only banner", "page chrome"),
    ("Read Time1 Minute, 16 Second", "page chrome"),
    ("Author Topic: Club Newsletter ( 6 )  (Read 11629 times)", "page chrome"),
    ("+7 (812) 635 55 51, +7 (812) 643 07 77", "the site's contact bar"),
    ("Facebook  Twitter", "page chrome"),
    ("Google+ Pinterest LinkedIn Tumblr +", "page chrome"),
    ("You are using an outdated browser. Please upgrade your browser to improve your "
     "experience.", "page chrome"),
    ("We have 158 guests and one member online", "page chrome"),
    ("Сейчас 158 гостей и один зарегистрированный пользователь на сайте", "page chrome"),
    ("Just click on the icons to get to the download page.", "page chrome"),
    ("Change Size", "page chrome"),
])
def test_mastheads_switchers_menus_and_skip_links_above_the_headline_go(
        line: str, reason: str) -> None:
    text = f"{line}\n\n{HEADLINE}\n\n{BODY}\n"
    assert removed_lines(text) == {line: reason}
    assert cleaned_text(text) == f"{HEADLINE}\n\n{BODY}\n"


THREE_PARAGRAPHS = (
    f"{BODY}\n\nThe two presidents met in Tashkent and spoke of trade, water and the new "
    "crossings on the frontier.\n\nThe parliaments of both countries still have to ratify "
    "the agreement before it comes into force.\n")


def test_a_label_run_together_three_times_and_more_above_the_headline_goes() -> None:
    gallery = "slide captionslide captionslide caption"
    text = f"{gallery}\n\n{HEADLINE}\n\n{THREE_PARAGRAPHS}"
    assert removed_lines(text) == {gallery: "words printed twice"}


CAPTION = ("Chinese Foreign Minister Wang Yi (second from left) and the ministers at their "
           "meeting in Yuxi, China, on June 14.")


@pytest.mark.parametrize(("copy", "kept"), [
    (f"{CAPTION}PHOTO: AFP", CAPTION),                   # a credit glued to the copy
    (CAPTION.rstrip("."), CAPTION),                      # the alt text, then the caption
])
def test_a_caption_printed_again_with_its_stop_or_its_credit_is_kept_once(
        copy: str, kept: str) -> None:
    lines = [CAPTION, copy] if copy.startswith(CAPTION) else [copy, CAPTION]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(lines) + f"\n\n{THREE_PARAGRAPHS}"
    assert cleaned_text(text) == f"{HEADLINE}\n\n{BODY}\n\n{kept}\n\n{THREE_PARAGRAPHS}"


def test_a_menu_whose_items_are_each_printed_twice_goes() -> None:
    menu = ("• The Garden\n\n    The Garden\n\n  • The Gardeners\n\n    The Gardeners\n\n"
            "  • The Community\n\n    The Community\n\n")
    assert cleaned_text(menu + THREE_PARAGRAPHS) == THREE_PARAGRAPHS


def test_an_item_an_author_repeats_under_its_bullet_once_stays() -> None:
    text = f"{HEADLINE}\n\n• Tashkent\n\nTashkent\n\n{THREE_PARAGRAPHS}"
    assert "• Tashkent" in cleaned_text(text)


def test_an_author_s_row_of_marks_between_sections_stays() -> None:
    text = f"+ + + + + + + +\n\n{HEADLINE}\n\n{THREE_PARAGRAPHS}"
    assert cleaned_text(text) == text


def test_a_section_s_last_news_label_under_the_headline_goes() -> None:
    text = f"{HEADLINE}\n\nLast news\n\n{BODY}\n"
    assert cleaned_text(text) == f"{HEADLINE}\n\n{BODY}\n"


@pytest.mark.parametrize("menu", [
    "Home World Politics Business Sport",
    "Главная Новости Политика Экономика Спорт",
    "Головна Новини Політика Економіка Спорт",
    "Αρχική Ειδήσεις Πολιτική Οικονομία Αθλητισμός",
])
def test_a_menu_opening_at_the_home_page_goes_in_each_language_a_trail_knows(menu: str) -> None:
    """The home page has one list of names for every rule that looks for it: a menu row
    opening with the Ukrainian "Головна" goes, as a numbered trail opening with it does."""
    text = f"{menu}\n\n{HEADLINE}\n\n{BODY}\n"
    assert removed_lines(text) == {menu: "section menu"}


def test_a_ukrainian_pages_menu_goes_above_its_headline() -> None:
    page = ("Головна Новини Політика Економіка Спорт\n\n"
            "Уряд схвалив новий бюджет на наступний рік\n\n"
            "Уряд у вівторок схвалив проєкт державного бюджету на наступний рік, повідомили в "
            "міністерстві фінансів після засідання кабінету.\n\n"
            "Документ передбачає збільшення видатків на освіту та охорону здоров'я, сказав "
            "міністр.\n")
    assert cleaned_text(page) == page.split("\n\n", 1)[1]


def test_the_kinds_are_told_by_their_make_not_by_one_site_s_words() -> None:
    assert is_language_switcher("EN / FR")
    assert not is_language_switcher("English and French are the working languages.")
    assert not is_language_switcher("English")
    assert not is_language_switcher("Files in en-GB are checked first.")
    assert is_section_menu("World | Politics | Economy | Society")
    assert not is_section_menu("Kazakhstan Ratifies Border Deal With Uzbekistan")
    assert is_glued_breadcrumb("HomeWorldAsiaPolitics")
    assert not is_glued_breadcrumb("JavaScript and TypeScript")


@pytest.mark.parametrize("text", [
    # a newspaper's name as the article's only title
    f"The Astana Times\n\n{BODY}\n",
    # a title in Title Case above the body
    f"Kazakhstan Ratifies Border Deal With Uzbekistan\n\n{BODY}\n",
    # a headline about a site, above one about something else
    f"Official website of the CSTO relaunched after attack\n\n{HEADLINE}\n\n{BODY}\n",
])
def test_a_title_that_looks_like_a_masthead_or_a_menu_stays(text: str) -> None:
    assert cleaned_text(text) == text


# --- the text's own repeated lines ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a poem's refrain, at its top and in its body
    "Oh, shining tree\n\nOh, shining tree\nyour leaves are gold,\nyour roots are deep.\n\n"
    "Oh, shining tree\nthe winter comes,\nthe birds are gone.\n",
    # an essay titled like the poem it quotes below its first paragraph
    "ΙΘΑΚΗ\n\nΗ “Ιθάκη” του Καβάφη είναι από τα πιο γνωστά ποιήματα, τουλάχιστον ως τίτλος "
    "και ως νόημα, και το παραθέτω εδώ ολόκληρο.\n\nΙΘΑΚΗ\n\nΣά βγεῖς στόν πηγαιμό γιά "
    "τήν Ἰθάκη,\nνά εὔχεσαι νἆναι μακρύς ὁ δρόμος,\n",
    # headings listed, then the first of them opens the text
    "Background\n\nWhy it matters\n\nBackground\n\nLive-fire drills began in Tajikistan. "
    "Media reports said video footage showed tanks.\n",
    # a wiki page's title above its infobox, whose caption repeats it
    "Mersenne prime\n\nMersenne prime\nNamed after Marin Mersenne\nPublication year 1536\n\n"
    "In mathematics, a Mersenne prime is a prime number that is one less than a power of "
    "two.\n",
    # a chapter's number above its title
    "1\n\nThe Crossing\n\nWe left the village before dawn, and the river was higher than "
    "anyone had seen it in years.\n",
])
def test_lines_the_text_itself_repeats_stay(text: str) -> None:
    assert cleaned_text(text) == text


def test_authored_text_never_loses_its_top_this_way() -> None:
    options = CleanOptions(chrome="authored")
    assert clean_document(VIEWS_ABOVE_TITLE, options).text == VIEWS_ABOVE_TITLE


def test_numbered_subtitle_cues_are_no_counters() -> None:
    """Subtitles number their cues; a number the text counts on from is no view counter."""
    cues = ("63\n00:04:58,100 --> 00:05:01,300\nZangemann was very angry.\n\n"
            "64\n00:05:01,300 --> 00:05:04,000\nHe wanted everyone to obey him.\n")
    assert clean_document(cues).text == cues


def test_a_lone_figure_beside_the_title_is_still_a_counter() -> None:
    text = ("Ministers agree on a new water-sharing plan\n1 240\n\n"
            "The ministers of five states agreed on Monday to share the river's water.\n")
    assert "1 240" in removed_lines(text)


def test_an_editors_note_printed_twice_is_no_title_copy() -> None:
    """A book's "[Illustration]" stands wherever a picture stood, twice in a row too."""
    text = ("[Illustration]\n\n[Illustration]\n\nACT II. SCENE I.\n\n"
            "A tavern near Newgate. The gang at the table, with wine, brandy and tobacco.\n")
    assert clean_document(text).text == text


def test_a_headline_printed_twice_in_a_row_is_kept_once() -> None:
    title = "Небензя исправил объявленную Украиной минуту молчания на заседании Совбеза ООН"
    body = ("Постоянный представитель России при ООН Василий Небензя поправил министра, "
            "который предложил почтить минутой молчания погибших.\n")
    cleaned = clean_document(f"{title}\n{title}\n{body}")
    assert cleaned.text == f"{title}\n{body}"
    assert [fix.note for fix in cleaned.fixes] == ["repeated title"]


@pytest.mark.parametrize("text", [
    # A refrain of a poem, not a title: no prose under it.
    "Sleep, my little one, sleep\nSleep, my little one, sleep\nThe stars are out\n",
    # A sentence said twice is the writer's.
    "We will not stop.\nWe will not stop.\nThe crowd repeated it for an hour, and the "
    "ministers in the hall listened without a word.\n",
])
def test_a_line_said_twice_that_is_no_headline_stays(text: str) -> None:
    assert clean_document(text).text == text


_ARTICLE = ("Meeting of Security Council Secretaries of SCO begins in Tashkent\n"
            "August 11, 2022\n\n"
            "The meeting of the secretaries of the security councils of the member states "
            "begins on Thursday, and the delegations will discuss regional security.\n")


@pytest.mark.parametrize("widget", [
    "Friday, 07 October 2022, 11:09:12 pm",
    "Понедельник, 30 ноября 2026 20:41:05",
    "Возрастное ограничение 18+",
    "16+",
])
def test_a_clock_or_an_age_rating_opening_the_page_goes(widget: str) -> None:
    cleaned = clean_document(f"{widget}\n{_ARTICLE}")
    assert cleaned.text == _ARTICLE
    assert [fix.note for fix in cleaned.fixes] == ["clock or age rating"]


@pytest.mark.parametrize("dateline", [
    "Tue, 09/15/2015 - 11:17",                  # filed to the minute
    "Updated 30 November 2026 11:09:12",        # a dateline, not a weekday's clock
    "2025-08-30 15:08:45",
])
def test_a_dateline_opening_the_page_stays(dateline: str) -> None:
    text = f"{dateline}\n{_ARTICLE}"
    assert clean_document(text).text == text


def test_messenger_buttons_under_a_desk_byline_go_and_the_byline_stays() -> None:
    page = ("Συνεδριάζει εκτάκτως σήμερα το Συμβούλιο Ασφαλείας του ΟΗΕ\n\n"
            "Newsroom\nViber Whatsapp\nΜοιράσου το\n"
            "Σύμφωνα με πληροφορίες από τον ΟΗΕ κράτη-μέλη του Συμβουλίου Ασφαλείας "
            "προωθούν σχέδιο ψηφίσματος που καταδικάζει τις επιθέσεις.\n")
    cleaned = clean_document(page).text
    assert "Viber" not in cleaned and "Μοιράσου" not in cleaned
    assert "\nNewsroom\nΣύμφωνα" in cleaned


# --- the headline among chrome -----------------------------------------------------------

HEADLINE_UNDER_MENU = """\
{above}Kyrgyzstan Convenes Leadership Summit of CSTO
Share Facebook Twitter

The military bloc conducted both restricted and expanded sessions of its Collective \
Security Council with nearly all member states attending.

Armenia was the sole absentee from the gathering, having announced in 2024 it had \
suspended participation in the organisation.
"""


@pytest.mark.parametrize("above", ["", "Menu\n"])
def test_the_headline_between_a_menu_and_a_share_bar_stays(above: str) -> None:
    text = HEADLINE_UNDER_MENU.format(above=above)
    assert "Kyrgyzstan Convenes Leadership Summit of CSTO" not in removed_lines(text)
    assert cleaned_text(text).startswith("Kyrgyzstan Convenes Leadership Summit of CSTO\n\n"
                                   "The military bloc")


def test_a_banner_s_blurb_between_its_lines_still_goes_above_the_article() -> None:
    text = HEADLINE_UNDER_MENU.format(above="Newsletter\nThe best of RT, in your inbox\n"
                                            "Subscribe\n\n")
    assert "The best of RT, in your inbox" in removed_lines(text)
    assert cleaned_text(text).startswith("Kyrgyzstan Convenes")


# --- the block above the article, judged as one ------------------------------------------

BOOK_READER_TOP = """\
Жизнь волшебника - читать онлайн бесплатно, автор Александр Гордеев, ЛитПортал
bannerbanner
Полная версияЖизнь волшебника
Добавить В библиотеку
Оценить:

Рейтинг: 4

Поделиться
Купить и скачать

Жизнь волшебника

На страницу:
118 из 122
Настройки чтения
Размер шрифта
Высота строк
Поля

– Был у меня похожий разговор, был…, – задумчиво произносит Роман. – Но она меня не поняла.

– Поэтому главная задача женщины, – продолжает Голубика, – найти мужчину Пути.
"""


def test_above_the_headline_its_copy_names_the_site_s_lines_go() -> None:
    removed = removed_lines(BOOK_READER_TOP)
    for line in ("bannerbanner", "Добавить В библиотеку", "Оценить:", "Рейтинг: 4"):
        assert removed[line] == "above the headline its copy names"
    assert cleaned_text(BOOK_READER_TOP).startswith("Жизнь волшебника\n\n– Был у меня")


def test_the_short_lines_left_in_a_panel_the_rules_mostly_took_go() -> None:
    removed = removed_lines(BOOK_READER_TOP)
    # "Высота строк" is a reader's setting by its words; "Поля" ("Margins") is a common
    # word that goes only for the panel it stands in.
    assert removed["Высота строк"] == "page chrome"
    assert removed["Поля"] in ("short line in a panel of chrome", "control panel")


NEWS_TOP = """\
{copy}Kazakh President held Security Council session
Zhanna Nurmaganbetova
6 January 2022, 08:05

NUR-SULTAN. KAZINFORM Kazakh President Kassym-Jomart Tokayev held the Security Council \
session.

In a conclusion the Head of State stressed that the key is to exert every effort to \
protect the country from threats.
"""


@pytest.mark.parametrize("copy", [
    "", "Kazakh President held Security Council session - Kazinform\nSearch\n\n"])
def test_the_headline_its_byline_and_its_dateline_stay(copy: str) -> None:
    assert cleaned_text(NEWS_TOP.format(copy=copy)) == NEWS_TOP.format(copy="")


# --- a line in the site's language, the site's name twice ----------------------------------

READER_LABEL = """\
Kitabı oku: «Шанхайская организация сотрудничества в региональной системе безопасности \
(политико-правовой аспект). Монография», sayfa 3
Существование анклавов в некоторых государствах несколько обостряет ситуацию. Так, на \
территории Кыргызстана имеется два узбекских анклава.
Этноконфессиональный состав республик Центральной Азии при определенных обстоятельствах \
может стать источником напряженности.
"""

IMAGE_NAME = """\
28.02.2026 18:44

ΟΗΕ: Έκτακτη συνεδρίαση του Συμβουλίου Ασφαλείας μετά την επίθεση στο Ιράν

ohe symvoulio asfaleias (1)

Το Συμβούλιο Ασφαλείας του ΟΗΕ συνεδριάζει εκτάκτως σήμερα στις 16:00 (ώρα Ν. Υόρκης).

Η συνεδρίαση θα πραγματοποιηθεί μετά από τα αιτήματα Γαλλίας, Κίνας και Ρωσίας.
"""


@pytest.mark.parametrize(("text", "line"), [
    (READER_LABEL, READER_LABEL.split("\n")[0]), (IMAGE_NAME, "ohe symvoulio asfaleias (1)")])
def test_a_line_above_the_article_in_the_site_s_language_goes(text: str, line: str) -> None:
    assert removed_lines(text) == {line: "line in the site's language"}
    assert cleaned_text(text) == text.replace(line + "\n", "").replace("\n\n\n", "\n\n")


@pytest.mark.parametrize("line", [
    "By Shavkat Mirziyoyev | China Daily | Updated: 2025-08-29",   # a byline with its date
    "Shanghai Cooperation Organisation",                          # a name
    "Decoding errors look like this:",                            # it introduces what follows
    "Why it matters",               # a heading, where two texts in two languages were joined
])
def test_a_byline_a_name_or_an_introduction_in_another_script_stays(line: str) -> None:
    text = IMAGE_NAME.replace("ohe symvoulio asfaleias (1)", line)
    assert cleaned_text(text) == text


SITE_NAME_TWICE = """\
Caravanserai

CSTO members to discuss regional security

Caravanserai

MINSK, Belarus -- Leaders of the member states of the Collective Security Treaty \
Organisation (CSTO) are scheduled to meet Thursday (November 30) in Minsk.

The heads of state of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan \
plan to discuss more than 20 issues at the session.
"""


def test_the_site_s_name_above_the_headline_and_again_under_it_goes_above() -> None:
    assert removed_lines(SITE_NAME_TWICE) == {
        "Caravanserai": "the site's name above the headline, again under it"}
    assert cleaned_text(SITE_NAME_TWICE).startswith(
        "CSTO members to discuss regional security\n\nCaravanserai\n\nMINSK")


# --- section names in the languages of the pages -----------------------------------------

SECTIONS_AROUND_HEADLINE = """\
{label}
Секретарь Совета безопасности России Шойгу прибыл в Минск
{trail}

Секретарь Совета безопасности России Сергей Шойгу прилетел в Минск. Там он примет участие \
в заседании Высшего госсовета Союзного государства.

Об этом сообщает ТАСС со ссылкой на пресс-службу аппарата Совета безопасности.
"""


@pytest.mark.parametrize(("label", "trail"), [
    ("Новости", "Политика | За рубежом"), ("ΠΟΛΙΤΙΚΗ", "Политика / В мире")])
def test_a_section_s_name_above_the_headline_and_its_trail_under_it_go(
        label: str, trail: str) -> None:
    text = SECTIONS_AROUND_HEADLINE.format(label=label, trail=trail)
    assert removed_lines(text) == {label: "masthead", trail: "section trail"}
    assert cleaned_text(text).startswith("Секретарь Совета безопасности России Шойгу прибыл в "
                                   "Минск\n\nСекретарь")


def test_a_subtitle_with_a_slash_is_no_trail() -> None:
    text = SECTIONS_AROUND_HEADLINE.format(label="Анализ и прогноз",
                                           trail="Мир и война / взгляд из Минска")
    assert cleaned_text(text) == text


# --- copies that differ in case or a full stop, lines printed twice, a spam line ----------

SUMMIT_BODY = (
    "MOSCOW, September 15. Russian Defense Minister Sergei Shoigu and Belarusian President "
    "Alexander Lukashenko are in Tajikistan, where the summit of the Collective Security "
    "Treaty Organization will be held.\n\nDelegations from Russia, Armenia, Belarus, "
    "Kazakhstan, Kyrgyzstan, and Tajikistan are participating in the summit.\n")


def test_a_headline_printed_twice_differing_in_the_case_of_a_word_is_kept_once() -> None:
    page = ("Belarusian President, Russian Defense Minister In Tajikistan Which Is Hosting CSTO "
            "Summit\n\nBelarusian President, Russian Defense Minister in Tajikistan Which Is "
            "Hosting CSTO Summit\n\n" + SUMMIT_BODY)
    assert removed_lines(page) == {
        "Belarusian President, Russian Defense Minister In Tajikistan Which Is Hosting CSTO "
        "Summit": "copy of a line below it"}
    assert cleaned_text(page).startswith(
        "Belarusian President, Russian Defense Minister in Tajikistan")


def test_a_headline_printed_twice_in_a_row_above_its_byline_is_kept_once() -> None:
    """Lines without blank lines between them, as many scrapers give a page: the menu,
    the headline twice, the byline, then the article."""
    page = ("Skip to main content\nHome\nWorld\nSign in\n"
            "AU council weighs mid-year election report\n"
            "AU council weighs mid-year election report\n"
            "By Grace Young, Africa correspondent\n" + SUMMIT_BODY.replace("\n\n", "\n"))
    assert cleaned_text(page).startswith("AU council weighs mid-year election report\n"
                                         "By Grace Young, Africa correspondent\nMOSCOW")


def test_a_headline_the_lead_repeats_as_its_first_sentence_goes() -> None:
    page = ("UN Secretary-General António Guterres will attend the SCO summit in Astana on July "
            "3-4\n\nUN Secretary-General António Guterres will attend the SCO summit in Astana "
            "on July 3-4.\n\n" + SUMMIT_BODY)
    assert cleaned_text(page).startswith(
        "UN Secretary-General António Guterres will attend the SCO summit in Astana on July 3-4."
        "\n\nMOSCOW")


def test_a_byline_and_its_time_printed_twice_are_kept_once() -> None:
    page = ("Actions taken by UN should help cool situation in Ukraine\n\n"
            "Xinhua\n  14:56 UTC+8, 2022-02-28       0\nXinhua\n  14:56 UTC+8, 2022-02-28       0"
            "\n\n" + SUMMIT_BODY)
    assert set(removed_lines(page).values()) == {"copy of the lines below it"}
    assert cleaned_text(page).count("14:56 UTC+8, 2022-02-28") == 1


def test_a_line_of_links_in_another_script_opening_the_page_goes() -> None:
    spam = ("麻豆中文字幕丨欧美一级免费在线观看丨国产成人无码av在线播放无广告丨"
            "久久99日韩国产精品久久99")
    page = (f"{spam}\n\nUN Security Council fails to adopt Russian-drafted resolution\n\n"
            + SUMMIT_BODY)
    assert removed_lines(page) == {spam: "headline in another language"}
    assert cleaned_text(page).startswith(
        "UN Security Council fails to adopt Russian-drafted resolution")


def test_the_title_as_a_numbered_photo_under_the_first_paragraph_goes() -> None:
    page = ("SCO Beijing summit concludes\n\n" + SUMMIT_BODY.split("\n\n")[0]
            + "\n\nSCO Beijing summit concludes    - ảnh 1\n\n" + SUMMIT_BODY.split("\n\n")[1])
    assert removed_lines(page) == {"SCO Beijing summit concludes    - ảnh 1":
                              "the title as a photo caption"}


def test_a_chinese_text_and_a_heading_naming_a_second_part_keep_their_lines() -> None:
    text = ("人类命运共同体\n\n"
            "上海合作组织成员国元首理事会会议在阿斯塔纳举行。各方就地区安全问题交换了意见。\n")
    assert clean_document(text).text == text
    chapter = ("The Road to Astana\n\n" + SUMMIT_BODY.split("\n\n")[0]
               + "\n\nThe Road to Astana - Part 2\n\n" + SUMMIT_BODY.split("\n\n")[1])
    assert clean_document(chapter).text == chapter


# --- the title with its section and date, the title and byline glued --------------------------

SECTION_AND_DATE_OVER_THE_TITLE = """\
Kazakhstan 14/03/2025 Parliament approves the budget for the coming year
Parliament approves the budget for the coming year
Almaty (Agency) -- The lower house of parliament approved the draft budget for the coming \
year after a second reading on Thursday, the press service of the chamber said.
"""


def test_the_title_printed_again_with_its_section_and_date_above_it_goes() -> None:
    assert removed_lines(SECTION_AND_DATE_OVER_THE_TITLE) == {
        "Kazakhstan 14/03/2025 Parliament approves the budget for the coming year":
            "the title with its section and date"}


def test_a_headline_that_opens_with_a_date_stays() -> None:
    text = """\
Parliament approves the budget for the coming year
On 14/03/2025 Parliament approves the budget for the coming year
The lower house of parliament approved the draft budget for the coming year after a second \
reading on Thursday, the press service of the chamber said.
"""
    assert "On 14/03/2025 Parliament approves the budget for the coming year" not in (
        removed_lines(text))


TITLE_AND_BYLINE_GLUED_BETWEEN_THEM = """\
Как устроена редакционная политика: опыт изданий

Как устроена редакционная политика: опыт изданий Редакция «Блога»
Редакция «Блога»

О редакционной политике мы писали не раз, а вот о том, как её пишут сами издания, ещё \
не рассказывали. Исправляемся и рассказываем с примерами.
"""


def test_the_title_and_byline_glued_between_them_go_and_the_byline_stays() -> None:
    assert removed_lines(TITLE_AND_BYLINE_GLUED_BETWEEN_THEM) == {
        "Как устроена редакционная политика: опыт изданий Редакция «Блога»":
            "headline and byline repeated in one line"}
    assert cleaned_text(TITLE_AND_BYLINE_GLUED_BETWEEN_THEM).startswith(
        "Как устроена редакционная политика: опыт изданий\n\nРедакция «Блога»\n\nО редакционной")


def test_the_page_s_title_over_its_share_bar_stays() -> None:
    text = """\
Video: Ministers meet in Astana
Share - WeChat

What did the ministers agree on in Astana? Our video explains the summit's agenda and \
what the member states expect from it.
"""
    assert cleaned_text(text) == text.replace("Share - WeChat\n", "")


WIKI_PAGE_OF_A_POEM = """\
Jump to content

Collected Poems/Evening

From Wikisource
For works with similar titles, see Evening.

Evening

The light goes down behind the hill,
The fields grow grey and the birds are still;
"""


def test_a_wiki_page_s_path_tagline_and_note_go_over_its_heading() -> None:
    assert removed_lines(WIKI_PAGE_OF_A_POEM) == {
        "Jump to content": "page chrome",
        "Collected Poems/Evening": "page path ending in the title",
        "From Wikisource": "page chrome",
        "For works with similar titles, see Evening.": "page chrome"}
    assert cleaned_text(WIKI_PAGE_OF_A_POEM).startswith("Evening\n\nThe light goes down")


def test_a_line_with_a_slash_and_no_heading_of_its_last_part_stays() -> None:
    text = """\
Input/Output

Reading and writing files is the subject of this chapter, which shows how a program opens \
a file, reads it line by line and closes it again.
"""
    assert clean_document(text).text == text


def test_a_line_of_the_top_with_a_trail_glued_into_it_goes() -> None:
    text = """\
Grain exports reach a record – Daily Ledger

Grain exports reach a record – Daily Ledger You are here: Home>Markets>GrainGrain exports \
reach a recordAnna Petrova, May 4, 2012Tags:Grain|Exports|Kazakhstan

ASTANA: Kazakhstan exported more grain in November than in any month before, the grain \
board said on Monday, as buyers in Central Asia and China raised their orders.
"""
    assert cleaned_text(text) == (
        "Grain exports reach a record – Daily Ledger\n\nASTANA: Kazakhstan exported more grain "
        "in November than in any month before, the grain board said on Monday, as buyers in "
        "Central Asia and China raised their orders.\n")


def test_a_sentence_naming_a_menu_path_stays() -> None:
    text = """\
Clearing the cache

Open Settings>Privacy>Cookies and press Clear to remove what the browser stored.
"""
    assert clean_document(text).text == text


def test_a_banner_printed_twice_and_its_contact_lines_above_the_headline_go() -> None:
    text = """\
Сайт под ключ от 50 000 рублей до конца месяца

Сайт под ключ от 50 000 рублей до конца месяца

Акция
hello@example.ru
Заказать звонок
Позвонить: 8 (800) 100-20-30

Как устроена редакционная политика: опыт изданий и агентств

Как устроена редакционная политика: опыт изданий и агентств Редакция «Блога»
Редакция «Блога»

О редакционной политике мы писали не раз, а вот о том, как её пишут сами издания, ещё \
не рассказывали. Исправляемся и рассказываем с примерами.

Редакционная политика – это свод правил, по которым издание отбирает темы, проверяет \
факты и исправляет ошибки, а также отвечает читателям.

Её пишут для сотрудников и для читателей: первым она помогает работать одинаково, \
вторым – понимать, чего ждать от издания.
"""
    assert cleaned_text(text).startswith(
        "Как устроена редакционная политика: опыт изданий и агентств\n\nРедакция «Блога»\n\n")


# --- the title three times, a spam site's label before the headline ------------------------

UN_BRIEFING = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

11 February 2014

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today's noon briefing by Martin Nesirky, \
Spokesperson for the Secretary-General.
"""


def test_a_title_printed_three_times_above_the_article_is_kept_once() -> None:
    cleaned = cleaned_text(UN_BRIEFING)
    assert cleaned.count("Daily Press Briefing by the Office") == 1
    assert cleaned == ("11 February 2014\n\nDaily Press Briefing by the Office of the "
                       "Spokesperson for the Secretary-General\n\n"
                       + UN_BRIEFING.rsplit("\n\n", 1)[1])


SPAM_COPY = """\
钻石娱乐现金网网址: UN Security Council endorses Secretary-General Guterres for second term

UNITED NATIONS, June 8 (Xinhua) -- The UN Security Council on Tuesday endorsed \
Secretary-General Antonio Guterres for a second five-year term.
"""


def test_a_label_in_another_script_glued_before_the_headline_goes() -> None:
    cleaned = cleaned_text(SPAM_COPY)
    assert cleaned.startswith("UN Security Council endorses Secretary-General Guterres for "
                              "second term\n\nUNITED NATIONS")
    assert [(fix.kind, fix.before) for fix in clean_document(SPAM_COPY).fixes] == [
        ("chrome", "钻石娱乐现金网网址: ")]


def test_a_label_in_the_article_s_own_script_stays() -> None:
    text = f"ASTANA: {HEADLINE}\n\n{BODY}\n"
    assert cleaned_text(text) == text


def test_a_source_the_article_names_before_its_headline_stays() -> None:
    text = ("ChinaDaily: Шавкат Мирзиёев о сотрудничестве Узбекистана и ШОС\n\n"
            "15:08 30.08.2025 В Chinadaily опубликована статья Шавката Мирзиёева о "
            "сотрудничестве Узбекистана и ШОС, в которой президент говорит о будущем.\n")
    assert cleaned_text(text).startswith("ChinaDaily: Шавкат")


def test_a_title_in_another_script_a_blank_line_above_a_text_stays() -> None:
    """One English title above a Russian story is the author's: a first line in another
    script a blank line above the headline goes only as a row of links."""
    negative = Path(__file__).parent / "cases" / "negative"
    text = "\n\n".join((negative / name).read_text("utf-8").rstrip("\n") for name in
                       ("plain-headline.txt", "book-page-indented-lullaby.txt")) + "\n"
    assert clean_document(text).text == text


# --- a site's name with its slogan, an epigraph over the headline ------------------------

SLOGAN_MASTHEAD = """\
Centre for Regional Media Studies | Training Reporters, Informing Readers

Kazakhstan: Spring '24

Second stage of the regional reporting project closes.
The project's second stage trained forty reporters in Almaty and Shymkent and \
placed their stories with partner outlets across the region.
"""


def test_a_site_s_name_with_its_slogan_over_a_headline_goes() -> None:
    assert removed_lines(SLOGAN_MASTHEAD) == {
        "Centre for Regional Media Studies | Training Reporters, Informing Readers":
            "masthead"}
    assert cleaned_text(SLOGAN_MASTHEAD).startswith("Kazakhstan: Spring '24\n\nSecond stage")


def test_a_page_title_holding_the_headline_with_a_bar_stays() -> None:
    """"Headline | Site" shares its words with the headline below: a copy rule's to judge,
    never a slogan; a sentence-case title is no name either."""
    text = SLOGAN_MASTHEAD.replace(
        "Centre for Regional Media Studies | Training Reporters, Informing Readers",
        "Kazakhstan Spring Reporting | Regional Media Centre")
    assert "Kazakhstan Spring Reporting | Regional Media Centre" not in removed_lines(text)
    text = SLOGAN_MASTHEAD.replace(
        "Centre for Regional Media Studies | Training Reporters, Informing Readers",
        "Reporters trained in the regions | Centre for Media")
    assert cleaned_text(text).startswith("Reporters trained in the regions | Centre")


MOTTO_OVER_HEADLINE = """\
Свобода слова – это право каждого гражданина и обязанность каждого редактора...
Пётр Иванов, русский публицист, редактор, общественный деятель

Совет Безопасности ООН соберётся в понедельник

12 марта, 2019 - 10:15

Совет Безопасности ООН соберётся на экстренное заседание в понедельник, сообщили \
в постоянном представительстве.
"""

BLOG_MOTTO = """\
Φωνή του Δρόμου

«Ο δρόμος είναι μακρύς κι η φωνή μας δυνατή» (Κ. Παπαδόπουλος)

Ποίηση της εβδομάδας (12η): «Δρόμος»…

«Κάθε δρόμος έχει την ώρα του» (Σεφέρης)

Ο δρόμος που ανεβαίνει
στο χωριό το βράδυ
"""


def test_an_epigraph_above_the_headline_goes_with_the_site_s_name() -> None:
    assert set(removed_lines(MOTTO_OVER_HEADLINE).values()) == {"epigraph above the headline"}
    assert cleaned_text(MOTTO_OVER_HEADLINE).startswith("Совет Безопасности ООН соберётся в")
    assert removed_lines(BLOG_MOTTO) == {
        "Φωνή του Δρόμου": "epigraph above the headline",
        "«Ο δρόμος είναι μακρύς κι η φωνή μας δυνατή» (Κ. Παπαδόπουλος)":
            "epigraph above the headline"}
    # the post's own epigraph, under its title, stays
    assert "«Κάθε δρόμος έχει την ώρα του» (Σεφέρης)" in cleaned_text(BLOG_MOTTO)


def test_an_author_s_epigraph_under_the_title_or_over_prose_stays() -> None:
    text = ("Ποίηση της εβδομάδας\n\n«Κάθε δρόμος έχει την ώρα του» (Σεφέρης)\n\n"
            "Ο δρόμος που ανεβαίνει\nστο χωριό το βράδυ\n")
    assert cleaned_text(text) == text
    text = ("«Κάθε δρόμος έχει την ώρα του» (Σεφέρης)\n\nΟ δρόμος ανεβαίνει στο χωριό, "
            "και το βράδυ οι φωνές των παιδιών ακούγονται ως την πλατεία.\n")
    assert cleaned_text(text) == text


AUTHORS_AND_AFFILIATIONS = """\
Петрова А.С.

Областная больница, Ростов-на-Дону, Россия, 344000

Сидоров В.П.

Областная больница, Ростов-на-Дону, Россия, 344000

Кузнецов Д.М.

Областная больница, Ростов-на-Дону, Россия, 344000

Мнение врачей о профилактике сердечно-сосудистых заболеваний

Цель исследования — оценить, как врачи первичного звена относятся к мониторингу \
факторов риска. Опрошены 300 врачей из трёх областей.
"""


def test_an_affiliation_under_each_of_its_authors_is_no_title_printed_thrice() -> None:
    assert cleaned_text(AUTHORS_AND_AFFILIATIONS) == AUTHORS_AND_AFFILIATIONS


def test_a_year_in_brackets_is_no_item_count() -> None:
    """"Resolution 2223 (2015)" under the heading "Resolution 2223" is the document's own
    title line; "Press Statements (128)" beside "Press Statements" counts items."""
    body = ("The Security Council, recalling its previous resolutions on the region, "
            "decides to extend the mandate of the mission until the end of the year.\n\n"
            "The Council requests the Secretary-General to report on the mission.\n")
    page = f"Resolution 2223\n\nSummary of the resolution\n\nResolution 2223 (2015)\n{body}"
    assert "Resolution 2223 (2015)" in clean_document(page).text


def test_a_quotation_with_its_speaker_in_the_sentence_is_no_epigraph() -> None:
    # "– powiedział minister" names who spoke, in the reporter's words: no author's name.
    text = ("„Nie zgadzamy się” – powiedział minister.\n\n"
            "Questions and answers on the new visa rules\n\nWho needs a visa?\n\n"
            "Citizens of countries outside the agreement need one for any stay longer than "
            "thirty days, the ministry said.\n")
    assert cleaned_text(text) == text


def test_a_breadcrumb_glued_to_the_dateline_goes_and_the_date_stays() -> None:
    text = ("HomeNewsActivities of the Ministry of Foreign Affairs12.03.2024, 10:15\n\n"
            "Minister receives the ambassadors of three states\n\n"
            "The minister received the ambassadors of three states on Tuesday to discuss "
            "transport links.\n")
    cleaned = clean_document(text)
    assert cleaned.text.startswith("12.03.2024, 10:15\n\nMinister receives the ambassadors")
    assert [(fix.before, fix.note) for fix in cleaned.fixes] == [
        ("HomeNewsActivities of the Ministry of Foreign Affairs",
         "breadcrumb glued to the dateline")]
    assert cleaned_text(text) == cleaned.text


def test_a_date_in_a_sentence_keeps_the_words_before_it() -> None:
    text = ("Ministers meet on transport\n\nThe ministers met in the capital on 12.03.2024, "
            "and agreed on a plan for the railway.\n")
    assert cleaned_text(text) == text


SITE_NAME_OVER_DATELINE = """Ministry of Foreign Affairs of Kazakhstan

12.03.2024, 10:15

Spokesperson of the Ministry of Foreign Affairs of Kazakhstan briefs the press on the visit

The spokesperson spoke to reporters on Tuesday about the visit of three ambassadors.
"""


def test_the_site_s_name_over_the_dateline_and_its_own_news_goes() -> None:
    assert removed_lines(SITE_NAME_OVER_DATELINE) == {
        "Ministry of Foreign Affairs of Kazakhstan": "the site's name over the dateline"}


def test_a_page_s_title_over_its_dateline_and_first_paragraph_stays() -> None:
    text = ("Meeting with Secretary of the Security Council\n\nJune 5, 2017, Moscow\n\n"
            "Vladimir Putin met with Secretary of the Security Council Nikolai Patrushev.\n")
    assert cleaned_text(text) == text


def test_the_site_s_name_over_the_dateline_goes_when_the_headline_says_minister() -> None:
    text = ("Ministry of Defence of the Republic of Latvia\n\n15.05.2024 12:00\n\n"
            "Minister of Defence of the Republic of Latvia meets the allied commander\n\n"
            "The minister met the commander of the allied forces in Riga on Wednesday.\n")
    assert removed_lines(text) == {
        "Ministry of Defence of the Republic of Latvia": "the site's name over the dateline"}


def test_a_title_cased_headline_over_its_date_and_a_subheading_stays() -> None:
    text = ("Putin Meets Xi In Beijing\n\nMay 5, 2024\n\n"
            "Putin meets Xi in Beijing for talks on trade and energy\n\n"
            "The two leaders met in the Chinese capital on Friday for two days of talks.\n")
    assert "Putin Meets Xi In Beijing" not in removed_lines(text)


DATELINE_BODY = ("\n\nPort workers agree a new contract after three weeks of talks\n\n"
                 "The port's workers and their employers agreed a new two-year contract on "
                 "Friday, ending three weeks of talks.\n")


@pytest.mark.parametrize(("dateline", "date", "note"), [
    ("2025-02-14 + ↺ − 16 px", "2025-02-14", "reading control glued to the dateline"),
    ("14.02.2025 A- A A+", "14.02.2025", "reading control glued to the dateline"),
    ("14 February, 11:20 3518", "14 February, 11:20", "counter glued to the dateline"),
    ("February 14, 2025 87", "February 14, 2025", "counter glued to the dateline"),
    ("14 февраля 2025 240", "14 февраля 2025", "counter glued to the dateline"),
    ("Published: 14.02.2025 + − 18 px", "Published: 14.02.2025",
     "reading control glued to the dateline"),
])
def test_a_widget_glued_after_the_dateline_goes_and_the_date_stays(
        dateline: str, date: str, note: str) -> None:
    cleaned = clean_document(dateline + DATELINE_BODY)
    assert cleaned.text == date + DATELINE_BODY
    assert [fix.note for fix in cleaned.fixes] == [note]


@pytest.mark.parametrize("dateline", [
    "14 February 2025 Rotterdam",    # a place: the dateline's own word
    "14 February 3518",              # no time and no year: the figure may be the date's
    "2025-02-14 + 2",                # a sign and a figure, no control's size or second sign
])
def test_a_dateline_with_words_or_a_figure_of_its_own_stays(dateline: str) -> None:
    assert clean_document(dateline + DATELINE_BODY).text.startswith(dateline)


def test_a_date_and_a_figure_in_the_article_s_prose_stay() -> None:
    text = ("Port workers agree a new contract\n\nThe contract signed on 14 February, 11:20 "
            "1222 workers voted for it, and the port reopened.\n")
    assert cleaned_text(text) == text


SCRAPED_TAIL = "\n\nShare this post!\n"
STORY = ("Port workers agree a new contract after three weeks of talks\n\n"
         "The port's workers and their employers agreed a new two-year contract on Friday, "
         "ending three weeks of talks.")


@pytest.mark.parametrize("ago", ["1 year ago", "3 hours ago", "an hour ago", "2 дня назад",
                                 "πριν από 5 ώρες"])
def test_how_long_ago_the_page_was_posted_goes_from_under_the_headline(ago: str) -> None:
    headline, body = STORY.split("\n\n")
    text = f"{headline}\n\n{ago}\n\n{body}{SCRAPED_TAIL}"
    assert removed_lines(text)[ago] == "time since the page was posted"
    assert cleaned_text(text) == f"{headline}\n\n{body}\n"


def test_a_sentence_about_years_ago_stays() -> None:
    text = f"{STORY}\n\nTwo years ago the port closed for a month.\n"
    assert cleaned_text(text) == text


def test_a_label_with_nothing_after_it_over_the_headline_goes() -> None:
    text = f"Business, Ports updated: March 3, 2025\n\nShort Link:\n\n{STORY}{SCRAPED_TAIL}"
    assert removed_lines(text)["Short Link:"] == "label with nothing after it"
    assert cleaned_text(text) == f"Business, Ports updated: March 3, 2025\n\n{STORY}\n"


@pytest.mark.parametrize("value", ["Anna Berg", "March 3, 2025"])
def test_a_label_over_its_value_stays(value: str) -> None:
    # A name or a date under the label is the field's value: the byline or the dateline.
    text = f"Written by:\n\n{value}\n\n{STORY}{SCRAPED_TAIL}"
    assert "Written by:" in cleaned_text(text)


def test_a_label_over_a_headline_stays_on_a_text_with_no_chrome() -> None:
    text = f"Summary:\n\n{STORY}\n"
    assert cleaned_text(text) == text


def test_how_long_ago_under_the_byline_dates_the_article_and_stays() -> None:
    headline, body = STORY.split("\n\n")
    text = f"{headline}\nBy Anna Berg, ports editor\n3 hours ago\n\n{body}\n"
    assert cleaned_text(text) == text



def test_today_s_date_printed_field_by_field_opening_the_page_goes() -> None:
    text = f"Friday, 14, February, 2025\n\n{STORY}\n"
    assert removed_lines(text) == {"Friday, 14, February, 2025": "clock or age rating"}


@pytest.mark.parametrize("dateline", ["Friday, 14 February, 2025", "Friday, February 14, 2025"])
def test_a_dateline_with_its_weekday_opening_the_page_stays(dateline: str) -> None:
    text = f"{dateline}\n\n{STORY}\n"
    assert cleaned_text(text) == text



def test_the_masthead_s_date_and_name_beside_its_weather_go() -> None:
    text = (f"14 Feb\n2025\n4.5° c ROTTERDAM\nHARBOURNEWS\n\n{STORY}{SCRAPED_TAIL}")
    removed = removed_lines(text)
    assert removed["14 Feb"] == removed["2025"] == removed["HARBOURNEWS"] == (
        "masthead beside the weather")
    assert cleaned_text(text) == f"{STORY}\n"


def test_a_dateline_with_its_time_beside_the_weather_stays() -> None:
    text = f"4.5° c ROTTERDAM\n14 Feb 2025 10:15\n\n{STORY}{SCRAPED_TAIL}"
    assert cleaned_text(text) == f"14 Feb 2025 10:15\n\n{STORY}\n"


def test_a_call_cut_off_where_its_link_was_goes_from_above_the_headline() -> None:
    text = f"Get the latest reports and analysis delivered on\n\n{STORY}{SCRAPED_TAIL}"
    assert removed_lines(text)["Get the latest reports and analysis delivered on"] == (
        "sentence cut off where its link was")
    assert cleaned_text(text) == f"{STORY}\n"


@pytest.mark.parametrize("first", [
    "Things I am most thankful for",   # a title may end on "for": six words
    "The workers met on Friday and",   # the line below goes on with the sentence
])
def test_a_title_ending_on_a_small_word_or_a_broken_sentence_stays(first: str) -> None:
    below = ("agreed a new two-year contract after three weeks of talks."
             if first.endswith("and") else STORY)
    text = f"{first}\n\n{below}{SCRAPED_TAIL}"
    assert cleaned_text(text).startswith(first)



@pytest.mark.parametrize("title", ["An hour ago", "5 years ago"])
def test_how_long_ago_as_a_text_s_title_stays(title: str) -> None:
    # Opening the text, or on a page with no chrome, it may be the author's title.
    text = f"{title}\n\nThe port was quiet then, and the cranes stood still against the sky.\n"
    assert cleaned_text(text) == text
    headline, body = STORY.split("\n\n")
    text = f"{headline}\n\n{title}\n\n{body}\n"
    assert cleaned_text(text) == text


def test_dates_and_figures_in_a_list_keep_their_figures() -> None:
    text = ("2025-02-14 1222\n2025-02-15 1310\n2025-02-16 1408\n\n"
            "The figures above are the daily counts of ships, as the port reported them.\n")
    assert cleaned_text(text) == text


def test_a_date_and_a_figure_on_a_page_with_no_prose_stay() -> None:
    text = "2025-02-14 1222\n\nShips\n\nCranes\n"
    assert cleaned_text(text) == text



def test_a_label_over_code_has_its_value_below_it() -> None:
    # Three genuine texts side by side, as the property test draws them: "Example:" over
    # an indented program, then a headline and a guide with settings headings.  The code
    # is the label's value, so the label is no empty field of a page.
    cases = Path(__file__).parent / "cases" / "negative"
    text = "\n".join((cases / name).read_text(encoding="utf-8") for name in (
        "code-indented-python.txt", "follow-something-else.txt",
        "settings-heading-over-its-section.txt"))
    assert clean_document(text).text == text


# --- what is left above the article once the other rules have judged it ----------------

STANDFIRST_COPIED = """\
Chinese Foreign Minister Wang Yi POOL
International

China's foreign minister Wang Yi heads to Moscow after meeting US national security adviser

Foreign Minister Wang Yi, who simultaneously holds the ruling Communist Party's top foreign \
policy post, will be in Russia from Monday to Thursday for a round of China-Russia strategic \
security consultations

Beijing | China's top foreign policy official is heading to Russia for security talks after \
two days of meetings with US President Joe Biden's national security adviser.

Foreign Minister Wang Yi, who simultaneously holds the ruling Communist Party's top foreign \
policy post, will be in Russia from Monday to Thursday for a round of China-Russia strategic \
security consultations, the Foreign Ministry said in a brief statement.
"""


def test_a_standfirst_the_second_paragraph_prints_again_whole_goes() -> None:
    assert removed_lines(STANDFIRST_COPIED).get(
        STANDFIRST_COPIED.split("\n\n")[2]) == "teaser printed again below"
    assert "consultations\n\nBeijing" not in cleaned_text(STANDFIRST_COPIED)


CUT_TEASER = """\
PMs of Pakistan and India meet

Colombo - The prime ministers of Pakistan and India, Mr Nawaz Sharif and Mr Atal Behari \
Vajpayee, held talks here yesterday the…

Colombo - The prime ministers of Pakistan and India, Mr Nawaz Sharif and Mr Atal Behari \
Vajpayee, held talks here yesterday the first time since the two countries conducted nuclear \
tests in May.

Mr Sharif and Mr Vajpayee met at a luxury hotel in the Sri Lankan capital shortly after the \
start of a three-day, seven-nation summit of the South Asian Association for Regional \
Co-operation.
"""


def test_a_teaser_cut_with_an_ellipsis_over_its_whole_paragraph_goes() -> None:
    cleaned = cleaned_text(CUT_TEASER)
    assert "the…" not in cleaned
    assert cleaned.startswith("PMs of Pakistan and India meet\n\nColombo - The prime ministers")


def test_a_title_its_caption_repeats_and_a_sentence_printed_again_stay() -> None:
    # The caption goes on with a credit, the sentence below only closes with a stop: no
    # teaser's sentence goes on under them.
    text = ("Ukraine's envoy left the council meeting in protest at the vote\n\n"
            "Ukraine's envoy left the council meeting in protest at the vote Photo: UN "
            "Security Council chamber (news.un.org)\n\n"
            "The two-day summit is being held in the northern Chinese city of Tianjin\n\n"
            "The envoy walked out before the vote, his office said on Monday, and gave no "
            "further reason for it.\n\n"
            "The two-day summit is being held in the northern Chinese city of Tianjin.\n")
    assert cleaned_text(text) == text


TICKER_LEFT = """\
Bulgaria celebrates joining the euro
Bulgaria marked its entry into the euro zone on Thursday with a display of euro coins on the \
front of the central bank in the capital, Sofia....
The U.S. government is set to resume operations on Thursday after the longest shutdown in \
American history left air traffic disrupted and federal workers unpaid for over a month.
Despite the reopening, the deep political fractures that caused the 43-day impasse remain \
unresolved, and the funding agreement offers few limits on the president's control over spending.
"""


def test_a_ticker_s_last_item_whose_words_the_article_does_not_share_goes() -> None:
    assert cleaned_text(TICKER_LEFT).startswith("The U.S. government is set to resume")


def test_a_cut_standfirst_about_the_article_s_own_subject_stays() -> None:
    text = ("Shutdown ends after 43 days\n"
            "The U.S. government resumes operations on Thursday after the longest shutdown "
            "in American history left federal workers unpaid...\n"
            "The U.S. government is set to resume operations on Thursday after the longest "
            "shutdown in American history left air traffic disrupted.\n"
            "Around 1.4 million federal workers who worked without pay are expected to "
            "receive back wages starting Saturday, according to the White House.\n")
    assert cleaned_text(text) == text


def test_the_masthead_s_clock_over_chrome_above_the_headline_goes() -> None:
    text = ("Friday, Apr 26 2024 | Time 06:26 Hrs(IST)\nimage\nWorld\n\n\n"
            "Trump says 'productive' talks held on reinstating N Korea summit\n\n"
            "Washington, May 27 (UNI) US President Donald Trump says \"very productive talks\" "
            "have been held with North Korea on reinstating the summit, according to a BBC "
            "News report on Sunday.\n"
            "In a tweet, Mr Trump said the meeting could still take place on 12 June in "
            "Singapore.\n")
    assert cleaned_text(text).startswith("Trump says 'productive' talks held")


def test_a_dateline_above_the_headline_with_its_counter_or_its_fields_stays() -> None:
    for top in ("Jan 11, 2022\n0 0\n\n", "Tue, 09/15/2015 - 11:17\nAuther :\n\n",
                "Thursday, 3 May 2007\n\n"):
        text = (f"{top}Tokayev: the purpose of the terrorists was the seizure of power\n\n"
                "The main goal of the terrorists in Kazakhstan was to undermine the "
                "constitutional order, said the president of the republic. His words are "
                "quoted by RIA Novosti.\n\nThe head of state also noted that the threats are "
                "common for the CSTO.\n")
        assert cleaned_text(text).startswith(top.split("\n")[0] + "\n"), top


STATE_ARCHIVE = """\
U.S. Department of State
U.S. Department of State
Other State Department Archive SitesU.S. Department of State
U.S. Department of State
U.S. Department of State
Home Issues & Press Travel & Business Countries Youth & Education Careers About State Video
 You are in: Under Secretary for Public Diplomacy and Public Affairs > Bureau of Public \
Affairs > Press Relations Office > Daily Press Briefings > 2003 > April
Daily Press Briefing
Richard Boucher, Spokesman
Washington, DC
April 28, 2003



12:30 p.m. EDT

MR. BOUCHER: Good afternoon, ladies and gentlemen. I see the Secretary answered all your \
questions outside at C Street a few moments ago.

QUESTION: Well, I was going to ask about North Korea, but I wonder if there's anything more \
you're prepared to say.
"""


def test_a_logo_s_text_a_menu_row_and_a_trail_go_and_the_briefing_s_head_stays() -> None:
    assert cleaned_text(STATE_ARCHIVE).startswith(
        "Daily Press Briefing\nRichard Boucher, Spokesman\nWashington, DC\nApril 28, 2003\n\n"
        "12:30 p.m. EDT\n\nMR. BOUCHER:")


def test_a_speaker_s_name_through_a_play_stays() -> None:
    text = ("JEYES.\n\nWhat?\n\nJEYES.\n\nWhen did you meet him?\n\nLILY.\n\nLast week.\n\n"
            "JEYES.\n\nHa! He's at your feet now, and he's in front every blessed night, "
            "three stalls from the end, prompt side!\n")
    assert cleaned_text(text) == text


RUSSIAN_HEAD = """\
Аида Балаева встретилась с председателем госкомитета по делам национальностей КНР

18 Сентября 2023, 19:45
АВТОР
Подпишитесь на наш
Telegram-канал
и узнавайте новости первыми!
МИОР 18 Сентября 2023, 19:45
18 Сентября 2023, 19:45
838
Фото: МИОР

Министр культуры и информации РК Аида Балаева встретилась с председателем госкомитета по \
делам национальностей КНР Пань Юэ, передаёт BaigeNews.kz.
"""


def test_a_byline_label_with_no_name_a_call_s_rest_and_a_dateline_again_go() -> None:
    assert cleaned_text(RUSSIAN_HEAD).split("\n\n")[1] == (
        "18 Сентября 2023, 19:45\nМИОР 18 Сентября 2023, 19:45\nФото: МИОР")


def test_a_section_label_under_a_caption_over_the_headline_goes() -> None:
    cleaned = cleaned_text(STANDFIRST_COPIED)
    assert cleaned.startswith("Chinese Foreign Minister Wang Yi POOL\n\nChina's foreign minister")



SCO_STORY = """\
SCO ministers meet in Astana ahead of summit

The foreign ministers of the Shanghai Cooperation Organisation met in Astana on Tuesday to \
prepare the summit, the ministry said in a statement.

The talks covered regional security, trade and transport links, officials said, and a joint \
communique is expected on Wednesday.
"""


@pytest.mark.parametrize("header", [
    " ☰  🔍  👤\nf t in\n", "F\nT\nW\n", "\ue800 \ue801 \ue802\n\n"])
def test_a_header_of_icons_and_one_letter_buttons_goes(header: str) -> None:
    assert cleaned_text(header + SCO_STORY) == SCO_STORY


def test_a_chapter_s_numeral_over_its_title_stays() -> None:
    text = ("I\n\nThe storm\n\nIt was a dark night and the wind howled over the hills, as the "
            "old men of the village had said it would.\n\nII\n\nMorning came slowly.\n")
    assert cleaned_text(text) == text


def test_a_ticker_s_last_headline_under_the_site_s_menu_goes() -> None:
    text = "Menu\nSearch\nKazakhstan wins bid to host 2030 youth games\n\n" + SCO_STORY
    assert cleaned_text(text) == SCO_STORY


def test_a_line_over_the_headline_of_a_page_with_no_chrome_stays() -> None:
    # A series' name or a kicker, as the author set it: no chrome shows the page scraped.
    text = "Kazakhstan wins bid to host 2030 youth games\n" + SCO_STORY
    assert cleaned_text(text) == text


@pytest.mark.parametrize("line", ["Kyrgyzstan Review, 10 years ago",
                                  "20:00, 03.09.2018 / ОБЗОРЫ"])
def test_a_dateline_or_a_byline_under_the_menu_is_no_ticker(line: str) -> None:
    text = f"Menu\nSearch\n{line}\n\n" + SCO_STORY
    assert cleaned_text(text).startswith(f"{line}\n\n")


def test_a_wrapped_paragraph_s_first_line_is_no_ticker_headline() -> None:
    text = ("Share: Facebook Twitter WhatsApp\n\n"
            "Heads of delegations from the member states of the organisation\n"
            "Met on Tuesday in the Russian capital, and the secretaries of\n"
            "their security councils discussed the situation in Afghanistan\n"
            "and the region.\n")
    assert cleaned_text(text).startswith("Heads of delegations from the member states")


def test_a_schedule_s_dates_printed_again_stay() -> None:
    text = ("12 March 2024\nOpening of the session\n\n12 March 2024\nPanel on regional "
            "security\n\nThe session opened with a minute of silence, and the chair read the "
            "agenda the members had adopted the day before.\n")
    assert cleaned_text(text) == text


def test_a_menu_of_icons_each_with_its_word_goes() -> None:
    assert cleaned_text("🏠 News 📰 Video 🎧 Podcasts\n\n" + SCO_STORY) == SCO_STORY


def test_a_ticker_line_with_its_label_over_the_headline_goes_on_a_page_with_no_chrome() -> None:
    text = "Breaking: Earthquake hits northern Japan, no tsunami warning issued\n\n" + SCO_STORY
    assert cleaned_text(text) == SCO_STORY


def test_a_labelled_line_about_the_article_s_own_subject_stays() -> None:
    text = "Breaking: SCO ministers gather in Astana for summit talks\n\n" + SCO_STORY
    assert cleaned_text(text) == text


@pytest.mark.parametrize("title", [
    "Astana Daily | SCO ministers meet in Astana ahead of summit",
    "Astana Daily - SCO ministers meet in Astana ahead of summit\nMenu",
    "SCO ministers meet in Astana ahead of summit | Astana Daily\n\nShare"])
def test_the_page_s_title_with_the_site_s_name_before_or_after_it_goes(title: str) -> None:
    assert cleaned_text(f"{title}\n\n{SCO_STORY}") == SCO_STORY



# --- the kinds of line a site sets above the headline and under it ---------------------

GABON_STORY = """\
Gabon : enquête judiciaire après l’assaut de plusieurs médias

juin 17, 2017

La justice gabonaise a ouvert une enquête après l’intrusion vendredi dans plusieurs médias \
à Libreville d’hommes armés exigeant la diffusion d’un appel d’un opposant.

Plusieurs rédactions de médias publics et privés de Libreville ont été prises d’assaut, de \
manière synchronisée, par des groupes d’individus armés, a rappelé le procureur.
"""


@pytest.mark.parametrize("label", [
    "Posts Tagged ‘assaut’", "Archives des étiquettes : Gabon", "Archivo de la etiqueta: ruido",
    "Filed under World", "Category: Africa", "Рубрика: Политика"])
def test_a_blog_s_category_line_opening_the_page_goes(label: str) -> None:
    assert cleaned_text(f"{label}\n\n{GABON_STORY}") == GABON_STORY


def test_a_sentence_opening_with_a_category_word_stays() -> None:
    text = "Tagged as a risk, the station was closed in May.\n\n" + GABON_STORY
    assert cleaned_text(text) == text


DIGEST = """\
“Kazakhstan gears up for presidential polls”, “Kerry says US willing to negotiate”, \
“The Slumbering Steppe”,

1 171 просмотров

aninews.in. “Kazakhstan gears up for presidential polls” - Kazakhstan is gearing up for \
presidential elections again, and the incumbent has accepted the nomination.

al-jazeera.com. “Kerry says US willing to negotiate” - Washington and allies are exploring \
options to bring the parties back to the table, Kerry says.
"""


@pytest.mark.parametrize("counter", ["1 171 просмотров", "34 comments", "Views: 1.2K",
                                     "σχόλια 3", "2.5K shares"])
def test_a_counter_with_its_word_under_the_headline_goes(counter: str) -> None:
    text = DIGEST.replace("1 171 просмотров", counter)
    assert list(removed_lines(text)) == [counter]
    assert "\n\n\n" not in cleaned_text(text) and counter not in cleaned_text(text)


@pytest.mark.parametrize("counter", ["1.2K", "4 310"])
def test_a_bare_counter_opening_the_page_goes(counter: str) -> None:
    assert cleaned_text(f"{counter}\n\n{GABON_STORY}") == GABON_STORY


@pytest.mark.parametrize("number", ["12", "1", "2017"])
def test_a_chapter_s_number_or_a_year_opening_the_page_stays(number: str) -> None:
    text = f"{number}\n\n{GABON_STORY}"
    assert cleaned_text(text) == text


AD_STORY = """\
España

El Gobierno aprueba este martes un límite del 35% a la publicidad institucional en los medios

La normativa pretende que se conozca cuánto dinero invierten en publicidad tanto la \
administración general del Estado como las comunidades autónomas y los ayuntamientos

Guardar
Publicidad institucional en la estación
Publicidad institucional en la estación de metro de Callao, en Madrid. (Helena Margarit)

El Consejo de Ministros aprobará este martes la limitación de la publicidad institucional en \
los medios de comunicación al 35%, según fuentes del Ministerio.

El objetivo es garantizar que la ciudadanía conozca la cantidad de dinero que destinan las \
administraciones a campañas publicitarias financiadas con fondos públicos.
"""


def test_a_section_label_a_save_button_and_an_alt_text_cut_short_go() -> None:
    assert removed_lines(AD_STORY) == {
        "España": "section label over the headline",
        "Guardar": "share or save button",
        "Publicidad institucional en la estación":
            "an image's alt text cut short over its caption"}
    assert cleaned_text(AD_STORY).startswith("El Gobierno aprueba")
    assert "\nPublicidad institucional en la estación de metro" in cleaned_text(AD_STORY)


def test_a_line_opening_the_next_one_in_a_speech_stays() -> None:
    text = ("Speech at the rally\n\nI have a dream\nI have a dream that one day this nation "
            "will rise up.\n\nI have a dream that my four little children will one day live "
            "in a nation where they will be judged by their character.\n")
    assert cleaned_text(text) == text


def test_a_banner_s_label_under_a_caption_over_the_headline_goes() -> None:
    text = ("President Mahama on his way to light the perpetual flame to mark the 68th "
            "Independence Day at the Jubilee House in Accra\nFeatured\n\nNation modestly "
            "commemorates 68th Independence Day\n\nThe nation yesterday held a modest "
            "ceremony to mark its 68th Independence Anniversary at the Jubilee House.\n\n"
            "The ceremony was a departure from the usual grand national parade at the Black "
            "Star Square in Accra.\n")
    assert removed_lines(text) == {"Featured": "a banner's label over the headline"}


SUMMIT = """\
САЙТ ГАЗЕТЫ ПАРЛАМЕНТСКОГО СОБРАНИЯ СОЮЗА БЕЛАРУСИ И РОССИИ

НОВОСТИ

СМИ: Реклама алкоголя может вернуться на телеэкраны

В рекламных паузах российских телеканалов могут вновь появиться ролики, рекламирующие \
алкоголь. Идея уже обсуждалась в администрации президента.

Реклама алкоголя в СМИ и интернете запрещена в России с 2008 года, напомнили в ведомстве.
"""


def test_the_site_s_description_of_itself_and_the_section_under_it_go() -> None:
    assert removed_lines(SUMMIT) == {
        "САЙТ ГАЗЕТЫ ПАРЛАМЕНТСКОГО СОБРАНИЯ СОЮЗА БЕЛАРУСИ И РОССИИ":
            "the site's description of itself",
        "НОВОСТИ": "section label over the headline"}


WEATHER_TOP = """\
RU63
Погода

Сейчас-1°C

переменная облачность, без осадков

ощущается как -4

3 м/c,

765мм 88%
USD 92,26
Страна и мир Госдума готова вернуть рекламу алкоголя и табака в печатные СМИ

Госдума готова вернуть рекламу алкоголя и табака в печатные СМИ

Думский комитет готов приступить к формированию законопроекта, который вернет рекламу \
алкоголя и табака в печатные СМИ, сообщают «Известия».

Минкомсвязи поддерживает возвращение рекламы табака и алкоголя в газетах и журналах, \
заявил замглавы ведомства.
"""


def test_what_a_weather_widget_leaves_and_the_headline_glued_to_its_section_go() -> None:
    assert cleaned_text(WEATHER_TOP).startswith(
        "Госдума готова вернуть рекламу алкоголя и табака в печатные СМИ\n\nДумский")
    reasons = removed_lines(WEATHER_TOP)
    # (The reading of how warm it feels is the weather box's, which says why it goes.)
    assert reasons["ощущается как -4"] == "weather"
    assert reasons["Страна и мир Госдума готова вернуть рекламу алкоголя и табака в печатные "
                   "СМИ"] == "the headline again after its section's name"


def test_a_dateline_between_chrome_lines_above_the_headline_stays() -> None:
    text = WEATHER_TOP.replace("ощущается как -4", "20 ноября 2014")
    assert "20 ноября 2014" in cleaned_text(text)


def test_the_author_s_name_over_the_byline_that_names_it_goes() -> None:
    text = ("Οικονόμου για Καϊλή: πολιτικά συνδεδεμένη με τον Ανδρουλάκη\n\n"
            "Ο κ. Οικονόμου κατηγόρησε τον πρόεδρο του ΠΑΣΟΚ για την υπόθεση Καϊλή.\n\n"
            "THETOC TEAM\nΓΡΑΦΕΙ: THETOC TEAM\n\n"
            "Ο κ. Οικονόμου μίλησε για την υπόθεση Καϊλή στον τηλεοπτικό σταθμό το πρωί.\n")
    assert removed_lines(text) == {
        "THETOC TEAM": "the author's name over the byline that names it"}
    assert "\nΓΡΑΦΕΙ: THETOC TEAM\n" in cleaned_text(text)


COUNCIL_STORY = """\
Council approves new budget for city schools

By Anna Berg
March 3, 2026

The city council approved a new budget for the city's schools on Tuesday, raising spending \
on teachers by four percent.

Council members said the budget would also fund repairs to twelve school buildings across \
the city before the autumn term.
"""


@pytest.mark.parametrize("masthead", ["Wednesday, 2 December 2026\n\n",
                                      "Wednesday, December 2, 2026\n"])
def test_the_masthead_s_date_over_a_headline_with_its_own_dateline_goes(masthead: str) -> None:
    assert cleaned_text(masthead + COUNCIL_STORY) == COUNCIL_STORY


def test_a_blog_s_date_over_its_post_the_page_s_only_date_stays() -> None:
    text = "Tuesday, September 24, 2008\n\n" + COUNCIL_STORY.replace("March 3, 2026\n", "")
    assert cleaned_text(text) == text


def test_a_blog_s_date_over_a_post_whose_dateline_gives_the_same_day_stays() -> None:
    """A blog carrying a story with its source's dateline: the date over the headline is
    the post's, the day the dateline gives again, not a masthead's date of another day."""
    text = "Tuesday, March 3, 2026\n\n" + COUNCIL_STORY.replace(
        "March 3, 2026\n", "3 March, 2026\nSource: City Gazette\n")
    assert cleaned_text(text) == text


@pytest.mark.parametrize("line", ["Posted 3 hours ago | 12 comments", "5 hours ago · 1.2K views",
                                  "hace 3 horas · 12 comentarios", "12 comments · 4 hours ago"])
def test_the_story_s_age_with_its_counters_under_the_headline_goes(line: str) -> None:
    text = COUNCIL_STORY.replace("By Anna Berg\nMarch 3, 2026", line)
    assert removed_lines(text) == {line: "the story's age and counters"}


def test_a_byline_with_the_story_s_age_stays() -> None:
    text = COUNCIL_STORY.replace("By Anna Berg\nMarch 3, 2026", "By Anna Berg, 3 hours ago")
    assert cleaned_text(text) == text


@pytest.mark.parametrize("banner", ["Celebrating 75 Years of Public Service",
                                    "The Voice of the Valley Since 1887",
                                    "Независимая газета с 1990 года"])
def test_a_tagline_or_a_commemorative_banner_above_the_headline_goes(banner: str) -> None:
    assert removed_lines(f"{banner}\n\n{COUNCIL_STORY}") == {
        banner: "the site's tagline or a banner above the headline"}


def test_a_line_about_the_article_s_own_anniversary_above_the_headline_stays() -> None:
    text = "Celebrating 75 years of city schools\n\n" + COUNCIL_STORY
    assert cleaned_text(text) == text


def test_an_author_s_name_opening_a_page_with_chrome_stays() -> None:
    text = AD_STORY.replace("España\n", "Anna Berg\n")
    assert "Anna Berg" in cleaned_text(text) and "Guardar" not in cleaned_text(text)


def test_a_line_printed_twice_with_a_share_bar_between_goes_in_one_cleaning() -> None:
    """The share bar between the two copies goes; the upper copy goes in the same
    cleaning, as a second cleaning, which sees the two copies with nothing between,
    would take it."""
    from tests.clean.test_clean_middle import ARTICLE, page
    line = "The council will meet again next month to vote on the new bus routes"
    for between in ("Share on Facebook", "Advertisement"):
        text = page(end=(line, between, line))
        assert cleaned_text(text) == ARTICLE.rstrip("\n") + f"\n\n{line}\n"
        assert removed_lines(text) == {line: "copy of a line below it",
                                       between: "page chrome"}


# --- a site's name in spaced capitals ----------------------------------------------------

# A poem's own title in spaced capitals over a dedication in lower case and its verse, on a
# page a converter made (the blank lines hold a space).  Kept out of the genuine cases that
# are joined with others: an English article under a Greek stanza is read as the page's
# article, and the stanza's short lines as lines above its headline.
SPACED_POEM_TITLE = (
    "ΤΟ  ΛΙΜΑΝΙ  ΤΟ  ΠΡΩΙ\n\n \n\nΑφιέρωση: στη μητέρα μου\n\n \n\n"
    "Τα πλοία ξυπνούν πριν από τον ήλιο·\n\nοι βάρκες σαλεύουν στο νερό,\n\n"
    "και ο φάρος σβήνει σιγά.\n\nΤο λιμάνι μένει ήσυχο ως το μεσημέρι.\n")


def test_a_poem_s_title_in_spaced_capitals_over_a_dedication_stays() -> None:
    kept = cleaned_text(SPACED_POEM_TITLE)
    assert kept.startswith("ΤΟ  ΛΙΜΑΝΙ  ΤΟ  ΠΡΩΙ\n\nΑφιέρωση: στη μητέρα μου\n\n")
    assert "οι βάρκες σαλεύουν στο νερό," in kept


def test_a_release_s_own_date_with_its_time_over_its_region_stays() -> None:
    # https://www.police.govt.nz/news/release/appeal-witnesses-following-whangarei-crash
    text = ("Thursday, 23 February 2023 - 3:26pm |\nNorthland\n\n"
            "Appeal for witnesses following Whangārei crash\n\n1 min read\n\n"
            "Police are appealing for witnesses in relation to a fatal crash in Whangārei "
            "earlier this month.\n\n"
            "The crash, on Western Hills Drive, occurred at about 3:30pm on Wednesday 8 "
            "February.\n\nSadly, one person has died in hospital as a result of the crash.\n")
    assert clean_document(text).text.startswith("Thursday, 23 February 2023 - 3:26pm |\n")


def test_of_two_headline_copies_the_one_without_a_glued_handle_stays() -> None:
    # https://hackernoon.com/11-lessons-i-learned-as-a-tech-founder
    text = ("11 Lessons I Learned as a Tech Founderby@ezerez\n444 reads\n444 reads\n\n"
            "11 Lessons I Learned as a Tech Founder\n\nby EzeRNovember 29th, 2022\n\n"
            "I’ve been a full-time founder for almost a year but have been into startup "
            "culture for most of my professional career as a software engineer (~4 years).\n\n"
            "We knew about things we shouldn’t do, but knowing and doing are so polar. "
            "Knowing the path is wrong doesn’t mean our emotions won’t lead us there.\n")
    out = cleaned_text(text)
    assert out.startswith("11 Lessons I Learned as a Tech Founder\n\nby EzeR")
    assert "by@ezerez" not in out


def test_of_two_headline_copies_the_one_without_a_gallery_s_counts_stays() -> None:
    # a news aggregator's page: the headline with "4 photos, 2 videos, ©" glued to it
    # over the headline alone, which was taken as the copy cut short
    text = ("South Africa hosts BRICS summit to discuss Israel-Hamas war4Photo2Video©\n\n"
            "South Africa hosts BRICS summit to discuss Israel-Hamas war\n\n"
            "BRICS group of nations will discuss Tuesday the Israel-Hamas war and are "
            "expected to issue a joint statement with particular reference to Gaza.\n\n"
            "The virtual summit of the BRICS member nations is being hosted by South Africa "
            "President Cyril Ramaphosa.\n")
    out = cleaned_text(text)
    assert out.startswith("South Africa hosts BRICS summit to discuss Israel-Hamas war\n\n"
                          "BRICS group"), out


@pytest.mark.parametrize("link", ["Log in", "Погода", "Weather", "Καιρός"])
def test_a_crawler_s_date_before_the_masthead_s_link_goes_with_it(link: str) -> None:
    body = ("Security Council Adopts 2019 Annual Report to General Assembly\n\n"
            "07/14/2020 | 01:21pm EDT\n\n"
            "The Security Council this morning adopted its annual report to the General "
            "Assembly, covering the period from 1 January to 31 December 2019.\n")
    assert cleaned_text(f" date 2020-07-14 {link}\n{body}") == body


def test_a_crawler_s_date_before_a_headline_goes_with_the_blank_before_it() -> None:
    """A space before the crawler's date stayed before the headline, which a second
    cleaning took off: the cleaner's output was no fixed point."""
    body = ("The village plans its first dog show to raise money for the playground, the "
            "trust said on Tuesday.\n")
    text = f" date 2021-08-10 Village plans first ever dog show\n{body}"
    assert cleaned_text(text) == f"Village plans first ever dog show\n{body}"
    assert cleaned_text(cleaned_text(text)) == cleaned_text(text)


def test_a_crawler_s_date_before_the_site_s_labels_leaves_them_to_the_dateline_rule() -> None:
    text = ("date 2017-07-06 Harbour Notes\n\nHarbour Systems Announces Record Orders\n\n"
            "The company said on Thursday that orders for its cranes rose by a third in "
            "the first quarter of the year.\n")
    assert cleaned_text(text) == text


def test_the_title_stays_when_its_copy_under_the_tags_goes() -> None:
    # parianostypos.gr/…/item/93986-paros?print=1: the print label over the title, the title
    # printed again under the date and the tags; one copy of it stays
    title = ("Πάρος: Γόνιμη η συνάντηση των Πολιτιστικών Συλλόγων του νησιού με θέμα τη "
             "σύσταση Ομοσπονδίας")
    text = (f"Εκτύπωση αυτής της σελίδας\n\n{title}\n\n27 Μαρτίου 2025 17:10\nΚΟΙΝΩΝΙΑ\n"
            f"  • ΠΑΡΟΣ\n  • ΠΟΛΙΤΙΣΜΟΣ\n  • ΣΥΛΛΟΓΟΣ\n{title}\n\n"
            "Πραγματοποιήθηκε το απόγευμα της Τετάρτης 26 Μαρτίου, στην αίθουσα του "
            "Πολιτιστικού Συλλόγου Καμαρών, η προγραμματισμένη συνάντηση των συλλόγων.\n\n"
            "Το κλίμα ήταν άκρως θετικό, ανταλλάχθηκαν απόψεις και υπήρξε γόνιμος διάλογος.\n")
    assert title in cleaned_text(text)


def test_empty_fields_closing_a_dated_meta_line_go_and_the_stamp_stays() -> None:
    text = ("SCODA Participated in the Local Leaders Forum\n\n"
            "2021-12-17 08:13:44 admin source: share:\n\n"
            "From September 28 to 30, the Local Leaders Forum was held in Chelyabinsk, Russia, "
            "and the zone's deputy director took part online.\n")
    assert cleaned_text(text) == text.replace(" source: share:", "")


def test_dated_rows_ending_in_labels_are_a_table_not_a_meta_line() -> None:
    """Rows of dates each closed by empty labels, in one paragraph, are the author's table
    waiting for its values: only a dated line alone in its paragraph is a meta line."""
    text = ("Meeting schedule\n\n"
            "12 May 2024 committee venue: notes:\n"
            "19 May 2024 council venue: notes:\n\n"
            "The committee agreed the dates at its March meeting, and the clerk will fill in "
            "the venues.\n")
    assert cleaned_text(text) == text


def test_a_wiki_s_version_comparison_legend_over_the_page_goes() -> None:
    page = ("Award Description\n\n"
            "The award recognises a career of distinguished teaching, research and service "
            "at the college.\n")
    legend = ("Versions Compared\n\n\n"
              "  • This line was added.\n  • This line was removed.\n"
              "  • Formatting was changed.\n\n")
    assert cleaned_text(legend + page) == page


def test_a_spam_title_in_chinese_letters_over_an_english_article_goes() -> None:
    """A hijacked site's title in Chinese over an English article that writes no Chinese
    goes; the article, headline first, stays whole."""
    article = ("Cultural Cooperation Within the SCO\n\n"
               "Cultural and humanitarian cooperation within the SCO framework plays a key role "
               "in strengthening trust between the member states, officials said on Monday.\n\n"
               "The ministers of culture will meet again in the autumn to agree a joint plan.\n")
    spam = "久久精品国产免费一区_国产日韩视频一区_大香综合精品"
    assert cleaned_text(f"{spam}\n\n{article}") == article


def test_a_chinese_title_over_a_text_that_quotes_chinese_stays() -> None:
    text = ("上海合作组织\n\nThe Shanghai Cooperation Organisation, 上海合作组织 in Chinese, "
            "met in Astana on Thursday, where the leaders signed a declaration.\n\n"
            "The declaration names security and trade as the bloc's priorities.\n")
    assert cleaned_text(text) == text


def test_a_blog_s_name_over_its_post_date_and_title_goes() -> None:
    """Blogger prints the blog's name, the post's date, then the post's title: the name goes,
    the date and the title stay."""
    post = ("Tuesday, March 08, 2005\n\nSaturday CC v Dunford Devils Match Report\n\n"
            "Excitement was in the air. The 2005 season was about to begin and the club had a "
            "new captain, who won the toss and chose to bat on a damp pitch.\n\n"
            "The openers batted well against a steady attack, and the score reached forty "
            "without loss before the first change of bowling.\n")
    assert cleaned_text("Saturday Cricket Club Blog\n\n" + post) == post


def test_a_blog_s_name_without_the_word_blog_goes_but_a_headline_over_a_date_stays() -> None:
    """A blog's name that no line of its post says again goes from over the date header;
    a news headline over the same kind of date speaks of its article, and stays."""
    post = ("Friday, April 18, 2008\n\nThe President's New Friend\n\n"
            "You all know the story by now: the president apparently has a new friend, and "
            "the newspaper that printed it has closed.\n\n"
            "The question followed an unusual article in a Moscow weekly on Thursday.\n")
    assert cleaned_text("The Drawn Cutlass\n\n" + post) == post
    news = ("Night Buses Saved\n\nTuesday, March 8, 2005\n\nDrivers Welcome the Vote\n\n"
            "The council voted on Tuesday to keep the night buses running through the winter, "
            "after drivers and riders asked it to.\n")
    assert cleaned_text(news) == news


def test_a_credit_via_a_magazine_under_a_blog_post_s_title_stays() -> None:
    post = ("Sunday, January 23, 2011\n\nBake Bake Bake Senora\n\nvia Dujour Magazine\n\n"
            "Every day I get emails with recipes for things my grandmother would have baked, "
            "and this week Dujour magazine sent one worth trying.\n\nNo comments:\n\n"
            "Post a Comment\n")
    assert "via Dujour Magazine" in cleaned_text(post)


def test_a_staff_byline_between_the_headline_and_its_dateline_stays() -> None:
    """A caption printed twice under the dateline is no headline: the byline over the
    dateline ("TBS Report") is the article's, not a site's line above a headline."""
    page = ("Momen holds bilateral meetings with FMs of Austria, Kyrgyz Republic and Turkey\n\n"
            "TBS Report\n13 March, 2022, 01:35 pm\n\n"
            "Foreign Minister Dr AK Abdul Momen. Picture: File Photo\n"
            "Foreign Minister Dr AK Abdul Momen. Picture: File Photo\n\n"
            "Foreign Minister Dr AK Momen met his counterparts from Austria, Kyrgyz Republic "
            "and Turkey during his one-day visit to Turkey on Saturday for attending the "
            "Antalya Diplomacy Forum.\n\n"
            "The foreign minister discussed bilateral relations, trade and investment with "
            "each of his counterparts, the ministry said in a statement.\n")
    out = cleaned_text(page)
    assert "TBS Report\n13 March, 2022, 01:35 pm\n" in out
    assert out.count("Picture: File Photo") == 1



def test_a_titles_copy_typed_with_other_dashes_goes() -> None:
    """A reposting blog prints the page's title twice over the story, once with en dashes
    between the title and the site's name and once with hyphens: one title, one copy."""
    title = "BDN boosts UMaine Trio Upward Bound for charity collecting events"
    body = ("The Bangor Daily News shared that the University of Maine’s TRIO Upward Bound "
            "Program is collecting items for the Black Bear Exchange at UMaine and the "
            "Bangor Humane Society.\n")
    text = (f"Posted on\n\n{title} – UMaine News – University of Maine\n\n"
            f"{title} - UMaine News - University of Maine\n\n{body}")
    out = cleaned_text(text)
    assert out.count(title) == 1 and out.endswith(body), out


_OPOLYE = "Населенные пункты и храмы Ополья"
_OPOLYE_BODY = ("Отправлено 11 декабря 2010 - 20:07\n\nВ этой теме собраны сведения о населённых "
                "пунктах и храмах Ополья, их истории и нынешнем состоянии.\n")
_WEEK = ("Well what a week! We would like to take this opportunity to say a few thanks and also "
         "give all our friends an update on the club.\n\nThe new season starts on Saturday, "
         "and every member is welcome at the first training.\n")


@pytest.mark.parametrize(("page", "kept"), [
    # a local history society's forum: the society's name before a colon and after a dash
    (f"Краеведческое общество: {_OPOLYE} - Краеведческое общество\n{_OPOLYE}\n\n"
     f"{_OPOLYE_BODY}", f"{_OPOLYE}\n\n{_OPOLYE_BODY}"),
    # an aggregator's: the post's first words cut short, then its own name
    ("Well what a week! We would like to take this opportunity to say a - TopicsExpress\n"
     + _WEEK, _WEEK),
    # a heading of its own over the same text stays
    ("Club news - Autumn\n\n" + _WEEK, "Club news - Autumn\n\n" + _WEEK),
], ids=["site on both sides", "cut from the text", "a heading of its own"])
def test_the_page_s_title_with_the_site_s_name_goes(page: str, kept: str) -> None:
    assert cleaned_text(page) == kept


def test_the_site_s_header_printed_three_times_goes_but_a_headline_s_copies_leave_one() -> None:
    """A student paper's name and tagline, printed by its desktop, mobile and sticky
    headers one after the other: every copy goes.  A headline printed three times (the
    page's title, its social title, the heading) keeps a copy."""
    body = ("Upon learning that he would be receiving the award at last year’s convocation, "
            "the professor recalls feeling shocked.\n")
    header = "Florida Atlantic University’s first student-run news source.\n\nUNIVERSITY PRESS\n\n"
    assert cleaned_text(header * 3 + "An afternoon of awards\n\n" + body) == (
        "An afternoon of awards\n\n" + body)
    headline = "Some ASEAN states accepted the invitation to the BRICS summit\n\n"
    assert cleaned_text(headline * 3 + body).startswith(headline)


def test_a_quoted_headline_with_its_genre_is_no_epigraph_and_a_share_call_goes() -> None:
    """A UN briefing's headline is a quotation with its genre after a dash; the share
    call under it goes (it was taken for the headline, the real one for an epigraph)."""
    headline = ("“Unfolding humanitarian catastrophe in Syria demands Security Council’s "
                "attention” – Briefing")
    body = ("Assistant Secretary-General Ursula Mueller said a humanitarian catastrophe was "
            "unfolding in northwest Syria.\n\nMueller said the cross-border modality of "
            "delivering aid is absolutely essential to the humanitarian response.\n")
    assert cleaned_text(f"{headline}\n\nShare the News\n\n{body}") == f"{headline}\n\n{body}"
    # over a headline-like line of its own, the quoted headline is still no epigraph
    kicker = "Security Council hears of Idlib"
    page = f"{headline}\n\n{kicker}\n\n{body}"
    assert cleaned_text(page) == page


def test_a_byline_printed_with_its_by_doubled_goes_and_the_headline_stays() -> None:
    """A student paper's template prints the byline twice, once as "By By …": that copy
    goes, and the headline over it stays (the copy was taken for the title's, and the
    headline above it for the site's)."""
    body = ("By Deborah Rafferty\n\nU scientists received 95 research grants, totaling $28 "
            "million in federal economic stimulus money.\n\nRandall Burt, professor of internal "
            "medicine, along with Deborah Neklason, received one of the nine Challenge Grants. "
            "Through this grant, they will receive about $1\nmillion during a two-year "
            "period.\n")
    out = cleaned_text("U researchers get $28M in grants\n\nBy By Deborah Rafferty\n\n" + body)
    assert out == ("U researchers get $28M in grants\n\n"
                   + body.replace("about $1\nmillion", "about $1 million")), out


def test_the_headline_glued_to_a_paragraph_s_last_full_stop_goes() -> None:
    """An Armenian news site prints the headline again as a picture's title after a
    paragraph; the scraper glued it to the paragraph's full stop."""
    headline = "Учения Коллективных сил ОДКБ пройдут в Армении"
    first = ("Осенью 2015 года в Армении состоятся крупные учения миротворческих сил стран "
             "ОДКБ, сообщил генеральный секретарь организации.")
    said = "Он добавил, что также запланированы крупные учения Коллективных сил."
    text = f"{headline}\n\n{first}\n\n{said}{headline}\n\nУчения пройдут осенью.\n"
    assert cleaned_text(text) == f"{headline}\n\n{first}\n\n{said}\n\nУчения пройдут осенью.\n"
    # the headline's words in a sentence of the article, after a space, stay
    kept = f"{headline}\n\n{first}\n\nГлава организации сказал: {headline}.\n"
    assert cleaned_text(kept) == kept


def test_a_wiki_pages_id_over_the_article_goes_and_a_clock_or_a_label_stays() -> None:
    """DokuWiki prints the page's id, its namespaces joined by colons, over the page."""
    body = ("Three points I want to raise this month\n\n"
            "First, the parish council will meet on Monday to discuss the roof.\n")
    page = f"church:vicars_letters:oct2010mag\n\n{body}"
    assert list(removed_lines(page)) == ["church:vicars_letters:oct2010mag"]
    for kept in ("Note: the roof\n\n", "wiki:start\nthe roof of the hall\n\n"):
        assert cleaned_text(kept + body) == kept + body


def test_a_how_to_title_over_its_shortened_heading_stays() -> None:
    """"How to Prune Roses for Winter" over a heading "Prune Roses for Winter" below the
    first paragraph: the title's "How to" is no section's name glued to the headline."""
    steps = ["Stop cutting roses off your bush by late fall.",
             "Stop dead heading by late fall. This means to stop removing the dead flowers.",
             "Don't prune for winter. You will need to prune after the frost.",
             "Clean your pruning shears, to avoid spreading disease."]
    text = ("How to Prune Roses for Winter\n\nThe classic beauty of the rose makes it a "
            "garden favorite. Dedicated rose gardeners know that the flower needs care.\n\n"
            "Prune Roses for Winter\n\n" + "".join(
                f"Step {n}\n\n{step}\n\n" for n, step in enumerate(steps, 1))).rstrip() + "\n"
    assert cleaned_text(text) == text


STANDFIRST_AS_A_PARAGRAPH = """\
| 16.4°C Belfast

Republic of Ireland wins two-year term on UN Security Council

Ireland received the backing of two thirds of UN member nations in the first round of voting.

Leo Varadkar and Simon Coveney welcomed the vote (Leon Farrell/Photocall Ireland/PA)

Ireland has won a seat on the UN Security Council after winning 128 votes at the UN General \
Assembly.

Ireland received the backing of two thirds of UN member nations in the first round of voting.

The country has been campaigning against Norway and Canada for a seat for the last two years.
"""


def test_a_standfirst_printed_again_as_a_paragraph_of_its_own_goes_once() -> None:
    # belfasttelegraph.co.uk: the standfirst under the headline is the second paragraph too.
    out = cleaned_text(STANDFIRST_AS_A_PARAGRAPH)
    assert out.count("Ireland received the backing") == 1
    assert out.index("Ireland has won a seat") < out.index("Ireland received the backing")


def test_a_sentence_said_twice_on_a_page_with_no_chrome_on_top_stays() -> None:
    text = STANDFIRST_AS_A_PARAGRAPH.split("\n\n", 1)[1]
    assert cleaned_text(text) == text


ALT_TEXT_OVER_THE_TITLE = """\
June 20, 2024


Elegant home interior

Tomatoes With Curled, Gnarly Leaves?

When gardening fever strikes, most folks test their skills with tomatoes first, and home \
gardeners grow them more than any other vegetable.

Most novice gardeners overwater and over fertilize their tomato plants. If a little water is \
good, they think, then a lot of water is great.

Curled leaves on tomatoes are most often a sign of too much water, and the plants recover \
once the soil dries out between waterings.
"""


def test_a_picture_s_alt_text_between_a_blog_s_date_and_its_title_goes() -> None:
    # mariandumitru.com: the post's picture left its alt text over the title.
    assert "Elegant home interior" not in cleaned_text(ALT_TEXT_OVER_THE_TITLE)


def test_a_kicker_sharing_the_title_s_matter_stays() -> None:
    text = ALT_TEXT_OVER_THE_TITLE.replace("Elegant home interior", "Tomato troubles")
    assert "Tomato troubles" in cleaned_text(text)


@pytest.mark.parametrize(("date", "goes"), [("Friday, September 29, 2023", True),
                                             ("Wednesday, August 23, 2023", False)])
def test_the_masthead_s_date_over_a_one_paragraph_wire_story_of_another_day_goes(
        date: str, goes: bool) -> None:
    """A tag page's date of the day it was printed, over a story datelined "AUGUST 23"
    (no year): the story has one paragraph, and the rule read only pages of two.  The
    day the dateline gives again is the story's own, and stays."""
    text = (f"{date}\n\n\n\nBRICS meet draws global interest: 14-year "
            "trade grouping discusses expansion\n\nJOHANNESBURG, AUGUST 23: The leaders "
            "of the five BRICS nations began a three-day summit in Johannesburg on Tuesday, where "
            "they are discussing expanding the club that harbours ambitions of becoming a "
            "geopolitical alternative to other forums, in a trade war.\n")
    assert (date in removed_lines(text)) is goes
