"""Throughput of the source cleaner beside ftfy.fix_text alone, on the same text.

Run:  .venv/bin/python bench/bench_clean.py [--mb 2] [--repeat 3]
      .venv/bin/python bench/bench_clean.py --real dev     # real pages: byte-exact figures

The corpus is the seed article plus every input of the cleaning test cases
(dirty and genuine), repeated to the requested size, so it mixes clean prose
with every kind of dirt the cleaner repairs.  Each figure is the best of
``--repeat`` rounds in which
the contenders take turns.  The target is a ratio of at least 0.5: the whole cleaner
(chrome, encoding, homoglyphs, typography, explanations) at least half as
fast as ftfy's fixer alone.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

from cms_i18n.clean import CleanOptions, clean_document, clean_unit, detect_quote_style

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "content" / "asian-security-officials.txt"
CASES = ROOT / "tests" / "clean" / "cases"


def corpus(megabytes: float) -> str:
    """Seed article and test inputs, repeated to about ``megabytes`` of UTF-8."""
    parts = [SEED.read_text("utf-8")] if SEED.exists() else []
    for path in sorted(CASES.glob("*/*.txt")):
        if ".out." not in path.name:
            parts.append(path.read_bytes().decode("utf-8"))
    block = "\n\n".join(p.strip("\n") for p in parts) + "\n\n"
    size = len(block.encode("utf-8"))
    return block * max(1, round(megabytes * 1_000_000 / size))


def best_times(repeat: int, funcs: list[Callable[[], object]]) -> list[float]:
    """Fastest wall time of each function over ``repeat`` rounds, in seconds.

    The functions take turns within each round, so a machine that gets busier
    or quieter during the run affects them alike.
    """
    best = [float("inf")] * len(funcs)
    for _ in range(repeat):
        for k, func in enumerate(funcs):
            start = time.perf_counter()
            func()
            best[k] = min(best[k], time.perf_counter() - start)
    return best


def run(name: str, text: str, repeat: int) -> float:
    """Print one table for one corpus; return clean_document's speed relative to ftfy."""
    megabytes = len(text.encode("utf-8")) / 1_000_000
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    options = CleanOptions(quote_style=detect_quote_style(text))

    def per_unit() -> None:
        for paragraph in paragraphs:
            clean_unit(paragraph, options)

    ftfy_s, doc_s, unit_s = best_times(
        repeat, [lambda: ftfy.fix_text(text), lambda: clean_document(text), per_unit])
    fixes = len(clean_document(text).fixes)
    print(f"\n{name}: {megabytes:.2f} MB, {text.count(chr(10)) + 1} lines, "
          f"{len(paragraphs)} paragraphs, {fixes} fixes by the cleaner")
    print(f"{'':28}{'seconds':>10}{'MB/s':>10}{'× ftfy':>10}")
    for label, seconds in [("ftfy.fix_text (alone)", ftfy_s), ("clean_document", doc_s),
                           ("clean_unit per paragraph", unit_s)]:
        print(f"{label:28}{seconds:10.3f}{megabytes / seconds:10.2f}{ftfy_s / seconds:10.2f}")
    return ftfy_s / doc_s


REAL = ROOT / "bench" / "data" / "real" / "clean"
_LOOKALIKE = re.compile(r"(?<=[A-Za-z])[\u0370-\u03ff\u0400-\u04ff]|"
                        r"[\u0370-\u03ff\u0400-\u04ff](?=[A-Za-z])")


def real_pages(part: str, verbose: bool) -> None:
    """Real scraped pages (``bench/data/real/clean/PART``): dirty ones against their
    expected output, genuine ones that must come out byte-identical."""
    from cms_i18n.content.files import looks_binary

    folder = REAL / part
    exact = dirty = genuine = changed = refused = 0
    lookalikes = fixed = 0
    for path in sorted(folder.glob("*.txt")):
        if ".out." in path.name:
            continue
        data = path.read_bytes()
        refused += looks_binary(data)
        text = data.decode("utf-8")
        out = clean_document(text, CleanOptions()).text
        found = len(_LOOKALIKE.findall(text))
        lookalikes += found
        fixed += found - len(_LOOKALIKE.findall(out))
        if ".in." in path.name:
            dirty += 1
            want = path.with_name(path.name.replace(".in.", ".out.")).read_text("utf-8")
            exact += out == want
            if out != want and verbose:
                import difflib
                print(f"--- {path.name}")
                print("".join(difflib.unified_diff(want.splitlines(True), out.splitlines(True),
                                                   "expected", "cleaned")))
        else:
            genuine += 1
            changed += out != text
            if out != text and verbose:
                print(f"--- {path.name} (genuine) changed")
    print(f"real pages, {part}: {exact + genuine - changed}/{dirty + genuine} byte-exact "
          f"({exact}/{dirty} dirty pages as expected, {genuine - changed}/{genuine} genuine "
          f"texts untouched); look-alike letters fixed {fixed}/{lookalikes}; "
          f"refused as binary {refused}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (default 2)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="rounds; each figure is the best one (default 5)")
    parser.add_argument("--real", metavar="PART", choices=("dev", "blind"),
                        help="score the real pages of bench/data/real/clean/PART instead "
                             "(the blind part is scored, never tuned on)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="with --real: show every difference")
    args = parser.parse_args()
    if args.real:
        real_pages(args.real, args.verbose)
        return

    mixed = corpus(args.mb)
    seed = SEED.read_text("utf-8") + "\n\n"
    news = seed * max(1, round(args.mb * 1_000_000 / len(seed.encode("utf-8"))))
    ratios = [run("mixed corpus (seed + every test input)", mixed, args.repeat),
              run("news corpus (seed article repeated)", news, args.repeat)]
    worst = min(ratios)
    verdict = "meets" if worst >= 0.5 else "MISSES"
    print(f"\nclean_document at {worst:.2f}× ftfy's speed at worst: {verdict} the 0.5× target")


if __name__ == "__main__":
    main()
