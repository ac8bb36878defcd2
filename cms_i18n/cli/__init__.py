"""The ``cms-i18n`` command line: parse options, call the API, print.

Each module in this package holds one command (or command group); they, and
the commands of plugins, reach the ``cms-i18n`` group through the plugin hook
``cms_i18n_commands`` (:mod:`.commands` registers the built-in ones), added
the first time a command is looked up.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any, NoReturn

import click

from cms_i18n import __version__, plugins
from cms_i18n.errors import UserError

#: Set (to anything but 0 or empty) to see, above the one-line error, the traceback of
#: what caused it: a plugin engine's exception, say.
TRACEBACK_ENV = "CMS_I18N_TRACEBACK"
#: The exit status of a run stopped by Ctrl-C (SIGINT), as shells give one (128 + 2).
INTERRUPTED = 130


def _fail(exc: UserError) -> NoReturn:
    if os.environ.get(TRACEBACK_ENV, "") not in ("", "0") and exc.__cause__ is not None:
        click.echo("".join(traceback.format_exception(exc.__cause__)).rstrip(), err=True)
    click.echo(f"error: {exc.format()}", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    """Turns :class:`UserError` into ``error: …`` and its exit code, no traceback;
    gets its commands from the plugins when first asked."""

    _loaded = False

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            try:
                plugins.add_commands(self)
            except UserError as exc:
                _fail(exc)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._load()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load()
        return super().list_commands(ctx)

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise _bad_options(exc) from None

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Ctrl-C: click would say "Aborted!" and exit 1, the status of bad input
            click.echo("interrupted: stopped before the end; each file is written whole or "
                       "not at all, so nothing is half-written, and the next run does what "
                       "this one did not", err=True)
            sys.exit(INTERRUPTED)
        except UserError as exc:
            _fail(exc)
        except click.UsageError as exc:
            sub = ctx.invoked_subcommand
            if exc.ctx is None and sub and (command := super().get_command(ctx, sub)):
                # ``translate --lang`` with no value: click names no command; name it.
                exc.ctx = click.Context(command, info_name=sub, parent=ctx)
            raise _bad_options(exc) from None


class _BadOptions(click.UsageError):
    """Click's usage error in the product's form: one line, ``error: <command>: <what is
    wrong> (see `<command> --help`)``, and the exit status bad options have here: 1, as
    bad input and settings (click's own 2 is ``check`` finding a critical problem)."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(usage_line(self), file=file, err=file is None)


def usage_line(exc: click.UsageError, prog: str | None = None) -> str:
    """``error: cms-i18n clean: Invalid value for '--format': 'docx' is not one of …
    (see `cms-i18n clean --help`)``: a usage error on one line, naming the command
    (``prog`` where click has no context to name it by)."""
    where = exc.ctx.command_path if exc.ctx is not None else (prog or "cms-i18n")
    message = " ".join(exc.format_message().split()).rstrip(".")
    return f"error: {where}: {message} (see `{where} --help`)"


def _bad_options(exc: click.UsageError) -> click.UsageError:
    return exc if isinstance(exc, _BadOptions) else _BadOptions(exc.format_message(), exc.ctx)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cms-i18n")
def main() -> None:
    """Offline translation and glossary plugin for content management systems."""
