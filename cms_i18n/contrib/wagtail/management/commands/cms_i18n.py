"""``python manage.py cms_i18n translate|apply|status|compile [options]``.

A thin Django wrapper around :mod:`cms_i18n.contrib.wagtail.cli`: Django sets
the project up, the click commands do the work.  From the shell, errors read
``error: file:line: message`` with the ``cms-i18n`` exit codes; through
``call_command`` they are raised as :class:`CommandError` with those codes.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

import click
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError

from cms_i18n.cli import usage_line
from cms_i18n.contrib.wagtail import cli
from cms_i18n.errors import UserError

PROG = "manage.py cms_i18n"
_DJANGO_VALUE_OPTIONS = ("--settings", "--pythonpath")


class Command(BaseCommand):
    help = ("Offline translation of the site's pages: translate, status, compile, apply. "
            "`manage.py cms_i18n --help` lists the commands and their options.")

    # Settings problems are reported as ``error: file:line: …`` by the command itself.
    requires_system_checks: list[str] = []  # noqa: RUF012 (Django's own attribute)
    _from_shell = False

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("args", nargs=argparse.REMAINDER,
                            help="translate | apply | status | check | compile | glossary, "
                                 "and their options")

    def run_from_argv(self, argv: list[str]) -> None:
        self._from_shell = True
        if len(argv) < 3 or argv[2] in ("-h", "--help"):
            cli.command.main(args=["--help"], prog_name=PROG)   # prints, exits 0
        super().run_from_argv(argv)

    def handle(self, *args: str, **options: Any) -> None:
        argv = _without_django_options(list(args))
        try:
            with redirect_stdout(_stream(self.stdout)), redirect_stderr(_stream(self.stderr)):
                code = cli.command.main(args=argv, prog_name=PROG, standalone_mode=False)
        except UserError as exc:
            said = site_command(exc.format())
            self._fail(f"error: {said}", said, exc.exit_code)
        except click.UsageError as exc:
            line = usage_line(exc, PROG)
            self._fail(line, line.removeprefix("error: "), 1)
        except click.ClickException as exc:
            if self._from_shell:
                exc.show(file=sys.stderr)
                sys.exit(exc.exit_code)
            raise CommandError(exc.format_message(), returncode=exc.exit_code) from None
        except click.Abort:
            self._fail("Aborted!", "aborted", 1)
        except OperationalError as exc:
            # SQLite's "database is locked": another process (the admin saving a page) held
            # the site's database longer than Django waits; each page's revision is written
            # whole or not at all, so a second run finishes the rest
            said = (f"the site's database refused a write ({exc}): another process, such "
                    "as the admin saving a page, held it; pages written before it stay "
                    "written, and running the command again does the rest")
            self._fail(f"error: {said}", said, 1)
        if isinstance(code, int) and code:
            self._fail("", f"exit status {code}", code)

    def _fail(self, shell_message: str, message: str, code: int) -> None:
        if self._from_shell:
            if shell_message:
                sys.stderr.write(shell_message + "\n")
            sys.exit(code)
        raise CommandError(message, returncode=code)


def _stream(wrapper: Any) -> Any:
    """The file behind Django's ``OutputWrapper`` (``call_command(stdout=…)`` or the console),
    its hints naming this command as the site runs it (see :class:`_SiteCommandHints`).

    Click writes whole lines itself; the wrapper would add line endings of its own.
    """
    return _SiteCommandHints(getattr(wrapper, "_out", wrapper))


def site_command(text: str) -> str:
    """A message's hints at a command (`` `cms-i18n translate --lang es` ``) as the site
    runs it: `` `manage.py cms_i18n translate --lang es` ``.

    >>> site_command("run `cms-i18n translate --lang es` first")
    'run `manage.py cms_i18n translate --lang es` first'
    """
    return text.replace("`cms-i18n ", f"`{PROG} ")


class _SiteCommandHints:
    """A stream that writes what it is given with :func:`site_command` applied: the
    commands share their messages with the command line, whose hints name ``cms-i18n``."""

    def __init__(self, out: Any) -> None:
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(site_command(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def _without_django_options(args: list[str]) -> list[str]:
    """Drop ``--settings``/``--pythonpath``: ``manage.py`` has applied them already."""
    kept: list[str] = []
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg in _DJANGO_VALUE_OPTIONS:
            skip_next = True
        elif not arg.startswith(tuple(f"{opt}=" for opt in _DJANGO_VALUE_OPTIONS)):
            kept.append(arg)
    return kept
