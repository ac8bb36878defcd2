"""Homoglyph repair: Cyrillic and Greek letters typed inside English words.

``Нeads`` with a Cyrillic ``Н`` looks like "Heads" to a reader and like an
unknown word to a translation engine.  A letter is replaced only where the
evidence is strong:

* inside a word that is otherwise Latin, a Cyrillic or Greek letter with a
  Latin look-alike becomes that letter, in the same case (``Нeads`` → ``Heads``);
* a single Cyrillic letter standing alone between English words becomes its
  Latin look-alike (``has а plan`` → ``has a plan``);
* inside a word that is mostly Cyrillic, a Latin look-alike becomes Cyrillic
  (``Шoйгу`` with a Latin ``o`` → ``Шойгу``).

Genuine Russian and Greek words, names and quotations have no Latin letter in
them and are never touched; Greek letters used as mathematical symbols (``α``,
``π``, ``iπ``, ``2πr``, ``αx``) stay, because a lone Greek lower-case letter is
a symbol, a word mixing a Greek letter without a Latin look-alike is maths, and
a Greek lower-case letter is only mapped inside a word of three or more letters
with at least two Latin ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources

from cms_i18n.clean.edits import Edit
from cms_i18n.clean.structure import overlaps


def _load_table() -> tuple[dict[str, str], dict[str, str]]:
    """Read ``data/homoglyphs.tsv`` → ({letter: Latin}, {Latin: Cyrillic})."""
    to_latin: dict[str, str] = {}
    to_cyrillic: dict[str, str] = {}
    text = resources.files("cms_i18n.clean").joinpath("data/homoglyphs.tsv").read_text("utf-8")
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        letter, latin, script, *_ = row.split("\t")
        to_latin[letter] = latin
        # Only letters of the Russian alphabet go the other way.
        if script == "Cyrl" and ("А" <= letter <= "я") and latin.isascii():
            to_cyrillic.setdefault(latin, letter)
    return to_latin, to_cyrillic


TO_LATIN, TO_CYRILLIC = _load_table()
_LATIN_TRANS = str.maketrans(TO_LATIN)
_CYRILLIC_TRANS = str.maketrans(TO_CYRILLIC)

_FOREIGN_RE = re.compile("[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def to_latin_view(text: str) -> str:
    """Every look-alike letter replaced by its Latin twin (for matching, not output).

    >>> to_latin_view("Rеаd mоrе")
    'Read more'
    """
    return text.translate(_LATIN_TRANS)


def _script(ch: str) -> str:
    """'L' Latin, 'C' Cyrillic, 'G' Greek, 'O' another script, '' not a letter."""
    if ch.isascii():
        return "L" if ch.isalpha() else ""
    code = ord(ch)
    if 0x0300 <= code <= 0x036F:
        return ""
    if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return "L" if ch.isalpha() else ""
    if 0x0400 <= code <= 0x052F:
        return "C"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "G" if ch.isalpha() else ""
    if 0x02B0 <= code <= 0x02FF:   # modifier letters: ʼ ʻ …
        return ""
    return "O" if ch.isalpha() else ""


def _counts(word: str) -> dict[str, int]:
    counts = {"L": 0, "C": 0, "G": 0, "O": 0, "": 0}
    for ch in word:
        counts[_script(ch)] += 1
    return counts


def _fix_mixed(word: str, context: str) -> tuple[str, str] | None:
    """The repaired form of a word mixing Latin with Cyrillic/Greek, and why.

    ``context`` is the script of the words around it ('L', 'C' or '') and
    decides when the word could go either way (``сорy`` is "copy" in an
    English sentence and "сору" in a Russian one).
    """
    counts = _counts(word)
    latin, cyr, greek = counts["L"], counts["C"], counts["G"]
    foreign = cyr + greek
    if not foreign or not latin or counts["O"]:
        return None
    foreign_letters = [ch for ch in word if _script(ch) in ("C", "G")]
    to_latin = all(ch in TO_LATIN for ch in foreign_letters)
    if to_latin and any(ch.islower() and _script(ch) == "G" for ch in foreign_letters):
        # α, ν, ρ, χ, κ … are symbols; only a real word makes them letters.
        to_latin = len(word) >= 3 and latin >= 2
    to_cyrillic = not greek and all(ch in TO_CYRILLIC for ch in word if _script(ch) == "L")
    if to_latin and to_cyrillic:
        to_latin = context == "L" if context else latin >= foreign
        to_cyrillic = not to_latin
    if to_latin:
        return word.translate(_LATIN_TRANS), "look-alike letter in a Latin word"
    if to_cyrillic and (cyr >= latin or context == "C"):
        return word.translate(_CYRILLIC_TRANS), "Latin letter in a Cyrillic word"
    return None


def _pure_script(word: str) -> str:
    """'L' or 'C' for a word written in one of those scripts only, else ''."""
    counts = _counts(word)
    if counts["L"] and not (counts["C"] or counts["G"] or counts["O"]):
        return "L"
    if counts["C"] and not (counts["L"] or counts["G"] or counts["O"]):
        return "C"
    return ""


def _is_latin_word(word: str | None) -> bool:
    if word is None:
        return False
    counts = _counts(word)
    if not counts["L"] or counts["O"]:
        return False
    return all(ch in TO_LATIN for ch in word if _script(ch) in ("C", "G"))


def fix_homoglyphs(line: str, protected: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """Edits replacing look-alike letters in one line.

    >>> [(e.before, e.after) for e in fix_homoglyphs("Нeads of state met in а hall")]
    [('Нeads', 'Heads'), ('а', 'a')]
    >>> [(e.before, e.after) for e in fix_homoglyphs("a сорy of the report, Шoйгу said")]
    [('сорy', 'copy'), ('Шoйгу', 'Шойгу')]
    >>> fix_homoglyphs("Шойгу told ТАСС that e^(iπ) = -1 and α > π")
    []
    """
    if not _FOREIGN_RE.search(line):
        return []
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(line)]
    scripts = [_pure_script(w) for _, _, w in words]
    edits: list[Edit] = []
    for index, (start, end, word) in enumerate(words):
        if not _FOREIGN_RE.search(word) or overlaps(protected, start, end):
            continue
        around = scripts[max(0, index - 2):index] + scripts[index + 1:index + 3]
        latin, cyrillic = around.count("L"), around.count("C")
        context = "L" if latin > cyrillic else "C" if cyrillic > latin else ""
        fixed = _fix_mixed(word, context)
        if fixed is None and len(word) == 1:
            fixed = _fix_lone(line, words, index)
        if fixed is None:
            continue
        new, note = fixed
        edits.append(Edit(start, word, new, "homoglyph", note))
    return edits


def _fix_lone(line: str, words: list[tuple[int, int, str]], index: int) -> tuple[str, str] | None:
    """A single look-alike letter standing alone between English words (``has а plan``).

    It needs spaces on both sides, at least one English neighbour and no other
    kind of neighbour.  Greek lower-case letters alone are symbols (``α``,
    ``π``) and stay, and so does a lone lower-case letter other than ``а``
    ("the Cyrillic letter ј").  Whole words of look-alike letters are not
    touched: ``сор`` and ``ТАСС`` are Russian words.
    """
    start, end, word = words[index]
    if len(word) != 1 or word not in TO_LATIN or (_script(word) == "G" and word.islower()):
        return None
    latin = word.translate(_LATIN_TRANS)
    if not (latin.isupper() or latin == "a"):
        # Only "a" is an English word of one lower-case letter; a lone "ј" or "р"
        # is the letter itself ("the Cyrillic letter ј").  Capitals are labels
        # (Plan В, Group С) and mistyped "A" and "I".
        return None
    before_ok = start == 0 or line[start - 1] in " \t"
    after_ok = end == len(line) or line[end] in " \t"
    prev_word = words[index - 1][2] if index else None
    next_word = words[index + 1][2] if index + 1 < len(words) else None
    if (before_ok and after_ok and (prev_word or next_word)
            and all(_is_latin_word(w) for w in (prev_word, next_word) if w)):
        return latin, "look-alike letter between English words"
    return None
