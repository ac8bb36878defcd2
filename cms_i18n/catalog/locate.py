"""Finding the catalogues a command works on."""

from __future__ import annotations

from pathlib import Path

from cms_i18n.errors import CatalogError, ConfigError
from cms_i18n.fileio import read_file


def lang_of_folder(name: str) -> str:
    """``pt_BR`` (folder) → ``pt-BR`` (BCP-47); ``ca@valencia`` → ``ca-valencia``."""
    from cms_i18n.languages import from_gettext_name

    return from_gettext_name(name)


def find_catalogs(locale_dir: Path, domain: str,
                  langs: tuple[str, ...] | list[str] | None = None) -> list[tuple[str, Path]]:
    """(language, po path) of every catalogue of ``langs`` (default: every language under
    ``locale_dir``), in either layout: the language catalogue and its section or
    document shards (see :mod:`.layout`).

    A language asked for by name without any catalogue is a :class:`ConfigError`,
    so a typo in ``--lang`` does not pass silently; one whose catalogue path is a
    folder, the :class:`CatalogError` every command that reads it gives.
    """
    from cms_i18n.catalog.layout import language_catalogs, languages_with_catalogs
    from cms_i18n.catalog.update import catalog_paths

    locale_dir = Path(locale_dir)
    found: list[tuple[str, Path]] = []
    if langs:
        for lang in langs:
            paths = language_catalogs(locale_dir, lang, domain)
            po_path, _pot = catalog_paths(locale_dir, lang, domain)
            if po_path.is_dir():
                # Said as translate says it, not "run translate first": translate cannot.
                read_file(po_path, "catalogue", error=CatalogError)
            if not paths:
                raise ConfigError(no_catalogs(locale_dir, domain, lang))
            found += [(lang, path) for path in paths]
        return found
    for path in sorted(locale_dir.glob(f"*/LC_MESSAGES/{domain}.po")):
        if path.is_dir():
            read_file(path, "catalogue", error=CatalogError)
    for folder in languages_with_catalogs(locale_dir, domain):
        lang = lang_of_folder(folder)
        found += [(lang, path) for path in language_catalogs(locale_dir, lang, domain)]
    return found


def no_catalogs(locale_dir: str | Path, domain: str, lang: str | None = None) -> str:
    """The one wording for "there is nothing to read", in every command that reads
    catalogues: which file, under which folder, and what writes one."""
    of = f" for {lang}" if lang else ""
    make = f"cms-i18n translate --lang {lang}" if lang else "cms-i18n translate"
    return f"no catalogues named {domain}.po{of} under {locale_dir}: run `{make}` first"
