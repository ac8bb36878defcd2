"""Chrome of the news and official sites that write about the glossary's bodies.

The pages below follow real pages of the nineteenth real set's dev part (a Russian
agency's meta tags and tags, a Persian-Gulf news site's feed of cut teasers, a Pakistani
paper's desk byline, a magazine's section label and widget header, a Vietnamese
government site's chevron links, a think tank's publisher line, a Russian paper's menu
buttons, a header's bulleted clock), each rebuilt in a few lines.  Each test failed
before the rule it checks; the guards beside them keep what an author wrote.
"""

from __future__ import annotations

from cms_i18n.clean import clean_document
from cms_i18n.clean.structure import wrapped_breaks
from tests.support.cleaning import cleaned_text, removed_lines

LEAD = ("МОСКВА, 10 окт - ПРАЙМ. Заседание Совета глав государств СНГ пройдет в пятницу в "
        "Душанбе (Таджикистан). Ниже приводится справочная информация о Содружестве.")


def test_an_agency_page_loses_its_meta_copies_times_tags_and_picture_address() -> None:
    page = ("Заседание Совета глав государств СНГ\n\n"
            "Заседание Совета глав государств СНГ - 10.10.2025, ПРАЙМ\n\n"
            "Заседание Совета глав государств СНГ пройдет в пятницу в Душанбе "
            "(Таджикистан). | 10.10.2025, ПРАЙМ\n\n"
            "2025-10-10T00:42+0300\n\n2025-10-10T00:42+0300\n\n"
            "экономика\n\nмировая экономика\n\nдушанбе\n\nминск\n\nснг\n\n"
            "https://cdnn.1prime.ru/images/sharing/article/rus/863359556.jpg?1760046173\n\n"
            f"{LEAD}\n")
    assert cleaned_text(page) == f"Заседание Совета глав государств СНГ\n\n{LEAD}\n"


def test_a_dated_heading_that_copies_nothing_and_lower_case_words_of_a_poem_stay() -> None:
    text = ("Решение Совета глав государств СНГ - 10.10.2025, Минск\n\n"
            "Совет рассмотрел следующие вопросы повестки дня на своём заседании.\n")
    assert clean_document(text).text == text
    poem = "снег\n\nидёт\n\nтихо\n\nночью\n\nи утром снова тишина.\n"
    assert clean_document(poem).text == poem


def test_teasers_cut_short_under_the_article_go() -> None:
    article = ("The SCO head referred to the legal process of Iran’s membership in the "
               "Eurasian organization.\nThe president expressed Iran’s readiness for "
               "cooperation with the SCO and its member states in those areas\n")
    teasers = ("Syria’s new rulers have appointed foreign and defense ministers, the official "
               "news agency SANA has…\n"
               "Qatar has officially reopened its embassy in the Syrian capital Damascus after "
               "nearly 13 years.\n"
               "A tragic bus accident occurred on Saturday in Lorestan province, western Iran, "
               "killing seven soldiers…\n"
               "Azerbaijani President Ilham Aliyev has expressed gratitude to Iranian President "
               "Massoud Pezeshkian in a letter,…\n")
    assert cleaned_text(article + teasers) == article


def test_teasers_cut_with_a_space_before_the_dots_go_too() -> None:
    """A Russian sports site cuts its feed's openings after a word and a space (" ...")."""
    article = ("В итоге состоялся мужской разговор. Игрокам были заданы вопросы, на которые "
               "они достойно ответили, рассказал Черняев в совместном подкасте.\n")
    teasers = ("По информации «РБ Спорт», «Бенфика» проявляет интерес к полузащитнику ЦСКА ...\n"
               "Российский футбольный союз (РФС) хочет создать новый турнир, в котором "
               "сыграют ...\n"
               "Бывший футболист «Зенита» Алексей Гасилин заявил «Матч ТВ», что хотел бы "
               "видеть ...\n")
    assert cleaned_text(article + teasers) == article
    two = article + "".join(teasers.splitlines(keepends=True)[:2])
    assert cleaned_text(two) == two


def test_an_article_that_trails_off_once_keeps_its_last_lines() -> None:
    text = ("The talks went on late into the night, the delegates said after the session.\n\n"
            "Nobody knew what the morning would bring for the ministers and their staff…\n")
    assert clean_document(text).text == text


def test_a_desk_byline_over_the_reading_time_stays() -> None:
    page = ("Pakistan to Host SCO Leaders in October\n\nNews Desk\n1 Min Read\n\n"
            "Islamabad: Pakistan will host the Shanghai Cooperation Organisation heads of "
            "government meeting in October, the Foreign Office spokesperson announced.\n")
    removed = removed_lines(page)
    assert "1 Min Read" in removed and "News Desk" not in removed


def test_a_section_label_the_trail_names_again_and_a_widget_header_go() -> None:
    headline = "CSTO Deployment in Kazakhstan: Strategic Shift or Political Consolidation?"
    page = (f"Crossroads Asia\n\n{headline} \n\nRecent Features\n\n"
            f"Crossroads Asia | Security | Central Asia\n\n{headline} \n\n"
            "A great deal depends on how Kazakhstan recovers from the disorder and orients "
            "itself toward the changing international security terrain.\n\n"
            f"{headline} \n\n"
            "In the wake of the public disorder in the early days of 2022, Kazakhstani "
            "parliamentarians passed legislation designed to strengthen the president.\n")
    out = cleaned_text(page)
    assert out.startswith(f"{headline}\n\nA great deal depends")
    assert "Crossroads Asia" not in out and "Recent Features" not in out


def test_a_bulleted_clock_opening_the_page_goes() -> None:
    page = ("• 12/04/2024 22:31\n\n"
            "Armenia suspended its participation in the CSTO: Pashinyan named the reason\n\n"
            "Feb 23, 2024\n\n"
            "Head of the Government of Armenia Nikol Pashinyan said that his country has "
            "frozen its participation in the Collective Security Treaty Organization.\n")
    assert removed_lines(page) == {"• 12/04/2024 22:31": "clock or age rating"}


def test_chevron_links_go_and_the_article_under_them_is_cleaned() -> None:
    page = ("ASEAN Foreign Ministers issue Joint Communiqué\n"
            "Participants to the 53rd ASEAN Foreign Ministers' Meeting held in virtual format "
            "on September 9, 2020. Photo: VGP |\n"
            ">>> VN highly values US’s support for ASEAN centrality\n"
            ">>> Full Joint Communique of the 53rd ASEAN Foreign Ministers' Meeting\n"
            "The ministers\x00 underscored the need for ASEAN’s recovery framework to move "
            "forward.\n")
    assert cleaned_text(page) == (
        "ASEAN Foreign Ministers issue Joint Communiqué\n"
        "Participants to the 53rd ASEAN Foreign Ministers’ Meeting held in virtual format "
        "on September 9, 2020. Photo: VGP\n"
        "The ministers underscored the need for ASEAN’s recovery framework to move "
        "forward.\n")


def test_a_session_at_the_python_prompt_keeps_its_lines() -> None:
    text = ("Try it:\n\n>>> from math import sqrt\n>>> sqrt(16)\n4.0\n\n"
            ">>> Point = namedtuple('Point', 'x y')\n")
    assert clean_document(text).text == text


def test_a_periodicals_publisher_line_goes_and_a_books_credit_stays() -> None:
    page = ("Published daily by the Lowy Institute\n\n"
            "Will Malaysia build ASEAN with BRICS?\n\n"
            "Anwar Ibrahim, Malaysia’s prime minister, is known to be bold, and his decision "
            "to join BRICS is in keeping with his foreign policy.\n")
    assert "Published daily by the Lowy Institute" in removed_lines(page)
    book = ("Produced by David Widger\n\nPRIDE AND PREJUDICE\n\nBy Jane Austen\n\n"
            "It is a truth universally acknowledged, that a single man in possession of a "
            "good fortune, must be in want of a wife.\n")
    assert clean_document(book).text == book


def test_a_russian_papers_menu_buttons_go() -> None:
    page = ("Меню\n\nРегион\nкнопка меню закрыть\n\nЗакрыть\n\nРегион\n\n"
            "Захарова: Западники делают все для того, чтобы блокировать деятельность ОДКБ\n\n"
            "Официальный представитель МИД РФ Мария Захарова дала очередной брифинг для "
            "СМИ и ответила на вопросы о сотрудничестве ООН с ОДКБ, СНГ и ШОС.\n")
    assert cleaned_text(page).startswith("Захарова: Западники")


def test_the_clauses_of_a_list_keep_their_lines() -> None:
    lines = ["Совет глав государств СНГ", "- Times Tengri", "- 21 авг. 2024 г.",
             "Совет глав государств СНГ — высший орган Содружества Независимых Государств, "
             "в который входят все первые лица государств — участников СНГ.",
             "Совет глав государств Содружества на своих заседаниях принимает также решения, "
             "касающиеся:", "внесения поправок в Устав СНГ;",
             "создания новых или упразднения существующих органов Содружества;",
             "оптимизации структуры СНГ,"]
    assert wrapped_breaks(lines) == []
