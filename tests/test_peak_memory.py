"""Peak memory of a command and its descendants, for the benchmarks: each process's own
peak, not the benchmark's that ``wait4`` folds into every child it execs."""

from __future__ import annotations

import os
import subprocess
import sys

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
