"""An "X-led" compound before a noun reaches Apertium as "the noun led by X"."""

from __future__ import annotations

import re

import pytest

from cms_i18n.engines.agents import (
    agent_of,
    head_words,
    open_led,
    open_pairs,
    place_of,
    plain_by,
)
from cms_i18n.engines.apertium import ApertiumEngine

READ = {"mission": ["mission<n><sg>"], "arrived": ["arrive<vblex><past>"],
        "coalition": ["coalition<n><sg>"], "forces": ["force<n><pl>", "force<vblex><pri>"],
        "entered": ["enter<vblex><past>"], "killed": ["kill<vblex><past>", "killed<adj>"],
        "attacks": ["attack<n><pl>", "attack<vblex><pri>"], "city": ["city<n><sg>"],
        "peacekeeping": []}


def test_a_group_named_like_an_adjective_and_a_phrase_before_such_as_are_read() -> None:
    assert agent_of("Taliban") == "the Taliban"
    read = READ | {"mechanisms": ["mechanism<n><pl>"], "such": ["such<predet>"]}
    assert open_led("It joined ASEAN-led mechanisms such as the EAS.", read) == \
        "It joined mechanisms, led by the ASEAN, such as the EAS."


def test_a_state_is_named_by_its_adjective_even_an_irregular_one() -> None:
    assert [agent_of(w) for w in ("Russian", "German", "Swiss", "Dutch", "Turkish")] == \
        ["Russia", "Germany", "Switzerland", "the Netherlands", "Turkey"]


def test_an_acronym_takes_the_article_and_an_adjective_of_no_one_state_names_nobody() -> None:
    assert agent_of("NATO") == "the NATO"
    assert agent_of("European") is None and agent_of("Asian") is None


def test_the_words_after_a_compound_are_the_ones_to_ask_about() -> None:
    assert head_words("The German-led mission arrived, said a well-known man.") == \
        ["mission", "arrived"]
    assert head_words("A European-led mission arrived.") == []


def test_a_singular_head_takes_the_participle_after_it() -> None:
    assert open_led("The German-led mission arrived.", READ) == \
        "The mission led by Germany arrived."


def test_a_plural_head_takes_it_between_commas_and_the_article_is_kept_right() -> None:
    assert open_led("NATO-led forces entered the city.", READ) == \
        "Forces, led by the NATO, entered the city."
    assert open_led("It joined a US-led mission.", READ) == \
        "It joined a mission led by the US."


def test_a_phrase_that_may_go_on_is_not_cut() -> None:
    # the dictionary does not know "peacekeeping": the head may be further on
    text = "The Russian-led coalition peacekeeping force arrived."
    assert open_led(text, READ) == text


def test_a_verb_read_as_a_noun_before_a_determiner_stays_the_verb() -> None:
    assert open_led("The US-led coalition attacks the city.", READ) == \
        "The coalition led by the US attacks the city."


def test_a_verb_read_as_a_noun_before_a_name_or_closing_the_sentence_stays_the_verb() -> None:
    read = READ | {"left": ["left<adj>", "left<n><sg>", "leave<vblex><past>"],
                   "troops": ["troop<n><pl>"]}
    assert open_led("US-led forces left Iraq.", read) == "Forces, led by the US, left Iraq."
    assert open_led("Kabul-based troops left.", read) == "Troops, based in Kabul, left."


def test_a_place_before_based_is_where_the_noun_is() -> None:
    assert [place_of(w) for w in ("Tashkent", "Bishkek", "US", "Russian", "European")] == \
        ["Tashkent", "Bishkek", "the US", "Russia", None]
    assert open_led("The Tashkent-based mission arrived.", READ) == \
        "The mission based in Tashkent arrived."
    assert open_led("A Geneva-headquartered coalition arrived.", READ) == \
        "A coalition based in Geneva arrived."
    assert "tashkent" in head_words("The Tashkent-based mission arrived.")


def test_a_common_word_capitalised_at_the_start_is_no_place() -> None:
    read = READ | {"evidence": ["evidence<n><sg>"], "tashkent": ["*tashkent"]}
    assert open_led("Evidence-based mission arrived.", read) == "Evidence-based mission arrived."
    assert open_led("Tashkent-based mission arrived.", read) == \
        "Mission based in Tashkent arrived."


def test_a_common_noun_before_led_or_funded_is_the_agent_with_its_article() -> None:
    read = READ | {"government": ["government<n><sg>"], "study": ["study<n><sg>"],
                   "ended": ["end<vblex><past>"], "well": ["well<adv>", "well<n><sg>"],
                   "state": ["state<n><sg>", "state<vblex><inf>"],
                   "owned": ["own<vblex><pp>"], "companies": ["company<n><pl>"]}
    assert open_led("The government-funded study ended.", read) == \
        "The study funded by the government ended."
    assert open_led("The well-run study ended.", read) == "The well-run study ended."
    assert open_led("A self-funded study ended.", read) == "A self-funded study ended."
    # at a sentence's start, a capital does not make a common noun a name
    assert open_led("State-owned companies left.", read) == "State-owned companies left."


def test_verbs_misread_before_by_are_made_plain() -> None:
    assert plain_by("a deal brokered by Qatar, a force backed by Iran") == \
        "a deal mediated by Qatar, a force supported by Iran"
    assert plain_by("He backed the plan.") == "He backed the plan."


@pytest.mark.engine
def test_apertium_writes_x_led_as_spanish_does() -> None:
    texts = ["The German-led mission arrived in Mali.", "The US-led coalition bombed the city.",
             "A Saudi-backed government took office.", "The Swiss-led committee will meet.",
             "A Russian-brokered ceasefire collapsed."]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert "misión dirigida por Alemania" in out[0]
    assert "coalición dirigida por los EE.UU." in out[1]
    assert "gobierno apoyado por Arabia Saudí" in out[2]
    assert "comité dirigido por Suiza" in out[3]
    assert "mediado por Rusia" in out[4]
    assert not any("-" in t for t in out), out      # nothing glued with a hyphen


@pytest.mark.engine
def test_western_led_names_the_west_as_spanish_writes_it() -> None:
    """"the West" came out "el Del oeste" in mid-sentence."""
    with ApertiumEngine({}) as engine:
        [out] = engine.translate_batch(["They prefer Western-led forums like the Group of 7."],
                                       "en", "es")
    assert "dirigidos por Occidente" in out.text and "Del oeste" not in out.text, out.text


@pytest.mark.engine
def test_a_plural_head_keeps_its_noun_and_its_agent_apart() -> None:
    with ApertiumEngine({}) as engine:
        [out] = engine.translate_batch(["The Turkish-led forces entered the city."], "en", "es")
    assert out.text.startswith("Las fuerzas, dirigidas por Turquía,"), out.text


@pytest.mark.engine
def test_the_participle_agrees_with_the_plural_noun_heading_its_phrase() -> None:
    """Between commas the pair writes the participle masculine whatever it follows; it
    agrees with the phrase's plural noun, and the languages chained after Spanish
    inherit the agreement."""
    texts = ["They discussed the financing of Ethiopian-led peace operations.",
             "NATO-led attacks continued.", "US-led troops entered the town."]
    with ApertiumEngine({}) as engine:
        es = [t.text for t in engine.translate_batch(texts, "en", "es")]
        fr = [t.text for t in engine.translate_batch(texts[:1], "en", "fr")]
    assert "operaciones de paz, dirigidas por Etiopía" in es[0], es[0]
    assert "Ataques, dirigidos por la OTAN" in es[1], es[1]
    assert "Tropas, dirigidas por los EE.UU." in es[2], es[2]
    assert "dirigées par l'Éthiopie" in fr[0], fr[0]


def test_two_parties_joined_by_a_hyphen_are_written_around_their_noun() -> None:
    assert open_pairs("Russia-China relations are strong.") == \
        "Relations between Russia and China are strong."
    assert open_pairs("Recent U.S.-Russia contacts helped.") == \
        "Recent contacts between the U.S. and Russia helped."
    assert open_pairs("the Kenya-led mission and the US-UK Bank") == \
        "the Kenya-led mission and the US-UK Bank"


@pytest.mark.engine
def test_apertium_writes_two_parties_as_spanish_does() -> None:
    """Glued, the pair came out "la Rusia-relación de China", "La UE-cumbre de China"."""
    texts = ["The Russia-China relationship is strong.", "The EU-China summit was held.",
             "The conflict began with the Georgia-Russia War in 2008."]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert out[0].startswith("La relación entre Rusia y China"), out[0]
    assert out[1].startswith("La cumbre entre la UE y China"), out[1]
    # "la Georgia-Guerra de Rusia" before
    assert "la Guerra entre Georgia y Rusia" in out[2], out[2]


@pytest.mark.engine
def test_apertium_writes_a_war_with_any_named_side_and_a_trade_war_as_spanish_does() -> None:
    """A new user's pages: "the Israel-Hamas war" came out "El Israel-Hamas la guerra" (the
    other side no state the product knows), "the US-China trade war" "El comercio entre
    los EE.UU. y guerra de China"; two brand names keep their hyphen."""
    texts = ["The Israel-Hamas war continued.", "The US-China trade war hurt farmers.",
             "The Coca-Cola war of the eighties."]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert out[0].startswith("La guerra entre Israel y Hamas"), out[0]
    assert out[1].startswith("La guerra de comercio entre los EE.UU. y China"), out[1]
    assert "Coca-Cola" in out[2], out[2]


@pytest.mark.engine
def test_apertium_writes_where_a_body_is_based_without_gluing_the_city() -> None:
    """A city the pair's dictionary lacks was glued to the noun after it ("El
    Taskent-centro basado"); written after the noun it reads as Spanish does."""
    texts = ["The Tashkent-based centre opened in May.", "A Geneva-based group said so.",
             "Kabul-based troops left.", "Evidence-based policy matters."]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert "centro basado en Taskent" in out[0], out[0]
    assert "grupo basado en Geneva" in out[1], out[1]
    assert out[2].startswith("Tropas, basadas en Kabul,"), out[2]
    assert "en evidencia" not in out[3].lower(), out[3]
    assert not any(re.search(r"\w-\w", t) for t in out[:3]), out
