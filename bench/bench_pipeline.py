"""Pipeline benchmarks: first run vs unchanged re-run, time outside the engine,
and Apertium's persistent pipeline vs one process per unit.

    .venv/bin/python bench/bench_pipeline.py [--documents 300] [--units 200]
    .venv/bin/python bench/bench_pipeline.py --engine argos --documents 100

``--engine argos`` runs the runs on a random-weight model of Argos' size
(6 layers, d_model 512, 8000-piece vocabulary, int8), built once and cached
by ``bench/bench_argos.py``; decoding is capped at ``--max-decoding-length``
tokens per sentence, since random weights never stop by themselves.

Prints the figures and their ratios side by side; nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cms_i18n import pipeline
from cms_i18n.config import load_settings
from cms_i18n.engines import choose_engine
from cms_i18n.engines.apertium import ApertiumEngine

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.support.corpus import SEED, write_corpus  # noqa: E402


class TimedEngine:
    """Wraps an engine and adds up the time spent inside translate_batch."""

    def __init__(self, engine: ApertiumEngine) -> None:
        self.engine = engine
        self.name = engine.name
        self.seconds = 0.0
        self.calls = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.engine, name)

    def translate_batch(self, texts, source, target, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return self.engine.translate_batch(texts, source, target, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started
            self.calls += 1


def argos_settings(root: Path, cap: int) -> dict[str, object]:
    """Install the cached Argos-sized model into ``root`` and return engine settings."""
    import sys

    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from bench_argos import build_model  # type: ignore[import-not-found]

    from cms_i18n.engines.argos_packages import install_package

    cache = Path.home() / ".cache" / "cms-i18n-bench"
    cache.mkdir(parents=True, exist_ok=True)
    shape = argparse.Namespace(layers=6, d_model=512, heads=8, vocab=8000)
    packages = root / "argos-packages"
    install_package(build_model(cache, shape), packages)
    return {"argos_packages_dir": str(packages), "argos_max_decoding_length": cap}


def bench_runs(documents: int, engine_name: str = "apertium", cap: int = 40) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        content = root / "content"
        content.mkdir()
        words = write_corpus(content, documents)
        shutil.copytree(REPO / "glossaries", root / "glossaries")
        extra = argos_settings(root, cap) if engine_name == "argos" else {}
        settings = load_settings(root=root, content_dir=str(content),
                                 glossary_dir=str(root / "glossaries"),
                                 locale_dir=str(root / "locale"),
                                 memory=str(root / "memory.sqlite"), **extra)
        rows = []
        for label in ("first run", "unchanged re-run"):
            engine = TimedEngine(choose_engine(engine_name, "en", "es", settings))
            started = time.perf_counter()
            summary = pipeline.translate(settings, "es", engine=engine)  # type: ignore[arg-type]
            total = time.perf_counter() - started
            engine.close()
            rows.append((label, total, engine.seconds, summary))
        first, rerun = rows[0][1], rows[1][1]
        print(f"\n{documents} documents, {rows[0][3].units} units, {words} words, "
              f"{engine_name} en→es, glossary on")
        print(f"{'run':<20}{'seconds':>10}{'in engine':>12}{'outside':>10}{'translated':>12}"
              f"{'reused':>8}")
        for label, total, inside, summary in rows:
            outside = (total - inside) / total if total else 0.0
            print(f"{label:<20}{total:>10.2f}{inside:>12.2f}{outside:>9.1%}"
                  f"{summary.translated:>12}{summary.reused:>8}")
        print(f"re-run / first run: {rerun / first:.1%}   "
              f"(first run: {words / first:,.0f} words/s end to end)")


def bench_apertium(units: int) -> None:
    texts = [p for p in SEED.read_text("utf-8").split("\n\n") if len(p.split()) > 6]
    texts = (texts * (units // len(texts) + 1))[:units]
    words = sum(len(t.split()) for t in texts)
    with ApertiumEngine({}) as engine:
        engine.translate_batch(["warm up"], "en", "es")
        started = time.perf_counter()
        engine.translate_batch(texts, "en", "es")
        batch = time.perf_counter() - started
        started = time.perf_counter()
        for text in texts[:20]:
            engine.translate_batch([text], "en", "es")
        one_by_one = (time.perf_counter() - started) / 20 * units
    started = time.perf_counter()
    sample = texts[:20]
    for text in sample:
        subprocess.run(["apertium", "-u", "eng-spa"], input=text, capture_output=True,
                       text=True, check=True)
    per_process = (time.perf_counter() - started) / len(sample) * units
    print(f"\nApertium en→es, {units} units, {words} words")
    print(f"{'way of calling':<44}{'seconds':>9}{'words/s':>10}{'vs batch':>10}")
    for label, seconds in (("persistent pipeline, one batch", batch),
                           ("persistent pipeline, one unit per call", one_by_one),
                           ("`apertium -u eng-spa` process per unit", per_process)):
        print(f"{label:<44}{seconds:>9.2f}{words / seconds:>10,.0f}{seconds / batch:>9.1f}×")
    print("(per-unit rows are extrapolated from 20 units)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--engine", choices=["apertium", "argos"], default="apertium")
    parser.add_argument("--max-decoding-length", type=int, default=40)
    args = parser.parse_args()
    if args.engine == "apertium":
        bench_apertium(args.units)
    bench_runs(args.documents, args.engine, args.max_decoding_length)


if __name__ == "__main__":
    main()
