"""The pipeline, top to bottom, as plain functions over plain data.

    content source ─► documents ─► segment ─► clean ─► units
      ─► translation memory (reviewed, then machine) ─► glossary-enforced engine
      ─► catalogue merge (reviewed work kept) ─► editor review ─► compile / apply
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import os
import pickle
import re
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cms_i18n import languages
from cms_i18n.as_written import left_as_written
from cms_i18n.catalog import CatalogEntry, update_catalog
from cms_i18n.catalog import translations_for_apply as catalog_translations
from cms_i18n.catalog.checks import (
    PLAIN,
    CheckedEntry,
    Problem,
    check_emphasis,
    check_rank,
    check_short,
    copied_from_other_languages,
    critical_problems,
    other_languages,
)
from cms_i18n.catalog.kept import lost_entries, record_kept, with_lost
from cms_i18n.catalog.layout import (
    catalog_key,
    document_catalog,
    earlier_domain_catalogs,
    earlier_folder_catalogs,
    in_site,
    kept_path,
    language_catalogs,
    record_settings_folder,
    settings_folder_before,
    shard_of,
    shard_of_path,
    shard_paths,
)
from cms_i18n.catalog.locate import no_catalogs
from cms_i18n.catalog.merge import Review, UpdateResult
from cms_i18n.catalog.moves import (
    CatalogIndex,
    Moved,
    carried_records,
    file_name,
    left_behind,
    moved_entries,
    moved_notes,
    pair_moves,
    pair_renames,
)
from cms_i18n.catalog.notes import (
    OWN_REVIEWED_NOTE,
    RANK_NOTE,
    REVIEWED_ELSEWHERE_NOTE,
    SHORT_NOTE,
    cleaned_note,
    failed_note,
    machine_note,
    markup_problem,
    unknown_note,
)
from cms_i18n.catalog.po import PoEntry, PoFile, read_contexts, read_po
from cms_i18n.catalog.status import document_of
from cms_i18n.catalog.update import ForApply, Reviewed, reviewed_in
from cms_i18n.clean import CleanOptions, detect_quote_style, shows_damage
from cms_i18n.clean.cache import (
    chrome_line,
    clean_units,
    cleaner_fingerprint,
    cut_chrome,
    page_cleaning,
    replayed_paragraphs,
)
from cms_i18n.clean.edits import CleanFix
from cms_i18n.clean.evidence import is_damage
from cms_i18n.clean.homoglyphs import english_words
from cms_i18n.codehash import TRANSLATION_CODE, code_fingerprint
from cms_i18n.config import BUNDLED_GLOSSARY_DIR, check_glossary_dir
from cms_i18n.content import ContentSource, Written, load_source
from cms_i18n.content.earlier import EarlierPage, held_between, place, placeable
from cms_i18n.document import Document, Fix, Unit
from cms_i18n.engines import Engine, UnknownWords, choose_engine
from cms_i18n.engines.apertium_case import title_case_headline
from cms_i18n.errors import CatalogError, CheckFailed, InputError
from cms_i18n.fileio import file_stamp, printable, scratch_database
from cms_i18n.glossary import (
    Context,
    Glossary,
    cached_glossary,
    check_translation,
    translate_units,
)
from cms_i18n.glossary.enforce import gaps_in
from cms_i18n.glossary.match import DETACHED, context_from
from cms_i18n.markup import protect, restore, without_markup
from cms_i18n.memory import Memory, Remembered, machine_translations, recorded_authorship
from cms_i18n.segment import ATTRIBUTE_KEYS, Segment, nested, rebuild, segment, written
from cms_i18n.summary import (
    ApplySummary,
    LeftAsItWas,
    RunSummary,
    SourceChanged,
    Untranslated,
    Withheld,
    shown_path,
)
from cms_i18n.target_typography import repair as repair_typography

Progress = Callable[[int], None]


# -- documents → units --------------------------------------------------------

@dataclass
class PreparedDocument:
    """A document with its units, and where each unit sits in the source."""

    document: Document
    units: list[Unit]
    segments: list[Segment]          # body segments, in order
    body_units: list[Unit | None]    # unit per body segment; None where cleaning left nothing
    #: The units whose cleaning took page chrome out of their own text, by catalogue key
    #: (msgctxt, msgid): the only units ``apply`` writes as cleaned when no translation
    #: replaces them (and those of :attr:`mended` whose repairs cannot be made on the
    #: text as written).  (A unit's ``key`` alone is "body" for every paragraph but
    #: repeats.)
    repaired: frozenset[tuple[str, str]] = frozenset()
    #: By catalogue key, the units whose cleaning mended damage no author makes
    #: (a look-alike letter, mojibake, a control byte, invisible junk): their text as
    #: the source has it with those repairs made and nothing else (quotes, blanks and
    #: line breaks as written), which ``apply`` writes when no translation replaces
    #: them, so that a page never brings back what the cleaning repaired.
    mended: Mapping[tuple[str, str], str] = field(default_factory=dict)


def prepare_document(document: Document, settings: Mapping[str, Any],
                     memory: Memory | None = None) -> PreparedDocument:
    """Segment and clean one document into translation units.

    With a ``memory``, cleaning results are looked up and stored there, so an
    unchanged document costs one query on a re-run.
    """
    patterns = tuple((settings.get("clean") or {}).get("chrome_patterns") or ())
    # Markdown, HTML and CMS pages are written for the site: only the chrome rules
    # that cannot take an author's line apply to them, and to their titles and other
    # fields only the site's own patterns.  Plain text is what scrapers produce.
    authored = document.format != "text"
    # (judged on the words, not the markup: a Wagtail page's ``data-block-key="…"`` hid
    # its lines from the judgement, and "bloc's" in a page typed straight was curled)
    document_options = CleanOptions(quote_style=detect_quote_style(
        document.body if document.format == "text" else without_markup(document.body)),
                                    chrome_patterns=patterns, format=document.format,
                                    chrome="authored" if authored else "scraped")
    # (a plain-text page's quote style is judged as ``clean`` judges it: on the article,
    # without the chrome around it)
    codecs, page_fixes, unwrap = page_cleaning(document, replace(
        document_options, quote_style=None) if document.format == "text" else document_options,
        memory)
    dropped = {fix.line: fix for fix in page_fixes if fix.line and chrome_line(fix)}
    # Mojibake in one paragraph is evidence for the lone sequences of another; a page
    # a scraper broke, for a paragraph whose lines it broke.
    # The repairs of what a scraper may have left but an author may have typed (blanks at
    # line ends, references in plain text, stray straight quotes) are made on a document
    # that shows a scraper's hand: chrome, mojibake or other damage (clean.evidence).
    # HTML's blanks and references are its markup's, repaired as before.
    scraped = document.format == "html" or bool(codecs or dropped) or shows_damage(
        document.body, document.format)
    options = replace(document_options, mojibake_codecs=codecs, unwrap=unwrap,
                      scraped=scraped)
    path = _reference_path(document.path, settings.get("root"))
    segments = segment(document.body, document.format)
    # A plain-text page's paragraphs are as ``cms-i18n clean`` leaves the page: its
    # fixes replayed paragraph by paragraph (the page shows what a paragraph alone
    # cannot: a line repeated lower down, a signature under a name, a scraper's wrap).
    replayed: dict[int, tuple[str, tuple[Fix, ...]]] = {}
    if document.format == "text":
        replayed = dict(enumerate(replayed_paragraphs(
            document.body, [(seg.line, seg.text.count("\n") + 1) for seg in segments],
            page_fixes, options), start=len(document.fields)))
    raw = [(name, value, 1, "title" if name == "title" else "field")
           for name, value in document.fields.items()]
    body_texts: list[str] = []
    pending: list[Fix] = []
    early: dict[int, list[Fix]] = {}    # index in raw → fixes found at document level
    for seg in segments:
        if document.format == "text":
            body_texts.append(seg.text)     # (cleaned as the page, replayed above)
            continue
        lines = seg.text.split("\n")
        # a fix of an earlier memory, which knows nothing of cuts, dropped its line
        kept = [ln if (fix := dropped.get(seg.line + i)) is None else cut_chrome(ln, fix)
                for i, ln in enumerate(lines) if seg.line + i not in dropped
                or not getattr(dropped[seg.line + i], "drop_line", True)]
        if any(seg.line + i in dropped for i in range(len(lines))):
            early[len(raw) + len(body_texts)] = [dropped[seg.line + i] for i in range(len(lines))
                                                 if seg.line + i in dropped]
        body_texts.append("\n".join(kept))
    raw += [(ATTRIBUTE_KEYS[seg.attribute] if seg.kind == "attribute" else "body", text,
             document.body_line + seg.line - 1, seg.kind)
            for seg, text in zip(segments, body_texts, strict=True)]
    named = replace(options, chrome="site") if authored else options
    # A line that is the whole value of a CMS field or block was typed there as it is
    # ("Follow us on Telegram.", a quote's "Not an official record."): cut as page
    # chrome, it left the translated page's field empty, and a required one unsaveable.
    whole = {len(document.fields) + index
             for index in _whole_values(document.body, segments)} if authored else set()
    alone = [index for index in range(len(raw)) if index not in replayed]
    by_unit = dict(zip(alone, clean_units(
        [raw[index][1] for index in alone],
        [named if raw[index][3] in _NAMED_KINDS or index in whole else options
         for index in alone], memory), strict=True))
    cleaned = [replayed[i] if i in replayed else
               (by_unit[i][0], (*early.get(i, ()), *by_unit[i][1])) for i in range(len(raw))]

    units: list[Unit] = []
    made: list[Unit | None] = []
    seen: dict[str, int] = {}
    repaired: set[tuple[str, str]] = set()
    mended: dict[tuple[str, str], str] = {}
    for (key, value, line, kind), (text, fixes) in zip(raw, cleaned, strict=True):
        text = text.strip()
        if not text and key != "body" and value.strip():
            # A field is the whole of its own value, never page chrome around it: a page
            # titled "Home" keeps its title.
            text, fixes = value.strip(), ()
        if "\0" in text:
            # A NUL the cleaner left as written (inside code): no catalogue can hold one
            # (a compiled one would cut the string there), so the unit goes without it.
            fixes = (*fixes, CleanFix("control", "\0", "", 1,
                                      "NUL, which no catalogue can hold", None))
            text = text.replace("\0", "").strip()
        if not text:
            pending.extend(fixes)   # reported on the next unit that survives
            made.append(None)
            continue
        # A repeated paragraph needs a key of its own (its msgctxt), numbered among the
        # body's paragraphs only, so that a field changing never renumbers one.  A field
        # is named already: a description that repeats the title stays "description", or
        # its translation would be written under a name the page does not have.
        # An attribute (``alt``, ``title-attr`` …) is numbered so among its own kind.
        unique_key = key
        if key == "body" or kind == "attribute":
            count = seen[f"{key}\0{text}"] = seen.get(f"{key}\0{text}", 0) + 1
            unique_key = key if count == 1 else f"{key}#{count}"
        unit = Unit(document.id, unique_key, text, path, line, kind, (*pending, *fixes),
                    document.format)
        damage = [fix for fix in fixes if written_as_cleaned(fix)]
        if any(fix.kind == "chrome" for fix in damage):
            repaired.add((unit.context, unit.source))
        elif damage:
            # The repairs made on the text as written; an attribute's text is escaped
            # for its place, so it is written as cleaned, as is one they cannot be
            # placed in.
            own = _mend(value, damage) if kind != "attribute" else None
            if own is None:
                repaired.add((unit.context, unit.source))
            else:
                mended[(unit.context, unit.source)] = own
        pending.clear()
        units.append(unit)
        made.append(unit)
    if pending and units:
        # Lines removed after the last unit are listed on it: no removal goes unseen.
        last = replace(units[-1], fixes=(*units[-1].fixes, *pending))
        made[made.index(units[-1])] = units[-1] = last
    return PreparedDocument(document, units, segments, made[len(document.fields):],
                            frozenset(repaired), mended)


def _mend(text: str, repairs: Sequence[Fix]) -> str | None:
    """``text`` as written with ``repairs`` made in it, each at the first place that
    holds what it replaced; None when one finds no such place.

    >>> from cms_i18n.clean.edits import CleanFix
    >>> _mend('"\u041deads" met.', [CleanFix("homoglyph", "\u041deads", "Heads", 1, "", 1)])
    '"Heads" met.'
    """
    for fix in repairs:
        at = text.find(fix.before) if fix.before else -1
        if at < 0:
            return None
        text = text[:at] + fix.after + text[at + len(fix.before):]
    return text


def written_as_cleaned(fix: Fix) -> bool:
    """Does ``fix`` keep its unit from being published as the source has it, when no
    translation replaces it?  Page chrome taken out, and the repair of damage no author
    makes (a Cyrillic "Н" in "Нeads", mojibake, a control byte): a page must not bring
    them back.  A repair of layout (blanks, a converter's blank line, a curled quote)
    leaves the author's bytes to the page.

    >>> from cms_i18n.clean.edits import CleanFix
    >>> written_as_cleaned(CleanFix("homoglyph", "Нeads", "Heads", 1, "", 0))
    True
    >>> written_as_cleaned(CleanFix("quote", '"', "“", 1, "straight quote", 0))
    False
    >>> written_as_cleaned(CleanFix("whitespace", "", "\\n\\n", 1, "blank line", 0))
    False
    """
    if fix.kind == "chrome":
        return True
    return fix.kind != "whitespace" and fix.before != fix.after and is_damage(fix)


# The opening of a field's or block's section in a CMS page's body (see
# ``contrib.wagtail.layout.build_body``).
_FIELD_SECTION_RE = re.compile(r'^<section data-field="', re.MULTILINE)
# A line as an author writes one: a sentence ("Follow us on Telegram.") or a label and
# its words ("Photo: Kabar"), opening with a capital, on one line.  A scraper's residue
# (a run of icon names, a player's "0:00") reads as neither.
_AUTHORS_LINE_RE = re.compile(r"[A-ZÀ-ÞА-ЯЁΑ-Ω][^\n]*(?:[.!?…][\"'”’»)]?|: [^\n]*\w)")
_TAG_RE = re.compile(r"<[^>]+>")


def _whole_values(body: str, segments: Sequence[Segment]) -> list[int]:
    """The segments of a CMS page's body that are each the whole value of a field or
    a block: one line alone in its section that reads as an author's (a sentence, or a
    label and its words).  A block holding several lines may be a scraped page pasted
    whole, its chrome among them; one line alone is what an author typed there.

    >>> body = ('<section data-field="intro">\\n<p>Photo: Kabar</p>\\n</section>\\n'
    ...         '<section data-field="body">\\n<p>Share</p>\\n<p>Text.</p>\\n</section>\\n'
    ...         '<section data-field="caption">\\n<p>icon bookmarkicon camera</p>\\n</section>\\n')
    >>> _whole_values(body, segment(body, "html"))
    [0]
    """
    starts = [match.start() for match in _FIELD_SECTION_RE.finditer(body)]
    if not starts:
        return []
    section = [bisect.bisect_right(starts, seg.start) for seg in segments]
    texts = [i for i, seg in enumerate(segments) if seg.kind != "attribute"]
    counts = Counter(section[i] for i in texts)
    return [i for i in texts if section[i] and counts[section[i]] == 1
            and _AUTHORS_LINE_RE.fullmatch(_TAG_RE.sub("", segments[i].text).strip())]


_NAMED_KINDS = ("title", "field", "heading", "attribute")
"""Units that name a document or a section: only a site's own patterns can make one of
them page chrome in authored content (a page may well be titled "Home")."""


def _reference_path(path: Path | None, root: str | None) -> str:
    """The path for ``#:`` references: relative to the site root when inside it."""
    if path is None:
        return ""
    try:
        return Path(path).resolve().relative_to(Path(root or ".").resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


# -- translate ------------------------------------------------------------------

@dataclass
class ChunkOutcome:
    """A chunk of documents translated: its catalogue entries (in document order) and counts."""

    entries: list[CatalogEntry]
    units: int = 0
    translated: int = 0    # sent to the engine
    reused: int = 0        # found in the translation memory
    repeated: int = 0      # the same text as a unit sent to the engine in this chunk
    reviewed: int = 0      # reviewed in the catalogue: left as the editor made them
    held: int = 0          # another language or source code: sent to no engine
    # (units, reviewed) of each document in turn: how the entries split by catalogue
    documents: list[tuple[int, int]] = field(default_factory=list)
    # units the engine failed on alone: untranslated in the catalogue, not in the memory
    failed: list[Untranslated] = field(default_factory=list)


@dataclass(frozen=True)
class RunContext:
    """What every chunk of one language's run shares: settings, pair, glossary, engine."""

    settings: Mapping[str, Any]
    source_lang: str
    lang: str
    glossary: Glossary | None
    engine: Engine
    engine_version: str

    @classmethod
    def open(cls, settings: Mapping[str, Any], lang: str, engine_name: str | None = None,
             engine: Engine | None = None) -> RunContext:
        source_lang = languages.normalize(settings.get("source_lang", "en"))
        lang = languages.normalize(lang)
        glossary = load_settings_glossary(settings)
        engine = engine or choose_engine(engine_name or settings.get("engine", "auto"),
                                         source_lang, lang, settings)
        return cls(settings, source_lang, lang, glossary, engine,
                   engine_key(engine, source_lang, lang))

    def fingerprint(self) -> str:
        """Everything besides the documents that a catalogue's content depends on."""
        clean = json.dumps(self.settings.get("clean") or {}, sort_keys=True, default=str)
        parts = (cleaner_fingerprint(), self.glossary.version if self.glossary else "-",
                 self.engine.name, self.engine_version, self.source_lang, self.lang, clean,
                 str(self.settings.get("glossary_strategy")), str(self.settings.get("root")))
        return _digest(*parts)


def engine_key(engine: Engine, source_lang: str, lang: str) -> str:
    """The memory's key for the drafts of one engine and pair: the engine's data
    (``version_for``: its modes or model) and a hash of the product's code that turns
    its output into a draft (:data:`~cms_i18n.codehash.TRANSLATION_CODE`), so a draft
    remembered from code that would now write it differently is translated again."""
    return (f"{engine.version_for(source_lang, lang)}"
            f"+code:{code_fingerprint(*TRANSLATION_CODE)[:16]}")


def translate_documents(documents: Sequence[Document], context: RunContext, memory: Memory,
                        reviewed: Mapping[tuple[str, str], str]) -> ChunkOutcome:
    """Clean, look up, translate what the memory lacks, and store it: one chunk of whole
    documents, in any process.  ``reviewed`` is the editors' work in the catalogue."""
    settings, source_lang, lang = context.settings, context.source_lang, context.lang
    prepared = [prepare_document(d, settings, memory).units for d in documents]
    units = [u for document_units in prepared for u in document_units]
    keys = _memory_keys(units, context.glossary)
    # A document whose file moved finds its editors' work under the id it had.
    formers = {d.id: d.former_id for d in documents if d.former_id}

    def is_reviewed(unit: Unit) -> bool:
        former = formers.get(unit.document_id)
        return (unit.context, unit.source) in reviewed or (
            former is not None
            and (replace(unit, document_id=former).context, unit.source) in reviewed)

    not_reviewed = [i for i, u in enumerate(units) if not is_reviewed(u)]
    # Text in another language or script, and source code: no engine sees it, the
    # catalogue says why, and apply keeps it as written unless an editor translates it.
    held = {i: why for i in not_reviewed
            if (why := left_as_written(units[i].source, source_lang)) is not None}
    todo = [i for i in not_reviewed if i not in held]
    outcome = ChunkOutcome([], units=len(units), reviewed=len(units) - len(not_reviewed),
                           held=len(held), documents=[
                               (len(us), sum(map(is_reviewed, us))) for us in prepared])
    remembered: dict[tuple[str, str], Remembered] = {}
    for gkey in dict.fromkeys(keys[i][1] for i in todo):
        found = memory.lookup([units[i].source for i in todo if keys[i][1] == gkey],
                              engine=context.engine_version, source_lang=source_lang,
                              target_lang=lang, glossary=gkey,
                              reviewed=not _read_in_document(gkey))
        remembered.update(((src, gkey), hit) for src, hit in found.items())
    # One unit per memory key left to translate, by its position in ``units``: the
    # first, as when each document is a chunk of its own and the first one translated
    # fills the memory for the others.
    first: dict[tuple[str, str], int] = {}
    for i in todo:
        if keys[i] not in remembered:
            first.setdefault(keys[i], i)
    pending = list(first.values())
    outcome.reused = sum(1 for i in todo if keys[i] in remembered)
    fresh = _machine_translate(context.engine, [units[i] for i in pending], units, source_lang,
                               lang, context.glossary, None,
                               strategy=settings.get("glossary_strategy"))
    by_gkey: dict[str, list[tuple[str, str, float | None, Sequence[str], Sequence[str]]]] = {}
    failures: dict[tuple[str, str], str] = {}
    for i, result in zip(pending, fresh, strict=True):
        if isinstance(result, EngineFailed):
            failures[keys[i]] = result.reason
            continue
        remembered[keys[i]] = result
        by_gkey.setdefault(keys[i][1], []).append(
            (units[i].source, result.target, result.score, result.notes, result.problems))
    for gkey, items in by_gkey.items():
        memory.store(items, engine=context.engine_version, source_lang=source_lang,
                     target_lang=lang, glossary=gkey)
        # Another process may have stored the same unit first: every catalogue takes
        # the memory's one translation, so runs in any number of processes agree.
        stored = memory.lookup([src for src, *_ in items], engine=context.engine_version,
                               source_lang=source_lang, target_lang=lang, glossary=gkey,
                               reviewed=not _read_in_document(gkey))
        remembered.update(((src, gkey), hit) for src, hit in stored.items()
                          if hit.origin == "machine")
    label = context.engine.describe(source_lang, lang)
    failing = {i for i in todo if keys[i] in failures}
    outcome.failed = [Untranslated(units[i].path, units[i].line, units[i].context,
                                   failures[keys[i]]) for i in sorted(failing)]
    outcome.translated = len(fresh) - len(failures)
    outcome.repeated = len(todo) - outcome.reused - outcome.translated - len(failing)
    # A reviewed translation the memory offers may be the entry's own earlier text (an
    # editor emptied the msgstr): its note must not say "elsewhere".
    own = memory.editor_texts_of([units[i].source for i in todo
                                  if getattr(remembered.get(keys[i]), "origin", "") == "reviewed"],
                                 source_lang=source_lang, target_lang=lang)
    # An editor's draft of an entry that left the catalogue and comes back (its text
    # deleted, then restored, the obsolete copy purged between) is offered again, not
    # the machine's text: the memory keeps every text an editor wrote.
    drafts = memory.editor_drafts_of([units[i].source for i in todo if getattr(
        remembered.get(keys[i]), "origin", "") != "reviewed"], source_lang=source_lang,
        target_lang=lang)
    outcome.entries = [_entry(u, None if i in held else remembered.get(key), label,
                              _read_in_document(key[1]),
                              failures[key] if i in failing else None, held.get(i),
                              own=(u.context, u.source,
                                   getattr(remembered.get(key), "target", None)) in own,
                              draft=None if i in held else drafts.get((u.context, u.source)))
                       for i, (u, key) in enumerate(zip(units, keys, strict=True))]
    return outcome


def translate(settings: Mapping[str, Any], lang: str, *, engine_name: str | None = None,
              progress: Callable[[int | None], Progress] | None = None,
              source: ContentSource | None = None, memory: Memory | None = None,
              engine: Engine | None = None, executor: str | None = None,
              jobs: int | None = None) -> RunSummary:
    """Translate every document into ``lang`` and merge the result into its catalogues.

    Documents stream through in chunks, a catalogue (shard) at a time, so memory
    stays bounded by the largest catalogue rather than the site.  A catalogue whose
    documents, glossary, engine and file are all as they were at its last build is
    skipped without cleaning anything, unless the engine failed on a unit of it then
    (it is tried again).  The chunks are translated in this process,
    in ``jobs`` local processes, or by Celery workers (``executor``); this process
    alone writes the catalogues.  ``progress(total documents or None)`` returns a
    callback told how many documents each finished chunk held.
    """
    from cms_i18n.executors import open_executor

    started = time.perf_counter()
    source = source or load_source(settings)
    layout = settings.get("catalogue_layout") or "language"
    own_memory = memory is None
    memory = memory or Memory(settings.get("memory"), keep_going=True)
    try:
        context = RunContext.open(settings, lang, engine_name, engine)
    except BaseException:
        if own_memory:
            memory.close()
        raise
    summary = RunSummary(context.lang, context.engine.name)
    language_po, _ = shard_paths(Path(settings["locale_dir"]), context.lang,
                                 settings["domain"], "")
    summary.catalog = language_po if layout == "language" \
        else language_po.parent / settings["domain"]
    if context.glossary is None:
        summary.note_no_glossary(settings.get("glossary_dir"))
    elif (Path(settings["glossary_dir"]) == BUNDLED_GLOSSARY_DIR
          and not (Path(settings["root"]) / "glossaries").exists()):
        summary.note_bundled_glossary()     # the site has none of its own
    try:
        with open_executor(executor or settings.get("executor") or "local", context, memory,
                           jobs=jobs) as pool:
            count = getattr(source, "count", None)
            tick = progress(count() if callable(count) else None) if progress else None
            _Writer(context, memory, pool, layout, summary, tick).run(source)
        if _folder_from_settings(settings):
            record_settings_folder(settings.get("root"), context.lang,
                                   Path(settings["locale_dir"]))
    finally:
        if engine is None:
            context.engine.close()
        if own_memory:
            memory.close()
    if (skipped := _skipped_line(source)) is not None:
        summary.warnings.append(skipped)
    if memory.write_problem:
        summary.note_memory_not_written(memory.write_problem, memory.unsaved)
    if context.glossary is not None:
        summary.warn_gaps(context.glossary)
    summary.seconds = time.perf_counter() - started
    return summary


def _folder_from_settings(settings: Mapping[str, Any]) -> bool:
    """Whether the run's ``locale_dir`` is the site's setting (its file, its default),
    not a folder given on the command line for this run alone."""
    return settings.get("set_in", {}).get("locale_dir") != [None, None]


#: What the record of a catalogue of another domain or folder that a run read says it was
#: built from: nothing, it is no catalogue of the run's (see ``_record_earlier``).
_EARLIER_READ = "read as an earlier catalogue"

#: What a catalogue left with no document was last built from (see ``_retire_left_behind``).
_RETIRED = "retired"
#: The record of the documents runs found renamed or moved, and how many earlier ids each
#: keeps.
_RENAMES = "renames"
_RENAMES_KEPT = 8


@dataclass
class _Shard:
    """One catalogue being built: its documents' chunks come back in order."""

    name: str
    po_path: Path
    pot_path: Path
    inputs: str
    chunks: int = 0               # parts of chunks not back yet (sent, or being filled)
    sealed: bool = False          # every chunk sent
    units: int = 0
    reviewed: int = 0
    failed: int = 0               # units the engine failed on: built again by the next run
    entries: list[CatalogEntry] = field(default_factory=list)
    # Glossary entries with no name in the language, by concept id: the source's name
    # and how many of the shard's entries leave it to the engine.
    gaps: dict[str, list[Any]] = field(default_factory=dict)
    # What documents that moved here from other catalogues bring.
    moved: Moved = field(default_factory=Moved)


class _Writer:
    """Streams documents, shard by shard, through an executor; the one catalogue writer."""

    def __init__(self, context: RunContext, memory: Memory, pool: Any, layout: str,
                 summary: RunSummary, tick: Progress | None) -> None:
        self.context, self.memory, self.pool = context, memory, pool
        self.layout, self.summary, self.tick = layout, summary, tick
        self.settings = context.settings
        self.fingerprint = context.fingerprint()
        self.chunk_size = max(1, int(self.settings.get("chunk_documents") or 50))
        # A chunk: documents of one or more shards in turn, each part (shard, documents).
        self.batch: list[tuple[_Shard, list[tuple[Document, str]]]] = []
        self.in_flight: deque[tuple[list[tuple[_Shard, int]], int, Any]] = deque()
        self.writing: deque[tuple[_Shard, Any]] = deque()
        self.written: set[str] = set()
        self.locale_dir = Path(self.settings["locale_dir"])
        # Catalogues an earlier run wrote under another domain (the setting renamed):
        # documents new to this domain's catalogues take their entries from there.
        self.earlier = earlier_domain_catalogs(self.settings.get("root"), self.locale_dir,
                                               context.lang, self.settings["domain"])
        # ... and in the folder the site's settings named at the last run (the setting
        # moved; a --locale-dir on the command line is a folder of its own, and reads
        # nothing of the site's).
        before = settings_folder_before(self.settings.get("root"), context.lang) \
            if _folder_from_settings(self.settings) else None
        self.folder_before = before
        self.moved_from = earlier_folder_catalogs(self.settings.get("root"), before,
                                                  self.locale_dir, context.lang,
                                                  self.settings["domain"])
        self.earlier += self.moved_from
        self.index = CatalogIndex(self.locale_dir, context.lang, self.settings["domain"],
                                  self.earlier)
        # Documents with live entries in a catalogue written in this run that were not
        # among its documents (gone, or moved), and shards set aside until the end.
        self.departed: dict[str, Path] = {}
        self.departed_named: dict[str, set[str]] = {}     # the same, by file name
        self.departed_texts = _Texts()                     # the same, their source texts
        # Live documents of the catalogues saved since the last run (see _edited_catalogs).
        self.edited: dict[str, set[Path]] | None = None
        self.read_earlier: set[Path] = set()
        self.parked = _Parked()
        # The documents runs found renamed or moved, each with the ids it had, latest
        # first (recorded for the language: a copy of an old catalogue saved back later
        # follows its document however many renames ago it was taken), and this run's.
        self.renames_key = _digest(_RENAMES, str(self.locale_dir), context.lang,
                                   self.settings["domain"])
        recorded = memory.catalog_stamp(self.renames_key)
        self.renamed_before: dict[str, list[str]] = json.loads(recorded[1]) if recorded else {}
        self.renamed_now: dict[str, list[str]] = {}
        # Documents an earlier run renamed whose old catalogue was saved since with their
        # entries under an old id (new id → old id, the catalogue they belong to now).
        self.saved_back: dict[str, tuple[str, Path]] = {}

    def run(self, source: ContentSource) -> None:
        with closing(_SeenIds()) as ids, closing(self.index), closing(self.parked), \
                closing(self.departed_texts):
            self._stream(source, ids)

    def _stream(self, source: ContentSource, ids: _SeenIds) -> None:
        current: str | None = None
        buffered: list[tuple[Document, str]] = []
        for document in source.documents():
            ids.add(document)
            name = shard_of(document, self.layout)
            if name != current and buffered:
                self._start(current or "", buffered)
                buffered = []
            current = name
            buffered.append((document, _document_hash(document)))
        if buffered:
            self._start(current or "", buffered)
        self._resume_parked(ids)
        if not ids.count:
            raise InputError("no content found (Markdown, HTML or .txt files)",
                             path=self.settings.get("content_dir"))
        self._send()
        while self.in_flight:
            self._finish_one()
        while self.writing:
            self._written()
        self._retire_left_behind()
        self._record_earlier()
        self._record_renames(ids)

    def _record_renames(self, ids: _SeenIds) -> None:
        """Record the renames and moves found, this run's with those before, for the
        documents the content still has."""
        renames = {new: olds for new, olds in self.renamed_before.items() if ids.has(new)}
        renames.update(self.renamed_now)
        if renames != self.renamed_before:
            self.memory.record_catalog(self.renames_key, _RENAMES, json.dumps(renames))

    def _record_earlier(self) -> None:
        """Record the catalogues of another domain or folder as this run saw them: it read
        what their editors saved since into this domain's catalogues, and the next run
        reads them again only if they are saved again (it read them, and said so, on every
        run)."""
        for path in self.earlier:
            if path.exists():
                self.memory.record_catalog(_digest(str(path)), _EARLIER_READ,
                                           json.dumps({"file": _file_stamp(path)}))

    def _may_have_vanished(self, besides: Path) -> bool:
        """Whether a document had live entries in a catalogue (this one's departed
        included) and may have left the content, moved or renamed."""
        return bool(self.departed) or self.index.any_live(besides=besides)

    def _resume_parked(self, ids: _SeenIds) -> None:
        """Now that every document of the run is known: pair the new documents of the
        shards set aside with the documents that vanished (see :func:`pair_moves`), and
        send those shards out, each moved document with the id it had."""
        if not self.parked.count:
            return
        saved = {new: old for new, (old, _) in self.saved_back.items() if not ids.has(old)}
        arrived: dict[str, set[str]] = {}
        where: dict[str, tuple[Document, Path]] = {}
        for shard, documents in self.parked.shards():
            for document, _ in documents:
                if not document.id_from_path or document.id in saved:
                    continue
                name = file_name(document.id)
                olds = {old for old in self.index.live_named(name, besides=shard.po_path)
                        | self.departed_named.get(name, set())
                        if not ids.has(old)}
                if olds:
                    arrived[document.id] = olds
                    where[document.id] = (document, shard.po_path)
        moves, unsure = pair_moves(arrived, self._shared_texts(where))
        unclear = set(moves.values()).union(saved.values(), *(arrived[new] for new in unsure))
        renamed, renamed_unsure, renamed_from = self._pair_renames(ids, arrived, unclear)
        moves.update(renamed)
        self.summary.notes.extend(moved_notes(moves))
        self.summary.notes.extend(self._saved_back_line(new, old)
                                  for new, old in sorted(saved.items()))
        moves.update(saved)
        for new, old in moves.items():
            # (an old id's own earlier ids after it: a copy taken two renames ago)
            self.renamed_now[new] = list(dict.fromkeys(
                [old, *self.renamed_before.get(old, [])]))[:_RENAMES_KEPT]
        for new in unsure:
            self.summary.notes.append(
                f"{new} is new and {', '.join(sorted(arrived[new]))} left; which one "
                "moved to it is unclear, so each keeps its own entries")
        for new in renamed_unsure:
            self.summary.notes.append(
                f"{new} is new and {', '.join(renamed_from[new])} left with most of its "
                "text; which one was renamed to it is unclear, so each keeps its own entries")
        for shard, documents in self.parked.shards():
            self._open(shard, documents, {document.id: moves[document.id]
                                          for document, _ in documents
                                          if document.id in moves})

    def _pair_renames(self, ids: _SeenIds, arrived: Mapping[str, Collection[str]],
                      taken: Collection[str]
                      ) -> tuple[dict[str, str], list[str], dict[str, list[str]]]:
        """The new documents of the shards set aside that are vanished documents with
        another file name, renamed (see :func:`pair_renames`): documents new to every
        catalogue, with no vanished document of their file name (``arrived``), and
        vanished documents not paired or in question already (``taken``).  Returns the
        pairs (new id → old id), the new documents left apart, and for each of those
        the vanished documents as close to it."""
        vanished: dict[str, Path] = {}
        for old, catalog in list(self.index.live_documents()):
            if old not in taken and not ids.has(old):
                vanished.setdefault(old, catalog)
        for old, catalog in self.departed.items():
            if old not in taken and not ids.has(old):
                vanished[old] = catalog
        if not vanished:
            return {}, [], {}
        news: dict[str, frozenset[str]] = {}
        for _, documents in self.parked.shards():
            for document, _ in documents:
                if document.id_from_path and document.id not in arrived and \
                        document.id not in self.departed and \
                        not self.index.holders([document.id], besides=None):
                    news[document.id] = frozenset(unit.source for unit in prepare_document(
                        document, self.settings, self.memory).units)
        if not news:
            return {}, [], {}
        olds: dict[str, set[str]] = {}
        by_catalog: dict[Path, set[str]] = {}
        for old, catalog in vanished.items():
            if old in self.departed:
                olds[old] = set(self.departed_texts.of(old))
            else:
                by_catalog.setdefault(catalog, set()).add(old)
        for catalog, wanted in sorted(by_catalog.items()):
            if not catalog.is_file():
                continue
            for entry in read_po(catalog).live():
                old = document_of(entry.msgctxt)
                if old in wanted:
                    olds.setdefault(old, set()).add(entry.msgid)
        moves, unsure = pair_renames(news, olds)
        close = {new: sorted(old for old, texts in olds.items()
                             if 2 * len(texts & news[new]) >= max(len(texts), len(news[new])))
                 for new in unsure}
        return moves, unsure, close

    def _shared_texts(self, where: Mapping[str, tuple[Document, Path]]
                      ) -> Callable[[str, str], int]:
        """``shared(new, old)``: how many source texts a new document has in common with
        a vanished one's live entries, read only when several could have moved, and each
        document's texts once however many pairs it is in."""
        @functools.cache
        def new_texts(new: str) -> frozenset[str]:
            document, _ = where[new]
            return frozenset(unit.source for unit in prepare_document(
                document, self.settings, self.memory).units)

        @functools.cache
        def old_texts(old: str) -> frozenset[str]:
            catalogs = self.index.holders([old], besides=None)
            if old in self.departed:
                catalogs.setdefault(self.departed[old], {old})
            return frozenset(entry.msgid for path in catalogs if path.is_file()
                             for entry in read_po(path).live()
                             if document_of(entry.msgctxt) == old)

        def shared(new: str, old: str) -> int:
            return len(new_texts(new) & old_texts(old))

        return shared

    def _retire_left_behind(self) -> None:
        """Merge every catalogue no document belongs to any more with nothing: its
        entries become obsolete (``#~``), kept, out of the way of the live ones."""
        domain = self.settings["domain"]
        written = {shard_paths(self.locale_dir, self.context.lang, domain, name)[0]
                   for name in self.written}
        for po_path in left_behind(self.locale_dir, self.context.lang, domain, written):
            stamp = self.memory.catalog_stamp(_digest(str(po_path)))
            if stamp is not None and stamp[0] == _RETIRED and \
                    json.loads(stamp[1]).get("file") == _file_stamp(po_path):
                continue        # retired by an earlier run, and nobody saved it since
            _, pot_path = shard_paths(self.locale_dir, self.context.lang, domain,
                                      shard_of_path(po_path))
            self.writing.append((_Shard(shard_of_path(po_path), po_path, pot_path, _RETIRED),
                                 self.pool.write(po_path, [], domain=domain, pot_path=None)))
            pot_path.unlink(missing_ok=True)    # a template of nothing: made again if needed
            self.summary.notes.append(f"{shown_path(po_path)} holds no document any more: "
                                      "its entries are obsolete there")
        while self.writing:
            self._written()

    def _start(self, name: str, documents: list[tuple[Document, str]]) -> None:
        """Skip the shard if nothing it depends on changed, else send its chunks out."""
        if name in self.written:
            raise InputError(f"the content source gave the documents of section {name!r} "
                             "apart from each other; they must come together")
        self.written.add(name)
        self.summary.documents += len(documents)
        po_path, pot_path = shard_paths(Path(self.settings["locale_dir"]), self.context.lang,
                                        self.settings["domain"], name)
        self.summary.catalogs += 1
        inputs = _digest(self.fingerprint, str(pot_path), *(h for _, h in documents))
        stamp = self.memory.catalog_stamp(_digest(str(po_path)))
        if stamp is not None and stamp[0] == inputs and not self._held_elsewhere(po_path,
                                                                              documents):
            recorded = json.loads(stamp[1])
            # A catalogue built before its editors' work was kept is merged once more,
            # which keeps it (see cms_i18n.catalog.kept).
            if recorded.get("file") == _file_stamp(po_path) and not recorded.get("failed") \
                    and self._kept(po_path).exists():
                self.summary.unchanged += len(documents)
                self.summary.units += recorded.get("units", 0)
                self.summary.reviewed += recorded.get("reviewed", 0)
                self.summary.kept += recorded.get("units", 0) - recorded.get("reviewed", 0)
                # what the catalogue still holds, as `status` reads it from the same file
                self.summary.glossary_problems += recorded.get("glossary_problems", 0)
                self.summary.markup_problems += recorded.get("markup_problems", 0)
                self.summary.drafts_kept += recorded.get("drafts_kept", 0)
                self.summary.held_obsolete += recorded.get("held_obsolete", 0)
                self.summary.add_gaps(recorded.get("glossary_gaps", {}))
                if self.tick:
                    self.tick(len(documents))
                return
        self._open(_Shard(name, po_path, pot_path, inputs), documents, None)

    def _held_elsewhere(self, po_path: Path, documents: list[tuple[Document, str]]) -> bool:
        """Whether a catalogue saved since the last run holds live entries of these
        documents, which belong to ``po_path``, or of the ids an earlier run found they had
        before a rename: an unchanged catalogue is merged again then, so that the editors'
        texts there follow their documents."""
        edited = self._edited_catalogs()
        if not edited:
            return False
        return any(edited.get(id_, set()) - {po_path} for document, _ in documents
                   for id_ in (document.id, *self.renamed_before.get(document.id, ())))

    def _copies(self, old: str, po_path: Path) -> set[Path]:
        """The catalogues besides ``po_path`` saved since the last run that hold live
        entries of ``old``, an id a document had before a rename: copies from before it."""
        return self._edited_catalogs().get(old, set()) - {po_path}

    def _typed_since(self, adopted: Sequence[PoEntry], on_file: PoFile | None,
                     documents: Collection[str]) -> frozenset[tuple[str | None, str]]:
        """The keys of the entries of ``documents`` that another catalogue saved since the
        last run brings (``adopted``) with a text no run has seen, where this file's entry
        holds one a run has seen (or none): typed since, over the text the document had,
        and the later work (see :func:`~cms_i18n.catalog.merge.merge`'s ``newer``).  A
        copy's text an earlier run saw is an older copy's, and gives way to this file's."""
        candidates = [entry for entry in adopted
                      if entry.msgstr and document_of(entry.msgctxt) in documents]
        if not candidates:
            return frozenset()
        seen = {(source, text) for _, source, text in self.memory.editor_texts_of(
            sorted({entry.msgid for entry in candidates}),
            source_lang=self.context.source_lang, target_lang=self.context.lang)}
        here = {entry.key: entry.msgstr for entry in on_file.live()} if on_file else {}
        return frozenset(
            entry.key for entry in candidates
            if (entry.msgid, entry.msgstr) not in seen
            and (not here.get(entry.key) or (entry.msgid, here[entry.key]) in seen))

    def _saved_back_line(self, new: str, old: str) -> str:
        """What the run says of a document's entries that came back under the id it had
        before an earlier run renamed it (see :func:`~cms_i18n.catalog.merge.merge`'s
        ``newer``)."""
        po_path = self.saved_back[new][1]
        copies = ", ".join(shown_path(path) for path in sorted(self._copies(old, po_path)))
        return (f"{copies}: the entries of {printable(old)}, which an earlier run found "
                f"renamed {printable(new)} and moved to {shown_path(po_path)}, came back under "
                "its old name with an editor's work in it (a copy of the catalogue from before "
                "the rename, saved back?): that work follows the document there, a text typed "
                "since in place of the one it had (kept beside it as a translator comment); "
                "where both files have a new text, that file's stays, the copy's beside it")

    def _open(self, shard: _Shard, documents: list[tuple[Document, str]],
              moves: Mapping[str, str] | None) -> None:
        """Gather the editors' work of the shard's documents, wherever it is, and send
        its chunks out; or set the shard aside (``moves`` None) when a new document of
        it may be one whose file moved, which only the end of the run can tell.
        ``moves``: for a shard set aside, the id each document that moved had."""
        po_path = shard.po_path
        on_file = read_po(po_path) if po_path.exists() else None
        # What the file lost since the last run comes back at the merge: its reviewed
        # translations are reviewed now, not translated again.
        wrote = self.memory.authorship(catalog_key(po_path),
                                       source_lang=self.context.source_lang,
                                       target_lang=self.context.lang)
        on_file = with_lost(on_file, lost_entries(on_file, self._kept(po_path), wrote),
                            po_path)
        reviewed = reviewed_in(on_file.entries) if on_file is not None else {}
        present = {document_of(e.msgctxt) for e in on_file.entries} if on_file else set()
        # A document with only obsolete entries here (a layout switched and back, a
        # page moved out and in again) arrives too: its live entries, and the editors'
        # work in them, are in the catalogue it comes from.
        live_here = {document_of(e.msgctxt) for e in on_file.live()} if on_file else set()
        arrived = [document.id for document, _ in documents if document.id not in live_here]
        holders = self.index.holders(arrived, besides=po_path) if arrived else {}
        # A document live here and in another catalogue too (a copy of the language's
        # catalogue from before a switch to sections, put back): the editors' texts there
        # fold into this catalogue's entries (see merge's ``fold``), never left to go
        # obsolete where nothing reads them.
        edited = self._edited_catalogs() if live_here else {}
        ours = {document.id for document, _ in documents}
        for staying in sorted(ours & live_here & edited.keys()):
            for path in sorted(edited[staying] - {po_path}):
                holders.setdefault(path, set()).add(staying)
                self.summary.notes.append(
                    f"{staying}: its entries in {shown_path(path)}, saved since the last run "
                    f"though the document belongs to {shown_path(po_path)}, were read into "
                    "it: a text typed there since takes the place of this file's (kept "
                    "beside it as a translator comment), and so does an editor's text there "
                    "of a machine draft; where both files have a new text, this file's "
                    "stays, the other beside it")
        if moves is None:
            live = {document_of(e.msgctxt) for e in on_file.live()} if on_file else set()
            gone_now = live - {document.id for document, _ in documents} - \
                self.departed.keys()
            for gone in gone_now:
                self.departed[gone] = po_path
                self.departed_named.setdefault(file_name(gone), set()).add(gone)
            if gone_now and on_file is not None:
                self.departed_texts.add((document_of(e.msgctxt), e.msgid)
                                        for e in on_file.live()
                                        if document_of(e.msgctxt) in gone_now)
            held = set().union(*holders.values())
            # A document an earlier run renamed whose old catalogue was saved since with its
            # entries under the old id (an editor's copy from before the rename): they
            # follow it here, unless the old id is a document again, which only the end of
            # the run can tell.
            back = {}
            for new in sorted(ours & live_here):
                old = next((old for old in self.renamed_before.get(new, ())
                            if old not in live_here and self._copies(old, po_path)), None)
                if old is not None:
                    back[new] = (old, po_path)
            self.saved_back.update(back)
            # A new document whose file may have moved or been renamed waits for the
            # end of the run, when every vanished document is known.
            if back or (any(document.id_from_path and document.id in arrived
                            and document.id not in held for document, _ in documents)
                        and self._may_have_vanished(po_path)):
                self.parked.add(shard, documents)
                return
        renames = {former: new for new, former in (moves or {}).items()}
        if renames:
            documents = [(replace(document, former_id=moves[document.id]), digest)
                         if moves and document.id in moves else (document, digest)
                         for document, digest in documents]
            for path, formers in self.index.holders(renames, besides=None).items():
                holders.setdefault(path, set()).update(formers)
            if on_file is not None and renames.keys() & present:
                holders.setdefault(po_path, set()).update(renames.keys() & present)
        for path in sorted(holders.keys() & set(self.earlier)):
            if path not in self.read_earlier:
                self.read_earlier.add(path)
                where = ("in the folder the settings named before, "
                         f"{shown_path(self.folder_before or path.parent)}"
                         if path in self.moved_from else
                         f"under another domain than {self.settings['domain']!r}")
                self.summary.notes.append(
                    f"{shown_path(path)}, written by an earlier run {where}, was read: its "
                    "editors' work on the documents is in the catalogues under "
                    f"{shown_path(self.locale_dir)} now; it is left as it is (delete it, and "
                    "its copy under .cms-i18n/catalogs/, once no longer needed)")
        # ... and from their old catalogue, saved back since (see ``back`` above)
        saved = {new: old for new, old in (moves or {}).items() if new in self.saved_back}
        for old in saved.values():
            for path in self._copies(old, po_path):
                holders.setdefault(path, set()).add(old)
        if holders:
            entries = moved_entries(holders, renames)
            newer = self._typed_since(entries, on_file, ours & (live_here & edited.keys()
                                                                | saved.keys()))
            shard.moved = Moved(entries, sorted(holders), renames, newer)
            reviewed = {**reviewed_in(entries), **reviewed,
                        **reviewed_in([entry for entry in entries if entry.key in newer])}
        self.memory.add_reviewed(((msgid, msgstr) for (_, msgid), msgstr in reviewed.items()),
                                 source_lang=self.context.source_lang,
                                 target_lang=self.context.lang)
        size = self.chunk_size
        processes = self.pool.processes
        if processes > 1:
            # Local processes share out a small catalogue's documents instead of one
            # process translating a whole chunk while the others wait.
            size = max(1, min(size, -(-len(documents) // (2 * processes))))
        # A chunk fills up with the documents of as many catalogues as it takes: the
        # engine gets batches of the same size in every layout (one document per
        # catalogue would make it translate one document at a time).
        for document in documents:
            if not self.batch or self.batch[-1][0] is not shard:
                self.batch.append((shard, []))
                shard.chunks += 1
            self.batch[-1][1].append(document)
            if sum(len(part) for _, part in self.batch) >= size:
                self._send()
        shard.sealed = True
        if shard.chunks == 0:       # no documents
            self._write(shard)

    def _kept(self, po_path: Path) -> Path:
        return kept_path(self.settings.get("root"), po_path)

    def _edited_catalogs(self) -> dict[str, set[Path]]:
        """Document id → the language's catalogues that were saved since the last run
        wrote them (or that no run wrote) and hold live entries of it; the callers look
        past the document's own.  A run never leaves a document live in two catalogues,
        so only a file put back or written by hand can: a copy of the language's catalogue
        from before a switch to sections, say.  Read once, on the first question; only
        the catalogues edited since are read."""
        if self.edited is None:
            self.edited = {}
            for path in [*language_catalogs(self.locale_dir, self.context.lang,
                                            self.settings["domain"]), *self.earlier]:
                stamp = self.memory.catalog_stamp(_digest(str(path)))
                if stamp is not None and json.loads(stamp[1]).get("file") == _file_stamp(path):
                    continue
                for context, alive in read_contexts(path).items():
                    if alive:
                        self.edited.setdefault(document_of(context), set()).add(path)
        return self.edited

    def _send(self) -> None:
        """Send the chunk being filled to the executor."""
        if not self.batch:
            return
        while len(self.in_flight) >= self.pool.window:
            self._finish_one()
        chunk = [item for _, part in self.batch for item in part]
        key = _digest(self.fingerprint, *(h for _, h in chunk))
        catalogs = list(dict.fromkeys(path for shard, _ in self.batch
                                      for path in (shard.po_path, *shard.moved.catalogs)))
        future = self.pool.submit(key, [d for d, _ in chunk], catalogs)
        self.in_flight.append(([(shard, len(part)) for shard, part in self.batch],
                               len(chunk), future))
        self.batch = []

    def _finish_one(self) -> None:
        parts, size, future = self.in_flight.popleft()
        outcome: ChunkOutcome = future.result()
        self.summary.add(outcome)
        entries, documents = iter(outcome.entries), iter(outcome.documents)
        failed = {unit.context for unit in outcome.failed}
        for shard, count in parts:
            for units, reviewed in itertools.islice(documents, count):
                taken = list(itertools.islice(entries, units))
                shard.entries.extend(taken)
                for entry in taken:
                    for concept_id, name in gaps_in(entry.comments):
                        shard.gaps.setdefault(concept_id, [name, 0])[1] += 1
                shard.units += units
                shard.reviewed += reviewed
                shard.failed += sum(entry.context in failed for entry in taken)
            shard.chunks -= 1
            if shard.chunks == 0 and shard.sealed:
                self._write(shard)
        if self.tick:
            self.tick(size)

    def _write(self, shard: _Shard) -> None:
        """Hand the shard's entries to its one writer (another process, when there are)."""
        future = self.pool.write(shard.po_path, shard.entries, domain=self.settings["domain"],
                                 pot_path=shard.pot_path, moved=shard.moved)
        shard.entries, shard.moved = [], Moved()
        self.writing.append((shard, future))
        while len(self.writing) > self.pool.window:
            self._written()

    def _written(self) -> None:
        """Wait for the oldest catalogue being written and record what it was built from."""
        shard, future = self.writing.popleft()
        result = future.result()
        self.summary.obsolete += result.obsolete
        self.summary.held_obsolete += result.held_obsolete
        self.summary.glossary_problems += result.glossary_problems
        self.summary.markup_problems += result.markup_problems
        self.summary.drafts_kept += result.drafts_kept
        self.summary.refilled += result.refilled
        # (counted as drafts when the chunk read the file: msgmerge's fuzzy flag)
        self.summary.reviewed += result.reapproved
        shard.reviewed += result.reapproved
        self.summary.warnings.extend(result.warnings)
        self.summary.notes.extend(result.notes)
        self.summary.add_gaps(shard.gaps)
        record = {"file": _file_stamp(shard.po_path), "units": shard.units,
                  "reviewed": shard.reviewed, "glossary_problems": result.glossary_problems,
                  "markup_problems": result.markup_problems,
                  "drafts_kept": result.drafts_kept, "failed": shard.failed,
                  "held_obsolete": result.held_obsolete,
                  "glossary_gaps": shard.gaps}
        self.memory.record_catalog(_digest(str(shard.po_path)), shard.inputs,
                                   json.dumps(record))


class _SeenIds:
    """The ids of a run's documents so far, to refuse one used twice, kept on disk.

    A million documents' ids and paths would be the largest thing a run holds in
    memory; SQLite's private temporary database (``connect("")``) keeps them in a
    file that is gone when the run ends, with a page cache of a few megabytes.
    """

    def __init__(self) -> None:
        self.db = scratch_database()
        self.db.execute("CREATE TABLE ids (id BLOB PRIMARY KEY, path BLOB) WITHOUT ROWID")
        self.count = 0

    def add(self, document: Document) -> None:
        """Remember ``document``'s id; one already seen is one clear line naming both."""
        key = document.id.encode("utf-8", "surrogatepass")
        path = None if document.path is None else os.fsencode(document.path)  # any name
        try:
            self.db.execute("INSERT INTO ids VALUES (?, ?)", (key, path))
        except sqlite3.IntegrityError:
            first = self.db.execute("SELECT path FROM ids WHERE id = ?", (key,)).fetchone()[0]
            raise InputError(f"document id {document.id!r} is used by "
                             f"{first and os.fsdecode(first)} too",
                             path=document.path) from None
        self.count += 1

    def has(self, document_id: str) -> bool:
        key = document_id.encode("utf-8", "surrogatepass")
        return self.db.execute("SELECT 1 FROM ids WHERE id = ?", (key,)).fetchone() is not None

    def close(self) -> None:
        self.db.close()


class _Texts:
    """The source texts of the documents that left a catalogue in this run, as its file
    had them before the run wrote it, kept in a temporary file like :class:`_Parked`."""

    def __init__(self) -> None:
        self.db = scratch_database()
        self.db.execute("CREATE TABLE texts (document TEXT, text TEXT)")
        self.db.execute("CREATE INDEX texts_of ON texts (document)")

    def add(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT INTO texts VALUES (?, ?)", pairs)

    def of(self, document: str) -> list[str]:
        return [text for (text,) in self.db.execute(
            "SELECT text FROM texts WHERE document = ?", (document,))]

    def close(self) -> None:
        self.db.close()


class _Parked:
    """Shards set aside until the end of the run, with their documents, kept in a
    temporary file like :class:`_SeenIds` (a renamed section can be large)."""

    def __init__(self) -> None:
        self.db = scratch_database()
        self.db.execute("CREATE TABLE parked (shard INTEGER, shard_data BLOB, document BLOB)")
        self.count = 0

    def add(self, shard: _Shard, documents: list[tuple[Document, str]]) -> None:
        self.db.executemany("INSERT INTO parked VALUES (?, ?, ?)",
                            ((self.count, pickle.dumps(shard) if i == 0 else None,
                              pickle.dumps(item)) for i, item in enumerate(documents)))
        self.count += 1

    def shards(self) -> Iterator[tuple[_Shard, list[tuple[Document, str]]]]:
        """Each shard set aside, in the order it was, with its documents."""
        for number in range(self.count):
            rows = self.db.execute("SELECT shard_data, document FROM parked WHERE shard = ? "
                                   "ORDER BY rowid", (number,)).fetchall()
            yield pickle.loads(rows[0][0]), [pickle.loads(row[1]) for row in rows]

    def close(self) -> None:
        self.db.close()


def _document_hash(document: Document) -> str:
    """What a document's units depend on: its id, place, format, fields and text."""
    payload = json.dumps([document.id, str(document.path or ""), document.format,
                          document.body_line, sorted(document.fields.items()), document.body],
                         ensure_ascii=False)
    return _digest(payload)


def _digest(*parts: str) -> str:
    """sha256 of ``parts``; a file name that is not UTF-8 keeps its raw bytes."""
    joined = "\x1f".join(parts).encode("utf-8", "surrogateescape")
    return hashlib.sha256(joined).hexdigest()


def _file_stamp(path: Path) -> list[int] | None:
    """Size and modification time, as the run's record stores them (JSON): a catalogue
    an editor saved since is built again."""
    stamp = file_stamp(path)
    return list(stamp) if stamp is not None else None


def _memory_keys(units: Sequence[Unit], glossary: Glossary | None) -> list[tuple[str, str]]:
    """(source text, glossary key) of each unit, in the order of ``units``.

    The same sentence can need two translations: a bare "Security Council" is
    Russia's in one document, the UN's in another and no body in a third.  The
    glossary key holds the glossary's version and how each such name was read in
    the unit's document and why (:attr:`Occurrence.reading`: an ambiguous mention
    is filed under the default body, so its id alone would not tell it from the
    resolved one), so neither the memory nor the one translation per key of a
    batch hands one document's reading to another.

    A name the matcher builds for a mention rather than reads from the glossary
    (another state's council, "el Consejo de Seguridad de Georgia") is in the key too,
    so a translation stored by a version that left it to the engine is not reused.
    """
    if glossary is None:
        return [(u.source, "-") for u in units]
    contexts: dict[str, Context] = {}
    wholes: dict[str, list[str]] = {}
    for unit in units:
        wholes.setdefault(unit.document_id, []).append(unit.source)
    keys = []
    for unit in units:
        # read as the translation reads it: with the whole document's evidence, read
        # once per document
        if unit.document_id not in contexts:
            contexts[unit.document_id] = context_from(
                glossary.matcher, [], "\n".join(wholes[unit.document_id]))
        context = contexts[unit.document_id]
        found, decoys = glossary.matcher.scan(unit.source, context)
        # an acronym left to the engine because the document defines it as another thing
        # and a body's name read as that body's because the document names its parent
        resolved = [o.reading for o in found
                    if o.kind == "short" or o.reason.startswith(DETACHED)] + \
            [f"-{d.concept.id}:{d.reason}" for d in decoys if d.concept is not None]
        built = sorted({o.concept.id for o in found if glossary.get(o.concept.id) is None})
        gkey = glossary.version + (f"{_BUILT}{','.join(built)}" if built else "") + \
            (f"{_READINGS}{','.join(resolved)}" if resolved else "")
        keys.append((unit.source, gkey))
    return keys


_READINGS = "|"        # between a glossary key's version and the unit's readings
_BUILT = "+"           # … and the names built for the unit's mentions


def _read_in_document(gkey: str) -> bool:
    """True when a glossary key holds readings that the unit's document decided."""
    return _READINGS in gkey


@dataclass(frozen=True)
class EngineFailed:
    """A unit the engine failed on alone (:attr:`Translation.failed`): no translation,
    and why."""

    reason: str


def _machine_translate(engine: Engine, pending: Sequence[Unit], units: Sequence[Unit],
                       source: str, target: str, glossary: Glossary | None,
                       tick: Progress | None, strategy: str | None = None,
                       chunk_units: int = 64) -> list[Remembered | EngineFailed]:
    """Translate units through the glossary, a chunk of whole documents at a time.

    Chunks hold whole documents, so the glossary reads each document's units in
    order when it resolves an ambiguous name: the units not translated now (found
    in the memory) are passed as ``skipped`` before the unit they precede, so a
    draft reads a bare "Security Council" as a fresh run of the whole document
    does, and as its memory key (:func:`_memory_keys`) says.  Chunks keep the
    progress bar moving.
    """
    by_document: dict[str, list[Unit]] = {}
    for unit in units:
        by_document.setdefault(unit.document_id, []).append(unit)
    place = {id(u): i for same in by_document.values() for i, u in enumerate(same)}
    results: list[Remembered | EngineFailed] = []
    for batch in _document_chunks(pending, chunk_units):
        read_to: dict[str, int] = {}        # a document → its units read so far
        skipped: list[list[str]] = []
        for unit in batch:
            same, at = by_document[unit.document_id], place[id(unit)]
            skipped.append([u.source for u in same[read_to.get(unit.document_id, 0):at]])
            read_to[unit.document_id] = at + 1
        masked = [protect(u.source, u.format) for u in batch]
        outcomes = translate_units(engine, [m.text for m in masked], source=source,
                                   target=target, glossary=glossary,
                                   documents=[u.document_id for u in batch], strategy=strategy,
                                   skipped=skipped,
                                   whole={d: "\n".join(u.source for u in by_document[d])
                                          for d in read_to})
        unknown = unknown_words(engine, [m.text for m in masked], source, target, glossary)
        for unit, mask, outcome, steps in zip(batch, masked, outcomes, unknown, strict=True):
            if outcome.failed:
                results.append(EngineFailed(outcome.failed))
                continue
            typeset, repairs = repair_typography(outcome.text, mask.text, target, source)
            repairs = (*repairs, *map(unknown_note, left_in(steps, typeset)))
            restored, lost = restore(typeset, mask)
            if short := check_short(mask.text, typeset):
                repairs = (*repairs, f"{SHORT_NOTE}{short}")
            if rank := check_rank(mask.text, typeset):
                repairs = (*repairs, f"{RANK_NOTE}{rank}")
            problems = [*outcome.problems,
                        *(markup_problem(f"the engine lost {tok!r}") for tok in lost)]
            if unit.format == "markdown" and (broken := check_emphasis(unit.source, restored,
                                                                       PLAIN)):
                problems.append(markup_problem(f"emphasis: {broken}"))
            results.append(Remembered(restored, "machine", outcome.score,
                                   (*outcome.comments, *repairs), tuple(problems)))
        if tick:
            tick(len(batch))
    return results


def unknown_words(engine: Engine, texts: Sequence[str], source: str, target: str,
                  glossary: Glossary | None) -> list[list[UnknownWords]]:
    """Per text, the words an engine that can tell (Apertium) passed through unknown,
    step by step, leaving out those inside glossary terms (the glossary puts the
    approved term there)."""
    ask = getattr(engine, "unknown_words", None)
    if not callable(ask):
        return [[] for _ in texts]
    found: list[list[UnknownWords]] = ask(texts, source, target)
    if glossary is None:
        return found
    result = []
    for text, steps in zip(texts, found, strict=True):
        terms = " ".join(o.text for o in glossary.matcher.find(text, Context()))
        kept = [replace(step, words=tuple(w for w in step.words
                                          if not re.search(rf"\b{re.escape(w)}\b", terms)))
                for step in steps]
        result.append([step for step in kept if step.words])
    return result


def left_in(steps: Sequence[UnknownWords], translation: str) -> list[UnknownWords]:
    """``steps``' unknown words that ``translation`` holds, as written: a note names
    only what the editor sees in the draft, never a word a later step, the glossary or
    the typography turned into another.

    >>> left_in([UnknownWords(("Vals", "pragmáticos"), "es-pt", "es", first=False)],
    ...         "Mike Waltz disse que eram pragmáticos.")
    [UnknownWords(words=('pragmáticos',), step='es-pt', lang='es', first=False)]

    An acronym a later step did not know, all capitals ("URSS", "OTAN"), is most often
    the target language's too: it is no word left in the language between.

    >>> left_in([UnknownWords(("URSS", "EE.UU."), "es-fr", "es", first=False)],
    ...         "la chute de l'URSS et les EE.UU.")
    [UnknownWords(words=('EE.UU.',), step='es-fr', lang='es', first=False)]
    """
    kept = [replace(step, words=tuple(w for w in step.words
                                      if re.search(rf"(?<!\w){re.escape(w)}(?!\w)",
                                                   translation)
                                      and (step.first or not (w.isalpha() and w.isupper()))))
            for step in steps]
    return [step for step in kept if step.words]


def _document_chunks(units: Sequence[Unit], size: int) -> Iterable[list[Unit]]:
    chunk: list[Unit] = []
    for unit in units:
        if len(chunk) >= size and unit.document_id != chunk[-1].document_id:
            yield chunk
            chunk = []
        chunk.append(unit)
    if chunk:
        yield chunk


def _entry(unit: Unit, found: Remembered | None, engine: str,
           document_reading: bool = False, failed: str | None = None,
           held: str | None = None, *, own: bool = False,
           draft: str | None = None) -> CatalogEntry:
    """The catalogue entry of ``unit``: its translation ``found`` in the memory or made
    now, or none, with the reason the engine ``failed`` on it or why it was ``held``
    from the engine.  ``own``: the memory's reviewed translation is one an editor wrote
    in this very entry, not one of the same text elsewhere.  ``draft``: the draft an
    editor typed in this entry before it left the catalogue, offered again where the
    memory holds no reviewed translation."""
    comments: list[str] = []
    problems: tuple[str, ...] = ()
    translation = ""
    if held is not None:
        comments.append(held)
    elif failed is not None:
        comments.append(failed_note(engine, failed))
    elif found is not None:
        translation = found.target
        if found.origin == "reviewed":
            comments.append(OWN_REVIEWED_NOTE if own else REVIEWED_ELSEWHERE_NOTE)
        else:
            comments.append(machine_note(engine, found.score))
            comments.extend(found.notes)
            problems = tuple(found.problems)
    return CatalogEntry(context=unit.context, source=unit.source, translation=translation,
                        references=((unit.path, unit.line),) if unit.path else (),
                        comments=tuple(comments), fuzzy=True, problems=problems,
                        source_comments=tuple(map(cleaned_note, unit.fixes)),
                        document_reading=document_reading, held=held is not None,
                        draft=draft if draft and held is None and (
                            found is None or found.origin != "reviewed") else "")


def write_catalog(po_path: Path, entries: Sequence[CatalogEntry], memory: Memory, *,
                  lang: str, source_lang: str, domain: str, pot_path: Path | None = None,
                  review: Review | None = None, moved: Moved | None = None,
                  kept: Path | None = None) -> UpdateResult:
    """Merge ``entries`` into the catalogue with the memory's record of who wrote what,
    then remember the editors' texts it held and what this run wrote.

    The record is kept per catalogue, named by its path from the language's folder
    (``es/LC_MESSAGES/content/world.po``, see :func:`catalog_key`), so it follows a
    site that moves; the record of ``moved`` documents comes from their old catalogues.
    ``kept``: the copy of the catalogue's editors' work between runs (see
    :mod:`cms_i18n.catalog.kept`).
    """
    catalog = catalog_key(po_path)
    authorship = memory.authorship(catalog, source_lang=source_lang, target_lang=lang)
    if moved is not None and moved.catalogs:
        carried = [carried_records(memory.authorship(
            catalog_key(old), source_lang=source_lang, target_lang=lang).written, moved)
            for old in moved.catalogs]
        authorship.written = {**{key: record for found in carried
                                 for key, record in found.items()}, **authorship.written}
    result = update_catalog(po_path, entries, lang=lang, domain=domain, pot_path=pot_path,
                            authorship=authorship, review=review,
                            adopted=moved.entries if moved is not None else (),
                            renames=moved.renames if moved is not None else None,
                            kept=kept, newer=moved.newer if moved is not None else ())
    memory.add_editor_texts(result.editor_texts, source_lang=source_lang, target_lang=lang)
    memory.record_written(catalog, result.authorship)
    return result


def write_shard(context: RunContext, memory: Memory, po_path: Path,
                entries: Sequence[CatalogEntry], *, domain: str,
                pot_path: Path | None, moved: Moved | None = None) -> UpdateResult:
    """Write one catalogue of a run, its editors' translations reviewed; ``moved``
    brings the entries of documents that moved here."""
    return write_catalog(po_path, entries, memory, lang=context.lang,
                         source_lang=context.source_lang, domain=domain, pot_path=pot_path,
                         review=reviewer(context.glossary, context.source_lang,
                                         context.lang, entries), moved=moved,
                         kept=kept_path(context.settings.get("root"), po_path))


def reviewer(glossary: Glossary | None, source_lang: str, lang: str,
             entries: Sequence[CatalogEntry]) -> Review:
    """The review of a translation the pipeline did not make (an editor's): its glossary
    problems, read with the document's earlier text, and its critical markup problems."""
    preceding: dict[str, str] = {}
    earlier: dict[str, list[str]] = {}
    for entry in entries:
        before = earlier.setdefault(document_of(entry.context), [])
        preceding[entry.context] = "\n".join(before)
        before.append(entry.source)
    whole = {doc: "\n".join(texts) for doc, texts in earlier.items()}

    def review(context: str, source: str, translation: str) -> list[str]:
        found = [markup_problem(problem) for problem in critical_problems(
            source, translation, CheckedEntry(source_lang=source_lang, target_lang=lang))]
        if glossary is not None:
            found += check_translation(source, translation, source=source_lang, target=lang,
                                       glossary=glossary, preceding=preceding.get(context, ""),
                                       document=whole.get(document_of(context), ""))
        return found

    return review


def load_settings_glossary(settings: Mapping[str, Any]) -> Glossary | None:
    """The glossary of the settings' ``glossary_dir``; None when there is none.

    Read once per process and again when its files change (:func:`cached_glossary`).
    """
    check_glossary_dir(settings)
    folder = settings.get("glossary_dir")
    if not folder or not Path(folder).exists():
        return None
    return cached_glossary(Path(folder))


# -- apply ---------------------------------------------------------------------

@dataclass
class _PendingWrite:
    """A translated document made and checked, written once every other one is."""

    summary: ApplySummary
    document: Document
    body: str
    fields: dict[str, str]


def apply(settings: Mapping[str, Any], lang: str, *, include_fuzzy: bool | None = None,
          fallback: str | None = None, source: ContentSource | None = None) -> ApplySummary:
    """Write one language's translated documents back through the content source."""
    return apply_all(settings, [lang], include_fuzzy=include_fuzzy, fallback=fallback,
                     source=source)[0]


def apply_all(settings: Mapping[str, Any], langs: Sequence[str], *,
              include_fuzzy: bool | None = None, fallback: str | None = None,
              source: ContentSource | None = None) -> list[ApplySummary]:
    """Write the translated documents of every language in ``langs``: all or nothing.

    Every document of every language is made, and its target checked by the
    source's ``check_translation`` when it has one, before the first is written:
    a target that must be refused (a folder, a read-only file), a missing
    catalogue or a bad source file stops the run with the site as it was, not
    half-published.  The texts wait in memory meanwhile (one translated copy of
    the content per language).  Pages a CMS writes segment by segment
    (``write_units``) are the source's own business and are written as they come.
    """
    source = source or load_source(settings)
    pending: list[_PendingWrite] = []
    glossary = load_settings_glossary(settings)
    summaries = [_plan_apply(settings, lang, include_fuzzy, fallback, source, pending, glossary)
                 for lang in langs]
    targets: dict[str, list[Path]] = {summary.lang: [] for summary in summaries}
    if summaries and (skipped := _skipped_line(source)) is not None:
        summaries[0].warnings.append(skipped)
    for write in pending:
        done = source.write_translation(write.document, write.summary.lang, write.body,
                                        write.fields)
        if isinstance(done, Written) and done.removed is not None:
            write.summary.removed_copies.append(shown_path(done.removed))
        if isinstance(done, Written) and done.kept is not None:
            # an editor's text where the translation goes: kept, the translation beside it
            write.summary.warnings.append(kept_warning(done.kept, done.where, done.why,
                                                       done.copy_edited))
            write.summary.kept_pages.append(shown_path(done.kept))
            if not done.copy_edited:
                write.summary.diverted[shown_path(done.kept)] = (
                    shown_path(Path(done.where)), done.why or _NOT_APPLY_S)
            continue
        if isinstance(done, Written) and not done.changed:
            write.summary.unchanged.append(str(done.where))
        else:
            write.summary.written.append(done.where if isinstance(done, Written) else done)
        if isinstance(done, Written) and isinstance(done.where, Path):
            targets[write.summary.lang].append(done.where)
    # A source whose translations are published where they are written (files) keeps a
    # record of the previews it wrote, and takes them away when a later run does not
    # write those documents again.
    # A source with a record of its own (files) remembers the units whose source
    # change it named, so that a later run counts them on one line instead of naming
    # each again, until their entries are reviewed.
    named = getattr(source, "named_source_changes", None)
    settle = getattr(source, "settle_previews", None)
    # A source that writes pages beside their sources (files) takes away the ones it
    # wrote whose source is gone, and names the others (see cms_i18n.content.orphans).
    settle_orphans = getattr(source, "settle_orphans", None)
    for summary in summaries:
        if settle_orphans is not None:
            gone = settle_orphans(summary.lang)
            summary.removed_orphans.extend(o.removed_line() for o in gone.removed)
            summary.warnings.extend(o.kept_line() for o in gone.kept)
            summary.warnings.extend(gone.problems)
        if named is not None:
            before = named(summary.lang, [c.mark() for c in summary.source_changed])
            summary.named_before = [c for c in summary.source_changed if c.mark() in before]
        if settle is None:
            continue
        settled = settle(summary.lang, preview=summary.include_fuzzy,
                         targets=targets[summary.lang])
        summary.removed.extend(settled.removed)
        summary.warnings.extend(settled.warnings)
        summary.preview_notes.extend(settled.notes)
        # a preview taken away, or kept with a warning, is named once, there
        summary.left = [left for left in summary.left if left.path.exists() and not any(
            w.startswith(f"{shown_path(left.path)}: ") for w in settled.warnings)]
    return summaries


def _skipped_line(source: ContentSource) -> str | None:
    """The source's one line naming what it passed over that is named like a document
    (a FIFO, a folder ``news.txt``); None when there was nothing, or it cannot say."""
    line = getattr(source, "skipped_line", None)
    return line() if callable(line) else None


_NOT_APPLY_S = "it is not what apply last wrote there (edited since, or written by " \
    "someone else)"


def kept_warning(kept: Path, beside: Path | str, why: str = "",
                 copy_edited: bool = False) -> str:
    """The warning on a translation file ``apply`` left as someone else wrote it;
    ``why`` is what the content source knows of who wrote it.  With ``copy_edited``
    the copy beside it was edited too, and is kept as it is: nothing was written.

    >>> kept_warning(Path("content/news.es.txt"), Path("content/news.es.txt.new"))[:72]
    'content/news.es.txt: kept: it is not what apply last wrote there (edited'
    """
    why = why or _NOT_APPLY_S
    if copy_edited:
        return (f"{shown_path(kept)}: kept: {why}; {shown_path(Path(beside))}, the copy "
                "beside it, was edited since apply wrote it and is kept as it is too, so "
                "the catalogue's translation was written nowhere: put the edit into the "
                f"catalogue, or delete {shown_path(Path(beside))}, and apply again")
    return (f"{shown_path(kept)}: kept: {why}; the catalogue's translation is in "
            f"{shown_path(Path(beside))}: put any edit into the catalogue, or delete "
            f"{shown_path(kept)}, and apply again")


def _copied_into(settings: Mapping[str, Any], lang: str, po_path: Path, po: PoFile,
                 include_fuzzy: bool, engine_texts: Callable[[str, str], Collection[str]]
                 ) -> list[Problem]:
    """The translations of ``po`` that are another language's text of the same entry,
    pasted in (:func:`~.catalog.checks.copied_from_other_languages`): ``check`` warns of
    them, and ``apply`` says so of each it puts on a page."""
    others = other_languages(Path(settings["locale_dir"]), settings["domain"], lang,
                             po_path, {})
    return copied_from_other_languages(po, shown_path(po_path), lang, others,
                                       include_fuzzy=include_fuzzy,
                                       engine_texts=engine_texts) if others else []


def _plan_apply(settings: Mapping[str, Any], lang: str, include_fuzzy: bool | None,
                fallback: str | None, source: ContentSource,
                pending: list[_PendingWrite], glossary: Glossary | None) -> ApplySummary:
    """Count and check one language's documents; add what to write to ``pending``."""
    lang = languages.normalize(lang)
    options = settings.get("apply") or {}
    include_fuzzy = options.get("include_fuzzy", False) if include_fuzzy is None \
        else include_fuzzy
    # Unset: a document nobody reviewed anything of is not written (a page all in the
    # source language is no translation); one whose reviewed text is withdrawn (its
    # source changed, a translation refused) is, so that the correction reaches its page.
    fallback = fallback or options.get("fallback") or (
        "source" if getattr(source, "writes_drafts", False) else "reviewed")
    locale_dir, domain = Path(settings["locale_dir"]), settings["domain"]
    catalogs = language_catalogs(locale_dir, lang, domain)
    if not catalogs:
        raise InputError(no_catalogs(locale_dir, domain, lang))
    # The catalogue read last, kept for the first offer: a language's one catalogue
    # is read once, and no more than one is held at a time.
    last: tuple[Path, PoFile] | None = None
    copied: list[Problem] = []      # other languages' texts this one would publish
    # (the memory's machine translations tell which language a pasted text is; opened
    # once for the language's catalogues, on the first question)
    with machine_translations(settings.get("memory"),
                              source_lang=settings["source_lang"]) as engine_texts:
        for po in catalogs:
            # Published as it stands, a catalogue cut short would take the editors' work
            # off the pages; the next translate brings it back (see catalog.kept).
            stamp = file_stamp(po)
            try:
                on_disk = read_po(po) if po.exists() else None
            except CatalogError:
                continue            # reported where it is read for its translations
            if on_disk is not None and (mismatch := on_disk.language_mismatch(lang)) is not None:
                raise mismatch      # (a Spanish catalogue in the Catalan folder), before a page
            last = (po, on_disk) if on_disk is not None else None
            if on_disk is not None:
                copied += _copied_into(settings, lang, po, on_disk, include_fuzzy, engine_texts)
            with recorded_authorship(settings.get("memory"), catalog_key(po),
                                     source_lang=settings["source_lang"],
                                     target_lang=lang) as authorship:
                lost = lost_entries(on_disk, kept_path(settings.get("root"), po),
                                    authorship)
                if lost.missing:
                    # (exit status 2, as status, check and compile give a catalogue cut short)
                    raise CheckFailed(f"{lost.missing_line(po)}, then apply; nothing was applied")
                if on_disk is not None and in_site(settings.get("root"), po):
                    # What this run publishes goes into the copy of the editors' work, so a
                    # file lost before the next translate takes none of it off the pages.
                    record_kept(po, on_disk, lost, authorship.is_ours, stamp)
    summary = ApplySummary(lang, include_fuzzy=include_fuzzy)
    read: set[Path] = set()

    def offered(po: Path) -> ForApply:
        """What ``po`` offers; what it refuses is counted once."""
        nonlocal last
        already = last[1] if last is not None and last[0] == po else None
        last = None
        # The record of what translate wrote tells a draft revised for a changed
        # source text from one that still translates the earlier text.
        with recorded_authorship(settings.get("memory"), catalog_key(po),
                                 source_lang=settings["source_lang"],
                                 target_lang=lang) as authorship:
            offer = catalog_translations(po, include_fuzzy=include_fuzzy,
                                         source_lang=settings["source_lang"], lang=lang,
                                         glossary=glossary, po=already,
                                         authorship=authorship,
                                         corrected=corrections(settings["source_lang"]))
        if po.resolve() not in read:
            read.add(po.resolve())
            summary.refused.extend(offer.refused)
            summary.older.extend(offer.older)
        return offer

    # Nothing reviewed yet: a source that publishes what it is given (files) gets no
    # copy of its own text under the target's name; the summary says why and what to
    # do.  A CMS's draft revisions are where its editors review: written all the same.
    shown: tuple[Path, ForApply] | None = None
    for po in catalogs:
        if (found := offered(po)).translations or found.reviewed_before:
            shown = (po, found)      # one catalogue in memory at a time
            break
    else:
        # (unless a reviewed paragraph was taken out of a source since: the page an
        # earlier apply wrote with it may still say it, and is written anew below)
        if not getattr(source, "writes_drafts", False) and not any(
                _reviewed_paragraph_taken_out(po) for po in catalogs):
            summary.nothing_to_publish = [shown_path(po) for po in catalogs]
            return summary
    # A source that can tell its own editors' text from what apply wrote (a CMS)
    # decides segment by segment; it returns None for what it leaves to write_translation.
    write_units = getattr(source, "write_units", None)
    check_translation = getattr(source, "check_translation", None)
    note_earlier = getattr(source, "note_earlier", None)
    note_page_kept = getattr(source, "note_page_kept", None)
    translation_path = getattr(source, "translation_path", None)
    published_texts = getattr(source, "published_texts", None)
    ids: set[str] = set()
    for document in source.documents():
        if document.id in ids:
            raise InputError(f"document id {document.id!r} is used twice", path=document.path)
        ids.add(document.id)
        item = prepare_document(document, settings)
        shard_po = document_catalog(settings, document, lang)
        if shown is None or shown[0] != shard_po:
            shown = (shard_po, offered(shard_po))
        offer = shown[1]
        translations = offer.translations
        # The units whose source changed since review, judged once for the document:
        # the page written here and a page a CMS writes segment by segment get the same.
        changes = source_changes(item.units, offer, settings["source_lang"])

        def carries(unit: Unit, changes: Mapping[tuple[str, str], SourceChanged] = changes
                    ) -> bool:
            """The reviewed translation of the unit's earlier source text stands in for it."""
            change = changes.get((unit.context, unit.source))
            return change is not None and change.kept

        def pick(unit: Unit | None, translations: Mapping[tuple[str, str], str] = translations,
                 changes: Mapping[tuple[str, str], SourceChanged] = changes) -> str | None:
            if unit is None:
                return ""           # cleaned away: page chrome
            key = (unit.context, unit.source)
            found = translations.get(key)
            if found:
                summary.translated += 1
                return found
            change = changes.get(key)
            if change is not None:
                summary.source_changed.append(change)
                if change.kept:
                    return change.reviewed.translation
            summary.fallback += 1
            # The cleaned text: what ``keep`` writes for a unit whose chrome or damage
            # the cleaning took out (else the source as written, byte for byte).
            return unit.source

        def as_written(unit: Unit, repaired: frozenset[tuple[str, str]] = item.repaired,
                       translations: Mapping[tuple[str, str], str] = translations) -> bool:
            """No translation replaces ``unit``, and its cleaning took no page chrome out
            of it and repaired no damage in it: it is written as the source has it, byte
            for byte."""
            key = (unit.context, unit.source)
            return not translations.get(key) and not carries(unit) and key not in repaired

        def keep(unit: Unit | None, seg: Segment,
                 mended: Mapping[tuple[str, str], str] = item.mended) -> str | None:
            """A body unit's text in the translation; None keeps the source as written,
            byte for byte: where no translation replaces it (but for the damage
            cleaning mended in it), or cleaning changed no more than its blanks."""
            text = pick(unit)
            if unit is not None and as_written(unit):
                return mended.get((unit.context, unit.source))
            if unit is not None and text == unit.source and text.split() == seg.text.split():
                return None
            return text

        behind = [u for u in item.units if offer.known and (u.context, u.source)
                  not in offer.known and u.source.strip()] if write_units is None else []
        if behind:
            # Source text the catalogue does not have yet (edited since the last
            # translate): written now, it would be the source text, over an editor's
            # reviewed translation of the earlier wording, with no word of it.
            target = translation_path(document, lang) if translation_path else None
            lines = ", ".join(str(u.line) for u in behind[:3] if u.line) + \
                (", …" if len(behind) > 3 else "")
            summary.warnings.append(
                f"{shown_path(target) if target is not None else document.id}: "
                f"{'left as it was' if target is not None and target.exists() else 'not written'}"
                f": {len(behind)} paragraph{'s' * (len(behind) != 1)} of "
                f"{shown_path(document.path) if document.path else document.id}"
                f"{f' (line {lines})' if lines else ''} "
                f"{'are' if len(behind) != 1 else 'is'} not in the catalogue yet (the source "
                "changed since the last `cms-i18n translate`): run it, then apply")
            continue
        keys = [(u.context, u.source) for u in item.units]
        if fallback == "skip":
            # nothing reviewed to publish now: a page there keeps what it holds
            left_out = not any(key in translations or carries(u)
                               for key, u in zip(keys, item.units, strict=True))
        elif fallback == "reviewed":
            # nothing anybody reviewed, now or before a source change or a refusal; a
            # reviewed text the same as its source (a name that stays as it is:
            # "Christian Aid") translates nothing, and a page of such alone would be
            # all in the source language
            withdrawn = changes.keys() | {(r.context, r.source) for r in offer.refused}
            left_out = not any((key in translations and translations[key] != key[1])
                               or key in withdrawn for key in keys)
        else:
            left_out = False
        taken_out = False       # the page still says a reviewed paragraph taken out
        if left_out:
            # A page of the source text alone is no translation: not published, and
            # named (`--fallback source` writes it).  But the page an earlier apply wrote
            # from translations the source no longer has (a reviewed paragraph taken out,
            # its entry obsolete, nobody's edit since) still says what the source took out:
            # it is written anew, in the source language, as a corrected one is.
            target = translation_path(document, lang) if translation_path else None
            if target is not None and target.exists():
                is_preview = getattr(source, "is_preview", None)
                # (a preview goes as previews do: the catalogue is not read again for it)
                if (is_preview is not None and is_preview(target, lang)) or not (
                        fallback == "reviewed" and _out_of_date_page(
                            source, item, lang, summary, keep)
                        and _reviewed_paragraph_taken_out(shard_po, document.id, target)):
                    summary.left.append(replace(_left_as_it_was(target, item, offer),
                                                by_default=fallback == "reviewed"))
                    continue
                taken_out = True
                summary.warnings.append(
                    f"{shown_path(target)} is written in "
                    f"{languages.display_name(settings['source_lang'])} throughout: the "
                    "paragraphs its reviewed translations were of are gone from "
                    f"{shown_path(document.path) if document.path else document.id}, and the "
                    "page an earlier apply wrote still said them (their translations stay in "
                    "the catalogue's obsolete entries)")
            else:
                if fallback == "reviewed":
                    summary.not_written.append(shown_path(document.path) if document.path
                                               else document.id)
                continue
        report = write_units(item, lang, translations, changes) if write_units else None
        if report is not None:
            summary.source_changed.extend(report.source_changed)
            summary.translated += report.translated
            summary.fallback += report.fallback
            summary.kept += report.kept
            summary.notes.extend(report.notes)
            summary.warnings.extend(report.warnings)
            (summary.written if report.changed else summary.unchanged).append(report.line)
            continue
        counted_before = (summary.fallback, len(summary.source_changed))
        texts = [keep(u, seg) for u, seg in zip(item.body_units, item.segments, strict=True)]
        fields = {}
        for unit in item.units:
            if unit.key in item.document.fields:
                text = pick(unit)
                own = item.mended.get((unit.context, unit.source),
                                      item.document.fields[unit.key])
                fields[unit.key] = own if not text or as_written(unit) else text
        refused = {(r.context, r.source) for r in offer.refused}
        restored, page = 0, None
        if refused and any(u is not None and (u.context, u.source) in refused
                           for u in item.units):
            restored, page = _keep_published(summary, item, texts, fields, offer, refused,
                                             lang, settings["source_lang"], published_texts,
                                             translation_path)
            if restored and note_page_kept is not None:
                note_page_kept(item.document, lang)
        untranslated = fallback == "reviewed" and not restored and not any(
            translations.get(key) or carries(u) for key, u in zip(keys, item.units, strict=True))
        if untranslated and taken_out:
            pass                # written in the source language, said above
        elif untranslated and _corrected_page(source, document, lang,
                                              summary.source_changed[counted_before[1]:]):
            # written all the same (the page said what the source no longer does), but a
            # page all in the source language is no translation: said, so an editor sees it
            target = translation_path(document, lang) if translation_path else None
            summary.warnings.append(
                f"{shown_path(target) if target is not None else document.id} is written "
                f"in {languages.display_name(settings['source_lang'])} throughout: the source "
                "corrected what its only reviewed translations said (a figure, a name or a "
                "negation), so the page no longer says it; review them again (the "
                "`source changed:` lines name them)")
        elif untranslated:
            # What was reviewed is all withdrawn now (its source changed, refused): a
            # page of the source text alone is no translation, and the page published
            # before is an editor's earlier work; it stays (`--fallback source` writes
            # the source text).
            target = translation_path(document, lang) if translation_path else None
            named = page or (shown_path(target) if target is not None else document.id)
            changed = summary.source_changed[counted_before[1]:]
            summary.fallback, summary.source_changed[counted_before[1]:] = counted_before[0], []
            summary.withheld.append(Withheld(
                named, shown_path(document.path) if document.path else document.id,
                tuple(dict.fromkeys(f"{shown_path(c.reviewed.path)}:{c.reviewed.line}"
                                    for c in changed)),
                sum(key in refused for key in keys),
                target is not None and target.exists()))
            continue
        body = _rebuild(item.document.body, item.segments, texts, item.document.format)
        if check_translation is not None:
            check_translation(item.document, lang)
        if note_earlier is not None:
            note_earlier(item.document, lang, functools.partial(
                _earlier_page, item, texts, fields, offer))
        pending.append(_PendingWrite(summary, item.document, body, fields))
    refused_keys = {(refused.context or "", refused.source) for refused in summary.refused}
    # (a draft's text is published too where it is the reviewed translation of the earlier
    # source text, which the page keeps until the entry is reviewed again)
    kept_earlier = {(changed.context, changed.source) for changed in summary.source_changed
                    if changed.kept}
    summary.warnings.extend(
        f"{problem.path}:{problem.line}: {problem.message} Published as it stands, until "
        "an editor translates it" for problem in copied
        if (problem.context or "", problem.msgid) not in refused_keys
        and (problem.ships or (problem.context or "", problem.msgid) in kept_earlier))
    return summary


def _out_of_date_page(source: Any, item: PreparedDocument, lang: str, summary: ApplySummary,
                      keep: Callable[[Unit | None, Segment], str | None]) -> bool:
    """Is the page of a document with nothing reviewed now one an earlier ``apply`` wrote
    from translations (exactly what it wrote, and not the source text it would write
    now)?  Those translations are then of text the source no longer has: a reviewed
    paragraph taken out since, its entry obsolete.  ``keep`` gives each unit's text as a
    page in the source language has it (counting it as left in the source language: the
    count is put back)."""
    unedited = getattr(source, "unedited_since_apply", None)
    holds = getattr(source, "holds", None)
    if unedited is None or holds is None or not unedited(item.document, lang):
        return False
    counted = summary.fallback
    texts = [keep(unit, seg) for unit, seg in zip(item.body_units, item.segments, strict=True)]
    summary.fallback = counted
    body = _rebuild(item.document.body, item.segments, texts, item.document.format)
    fields = {unit.key: item.mended.get((unit.context, unit.source),
                                        item.document.fields[unit.key])
              for unit in item.units if unit.key in item.document.fields}
    return not holds(item.document, lang, body, fields)


def _corrected_page(source: Any, document: Document, lang: str,
                    changed: Sequence[SourceChanged]) -> bool:
    """Must the page of ``document`` get the source text although nothing in it is
    translated now?  Where a source edit corrected a figure, a name or a negation the
    reviewed translation states (not kept, not refused: :class:`SourceChanged`), the page
    published before says what the source no longer says; when that page is exactly what
    ``apply`` last wrote (the source can tell, and nobody edited it since), what its
    editors typed is in the catalogue, and the page is written anew with the source text
    in those units, as it is where another unit is still translated."""
    corrected = any(not change.kept and not change.reviewed.problems for change in changed)
    unedited = getattr(source, "unedited_since_apply", None)
    return corrected and unedited is not None and bool(unedited(document, lang))


def _reviewed_paragraph_taken_out(po_path: Path, document: str | None = None,
                                  page: Path | None = None) -> bool:
    """Whether the catalogue keeps a reviewed translation only in an obsolete entry: a
    paragraph taken out of its source since it was reviewed, which a page an earlier
    ``apply`` wrote may still say; with ``document`` and ``page``, one of that document
    the page says (a preview's unreviewed drafts are none).  A catalogue that does not
    parse is read, and reported, where its translations are."""
    try:
        catalog = read_po(po_path) if po_path.exists() else None
    except CatalogError:
        return False
    if catalog is None:
        return False
    said = page.read_text(encoding="utf-8", errors="replace") if page is not None else ""
    return any(entry.obsolete and entry.msgstr and not entry.fuzzy
               and (document is None or document_of(entry.msgctxt) == document)
               and (page is None or entry.msgstr in said) for entry in catalog.entries)


def _left_as_it_was(target: Path, item: PreparedDocument, offer: ForApply) -> LeftAsItWas:
    """A page ``apply --fallback skip`` does not write although one is there (an earlier
    apply published it), and what of its document kept it from being written."""
    refused = {(r.context, r.source) for r in offer.refused}
    keys = [(unit.context, unit.source) for unit in item.units]
    return LeftAsItWas(target, shown_path(item.document.path)
                       if item.document.path else item.document.id,
                       changed=sum(key in offer.reviewed_before for key in keys),
                       refused=sum(key in refused for key in keys))


def _keep_published(summary: ApplySummary, item: PreparedDocument,
                    texts: list[str | None], fields: Mapping[str, str], offer: ForApply,
                    refused: set[tuple[str, str]], lang: str, source_lang: str,
                    published_texts: Callable[..., tuple[Path, str, dict[int, str]] | None]
                    | None,
                    translation_path: Callable[[Document, str], Path] | None
                    ) -> tuple[int, str]:
    """A unit whose reviewed translation is refused (an editor's later change broke it)
    keeps what its page published before, as a unit whose source changed keeps the
    reviewed translation of its earlier text: the page there, read as ``apply`` lays it
    out, holds that text.  It stands in ``texts`` when it passes the same gate in place
    of the refused one; else the unit has its source text.  ``summary`` names the page
    for each refused unit, and which of the two it got.  Returns how many units got
    the text published before, and the page as the summary names it."""
    target = translation_path(item.document, lang) if translation_path else None
    held: dict[int, str] = {}
    opened: dict[int, int] = {}
    restored = 0
    page = _earlier_page(item, texts, fields, offer, refused, opened)
    found = published_texts(item.document, lang, page) \
        if page is not None and published_texts is not None else None
    published = ""
    if found is not None:
        target, published = found[0], found[1]
        held = {opened[index]: text for index, text in found[2].items()}
    shown = shown_path(target) if target is not None else item.document.id
    # a review refused for a correction of its source translates what the page
    # published before it: that text says what the source took back too
    corrected = {(r.context, r.source) for r in offer.refused
                 if any(problem.check == "corrected" for problem in r.problems)}
    for index, (unit, seg) in enumerate(zip(item.body_units, item.segments, strict=True)):
        if unit is None or (key := (unit.context, unit.source)) not in refused:
            continue
        if key in corrected:
            summary.refused_source.setdefault(key, []).append(shown)
            continue
        before = held.get(index)
        if before is None and published:
            # A page written for another version of the source (a paragraph added
            # or taken out elsewhere since): the unit's text between its neighbours'.
            before = held_between(published, *_around(item, texts, offer, index))
        checked = CheckedEntry(msgctxt=unit.context, source_lang=source_lang,
                               target_lang=lang, references=(f"{unit.path}:{unit.line}",))
        if before and before not in (unit.source, seg.text) and not critical_problems(
                unit.source, before, checked):
            texts[index] = before
            restored += 1
            summary.fallback -= 1
            summary.published_before.setdefault(key, []).append(shown)
        else:
            summary.refused_source.setdefault(key, []).append(shown)
    for unit in item.units:
        if unit.key in fields and (key := (unit.context, unit.source)) in refused:
            summary.refused_source.setdefault(key, []).append(shown)
    return restored, shown


def _around(item: PreparedDocument, texts: Sequence[str | None], offer: ForApply,
            index: int) -> tuple[list[str], list[str]]:
    """What may stand before and after body unit ``index`` on a page ``apply`` wrote:
    each text its neighbour could hold there, with the bytes between them as the source
    has them (the start or the end of the body where it has no neighbour); nothing on a
    side where the neighbour is page chrome."""
    body, segments = item.document.body, item.segments

    def choices(other: int) -> frozenset[str]:
        unit, seg, text = item.body_units[other], segments[other], texts[other]
        if unit is None:
            return frozenset()
        return frozenset({seg.text if text is None else text, seg.text, unit.source}
                         | offer.earlier.get((unit.context, unit.source), frozenset()))

    start, end = segments[index].start, segments[index].end
    if index == 0:
        before = [body[:start]]
    else:
        gap = body[segments[index - 1].end:start]
        before = [text + gap for text in choices(index - 1)]
    if index == len(segments) - 1:
        after = [body[end:]]
    else:
        gap = body[end:segments[index + 1].start]
        after = [gap + text for text in choices(index + 1)]
    return before, after


def _earlier_page(item: PreparedDocument, texts: Sequence[str | None],
                  fields: Mapping[str, str], offer: ForApply,
                  open_keys: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
                  opened: dict[int, int] | None = None) -> EarlierPage | None:
    """The page ``apply`` writes for ``item`` with each unit's text left open to what
    it could have been from an earlier state of the catalogue: its text now, its source
    (as written, or cleaned), or any text the catalogue holds for it
    (:mod:`cms_i18n.content.earlier`).  None for a document holding the stand-ins.

    A body unit whose key is in ``open_keys`` is open to any text (no options): what a
    page holds there is read (:meth:`EarlierPage.held`); ``opened`` maps the index of
    each such stand-in to the unit's index among the body's."""
    body = item.document.body
    if not placeable(body) or not all(placeable(v) for v in item.document.fields.values()):
        return None
    options: list[frozenset[str]] = []
    laid: list[str | None] = []
    for position, (unit, seg, text) in enumerate(zip(item.body_units, item.segments, texts,
                                                     strict=True)):
        if unit is None:
            laid.append(text)
            continue
        if (unit.context, unit.source) in open_keys:
            if opened is not None:
                opened[len(options)] = position
            laid.append(place(len(options)))
            options.append(frozenset())
            continue
        now = seg.text if text is None else text
        choices = frozenset({now, seg.text, unit.source}
                            | offer.earlier.get((unit.context, unit.source), frozenset()))
        if len(choices) == 1:
            laid.append(text)
            continue
        laid.append(place(len(options)))
        options.append(choices)
    by_key = {unit.key: unit for unit in item.units}
    field_options = []
    for key, now in fields.items():
        unit = by_key.get(key)
        values = {now, item.document.fields.get(key, now)}
        if unit is not None:
            values |= {unit.source} | offer.earlier.get((unit.context, unit.source), set())
        field_options.append((key, frozenset(values)))
    return EarlierPage(_rebuild(body, item.segments, laid, item.document.format),
                       tuple(options), tuple(field_options), tuple(fields.items()))


def carried_translation(offer: ForApply, unit: Unit, source_lang: str,
                        names: Collection[str] | None = None) -> Reviewed | None:
    """The reviewed translation of the unit's earlier source text, kept on the page
    while its entry for the new text waits for review; None when there is none, when
    the edit changed a figure, a name or a negation (a correction the earlier translation
    does not make: :func:`same_facts`), or when the gate refuses it in place of the
    new text (``problems``: markup, placeholders, glossary), as it refuses a reviewed
    translation.  The one rule for every content source: a file ``apply`` writes,
    and a CMS page written segment by segment (:func:`source_changes`).  ``names``: the
    names the document gives in its sentences (see :func:`same_facts`)."""
    before = offer.reviewed_before.get((unit.context, unit.source))
    if before is None or before.problems or not same_facts(
            before.previous, unit.source, source_lang, names):
        return None
    return before


def source_changes(units: Iterable[Unit], offer: ForApply, source_lang: str
                   ) -> dict[tuple[str, str], SourceChanged]:
    """What a source that writes segment by segment (``write_units``) is told of the
    units whose source changed since their translation was reviewed, by (msgctxt,
    msgid): the entry for the new text waits for review, and the page gets the
    reviewed translation of the earlier text (``kept``) or, for a correction, the
    source text, by :func:`carried_translation`.  ``apply`` judges a file's units by
    it too, once for each document, so both get the same."""
    found: dict[tuple[str, str], SourceChanged] = {}
    units = list(units)
    names = document_names(unit.source for unit in units)
    for at, unit in enumerate(units):
        key = (unit.context, unit.source)
        before = offer.reviewed_before.get(key)
        if before is None or offer.translations.get(key):
            continue
        split = split_off(before.previous, units[at - 1].source if at else None, unit.source,
                          units[at + 1].source if at + 1 < len(units) else None)
        kept = not split and carried_translation(offer, unit, source_lang, names) is not None
        found[key] = SourceChanged(
            unit.path, unit.line, unit.context, before, kept=kept, source=unit.source,
            facts="" if kept or before.problems or split else
            changed_facts(before.previous, unit.source, source_lang, names), split=split)
    return found


def split_off(earlier: str, above: str | None, now: str, below: str | None) -> str:
    """The paragraph beside ``now`` that was part of its ``earlier`` text, where the
    author split that paragraph in two ("… Sergei Lebedev." / "The talks continued …"
    out of "… Sergei Lebedev. The talks continued …"); "" where there is none.  The
    earlier text's translation says both: kept for one half, it would say the other
    twice on the page, once in the source language.

    >>> split_off("A met B. The talks went on.", None, "A met B.", "The talks went on.")
    'The talks went on.'
    >>> split_off("A met B. The talks went on.", None, "A met B and C.", "The talks went on.")
    ''
    """
    words = earlier.split()
    for other, first in ((below, now), (above, None)):
        if other is None or not other.strip():
            continue
        whole = f"{now} {other}" if first is not None else f"{other} {now}"
        if whole.split() == words:
            return other
    return ""


_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")
#: English words that carry a figure or turn a statement round: a source edit that
#: changes one of them ("three weeks" → "four weeks", "approved" → "did not approve")
#: is a correction the earlier translation does not make.
_FACT_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen|half|first|second|third|fourth|fifth|twice|"
    # "once" as a count ("once a week", "met once."), not the conjunction ("once adopted")
    r"once(?=\s+(?:a|an|per|every|or|more)\b|\s*(?:[.,;:!?)]|$))|"
    r"not|no|never|none|nor|without)\b|n't\b", re.IGNORECASE)


def same_facts(before: str, now: str, source_lang: str,
               names: Collection[str] | None = None) -> bool:
    """Does a source text edited from ``before`` to ``now`` keep its figures (and, in
    English, its number words and negations), in the same order, and every name it
    gave, with none added?  Then the reviewed translation of ``before`` still says what ``now`` says
    about them, and ``apply`` keeps it on the page while the new text waits for review;
    an edit that changes one is a correction, and the page has the source text until
    it is reviewed.  A name is a capitalised word inside a sentence ("Qahhorov" in
    "Secretary Qahhorov said"); one that stays, in capitals or not, keeps the facts (a
    headline set in sentence case names what it named).  In a headline set in title
    case every word has a capital: there a word is a name where ``names`` (the document's
    names, :func:`document_names`) has it, where it is an acronym, or where it is no
    English word ("Passes" in "UN Security Council Passes …" is no name; "Kyrgyzstan",
    named in the article, and "Lavrov", named nowhere else, are).

    >>> same_facts("back by noon on 3 May", "back before noon on 3 May", "en")
    True
    >>> same_facts("after three weeks", "after four weeks", "en")
    False
    >>> same_facts("loaded after adoption", "loaded once adopted", "en")   # no count
    True
    >>> same_facts("meets once a week", "meets twice a week", "en")
    False
    >>> same_facts("The council approved it", "The council did not approve it", "en")
    False
    >>> same_facts("Secretary Qahhorov attended", "Secretary Mahmudzoda attended", "en")
    False
    >>> same_facts("Russia Vetoes Council Resolution", "Russia vetoes council resolution", "en")
    True
    >>> same_facts("They met at Issyk-Kul on Friday", "The leaders gathered at Issyk-Kul on Friday",
    ...            "en")
    True
    >>> same_facts("CSTO Drills Begin In Kyrgyzstan", "CSTO Drills Get Under Way In Kyrgyzstan",
    ...            "en", {"kyrgyzstan"})
    True
    >>> same_facts("CSTO Drills Begin In Kyrgyzstan", "CSTO Drills Begin In Kazakhstan", "en",
    ...            {"kyrgyzstan"})
    False
    >>> same_facts("Lavrov Attends First Summit", "Shoigu Attends First Summit", "en", set())
    False
    >>> same_facts("The presidents of Russia and Kyrgyzstan arrived",
    ...            "The presidents of Russia, Turkey and Kyrgyzstan arrived", "en")
    False
    """
    # ... and names no new one: the translation of ``before`` does not say it ("…,
    # Azerbaijan, Turkey and Kyrgyzstan", "the summit in Tianjin")
    return _facts(before, source_lang) == _facts(now, source_lang) and not any(
        _names_changed(before, now, source_lang, names))


def _facts(text: str, source_lang: str) -> list[str]:
    """The figures of ``text`` and, in English, its number words and negations, in order."""
    found = _FIGURES.findall(text)
    if re.split("[-_]", languages.normalize(source_lang))[0] == "en":
        found += [w.lower() for w in _FACT_WORDS.findall(text.replace("\u2019", "'"))]
    return found


def corrections(source_lang: str) -> Callable[[str, str], str]:
    """What an edit of a source text from ``before`` to ``now`` corrected, as
    :func:`changed_facts` says it; empty where :func:`same_facts` finds nothing changed
    that a translation states (the ``corrected`` of
    :func:`~cms_i18n.catalog.update.translations_for_apply`).

    >>> corrections("en")("67 operations", "71 operations")
    "'67' gone, '71' new"
    >>> corrections("en")("67 operations so far", "67 operations to date")
    ''
    """
    def corrected(before: str, now: str) -> str:
        return "" if same_facts(before, now, source_lang) else \
            changed_facts(before, now, source_lang)
    return corrected


def changed_facts(before: str, now: str, source_lang: str,
                  names: Collection[str] | None = None) -> str:
    """What an edit that :func:`same_facts` calls a correction changed, for the line that
    names it: the figures, words and names gone and new, or their order.

    >>> changed_facts("after three weeks", "after four weeks", "en")
    "'three' gone, 'four' new"
    >>> changed_facts("adopted with 10 votes in favour", "adopted unanimously", "en")
    "'10' gone"
    >>> changed_facts("Secretary Qahhorov attended", "Secretary Mahmudzoda attended", "en")
    "'Qahhorov' gone, 'Mahmudzoda' new"
    >>> changed_facts("of Russia and Kyrgyzstan", "of Russia, Turkey and Kyrgyzstan", "en")
    "'Turkey' new"
    >>> changed_facts("from 3 to 5 May", "from 5 to 3 May", "en")
    'the figures in another order'
    """
    old, new = Counter(_facts(before, source_lang)), Counter(_facts(now, source_lang))
    names_gone, names_added = _names_changed(before, now, source_lang, names)
    gone = [*(old - new).elements(), *names_gone]
    added = [*(new - old).elements(), *names_added]
    parts = [f"{', '.join(repr(w) for w in dict.fromkeys(gone))} gone"] if gone else []
    if added:
        parts.append(f"{', '.join(repr(w) for w in dict.fromkeys(added))} new")
    return ", ".join(parts) or "the figures in another order"


def _names_changed(before: str, now: str, source_lang: str,
                   names: Collection[str] | None) -> tuple[list[str], list[str]]:
    """The names ``before`` gives that ``now`` no longer has, and those ``now`` adds, in
    capitals or not (see :func:`same_facts`)."""
    words_before = {w.casefold() for w in _WORD.findall(before)}
    words_now = {w.casefold() for w in _WORD.findall(now)}
    return ([name for name in _names_of(before, names, source_lang)
             if name.casefold() not in words_now],
            [name for name in _names_of(now, names, source_lang)
             if name.casefold() not in words_before])


# A word's letters: a hyphenated name ("Issyk-Kul") is read part by part, as a name is.
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word after another word of its sentence (not after a sentence's stop).
_NAME_IN_SENTENCE = re.compile(r"(?:(?<=[^\W_] )|(?<=[^\W_][,;] ))"
                               r"[A-Z\u0400-\u042f\u0391-\u03a9][^\W\d_]+")


def _names(text: str) -> list[str]:
    """The capitalised words of ``text`` that stand inside a sentence: its names.

    >>> _names("The SCO met. Secretary Qahhorov, of Tajikistan, attended.")
    ['SCO', 'Qahhorov', 'Tajikistan']
    """
    return _NAME_IN_SENTENCE.findall(text)


_SENTENCE_FIRST = re.compile(r"(?:^|(?<=[.!?])[\"”’»)]?\s+)([A-Z\u0400-\u042f\u0391-\u03a9]"
                             r"[^\W\d_]+)")


def _names_of(text: str, names: Collection[str] | None, source_lang: str = "en") -> list[str]:
    """The names of ``text`` (:func:`_names`); in a headline set in title case, only those
    ``names`` has (casefolded), acronyms and words no English word list holds, since there
    every word has a capital."""
    common = english_words()
    # a sentence's first word is a name where no English word list holds it ("Lavrov
    # met …"): its capital says nothing, its spelling does
    english = re.split("[-_]", languages.normalize(source_lang))[0] == "en"
    found = _names(text) + [m.group(1) for m in _SENTENCE_FIRST.finditer(text)
                            if english and m.group(1).casefold() not in common]
    if names is None or not title_case_headline(text):
        return found
    return [name for name in found if name.casefold() in names or name.isupper()
            or name.casefold() not in common]


def document_names(texts: Iterable[str]) -> frozenset[str]:
    """The names a document gives inside its sentences (:func:`_names`), casefolded,
    its headlines in title case aside.

    >>> sorted(document_names(["Drills Begin In Kyrgyzstan", "Troops met in Kyrgyzstan."]))
    ['kyrgyzstan']
    """
    return frozenset(name.casefold() for text in texts if not title_case_headline(text)
                     for name in _names(text))


def _rebuild(body: str, segments: Sequence[Segment], texts: Sequence[str | None],
             format: str) -> str:
    """``body`` with ``texts`` in place of its ``segments`` (None keeps one as written).

    A segment whose text is "" was page chrome: it goes with the blank lines after it
    (before it, when nothing but chrome follows), closing the gap it leaves.  Every
    other byte stays: blank lines in code, the blank line after front matter,
    trailing blanks.
    """
    if format == "html" or "" not in texts:
        return rebuild(body, segments, texts)
    # Segments inside another (an image's alt in a paragraph) go with it; an image's
    # alt or title taken for chrome stays as written (it is no block to close up).
    groups = [(seg, None if text == "" and seg.kind == "attribute" else text, inner)
              for seg, text, inner in nested(segments, texts)]
    # kept_after[i]: something stays after group i (a kept segment, or text between).
    kept_after = [False] * len(groups)
    later = bool(body[groups[-1][0].end:].strip()) if groups else False
    for i in range(len(groups) - 1, -1, -1):
        kept_after[i] = later
        later = later or groups[i][1] != "" or bool(
            body[groups[i - 1][0].end if i else 0:groups[i][0].start].strip())
    out: list[str] = []
    position = 0
    for i, (seg, text, inner) in enumerate(groups):
        out.append(body[position:seg.start])
        position = seg.end
        if text != "":
            out.append(written(body, seg, text, inner))
        elif kept_after[i]:
            gap = _BLANK_AFTER.match(body, seg.end)
            position = gap.end() if gap else seg.end
        else:
            done = "".join(out)
            out = [re.sub(r"(?:\n[ \t]*)+\Z", "", done)]
    out.append(body[position:])
    return "".join(out)


_BLANK_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)*\n")
