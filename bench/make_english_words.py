"""Build the English word list the cleaner reads a look-alike letter by its sound with.

Run:  .venv/bin/python bench/make_english_words.py

Reads the SCOWL word lists Debian ships in its ``wamerican`` and ``wbritish``
packages (``apt-get install wamerican wbritish``: ``/usr/share/dict/american-english``
and ``british-english``) and writes ``cms_i18n/clean/data/english/words.txt.gz``:
the words of both lists lower-cased, one a line, sorted, with no possessive or
other word with an apostrophe, no word with a letter outside a–z (``Düsseldorf``)
and no word of one letter.  The file opens with ``#`` lines naming the packages,
their versions and the licence; the licence's notice, which must travel with
every copy, is copied to ``COPYING`` beside it.  The gzip stream has no
timestamp, so the same lists give the same bytes.  The cleaner reads only the
shipped file, never ``/usr/share/dict``.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "cms_i18n" / "clean" / "data" / "english"
#: Debian package → the word list it installs.
SOURCES = {"wamerican": Path("/usr/share/dict/american-english"),
           "wbritish": Path("/usr/share/dict/british-english")}
WORD_RE = re.compile(r"[a-z]{2,}")


def version(package: str) -> str:
    shown = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                           capture_output=True, text=True, check=False)
    if shown.returncode != 0 or not shown.stdout:
        raise SystemExit(f"{package} is not installed: apt-get install {package}")
    return shown.stdout


def words_of(listing: str) -> set[str]:
    """The list's words as the cleaner compares them: lower-case a–z, two letters or more."""
    return {row.lower() for row in listing.split()
            if "'" not in row and WORD_RE.fullmatch(row.lower())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copyright", type=Path,
                        default=Path("/usr/share/doc/wamerican/copyright"),
                        help="the packages' licence notice, copied to COPYING")
    args = parser.parse_args()
    words: set[str] = set()
    header = ["# English words, lower-cased, one a line: the union of SCOWL's word lists as",
              "# Debian ships them, rebuilt by bench/make_english_words.py from"]
    for package, path in SOURCES.items():
        words |= words_of(path.read_text("utf-8"))
        header.append(f"#   {package} {version(package)} ({path})")
    header += ["# SCOWL is Copyright 2000-2011 by Kevin Atkinson and others; used under its",
               "# permissive licence, whose notice is in COPYING beside this file."]
    text = "\n".join(header + sorted(words)) + "\n"
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "words.txt.gz"
    target.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
    shutil.copyfile(args.copyright, OUT / "COPYING")
    print(f"{len(words)} words → {target.relative_to(ROOT)} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
