"""Look-alike letters typed into real text the way scrapers and spammers type them.

The sentences are real (WMT news, a government page, Ukrainian parliament
speeches, Django's Serbian, Bulgarian and Greek catalogs, Greek prose); the
look-alikes are those ``bench/bench_lookalikes.py`` types in.  Each spoiled
text must come back as written, and each genuine one unchanged.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cms_i18n.clean import clean_unit, explain
from cms_i18n.cli import main


@pytest.mark.parametrize(("spoiled", "wanted"), [
    # A spammer's line: whole English words of Cyrillic and Greek letters among spoiled ones.
    ("Тhіs іѕ whу tһе dοllar һаѕ fallen οf late.",
     "This is why the dollar has fallen of late."),
    ("Не supported tһе СЅTО’ѕ соmmοn position οn refugees.",
     "He supported the CSTO’s common position on refugees."),
    ("Tһey һаνe еνеn asked fοr νеrу little.", "They have even asked for very little."),
    # An English ending after an apostrophe follows its word.
    ("It was Kepler'ѕ third law.", "It was Kepler's third law."),
    ("They rejected Russia’ѕ offer.", "They rejected Russia’s offer."),
    # A letter of a dotted abbreviation among English words.
    ("The meeting began at 9 а.m. and ended at noon.",
     "The meeting began at 9 a.m. and ended at noon."),
    ("He added a Р.Ѕ. to the letter.", "He added a P.S. to the letter."),
    # An omicron in an English word is always a slip, even in a short one.
    ("Most οf the seats were empty.", "Most of the seats were empty."),
    ("This Type Of Notebook Is Said Tο Be Highly Prized",
     "This Type Of Notebook Is Said To Be Highly Prized"),
    # A Greek page gives an English name in capitals typed on two keyboards: most of its
    # letters Greek look-alikes, its L, C and S Latin, which no Greek letter looks like.
    ("Θα χρησιμοποιεί την επωνυμία «ΗΕLLΕΝΙC ΑSSΟCΙΑΤΙΟΝ OF DRIVERS».",
     "Θα χρησιμοποιεί την επωνυμία «HELLENIC ASSOCIATION OF DRIVERS»."),
])
def test_english_words_spoiled_by_a_spammer_come_back(spoiled: str, wanted: str) -> None:
    assert clean_unit(spoiled).text == wanted


@pytest.mark.parametrize(("spoiled", "wanted"), [
    # Ukrainian і and Serbian ј typed as Latin i and j.
    ("Тому ці змiни потрібні.", "Тому ці зміни потрібні."),
    ("Iванович, дякую.", "Іванович, дякую."),
    ("Објекат „%(obj)s“ класе %(name)s jе успешно обрисан.",
     "Објекат „%(obj)s“ класе %(name)s је успешно обрисан."),
    ("Ограничење „%(name)s“ jе прекршено.", "Ограничење „%(name)s“ је прекршено."),
    # Placeholders and code words do not outvote the sentence's language.
    ("булев (възможните стойности cа True, False или None)",
     "булев (възможните стойности са True, False или None)"),
    # A short Greek word with a Latin a, in Greek prose.
    ("Δεν θέλω νa φύγω από εδώ.", "Δεν θέλω να φύγω από εδώ."),
    ("Ήρθαν κaι οι δύο μαζί.", "Ήρθαν και οι δύο μαζί."),
    ("Tο \"%(path)s\" δεν υπάρχει", "Το \"%(path)s\" δεν υπάρχει"),
    # A placeholder's name is code, not an English word around the spoiled one.
    ("Η τιμή '%(value)s' πρέπει νa είναι True ή False.",
     "Η τιμή '%(value)s' πρέπει να είναι True ή False."),
    # Greek letters an OCR engine read as Latin ones, inside Greek words of Greek prose.
    ("Η ταξiνόμηση δεν άλλαξε.", "Η ταξινόμηση δεν άλλαξε."),
    ("Είπε ότi θα έρθει καi θα μείνει.", "Είπε ότι θα έρθει και θα μείνει."),
    # A whole word of Latin look-alikes between native words, where the line shows the slip.
    ("Hе знаю, He буду писать бoльше.", "Не знаю, Не буду писать больше."),
    ("Пoследният ред ce показва тук.", "Последният ред се показва тук."),
    # A spoiled neighbour still tells the language: СССР stays Cyrillic.
    ("Сборник сoставил ЙЕТЯ, CCСР, 2017", "Сборник составил ЙЕТЯ, СССР, 2017"),
    # A Greek heading in capitals whose first letters a keyboard typed Latin: its Ω and Σ
    # have no Latin twin (a parents' association's notice)
    ("ENHMEΡΩΣΗ", "ΕΝΗΜΕΡΩΣΗ"),
    # Greek letters typed into Russian words become their Russian twins.
    ("Жители Аксайсκогο района испытывают перебοи в пοдаче воды.",
     "Жители Аксайского района испытывают перебои в подаче воды."),
    ("Были утверждены графиκи, но даже пο графику воду подают не всегда.",
     "Были утверждены графики, но даже по графику воду подают не всегда."),
])
def test_native_words_with_latin_letters_come_back(spoiled: str, wanted: str) -> None:
    assert clean_unit(spoiled).text == wanted


@pytest.mark.parametrize("text", [
    # Russian quoted in English, a Russian abbreviation of look-alikes alone, Roman numerals.
    "The minister said «Как дела» to the press on Monday.",
    "The СОР summit opened, ТАСС said.",
    "Louis XIV and World War II were mentioned.",
    # Russian text with a Latin name inflected after an apostrophe, a handle and a tag.
    "Я написал об этом в Facebook'е вчера.",
    "Спасибо @xxxxxx за #soviet #jazz подборку",
    # Serbian, Bulgarian and Greek interface text with Latin words and placeholders.
    "Унесите исправан URL.",
    "булев (възможните стойности са True, False или None)",
    "Το \"%(path)s\" δεν υπάρχει",
    # Maths: Greek letters as symbols, alone and beside Latin ones.
    "Let α = 0.05 and πa the area; then 2πr is the length.",
    # Units and symbols in capitals: a letter or two beside Latin ones.
    "The resistor is 10 MΩ and the step ΔT was 5 K.",
    # Russian initials beside Russian words; a Greek symbol touching a power in Greek prose.
    "Поэт А.С. Пушкин писал много.",
    "Το εμβαδόν του κύκλου είναι πa² και όχι 2πa.",
    # An English word in Greek and Russian prose with no slip shown: it may be English.
    "Είπε To be or not to be στο θέατρο.",
    "Он сказал He is here и ушёл.",
    # Greek in Russian text: a symbol, a unit, a Greek word quoted, a formula's letters.
    "Угол α равен π/2, а толщина плёнки 5 μм, пишет журнал «Οδύσσεια».",
    "Площадь равна 2πr, а коэффициент 3κо мал.",
    # A line set in Greek capitals, an age group's letter before its number, "vs" and "X"
    # the only running text.
    "ΚΑΤΗΓΟΡΙΑ: Κ-8 / 5 vs 5 / 4 X 10’ ΣΑΒΒΑΤΟ 15-11-2025",
])
def test_genuine_text_stays(text: str) -> None:
    assert clean_unit(text).text == text


def test_explain_names_the_evidence_for_a_whole_word() -> None:
    lines = explain(clean_unit("Tһey һаνe еνеn asked fοr νеrу little.").fixes)
    assert any("'νеrу' → 'very'" in line and "look-alike" in line for line in lines)
    lines = explain(clean_unit("Hе знаю, He буду писать бoльше.").fixes)
    assert any("'He' → 'Не'" in line and "word of Latin look-alikes in Cyrillic text" in line
               for line in lines)


def test_clean_explain_says_which_look_alikes_it_left_and_why() -> None:
    spammed = "Тhе СОР summit opened, ТАСС said, and α rose.\nThe СОР summit opened.\n"
    result = CliRunner().invoke(main, ["clean", "--explain"], input=spammed)
    assert result.stdout == spammed.replace("Тhе", "The", 1)
    lines = result.stderr.splitlines()
    assert "line 1: look-alike kept: 'СОР' (a word of Russian capitals may be a Russian " \
           "abbreviation)" in lines
    assert "line 1: look-alike kept: 'α' (a Greek small letter alone is a symbol)" in lines
    # A line with nothing repaired is genuine text: nothing in it is questioned.
    assert not any(line.startswith("line 2") for line in lines)
    assert lines[-1] == "<stdin>: 1 fix"


def test_a_russian_letter_typed_by_its_sound_gives_the_word_the_page_writes() -> None:
    # "tрansport" with a Russian р (said r): its look-alike reading "tpansport" is no word,
    # and the page writes "transport" elsewhere; --explain says why.
    page = ("Transport for the city runs all night.\n\n"
            "If you use public tрansport please click here to plan your journey.\n")
    result = CliRunner().invoke(main, ["clean", "--explain"], input=page)
    assert result.stdout == page.replace("tрansport", "transport")
    assert any("'tрansport' → 'transport'" in line and "by its sound" in line
               and "'tpansport' is not" in line for line in result.stderr.splitlines())


@pytest.mark.parametrize(("page", "said"), [
    # "transport" is in none of the cleaner's own lists: the English word list has it ...
    ("If you use public tрansport please plan your journey.\n",
     "'transport' is an English word (from the English word list), 'tpansport' is not in "
     "the text itself, the cleaner's built-in vocabulary or the English word list"),
    # ... unless the text writes it elsewhere.
    ("Transport runs all night.\n\nIf you use public tрansport please plan your journey.\n",
     "'transport' is a word the text itself uses elsewhere, 'tpansport' is not in the text "
     "itself or the cleaner's built-in vocabulary"),
    # "service" is a word of the cleaner's own lists (its page chrome: "terms of service").
    ("Read our terms of serвice before you sign up.\n",
     "'service' is a word of the cleaner's built-in vocabulary"),
], ids=["English word list", "the text's own word", "built-in vocabulary"])
def test_explain_names_the_list_a_word_read_by_its_sound_is_in(page: str, said: str) -> None:
    result = CliRunner().invoke(main, ["clean", "--explain"], input=page)
    lines = [line for line in result.stderr.splitlines() if "by its sound" in line]
    assert len(lines) == 1 and said in lines[0], result.stderr
    assert "a word the cleaner knows" not in result.stderr


@pytest.mark.parametrize(("spoiled", "wanted"), [
    # в has no Latin look-alike; by its sound it gives a word of the cleaner's lists.
    ("Read our terms of serвice before you sign up.",
     "Read our terms of service before you sign up."),
    # A look-alike reading that is a known word wins: "Рage" is "Page", never "Rage".
    ("Рage 2 of the report was missing.", "Page 2 of the report was missing."),
    # No list of the cleaner's and no other word of the text knows "tpansport" or
    # "transport": an English word list does.
    ("If you use public tрansport please plan your journey.",
     "If you use public transport please plan your journey."),
    # "peal" is an English word: with nothing on the page saying otherwise, р is its p.
    ("The bells rang a full рeal on Sunday.", "The bells rang a full peal on Sunday."),
])
def test_sound_reading_only_where_it_gives_a_known_word(spoiled: str, wanted: str) -> None:
    assert clean_unit(spoiled).text == wanted


def test_the_pages_own_word_outweighs_the_english_word_list() -> None:
    # "peal" is an English word, but the page writes "real" and never "peal".
    page = "Real ale is served all day.\n\nIt is a рeal treat for the village.\n"
    result = CliRunner().invoke(main, ["clean"], input=page)
    assert result.stdout == page.replace("рeal", "real")


def test_an_icon_s_letter_glued_before_a_russian_capital_is_no_ukrainian_letter() -> None:
    """"iНе можете найти …": an information icon's "i" run into the next word is no letter
    of it; a Ukrainian word with a Latin "i" inside it still gets its "і"."""
    from cms_i18n.clean.homoglyphs import fix_homoglyphs

    assert fix_homoglyphs("iНе можете найти то, что вам нужно?") == []
    assert [(e.before, e.after) for e in fix_homoglyphs("Всі змiни до закону набули чинності")] \
        == [("змiни", "зміни")]
