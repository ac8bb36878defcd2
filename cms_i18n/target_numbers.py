"""Figures an engine copied from the source, written as the target language writes them.

Apertium copies "1,500" and "17.6" into Spanish as they stand: a Spanish reader
takes the first for one and a half (``cms-i18n check`` grades that critical) and
finds the second foreign.  A neural engine often writes them right, and what it
wrote is left alone: only a figure that stands in the target exactly as it stood
in the source is rewritten, each read in its own language's convention
(:mod:`cms_i18n.catalog.numbers`), digit for digit ("17.60" → "17,60").

A figure is rewritten only when it is a quantity.  Left as they are: what is
part of a longer chain of digits and marks (a version "3.11.2", an IP address, a
date "27.05.2024", a phone number "555.123.4567", a ratio "1:1,000"); what
follows a letter or stands in a web address, a path or an e-mail address
("v1.2", "A4.1", "example.org/1.5"); what follows a word that numbers a thing
("section 3.2", "version 2.0", "tel. 555.1234", "ISBN", "resolution"); a
decimal after a name ("Python 3.11", "Web 2.0", "iOS 17.6"); a time of day
("at 10.30", "10.30 am"); a figure the source's own convention hesitates over
or that the source writes in another language's style; and any figure the
source also holds in such a place, since which copy is which cannot be told.
Years and other numbers without marks read the same in every language.
Glossary terms are back in the text by then, and stand-ins gone: a figure is
found only where the source had one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from babel.numbers import list_currencies

from cms_i18n.catalog.numbers import NUMBER, restyled
from cms_i18n.clean.blocks import STOPWORDS

# A word that numbers what follows it: the figure after it is a label, not a quantity.
_LABELS = frozenset({
    "version", "versions", "ver", "v", "release", "build", "firmware", "update", "patch",
    "kernel", "section", "sections", "sec", "article", "articles", "art", "paragraph",
    "paragraphs", "para", "par", "chapter", "chapters", "ch", "figure", "figures", "fig",
    "table", "tables", "tab", "clause", "clauses", "item", "items", "rule", "rules", "annex",
    "appendix", "part", "parts", "step", "steps", "no", "nos", "nr", "page", "pages", "p",
    "pp", "verse", "line", "lines", "id", "code", "isbn", "issn", "doi", "ref", "reference",
    "case", "file", "serial", "model", "type", "class", "resolution", "resolutions",
    "decision", "decisions", "standard", "iso", "tel", "telephone", "phone", "fax", "mobile",
    "cell", "hotline", "call", "ext", "whatsapp", "sms", "ip", "port"})
# Words before a time of day ("at 10.30", "until 11.45"); not "by" ("cut by 3.26 percent").
_TIME_WORDS = frozenset({
    "at", "until", "till", "before", "after", "since", "between", "around", "from"})
# What follows a quantity, never a time: "at 10.25 percent", "from 12.50 million".
_NOT_TIME_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|points?\b|[mb]illion|trillion|bn\b)",
                             re.IGNORECASE)
# What follows a time of day: "10.30 am", "10.30 GMT", "10.30h".
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?\s?m\b\.?|h\b|hrs?\b|hours\b|o'clock|local\b"
                         r"|(?-i:GMT|UTC|BST|CES?T|EE?S?T|E[SD]T|P[SD]T|MSK|IST|JST)\b)",
                         re.IGNORECASE)
_TIME = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
# Words that may open a sentence before a quantity: "About 17.6 million".
_QUANTIFIERS = frozenset({
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "only", "just",
    "over", "under", "up", "down", "more", "less", "fewer", "than", "at", "least", "another"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t\u00a0]*[:#№]?[ \t\u00a0]*$")


@functools.cache
def _currencies() -> frozenset[str]:
    """ISO 4217 codes ("USD 17.6 million" is an amount, not a name and a version)."""
    return frozenset(list_currencies())


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
    for match, kind in _figures(source):
        held[match.group(0)] += 1
        written = restyled(match, source_lang, lang) if kind == "quantity" else None
        if written is None:
            refused.add(match.group(0))
        else:
            wanted[match.group(0)] = written
    for figure in refused:
        wanted.pop(figure, None)
    if not wanted:
        return text, []
    copies = [m for m in NUMBER.finditer(text) if m.group(0) in wanted and _standalone(text, m)]
    shown = Counter(m.group(0) for m in copies)
    copies = [m for m in copies if shown[m.group(0)] <= held[m.group(0)]]
    for match in reversed(copies):
        text = text[:match.start()] + wanted[match.group(0)] + text[match.end():]
    done = dict.fromkeys((m.group(0), wanted[m.group(0)]) for m in copies)
    return text, list(done)


def _figures(source: str) -> Iterator[tuple[re.Match[str], str]]:
    """Every number of ``source`` with what it is: ``quantity`` or ``label`` (a code,
    a name's number, a time, part of a chain)."""
    last_time = -1
    for match in NUMBER.finditer(source):
        start, end = match.span()
        before = _WORD_BEFORE.search(source, max(0, start - 40), start)
        word = before.group(1) if before else ""
        lowered = word.lower()
        figure = match.group(0)
        if not _standalone(source, match) or lowered in _LABELS:
            yield match, "label"
        elif _TIME.fullmatch(figure) and not _NOT_TIME_AFTER.match(source, end) and (
                lowered in _TIME_WORDS or _TIME_AFTER.match(source, end)
                or (last_time >= 0 and start - last_time <= 8
                    and re.search(r"(?:\band|\bto|[-–—])\s*$", source[last_time:start]))):
            last_time = end
            yield match, "label"
        elif (before is not None and match.group("mark") and not match.group("sep")
              and any(c.isupper() for c in word) and word not in _currencies()
              and not _opens_sentence(source, before.start(), lowered)):
            yield match, "label"            # "Python 3.11", "Web 2.0"
        else:
            yield match, "quantity"


def _opens_sentence(text: str, at: int, lowered: str) -> bool:
    """A capitalised word at ``at`` that opens a sentence and is a function word or a
    quantifier ("About 17.6 million"), so its capital says nothing of a name."""
    opening = not text[:at].strip() or bool(re.search(r"[.!?:;\"“(]\s*$", text[:at]))
    return opening and (lowered in STOPWORDS or lowered in _QUANTIFIERS)


def _standalone(text: str, match: re.Match[str]) -> bool:
    """Whether the number ``match`` in ``text`` stands alone: not glued to a letter
    before it, not part of a chain of digits and marks, not inside an address."""
    start, end = match.span()
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before[-1:].isalnum() or before[-1:] in ("_", "#", "@", "№", "+", "/", "\\", "&", "="):
        return False
    if re.fullmatch(r"\d[.,:]|[^\W\d_]-", before):
        return False                        # "3.11.2", "1:1,000", "F-16.5"
    if re.match(r"[.,:/]\d|\.[^\W\d_]", after) or re.match(r"[^\W\d_]+\d", text[end:]):
        return False                        # "1.5.2", "1.5/2", "1.5.pdf", "1.5x2"
    token_start = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    token_end = min((i for i in (text.find(c, end) for c in " \t\n") if i >= 0),
                    default=len(text))
    token = text[token_start:token_end]
    return not ("://" in token or token.lower().startswith("www.") or "@" in token)
