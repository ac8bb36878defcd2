"""Adjectives joined by a comma through Apertium: every word keeps its blanks, in a
paragraph wrapped across lines too, and the source's own spacing is left alone."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.commas import close_commas, open_commas

# "Goat-Feathers" (Ellis Parker Butler, 1918, Project Gutenberg), wrapped as the book is.
WRAPPED = ("I'm starting out now to tell the bitter, agonizing truth about\n"
           "myself, but before I am through I shall probably be lying at the\n"
           "rate of a mile a minute.")


@pytest.fixture(scope="module")
def engine():
    with ApertiumEngine({}) as engine:
        yield engine


# What the engine wrote before: the noun glued to the first adjective it moved after it.
@pytest.mark.parametrize(("lang", "wanted", "glued"), [
    ("es", "la verdad amarga, atroz", "verdadamarga"),
    ("gl", "a verdade amarga,", "verdadeamarga"),
    ("pt", "a verdade amarga, atroz", "verdadeamarga"),
    ("fr", "la vérité amère, atroce", "véritéamère"),
    ("ca", "la veritat amarga, atroç", "veritat  amarga"),
])
def test_adjectives_joined_by_a_comma_are_never_glued(engine: ApertiumEngine, lang: str,
                                                       wanted: str, glued: str) -> None:
    out = engine.translate_batch([WRAPPED], "en", lang)[0].text
    assert wanted in out and glued not in out, out
    assert out.count("\n") == 2 and " ," not in out, out


@pytest.mark.parametrize("lang", ["es", "gl"])
def test_a_short_list_of_adjectives_keeps_its_blanks(engine: ApertiumEngine,
                                                     lang: str) -> None:
    out = engine.translate_batch(["The big, red ball rolled."], "en", lang)[0].text
    assert out.split()[1] in ("bola", "pelota") and "," in out, out


def test_figures_and_the_authors_blanks_are_left_as_they_are() -> None:
    assert open_commas("It had 1,500 members, said Putin.") == \
        "It had 1,500 members , said Putin."
    kept = "A formula , dropped here; two  blanks there."
    assert open_commas(kept) == kept
    assert close_commas("Tuvo 1,500 miembros , Putin  dijo.") == "Tuvo 1,500 miembros, Putin dijo."
