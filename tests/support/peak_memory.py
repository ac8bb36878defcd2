"""The peak memory and CPU of a command and of every process it starts, read from /proc.

``wait4``'s ``ru_maxrss`` cannot say this on Linux: at ``exec`` the kernel folds
the high-water mark of the forked copy of the parent (all of the parent's
resident pages) into the child's maxrss, for ``RUSAGE_CHILDREN`` and
``RUSAGE_SELF`` alike, so every command a 150 MB benchmark starts "peaks" at
150 MB.  ``VmHWM`` in ``/proc/<pid>/status`` is the peak resident set of the
process's own image, reset at exec.  A :class:`PeakWatch` reads it, while the
run lasts, for the processes it is given (a command, Celery workers started
before it) and all their descendants, and keeps each process's highest figure.

It also reads each of their threads' ``schedstat``: the time on a CPU and the time
runnable but waiting for one.  On a machine shared with other work the wall time of
a run says as much about the others as about the run; these two do not.  Their sum
over the wall time is how many cores the run kept asking for: a run that is
serialised somewhere asks for fewer cores than it has processes and threads at work,
however busy the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path


def _tasks(pid: int) -> list[Path]:
    """The /proc folders of a process's threads; none once it has gone."""
    try:
        return list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in _tasks(pid):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def _threads_schedstat(pid: int) -> dict[int, tuple[int, int]]:
    """(ns on a CPU, ns runnable and waiting) of each thread of ``pid``."""
    found = {}
    for task in _tasks(pid):
        try:
            running, waiting, _ = (task / "schedstat").read_text().split()
            found[int(task.name)] = (int(running), int(waiting))
        except (OSError, ValueError):
            continue
    return found


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class PeakWatch:
    """Each process's peak resident set and each thread's CPU and waiting time, for
    ``roots`` and their descendants, read every ``interval`` seconds until :meth:`stop`
    (a process that lives less than an interval may be missed; one read late in its
    life gives its peak so far).  Threads already running when the watch starts
    (workers started before the command) count from then."""

    def __init__(self, roots: Iterable[int], interval: float = 0.05) -> None:
        self.roots = list(roots)
        self.interval = interval
        self.peaks: dict[int, int] = {}          # pid → kB
        self.first: dict[tuple[int, int], tuple[int, int]] = {}   # (pid, tid) → ns, ns
        self.last: dict[tuple[int, int], tuple[int, int]] = {}
        self._started = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while True:
            self.sample()
            if self._done.wait(self.interval):
                return

    def sample(self) -> None:
        seen: set[int] = set()
        todo = list(self.roots)
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            peak = _peak_kb(pid)
            if peak is not None:
                self.peaks[pid] = max(peak, self.peaks.get(pid, 0))
            for tid, times in _threads_schedstat(pid).items():
                self.last[(pid, tid)] = times
                if not self._started:
                    self.first[(pid, tid)] = times
            todo += _children(pid)
        self._started = True

    def stop(self) -> PeakWatch:
        self._done.set()
        self._thread.join()
        return self

    def largest_mb(self) -> float:
        """The largest one process's peak."""
        return max(self.peaks.values(), default=0) / 1024

    def _seconds(self, field: int) -> float:
        return sum(times[field] - self.first.get(key, (0, 0))[field]
                   for key, times in self.last.items()) / 1e9

    def cpu_seconds(self) -> float:
        """CPU time of the watched processes while the watch ran."""
        return self._seconds(0)

    def waiting_seconds(self) -> float:
        """Time their threads were runnable but waited for a CPU another process held."""
        return self._seconds(1)

    def total_mb(self) -> float:
        """The processes' peaks added up: the most they can have held at once."""
        return sum(self.peaks.values()) / 1024
