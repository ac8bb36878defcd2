"""The Apertium engine: real translations through one persistent pipeline."""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine, escape, mode_name, unescape
from cms_i18n.errors import EngineError

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def engine():
    with ApertiumEngine({}) as engine:
        yield engine


def test_pairs_use_bcp47_codes(engine: ApertiumEngine) -> None:
    assert ("en", "es") in engine.pairs()
    assert mode_name("en", "es") == "eng-spa"


def test_translates_a_batch_in_order(engine: ApertiumEngine) -> None:
    texts = ["The house is white.", "", "Two cats.", "I live in Moscow."]
    out = [t.text for t in engine.translate_batch(texts, "en", "es")]
    assert out == ["La casa es blanca.", "", "Dos gatos.", "Vivo en Moscú."]


def test_reserved_characters_and_line_breaks_survive(engine: ApertiumEngine) -> None:
    text = "See [note] x/y at $5 ^ @user {x} <b>\\path\nNew line here."
    out = engine.translate_batch([text], "en", "es")[0].text
    for piece in ("[", "]", "x/y", "$5", "^", "@", "{", "}", "<b>", "\\"):
        assert piece in out
    assert out.count("\n") == 1


def test_no_unknown_word_marks_by_default(engine: ApertiumEngine) -> None:
    out = engine.translate_batch(["The zorblaxian delegation arrived."], "en", "es")[0].text
    assert "*" not in out and "zorblaxian" in out


def test_one_pipeline_serves_many_batches(engine: ApertiumEngine) -> None:
    first = engine.translate_batch(["Good morning."], "en", "es")
    pipeline = engine._pipelines["eng-spa"]
    for _ in range(3):
        assert engine.translate_batch(["Good morning."], "en", "es") == first
    assert engine._pipelines["eng-spa"] is pipeline


def test_large_batch_does_not_deadlock(engine: ApertiumEngine) -> None:
    texts = [f"Paragraph number {i} talks about security in the region." for i in range(2000)]
    out = engine.translate_batch(texts, "en", "es")
    assert len(out) == 2000 and all(t.text for t in out)


def test_missing_pair_says_how_to_install() -> None:
    with ApertiumEngine({}) as engine, pytest.raises(EngineError, match="apertium-eng-jpn"):
        engine.translate_batch(["Hello"], "en", "ja")


def test_escape_round_trip() -> None:
    text = "a\\b [c] ^d$ e/f @g <h> {i}\n\nj"
    assert unescape(escape(text)) == text
