"""Words of the language in the middle of a chain that its next step reads wrongly:
a summit is a "sommet" in French, "estados" is never "été"."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.pivot import write_pivot_words

pytestmark = pytest.mark.engine

# Sentences of the glossary's rounds (tass.com, aseanbriefing.com, turkic.world)
SUMMITS = [
    "This year, India and Pakistan attended the summit for the first time as new member "
    "states of the Shanghai Cooperation Organisation.",
    "Also, the summit's participants are expected to approve the observer status of the CIS.",
    "Today I appealed to the heads of the CSTO states to assist Kazakhstan.",
    "The leaders of the BRICS countries met at the summits of 2023 and 2024 in the United "
    "States and elsewhere.",
]


def test_a_summit_is_a_sommet_and_states_are_etats_in_french() -> None:
    with ApertiumEngine({}) as engine:
        outs = [t.text for t in engine.translate_batch(SUMMITS, "en", "fr")]
    joined = " ".join(outs)
    assert "cime" not in joined.casefold() and " été " not in joined, outs
    assert "le sommet" in outs[0] and "du sommet" in outs[1], outs
    assert "états" in outs[0] and "états" in outs[2], outs
    assert "sommets" in outs[3] and "États-Unis" in outs[3], outs


def test_other_languages_through_spanish_keep_their_own_words() -> None:
    with ApertiumEngine({}) as engine:
        out = engine.translate_batch(SUMMITS[:1], "en", "pt")[0].text
    assert "cimeira" in out and "sommet" not in out, out


def test_only_the_steps_with_such_words_are_written_before() -> None:
    text = "La cumbre de los estados miembros."
    assert write_pivot_words(text, "es", "pt") == text
    assert write_pivot_words(text, "es", "it") == text
    assert write_pivot_words("Los EE.UU.", "es", "pt") == "Los EE.UU."
    assert write_pivot_words(text, "es", "fr") == "El sommet de los états miembros."


def test_a_prime_minister_is_portugals_primeiro_ministro() -> None:
    # civil.ge (round 5 of the glossary's sentences)
    text = ("Vice Prime Minister, Minister of Internal Affairs of Georgia, Secretary of the "
            "National Security Council Giorgi Gakharia, touched upon the structure.")
    with ApertiumEngine({}) as engine:
        pt = engine.translate_batch([text, "The prime ministers met."], "en", "pt")
        brazil = engine.translate_batch([text], "en", "pt-BR")[0].text
    assert pt[0].text.startswith("Vice-Primeiro-ministro,"), pt[0].text
    assert "primeiros-ministros" in pt[1].text and "premiê" not in pt[1].text.casefold()
    assert "Premiê" in brazil, brazil      # Brazil's own word: no source says otherwise


@pytest.mark.parametrize(("target", "written"), [("fr", "États-Unis"), ("it", "Stati Uniti")])
def test_the_united_states_are_named_not_left_as_spains_abbreviation(target: str,
                                                                    written: str) -> None:
    texts = ["US President Donald Trump spoke.", "Sanctions by the US and the EU."]
    with ApertiumEngine({}) as engine:
        outs = [t.text for t in engine.translate_batch(texts, "en", target)]
    assert all(written in out and "EE.UU" not in out for out in outs), outs
    assert "les les" not in outs[1], outs


# "in" before a place: French writes "au" before a masculine state's name that opens with
# a consonant, "aux" before a plural one, "à" before a city, "en" before a feminine name
# or a vowel (Spanish says "en" for all of them, and es-fr kept it: "en le Royaume-Uni",
# "en Pakistan", "en Minsk").
PLACES = "He lives in the United Kingdom and works in the United States, in Pakistan, " \
         "in Minsk, in Canada, in China and in Iran."


def test_in_before_a_place_takes_the_french_preposition_of_its_name() -> None:
    with ApertiumEngine({}) as engine:
        out = engine.translate_batch([PLACES], "en", "fr")[0].text
    for wanted in ("au Royaume-Uni", "aux États-Unis", "au Pakistan", "à Minsk", "au Canada",
                   "en Chine", "en Iran"):
        assert wanted in out, out
    assert "en le" not in out and "en Pakistan" not in out, out


def test_in_before_a_place_is_left_alone_in_other_languages() -> None:
    with ApertiumEngine({}) as engine:
        out = engine.translate_batch([PLACES], "en", "it")[0].text
    assert " au " not in out and " aux " not in out, out


def test_for_is_per_in_italian_never_a_form_of_giving_birth() -> None:
    # spa-ita reads the Spanish "para" only as "parir": "riunione partorisca parlare"
    texts = ["They met to discuss the war for two hours.",
             "For the first time, leaders came to Tianjin for the summit."]
    with ApertiumEngine({}) as engine:
        outs = [t.text for t in engine.translate_batch(texts, "en", "it")]
        found = engine.unknown_words(texts, "en", "it")
    assert not any("partor" in out for out in outs), outs
    assert "per parlare" in outs[0] and outs[1].startswith("Per la prima volta"), outs
    # "per" is written for the step, not a word it failed to translate
    assert not any("per" in words.words for unit in found for words in unit), found


def test_a_secretariat_is_a_segreteria_in_italian() -> None:
    # spa-ita does not know the Spanish "secretaría" eng-spa writes for "Secretariat":
    # "La Secretaría del Consiglio di sicurezza nazionale"
    texts = ["The National Security Council Secretariat issued a statement."]
    with ApertiumEngine({}) as engine:
        out = engine.translate_batch(texts, "en", "it")[0].text
    assert out.startswith("La Segreteria") and "Secretar" not in out, out
