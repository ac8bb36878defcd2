"""A unit's Apertium translation is a function of the unit alone, whatever came before.

``apertium-tagger`` narrows the tags it weighs for unknown words the first time it
meets a word whose readings it was not trained on ("known"), for the rest of its
life; these tests fail when a tagger so changed tags a later unit.
"""

from __future__ import annotations

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.apertium_tagger import tagger_stage, with_messages
from tests.support.corpus import news_sentences

pytestmark = pytest.mark.engine

# "known" reads as an adjective or a past participle, a set the tagger never saw.
CONTEXT = "The painter is also known for his pictures of ordinary things."


def alone(texts: list[str], target: str = "es") -> list[str]:
    """Each text translated by an engine of its own, started for it."""
    out = []
    for text in texts:
        with ApertiumEngine({}) as engine:
            out.append(engine.translate_batch([text], "en", target)[0].text)
    return out


def test_a_sentence_reads_the_same_alone_and_after_another() -> None:
    news = news_sentences()
    # An unknown name before an ambiguous verb: "dijo"/"dicho", "atestiguó"/"atestiguado".
    chosen = [s for s in news if s.startswith(("Nugroho said", "Kavanaugh testified",
                                               "Lawyer Christian Schertz"))]
    assert len(chosen) == 3
    expected = alone(chosen)
    assert any(text.startswith("Nugroho dijo el casualties") for text in expected)
    with ApertiumEngine({}) as engine:
        engine.translate_batch([CONTEXT], "en", "es")
        after = [t.text for t in engine.translate_batch(chosen, "en", "es")]
        within = [t.text for t in engine.translate_batch([CONTEXT, *chosen], "en", "es")][1:]
    assert after == expected
    assert within == expected


@pytest.mark.parametrize("target", ["es", "fr"])
def test_chunks_in_engines_of_their_own_give_what_one_batch_gives(target: str) -> None:
    """200 real news sentences: in chunks of 50, each through an engine of its own (as
    processes or workers share a corpus out), and in the reverse order after another
    sentence through one engine (for French both steps of ``eng-spa → es-fr`` tag)."""
    news = news_sentences()
    chunked = []
    for start in range(0, len(news), 50):
        with ApertiumEngine({}) as engine:
            chunked += [t.text for t in engine.translate_batch(news[start:start + 50],
                                                               "en", target)]
    with ApertiumEngine({}) as engine:
        engine.translate_batch([CONTEXT], "en", target)
        backward = [t.text for t in engine.translate_batch(news[::-1], "en", target)][::-1]
    differ = [(s, a, b) for s, a, b in zip(news, chunked, backward, strict=True) if a != b]
    assert differ == []


def test_a_fresh_tagger_only_where_the_change_would_show() -> None:
    """A changed tagger still tags a unit without unknown words as a fresh one would;
    it is replaced before the first unit with an unknown name."""
    with ApertiumEngine({}) as engine:
        engine.translate_batch(["The house is white.", "Two cats sleep."], "en", "es")
        pipeline = engine._pipelines["eng-spa"]
        assert pipeline.taggers_started == 1
        engine.translate_batch([CONTEXT, "The house is white."], "en", "es")
        assert pipeline.taggers_started == 1
        named = "Their colleague Kowalczyk said they would not be there."
        after = engine.translate_batch([named], "en", "es")[0].text
        assert pipeline.taggers_started > 1
    assert [after] == alone([named])


def test_the_tagger_is_found_in_every_installed_pair_and_says_what_it_does() -> None:
    stages = [["lt-proc", "-z", "a.bin"], ["apertium-tagger", "-z", "-g", "a.prob"],
              ["lt-proc", "-z", "b.bin"]]
    assert tagger_stage(stages) == 1
    assert tagger_stage(stages[1:]) is None          # first in line: left as it is
    assert tagger_stage([stages[0], stages[2]]) is None
    assert with_messages(stages[1]) == ["apertium-tagger", "-d", "-z", "-g", "a.prob"]
