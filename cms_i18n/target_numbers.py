"""Figures an engine copied from the source, written as the target language writes them.

Apertium copies "1,500" and "17.6" into Spanish as they stand: a Spanish reader
takes the first for one and a half (``cms-i18n check`` grades that critical) and
finds the second foreign.  A neural engine often writes them right, and what it
wrote is left alone: only a figure that stands in the target exactly as it stood
in the source is rewritten, each read in its own language's convention
(:mod:`cms_i18n.catalog.numbers`), digit for digit ("17.60" → "17,60").

A figure is rewritten only when it is a quantity and its value is certain
(:func:`~cms_i18n.catalog.numbers.figures`, :func:`~cms_i18n.catalog.numbers.restyled`):
a version "3.11.2", an IP address, a date, a time "at 10.30", a phone number, a
figure after a word that labels it ("section 3.2", "ISBN", "tel.") or glued to
letters ("v1.2"), a decimal after a name ("Python 3.11"), a figure in an address,
English "1.500" (one and a half, or fifteen hundred grouped with a stop) stay as
they are; so does any figure the source also holds in such a place, since which
copy is which cannot be told, and a figure the draft holds more often than the
source.  Years and other numbers without marks read the same in every language.
Glossary terms are back in the text by then, and stand-ins gone: a figure is
found only where the source had one.
"""

from __future__ import annotations

from collections import Counter

from cms_i18n.catalog.numbers import NUMBER, figures, restyled, standalone


def restyle_numbers(text: str, source: str, source_lang: str, lang: str
                    ) -> tuple[str, list[tuple[str, str]]]:
    """``text`` (a machine translation of ``source`` into ``lang``) with every figure
    it copied from ``source`` written as ``lang`` writes it; and (as it was, as it is
    now) for each figure rewritten.

    >>> restyle_numbers("Unas 1,500 personas, un 17.6% más que en 2023.",
    ...                 "About 1,500 people, up 17.6% from 2023.", "en", "es")
    ('Unas 1500 personas, un 17,6% más que en 2023.', [('1,500', '1500'), ('17.6', '17,6')])
    >>> restyle_numbers("La versión 3.11.2 a las 10.30.", "Version 3.11.2 at 10.30.",
    ...                 "en", "es")[1]
    []
    """
    wanted: dict[str, str] = {}
    held: Counter[str] = Counter()
    refused: set[str] = set()
    for match, quantity in figures(source):
        held[match.group(0)] += 1
        written = restyled(match, source_lang, lang) if quantity else None
        if written is None:
            refused.add(match.group(0))
        else:
            wanted[match.group(0)] = written
    for figure in refused:
        wanted.pop(figure, None)
    if not wanted:
        return text, []
    copies = [m for m in NUMBER.finditer(text) if m.group(0) in wanted and standalone(text, m)]
    shown = Counter(m.group(0) for m in copies)
    copies = [m for m in copies if shown[m.group(0)] <= held[m.group(0)]]
    for match in reversed(copies):
        text = text[:match.start()] + wanted[match.group(0)] + text[match.end():]
    done = dict.fromkeys((m.group(0), wanted[m.group(0)]) for m in copies)
    return text, list(done)
