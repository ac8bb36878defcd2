"""The controlled glossary as plain, immutable data.

One :class:`Concept` per entity.  The source side lists every way the source
text may name it (full names with spelling and possessive variants, acronyms,
ambiguous short forms); the target side gives, per language, the approved name
and acronym with the grammatical gender and number an engine needs for
agreement, plus accepted variants and forbidden renderings.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from cms_i18n.languages import base

if TYPE_CHECKING:
    from cms_i18n.glossary.match import Matcher

GENDERS = ("m", "f", "n")
NUMBERS = ("sg", "pl")
# What an acronym in parentheses right after the full name ("the Shanghai Cooperation
# Organisation (SCO)") becomes in a target language: the language's own acronym (left
# out where it has none), the source acronym as written, nothing, or the language's
# acronym and else the source one.
PAREN_RULES = ("target", "keep", "drop", "target-or-keep")


@dataclass(frozen=True)
class Origin:
    """Where a concept or entry was read from, for error messages."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


# Words a name shares with any other: "of", "the" …
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "s"})


@dataclass(frozen=True)
class Term:
    """One target-language form with the grammar an engine needs to agree with it."""

    text: str
    gender: str | None = None   # "m" | "f" | "n"; None when unknown
    number: str = "sg"          # "sg" | "pl"


@dataclass(frozen=True)
class TargetEntry:
    """How one concept must be written in one target language.

    ``name`` is what a full source name becomes, ``acronym`` what a source
    acronym becomes (the name when there is none).  ``variants`` and ``short``
    are accepted when an editor writes them (``short`` only where the source
    itself used a short form, or an acronym of a concept with no source short form:
    "UN" → "las Naciones Unidas") but never produced by enforcement.
    ``forbidden`` renderings are flagged wherever they appear.
    """

    lang: str
    name: Term
    acronym: Term | None = None
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    note: str = ""
    article: bool = True        # takes a definite article in running text (es "la OCS")
    paren: str = "target"       # an acronym in parentheses after the name: PAREN_RULES
    origin: Origin | None = field(default=None, compare=False)

    def form(self, kind: str) -> Term:
        """The approved form for a source occurrence of ``kind`` (name/acronym/short)."""
        if kind == "acronym" and self.acronym is not None:
            return self.acronym
        return self.name

    def parenthetical(self, source: str) -> Term | None:
        """What an acronym in parentheses right after the full name becomes, by this
        entry's rule (``paren``); ``source`` is the acronym as the source wrote it.
        None: left out.

        >>> name = Term("Consejo de Seguridad de Rusia", "m")
        >>> TargetEntry("es", name).parenthetical("SCRF") is None
        True
        >>> TargetEntry("es", name, paren="keep").parenthetical("SCRF")
        Term(text='SCRF', gender='m', number='sg')
        """
        own = self.acronym or self.name
        kept = Term(source, own.gender, own.number)
        if self.paren == "drop":
            return None
        if self.paren == "keep":
            return kept
        if self.acronym is not None:
            return self.acronym
        return kept if self.paren == "target-or-keep" else None

    @property
    def approved(self) -> tuple[str, ...]:
        """Every form enforcement may produce."""
        return (self.name.text,) + ((self.acronym.text,) if self.acronym else ())


@dataclass(frozen=True)
class Concept:
    """One entity, with every way the source names it and its target terms.

    ``short`` forms (e.g. a bare "Security Council") are ambiguous: several
    concepts may list the same one and the document decides which is meant;
    ``default`` marks the concept meant when the document names no other.
    ``cues`` are words that, near a short form, point to this concept.
    ``translate=False`` makes a do-not-translate term: the source form is kept
    in every language (``gender``/``number`` then describe it for agreement).
    ``enforce=False`` marks another body that shares a short form (the national
    security councils of other states): its names and cues are evidence that a
    bare mention means it, and such a mention is left to the engine, never
    enforced; it needs no targets.
    """

    id: str
    names: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    default: bool = False
    cues: tuple[str, ...] = ()
    note: str = ""
    translate: bool = True
    enforce: bool = True
    gender: str | None = None
    number: str = "sg"
    targets: Mapping[str, TargetEntry] = field(default_factory=dict)
    origin: Origin | None = field(default=None, compare=False)

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def label(self) -> str:
        """A short human name: the first full name, else the first acronym."""
        return (self.names or self.acronyms or self.short or (self.id,))[0]

    def target(self, lang: str) -> TargetEntry | None:
        """The entry for ``lang`` (``pt-BR`` falls back to ``pt``); DNT concepts keep the source.

        None for a concept that is never enforced.
        """
        if not self.enforce:
            return None
        entry = self.targets.get(lang) or self.targets.get(base(lang))
        if entry is None and not self.translate:
            keep = Term(self.label, self.gender, self.number)
            return TargetEntry(lang=lang, name=keep, variants=self.names + self.acronyms,
                               article=False)
        return entry

    def as_dict(self) -> dict[str, object]:
        """A plain, JSON-ready view (also the basis of :attr:`Glossary.version`)."""
        out: dict[str, object] = {"id": self.id}
        for key in ("names", "acronyms", "short", "cues"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.default:
            out["default"] = True
        if not self.enforce:
            out["enforce"] = False
        if not self.translate:
            out["translate"] = False
            if self.gender:
                out["gender"] = self.gender
            if self.number != "sg":
                out["number"] = self.number
        if self.note:
            out["note"] = self.note
        if self.targets:
            out["targets"] = {lang: _entry_dict(e) for lang, e in sorted(self.targets.items())}
        return out


def _entry_dict(entry: TargetEntry) -> dict[str, object]:
    out: dict[str, object] = {"name": entry.name.text}
    if entry.acronym:
        out["acronym"] = entry.acronym.text
    if entry.name.gender:
        out["gender"] = entry.name.gender
    out["number"] = entry.name.number
    if entry.acronym and entry.acronym.gender != entry.name.gender:
        out["acronym_gender"] = entry.acronym.gender
    if entry.acronym and entry.acronym.number != entry.name.number:
        out["acronym_number"] = entry.acronym.number
    for key in ("variants", "short", "forbidden"):
        if getattr(entry, key):
            out[key] = list(getattr(entry, key))
    if not entry.article:
        out["article"] = False
    if entry.paren != "target":
        out["acronym_in_parentheses"] = entry.paren
    if entry.note:
        out["note"] = entry.note
    return out


class Glossary:
    """A validated set of concepts, as loaded by :func:`~cms_i18n.glossary.load_glossary`.

    >>> g = Glossary([Concept("AU", names=("African Union",), acronyms=("AU",),
    ...     targets={"es": TargetEntry("es", Term("Unión Africana", "f"))})])
    >>> sorted(g.languages), g.get("AU").label, len(g.version)
    (['es'], 'African Union', 16)
    """

    def __init__(self, concepts: Iterable[Concept], *, source_lang: str = "en",
                 sources: Iterable[str] = ()) -> None:
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.source_lang = source_lang
        self.sources = tuple(sources)
        self._by_id = {c.id: c for c in self.concepts}

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self):
        return iter(self.concepts)

    def __repr__(self) -> str:
        return f"<Glossary {len(self)} concepts, {sorted(self.languages)} v{self.version}>"

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self._by_id.get(concept_id)

    @cached_property
    def languages(self) -> set[str]:
        """Target languages that have at least one entry."""
        return {lang for c in self.concepts for lang in c.targets}

    @cached_property
    def version(self) -> str:
        """A stable hash of the content: any change to a term changes it.

        The translation memory keys on it, so editing the glossary re-translates
        exactly the units it affects, and reordering files changes nothing.
        """
        payload = json.dumps(
            {"source_lang": self.source_lang,
             "concepts": sorted((c.as_dict() for c in self.concepts), key=lambda d: d["id"])},
            ensure_ascii=False, sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def covers(self, lang: str) -> bool:
        """True when enforcement has something to do for ``lang``."""
        lang_base = base(lang)
        return any(c.target(lang) is not None or lang_base in c.targets for c in self.concepts)

    @cached_property
    def matcher(self) -> Matcher:
        """The compiled source-side matcher (built once per glossary)."""
        from cms_i18n.glossary.match import Matcher

        return Matcher(self)

    def lookup(self, text: str) -> list[tuple[Concept, str, str]]:
        """Concepts with a form equal to ``text`` (case-insensitively).

        Returns ``(concept, lang, role)`` triples; role is name, acronym, short,
        variant or forbidden.
        """
        key = " ".join(text.replace("’", "'").split()).casefold()
        hits: list[tuple[Concept, str, str]] = []

        def check(concept: Concept, lang: str, role: str, forms: Iterable[str]) -> None:
            for form in forms:
                if " ".join(form.replace("’", "'").split()).casefold() == key:
                    hits.append((concept, lang, role))
                    return

        for c in self.concepts:
            check(c, self.source_lang, "name", c.names)
            check(c, self.source_lang, "acronym", c.acronyms)
            check(c, self.source_lang, "short", c.short)
            for lang, e in sorted(c.targets.items()):
                check(c, lang, "name", [e.name.text])
                check(c, lang, "acronym", [e.acronym.text] if e.acronym else [])
                check(c, lang, "variant", e.variants)
                check(c, lang, "short", e.short)
                check(c, lang, "forbidden", e.forbidden)
        return hits

    def nearest(self, text: str) -> list[tuple[Concept, str]]:
        """The concepts with a source name closest to ``text``, a name the glossary does
        not list ("Shanghai Cooperation Council", a misnomer of the SCO's name), each with
        its closest name: the names sharing at least two words and half of ``text``'s,
        each word read by its first five letters ("Russian" is "Russia's"), ranked by the
        words shared over the words of both; every concept at the best rank.

        >>> g = Glossary([Concept("SCO", names=("Shanghai Cooperation Organisation",)),
        ...               Concept("CSTO_CSC", names=("Collective Security Council",))])
        >>> [(c.id, name) for c, name in g.nearest("Shanghai Cooperation Council")]
        [('SCO', 'Shanghai Cooperation Organisation')]
        """
        def words(form: str) -> set[str]:
            return {w[:5] for w in re.findall(r"[^\W\d_]+", form.casefold())
                    if w not in _FUNCTION_WORDS and len(w) > 1}

        wanted = words(text)
        best: dict[str, tuple[float, Concept, str]] = {}
        for c in self.concepts:
            for name in (*c.names, *c.short):
                got = words(name)
                shared = len(wanted & got)
                if shared < 2 or 2 * shared < len(wanted):
                    continue
                score = shared / len(wanted | got)
                if score > best.get(c.id, (0.0, c, ""))[0]:
                    best[c.id] = (score, c, name)
        if not best:
            return []
        top = max(score for score, _c, _n in best.values())
        return [(c, name) for score, c, name in best.values() if score == top]
