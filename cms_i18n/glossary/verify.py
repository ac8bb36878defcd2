"""Check a translation against the glossary: every expected term there, nothing forbidden.

The same comparison serves three purposes: verifying machine output (a unit
that fails stays fuzzy with a ``#.`` comment), ranking n-best hypotheses, and
``cms-i18n check`` on catalogues an editor has reviewed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cms_i18n.glossary.match import Occurrence, context_from
from cms_i18n.glossary.model import Concept, Glossary

_W = r"[^\W_]"


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


def expectations(occurrences: Sequence[Occurrence], lang: str) -> list[Expectation]:
    """What the target must contain for these source occurrences."""
    out = []
    for occ in occurrences:
        entry = occ.concept.target(lang)
        if entry is None:
            continue
        if occ.parenthetical and entry.acronym is None and occ.concept.translate:
            continue    # "(UNSC)" after the full name: dropped where no acronym exists
        accepted = set(entry.approved) | set(entry.variants)
        if occ.kind == "short":
            accepted |= set(entry.short)
        if not occ.concept.translate:
            accepted.add(occ.text)
        form = entry.form(occ.kind).text if occ.concept.translate else occ.text
        out.append(Expectation(occ.concept, occ.kind, form, frozenset(accepted), occ.text, occ))
    return out


class TargetIndex:
    """Every target-language form of every concept, compiled once per language."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        roles: dict[str, tuple[set[str], str]] = {}
        rank = {"forbidden": 0, "approved": 1, "variant": 2, "short": 3}

        def add(form: str, cid: str, role: str) -> None:
            ids, old = roles.setdefault(form, (set(), role))
            ids.add(cid)
            if rank[role] < rank[old]:
                roles[form] = (ids, role)

        for c in glossary.concepts:
            entry = c.target(lang)
            if entry is None or not c.translate:
                continue
            for f in entry.approved:
                add(f, c.id, "approved")
            for f in entry.variants:
                add(f, c.id, "variant")
            for f in entry.short:
                add(f, c.id, "short")
            for f in entry.forbidden:
                add(f, c.id, "forbidden")
        self.roles = {k: (frozenset(v[0]), v[1]) for k, v in roles.items()}
        forms = sorted(self.roles, key=len, reverse=True)
        self.regex = re.compile("|".join(_bounded(f) for f in forms)) if forms else None

    def scan(self, text: str) -> list[Found]:
        """Longest-first, non-overlapping, case-sensitive."""
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(text):
            ids, role = self.roles[m.group(0)]
            out.append(Found(m.start(), m.end(), m.group(0), ids, role))
        return out


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
            lang: str) -> list[str]:
    """Problems of ``target_text`` given the source occurrences, one line each."""
    expected = expectations(occurrences, lang)
    found = target_index(glossary, lang).scan(target_text)
    problems: list[str] = []
    used: set[int] = set()
    entries = {e.concept.id: e.concept.target(lang) for e in expected}

    for f in found:
        if f.role == "forbidden":
            used.add(f.start)
            for cid in sorted(f.concepts):
                concept = glossary.get(cid)
                entry = concept.target(lang) if concept else None
                approved = entry.name.text if entry else "?"
                problems.append(f"glossary: {cid}: forbidden rendering {f.text!r} "
                                f"(approved: {approved!r})")

    def consume(exp: Expectation, allow_short: bool) -> bool:
        best = None
        for f in found:
            if f.start in used or exp.concept.id not in f.concepts or f.text not in exp.accepted:
                continue
            if f.role == "short" and not allow_short:
                continue
            if best is None or (f.text == exp.term and best.text != exp.term):
                best = f
        if best is None:
            return False
        used.add(best.start)
        return True

    missing = []
    # Unambiguous forms first, so a shared short form is left for a short occurrence.
    for exp in sorted(expected, key=lambda e: e.kind == "short"):
        if not consume(exp, allow_short=exp.kind == "short"):
            missing.append(exp)

    untranslated = _untranslated(expected, target_text)
    for exp in missing:
        seen = [f.text for f in found if f.role == "forbidden" and exp.concept.id in f.concepts]
        seen += [u for u in untranslated.get(exp.concept.id, [])]
        what = ", ".join(repr(s) for s in dict.fromkeys(seen)) or "nothing"
        problems.append(f"glossary: {exp.concept.id}: expected {exp.term!r} "
                        f"(for {exp.source!r}), found {what}")
    reported = {p.split(":")[1].strip() for p in problems}
    for cid, forms in untranslated.items():
        if cid not in reported:
            for form in forms:
                problems.append(f"glossary: {cid}: source form {form!r} left untranslated "
                                f"(approved: {entries[cid].name.text!r})")   # type: ignore[union-attr]

    expected_ids = {e.concept.id for e in expected} | {o.concept.id for o in occurrences}
    for f in found:
        if f.start in used or f.role not in ("approved", "variant"):
            continue
        if not (f.concepts & expected_ids):
            cid = sorted(f.concepts)[0]
            problems.append(f"glossary: {cid}: {f.text!r} appears but the source does not "
                            "name it (wrong entity?)")
    return problems


def _untranslated(expected: Sequence[Expectation], target_text: str) -> dict[str, list[str]]:
    """Source forms of the expected concepts that appear verbatim in the target."""
    out: dict[str, list[str]] = {}
    for exp in expected:
        c = exp.concept
        if not c.translate or c.id in out:
            continue
        allowed = {a.casefold() for a in exp.accepted}
        hits = []
        for form in (*c.names, *c.acronyms):
            if form.casefold() in allowed or any(form in a for a in exp.accepted):
                continue
            flags = 0 if form in c.acronyms else re.IGNORECASE
            if re.search(_bounded(form), target_text, flags):
                hits.append(form)
        if hits:
            out[c.id] = hits
    return out


def check_translation(source_text: str, target_text: str, *, source: str, target: str,
                      glossary: Glossary, preceding: str = "") -> list[str]:
    """Glossary problems in an existing translation (e.g. reviewed by an editor).

    ``preceding`` is the earlier source text of the same document, so a bare
    "Security Council" is read the way the document means it.  Returns one
    line per problem; empty when the translation follows the glossary.
    """
    if source.split("-")[0].lower() != glossary.source_lang.split("-")[0]:
        return []
    matcher = glossary.matcher
    context = context_from(matcher, [preceding] if preceding else [])
    occurrences = matcher.find(source_text, context)
    return compare(occurrences, target_text, glossary, target)
