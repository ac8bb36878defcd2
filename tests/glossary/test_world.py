"""The words by which a text speaks of states and their bodies."""

from __future__ import annotations

import pytest

from cms_i18n.glossary.world import world_word


@pytest.mark.parametrize(("text", "word"), [
    ("The SCO summit opened in Tianjin.", "summit"),
    ("Migrants from Tajikistan sent money home.", "Migrants"),
    ("Uzbek and Kyrgyz delegates met.", "Uzbek"),
    ("Pakistani troops took part.", "Pakistani"),
    ("The bloc's secretariat is in Beijing.", "bloc"),
    ("As NATO expands eastward and the SCO westward.", "NATO"),
    ("The SCO Charter was signed in 2002 and entered into force in 2003.", "entered into force"),
    ("One of the AU's main objectives is to eliminate the remaining vestiges of colonization "
     "and apartheid.", "apartheid"),
    # a state that was
    ("The Hockey Championship of CIS replaced the hockey championship of the USSR.", "USSR"),
])
def test_words_of_states_and_their_dealings(text: str, word: str) -> None:
    assert world_word(text) == word


@pytest.mark.parametrize("text", [
    "Let's be frank: when did you last queue for a ticket to an SCO concert?",
    "The CIS degree prepares graduates for immediate employment in computing.",
    "The CIS has developed international hardening standards and security benchmarks.",
    "The team won its third straight CIS National Championship.",
    "Children of Indiana's schools met the members of the club.",
    "One AU is roughly 150 million km.",
    "The colonization of Mars would begin 1.5 AU from the Sun.",
])
def test_other_worlds_have_none(text: str) -> None:
    assert world_word(text) is None
