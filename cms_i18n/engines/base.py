"""The one protocol every engine implements, capabilities included.

What an engine can do is declared here, not guessed from its name: whether it
returns several hypotheses (``n_best``), which glossary strategy suits it for a
target language (``glossary_strategy``), the version of the model it uses for a
language pair (``version_for``, the translation-memory key), the other ways it
can reach a language (``variants``, for ``cms-i18n engines``) and what to
install when it cannot (``install_hint``).
:class:`EngineBase` gives the plain answers, so an engine states only what
differs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

PROCESS_CORES = "process_cores"
"""The setting an executor gives each of its processes: the cores that process's engine
may use.  Two processes each using every core of the machine fight over it (CTranslate2's
threads spin waiting for a core the other took); each using its share does not."""


def available_cores(settings: Mapping[str, Any] | None = None) -> int:
    """Cores this process's engine may use: its share when a run (``--jobs``) or a worker
    (``--concurrency``) runs several processes, else the affinity mask (not the machine's
    total, which a container or ``taskset`` may not grant)."""
    share = (settings or {}).get(PROCESS_CORES)
    if isinstance(share, int) and not isinstance(share, bool) and share > 0:
        return share
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):      # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def share_cores(settings: Mapping[str, Any], processes: int) -> dict[str, Any]:
    """``settings`` for one of ``processes`` processes sharing this machine's cores."""
    return {**settings, PROCESS_CORES: max(1, available_cores() // max(1, processes))}


@dataclass(frozen=True)
class Translation:
    """An engine's output for one input text.

    ``score`` is the engine's own quality estimate when it has one (for Argos,
    the mean per-token log-probability, 0 is best); ``None`` otherwise.
    ``alternatives`` holds further hypotheses (n-best), best first, when asked for.
    ``failed`` says why the engine gave no translation of this text, where it can
    fail on one text and still translate the others (Apertium: a stage that crashes
    on it alone, see :mod:`.apertium_retry`); ``text`` is then empty, and the unit
    reaches the catalogue untranslated, never the memory.
    ``notes`` say what the engine repaired in its own output, or what an editor must
    look at in it (Apertium: a numbered article it read as a garment, quotation marks
    it may have moved); each becomes a ``#.`` note on the entry.
    """

    text: str
    score: float | None = None
    alternatives: tuple[str, ...] = ()
    failed: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnknownWords:
    """Words one step of an engine did not know and passed through as they were.

    ``lang`` is the language they are in: the source for the first step
    (``first``), the language in between for a later step of a chain.
    """

    words: tuple[str, ...]
    step: str
    lang: str
    first: bool = True


@runtime_checkable
class Engine(Protocol):
    """A machine translation engine.

    Engines are constructed once per run with the resolved settings and reused
    for every batch; they must not reload models per call.
    """

    name: str
    #: ``translate_batch(..., n_best=N)`` returns up to N - 1 ``alternatives``, so
    #: glossary enforcement can rerank hypotheses by compliance.
    n_best: bool
    #: ``translate_batch(..., documents=[...])`` takes, per text, the whole source of
    #: its document, for evidence a paragraph alone lacks (a person's name, say).
    reads_documents: bool

    def __init__(self, settings: Mapping[str, Any]) -> None: ...

    @property
    def version(self) -> str:
        """Identifies engine + every model it has."""
        ...

    def version_for(self, source: str, target: str) -> str:
        """Identifies engine + the model used for this pair (the translation-memory key)."""
        ...

    def glossary_strategy(self, target: str) -> str:
        """``standin`` or ``codeswitch``: how glossary terms best reach this engine
        (see :mod:`cms_i18n.glossary.enforce`)."""
        ...

    def describe(self, source: str, target: str) -> str:
        """How a catalogue comment names the engine for a pair (``apertium eng-spa → es-pt``)."""
        ...

    def pairs(self) -> set[tuple[str, str]]:
        """The (source, target) BCP-47 language pairs this engine can translate now."""
        ...

    def variants(self, source: str, target: str) -> dict[str, str]:
        """Other renderings of a reachable pair, by what selects each (a language tag
        such as ``pt-BR``, or a setting) → how (``apertium eng-spa → es-pt_BR``)."""
        ...

    def install_hint(self, source: str, target: str) -> str:
        """What to install (or set) so this engine translates ``source`` → ``target``:
        one phrase, shown after the engine's name when it cannot."""
        ...

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        """Translate ``texts`` (same order, same length)."""
        ...

    def close(self) -> None:
        """Release processes and models."""
        ...


class EngineBase:
    """Defaults for the capabilities: one hypothesis, terms written in, one version."""

    name: ClassVar[str]
    n_best: ClassVar[bool] = False
    reads_documents: ClassVar[bool] = False

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        self.settings = dict(settings or {})

    @property
    def version(self) -> str:
        return self.name

    def version_for(self, source: str, target: str) -> str:
        return self.version

    def glossary_strategy(self, target: str) -> str:
        """Neural engines copy a target term written into the source: ``codeswitch``."""
        return "codeswitch"

    def describe(self, source: str, target: str) -> str:
        return self.name

    def variants(self, source: str, target: str) -> dict[str, str]:
        """No variants: one rendering per pair."""
        return {}

    def install_hint(self, source: str, target: str) -> str:
        """The pairs it does translate: what to install is the engine's own business."""
        pairs = getattr(self, "pairs", None)
        have = sorted(f"{s}→{t}" for s, t in pairs()) if callable(pairs) else []
        return f"it translates {', '.join(have)} only" if have else "it translates no pair now"

    def close(self) -> None:
        """Nothing to release by default."""

    def __enter__(self) -> EngineBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
