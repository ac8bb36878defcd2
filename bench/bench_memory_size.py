"""How much disk the translation memory takes per unit, in PostgreSQL and SQLite.

    .venv/bin/python bench/bench_memory_size.py                  # 1,000 articles
    .venv/bin/python bench/bench_memory_size.py --documents 5000

Translates an archive-like corpus (a new sentence in every paragraph, as an archive
has; ``write_corpus(distinct_sentences=True)``) with Apertium into one language,
once with a PostgreSQL memory (a private cluster, the test suite's fixture) and
once with the default SQLite file, then prints each table's size with its indexes
and TOAST, and the bytes per unit.  Then, as a coordinator does once workers have
filled the memory, it writes the catalogues again from the PostgreSQL memory alone
(catalogues deleted, every unit reused) with 1 and 2 processes.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.support.corpus import write_corpus  # noqa: E402
from tests.support.services import start_postgres  # noqa: E402

CLI = str(Path(sys.executable).parent / "cms-i18n")
TABLES = ("machine", "cleaned", "cleaned_documents", "written", "catalogues", "chunks",
          "reviewed", "editor_texts")


def site(root: Path, documents: int, memory: str) -> Path:
    root.mkdir(parents=True)
    write_corpus(root / "content", documents, sections=max(1, documents // 500),
                 distinct_sentences=True)
    shutil.copytree(REPO / "cms_i18n" / "glossaries", root / "glossaries")
    (root / "cms-i18n.yaml").write_text(
        f"content_dir: content\ncatalogue_layout: section\njobs: 2\nmemory: {memory}\n",
        encoding="utf-8")
    return root


def translate(root: Path, *args: str) -> tuple[int, str]:
    """Run a translation; return the units and the summary line."""
    done = subprocess.run([CLI, "translate", "--lang", "es", "--engine", "apertium", "-q",
                           *args], cwd=root, capture_output=True, text=True, check=True)
    line = done.stdout.strip().splitlines()[-1]
    return int(line.split(" units")[0].rsplit(" ", 1)[1]), line


def from_memory(root: Path, jobs: int) -> None:
    """Write every catalogue again with nothing to translate: the coordinator's share."""
    shutil.rmtree(root / "locale")
    started = time.perf_counter()
    units, line = translate(root, "--jobs", str(jobs))
    seconds = time.perf_counter() - started
    print(f"  {jobs} process{'es' * (jobs > 1)}: {units:,} units in {seconds:.1f} s, "
          f"{units / seconds:,.0f} units/s ({line.split(', ')[3]})")


def postgres_sizes(url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url) as db:
        sizes = {table: int(db.execute("SELECT pg_total_relation_size(%s)",
                                       [table]).fetchone()[0]) for table in TABLES}
    return sizes


def show(title: str, units: int, sizes: dict[str, int]) -> None:
    total = sum(sizes.values())
    print(f"\n{title}: {units:,} units, {total / 1e6:.1f} MB, {total / units:,.0f} bytes a unit")
    for table, size in sorted(sizes.items(), key=lambda item: -item[1]):
        if size:
            print(f"  {table:<20}{size / 1e6:>8.1f} MB{size / units:>8,.0f} bytes a unit")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-size-") as tmp:
        folder = Path(tmp)
        (folder / "postgres").mkdir()
        postgres = start_postgres(folder / "postgres")
        try:
            url = postgres.create_database()
            root = site(folder / "pg", args.documents, url)
            units, _ = translate(root)
            show("PostgreSQL (tables with their indexes and TOAST)", units,
                 postgres_sizes(url))
            print("\nCatalogues written again from the PostgreSQL memory (nothing to "
                  "translate)")
            for jobs in (1, 2):
                from_memory(root, jobs)
        finally:
            postgres.stop()
        root = site(folder / "sqlite", args.documents, ".cms-i18n/memory.sqlite")
        units, _ = translate(root)
        show("SQLite (the whole file)", units,
             {"file": (root / ".cms-i18n" / "memory.sqlite").stat().st_size})


if __name__ == "__main__":
    main()
