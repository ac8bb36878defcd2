"""A state's name inside a company's, a paper's or a place's name, through Apertium.

Scores ``bench/data/names/runs.tsv`` (see its README): per language, how many of the
names a sentence must keep as written ("Air China", "China Daily") the raw route
(``apertium -u`` of each pair, as a user would) and the engine cms-i18n runs keep, and
how many outputs still hold a code word.

    .venv/bin/python bench/bench_names.py            # es, fr, pt, it
    .venv/bin/python bench/bench_names.py -v         # and every output
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_titles import raw

from cms_i18n.engines.apertium import ApertiumEngine

DATA = Path(__file__).resolve().parent / "data" / "names" / "runs.tsv"


def rows() -> list[tuple[str, list[str]]]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _kind, _source, sentence, names = line.split("\t")
        out.append((sentence, names.split("|")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", nargs="+", default=["es", "fr", "pt", "it"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    items = rows()
    texts = [sentence for sentence, _ in items]
    total = sum(len(names) for _, names in items)
    print(f"{len(texts)} sentences, {total} names to keep as written")
    print(f"{'lang':5} {'raw apertium -u':>16} {'cms-i18n':>10} {'code words left':>16}")
    with ApertiumEngine({}) as engine:
        for lang in args.lang:
            before = raw(engine, texts, lang)
            after = [t.text for t in engine.translate_batch(texts, "en", lang)]
            kept = [sum(name in out for (_, names), out in zip(items, outs, strict=True)
                        for name in names) for outs in (before, after)]
            left = sum("ZXQ" in out.upper() for out in after)
            print(f"{lang:5} {kept[0]:>10}/{total:<5} {kept[1]:>4}/{total:<5} {left:>16}")
            if args.verbose:
                for b, a in zip(before, after, strict=True):
                    print(f"  raw: {b}\n  now: {a}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
