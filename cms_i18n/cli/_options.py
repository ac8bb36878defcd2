"""Options shared by several commands, and the settings they resolve to."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from cms_i18n.config import SITE_CONFIG_NAME, source_is_target
from cms_i18n.errors import LanguageError
from cms_i18n.languages import normalize


def with_options(func: Callable[..., Any], *options: Callable[[Any], Any]) -> Callable[..., Any]:
    """``func`` decorated with click ``options``, listed in ``--help`` in the order given.

    Lets a group of options be shared by several commands (and by the Wagtail
    management command) while each group still has a name and a docstring.
    """
    for option in reversed(options):
        func = option(func)
    return func


def config_option(help: str = f"Site config file (default: ./{SITE_CONFIG_NAME} if present)."
                  ) -> Callable[[Any], Any]:
    """``--config``, the site config file, as every command takes it (a :class:`Path`)."""
    return click.option("--config", "config_file", default=None, help=help,
                        type=click.Path(dir_okay=False, path_type=Path))


class SharedOptionsGroup(click.Group):
    """A command group whose own options (``--config``, ``--glossary-dir``) are taken by
    its subcommands too: ``glossary init --config F`` as well as ``glossary --config F
    init``.  A value given after the subcommand wins; the subcommand reads it where it
    reads the group's, in ``ctx.obj``."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        shared = [p for p in self.params if isinstance(p, click.Option)
                  and p.name not in {q.name for q in cmd.params}]
        callback = cmd.callback
        if shared and callback is not None:
            names = [str(p.name) for p in shared]

            @functools.wraps(callback)
            def with_shared(*args: Any, **kwargs: Any) -> Any:
                ctx = click.get_current_context()
                if not isinstance(ctx.obj, dict):
                    ctx.obj = {}
                for key in names:
                    value = kwargs.pop(key, None)
                    if value is not None:
                        ctx.obj[key] = value
                return callback(*args, **kwargs)

            cmd.callback = with_shared
            cmd.params.extend(copy.copy(p) for p in shared)
        super().add_command(cmd, name)


def settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--config``, ``--source``, ``--locale-dir``, ``--glossary-dir``, ``--domain``."""
    return with_options(
        func,
        config_option(),
        click.option("--source", "content_dir", type=click.Path(),
                     help="Content folder (or one file) to read instead of content_dir."),
        click.option("--locale-dir", type=click.Path(file_okay=False),
                     help="Where catalogues live (default: locale)."),
        click.option("--glossary-dir", type=click.Path(),
                     help="Glossary folder or file (default: glossaries)."),
        click.option("--domain", help="Gettext domain, the catalogue's file name."),
    )


def catalog_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--locale-dir``, ``--domain``, ``--config``: the commands that read catalogues."""
    return with_options(
        func,
        click.option("--locale-dir", type=click.Path(file_okay=False, path_type=Path),
                     default=None,
                     help="Folder of the catalogues (default from settings: locale)."),
        click.option("--domain", default=None,
                     help="Catalogue name (default from settings: content)."),
        config_option(),
    )


def lang_option(help: str) -> Callable[[Any], Any]:
    """``--lang``/``-l``, repeated or comma-separated (read by :func:`asked_languages`)."""
    return click.option("--lang", "-l", "langs", multiple=True, metavar="LANG", help=help)


def asked_languages(langs: Sequence[str], configured: Sequence[str] = ()) -> list[str]:
    """The languages given, repeated or comma-separated (``-l es,fr -l pt``), normalised.

    A code that is no language is an error that says which ones there are: the
    site's ``target_langs`` (``configured``), and where to see what the installed
    engines reach.
    """
    asked = []
    for value in langs:
        for part in str(value).split(","):
            if not part.strip():
                continue
            try:
                asked.append(normalize(part.strip()))
            except LanguageError as exc:
                raise LanguageError(f"{exc.message} (--lang); {_known(configured)}") from None
    return asked


def _known(configured: Sequence[str]) -> str:
    site = f"the site's target_langs: {', '.join(configured)}; " if configured else ""
    return f"{site}`cms-i18n engines` lists every language the installed engines reach"


def target_languages(settings: dict[str, Any], langs: tuple[str, ...]) -> list[str]:
    """The languages asked for, else every target language in the settings."""
    configured = tuple(settings.get("target_langs") or ())
    asked = list(dict.fromkeys(asked_languages(langs or configured, configured)))
    problem = source_is_target(str(settings.get("source_lang") or "en"), asked)
    if problem:
        raise LanguageError(f"{problem} (--lang)" if langs else problem)
    return asked
