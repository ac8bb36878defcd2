"""Translation memory: never translate the same cleaned unit twice.

A machine translation is stored under everything that could change it: the
engine and its model version, the language pair, the glossary version and the
cleaned source text.  Reviewed translations from editors' catalogues are
stored too, under the pair and source text alone, and rank above machine ones.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cms_i18n.document import Fix
from cms_i18n.errors import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS machine (
    key TEXT PRIMARY KEY,          -- sha256 of engine, pair, glossary version, source
    engine TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    glossary TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    score REAL,
    notes TEXT NOT NULL DEFAULT '[]',     -- JSON list of catalogue comments
    problems TEXT NOT NULL DEFAULT '[]',  -- JSON list of glossary problems
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS cleaned (
    key TEXT PRIMARY KEY,          -- sha256 of cleaner fingerprint, options, raw text
    text TEXT NOT NULL,
    fixes TEXT NOT NULL            -- JSON list of [kind, before, after, line, note]
);
CREATE TABLE IF NOT EXISTS reviewed (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source)
);
"""


@dataclass(frozen=True)
class Remembered:
    """A translation found in memory."""

    target: str
    origin: str                  # "machine" | "reviewed"
    score: float | None = None
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


class Memory:
    """An SQLite translation memory; ``Memory(None)`` keeps it in RAM for one run."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else None
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path) if self.path else ":memory:")
            self._db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a usable translation memory ({exc})", path=self.path) from None

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- machine translations ------------------------------------------------

    @staticmethod
    def key(engine: str, source_lang: str, target_lang: str, glossary: str, source: str) -> str:
        raw = "\x1f".join((engine, source_lang, target_lang, glossary, source))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def lookup(self, sources: Sequence[str], *, engine: str, source_lang: str, target_lang: str,
               glossary: str) -> dict[str, Remembered]:
        """Best remembered translation per source text: reviewed first, then machine."""
        found = self.lookup_reviewed(sources, source_lang=source_lang, target_lang=target_lang)
        keys = {self.key(engine, source_lang, target_lang, glossary, s): s
                for s in sources if s not in found}
        for chunk in _chunks(list(keys), 500):
            rows = self._db.execute(
                f"SELECT key, target, score, notes, problems FROM machine "
                f"WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for key, target, score, notes, problems in rows:
                found[keys[key]] = Remembered(target, "machine", score,
                                              tuple(json.loads(notes)), tuple(json.loads(problems)))
        return found

    def store(self, items: Iterable[tuple[str, str, float | None, Sequence[str], Sequence[str]]],
              *, engine: str, source_lang: str, target_lang: str, glossary: str) -> int:
        """Store (source, target, score, notes, problems) machine translations."""
        now = time.time()
        rows = [(self.key(engine, source_lang, target_lang, glossary, src), engine, source_lang,
                 target_lang, glossary, src, tgt, score, json.dumps(list(notes)),
                 json.dumps(list(problems)), now)
                for src, tgt, score, notes, problems in items]
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO machine VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        return len(rows)

    # -- cleaned source ----------------------------------------------------------

    def cleaned(self, keys: Sequence[str]) -> dict[str, tuple[str, tuple[Fix, ...]]]:
        """Cleaning results remembered under ``keys`` (see :func:`cleaning_key`)."""
        found: dict[str, tuple[str, tuple[Fix, ...]]] = {}
        for chunk in _chunks(list(dict.fromkeys(keys)), 500):
            rows = self._db.execute(
                f"SELECT key, text, fixes FROM cleaned WHERE key IN "
                f"({','.join('?' * len(chunk))})", chunk)
            for key, text, fixes in rows:
                found[key] = (text, tuple(Fix(*fix) for fix in json.loads(fixes)))
        return found

    def store_cleaned(self, items: Iterable[tuple[str, str, Sequence[Fix]]]) -> None:
        """Remember (key, cleaned text, fixes)."""
        rows = [(key, text, json.dumps([[f.kind, f.before, f.after, f.line, f.note]
                                        for f in fixes], ensure_ascii=False))
                for key, text, fixes in items]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO cleaned VALUES (?,?,?)", rows)

    # -- reviewed translations ------------------------------------------------

    def add_reviewed(self, pairs: Iterable[tuple[str, str]], *, source_lang: str,
                     target_lang: str) -> int:
        """Remember editors' translations (source, target) for reuse elsewhere."""
        now = time.time()
        rows = [(source_lang, target_lang, s, t, now) for s, t in pairs if s and t]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO reviewed VALUES (?,?,?,?,?)", rows)
        return len(rows)

    def lookup_reviewed(self, sources: Sequence[str], *, source_lang: str,
                        target_lang: str) -> dict[str, Remembered]:
        found: dict[str, Remembered] = {}
        unique = list(dict.fromkeys(sources))
        for chunk in _chunks(unique, 500):
            rows = self._db.execute(
                f"SELECT source, target FROM reviewed WHERE source_lang=? AND target_lang=? "
                f"AND source IN ({','.join('?' * len(chunk))})",
                [source_lang, target_lang, *chunk])
            for source, target in rows:
                found[source] = Remembered(target, "reviewed")
        return found

    def stats(self) -> dict[str, int]:
        machine = self._db.execute("SELECT count(*) FROM machine").fetchone()[0]
        reviewed = self._db.execute("SELECT count(*) FROM reviewed").fetchone()[0]
        return {"machine": machine, "reviewed": reviewed}


def cleaning_key(fingerprint: str, options: object, raw: str) -> str:
    """Key of one cleaning result: the cleaner's code, its options and the raw text."""
    payload = "\x1f".join((fingerprint, repr(options), raw))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
