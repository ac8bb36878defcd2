"""Line-break opportunities and display widths, as GNU gettext uses them to wrap strings.

``msgcat``, ``msgmerge`` and ``xgettext`` wrap PO strings at the break opportunities
of the Unicode line breaking algorithm (UAX #14) as implemented by GNU libunistring.
A catalogue that is wrapped any other way gets re-wrapped the first time somebody runs
a gettext tool on it, and every such run is a noisy git diff.  This module reproduces
that behaviour in pure Python so that the files we write are already in the shape the
gettext tools give them.

The line-break class of a character is derived from its Unicode general category plus
a table of the characters whose class differs from what the category suggests
(punctuation, quotes, dashes, spaces, currency, CJK, Hangul).  The pair table below was
measured against libunistring 1.0 (the library GNU gettext 0.21 links): ``_`` means a
direct break is allowed between the two classes, ``%`` a break only when spaces separate
them, ``^`` never.  The tests compare the result with libunistring and ``msgcat``.

>>> [i for i, kind in enumerate(break_opportunities("de-facto rule")) if kind == BREAK]
[3, 9]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

# Classes that take part in the pair table, in table order.
_CLASSES = ("OP", "CL", "CP", "QU", "GL", "NS", "EX", "SY", "IS", "PR", "PO", "NU", "AL",
            "HL", "ID", "IN", "HY", "BA", "BB", "B2", "ZW", "CM", "WJ", "ZWJ", "H2", "H3",
            "JL", "JV", "JT", "RI", "EB", "EM")

# Row: class before the break; column: class after it (spaces between handled apart).
_PAIRS = """
OP ^^^^^^^^^^^^^^^^^^^^^%^%^^^^^^^^
CL _^^%%^^^^%%____%%%__^%^%________
CP _^^%%%^^^%%%%%_%%%__^%^%________
QU ^^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%
GL %^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%
NS _^^%%%^^^______%%%__^%^%________
EX _^^%%%^^^______%%%__^%^%________
SY _^^%%%^^^__%_%_%%%__^%^%________
IS _^^%%%^^^__%___%%%__^%^%________
PR %^^%%%^^^__%%%%%%%__^%^%%%%%%_%%
PO %^^%%%^^^__%%%_%%%__^%^%________
NU %^^%%%^^^%%%%%_%%%__^%^%________
AL %^^%%%^^^%%%%%_%%%__^%^%________
HL %^^%%%^^^%%%%%_%%%__^%^%________
ID _^^%%%^^^_%____%%%__^%^%________
IN _^^%%%^^^______%%%__^%^%________
HY _^^%_%^^^__%___%%%__^%^%________
BA _^^%_%^^^______%%%__^%^%________
BB %^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%
B2 _^^%%%^^^______%%%_^^%^%________
ZW ____________________^___________
CM %^^%%%^^^%%%%%_%%%__^%^%________
WJ %^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%
ZWJ %^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%
H2 _^^%%%^^^_%____%%%__^%^%___%%___
H3 _^^%%%^^^_%____%%%__^%^%____%___
JL _^^%%%^^^_%____%%%__^%^%%%%%____
JV _^^%%%^^^_%____%%%__^%^%___%%___
JT _^^%%%^^^_%____%%%__^%^%____%___
RI _^^%%%^^^______%%%__^%^%_____%__
EB _^^%%%^^^_%____%%%__^%^%_______%
EM _^^%%%^^^_%____%%%__^%^%________
"""

NO_BREAK, BREAK, MANDATORY = 0, 1, 2

_INDEX = {name: i for i, name in enumerate(_CLASSES)}
_TABLE: dict[str, str] = {}
for _row in _PAIRS.strip().splitlines():
    _name, _cells = _row.split()
    assert len(_cells) == len(_CLASSES), _name
    _TABLE[_name] = _cells

# Small kana (line-break class CJ, which libunistring treats as NS).
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
                        "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ")

# Scripts written without spaces (class SA): libunistring breaks them like letters,
# combining vowels included.
_SA = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x1950, 0x19DF),
       (0x1A20, 0x1AAF), (0xA9E0, 0xA9FF), (0xAA60, 0xAADF))

# Quotation marks that Unicode files under other symbols.
_QUOTES = frozenset(range(0x275B, 0x2761)) | frozenset(
    (0x2E00, 0x2E01, 0x2E06, 0x2E07, 0x2E08, 0x2E0B))

_CATEGORY: dict[str, str] = {
    "Mn": "CM", "Mc": "CM", "Me": "CM", "Cf": "AL", "Cc": "CM",
    "Nd": "NU", "Ps": "OP", "Pe": "CL", "Pi": "QU", "Pf": "QU", "Pd": "BA",
    "Sc": "PR", "Zs": "BA", "Zl": "BK", "Zp": "BK",
}


def _read_classes(path: Path) -> dict[str, list[tuple[int, int, str]]]:
    """The sections of ``data/linebreak.txt``: (first, last, class) per line, in order.

    The table is data, kept as Unicode's own ``LineBreak.txt`` keeps it: a code
    point or a range, its class, and the characters' names in a comment.
    """
    sections: dict[str, list[tuple[int, int, str]]] = {}
    entries: list[tuple[int, int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].strip()
        if line.startswith("["):
            entries = sections.setdefault(line.strip("[]"), [])
        elif line:
            codes, cls = line.split()
            first, _, last = codes.partition("..")
            entries.append((int(first, 16), int(last or first, 16), cls))
    return sections


_TABLES = _read_classes(Path(__file__).with_name("data") / "linebreak.txt")
# Characters whose class is not the one their general category suggests.
_EXPLICIT = {chr(first): cls for first, _, cls in _TABLES["characters"]}
# (first, last, class) ranges checked before the general category.
_RANGES = tuple(_TABLES["ranges"])
# Emoji that take a skin-tone modifier (class EB): no break before the modifier.
_EMOJI_BASES = tuple((first, last) for first, last, _ in _TABLES["emoji-bases"])
# Emoji that libunistring classes as ideographs although they sit in symbol blocks.
_EMOJI_ID = tuple((first, last) for first, last, _ in _TABLES["emoji-ideographs"])


_CLASS_CACHE: dict[str, str] = {}


def line_break_class(char: str) -> str:
    """The UAX #14 line-break class of one character, as libunistring resolves it.

    Ambiguous (AI), complex-context (SA), surrogate and unknown characters resolve to
    ``AL``, conditional Japanese starters (CJ) to ``NS``, as libunistring does outside
    CJK locales.

    >>> line_break_class("a"), line_break_class("("), line_break_class("中")
    ('AL', 'OP', 'ID')
    """
    found = _CLASS_CACHE.get(char)
    if found is None:
        found = _CLASS_CACHE[char] = _classify(char)
    return found


def _classify(char: str) -> str:
    found = _EXPLICIT.get(char)
    if found is not None:
        return found
    code = ord(char)
    if char in _SMALL_KANA:
        return "NS"
    if 0xAC00 <= code <= 0xD7A3:
        return "H2" if (code - 0xAC00) % 28 == 0 else "H3"
    category = unicodedata.category(char)
    if category == "Cn" and code < 0x1F000:
        return "AL"
    if 0x035C <= code <= 0x0362:
        return "GL"          # double diacritics join the letters on both sides
    if code in _QUOTES:
        return "QU"
    for first, last in _EMOJI_BASES:
        if first <= code <= last:
            return "EB"
    for first, last, cls in _RANGES:
        if first <= code <= last:
            if cls == "ID":
                if category in ("Mn", "Mc", "Me"):
                    return "CM"
                if category == "Ps":
                    return "OP"
                if category == "Pe":
                    return "CL"
            return cls
    if category[0] in "LM":
        for first, last in _SA:
            if first <= code <= last:
                return "AL"
    for first, last in _EMOJI_ID:
        if first <= code <= last:
            return "ID"
    if 0x2066 <= code <= 0x2069 or 0x202A <= code <= 0x202E:
        return "CM"          # bidirectional controls
    return _CATEGORY.get(category, "AL")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns a character takes in a terminal: 2 for wide East Asian, 0 for marks.

    >>> char_width("a"), char_width("中"), char_width("\\u0301")
    (1, 2, 0)
    """
    if unicodedata.category(char) in ("Mn", "Me", "Cf") and char != "\u00ad":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# Runs of ASCII letters and digits: no break inside them (AL and NU pair with "%"),
# so the scanner steps over each run at once.
_RUN = re.compile(r"[A-Za-z0-9]+|.", re.DOTALL)


def scan(text: str) -> tuple[list[int], list[int]]:
    """Indexes before which a line may break, and indexes of line separators.

    The fast core of :func:`break_opportunities`: it walks the text a word at a time.
    """
    breaks: list[int] = []
    separators: list[int] = []
    before = ""              # class the next character pairs with; "" at a line start
    spaces = False           # spaces since `before`
    joined = False           # `before` ends with ZERO WIDTH JOINER (LB8a)
    hebrew_dash = False      # HL followed by HY or BA: no break after them (LB21a)
    after_zw = False         # ZW SP* ÷ (LB8)
    previous = ""            # class of the previous character itself
    flags = 0                # regional indicators in a row just before (LB30a)
    classes = _CLASS_CACHE
    for match in _RUN.finditer(text):
        i = match.start()
        char = text[i]
        cls = classes.get(char) or line_break_class(char)
        if cls == "BK":
            separators.append(i)
            before, previous, spaces, joined = "", "", False, False
            hebrew_dash = after_zw = False
            flags = 0
            continue
        if cls == "SP":
            spaces = True
            previous = cls
            flags = 0
            continue
        # A run of ASCII letters/digits pairs by its first character and ends with
        # the class of its last one.
        end = match.end() - 1
        last = cls if end == i else (classes.get(text[end]) or line_break_class(text[end]))
        if not before:
            # Start of the text or of a line: a leading mark counts as a letter (LB10),
            # and nothing breaks after a leading joiner either (LB8a).
            before = "AL" if cls in ("CM", "ZWJ") else last
            joined = cls == "ZWJ"
            after_zw = cls == "ZW"
            previous, spaces = last, False
            flags = 1 if cls == "RI" else 0
            continue
        if cls in ("CM", "ZWJ") and not spaces and not after_zw:
            # A mark belongs to the character before it (LB9).
            joined = cls == "ZWJ"
            previous = cls
            hebrew_dash = False
            flags = 0        # a mark ends a flag's pair, as in libunistring: 🇦́ ÷ 🇦
            continue
        if after_zw:
            allowed = cls != "ZW"
        elif hebrew_dash and not spaces:
            allowed = False
        elif joined and not spaces:
            allowed = False  # nothing breaks after a ZERO WIDTH JOINER (LB8a)
        elif cls == "EM" and before == "EB" and not spaces:
            allowed = False
        elif cls == "RI" and before == "RI" and not spaces:
            allowed = flags % 2 == 0    # flags pair up: 🇦🇦 ÷ 🇦 (LB30a)
        else:
            action = _TABLE[before][_INDEX[cls]]
            if (action == "%" and cls == "OP" and before in ("AL", "HL", "NU")
                    and unicodedata.east_asian_width(char) in ("F", "W", "H")):
                action = "_"     # LB30 spares East Asian opening brackets
            allowed = action == "_" or (action == "%" and spaces)
        joined = cls == "ZWJ"
        if cls in ("CM", "ZWJ"):
            cls = last = "AL"    # a mark after a space stands alone, as a letter (LB10)
        hebrew_dash = previous == "HL" and cls in ("HY", "BA")
        after_zw = cls == "ZW"
        flags = flags + 1 if cls == "RI" else 0
        before, previous, spaces = last, last, False
        if allowed:
            breaks.append(i)
    return breaks, separators


def break_opportunities(text: str, prohibited: Sequence[bool] | None = None) -> list[int]:
    """For each index ``i``: may a line break just before ``text[i]``?

    Returns :data:`NO_BREAK`, :data:`BREAK` (an opportunity) or :data:`MANDATORY`
    (``text[i]`` is a line or paragraph separator; gettext restarts its column count
    there without breaking the quoted string).  ``prohibited[i]`` (when given) forbids
    a break before ``text[i]`` whatever the characters around it; gettext uses that to
    keep escape sequences such as ``\\"`` in one piece.  Index 0 is never a break.
    """
    result = [NO_BREAK] * len(text)
    breaks, separators = scan(text)
    for i in breaks:
        if prohibited is None or not prohibited[i]:
            result[i] = BREAK
    for i in separators:
        result[i] = MANDATORY
    return result
