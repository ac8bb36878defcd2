#!/usr/bin/env python
"""Time against length for one long document through ``cms-i18n translate`` (Apertium),
and through ``cms-i18n check`` of the catalogue it wrote.

Run:  .venv/bin/python bench/bench_long_document.py [PARAGRAPHS ...]   (default 1000 2000 4000)

A document of many paragraphs is translated as one: every step that reads the whole
document again for each name, date or sentence start it finds in it grows with the
square of its length.  The document is the example article's real paragraphs, repeated
and numbered so that no two are equal, one after another in one file; each size is a
fresh site (no memory, no catalogue), run as a user runs the command.  Each row: wall
seconds of the whole run and the ratio to the size before: a run that grows with the
text shows ×2 per doubling, a quadratic step ×4.  ``check`` reads every entry with its
document's earlier text (a bare "Security Council" is read as the document means it), as
the Wagtail review screen does on each load.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "content" / "asian-security-officials.txt"


def document(paragraphs: int) -> str:
    """``paragraphs`` of the seed's prose paragraphs, numbered, no two equal."""
    seed = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")
            if len(p.split()) >= 12 and "\n" not in p.strip()]
    return "\n\n".join(f"{seed[i % len(seed)]} (Part {i + 1}.)"
                       for i in range(paragraphs)) + "\n"


def timed_run(paragraphs: int, command: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        site = Path(tmp)
        (site / "content").mkdir()
        (site / "content" / "long.txt").write_text(document(paragraphs), encoding="utf-8")
        (site / "cms-i18n.yaml").write_text("target_langs: [es]\ncontent_dir: content\n"
                                            "engine: apertium\n", encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([*command, "translate", "--lang", "es", "--quiet"], cwd=site,
                              capture_output=True, text=True, env=os.environ.copy(),
                              check=False)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"translate failed at {paragraphs} paragraphs: {done.stderr.strip()}")
        started = time.perf_counter()
        checked = subprocess.run([*command, "check", "--lang", "es"], cwd=site,
                                 capture_output=True, text=True, env=os.environ.copy(),
                                 check=False)
        check_seconds = time.perf_counter() - started
        if checked.returncode not in (0, 1, 2):     # 1, 2: problems found, no failure
            sys.exit(f"check failed at {paragraphs} paragraphs: {checked.stderr.strip()}")
        return seconds, check_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", metavar="PARAGRAPHS", nargs="*", type=int,
                        default=[1000, 2000, 4000])
    args = parser.parse_args()
    if shutil.which("apertium") is None:
        sys.exit("Apertium is not installed (apt-get install apertium apertium-eng-spa)")
    command = [str(Path(sys.executable).with_name("cms-i18n"))]
    print("one document through cms-i18n translate --lang es (Apertium), then check, wall "
          "seconds; ratio = time / time at the size before")
    print(f"{'':>18} {'translate':>11} {'ratio':>7} {'check':>9} {'ratio':>7}")
    previous: tuple[float, float] | None = None
    for size in args.sizes:
        seconds, check_seconds = timed_run(size, command)
        ratio = f"×{seconds / previous[0]:.2f}" if previous else ""
        check_ratio = f"×{check_seconds / previous[1]:.2f}" if previous else ""
        print(f"{size:>7} paragraphs {seconds:9.1f} s {ratio:>7} {check_seconds:7.1f} s "
              f"{check_ratio:>7}", flush=True)
        previous = seconds, check_seconds


if __name__ == "__main__":
    main()
