"""Merging a fresh run of the pipeline into a catalogue without losing an editor's work.

The rules, in the order they apply to each unit the pipeline passes in:

1. **Same msgctxt and msgid as a live entry.**  A reviewed translation (translated,
   not ``fuzzy``) is the editor's: it is kept as it is, whatever the machine says now.
   A machine translation (``fuzzy``) is refreshed with the new suggestion.
2. **Same msgctxt and msgid as an obsolete entry** (the text came back): the entry is
   revived with its old translation, reviewed or not, and its comments.
3. **Changed source text.**  Editing a paragraph changes its msgid, so its key is new.
   Like ``msgmerge``, the unit is matched against the entries that disappeared in the
   same document by similarity of text; the best match at or above
   :data:`FUZZY_THRESHOLD` gives the new entry its history:

   * ``msgstr`` is the *new* machine suggestion, flagged ``fuzzy`` (an editor has to
     look at it: the source changed);
   * ``#| msgid`` is the source text the editor last reviewed (or, when nobody had,
     the previous text), so Poedit, Lokalize and Weblate show what changed;
   * the editor's reviewed translation of that previous text stays in view as an
     extracted comment, ``#. reviewed translation of the previous text: "…"``, so the
     editor can reuse it; it is carried along until the entry is reviewed again;
   * translator comments (``# …``) and flags such as ``no-wrap`` move to the new entry;
   * the old entry, when it was reviewed, is also kept as an obsolete entry, so that
     the editor's translation stays on file (and in the translation memory) even
     after the new entry is reviewed and the editor's tool drops the ``#|`` lines.
4. **New text**: the machine suggestion, ``fuzzy``.  When the same source text has a
   reviewed translation elsewhere in the catalogue, that translation is the suggestion
   instead (still ``fuzzy``, as its context differs), with a note saying where from.

Entries that disappeared without a match become obsolete (``#~``), keeping their
translation, flags and translator comments, and are revived by rule 2 if the text comes
back.  Entries that disappeared with neither a translation nor a translator comment
are dropped, as GNU gettext drops them: there is nothing in them to keep.  Obsolete
entries stay after the live ones, oldest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from cms_i18n.catalog.po import PoEntry, PoFile, _escape, format_reference

FUZZY_THRESHOLD = 0.6
"""Minimum similarity (difflib ratio) for a changed unit to inherit an old entry."""

PREVIOUS_NOTE = "reviewed translation of the previous text: "
TM_NOTE = "suggestion from a reviewed translation of the same text in "


@dataclass(frozen=True)
class CatalogEntry:
    """One translation unit as the pipeline hands it to the catalogue.

    ``translation`` is the machine translation ("" when there is none), ``comments``
    become ``#.`` lines (what the machine did), ``references`` ``#:`` lines.  ``fuzzy``
    False means the pipeline vouches for the translation (it comes from a reviewed
    translation memory entry for the same text and context).
    """

    context: str
    source: str
    translation: str = ""
    references: tuple[tuple[str, int], ...] = ()
    comments: tuple[str, ...] = ()
    fuzzy: bool = True

    @property
    def key(self) -> tuple[str, str]:
        """(msgctxt, msgid)."""
        return (self.context, self.source)


@dataclass
class UpdateResult:
    """What an update did, unit by unit.

    ``new``: units the catalogue did not have; ``changed``: units whose source text
    changed (matched to their old entry); ``unchanged``: same text, machine
    translation; ``reviewed_kept``: same text with an editor's translation, left
    alone; ``obsolete``: entries that became obsolete in this run; ``total``: live
    units in the catalogue now.  ``written`` says whether the file changed on disk.
    """

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reviewed_kept: int = 0
    obsolete: int = 0
    total: int = 0
    written: bool = False
    template_written: bool = False


@dataclass
class _Plan:
    entries: list[PoEntry] = field(default_factory=list)
    result: UpdateResult = field(default_factory=UpdateResult)


def quote_note(text: str) -> str:
    """A translation as a one-line, reversible quoted string for a comment.

    >>> quote_note('Dijo "sí"\\nFin')
    '"Dijo \\\\"sí\\\\"\\\\nFin"'
    """
    return '"' + _escape(text)[0] + '"'


def unquote_note(text: str) -> str | None:
    """Inverse of :func:`quote_note`; None when ``text`` is not such a string."""
    from cms_i18n.catalog.po import _parse_string, _Reader  # local: private helpers

    try:
        return _parse_string(text.strip(), 0, _Reader("", None))
    except Exception:
        return None


def previous_translation(entry: PoEntry) -> str | None:
    """The reviewed translation of the previous text carried by ``entry``, if any."""
    for comment in entry.extracted_comments:
        if comment.startswith(PREVIOUS_NOTE):
            return unquote_note(comment[len(PREVIOUS_NOTE):])
    return None


_SUFFIX = re.compile(r"#\d+$")


def base_context(context: str | None) -> str:
    """The context without the ``#n`` suffix that numbers repeated text.

    >>> base_context("news/moscow:title#2")
    'news/moscow:title'
    """
    return _SUFFIX.sub("", context or "")


def _similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
        return 0.0
    return matcher.ratio()


def entry_references(entry: CatalogEntry) -> list[str]:
    """The ``#:`` references of a unit, each file name encoded safely."""
    return [format_reference(str(path), line) for path, line in entry.references]


def _machine_comments(entry: CatalogEntry) -> list[str]:
    lines: list[str] = []
    for comment in entry.comments:
        # A `#.` line cannot hold a newline; one comment may become several lines.
        lines.extend(comment.splitlines() or [""])
    return lines


def merge(old: PoFile | None, units: Sequence[CatalogEntry]) -> _Plan:
    """The new list of entries (live in unit order, then obsolete) and the counts."""
    plan = _Plan()
    result = plan.result
    seen_keys: set[tuple[str, str]] = set()
    for unit in units:
        if not unit.source:
            raise ValueError(f"empty source text for context {unit.context!r}")
        if unit.key in seen_keys:
            raise ValueError(f"unit passed twice: {unit.key!r}")
        seen_keys.add(unit.key)

    old_entries = old.entries if old is not None else []
    live = {e.key: e for e in old_entries if not e.obsolete}
    obsolete: list[PoEntry] = [e for e in old_entries if e.obsolete]
    obsolete_by_key: dict[tuple[str | None, str], PoEntry] = {}
    for entry in obsolete:
        obsolete_by_key.setdefault(entry.key, entry)
    memory = _reviewed_memory(old_entries)

    used: set[tuple[str | None, str]] = set()
    revived: set[int] = set()
    out: list[PoEntry | None] = []
    pending: list[tuple[int, CatalogEntry]] = []
    for unit in units:
        key = unit.key
        if key in live:
            used.add(key)
            out.append(_same_text(live[key], unit, memory, result))
        elif key in obsolete_by_key:
            entry = obsolete_by_key.pop(key)
            revived.add(id(entry))
            out.append(_revive(entry, unit, memory, result))
        else:
            pending.append((len(out), unit))
            out.append(None)

    gone = [e for e in old_entries if not e.obsolete and e.key not in used]
    matches = _match(pending, gone)
    matched_old: set[int] = set()
    for index, unit in pending:
        previous = matches.get(index)
        if previous is not None:
            matched_old.add(id(previous))
            out[index] = _changed_text(previous, unit, memory, result)
        else:
            out[index] = _new_text(unit, memory, result)

    live_entries = [e for e in out if e is not None]
    result.total = len(live_entries)

    kept_obsolete = [e for e in obsolete if id(e) not in revived]
    taken = {e.key for e in kept_obsolete}
    for entry in gone:
        if id(entry) in matched_old:
            if not entry.reviewed:
                continue    # its history moved to the changed entry
            # A reviewed translation of text that changed stays on file too, whatever
            # the editor's tool later does with the #| lines of the new entry.
        elif not entry.translated and not entry.translator_comments:
            continue        # nothing anybody wrote: gettext drops these too
        retired = _retire(entry)
        if entry.key in taken:
            # The same text was obsolete already: keep the better of the two.
            older = next(e for e in kept_obsolete if e.key == entry.key)
            if older.reviewed and not retired.reviewed:
                continue
            kept_obsolete.remove(older)
        kept_obsolete.append(retired)
        taken.add(entry.key)
        result.obsolete += 1
    plan.entries = live_entries + kept_obsolete
    return plan


def _reviewed_memory(entries: Sequence[PoEntry]) -> dict[str, tuple[str, str]]:
    """msgid → (reviewed translation, where) from live, obsolete and carried entries."""
    memory: dict[str, tuple[str, str]] = {}
    for entry in entries:
        if entry.msgid_plural is not None:
            continue
        if entry.reviewed:
            memory.setdefault(entry.msgid, (entry.msgstr, entry.msgctxt or ""))
        carried = previous_translation(entry)
        if carried and entry.previous_msgid:
            memory.setdefault(entry.previous_msgid,
                              (carried, entry.previous_msgctxt or entry.msgctxt or ""))
    return memory


def _other_flags(entry: PoEntry) -> list[str]:
    return [flag for flag in entry.flags if flag != "fuzzy"]


def _suggestion(unit: CatalogEntry, memory: dict[str, tuple[str, str]]
                ) -> tuple[str, str | None, bool]:
    """(translation, note, fuzzy) to offer for a unit nobody has reviewed.

    An editor's reviewed translation of the same text elsewhere beats the machine.
    """
    remembered = memory.get(unit.source)
    if remembered is not None and (unit.fuzzy or not unit.translation):
        text, where = remembered
        return text, TM_NOTE + where, True
    return unit.translation, None, unit.fuzzy


def _same_text(entry: PoEntry, unit: CatalogEntry, memory: dict[str, tuple[str, str]],
               result: UpdateResult) -> PoEntry:
    new = PoEntry(
        msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
        msgstr=entry.msgstr, msgstr_plural=list(entry.msgstr_plural),
        flags=_other_flags(entry), translator_comments=list(entry.translator_comments),
        extracted_comments=_machine_comments(unit), references=entry_references(unit))
    if entry.reviewed:
        # The editor's translation: never touched.  History notes are done with.
        result.reviewed_kept += 1
        return new
    result.unchanged += 1
    carried = previous_translation(entry)
    text, note, fuzzy = _suggestion(unit, memory)
    if text and entry.msgid_plural is None:
        new.msgstr = text
    if note:
        new.extracted_comments.append(note)
    if new.translated:
        new.fuzzy = fuzzy or not text
    if new.fuzzy:
        new.previous_msgctxt = entry.previous_msgctxt
        new.previous_msgid = entry.previous_msgid
        new.previous_msgid_plural = entry.previous_msgid_plural
        if carried is not None:
            new.extracted_comments.append(PREVIOUS_NOTE + quote_note(carried))
    return new


def _revive(entry: PoEntry, unit: CatalogEntry, memory: dict[str, tuple[str, str]],
            result: UpdateResult) -> PoEntry:
    new = _same_text(entry, unit, memory, result)
    # _same_text counted it as kept/unchanged; a revived entry is new to the file
    # unless an editor's translation came back with it.
    if not entry.reviewed:
        result.unchanged -= 1
        result.new += 1
    return new


def _changed_text(old: PoEntry, unit: CatalogEntry, memory: dict[str, tuple[str, str]],
                  result: UpdateResult) -> PoEntry:
    result.changed += 1
    new = PoEntry(
        msgid=unit.source, msgctxt=unit.context, flags=_other_flags(old),
        translator_comments=list(old.translator_comments),
        extracted_comments=_machine_comments(unit), references=entry_references(unit))
    text, note, fuzzy = _suggestion(unit, memory)
    new.msgstr = text or (old.msgstr if old.msgid_plural is None else "")
    if note:
        new.extracted_comments.append(note)
    if not fuzzy and text:
        return new          # the pipeline vouches for it: reviewed, no history needed
    reviewed_source: str | None
    reviewed_text: str | None
    if old.reviewed and old.msgid_plural is None:
        reviewed_source, reviewed_text = old.msgid, old.msgstr
        reviewed_context = old.msgctxt
    else:
        reviewed_text = previous_translation(old)
        reviewed_source = old.previous_msgid if reviewed_text is not None else old.msgid
        reviewed_context = old.previous_msgctxt if reviewed_text is not None else old.msgctxt
        if reviewed_source is None:
            reviewed_source = old.msgid
        if reviewed_context is None and reviewed_text is not None:
            reviewed_context = old.msgctxt
    new.previous_msgid = reviewed_source
    if reviewed_context is not None and reviewed_context != unit.context:
        new.previous_msgctxt = reviewed_context
    if reviewed_text is not None:
        new.extracted_comments.append(PREVIOUS_NOTE + quote_note(reviewed_text))
    new.fuzzy = True
    return new


def _new_text(unit: CatalogEntry, memory: dict[str, tuple[str, str]],
              result: UpdateResult) -> PoEntry:
    result.new += 1
    new = PoEntry(msgid=unit.source, msgctxt=unit.context,
                  extracted_comments=_machine_comments(unit), references=entry_references(unit))
    text, note, fuzzy = _suggestion(unit, memory)
    new.msgstr = text
    if note:
        new.extracted_comments.append(note)
    if text:
        new.fuzzy = fuzzy
    return new


def _retire(entry: PoEntry) -> PoEntry:
    """The obsolete form of an entry whose unit disappeared.

    References and machine notes go (they describe text that is gone); so do the
    ``#~|`` previous strings, which Babel cannot read.  A reviewed translation of
    previous text that the entry carried is kept as its own obsolete entry by
    :func:`merge`, so nothing an editor approved depends on them.
    """
    return PoEntry(
        msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
        msgstr=entry.msgstr, msgstr_plural=list(entry.msgstr_plural), flags=list(entry.flags),
        translator_comments=list(entry.translator_comments), obsolete=True)


def _match(pending: Sequence[tuple[int, CatalogEntry]],
           gone: Sequence[PoEntry]) -> dict[int, PoEntry]:
    """Pair changed units with the entries that disappeared, best similarity first."""
    if not pending or not gone:
        return {}
    by_context: dict[str, list[tuple[int, PoEntry]]] = {}
    for position, entry in enumerate(gone):
        if entry.msgid_plural is None:
            by_context.setdefault(base_context(entry.msgctxt), []).append((position, entry))
    candidates: list[tuple[float, int, int, int]] = []
    for index, unit in pending:
        for position, entry in by_context.get(base_context(unit.context), []):
            score = _similarity(entry.msgid, unit.source)
            if score >= FUZZY_THRESHOLD:
                # Higher score first; then an exact context; then document order.
                exact = 0 if entry.msgctxt == unit.context else 1
                candidates.append((-score, exact, index, position))
    candidates.sort()
    matches: dict[int, PoEntry] = {}
    taken: set[int] = set()
    for _score, _exact, index, position in candidates:
        if index in matches or position in taken:
            continue
        matches[index] = gone[position]
        taken.add(position)
    return matches
