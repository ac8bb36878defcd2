"""One running Apertium mode: its stages as our own children, every record checked.

A mode file is a shell pipeline (``lt-proc … | apertium-tagger … | …``).  Records go
in NUL-terminated and come out the same way, and three things can go wrong that
must never reach a catalogue or the translation memory:

* **A stage emits one record too many or too few.**  Every following unit would
  get its neighbour's translation.  Each record is therefore sent with its id in a
  superblank (``[cms-i18n:17]``, which Apertium passes through untouched, and
  which source text cannot forge since its brackets are escaped), and each batch
  ends with an end-of-batch record; an answer whose id is not the one expected,
  or an end mark that arrives early or late, fails the batch.
* **A stage hangs or goes mute.**  Reading waits at most ``timeout`` seconds for
  the next bytes; then the batch fails.  A stage that talks without ever ending a
  record is cut off once its answer is far larger than the question.
* **A stage exits** (status 1, a crash): the batch fails, naming the stage.

A failed batch raises :class:`BatchFailed`, which names the stage and carries the
answers that came back in step before the failure (see :mod:`.apertium_retry`,
which retries the rest on a fresh pipeline).  A failed pipeline is killed whole
and not used again.  Its stages are started
here, each one our own child, in one process group, and each asks the kernel
(``PR_SET_PDEATHSIG``) to kill it when the run that started it dies, so even
``kill -9`` of the run leaves no orphan behind; ``bash -c`` would make them its
children, out of our reach.  (Linux ties that signal to the starting thread,
so pipelines are started by the thread that runs the translation.)
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import select
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from cms_i18n.engines.apertium_tagger import TaggerFailure, TaggerStage, tagger_stage
from cms_i18n.engines.possessives import clitic_s
from cms_i18n.errors import EngineError

DEFAULT_TIMEOUT = 120.0
"""Seconds a pipeline may stay silent while records are pending (setting ``engine_timeout``)."""

# Characters the Apertium stream format reserves; escaped with a backslash, but for
# "^" (:data:`_CARET`) and "~", which the post-generator takes for its mark even
# escaped and drops ("Belarus ~ 500" came back "Belarús 500"): it travels as a
# superblank, as apertium-destxt sends it.
_RESERVED = re.compile(r"([\\\[\]^$/@<>{}~])")
# One left-to-right scan: an escaped character, or a superblank ``[...]``.
_TOKEN = re.compile(r"\\(.)|\[((?:\\.|[^\]\\])*)\]", re.DOTALL)
_ID = re.compile(rb"\A\s*\[cms-i18n:(\d+|end)\]")
# An answer may be this many times longer than its question (plus a margin).
_GROWTH = 20
_PR_SET_PDEATHSIG = 1

_TAGGED_REPAIRS: dict[str, Callable[[bytes], bytes]] = {"eng": clitic_s}
"""Per source analyser (a mode name's first part), a repair of the tagger's
readings applied to each record between the tagger and transfer."""


_CARET = "cms-i18n:caret"
"""A caret travels as this superblank: lrx-proc (apertium-lex-tools 0.4.2), a stage of
eng-spa and eng-cat, reads a ``^`` after a record's last word, escaped or in a
superblank, as the start of a word, and swallows the record's end and the next
record's start: the batch hangs, or its records come back out of step."""


def _escaped(match: re.Match[str]) -> str:
    """One reserved character as a record carries it."""
    mark = match.group(1)
    if mark == "~":
        return "[~]"
    return f"[{_CARET}]" if mark == "^" else "\\" + mark


def escape(text: str) -> str:
    r"""Turn plain text into an Apertium stream record.

    Line breaks become superblanks so that they pass through untouched, and so does
    a caret (:data:`_CARET`); a NUL, which would end the record, a blank.

    >>> escape("a/b [c]\nd^")
    'a\\/b \\[c\\][\n]d[cms-i18n:caret]'
    """
    escaped = _RESERVED.sub(_escaped, text.replace("\0", " "))
    return re.sub(r"\n+", lambda m: f"[{m.group(0)}]", escaped)


def unescape(record: str) -> str:
    r"""Turn an Apertium stream record back into plain text.

    >>> unescape('a\\/b \\[c\\][\n]d[cms-i18n:caret]')
    'a/b [c]\nd^'
    """
    def replace(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) == _CARET:
            return "^"
        return _TOKEN.sub(replace, match.group(2))

    return _TOKEN.sub(replace, record)


class BatchFailed(EngineError):
    """A batch the pipeline failed: the run stops with this message unless the batch is
    retried (:mod:`.apertium_retry`).

    ``reason`` is what went wrong, for a note on a text that fails alone
    (``apertium-postchunk of eng-cat crashed (SIGSEGV)``, and the pipeline's last
    message on stderr when there is one); ``answered`` the outputs
    that came back before the failure, each under the id it was sent with, in order.
    """

    def __init__(self, message: str, *, reason: str, answered: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.answered = list(answered)


def mode_stages(script: str, arguments: Sequence[str]) -> list[list[str]] | None:
    """The stages of a mode's pipeline script, ``$1``, ``$2`` … filled in.

    None when the script is more than a plain pipeline of quoted words (``;``,
    redirections, substitutions): such a script is run by ``bash`` instead.

    >>> mode_stages("lt-proc -z 'a b.bin' | lt-proc -z $1 'g.bin' | tagger $2 x", ["-n", ""])
    [['lt-proc', '-z', 'a b.bin'], ['lt-proc', '-z', '-n', 'g.bin'], ['tagger', 'x']]
    """
    lexer = shlex.shlex(script, posix=True, punctuation_chars="|&;<>()")
    lexer.whitespace_split = True
    stages: list[list[str]] = [[]]
    try:
        tokens = list(lexer)
    except ValueError:
        return None
    for token in tokens:
        if token == "|":
            stages.append([])
        elif set(token) & set("|&;<>()"):
            return None
        elif re.fullmatch(r"\$[1-9]", token):
            index = int(token[1:]) - 1
            value = arguments[index] if index < len(arguments) else ""
            if value:
                stages[-1].append(value)
        elif "$" in token or "`" in token:
            return None
        else:
            stages[-1].append(token)
    return stages if all(stages) else None


class ModePipeline:
    """One running mode pipeline; records in, records out, NUL-delimited and checked.

    Where the mode has an ``apertium-tagger`` stage, the pipeline runs in two
    chains with the tagger between them, fed one record at a time by the thread
    that translates (see :mod:`.apertium_tagger`): the tagger changes itself on
    some words, and a unit's translation must not depend on the units before it.
    """

    def __init__(self, mode_file: Path, arguments: Sequence[str], *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.name = mode_file.stem
        self.timeout = timeout
        try:
            script = subprocess.run(
                ["apertium-wblank-mode", "-z", str(mode_file)],
                check=True, capture_output=True, text=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError) as exc:
            raise EngineError(f"cannot read Apertium mode {self.name}: {exc}",
                              path=mode_file) from None
        stages = mode_stages(script, arguments)
        if stages is None:
            stages = [["bash", "-c", script, "apertium-pipeline", *arguments]]
        # Where the stages' complaints go, to quote in an error; closed by _reap().
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        self._procs: list[subprocess.Popen[bytes]] = []
        self._tagger: TaggerStage | None = None
        self._repair = _TAGGED_REPAIRS.get(self.name.split("-")[0])
        self._failed: str | None = None
        self._next_id = 0
        self._lock = threading.Lock()
        self._parent = os.getpid()
        self._group = 0
        self._libc = ctypes.CDLL(None, use_errno=True) if hasattr(os, "setpgid") else None
        at = tagger_stage(stages)
        try:
            if at is None:
                self._stdin, self._stdout = self._chain(stages)
            else:
                self._stdin, self._head = self._chain(stages[:at])
                self._tail, self._stdout = self._chain(stages[at + 1:])
                os.set_blocking(self._tail.fileno(), False)
                self._tagger = TaggerStage(stages[at], self._spawn_tagger, timeout)
        except OSError as exc:
            self.kill()
            raise EngineError(f"cannot start the Apertium pipeline {self.name}: "
                              f"{exc.strerror or exc}") from None

    @property
    def taggers_started(self) -> int:
        """How many tagger processes this pipeline has started (0 without a tagger)."""
        return self._tagger.started if self._tagger is not None else 0

    def _spawn(self, argv: list[str], stdin: IO[bytes] | int,
               stderr: IO[bytes] | int) -> subprocess.Popen[bytes]:
        """Start one stage as our child, in the pipeline's process group, killed with us."""
        group, parent, libc = self._group, self._parent, self._libc

        def child_setup() -> None:
            os.setpgid(0, group)
            if libc is not None:
                libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:      # the run died before the line above
                os._exit(1)

        proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=stderr,
                                bufsize=0, preexec_fn=child_setup)
        if not self._group:
            self._group = proc.pid
        return proc

    def _spawn_tagger(self, argv: list[str]) -> subprocess.Popen[bytes]:
        """A tagger, which may be started many times in a run: without ``preexec_fn``
        where Python can (a fork of the whole run costs more than the tagger's own
        start).  It needs no death signal: it only reads what this process writes
        to it, so the run's death ends its input and it exits."""
        if sys.version_info >= (3, 11) and self._group:
            return subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, bufsize=0,
                                    process_group=self._group)
        return self._spawn(argv, subprocess.PIPE, subprocess.PIPE)

    def _chain(self, stages: list[list[str]]) -> tuple[IO[bytes], IO[bytes]]:
        """Start ``stages`` piped one into the next; their first input and last output."""
        upstream: IO[bytes] | int = subprocess.PIPE
        first: IO[bytes] | None = None
        for argv in stages:
            proc = self._spawn(argv, upstream, self._stderr)
            if first is None:
                assert proc.stdin is not None
                first = proc.stdin
            else:
                assert self._procs[-1].stdout is not None
                self._procs[-1].stdout.close()   # the next stage owns that end now
            self._procs.append(proc)
            assert proc.stdout is not None
            upstream = proc.stdout
        assert first is not None and not isinstance(upstream, int)
        return first, upstream

    # -- translating ------------------------------------------------------------

    def translate(self, records: Sequence[str]) -> list[str]:
        """Send all records, then read as many answers back, each checked by its id.

        A writer thread feeds stdin while this thread reads stdout, so a large
        batch never deadlocks on full pipe buffers.
        """
        with self._lock:
            if self._failed:
                raise EngineError(f"the Apertium pipeline {self.name} failed earlier "
                                  f"({self._failed}) and was stopped")
            first = self._next_id
            self._next_id += len(records)
            # A trailing blank and an empty superblank let the analyser finish the
            # last word before the flush: without the blank, final punctuation waits
            # for input that never comes; without the superblank, a word that could
            # start a longer multiword (es "a favor [de]") is dropped at the flush.
            payload = b"".join(f"[cms-i18n:{first + i}]{escape(r)} []\0".encode()
                               for i, r in enumerate(records)) + b"[cms-i18n:end] \0"
            try:
                if self._tagger is None:
                    return self._exchange(payload, first, len(records))
                return self._exchange_through_tagger(payload, first, len(records))
            except EngineError as exc:
                self._failed = exc.message
                self.kill()
                raise

    def _exchange(self, payload: bytes, first: int, count: int) -> list[str]:
        writer = _Writer(self._stdin, payload)
        outputs = self._collect(first, count, _GROWTH * len(payload) + 65536)
        if writer.finish():
            raise self._error(f"did not take the input ({writer.error})", answered=outputs)
        return outputs

    def _exchange_through_tagger(self, payload: bytes, first: int, count: int) -> list[str]:
        """The first chain's records, one by one through the tagger, into the second.

        This thread moves the records (and starts any fresh tagger); another one
        collects the answers.  Whichever of them fails first names the failure.
        """
        assert self._tagger is not None
        limit = _GROWTH * len(payload) + 65536
        writer = _Writer(self._stdin, payload)
        collector = _Collector(lambda into: self._collect(first, count, limit, into))
        try:
            self._relay(count + 1, limit, collector)
        except BatchFailed as failure:
            earlier = collector.error if collector.done.is_set() else None
            if earlier is None:         # it waits on a chain that will say no more
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self._group, signal.SIGKILL)
            collector.join()
            writer.finish()
            if earlier is not None:
                raise earlier from None
            # What the second chain gave back before the kill is still in step.
            failure.answered = list(collector.outputs)
            raise
        collector.join()
        if collector.error is not None:
            raise collector.error
        if writer.finish():
            raise self._error(f"did not take the input ({writer.error})",
                              answered=collector.outputs)
        return collector.outputs

    def _relay(self, records: int, limit: int, collector: _Collector) -> None:
        """Move ``records`` records from the first chain through the tagger into the second."""
        assert self._tagger is not None
        head, tail = self._head.fileno(), self._tail.fileno()
        buffer = b""
        waiting: deque[bytes] = deque()
        for _ in range(records):
            while not waiting:
                ready, _, _ = select.select([head], [], [], self.timeout)
                if not ready:
                    raise self._error(f"gave no answer for {self.timeout:g} s")
                chunk = os.read(head, 65536)
                if not chunk:
                    raise self._error("stopped before the tagger", ended=True)
                *done, buffer = (buffer + chunk).split(b"\0")
                waiting.extend(done)
                if len(buffer) > limit:
                    raise self._error("sent an answer far longer than the text it was given")
            try:
                tagged = self._tagger.tag(waiting.popleft())
                if self._repair is not None:
                    tagged = self._repair(tagged)
            except TaggerFailure as exc:
                raise self._error(exc.what, ended=exc.ended) from None
            if not self._send(tail, tagged + b"\0", collector):
                return                          # the second chain stopped: see the collector

    def _send(self, fd: int, data: bytes, collector: _Collector) -> bool:
        """Write ``data`` to the second chain; False once that chain is gone.

        No deadline of its own: a chain that stops reading stops answering too,
        and the collector's deadline names it.
        """
        while data:
            if collector.done.is_set() and collector.error is not None:
                return False
            _, ready, _ = select.select([], [fd], [], 0.2)
            if not ready:
                continue
            try:
                data = data[os.write(fd, data):]
            except BlockingIOError:
                continue
            except OSError:
                return False
        return True

    def _collect(self, first: int, count: int, limit: int,
                 outputs: list[str] | None = None) -> list[str]:
        """Read the last chain's answers until the end-of-batch record, each checked.

        ``outputs``: where to put them, so another thread can see how far it got.
        """
        outputs = [] if outputs is None else outputs
        buffer = b""
        fd = self._stdout.fileno()
        while True:
            ready, _, _ = select.select([fd], [], [], self.timeout)
            if not ready:
                raise self._error(f"gave no answer for {self.timeout:g} s "
                                  f"({len(outputs)} of {count} records back)", answered=outputs)
            chunk = os.read(fd, 65536)
            if not chunk:
                raise self._error(f"stopped after {len(outputs)} of {count} records",
                                  ended=True, answered=outputs)
            buffer += chunk
            *done, buffer = buffer.split(b"\0")
            if len(buffer) > limit:
                raise self._error("sent an answer far longer than the text it was given",
                                  answered=outputs)
            for record in done:
                tag = _ID.match(record)
                expected = first + len(outputs)
                if tag is None or tag.group(1) == b"end":
                    if tag is not None and len(outputs) == count:
                        return outputs
                    raise self._error(f"answered out of step: {len(outputs)} of {count} "
                                      "records came back before the end of the batch "
                                      "(a stage dropped or split a record)",
                                      ended=True, answered=outputs)
                if int(tag.group(1)) != expected:
                    raise self._error(f"answered out of step: record {tag.group(1).decode()} "
                                      f"came back where record {expected} was due "
                                      "(a stage duplicated or dropped a record)",
                                      ended=True, answered=outputs)
                if len(outputs) == count:
                    raise self._error("sent more records than it was given", answered=outputs)
                outputs.append(unescape(record[tag.end():].decode("utf-8", "replace")))

    def _error(self, what: str, *, ended: bool = False,
               answered: Sequence[str] = ()) -> BatchFailed:
        """An error naming the pipeline, any stage that exited, and its last word.

        ``ended``: the output closed or went out of step, so a stage may be exiting
        (the stages after one that crashed pass on what they held); give it a moment
        to be seen exit.  ``answered``: the records back in step so far.
        """
        exited: list[tuple[str, str]] = []      # (stage, how it ended)
        settle = time.monotonic() + (1.0 if ended else 0.0)
        stages = list(self._procs)
        if self._tagger is not None:
            stages.append(self._tagger.process)
        for proc in reversed(stages):      # the stage that ended is usually late
            code = proc.poll()
            # Once one is found, the stages before it are left as they are: they exit
            # only when their input ends, which is ours to close.
            if code is None and not exited and time.monotonic() < settle:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    code = proc.wait(timeout=max(0.0, settle - time.monotonic()))
            if code is not None and code != 0:
                program = proc.args[0] if isinstance(proc.args, list) else proc.args
                exited.insert(0, (Path(str(program)).name, _ended(code)))
        said = []
        with contextlib.suppress(OSError, ValueError):
            self._stderr.seek(0)
            said = self._stderr.read()[-2000:].decode("utf-8", "replace").strip().splitlines()
        last = (said[-1] if said else
                self._tagger.last_message() if self._tagger else "")[:200]
        detail = "; ".join(f"{stage} {how}" for stage, how in exited)
        if last:
            detail += ("; " if detail else "") + f"last message: {last}"
        if exited:
            # A stage killed by SIGPIPE wrote to one that had died: the victim, not the cause.
            stage, how = next((e for e in exited if e[1] != _ended(-signal.SIGPIPE)),
                              exited[0])
            reason = f"{stage} of {self.name} {how}" + (f'; last message: "{last}"'
                                                         if last else "")
        else:
            reason = f"the pipeline {self.name} {what}"
        return BatchFailed(f"the Apertium pipeline {self.name} {what}"
                           + (f" ({detail})" if detail else "")
                           + "; this batch was not used and the run stopped",
                           reason=reason, answered=answered)

    # -- stopping ---------------------------------------------------------------

    def kill(self) -> None:
        """Stop every stage at once (the whole process group) and reap them."""
        if self._group:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._group, signal.SIGKILL)
        for proc in self._procs:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        if self._tagger is not None:
            self._tagger.kill()
        self._reap()

    def close(self) -> None:
        """End the input and let the stages finish; kill any that do not."""
        with contextlib.suppress(OSError, AttributeError):
            self._stdin.close()
        if self._tagger is not None:
            self._tagger.close()
            with contextlib.suppress(OSError, AttributeError):
                self._tail.close()      # the tagger's answers end here
        for proc in self._procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()
                break
        self._reap()

    def _reap(self) -> None:
        for proc in self._procs:
            for stream in (proc.stdin, proc.stdout):
                with contextlib.suppress(OSError):
                    if stream is not None:
                        stream.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self._stderr.close()


def _ended(code: int) -> str:
    """How a stage ended: ``exited with status 1``, or ``crashed (SIGSEGV)`` for a signal.

    >>> _ended(1), _ended(-11)
    ('exited with status 1', 'crashed (SIGSEGV)')
    """
    if code >= 0:
        return f"exited with status {code}"
    try:
        return f"crashed ({signal.Signals(-code).name})"
    except ValueError:
        return f"crashed (signal {-code})"


class _Writer:
    """Feeds a batch to the pipeline's first stage from a thread of its own."""

    def __init__(self, stream: IO[bytes], payload: bytes) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, args=(stream, payload),
                                        daemon=True)
        self._thread.start()

    def _write(self, stream: IO[bytes], payload: bytes) -> None:
        """All of ``payload``: one write to a pipe may take only part of it."""
        try:
            view = memoryview(payload)
            while view:
                view = view[stream.write(view) or 0:]
            stream.flush()
        except BaseException as exc:
            self.error = exc

    def finish(self) -> bool:
        """Wait for the writing to end; True when it failed."""
        self._thread.join()
        return self.error is not None


class _Collector:
    """Reads the answers in a thread of its own while the records are still moving."""

    def __init__(self, collect: Callable[[list[str]], list[str]]) -> None:
        self.outputs: list[str] = []        # filled as the answers come, in step
        self.error: BatchFailed | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(collect,), daemon=True)
        self._thread.start()

    def _run(self, collect: Callable[[list[str]], list[str]]) -> None:
        try:
            collect(self.outputs)
        except BatchFailed as exc:
            self.error = exc
        except (OSError, ValueError) as exc:    # its stream closed under it by a kill
            self.error = BatchFailed(f"stopped reading ({exc})", reason=f"stopped reading ({exc})",
                                     answered=self.outputs)
        finally:
            self.done.set()

    def join(self) -> None:
        self._thread.join()
