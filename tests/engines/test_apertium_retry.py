"""A batch a stage fails is taken apart on fresh pipelines: only the text it fails on alone
goes without a translation, and every other comes back on its own place.

Real Apertium throughout: the system's pairs with one more stage, a small program
that crashes or hangs on one text (:mod:`tests.support.faulty_modes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.apertium_retry import DEFAULT_RETRIES
from cms_i18n.errors import ConfigError, EngineError
from tests.support.faulty_modes import POISON, cure, poisoned_modes

pytestmark = pytest.mark.engine

TEXTS = [f"The delegation number {i} arrived in Moscow on Tuesday." for i in range(40)]
POISONED = 23
CRASHED = 'faulty-stage of eng-spa crashed (SIGSEGV); last message: "poisoned stage: giving up"'


def poisoned_texts(*at: int) -> list[str]:
    texts = list(TEXTS)
    for n in at:
        texts[n] = f"The {POISON} delegation number {n} arrived."
    return texts


def healthy(texts: list[str], target: str = "es") -> list[str]:
    with ApertiumEngine({}) as engine:
        return [t.text for t in engine.translate_batch(texts, "en", target)]


def engine_for(modes: Path, behaviour: str = "crash", **settings: object) -> ApertiumEngine:
    """An engine on ``modes``; a short deadline only where the stage hangs (healthy
    batches on a busy machine may take a while to start answering)."""
    timeout = 3 if behaviour == "hang" else 60
    return ApertiumEngine({"apertium_modes_dir": str(modes), "engine_timeout": timeout,
                           **settings})


@pytest.mark.parametrize(("behaviour", "reason"), [
    ("crash", CRASHED),
    ("hang", "the pipeline eng-spa gave no answer for 3 s (0 of 1 records back)"),
])
def test_the_text_a_stage_fails_on_alone_is_named_and_every_other_translated(
        tmp_path: Path, behaviour: str, reason: str) -> None:
    texts = poisoned_texts(POISONED)
    expected = healthy(texts)
    with engine_for(poisoned_modes(tmp_path, behaviour), behaviour) as engine:
        got = engine.translate_batch(texts, "en", "es")
        # the batch's failure and the text's own, alone on a fresh pipeline
        assert engine._budget.spent == 2
    assert [t.failed for t in got] == [reason if n == POISONED else "" for n in range(40)]
    assert got[POISONED].text == ""
    assert [t.text for n, t in enumerate(got) if n != POISONED] == \
        [text for n, text in enumerate(expected) if n != POISONED]


def test_a_text_that_fails_only_after_others_is_translated_on_a_fresh_pipeline(
        tmp_path: Path) -> None:
    """A fault that needs the stage's state from earlier texts is not the text's: alone,
    on a fresh pipeline, it is translated like any other."""
    texts = poisoned_texts(POISONED)
    with engine_for(poisoned_modes(tmp_path, "company")) as engine:
        got = engine.translate_batch(texts, "en", "es")
        assert engine._budget.spent == 1
    assert [t.text for t in got] == healthy(texts)
    assert not any(t.failed for t in got)


def test_a_failed_text_is_not_sent_again_in_the_run(tmp_path: Path) -> None:
    """Its later batches, the words it does not know and a second pass over titles
    would each pay a failure (a hang: a timeout) again: the run remembers it."""
    texts = poisoned_texts(POISONED)
    with engine_for(poisoned_modes(tmp_path), engine_retries=2) as engine:
        first = engine.translate_batch(texts, "en", "es")
        again = engine.translate_batch(texts[::-1], "en", "es")[::-1]
        engine.unknown_words(texts, "en", "es")
        assert engine._budget.spent == 2
    assert again == first
    assert first[POISONED].failed == CRASHED


def test_a_chain_names_the_step_that_failed_and_goes_no_further(tmp_path: Path) -> None:
    modes = poisoned_modes(tmp_path, pairs=("es-pt",), healthy=("eng-spa",))
    texts = poisoned_texts(POISONED)
    expected = healthy(texts, "pt")
    with engine_for(modes, engine_retries=2) as engine:
        got = engine.translate_batch(texts, "en", "pt")
        unknown = engine.unknown_words(texts, "en", "pt")
    assert got[POISONED].failed.startswith("faulty-stage of es-pt crashed (SIGSEGV)")
    assert [t.text for n, t in enumerate(got) if n != POISONED] == \
        [text for n, text in enumerate(expected) if n != POISONED]
    assert len(unknown) == len(texts)


def test_several_bad_texts_in_one_batch(tmp_path: Path) -> None:
    bad = (17, 18, 39)
    texts = poisoned_texts(*bad)
    expected = healthy(texts)
    with engine_for(poisoned_modes(tmp_path)) as engine:
        got = engine.translate_batch(texts, "en", "es")
    assert [n for n, t in enumerate(got) if t.failed] == list(bad)
    assert [t.text for n, t in enumerate(got) if n not in bad] == \
        [text for n, text in enumerate(expected) if n not in bad]


def test_retries_are_bounded_and_then_the_run_stops(tmp_path: Path) -> None:
    """Each failure spends one of ``engine_retries``; the failure after the last one
    stops the run, naming the stage, as a failure did before there were retries."""
    texts = poisoned_texts(3, 30)
    with engine_for(poisoned_modes(tmp_path), engine_retries=2) as engine, \
            pytest.raises(EngineError) as caught:
        engine.translate_batch(texts, "en", "es")
    message = caught.value.format()
    assert "the Apertium pipeline eng-spa" in message
    assert "faulty-stage crashed (SIGSEGV)" in message
    assert message.endswith("this batch was not used and the run stopped (2 failed batches "
                            "retried in this run already: engine_retries)")

    with engine_for(poisoned_modes(tmp_path / "none", "crash"), engine_retries=0) as engine, \
            pytest.raises(EngineError, match=r"this batch was not used and the run stopped$"):
        engine.translate_batch(texts, "en", "es")


def test_a_cured_engine_translates_the_text_on_the_next_run(tmp_path: Path) -> None:
    modes = poisoned_modes(tmp_path)
    texts = poisoned_texts(POISONED)
    with engine_for(modes) as engine:
        assert engine.translate_batch(texts, "en", "es")[POISONED].failed
    cure(modes)
    with engine_for(modes) as engine:
        assert engine.translate_batch(texts, "en", "es")[POISONED].text == \
            healthy(texts)[POISONED]


def test_engine_retries_is_checked_by_the_settings_model(tmp_path: Path) -> None:
    """One place checks the setting, with the file and line; the engine trusts it."""
    from cms_i18n.config import defaults, load_settings

    assert defaults()["engine_retries"] == DEFAULT_RETRIES == ApertiumEngine({})._budget.allowed
    for wrong in ("-1", "'3'", "true"):
        config = tmp_path / "cms-i18n.yaml"
        config.write_text(f"engine_retries: {wrong}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=r"cms-i18n.yaml:1: .*engine_retries"):
            load_settings(config)
