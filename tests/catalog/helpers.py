"""Shared test helpers: GNU gettext as the reference, and catalogue builders."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from cms_i18n.catalog import CatalogEntry
from cms_i18n.catalog.merge import UpdateResult
from cms_i18n.memory import Memory
from cms_i18n.pipeline import write_catalog

MSGFMT = shutil.which("msgfmt")
MSGCAT = shutil.which("msgcat")


def msgfmt_check(path: Path, *, allow_warnings: tuple[str, ...] = ()) -> None:
    """Assert that GNU msgfmt accepts ``path`` with every check on and says nothing.

    GNU gettext is a test requirement (Debian package ``gettext``): the point of these
    tests is agreement with it, so its absence is a failure, not a skip.
    """
    assert MSGFMT, "GNU msgfmt is required for the catalogue tests (apt-get install gettext)"
    proc = subprocess.run(
        [MSGFMT, "--check-format", "--check-header", "--check-domain", "-o", "/dev/null",
         str(path)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    noise = [line for line in proc.stderr.splitlines()
             if line.strip() and not any(allowed in line for allowed in allow_warnings)]
    assert not noise, proc.stderr


def pot_check(path: Path) -> None:
    """A template legitimately has an empty Language field."""
    msgfmt_check(path, allow_warnings=("'Language' still has the initial default value",))


def msgcat(text: str) -> str:
    """What GNU msgcat makes of a catalogue (its canonical layout)."""
    assert MSGCAT, "GNU msgcat is required for the catalogue tests (apt-get install gettext)"
    proc = subprocess.run([MSGCAT, "-"], input=text.encode("utf-8"), capture_output=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode("utf-8")


def unit(context: str, source: str, translation: str = "", line: int = 1,
         comments: tuple[str, ...] = (), path: str = "content/article.md",
         fuzzy: bool = True) -> CatalogEntry:
    """A CatalogEntry as the pipeline would pass it."""
    return CatalogEntry(context=context, source=source, translation=translation,
                        references=((path, line),), comments=comments, fuzzy=fuzzy)


def fake_mt(text: str) -> str:
    """A deterministic stand-in for a machine translation."""
    return "ES: " + text


def update(po: Path, entries: Sequence[CatalogEntry], memory: Memory, *,
           pot: Path | None = None) -> UpdateResult:
    """Merge ``entries`` into the Spanish catalogue the way the pipeline does: with the
    memory's record of what cms-i18n wrote, so its own suggestions are refreshed."""
    return write_catalog(po, entries, memory, lang="es", source_lang="en",
                         domain="content", pot_path=pot)
