"""Translation engines, found through the ``cms_i18n.engines`` entry-point group.

Built-in engines are registered in ``pyproject.toml`` exactly as a third-party
package would register its own, so :func:`available_engines` treats them alike.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points

from cms_i18n.engines.base import Engine, Translation
from cms_i18n.errors import EngineError

__all__ = ["Engine", "Translation", "available_engines", "load_engine_class"]

GROUP = "cms_i18n.engines"


def available_engines() -> dict[str, EntryPoint]:
    """Map engine name to its (not yet loaded) entry point."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def load_engine_class(name: str) -> type[Engine]:
    """Import the engine class registered under ``name``."""
    eps = available_engines()
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none"
        raise EngineError(f"unknown engine {name!r} (registered engines: {known})")
    return eps[name].load()
