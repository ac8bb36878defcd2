"""``cms-i18n apply``: reviewed translations back into the content."""

from __future__ import annotations

import click

from cms_i18n import pipeline
from cms_i18n.cli._options import resolve_settings, settings_options, target_languages


@click.command("apply")
@click.option("--lang", "-l", "langs", multiple=True,
              help="Target language; repeat or comma-separate. Default: all target_langs.")
@click.option("--include-fuzzy", is_flag=True, default=None,
              help="Use unreviewed (fuzzy) machine translations too, e.g. for a preview.")
@click.option("--fallback", type=click.Choice(["source", "skip"]), default=None,
              help="Unreviewed units: keep the source text (default) or skip documents "
                   "with no reviewed unit.")
@settings_options
def command(langs: tuple[str, ...], include_fuzzy: bool | None, fallback: str | None,
            config_file: str | None, **overrides: str | None) -> None:
    """Write translated documents back through the content source.

    For the files source: <name>.<lang><suffix> beside each source file, front matter
    and markup kept, the language recorded.
    """
    settings = resolve_settings(config_file, **overrides)
    for lang in target_languages(settings, langs):
        summary = pipeline.apply(settings, lang, include_fuzzy=include_fuzzy, fallback=fallback)
        click.echo(summary.line())
