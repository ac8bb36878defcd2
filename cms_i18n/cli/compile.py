"""``cms-i18n compile``: binary ``.mo`` catalogues from the reviewed translations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cms_i18n.catalog.locate import find_catalogues
from cms_i18n.catalog.mo import compile_catalog
from cms_i18n.cli._options import catalogue_options
from cms_i18n.config import load_settings
from cms_i18n.languages import normalize


@click.command("compile")
@click.option("--lang", "langs", multiple=True, metavar="LANG",
              help="Only this language (repeatable). Default: every catalogue found.")
@click.option("--include-fuzzy", is_flag=True,
              help="Also compile fuzzy (unreviewed) translations, to preview drafts.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@catalogue_options
def command(langs: tuple[str, ...], include_fuzzy: bool, as_json: bool,
            locale_dir: Path | None, domain: str | None, config_file: Path | None) -> None:
    """Write a .mo file beside each .po, with reviewed translations only by default."""
    settings = load_settings(config_file, locale_dir=locale_dir, domain=domain)
    found = find_catalogues(Path(settings["locale_dir"]), settings["domain"],
                            [normalize(lang) for lang in langs])
    results = [(lang, compile_catalog(path, include_fuzzy=include_fuzzy))
               for lang, path in found]
    if as_json:
        click.echo(json.dumps([
            {"lang": lang, "mo": str(r.mo_path), "compiled": r.compiled, "fuzzy": r.fuzzy,
             "untranslated": r.untranslated, "include_fuzzy": include_fuzzy}
            for lang, r in results], indent=2))
        return
    if not results:
        click.echo(f"no catalogues named {settings['domain']}.po under "
                   f"{settings['locale_dir']}")
        return
    for lang, result in results:
        left_out = []
        if result.fuzzy:
            left_out.append(f"{result.fuzzy} fuzzy")
        if result.untranslated:
            left_out.append(f"{result.untranslated} untranslated")
        tail = f" ({' and '.join(left_out)} left out)" if left_out else ""
        noun = "message" if result.compiled == 1 else "messages"
        click.echo(f"{lang}: {result.compiled} {noun} → {result.mo_path}{tail}")
