"""``cms-i18n translate``: content → cleaned units → glossary + engine → catalogues."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cms_i18n.cli._options import lang_option, settings_options, target_languages, with_options
from cms_i18n.config import load_settings
from cms_i18n.errors import UNTRANSLATED_EXIT, UserError

if TYPE_CHECKING:
    from cms_i18n.content import ContentSource


def translate_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--lang``, ``--engine``, ``--quiet``: shared with the Wagtail management command."""
    return with_options(
        func,
        lang_option("Target language (BCP-47, e.g. es); repeat or comma-separate. "
                    "Default: target_langs from the settings."),
        click.option("--engine", type=str, default=None,
                     help="auto (default: an Argos model if installed, else Apertium), "
                          "argos, apertium, or any registered engine."),
        click.option("--quiet", "-q", is_flag=True, help="No progress display."),
        click.option("--executor", type=click.Choice(["local", "celery"]), default=None,
                     help="local (default: this machine) or celery (the workers started "
                          "with `cms-i18n worker`)."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
                     help="Local processes (0: one per core). Default: jobs from the "
                          "settings, 1."),
    )


def translate_languages(settings: dict[str, Any], langs: tuple[str, ...], *,
                        engine: str | None, quiet: bool,
                        source: ContentSource | None = None, executor: str | None = None,
                        jobs: int | None = None, source_only: str | None = None) -> int:
    """Translate into each language, printing its summary; return the exit status.

    With several languages every one is tried and a failure is reported on its
    own line, after the languages that went through, once for all the languages it
    stopped (a bad content file stops each of them alike: one line, naming them all);
    the status is then the failures' highest exit code.  A single
    language's error is raised as it is.  A run that wrote its catalogues but left
    units the engine failed on untranslated names each one in a ``warning:`` line
    and exits :data:`UNTRANSLATED_EXIT` (unless another language failed); else 0.
    ``source_only`` is the ``--source`` given without ``--locale-dir``: a run that
    retires the configured catalogue's other entries says so, and what to add.
    """
    from cms_i18n import pipeline

    languages = target_languages(settings, langs)
    failed: list[UserError] = []
    stopped: dict[str, list[str]] = {}     # an error's line → the languages it stopped
    partial = False
    noted: set[str] = set()        # a note about the site (its glossary) is said once
    for lang in languages:
        try:
            summary = pipeline.translate(settings, lang, engine_name=engine, source=source,
                                         progress=None if quiet else _progress(lang),
                                         executor=executor, jobs=jobs)
        except UserError as exc:
            if len(languages) == 1:
                raise
            stopped.setdefault(exc.format(), []).append(lang)
            failed.append(exc)
            continue
        for note in summary.notes:
            if note not in noted:
                noted.add(note)
                click.echo(f"note: {note}", err=True)
        for line in [*summary.warnings, *summary.failures()]:
            click.echo(f"warning: {summary.lang}: {line}", err=True)
        merged = summary.merged_elsewhere(source_only) if source_only else None
        if merged:
            click.echo(f"warning: {summary.lang}: {merged}", err=True)
        partial = partial or bool(summary.failed)
        click.echo(summary.line())
    for line, stopped_langs in stopped.items():
        click.echo(f"error: {', '.join(stopped_langs)}: {line}", err=True)
    return max((exc.exit_code for exc in failed), default=UNTRANSLATED_EXIT if partial else 0)


@click.command("translate")
@translate_options
@settings_options
def command(langs: tuple[str, ...], engine: str | None, quiet: bool, executor: str | None,
            jobs: int | None, config_file: Path | None, **overrides: Any) -> None:
    """Translate the content into reviewable gettext catalogues.

    Every unit is cleaned, its glossary terms enforced and its machine translation
    merged into locale/<lang>/LC_MESSAGES/<domain>.po as a fuzzy entry; translations an
    editor has reviewed are never touched. Re-runs reuse the translation memory.
    """
    settings = load_settings(config_file, **overrides)
    given = {**(click.get_current_context().obj or {}),
             **{k: v for k, v in overrides.items() if v is not None}}
    source_only = str(given["content_dir"]) if given.get("content_dir") is not None and \
        given.get("locale_dir") is None else None
    status = translate_languages(settings, langs, engine=engine, quiet=quiet,
                                 executor=executor, jobs=jobs, source_only=source_only)
    if status:
        sys.exit(status)


def _progress(lang: str) -> Callable[[int | None], Callable[[int], None]]:
    """Progress on stderr, in documents: a bar, only when stderr is a terminal.

    In a log (stderr redirected, a CI job, cron) nothing is printed while the
    run goes: the summary line on standard output is the one line it ends with.
    """
    def start(total: int | None) -> Callable[[int], None]:
        if total == 0 or total is None or not sys.stderr.isatty():
            return lambda done: None
        bar = click.progressbar(length=total, label=f"translating {lang}", file=sys.stderr,
                                show_pos=True, show_eta=True)
        bar.__enter__()

        def tick(done: int) -> None:
            bar.update(done)
            if bar.length is not None and bar.pos >= bar.length:
                bar.__exit__(None, None, None)

        return tick

    return start
