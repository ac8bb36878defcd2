"""People's names through Apertium: a surname the engine knows as a word comes out as
written, words that are no names are still translated."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.names import STANDINS, find_names, hide_names, show_names

LANGS = ("es", "fr", "pt", "it", "ca", "gl")


@pytest.fixture(scope="module")
def engine():
    with ApertiumEngine({}) as engine:
        yield engine


# Sentences of the news sets (NTREX-128, newstest2019) and of the glossary's rounds; the
# words each engine wrote for the surname before.
@pytest.mark.parametrize(("text", "names", "common"), [
    ("That seat had been held by a Republican for over a decade, and President Donald "
     "Trump won the district by 20 points.", ["Trump"],
     ["Triunfo", "Triomphe", "Trionfo", "Triomf"]),
    ("Mr Bone dismissed suggestions that public opinion had changed since the 2016 vote.",
     ["Bone"], ["Hueso", "Os ", "Osso", "Óso"]),
    ("Secretary of State Condoleezza Rice and James Baker spoke with Speaker Nancy Pelosi.",
     ["Rice", "Baker", "Pelosi"], ["Arroz", "Riz", "Riso", "Panadero", "Boulanger",
                                   "Altavoz", "Haut-parleur", "Altoparlante", "Altaveu"]),
    ("Former president George W. Bush and Paul Rich attended, as did Sarah Price.",
     ["Bush", "Rich", "Price"], ["Arbusto", "Rico", "Riche", "Precio", "Prix", "Prezzo"]),
])
@pytest.mark.parametrize("lang", LANGS)
def test_a_name_the_engine_knows_as_a_word_reaches_the_target_as_written(
        engine: ApertiumEngine, lang: str, text: str, names: list[str],
        common: list[str]) -> None:
    out = engine.translate_batch([text], "en", lang)[0].text
    assert all(name in out for name in names), out
    assert not any(word in out for word in common), out
    assert not any(standin in out for standin in STANDINS), out


@pytest.mark.parametrize(("lang", "wanted"), [
    ("es", "La campaña de señor Trump"), ("fr", "La campagne de monsieur Trump"),
    ("pt", "A campanha de senhor Trump"), ("it", "La campagna di signore Trump"),
])
def test_a_name_keeps_its_genitive(engine: ApertiumEngine, lang: str, wanted: str) -> None:
    # the engine drops the genitive of a word it does not know: "Señor ZXQVA  campaña"
    out = engine.translate_batch(["Mr. Trump's campaign colluded."], "en", lang)[0].text
    assert out.startswith(wanted), out


@pytest.mark.parametrize(("text", "wanted"), [
    # nothing in these says a person: the capitalised words are translated as before
    ("The rector of Charles University spoke on John Street.", ["Universidad", "Calle"]),
    ("Mickelson will pass Nick Faldo's record for the most Ryder Cup matches.", ["Copa"]),
    ("Pompeo met Ri on the sidelines of the U.N. General Assembly.", ["Asamblea General"]),
    ("Attorney General Jeff Sessions ordered immigration judges to act.", ["General"]),
    ("Bohuslav Svoboda, Lord Mayor of Prague, attended.", ["Alcalde"]),
    ("The Security Council met on Monday, and Parliament approved the budget.",
     ["Consejo de Seguridad", "lunes", "parlamento"]),
])
def test_a_capitalised_word_nothing_names_as_a_person_is_translated(
        engine: ApertiumEngine, text: str, wanted: list[str]) -> None:
    out = engine.translate_batch([text], "en", "es")[0].text
    assert all(w in out for w in wanted), out


@pytest.mark.parametrize("lang", ["es", "fr", "pt", "pt-BR", "it", "ca", "gl"])
def test_every_standin_passes_through_every_route_as_a_name(engine: ApertiumEngine,
                                                             lang: str) -> None:
    texts = [f"Mr. {name}'s campaign met {name} and the visit of {name} began."
             for name in STANDINS]
    for name, out in zip(STANDINS, engine.translate_batch(texts, "en", lang), strict=True):
        assert out.text.count(name) == 3, out.text


def test_a_text_holding_every_standin_is_never_swapped(engine: ApertiumEngine) -> None:
    # no stand-in is free: the names are left to the engine, the text's own surnames stay
    text = f"{', '.join(STANDINS)} and Donald Trump met."
    out = engine.translate_batch([text], "en", "es")[0].text
    assert all(out.count(name) == 1 for name in STANDINS), out


@pytest.mark.parametrize(("text", "found"), [
    ("US President Donald Trump met Rice.", ["Trump"]),
    ("Donald Trump met Rice. Trump said Mr Baker agreed.", ["Trump", "Trump", "Baker"]),
    ("Former president George W. Bush spoke.", ["Bush"]),
    ("The U.S. Department of Justice Analyst Paul Rowlett testified.", []),
    ("Secretary General Guterres and Lord Mayor Baker met.", ["Baker"]),
    ("PRESIDENT DONALD TRUMP MET RICE", []),
])
def test_names_are_found_by_what_stands_before_them(text: str, found: list[str]) -> None:
    given = {"Donald", "George", "Paul"}
    common = {"Trump", "Rice", "Baker", "Bush", "Department", "Justice", "Analyst",
              "General", "Mayor", "Secretary"}
    assert [text[a:b] for a, b in find_names(text, given, common)] == found


def test_a_name_comes_back_wherever_the_engine_put_its_standin() -> None:
    text = "Donald Trump met Rice, and Trump left."
    hidden, names = hide_names(text, find_names(text, {"Donald"}, {"Trump", "Rice"}))
    assert hidden == "Donald Jones met Rice, and Jones left."
    assert show_names("Jones se fue tras ver a Donald Jones.", names) == \
        "Trump se fue tras ver a Donald Trump."
