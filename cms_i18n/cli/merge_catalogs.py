"""``cms-i18n merge-catalogs``: git's merge driver for catalogues, entry by entry.

Git merges a ``.po`` file line by line, and a clean line merge can pair one branch's
new English with the other branch's review of the old, or drop a reviewed text when a
conflict is resolved by taking one side.  Installed as a merge driver
(``merge-catalogs --install``: a ``merge=cms-i18n`` line in ``.gitattributes`` for the
site's catalogues, and the driver in the clone's git configuration), git hands every
catalogue both branches changed to :func:`cms_i18n.catalog.threeway.merge_three`, which
keeps every text a person typed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import click

from cms_i18n.catalog.po import PoFile
from cms_i18n.catalog.threeway import OURS_LABEL, THEIRS_LABEL
from cms_i18n.cli._options import config_option
from cms_i18n.errors import ConfigError, UserError

DRIVER = "cms-i18n"
"""The driver's name in ``.gitattributes`` (``merge=cms-i18n``) and in git's settings."""


@click.command("merge-catalogs")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", "shown", default=None, metavar="PATH",
              help="The catalogue's path in the repository, for messages (git's %P).")
@click.option("--install", is_flag=True,
              help="Set this clone of the site's repository to merge catalogues with it.")
@config_option()
def command(files: tuple[Path, ...], shown: str | None, install: bool,
            config_file: Path | None) -> None:
    """Merge two branches' copies of a catalogue entry by entry (git's merge driver).

    Run as `cms-i18n merge-catalogs --install` once in each clone of the site's
    repository: git then calls `merge-catalogs BASE OURS THEIRS` for every catalogue
    both branches changed.  An entry one branch changed takes that branch's version;
    where both branches typed a different text, both stay in the msgstr under
    #-#-#-#-# lines, the entry is fuzzy, and git reports a conflict; a review of an
    English text the other branch changed moves to the new entry as a draft.  The
    result is written over OURS; the exit status is 1 when an editor must choose.
    """
    if install:
        if files:
            raise UserError("merge-catalogs --install takes no files")
        _install(config_file)
        return
    if len(files) != 3:
        raise UserError("merge-catalogs needs three files: BASE OURS THEIRS (git's %O %A %B); "
                        "run `cms-i18n merge-catalogs --install` to have git call it")
    base, ours, theirs = files
    if not _merge(base, ours, theirs, shown or ours.name, config_file):
        sys.exit(1)


def _merge(base_path: Path, ours_path: Path, theirs_path: Path, shown: str,
           config_file: Path | None = None) -> bool:
    """Write the merge over ``ours_path``; False when an editor must resolve something."""
    from cms_i18n.catalog.po import decode_po, format_po, parse_po
    from cms_i18n.catalog.threeway import merge_three
    from cms_i18n.fileio import read_file, write_atomic

    try:
        texts = [decode_po(read_file(path, "catalogue"), shown) for path in
                 (base_path, ours_path, theirs_path)]
        base = parse_po(texts[0], shown) if texts[0].strip() else None
        ours, theirs = parse_po(texts[1], shown), parse_po(texts[2], shown)
    except UserError as exc:
        # A copy that does not parse (a merge left unresolved on a branch): git's own
        # line merge, with its conflict markers, which every command names.
        click.echo(f"{exc.format()}\n{shown}: merged line by line instead; resolve the "
                   "conflict markers, then run `cms-i18n check`", err=True)
        subprocess.run(["git", "merge-file", "-L", "this branch", "-L", "common ancestor",
                        "-L", "the merged branch", str(ours_path), str(base_path),
                        str(theirs_path)], check=False)
        return False
    result = merge_three(base, ours, theirs, name=Path(shown).name,
                         labels=_labels())
    text = format_po(result.catalog)
    write_atomic(ours_path, text)
    if (unkept := _keep_both_sides(Path(shown), result.catalog, ours, config_file)) is not None:
        click.echo(f"note: {shown}: {unkept}", err=True)
    lines = {entry.key: entry.line for entry in parse_po(text).entries}
    for conflict in result.conflicts:
        line = lines.get((conflict.msgctxt, conflict.msgid))
        click.echo(f"{shown}:{line}: {conflict.describe()}", err=True)
    if result.carried:
        noun = "text" if result.carried == 1 else "texts"
        click.echo(f"{shown}: {result.carried} {noun} typed on one branch for English the "
                   f"other branch changed: now drafts (fuzzy) of the new English; review "
                   f"{'it' if result.carried == 1 else 'them'}", err=True)
    return not result.conflicts


def _labels() -> tuple[str, str]:
    """What the two sides of a conflict are called: during a rebase, git's "ours" is the
    branch rebased onto and "theirs" the commit being replayed, the other way round from a
    merge."""
    if os.environ.get("GIT_REFLOG_ACTION", "").startswith("rebase"):
        return ("the branch rebased onto", "the commit replayed")
    return (OURS_LABEL, THEIRS_LABEL)


def _keep_both_sides(path: Path, merged: PoFile, ours: PoFile,
                     config_file: Path | None = None) -> str | None:
    """Record the merge's editors' work in the site's copy of it (see
    :mod:`cms_i18n.catalog.kept`), so that a resolution taking one side whole (`git
    checkout --theirs`) shows in `status` as work lost, and `translate` brings it back.
    Where both texts of an entry stand in its msgstr, the copy holds this branch's.
    None, or why the copy was left as it was."""
    from cms_i18n.catalog.kept import lost_entries, msgcat_texts, save_kept
    from cms_i18n.catalog.layout import catalog_key, in_site, kept_path
    from cms_i18n.config import load_settings
    from cms_i18n.memory import recorded_authorship

    try:
        settings = load_settings(config_file)
    except UserError as exc:
        return f"the copy of the editors' work was not updated ({exc.format()})"
    root = settings.get("root")
    lang = merged.header_value("Language")
    if not in_site(root, path) or not lang:
        return None
    mine = {entry.key: entry for entry in ours.entries}
    copy = PoFile(merged.header, [
        mine[entry.key] if msgcat_texts(entry.msgstr) and entry.key in mine else entry
        for entry in merged.entries])
    with recorded_authorship(settings.get("memory"), catalog_key(path),
                             source_lang=str(settings.get("source_lang") or "en"),
                             target_lang=lang) as authorship:
        lost = lost_entries(copy, kept_path(root, path), authorship)
        if lost.entries:
            return ("the copy of the editors' work holds entries the merge has not; it was "
                    "left as it was")
        return save_kept(lost.kept, copy, authorship.is_ours)


def _git(*args: str, cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False)
    except OSError as exc:
        raise ConfigError(f"cannot run git: {exc.strerror}") from None
    if done.returncode != 0:
        raise ConfigError(f"git {args[0]}: {done.stderr.strip() or 'failed'}")
    return done.stdout.strip()


def driver_note(catalog: Path) -> str | None:
    """What ``status`` notes of a catalogue kept in git that git would merge line by line:
    no ``merge=cms-i18n`` attribute for it, or the attribute without the driver's setting
    in this clone (git then falls back to its line merge without a word).  None when the
    catalogue is not tracked by git, or git is not there."""
    folder, name = catalog.parent, catalog.name

    def ask(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                                  text=True, check=False)
        except OSError:
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    if ask("ls-files", "--error-unmatch", "--", name) is None:
        return None
    attribute = (ask("check-attr", "merge", "--", name) or "").rpartition(": ")[2]
    if attribute != DRIVER:
        return ("the catalogues are in git, which merges them line by line (a merge can pair "
                "new English with the review of the old): `cms-i18n merge-catalogs --install` "
                "has git merge them entry by entry")
    if not ask("config", f"merge.{DRIVER}.driver"):
        return (f".gitattributes asks for the {DRIVER} merge driver, which this clone has not "
                "set (git merges the catalogues line by line without it): run `cms-i18n "
                "merge-catalogs --install`")
    return None


def _install(config_file: Path | None) -> None:
    """The ``.gitattributes`` line for the site's catalogues and git's driver setting."""
    from cms_i18n.config import load_settings
    from cms_i18n.fileio import write_atomic

    settings = load_settings(config_file)
    locale_dir = Path(settings["locale_dir"]).resolve()
    try:
        top = Path(_git("rev-parse", "--show-toplevel", cwd=locale_dir if locale_dir.is_dir()
                        else Path.cwd())).resolve()
    except ConfigError:
        raise ConfigError(f"{locale_dir}: not in a git repository; run `git init` first, "
                          "or keep the catalogues in one") from None
    try:
        where = locale_dir.relative_to(top).as_posix()
    except ValueError:
        raise ConfigError(f"{locale_dir}: outside the git repository at {top}") from None
    command = f"{shlex.quote(sys.executable)} -m cms_i18n merge-catalogs %O %A %B --name %P"
    _git("config", f"merge.{DRIVER}.name", "cms-i18n: catalogues merged entry by entry",
         cwd=top)
    _git("config", f"merge.{DRIVER}.driver", command, cwd=top)
    pattern = f"{where}/**/*.po merge={DRIVER}" if where != "." else f"*.po merge={DRIVER}"
    attributes = top / ".gitattributes"
    before = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    if pattern not in before.splitlines():
        write_atomic(attributes, before + ("\n" if before and not before.endswith("\n") else "")
                     + pattern + "\n")
        click.echo(f"{attributes}: added `{pattern}` (commit it, so every clone has it)")
    else:
        click.echo(f"{attributes}: already has `{pattern}`")
    click.echo(f"git config merge.{DRIVER}.driver: {command} (run `cms-i18n merge-catalogs "
               "--install` in every clone: git keeps drivers out of the repository)")
