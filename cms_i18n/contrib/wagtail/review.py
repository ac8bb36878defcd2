"""What the review screens show: a page's catalogue entries, their state and their problems.

Read straight from the catalogue (the one source of truth editors also open in
Poedit); nothing here writes.  Saving goes through
:func:`cms_i18n.catalog.edit.edit_catalog`, with :func:`publishing_gate`.

Every problem shown is a finding of the one publishing gate,
:func:`~cms_i18n.catalog.checks.catalog_problems`, that ``check``, ``compile``,
``apply`` and the page sync ask too, worded as ``cms-i18n check`` words it; a row
is judged as if it were approved (``check --include-fuzzy``), since that is what
its Approve button asks.  So the screen and the command line never disagree on
whether a translation may be published.
"""

from __future__ import annotations

import dataclasses
import difflib
import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.catalog import status
from cms_i18n.catalog.checks import (
    CRITICAL,
    WARNING,
    Problem,
    catalog_problems,
    refused_entries,
)
from cms_i18n.catalog.edit import DRAFT_NOTE, Gate
from cms_i18n.catalog.merge import Authorship
from cms_i18n.catalog.notes import KEPT_UNTIL_APPROVED, MACHINE_NOTE, MARKUP_PREFIX
from cms_i18n.catalog.po import PoEntry, PoFile, read_po
from cms_i18n.catalog.status import document_of
from cms_i18n.catalog.update import carried_approvals
from cms_i18n.fileio import file_stamp
from cms_i18n.glossary import Glossary
from cms_i18n.glossary.verify import PROBLEM_PREFIX

REVIEWED, TO_REVIEW, UNTRANSLATED = "reviewed", "to review", "untranslated"
_TERM = re.compile(r"^glossary: (?P<source>.+?) → (?P<target>.+)$")


@dataclass
class Row:
    """One catalogue entry of a page, as the review screen shows it."""

    index: int
    context: str
    source: str
    translation: str
    state: str
    machine: bool               # the engine's draft (not one an editor saved)
    where: str                  # the field, or "body"
    line: int = 0               # in the catalogue
    notes: list[str] = field(default_factory=list)
    editor_notes: list[str] = field(default_factory=list)
    terms: list[tuple[str, str]] = field(default_factory=list)
    findings: list[Problem] = field(default_factory=list)
    #: cms-i18n's record says it wrote this translation itself (a machine draft): a save
    #: over it keeps nothing; over any other, the text a person typed stays quoted.
    ours: bool = False
    #: Why the editor's last save of this row did not go through as asked (shown
    #: beside the field, which holds ``typed``).
    errors: list[str] = field(default_factory=list)
    typed: str | None = None
    #: The source text the translation was made for, where the source changed since
    #: (the entry's ``#| msgid``): the translator sees what changed, not only that it did.
    previous: str | None = None

    @property
    def problems(self) -> list[str]:
        """The gate's critical findings and warnings, as ``cms-i18n check`` words them."""
        return [p.finding for p in self.findings if p.severity in (CRITICAL, WARNING)]

    @property
    def minor(self) -> list[str]:
        """The cosmetic findings (spacing, punctuation), shown apart."""
        return [p.finding for p in self.findings if p.severity not in (CRITICAL, WARNING)
                and p.check != "untranslated"]

    @property
    def conflicted(self) -> bool:
        """The page editor has another text for it, which the draft keeps until this
        entry is approved: a choice between two people's texts, made one by one, never
        by "Approve all shown"."""
        return any(KEPT_UNTIL_APPROVED in note for note in (*self.editor_notes, *self.notes))

    @property
    def approvable_in_bulk(self) -> bool:
        """Whether "Approve all shown" approves it: a text to review with no problem, no
        conflict with the page editor, and made for the source as it stands (one whose
        source changed since is weighed against the new text one by one: it may lack a
        name the new text adds)."""
        return (self.state == TO_REVIEW and not self.problems and not self.conflicted
                and self.previous is None)

    @property
    def blocked(self) -> bool:
        """The gate would refuse to publish this translation: it cannot be approved."""
        return any(p.severity == CRITICAL for p in self.findings)

    @property
    def field_text(self) -> str:
        """What the edit field holds: the text the editor typed when a save did not go
        through as asked, else the translation."""
        return self.translation if self.typed is None else self.typed

    @property
    def source_html(self) -> str:
        """The source, escaped (markup shown as text), glossary terms marked."""
        return mark_terms(self.source, [source for source, _ in self.terms])

    @property
    def translation_html(self) -> str:
        return mark_terms(self.translation, [target for _, target in self.terms])

    @property
    def changes_html(self) -> str:
        """The source now against :attr:`previous`, word by word: words gone struck
        through, words new underlined (see :func:`word_changes`)."""
        return word_changes(self.previous or "", self.source)


@dataclass
class Counts(status.Counts):
    """A page's entries in one language, by state, counted as ``cms-i18n status``
    counts them; ``problems``: entries the publishing gate finds a critical problem
    or a warning in, judged as if approved (the review page's Problems filter)."""

    problems: int = 0

    @property
    def to_review(self) -> int:
        """Translated, not yet approved: machine translations and editors' drafts."""
        return self.fuzzy


def word_changes(before: str, now: str) -> str:
    """``now`` against ``before``, escaped for HTML, word by word: the words ``before``
    had and ``now`` has not in ``<del>``, the new ones in ``<ins>``.

    >>> word_changes("of Russia and Kyrgyzstan", "of Russia, Turkey and Kyrgyzstan")
    'of <del>Russia</del><ins>Russia, Turkey</ins> and Kyrgyzstan'
    """
    old, new = before.split(), now.split()
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(html.escape(" ".join(new[j1:j2]), quote=False))
            continue
        if i2 > i1:
            out.append(f"<del>{html.escape(' '.join(old[i1:i2]), quote=False)}</del>")
        if j2 > j1:
            out.append(f"<ins>{html.escape(' '.join(new[j1:j2]), quote=False)}</ins>")
    return " ".join(out).replace("</del> <ins>", "</del><ins>")


def mark_terms(text: str, terms: Iterable[str]) -> str:
    """``text`` escaped for HTML, with each glossary term wrapped in ``<mark>``.

    Everything is escaped first, so a translation holding ``<script>`` shows as text.

    >>> mark_terms("The <b>SCO</b> met", ["SCO"])
    'The &lt;b&gt;<mark>SCO</mark>&lt;/b&gt; met'
    """
    escaped = html.escape(text, quote=False)
    wanted = sorted({html.escape(t, quote=False) for t in terms if t.strip()}, key=len,
                    reverse=True)
    if not wanted:
        return escaped
    pattern = re.compile("|".join(re.escape(t) for t in wanted))
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


def row_of(index: int, entry: PoEntry, findings: Iterable[Problem] = (),
           authorship: Authorship | None = None, places: Mapping[int, str] | None = None
           ) -> Row:
    """The row of ``entry``, with the gate's ``findings`` on it; ``authorship`` (what
    cms-i18n last wrote in each entry) tells an editor's draft from the engine's;
    ``places`` names where each line of the page's body comes from
    (:func:`~cms_i18n.contrib.wagtail.source.places`)."""
    context = entry.msgctxt or ""
    field_name = context.rsplit(":", 1)[1] if ":" in context.split("/", 1)[-1] \
        else _place(entry, places or {})
    state = REVIEWED if entry.reviewed else TO_REVIEW if entry.translated else UNTRANSLATED
    record = authorship.record(entry) if authorship is not None else None
    ours = record is not None and record.ours and record.msgstr == entry.msgstr
    row = Row(index=index, context=context, source=entry.msgid, translation=entry.msgstr,
              state=state, where=field_name.split("#")[0], line=entry.line or 0,
              machine=entry.fuzzy and _machine_draft(entry, ours or record is None),
              findings=list(findings), ours=ours,
              previous=entry.previous_msgid if entry.fuzzy and entry.previous_msgid
              and entry.previous_msgid != entry.msgid else None)
    for comment in entry.extracted_comments:
        term = _TERM.match(comment)
        if term:
            row.terms.append((term.group("source"), term.group("target")))
        elif not _derived_problem(comment):
            row.notes.append(comment)
    row.editor_notes = [note for note in entry.translator_comments
                        if not note.startswith(DRAFT_NOTE)]    # the findings say it now
    return row


def _place(entry: PoEntry, places: Mapping[int, str]) -> str:
    """Where a body segment comes from, by the line its ``#:`` reference gives; "body"
    where the page's body says nothing of that line."""
    for reference in entry.references:
        line = reference.rsplit(":", 1)[-1]
        if line.isdigit() and int(line) in places:
            return places[int(line)]
    return "body"


def _machine_draft(entry: PoEntry, unclaimed: bool) -> bool:
    """Whether a fuzzy msgstr is the engine's, not a draft an editor typed.

    Its notes say what the last run wrote; an editor who typed over it in a PO editor
    since (and left it fuzzy) changed the msgstr, not the notes, so it is the engine's
    only where cms-i18n's record of what it wrote says so, or has no word of the entry
    (``unclaimed``)."""
    return unclaimed and any(c.startswith(MACHINE_NOTE) for c in entry.extracted_comments) \
        and not any(c.startswith(DRAFT_NOTE) for c in entry.translator_comments)


def _derived_problem(comment: str) -> bool:
    """A problem line the last run wrote: the gate finds it again in the msgstr as it
    is now, so the screen shows the gate's finding instead of a line that may be stale."""
    return comment.lower().startswith(PROBLEM_PREFIX) or comment.startswith(MARKUP_PREFIX)


def document_problems(po: PoFile, document: str, lang: str, *, source_lang: str,
                      glossary: Glossary | None, include_fuzzy: bool = True,
                      authorship: Authorship | None = None) -> list[Problem]:
    """The gate's findings on one document's entries.

    A document's glossary findings read only its own entries (what precedes an
    entry, what else the document says), so asking for one document gives what
    ``check`` finds for it in the whole catalogue, without checking every other page.
    With ``authorship`` (the memory's record of what ``translate`` wrote), a review
    carried onto a corrected source text and approved unchanged is critical too, as
    ``check``, ``compile`` and ``apply`` find it (:func:`carried_approvals`); with
    ``include_fuzzy``, judged of each draft as if it were approved.
    """
    entries = [e for e in po.entries if document_of(e.msgctxt) == document]
    own = PoFile(po.header, entries, po.path)
    found = catalog_problems(own, str(po.path), lang, glossary=glossary,
                             source_lang=source_lang, include_fuzzy=include_fuzzy)
    if authorship is not None:
        judged = PoFile(po.header, [dataclasses.replace(e, flags=[
            f for f in e.flags if f != "fuzzy"]) if include_fuzzy and e.fuzzy else e
            for e in entries], po.path)
        found += carried_approvals(judged, str(po.path), authorship, source_lang)
    return found


def publishing_gate(document: str, lang: str, *, source_lang: str,
                    glossary: Glossary | None, authorship: Authorship | None = None) -> Gate:
    """The gate a review save asks: what of ``document`` may not be published (with
    ``authorship``, a review carried onto a corrected text, as ``apply`` refuses it)."""
    def refused(po: PoFile) -> dict[tuple[str, str], list[Problem]]:
        return refused_entries(document_problems(po, document, lang, source_lang=source_lang,
                                                 glossary=glossary, include_fuzzy=False,
                                                 authorship=authorship))
    return refused


def _by_entry(problems: Iterable[Problem]) -> dict[tuple[str, str], list[Problem]]:
    found: dict[tuple[str, str], list[Problem]] = {}
    for problem in problems:
        found.setdefault(problem.key, []).append(problem)
    return found


def page_rows(po_path: Path, document: str, *, source_lang: str = "", lang: str = "",
              glossary: Glossary | None = None,
              authorship: Authorship | None = None,
              places: Mapping[int, str] | None = None) -> list[Row]:
    """The entries of one document, in page order (the catalogue keeps document order),
    each with the gate's findings, judged as if approved (``authorship``, ``places``:
    see :func:`row_of`)."""
    if not Path(po_path).exists():
        return []
    po = read_po(Path(po_path))
    found = _by_entry(document_problems(po, document, lang, source_lang=source_lang,
                                        glossary=glossary, authorship=authorship))
    entries = [e for e in po.live()
               if e.msgid_plural is None and document_of(e.msgctxt) == document]
    return [row_of(index, entry, found.get((entry.msgctxt or "", entry.msgid), ()),
                   authorship, places) for index, entry in enumerate(entries)]


#: The counts of the catalogues counted last, by file, its stamp, the languages and the
#: glossary's version: the Translations report reads every catalogue on each load, and
#: its checks (the glossary's above all) take seconds a catalogue; a catalogue nobody saved
#: since is counted again from here.  A few catalogues (a site's languages and sections).
_COUNTED: dict[tuple[object, ...], dict[str, Counts]] = {}
_COUNTED_KEPT = 64


def document_counts(po_path: Path, *, source_lang: str = "", lang: str = "",
                    glossary: Glossary | None = None) -> dict[str, Counts]:
    """Counts per document of one catalogue (empty when there is none yet); counted once
    for each state of the file (see :data:`_COUNTED`)."""
    stamp = file_stamp(po_path)
    if stamp is None:
        return {}
    key = (str(Path(po_path).resolve()), stamp, source_lang, lang,
           glossary.version if glossary is not None else None)
    if key not in _COUNTED:
        if len(_COUNTED) >= _COUNTED_KEPT:
            _COUNTED.pop(next(iter(_COUNTED)))
        _COUNTED[key] = _document_counts(po_path, source_lang, lang, glossary)
    return {document: dataclasses.replace(counts)
            for document, counts in _COUNTED[key].items()}


def _document_counts(po_path: Path, source_lang: str, lang: str,
                     glossary: Glossary | None) -> dict[str, Counts]:
    found: dict[str, Counts] = {}
    po = read_po(Path(po_path))
    by_entry = _by_entry(catalog_problems(po, str(po_path), lang, glossary=glossary,
                                          source_lang=source_lang, include_fuzzy=True))
    for entry in po.live():
        if entry.msgid_plural is not None:
            continue
        counts = found.setdefault(document_of(entry.msgctxt), Counts())
        problems = by_entry.get((entry.msgctxt or "", entry.msgid), [])
        counts.add(entry, problems)
        counts.problems += any(p.severity in (CRITICAL, WARNING) for p in problems)
    return found
