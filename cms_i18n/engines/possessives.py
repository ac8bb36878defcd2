"""English possessives of words ending in s, written the way Apertium reads them.

Apertium's English analyser knows the genitive ``'s`` ("Tajikistan's border" → "el
borde de Tayikistán") but not the bare apostrophe of a plural or of a name ending in
s: "member states' security councils" is read as the verb "states" and a quote
("miembro declara' consejos"), and "Belarus’ Foreign Minister" comes out "Belarús'
Ministro", the apostrophe left in the Spanish.  Written with ``'s`` ("states's",
"Belarus's"), both are read as possessives ("los consejos de seguridad de estados
de miembro", "el ministro de asuntos exteriores de Belarús"), and no apostrophe
reaches the translation.

An apostrophe that closes a quotation in single quotes ("they were called 'the good
guys' and left") is no possessive, and is left alone.

The ``'s`` itself is misread by the taggers, and :func:`clitic_s` mends their
readings in the tagged stream, before transfer, for three misreadings found:

* English–Catalan takes it for "has" before a noun: "The president's plan failed"
  gave "El presidentha el pla va fallar".  Contracted "has" is an auxiliary ("'s
  been", "'s got"): no written English puts it straight before a noun.  Read as
  the genitive: "El pla del president va fallar".
* English–Catalan writes a real "has" glued to the noun: "The president's been to
  Moscow", "El presidentha estat a Moscou".  With a blank before it: "El
  president ha estat".
* English–Spanish takes "'s been" for "is been": "El presidente está sido".
  Nothing is "been" after "is": read as "has", "El presidente ha sido".

A fourth is left: both read "Russia's ready." as a genitive ("Rusia listo").  Read
as "is" before a sentence's last adjective, "the country's military:" and "Monday's
ruling." became "el país és militar", "el lunes es gobernante": an adjective there
is as often a noun the tagger took for one.
"""

from __future__ import annotations

import re

# A word ending in s, an apostrophe, then a word: "states' councils", "Belarus’ Foreign".
_BARE = re.compile(r"(?<=[^\W\d_][sS])(['’])(?=[ \t]+[^\W\d_])")
# A single quote opening a quotation: at a word's start, after a blank or an opening
# bracket or dash.
_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?]\s")

# The prepositions of the phrasal verbs whose first word is a noun too ("call for", "push
# for", "bid for"): the multiword's second word, read as a preposition.
_PREPOSITIONS = rb"for|to|on|in|with|against|from|at|over|about|into"
# Pieces of a tagged stream (``^lemma<tag>…$`` units, blanks between them).
# A noun's last tags; the clitic right after it, no blank: one written word split.
_AFTER_NOUN = rb"(<n>|<np>)((?:<[^>$]*>)*\$)"
_HAS = rb"\^have<vbhaver><pres><p3><sg>\$"
_IS = rb"\^be<vbser><pri><p3><sg>\$"
_UNIT = rb"[ \t]+\^[^$<]*<(?:{})>[^$]*\$"
_BEFORE_NOUN = rb"(?=(?:" + _UNIT.replace(b"{}", b"adj|num") + rb")*[ \t]+\^[^$<]*<(?:n|np)>)"
_REPAIRS = (
    (re.compile(_AFTER_NOUN + _HAS + _BEFORE_NOUN), b"\\1\\2^'s<gen>$"),
    (re.compile(_AFTER_NOUN + _HAS), b"\\1\\2 ^have<vbhaver><pres><p3><sg>$"),
    # English–Spanish's analyser writes a blank before its clitic; "is been" is never
    # English, written apart or not.
    (re.compile(_AFTER_NOUN + rb"[ \t]*" + _IS + rb"(?=[ \t]+\^be<vbser><pp>\$)"),
     b"\\1\\2 ^have<vbhaver><pres><p3><sg>$"),
    # "is" before a verb's bare form is never English either: English–Spanish reads "The
    # ministry's call for peace" so, its analyser knowing "call for" as a verb only, and
    # writes "El ministerio es pide la paz".  The genitive, and the word as its noun.
    (re.compile(_AFTER_NOUN + rb"[ \t]*" + _IS + rb"([ \t]+)\^([^\W\d_]+)<vblex><(?:pres|inf)>#"
                rb"[ \t]*(" + _PREPOSITIONS + rb")\$"),
     b"\\1\\2 ^'s<gen>$\\3^\\4<n><sg>$ ^\\5<pr>$"),
)


def with_genitive_s(text: str) -> str:
    """``text`` with each bare possessive apostrophe after an s written ``'s``.

    >>> with_genitive_s("secretaries of member states' security councils")
    "secretaries of member states's security councils"
    >>> with_genitive_s("Belarus’ Foreign Minister")
    'Belarus’s Foreign Minister'
    >>> with_genitive_s("the players' union; the Minister’s")
    "the players's union; the Minister’s"
    >>> with_genitive_s("they were called 'the good guys' and left")
    "they were called 'the good guys' and left"
    """
    if "'" not in text and "’" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _BARE.finditer(text):
        if _in_quotation(text, m.start()):
            continue
        out.append(text[pos:m.end()])
        out.append("s")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _in_quotation(text: str, at: int) -> bool:
    """Whether a single quotation opened earlier in the sentence is still open at ``at``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] if ends else 0
    openings = [m.start() for m in _OPENING.finditer(text, start, at)]
    if not openings:
        return False
    # closed between the opening and here: a quote after a letter, not before one
    closing = re.search(r"(?<=[^\W_])['’](?![^\W_])", text[openings[-1] + 1:at])
    return closing is None


def clitic_s(tagged: bytes) -> bytes:
    r"""A tagged record with the misreadings of a clitic "'s" after a noun mended.

    >>> clitic_s(b"^The<det><def><sp>$ ^president<n><sg>$^have<vbhaver><pres><p3><sg>$ "
    ...          b"^new<adj><sint>$ ^plan<n><sg>$")
    b"^The<det><def><sp>$ ^president<n><sg>$^'s<gen>$ ^new<adj><sint>$ ^plan<n><sg>$"
    >>> clitic_s(b"^president<n><sg>$^have<vbhaver><pres><p3><sg>$ ^be<vbser><pp>$")
    b'^president<n><sg>$ ^have<vbhaver><pres><p3><sg>$ ^be<vbser><pp>$'
    >>> clitic_s(b"^president<n><sg>$ ^be<vbser><pri><p3><sg>$ ^be<vbser><pp>$")
    b'^president<n><sg>$ ^have<vbhaver><pres><p3><sg>$ ^be<vbser><pp>$'
    >>> clitic_s(b"^ministry<n><sg>$ ^be<vbser><pri><p3><sg>$ ^call<vblex><pres># for$ "
    ...          b"^peace<n><sg>$")
    b"^ministry<n><sg>$ ^'s<gen>$ ^call<n><sg>$ ^for<pr>$ ^peace<n><sg>$"

    A pronoun's clitic, a "has" written apart, and a genitive that owns a noun stay
    as they were:

    >>> clitic_s(b"^prpers<prn><subj><p3><m><sg>$^have<vbhaver><pres><p3><sg>$ ^plan<n><sg>$")
    b'^prpers<prn><subj><p3><m><sg>$^have<vbhaver><pres><p3><sg>$ ^plan<n><sg>$'
    >>> clitic_s(b"^president<n><sg>$ ^have<vbhaver><pres><p3><sg>$ ^new<adj><sint>$ "
    ...          b"^plan<n><pl>$")
    b'^president<n><sg>$ ^have<vbhaver><pres><p3><sg>$ ^new<adj><sint>$ ^plan<n><pl>$'
    >>> clitic_s(b"^Russia<np><top><sg>$ ^'s<gen>$ ^new<adj><sint>$ ^plan<n><sg>$^.<sent>$")
    b"^Russia<np><top><sg>$ ^'s<gen>$ ^new<adj><sint>$ ^plan<n><sg>$^.<sent>$"
    """
    if b"<vbhaver>" not in tagged and b"<vbser>" not in tagged:
        return tagged
    for pattern, replacement in _REPAIRS:
        tagged = pattern.sub(replacement, tagged)
    return tagged
