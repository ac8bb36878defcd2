"""Peak memory of a command and its descendants, for the benchmarks: each process's own
peak, not the benchmark's that ``wait4`` folds into every child it execs."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.support.peak_memory import PeakWatch

HOLD = "import sys, time; block = bytearray({mb} * 1024 * 1024); time.sleep({seconds})"


def test_a_child_and_its_grandchild_are_measured_apart_from_a_large_parent() -> None:
    parent_block = bytearray(300 * 1024 * 1024)      # the benchmark has grown
    parent_block[::4096] = b"x" * len(parent_block[::4096])
    grandchild = HOLD.format(mb=120, seconds=1)
    child = subprocess.Popen([sys.executable, "-c", (
        "import subprocess, sys, time; block = bytearray(40 * 1024 * 1024); "
        f"subprocess.run([sys.executable, '-c', {grandchild!r}]); time.sleep(0.3)")])
    watch = PeakWatch([child.pid])
    _, status, usage = os.wait4(child.pid, 0)
    watch.stop()
    assert os.waitstatus_to_exitcode(status) == 0
    assert usage.ru_maxrss / 1024 >= 300          # what wait4 says: the parent's peak
    assert len(watch.peaks) == 2                  # the child and the grandchild
    assert 120 <= watch.largest_mb() < 200        # the grandchild's own block
    assert 160 <= watch.total_mb() < 300          # both blocks, not the parent's


BUSY = "sum(range(15_000_000))"


def _cores_asked(script: str) -> float:
    """(CPU + time waiting for a CPU) / wall time of a command and its children."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script])
    watch = PeakWatch([child.pid], interval=0.01)
    child.wait()
    watch.stop()
    wall = time.perf_counter() - started
    assert watch.cpu_seconds() > 0
    return (watch.cpu_seconds() + watch.waiting_seconds()) / wall


def test_two_busy_processes_side_by_side_ask_for_two_cores_one_after_the_other_for_one(
) -> None:
    """What tells a serialised run from a parallel one on a busy machine: the cores its
    processes asked for (running or runnable), not the cores they got."""
    run = f"[sys.executable, '-c', {BUSY!r}]"
    side_by_side = ("import subprocess, sys\n"
                    f"children = [subprocess.Popen({run}) for _ in range(2)]\n"
                    "for c in children: c.wait()")
    in_turn = f"import subprocess, sys\nfor _ in range(2): subprocess.run({run})"
    assert _cores_asked(side_by_side) > 1.4
    assert _cores_asked(in_turn) < 1.2


def test_a_busy_child_uses_cpu_a_sleeping_one_does_not() -> None:
    busy = subprocess.Popen([sys.executable, "-c", BUSY])
    busy_watch = PeakWatch([busy.pid], interval=0.01)
    busy.wait()
    asleep = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.5)"])
    asleep_watch = PeakWatch([asleep.pid], interval=0.01)
    asleep.wait()
    busy_cpu = busy_watch.stop().cpu_seconds()
    assert busy_cpu > 5 * asleep_watch.stop().cpu_seconds()


def test_a_process_gone_between_two_looks_is_no_error() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()                                  # reaped: its /proc folder is gone
    watch = PeakWatch([child.pid, os.getpid()]).stop()     # stop waits for one look
    assert os.getpid() in watch.peaks and child.pid not in watch.peaks
    assert watch.cpu_seconds() >= 0
