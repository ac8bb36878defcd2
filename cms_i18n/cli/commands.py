"""The built-in commands, added to the command line through the plugin hook.

Every module of this package with a module-level ``command`` contributes it,
so adding a built-in command means adding its module; a plugin's
``cms_i18n_commands`` hook adds its own the same way.

Every module is imported to list or find one command, so a module imports what its
command runs on (the pipeline, the checks, the cleaner) inside the command, and
building the command line stays cheap (``tests/cli/test_startup.py``).
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from cms_i18n.hookspecs import hookimpl


@hookimpl
def cms_i18n_commands(cli: click.Group) -> None:
    import cms_i18n.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == __name__.rpartition(".")[2]:
            continue
        command = getattr(importlib.import_module(f"{package.__name__}.{info.name}"),
                          "command", None)
        if isinstance(command, click.Command):
            cli.add_command(command)
