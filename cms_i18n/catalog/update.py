"""The catalogue API the pipeline calls: paths, update (merge + write), reviewed work.

An update reads the catalogue under its lock, merges (see :mod:`.merge`), and writes
the ``.po`` and the ``.pot`` template only when their content changed, so a re-run on
unchanged input leaves both files byte-for-byte as they were, dates included.  A
catalogue that cannot be parsed stops the update with a :class:`CatalogError` that
names the file and line, and the file is left exactly as it was.
"""

from __future__ import annotations

import codecs
import os
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from cms_i18n import __version__
from cms_i18n.catalog.checks import Finding, Problem, catalog_problems, refused_entries
from cms_i18n.catalog.grades import CRITICAL
from cms_i18n.catalog.kept import lost_entries, save_kept, with_lost
from cms_i18n.catalog.merge import (
    Authorship,
    CatalogEntry,
    Review,
    UpdateResult,
    entry_references,
    merge,
    previous_translation,
    renamed_entry,
    template_comments,
)
from cms_i18n.catalog.notes import APPROVED_BEFORE_NOTE, KEPT_UNTIL_APPROVED, unquote_note
from cms_i18n.catalog.plurals import cldr_plural_forms, plural_forms
from cms_i18n.catalog.po import (
    PoEntry,
    PoFile,
    decode_po,
    format_entry,
    format_header,
    parse_header,
    parse_po,
    read_po,
)
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import (
    ABSENT,
    ChangedOnDisk,
    check_writable,
    locked,
    shown_path,
    write_atomic,
)
from cms_i18n.glossary import Glossary
from cms_i18n.languages import gettext_name

T = TypeVar("T")
GENERATOR = f"cms-i18n {__version__}"

# Fields every catalogue we write carries, in the order a new header lists them.
_PO_FIELDS = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date",
              "PO-Revision-Date", "Last-Translator", "Language-Team", "Language",
              "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms",
              "X-Generator")
# How many times a catalogue that keeps changing under us is read and merged again.
_ATTEMPTS = 5
_DATES = ("POT-Creation-Date", "PO-Revision-Date")


def catalog_paths(locale_dir: Path, lang: str, domain: str) -> tuple[Path, Path]:
    """Where the catalogue of ``lang`` and the template live.

    >>> catalog_paths(Path("locale"), "pt-BR", "content")
    (PosixPath('locale/pt_BR/LC_MESSAGES/content.po'), PosixPath('locale/content.pot'))
    >>> catalog_paths(Path("locale"), "ca-valencia", "content")[0]
    PosixPath('locale/ca@valencia/LC_MESSAGES/content.po')
    """
    folder = gettext_name(lang)
    locale_dir = Path(locale_dir)
    return (locale_dir / folder / "LC_MESSAGES" / f"{domain}.po",
            locale_dir / f"{domain}.pot")


def now_stamp() -> str:
    """The current time as gettext headers write it (UTC).

    Honours ``SOURCE_DATE_EPOCH`` (reproducible builds), which the tests use too.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = float(epoch) if epoch and epoch.strip().isdigit() else time.time()
    return time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime(seconds))


def _merge_header(old: PoEntry | None, values: dict[str, str],
                  keep: Sequence[str], earlier: dict[str, str] | None = None) -> PoEntry:
    """Header entry with ``values`` set; fields named in ``keep`` keep an existing value,
    unless it is the one an earlier version wrote (``earlier``)."""
    fields = parse_header(old.msgstr) if old is not None else []
    present = {name.lower(): i for i, (name, _v) in enumerate(fields)}
    for name in _PO_FIELDS:
        if name not in values:
            continue
        value = values[name]
        index = present.get(name.lower())
        if index is None:
            fields.append((name, value))
            present[name.lower()] = len(fields) - 1
        elif name not in keep or not fields[index][1] or \
                fields[index][1] == (earlier or {}).get(name):
            fields[index] = (fields[index][0], value)
    if old is None:
        order = {name.lower(): i for i, name in enumerate(_PO_FIELDS)}
        fields.sort(key=lambda item: order.get(item[0].lower(), len(order)))
    header = PoEntry(msgid="", msgstr=format_header(fields))
    if old is not None:
        header.translator_comments = list(old.translator_comments)
        header.extracted_comments = list(old.extracted_comments)
        # A fuzzy header (as msginit leaves it) makes msgfmt ignore it; ours is exact.
        header.flags = [flag for flag in old.flags if flag != "fuzzy"]
    return header


def _header_value(header: PoEntry | None, name: str) -> str | None:
    if header is None:
        return None
    for key, value in parse_header(header.msgstr):
        if key.lower() == name.lower():
            return value
    return None


def _with_dates(po: PoFile, dates: dict[str, str]) -> PoFile:
    assert po.header is not None
    fields = [(name, dates.get(name, value)) for name, value in parse_header(po.header.msgstr)]
    header = PoEntry(msgid="", msgstr=format_header(fields), flags=list(po.header.flags),
                     translator_comments=list(po.header.translator_comments),
                     extracted_comments=list(po.header.extracted_comments))
    return PoFile(header=header, entries=po.entries, path=po.path)


def _join(header: PoEntry, body: list[str]) -> str:
    return "\n".join([format_entry(header), *body])


@dataclass
class _Existing:
    po: PoFile
    data: bytes


def _read_existing(path: Path) -> _Existing | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CatalogError(f"cannot read catalogue: {exc.strerror}", path=path) from None
    return _Existing(po=parse_po(decode_po(data, path), path), data=data)


def _entry_content(entry: PoEntry) -> tuple[object, ...]:
    """What the writer prints of an entry, normalised the way the writer normalises it."""
    refs = list(dict.fromkeys(entry.references))
    flags = ["fuzzy"] if entry.fuzzy and entry.translated else []
    flags += [flag for flag in entry.flags if flag != "fuzzy"]
    return (entry.obsolete, entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr,
            tuple(entry.msgstr_plural), tuple(flags), tuple(entry.translator_comments),
            tuple(entry.extracted_comments), tuple(refs), entry.previous_msgctxt,
            entry.previous_msgid, entry.previous_msgid_plural)


def _content(po: PoFile) -> tuple[object, ...]:
    header = _entry_content(po.header) if po.header is not None else None
    return (header, tuple(_entry_content(entry) for entry in po.entries))


def _write_if_changed(path: Path, new: PoFile, old: _Existing | None,
                      changing: dict[str, str]) -> bool:
    """Write ``new`` unless it says what ``old`` says; dates in ``changing`` then update.

    ``new`` carries the old dates (and generator) so that the comparison ignores them.
    The comparison is by content, so a file in another tool's layout (an editor's
    save) is left alone when nothing changed; entries are formatted only to write.
    """
    assert new.header is not None
    if old is not None and _content(new) == _content(old.po) and \
            not old.data.startswith(codecs.BOM_UTF8):
        # the common case, decided without formatting anything; a byte-order mark (a
        # Windows editor's save) is taken out, since GNU gettext's tools refuse it
        return False
    body = [format_entry(entry) for entry in new.entries]
    dated = _with_dates(new, changing)
    assert dated.header is not None
    write_atomic(path, _join(dated.header, body).encode("utf-8"),
                 expect=old.data if old is not None else ABSENT)
    return True


def update_catalog(po_path: Path, entries: Sequence[CatalogEntry], *, lang: str,
                   domain: str, pot_path: Path | None = None,
                   project: str = "cms-i18n", wait: float = 5.0,
                   authorship: Authorship | None = None,
                   review: Review | None = None,
                   adopted: Sequence[PoEntry] = (),
                   renames: Mapping[str, str] | None = None,
                   kept: Path | None = None,
                   newer: Collection[tuple[str | None, str]] = ()) -> UpdateResult:
    """Merge ``entries`` (in document order) into the catalogue and write it atomically.

    Never replaces a text an editor wrote, reviewed or draft (see :mod:`.merge` for the
    rules; ``authorship`` tells cms-i18n's own msgstrs from editors', ``review`` finds
    the problems of editors' texts; ``adopted``, ``renames`` and ``newer`` bring documents
    that moved, see :func:`~.merge.merge`), writes only when something changed, and writes the
    template ``pot_path`` (msgids, references and extracted comments, no translations)
    when given.  Holds ``<po>.lock`` (and the template's) for the whole
    read-merge-write, waiting up to ``wait`` seconds for another run to finish before
    raising :class:`~cms_i18n.errors.LockedError`.

    ``kept`` is where the editors' work of the catalogue is kept between runs (see
    :mod:`.kept`): entries of it the file lost are merged back in first, and the
    copy is refreshed from what this update leaves.
    """
    po_path = Path(po_path)
    with locked(po_path, wait=wait):
        stamp = now_stamp()
        template_written, created = False, None
        if pot_path is not None:
            # A catalogue the run must refuse (a link, a folder, read-only) leaves the
            # template as it was: nothing half-written.
            check_writable(po_path)
            template_written, created = _update_template(Path(pot_path), entries, project,
                                                         stamp, wait)
        result = _until_unchanged(po_path, lambda: _update_once(
            po_path, entries, lang, project, stamp, created, authorship, review, adopted,
            renames, kept, newer))
        result.template_written = template_written
        return result


def _until_unchanged(path: Path, update: Callable[[], T]) -> T:
    """Run ``update`` again each time the file changed on disk while it ran."""
    for _attempt in range(_ATTEMPTS):
        try:
            return update()
        except ChangedOnDisk:
            continue    # an editor saved while we merged: merge again, with their work
    raise CatalogError(f"the file changed on disk during each of {_ATTEMPTS} attempts to "
                       "update it (is something saving it in a loop?); nothing was "
                       "overwritten, try again", path=path)


def _update_once(po_path: Path, entries: Sequence[CatalogEntry], lang: str, project: str,
                 stamp: str, created: str | None, authorship: Authorship | None,
                 review: Review | None, adopted: Sequence[PoEntry] = (),
                 renames: Mapping[str, str] | None = None,
                 kept: Path | None = None,
                 newer: Collection[tuple[str | None, str]] = ()) -> UpdateResult:
    """Read, merge and write once; :class:`ChangedOnDisk` when the file moved meanwhile.

    The lock keeps two runs apart, not a run and a PO editor: an editor's save that
    lands between our read and our rename is detected at the rename and the merge
    is redone from what the editor saved, so their work is never overwritten.
    """
    existing = _read_existing(po_path)
    old = existing.po if existing is not None else None
    if old is not None and (mismatch := old.language_mismatch(lang)) is not None:
        raise mismatch
    lost = lost_entries(old, kept, authorship) if kept is not None else None
    if lost is not None:
        old = with_lost(old, lost, po_path)
    plan = merge(old, entries, authorship, review, adopted, renames,
                 emptied=lost.emptied if lost is not None else None,
                 approved=lost.approved if lost is not None else None, newer=newer)
    old_header = old.header if old is not None else None
    values = _header_values(project, stamp, lang)
    # Compare with the old file as if dates and generator had not moved.
    keep = ("Project-Id-Version", "Report-Msgid-Bugs-To", "Last-Translator",
            "Language-Team", "Plural-Forms", "POT-Creation-Date", "PO-Revision-Date",
            "X-Generator")
    # Earlier versions wrote CLDR's rule (three forms for Spanish); no editor chose it.
    header = _merge_header(old_header, values, keep,
                           {"Plural-Forms": cldr_plural_forms(gettext_name(lang))})
    new = PoFile(header=header, entries=plan.entries, path=po_path)
    result = plan.result
    changing = {"PO-Revision-Date": stamp, "X-Generator": GENERATOR}
    if created:
        changing["POT-Creation-Date"] = created
    result.written = _write_if_changed(po_path, new, existing, changing)
    if result.reapproved:
        count = result.reapproved
        result.warnings.append(
            f"{shown_path(po_path)}: {count} entr{'y' if count == 1 else 'ies'} msgmerge "
            "marked fuzzy with a `#|` of the text the page has now (a template from before "
            f"a document was renamed or reworded?) {'holds' if count == 1 else 'hold'} the "
            "very text an editor approved for it: approved again; to withdraw an approval, "
            "mark it fuzzy in a PO editor")
    if lost is not None and kept is not None:
        result.restored = len(lost.entries) + len(lost.reverted) + len(lost.merged) + \
            (lost.cut is not None)
        if result.written:
            # (the entries that came back under a renamed document's old name are written
            # under its new one)
            lost.carried = [(copied, renamed_entry(entry, lost.renamed))
                            for copied, entry in lost.carried]
            _point_at_written(po_path, [*lost.withdrawn, *(e for _, e in lost.merged),
                                        *(e for _, e in ([lost.cut] if lost.cut else [])),
                                        *(e for _, e in lost.reverted),
                                        *(e for _, e in lost.superseded),
                                        *(e for _, e in lost.carried)])
        if lost.merged:
            result.warnings.append(lost.merged_line(po_path))
        if lost.cut is not None:
            result.warnings.append(lost.cut_line(po_path))
        if lost.entries:
            result.warnings.append(lost.restored_line(po_path))
        if lost.reverted:
            result.warnings.append(lost.reverted_line(po_path))
        elif lost.beside:
            result.warnings.append(lost.beside_line(po_path))
        if lost.withdrawn:
            result.warnings.append(lost.withdrawn_line(po_path))
        if lost.notes:
            result.warnings.append(lost.notes_line(po_path))
        if lost.forgotten:
            result.notes.append(lost.forgotten_line(po_path))
        if lost.superseded:
            result.notes.append(lost.superseded_line(po_path))
        if lost.carried:
            result.warnings.append(lost.carried_line(po_path))
        recorded = len(authorship.written) if authorship is not None else 0
        if recorded and not kept.exists() and existing is not None and not existing.po.entries:
            # Built before its editors' work was kept: nothing to bring back from.
            result.warnings.append(
                f"{shown_path(po_path)} holds none of the entries earlier runs wrote "
                "there, and no copy of its editors' work was kept then; reviewed texts "
                "come back only as fuzzy suggestions from the memory (restore the file "
                "from a backup or version control if you have one)")
        known = authorship or Authorship()
        wrote = Authorship({**known.written, **result.authorship}, known.machine_outputs)
        problem = save_kept(kept, new, wrote.is_ours)
        if problem:
            result.warnings.append(problem)
    return result


def _point_at_written(po_path: Path, entries: Sequence[PoEntry]) -> None:
    """Give each of ``entries`` (read from the file before the run rewrote it) its line in
    the file as written, which the run's warnings name: the run sorts entries into the
    source's order, so the line they had before is another entry's now."""
    if not entries:
        return
    where = {(e.msgctxt, e.msgid, e.obsolete): e.line for e in read_po(po_path).entries}
    for entry in entries:
        entry.line = where.get((entry.msgctxt, entry.msgid, entry.obsolete), entry.line)


def _header_values(project: str, stamp: str, lang: str | None) -> dict[str, str]:
    """The header a catalogue (``lang``) or its template (``None``) is written with."""
    values = {
        "Project-Id-Version": project,
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": stamp,
        # What msginit writes for a catalogue nobody has translated yet; an editor's
        # tool fills in the translator and team, and a run keeps what it finds.
        "Last-Translator": "Automatically generated" if lang else "",
        "Language-Team": "none" if lang else "",
        "Language": gettext_name(lang) if lang else "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(gettext_name(lang)) if lang else "",
        "X-Generator": GENERATOR,
    }
    if not lang:
        del values["Plural-Forms"]    # a template has no plural rule of its own
    return values


def _update_template(pot_path: Path, entries: Sequence[CatalogEntry], project: str,
                     stamp: str, wait: float) -> tuple[bool, str | None]:
    """Write the template if its content changed; return that and its creation date."""
    with locked(pot_path, wait=wait):
        return _until_unchanged(pot_path, lambda: _template_once(pot_path, entries, project,
                                                                 stamp))


def _template_once(pot_path: Path, entries: Sequence[CatalogEntry], project: str,
               stamp: str) -> tuple[bool, str | None]:
    existing = _read_existing(pot_path)
    old = existing.po if existing is not None else None
    values = _header_values(project, stamp, None)
    keep = ("Project-Id-Version", "POT-Creation-Date", "PO-Revision-Date",
            "X-Generator", "Report-Msgid-Bugs-To")
    header = _merge_header(old.header if old else None, values, keep)
    # The extracted comments go in too: a msgmerge-based update (Weblate's add-on,
    # Pootle) takes them from the template, and would strip them otherwise.
    units = [PoEntry(msgid=e.source, msgctxt=e.context, extracted_comments=template_comments(e),
                     references=entry_references(e))
             for e in entries]
    new = PoFile(header=header, entries=units, path=pot_path)
    changing = {"POT-Creation-Date": stamp, "PO-Revision-Date": stamp,
                "X-Generator": GENERATOR}
    written = _write_if_changed(pot_path, new, existing, changing)
    created = stamp if written else _header_value(header, "POT-Creation-Date")
    return written, created


def _public_key(entry: PoEntry) -> tuple[str, str]:
    return (entry.msgctxt or "", entry.msgid)


def read_reviewed(po_path: Path, kept: Path | None = None) -> dict[tuple[str, str], str]:
    """(msgctxt, msgid) → msgstr of every translation an editor has approved.

    That is: live entries that are translated and not fuzzy, obsolete entries that
    were (the text may come back), and the reviewed translation of a previous text
    that a changed entry carries.  A missing catalogue gives ``{}``; a malformed one
    a :class:`CatalogError`.  The pipeline skips machine translation for these keys
    and feeds them to its translation memory.  With ``kept`` (the copy of the
    editors' work, see :mod:`.kept`), the entries the file lost since count too.
    """
    po_path = Path(po_path)
    on_file = read_po(po_path) if po_path.exists() else None
    if kept is not None:
        on_file = with_lost(on_file, lost_entries(on_file, kept), po_path)
    return reviewed_in(on_file.entries) if on_file is not None else {}


def reviewed_in(entries: Sequence[PoEntry]) -> dict[tuple[str, str], str]:
    """:func:`read_reviewed` of a catalogue's entries already read."""
    reviewed: dict[tuple[str, str], str] = {}
    for entry in entries:
        if entry.msgid_plural is not None:
            continue
        if entry.reviewed and not entry.obsolete:
            reviewed[_public_key(entry)] = entry.msgstr
    for entry in entries:
        if entry.msgid_plural is not None:
            continue
        if entry.reviewed and entry.obsolete:
            reviewed.setdefault(_public_key(entry), entry.msgstr)
        carried = previous_translation(entry)
        if carried and entry.previous_msgid:
            context = entry.previous_msgctxt or entry.msgctxt or ""
            reviewed.setdefault((context, entry.previous_msgid), carried)
    return reviewed


@dataclass(frozen=True)
class Refused:
    """A translation ``apply`` will not publish, and why (see :func:`catalog_problems`)."""

    path: Path
    line: int
    context: str
    source: str
    problems: tuple[Finding, ...]

    def format(self) -> str:
        reasons = "; ".join(str(problem) for problem in self.problems)
        return f"{self.path}:{self.line}: [{self.context}] {reasons}"


@dataclass(frozen=True)
class Older:
    """A draft ``apply --include-fuzzy`` publishes that was written for an earlier source
    text (the entry's ``#| msgid``): the preview shows a translation of what the source
    said before."""

    path: Path
    line: int
    context: str
    source: str
    previous: str
    #: True: the draft is the translation of the earlier text the catalogue or the
    #: record holds, unrevised since.  False: nothing on file says whether it was
    #: revised for the new text (no known translation of the earlier text to compare
    #: it with), so the entry's ``#| msgid`` is all that is known.
    known: bool = True

    def format(self) -> str:
        where = f"{self.path}:{self.line}: [{self.context}]"
        earlier, now = where_they_differ(self.previous, self.source)
        if self.known:
            return (f"{where} a draft written for the earlier text {earlier!r}, "
                    f"not for {now!r}")
        return (f"{where} a draft that may still translate the earlier text "
                f"{earlier!r} (its #| msgid), not {now!r}: "
                "nothing on file tells whether it was revised since")


def where_they_differ(earlier: str, now: str, limit: int = 60) -> tuple[str, str]:
    """Two texts as a message quotes them: from a few words before their first
    difference, each cut at ``limit`` characters, so that a change late in a long
    paragraph shows and two quotes never read the same.

    >>> where_they_differ("Founded in 1992 in Tashkent (Uzbekistan) by the CLRC, which "
    ...                   "names its secretary general.", "Founded in 1992 in Tashkent "
    ...                   "(Uzbekistan) by the CSC, which names its secretary general.",
    ...                   limit=40)
    ('…(Uzbekistan) by the CLRC, which names…', '…(Uzbekistan) by the CSC, which names…')
    >>> where_they_differ("Short text.", "Short texts.")
    ('Short text.', 'Short texts.')
    """
    if len(earlier) <= limit and len(now) <= limit:
        return earlier, now
    same = 0
    for a, b in zip(earlier, now, strict=False):
        if a != b:
            break
        same += 1
    start = 0
    if same > limit // 3:
        # a few words of context before the difference, from a word's start
        start = earlier.rfind(" ", 0, same - limit // 3) + 1

    def quoted(text: str) -> str:
        lead = "…" if start else ""
        body = text[start:]
        room = limit - len(lead)
        if len(body) <= room:
            return lead + body
        cut = body.rfind(" ", 0, room)
        return lead + (body[:cut] if cut > room // 2 else body[:room - 1]) + "…"

    return quoted(earlier), quoted(now)


@dataclass(frozen=True)
class Reviewed:
    """The reviewed translation of a unit's earlier source text, which the catalogue
    holds while its entry for the new text waits for review (``fuzzy``, with a
    ``#| msgid``): ``apply`` keeps it on the published page rather than putting the
    source language there (see ``pipeline._plan_apply``)."""

    path: Path
    line: int            # the entry for the new text, where the editor reviews it
    previous: str        # the earlier source text
    translation: str     # its reviewed translation
    #: Why the gate refuses it on the page of the new text (critical markup,
    #: placeholder, number or glossary findings); empty when it may be published.
    problems: tuple[Finding, ...] = ()


class DraftText(str):
    """A translation ``apply`` is offered that nobody reviewed (``include_fuzzy``): written
    for a preview, which a later ``apply`` without it takes away again.  A ``str`` to
    every reader; a content source that keeps a record of what it wrote tells it so."""

    __slots__ = ()


@dataclass
class ForApply:
    """What a catalogue offers ``apply``: safe translations by (msgctxt, msgid), the
    translations refused for critical problems (their units keep the source text), and
    the drafts offered (``include_fuzzy``) that translate an earlier source text.

    Also, by (msgctxt, msgid): ``earlier``, every text the catalogue holds for a live
    entry besides its source (its msgstr, reviewed or not, an obsolete entry's, the
    translation of its earlier text), which a page ``apply`` wrote from an earlier
    state of the catalogue may hold; and ``reviewed_before``, the reviewed translation
    of the earlier text of an entry whose source changed since (:class:`Reviewed`).
    """

    translations: dict[tuple[str, str], str] = field(default_factory=dict)
    refused: list[Refused] = field(default_factory=list)
    older: list[Older] = field(default_factory=list)
    earlier: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    reviewed_before: dict[tuple[str, str], Reviewed] = field(default_factory=dict)
    #: (msgctxt, msgid) of every live entry: a unit of none of them is a source text
    #: written since the last ``translate``.
    known: frozenset[tuple[str, str]] = frozenset()


def translations_for_apply(po_path: Path, *, include_fuzzy: bool = False,
                           source_lang: str = "", lang: str = "",
                           glossary: Glossary | None = None,
                           po: PoFile | None = None,
                           authorship: Authorship | None = None,
                           corrected: Callable[[str, str], str] | None = None) -> ForApply:
    """The translations to publish: reviewed live entries (and fuzzy drafts with
    ``include_fuzzy``) that have no critical problem, read as translations from
    ``source_lang`` into ``lang``.

    Untranslated and obsolete entries are left out, so the caller falls back to the
    source text for them; so are entries with broken markup, lost placeholders,
    unsafe links, foreign format flags, a number the language reads as another
    value or (with ``glossary``) a glossary violation, which are listed in
    ``refused`` instead: the same gate ``compile`` refuses a catalogue by
    (:func:`catalog_problems`).  A draft offered that translates an earlier source
    text (its ``#| msgid``) and has not been revised since is listed in ``older`` too
    (see :func:`_draft_for_earlier`; ``authorship``, the record ``translate`` keeps of
    what it wrote, tells more of them apart).  The reviewed translation of
    an earlier source text (``reviewed_before``) passes the same gate, read in its
    entry's place as if reviewed there: its ``problems`` say why it may not stand for
    the new text.  A missing catalogue gives nothing.  ``po``: the catalogue at
    ``po_path`` as the caller already read it.

    ``corrected(before, now)`` says what an edit of a source text from ``before`` to
    ``now`` corrected (a figure, a name, a negation; empty when nothing): a review the
    last ``translate`` carried onto a corrected text as a draft, approved as it was
    (a PO editor's approval drops the ``#| msgid``; the record keeps it), still says
    what the source took back, and is refused until an editor revises it.
    """
    po_path = Path(po_path)
    offer = ForApply()
    if po is None:
        if not po_path.exists():
            return offer
        po = read_po(po_path)
    if lang and (mismatch := po.language_mismatch(lang)) is not None:
        raise mismatch      # (a Spanish catalogue in the Catalan folder: no Catalan page)
    held = _add_history(offer, po.entries, po_path, authorship)
    offer.known = frozenset(_public_key(entry) for entry in po.live())
    # The reviewed translation of an earlier source text goes out in place of the new
    # text: it passes the gate as the entry's own reviewed translation would.
    shipped, in_place = _with_earlier_in_place(po, offer.reviewed_before, include_fuzzy)
    blocking = refused_entries(catalog_problems(
        shipped, str(po_path), lang, glossary=glossary, source_lang=source_lang,
        include_fuzzy=include_fuzzy, drafts=False))
    for key in in_place:
        if found := blocking.get(key):
            offer.reviewed_before[key] = replace(
                offer.reviewed_before[key],
                problems=tuple(Finding(p.check, p.message) for p in found))
    # An entry's approved text that a refused save took the place of (its draft waits
    # beside it for review) is the entry's translation still: a page written afresh (the
    # Spanish page deleted and made again) gets it, not the source text.
    for key, before in list(offer.reviewed_before.items()):
        if before.previous == key[1]:
            del offer.reviewed_before[key]
            if not before.problems:
                offer.translations[key] = before.translation
    for entry in po.live():
        if entry.msgid_plural is not None or not entry.translated:
            continue
        if entry.fuzzy and not include_fuzzy:
            continue
        if entry.fuzzy and any(KEPT_UNTIL_APPROVED in comment
                               for comment in entry.translator_comments):
            continue    # a conflict: the page keeps its own text until approval, a preview too
        found = blocking.get((entry.msgctxt or "", entry.msgid))
        why = [Finding(p.check, p.message) for p in found or ()] or (
            approved_as_carried(entry, authorship, corrected) if not entry.fuzzy else [])
        if why:
            offer.refused.append(Refused(po_path, entry.line, entry.msgctxt or "", entry.msgid,
                                         tuple(why)))
        else:
            offer.translations[_public_key(entry)] = DraftText(entry.msgstr) \
                if entry.fuzzy else entry.msgstr
            if entry.fuzzy and entry.previous_msgid is not None \
                    and entry.previous_msgid != entry.msgid \
                    and (earlier := _draft_for_earlier(entry, held, authorship)) is not False:
                offer.older.append(Older(po_path, entry.line, entry.msgctxt or "",
                                         entry.msgid, entry.previous_msgid,
                                         known=bool(earlier)))
    return offer


def approved_as_carried(entry: PoEntry, authorship: Authorship | None,
                         corrected: Callable[[str, str], str] | None) -> list[Finding]:
    """Why a reviewed entry still says what a correction of its source took back: the
    draft the last run carried from the earlier text, approved unchanged (empty when
    it is not that)."""
    if authorship is None or corrected is None:
        return []
    record = authorship.record(entry)
    if record is None or record.ours or record.msgstr != entry.msgstr \
            or not record.previous or record.previous == entry.msgid:
        return []
    what = corrected(record.previous, entry.msgid)
    if not what:
        return []
    return [Finding("corrected", f"approved as carried from the earlier source text, "
                                 f"which a correction changed since ({what}): the "
                                 "translation still says what the source took back; "
                                 "revise it, then approve")]


def carried_approvals(po: PoFile, path: str, authorship: Authorship,
                      source_lang: str) -> list[Problem]:
    """The critical problems ``check`` and ``compile`` report for the reviews of ``po``
    (named ``path``) that :func:`approved_as_carried` finds: the gate ``apply`` refuses
    them by, so that none of the three publishes what a correction took back."""
    def corrected(before: str, now: str) -> str:
        # asked only of a review a run carried onto a changed source text: reading a
        # catalogue loads no pipeline otherwise
        from cms_i18n.pipeline import corrections  # local: the pipeline reads catalogues

        return corrections(source_lang)(before, now)

    return [Problem(path, entry.line, CRITICAL, finding.check, finding.message,
                    entry.msgctxt, entry.msgid)
            for entry in po.live() if entry.reviewed and entry.msgid_plural is None
            for finding in approved_as_carried(entry, authorship, corrected)]


def _draft_for_earlier(entry: PoEntry, held: Mapping[tuple[str, str], set[str]],
                       authorship: Authorship | None) -> bool | None:
    """Whether a fuzzy draft with a ``#| msgid`` still translates that earlier text.

    True: it is a translation of the earlier text on file (in the catalogue, the
    record of what ``translate`` wrote, or the machine's), as carried over onto the
    new text and not revised since.  False: it is the machine's translation of the new
    text, or an editor changed it from the earlier text's translation on file (an
    editor's, which ``translate`` or ``msgmerge`` carried over): revised for the new
    text.  None: neither can be told (only the machine's translation of the earlier
    text is known, or nothing), so the ``#| msgid`` is all there is to go by.
    """
    previous = entry.previous_msgid or ""
    before = (entry.previous_msgctxt or entry.msgctxt or "", previous)
    editors = set(held.get(before, ()))       # obsolete entries, carried notes
    machines: set[str] = set()
    ours_now = False
    if authorship is not None:
        if (last := authorship.written.get(before)) is not None:
            (machines if last.ours else editors).add(last.msgstr)
        if (record := authorship.record(entry)) is not None:
            ours_now = record.ours and record.msgstr == entry.msgstr
        if authorship.machine_outputs is not None:
            machines |= set(authorship.machine_outputs(previous))
            ours_now = ours_now or entry.msgstr in authorship.machine_outputs(entry.msgid)
    if entry.msgstr in editors or entry.msgstr in machines:
        return True
    if ours_now or editors:
        return False
    return None


def _with_earlier_in_place(po: PoFile, reviewed_before: Mapping[tuple[str, str], Reviewed],
                           include_fuzzy: bool) -> tuple[PoFile, set[tuple[str, str]]]:
    """``po`` as ``apply`` publishes it, and the keys of the entries changed so: each
    entry that ships nothing of its own and carries the reviewed translation of its
    earlier source text holds that translation, reviewed, so that the one gate
    (:func:`catalog_problems`) reads it against the text it now stands for on the page,
    with the same document around it for the glossary."""
    in_place: set[tuple[str, str]] = set()
    if not reviewed_before:
        return po, in_place
    entries = []
    for entry in po.entries:
        before = None if entry.obsolete else reviewed_before.get(_public_key(entry))
        if before is not None and not (entry.translated and (include_fuzzy or not entry.fuzzy)):
            entry = replace(entry, msgstr=before.translation,
                            flags=[flag for flag in entry.flags if flag != "fuzzy"])
            in_place.add(_public_key(entry))
        entries.append(entry)
    return PoFile(po.header, entries, po.path), in_place


def approved_before(entry: PoEntry) -> str | None:
    """The approved translation a save the gate refused took the place of, as the entry's
    note quotes it (``# approved before: "…"``), or None.

    >>> approved_before(PoEntry(msgid="a", msgstr="b", flags=["fuzzy"],
    ...                         translator_comments=['approved before: "c"']))
    'c'
    """
    for comment in entry.translator_comments:
        if comment.startswith(APPROVED_BEFORE_NOTE):
            return unquote_note(comment[len(APPROVED_BEFORE_NOTE):])
    return None


def _add_history(offer: ForApply, entries: Sequence[PoEntry], po_path: Path,
                 authorship: Authorship | None = None) -> dict[tuple[str, str], set[str]]:
    """Fill ``offer.earlier`` and ``offer.reviewed_before`` from a catalogue's entries;
    return every text the catalogue holds by (msgctxt, msgid), obsolete entries' and
    carried translations of earlier texts included.

    The reviewed translation of an entry's earlier text (its ``#|`` lines) is the one the
    catalogue holds for that text, an obsolete entry's; or, with ``authorship``, the
    entry's own draft, where the memory saw an editor approve that very text for the
    earlier one: an editor's purge of obsolete entries (``msgattrib --no-obsolete``) or
    ``msgmerge`` with a template from before a rename leaves it there, fuzzy, and the page
    keeps it as it kept it before."""
    held: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        if entry.msgid_plural is not None:
            continue
        if entry.msgstr:
            held.setdefault(_public_key(entry), set()).add(entry.msgstr)
        carried = previous_translation(entry)
        if carried and entry.previous_msgid:
            context = entry.previous_msgctxt or entry.msgctxt or ""
            held.setdefault((context, entry.previous_msgid), set()).add(carried)
    reviewed = reviewed_in(entries)
    for entry in entries:
        if entry.obsolete or entry.msgid_plural is not None:
            continue
        key = _public_key(entry)
        texts = set(held.get(key, ()))
        if entry.previous_msgid is not None:
            before = (entry.previous_msgctxt or entry.msgctxt or "", entry.previous_msgid)
            # (a ``#|`` naming the entry itself: msgmerge's fuzzy match, which the memory
            # may know for a review it took back; nothing earlier in the file)
            translation = reviewed.get(before) if before != key else None
            if before != key:
                texts |= held.get(before, set())
            if (not translation and entry.fuzzy and entry.msgstr and authorship is not None
                    and authorship.seen_reviewed is not None
                    and authorship.seen_reviewed(None, before[1], entry.msgstr)):
                translation = entry.msgstr
            if translation and not entry.reviewed:
                offer.reviewed_before[key] = Reviewed(po_path, entry.line,
                                                      entry.previous_msgid, translation)
        elif not entry.reviewed and (approved := approved_before(entry)) is not None:
            # the entry's own approved text, which a save the gate refused took the place
            # of: still the one to publish (see translations_for_apply)
            offer.reviewed_before[key] = Reviewed(po_path, entry.line, entry.msgid, approved)
        if texts:
            offer.earlier[key] = frozenset(texts)
    return held
