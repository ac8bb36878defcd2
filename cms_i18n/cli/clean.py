"""``cms-i18n clean [FILE]``: the cleaning stage as a shell filter."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from cms_i18n.cli._options import config_option
from cms_i18n.config import SITE_CONFIG_NAME, load_settings
from cms_i18n.errors import ConfigError, InputError

if TYPE_CHECKING:
    from cms_i18n.clean.structure import Saving
    from cms_i18n.document import Fix

_FORMATS_BY_SUFFIX = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


def read_text(path: str | None) -> tuple[str, str]:
    """Read FILE (or stdin for None / ``-``) as UTF-8; return (text, name for messages).

    Binary or non-UTF-8 input is an :class:`InputError` naming the file and line;
    text with a few stray control bytes is read (the cleaner removes them).
    """
    from cms_i18n.content.files import looks_binary, not_utf8, other_unicode

    if path is None or path == "-":
        name = "<stdin>"
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else (
            sys.stdin.read().encode("utf-8", "surrogateescape"))
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            raise InputError("is a directory, not a text file", path=name) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    if (wrong := other_unicode(data, name)) is not None:
        raise wrong
    if looks_binary(data):
        raise InputError("binary data, not text", path=name, line=1)
    try:
        return data.decode("utf-8"), name
    except UnicodeDecodeError as exc:
        raise not_utf8(data, exc, name) from None


@click.command("clean")
@click.argument("file", required=False, metavar="[FILE]")
@click.option("--explain", "show_fixes", is_flag=True,
              help="Also print every fix, one per line (line number, kind, before → after), "
                   "to standard error; the cleaned text still goes to standard output.")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "markdown", "html"]),
              default="auto", show_default=True,
              help="Markup to leave alone; auto picks markdown for .md and html for .html "
                   "files, text otherwise (and for standard input).")
@click.option("--quotes", type=click.Choice(["auto", "curly", "straight"]), default="auto",
              show_default=True,
              help="Quote style that wrongly oriented quotes are rewritten in; auto detects "
                   "the document's own.")
@click.option("--chrome-pattern", "chrome_patterns", multiple=True, metavar="REGEX",
              help="Extra page-chrome pattern of the site (repeatable); a line in which it "
                   "matches is removed.  Added to the config's clean.chrome_patterns.")
@click.option("--authored", is_flag=True,
              help="The text was written for the site, not scraped (translate treats "
                   "Markdown and HTML so): only one-line chrome rules, never on a heading "
                   "or a line with a link, and no rules that judge a line by its neighbours.")
@config_option(f"Site config file (default: ./{SITE_CONFIG_NAME} if present) whose "
               "clean.chrome_patterns are used.")
def command(file: str | None, show_fixes: bool, fmt: str, quotes: str,
            chrome_patterns: tuple[str, ...], authored: bool, config_file: Path | None) -> None:
    """Clean scraped source text: FILE (or standard input) to standard output.

    Removes page chrome (icon runs, share bars, "Read more" lists, cookie and
    newsletter banners, player residue, breadcrumbs, agency footers), repairs
    mojibake, HTML entities, invisible and control characters, look-alike
    Cyrillic/Greek letters inside English words and wrongly oriented quotes,
    and normalises spaces.  A run of blank lines becomes one where the page
    shows a scraper (chrome taken out, mojibake, look-alike letters, control
    bytes, blanks at line ends, every line a paragraph of its own); an author's
    runs of blank lines stay (two under a poem's title, between a recipe's
    sections).  Code blocks, sessions at a prompt, URLs and genuine Russian,
    Greek, French or mathematical text pass through unchanged.
    A file keeps its byte order mark and its line breaks when they are one kind
    throughout (Windows \\r\\n, old Mac \\r); mixed ones come out as \\n, noted.
    Running it on its own output changes nothing.  With --explain, every
    removed line is listed with its line number and the reason, and in a line
    whose look-alike letters were repaired, the look-alike words left as they
    were (a Russian abbreviation, a Greek symbol) and why.

    \b
    Examples:
      cms-i18n clean article.txt > clean.txt
      curl -s … | html2text | cms-i18n clean --explain
    """
    # The cleaner's import compiles its patterns: only a command that cleans pays it.
    from cms_i18n.clean import CleanOptions, clean_document, explain
    from cms_i18n.clean.structure import how_saved

    text, name = read_text(file)
    if fmt == "auto":
        fmt = _FORMATS_BY_SUFFIX.get(Path(file).suffix.lower(), "text") if file else "text"
    site_patterns = _site_patterns(config_file)
    try:
        options = CleanOptions(quote_style=None if quotes == "auto" else quotes,
                               chrome_patterns=(*site_patterns, *chrome_patterns), format=fmt,
                               chrome="authored" if authored else "scraped")
    except ConfigError as exc:
        where = config_file or (SITE_CONFIG_NAME if site_patterns else None)
        raise ConfigError(exc.message, path=where) from None
    result = clean_document(text, options)
    saving = how_saved(text)
    _write(sys.stdout, saving.restore(result.text), "surrogateescape")
    if show_fixes:
        shown = [fix for fix in result.fixes if not _undone_by(saving, fix)]
        lines = explain(shown, text)
        count = len(shown)
        summary = f"{name}: {count} fix" + ("es" if count != 1 else "")
        _write(sys.stderr, "".join(line + "\n" for line in [*lines, summary]), "backslashreplace")


def _undone_by(saving: Saving, fix: Fix) -> bool:
    """Is this fix one that saving the text as its file was saved undoes (not to be listed)?"""
    if fix.kind == "newline":
        return saving.line_break != "\n"
    return saving.bom and fix.kind == "invisible" and fix.line == 1 and fix.before == "\ufeff"


def _site_patterns(config_file: Path | None) -> tuple[str, ...]:
    """The site's ``clean.chrome_patterns``, from its config file if there is one."""
    return tuple(load_settings(config_file)["clean"]["chrome_patterns"])


def _write(stream: TextIO, text: str, errors: str) -> None:
    """Write UTF-8 whatever the terminal's locale says: a filter must not mangle text."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8", errors))
        buffer.flush()
    else:
        stream.write(text)
        stream.flush()
