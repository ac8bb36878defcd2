"""Two-way sync between catalogues and translated pages: no text a person typed is lost.

Snippets and plain models go the same way as pages: their translated copy (or a
plain model's :class:`~.models.FieldTranslation` rows) is written segment by
segment and compared with its record, so that an admin's edit to one paragraph
of a field survives a review of another.

Every ``apply`` records, per translated page, piece and segment, the text it
wrote (:class:`~.models.WrittenPiece`).  Before ``translate`` and ``apply`` run,
:func:`take_edits` compares each translated page's latest revision (draft or
live) with that record: a segment that differs was edited in the admin.

* When the catalogue still says what was written (or only a machine
  suggestion), the edit becomes the entry's reviewed translation, with a
  translator comment naming the user and the revision.
* When an editor also changed the entry in the catalogue, the page keeps its
  text; the entry keeps the catalogue's, flagged fuzzy, with the page's text
  noted beside it, and the run reports the conflict.
* When the source text changed since (the catalogue's entry for it holds the text
  the edit translates as its ``#| msgid``), the edit is noted beside that entry the
  same way, as a conflict: the page keeps it until an editor approves the entry.
* Either way the edit passes the one publishing gate the review screen asks
  (:func:`~.review.publishing_gate`): a text it refuses (a wrong entity, an
  unsafe link) is kept as the entry's fuzzy draft with the reason noted, never
  lost and never published, and the run says so.

:func:`write_page` then writes each segment (see :mod:`.segments` for the
rules), adds a revision only when the text changed, and reports what it
wrote, kept and left in the source language.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cms_i18n.catalog.checks import Problem
from cms_i18n.catalog.edit import (
    CONFLICT,
    DRAFT,
    TRANSLATE,
    Change,
    Gate,
    edit_catalog,
    keep_obsolete,
)
from cms_i18n.catalog.kept import keep_reviews
from cms_i18n.catalog.merge import FUZZY_THRESHOLD, Authorship, similarity
from cms_i18n.catalog.notes import (
    APPROVED_BEFORE_NOTE,
    KEPT_TEXT_NOTE,
    KEPT_UNTIL_APPROVED,
    REPLACED_APPROVED_NOTE,
    REPLACED_TEXT_NOTE,
    quote_note,
    unquote_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile, read_po
from cms_i18n.catalog.status import document_of
from cms_i18n.contrib.wagtail.layout import (
    join_sections,
    piece_html,
    relink_pages,
    section_keys,
    split_body,
)
from cms_i18n.contrib.wagtail.segments import (
    Decision,
    Written,
    count_change,
    decide,
    in_record_order,
    piece_segments,
    record_of,
    same_source,
    same_text,
    source_key,
)
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import shown_path
from cms_i18n.glossary import Glossary
from cms_i18n.languages import display_name
from cms_i18n.segment import rebuild
from cms_i18n.summary import SourceChanged

ADMIN_NOTE = "edited in the Wagtail admin"
#: The admin user whose action writes a translated page now (a save in the review screen),
#: None for a command: the revision is that user's, so Wagtail tells an editor with the
#: page open who saved it ("System saved a new version" named nobody).
ACTING_USER: ContextVar[Any] = ContextVar("cms_i18n_acting_user", default=None)
CONFLICT_NOTE = "conflict"
#: How the note of a text an admin typed with no entry to go into says so.
NO_ENTRY_YET = "which had no catalogue entry to go into"
#: The translator comment on an obsolete entry holding a page's text whose source
#: paragraph was deleted (see :func:`_keep_removed`).
REMOVED_NOTE = "source paragraph removed"


@dataclass
class PageReport:
    """What ``apply`` did to one translated page."""

    line: str
    changed: bool
    translated: int = 0
    kept: int = 0
    fallback: int = 0
    stale: int = 0
    notes: list[str] = field(default_factory=list)
    #: What the run warns of: a piece kept as edited whose source lost text since, which
    #: the page may still say.
    warnings: list[str] = field(default_factory=list)
    #: Paragraphs edited both in the page and in the catalogue: the page keeps its text.
    conflicts: int = 0
    #: Edits made in the page editor that this run took into the catalogue (the review
    #: screen's save: the page shows them, whatever the save asked).
    taken: int = 0
    #: (msgctxt, msgid) of the units the source page has now (the review screen's save:
    #: a segment saved whose source went since the screen was shown is none of them).
    units: frozenset[tuple[str, str]] = frozenset()
    #: Units whose source changed since their translation was reviewed, as the page
    #: now shows them (the earlier text's translation, or the source for a correction).
    source_changed: list[SourceChanged] = field(default_factory=list)
    #: Why nothing was written: Wagtail holds the page (see :func:`locked_against`).
    locked: str = ""


@dataclass
class SyncReport:
    """What :func:`take_edits` found: edits taken in, edits kept as drafts because the
    publishing gate refuses them (with why), conflicts, pieces it could not align."""

    taken: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)    # (page or copy, where)
    #: Edits not taken into the catalogue, each line saying why and where the text stays.
    kept: list[str] = field(default_factory=list)
    #: Pieces whose paragraphs the admin added or removed (kept as they are).
    restructured: list[str] = field(default_factory=list)
    #: Pieces the admin emptied (kept empty): no text of theirs to put on file.
    emptied: list[str] = field(default_factory=list)
    #: Lines naming an admin's text whose source paragraph is gone, now in the catalogue.
    removed: list[str] = field(default_factory=list)
    #: Catalogues (of a whole site's sync) that do not exist yet: what they will take in
    #: waits for the run that makes them.
    waiting: set[Path] = field(default_factory=set)
    #: The entries written into each catalogue, by (msgctxt, msgid), for the copy of the
    #: editors' work (:func:`cms_i18n.catalog.kept.keep_reviews`).
    written: dict[Path, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, other: SyncReport) -> None:
        self.taken += other.taken
        self.drafts += other.drafts
        self.conflicts += other.conflicts
        self.kept += other.kept
        self.restructured += other.restructured
        self.emptied += other.emptied
        self.removed += other.removed
        self.waiting |= other.waiting
        for path, keys in other.written.items():
            self.written.setdefault(path, []).extend(keys)

    def lines(self, lang: str, *, restructured: bool = True) -> list[str]:
        """What to print; ``restructured``: name the pieces whose paragraphs the admin
        added or removed too (``apply`` names them as it writes the page)."""
        out = [f"{lang}: took an edit from the admin: {x}" for x in self.taken]
        if self.drafts:
            count = len(self.drafts)
            out.append(f"{lang}: kept as draft{'s' * (count != 1)}, not approved: {count} "
                       f"edit{'s' * (count != 1)} from the admin the publishing gate refuses")
            out += [f"{lang}: kept as a draft, not approved: {x}" for x in self.drafts]
        out += [f"{lang}: conflict, the {noun} keeps its text: {x}"
                for noun, x in self.conflicts]
        out += [f"{lang}: kept as edited in the admin: {x}; the catalogue takes no edit "
                "from it, and apply leaves it as it is" for x in [*self.restructured,
                                                                  *self.emptied]
                if restructured]
        out += [f"{lang}: {x}" for x in self.kept]
        out += self.removed
        return out


# -- the translated page -------------------------------------------------------

def translation_of(source: Any, locale: Any, *, create: bool) -> tuple[Any, bool]:
    """(translated page, new) — created when missing and ``create``; (None, False) if not.

    A locale's root page (the home page) is created as an alias first, live, as
    Wagtail does for the parents of a translation: the language's URLs then lead
    to its own pages, and the home page shows the source text until an editor
    publishes its translation.  Other pages are created as drafts.
    """
    from wagtail.actions.convert_alias import ConvertAliasPageAction

    target = source.get_translation_or_none(locale)
    new = target is None
    if target is None:
        if not create:
            return None, False
        target = source.copy_for_translation(locale, copy_parents=True,
                                             alias=source.depth <= 2)
    target = target.specific
    if target.alias_of_id:
        ConvertAliasPageAction(target, log_action="wagtail.convert_alias").execute(
            skip_permission_checks=True)
        target.refresh_from_db()
        target = target.specific
        new = True              # an alias holds the source text, nothing of its own
    return target, new


def current_pieces(obj: Any, spec: Any, skip: Collection[str], like: Any = None
                   ) -> dict[tuple[str, str], tuple[str, str]]:
    """(field, block) → (kind, stored value) of an object's translatable text; ``like``:
    the source that ``obj`` translates (see :func:`~.source.text_of`)."""
    from cms_i18n.contrib.wagtail.source import text_of

    fields, pieces = text_of(obj, spec, skip, like)
    found = {(name, ""): ("plain", value) for name, value in fields.items()}
    found.update({piece.key: (piece.kind, piece.value) for piece in pieces})
    return found


def _unit_pieces(prepared: Any) -> dict[tuple[str, str], list[Any]]:
    """The units of each piece of a prepared page, in order (None: cleaned away)."""
    found: dict[tuple[str, str], list[Any]] = {}
    keys = section_keys(prepared.document.body, [s.start for s in prepared.segments])
    for key, unit in zip(keys, prepared.body_units, strict=True):
        found.setdefault(key, []).append(unit)
    by_field = {unit.key: unit for unit in prepared.units}
    for name in prepared.document.fields:
        found[(name, "")] = [by_field.get(name)]
    return found


def _originals(prepared: Any) -> dict[tuple[str, str], list[str | None]]:
    """Beside :func:`_unit_pieces`, each segment as the source page has it: what a unit
    no reviewed translation replaces is written as, with the damage the cleaner mended
    in it (a look-alike letter, mojibake) repaired.  None for a unit the cleaner took
    page chrome out of, which is written as cleaned (the chrome stays out)."""
    def own(unit: Any, text: str) -> str | None:
        if unit is None or (unit.context, unit.source) in prepared.repaired:
            return None
        return prepared.mended.get((unit.context, unit.source), text)

    found: dict[tuple[str, str], list[str | None]] = {}
    keys = section_keys(prepared.document.body, [s.start for s in prepared.segments])
    for key, unit, seg in zip(keys, prepared.body_units, prepared.segments, strict=True):
        found.setdefault(key, []).append(own(unit, seg.text))
    by_field = {unit.key: unit for unit in prepared.units}
    for name, value in prepared.document.fields.items():
        found[(name, "")] = [own(by_field.get(name), value)]
    return found


def _records(document: str, lang: str) -> dict[tuple[str, str], Any]:
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    return {(r.field, r.block): r for r in WrittenPiece.objects.filter(document=document,
                                                                       lang=lang)}


def _written(record: Any) -> list[Written] | None:
    return None if record is None else [Written(*item) for item in record.segments]


# -- writing a page ------------------------------------------------------------------

def write_page(source: Any, spec: Any, prepared: Any, lang: str,
               translations: Mapping[tuple[str, str], str], skip: Collection[str],
               source_changed: Mapping[tuple[str, str], SourceChanged] | None = None,
               catalog: Path | None = None) -> PageReport:
    """Write one page's translation, segment by segment, as a draft revision.

    ``catalog``: the page's catalogue, where a paragraph an admin typed whose source
    paragraph was deleted is put on file before the page loses it (:func:`_keep_removed`).
    """
    from django.db import transaction

    from cms_i18n.contrib.wagtail.source import target_locale
    from cms_i18n.contrib.wagtail.streams import changes, keep_editor_keys

    with transaction.atomic():
        locale = target_locale(lang)
        target, new = translation_of(source, locale, create=True)
        if not new:
            _hold(target)
            target.refresh_from_db()    # read again, held: a save before the hold is in it
        held = None if new else locked_against(target)
        if held is not None:
            return held
        draft = target.get_latest_revision_as_object()
        plan = _plan(source, spec, prepared, lang, translations, skip, draft, new,
                     changed=source_changed, catalog=catalog)
        removed = _keep_removed(plan, catalog, f"page {target.pk} \u201c{draft.title}\u201d",
                                source, None if new else target.get_latest_revision())
        values = plan.values
        if not new:
            values = keep_editor_keys(draft, values)
        changed = new or changes(draft, values)
        report = plan.report(changed, f"page {target.pk} \u201c{draft.title}\u201d")
        report.notes += removed
        revision = None
        if changed:
            for name, value in values.items():
                setattr(draft, name, value)
            draft.full_clean()
            if not draft.live:
                draft.save(clean=False)
            revision = draft.save_revision(user=ACTING_USER.get(), clean=False,
                                           log_action=True)
        # Unchanged, the page's latest revision holds what the records say: a later save
        # is read from there on (a stale tab's, which may take a text off the page).
        plan.save_records(current_pieces(draft, spec, skip, source),
                          revision if revision is not None or new
                          else target.get_latest_revision())
    title = (values.get("title") if changed else None) or draft.title
    if revision is None:
        what = "unchanged, no new revision"
    else:
        what = ("live, new draft" if draft.live else "draft") + f" revision {revision.pk}"
    report.line = (f"page {draft.pk} ({locale.language_code}) \u201c{title}\u201d: "
                   f"{what}{', new page' if new else ''}: {report.translated} translated, "
                   f"{report.kept} kept as edited, {report.fallback} in the source language"
                   + (f", {report.stale} for older source text" if report.stale else ""))
    return report


def _hold(obj: Any) -> None:
    """Hold ``obj``'s row until the write's transaction ends (the caller reads it again).

    An editor's save in the admin ends by updating that row (its latest revision), so it
    waits for the write and lands after it, as the page's latest revision, which the next
    run reads and takes the edit in from; without the hold, a save between this write's
    reading of the page and its new revision was left in an older revision, which no
    run reads again.  (SQLite holds the whole database for a write, and has no rows to
    hold.)"""
    from wagtail.models import Page

    model = Page if isinstance(obj, Page) else type(obj)
    list(model._base_manager.select_for_update().filter(pk=obj.pk).values_list("pk", flat=True))


def locked_against(obj: Any) -> PageReport | None:
    """Why a translated page or snippet may not get a new revision now, as the report of
    a write that did not happen; None when it may.

    Wagtail locks a page an editor locked, one in a moderation task, and one scheduled
    for publishing: its own editor refuses a save there to everyone the lock holds, and
    a revision saved anyway went live with the moderated one, unmoderated.  ``apply``
    (with no user) and the review screen (as its editor) respect the same lock: the
    reviewed text stays in the catalogue, and an ``apply`` after the lock is lifted
    writes it."""
    from django.contrib.auth.models import AnonymousUser
    from django.utils.html import strip_tags

    try:
        lock = obj.get_lock() if hasattr(obj, "get_lock") else None
    except AttributeError:      # a snippet with drafts but no lock (no LockableMixin)
        lock = None
    user = ACTING_USER.get() or AnonymousUser()      # apply: nobody the lock lets in
    if lock is None or not lock.for_user(user):
        return None
    why = strip_tags(str(lock.get_message(user) or lock.get_description(user))).strip()
    name = f"page {obj.pk} \u201c{obj.title}\u201d" if hasattr(obj, "get_parent") \
        else f"{obj._meta.label} {obj.pk}"
    report = PageReport(line=f"{name}: not written, locked: {why}", changed=False, locked=why)
    report.warnings.append(
        f"not written: {name} is locked ({' '.join(why.split())}): its reviewed text stays "
        "in the catalogue, and apply writes it once the lock is lifted")
    return report


def write_object(source: Any, spec: Any, prepared: Any, lang: str,
                 translations: Mapping[tuple[str, str], str], skip: Collection[str],
                 source_changed: Mapping[tuple[str, str], SourceChanged] | None = None,
                 catalog: Path | None = None) -> PageReport:
    """Write the translation of a snippet or plain model, segment by segment, as a page's.

    A model with a locale gets its copy in the target locale (a draft revision for a
    model with drafts); a plain model gets one :class:`~.models.FieldTranslation`
    row per field that has anything of its own (a reviewed, kept or earlier text):
    readers get the source text of the others.  A paragraph an admin changed in the
    copy or row stays, as in a page.
    """
    from django.db import transaction

    from cms_i18n.contrib.wagtail import writers
    from cms_i18n.contrib.wagtail.source import target_locale

    with transaction.atomic():
        locale = target_locale(lang)
        code = locale.language_code
        if spec.translatable:
            found = writers.translated_copy(source, spec, locale, create=True)
            assert found is not None
            draft, new = found
            if not new:
                _hold(draft)
                found = writers.translated_copy(source, spec, locale, create=False)
                assert found is not None
                draft = found[0]        # read again, held: a save before the hold is in it
            held = None if new else locked_against(draft)
            if held is not None:
                return held
            plan = _plan(source, spec, prepared, lang, translations, skip, draft, new,
                         changed=source_changed, catalog=catalog)
            removed = _keep_removed(plan, catalog, f"{spec.label} {draft.pk} ({code})", source,
                                    draft.get_latest_revision()
                                    if spec.draftable and not new else None)
            line, written, revision = writers.store_copy(draft, spec, plan.values, new=new,
                                                         code=code)
            report = plan.report(written, f"{spec.label} {draft.pk} ({code})")
            if revision is None and not new and spec.draftable:
                revision = draft.get_latest_revision()      # unchanged: as a page's
            plan.save_records(current_pieces(draft, spec, skip, source), revision)
        else:
            rows = writers.field_rows(source, spec, lang)
            shown = writers.with_rows(source, spec, rows)
            plan = _plan(source, spec, prepared, lang, translations, skip, shown, not rows,
                         held=set(rows), changed=source_changed, catalog=catalog)
            values = {name: value for name, value in plan.values.items()
                      if name in rows or plan.own(name)}
            removed = _keep_removed(plan, catalog, f"{spec.label} {source.pk} ({lang})",
                                    source, None)
            line, written, rows = writers.store_rows(source, spec, lang, values, rows)
            report = plan.report(written, f"{spec.label} {source.pk} ({lang})")
            plan.save_records(current_pieces(writers.with_rows(source, spec, rows), spec,
                                             skip), None)
    report.line = line
    report.notes += removed
    return report


@dataclass
class _Plan:
    """What one document's translation becomes, piece by piece (see :func:`decide`)."""

    prepared: Any
    lang: str
    units_of: dict[tuple[str, str], list[Any]]
    decisions: dict[tuple[str, str], Decision]
    #: The StreamFields kept as they are, each with why (see :func:`_restructured_streams`).
    kept_why: dict[str, list[str]]
    records: dict[tuple[str, str], Any]
    values: dict[str, Any]
    #: The segments of StreamField blocks apply wrote whose source block is gone (its
    #: author deleted it): (piece, record, the text the page holds), taken off the page.
    gone: list[tuple[tuple[str, str], Written, str]] = field(default_factory=list)
    #: Of those blocks, the ones whose paragraphs the admin had added or removed:
    #: (paragraphs now, paragraphs apply wrote), see :func:`_aligned`.
    reshaped: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    #: Pieces whose source text is gone that hold paragraphs although ``apply`` wrote
    #: nothing there (its source was all page chrome): what the page holds, which
    #: nothing in the catalogue can keep, so the page is not written (:func:`_keep_removed`).
    unplaced: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @property
    def kept_streams(self) -> set[str]:
        """The StreamFields kept as they are (the keys of ``kept_why``)."""
        return set(self.kept_why)

    def own(self, name: str) -> bool:
        """Whether a field holds anything but the source text: a reviewed, kept, earlier
        or older translation in one of its segments."""
        return any(decision.texts is None or decision.translated or decision.kept
                   or decision.stale or decision.earlier
                   for key, decision in self.decisions.items() if key[0] == name)

    def report(self, changed: bool, name: str) -> PageReport:
        report = PageReport(line="", changed=changed)
        for key, decision in self.decisions.items():
            if key[0] in self.kept_why:
                # a field kept as it is: apply writes none of its segments, whatever the
                # catalogue holds for them (its note says why)
                report.kept += decision.translated + decision.kept + decision.fallback
            else:
                report.translated += decision.translated
                report.kept += decision.kept
                report.fallback += decision.fallback
            report.stale += decision.stale
            report.source_changed += decision.source_changed
        document = self.prepared.document.id
        src = display_name(self.prepared.document.source_lang)
        for name_of_field, whys in sorted(self.kept_why.items()):
            kept = "kept as edited in the admin" if whys == [ADDED] else "kept as it is"
            report.notes.append(
                f"{self.lang}: {kept}: {name}, {name_of_field}: "
                + "; ".join(_KEPT_WHY[why].format(src=src) for why in whys)
                + ", so apply leaves the whole field as it is and writes none of its "
                "translations into it")
        for key, decision in self.decisions.items():
            if decision.texts is None and key[0] not in self.kept_why:
                line = (f"kept as edited in the admin: {name}, {_where(key)}: "
                        f"{decision.why}; apply leaves it as it is")
                if decision.source_lost:
                    # the page may still say what the source no longer does: a warning,
                    # which the run prints with its language
                    report.warnings.append(line)
                else:
                    report.notes.append(f"{self.lang}: {line}")
            for held in decision.held.values():
                report.notes.append(
                    f"{document} {_where(key)}: kept as edited in the admin, a translation "
                    f"of the earlier source text {_clip(held.source)!r}, which changed "
                    "since; the catalogue has no entry for the new text to put it beside")
        return report

    def save_records(self, pieces: Mapping[tuple[str, str], tuple[str, str]],
                     revision: Any) -> None:
        _save_records(self.prepared.document.id, self.lang, self.units_of, self.decisions,
                      self.kept_streams, pieces, revision, self.records)
        from cms_i18n.contrib.wagtail.models import WrittenPiece

        # a piece the page no longer has whose source is gone too (a block the author
        # deleted, read against a page made anew after the editor deleted the one apply
        # wrote it into): no record of it stays to be read as an edit of the new page
        stale = ({key for key, _, _ in self.gone} | (set(self.records) - set(self.units_of))) \
            - set(pieces)
        for key in stale:
            WrittenPiece.objects.filter(document=self.prepared.document.id, lang=self.lang,
                                        field=key[0], block=key[1]).delete()


def _plan(source: Any, spec: Any, prepared: Any, lang: str,
          translations: Mapping[tuple[str, str], str], skip: Collection[str], draft: Any,
          new: bool, held: Collection[str] | None = None,
          changed: Mapping[tuple[str, str], SourceChanged] | None = None,
          catalog: Path | None = None) -> _Plan:
    """Each piece's decision, from the catalogue's ``translations``, what ``draft`` (the
    translation as it reads now) holds and what the last ``apply`` wrote; and the
    field values that follow.  ``held``: the only fields the translation has of its
    own (a plain model's rows), the others read as the source.  ``changed``: the units
    whose source changed since their translation was reviewed.  ``catalog``: the
    document's catalogue, which says which new source text rewords which earlier one."""
    from cms_i18n.contrib.wagtail.source import target_locale

    now = {} if new else current_pieces(draft, spec, skip, source)
    if held is not None:
        now = {key: value for key, value in now.items() if key[0] in held}
    records = _records(prepared.document.id, lang)
    units_of = _unit_pieces(prepared)
    if not records and not new and spec.is_page and held is None:
        # never written by apply (Wagtail's own Translate made it): what the copy held,
        # where it was the source's text then, is what it is read against
        first = _first_revision(draft)
        if first is not None:
            records = _copy_records(prepared.document.id, lang, _unaligned(
                current_pieces(first.as_object(), spec, skip, source), units_of),
                units_of, source, spec, skip, first)
    originals = _originals(prepared)
    decisions = {}
    links: dict[tuple[str, str], tuple[str, str]] | None = None
    known: set[tuple[str, str]] | None = None
    filed: set[tuple[str, str]] | None = None
    for key, units in units_of.items():
        record = _written(records.get(key))
        current = None if key not in now else piece_segments(*now[key])
        if current is None and record and not new and held is None:
            current = []        # the admin emptied what apply wrote there (an optional field)
        if links is None and record and current is not None and \
                {w.key for w in record} - {(u.context, u.source) for u in units if u}:
            links, known, filed = _links(catalog)   # read only when a source text changed
        decisions[key] = decide(units, translations, record, current, originals[key],
                                changed, links, known, filed)
    kept_why = (_restructured_streams(source, draft, spec, skip, records, now)
                if not new else {})
    kept_streams = set(kept_why)
    values = _values(source, spec, prepared, decisions, now, target_locale(lang), skip)
    for name in kept_streams:
        values.pop(name, None)
    gone: list[tuple[tuple[str, str], Written, str]] = []
    reshaped: dict[tuple[str, str], tuple[int, int]] = {}
    unplaced: dict[tuple[str, str], list[str]] = {}
    for key, record in records.items():
        if key in units_of or key not in now or key[0] in kept_streams:
            continue
        written, texts = _written(record) or [], piece_segments(*now[key])
        if texts and not written:
            unplaced[key] = texts       # nothing apply wrote to file them under
            continue
        if len(written) != len(texts):
            reshaped[key] = (len(texts), len(written))
        gone += [(key, mine, text) for mine, text in _aligned(written, texts)]
    return _Plan(prepared, lang, units_of, decisions, kept_why, records, values, gone,
                 reshaped, unplaced)


def _aligned(written: Sequence[Written], texts: Sequence[str]) -> list[tuple[Written, str]]:
    """A piece's paragraphs as the page holds them, each beside the paragraph ``apply``
    wrote there; when the admin added or removed some, beside the one it stands for.

    A paragraph that says what ``apply`` wrote stands for that one.  The others (what
    the admin typed) go, together, beside the first paragraph ``apply`` wrote after the
    last one found (or its last): whatever the admin did, all of it is kept.

    >>> w = [Written("", "One.", "Uno."), Written("", "Two.", "Dos.")]
    >>> [(x.source, t) for x, t in _aligned(w, ["Uno.", "Dos.", "Tres."])]
    [('One.', 'Uno.'), ('Two.', 'Dos.'), ('Two.', 'Tres.')]
    >>> [(x.source, t) for x, t in _aligned(w, ["Uno y dos.", "Y más."])]
    [('One.', 'Uno y dos.'), ('Two.', 'Y más.')]
    >>> [(x.source, t) for x, t in _aligned(w, ["Uno y dos, y más."])]
    [('One.', 'Uno y dos, y más.')]

    With nothing ``apply`` wrote (``written`` empty) there is nothing to put them beside:
    none is paired, and :func:`_plan` keeps them in ``_Plan.unplaced``, which stops the
    write (:func:`_keep_removed`).
    """
    if not written:
        return []       # nothing to file them under: the caller stops the write
    if len(written) == len(texts):
        return list(zip(written, texts, strict=True))
    found: list[tuple[Written, str]] = []
    typed: dict[int, list[str]] = {}
    start = 0
    for text in texts:
        match = next((index for index in range(start, len(written))
                      if same_text(text, written[index].text)), None)
        if match is not None:
            found.append((written[match], text))
            start = match + 1
        else:
            typed.setdefault(min(start, len(written) - 1), []).append(text)
    found += [(written[index], "\n\n".join(group)) for index, group in typed.items()]
    return found


def _links(catalog: Path | None) -> tuple[dict[tuple[str, str], tuple[str, str]],
                                          set[tuple[str, str]] | None,
                                          set[tuple[str, str]] | None]:
    """By (msgctxt, msgid) of a live entry, the entry of the earlier source text it
    rewords (its ``#| msgctxt`` and ``#| msgid``): what ``translate`` matched; the live
    entries' keys, which tell a source text ``translate`` has not seen yet; and every
    entry's key, obsolete ones too, which tell a source text it never saw (a Wagtail
    copy's English, reworded before any run) (None: no catalogue to tell them by)."""
    if catalog is None or not Path(catalog).exists():
        return {}, None, None
    po = read_po(Path(catalog))
    live = list(po.live())
    return ({(e.msgctxt or "", e.msgid): (e.previous_msgctxt or e.msgctxt or "",
                                          e.previous_msgid)
             for e in live if e.previous_msgid is not None and e.previous_msgid != e.msgid},
            {(e.msgctxt or "", e.msgid) for e in live},
            # (an obsolete entry a sync made to keep a text typed over a paragraph no run
            # had made an entry of is no entry translate made)
            {(e.msgctxt or "", e.msgid) for e in po.entries if not _filed_by_a_sync(e)})


def _values(source: Any, spec: Any, prepared: Any, decisions: Mapping[tuple[str, str], Decision],
            now: Mapping[tuple[str, str], tuple[str, str]], locale: Any,
            skip: Collection[str]) -> dict[str, Any]:
    """Field values for the draft, from each piece's decision."""
    from cms_i18n.contrib.wagtail.writers import Translation, translated_values

    texts: list[str | None] = []
    positions: dict[tuple[str, str], int] = {}
    keys = section_keys(prepared.document.body, [s.start for s in prepared.segments])
    for key in keys:
        index = positions[key] = positions.get(key, -1) + 1
        chosen = decisions[key].texts
        texts.append(None if chosen is None else chosen[index])
    sections = split_body(rebuild(prepared.document.body, prepared.segments, texts))
    for key, decision in decisions.items():
        if decision.texts is None and key in now and now[key][0] != "plain":
            sections[key] = piece_html(*now[key])       # the editor's piece, as it is
        elif decision.texts is None and key not in now:
            sections[key] = ""                          # emptied by the editor: it stays so
    fields = {}
    for name in prepared.document.fields:
        decision = decisions[(name, "")]
        text = decision.texts[0] if decision.texts else None
        if decision.texts is None:
            text = now[(name, "")][1] if (name, "") in now else ""
        if text:
            fields[name] = text
    body = join_sections(sections.items())
    return translated_values(source, spec, Translation(body, fields), locale, skip)


#: Why a StreamField is kept as it is (:func:`_restructured_streams`), for its note.
ADDED, DELETED, EITHER, NOWHERE = "added", "deleted", "either", "nowhere"
_KEPT_WHY = {
    ADDED: "the admin added blocks the source page does not have",
    DELETED: "it holds blocks the author deleted from the source page after apply wrote "
             "them here, and there is no record of what apply wrote in them, so apply "
             "cannot tell an admin's text in them from its own",
    EITHER: "it holds blocks the source page does not have: either the admin added them, "
            "or the author deleted them from the source page after apply wrote them here "
            "(there is no record of what apply wrote in them, and no earlier version of "
            "the source page to tell which)",
    NOWHERE: "the admin added paragraphs to a block the author has since deleted from the "
             "source page, and apply wrote no {src} paragraph there to keep them under in "
             "the catalogue",
}


def _restructured_streams(source: Any, draft: Any, spec: Any, skip: Collection[str],
                          records: Mapping[tuple[str, str], Any],
                          now: Mapping[tuple[str, str], tuple[str, str]]
                          ) -> dict[str, list[str]]:
    """StreamFields of the translation to keep as they are, each with why (the keys of
    :data:`_KEPT_WHY`): they hold blocks the source page does not have, which
    rebuilding the field from the source's blocks would drop.

    A block with no record of what ``apply`` wrote there is an editor's (``ADDED``), unless
    an earlier revision of the source has it (``DELETED``: its author deleted it, and
    what ``apply`` wrote in it cannot be told from an editor's text); when the source's
    revisions do not reach back to the translation's first one, it may be either
    (``EITHER``).  A block ``apply`` wrote (``records``) whose
    source block its author deleted is not the editor's: it goes when the field is
    rebuilt, even when the admin added or removed paragraphs in it; what an editor
    typed in it is put on file first (see :func:`_keep_removed`).
    """
    from cms_i18n.contrib.wagtail.streams import aligned_lists, stored, text_leaves

    blocks = {spec_field.name: source._meta.get_field(spec_field.name).stream_block
              for spec_field in spec.fields if spec_field.kind == "stream"}
    # the source's history, read once for the page (all its StreamFields), when needed
    earlier: list[tuple[dict[str, dict[tuple[str, ...], set[str]]], bool]] = []
    kept: dict[str, list[str]] = {}
    for name, block in blocks.items():
        mine = {path for path, _, _ in text_leaves(block, stored(getattr(source, name)), skip)}
        theirs = {path: (kind, text) for path, kind, text in text_leaves(
            block, aligned_lists(block, stored(getattr(source, name)),
                                 stored(getattr(draft, name))), skip)}
        whys: set[str] = set()
        for path in theirs.keys() - mine:
            key = (name, "/".join(path))
            record = records.get(key)
            if record is not None and key in now:
                if not record.segments and piece_segments(*now[key]):
                    whys.add(NOWHERE)
                continue
            if not earlier:
                first = _first_revision(draft)
                earlier.append(_earlier_paths(source, blocks, skip,
                                              since=first.created_at if first else None))
            paths, complete = earlier[0]
            if any(_same_words(*theirs[path], text) for text in paths[name].get(path, ())):
                # the words the author wrote there and later deleted, in the source's
                # language (a revert to a revision from before any translation brought
                # the block back): no one typed them, and they go with their block
                continue
            whys.add(DELETED if path in paths[name] else ADDED if complete else EITHER)
        if whys:
            kept[name] = sorted(whys)
    return kept


def _same_words(kind: str, text: str, other: str) -> bool:
    """Do two texts of a block say the same: rich text read as it means, without the block
    keys the page editor's save adds to each paragraph (a page made by code stores
    ``<p>…</p>``, the same page saved in the editor ``<p data-block-key="…">…</p>``)."""
    from cms_i18n.contrib.wagtail.richtext import meaning

    return meaning(text) == meaning(other) if kind == "rich" else same_source(text, other)


def _first_revision(obj: Any) -> Any:
    """``obj``'s first revision (None: it keeps none)."""
    revisions = getattr(obj, "revisions", None)
    return None if revisions is None else revisions.order_by("created_at", "pk").first()


#: How many of the source's latest revisions :func:`_earlier_paths` reads (see there).
EARLIER_REVISIONS = 200


def _earlier_paths(source: Any, blocks: Mapping[str, Any], skip: Collection[str], since: Any,
                   limit: int = EARLIER_REVISIONS
                   ) -> tuple[dict[str, dict[tuple[str, ...], set[str]]], bool]:
    """The text leaves each StreamField of ``blocks`` (name → its stream block) had in
    the source's latest ``limit`` revisions (each path with the texts it held), and
    whether they reach back to ``since`` (the translation's first revision): without the
    source as it was then, a block it no longer has may be one it had.

    One read of the source's revisions serves every StreamField of the page: the
    revisions come in one query, and only the StreamFields asked about are unpacked
    from each (as ``Revision.as_object`` would have them, without building the whole
    page and looking up its links for every revision).

    Why a bound, and why this one: the work grows with the number of times the source
    was saved (a page saved every few minutes for weeks has thousands of revisions), and
    the bound caps what one page can add to an ``apply``: 200 revisions of the example
    article's page take about 0.16 s to read this way on the project's 2-core machine
    (2 to 5 s when each was unpacked whole through ``as_object``, once per StreamField).
    Stopping there is never unsafe: revisions that do not reach back to the
    translation's first leave a block the source no longer has ``EITHER`` the admin's or
    one the author deleted, and the field is kept as it is with a note saying both; the
    bound decides how precise that note is, never whether an editor's text is kept.
    """
    from cms_i18n.contrib.wagtail.streams import stored, text_leaves

    found: dict[str, dict[tuple[str, ...], set[str]]] = {name: {} for name in blocks}
    revisions = getattr(source, "revisions", None)
    if revisions is None:
        return found, False
    fields = {name: source._meta.get_field(name) for name in blocks}
    oldest = None
    for revision in revisions.order_by("-created_at", "-pk")[:limit]:
        oldest = revision.created_at
        for name, block in blocks.items():
            if name in revision.content:    # (a field added since has nothing there)
                value = fields[name].to_python(revision.content[name])
                for path, _, text in text_leaves(block, stored(value), skip):
                    found[name].setdefault(path, set()).add(text)
    return found, since is not None and oldest is not None and oldest <= since


def _save_records(document: str, lang: str, units_of: Mapping[tuple[str, str], list[Any]],
                  decisions: Mapping[tuple[str, str], Decision], kept_streams: set[str],
                  pieces: Mapping[tuple[str, str], tuple[str, str]], revision: Any,
                  old: Mapping[tuple[str, str], Any]) -> None:
    """Record what each piece now holds, segment by segment, for the next comparison.

    A segment an editor changed that is not in the catalogue yet keeps its old
    record, so that the next sync still sees it as the editor's and takes it in.
    """
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    for key, units in units_of.items():
        if decisions[key].texts is None or key[0] in kept_streams:
            continue            # the editor's piece: the old record still describes ours
        written = piece_segments(*pieces[key]) if key in pieces else []
        record = record_of(units, written)
        edited = {w.key for w in decisions[key].edited}
        before = {w.key: w.text for w in _written(old.get(key)) or []}
        if record is not None and edited:
            # A text someone typed there is recorded as what it replaced, so the next sync
            # still sees it as theirs and takes it in; where apply never wrote the page
            # (Wagtail's own Translate made it, an alias became a page), as the source
            # text it was copied from.
            record = [Written(w.context, w.source, before.get(w.key, w.source))
                      if w.key in edited else w for w in record]
        if record is not None:
            held = decisions[key].held
            record = [held.get(index, w) for index, w in enumerate(record)]
        if record is None:
            WrittenPiece.objects.filter(document=document, lang=lang, field=key[0],
                                        block=key[1]).delete()
            continue
        WrittenPiece.objects.update_or_create(
            document=document, lang=lang, field=key[0], block=key[1],
            defaults={"segments": [[w.context, w.source, w.text, *([True] * (
                w.key in decisions[key].drafts))] for w in record],
                      "revision_id": revision.pk if revision else None})


def _where(key: tuple[str, str]) -> str:
    return f"{key[0]} block {key[1]}" if key[1] else key[0]


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


# -- a page's text whose source paragraph is gone ------------------------------------------

def _keep_removed(plan: _Plan, catalog: Path | None, name: str, source: Any,
                  revision: Any) -> list[str]:
    """Put on file, as obsolete entries of ``catalog``, the segments a person typed that
    the page is about to lose because their source paragraph was deleted; the lines
    saying so.

    A segment counts as typed by a person when it differs from what ``apply`` wrote there
    (an edit not taken into the catalogue yet: ``revision`` names who), or when its entry
    holds that text as taken from the admin.  One the catalogue wrote (its own reviewed
    translation or a machine draft) is on file there already, and one already kept this
    way is not named twice.  Called before the page is written: a catalogue that cannot
    be written stops the write, and the page keeps the text; so do paragraphs with
    nothing ``apply`` wrote to keep them under (``plan.unplaced``), in one line
    (a :class:`CatalogError`) naming the document, its pieces and the catalogue.
    """
    if plan.unplaced:
        src = display_name(plan.prepared.document.source_lang)
        count = sum(len(texts) for texts in plan.unplaced.values())
        raise CatalogError(
            f"{name}, {', '.join(_where(key) for key in sorted(plan.unplaced))}: {count} "
            f"paragraph(s) typed in the admin stand where the {src} text was removed, and "
            f"apply wrote no {src} paragraph there to keep them under in the catalogue, so "
            "the page is left as it is: move or delete that text in the admin (or give the "
            f"{src} page its text back), then run apply again",
            path=Path(catalog) if catalog else None)
    dropped = [(key, written, now) for key, decision in plan.decisions.items()
               for written, now in decision.dropped] + plan.gone
    if not dropped:
        return []
    if catalog is None or not Path(catalog).exists():
        typed = [now for _key, written, now in dropped if not same_text(now, written.text)]
        if typed:       # nowhere to keep it: the page must not be written without it
            raise CatalogError(f"{name}: {len(typed)} paragraph(s) an admin edited lose their "
                               "English source, and there is no catalogue to keep them in: "
                               "run translate first", path=Path(catalog) if catalog else None)
        return []
    entries = _entries_by_key(read_po(Path(catalog)))
    src = display_name(plan.prepared.document.source_lang)
    from cms_i18n.contrib.wagtail.writers import _relinker

    back = _relinker(source.locale_id) if getattr(source, "locale_id", None) else None
    changes: list[Change] = []
    lines: list[str] = []
    for key, written, now in dropped:
        entry = entries.get(written.key)
        if same_text(now, written.text) or (entry is not None and same_text(now, entry.msgstr)):
            # what apply wrote, or the entry's own text (a page read against the copy
            # it was made from): on file already, unless an admin's text the entry took
            who = _admin_author(entry, now)
            if who is None:
                continue
        else:
            who = _author(revision)
        text = relink_pages(now, back) if back is not None and "linktype" in now else now
        if entry is not None and _on_file(entry, text) and any(
                note.startswith(REMOVED_NOTE + ":") for note in entry.translator_comments):
            continue        # kept so already (a run filed it before a deletion could lose it)
        counts = plan.reshaped.get(key)
        changes.append(_removed_change(written, text, name, who, src, counts))
        lines.append(_removed_line(plan.lang, name, key, text, src, Path(catalog), counts))
    if changes:
        keep_obsolete(Path(catalog), changes)
    return lines


def _earlier_wording_shown(entry: PoEntry, mine: Written, text: str,
                           known_source: Callable[[str, str], str | None]) -> str:
    """The earlier source text of ``mine``'s paragraph that the page's ``text`` is, if it is
    one (empty if not): the entry's ``#| msgid``, or, once an approval dropped that, a
    source text known in the same context (``known_source``: an obsolete entry's, or the
    memory's record of an entry purged since) alike enough to be a rewording of the
    paragraph's (apply's first draft of the page held the English, and a revert to it
    brought the earlier wording back).  Nobody typed it."""
    if entry.previous_msgid is not None and same_source(text, entry.previous_msgid):
        return entry.previous_msgid
    found = known_source(mine.context, text)
    if found is None or found in (mine.source, entry.msgid):
        return ""
    return found if similarity(found, mine.source) >= FUZZY_THRESHOLD else ""


def _saved_after_published(revision: Any, source: Any) -> bool:
    """Was the translation's ``revision`` saved after the source was last published?"""
    published = getattr(source, "last_published_at", None)
    created = getattr(revision, "created_at", None)
    return published is not None and created is not None and created > published


def _source_says(in_source: list[dict[tuple[str, str], tuple[str, str]]], page: Any, spec: Any,
                 skip: Collection[str], key: tuple[str, str], source: str) -> bool:
    """Does the source page's piece ``key`` hold a paragraph reading ``source`` now?
    ``in_source`` caches the page's pieces, read once, when first needed."""
    if not in_source:
        in_source.append(current_pieces(page, spec, skip))
    pieces = in_source[0]
    if key not in pieces:
        return False
    return any(same_source(text, source) for text in piece_segments(*pieces[key]))


def _entries_by_key(po: PoFile) -> dict[tuple[str, str], PoEntry]:
    """Singular entries by (msgctxt, msgid), a live one over an obsolete one."""
    found = {(e.msgctxt or "", e.msgid): e for e in po.entries
             if e.obsolete and e.msgid_plural is None}
    found.update({(e.msgctxt or "", e.msgid): e for e in po.live() if e.msgid_plural is None})
    return found


def _admin_author(entry: PoEntry | None, text: str) -> str | None:
    """Who typed ``text`` in the admin, as ``entry``'s note says (``by …, revision …``),
    when the entry holds that text as taken from the admin and not yet kept as removed."""
    if entry is None or not same_text(entry.msgstr, text):
        return None
    notes = entry.translator_comments
    if any(note.startswith(REMOVED_NOTE + ":") for note in notes):
        return None
    return next((note[len(ADMIN_NOTE) + 1:].strip() for note in notes
                 if note.startswith(ADMIN_NOTE + ":")), None)


def _removed_change(written: Written, text: str, name: str, who: str, src: str,
                    counts: tuple[int, int] | None = None) -> Change:
    """``counts``: (paragraphs now, paragraphs apply wrote) of a block whose paragraphs
    the admin added or removed, whose text is filed beside one of its paragraphs
    (:func:`_aligned`)."""
    if counts is None:
        note = (f"{REMOVED_NOTE}: {name} showed this text, typed in the Wagtail admin "
                f"{who}; its {src} paragraph was removed, so apply takes it off the page "
                "and keeps it here")
    else:
        note = (f"{REMOVED_NOTE}: {name} showed this text, typed in the Wagtail admin "
                f"{who}, in a block whose paragraphs the admin had changed ({counts[0]} "
                f"now, apply wrote {counts[1]}), at or after the place of this {src} "
                f"paragraph; the block's {src} text was removed, so apply takes the block "
                "off the page and keeps the text here")
    return Change(written.context, written.source, "keep", text=text, note=note)


def _removed_line(lang: str, name: str, key: tuple[str, str], text: str, src: str,
                  catalog: Path, counts: tuple[int, int] | None = None) -> str:
    if counts is None:
        whose = f"whose {src} paragraph was removed"
    else:
        whose = (f"in a block whose paragraphs the admin had changed ({counts[0]} now, "
                 f"apply wrote {counts[1]}) and whose {src} block was removed")
    return (f"{lang}: kept in the catalogue, not on the page: {name}, {_where(key)}: the "
            f"admin's text {_clip(text)!r}, {whose}, is kept in {shown_path(catalog)} as an "
            "obsolete entry (#~), and apply takes it off the page")


# -- edits made in the admin -------------------------------------------------------------

def take_edits(po_path: Path, lang: str, pages: Iterable[tuple[Any, Any]],
               skip: Collection[str], source_locale: Any, *, source_lang: str,
               glossary: Glossary | None,
               authorship: Authorship | None = None,
               units_for: UnitsFor | None = None, deleting: bool = False) -> SyncReport:
    """Bring edits made in the admin since the last ``apply`` into the catalogue.

    ``pages`` are (source page, spec) pairs.  Edits are written through
    :func:`~cms_i18n.catalog.edit.edit_catalog` (under the catalogue's lock,
    atomically) with the review screen's publishing gate, so an edit the gate
    refuses becomes a fuzzy draft with its reason, as a refused save in the review
    screen does; the records then describe the page as it is, so the same edit is
    not taken twice.

    ``authorship`` (the memory's record of what cms-i18n wrote, and the engine's
    translations of each source text) tells a machine draft: a page that shows one where
    the catalogue holds another text, or only that draft,
    shows a revision restored from a preview (``apply --include-fuzzy``), or the
    machine's text pasted: nobody reviewed it, so it is no edit, and the catalogue keeps
    what it holds.

    ``units_for`` (a page and its spec → the units of each piece of its source) lets a
    translation ``apply`` never wrote be read too (:func:`_first_sight`): one Wagtail's
    own *Translate* made, or an alias made a page, which a translator typed in before
    any ``apply``; without it such a translation is left to ``apply``.

    ``deleting``: the pages are about to be deleted, so an edit the page alone keeps
    until a later run (its entry retired while the source page is unpublished) goes on
    file now, in that obsolete entry.
    """
    from cms_i18n.contrib.wagtail.models import WrittenPiece
    from cms_i18n.contrib.wagtail.review import publishing_gate
    from cms_i18n.contrib.wagtail.source import document_id, target_locale
    from cms_i18n.contrib.wagtail.writers import _relinker

    report = SyncReport()
    if not Path(po_path).exists():
        return report
    locale = target_locale(lang)
    po = read_po(Path(po_path))
    live = [e for e in po.live() if e.msgid_plural is None]
    catalog = {(e.msgctxt or "", e.msgid): e for e in live}
    retired = {(e.msgctxt or "", e.msgid) for e in po.entries
               if e.obsolete and e.msgid_plural is None}
    on_file = _entries_by_key(po)
    # by its source text as a page shows it: a copy's paragraph has its quotes as the author
    # typed them, the catalogue's msgid as the cleaner curled them
    by_source = {(context, source_key(msgid)): (context, msgid) for context, msgid in on_file}
    src = display_name(source_lang)
    removed: list[Change] = []
    # the entry for a unit's new source text, by its earlier one (``#| msgid``)
    renamed = {(e.previous_msgctxt or e.msgctxt or "", e.previous_msgid): e for e in live
               if e.previous_msgid is not None and e.previous_msgid != e.msgid}
    back = _relinker(source_locale.pk)

    @functools.cache        # the memory's record, read when first asked
    def recorded() -> dict[tuple[str, str], str]:
        written = authorship.written if authorship is not None else {}
        return {(c, source_key(m)): m for c, m in written}

    def known_source(context: str, text: str) -> str | None:
        """The source text ``text`` is in ``context``, as the catalogue has it (obsolete
        entries too) or, purged from it, as the memory recorded what cms-i18n wrote."""
        found = by_source.get((context, source_key(text)))
        if found is not None:
            return found[1]
        return recorded().get((context, source_key(text)))

    def english_of(context: str) -> Callable[[str], bool]:
        """Whether a text is a source text the catalogue has in ``context`` (the English a
        Wagtail copy began with), which nobody typed."""
        return lambda text: (context, source_key(text)) in by_source

    def as_catalog(markup: str) -> str:
        """Page text as the catalogue has it: its page links to the source's pages."""
        return relink_pages(markup, back) if "linktype" in markup else markup
    changes: list[Change] = []
    where: dict[tuple[str, str], str] = {}
    took: dict[tuple[str, str], str] = {}     # the line each taken edit got
    gates: list[Gate] = []
    updates: list[tuple[Any, list[list[str]]]] = []
    read_up_to: list[tuple[list[Any], int]] = []     # records, the revision last read
    for page, spec in pages:
        document = document_id(page, spec)
        records = _records(document, lang)
        if not records and units_for is None:
            continue
        found = _translation_now(page, spec, locale, lang)
        if found is None:
            continue
        draft, revision, name, noun = found
        item = _item_word(page, spec)
        copied: dict[tuple[str, str], list[str]] = {}
        seen_first = not records
        if seen_first:
            assert units_for is not None
            records, copied = _first_sight(document, lang, units_for(page, spec), draft,
                                           spec, skip, page)
            if not records:
                continue
        gates.append(publishing_gate(document, lang, source_lang=source_lang,
                                     glossary=glossary, authorship=authorship))
        pieces = current_pieces(draft, spec, skip, page)
        who = _author(revision)
        restored = _restored(revision)
        between_revisions = _Between(revision, records, spec, skip, page)
        in_source: list[dict[tuple[str, str], tuple[str, str]]] = []   # read once, if needed
        for key, record in records.items():
            written = _written(record) or []
            current = piece_segments(*pieces[key]) if key in pieces else []
            if len(current) != len(written):
                if key[1] and written and current:
                    if not in_source:
                        in_source.append(current_pieces(page, spec, skip))
                    if key not in in_source[0]:
                        # its source block is gone: apply files what was typed in it as it
                        # takes the block off (_keep_removed); filed now too, so that a
                        # deletion of the page before that apply loses none of it
                        for mine, now in _aligned(written, current):
                            text = as_catalog(now)
                            known = on_file.get(mine.key)
                            if same_text(mine.text, now) or (
                                    known is not None and _on_file(known, text)):
                                continue
                            counts = (len(current), len(written))
                            removed.append(_removed_change(mine, text, name, who, src,
                                                           counts))
                            report.removed.append(_removed_line(
                                lang, name, key, text, src, Path(po_path), counts))
                        continue
                # (emptied, it holds no text to put on file: a deletion may go ahead)
                (report.restructured if current else report.emptied).append(
                    f"{name}, {_where(key)}: {count_change(len(current), len(written))}")
                continue
            segments = [list(item) for item in record.segments]
            # a form opened before the author moved paragraphs, or an earlier revision
            # restored: each paragraph read beside the one it stands for, not by place
            current = in_record_order(written, current)
            for index, (mine, now) in enumerate(zip(written, current, strict=True)):
                if mine.key not in on_file and \
                        (listed := by_source.get((mine.context, source_key(mine.source)))):
                    # a copy's paragraph recorded as the page has it: its catalogue entry
                    mine = replace(mine, source=listed[1])
                    segments[index][1] = listed[1]
                put_back = same_text(mine.text, now) or same_source(now, mine.source) or \
                    _machine_draft(catalog.get(mine.key), now, authorship)
                first = copied.get(key)
                if first is not None and not put_back and same_text(first[index], now):
                    continue        # the copy as made, in the source's earlier wording
                if first is not None and not put_back and not same_source(
                        first[index], mine.source):
                    # typed over a copy of source text its author changed since: a
                    # translation of that text, into its entry while the catalogue has it
                    typed_over = (mine.context, first[index])
                    if typed_over in catalog:
                        mine = Written(mine.context, first[index], first[index])
                        segments[index][:3] = [*typed_over, first[index]]
                    elif mine.key in catalog:
                        changes.append(_beside_new_text(catalog[mine.key], Written(
                            mine.context, first[index], first[index]), now, noun, who))
                        report.conflicts.append((noun, _of_paragraph(f"{name}, {who}", mine)))
                        where[mine.key] = f"{name}, {who}"
                        segments[index][2] = now
                        continue
                if put_back:
                    # The page shows what apply wrote, the source text, or the machine's
                    # draft (a form opened before a save put it back): no edit of its own,
                    # but a revision between may hold a text typed there that this save
                    # took off.
                    between = between_revisions.typed(
                        key, index, mine.text, mine.source,
                        english=english_of(mine.context))
                    entry = catalog.get(mine.key)
                    if between is not None and entry is not None and \
                            not _on_file(entry, between[0]):
                        # typed, then a save from a form opened before it put apply's text
                        # back: the page no longer shows it, the catalogue keeps it beside
                        text, typed_by = between
                        change, line = _kept_taken_off(mine, text, typed_by, noun, name,
                                                       reverted_by=who if restored else "")
                        changes.append(change)
                        report.kept.append(line)
                        where[mine.key] = f"{name}, {typed_by}"
                        continue
                    retired_entry = on_file.get(mine.key) if mine.key in retired else None
                    if between is not None and entry is None and retired_entry is not None \
                            and not _on_file(retired_entry, as_catalog(between[0])):
                        # the same while the source page is unpublished, its entry retired:
                        # the text goes into that entry, which comes back with the page
                        text, typed_by = between
                        removed.append(Change(
                            mine.context, mine.source, "keep", text=as_catalog(text),
                            note=f"{ADMIN_NOTE}: {typed_by}; {name} showed this text until "
                                 "a later save took it off (a form opened before it?), its "
                                 f"entry retired while the {src} {item} was not published; "
                                 "kept here"))
                        report.kept.append(
                            f"kept in the catalogue, not on the {item}: {name}, {typed_by}: "
                            f"the translation of {_clip(mine.source)!r}, which a later save "
                            f"of the {item} took off it (a form opened before it?), is kept in "
                            f"{shown_path(Path(po_path))} as an obsolete entry (#~) while the "
                            f"{src} {item} is not published, a draft when it is again")
                        where[mine.key] = f"{name}, {typed_by}"
                        continue
                    if same_text(mine.text, now):
                        continue
                text = as_catalog(now)
                entry = catalog.get(mine.key)
                shown = f"{name}, {who}"
                if entry is not None and entry.reviewed and not same_text(entry.msgstr, text) \
                        and not same_source(text, mine.source) \
                        and _saved_after_published(revision, page) \
                        and not _source_says(in_source, page, spec, skip, key, mine.source):
                    # Saved after the author changed a paragraph whose translation was
                    # approved, since the last translate: the text may translate the new
                    # wording or the old one.  The next translate, which makes the new
                    # wording's entry, files it beside that entry; taken into the old one
                    # now, over its approved text, it came back approved when the author put
                    # the old wording back.  (An edit saved before the change translates the
                    # old wording, and is taken.)
                    report.kept.append(
                        f"kept on the {item}, not in the catalogue yet: {shown}: the edit of "
                        f"the paragraph {_clip(mine.source)!r}, which the {src} {item} no "
                        "longer says (changed since the last translate): the next translate "
                        "files it beside the new wording's entry")
                    continue
                if entry is None and mine.key in renamed:
                    # the source changed since: the edit translates the earlier text
                    newer = renamed[mine.key]
                    if not newer.reviewed and not same_text(newer.msgstr, text) \
                            and not same_source(text, newer.msgid) \
                            and _saved_after_published(revision, page) \
                            and _source_says(in_source, page, spec, skip, key, newer.msgid):
                        # ... unless it was saved after the author published the new
                        # wording, which translate has made an entry of: then it may
                        # translate that wording (a new figure typed) or the earlier one
                        # (a typo mended in the old figure's text).  It becomes the new
                        # entry's draft, to review, in place of the earlier wording's
                        # translation carried over (quoted when a person typed it there),
                        # and quoted itself, which a PO editor's text typed over the draft
                        # leaves on file; filed as a conflict, the entry kept the carried
                        # draft, and approving what the review screen showed approved the
                        # old figure.
                        typed = _typed_draft(newer, text, authorship)
                        changes.append(Change(
                            newer.msgctxt or "", newer.msgid, DRAFT, text=text,
                            note=f"{ADMIN_NOTE}: {who}; typed after the {src} changed from "
                                 f"{json.dumps(mine.source, ensure_ascii=False)}: a draft "
                                 "until reviewed",
                            keeps=(KEPT_TEXT_NOTE + quote_note(text),
                                   *((REPLACED_TEXT_NOTE + quote_note(newer.msgstr),)
                                     if typed else ()))))
                        taken = (f"{shown}: the translation of {_clip(newer.msgid)!r}, typed "
                                 f"after the {src} changed from {_clip(mine.source)!r}, as a "
                                 "draft to review (the page keeps it)")
                        report.taken.append(taken)
                        took[(newer.msgctxt or "", newer.msgid)] = taken
                        where[(newer.msgctxt or "", newer.msgid)] = shown
                        segments[index] = [newer.msgctxt or "", newer.msgid, now]
                        continue
                    if not (newer.reviewed and same_text(newer.msgstr, text)):
                        changes.append(_beside_new_text(newer, mine, text, noun, who))
                        report.conflicts.append((noun, _of_paragraph(shown, mine)))
                    segments[index] = [newer.msgctxt or "", newer.msgid, now]
                    continue
                if entry is None and mine.key in retired and _source_says(
                        in_source, page, spec, skip, key, mine.source):
                    # retired while the source page was unpublished, and published again
                    # with that paragraph: this run brings the entry back, and the next
                    # sync takes the edit into it (the record stays as it was, so the
                    # edit is still one then)
                    filed = on_file.get(mine.key)
                    new = filed is not None and _filed_by_a_sync(filed)
                    if deleting and (same_source(text, mine.source)
                                     or (mine.context, source_key(text)) in by_source):
                        continue    # the English a copy began with: nobody typed it
                    if deleting:
                        # the page goes now: its text goes on file, in the retired entry
                        removed.append(Change(
                            mine.context, mine.source, "keep", text=text,
                            note=f"{ADMIN_NOTE}: {who}; {name} showed this text when it was "
                                 f"deleted, its entry retired while the {src} {item} was not "
                                 "published; kept here"))
                        report.kept.append(
                            f"kept in the catalogue, not on the {item}: {shown}: the edit of "
                            f"the paragraph {_clip(mine.source)!r}, "
                            + ("whose entry the next translate makes"
                               if new else f"whose entry was retired while the {src} {item} "
                                           "was not published")
                            + f", is kept in {shown_path(Path(po_path))} with the {item} "
                              "deleted, as an obsolete entry (#~), which comes back with "
                              f"this text, a draft, once the {src} {item} is published and "
                              "translate runs")
                        continue
                    why = (f"which had no entry yet (the {src} text is new since the last "
                           "translate); this run makes it"
                           if new
                           else f"whose entry was retired while the {src} {item} was not "
                                "published; this run brings the entry back")
                    report.kept.append(
                        f"kept on the {item}, not in the catalogue yet: {shown}: the edit of "
                        f"the paragraph {_clip(mine.source)!r}, {why}, and the next apply "
                        "or translate takes the edit into it")
                    continue
                reworded = None if entry is not None else _rewording_of(
                    mine, on_file.get(mine.key), catalog, written)
                if reworded is not None:
                    # a copy's paragraph no run had made an entry of, typed over, that the
                    # author reworded since (its entry is the one this sync filed): the
                    # text translates the earlier wording, beside the new one's entry
                    if not (reworded.reviewed and same_text(reworded.msgstr, text)):
                        changes.append(_beside_new_text(reworded, mine, text, noun, who))
                        report.conflicts.append((noun, _of_paragraph(shown, mine)))
                    segments[index] = [reworded.msgctxt or "", reworded.msgid, now]
                    continue
                if entry is None and mine.key in retired:
                    # its source paragraph was deleted since: on file in the catalogue,
                    # since the next write of the page takes it off
                    removed.append(_removed_change(mine, text, name, who, src))
                    report.removed.append(_removed_line(lang, name, key, text, src,
                                                        Path(po_path)))
                    segments[index][2] = now
                    continue
                if entry is None:
                    # no entry to go into: on file all the same, as an obsolete entry of its
                    # source text, so that a deletion of the page before the next run loses
                    # nothing (the record stays, and that run takes the edit in); a source
                    # text the page shows (a copy's earlier wording) is nobody's text
                    if (mine.context, source_key(text)) not in by_source:
                        removed.append(Change(
                            mine.context, mine.source, "keep", text=text,
                            note=f"{ADMIN_NOTE}: {who}; {name} showed this text, "
                                 f"{NO_ENTRY_YET}, kept here until one has"))
                    gone = ("the entry is gone" if any(
                        document_of(context) == document for context, _ in on_file)
                        else f"the {src} page is new since the last translate, which makes "
                             "its entries")
                    report.kept.append(
                        f"kept on the page, not in the catalogue: {shown}: the edit of the "
                        f"paragraph {_clip(mine.source)!r} has no catalogue entry to go "
                        f"into ({gone}); the page keeps it (and an obsolete entry "
                        "of the catalogue, should the page be deleted), and a run after the "
                        "next translate takes it in")
                    continue
                earlier = _earlier_wording_shown(entry, mine, text, known_source)
                # ... or the source text of another paragraph of the page (one the author
                # deleted since, which the page still showed in English where the form, or
                # the revision restored, had it)
                another = "" if earlier or same_source(text, mine.source) else \
                    known_source(mine.context, text) or ""
                if (earlier or another or same_source(text, mine.source)) and \
                        not same_text(entry.msgstr, text):
                    # The page shows source text, or the wording the source had before
                    # its last edit (``#| msgid``): a form opened before apply wrote the
                    # page and saved after it, with the English the page showed then, or
                    # an earlier revision restored. Nobody typed it, and it is no
                    # translation, approved or not (an entry a conflict sent back to
                    # review took it as its approved text); it replaces no text of the
                    # catalogue, and an apply writes the page over it.
                    report.kept.append(
                        f"not taken into the catalogue: {shown}: the page shows the {src} "
                        + (f"text {_clip(text)!r} as it was before its author changed it "
                           f"to {_clip(mine.source)!r} (a form opened before that and saved "
                           "after, or an earlier revision restored?): no translation; "
                           "apply writes the page over it"
                           if earlier else
                           f"text {_clip(text)!r} of another of its paragraphs (deleted "
                           f"since?) where {_clip(mine.source)!r} goes (a form opened before "
                           "and saved after, or an earlier revision restored?): no "
                           "translation; the catalogue keeps its text, and apply writes the "
                           "page over it"
                           if another else
                           f"source text of {_clip(mine.source)!r} where the catalogue has an "
                           "approved translation (a form saved after it was opened, or an earlier "
                           "revision restored?); the "
                           "approved translation stays, and apply writes it"
                           if entry.reviewed else
                           f"source text of {_clip(mine.source)!r}, no translation (a form "
                           "saved after it was opened, or an earlier revision restored?); the "
                           "catalogue's draft stays to review, and the apply after its review "
                           "writes it"))
                    # known, so apply writes over it: as the earlier wording's text, which
                    # the new wording's entry replaces (``#| msgid``)
                    segments[index] = [mine.context, earlier or another, now] \
                        if earlier or another else [mine.context, mine.source, now]
                    continue
                if not entry.reviewed and entry.msgstr and same_text(entry.msgstr, text) \
                        and entry.previous_msgid not in (None, entry.msgid):
                    # The page shows the draft the catalogue carried from the earlier source
                    # text (``#| msgid``): a form opened before the author changed the text,
                    # saved after, put the translation of the earlier text back.  It is no
                    # translation of the new text: it stays a draft, and the next apply
                    # writes the page over it (as over a preview's).
                    report.kept.append(
                        f"not taken into the catalogue: {shown}: the page shows the "
                        f"translation of the earlier text {_clip(entry.previous_msgid)!r}, "
                        f"now {_clip(mine.source)!r} (a form opened before the author changed "
                        "it, saved after?): it stays a draft to review, and the next apply "
                        "writes the page over it")
                    segments[index] = [mine.context, mine.source, now, True]
                    continue
                machine = authorship is not None and not (
                    entry.reviewed and same_text(entry.msgstr, text)) and \
                    authorship.is_machine_draft(replace(entry, msgstr=text, flags=["fuzzy"],
                                                        translator_comments=[]))
                # (an editor's draft a preview showed, put back the same way, is no review)
                draft_again = authorship is not None and not restored and \
                    not entry.reviewed and same_text(entry.msgstr, text)
                # The machine's text where an editor's own approved translation is on file
                # now: a form opened while the page showed the machine's text (a review
                # approved it unchanged, then an editor typed their own on the review
                # screen) and saved after, putting it back.  Nobody typed it over a
                # person's approved text; taken, it made the machine's text the approved
                # one and the editor's a note.
                over_approved = machine and entry.reviewed and not restored
                if (machine or draft_again) and (
                        restored or over_approved
                        or between_revisions.shown_before(key, index, now)):
                    # A revision restored from the page's history (a preview's, which
                    # ``apply --include-fuzzy`` wrote), or a form opened while a preview
                    # showed the machine's draft and saved after apply wrote over it, brings
                    # the machine's unreviewed text back: nobody typed or reviewed it.  (The
                    # same text typed in the page editor, where the page never showed it,
                    # is a translator's, and taken, unless an editor's approved text is on
                    # file.)
                    how = "the revision restored shows" if restored else (
                        "a save from a form opened before an editor's approved translation "
                        "replaced it put back" if over_approved else
                        "a save from a form opened while a preview showed it put back")
                    whose = "the machine's translation" if machine else "the draft"
                    report.kept.append(
                        f"not taken into the catalogue: {shown}: {how} {whose} "
                        f"of {_clip(mine.source)!r}"
                        + ("" if over_approved else ", which nobody reviewed")
                        + "; the catalogue keeps "
                        + ("its approved translation" if entry.reviewed else "it a draft")
                        + ", and the next apply writes the page over it")
                    segments[index] = [mine.context, mine.source, now, True]
                    continue
                # A revert to an earlier revision ("Revert to this revision", saved again
                # since or not) says someone chose that page back: a text approved before
                # for this very source text is taken as any edit is, the approved one it
                # replaces kept quoted.  (One approved for an earlier wording, a figure since
                # corrected, stays a conflict: the revert brought it back with the rest.)
                # (asked only of such a text: the look-back reads the revisions between)
                replaced = entry.reviewed and not same_text(entry.msgstr, text) and \
                    _replaced_since(entry, text)
                # An editor's translation of this paragraph's earlier wording (a revert to a
                # revision from before the author corrected a figure) is no review of the
                # new one: a conflict, whatever brought it back, the wording named.
                earlier_wording = "" if not entry.reviewed or same_text(entry.msgstr, text) \
                    else _typed_for_earlier_wording(entry, authorship, mine.context,
                                                    mine.source, text)
                chosen_back = replaced and authorship is not None \
                    and authorship.seen_reviewed is not None \
                    and authorship.seen_reviewed(mine.context, mine.source, text) \
                    and (restored or between_revisions.reverted_to(key, index, now))
                # Three conflicts, both texts kept, the page keeping its own until approval:
                if earlier_wording:
                    why = (f"an editor's text for the paragraph's earlier wording "
                           f"{_clip(earlier_wording)!r}")
                elif replaced and not chosen_back:
                    # the page shows an approved text another save replaced since: a form
                    # opened before that save and saved after it (Wagtail does not warn), or
                    # a translator who wants it back; which, the page does not say
                    why = "a text approved before"
                elif seen_first and key not in copied and entry.previous_msgid not in (
                        None, entry.msgid) and not same_text(entry.msgstr, text):
                    # a copy that keeps nothing of what it began as (a snippet's), whose
                    # source text changed since the entry's earlier wording: the text may
                    # translate either, so it is no review of the new one
                    why = ("typed over a copy made before or after its source text changed "
                           f"from {json.dumps(entry.previous_msgid, ensure_ascii=False)}")
                else:
                    why = ""
                if why:
                    changes.append(Change(
                        mine.context, mine.source, CONFLICT, text=text,
                        note=f"{CONFLICT_NOTE}: the {noun} ({who}) says "
                             f"{json.dumps(text, ensure_ascii=False)}, {why}; "
                             f"{KEPT_UNTIL_APPROVED}"))
                    report.conflicts.append((noun, _of_paragraph(shown, mine)))
                    where[mine.key] = shown
                    segments[index][2] = now
                    continue
                # (what apply wrote links to the translated pages, the catalogue to the
                # source's: read as the catalogue has it)
                if entry.reviewed and not same_text(entry.msgstr, as_catalog(mine.text)) and \
                        not same_text(entry.msgstr, text):
                    changes.append(Change(mine.context, mine.source, CONFLICT, text=text,
                                          note=f"{CONFLICT_NOTE}: the {noun} ({who}) says "
                                               f"{json.dumps(text, ensure_ascii=False)}; "
                                               f"{KEPT_UNTIL_APPROVED}"))
                    report.conflicts.append((noun, _of_paragraph(shown, mine)))
                elif not (entry.reviewed and same_text(entry.msgstr, text)):
                    # A draft a person typed in the catalogue (a PO editor's "needs work")
                    # that no run has read yet is no machine's: the page's text replaces
                    # it, and it stays quoted beside
                    typed = _typed_draft(entry, text, authorship)
                    changes.append(Change(
                        mine.context, mine.source, TRANSLATE, text=text,
                        note=f"{ADMIN_NOTE}: {who}",
                        keeps=(REPLACED_TEXT_NOTE + quote_note(entry.msgstr),) if typed else ()))
                    # each segment named: three edits of one revision were three
                    # identical lines
                    taken = f"{shown}: the translation of {_clip(mine.source)!r}"
                    if chosen_back:
                        taken += " (a revert to an earlier revision)"
                    if entry.reviewed:      # edit_catalog keeps the approved text, quoted
                        taken += (f"; the approved text it replaced, {_clip(entry.msgstr)!r}, "
                                  "stays in the entry's notes")
                    elif typed:
                        # in a PO editor, or in an earlier page a run filed it from
                        taken += (f"; the earlier draft a person typed, "
                                  f"{_clip(entry.msgstr)!r}, stays in the entry's notes")
                    for stale in between_revisions.put_back_over(
                            key, index, now, mine.text, mine.source,
                            english=english_of(mine.context)):
                        if _on_file(entry, stale[0]):
                            continue
                        # typed, then another text typed over it, then a save from a form
                        # opened before that put the first back: both are people's, the
                        # page keeps the one it shows and the other stays beside, flagged
                        change, line = _kept_taken_off(
                            mine, *stale, noun, name,
                            putting_back=", putting back the text typed before it")
                        changes.append(change)
                        report.kept.append(line)
                    report.taken.append(taken)
                    took[mine.key] = taken
                where[mine.key] = shown
                segments[index][2] = now
            if segments != record.segments:
                updates.append((record, segments))
        taken_here = {id(record) for record, _ in updates}
        if seen_first and any(id(record) in taken_here for record in records.values()):
            # a first sight that took something saves every piece's record, so that the
            # next run (or a deletion) reads each piece against what the copy held, not
            # only the ones it took from (a text typed later in another was not read)
            # (a piece whose paragraphs no longer line up with the source's keeps none:
            # apply names it as one it has no record of)
            updates += [(record, [list(item) for item in record.segments])
                        for key, record in records.items() if id(record) not in taken_here
                        and key in pieces
                        and len(piece_segments(*pieces[key])) == len(record.segments)]
        if revision is not None:
            # the revisions read now are read once: the next run looks past this one
            read_up_to.append(([record for record in records.values()
                                if record.revision_id != revision.pk], revision.pk))
    if changes:
        result = edit_catalog(Path(po_path), changes, gate=_every(gates))
        report.written.setdefault(Path(po_path), []).extend(
            [(c.context, c.source) for c in result.done]
            + [(c.context, c.source) for c, _ in result.drafts])
        for change, findings in result.drafts:
            shown = where[(change.context, change.source)]
            if took.get((change.context, change.source)) in report.taken:
                report.taken.remove(took[(change.context, change.source)])
            report.drafts.append(f"{shown}: {'; '.join(findings)}")
    if removed:
        keep_obsolete(Path(po_path), removed)
    for record, segments in updates:
        record.segments = segments
        # (a record of a translation first seen now is saved whole, once something in
        # it was taken: the next run compares with it)
        record.save(update_fields=["segments"] if record.pk else None)
    for read, revision_pk in read_up_to:
        if pks := [record.pk for record in read if record.pk]:
            WrittenPiece.objects.filter(pk__in=pks).update(revision_id=revision_pk)
    return report


#: A page (or object) and its spec → the units of each piece of its source, in order
#: (None: cleaned away), as :func:`_unit_pieces` gives them.
UnitsFor = Callable[[Any, Any], Mapping[tuple[str, str], Sequence[Any]]]


def _first_sight(document: str, lang: str, units: Mapping[tuple[str, str], Sequence[Any]],
                 draft: Any, spec: Any, skip: Collection[str], source: Any
                 ) -> tuple[dict[tuple[str, str], Any], dict[tuple[str, str], list[str]]]:
    """Records, not saved, of a translation ``apply`` never wrote, as if it had written
    the source text into each piece (what the copy Wagtail's *Translate* made, or an
    alias made a page, held), and each piece's segments as that copy held them.

    A translator may type in such a copy before any ``apply``, and delete it, or lose a
    text to a second tab, before one: read against these records, the text typed is an
    edit like any other, taken in by the next run or before the deletion.  The copy
    (the translation's first revision, for a page) says which source wording a text
    was typed over: where the author changed it since, the text translates the earlier
    one.  The revisions from the first on are read for texts a later save took off.

    A piece whose paragraphs no longer line up with the source's units (the author
    removed or added a paragraph since the copy was made) is recorded as the copy held
    it, when the copy says what the source said then (:func:`_copy_of_source`): a
    text typed over a paragraph the author deleted since is then an edit of that
    paragraph's entry, kept when the page loses it, never written over unread.
    """
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    first = _first_revision(draft)
    as_source = current_pieces(source, spec, skip)
    records: dict[tuple[str, str], Any] = {}
    for key, piece in units.items():
        live = [unit for unit in piece if unit is not None]
        if not live:
            continue
        # the text as the source page has it (a look-alike letter the cleaner mends is
        # still in the copy), where its paragraphs line up with the units
        texts = piece_segments(*as_source[key]) if key in as_source else []
        if len(texts) != len(live):
            texts = [unit.source for unit in live]
        records[key] = WrittenPiece(
            document=document, lang=lang, field=key[0], block=key[1],
            segments=[[unit.context, unit.source, text] for unit, text in zip(
                live, texts, strict=True)],
            revision_id=None if first is None else first.pk - 1)
    copied: dict[tuple[str, str], list[str]] = {}
    if first is not None and spec.is_page:
        as_made = current_pieces(first.as_object(), spec, skip, source)
        records.update(_copy_records(document, lang, _unaligned(as_made, units), units,
                                     source, spec, skip, first))
        for key, value in as_made.items():
            segments = piece_segments(*value)
            if key in records and len(segments) == len(records[key].segments):
                copied[key] = segments
    return records, copied


def _unaligned(pieces: Mapping[tuple[str, str], tuple[str, str]],
               units: Mapping[tuple[str, str], Sequence[Any]]
               ) -> dict[tuple[str, str], tuple[str, str]]:
    """The pieces of ``pieces`` of paragraphs (StreamField blocks and rich text fields)
    whose paragraphs do not line up with the source's ``units`` now (one or more removed
    or added since, the whole block gone, or a paragraph moved to another place)."""
    unaligned = {}
    for key, value in _paragraphed(pieces).items():
        segments = piece_segments(*value)
        live = [unit.source for unit in units.get(key, ()) if unit]
        if len(segments) != len(live) or _moved(segments, live):
            unaligned[key] = value
    return unaligned


def _moved(copied: Sequence[str], sources: Sequence[str]) -> bool:
    """Whether a paragraph of the copy as made (``copied``) stands at another place in
    the source now (``sources``, as many): the author moved it since, so the copy's
    paragraphs translate the source's in the copy's order, not the source's."""
    return any(not same_source(text, sources[index]) and any(
        same_source(text, other) for other in sources) for index, text in enumerate(copied))


def _paragraphed(pieces: Mapping[tuple[str, str], tuple[str, str]]
                 ) -> dict[tuple[str, str], tuple[str, str]]:
    """The pieces that hold paragraphs: StreamField blocks and rich text, not a title."""
    return {key: value for key, value in pieces.items() if key[1] or value[0] != "plain"}


def _copy_records(document: str, lang: str, as_made: Mapping[tuple[str, str], tuple[str, str]],
                  units: Mapping[tuple[str, str], Sequence[Any]], source: Any, spec: Any,
                  skip: Collection[str], first: Any) -> dict[tuple[str, str], Any]:
    """Records, not saved, of the pieces of a translation's first revision ``first``
    (``as_made``, as it holds them) that are a copy of the source as it read then
    (:func:`_copy_of_source`): each paragraph recorded as that source text, as if
    ``apply`` had written it there, for a translation with no record of its own.  With
    no ``source`` (deleted), every piece is taken as the copy held it."""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    records: dict[tuple[str, str], Any] = {}
    copies = set(as_made) if source is None else _copy_of_source(source, spec, skip, first,
                                                                 as_made)
    for key in copies:
        segments = piece_segments(*as_made[key])
        if not segments:
            continue
        context = next((unit.context for unit in units.get(key, ()) if unit), document)
        records[key] = WrittenPiece(
            document=document, lang=lang, field=key[0], block=key[1],
            segments=[[context, text, text] for text in segments],
            revision_id=first.pk - 1)
    return records


#: How many of the source's revisions before a copy :func:`_copy_of_source` compares it with.
COPY_REVISIONS = 5


def _copy_of_source(source: Any, spec: Any, skip: Collection[str], first: Any,
                    pieces: Mapping[tuple[str, str], tuple[str, str]]) -> set[tuple[str, str]]:
    """Of a translation's ``pieces`` as its first revision ``first`` holds them, those
    that say what the source said when that revision was made: a copy of the source,
    whose text is the source's and nobody's translation.  Wagtail's *Translate* makes
    one, and so does ``apply`` before it writes a new translation (Wagtail's copy is
    the page's first revision, its own the second).  A first revision that holds a
    translation (the copy pruned from the page's history) says something else, and is
    not read as a copy.

    The source's revisions up to the copy's are compared (the latest few: the copy
    may be of the published page while a newer draft waited)."""
    revisions = getattr(source, "revisions", None)
    if revisions is None:
        return set()

    def same(a: Sequence[str], b: Sequence[str]) -> bool:
        return len(a) == len(b) and all(map(same_text, a, b))

    found: set[tuple[str, str]] = set()
    for revision in revisions.filter(created_at__lte=first.created_at).order_by(
            "-created_at", "-pk")[:COPY_REVISIONS]:
        then = current_pieces(revision.as_object(), spec, skip)
        found |= {key for key, value in pieces.items()
                  if key in then and same(piece_segments(*then[key]), piece_segments(*value))}
        if len(found) == len(pieces):
            break
    return found


def _filed_by_a_sync(entry: PoEntry) -> bool:
    """Whether ``entry`` is one a sync put on file to keep a text typed over a paragraph
    no run had made an entry of yet (its note says :data:`NO_ENTRY_YET`): no entry
    ``translate`` made."""
    return entry.obsolete and any(NO_ENTRY_YET in note for note in entry.translator_comments)


def _rewording_of(mine: Written, filed: PoEntry | None, catalog: Mapping[tuple[str, str], PoEntry],
                  written: Sequence[Written]) -> PoEntry | None:
    """The live entry of the new wording of ``mine``'s source text, when that text was
    never an entry ``translate`` made (``filed`` is the obsolete one a sync put on file to
    keep a text typed over it, or there is none): a live entry of the same context that
    no paragraph of the piece's record has, alike enough for ``translate`` to call it a
    rewording; the likest, or None."""
    if filed is not None and not _filed_by_a_sync(filed):
        return None
    recorded = {w.key for w in written}
    alike = [(similarity(entry.msgid, mine.source), entry)
             for key, entry in catalog.items()
             if key[0] == mine.context and key not in recorded]
    best = max(alike, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= FUZZY_THRESHOLD else None


_OF_AN_EARLIER_TEXT = ", a translation of the earlier source text "
"""How a conflict's note names the earlier source text the page's text translates."""


def _beside_new_text(entry: Any, mine: Written, text: str, noun: str, who: str) -> Change:
    """An admin's translation of a unit's earlier source text, noted beside the entry for
    its new text (which keeps its own translation, flagged fuzzy): the page keeps the
    admin's text until an editor approves the entry, seeing both, as in a conflict."""
    return Change(entry.msgctxt or "", entry.msgid, CONFLICT, text=text,
                  note=f"{CONFLICT_NOTE}: the {noun} ({who}) says "
                       f"{json.dumps(text, ensure_ascii=False)}{_OF_AN_EARLIER_TEXT}"
                       f"{json.dumps(mine.source, ensure_ascii=False)}; "
                       f"{KEPT_UNTIL_APPROVED}")


def _every(gates: Sequence[Gate]) -> Gate:
    """One gate asking each page's: what none of the pages may publish."""
    def refused(po: PoFile) -> dict[tuple[str, str], Sequence[Problem]]:
        found: dict[tuple[str, str], Sequence[Problem]] = {}
        for gate in gates:
            found.update(gate(po))
        return found
    return refused


def _item_word(obj: Any, spec: Any) -> str:
    """What an editor calls ``obj`` in a line about it: a page, a snippet (Wagtail's
    word, on its menu), or an object of some other registered model."""
    if spec.is_page:
        return "page"
    from wagtail.snippets.models import get_snippet_models

    return "snippet" if type(obj) in get_snippet_models() else "object"


def _translation_now(obj: Any, spec: Any, locale: Any, lang: str
                     ) -> tuple[Any, Any, str, str] | None:
    """The translation of a page or object as it reads now, its latest revision (None for
    a model without revisions), how to name it, and what it is ("page", "translated
    copy"); None when it has none."""
    from cms_i18n.contrib.wagtail import writers

    if spec.is_page:
        target, _ = translation_of(obj, locale, create=False)
        revision = None if target is None else target.get_latest_revision()
        if revision is None:
            return None
        draft = revision.as_object()
        return draft, revision, f"page {target.pk} \u201c{draft.title}\u201d", "page"
    if spec.translatable:
        found = writers.translated_copy(obj, spec, locale, create=False)
        if found is None:
            return None
        draft = found[0]
        revision = draft.get_latest_revision() if spec.draftable else None
        return draft, revision, f"{spec.label} {draft.pk} ({lang})", "translated copy"
    rows = writers.field_rows(obj, spec, lang)
    if not rows:
        return None
    return (writers.with_rows(obj, spec, rows), None, f"{spec.label} {obj.pk} ({lang})",
            "translated copy")


def _author(revision: Any) -> str:
    if revision is None:
        return "by a user the site does not record (no revisions)"
    user = getattr(revision, "user", None)
    name = (user.get_full_name() or user.get_username()) if user is not None else "unknown user"
    return f"by {name}, revision {revision.pk} of {revision.created_at:%Y-%m-%d %H:%M}"


def _units_of(source: Any) -> UnitsFor:
    """The :data:`UnitsFor` of the site's ``source``: each page's source prepared as
    ``apply`` prepares it (cleaned, split in units)."""
    from cms_i18n.pipeline import prepare_document

    def units(page: Any, spec: Any) -> Mapping[tuple[str, str], Sequence[Any]]:
        document = source.document(page, spec)
        return {} if document is None else _unit_pieces(prepare_document(document,
                                                                          source.settings))
    return units


def take_site_edits(lang: str, source: Any,
                    catalogs: Collection[Path] | None = None) -> SyncReport:
    """:func:`take_edits` for every page and object the site translates into ``lang``,
    each into its own catalogue (one per language, section or page: ``catalogue_layout``);
    with ``catalogs``, only into those (the ones the run just made, for the texts typed
    in Wagtail's own copies before there was a catalogue to take them into).  The
    report's ``waiting`` names the catalogues that do not exist yet."""
    from cms_i18n.contrib.wagtail.source import source_locale

    by_catalog: dict[Path, list[tuple[Any, Any]]] = {}
    for obj, spec in source.objects():
        path = source.catalog_of(obj, spec, lang)
        if catalogs is None or path in catalogs:
            by_catalog.setdefault(path, []).append((obj, spec))
    waiting = {path for path in by_catalog if not Path(path).exists()}
    from cms_i18n.pipeline import load_settings_glossary

    report = SyncReport()
    locale = source_locale(source.source_lang)
    glossary = load_settings_glossary(source.settings)
    for po_path, pages in by_catalog.items():
        with _authorship(source.settings, po_path, source.source_lang, lang) as authorship:
            report.add(take_edits(po_path, lang, pages, source.skip, locale,
                                  source_lang=source.source_lang, glossary=glossary,
                                  authorship=authorship, units_for=_units_of(source)))
    report.add(take_orphan_edits(lang, source))
    report.waiting = waiting
    for po_path, keys in report.written.items():
        if keys and po_path.exists():
            keep_reviews(po_path, source.settings, lang, keys)
    return report


#: How many revisions saved since the last run read a translation :class:`_Between` reads:
#: a stale form undoes the latest typing, rarely one many saves back.
BETWEEN_REVISIONS = 20
#: How many of apply's revisions before the latest :meth:`_Between.shown_before` reads for
#: a preview's draft that a stale form put back.
EARLIER_REVISIONS = 20


class _Between:
    """The translation's pieces in each revision saved after the last run read it
    (``apply`` wrote it, or a sync read it) and before ``revision``, its latest, newest
    first, each with who saved it: a text typed in one of them that the latest no longer
    shows was taken off by a later save.  Read on the first question only, and only for
    a page saved since: most pages have no such revision."""

    def __init__(self, revision: Any, records: Mapping[tuple[str, str], Any], spec: Any,
                 skip: Collection[str], source: Any) -> None:
        self.revision, self.records, self.spec = revision, records, spec
        self.skip, self.source = skip, source
        self.read: list[tuple[dict[tuple[str, str], tuple[str, str]], str]] | None = None
        #: the revisions between, newest first, read with ``read``
        self.between: list[Any] = []
        #: the pieces of those made by a revert ("Revert to this revision"), on first asking
        self.reverts: list[dict[tuple[str, str], tuple[str, str]]] | None = None
        self.earlier: list[dict[tuple[str, str], tuple[str, str]]] | None = None
        #: each revision's pieces, by its pk, read once for both questions
        self.pieces: dict[int, dict[tuple[str, str], tuple[str, str]]] = {}

    def _pieces(self, revision: Any) -> dict[tuple[str, str], tuple[str, str]]:
        if revision.pk not in self.pieces:
            self.pieces[revision.pk] = current_pieces(revision.as_object(), self.spec,
                                                      self.skip, self.source)
        return self.pieces[revision.pk]

    def _revisions(self) -> list[tuple[dict[tuple[str, str], tuple[str, str]], str]]:
        if self.read is None:
            self.read = []
            since = [record.revision_id for record in self.records.values()
                     if record.revision_id]
            if self.revision is not None and since:
                from wagtail.models import Revision

                revisions = Revision.objects.filter(
                    content_type_id=self.revision.content_type_id,
                    object_id=self.revision.object_id)
                made = revisions.order_by("pk").first()
                for earlier in revisions.filter(
                        pk__gt=min(since),
                        pk__lt=self.revision.pk).order_by("-pk")[:BETWEEN_REVISIONS]:
                    if made is not None and earlier.pk == made.pk and earlier.user_id is None:
                        # the copy Wagtail's Translate made, saved by no one: the source's
                        # text as it was then, which nobody typed
                        continue
                    self.read.append((self._pieces(earlier), _author(earlier)))
                    self.between.append(earlier)
        return self.read

    def reverted_to(self, key: tuple[str, str], index: int, text: str) -> bool:
        """Whether a revision between was made by a revert and held ``text`` at segment
        ``index`` of ``key``: someone chose that page back, and the saves after it kept the
        text (a stale form puts a text back by no choice of anyone's)."""
        if self.reverts is None:
            self._revisions()
            reverts = _restored_among([revision.pk for revision in self.between])
            self.reverts = [self._pieces(revision) for revision in self.between
                            if revision.pk in reverts]
        return _any_holds(self.reverts, key, index, text)

    def put_back_over(self, key: tuple[str, str], index: int, now: str, written: str,
                      source: str, english: Callable[[str], bool] = lambda _text: False
                      ) -> list[tuple[str, str]]:
        """The texts revisions between held at segment ``index`` of ``key``, typed after an
        earlier revision between held ``now`` (the latest's text) and taken off by a later
        one, which put ``now`` back (a form opened before them, saved after; saved again
        or published since, as often as may be), each with who saved it, newest first;
        none where the page's texts never went back so."""
        later: list[tuple[str, str]] = []
        for text, who in self._segment(key, index):
            if same_text(text, now):
                if later:
                    return later
                continue        # the stale save itself, or a save or a publish after it
            if not same_text(text, written) and not same_source(text, source) and \
                    not english(text) and not any(same_text(text, seen) for seen, _ in later):
                later.append((text, who))
        return []

    def typed(self, key: tuple[str, str], index: int, written: str, source: str,
              english: Callable[[str], bool] = lambda _text: False) -> tuple[str, str] | None:
        """The latest text a revision between held at segment ``index`` of ``key`` that
        differs from what ``apply`` wrote there and from the ``source`` text (a stale form
        puts either back), with who saved it; None where none did.  A source text the
        catalogue has (``english``: the English a Wagtail copy began with, since reworded)
        is nobody's typing either."""
        for text, who in self._segment(key, index):
            if not same_text(text, written) and not same_source(text, source) and \
                    not english(text):
                return text, who
        return None

    def shown_before(self, key: tuple[str, str], index: int, text: str) -> bool:
        """Whether a revision apply saved before the latest (:data:`EARLIER_REVISIONS` of
        them) held ``text`` at segment ``index`` of ``key``: a draft a preview wrote
        (``apply --include-fuzzy``), back on the page from a form opened while the preview
        showed it.  Read on the first question only."""
        if self.earlier is None:
            self.earlier = []
            if self.revision is not None:
                from wagtail.models import Revision

                # (apply's own revisions, saved by no one: a reviewer's saves on the review
                # screen, one a segment, would soon hide the preview's behind them)
                for earlier in Revision.objects.filter(
                        content_type_id=self.revision.content_type_id,
                        object_id=self.revision.object_id, user__isnull=True,
                        pk__lt=self.revision.pk).order_by("-pk")[:EARLIER_REVISIONS]:
                    self.earlier.append(self._pieces(earlier))
        return _any_holds(self.earlier, key, index, text)

    def _segment(self, key: tuple[str, str], index: int) -> Iterator[tuple[str, str]]:
        """Segment ``index`` of piece ``key`` in each revision between that has it, newest
        first, with who saved that revision."""
        for pieces, who in self._revisions():
            if key in pieces:
                segments = piece_segments(*pieces[key])
                if index < len(segments):
                    yield segments[index], who


def _any_holds(revisions: Iterable[Mapping[tuple[str, str], tuple[str, str]]],
               key: tuple[str, str], index: int, text: str) -> bool:
    """Whether one of these revisions' pieces holds ``text`` at segment ``index`` of
    ``key``."""
    for pieces in revisions:
        if key in pieces:
            segments = piece_segments(*pieces[key])
            if index < len(segments) and same_text(segments[index], text):
                return True
    return False


def _machine_draft(entry: PoEntry | None, text: str, authorship: Authorship | None) -> bool:
    """Is ``text`` the machine's unreviewed draft of ``entry`` (its record says so)?"""
    if entry is None or entry.reviewed or authorship is None or not text.strip():
        return False
    return same_text(entry.msgstr, text) or authorship.is_machine_draft(
        replace(entry, msgstr=text, flags=["fuzzy"], translator_comments=[]))


def _of_paragraph(where: str, mine: Written) -> str:
    """``where`` (the page, who saved it) and the paragraph it is about, for a line of the
    run's: a conflict named the page and the revision only."""
    return f"{where}: the translation of {_clip(mine.source)!r}"


def _kept_taken_off(mine: Written, text: str, typed_by: str, noun: str, name: str, *,
                    putting_back: str = "", reverted_by: str = "") -> tuple[Change, str]:
    """The conflict that keeps beside ``mine``'s entry a text a later save took off the
    page, and the run's line for it; ``putting_back`` says what that save put back, and
    ``reverted_by`` who restored the earlier revision, when the save was a revert (a
    choice, not a stale form)."""
    how = (f"a revert of the page to an earlier revision ({reverted_by}) put the earlier "
           "text back" if reverted_by else "a later save put the earlier text back")
    change = Change(mine.context, mine.source, CONFLICT, text=text,
                    note=f"{CONFLICT_NOTE}: the {noun} said "
                         f"{json.dumps(text, ensure_ascii=False)} ({typed_by}) until {how}")
    took = (f"a revert of the page to an earlier revision, {reverted_by}, took off it"
            if reverted_by else
            f"a later save of the page took off it{putting_back} (a form opened before it?)")
    line = (f"kept in the catalogue, not on the page: {name}, {typed_by}: {_clip(text)!r}, "
            f"the translation of {_clip(mine.source)!r}, which {took}, is a note beside the "
            "entry's text, flagged for review")
    return change, line


def _typed_draft(entry: PoEntry, text: str, authorship: Authorship | None) -> bool:
    """Is ``entry``'s unreviewed msgstr a draft a person typed in the catalogue, which the
    page's ``text`` would replace?  Not the machine's (the memory's record says which it
    wrote), nor one quoted in the entry's notes already, nor the page's own text."""
    if entry.reviewed or not entry.translated or authorship is None or \
            same_text(entry.msgstr, text) or _on_file(replace(entry, msgstr=""), entry.msgstr):
        return False
    return not authorship.is_machine_draft(entry)


def _quoted(comment: str) -> Iterator[str]:
    """The texts a note quotes (``json.dumps`` or :func:`~.notes.quote_note`), in order."""
    decoder = json.JSONDecoder()
    start = comment.find('"')
    while start >= 0:
        try:
            quoted, end = decoder.raw_decode(comment, start)
        except ValueError:
            quoted, end = unquote_note(comment[start:]), len(comment)
        if isinstance(quoted, str):
            yield quoted
        start = comment.find('"', max(end, start + 1))


def _on_file(entry: PoEntry, text: str) -> bool:
    """Whether ``entry`` holds ``text``: as its translation, or quoted in a note (an
    earlier edit a later one replaced, taken in by an earlier run)."""
    return same_text(entry.msgstr, text) or any(
        same_text(quoted, text) for comment in entry.translator_comments
        for quoted in _quoted(comment))


def _restored(revision: Any) -> bool:
    """Whether ``revision`` was made by restoring an earlier one from the history
    ("Revert to this revision", which Wagtail logs as ``wagtail.revert``)."""
    return revision is not None and bool(_restored_among([revision.pk]))


def _restored_among(revisions: Collection[int]) -> set[int]:
    """Of these revisions (their pks), those made by a revert, in a query a log."""
    if not revisions:
        return set()
    from wagtail.models import ModelLogEntry, PageLogEntry

    return {pk for log in (PageLogEntry, ModelLogEntry) for pk in log.objects.filter(
        revision_id__in=list(revisions), action="wagtail.revert").values_list(
        "revision_id", flat=True)}


def _typed_for_earlier_wording(entry: PoEntry, authorship: Authorship | None,
                               context: str, source: str, text: str) -> str:
    """The earlier wording of ``source`` (under ``context``) for which an editor typed
    ``text``, as the memory saw it (never for ``source`` itself; a wording alike enough for
    ``translate`` to call it a rewording, not another paragraph of the page the same text
    translates) or as the entry's notes tell (a conflict that kept it beside the entry as
    the page's translation of an earlier source text); empty where there is none."""
    for comment in entry.translator_comments:
        if comment.startswith(CONFLICT_NOTE) and _OF_AN_EARLIER_TEXT in comment:
            quoted = list(_quoted(comment))
            if len(quoted) >= 2 and same_text(quoted[0], text) and quoted[1] != source:
                return quoted[1]
    if authorship is None or authorship.editor_sources is None:
        return ""
    sources = authorship.editor_sources(context, text)
    if source in sources:
        return ""
    return min((other for other in sources if similarity(other, source) >= FUZZY_THRESHOLD),
               default="")


def _replaced_since(entry: PoEntry, text: str) -> bool:
    """Whether ``entry``'s notes quote ``text`` as an approved or typed text a later
    save replaced (see :data:`~cms_i18n.catalog.notes.REPLACED_TEXT_NOTE`)."""
    return any(same_text(next(_quoted(comment), ""), text)
               for comment in entry.translator_comments
               if comment.startswith((REPLACED_TEXT_NOTE, REPLACED_APPROVED_NOTE,
                                      APPROVED_BEFORE_NOTE)))


@contextmanager
def _authorship(settings: Mapping[str, Any], po_path: Path, source_lang: str, lang: str
                ) -> Iterator[Authorship]:
    """The memory's record of what cms-i18n wrote in the catalogue, for :func:`take_edits`
    (an empty one with no memory: then no text counts as the machine's)."""
    from cms_i18n.catalog.layout import catalog_key
    from cms_i18n.memory import recorded_authorship

    with recorded_authorship(settings.get("memory"), catalog_key(Path(po_path)),
                             source_lang=source_lang, target_lang=lang) as authorship:
        yield authorship


def take_orphan_edits(lang: str, source: Any) -> SyncReport:
    """Put on file what a person typed in a translated page whose source page is deleted.

    Deleting the source page leaves its translations behind (Wagtail keeps them), and
    ``translate`` retires their entries: an edit made in such a page that no run took
    in yet would live only on a page nothing points to, gone with it when someone
    tidies up.  Each such text goes into the catalogue that holds the document's
    entries, as the obsolete entry's translation with a note saying where it was typed
    and by whom (see :func:`~cms_i18n.catalog.edit.keep_obsolete`), and the record of
    what the page holds is brought up to date, so it is filed once."""
    from wagtail.models import Page

    from cms_i18n.catalog.layout import language_catalogs
    from cms_i18n.contrib.wagtail.source import document_id, source_locale

    report = SyncReport()
    src_locale = source_locale(source.source_lang)
    target = existing_locale(lang)
    if src_locale is None or target is None:
        return report
    translated = Page.objects.filter(locale=target, depth__gt=1)
    keys = set(translated.values_list("translation_key", flat=True))
    kept_keys = set(Page.objects.filter(locale=src_locale, translation_key__in=keys)
                    .values_list("translation_key", flat=True))
    orphans: list[tuple[Any, Any]] = [
        (page, source.registry.page_spec(type(page)))
        for page in translated.order_by("path").specific()
        if page.translation_key not in kept_keys]
    # ... and the snippets (models of the ``models`` setting with a locale) likewise
    for spec in source.registry.models:
        if spec.is_page or not spec.translatable:
            continue
        copies = spec.model.objects.filter(locale=target)
        there = set(spec.model.objects.filter(
            locale=src_locale, translation_key__in=copies.values_list("translation_key"))
            .values_list("translation_key", flat=True))
        orphans += [(obj, spec) for obj in copies.order_by("pk")
                    if obj.translation_key not in there]
    if not orphans:
        return report
    catalogs = language_catalogs(Path(source.settings["locale_dir"]), lang,
                                 source.settings["domain"])
    src = display_name(source.source_lang)
    holders: dict[str, Path] | None = None
    parsed: dict[Path, dict[tuple[str, str], PoEntry]] = {}    # a catalogue's entries, read once

    def entries_of(document: str) -> dict[tuple[str, str], PoEntry]:
        """The entries of the catalogue holding ``document``'s, read once per run."""
        nonlocal holders
        if holders is None:
            holders = _holders(catalogs)
        held_in = holders.get(document)
        if held_in is None:
            return {}
        if held_in not in parsed:
            parsed[held_in] = _entries_by_key(read_po(held_in))
        return parsed[held_in]

    for page, spec in orphans:
        document = document_id(page, spec)
        records = _records(document, lang)
        if not records and spec.is_page and not _translated_once(page, lang):
            continue        # the site's own page in this language (or a Copy of one)
        revision = page.get_latest_revision() if hasattr(page, "get_latest_revision") else None
        if revision is None and spec.is_page:
            continue
        draft = revision.as_object() if revision is not None else page
        pieces = current_pieces(draft, spec, source.skip)
        on_file: dict[tuple[str, str], PoEntry] = {}
        if not records:
            # never written by apply (Wagtail's own Translate made it): read against the
            # copy it began as, a page's first revision, or, for a snippet, which keeps
            # none, against the catalogue's entries of its text; the source is gone, so
            # nothing says which texts were the source's, and one the catalogue holds is
            # on file already
            on_file = entries_of(document)
            first = _first_revision(page) if spec.is_page else None
            if first is not None:
                records = _copy_records(document, lang, _paragraphed(current_pieces(
                    first.as_object(), spec, source.skip)), {}, None, spec, source.skip, first)
            elif not spec.is_page:
                records = _entry_records(document, lang, pieces, on_file)
        if not records:
            continue
        name = (f"page {page.pk} \u201c{draft.title}\u201d" if spec.is_page
                else f"{spec.label} {page.pk}")
        who = _author(revision)
        original = "page" if spec.is_page else "original"
        changes: list[Change] = []
        updates: list[tuple[Any, list[list[str]]]] = []
        for key, record in records.items():
            written = _written(record) or []
            current = piece_segments(*pieces[key]) if key in pieces else []
            if not written or not current:
                continue
            segments = [list(item) for item in record.segments]
            if len(current) != len(written):
                # paragraphs added or removed: the piece's text, whole, beside its first,
                # once (its record keeps what apply wrote, so a later reading, the page's
                # deletion after the run that filed it, finds it on file already)
                text = "\n\n".join(current)
                filed = entries_of(document).get(written[0].key)
                if not same_text("\n\n".join(mine.text for mine in written), text) and not (
                        filed is not None and (same_text(filed.msgstr, text) or any(
                            quote_note(text) in comment
                            for comment in filed.translator_comments))):
                    changes.append(_orphan_change(written[0], text, name, who, src, original))
                continue
            for index, (mine, now) in enumerate(zip(written, current, strict=True)):
                entry = on_file.get(mine.key)
                # (the English a copy shows where apply wrote before, a copy made with
                # Wagtail's own Translate after that page was deleted: nobody typed it)
                if not same_text(mine.text, now) and not same_source(now, mine.source) and not (
                        entry is not None and same_text(entry.msgstr, now)):
                    changes.append(_orphan_change(mine, now, name, who, src, original))
                    segments[index][2] = now
            if segments != record.segments:
                updates.append((record, segments))
        if not changes:
            continue
        if holders is None:
            holders = _holders(catalogs)
        po_path = holders.get(document) or (catalogs[0] if catalogs else None)
        if po_path is None:
            continue
        keep_obsolete(po_path, changes)
        for record, segments in updates:
            record.segments = segments
            # (a record read from the copy is saved whole: the next run reads from it)
            record.save(update_fields=["segments"] if record.pk else None)
        report.removed.append(
            f"{lang}: kept in the catalogue: {name}, whose {src} {original} is deleted: the "
            f"text typed in it ({len(changes)} paragraph{'s' * (len(changes) != 1)}, "
            f"{who}) is kept in {shown_path(po_path)} with the entries of its {src} text, "
            "which are obsolete (#~) or made so by the next translate, where nothing "
            "publishes it")
    return report


def _entry_records(document: str, lang: str, pieces: Mapping[tuple[str, str], tuple[str, str]],
                   entries: Mapping[tuple[str, str], PoEntry]) -> dict[tuple[str, str], Any]:
    """Records, not saved, of a translation with no record and no copy of what it began
    as, read against the catalogue's ``entries`` of its document: a field against the
    entry of that field, the body's pieces, in order, against the body's entries in the
    catalogue's order (a piece whose paragraphs outnumber them against the last)."""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    by_context: dict[str, list[str]] = {}
    for context, msgid in entries:
        by_context.setdefault(context, []).append(msgid)
    body = iter(by_context.get(document, []))
    records: dict[tuple[str, str], Any] = {}
    for key, value in pieces.items():
        segments = piece_segments(*value)
        field_context = f"{document}:{key[0]}"
        if not key[1] and field_context in by_context:
            context, sources = field_context, by_context[field_context][:1] * len(segments)
        else:
            context, sources = document, [next(body, "") for _ in segments]
        sources = [text for text in sources if text]
        if segments and sources:
            records[key] = WrittenPiece(
                document=document, lang=lang, field=key[0], block=key[1],
                segments=[[context, text, text] for text in sources])
    return records


def _holders(catalogs: Sequence[Path]) -> dict[str, Path]:
    """By document, the first of a language's ``catalogs`` holding entries of it."""
    from cms_i18n.catalog.po import read_contexts

    holders: dict[str, Path] = {}
    for path in catalogs:
        for context in read_contexts(path):
            holders.setdefault(document_of(context), path)
    return holders


def _orphan_change(written: Written, text: str, name: str, who: str, src: str,
                   original: str = "page") -> Change:
    return Change(written.context, written.source, "keep", text=text,
                  note=f"{REMOVED_NOTE}: {name} showed this text, typed in the Wagtail "
                       f"admin {who}, after its {src} {original} was deleted")


def existing_locale(lang: str) -> Any:
    """The site's Wagtail locale of ``lang``, or None: a lookup that never creates one
    (:func:`~.source.target_locale` does, for a language ``apply`` writes)."""
    from wagtail.models import Locale

    return next((locale for locale in Locale.all_objects.all()
                 if locale.language_code.lower() == lang.lower()), None)


def live_without_source(lang: str, source: Any) -> list[str]:
    """A line for each live page in ``lang`` whose source page is unpublished or deleted:
    ``translate`` retires such a page's entries, and nothing else happens to the
    translation, so a story the newsroom took down stays up in every language unless an
    editor unpublishes those pages too.  Pages are never unpublished for them: an editor
    decides (a translation may stay up on purpose)."""
    from wagtail.models import Page

    from cms_i18n.contrib.wagtail.source import source_locale

    src = source_locale(source.source_lang)
    target = existing_locale(lang)
    if src is None or target is None:
        return []
    translated = Page.objects.filter(locale=target, live=True, depth__gt=1)
    keys = set(translated.values_list("translation_key", flat=True))
    originals = {page.translation_key: page for page in Page.objects.filter(
        locale=src, translation_key__in=keys)}
    name = display_name(source.source_lang)
    article = "an" if name[:1].lower() in "aeiou" else "a"
    lines = []
    for page in translated.order_by("path"):
        original = originals.get(page.translation_key)
        if original is not None and original.live:
            continue
        if original is None and not _translated_once(page, lang):
            continue        # the site's own story in this language: no page it translates
        state = "deleted" if original is None else f"unpublished (page {original.pk})"
        lines.append(f"{lang}: still published: page {page.pk} “{_clip(page.title)}” "
                     f"({page.get_url() or page.url_path}) translates {article} {name} page "
                     f"that is {state}; "
                     "unpublish it in the admin if it should go too")
    return lines


def home_not_live(lang: str, source_lang: str) -> list[str]:
    """A line for each site whose home page in ``lang`` exists but is not live.

    Wagtail serves a language's addresses from the site's home page in that language only
    while that page is live (``Page.localized``); a draft there (Wagtail's *Translate*
    makes one, an editor's *Unpublish* leaves one) sends every address of the language to
    the source site, the translations published under it included, and nothing on the
    pages says so.  ``apply`` never publishes it: an editor decides."""
    from wagtail.models import Site

    target = existing_locale(lang)
    if target is None:
        return []
    lines = []
    for site in Site.objects.select_related("root_page").order_by("pk"):
        home = site.root_page.get_translation_or_none(target)
        if home is None or home.live:
            continue
        lines.append(f"{lang}: the home page {home.pk} \u201c{_clip(home.title)}\u201d "
                     f"of {site.hostname} is not live: Wagtail shows the "
                     f"{display_name(source_lang)} site at every {display_name(lang)} "
                     "address, the published translations under it included, until an "
                     "editor publishes it")
    return lines


def _translated_once(page: Any, lang: str) -> bool:
    """Whether ``page`` (of the target locale, with no page of the source locale beside
    it) was a translation: ``apply`` wrote it, or Wagtail's *Translate* made it.  A page
    written in the target language from the start, or a copy of one made with Wagtail's
    *Copy* (a new translation key), translates nothing, whatever the source locale has."""
    from wagtail.models import PageLogEntry

    from cms_i18n.contrib.wagtail.models import WrittenPiece

    return WrittenPiece.objects.filter(document=f"page/{page.translation_key}",
                                       lang=lang).exists() or \
        PageLogEntry.objects.filter(page_id=page.pk,
                                    action="wagtail.copy_for_translation").exists()


def spec_of(source: Any, obj: Any) -> Any:
    """The spec the site translates a page or a snippet (a model of the ``models``
    setting) by; None for a model it does not translate."""
    from wagtail.models import Page

    if isinstance(obj, Page):
        return source.registry.page_spec(type(obj))
    try:
        return source.registry.model_spec(obj._meta.label)
    except KeyError:
        return None


def take_page_edits(settings: Mapping[str, Any], source: Any, page: Any, lang: str,
                    glossary: Glossary | None, *, deleting: bool = False) -> SyncReport:
    """:func:`take_edits` for one source page's translation into ``lang``: what the review
    screen does before it shows the page's rows or approves them, so that a text typed in
    the page editor since the last run is the row's, not the machine's it replaced."""
    from cms_i18n.contrib.wagtail.source import source_locale

    spec = spec_of(source, page)
    if spec is None:
        return SyncReport()     # a snippet or a model the site does not translate
    po_path = source.catalog_of(page, spec, lang)
    with _authorship(settings, po_path, source.source_lang, lang) as authorship:
        report = take_edits(po_path, lang, [(page, spec)], source.skip,
                            source_locale(source.source_lang), source_lang=source.source_lang,
                            glossary=glossary, authorship=authorship,
                            units_for=_units_of(source), deleting=deleting)
    if report.written.get(Path(po_path)):
        # the page editor's texts into the copy of the editors' work at once, as the
        # review screen's saves (see catalog.kept.keep_reviews)
        keep_reviews(po_path, settings, lang, report.written[Path(po_path)])
    return report


def apply_document(settings: Mapping[str, Any], source: Any, page: Any, lang: str) -> PageReport:
    """Take the page's admin edits in, then write its translation: what a review saves."""
    from cms_i18n.catalog import translations_for_apply as catalog_translations
    from cms_i18n.pipeline import load_settings_glossary, prepare_document, source_changes

    spec = source.registry.page_spec(type(page))
    po_path = source.catalog_of(page, spec, lang)
    glossary = load_settings_glossary(settings)
    edits = take_page_edits(settings, source, page, lang, glossary)
    document = source.document(page, spec)
    options = settings.get("apply") or {}
    offer = catalog_translations(po_path, include_fuzzy=bool(options.get("include_fuzzy")),
                                 source_lang=source.source_lang, lang=lang,
                                 glossary=glossary)
    prepared = prepare_document(document, settings)
    report = source.write_units(prepared, lang, offer.translations,
                                source_changes(prepared.units, offer, source.source_lang))
    # what the admin's edits did, said where the review is saved: an edit of the same
    # paragraph in the page editor is a conflict the page's text wins until approval
    report.notes[:0] = edits.lines(lang, restructured=False)
    report.conflicts = len(edits.conflicts)
    report.taken = len(edits.taken) + len(edits.drafts)
    report.units = frozenset((unit.context, unit.source) for unit in prepared.units)
    return report
