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
from cms_i18n.errors import EngineError
from cms_i18n.hookspecs import hookimpl

__all__ = ["AUTO", "Engine", "EngineBase", "Translation", "UnknownWords", "choose_engine",
           "engine_class"]

#: What ``--engine auto`` tries, in order: a neural model when one is installed
#: for the pair, else Apertium's rule-based pair.
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


def choose_engine(name: str, source: str, target: str, settings: Mapping[str, Any]) -> Engine:
    """Build the engine to use; ``auto`` tries :data:`AUTO` in order."""
    pair = (languages.base(source), languages.base(target))
    if name != "auto":
        engine = engine_class(name)(settings)
        if pair not in engine.pairs():
            engine.close()
            raise EngineError(f"engine {name!r} cannot translate {source}→{target}; "
                              + install_hint(source, target, settings))
        return engine
    for candidate in AUTO:
        engine = engine_class(candidate)(settings)
        try:
            pairs = engine.pairs()
        except EngineError:
            pairs = set()
        if pair in pairs:
            return engine
        engine.close()
    raise EngineError(f"no installed engine can translate {source}→{target}; "
                      + install_hint(source, target, settings))


def install_hint(source: str, target: str, settings: Mapping[str, Any]) -> str:
    """What to install for ``source`` → ``target``: an Argos model, or Debian's Apertium pairs."""
    from cms_i18n.engines.apertium import find_modes
    from cms_i18n.engines.apertium_routes import install_hint as apertium_hint

    argos = "install an Argos model (`cms-i18n models install --from FILE.argosmodel`)"
    apt = apertium_hint(source, target, installed=find_modes(settings))
    return f"{argos} or Apertium's pairs (`{apt}`)" if apt else \
        f"{argos}; Debian has no Apertium pair that leads there"
