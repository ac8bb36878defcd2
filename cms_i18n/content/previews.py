"""Previews that ``apply --include-fuzzy`` wrote where published pages go.

The files source writes a translation as ``<name>.<lang><suffix>`` beside its
source, and a site publishes what it finds there.  A preview (unreviewed
drafts, ``--include-fuzzy``) goes to the same place, so this record remembers
each file a preview created, with a digest of the bytes it wrote.  A later
``apply`` without ``--include-fuzzy`` that does not write that document (nothing
reviewed yet, ``--fallback skip``) takes the preview away again, but only while
the file still holds exactly what the preview wrote and no file was there before
it: a file an editor or the CMS wrote, or edited since, is never removed; it is
kept, with a warning.

The same record remembers every translation file ``apply`` wrote, preview or
not, by a digest of its bytes (:meth:`ApplyRecord.ours`): a file that no
longer holds what ``apply`` last wrote there was edited by someone, and the
next ``apply`` leaves it alone (see ``FileSource.write_translation``).

It also remembers the units whose source changed since their translation was
reviewed that ``apply`` has named (:meth:`ApplyRecord.name_source_changes`): a later
run counts them on one line rather than naming each again, until they are reviewed.

The record is ``.cms-i18n/apply.json`` in the site's folder (where the
translation memory is kept by default), keyed by each file's path from that folder
(``content/news.es.txt``), so it holds for a clone or a copy of the site as it did
where it was written: a site versions it with its pages, as a lock file is
versioned, and a CI runner or a second machine knows which pages apply wrote.  A
record written before it kept such paths (absolute ones, perhaps of the folder the
site was copied from) is read too: each path is taken from the folder it was under.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cms_i18n.errors import UserError
from cms_i18n.fileio import merge_marker_line, write_atomic
from cms_i18n.summary import shown_path

RECORD = Path(".cms-i18n") / "apply.json"


@dataclass
class Settled:
    """What settling one language's previews did: files removed, files left with a
    warning, and notes about previews just written."""

    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def fingerprint(data: bytes) -> str:
    """The SHA-256 of ``data``, as the record keeps it."""
    return hashlib.sha256(data).hexdigest()


def digest(path: Path) -> str | None:
    """The :func:`fingerprint` of the file's bytes; None when it cannot be read."""
    try:
        return fingerprint(path.read_bytes())
    except OSError:
        return None


def _renamed(record: dict[str, Any], moved: Mapping[str, str],
             foreign: set[str]) -> dict[str, Any]:
    """``record`` with its keys renamed by ``moved``; where two keys become one, the one
    written in this folder wins over one written where the site was before."""
    renamed: dict[str, Any] = {}
    for key, value in sorted(record.items(), key=lambda item: item[0] not in foreign):
        renamed[moved.get(key, key)] = value
    return renamed


class ApplyRecord:
    """What ``apply`` wrote under one site folder (every translation file, and the
    previews among them), read from and saved to :data:`RECORD` there."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.path = root / RECORD
        self.entries: dict[str, dict[str, Any]] = {}
        #: why the record there could not be read (None when it was, or is not there):
        #: :meth:`save` sets the file aside rather than write over it
        self.unreadable: str | None = None
        data = self._read()
        previews = data.get("previews") if isinstance(data, Mapping) else None
        if isinstance(previews, Mapping):
            self.entries = {str(k): dict(v) for k, v in previews.items()
                            if isinstance(v, Mapping)}
        written = data.get("written") if isinstance(data, Mapping) else None
        #: every file apply wrote (its path from the site's folder) → the digest of what
        #: it wrote there
        self.written: dict[str, str] = (
            {str(k): str(v) for k, v in written.items()} if isinstance(written, Mapping)
            else {})
        named = data.get("source_changed") if isinstance(data, Mapping) else None
        #: lang → the marks (``SourceChanged.mark``) of the units whose source change
        #: apply named
        self.source_changed: dict[str, list[str]] = (
            {str(lang): sorted(str(mark) for mark in marks)
             for lang, marks in named.items() if isinstance(marks, list)}
            if isinstance(named, Mapping) else {})
        moved, foreign = self._rebased([*self.entries, *self.written])
        if moved:
            self.entries = _renamed(self.entries, moved, foreign)
            self.written = _renamed(self.written, moved, foreign)

    def _read(self) -> Any:
        """The record's data; empty, with :attr:`unreadable` said, when it is there but
        cannot be read (a merge conflict's markers, a truncated copy, another encoding)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            self.unreadable = getattr(exc, "strerror", None) or str(exc)
            return {}
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            marker = merge_marker_line(text)
            self.unreadable = (
                f"line {marker}: a merge's conflict marker: the file holds a merge not "
                "resolved yet" if marker is not None else f"line {exc.lineno}: {exc.msg}")
            return {}
        if not isinstance(data, Mapping):
            self.unreadable = "not a record of files (a JSON object)"
            return {}
        return data

    def unreadable_warning(self) -> str | None:
        """The warning that the record could not be read, or None."""
        if self.unreadable is None:
            return None
        return (f"{shown_path(self.path)}: the record of what apply wrote could not be read "
                f"({self.unreadable}); it is set aside as {self._aside.name} and a new one "
                "started. Previews of unreviewed drafts an earlier `apply --include-fuzzy` "
                "wrote are not known any more and stay where published pages go: delete "
                "those not meant to be published")

    @functools.cached_property
    def _aside(self) -> Path:
        """Where the unreadable record goes: beside it, under a name no file has."""
        aside = self.path.with_name(self.path.name + ".unreadable")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.unreadable-{number}")
        return aside

    def key(self, path: Path) -> str:
        """How the record names ``path``: from the site's folder when inside it
        (``content/news.es.txt``), else the absolute path."""
        resolved = Path(path).resolve()
        try:
            return resolved.relative_to(self.root).as_posix()
        except ValueError:
            return str(resolved)

    def file(self, key: str) -> Path:
        """The file the record names ``key``."""
        return Path(key) if Path(key).is_absolute() else self.root / key

    def _rebased(self, keys: list[str]) -> tuple[dict[str, str], set[str]]:
        """The keys of an older record (absolute paths) as paths from this site's folder.

        A path inside this folder is taken from it.  The others were written where the
        site was before it was copied or cloned: the folder they were all under that,
        put in place of this one, names the most files present here is taken as the
        site's folder then (``/old/site/content/a.es.txt`` → ``content/a.es.txt``).
        What names no file here stays as it was, and matches nothing.  Returns the
        new names, and the keys that were written elsewhere.
        """
        moved: dict[str, str] = {}
        foreign = []
        for key in keys:
            if not os.path.isabs(key):
                continue
            if Path(key).is_relative_to(self.root):
                moved[key] = self.key(Path(key))
            else:
                foreign.append(Path(key))
        if not foreign:
            return moved, set()
        common = Path(os.path.commonpath(foreign))
        if common in foreign:
            common = common.parent      # one file (or one file named twice): its folder
        best, hits = None, 0
        for folder in (common, *common.parents):
            found = sum((self.root / p.relative_to(folder)).exists() for p in foreign)
            if found > hits:
                best, hits = folder, found
        if best is not None:
            moved.update({str(p): p.relative_to(best).as_posix() for p in foreign})
        return moved, {str(p) for p in foreign}

    def ours(self, path: Path, now: str | None) -> bool:
        """Does ``path``, whose bytes have the digest ``now``, hold what ``apply`` last
        wrote there (a reviewed translation or a preview)?"""
        key = self.key(path)
        preview = self.entries.get(key, {}).get("sha256")
        return now is not None and now in (self.written.get(key), preview)

    def wrote(self, path: Path, data: bytes) -> None:
        """Remember that ``apply`` left ``data`` in ``path``."""
        self.written[self.key(path)] = fingerprint(data)

    def forget(self, path: Path) -> None:
        """``path`` is gone: nothing of it to remember."""
        self.written.pop(self.key(path), None)

    def name_source_changes(self, lang: str, marks: Iterable[str]) -> set[str]:
        """Those of ``marks`` (one per unit whose source changed since review) an earlier
        run named already; ``marks`` become what the record holds for ``lang``, so a
        unit reviewed since is forgotten, and the record is saved when that changed it
        (a file site's ``settle_previews`` saves it again, with its own warning)."""
        now = sorted(set(marks))
        before = self.source_changed.get(lang, [])
        named = set(now) & set(before)
        if now == before:
            return named
        if now:
            self.source_changed[lang] = now
        else:
            self.source_changed.pop(lang, None)
        self.save()
        return named

    def save(self) -> str | None:
        """Write the record (remove it when empty); a warning when it cannot be.  A
        record that could not be read is set aside first, never written over."""
        try:
            if self.unreadable is not None and self.path.is_file():
                os.replace(self.path, self._aside)
            if self.entries or self.written or self.source_changed:
                data: dict[str, Any] = {"previews": self.entries, "written": self.written}
                if self.source_changed:
                    data["source_changed"] = self.source_changed
                write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True) + "\n")
            else:
                self.path.unlink(missing_ok=True)
        except (OSError, UserError) as exc:
            reason = exc.format() if isinstance(exc, UserError) else str(exc)
            return (f"the record of what apply wrote could not be written ({reason}); a "
                    "later apply will not know which files it wrote and keeps them")
        return None

    def settle(self, lang: str, *, preview: bool, targets: Iterable[Path],
               created: set[Path]) -> Settled:
        """Record the files a preview run wrote (``preview``), or take away the ones an
        earlier preview left that this run did not write.

        ``targets`` are the files this run wrote or found already holding their
        translation; ``created`` those of them no file stood at before this run.
        """
        done = Settled()
        written = {self.key(Path(t)): Path(t) for t in targets}
        if preview:
            fresh = []
            for key, path in written.items():
                before = self.entries.get(key)
                made = Path(path).resolve() in created or bool(before and before["created"])
                self.entries[key] = {"lang": lang, "sha256": digest(path), "created": made}
                if before is None or before.get("sha256") != self.entries[key]["sha256"]:
                    fresh.append(shown_path(path))
            if fresh:
                many = len(fresh) != 1
                done.notes.append(
                    f"{lang}: {len(fresh)} preview{'s' * many} with unreviewed drafts written "
                    f"where published pages go ({', '.join(fresh[:3])}"
                    f"{' …' if len(fresh) > 3 else ''}); `cms-i18n apply` without "
                    f"--include-fuzzy takes {'them' if many else 'it'} away again, unless "
                    "edited since")
            return done
        for key, entry in sorted(self.entries.items()):
            if entry.get("lang") != lang:
                continue
            if key in written:          # this run wrote it from reviewed translations
                del self.entries[key]
                continue
            path = self.file(key)
            shown = shown_path(path)
            now = digest(path) if path.exists() else None
            if now is None:             # gone already
                del self.entries[key]
            elif now != entry.get("sha256"):
                del self.entries[key]   # an editor's file now
                done.warnings.append(
                    f"{shown}: kept: it was written by `apply --include-fuzzy` as a preview "
                    "of unreviewed drafts, and has been edited since; delete it if it is not "
                    "meant to be published")
            elif not entry.get("created"):
                done.warnings.append(
                    f"{shown}: kept: it holds a preview of unreviewed drafts that `apply "
                    "--include-fuzzy` wrote over an earlier file; review the catalogue and "
                    "apply again, or delete it if it is not meant to be published")
            else:
                try:
                    path.unlink()
                except OSError as exc:
                    done.warnings.append(f"{shown}: a preview of unreviewed drafts, could "
                                         f"not be removed ({exc.strerror or exc}); delete it")
                    continue
                del self.entries[key]
                done.removed.append(shown)
        return done
