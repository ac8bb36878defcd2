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

Initials are hidden so too (:func:`initials_in`): the analyser reads "A." before a
surname as the article ("A. A. Kakharov" → "Un. Un. Kakharov") and cuts a dotted
abbreviation it does not know into letters and stops ("B.S.B.A." → "B.S.B.Un."), and
a later step of a chain reads a letter it passed through as a word (es-fr: "E. S.
Sysoev" → "Et. S. Sysoev").  A dotted abbreviation the analyser knows whole ("U.S.",
"U.N.") is translated as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cms_i18n.engines.hidden import left_in
from cms_i18n.target_typography import in_capitals

# A word of two letters or more, all capitals, standing alone or in a hyphenated
# compound ("RATS" in "SCO-RATS"); not a part of a longer word or a number ("G20").
_CAPITALS = re.compile(r"(?<![\w'’])[^\W\d_]{2,}(?![\w'’])")
_CODE = "ZXQV"           # no pair's dictionary knows a word starting so
CHAIN_CODE = "ZXQW"      # the codes of a later step of a chain (see .apertium)


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


# One capital and a full stop before another such initial or a capitalised word ("A. A.
# Kakharov", "George W. Bush"); not the end of a dotted abbreviation ("U.S.").
_INITIAL = re.compile(r"(?<![\w.'’-])[^\W\d_]\.(?=[ \t]+(?P<next>[^\W\d_])(?:\.|[^\W\d_]))")
# Two capitals or more, each with its full stop ("B.S.B.A.", "J.R.R.", "U.S.").
_DOTTED = re.compile(r"(?<![\w.'’-])(?:[^\W\d_]\.){2,}(?![\w'’-])")


def initials_in(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Where ``text`` has initials, each a capital and its full stop; and its dotted
    abbreviations ("B.S.B.A."), which the caller hides unless the analyser knows them
    whole.

    >>> spans, dotted = initials_in("A. A. Kakharov met B.S.B.A. graduates in the U.S.")
    >>> spans, sorted(dotted)
    ([(0, 2), (3, 5)], ['B.S.B.A.', 'U.S.'])
    >>> initials_in("Did he vote? A source said no. Plan B. he said")
    ([], set())
    """
    if in_capitals(text):
        return [], set()
    spans = [m.span() for m in _INITIAL.finditer(text)
             if m.group()[0].isupper() and m.group("next").isupper()]
    dotted = {m.group() for m in _DOTTED.finditer(text)
              if all(c.isupper() for c in m.group() if c != ".")}
    return spans, dotted


def dotted_spans(text: str, words: Collection[str]) -> list[tuple[int, int]]:
    """Where ``text`` has the dotted abbreviations of ``words``.

    >>> dotted_spans("B.S.B.A. and U.S. graduates", {"B.S.B.A."})
    [(0, 8)]
    """
    return [m.span() for m in _DOTTED.finditer(text) if m.group() in words]


def _code(index: int, code: str = _CODE) -> str:
    """A code word of capitals for the ``index``-th acronym: ZXQVA, ZXQVB … ZXQVBA."""
    letters = ""
    while True:
        letters = chr(ord("A") + index % 26) + letters
        index //= 26
        if not index:
            return code + letters


def hide(text: str, common: Collection[str], spans: Sequence[tuple[int, int]] = (),
         code: str = _CODE) -> tuple[str, dict[str, str]]:
    """``text`` with each acronym of ``common``, and the words at ``spans`` (people's
    names a stand-in surname could not carry through, see :mod:`.names`), replaced by
    a code word, the same word by the same code; the codes.  ``code`` begins each code
    word: a later step of a chain hides its own words with :data:`CHAIN_CODE`, beside
    those the text already holds.

    >>> hide("The SCO-RATS and RATS met.", {"RATS"})
    ('The SCO-ZXQVA and ZXQVA met.', {'ZXQVA': 'RATS'})
    >>> hide("Donald Trump's RATS", {"RATS"}, [(7, 12)])
    ("Donald ZXQVA's ZXQVB", {'ZXQVA': 'Trump', 'ZXQVB': 'RATS'})
    """
    if (not common and not spans) or code in text.upper() or in_capitals(text):
        return text, {}
    found = sorted({*spans, *(m.span() for m in _CAPITALS.finditer(text)
                              if m.group() in common and m.group().isupper())})
    codes: dict[str, str] = {}
    by_word: dict[str, str] = {}
    pieces: list[str] = []
    at = 0
    for start, end in found:
        if start < at:          # overlapping spans: the first one stands
            continue
        word = text[start:end]
        if word not in by_word:
            by_word[word] = _code(len(by_word), code)
            codes[by_word[word]] = word
        pieces += [text[at:start], by_word[word]]
        at = end
    return "".join(pieces) + text[at:], codes


def hidden_word(word: str) -> bool:
    """Whether ``word`` is one of the code words :func:`hide` writes: no pair knows it,
    and none is meant to.

    >>> hidden_word("ZXQVA"), hidden_word("SCO-ZXQVB"), hidden_word("ZAPATERO")
    (True, True, False)
    """
    return bool(re.search(rf"(?<![^\W\d_]){_CODE}[A-Z]+(?![^\W\d_])", word))


def show(text: str, codes: dict[str, str]) -> str:
    """The engine's output with each code word written back as what it hid, in
    whatever case the engine wrote it, glued to a neighbour too (the person is named
    either way).

    >>> show("El director del SCO-ZXQVA", {"ZXQVA": "RATS"})
    'El director del SCO-RATS'
    >>> show("zxqvb dijo a Senyor ZXQVAha", {"ZXQVA": "Trump", "ZXQVB": "Rice"})
    'Rice dijo a Senyor Trumpha'
    """
    if not codes:
        return text
    any_code = "|".join(sorted(codes, key=len, reverse=True))
    return re.sub(any_code, lambda m: codes[m.group().upper()], text, flags=re.IGNORECASE)


def codes_left(text: str) -> bool:
    """Whether ``text`` still holds a code word (one the engine mangled beyond
    :func:`show`'s reach, or one it made up), glued, accented or not."""
    return bool(left_in(text, [_CODE, CHAIN_CODE]))
