"""Review progress per language and document, for people (a table) and scripts (JSON)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cms_i18n.catalog.notes import left_in_pivot
from cms_i18n.catalog.po import PoEntry, PoFile, read_po
from cms_i18n.engines.quotes import quotes_left

if TYPE_CHECKING:
    from cms_i18n.catalog.checks import Problem
    from cms_i18n.glossary import Glossary

#: The name ``check`` gives its glossary findings.
GLOSSARY_CHECK = "glossary"

_FIELD = re.compile(r"^(?P<doc>.+):(?P<field>[A-Za-z_][\w.-]*)$")


def document_of(context: str | None) -> str:
    """The document part of a msgctxt: ``<doc-id>[:<field>][#n]`` → ``<doc-id>``.

    >>> document_of("news/moscow:title#2"), document_of("news/moscow#3")
    ('news/moscow', 'news/moscow')
    """
    text = re.sub(r"#\d+$", "", context or "")
    match = _FIELD.match(text)
    return match.group("doc") if match else text


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


# The notes enforcement writes where it left a name to the engine on purpose: an acronym
# whose sentence names another body by the same letters, and a misnomer near a listed name
# ("glossary: SCO: 'OCS' (SCO) not applied: the sentence says 'Unix'; left to the engine, …",
# "glossary: Shanghai Cooperation Council: no name the glossary lists; nearest: SCO (…); …").
_LEFT = re.compile(r"^glossary: (?P<name>.+?): (?P<applied>.+?) not applied: (?P<reason>.+?); "
                   r"left to the engine")
_UNLISTED = re.compile(r"^glossary: (?P<name>.+?): no name the glossary lists; "
                       r"nearest: (?P<nearest>.+?); left to the engine")


def names_left_to_the_engine(entry: PoEntry) -> list[str]:
    """The names of a draft that the glossary saw but left to the engine, for an editor
    to confirm the body the engine's words name: an acronym read in another sense, a
    name near a listed one but not listed.  A reviewed entry's names are confirmed.

    >>> e = PoEntry(msgid="The Shanghai Cooperation Council met.", msgstr="…",
    ...             flags=["fuzzy"], extracted_comments=[
    ...     "glossary: Shanghai Cooperation Council: no name the glossary lists; nearest: "
    ...     "SCO ('Shanghai Cooperation Organisation'); left to the engine, check the body "
    ...     "meant", "glossary: SCO: 'OCS' (SCO) not applied: the sentence says 'Unix'; left "
    ...     "to the engine, check the body meant"])
    >>> names_left_to_the_engine(e)[0][:70]
    'Shanghai Cooperation Council (no name the glossary lists; nearest: SCO'
    >>> names_left_to_the_engine(e)[1]
    "SCO ('OCS' (SCO) not applied: the sentence says 'Unix')"
    """
    if entry.translated and not entry.fuzzy:
        return []
    names = []
    for comment in entry.extracted_comments:
        if m := _UNLISTED.match(comment):
            names.append(f"{m['name']} (no name the glossary lists; nearest: {m['nearest']})")
        elif m := _LEFT.match(comment):
            names.append(f"{m['name']} ({m['applied']} not applied: {m['reason']})")
    return names


@dataclass
class Counts:
    """Units by review state, plus how many carry a glossary or a markup problem,
    and how many drafts name a body the glossary could not tell (``ambiguous``: a name
    that may mean two bodies, or one it left to the engine as another sense or a name it
    does not list), and
    how many msgstrs still hold words a later step of a chain did not know and left in
    the language between (``pivot``: "informalmente" in French), and how many hold
    quotation marks the engine may have put around other words (``quotes``).

    Problems are the critical findings ``check`` makes in each msgstr as it stands
    now, reviewed or draft, an editor's edit since the last run included (see
    :func:`catalog_status`): ``glossary``, a wrong, missing or untranslated name;
    ``markup``, any other, what would break the page (markup, placeholders, links,
    a number the language reads as another value).  The ``#.`` problem lines a run
    wrote are not read: they say what the msgstr was then.
    """

    units: int = 0
    reviewed: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    glossary_problems: int = 0
    markup_problems: int = 0
    ambiguous: int = 0
    pivot: int = 0      # msgstrs holding words a later step of a chain left untranslated
    quotes: int = 0     # msgstrs holding quotation marks the engine may have moved

    def add(self, entry: PoEntry, problems: Iterable[Problem] = ()) -> None:
        """Count ``entry``, with ``problems``, what ``check`` finds in it."""
        self.units += 1
        if not entry.translated:
            self.untranslated += 1
        elif entry.fuzzy:
            self.fuzzy += 1
        else:
            self.reviewed += 1
        critical = {p.check == GLOSSARY_CHECK for p in problems if p.severity == "critical"}
        self.glossary_problems += True in critical
        self.markup_problems += False in critical
        self.ambiguous += bool(ambiguous_names(entry) or names_left_to_the_engine(entry))
        self.pivot += bool(entry.translated and
                           left_in_pivot(entry.extracted_comments, entry.msgstr))
        self.quotes += bool(entry.translated and
                            quotes_left(entry.extracted_comments, entry.msgstr))


@dataclass
class DocumentStatus(Counts):
    """Counts for one document (the msgctxt part before ``:field``)."""

    document: str = ""
    #: its title's source text (the entry ``<document>:title``), "" when it has none
    title: str = ""

    def as_dict(self) -> dict[str, object]:
        counts = {name: value for name, value in asdict(self).items()
                  if name not in ("document", "title")}
        return {"document": self.document, "title": self.title, **counts}


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


def catalog_status(po_path: Path, lang: str, *, glossary: Glossary | None = None,
                   source_lang: str = "en", po: PoFile | None = None) -> CatalogStatus:
    """Count the live entries of one catalogue, documents in order of first appearance,
    with the critical problems ``check`` finds in each msgstr as it is now (the same
    :func:`~cms_i18n.catalog.checks.catalog_problems`; the glossary's with
    ``glossary``).  ``po``: the catalogue at ``po_path`` as the caller already read it
    (read here otherwise)."""
    from cms_i18n.catalog.checks import catalog_problems  # checks → here
    from cms_i18n.catalog.layout import shard_of_path  # layout → update → checks → here

    if po is None:
        po = read_po(Path(po_path))
    status = CatalogStatus(lang=lang, path=str(po_path), catalog=shard_of_path(po_path))
    found: dict[tuple[str, str], list[Problem]] = {}
    for problem in catalog_problems(po, str(po_path), lang, glossary=glossary,
                                    source_lang=source_lang, critical_only=True):
        found.setdefault(problem.key, []).append(problem)
    by_doc: dict[str, DocumentStatus] = {}
    for entry in po.entries:
        if entry.obsolete:
            status.obsolete += 1
            continue
        doc = document_of(entry.msgctxt)
        if doc not in by_doc:
            by_doc[doc] = DocumentStatus(document=doc)
            status.documents.append(by_doc[doc])
        if entry.msgctxt == f"{doc}:title":
            by_doc[doc].title = entry.msgid
        problems = found.get((entry.msgctxt or "", entry.msgid), [])
        by_doc[doc].add(entry, problems)
        status.total.add(entry, problems)
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
