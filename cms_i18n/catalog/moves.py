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

A plain file's id is its path, so moving the file (or renaming its folder) gives
the document a new id, and its old entries would look like another document's.
The run pairs such documents the way git pairs renames (:func:`pair_moves`): a
document that vanished and a new one with its file name are one document moved;
its entries come along renamed (:class:`Moved`), and what cms-i18n recorded of
who wrote them too (:func:`carried_records`).  Renaming the file gives it another
file name as well: a document that vanished and a new one with another file name
are one document renamed when they share at least half of the source texts of each
and no other pair is as close (:func:`pair_renames`); otherwise both are kept apart,
each with its own entries, and nothing is lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.catalog.layout import language_catalogs
from cms_i18n.catalog.merge import Written, renamed_context, renamed_entry
from cms_i18n.catalog.po import PoEntry, read_contexts, read_po
from cms_i18n.catalog.status import document_of
from cms_i18n.fileio import printable, scratch_database


@dataclass
class Moved:
    """What the documents that moved into one catalogue bring to its merge.

    ``entries``: theirs, live and obsolete, from the catalogues they were in
    (``catalogs``), under the ids they have now: a file that moved has a new id
    (``renames``: the id it had → the one it has), a Markdown file with a ``slug``
    or a CMS page keeps its own.  ``newer``: the keys of those entries that hold the later
    work (see :func:`~.merge.merge`).
    """

    entries: list[PoEntry] = field(default_factory=list)
    catalogs: list[Path] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)
    newer: frozenset[tuple[str | None, str]] = frozenset()


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

    def __init__(self, locale_dir: Path, lang: str, domain: str,
                 earlier: Sequence[Path] = ()) -> None:
        self.locale_dir, self.lang, self.domain = Path(locale_dir), lang, domain
        #: catalogues an earlier run wrote under another domain, looked in too
        self.earlier = list(earlier)
        self.catalogs: list[Path] | None = None
        self.db: sqlite3.Connection | None = None

    def _build(self, catalogs: Sequence[Path]) -> sqlite3.Connection:
        db = scratch_database()
        db.execute("CREATE TABLE held (document TEXT, catalogue TEXT, live INTEGER, "
                   "name TEXT, PRIMARY KEY (document, catalogue)) WITHOUT ROWID")
        db.execute("CREATE INDEX held_by_name ON held (name)")
        for path in catalogs:
            live: dict[str, bool] = {}
            for context, alive in read_contexts(path).items():
                document = document_of(context)
                live[document] = live.get(document, False) or alive
            db.executemany("INSERT OR IGNORE INTO held VALUES (?, ?, ?, ?)",
                           ((document, str(path), int(alive), file_name(document))
                            for document, alive in live.items()))
        return db

    def _ready(self, besides: Path | None) -> sqlite3.Connection | None:
        """The index, built on the first question; None when there is no catalogue
        but ``besides`` (a first run, one catalogue a language) to look in."""
        if self.catalogs is None:
            self.catalogs = [*language_catalogs(self.locale_dir, self.lang, self.domain),
                             *self.earlier]
        if all(path == besides for path in self.catalogs):
            return None
        if self.db is None:
            self.db = self._build(self.catalogs)
        return self.db

    def holders(self, documents: Iterable[str], *,
                besides: Path | None) -> dict[Path, set[str]]:
        """The catalogues (other than ``besides``) that hold entries of ``documents``,
        live or obsolete, with which ones."""
        db = self._ready(besides)
        found: dict[Path, set[str]] = {}
        if db is None:
            return found
        for document in documents:
            for (catalog,) in db.execute(
                    "SELECT catalogue FROM held WHERE document = ?", (document,)):
                if Path(catalog) != besides:
                    found.setdefault(Path(catalog), set()).add(document)
        return found

    def live_named(self, name: str, *, besides: Path) -> set[str]:
        """The documents whose id ends in the file name ``name`` with live entries in a
        catalogue other than ``besides``, as the catalogues were when first read."""
        db = self._ready(besides)
        if db is None:
            return set()
        return {document for document, catalog in db.execute(
            "SELECT document, catalogue FROM held WHERE name = ? AND live = 1", (name,))
            if Path(catalog) != besides}

    def any_live(self, *, besides: Path) -> bool:
        """Whether a catalogue other than ``besides`` has live entries of a document."""
        db = self._ready(besides)
        return db is not None and db.execute(
            "SELECT 1 FROM held WHERE live = 1 AND catalogue != ? LIMIT 1",
            (str(besides),)).fetchone() is not None

    def live_documents(self) -> Iterator[tuple[str, Path]]:
        """Each document with live entries, and the catalogue that holds them, as the
        catalogues were when first read."""
        db = self._ready(None)
        if db is None:
            return
        for document, catalog in db.execute(
                "SELECT document, catalogue FROM held WHERE live = 1"):
            yield document, Path(catalog)

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


def file_name(document: str) -> str:
    """The file name part of a document id: ``world/security-council-veto`` →
    ``security-council-veto``, what a file keeps when it moves to another folder."""
    return document.rpartition("/")[2]


def pair_moves(arrived: Mapping[str, Collection[str]],
               shared: Callable[[str, str], int]) -> tuple[dict[str, str], list[str]]:
    """Which new documents are documents that vanished, moved: ``arrived`` maps each
    new document whose id is its path to the vanished ones with its file name;
    ``shared(new, old)`` counts the source texts the two have in common.

    The way git finds a rename: one candidate on either side is the document moved; among
    several, the pair sharing the most source texts, when no other pair shares as many
    with either of them.  Returns ({new id: old id}, the new documents left apart
    because which one moved is unclear: both are kept, neither loses anything).
    """
    by_name: dict[str, tuple[list[str], set[str]]] = {}
    for new, olds in arrived.items():
        news, candidates = by_name.setdefault(file_name(new), ([], set()))
        news.append(new)
        candidates.update(olds)
    moves: dict[str, str] = {}
    unsure: list[str] = []
    for news, candidates in by_name.values():
        if len(news) == 1 and len(candidates) == 1:
            moves[news[0]] = next(iter(candidates))
            continue
        scores = sorted(((shared(new, old), new, old) for new in sorted(news)
                         for old in sorted(candidates)), key=lambda item: -item[0])
        taken: set[str] = set()         # paired, or unclear: out of every later pair
        for score, new, old in scores:
            if score == 0 or new in taken or old in taken:
                continue
            if not any(other == score and (n == new) != (o == old) and n not in taken
                       and o not in taken for other, n, o in scores):
                moves[new] = old    # no other pair shares as much with one of the two
            taken.update((new, old))
        if candidates - set(moves.values()):
            unsure += [new for new in news if new not in moves]
    return moves, unsure


def pair_renames(news: Mapping[str, Collection[str]], olds: Mapping[str, Collection[str]]
                 ) -> tuple[dict[str, str], list[str]]:
    """Which new documents are vanished ones renamed: ``news`` and ``olds`` map each
    new and each vanished document to its source texts.

    A pair is one document renamed when the texts they share are at least half of
    each one's (a file renamed, maybe edited a little), and no other pair with either
    of them shares as many: the pair sharing the most wins, a tie pairs nothing.
    Returns ({new id: old id}, the new documents left apart because more than one
    vanished document is as close to them: each keeps its own entries).

    >>> pair_renames({"council-budget": ["A", "B", "C"], "sport": ["D"]},
    ...              {"budget": ["A", "B", "C", "E"], "weather": ["F"]})
    ({'council-budget': 'budget'}, [])
    >>> pair_renames({"b": ["A", "B"]}, {"a1": ["A", "B"], "a2": ["A", "B"]})
    ({}, ['b'])
    """
    holding: dict[str, list[str]] = {}
    sizes = {old: len(set(texts)) for old, texts in olds.items()}
    for old, texts in olds.items():
        for text in set(texts):
            holding.setdefault(text, []).append(old)
    scores: list[tuple[int, str, str]] = []
    for new, texts in news.items():
        mine = set(texts)
        counts: dict[str, int] = {}
        for text in mine:
            for old in holding.get(text, ()):
                counts[old] = counts.get(old, 0) + 1
        scores += [(count, new, old) for old, count in counts.items()
                   if 2 * count >= len(mine) and 2 * count >= sizes[old]]
    scores.sort(key=lambda item: (-item[0], item[1], item[2]))
    moves: dict[str, str] = {}
    unsure: set[str] = set()
    taken: set[str] = set()             # paired, or unclear: out of every later pair
    level: list[tuple[int, str, str]] = []
    for score, new, old in [*scores, (0, "", "")]:
        if level and score != level[0][0]:
            for _, n, o in level:       # the pairs sharing as many texts as each other
                if n in taken or o in taken:
                    continue
                rivals = {n2 for _, n2, o2 in level if (n2 == n) != (o2 == o)
                          and n2 not in taken and o2 not in taken}
                if rivals:
                    unsure.update(rivals | {n})
                else:
                    moves[n] = o
                taken.update((n, o))
            level = []
        level.append((score, new, old))
    return moves, sorted(unsure - moves.keys())


def moved_notes(moves: Mapping[str, str]) -> list[str]:
    """What a run says of the documents it found moved (new id → old id): one line a
    document, or a folder's when its documents moved together (a renamed section).

    >>> [note[:44] for note in moved_notes(
    ...     {"sports/a": "sport/a", "sports/b": "sport/b", "region/v": "world/v"})]
    ['2 documents moved from sport/ to sports/ (sp', 'world/v moved to region/v: its entries, revi']
    """
    folders: dict[tuple[str, str], list[str]] = {}
    notes = [f"{printable(old)} moved to {printable(new)} (renamed, with most of its text "
             "the same): its "
             "entries, reviewed translations and drafts go with it"
             for new, old in sorted(moves.items(), key=lambda item: item[1])
             if file_name(new) != file_name(old)]
    for new, old in sorted(moves.items(), key=lambda item: item[1]):
        if file_name(new) != file_name(old):
            continue
        folders.setdefault((old.rpartition("/")[0], new.rpartition("/")[0]), []).append(old)
    for (before, after), olds in folders.items():
        if len(olds) == 1:
            new = next(new for new, old in moves.items() if old == olds[0])
            notes.append(f"{printable(olds[0])} moved to {printable(new)}: its entries, "
                         "reviewed translations "
                         "and drafts go with it")
        else:
            notes.append(f"{len(olds)} documents moved from {printable(_folder(before))} "
                         f"to {printable(_folder(after))} "
                         f"({printable(olds[0])} …): their entries, reviewed translations "
                         "and drafts go with them")
    return notes


def _folder(name: str) -> str:
    return f"{name}/" if name else "the top of the content"


def left_behind(locale_dir: Path, lang: str, domain: str,
                written: Collection[Path]) -> Sequence[Path]:
    """The language's catalogues that no document of the run belongs to."""
    return [path for path in language_catalogs(Path(locale_dir), lang, domain)
            if path not in written]
