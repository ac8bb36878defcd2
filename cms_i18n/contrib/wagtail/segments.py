"""Segment by segment: what goes into one piece of a translated page.

Three texts meet for every segment of a piece (a field, or one text block of a
StreamField): the catalogue's translation, what the page holds now, and what
``apply`` last wrote there (the record, see :class:`~.models.WrittenPiece`).
A page text that differs from the record was typed by a person in the admin:
it is kept, never overwritten.  A segment with no usable translation keeps
the text the page already has, and only a segment that has nothing yet gets
the fallback (the source text).  When an editor added or removed paragraphs,
segments no longer line up with the record: the whole piece is kept as it is.
A segment whose source text changed since its translation was reviewed gets what
``apply`` puts in a file (:func:`cms_i18n.pipeline.carried_translation`): the
reviewed translation of the earlier text, or the source text where the edit
changed a figure, a name or a negation; a translation of the earlier text an editor
typed in the admin stays, whatever the catalogue says.
A segment with no reviewed translation is written as the source page has it,
markup and all, byte for byte, never as cleaned for the editor (only page chrome
the cleaner took out stays out), as ``apply`` writes a file.

No Django here: pure functions over strings and units.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cms_i18n.catalog.merge import FUZZY_THRESHOLD, similarity, words_in_order
from cms_i18n.catalog.update import DraftText
from cms_i18n.contrib.wagtail.layout import piece_html
from cms_i18n.segment import segment
from cms_i18n.summary import SourceChanged

Key = tuple[str, str]


@dataclass(frozen=True)
class Written:
    """One segment as ``apply`` wrote it: its catalogue entry and the text; ``draft``: a
    preview's unreviewed draft (``apply --include-fuzzy``), which a later ``apply``
    without it writes over with the source text."""

    context: str
    source: str
    text: str
    draft: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source)


def piece_segments(kind: str, value: str) -> list[str]:
    """The segment texts of a stored value: a field (``plain``), ``text`` or ``rich``.

    >>> piece_segments("rich", '<h2>Uno</h2><p data-block-key="a">Dos &amp; <b>tres</b></p>')
    ['Uno', 'Dos &amp; <b>tres</b>']
    >>> piece_segments("text", "Uno\\n\\nDos & tres")
    ['Uno', 'Dos & tres']
    >>> piece_segments("plain", "  Título ")
    ['Título']
    """
    if kind == "plain":
        return [value.strip()] if value and value.strip() else []
    return [found.text for found in segment(piece_html(kind, value), "html")]


def same_text(a: str, b: str) -> bool:
    """Equal once entities and runs of white space are read alike.

    The admin's rich text editor writes ``&#x27;`` where the catalogue has ``'``,
    and may re-flow spaces; neither is an edit.

    >>> same_text("L'ONU  dijo", "L&#x27;ONU dijo")
    True
    """
    return " ".join(html.unescape(a).split()) == " ".join(html.unescape(b).split())


# Curly quotes and apostrophes as straight ones: the cleaner curls what an author typed
# straight, so the catalogue's source text and the page's may differ in them alone.
_STRAIGHT = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")


def same_source(text: str, source: str) -> bool:
    """Is ``text`` the source text ``source`` (a catalogue's msgid), as a page shows it?
    Equal as :func:`same_text` says, its quotes read alike: the page has them as the
    author typed them, straight, the catalogue as the cleaner curled them.

    >>> same_source('The Council "expects" it.', "The Council “expects” it.")
    True
    >>> same_source("El Consejo «espera» que", "The Council “expects” it.")
    False
    """
    return same_text(text, source) or same_text(text.translate(_STRAIGHT),
                                                source.translate(_STRAIGHT))


def source_key(text: str) -> str:
    """A source text as :func:`same_source` reads it, to look a page's text up among a
    catalogue's msgids: its quotes straight, its runs of white space one blank.

    >>> print(source_key("The mayor’s  “wife”"))
    The mayor's "wife"
    """
    return " ".join(text.translate(_STRAIGHT).split())


def in_record_order(record: Sequence[Written], current: Sequence[str]) -> list[str]:
    """The page's segments ``current`` put in the order of ``record`` (what ``apply``
    wrote there), where the page holds them in another: each beside the paragraph it
    stands for.

    A form opened before the author moved paragraphs and saved after ``apply`` wrote
    the new order, or an earlier revision restored, holds the paragraphs in the order
    they had: read by place, each would be the "edit" of the paragraph now there, and a
    translation of one sentence approved for another.  A segment that says what
    ``apply`` wrote at another place, or that place's source text, stands for that
    place; a text typed since stands for the paragraph whose translation it reads most
    like (an editor types over the text there), where that is clearly another place's
    than its own; the rest take the places left, in order.  With no such sign, or
    counts that differ, the page's order stands.

    >>> w = [Written("", "One.", "La cumbre se abrió el lunes en Astaná."),
    ...      Written("", "Two.", "Dos."),
    ...      Written("", "Three.", "Los ministros firmaron tres acuerdos de comercio.")]
    >>> in_record_order(w, [w[2].text, "Dos, editado.", w[0].text])[1]
    'Dos, editado.'
    >>> in_record_order(w, ["Three.", "Two.", "One, a mano."])[0]
    'One, a mano.'

    Both moved paragraphs typed over (a form of the first order): each stands for the
    paragraph whose translation it reads like.

    >>> in_record_order(w, ["Los ministros firmaron ayer tres acuerdos comerciales.", "Dos.",
    ...                     "La cumbre se abrió el lunes por la tarde en Astaná."])[0]
    'La cumbre se abrió el lunes por la tarde en Astaná.'
    >>> in_record_order(w, ["La cumbre se inauguró el lunes en Astaná.", "Dos.",
    ...                     "Los ministros firmaron tres acuerdos."])[0]
    'La cumbre se inauguró el lunes en Astaná.'
    """
    if len(record) != len(current):
        return list(current)

    def stands_for(text: str, written: Written) -> bool:
        return same_text(text, written.text) or same_source(text, written.source)

    placed: dict[int, str] = {}
    left: list[int] = []            # places of the page holding a text typed since
    for at, text in enumerate(current):
        places = [at] if stands_for(text, record[at]) else \
            [j for j, written in enumerate(record) if stands_for(text, written)]
        free = [j for j in places if j not in placed]
        if free:
            placed[free[0]] = text
        else:
            left.append(at)
    moved = any(not same_text(text, current[j]) for j, text in placed.items())
    if not moved and len(left) < 2:
        return list(current)        # each in its place, or one typed: the page's order
    _place_by_likeness(record, current, left, placed, require_clear=not moved)
    for j in range(len(record)):
        if j not in placed:
            placed[j] = current[left.pop(0)]
    return [placed[j] for j in range(len(record))]


#: How much more a typed text must read like another paragraph's translation than like
#: its own place's before it is taken for that paragraph's (share of words in order).
_CLEARLY_LIKER = 0.25


def _likeness(text: str, other: str) -> float:
    """The share of the two texts' words that line up, in order (difflib's ratio)."""
    a, b = html.unescape(text).lower(), html.unescape(other).lower()
    total = len(a.split()) + len(b.split())
    return 2 * words_in_order(a, b) / total if total else 0.0


def _place_by_likeness(record: Sequence[Written], current: Sequence[str], left: list[int],
                       placed: dict[int, str], *, require_clear: bool) -> None:
    """Place the texts typed since (at ``left``, taken off it once placed) beside the
    free paragraph whose written translation each reads most like, the likeliest
    pairs first; with ``require_clear`` (nothing else shows a move), only where every
    such text reads clearly more like another place's than its own."""
    free = [j for j in range(len(record)) if j not in placed]
    pairs = sorted(((_likeness(current[at], record[j].text), at, j)
                    for at in left for j in free), reverse=True)
    chosen: dict[int, int] = {}
    for score, at, j in pairs:
        if at not in chosen and j not in chosen.values() and score > 0:
            chosen[at] = j
    if require_clear and (all(j == at for at, j in chosen.items()) or not all(
            at == j or _likeness(current[at], record[j].text)
            >= _likeness(current[at], record[at].text) + _CLEARLY_LIKER
            for at, j in chosen.items())):
        return
    for at, j in chosen.items():
        placed[j] = current[at]
        left.remove(at)


@dataclass
class Decision:
    """What one piece becomes.

    ``texts`` has one text per source segment, for :func:`cms_i18n.segment.rebuild`
    (``""`` where cleaning removed the segment); None means the page keeps its
    piece as it is (an editor changed its paragraphs).  The counts say, per
    segment, what happened (``earlier``: what an earlier ``apply`` wrote stays, the
    catalogue no longer offering a reviewed text for it); ``edited`` lists the
    segments an editor changed since the record, with the page's text.
    ``source_changed``: the segments that show the reviewed translation of their
    earlier source text, or their source for a correction; ``held``: by position
    among the live segments, the record of a segment whose source changed after an
    editor typed its translation in the admin, kept as it is so that the next run
    still reads the page's text as the editor's.  ``dropped``: the segments of the page
    whose source segment is gone (its author deleted it), each with its record and the
    text the page held, which the piece no longer has (a segment whose unit at its place
    the catalogue names as a new wording of it is not gone: it stays at its place).
    """

    texts: list[str] | None
    translated: int = 0
    kept: int = 0
    fallback: int = 0
    stale: int = 0
    earlier: int = 0
    edited: list[Written] = field(default_factory=list)
    restructured: bool = False
    #: Why the page keeps a restructured piece as it is, for the run's note.
    why: str = ""
    #: A restructured piece whose source lost paragraphs apply had translated there.
    source_lost: bool = False
    source_changed: list[SourceChanged] = field(default_factory=list)
    held: dict[int, Written] = field(default_factory=dict)
    dropped: list[tuple[Written, str]] = field(default_factory=list)
    #: The segments written from unreviewed drafts, for a preview (see :class:`Written`).
    drafts: set[Key] = field(default_factory=set)


def decide(units: Sequence[Any], translations: Mapping[Key, str],
           record: Sequence[Written] | None, current: Sequence[str] | None,
           originals: Sequence[str | None] | None = None,
           changed: Mapping[Key, SourceChanged] | None = None,
           links: Mapping[Key, Key] | None = None,
           known: Collection[Key] | None = None,
           filed: Collection[Key] | None = None) -> Decision:
    """Choose each segment's text; ``units`` are the source segments' units (None:
    cleaned away), ``current`` the page's segments (None: the page has nothing of its own
    here yet, as in a new translation).  ``originals``, beside ``units``, are the
    segments as the source page has them (None: write the unit's cleaned text, for a
    unit the cleaner took page chrome out of): what a segment with no reviewed
    translation gets.  ``changed``: the units whose source changed since their
    translation was reviewed (:func:`cms_i18n.pipeline.source_changes`).  ``links``: by a
    unit's entry, the entry of the earlier source text it replaces (its ``#| msgid``).

    A segment of the record counts as the earlier text of the unit at its place only
    when the catalogue says so (``links``, or ``changed``): a paragraph the author
    deleted and another written at its place are two texts, and the page's text of the
    deleted one is ``dropped``, never shown for the new one.  ``known``: the catalogue's
    live entries; a unit it has no entry for is a text ``translate`` has not seen yet,
    and one at the place of a record's text no unit has (or the author's move of it,
    :func:`_pair_moved`), and alike enough for
    ``translate`` to match it (:func:`cms_i18n.catalog.merge.similarity`), rewords that
    text until ``translate`` says otherwise: the page's translation of it stays there,
    as it would once ``translate`` had run, never the new source text over it.
    ``filed``: every entry's key, obsolete ones too; a record's text none of them has
    (the English a Wagtail copy of a page no run had seen began with) was never an entry
    ``translate`` could match, and a new text alike enough rewords it too."""
    changed = changed or {}
    links = links or {}

    def rewords(unit: Any, written: Written) -> bool:
        """Whether the catalogue has ``unit`` as a new wording of the record's text."""
        key = (unit.context, unit.source)
        change = changed.get(key)
        if key == written.key or links.get(key) == written.key or (
                change is not None and change.reviewed.previous == written.source):
            return True
        unseen = known is not None and (key not in known or (
            filed is not None and written.key not in filed))
        return (unseen and written.key not in live_keys
                and similarity(unit.source, written.source) >= FUZZY_THRESHOLD)
    own = list(originals) if originals is not None else [None] * len(units)

    def as_written(index: int, unit: Any) -> str:
        return unit.source if own[index] is None else str(own[index])

    def is_source(text: str, index: int, unit: Any) -> bool:
        """The source text, as cleaned or as the page has it: nobody's translation."""
        return same_text(text, unit.source) or \
            (own[index] is not None and same_text(text, str(own[index])))

    live = [unit for unit in units if unit is not None]
    live_index = [i for i, unit in enumerate(units) if unit is not None]
    live_keys = {(unit.context, unit.source) for unit in live}
    there: dict[Key, str] = {}         # page text per entry, where it lines up
    human: dict[Key, str] = {}
    previewed = {written.key for written in record or () if written.draft}
    by_position: list[tuple[str, Written] | None] = [None] * len(live)
    if current is not None and record is not None:
        if len(current) != len(record):
            why = count_change(len(current), len(record))
            gone = [written for written in record if written.key not in live_keys]
            if gone:
                # the block stays as the admin left it, and the source lost text since:
                # the page may say what the source no longer does
                why += (f", and {len(gone)} of the source paragraphs apply translated there "
                        f"changed or went since (first: {gone[0].source[:60]!r}): compare "
                        "the page with the source before publishing it")
            return Decision(None, kept=len(current), restructured=True, why=why,
                            source_lost=bool(gone))
        # a form or a revision that holds the paragraphs in an order the source no
        # longer has: each read beside the paragraph it stands for
        current = in_record_order(record, current)
        for written, now in zip(record, current, strict=True):
            there[written.key] = now
            if not same_text(now, written.text):
                human[written.key] = now
        if len(record) == len(live):
            by_position = [(now, written) if rewords(unit, written) else None
                           for unit, now, written in zip(live, current, record, strict=True)]
        # (also where the author deleted or added a paragraph in the same save: the
        # reworded one is still the earlier text's new wording, wherever it stands)
        _pair_moved(by_position, live, record, current, live_keys, rewords)
    elif current is not None:
        # No record: a translation this product did not write, or wrote before it kept
        # records.  Text that is not the source's is somebody's.
        if len(current) != len(live):
            if len(current) < len(live) and all(
                    same_text(a, b.source) for a, b in zip(current, live, strict=False)):
                # the untranslated copy, short of a paragraph the author added since (a
                # longer one holds a paragraph nothing says is the source's: kept)
                current = None
            else:
                return Decision(None, kept=len(current), restructured=True,
                                why=f"its {len(current)} paragraphs do not line up with the "
                                    f"source's {len(live)}, and there is no record of what "
                                    "apply wrote there")
        else:
            for index, unit, now in zip(live_index, live, current, strict=True):
                key = (unit.context, unit.source)
                if not is_source(now, index, unit):
                    human[key] = now
    texts: list[str] = []
    decision = Decision(texts=texts)
    position = 0
    for index, unit in enumerate(units):
        if unit is None:
            texts.append("")
            continue
        key = (unit.context, unit.source)
        older = by_position[position]
        change = changed.get(key)
        if key in human:
            texts.append(human[key])
            decision.kept += 1
            decision.edited.append(Written(unit.context, unit.source, human[key]))
        elif older is not None and older[1].key in human and older[1].key not in live_keys:
            # an editor's translation of the earlier source text (no unit has that text
            # now): it stays, and so does its record (the sync puts it beside the new
            # entry when it finds one)
            texts.append(older[0])
            decision.kept += 1
            decision.held[position] = older[1]
        elif key in translations:
            texts.append(translations[key])
            decision.translated += 1
            # a preview's draft, unless the page had that very text before the preview
            # (a rejected translation the page keeps until another is approved)
            if isinstance(translations[key], DraftText) and not (
                    key in there and key not in previewed
                    and same_text(there[key], translations[key])):
                decision.drafts.add(key)
        elif key in there and is_source(there[key], index, unit):
            texts.append(as_written(index, unit))   # the source, as the page has it
            decision.fallback += 1
            if change is not None and not change.kept:
                decision.source_changed.append(change)
        elif key in there and key not in previewed and change is not None \
                and not change.kept and same_text(there[key], change.reviewed.translation):
            # what apply wrote there translates the earlier text (kept at its place while
            # the catalogue had not seen the new one), and the new text changed a figure, a
            # name or a negation: the source, as for a reviewed translation of it
            texts.append(as_written(index, unit))
            decision.fallback += 1
            decision.source_changed.append(change)
        elif key in there and key not in previewed:
            texts.append(there[key])            # what we wrote before stays
            decision.earlier += 1
            if change is not None and change.kept and \
                    same_text(there[key], change.reviewed.translation):
                decision.source_changed.append(change)
        elif change is not None:
            # the source changed since review: as in a file, the reviewed translation of
            # the earlier text, or the source text for a correction
            if change.kept:
                texts.append(change.reviewed.translation)
                decision.stale += 1
            else:
                texts.append(as_written(index, unit))
                decision.fallback += 1
            decision.source_changed.append(change)
        elif older is not None and not older[1].draft and \
                not same_text(older[0], older[1].source):
            texts.append(older[0])      # the translation of the old text (not in the catalogue)
            decision.stale += 1
        else:
            texts.append(as_written(index, unit))
            decision.fallback += 1
        position += 1
    if current is not None and record is not None:
        # A segment of the record that no live unit has, nor rewords at its place (a
        # changed source text), is gone from the piece.
        paired = {older[1].key for older in by_position if older is not None}
        decision.dropped = [(written, now) for written, now in zip(record, current, strict=True)
                            if written.key not in live_keys and written.key not in paired]
    return decision


def _pair_moved(by_position: list[tuple[str, Written] | None], live: Sequence[Any],
                record: Sequence[Written], current: Sequence[str], live_keys: Collection[Key],
                rewords: Callable[[Any, Written], bool]) -> None:
    """Pair, in ``by_position``, each new text with the record's earlier text it rewords
    where the author moved it too: the record's text at another place, gone from the
    source, that ``rewords`` says the unit rewords (the catalogue's ``#| msgid``, or
    alike enough before ``translate`` has seen it).  Each earlier text pairs once."""
    taken = {older[1].key for older in by_position if older is not None}
    for index, unit in enumerate(live):
        key = (unit.context, unit.source)
        if by_position[index] is not None or any(w.key == key for w in record):
            continue
        for written, now in zip(record, current, strict=True):
            if written.key in live_keys or written.key in taken:
                continue
            if rewords(unit, written):
                by_position[index] = (now, written)
                taken.add(written.key)
                break


def count_change(now: int, written: int) -> str:
    """What an admin did to a piece's paragraphs, for a note.

    >>> count_change(3, 2)
    'the admin added paragraphs (3 now, apply wrote 2)'
    >>> count_change(0, 1)
    'the admin emptied it (apply wrote 1 paragraph)'
    """
    if not now:
        return f"the admin emptied it (apply wrote {written} paragraph{'s' * (written != 1)})"
    did = "added" if now > written else "removed"
    return f"the admin {did} paragraphs ({now} now, apply wrote {written})"


def record_of(units: Sequence[Any], written: Sequence[str]) -> list[Written] | None:
    """The record of a piece as saved: its live units zipped with the segments the
    page now holds; None when they do not line up (a translation that split or
    merged paragraphs)."""
    live = [unit for unit in units if unit is not None]
    if len(live) != len(written):
        return None
    return [Written(unit.context, unit.source, text)
            for unit, text in zip(live, written, strict=True)]
