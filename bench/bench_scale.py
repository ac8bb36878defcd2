"""Scale benchmarks: peak memory as the corpus grows, throughput with 1 and 2 local
processes and with 1 and 2 Celery workers, and an unchanged re-run.

    .venv/bin/python bench/bench_scale.py                      # everything (long)
    .venv/bin/python bench/bench_scale.py --large-units 0      # skip the 500,000-unit run
    .venv/bin/python bench/bench_scale.py --no-celery

Every figure comes from ``cms-i18n translate`` run as a command, as a user runs
it, on the news-like corpus of ``tests/support/corpus.py`` (six units a
document) with Apertium en→es and the bundled glossary.  Peak RSS is that of
the largest process of the run (``wait4``).  The Celery runs use a private
redis-server and PostgreSQL cluster (the test suite's fixtures), workers
started before the clock starts.  Prints the figures and their ratios side by
side; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.support.corpus import write_corpus  # noqa: E402
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


def site(root: Path, documents: int, config: str) -> Path:
    """A site folder: the corpus in sections, the bundled glossary, ``config``."""
    root.mkdir(parents=True)
    write_corpus(root / "content", documents,
                 sections=max(1, documents // DOCUMENTS_PER_SECTION))
    shutil.copytree(REPO / "cms_i18n" / "glossaries", root / "glossaries")
    (root / "cms-i18n.yaml").write_text(f"content_dir: content\n{config}", encoding="utf-8")
    return root


def translate(root: Path, label: str, units: int, *args: str) -> Run:
    """Time one ``cms-i18n translate`` and take the peak RSS of its largest process."""
    started = time.perf_counter()
    process = subprocess.Popen([CLI, "translate", "--lang", "es", "--engine", "apertium",
                                "-q", *args], cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    output = process.stdout.read().decode() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{label}: cms-i18n failed:\n{output}")
    return Run(label, units, seconds, usage.ru_maxrss / 1024, output.strip().splitlines()[-1])


def memory_runs(units: int, large: int, folder: Path) -> list[Run]:
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
            if size == units:
                runs.append(translate(root, f"unchanged re-run, {layout} layout",
                                      documents * UNITS_PER_DOCUMENT))
            shutil.rmtree(root)
    return runs


def throughput_runs(documents: int, folder: Path, celery: bool) -> list[Run]:
    runs = []
    units = documents * UNITS_PER_DOCUMENT
    for jobs in (1, 2):
        root = site(folder / f"local-{jobs}", documents, "catalogue_layout: section\n")
        runs.append(translate(root, f"first run, {jobs} local process{'es' * (jobs > 1)}",
                              units, "--jobs", str(jobs)))
    if not celery:
        return runs
    (folder / "redis").mkdir()
    (folder / "postgres").mkdir()
    redis = start_redis(folder / "redis")
    postgres = start_postgres(folder / "postgres")
    try:
        for workers in (1, 2):
            url = postgres.create_database()
            root = site(folder / f"celery-{workers}", documents,
                        f"catalogue_layout: section\nmemory: {url}\n"
                        f"broker_url: {redis.url(workers)}\n"
                        "celery:\n  poll_seconds: 0.1\n")
            started = [subprocess.Popen(
                [CLI, "worker", "--lang", "es", "--engine", "apertium", "--loglevel", "INFO"],
                cwd=root, stdout=(root / f"worker-{n}.log").open("wb"),
                stderr=subprocess.STDOUT) for n in range(workers)]
            try:
                for n in range(workers):
                    log = root / f"worker-{n}.log"
                    while b" ready." not in log.read_bytes():
                        time.sleep(0.2)
                runs.append(translate(root, f"first run, {workers} Celery worker"
                                      f"{'s' * (workers > 1)}", units, "--executor", "celery"))
            finally:
                for worker in started:
                    worker.terminate()
                for worker in started:
                    worker.wait()
    finally:
        redis.process.terminate()
        redis.process.wait()
        postgres.stop()
    return runs


def show(title: str, runs: list[Run], base: Run | None = None) -> None:
    print(f"\n{title}")
    print(f"{'run':<44}{'units':>9}{'seconds':>9}{'units/s':>9}{'vs first':>9}"
          f"{'peak RSS':>10}")
    for run in runs:
        ratio = f"{(base.seconds / run.seconds):.2f}×" if base else ""
        print(f"{run.label:<44}{run.units:>9,}{run.seconds:>9.1f}{run.units / run.seconds:>9,.0f}"
              f"{ratio:>9}{run.peak_mb:>8.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--large-units", type=int, default=500_000)
    parser.add_argument("--throughput-documents", type=int, default=1_500)
    parser.add_argument("--no-celery", action="store_true")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = Path(tmp)
        speed = throughput_runs(args.throughput_documents, folder / "speed",
                                not args.no_celery)
        show("Throughput, first run (section layout)", speed, speed[0])
        sizes = memory_runs(args.units, args.large_units, folder / "size")
        show("Memory as the corpus grows", sizes)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
