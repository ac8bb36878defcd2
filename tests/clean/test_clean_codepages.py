"""Cyrillic and Greek mojibake: a single-byte code page read as Windows-1252, and a
letter whose second UTF-8 byte Windows-1252 lost.

What the reader of a cleaned page sees: Russian and Greek words where the page
showed "Ñîâåò" or "безопаÑноÑти", a note in ``--explain`` saying which code page
or which letter was chosen, a word left as it was (and said so) where no letter is
clearly the likeliest, and Western accented text, genuine Russian and Greek
untouched.
"""

from __future__ import annotations

import pytest

from cms_i18n.clean import clean_document, explain


def _as_read(text: str, codec: str) -> str:
    """``text`` saved in ``codec`` and read as Windows-1252 (ASCII as it is)."""
    return "".join(ch if ch.isascii() else ch.encode(codec).decode("cp1252") for ch in text)


def _utf8_lost(text: str, lost: str = "") -> str:
    """``text``'s UTF-8 read as Windows-1252, the bytes it has no character for as ``lost``."""
    out = []
    for byte in text.encode("utf-8"):
        if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(lost)
        else:
            out.append(bytes([byte]).decode("cp1252"))
    return "".join(out)


RUSSIAN = "Совет безопасности России провёл заседание в Москве.\n"
UKRAINIAN = "Шановні колеги, продовжуємо розгляд питання про її реєстрацію.\n"
GREEK = "Το Συμβούλιο Ασφαλείας συνεδρίασε στην Αθήνα την Τρίτη.\n"


@pytest.mark.parametrize(("genuine", "codec", "name"), [
    (RUSSIAN, "cp1251", "Windows-1251"),
    (RUSSIAN, "koi8_r", "KOI8-R"),
    (UKRAINIAN, "cp1251", "Windows-1251"),
    (GREEK, "cp1253", "Windows-1253"),
    ("Άρχισε η σύνοδος του Συμβουλίου Ασφαλείας.\n", "iso8859_7", "ISO-8859-7"),
])
def test_a_code_page_read_as_windows_1252_is_read_back(genuine: str, codec: str,
                                                       name: str) -> None:
    damaged = _as_read(genuine, codec)
    assert damaged != genuine
    cleaned = clean_document(damaged)
    assert cleaned.text == genuine
    assert any(f"{name} read as Windows-1252" in line for line in explain(cleaned.fixes))


def test_a_russian_run_inside_an_english_sentence_is_read_back() -> None:
    text = "The Security Council of Russia (Ñîâåò áåçîïàñíîñòè) met on Monday.\n"
    assert clean_document(text).text == \
        "The Security Council of Russia (Совет безопасности) met on Monday.\n"


def test_a_short_line_is_read_back_once_the_page_shows_its_code_page() -> None:
    text = _as_read("Дякую.\n\nШановні колеги, продовжуємо розгляд питання.\n", "cp1251")
    assert clean_document(text).text == "Дякую.\n\nШановні колеги, продовжуємо розгляд питання.\n"


@pytest.mark.parametrize("lost", ["", "\ufffd"])
def test_a_lost_byte_is_put_back_where_one_letter_is_clearly_likeliest(lost: str) -> None:
    damaged = "The Security Council of Russia (" + _utf8_lost("Совет безопасности", lost) \
        + ") met.\n"
    cleaned = clean_document(damaged)
    assert cleaned.text == "The Security Council of Russia (Совет безопасности) met.\n"
    notes = "\n".join(explain(cleaned.fixes))
    assert "a lost byte put back: 'Ñ' as 'с'" in notes


def test_a_lost_byte_in_greek_is_put_back() -> None:
    cleaned = clean_document(_utf8_lost("Το Συμβούλιο Ασφαλείας συνεδρίασε.\n"))
    assert cleaned.text == "Το Συμβούλιο Ασφαλείας συνεδρίασε.\n"


def test_a_word_decoded_around_a_lost_byte_is_repaired_too() -> None:
    cleaned = clean_document("Совет безопаÑноÑти России.\n")
    assert cleaned.text == "Совет безопасности России.\n"


def test_where_no_letter_is_clearly_likeliest_the_word_stays_and_the_note_says_so() -> None:
    # "с" (with) and "я" (I) are both words of their own: the page's reader must choose.
    cleaned = clean_document(_utf8_lost("Он сказал, что я с ним согласен.\n"))
    assert cleaned.text == "Он сказал, что Ñ Ñ ним согласен.\n"
    notes = explain(cleaned.fixes)
    assert sum("left as it is, 'с' or 'я' near as likely" in line for line in notes) == 2
    assert any("'Ñ' as 'с'" in line and "согласен" in line for line in notes)


@pytest.mark.parametrize("text", [
    "Die Umlaute ÄÖÜ und das ß stehen am Ende des Alphabets.\n",
    "Les voyelles accentuées ÀÖÜ et ÉÉÉ figurent à la fin ; ÇA VA, à Paris, où l'été.\n",
    "Az ÉÉÉ rövidítés és az Ó betű a magyar ábécében, Ő és Ű is.\n",
    "Hún fór í búð á mánudaginn, og æð hans er á sínum stað.\n",
    "El ñandú vive en la pampa; Ñ es la letra de España.\n",
    "Ô mon Dieu ! À demain, Élodie.\n",
    RUSSIAN,
    UKRAINIAN,
    GREEK,
])
def test_western_accented_text_and_genuine_russian_and_greek_stay(text: str) -> None:
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert not [fix for fix in cleaned.fixes if fix.kind == "mojibake"]


def test_a_french_line_stays_beside_russian_read_back_on_the_same_page() -> None:
    page = _as_read(RUSSIAN, "cp1251") + "\nÀ Paris, ÀÖÜ et ÉÉÉ à la fin.\n"
    assert clean_document(page).text == RUSSIAN + "\nÀ Paris, ÀÖÜ et ÉÉÉ à la fin.\n"
