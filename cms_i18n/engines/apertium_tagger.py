"""Apertium's statistical tagger, as it was when it started, for every record.

``apertium-tagger`` (3.8, Debian's) changes itself while it tags.  A word whose set
of readings was not in the tagger's training ("known": adjective or past
participle) makes it look for the nearest set it knows, and the function that
looks writes its answer over the tagger's *open class*, the tags it weighs for
every word the dictionary does not know.  From then on, for the rest of the
process, an unknown name is tagged from that narrower set, and its neighbours
with it: "Gibson and his partner Bruce Davey said they would not …" gives
"dijo" from a fresh tagger and "dicho" once any earlier record held "known".  A
null flush resets the previous-tag context, not this.  In 600 BBC paragraphs
through one long-lived tagger, 124 were tagged differently than alone (18% of
paragraphs hold such a word), so a unit's translation depended on which units
the same process had translated before it: on the chunk, the worker, the order.

Run with ``-d``, the tagger says so on the record where it happens ("A new
ambiguity class was found").  Records therefore go through the tagger one at a
time: that record's own output stands (within one unit this is Apertium's
ordinary behaviour, the same as translating the unit alone), and the next record
goes to a fresh tagger, started beforehand so that the switch waits for nothing.
Every fresh tagger is first given one empty record, so a unit always starts
right after an end of record, whatever the tagger's version does at start-up.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import subprocess
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

PROGRAM = "apertium-tagger"
NEW_CLASS = b"new ambiguity class"
"""What the tagger says (with ``-d``) when it has just narrowed its open class."""
UNKNOWN_WORD = b"/*"
"""How the analyser writes a word it does not know (``^Davey/*Davey$``), or near it."""

# What ``-d`` makes the tagger say about ordinary input; never its last word on a failure.
_CHATTER = re.compile(r"coarse tag|incomplete tagset|ambiguity class|Retraining the tagger"
                      r"|^Word '|Problem with word")
_SAID = 2000
SPARES = 3
"""Taggers kept started ahead: one takes about 20 ms to load its model, and in
Spanish that came out of English (full of English words it does not know) a
tagger may need replacing every other record."""


def tagger_stage(stages: Sequence[Sequence[str]]) -> int | None:
    """Index of the pipeline's ``apertium-tagger`` stage, None when there is none.

    A tagger at either end of a pipeline (no mode has one there) is left in line.
    """
    for index, argv in enumerate(stages):
        if Path(argv[0]).name == PROGRAM:
            return index if 0 < index < len(stages) - 1 else None
    return None


def with_messages(argv: Sequence[str]) -> list[str]:
    """The tagger's command with ``-d``, so that it says when it changes itself."""
    return [argv[0], "-d", *argv[1:]] if "-d" not in argv else list(argv)


class TaggerFailure(Exception):
    """The tagger went wrong; the pipeline turns this into its own error."""

    def __init__(self, what: str, *, ended: bool = False) -> None:
        super().__init__(what)
        self.what = what
        self.ended = ended


Spawn = Callable[[list[str]], "subprocess.Popen[bytes]"]


class _Tagger:
    """One running tagger process and what is left of its answers."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        self.proc = proc
        self.stdin: IO[bytes] = proc.stdin
        self.out = proc.stdout.fileno()
        self.err = proc.stderr.fileno()
        os.set_blocking(self.stdin.fileno(), False)
        self.buffer = b""
        self.primed = False


class TaggerStage:
    """The tagger stage of a pipeline: records in one at a time, a fresh tagger after
    any record that changed the one in use.

    ``spawn`` starts a process of the pipeline (its own child, in its process group)
    with the three standard streams as pipes.  Processes are started by the thread
    that calls :meth:`tag`, like the rest of the pipeline (see :mod:`.apertium_process`).
    """

    def __init__(self, argv: Sequence[str], spawn: Spawn, timeout: float) -> None:
        self.argv = with_messages(argv)
        self.timeout = timeout
        self._spawn = spawn
        self._retired: list[_Tagger] = []
        self.started = 0
        self.said = b""
        self._active = self._start()
        self._spares: deque[_Tagger] = deque()
        self._changed = False

    @property
    def process(self) -> subprocess.Popen[bytes]:
        """The tagger in use (the one a failure would be about)."""
        return self._active.proc

    def processes(self) -> list[subprocess.Popen[bytes]]:
        """Every tagger process still around: in use, spare, and retired not yet reaped."""
        return [t.proc for t in (self._active, *self._spares, *self._retired)]

    def last_message(self) -> str:
        """The tagger's last line that is not ``-d``'s account of ordinary input."""
        lines = self.said.decode("utf-8", "replace").strip().splitlines()
        return next((line for line in reversed(lines) if not _CHATTER.search(line)), "")

    def tag(self, record: bytes) -> bytes:
        """``record`` (without its NUL) tagged as a tagger nothing changed would tag it.

        A changed tagger differs only on unknown words (tagged from the open class)
        and on readings it was not trained on (whose search starts from it): a
        record with neither is tagged by it as by a fresh one, and one that turns
        out to hold such a reading is tagged again by a fresh one.
        """
        if self._changed and UNKNOWN_WORD in record:
            self._renew()
        answer, changed = self._exchange(record)
        if changed and self._changed:
            self._renew()
            answer, changed = self._exchange(record)
        self._changed |= changed
        return answer

    def _start(self) -> _Tagger:
        self.started += 1
        return _Tagger(self._spawn(self.argv))

    def _renew(self) -> None:
        """Retire the tagger in use; the spare (or a new one) takes over, and a new
        spare starts loading while the next records are tagged."""
        old = self._active
        with contextlib.suppress(OSError):
            old.stdin.close()         # it ends by itself; reaped later
        self._retired.append(old)
        self._changed = False
        self._active = self._spares.popleft() if self._spares else self._start()
        while len(self._spares) < SPARES:
            self._spares.append(self._start())
        self._reap(wait=False)

    def _exchange(self, record: bytes) -> tuple[bytes, bool]:
        """Send one record to the tagger in use, read its answer; and whether the
        tagger changed itself on it.  A fresh tagger first gets an empty record."""
        tagger = self._active
        if not tagger.primed:
            tagger.primed = True
            self._send(tagger, b"")
        return self._send(tagger, record)

    def _send(self, tagger: _Tagger, record: bytes) -> tuple[bytes, bool]:
        pending = record + b"\0"
        changed = False
        tail = b""
        while True:
            if b"\0" in tagger.buffer:
                answer, tagger.buffer = tagger.buffer.split(b"\0", 1)
                if not pending:
                    # Its messages about this record were written before the answer.
                    changed |= NEW_CLASS in tail + self._drain(tagger)
                    return answer, changed
            ready_out = [tagger.out, tagger.err]
            ready_in = [tagger.stdin] if pending else []
            readable, writable, _ = select.select(ready_out, ready_in, [], self.timeout)
            if not readable and not writable:
                raise TaggerFailure(f"gave no answer for {self.timeout:g} s (at {PROGRAM})")
            if writable:
                try:
                    written = os.write(tagger.stdin.fileno(), pending[:65536])
                except BlockingIOError:
                    written = 0
                except OSError as exc:
                    raise TaggerFailure(f"stopped: {PROGRAM} did not take the input ({exc})",
                                        ended=True) from None
                pending = pending[written:]
            if tagger.err in readable:
                said = os.read(tagger.err, 65536)
                changed |= NEW_CLASS in tail + said
                tail = said[-len(NEW_CLASS):]
                self.said = (self.said + said)[-_SAID:]
            if tagger.out in readable:
                chunk = os.read(tagger.out, 65536)
                if not chunk:
                    raise TaggerFailure(f"stopped at {PROGRAM}", ended=True)
                tagger.buffer += chunk
                if len(tagger.buffer) > 20 * len(record) + 65536:
                    raise TaggerFailure("sent an answer far longer than the text it was given")

    def _drain(self, tagger: _Tagger) -> bytes:
        """What the tagger has written to its error stream and not yet read."""
        said = b""
        while select.select([tagger.err], [], [], 0)[0]:
            chunk = os.read(tagger.err, 65536)
            if not chunk:
                break
            said += chunk
        self.said = (self.said + said)[-_SAID:]
        return said

    def _reap(self, *, wait: bool) -> None:
        for tagger in list(self._retired):
            if wait:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    tagger.proc.wait(timeout=5)
            if tagger.proc.poll() is not None:
                _close_streams(tagger.proc)
                self._retired.remove(tagger)

    def close(self) -> None:
        """End every tagger's input and reap them."""
        for tagger in (self._active, *self._spares):
            with contextlib.suppress(OSError):
                tagger.stdin.close()
            self._retired.append(tagger)
        self._spares.clear()
        self._reap(wait=True)

    def kill(self) -> None:
        """Kill every tagger process at once and reap them."""
        procs = self.processes()
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        for proc in procs:
            _close_streams(proc)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        self._retired.clear()
        self._spares.clear()


def _close_streams(proc: subprocess.Popen[bytes]) -> None:
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        with contextlib.suppress(OSError):
            if stream is not None:
                stream.close()
