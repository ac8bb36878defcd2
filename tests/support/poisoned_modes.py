"""Apertium modes with one stage more: a small real program that fails on one text.

The mode is a system pair's own pipeline with the program put right before its
generator, after the last transfer stage (eng-cat's ``apertium-postchunk``
segfaults there), so the stages after it still run.  The program passes every
record through, except one holding :data:`POISON` while the switch file exists:
then it crashes (SIGSEGV), hangs, or, for ``company``, crashes only when some
record went through the same process before it (a fault that needs the engine's
state, which a fresh pipeline does not have).
Removing the switch file is a fixed engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

SYSTEM_MODES = Path("/usr/share/apertium/modes")
POISON = "Xqzpoison"
"""A word no pair knows, so every stage passes it through as it is."""

STAGE = f"""#!{sys.executable}
import os, signal, sys, time
behaviour, switch = [a for a in sys.argv[1:] if a != "-z"]
seen, buffer = 0, b""
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    buffer += chunk
    *records, buffer = buffer.split(b"\\0")
    for record in records:
        seen += 1
        if b"{POISON}" in record and os.path.exists(switch) \\
                and (behaviour != "company" or seen > 1):
            sys.stderr.write("poisoned stage: giving up\\n")
            sys.stderr.flush()
            if behaviour == "hang":
                time.sleep(3600)
            os.kill(os.getpid(), signal.SIGSEGV)
        os.write(1, record + b"\\0")
"""


def poisoned_modes(root: Path, behaviour: str = "crash", pairs: tuple[str, ...] = ("eng-spa",),
                   healthy: tuple[str, ...] = ()) -> Path:
    """A modes folder whose ``pairs`` run the poisoned stage and whose ``healthy`` pairs
    are the system's; the switch is ``<folder>/poison-on`` (present: it fails)."""
    folder = root / f"modes-{behaviour}"
    folder.mkdir(parents=True)
    stage = folder / "faulty-stage"
    stage.write_text(STAGE, encoding="utf-8")
    stage.chmod(0o755)
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
