"""English *meet* through eng-spa: raw Apertium against the product's engine, on real text.

Usage::

    .venv/bin/python bench/bench_meetings.py            # the dev part
    .venv/bin/python bench/bench_meetings.py -v         # and every dev sentence missed
    .venv/bin/python bench/bench_meetings.py --blind    # and the blind part's totals

Apertium's eng-spa reads every English *meet* as *cumplir* ("Putin met with Xi" →
"Putin cumplió con Xi").  The sentences of ``bench/data/meetings/sentences.tsv`` were
quoted from public pages and labelled by hand, before anything was run, with the verb a
translator would use: ``reunirse`` (people meeting), ``cumplir`` (a target, deadline,
standard or obligation met), ``recibir`` (met with criticism, met at the airport),
``conocer`` (getting to know someone) or ``other`` (needs and demand met, which
Spanish *satisfies*; idioms; the noun, a swim meet).  Each goes through
``apertium -u eng-spa`` (one call a sentence, as a user would) and through
:class:`~cms_i18n.engines.apertium.ApertiumEngine` ``translate_batch(texts, "en", "es")``.

An output **gets the labelled verb** when:

* ``reunirse``: it holds a form of the verb *reunir* (``reunió``, ``reúnen``,
  ``reunirse`` …; the noun ``reunión``/``reuniones`` does not count) and no form of
  *cumplir* (``cumpl…``, ``incumpl…``; ``cumpleaños`` does not count);
* ``cumplir``: it holds a form of *cumplir* and none of *reunir*;
* ``recibir``, ``conocer``, ``other``: it holds neither, so nothing wrongly says
  *reunir* or *cumplir*; the verb the output does use is not checked (Apertium has
  no *meet* → *conocer* or *recibir* of its own, so a sentence it leaves with
  *cumplir* is a miss and one it gives *reunir* is a miss).

The whole sentence is read, so another English word Apertium renders with *reunir* or
*cumplir* ("demands fulfilled" → "cumplido") counts as well; ``-v`` shows each miss so
such a case can be told apart.  A sentence the product made **worse** gets the verb
from raw Apertium and not from the product; **better** is the converse.

The blind part (``meetings:`` + host, SHA-1, first hex digit 0–5) is scored only with
``--blind`` and only as totals; its sentences are never printed.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cms_i18n.engines.apertium import ApertiumEngine

DATA = Path(__file__).resolve().parent / "data" / "meetings" / "sentences.tsv"
VERBS = ("reunirse", "cumplir", "recibir", "conocer", "other")
SALT = "meetings:"
#: First hex digits of the salted host's SHA-1 that put a sentence in the blind part.
BLIND_DIGITS = "012345"

REUNIR = re.compile(r"\b(?:reun(?!i[oó]n\b|iones\b)|reún)\w*", re.IGNORECASE)
CUMPLIR = re.compile(r"\b(?:in)?cumpl(?!eaños)\w*", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    text: str
    sense: str
    verb: str
    url: str

    @property
    def host(self) -> str:
        return host(self.url)

    @property
    def part(self) -> str:
        return part_of(self.url)


def host(url: str) -> str:
    """The page's host name, lower case, without ``www.``."""
    return re.sub(r"^https?://(www\.)?", "", url).split("/")[0].split(":")[0].lower()


def part_of(url: str) -> str:
    digit = hashlib.sha1((SALT + host(url)).encode()).hexdigest()[0]
    return "blind" if digit in BLIND_DIGITS else "dev"


def sentences(path: Path = DATA) -> list[Sentence]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, sense, verb, url = line.split("\t")
            rows.append(Sentence(text, sense, verb, url))
    return rows


def gets_verb(output: str, verb: str) -> bool:
    """Whether a Spanish output gets the labelled verb (see the module's docstring)."""
    reunir = bool(REUNIR.search(output))
    cumplir = bool(CUMPLIR.search(output))
    if verb == "reunirse":
        return reunir and not cumplir
    if verb == "cumplir":
        return cumplir and not reunir
    return not reunir and not cumplir


def raw(texts: Sequence[str]) -> list[str]:
    """``apertium -u eng-spa``, one call a sentence."""
    def one(text: str) -> str:
        return subprocess.run(["apertium", "-u", "eng-spa"], input=text, capture_output=True,
                              text=True, check=True).stdout.strip()
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, texts))


def product(texts: Sequence[str]) -> list[str]:
    engine = ApertiumEngine()
    try:
        results = engine.translate_batch(list(texts), "en", "es")
    finally:
        engine.close()
    return [r.text if not r.failed else "" for r in results]


@dataclass(frozen=True)
class Score:
    total: int
    raw: int
    product: int
    worse: int
    better: int


def score(rows: Sequence[Sentence], raws: Sequence[str], products: Sequence[str]) -> Score:
    r = [gets_verb(o, s.verb) for s, o in zip(rows, raws, strict=True)]
    p = [gets_verb(o, s.verb) for s, o in zip(rows, products, strict=True)]
    return Score(len(rows), sum(r), sum(p),
                 sum(1 for a, b in zip(r, p, strict=True) if a and not b),
                 sum(1 for a, b in zip(r, p, strict=True) if b and not a))


def _line(label: str, s: Score) -> str:
    return (f"{label:<20} {s.total:>4} {s.raw:>5} {s.product:>8} {s.worse:>6} {s.better:>7}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list every dev sentence the product misses (never blind ones)")
    parser.add_argument("--blind", action="store_true",
                        help="score the blind part too, as totals only")
    args = parser.parse_args(argv)

    rows = sentences()
    parts = ["dev", "blind"] if args.blind else ["dev"]
    print(f"{'part / verb':<20} {'n':>4} {'raw':>5} {'product':>8} {'worse':>6} {'better':>7}")
    for name in parts:
        chosen = [s for s in rows if s.part == name]
        texts = [s.text for s in chosen]
        raws, products = raw(texts), product(texts)
        print(_line(name, score(chosen, raws, products)))
        if name != "dev":
            continue
        for verb in VERBS:
            pick = [i for i, s in enumerate(chosen) if s.verb == verb]
            print(_line(f"  {verb}", score([chosen[i] for i in pick], [raws[i] for i in pick],
                                          [products[i] for i in pick])))
        if args.verbose:
            for s, r, p in zip(chosen, raws, products, strict=True):
                if not gets_verb(p, s.verb):
                    flag = "WORSE " if gets_verb(r, s.verb) else ""
                    print(f"\n{flag}[{s.verb} / {s.sense}] {s.text}\n  raw:     {r}\n"
                          f"  product: {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
