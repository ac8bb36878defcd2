"""Finding the catalogues a command works on."""

from __future__ import annotations

from pathlib import Path

from cms_i18n.errors import ConfigError


def lang_of_folder(name: str) -> str:
    """``pt_BR`` (folder) → ``pt-BR`` (BCP-47); ``ca@valencia`` → ``ca-valencia``."""
    from cms_i18n.languages import from_gettext_name

    return from_gettext_name(name)


def find_catalogues(locale_dir: Path, domain: str,
                    langs: tuple[str, ...] | list[str] | None = None) -> list[tuple[str, Path]]:
    """(language, po path) for ``langs``, or for every catalogue under ``locale_dir``.

    A language asked for by name whose catalogue does not exist is a
    :class:`ConfigError`, so a typo in ``--lang`` does not pass silently.
    """
    from cms_i18n.catalog.update import catalog_paths

    locale_dir = Path(locale_dir)
    if langs:
        found = []
        for lang in langs:
            po_path, _pot = catalog_paths(locale_dir, lang, domain)
            if not po_path.exists():
                raise ConfigError(f"no {lang} catalogue (expected {po_path}); run "
                                  "`cms-i18n translate` first")
            found.append((lang, po_path))
        return found
    if not locale_dir.is_dir():
        return []
    return [(lang_of_folder(path.parent.parent.name), path)
            for path in sorted(locale_dir.glob(f"*/LC_MESSAGES/{domain}.po"))]
