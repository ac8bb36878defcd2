"""*Meet* through Apertium into Spanish: people meet (*reunirse*), targets are met
(*cumplir*), and a proposal met with criticism is received, not met."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.meetings import meeting_senses, meetings


@pytest.fixture(scope="module")
def engine():
    with ApertiumEngine({}) as engine:
        yield engine


# What raw eng-spa writes for each: a form of "cumplir".
@pytest.mark.parametrize(("english", "wanted"), [
    ("The president met with the delegation on Monday.", "se reunió con la delegación"),
    ("Foreign ministers of the member states will meet in Astana next week.",
     "se reunirán en Astaná"),
    ("Lavrov plans to meet with his counterpart in Geneva.", "reunirse con su"),
    ("The two leaders have met twice since June.", "se han reunido dos veces"),
    ("The prime minister is meeting with union leaders today.", "reuniéndose con"),
    ("They did not meet during the summit.", "No se reunieron"),
    ("The delegation meets the governor of the region on Tuesday.", "se reúne con el gobernador"),
])
def test_people_who_meet_are_said_to_reunirse(engine: ApertiumEngine, english: str,
                                              wanted: str) -> None:
    out = engine.translate_batch([english], "en", "es")[0].text
    assert wanted in out and "cumpl" not in out, out


@pytest.mark.parametrize(("english", "kept"), [
    ("The plan failed to meet the targets set by the ministry.", "cumplir los objetivos"),
    ("The company met the deadline.", "cumplió la fecha límite"),
    ("The proposal was met with criticism from the opposition.", "cumplida con"),
])
def test_targets_and_receptions_are_not_meetings(engine: ApertiumEngine, english: str,
                                                 kept: str) -> None:
    out = engine.translate_batch([english], "en", "es")[0].text
    assert kept in out and "reun" not in out, out


@pytest.mark.parametrize(("lang", "wanted"), [
    ("pt", "reuniu-se com"), ("fr", "s'est réuni avec"),
])
def test_a_chain_through_spanish_gets_the_meeting_too(engine: ApertiumEngine, lang: str,
                                                      wanted: str) -> None:
    out = engine.translate_batch(["The president met with the delegation on Monday."],
                                 "en", lang)[0].text
    assert wanted in out, out


def test_french_pronominal_verbs_take_etre(engine: ApertiumEngine) -> None:
    # es-fr writes "s'ont" for any Spanish pronominal preterite ("se reunieron")
    out = engine.translate_batch(["The foreign ministers met in Astana on Friday."],
                                 "en", "fr")[0].text
    assert "se sont réunis" in out and "s'ont" not in out, out


def test_a_sentence_where_another_verb_became_cumplir_is_left_alone() -> None:
    # two forms of cumplir, one form of meet: nothing says which is which
    spanish = "Putin cumplió con Xi y cumplió con la orden."
    assert meetings("Putin met Xi and complied with the order.", spanish) == spanish


def test_several_meetings_and_a_target_in_one_sentence() -> None:
    assert meeting_senses("Putin met Xi, met with Modi and met the deadline.") == [
        (True, True), (True, False), (False, True)]
    assert meetings("Putin met Xi, met with Modi and met the deadline.",
                    "Putin cumplió Xi, cumplió con Modi y cumplió la fecha límite.") == (
        "Putin se reunió con Xi, se reunió con Modi y cumplió la fecha límite.")


def test_a_personal_a_becomes_con() -> None:
    assert meetings("He met the ambassador.", "Cumplió al embajador.") == (
        "Se reunió con el embajador.")


def test_an_adverb_between_the_verb_and_the_place_changes_nothing() -> None:
    assert meetings("Ministers will meet informally in Moscow this week.",
                    "Los ministros cumplirán informalmente en Moscú esta semana.") == (
        "Los ministros se reunirán informalmente en Moscú esta semana.")
    # a target met on time is still met
    assert meetings("They barely met the deadline.", "Apenas cumplieron la fecha límite.") == (
        "Apenas cumplieron la fecha límite.")
