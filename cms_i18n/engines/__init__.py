"""Translation engines: the built-in ones are plugins like any other.

Engines come from the plugin registry (:mod:`cms_i18n.plugins`); this module
registers Apertium and Argos there through the ``cms_i18n_engines`` hook, as
a third-party package registers its own, and chooses the engine of a run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cms_i18n import languages
from cms_i18n.engines.base import Engine, EngineBase, Translation, UnknownWords
from cms_i18n.engines.guard import GuardedEngine, build
from cms_i18n.errors import EngineError
from cms_i18n.hookspecs import hookimpl

__all__ = ["AUTO", "Engine", "EngineBase", "Translation", "UnknownWords", "choose_engine",
           "engine_class", "engine_order", "install_hints", "open_engine"]

#: The built-in engines ``--engine auto`` tries first, in order: a neural model when
#: one is installed for the pair, else Apertium's rule-based pair.  Engines of other
#: plugins follow, by name (:func:`engine_order`).
AUTO = ("argos", "apertium")


@hookimpl
def cms_i18n_engines() -> list[type[Engine]]:
    from cms_i18n.engines.apertium import ApertiumEngine
    from cms_i18n.engines.argos import ArgosEngine

    return [ApertiumEngine, ArgosEngine]


def engine_class(name: str) -> type[Engine]:
    """The engine class registered under ``name``."""
    from cms_i18n.plugins import engines

    found = engines()
    if name not in found:
        known = ", ".join(sorted(found)) or "none"
        raise EngineError(f"unknown engine {name!r} (registered engines: {known})")
    return found[name]


def engine_order() -> list[str]:
    """Every registered engine's name in the order ``auto`` tries them: the built-in
    ones of :data:`AUTO` first, then the others by name.  ``cms-i18n engines`` lists
    in the same order, so what it names first for a language is what ``auto`` uses."""
    from cms_i18n.plugins import engines

    names = list(engines())
    return [n for n in AUTO if n in names] + sorted(n for n in names if n not in AUTO)


def open_engine(name: str, settings: Mapping[str, Any]) -> GuardedEngine:
    """The engine registered under ``name``, built with ``settings``; whatever it raises
    later is one line naming it (:mod:`cms_i18n.engines.guard`)."""
    return build(engine_class(name), settings)


def choose_engine(name: str, source: str, target: str, settings: Mapping[str, Any]) -> Engine:
    """Build the engine to use; ``auto`` tries :func:`engine_order` in order."""
    pair = (languages.base(source), languages.base(target))
    if name != "auto":
        engine = open_engine(name, settings)
        if pair not in engine.pairs():
            hint = engine.install_hint(source, target)
            engine.close()
            raise EngineError(f"engine {name!r} cannot translate {source}→{target}", hint=hint)
        return engine
    for candidate in engine_order():
        try:
            engine = open_engine(candidate, settings)
        except EngineError:
            continue            # install_hints says why
        try:
            if pair in engine.pairs():
                return engine
        except EngineError:
            pass
        engine.close()
    raise EngineError(f"no installed engine can translate {source}→{target}",
                      hint=install_hints(source, target, settings))


def install_hints(source: str, target: str, settings: Mapping[str, Any]) -> str:
    """What each registered engine would need for ``source`` → ``target``, in
    :func:`engine_order`: ``argos: no Argos model …; apertium: `apt-get install …```."""
    hints = []
    for name in engine_order():
        try:
            engine = open_engine(name, settings)
        except EngineError as exc:
            hints.append(f"{name}: {exc.message}")
            continue
        try:
            hints.append(f"{name}: {engine.install_hint(source, target)}")
        except EngineError as exc:
            hints.append(f"{name}: {exc.message}")
        finally:
            engine.close()
    return "; ".join(hints)
