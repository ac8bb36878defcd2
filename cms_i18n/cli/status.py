"""``cms-i18n status``: review progress per language and document."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cms_i18n.catalog.locate import find_catalogs, no_catalogs
from cms_i18n.catalog.status import CatalogStatus, catalog_status
from cms_i18n.cli._options import asked_languages, catalog_options, lang_option
from cms_i18n.config import load_settings

_COLUMNS = ("units", "reviewed", "fuzzy", "untranslated", "glossary_problems",
            "markup_problems", "ambiguous")
_HEADINGS = ("units", "reviewed", "fuzzy", "untranslated", "glossary", "markup", "ambiguous")


def _table(reports: list[CatalogStatus]) -> str:
    rows: list[tuple[str, ...]] = [("lang", "document", *_HEADINGS)]
    for report in reports:
        for doc in report.documents:
            rows.append((report.lang, doc.document,
                         *(str(getattr(doc, name)) for name in _COLUMNS)))
        if len(report.documents) != 1:
            rows.append((report.lang, "(all)",
                         *(str(getattr(report.total, name)) for name in _COLUMNS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [cell.rjust(width) for cell, width in zip(row[2:], widths[2:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


@click.command("status")
@lang_option("Only this language (repeat or comma-separate). Default: every catalogue found.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@catalog_options
def command(langs: tuple[str, ...], as_json: bool, locale_dir: Path | None,
            domain: str | None, config_file: Path | None) -> None:
    """How many units are reviewed, fuzzy or untranslated, per language and document.

    Glossary and markup count units whose msgstr, reviewed or not, has such a problem
    (the ``#. glossary problem:`` and ``#. markup problem:`` lines each run writes).
    Ambiguous counts drafts naming a body nothing in the document identifies ("the
    Security Council"): names to confirm, listed by ``check``.
    """
    settings = load_settings(config_file, locale_dir=locale_dir, domain=domain)
    found = find_catalogs(Path(settings["locale_dir"]), settings["domain"],
                          asked_languages(langs))
    reports = [catalog_status(path, lang) for lang, path in found]
    if as_json:
        click.echo(json.dumps({"catalogues": [r.as_dict() for r in reports]},
                              ensure_ascii=False, indent=2))
        return
    if not reports:
        click.echo(no_catalogs(settings["locale_dir"], settings["domain"]))
        return
    click.echo(_table(reports))
    obsolete = sum(r.obsolete for r in reports)
    if obsolete:
        click.echo(f"\n{obsolete} obsolete entr{'y' if obsolete == 1 else 'ies'} kept "
                   "(text no longer in the source)")
