"""``cms-i18n glossary``: list, validate, look up, import and export the controlled glossary."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cms_i18n.cli._options import SharedOptionsGroup, config_option
from cms_i18n.errors import InputError, UserError

FORMATS = ("tbx", "csv", "yaml")


def _glossary_path(ctx: click.Context, *, own: bool = False) -> Path:
    """The glossary folder: --glossary-dir, else the site settings (default ``glossaries``).

    With ``own``, the site's own folder even where it does not exist yet (the bundled
    glossary is read in its place until then): the folder ``init`` copies into.
    """
    given = ctx.obj.get("glossary_dir") if ctx.obj else None
    if given:
        return Path(given)
    from cms_i18n.config import load_settings

    settings = load_settings(ctx.obj.get("config_file") if ctx.obj else None)
    return Path(settings["site_glossary_dir" if own else "glossary_dir"])


def _load(ctx: click.Context):
    from cms_i18n.glossary import load_glossary

    return load_glossary(_glossary_path(ctx))


@click.group("glossary", cls=SharedOptionsGroup)
@click.option("--glossary-dir", type=click.Path(path_type=Path), default=None,
              help="Glossary folder or file (default from settings: glossaries).")
@config_option()
@click.pass_context
def command(ctx: click.Context, glossary_dir: Path | None, config_file: Path | None) -> None:
    """The controlled glossary: approved entity names per language."""
    ctx.obj = {"glossary_dir": glossary_dir, "config_file": config_file}


@command.command("list")
@click.option("--lang", default=None, help="Show the approved terms of this language.")
@click.pass_context
def list_(ctx: click.Context, lang: str | None) -> None:
    """One line per concept: id, source forms, approved target terms."""
    from cms_i18n.languages import normalize

    glossary = _load(ctx)
    code = normalize(lang) if lang else None
    for c in glossary:
        shown_forms = [*c.names[:1], *c.acronyms] or list(c.short)
        more = len(c.names) - 1 if c.names else 0
        forms = ", ".join(shown_forms) + (f" (+{more})" if more > 0 else "")
        if code:
            entry = c.target(code)
            if entry is None:
                shown = "(no entry)"
            else:
                shown = entry.name.text + (f" ({entry.acronym.text})" if entry.acronym else "")
                grammar = "/".join(x for x in (entry.name.gender, entry.name.number) if x)
                shown += f"  [{grammar}]" if grammar else ""
        else:
            shown = ", ".join(sorted(c.targets)) or "do not translate"
        click.echo(f"{c.id:14} {forms:52} {shown}")
    click.echo(f"{len(glossary)} concepts, languages {', '.join(sorted(glossary.languages))}, "
               f"version {glossary.version}", err=True)


@command.command("validate")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.pass_context
def validate(ctx: click.Context, path: Path | None) -> None:
    """Check glossary files (default: the glossary folder); list every problem."""
    from cms_i18n.glossary.load import collect

    target = path or _glossary_path(ctx)
    glossary, errors = collect(target)
    if errors:
        for err in errors:
            click.echo(f"error: {err.format()}", err=True)
        click.echo(f"{len(errors)} problem(s) in {target}", err=True)
        sys.exit(InputError.exit_code)
    assert glossary is not None
    click.echo(f"ok: {len(glossary)} concepts in {len(glossary.sources)} file(s); "
               f"languages {', '.join(sorted(glossary.languages)) or 'none'}; "
               f"version {glossary.version}")


@command.command("lookup")
@click.argument("term")
@click.option("--lang", default=None, help="Only show this target language.")
@click.pass_context
def lookup(ctx: click.Context, term: str, lang: str | None) -> None:
    """Find the concept for a term in any language, its id (as ``glossary list`` shows
    it), or the terms inside a sentence.

    Exits 1 when nothing matches.
    """
    from cms_i18n.languages import normalize

    glossary = _load(ctx)
    code = normalize(lang) if lang else None
    by_id = [c for c in glossary.concepts if c.id.casefold() == term.strip().casefold()]
    if by_id:
        for c in by_id:
            click.echo(f"{term!r} is the id of {c.id}")
            _describe(c, code)
        return
    hits = glossary.lookup(term)
    concepts = list(dict.fromkeys(c for c, _, _ in hits))
    if hits:
        for c, hit_lang, role in hits:
            click.echo(f"{term!r} is the {hit_lang} {role} of {c.id}")
    else:
        for occ in glossary.matcher.find(term):
            why = f" ({occ.reason})" if occ.reason else ""
            click.echo(f"{occ.text!r} at {occ.start}: {occ.concept.id}, {occ.kind}{why}")
            concepts.append(occ.concept)
        concepts = list(dict.fromkeys(concepts))
    if not concepts:
        near = glossary.nearest(term)
        click.echo(f"no glossary entry for {term!r}" + (
            "; nearest: " + ", ".join(f"{c.id} ({name!r})" for c, name in near)
            + " (a name the glossary does not list: check it is the body meant)"
            if near else ""), err=True)
        for c, _name in near:
            _describe(c, code, err=True)
        sys.exit(1)
    for c in concepts:
        _describe(c, code)


def _describe(c, code: str | None, *, err: bool = False) -> None:
    """The concept as ``lookup`` prints it; on stderr (``err``) when it is only near the
    term looked up, so that stdout, redirected or piped, never shows a near miss as a
    match."""

    def say(text: str) -> None:
        click.echo(text, err=err)

    say(f"\n{c.id}  ({c.origin})" if c.origin else f"\n{c.id}")
    if c.names:
        say(f"  names:    {'; '.join(c.names)}")
    if c.acronyms:
        say(f"  acronyms: {'; '.join(c.acronyms)}")
    if c.short:
        default = "  (default reading)" if c.default else ""
        say(f"  short:    {'; '.join(c.short)}{default}")
    if c.note:
        say(f"  note:     {c.note}")
    if not c.translate:
        say("  do not translate")
    from cms_i18n.languages import base

    for lang_code, e in sorted(c.targets.items()):
        if code and lang_code != base(code) and lang_code != code:
            continue
        grammar = "/".join(x for x in (e.name.gender, e.name.number) if x)
        line = f"  {lang_code}: {e.name.text}" + (f" ({e.acronym.text})" if e.acronym else "")
        say(line + (f"  [{grammar}]" if grammar else ""))
        for label, forms in (("accepted", e.variants), ("short", e.short),
                             ("forbidden", e.forbidden)):
            if forms:
                say(f"      {label}: {'; '.join(forms)}")
        if e.note:
            say(f"      note: {e.note}")


@command.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="YAML file to write (default: <glossary folder>/<name>.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--source-lang", default="en", show_default=True,
              help="Source language of a CSV file.")
@click.pass_context
def import_(ctx: click.Context, file: Path, output: Path | None, force: bool,
            source_lang: str) -> None:
    """Convert a TBX or CSV glossary into the native YAML format.

    The result is checked together with the glossary it joins (duplicate ids,
    conflicting variants) before anything is written.
    """
    from cms_i18n.fileio import write_atomic
    from cms_i18n.glossary.load import glossary_files, problems, read_file
    from cms_i18n.glossary.yamlfile import dump_yaml
    from cms_i18n.languages import normalize

    source, concepts = read_file(file, normalize(source_lang))
    if not concepts:
        raise InputError("no concepts found", path=file)
    folder = _glossary_path(ctx)
    out = output or (folder if not folder.is_file() else folder.parent) / f"{file.stem}.yaml"
    if out.exists() and not force:
        raise UserError(f"{out} exists; use --force to overwrite it")
    others = []
    if folder.exists():
        for existing in glossary_files(folder):
            if existing.resolve() != out.resolve():
                others += read_file(existing)[1]
    errors = problems([*others, *concepts])
    if errors:
        raise errors[0]
    missing = sorted({c.id for c in concepts for e in c.targets.values() if e.name.gender is None})
    write_atomic(out, dump_yaml(concepts, source, header=f"Imported from {file.name} by cms-i18n."))
    click.echo(f"wrote {len(concepts)} concepts to {out}")
    if missing:
        click.echo(f"note: no grammatical gender for {', '.join(missing)}; add gender/number "
                   "so engines can make articles agree", err=True)


@command.command("init")
@click.option("--force", is_flag=True, help="Replace files of the same name.")
@click.pass_context
def init(ctx: click.Context, force: bool) -> None:
    """Copy the bundled glossary into the glossary folder, to start a site's own.

    Files already there are kept (say --force to replace them); the copy is
    validated together with them before anything is written.
    """
    from cms_i18n.fileio import write_atomic
    from cms_i18n.glossary.load import (
        bundled_glossary_dir,
        glossary_files,
        problems,
        read_file,
    )

    folder = _glossary_path(ctx, own=True)
    if folder.is_file():
        raise UserError(f"{folder} is a file; --glossary-dir must name a folder to copy into")
    if folder.resolve() == bundled_glossary_dir().resolve():
        raise UserError(f"{folder} is the glossary cms-i18n ships; name the site's own folder "
                        "to copy it into (--glossary-dir glossaries)")
    bundled = glossary_files(bundled_glossary_dir())
    copied = [f for f in bundled if force or not (folder / f.name).exists()]
    kept = [f.name for f in bundled if f not in copied]
    if copied:
        concepts = [c for f in copied for c in read_file(f)[1]]
        if folder.exists():
            names = {f.name for f in copied}
            concepts += [c for f in glossary_files(folder) if f.name not in names
                         for c in read_file(f)[1]]
        errors = problems(concepts)
        if errors:
            raise errors[0]
    for file in copied:
        write_atomic(folder / file.name, file.read_bytes())
        click.echo(f"wrote {folder / file.name}")
    for name in kept:
        click.echo(f"kept {folder / name} (exists; --force replaces it)")


@command.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="tbx (TBX-Basic, for CAT tools and Weblate), csv, or yaml.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Write the whole glossary as TBX, CSV or YAML."""
    from cms_i18n.fileio import write_atomic
    from cms_i18n.glossary.csvfile import dump_csv
    from cms_i18n.glossary.tbx import dump_tbx
    from cms_i18n.glossary.yamlfile import dump_yaml

    glossary = _load(ctx)
    dump = {"tbx": dump_tbx, "csv": dump_csv, "yaml": dump_yaml}[fmt]
    text = dump(list(glossary), glossary.source_lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        click.echo(f"wrote {len(glossary)} concepts to {output}", err=True)
