""""So-called" through English–Spanish Apertium: "la llamada línea roja", never the
"el tan-línea roja llamada" the engine writes for it, with a note saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.engines.called import called, disguised
from tests.helpers import page_entry, translated_pages

TEXTS = {
    "The so-called coalition of the willing met.": "La llamada coalición",
    "So-called experts disagree.": "Los llamados expertos",
    "This is a so-called peace plan.": "un llamado plan de paz",
    'He described the so-called "red line" again.': "la llamada línea",
    "The so-called Global South is not a bloc.": "El llamado Sur",
}


@pytest.mark.engine
def test_so_called_is_written_as_spanish_writes_it(tmp_path: Path) -> None:
    site = translated_pages(tmp_path, {"called": list(TEXTS)}, "es")
    for text, wanted in TEXTS.items():
        entry = page_entry(site, "es", "called", text)
        assert wanted in entry.msgstr, entry.msgstr
        assert "tan-" not in entry.msgstr and "antedich" not in entry.msgstr, entry.msgstr
        assert any(line.startswith("so-called: ") for line in entry.comment.splitlines()), \
            entry.comment


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["fr", "pt", "it"])
def test_a_chain_through_spanish_gets_no_half_word_either(tmp_path: Path, lang: str) -> None:
    text = "The so-called coalition of the willing met."
    site = translated_pages(tmp_path, {"called": [text]}, lang)
    msgstr = page_entry(site, lang, "called", text).msgstr
    assert "-coal" not in msgstr and "antedi" not in msgstr, msgstr


def test_a_text_that_says_aforementioned_itself_is_sent_as_it_is() -> None:
    assert disguised("the aforementioned so-called plan") == \
        ("the aforementioned so-called plan", False)
    assert disguised("a plan") == ("a plan", False)


def test_the_word_goes_after_its_determiner_or_stays_after_a_longer_phrase() -> None:
    assert called("Un plan de paz antedicho.") == \
        ("Un llamado plan de paz.", ["'so-called' → 'Un llamado'"])
    assert called("La reforma del Consejo antedicha paró.")[0] == \
        "La reforma del Consejo así llamada paró."
    assert called('Es el Sur Global "antedicho".')[0] == 'Es el llamado "Sur Global".'


# "Southeast" after a possessive: the tagger read "Ukraine's" as "Ukraine is".
SOUTHEAST = {
    "Ukraine's southeast was shelled again.": ("es", "El sureste de Ucrania"),
    "The crisis in Ukraine's southeast deepened.": ("fr", "le sud-est de l'Ukraine"),
    "The crisis in the southeast of Ukraine deepened.": ("es", "en el sureste de Ucrania"),
    "The city lies 50 km southeast of Kyiv.": ("es", "50 km al sureste de Kiev"),
}


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_possessive_before_southeast_is_no_is(tmp_path: Path, lang: str) -> None:
    texts = [text for text, (to, _) in SOUTHEAST.items() if to == lang]
    site = translated_pages(tmp_path, {"southeast": texts}, lang)
    for text in texts:
        msgstr = page_entry(site, lang, "southeast", text).msgstr
        assert SOUTHEAST[text][1] in msgstr, msgstr
        assert " es al " not in msgstr and " est au " not in msgstr, msgstr
        assert "suroeste" not in msgstr and "sud-ouest" not in msgstr, msgstr


def test_a_text_that_says_southwest_itself_is_sent_as_it_is() -> None:
    text = "Ukraine's southeast and southwest were shelled."
    assert disguised(text) == (text, False)
