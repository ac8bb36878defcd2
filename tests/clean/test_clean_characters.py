"""Repairs inside a line: what they change, and the genuine text they must leave alone.

The case files show whole texts; these tests state the rules one by one, and
check them over generated text too: Greek and Russian running text with Latin
acronyms among its words is never changed, whatever the words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cms_i18n.clean import CleanOptions, clean_document, clean_unit
from cms_i18n.clean.homoglyphs import fix_homoglyphs
from cms_i18n.clean.structure import aligned_lines
from cms_i18n.clean.typography import fix_quotes, fix_whitespace

#: A text known to come from a scraped page: the repairs that wait for evidence are made.
SCRAPED = CleanOptions(scraped=True)
_MIXED_GREEK_RE = re.compile(r"[A-Za-z][\u0370-\u03ff]|[\u0370-\u03ff][A-Za-z]")


def _cleaned(text: str) -> str:
    return clean_document(text + "\n").text.removesuffix("\n")


# --------------------------------------------------------------------------
# Look-alike letters: a letter's script is its word's, a word's is its running text's

@pytest.mark.parametrize("text", [
    "Ο SCO εστιάζει στην ενίσχυση της εμπιστοσύνης.",
    "Η ΕΕ, ο NATO και η UNESCO χαιρέτισαν τη συμφωνία.",
    "Ο CSTO συνεδρίασε· Ο OSCE απάντησε.",
    "В NATO заявили, что К 2030 году О SCO говорить рано.",
    "Στο πείραμα ΔT = 5 K και R = 2 MΩ.",
    "Пусть x и y — числа, a точка A лежит на прямой.",
])
def test_a_letter_beside_an_acronym_keeps_its_script(text: str) -> None:
    assert fix_homoglyphs(text) == []
    assert _cleaned(text) == text


def test_latin_capitals_inside_greek_words_become_greek() -> None:
    text = ("Σαν βγεις στον πηγαιμό για την Iθάκη. Tους Kύκλωπας μη φοβάσαι. "
            "Nα εύχεσαι. Aλλά μη βιάζεις το ταξίδι διόλου. K")
    result = clean_unit(text)
    assert not _MIXED_GREEK_RE.search(result.text)
    assert result.text.endswith("διόλου. Κ")       # the lone capital, on this evidence
    notes = {fix.note for fix in result.fixes}
    assert notes == {"Latin letter in a Greek word", "lone Latin letter in Greek text"}


def test_a_lone_latin_letter_in_greek_text_needs_evidence() -> None:
    # Without Latin letters inside Greek words, "B" is a label, "x" a variable.
    assert _cleaned("Το σχέδιο B και η μεταβλητή x μένουν.") == (
        "Το σχέδιο B και η μεταβλητή x μένουν.")


def test_a_latin_a_ending_a_greek_word_becomes_alpha() -> None:
    assert _cleaned("σταμάτησαν τα κακόβουλα σχέδιa του.") == "σταμάτησαν τα κακόβουλα σχέδια του."


@pytest.mark.parametrize("text", [
    "Το μήκος του κύκλου είναι 2πa και το εμβαδόν πa².",
    "Η γωνία αb μετράται σε μοίρες.",
    "Ο όρος a στην εξίσωση είναι σταθερός, και το σχέδιa του μένει.",
])
def test_a_latin_a_beside_greek_symbols_stays(text: str) -> None:
    if "σχέδιa" in text:   # the word is repaired; the lone variable a is not
        assert _cleaned(text) == text.replace("σχέδιa", "σχέδια")
    else:
        assert _cleaned(text) == text


def test_latin_letters_in_russian_words_and_beside_them() -> None:
    assert _cleaned("Bстреча Пyтина c лидерами ОДКБ.") == "Встреча Путина с лидерами ОДКБ."


@pytest.mark.parametrize("text", [
    "15:08 30.08.2025 В Chinadaily опубликована статья о сотрудничестве.",
    "Статью перепечатали О Reuters и С Bloomberg, сообщает агентство.",
    "Он спросил: А Reuters знает об этом?",
])
def test_a_one_letter_word_in_a_russian_sentence_is_russian_before_a_latin_name(
        text: str) -> None:
    assert fix_homoglyphs(text) == []
    assert _cleaned(text) == text


def test_english_words_are_still_repaired() -> None:
    assert _cleaned("А spokesman of Тhe agency ТАСС met а delegate.") == (
        "A spokesman of The agency ТАСС met a delegate.")


def test_a_soft_sign_for_b_an_acronym_of_foreign_look_alikes_and_a_model_letter_are_repaired(
        ) -> None:
    assert _cleaned("Ьut the СЅТО and ЅСО met after World War ІІ; the Т-90 was shown.") == (
        "but the CSTO and SCO met after World War II; the T-90 was shown.")


@pytest.mark.parametrize("text", [
    "The СОР summit ended, ТАСС said.",              # Russian letters alone: a Russian word
    "Танки Т-90 и Т-72 прошли парадом.",              # a Russian model letter in Russian
    "The Serbian word ја means I.",                   # two small letters: may be a word
    "Македонски: ЅИД и ЅВЕЗДА.",                       # a Macedonian line
    "Объявление опубликовано.",                        # ъ, ь stay in Russian words
])
def test_look_alikes_that_may_be_genuine_cyrillic_stay(text: str) -> None:
    assert _cleaned(text) == text


_GREEK_WORDS = ["ο", "η", "το", "της", "συνεργασίας", "οργανισμός", "Πούτιν", "Σανγκάης",
                "Ιθάκη", "μακρύς", "δρόμος", "είναι", "Ο", "Η", "Το", "και", "στην"]
_RUSSIAN_WORDS = ["в", "с", "к", "о", "у", "а", "и", "В", "С", "К", "О", "Москве", "заявили",
                  "организации", "договора", "безопасности", "Путин", "ТАСС", "ОДКБ"]
_ACRONYMS = ["SCO", "NATO", "CSTO", "OSCE", "UN", "EU", "COVID-19", "BRICS", "IMF", "A", "B"]
_LATIN_NAMES = ["Chinadaily", "Reuters", "Bloomberg", "Euronews", "Xinhua"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([_GREEK_WORDS, _RUSSIAN_WORDS]).flatmap(
    lambda words: st.lists(st.sampled_from(words + _ACRONYMS), min_size=1, max_size=14)))
def test_running_text_with_acronyms_never_changes(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert _cleaned(text) == text


_RUSSIAN_LONG = [w for w in _RUSSIAN_WORDS if len(w) >= 2 and not w.isupper()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LATIN_NAMES), st.sampled_from(_RUSSIAN_LONG)),
                min_size=1, max_size=4).flatmap(
    lambda pairs: st.permutations([w for pair in pairs for w in pair] + ["В", "С", "К", "О", "а"])))
def test_a_russian_sentence_with_latin_names_never_changes(words: list[str]) -> None:
    # As many Russian words as Latin names: the one-letter words are Russian ones.
    text = " ".join(words) + "."
    assert _cleaned(text) == text


# --------------------------------------------------------------------------
# Whitespace: only what cannot be the author's

@pytest.mark.parametrize("line", [
    "      Был один мальчик. И он очень любил есть цыплят.",    # a book's paragraph indent
    "\tA quotation set in.",
    "The attack was condemned.  This crime shows the brutality of ISIL.",
    "Type:    Military alliance",
    "# Strategy:  Iterate over a copy",
    "for all , if and if .",
    "Heads of State   Country",                                  # a capital after: a column
])
def test_whitespace_an_author_typed_stays(line: str) -> None:
    assert fix_whitespace(line) == []


def test_a_gap_before_a_capitalised_word_inside_a_sentence_goes() -> None:
    # https://lispolydrosou.blogspot.com/ (a school's page on the Macedonian Struggle): the
    # gap before a name in a long sentence is a dropped element's, as before a lower-case word
    line = ("Πολλοί  Έλληνες, στρατιωτικοί αλλά και απλοί άνθρωποι, έχασαν τη ζωή τους "
            "στις μάχες αυτές.")
    assert [(fix.before, fix.note) for fix in fix_whitespace(line)] == [
        ("  ", "gap between words")]


def test_every_gap_between_words_of_a_flattened_justified_heading_goes() -> None:
    # A university's call for nominations (a dev set): a heading set justified came out with
    # two blanks between its last words; "in  Research" closed with the rest, where a short
    # line with one such gap after "in" may be a menu's ("Log in  Home").
    line = ("Academic Affairs’ Award for Impact Accomplishment  of  the  Year  in  Research, "
            "Scholarly & Creative Activity")
    cleaned = clean_document(f"Research awards\n\n{line}\n\nCreated in 2008 to honor "
                             "research.\n", SCRAPED).text
    assert ("\nAcademic Affairs’ Award for Impact Accomplishment of the Year in Research, "
            "Scholarly & Creative Activity\n") in cleaned
    assert fix_whitespace("Log in  Home") == []
    # a stray space opening a menu's line is no gap of a justified layout's: one gap closed
    # beside it leaves "Log in  Home" as it is
    assert [fix.column for fix in fix_whitespace(" Sign  up or Log in  Home")] == [0, 5]


def test_a_gap_after_a_clause_s_comma_goes_not_after_a_dateline_s() -> None:
    # A school's news page (a dev set): the quotation mark a scraper dropped left two
    # spaces after "she added,"; a news agency's dateline keeps what it printed.
    line = ("This is the second time that Cathy Allen has accompanied a group and she added,  "
            "These forums give the students exposure to a variety of cultural attitudes.")
    assert [(fix.before, fix.note) for fix in fix_whitespace(line)] == [
        ("  ", "gap between words")]
    assert fix_whitespace("Islamabad,  Oct 16 (DNA) :We stand at a pivotal moment.") == []


def test_a_stray_space_opening_a_sentence_goes_in_a_text_with_verse_like_lines() -> None:
    # A beekeepers' club's newsletter (a dev set): an indented list of honey classes reads
    # as verse, which kept every line's spacing; a sentence of prose set in by one space
    # is no poet's line.
    text = ("Classes:\n\n           Light\n           Medium Amber\n           Dark Amber\n\n"
            " Everyone will be invited to taste the honey after judging has taken place.\n")
    cleaned = clean_document(text, SCRAPED).text
    assert "\nEveryone will be invited" in cleaned
    assert "           Medium Amber\n" in cleaned


def test_gaps_between_words_trailing_blanks_and_a_stray_margin_go() -> None:
    line = " The  meeting,   set for May 27 to 29,\twill coincide.   "
    fixes = fix_whitespace(line)
    assert {(fix.before, fix.note) for fix in fixes} == {
        (" ", "a stray space opening the line"), ("  ", "gap between words"),
        ("   ", "gap between words"), ("\t", "gap between words"), ("   ", "trailing")}
    assert _cleaned(line) == "The meeting, set for May 27 to 29, will coincide."


@pytest.mark.parametrize(("line", "wanted"), [
    ("to be held in Samarkand on 15-16 days of  September.",
     "to be held in Samarkand on 15-16 days of September."),
    ("the summit of the  Shanghai Cooperation Organisation", "the summit of the Shanghai "
     "Cooperation Organisation"),
    ("саммит глав государств в  Самарканде", "саммит глав государств в Самарканде"),
    ("η σύνοδος της  Σαμαρκάνδης", "η σύνοδος της Σαμαρκάνδης"),
    ("le sommet de  Samarcande", "le sommet de Samarcande"),
])
def test_a_gap_after_a_word_no_sentence_ends_with_goes_before_a_capital(
        line: str, wanted: str) -> None:
    assert clean_document(line + "\n", SCRAPED).text == wanted + "\n"


@pytest.mark.parametrize(("line", "wanted"), [
    # a Russian review of a book series: the gap a dropped link left before a publisher's name
    ("издан в издательстве  «Настя» (издатель Анастасия Яровая)",
     "издан в издательстве «Настя» (издатель Анастасия Яровая)"),
    # a Russian forum's rules: a gap before a spaced dash the sentence goes on after
    ("Администраторы  - следят за всем, что происходит на форуме.",
     "Администраторы - следят за всем, что происходит на форуме."),
    ("Модераторы  — наблюдают за порядком в определённых разделах.",
     "Модераторы — наблюдают за порядком в определённых разделах."),
    # a Greek report on the UN Security Council: a gap before a bracket in a long sentence
    ("Το Συμβούλιο Ασφαλείας του ΟΗΕ ανανέωσε για ακόμα 6 μήνες τη θητεία της UNFICYP  "
     "(ΟΥΝΦΙΚΥΠ) με το ψήφισμα που υιοθέτησε σήμερα.",
     "Το Συμβούλιο Ασφαλείας του ΟΗΕ ανανέωσε για ακόμα 6 μήνες τη θητεία της UNFICYP "
     "(ΟΥΝΦΙΚΥΠ) με το ψήφισμα που υιοθέτησε σήμερα."),
])
def test_a_gap_before_an_opening_quote_or_bracket_inside_a_sentence_goes(
        line: str, wanted: str) -> None:
    assert clean_document(line + "\n", SCRAPED).text == wanted + "\n"


def test_a_gap_before_a_bracket_in_a_short_line_stays() -> None:
    # a column's gap before a key's name in a help page's table of keys
    assert fix_whitespace("Help  (F1)") == []
    assert fix_whitespace("Print preview  (Ctrl+P)") == []
    assert fix_whitespace("Name  - Role") == []


def test_a_gap_after_a_word_a_heading_may_end_with_stays_before_a_capital() -> None:
    assert fix_whitespace("Log in  Home") == []
    assert fix_whitespace("Heads of State   Country") == []


def test_the_blanks_after_an_elided_word_stay_as_the_apostrophe_is_curled() -> None:
    """A verse line's "μ'  αυτά": the mark ends a word cut short, not a quotation, and
    curling it must not make the author's double space a scraper's gap."""
    verse = "του Ελύτη’ ο στίχος\nμ'  αυτά τα ποιηματάκια όπου γράφω\n"
    assert clean_document(verse, SCRAPED).text == verse.replace("μ'", "μ’")
    assert fix_whitespace("μ’  αυτά τα ποιηματάκια") == []
    assert fix_whitespace("a ‘no’  vote") != []


def test_columns_are_kept_even_between_small_letters() -> None:
    table = "state        role\narmenia      member\nbelarus      observer"
    assert aligned_lines(table.split("\n")) == [True, True, True]
    assert _cleaned("Members:\n\n" + table) == "Members:\n\n" + table
    # The same gap in a line of prose standing alone is a scraper's.
    assert clean_document("the state        role", SCRAPED).text == "the state role"


# --------------------------------------------------------------------------
# Apostrophes that open a word are never opening quotes

@pytest.mark.parametrize("line", [
    "να εύχεσαι να ’ναι μακρύς ο δρόμος. Να σταματήσεις σ’ εμπορεία, απ’ τους σοφούς.",
    "ένα κρυμμένο ‘μυστικό’ μήνυμα",
    "ἀλλ’ οὐδ’ ὣς ἑτάρους ἐρρύσατο· δ’ ἄρ’ ἐπ’ αὐτῷ ’κεῖνος ἔφη.",
    "un po’ di ’sto mondo e ’na cosa, dice l’uomo della ’Ndrangheta.",
    "’Tis the season: rock ’n’ roll in the ’90s, and ’em all.",
])
def test_apostrophes_and_real_quotes_stay(line: str) -> None:
    assert fix_quotes(line, "curly") == []


@pytest.mark.parametrize(("typed", "wanted"), [
    ("να ‘ναι μακρύς, απ’ τους σοφούς", "να ’ναι μακρύς, απ’ τους σοφούς"),   # Word's autocorrect
    ("“Ιθάκη”: να 'χεις την Ιθάκη", "“Ιθάκη”: να ’χεις την Ιθάκη"),
    ("“Rock”: 'tis rock 'n' roll in the '90s", "“Rock”: ’tis rock ’n’ roll in the ’90s"),
    ("A ’no’ vote, the delegate’s “view”.", "A ‘no’ vote, the delegate’s “view”."),
])
def test_quotes_turned_the_wrong_way_are_turned_back(typed: str, wanted: str) -> None:
    assert clean_unit(typed, CleanOptions(quote_style="curly", scraped=True)).text == wanted


def test_a_cyrillic_letter_alone_in_a_russian_line_is_a_word() -> None:
    """"В" opens a Russian sentence ("In `sh` scripts …") before code or an English name."""
    for line in ("В `sh` скриптах для обращения к домашней папке используйте $HOME.\n",
                 "В ``Create a PPV'' играют известные борцы.\n"):
        assert clean_document(line).text == line
    english = clean_document("Нeads of state met in а hall.\n").text
    assert english == "Heads of state met in a hall.\n"


def test_a_no_break_space_beside_a_dash_is_a_tie() -> None:
    text = "Tell us what you want removed —\u00a0only the private parts, not the whole file.\n"
    assert clean_document(text).text == text


def test_no_break_spaces_follow_one_rule_ties_stay_and_a_name_s_parts_become_plain() -> None:
    # One rule, stated in fix_spaces: a typesetter's tie stays (after a one-letter word,
    # before a short last word, beside a figure); between two longer words, a name's
    # parts too, a no-break space is a page's &nbsp; and the note says it was no tie.
    text = ("President Vladimir\u00a0Putin said that I\u00a0have 10\u00a0km to go, "
            "and Mr.\u00a0Shoigu agreed.\n")
    cleaned = clean_document(text, SCRAPED)
    assert cleaned.text == ("President Vladimir Putin said that I\u00a0have 10\u00a0km to go, "
                            "and Mr. Shoigu agreed.\n")
    assert {fix.note for fix in cleaned.fixes} == {
        "no-break space between words, no tie",     # Vladimir Putin
        "no-break space beside a short word or a stop, no tie"}   # Mr. Shoigu


def test_a_no_break_space_beside_a_space_goes_and_leaves_one_gap() -> None:
    """A page's "&nbsp; " pair ("Bristol,\u00a0 Somerset") came out as two plain spaces
    inside a sentence; after a full stop the pair is the two spaces an author typed in
    a page editor, and stays two."""
    cleaned = clean_document("The show was held in Bristol,\u00a0 Somerset, on Saturday. "
                             "It rained.\u00a0 Nobody minded.\n")
    assert cleaned.text == ("The show was held in Bristol, Somerset, on Saturday. "
                            "It rained.  Nobody minded.\n")
    assert "no-break space beside a space, no tie" in {fix.note for fix in cleaned.fixes}


@pytest.mark.parametrize("escape", ["\x1b]0;pwned\x07", "\x1b]2;title\x1b\\", "\x1b[2K",
                                    "\x1b[31m", "\x1bP1;pwned\x1b\\"])
def test_a_terminal_escape_goes_whole_not_only_its_first_byte(escape: str) -> None:
    # A window title's escape (OSC) left "]0;pwned" in the text when only its ESC and BEL
    # went; a cursor escape ("\x1b[2K") is as whole as a colour's.
    cleaned = clean_document(f"He named a new envoy.{escape} Then he left.\n")
    assert cleaned.text == "He named a new envoy. Then he left.\n"
    assert [fix.note for fix in cleaned.fixes] == ["terminal escape"]


def test_a_window_title_s_escape_left_open_goes_to_the_line_s_end() -> None:
    cleaned = clean_document("The ferry leaves at noon.\x1b]0;pwned\nIt is late.\n")
    assert cleaned.text == "The ferry leaves at noon.\nIt is late.\n"


def test_punctuation_read_as_macroman_is_repaired_without_other_evidence() -> None:
    # A radio station's page: "Augusta‚Äôs" (UTF-8 ’ read as MacRoman) is no word's.
    page = "The announcers abide by Augusta‚Äôs rules ‚Äî see ‚ÄúAbout Us‚Äù.\n"
    assert clean_document(page).text == (
        "The announcers abide by Augusta’s rules — see “About Us”.\n")


# --- variation selectors ------------------------------------------------------------------


def test_a_variation_selector_left_without_its_emoji_goes() -> None:
    # A page's first line once began with an emoji; the scraper kept only its selector.
    page = ("\ufe0f UN Secretary-General António Guterres will attend the SCO summit in Astana\n\n"
            "UN Secretary-General António Guterres will attend the summit on July 3-4.\n")
    cleaned = clean_document(page)
    assert cleaned.text.startswith("UN Secretary-General António Guterres will attend the SCO")
    assert "\ufe0f" not in cleaned.text
    assert any(fix.note == "variation selector with nothing to modify" for fix in cleaned.fixes)
    # After a space, or a second one after the selector already there.
    assert clean_unit("Astana \ufe0fhosts the summit \u2764\ufe0f\ufe0f").text == (
        "Astana hosts the summit \u2764\ufe0f")


@pytest.mark.parametrize("text", [
    "Summit day in Astana \u2600\ufe0f and the talks go on.",   # the emoji form of a sun
    "Step 1\ufe0f\u20e3: register the delegation.",                # a keycap
    "The family name \u845b\U000e0100 is written with this form.",  # an ideograph's variant
    "Arrows \u2194\ufe0e in text style.",                          # the text form
])
def test_a_variation_selector_after_what_it_modifies_stays(text: str) -> None:
    assert clean_unit(text).text == text


# --- a straight quote among curly ones in its paragraph ---------------------------------

CURLY_REPORT = """\
In Britain's Defence? - An Assessment of Defence Strategy - Example Society
Page content transcription
In Britain’s Defence? An Assessment of Defence Strategy, with a foreword by the author’s \
colleague. The report’s “first principles” are the nation’s, and its “second” the allies’.
"""


def test_a_stray_straight_quote_on_a_line_of_its_own_is_curled_among_curly_ones() -> None:
    cleaned = clean_document(CURLY_REPORT, SCRAPED).text
    assert cleaned.startswith("In Britain’s Defence? - An Assessment")
    assert "'" not in cleaned
    paragraph = "\n".join(line for line in CURLY_REPORT.splitlines() if "transcription" not in line)
    assert clean_unit(paragraph, SCRAPED).text.startswith("In Britain’s Defence? - An Assessment")


@pytest.mark.parametrize(("text", "wanted"), [
    # a paragraph of its own with straight quotes in a text written with curly ones
    ("Let's break it down\n\nThe file isn’t written in a widely supported markup.\n",
     "Let’s break it down\n\nThe file isn’t written in a widely supported markup.\n"),
    ("L’Italia e l’Europa, l’anno dopo.\n\nThe ministry's bulletin, a spokesperson said.\n",
     "L’Italia e l’Europa, l’anno dopo.\n\nThe ministry’s bulletin, a spokesperson said.\n"),
    # a title typed straight, a paragraph typed straight, over curly apostrophes only
    ('The bloc\'s drill\n\nThe country’s view.\n\nThe "Brotherhood" drill, the CSTO\'s.\n',
     "The bloc’s drill\n\nThe country’s view.\n\nThe “Brotherhood” drill, the CSTO’s.\n"),
    # Russian and Greek texts quoting with guillemets get them, „…“ inside them
    ('Тексты для конкурса «Живая классика».\n\nФГБУ "Центр" и «Газета "Вести"».\n',
     "Тексты для конкурса «Живая классика».\n\nФГБУ «Центр» и «Газета „Вести“».\n"),
])
def test_straight_quotes_in_a_text_otherwise_curly_are_curled(text: str, wanted: str) -> None:
    assert clean_document(text, SCRAPED).text == wanted
    assert clean_document(wanted).text == wanted


def test_a_title_typed_straight_over_a_text_quoting_only_with_curly_doubles_is_curled() -> None:
    """The body has no apostrophe of its own to keep straight: the title is the page's,
    typed by another hand, and takes the body's curly style."""
    text = ("Lupin's exports to the US grow\n\nSays the chairman, “Indian companies are "
            "playing a huge role in the US market.”\n")
    assert clean_document(text, SCRAPED).text == text.replace("Lupin's", "Lupin’s")
    book = ("“If I,” said Mr. Collins, “were so fortunate.”\n\n"
            "Her father's speech, “Mary,” he said.\n")
    assert clean_document(book).text == book


@pytest.mark.parametrize("text", [
    # curly dialogue beside apostrophes typed straight, every one: the book's convention
    "“If I,” said Mr. Collins, “were so fortunate.”\nHer father's speech, “Mary,” he said.\n",
    # straight quotes only; straight doubles outnumbering the curly ones
    "Let's break it down\n\nThe file isn't written in \"plain\" text.\n",
    'He said "no", "never" and "not now", as the “Times” put it.\n',
    # a data record's quotes; French guillemets set off by spaces, which a pair would need
    '"Code","Name"\n"826","Royaume-Uni d’Irlande"\n',
    "« Il a dit » et parla de \"décentrement du Sujet\".\n",
    # a Greek numeral's mark is no quote
    "Ο Β' Παγκόσμιος Πόλεμος, η “μεγάλη” σύγκρουση, και η ’ρθε ώρα.\n",
])
def test_straight_quotes_that_are_no_strays_stay(text: str) -> None:
    assert clean_document(text).text == text


def test_an_emoji_whose_two_utf16_halves_arrived_apart_is_joined() -> None:
    """A text decoded from UTF-16 without joining its surrogate pairs holds each half as a
    character of its own; the pair is the one character it stood for, and the fix says so."""
    cleaned = clean_unit("The council met on Tuesday \ud83d\ude00 and agreed.")
    assert cleaned.text == "The council met on Tuesday \U0001F600 and agreed."
    assert [(fix.before, fix.note) for fix in cleaned.fixes] == [("\ud83d\ude00",
                                                                 "surrogate pair")]


def test_an_empty_picture_s_markup_before_the_first_sentence_goes() -> None:
    """``![]()`` carries neither words nor an address: a converter's trace of a picture."""
    text = ("![]() Most of us have heard the gloomy forecasts for the high street.\n\n"
            "Our shop is staying open all winter, and the knitting group meets on Thursdays.\n")
    out = clean_document(text, CleanOptions()).text
    assert out.startswith("Most of us have heard") and "![]" not in out


def test_straight_single_quotes_in_a_guillemet_text_become_guillemets() -> None:
    """A Russian title's quotation typed in straight single quotes, over a text quoting
    with «» on a scraped page (its print link): guillemets, not English curly quotes."""
    text = ("Научная статья на тему 'Смыслы конкурса Макаренко'\n\n"
            "Текст научной статьи по специальности «Науки об образовании» и «Педагогика», "
            "автор — Иванов.\n\nКонкурс «Педагог года» прошёл в Москве, сообщает сайт.\n\n"
            "Версия для печати\n")
    out = clean_document(text, CleanOptions()).text
    assert out.startswith("Научная статья на тему «Смыслы конкурса Макаренко»")


def test_a_stray_space_opening_a_paragraph_that_announces_a_list_goes_beside_short_lines() -> None:
    """A parish letter's paragraph opening with one blank, its last sentence announcing the
    service times set a line each: the short lines made the text read as verse, whose
    opening blanks are the poet's, and a paragraph ending with a colon was no prose."""
    text = ("Prayer for peace\n\nDear friends\n\nAs we watch this war, we might feel "
            "powerless.  We hear the words of Christ, but how can we make peace?\n\n I "
            "invite you this Sunday to come to one of the services in our church. However you "
            "most comfortably pray, I hope that you will find a service where you can pray "
            "for peace:\n\nEarly – A quiet service of Holy Communion, using language from "
            "the 1662 Book of Common Prayer\nMid-morning – A modern language Eucharist with "
            "hymns and choral music\nLate morning – A less formal service with contemporary "
            "songs\nEvening – A choral service of Evening Prayer.\n\nAll\u00a0welcome here.\n")
    from cms_i18n.clean.structure import has_verse
    lines = text.split("\n")
    assert has_verse(lines, [False] * len(lines))      # the rule's own case
    cleaned = clean_document(text, CleanOptions(scraped=True)).text
    assert "\n\nI invite you this Sunday" in cleaned
    assert "Early – A quiet service" in cleaned and "powerless.  We" in cleaned


POEM_WITH_BLANKS = ("An Autumn in November\n\nA modest dress she wears, \nShe loves the "
                    "melodrama, \nShe wants to see who cares\nAnd stays in the nirvana.\n\n"
                    "She cries because of feelings, \nShe sadly looks around, \nShe hides "
                    "her every evening, \nThe sorrow she has found.\n")


def test_blanks_ending_a_poem_s_lines_on_a_scraped_page_go() -> None:
    """A poetry site's page, its comment link under the poem: the blank each line ends
    with read as a mail's soft breaks (format=flowed), and stayed."""
    cleaned = clean_document(POEM_WITH_BLANKS + "\nRead and leave comments (0)\n").text
    assert cleaned == POEM_WITH_BLANKS.replace(" \n", "\n")


def test_the_same_blanks_in_an_author_s_file_stay() -> None:
    assert clean_document(POEM_WITH_BLANKS).text == POEM_WITH_BLANKS


def test_a_gap_after_a_straight_closing_quote_inside_a_sentence_closes() -> None:
    """'labelled "Tomato orange cookers 2009 Excellent"  so we shall see': after a curly
    closing quote the gap closed, after a straight one it stayed."""
    line = 'seeds from an envelope labelled "Orange cookers 2009 Excellent"  so we shall see'
    assert [(e.before, e.after) for e in fix_whitespace(line)] == [("  ", " ")]
    assert fix_whitespace('He said "Go."  Then he left.') == []   # a typist's two spaces
