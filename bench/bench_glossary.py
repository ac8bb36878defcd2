"""Glossary enforcement through Apertium: term accuracy, wrong entities, chrF, overhead.

Usage::

    .venv/bin/python bench/bench_glossary.py            # all sets, all strategies
    .venv/bin/python bench/bench_glossary.py -v         # also list every missed term
    .venv/bin/python bench/bench_glossary.py --cli redteam.tsv   # through cms-i18n translate
    .venv/bin/python bench/bench_glossary.py --real dev          # real published sentences
    .venv/bin/python bench/bench_glossary.py --real dev2         # a second real dev set
    .venv/bin/python bench/bench_glossary.py --real dev3         # a third real dev set

Data (``bench/data/glossary/``, see its README): ``dev.tsv`` (used while
developing the matcher and the stand-in rules), ``heldout.tsv`` (not tuned on),
``general.tsv`` (news sentences without glossary terms), ``redteam.tsv``
(wire-copy phrasings written to break the matcher and the stand-ins, one
sentence per document, no references: no chrF).  Each term sentence
lists the Spanish terms a correct translation contains and the markers of a
wrong entity (e.g. "Naciones Unidas" where Russia's council is meant).

Figures:

* term accuracy: expected term occurrences found in the output, case-sensitive,
  whole words, divided by expected occurrences;
* wrong entity: units whose output contains a wrong-entity marker;
* chrF (sacrebleu) against the reference translations;
* speed: words per second, whole batch through one persistent engine.

"1 doc/unit" treats every sentence as its own document (as when each sentence
is a separate file): a bare "Security Council" can then only be resolved from
its own sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "glossary"


@dataclass
class Item:
    doc: str
    text: str
    ref: str
    expect: list[str]
    wrong: list[str]


def load(name: str) -> list[Item]:
    items = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 2:      # general set: text, reference
            items.append(Item(f"g{len(items)}", cols[0], cols[1], [], []))
            continue
        doc, text, ref, expect, wrong = cols
        items.append(Item(doc, text, ref, [t for t in expect.split("|") if t],
                          [t for t in wrong.split("|") if t]))
    return items


def in_capitals(text: str) -> bool:
    """A heading written in capitals ("SHANGHAI COOPERATION ORGANISATION SUMMIT OPENS")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def count(term: str, text: str, source: str = "") -> int:
    """Times the term stands in the text, case-sensitive; a source in capitals may have
    it in capitals too, as cms-i18n writes a heading's names and its check reads them."""
    left = r"(?<![^\W_])" if re.match(r"\w", term) else ""
    right = r"(?![^\W_])" if re.search(r"\w$", term) else ""
    found = len(re.findall(left + re.escape(term) + right, text))
    if source and in_capitals(source) and term.upper() != term:
        found += len(re.findall(left + re.escape(term.upper()) + right, text))
    return found


def term_hits(expected: list[str], output: str, source: str = "") -> tuple[int, int]:
    """Approved names found in one output, and how many were expected (repeats count)."""
    hit = total = 0
    for term in set(expected):
        need = expected.count(term)
        total += need
        hit += min(need, count(term, output, source))
    return hit, total


def score(items: list[Item], outputs: list[str]) -> dict[str, float]:
    from sacrebleu.metrics import CHRF

    hit = total = wrong = 0
    for item, out in zip(items, outputs, strict=True):
        found, expected = term_hits(item.expect, out, item.text)
        hit += found
        total += expected
        wrong += any(marker in out for marker in item.wrong)
    has_refs = all(i.ref for i in items)
    chrf = CHRF().corpus_score(outputs, [[i.ref for i in items]]).score if has_refs \
        else float("nan")
    return {"acc": hit / total if total else 1.0, "hit": hit, "total": total,
            "wrong": wrong, "chrf": chrf}


def run(engine, glossary, items: list[Item], strategy: str | None, alone: bool = False
        ) -> tuple[list[str], list, float]:
    from cms_i18n.glossary import translate_units

    texts = [i.text for i in items]
    docs = [f"u{n}" for n in range(len(items))] if alone else [i.doc for i in items]
    start = time.perf_counter()
    if strategy is None:
        out = engine.translate_batch(texts, "en", "es")
        results = [None] * len(out)
        outputs = [t.text for t in out]
    else:
        results = translate_units(engine, texts, source="en", target="es", glossary=glossary,
                                  documents=docs, strategy=strategy)
        outputs = [r.text for r in results]
    return outputs, results, time.perf_counter() - start


def through_cli(name: str, verbose: bool) -> int:
    """Score one set through the real command: one ``.txt`` file per sentence.

    Runs ``cms-i18n translate --lang es --engine apertium --source DIR`` from the
    repository root (so ``glossaries/`` is used) into a temporary locale folder
    and memory, then reads the catalogue back.  Sentences are scored per file,
    so each is its own document, whatever the set's document column says.
    """
    import subprocess
    import tempfile

    import polib

    items = load(name)
    with tempfile.TemporaryDirectory(prefix="bench-glossary-") as tmp:
        src = Path(tmp) / "content"
        src.mkdir()
        for n, item in enumerate(items):
            (src / f"u{n:04d}.txt").write_text(item.text + "\n", encoding="utf-8")
        config = Path(tmp) / "site.yaml"
        config.write_text(f"memory: {Path(tmp) / 'memory.sqlite'}\n", encoding="utf-8")
        script = Path(sys.executable).with_name("cms-i18n")
        launcher = [str(script)] if script.exists() else \
            [sys.executable, "-c", "from cms_i18n.cli import main; main()"]
        cmd = [*launcher, "translate", "--lang", "es",
               "--engine", "apertium", "--quiet", "--source", str(src),
               "--locale-dir", str(Path(tmp) / "locale"), "--config", str(config),
               "--glossary-dir", str(ROOT / "glossaries")]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            print(done.stdout + done.stderr)
            return done.returncode
        print(done.stdout.strip())
        texts: dict[str, list[str]] = {}
        for po in (Path(tmp) / "locale").rglob("*.po"):
            for entry in polib.pofile(str(po)):
                for ref, _line in entry.occurrences:
                    texts.setdefault(Path(ref).stem, []).append(entry.msgstr)
    outputs = [" ".join(texts.get(f"u{n:04d}", [])) for n in range(len(items))]
    s = score(items, outputs)
    print(f"{name} through cms-i18n translate (one file per sentence): term accuracy "
          f"{s['acc']:.3f} ({s['hit']}/{s['total']}), wrong entity {s['wrong']}/{len(items)}")
    if verbose:
        for item, out in zip(items, outputs, strict=True):
            lost = [t for t in set(item.expect)
                    if count(t, out, item.text) < item.expect.count(t)]
            bad = [m for m in item.wrong if m in out]
            if lost or bad:
                print(f"  {item.text}\n      → {out}\n      missing {lost} wrong {bad}")
    return 0


def glued(outputs: list[str], sources: list[str]) -> int:
    """Words Apertium glued together ("delegacióndenivel"): lower-case words of 8+
    letters that Apertium's own Spanish analyser does not know and that are not
    copied from the source (unknown English words pass through as they are)."""
    import subprocess

    analyser = Path("/usr/share/apertium/apertium-eng-spa/spa-eng.automorf.bin")
    if not analyser.exists():
        return -1
    words = sorted({w for out in outputs for w in re.findall(r"[^\W\d_]{8,}", out)
                    if w.islower()})
    done = subprocess.run(["lt-proc", str(analyser)], input="\n".join(words),
                          capture_output=True, text=True, check=True).stdout
    unknown = set(re.findall(r"\^([^/$]+)/\*", done))
    source_words = {w.lower() for src in sources for w in re.findall(r"[^\W\d_]+", src)}
    return sum(1 for out in outputs for w in re.findall(r"[^\W\d_]{8,}", out)
               if w in unknown and w not in source_words)


def real_sets(part: str, verbose: bool) -> int:
    """Real published sentences (``bench/data/real/``): term sets through the command,
    general news raw and enforced, and words glued by Apertium."""
    import subprocess

    from cms_i18n.engines.apertium import ApertiumEngine
    from cms_i18n.glossary import load_glossary

    rc = through_cli(f"../real/glossary-{part}.tsv", verbose)
    if rc:
        return rc
    items = load(f"../real/glossary-{part}.tsv")
    # Only dev and blind have a general-news part; in the others, glued words are counted
    # over their own sentences.
    has_general = (DATA / f"../real/general-{part}.tsv").exists()
    general = load(f"../real/general-{part}.tsv") if has_general else []
    glossary = load_glossary(ROOT / "glossaries")
    raw_cli = [subprocess.run(["apertium", "-u", "eng-spa"], input=i.text, capture_output=True,
                              text=True, check=True).stdout.strip() for i in items + general]
    raw_terms = score(items, raw_cli[:len(items)])
    print(f"glossary-{part}.tsv, raw apertium -u eng-spa: term accuracy {raw_terms['acc']:.3f} "
          f"({raw_terms['hit']}/{raw_terms['total']}), wrong entity {raw_terms['wrong']}")
    with ApertiumEngine({}) as engine:
        enforced, _, _ = run(engine, glossary, general, "standin", alone=True)
        product, _, _ = run(engine, glossary, items, "standin", alone=True)
    if general:
        raw_g = score(general, raw_cli[len(items):])
        enf_g = score(general, enforced)
        print(f"general-{part}.tsv ({len(general)} sentences): chrF raw apertium "
              f"{raw_g['chrf']:.2f}, through cms-i18n {enf_g['chrf']:.2f} "
              f"({enf_g['chrf'] - raw_g['chrf']:+.2f})")
    sources = [i.text for i in items + general]
    print(f"glued words (unknown to Apertium's Spanish analyser, not in the source): "
          f"raw apertium {glued(raw_cli, sources)}, cms-i18n {glued(product + enforced, sources)}"
          f" over {len(sources)} sentences")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed terms")
    parser.add_argument("--repeat", type=int, default=20,
                        help="copies of the term sets for the speed figure (default 20)")
    parser.add_argument("--cli", metavar="SET",
                        help="score one data file (e.g. redteam.tsv) through the real "
                             "cms-i18n translate command instead, one file per sentence")
    parser.add_argument("--real", metavar="PART",
                        choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                 "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15",
                                 "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
                                 "dev22", "dev23", "dev24", "dev25", "dev26", "dev27",
                                 "dev28", "dev29", "dev30", "dev31", "dev32", "dev33",
                                 "dev34", "dev35", "dev36", "dev37", "dev38", "dev39",
                                 "dev40", "dev41", "dev42", "dev43", "blind", "blind2", "blind4",
                                 "blind6", "blind31"),
                        help="score the real published sentences (bench/data/real/), dev, "
                             "dev2 … dev43, blind, blind2, blind4, blind6 or blind31 part; the "
                             "blind parts are scored, never tuned on")
    args = parser.parse_args()
    if args.real:
        return real_sets(args.real, args.verbose)
    if args.cli:
        return through_cli(args.cli, args.verbose)

    try:
        from cms_i18n.engines.apertium import ApertiumEngine, find_modes
    except ImportError as exc:
        print(f"skipped: Apertium engine not importable ({exc})")
        return 0
    if "eng-spa" not in find_modes({}):
        print("skipped: Apertium eng-spa is not installed (apt-get install apertium-eng-spa)")
        return 0
    from cms_i18n.glossary import load_glossary

    glossary = load_glossary(ROOT / "glossaries")
    engine = ApertiumEngine({})
    sets = {"dev": load("dev.tsv"), "held-out": load("heldout.tsv"),
            "general": load("general.tsv"), "red-team": load("redteam.tsv")}
    strategies: list[tuple[str, str | None, bool]] = [
        ("raw Apertium", None, False), ("code-switch", "codeswitch", False),
        ("stand-in (default)", "standin", False), ("stand-in, 1 doc/unit", "standin", True)]
    try:
        engine.translate_batch(["warm up"], "en", "es")
        print(f"glossary {glossary.version}: {len(glossary)} concepts; engine Apertium eng-spa")
        print()
        header = f"{'set':9} {'strategy':20} {'term acc':>15} {'wrong':>6} {'chrF':>6} " \
                 f"{'Δ chrF':>7}"
        print(header)
        print("-" * len(header))
        missed: list[str] = []
        for set_name, items in sets.items():
            base_chrf = None
            for label, strategy, alone in strategies:
                if alone and set_name in ("general", "red-team"):
                    continue        # no terms, or one document per unit already
                outputs, results, _ = run(engine, glossary, items, strategy, alone)
                s = score(items, outputs)
                base_chrf = s["chrf"] if base_chrf is None else base_chrf
                acc = f"{s['acc']:.3f} ({s['hit']}/{s['total']})" if s["total"] else "—"
                chrf = "—" if s["chrf"] != s["chrf"] else f"{s['chrf']:.2f}"
                delta = "—" if s["chrf"] != s["chrf"] else f"{s['chrf'] - base_chrf:+.2f}"
                print(f"{set_name:9} {label:20} {acc:>15} {s['wrong']:>6} {chrf:>6} "
                      f"{delta:>7}")
                if strategy == "standin" and not alone:
                    changed = sum(o != r for o, r in zip(
                        outputs, run(engine, None, items, None)[0], strict=True))
                    if set_name == "general":
                        print(f"{'':9} {'':20} outputs changed by enforcement: "
                              f"{changed}/{len(items)}")
                    for item, out, res in zip(items, outputs, results, strict=True):
                        lost = [t for t in set(item.expect)
                                if count(t, out, item.text) < item.expect.count(t)]
                        bad = [m for m in item.wrong if m in out]
                        if lost or bad:
                            missed.append(f"  [{set_name}] {item.text}\n      → {out}\n"
                                          f"      missing {lost} wrong {bad} "
                                          f"problems {list(res.problems) if res else []}")
            print()

        # Speed: the whole term corpus, repeated, in one batch.
        corpus = (sets["dev"] + sets["held-out"]) * args.repeat
        words = sum(len(i.text.split()) for i in corpus)
        _, _, raw_t = run(engine, glossary, corpus, None)
        _, _, enf_t = run(engine, glossary, corpus, "standin")
        print(f"speed over {len(corpus)} units ({words} words), one batch:")
        print(f"  raw Apertium        {words / raw_t:9.0f} words/s")
        print(f"  with enforcement    {words / enf_t:9.0f} words/s   "
              f"(×{enf_t / raw_t:.2f} the raw time)")
        if args.verbose and missed:
            print("\nunits still missing a term or naming a wrong entity (stand-in):")
            print("\n".join(missed))
        elif missed:
            print(f"\n{len(missed)} unit(s) still miss a term; -v lists them")
    finally:
        engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
