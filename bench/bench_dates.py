"""Month names in Apertium's drafts: how many of the source's months the draft misses.

    .venv/bin/python bench/bench_dates.py          # dev parts only

Sentences: the dev part of every round's ``terms.tsv`` (bench/data/round3 … round6,
split by site as ``bench_chains.py`` splits them) and ``bench/data/real/general-dev.tsv``.
A month in the source is an English month name with a capital that neither follows nor
precedes another capitalised word (not "Theresa May", "June Carter"); the draft misses
it when it holds fewer of the target language's names of that month (CLDR's, any case)
than the source has mentions of it.  A date in the source is a month with a day before
or after it ("March 3", "17 March 2017", "March 17, 2022"); the draft writes it right
when it holds CLDR's form for those fields ("3 de marzo", "17 de marzo de 2017"), the
first of a month as French and Italian write it too ("1er janvier", "1º gennaio").
A span of days ("May 27 to 29", "from May 27 to June 2", "27 to 29 May") is written
right when the draft holds the language's words for it around the two days ("del 27 al
29", "du 27 au 29", "dal 27 al 29", "do 27 ao 29", "de 27 a 29"); a day after a
preposition of time ("until March 17", "since 3 March") when the draft holds the
language's words for the preposition with the day ("hasta el 17", "jusqu'au 17", "fino
al 17", "ata o 17", "até 17").  Prints, per language, the months, dates, spans and days
after a preposition the sources name, and those the drafts miss; no sentence's text is
printed.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

from babel.dates import format_skeleton, get_month_names

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_chains import LANGS, TITLED_ROUNDS, side_of  # noqa: E402

from cms_i18n.engines.apertium import ApertiumEngine  # noqa: E402
from cms_i18n.engines.territories import cldr_locale  # noqa: E402

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_MENTION = re.compile(rf"(?<![\w'’-])({'|'.join(MONTHS)})(?![\w'’-])(?!\s+[A-Z][a-z])")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$")
# Capitalised words before a month that open a sentence, not a given name.
_OPENERS = {"In", "On", "Since", "Until", "By", "From", "Last", "Early", "Late", "Next",
            "This", "During", "Before", "After", "Through", "Of", "And", "Mid", "Between"}


def mentions_in(source: str) -> list[str]:
    """The months ``source`` names: no given name ("June Carter"), no surname
    ("Theresa May")."""
    found = []
    for m in _MENTION.finditer(source):
        before = _NAME_BEFORE.search(source, 0, m.start())
        if before is None or before.group(1) in _OPENERS:
            found.append(m.group(1))
    return found


_DATE = re.compile(
    rf"(?<![\w'’-])(?:(?P<d1>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{'|'.join(MONTHS)})"
    rf"(?:,?\s+(?P<y1>\d{{4}}))?|(?P<m2>{'|'.join(MONTHS)}),?\s+(?P<d2>\d\d?)"
    rf"(?:st|nd|rd|th)?(?![\w-])(?:,?\s+(?P<y2>\d{{4}}))?)(?![\w-])")


def dates_missed(source: str, draft: str, locale: str) -> tuple[int, int]:
    """(dates in ``source``, of those ``draft`` does not write in CLDR's form)."""
    found = missed = 0
    for m in _DATE.finditer(source):
        month = MONTHS.index(m.group("m1") or m.group("m2")) + 1
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2") or 0)
        try:
            when = datetime.date(year or 2000, month, day)
        except ValueError:
            continue
        found += 1
        form = str(format_skeleton("yMMMMd" if year else "MMMMd", when, locale=locale))
        # the first of a month as French and Italian write it: "1er janvier", "1º gennaio"
        forms = {form, *(re.sub(r"^1(?!\d)", first, form) for first in ("1er", "1º")
                         if day == 1)}
        missed += not any(f.casefold() in draft.casefold() for f in forms)
    return found, missed


_MONTHS = "|".join(MONTHS)
_D = r"(\d\d?)(?:st|nd|rd|th)?"
_SPAN = re.compile(
    rf"(?<![\w'’-])(?:(?:{_MONTHS})\s+{_D}(?:,?\s+\d{{4}})?\s+(?:to|until|till|through)\s+"
    rf"(?:the\s+)?(?:(?:{_MONTHS})\s+)?{_D}"
    rf"|{_D}(?:\s+(?:of\s+)?(?:{_MONTHS}))?\s+(?:to|until|till|through)\s+(?:the\s+)?{_D}"
    rf"\s+(?:of\s+)?(?:{_MONTHS}))(?![\w-])")
_LEAD = re.compile(rf"(?<![\w'’-])(?P<lead>(?i:until|till|since|before|after))\s+(?:the\s+)?"
                   rf"(?:(?:{_MONTHS})\s+{_D}|{_D}\s+(?:of\s+)?(?:{_MONTHS}))(?![\w-])")
# What each language writes around a span's days, and before a day after a preposition
# (the second form: before a day said with a vowel, "dall'8", "fins a l'11").
SPAN_WORDS = {"es": (("del ",), ("al ",)), "fr": (("du ",), ("au ",)),
              "it": (("dal ", "dall'"), ("al ", "all'")),
              "ca": (("del ", "de l'"), ("al ", "a l'")),
              "gl": (("do ",), ("ao ",)), "pt": (("de ",), ("a ",))}
LEAD_WORDS = {
    "es": {"until": ("hasta el ",), "since": ("desde el ",), "before": ("antes del ",),
           "after": ("después del ",)},
    "fr": {"until": ("jusqu'au ",), "since": ("depuis le ",), "before": ("avant le ",),
           "after": ("après le ",)},
    "it": {"until": ("fino al ", "fino all'"), "since": ("dal ", "dall'"),
           "before": ("prima del ", "prima dell'"), "after": ("dopo il ", "dopo l'")},
    "ca": {"until": ("fins al ", "fins a l'"), "since": ("des del ", "des de l'"),
           "before": ("abans del ", "abans de l'"), "after": ("després del ", "després de l'")},
    "gl": {"until": ("ata o ",), "since": ("desde o ",), "before": ("antes do ",),
           "after": ("despois do ",)},
    "pt": {"until": ("até ",), "since": ("desde ",), "before": ("antes de ",),
           "after": ("depois de ",)},
}


def spans_missed(source: str, draft: str, lang: str) -> tuple[int, int, int, int]:
    """(spans of days in ``source``, of those ``draft`` does not write as ``lang`` does,
    days after a preposition of time, of those ``draft`` writes without its words)."""
    folded = draft.casefold()
    key = lang.partition("-")[0]
    spans = missed_spans = leads = missed_leads = 0
    for m in _SPAN.finditer(source):
        first, last = [int(d) for d in m.groups() if d]
        spans += 1
        openings, closings = SPAN_WORDS[key]
        missed_spans += not any(f"{o}{first} " in folded and f"{c}{last}" in folded
                                for o in openings for c in closings)
    for m in _LEAD.finditer(source):
        if any(m.start() < s.end() and s.start() < m.end() for s in _SPAN.finditer(source)):
            continue
        day = int(next(d for d in m.groups()[1:] if d))
        word = {"till": "until"}.get(m.group("lead").casefold(), m.group("lead").casefold())
        leads += 1
        missed_leads += not any(re.search(rf"{re.escape(w)}{day}(?:er|º)?(?!\d)", folded)
                                for w in LEAD_WORDS[key][word])
    return spans, missed_spans, leads, missed_leads


def sentences() -> list[str]:
    texts = []
    for folder, salt in TITLED_ROUNDS.values():
        for line in (folder / "terms.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                url, text, *_ = line.split("\t")
                if side_of(url, salt) == "dev":
                    texts.append(text)
    general = ROOT / "bench" / "data" / "real" / "general-dev.tsv"
    for line in general.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            texts.append(line.split("\t")[0])
    return texts


def misses(source: str, draft: str, lang: str) -> tuple[int, int, int, int]:
    """(mentions of months in ``source``, of those ``draft`` does not name, dates in
    ``source``, of those ``draft`` does not write in CLDR's form)."""
    lang_part, _, region = lang.partition("-")
    locale = cldr_locale(lang_part, region)
    mentions = mentions_in(source)
    missed = 0
    folded = draft.casefold()
    for month in set(mentions):
        index = MONTHS.index(month) + 1
        names = {str(get_month_names("wide", context, locale)[index]).casefold().removeprefix(
            "de ").removeprefix("d’").removeprefix("d'") for context in ("format", "stand-alone")}
        found = sum(len(re.findall(rf"(?<!\w){re.escape(n)}(?!\w)", folded)) for n in names)
        missed += max(0, mentions.count(month) - found)
    return (len(mentions), missed, *dates_missed(source, draft, locale))


def main() -> None:
    texts = sentences()
    print(f"{len(texts)} dev sentences")
    with ApertiumEngine({}) as engine:
        total = [0] * 8
        for lang in LANGS:
            outs = engine.translate_batch(texts, "en", lang)
            counted = [(*misses(t, o.text, lang), *spans_missed(t, o.text, lang))
                       for t, o in zip(texts, outs, strict=True)]
            sums = [sum(c[k] for c in counted) for k in range(8)]
            total = [a + b for a, b in zip(total, sums, strict=True)]
            print(f"{lang:6} months {sums[0]:3}  missed {sums[1]:3}   "
                  f"dates {sums[2]:3}  not in CLDR's form {sums[3]:3}   "
                  f"spans {sums[4]:2}  missed {sums[5]:2}   "
                  f"after a preposition {sums[6]:2}  missed {sums[7]:2}")
        print(f"{'all':6} months {total[0]:3}  missed {total[1]:3}   "
              f"dates {total[2]:3}  not in CLDR's form {total[3]:3}   "
              f"spans {total[4]:2}  missed {total[5]:2}   "
              f"after a preposition {total[6]:2}  missed {total[7]:2}")


if __name__ == "__main__":
    main()
