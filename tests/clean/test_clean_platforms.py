"""Furniture every site of a platform or a kind prints, in the languages of its pages: a
wiki's tagline and footer in Greek, a phpBB 2 board's topic page in Greek, a business daily's
call under each story, a magazine's word on its owner, a text-size switch, an upload's name,
a typo-report box, a community site's footer, a related list of cut teasers; a blog theme's
date badge, a picture's credit under the headline and a headline printed twice around its
segment label, which are the article's.  The article stays whole."""

from __future__ import annotations

import pytest

from tests.support.cleaning import cleaned_text, removed_lines

GREEK_ARTICLE = (
    "Η σημασία των δικαιωμάτων\n\n"
    "Το UNIX είναι ένα λειτουργικό σύστημα που σχεδιάστηκε σε μία εποχή που δεν υπήρχαν "
    "προσωπικοί υπολογιστές, αλλά μόνο κεντρικοί υπολογιστές που χρησιμοποιούσαν πολλοί.\n\n"
    "Η βασική ιδέα του συστήματος αυτού είναι ότι κάθε χρήστης έχει τα ελάχιστα δυνατά "
    "δικαιώματα και τίποτα περισσότερο.\n")


def test_a_greek_wiki_page_loses_its_tagline_edit_links_and_footer() -> None:
    text = ("Από Βικιβιβλία\n\n" + GREEK_ARTICLE.replace(
        "δικαιωμάτων\n", "δικαιωμάτων\n\n[επεξεργασία]\n") + "\n"
        "Ανακτήθηκε από «https://el.wikibooks.org/w/index.php?title=Linux&oldid=212345»\n"
        "Κατηγορία: Linux για αρχάριους\n"
        "Τελευταία επεξεργασία της σελίδας έγινε στις 14 Μαρτίου 2021, στις 09:12.\n")
    assert cleaned_text(text) == GREEK_ARTICLE


POEM = ("ωραίο θέμα ... ελεύθερο topic για να γράφουμε ότι θέλουμε ...\n"
        "εγώ λοιπόν θα σας γράψω αυτό:\n"
        "Πολλά γιατί στην πόρτα μου απλώθηκαν\n"
        "κι αναρωτιέμαι τι να ξημερώνει\n"
        "σε ποιό κελί τα όνειρα κλειδώθηκαν\n"
        "που η ανατολή με αγέρα τα παγώνει.\n")


def test_a_greek_phpbb_topic_page_keeps_the_post_alone() -> None:
    text = ("Music Heaven :: Προβολή θέματος - ελεύθερο θέμα\n"
            "Επισκόπηση προηγούμενου θέματος :: Επισκόπηση επόμενου θέματος\n"
            "Συγγραφέας Μήνυμα\n\n" + POEM + "\n"
            "Επιστροφή στην κορυφή\n"
            "Προβολή προφίλ χρήστη Αποστολή προσωπικού μηνύματος\n"
            "Όλες οι ώρες είναι GMT + 2 Ώρες\n")
    assert cleaned_text(text) == POEM


STORY = ("Leaders meet in Samarkand for the summit\n\n"
         "The summit will focus on terrorism, radicalism and the impact of unilateral "
         "sanctions on the global economy, food security and connectivity links.\n\n"
         "Officials said the leaders would also discuss trade routes through Central Asia "
         "and the region's energy projects over the two days of talks.\n")


@pytest.mark.parametrize("line", [
    "(Catch all the Business News, Breaking News, Budget 2024 Events and Latest News "
    "Updates on The Economic Times.)",
    "Download The Economic Times News App to get Daily Market Updates & Live Business News.",
    "Ideal Home is part of Future plc, an international media group and leading digital "
    "publisher.",
])
def test_a_publishers_line_under_the_story_goes(line: str) -> None:
    assert cleaned_text(STORY + "\n" + line + "\n") == STORY


def test_a_story_sentence_on_catching_all_stays() -> None:
    text = STORY + "\nFishermen hope to catch all the salmon on the river before the ban.\n"
    assert cleaned_text(text) == text


def test_a_russian_reading_time_line_goes() -> None:
    body = ("Да здравствует доктор!\n\nВрачи районной больницы приняли за год больше "
            "пациентов, чем за два предыдущих года вместе, сообщили в администрации.\n")
    assert cleaned_text("Примерное время чтения: 2 минуты\n\n" + body) == body


def test_a_blog_themes_date_badge_over_the_post_stays() -> None:
    body = ("Friday\nSep152017\n\nTell your MP we're #fansnotnumbers\n\n"
            "The Supporters' Trust strongly supports the campaign launched earlier this "
            "month, and asks every member to write to their MP about the ticket prices.\n")
    assert cleaned_text("SEARCH\nTwitter\n" + body) == body


def test_a_headline_printed_twice_around_its_segment_label_is_printed_once() -> None:
    body = ("Give If You Can\n\n"
            "Every year, charities all over the world help to save and improve people's "
            "lives, fighting disease, protecting children, and giving hope to many.\n\n"
            "In 2012 the United Nations decided to nominate an annual International Day "
            "of Charity as an official day of recognition and celebration.\n")
    text = "Give If You Can\n\nToday's The Day\n\n" + body
    assert cleaned_text(text) == body
    assert removed_lines(text)["Today's The Day"] == "label between two copies of the headline"


PRESS = ("Minister meets with Ambassadors of the Republic\n\n"
         "The Minister of Foreign Affairs met today with the ambassadors to discuss the "
         "country's priorities for the coming year and the new consular services.\n\n"
         "The ambassadors informed the Minister about the activities of their missions and "
         "the situation in the countries where they serve.\n")


def test_a_text_size_switch_in_the_lead_goes() -> None:
    # set as a "+" item under a headline, it completes no sentence of the author's
    text = PRESS.replace("Republic\n", "Republic\n+ larger fontnormal font- Smaller font\n")
    assert cleaned_text(text) == PRESS


def test_a_list_an_authors_sentence_introduces_stays() -> None:
    text = ("Some good hosted repositories are\n\n* Github : http://www.github.com\n"
            "* Bitbucket: http://www.bitbucket.org\n\nPick one and push your code there "
            "before the workshop starts on Monday morning.\n")
    assert cleaned_text(text) == text


def test_a_photo_credit_under_the_headline_stays_and_the_upload_name_goes() -> None:
    body = ("Cambodia: Quash Convictions of the Five\n\nJune 22, 2022\n© 2018 ADHOC\n\n"
            "The Cambodian authorities should quash the baseless criminal convictions of four "
            "members and one former member of the association, the group said on Wednesday.\n")
    text = body.replace("2022\n©", "2022\n201808asia_cambodia_adhoc\n©")
    assert cleaned_text(text) == body


def test_a_site_footer_copyright_under_the_article_goes() -> None:
    assert cleaned_text(STORY + "\n© 2018 Daily Herald\n") == STORY


@pytest.mark.parametrize("end", [
    "Сообщить об опечатке\nТекст, который будет отправлен нашим редакторам:",
    "TarvinOnline is powered by our active community.\nPlease send us your news and views.",
])
def test_a_small_sites_closing_widgets_go(end: str) -> None:
    assert cleaned_text(STORY + "\n" + end + "\n") == STORY


def test_a_related_list_of_cut_teasers_goes_to_the_end() -> None:
    body = ("Από το υπουργείο Παιδείας ανακοινώνονται τα σχετικά με τη λειτουργία των σχολείων "
            "κατά τις εκλογές, σύμφωνα με την εγκύκλιο που εστάλη σήμερα στις διευθύνσεις.\n")
    related = ("Σχετικά Νέα\n"
               "Χαρδαλιάς: Το μήνυμα του Πάσχα είναι η χαρά, η ελπίδα, η αναγέννηση\n"
               "Το μήνυμα του Πάσχα, της κορυφαίας γιορτής της Χριστιανοσύνης, είναι η χαρά,.\n"
               "Σύσταση Ειδικής Ομάδας Εργασίας από τον Δήμο Αθηναίων για την Πλάκα\n"
               "Στη σύσταση Ειδικής Ομάδας Εργασίας για την προστασία του κέντρου της.\n"
               "Δήμος Αθηναίων: Αναβαθμίζονται έξι παιδικές χαρές\n"
               "Στο Αναπτυξιακό Πρόγραμμα εντάσσεται η χρηματοδότηση της αναβάθμισης και.\n"
               "Περιφέρ\n")
    assert cleaned_text(body + related) == body


def test_a_topic_label_between_two_copies_of_the_headline_goes_with_the_first_copy() -> None:
    body = ("Security Council extends African mission in Somalia\n\n"
            "The Security Council today voted unanimously to extend the African Union-led "
            "mission in Somalia by six months and to plan for a possible UN force.\n\n"
            "The mission was created by the Council this February and is tasked with "
            "supporting dialogue and reconciliation in the country.\n")
    text = ("Security Council extends African mission in Somalia\n\nSecurity Council\n\n"
            + body)
    assert cleaned_text(text) == body


def test_a_posters_name_between_two_copies_of_a_thread_title_stays() -> None:
    text = ("SCO security council secretaries meeting in China\n\nLankan Ranger\n\n"
            "SCO security council secretaries meeting in China\n\n"
            "The seventh session of the secretaries of the security councils is to be held "
            "in China next week, the organisation said on its website on Monday.\n")
    assert "Lankan Ranger" in cleaned_text(text)


def test_a_greek_wiki_pages_title_over_its_tagline_stays() -> None:
    body = "Βικιπαίδεια:Επαληθευσιμότητα\n\n" + GREEK_ARTICLE.split("\n\n", 1)[1]
    text = ("Μετάβαση στο περιεχόμενο\nΚύριο μενού\nΑναζήτηση\nΒικιπαίδεια:Επαληθευσιμότητα\n\n"
            "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια\n\n"
            + GREEK_ARTICLE.split("\n\n", 1)[1])
    assert cleaned_text(text) == body


@pytest.mark.parametrize("signature", ["Chris Phillips", "David and Cassie"])
def test_a_posts_signature_over_the_comment_form_stays(signature: str) -> None:
    body = ("Christmas Fayre\n\nThe Institute's Christmas Fayre raised more than four hundred "
            "pounds for the village hall, thanks to everyone who baked and sold.\n\n"
            f"Finally I would like to wish everyone a very Happy New Year.\n\n{signature}\n")
    text = body + "\n\n\nLeave a Reply\nYou are commenting using your WordPress.com account.\n"
    assert cleaned_text(text) == body


def test_the_days_date_over_a_story_dated_otherwise_goes() -> None:
    body = ("Оперативное совещание\n30.05.2011 15:21\n30.05.2011 в администрации района "
            "состоялось очередное оперативное совещание, которое провёл глава района.\n")
    assert cleaned_text("Пятница, 26 Апреля 2024\n\n" + body) == body


def test_a_blogs_date_header_over_its_post_stays() -> None:
    text = ("Saturday, March 8, 2005\n\nNets win the derby\n\n"
            "The second eleven won the derby on Saturday by four wickets, with the last "
            "pair at the crease, on March 5 at the club's ground.\n")
    assert cleaned_text(text) == text


def test_a_russian_forum_posters_card_goes() -> None:
    post = ("Населенные пункты и храмы Ополья\n\n"
            "Село Шихобалово расположено в шести километрах от города, на берегу речки; "
            "каменная церковь построена в 1802 году на средства прихожан.\n")
    card = ("#1 Пользователь офлайн   Сергей Хламов\n\n  • Группа: nasheopolie\n"
            "  • Сообщений: 2 149\n  • Регистрация: 13 октября 10\n\n")
    text = post.replace("\n\n", "\n\n" + card, 1)
    assert "Сообщений" not in cleaned_text(text) and "Группа" not in cleaned_text(text)
    assert "Село Шихобалово" in cleaned_text(text)


@pytest.mark.parametrize("line", ["Archives August 2024",
                                  "Print publication without navigation"])
def test_an_archive_heading_or_a_print_link_over_the_story_goes(line: str) -> None:
    assert cleaned_text(line + "\n\n" + STORY) == STORY


def test_a_releases_for_immediate_release_stays() -> None:
    body = ("For Immediate Release\n\nUN Security Council Must Create Emergency Plan for Darfur\n\n"
            "Cambridge, Mass - 03/31/2009\n\nThe group called on the Security Council to "
            "create an emergency humanitarian plan for Darfur, where aid agencies were expelled.\n")
    assert cleaned_text("Skip to Main Content\nHome > Press > Press Releases\n\n" + body) == body


def test_a_greek_vbulletin_threads_pager_and_post_card_go() -> None:
    post = ("Σε ευχαριστώ πολύ Χάρη! Η περίπτωση της διώροφης οικοδομής είναι πιο απλή "
            "από όσο νόμιζα.")
    text = ("Σελίδα 3 από 3 ΠρώτηΠρώτη 123\nΑποτελέσματα: 41 έως 51 από σύνολο 51\n"
            "  1. (επάνω) - Ανάρτηση #41\n    Το μέλος Ellital δεν έχει Αβατάριο\n\n"
            "    Αναρτ.\n    22\n    Εύσημα\n\n    έδωσε\n    3\n    έλαβε\n    0\n\n"
            f"    {post}\n")
    out = cleaned_text(text)
    assert post in out
    for gone in ("Σελίδα 3", "Αποτελέσματα", "Ανάρτηση #41", "Αβατάριο", "Εύσημα", "έλαβε"):
        assert gone not in out, gone


RU_STORY = ("Министерство предупреждает о ложной информации\n\n"
            "В сети распространяется сообщение о выплатах, которое не соответствует "
            "действительности, сообщили в министерстве социальной защиты области.\n")


@pytest.mark.parametrize("banner", [
    "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия",
    "Сайт использует файлы cookies. Продолжая использование сайта, вы даете согласие на "
    "обработку файлов cookies и соглашаетесь с политикой в отношении обработки и защиты "
    "персональных данных, которую можно прочитать на странице политики конфиденциальности "
    "сайта министерства социальной защиты населения области",
])
def test_a_russian_cookie_notice_goes_at_either_end(banner: str) -> None:
    assert cleaned_text(banner + "\n\n" + RU_STORY) == RU_STORY
    assert cleaned_text(RU_STORY + banner + "\n") == RU_STORY


@pytest.mark.parametrize("end", [
    "media release thumbnail\n\nDownload document\n\nSupport the IPA\n\nIf you liked what you "
    "read, consider supporting the IPA. We are entirely funded by individual supporters.",
    "Оставить сообщение:",
    "Posted by: Nicole@example.com AT 10:27 am   |  Permalink   |  Email",
    "Posted on",
    "Предложить новость",
])
def test_a_releases_closing_calls_go(end: str) -> None:
    story = RU_STORY if "а" <= end[:1].lower() <= "я" else STORY     # a Russian call
    assert cleaned_text(story + "\n" + end + "\n") == story


def test_a_featured_images_alt_text_under_the_title_goes() -> None:
    text = STORY.replace("summit\n\n", "summit\n\nLeaders meet in Samarkand for the summit - "
                                       "Featured image\n\n", 1)
    assert cleaned_text(text) == STORY


def test_a_greek_reading_time_under_a_minute_goes() -> None:
    assert cleaned_text("Χρόνος Ανάγνωσης: < 1 Λεπτό\n\n" + GREEK_ARTICLE) == GREEK_ARTICLE


def test_a_line_of_bars_is_a_separator_not_code() -> None:
    assert cleaned_text(GREEK_ARTICLE.replace("\n\n", "\n\n||\n\n", 1)) == GREEK_ARTICLE


def test_a_drupal_search_block_and_a_genre_label_over_the_release_go() -> None:
    body = ("Under threat, aid work more critical than ever\n\n"
            "World Humanitarian Day is an annual tribute to the tens of thousands of brave "
            "men and women who have dedicated their lives to helping people in crisis.\n")
    assert cleaned_text("Search form\n\nPress Release\n\n" + body) == body


def test_a_couples_signature_over_the_comment_form_stays() -> None:
    body = ("A Thank You\n\nThank you to all our loyal customers for your kindness and support "
            "over the years; we really do appreciate every one of you.\n\nTrudy & Josh\n")
    assert cleaned_text(body + "\nLeave a Reply\n\nYour email address will not be published.\n"
                        ) == body


def test_a_sections_tabs_run_into_one_line_go_and_the_heading_stays() -> None:
    body = ("Policy Briefs and Reports\n\nThe institute publishes policy briefs and reports on "
            "cooperative security, arms control and disarmament, written by its fellows.\n")
    assert cleaned_text("Policy Briefs and Reports Books Journals\n\n" + body) == body


@pytest.mark.parametrize("line", ["Follow by Email",
                                  "Comments are no longer available on this story"])
def test_a_platforms_follow_box_and_closed_comments_note_go(line: str) -> None:
    assert cleaned_text(STORY + "\n" + line + "\n") == STORY


@pytest.mark.parametrize("line", [
    'Follow by Email: add your email and click "submit." Your email remains confidential.',
    "Explore more publications!"])
def test_a_follow_box_with_its_instructions_and_a_distributor_s_call_go_above_a_story(
        line: str) -> None:
    # (above the story, where a scraper of a blog or of a press-release feed puts them)
    assert cleaned_text(line + "\n\n" + STORY) == STORY


@pytest.mark.parametrize("line", ["Комментарии отключены - материал старше 3 дней",
                                  "Μοιραστείτε με τους φίλους σας",
                                  "(Visited 107 times, 1 visits today)"])
def test_a_closed_comments_reason_a_greek_share_call_and_a_view_counter_go(line: str) -> None:
    assert cleaned_text(STORY + "\n" + line + "\n") == STORY
