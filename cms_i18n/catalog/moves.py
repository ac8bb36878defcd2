"""Documents that move from one catalogue to another, and catalogues left with none.

In a sharded layout a document's catalogue follows its place: a Wagtail section
renamed (its slug, so its URL path), a page moved to another section, a Markdown
file with a ``slug`` moved to another folder, or a new ``section_depth`` or layout,
each sends the same document (same ``msgctxt``) to another catalogue file.  What
editors wrote in the old file — reviewed translations, drafts, their comments, the
history of changed paragraphs — must follow it, or the next run would offer the
engine's text in the new file while the editor's sits in a file nobody opens.

So a run looks for the documents that are new to a catalogue in the language's
other catalogues (:class:`CatalogIndex`, built only when some catalogue gains a
document), and the merge takes their entries as if they had been in the new file
all along (:func:`moved_entries`): the merge's rules then keep every editor's
text exactly as they keep it in place.  A catalogue that no document of the run
belongs to any more is merged with nothing, so its entries become obsolete there
(``#~``): nothing in it is lost, and nothing in it competes with the new file in
``status``, ``compile`` or ``apply``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from cms_i18n.catalog.layout import language_catalogs
from cms_i18n.catalog.po import PoEntry, read_po
from cms_i18n.catalog.status import document_of


class CatalogIndex:
    """Which catalogue of one language holds each document, read from the files once
    per run, on the first question, and kept in a temporary file (a million
    documents' ids would be the largest thing a run held in memory)."""

    def __init__(self, locale_dir: Path, lang: str, domain: str) -> None:
        self.locale_dir, self.lang, self.domain = Path(locale_dir), lang, domain
        self.catalogs: list[Path] | None = None
        self.db: sqlite3.Connection | None = None

    def _build(self, catalogs: Sequence[Path]) -> sqlite3.Connection:
        db = sqlite3.connect("")
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE held (document TEXT, catalogue TEXT, "
                   "PRIMARY KEY (document, catalogue)) WITHOUT ROWID")
        for path in catalogs:
            documents = {document_of(entry.msgctxt) for entry in read_po(path).entries
                         if entry.msgctxt is not None}
            db.executemany("INSERT OR IGNORE INTO held VALUES (?, ?)",
                           ((document, str(path)) for document in documents))
        return db

    def holders(self, documents: Iterable[str], *, besides: Path) -> dict[Path, set[str]]:
        """The other catalogues that hold entries of ``documents``, with which ones."""
        if self.catalogs is None:
            self.catalogs = language_catalogs(self.locale_dir, self.lang, self.domain)
        if all(path == besides for path in self.catalogs):
            return {}       # no other catalogue (a first run, one catalogue a language)
        if self.db is None:
            self.db = self._build(self.catalogs)
        found: dict[Path, set[str]] = {}
        for document in documents:
            for (catalog,) in self.db.execute(
                    "SELECT catalogue FROM held WHERE document = ?", (document,)):
                if Path(catalog) != besides:
                    found.setdefault(Path(catalog), set()).add(document)
        return found

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def moved_entries(holders: dict[Path, set[str]]) -> list[PoEntry]:
    """The entries, live and obsolete, of the moved documents in their old catalogues.

    An entry already made obsolete there (its old catalogue was merged first in the
    same run) comes back by the merge's rule for returning text, with its translation.
    """
    found: list[PoEntry] = []
    for path, documents in sorted(holders.items()):
        if not path.is_file():
            continue
        found += [entry for entry in read_po(path).entries
                  if entry.msgctxt is not None and document_of(entry.msgctxt) in documents]
    return found


def left_behind(locale_dir: Path, lang: str, domain: str,
                written: Collection[Path]) -> Sequence[Path]:
    """The language's catalogues that no document of the run belongs to."""
    return [path for path in language_catalogs(Path(locale_dir), lang, domain)
            if path not in written]
