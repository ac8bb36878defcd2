"""Capitals through Apertium: a country's name after a conjunction Spanish rewrites
("y" → "e", "o" → "u") keeps its capital, and no later step of a chain reads it as a
verb ("irán" → "irão", they will go)."""

from __future__ import annotations

import re

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.apertium_case import conjunction_case

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
