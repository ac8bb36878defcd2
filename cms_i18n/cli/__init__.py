"""The ``cms-i18n`` command line: parse options, call the API, print.

Each module in this package contributes one command (or command group) through
a module-level ``command`` object; they are collected here so that adding a
command never means editing this file.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from cms_i18n import __version__
from cms_i18n.errors import UserError


class _Group(click.Group):
    """Turns :class:`UserError` into ``error: …`` and its exit code, no traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"error: {exc.format()}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cms-i18n")
def main() -> None:
    """Offline translation and glossary plugin for content management systems."""


def _collect_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            main.add_command(command)


_collect_commands()
