"""Every way a plugin extends cms-i18n, in one place (pluggy hook specifications).

A plugin is a module (or any object) with functions of these names decorated
with :data:`hookimpl`.  The built-in engines, content sources, clean steps,
checks and commands are plugins themselves, registered through the same door
(:data:`cms_i18n.plugins.BUILTIN`); a package adds its own by naming its
module in the ``cms_i18n`` entry-point group::

    [project.entry-points.cms_i18n]
    house_mt = "house_mt.plugin"

    # house_mt/plugin.py
    from cms_i18n.hookspecs import hookimpl

    @hookimpl
    def cms_i18n_engines():
        return [HouseEngine]          # implements cms_i18n.engines.base.Engine

Each hook returns a list; the lists of every plugin are joined.  Why pluggy:
it is what pytest, datasette and tox use, it checks a plugin's hook names and
arguments when it is registered, and the same registry serves the command
line, Django and the tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from cms_i18n.catalog.checks import Check
    from cms_i18n.clean import Step
    from cms_i18n.config import Setting
    from cms_i18n.content import ContentSource
    from cms_i18n.engines.base import Engine

PROJECT = "cms_i18n"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def cms_i18n_engines() -> list[type[Engine]]:
    """Translation engine classes, each with a unique ``name`` (``--engine NAME``).

    An engine declares what it can do in the :class:`~cms_i18n.engines.base.Engine`
    protocol: ``n_best`` and ``glossary_strategy`` choose how the glossary is
    enforced through it, ``version_for`` keys the translation memory.
    """


@hookspec
def cms_i18n_sources() -> list[type[ContentSource]]:
    """Content source classes, each with a unique ``name`` (the ``source`` setting)."""


@hookspec
def cms_i18n_clean_steps() -> list[Step]:
    """Line-by-line cleaning steps, run after the built-in letter, space and quote repairs.

    A step's name and its function's module and name are part of the key
    under which cleaned text is remembered, so changing the list re-cleans.
    """


@hookspec
def cms_i18n_checks() -> list[Check]:
    """Catalogue checks ``Check(name, severity, function)``.

    ``function(msgid, msgstr, entry)`` returns a message, a ``Graded`` finding or
    None; ``entry`` (:class:`~cms_i18n.catalog.checks.CheckedEntry`) carries the
    entry's flags, context, comments and languages.  A function of two parameters,
    ``(msgid, msgstr)``, is called with the texts alone.
    """


@hookspec
def cms_i18n_settings() -> list[Setting]:
    """Settings the plugin reads, declared like the core ones (``cms_i18n.config``)."""


@hookspec
def cms_i18n_commands(cli: click.Group) -> None:
    """Add commands (or groups) to the ``cms-i18n`` command line with ``cli.add_command``."""
