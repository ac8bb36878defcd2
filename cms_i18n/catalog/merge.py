"""Merging a fresh run of the pipeline into a catalogue without losing an editor's work.

**Whose text is a msgstr?**  An editor's, unless it is exactly what cms-i18n itself
last wrote there as its own suggestion.  The merge is told what that was
(:class:`Authorship`: the translation memory's record per entry, and for entries it
has no record of, every machine translation it ever made of the text).  So an edited
msgstr that still carries ``fuzzy`` (Weblate's "needs editing", a Poedit user who
leaves the flag while working, ``msgmerge``'s carried-over translations) is the
editor's exactly like a reviewed one, and no run replaces it.  Without a record the
merge keeps the text: when in doubt, the editor's.

The rules, in the order they apply to each unit the pipeline passes in:

1. **Same msgctxt and msgid as a live entry.**  An editor's text, reviewed or draft,
   is kept as it is; beside a draft cms-i18n's suggestion for the text is offered as
   an extracted comment (``#. suggestion for this text: "…"``: the engine's output, or a
   reviewed translation of the same text from the memory).  A msgstr
   cms-i18n wrote is refreshed with the new suggestion.
2. **Same msgctxt and msgid as an obsolete entry** (the text came back): the entry is
   revived with its old translation and comments, under rule 1.
3. **Changed source text**, the way ``msgmerge`` does it.  Editing a paragraph changes
   its msgid; the unit is matched against the entries that disappeared in the same
   document by similarity of text, and the best match at or above
   :data:`FUZZY_THRESHOLD` gives the new entry its history:

   * the previous translation, when an editor wrote it, becomes the ``fuzzy`` msgstr,
     and the machine translation of the new text is offered beside it as an
     extracted comment; otherwise the msgstr is the new machine suggestion;
   * ``#| msgid`` is the source text that translation belongs to, so Poedit,
     Lokalize, Weblate and ``msgmerge`` itself show what changed;
   * translator comments (``# …``) and flags such as ``no-wrap`` move to the new entry;
   * the old entry, when it held an editor's text, also stays as an obsolete entry,
     so that text is still on file after the editor rewrites the new one, and comes
     back as it was if the source text does.

   Why the editor's translation goes in the msgstr and the machine's in a comment:
   every PO tool keeps a msgstr through any save, and an editor usually needs only a
   small change; a comment is for reading (polib and Babel re-wrap long ones), and
   nothing depends on reading it back, since the memory holds the machine translation.
4. **New text**: the machine suggestion, ``fuzzy``.  When the same source text has a
   reviewed translation elsewhere in the catalogue, that translation is the suggestion
   instead (still ``fuzzy``, as its context differs), with a note saying where from.

Entries that disappeared without a match become obsolete (``#~``), keeping their
translation, flags and translator comments, and are revived by rule 2 if the text comes
back.  Entries that disappeared with neither a translation nor a translator comment
are dropped, as GNU gettext drops them: there is nothing in them to keep.  Obsolete
entries stay after the live ones, oldest first.

Extracted comments are rebuilt on every run, so what they say about problems is
always about the msgstr in the file: for a machine suggestion the pipeline's own
findings, for an editor's text a fresh review of it (:data:`Review`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from cms_i18n.catalog.notes import (
    EMPTIED_REVIEW_NOTE,
    FROM_MEMORY,
    JOINED_HALF_NOTE,
    JOINED_NOTE,
    JOINED_PART_NOTE,
    KEPT_UNTIL_APPROVED,
    MACHINE_NOTE,
    MARKUP_PREFIX,
    OTHER_TRANSLATION_NOTE,
    OWN_DRAFT_NOTE,
    PREVIOUS_NOTE,
    READ_ELSEWHERE_NOTE,
    REJECTED_NOTE,
    REPLACED_ON_APPROVAL,
    SPLIT_NOTE,
    SUGGESTION_NOTE,
    TM_NOTE,
    has_problem,
    quote_note,
    unquote_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile, format_reference
from cms_i18n.catalog.status import document_of
from cms_i18n.glossary.verify import PROBLEM_PREFIX

#: how many disappeared entries either side of its place a changed unit is compared with
MATCH_WINDOW = 16
#: a similarity at which the search for a changed unit's old entry stops
SURE_MATCH = 0.9
FUZZY_THRESHOLD = 0.6
"""Minimum similarity (difflib ratio) for a changed unit to inherit an old entry."""


Key = tuple[str, str]
Review = Callable[[str, str, str], Sequence[str]]
"""(msgctxt, msgid, msgstr) → problem lines (``glossary problem: …``, ``markup problem:
…``) of a translation the pipeline did not make, such as an editor's."""


@dataclass(frozen=True)
class CatalogEntry:
    """One translation unit as the pipeline hands it to the catalogue.

    ``translation`` is the machine translation ("" when there is none), ``comments``
    become ``#.`` lines (what the machine did), ``problems`` too, but only while the
    msgstr is that translation (they are its problems), ``references`` ``#:`` lines.
    ``source_comments`` are the ``#.`` lines about the source text alone (what cleaning
    did), the ones every language shares and the template carries.  ``fuzzy`` False
    means the pipeline vouches for the translation.  ``document_reading`` says a name
    in the unit is read from its document (a bare "Security Council" is Russia's
    council in one article, the UN's in another): the same text reviewed in another
    document is offered in a note, never put in as its msgstr.  ``held``: the unit went
    to no engine (another language, source code), so a machine translation an earlier
    run wrote for it goes; an editor's stays.  ``draft``: the draft an editor typed in
    this entry before it left the catalogue (its text deleted, then restored, the
    obsolete entry purged between), which the memory keeps: an entry made anew offers
    it, the machine translation beside it; a catalogue that holds the entry ignores it.
    """

    context: str
    source: str
    translation: str = ""
    references: tuple[tuple[str, int], ...] = ()
    comments: tuple[str, ...] = ()
    fuzzy: bool = True
    problems: tuple[str, ...] = ()
    source_comments: tuple[str, ...] = ()
    document_reading: bool = False
    held: bool = False
    draft: str = ""

    @property
    def key(self) -> Key:
        """(msgctxt, msgid)."""
        return (self.context, self.source)


@dataclass(frozen=True)
class Written:
    """What cms-i18n last wrote into one entry.

    ``ours`` says the msgstr was its own suggestion (a machine translation, or a
    reviewed translation of the same text from elsewhere); False, that it was an
    editor's text it kept or carried over.  ``previous`` is the ``#| msgid`` it wrote,
    so that a tool that drops those lines does not lose what changed.
    """

    msgstr: str
    ours: bool
    previous: str | None = None


@dataclass(frozen=True)
class EditorText:
    """A translation an editor wrote, as found in a catalogue: ``reviewed`` (not fuzzy)
    or a draft (still fuzzy), for (``context``, ``source``)."""

    context: str
    source: str
    text: str
    reviewed: bool


@dataclass
class Authorship:
    """How a merge tells cms-i18n's own msgstrs from editors'.

    ``written`` is what cms-i18n last wrote per (msgctxt, msgid); for an entry it has
    no record of, ``machine_outputs(msgid)`` gives every machine translation of that
    text it remembers.  With neither, a fuzzy msgstr is taken for an editor's.
    """

    written: Mapping[Key, Written] = field(default_factory=dict)
    machine_outputs: Callable[[str], Collection[str]] | None = None
    #: Whether the engine wrote this text for any source text of the language pair.
    machine_wrote: Callable[[str], bool] | None = None
    #: Every editor's text the memory saw for (context, source), with when it first did.
    history: Callable[[str, str], Sequence[tuple[str, float]]] | None = None
    #: Whether the memory saw this text (context, source, text) approved by an editor: a
    #: draft that is such a text again is a review a tool's step took back, not an editor.
    #: A context of None asks of every document: a file renamed gives its entries a new
    #: context, under which the memory saw none of the texts approved before.
    seen_reviewed: Callable[[str | None, str, str], bool] | None = None
    #: The source texts for which the memory saw this editor's text (context, text), as
    #: a draft or approved: a page that shows an editor's translation of a paragraph's
    #: earlier wording (a revert to a revision from before the author corrected a figure)
    #: shows no review of the new one.
    editor_sources: Callable[[str, str], Collection[str]] | None = None

    def record(self, entry: PoEntry) -> Written | None:
        return self.written.get(_public_key(entry))

    def is_ours(self, entry: PoEntry) -> bool:
        """Whether the msgstr is a suggestion of cms-i18n's, not an editor's text."""
        record = self.record(entry)
        if record is not None:
            # (a draft of the machine's for another text where the last run wrote its own:
            # msgmerge matched an older copy's entry of another paragraph to this one)
            return record.ours and (entry.msgstr == record.msgstr or (
                entry.fuzzy and self._machine_elsewhere(entry.msgstr)))
        if self.machine_outputs is None:
            return False
        # A changed entry's msgstr translates its previous text (``#| msgid``).
        return any(entry.msgstr in self.machine_outputs(source)
                   for source in (entry.msgid, entry.previous_msgid) if source is not None)

    def as_last_written(self, entry: PoEntry) -> bool:
        """Whether the msgstr is what the last run wrote into this entry, its own or an
        editor's text it carried: the entry as that run left it."""
        record = self.record(entry)
        return record is not None and entry.msgstr == record.msgstr

    def is_machine_draft(self, entry: PoEntry) -> bool:
        """Whether the msgstr is a draft of cms-i18n's: its own last suggestion there, or a
        machine translation of the text it remembers, even where an editor's text has
        been recorded since (a copy of the catalogue from before that edit, put back)."""
        if self.is_ours(entry):
            return True
        # the text the entry was moved from, as the last run wrote it (``#|``): msgmerge,
        # which moves an older copy's draft there, writes no such line
        record = self.record(entry)
        earlier = record.previous if record is not None else None
        if self.machine_outputs is not None and any(
                entry.msgstr in self.machine_outputs(source)
                for source in (entry.msgid, entry.previous_msgid, earlier) if source is not None):
            return True
        # the draft of another paragraph, another document's too: msgmerge matches an
        # older copy's entries across documents by their likeness, and says nothing
        return entry.fuzzy and self._machine_elsewhere(entry.msgstr)

    def earlier_editor_text(self, entry: PoEntry, than: str) -> bool:
        """Whether the entry's msgstr is an editor's text the memory saw before ``than``,
        the editor's text the last run kept there: an older translation back in the file,
        as a copy of the catalogue taken before the newer one, put back over it, brings it.
        A text typed anew was never seen; one seen only after ``than`` is newer work.
        ``than`` never seen by a run is newer still: ``compile`` or ``apply`` kept it, a
        review made after the last ``translate``."""
        return entry.msgstr != than and entry.msgstr in self.texts_before(entry, than)

    def texts_before(self, entry: PoEntry, than: str) -> list[str]:
        """The editor's texts of the entry's source the memory saw before ``than`` (the
        texts ``than`` may have been edited from), oldest first."""
        if self.history is None:
            return []
        context = entry.msgctxt or ""
        seen = list(self.history(context, entry.msgid))
        if entry.previous_msgid is not None:
            # the text the entry was moved from (``#|``), whose editor's translation a run
            # carried as the draft of the new one: a copy from before a newer review of the
            # new text, put back, holds it still
            seen += self.history(entry.previous_msgctxt or context, entry.previous_msgid)
        elif self.editor_sources is not None and entry.msgstr:
            # ... approved there as it stood, the ``#|`` lines dropped with the flag (as
            # PO editors do): the entry's text an editor wrote for another wording of the
            # document's, a run before
            for source in set(self.editor_sources(context, entry.msgstr)) - {entry.msgid}:
                seen += [(text, when) for text, when in self.history(context, source)
                         if text == entry.msgstr]
        newer = next((when for text, when in seen if text == than), None)
        return [text for text, when in sorted(seen, key=lambda item: item[1])
                if text != than and (newer is None or when < newer)]

    def _machine_elsewhere(self, text: str) -> bool:
        """Whether cms-i18n wrote ``text`` as its own draft in another entry, or the
        engine wrote it for any source text."""
        return any(written.ours and written.msgstr == text for written in self.written.values()) \
            or (self.machine_wrote is not None and self.machine_wrote(text))


@dataclass
class UpdateResult:
    """What an update did, unit by unit.

    ``new``: units the catalogue did not have; ``changed``: units whose source text
    changed (matched to their old entry); ``unchanged``: same text, machine
    translation; ``reviewed_kept``: same text with an editor's reviewed translation,
    left alone; ``drafts_kept``: an editor's draft (still fuzzy) left alone, and an
    editor's text kept as the fuzzy draft of a changed source text; ``obsolete``:
    entries that became obsolete in this run; ``held_obsolete``: the obsolete entries
    the catalogue holds now, those included; ``total``: live units in the catalogue
    now; ``glossary_problems`` and ``markup_problems``: live entries whose msgstr has
    such a problem.  ``written`` says whether the file changed
    on disk.  ``editor_texts`` lists every editor's translation the old catalogue held;
    ``authorship``, what cms-i18n wrote into each live entry where that changed.
    ``restored``: entries with an editor's work the file had lost since the last run,
    brought back (see :mod:`.kept`); ``warnings`` and ``notes`` say so, for the user.
    ``refilled``: entries whose msgstr an editor emptied since the last run, given a
    translation again (as a draft, never published unreviewed).
    """

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reviewed_kept: int = 0
    drafts_kept: int = 0
    obsolete: int = 0
    held_obsolete: int = 0
    total: int = 0
    glossary_problems: int = 0
    markup_problems: int = 0
    written: bool = False
    template_written: bool = False
    editor_texts: list[EditorText] = field(default_factory=list)
    authorship: dict[Key, Written] = field(default_factory=dict)
    restored: int = 0
    refilled: int = 0
    #: entries msgmerge made fuzzy with their own text, approved again (see
    #: ``_Merger.approval_taken_back``)
    reapproved: int = 0
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    entries: list[PoEntry] = field(default_factory=list)
    result: UpdateResult = field(default_factory=UpdateResult)


def previous_translation(entry: PoEntry) -> str | None:
    """The reviewed translation of the previous text that an entry written by an
    earlier version carries in a comment, if any."""
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


def paragraph_context(context: str | None) -> str:
    """The context of a repeated paragraph without its number: the document's.

    >>> paragraph_context("news/moscow:body#3"), paragraph_context("news/moscow")
    ('news/moscow', 'news/moscow')
    >>> paragraph_context("news/moscow:title")
    'news/moscow:title'
    """
    context = base_context(context)
    return context[:-len(":body")] if context.endswith(":body") else context


def _public_key(entry: PoEntry) -> Key:
    return (entry.msgctxt or "", entry.msgid)


def similarity(a: str, b: str) -> float:
    """How alike two source texts are (difflib's ratio; 0 below :data:`FUZZY_THRESHOLD`):
    a changed unit inherits an old entry at :data:`FUZZY_THRESHOLD` or more.

    >>> similarity("The SCO now counts ten member states.", "The SCO now has ten members.") > 0.6
    True
    """
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
        return 0.0
    return matcher.ratio()


def words_in_order(text: str, other: str) -> int:
    """How many words of ``text`` line up with words of ``other``, in order (difflib's
    matching blocks over the words): how much of one translation another keeps.

    >>> words_in_order("La cumbre se abrió el lunes.", "La cumbre se inauguró el lunes.")
    5
    """
    return sum(block.size for block in SequenceMatcher(
        None, text.split(), other.split(), autojunk=False).get_matching_blocks())


def entry_references(entry: CatalogEntry) -> list[str]:
    """The ``#:`` references of a unit, each file name encoded safely."""
    return [format_reference(str(path), line) for path, line in entry.references]


def template_comments(unit: CatalogEntry) -> list[str]:
    """The ``#.`` lines of a unit in the template, which every language shares."""
    return _lines(unit.source_comments)


def _lines(comments: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for comment in comments:
        # A `#.` line cannot hold a newline; one comment may become several lines.
        lines.extend(comment.splitlines() or [""])
    return lines


class _Merger:
    """One merge: the old catalogue's entries, who wrote them, and the counts."""

    def __init__(self, old_entries: Sequence[PoEntry], authorship: Authorship,
                 review: Review | None) -> None:
        self.authorship = authorship
        self.review = review
        self.result = UpdateResult()
        self.memory = _reviewed_memory(old_entries)
        self.ours: set[int] = set()     # ids of new entries whose msgstr is cms-i18n's
        #: reviews the kept copy has for entries the file holds empty (``kept.Lost.emptied``)
        self.emptied_reviews: dict[tuple[str | None, str], str] = {}
        #: reviews the kept copy has for every entry (``kept.Lost.approved``), by
        #: (msgctxt or "", msgid)
        self.copy_approved: dict[tuple[str, str], str] = {}

    # -- whose text ------------------------------------------------------------

    def editor_text(self, entry: PoEntry) -> str | None:
        """The entry's msgstr when an editor wrote it (reviewed or draft), else None."""
        if entry.msgid_plural is not None or not entry.translated:
            return None
        if not entry.fuzzy or not self.authorship.is_ours(entry):
            return entry.msgstr
        return None

    def emptied(self, entry: PoEntry) -> bool:
        """Whether an editor emptied the entry's msgstr since the last run: cms-i18n
        wrote or kept a translation there, and the file holds none."""
        record = self.authorship.record(entry)
        return (entry.msgid_plural is None and not entry.msgstr and record is not None
                and bool(record.msgstr))

    def carried_source(self, entry: PoEntry) -> tuple[str | None, str]:
        """(msgctxt, msgid) of the source text the entry's msgstr translates.

        A fuzzy entry that still holds the translation it was given with a ``#|``
        msgid translates that previous text (``msgmerge`` keeps it the same way);
        otherwise the msgstr translates the entry's own msgid.
        """
        previous = self.previous_of(entry)
        if entry.fuzzy and previous is not None:
            record = self.authorship.record(entry)
            if record is None or record.msgstr == entry.msgstr:
                return (entry.previous_msgctxt or entry.msgctxt, previous)
        return (entry.msgctxt, entry.msgid)

    def previous_of(self, entry: PoEntry) -> str | None:
        """The entry's ``#| msgid``, or the one cms-i18n wrote if a tool dropped it while
        the msgstr stayed as it was written."""
        if entry.previous_msgid is not None:
            return entry.previous_msgid
        record = self.authorship.record(entry)
        if record is not None and record.msgstr == entry.msgstr and entry.fuzzy:
            return record.previous
        return None

    def seen_reviewed(self, context: str, source: str, text: str) -> bool:
        """Whether the memory saw an editor approve ``text`` for ``source`` there, or the
        copy of the editors' work holds it approved (written by ``apply`` or ``compile``
        after a review no ``translate`` has seen yet)."""
        if self.copy_approved.get((context or "", source)) == text:
            return True
        return (self.authorship.seen_reviewed is not None
                and self.authorship.seen_reviewed(context, source, text))

    def approval_taken_back(self, entry: PoEntry) -> bool:
        """Whether ``entry`` is fuzzy only because ``msgmerge`` matched it to itself: its
        ``#|`` lines name its own text (under another context at most, a template from
        before its document was renamed), and its msgstr is the very text the memory saw
        an editor approve for it.  No editor writes ``#|`` lines, and a review an editor
        withdraws in a PO editor keeps none (an approved entry has none): the approval
        stands, and the run says so."""
        if (not entry.fuzzy or entry.msgid_plural is not None or not entry.msgstr
                or entry.previous_msgid != entry.msgid):
            return False
        contexts = dict.fromkeys((entry.msgctxt or "", entry.previous_msgctxt or ""))
        return any(self.seen_reviewed(context, entry.msgid, entry.msgstr)
                   for context in contexts)

    # -- comments --------------------------------------------------------------

    def claim(self, new: PoEntry, unit: CatalogEntry) -> None:
        """Record ``new``'s msgstr as cms-i18n's own suggestion."""
        self.ours.add(id(new))

    def machine_comments(self, unit: CatalogEntry, note: str | None = None) -> list[str]:
        """Comments for an entry whose msgstr is the unit's translation (or ``note``'s)."""
        return _lines([*unit.source_comments, *unit.comments, *unit.problems,
                       *([note] if note else [])])

    def held_comments(self, unit: CatalogEntry, text: str) -> list[str]:
        """Comments for an entry whose msgstr is an editor's ``text``: the unit's notes,
        the machine translation beside it, and the problems of the editor's text."""
        # The memory's reviewed translation of the text may be this entry's own text:
        # then it is no translation "elsewhere".  The engine's note names who wrote
        # the msgstr only when the editor's text is the engine's; otherwise it says who
        # wrote the suggestion beside it.
        # The same for the memory's note: beside the editor's text it says where the
        # suggestion comes from (on a line of its own it read as said of the msgstr).
        own = unit.translation == text
        origin = [c for c in unit.comments if c.startswith((MACHINE_NOTE, FROM_MEMORY))]
        lines = [*unit.source_comments,
                 *(comment for comment in unit.comments
                   if not comment.startswith(FROM_MEMORY)
                   and (own or not comment.startswith(MACHINE_NOTE)))]
        if unit.translation and not own:
            lines.append(SUGGESTION_NOTE + quote_note(unit.translation)
                         + "".join(f" ({note})" for note in origin[:1]))
        if self.review is not None:
            lines.extend(self.review(unit.context, unit.source, text))
        return _lines(lines)

    # -- the rules ---------------------------------------------------------------

    def same_text(self, entry: PoEntry, unit: CatalogEntry) -> PoEntry:
        comments = list(entry.translator_comments)
        if entry.reviewed:
            # approved in a PO editor over a conflict's note that said the page keeps its
            # text until then: it no longer does (the review screen says so the same way)
            comments = [comment.replace(KEPT_UNTIL_APPROVED, REPLACED_ON_APPROVAL)
                        for comment in comments]
        new = PoEntry(
            msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
            msgstr=entry.msgstr, msgstr_plural=list(entry.msgstr_plural),
            flags=_other_flags(entry), translator_comments=comments,
            references=entry_references(unit))
        text = self.editor_text(entry)
        legacy = previous_translation(entry) if entry.fuzzy and text is None else None
        if text is None and legacy is not None:
            text = new.msgstr = legacy          # carried in a comment by an earlier version
        if text is not None and self.approval_taken_back(entry):
            self.result.reapproved += 1
            self.result.reviewed_kept += 1
            new.extracted_comments = self.held_comments(unit, new.msgstr)
            return new
        if text is not None or entry.msgid_plural is not None:
            if entry.reviewed:
                self.result.reviewed_kept += 1
            elif text is not None or any(entry.msgstr_plural):
                self.result.drafts_kept += 1
            else:
                self.result.unchanged += 1      # a plural entry nobody translated yet
            if not entry.reviewed:
                new.fuzzy = entry.fuzzy or legacy is not None
                new.previous_msgctxt = entry.previous_msgctxt
                new.previous_msgid = self.previous_of(entry)
                new.previous_msgid_plural = entry.previous_msgid_plural
            new.extracted_comments = self.held_comments(unit, new.msgstr)
            return new
        self.result.unchanged += 1
        earlier = self.emptied_reviews.get(entry.key) if not entry.msgstr else None
        if earlier is not None and entry.msgid_plural is None and unit.translation != earlier:
            # an editor's review the file lost that the memory never saw (it offers the ones
            # it has itself, named so): a draft again, the editor's (never refreshed as a
            # machine draft is), named in a note
            new.msgstr, new.fuzzy = earlier, True
            if EMPTIED_REVIEW_NOTE not in new.translator_comments:
                new.translator_comments.append(EMPTIED_REVIEW_NOTE)
            new.extracted_comments = self.held_comments(unit, earlier)
            self.result.refilled += 1
            return new
        suggestion, note, fuzzy = _suggestion(unit, self.memory)
        if suggestion and suggestion in _rejected(entry):
            # The editor rejected this very text: it is not offered again (a run that
            # wrote it back would undo the rejection, and "approve all" would take it).
            # A different suggestion (a new engine, a new glossary) is offered as a draft.
            new.extracted_comments = _lines(unit.source_comments)
            return new
        if suggestion or unit.held:
            new.msgstr = suggestion
        new.extracted_comments = self.machine_comments(unit, note)
        if new.translated:
            # An editor emptied the msgstr cms-i18n last wrote or kept: a translation
            # put back is a draft, and the run says how many it refilled.
            emptied = self.emptied(entry)
            new.fuzzy = fuzzy or not suggestion or emptied
            self.result.refilled += emptied
            self.claim(new, unit)
        if new.fuzzy:
            new.previous_msgctxt = entry.previous_msgctxt
            new.previous_msgid = self.previous_of(entry)
        return new

    def revive(self, entry: PoEntry, unit: CatalogEntry) -> PoEntry:
        before = (self.result.reviewed_kept, self.result.drafts_kept)
        new = self.same_text(entry, unit)
        # Counted as kept or unchanged; a revived entry is new to the file unless an
        # editor's translation came back with it.
        if (self.result.reviewed_kept, self.result.drafts_kept) == before:
            self.result.unchanged -= 1
            self.result.new += 1
        return new

    def changed_text(self, old: PoEntry, unit: CatalogEntry, *, split: bool = False
                     ) -> PoEntry:
        """The entry for a unit whose source text changed from ``old``'s.  ``split``: the
        unit is half of ``old``'s paragraph, the other half beside it; an editor's
        translation of the whole is then no draft of the half (approved, the page said
        the other half twice), and goes in a note on each half (:data:`SPLIT_NOTE`)."""
        self.result.changed += 1
        new = PoEntry(
            msgid=unit.source, msgctxt=unit.context, flags=_other_flags(old),
            translator_comments=list(old.translator_comments), references=entry_references(unit))
        carried = self.editor_text(old)
        if carried is None and old.fuzzy and old.msgid_plural is None:
            carried = previous_translation(old)
            source = (old.previous_msgctxt or old.msgctxt, old.previous_msgid or old.msgid)
        else:
            source = self.carried_source(old)
        if carried is not None and split:
            new.translator_comments.append(SPLIT_NOTE + quote_note(carried))
            carried = None
        if carried is not None:
            self.result.drafts_kept += 1        # the editor's text, now a draft of the new one
            new.msgstr = carried
            new.extracted_comments = self.held_comments(unit, carried)
        else:
            suggestion, note, fuzzy = _suggestion(unit, self.memory)
            new.msgstr = suggestion
            new.extracted_comments = self.machine_comments(unit, note)
            self.claim(new, unit)
            if not fuzzy and suggestion and not split:
                return new      # the pipeline vouches for it: reviewed, no history needed
            if not split:
                source = (old.msgctxt, old.msgid)
        if new.translated:
            new.fuzzy = True
            new.previous_msgid = source[1]
            if source[0] is not None and source[0] != unit.context:
                new.previous_msgctxt = source[0]
        return new

    def joined_text(self, first: PoEntry, second: PoEntry, unit: CatalogEntry) -> PoEntry:
        """The entry for a unit made of two paragraphs that were ``first`` and ``second``:
        where an editor translated both, a draft of their translations one after the
        other; where one, its text and the machine's draft of the other; otherwise the
        machine's translation of the whole."""
        texts = [self.editor_text(entry) or (previous_translation(entry) if entry.fuzzy
                                             else None) for entry in (first, second)]
        note = JOINED_NOTE
        if (texts[0] is None) != (texts[1] is None):
            # one half an editor's, the other the machine's draft of its paragraph: both,
            # so the editor's half is in the draft, not only in an obsolete entry
            machine = [entry.msgstr if text is None else text
                       for entry, text in zip((first, second), texts, strict=True)]
            if all(machine):
                texts, note = [*machine], JOINED_HALF_NOTE
        if texts[0] is None or texts[1] is None:
            return self.new_text(unit)
        self.result.changed += 1
        self.result.drafts_kept += 1
        joined = f"{texts[0]} {texts[1]}"
        return PoEntry(
            msgid=unit.source, msgctxt=unit.context, msgstr=joined, flags=["fuzzy"],
            translator_comments=[*first.translator_comments, *second.translator_comments,
                                 note],
            references=entry_references(unit),
            extracted_comments=self.held_comments(unit, joined))

    def new_text(self, unit: CatalogEntry) -> PoEntry:
        self.result.new += 1
        new = PoEntry(msgid=unit.source, msgctxt=unit.context, references=entry_references(unit))
        if unit.draft and unit.source not in self.memory:
            # the editor's draft the memory gave back (:data:`OWN_DRAFT_NOTE`): their
            # text from now on, never replaced as cms-i18n's own draft is
            new.msgstr, new.fuzzy = unit.draft, True
            new.extracted_comments = [OWN_DRAFT_NOTE, *self.held_comments(unit, unit.draft)]
            return new
        suggestion, note, fuzzy = _suggestion(unit, self.memory)
        new.msgstr = suggestion
        new.extracted_comments = self.machine_comments(unit, note)
        self.claim(new, unit)
        if suggestion:
            new.fuzzy = fuzzy
        return new

    # -- two entries with one key ---------------------------------------------------

    def fold(self, kept: PoEntry, other: PoEntry) -> PoEntry:
        """One entry from two with the same msgctxt and msgid, keeping what each holds.

        Two such entries reach a merge when a document comes back to a catalogue that
        holds it obsolete, or from two catalogues at once (live in one, obsolete in the
        one a layout switch left behind); written side by side they would be a
        "duplicate message definition" that ``msgfmt`` rejects.  ``kept`` (live
        before obsolete, this catalogue's before another's) stays; an editor's text
        in ``other`` takes the place of a msgstr nobody typed, and one different from
        an editor's text in ``kept`` stays on the entry as a translator comment, which
        every PO tool keeps.  Translator comments are joined.
        """
        folded = replace(kept, flags=list(kept.flags),
                         translator_comments=list(kept.translator_comments))
        mine, theirs = self.editor_text(kept), self.editor_text(other)
        comments = list(other.translator_comments)
        if theirs is not None and theirs != mine:
            if mine is None:
                folded.msgstr, folded.flags = other.msgstr, list(other.flags)
                folded.previous_msgctxt = other.previous_msgctxt
                folded.previous_msgid = other.previous_msgid
            else:
                comments.append(OTHER_TRANSLATION_NOTE + quote_note(theirs))
        for comment in comments:
            if comment not in folded.translator_comments:
                folded.translator_comments.append(comment)
        return folded

    def one_per_key(self, entries: Sequence[PoEntry]) -> list[PoEntry]:
        """``entries`` with each (msgctxt, msgid) once: live ones first, in order."""
        ordered = sorted(entries, key=lambda entry: entry.obsolete)     # stable
        index: dict[tuple[str | None, str], int] = {}
        found: list[PoEntry] = []
        for entry in ordered:
            if entry.key in index:
                found[index[entry.key]] = self.fold(found[index[entry.key]], entry)
            else:
                index[entry.key] = len(found)
                found.append(entry)
        return found

    # -- what the pipeline records -------------------------------------------------

    def collect_editor_texts(self, entries: Sequence[PoEntry]) -> None:
        seen: set[tuple[str, str, str]] = set()
        for entry in entries:
            found = []
            text = self.editor_text(entry)
            if text is not None:
                context, source = self.carried_source(entry)
                found.append(EditorText(context or "", source, text, entry.reviewed))
            legacy = previous_translation(entry)
            if legacy and entry.previous_msgid:
                context = entry.previous_msgctxt or entry.msgctxt
                found.append(EditorText(context or "", entry.previous_msgid, legacy, True))
            for item in found:
                if (item.context, item.source, item.text) not in seen:
                    seen.add((item.context, item.source, item.text))
                    self.result.editor_texts.append(item)

    def record_authorship(self, live: Sequence[PoEntry]) -> None:
        for entry in live:
            if entry.msgid_plural is not None or not entry.translated:
                continue
            previous = entry.previous_msgid
            last = self.authorship.record(entry)
            if previous is None and last is not None and not last.ours \
                    and last.msgstr == entry.msgstr:
                # an editor's text carried from an earlier source text, approved as it was
                # (a PO editor drops the ``#|`` lines): it still translates that text, for
                # ``apply``'s check of a correction the approval did not make
                previous = last.previous
            record = Written(entry.msgstr, id(entry) in self.ours, previous)
            if last != record:
                self.result.authorship[_public_key(entry)] = record
            if has_problem(entry.extracted_comments, PROBLEM_PREFIX):
                self.result.glossary_problems += 1
            if has_problem(entry.extracted_comments, MARKUP_PREFIX):
                self.result.markup_problems += 1


def merge(old: PoFile | None, units: Sequence[CatalogEntry],
          authorship: Authorship | None = None, review: Review | None = None,
          adopted: Sequence[PoEntry] = (), renames: Mapping[str, str] | None = None,
          emptied: Mapping[tuple[str | None, str], str] | None = None,
          approved: Mapping[tuple[str | None, str], str] | None = None,
          newer: Collection[tuple[str | None, str]] = ()) -> _Plan:
    """The new list of entries (live in unit order, then obsolete) and the counts.

    ``authorship`` tells cms-i18n's own msgstrs from editors' (without it, every
    translated fuzzy msgstr counts as an editor's); ``review`` finds the problems of
    translations the pipeline did not make.  ``adopted`` are entries of documents that
    moved here from another catalogue, merged as if they had been in this one;
    ``renames``: documents whose file moved (the id each had → the one it has), whose
    entries here are merged under the new id, one with their copies in ``adopted``.
    ``emptied`` and ``approved``: the reviewed translations the copy of the editors' work
    holds for entries the file has empty, and for every entry (:class:`.kept.Lost`).
    ``newer``: the keys of entries in ``adopted`` that hold the later work, a text typed
    in another catalogue since the last run over one this file holds as it was (a copy of
    a document's old catalogue put back): they come first, this file's text beside them
    as a translator comment, even where the old catalogue's merge earlier in the run made
    them obsolete there.
    """
    seen_keys: set[Key] = set()
    for unit in units:
        if not unit.source:
            raise ValueError(f"empty source text for context {unit.context!r}")
        if unit.key in seen_keys:
            raise ValueError(f"unit passed twice: {unit.key!r}")
        seen_keys.add(unit.key)

    own = [renamed_entry(entry, renames or {}) for entry in (old.entries if old else [])]
    live_keys = {entry.key for entry in own if not entry.obsolete}
    later = [replace(entry, obsolete=False) if entry.key in live_keys else entry
             for entry in adopted if entry.key in newer]
    old_entries = [*later, *own, *(entry for entry in adopted if entry.key not in newer)]
    merger = _Merger(old_entries, authorship or Authorship(), review)
    merger.emptied_reviews = dict(emptied or {})
    merger.copy_approved = {(context or "", source): text
                            for (context, source), text in (approved or {}).items()}
    merger.collect_editor_texts(old_entries)
    old_entries = merger.one_per_key(old_entries)
    result = merger.result
    live = {e.key: e for e in old_entries if not e.obsolete}
    obsolete: list[PoEntry] = [e for e in old_entries if e.obsolete]
    obsolete_by_key: dict[tuple[str | None, str], PoEntry] = {}
    for entry in obsolete:
        obsolete_by_key.setdefault(entry.key, entry)

    used: set[tuple[str | None, str]] = set()
    revived: set[int] = set()
    out: list[PoEntry | None] = []
    pending: list[tuple[int, CatalogEntry]] = []
    for unit in units:
        key = unit.key
        if key in live:
            used.add(key)
            out.append(merger.same_text(live[key], unit))
        elif key in obsolete_by_key:
            entry = obsolete_by_key.pop(key)
            revived.add(id(entry))
            out.append(merger.revive(entry, unit))
        else:
            pending.append((len(out), unit))
            out.append(None)

    gone = [e for e in old_entries if not e.obsolete and e.key not in used]
    _note_joined_parts(merger, units, out, [*gone, *obsolete])
    # The same text in the same document under another number (``body#3`` now
    # ``body#2``, or ``body``: a repeat above it went): a reviewed translation is of
    # this very text, and stays reviewed under the new number.  So it does where only
    # the blanks between its words changed (a CMS's editor saved "personnel.  “Our" as
    # "personnel. “Our"): the words, and so the translation, are the same.
    renumbered: set[int] = set()
    repeats: dict[Key, list[PoEntry]] = {}
    for entry in gone:
        if entry.reviewed and entry.msgid_plural is None:
            repeats.setdefault((paragraph_context(entry.msgctxt), _blanks(entry.msgid)),
                               []).append(entry)
    # This very text's entry that msgmerge moved under another document's context, its
    # ``#|`` naming this one (a template from before the document was renamed): it is
    # the unit's own entry still (:meth:`_Merger.approval_taken_back` judges its review).
    # So is the entry msgmerge moved onto an earlier text of the document (a template
    # from before a rewording), its ``#|`` naming the unit's text, where the memory or the
    # copy of the editors' work has its msgstr approved for that text: the editor's
    # review of the text the page has now.
    moved_back: dict[tuple[str | None, str], PoEntry] = {
        (entry.previous_msgctxt, entry.msgid): entry for entry in gone
        if entry.previous_msgctxt not in (None, entry.msgctxt)
        and entry.previous_msgid == entry.msgid and entry.msgid_plural is None}
    for entry in gone:
        if (entry.fuzzy and entry.msgid_plural is None and entry.msgstr
                and entry.previous_msgid not in (None, entry.msgid)
                and merger.seen_reviewed(entry.previous_msgctxt or entry.msgctxt or "",
                                         entry.previous_msgid, entry.msgstr)):
            moved_back.setdefault((entry.previous_msgctxt or entry.msgctxt,
                                   entry.previous_msgid), entry)
    unmatched: list[tuple[int, CatalogEntry]] = []
    for index, unit in pending:
        same = repeats.get((paragraph_context(unit.context), _blanks(unit.source)))
        back = moved_back.pop(unit.key, None)
        if back is not None:
            renumbered.add(id(back))
            out[index] = merger.same_text(
                replace(back, msgctxt=unit.context, msgid=unit.source), unit)
        elif same:
            repeat = same.pop(0)
            renumbered.add(id(repeat))
            out[index] = merger.same_text(
                replace(repeat, msgctxt=unit.context, msgid=unit.source), unit)
        else:
            unmatched.append((index, unit))
    pending = unmatched
    candidates = [e for e in gone if id(e) not in renumbered]
    # Two paragraphs the author joined into one: the new entry is made of both.
    joins = _joins(pending, candidates)
    joined = {id(entry) for pair in joins.values() for entry in pair}
    for index, (first, second) in joins.items():
        out[index] = merger.joined_text(first, second, units[index])
    pending = [(index, unit) for index, unit in pending if index not in joins]
    matches = _match(pending, [e for e in candidates if id(e) not in joined])
    matched_old: set[int] = set()
    halves: dict[int, str] = {}         # a split's other half → the note it gets
    for index, unit in pending:
        previous = matches.get(index)
        if previous is not None:
            matched_old.add(id(previous))
            other = _other_half(previous.msgid, units, index)
            changed = merger.changed_text(previous, unit, split=other is not None)
            out[index] = changed
            note = next((c for c in changed.translator_comments if c.startswith(SPLIT_NOTE)),
                        None)
            if other is not None and note is not None:
                halves[other] = note
        else:
            out[index] = merger.new_text(unit)
    for index, note in halves.items():
        half = out[index]
        if half is not None and note not in half.translator_comments:
            half.translator_comments.append(note)

    live_entries = [e for e in out if e is not None]
    result.total = len(live_entries)
    merger.record_authorship(live_entries)

    kept_obsolete: list[PoEntry | None] = [e for e in obsolete if id(e) not in revived]
    taken = {e.key: i for i, e in enumerate(kept_obsolete) if e is not None}
    for entry in gone:
        if id(entry) in renumbered:
            continue            # live again, under its new number
        if id(entry) in matched_old and merger.editor_text(entry) is None:
            continue            # its history moved to the changed entry
        # An editor's text carried into a changed entry stays on file as it was too:
        # the editor may rewrite the changed entry, and the text may come back.
        if not entry.translated and not entry.translator_comments:
            continue            # nothing anybody wrote: gettext drops these too
        retired = retire(entry)
        if entry.key in taken:
            # The same text was obsolete already: one entry keeps what both held.
            older = kept_obsolete[taken[entry.key]]
            assert older is not None
            # A reviewed text stays the msgstr, to come back reviewed with its source.
            pair = (older, retired) if older.reviewed and not retired.reviewed \
                else (retired, older)
            kept_obsolete[taken[entry.key]] = merger.fold(*pair)
            continue
        taken[entry.key] = len(kept_obsolete)
        kept_obsolete.append(retired)
        result.obsolete += 1
    result.held_obsolete = sum(e is not None for e in kept_obsolete)
    plan = _Plan(entries=live_entries + [e for e in kept_obsolete if e is not None],
                 result=result)
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


def renamed_context(context: str, renames: Mapping[str, str]) -> str:
    """``context`` under its document's new id, when the document moved.

    >>> renamed_context("world/veto:title#2", {"world/veto": "region/veto"})
    'region/veto:title#2'
    """
    document = document_of(context)
    if document not in renames:
        return context
    return renames[document] + context[len(document):]


def renamed_entry(entry: PoEntry, renames: Mapping[str, str]) -> PoEntry:
    """A copy of ``entry`` under its document's new id (its ``#|`` context too)."""
    if not renames:
        return entry
    return replace(entry, msgctxt=None if entry.msgctxt is None
                   else renamed_context(entry.msgctxt, renames),
                   previous_msgctxt=None if entry.previous_msgctxt is None
                   else renamed_context(entry.previous_msgctxt, renames))


def _rejected(entry: PoEntry) -> set[str]:
    """The suggestions an editor rejected for this entry, as its notes quote them."""
    return {text for comment in entry.translator_comments if comment.startswith(REJECTED_NOTE)
            if (text := unquote_note(comment[len(REJECTED_NOTE):])) is not None}


def _other_flags(entry: PoEntry) -> list[str]:
    return [flag for flag in entry.flags if flag != "fuzzy"]


def _suggestion(unit: CatalogEntry, memory: dict[str, tuple[str, str]]
                ) -> tuple[str, str | None, bool]:
    """(translation, note, fuzzy) to offer for a unit nobody has reviewed.

    An editor's reviewed translation of the same text elsewhere beats the machine,
    unless the unit's reading comes from its document: then it is only offered.
    """
    remembered = memory.get(unit.source)
    if remembered is not None and (unit.fuzzy or not unit.translation):
        text, where = remembered
        if unit.document_reading:
            if text == unit.translation:
                return unit.translation, None, unit.fuzzy
            return unit.translation, f"{READ_ELSEWHERE_NOTE}{where}: {quote_note(text)}", \
                unit.fuzzy
        return text, TM_NOTE + where, True
    return unit.translation, None, unit.fuzzy


def retire(entry: PoEntry) -> PoEntry:
    """The obsolete form of an entry whose unit disappeared.

    References and machine notes go (they describe text that is gone); so do the
    ``#~|`` previous strings, which Babel cannot read.  The translation, flags and
    translator comments stay, and the memory has every editor's text besides.
    """
    return PoEntry(
        msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
        msgstr=entry.msgstr, msgstr_plural=list(entry.msgstr_plural), flags=list(entry.flags),
        translator_comments=list(entry.translator_comments), obsolete=True)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _blanks(text: str) -> str:
    r"""``text`` with each run of blanks inside a line as one space (its line breaks kept:
    a line of verse broken elsewhere is another text to translate).

    >>> _blanks("personnel.  \u201cOur") == _blanks("personnel. \u201cOur")
    True
    >>> _blanks("one\ntwo") == _blanks("one two")
    False
    """
    return _BLANK_RUN_RE.sub(" ", text)


_BLANK_RUN_RE = re.compile(r"[ \t\u00a0]+")


#: The length a paragraph has, at least, to be found inside a joined one by its text alone.
_JOINED_PART_CHARS = 20


def _note_joined_parts(merger: _Merger, units: Sequence[CatalogEntry],
                       out: Sequence[PoEntry | None], gone: Sequence[PoEntry]) -> None:
    """Beside a paragraph that holds the machine's draft, an editor's translation of a
    paragraph of the same document that is gone (or obsolete) and whose text is part of
    it: the author joined it into this one where a run did not see the join (two branches
    merged, one joined the paragraphs while the other reviewed one).  The translation
    stays on file as an obsolete entry too; the note shows it where the joined paragraph
    is reviewed.  Compared within each document only."""
    typed: dict[str, list[tuple[str, str]]] = {}
    for old in gone:
        # (an obsolete draft may be another copy's machine text: reviewed ones only)
        if old.msgid_plural is None and len(old.msgid) >= _JOINED_PART_CHARS and \
                not (old.obsolete and old.fuzzy) and \
                (text := merger.editor_text(old)) is not None:
            typed.setdefault(base_context(old.msgctxt), []).append((_spaced(old.msgid), text))
    if not typed:
        return
    for unit, entry in zip(units, out, strict=True):
        parts = typed.get(base_context(unit.context))
        if not parts or entry is None or entry.msgid_plural is not None \
                or merger.editor_text(entry) is not None:
            continue
        whole = _spaced(unit.source)
        for part, text in parts:
            if part in whole and len(part) < len(whole):
                note = JOINED_PART_NOTE + quote_note(text)
                if note not in entry.translator_comments:
                    entry.translator_comments.append(note)


def _joins(pending: Sequence[tuple[int, CatalogEntry]], gone: Sequence[PoEntry]
           ) -> dict[int, tuple[PoEntry, PoEntry]]:
    """The changed units that are two paragraphs which disappeared, one right after the
    other in one document, joined ("… from Monday." + "Tickets can …" → "… from Monday.
    Tickets can …"), with those two entries.

    >>> a, b = PoEntry(msgid="A met B.", msgctxt="d"), PoEntry(msgid="Talks went on.", msgctxt="d")
    >>> unit = CatalogEntry("d", "A met B. Talks went on.")
    >>> _joins([(0, unit)], [a, b]) == {0: (a, b)}
    True
    """
    pairs: dict[str, tuple[PoEntry, PoEntry]] = {}
    for first, second in itertools.pairwise(gone):
        if first.msgid_plural is None and second.msgid_plural is None and \
                base_context(first.msgctxt) == base_context(second.msgctxt):
            pairs.setdefault(_spaced(f"{first.msgid} {second.msgid}"), (first, second))
    found: dict[int, tuple[PoEntry, PoEntry]] = {}
    taken: set[int] = set()
    for index, unit in pending:
        pair = pairs.get(_spaced(unit.source))
        if pair is not None and not taken & {id(pair[0]), id(pair[1])}:
            found[index] = pair
            taken |= {id(pair[0]), id(pair[1])}
    return found


def _other_half(earlier: str, units: Sequence[CatalogEntry], index: int) -> int | None:
    """The index of the unit beside ``units[index]`` that, with it, makes the ``earlier``
    paragraph (the author split it in two); None where there is none."""
    whole = _spaced(earlier)
    now = units[index].source
    if index + 1 < len(units) and _spaced(f"{now} {units[index + 1].source}") == whole:
        return index + 1
    if index > 0 and _spaced(f"{units[index - 1].source} {now}") == whole:
        return index - 1
    return None


def _match(pending: Sequence[tuple[int, CatalogEntry]],
           gone: Sequence[PoEntry]) -> dict[int, PoEntry]:
    """Pair changed units with the entries that disappeared, best similarity first.

    Within a document, the n-th changed unit is compared with the entries that
    disappeared around the same place (:data:`MATCH_WINDOW` on either side, in
    document order), not with all of them: a document rewritten from end to end
    would otherwise cost changed × disappeared comparisons.
    """
    if not pending or not gone:
        return {}
    by_context: dict[str, list[tuple[int, PoEntry]]] = {}
    for position, entry in enumerate(gone):
        if entry.msgid_plural is None:
            by_context.setdefault(base_context(entry.msgctxt), []).append((position, entry))
    pending_by_context: dict[str, list[tuple[int, CatalogEntry]]] = {}
    for index, unit in pending:
        pending_by_context.setdefault(base_context(unit.context), []).append((index, unit))
    candidates: list[tuple[float, int, int, int]] = []
    for context, here in pending_by_context.items():
        olds = by_context.get(context, [])
        scale = len(olds) / len(here)
        for rank, (index, unit) in enumerate(here):
            centre = int(rank * scale)
            low = max(0, centre - MATCH_WINDOW)
            window = olds[low:centre + MATCH_WINDOW + 1]
            # Nearest first, so a near-identical entry in its old place ends the search.
            window.sort(key=lambda item: abs(item[0] - olds[min(centre, len(olds) - 1)][0]))
            _score_pairs(index, unit, window, candidates)
    candidates.sort()
    matches: dict[int, PoEntry] = {}
    taken: set[int] = set()
    for _score, _exact, index, position in candidates:
        if index in matches or position in taken:
            continue
        matches[index] = gone[position]
        taken.add(position)
    return matches


def _score_pairs(index: int, unit: CatalogEntry, olds: Sequence[tuple[int, PoEntry]],
                 candidates: list[tuple[float, int, int, int]]) -> None:
    """Add (−similarity, context rank, unit index, entry position) for each close pair."""
    for position, entry in olds:
        score = similarity(entry.msgid, unit.source)
        if score >= FUZZY_THRESHOLD:
            # Higher score first; then an exact context; then document order.
            exact = 0 if entry.msgctxt == unit.context else 1
            candidates.append((-score, exact, index, position))
            if score >= SURE_MATCH:
                return
