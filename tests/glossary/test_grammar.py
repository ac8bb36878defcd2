"""Articles in front of an approved term, per language: agreement, elision, contraction."""

from __future__ import annotations

import pytest

from cms_i18n.glossary.grammar import fix_article


def fixed(text: str, term: str, lang: str, gender: str, number: str = "sg") -> str:
    start = text.index(term)
    return fix_article(text, start, start + len(term), lang, gender, number)[0]


@pytest.mark.parametrize(("lang", "text", "term", "gender", "number", "wanted"), [
    # French: elision before a vowel, contraction with de / à, none before a consonant
    ("fr", "Membres de la Organisation de Shanghai", "Organisation", "f", "sg",
     "Membres de l'Organisation de Shanghai"),
    ("fr", "Membres du OTSC", "OTSC", "f", "sg", "Membres de l'OTSC"),
    ("fr", "La Organisation a dit", "Organisation", "f", "sg", "L'Organisation a dit"),
    ("fr", "Au Conseil de sécurité", "Conseil de sécurité", "m", "sg", "Au Conseil de sécurité"),
    ("fr", "Membres de la Conseil de sécurité", "Conseil de sécurité", "m", "sg",
     "Membres du Conseil de sécurité"),
    ("fr", "Pays de BRICS", "BRICS", "m", "pl", "Pays des BRICS"),
    ("fr", "Membres de l'Ligue des États arabes", "Ligue des États arabes", "f", "sg",
     "Membres de la Ligue des États arabes"),
    ("fr", "OTSC a dit", "OTSC", "f", "sg", "L'OTSC a dit"),
    # Portuguese: contractions of de / em / a / por with o, a, os, as
    ("pt", "Membros do Organização", "Organização", "f", "sg", "Membros da Organização"),
    ("pt", "No OTSC", "OTSC", "f", "sg", "Na OTSC"),
    ("pt", "Participação em OTSC", "OTSC", "f", "sg", "Participação na OTSC"),
    ("pt", "Países de BRICS", "BRICS", "m", "pl", "Países dos BRICS"),
    ("pt", "O OCX disse", "OCX", "f", "sg", "A OCX disse"),
    ("pt", "Ao União Africana", "União Africana", "f", "sg", "À União Africana"),
    # Italian: l' before a vowel, lo before s + consonant, articulated prepositions
    ("it", "Membri della Organizzazione", "Organizzazione", "f", "sg",
     "Membri dell'Organizzazione"),
    ("it", "Il ASEAN", "ASEAN", "f", "sg", "L'ASEAN"),
    ("it", "Membri di Consiglio di sicurezza", "Consiglio di sicurezza", "m", "sg",
     "Membri del Consiglio di sicurezza"),
    ("it", "Il Stato", "Stato", "m", "sg", "Lo Stato"),
    # Catalan: the feminine keeps "la" before an unstressed i/u, de + el contracts
    ("ca", "Membres de la Organització", "Organització", "f", "sg",
     "Membres de l'Organització"),
    ("ca", "Membres de la Unió Africana", "Unió Africana", "f", "sg",
     "Membres de la Unió Africana"),
    ("ca", "Membres de la Consell de Seguretat", "Consell de Seguretat", "m", "sg",
     "Membres del Consell de Seguretat"),
    # Spanish as before
    ("es", "Jefes del OCS", "OCS", "f", "sg", "Jefes de la OCS"),
])
def test_article_before_the_term(lang, text, term, gender, number, wanted) -> None:
    assert fixed(text, term, lang, gender, number) == wanted


def test_a_determiner_is_left_alone() -> None:
    assert fixed("Sa Organisation", "Organisation", "fr", "f") == "Sa Organisation"
    assert fixed("Sua OTSC", "OTSC", "pt", "f") == "Sua OTSC"
