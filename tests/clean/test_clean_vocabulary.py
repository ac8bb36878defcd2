"""The words page chrome is made of (:mod:`cms_i18n.clean.vocabulary`): the kinds of the
chrome that closes a page, in each language the cleaner meets, judged a whole line at a
time, and patterns in Cyrillic or Greek matched the way a line's view shows them.
"""

from __future__ import annotations

import re

import pytest

from cms_i18n.clean.homoglyphs import to_latin_view
from cms_i18n.clean.vocabulary import as_seen, closing_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Follow us on Facebook", "call"),
    ("Ακολουθήστε μας στο Instagram", "call"),
    ("Следите за нами в Telegram", "call"),
    ("Síguenos en Facebook y Twitter", "call"),
    ("Suivez-nous sur Facebook", "call"),
    ("Folgen Sie uns auf Instagram", "call"),
    ("Seguici su Facebook", "call"),
    ("Siga-nos no Twitter", "call"),
    ("Δείτε ζωντανά", "call"),
    ("Смотрите в прямом эфире", "call"),
    ("Read all the latest news at example.com", "call"),
    ("Читайте все новости на сайте example.ru", "call"),
    ("Schreiben Sie einen Kommentar zum Beitrag:", "call"),
    ("Deixe um comentário", "call"),
    ("Перепечатка материалов разрешена только со ссылкой на источник.", "notice"),
    ("Prohibida su reproducción total o parcial sin autorización.", "notice"),
    ("Απαγορεύεται η αναδημοσίευση χωρίς άδεια.", "notice"),
    ("This story was automatically generated from a syndicated feed.", "notice"),
    ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "notice"),
    ("Mehr dazu in unserem Verhaltenskodex.", "notice"),
    ("Tags: economy, elections", "label"),
    ("Метки: выборы, экономика", "label"),
    ("Ετικέτες: οικονομία", "label"),
    ("Schlagwörter: Wahl, Wirtschaft", "label"),
    ("Posted in News | Tagged elections", "label"),
    ("Популярные стихи", "list"),
    ("Τυχαία Θέματα", "list"),
    ("Weitere Gedichte des Autors", "list"),
    ("Noticias relacionadas", "list"),
    ("Altre poesie dell'autore", "list"),
    ("Você também pode gostar", "list"),
    ("Телефон редакции: +7 495 123-45-67", "weak"),
    ("Source", "weak"),
    ("Gedichtform:", "weak"),
])
def test_a_closing_line_is_named_by_its_kind_in_its_language(line: str, kind: str) -> None:
    assert closing_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Подписаться на рассылку можно на сайте ведомства, сообщил он.",
    "Follow the instructions of the local authorities, the minister said.",
    "The site follows us on every trip to Athens and back.",
    "Комментарии к законопроекту министерство опубликует позже.",
    "Die Sonne wärmt ein wenig noch",
    "Der Herbstwind säuselt mir ins Ohr",
])
def test_a_sentence_holding_the_words_is_no_kind(line: str) -> None:
    assert closing_kind(line) is None


def test_a_line_with_look_alike_letters_is_named_as_its_view_shows_it() -> None:
    """A scraper's mixed letters ("Пoпулярныe стихи" with Latin "o" and "e") read as the
    line they look like."""
    assert closing_kind("Пoпулярныe стихи") == "list"


def test_a_pattern_in_cyrillic_matches_every_form_a_view_shows() -> None:
    pattern = as_seen("наши каналы")
    for line in ("Наши каналы", "НАШИ КАНАЛЫ", "наши каналы"):
        assert re.fullmatch(pattern, to_latin_view(line), re.I), line


@pytest.mark.parametrize(("line", "kind"), [
    ("Политика конфиденциальности", "call"),
    ("Datenschutz | Impressum | AGB", "call"),
    ("Όροι χρήσης", "call"),
    ("Mentions légales", "call"),
    ("Privacy Policy | Terms of Use | Contact Us", "call"),
    ("Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345 выдано Роскомнадзором", "notice"),
    ("Мнение редакции может не совпадать с мнением автора.", "notice"),
    ("Свидетельство о публикации №122102801908", "notice"),
    ("Учредитель: ООО «Медиа»", "weak"),
    # an age rating alone closes the page by itself: no line of prose is "18+"
    ("18+", "notice"),
    ("Archivado en: Política", "label"),
])
def test_a_site_s_footer_links_register_and_masthead_fields_are_named(line: str,
                                                                       kind: str) -> None:
    assert closing_kind(line) == kind


def test_a_bare_word_of_a_footer_link_is_no_kind() -> None:
    assert closing_kind("Terms") is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Nenhum comentário:", "call"),
    ("No hay comentarios :", "call"),
    ("3 comentários:", "call"),
    ("Нет комментариев:", "call"),
    ("Δεν υπάρχουν σχόλια:", "call"),
    ("Postar um comentário", "call"),
    ("Publicar un comentario", "call"),
    ("Δημοσίευση σχολίου", "call"),
    ("Enviar por e-mail", "call"),
    ("Compartilhar no X", "call"),
    ("Postagem mais recente Postagem mais antiga Página inicial", "call"),
    ("Entrada más reciente Entrada antigua Inicio", "call"),
    ("Следующее Предыдущее Главная страница", "call"),
    ("Наверх Вниз", "call"),
    ("Receba as novidades no seu e-mail.", "call"),
    ("O seu comentário espera moderação", "notice"),
    ("Nota: solo los miembros de este blog pueden publicar comentarios.", "notice"),
    ("Todos os direitos reservados", "notice"),
    ("© 2024 Все права защищены.", "notice"),
    ("Όλα τα δικαιώματα διατηρούνται", "notice"),
    ("Postado por Maria às 10:32", "label"),
    ("Enviado por Ana em 27/05/2018", "label"),
    ("Related", "list"),
    ("Relacionados", "list"),
    ("Читайте также", "list"),
    ("Leia mais", "list"),
    ("Likes", "weak"),
    ("Reply", "weak"),
    ("Página inicial", "weak"),
    ("Código do texto: T6347791", "weak"),
    ("+4", "weak"),
    ("Restack", "weak"),
    ("1.2K Followers", "weak"),
    ("Responses (3)", "call"),
    ("Discussion about this post", "call"),
    ("Предыдущая запись | Следующая запись", "call"),
    ("Lo + Visto", "list"),
    ("Lo más leído", "list"),
])
def test_a_blog_platform_s_lines_are_named_by_their_kind_in_each_language(line: str,
                                                                          kind: str) -> None:
    assert closing_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Publicado por el Ministerio de Salud el 12 de marzo de 2024",   # a date in words
    "To comment on the plan, residents must register at the town hall before Friday.",
    "Under the new law, publishers may not be copied without permission, the court ruled.",
    "No comment.",
    "Sem comentários",                 # "no comment", said, without the block's colon
    "Os leitores podem postar um comentário no site do jornal até sexta-feira.",
    "Следующее заседание назначено на понедельник.",
    "Related to the case, the court heard two more witnesses on Tuesday.",
    "Posted by Linda",                 # a byline: no platform's stamp of the time
    "Source: BBC",
    "Updated:  June 12, 2024",         # the article's date: only a stamp whose date was lost goes
    "First Published: 12 May 2022, 10:15 PM IST",
    "1999",                            # a year under a poem
])
def test_the_author_s_lines_and_sentences_holding_a_platform_s_words_are_no_kind(
        line: str) -> None:
    assert closing_kind(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("facebook sharing button Facebook", "call"),
    ("email sharing button Email", "call"),
    ("Thank you for sharing your thoughts. We appreciate your feedback.", "call"),
    ("Share your experiences, suggestions, and any issues you've encountered on The Ledger. "
     "We're here to listen.", "call"),
    ("Quickly share this news with your network—keep every", "call"),
    ("arrow leftPrev Nextarrow right", "call"),
    ("(Edited by : Anna Berg)", "label"),
    ("First Published:  IST", "label"),
    ("αριθμός επισκεπτών", "label"),
    ("Visitors: 12 345", "label"),
    ("See also  Harbour ferry returns after winter repai", "list"),
    ("No credit card required. Already have an account? Log in", "call"),
])
def test_a_news_page_s_closing_boxes_and_stamps_are_named(line: str, kind: str) -> None:
    """A share plugin's button labels, a feedback box, a pager's arrow names, the editor's
    credit and publication stamp, a visitor counter and a see-also line with its title
    close news pages; they go only in the run that closes the page."""
    assert closing_kind(line) == kind


@pytest.mark.parametrize("line", [
    "See also the council's report of 2019.",
    "Thank you for sharing your thoughts on the plan, the mayor told the residents.",
    "He was edited by his sister before the book was published.",
    "First published in 1887, the novel was an instant success.",
    "The previous and the next meetings will be held in Jakarta.",
])
def test_an_author_s_sentence_with_those_words_is_no_kind(line: str) -> None:
    """A sentence that uses the same words is the article's: the patterns want the
    whole line to be the box's."""
    assert closing_kind(line) is None
