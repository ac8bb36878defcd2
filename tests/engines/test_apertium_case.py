"""Capitals through Apertium: a country's name after a conjunction Spanish rewrites
("y" → "e", "o" → "u") keeps its capital, and no later step of a chain reads it as a
verb ("irán" → "irão", they will go)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.apertium_case import (
    acronym_capitals,
    body_case,
    conjunction_case,
    sentence_case,
)
from tests.helpers import page_entry, translated_pages

TEXTS = ["China and Iran signed a deal.",
         "Trade with India and Iran, Italy or Oman rose, and industry and oil too."]


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "names", "lost"), [
    ("es", ["Irán", "India", "Italia", "Omán"], ["irán", "omán", "E industria"]),
    ("pt", ["Irão", "Índia", "Itália", "Omã"], ["irão", "omã", "irán"]),
    ("pt-BR", ["Irã", "Índia", "Itália", "Omã"], ["irão", "Irão", "irán"]),   # Brazil's
    ("fr", ["Iran", "Inde", "Italie", "Oman"], ["iront", "irán"]),
    ("it", ["Iran", "Italia", "Oman"], ["andranno", "irán"]),
    ("ca", ["Iran", "Índia", "Itàlia", "Oman"], ["iran ", "irán"]),
    ("gl", ["Irán", "India", "Italia", "Omán"], ["irán", "omán"]),
])
def test_a_country_after_a_conjunction_stays_a_country(lang: str, names: list[str],
                                                       lost: list[str]) -> None:
    with ApertiumEngine({}) as engine:
        out = " ".join(t.text for t in engine.translate_batch(TEXTS, "en", lang))
    assert all(name in out for name in names), out
    assert not any(word in out for word in lost), out
    assert re.search(r"\bind[uú]stri", out) and not re.search(r"\bInd[uú]stri", out), out


def test_only_a_word_the_source_wrote_with_a_capital_gets_it_back() -> None:
    assert conjunction_case("oil and iron, Iraq and Iran", "óleo e hierro, Iraq e irán") == \
        "óleo e hierro, Iraq e Irán"
    assert conjunction_case("trade and industry", "comercio e industria") == \
        "comercio e industria"


# Bodies no glossary lists, as the engine names them (real sentences: tehrantimes.com,
# geo.tv; a council of the OSCE): French and Italian write one capital, on the first
# word and on the names inside, where Spanish writes one on every word.
BODIES = ["Secretary of Supreme National Security Council Ali Larijani stressed the need.",
          "The National Security Committee meeting is underway.",
          "The Permanent Council of the OSCE met with the Council of Europe."]


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wanted", "kept"), [
    ("fr", ["Conseil de sécurité nationale suprême", "Comité de sécurité nationale",
            "Conseil permanent de l'OSCE"], ["Conseil de l'Europe", "Larijani"]),
    ("it", ["Consiglio di sicurezza nazionale suprema", "Comitato di sicurezza nazionale",
            "Consiglio permanente dell'OSCE"], ["Consiglio d'Europa", "Larijani"]),
    ("es", ["Consejo de Seguridad Nacional Supremo", "Comité de Seguridad Nacional",
            "Consejo Permanente de la OSCE"], ["Consejo de Europa"]),
])
def test_a_bodys_name_has_the_capitals_of_its_language(lang: str, wanted: list[str],
                                                       kept: list[str]) -> None:
    with ApertiumEngine({}) as engine:
        outs = [t.text for t in engine.translate_batch(BODIES, "en", lang)]
    joined = " ".join(outs)
    for name in wanted + kept:
        assert name in joined, (name, outs)


def test_a_name_inside_a_body_keeps_its_capital() -> None:
    common = {"Sécurité", "Nationale"}
    assert body_case("le Conseil de Sécurité Nationale de la Turquie", "fr",
                     lambda words: common & set(words)) == \
        "le Conseil de sécurité nationale de la Turquie"
    # an acronym, or a word the analyser does not know, ends the name's common words
    assert body_case("le Comité de Sécurité OTSC Nationale", "fr", lambda words: set(words)) \
        == "le Comité de sécurité OTSC Nationale"
    assert body_case("Consejo de Seguridad", "es", lambda words: set(words)) == \
        "Consejo de Seguridad"


# An acronym eng-spa knows opening a sentence: its transfer wrote it in small letters
# where it moved it ("Los ataques aéreos de la otan"), and the pairs after it did not
# know "otan" ("de l'otan", "da otan", "dell'otan").
OPENING = ["NATO air strikes hit the city.", "NATO leaders met in Brussels.",
           "NATO's summit ended."]


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "acronym"), [
    ("es", "de la OTAN"), ("fr", "de l'OTAN"), ("pt", "da NATO"), ("it", "della NATO"),
    ("ca", "OTAN"), ("gl", "OTAN"),
])
def test_an_acronym_opening_a_sentence_keeps_its_capitals(tmp_path: Path, lang: str,
                                                         acronym: str) -> None:
    site = translated_pages(tmp_path, {"strikes": OPENING}, lang)
    for text in OPENING[:2]:
        entry = page_entry(site, lang, "strikes", text)
        assert acronym in entry.msgstr and "otan" not in entry.msgstr, entry.msgstr
        noted = [n for n in entry.comment.splitlines() if n.startswith("acronym: ")]
        if lang in ("ca", "gl"):       # English–Catalan and –Galician kept them
            assert not noted, entry.comment
        else:
            assert noted == ["acronym: capitals kept at a sentence's start: 'otan' → 'OTAN' "
                             "(eng-spa)"], entry.comment
    assert "otan" not in page_entry(site, lang, "strikes", OPENING[2]).msgstr


# The same acronym again at the sentence's end (in capitals there, so the one the
# transfer moved stayed "otan"), and one opening a quotation.
OPENING_TOO = ["NATO Allies will also address burden-sharing across NATO.",
               "“NATO’s strength allows us to defend our nations at home,” he said."]


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_an_opening_acronym_written_again_later_or_quoted_keeps_its_capitals(
        tmp_path: Path, lang: str) -> None:
    site = translated_pages(tmp_path, {"allies": OPENING_TOO}, lang)
    for text in OPENING_TOO:
        entry = page_entry(site, lang, "allies", text)
        assert "OTAN" in entry.msgstr and "otan" not in entry.msgstr, entry.msgstr


def test_only_an_acronym_opening_a_sentence_is_given_its_capitals_back() -> None:
    forms = {"NATO": ("OTAN",)}
    assert acronym_capitals("NATO forces left.", "Las fuerzas de la otan se fueron.",
                            forms) == ("Las fuerzas de la OTAN se fueron.", ["'otan' → 'OTAN'"])
    # mid-sentence, or written in capitals already somewhere: the engine's own
    assert acronym_capitals("The NATO forces left.", "Las fuerzas de la otan.", forms)[1] == []
    assert acronym_capitals("NATO said otan.", "OTAN dijo otan.", forms)[1] == []


@pytest.mark.engine
def test_an_office_in_title_case_is_no_longer_garbled() -> None:
    """"Heads of State" in a body's name no glossary lists reached the engine in capitals,
    which it read as an adjective ("Jefes de Estatales", "Chefs de De l'État")."""
    text = "Statements adopted by the CIS Council of Heads of State during the meeting."
    with ApertiumEngine({}) as engine:
        (es,) = engine.translate_batch([text], "en", "es")
        (fr,) = engine.translate_batch([text], "en", "fr")
    assert "jefes de estado" in es.text and "Estatales" not in es.text
    assert "chefs d'état" in fr.text and "De l'État" not in fr.text


HEADLINES = ["Russia And China Sign New Trade Deal At Summit",
             "Turkey Says It Will Join Talks On Syria Next Week",
             "Will Smith Visits Moscow For Film Festival"]


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wanted", "lost"), [
    ("es", ["Rusia y China firman", "en cumbre", "Turquía", "unirá", "Will Smith visita Moscú"],
     ["Firman", "Cumbre", "join", "Visita"]),
    ("fr", ["Russie", "Chine", "Turquie", "Will Smith", "Moscou"], ["Signent", "Sommet"]),
])
def test_a_headline_in_title_case_comes_out_in_sentence_case(lang: str, wanted: list[str],
                                                             lost: list[str]) -> None:
    """Spanish and French set headlines in sentence case: the engine, given every word
    capitalised, wrote each translation capitalised ("Firman Trato de Comercio Nuevo En
    Cumbre") and read "Will" before a verb as a name ("join" left in English); names, a
    person's given name before a surname included, keep their capitals."""
    with ApertiumEngine({}) as engine:
        out = " | ".join(t.text for t in engine.translate_batch(HEADLINES, "en", lang))
    assert all(word in out for word in wanted), out
    assert not any(re.search(rf"\b{word}\b", out) for word in lost), out


def test_only_a_headline_set_in_title_case_is_written_as_a_sentence() -> None:
    common = {"Security", "Council", "Met", "Talks", "Resume"}
    assert sentence_case("Leaders Met In Moscow Today", {"Leaders", "Met"}) == \
        "Leaders met In Moscow Today"
    assert sentence_case("Security Council Met In Moscow", {"Council", "Met"}) == \
        "Security Council met In Moscow"          # a body's name keeps its capitals
    assert sentence_case("The Security Council met in Moscow on Tuesday", common) == \
        "The Security Council met in Moscow on Tuesday"
    assert sentence_case("Talks Resume. Leaders Meet In Moscow Today", common) == \
        "Talks Resume. Leaders Meet In Moscow Today"


@pytest.mark.engine
def test_names_inside_a_title_case_headline_keep_their_capitals() -> None:
    """A name the dictionary knows whole ("United States") or writes with a capital
    ("Sudanese"), and a body's name before its head noun ("Gulf Cooperation Council"),
    stay names; lowered, "United States" came out "unió estados"."""
    texts = ["Mission Of The United States To The United Nations",
             "The Sudanese Crisis: Key Highlights",
             "Leaders Of The Gulf Cooperation Council Meet In Doha"]
    with ApertiumEngine({}) as engine:
        out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert "Estados Unidos" in out[0] and "Naciones Unidas" in out[0], out
    assert "unió" not in out[0], out
    assert "crisis sudanesa" in out[1], out
    assert "Consejo de Cooperación del Golfo" in out[2], out
