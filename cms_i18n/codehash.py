"""Hashes of the product's own code, so that what a run remembers is dropped when the
code that made it changes.

The translation memory keeps cleaned texts and engine drafts from run to run.  A
draft depends on the engine's data (Apertium's modes, an Argos model: the engine's
``version_for``) and on the product's code around the engine: the glossary's
stand-ins and swap-back, the repairs of each engine's output, the typography of the
target language.  Rather than a label someone must remember to change with every
repair, the memory's keys carry a hash of that code itself: a new version of the
product cleans and translates again what its code would now do differently, and an
unchanged one reuses everything.

>>> code_fingerprint("segment.py") == code_fingerprint("segment.py")
True
>>> code_fingerprint("segment.py") != code_fingerprint("sentences.py")
True
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: The package's own folder: the parts below are paths inside it.
PACKAGE = Path(__file__).parent

#: What turns a raw text into the text that is translated (the cleaner's list of
#: function words is read by a module of its own, its words in the cleaner's data).
CLEANING_CODE = ("clean", "segment.py", "stopwords.py")

#: What turns a cleaned text into the draft the memory keeps, besides the engine's
#: own data: the engines and their repairs, the glossary's enforcement, the
#: sentence splitting, the markup masks and the target language's numbers and
#: typography.  The sentence splitting reads the cleaner's line blocks to keep a
#: wrapped paragraph's sentences whole, so ``clean/structure.py`` is hashed here too, with
#: the server messages it tells from code (``clean/server.py``).
TRANSLATION_CODE = ("engines", "glossary", "sentences.py", "markup.py",
                    "target_numbers.py", "target_typography.py", "catalog/numbers.py",
                    "stopwords.py", "clean/structure.py", "clean/server.py")


def fingerprint_files(root: Path, parts: tuple[str, ...]) -> str:
    """SHA-256 of every file under ``parts`` (files or folders inside ``root``),
    path and bytes, in path order; compiled bytecode is left out, since the
    interpreter writes it beside the source without changing what it does.  A part
    that is not there is an error: a module renamed without its name here would
    otherwise leave the hash, and its changes would no longer reach the memory."""
    digest = hashlib.sha256()
    files: set[Path] = set()
    for part in parts:
        path = root / part
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or folder to hash")
        files.update(path.rglob("*") if path.is_dir() else [path])
    for path in sorted(files):
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def code_fingerprint(*parts: str) -> str:
    """:func:`fingerprint_files` of the installed package, once per process."""
    return fingerprint_files(PACKAGE, parts)
