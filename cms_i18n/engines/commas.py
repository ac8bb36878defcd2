"""Commas between words sent to a rule-based engine so that it never glues them.

Apertium's transfer rules reorder "the bitter, agonizing truth" into noun,
adjective, comma, adjective, and the blank that stood before the first adjective
is lost: "la verdadamarga, atroz" (eng-spa), "unha guerraamarga, longa" (en-gl),
whether the text is one line or a paragraph wrapped across several.  With a
blank before the comma ("bitter , agonizing") the rules move a blank with each
word: "la verdad amarga, atroz".  The blank is taken off again after the
translation, with any run of blanks the engine left where the source had one
(eng-cat moves the blank instead: "la bola  gran, vermella").

A text that already holds a blank before a comma, or a run of blanks, is sent as
it is: those are the author's, and nothing here could tell them apart afterwards.

>>> open_commas("the bitter, agonizing truth about 1,500 people")
'the bitter , agonizing truth about 1,500 people'
>>> close_commas("la verdad amarga , atroz  sobre")
'la verdad amarga, atroz sobre'
>>> open_commas("a formula , dropped")
'a formula , dropped'
"""

from __future__ import annotations

import re

# A comma between two words of letters ("bitter, agonizing"); never one in a number.
_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_]),(?= [^\W\d_])")
_BLANK_COMMA = re.compile(r"(?<=\S) ,")
_BLANKS = re.compile(r"(?<=\S)  +(?=\S)")


def opens(text: str) -> bool:
    """Whether :func:`open_commas` changes ``text`` (and its translation is closed)."""
    return " ," not in text and "  " not in text and bool(_BETWEEN_WORDS.search(text))


def open_commas(text: str) -> str:
    """``text`` with a blank before each comma between two words."""
    return _BETWEEN_WORDS.sub(" ,", text) if opens(text) else text


def close_commas(translation: str) -> str:
    """A translation of an opened text without the blanks the opening left."""
    return _BLANKS.sub(" ", _BLANK_COMMA.sub(",", translation))
