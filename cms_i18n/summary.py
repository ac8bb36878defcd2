"""What a run tells its user: the summaries of ``translate`` and ``apply``, and
their wording.

The pipeline fills the counts; how they read — the one line per language the
command prints, the notes beside it — is written here, so the flow in
:mod:`cms_i18n.pipeline` says what happens and this module says how it is told.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cms_i18n.catalog.notes import FAILED_NOTE
from cms_i18n.catalog.update import Older, Refused, Reviewed
from cms_i18n.fileio import shown_path

if TYPE_CHECKING:
    from cms_i18n.glossary import Glossary
    from cms_i18n.pipeline import ChunkOutcome


SHOWN_FAILURES = 20
"""Units the engine failed on that ``translate`` names one by one; the rest are counted."""


@dataclass(frozen=True)
class Untranslated:
    """A unit the engine failed on alone (a stage crashed or hung on it): it is in the
    catalogue untranslated, with a note saying why, and not in the memory."""

    path: str
    line: int
    context: str        # the entry's msgctxt
    reason: str         # ``apertium-postchunk of eng-cat crashed (SIGSEGV)``

    def where(self) -> str:
        """``content/brief.txt:12``, or the entry's context for a unit with no file."""
        return f"{self.path}:{self.line}" if self.path else self.context


@dataclass
class RunSummary:
    """What one ``translate`` run did for one language."""

    lang: str
    engine: str
    documents: int = 0
    units: int = 0
    # Every unit is counted once, in one of these:
    translated: int = 0       # sent to the engine now (here or by the workers)
    reused: int = 0           # from the translation memory
    repeated: int = 0         # the same text as a unit translated now, in the same chunk
    reviewed: int = 0         # already reviewed in the catalogue
    held: int = 0             # another language or source code: left as written
    kept: int = 0             # unreviewed, in a catalogue left as it was (nothing changed)
    glossary_problems: int = 0   # entries whose msgstr breaks the glossary
    markup_problems: int = 0     # entries whose msgstr lost or broke markup
    drafts_kept: int = 0         # editors' unreviewed texts left as they were
    refilled: int = 0            # msgstrs an editor emptied, given a draft again
    obsolete: int = 0         # entries this run made obsolete
    held_obsolete: int = 0    # obsolete entries the catalogues hold now, those included
    unchanged: int = 0        # documents skipped: their catalogue is up to date
    seconds: float = 0.0
    catalog: Path | None = None
    catalogs: int = 0       # catalogues of this language written or checked
    notes: list[str] = field(default_factory=list)
    failed: list[Untranslated] = field(default_factory=list)   # the engine failed on them
    # Glossary entries with no name in this language, by concept id: the source's name
    # and the catalogue entries that leave it to the engine; and the warnings saying so.
    glossary_gaps: dict[str, list[Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        where = ""
        if self.catalog and self.catalog.suffix != ".po":
            where = f" → {self.catalogs} catalogue{'s' * (self.catalogs != 1)} under " \
                    f"{shown_path(self.catalog)}"
        elif self.catalog:
            where = f" → {shown_path(self.catalog)}"
        skipped = f", {self.unchanged} unchanged" if self.unchanged else ""
        kept = f"{self.kept} in unchanged catalogues, " if self.kept else ""
        failed = f"{len(self.failed)} left untranslated (engine failure), " \
            if self.failed else ""
        if self.held:
            failed += f"{self.held} left as written (another language or source code), "
        refilled = f"{self.refilled} found empty refilled as drafts, " \
            if self.refilled else ""
        # The run's own count, and the catalogue's where it holds more (retired by
        # earlier runs): "0 obsolete" beside a file full of #~ entries reads as a loss.
        obsolete = f"{self.obsolete} obsolete"
        if self.held_obsolete > self.obsolete:
            obsolete = (f"{self.obsolete} newly obsolete ({self.held_obsolete} in the "
                        f"catalogue{'s' * (self.catalogs > 1)})")
        return (f"{self.lang}: {counted(self.documents, 'document')}"
                f"{skipped}, {counted(self.units, 'unit')}, {self.translated} translated, "
                f"{failed}{self.reused} reused, {self.repeated} repeated, "
                f"{self.reviewed} reviewed, {kept}{counted(self.drafts_kept, 'editor draft')} "
                f"kept, {refilled}{self.glossary_problems} with glossary problems, "
                f"{self.markup_problems} with markup problems, {obsolete}, "
                f"{self.seconds:.1f} s ({self.engine}){where}")

    def add(self, outcome: ChunkOutcome) -> None:
        self.units += outcome.units
        self.translated += outcome.translated
        self.reused += outcome.reused
        self.repeated += outcome.repeated
        self.reviewed += outcome.reviewed
        self.held += outcome.held
        self.failed.extend(outcome.failed)

    def merged_elsewhere(self, source: str) -> str | None:
        """The warning for a run whose ``--source`` folder was merged into the
        configured catalogue (no ``--locale-dir``) and retired its other entries; None
        when nothing was retired.  They are kept, obsolete, and come back when their
        own folder is translated into that catalogue again."""
        if not self.obsolete or self.catalog is None:
            return None
        where = shown_path(self.catalog)
        return (f"--source {source} went into the configured catalogue {where}: "
                f"{self.obsolete} of its entries, not in {source}, are now obsolete (kept, "
                f"not lost); to keep {source}'s catalogues apart, add --locale-dir DIR")

    def failures(self, limit: int = SHOWN_FAILURES) -> list[str]:
        """One line per unit the engine failed on, naming its file and line; past
        ``limit`` of them, one line saying how to find the rest."""
        lines = [f"{failed.where()}: left untranslated, {self.engine} failed on this unit "
                 f"alone: {failed.reason}" for failed in self.failed[:limit]]
        if len(self.failed) > limit:
            lines.append(f"{len(self.failed) - limit} more units not translated: "
                         f"msggrep -X -e '{FAILED_NOTE.strip()}' lists them all")
        return lines

    def add_gaps(self, gaps: Mapping[str, Sequence[Any]]) -> None:
        """Count a catalogue's entries that name a body whose glossary entry has no
        name in the language (by concept id: the source's name, the entries)."""
        for concept_id, (name, count) in gaps.items():
            self.glossary_gaps.setdefault(concept_id, [name, 0])[1] += count

    def warn_gaps(self, glossary: Glossary) -> None:
        """One warning per glossary entry with no name in the language that a catalogue
        entry names, naming the glossary file and the entry."""
        for concept_id, (name, count) in sorted(self.glossary_gaps.items()):
            self.warnings.append(gap_warning(glossary, concept_id, self.lang, name, count))

    def note_no_glossary(self, folder: object) -> None:
        self.notes.append(f"no glossary at {folder}: entity names are not enforced "
                          "(`cms-i18n glossary init` copies the bundled glossary there)")

    def note_bundled_glossary(self) -> None:
        self.notes.append("glossary: the bundled one, as the product ships it (the site has "
                          "no glossaries/ folder; `cms-i18n glossary init` copies it there "
                          "to edit)")

    def note_memory_not_written(self, problem: str, unsaved: int) -> None:
        self.notes.append(
            f"the translation memory could not be written ({problem}); {unsaved} fresh "
            "translations are in the catalogue only and will be translated again next time")


@dataclass(frozen=True)
class SourceChanged:
    """A unit whose source text changed since its translation was reviewed, its entry
    waiting for review again: the page keeps the reviewed translation of the earlier
    text (``kept``), or the source text until then: where the edit changed a figure or
    a negation (a correction the earlier translation does not make), or where that
    translation does not pass the gate in place of the new text (``reviewed.problems``)."""

    path: str           # the source file, as the catalogue's reference names it
    line: int
    context: str
    reviewed: Reviewed
    kept: bool
    source: str = ""    # the new source text
    #: what a correction changed ("'10' gone"), for its line
    facts: str = ""
    #: the paragraph beside it that was part of the earlier text (the author split it in
    #: two): the earlier translation says both, so the page has the source text
    split: str = ""

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.path else self.context
        entry = f"{shown_path(self.reviewed.path)}:{self.reviewed.line}"
        earlier = _clip(self.reviewed.previous)
        if self.kept:
            return (f"{where}: the page keeps the reviewed translation of the earlier text "
                    f"{earlier!r} until {entry} is reviewed against the new one")
        if self.split:
            return (f"{where}: the author split the paragraph {earlier!r} in two since its "
                    f"translation was reviewed ({_clip(self.split)!r} is a paragraph of its "
                    "own now), and that translation says both, so the page has the source "
                    f"text until {entry} is reviewed")
        if self.reviewed.problems:
            reasons = "; ".join(str(problem) for problem in self.reviewed.problems)
            return (f"{where}: the reviewed translation of the earlier text {earlier!r} is "
                    f"refused in place of the new one ({reasons}), so the page has the "
                    f"source text until {entry} is reviewed")
        what = f" ({self.facts})" if self.facts else ""
        return (f"{where}: a figure, a name or a negation changed{what} since the translation "
                f"of {earlier!r} was reviewed, so the page has the source text until {entry} "
                "is reviewed")

    def mark(self) -> str:
        """What ``apply``'s record keeps of this change once it is named: a digest of
        the texts and of what the page got, so that a further edit of the source, or a
        page that gets another text, is named again."""
        outcome = "kept" if self.kept else "refused" if self.reviewed.problems else "source"
        parts = (self.context, self.source, self.reviewed.previous,
                 self.reviewed.translation, outcome)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class LeftAsItWas:
    """A page ``apply`` with fallback ``skip`` (or by default, ``by_default``) did not
    write although it is there (an earlier apply published it): no unit of its document
    has a reviewed translation to publish now, so the page keeps whatever it held."""

    path: Path          # the page
    document: str       # its source file
    changed: int = 0    # units whose source changed since review (not kept)
    refused: int = 0    # units whose reviewed translation is refused
    #: Left by the default (no ``--fallback``): nothing in the document is reviewed
    #: now, nor withdrawn by a source change or a refusal.
    by_default: bool = False

    def format(self) -> str:
        if self.by_default:
            return (f"left {shown_path(self.path)} as it was: nothing in {self.document} "
                    "is reviewed yet (`apply --fallback source` writes it in the source "
                    "language)")
        why = [f"{counted(self.changed, 'unit')} changed in the source since review"
               ] if self.changed else []
        why += [f"{self.refused} refused"] if self.refused else []
        detail = f" ({', '.join(why)})" if why else ""
        return (f"left {shown_path(self.path)} as it was (fallback skip): no unit of "
                f"{self.document} has a reviewed translation to publish now{detail}")


@dataclass(frozen=True)
class Withheld:
    """A document ``apply`` did not write by default although something in it was
    reviewed: every such translation is withdrawn now (its source changed since review
    in a way the earlier translation does not cover, or it is refused), so the page
    would be all in the source language, which is no translation.  A page there (an
    earlier apply published it) keeps what it holds."""

    page: str           # the page, as a ``refused:`` line names it
    document: str       # its source file
    changed: tuple[str, ...] = ()   # entries to review again, of units whose source changed
    refused: int = 0    # units whose reviewed translation is refused
    there: bool = False  # a page is there, left as it was

    def format(self) -> str:
        why = []
        if self.changed:
            why.append(f"{counted(len(self.changed), 'unit')} changed in the source since "
                       f"review, to review again: {', '.join(self.changed)}")
        if self.refused:
            why.append(f"{self.refused} refused")
        detail = f" ({'; '.join(why)})" if why else ""
        if not self.there:
            tail = "no page of it is written until one is"
        elif self.changed:
            # The page still says what the source said before the change: the editor
            # must know it is out of date, not only that it was kept.
            tail = ("the page published before stays as it was, out of date until those "
                    "are reviewed")
        else:
            tail = "the page published before stays as it was"
        return (f"not written: {self.page}: no unit of {self.document} is translated now"
                f"{detail}; {tail}")


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class ApplySummary:
    """What ``apply`` wrote for one language; ``refused`` names the translations it
    would not publish (critical problems), whose units kept the source text."""

    lang: str
    written: list[Path | str] = field(default_factory=list)
    translated: int = 0
    fallback: int = 0
    refused: list[Refused] = field(default_factory=list)
    #: By (msgctxt, msgid) of a refused translation, the pages that keep the text they
    #: published before for its unit, and those that have the unit's source text.
    published_before: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    refused_source: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: Drafts offered (``include_fuzzy``) that were written for an earlier source text,
    #: or may have been (``Older.known``).
    older: list[Older] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)   # documents a write would not change
    kept: int = 0                                        # units kept as an editor typed them
    notes: list[str] = field(default_factory=list)
    include_fuzzy: bool = False
    #: The catalogues read when none offered a translation to publish (nothing written).
    nothing_to_publish: list[str] = field(default_factory=list)
    #: Previews of unreviewed drafts an earlier ``apply --include-fuzzy`` wrote, taken
    #: away because this run did not write those documents.
    removed: list[str] = field(default_factory=list)
    #: Units whose source changed since their translation was reviewed (published: the
    #: translation of the earlier text, or the source where a figure changed).
    source_changed: list[SourceChanged] = field(default_factory=list)
    #: Those of them an earlier apply named already (in its record): counted, not named.
    named_before: list[SourceChanged] = field(default_factory=list)
    #: Pages there that fallback ``skip`` left unwritten.
    left: list[LeftAsItWas] = field(default_factory=list)
    #: Documents nobody reviewed anything of, not written (the default fallback) and
    #: no page of theirs there: by their source file.
    not_written: list[str] = field(default_factory=list)
    #: Documents with reviewed text all withdrawn now (source changed, refused), not
    #: written by default: their pages keep what they held.
    withheld: list[Withheld] = field(default_factory=list)
    #: Pages apply wrote whose source is gone (moved or deleted), removed.
    removed_orphans: list[str] = field(default_factory=list)
    #: Pages kept as someone else wrote them, the translation written beside each.
    kept_pages: list[str] = field(default_factory=list)
    #: By such a page, the file its translation went to instead, and why the page was
    #: kept: what a ``refused:`` line names as where a unit's text went.
    diverted: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Copies written beside a kept edit, removed as the page now holds their text.
    removed_copies: list[str] = field(default_factory=list)
    #: Previews this run wrote, which a later apply without include_fuzzy takes away.
    preview_notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.nothing_to_publish:
            return self._nothing_line()
        before = sum(map(len, self.published_before.values()))
        as_before = f" ({before} kept as published before)" if before else ""
        refused = f", {len(self.refused)} refused{as_before}" if self.refused else ""
        unchanged = f", {len(self.unchanged)} unchanged" if self.unchanged else ""
        kept = f", {self.kept} kept as edited in the CMS" if self.kept else ""
        known = sum(older.known for older in self.older)
        perhaps = len(self.older) - known
        older = f", {counted(known, 'draft')} for an earlier source text" if known else ""
        older += f", {counted(perhaps, 'draft')} perhaps for an earlier source text" \
            if perhaps else ""
        kept_before = sum(change.kept for change in self.source_changed)
        back = len(self.source_changed) - kept_before
        earlier = f", {kept_before} kept as reviewed for an earlier source text" \
            if kept_before else ""
        because = f" ({back} of them because the source changed)" if back else ""
        were = "it was" if len(self.left) == 1 else "they were"
        left = f", {counted(len(self.left), 'page')} left as {were}" if self.left else ""
        left += f", {len(self.not_written)} not written (nothing reviewed)" \
            if self.not_written else ""
        left += f", {len(self.withheld)} not written (no unit translated now)" \
            if self.withheld else ""
        pages = f", {len(self.kept_pages)} kept as found (the translation beside it" \
            f"{'' if len(self.kept_pages) == 1 else ', each'})" if self.kept_pages else ""
        return (f"{self.lang}: {counted(len(self.written), 'document')} "
                f"written{unchanged}{pages}{left}, "
                f"{counted(self.translated, 'unit')} translated{kept}"
                f"{earlier}, {self.fallback} left in the source language{because}"
                f"{refused}{older}")

    def refused_line(self, refused: Refused) -> str:
        """The one line on a translation refused: the entry, the problem, and what
        each page got for its unit instead."""
        key = (refused.context, refused.source)
        # A page kept as found (edited since) got nothing: the text went beside it.
        kept = [page for page in self.published_before.get(key, [])
                if page not in self.diverted]
        source = [page for page in self.refused_source.get(key, [])
                  if page not in self.diverted]
        said = [f"{', '.join(kept)} {'keeps' if len(kept) == 1 else 'keep'} the "
                "translation it published before"] if kept else []
        unwritten = {withheld.page for withheld in self.withheld}
        said += [f"the source text was kept as written in "
                 f"{', '.join(page for page in source if page not in unwritten)}"] \
            if any(page not in unwritten for page in source) else []
        said += [f"{page} not written: no unit of it is translated now"
                 for page in source if page in unwritten]
        for page in self.published_before.get(key, []):
            if page in self.diverted:
                copy, why = self.diverted[page]
                said.append(f"{copy} has the translation {page} published before, written "
                            f"there because {page} is kept as found: {why}")
        for page in self.refused_source.get(key, []):
            if page in self.diverted:
                copy, why = self.diverted[page]
                said.append(f"the source text was kept as written in {copy}, written there "
                            f"because {page} is kept as found: {why}")
        return f"{refused.format()} ({'; '.join(said or ['the source text was kept as written'])})"

    def refusal(self) -> str | None:
        """Why ``apply`` exits as ``compile`` does on a critical problem: the translations
        it refused; None when there are none."""
        if not self.refused:
            return None
        count = len(self.refused)
        return (f"{self.lang}: {count} translation{'s' * (count != 1)} refused for critical "
                "problems (listed above; their units keep what the pages published before, "
                "or the source text); fix them in the catalogue, then apply again")

    def not_written_line(self, shown: int | None = 3) -> str | None:
        """One line naming the documents not written because nothing in them is
        reviewed (a page of the source text alone is no translation), and how to write
        them all the same; None when there are none.  ``shown``: how many it names (None:
        all, as ``apply --verbose`` asks), the others counted."""
        if not self.not_written:
            return None
        count = len(self.not_written)
        shown = count if shown is None else shown
        names = ", ".join(self.not_written[:shown]) + (
            f" and {count - shown} more, which `apply --verbose` names" if count > shown
            else "")
        them = "it" if count == 1 else "them"
        return (f"not written, nothing in {them} reviewed yet: {names} (a page all in "
                f"the source language is no translation; `apply --fallback source` writes "
                f"{them} so)")

    def named_before_line(self) -> str | None:
        """One line counting the units whose source change an earlier run named, still
        waiting for review; None when there are none."""
        if not self.named_before:
            return None
        return (f"{self.lang}: {counted(len(self.named_before), 'unit')} named by an earlier "
                f"apply still wait{'s' * (len(self.named_before) == 1)} for review; "
                "`apply --verbose` names them")

    def _nothing_line(self) -> str:
        """Why nothing was written, and what makes something to write."""
        where = self.nothing_to_publish
        shown = where[0] if len(where) == 1 else f"{len(where)} catalogues ({where[0]} …)"
        if self.refused:
            return (f"{self.lang}: nothing written: every translation in {shown} that could "
                    f"be published has a critical problem ({len(self.refused)} refused, "
                    "listed above); fix them in the catalogue, then run apply again")
        if self.include_fuzzy:
            return (f"{self.lang}: nothing written: {shown} holds no translation yet; run "
                    f"`cms-i18n translate --lang {self.lang}` first")
        return (f"{self.lang}: nothing written: no entry of {shown} is reviewed yet; an "
                "editor reviews one by clearing its fuzzy flag (Poedit, Weblate, Lokalize "
                "or a text editor), then apply writes the documents; --include-fuzzy "
                "writes the drafts as they are, for a preview")


def gap_warning(glossary: Glossary | None, concept_id: str, lang: str, name: str,
                count: int) -> str:
    """``glossaries/entities.yaml:224: glossary entry CSTO_CMFA has no pt name: …``:
    one line naming the glossary file (and line) and the entry, for ``translate`` and
    ``check``."""
    concept = glossary.get(concept_id) if glossary is not None else None
    origin = concept.origin if concept is not None else None
    where = "glossary" if origin is None else shown_path(Path(origin.path)) + (
        f":{origin.line}" if origin.line is not None else "")
    entries = f"{count} catalogue entr{'ies' if count != 1 else 'y'}"
    return (f"{where}: glossary entry {concept_id} has no {lang} name: '{name}' went to "
            f"the engine as it is, flagged for the editor in {entries}")


def counted(count: int, word: str) -> str:
    """``1 unit``, ``2 units``, ``0 units``: a count and its noun, agreeing.

    >>> counted(1, "editor draft"), counted(0, "unit")
    ('1 editor draft', '0 units')
    """
    return f"{count} {word}{'s' * (count != 1)}"

