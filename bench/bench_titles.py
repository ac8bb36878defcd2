"""Head-first title compounds (secretary-general, director-general) through Apertium.

Usage::

    .venv/bin/python bench/bench_titles.py          # every language reachable here
    .venv/bin/python bench/bench_titles.py -v       # and every output with a split title
    .venv/bin/python bench/bench_titles.py --heads  # the engine's exchanges, a batch a sentence

Apertium reads "the new secretary-general" as a noun, a hyphen and an
adjective, and puts an adjective before it inside the compound ("el secretario
nuevo-general"); Catalan and Galician swap the parts ("el general de-secretari").
For each language, the real sentences of ``bench/data/titles/titles.tsv`` go
through raw Apertium (``apertium -u`` for each pair of the route, piped) and
through the engine as ``cms-i18n translate`` calls it, glossary enforced; the
figure is how many outputs hold a split title: a translated modifier ("general",
"geral", "xeral" …) glued by a hyphen to anything but its head's
Portuguese form, a modifier turned into the head ("General de Secretari",
"xeneral de-secretario"), or an adjective glued to a hyphen ("nuevo-general").
"""

from __future__ import annotations

import argparse
import re
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from cms_i18n.engines import apertium_process
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.glossary.enforce import translate_units
from cms_i18n.glossary.load import bundled_glossary_dir, load_glossary

DATA = Path(__file__).resolve().parent / "data" / "titles" / "titles.tsv"
LANGS = ("es", "pt", "fr", "it", "ca", "gl")

_MODIFIER = r"(?:[Gg]eneral[ea]?|GENERALE|[Gg]eral|[Gg]énéral[e]?|[Xx]eneral|[Xx]eral)"
_PT_HEADS = r"(?<!ecretário)(?<!iretor)(?<!dvogado)"      # secretário-geral is right
SPLIT = re.compile(
    rf"{_PT_HEADS}-{_MODIFIER}\b"
    r"|(?i:general|xeneral|xeral|général)[- ]d(?:e|')[- ]?"
    r"(?i:secretari|director|advocat|avogado|sotssecretari|gobernador|governador)"
    r"|\b(?:nuevo|nou|novo|nouveau|nuovo|próximo|prochain|prossimo|pròxim|anterior)-\w")


def sentences() -> list[str]:
    return [line.split("\t")[1].strip() for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def raw(engine: ApertiumEngine, texts: list[str], lang: str) -> list[str]:
    """``apertium -u`` of each pair of the route, one after the other, as a user would."""
    modes = [m.name for m in engine.route("en", lang).modes]
    out = []
    for text in texts:
        for mode in modes:
            text = subprocess.run(["apertium", "-u", mode], input=text, capture_output=True,
                                  text=True, check=True).stdout.strip()
        out.append(text)
    return out


def heads(texts: list[str], rounds: int = 10) -> None:
    """Each sentence as a batch of its own, as a run of many chunks sends them: the
    exchanges with Apertium's pipelines and the time, with the titles' heads translated
    alone for every batch (before) and once a run (after)."""
    exchanges = [0]
    translate = apertium_process.ModePipeline.translate

    def counted(self: apertium_process.ModePipeline, records: Sequence[str]) -> list[str]:
        exchanges[0] += 1
        return translate(self, records)

    apertium_process.ModePipeline.translate = counted   # type: ignore[method-assign]
    print(f"{len(texts)} sentences x {rounds}, one batch each: pipeline exchanges, seconds")
    print(f"{'lang':5} {'heads asked every batch':>24} {'once a run':>16} {'ratio':>6}")
    for lang in ("es", "pt"):
        figures = []
        for every_batch in (True, False):
            with ApertiumEngine({}) as engine:
                engine.translate_batch(["Warm up."], "en", lang)
                exchanges[0] = 0
                start = time.perf_counter()
                for _ in range(rounds):
                    for text in texts:
                        if every_batch:
                            engine._heads.clear()      # as the engine did before
                        engine.translate_batch([text], "en", lang)
                figures.append((exchanges[0], time.perf_counter() - start))
        (calls_before, before), (calls_after, after) = figures
        print(f"{lang:5} {calls_before:>10} {before:>10.2f} s {calls_after:>6} {after:>7.2f} s "
              f"{before / after:>6.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list split titles")
    parser.add_argument("--heads", action="store_true",
                        help="time the engine batch by batch instead")
    args = parser.parse_args()
    texts = sentences()
    if args.heads:
        heads(texts)
        return 0
    glossary = load_glossary(bundled_glossary_dir())
    print(f"{len(texts)} sentences from {DATA.relative_to(DATA.parents[2])}; "
          "outputs with a split title")
    print(f"{'lang':5} {'route':18} {'raw apertium':>13} {'cms-i18n':>9}")
    with ApertiumEngine({}) as engine:
        for lang in LANGS:
            before = raw(engine, texts, lang)
            after = [r.text for r in translate_units(
                engine, texts, source="en", target=lang, glossary=glossary,
                documents=[str(i) for i in range(len(texts))])]
            split_before = sum(bool(SPLIT.search(t)) for t in before)
            split_after = sum(bool(SPLIT.search(t)) for t in after)
            route = engine.route("en", lang).describe()
            print(f"{lang:5} {route:18} {split_before:>6}/{len(texts):<6} "
                  f"{split_after:>3}/{len(texts)}")
            if args.verbose:
                for text in after:
                    if SPLIT.search(text):
                        print(f"      {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
