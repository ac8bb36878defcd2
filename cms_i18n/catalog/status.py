"""Review progress per language and document, for people (a table) and scripts (JSON)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cms_i18n.catalog.notes import MARKUP_PREFIX, has_problem, left_in_pivot
from cms_i18n.catalog.po import PoEntry, read_po
from cms_i18n.glossary.verify import PROBLEM_PREFIX

_FIELD = re.compile(r"^(?P<doc>.+):(?P<field>[A-Za-z_][\w.-]*)$")


def document_of(context: str | None) -> str:
    """The document part of a msgctxt: ``<doc-id>[:<field>][#n]`` → ``<doc-id>``.

    >>> document_of("news/moscow:title#2"), document_of("news/moscow#3")
    ('news/moscow', 'news/moscow')
    """
    text = re.sub(r"#\d+$", "", context or "")
    match = _FIELD.match(text)
    return match.group("doc") if match else text


def has_glossary_problem(entry: PoEntry) -> bool:
    """The msgstr breaks the glossary: a ``#. glossary problem: …`` line, which every
    run derives afresh, reviewed entries included."""
    return has_problem(entry.extracted_comments, PROBLEM_PREFIX)


# The note enforcement writes on a name nothing in the document resolves:
# "glossary: Security Council → el Consejo de Seguridad (ambiguous: UNSC or RUS_SC; …)".
_AMBIGUOUS = re.compile(
    r"^glossary: (?P<name>.+?) → (?P<term>.+?) \(ambiguous: (?P<readings>[^;)]+)")


def ambiguous_names(entry: PoEntry) -> list[str]:
    """The names of a draft that the glossary could not resolve, for an editor to confirm:
    ``Security Council → el Consejo de Seguridad (UNSC or RUS_SC)``.  A reviewed
    entry's names are confirmed.

    >>> e = PoEntry(msgid="The Security Council met.", msgstr="El Consejo de Seguridad se reunió.",
    ...             flags=["fuzzy"], extracted_comments=[
    ...     "glossary: Security Council → el Consejo de Seguridad (ambiguous: UNSC or RUS_SC; "
    ...     "no evidence; check which body is meant)"])
    >>> ambiguous_names(e)
    ['Security Council → el Consejo de Seguridad (UNSC or RUS_SC)']
    """
    if entry.translated and not entry.fuzzy:
        return []
    return [f"{m['name']} → {m['term']} ({m['readings']})"
            for m in map(_AMBIGUOUS.match, entry.extracted_comments) if m]


def has_markup_problem(entry: PoEntry) -> bool:
    """The msgstr lost or broke markup: a ``#. markup problem: …`` line."""
    return has_problem(entry.extracted_comments, MARKUP_PREFIX)


@dataclass
class Counts:
    """Units by review state, plus how many carry a glossary or a markup problem,
    and how many drafts name a body the glossary could not tell (``ambiguous``), and
    how many msgstrs still hold words a later step of a chain did not know and left in
    the language between (``pivot``: "informalmente" in French).

    Problems are read from the ``#. glossary problem: …`` and ``#. markup problem: …``
    lines that every run derives afresh from each msgstr, reviewed ones included.
    """

    units: int = 0
    reviewed: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    glossary_problems: int = 0
    markup_problems: int = 0
    ambiguous: int = 0
    pivot: int = 0      # msgstrs holding words a later step of a chain left untranslated

    def add(self, entry: PoEntry) -> None:
        self.units += 1
        if not entry.translated:
            self.untranslated += 1
        elif entry.fuzzy:
            self.fuzzy += 1
        else:
            self.reviewed += 1
        self.glossary_problems += has_glossary_problem(entry)
        self.markup_problems += has_markup_problem(entry)
        self.ambiguous += bool(ambiguous_names(entry))
        self.pivot += bool(entry.translated and
                           left_in_pivot(entry.extracted_comments, entry.msgstr))


@dataclass
class DocumentStatus(Counts):
    """Counts for one document (the msgctxt part before ``:field``)."""

    document: str = ""

    def as_dict(self) -> dict[str, object]:
        counts = {name: value for name, value in asdict(self).items() if name != "document"}
        return {"document": self.document, **counts}


@dataclass
class CatalogStatus:
    """One language's catalogue: per-document counts, totals and obsolete entries."""

    lang: str
    path: str
    catalog: str = ""      # the shard's name (section or document); "" for the language one
    documents: list[DocumentStatus] = field(default_factory=list)
    total: Counts = field(default_factory=Counts)
    obsolete: int = 0

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {"lang": self.lang, "catalogue": self.catalog, "path": self.path,
                "documents": [doc.as_dict() for doc in self.documents],
                "total": asdict(self.total), "obsolete": self.obsolete}


def catalog_status(po_path: Path, lang: str) -> CatalogStatus:
    """Count the live entries of one catalogue, documents in order of first appearance."""
    from cms_i18n.catalog.layout import shard_of_path  # layout → update → checks → here

    po = read_po(Path(po_path))
    status = CatalogStatus(lang=lang, path=str(po_path), catalog=shard_of_path(po_path))
    by_doc: dict[str, DocumentStatus] = {}
    for entry in po.entries:
        if entry.obsolete:
            status.obsolete += 1
            continue
        doc = document_of(entry.msgctxt)
        if doc not in by_doc:
            by_doc[doc] = DocumentStatus(document=doc)
            status.documents.append(by_doc[doc])
        by_doc[doc].add(entry)
        status.total.add(entry)
    return status


@dataclass
class LanguageStatus:
    """A language's totals over all its catalogues (one per section or document in a
    sharded layout)."""

    lang: str
    catalogs: int = 0
    total: Counts = field(default_factory=Counts)
    obsolete: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"lang": self.lang, "catalogues": self.catalogs, "total": asdict(self.total),
                "obsolete": self.obsolete}


def language_totals(reports: list[CatalogStatus]) -> list[LanguageStatus]:
    """One :class:`LanguageStatus` per language of ``reports``, in order of appearance."""
    totals: dict[str, LanguageStatus] = {}
    for report in reports:
        language = totals.setdefault(report.lang, LanguageStatus(lang=report.lang))
        language.catalogs += 1
        language.obsolete += report.obsolete
        for name in asdict(report.total):
            setattr(language.total, name,
                    getattr(language.total, name) + getattr(report.total, name))
    return list(totals.values())
