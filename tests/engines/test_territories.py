"""Names through a chain of Apertium pairs: what the first step passed through as a name
and a state's name the next step knows as another word reach the target as names."""

from __future__ import annotations

import re

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.territories import COMPANY_STANDINS

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


# The first step out of English reads a state's name as a common word where the words
# around it lead its tagger there: eng-spa wrote "Rusia y Porcelana", "apoya Pavo",
# "Incluye Turquía e irán"; a state the sentence names mid-sentence is the state in
# every language, as the language names it.
STATES = ["Ties between Russia and China with a view to trade improved.",
          "Russia supports Turkey with arms, and NATO member Turkey objected.",
          "It includes Turkey and Iran.",
          "China and Russia signed. The SCO includes China with eight other members."]
STATES_WANTED = {
    "es": ["Rusia y China", "apoya Turquía", "Turquía objetó", "Turquía e Irán",
           "incluye China"],
    "ca": ["Rússia i Xina", "Turquia amb armes", "Turquia i Iran", "inclou Xina"],
    "gl": ["Rusia e China", "apoia Turquía", "Turquía e Irán", "inclúe China"],
    "fr": ["la Russie et la Chine", "soutient la Turquie", "la Turquie et l'Iran",
           "comprend la Chine"],
    "it": ["Russia e Cina", "sostiene Turchia", "Turchia e Iran", "include Cina"],
    "pt": ["Rússia e China", "apoia Turquia", "Turquia e Irão", "inclui China"],
}
MISREAD = ["Porcelana", "porcelana", "Pavo", "pavo", "Porcelaine", "Xina d", "irán",
           "Perú", "Chinesa"]


@pytest.mark.engine
@pytest.mark.parametrize("lang", sorted(STATES_WANTED))
def test_a_state_named_mid_sentence_is_the_state_in_every_language(
        engine: ApertiumEngine, lang: str) -> None:
    if ("en", lang) not in engine.pairs():
        pytest.skip(f"no Apertium route to {lang}")
    out = " ".join(t.text for t in engine.translate_batch(STATES, "en", lang))
    assert all(name in out for name in STATES_WANTED[lang]), out
    assert not any(word in out for word in MISREAD), out
    assert "ZXQ" not in out.upper(), out


@pytest.mark.engine
def test_a_state_s_name_inside_another_name_or_a_common_word_is_left_alone(
        engine: ApertiumEngine) -> None:
    # "fine china" is porcelain; "Air China" and "China Daily" are other names, and a
    # possessive is the engine's ("el dirigente de China")
    out = engine.translate_batch(["They sold fine china to the museum.",
                                  "Turkey's president met China's leader."], "en", "es")
    assert "porcelana" in out[0].text, out[0].text
    assert "de China" in out[1].text and "ZXQ" not in out[1].text.upper(), out[1].text


# A state's name inside the name of a company, a newspaper or a place, as news copy
# writes them (China Daily, 31 Aug 2012, on an Air China flight; Xinhua, 20 Jul 2007, on
# three banks; Miami Herald copy on Turkey Point; Bloomberg, 21 Mar 2022): eng-spa wrote
# "Porcelana de Aire", "China Diariamente", "Banco de Mercaderes de la China", "Turquía
# Señala", "China Oriental".  The whole capitalised run is the name, kept as written;
# "Bank of China" is the engine's ("Banco de China"), and a title a state's name leads
# is the state's.
RUNS = [
    "Authorities are trying to find out who made a threat that forced a New York "
    "City-bound Air China flight to turn around and return to Beijing.",
    "Yang Rui, deputy general manager of Air China North America, told China Daily.",
    "The three banks are the Bank of China (BOC), the Bank of Communications and China "
    "Merchants Bank.",
    "Florida Power & Light's Turkey Point nuclear plant near Homestead will be subject to "
    "elevated scrutiny from federal regulators.",
    "China Eastern will ground all of its Boeing 737-800 passenger flights from Tuesday.",
    "Iran Foreign Minister Abbas Araghchi met the Foreign Minister of China.",
]
RUNS_KEPT = ["Air China", "Air China North America", "China Daily", "China Merchants Bank",
             "Turkey Point", "China Eastern"]
RUNS_MISREAD = ["Porcelana", "porcelana", "Diariamente", "Mercaderes", "Señala",
                "Oriental", "Porcelaine", "Orientale", "Dinde"]


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr", "pt", "it"])
def test_a_state_s_name_inside_a_run_of_capitalised_words_keeps_the_whole_name(
        engine: ApertiumEngine, lang: str) -> None:
    if ("en", lang) not in engine.pairs():
        pytest.skip(f"no Apertium route to {lang}")
    out = [t.text for t in engine.translate_batch(RUNS, "en", lang)]
    joined = " ".join(out)
    assert all(name in joined for name in RUNS_KEPT), joined
    assert not any(word in joined for word in RUNS_MISREAD), joined
    assert "ZXQ" not in joined.upper(), joined
    # "Bank of China", and the titles, are translated with the state in them
    assert "Bank of China" not in out[2] and "Foreign Minister" not in out[5], out
    if lang == "es":
        assert "el Banco de China" in out[2], out[2]
        assert "de Irán" in out[5] and "de China" in out[5], out[5]


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr", "pt", "pt-BR", "it", "ca", "gl"])
def test_every_company_standin_passes_every_route_as_a_name_after_its_noun(
        engine: ApertiumEngine, lang: str) -> None:
    texts = [f"A {name} flight landed after {name}'s report, and {name} said so."
             for name in COMPANY_STANDINS]
    for name, out in zip(COMPANY_STANDINS, engine.translate_batch(texts, "en", lang),
                         strict=True):
        assert out.text.count(name) == 3, out.text
        # a company's grammar: the noun first ("un vuelo de Microsoft"), no article after it
        assert re.search(rf"\b(?:de|di|d') ?{name}\b", out.text), out.text


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wanted"), [
    ("es", "Un vuelo de Air China"), ("pt", "Um voo de Air China"),
    ("it", "Un volo di Air China"), ("fr", "Un vol d'Air China"),
    ("ca", "Un vol d'Air China"),
])
def test_a_name_kept_as_written_before_a_noun_comes_after_the_noun(
        engine: ApertiumEngine, lang: str, wanted: str) -> None:
    # Before, the run reached the engine as a word it did not know, which kept the
    # English order and gained an article: "Un Air China el vuelo aterrizó".
    out = engine.translate_batch(["An Air China flight landed in Moscow."], "en", lang)[0]
    assert out.text.startswith(wanted), out.text
    # a text naming the stand-ins itself keeps them, and the run still comes back
    text = "Microsoft and Google staff took an Air China flight with Facebook's chief."
    out = engine.translate_batch([text], "en", lang)[0]
    assert all(out.text.count(name) == 1 for name in
               ("Microsoft", "Google", "Facebook", "Air China")), out.text
    assert "ZXQ" not in out.text.upper(), out.text


@pytest.mark.engine
def test_a_state_as_a_participles_agent_takes_its_article_in_french() -> None:
    """es-fr kept Spanish's bare name after "par": "dirigée par Arabie saoudite"."""
    texts = ["The coalition led by Saudi Arabia attacked.", "The mission led by Kenya arrived."]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "fr")]
    assert "dirigée par l'Arabie saoudite" in out[0], out[0]
    assert "dirigée par le Kenya" in out[1], out[1]
