"""A state's own council, named by its state: "Kyrgyzstan's Security Council".

The glossary lists other states' security councils as one concept that is never
enforced (``enforce: false``): its cue words are the states, capitals and leaders
that tie a bare "Security Council" to one of them.  When the source names the
state right at the council ("Kyrgyzstan's Security Council", "the Kazakh Security
Council", "Security Council of the Republic of Kazakhstan"), the name is no longer
ambiguous, and leaving it to the engine loses it (Apertium has no "Kyrgyzstan":
"Kyrgyzstan Consejo de Seguridad"), so the mention becomes a concept of its own
for that state: the target language's short form of the council, the state's
name from the CLDR locale data Babel ships, with the preposition and article the
language puts before that name ("el Consejo de Seguridad de Kirguistán", "le
Conseil de sécurité du Kirghizstan", "o Conselho de Segurança do Quirguistão",
"il Consiglio di sicurezza del Kirghizistan").

Only states the glossary names among those cues are known, and only the state the
sentence names is written: nothing here adds a state the source does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from cms_i18n.glossary.grammar import ARTICLES
from cms_i18n.glossary.model import Concept, TargetEntry, Term
from cms_i18n.languages import base

# The grammatical gender of a state's name where the language puts an article before
# it (fr, pt, it agree for every state the glossary knows: la Biélorussie / a
# Bielorrússia / la Bielorussia, l'Arménie / a Armênia / l'Armenia, la Mongolie …).
_FEMININE = frozenset({"BY", "AM", "MN", "GE", "MD", "UA"})
# "National Security Council": the adjective each language adds to its short form.
_NATIONAL = {"es": "Nacional", "fr": "nationale", "pt": "Nacional", "it": "nazionale"}
# "of" in each language with a rule here; its article and their contraction
# ("du", "dell'", "da") are the grammar's.
_OF = {"es": "de", "fr": "de", "pt": "de", "it": "di"}


@dataclass(frozen=True)
class State:
    """A state a council may belong to, as the source names it."""

    code: str                  # ISO 3166 ("KG")
    names: tuple[str, ...]     # "Kyrgyzstan", "Kyrgyz"


def known_states(cues: tuple[str, ...]) -> list[State]:
    """The states among a concept's cue words, each with the adjectives the cues give
    it ("Kazakhstan" and "Kazakh"): a cue that is an English territory name in the
    CLDR data is a state; a capitalised cue word sharing its first five letters
    with exactly one such state is that state's adjective."""
    by_name = {name: code for code, name in Locale("en").territories.items()}
    states = {by_name[c]: [c] for c in cues if c in by_name and len(by_name[c]) == 2}
    for cue in cues:
        if cue in by_name or not re.fullmatch(r"[A-Z][a-z]{4,}", cue):
            continue
        owners = [code for code, names in states.items() if names[0][:5] == cue[:5]]
        if len(owners) == 1:
            states[owners[0]].append(cue)
    return [State(code, tuple(names)) for code, names in states.items()]


@cache
def territory(lang: str, code: str) -> str | None:
    """The name of a state in ``lang`` from Babel's CLDR data (``pt-PT``: "Arménia")."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return locale.territories.get(code)


def of_state(lang: str, code: str) -> str | None:
    """"of Kyrgyzstan" in ``lang``: es "de Kirguistán", fr "du Kirghizstan" /
    "de l'Arménie", pt "do Quirguistão" / "da Armênia", it "del Kirghizistan" /
    "dell'Armenia"; None for a language without a rule here.

    >>> of_state("fr", "AM"), of_state("it", "UZ"), of_state("pt", "BY")
    ("de l'Arménie", "dell'Uzbekistan", 'da Bielorrússia')
    """
    name = territory(lang, code)
    lang = base(lang)
    if name is None or lang not in _OF:
        return None
    if lang == "es":                 # Spanish puts no article before these names
        return f"{_OF[lang]} {name}"
    articles = ARTICLES[lang]
    article = articles.article("f" if code in _FEMININE else "m", "sg", name)
    if article is None:
        return None
    of = articles.contractions.get((_OF[lang], article), f"{_OF[lang]} {article}")
    return f"{of}{name}" if of.endswith("'") else f"{of} {name}"


def state_council(other: Concept, default: Concept, state: State, national: bool,
                  names: tuple[str, ...]) -> Concept:
    """The council of ``state`` as a concept of its own: for each language in which
    ``default`` (the reading a bare short form falls back to) has a short form and
    the state a name, that short form with the state's name after it.  ``names``
    are the source forms that name it, for notes and checks."""
    targets: dict[str, TargetEntry] = {}
    for lang, entry in default.targets.items():
        of = of_state(lang, state.code)
        if not entry.short or of is None:
            continue
        head = entry.short[0]
        if national:
            head = f"{head} {_NATIONAL[base(lang)]}"
        targets[lang] = TargetEntry(lang, Term(f"{head} {of}", entry.name.gender,
                                               entry.name.number))
    suffix = ":national" if national else ""
    return Concept(f"{other.id}:{state.code}{suffix}", names=names,
                   note=f"The security council of {state.names[0]}.", targets=targets,
                   origin=other.origin)
