"""``manage.py cms_i18n translate|apply|status|check|compile|glossary``: the commands for a site.

Same options and output as the ``cms-i18n`` command line; the settings come
from Django's ``CMS_I18N`` and the content from the site's pages (see
:mod:`.source`).  ``status``, ``check`` and ``compile`` are the core commands themselves,
pointed at the site's catalogues.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from cms_i18n.cli import check as core_check
from cms_i18n.cli import compile as core_compile
from cms_i18n.cli import glossary as core_glossary
from cms_i18n.cli import status as core_status
from cms_i18n.cli._options import config_option, with_options
from cms_i18n.cli.apply import apply_languages, apply_options, fail_on_refusals
from cms_i18n.cli.translate import translate_languages, translate_options
from cms_i18n.contrib.wagtail.conf import site_settings
from cms_i18n.errors import InputError


def _settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--config``, ``--locale-dir``, ``--glossary-dir``, ``--domain`` (over ``CMS_I18N``)."""
    return with_options(
        func,
        config_option("A cms-i18n.yaml read before CMS_I18N (default: BASE_DIR/"
                      "cms-i18n.yaml if present)."),
        click.option("--locale-dir", type=click.Path(file_okay=False),
                     help="Where catalogues live (default: CMS_I18N['locale_dir'])."),
        click.option("--glossary-dir", type=click.Path(),
                     help="Glossary folder or file (default: CMS_I18N['glossary_dir'])."),
        click.option("--domain", help="Gettext domain, the catalogue's file name."),
    )


@click.group("cms_i18n", context_settings={"help_option_names": ["-h", "--help"]})
def command() -> None:
    """Translate the site's pages offline into reviewable gettext catalogues.

    translate → review the .po files → apply (draft revisions in each locale).
    """


@command.command("translate")
@translate_options
@click.option("--if-pending", is_flag=True,
              help="Do nothing unless a page was published since the last run "
                   "(for cron jobs and task queues).")
@_settings_options
def translate(langs: tuple[str, ...], engine: str | None, quiet: bool, if_pending: bool,
              config_file: Path | None, **overrides: str | None) -> None:
    """Translate every live page and registered object into catalogues.

    Each unit is cleaned, its glossary terms enforced and its machine translation
    merged into <locale_dir>/<lang>/LC_MESSAGES/<domain>.po as a fuzzy entry;
    reviewed translations are never touched. Publish requests recorded by the
    publish hook are marked done.
    """
    from django.utils import timezone

    from cms_i18n.contrib.wagtail.models import TranslationRequest
    from cms_i18n.contrib.wagtail.source import WagtailSource

    settings = site_settings(config_file, **overrides)
    started = timezone.now()
    pending = TranslationRequest.objects.filter(done_at__isnull=True, requested_at__lte=started)
    if if_pending and not pending.exists():
        click.echo("nothing to do: no page published since the last run")
        return
    source = WagtailSource(settings)
    missing = _take_edits(settings, langs, source)
    status = translate_languages(settings, langs, engine=engine, quiet=quiet, source=source)
    if any(missing.values()):
        # what was typed in Wagtail's own copies before a catalogue existed to take it in
        _take_edits(settings, langs, source, only=missing)
    if status:
        sys.exit(status)      # requests stay pending for the next run
    pending.update(done_at=timezone.now())


@command.command("apply")
@apply_options
@_settings_options
def apply(langs: tuple[str, ...], include_fuzzy: bool | None, fallback: str | None,
          verbose: bool, config_file: Path | None, **overrides: str | None) -> None:
    """Write reviewed translations into the site as draft revisions.

    Each page gets a draft revision of its translation in the target locale
    (created from the source page when missing); nothing is published.
    Objects with a locale get their translated copy; plain models get rows
    read by cms_i18n.contrib.wagtail.translated().
    """
    from cms_i18n.contrib.wagtail.source import WagtailSource

    settings = site_settings(config_file, **overrides)
    source = WagtailSource(settings)
    _take_edits(settings, langs, source, restructured=False)   # the writes name them
    # A refused translation fails the command as it fails `cms-i18n apply` (exit 2, a
    # CommandError through call_command), once every other revision is written.
    fail_on_refusals(apply_languages(settings, langs, include_fuzzy=include_fuzzy,
                                     fallback=fallback, source=source, verbose=verbose))


def _take_edits(settings: dict[str, Any], langs: tuple[str, ...], source: Any, *,
                restructured: bool = True, only: dict[str, set[Path]] | None = None
                ) -> dict[str, set[Path]]:
    """Bring edits made in the admin into each catalogue first (see :mod:`.sync`); what
    is not taken in or kept aside goes to stderr, and so does each published translation
    whose source page is unpublished or deleted, and a language's home page that is not
    live (which hides every page of the language).  ``only``: into these catalogues alone,
    by language (the ones a run just made).  Returns, by language, the catalogues that
    did not exist yet, whose edits wait for the run that makes them."""
    from cms_i18n.cli._options import target_languages
    from cms_i18n.contrib.wagtail.sync import (
        home_not_live,
        live_without_source,
        take_site_edits,
    )

    waiting: dict[str, set[Path]] = {}
    for lang in target_languages(settings, langs):
        if only is not None and not only.get(lang):
            continue
        report = take_site_edits(lang, source, None if only is None else only[lang])
        waiting[lang] = report.waiting
        for line in report.lines(lang, restructured=restructured):
            click.echo(line, err=not line.split(": ", 2)[1].startswith("took an edit"))
        if only is not None and (report.taken or report.drafts):
            # the run's summary above counted the catalogue it made, before these
            click.echo(f"{lang}: {len(report.taken)} reviewed and {len(report.drafts)} "
                       "draft text(s) typed in the admin taken into the new catalogue after "
                       "the counts above (`status` counts them)")
        if only is None:
            for line in (*home_not_live(lang, source.source_lang),
                         *live_without_source(lang, source)):
                click.echo(line, err=True)
    return waiting


def _for_site(core: click.Command) -> click.Command:
    """The core command with the site's catalogue folder and domain as defaults."""
    @click.pass_context
    def callback(ctx: click.Context, **params: Any) -> Any:
        site = site_settings(params.get("config_file"))
        if params.get("locale_dir") is None:
            params["locale_dir"] = Path(site["locale_dir"])
        if params.get("domain") is None:
            params["domain"] = site["domain"]
        if "glossary_dir" in params and params["glossary_dir"] is None:
            params["glossary_dir"] = Path(site["glossary_dir"])
        assert core.callback is not None
        try:
            result = ctx.invoke(core.callback, **params)
        except InputError as exc:        # no catalogue yet: say what waits for translate
            count = _pending_count() if core.name == "status" else 0
            if not count:
                raise
            raise InputError(f"{exc.message} ({count} page{'s' * (count != 1)} published "
                             "since the last translate run)", path=exc.path,
                             line=exc.line) from None
        if core.name == "status" and not params.get("as_json"):
            _report_pending()
        return result

    return click.Command(core.name, params=list(core.params), callback=callback,
                         help=core.help, short_help=core.short_help)


def _pending_count() -> int:
    from cms_i18n.contrib.wagtail.models import TranslationRequest

    return int(TranslationRequest.objects.filter(done_at__isnull=True).count())


def _report_pending() -> None:
    count = _pending_count()
    if count:
        click.echo(f"\n{count} page{'s' * (count != 1)} published since the last translate "
                   "run (run `manage.py cms_i18n translate`)")


def _glossary_for_site() -> click.Group:
    """``cms-i18n glossary`` on the site's glossary folder (``CMS_I18N['glossary_dir']``)."""
    core = core_glossary.command

    @click.pass_context
    def callback(ctx: click.Context, glossary_dir: Path | None,
                 config_file: Path | None) -> None:
        if glossary_dir is None:
            glossary_dir = Path(site_settings(config_file)["glossary_dir"])
        ctx.obj = {"glossary_dir": glossary_dir, "config_file": config_file}

    return click.Group(core.name, commands=core.commands, params=list(core.params),
                       callback=callback, help=core.help, short_help=core.short_help)


command.add_command(_glossary_for_site())
command.add_command(_for_site(core_status.command))
command.add_command(_for_site(core_compile.command))
command.add_command(_for_site(core_check.command))
