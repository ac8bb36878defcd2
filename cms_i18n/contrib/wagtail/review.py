"""What the review screens show: a page's catalogue entries, their state and their problems.

Read straight from the catalogue (the one source of truth editors also open in
Poedit); nothing here writes.  Saving goes through
:func:`cms_i18n.catalog.edit.edit_catalog`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.catalog import status
from cms_i18n.catalog.checks import CheckedEntry, critical_problems
from cms_i18n.catalog.po import PoEntry, read_po
from cms_i18n.catalog.status import document_of, has_glossary_problem
from cms_i18n.glossary.verify import PROBLEM_PREFIX

REVIEWED, TO_REVIEW, UNTRANSLATED = "reviewed", "to review", "untranslated"
_TERM = re.compile(r"^glossary: (?P<source>.+?) → (?P<target>.+)$")
_MACHINE = "machine translation:"


@dataclass
class Row:
    """One catalogue entry of a page, as the review screen shows it."""

    index: int
    context: str
    source: str
    translation: str
    state: str
    machine: bool
    where: str                  # the field, or "body"
    notes: list[str] = field(default_factory=list)
    editor_notes: list[str] = field(default_factory=list)
    terms: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def source_html(self) -> str:
        """The source, escaped (markup shown as text), glossary terms marked."""
        return mark_terms(self.source, [source for source, _ in self.terms])

    @property
    def translation_html(self) -> str:
        return mark_terms(self.translation, [target for _, target in self.terms])


@dataclass
class Counts(status.Counts):
    """A page's entries in one language, by state, counted as ``cms-i18n status``
    counts them; ``problems``: entries with a glossary problem or a critical one
    found in the msgstr now (what the review page flags)."""

    problems: int = 0

    @property
    def to_review(self) -> int:
        """Translated, not yet approved: machine translations and editors' drafts."""
        return self.fuzzy


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


def row_of(index: int, entry: PoEntry, *, source_lang: str = "", lang: str = "") -> Row:
    """The row of ``entry``, its problems read as a translation from ``source_lang``
    into ``lang``."""
    context = entry.msgctxt or ""
    field_name = context.rsplit(":", 1)[1] if ":" in context.split("/", 1)[-1] else "body"
    state = REVIEWED if entry.reviewed else TO_REVIEW if entry.translated else UNTRANSLATED
    row = Row(index=index, context=context, source=entry.msgid, translation=entry.msgstr,
              state=state, where=field_name.split("#")[0],
              machine=entry.fuzzy and any(c.startswith(_MACHINE)
                                         for c in entry.extracted_comments))
    for comment in entry.extracted_comments:
        term = _TERM.match(comment)
        if term:
            row.terms.append((term.group("source"), term.group("target")))
        elif comment.lower().startswith(PROBLEM_PREFIX) or comment.startswith("markup problem"):
            row.problems.append(comment)
        else:
            row.notes.append(comment)
    row.editor_notes = list(entry.translator_comments)
    checked = CheckedEntry.of(entry, source_lang=source_lang, target_lang=lang)
    row.problems += [str(f) for f in critical_problems(entry.msgid, entry.msgstr, checked)]
    return row


def page_rows(po_path: Path, document: str, *, source_lang: str = "", lang: str = ""
              ) -> list[Row]:
    """The entries of one document, in page order (the catalogue keeps document order)."""
    if not Path(po_path).exists():
        return []
    entries = [e for e in read_po(Path(po_path)).live()
               if e.msgid_plural is None and document_of(e.msgctxt) == document]
    return [row_of(index, entry, source_lang=source_lang, lang=lang)
            for index, entry in enumerate(entries)]


def document_counts(po_path: Path, *, source_lang: str = "", lang: str = ""
                    ) -> dict[str, Counts]:
    """Counts per document of one catalogue (empty when there is none yet)."""
    found: dict[str, Counts] = {}
    if not Path(po_path).exists():
        return found
    for entry in read_po(Path(po_path)).live():
        if entry.msgid_plural is not None:
            continue
        counts = found.setdefault(document_of(entry.msgctxt), Counts())
        counts.add(entry)
        checked = CheckedEntry.of(entry, source_lang=source_lang, target_lang=lang)
        if has_glossary_problem(entry) or critical_problems(entry.msgid, entry.msgstr,
                                                            checked):
            counts.problems += 1
    return found
