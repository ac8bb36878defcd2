"""Which catalogue a document's units go to: the ``catalogue_layout`` setting.

``language`` (the default, right for a small site) keeps one catalogue per
language, ``locale/<lang>/LC_MESSAGES/<domain>.po``.  A large site shards it so
that each catalogue stays a size an editor (and a PO tool) can open, and so
that catalogues can be written independently:

* ``section``: one catalogue per section, the folder a document lives in (or
  the section its content source names), as
  ``locale/<lang>/LC_MESSAGES/<domain>/<section>.po``;
* ``document``: one catalogue per document, ``…/<domain>/<document id>.po``.

Documents at the top of the content (no section) stay in the language
catalogue.  Each shard has its template beside the language one,
``locale/<domain>/<shard>.pot``.  ``status``, ``check``, ``compile`` and
``apply`` find every shard of a language (see :func:`language_catalogues`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cms_i18n.catalog.update import catalog_paths
from cms_i18n.document import Document
from cms_i18n.errors import InputError
from cms_i18n.fileio import write_atomic


def shard_of(document: Document, layout: str) -> str:
    """The shard name of ``document`` under ``layout``; ``""`` is the language catalogue."""
    if layout == "language":
        return ""
    if layout == "document":
        name = document.id
    else:
        name = document.section if document.section is not None \
            else document.id.rpartition("/")[0]
    name = name.strip("/")
    parts = name.split("/") if name else []
    if any(part in ("", ".", "..") or "\\" in part or "\0" in part or part.startswith(".")
           for part in parts):
        raise InputError(f"document id {document.id!r} cannot name a catalogue file "
                         f"(catalogue_layout: {layout})", path=document.path)
    return "/".join(parts)


def shard_paths(locale_dir: Path, lang: str, domain: str, shard: str) -> tuple[Path, Path]:
    """The catalogue and template of one shard (``""``: the language catalogue)."""
    po_path, pot_path = catalog_paths(Path(locale_dir), lang, domain)
    if not shard:
        return po_path, pot_path
    return (po_path.parent / domain / f"{shard}.po", pot_path.parent / domain / f"{shard}.pot")


def document_catalog(settings: Mapping[str, Any], document: Document, lang: str) -> Path:
    """The catalogue that holds ``document``'s entries in ``lang`` under the site's
    ``catalogue_layout``: the one ``translate`` writes them to, and the one ``apply``,
    a CMS's review screens and its edit sync read them from.

    >>> settings = {"locale_dir": "locale", "domain": "content", "catalogue_layout": "section"}
    >>> document_catalog(settings, Document("world/talks", None, "text", ""), "es").as_posix()
    'locale/es/LC_MESSAGES/content/world.po'
    """
    layout = settings.get("catalogue_layout") or "language"
    return shard_paths(Path(settings["locale_dir"]), lang, settings["domain"],
                       shard_of(document, layout))[0]


def shard_of_path(po_path: Path) -> str:
    """The shard a catalogue file holds (``news/world``), ``""`` for the language
    catalogue: the name a user knows it by when a language has several.

    >>> shard_of_path(Path("locale/es/LC_MESSAGES/messages/news/world.po"))
    'news/world'
    >>> shard_of_path(Path("locale/es/LC_MESSAGES/messages.po"))
    ''
    """
    parts = Path(po_path).with_suffix("").parts
    if "LC_MESSAGES" not in parts:
        return ""
    below = parts[len(parts) - parts[::-1].index("LC_MESSAGES"):]
    return "/".join(below[1:])


def catalog_key(po_path: Path) -> str:
    """The name the translation memory knows a catalogue by: its path from the
    language's folder down, so it follows a site that moves and never names two
    languages' catalogues alike (a shard's last four folders would drop the language).

    >>> catalog_key(Path("site/locale/fr/LC_MESSAGES/content/economy/oil-prices.po"))
    'fr/LC_MESSAGES/content/economy/oil-prices.po'
    >>> catalog_key(Path("locale/es/LC_MESSAGES/content.po"))
    'es/LC_MESSAGES/content.po'
    """
    parts = Path(po_path).parts
    if "LC_MESSAGES" not in parts[:-1]:
        return "/".join(parts[-4:])
    below = len(parts) - 1 - parts[::-1].index("LC_MESSAGES")
    return "/".join(parts[max(0, below - 1):])


def language_catalogs(locale_dir: Path, lang: str, domain: str) -> list[Path]:
    """Every catalogue of ``lang`` in either layout: the language one, then its shards."""
    po_path, _ = catalog_paths(Path(locale_dir), lang, domain)
    found = [po_path] if po_path.is_file() else []
    shards = po_path.parent / domain
    if shards.is_dir():
        found += sorted(p for p in shards.rglob("*.po") if p.is_file())
    return found


def languages_with_catalogs(locale_dir: Path, domain: str) -> Iterable[str]:
    """Folder names under ``locale_dir`` that hold a catalogue of ``domain`` in any layout."""
    locale_dir = Path(locale_dir)
    if not locale_dir.is_dir():
        return []
    return sorted(folder.name for folder in locale_dir.iterdir()
                  if (folder / "LC_MESSAGES" / f"{domain}.po").is_file()
                  or (folder / "LC_MESSAGES" / domain).is_dir())


#: Where the copies live, under the site's folder.
KEPT_DIR = Path(".cms-i18n") / "catalogs"


def in_site(root: str | Path | None, po_path: Path) -> bool:
    """Whether ``po_path`` lies in the site's folder ``root`` (the current folder when
    None): a catalogue compiled or published from elsewhere (``--locale-dir``, no site)
    leaves nothing of its own in the folder the command runs in."""
    try:
        Path(os.path.abspath(po_path)).relative_to(os.path.abspath(Path(root or ".")))
    except ValueError:
        return False
    return True


def kept_path(root: str | Path | None, po_path: Path) -> Path:
    """The copy of ``po_path``'s editors' work (see :mod:`.kept`), under the site's
    folder by the catalogue's path from there, so it follows a site that moves and a
    catalogue written to another ``--locale-dir`` never takes another's copy.  A
    catalogue outside the site's folder is named by a digest of its folder.

    >>> kept_path("site", Path("site/locale/es/LC_MESSAGES/content.po")).as_posix()
    'site/.cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po'
    """
    base = Path(root or ".")
    path = Path(os.path.abspath(po_path))
    try:
        inside = path.relative_to(os.path.abspath(base))
    except ValueError:
        folder = hashlib.sha256(str(path.parent).encode("utf-8")).hexdigest()[:16]
        inside = Path("elsewhere") / folder / path.name
    return base / KEPT_DIR / inside


#: The catalogue folder the site's settings named at each language's last run.
SETTINGS_FOLDER_RECORD = Path(".cms-i18n") / "locale_dirs.json"


def _folder_record(root: str | Path | None) -> dict[str, str]:
    path = Path(root or ".") / SETTINGS_FOLDER_RECORD
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in record.items()} if isinstance(record, dict) else {}


def settings_folder_before(root: str | Path | None, lang: str) -> Path | None:
    """The catalogue folder the site's settings named when ``lang`` was last translated
    with them (see :func:`record_settings_folder`), or None."""
    before = _folder_record(root).get(lang)
    return Path(root or ".") / before if before else None


def record_settings_folder(root: str | Path | None, lang: str, locale_dir: Path) -> None:
    """Remember ``locale_dir`` as the folder the site's settings named for ``lang``'s
    run: the next run knows the setting moved, and reads the editors' work left in the
    folder it named before.  A ``--locale-dir`` given on the command line is no setting
    and is never recorded."""
    record = _folder_record(root)
    # from the site's folder where it lies inside it, so that a copy of the site reads it
    folder = os.path.relpath(os.path.abspath(locale_dir), os.path.abspath(Path(root or "."))) \
        if in_site(root, Path(locale_dir) / "x") else os.path.abspath(locale_dir)
    if record.get(lang) != folder:
        record[lang] = folder
        write_atomic(Path(root or ".") / SETTINGS_FOLDER_RECORD,
                     json.dumps(record, indent=1, sort_keys=True) + "\n")


def earlier_folder_catalogs(root: str | Path | None, before: Path | None, locale_dir: Path,
                            lang: str, domain: str) -> list[Path]:
    """The catalogues of ``lang`` that a run wrote in ``before``, the folder the site's
    settings named then, when they name ``locale_dir`` now: those still on disk with a
    kept copy, any domain's.  A site that moves its ``locale_dir`` setting finds its
    editors' work there, whether or not it moved the files too (the folder moved with
    them holds nothing; the catalogues moved are the new folder's own).

    >>> earlier_folder_catalogs("nowhere", None, Path("nowhere/i18n"), "es", "content")
    []
    """
    if before is None or os.path.abspath(before) == os.path.abspath(locale_dir):
        return []
    folder = catalog_paths(Path(before), lang, domain)[0].parent   # <before>/<lang>/LC_MESSAGES
    return list(_kept_catalogs(root, folder).values())


def _kept_catalogs(root: str | Path | None, folder: Path) -> dict[Path, Path]:
    """The catalogues under ``folder`` (a language's ``LC_MESSAGES``) still on disk that
    have a kept copy (see :func:`kept_path`): the ones a run wrote, by their path below
    ``folder``, in order."""
    kept_folder = kept_path(root, folder / "x.po").parent
    if not kept_folder.is_dir():
        return {}
    below = (kept.relative_to(kept_folder) for kept in sorted(kept_folder.rglob("*.po")))
    return {path: folder / path for path in below if (folder / path).is_file()}


def earlier_domain_catalogs(root: str | Path | None, locale_dir: Path, lang: str,
                            domain: str) -> list[Path]:
    """The catalogues of ``lang`` that an earlier run wrote under another ``domain``, in
    the same folder, still on disk: those with a kept copy (see :func:`kept_path`) under a
    domain's name other than ``domain``.  A site that renames its domain finds its
    editors' work in them; catalogues cms-i18n never wrote (a Django project's own
    ``django.po`` beside them) have no copy and are never read, and neither is another
    folder's (``--locale-dir preview`` writes a catalogue of drafts that takes nothing
    from the site's).

    >>> earlier_domain_catalogs("nowhere", Path("nowhere/locale"), "es", "news")
    []
    """
    folder = catalog_paths(Path(locale_dir), lang, domain)[0].parent   # <lang>/LC_MESSAGES
    # (the domain is the file's name in the language layout, its folder's in the others)
    return [real for below, real in _kept_catalogs(root, folder).items()
            if (below.parts[0].removesuffix(".po") if len(below.parts) == 1
                else below.parts[0]) != domain]
