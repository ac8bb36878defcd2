"""Another state's security council named by its state, written with the state's name."""

from __future__ import annotations

import pytest

from cms_i18n.glossary import Glossary, translate_units
from cms_i18n.glossary.states import known_states, of_state

# Real sentences (24.kg, 24 Jun 2021 and 26 Jun 2025; qazinform.com, 12 Sep 2025;
# inform.kz, 3 Oct 2017 and 21 Oct 2021; some shortened), and the possessive forms
# ("Kyrgyzstan's Security Council", "Armenia's … Secretary").
REAL = [
    "Secretary of the Security Council of Kyrgyzstan Baktybek Bekbolotov took part in the "
    "20th meeting in Beijing.",
    "Secretary of the Security Council of the Kyrgyz Republic Baktybek Bekbolotov said that "
    "stability depends on collective action.",
    "Also, the issue of further strengthening the role and status of the Security Council of "
    "Kazakhstan will be considered.",
    "State Secretary of the Security Council of Belarus Aleksandr Volfovich signed the "
    "cooperation plan.",
    "Kyrgyzstan's Security Council discussed the border.",
    "Armenia's Security Council Secretary Armen Grigoryan spoke.",
]
WANTED = {
    "es": ["Consejo de Seguridad de Kirguistán", "Consejo de Seguridad de Kirguistán",
           "Consejo de Seguridad de Kazajistán", "Consejo de Seguridad de Bielorrusia",
           "El Consejo de Seguridad de Kirguistán", "Consejo de Seguridad de Armenia"],
    "pt": ["Conselho de Segurança do Quirguistão", "Conselho de Segurança do Quirguistão",
           "Conselho de Segurança do Cazaquistão", "Conselho de Segurança da Bielorrússia",
           "O Conselho de Segurança do Quirguistão", "Conselho de Segurança da Armênia"],
    "fr": ["Conseil de sécurité du Kirghizstan", "Conseil de sécurité du Kirghizstan",
           "Conseil de sécurité du Kazakhstan", "Conseil de sécurité de la Biélorussie",
           "Le Conseil de sécurité du Kirghizstan", "Conseil de sécurité de l'Arménie"],
    "it": ["Consiglio di sicurezza del Kirghizistan", "Consiglio di sicurezza del Kirghizistan",
           "Consiglio di sicurezza del Kazakistan", "Consiglio di sicurezza della Bielorussia",
           "Il Consiglio di sicurezza del Kirghizistan", "Consiglio di sicurezza dell'Armenia"],
}
# What the engines made of them unaided: the state's English name, a capital from the
# Spanish pivot, the UN's council.
WRONG = ["Kyrgyzstan", "Sécurité", "Sicurezza", "Naciones", "Nations", "Nazioni",
         "Nações"]


def test_the_states_are_the_glossarys_own_cues_with_their_adjectives(bundled: Glossary
                                                                     ) -> None:
    other = next(c for c in bundled.concepts if c.id == "NATIONAL_SC")
    states = {s.code: s.names for s in known_states(other.cues)}
    assert states["KG"] == ("Kyrgyzstan", "Kyrgyz")
    assert states["BY"] == ("Belarus", "Belarusian")
    assert "RU" not in states and "IR" not in states


@pytest.mark.parametrize(("lang", "code", "wanted"), [
    ("es", "KG", "de Kirguistán"), ("fr", "KZ", "du Kazakhstan"),
    ("fr", "UZ", "de l'Ouzbékistan"), ("fr", "MN", "de la Mongolie"),
    ("pt", "TJ", "do Tadjiquistão"), ("pt", "AM", "da Armênia"), ("pt-PT", "AM", "da Arménia"),
    ("it", "AZ", "dell'Azerbaigian"), ("it", "BY", "della Bielorussia"),
    ("it", "TM", "del Turkmenistan"), ("de", "KG", None),
])
def test_of_a_state_takes_the_languages_preposition_and_article(
        lang: str, code: str, wanted: str | None) -> None:
    assert of_state(lang, code) == wanted


@pytest.mark.parametrize(("text", "found"), [
    ("Kyrgyzstan's Security Council met.", "Kyrgyzstan's Security Council"),
    ("The Kazakh Security Council met.", "Kazakh Security Council"),
    ("The Security Council of the Republic of Kazakhstan met.",
     "Security Council of the Republic of Kazakhstan"),
    ("Secretary of the Security Council of the Kyrgyz Republic spoke.",
     "Security Council of the Kyrgyz Republic"),
    ("Uzbekistan’s National Security Council met.", "Uzbekistan’s National Security Council"),
])
def test_the_state_named_with_the_council_is_part_of_the_mention(
        bundled: Glossary, text: str, found: str) -> None:
    [occ] = bundled.matcher.find(text)
    assert occ.text == found and not occ.ambiguous


def test_no_state_is_added_that_the_source_does_not_name(bundled: Glossary) -> None:
    # A state elsewhere in the sentence is evidence, not part of the name: the bare
    # form stays the equally short one, with no state written into it.
    [occ] = bundled.matcher.find("Tokayev chaired the Security Council in Kazakhstan.")
    assert occ.ambiguous and occ.text == "Security Council"
    # A state the glossary does not know is left to the engine.
    assert bundled.matcher.find("Iran's Security Council met.") == []


@pytest.mark.engine
@pytest.mark.parametrize("lang", sorted(WANTED))
def test_real_sentences_name_the_states_council_in_each_language(
        bundled: Glossary, apertium, lang: str) -> None:
    results = translate_units(apertium, REAL, source="en", target=lang, glossary=bundled,
                              documents=[f"d{i}" for i in range(len(REAL))])
    for text, wanted, result in zip(REAL, WANTED[lang], results, strict=True):
        assert wanted in result.text, (text, result.text)
        assert not any(w in result.text for w in WRONG), (text, result.text)
        assert result.problems == (), (text, result.problems)
        assert any(c.startswith("glossary: ") and wanted.split()[-1] in c
                   for c in result.comments), result.comments
