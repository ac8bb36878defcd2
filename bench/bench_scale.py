"""Scale benchmarks: first-run throughput with 1 and 2 local processes and 1 and 2 Celery
workers (an Argos-sized model and Apertium side by side), peak memory as the corpus
grows, and an unchanged re-run.

    .venv/bin/python bench/bench_scale.py                      # everything (long)
    .venv/bin/python bench/bench_scale.py --large-units 0      # skip the 500,000-unit run
    .venv/bin/python bench/bench_scale.py --no-celery --units 0   # throughput, locally

Every figure comes from ``cms-i18n translate`` run as a command, as a user runs
it, with the section layout and the bundled glossary.  Peak RSS is that of the
largest process of the run, Celery workers included (they hold the model): each
process's own peak (``VmHWM``), read from /proc while it runs
(``tests/support/peak_memory.py``; ``wait4`` would give every command the
benchmark's own peak, which Linux folds into a child at exec).  The Celery runs use a private
redis-server and PostgreSQL cluster (the test suite's fixtures), workers started
(and their engines loaded) before the clock starts.  Prints the figures and their
ratios side by side; nothing is asserted.

**Argos**: real Argos models cannot be downloaded here, so the benchmark builds
one of the published en→es models' size and compute (``bench_argos.py``:
6 layers, d_model 512, 8 heads, 8,000-piece vocabulary, int8) with random
weights.  Random weights never emit the end token, so every sentence decodes
``--argos-decoding-length`` tokens (32, about a news sentence): one sentence costs
what it costs with a real model.  Its corpus has a new sentence everywhere
(``write_corpus(distinct_sentences=True)``), as an archive does; the Apertium rows
use the news corpus, whose sentences recur.  One process runs its model on every
core by default; two processes (``--jobs 2``, ``worker --concurrency 2``) each run
theirs on half, and two separate workers on one machine are given
``argos_threads: 1`` in their config.  The fair baseline for "one process" is its
default (every core): the 1-thread row shows the engine's own scaling beside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.support.corpus import write_corpus  # noqa: E402
from tests.support.peak_memory import PeakWatch  # noqa: E402
from tests.support.services import start_postgres, start_redis  # noqa: E402

CLI = str(Path(sys.executable).parent / "cms-i18n")
UNITS_PER_DOCUMENT = 6
DOCUMENTS_PER_SECTION = 500


@dataclass
class Run:
    label: str
    units: int
    seconds: float
    peak_mb: float
    output: str
    engine: str = "apertium"
    cpu: float = 0.0          # CPU seconds of the run's processes (workers included)
    waiting: float = 0.0      # seconds their threads were runnable, waiting for a CPU

    @property
    def cores_asked(self) -> float:
        """Cores the run kept busy or waited for: what it would use on a machine of
        its own, whatever else ran beside it."""
        return (self.cpu + self.waiting) / self.seconds


@dataclass
class Setup:
    """One engine's throughput runs: its corpus, its config, its rows."""

    engine: str
    documents: int
    config: str = ""
    distinct_sentences: bool = False
    one_thread: bool = False       # also time one process on one core (Argos)
    sentences: int = 0             # sentences of the corpus, when the engine counts them


def site(root: Path, documents: int, config: str, *, distinct_sentences: bool = False) -> Path:
    """A site folder: the corpus in sections, the bundled glossary, ``config``."""
    root.mkdir(parents=True)
    write_corpus(root / "content", documents,
                 sections=max(1, documents // DOCUMENTS_PER_SECTION),
                 distinct_sentences=distinct_sentences)
    shutil.copytree(REPO / "cms_i18n" / "glossaries", root / "glossaries")
    (root / "cms-i18n.yaml").write_text(f"content_dir: content\n{config}", encoding="utf-8")
    return root


def translate(root: Path, label: str, units: int, *args: str,
              engine: str = "apertium", workers: Sequence[int] = ()) -> Run:
    """Time one ``cms-i18n translate`` and take the peak RSS of its largest process, or
    of its ``workers``' (process ids) if larger."""
    started = time.perf_counter()
    process = subprocess.Popen([CLI, "translate", "--lang", "es", "--engine", engine,
                                "-q", *args], cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    watch = PeakWatch([process.pid, *workers])
    output = process.stdout.read().decode() if process.stdout else ""
    process.wait()
    watch.stop()
    seconds = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"{label}: cms-i18n failed:\n{output}")
    return Run(label, units, seconds, watch.largest_mb(), output.strip().splitlines()[-1],
               engine, watch.cpu_seconds(), watch.waiting_seconds())


def memory_runs(units: int, large: int, folder: Path) -> list[Run]:
    """First runs (section and language layouts) and unchanged re-runs at ``units``; the
    section layout's first run at ``large`` (either 0: left out)."""
    runs = []
    for size in (units, large):
        if not size:
            continue
        documents = size // UNITS_PER_DOCUMENT
        for layout in ("section", "language"):
            if layout == "language" and size == large:
                continue       # one catalogue of 500,000 entries: the layout large sites avoid
            root = site(folder / f"memory-{size}-{layout}", documents,
                        f"catalogue_layout: {layout}\njobs: 2\n")
            runs.append(translate(root, f"first run, {layout} layout, 2 processes",
                                  documents * UNITS_PER_DOCUMENT))
            shown = 1
            if size == units:
                runs.append(translate(root, f"unchanged re-run, {layout} layout",
                                      documents * UNITS_PER_DOCUMENT))
                shown += 1
                if layout == "section":
                    runs += changed_reruns(root, documents * UNITS_PER_DOCUMENT)
                    shown += 2
            for run in runs[-shown:]:
                print(f"  {run.label}, {run.units:,} units: {run.seconds:.1f} s, "
                      f"{run.peak_mb:.0f} MB", flush=True)
            shutil.rmtree(root)
    return runs


def changed_reruns(root: Path, units: int) -> list[Run]:
    """Re-runs after the edits that make a run look for moved documents in every
    catalogue of the language (``cms_i18n/catalog/moves.py``): one new document in a
    section, then a section renamed (its documents move to a new catalogue)."""
    content = root / "content"
    first = sorted((content / "section-00").iterdir())[0]
    (content / "section-00" / "doc-new.txt").write_text(
        first.read_text("utf-8").replace("Security officials meet", "Officials meet again"),
        encoding="utf-8")
    runs = [translate(root, "re-run, one new document, section layout", units)]
    (content / "section-01").rename(content / "section-renamed")
    runs.append(translate(root, "re-run, a section renamed, section layout", units))
    return runs


def argos_setup(folder: Path, documents: int, decoding_length: int) -> Setup:
    """Build (once, cached) and install the Argos-sized model; its runs' settings."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_argos import build_model

    from cms_i18n.engines.argos_packages import install_package

    cache = Path(tempfile.gettempdir()) / "cms-i18n-bench-models"
    cache.mkdir(parents=True, exist_ok=True)
    size = argparse.Namespace(layers=6, d_model=512, heads=8, vocab=8000)
    package = install_package(build_model(cache, size), folder / "argos-packages")
    config = (f"argos_packages_dir: {package.path.parent}\n"
              f"argos_max_decoding_length: {decoding_length}\n"
              "chunk_documents: 5\n")       # ~55 sentences: a few seconds of one core
    return Setup("argos", documents, config, distinct_sentences=True, one_thread=True,
                 sentences=count_sentences(folder / "sentences", documents))


def count_sentences(folder: Path, documents: int) -> int:
    """Sentences of the distinct-sentence corpus of ``documents`` documents (titles too)."""
    from cms_i18n.sentences import sentence_spans

    write_corpus(folder, documents, distinct_sentences=True)
    return sum(len(sentence_spans(paragraph.strip(), "en"))
               for path in folder.rglob("*.txt")
               for paragraph in path.read_text("utf-8").split("\n\n") if paragraph.strip())


def throughput_runs(setup: Setup, folder: Path, celery: bool) -> list[Run]:
    """First runs of one engine: 1 and 2 local processes, then 1 and 2 Celery workers."""
    units = setup.documents * UNITS_PER_DOCUMENT
    folder = folder / setup.engine
    plan: list[tuple[str, str, tuple[str, ...]]] = []
    if setup.one_thread:
        plan.append(("1 local process, 1 thread", "argos_threads: 1\n", ("--jobs", "1")))
    plan += [("1 local process", "", ("--jobs", "1")),
             ("2 local processes", "", ("--jobs", "2"))]
    runs = []
    for label, extra, args in plan:
        root = site(folder / label.replace(" ", "-").replace(",", ""), setup.documents,
                    f"catalogue_layout: section\n{setup.config}{extra}",
                    distinct_sentences=setup.distinct_sentences)
        runs.append(translate(root, label, units, *args, engine=setup.engine))
    if not celery:
        return runs
    (folder / "redis").mkdir()
    (folder / "postgres").mkdir()
    redis = start_redis(folder / "redis")
    postgres = start_postgres(folder / "postgres")
    workers_plan = [(1, "")]
    if setup.one_thread:
        workers_plan = [(1, "argos_threads: 1\n"), (1, ""), (2, "argos_threads: 1\n")]
    else:
        workers_plan.append((2, ""))
    try:
        for number, (workers, extra) in enumerate(workers_plan):
            url = postgres.create_database()
            label = f"{workers} Celery worker{'s' * (workers > 1)}"
            if setup.one_thread and workers == 1:
                label += ", 1 thread" if extra else ""
            root = site(folder / f"celery-{number}", setup.documents,
                        f"catalogue_layout: section\nmemory: {url}\n"
                        f"broker_url: {redis.url(number + 1)}\n"
                        f"celery:\n  poll_seconds: 0.1\n{setup.config}{extra}",
                        distinct_sentences=setup.distinct_sentences)
            runs.append(with_workers(root, workers, setup, label, units))
    finally:
        redis.process.terminate()
        redis.process.wait()
        postgres.stop()
    return runs


def with_workers(root: Path, workers: int, setup: Setup, label: str, units: int) -> Run:
    """One ``translate --executor celery`` served by ``workers`` workers started first."""
    started = [subprocess.Popen(
        [CLI, "worker", "--lang", "es", "--engine", setup.engine, "--loglevel", "INFO"],
        cwd=root, stdout=(root / f"worker-{n}.log").open("wb"),
        stderr=subprocess.STDOUT) for n in range(workers)]
    try:
        for n in range(workers):
            log = root / f"worker-{n}.log"
            while b" ready." not in log.read_bytes():
                if started[n].poll() is not None:
                    raise SystemExit(f"worker {n} exited:\n{log.read_text()[-2000:]}")
                time.sleep(0.2)
        return translate(root, label, units, "--executor", "celery", engine=setup.engine,
                         workers=[worker.pid for worker in started])
    finally:
        for worker in started:
            worker.terminate()
        for worker in started:
            worker.wait()


def show(title: str, runs: list[Run], baseline: bool = False) -> None:
    """A table of runs; with ``baseline``, each run's speed against its engine's one
    local process (every core), and against one process on one thread where there is one."""
    print(f"\n{title}")
    print(f"{'engine':<10}{'run':<34}{'units':>9}{'seconds':>9}{'units/s':>9}"
          + (f"{'vs 1 proc':>10}{'vs 1 thread':>12}" if baseline else "")
          + f"{'CPU s':>8}{'cores':>7}{'asked':>7}{'peak RSS':>10}")
    firsts = {r.engine: r for r in reversed(runs) if r.label == "1 local process"}
    threads = {r.engine: r for r in runs if r.label == "1 local process, 1 thread"}
    for run in runs:
        ratios = ""
        if baseline:
            first, thread = firsts.get(run.engine), threads.get(run.engine)
            ratios = (f"{first.seconds / run.seconds:>9.2f}×" if first else f"{'':>10}") + \
                     (f"{thread.seconds / run.seconds:>11.2f}×" if thread else f"{'':>12}")
        print(f"{run.engine:<10}{run.label:<34}{run.units:>9,}{run.seconds:>9.1f}"
              f"{run.units / run.seconds:>9,.0f}{ratios}{run.cpu:>8.1f}"
              f"{run.cpu / run.seconds:>7.2f}{run.cores_asked:>7.2f}{run.peak_mb:>8.0f} MB")


CLAIMED = "CMS_I18N_BENCH_CLAIMED"


def claim_cores(niceness: int) -> None:
    """Run this benchmark again in a session of its own that the scheduler favours.

    On a machine shared with other work, each run's wall time measures the others as
    much as this product.  Linux shares the CPUs between sessions (autogroups) before
    it looks at a process's nice value, so lowering the nice value of the benchmark
    alone changes nothing: the session's own weight (``/proc/self/autogroup``) is
    raised, and every process the benchmark starts (runs, workers, Redis) inherits
    it.  Needs root (or CAP_SYS_NICE).  The "asked" column needs none of this.
    """
    def favoured() -> None:
        os.setsid()
        autogroup = Path("/proc/self/autogroup")
        if autogroup.exists():
            autogroup.write_text(str(-niceness))
        os.setpriority(os.PRIO_PROCESS, 0, -niceness)

    try:
        done = subprocess.run([sys.executable, *sys.argv], preexec_fn=favoured,
                              env={**os.environ, CLAIMED: str(niceness)})
    except subprocess.SubprocessError as exc:
        raise SystemExit(f"--claim-cores: cannot raise the benchmark's priority ({exc}); "
                         "run it as root or without --claim-cores") from None
    raise SystemExit(done.returncode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=50_000,
                        help="units of the memory and re-run figures (0: skip them)")
    parser.add_argument("--large-units", type=int, default=500_000)
    parser.add_argument("--large-only", action="store_true",
                        help="of the memory runs, only the first run at --large-units")
    parser.add_argument("--throughput-documents", type=int, default=1_500,
                        help="documents of the Apertium throughput runs (0: skip them)")
    parser.add_argument("--argos-documents", type=int, default=60,
                        help="documents of the Argos throughput runs, about 11 sentences "
                             "each (0: skip them)")
    parser.add_argument("--argos-decoding-length", type=int, default=32)
    parser.add_argument("--no-celery", action="store_true")
    parser.add_argument("--repeat", type=int, default=2,
                        help="rounds of throughput runs; each row's fastest is shown")
    parser.add_argument("--claim-cores", type=int, default=0, metavar="NICENESS",
                        help="run in a session favoured by the scheduler, at nice "
                             "-NICENESS, so that other work on the machine yields the "
                             "cores (root only; 15 gives the benchmark most of them)")
    args = parser.parse_args()
    if args.claim_cores and CLAIMED not in os.environ:
        claim_cores(args.claim_cores)
    if CLAIMED in os.environ:
        print(f"priority: a session of its own at nice -{os.environ[CLAIMED]}")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = Path(tmp)
        setups = []
        if args.argos_documents:
            setups.append(argos_setup(folder, args.argos_documents,
                                      args.argos_decoding_length))
        if args.throughput_documents:
            setups.append(Setup("apertium", args.throughput_documents))
        # Rounds one after another, each row once a round, keeping each row's fastest:
        # other work on the machine slows a run, never speeds it up.
        best: dict[tuple[str, str], Run] = {}
        for round_ in range(args.repeat):
            for setup in setups:
                for run in throughput_runs(setup, folder / f"speed-{round_}",
                                           not args.no_celery):
                    print(f"  round {round_ + 1}: {run.engine}, {run.label}: "
                          f"{run.seconds:.1f} s", flush=True)
                    kept = best.get((run.engine, run.label))
                    if kept is None or run.seconds < kept.seconds:
                        best[(run.engine, run.label)] = run
        speed = list(best.values())
        if speed:
            show("Throughput, first run (section layout)", speed, baseline=True)
            for setup in setups:
                if setup.sentences:
                    rates = ", ".join(f"{run.label}: {setup.sentences / run.seconds:.1f}"
                                      for run in speed if run.engine == setup.engine)
                    print(f"{setup.engine}: {setup.sentences} sentences; sentences/s — {rates}")
        if args.units or args.large_only:
            sizes = memory_runs(0 if args.large_only else args.units, args.large_units,
                                folder / "size")
            show("Memory as the corpus grows", sizes)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
