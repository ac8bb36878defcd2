"""A failed Apertium batch retried on fresh pipelines, down to the one text that fails alone.

A stage that crashes or hangs on one text (``apertium-postchunk`` of eng-cat
segfaults on some sentences) fails the whole batch it came in
(:class:`~.apertium_process.BatchFailed`), and a newsroom's run of hundreds of
articles would stop there.  Instead the batch is taken apart:

* the answers that came back before the failure, each checked by the id it was
  sent with, are kept, all but the last (a stage that split a record sent its
  first half under that record's id);
* the text the pipeline was on when it failed (the next answer due: every stage
  flushes each record, so the texts before it had gone through) is tried alone on
  a fresh pipeline.  Failing alone too, it gets no translation
  (:class:`Unanswered`, with the stage and what it did); a text that fails only in
  company is translated alone;
* the other texts go on together on a fresh pipeline, taken apart the same way if
  that fails too.

Every attempt after a failure runs on a fresh pipeline (a stage's state from
earlier records cannot be to blame), and a text is declared unanswerable only
when it failed alone on a fresh one.  Each failure makes the work left smaller,
so the search ends; bisection in halves would get there too, but would pay a
hang's whole timeout once per halving, where this pays it twice.

Bounded: every failure spends one of the engine's ``engine_retries``
(:data:`DEFAULT_RETRIES`, per run; a Celery worker's per chunk).  The failure
after the last one stops the run as a failure always did, naming the stage.  A
failure costs at most ``engine_timeout`` seconds (a hang) or a pipeline start
and a second's wait for the stages to exit (a crash), so retrying adds at most
``engine_retries`` × ``engine_timeout`` to a run (24 minutes at the defaults, and
only if every failure is a hang), plus the work done again on fresh pipelines.
A text that fails alone costs two failures (its batch's and its own), one when it
was alone in its batch: at the defaults a run gives up after some six such texts,
when the engine itself is more likely broken than the texts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cms_i18n.engines.apertium_process import BatchFailed, ModePipeline
from cms_i18n.errors import EngineError

DEFAULT_RETRIES = 12
"""Failed batches a run retries (setting ``engine_retries``; 0 stops at the first).
The settings model (:mod:`cms_i18n.config`) declares the same default and checks the
value a user writes; an engine built from a bare dict falls back on this one."""


@dataclass(frozen=True)
class Unanswered:
    """A text the pipeline failed on even alone, on a fresh pipeline: ``reason`` says how
    (``apertium-postchunk of eng-cat crashed (SIGSEGV)``)."""

    reason: str


class RetryBudget:
    """The failures one engine may still retry; shared by all its pipelines."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        retries = settings.get("engine_retries")
        self.allowed = DEFAULT_RETRIES if retries is None else int(retries)
        self.spent = 0

    def spend(self, failure: BatchFailed) -> None:
        """Count ``failure``; raise it as the run's error when no retry is left."""
        if self.spent < self.allowed:
            self.spent += 1
            return
        if not self.allowed:
            raise failure
        raise EngineError(f"{failure.message} ({self.spent} failed batches retried in this "
                          "run already: engine_retries)") from None

    def renew(self) -> None:
        """Every retry available again (a worker's next chunk)."""
        self.spent = 0


class RetryingPipeline:
    """A mode's pipeline that survives a failed batch (see the module's docstring).

    ``start`` starts a fresh :class:`ModePipeline`; it is called when the first
    batch comes and again after each failure.
    """

    def __init__(self, start: Callable[[], ModePipeline], budget: RetryBudget) -> None:
        self._start = start
        self._budget = budget
        # None until the first batch and after each failure; once kept, it has answered.
        self._pipeline: ModePipeline | None = None
        # Texts that failed alone: not sent again in this run (a chain's later step,
        # the unknown words and a second pass would each pay for it again).
        self._unanswerable: dict[str, Unanswered] = {}
        self._lock = threading.RLock()

    @property
    def taggers_started(self) -> int:
        """Tagger processes the current pipeline has started (0 without a tagger)."""
        return self._pipeline.taggers_started if self._pipeline is not None else 0

    def translate(self, records: Sequence[str]) -> list[str | Unanswered]:
        """Each record's translation, in order; :class:`Unanswered` for one that fails
        alone on a fresh pipeline."""
        with self._lock:
            return self._attempt(list(records))

    def _attempt(self, records: list[str]) -> list[str | Unanswered]:
        """``records`` translated, but for those already known to fail alone."""
        known = [self._unanswerable.get(r) for r in records]
        todo = [r for r, failed in zip(records, known, strict=True) if failed is None]
        answers = iter(self._send(todo) if todo else [])
        return [next(answers) if failed is None else failed for failed in known]

    def _send(self, records: list[str]) -> list[str | Unanswered]:
        fresh = self._pipeline is None
        if self._pipeline is None:
            self._pipeline = self._start()
        try:
            outputs: list[str | Unanswered] = list(self._pipeline.translate(records))
        except BatchFailed as failure:
            self._pipeline = None           # killed by the failure
            self._budget.spend(failure)
            return self._take_apart(records, failure, fresh)
        return outputs

    def _take_apart(self, records: list[str], failure: BatchFailed,
                    fresh: bool) -> list[str | Unanswered]:
        if len(records) == 1:
            if not fresh:
                return self._send(records)
            self._unanswerable[records[0]] = Unanswered(failure.reason)
            return [self._unanswerable[records[0]]]
        kept: list[str | Unanswered] = list(failure.answered[:max(0, len(failure.answered) - 1)])
        due = min(len(failure.answered), len(records) - 1)
        alone = self._attempt([records[due]])
        rest = records[len(kept):due] + records[due + 1:]
        others = self._attempt(rest) if rest else []
        before = due - len(kept)
        return [*kept, *others[:before], *alone, *others[before:]]

    def close(self) -> None:
        with self._lock:
            if self._pipeline is not None:
                self._pipeline.close()
                self._pipeline = None
