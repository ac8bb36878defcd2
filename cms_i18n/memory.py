"""Translation memory: never translate the same cleaned unit twice.

A machine translation is stored under everything that could change it: the
engine and its model version, the language pair, the glossary version and the
cleaned source text.  Reviewed translations from editors' catalogues are
stored too, under the pair and source text alone, and rank above machine ones.

The memory is also the hand-off between the machines of a distributed run:
workers fill it, and the run that writes the catalogues reads it back.  So it
lives in SQLite (a file: the embedded default) or PostgreSQL (a
``postgresql://`` URL, shared by every worker), behind one class and the same
SQL.  Every write is an idempotent upsert, so a task done twice stores nothing
twice, and the first translation stored under a key is the one every later
reader gets.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cms_i18n.catalog.merge import Authorship, EditorText, Written
from cms_i18n.config import is_database_url
from cms_i18n.document import Fix
from cms_i18n.errors import ConfigError, InputError, UserError

SCHEMA = """
CREATE TABLE IF NOT EXISTS machine (
    key TEXT PRIMARY KEY,          -- sha256 of engine, pair, glossary version, source
    engine TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    glossary TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    score DOUBLE PRECISION,
    notes TEXT NOT NULL DEFAULT '[]',     -- JSON list of catalogue comments
    problems TEXT NOT NULL DEFAULT '[]',  -- JSON list of glossary problems
    created DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS cleaned (
    key TEXT PRIMARY KEY,          -- sha256 of cleaner fingerprint, options, a unit's raw text
    text TEXT NOT NULL,
    fixes TEXT NOT NULL            -- JSON list of [kind, before, after, line, note]
);
CREATE TABLE IF NOT EXISTS cleaned_documents (
    key TEXT PRIMARY KEY,          -- sha256 of cleaner fingerprint, options, a document's body
    codecs TEXT NOT NULL,          -- JSON list of the mojibake codecs the whole body shows
    fixes TEXT NOT NULL            -- JSON list of the chrome lines it drops, as in cleaned
    -- version 3 adds: unwrap INTEGER (1: its wrapped lines are a scraper's, to be joined)
);
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL       -- one row: the layout's version (no row: version 1)
);
CREATE TABLE IF NOT EXISTS reviewed (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    updated DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source)
);
CREATE TABLE IF NOT EXISTS chunks (
    key TEXT PRIMARY KEY,          -- sha256 of a chunk's documents, pair and versions
    state TEXT NOT NULL,           -- running | done | failed
    units INTEGER NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    updated DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogues (
    path TEXT PRIMARY KEY,         -- sha256 of a catalogue file's absolute path
    inputs TEXT NOT NULL,          -- sha256 of everything it was built from
    written TEXT NOT NULL          -- size and modification time of the file then
);
CREATE TABLE IF NOT EXISTS editor_texts (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    context TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,          -- a translation an editor wrote
    reviewed INTEGER NOT NULL,     -- 1 once seen approved, 0 while only seen as a draft
    first_seen DOUBLE PRECISION NOT NULL,
    last_seen DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (source_lang, target_lang, context, source, target)
);
CREATE TABLE IF NOT EXISTS written (
    catalogue TEXT NOT NULL,       -- <domain>/<lang>
    context TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,          -- the msgstr cms-i18n last wrote in that entry
    ours INTEGER NOT NULL,         -- 1: its own suggestion, 0: a text of an editor it kept
    previous TEXT,                 -- the #| msgid it wrote
    updated DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (catalogue, context, source)
);
CREATE TABLE IF NOT EXISTS purged (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,          -- a machine translation `memory purge` took out of reuse
    PRIMARY KEY (source_lang, target_lang, source, target)
);
CREATE INDEX IF NOT EXISTS machine_by_source ON machine (source_lang, target_lang, source);
"""

#: The version of the layout above.  A memory written by an earlier version is
#: brought up to it when opened (see :data:`_MIGRATIONS`); one written by a later
#: version is refused rather than misread.
SCHEMA_VERSION = 3

def shown_location(location: object) -> str:
    """A memory location fit for a message: a URL's password is hidden."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", str(location))


@dataclass(frozen=True)
class Remembered:
    """A translation found in memory."""

    target: str
    origin: str                  # "machine" | "reviewed"
    score: float | None = None
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChunkState:
    """What a worker recorded for a chunk of documents: ``running`` (claimed, with who
    and since when), ``done`` or ``failed``."""

    state: str
    units: int
    detail: str = ""


class Memory:
    """The translation memory at ``location``: an SQLite file, a ``postgresql://`` URL,
    or ``None`` for one kept in RAM for one run.

    A memory that cannot be read (corrupt, another program's table layout) stops
    with one line naming it.  One that cannot be written (locked by another
    program, read-only, a full disk) stops likewise, unless ``keep_going``: then
    the run goes on, what it could not store stays in this object for the rest of
    the run (so its catalogues get every fresh translation), and
    :attr:`write_problem` says what happened, for the run to report.
    """

    def __init__(self, location: str | Path | None, *, keep_going: bool = False) -> None:
        self.location = location
        self.path = None if location is None or is_database_url(location) else Path(location)
        self._postgres = is_database_url(location)
        self.keep_going = keep_going
        self.write_problem: str | None = None
        self._unsaved: dict[str, Remembered] = {}
        if self._postgres:
            self._db: Any = _connect_postgres(str(location))
            import psycopg

            self._errors: tuple[type[BaseException], ...] = (psycopg.Error,)
        else:
            self._db = _connect_sqlite(self.path)
            self._errors = (sqlite3.Error,)
        self._check_layout()
        self._upgrade()

    @property
    def unsaved(self) -> int:
        """How many machine translations of this run are not in the database."""
        return len(self._unsaved)

    def close(self) -> None:
        try:
            if not self._postgres:
                self._db.commit()
        except self._errors as exc:
            self._failed_write(exc)
        finally:
            self._db.close()

    def _check_layout(self) -> None:
        """Refuse a database whose tables are not laid out as this version writes them."""
        for table, columns in _LAYOUT.items():
            try:
                self._db.execute(f"SELECT {', '.join(columns)} FROM {table} LIMIT 0")
            except self._errors as exc:
                self._db.close()
                raise InputError(f"not a translation memory of this version: table {table} "
                                 f"does not fit ({_reason(exc)}); move it aside or set "
                                 "`memory` to a new file", path=shown_location(self.location)
                                 ) from None

    def _upgrade(self) -> None:
        """Bring a memory written by an earlier version to :data:`SCHEMA_VERSION`.

        Each step runs in one transaction with the version it reaches, under a lock
        (SQLite's write lock, a PostgreSQL advisory lock), so processes opening an
        old memory together upgrade it once, and an interrupted upgrade leaves the
        memory as it was.
        """
        try:
            version = self._version()
            if version == SCHEMA_VERSION:
                return
            if version > SCHEMA_VERSION:
                self._db.close()
                raise InputError(f"written by a newer cms-i18n (layout version {version}; "
                                 f"this version reads up to {SCHEMA_VERSION}); upgrade "
                                 "cms-i18n or set `memory` to a new file",
                                 path=shown_location(self.location))
            if self._postgres:
                with self._db.transaction():
                    self._db.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
                    self._upgrade_locked()
            else:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._upgrade_locked()
                except BaseException:
                    self._db.rollback()
                    raise
                self._db.commit()
        except self._errors as exc:
            self._db.close()
            raise InputError(f"cannot bring the translation memory up to this version: "
                             f"{_reason(exc)}", path=shown_location(self.location)) from None

    def _version(self) -> int:
        rows = self._run("SELECT version FROM schema_version")
        return max((int(version) for (version,) in rows), default=1)

    def _upgrade_locked(self) -> None:
        version = self._version()    # again, now that no one else can be upgrading
        for step in range(version + 1, SCHEMA_VERSION + 1):
            _MIGRATIONS[step](self._run)
        if version < SCHEMA_VERSION:
            self._run("DELETE FROM schema_version")
            self._run("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])

    def _run(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """One statement in the caller's transaction; database errors are left to it."""
        if self._postgres:
            cursor = self._db.execute(sql.replace("?", "%s"), params or None)
        else:
            cursor = self._db.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else []

    def _failed_write(self, exc: BaseException) -> None:
        reason = _reason(exc)
        if not self.keep_going:
            raise InputError(f"cannot write the translation memory: {reason}",
                             path=shown_location(self.location)) from None
        self.write_problem = self.write_problem or reason

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the SQL both databases speak -------------------------------------------

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            if self._postgres:
                return list(self._db.execute(sql.replace("?", "%s"), params).fetchall())
            return self._db.execute(sql, params).fetchall()
        except self._errors as exc:
            raise InputError(f"cannot read the translation memory: {_reason(exc)}",
                             path=shown_location(self.location)) from None

    def _write(self, sql: str, rows: Sequence[Sequence[object]]) -> bool:
        """Run ``sql`` for ``rows``; False when it failed and ``keep_going`` let it pass."""
        if not rows:
            return True
        try:
            if self._postgres:
                # Rows in one order (every table's key leads its rows): two workers
                # storing overlapping units lock them in the same order, so neither
                # waits for the other in a cycle, which PostgreSQL ends as a deadlock.
                ordered = sorted(rows, key=lambda row: [str(value) for value in row])
                with self._db.transaction(), self._db.cursor() as cursor:
                    cursor.executemany(sql.replace("?", "%s"), ordered)
            else:
                with self._db:
                    self._db.executemany(sql, rows)
        except self._errors as exc:
            self._failed_write(exc)
            return False
        return True

    def _select_in(self, sql: str, values: Sequence[str],
                   params: Sequence[object] = ()) -> Iterable[tuple[Any, ...]]:
        """Rows of ``sql`` (ending in ``IN``) for ``values``, a few hundred at a time."""
        for chunk in _chunks(list(dict.fromkeys(values)), 500):
            yield from self._rows(f"{sql} ({','.join('?' * len(chunk))})", [*params, *chunk])

    # -- machine translations ------------------------------------------------

    @staticmethod
    def key(engine: str, source_lang: str, target_lang: str, glossary: str, source: str) -> str:
        raw = "\x1f".join((engine, source_lang, target_lang, glossary, source))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def lookup(self, sources: Sequence[str], *, engine: str, source_lang: str, target_lang: str,
               glossary: str, reviewed: bool = True) -> dict[str, Remembered]:
        """Best remembered translation per source text: reviewed first, then machine.

        ``reviewed=False`` leaves editors' texts out: they are remembered by source
        text alone, so they cannot serve a text whose reading depends on its document.
        """
        found = self.lookup_reviewed(sources, source_lang=source_lang,
                                     target_lang=target_lang) if reviewed else {}
        keys = {self.key(engine, source_lang, target_lang, glossary, s): s
                for s in sources if s not in found}
        rows = self._select_in("SELECT key, target, score, notes, problems FROM machine "
                               "WHERE key IN", list(keys))
        for key, target, score, notes, problems in rows:
            found[keys[key]] = Remembered(target, "machine", score,
                                          tuple(json.loads(notes)), tuple(json.loads(problems)))
        for key, source in keys.items():
            if source not in found and key in self._unsaved:
                found[source] = self._unsaved[key]
        return found

    def store(self, items: Iterable[tuple[str, str, float | None, Sequence[str], Sequence[str]]],
              *, engine: str, source_lang: str, target_lang: str, glossary: str) -> int:
        """Store (source, target, score, notes, problems) machine translations.

        A key already stored keeps its translation: the same unit translated twice
        (a task run again after its worker died) changes nothing.
        """
        now = time.time()
        rows = [(self.key(engine, source_lang, target_lang, glossary, src), engine, source_lang,
                 target_lang, glossary, src, tgt, score, json.dumps(list(notes)),
                 json.dumps(list(problems)), now)
                for src, tgt, score, notes, problems in items]
        if not self._write("INSERT INTO machine VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                           "ON CONFLICT (key) DO NOTHING", rows):
            for key, *_, target, score, notes, problems, _created in rows:
                self._unsaved[str(key)] = Remembered(
                    str(target), "machine", score,
                    tuple(json.loads(str(notes))), tuple(json.loads(str(problems))))
        return len(rows)

    # -- what is in it, and taking out what a broken engine build wrote ---------------

    def builds(self) -> list[tuple[str, int, float, float]]:
        """(engine build, entries, first stored, last stored) of every machine build."""
        return [(str(e), int(n), float(a), float(b)) for e, n, a, b in self._rows(
            "SELECT engine, count(*), min(created), max(created) FROM machine "
            "GROUP BY engine ORDER BY engine")]

    def purge(self, *, engine: str | None = None, build: str | None = None,
              before: float | None = None, dry_run: bool = False) -> int:
        """Delete machine translations by engine name, build (a prefix of the recorded
        build, ``apertium/eng-spa``) and/or time stored; return how many went (or, with
        ``dry_run``, would go).  The next run translates those units again.

        Their texts stay on record (``purged``), as cms-i18n's, never reused: a catalogue
        may still hold one, and an older copy put back may bring one back over an
        editor's review, which only the record tells from an editor's own draft
        (:meth:`authorship`).

        At least one condition is required: purging everything is deleting the file.
        """
        clauses: list[str] = []
        params: list[object] = []
        if engine:
            clauses.append("(engine = ? OR substr(engine, 1, ?) IN (?, ?))")
            params += [engine, len(engine) + 1, engine + "/", engine + ":"]
        if build:
            clauses.append("substr(engine, 1, ?) = ?")
            params += [len(build), build]
        if before is not None:
            clauses.append("created < ?")
            params.append(before)
        if not clauses:
            raise ValueError("purge needs an engine, a build or a date")
        where = " AND ".join(clauses)
        count = int(self._rows(f"SELECT count(*) FROM machine WHERE {where}", params)[0][0])
        if dry_run:
            return count
        if count and not (
                self._write("INSERT INTO purged (source_lang, target_lang, source, target) "
                            f"SELECT source_lang, target_lang, source, target FROM machine "
                            f"WHERE {where} ON CONFLICT DO NOTHING", [params])
                and self._write(f"DELETE FROM machine WHERE {where}", [params])):
            return 0
        if count:
            # Catalogues built from the purged entries must be rebuilt by the next run,
            # not skipped as unchanged: forget what every catalogue was built from.
            self._write("DELETE FROM catalogues", [()])
        return count

    # -- cleaned source ----------------------------------------------------------

    def cleaned(self, keys: Sequence[str]) -> dict[str, tuple[str, tuple[Fix, ...]]]:
        """Units' cleaning results remembered under ``keys``
        (see :func:`cms_i18n.clean.cache.cleaning_key`)."""
        return {key: (text, tuple(Fix(*fix) for fix in json.loads(fixes)))
                for key, text, fixes in self._select_in(
                    "SELECT key, text, fixes FROM cleaned WHERE key IN", keys)}

    def store_cleaned(self, items: Iterable[tuple[str, str, Sequence[Fix]]]) -> None:
        """Remember (key, cleaned text, fixes)."""
        rows = [(key, text, _fixes_json(fixes)) for key, text, fixes in items]
        self._write("INSERT INTO cleaned VALUES (?,?,?) ON CONFLICT (key) DO NOTHING", rows)

    def cleaned_documents(self, keys: Sequence[str]
                          ) -> dict[str, tuple[tuple[str, ...], tuple[Fix, ...], bool]]:
        """What whole documents showed, remembered under ``keys``: (mojibake codecs,
        fixes (a plain-text page's all, another's chrome lines dropped or cut), whether
        their wrapped lines are a scraper's)."""
        return {key: (tuple(json.loads(codecs)), tuple(_page_fix(fix) for fix in json.loads(fixes)),
                      bool(unwrap))
                for key, codecs, fixes, unwrap in self._select_in(
                    "SELECT key, codecs, fixes, unwrap FROM cleaned_documents WHERE key IN",
                    keys)}

    def store_cleaned_documents(
            self, items: Iterable[tuple[str, Sequence[str], Sequence[Fix], bool]]) -> None:
        """Remember (key, mojibake codecs, fixes, wrapped lines a scraper's) of whole
        documents."""
        rows = [(key, json.dumps(list(codecs)), _page_fixes_json(fixes), int(unwrap))
                for key, codecs, fixes, unwrap in items]
        self._write("INSERT INTO cleaned_documents (key, codecs, fixes, unwrap) "
                    "VALUES (?,?,?,?) ON CONFLICT (key) DO NOTHING", rows)

    # -- reviewed translations ------------------------------------------------

    def add_reviewed(self, pairs: Iterable[tuple[str, str]], *, source_lang: str,
                     target_lang: str) -> int:
        """Remember editors' translations (source, target) for reuse elsewhere."""
        now = time.time()
        rows = list({s: (source_lang, target_lang, s, t, now) for s, t in pairs
                     if s and t}.values())
        self._write("INSERT INTO reviewed VALUES (?,?,?,?,?) "
                    "ON CONFLICT (source_lang, target_lang, source) DO UPDATE "
                    "SET target = excluded.target, updated = excluded.updated", rows)
        return len(rows)

    def lookup_reviewed(self, sources: Sequence[str], *, source_lang: str,
                        target_lang: str) -> dict[str, Remembered]:
        rows = self._select_in("SELECT source, target FROM reviewed WHERE source_lang=? "
                               "AND target_lang=? AND source IN", sources,
                               [source_lang, target_lang])
        return {source: Remembered(target, "reviewed") for source, target in rows}

    # -- the progress of a distributed run ----------------------------------------

    def chunk_states(self, keys: Sequence[str]) -> dict[str, ChunkState]:
        """What workers recorded for these chunks; a chunk not yet done is absent."""
        return {key: ChunkState(state, units, detail) for key, state, units, detail in
                self._select_in("SELECT key, state, units, detail FROM chunks WHERE key IN",
                                keys)}

    def claim_chunk(self, key: str, worker: str, *, take_over: bool, stale: float) -> bool:
        """Take the chunk ``key`` for ``worker``; False when it is done, or running on
        another worker (unless ``take_over``, or its claim is ``stale`` seconds old).

        A chunk sent twice (a coordinator started again sends what is not done yet)
        is translated once: the second delivery finds the first's claim and is
        dropped.  The message of a worker that died comes back from the broker
        marked redelivered and takes the chunk over (``take_over``); a claim left
        ``stale`` seconds, long after any such return, is taken by any delivery, in
        case the broker lost the message.
        """
        sql = ("INSERT INTO chunks VALUES (?,'running',0,?,?) ON CONFLICT (key) DO UPDATE "
               "SET state = 'running', detail = excluded.detail, updated = excluded.updated "
               "WHERE chunks.state IN ('failed', 'refused') OR (chunks.state = 'running' AND "
               "(? OR chunks.detail = excluded.detail OR chunks.updated < ?)) RETURNING key")
        now = time.time()
        params = (key, worker, now, take_over, now - stale)
        try:
            if self._postgres:
                with self._db.transaction():
                    taken = self._db.execute(sql.replace("?", "%s"), params).fetchall()
            else:
                with self._db:
                    taken = self._db.execute(sql, params).fetchall()
        except self._errors as exc:
            self._failed_write(exc)
            return True       # nothing can be recorded: translate rather than lose the chunk
        return bool(taken)

    def record_refusal(self, key: str, detail: str) -> None:
        """Record that workers refused the chunk ``key`` (``detail``: who and why), unless
        a worker holds it or it is done."""
        self._write("INSERT INTO chunks VALUES (?,'refused',0,?,?) ON CONFLICT (key) DO UPDATE "
                    "SET detail = excluded.detail, updated = excluded.updated "
                    "WHERE chunks.state = 'refused'", [(key, detail, time.time())])

    def release_chunk(self, key: str, worker: str) -> None:
        """Give up ``worker``'s claim (its task is retried, perhaps elsewhere)."""
        self._write("DELETE FROM chunks WHERE key = ? AND state = 'running' AND detail = ?",
                    [(key, worker)])

    def record_chunk(self, key: str, state: str, units: int, detail: str = "") -> None:
        """Record a chunk as ``done`` (its translations are stored) or ``failed``."""
        self._write("INSERT INTO chunks VALUES (?,?,?,?,?) ON CONFLICT (key) DO UPDATE "
                    "SET state = excluded.state, units = excluded.units, "
                    "detail = excluded.detail, updated = excluded.updated",
                    [(key, state, units, detail, time.time())])

    def forget_failed_chunks(self, keys: Sequence[str]) -> None:
        """Let failed or refused chunks be tried again (a new run after the cause was
        fixed)."""
        for chunk in _chunks(list(keys), 500):
            self._write(f"DELETE FROM chunks WHERE state IN ('failed', 'refused') AND key IN "
                        f"({','.join('?' * len(chunk))})", [tuple(chunk)])

    # -- what each catalogue was built from ------------------------------------------

    def catalog_stamp(self, path: str) -> tuple[str, str] | None:
        """(inputs, written) recorded when the catalogue ``path`` (a hash of its file's
        path) was last built."""
        rows = self._rows("SELECT inputs, written FROM catalogues WHERE path = ?", [path])
        return (rows[0][0], rows[0][1]) if rows else None

    def record_catalog(self, path: str, inputs: str, written: str) -> None:
        self._write("INSERT INTO catalogues VALUES (?,?,?) ON CONFLICT (path) DO UPDATE "
                    "SET inputs = excluded.inputs, written = excluded.written",
                    [(path, inputs, written)])

    # -- editors' texts and what cms-i18n wrote ---------------------------------

    def add_editor_texts(self, texts: Iterable[EditorText], *, source_lang: str,
                         target_lang: str) -> None:
        """Keep every translation an editor wrote, reviewed or draft, with when it was
        first and last seen: nothing an editor typed depends on a catalogue alone."""
        now = time.time()
        rows = list({(t.context, t.source, t.text): (
            source_lang, target_lang, t.context, t.source, t.text, int(t.reviewed), now, now)
            for t in texts}.values())
        self._write(
            "INSERT INTO editor_texts VALUES (?,?,?,?,?,?,?,?) ON CONFLICT "
            "(source_lang, target_lang, context, source, target) DO UPDATE SET "
            "reviewed = CASE WHEN excluded.reviewed > editor_texts.reviewed "
            "THEN excluded.reviewed ELSE editor_texts.reviewed END, "
            "last_seen = excluded.last_seen", rows)

    def editor_texts(self, *, source_lang: str, target_lang: str) -> list[EditorText]:
        """Every editor's translation seen for the pair, oldest first."""
        rows = self._rows(
            "SELECT context, source, target, reviewed FROM editor_texts "
            "WHERE source_lang=? AND target_lang=? ORDER BY first_seen, context, source",
            [source_lang, target_lang])
        return [EditorText(context, source, target, bool(reviewed))
                for context, source, target, reviewed in rows]

    def editor_texts_of(self, sources: Sequence[str], *, source_lang: str,
                        target_lang: str) -> set[tuple[str, str, str]]:
        """(context, source, text) of every editor's translation seen for ``sources``:
        whether a reviewed translation the memory offers an entry is that entry's own."""
        return {(context, source, target) for context, source, target in self._select_in(
            "SELECT context, source, target FROM editor_texts "
            "WHERE source_lang=? AND target_lang=? AND source IN", sources,
            [source_lang, target_lang])}

    def editor_drafts_of(self, sources: Sequence[str], *, source_lang: str,
                         target_lang: str) -> dict[tuple[str, str], str]:
        """(context, source) → the draft an editor last left unreviewed for it: what an
        entry that comes back (its text deleted, then restored, with the catalogue's
        obsolete entries purged between) offers instead of the machine's text."""
        rows = self._select_in(
            "SELECT context, source, target, last_seen FROM editor_texts "
            "WHERE source_lang=? AND target_lang=? AND reviewed=0 AND source IN", sources,
            [source_lang, target_lang])
        drafts: dict[tuple[str, str], str] = {}
        for context, source, target, _ in sorted(rows, key=lambda row: row[3]):
            drafts[(context, source)] = target
        return drafts

    def authorship(self, catalog: str, *, source_lang: str,
                   target_lang: str) -> Authorship:
        """What cms-i18n last wrote in each entry of ``catalogue`` and, for entries it
        has no record of, every machine translation it remembers of their text."""
        written = {(context, source): Written(target, bool(ours), previous)
                   for context, source, target, ours, previous in self._rows(
                       "SELECT context, source, target, ours, previous FROM written "
                       "WHERE catalogue=?", [catalog])}

        # (a purged machine translation is still cms-i18n's text, never an editor's)
        def machine_outputs(source: str) -> set[str]:
            return {target for (target,) in self._rows(
                "SELECT target FROM machine WHERE source_lang=? AND target_lang=? "
                "AND source=? UNION SELECT target FROM purged WHERE source_lang=? AND "
                "target_lang=? AND source=?",
                [source_lang, target_lang, source, source_lang, target_lang, source])}

        targets: set[str] = set()
        loaded: list[bool] = []

        def machine_wrote(text: str) -> bool:
            # read once, on the first question (an older copy msgmerged asks it of many
            # entries, each a scan of the table otherwise)
            if not loaded:
                targets.update(target for (target,) in self._rows(
                    "SELECT target FROM machine WHERE source_lang=? AND target_lang=? "
                    "UNION SELECT target FROM purged WHERE source_lang=? AND target_lang=?",
                    [source_lang, target_lang, source_lang, target_lang]))
                loaded.append(True)
            return text in targets

        def history(context: str, source: str) -> list[tuple[str, float]]:
            return [(str(target), float(seen)) for target, seen in self._rows(
                "SELECT target, first_seen FROM editor_texts WHERE source_lang=? AND "
                "target_lang=? AND context=? AND source=?",
                [source_lang, target_lang, context, source])]

        def seen_reviewed(context: str | None, source: str, text: str) -> bool:
            # (a context of None: under any document)
            where = "" if context is None else " AND context=?"
            return bool(self._rows(
                "SELECT 1 FROM editor_texts WHERE source_lang=? AND target_lang=? AND "
                f"source=? AND target=? AND reviewed=1{where}",
                [source_lang, target_lang, source, text,
                 *(() if context is None else (context,))]))

        def editor_sources(context: str, text: str) -> set[str]:
            return {str(source) for (source,) in self._rows(
                "SELECT source FROM editor_texts WHERE source_lang=? AND target_lang=? "
                "AND context=? AND target=?", [source_lang, target_lang, context, text])}

        return Authorship(written, machine_outputs, machine_wrote, history, seen_reviewed,
                          editor_sources)

    def record_written(self, catalog: str, written: Mapping[tuple[str, str], Written]
                       ) -> None:
        """Remember what cms-i18n wrote in these entries of ``catalogue``."""
        now = time.time()
        rows = [(catalog, context, source, w.msgstr, int(w.ours), w.previous, now)
                for (context, source), w in written.items()]
        self._write("INSERT INTO written VALUES (?,?,?,?,?,?,?) ON CONFLICT "
                    "(catalogue, context, source) DO UPDATE SET target = excluded.target, "
                    "ours = excluded.ours, previous = excluded.previous, "
                    "updated = excluded.updated", rows)

    def stats(self) -> dict[str, int]:
        machine = self._rows("SELECT count(*) FROM machine")[0][0]
        reviewed = self._rows("SELECT count(*) FROM reviewed")[0][0]
        return {"machine": machine, "reviewed": reviewed}


@contextmanager
def recorded_authorship(location: str | Path | None, catalog: str, *, source_lang: str,
                        target_lang: str) -> Iterator[Authorship]:
    """The record ``translate`` merges by of who wrote each entry of ``catalog``
    (:meth:`Memory.authorship`), for a command that only reads it (``compile``,
    ``apply``).  A memory that is not there yet or cannot be opened gives an empty
    record, with which every fuzzy msgstr counts as an editor's: the safe side."""
    if location is None or (not is_database_url(location) and not Path(location).is_file()):
        yield Authorship()
        return
    try:
        memory = Memory(location, keep_going=True)
    except (UserError, sqlite3.Error):
        yield Authorship()
        return
    try:
        yield memory.authorship(catalog, source_lang=source_lang, target_lang=target_lang)
    finally:
        memory.close()


@contextmanager
def machine_translations(location: str | Path | None, *, source_lang: str
                         ) -> Iterator[Callable[[str, str], Collection[str]]]:
    """``(language, source) → the memory's machine translations of source into language``,
    for a command that only reads them (``check``, ``apply``: which language a text
    pasted from another catalogue is); each language's record is opened on its first
    question, and all are closed on leaving."""
    with ExitStack() as stack:
        outputs: dict[str, Callable[[str], Collection[str]] | None] = {}

        def machine(language: str, source: str) -> Collection[str]:
            if language not in outputs:
                outputs[language] = stack.enter_context(recorded_authorship(
                    location, "", source_lang=source_lang, target_lang=language)
                ).machine_outputs
            found = outputs[language]
            return found(source) if found is not None else ()

        yield machine


# Every column this version reads or writes, per table, but those a migration adds
# (see :data:`_MIGRATIONS`), which an older memory gets only once it is upgraded.
_LAYOUT = {
    "machine": ("key", "engine", "source_lang", "target_lang", "glossary", "source", "target",
                "score", "notes", "problems", "created"),
    "cleaned": ("key", "text", "fixes"),
    "cleaned_documents": ("key", "codecs", "fixes"),
    "schema_version": ("version",),
    "reviewed": ("source_lang", "target_lang", "source", "target", "updated"),
    "chunks": ("key", "state", "units", "detail", "updated"),
    "catalogues": ("path", "inputs", "written"),
}
#: seconds to wait for another program's lock on an SQLite memory
SQLITE_WAIT = 120.0
#: PostgreSQL advisory lock held while tables are created or upgraded
_SCHEMA_LOCK = 72616142

Run = Callable[..., list[tuple[Any, ...]]]


def _documents_out_of_cleaned(run: Run) -> None:
    """Version 2: what a whole document showed moves to ``cleaned_documents``.

    Version 1 kept it in ``cleaned``, its codecs as a JSON list in the text
    column, told apart from a unit's text only by the look of that text.  Rows
    that read as such a list move; any other row is a unit's and stays.  Were a
    unit's cleaned text ever to read as one, it moves too: its key is a unit's,
    which no document lookup asks for, and the unit is cleaned again, once.
    """
    moved = []
    for key, text, fixes in run("SELECT key, text, fixes FROM cleaned "
                                "WHERE substr(text, 1, 1) = '['"):
        try:
            codecs = json.loads(text)
        except ValueError:
            continue
        if isinstance(codecs, list) and all(isinstance(c, str) for c in codecs):
            moved.append((key, text, fixes))
    for key, codecs, fixes in moved:
        run("INSERT INTO cleaned_documents VALUES (?,?,?) ON CONFLICT (key) DO NOTHING",
            [key, codecs, fixes])
        run("DELETE FROM cleaned WHERE key = ?", [key])


def _unwrap_verdict_of_documents(run: Run) -> None:
    """Version 3: a document's verdict on its wrapped lines gets a column of its own.

    Version 2 kept it as a line-join fix among the chrome lines, read back by
    its note; such a row says yes.  The fix stays with them: it drops no line.
    """
    run("ALTER TABLE cleaned_documents ADD COLUMN unwrap INTEGER NOT NULL DEFAULT 0")
    run("UPDATE cleaned_documents SET unwrap = 1 WHERE fixes LIKE ?",
        ["%line break inside a sentence joined%"])


#: version reached → the step that reaches it from the one before
_MIGRATIONS: dict[int, Callable[[Run], None]] = {2: _documents_out_of_cleaned,
                                                 3: _unwrap_verdict_of_documents}


def _fixes_json(fixes: Iterable[Fix]) -> str:
    return json.dumps([[f.kind, f.before, f.after, f.line, f.note] for f in fixes],
                      ensure_ascii=False)


def _page_fixes_json(fixes: Iterable[Fix]) -> str:
    """A page's fixes with where each applies: its column and whether it drops its whole
    line or cuts a part of it (a crawler's date before the first line)."""
    return json.dumps([[f.kind, f.before, f.after, f.line, f.note, getattr(f, "column", None),
                        getattr(f, "drop_line", True)] for f in fixes], ensure_ascii=False)


def _page_fix(fields: list[Any]) -> Fix:
    """A page's chrome fix as :func:`_page_fixes_json` stored it; one of an earlier
    layout, without its column, dropped its whole line, as every one did then."""
    if len(fields) <= 5:
        return Fix(*fields)
    from cms_i18n.clean.edits import CleanFix  # the cleaner, only once a page is read

    return CleanFix(*fields)


def _reason(exc: BaseException) -> str:
    """The first line of a database error, without the library's decoration."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _connect_sqlite(path: Path | None) -> sqlite3.Connection:
    """An SQLite memory; several processes may share the file (WAL, waiting on locks)."""
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path) if path else ":memory:", timeout=SQLITE_WAIT)
        if path is not None:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"not a usable translation memory ({exc})", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot open the translation memory: {exc.strerror}",
                         path=path) from None
    return db


def _connect_postgres(url: str) -> Any:
    """A connection to a PostgreSQL memory, its tables created on first use."""
    try:
        import psycopg
    except ImportError:
        raise ConfigError("a postgresql:// memory needs psycopg: "
                          "pip install 'cms-i18n[scale]'") from None
    try:
        db = psycopg.connect(url, autocommit=True, connect_timeout=30)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"cannot connect to the translation memory "
                          f"{shown_location(url)}: {reason}") from None
    # Two workers starting together must not both create the tables.  A memory already
    # laid out is left alone: even "CREATE INDEX IF NOT EXISTS" waits for every open
    # write to the table, so a coordinator started again would wait behind the workers.
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
        laid_out = db.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchall()
        if not laid_out[0][0] or db.execute("SELECT coalesce(max(version), 1) FROM "
                                            "schema_version").fetchall()[0][0] < SCHEMA_VERSION:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
    return db


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
