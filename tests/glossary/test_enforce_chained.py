"""The glossary through a chain of Apertium pairs, or a direct pair other than eng-spa:
the final language's approved names."""

from __future__ import annotations

import re

import pytest

from cms_i18n.glossary import Glossary, translate_units

pytestmark = pytest.mark.engine

SENTENCES = {
    "pt": [
        ("India hosted the SCO's virtual summit in July 2023.", ["da OCX"]),
        ("Armenia froze its participation in the CSTO.", ["na OTSC"]),
        ("The Taliban took power in Kabul in August 2021.", ["O Talibã"]),
        ("Leaders of the BRICS countries met in Johannesburg.", ["dos BRICS"]),
        ("The African Union and the Arab League called for a ceasefire.",
         ["A União Africana", "a Liga dos Estados Árabes"]),
        ("Members of the Association of Southeast Asian Nations met in Jakarta.",
         ["da Associação de Nações do Sudeste Asiático"]),
        ("The Commonwealth of Independent States held a summit.",
         ["A Comunidade dos Estados Independentes"]),
        # a headline: bare, the stand-in ("over hammer meeting") is read as a verb and
        # the pass fails; sent again as "over the meeting of the hammer" it comes back
        # in Portuguese word order, not written in with the English one ("sobre o
        # Conselho de Segurança da Rússia reunião")
        ("Putin presides over Security Council meeting today, Kremlin insists it is routine",
         ["sobre a reunião do Conselho de Segurança da Rússia hoje"]),
    ],
    "fr": [
        ("India hosted the SCO's virtual summit in July 2023.", ["de l'OCS"]),
        ("Armenia froze its participation in the CSTO.", ["l'OTSC"]),
        ("The Taliban took power in Kabul in August 2021.", ["Les talibans"]),
        ("The Shanghai Cooperation Organisation was founded in 2001.",
         ["L'Organisation de Shanghai pour la coopération"]),
        ("The African Union and the Arab League called for a ceasefire.",
         ["L'Union africaine", "la Ligue des États arabes"]),
        ("Shoigu was appointed secretary of Russia's Security Council.",
         ["du Conseil de sécurité de Russie"]),
        ("The Global South wants a bigger voice.", ["Le Sud global"]),
    ],
    # direct pairs, with names only for the bodies a source gives in these languages;
    # Galician goes by code-switching (no stand-ins), and en-gl drops the "do" of
    # "Organización do Tratado" written into the English: it is written back
    "gl": [
        ("The Collective Security Treaty Organization (CSTO) is a military alliance.",
         ["A Organización do Tratado de Seguridade Colectiva (OTSC)"]),
        ("Members of the Commonwealth of Independent States met in Minsk.",
         ["da Comunidade de Estados Independentes"]),
        ("India hosted the SCO's virtual summit in July 2023.", ["da OCS"]),
    ],
    "ca": [
        ("The UN Security Council adopted resolution 2593.",
         ["El Consell de Seguretat de les Nacions Unides"]),
        # seco.am: a bare Security Council nothing ties to a body gets the short form the
        # Catalan press uses, though Russia's council (one reading) has no Catalan name
        ("Today Secretary of the Security Council Mr. Armen Grigoryan gave an interview to "
         "the Public Television.", ["Secretari del Consell de Seguretat"]),
        ("India hosted the SCO's virtual summit in July 2023.", ["de l'OCS"]),
    ],
}


@pytest.fixture(scope="module")
def chained():
    from cms_i18n.engines.apertium import ApertiumEngine

    with ApertiumEngine({}) as engine:
        if not {("en", lang) for lang in SENTENCES} <= engine.pairs():
            pytest.skip("no Apertium route to every language here (scripts/setup --dev)")
        yield engine


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_final_language_gets_its_approved_names_with_their_articles(
        bundled: Glossary, chained, lang: str) -> None:
    texts = [text for text, _ in SENTENCES[lang]]
    results = translate_units(chained, texts, source="en", target=lang, glossary=bundled,
                              documents=[f"d{i}" for i in range(len(texts))])
    for (text, wanted), result in zip(SENTENCES[lang], results, strict=True):
        for piece in wanted:
            assert piece in result.text, (text, result.text)
        assert result.problems == (), (text, result.problems)
    raw = chained.translate_batch(texts, "en", lang)
    assert sum(all(p in r.text for p in wanted)
               for r, (_, wanted) in zip(raw, SENTENCES[lang], strict=True)) <= 1


def test_stand_ins_are_the_default_strategy_through_a_chain(bundled: Glossary, chained) -> None:
    assert chained.glossary_strategy("pt") == "standin"
    assert chained.glossary_strategy("fr-CA") == "standin"


def test_term_free_text_is_left_alone(bundled: Glossary, chained) -> None:
    texts = ["The central bank raised interest rates on Thursday.",
             # another body's name that holds the short form: left to the engine
             "The Homeland Security Council discussed border security."]
    for lang in ("pt", "fr"):
        raw = [t.text for t in chained.translate_batch(texts, "en", lang)]
        results = translate_units(chained, texts, source="en", target=lang, glossary=bundled,
                                  documents=["a", "b"])
        assert [r.text for r in results] == raw


# Secretariats named with their organisation, the misnomer "SCTO" among them: the noun
# in each language with the organisation's approved acronym.  Unaided, the noun is left
# in the language between ("la Secretaría dell'OTSC") or lost ("El CSTO el secretariat").
SECRETARIATS = ["At the session we will hear the information by the SCTO Secretariat.",
                "The SCO Secretariat in Beijing hosted the meeting."]
SECRETARIATS_WANTED = {
    "es": ["la Secretaría de la OTSC", "La Secretaría de la OCS"],
    "pt": ["Secretariado da OTSC", "O Secretariado da OCX"],
    "fr": ["le Secrétariat de l'OTSC", "Le Secrétariat de l'OCS"],
    "it": ["il Segretariato dell'OTSC", "Il Segretariato dell'OCS"],
    "gl": ["Secretaría da OTSC", "A Secretaría da OCS"],
    "ca": [None, "La Secretaria de l'OCS"],     # no Catalan name for the CSTO
}


@pytest.mark.parametrize("lang", sorted(SECRETARIATS_WANTED))
def test_a_secretariat_is_the_noun_with_the_organisations_acronym(
        bundled: Glossary, chained, lang: str) -> None:
    if ("en", lang) not in chained.pairs():
        pytest.skip(f"no Apertium route to {lang}")
    results = translate_units(chained, SECRETARIATS, source="en", target=lang,
                              glossary=bundled, documents=["a", "b"])
    for wanted, result in zip(SECRETARIATS_WANTED[lang], results, strict=True):
        if wanted is not None:
            assert wanted in result.text, result.text
            assert result.problems == (), result.problems
            assert "SCTO" not in result.text and "Secretaría dell" not in result.text


# Iran's council and the United States' by the names the press gives them: each
# language's own name, never the engine's reordering ("Conseil de sécurité nationale
# suprême"); an acronym in parentheses after its short form follows the language's rule.
COUNCILS = ["Iran's Supreme National Security Council secretary Ali Larijani met the envoy.",
            "The Supreme National Security Council (SNSC) met in Tehran on Sunday.",
            "The White House National Security Council spokesman John Kirby spoke."]
COUNCILS_WANTED = {
    "fr": ["Conseil suprême de sécurité nationale de l'Iran",
           "Le Conseil suprême de sécurité nationale de l'Iran s",
           "Conseil de sécurité nationale des États-Unis"],
    "it": ["Supremo consiglio per la sicurezza nazionale dell'Iran",
           "Il Supremo consiglio per la sicurezza nazionale dell'Iran riun",
           "Consiglio per la sicurezza nazionale della Casa Bianca"],
    # noticiar.pt (Lusa): "do Conselho Supremo de Segurança Nacional do Irão"
    "pt": ["secretário do Conselho Supremo de Segurança Nacional do Irão",
           "O Conselho Supremo de Segurança Nacional do Irão reun",
           "Conselho de Segurança Nacional dos EUA"],
}


@pytest.mark.parametrize("lang", sorted(COUNCILS_WANTED))
def test_iran_s_and_the_united_states_councils_have_their_names(
        bundled: Glossary, chained, lang: str) -> None:
    results = translate_units(chained, COUNCILS, source="en", target=lang, glossary=bundled,
                              documents=["a", "b", "c"])
    for wanted, result in zip(COUNCILS_WANTED[lang], results, strict=True):
        assert wanted in result.text, result.text
        assert result.problems == (), result.problems
        assert "SNSC" not in result.text and "(Conseil" not in result.text


# A name interrupted by its parent's acronym in parentheses: the body's approved name
# in the final language, the parent's name spelt out in it as the source spelt it, the
# parent's acronym after it; a body's own initials left out where the language has no
# acronym for it.
INTERRUPTED = ["The United Nations (UN) Security Council adopted a resolution on Monday.",
               "Leaders attended the Shanghai Cooperation Organization (SCO) Council of "
               "Heads of State in Astana.",
               "The Collective Security Treaty Organisation (CSTO) Secretariat issued a "
               "statement.",
               "Russia's Security Council (SC) Secretary Sergei Shoigu met the delegation."]
INTERRUPTED_WANTED = {
    "fr": ["Le Conseil de sécurité des Nations Unies (ONU)",
           "le Conseil des chefs d'État de l'Organisation de Shanghai pour la coopération "
           "(OCS) à Astana",
           "Le Secrétariat de l'Organisation du traité de sécurité collective (OTSC)",
           "du Conseil de sécurité de Russie"],
    "it": ["Il Consiglio di sicurezza delle Nazioni Unite (ONU)",
           "il Consiglio dei capi di Stato dell'Organizzazione per la cooperazione di "
           "Shanghai (OCS)",
           "Il Segretariato dell'Organizzazione del trattato di sicurezza collettiva (OTSC)",
           "del Consiglio di sicurezza della Federazione Russa"],
    "pt": ["O Conselho de Segurança das Nações Unidas (ONU)",
           "o Conselho de Chefes de Estado da Organização para Cooperação de Xangai (OCX)",
           "O Secretariado da Organização do Tratado de Segurança Coletiva (OTSC)",
           "do Conselho de Segurança da Rússia"],
}


@pytest.mark.parametrize("lang", sorted(INTERRUPTED_WANTED))
def test_a_name_interrupted_by_its_parent_s_acronym_is_the_whole_name(
        bundled: Glossary, chained, lang: str) -> None:
    """The body's whole name, its parent spelt out as the source spelt it, the parent's
    letters once and the source's letters never."""
    results = translate_units(chained, INTERRUPTED, source="en", target=lang,
                              glossary=bundled, documents=["a", "b", "c", "d"])
    for wanted, result in zip(INTERRUPTED_WANTED[lang], results, strict=True):
        assert wanted in result.text, result.text
        assert result.problems == (), result.problems
        assert not re.search(r"\((?:SCO|CSTO|SC)\)", result.text), result.text
        assert all(len(re.findall(rf"\({letters}\)", result.text)) <= 1
                   for letters in ("OCS", "OCX", "OTSC")), result.text
