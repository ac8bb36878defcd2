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
"""

from __future__ import annotations

import re

# A word ending in s, an apostrophe, then a word: "states' councils", "Belarus’ Foreign".
_BARE = re.compile(r"(?<=[^\W\d_][sS])(['’])(?=[ \t]+[^\W\d_])")
# A single quote opening a quotation: at a word's start, after a blank or an opening
# bracket or dash.
_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?]\s")


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
