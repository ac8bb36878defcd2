"""Dates and month names sent to a rule-based engine as code words, written back as the
target language writes them.

Apertium's English–Spanish dictionary reads "March" as the verb or the noun "march"
and "May" as the modal verb: "MOSCOW, March 3 (Reuters)" came out "MOSCÚ, Marcha 3",
"17 March 2017" "17 Marcha 2017", "scheduled in March" "previsto en March", and
through Spanish into French "Part 3", into Italian "Marcia 29".  A date, and a month
name where the text's shape says it is a month, reach the engine as a code word (see
:mod:`.acronyms`), which every pair passes through, and are written back in CLDR's
form for the fields the source gives (Babel's ``format_skeleton``): "March 17, 2022"
→ "17 de marzo de 2022", "3 mars", "17 marzo 2017", "març del 2022".

A date is a month name with a day ("March 3", "3rd March", "17 of March"), a year
("March 2022") or both; a month name alone is a month after a word that places it in
time ("in March", "since January", "early August", "last September", "March and
April"), never before a capitalised word, which makes it a person's given name ("April
Ryan", "June Carter").  The modal verb "may" is never written with a capital in the
middle of a sentence, and "May" at a sentence's start has no such word before it.
A month name before a capitalised word is a given name, and reaches the engine as a
code word too, written back as it was: alone, the engine writes "junio Carter".

A preposition of time before a day goes with it, written as the language writes it
with a day ("until March 17" → "hasta el 17 de marzo", "jusqu'au 17 mars", "fino al 17
marzo"; alone, the engine writes "hasta 17 de marzo", "avant de 17 mars"), and so does
a span of days written out ("May 27 to 29" → "del 27 al 29 de mayo", "du 27 au 29 mai";
"from May 27 to June 2" → "del 27 de mayo al 2 de junio"), where the engine wrote "27 de
mayo a 29".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from babel.dates import format_interval, format_skeleton, get_month_names

from cms_i18n.engines.territories import cldr_locale
from cms_i18n.languages import base

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_MONTH = "|".join(MONTHS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]|20)\d\d"
# "March 17, 2022", "March 17 2022", "March 3", "March 3rd", "March, 5th, 2014", "July
# 8-9": the month first.
_MONTH_DAY = (rf"(?P<m1>{_MONTH})(?:\s+|,\s+(?=\d\d?(?:st|nd|rd|th)\b))(?P<d1>{_DAY})"
              rf"(?:\s*[-–]\s*(?P<e1>{_DAY}))?(?![\w%.,:/-]\d|[\w%])"
              rf"(?:,?\s+(?P<y1>{_YEAR})(?![\w%]|[.,:/-]\d))?")
# "17 March 2017", "3rd March", "17th of March, 2022", "8-9 July": the day first.
_DAY_MONTH = (rf"(?<![\w%.,:/-])(?P<d2>{_DAY})(?:\s*[-–]\s*(?P<e2>{_DAY}))?\s+(?:of\s+)?"
              rf"(?P<m2>{_MONTH})"
              rf"(?:,?\s+(?P<y2>{_YEAR})(?![\w%]|[.,:/-]\d))?")
# "March 2022"
_MONTH_YEAR = rf"(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})(?![\w%]|[.,:/-]\d)"
_DATE = re.compile(rf"(?<![\w'’-])(?:(?P<on>[Oo]n\s+(?:the\s+)?)|"
                   rf"(?P<lead>(?i:until|till|since|before|after|from)\s+(?:the\s+)?))?"
                   rf"(?:{_DAY_MONTH}|{_MONTH_DAY}|{_MONTH_YEAR})(?![\w'’-])")
# A span of days written out: "May 27 to 29", "from May 27 to June 2", "27 to 29 May",
# "from 27 May to 2 June 2025".  The first day is a month's (before or after it), or a
# bare day when the last has its month after it ("27 to 29 May").  A span carries its
# own preposition ("del 27 al 29"): "from", "for" and "on" before it go with it ("set
# for May 27 to 29" → "prevista del 27 al 29 de mayo", never "para del 27").
_SPAN_END = (rf"(?:(?P<mc>{_MONTH})\s+(?P<dc>{_DAY})|(?P<dd>{_DAY})(?:\s+(?:of\s+)?"
             rf"(?P<md>{_MONTH}))?)(?:,?\s+(?P<yb>{_YEAR}))?")
_SPAN = re.compile(
    rf"(?<![\w'’-])(?P<from>(?i:from|for|on)\s+(?:the\s+)?)?"
    rf"(?:(?P<ma>{_MONTH})\s+(?P<da>{_DAY})|(?P<db>{_DAY})(?:\s+(?:of\s+)?(?P<mb>{_MONTH}))?)"
    rf"(?:,?\s+(?P<ya>{_YEAR}))?\s+(?:to|until|till|through)\s+(?:the\s+)?{_SPAN_END}"
    rf"(?![\w'’%-]|[.,:/]\d)")
# "on" before a day: the definite article before the date, as these languages write a day
# ("el 3 de marzo", "le 3 mars", "il 3 marzo", "o 3 de marzo"), where the engine writes
# "en 3 de marzo"; Portuguese writes the preposition, "em 3 de março" (the engine reads
# "held on" as "hold on" and drops it).  The article's elided form before a day said with
# a vowel ("l'8 marzo", "l'11 de març").
_ARTICLES: dict[str, tuple[str, str, frozenset[int]]] = {
    "es": ("el ", "el ", frozenset()),
    "fr": ("le ", "le ", frozenset()),
    "it": ("il ", "l'", frozenset({8, 11})),
    "ca": ("el ", "l'", frozenset({1, 11})),
    "gl": ("o ", "o ", frozenset()),
    "pt": ("em ", "em ", frozenset()),
}
# A preposition of time before a day, written with the day as the language writes it:
# "until March 17" → "hasta el 17 de marzo", "jusqu'au 17 mars", "fino al 17 marzo";
# the engine alone writes "hasta 17 de marzo", "avant de 17 mars", "abans que 17 de
# març".  Per language and preposition: the words before the day, and before a day said
# with a vowel (Italian "fino all'8", Catalan "fins a l'11": the days of ``_ARTICLES``).
_LEADS: dict[str, dict[str, tuple[str, str]]] = {
    "es": {"until": ("hasta el ", "hasta el "), "since": ("desde el ", "desde el "),
           "before": ("antes del ", "antes del "), "after": ("después del ", "después del "),
           "from": ("desde el ", "desde el ")},
    "fr": {"until": ("jusqu'au ", "jusqu'au "), "since": ("depuis le ", "depuis le "),
           "before": ("avant le ", "avant le "), "after": ("après le ", "après le "),
           "from": ("à partir du ", "à partir du ")},
    "it": {"until": ("fino al ", "fino all'"), "since": ("dal ", "dall'"),
           "before": ("prima del ", "prima dell'"), "after": ("dopo il ", "dopo l'"),
           "from": ("dal ", "dall'")},
    "ca": {"until": ("fins al ", "fins a l'"), "since": ("des del ", "des de l'"),
           "before": ("abans del ", "abans de l'"), "after": ("després del ", "després de l'"),
           "from": ("des del ", "des de l'")},
    "gl": {"until": ("ata o ", "ata o "), "since": ("desde o ", "desde o "),
           "before": ("antes do ", "antes do "), "after": ("despois do ", "despois do "),
           "from": ("desde o ", "desde o ")},
    "pt": {"until": ("até ", "até "), "since": ("desde ", "desde "),
           "before": ("antes de ", "antes de "), "after": ("depois de ", "depois de "),
           "from": ("a partir de ", "a partir de ")},
}
# A span of days: the words before its first day and before its last ("del 27 al 29 de
# mayo", "du 27 au 29 mai", "dal 27 al 29 maggio", "do 27 ao 29 de maio", "de 27 a 29 de
# maio"), each also before a day said with a vowel ("dall'8 all'11 marzo", "de l'1 a
# l'11 de març").
_SPANS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "es": (("del ", "del "), ("al ", "al ")),
    "fr": (("du ", "du "), ("au ", "au ")),
    "it": (("dal ", "dall'"), ("al ", "all'")),
    "ca": (("del ", "de l'"), ("al ", "a l'")),
    "gl": (("do ", "do "), ("ao ", "ao ")),
    "pt": (("de ", "de "), ("a ", "a ")),
}
_ALONE = re.compile(rf"(?:(?<=[Mm]id-)|(?<![\w'’-]))(?P<m4>{_MONTH})(?![\w'’-])")
# Words after which a month name is the month: prepositions of time, "early", "last".
_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|since|until|till|by|for|from|to|through|throughout|during|before|after|"
    r"early|mid|late|last|next|this|every|each|of|between|around|as\s+of|and|or|"
    r"beginning|end|start|middle)[\s-]+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z][^\W\d_]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\n\"“«(]\s*)$")
# How far before a month or a date the words before it are read: a stretch, never the
# whole text before it (read so, a long text cost its length squared).
_NEAR = 80
_AFTER_A_MONTH = re.compile(rf"(?:{_MONTH})(?:,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*)$")


@dataclass(frozen=True)
class Date:
    """A date or a month name found in a source text, and how the target writes it."""

    start: int
    end: int
    written: str


def _locale(target: str) -> str:
    """The CLDR locale of a target tag, as the Apertium mode into it writes the language."""
    lang = base(target)
    region = target[len(lang) + 1:] if target[len(lang):].startswith("-") else ""
    return cldr_locale(lang, region if re.fullmatch(r"[A-Z]{2}", region) else "")


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 0


def _write(month: int, day: int, year: int, locale: str, last: int = 0) -> str | None:
    """The date of these fields (0: absent) as CLDR writes it in ``locale``, the days
    ``day`` to ``last`` of a month where ``last`` is given; None for a day the month does
    not have, and for a span of days in a given year (CLDR shortens the month there)."""
    try:
        when = datetime.date(year or 2000, month, day or 1)
        until = datetime.date(year or 2000, month, last) if last else None
    except ValueError:
        return None
    if until is not None:
        if year or until <= when:
            return None
        return str(format_interval(when, until, "MMMMd", locale=locale))
    if day and year:
        return str(format_skeleton("yMMMMd", when, locale=locale))
    if day:
        return str(format_skeleton("MMMMd", when, locale=locale))
    if year:
        return str(format_skeleton("yMMMM", when, locale=locale))
    return str(get_month_names("wide", "stand-alone", locale)[month])


def _first_day(written: str, day: int, lang: str) -> str:
    """A date on a month's first day as French and Italian write it: "1er mars", "1º marzo"."""
    if day != 1 or lang not in ("fr", "it"):
        return written
    return re.sub(r"(?<!\d)1(?!\d)", "1er" if lang == "fr" else "1º", written, count=1)


def _span(m: re.Match[str], target: str, locale: str) -> str | None:
    """A span of days as ``target`` writes it ("del 27 al 29 de mayo", "du 27 mai au 2
    juin"); None when it is no span (a last day before the first, a day the month
    lacks) or ``target`` is not a language written here."""
    lang = base(target)
    if lang not in _SPANS:
        return None
    first_month = m.group("ma") or m.group("mb") or m.group("mc") or m.group("md")
    last_month = m.group("mc") or m.group("md") or first_month
    if first_month is None or last_month is None or \
            (m.group("db") and not m.group("mb") and not m.group("md")):
        return None
    year = int(m.group("yb") or m.group("ya") or 0)
    first_year = int(m.group("ya") or m.group("yb") or 0)
    first, last = _day(m.group("da") or m.group("db") or ""), _day(m.group("dc") or
                                                                   m.group("dd") or "")
    try:
        since = datetime.date(first_year or 2000, MONTHS.index(first_month) + 1, first)
        until = datetime.date(year or 2000, MONTHS.index(last_month) + 1, last)
    except ValueError:
        return None
    if until <= since:
        return None
    end = _first_day(str(format_skeleton("yMMMMd" if year else "MMMMd", until,
                                         locale=locale)), last, lang)
    if (since.year, since.month) == (until.year, until.month):
        start = _first_day(str(first), first, lang)
    else:
        start = _first_day(str(format_skeleton("yMMMMd" if first_year != year or
                                               (year and m.group("ya")) else "MMMMd",
                                               since, locale=locale)), first, lang)
    (opening, opening_vowel), (closing, closing_vowel) = _SPANS[lang]
    vowel = _ARTICLES[lang][2]
    return (f"{opening_vowel if first in vowel else opening}{start} "
            f"{closing_vowel if last in vowel else closing}{end}")


def _lead(word: str, day: int, target: str) -> str | None:
    """What a preposition of time before a day becomes in ``target`` ("hasta el ")."""
    lang = base(target)
    leads = _LEADS.get(lang)
    if leads is None:
        return None
    key = {"till": "until"}.get(word.casefold(), word.casefold())
    plain, vowel = leads[key]
    return vowel if day in _ARTICLES[lang][2] else plain


def _is_month(text: str, m: re.Match[str]) -> bool:
    """Whether a month name standing alone is the month, by the words before it."""
    near = max(0, m.start() - _NEAR)
    if _BEFORE.search(text, near, m.start()):
        return True
    # "March and April", "March, April": after another month
    return _AFTER_A_MONTH.search(text, near, m.start()) is not None


def find_dates(text: str, target: str) -> list[Date]:
    """The dates and month names of ``text``, each with the target's way of writing it.

    >>> [d.written for d in find_dates("MOSCOW, March 3 (Reuters) - until March 17, 2022", "es")]
    ['3 de marzo', 'hasta el 17 de marzo de 2022']
    >>> [d.written for d in find_dates("held May 27 to 29, and from May 30 to June 2", "fr")]
    ['du 27 au 29 mai', 'du 30 mai au 2 juin']
    >>> [d.written for d in find_dates("On 17 March 2017, in May, June Carter sang.", "fr")]
    ['Le 17 mars 2017', 'mai', 'June']
    >>> [d.written for d in find_dates("Held on January 1 and on 8 March", "it")]
    ['il 1º gennaio', "l'8 marzo"]
    >>> [d.written for d in find_dates("held on March 29", "pt")]
    ['em 29 de março']
    >>> [d.written for d in find_dates("Kyiv, March, 5th, 2014; for July 8-9", "it")]
    ['5 marzo 2014', '8–9 luglio']
    >>> find_dates("You may leave. May I?", "es")
    []
    >>> [d.written for d in find_dates("It began at 9:43 am and ended at 10 p.m. sharp.", "es")]
    ['9:43 am', '10 p.m.']
    """
    locale = _locale(target)
    found: list[Date] = []
    taken: list[tuple[int, int]] = []
    for m in _SPAN.finditer(text):
        span = _span(m, target, locale)
        if span is not None:
            found.append(Date(m.start(), m.end(), span))
            taken.append(m.span())
    for m in _DATE.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        month = MONTHS.index(m.group("m1") or m.group("m2") or m.group("m3")) + 1
        day = _day(m.group("d1") or m.group("d2") or "")
        year = int(m.group("y1") or m.group("y2") or m.group("y3") or 0)
        last = _day(m.group("e1") or m.group("e2") or "")
        written = _write(month, day, year, locale, last)
        if written is None:
            continue
        article = _ARTICLES.get(base(target))
        lead = _lead(m.group("lead").split()[0], day, target) \
            if m.group("lead") and day and not last else None
        taken.append(m.span())
        if m.group("on") and day and not last and article is not None:
            written = _first_day(written, day, base(target))
            found.append(Date(m.start(), m.end(),
                              (article[1] if day in article[2] else article[0]) + written))
        elif lead is not None:
            found.append(Date(m.start(), m.end(), lead + _first_day(written, day,
                                                                    base(target))))
        else:
            opening = m.group("on") or m.group("lead")
            found.append(Date(m.start() + len(opening) if opening else m.start(), m.end(),
                              written))
    for m in _ALONE.finditer(text):
        if any(start <= m.start() < end for start, end in taken):
            continue
        if _NAME_AFTER.match(text, m.end()):
            # a given name: kept as written, where the engine would write a month
            found.append(Date(m.start(), m.end(), m.group()))
            continue
        if _is_month(text, m):
            found.append(Date(m.start(), m.end(), _write(MONTHS.index(m.group()) + 1, 0, 0,
                                                         locale) or m.group()))
    for m in _CLOCK.finditer(text):
        if not any(start < m.end() and m.start() < end for start, end in taken):
            found.append(Date(m.start(), m.end(), m.group()))
    found.sort(key=lambda d: d.start)
    return [_capital(text, d) for d in found]


# A time of day on the twelve-hour clock: "9:43 am", "10 p.m.", "7.30pm", "11:05 AM".
# Apertium reads "am" as the verb ("9:43 soy", "9:43 je suis"); the time reaches it as a
# code word and comes back as the source writes it (the numbers the editor and `check`
# compare stay the same; a newsroom that writes the 24-hour clock changes it in review).
# A stop that ends the sentence as well ("at 9 a.m." at the end) stays the sentence's.
_CLOCK = re.compile(r"(?<![\w:.])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?"
                    r"[AaPp]\.?[Mm](?:\.(?!\s*(?:$|\n|[A-Z\"“])))?(?![\w])")


def _capital(text: str, date: Date) -> Date:
    """A date that opens a sentence opens it with a capital."""
    if date.written == text[date.start:date.end]:
        return date
    if _SENTENCE_START.search(text, max(0, date.start - _NEAR), date.start) and \
            date.written[:1].islower():
        return Date(date.start, date.end, date.written[:1].upper() + date.written[1:])
    return date


def hide_dates(codes: dict[str, str], text: str, dates: list[Date]) -> dict[str, str]:
    """``codes`` (what :func:`.acronyms.hide` hid in ``text``, by code word) with each
    code standing for a date of ``dates`` written as the target writes it, so that
    :func:`.acronyms.show` writes the target's date back.

    >>> hide_dates({"ZXQVA": "March 3"}, "March 3", [Date(0, 7, "3 de marzo")])
    {'ZXQVA': '3 de marzo'}
    """
    by_source = {text[d.start:d.end]: d.written for d in dates}
    return {code: by_source.get(word, word) for code, word in codes.items()}
