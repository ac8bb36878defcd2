"""``cms-i18n engines``: every language reachable now, by which engine and how.

A site deciding which languages to publish needs to know more than the
installed Argos packages: Apertium reaches French or Portuguese only through
Spanish, and the answer changes with each Debian pair installed.  This listing
asks each engine, in the order ``translate --engine auto`` tries them (so the
first listed for a language is the one a run uses)
and, for the site's target languages and the glossary's languages that no
engine reaches, says what to install.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cms_i18n import languages
from cms_i18n.cli._options import config_option
from cms_i18n.config import load_settings
from cms_i18n.engines import engine_order, install_hints, open_engine
from cms_i18n.errors import EngineError


def reachable_languages(settings: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Target language → the engines that reach it from ``source_lang``, in the order
    ``translate --engine auto`` tries them (:func:`engine_order`): its choice first."""
    source = languages.normalize(settings.get("source_lang", "en"))
    found: dict[str, list[dict[str, Any]]] = {}
    for name in engine_order():
        try:
            engine = open_engine(name, settings)
        except (EngineError, ImportError) as exc:
            click.echo(f"warning: engine {name}: {exc}", err=True)
            continue
        try:
            targets = sorted(t for s, t in engine.pairs() if s == languages.base(source))
            for target in targets:
                row: dict[str, Any] = {"engine": name,
                                       "how": engine.describe(source, target)}
                variants = engine.variants(source, target)
                if variants:
                    row["variants"] = variants
                found.setdefault(target, []).append(row)
        except EngineError as exc:
            click.echo(f"warning: engine {name}: {exc}", err=True)
        finally:
            engine.close()
    return dict(sorted(found.items()))


def _wanted(settings: dict[str, Any]) -> list[str]:
    """The site's target languages and the glossary's, base codes, in order."""
    from cms_i18n.errors import UserError
    from cms_i18n.glossary import load_glossary

    wanted = [languages.base(languages.normalize(t)) for t in settings.get("target_langs") or ()]
    folder = settings.get("glossary_dir")
    try:
        glossary = load_glossary(Path(folder)) if folder and Path(folder).exists() else None
    except UserError:       # a broken glossary is `glossary validate`'s business
        glossary = None
    if glossary is not None:
        wanted += sorted(languages.base(lang) for lang in glossary.languages)
    return list(dict.fromkeys(wanted))


@click.command("engines")
@config_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def command(config_file: Path | None, as_json: bool) -> None:
    """Every language the installed engines reach now, and how; what to install for the rest."""
    settings = load_settings(config_file)
    source = languages.normalize(settings.get("source_lang", "en"))
    found = reachable_languages(settings)
    missing = {lang: install_hints(source, lang, settings)
               for lang in _wanted(settings) if lang not in found and lang != source}
    if as_json:
        click.echo(json.dumps({"source": source, "reachable": found, "missing": missing},
                              ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no installed engine translates from {source}")
    else:
        click.echo(f"from {source} ({languages.display_name(source)}), "
                   f"{len(found)} language{'s' * (len(found) != 1)} reachable now:")
        width = max(len(t) for t in found) + 2
        for target, rows in found.items():
            name = languages.display_name(target)
            first, *others = rows
            click.echo(f"  {target.ljust(width)}{name:<12} {first['how']}")
            for tag, how in first.get("variants", {}).items():
                click.echo(f"  {'':{width}}{'':<12}   {tag}: {how}")
            for row in others:
                click.echo(f"  {'':{width}}{'':<12} also {row['how']}")
    for lang, hint in missing.items():
        click.echo(f"not reachable: {lang} ({languages.display_name(lang)}): {hint}")
