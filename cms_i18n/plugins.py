"""The plugin registry: built-in plugins, then those of installed packages.

One :class:`pluggy.PluginManager` per process, made on first use: the modules
in :data:`BUILTIN` are registered first, then every module named in the
``cms_i18n`` entry-point group (see :mod:`cms_i18n.hookspecs`).  The functions
below are what the rest of the package asks; nothing else looks plugins up.
A plugin that cannot be imported is a one-line :class:`ConfigError` naming it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

import pluggy

from cms_i18n import hookspecs
from cms_i18n.errors import ConfigError

if TYPE_CHECKING:
    import click

    from cms_i18n.catalog.checks import Check
    from cms_i18n.clean import Step
    from cms_i18n.config import Setting
    from cms_i18n.content import ContentSource
    from cms_i18n.engines.base import Engine

#: Modules of this package that implement hooks, registered before any other plugin.
BUILTIN = (
    "cms_i18n.engines",
    "cms_i18n.content",
    "cms_i18n.contrib.wagtail.plugin",
    "cms_i18n.core_plugin",
    "cms_i18n.cli.commands",
)


@lru_cache(maxsize=1)
def manager() -> pluggy.PluginManager:
    """The registry, with the built-in plugins and every installed one."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in BUILTIN:
        pm.register(importlib.import_module(name), name=name)
    for ep in entry_points(group=hookspecs.PROJECT):
        if pm.has_plugin(ep.name):
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:  # whatever a third-party import raises, say which plugin
            raise ConfigError(f"plugin {ep.name!r} ({ep.value}) cannot be loaded: "
                              f"{type(exc).__name__}: {exc}") from None
    return pm


def reset() -> None:
    """Forget the registry: the next question reads the installed plugins again."""
    manager.cache_clear()
    _forget_answers()


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[pluggy.PluginManager]:
    """``plugin`` registered for the duration of a ``with`` block (for tests and embedders)."""
    pm = manager()
    pm.register(plugin, name=name)
    _forget_answers()
    try:
        yield pm
    finally:
        pm.unregister(plugin)
        _forget_answers()


def _forget_answers() -> None:
    for cached in (engines, sources, clean_steps, checks, plugin_settings):
        cached.cache_clear()


def _by_name(kind: str, classes: list[list[Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for cls in (c for group in reversed(classes) for c in group):
        if cls.name in found and found[cls.name] is not cls:
            raise ConfigError(f"two plugins provide the {kind} {cls.name!r}: "
                              f"{found[cls.name].__module__} and {cls.__module__}")
        found[cls.name] = cls
    return found


@lru_cache(maxsize=1)
def engines() -> dict[str, type[Engine]]:
    """Engine classes by name."""
    return _by_name("engine", manager().hook.cms_i18n_engines())


@lru_cache(maxsize=1)
def sources() -> dict[str, type[ContentSource]]:
    """Content source classes by name."""
    return _by_name("content source", manager().hook.cms_i18n_sources())


@lru_cache(maxsize=1)
def clean_steps() -> tuple[Step, ...]:
    """Plugins' line steps, run after the built-in ones, in registration order."""
    return tuple(s for group in reversed(manager().hook.cms_i18n_clean_steps()) for s in group)


@lru_cache(maxsize=1)
def checks() -> tuple[Check, ...]:
    """Every catalogue check, the built-in ones first."""
    return tuple(c for group in reversed(manager().hook.cms_i18n_checks()) for c in group)


@lru_cache(maxsize=1)
def plugin_settings() -> tuple[Setting, ...]:
    """Settings declared by plugins (the core ones are in :mod:`cms_i18n.config`)."""
    return tuple(s for group in reversed(manager().hook.cms_i18n_settings()) for s in group)


def add_commands(cli: click.Group) -> None:
    """Let every plugin add its commands to ``cli``."""
    manager().hook.cms_i18n_commands(cli=cli)
