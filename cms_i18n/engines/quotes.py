"""Quotation marks a rule-based engine may have put around other words, flagged.

Apertium moves words in its transfer and leaves the blanks, quotation marks among
them, where the source had them: 'the so-called "red line"' came out 'el tan-línea
"roja llamada"', 'alleged "terrorism"' 'terrorismo "alegado"', 'the "peace plan"
proposals' 'las "propuestas de" plan de la paz': a quotation the source never made.
Which words the marks should enclose cannot be told reliably from the output (the
quoted words are seldom still side by side), so the unit is flagged: the engine's
translation of each quoted span alone is compared with the words the output quotes,
and where the output quotes a word the span alone does not give, or leaves out one it
does (by their first four letters, function words aside, so "roja" and "rojas" are
one word), or quotes as many spans as the source does not, a ``#. quotes: …`` note
names the output's quotation; ``check`` lists it as a ``quotes`` warning and
``status`` counts it while the msgstr still holds that quotation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from cms_i18n.stopwords import STOPWORDS

QUOTES_NOTE = "quotes: "
# A quotation in double marks, straight, curly, low or in guillemets.
_QUOTED = re.compile(r'"(?P<a>[^"\n]+)"|“(?P<b>[^”“\n]+)”|„(?P<c>[^“”\n]+)[“”]'
                     r"|«(?P<d>[^»\n]+)»")
# The marks a quotation may open and close with.
_MARKS = "\"“”„«»'‘’ "
_NOTED = re.compile(r"^quotes: (?P<mark>[\"“„«'])(?P<span>[^\"”“»']*)[\"”“»'] ")
# A quotation in straight single marks ('red line'): an opening mark after no letter and
# before one, a closing one after a letter or a stop and before no letter.
_SINGLE = re.compile(r"(?<![\w'])'(?=[^\W\d_])(?P<span>[^'\n]*?[\w.!?,])'(?![\w'])")


def quoted(text: str) -> list[str]:
    """The spans ``text`` quotes in double marks, in order.

    >>> quoted('the so-called "red line" and “grain deal”, not \\'this\\'')
    ['red line', 'grain deal']
    """
    return [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(text)]


def as_double(text: str) -> str | None:
    """``text`` with its quotations in straight single marks in double ones, for the
    engine; None where it has none, or has double marks of its own.  Apertium reads a
    single mark before a word as a clitic: "the so-called 'red line'" came out "el
    tan-llamado es*d línea'" ("'re" read as "are").

    >>> print(as_double("the so-called 'red line', Russia's view"))
    the so-called "red line", Russia's view
    >>> as_double("Russia's and the states' view") is None
    True
    """
    if '"' in text or not _SINGLE.search(text):
        return None
    return _SINGLE.sub(lambda m: f'"{m.group("span")}"', text)


def as_single(text: str) -> str:
    """An engine's output for :func:`as_double`'s text with its quotation marks single
    again, as the source has them."""
    return text.replace('"', "'")


def curly_as_in_source(source: str, output: str) -> str:
    """``output`` with its straight single marks curly (’) where ``source`` writes every
    apostrophe and closing single quote curly and none straight: Apertium gives every
    ’ back as ', so "Jim O’Neill", "‘sympathize’" and "letter,’ she said" came out
    with straight marks in a text typed with curly ones.

    >>> print(curly_as_in_source("O’Neill’s ‘deal’", "el ‘trato' de O'Neill"))
    el ‘trato’ de O’Neill
    >>> print(curly_as_in_source("O’Neill's deal", "el trato de O'Neill"))
    el trato de O'Neill
    """
    if "\u2019" not in source or "'" in source:
        return output
    return output.replace("'", "\u2019")


def _stems(text: str) -> set[str]:
    """The words of ``text`` but function words, by their first four letters, unaccented."""
    plain = unicodedata.normalize("NFD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return {w[:4] for w in re.findall(r"[^\W\d_]+", plain) if w not in STOPWORDS}


def moved_quotes(source: str, output: str, alone: Sequence[str]) -> list[tuple[str, str]]:
    """The quotations of ``output`` (a translation of ``source``) that may enclose
    other words than ``source``'s: ``alone`` is the engine's translation of each span
    ``source`` quotes, translated by itself.  Every quotation of ``output`` when it
    has not as many as ``source``; each as ``output`` writes it, with its marks, and
    the source's quotation it stands for (all of them, when the numbers differ).

    >>> moved_quotes('the so-called "red line"', 'el tan-línea "roja llamada"',
    ...              ["Línea roja"])
    [('"roja llamada"', '"red line"')]
    >>> moved_quotes('a "red line"', 'una "línea roja"', ["Línea roja"])
    []
    >>> moved_quotes('"It was," he said, "fine."', '"Era," dijo, " bien."', ["Era,", "Bien."])
    []
    >>> moved_quotes('A “no” from any permanent member', 'Un “no” de cualquier miembro',
    ...              ["Ningún"])
    []
    """
    spans = list(_QUOTED.finditer(output))
    theirs = [m.group() for m in _QUOTED.finditer(source)]
    if len(spans) != len(theirs):
        return [(m.group(), ", ".join(theirs)) for m in spans]
    found = []
    for m, want, their in zip(spans, alone, theirs, strict=True):
        got = next(g for g in m.groups() if g is not None)
        # the source's own words, left as they are ("no", a name): nothing moved
        if got.strip().casefold() == their.strip(_MARKS).strip().casefold():
            continue
        if _stems(got) != _stems(want):
            found.append((m.group(), their))
    return found


def quotes_note(quotation: str, source: str) -> str:
    """The entry's note for a quotation of the output that may enclose other words than
    the source's quotation ``source``.

    >>> quotes_note('"roja llamada"', '"red line"')[:47]
    'quotes: "roja llamada" may enclose other words '
    """
    return (f"{QUOTES_NOTE}{quotation} may enclose other words than the source's "
            f"{source or 'quotation'}: check which words the marks should enclose")


def quotes_left(comments: Sequence[str], msgstr: str) -> list[str]:
    """The quotations :func:`quotes_note` names among ``comments`` that ``msgstr`` still
    holds, in any marks and spacing inside them (an editor who moved the marks or
    rewrote the words has looked).

    >>> note = quotes_note('"roja llamada"', '"red line"')
    >>> quotes_left([note], 'Lo llamó el tan-línea « roja llamada ».')
    ['"roja llamada"']
    >>> quotes_left([note], 'Lo llamó la llamada "línea roja".')
    []
    """
    found = []
    for comment in comments:
        m = _NOTED.match(comment)
        if m is None or not m.group("span").split():
            continue
        words = r"\s+".join(map(re.escape, m.group("span").split()))
        if re.search(rf"[\"“”„«']\s*{words}\s*[\"“”»']", msgstr, re.IGNORECASE):
            found.append(m.group()[len(QUOTES_NOTE):].strip())
    return found
