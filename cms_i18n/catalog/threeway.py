r"""Merging two branches' copies of a catalogue entry by entry, for ``git merge``.

Git merges text line by line.  A catalogue is not lines: an entry's ``msgid`` (the
English), its ``#, fuzzy`` flag and its ``msgstr`` (a translator's text) belong
together, and a line merge that takes the new English from one branch and the
reviewed ``msgstr`` from the other publishes a review of a text nobody reviewed,
with no conflict to warn anyone.  A merge by lines can also drop a reviewed text
outright (``-X theirs``, or a conflict resolved by taking one side).

This module merges the three copies git hands a merge driver (the common ancestor,
ours, theirs) entry by entry, keyed by ``msgctxt`` and ``msgid``:

* an entry only one branch changed takes that branch's version, whole;
* a translator's text is never dropped: where both branches changed an entry's text
  differently, both texts stay in its ``msgstr`` under GNU ``msgcat``'s
  ``#-#-#-#-#`` lines and the entry is ``fuzzy`` (``check`` calls that critical until
  an editor keeps one, ``compile`` and ``apply`` leave it out), and the merge
  reports a conflict;
* a reviewed text beats the other branch's fresh machine draft of the same English
  (a ``translate`` run that refreshed the drafts), without a conflict: the draft is the
  engine's, and the next ``translate`` writes it again where it is wanted;
* a text one branch reviewed, where the other branch's ``translate`` saw the English
  change (the entry gone, a new one with ``#| msgid`` naming the old text), moves to
  the new entry as a ``fuzzy`` draft, as ``translate`` itself does for an edit it sees,
  and the old entry stays obsolete with the review;
* a change beats a deletion: an entry one branch removed and the other edited stays.

>>> from cms_i18n.catalog.po import parse_po
>>> base = parse_po('msgid "Hello"\nmsgstr "Hola"\n')
>>> ours = parse_po('msgid "Hello"\nmsgstr "¡Hola!"\n')
>>> theirs = parse_po('msgid "Hello"\nmsgstr "Hola"\n\nmsgid "Bye"\nmsgstr "Adiós"\n')
>>> result = merge_three(base, ours, theirs)
>>> [(entry.msgid, entry.msgstr) for entry in result.catalog.entries], result.conflicts
([('Hello', '¡Hola!'), ('Bye', 'Adiós')], [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TypeVar

from cms_i18n.catalog.merge import retire
from cms_i18n.catalog.notes import (
    FROM_MEMORY,
    MACHINE_NOTE,
    SUGGESTION_NOTE,
    TM_NOTE,
    quote_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile, format_header, parse_header

Key = tuple[str | None, str]
T = TypeVar("T")
Texts = tuple[str, tuple[str, ...]]

#: What a merged entry's two texts are called under msgcat's ``#-#-#-#-#`` lines.
OURS_LABEL = "this branch"
THEIRS_LABEL = "the merged branch"

_IGNORED = {"line", "msgstr_line"}


@dataclass
class Conflict:
    """An entry both branches gave a different text: both are in its msgstr."""

    msgctxt: str | None
    msgid: str

    def describe(self) -> str:
        """One line naming the entry by its context and the opening of its English."""
        english = self.msgid if len(self.msgid) <= 50 else self.msgid[:49] + "…"
        where = f"[{self.msgctxt}] " if self.msgctxt is not None else ""
        return (f"{where}{english!r}: both branches changed its translation; both are "
                "kept in its msgstr under #-#-#-#-# lines: keep one and delete those lines")


@dataclass
class ThreeWayResult:
    """The merged catalogue and the entries whose two texts an editor must choose from."""

    catalog: PoFile
    conflicts: list[Conflict] = field(default_factory=list)
    carried: int = 0
    """Reviews moved onto the entry of the English the other branch changed."""


def _same(a: PoEntry | None, b: PoEntry | None) -> bool:
    """Whether two versions of an entry say the same (where they stood in the file aside)."""
    if a is None or b is None:
        return a is b
    return all(getattr(a, f.name) == getattr(b, f.name)
               for f in fields(PoEntry) if f.name not in _IGNORED)


def _texts(entry: PoEntry) -> Texts:
    return (entry.msgstr, tuple(entry.msgstr_plural))


def _typed(entry: PoEntry) -> bool:
    """Whether the entry holds a text at all."""
    return bool(entry.msgstr or any(entry.msgstr_plural))


def _machine_draft(entry: PoEntry, base: PoEntry | None) -> bool:
    """Whether this branch's text of the entry is a draft cms-i18n wrote, not a person.

    A ``translate`` run that writes a new draft rewrites the entry's notes with it (the
    engine's, the glossary's); a person editing a draft in a PO editor changes the
    msgstr and leaves the notes.  A draft that holds an editor's earlier text carries
    the engine's own suggestion beside it instead, so it is no machine draft.

    >>> draft = PoEntry("Hi", "Hola", flags=["fuzzy"],
    ...                 extracted_comments=["machine translation: apertium eng-spa"])
    >>> _machine_draft(draft, None), _machine_draft(replace(draft, msgstr="Buenas"), draft)
    (True, False)
    """
    if not entry.fuzzy or entry.obsolete:
        return False
    notes = entry.extracted_comments
    if any(note.startswith(SUGGESTION_NOTE) for note in notes):
        return False
    if not any(note.startswith((MACHINE_NOTE, FROM_MEMORY, TM_NOTE)) for note in notes):
        return False
    if base is None or _texts(base) == _texts(entry):
        return True
    return notes != base.extracted_comments


def _reviewed(entry: PoEntry) -> bool:
    return _typed(entry) and not entry.fuzzy and not entry.obsolete


def _both(ours: str, theirs: str, name: str,
          labels: tuple[str, str] = (OURS_LABEL, THEIRS_LABEL)) -> str:
    """Two texts in one msgstr the way GNU ``msgcat`` writes a disagreement.

    >>> print(_both("Hola", "Buenas", "content.po"))
    #-#-#-#-#  content.po (this branch)  #-#-#-#-#
    Hola
    #-#-#-#-#  content.po (the merged branch)  #-#-#-#-#
    Buenas
    """
    if ours == theirs or not theirs:
        return ours
    if not ours:
        return theirs
    return (f"#-#-#-#-#  {name} ({labels[0]})  #-#-#-#-#\n{ours}\n"
            f"#-#-#-#-#  {name} ({labels[1]})  #-#-#-#-#\n{theirs}")


def _pick(base: T, ours: T, theirs: T) -> T:
    """A three-way choice of one field: the side that changed it, ours when both did."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    return ours


def _union(first: Sequence[str], second: Sequence[str]) -> list[str]:
    return list(first) + [line for line in second if line not in first]


class _Merger:
    def __init__(self, name: str, labels: tuple[str, str]) -> None:
        self.name = name
        self.labels = labels
        self.conflicts: list[Conflict] = []

    def both(self, ours: str, theirs: str) -> str:
        return _both(ours, theirs, self.name, self.labels)

    def entry(self, base: PoEntry | None, ours: PoEntry | None,
              theirs: PoEntry | None) -> PoEntry | None:
        """One entry's merge; None when it is gone from the merged catalogue."""
        if _same(ours, theirs) or _same(theirs, base):
            return ours
        if _same(ours, base):
            return theirs
        # Both branches changed it.  A change beats a deletion.
        if ours is None or theirs is None:
            return ours or theirs
        return self._fields(base, ours, theirs)

    def _fields(self, base: PoEntry | None, ours: PoEntry, theirs: PoEntry) -> PoEntry:
        """The entry both branches changed, field by field; texts are never dropped."""
        old = base or PoEntry(ours.msgid, msgctxt=ours.msgctxt)
        obsolete = bool(_pick(old.obsolete, ours.obsolete, theirs.obsolete))
        comments = (_union(ours.translator_comments, theirs.translator_comments)
                    if ours.translator_comments != old.translator_comments
                    and theirs.translator_comments != old.translator_comments
                    else list(_pick(old.translator_comments, ours.translator_comments,
                                    theirs.translator_comments)))
        winner = _text_winner(base, ours, theirs)
        if winner is None:
            # Two texts a person may have typed, each different: both stay, flagged.
            merged = replace(ours, obsolete=obsolete, translator_comments=comments)
            merged.msgstr = self.both(ours.msgstr, theirs.msgstr)
            forms = max(len(ours.msgstr_plural), len(theirs.msgstr_plural))
            merged.msgstr_plural = [self.both(_form(ours, n), _form(theirs, n))
                                    for n in range(forms)]
            merged.flags = _union(["fuzzy"], [flag for flag in _union(ours.flags, theirs.flags)
                                             if flag != "fuzzy"])
            if not obsolete:
                self.conflicts.append(Conflict(merged.msgctxt, merged.msgid))
            return merged
        if _texts(ours) != _texts(theirs):
            # One text wins whole: its flags, notes and previous strings describe it.
            return replace(winner, obsolete=obsolete, translator_comments=comments)
        merged = replace(ours, obsolete=obsolete, translator_comments=comments)
        for name in ("extracted_comments", "references", "previous_msgctxt", "previous_msgid",
                     "previous_msgid_plural", "msgid_plural"):
            setattr(merged, name, _pick(getattr(old, name), getattr(ours, name),
                                        getattr(theirs, name)))
        others = _pick(_other_flags(old), _other_flags(ours), _other_flags(theirs))
        fuzzy = _pick(old.fuzzy, ours.fuzzy, theirs.fuzzy)
        merged.flags = (["fuzzy"] if fuzzy else []) + others
        return merged


def _other_flags(entry: PoEntry) -> list[str]:
    return [flag for flag in entry.flags if flag != "fuzzy"]


def _text_winner(base: PoEntry | None, ours: PoEntry, theirs: PoEntry) -> PoEntry | None:
    """Whose text the merged entry takes, or None when both must stay.

    The side that changed it, when only one did; a person's text over the other side's
    fresh machine draft; ours between two machine drafts (nobody typed either).
    """
    old = _texts(base) if base is not None else ("", ())
    if _texts(ours) == _texts(theirs) or _texts(theirs) == old:
        return ours
    if _texts(ours) == old:
        return theirs
    ours_machine, theirs_machine = _machine_draft(ours, base), _machine_draft(theirs, base)
    if theirs_machine:
        return ours
    if ours_machine:
        return theirs
    return None


def _form(entry: PoEntry, n: int) -> str:
    return entry.msgstr_plural[n] if n < len(entry.msgstr_plural) else ""


def _index(catalog: PoFile | None) -> tuple[dict[Key, PoEntry], list[PoEntry]]:
    """Entries by key (a live entry before an obsolete one of the same key) and the
    obsolete twins of live entries, which a catalogue may hold besides."""
    found: dict[Key, PoEntry] = {}
    twins: list[PoEntry] = []
    for entry in catalog.entries if catalog else ():
        if entry.key in found:
            if found[entry.key].obsolete and not entry.obsolete:
                twins.append(found[entry.key])
                found[entry.key] = entry
            else:
                twins.append(entry)
        else:
            found[entry.key] = entry
    return found, twins


def _order(ours: Sequence[Key], theirs: Sequence[Key]) -> list[Key]:
    """Ours' order, with each key only theirs have placed after its neighbour in theirs.

    >>> _order([(None, "a"), (None, "c")], [(None, "a"), (None, "b"), (None, "c")])
    [(None, 'a'), (None, 'b'), (None, 'c')]
    >>> _order([(None, "z")], [(None, "x"), (None, "y"), (None, "z")])
    [(None, 'x'), (None, 'y'), (None, 'z')]
    """
    known = set(ours)
    after: dict[Key | None, list[Key]] = {}
    previous: Key | None = None
    for key in theirs:
        if key not in known:
            after.setdefault(previous, []).append(key)
        previous = key
    order: list[Key] = []
    # Each key, then what theirs hold right after it (which may hold more after it).
    pending: list[Key | None] = [*reversed(ours), None]
    while pending:
        placed = pending.pop()
        if placed is not None:
            order.append(placed)
        pending.extend(reversed(after.pop(placed, [])))
    return order


def merge_three(base: PoFile | None, ours: PoFile, theirs: PoFile, name: str = "catalogue",
                labels: tuple[str, str] = (OURS_LABEL, THEIRS_LABEL)) -> ThreeWayResult:
    """Merge ``theirs`` into ``ours`` entry by entry, ``base`` being their common ancestor
    (None, or a catalogue with no entries, when both branches added the file); ``labels``
    name the two sides where both texts of an entry stay."""
    merger = _Merger(name, labels)
    base_entries, base_twins = _index(base)
    our_entries, our_twins = _index(ours)
    their_entries, their_twins = _index(theirs)
    merged: dict[Key, PoEntry] = {}
    for key in _order(list(our_entries), list(their_entries)):
        entry = merger.entry(base_entries.get(key), our_entries.get(key),
                             their_entries.get(key))
        if entry is not None:
            merged[key] = entry
    carried = _carry_reviews(merged, base_entries, our_entries, their_entries, merger)
    live = [entry for entry in merged.values() if not entry.obsolete]
    gone = [entry for entry in merged.values() if entry.obsolete]
    for twin in our_twins + their_twins:
        if twin not in base_twins and not any(_same(twin, kept) for kept in gone):
            gone.append(twin)
    catalog = PoFile(header=_header(base.header if base else None, ours.header, theirs.header),
                     entries=live + gone, path=ours.path)
    return ThreeWayResult(catalog, merger.conflicts, carried)


def _header(base: PoEntry | None, ours: PoEntry | None,
            theirs: PoEntry | None) -> PoEntry | None:
    r"""The header, field by field: each takes the branch that changed it, ours when
    both did (two revision dates, say); a field only one branch has is kept.

    >>> base = PoEntry("", "Language: es\nPO-Revision-Date: 1\n")
    >>> ours = PoEntry("", "Language: es\nPO-Revision-Date: 2\n")
    >>> theirs = PoEntry("", "Language: es\nPO-Revision-Date: 1\nX-Team: b\n")
    >>> print(_header(base, ours, theirs).msgstr, end="")
    Language: es
    PO-Revision-Date: 2
    X-Team: b
    """
    if ours is None or theirs is None:
        return ours or theirs
    old = dict(parse_header(base.msgstr)) if base is not None else {}
    mine, other = dict(parse_header(ours.msgstr)), dict(parse_header(theirs.msgstr))
    names = list(mine) + [name for name in other if name not in mine]
    values = [(name, _pick(old.get(name), mine.get(name), other.get(name))) for name in names]
    merged = replace(ours)
    merged.msgstr = format_header((name, value) for name, value in values if value is not None)
    merged.translator_comments = _union(ours.translator_comments, theirs.translator_comments)
    return merged


def _carry_reviews(merged: dict[Key, PoEntry], base: dict[Key, PoEntry],
                   ours: dict[Key, PoEntry], theirs: dict[Key, PoEntry],
                   merger: _Merger) -> int:
    """Move a text one branch typed for an English the other branch saw change onto the
    entry of the new English.

    The branch whose ``translate`` saw the edit made a new entry whose ``#| msgid`` is
    the old English and retired the old one; the other branch, meanwhile, reviewed or
    edited the old entry.  Merged key by key, the review would sit on the retired entry
    and the new one would hold the machine's draft: the review goes to the new entry as
    a ``fuzzy`` draft (the English changed: someone must read it again), the engine's
    draft beside it as a suggestion, and the old entry stays obsolete with the review.
    """
    carried = 0
    for key, entry in list(merged.items()):
        if entry.obsolete or entry.previous_msgid is None or key in base:
            continue
        old_key = (entry.previous_msgctxt if entry.previous_msgctxt is not None
                   else entry.msgctxt, entry.previous_msgid)
        old_base = base.get(old_key)
        if old_base is None:
            continue
        for made, other in ((ours, theirs), (theirs, ours)):
            if key not in made or key in other:
                continue
            typed = other.get(old_key)
            if typed is None or _same(typed, old_base) or not _typed(typed):
                continue
            if _texts(typed) == _texts(old_base) or _machine_draft(typed, old_base):
                continue
            own = made.get(old_key)
            new = replace(entry)
            if own is not None and _texts(own) == _texts(entry) and _typed(own) \
                    and _texts(own) != _texts(old_base):
                # The new entry already carries this branch's own earlier text: both.
                new.msgstr = merger.both(entry.msgstr, typed.msgstr) \
                    if made is ours else merger.both(typed.msgstr, entry.msgstr)
                merger.conflicts.append(Conflict(new.msgctxt, new.msgid))
            else:
                new.msgstr = typed.msgstr
                new.msgstr_plural = list(typed.msgstr_plural)
                if _typed(entry):
                    new.extracted_comments = (
                        [note for note in entry.extracted_comments
                         if not note.startswith(SUGGESTION_NOTE)]
                        + [SUGGESTION_NOTE + quote_note(entry.msgstr)])
            new.flags = _union(["fuzzy"], [f for f in entry.flags if f != "fuzzy"])
            new.translator_comments = _union(entry.translator_comments,
                                             typed.translator_comments)
            merged[key] = new
            merged[old_key] = retire(merged.get(old_key) or typed)
            merger.conflicts = [c for c in merger.conflicts if (c.msgctxt, c.msgid) != old_key]
            carried += 1
    return carried
