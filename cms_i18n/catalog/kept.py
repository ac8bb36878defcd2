"""The editors' work in each catalogue as the last run left it, to bring back what vanished.

A catalogue can lose entries without anyone deciding so: a crashed save leaves it
empty, a stray ``>`` truncates it, a sync keeps half of it.  Cut at an entry
boundary it is still valid PO, so nothing in the file says that work is missing,
and a run that merged it as it stands would rebuild the lost units as machine
drafts: approved translations back only as fuzzy suggestions, translator comments
and obsolete entries gone for good.

So ``translate`` keeps, beside its other state in the site's ``.cms-i18n/``
folder, a copy of every entry that holds an editor's work, as the run left the
catalogue (``.cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po``, a PO file any
tool reads).  An entry holds an editor's work when it has a reviewed msgstr, a
draft cms-i18n did not write, a translator comment (``# …``), the reviewed
translation of its previous text, or is obsolete with a translation.  Machine
drafts are not kept: the next run makes them again from the translation memory.

Before the next merge, the entries of that copy that are **absent** from the file
on disk are brought back with their state and comments, and the run says so.  An
entry that is there, edited or not, is the editor's and the copy never touches it:
the file on disk wins for every entry it still has.  Absent means no entry with the
same msgctxt and msgid, live or obsolete, and none naming it as its previous text
(``#| msgid``: ``msgmerge`` matched it to a changed source text).

An entry the last run moved to a changed source text (``#| msgid`` naming the old one)
is absent too when the file on disk holds the old text's entry instead: a copy of the
catalogue from before that run, put back with an editor's later work in it.  The
file's entry is then the newer work and the merge moves it as it moved the other; the
copy's text, when it differs, stays on it as a translator comment ("another translation
an editor wrote for the earlier text, kept: …"), and the run says so.

So is an entry of a document the last run renamed (its file moved, see :mod:`.moves`)
when the file on disk holds that document's entries under its old name instead, and no
entry under the new one: a copy of the catalogue from before the rename, saved back with
an editor's later work in it.  The file's entries follow the document to its new name, as
the run that renamed it moved the others; the copy's text, when it differs, stays on
each as a translator comment, and the run says so.  An entry only the copy holds (a
paragraph reviewed since the rename) comes back beside them.

An entry whose editor's work (a reviewed translation, a draft an editor typed) the copy
holds is lost too when the file's entry of the same text holds a machine draft again,
fuzzy and with no translator comment: no editor types cms-i18n's own draft back over a
text, but a copy of the catalogue taken before that work and put back over it
(``cp``, a sync, a revert) does exactly that.  The copy's entry takes its place, with
its state, and the run says so, naming the line; an editor who wants that work gone
edits or clears the entry instead (an edit is kept), or marks it fuzzy (kept too).  In a
file that shows such a copy put back, a machine draft the copy holds approved as it was
(an editor approved cms-i18n's text unchanged) and the file holds fuzzy again is that
copy's too, and is approved again.
So does the machine's own translation approved unchanged, where the copy holds an
editor's approved text: a copy taken after an editor approved the engine's draft and before a
colleague typed her own, saved back (no editor types the engine's words over a
colleague's text); hers comes back, the machine's text beside it as a translator comment.
Telling a machine draft needs the record of what cms-i18n wrote (``machine``); without
it the file's entry stays, the safe side.

A file cut short inside an entry ends with the first lines of its msgstr, still valid
PO: its last entry's text is the start of the one the copy has (or of the draft the last
run wrote there).  Where the entries after it are gone too, the file was cut: that entry
gets its whole text back, and the run names it.  Where nothing else is gone and the text
ends as a wrapped line does (a space, a line break), it may be a cut or an editor who
deleted the text's last lines: the shorter text stays, flagged fuzzy, the whole one quoted
beside it, and the editor approves the one they mean.

Obsolete entries come back only when live ones were lost too.  An editor who purges
them on purpose (``msgattrib --no-obsolete``, Poedit's "purge deleted
translations") leaves every live entry in place, and the run takes that as their
decision: the entries are forgotten, with a note.  A file cut short loses live
entries as well, and then everything it lost comes back.

``translate`` writes the copy as it merges.  Reviews made since (an editor approves
entries, then compiles and publishes them) would not be in it, and a file lost
before the next ``translate`` would take them along; so ``compile`` and ``apply``,
which write into the site anyway, record the catalogue's editors' work as they read
it (:func:`record_kept`), with the same writer and the same record of who wrote
each draft, but only from a file that lost nothing the copy has: a copy is never
overwritten from a file that lost entries, whose copy is what brings them back.  A
catalogue outside the site's folder (``--locale-dir`` elsewhere) is left to
``translate``: those commands write nothing of it into the folder they run in.
``status`` and ``check`` compare the catalogue they read with the copy
(:func:`lost_entries`) and write nothing.  A catalogue with no copy yet (written
before its editors' work was kept) gets its first one from the next ``compile``,
``apply`` or ``translate``.

To drop lost entries for good, delete them from the catalogue and delete its copy
under ``.cms-i18n/catalogs/`` before the next run (a reviewed translation an editor
no longer wants is better cleared or marked fuzzy: that is an edit, and it is kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cms_i18n.catalog.merge import renamed_context, renamed_entry, words_in_order
from cms_i18n.catalog.notes import (
    APPROVED_BEFORE_NOTE,
    CONFLICT_OPENING,
    CUT_NOTE,
    EARLIER_COPY_NOTE,
    EARLIER_JOINED_NOTE,
    JOINED_HALF_NOTE,
    JOINED_NOTE,
    KEPT_BEFORE_NOTE,
    KEPT_TEXT_NOTE,
    OTHER_TRANSLATION_NOTE,
    PREVIOUS_NOTE,
    REJECTED_NOTE,
    REPLACED_APPROVED_NOTE,
    REPLACED_TEXT_NOTE,
    SPLIT_NOTE,
    quote_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile, decode_po, format_entry, parse_po
from cms_i18n.catalog.status import document_of
from cms_i18n.errors import CatalogError, UserError
from cms_i18n.fileio import file_stamp, locked, shown_path, write_if_changed

if TYPE_CHECKING:
    from cms_i18n.catalog.merge import Authorship


#: The translator comments a run writes on a draft it made of an editor's texts (a joined
#: or a split paragraph's): no editor's word on the entry.
_RUN_COMMENTS = (JOINED_NOTE, EARLIER_JOINED_NOTE, JOINED_HALF_NOTE, SPLIT_NOTE)


def _commented(entry: PoEntry) -> bool:
    """Whether an editor wrote a translator comment on ``entry``: its text is then their
    work in hand, whatever the copy holds.  The notes a run writes there are none."""
    return any(not comment.startswith(_RUN_COMMENTS) for comment in entry.translator_comments)


def holds_work(entry: PoEntry, is_ours: Callable[[PoEntry], bool]) -> bool:
    """Whether ``entry`` holds something an editor typed or approved; ``is_ours`` tells
    a fuzzy msgstr cms-i18n suggested from an editor's draft."""
    if entry.translator_comments:
        return True
    if any(comment.startswith(PREVIOUS_NOTE) for comment in entry.extracted_comments):
        return True
    if not entry.translated:
        return False
    if entry.obsolete or not entry.fuzzy:
        return True
    return not is_ours(entry)


def save_kept(path: Path, catalog: PoFile, is_ours: Callable[[PoEntry], bool]) -> str | None:
    """Write the copy of ``catalog``'s entries that hold an editor's work (the header
    too); a warning when it cannot be written (the run goes on without it)."""
    entries = [entry for entry in catalog.entries if holds_work(entry, is_ours)]
    parts = [format_entry(catalog.header)] if catalog.header is not None else []
    parts += [format_entry(entry) for entry in entries]
    try:
        write_if_changed(path, "\n".join(parts))
    except (OSError, UserError) as exc:
        reason = exc.format() if isinstance(exc, UserError) else str(exc)
        return (f"the copy of the editors' work could not be written ({reason}); entries "
                "this catalogue loses before the next run cannot be brought back")
    return None


def read_kept(path: Path) -> PoFile | None:
    """The copy, or None when there is none or it cannot be read (it is only a help)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return parse_po(decode_po(data, path), path)
    except CatalogError:
        return None


@dataclass
class Lost:
    """Entries with an editor's work the copy has and the file on disk does not.

    ``entries`` are the ones to bring back; ``reverted``, the copy's entries whose entry in
    the file holds a machine draft again, each with that entry (see above); ``forgotten``,
    obsolete entries removed
    while every live one stayed (taken as an editor's purge, not brought back);
    ``read``, whether a copy was there and could be read.  ``superseded``: the copy's
    entries moved to a changed source text, each with the file's entry of the old text
    that takes its place (a copy from before the move, put back with newer work).
    """

    kept: Path
    entries: list[PoEntry] = field(default_factory=list)
    header: PoEntry | None = None
    forgotten: int = 0
    read: bool = False
    superseded: list[tuple[PoEntry, PoEntry]] = field(default_factory=list)
    #: Documents the last run renamed whose entries the file holds under the old name
    #: (old id → new id), and the copy's entries under the new name each with the file's
    #: entry that takes its place: a copy from before the rename, put back with newer work.
    renamed: dict[str, str] = field(default_factory=dict)
    carried: list[tuple[PoEntry, PoEntry]] = field(default_factory=list)
    reverted: list[tuple[PoEntry, PoEntry]] = field(default_factory=list)
    #: In a file that shows an older copy put back (``reverted``), the copy's entries whose
    #: entry in the file holds another editor's text: two editors' texts for one entry,
    #: the file's stays and the copy's goes beside it as a translator comment.
    beside: list[tuple[PoEntry, PoEntry]] = field(default_factory=list)
    #: The copy's reviewed translations of entries the file holds empty, by (msgctxt,
    #: msgid): a review an editor cleared, or one an older copy never had (``msgmerge``
    #: adds a paragraph written since with an empty msgstr).  Which it was, the file does
    #: not say: the run puts the review back as a draft, so nothing typed is lost and
    #: nothing is published that an editor may have withdrawn.
    emptied: dict[tuple[str | None, str], str] = field(default_factory=dict)
    #: The copy's reviewed translations of its live entries, by (msgctxt, msgid): what the
    #: editors had approved when the last command read the file, which a ``msgmerge``
    #: since may have marked fuzzy or moved onto another text (see :func:`.merge.merge`).
    approved: dict[tuple[str | None, str], str] = field(default_factory=dict)
    #: Entries ``msgcat`` merged from two files that disagreed: every text in one msgstr
    #: between its ``#-#-#-#-#`` lines, fuzzy.  Each with the copy's entry to put back,
    #: whose reviewed text is one of them, the others beside it as translator comments.
    merged: list[tuple[PoEntry, PoEntry]] = field(default_factory=list)
    #: The file's last entry, cut short inside its msgstr, with what takes its place: a
    #: file that lost the entries after it, whose last translation is the start of the one
    #: the last run kept (or wrote) there, was cut there, and gets the whole text back
    #: (``cut_whole``); one that lost nothing else may be an editor's shortening too, and
    #: keeps its text, flagged, the whole one quoted beside it.
    cut: tuple[PoEntry, PoEntry] | None = None
    cut_whole: bool = False
    #: The file's entries that lost notes holding a person's text the copy has (an older
    #: copy saved over them), each with those notes, put back on them.
    notes: list[tuple[PoEntry, list[str]]] = field(default_factory=list)
    #: The file's entries the copy has approved, with the same text, that are fuzzy again
    #: as the last run wrote them, in a file that shows no older copy put back: an
    #: editor's withdrawal of the approval, or a copy taken before it and put back over
    #: it.  The file does not say which: the withdrawal stands, and the run names them.
    withdrawn: list[PoEntry] = field(default_factory=list)

    def withdrawn_line(self, po_path: Path) -> str:
        """What ``translate`` and ``status`` say of the approvals the file holds no more."""
        count = len(self.withdrawn)
        return (f"{shown_path(po_path)}:{self.withdrawn[0].line}: {count} entr"
                f"{'y' if count == 1 else 'ies'} approved when last seen (by translate, "
                f"compile or apply) {'is' if count == 1 else 'are'} fuzzy again, the text "
                "unchanged: taken as an editor's withdrawal of the approval; if a copy of the "
                "catalogue taken before the approval was put back, approve again")

    @property
    def moved_back(self) -> bool:
        """Whether the file holds older entries in the place of the copy's moved ones (to a
        changed source text, ``superseded``; to a renamed document, ``carried``): an older
        copy put back, whose newer work the run moves as it moved the rest."""
        return bool(self.superseded or self.carried)

    @property
    def missing(self) -> bool:
        """Whether the file lacks an editor's work the copy has: it is not to be published
        or compiled as it stands, nor recorded over the copy."""
        return bool(self.entries or self.reverted or self.merged or self.cut)

    def cut_line(self, po_path: Path) -> str:
        """The one warning ``translate`` prints of an entry the file ends inside."""
        assert self.cut is not None
        where = (f"{shown_path(po_path)}:{self.cut[1].line}: the file ends inside this entry, "
                 "its translation the start of the one the last run kept there")
        if self.cut_whole:
            return where + ": the whole text brought back, with the entries cut off after it"
        return (where + " (a save cut short, or an editor's shortening?): the shorter text "
                "stays, flagged fuzzy, and the whole one is quoted beside it; approve the one "
                "you mean")

    def merged_line(self, po_path: Path) -> str:
        """What ``translate`` says of the entries ``msgcat`` merged."""
        count = len(self.merged)
        return (f"{shown_path(po_path)}:{self.merged[0][1].line}: {count} entr"
                f"{'y holds' if count == 1 else 'ies hold'} the texts of two catalogues "
                "msgcat merged, fuzzy, between its '#-#-#-#-#' lines: the reviewed text the "
                "last run kept is the translation again, and the other text a translator "
                "comment beside it")

    def superseded_line(self, po_path: Path) -> str:
        """The note ``translate`` prints for the entries the file's older ones replace."""
        count = len(self.superseded)
        first = self.superseded[0][1]
        return (f"{shown_path(po_path)}:{first.line}: {count} entr"
                f"{'y' if count == 1 else 'ies'} of a source text the last run had moved to "
                "its new text came back as the older text's entry, with an editor's work in "
                "it: that work is the draft of the new text now, and the text the last run "
                "had there, where it differs, a translator comment beside it")

    def carried_line(self, po_path: Path) -> str:
        """The note ``translate`` prints for the entries that came back under a renamed
        document's old name."""
        count = len(self.carried)
        names = ", ".join(f"{old} → {new}" for old, new in sorted(self.renamed.items()))
        return (f"{shown_path(po_path)}:{self.carried[0][1].line}: {count} entr"
                f"{'y' if count == 1 else 'ies'} of a document the last run had renamed "
                f"({names}) came back under its old name, with an editor's work in it (a "
                "copy of the catalogue from before the rename, saved back?): that work "
                "follows the document to its new name, and the text the last run had there, "
                "where it differs, is a translator comment beside it")

    def counts(self, entries: Sequence[PoEntry] | None = None) -> str:
        """``5 reviewed, 2 drafts, 4 obsolete; 3 with translator comments`` (of the lost
        entries, or of ``entries``)."""
        entries = self.entries if entries is None else entries
        live = [entry for entry in entries if not entry.obsolete]
        drafts = sum(e.translated and e.fuzzy for e in live)
        parts = [f"{sum(e.reviewed for e in live)} reviewed",
                 f"{drafts} draft{'s' * (drafts != 1)}",
                 f"{sum(e.obsolete for e in entries)} obsolete"]
        commented = sum(bool(e.translator_comments) for e in entries)
        return ", ".join(parts) + (f"; {commented} with translator comments"
                                   if commented else "")

    def _reverted_phrase(self) -> str:
        """``holds earlier texts again in 2 entries where the last run kept editors' newer
        work (…), from line 12``."""
        count = len(self.reverted)
        copied = [copied for copied, _entry in self.reverted]
        return (f"holds earlier texts again in {count} entr{'y' if count == 1 else 'ies'} "
                f"where the last run kept editors' newer work ({self.counts(copied)}), from line "
                f"{self.reverted[0][1].line} (a copy of the catalogue taken before that work, "
                "put back?)")

    def reverted_line(self, po_path: Path) -> str:
        """The one warning ``translate`` prints when it brought the reverted work back."""
        count = len(self.reverted)
        return (f"{shown_path(po_path)}:{self.reverted[0][1].line}: {count} entr"
                f"{'y' if count == 1 else 'ies'} held an earlier text again (a machine draft, "
                "an editor's draft an earlier run carried, or an editor's earlier "
                "translation) where the last run kept editors' "
                f"newer work ({self.counts([c for c, _e in self.reverted])}), as a copy of "
                "the catalogue taken before that work does: brought back from "
                f"{shown_path(self.kept)}; to drop that work, edit or clear those entries "
                "(an edit is kept; to go back to an earlier text kept beside as a note, type "
                "it again under that note)" + (
                    f"; {len(self.beside)} more hold another editor's text than the last run "
                    "kept: the file's text stays, the other beside it as a translator comment"
                    if self.beside else ""))

    def what_is_missing(self, *, empty: bool = False) -> str:
        """What the file lacks, for ``status``, ``check`` and ``compile``: ``lost 3
        entries with editors' work compared with the last run (…)``, ``holds machine
        drafts again in …``, or both."""
        parts = []
        if self.entries:
            count = len(self.entries)
            parts.append(f"{' is empty: it' if empty else ''} lost {count} "
                         f"entr{'y' if count == 1 else 'ies'} with editors' work compared "
                         f"with the last run ({self.counts()})")
        if self.reverted:
            parts.append(f"{' and' if parts else ''} {self._reverted_phrase()}")
        if self.cut is not None:
            parts.append(f"{' and' if parts else ''} ends inside the entry at line "
                         f"{self.cut[1].line}, its translation cut short")
        if self.merged:
            count = len(self.merged)
            parts.append(f"{' and' if parts else ''} holds in {count} entr"
                         f"{'y' if count == 1 else 'ies'} the texts of two catalogues msgcat "
                         f"merged, fuzzy, from line {self.merged[0][1].line}, where the last "
                         "run kept a reviewed one")
        return "".join(parts)

    def restored_line(self, po_path: Path) -> str:
        """The one warning ``translate`` prints when it brought entries back."""
        count = len(self.entries)
        return (f"{shown_path(po_path)} had lost {count} entr{'y' if count == 1 else 'ies'} "
                f"with editors' work since the last run ({self.counts()}): brought back "
                f"from {shown_path(self.kept)}; to drop them for good, delete them again "
                "and delete that copy before the next run")

    def notes_line(self, po_path: Path) -> str:
        """What ``translate`` says of the notes holding a person's text it put back."""
        count = len(self.notes)
        return (f"{shown_path(po_path)}:{self.notes[0][0].line}: {count} entr"
                f"{'y' if count == 1 else 'ies'} had lost notes that keep a person's text "
                "(a save typed over, a rejected suggestion, another editor's text) since the "
                f"last run, as an older copy of the catalogue does: brought back from "
                f"{shown_path(self.kept)}")

    def beside_line(self, po_path: Path) -> str:
        """What ``translate`` says of the reviews another text replaced, kept beside it."""
        count = len(self.beside)
        return (f"{shown_path(po_path)}:{self.beside[0][1].line}: {count} entr"
                f"{'y holds' if count == 1 else 'ies hold'} another translation (approved or a "
                "draft) than the one the last run kept approved there, written anew rather than "
                "edited (another editor's copy merged or saved over it?): the file's text "
                "stays, the approved one is a translator comment beside it (beside a draft, "
                "still the one apply publishes until the draft is approved); delete the "
                "comment if the new text replaces it")

    def missing_line(self, po_path: Path, *, empty: bool = False) -> str:
        """What ``status`` and ``check`` say of a catalogue that lost entries (``empty``:
        all of them, the file holds no entry)."""
        return (f"{shown_path(po_path)}{self.what_is_missing(empty=empty)}; "
                f"`cms-i18n translate` brings them back from {shown_path(self.kept)}")

    def forgotten_line(self, po_path: Path) -> str:
        count = self.forgotten
        return (f"{count} obsolete entr{'y' if count == 1 else 'ies'} removed from "
                f"{shown_path(po_path)} since the last run, the live ones all there: "
                "taken as a purge, not brought back")


def empty_line(po_path: Path, lost: Lost) -> str:
    """What ``check`` says of a catalogue that holds no entry (a crashed save, a file
    cut short), with what it lost compared with the copy."""
    if lost.entries:
        return lost.missing_line(po_path, empty=True)
    return (f"{shown_path(po_path)} is empty, it holds no entries (a crashed save, a file cut "
            "short?): restore it from a backup or version control, or run `cms-i18n "
            "translate` to rebuild it")


#: The line ``msgcat`` writes before each file's text where two files disagree.
_MSGCAT_MARK = re.compile(r"#-#-#-#-#  .*?  #-#-#-#-#\n")


def msgcat_texts(msgstr: str) -> list[str] | None:
    """The texts ``msgcat`` put in one msgstr where the files it merged disagreed, or
    None when it holds no such marks.

    >>> msgcat_texts("#-#-#-#-#  a.po (x)  #-#-#-#-#\\nUno\\n#-#-#-#-#  b.po (x)  #-#-#-#-#\\nDos")
    ['Uno', 'Dos']
    >>> msgcat_texts("Uno") is None
    True
    """
    if not msgstr.startswith("#-#-#-#-#"):
        return None
    parts = [part.removesuffix("\n") for part in _MSGCAT_MARK.split(msgstr)]
    texts = [part for part in parts if part]
    return texts or None


def rewritten_from(text: str, earlier: str) -> bool:
    """Whether ``text`` reads as an edit of ``earlier`` (four in five of its words kept in
    order: a word or a few changed, a clause added) rather than another translation of
    the same source, which shares its names and little words only.

    >>> rewritten_from("Samedi, Abiy a remercié les dirigeants africains.",
    ...                "Samedi, Abiy a remercié les dirigeants africains")
    True
    >>> rewritten_from("La biblioteca abre a las nueve de la mañana, también en agosto.",
    ...                "La biblioteca abre a las nueve de la mañana.")
    True
    >>> rewritten_from("Samedi, Abiy a salué ses homologues africains pour ce qu'il a "
    ...                "qualifié de « soutien ».",
    ...                "Samedi, Abiy a remercié les dirigeants africains de leur « soutien ».")
    False
    """
    old = earlier.split()
    return bool(text.split() and old) and words_in_order(earlier, text) >= 0.8 * len(old)


def _words_apart(text: str, other: str) -> int:
    """How many words of the two texts do not line up, in order."""
    return len(text.split()) + len(other.split()) - 2 * words_in_order(text, other)


def _edited_from(text: str, kept: str, earlier: Callable[[], Sequence[str]]) -> bool:
    """Whether ``text`` is an edit of ``kept`` (see :func:`rewritten_from`), and not of a
    text before it: an editor's copy taken before another editor's edit of that text,
    edited in a word of its own, is nearer the earlier text than the kept one, and merged
    over it would take the other edit off.

    >>> earlier = lambda: ["No puedo mantenerla, dijo que pasaban penurias."]
    >>> _edited_from("No puedo sostenerla, dijo que pasaban penurias.",
    ...              "No puedo mantenerla, dijo que sufrían penurias.", earlier)
    False
    >>> _edited_from("No puedo mantenerla, dijo que sufrían muchas penurias.",
    ...              "No puedo mantenerla, dijo que sufrían penurias.", earlier)
    True
    """
    if not rewritten_from(text, kept):
        return False
    apart = _words_apart(text, kept)     # (the memory is asked only for an edit)
    return not any(_words_apart(text, before) < apart for before in earlier())


def _machine_draft_again(entry: PoEntry, authorship: Authorship | None) -> bool:
    """Whether ``entry`` holds nothing of an editor's: untranslated, or the machine's
    draft with no translator comment (the record of what cms-i18n wrote tells)."""
    if authorship is None or _commented(entry) or entry.obsolete:
        return False
    return not entry.translated or (entry.fuzzy and authorship.is_machine_draft(entry))


def lost_entries(on_disk: PoFile | None, kept: Path,
                 authorship: Authorship | None = None) -> Lost:
    """What the copy at ``kept`` holds that ``on_disk`` (None: no file) lost: nothing
    when there is no copy.  ``on_disk`` is the catalogue as the caller already read it,
    so a command reads each catalogue once; this reads the copy and writes nothing.
    ``authorship``, the record of what cms-i18n wrote, tells its machine drafts
    (:meth:`.merge.Authorship.is_machine_draft`): with it, an entry holding one again where
    the copy has an editor's work counts as lost too (``Lost.reverted``); so does one
    holding what the last ``translate`` wrote there (:meth:`.merge.Authorship.as_last_written`:
    an editor's earlier draft it carried), where the copy has newer work, that earlier
    text kept beside it as a translator comment."""
    lost = Lost(kept)
    copy = read_kept(kept)
    if copy is None:
        return lost
    lost.read = True
    entries: Sequence[PoEntry] = on_disk.entries if on_disk is not None else ()
    keys = {entry.key for entry in entries}
    # An entry msgmerge moved to a changed source text names the old one in ``#|``
    # (an obsolete entry of that old text is another entry, and stays one).
    moved = keys | {(entry.previous_msgctxt or entry.msgctxt, entry.previous_msgid)
                    for entry in entries if entry.previous_msgid is not None}
    live = [entry for entry in copy.entries if not entry.obsolete and entry.key not in moved]
    obsolete = [entry for entry in copy.entries if entry.obsolete and entry.key not in keys]
    # the file holds the text this entry was moved from: a copy from before the move
    older = {entry.key: entry for entry in entries if not entry.obsolete}
    for entry in list(live):
        before = (entry.previous_msgctxt or entry.msgctxt, entry.previous_msgid)
        if entry.previous_msgid is not None and before in older:
            live.remove(entry)
            if entry.translated and _machine_draft_again(older[before], authorship):
                # the old text's entry holds the machine's draft, nobody's work: a copy
                # from before the editor's, put back; the copy's entry takes its place
                lost.reverted.append((entry, older[before]))
            else:
                lost.superseded.append((entry, older[before]))
    lost.renamed = _renamed_since(entries, live, copy.entries)
    if lost.renamed:
        back = {new: old for old, new in lost.renamed.items()}
        for entry in list(live):
            document = document_of(entry.msgctxt)
            if document in back and entry.msgctxt is not None:
                before = (renamed_context(entry.msgctxt, {document: back[document]}),
                          entry.msgid)
                if before in older:
                    live.remove(entry)
                    if entry.translated and _machine_draft_again(older[before], authorship):
                        lost.reverted.append((entry, older[before]))   # nobody's work there
                    else:
                        lost.carried.append((entry, older[before]))
    if authorship is not None:
        # a paragraph taken out since the editor's work on it (the copy has its obsolete
        # entry with that work) whose live entry of the machine's draft an older copy put
        # back: the copy's obsolete entry takes its place, so the work stays on file
        taken_out = {entry.key: entry for entry in copy.entries
                     if entry.obsolete and entry.translated and entry.key in older}
        replaced = {id(entry) for _copied, entry in lost.reverted}
        for key, gone in taken_out.items():
            if id(older[key]) in replaced:
                obsolete.append(gone)   # its live entry gave way to the copy's moved one
            elif older[key].msgstr != gone.msgstr and \
                    _machine_draft_again(older[key], authorship):
                lost.reverted.append((gone, older[key]))
    reviewed = {entry.key: entry.msgstr for entry in copy.entries
                if not entry.obsolete and entry.reviewed and entry.msgid_plural is None}
    lost.approved = reviewed
    lost.emptied = {entry.key: reviewed[entry.key] for entry in entries
                    if not entry.obsolete and entry.msgid_plural is None and not entry.msgstr
                    and entry.key in reviewed}
    copied = {entry.key: entry for entry in copy.entries if not entry.obsolete}
    if authorship is not None:
        # The paragraphs each document no longer has: msgmerge, bringing an older copy up
        # to date, gives a joined or reworded paragraph the old draft of one of them,
        # with no ``#|`` line once msgcat has taken it.
        retired: dict[str | None, list[str]] = {}
        for entry in [*entries, *copy.entries]:
            if entry.obsolete:
                retired.setdefault(entry.msgctxt, []).append(entry.msgid)
        for entry in entries:
            was = copied.get(entry.key)
            # (a machine translation of the text the copy says the entry was moved from
            # counts: msgmerge, which moved an older copy's draft there, writes no ``#|``)
            if (was is None or not was.translated or was.msgstr == entry.msgstr
                    or entry.obsolete or not entry.fuzzy or not entry.translated
                    or _commented(entry)):
                continue
            sources = [entry.previous_msgid or was.previous_msgid,
                       *retired.get(entry.msgctxt, ())]
            if any(authorship.is_machine_draft(replace(entry, previous_msgid=source))
                   for source in dict.fromkeys(sources)):
                lost.reverted.append((was, entry))
            elif authorship.as_last_written(entry):
                # an editor's earlier text, as the last run carried it: kept beside
                note = OTHER_TRANSLATION_NOTE + quote_note(entry.msgstr)
                lost.reverted.append((replace(was, translator_comments=[
                    *was.translator_comments, note]), entry))
        for entry in entries:
            # an editor's earlier translation back where the last run kept a newer one (a
            # review, or an editor's draft) the memory saw after it: that older copy put
            # back, the newer work comes back and the earlier text stays beside it.  An
            # editor who means the earlier text types it again under that note, which a
            # copy from before it cannot hold: that is their edit, and it stays.
            was = copied.get(entry.key)
            if (was is None or was.msgstr == entry.msgstr or not was.translated
                    or not entry.translated or entry.obsolete
                    or was.msgid_plural is not None or entry.msgid_plural is not None):
                continue        # (the cheap tests first: most entries are as the copy has them)
            note = OTHER_TRANSLATION_NOTE + quote_note(entry.msgstr)
            if (note not in entry.translator_comments
                    and all(entry is not taken for _was, taken in lost.reverted)
                    and (was.reviewed or not authorship.is_machine_draft(was))
                    and authorship.earlier_editor_text(entry, was.msgstr)):
                lost.reverted.append((replace(was, translator_comments=list(dict.fromkeys([
                    *was.translator_comments, note]))), entry))
        outputs = authorship.machine_outputs
        reverting = {id(entry) for _was, entry in lost.reverted}
        for entry in entries:
            # the machine's own translation approved, where the last run kept an editor's
            # approved text: a copy taken after the machine's draft was approved unchanged
            # and before an editor typed their own, put back (no editor types the engine's
            # words over a colleague's review; a draft carried from an earlier wording is no
            # review, and the engine's text may be what an editor approves in its place): the
            # editor's text comes back, the machine's stays beside it
            was = copied.get(entry.key)
            if (outputs is None or was is None or not was.reviewed or entry.fuzzy
                    or not entry.translated or entry.obsolete or was.msgstr == entry.msgstr
                    or was.msgid_plural is not None or entry.msgid_plural is not None
                    or _commented(entry) or id(entry) in reverting):
                continue
            machine = outputs(entry.msgid)
            if entry.msgstr in machine and was.msgstr not in machine:
                note = OTHER_TRANSLATION_NOTE + quote_note(entry.msgstr)
                lost.reverted.append((replace(was, translator_comments=list(dict.fromkeys([
                    *was.translator_comments, note]))), entry))
        if lost.reverted:
            # the file is an older copy put back: a machine draft the copy has as approved,
            # unchanged, was approved since (that copy was taken before) and is approved
            # again; a withdrawal is an editor's alone, in a file no older copy replaced
            for entry in entries:
                was = copied.get(entry.key)
                if (was is not None and was.reviewed and was.msgstr == entry.msgstr
                        and entry.fuzzy and not entry.obsolete and entry.translated
                        and not _commented(entry)
                        and authorship.is_machine_draft(entry)):
                    lost.reverted.append((was, entry))
            # an entry where it has another editor's text than the copy is two editors'
            # work, both kept
            taken = {id(entry) for _was, entry in lost.reverted}
            for entry in entries:
                was = copied.get(entry.key)
                if (was is not None and was.translated and entry.translated
                        and id(entry) not in taken and not entry.obsolete
                        and was.msgstr != entry.msgstr and not any(
                            was.msgstr in comment for comment in entry.translator_comments)):
                    lost.beside.append((was, entry))
        else:
            # no sign of an older copy: a review the last run kept that another text replaced,
            # written anew rather than edited (another editor's copy merged over it with
            # ``msgcat --use-first``, which leaves no mark, or saved over it with a draft typed
            # there before that review), stays beside the file's text
            lost.beside = [
                (was, entry) for entry in entries
                if (was := copied.get(entry.key)) is not None and was.reviewed
                and entry.translated and not entry.obsolete and was.msgid_plural is None
                and entry.msgid_plural is None and was.msgstr != entry.msgstr
                and not _edited_from(entry.msgstr, was.msgstr, partial(
                    authorship.texts_before, entry, was.msgstr))
                and not any(quote_note(was.msgstr) in comment
                            for comment in entry.translator_comments)]
            # an approval the file no longer has, its text the same, is an editor's
            # withdrawal, or a copy from before it put back
            lost.withdrawn = [
                entry for entry in entries
                if (was := copied.get(entry.key)) is not None and was.reviewed
                and was.msgstr == entry.msgstr and entry.fuzzy and not entry.obsolete
                and entry.translated and authorship.as_last_written(entry)
                # (a run flagged it for a person's text it put beside: no withdrawal)
                and not any(comment.startswith(CONFLICT_OPENING)
                            for comment in entry.translator_comments)]
    for entry in entries:
        texts = msgcat_texts(entry.msgstr) if not entry.obsolete else None
        was = copied.get(entry.key)
        if texts and was is not None and was.reviewed and was.msgstr in texts:
            others = [text for text in texts if text != was.msgstr]
            lost.merged.append((replace(was, translator_comments=list(dict.fromkeys([
                *was.translator_comments,
                *(OTHER_TRANSLATION_NOTE + quote_note(text) for text in others)]))), entry))
    public = {(entry.msgctxt or "", entry.msgid) for entry in entries}
    cut_off = bool(live) or (authorship is not None and any(
        key not in public for key in authorship.written))
    if entries and (cut_off or _ends_at_a_wrap(entries[-1])):
        lost.cut = _cut_short(entries[-1], copied.get(entries[-1].key), authorship,
                              whole=cut_off)
        lost.cut_whole = cut_off
        if lost.cut is not None:        # a text cut short is no other translation
            lost.beside = [(was, entry) for was, entry in lost.beside
                           if all(entry is not cut for cut in lost.cut)]
    if live or lost.reverted or lost.carried:
        # an older copy put back is no purge: its obsolete entries come back too
        lost.entries = [*live, *obsolete]
        if on_disk is None or on_disk.header is None:
            lost.header = copy.header
    else:
        lost.forgotten = len(obsolete)
    if lost.missing or lost.moved_back:
        # only beside other signs of an older copy put back: an editor who deletes such a
        # note ("delete the comment if the new text replaces it") means it
        lost.notes = _lost_notes(entries, copied, lost)
    return lost


def _renamed_since(entries: Sequence[PoEntry], lost: Sequence[PoEntry],
                   kept: Sequence[PoEntry]) -> dict[str, str]:
    """The documents a file saved back from before a rename holds under their old ids
    (old id → new id): the copy's live entries the file lost (``lost``) are all of a
    document the file has no entry of, and the file has live entries of a document the
    copy has none of, paired as :func:`.moves.pair_renames` pairs a renamed file.  The
    copy holds the entries with an editor's work only (two reviews of a page of five), so
    each old document is weighed by the texts it shares with the copy's, not by all of
    its own.

    >>> old = [PoEntry(msgctxt="weather", msgid="Cold week", msgstr="Semana fría"),
    ...        PoEntry(msgctxt="weather", msgid="Snow on Monday", msgstr="Nieve el lunes")]
    >>> new = [PoEntry(msgctxt="weather-week", msgid="Cold week", msgstr="Semana fría")]
    >>> _renamed_since(old, new, new)
    {'weather': 'weather-week'}
    >>> _renamed_since(old, new, [*new, *old])   # the copy knows both: no rename
    {}
    """
    # (moves reads the layout, which reads the update, which reads this module)
    from cms_i18n.catalog.moves import pair_renames

    present = {document_of(entry.msgctxt) for entry in entries}
    news: dict[str, set[str]] = {}
    for entry in lost:
        document = document_of(entry.msgctxt)
        if entry.msgctxt is not None and document not in present:
            news.setdefault(document, set()).add(entry.msgid)
    if not news:
        return {}
    wanted = set().union(*news.values())
    known = {document_of(entry.msgctxt) for entry in kept}
    olds: dict[str, set[str]] = {}
    for entry in entries:
        document = document_of(entry.msgctxt)
        if entry.msgctxt is not None and not entry.obsolete and document not in known \
                and entry.msgid in wanted:
            olds.setdefault(document, set()).add(entry.msgid)
    moves, _unclear = pair_renames(news, olds)
    return {old: new for new, old in moves.items()}


#: The translator comments a run or the review screen writes to keep a person's text
#: beside an entry (a save typed over it, a rejected suggestion, another editor's text).
_TEXT_NOTES = (APPROVED_BEFORE_NOTE, REPLACED_APPROVED_NOTE, REPLACED_TEXT_NOTE,
               KEPT_BEFORE_NOTE, KEPT_TEXT_NOTE, REJECTED_NOTE, OTHER_TRANSLATION_NOTE,
               EARLIER_COPY_NOTE, SPLIT_NOTE, CONFLICT_OPENING)


def _lost_notes(entries: Sequence[PoEntry], copied: Mapping[tuple[str | None, str], PoEntry],
                lost: Lost) -> list[tuple[PoEntry, list[str]]]:
    """The file's live entries whose notes holding a person's text the copy has and the
    file lost (an older copy of the file saved over it, with the entry as it was before
    the note: the caller asks only where the file shows one), each with those notes: the
    text in them was typed, and is in no other place.  An entry another rule puts back
    whole is left to it."""
    whole = {id(entry) for _copied, entry in [*lost.reverted, *lost.merged, *lost.superseded,
                                              *lost.carried]}
    if lost.cut is not None:
        whole.add(id(lost.cut[1]))
    found = []
    for entry in entries:
        was = copied.get(entry.key)
        if entry.obsolete or was is None or id(entry) in whole:
            continue
        quoted = quote_note(entry.msgstr) if entry.msgstr else None
        gone = [comment for comment in was.translator_comments
                if comment.startswith(_TEXT_NOTES) and comment not in entry.translator_comments
                and (quoted is None or quoted not in comment)]
        if gone:
            found.append((entry, gone))
    return found


def _ends_at_a_wrap(entry: PoEntry) -> bool:
    """Whether the msgstr ends where a PO writer breaks a line, and its source text does
    not: with the space it leaves at the end of a wrapped line, or a line break (``\\n``),
    where a file cut after that line ends it."""
    return (entry.msgstr[-1:] == " " and entry.msgid[-1:] != " ") or \
        (entry.msgstr[-1:] == "\n" and entry.msgid[-1:] != "\n")


def _cut_short(last: PoEntry, was: PoEntry | None, authorship: Authorship | None, *,
               whole: bool = True) -> tuple[PoEntry, PoEntry] | None:
    """The last entry of a file that ends inside it, with what takes its place, when its
    msgstr is the start of the one the copy kept (``was``) or the last run wrote there: a
    save that crashed, a ``head``, a sync cut off there.  ``whole``: the file lost the
    entries after it too, so it was cut, and the whole text comes back.  Otherwise an
    editor may have shortened the last entry: its text stays, flagged fuzzy, and the
    whole one is quoted beside it (:data:`~.notes.CUT_NOTE`).

    >>> full = PoEntry(msgid="Hello, world.", msgstr="Hola, mundo.")
    >>> _cut_short(replace(full, msgstr="Hola, "), full, None)[0].msgstr
    'Hola, mundo.'
    >>> kept = _cut_short(replace(full, msgstr="Hola, "), full, None, whole=False)[0]
    >>> kept.msgstr, kept.fuzzy, kept.translator_comments[0].endswith('kept: "Hola, mundo."')
    ('Hola, ', True, True)
    >>> _cut_short(replace(full, msgstr="Buenas."), full, None) is None
    True
    """
    if last.obsolete or last.msgid_plural is not None or not last.msgstr:
        return None
    text = was.msgstr if was is not None and was.translated else None
    if text is None and authorship is not None:
        record = authorship.record(last)
        text = record.msgstr if record is not None else None
    if not text or len(text) <= len(last.msgstr) or not text.startswith(last.msgstr):
        return None
    if whole:
        return replace(last, msgstr=text), last
    note = CUT_NOTE + quote_note(text)
    if note in last.translator_comments:
        return None
    return replace(last, flags=list(dict.fromkeys([*last.flags, "fuzzy"])),
                   translator_comments=[*last.translator_comments, note]), last


def with_lost(on_disk: PoFile | None, lost: Lost, path: Path) -> PoFile | None:
    """``on_disk`` with the lost entries back (after its own, which the merge reorders),
    each superseded entry's text on the file's entry that replaces it, and each reverted
    entry's work in place of the machine draft."""
    if not lost.entries and not lost.superseded and not lost.reverted and not lost.merged \
            and not lost.beside and lost.cut is None and not lost.notes and not lost.renamed:
        return on_disk
    header = on_disk.header if on_disk is not None and on_disk.header is not None \
        else lost.header
    own = list(on_disk.entries) if on_disk is not None else []
    for copied, entry in [*lost.superseded, *lost.carried]:
        comments = list(entry.translator_comments)
        if copied.msgstr and copied.msgstr != entry.msgstr:
            comments.append((EARLIER_COPY_NOTE if entry.msgid != copied.msgid
                             else OTHER_TRANSLATION_NOTE) + quote_note(copied.msgstr))
        comments += copied.translator_comments
        at = next(k for k, e in enumerate(own) if e is entry)
        own[at] = replace(entry, translator_comments=list(dict.fromkeys(comments)))
    for copied, entry in [*lost.reverted, *lost.merged, *([lost.cut] if lost.cut else [])]:
        at = next(k for k, e in enumerate(own) if e is entry)
        own[at] = copied
    for copied, entry in lost.beside:
        at = next(k for k, e in enumerate(own) if e is entry)
        # a draft over the review: that review is still the one to publish until the draft
        # is approved (``apply`` reads the note: see :func:`.update.approved_before`)
        note = APPROVED_BEFORE_NOTE if entry.fuzzy else OTHER_TRANSLATION_NOTE
        own[at] = replace(entry, translator_comments=[
            *entry.translator_comments, note + quote_note(copied.msgstr)])
    notes_of = {entry.key: notes for entry, notes in lost.notes}
    for k, held in enumerate(own):
        if not held.obsolete and (notes := notes_of.get(held.key)):
            own[k] = replace(held, translator_comments=list(dict.fromkeys(
                [*held.translator_comments, *notes])))
    if lost.renamed:
        own = [renamed_entry(entry, lost.renamed) for entry in own]
    return PoFile(header=header, entries=[*own, *lost.entries], path=path)


def lost_since_last_run(po_path: Path, settings: Mapping[str, Any], lang: str,
                        on_disk: PoFile | None = None) -> Lost:
    """What the site's catalogue ``po_path`` lost of the editors' work its copy holds, for
    a screen that shows the file's texts (the Wagtail review screen and report): an older
    copy saved over it shows them older texts as the reviewed ones, until ``translate``
    brings the newer back.  Reads the copy, and the file unless the caller read it
    (``on_disk``); writes nothing."""
    from cms_i18n.catalog.layout import catalog_key, kept_path
    from cms_i18n.catalog.po import read_po
    from cms_i18n.memory import recorded_authorship  # the memory reads catalogues

    if on_disk is None:
        on_disk = read_po(po_path)
    with recorded_authorship(settings.get("memory"), catalog_key(po_path),
                             source_lang=str(settings.get("source_lang") or "en"),
                             target_lang=lang) as authorship:
        return lost_entries(on_disk, kept_path(settings.get("root"), po_path), authorship)


def keep_reviews(po_path: Path, settings: Mapping[str, Any], lang: str,
                 saved: Collection[tuple[str, str]]) -> None:
    """Record into the copy the entries an editor just saved outside a run (``saved``, by
    (msgctxt, msgid): the Wagtail review screen, a page editor's text taken into the
    catalogue), as ``compile`` and ``apply`` do for a PO editor's: an older copy of the
    file saved over it by a translator who had it open then loses nothing the next
    ``translate`` cannot bring back.  The catalogue is the site's own (its settings name
    it), so its copy is kept even where it lies outside the site's folder
    (:func:`.layout.kept_path`).

    Where the file has lost entries the copy holds (an older copy saved over it already),
    the copy is not rewritten from the file, which would record the loss: the saved
    entries alone go into it, each in its key's place, so a second older copy saved over
    the file loses them no more than the first.
    """
    from cms_i18n.catalog.layout import catalog_key, kept_path
    from cms_i18n.catalog.po import read_po
    from cms_i18n.memory import recorded_authorship  # the memory reads catalogues

    root = settings.get("root")
    stamp = file_stamp(po_path)
    on_disk = read_po(po_path)
    with recorded_authorship(settings.get("memory"), catalog_key(po_path),
                             source_lang=str(settings.get("source_lang") or "en"),
                             target_lang=lang) as authorship:
        lost = lost_entries(on_disk, kept_path(root, po_path), authorship)
        if lost.read and (lost.missing or lost.forgotten or lost.moved_back):
            _record_saved(po_path, lost.kept, on_disk, saved, authorship.is_ours, stamp)
        else:
            record_kept(po_path, on_disk, lost, authorship.is_ours, stamp)


def _record_saved(po_path: Path, kept: Path, on_disk: PoFile,
                  saved: Collection[tuple[str, str]], is_ours: Callable[[PoEntry], bool],
                  stamp: tuple[int, int] | None) -> None:
    """Put the ``saved`` entries of ``on_disk`` into the copy at ``kept``, each replacing
    the copy's live entry of its key (or dropped from it, where it holds no work now),
    the copy's other entries as they are."""
    wanted = set(saved)
    if not wanted:
        return
    now = {(e.msgctxt or "", e.msgid): e for e in on_disk.live()
           if (e.msgctxt or "", e.msgid) in wanted}
    try:
        with locked(po_path, wait=0.0):
            copy = read_kept(kept)
            if copy is None or file_stamp(po_path) != stamp:
                return
            entries: list[PoEntry] = []
            placed: set[tuple[str, str]] = set()
            for entry in copy.entries:
                key = (entry.msgctxt or "", entry.msgid)
                if entry.obsolete or key not in wanted:
                    entries.append(entry)
                    continue
                placed.add(key)
                if key in now and holds_work(now[key], is_ours):
                    entries.append(now[key])
            entries += [entry for key, entry in now.items()
                        if key not in placed and holds_work(entry, is_ours)]
            save_kept(kept, PoFile(copy.header, entries, kept), lambda entry: False)
    except (OSError, UserError):
        return


def record_kept(po_path: Path, on_disk: PoFile, lost: Lost, is_ours: Callable[[PoEntry], bool],
                stamp: tuple[int, int] | None) -> None:
    """Record into the copy at ``lost.kept`` the editors' work of ``on_disk``, the
    catalogue at ``po_path`` as a command read it when the file's :func:`file_stamp`
    was ``stamp``, for ``compile`` and ``apply`` (see above).  ``lost`` is what the
    command found with :func:`lost_entries` on that same reading: the copy is read
    once per command.

    Nothing is written when the file lost anything the copy has (live entries, an
    editor's work under a machine draft again, or
    obsolete ones: a purge is ``translate``'s to note), when it holds no entry, when
    the copy exists but cannot be read, when the file changed since it was read, or
    when a run holds the catalogue's lock (that run writes the copy).  A copy that
    cannot be written is left for later: the command's own work comes first.
    """
    if not on_disk.entries or lost.missing or lost.forgotten or lost.moved_back:
        return
    if not lost.read and lost.kept.exists():
        return
    try:
        with locked(po_path, wait=0.0):
            if file_stamp(po_path) != stamp:
                return
            save_kept(lost.kept, on_disk, is_ours)
    except (OSError, UserError):
        return
