"""Check a translation against the glossary: every expected term there, nothing forbidden.

The same comparison serves three purposes: verifying machine output (a unit
that fails stays fuzzy with a ``#.`` comment), ranking n-best hypotheses, and
``cms-i18n check`` on catalogues an editor has reviewed.
"""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from cms_i18n.glossary.grammar import ARTICLES, VOWEL_START
from cms_i18n.glossary.match import DETACHED, Context, Occurrence, context_from
from cms_i18n.glossary.model import Concept, Glossary, TargetEntry, Term
from cms_i18n.languages import base
from cms_i18n.markup import without_code
from cms_i18n.target_typography import in_capitals, typographic_fold

_W = r"[^\W_]"

# Every problem line starts with this; the catalogue's status counts entries by it.
PROBLEM_PREFIX = "glossary problem:"
#: a line for the editor to verify, never a problem: a full name where the source has
#: only a short form that body shares with others ("Security Council")
VERIFY_PREFIX = "glossary to verify:"
#: the problem of a machine translation whose terms were written into the source text
#: when the stand-in pass failed: the engine kept the source's word order around them
WRITTEN_IN = (f"{PROBLEM_PREFIX} stand-in pass failed; terms written in directly, "
              "check the word order around them")


@dataclass(frozen=True)
class Expectation:
    """A target term the translation must contain, for one source occurrence."""

    concept: Concept
    kind: str
    term: str                       # the approved form (what enforcement writes)
    accepted: frozenset[str]        # any of these satisfies the expectation
    source: str                     # the source text of the occurrence
    occurrence: Occurrence


@dataclass(frozen=True)
class Found:
    """A glossary form found in a target text."""

    start: int
    end: int
    text: str
    concepts: frozenset[str]
    role: str                       # approved | variant | short | forbidden
    form: str = ""                  # the glossary form it matched (text may be inflected)

    @property
    def key(self) -> str:
        return self.form or self.text


def ambiguous_term(occ: Occurrence, lang: str) -> Term | None:
    """The target form of an ambiguous short form: the short form every reading shares.

    "Security Council" that nothing resolves becomes "Consejo de Seguridad" (the
    UN's and Russia's both accept it), with the grammar of the default reading;
    None when the readings share no short form in ``lang``.  A reading without a
    name in ``lang`` has no say: the short form names no body, and the source said
    no more (Catalan: "el Consell de Seguretat", the UN's short form in the Catalan
    press, though Russia's council has no sourced Catalan name).
    """
    own = occ.concept.target(lang)
    if own is not None and occ.concept not in occ.readings:
        # a form built for the mention, no reading's: "National Security Council" →
        # "Consejo de Seguridad Nacional", which names no body either
        return own.name
    entries = [e for e in (c.target(lang) for c in occ.readings) if e is not None]
    if not entries:
        return None
    shared = [f for f in entries[0].short if all(f in e.short for e in entries[1:])]
    if not shared or own is None:
        return None
    return Term(shared[0], own.name.gender, own.name.number)


def parenthetical_term(occ: Occurrence, lang: str) -> Term | None:
    """What an acronym in parentheses after a name (``occ.parenthetical``) becomes in
    ``lang``, by the language's rule for it; None: left out.  The acronym of a parent
    inside or right after its body's name ("the Shanghai Cooperation Organization (SCO)
    Council of Heads of State") is written after the body's name, and left out where
    that name holds it already ("Consejo de Jefes de Estado de la OCS") or the body has
    no name in ``lang``.
    """
    entry = occ.concept.target(lang)
    if entry is None:
        return None
    if occ.kind == "short":
        # "the United Nations Security Council (Security Council)": a short name the
        # text defines, no acronym; it stays, as the target's own short form
        return Term(entry.short[0], entry.name.gender, entry.name.number) \
            if entry.short else None
    term = entry.parenthetical(occ.text)
    if term is not None and occ.within is not None:
        own = occ.within.target(lang)
        if own is None or re.search(rf"(?<!{_W}){re.escape(term.text)}(?!{_W})",
                                    own.name.text):
            return None
    return term


def spelt_parent_letters(occ: Occurrence, occurrences: Sequence[Occurrence]) -> Occurrence | None:
    """The parent's acronym in parentheses inside ``occ``'s own name or right after it, when
    the source spells the parent out there ("the Shanghai Cooperation Organisation (SCO)
    Council of Heads of State", "the Council of Heads of State of the Shanghai Cooperation
    Organisation (SCO)"), else None."""
    if occ.parent is None:
        return None
    return next((o for o in occurrences if o.within is occ.concept and o.parenthetical
                 and o.concept is occ.parent and occ.start < o.start <= occ.end + 2), None)


def with_parent_spelt(term: Term, occ: Occurrence, letters: Occurrence | None,
                      lang: str, name: str | None = None) -> Term:
    """A body's name as the target writes it when the source spells its parent's name out
    in it: the parent's acronym in the approved name becomes the parent's name, followed
    by the acronym in parentheses where the source put its own (``letters``) and the
    language's rule keeps one.  The source said "Shanghai Cooperation Organisation", so
    the translation does not shorten it to letters (dsn.gob.es, 27 Jul 2023: "Reunión del
    Consejo de Jefes de Estado de la Organización de Cooperación de Shangay (OCS)").  The
    name stays as approved in a language that inflects (the parent's name would need its
    case), where it holds no acronym of the parent, and after an elided article when the
    parent's name does not open with a vowel.

    >>> from cms_i18n.glossary.model import Concept, TargetEntry
    >>> sco = Concept("SCO", acronyms=("SCO",), targets={"es": TargetEntry(
    ...     "es", Term("Organización de Cooperación de Shanghai", "f"), Term("OCS", "f"))})
    >>> council = Term("Consejo de Jefes de Estado de la OCS", "m")
    >>> named = Occurrence(Concept("SCO_CHS"), "name", 0, 60, "…", parent=sco)
    >>> with_parent_spelt(council, named, None, "es").text
    'Consejo de Jefes de Estado de la Organización de Cooperación de Shanghai'
    >>> letters = Occurrence(sco, "acronym", 35, 38, "SCO", parenthetical=True)
    >>> with_parent_spelt(council, named, letters, "es").text
    'Consejo de Jefes de Estado de la Organización de Cooperación de Shanghai (OCS)'
    >>> with_parent_spelt(Term("Consejo de Jefes de Estado", "m"), named, None, "es").text
    'Consejo de Jefes de Estado'
    """
    parent = occ.parent.target(lang) if occ.parent is not None else None
    if parent is None or parent.acronym is None or lang in INFLECTING:
        return term
    hits = list(re.finditer(rf"(?<!{_W}){re.escape(parent.acronym.text)}(?!{_W})", term.text))
    if not hits:
        return term
    at = hits[-1]
    name = name or parent.name.text
    if term.text[:at.start()].endswith(("'", "’")) and not VOWEL_START.match(name):
        return term
    paren = parent.parenthetical(letters.text) if letters is not None else None
    spelt = f"{name} ({paren.text})" if paren is not None else name
    return replace(term, text=term.text[:at.start()] + spelt + term.text[at.end():])


def with_parent_named(term: Term, parent: Concept, lang: str) -> Term:
    """A body's approved name followed by its parent's acronym, when the source's name
    holds that acronym and the approved name names no parent ("Committee of CSTO Security
    Council Secretaries" → "Comité de Secretarios de los Consejos de Seguridad de la
    OTSC", as esp.belta.by writes it): the source's letters are kept, never dropped.  The
    name stays as approved in a language that inflects, or without a rule here.

    >>> from cms_i18n.glossary.model import TargetEntry
    >>> csto = Concept("CSTO", acronyms=("CSTO",), targets={
    ...     "es": TargetEntry("es", Term("Organización del Tratado de Seguridad Colectiva",
    ...                       "f"), Term("OTSC", "f")),
    ...     "fr": TargetEntry("fr", Term("Organisation du traité de sécurité collective",
    ...                       "f"), Term("OTSC", "f"))})
    >>> with_parent_named(Term("Comité de Secretarios", "m"), csto, "es").text
    'Comité de Secretarios de la OTSC'
    >>> with_parent_named(Term("Comité des secrétaires", "m"), csto, "fr").text
    "Comité des secrétaires de l'OTSC"
    """
    entry = parent.target(lang)
    articles = ARTICLES.get(base(lang))
    if entry is None or articles is None or lang in INFLECTING:
        return term
    letters = entry.acronym or entry.name
    if any(form in term.text for form in (*entry.approved, *entry.variants, *entry.short)):
        return term     # named already: "Consejo de Seguridad de las Naciones Unidas"
    gender = letters.gender or entry.name.gender
    article = articles.article(gender, letters.number or entry.name.number or "sg",
                               letters.text) if gender else None
    if article is None:
        return term     # no gender to choose the article by: the approved name alone
    of = "di" if base(lang) == "it" else "de"
    fused = articles.contractions.get((of, article))
    if fused is not None:
        phrase = f"{fused} " if not fused.endswith(("'", "’")) else fused
    elif article.endswith(("'", "’")):
        phrase = f"{of} {article}"
    else:
        phrase = f"{of} {article} "
    return replace(term, text=f"{term.text} {phrase}{letters.text}")


def named_term(occ: Occurrence, occurrences: Sequence[Occurrence], lang: str) -> Term:
    """What enforcement writes for a name or an acronym of a translated concept: the
    approved form, with the parent spelt out where the source spelt it
    (:func:`with_parent_spelt`), or named by its letters where the source's name held
    them (:func:`with_parent_named`)."""
    entry = occ.concept.target(lang)
    assert entry is not None
    if occ.parent is None:
        if occ.lettered_parent is not None and occ.kind == "name":
            return with_parent_named(entry.form(occ.kind), occ.lettered_parent, lang)
        return entry.form(occ.kind)
    return with_parent_spelt(entry.form(occ.kind), occ,
                             spelt_parent_letters(occ, occurrences), lang)


def expectations(occurrences: Sequence[Occurrence], lang: str) -> list[Expectation]:
    """What the target must contain for these source occurrences."""
    out = []
    for occ in occurrences:
        entry = occ.concept.target(lang)
        if entry is None:
            continue
        if occ.ambiguous:
            term = ambiguous_term(occ, lang)
            if term is None:
                continue
            accepted = {term.text}
            for reading in occ.readings:     # an editor who knows which body is meant
                e = reading.target(lang)
                if e is not None:
                    accepted |= {*e.approved, *e.variants, *e.short}
            out.append(Expectation(occ.concept, occ.kind, term.text, frozenset(accepted),
                                   occ.text, occ))
            continue
        if occ.parenthetical and occ.concept.translate:
            # "(SCO)" after the full name: what the language's rule makes of it, if anything
            paren = parenthetical_term(occ, lang)
            # a parent's acronym inside its body's name: the body's name is what names
            # it, and an editor may leave the repetition out
            if paren is not None and occ.within is None:
                out.append(Expectation(occ.concept, occ.kind, paren.text,
                                       frozenset({paren.text, *entry.approved, *entry.variants}),
                                       occ.text, occ))
            continue
        accepted = set(entry.approved) | set(entry.variants)
        if _short_allowed(occ.concept, occ.kind):
            accepted |= set(entry.short)
        if not occ.concept.translate:
            accepted.add(occ.text)
        form = named_term(occ, occurrences, lang).text if occ.concept.translate else occ.text
        spelt = occ if occ.parent is not None else \
            replace(occ, parent=occ.lettered_parent) if occ.lettered_parent is not None \
            else None
        if spelt is not None and spelt.parent is not None and occ.concept.translate:
            # the parent's name spelt out as the source did; the approved name, which
            # holds its letters, is still accepted from an editor.  Where the source
            # wrote the parent's letters ("SCO RATS Executive Committee"), an editor may
            # spell the parent out all the same.
            letters = spelt_parent_letters(occ, occurrences) if occ.parent else None
            parent = spelt.parent.target(lang)
            names = [parent.name.text, *parent.variants] if parent is not None else []
            # any of the body's accepted names with any of the parent's spelt out in it
            # ("… de la Organización de Cooperación de Shanghái", "… de los Estados
            # miembros de la Organización …"), with or without the letters after it
            for written in [*entry.approved, *entry.variants]:
                for parent_name in names:
                    for shown in (letters, None):
                        accepted.add(with_parent_spelt(Term(written), spelt, shown, lang,
                                                       parent_name).text)
        if occ.shared_parent is not None and occ.concept.translate:
            # the source names the parent once for this body and others ("the Council of
            # Foreign Ministers, the Council of Defence Ministers and the Committee … of
            # the CSTO"): an editor may too, the name without the parent it ends with
            accepted |= _without_parent(entry, occ.shared_parent, lang)
        out.append(Expectation(occ.concept, occ.kind, form, frozenset(accepted), occ.text, occ))
        parent_entry = occ.lettered_parent.target(lang) if occ.lettered_parent else None
        if (parent_entry is not None and occ.lettered_parent is not None
                and form not in (*entry.approved, *entry.variants)):
            # the parent's letters the source's name holds, written after the approved
            # name (:func:`with_parent_named`): an editor keeps them, in any approved form
            written_letters = (parent_entry.acronym or parent_entry.name).text
            source_letters = next((word for word in re.findall(r"\b[A-Z]{2,6}\b", occ.text)
                                   if word in occ.lettered_parent.acronyms), occ.text)
            out.append(Expectation(occ.lettered_parent, "acronym", written_letters,
                                   frozenset({*parent_entry.approved, *parent_entry.variants}),
                                   source_letters, occ))
    return out


def _inside_its_bodys_name(exp: Expectation, expected: Sequence[Expectation],
                           lost: Collection[int], target_text: str) -> bool:
    """Is ``exp`` a parent's name the translation writes only inside the name of its body,
    where the source names the body without it and the parent after it ("The Council of
    Heads of State session of the CIS" → "La sesión del Consejo de Jefes de Estado de la
    CEI")?  The source's mention of the parent is what says whose the body is; the
    body's name, found, says it in the translation (it was a critical "expected 'CEI'
    (for 'CIS'), not in the translation")."""
    return bool(exp.term) and re.search(_bounded(exp.term), target_text) is not None and any(
        id(other) not in lost and other.occurrence.shared_parent is exp.concept
        and other.occurrence.reason.startswith(DETACHED) for other in expected)


#: Words that join a parent's name to the end of a body's ("… de la OTSC", "… de l'OTSC",
#: "… der OVKS"), left out with it.
_JOINING_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "du", "des", "le", "les",
                            "da", "do", "das", "dos", "di", "della", "dello", "degli",
                            "delle", "der", "die", "den", "l'", "d'", "dell'"})


def _written_apart(exp: Expectation, bodies: Sequence[Concept], target_text: str,
                   lang: str) -> tuple[str, str] | None:
    """The name of ``exp``'s body without its parent's, and the parent's name, both in the
    translation but not side by side (a bracketed acronym between them, or the parent's
    name shared by two bodies "y … de la OTSC"), or None.

    The parents looked for are the ``bodies`` whose name ends the glossary's name of this
    one ("… de la OTSC"): a council named by its short form ("Peace and Security Council
    (PSC) of the African Union") has no parent in the source, but its name has one.
    """
    entry = exp.concept.target(lang)
    if entry is None:
        return None
    # (the parent's acronym in brackets after the name, "… de la Unión Africana (UA)")
    term = re.sub(r" \([^()]*\)$", "", exp.term)
    parents = {id(c): c for c in (exp.occurrence.parent, *bodies)
               if c is not None and c is not exp.concept and (t := c.target(lang)) is not None
               and any(term.endswith(f" {form}") for form in t.approved)}
    for parent in parents.values():
        # (one word will do: "Secretaría" beside "de la OTSC" is a line to verify only)
        heads = sorted(_without_parent(entry, parent, lang, shortest=1), key=len, reverse=True)
        head = next((h for h in heads if re.search(_bounded(typographic_fold(h)), target_text,
                                                   re.IGNORECASE)), None)
        if head is None:
            continue
        target = parent.target(lang)
        forms = [*target.approved, *target.variants] if target is not None else []
        named = next((f for f in sorted(forms, key=len, reverse=True)
                      if re.search(_bounded(typographic_fold(f)), target_text)), None)
        if named is not None:
            return head, named
    return None


def _without_parent(entry: TargetEntry, parent: Concept, lang: str,
                    shortest: int = 2) -> set[str]:
    """The entry's approved names and variants without the parent's name or acronym that
    ends them, nor the words joining it ("Consejo de Ministros de Asuntos Exteriores" of
    "… de la OTSC"): two words at least (``shortest``), only where a name ends so."""
    target = parent.target(lang)
    if target is None:
        return set()
    forms = [*target.approved, *target.variants]
    out: set[str] = set()
    for written in [*entry.approved, *entry.variants]:
        for form in forms:
            if not written.endswith(form) or written == form:
                continue
            words = written[:-len(form)].split()
            while words and (words[-1].casefold() in _JOINING_WORDS
                             or words[-1].casefold().rstrip("'’") + "'" in _JOINING_WORDS):
                words.pop()
            if len(words) >= shortest:
                out.add(" ".join(words))
    return out


class TargetIndex:
    """Every target-language form of every concept, compiled once per language."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        roles: dict[str, tuple[set[str], str]] = {}
        rank = {"forbidden": 0, "approved": 1, "variant": 2, "short": 3}

        def add(form: str, cid: str, role: str) -> None:
            form = typographic_fold(form)     # "l’ONU" is "l'ONU": see compare()
            ids, old = roles.setdefault(form, (set(), role))
            ids.add(cid)
            if rank[role] < rank[old]:
                roles[form] = (ids, role)

        for c in glossary.concepts:
            entry = c.target(lang)
            if entry is None:
                continue
            for f in entry.approved:
                add(f, c.id, "approved")
            for f in entry.variants:
                add(f, c.id, "variant")
            for f in entry.short:
                add(f, c.id, "short")
            for f in entry.forbidden:
                add(f, c.id, "forbidden")
        # "el OCS" is as wrong at the start of a sentence: "El OCS".
        for form, (ids, role) in list(roles.items()):
            upper = form[:1].upper() + form[1:]
            if role == "forbidden" and upper != form and upper not in roles:
                roles[upper] = (set(ids), role)
        self.roles = {k: (frozenset(v[0]), v[1]) for k, v in roles.items()}
        self.forms: list[str] = []
        if base(lang) in INFLECTING and roles:
            # Case endings vary ("Шанхайской организации сотрудничества"): match stems.
            self.forms = sorted(self.roles, key=len, reverse=True)
            alts = "|".join(f"(?P<f{i}>{_exact_or_stem(f, self.roles[f][1], lang)})"
                            for i, f in enumerate(self.forms))
            self.regex: re.Pattern[str] | None = re.compile(rf"(?<!{_W})(?:{alts})(?!{_W})")
        else:
            # One trie-shaped alternation: a plain "a|b|c…" of many terms is tried
            # term by term at every position and dominates the run time.
            self.regex = re.compile(rf"(?<!{_W})(?:{trie_pattern(self.roles)})") if roles else None
        self.source_forms: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for c in glossary.concepts:
            entry = c.target(lang)
            if entry is None or not c.translate:
                continue
            allowed = {*entry.approved, *entry.variants, *entry.short}
            folded = {a.casefold() for a in allowed}
            self.source_forms[c.id] = [
                (form, re.compile(_bounded(form), 0 if form in c.acronyms else re.IGNORECASE))
                for form in dict.fromkeys((*c.names, *c.acronyms))
                if form.casefold() not in folded and not any(form in a for a in allowed)]

    def recased(self, text: str) -> str:
        """``text`` in capitals with every target form in it written as the glossary
        writes it ("CONSEJO DE SEGURIDAD" → "Consejo de Seguridad"), same length."""
        for form in sorted(self.roles, key=len, reverse=True):
            upper = form.upper()
            if upper != form and len(upper) == len(form):
                text = re.sub(rf"(?<!{_W}){re.escape(upper)}(?!{_W})",
                              form.replace("\\", "\\\\"), text)
        return text

    def scan(self, text: str) -> list[Found]:
        """Longest-first, non-overlapping, case-sensitive."""
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            form = self.forms[int(m.lastgroup[1:])] if m.lastgroup else m.group(0)
            ids, role = self.roles[form]
            out.append(Found(m.start(), m.end(), m.group(0), ids, role, form))
        return out


# Languages whose nouns and adjectives take case endings: terms are matched by stem.
INFLECTING = frozenset({"ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv",
                        "de", "fi", "et", "hu"})


def _exact_or_stem(form: str, role: str, lang: str = "") -> str:
    """Forbidden forms exactly; others with each word's ending left open.

    A German genitive after the first word ("Sicherheitsrat Russlands", "Organisation
    des Vertrags") does not inflect with its head and keeps its -s: "der Sicherheitsrat
    Russland verurteilt" names no "Sicherheitsrat Russlands".

    >>> bool(re.fullmatch(_exact_or_stem("Глобальный Юг", "approved"), "Глобального Юга"))
    True
    >>> bool(re.fullmatch(_exact_or_stem("СБ ООН", "approved"), "СБ ООНа"))
    False
    >>> pattern = _exact_or_stem("Sicherheitsrat Russlands", "variant", "de")
    >>> [bool(re.fullmatch(pattern, t)) for t in ("Sicherheitsrates Russlands",
    ...                                            "Sicherheitsrat Russland")]
    [True, False]
    """
    if role == "forbidden":
        return re.escape(form)
    words = []
    for i, word in enumerate(form.split()):
        if not word.isalpha() or word.isupper():          # acronyms, "UN-Sicherheitsrat"
            words.append(re.escape(word))
        elif len(word) >= 5 and i and base(lang) == "de" and word.endswith("s"):
            words.append(re.escape(word[:-2]) + r"[^\W\d_]{0,3}s")
        elif len(word) >= 5:
            words.append(re.escape(word[:-2]) + r"[^\W\d_]{0,4}")
        else:
            words.append(re.escape(word) + r"[^\W\d_]{0,2}")
    return r"\s+".join(words)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, sharing common prefixes.

    A form ending in a word character must end at a word boundary.

    >>> re.findall(trie_pattern(["OCS", "OTSC", "Organización"]), "la OTSC, OCS y OCSE")
    ['OTSC', 'OCS']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, last: str) -> str:
        branches = []
        end = False
        for ch in sorted((k for k in node if k), key=lambda k: -_depth(node[k])):
            branches.append(re.escape(ch) + build(node[ch], ch))
        if "" in node:
            end = True
        tail = rf"(?!{_W})" if re.match(_W, last or " ") else ""
        if end:
            branches.append(tail)      # the shorter form, tried after the longer ones
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie, "")


def _depth(node: dict) -> int:
    return max((1 + _depth(v) for k, v in node.items() if k), default=0)


def _bounded(form: str) -> str:
    """A literal with word boundaries only where the form starts/ends with a word character."""
    left = rf"(?<!{_W})" if re.match(_W, form) else ""
    right = rf"(?!{_W})" if re.search(rf"{_W}$", form) else ""
    return left + re.escape(form) + right


def target_index(glossary: Glossary, lang: str) -> TargetIndex:
    """The cached :class:`TargetIndex` of ``glossary`` for ``lang``."""
    cache = glossary.__dict__.setdefault("_target_index", {})
    if lang not in cache:
        cache[lang] = TargetIndex(glossary, lang)
    return cache[lang]


def compare(occurrences: Sequence[Occurrence], target_text: str, glossary: Glossary,
            lang: str, loosely_named: Mapping[str, str | None] | None = None,
            evidence: Mapping[str, frozenset[str]] | None = None,
            elsewhere: Collection[str] = (),
            near: Mapping[str, str] | None = None, *,
            fewer: bool = False) -> list[str]:
    """Problems of ``target_text`` given the source occurrences, one line each.

    With ``fewer`` (a person's translation), a body the translation names, but fewer
    times than the source does, is a line to verify: an editor may name it once and
    refer back to it ("la Comunidad"); a machine's output that lost a mention keeps it
    a problem, so its enforcement tries another way.

    ``loosely_named`` maps the bodies the source names only by a short form it read
    as part of another name (see :meth:`Matcher.loosely_named`) to that short form:
    such a body's name in the target is a line to verify (:data:`VERIFY_PREFIX`),
    or nothing when the document's evidence points to it (None), never a problem.
    An ambiguous short form ("Security Council", Russia's or the UN's) is satisfied
    by the short form they share or by any one reading's name; a name is a line to
    verify, or nothing when ``evidence`` (concept id → the document's cue words)
    points to that reading and no other.

    A body the document names only ``elsewhere`` (concept ids of the other units'
    names) is a line to verify where the translation names it, not a wrong entity; so
    is a body ``near`` maps to a name the source writes that the glossary does not list
    but comes close to (concept id → that name, :meth:`Matcher.unlisted`): the note on
    the entry named that body as the nearest, and an editor who reads the name so has
    followed it.
    An expected name is found inside another body's name the source does not name
    here ("ONU" in "Consejo de Seguridad de la ONU"), and written with other capitals
    only ("Nations unies" for "Nations Unies"): neither is a problem, unless the
    glossary forbids those capitals ("Unión africana").  Typography is no other name:
    "Conseil de sécurité de l’ONU" with a curly apostrophe, a no-break space, another
    kind of hyphen or quotation mark is the glossary's name (:func:`typographic_fold`).
    """
    loose = loosely_named or {}
    evidence = evidence or {}
    expected = [replace(e, accepted=frozenset(map(typographic_fold, e.accepted)))
                for e in expectations(occurrences, lang)]
    index = target_index(glossary, lang)
    written = target_text
    target_text = typographic_fold(target_text)     # the same length: spans carry over
    if in_capitals(target_text):        # a heading in capitals: "EL CONSEJO DE SEGURIDAD"
        target_text = written = index.recased(target_text)
    found = index.scan(target_text)
    if base(lang) == "de":
        found = [_genitive_of_the_next_noun(f, target_text, index) for f in found]
    # each form as the translation writes it, for the lines an editor reads
    found = [replace(f, text=written[f.start:f.end]) for f in found]
    # A source acronym the language's rule keeps in parentheses ("(SCO)") is no target form,
    # nor is a body's name with its parent spelt out ("… de la Organización de Cooperación
    # de Shanghái"), whichever of its accepted forms the translation writes.
    kept = {form: e.concept.id for e in expected
            for form in (typographic_fold(e.term), *sorted(e.accepted))
            if form not in index.roles}
    for form, cid in kept.items():
        found += [Found(m.start(), m.end(), form, frozenset({cid}), "approved")
                  for m in re.finditer(rf"(?<!{_W}){re.escape(form)}(?!{_W})", target_text)]
    # A state's council the source names again by the short form ("the Security Council's
    # press service" after "the Azerbaijani Security Council") may be written short too:
    # that short form, which the index knows as other bodies', is this council's as well.
    shorts = {form: e.concept.id for e in expected if e.kind == "short"
              for form in e.accepted if form in index.roles and form != e.term}
    found = [replace(f, concepts=f.concepts | {shorts[f.key]})
             if f.role == "short" and f.key in shorts else f for f in found]
    found.sort(key=lambda f: f.start)
    problems: list[str] = []
    used: set[int] = set()
    reported: set[str] = set()
    prefix = PROBLEM_PREFIX

    # a parent spelt out inside its body's name is named too ("… of the Shanghai
    # Cooperation Organisation"), and so is one whose letters the name holds ("Committee of
    # CSTO Security Council Secretaries")
    named = {o.concept.id for o in occurrences} | \
        {r.id for o in occurrences for r in o.readings} | \
        {o.parent.id for o in occurrences if o.parent is not None} | \
        {o.lettered_parent.id for o in occurrences if o.lettered_parent is not None} | \
        {cid for o in occurrences for cid in glossary.matcher.bodies_lettered_in(o.text)}
    for f in found:
        # A forbidden rendering counts where its concept is named: "Consejo de la
        # Seguridad" is fine for "Kazakhstan's Security Council".
        if f.role == "forbidden" and f.concepts & named:
            used.add(f.start)
            for cid in sorted(f.concepts & named):
                concept = glossary.get(cid)
                entry = concept.target(lang) if concept else None
                approved = entry.name.text if entry else "?"
                reported.add(cid)
                problems.append(f"{prefix} {cid}: forbidden rendering {f.text!r} "
                                f"(approved: {approved!r})")

    verify: list[str] = []

    def consume(exp: Expectation, allow_short: bool) -> bool:
        # an ambiguous short form may be any of its readings: the editor's choice
        ids = {exp.concept.id} | {r.id for r in exp.occurrence.readings}
        best = None
        for f in found:
            if f.start in used or not ids & f.concepts or f.key not in exp.accepted:
                continue
            if f.role == "short" and not allow_short:
                continue
            term = typographic_fold(exp.term)
            if best is None or (f.key == term and best.key != term):
                best = f
        if best is None:
            return False
        used.add(best.start)
        if exp.occurrence.ambiguous and best.key != typographic_fold(exp.term):
            verify.extend(_chosen_reading(exp, best, evidence))
        return True

    # The forms found near a match are looked up by position, and each form's matches
    # are searched for once, not once per mention: a page that is one long line has
    # hundreds of mentions.
    starts = [f.start for f in found]
    longest = max((f.end - f.start for f in found), default=0)
    matches: dict[tuple[str, int], list[re.Match[str]]] = {}

    def overlapping(m: re.Match[str]) -> list[Found]:
        """The forms found that may overlap or hold ``m``."""
        return found[bisect.bisect_left(starts, m.start() - longest):
                     bisect.bisect_left(starts, m.end())]

    def nested_or_recased(exp: Expectation) -> bool:
        # "ONU" inside "Consejo de Seguridad de la ONU", the UN's name within the
        # council's that the source does not name here; or the name with other capitals
        # ("Conseil de sécurité des Nations unies"): house style, not another name
        for form in sorted(exp.accepted, key=len, reverse=True):
            flags = re.IGNORECASE if _recasable(form) else 0
            if (form, flags) not in matches:
                matches[form, flags] = list(re.compile(_bounded(form), flags)
                                            .finditer(target_text))
            for m in matches[form, flags]:
                around = overlapping(m)
                # after the host's head: "ONU" in "Consejo de Seguridad de la ONU" is the
                # UN's name, "Consejo de Seguridad" in "… de Rusia" is Russia's council
                inside = [f for f in around if f.start < m.start() and m.end() <= f.end
                          and f.start not in used and f.role != "forbidden"
                          and not f.concepts & named]
                clear = all(f.start in used or f.end <= m.start() or f.start >= m.end()
                            or (f.start >= m.start() and f.end <= m.end()) for f in around)
                if inside and m.group() == form:
                    return True          # the host is still read as a body of its own
                forbidden = index.roles.get(m.group(), (frozenset(), ""))[1] == "forbidden"
                if clear and m.group() != form and not forbidden:
                    # ("Unión africana", which the glossary forbids, stays a problem)
                    for f in around:
                        if m.start() <= f.start and f.end <= m.end():
                            used.add(f.start)
                    return True
        return False

    missing = []
    # Unambiguous forms first, so a shared short form is left for a short occurrence.
    for exp in sorted(expected, key=lambda e: e.kind == "short"):
        if not consume(exp, allow_short=_short_allowed(exp.concept, exp.kind)):
            missing.append(exp)
    missing = [exp for exp in missing if not nested_or_recased(exp)]

    untranslated = _untranslated(expected, target_text, index, set(kept))
    lost = {id(exp) for exp in missing}
    # A body's mentions placed, whichever of its names placed them: "la ASEAN" placed the
    # full name of "Association of Southeast Asian Nations (ASEAN)", and the acronym after
    # it found nothing left.
    placed_body = Counter(exp.concept.id for exp in expected if id(exp) not in lost)
    for exp in missing:
        seen = [f.text for f in found if f.role == "forbidden" and exp.concept.id in f.concepts]
        if not seen and _inside_its_bodys_name(exp, expected, lost, target_text):
            continue
        if fewer and placed_body[exp.concept.id] and not seen and \
                re.search(_bounded(exp.term), target_text) and \
                exp.concept.id not in untranslated and exp.concept.id not in reported:
            # the same name in the translation, fewer times than in the source: an editor
            # may say it once and refer back ("la Comunidad"), or give the acronym alone
            # for "Association of Southeast Asian Nations (ASEAN)"; "not in the
            # translation" was false.  A name left short where the source says whose it
            # is stays one.
            reported.add(exp.concept.id)
            said = sum(e.concept.id == exp.concept.id for e in expected)
            problems.append(f"{VERIFY_PREFIX} {_label(exp)}: the source names it {said} "
                            f"times, the translation {placed_body[exp.concept.id]} "
                            f"({exp.term!r}): check the other mention says the same body")
            continue
        apart = _written_apart(exp, glossary.concepts, target_text, lang) \
            if fewer and not seen and exp.concept.id not in reported else None
        if apart is not None:
            # "Consejo de Paz y Seguridad (CPS) de la Unión Africana (UA)", "el Estado Mayor
            # Conjunto y la Secretaría de la OTSC": an editor's wording that names the
            # council and its body apart, which a person reads as the glossary's name.
            reported.add(exp.concept.id)
            problems.append(f"{VERIFY_PREFIX} {_label(exp)}: {apart[0]!r} and {apart[1]!r} "
                            f"written apart (the glossary's name: {exp.term!r}): check they "
                            "name this body")
            continue
        seen += untranslated.get(exp.concept.id, [])
        close = [s for s in seen if _resembles(s, exp)]
        seen = close or seen
        what = ("found " + ", ".join(repr(s) for s in dict.fromkeys(seen))) if seen \
            else "not in the translation"
        reported.add(exp.concept.id)
        problems.append(f"{prefix} {_label(exp)}: expected {exp.term!r} "
                        f"(for {exp.source!r}), {what}")
    for exp in expected:
        cid = exp.concept.id
        if cid in untranslated and cid not in reported:
            reported.add(cid)
            forms = ", ".join(repr(f) for f in untranslated[cid])
            problems.append(f"{prefix} {cid}: source form {forms} left untranslated "
                            f"(approved: {exp.term!r})")

    for f in found:
        if f.start in used or f.role not in ("approved", "variant") or f.concepts & named:
            continue
        if f.start and target_text[f.start - 1] in "#@":
            continue    # a hashtag or a handle ("#BRICS"), kept as the source wrote it
        shared = sorted(f.concepts & loose.keys())
        if shared:
            short = next((loose[cid] for cid in shared if loose[cid] is not None), None)
            if short is not None:
                problems.append(f"{VERIFY_PREFIX} {shared[0]}: {f.text!r} names one body "
                                f"where the source says only {short!r}; check it is the "
                                "body meant")
            continue
        other = sorted(f.concepts & set(elsewhere))
        if other:
            problems.append(f"{VERIFY_PREFIX} {other[0]}: {f.text!r} appears where the source "
                            "does not name it; the document names it elsewhere: check it "
                            "belongs here")
            continue
        close = sorted(f.concepts & set(near or {}))
        if close and near:
            problems.append(f"{VERIFY_PREFIX} {close[0]}: {f.text!r} for the source's "
                            f"{near[close[0]]!r}, a name the glossary does not list; check "
                            "it is the body meant")
            continue
        problems.append(f"{prefix} {sorted(f.concepts)[0]}: {f.text!r} appears but the source "
                        "does not name it (wrong entity?)")
    return problems + [line for line in dict.fromkeys(verify) if line not in problems]


def _short_allowed(concept: Concept, kind: str) -> bool:
    """Whether a target short form satisfies a source mention of ``kind``: where the
    source was short itself, and for the acronym of a body the source never names by a
    short form, whose target short forms are then the name the language writes it by in
    full every day ("UN" → "las Naciones Unidas", "les Nations unies")."""
    return kind == "short" or (kind == "acronym" and not concept.short)


# German nouns a state's genitive goes before where the state does business at a council
# of states: "im Sicherheitsrat Russlands Botschafter" is Russia's ambassador in the
# (UN's) Security Council, not the ambassador of Russia's own council.
_GERMAN_HELD = re.compile(r"\s+(?:UNO?-)?(?:Botschafter|Gesandte|Vertreter|Diplomat|Delegierte|"
                          r"Veto|Sitz|Stimme)[^\W\d_]*(?![^\W_])")


def _genitive_of_the_next_noun(found: Found, text: str, index: TargetIndex) -> Found:
    """A German form ending in a genitive ("Sicherheitsrat Russlands") before a noun that
    genitive belongs to ("… Russlands Botschafter") read without it, as the form its other
    words make ("Sicherheitsrat", the short form); ``found`` itself otherwise."""
    written = text[found.start:found.end]
    head, _, last = written.rpartition(" ")
    if not head or not last[:1].isupper() or not last.endswith("s") or \
            not _GERMAN_HELD.match(text, found.end):
        return found
    head = head.rstrip()
    whole = [f for f in index.scan(head) if f.start == 0 and f.end == len(head)]
    if not whole:
        return found
    return replace(whole[0], start=found.start, end=found.start + len(head))


def _recasable(form: str) -> bool:
    """Whether a form may be written with other capitals: a name of words, no acronym
    ("Nations Unies", not "ONU")."""
    return " " in form and not any(w.isupper() and len(w) > 1 for w in form.split())


def _label(exp: Expectation) -> str:
    """Whom a problem line is about: the concept, or every body an ambiguous short form
    may name ("RUS_SC or UNSC"), never one reading picked for it."""
    if exp.occurrence.ambiguous:
        return " or ".join(r.id for r in exp.occurrence.readings)
    return exp.concept.id


def _chosen_reading(exp: Expectation, found: Found,
                    evidence: Mapping[str, frozenset[str]]) -> list[str]:
    """The line to verify for an editor's name of one reading of an ambiguous short form:
    none when the document's evidence points to that body and to no other reading."""
    readings = [r.id for r in exp.occurrence.readings]
    chosen = next((cid for cid in readings if cid in found.concepts), exp.concept.id)
    pointed = [cid for cid in readings if evidence.get(cid)]
    if pointed == [chosen]:
        return []
    if pointed:
        said = "; ".join(f"{cid} ({', '.join(sorted(evidence[cid]))})" for cid in pointed)
        why = f"the document's evidence: {said}"
    else:
        why = "nothing in the document says which body"
    return [f"{VERIFY_PREFIX} {chosen}: {found.text!r} names one body where the source says "
            f"only {exp.source!r} ({' or '.join(readings)}; {why}); check it is the body "
            "meant"]


def _resembles(found: str, exp: Expectation) -> bool:
    """Whether a wrong rendering was meant for this occurrence (to name it in the message)."""
    if exp.source.casefold() in found.casefold():
        return True
    return SequenceMatcher(None, found.casefold(), exp.term.casefold()).ratio() >= 0.6


def _untranslated(expected: Sequence[Expectation], target_text: str, index: TargetIndex,
                  kept: set[str]) -> dict[str, list[str]]:
    """Source forms of the expected concepts that appear verbatim in the target (but
    for those the language keeps), each a form the source wrote a mention of the concept
    in: where the source names the Commonwealth in full and writes "CIS" for the Center
    for Internet Security, the letters "CIS" in the target are the Center's, kept as the
    engine left them, and no form of the Commonwealth's left untranslated."""
    out: dict[str, list[str]] = {}
    read: set[str] = set()      # each concept's forms are searched for once, not per mention
    for exp in expected:
        cid = exp.concept.id
        if cid in read:
            continue
        read.add(cid)
        written = {typographic_fold(e.source).casefold() for e in expected
                   if e.concept.id == cid}
        hits = [form for form, rx in index.source_forms.get(cid, ())
                if form not in kept and rx.search(target_text)
                and typographic_fold(form).casefold() in written]
        if hits:
            out[cid] = hits
    return out


def check_translation(source_text: str, target_text: str, *, source: str, target: str,
                      glossary: Glossary, preceding: str = "", document: str = "",
                      earlier: Context | None = None) -> list[str]:
    """Glossary problems in an existing translation (e.g. reviewed by an editor).

    ``preceding`` is the earlier source text of the same document, so a bare
    "Security Council" is read the way the document means it; ``document`` is the
    whole document's source text (the same reading as when it was translated).  A caller
    checking a document's units in order gives ``earlier`` instead of ``preceding``: the
    context its earlier units left, read one by one (:func:`document_contexts`), so a long
    document's text is read once, not once per unit that reads it.  Returns one
    line per problem (:data:`PROBLEM_PREFIX`) or name to verify (:data:`VERIFY_PREFIX`);
    empty when the translation follows the glossary.
    """
    if base(source) != base(glossary.source_lang) or _in_another_script(source_text):
        return []
    # Code the author set in the text is not read for names: the translation keeps it
    # as written ("published as `SCO-CHS-2024`" needs no "OCS").
    source_text, target_text = without_code(source_text), without_code(target_text)
    matcher = glossary.matcher
    if not matcher.names_any(source_text):
        # Nothing for the document's context to resolve: only the target's own names
        # (a body the source does not name) can be wrong, and reading the earlier text
        # would change nothing.
        return compare([], target_text, glossary, target,
                       elsewhere=matcher.named_in(document) if document else (),
                       near=_near_names(matcher.unlisted(source_text)))
    # The earlier text is read only for a short form it may resolve.
    if earlier is not None and matcher.reads_context(source_text):
        context = copy.deepcopy(earlier)
    else:
        before = [preceding] if preceding and matcher.reads_context(source_text) else []
        context = context_from(matcher, before, document)
    occurrences, decoys = matcher.scan(source_text, context)
    occurrences = [o for o in occurrences if not _repeated_in_brackets(source_text, o, occurrences)]
    # A body the document names by a name of its own is evidence for the reading an
    # editor chose as much as its cue words are ("the permanent members of Russia's
    # Security Council" under a headline's bare "Security Council": the evidence named
    # only the UN's, from "permanent members").
    evidence = {cid: context.document.get(cid, frozenset())
                | ({_NAMED_EVIDENCE} if cid in context.named else frozenset())
                for cid in {*context.document, *context.named}}
    return compare(occurrences, target_text, glossary, target,
                   matcher.loosely_named(decoys, context), evidence, context.named,
                   _near_names(matcher.unlisted(source_text, occurrences, decoys)),
                   fewer=True)


#: The evidence a body named by a name of its own in the document gives, as an editor
#: reads it beside the cue words.
_NAMED_EVIDENCE = "named in it"


# An acronym that opens the acronym of a longer name in brackets ("(SCO RATS)"): another
# word of capitals, then the bracket's close.
_BRACKETED_AFTER = re.compile(r"\s+[A-Z][A-Z0-9-]{1,9}\)")


def _repeated_in_brackets(text: str, occ: Occurrence, occurrences: Sequence[Occurrence]
                          ) -> bool:
    """Whether ``occ`` is a body's acronym opening the bracketed acronym of a longer name
    the sentence has just named with it ("the CSTO Parliamentary Assembly (CSTO PA)", a
    name the glossary does not list): the body is named already, and an editor who writes
    "(PA)" leaves out a repetition, as a translation may leave out an acronym the name
    says.  (The SCO's anti-terrorist structure, "(SCO RATS)", is a name of its own.)

    >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
    >>> text = "the CSTO Parliamentary Assembly (CSTO PA) met"
    >>> found = cached_glossary(bundled_glossary_dir()).matcher.find(text)
    >>> [_repeated_in_brackets(text, o, found) for o in found]
    [False, True]
    """
    return (occ.kind == "acronym" and text[:occ.start].rstrip(" ").endswith("(")
            and _BRACKETED_AFTER.match(text, occ.end) is not None
            and any(o.concept.id == occ.concept.id and o.end <= occ.start
                    for o in occurrences))


def _in_another_script(text: str) -> bool:
    """Whether most of ``text``'s letters (three at least) are not Latin: a Russian or
    Greek paragraph quoted whole in an English page, kept as written.  The glossary
    reads its names in the source language's Latin letters, so it cannot tell which
    body such a text names, and an editor's translation of it names none wrongly.

    >>> _in_another_script("Совет Безопасности провёл заседание."), _in_another_script("SCO")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return len(letters) >= 3 and 2 * latin < len(letters)


def _near_names(unlisted: Sequence[tuple[str, Sequence[tuple[Concept, str]]]]
                ) -> dict[str, str]:
    """Each body the source's unlisted names come close to → the first such name."""
    near: dict[str, str] = {}
    for name, nearest in unlisted:
        for concept, _listed in nearest:
            near.setdefault(concept.id, name)
    return near
