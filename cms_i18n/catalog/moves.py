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
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cms_i18n.catalog.layout import language_catalogs
from cms_i18n.catalog.merge import Written
from cms_i18n.catalog.po import PoEntry, read_po
from cms_i18n.catalog.status import document_of


@dataclass
class Moved:
    """What the documents that moved into one catalogue bring to its merge.

    ``entries``: theirs, live and obsolete, from the catalogues they were in
    (``catalogs``), under the ids they have now: a file that moved has a new id
    (``renames``: the id it had → the one it has), a Markdown file with a ``slug``
    or a CMS page keeps its own.
    """

    entries: list[PoEntry] = field(default_factory=list)
    catalogs: list[Path] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)


def renamed_context(context: str, renames: Mapping[str, str]) -> str:
    """``context`` under its document's new id, when the document moved.

    >>> renamed_context("world/veto:title#2", {"world/veto": "region/veto"})
    'region/veto:title#2'
    """
    document = document_of(context)
    if document not in renames:
        return context
    return renames[document] + context[len(document):]


def renamed_entry(entry: PoEntry, renames: Mapping[str, str]) -> PoEntry:
    """A copy of ``entry`` under its document's new id (its ``#|`` context too)."""
    if not renames:
        return entry
    return replace(entry, msgctxt=None if entry.msgctxt is None
                   else renamed_context(entry.msgctxt, renames),
                   previous_msgctxt=None if entry.previous_msgctxt is None
                   else renamed_context(entry.previous_msgctxt, renames))


def carried_records(records: Mapping[tuple[str, str], Written], moved: Moved
                    ) -> dict[tuple[str, str], Written]:
    """What cms-i18n last wrote in the moved entries, from their old catalogue's
    record, under their keys here: without it a suggestion of its own (a reviewed
    translation from elsewhere) would pass for an editor's draft in the new file."""
    wanted = {(entry.msgctxt or "", entry.msgid) for entry in moved.entries}
    found = {}
    for (context, source), record in records.items():
        key = (renamed_context(context, moved.renames), source)
        if key in wanted:
            found[key] = record
    return found


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


def moved_entries(holders: Mapping[Path, set[str]],
                  renames: Mapping[str, str] | None = None) -> list[PoEntry]:
    """The entries, live and obsolete, of the moved documents in their old catalogues,
    under their new ids (``renames``; ``holders`` name the old ones).

    An entry already made obsolete there (its old catalogue was merged first in the
    same run) comes back by the merge's rule for returning text, with its translation.
    """
    found: list[PoEntry] = []
    for path, documents in sorted(holders.items()):
        if not path.is_file():
            continue
        found += [renamed_entry(entry, renames or {}) for entry in read_po(path).entries
                  if entry.msgctxt is not None and document_of(entry.msgctxt) in documents]
    return found


def left_behind(locale_dir: Path, lang: str, domain: str,
                written: Collection[Path]) -> Sequence[Path]:
    """The language's catalogues that no document of the run belongs to."""
    return [path for path in language_catalogs(Path(locale_dir), lang, domain)
            if path not in written]
