"""UTF-8 Cyrillic and Greek read as Windows-1252, with a byte that had no character.

Windows-1252 has no character for the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D.
A page read with it loses them (or shows U+FFFD, or an invisible C1 control),
so the second byte of "с" (D1 81), "э" (D1 8D), "я" (D1 8F), "А" (D0 90),
"Н" (D0 9D), Greek "ρ" (CF 81), "ύ" (CF 8D), "Ν" (CE 9D) and a few rarer
letters is gone: "безопасности" shows as "Ð±ÐµÐ·Ð¾Ð¿Ð°ÑÐ½Ð¾ÑÑ‚Ð¸", ftfy
decodes what it can and leaves "безопаÑноÑти".  The first byte alone ("Ñ")
says which letters it may have been; the letter model of the language
(:mod:`cms_i18n.clean.letters`) says which of them makes the word.  A word is
repaired only where one choice is clearly the likeliest; where it is not
("Ñ" alone, "с" or "я"), the word is left and the explanation says so
(:func:`unclear`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from cms_i18n.clean import letters
from cms_i18n.clean.edits import Edit

#: The bytes Windows-1252 has no character for.
LOST = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
#: Lead bytes whose second byte may be lost, as Windows-1252 shows them → the script.
LEADS = {"Ð": "cyrillic", "Ñ": "cyrillic", "Î": "greek", "Ï": "greek"}
#: A choice is made only when the best word costs this many bits less than the next.
MARGIN = 4.0
#: Of two readings that are both listed words, the one seen this many times more often wins.
SEEN_RATIO = 4
_MAX_SLOTS = 4


def _byte(ch: str) -> int | None:
    try:
        return ch.encode("sloppy-windows-1252")[0] if len(ch) == 1 else None
    except UnicodeEncodeError:
        return None


def _letter(lead: str, second: int) -> str | None:
    raw = bytes([_byte(lead) or 0, second])
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if decoded.isalpha() else None


_CANDIDATES = {lead: tuple(c for b in LOST if (c := _letter(lead, b))) for lead in LEADS}
_SCRIPT_RE = {"cyrillic": re.compile("[\u0400-\u04ff]"), "greek": re.compile("[\u0370-\u03ff]")}


@dataclass(frozen=True)
class Part:
    """One letter of a word: known (decoded already, or a whole UTF-8 pair), or a slot."""

    raw: str
    letter: str = ""
    lead: str = ""   # for a slot: the lead byte left of a letter whose second byte is lost


def _in_script(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff" or "\u0400" <= ch <= "\u04ff"


def _unit(line: str, i: int) -> Part | None:
    """The letter or slot starting at ``line[i]``, or None."""
    ch = line[i]
    if ch in LEADS:
        nxt = line[i + 1] if i + 1 < len(line) else ""
        second = _byte(nxt) if nxt and nxt != "\ufffd" else None
        if second is not None and 0x80 <= second <= 0xBF:
            letter = _letter(ch, second)
            return Part(ch + nxt, letter) if letter and _in_script(letter) else None
        return Part(ch + ("\ufffd" if nxt == "\ufffd" else ""), lead=ch)
    if _in_script(ch) and ch.isalpha():
        return Part(ch, ch)
    return None


def _words(line: str) -> Iterator[tuple[int, list[Part]]]:
    """Runs of Cyrillic or Greek letters (decoded, or UTF-8 pairs) and slots touching no
    other letter."""
    i = 0
    while i < len(line):
        part = _unit(line, i) if not (i and line[i - 1].isalpha()) else None
        if part is None:
            i += 1
            continue
        start, parts = i, []
        while part is not None:
            parts.append(part)
            i += len(part.raw)
            part = _unit(line, i) if i < len(line) else None
        if i < len(line) and line[i].isalpha():
            continue
        yield start, parts


def _short(candidates: tuple[str, ...]) -> str:
    return "/".join(candidates)


def _pick(model: letters.LetterModel,
          scored: list[tuple[float, str, tuple[str, ...]]]
          ) -> tuple[str, tuple[str, ...], bool, list[str]]:
    """The likeliest reading of a word, and whether it is clearly the likeliest.

    A reading that is a word the model's list holds beats those that are not; of
    two listed words, one seen :data:`SEEN_RATIO` times more often wins ("час"
    and "чая" are both words: neither is clear); where none is listed, the
    letter trigrams decide, by :data:`MARGIN` bits.
    """
    scored = sorted(scored)
    listed = sorted(((model.seen(text), text, combo) for _, text, combo in scored
                     if model.seen(text)), reverse=True)
    if listed:
        count, text, combo = listed[0]
        clear = len(listed) == 1 or count >= SEEN_RATIO * listed[1][0]
        return text, combo, clear, [t for _, t, _ in listed[:2]]
    bits, text, combo = scored[0]
    # An acronym's letters follow no word's ("КНР" or "КАР"): only the list tells.
    acronym = text.isupper() and len(text) <= 4
    clear = len(scored) == 1 or (scored[1][0] - bits >= MARGIN and not acronym)
    return text, combo, clear, [t for _, t, _ in scored[:2]]


@dataclass(frozen=True)
class Choice:
    """What a word with lost bytes was read as, or why it was left."""

    start: int
    before: str
    after: str
    note: str
    clear: bool


def _context(words: list[tuple[int, list[Part]]], k: int) -> str:
    """The script of the letters known in the words beside the ``k``-th one ("" if none)."""
    for _, parts in words[max(0, k - 1):k] + words[k + 1:k + 2]:
        known = [p.letter for p in parts if not p.lead]
        if known:
            return "cyrillic" if "\u0400" <= known[0] <= "\u04ff" else "greek"
    return ""


def _choices(line: str) -> Iterator[Choice]:
    words = list(_words(line))
    for k, (start, parts) in enumerate(words):
        slots = [p for p in parts if p.lead]
        known = [p for p in parts if not p.lead]
        if not slots or len(slots) > _MAX_SLOTS:
            continue
        scripts = {LEADS[p.lead] for p in slots}
        if len(scripts) != 1:
            continue
        script = scripts.pop()
        if not known and _context(words, k) != script:
            continue   # a lone "Ñ" is a letter of its own but among Russian words
        if not all(_SCRIPT_RE[script].match(p.letter) for p in known):
            continue
        model = letters.model(script)
        scored = []
        for combo in itertools.product(*(_CANDIDATES[p.lead] for p in slots)):
            fill = iter(combo)
            text = "".join(p.letter or next(fill) for p in parts)
            scored.append((model.word_bits(text), text, combo))
        best, combo, clear, rivals = _pick(model, scored)
        before = "".join(p.raw for p in parts)
        if clear:
            picks = ", ".join(dict.fromkeys(
                f"'{p.lead}' as '{c}' (of {_short(_CANDIDATES[p.lead])})"
                for p, c in zip(slots, combo, strict=True)))
            note = f"UTF-8 read as Windows-1252, a lost byte put back: {picks}"
        else:
            note = (f"UTF-8 read as Windows-1252, a byte lost: left as it is, "
                    f"{' or '.join(map(repr, rivals))} near as likely")
        yield Choice(start, before, best if clear else before, note, clear)


def fix_lost_bytes(line: str) -> list[Edit]:
    """Put back the letters whose second UTF-8 byte Windows-1252 lost, where one is clear.

    >>> [(e.before, e.after) for e in fix_lost_bytes("Совет безопаÑноÑти")]
    [('безопаÑноÑти', 'безопасности')]
    >>> [(e.before, e.after) for e in fix_lost_bytes("Ð±ÐµÐ·Ð¾Ð¿Ð°ÑÐ½Ð¾ÑÑ‚Ð¸")]
    [('Ð±ÐµÐ·Ð¾Ð¿Ð°ÑÐ½Ð¾ÑÑ‚Ð¸', 'безопасности')]
    >>> fix_lost_bytes("Ñandú, Ðe, Ïle")
    []
    """
    if line.isascii() or not any(lead in line for lead in LEADS):
        return []
    return [Edit(c.start, c.before, c.after, "mojibake", c.note)
            for c in _choices(line) if c.clear]


def unclear(line: str) -> list[tuple[int, str, str]]:
    """Words with a lost byte left as they are: (column, word, why), for the explanation."""
    if line.isascii() or not any(lead in line for lead in LEADS):
        return []
    return [(c.start, c.before, c.note) for c in _choices(line) if not c.clear]


def damaged_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the words a lost byte left a lead in ("безопаÑноÑти"): no other repair
    may read their leads as letters of a word of another script."""
    if line.isascii() or not any(lead in line for lead in LEADS):
        return []
    return [(start, start + sum(len(p.raw) for p in parts)) for start, parts in _words(line)
            if any(p.lead for p in parts) and not all(p.lead for p in parts)]
