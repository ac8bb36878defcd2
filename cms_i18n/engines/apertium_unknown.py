"""The words of a text that an Apertium pair does not know, and the hyphenated ones it knows whole.

Apertium passes a word it cannot analyse through untranslated ("Kyrgyzstan",
"Cybersecurity Cooperación"); with marks off, nothing in the output says so.  The
pair's own morphological analyser, the first stage of its mode, says it exactly:
``lt-proc -w`` prints an unknown word as ``^Kyrgyzstan/*Kyrgyzstan$``.  All texts go
through one ``lt-proc -z`` process (NUL-separated), so a run pays one process start.
The answer is a note for the editor, so any failure gives no words, never an error.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

_STREAM_SPECIAL = re.compile(r"([\\\[\]^$/@<>{}*#])")
_UNKNOWN = re.compile(r"\^((?:\\.|[^/$\\])*)/\*")
_UNESCAPE = re.compile(r"\\(.)")


def analyser_of(mode_file: Path) -> str | None:
    """The morphological analyser (the first ``.bin`` of the first stage) of a mode."""
    try:
        first = mode_file.read_text(encoding="utf-8").split("|")[0]
        tokens = shlex.split(first)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not tokens or Path(tokens[0]).name != "lt-proc":
        return None
    return next((token for token in tokens[1:] if token.endswith(".bin")), None)


def unknown_words(mode_file: Path, texts: Sequence[str], timeout: float = 60.0
                  ) -> list[list[str]]:
    """Per text, the words the mode's analyser does not know, in order, each once."""
    chunks = _analyse(mode_file, texts, timeout)
    if chunks is None:
        return [[] for _ in texts]
    found = []
    for chunk in chunks:
        words = [_UNESCAPE.sub(r"\1", m.group(1)) for m in _UNKNOWN.finditer(chunk)]
        found.append([w for w in dict.fromkeys(words) if sum(c.isalpha() for c in w) > 1])
    return found


def whole_words(mode_file: Path, words: Sequence[str], timeout: float = 60.0) -> set[str]:
    """The hyphenated ``words`` the mode's analyser knows as one word ("vice-president"),
    not as parts joined by a hyphen token; none when it cannot be asked."""
    chunks = _analyse(mode_file, words, timeout)
    if chunks is None:
        return set()
    return {word for word, chunk in zip(words, chunks, strict=True)
            if (m := _FIRST.match(chunk.strip())) and _UNESCAPE.sub(r"\1", m.group(1)) == word}


def common_words(mode_file: Path, words: Sequence[str], timeout: float = 60.0) -> set[str]:
    """The ``words`` (acronyms in capitals) the mode's analyser reads only as common
    words, with no reading as a name or an acronym ("RATS" → rat, "ICE" → ice; never
    "NATO", "WHO" or "US"); none when it cannot be asked."""
    return {word for word, found in readings(mode_file, words, timeout).items()
            if found and not any(_proper(r) for r in found)}


def feminine_plurals(mode_file: Path, words: Sequence[str], timeout: float = 60.0) -> set[str]:
    """The ``words`` the mode's analyser reads as a feminine plural noun and never as a
    masculine one ("fuerzas", "operaciones"; not "ataques"); none when it cannot be
    asked."""
    return {word for word, found in readings(mode_file, words, timeout).items()
            if any("<n><f><pl>" in r for r in found) and not any("<n><m>" in r for r in found)}


def name_readings(mode_file: Path, words: Sequence[str], timeout: float = 60.0
                  ) -> dict[str, tuple[bool, bool]]:
    """Each of ``words`` with whether the mode's analyser reads it as a given name
    ("Donald", "Condoleezza": ``<np><ant>``) and whether it has a reading of it as a
    common word, beside any as a name ("Trump" → trump, "Bush" → bush or Bush); no
    words when it cannot be asked."""
    return {word: (any("<np><ant>" in r for r in found), any(not _proper(r) for r in found))
            for word, found in readings(mode_file, words, timeout).items()}


_UNIT = re.compile(r"\^((?:\\.|[^/$\\])*)/((?:\\.|[^$\\])*)\$")


def headline_units(mode_file: Path, texts: Sequence[str], timeout: float = 60.0
                   ) -> list[tuple[set[str], set[str]]]:
    """Per text, read whole as the mode's analyser reads it: the words it reads only as
    common words, written so in its dictionary ("Talks" → talk), and those it reads as a
    common word or a given name ("Will"); a word inside a name it knows whole ("United
    States", "United Nations") or written with a capital in its dictionary ("Sudanese")
    is in neither.  Nothing when it cannot be asked."""
    chunks = _analyse(mode_file, texts, timeout)
    if chunks is None:
        return [(set(), set()) for _ in texts]
    found = []
    for chunk in chunks:
        common: set[str] = set()
        given: set[str] = set()
        for m in _UNIT.finditer(chunk):
            surface = _UNESCAPE.sub(r"\1", m.group(1))
            readings = _READINGS.findall("/" + m.group(2))
            if " " in surface or not readings:
                continue
            plain = [r for r in readings if not _proper(r)]
            names = [r for r in readings if _proper(r)]
            if not plain or any(r[:1].isupper() for r in plain):
                continue
            if not names:
                common.add(surface)
            elif all("<np><ant>" in r for r in names):
                given.add(surface)
        found.append((common, given))
    return found


def _proper(reading: str) -> bool:
    """Whether one reading is a name, an acronym or no reading at all (unknown)."""
    return reading.startswith("*") or "<np>" in reading or "<acr>" in reading


def readings(mode_file: Path, words: Sequence[str], timeout: float = 60.0
             ) -> dict[str, list[str]]:
    """Each of ``words`` with the analyser's readings of it ("China" →
    ["Chino<adj><f><sg>", "China<np><loc><f><sg>"]), in one process; none when it
    cannot be asked."""
    chunks = _analyse(mode_file, words, timeout)
    if chunks is None:
        return {}
    return {word: _READINGS.findall(chunk) for word, chunk in zip(words, chunks, strict=True)}


# The readings of one analysed word: "^RATS/rat<n><pl>$" → ["rat<n><pl>"].
_READINGS = re.compile(r"(?<=/)((?:\\.|[^/$\\])*)")
_FIRST = re.compile(r"\^((?:\\.|[^/$\\])*)/(?!\*)(?:\\.|[^$\\])*\$(?:\s*\[\])?$")


def _analyse(mode_file: Path, texts: Sequence[str], timeout: float) -> list[str] | None:
    """The analyser's output for each text (one ``lt-proc -z`` process), or None."""
    analyser = analyser_of(mode_file)
    binary = shutil.which("lt-proc")
    if analyser is None or binary is None or not texts:
        return None
    payload = b"".join(_STREAM_SPECIAL.sub(r"\\\1", text.replace("\0", " ")).encode("utf-8")
                       + b" []\0" for text in texts)      # see ModePipeline.translate
    try:
        done = subprocess.run([binary, "-z", "-w", analyser], input=payload,
                              capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    chunks = done.stdout.decode("utf-8", "replace").split("\0")
    if done.returncode != 0 or len(chunks) < len(texts):
        return None
    return chunks[:len(texts)]
