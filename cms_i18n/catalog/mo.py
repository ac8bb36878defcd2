"""Compiling catalogues to binary ``.mo`` files.

Only reviewed entries go in by default: a fuzzy entry is a machine suggestion nobody
has approved, and gettext's own ``msgfmt`` leaves them out too.  ``include_fuzzy``
previews drafts.  Every file written is loaded back with Python's
:class:`gettext.GNUTranslations` before it replaces the old one, so a ``.mo`` that a
CMS would fail to read never reaches the disk.
"""

from __future__ import annotations

import gettext
import io
import re
import struct
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from cms_i18n.catalog.po import PoEntry, PoFile, read_po
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import write_atomic

MAGIC = 0x950412DE


@dataclass(frozen=True)
class Dropped:
    """Why messages the replaced ``.mo`` held are not in the new one, one count per
    cause, so each count is one an editor finds in the catalogue:

    ``source_changed``: the entry of the changed source text is a fuzzy draft carrying
    the reviewed text (its ``#| msgid`` is the text the ``.mo`` held); ``flagged_fuzzy``:
    the same entry, flagged fuzzy since by an editor; ``withdrawn``: the same entry, its
    reviewed msgstr withdrawn by an editor (cleared, or since replaced by a suggestion
    of cms-i18n's, fuzzy); ``obsolete``: its paragraph was removed from the source
    (``#~``); ``lost``: no entry of it
    in the file, and the copy of the editors' work has it (a crashed save, a file cut
    short, see :mod:`.kept`); ``removed``: no entry of it anywhere;
    ``superseded``: reviewed again under its changed source text, which is compiled
    in its place; ``moved``: its document was renamed (a page's file), and the entry of
    the same text under the new name is compiled in its place, so it is not among the
    messages left out; ``moved_away``: its document moved to another catalogue file of
    the language, whose ``.mo`` has it.
    """

    source_changed: int = 0
    flagged_fuzzy: int = 0
    withdrawn: int = 0
    obsolete: int = 0
    lost: int = 0
    removed: int = 0
    superseded: int = 0
    moved: int = 0
    moved_away: int = 0


@dataclass(frozen=True)
class CompileResult:
    """What went into a ``.mo`` file: ``compiled`` messages, ``fuzzy`` and
    ``untranslated`` live entries left out (as ``msgfmt --statistics`` counts them:
    the header and obsolete entries are neither); ``replaced``, the messages of the
    ``.mo`` this one replaced (None when there was none, or it could not be read);
    ``dropped``, why messages of that ``.mo`` are not in this one, and of them
    ``made_fuzzy``, those a change of their source text made fuzzy again."""

    mo_path: Path
    compiled: int
    fuzzy: int
    untranslated: int
    made_fuzzy: int = 0
    replaced: int | None = None
    dropped: Dropped = Dropped()
    #: False when nothing was written: no message to compile and no ``.mo`` there
    #: (``write_empty=False``).
    written: bool = True


def mo_key(msgctxt: str | None, msgid: str, msgid_plural: str | None = None) -> bytes:
    """The key a ``.mo`` file looks a message up by: ``msgctxt\x04msgid`` (and
    ``\x00msgid_plural``), UTF-8."""
    key = msgid if msgid_plural is None else msgid + "\0" + msgid_plural
    if msgctxt is not None:
        key = msgctxt + "\x04" + key
    return key.encode("utf-8")

# The charset a header's Content-Type names.
_CHARSET_RE = re.compile(r"charset=[A-Za-z0-9._:+-]+")


def mo_bytes(po: PoFile, *, include_fuzzy: bool = False) -> tuple[bytes, CompileResult]:
    """The ``.mo`` image of a parsed catalogue (no hash table; gettext does not need one).

    Keys are ``msgctxt\\x04msgid`` (and ``msgid\\x00msgid_plural``) encoded as UTF-8 and
    sorted bytewise, as the format requires for binary search.
    """
    messages: dict[bytes, bytes] = {}
    fuzzy = untranslated = 0
    if po.header is not None:
        # Like msgfmt, leave out the template date: it changes nothing a reader needs.
        header = "".join(line for line in po.header.msgstr.splitlines(keepends=True)
                         if not line.startswith("POT-Creation-Date:"))
        # Every message is written in UTF-8, whatever charset the catalogue's header
        # names: a header an editor set to ISO-8859-1 over a file whose bytes are UTF-8
        # (read as UTF-8) would make gettext read every accent as two letters ("mÃ¡xima").
        header = _CHARSET_RE.sub("charset=UTF-8", header)
        messages[b""] = header.encode("utf-8")
    for entry in po.live():
        if not entry.translated:
            untranslated += 1
            continue
        if entry.fuzzy and not include_fuzzy:
            fuzzy += 1
            continue
        value = "\0".join(entry.msgstr_plural) if entry.msgid_plural is not None \
            else entry.msgstr
        messages[mo_key(entry.msgctxt, entry.msgid, entry.msgid_plural)] = \
            value.encode("utf-8")
    keys = sorted(messages)
    count = len(keys)
    originals_at = 7 * 4
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    tables = [b"", b""]
    blobs = bytearray()
    for column, strings in enumerate((keys, [messages[k] for k in keys])):
        table = bytearray()
        for string in strings:
            table += struct.pack("<II", len(string), data_at + len(blobs))
            blobs += string + b"\0"
        tables[column] = bytes(table)
    head = struct.pack("<7I", MAGIC, 0, count, originals_at, translations_at, 0, data_at)
    compiled = count - (1 if b"" in messages else 0)
    result = CompileResult(mo_path=Path(), compiled=compiled, fuzzy=fuzzy,
                           untranslated=untranslated)
    return head + tables[0] + tables[1] + bytes(blobs), result


def compile_catalog(po_path: Path, mo_path: Path | None = None, *,
                    include_fuzzy: bool = False, po: PoFile | None = None,
                    lost: Iterable[PoEntry] = (),
                    suggested: Collection[tuple[str | None, str]] = (),
                    write_empty: bool = True,
                    others: Callable[[], Iterable[PoFile]] = tuple) -> CompileResult:
    """Compile ``po_path`` to ``mo_path`` (default: beside it, ``.mo``), atomically;
    ``po`` is the catalogue at ``po_path`` as the caller already read it, ``lost``
    the entries with editors' work it lost since the last run (see :mod:`.kept`),
    which tell a message the file lost from one removed on purpose; ``suggested``, the
    (msgctxt, msgid) of fuzzy entries whose msgstr is cms-i18n's suggestion, as the
    translation memory's record says, which tell a withdrawn review from one an editor
    flagged fuzzy.  ``write_empty=False``: a catalogue with no message to compile gets
    no ``.mo`` where there is none (one there is replaced, as the catalogue says).
    ``others``: the language's other catalogues, read only when a message seems gone,
    to tell a message whose document moved to one of them from one removed."""
    po_path = Path(po_path)
    mo_path = Path(mo_path) if mo_path is not None else po_path.with_suffix(".mo")
    if po is None:
        po = read_po(po_path)
    data, result = mo_bytes(po, include_fuzzy=include_fuzzy)
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except Exception as exc:  # a bad Plural-Forms expression, mostly
        line = po.header.line if po.header is not None else None
        raise CatalogError(f"compiled catalogue does not load with gettext: {exc}",
                           path=po_path, line=line) from None
    if not write_empty and not result.compiled and not mo_path.exists():
        return CompileResult(mo_path=mo_path, compiled=0, fuzzy=result.fuzzy,
                             untranslated=result.untranslated, written=False)
    before = mo_keys(mo_path)
    write_atomic(mo_path, data)
    dropped = why_dropped(po, before - _keys(data), lost, suggested, others, before) \
        if before is not None else Dropped()
    return CompileResult(mo_path=mo_path, compiled=result.compiled, fuzzy=result.fuzzy,
                         untranslated=result.untranslated, made_fuzzy=dropped.source_changed,
                         replaced=len(before) if before is not None else None,
                         dropped=dropped)


def why_dropped(po: PoFile, keys: Iterable[bytes], lost: Iterable[PoEntry] = (),
                suggested: Collection[tuple[str | None, str]] = (),
                others: Callable[[], Iterable[PoFile]] = tuple,
                held: Collection[bytes] = ()) -> Dropped:
    """:class:`Dropped`: what became, in ``po``, of the messages of a ``.mo`` (by their
    :func:`mo_key`) that a new one compiled from it no longer holds; ``others``, the
    language's other catalogues, where a moved document's entries may be now; ``held``,
    every message of that ``.mo``: one of them is no renamed document's new entry."""
    live: dict[bytes, PoEntry] = {}
    changed: dict[bytes, PoEntry] = {}
    obsolete: set[bytes] = set()
    for entry in po.entries:
        key = mo_key(entry.msgctxt, entry.msgid, entry.msgid_plural)
        if entry.obsolete:
            obsolete.add(key)
            continue
        live[key] = entry
        if entry.previous_msgid is not None and entry.previous_msgid != entry.msgid:
            changed.setdefault(mo_key(entry.previous_msgctxt or entry.msgctxt,
                                      entry.previous_msgid, entry.previous_msgid_plural), entry)
    gone = {mo_key(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in lost
            if not entry.obsolete}
    counts = dict.fromkeys(("source_changed", "flagged_fuzzy", "withdrawn", "obsolete", "lost",
                            "removed", "superseded", "moved", "moved_away"), 0)
    unexplained = []
    retired: list[bytes] = []
    for key in keys:
        if key in live:
            entry = live[key]
            cause = "withdrawn" if not entry.translated or entry.key in suggested \
                else "flagged_fuzzy"
        elif key in changed:
            cause = "source_changed" if changed[key].fuzzy or not changed[key].translated \
                else "superseded"
        elif key in obsolete:
            retired.append(key)
            continue
        elif key in gone:
            cause = "lost"
        else:
            unexplained.append(key)
            continue
        counts[cause] += 1
    if unexplained or retired:
        moves = _Moves(po, others(), held)
        for key in unexplained:
            counts[moves.cause(key, suggested)] += 1
        for key in retired:
            # obsolete here, live in another catalogue of the language: its document moved
            # there (a layout switched), and is compiled there
            away = moves.live.get(key)
            counts[moves.cause(key, suggested) if away is not None and away[1]
                   else "obsolete"] += 1
    return Dropped(**counts)


def _keys(data: bytes) -> frozenset[bytes]:
    """The message keys of a ``.mo`` image, the header's ``""`` left out; an image
    that is no ``.mo`` file raises :class:`ValueError` (or :class:`struct.error`)."""
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == MAGIC else ">" if struct.unpack(">I", data[:4])[0] == MAGIC \
        else None
    if order is None:
        raise ValueError("not a .mo file")
    count, originals_at = struct.unpack(f"{order}II", data[8:16])
    keys = set()
    for index in range(count):
        length, offset = struct.unpack_from(f"{order}II", data, originals_at + 8 * index)
        if offset + length > len(data):
            raise ValueError("a message beyond the end of the file")
        keys.add(data[offset:offset + length])
    keys.discard(b"")
    return frozenset(keys)


def mo_keys(mo_path: Path) -> frozenset[bytes] | None:
    """The message keys of the ``.mo`` file at ``mo_path`` (:func:`mo_key`; its header
    not counted); None when there is no such file or it is no ``.mo`` file."""
    try:
        return _keys(Path(mo_path).read_bytes())
    except (OSError, ValueError, struct.error):
        return None


def mo_messages(mo_path: Path) -> int | None:
    """How many messages the ``.mo`` file at ``mo_path`` holds (its header not counted);
    None when there is no such file or it is no ``.mo`` file."""
    keys = mo_keys(mo_path)
    return len(keys) if keys is not None else None


class _Moves:
    """Where the messages of a document that moved are now: a page renamed (its entries
    under its new name, the ``msgctxt``, in the same catalogue) or sent to another
    catalogue file of its language (the same entries there)."""

    def __init__(self, po: PoFile, others: Iterable[PoFile], held: Collection[bytes]) -> None:
        self.held = held
        #: by mo_key, in any catalogue, and whether in another one than ``po``
        self.live: dict[bytes, tuple[PoEntry, bool]] = {}
        #: by msgid (and plural), any context
        self.by_text: dict[bytes, list[tuple[PoEntry, bool]]] = {}
        self.contexts: set[str | None] = set()     # the documents any catalogue holds
        for catalog, away in [(po, False), *((other, True) for other in others)]:
            for entry in catalog.entries:
                text = mo_key(None, entry.msgid, entry.msgid_plural)
                self.by_text.setdefault(text, []).append((entry, away))
                if not entry.obsolete:
                    self.live.setdefault(mo_key(entry.msgctxt, entry.msgid,
                                                entry.msgid_plural), (entry, away))
                    self.contexts.add(entry.msgctxt)

    def cause(self, key: bytes, suggested: Collection[tuple[str | None, str]]) -> str:
        """Why the message of ``key``, in no entry of its catalogue, is not compiled
        there: ``moved`` or ``moved_away`` where its entry is now compiled elsewhere,
        else what became of that entry (made fuzzy, withdrawn, obsolete), ``removed``
        where there is none.  A document renamed is one whose name no entry bears any
        more: a message of a document still there is no other document's, whatever its
        text."""
        context, _, text = key.rpartition(b"\x04")
        name = context.decode("utf-8") if b"\x04" in key else None
        found = self.live.get(key)
        if found is None and name not in self.contexts:
            # an entry the .mo already held is another document's text, not this one's
            candidates = [(e, away) for e, away in self.by_text.get(text, ())
                          if e.msgctxt != name and
                          mo_key(e.msgctxt, e.msgid, e.msgid_plural) not in self.held]
            found = next(((e, away) for e, away in candidates if not e.obsolete), None)
            if found is None and candidates:
                return "obsolete"       # moved, then its paragraph removed
        if found is None:
            return "removed"
        entry, away = found
        if entry.translated and not entry.fuzzy:
            return "moved_away" if away else "moved"
        return "withdrawn" if not entry.translated or entry.key in suggested \
            else "flagged_fuzzy"
