"""Acronyms a rule-based engine would translate as common words, passed through whole.

Apertium's English analyser reads a word in capitals as the word in lower case when
its dictionary has no acronym of that spelling: "SCO-RATS" (the SCO's Regional
Anti-Terrorist Structure) came out "SCO-RATAS", "ICE agents" "agentes de HIELO", "IT
experts" "Él los expertos".  An acronym its dictionary knows ("NATO", "WHO", "US") is
translated as the pair has it ("OTAN", "OMS", "EE.UU.").  The others, which the
analyser reads only as common words (:func:`~.apertium_unknown.common_words` asks it),
reach the engine as a code word it cannot know, which every pair passes through, and
are written back as they were.  A text written in capitals throughout (a heading) is
left as it is: there every word is in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from cms_i18n.target_typography import in_capitals

# A word of two letters or more, all capitals, standing alone or in a hyphenated
# compound ("RATS" in "SCO-RATS"); not a part of a longer word or a number ("G20").
_CAPITALS = re.compile(r"(?<![\w'’])[^\W\d_]{2,}(?![\w'’])")
_CODE = "ZXQV"           # no pair's dictionary knows a word starting so


def acronyms_in(text: str) -> set[str]:
    """The words in capitals of ``text`` that may be acronyms (none in a heading in
    capitals).

    >>> sorted(acronyms_in("The SCO-RATS director met IT experts in Tashkent."))
    ['IT', 'RATS', 'SCO']
    >>> acronyms_in("SCO-RATS DIRECTOR MEETS EXPERTS")
    set()
    """
    if in_capitals(text):
        return set()
    return {m.group() for m in _CAPITALS.finditer(text) if m.group().isupper()}


def _code(index: int) -> str:
    """A code word of capitals for the ``index``-th acronym: ZXQVA, ZXQVB … ZXQVBA."""
    letters = ""
    while True:
        letters = chr(ord("A") + index % 26) + letters
        index //= 26
        if not index:
            return _CODE + letters


def hide(text: str, common: Collection[str]) -> tuple[str, dict[str, str]]:
    """``text`` with each acronym of ``common`` replaced by a code word; the codes.

    >>> hide("The SCO-RATS and RATS met.", {"RATS"})
    ('The SCO-ZXQVA and ZXQVA met.', {'ZXQVA': 'RATS'})
    """
    if not common or _CODE in text or in_capitals(text):
        return text, {}
    codes: dict[str, str] = {}
    by_word: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word not in common or not word.isupper():
            return word
        if word not in by_word:
            by_word[word] = _code(len(by_word))
            codes[by_word[word]] = word
        return by_word[word]

    return _CAPITALS.sub(swap, text), codes


def show(text: str, codes: dict[str, str]) -> str:
    """The engine's output with each code word written back as its acronym.

    >>> show("El director del SCO-ZXQVA", {"ZXQVA": "RATS"})
    'El director del SCO-RATS'
    """
    if not codes:
        return text
    return re.sub(_CODE + r"[A-Z]+", lambda m: codes.get(m.group(), m.group()), text)
