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
import struct
from dataclasses import dataclass
from pathlib import Path

from cms_i18n.catalog.po import PoFile, read_po
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import write_atomic

MAGIC = 0x950412DE


@dataclass(frozen=True)
class CompileResult:
    """What went into a ``.mo`` file: ``compiled`` messages, ``fuzzy`` and
    ``untranslated`` ones left out; of the fuzzy ones, ``made_fuzzy`` were made fuzzy
    by a change of their source text (their ``#| msgid`` is the text they were
    written for); ``replaced``, the messages of the ``.mo`` this one replaced (None
    when there was none, or it could not be read)."""

    mo_path: Path
    compiled: int
    fuzzy: int
    untranslated: int
    made_fuzzy: int = 0
    replaced: int | None = None


def mo_bytes(po: PoFile, *, include_fuzzy: bool = False) -> tuple[bytes, CompileResult]:
    """The ``.mo`` image of a parsed catalogue (no hash table; gettext does not need one).

    Keys are ``msgctxt\\x04msgid`` (and ``msgid\\x00msgid_plural``) encoded as UTF-8 and
    sorted bytewise, as the format requires for binary search.
    """
    messages: dict[bytes, bytes] = {}
    fuzzy = untranslated = made_fuzzy = 0
    if po.header is not None:
        # Like msgfmt, leave out the template date: it changes nothing a reader needs.
        header = "".join(line for line in po.header.msgstr.splitlines(keepends=True)
                         if not line.startswith("POT-Creation-Date:"))
        messages[b""] = header.encode("utf-8")
    for entry in po.live():
        if not entry.translated:
            untranslated += 1
            continue
        if entry.fuzzy and not include_fuzzy:
            fuzzy += 1
            if entry.previous_msgid is not None and entry.previous_msgid != entry.msgid:
                made_fuzzy += 1
            continue
        key = entry.msgid
        if entry.msgid_plural is not None:
            key += "\0" + entry.msgid_plural
            value = "\0".join(entry.msgstr_plural)
        else:
            value = entry.msgstr
        if entry.msgctxt is not None:
            key = entry.msgctxt + "\x04" + key
        messages[key.encode("utf-8")] = value.encode("utf-8")
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
                           untranslated=untranslated, made_fuzzy=made_fuzzy)
    return head + tables[0] + tables[1] + bytes(blobs), result


def compile_catalog(po_path: Path, mo_path: Path | None = None, *,
                    include_fuzzy: bool = False) -> CompileResult:
    """Compile ``po_path`` to ``mo_path`` (default: beside it, ``.mo``), atomically."""
    po_path = Path(po_path)
    mo_path = Path(mo_path) if mo_path is not None else po_path.with_suffix(".mo")
    po = read_po(po_path)
    data, result = mo_bytes(po, include_fuzzy=include_fuzzy)
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except Exception as exc:  # a bad Plural-Forms expression, mostly
        line = po.header.line if po.header is not None else None
        raise CatalogError(f"compiled catalogue does not load with gettext: {exc}",
                           path=po_path, line=line) from None
    replaced = mo_messages(mo_path)
    write_atomic(mo_path, data)
    return CompileResult(mo_path=mo_path, compiled=result.compiled, fuzzy=result.fuzzy,
                         untranslated=result.untranslated, made_fuzzy=result.made_fuzzy,
                         replaced=replaced)


def mo_messages(mo_path: Path) -> int | None:
    """How many messages the ``.mo`` file at ``mo_path`` holds (its header not counted);
    None when there is no such file or it is no ``.mo`` file."""
    try:
        with Path(mo_path).open("rb") as handle:
            head = handle.read(7 * 4)
            if len(head) < 7 * 4:
                return None
            magic = struct.unpack("<I", head[:4])[0]
            order = "<" if magic == MAGIC else ">" if struct.unpack(">I", head[:4])[0] \
                == MAGIC else None
            if order is None:
                return None
            _, _, count, originals_at = struct.unpack(f"{order}4I", head[:16])
            if count == 0:
                return 0
            handle.seek(originals_at)
            first = handle.read(8)
            if len(first) < 8:
                return None
            first_length = struct.unpack(f"{order}I", first[:4])[0]
    except OSError:
        return None
    return count - (1 if first_length == 0 else 0)      # the header's key is "", first
