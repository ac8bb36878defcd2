"""``cms-i18n status``: review progress per language and document."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cms_i18n.cli._options import asked_languages, catalog_options, lang_option
from cms_i18n.config import check_glossary_dir, load_settings
from cms_i18n.errors import CheckFailed, InputError, UserError
from cms_i18n.fileio import printable, shown_path

if TYPE_CHECKING:
    from cms_i18n.catalog.kept import Lost
    from cms_i18n.catalog.status import CatalogStatus, Counts

_COLUMNS = ("units", "reviewed", "fuzzy", "untranslated", "glossary_problems",
            "markup_problems", "ambiguous", "pivot", "quotes")
_HEADINGS = ("units", "reviewed", "fuzzy", "untranslated", "glossary", "markup", "ambiguous",
             "pivot", "quotes")


#: A CMS's document id names a page by a key nobody knows it by (``page/<uuid>``).
_OPAQUE_ID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TITLE_SHOWN = 40


def _named(document: str, title: str) -> str:
    """A document as its row shows it: an id that names a page by a key gets its title
    after it, as an editor knows the page; a file's name says enough.

    >>> _named("page/ad422911-e855-4be9-b08d-87ea9aaccb5c", "SCO summit opens in Astana")
    'page/ad422911-e855-4be9-b08d-87ea9aaccb5c “SCO summit opens in Astana”'
    >>> _named("news/harbour", "Harbour reopens")
    'news/harbour'
    """
    if not title or not _OPAQUE_ID_RE.search(document):
        return document
    title = " ".join(title.split())
    if len(title) > _TITLE_SHOWN:
        title = title[:_TITLE_SHOWN - 1].rstrip() + "…"
    return f"{document} \u201c{title}\u201d"


def _table(reports: list[CatalogStatus]) -> str:
    """Rows per document and per catalogue; with several catalogues in a language (a
    sharded layout) a column names each one and a last row gives the language's total."""
    from cms_i18n.catalog.status import language_totals

    sharded = any(report.catalog for report in reports)
    rows: list[tuple[str, ...]] = [("lang", *(("catalogue",) if sharded else ()),
                                    "document", *_HEADINGS)]

    def row(lang: str, catalog: str, document: str, counts: Counts) -> None:
        # (a document named with a line break or a bidirectional override is shown
        # escaped: one row stays one row, and reads as the file's name)
        rows.append((lang, *((printable(catalog),) if sharded else ()), printable(document),
                     *(str(getattr(counts, name)) for name in _COLUMNS)))

    languages = {language.lang: language for language in language_totals(reports)}
    for index, report in enumerate(reports):
        shown = report.catalog or "(language)"
        for doc in report.documents:
            row(report.lang, shown, _named(doc.document, doc.title), doc)
        if not report.documents and report.obsolete:
            # A catalogue a move or a layout switch left: editors' text, kept, not in use.
            row(report.lang, shown, "(only obsolete entries)", report.total)
        elif len(report.documents) != 1:
            row(report.lang, shown, "(all)", report.total)
        last = index + 1 == len(reports) or reports[index + 1].lang != report.lang
        language = languages[report.lang]
        if last and language.catalogs > 1:
            row(report.lang, f"(all {language.catalogs})", "(all)", language.total)
    labels = 3 if sharded else 2
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for cells_in in rows:
        cells = [cell.ljust(width) for cell, width in zip(cells_in[:labels], widths[:labels],
                                                           strict=True)]
        cells += [cell.rjust(width) for cell, width in zip(cells_in[labels:], widths[labels:],
                                                           strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def orphaned_pages(settings: dict[str, Any], lang: str) -> list[str]:
    """A line for each published page of ``lang`` whose source is gone (moved or
    deleted), from a content source that can tell (files); nothing is changed here."""
    from cms_i18n.content import load_source

    try:
        source = load_source(settings)
    except UserError:
        return []
    orphans = getattr(source, "orphans", None)
    if orphans is None:
        return []
    try:
        return [f"{shown_path(o.path)}: its source {shown_path(o.source)} is gone (moved or "
                "deleted): `cms-i18n apply` removes the page if it wrote it and it is "
                "unchanged since, and names it otherwise" for o in orphans(lang)]
    except OSError:
        return []


@click.command("status")
@lang_option("Only this language (repeat or comma-separate). Default: every catalogue found.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--glossary-dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Glossary folder (default from settings: glossaries).")
@catalog_options
def command(langs: tuple[str, ...], as_json: bool, glossary_dir: Path | None,
            locale_dir: Path | None, domain: str | None, config_file: Path | None) -> None:
    """How many units are reviewed, fuzzy or untranslated, per language and document.

    Glossary and markup count units whose msgstr, reviewed or draft, has a critical
    problem that ``check`` lists: a wrong, missing or untranslated glossary name; or
    what would break the page (markup, placeholders, links, a number read as another
    value).  Each msgstr is checked as it is now, a hand edit since the last
    ``translate`` included.  Ambiguous counts drafts naming a body nothing in the
    document identifies ("the Security Council"): names to confirm, listed by
    ``check``.  Pivot counts units whose msgstr still holds words a chain's later step
    left in the language between (``#. unknown to es-fr, left in es: …``), also listed
    by ``check``; quotes, units whose msgstr still holds quotation marks the engine may
    have put around other words than the source's (``#. quotes: …``), listed by
    ``check`` too.

    A catalogue that lost entries with editors' work since the last run (a file cut
    short, a crashed save) is named on a warning line, with how many it lost compared
    with the copy ``translate`` keeps; the exit status is then 2, as ``check``'s.
    """
    from cms_i18n.catalog.checks import load_glossary_for_checks
    from cms_i18n.catalog.kept import lost_entries
    from cms_i18n.catalog.layout import catalog_key, kept_path
    from cms_i18n.catalog.locate import find_catalogs, no_catalogs
    from cms_i18n.catalog.po import read_po
    from cms_i18n.catalog.status import catalog_status, language_totals
    from cms_i18n.memory import recorded_authorship

    settings = load_settings(config_file, locale_dir=locale_dir, domain=domain,
                             glossary_dir=glossary_dir)
    found = find_catalogs(Path(settings["locale_dir"]), settings["domain"],
                          asked_languages(langs, settings.get("target_langs") or ()))
    if not found:
        raise InputError(no_catalogs(settings["locale_dir"], settings["domain"],
                                     ",".join(asked_languages(langs)) or None))
    check_glossary_dir(settings)
    glossary, notes = load_glossary_for_checks(Path(settings["glossary_dir"]))
    for note in notes:
        click.echo(f"note: {note}", err=True)
    source_lang = str(settings.get("source_lang") or "en")
    reports: list[CatalogStatus] = []
    losses: list[tuple[str, Path, Lost, bool]] = []     # … and whether it is empty
    withdrawals: list[tuple[str, Path, Lost]] = []
    for lang, path in found:
        po = read_po(path)          # once: the counts and the comparison with the copy
        reports.append(catalog_status(path, lang, glossary=glossary, source_lang=source_lang,
                                      po=po))
        with recorded_authorship(settings.get("memory"), catalog_key(path),
                                 source_lang=source_lang, target_lang=lang) as authorship:
            lost = lost_entries(po, kept_path(settings.get("root"), path),
                                authorship)
        if lost.missing:
            losses.append((lang, path, lost, not po.entries))
        if lost.withdrawn:
            withdrawals.append((lang, path, lost))
    if as_json:
        click.echo(json.dumps({"catalogues": [r.as_dict() for r in reports],
                               "languages": [t.as_dict() for t in language_totals(reports)],
                               "warnings": [{"lang": lang,
                                             "message": lost.missing_line(path, empty=empty)}
                                            for lang, path, lost, empty in losses]},
                              ensure_ascii=False, indent=2))
    else:
        for lang, path, lost, empty in losses:
            click.echo(f"warning: {lang}: {lost.missing_line(path, empty=empty)}", err=True)
        for lang, path, lost in withdrawals:
            click.echo(f"warning: {lang}: {lost.withdrawn_line(path)}", err=True)
        click.echo(_table(reports))
        for lang in dict.fromkeys(lang for lang, _ in found):
            for line in orphaned_pages(settings, lang):
                click.echo(f"warning: {lang}: {line}", err=True)
        by_lang: dict[str, int] = {}
        for report in reports:
            by_lang[report.lang] = by_lang.get(report.lang, 0) + report.obsolete
        shown = [(lang, count) for lang, count in by_lang.items() if count]
        if shown:
            # per language, as the table and translate count them: "4" for two languages'
            # two each read as four texts gone from one catalogue
            counts = ", ".join(f"{lang} {count}" for lang, count in shown)
            total = sum(count for _, count in shown)
            click.echo(f"\nobsolete entries kept (#~: text gone from the source, or moved "
                       f"with its document to another catalogue): {counts}"
                       if len(shown) > 1 else
                       f"\n{total} obsolete entr{'y' if total == 1 else 'ies'} kept "
                       f"(#~: text gone from the source, or moved with its document to another "
                       f"catalogue, {shown[0][0]})")
        from cms_i18n.cli.merge_catalogs import driver_note
        if (merging := driver_note(found[0][1])) is not None:
            click.echo(f"note: {merging}", err=True)
    if losses:
        # The table counts what the file holds; what it lost is not in it, so the run
        # fails as check's does: what would be published is less than what was approved.
        count = sum(len(lost.entries) + len(lost.reverted) + len(lost.merged)
                    for _, _, lost, _ in losses)
        raise CheckFailed(f"{count} entr{'y' if count == 1 else 'ies'} with editors' work "
                          "lost since the last translate, not counted above "
                          f"({', '.join(dict.fromkeys(lang for lang, _, _, _ in losses))})")
