"""Names through a chain of Apertium pairs: what the first step passed through as a name
and a state's name the next step knows as another word reach the target as names."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine

TEXTS = ["China and Iran signed a deal in Des Moines.",
         "China signed. Lukashenko met the mayor of Des Moines, and Mr Trump visited China."]
MEETING = "The meeting of the council began on Tuesday."


@pytest.fixture(scope="module")
def engine():
    with ApertiumEngine({}) as engine:
        yield engine


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "names", "lost"), [
    # es-pt read "China" as the adjective ("Chinesa"), es-pt, es-fr and spa-ita the
    # Spanish "Des" as a verb or a preposition ("Dês", "Tu donnes", "Dia")
    ("pt", ["China e Irão", "China assinou", "visitou China", "Des Moines"],
     ["Chinesa", "Dês", "Dê "]),
    # es-pt_BR writes Portugal's "Irão", which it reads as a verb: Brazil's is "Irã"
    ("pt-BR", ["China e Irã", "China assinou", "Des Moines"], ["Chinesa", "Dês", "Dê "]),
    ("fr", ["la Chine", "Des Moines"], ["donnes", "Donnes"]),
    ("it", ["Cina", "Des Moines"], ["Dia Moines"]),
])
def test_a_name_the_first_step_kept_is_kept_by_the_next(
        engine: ApertiumEngine, lang: str, names: list[str], lost: list[str]) -> None:
    out = " ".join(t.text for t in engine.translate_batch(TEXTS, "en", lang))
    assert all(name in out for name in names), out
    assert not any(word in out for word in lost), out
    assert "ZXQ" not in out.upper(), out


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "meeting"), [("pt", "reunião"), ("fr", "réunion"),
                                               ("it", "riunione")])
def test_a_common_word_is_no_state_however_a_state_is_spelt(engine: ApertiumEngine,
                                                           lang: str, meeting: str) -> None:
    # "Reunión" is Réunion's name in Spanish and a meeting: only the source says which
    out = engine.translate_batch([MEETING], "en", lang)[0].text
    assert "Réunion" not in out and meeting in out.casefold(), out
