"""A participle set off by commas agrees with the plural noun it follows, in Spanish.

An "X-led" compound before a plural noun reaches Apertium's English–Spanish pair
as the phrase after the noun, between commas ("US-led forces" → "forces, led by
the US,"; see :mod:`.agents`): without them the pair reads "led" as the
sentence's verb ("las fuerzas dirigieron por los EE.UU.").  Between commas it
writes a participle, but one that agrees with nothing, always masculine:
"las fuerzas, dirigidos por los EE.UU.", "operaciones de paz, dirigidos por la
UA".  Every language chained after Spanish (French, Portuguese, Catalan,
Galician, Italian) carries the slip on ("dirigés", "dirigidos").

:func:`agree_participles` gives such a participle the feminine where the noun
heading the phrase before the comma is a feminine plural: the first noun of
"operaciones de paz", not "paz".  Which nouns are is the Spanish analyser's word
(``feminine``), asked once per run for the words :func:`participle_heads`
lists; a word it does not read as a feminine plural noun leaves the
participle as the engine wrote it.

>>> feminine = {"fuerzas", "operaciones", "tropas"}.__contains__
>>> agree_participles("Las fuerzas, dirigidos por Turquía, entraron.", feminine)
'Las fuerzas, dirigidas por Turquía, entraron.'
>>> agree_participles("operaciones de paz, dirigidos por la UA", feminine)
'operaciones de paz, dirigidas por la UA'
>>> agree_participles("Las tropas, basados en Kabul, salieron.", feminine)
'Las tropas, basadas en Kabul, salieron.'
>>> agree_participles("los ataques, dirigidos por Rusia", feminine)
'los ataques, dirigidos por Rusia'
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The noun phrase before the comma (a noun, then "de …" up to twice, an article
# allowed), the participle in -ados/-idos, and the "por" or "de" of its agent or the "en"
# of its place ("empresas, basados en Ginebra").
_SET_OFF = re.compile(
    r"(?<![\w-])(?P<phrase>[^\W\d_]+"
    r"(?:\s+(?:de|del)\s+(?:(?:la|las|los|el)\s+)?[^\W\d_]+){0,2})"
    r"\s*,\s+(?P<stem>[^\W\d_]+?[ai]d)os(?=\s+(?:por|de|en)\b)")
_ARTICLES = frozenset({"de", "del", "la", "las", "los", "el"})


def _head(phrase: str) -> str | None:
    """The plural noun a participle after the phrase agrees with: the last word of the
    phrase ending in s ("financiación de operaciones de paz" → "operaciones"; the
    English head was plural, and "paz" is not)."""
    words = [w.lower() for w in phrase.split() if w.lower() not in _ARTICLES]
    return next((w for w in reversed(words) if w.endswith("s")), None)


def participle_heads(text: str) -> list[str]:
    """The words heading a phrase a participle in -ados/-idos follows after a comma:
    what the analyser is asked about.

    >>> participle_heads("Las fuerzas de la coalición, dirigidos por Turquía,")
    ['fuerzas']
    >>> participle_heads("la financiación de operaciones de paz , dirigidos por la UA")
    ['operaciones']
    """
    return [head for m in _SET_OFF.finditer(text) if (head := _head(m.group("phrase")))]


def agree_participles(text: str, feminine: Callable[[str], bool]) -> str:
    """``text`` with each participle after a comma in the feminine plural where the
    phrase before the comma is headed by a feminine plural noun (``feminine``: is the
    lower-cased word one?)."""
    def agreed(m: re.Match[str]) -> str:
        head = _head(m.group("phrase"))
        if head is None or not feminine(head):
            return m.group(0)
        return f"{text[m.start():m.start('stem')]}{m.group('stem')}as"

    return _SET_OFF.sub(agreed, text)
