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
Prints, per language, the months and dates the sources name, and those the drafts miss;
no sentence's text is printed.
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
        total = [0, 0, 0, 0]
        for lang in LANGS:
            outs = engine.translate_batch(texts, "en", lang)
            counted = [misses(t, o.text, lang) for t, o in zip(texts, outs, strict=True)]
            sums = [sum(c[k] for c in counted) for k in range(4)]
            total = [a + b for a, b in zip(total, sums, strict=True)]
            print(f"{lang:6} months {sums[0]:3}  missed {sums[1]:3}   "
                  f"dates {sums[2]:3}  not in CLDR's form {sums[3]:3}")
        print(f"{'all':6} months {total[0]:3}  missed {total[1]:3}   "
              f"dates {total[2]:3}  not in CLDR's form {total[3]:3}")


if __name__ == "__main__":
    main()
