"""Apertium modes with one stage more: a small real program that misbehaves.

Each mode is a system pair's own pipeline with a program of ours added, which
reads the NUL-separated records and passes them through, except:

* :func:`broken_modes`, at the end of eng-spa: on the second record each process
  sees (a text, or the batch's end mark) it duplicates it, drops it, splits it,
  hangs, exits 1 or floods its output; ``mute`` never answers.  It fails every
  batch of every fresh pipeline: a broken engine.
* :func:`poisoned_modes`, right before the generator, after the last transfer stage
  (eng-cat's ``apertium-postchunk`` segfaults there), so the stages after it still
  run: on a record holding :data:`POISON`, while the switch file exists, it crashes
  (SIGSEGV), hangs, or, for ``company``, crashes only when some record went
  through the same process before it (a fault that needs the engine's state, which
  a fresh pipeline does not have).  Removing the switch file (:func:`cure`) is a
  fixed engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

SYSTEM_MODES = Path("/usr/share/apertium/modes")
POISON = "xqzpoison"
"""A word no pair knows, so every stage passes it through as it is (in lower case: a
later step of a chain gets a capitalised word the first did not know as a code word)."""

_RECORDS = f"""#!{sys.executable}
import os, signal, sys, time
args = [a for a in sys.argv[1:] if a != "-z"]


def records():
    buffer = b""
    while chunk := os.read(0, 65536):
        buffer += chunk
        *done, buffer = buffer.split(b"\\0")
        yield from done


"""
BROKEN = _RECORDS + """behaviour = args[0]
for seen, record in enumerate(records(), start=1):
    if behaviour == "mute":
        continue
    if seen == 2 and behaviour == "hang":
        time.sleep(3600)
    if seen == 2 and behaviour == "exit1":
        sys.stderr.write("faulty stage: cannot go on\\n")
        sys.exit(1)
    if seen == 2 and behaviour == "drop":
        continue
    if seen == 2 and behaviour == "flood":
        while True:
            os.write(1, b"x" * 65536)
    os.write(1, record + b"\\0")
    if seen == 2 and behaviour == "duplicate":
        os.write(1, record + b"\\0")
    if seen == 2 and behaviour == "split":
        os.write(1, b"half of it\\0")
"""
POISONED = _RECORDS + f"""behaviour, switch = args
for seen, record in enumerate(records(), start=1):
    if b"{POISON}" in record and os.path.exists(switch) \\
            and (behaviour != "company" or seen > 1):
        sys.stderr.write("poisoned stage: giving up\\n")
        sys.stderr.flush()
        if behaviour == "hang":
            time.sleep(3600)
        os.kill(os.getpid(), signal.SIGSEGV)
    os.write(1, record + b"\\0")
"""


def _stage(folder: Path, program: str) -> Path:
    folder.mkdir(parents=True)
    stage = folder / "faulty-stage"
    stage.write_text(program, encoding="utf-8")
    stage.chmod(0o755)
    return stage


def broken_modes(root: Path, behaviour: str) -> Path:
    """A modes folder whose eng-spa pipeline ends in the broken stage."""
    folder = root / f"modes-{behaviour}"
    stage = _stage(folder, BROKEN)
    pipeline = (SYSTEM_MODES / "eng-spa.mode").read_text(encoding="utf-8").strip()
    (folder / "eng-spa.mode").write_text(f"{pipeline} | {stage} {behaviour}\n",
                                         encoding="utf-8")
    return folder


def poisoned_modes(root: Path, behaviour: str = "crash", pairs: tuple[str, ...] = ("eng-spa",),
                   healthy: tuple[str, ...] = ()) -> Path:
    """A modes folder whose ``pairs`` run the poisoned stage and whose ``healthy`` pairs
    are the system's; the switch is ``<folder>/poison-on`` (present: it fails)."""
    folder = root / f"modes-{behaviour}"
    stage = _stage(folder, POISONED)
    switch = folder / "poison-on"
    switch.touch()
    for pair in pairs:
        stages = (SYSTEM_MODES / f"{pair}.mode").read_text(encoding="utf-8").strip().split(" | ")
        generator = next(i for i, s in enumerate(stages) if s.startswith("lt-proc $1"))
        stages.insert(generator, f"{stage} {behaviour} {switch}")
        (folder / f"{pair}.mode").write_text(" | ".join(stages) + "\n", encoding="utf-8")
    for pair in healthy:
        (folder / f"{pair}.mode").symlink_to(SYSTEM_MODES / f"{pair}.mode")
    return folder


def cure(modes: Path) -> None:
    """The engine fixed: the poisoned stage passes every record through from now on."""
    (modes / "poison-on").unlink()
