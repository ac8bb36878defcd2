"""Initials and dotted abbreviations through Apertium: English–Spanish read "A." before a
surname as the article ("A. A. Kakharov" → "Un. Un. Kakharov") and cut "B.S.B.A." into
letters ("B.S.B.Un."); es-fr then read the Spanish step's "E." as "and" ("Et. S.
Sysoev").  They come out as written; an abbreviation the pair knows is still translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.engines.acronyms import initials_in
from tests.helpers import page_entry, translated_pages

# Sentences of a news page (the SCO's security secretaries in Tashkent) and a college's.
TEXTS = {
    "Secretary of Security Council of the Republic of Tajikistan A. A. Kakharov attended.":
        "A. A. Kakharov",
    "The Director of the Executive Committee of the SCO RATS E. S. Sysoev spoke.":
        "E. S. Sysoev",
    "Schools offer a degree within Bachelor of Science in Business Administration "
    "(B.S.B.A.) programs.": "(B.S.B.A.)",
}


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_initials_come_out_as_written(tmp_path: Path, lang: str) -> None:
    site = translated_pages(tmp_path, {"initials": list(TEXTS)}, lang)
    for text, wanted in TEXTS.items():
        entry = page_entry(site, lang, "initials", text)
        assert wanted in entry.msgstr, entry.msgstr
        assert "Un." not in entry.msgstr and "Et." not in entry.msgstr, entry.msgstr


@pytest.mark.engine
def test_an_abbreviation_the_pair_knows_is_still_translated(tmp_path: Path) -> None:
    text = "The U.S. and the U.N. agreed."
    site = translated_pages(tmp_path, {"known": [text]}, "es")
    entry = page_entry(site, "es", "known", text)
    assert "EE.UU." in entry.msgstr and "ONU" in entry.msgstr, entry.msgstr


def test_a_capital_before_a_small_word_is_no_initial() -> None:
    assert initials_in("Did he vote? A source said no. Plan B. he said") == ([], set())
