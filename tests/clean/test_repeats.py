"""Text printed twice at the top of a scraped page (:mod:`cms_i18n.clean.repeats`): the
lead above the article and again as its first paragraph, the headline with the site's
name, a date or a trail beside it, a breadcrumb printed as a list, the headline again
under its byline; and what stays: a refrain, a question asked twice, verse.

The pages are made up for the tests in the shapes the fourteenth real set shows
(``bench/data/real/clean14``), in several languages.
"""

from __future__ import annotations

from cms_i18n.clean.repeats import repeats_headline
from tests.support.cleaning import cleaned_text, removed_lines

HEADLINE = "Council approves new budget for river bridge repairs"
LEAD = ("The town council voted on Tuesday to spend two million pounds on repairs to the "
        "old river bridge, which has been closed to lorries since the spring.")
MORE = ("Engineers found cracks in two of the arches during an inspection in March, and "
        "the council said the work would start in the autumn and last about a year.")


def test_the_lead_printed_above_the_article_and_again_as_its_first_paragraph_goes_once() -> None:
    page = f"{HEADLINE}\n{LEAD}\nBy Anna Smith\n{LEAD}\n\n{MORE}\n"
    assert cleaned_text(page) == f"{HEADLINE}\nBy Anna Smith\n{LEAD}\n\n{MORE}\n"
    assert removed_lines(page) == {LEAD: "copy of a line below it"}


def test_a_headline_and_lead_printed_twice_keep_the_pair_above_the_article() -> None:
    headline = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια"
    lead = ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τα νοικοκυριά, με "
            "επίδομα θέρμανσης και μειώσεις στους φόρους.")
    more = ("Ο υπουργός Οικονομικών είπε ότι τα μέτρα θα κοστίσουν 500 εκατομμύρια ευρώ "
            "και θα ισχύσουν από τον Ιανουάριο.")
    page = f"{headline}\n{lead}\n\n{headline}\n\n{lead}\n\n{more}\n"
    assert cleaned_text(page) == f"{headline}\n\n{lead}\n\n{more}\n"


def test_the_teaser_alone_printed_twice_keeps_one_copy() -> None:
    teaser = ("El equipo de Gobierno de Orihuela ha aprobado hoy en solitario los "
              "presupuestos municipales de 2018. La oposición califica estas cuentas "
              "como electoralistas.")
    assert cleaned_text(f"{teaser}\n{teaser}\n") == f"{teaser}\n"


def test_the_site_name_before_the_headline_goes_and_the_headline_stays() -> None:
    page = (f"Valley Herald - {HEADLINE}\n{HEADLINE}\nPosted on 3 May 2024 by John Doe\n"
            f"{LEAD}\n\n{MORE}\n")
    assert cleaned_text(page) == (f"{HEADLINE}\nPosted on 3 May 2024 by John Doe\n"
                                  f"{LEAD}\n\n{MORE}\n")
    assert removed_lines(page) == {f"Valley Herald - {HEADLINE}":
                                   "the page's title with the site's name"}


def test_the_listing_line_with_its_date_goes_above_the_headline() -> None:
    headline = "Александр Кузнецов: «Кубок РФС выиграли по делу!»"
    lead = ("Директор Академии дал интервью изданию, в котором рассказал о Кубке РФС "
            "среди команд премьер-лиги и о российских футбольных школах.")
    more = ("- Александр Юрьевич, вы только что вернулись с турнира, расскажите, что это "
            "были за соревнования?")
    page = f"{headline} 07.12.2015\n\n{headline}\n\n{lead}\n\n{more}\n"
    assert cleaned_text(page) == f"{headline}\n\n{lead}\n\n{more}\n"


def test_a_breadcrumb_printed_as_a_numbered_list_ending_in_the_headline_goes() -> None:
    headline = "Die wichtigsten Ereignisse des Jahres im Rückblick"
    lead = ("Welche Artikel haben unsere Leser in diesem Jahr besonders interessiert? "
            "Wir haben die meistgelesenen Artikel zusammengestellt.")
    more = ("Anfang Juli zog ein schweres Unwetter über das Land, von dem auch die Stadt "
            "nicht verschont wurde, und war der am häufigsten gelesene Artikel des Jahres.")
    page = (f"1. Startseite\n  2. >\n  3. Region\n  4. >\n  5. Jahresrückblick: {headline}\n\n"
            f"Jahresrückblick {headline}\n\nVon Erika Muster 15.12.2015, 14:54\n\n"
            f"{lead}\n\n{more}\n")
    assert cleaned_text(page) == (f"Jahresrückblick {headline}\n\nVon Erika Muster "
                                  f"15.12.2015, 14:54\n\n{lead}\n\n{more}\n")


def test_the_headline_again_under_its_date_goes_and_the_top_copy_stays() -> None:
    headline = "Mais uma grande conquista para o povo!"
    lead = ("Na última quarta-feira, a Prefeitura Municipal realizou a entrega da Escola "
            "Municipal Pedro Gomes da Silva, que recebeu o serviço de manutenção.")
    more = "O compromisso com a educação do nosso município é prioridade."
    page = f"{headline}\n2024-06-26\n{headline}\n{lead}\n{more}\n"
    assert cleaned_text(page) == f"{headline}\n2024-06-26\n{lead}\n{more}\n"


def test_a_refrain_inside_a_stanza_stays() -> None:
    poem = ("Unite, and strike for equal laws,\n  Unite! unite! unite!\n"
            "For equal Justice! that's our cause\n  Unite! unite! unite!\n"
            "Shall the vile slavites win the day?\n"
            "Shall men of whips and blood bear sway?\n")
    assert cleaned_text(poem) == poem


def test_a_sentence_said_again_after_a_paragraph_of_prose_stays() -> None:
    text = ("We will rebuild the old bridge before the winter comes to the valley.\n\n"
            "The engineers only reported the cracks in March, after the winter inspection, "
            "and the survey took the whole spring.\n\n"
            "We will rebuild the old bridge before the winter comes to the valley.\n\n"
            "Because the report needed a second survey, no decision could be made sooner.\n")
    assert cleaned_text(text) == text


def test_a_kicker_with_its_colon_and_a_headline_cut_short_stay_beside_the_headline() -> None:
    assert repeats_headline("World: Bridge repairs approved", "Bridge repairs approved") is None
    page = (f"El Gobierno aprueba la ley de vivienda\n\nEl Gobierno aprueba la ley de "
            f"vivienda tras meses de negociación\n\n{LEAD}\n\n{MORE}\n")
    assert "El Gobierno aprueba la ley de vivienda" in cleaned_text(page).splitlines()


def test_a_teaser_whose_sentence_opens_the_first_paragraph_goes() -> None:
    headline = "Leaders meet in Geneva to discuss the grain corridor"
    teaser = ("Foreign ministers from twelve countries met in Geneva on Monday to discuss "
              "grain shipments.")
    first = f"{teaser} The talks, which lasted more than six hours, ended without a statement."
    more = ("Officials said a second round was planned for next week, and that experts "
            "would meet before then to prepare it.")
    page = f"{headline}\n{teaser}\nBy Anna Smith, 3 May 2024\n{first}\n\n{more}\n"
    assert cleaned_text(page) == f"{headline}\nBy Anna Smith, 3 May 2024\n{first}\n\n{more}\n"
    assert removed_lines(page) == {teaser: "copy of a line below it"}


def test_the_title_in_capitals_with_the_site_name_goes_over_the_headline() -> None:
    page = f"{HEADLINE.upper()} | VALLEY HERALD\n{HEADLINE}\n{LEAD}\n\n{MORE}\n"
    assert cleaned_text(page) == f"{HEADLINE}\n{LEAD}\n\n{MORE}\n"


def test_a_first_sentence_that_only_begins_a_longer_one_below_stays() -> None:
    text = (f"{HEADLINE}\n\nThe council voted on Tuesday to repair the bridge.\n\n"
            "The council voted on Tuesday to repair the bridge, but the mayor, who chairs "
            "it, said the money would not be found before the spring.\n\n"
            f"{MORE}\n")
    assert cleaned_text(text) == text
