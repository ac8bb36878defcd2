"""Boilerplate judged by what a line is made of and by its neighbours (cms_i18n.clean.blocks)."""

from __future__ import annotations

import pytest

from cms_i18n.clean import CleanOptions, apply_plan, clean_document, explain
from cms_i18n.clean.blocks import (
    boilerplate_reason,
    is_name,
    is_prose,
    stopword_density,
    weak_reason,
    words_of,
)
from tests.support.cleaning import cleaned_text, removed_lines

BODY = ("Energy ministers agreed on Friday to commission a joint study of cross-border "
        "power grids, the host ministry said.")
MORE = "The study would be ready within a year, the spokesperson told reporters afterwards."


@pytest.mark.parametrize(("line", "reason"), [
    ("Садыр Жапаров Афганистан Москва Киргизия Бишкек Садыр Жапаров", "tag cloud"),
    ("Putin Xi Modi Erdogan Tokayev Mirziyoyev Japarov Rahmon Lukashenko Pezeshkian",
     "tag cloud"),
    ("Читать на interfax.ru", "link to a site"),
    ("Read on example.org", "link to a site"),
    ("USD 89.52 ▲ EUR 97.10 ▼ CNY 12.31 ▲", "ticker"),
    ("0:00 0:01:12 0:00", "player timestamps"),
])
def test_a_line_made_like_chrome_is_named_for_what_it_is(line: str, reason: str) -> None:
    assert boilerplate_reason(line, "LATIN") == reason
    assert removed_lines(f"Ministers agree on a grid study\n\n{BODY}\n\n{line}\n\n{MORE}\n") == {
        line: reason}


@pytest.mark.parametrize("line", [
    "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed the treaty.",
    "Security Council Extends Mandate of Observer Force by Vote of 15 in Favour",
    "See the ministry's site at example.org for the full text of the agreement.",
    "Abstract: 860",
    "interfax.ru",
    "USD 89.52",
])
def test_a_line_of_the_article_is_not_made_like_chrome(line: str) -> None:
    assert boilerplate_reason(line, "LATIN") is None


@pytest.mark.parametrize("line", [
    "взято с сайта kremlin.ru",
    "Фото: kremlin.ru",
    "Photo courtesy of nasa.gov",
    "Image via wikimedia.org",
])
def test_a_picture_s_credit_naming_a_site_is_no_link(line: str) -> None:
    """A credit line names the site a picture was taken from: it stays, as every credit
    line does, though it is a few words and an address (a "Read at onet.pl" is a link)."""
    assert boilerplate_reason(line, "CYRILLIC") is None
    page = ("Саммит ШОС открылся в Тяньцзине.\n\n"
            f"{line}\n\nПрограмма начнется 1 сентября с приветствия китайского лидера.\n")
    assert clean_document(page, CleanOptions()).text == page
    assert boilerplate_reason("Читать на onet.pl", "CYRILLIC") == "link to a site"


@pytest.mark.parametrize("line", [
    "python hello-world.py",
    "python3 manage.py",
    "perl report.pl",
    "bash install.sh",
    "go run main.go",
])
def test_a_command_line_running_a_source_file_is_no_link(line: str) -> None:
    """A source file's extension may be a country's domain (.py Paraguay, .pl Poland,
    .sh Saint Helena), but after an interpreter's name the line runs a program."""
    assert boilerplate_reason(line, "LATIN") is None
    tutorial = ("Run a Python program\n\nA program is run by giving its file to the "
                f"interpreter:\n\n{line}\n\nwhere the file holds the program's code.\n")
    assert clean_document(tutorial).text == tutorial


FILE_NAMES = ["alfa.txt", "server.log", "notes.csv", "config.yaml", "report.pdf",
              "minutes.docx", "data.json", "feed.xml", "archive.zip", "photo.png",
              "budget.xlsx", "slides.pptx", "scan.jpeg", "logo.svg", "dump.sql",
              "backup.tar", "report.final.pdf", "alfa.txt/"]


@pytest.mark.parametrize("name", FILE_NAMES)
@pytest.mark.parametrize("before", ["", "sort ", "Download ", "Read on ", "cat "])
def test_a_data_files_name_is_no_link(before: str, name: str) -> None:
    """.txt, .log, .csv, .pdf, .docx, .json, .xml, .png … are no domain of any country or
    registry (.zip a new one's, an archive far more often): a line that ends in such a
    name (a tutorial's command on a file, a document to download) names a file, not a
    site."""
    line = before + name
    assert boilerplate_reason(line, "LATIN") is None
    assert weak_reason(line) is None


@pytest.mark.parametrize("site", [
    "example.com", "example.org", "www.gov.uk", "interfax.ru", "news.makedonias.gr",
    "github.io", "example.info", "mir24.tv", "https://example.co.uk/", "tass.com/",
    "onet.pl", "ekathimerini.com",
])
def test_a_sites_address_still_reads_as_a_site(site: str) -> None:
    """A real domain ending is a site, whether the line names it alone (beside other
    widgets) or after a few words ("Read on …")."""
    assert weak_reason(site) == "link to a site"
    assert boilerplate_reason(f"Read on {site}", "LATIN") == "link to a site"


@pytest.mark.parametrize("line", [
    "Read on abc.com.py", "Czytaj na onet.pl", "Read more on example.sh", "python example.com",
])
def test_a_link_to_a_site_with_a_source_files_domain_is_still_a_link(line: str) -> None:
    assert boilerplate_reason(line, "LATIN") == "link to a site"


@pytest.mark.parametrize("line", [
    "Managing Editor Example Publishing Pty Ltd PO Box 4120 Kiama NSW 2533 AUSTRALIA",
    "Press Office Ministry Building Room 214 Main Square Valletta VLT 1210 Malta",
])
def test_a_postal_address_is_no_tag_cloud(line: str) -> None:
    """An address runs capitalised names together as a tag cloud does, but a post box's
    or a postcode's figure stands among them: it is the author's or the office's
    address, which the article keeps (a year among tags, "Summit 2024", is no sign)."""
    assert boilerplate_reason(line, "LATIN") is None
    assert removed_lines(f"Ministers agree on a grid study\n\n{BODY}\n\n{MORE}\n\n"
                         f"Anna Berg\n\n{line}\n") == {}


def test_a_label_and_its_names_set_apart_by_dashes_is_no_tag_cloud() -> None:
    """A golf club's list of a day's helpers, a role and names to a line: the line that
    named a name twice went as a tag cloud, from an author's text."""
    line = "7th Tee Hosts – Clive Watts – Club Captain & Jackie Watts"
    assert boilerplate_reason(line, "LATIN") is None


def test_a_tag_cloud_with_a_year_among_its_tags_still_goes() -> None:
    line = "Putin Xi Modi Erdogan Tokayev Summit 2024 Astana Mirziyoyev Japarov Rahmon"
    assert boilerplate_reason(line, "LATIN") == "tag cloud"


def test_prose_is_told_by_length_and_function_words() -> None:
    assert is_prose(BODY) and is_prose("Он сказал, что встреча пройдёт в Бишкеке в четверг утром.")
    assert not is_prose("Research News and Market Data on VRA")
    assert stopword_density(words_of("the talks in Moscow")) == 0.5
    assert stopword_density(words_of("Садыр Жапаров Бишкек")) == 0.0


def test_a_caption_in_another_script_with_a_wire_credit_goes_one_in_the_page_s_stays() -> None:
    greek = ("Η Ελλάδα χαιρέτισε σήμερα τα νέα μέλη του Συμβουλίου Ασφαλείας, τα οποία "
             "αναλαμβάνουν τα καθήκοντά τους από την πρώτη ημέρα του έτους.")
    more = ("Οι αντιπρόσωποι των νέων μελών παρέλαβαν σήμερα τα έγγραφά τους και θα "
            "συμμετάσχουν στην πρώτη συνεδρίαση του Συμβουλίου την επόμενη εβδομάδα.")
    english = "Delegates arrive for a Security Council meeting, Monday. (AP Photo/Jane Doe)"
    assert removed_lines(f"Τίτλος άρθρου για το Συμβούλιο\n\n{greek}\n{english}\n\n{more}\n") == {
        english: "photo caption in another language"}
    text = f"Council meets on Ukraine\n\n{BODY}\n{english}\n\n{MORE}\n"
    assert clean_document(text).text == text


def test_a_short_line_goes_among_chrome_and_stays_beside_the_article() -> None:
    among = (f"Ministers agree on a grid study\n\n{BODY}\n\nShare\n\nCentral Asia desk\n\n"
             f"Print\n\n{MORE}\n")
    assert removed_lines(among)["Central Asia desk"] == "short line among chrome"
    beside = f"Ministers agree on a grid study\n\n{BODY}\n\nCentral Asia desk\n\n{MORE}\n"
    assert clean_document(beside).text == beside


def test_what_lies_between_two_advertisements_is_the_article() -> None:
    text = (f"Ministers agree on a grid study\n\n{BODY}"
            f"\n\nAdvertisement\n\nWhat comes next\n\nAdvertisement\n\n{MORE}\n")
    assert "What comes next" in clean_document(text).text


def test_a_notice_about_the_site_goes_only_among_chrome() -> None:
    notice = ("Сайт news.example - агрегатор новостей из открытых источников. "
              "Вы можете пожаловаться на новость, если находите её недостоверной.")
    text = (f"Заголовок новости о встрече\n\n{BODY}\n\nЧитать на interfax.ru\n{notice}"
            "\n\nЕщё по этой же теме\n")
    assert removed_lines(text)[notice] == "site notice among chrome"
    alone = f"Заголовок новости о встрече\n\n{BODY}\n\n{notice}\n"
    assert clean_document(alone).text == alone


def test_every_removal_is_explained_and_replays() -> None:
    text = ("USD 89.52 ▲ EUR 97.10 ▼\n\nMinisters agree on a grid study\n\n"
            f"Views: 962\nexample.org\n\n{BODY}\n\n{MORE}\n\nЧитать на example.org\n")
    result = clean_document(text)
    assert result.text == f"Ministers agree on a grid study\n\n{BODY}\n\n{MORE}\n"
    lines = explain(result.fixes)
    assert "line 1: chrome: 'USD 89.52 ▲ EUR 97.10 ▼' → '' (ticker)" in lines
    assert any("'Views: 962' → '' (counter)" in line for line in lines)
    assert apply_plan(text, result.fixes) == result.text


@pytest.mark.parametrize("options", [CleanOptions(format="markdown"),
                                     CleanOptions(chrome="authored")])
def test_authored_text_is_never_judged_this_way(options: CleanOptions) -> None:
    cloud = "Reuters Photo Gallery Index Archive Example Network Feeds Daily Wire"
    text = f"Ministers agree on a grid study\n\n{BODY}\n\n{cloud}\n\n{MORE}\n"
    assert clean_document(text, options).text == text
    assert "tag cloud" in removed_lines(text).values()


def test_a_page_of_short_lines_keeps_its_lines_among_chrome_but_loses_its_ticker() -> None:
    verse = ("Snow on the steppe\nBells on the road\n\nShare\n\nHome at last\n\n"
             "Print\n")
    assert clean_document(verse).text == "Snow on the steppe\nBells on the road\n\nHome at last\n"
    rates = "".join(f"• {code}/USD = 0.0{k}144 0%\n" for k, code in enumerate(["KGS", "KZT"]))
    listing = f"{rates}\nChina\nIndia\nIran\n"
    assert clean_document(listing).text == "China\nIndia\nIran\n"


def test_a_record_s_fields_below_the_article_stay_though_a_table_above_has_them() -> None:
    text = ("Name:    CSTO\nType:    Military alliance\nFounded:    1992\n\n"
            "The members of the Security Council condemned the attack in the strongest terms. "
            " They expressed their condolences to the families of the victims.\n\n"
            "Type:    Military alliance\nFounded:    1992\n")
    assert clean_document(text).text == text



def test_a_row_of_subscript_or_superscript_figures_is_no_calendar() -> None:
    """"₁ ₂ ₃" are digits to Python but no numbers: judged like any line, never a crash
    (which would leave the whole page uncleaned)."""
    assert weak_reason("₁ ₂ ₃") is None
    assert weak_reason("¹ ² ³ ⁴") is None
    assert weak_reason("7 8 9 10 11 12 13") is not None


# A poem above a blog's long notice: stanzas of short lines, most ending a clause.
POEM_ABOVE_NOTICE = """Η Αγνώριστη

Ποιά είναι τούτη
Που κατεβαίνει
Ασπροντυμένη
Οχ το βουνό;

Τώρα που τούτη
Η κόρη φαίνεται,
Το χόρτο γένεται
Άνθι απαλό·

Και ευθύς ανοίγει
Τα ωραία του κάλλα
Και το κεφάλι
Συχνοκουνεί

""" + ("Σκοπός μας είναι η δημιουργία μιας ανθολογίας ποιημάτων από το σύνολο των ποιητών, "
       "καθώς και κειμένων που έχουν κεντρίσει το ενδιαφέρον μας, και όσοι επιθυμούν "
       "μπορούν να μας γράψουν.\n")


# --- a ticker printed one quote a line -----------------------------------------------------

TICKER_A_QUOTE_A_LINE = """\
Exchange rates for 14/03/2025
$1 – 12950.10
KZT – +0.21%
€1 – 14102.77
KZT – -0.08%
Search
Parliament approves the budget for the coming year
Almaty (Agency) -- The lower house of parliament approved the draft budget for the coming \
year after a second reading on Thursday, the press service of the chamber said.

The budget keeps spending on schools and hospitals at this year's level.
"""


def test_a_ticker_printed_one_quote_a_line_goes_with_its_dated_label() -> None:
    removed = removed_lines(TICKER_A_QUOTE_A_LINE)
    assert {line: removed.get(line) for line in (
        "Exchange rates for 14/03/2025", "$1 – 12950.10", "KZT – +0.21%", "€1 – 14102.77",
        "KZT – -0.08%")} == dict.fromkeys((
            "Exchange rates for 14/03/2025", "$1 – 12950.10", "KZT – +0.21%", "€1 – 14102.77",
            "KZT – -0.08%"), "ticker")
    assert "Parliament approves the budget for the coming year" not in removed


def test_two_prices_in_a_row_are_no_ticker() -> None:
    text = """\
The fares for the new line were set on Monday.

$1 – 2.50
€1 – 2.30

Children under six travel free, the city council said in a statement on its website.
"""
    assert "$1 – 2.50" not in removed_lines(text)


def test_stanzas_above_the_first_paragraph_are_verse_not_menus() -> None:
    # Each stanza is four short lines between blanks, the shape of a menu; as a
    # whole they are verse, and even the stanza with no mark at a line's end stays.
    assert "menu" not in removed_lines(POEM_ABOVE_NOTICE).values()
    assert clean_document(POEM_ABOVE_NOTICE).text == POEM_ABOVE_NOTICE


def test_a_menu_above_the_article_still_goes_beside_a_stanza_like_block() -> None:
    page = ("Live broadcast\nMain slide\nPolitics\nEconomy\n\n"
            "Ministers meet in Tashkent\n\n" + BODY + " " + MORE + "\n")
    assert set(removed_lines(page).values()) == {"menu"}
    assert clean_document(page).text == "Ministers meet in Tashkent\n\n" + BODY + " " + MORE + "\n"


@pytest.mark.parametrize("line", ["Петрова А.С.", "Smith J.R.", "J.R. Smith", "Иванов И. И."])
def test_a_name_with_its_initials_run_together_is_a_name(line: str) -> None:
    assert is_name(line)


@pytest.mark.parametrize("line", ["Ministry of Health", "U.S.A. Today News Desk Daily"])
def test_an_office_or_a_long_title_is_no_name(line: str) -> None:
    assert not is_name(line)


def test_a_title_case_headline_under_the_outlets_name_stays_and_a_link_under_it_goes() -> None:
    body = ("The foreign ministers of the member states met on Tuesday in Astana to review "
            "the work of the council and agreed on a plan for the coming year.")
    more = ("The next meeting will be held in Bishkek in the spring, according to a "
            "statement the ministry published after the talks.")
    page = ("Ministry of Foreign Affairs of the Republic\n"
            "Ministers Review Security Council Updates\n\n"
            f"{body}\n\n{more}\n")
    assert clean_document(page).text == page
    linked = page.replace("Updates\n\n", "Updates\nView All Press Releases\n\n")
    removed = removed_lines(linked)
    assert removed["View All Press Releases"] == "link under the headline"
    assert "Ministers Review Security Council Updates" not in removed
    assert "Ministers Review Security Council Updates\n\n" in clean_document(linked).text


def test_a_long_sentence_cut_off_under_a_repeated_caption_stays() -> None:
    # https://klearchosguidetothegalaxy.blogspot.com/ (a post on the fortress of
    # Belogradchik, whose last sentence the page was cut in)
    text = ("The Fortress of Belogradchik\n\n"
            "Άρχισε να κατασκευάζεται από τους Ρωμαίους τον πρώτο αιώνα μ.Χ. ως μικρό οχυρό. "
            "Ο κατασκευαστής εκμεταλεύτηκε τα πλεονεκτήματα του ελλιπτικής μορφής δύσβατου "
            "επιπέδου που σχημάτιζαν οι βράχοι.\n\n"
            "The Fortress of Belogradchik\n\n"
            "Στις αρχαιολογικές ανασκαφές έχουν βρεθεί νομίσματα της περιόδου των Τίτου "
            "Φλάβιου Βεσπασιανού (39-81μ.Χ.), Τραϊανού (53-117), Σέπτιμου Σέβηρου (145-211), "
            "Γορδι\n")
    assert cleaned_text(text).endswith("Σέπτιμου Σέβηρου (145-211), Γορδι\n")


def test_a_listing_s_field_under_its_last_record_stays_like_the_others() -> None:
    # https://www.newswise.com/ (an institution's list of news releases)
    record = ("Released: {}-Aug-2019 {}:05 PM EDT\n{}\nOhio State University\n\n{}\n\n")
    text = "".join(record.format(day, hour, title, lead) for day, hour, title, lead in [
        (8, 12, "Analysis shows large decline in criminal sentencing race gap",
         "Racial and ethnic gaps in criminal sentences have declined, in some cases "
         "significantly, since the mid-1990s, a new analysis of state data suggests."),
        (9, 4, "Low-Income, Black Neighborhoods Still Hit Hard by Air Pollution",
         "Disease-causing air pollution remains high in pockets of America, a disparity "
         "highlighted in research presented at the annual meeting in New York."),
        (8, 2, "How technology shapes mass murder",
         "In the wake of the mass shootings this week, Roth said his research suggests "
         "that the government needs to regulate the most deadly guns")])
    text += ("Released: 8-Aug-2019 8:05 AM EDT\n"
             "Electromagnetic fields may hinder spread of breast cancer cells\n"
             "Ohio State University\n")
    assert cleaned_text(text).endswith("breast cancer cells\nOhio State University\n")


def test_a_reviews_box_of_facts_about_the_book_stays() -> None:
    """"Pages: 338" reads as a widget's counter; under a book's title, beside "Genre:
    Fiction", it is the reviewer's fact, and so are the lines beside it."""
    text = ("Sharp Objects: Gillian Flynn\nGenre: Thriller\nPublished: 2006\nPages: 254\n\n"
            "Camille is sent home by her editor to cover two murders in the small town she "
            "escaped years ago.\n")
    assert clean_document(text).text == text


def test_a_widgets_counters_still_go() -> None:
    text = ("The council met on Tuesday to discuss the new budget for the town's schools and "
            "its roads.\n\nViews: 120\nComments: 4\nShares: 3\n")
    assert "Views: 120" not in clean_document(text).text
