"""Figures abbreviated with their scale: "$100bn" is a hundred thousand million, never
a hundred million million (a Spanish "billón")."""

from __future__ import annotations

import subprocess

import pytest

from cms_i18n.engines.scales import spelt_scales

SENTENCES = ["The $100bn BRICS development bank opened on Monday.",
             "They pledged $2bn in aid and $5m in loans.",
             "The wall is 5m high."]


def test_a_figure_s_scale_is_written_out_and_a_length_is_left() -> None:
    assert [spelt_scales(text) for text in SENTENCES] == [
        "The $100 billion BRICS development bank opened on Monday.",
        "They pledged $2 billion in aid and $5 million in loans.",
        "The wall is 5m high."]


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wrong"), [("es", "billones"), ("ca", "bilions")])
def test_apertium_writes_thousands_of_millions_not_millions_of_millions(
        lang: str, wrong: str) -> None:
    from cms_i18n.engines.apertium import ApertiumEngine

    with ApertiumEngine({}) as engine:
        outs = engine.translate_batch(SENTENCES[:2], "en", lang)
    for out in outs:
        assert wrong not in out.text.casefold(), out.text
        assert "mil milions" in out.text or "mil millones" in out.text \
            or "milers de milions" in out.text or "miles de millones" in out.text, out.text


@pytest.mark.engine
def test_raw_apertium_gets_them_wrong() -> None:
    """What the rewrite is for: the pair alone multiplies the sum by a thousand."""
    raw = subprocess.run(["apertium", "-u", "eng-spa"], input=SENTENCES[1] + "\n",
                         capture_output=True, text=True, check=True, timeout=60).stdout
    assert "billones" in raw
