"""The Argos engine through the real CTranslate2 path, on a tiny random-weight model."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import ctranslate2
import numpy as np
import pytest
import sentencepiece

from cms_i18n.engines import Engine, engine_class
from cms_i18n.engines.argos import ArgosEngine, available_cores
from cms_i18n.engines.base import share_cores
from cms_i18n.errors import ConfigError, EngineError

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("no_network")]

PARAGRAPH = ("Heads of delegations will meet in Moscow this week. The meeting is set for "
             "May 27 to 29.\nOrganisers say the format will promote open dialogue.")


class Spy:
    """Wraps ``ctranslate2.Translator``: counts loads and records every batch."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.loads: list[dict[str, Any]] = []
        self.batches: list[list[list[str]]] = []
        self.results: list[tuple[list[str], list[str], float]] = []
        real = ctranslate2.Translator
        spy = self

        class Proxy:
            def __init__(self, path: str, *args: Any, **kwargs: Any) -> None:
                spy.loads.append({"path": path, **kwargs})
                self._real = real(path, *args, **kwargs)

            def translate_batch(self, source: list[list[str]], *args: Any, **kwargs: Any):
                spy.batches.append(source)
                out = self._real.translate_batch(source, *args, **kwargs)
                for tokens, result in zip(source, out, strict=True):
                    spy.results.append((tokens, result.hypotheses[0], result.scores[0]))
                return out

            def __getattr__(self, name: str) -> Any:
                return getattr(self._real, name)

        monkeypatch.setattr(ctranslate2, "Translator", Proxy)


@pytest.fixture
def engine(argos_packages_dir: Path):
    engine = ArgosEngine({"argos_packages_dir": str(argos_packages_dir),
                          "argos_max_decoding_length": 24})
    yield engine
    engine.close()


def test_registered_entry_point_and_protocol(engine: ArgosEngine) -> None:
    assert engine_class("argos") is ArgosEngine
    assert isinstance(engine, Engine)
    assert engine.name == "argos"


def test_pairs_come_from_installed_packages_without_loading(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir})
    assert engine.pairs() == {("en", "es")}
    assert engine.version.startswith("argos:en-es:1.0:")
    assert spy.loads == []


def test_translates_every_text_in_order_keeping_layout(engine: ArgosEngine) -> None:
    texts = [PARAGRAPH, "", "  Short one.  ", "\n", "Two lines\nhere"]
    out = engine.translate_batch(texts, "en", "es")
    assert len(out) == len(texts)
    best = [t.text for t in out]
    assert best[0].strip() and best[0] != PARAGRAPH
    assert best[0].count("\n") == 1                    # the paragraph's line break survives
    assert best[1] == "" and out[1].score is None       # empty: no model call, no score
    assert best[3] == "\n"
    assert best[2].startswith("  ") and best[2].endswith("  ") and best[2].strip()
    assert best[4].count("\n") == 1
    assert all(t.alternatives == () for t in out)


def test_model_loaded_once_all_sentences_batched_sorted_by_length(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir, "argos_batch_size": 8,
                          "argos_inter_threads": 1, "argos_max_decoding_length": 8})
    texts = [f"Sentence number {n} is here. " + "More words follow. " * (n % 4)
             for n in range(20)]
    engine.translate_batch(texts, "en", "es")
    engine.translate_batch(["A second call."], "en", "es")
    assert len(spy.loads) == 1
    sentences = sum(1 + n % 4 for n in range(20))
    unique = 20 + 1                  # "More words follow." recurs; translated once
    assert engine.stats.sentences == sentences + 1
    assert engine.stats.unique_sentences == unique + 1
    first_call = spy.batches[:-1]
    assert [len(b) for b in first_call] == [8, 8, 5]
    lengths = [[len(tokens) for tokens in batch] for batch in first_call]
    for earlier, later in itertools.pairwise(lengths):
        assert max(earlier) <= min(later)


#: A paragraph an author wrapped at one width, which the cleaner keeps as it is.
WRAPPED = ("Heads of delegations from the member states of the organisation\n"
           "met on Tuesday in the Russian capital, and the secretaries of\n"
           "their security councils discussed the situation in Afghanistan.\n"
           "The next meeting will be held in Astana in the autumn.")


def test_a_wrapped_paragraph_reaches_the_model_as_whole_sentences(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir,
                          "argos_max_decoding_length": 8})
    out = engine.translate_batch([WRAPPED], "en", "es")[0].text
    assert engine.stats.sentences == 2
    tokens = sorted(len(tokens) for batch in spy.batches for tokens in batch)
    unwrapped = " ".join(WRAPPED.split("\n")[:3])
    model = sentencepiece.SentencePieceProcessor(
        model_file=str(next(argos_packages_dir.rglob("sentencepiece.model"))))
    assert tokens[-1] == len(model.encode(unwrapped, out_type=str))
    # The two translated sentences stand where the source's did, on their own lines.
    assert out.count("\n") == 1 and out.strip()


def test_repeated_sentences_get_the_same_translation(engine: ArgosEngine) -> None:
    out = engine.translate_batch(["The forum opens.", "The forum opens."], "en", "es")
    assert out[0] == out[1]
    assert engine.stats.unique_sentences == 1


def test_threads_default_to_parallel_batches_one_per_core(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    cores = available_cores()
    for settings in ({}, {"argos_threads": 1, "argos_compute_type": "float32"},
                     {"argos_inter_threads": 1}, {"argos_threads": 4, "argos_inter_threads": 2}):
        engine = ArgosEngine({"argos_packages_dir": argos_packages_dir, **settings})
        engine.translate_batch(["Hi."], "en", "es")
    assert [(load["inter_threads"], load["intra_threads"]) for load in spy.loads] == [
        (cores, 1), (1, 1), (1, cores), (2, 2)]
    assert [load["compute_type"] for load in spy.loads] == ["auto", "float32", "auto", "auto"]


def test_one_of_several_processes_uses_its_share_of_the_cores(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    settings = {"argos_packages_dir": argos_packages_dir}
    for processes in (2, 64):
        ArgosEngine(share_cores(settings, processes)).translate_batch(["Hi."], "en", "es")
    ArgosEngine(share_cores({**settings, "argos_threads": 3}, 2)).translate_batch(
        ["Hi."], "en", "es")       # a number of threads given in the settings wins
    assert [(load["inter_threads"], load["intra_threads"]) for load in spy.loads] == [
        (max(1, available_cores() // 2), 1), (1, 1), (3, 1)]


def test_parallel_workers_get_several_batches_per_call(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir, "argos_batch_size": 2,
                          "argos_threads": 2, "argos_inter_threads": 2,
                          "argos_max_decoding_length": 4})
    out = engine.translate_batch([f"Sentence {n}." for n in range(20)], "en", "es")
    assert [len(b) for b in spy.batches] == [16, 4]     # 2 workers × 4 batches of 2 per call
    assert engine.stats.batches == 10
    assert all(t.text for t in out)


def test_small_job_is_shared_between_workers(argos_packages_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = ctranslate2.Translator

    class Recorder:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._real = real(*args, **kwargs)

        def translate_batch(self, source: list, *args: Any, **kwargs: Any):
            calls.append(kwargs["max_batch_size"])
            return self._real.translate_batch(source, *args, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", Recorder)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir, "argos_threads": 2,
                          "argos_inter_threads": 2, "argos_max_decoding_length": 4})
    engine.translate_batch([f"Line {n}." for n in range(10)], "en", "es")
    assert calls == [5]          # 10 sentences: two batches of 5, one per worker
    assert engine.stats.batches == 2


@pytest.mark.parametrize("beam", [1, 4])
def test_score_is_mean_log_probability_per_token(
        argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch, beam: int) -> None:
    spy = Spy(monkeypatch)
    cap = 10
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir, "argos_beam_size": beam,
                          "argos_max_decoding_length": cap})
    texts = ["The talks went well.", "Schools reopen next month."]
    out = engine.translate_batch(texts, "en", "es")
    package_dir = argos_packages_dir / "translate-en_es-1_0"
    # Same compute type as the engine, so both see the same weights.
    reference = ctranslate2.Translator(str(package_dir / "model"), compute_type="auto")
    tokenizer = sentencepiece.SentencePieceProcessor(
        model_file=str(package_dir / "sentencepiece.model"))
    by_source = {tuple(source): (source, hyp, score) for source, hyp, score in spy.results}
    checked = 0
    for text, translation in zip(texts, out, strict=True):
        source, hypothesis, score = by_source[tuple(tokenizer.encode(text, out_type=str))]
        assert translation.score == pytest.approx(score, abs=1e-4)
        assert score < 0
        if len(hypothesis) == cap:      # no end token: the mean covers exactly these tokens
            log_probs = reference.score_batch([source], [hypothesis])[0].log_probs
            assert score == pytest.approx(float(np.mean(log_probs[:cap])), abs=1e-3)
            checked += 1
    assert checked, "the random model ended every sentence early; pick other sentences"


def test_text_score_weights_sentences_by_length(argos_packages_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir,
                          "argos_max_decoding_length": 12})
    out = engine.translate_batch(["Prices rose in May. Unemployment fell to a low."], "en", "es")
    parts = [(len(hyp), score) for _, hyp, score in spy.results]
    expected = sum(n * s for n, s in parts) / sum(n for n, _ in parts)
    assert len(parts) == 2
    assert out[0].score == pytest.approx(expected, abs=1e-4)


def test_n_best_gives_distinct_alternatives(engine: ArgosEngine) -> None:
    out = engine.translate_batch([PARAGRAPH, "Talks resume."], "en", "es", n_best=3)
    for translation in out:
        assert 1 <= len(translation.alternatives) <= 2
        assert translation.text not in translation.alternatives
        assert len(set(translation.alternatives)) == len(translation.alternatives)
        assert all(alt.count("\n") == translation.text.count("\n")
                   for alt in translation.alternatives)


def test_output_is_detokenized(engine: ArgosEngine, argos_packages_dir: Path) -> None:
    out = engine.translate_batch(["The minister spoke."], "en", "es")[0].text
    assert "▁" not in out and out == out.strip()
    tokenizer = sentencepiece.SentencePieceProcessor(
        model_file=str(argos_packages_dir / "translate-en_es-1_0" / "sentencepiece.model"))
    assert tokenizer.decode(tokenizer.encode(out, out_type=str)) == out


def test_region_tags_find_the_base_language_package(engine: ArgosEngine) -> None:
    assert engine.translate_batch(["Hello there."], "en-GB", "es-ES")[0].text


def test_close_unloads_and_next_call_reloads(argos_packages_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir,
                          "argos_max_decoding_length": 8})
    engine.translate_batch(["One."], "en", "es")
    engine.close()
    engine.translate_batch(["Two."], "en", "es")
    assert len(spy.loads) == 2


def test_version_follows_model_content(argos_packages_dir: Path) -> None:
    settings = {"argos_packages_dir": argos_packages_dir}
    first = ArgosEngine(settings).version_for("en", "es")
    assert ArgosEngine(settings).version_for("en", "es") == first
    model = argos_packages_dir / "translate-en_es-1_0" / "model" / "config.json"
    model.write_text(model.read_text() + "\n")
    assert ArgosEngine(settings).version_for("en", "es") != first


def test_missing_packages_dir_explains_how_to_install(tmp_path: Path) -> None:
    engine = ArgosEngine({"argos_packages_dir": tmp_path / "nowhere"})
    assert engine.pairs() == set()
    assert engine.version == "argos:none"
    with pytest.raises(EngineError, match=r"does not exist.*models install --from"):
        engine.translate_batch(["Hello."], "en", "es")


def test_missing_pair_names_what_is_installed(engine: ArgosEngine) -> None:
    with pytest.raises(EngineError, match=r"en → fr.*installed.*en → es.*models install"):
        engine.translate_batch(["Hello."], "en", "fr")


def test_only_empty_texts_need_no_package(tmp_path: Path) -> None:
    engine = ArgosEngine({"argos_packages_dir": tmp_path / "nowhere"})
    assert [t.text for t in engine.translate_batch(["", " "], "en", "fr")] == ["", " "]


def test_corrupt_model_is_an_engine_error(argos_packages_dir: Path) -> None:
    model = argos_packages_dir / "translate-en_es-1_0" / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[:100])
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir})
    with pytest.raises(EngineError, match=r"cannot be loaded.*--force"):
        engine.translate_batch(["Hello."], "en", "es")


@pytest.mark.parametrize(("key", "value"), [
    ("argos_beam_size", 0), ("argos_batch_size", "many"), ("argos_threads", -1),
    ("argos_max_decoding_length", 2.5), ("argos_beam_size", True),
])
def test_bad_settings_are_config_errors(key: str, value: object, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=key):
        ArgosEngine({key: value, "argos_packages_dir": tmp_path})


def test_unsupported_compute_type_is_a_config_error(argos_packages_dir: Path) -> None:
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir,
                          "argos_compute_type": "int3"})
    with pytest.raises(ConfigError, match="argos_compute_type"):
        engine.translate_batch(["Hello."], "en", "es")


def test_string_settings_from_config_files_are_accepted(argos_packages_dir: Path) -> None:
    engine = ArgosEngine({"argos_packages_dir": str(argos_packages_dir), "argos_beam_size": "2",
                          "argos_threads": "1", "argos_batch_size": "4",
                          "argos_max_decoding_length": "6"})
    assert (engine.beam_size, engine.threads, engine.batch_size,
            engine.max_decoding_length) == (2, 1, 4, 6)
    assert engine.translate_batch(["Fine."], "en", "es")[0].text


def test_regional_package_also_serves_the_base_language(argos_packages_dir: Path) -> None:
    metadata = argos_packages_dir / "translate-en_es-1_0" / "metadata.json"
    metadata.write_text(metadata.read_text().replace('"to_code": "es"', '"to_code": "pb"'))
    engine = ArgosEngine({"argos_packages_dir": argos_packages_dir,
                          "argos_max_decoding_length": 6})
    assert engine.pairs() == {("en", "pt-BR"), ("en", "pt")}
    assert engine.version_for("en", "pt").startswith("argos:en-pb:1.0:")
    assert engine.translate_batch(["Hello."], "en", "pt-BR")[0].text
