"""``cms-i18n apply``: reviewed translations back into the content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cms_i18n.cli._options import lang_option, settings_options, target_languages, with_options
from cms_i18n.config import load_settings
from cms_i18n.errors import CheckFailed
from cms_i18n.fileio import printable

if TYPE_CHECKING:
    from cms_i18n.content import ContentSource
    from cms_i18n.summary import ApplySummary


def apply_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--lang``, ``--include-fuzzy``, ``--fallback``, ``--verbose``: shared with the
    Wagtail command."""
    return with_options(
        func,
        lang_option("Target language; repeat or comma-separate. Default: all target_langs."),
        click.option("--include-fuzzy", is_flag=True, default=None,
                     help="Use unreviewed (fuzzy) machine translations too, e.g. for a "
                          "preview; a later apply without it takes the files of such a "
                          "preview away again, unless edited since."),
        click.option("--fallback", type=click.Choice(["source", "skip"]), default=None,
                     help="A document nobody reviewed anything of is not written by "
                          "default (a page all in the source language is no translation; "
                          "a CMS's draft revisions are written all the same), nor "
                          "one whose reviewed text is all withdrawn now (source "
                          "changed, refused), its page as it was: 'source' "
                          "writes it in the source language; 'skip' also leaves out one "
                          "whose reviewed text is withdrawn (source changed, refused), its "
                          "page as it was.  Unreviewed units of a document that is "
                          "written keep the source text."),
        click.option("--verbose", "-v", is_flag=True,
                     help="List the unchanged documents too, not only those written, and "
                          "name every unit whose source changed since review, not only "
                          "those an earlier apply did not name."),
    )


def apply_languages(settings: dict[str, Any], langs: tuple[str, ...], *,
                    include_fuzzy: bool | None, fallback: str | None,
                    source: ContentSource | None = None, verbose: bool = False
                    ) -> list[ApplySummary]:
    """Apply each language's catalogue, printing its summary and what was written
    (and, ``verbose``, what a write would not have changed: on a large site a re-run
    would otherwise list every document).  A unit whose source changed since review is
    named the first time; while it waits for review, later runs count it on one line
    (``verbose`` names it again), so a new one is not lost among them.

    The languages are applied together: a target refused in one leaves all unwritten.
    Returns each language's summary.
    """
    from cms_i18n import pipeline

    summaries = pipeline.apply_all(settings, _languages_to_apply(settings, langs),
                                   include_fuzzy=include_fuzzy, fallback=fallback,
                                   source=source)
    for summary in summaries:
        # What needs a look first, then the summary and the files it counts: the
        # summary is the last thing on the screen, and counts every document.
        for note in summary.notes:
            click.echo(f"note: {note}", err=True)
        for changed in summary.source_changed:
            if verbose or changed not in summary.named_before:
                click.echo(f"source changed: {changed.format()}", err=True)
        if not verbose and (named := summary.named_before_line()):
            click.echo(f"source changed: {named}", err=True)
        for refused in summary.refused:
            click.echo(f"refused: {summary.refused_line(refused)}", err=True)
        for older in summary.older:
            click.echo(f"source changed: {older.format()} (written as it is, for the "
                       "preview; review it against the new text)", err=True)
        for warning in summary.warnings:
            click.echo(f"warning: {summary.lang}: {warning}", err=True)
        for note in summary.preview_notes:
            click.echo(f"note: {note}", err=True)
        click.echo(summary.line())
        for written in summary.written:
            click.echo(f"  {printable(str(written))}")
        for unchanged in summary.unchanged if verbose else ():
            click.echo(f"  {printable(str(unchanged))}")
        for removed in summary.removed:
            click.echo(f"  removed {printable(str(removed))} (a preview of unreviewed drafts "
                       "that `apply --include-fuzzy` wrote)")
        for left in summary.left:
            click.echo(f"  {left.format()}")
        if (unwritten := summary.not_written_line(None if verbose else 3)) is not None:
            click.echo(f"  {unwritten}")
        for withheld in summary.withheld:
            click.echo(f"  {withheld.format()}")
        for removed in summary.removed_orphans:
            click.echo(f"  removed {printable(str(removed))}")
        for removed in summary.removed_copies:
            click.echo(f"  removed {printable(str(removed))} (the catalogue's translation "
                       "that apply wrote beside an edited page: the page now holds it)")
    return summaries


def _languages_to_apply(settings: dict[str, Any], langs: tuple[str, ...]) -> list[str]:
    """The languages asked for; with none asked, every target language that has a
    catalogue, each configured one without (never translated: no engine for it yet) named
    on a warning line.  Its absence takes nothing from the others' reviewed work, which a
    plain `apply` would otherwise leave unpublished for a language it cannot reach; a
    language asked for by name must have its catalogue, and no language at all is an
    error as before."""
    from cms_i18n.catalog.layout import language_catalogs

    wanted = target_languages(settings, langs)
    if langs:
        return wanted
    locale_dir, domain = Path(settings["locale_dir"]), settings["domain"]
    ready = [lang for lang in wanted if language_catalogs(locale_dir, lang, domain)]
    if not ready:
        return wanted       # the error of a missing catalogue names the first
    for lang in wanted:
        if lang not in ready:
            click.echo(f"warning: {lang}: no catalogue {domain}.po yet under {locale_dir} "
                       f"(`cms-i18n translate --lang {lang}` writes one once an engine "
                       f"reaches {lang}: `cms-i18n engines` says which); not applied",
                       err=True)
    return ready


@click.command("apply")
@apply_options
@settings_options
def command(langs: tuple[str, ...], include_fuzzy: bool | None, fallback: str | None,
            verbose: bool, config_file: Path | None, **overrides: Any) -> None:
    """Write translated documents back through the content source.

    For the files source: <name>.<lang><suffix> beside each source file, front matter
    and markup kept, the language recorded; a file that already holds its translation
    is left as it is.  A translation file that is not what apply last wrote there (an
    editor's edit, a page translated by hand) is never overwritten: it is kept, the
    translation goes beside it as <name>.<lang><suffix>.new, and a warning says so.
    A unit whose source changed since its translation was reviewed keeps that
    translation on the page until its entry is reviewed again (the source text, where
    the edit changed a figure, a name or a negation, or where that translation fails the
    checks a reviewed one passes); each is named on a `source changed:` line the first
    time, and counted on one line by later runs until reviewed (--verbose names them).
    A document with nothing reviewed is not written (one line names them; --fallback
    source writes them in the source language), and a page of one there is named, and
    why; so is one whose reviewed text is all withdrawn now (its page as it was).
    A page whose source was moved or deleted is taken away if apply wrote it and it is
    unchanged since, else kept and named.  The summary, last, counts every document.
    """
    settings = load_settings(config_file, **overrides)
    fail_on_refusals(apply_languages(settings, langs, include_fuzzy=include_fuzzy,
                                     fallback=fallback, verbose=verbose))


def fail_on_refusals(summaries: list[ApplySummary]) -> None:
    """A translation refused is a critical problem in what would be published: the
    exit status ``compile`` gives it (2), once everything else is written.  Shared with
    the Wagtail command, where Django's ``call_command`` raises it as a CommandError."""
    refusals = [line for summary in summaries if (line := summary.refusal())]
    if refusals:
        raise CheckFailed("; ".join(refusals))
