#!/usr/bin/env python
"""Catalogue speed: reading, writing and updating beside polib and Babel on the same data.

Run:  .venv/bin/python bench/bench_catalog.py [--units 5000] [--repeat 3]

The catalogue holds ``--units`` news-length paragraphs (the seed article's paragraphs,
varied) with Spanish-like translations, comments and references, so the writer's
line breaking works as hard as it does on real content.  Rows:

* parse: our strict reader, ``polib.pofile``, Babel's ``read_po``;
* write: our msgcat-identical writer, polib's ``__unicode__`` and Babel's ``write_po``
  (both wrap differently from msgcat; ours is exact);
* update: ``update_catalog`` first run, an unchanged re-run (no write), and a re-run
  where 5% of the paragraphs changed (fuzzy matching against the disappeared ones);
* GNU msgcat on the same file, for scale (the reference our layout matches);
* the review commands on that catalogue, half of it reviewed, through the CLI with the
  repository's glossary: ``status`` (the table) and ``check --no-msgfmt`` (every finding
  listed); ``check`` with ``msgfmt`` is GNU msgfmt's time on top.

Each figure is the best of ``--repeat`` rounds.  Ratios compare with our figure.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib
from babel.messages.pofile import read_po as babel_read
from babel.messages.pofile import write_po as babel_write
from click.testing import CliRunner

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.catalog.po import format_po, parse_po
from cms_i18n.cli import main as cli

GLOSSARY = Path(__file__).resolve().parents[1] / "glossaries"

SEED = Path(__file__).resolve().parents[1] / "examples" / "content" / \
    "asian-security-officials.txt"


def paragraphs(count: int) -> list[str]:
    base = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")
            if len(p.split()) > 8]
    rng = random.Random(5)
    out = []
    for i in range(count):
        words = rng.choice(base).split()
        rng.shuffle(words)
        out.append(f"{i}. " + " ".join(words))
    return out


def spanish(text: str) -> str:
    return text.replace("the ", "el ").replace("and ", "y ").replace("of ", "de ") + " ✓"


def units(texts: list[str]) -> list[CatalogEntry]:
    return [CatalogEntry(f"doc{i // 40}", text, spanish(text), ((f"content/doc{i // 40}.md",
                         1 + 2 * (i % 40)),), ("engine: bench 1.0",))
            for i, text in enumerate(texts)]


def best(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1748263260")

    folder = Path(tempfile.mkdtemp(prefix="cms-i18n-bench-"))
    try:
        texts = paragraphs(args.units)
        po_path, pot_path = catalog_paths(folder / "locale", "es", "content")
        rows: list[tuple[str, str, float, float | None]] = []

        def first_run() -> None:
            shutil.rmtree(folder / "locale", ignore_errors=True)
            update_catalog(po_path, units(texts), lang="es", domain="content",
                           pot_path=pot_path)

        first = best(first_run, args.repeat)
        rerun = best(lambda: update_catalog(po_path, units(texts), lang="es",
                                            domain="content", pot_path=pot_path), args.repeat)
        changed = list(texts)
        rng = random.Random(7)
        for i in rng.sample(range(len(texts)), max(1, len(texts) // 20)):
            changed[i] = changed[i].replace(" ", " really ", 1)
        snapshot = po_path.read_bytes(), pot_path.read_bytes()

        def changed_run() -> None:
            po_path.write_bytes(snapshot[0])
            pot_path.write_bytes(snapshot[1])
            update_catalog(po_path, units(changed), lang="es", domain="content",
                           pot_path=pot_path)

        edit = best(changed_run, args.repeat)
        po_path.write_bytes(snapshot[0])
        data = po_path.read_bytes()
        text = data.decode("utf-8")
        size = len(data) / 1e6

        ours_parse = best(lambda: parse_po(text), args.repeat)
        rows.append(("parse", "cms-i18n", ours_parse, None))
        rows.append(("parse", "polib", best(lambda: polib.pofile(text), args.repeat),
                     ours_parse))
        rows.append(("parse", "babel", best(lambda: babel_read(io.BytesIO(data)), args.repeat),
                     ours_parse))
        parsed = parse_po(text)
        ours_write = best(lambda: format_po(parsed), args.repeat)
        rows.append(("write", "cms-i18n", ours_write, None))
        theirs = polib.pofile(text)
        rows.append(("write", "polib", best(theirs.__unicode__, args.repeat), ours_write))
        catalog = babel_read(io.BytesIO(data))
        rows.append(("write", "babel", best(lambda: babel_write(io.BytesIO(), catalog, width=79),
                                            args.repeat), ours_write))
        if shutil.which("msgcat"):
            rows.append(("read+write", "GNU msgcat", best(lambda: subprocess.run(
                ["msgcat", "-o", "/dev/null", str(po_path)], check=True), args.repeat),
                ours_parse + ours_write))
        rows.append(("update", "first run (po + pot)", first, None))
        rows.append(("update", "unchanged re-run", rerun, first))
        rows.append(("update", "re-run, 5% changed", edit, first))

        # Half the entries reviewed, as an editor leaves a catalogue mid-review.
        reviewed = parse_po(text)
        for entry in reviewed.entries[::2]:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        po_path.write_text(format_po(reviewed), encoding="utf-8")

        config = folder / "cms-i18n.yaml"
        config.write_text(f"locale_dir: {folder / 'locale'}\ndomain: content\n"
                          f"glossary_dir: {GLOSSARY}\n", encoding="utf-8")

        def command(*args: str) -> Callable[[], object]:
            def run() -> None:
                result = CliRunner().invoke(cli, [*args, "--config", str(config)])
                if result.exit_code not in (0, 2):
                    raise SystemExit(f"{args[0]} failed: {result.output}")
            return run

        shown = best(command("status"), args.repeat)
        rows.append(("review", "status", shown, None))
        rows.append(("review", "check --no-msgfmt", best(command("check", "--no-msgfmt"),
                                                         args.repeat), shown))

        print(f"catalogue: {args.units} units, {size:.1f} MB, best of {args.repeat}")
        print(f"{'step':<11} {'who':<21} {'seconds':>8} {'units/s':>9}  ratio")
        for step, who, seconds, base in rows:
            ratio = f"{seconds / base:5.2f}x" if base else "    -"
            print(f"{step:<11} {who:<21} {seconds:8.3f} {args.units / seconds:9.0f}  {ratio}")
        print("ratio: time of the row / time of the cms-i18n row above it (or the first run)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
