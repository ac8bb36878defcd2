"""Russian, Ukrainian and Greek text in a single-byte code page, read as Windows-1252.

A page saved in Windows-1251 or KOI8-R (Cyrillic), Windows-1253 or ISO-8859-7
(Greek) and read as Windows-1252 or Latin-1 turns every letter into a Latin-1
one: "Совет" in Windows-1251 shows as "Ñîâåò", in KOI8-R as "óÏ×ÅÔ", Greek
"Το Συμβούλιο" as "Ôï Óõìâïýëéï".  ftfy does not see it: nothing in it is
UTF-8, and each character alone is a letter of some Western language.

What gives it away is the shape of its words: made only of the letters
U+00C0–U+00FF (and, per code page, a few signs such as "¸" for "ё" or "²"
for "і"), with no ASCII letter, several letters long.  Western text almost
never has such words; where it does (French "À", an "ÄÖÜ" listing umlauts, a
Hungarian "ÉÉÉ") they are short.  So a run of such words is read in each of
the four code pages, and replaced only where one reading is Russian or Greek
by the letter models (:mod:`cms_i18n.clean.letters`) and the words are long
enough for that to mean something.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from cms_i18n.clean import letters
from cms_i18n.clean.edits import Edit

#: Code page → (its name in notes, the letter model its text is read with).
CODE_PAGES = {"cp1251": ("Windows-1251", "cyrillic"), "koi8_r": ("KOI8-R", "cyrillic"),
              "cp1253": ("Windows-1253", "greek"), "iso8859_7": ("ISO-8859-7", "greek")}
#: At most this many bits a letter for a reading to be the language (genuine text: ~3).
MAX_COST = 4.6
#: At least this many letters in a run: shorter runs are too few to tell.
MIN_LETTERS = 6
#: The longest word of a run has at least this many letters.
MIN_WORD = 4
#: In a text that showed a code page's runs elsewhere, a run of it may cost this much
#: (a poet's rare word, a name).
MAX_COST_SEEN = 5.2
#: ... and a short run beside a Latin word needs this many letters ("Фото Reuters").
MIN_LETTERS_BESIDE_LATIN = 3


def _byte_of() -> dict[str, int]:
    """Each character a byte 0x80–0xFF shows as in Windows-1252 (or Latin-1) → the byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[bytes([byte]).decode("sloppy-windows-1252")] = byte
        table[chr(byte)] = byte
    return table


_BYTE_OF = _byte_of()


@cache
def _signs() -> str:
    """The characters that a letter of one of the code pages shows as, read as cp1252."""
    chars = set()
    for codec in CODE_PAGES:
        for byte in range(0x80, 0x100):
            try:
                letter = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            if letter.isalpha():
                chars.add(bytes([byte]).decode("sloppy-windows-1252"))
    return "".join(sorted(chars))


_SIGNS = _signs()
_WORD_RE = re.compile(f"[{re.escape(_SIGNS)}]+")
_LATIN1_LETTER = re.compile("[\u00c0-\u00ff]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_GREEK_PAGES = frozenset({"Windows-1253", "ISO-8859-7"})


def _decode(text: str, codec: str) -> str | None:
    try:
        return bytes(_BYTE_OF[ch] for ch in text).decode(codec)
    except (KeyError, UnicodeDecodeError):
        return None


@dataclass(frozen=True)
class Reading:
    """A run read in one code page, and how well it reads as that code page's language."""

    codec: str
    text: str
    cost: float


def readings(run: str, words: list[tuple[int, int]]) -> list[Reading]:
    """The run's words read in each code page, cheapest first (``words``: spans in ``run``)."""
    found: list[Reading] = []
    for codec, (_, model_name) in CODE_PAGES.items():
        parts: list[str] = []
        pos = 0
        for start, end in words:
            decoded = _decode(run[start:end], codec)
            if decoded is None or not all(ch.isalpha() or unicodedata.category(ch) in ("Pi", "Pf")
                                          for ch in decoded):
                break   # box drawing, a currency sign: no word of the language
            parts += [run[pos:start], decoded]
            pos = end
        else:
            text = "".join(parts) + run[pos:]
            found.append(Reading(codec, text, letters.model(model_name).cost(text)))
    found.sort(key=lambda r: r.cost)
    return found


def _candidate_words(line: str, signs_alone: bool = False) -> list[tuple[int, int]]:
    """Spans of words made only of the code pages' signs, with a Latin-1 letter (or,
    ``signs_alone``, without: Ukrainian "і" is "³"), touching no other letter ("Zürich"'s
    "ü" is no such word)."""
    spans = []
    for match in _WORD_RE.finditer(line):
        start, end = match.span()
        if (start and line[start - 1].isalpha()) or (end < len(line) and line[end].isalpha()):
            continue
        word = match.group()
        if len(word) > 2 and len(set(word)) == 1:
            continue   # "ÉÉÉ": one letter over and over is no word, in any language
        if signs_alone or _LATIN1_LETTER.search(word):
            spans.append((start, end))
    return spans


def _runs(line: str, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Words grouped into runs: neighbours with no letter between them."""
    runs: list[list[tuple[int, int]]] = []
    for span in words:
        if runs and not any(ch.isalpha() for ch in line[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


_NOTE_RE = re.compile("(" + "|".join(name for name, _ in CODE_PAGES.values())
                      + ") read as (?:Windows-1252|Latin-1)")


def pages_seen(notes: Iterable[str]) -> frozenset[str]:
    """The code pages (names as in notes) whose text these fix notes say was repaired."""
    return frozenset(m.group(1) for note in notes for m in _NOTE_RE.finditer(note))


def fix_code_pages(line: str, seen: frozenset[str] = frozenset()) -> list[Edit]:
    """Russian, Ukrainian or Greek in a single-byte code page, read as Windows-1252.

    ``seen`` names the code pages whose runs the same text has shown elsewhere:
    in such a text a short run ("Äÿêóþ." alone on a line, "³" for "і") read in
    one of them is repaired too, when it reads as the language.

    >>> [(e.before, e.after, e.note) for e in fix_code_pages("Ñîâåò áåçîïàñíîñòè.")]
    [('Ñîâåò áåçîïàñíîñòè', 'Совет безопасности', 'Windows-1251 read as Windows-1252')]
    >>> fix_code_pages("Les clés ÀÖÜ et ÉÉÉ, à Zürich.")
    []
    >>> [e.after for e in fix_code_pages("Äÿêóþ.", frozenset({"Windows-1251"}))]
    ['Дякую']
    """
    if line.isascii():
        return []
    if seen & _GREEK_PAGES:
        seen = seen | _GREEK_PAGES   # the two differ in three letters: one text shows either
    edits: list[Edit] = []
    # Beside a Latin word a run of one or two letters is that word's language ("à Paris").
    shortest = MIN_LETTERS_BESIDE_LATIN if _ASCII_LETTER.search(line) else 1
    for run in _runs(line, _candidate_words(line, signs_alone=bool(seen))):
        start, end = run[0][0], run[-1][1]
        letters_in = sum(e - s for s, e in run)
        short = letters_in < MIN_LETTERS or max(e - s for s, e in run) < MIN_WORD
        if short and (not seen or letters_in < shortest):
            continue
        text = line[start:end]
        found = readings(text, [(s - start, e - start) for s, e in run])
        if short:
            # Too short to tell the two Greek code pages apart: both must read it as
            # letters ("¢" is "Ά" in Windows-1253 but "’" in ISO-8859-7).
            read = {r.codec for r in found}
            found = [r for r in found if CODE_PAGES[r.codec][0] in seen and (
                CODE_PAGES[r.codec][1] != "greek" or {"cp1253", "iso8859_7"} <= read)]
        if found and CODE_PAGES[found[0].codec][0] in seen and not short:
            limit = MAX_COST_SEEN
        else:
            limit = MAX_COST
        if not found or found[0].cost > limit:
            continue
        best = found[0]
        name = CODE_PAGES[best.codec][0]
        read_as = "Latin-1" if re.search("[\x80-\x9f]", text) else "Windows-1252"
        edits.append(Edit(start, text, best.text, "mojibake", f"{name} read as {read_as}"))
    return edits


def cost_of(text: str) -> float:
    """The cheapest reading's bits a letter of ``text`` as a whole (for the benchmark)."""
    words = _candidate_words(text)
    found = readings(text, words) if words else []
    return found[0].cost if found else math.inf
