"""The capital Apertium gives the word after a name it does not know, taken back.

Apertium's structural transfer writes the sentence's capital on its first chunk, and a
word the dictionary does not know ("Liu", "Zhang Ming", "Lukashenko") is no chunk: the
chunk after it, the verb, gets the capital (``^Verbcj<SV>…{^decir…}$`` out of the
first transfer stage; the post-chunk stage writes it "Dijo").  So "Liu said" comes out
"Liu Dijo", "Lukashenko is expected" "Lukashenko Está esperado", and in a chain the
next pair does it again to a name the first one kept ("Kremlin dice" → "Kremlin Il
dit").  It happens only at a sentence's start.

A step's input says where it happened: a sentence that opens with capitalised words
and goes on with a lower-case word.  Where the step's output opens a sentence with the
same capitalised words, left as they were, and then a capitalised word the input does
not have, that word's capital is the engine's, and is taken back.
"""

from __future__ import annotations

import re

# Where a sentence starts: the text's start, a line's, or after a full stop, a question
# or exclamation mark (and a closing quote or bracket).
_START = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[\"”»)]?[ \t]+)(?=\S)")
_MARK = "*#@"                     # Apertium's marks on unknown words and failed forms


def _word(token: str) -> str:
    return token.lstrip(_MARK)


def _is_name(token: str) -> bool:
    """A capitalised word of letters ("Liu", "Zhang", "Al-Assad", "O'Neill")."""
    word = _word(token)
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]*", word)) and word[:1].isupper()


def _openings(text: str) -> set[tuple[str, ...]]:
    """The capitalised words that open a sentence of ``text`` and are followed by a
    lower-case word: ("Liu",) for "Liu said …", ("Zhang", "Ming") for "Zhang Ming
    added …"."""
    found = set()
    for m in _START.finditer(text):
        tokens = text[m.end():m.end() + 200].split()
        names: list[str] = []
        for token in tokens:
            if not _is_name(token):
                break
            names.append(_word(token))
        after = tokens[len(names)] if len(names) < len(tokens) else ""
        if names and after[:1].islower():
            found.add(tuple(names))
    return found


def lower_after_names(source: str, output: str) -> str:
    """``output`` (one Apertium step's translation of ``source``) with the capital the
    engine put on the word after a sentence's opening names taken back.

    >>> lower_after_names("Liu said the draft failed.", "Liu Dijo el borrador falló.")
    'Liu dijo el borrador falló.'
    >>> lower_after_names("Kremlin dice que Putin informó.", "Kremlin Il dit que Poutine.")
    'Kremlin il dit que Poutine.'
    >>> lower_after_names("Xi Jinping met Putin.", "Xi Jinping Cumplió Putin.")
    'Xi Jinping cumplió Putin.'
    >>> lower_after_names("Liu met Zhang Ming.", "Liu Zhang Ming.")     # no new word
    'Liu Zhang Ming.'
    """
    openings = _openings(source)
    if not openings:
        return output
    source_words = {_word(t).strip(".,;:!?\"”»)") for t in source.split()}
    pieces: list[str] = []
    pos = 0
    for m in _START.finditer(output):
        rest = output[m.end():]
        tokens = list(re.finditer(r"\S+", rest[:300]))
        for names in openings:
            n = len(names)
            if len(tokens) <= n or tuple(_word(t.group()) for t in tokens[:n]) != names:
                continue
            after = tokens[n]
            word = _word(after.group())
            bare = word.strip(".,;:!?\"”»)")
            if not bare[:1].isupper() or bare in source_words or \
                    (len(bare) > 1 and bare.isupper()):
                continue
            at = m.end() + after.start() + len(after.group()) - len(word)
            pieces.append(output[pos:at])
            pieces.append(output[at].lower())
            pos = at + 1
            break
    pieces.append(output[pos:])
    return "".join(pieces)
