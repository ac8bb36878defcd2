"""How long the ``cms-i18n`` command line takes to start: CPU and wall time, side by side.

Run:  .venv/bin/python bench/bench_startup.py                      # this checkout
      .venv/bin/python bench/bench_startup.py --against /tmp/before  # and another one
      .venv/bin/python bench/bench_startup.py --runs 9

Each case is a whole command line run in a fresh interpreter, ``--runs`` times (after
one run to warm the disk cache and write the bytecode), and its median CPU time (user
+ system, of the child process) and wall time are printed.  The cases: ``--help``,
``--version``, ``status --help``, ``check`` on a tiny site (one catalogue of two
entries, ``--no-msgfmt`` so that the figure is Python's, not GNU msgfmt's), ``clean``
on a small file, and the interpreter alone (``python -c pass``) as the floor.

With ``--against PATH`` (another checkout of the repository, say ``git archive main |
tar -x -C /tmp/before``) the same cases run with that checkout's code too, the two
taking turns in each round so that a machine busy with other work weighs on both alike,
and the ratio before/after (PATH's time over this checkout's) is printed: 2.0 is twice
as fast.  Figures and ratios only: nothing is asserted, and on a loaded machine the
wall times wander; the CPU times are the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CATALOG = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: es\\n"

#: content/forum.md:1
msgctxt "forum:title"
msgid "Forum in Moscow"
msgstr "Foro en Moscú"

#: content/forum.md:3
#, fuzzy
msgctxt "forum"
msgid "The delegates met on Friday."
msgstr "Los delegados se reunieron el viernes."
"""

_PAGE = """Home | News | World

Share this article

Officials met in Moscow on Friday to discuss regional security, \
the ministry said.

The talks will continue next week.

Read more
"""

#: (label, command line after ``cms-i18n``); ``None``: the interpreter alone.
CASES: list[tuple[str, list[str] | None]] = [
    ("python -c pass", None),
    ("--help", ["--help"]),
    ("--version", ["--version"]),
    ("status --help", ["status", "--help"]),
    ("check (tiny site)", ["check", "--locale-dir", "locale", "--no-msgfmt"]),
    ("clean (small file)", ["clean", "page.txt"]),
]

_MAIN = "import sys; from cms_i18n.cli import main; main(prog_name='cms-i18n')"


@dataclass
class Timings:
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)

    def median(self) -> tuple[float, float]:
        return statistics.median(self.cpu), statistics.median(self.wall)


def make_site(folder: Path) -> None:
    """A site of one Spanish catalogue and a small scraped page."""
    messages = folder / "locale" / "es" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "content.po").write_text(_CATALOG, encoding="utf-8")
    (folder / "page.txt").write_text(_PAGE, encoding="utf-8")


def run_once(checkout: Path, args: list[str] | None, site: Path) -> tuple[float, float]:
    """One fresh interpreter with ``checkout``'s code: (CPU seconds, wall seconds).
    Run in the site's folder, so that the checkout the command line imports is the
    one on ``PYTHONPATH`` (``python -c`` puts the working folder first)."""
    command = [sys.executable, "-c", "pass"] if args is None else \
        [sys.executable, "-c", _MAIN, *args]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=site, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 2):       # check's 2: a critical problem, still a run
        raise SystemExit(f"{checkout}: cms-i18n {' '.join(args or [])} failed "
                         f"({done.returncode}):\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def imported_from(checkout: Path, site: Path) -> str:
    """Where ``cms_i18n`` comes from when run with ``checkout`` (a check on the set-up)."""
    return subprocess.run([sys.executable, "-c", "import cms_i18n; print(cms_i18n.__file__)"],
                          cwd=site, env={**os.environ, "PYTHONPATH": str(checkout)},
                          capture_output=True, text=True, check=True).stdout.strip()


def measure(checkouts: list[Path], runs: int) -> list[dict[str, Timings]]:
    """Per checkout, per case label: the timings of ``runs`` runs, checkouts in turn."""
    results: list[dict[str, Timings]] = [{label: Timings() for label, _ in CASES}
                                         for _ in checkouts]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        sites = []
        for index, checkout in enumerate(checkouts):
            site = Path(tmp) / f"site{index}"
            make_site(site)
            where = Path(imported_from(checkout, site)).resolve()
            if not where.is_relative_to(checkout.resolve()):
                raise SystemExit(f"{checkout}: cms_i18n is imported from {where}, not from "
                                 "the checkout (an installed copy shadows PYTHONPATH?)")
            sites.append(site)
        for label, args in CASES:
            for checkout, site in zip(checkouts, sites, strict=True):
                run_once(checkout, args, site)      # warm-up: disk cache, bytecode
            for _ in range(runs):
                for checkout, site, result in zip(checkouts, sites, results, strict=True):
                    cpu, wall = run_once(checkout, args, site)
                    result[label].cpu.append(cpu)
                    result[label].wall.append(wall)
            print(f"  measured {label}", file=sys.stderr)
    return results


def table(checkouts: list[Path], results: list[dict[str, Timings]], runs: int) -> str:
    after = results[0]
    heads = ["case", "CPU s", "wall s"]
    if len(checkouts) > 1:
        heads += ["CPU s before", "wall s before", "CPU ×", "wall ×"]
    rows = [heads]
    for label, _ in CASES:
        cpu, wall = after[label].median()
        row = [label, f"{cpu:.3f}", f"{wall:.3f}"]
        if len(checkouts) > 1:
            cpu_b, wall_b = results[1][label].median()
            row += [f"{cpu_b:.3f}", f"{wall_b:.3f}", f"{cpu_b / cpu:.2f}",
                    f"{wall_b / wall:.2f}"]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(heads))]
    lines = [f"median of {runs} runs in fresh processes; this checkout: {checkouts[0]}"]
    if len(checkouts) > 1:
        lines.append(f"before: {checkouts[1]}; ×: before / this (2.00 = twice as fast)")
    lines.append("")
    for row in rows:
        lines.append("  ".join([row[0].ljust(widths[0]),
                                *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:],
                                                                   strict=True))]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per case (median)")
    parser.add_argument("--against", type=Path, default=None, metavar="PATH",
                        help="another checkout to compare with (its code on PYTHONPATH)")
    parser.add_argument("--checkout", type=Path, default=ROOT,
                        help="the checkout measured (default: this one)")
    options = parser.parse_args()
    checkouts = [options.checkout.resolve()]
    if options.against is not None:
        checkouts.append(options.against.resolve())
    results = measure(checkouts, max(1, options.runs))
    print(table(checkouts, results, max(1, options.runs)))


if __name__ == "__main__":
    main()
