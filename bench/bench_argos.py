#!/usr/bin/env python
"""How fast the Argos engine translates, against argostranslate on the same model.

Builds (once, cached) a random-weight model of Argos' size — 6 layers,
d_model 512, 8 heads, 8000-piece SentencePiece vocabulary, int8 like the
published packages — installs it, and translates ~300 news-length sentences
grouped into paragraphs (units) in several ways:

* ``argostranslate.translate.translate()`` once per unit, with its default
  settings and with its thread count set to the machine's cores (needs the
  full argostranslate install; see bench/README.md, otherwise skipped);
* this engine, one ``translate_batch`` call per unit;
* this engine, every unit in one call (how the pipeline calls it), with 1
  thread, with one batch at a time using every thread, oversubscribed, and
  with the default (one batch per core side by side, one thread each).

Wall-clock and process CPU time are both printed: on a machine shared with
other work, wall time swings from run to run while CPU time stays put.

Random weights never emit the end token, so every way decodes exactly
``--max-decoding-length`` tokens per sentence: the work per sentence is the same
on every row.  Figures are printed with their ratios side by side.

Usage (from the repository root):

    .venv/bin/python bench/bench_argos.py [--sentences 300] [--argos-python PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------
# argostranslate side: runs in the interpreter that has the full library.
# It must not import cms_i18n (that venv does not have it).


def argostranslate_side(job_path: str) -> None:
    """Translate the units with argostranslate.translate.translate(), print JSON figures."""
    job = json.loads(Path(job_path).read_text())
    packages = Path(job["packages_dir"])
    # Offline sentence splitting: argostranslate's default (MiniSBD) downloads
    # en.onnx at translate time.  With ARGOS_CHUNK_TYPE=SPACY and a spaCy
    # pipeline bundled in the package (spacy/ folder), it splits with spaCy's
    # rule-based sentencizer and never touches the network.
    import spacy

    for package in packages.iterdir():
        if package.is_dir() and not (package / "spacy").exists():
            spacy.blank(job["from_code"]).to_disk(package / "spacy")
    # argostranslate also caches a multilingual spaCy model at import; an
    # existing cache folder stops it from trying to download one.
    (Path(os.environ["XDG_CACHE_HOME"]) / "argos-translate" / "spacy" / "senter" / "model"
     ).mkdir(parents=True, exist_ok=True)

    import ctranslate2

    real = ctranslate2.Translator
    calls = {"batches": 0, "sentences": 0}

    class Capped:
        """Same decoding cap as the engine side; counts what reaches CTranslate2."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self._real = real(*args, **kwargs)

        def translate_batch(self, source: list, *args: object, **kwargs: object) -> object:
            calls["batches"] += 1
            calls["sentences"] += len(source)
            kwargs["max_decoding_length"] = job["max_decoding_length"]
            return self._real.translate_batch(source, *args, **kwargs)

    ctranslate2.Translator = Capped
    from argostranslate import translate

    started = time.perf_counter()
    translate.translate(job["warmup"], job["from_code"], job["to_code"])
    load = time.perf_counter() - started
    calls.update(batches=0, sentences=0)
    started, cpu = time.perf_counter(), time.process_time()
    outputs = [translate.translate(unit, job["from_code"], job["to_code"])
               for unit in job["units"]]
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load, **calls,
                      "empty_outputs": sum(1 for o in outputs if not o.strip())}))


# ---------------------------------------------------------------------------
# this product's side


def make_units(sentences: int, seed: int) -> list[str]:
    """News-length sentences (18–30 words, all distinct) grouped 1–5 per paragraph."""
    from tests.support.argos_model import CORPUS

    words = [w.strip(".,") for w in CORPUS.split() if w.strip(".,").isalpha()]
    rng = random.Random(seed)
    made: list[str] = []
    seen: set[str] = set()
    while len(made) < sentences:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(18, 30)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        if sentence not in seen:
            seen.add(sentence)
            made.append(sentence)
    units = []
    index = 0
    while index < len(made):
        size = rng.randint(1, 5)
        units.append(" ".join(made[index:index + size]))
        index += size
    return units


def build_model(cache: Path, args: argparse.Namespace) -> Path:
    from tests.support.argos_model import build_argos_package

    key = f"L{args.layers}-d{args.d_model}-h{args.heads}-v{args.vocab}"
    folder = cache / key
    archive = folder / "translate-en_es-1_0.argosmodel"
    if not archive.exists():
        started = time.perf_counter()
        print(f"building the {key} model (once, cached in {folder}) …", flush=True)
        tmp = Path(tempfile.mkdtemp(dir=cache))
        built = build_argos_package(tmp, "en", "es", layers=args.layers, d_model=args.d_model,
                                    heads=args.heads, vocab_size=args.vocab,
                                    quantization="int8")
        folder.mkdir(parents=True, exist_ok=True)
        built.replace(archive)
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"  built in {time.perf_counter() - started:.1f} s, "
              f"{archive.stat().st_size / 1024**2:.0f} MiB", flush=True)
    return archive


def time_engine(packages: Path, units: list[str], cap: int, *, threads: int = 0,
                inter_threads: int = 0, per_unit: bool = False) -> dict[str, float]:
    from cms_i18n.engines.argos import ArgosEngine

    engine = ArgosEngine({"argos_packages_dir": packages, "argos_threads": threads,
                          "argos_inter_threads": inter_threads,
                          "argos_max_decoding_length": cap})
    started = time.perf_counter()
    engine.translate_batch(["Warm up the model."], "en", "es")
    load = time.perf_counter() - started
    engine.stats.model_seconds = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    if per_unit:
        outputs = [engine.translate_batch([unit], "en", "es")[0] for unit in units]
    else:
        outputs = engine.translate_batch(units, "en", "es")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert all(o.text.strip() for o in outputs), "an output came back empty"
    figures = {"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load,
               "model_seconds": engine.stats.model_seconds}
    engine.close()
    return figures


def find_argos_python(given: str | None) -> str | None:
    """An interpreter where `import argostranslate.translate` works, or None."""
    candidates = [given] if given else [os.environ.get("ARGOS_BENCH_PYTHON"),
                                        "/tmp/argos-bench/bin/python", sys.executable]
    for candidate in filter(None, candidates):
        try:
            probe = subprocess.run([candidate, "-c", "import argostranslate.translate"],
                                   capture_output=True, timeout=120,
                                   env={**os.environ, "XDG_DATA_HOME": tempfile.gettempdir()})
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return candidate
        if given:
            print(f"argostranslate.translate cannot be imported with {given}:\n"
                  + probe.stderr.decode(errors="replace").strip().splitlines()[-1])
    return None


def run_argostranslate(python: str, package_dir: Path, work: Path, units: list[str], cap: int,
                       threads: int | None) -> dict[str, float]:
    packages = work / ("argos-packages-" + (str(threads) if threads else "default"))
    shutil.rmtree(packages, ignore_errors=True)
    packages.mkdir(parents=True)
    shutil.copytree(package_dir, packages / package_dir.name)
    job = work / "job.json"
    job.write_text(json.dumps({"packages_dir": str(packages), "units": units, "from_code": "en",
                               "to_code": "es", "max_decoding_length": cap,
                               "warmup": "Warm up the model."}))
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(packages), "ARGOS_CHUNK_TYPE": "SPACY",
           "ARGOS_DEVICE_TYPE": "cpu", "XDG_DATA_HOME": str(work / "xdg-data"),
           "XDG_CONFIG_HOME": str(work / "xdg-config"), "XDG_CACHE_HOME": str(work / "xdg-cache")}
    env.pop("ARGOS_INTRA_THREADS", None)
    if threads:
        env["ARGOS_INTRA_THREADS"] = str(threads)
    out = subprocess.run([python, str(Path(__file__).resolve()), "--argostranslate-side",
                          str(job)], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError("argostranslate side failed:\n" + out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--max-decoding-length", type=int, default=32,
                        help="tokens decoded per sentence on every side (default 32, about "
                             "the length of the sources)")
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--d-model", type=int, default=512)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--vocab", type=int, default=8000)
    parser.add_argument("--argos-python", default=None,
                        help="interpreter with the full argostranslate (default: "
                             "$ARGOS_BENCH_PYTHON, /tmp/argos-bench/bin/python, this one)")
    parser.add_argument("--skip-argostranslate", action="store_true")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "cms-i18n-bench-models")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--argostranslate-side", metavar="JOB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.argostranslate_side:
        argostranslate_side(args.argostranslate_side)
        return 0

    sys.path.insert(0, str(ROOT))
    from cms_i18n.engines.argos import available_cores
    from cms_i18n.engines.argos_packages import install_package

    cores = available_cores()
    args.cache.mkdir(parents=True, exist_ok=True)
    archive = build_model(args.cache, args)
    units = make_units(args.sentences, args.seed)
    cap = args.max_decoding_length
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="bench-argos-") as tmp:
        work = Path(tmp)
        package = install_package(archive, work / "packages")
        import sentencepiece

        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package.sentencepiece_path))
        source_tokens = sum(len(t) for t in tokenizer.encode(units)) / args.sentences
        print(f"model: {args.layers} layers, d_model {args.d_model}, {args.heads} heads, "
              f"vocab {args.vocab}, int8 · {cores} cores · {args.sentences} sentences "
              f"({source_tokens:.0f} tokens on average) in {len(units)} units · {cap} tokens "
              f"decoded per sentence · beam 4\n", flush=True)

        python = None if args.skip_argostranslate else find_argos_python(args.argos_python)
        if python is None and not args.skip_argostranslate:
            print("argostranslate.translate is not importable (it needs torch, Stanza, "
                  "spaCy): skipping its rows. See bench/README.md to set it up.\n")
        if python:
            for threads, label in ((None, "argostranslate translate() per unit, defaults"),
                                   (cores, f"argostranslate translate() per unit, "
                                           f"{cores} threads")):
                print(f"running: {label} …", flush=True)
                figures = run_argostranslate(python, package.path, work, units, cap, threads)
                rows.append((label, figures))
                print(f"  {figures['seconds']:.1f} s ({figures['sentences']} sentences in "
                      f"{figures['batches']} CTranslate2 calls)", flush=True)

        plan = [
            ("this engine, one call per unit", {"per_unit": True}),
            ("this engine, 1 thread", {"threads": 1}),
            (f"this engine, one batch at a time × {cores} threads", {"inter_threads": 1}),
            (f"this engine, {4 * cores} threads (oversubscribed)", {"threads": 4 * cores}),
            (f"this engine, all units in one call (default: {cores} batches side by side)",
             {}),
        ]
        for label, options in plan:
            print(f"running: {label} …", flush=True)
            figures = time_engine(package.path.parent, units, cap, **options)
            rows.append((label, figures))
            print(f"  {figures['seconds']:.1f} s", flush=True)

    reference = rows[-1][1]["seconds"]
    width = max(len(label) for label, _ in rows)
    print(f"\n{'way of calling'.ljust(width)}  {'time':>8}  {'CPU time':>8}  {'sent/s':>7}  "
          f"{'vs default':>10}")
    for label, figures in rows:
        seconds = figures["seconds"]
        print(f"{label.ljust(width)}  {seconds:7.1f}s  {figures['cpu_seconds']:7.1f}s  "
              f"{args.sentences / seconds:7.1f}  {seconds / reference:9.1f}×")
    default = rows[-1][1]
    outside = 1 - default["model_seconds"] / default["seconds"]
    print(f"\nthis engine, default: {default['model_seconds']:.2f} s of {default['seconds']:.2f} s "
          f"inside CTranslate2; {outside:.1%} spent outside it (splitting, tokenizing, "
          f"batching, rebuilding); model load {default['load_seconds']:.2f} s")
    argos = [f for label, f in rows if label.startswith("argostranslate") and "defaults" in label]
    if argos:
        ratio = argos[0]["seconds"] / reference
        verdict = "met" if ratio >= 5 else "NOT met"
        print(f"speed-up over argostranslate.translate() per unit: {ratio:.1f}× "
              f"(target ≥ 5×: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
