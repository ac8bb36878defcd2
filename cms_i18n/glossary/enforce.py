"""Enforce the glossary through a translation engine, then verify the result.

Two strategies, each engine saying which suits it (``Engine.glossary_strategy``),
measured in ``bench/bench_glossary.py``:

``standin`` (rule-based engines such as Apertium)
    Each term is replaced by an ordinary noun of the target term's gender and
    number ("the SCO" → "the trumpet", feminine like "Organización"); the engine
    inflects articles and adjectives for that noun ("la trompeta", "de la
    trompeta"); its translation is then swapped for the approved term.  Opaque
    placeholders would make the engine fall back to masculine ("del
    Organización").

``codeswitch`` (neural engines such as Argos, and the fallback)
    The approved target term is written into the source ("the OCS"); neural
    models copy such names.  Untranslated
    or forbidden renderings of a term left in the output are replaced, and the
    article in front of an inserted term is made to agree.

Under either strategy, an engine that returns n-best hypotheses (``Engine.n_best``)
is asked for :data:`DEFAULT_N_BEST` of them for every unit that names a term, and
the hypothesis whose terms survived best is kept: with ``standin``, the one where
each stand-in came back where the swap finds it.

Either way every unit is verified afterwards; a unit that misses a term gets
``problems`` (so it stays fuzzy) naming the concept, expected and found text.
The engine is called once for the whole batch, plus once more for the units a
stand-in pass could not satisfy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cms_i18n.engines.agents import BETWEEN_NOUNS, BY_VERBS, NATIONALITY, agent_of, party_of
from cms_i18n.engines.agents import STOP_WORDS as _STOP
from cms_i18n.engines.apertium_case import title_case_headline
from cms_i18n.engines.base import Engine, Translation
from cms_i18n.engines.hidden import left_in
from cms_i18n.errors import ConfigError, EngineError
from cms_i18n.glossary.grammar import StandIn, fix_article, standins
from cms_i18n.glossary.match import NAME_GOES_ON, OUTSIDE, Context, Occurrence, context_from
from cms_i18n.glossary.model import Concept, Glossary, Term
from cms_i18n.glossary.positions import search_last_word
from cms_i18n.glossary.verify import (
    PROBLEM_PREFIX,
    WRITTEN_IN,
    ambiguous_term,
    compare,
    expectations,
    named_term,
    parenthetical_term,
    spelt_parent_letters,
    with_parent_spelt,
)
from cms_i18n.languages import base
from cms_i18n.stopwords import STOPWORDS

STRATEGIES = ("standin", "codeswitch", "none")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DEFAULT_N_BEST = 4

# "an ASEAN-wide ban" → "a ban across the ASEAN" (the suffix itself is dropped)
_ACROSS = {"wide": "across"}
_WITH = {"linked": "to", "related": "to", "affiliated": "with", "allied": "with",
         "aligned": "with"}
# "ASEAN-related activities" → "activities concerning the ASEAN": the engine reads
# "related" as "narrated" ("actividades, narrados a la ASEAN"), a preposition as it is
# ("actividades respecto de la ASEAN")
_PHRASED = {"related": "concerning"}
# Words that may open a noun phrase after a compound without being its head.
_MODIFIERS = _words(
    "interim caretaker new former transitional military peacekeeping security coalition "
    "joint current provisional regional national multinational rebel armed de-facto "
    "unrecognised unrecognized self-proclaimed de")
# Nouns a body's name modifies in news copy ("Security Council meeting", "SCO
# summit"), written out as "the meeting of the …" when the engine garbled the unit.
_BODY_NOUNS = _words(
    "meeting meetings session sessions summit summits member members secretary "
    "secretaries chairman chair head heads decision decisions resolution resolutions "
    "statement statements talks delegation delegations official officials exercise "
    "exercises staff apparatus mission missions forum envoy envoys spokesman spokeswoman "
    "spokesperson charter format framework countries states nations ministers leaders")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
# Nouns a compound of a body's dealings ends in ("peace support operation", "election
# observation mission", "counter-terrorism training exercises").
_COMPOUND_ENDS = _words(
    "operation operations mission missions force forces process processes initiative "
    "initiatives programme programmes program programs talks exercise exercises plan "
    "plans effort efforts team teams government governments")
_PROPER_NEXT = re.compile(r"(?:\s+(?:of|the|and|of the))?\s+[A-Z][\w-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\n\"“«(]\s*)$")
_DET_BEFORE = re.compile(r"(?:^|(?<=\s))([Tt]he)\s+$")
#: "a " or "an ", or a possessive ("Russia's "), right before a term
_ARTICLE_OR_POSSESSIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$|[^\W\d_]['’]s?\s+$",
                                           re.IGNORECASE)
#: the word right before a point, and the blanks after it
_LAST_WORD = re.compile(r"(\w+)\s+$")
_PLUS = re.compile(r"\+\d*(?![\w+])")


_GAP = re.compile(r"^glossary: (?P<name>.+): (?P<id>[^\s:]+) has no (?P<lang>[\w-]+) name in "
                  r"the glossary\b")


def one_line(name: str) -> str:
    r"""A name as a note quotes it: on one line, as the text may break a line inside it
    ("the Shanghai" / "Cooperation Organisation"); a ``#.`` note holds no line break,
    and the catalogue would make one note two.

    >>> one_line("Shanghai\nCooperation  Organisation")
    'Shanghai Cooperation Organisation'
    """
    return " ".join(name.split())


def gap_note(name: str, concept_id: str, lang: str) -> str:
    """The ``#.`` note on an entry naming a body whose glossary entry has no name in
    ``lang``: the engine wrote it, and an editor should look.

    >>> gap_note("CSTO Council of Defence Ministers", "CSTO_CMD", "pt")[:75]
    'glossary: CSTO Council of Defence Ministers: CSTO_CMD has no pt name in the'
    """
    return (f"glossary: {one_line(name)}: {concept_id} has no {lang} name in the glossary; "
            "left to the engine, check the name")


def unlisted_note(name: str, near: Sequence[tuple[Concept, str]]) -> str:
    """The ``#.`` note on an entry naming a body by a name the glossary does not list but
    comes close to: the engine wrote it, and an editor should look which body is meant.

    >>> from cms_i18n.glossary.model import Concept
    >>> unlisted_note("Shanghai Cooperation Council",
    ...               [(Concept("SCO"), "Shanghai Cooperation Organisation")])[:80]
    'glossary: Shanghai Cooperation Council: no name the glossary lists; nearest: SCO'
    """
    nearest = "; ".join(f"{c.id} ({name!r})" for c, name in near)
    return (f"glossary: {one_line(name)}: no name the glossary lists; nearest: {nearest}; "
            "left to the engine, check the body meant")


def other_sense_note(name: str, concept: Concept, reason: str, lang: str) -> str:
    """The ``#.`` note on an entry whose acronym the glossary did not enforce because its
    sentence names another body by the same letters (a ``!`` cue; ``reason`` says which
    word, :attr:`Decoy.reason`): the engine wrote it, and an editor should confirm that
    reading.

    >>> from cms_i18n.glossary.model import Concept
    >>> other_sense_note("SCO", Concept("SCO"), "the sentence says 'Unix'", "es")[:62]
    "glossary: SCO: SCO not applied: the sentence says 'Unix'; left"
    """
    entry = concept.target(lang)
    if entry is None:
        applied = concept.id
    else:
        form = entry.form("acronym").text if concept.translate else name
        applied = f"{form!r} ({concept.id})"
    return (f"glossary: {one_line(name)}: {applied} not applied: {reason}; left to the "
            "engine, check the body meant")


def gaps_in(comments: Sequence[str]) -> list[tuple[str, str]]:
    """(concept id, the source's name) of each :func:`gap_note` among ``comments``.

    >>> gaps_in([gap_note("SCO Council of Heads of State", "SCO_CHS", "gl"), "other"])
    [('SCO_CHS', 'SCO Council of Heads of State')]
    """
    return [(m.group("id"), m.group("name")) for m in map(_GAP.match, comments) if m]


def _gaps(occurrences: Sequence[Occurrence], lang: str, glossary: Glossary
          ) -> list[Occurrence]:
    """The names of ``occurrences`` whose glossary entry is enforced but has no name in
    ``lang``: entries of the glossary's files, not a state's council named from CLDR's
    data (which is left to the engine where a language lacks its form, by design); a
    bare short form nothing resolves is filed elsewhere, and is not one of them."""
    return [o for o in occurrences if o.concept.enforce and not o.ambiguous
            and o.concept.target(lang) is None and glossary.get(o.concept.id) is not None
            and (not o.parenthetical or o.text in o.concept.acronyms)]


_WORD = re.compile(r"\S+")


def _inside(find: Any, gaps: Sequence[Occurrence]) -> list[Occurrence]:
    """The names inside each of ``gaps``, names whose entry has no name in the target
    language (see :func:`_gaps`): the engine writes the whole name, and the names it holds are
    still the glossary's ("SCO" in "SCO Council of Heads of State", where a language
    names the SCO but not its council).  ``find`` is the matcher's (text, context); the longest
    runs of the name's words it finds a name in come first, and none overlap."""
    inside: list[Occurrence] = []
    for gap in gaps:
        words = [(m.start(), m.end()) for m in _WORD.finditer(gap.text)]
        taken: list[tuple[int, int]] = []
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                start, end = words[first][0], words[first + size - 1][1]
                # the whole name is the glossary's body: it ties the letters inside to
                # the world of states ("SCO" in the SCO's council) as its document would
                for o in find(gap.text[start:end], Context(world=True)):
                    at = (gap.start + start + o.start, gap.start + start + o.end)
                    if o.ambiguous or any(a < at[1] and at[0] < b for a, b in taken):
                        continue
                    taken.append(at)
                    inside.append(replace(o, start=at[0], end=at[1]))
    return inside


@dataclass(frozen=True)
class GlossaryResult:
    """One unit's translation after enforcement and verification; ``failed`` says why
    the engine gave none (:attr:`Translation.failed`), and ``text`` is then empty."""

    text: str
    score: float | None
    comments: tuple[str, ...]
    problems: tuple[str, ...]
    failed: str = ""


@dataclass
class _Slot:
    """One occurrence as sent to the engine."""

    occ: Occurrence
    term: Term | None        # None: nothing to write (dropped parenthetical)
    standin: StandIn | None = None
    written: str = ""        # what was put in the source in place of the mention
    extra: str = ""          # "+" of "BRICS+", "+3" of "ASEAN+3": kept after the term
    led: bool = False        # written "…, led by X,": the participle agrees with the term


@dataclass
class _Plan:
    source: str
    occurrences: list[Occurrence]
    strategy: str
    sent: str = ""
    slots: list[_Slot] = field(default_factory=list)
    ok: bool = True          # False when a stand-in could not be assigned
    #: every stand-in written into ``sent``, a slot's or not: none may reach the editor
    sent_standins: list[StandIn] = field(default_factory=list)


def translate_units(engine: Engine, texts: Sequence[str], *, source: str, target: str,
                    glossary: Glossary | None, documents: Sequence[str],
                    strategy: str | None = None,
                    whole: Mapping[str, str] | None = None,
                    skipped: Sequence[Sequence[str]] | None = None) -> list[GlossaryResult]:
    """Translate ``texts`` with ``engine``, enforcing and verifying glossary terms.

    ``texts`` are all units needing machine translation in this run, in
    document order; ``documents[i]`` is the document of ``texts[i]`` (earlier
    units of a document decide what a bare "Security Council" means).
    ``strategy`` overrides the engine's own choice (``standin``, ``codeswitch``,
    ``none``; ``auto`` or None: :meth:`Engine.glossary_strategy`).  ``whole``
    optionally maps a document id to its whole source text, every unit, whose cue
    words weigh in when a sentence's own words disagree (without it, the texts of
    this call and those skipped before them).  ``skipped[i]``: the units of text
    ``i``'s document between the document's previous text in this call (or its
    start) and text ``i`` that are not in ``texts`` (served from memory), read in
    order before it, as a reader of the page reads them: a name they make decides
    a bare name after them however many of the document's units are new.
    """
    texts = list(texts)
    if len(documents) != len(texts):
        raise ValueError("documents must give one document id per text")
    if not texts:
        return []
    before = skipped if skipped is not None else [()] * len(texts)
    if len(before) != len(texts):
        raise ValueError("skipped must give one list of units per text")
    seen: dict[str, list[str]] = {}
    for text, doc, between in zip(texts, documents, before, strict=True):
        seen.setdefault(doc, []).extend([*between, text])
    wholes = {doc: (whole or {}).get(doc) or "\n".join(seen[doc]) for doc in seen}
    # per text, its whole document, for an engine that reads evidence there
    contains = [wholes[doc] for doc in documents]
    lang = target
    if glossary is None or not glossary.covers(lang) or \
            base(source) != base(glossary.source_lang):
        return _plain(engine, texts, source, target, contains)
    if strategy not in (None, "", "auto"):
        chosen = str(strategy)
        if chosen not in STRATEGIES:
            raise ConfigError(f"unknown glossary strategy {chosen!r} "
                              f"(expected one of {', '.join(STRATEGIES)})")
    else:
        chosen = engine.glossary_strategy(lang)
        if chosen not in STRATEGIES:
            raise EngineError(f"engine {engine.name} failed: its glossary_strategy({lang!r}) "
                              f"gave {chosen!r}, not one of {', '.join(STRATEGIES)}")

    matcher = glossary.matcher
    contexts: dict[str, Context] = {}
    found: list[list[Occurrence]] = []
    # Per text, the names whose entry has no name in this language: the engine writes
    # them as it would without a glossary, and a note asks the editor to look.
    missing: list[list[str]] = []
    for text, doc, between in zip(texts, documents, before, strict=True):
        if doc not in contexts:
            contexts[doc] = context_from(matcher, [], wholes[doc])
        for unit in between:
            matcher.scan(unit, contexts[doc])
        occ, decoys = matcher.scan(text, contexts[doc])
        gaps = _gaps(occ, lang, glossary)
        unlisted = [unlisted_note(name, near) for name, near in
                    matcher.unlisted(text, occ, decoys)]
        found.append([o for o in [*occ, *_inside(matcher.find, gaps)]
                      if o.concept.target(lang) is not None and
                      # a parent's acronym inside a name the language lacks: the names
                      # inside that name are found anew
                      (o.within is None or o.within.target(lang) is not None) and
                      (not o.ambiguous or ambiguous_term(o, lang) is not None)])
        # an acronym whose sentence names another body by its letters: left to the engine
        others = [other_sense_note(d.text, d.concept, d.reason, lang)
                  for d in decoys if d.concept is not None]
        missing.append([*(gap_note(o.text, o.concept.id, lang) for o in gaps), *unlisted,
                        *others])
    if chosen == "none" or not any(found):
        plain = _plain(engine, texts, source, target, contains)
        return [r if r.failed else _finish(r.text, r.score, occ, glossary, lang,
                                           [*gaps, *r.comments],
                                           compare(occ, r.text, glossary, lang))
                for r, occ, gaps in zip(plain, found, missing, strict=True)]

    plans = [_prepare(text, occ, chosen if occ else "none", lang)
             for text, occ in zip(texts, found, strict=True)]
    n_best = DEFAULT_N_BEST if engine.n_best else 1
    if n_best > 1:
        # Alternatives widen the beam; ask for them only where there are terms to rank.
        outputs: list[Any] = [None] * len(plans)
        for wanted, group in ((n_best, [i for i, occ in enumerate(found) if occ]),
                              (1, [i for i, occ in enumerate(found) if not occ])):
            if group:
                got = _call(engine, [plans[i].sent for i in group], source, target, wanted,
                            [contains[i] for i in group])
                for i, out in zip(group, got, strict=True):
                    outputs[i] = out
    else:
        outputs = _call(engine, [p.sent for p in plans], source, target, 1, contains)
    results: list[GlossaryResult] = []
    for plan, out in zip(plans, outputs, strict=True):
        results.append(_restore_best(plan, out, glossary, lang))

    # Units the stand-in pass could not satisfy are sent again with stand-ins, their
    # attributive terms written out ("over Security Council meeting" → "over the
    # meeting of the hammer": bare, the engine read "hammer" as a verb); those still
    # failing get one code-switching retry, batched.  A unit where a stand-in
    # survived the swap takes the code-switching retry whatever it gives.
    # A unit the engine failed on is not sent again: the engine said why.
    retry = [i for i, (plan, res) in enumerate(zip(plans, results, strict=True))
             if plan.strategy == "standin" and (res.problems or not plan.ok)
             and not res.failed]
    reframed = {i: _prepare(texts[i], found[i], "standin", lang, reframe=True,
                            avoid=_surplus(plans[i], outputs[i].text)) for i in retry}
    reframed = {i: p for i, p in reframed.items() if p.ok and p.sent != plans[i].sent}
    if reframed:
        outs = _call(engine, [p.sent for p in reframed.values()], source, target, 1,
                     [contains[i] for i in reframed])
        for (i, plan), out in zip(reframed.items(), outs, strict=True):
            alt = _restore_best(plan, out, glossary, lang)
            if not alt.problems and not alt.failed:
                results[i] = alt
                retry.remove(i)
    if retry:
        again = [_prepare(texts[i], found[i], "codeswitch", lang) for i in retry]
        outs = _call(engine, [p.sent for p in again], source, target, 1,
                     [contains[i] for i in retry])
        for i, plan, out in zip(retry, again, outs, strict=True):
            alt = _restore_best(plan, out, glossary, lang)
            if alt.failed:
                continue
            if _leaked(plans[i], results[i].text) or \
                    len(alt.problems) < len(results[i].problems):
                # Written in directly, a term keeps the source's word order around it
                # ("Conselho de Segurança da Rússia reunião"): an editor must look.
                results[i] = replace(alt, problems=(*alt.problems, WRITTEN_IN))
    return [r if r.failed else
            _finish(r.text, r.score, occ, glossary, lang, [*gaps, *r.comments],
                    list(r.problems))
            for r, occ, gaps in zip(results, found, missing, strict=True)]


# -- engine plumbing ------------------------------------------------------------

def _call(engine: Engine, texts: list[str], source: str, target: str, n_best: int = 1,
          documents: list[str] | None = None) -> list[Translation]:
    """The engine's answers, checked to be one text per text sent, in order of sending;
    ``documents`` (per text, its whole document) go to an engine that reads them.

    An engine (a plugin's, say) that answers with one translation too many or too
    few would give every following unit its neighbour's translation, and the
    memory would keep them: the batch is refused instead.
    """
    extra: dict[str, Any] = {}
    if n_best > 1:
        extra["n_best"] = n_best
    if documents is not None and getattr(engine, "reads_documents", False):
        extra["documents"] = documents
    out = list(engine.translate_batch(texts, source, target, **extra))
    if len(out) != len(texts) or not all(isinstance(getattr(t, "text", None), str)
                                         for t in out):
        raise EngineError(f"engine {getattr(engine, 'name', engine)!r} answered "
                          f"{len(out)} translations for {len(texts)} texts; nothing from "
                          "this batch was used")
    return out


def _failed(out: Translation) -> str:
    """Why the engine gave no translation (an engine's own answer type may not say)."""
    return str(getattr(out, "failed", "") or "")


def _notes(out: Translation) -> tuple[str, ...]:
    """What the engine says it repaired or an editor must check (an engine's own answer
    type may not say)."""
    return tuple(getattr(out, "notes", ()) or ())


def _plain(engine: Engine, texts: list[str], source: str, target: str,
           documents: list[str] | None = None) -> list[GlossaryResult]:
    return [GlossaryResult(t.text, t.score, _notes(t), (), _failed(t))
            for t in _call(engine, texts, source, target, 1, documents)]


# -- preparing the source -------------------------------------------------------

def _prepare(text: str, occurrences: list[Occurrence], strategy: str, lang: str, *,
             reframe: bool = False, avoid: frozenset[str] = frozenset()) -> _Plan:
    """What is sent to the engine for ``text``, and how to swap the terms back.

    ``reframe`` writes every term used attributively as the complement of its noun
    ("Security Council meeting" → "the meeting of the hammer"), not only those the
    engine is known to get wrong.
    """
    plan = _Plan(text, occurrences, strategy)
    if strategy == "none":
        plan.sent = text
        plan.slots = [_Slot(o, _term_for(o, lang, occurrences)) for o in occurrences]
        return plan
    lowered = text.lower()
    taken: set[str] = set(avoid)     # stand-ins the engine wrote for a word of its own
    chunks: list[str] = []
    pos = 0
    skip_to = 0
    for index, occ in enumerate(occurrences):
        if occ.start < skip_to:
            continue
        inner = [o for o in occurrences[index + 1:] if o.within is occ.concept and
                 occ.start < o.start < occ.end]
        limit = next((o.start for o in occurrences[index + 1:] if o.start >= occ.end),
                     len(text))
        slot = _Slot(occ, _term_for(occ, lang, occurrences))
        plus = _PLUS.match(text, occ.end)
        if plus and not occ.possessive and not occ.suffix:
            slot.extra = plus.group()       # the engine would move it: "grupo+ de los BRICS"
        plan.slots.append(slot)
        if slot.term is None:        # "(UNSC)" with no target acronym: drop it
            cut = occ.start - 1
            while cut > 0 and text[cut - 1] == " ":
                cut -= 1
            chunks.append(text[pos:cut])
            pos = occ.end + 1
            continue
        pair = _pair_before_noun(text, occurrences, index) if not inner else None
        if pair is not None:
            # "the AU-UN partnership" → "the partnership between the AU and the UN", "the
            # AU-EU summit" → "the summit between the AU and the EU": glued, the engine
            # wrote "la sociedad de la ONU de la UA", "la UE de la UA la cumbre"
            other = None if pair.party is not None else _Slot(
                occurrences[index + 1], _term_for(occurrences[index + 1], lang, occurrences))
            if other is None or other.term is not None:
                slot.written = _word_sent(slot, plan, lang, lowered, taken)
                if other is not None:
                    plan.slots.append(other)
                    other.written = _word_sent(other, plan, lang, lowered, taken)
                sides = [f"the {slot.written}",
                         pair.party if other is None else f"the {other.written}"]
                if not pair.term_first:
                    sides.reverse()
                chunks.append(text[pos:pair.start])
                chunks.append(f"{pair.noun} between {sides[0]} and {sides[1]}")
                pos = skip_to = pair.end
                continue
        word = _word_sent(slot, plan, lang, lowered, taken)
        entry = occ.concept.target(lang)
        start, end, replacement = _rephrase(text[:limit], occ, word, slot, reframe,
                                            article=entry is not None and entry.article)
        end += len(slot.extra)
        slot.written = word
        for nested in inner:
            # the parent's acronym inside the name ("the Shanghai Cooperation Organization
            # (SCO) Council of Heads of State"): after the whole name, by the rule
            paren = _Slot(nested, _term_for(nested, lang))
            plan.slots.append(paren)
            if paren.term is not None and (start, end) == (occ.start, occ.end):
                paren.written = _word_sent(paren, plan, lang, lowered, taken)
                replacement = f"{replacement} ({paren.written})"
            else:
                paren.term = None
        led = _led_before(text, occ, pos) if (start, end) == (occ.start, occ.end) else None
        if led is not None:
            # "the Russian-led CSTO" → "the CSTO, led by Russia,": glued before the term,
            # the engine writes "del ruso-Organización … dirigida"
            lead_start, verb, agent = led
            nxt = occurrences[index + 1] if index + 1 < len(occurrences) else None
            alone = replacement
            if nxt is not None and nxt.parenthetical and text[end:nxt.start] == " (" and \
                    text[nxt.end:nxt.end + 1] == ")":
                # its acronym in parentheses stays right after it: "(OTSC), led by Russia"
                paren = _Slot(nxt, _term_for(nxt, lang))
                plan.slots.append(paren)
                if paren.term is not None:
                    paren.written = _word_sent(paren, plan, lang, lowered, taken)
                    replacement = f"{replacement} ({paren.written})"
                end = nxt.end + 1
            after = _NEXT_WORD.match(text, end)
            if after is None or after.group(1).lower() in _STOP:
                closing = "" if re.match(r"\s*(?:[,.;:!?)]|$)", text[end:]) else ","
                start, replacement = lead_start, f"{replacement}, {verb} by {agent}{closing}"
                slot.led = True
            elif end != occ.end + len(slot.extra):
                # attributive: left as the source has it, its acronym in parentheses too
                # (sent once, as the source writes it, and swapped by its own slot)
                end = occ.end + len(slot.extra)
                replacement = alone
                if plan.slots[-1].occ is not occ:
                    plan.slots.pop()
        if _stop_inside(text, start, end) and not replacement.endswith("."):
            replacement += "."     # "at the U.N. For those …": the name's stop ends the sentence
        chunks.append(_indefinite(text[pos:start], replacement))
        chunks.append(replacement)
        pos = skip_to = end
    chunks.append(text[pos:])
    plan.sent = "".join(chunks)
    return plan


# What follows a sentence's end: nothing, or the next sentence's first word.
_NEXT_SENTENCE = re.compile(r"\s*$|\s+[\"“‘(]?(?P<word>[A-Z][a-z]*)\b")


def _stop_inside(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending a name written with stops ("U.N.") ends the sentence
    too: the text ends there, or a word that starts sentences and no name ("For", "The",
    "It") follows in capitals.  Replaced whole, the name took the stop with it, and the
    translation ran two sentences together ("en la ONU Para aquellos").

    >>> _stop_inside("at the U.N. For those", 7, 11), _stop_inside("the U.N. Security", 4, 8)
    (True, False)
    >>> _stop_inside("members of the U.N.", 15, 19)
    True
    """
    if not text[start:end].endswith("."):
        return False
    after = _NEXT_SENTENCE.match(text, end)
    return after is not None and (after.group("word") is None
                                  or after.group("word").lower() in STOPWORDS)


@dataclass(frozen=True)
class _Pair:
    """Two parties joined by a hyphen before a noun of what they do together."""

    start: int               # where the pair starts
    end: int                 # where its noun ends
    noun: str                # the noun, capitalised where it now opens the sentence
    party: str | None        # the other party as it reads after "between" ("the EU",
                             # "China") when the glossary does not list it; None: the next
                             # occurrence is the other party
    term_first: bool         # the term is the first party


_PARTY_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.]*)-$")
# Up to three capitalised words of a title, then its noun ("Foreign Ministers’ Meeting").
_TITLED_NOUN = re.compile(r"\s+((?:[A-Z][\w-]*[’']?\s+){1,3}([A-Z][\w-]*))(?![\w'’-])")


def _pair_before_noun(text: str, occurrences: Sequence[Occurrence], index: int
                      ) -> _Pair | None:
    """The acronym at ``index`` joined by a hyphen to another party before a noun of what
    two parties do together: the next occurrence ("the AU-UN partnership", "SCO-CSTO
    cooperation"), or a state or a body the glossary does not list, after it or before it
    ("the AU-EU summit", "the EU-AU Summit"); None for any other compound."""
    occ = occurrences[index]
    nxt = occurrences[index + 1] if index + 1 < len(occurrences) else None
    if occ.kind != "acronym" or occ.possessive:
        return None
    party: str | None = None
    first, start, after = True, occ.start, occ.end
    listed = nxt is not None and text[occ.end:nxt.start] == "-"
    if nxt is not None and listed:                              # "AU-UN partnership"
        if nxt.kind != "acronym" or nxt.possessive or nxt.suffix:
            return None
        after = nxt.end
    elif occ.suffix:                                            # "AU-EU summit"
        party, after = party_of(occ.suffix), occ.end + 1 + len(occ.suffix)
    else:                                                       # "EU-AU summit"
        before = _PARTY_BEFORE.search(text, 0, occ.start)
        if before is None or any(o.end == occ.start - 1 for o in occurrences[:index]):
            return None
        party, first, start = party_of(before.group(1)), False, before.start(1)
    m = _NEXT_WORD.match(text, after)
    if m is not None and m.group(1).lower() not in BETWEEN_NOUNS:
        # a title's words before its noun ("the ASEAN-U.S. Foreign Ministers' Meeting")
        titled = _TITLED_NOUN.match(text, after)
        m = titled if titled is not None and titled.group(2).lower() in BETWEEN_NOUNS \
            else None
    if (not listed and party is None) or m is None:
        return None
    noun = m.group(1)
    if search_last_word(_SENTENCE_START, text, start):
        noun = noun[:1].upper() + noun[1:]
    return _Pair(start, m.end(1), noun, party, first)


# "Russian-led ", "Moscow-backed ", "US-brokered " right before a term
_LED = re.compile(r"(?<![\w-])([A-Z][\w.]*)-([a-z]+)\s+$")


def _led_before(text: str, occ: Occurrence, pos: int) -> tuple[int, str, str] | None:
    """Where an "X-led" compound right before a term starts, its verb and its agent
    ("Russia", "the US"); None when there is none, or X is no state, place or acronym
    the phrase "led by X" can name ("Western-backed": left as it is)."""
    if occ.possessive or occ.suffix or occ.parenthetical:
        return None
    m = _LED.search(text, pos, occ.start)
    if m is None or m.group(2) not in BY_VERBS:
        return None
    agent = agent_of(m.group(1))
    if agent is None:
        return None
    return m.start(1), m.group(2), agent


def _term_for(occ: Occurrence, lang: str,
              occurrences: Sequence[Occurrence] = ()) -> Term | None:
    entry = occ.concept.target(lang)
    assert entry is not None
    if not occ.concept.translate:
        return Term(occ.text, occ.concept.gender, occ.concept.number)
    if occ.parenthetical:       # "(SCO)", "(AL)": by the language's rule, maybe nothing
        return parenthetical_term(occ, lang)
    if occ.ambiguous:           # nothing says which body: the equally short form
        return ambiguous_term(occ, lang)
    return named_term(occ, occurrences, lang)   # its parent spelt out where the source did


def _pick_standin(slot: _Slot, lang: str, lowered: str, taken: set[str],
                  slots: list[_Slot]) -> StandIn | None:
    assert slot.term is not None
    for other in slots[:-1]:      # the same form again: reuse its stand-in
        if other.standin and other.term == slot.term and other.extra == slot.extra:
            return other.standin
    for cand in standins(lang, slot.term.gender):
        if cand.en in taken:
            continue
        if re.search(rf"\b({re.escape(cand.en)}|{re.escape(cand.en_plural)}|"
                     rf"{re.escape(cand.target)}|{re.escape(cand.target_plural)})\b", lowered):
            continue
        taken.add(cand.en)
        return cand
    return None


def _word_sent(slot: _Slot, plan: _Plan, lang: str, lowered: str, taken: set[str]) -> str:
    """What the engine is sent for a term: with the stand-in strategy, a stand-in noun
    picked here (none free fails the plan, which then falls back to another strategy);
    otherwise the name itself."""
    if plan.strategy == "standin":
        slot.standin = _pick_standin(slot, lang, lowered, taken, plan.slots)
        if slot.standin is None:
            plan.ok = False
        else:
            plan.sent_standins.append(slot.standin)
    return _written(slot)


def _written(slot: _Slot) -> str:
    assert slot.term is not None
    if slot.standin is not None:
        return slot.standin.english(slot.term.number)
    return slot.term.text


def _rephrase(text: str, occ: Occurrence, word: str, slot: _Slot, reframe: bool = False,
              *, article: bool = False) -> tuple[int, int, str]:
    """What replaces the mention: (start, end, new text), rephrasing compounds and
    possessives; ``article``: the target writes the name with an article in running text
    ("la OTSC"), so a bare acronym after a word ("left CSTO", "within CSTO") reaches the
    engine as "the trumpet", which it reads as a noun ("dejó la trompeta"; bare, it
    came out "OTSC izquierda", "dentro OTSC")."""
    start, end = occ.start, occ.end
    at_start = bool(search_last_word(_SENTENCE_START, text, start))
    # a headline in title case: a capital names nothing in it, and a stand-in keeps its
    # capitals for the engine to read the headline as one ("… Deal With Trumpet, Japan")
    headline = title_case_headline(text)
    possessive_name = occ.kind == "name" and re.search(r"\w['’]s\s", occ.text) is not None
    lead = "the " if possessive_name and not _determined(text, start) else ""
    if at_start and lead:
        lead = "The "
    elif (at_start or headline) and slot.standin is not None:
        word = word[:1].upper() + word[1:]
    intra = _INTRA_BEFORE.search(text, 0, start)
    head = _head(text, end) if intra and not (occ.suffix or occ.possessive) else None
    if intra and head is not None:
        # "intra-BRICS relations" → "relations within the BRICS": the engine glued the
        # prefix to the noun after it ("Intra-Relaciones de los BRICS")
        after = _NEXT_WORD.match(text, head[1])
        if after and after.group(1).islower() and after.group(1).endswith("s") and \
                not after.group(1).endswith("ss") and after.group(1) not in _STOP and (
                    _HEAD_ENDS.match(text, after.end(1)) or (
                        (nxt := _NEXT_WORD.match(text, after.end(1))) is not None
                        and nxt.group(1).lower() in _STOP)):
            head = head[0], after.end(1)     # "intra-ASEAN investment flows"
        noun = text[head[0]:head[1]]
        if search_last_word(_SENTENCE_START, text, intra.start()):
            noun = noun[:1].upper() + noun[1:]
        shown = word.lower() if slot.standin is not None and not headline else word
        return intra.start(), head[1], f"{noun} within the {shown}"
    if occ.suffix:
        suffix_end = end + 1 + len(occ.suffix)
        low = occ.suffix.lower()
        if low in BY_VERBS or low in _WITH or low in _ACROSS:
            prep = _PHRASED.get(low) or _WITH.get(low, _ACROSS.get(low, "by"))
            # "UN-Brokered Talks Resume" has one noun, "Talks", and a verb
            verb = "" if low in _ACROSS or low in _PHRASED \
                else f"{low if headline else occ.suffix} "
            head = _head(text, suffix_end, headline)
            if head is not None:
                hs, he = head
                noun = text[hs:he]
                proper = noun[:1].isupper() and not headline   # as written, before any capitalising
                if at_start:
                    noun = noun[:1].upper() + noun[1:]
                shown = word.lower() if slot.standin and not headline else word
                # a plural head "led by" takes the phrase between commas too, which the
                # engine then reads as a participle, not as the verb ("efforts led by the
                # UN" → "esfuerzos dirigieron por la ONU"; "efforts, led by …," →
                # "dirigidos", made to agree with the noun, see engines.agreement), and so
                # does any other verb but "backed", read as a participle already ("peace
                # talks brokered by the UN" → "charlas de paz mediaron por la ONU")
                plural = low != "backed" and noun.endswith("s") and not noun.endswith(
                    ("ss", "us", "is"))
                if (proper or plural) and verb:   # "the Islamic Emirate, led by the Taliban, has"
                    closing = "" if re.match(r"\s*(?:[,.;:!?)]|$)", text[he:]) else ","
                    return start, he, f"{noun}, {verb}{prep} the {shown}{closing}"
                return start, he, f"{noun} {verb}{prep} the {shown}"
            return start, suffix_end, f"{verb}{prep} the {word}"
        return start, end + 1, f"{lead}{word} "        # "SCO-member states" → "… member states"
    if occ.possessive:
        # An adverb or a participle after the "'s" ("ASEAN's mutually beneficial
        # partnerships", "ASEAN's newly signed pact") makes the engine read it as "is"
        # ("la ASEAN es mutuamente sociedades"): the phrase is rephrased with "of".
        described = _described_head(text, occ.span_end)
        head = described or _head(text, occ.span_end)
        # The engine handles "the trumpet's members" itself, but splits a hyphenated
        # head ("the trumpet's secretary-general" → "secretario de la trompeta-general").
        hyphenated = head is not None and "-" in text[head[0]:head[1]] and \
            text[head[0]].islower()
        if slot.standin is not None and not hyphenated and described is None:
            return start, occ.span_end, f"{lead}{word}'s"
        # "the CSTO's members" → "the members of the OTSC"
        det = search_last_word(_DET_BEFORE, text, start)
        if head is not None:
            hs, he = head
            s0 = det.start(1) if det else start
            the = (det.group(1) if det else ("The" if at_start else "the"))
            shown = _written(slot) if slot.standin is not None else word
            return s0, he, f"{the} {text[hs:he]} of the {shown}"
        return start, occ.span_end, f"{lead}{word}'s"
    head = _attributive_head(text, occ, reframe)
    if head is not None:      # "new CSTO exercises" → "new exercises of the CSTO"
        hs, he = head
        noun = text[hs:he]
        if reframe and not _determined(text, start) and not \
                search_last_word(_ARTICLE_OR_POSSESSIVE_BEFORE, text, start):
            noun = f"the {noun}"      # "over Security Council meeting": a headline's
        if at_start:
            noun = noun[:1].upper() + noun[1:]
        shown = word.lower() if slot.standin is not None and not headline else word
        return start, he, f"{noun} of the {shown}"
    if article and slot.standin is not None and occ.kind == "acronym" and not lead and \
            not at_start and not _determined(text, start) and \
            search_last_word(_BARE_AFTER, text, start) and not _modifies_next(text, end):
        lead = "the "
    return start, end, f"{lead}{word}"


#: "intra-" hyphened to a name ("intra-ASEAN trade"), the name's start where it ends.
_INTRA_BEFORE = re.compile(r"(?<![\w-])[Ii]ntra-$")


def _modifies_next(text: str, end: int) -> bool:
    """Whether the word after a name is a noun it modifies ("CSTO member states"): a word
    in lower case that is no stop word; the name is then no bare noun of its own."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1).islower() and m.group(1) not in _STOP)


# The word before a bare acronym that the article goes after: a preposition or a verb
# in lower case, not a determiner, a number, a conjunction or a name ("and CIS" takes the
# article of the name before it in the target's coordination).
_BARE_AFTER = re.compile(r"(?<![\w'’-])(?!(?:and|or|nor|but|whose|which|that|than|as)\s)"
                         r"[a-z]+\s+$")


_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)\s+$")
_HEAD_ENDS = re.compile(r"\s*(?:[,.;:!?)\]]|$)")


def _attributive_head(text: str, occ: Occurrence, reframe: bool = False
                      ) -> tuple[int, int] | None:
    """The noun a term used attributively modifies, when the engine would get it wrong.

    Two frames make a rule-based engine attach words to the term instead of the
    noun it modifies: an adjective before an acronym ("new CSTO exercises" →
    "ejercicios de la OTSC nueva": the adjective agrees with the stand-in) or before a
    full name and its officer ("the new African Union chairperson"), and a
    hyphenated title after a term ("the SCO Secretary-General" → "Secretario de la
    OCS-General").  Written as "exercises of the CSTO", both come out right.  Only
    a one-word head is taken (what follows must be punctuation, a stop word or a
    past tense), so "SCO member states" is left to the engine.  With ``reframe``
    (a second try once the engine has garbled a unit), any one-word lower-case noun
    after a name is taken ("Security Council meeting").
    """
    if occ.possessive or occ.suffix or occ.parenthetical:
        return None
    body = NAME_GOES_ON.match(text, occ.end)
    # (a security council's name is the glossary's to read: "AU Security Council")
    if occ.kind == "acronym" and body is not None and \
            not body.group().rstrip().endswith("Security Council"):
        # "the CSTO Parliamentary Assembly": the body the acronym owns, written "the
        # Parliamentary Assembly of the CSTO" (it came out "la OTSC la asamblea …")
        return body.start() + 1, body.end()
    m = _NEXT_WORD.match(text, occ.end)
    if not m or m.group(1).lower() in _STOP:
        return None
    noun = m.group(1)
    if "-" in noun.strip("-"):
        return m.start(1), m.end(1)
    members = _MEMBERS.match(text, occ.end)
    if occ.kind == "acronym" and members and search_last_word(_COUNT_BEFORE, text, occ.start):
        # "eight SCO member states" came out "ocho miembro de la OCS estados": after a
        # count, the engine breaks the compound; "eight member states of the SCO" reads
        return members.start(1), members.end(1)
    if reframe and noun in _BODY_NOUNS:
        # Only where the name opens its noun phrase ("over Security Council meeting",
        # "the SCO summit"), not after a modifier of its own ("the five-nation BRICS group").
        token = re.search(r"(\S+)\s+$", text[:occ.start])
        if token is None or (not re.search(r"[\d-]", token.group(1))
                             and token.group(1).lower() not in _MODIFIERS):
            return m.start(1), m.end(1)
    if occ.kind not in ("acronym", "name") or not noun.islower():
        return None
    after = _NEXT_WORD.match(text, m.end(1))
    if not (_HEAD_ENDS.match(text, m.end(1))
            or (after and (after.group(1).lower() in _STOP or after.group(1).endswith("ed")))):
        return None
    before = search_last_word(_WORD_BEFORE, text, occ.start)
    if before is None or not before.group(1).islower() or before.group(1) in _STOP:
        return None
    if occ.kind == "name" and before.group(1) not in _OFFICE_ADJECTIVES:
        # (a full name after a word the engine may not know: "the outgoing African Union
        # chairperson" kept its order, better than the frame around an unknown word)
        return None
    return m.start(1), m.end(1)


#: Adjectives of an office before a body's full name and its officer ("the new African
#: Union chairperson" came out "el presidente de la Unión Africana nuevo", the adjective
#: agreeing with the body): written "the new chairperson of the African Union".
_OFFICE_ADJECTIVES = frozenset({"new", "former", "current", "next", "previous", "acting",
                                "interim", "first", "last", "late"})


#: The members a body's acronym qualifies ("SCO member states", "BRICS member countries").
_MEMBERS = re.compile(r"\s+(member (?:states|countries|nations)|members)\b")
#: A count right before a name ("eight", "all 10", "the 57").
_COUNT_BEFORE = re.compile(r"(?<![\w-])(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|twenty)\s+$", re.IGNORECASE)


def _indefinite(before: str, replacement: str) -> str:
    """Make a trailing "a"/"an" fit the lower-case word written after it.

    >>> _indefinite("An ", "ban across the trumpet")
    'A '
    >>> _indefinite("said an ", "OCS official")    # capitalised: left alone
    'said an '
    """
    m = re.search(r"(?<![^\W_])([Aa])(n?)(\s+)$", before)
    if not m or not replacement[:1].islower():
        return before
    article = m.group(1) + ("n" if replacement[0] in "aeio" else "")
    return before[:m.start()] + article + m.group(3)


def _determined(text: str, start: int) -> bool:
    m = search_last_word(_LAST_WORD, text, start)
    return bool(m and m.group(1).lower() in {"the", "a", "an", "its", "their", "this", "that"})


def _compound_head(text: str, end: int) -> int | None:
    """Where a noun compound that goes on after its first word ends, when one or two more
    lowercase words close it with a noun such compounds end in ("peace support
    operation", "election observation mission"); else None.  The "-led" phrase then
    follows the whole compound, which the engine keeps together ("una operación de
    apoyo de la paz dirigida por la UA", not "una paz dirigida por la operación")."""
    pos = end
    for _ in range(2):
        m = _NEXT_WORD.match(text, pos)
        if not m or not m.group(1).islower() or m.group(1) in _STOP:
            return None
        pos = m.end(1)
        if m.group(1) in _COMPOUND_ENDS:
            return pos
    return None


#: How many words a noun phrase opened by an adverb or a participle holds at most.
_DESCRIBED_WORDS = 4


def _described_head(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase right after ``pos`` when an adverb or a participle opens it
    ("mutually beneficial partnerships", "newly signed trade pact"): lower-case words up
    to a function word or a stop, at most four; None otherwise.

    >>> text = "expanding ASEAN's mutually beneficial partnerships with its neighbours"
    >>> start, end = _described_head(text, text.index(" mutually"))
    >>> text[start:end]
    'mutually beneficial partnerships'
    >>> _described_head("ASEAN's members met", len("ASEAN's")) is None
    True
    """
    m = _NEXT_WORD.match(text, pos)
    if not m or not m.group(1).islower() or not m.group(1).endswith(("ly", "ed")) or \
            m.group(1) in _STOP:
        return None
    start, end, words = m.start(1), m.end(1), 1
    while words < _DESCRIBED_WORDS:
        nxt = _NEXT_WORD.match(text, end)
        if not nxt or not nxt.group(1).islower() or nxt.group(1) in _STOP:
            break
        end, words = nxt.end(1), words + 1
    return (start, end) if words > 1 else None


def _head(text: str, pos: int, headline: bool = False) -> tuple[int, int] | None:
    """The noun (phrase) right after ``pos``: "government", "interim government"; in a
    ``headline`` set in title case, a capital does not make a name."""
    m = _NEXT_WORD.match(text, pos)
    if not m or m.group(1).lower() in _STOP:
        return None
    start, end = m.start(1), m.end(1)
    if m.group(1)[:1].isupper() and not headline:   # a name: "Islamic Emirate of Afghanistan"
        words = 1
        while True:
            nxt = _PROPER_NEXT.match(text, end)
            if not nxt:
                break
            end, words = nxt.end(), words + 1
        word = m.group(1).lower()
        if words == 1 and word.endswith(NATIONALITY) and not word.endswith("stan"):
            noun = _NEXT_WORD.match(text, end)      # "Kazakh authorities", "Afghan government"
            if noun and noun.group(1).islower() and noun.group(1) not in _STOP:
                end = noun.end(1)
        return (start, end) if text[end:end + 2] not in ("'s", "’s") else None
    # a head that is itself such a noun ends there ("UN-backed government held talks")
    compound = None if m.group(1).lower() in _COMPOUND_ENDS else _compound_head(text, end)
    if compound is not None:
        return start, compound
    if m.group(1).lower() in _MODIFIERS:
        m2 = _NEXT_WORD.match(text, end)
        if m2 and m2.group(1).lower() not in _STOP:
            end = m2.end(1)
            if m.group(1).lower() == "de" and m2.group(1).lower() == "facto":
                m3 = _NEXT_WORD.match(text, end)
                if m3 and m3.group(1).lower() not in _STOP:
                    end = m3.end(1)
    if text[end:end + 2] in ("'s", "’s"):
        return None
    return start, end


# -- restoring the output -----------------------------------------------------

def _restore_best(plan: _Plan, out: Translation, glossary: Glossary, lang: str
                  ) -> GlossaryResult:
    """Restore every hypothesis the engine gave; keep the one with fewest problems
    (not yet finished: :func:`_finish` adds the notes on what was enforced)."""
    if _failed(out):
        return GlossaryResult("", out.score, (), (), _failed(out))
    hypotheses = [out.text, *out.alternatives]
    best: tuple[str, list[str]] | None = None
    best_index = 0
    for i, hyp in enumerate(hypotheses):
        restored = _restore(plan, hyp, lang)
        # Also where the source names nothing: "Kazakhstan's Security Council" must
        # not come out as the UN's.
        problems = compare(plan.occurrences, restored, glossary, lang)
        # A stand-in the swap could not find (glued to a neighbour) counts against it too.
        problems += [f"{PROBLEM_PREFIX} stand-in {w!r} left in the output"
                     for w in _leaked(plan, restored)]
        problems += [f"{PROBLEM_PREFIX} stand-in {w!r} is also the engine's word for "
                     "another word of the source" for w in _surplus(plan, hyp)]
        problems += [f"{PROBLEM_PREFIX} {w!r} written twice in a row, which the source does "
                     "not do" for w in _doubled(plan, restored)]
        if best is None or len(problems) < len(best[1]):
            best, best_index = (restored, problems), i
        if not problems:
            break
    assert best is not None
    comments = _notes_in_source(plan, _notes(out))
    if best_index:
        comments.append(f"glossary: chose hypothesis {best_index + 1} of {len(hypotheses)} "
                        "(the first missed a term)")
    return GlossaryResult(best[0], out.score, tuple(comments), tuple(best[1]))


def _notes_in_source(plan: _Plan, notes: Sequence[str]) -> list[str]:
    """The engine's notes with every stand-in it quotes put back as the source and the
    term wrote it: a note on the quotation "Trumpet Plus" is one on "CIS Plus" (the
    engine read the text sent, never the source), and no editor reads a stand-in.

    >>> from cms_i18n.glossary.grammar import standins
    >>> trumpet = next(c for c in standins("es", "f") if c.en == "trumpet")
    >>> occ = Occurrence(Concept("CIS"), "acronym", 4, 7, "CIS")
    >>> plan = _Plan("The CIS Plus format", [occ], "standin")
    >>> plan.slots = [_Slot(occ, Term("CEI", "f"), standin=trumpet, written="trumpet")]
    >>> _notes_in_source(plan, ['quotes: "la trompeta" may enclose other words than '
    ...                         'the quoted "Trumpet Plus"'])
    ['quotes: "la CEI" may enclose other words than the quoted "CIS Plus"']
    """
    swaps: list[tuple[str, str]] = []
    for slot in plan.slots:
        if slot.standin is None or slot.term is None:
            continue
        stand = slot.standin
        for english in {slot.written, stand.en, stand.en_plural} - {""}:
            swaps.append((english, slot.occ.text))
        for word in (stand.target, stand.target_plural):
            swaps.append((word, slot.term.text))
    out = []
    for note in notes:
        for word, source in swaps:
            note = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])",
                          source.replace("\\", "\\\\"), note, flags=re.IGNORECASE)
        out.append(note)
    return out


def _surplus(plan: _Plan, text: str) -> frozenset[str]:
    """Stand-ins (their English nouns) found in the engine's output ``text`` more often
    than they were sent.

    A stand-in is picked because neither it nor its translation is in the source, but
    the engine may still write it for another word ("drills" → "martillo", the
    stand-in "hammer"): swapped back, that word would become the term — an entity the
    source does not name there.  Such a hypothesis is a failure of the stand-in: the
    unit is sent again with other stand-ins, then with the names written in.

    >>> from cms_i18n.glossary.grammar import standins
    >>> hammer = next(c for c in standins("es", "m") if c.en == "hammer")
    >>> plan = _Plan("", [], "standin")
    >>> plan.slots = [_Slot(None, None, standin=hammer)]  # type: ignore[arg-type]
    >>> sorted(_surplus(plan, "Las martillo serán aguantadas; el martillo decide."))
    ['hammer']
    >>> sorted(_surplus(plan, "El martillo decide."))
    []
    """
    if plan.strategy != "standin":
        return frozenset()
    sent: dict[StandIn, int] = {}
    for slot in plan.slots:
        if slot.standin is not None:
            sent[slot.standin] = sent.get(slot.standin, 0) + 1
    return frozenset(standin.en for standin, count in sent.items()
                     if len(standin.pattern().findall(text)) > count)


def _doubled(plan: _Plan, text: str) -> list[str]:
    """Terms the swap put twice in a row ("la ASEAN ASEAN y Consejos Comunitarios") where
    the source never writes its name twice so: the engine moved two stand-ins of a
    coordination ("the ASEAN Community Councils and ASEAN Sectoral Bodies") together, and
    each name is no longer beside its own body.  A failure of the stand-ins, as a leak is.

    >>> occ = Occurrence(Concept("ASEAN"), "acronym", 4, 9, "ASEAN")
    >>> plan = _Plan("The ASEAN Councils and ASEAN Bodies", [occ, occ], "standin")
    >>> plan.slots = [_Slot(occ, Term("ASEAN", "f"))]
    >>> _doubled(plan, "la ASEAN ASEAN y Consejos"), _doubled(plan, "la ASEAN y la ASEAN")
    (['ASEAN'], [])
    """
    if plan.strategy != "standin":
        return []
    found = []
    for slot in plan.slots:
        if slot.term is None:
            continue
        twice = re.compile(rf"(?<![^\W_]){re.escape(slot.term.text)}\s+"
                           rf"{re.escape(slot.term.text)}(?![^\W_])", re.IGNORECASE)
        again = re.compile(rf"(?<![^\W_]){re.escape(slot.occ.text)}\s+"
                           rf"{re.escape(slot.occ.text)}(?![^\W_])", re.IGNORECASE)
        if twice.search(text) and not again.search(plan.source):
            found.append(slot.term.text)
    return list(dict.fromkeys(found))


def _leaked(plan: _Plan, text: str) -> list[str]:
    """Stand-in nouns still in ``text`` after the swap, alone or glued to a neighbour.

    Apertium can glue a stand-in to the words of a hyphenated compound
    ("violinesdecinco"), where no word-bounded swap finds it, and leaves the English
    noun as it was sent where a stop glued the next sentence to it ("the trumpet.He"
    came out "el trumpet.he").  Such a unit must never reach an editor: the caller
    retries it with another strategy.
    """
    if plan.strategy != "standin":
        return []
    # every stand-in is picked in one place (_word_sent), which records it, a slot's or not;
    # its English noun counts too where the source itself does not hold it
    pairs = list(dict.fromkeys((standin.target_plural, standin.target)
                               for standin in plan.sent_standins))
    pairs += [pair for pair in dict.fromkeys((standin.en_plural, standin.en)
                                             for standin in plan.sent_standins)
              if not left_in(plan.source, pair)]
    # the text is folded once for every stand-in, not once per term
    found = set(left_in(text, [noun for pair in pairs for noun in pair]))
    leaks = [next(noun for noun in pair if noun in found) for pair in pairs
             if found.intersection(pair)]
    return list(dict.fromkeys(leaks))


def _restore(plan: _Plan, text: str, lang: str) -> str:
    """Put the approved terms in place of stand-ins (or leftovers) and fix their articles."""
    if plan.strategy == "none":
        return text
    rules: list[tuple[re.Pattern[str], Term, bool, bool, str]] = []
    for slot in plan.slots:
        if slot.term is None:
            continue
        entry = slot.occ.concept.target(lang)
        takes_article = entry.article if entry is not None else False
        if slot.standin is not None:
            rules.append((slot.standin.pattern(), slot.term, True, takes_article, slot.extra))
            continue
        rx = _literal(slot.term.text, ignore_case=False)
        if not rx.search(text):      # the engine dropped, bent or translated it: repair
            concept = slot.occ.concept
            bent = _bent(slot.term.text, text)
            for form in dict.fromkeys([*bent, slot.occ.text, *concept.acronyms,
                                       *concept.names]):
                candidate = _literal(form, ignore_case=form not in concept.acronyms)
                if candidate.search(text):
                    rx = candidate
                    break
        rules.append((rx, slot.term, False, takes_article, slot.extra))
    # A pattern several rules share (one stand-in, one term for every mention) is
    # searched for once: where it matches, the first of those rules always wins.
    first: dict[tuple[str, int], int] = {}
    for i, (rx, *_) in enumerate(rules):
        first.setdefault((rx.pattern, rx.flags), i)
    hits = sorted(((m.start(), m.end(), i) for i, (rx, *_) in enumerate(rules)
                   if first[rx.pattern, rx.flags] == i
                   for m in rx.finditer(text)), key=lambda h: (h[0], h[0] - h[1]))
    out: list[str] = []
    length = 0
    pos = 0
    placed: list[tuple[int, int, Term, bool]] = []
    for start, end, i in hits:
        if start < pos:
            continue
        _, term, from_standin, takes_article, extra = rules[i]
        new = term.text
        if from_standin and new[:1].islower() and text[start:end].lstrip("*#@")[:1].isupper() \
                and search_last_word(_SENTENCE_START, text, start):
            new = new[:1].upper() + new[1:]
        out.append(text[pos:start])
        length += start - pos
        placed.append((length, length + len(new), term, takes_article))
        out.append(new + extra)
        length += len(new + extra)
        pos = end
    out.append(text[pos:])
    text = "".join(out)
    for start, end, term, takes_article in reversed(placed):
        text, _ = fix_article(text, start, end, lang, term.gender, term.number, takes_article)
    for slot in plan.slots:
        if slot.led and slot.term is not None:
            text = _agree_participle(text, slot.term, lang)
    for _, _, term, _ in placed:
        text = _owner_once(text, term.text)
    return text


# "of" before a name in the Romance targets, its article or elision included.
_OF_OWNER = (r"(?:d[eo]l?|du|des|da|do|das|dos|di|dell[aoe']?|degli|dei)"
             r"(?:\s+(?:la|le|les|los|las|el|lo|il|o|a|os|as))?\s+|d['’]|de\s+l['’]|dell['’]")


def _owner_once(text: str, name: str) -> str:
    """``text`` without the owner the engine wrote again after an approved name that
    already names it: "Iran's SNSC" is "the SNSC of Iran" to the engine, and the French
    name of the council ends in "de l'Iran" ("… nationale de l'Iran de l'Iran").

    >>> _owner_once("Le Conseil suprême de sécurité nationale de l'Iran de l'Iran a dit.",
    ...             "Conseil suprême de sécurité nationale de l'Iran")
    "Le Conseil suprême de sécurité nationale de l'Iran a dit."
    >>> _owner_once("El CSSN de Irán dijo.", "CSSN")
    'El CSSN de Irán dijo.'
    """
    owner = re.search(rf"\s(?:{_OF_OWNER})(?P<owner>[^\W\d_][\w’'-]*)$", name)
    if owner is None:
        return text
    again = re.compile(rf"(?<![^\W_]){re.escape(name)}(?P<again>\s+(?:{_OF_OWNER})"
                       rf"{re.escape(owner.group('owner'))}(?![^\W_]))")
    return again.sub(lambda m: m.group(0)[:m.start("again") - m.start()], text)


# A participle after "<term> (<acronym>), " and before its agent's preposition: the
# engine writes it masculine singular, not agreeing across the comma.
_AGENT_PREP = {"es": "por", "pt": "p(?:or|el[ao]s?)", "gl": "po(?:r|l[ao]s?)",
               "fr": "par", "it": "d(?:a|al|alla|allo|ai|agli|alle)|per"}


def _agree_participle(text: str, term: Term, lang: str) -> str:
    """The participle the engine wrote after a term and a comma ("la Organización …
    (OTSC), dirigido por Rusia") made to agree with the term ("dirigida").

    >>> _agree_participle("la Organización (OTSC), dirigido por Rusia",
    ...                   Term("Organización", "f"), "es")
    'la Organización (OTSC), dirigida por Rusia'
    >>> _agree_participle("l'Organisation, dirigé par la Russie", Term("Organisation", "f"), "fr")
    "l'Organisation, dirigée par la Russie"
    """
    lang = base(lang)
    prep = _AGENT_PREP.get(lang)
    if prep is None or (term.gender != "f" and term.number != "pl"):
        return text
    rx = re.compile(rf"(?<![^\W_]){re.escape(term.text)}(?:\s*\([^()]*\))?,\s+"
                    rf"([^\W\d_]+)(?=\s+(?:{prep})(?![^\W_]))")

    def inflect(m: re.Match[str]) -> str:
        word = m.group(1)
        plural = "s" if term.number == "pl" else ""
        if lang == "fr" and word.endswith(("é", "i", "u", "t", "s")):
            new = word + ("e" if term.gender == "f" else "") + plural
        elif lang != "fr" and word.endswith("o"):
            new = word[:-1] + ("a" if term.gender == "f" else "o") + plural
        else:
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()] + new
    return rx.sub(inflect, text)


def _fold(text: str) -> str:
    """Each character without its accents, in lower case: one character for one.

    >>> _fold("dá Rússia")
    'da russia'
    """
    return "".join(unicodedata.normalize("NFD", ch)[0].lower()[0] for ch in text)


def _bent(term: str, text: str) -> list[str]:
    """The term as an engine bent it on the way through: the same letters with accents
    or case changed, or a short word of it dropped or changed between the same content
    words.  A chain's first pair reads a term written into the source as its own
    language ("da" of "Conselho de Segurança da Rússia" is Spanish "gives") and the
    next pair writes "dá Rússia"; Apertium en-gl reads "do" of "Organización do
    Tratado" as the English verb and drops it.

    >>> _bent("Organización do Tratado de Seguridade", "o Organización Tratado de Seguridade")
    ['Organización Tratado de Seguridade']
    """
    folded = _fold(text)
    found = [text[m.start():m.end()] for m in
             re.finditer(rf"(?<![^\W_]){re.escape(_fold(term))}(?![^\W_])", folded)]
    content = [w for w in _fold(term).split() if len(w) > 3]
    if found or len(content) < 2:
        return found
    gap = r"\s+(?:[^\W\d_]{1,3}\s+){0,2}"
    skeleton = gap.join(re.escape(w) for w in content)
    return [text[m.start():m.end()] for m in
            re.finditer(rf"(?<![^\W_]){skeleton}(?![^\W_])", folded)]


def _literal(form: str, *, ignore_case: bool) -> re.Pattern[str]:
    """A term as a whole word, tolerating an engine's unknown-word mark before it.

    A ``*`` is a mark only when it is not Markdown emphasis: not one of a ``**`` run
    and not closed right after the word (``*Shanghai*``); the emphasis stays on the page.
    """
    mark = rf"(?:[#@]|(?<!\*)\*(?!\*)(?!{re.escape(form)}\*))?"
    return re.compile(rf"(?<![^\W_]){mark}{re.escape(form)}(?![^\W_])",
                      re.IGNORECASE if ignore_case else 0)


def _finish(text: str, score: float | None, occurrences: list[Occurrence], glossary: Glossary,
            lang: str, comments: list[str], problems: list[str]) -> GlossaryResult:
    notes = []
    for occ in occurrences:
        entry = occ.concept.target(lang)
        if occ.parenthetical and entry is not None and occ.concept.translate \
                and parenthetical_term(occ, lang) is None:
            own = occ.within.target(lang) if occ.within is not None else None
            if entry.paren == "drop":
                why = f"the glossary leaves acronyms in parentheses out in {lang}"
            elif entry.parenthetical(occ.text) is None:
                why = f"{occ.concept.id} has no approved {lang} acronym"
            elif own is not None:
                outer = next((o for o in occurrences if o.concept is occ.within
                              and spelt_parent_letters(o, occurrences) is occ), None)
                if outer is not None and \
                        with_parent_spelt(own.name, outer, occ, lang) != own.name:
                    continue    # written after the parent's name, spelt out in the body's
                why = f"{occ.within.id}'s name {own.name.text!r} holds it"  # type: ignore[union-attr]
            else:
                continue
            notes.append(f"glossary: ({one_line(occ.text)}) left out: {why}")
        elif occ.own_letters and entry is not None and occ.concept.translate:
            # "the Peace and Security Council (PSC) of the African Union": the approved
            # name is written whole, without the letters inside the source's
            acronym = entry.acronym
            why = f"{occ.concept.id} has no approved {lang} acronym" if acronym is None \
                else f"written inside the name; {occ.concept.id}'s approved {lang} " \
                     f"acronym is {acronym.text}"
            notes.append(f"glossary: ({occ.own_letters}) left out: {why}")
    for exp in expectations(occurrences, lang):
        occ = exp.occurrence
        if exp.concept is not occ.concept:
            continue    # a parent's letters inside the name: said by the name's own note
        line = f"glossary: {one_line(occ.text)} → {exp.term}"
        if occ.ambiguous:
            readings = " or ".join(r.id for r in occ.readings)
            if occ.reason.startswith(OUTSIDE):
                # "RUS_SC or UNSC" alone would name the very readings the text rules out
                readings = f"another state's council, not {readings}"
            elif len(occ.readings) == 1 or occ.concept not in occ.readings:
                # One body of the glossary is no more than one reading: a bare "National
                # Security Council" is Russia's only if the text says so, and as much
                # the White House's or any other state's
                readings = f"{readings} or another state's council"
            line += f" (ambiguous: {readings}; {occ.reason}; check which body is meant)"
        elif occ.kind == "short" or occ.reason:
            line += f" ({occ.concept.id}: {occ.reason})"
        notes.append(line)
    return GlossaryResult(text, score, tuple(dict.fromkeys([*notes, *comments])),
                          tuple(dict.fromkeys(problems)))
