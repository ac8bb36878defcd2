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

# Characters whose class is not the one their general category suggests.
_EXPLICIT: dict[str, str] = {
    "\t": "BA", " ": "SP", "!": "EX", '"': "QU", "$": "PR", "%": "PO", "'": "QU",
    "(": "OP", ")": "CP", "+": "PR", ",": "IS", "-": "HY", ".": "IS", "/": "SY",
    ":": "IS", ";": "IS", "?": "EX", "[": "OP", "\\": "PR", "]": "CP", "{": "OP",
    "|": "BA", "}": "CL",
    "\u00a0": "GL", "\u00a1": "OP", "\u00a2": "PO", "\u00a3": "PR", "\u00a4": "PR",
    "\u00a5": "PR", "\u00ad": "BA", "\u00b0": "PO", "\u00b1": "PR", "\u00b4": "BB",
    "\u00bf": "OP", "\u02c8": "BB", "\u02cc": "BB", "\u02df": "BB",
    "\u037e": "IS", "\u0589": "IS", "\u058a": "BA", "\u05be": "BA", "\u060c": "IS",
    "\u060d": "IS", "\u061b": "EX", "\u061f": "EX", "\u066a": "PO", "\u06d4": "EX",
    "\u0964": "BA", "\u0965": "BA", "\u0f0b": "BA", "\u1680": "BA", "\u17d4": "BA",
    "\u17d5": "BA", "\u180e": "GL",
    "\u2007": "GL", "\u200b": "ZW", "\u200d": "ZWJ", "\u2010": "BA", "\u2011": "GL",
    "\u2012": "BA", "\u2013": "BA", "\u2014": "B2", "\u2015": "AL", "\u201a": "OP",
    "\u201e": "OP", "\u2024": "IN", "\u2025": "IN", "\u2026": "IN", "\u2027": "BA",
    "\u202f": "GL", "\u2030": "PO", "\u2031": "PO", "\u2032": "PO", "\u2033": "PO",
    "\u2034": "PO", "\u2035": "PO", "\u2036": "PO", "\u2037": "PO", "\u203c": "NS",
    "\u203d": "NS", "\u2044": "IS", "\u2047": "NS", "\u2048": "NS", "\u2049": "NS",
    "\u2060": "WJ", "\u20a7": "PO", "\u20b6": "PO", "\u20bb": "PO", "\u20be": "PO",
    "\u2103": "PO", "\u2109": "PO", "\u2116": "PR", "\u2212": "PR", "\u2213": "PR",
    "\u2e3a": "B2", "\u2e3b": "B2", "\u2e18": "OP", "\u2e1a": "AL", "\u2762": "EX",
    "\u2763": "EX", "\u22ef": "IN", "\ufe19": "IN", "\u066b": "NU", "\u066c": "NU",
    "\u060b": "PO", "\u0609": "PO", "\u060a": "PO", "\u20c0": "PO", "\ufdfc": "PO",
    "\u034f": "GL", "\ufb29": "AL", "\ufb1e": "CM", "\u3035": "CM", "\u303c": "NS",
    "\u200c": "CM", "\u200e": "CM", "\u200f": "CM", "\u061c": "CM",
    "\u3000": "BA", "\u3001": "CL", "\u3002": "CL", "\u3005": "NS", "\u301c": "NS",
    "\u303b": "NS", "\u309b": "NS", "\u309c": "NS", "\u309d": "NS", "\u309e": "NS",
    "\u30a0": "NS", "\u30fb": "NS", "\u30fc": "NS", "\u30fd": "NS", "\u30fe": "NS",
    "\ufe50": "CL", "\ufe51": "ID", "\ufe52": "CL", "\ufe54": "NS", "\ufe55": "NS",
    "\ufe56": "EX", "\ufe57": "EX", "\ufe58": "ID", "\ufe63": "ID", "\ufe69": "PR",
    "\ufe6a": "PO", "\ufe10": "IS", "\ufe11": "CL", "\ufe12": "CL", "\ufe13": "IS",
    "\ufe14": "IS", "\ufe15": "EX", "\ufe16": "EX", "\ufeff": "WJ", "\uff01": "EX", "\uff04": "PR",
    "\uff05": "PO", "\uff0c": "CL", "\uff0e": "CL", "\uff1a": "NS", "\uff1b": "NS",
    "\uff1f": "EX", "\uff61": "CL", "\uff64": "CL", "\uff65": "NS", "\uff70": "NS",
    "\uff9e": "NS", "\uff9f": "NS", "\uffe0": "PO", "\uffe1": "PR", "\uffe5": "PR",
    "\uffe6": "PR",
}

# Small kana (line-break class CJ, which libunistring treats as NS).
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
                        "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ")

# (first, last, class) ranges checked before the general category.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x05D0, 0x05EA, "HL"), (0x05EF, 0x05F2, "HL"), (0xFB1D, 0xFB4F, "HL"),
    (0x1100, 0x115F, "JL"), (0xA960, 0xA97C, "JL"),
    (0x1160, 0x11A7, "JV"), (0xD7B0, 0xD7C6, "JV"),
    (0x11A8, 0x11FF, "JT"), (0xD7CB, 0xD7FB, "JT"),
    (0x1F1E6, 0x1F1FF, "RI"), (0x1F3FB, 0x1F3FF, "EM"), (0x1F100, 0x1F1FF, "AL"),
    (0x3248, 0x324F, "AL"),
    (0x2E80, 0x2FFF, "ID"), (0x3003, 0x3004, "ID"), (0x3006, 0x3007, "ID"),
    (0x3012, 0x3013, "ID"), (0x3020, 0x3029, "ID"), (0x3030, 0x303A, "ID"),
    (0x303C, 0x303F, "ID"), (0x3040, 0x30FF, "ID"), (0x3105, 0x31FF, "ID"),
    (0x3200, 0x4DBF, "ID"), (0x4E00, 0x9FFF, "ID"), (0xA000, 0xA4CF, "ID"),
    (0xF900, 0xFAFF, "ID"), (0xFE30, 0xFE4F, "ID"), (0xFE50, 0xFE6B, "ID"),
    (0xFF01, 0xFF60, "ID"), (0xFF66, 0xFF9F, "ID"),
    (0xFFE0, 0xFFE6, "ID"), (0x1F000, 0x1FAFF, "ID"), (0x20000, 0x3FFFD, "ID"),
)

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

# Emoji that libunistring classes as ideographs although they sit in symbol blocks.
_EMOJI_ID = (
    (0x231A, 0x231B), (0x23F0, 0x23F3), (0x2600, 0x2603), (0x2614, 0x2615),
    (0x261A, 0x261F), (0x2639, 0x263B), (0x2668, 0x2668), (0x267F, 0x267F),
    (0x26BD, 0x26C8), (0x26CD, 0x26CD), (0x26CF, 0x26D1), (0x26D3, 0x26D4),
    (0x26D8, 0x26D9), (0x26DC, 0x26DC), (0x26DF, 0x26E1), (0x26EA, 0x26EA),
    (0x26F1, 0x26F5), (0x26F7, 0x26FA), (0x26FD, 0x2704), (0x2708, 0x2709),
    (0x270A, 0x270D), (0x2764, 0x2764),
)


# Emoji that take a skin-tone modifier (class EB): no break before the modifier.
_EMOJI_BASES = (
    (0x261D, 0x261D), (0x26F9, 0x26F9), (0x270A, 0x270D), (0x1F385, 0x1F385),
    (0x1F3C2, 0x1F3C4), (0x1F3C7, 0x1F3C7), (0x1F3CA, 0x1F3CC), (0x1F442, 0x1F443),
    (0x1F446, 0x1F450), (0x1F466, 0x1F478), (0x1F47C, 0x1F47C), (0x1F481, 0x1F483),
    (0x1F485, 0x1F487), (0x1F4AA, 0x1F4AA), (0x1F574, 0x1F575), (0x1F57A, 0x1F57A),
    (0x1F590, 0x1F590), (0x1F595, 0x1F596), (0x1F645, 0x1F647), (0x1F64B, 0x1F64F),
    (0x1F6A3, 0x1F6A3), (0x1F6B4, 0x1F6B6), (0x1F6C0, 0x1F6C0), (0x1F6CC, 0x1F6CC),
    (0x1F90C, 0x1F90C), (0x1F90F, 0x1F90F), (0x1F918, 0x1F91F), (0x1F926, 0x1F926),
    (0x1F930, 0x1F939), (0x1F93C, 0x1F93E), (0x1F977, 0x1F977), (0x1F9B5, 0x1F9B6),
    (0x1F9B8, 0x1F9B9), (0x1F9BB, 0x1F9BB), (0x1F9CD, 0x1F9CF), (0x1F9D1, 0x1F9DD),
)


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
