#!/usr/bin/env python
"""Time against length for a document that is one long line: cleaning, segmenting, the
glossary.

Run:  .venv/bin/python bench/bench_one_line.py [KB ...]   (default 12.5 25 50 100)

A page scraped without line breaks is one line and, as plain text, one unit: every
step that reads the whole unit again for each thing it finds in it grows with the
square of the page's length.  The document is the real sentences of the glossary sets
(``bench/data/real/glossary-*.tsv``, dense in names and short forms the matcher weighs)
joined by spaces, cut after a sentence at each size, no sentence twice.  Rows:

* ``clean_document``: the cleaner on the document;
* ``segment``: :func:`cms_i18n.segment.segment` as plain text;
* ``glossary: match``: :func:`~cms_i18n.glossary.match.context_from` and
  :meth:`~cms_i18n.glossary.match.Matcher.find` on it, as checking a unit with its
  document does;
* ``glossary: translate_units``: the whole glossary path of ``translate`` (matching,
  stand-ins, verification) with an engine that returns its input, so no engine time
  hides the glossary's;
* ``apertium: translate_batch``: the Apertium engine on it, where Apertium is installed:
  what this process does around the pair's own programs (people's names, states' names
  in companies' names, compounds, the target's typography), whose CPU time is not
  counted here.

Each cell: CPU seconds (best of ``--repeat``) and the ratio to the size before: time
that grows with the text shows ×2 per doubling, a quadratic step ×4.
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bench_clean import best_times

from cms_i18n.clean import clean_document
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.base import EngineBase, Translation
from cms_i18n.glossary import load_glossary, translate_units
from cms_i18n.glossary.match import context_from
from cms_i18n.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "bench" / "data" / "real"


class CopyEngine(EngineBase):
    """An engine that returns its input: the glossary's own time, nothing else."""

    name = "copy"

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        super().__init__(settings or {})

    def pairs(self) -> set[tuple[str, str]]:
        return {("en", "es")}

    def glossary_strategy(self, target: str) -> str:
        return "standin"

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        return [Translation(text, 0.0) for text in texts]


def sentences() -> str:
    """Every real sentence of the glossary sets, in file order, joined by spaces."""
    out = []
    for path in sorted(SETS.glob("glossary-*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t")[1].strip())
    return " ".join(out)


def one_line(text: str, kilobytes: float) -> str:
    """The first ``kilobytes`` KB of ``text`` (UTF-8), cut after a sentence."""
    head = text.encode("utf-8")[:round(kilobytes * 1000)].decode("utf-8", "ignore")
    return head[:head.rfind(". ") + 1]


def rows() -> dict[str, Callable[[str], object]]:
    glossary = load_glossary(ROOT / "glossaries")
    matcher = glossary.matcher
    engine = CopyEngine()

    def forget() -> None:
        """Empty what the matcher keeps of the texts it read, so every round reads anew."""
        for kept in ("_indexes", "_evidence", "_definitions", "_named"):
            getattr(matcher, kept, {}).clear()

    def match(text: str) -> object:
        forget()
        return matcher.find(text, context_from(matcher, [], text))

    def enforce(text: str) -> object:
        forget()
        return translate_units(engine, [text], source="en", target="es",
                               glossary=glossary, documents=["page"],
                               whole={"page": text})

    found: dict[str, Callable[[str], object]] = {
        "clean_document": clean_document,
        "segment": lambda text: segment(text, "text"),
        "glossary: match": match,
        "glossary: translate_units": enforce}
    if shutil.which("apertium"):
        apertium = ApertiumEngine({})
        found["apertium: translate_batch"] = lambda text: apertium.translate_batch(
            [text], "en", "es")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", metavar="KB", nargs="*", type=float,
                        default=[12.5, 25, 50, 100])
    parser.add_argument("--repeat", type=int, default=2, help="rounds per cell (default 2)")
    args = parser.parse_args()
    text = sentences()
    if len(text.encode("utf-8")) < max(args.sizes) * 1000:
        parser.error(f"the sets hold {len(text.encode('utf-8')) / 1000:.0f} KB of sentences")
    work = rows()
    for step in work.values():       # models, lexicons and patterns loaded before timing
        step(one_line(text, 2))
    print(f"one line of real sentences, CPU seconds, best of {args.repeat}; "
          "ratio = time / time at the size before")
    print(f"{'':28}" + "".join(f"{f'{kb:g} KB':>17}" for kb in args.sizes))
    for name, step in work.items():
        cells, previous = [], None
        for kb in args.sizes:
            document = one_line(text, kb)
            (seconds,) = best_times(args.repeat, [lambda d=document, s=step: s(d)],
                                    time.process_time)
            ratio = f"×{seconds / previous:.2f}" if previous else ""
            cells.append(f"{seconds:8.2f}s{ratio:>7}")
            previous = seconds
        print(f"{name:28}" + "".join(f"{c:>17}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
