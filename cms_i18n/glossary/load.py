"""Load a glossary folder (or file) and check it as a whole.

Per-file checks (syntax, unknown keys, bad gender) happen while reading; the
checks here need every concept at once: duplicate ids across files, the same
source form claimed by two concepts, a term both approved and forbidden.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from cms_i18n.errors import InputError
from cms_i18n.fileio import file_stamp
from cms_i18n.glossary.build import fail
from cms_i18n.glossary.csvfile import read_csv
from cms_i18n.glossary.model import Concept, Glossary
from cms_i18n.glossary.tbx import read_tbx
from cms_i18n.glossary.yamlfile import read_yaml

Reader = Callable[[Path, str], tuple[str, list[Concept]]]
READERS: dict[str, Reader] = {
    ".yaml": read_yaml, ".yml": read_yaml, ".csv": read_csv, ".tbx": read_tbx,
}


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _exact(text: str) -> str:
    return " ".join(text.split())


def bundled_glossary_dir() -> Path:
    """The glossary shipped inside the package (a site copies it with ``glossary init``).

    It lives in the package, not beside it, so that a ``pip install`` carries it.
    """
    from importlib.resources import files

    return Path(str(files("cms_i18n").joinpath("glossaries")))


def read_file(path: Path, source_lang: str = "en") -> tuple[str, list[Concept]]:
    """Read one glossary file of any supported format (by extension)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"unsupported glossary format {path.suffix or '(none)'} "
                         f"(use {', '.join(sorted(READERS))})", path=path)
    return reader(path, source_lang)


def glossary_files(path: Path) -> list[Path]:
    """The glossary files in a folder (sorted), or the file itself."""
    if path.is_dir():
        return sorted(p for p in path.iterdir()
                      if p.is_file() and p.suffix.lower() in READERS and not p.name.startswith("."))
    if path.is_file():
        return [path]
    raise InputError("glossary not found", path=path)


def collect(path: Path) -> tuple[Glossary | None, list[InputError]]:
    """Read everything under ``path`` and report *all* problems (for ``glossary validate``)."""
    errors: list[InputError] = []
    concepts: list[Concept] = []
    langs: dict[str, Path] = {}
    try:
        files = glossary_files(Path(path))
    except InputError as exc:
        return None, [exc]
    for file in files:
        try:
            lang, found = read_file(file)
        except InputError as exc:
            errors.append(exc)
            continue
        langs.setdefault(lang, file)
        concepts += found
    if len(langs) > 1:
        detail = ", ".join(f"{lang} in {file}" for lang, file in langs.items())
        errors.append(InputError(f"glossary files disagree on the source language: {detail}",
                                 path=path))
    source = next(iter(langs), "en")
    errors += problems(concepts)
    return Glossary(concepts, source_lang=source, sources=[str(f) for f in files]), errors


def load_glossary(path: Path) -> Glossary:
    """Load and validate a glossary folder or file; the first problem raises InputError."""
    glossary, errors = collect(Path(path))
    if errors:
        raise errors[0]
    assert glossary is not None
    return glossary


_LOADED: OrderedDict[Path, tuple[object, Glossary]] = OrderedDict()
_LOADED_MAX = 8          # glossaries kept per process (a site has one; tests many)
_LOADING = threading.Lock()


def _glossary_stamp(path: Path) -> object:
    """What tells a glossary's files changed: the folder (a file added, removed or
    renamed) and each file's size and modification time."""
    return (file_stamp(path), tuple((file.name, file_stamp(file))
                                    for file in glossary_files(path)))


def cached_glossary(path: Path) -> Glossary:
    """:func:`load_glossary`, read once per process and again only when one of its
    files changed.

    A long-lived process (the CMS's web server, a worker) asks for the glossary on
    every review screen, save and chunk; reading and validating the files each time
    would cost more than the work itself (the matcher the glossary builds on first
    use is kept too).  The glossary is read-only once loaded, so callers share it.
    A glossary with an error is not kept: the next call reads it again and raises
    again until it is fixed.
    """
    path = Path(path).absolute()
    stamp = _glossary_stamp(path)
    with _LOADING:
        known = _LOADED.get(path)
        if known is not None and known[0] == stamp:
            _LOADED.move_to_end(path)
            return known[1]
        glossary = load_glossary(path)
        _LOADED[path] = (stamp, glossary)
        _LOADED.move_to_end(path)
        while len(_LOADED) > _LOADED_MAX:
            _LOADED.popitem(last=False)
        return glossary


def problems(concepts: list[Concept]) -> list[InputError]:
    """Every cross-concept inconsistency, each located at the offending concept."""
    errors: list[InputError] = []
    seen: dict[str, Concept] = {}
    for c in concepts:
        if c.id in seen:
            errors.append(fail(f"duplicate concept id {c.id!r} (first defined at "
                               f"{seen[c.id].origin})", c.origin))
        else:
            seen[c.id] = c

    # Source side: a name or acronym belongs to one concept only.
    owner: dict[str, tuple[Concept, str]] = {}
    for c in concepts:
        own: set[str] = set()
        for kind, forms in (("name", c.names), ("acronym", c.acronyms)):
            for form in forms:
                key = _key(form)
                other = owner.get(key)
                if other and other[0].id != c.id:
                    errors.append(fail(
                        f"conflicting variants: {kind} {form!r} of {c.id} is already "
                        f"{other[1]} of {other[0].id} ({other[0].origin}); use a short form "
                        "if it is ambiguous on purpose", c.origin))
                elif key not in own:
                    owner[key] = (c, kind)
                own.add(key)
    shorts: dict[str, list[Concept]] = {}
    for c in concepts:
        for form in c.short:
            key = _key(form)
            if key in owner:
                errors.append(fail(
                    f"conflicting variants: short form {form!r} of {c.id} is a full "
                    f"{owner[key][1]} of {owner[key][0].id}", c.origin))
            shorts.setdefault(key, []).append(c)
    for key, group in shorts.items():
        defaults = [c.id for c in group if c.default]
        if len(defaults) > 1:
            errors.append(fail(
                f"conflicting variants: short form {key!r} has more than one default "
                f"reading ({', '.join(defaults)})", group[-1].origin))

    # Target side, per language.
    for lang in sorted({lang for c in concepts for lang in c.targets}):
        approved: dict[str, Concept] = {}
        banned: dict[str, Concept] = {}
        for c in concepts:
            entry = c.targets.get(lang)
            if entry is None:
                continue
            mine = {_exact(f) for f in (*entry.approved, *entry.variants, *entry.short)}
            for f in entry.forbidden:
                if _exact(f) in mine:
                    errors.append(fail(f"{c.id}: {lang} term {f!r} is both allowed and "
                                       "forbidden", entry.origin or c.origin))
            for f in (*entry.approved, *entry.variants):
                rival = approved.get(_exact(f))
                if rival is not None and rival.id != c.id:
                    errors.append(fail(
                        f"conflicting variants: {lang} term {f!r} of {c.id} is also a term of "
                        f"{rival.id} ({rival.origin})", entry.origin or c.origin))
                approved.setdefault(_exact(f), c)
            for f in entry.forbidden:
                banned.setdefault(_exact(f), c)
        for key, c in banned.items():
            rival = approved.get(key)
            if rival is not None and rival.id != c.id:
                errors.append(fail(
                    f"{c.id}: forbidden {lang} rendering {key!r} is an approved term of "
                    f"{rival.id}", c.targets[lang].origin or c.origin))
    return errors

