"""What a text hid from an engine, and whether any of it came back unswapped.

Three things reach a rule-based engine in disguise, each written back afterwards: a
glossary term as an ordinary noun (:mod:`cms_i18n.glossary.enforce`), a person's
surname the engine knows as a word as a surname it knows only as a name
(:mod:`.names`), an acronym the engine would translate as a word as a code word
(:mod:`.acronyms`).  The swap back finds a disguise where the engine left it whole;
the engine may also glue it to a neighbour ("delJones", "violinesdecinco"),
lowercase it or put an accent on it, and then the swap misses it, and an editor
would read another person's name, a violin or a code word where the source named
someone.  One test decides for all three: any disguise left in the output, in any
case, accented or glued, and the unit is translated again another way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def folded(text: str) -> str:
    """``text`` without case or accents, for finding a word however the engine wrote it.

    >>> folded("Jonés DELJONES")
    'jones deljones'
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def left_in(text: str, disguises: Iterable[str]) -> list[str]:
    """The ``disguises`` still in ``text``, alone or glued to a neighbour, in any case,
    with or without accents.

    >>> left_in("La visita delJones y de Johnson.", ["Jones", "Blair"])
    ['Jones']
    >>> left_in("Los violinesdecinco naciones", ["violines", "violín", "martillo"])
    ['violines', 'violín']
    """
    body = folded(text)
    return list(dict.fromkeys(d for d in disguises if d and folded(d) in body))


def free_of(text: str, disguises: Iterable[str]) -> list[str]:
    """The ``disguises`` that ``text`` does not hold anywhere, in any case, not even as
    a part of a word: only those can be told apart from the text's own words when
    they come back ("Jones" is never a disguise in a text about Tom Jones or
    Jonesboro).

    >>> free_of("Tom Jones flew to Jonesboro with BLAIR.", ["Jones", "Johnson", "Blair"])
    ['Johnson']
    """
    body = folded(text)
    return [d for d in disguises if folded(d) not in body]
