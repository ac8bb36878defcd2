"""Any engine's failure as one line naming the engine, never a traceback.

A third-party engine may raise anything (a ``RuntimeError`` from a desk server, a
``KeyError`` from a bug); the built-in ones raise :class:`EngineError` for what a
user can act on.  :class:`GuardedEngine` wraps the engine a run uses so every
call that raises something else becomes ``engine deskmt failed: RuntimeError:
desk server unreachable``, an :class:`EngineError` whose cause keeps the
original exception (``CMS_I18N_TRACEBACK=1`` prints it).  Nothing of the batch
reaches a catalogue or the memory: the run stops before either is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from cms_i18n.engines.base import Engine, Translation
from cms_i18n.errors import EngineError, UserError

T = TypeVar("T")


@contextmanager
def failures_named(name: str) -> Iterator[None]:
    """Turn any exception but a :class:`UserError` into one naming engine ``name``."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:  # a plugin may raise anything: name it, keep it as the cause
        raise EngineError(f"engine {name} failed: {type(exc).__name__}: {exc}") from exc


def build(cls: type[Engine], settings: Mapping[str, Any]) -> GuardedEngine:
    """``cls(settings)``, its constructor's failure named, the engine guarded."""
    name = str(getattr(cls, "name", cls.__name__))
    with failures_named(name):
        engine = cls(settings)
    return GuardedEngine(engine)


class GuardedEngine:
    """An :class:`Engine` whose every call names the engine when it fails.

    The protocol's members are spelled out (so the type checker sees an engine);
    anything else an engine offers (``unknown_words``, ``route``) is passed
    through guarded as well.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name: str = engine.name
        self.n_best: bool = bool(getattr(engine, "n_best", False))
        self.reads_documents: bool = bool(getattr(engine, "reads_documents", False))

    def _call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with failures_named(self.name):
            return func(*args, **kwargs)

    @property
    def version(self) -> str:
        with failures_named(self.name):
            return self.engine.version

    def version_for(self, source: str, target: str) -> str:
        return self._call(self.engine.version_for, source, target)

    def glossary_strategy(self, target: str) -> str:
        return self._call(self.engine.glossary_strategy, target)

    def describe(self, source: str, target: str) -> str:
        return self._call(self.engine.describe, source, target)

    def pairs(self) -> set[tuple[str, str]]:
        return self._call(self.engine.pairs)

    def variants(self, source: str, target: str) -> dict[str, str]:
        variants = getattr(self.engine, "variants", None)
        return self._call(variants, source, target) if callable(variants) else {}

    def install_hint(self, source: str, target: str) -> str:
        hint = getattr(self.engine, "install_hint", None)
        return self._call(hint, source, target) if callable(hint) else \
            f"it cannot translate {source}→{target}"

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1, documents: Sequence[str] | None = None
                        ) -> list[Translation]:
        extra: dict[str, Any] = {}
        if n_best > 1:
            extra["n_best"] = n_best
        if documents is not None and self.reads_documents:
            extra["documents"] = documents
        return self._call(self.engine.translate_batch, texts, source, target, **extra)

    def close(self) -> None:
        self._call(self.engine.close)

    def __enter__(self) -> GuardedEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, attr: str) -> Any:
        if attr == "engine":        # not yet set: during unpickling, say
            raise AttributeError(attr)
        value = getattr(self.engine, attr)     # what it lacks stays an AttributeError
        if callable(value) and not isinstance(value, type):
            def guarded(*args: Any, **kwargs: Any) -> Any:
                return self._call(value, *args, **kwargs)
            return guarded
        return value
