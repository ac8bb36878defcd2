"""Edits to single entries: what a review screen or a CMS sync saves into a catalogue.

A review screen approves, rewrites or rejects one entry at a time, and a CMS sync
brings in a text an editor typed in the CMS.  Each is a :class:`Change`; every
change goes through :func:`edit_catalog`, which reads the catalogue under its
lock, changes only the entries named, and writes atomically (and only when
something changed), like every other write of a catalogue.

Nothing a human typed is dropped: rejecting a reviewed translation makes it
fuzzy again, rejecting a machine suggestion keeps its text in a comment, a
conflict keeps both texts (the other one as a note), and a translation the
publishing gate refuses (:func:`~cms_i18n.catalog.checks.catalog_problems`) is
kept as the entry's draft, fuzzy, with the reason as a note, instead of being
either approved or thrown away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.catalog.checks import Problem
from cms_i18n.catalog.notes import (
    APPROVED_BEFORE_NOTE,
    DRAFT_NOTE,
    KEPT_BEFORE_NOTE,
    KEPT_TEXT_NOTE,
    KEPT_UNTIL_APPROVED,
    NO_LONGER_KEPT,
    REJECTED_NOTE,
    REPLACED_APPROVED_NOTE,
    REPLACED_ON_APPROVAL,
    REPLACED_TEXT_NOTE,
    SUGGESTION_NOTE,
    quote_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile
from cms_i18n.catalog.update import (
    GENERATOR,
    _read_existing,
    _write_if_changed,
    now_stamp,
)
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import locked

APPROVE, TRANSLATE, REJECT, CONFLICT, DRAFT = "approve", "translate", "reject", "conflict", \
    "draft"

Gate = Callable[[PoFile], Mapping[tuple[str, str], Sequence[Problem]]]
"""What may not be published in a catalogue: (msgctxt, msgid) → why, one finding each
(:func:`~cms_i18n.catalog.checks.refused_entries`)."""


@dataclass(frozen=True)
class Change:
    """One edit to the entry (``context``, ``source``).

    ``approve``: the translation as it stands becomes reviewed.
    ``translate``: ``text`` becomes the reviewed translation; made without
    ``expected`` (an edit made elsewhere, by someone not shown this entry), the
    reviewed translation it replaces stays quoted in a note.
    ``reject``: a reviewed translation becomes fuzzy again; a machine suggestion
    is emptied (its text kept in a comment).
    ``conflict``: the entry keeps its translation, flagged fuzzy, and ``text`` (what
    the other place says) is noted beside it.
    ``draft``: ``text`` becomes the translation, flagged fuzzy (a person's text that may
    not translate this source text: to review), no longer marked as carried from an
    earlier source text; an approved translation or a person's draft it replaces stays
    quoted in a note.

    ``note`` becomes a translator comment; a note starting like an earlier one
    (up to its first colon) replaces it, so repeated syncs do not pile up.
    ``expected`` (optional) is the translation the change was made against: when the
    entry now says something else, the change is not made (somebody saved first).
    ``keeps``: notes added as they are, each once, beside any of the same kind (the
    texts of people a change replaces, see :data:`~.notes.REPLACED_TEXT_NOTE`).
    """

    context: str
    source: str
    action: str
    text: str | None = None
    note: str | None = None
    expected: str | None = None
    keeps: tuple[str, ...] = ()


@dataclass
class EditResult:
    """Which changes were made, which were not (with the reason), and which were kept
    as drafts because the gate refuses to publish them (with its findings)."""

    done: list[Change] = field(default_factory=list)
    skipped: list[tuple[Change, str]] = field(default_factory=list)
    drafts: list[tuple[Change, list[str]]] = field(default_factory=list)
    written: bool = False


def edit_catalog(po_path: Path, changes: Sequence[Change], *, wait: float = 5.0,
                 gate: Gate | None = None) -> EditResult:
    """Apply ``changes`` to the catalogue at ``po_path`` under its lock, atomically.

    With ``gate``, an approval or a new translation is asked of the gate on the
    catalogue as it would be written: one it refuses keeps its text as a fuzzy draft
    and lands in ``drafts`` with the gate's findings, so an editor's words are never
    lost and never published broken.
    """
    po_path = Path(po_path)
    result = EditResult()
    with locked(po_path, wait=wait):
        existing = _read_existing(po_path)
        if existing is None:
            raise CatalogError("no catalogue here: run translate first", path=po_path)
        entries = [_copy(entry) for entry in existing.po.entries]
        index = {(e.msgctxt or "", e.msgid): e for e in entries
                 if not e.obsolete and e.msgid_plural is None}
        approved: dict[tuple[str, str], str] = {}     # what reviewed entries said before
        for change in changes:
            entry = index.get((change.context, change.source))
            if entry is None:
                result.skipped.append((change, "no such entry (the source text changed?)"))
                continue
            if change.expected is not None and entry.msgstr != change.expected:
                result.skipped.append((change, "the entry changed since it was shown"))
                continue
            if entry.reviewed:
                approved.setdefault((change.context, change.source), entry.msgstr)
            why = _apply(entry, change)
            if why:
                result.skipped.append((change, why))
            else:
                result.done.append(change)
        if result.done and gate is not None:
            _keep_refused_as_drafts(result, index, approved, gate(PoFile(
                header=existing.po.header, entries=entries, path=po_path)))
        for change in result.done:      # taken as asked: the draft's notes are outgrown
            if change.action in (APPROVE, TRANSLATE):
                _drop_notes(index[(change.context, change.source)],
                            DRAFT_NOTE, APPROVED_BEFORE_NOTE)
        if result.done or result.drafts:
            new = PoFile(header=existing.po.header, entries=entries, path=po_path)
            result.written = _write_if_changed(
                po_path, new, existing, {"PO-Revision-Date": now_stamp(),
                                         "X-Generator": GENERATOR})
    return result


def keep_obsolete(po_path: Path, changes: Sequence[Change], *, wait: float = 5.0) -> bool:
    """Put on file, in the catalogue at ``po_path``, texts whose source text is gone: each
    change's ``text`` (a translation a person typed, which a page is about to lose) with
    its ``note``, under the catalogue's lock, atomically; whether the file changed.

    The entry (``context``, ``source``) keeps the text as it is: one that already says
    it only gains the note; a live one (the merge has not retired it yet) that says
    something else keeps its own translation, the text in a note beside it; an obsolete
    one that says something else takes the text as a fuzzy msgstr
    and keeps what it said in a note (every earlier text so, each with who typed it:
    three copies of a page deleted in turn leave three texts); with no entry at all, a
    new obsolete one, fuzzy, holds it.  Fuzzy: nobody approved the text as a
    translation of the source, so if that text comes back the entry is a draft, not a
    publication.
    """
    po_path = Path(po_path)
    with locked(po_path, wait=wait):
        existing = _read_existing(po_path)
        if existing is None:
            raise CatalogError("no catalogue here: run translate first", path=po_path)
        entries = [_copy(entry) for entry in existing.po.entries]
        live = {(e.msgctxt or "", e.msgid): e for e in entries
                if not e.obsolete and e.msgid_plural is None}
        retired = {(e.msgctxt or "", e.msgid): e for e in entries
                   if e.obsolete and e.msgid_plural is None}
        for change in changes:
            key = (change.context, change.source)
            text = change.text or ""
            entry = live.get(key) or retired.get(key)
            if entry is None:
                entry = retired[key] = PoEntry(msgid=change.source, msgctxt=change.context,
                                               msgstr=text, flags=["fuzzy"], obsolete=True)
                entries.append(entry)
            elif " ".join(entry.msgstr.split()) == " ".join(text.split()):
                pass
            elif not entry.obsolete:        # the catalogue's text stays; the page's beside it
                _add_note(entry, KEPT_TEXT_NOTE + quote_note(text))
            else:
                if entry.msgstr.strip():
                    _add_note(entry, KEPT_BEFORE_NOTE + quote_note(entry.msgstr)
                              + _said_by(entry, change.note))
                entry.msgstr = text
                entry.fuzzy = True
            if change.note:
                _note(entry, change.note)
        new = PoFile(header=existing.po.header, entries=entries, path=po_path)
        return _write_if_changed(po_path, new, existing, {"PO-Revision-Date": now_stamp(),
                                                          "X-Generator": GENERATOR})


def _keep_refused_as_drafts(result: EditResult, index: Mapping[tuple[str, str], PoEntry],
                            approved: Mapping[tuple[str, str], str],
                            refused: Mapping[tuple[str, str], Sequence[Problem]]) -> None:
    """Turn the approvals and translations the gate refuses back into drafts; an
    approved translation a refused one replaces is kept in a note (an earlier such
    note stays until a translation is taken)."""
    for change in list(result.done):
        key = (change.context, change.source)
        found = refused.get(key)
        if change.action not in (APPROVE, TRANSLATE) or not found:
            continue
        entry = index[key]
        entry.fuzzy = True
        why = [problem.finding for problem in found]
        _note(entry, DRAFT_NOTE + "; ".join(why))
        before = approved.get(key)
        quoted = REPLACED_APPROVED_NOTE + quote_note(before or "")
        if before is not None and before != entry.msgstr and \
                quoted not in entry.translator_comments:
            _note(entry, APPROVED_BEFORE_NOTE + quote_note(before))
        result.done.remove(change)
        result.drafts.append((change, why))


def _apply(entry: PoEntry, change: Change) -> str | None:
    """Change ``entry`` in place; a reason when the change cannot be made."""
    if change.action == APPROVE:
        if not entry.translated:
            return "nothing to approve: the entry has no translation"
        entry.fuzzy = False
        _approved_over_a_conflict(entry)
    elif change.action == TRANSLATE:
        if not change.text or not change.text.strip():
            return "an empty translation is not saved (reject the entry instead)"
        if change.expected is None:
            # made outside the catalogue, by someone not shown this entry
            _keep_replaced(entry, change.text)
        entry.msgstr = change.text
        entry.fuzzy = False
        _approved_over_a_conflict(entry)
    elif change.action == DRAFT:
        if not change.text or not change.text.strip():
            return "an empty draft is not saved"
        _keep_replaced(entry, change.text)
        entry.msgstr = change.text
        entry.fuzzy = True
        # no longer the translation of the earlier source text carried over (``#| msgid``),
        # which an approval of it unchanged would publish as such: a person's, to review
        entry.previous_msgid = entry.previous_msgctxt = None
    elif change.action == REJECT:
        if entry.reviewed:
            entry.fuzzy = True
        elif entry.translated:
            _note(entry, REJECTED_NOTE + quote_note(entry.msgstr))
            entry.msgstr = ""
            entry.fuzzy = False
        else:
            return "nothing to reject: the entry has no translation"
    elif change.action == CONFLICT:
        if change.text is None:
            return "a conflict needs the other text"
        entry.fuzzy = bool(entry.translated)
    else:
        raise ValueError(f"unknown change {change.action!r}")
    if change.note and change.action == CONFLICT:
        _keep_conflict_note(entry, change.note)
    elif change.note:
        _note(entry, change.note)
    for kept in change.keeps:
        if kept not in entry.translator_comments:
            entry.translator_comments.append(kept)
    return None


def _keep_replaced(entry: PoEntry, text: str) -> None:
    """Before ``text`` replaces the entry's translation: its approved text, or a draft a
    person typed, stays quoted in a note (each such text, not only the last)."""
    if entry.msgstr.strip() and entry.msgstr.split() != text.split() and \
            (entry.reviewed or _persons_draft(entry)):
        kept = (REPLACED_APPROVED_NOTE if entry.reviewed else REPLACED_TEXT_NOTE) \
            + quote_note(entry.msgstr)
        if kept not in entry.translator_comments:
            entry.translator_comments.append(kept)


def _persons_draft(entry: PoEntry) -> bool:
    """Whether a draft's text is a person's, as the entry's notes tell: one held in a
    conflict beside the page's text, one a review saved that the checks held back as a
    draft, or one a run found typed (it offered the engine's beside it).  A machine's
    draft is the engine's, and the memory has it."""
    if not entry.fuzzy or not entry.translated:
        return False
    if any(KEPT_UNTIL_APPROVED in comment or comment.startswith(DRAFT_NOTE)
           for comment in entry.translator_comments):
        return True
    return any(note.startswith(SUGGESTION_NOTE) for note in entry.extracted_comments)


def _approved_over_a_conflict(entry: PoEntry) -> None:
    """A conflict's note said the page keeps its text until the entry is approved: once
    it is (approved as it stands, or a text typed and saved), it no longer does, and the
    page's text stays quoted in the note."""
    entry.translator_comments = [c.replace(KEPT_UNTIL_APPROVED, REPLACED_ON_APPROVAL)
                                 for c in entry.translator_comments]


def _keep_conflict_note(entry: PoEntry, note: str) -> None:
    """A conflict's note, beside the earlier ones: each quotes a text a person typed (a page's
    text a later save took off it, a restored revision's), which a note of the same kind
    replacing it would lose.  An earlier note that said the page keeps its text no longer
    does: the newer conflict's text is the page's now."""
    if note in entry.translator_comments:
        return
    entry.translator_comments = [comment.replace(KEPT_UNTIL_APPROVED, NO_LONGER_KEPT)
                                 for comment in entry.translator_comments]
    entry.translator_comments.append(note)


def _add_note(entry: PoEntry, note: str) -> None:
    """Add a translator comment beside the others of its kind: each text a page lost into
    an entry stays quoted, however many pages lose one into it in turn."""
    if note not in entry.translator_comments:
        entry.translator_comments.append(note)


def _said_by(entry: PoEntry, note: str | None) -> str:
    """Who typed the text an entry is about to hand to a later one: the earlier filing's
    note of the same kind as ``note``, taken off the entry, as the tail of the quote
    that keeps the text (each filing names its own typist; without it the next one's
    note would stand alone over two texts)."""
    if not note:
        return ""
    kind = note.split(":", 1)[0] + ":"
    earlier = [c for c in entry.translator_comments if c.startswith(kind)]
    if not earlier:
        return ""
    _drop_notes(entry, kind)
    return " — " + "; ".join(earlier)


def _note(entry: PoEntry, note: str) -> None:
    """Add a translator comment, replacing an earlier one of the same kind."""
    _drop_notes(entry, note.split(":", 1)[0] + ":")
    entry.translator_comments.append(note)


def _drop_notes(entry: PoEntry, *kinds: str) -> None:
    """Remove the translator comments of these kinds (notes the entry outgrew)."""
    entry.translator_comments = [c for c in entry.translator_comments
                                 if not c.startswith(kinds)]


def _copy(entry: PoEntry) -> PoEntry:
    return PoEntry(**{**entry.__dict__, "flags": list(entry.flags),
                      "translator_comments": list(entry.translator_comments),
                      "extracted_comments": list(entry.extracted_comments),
                      "references": list(entry.references),
                      "msgstr_plural": list(entry.msgstr_plural)})
