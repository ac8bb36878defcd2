"""``cms-i18n check``: validate catalogues and grade problems; exit 2 on critical ones."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cms_i18n.catalog.grades import SEVERITIES
from cms_i18n.cli._options import asked_languages, catalog_options, lang_option
from cms_i18n.config import check_glossary_dir, load_settings
from cms_i18n.errors import CatalogError, CheckFailed, InputError

if TYPE_CHECKING:
    from cms_i18n.catalog.checks import CheckReport
    from cms_i18n.catalog.kept import Lost
    from cms_i18n.catalog.po import PoFile


def _counts(report: CheckReport, ships: bool) -> str:
    return ", ".join(f"{report.count(s, ships=ships)} {s}" for s in SEVERITIES)


def _summary(report: CheckReport, lost: bool = False) -> str:
    """``es: passed: published: 0 critical, …; drafts: 1 critical, … (path)``.

    The verdict is about what would be published (reviewed entries, and drafts with
    ``--include-fuzzy``); problems in drafts are counted apart, so "passed" never
    stands beside a critical problem that fails the check, nor under the warning that
    the catalogue ``lost`` entries with editors' work (the check fails then too).
    """
    verdict = "FAILED" if report.failed or lost else "passed"
    return (f"{report.lang}: {verdict}: published: {_counts(report, True)}; "
            f"drafts and untranslated (not published): {_counts(report, False)} "
            f"({report.path})")


@click.command("check")
@lang_option("Only this language (repeat or comma-separate). Default: every catalogue found.")
@click.option("--include-fuzzy", is_flag=True,
              help="Treat fuzzy drafts as published: their critical problems fail too.")
@click.option("--severity", type=click.Choice(SEVERITIES), default="cosmetic",
              show_default=True, help="Show problems of this grade and worse.")
@click.option("--no-msgfmt", is_flag=True, help="Skip GNU msgfmt validation.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--glossary-dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Glossary folder (default from settings: glossaries).")
@catalog_options
def command(langs: tuple[str, ...], include_fuzzy: bool, severity: str, no_msgfmt: bool,
            as_json: bool, glossary_dir: Path | None, locale_dir: Path | None,
            domain: str | None, config_file: Path | None) -> None:
    """Check catalogues: msgfmt validity, markup and placeholders, numbers, URLs,
    glossary compliance of reviewed translations, punctuation and spacing, ambiguous
    names to confirm.

    Problems are graded critical, warning or cosmetic, and counted apart for what
    would be published (reviewed entries; every translated one with --include-fuzzy)
    and for drafts.  Exit status 2 when a critical problem is in something that would
    be published, so the command can gate a deploy; problems in drafts are listed
    "(draft)" and never fail it (``apply`` and ``compile`` leave drafts out).  A
    catalogue that does not parse is an error, as in every other command (status 1).
    """
    from cms_i18n.catalog.checks import (
        check_catalog,
        copied_from_other_languages,
        load_glossary_for_checks,
        other_languages,
    )
    from cms_i18n.catalog.kept import empty_line, lost_entries
    from cms_i18n.catalog.layout import catalog_key, kept_path
    from cms_i18n.catalog.locate import find_catalogs, no_catalogs
    from cms_i18n.catalog.po import read_po
    from cms_i18n.catalog.update import carried_approvals
    from cms_i18n.memory import machine_translations, recorded_authorship
    from cms_i18n.summary import gap_warning

    settings = load_settings(config_file, locale_dir=locale_dir, domain=domain,
                                glossary_dir=glossary_dir)

    found = find_catalogs(Path(settings["locale_dir"]), settings["domain"],
                          asked_languages(langs, settings.get("target_langs") or ()))
    if not found:
        raise InputError(no_catalogs(settings["locale_dir"], settings["domain"],
                                     ",".join(asked_languages(langs)) or None))
    check_glossary_dir(settings)
    glossary, notes = load_glossary_for_checks(Path(settings["glossary_dir"]))
    reports: list[CheckReport] = []
    # A catalogue that lost editors' work since the last run fails whatever it holds:
    # what it would publish is less than what the editors approved.
    losses: list[tuple[str, Path, Lost]] = []
    emptied: list[str] = []     # catalogues with no entry: one line each, no grading
    siblings: dict[Path, PoFile | None] = {}    # other languages' catalogues, read once
    source_lang = str(settings.get("source_lang") or "en")
    with machine_translations(settings.get("memory"), source_lang=source_lang) as engine_texts:
        for lang, path in found:
            try:
                po: PoFile | None = read_po(path)   # once: the checks and the comparison
            except CatalogError:
                po = None                           # check_catalog says why, graded
            if po is not None and not po.entries:
                # A crashed save or a file cut short: nothing to grade, and msgfmt's account
                # (a missing header, an empty file) would not say what happened.
                lost = lost_entries(po, kept_path(settings.get("root"), path))
                emptied.append(f"{lang}: {empty_line(path, lost)}")
                continue
            report = check_catalog(path, lang, glossary=glossary,
                                   source_lang=source_lang,
                                   include_fuzzy=include_fuzzy, use_msgfmt=not no_msgfmt, po=po)
            if report.broken is not None:
                # A file that does not parse is not graded: it is an error, as in status,
                # compile and apply (the same line, the same exit status).
                raise report.broken
            reports.append(report)
            with recorded_authorship(settings.get("memory"), catalog_key(path),
                                     source_lang=source_lang,
                                     target_lang=lang) as authorship:
                lost = lost_entries(po, kept_path(settings.get("root"), path),
                                    authorship)
                # a review carried onto a corrected source text and approved unchanged
                # still says what the source took back: apply refuses it, so does check
                if po is not None:
                    report.problems += carried_approvals(
                        po, report.path, authorship, source_lang)
            if po is not None:
                report.problems += copied_from_other_languages(
                    po, report.path, lang, other_languages(
                        Path(settings["locale_dir"]), settings["domain"], lang, path, siblings),
                    include_fuzzy=include_fuzzy, engine_texts=engine_texts)
            if lost.missing:
                losses.append((lang, path, lost))
    shown = SEVERITIES[:SEVERITIES.index(severity) + 1]
    # Once per language and glossary entry, however many catalogues name it.
    gaps: dict[tuple[str, str], list[Any]] = {}
    for report in reports:
        for concept_id, (name, count) in report.gaps.items():
            gaps.setdefault((report.lang, concept_id), [name, 0])[1] += count
    gap_lines = [(lang, gap_warning(glossary, concept_id, lang, name, count))
                 for (lang, concept_id), (name, count) in sorted(gaps.items())]
    if as_json:
        click.echo(json.dumps({
            "failed": any(r.failed for r in reports) or bool(losses) or bool(emptied),
            "notes": notes + [n for r in reports for n in r.notes],
            "errors": emptied,
            "warnings": [{"lang": lang, "message": lost.missing_line(path)}
                         for lang, path, lost in losses]
            + ([{"lang": lang, "message": line} for lang, line in gap_lines]
               if "warning" in shown else []),
            "catalogues": [{
                "lang": r.lang, "path": r.path, "failed": r.failed,
                "counts": {s: r.count(s) for s in SEVERITIES},
                "published": {s: r.count(s, ships=True) for s in SEVERITIES},
                "drafts": {s: r.count(s, ships=False) for s in SEVERITIES},
                "problems": [asdict(p) for p in r.problems if p.severity in shown],
            } for r in reports]}, ensure_ascii=False, indent=2))
    else:
        for note in notes + [n for r in reports for n in r.notes]:
            click.echo(f"note: {note}", err=True)
        for lang, path, lost in losses:
            click.echo(f"warning: {lang}: {lost.missing_line(path)}")
        if "warning" in shown:
            for lang, line in gap_lines:
                click.echo(f"warning: {lang}: {line}")
        for report in reports:
            for problem in report.problems:
                if problem.severity in shown:
                    click.echo(problem.format())
            click.echo(_summary(report, lost=any(
                lang == report.lang and str(path) == report.path for lang, path, _ in losses)))
    failing = [r for r in reports if r.failed]
    if emptied:
        if len(emptied) == 1 and not failing and not losses:
            raise CheckFailed(emptied[0])
        if not as_json:
            for line in emptied:
                click.echo(f"error: {line}", err=True)
        if not failing and not losses:
            raise CheckFailed(f"{len(emptied)} catalogues are empty (listed above)")
    if losses and not failing:
        count = sum(len(lost.entries) + len(lost.reverted) + len(lost.merged)
                    for _, _, lost in losses)
        raise CheckFailed(f"{count} entr{'y' if count == 1 else 'ies'} with editors' work "
                          "lost since the last translate "
                          f"({', '.join(dict.fromkeys(lang for lang, _, _ in losses))})")
    if failing:
        total = sum(1 for r in failing for p in r.problems if p.severity == "critical"
                    and p.ships)
        raise CheckFailed(f"{total} critical problem{'s' if total != 1 else ''} in "
                          f"published translations ({', '.join(r.lang for r in failing)})")
