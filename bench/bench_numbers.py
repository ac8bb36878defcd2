"""Figures in machine drafts: copied in English style, or written as the language writes them.

Usage::

    .venv/bin/python bench/bench_numbers.py                  # es pt fr it, dev sets
    .venv/bin/python bench/bench_numbers.py --lang es ca gl -v   # -v lists every rewrite

Every sentence of the real sets is translated as ``cms-i18n translate`` does it
(markup masked, glossary enforced through Apertium, target typography repaired),
one sentence per document, and its draft checked as ``cms-i18n check`` checks
it.  Two rows per language: the drafts as they were before figures were
restyled (every target-side repair but that one) and as they are now.

Sets (their READMEs say where each sentence comes from):

* ``bench/data/real/general-dev.tsv`` (WMT newstest2012, Spanish references)
  and ``bench/data/real/glossary-dev.tsv`` (real sentences naming the
  glossary's bodies, no references): the drafts with a critical numbers
  finding, and with any numbers finding;
* ``bench/data/chains/general-dev.tsv`` and ``bench/data/fresh/general-dev.tsv``
  (NTREX-128, professional references in every language here): the same counts,
  and how many of the drafts' figures show a value the reference shows, each
  read in the language's own convention (a rewrite that changed a value, or a
  time or a label restyled into a decimal, would lower it).

Figures: drafts with a critical / any numbers finding; drafts whose figures were
rewritten; of the numbers in the drafts of sentences holding a figure with a
separator or a decimal mark, those whose value the reference also shows; chrF
(sacrebleu) of the whole set against its references.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "bench" / "data" / "real"
NTREX = (ROOT / "bench" / "data" / "chains" / "general-dev.tsv",
         ROOT / "bench" / "data" / "fresh" / "general-dev.tsv")
NTREX_COLUMNS = ("es", "pt", "pt-BR", "fr", "it", "ca", "gl")


@dataclass
class Sentence:
    text: str
    reference: str | None       # in the target language, when the set has one


def load(lang: str) -> dict[str, list[Sentence]]:
    """The sets for ``lang``, by name."""
    sets: dict[str, list[Sentence]] = {"general-dev": [], "glossary-dev": [], "ntrex-dev": []}
    for line in _rows(REAL / "general-dev.tsv"):
        text, reference = line[:2]
        sets["general-dev"].append(Sentence(text, reference if lang == "es" else None))
    for line in _rows(REAL / "glossary-dev.tsv"):
        sets["glossary-dev"].append(Sentence(line[1], None))
    if lang in NTREX_COLUMNS:
        column = 3 + NTREX_COLUMNS.index(lang)
        for path in NTREX:
            sets["ntrex-dev"].extend(Sentence(line[2], line[column]) for line in _rows(path))
    return {name: items for name, items in sets.items() if items}


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def drafts(engine, glossary, texts: list[str], lang: str) -> tuple[list[str], list[str]]:
    """What ``cms-i18n translate`` writes for each text, without and with figures restyled."""
    from cms_i18n.glossary import translate_units
    from cms_i18n.markup import protect, restore
    from cms_i18n.target_typography import repair

    masked = [protect(t, "text") for t in texts]
    results = translate_units(engine, [m.text for m in masked], source="en", target=lang,
                              glossary=glossary, documents=[f"u{i}" for i in range(len(texts))])
    before, after = [], []
    for mask, result in zip(masked, results, strict=True):
        before.append(restore(repair(result.text, mask.text, lang)[0], mask)[0])
        after.append(restore(repair(result.text, mask.text, lang, "en")[0], mask)[0])
    return before, after


def findings(sources: list[str], outputs: list[str], lang: str) -> tuple[int, int]:
    """Drafts with a critical numbers finding, and with any numbers finding."""
    from cms_i18n.catalog.checks import CRITICAL, CheckedEntry, check_numbers

    entry = CheckedEntry(source_lang="en", target_lang=lang)
    critical = found = 0
    for source, output in zip(sources, outputs, strict=True):
        graded = check_numbers(source, output, entry)
        found += graded is not None
        critical += getattr(graded, "severity", None) == CRITICAL
    return critical, found


def agreement(sources: list[str], outputs: list[str], references: list[str], lang: str
              ) -> tuple[int, int]:
    """Of the numbers in the drafts of sentences that hold a figure with a separator or
    a decimal mark (what restyling may touch), those whose value the reference also
    shows, each read in ``lang``'s convention (a space-grouped figure is the same value
    as one grouped with a stop)."""
    from cms_i18n.catalog.checks import numbers
    from cms_i18n.catalog.numbers import NUMBER

    agree = total = 0
    for source, output, reference in zip(sources, outputs, references, strict=True):
        if not any(m.group("sep") or m.group("mark") for m in NUMBER.finditer(source)):
            continue
        there = Counter(numbers(reference, lang))
        for value in numbers(output, lang):
            total += 1
            if there[value] > 0:
                there[value] -= 1
                agree += 1
    return agree, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["es", "pt", "fr", "it"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every rewrite")
    args = parser.parse_args()
    from cms_i18n.engines.apertium import ApertiumEngine
    from cms_i18n.glossary import load_glossary

    glossary = load_glossary(ROOT / "glossaries")
    from sacrebleu.metrics import CHRF

    header = (f"{'lang':5} {'set':13} {'drafts':>6} {'critical before→after':>22} "
              f"{'any before→after':>17} {'rewritten':>9} {'agree with reference':>21} "
              f"{'chrF before→after':>18}")
    print(header)
    print("-" * len(header))
    listed: list[str] = []
    with ApertiumEngine({}) as engine:
        for lang in args.lang:
            if ("en", lang) not in engine.pairs():
                print(f"{lang:5} skipped: Apertium cannot reach it here")
                continue
            for name, items in load(lang).items():
                texts = [s.text for s in items]
                before, after = drafts(engine, glossary, texts, lang)
                crit_b, any_b = findings(texts, before, lang)
                crit_a, any_a = findings(texts, after, lang)
                rewritten = sum(b != a for b, a in zip(before, after, strict=True))
                refs = [s.reference for s in items]
                agree = chrf = "—"
                if all(r is not None for r in refs):
                    ok_b, n_b = agreement(texts, before, [str(r) for r in refs], lang)
                    ok_a, n_a = agreement(texts, after, [str(r) for r in refs], lang)
                    agree = f"{ok_b}/{n_b} → {ok_a}/{n_a}"
                    scores = [CHRF().corpus_score(out, [[str(r) for r in refs]]).score
                              for out in (before, after)]
                    chrf = f"{scores[0]:.2f} → {scores[1]:.2f}"
                print(f"{lang:5} {name:13} {len(items):6} {crit_b:>13} → {crit_a:<6} "
                      f"{any_b:>8} → {any_a:<6} {rewritten:9} {agree:>21} {chrf:>18}")
                listed += [f"  [{lang} {name}] {t}\n      {b}\n    → {a}"
                           for t, b, a in zip(texts, before, after, strict=True) if b != a]
    if args.verbose:
        print("\ndrafts whose figures were rewritten:")
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
