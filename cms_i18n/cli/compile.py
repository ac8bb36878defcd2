"""``cms-i18n compile``: binary ``.mo`` catalogues from the reviewed translations."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, astuple
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cms_i18n.catalog.grades import CRITICAL
from cms_i18n.cli._options import asked_languages, catalog_options, lang_option
from cms_i18n.config import check_glossary_dir, load_settings
from cms_i18n.errors import CheckFailed, InputError
from cms_i18n.fileio import file_stamp, shown_path

if TYPE_CHECKING:
    from cms_i18n.catalog.kept import Lost
    from cms_i18n.catalog.mo import CompileResult
    from cms_i18n.catalog.po import PoFile


@click.command("compile")
@lang_option("Only this language (repeat or comma-separate). Default: every catalogue found.")
@click.option("--include-fuzzy", is_flag=True,
              help="Also compile fuzzy (unreviewed) translations, to preview drafts.")
@click.option("--force", is_flag=True,
              help="Compile a catalogue even with critical problems (they are still listed).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@catalog_options
def command(langs: tuple[str, ...], include_fuzzy: bool, force: bool, as_json: bool,
            locale_dir: Path | None, domain: str | None, config_file: Path | None) -> None:
    """Write a .mo file beside each .po, with reviewed translations only by default.

    A catalogue with a critical problem in what it would compile (what `cms-i18n
    check` fails on: broken markup, lost placeholders, unsafe links, foreign format
    flags, glossary violations, msgfmt errors) is not compiled unless --force; its
    problems are listed and the exit status is 2.  So is a catalogue that lost entries
    with editors' work since the last translate (unless --force) or holds no entry at
    all: its previous .mo stays in place.  The reviews made since the last translate
    go into the copy of the editors' work it brings lost entries back from.
    """
    from cms_i18n.catalog.checks import check_catalog, load_glossary_for_checks
    from cms_i18n.catalog.kept import lost_entries, record_kept
    from cms_i18n.catalog.layout import catalog_key, in_site, kept_path, shard_of_path
    from cms_i18n.catalog.locate import find_catalogs, no_catalogs
    from cms_i18n.catalog.mo import compile_catalog
    from cms_i18n.catalog.po import read_po
    from cms_i18n.catalog.update import carried_approvals
    from cms_i18n.memory import recorded_authorship

    settings = load_settings(config_file, locale_dir=locale_dir, domain=domain)
    found = find_catalogs(Path(settings["locale_dir"]), settings["domain"],
                          asked_languages(langs, settings.get("target_langs") or ()))
    if not found:
        raise InputError(no_catalogs(settings["locale_dir"], settings["domain"],
                                     ",".join(asked_languages(langs)) or None))
    check_glossary_dir(settings)
    glossary, notes = load_glossary_for_checks(Path(settings["glossary_dir"]))
    rows: list[dict[str, Any]] = []
    refused: dict[str, int] = {}     # catalogue (language, or language/shard) → problems
    kept: list[str] = []             # .mo files of refused catalogues, left as they were
    source_lang = str(settings.get("source_lang") or "en")
    withheld: list[str] = []        # catalogues that lost entries or were emptied
    for lang, path in found:
        # Read once, for all that follows.  A catalogue that does not parse is an
        # error, as it always was.
        stamp = file_stamp(path)
        po = read_po(path)
        with recorded_authorship(settings.get("memory"), catalog_key(path),
                                 source_lang=source_lang, target_lang=lang) as authorship:
            lost = lost_entries(po, kept_path(settings.get("root"), path), authorship)
            # a review carried onto a corrected source text, approved unchanged: refused
            # by apply and check, and so here (the .mo served what the source took back)
            carried = carried_approvals(po, str(path), authorship, source_lang)
            withhold = not po.entries or (lost.missing and not force)
            if not withhold:
                # The reviews made since the last translate go into the copy of the
                # editors' work, so a file lost before the next run loses none of them.
                if in_site(settings.get("root"), path):
                    record_kept(path, po, lost, authorship.is_ours, stamp)
                suggested = {entry.key for entry in po.live() if entry.fuzzy
                             and entry.translated and authorship.is_ours(entry)}
        if withhold:
            # Compiled as it stands, it would take the editors' work off the site; the
            # .mo compiled before it lost it stays, and is still served.
            withheld.append(_withheld(lang, path, lost, not po.entries))
            rows.append({"lang": lang, "path": str(path), "critical": 0, "mo": None,
                         "compiled": 0, "fuzzy": None, "untranslated": None,
                         "lost": len(lost.entries) + len(lost.reverted) + len(lost.merged),
                         "emptied": not po.entries,
                         "previous_mo": (_previous_mo(path) or (None,))[0]})
            continue
        if lost.missing:
            click.echo(f"warning: {lang}: {lost.missing_line(path)}", err=True)
        if not any(po.live()):
            # Left by a move or a layout switch: it keeps editors' text, obsolete, for
            # nothing to use; a .mo compiled from it before would be stale.
            path.with_suffix(".mo").unlink(missing_ok=True)
            rows.append({"lang": lang, "path": str(path), "critical": 0, "mo": None,
                         "compiled": 0, "fuzzy": None, "untranslated": None,
                         "only_obsolete": True})
            continue
        report = check_catalog(path, lang, glossary=glossary, include_fuzzy=include_fuzzy,
                               source_lang=source_lang, po=po)
        report.problems += carried
        blocking = [p for p in report.problems if p.severity == CRITICAL and p.ships]
        for problem in blocking:
            click.echo(problem.format(), err=True)
        row: dict[str, Any] = {"lang": lang, "path": str(path), "critical": len(blocking)}
        if blocking and not force:
            shard = shard_of_path(path)
            refused[f"{lang} ({shard})" if shard else lang] = len(blocking)
            previous = _previous_mo(path)
            rows.append({**row, "mo": None, "compiled": 0, "fuzzy": None,
                         "untranslated": None, "previous_mo": previous and previous[0],
                         "previous_mo_written": previous and previous[1]})
            if previous is not None:
                kept.append(previous[0])
            continue
        # Nothing reviewed (a language translated once, a catalogue nobody has reviewed
        # anything of yet): no empty .mo where there was none, as `apply` writes no page.
        # A document that moved to another catalogue file of the language took its
        # messages there: those are read only when a message seems gone.
        result = compile_catalog(path, include_fuzzy=include_fuzzy, po=po, lost=lost.entries,
                                 suggested=suggested, write_empty=False,
                                 others=partial(_other_catalogs, found, lang, path))
        if not result.written:
            rows.append({**row, "mo": None, "compiled": 0, "fuzzy": result.fuzzy,
                         "untranslated": result.untranslated, "nothing_reviewed": True})
            continue
        rows.append({**row, "mo": str(result.mo_path), "compiled": result.compiled,
                     "fuzzy": result.fuzzy, "untranslated": result.untranslated,
                     "made_fuzzy": result.made_fuzzy, "replaced": result.replaced,
                     "dropped": asdict(result.dropped) if result.replaced is not None
                     else None})
        if result.replaced is not None and result.compiled < result.replaced:
            click.echo(f"warning: {_fewer(lang, path, result, lost.kept)}", err=True)
    if as_json:
        click.echo(json.dumps({"failed": bool(refused), "include_fuzzy": include_fuzzy,
                               "notes": notes, "catalogues": rows},
                              ensure_ascii=False, indent=2))
    else:
        _report(rows, include_fuzzy)
    if withheld and not refused:
        if len(withheld) == 1:
            raise CheckFailed(withheld[0])
        for line in withheld:
            click.echo(f"error: {line}", err=True)
        raise CheckFailed(f"{len(withheld)} of {len(found)} catalogues not compiled: they "
                          "lost entries (listed above)")
    for line in withheld:
        click.echo(f"error: {line}", err=True)
    if refused:
        if len(kept) > 1 and not as_json:
            for row in rows:
                if row.get("previous_mo") and "previous_mo_written" in row:
                    click.echo(f"{row['lang']}: not compiled: {row['path']}; the previous "
                               f"{row['previous_mo']} (written {row['previous_mo_written']}) "
                               "stays in place and is still served", err=True)
        total = sum(refused.values())
        # a catalogue with nothing reviewed yet writes no .mo: it is not counted compiled
        written = sum(1 for row in rows if row.get("mo"))
        compiled = f"; {written} of {len(found)} catalogues compiled" if len(found) > 1 else ""
        raise CheckFailed(f"{total} critical problem{'s' * (total != 1)}: not compiled: "
                          f"{', '.join(refused)}{compiled} (fix them, or compile with "
                          f"--force){_still_served(kept, len(refused))}")


def _withheld(lang: str, po_path: Path, lost: Lost, empty: bool) -> str:
    """The one line on a catalogue not compiled because it holds no entry (``empty``)
    or lost entries with editors' work (``lost``)."""
    shown = shown_path(po_path)
    previous = _previous_mo(po_path)
    kept = (f"the previous {shown_path(Path(previous[0]))} stays in place and is still served"
            if previous is not None else "no .mo written for it")
    if lost.missing:
        force = "" if empty else " (or compile with --force to publish it as it is)"
        return (f"{lang}: {shown}{lost.what_is_missing(empty=empty)}: not compiled; {kept}; "
                f"`cms-i18n translate` brings them back from {shown_path(lost.kept)}, "
                f"then compile again{force}")
    return (f"{lang}: {shown} is empty, it holds no entries (a crashed save, a file cut "
            f"short?): not compiled; {kept}; restore it from a backup or version control, "
            "or run `cms-i18n translate` to rebuild it")


def _other_catalogs(found: Iterable[tuple[str, Path]], lang: str, path: Path) -> list[PoFile]:
    """The catalogues of ``lang`` in ``found`` but the one at ``path``, read."""
    from cms_i18n.catalog.po import read_po

    return [read_po(other) for other_lang, other in found if other_lang == lang and other != path]


def _entries(count: int) -> str:
    return f"{count} entr{'y was' if count == 1 else 'ies were'}"


def _fewer(lang: str, po_path: Path, result: CompileResult, kept: Path) -> str:
    """Why the new .mo holds fewer messages than the one it replaced, which the site
    served, one count per cause (:class:`~cms_i18n.catalog.mo.Dropped`), each one an
    editor can count in the catalogue: mostly reviewed entries a source edit made
    fuzzy again (their text kept as a draft), which are not compiled, as gettext
    compiles no fuzzy entry; and entries the catalogue lost (``kept``: the copy of
    its editors' work that ``translate`` brings them back from)."""
    assert result.replaced is not None
    fewer = result.replaced - result.compiled
    dropped = result.dropped
    shown = shown_path(po_path)
    head = (f"{lang}: {shown_path(result.mo_path)}: {result.compiled} "
            f"message{'s' * (result.compiled != 1)}, {fewer} fewer than the .mo it replaces")
    # a message compiled under a changed text, or where its document moved, is not left out
    left = sum(astuple(dropped)) - dropped.superseded - dropped.moved
    if left != fewer:
        head += f" ({left} of its messages left out, {left - fewer} new)"
    causes = []
    if dropped.lost:
        them = "it" if dropped.lost == 1 else "them"
        causes.append(f"{_entries(dropped.lost)} lost from {shown} since the last translate "
                      f"(the file lost {them}, not the source): `cms-i18n translate` brings "
                      f"{them} back from {shown_path(kept)}, then compile again")
    if dropped.source_changed:
        causes.append(f"{_entries(dropped.source_changed)} made fuzzy by source changes (the "
                      "reviewed text kept as a draft for the new source text; fuzzy entries "
                      "are not compiled)")
    if dropped.flagged_fuzzy:
        causes.append(f"{_entries(dropped.flagged_fuzzy)} flagged fuzzy in {shown} since it "
                      "was compiled (fuzzy entries are not compiled)")
    if dropped.withdrawn:
        count = dropped.withdrawn
        causes.append(f"{count} reviewed translation{'s' * (count != 1)} withdrawn by an "
                      f"editor in {shown} (msgstr emptied; a suggestion `translate` made "
                      "since is fuzzy)")
    if dropped.obsolete:
        count = dropped.obsolete
        causes.append(f"{_entries(count)} made obsolete: "
                      + ("its paragraph was" if count == 1 else "their paragraphs were")
                      + " removed from the source")
    if dropped.moved_away:
        causes.append(f"{_entries(dropped.moved_away)} moved with "
                      + ("its document" if dropped.moved_away == 1 else "their documents")
                      + " to another catalogue file of the language, compiled there")
    if dropped.removed:
        causes.append(f"{_entries(dropped.removed)} removed from {shown}")
    if not causes:
        return (f"{head}: entries were made fuzzy, left untranslated or removed in {shown} "
                "since it was compiled (fuzzy entries are not compiled)")
    review = dropped.source_changed + dropped.flagged_fuzzy
    tail = (f"; review {'them' if review != 1 else 'it'} in {shown} (clear the fuzzy flag), "
            "then compile again") if review else ""
    return f"{head}: {'; '.join(causes)}{tail}"


def _previous_mo(po_path: Path) -> tuple[str, str] | None:
    """The .mo an earlier compile left beside a catalogue compile now refuses, and when it
    was written (UTC): the site still serves it.  None when there is none."""
    from datetime import datetime, timezone

    mo = po_path.with_suffix(".mo")
    try:
        written = datetime.fromtimestamp(mo.stat().st_mtime, timezone.utc)
    except OSError:
        return None
    return str(mo), f"{written:%Y-%m-%d %H:%M} UTC"


def _still_served(kept: list[str], refused: int) -> str:
    """What the refusal leaves on the site: an older .mo is not removed (a live site keeps
    working on its earlier translations) and keeps being served."""
    if not kept:
        return f"; no .mo written for {'it' if refused == 1 else 'them'}"
    if len(kept) == 1:
        return (f"; the previous {kept[0]} stays in place, and the site keeps serving "
                "its older translations")
    return (f"; the previous .mo of {len(kept)} of them stay in place, and the site keeps "
            "serving their older translations (listed above)")


def _report(rows: list[dict[str, Any]], include_fuzzy: bool = False) -> None:
    for row in rows:
        if row.get("only_obsolete"):
            click.echo(f"{row['lang']}: {row['path']} holds only obsolete entries: "
                       "not compiled")
        if row.get("nothing_reviewed"):
            what = "translated" if include_fuzzy else "reviewed"
            left_out = [f"{row['fuzzy']} fuzzy"] if row["fuzzy"] else []
            left_out += [f"{row['untranslated']} untranslated"] if row["untranslated"] else []
            detail = f" ({' and '.join(left_out)})" if left_out else ""
            click.echo(f"{row['lang']}: nothing {what} yet in {row['path']}{detail}: no .mo "
                       "written")
        if row["mo"] is None:
            continue
        left_out = []
        if row["fuzzy"]:
            left_out.append(f"{row['fuzzy']} fuzzy")
        if row["untranslated"]:
            left_out.append(f"{row['untranslated']} untranslated")
        tail = f" ({' and '.join(left_out)} left out)" if left_out else ""
        noun = "message" if row["compiled"] == 1 else "messages"
        click.echo(f"{row['lang']}: {row['compiled']} {noun} → {row['mo']}{tail}")
