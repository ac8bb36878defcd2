"""The one small protocol every engine implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class Translation:
    """An engine's output for one input text.

    ``score`` is the engine's own quality estimate when it has one (for Argos,
    the mean per-token log-probability, 0 is best); ``None`` otherwise.
    ``alternatives`` holds further hypotheses (n-best), best first, when asked for.
    """

    text: str
    score: float | None = None
    alternatives: tuple[str, ...] = ()


@runtime_checkable
class Engine(Protocol):
    """A machine translation engine.

    Engines are constructed once per run with the resolved settings and reused
    for every batch; they must not reload models per call.
    """

    name: str

    def __init__(self, settings: Mapping[str, Any]) -> None: ...

    @property
    def version(self) -> str:
        """Identifies engine + model for the translation memory key."""
        ...

    def pairs(self) -> set[tuple[str, str]]:
        """The (source, target) BCP-47 language pairs this engine can translate now."""
        ...

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Translate ``texts`` (same order, same length)."""
        ...

    def close(self) -> None:
        """Release processes and models."""
        ...
