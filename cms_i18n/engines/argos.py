"""Argos Translate models, run through CTranslate2 directly.

The ``argostranslate`` library translates one paragraph at a time with small
token-count batches (in practice one sentence per batch), re-detects sentences
with models it downloads, and leaves the thread count to OpenMP; on 2 cores
that is 5–10× slower than handing CTranslate2 every sentence of a run at
once (``bench/bench_argos.py``), and it needs torch, spaCy and Stanza
installed.  This engine reads the same installed packages (see
:mod:`cms_i18n.engines.argos_packages`) and does the work itself:

* the model of a language pair is loaded once, on first use, and kept;
* every text of a call is split into sentences offline
  (:mod:`cms_i18n.sentences`), identical sentences are translated once, and all
  of them go to the model sorted by length in batches of ``argos_batch_size``;
* batches run side by side, one thread each, rather than one at a time
  with all threads inside each: the same speed on an idle machine, and no
  OpenMP thread left spinning for a core that another process took, which
  halved wall time on a busy 2-core machine;
* each sentence's score (mean log-probability per token, from
  ``return_scores``) is kept, and a text's score is their token-weighted mean:
  a quality estimate editors can sort review work by.

Settings (all optional): ``argos_packages_dir``, ``argos_beam_size`` (4),
``argos_threads`` (total threads, 0 = one per core this process may use: all of
them, or its share when ``translate --jobs`` or ``worker --concurrency`` runs several
processes, so that N processes run N × (cores ÷ N) threads, never N × cores),
``argos_inter_threads`` (batches translated side by side, 0 = as many as
threads; 1 = one batch at a time using every thread), ``argos_compute_type``
("auto"), ``argos_batch_size`` (32 sentences), ``argos_max_decoding_length``
(default: twice the longest sentence of a batch plus 16 tokens, which stops
runaway repetition without cutting real output).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cms_i18n.engines.argos_packages import (
    ArgosPackage,
    find_package,
    resolve_packages_dir,
    scan_packages,
)
from cms_i18n.engines.base import EngineBase, Translation, available_cores
from cms_i18n.errors import ConfigError, EngineError
from cms_i18n.languages import base
from cms_i18n.sentences import Span, sentence_spans, sentence_text

__all__ = ["ArgosEngine", "EngineStats", "available_cores"]

log = logging.getLogger(__name__)

_INSTALL_HINT = (
    "install one with `cms-i18n models install --from FILE.argosmodel` "
    "(or `cms-i18n models install FROM TO` where the Argos package index is reachable)"
)


@dataclass
class EngineStats:
    """What the engine did, for progress lines and benchmarks."""

    texts: int = 0
    sentences: int = 0
    unique_sentences: int = 0
    batches: int = 0
    source_tokens: int = 0
    load_seconds: float = 0.0
    model_seconds: float = 0.0       # inside CTranslate2 translate_batch


@dataclass
class _Model:
    package: ArgosPackage
    translator: Any           # ctranslate2.Translator
    tokenizer: Any            # sentencepiece.SentencePieceProcessor


def _int_setting(settings: Mapping[str, Any], key: str, default: int, minimum: int) -> int:
    value = settings.get(key)
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value)
    else:
        raise ConfigError(f"setting {key} must be a whole number, got {value!r}")
    if number < minimum:
        raise ConfigError(f"setting {key} must be at least {minimum}, got {number}")
    return number


class ArgosEngine(EngineBase):
    """Translate with installed Argos packages through CTranslate2, in large batches."""

    name = "argos"
    n_best = True

    def __init__(self, settings: Mapping[str, Any]) -> None:
        super().__init__(settings)
        self.packages_dir = resolve_packages_dir(settings.get("argos_packages_dir"))
        self.beam_size = _int_setting(settings, "argos_beam_size", 4, minimum=1)
        self.threads = _int_setting(settings, "argos_threads", 0, minimum=0)
        total = self.threads or available_cores(settings)
        inter = _int_setting(settings, "argos_inter_threads", 0, minimum=0)
        self.inter_threads = min(inter, total) if inter else total
        self.intra_threads = max(1, total // self.inter_threads)
        self.batch_size = _int_setting(settings, "argos_batch_size", 32, minimum=1)
        cap = settings.get("argos_max_decoding_length")
        self.max_decoding_length = (
            None if cap is None else _int_setting(settings, "argos_max_decoding_length", 0, 1)
        )
        self.compute_type = str(settings.get("argos_compute_type") or "auto")
        self.stats = EngineStats()
        self._packages: list[ArgosPackage] | None = None
        self._models: dict[Path, _Model] = {}
        self._digests: dict[Path, str] = {}

    # ------------------------------------------------------------ packages

    @property
    def packages(self) -> list[ArgosPackage]:
        """Installed packages, read once per engine (no model is loaded)."""
        if self._packages is None:
            packages, problems = scan_packages(self.packages_dir)
            for problem in problems:
                log.warning("%s", problem)
            self._packages = packages
        return self._packages

    def install_hint(self, source: str, target: str) -> str:
        """An Argos model for the pair, from a file or (online, once) the package index."""
        pair = f"{base(source)} {base(target)}"
        return (f"no Argos model for {base(source)}→{base(target)}: "
                f"`cms-i18n models install --from FILE.argosmodel` "
                f"(or `cms-i18n models install {pair}` from the package index)")

    def pairs(self) -> set[tuple[str, str]]:
        """The (source, target) pairs of the installed packages.

        A package for a regional variant also serves its base language
        (Argos' ``pb`` gives both ``pt-BR`` and ``pt``), as :meth:`package_for`
        falls back to base languages.
        """
        pairs = set()
        for package in self.packages:
            source, target = package.pair
            pairs.add((source, target))
            pairs.add((base(source), base(target)))
        return pairs

    def package_for(self, source: str, target: str) -> ArgosPackage:
        """The package that translates ``source`` → ``target``, or :class:`EngineError`."""
        package = find_package(self.packages, source, target)
        if package is not None:
            return package
        if not self.packages_dir.is_dir():
            raise EngineError(f"no Argos packages installed: {self.packages_dir} does not "
                              f"exist; {_INSTALL_HINT}")
        installed = ", ".join(f"{s} → {t}" for s, t in sorted(self.pairs())) or "none"
        raise EngineError(f"no Argos package translates {source} → {target} (installed in "
                          f"{self.packages_dir}: {installed}); {_INSTALL_HINT}")

    def version_for(self, source: str, target: str) -> str:
        """``argos:<from>-<to>:<package_version>:<digest>`` for the translation memory.

        The digest covers the model and tokenizer files, so a package rebuilt
        under the same version number still invalidates remembered output.
        """
        package = self.package_for(source, target)
        return (f"argos:{package.from_code}-{package.to_code}:{package.package_version}:"
                f"{self._digest(package)}")

    @property
    def version(self) -> str:
        """Every installed package's :meth:`version_for`, joined with ``;``."""
        parts = [self.version_for(*package.pair) for package in self.packages]
        return ";".join(sorted(set(parts))) or "argos:none"

    def _digest(self, package: ArgosPackage) -> str:
        if package.path not in self._digests:
            digest = hashlib.sha256()
            files = sorted(p for p in package.model_dir.rglob("*") if p.is_file())
            for path in [*files, package.sentencepiece_path]:
                digest.update(path.relative_to(package.path).as_posix().encode() + b"\0")
                try:
                    with open(path, "rb") as handle:
                        while chunk := handle.read(1 << 20):
                            digest.update(chunk)
                except OSError as exc:
                    raise self._broken(package, exc) from None
            self._digests[package.path] = digest.hexdigest()[:12]
        return self._digests[package.path]

    # ------------------------------------------------------------ models

    @staticmethod
    def _broken(package: ArgosPackage, exc: BaseException) -> EngineError:
        return EngineError(
            f"the Argos package in {package.path} cannot be loaded ({exc}); reinstall it "
            "with `cms-i18n models install --from FILE.argosmodel --force`")

    def _model(self, source: str, target: str) -> _Model:
        package = self.package_for(source, target)
        model = self._models.get(package.path)
        if model is not None:
            return model
        import ctranslate2
        import sentencepiece

        self._check_compute_type(ctranslate2)
        started = time.perf_counter()
        try:
            tokenizer = sentencepiece.SentencePieceProcessor(
                model_file=str(package.sentencepiece_path))
            translator = ctranslate2.Translator(
                str(package.model_dir),
                device="cpu",
                compute_type=self.compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except Exception as exc:     # both libraries raise RuntimeError/OSError/ValueError
            raise self._broken(package, exc) from None
        self.stats.load_seconds += time.perf_counter() - started
        model = _Model(package, translator, tokenizer)
        self._models[package.path] = model
        return model

    def _check_compute_type(self, ctranslate2: Any) -> None:
        supported = set(ctranslate2.get_supported_compute_types("cpu")) | {"auto", "default"}
        if self.compute_type not in supported:
            raise ConfigError(f"setting argos_compute_type: {self.compute_type!r} is not "
                              f"supported here (choose from {', '.join(sorted(supported))})")

    # ------------------------------------------------------------ translation

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        """Translate ``texts`` (same order, same length).

        Every sentence of every text goes to the model in one pass; texts are
        rebuilt with their original spacing and line breaks.  ``score`` is the
        mean log-probability per output token (0 is best); ``alternatives``
        holds up to ``n_best - 1`` further renderings, best first.
        """
        if n_best < 1:
            raise ValueError("n_best must be at least 1")
        results: list[Translation | None] = [None] * len(texts)
        # per text, its sentences' spans and their ids: each distinct sentence is
        # translated once, the ids numbering them in order of appearance
        layouts: dict[int, tuple[list[Span], list[int]]] = {}
        sentence_ids: dict[str, int] = {}
        for index, text in enumerate(texts):
            spans = sentence_spans(text, source) if text.strip() else []
            if not spans:
                results[index] = Translation(text)     # nothing to translate
                continue
            layouts[index] = (spans, [
                sentence_ids.setdefault(sentence_text(text, span), len(sentence_ids))
                for span in spans])
        self.stats.texts += len(texts)
        self.stats.sentences += sum(len(spans) for spans, _ in layouts.values())
        if sentence_ids:
            model = self._model(source, target)
            hypotheses = self._translate_sentences(model, list(sentence_ids), n_best)
            for index, (spans, ids) in layouts.items():
                results[index] = _assemble(texts[index], spans, [hypotheses[i] for i in ids],
                                           n_best)
        return [r if r is not None else Translation("") for r in results]

    def _translate_sentences(self, model: _Model, sentences: list[str],
                             n_best: int) -> list[list[tuple[str, float, int]]]:
        """(text, score, token count) hypotheses per sentence, best first."""
        tokens: list[list[str]] = model.tokenizer.encode(sentences, out_type=str)
        prefix = model.package.target_prefix
        order = sorted(range(len(sentences)), key=lambda k: len(tokens[k]))
        output: list[list[tuple[str, float, int]]] = [[] for _ in sentences]
        self.stats.unique_sentences += len(sentences)
        self.stats.source_tokens += sum(len(t) for t in tokens)
        # One call per batch keeps the decoding cap tight; with parallel
        # workers a call carries several batches so that they run side by side,
        # and a small job is cut into as many batches as there are workers.
        batch_size = self.batch_size
        per_call = batch_size
        if self.inter_threads > 1:
            batch_size = max(1, min(batch_size, -(-len(order) // self.inter_threads)))
            per_call = batch_size * self.inter_threads * 4
        for first in range(0, len(order), per_call):
            chunk = order[first:first + per_call]
            batch = [tokens[k] for k in chunk]
            longest = max(len(t) for t in batch)
            started = time.perf_counter()
            try:
                translated = model.translator.translate_batch(
                    batch,
                    target_prefix=[[prefix]] * len(batch) if prefix else None,
                    max_batch_size=batch_size,
                    beam_size=max(self.beam_size, n_best),
                    num_hypotheses=n_best,
                    length_penalty=1.0,          # scores become per-token means
                    return_scores=True,
                    replace_unknowns=True,
                    max_input_length=0,          # sentences are already bounded
                    max_decoding_length=self.max_decoding_length or 2 * longest + 16,
                )
            except Exception as exc:             # CTranslate2 raises RuntimeError/ValueError
                raise EngineError(f"CTranslate2 failed on {model.package.path.name}: "
                                  f"{exc}") from None
            self.stats.model_seconds += time.perf_counter() - started
            self.stats.batches += -(-len(chunk) // batch_size)
            for k, result in zip(chunk, translated, strict=True):
                for pieces, score in zip(result.hypotheses, result.scores, strict=True):
                    if prefix and pieces[:1] == [prefix]:
                        pieces = pieces[1:]
                    text = model.tokenizer.decode(pieces).strip()
                    output[k].append((text, float(score), len(pieces)))
        return output

    def close(self) -> None:
        """Unload every model; the engine reloads on next use."""
        for model in self._models.values():
            with contextlib.suppress(Exception):    # best effort at shutdown
                model.translator.unload_model()
        self._models.clear()


def _assemble(text: str, spans: list[Span],
              per_sentence: list[list[tuple[str, float, int]]], n_best: int) -> Translation:
    """Put translated sentences back between the original separators."""
    def render(rank: int) -> str:
        out = [text[:spans[0].start]]
        for position, (span, hyps) in enumerate(zip(spans, per_sentence, strict=True)):
            out.append(hyps[min(rank, len(hyps) - 1)][0])
            following = spans[position + 1].start if position + 1 < len(spans) else len(text)
            out.append(text[span.end:following])
        return "".join(out)

    weight = sum(max(hyps[0][2], 1) for hyps in per_sentence)
    score = sum(hyps[0][1] * max(hyps[0][2], 1) for hyps in per_sentence) / weight
    best = render(0)
    alternatives: list[str] = []
    for rank in range(1, n_best):
        candidate = render(rank)
        if candidate != best and candidate not in alternatives:
            alternatives.append(candidate)
    return Translation(best, round(score, 4), tuple(alternatives))
