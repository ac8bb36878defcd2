"""Encoding repair: mojibake, HTML entities, invisible and control characters.

Each fixer takes one line and returns the edits it would make; the caller
applies and records them.  Mojibake detection is ftfy's (its badness heuristic
and its decoders), restricted to the decoding fixes: ftfy's quote
straightening, ligature and width folding and Unicode normalisation are never
applied, because they change genuine text.
"""

from __future__ import annotations

import difflib
import html
import html.entities
import re
import unicodedata
from collections.abc import Sequence

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-* codecs used below
from ftfy.badness import is_bad
from ftfy.chardata import CHARMAP_ENCODINGS
from ftfy.fixes import fix_c1_controls

from cms_i18n.clean.edits import Edit

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
    restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
    fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
    remove_control_chars=False, normalization=None, explain=True,
)


def _mojibake_prefilter() -> re.Pattern[str]:
    """A regex that finds the first two characters of any UTF-8 sequence
    decoded with one of the single-byte encodings ftfy knows.

    Running ftfy's full heuristic on every line costs more than all the other
    steps together; a lead byte followed by a continuation byte is what every
    mojibake sequence starts with, and it is rare in genuine text.
    """
    leads: set[str] = set()
    conts: set[str] = set()
    for encoding in CHARMAP_ENCODINGS:
        leads.update(bytes(range(0xC2, 0xF5)).decode(encoding))
        conts.update(bytes(range(0x80, 0xC0)).decode(encoding))
    lead_class = "".join(sorted(re.escape(c) for c in leads))
    cont_class = "".join(sorted(re.escape(c) for c in conts))
    # "Ã " and "Ã" at the end: UTF-8 "à" whose 0xA0 byte became a space or was lost.
    return re.compile(f"[{lead_class}][{cont_class}]|[ÃÂ](?: |$)|[\x80-\x9f]")


_MOJIBAKE_HINT = _mojibake_prefilter()
_CP1252_CONTINUATION = "".join(
    sorted(re.escape(c) for c in bytes(range(0x80, 0xC0)).decode("cp1252", "ignore")))
# UTF-8 "”" (E2 80 9D) read as cp1252 is "â€" plus the undefined byte 0x9D,
# which decoders drop ("â€" followed by anything that is not a continuation byte)
# or replace with U+FFFD ("â€�", a decoder's errors="replace"): the "�" is that byte.
_LOST_9D_RE = re.compile(f"â€(?:\ufffd|(?![{_CP1252_CONTINUATION}\x80-\x9f]))")
_C1_RE = re.compile("[\x80-\x9f]")
_STRAY_A_CIRCUMFLEX_RE = re.compile("(?:(?<=[a-z0-9.,;:!?)\\]\"”’ ])|^)Â(?=[ \u00a0])")

_PLAN_NAMES = {
    "sloppy-windows-1252": "Windows-1252", "sloppy-windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250", "sloppy-windows-1253": "Windows-1253",
    "sloppy-windows-1254": "Windows-1254", "sloppy-windows-1257": "Windows-1257",
    "latin-1": "Latin-1", "iso-8859-2": "ISO-8859-2", "macroman": "MacRoman",
    "cp437": "CP437", "windows-1252": "Windows-1252", "utf-8": "UTF-8",
    "utf-8-variants": "UTF-8",
}


def _describe_plan(plan: Sequence[tuple[str, str]]) -> str:
    """Turn ftfy's plan into words: 'UTF-8 read as Windows-1252, twice'."""
    reads = [_PLAN_NAMES.get(arg, arg) for op, arg in plan if op == "encode"]
    if not reads:
        names = sorted({arg.replace("_", " ") for op, arg in plan if op != "decode"})
        return ", ".join(names) or "mojibake"
    if all(r == reads[0] for r in reads) and len(reads) > 1:
        times = {2: "twice", 3: "three times"}.get(len(reads), f"{len(reads)} times")
        return f"UTF-8 read as {reads[0]}, {times}"
    if reads == ["Latin-1"] and plan[-1][1] == "windows-1252":
        return "Windows-1252 read as Latin-1"
    return "; ".join(f"UTF-8 read as {r}" for r in reads)


def _odd(ch: str) -> bool:
    return not ch.isascii() and not ch.isspace() and not ch.isalpha()


def diff_edits(old: str, new: str, kind: str, note: str) -> list[Edit]:
    """Minimal edits turning ``old`` into ``new``, nearby changes merged.

    >>> [(e.column, e.before, e.after) for e in diff_edits("a Ã© b Ã© c", "a é b é c", "m", "")]
    [(2, 'Ã©', 'é'), (7, 'Ã©', 'é')]
    >>> [(e.before, e.after) for e in diff_edits("it Ã¢â‚¬Å“a", "it “a", "m", "")]
    [('Ã¢â‚¬Å“', '“')]
    """
    # Trim the common ends first: SequenceMatcher is quadratic in what is left.
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(None, old[head:len(old) - tail],
                                      new[head:len(new) - tail], autojunk=False)
    blocks: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        # Widen to the whole run of odd characters: "Ã¢â‚¬Å“" → "“", not "Ã¢â‚¬Å" → "".
        while i1 > 0 and j1 > 0 and _odd(old[i1 - 1]) and old[i1 - 1] == new[j1 - 1]:
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(old) and j2 < len(new) and _odd(old[i2]) and old[i2] == new[j2]:
            i2, j2 = i2 + 1, j2 + 1
        if blocks and i1 - blocks[-1][1] <= 2:
            blocks[-1][1] = max(blocks[-1][1], i2)
            blocks[-1][3] = max(blocks[-1][3], j2)
        else:
            blocks.append([i1, i2, j1, j2])
    edits: list[Edit] = []
    for i1, i2, j1, j2 in blocks:
        edits.append(Edit(i1, old[i1:i2], new[j1:j2], kind, note))
    return edits


def fix_mojibake(line: str) -> list[Edit]:
    """Undo text decoded with the wrong codepage (cp1252, Latin-1, MacRoman, …).

    >>> [(e.before, e.after) for e in fix_mojibake("Russiaâ€™s forum")]
    [('â€™', '’')]
    >>> [(e.before, e.after) for e in fix_mojibake("He said â€œnoâ€\ufffd and left")]
    [('â€œnoâ€\ufffd', '“no”')]
    >>> fix_mojibake("São Paulo, Zürich, naïve")
    []
    """
    if line.isascii() or not _MOJIBAKE_HINT.search(line):
        return []
    fixed, note = line, ""
    # Put a lost byte back so that the decoder sees a whole sequence.
    line_in = _LOST_9D_RE.sub("â€\x9d", line) if "â€" in line else line
    if line_in != line and is_bad(line_in):
        fixed, plan = ftfy.fix_encoding_and_explain(line_in, _FTFY_CONFIG)
        note = _describe_plan(plan or []) + " (a lost byte restored)"
        if "â€" in fixed or "\x9d" in fixed:
            fixed, note = line, ""
    if fixed == line and is_bad(line):
        fixed, plan = ftfy.fix_encoding_and_explain(line, _FTFY_CONFIG)
        note = _describe_plan(plan or [])
    if "Â" in fixed:
        # UTF-8 no-break space read as cp1252 ("Â\u00a0") whose second half
        # later became a plain space: ftfy cannot see it, the stray "Â" is certain.
        repaired = _STRAY_A_CIRCUMFLEX_RE.sub("", fixed)
        if repaired != fixed:
            fixed = repaired
            note = note or "UTF-8 no-break space read as Windows-1252"
    if _C1_RE.search(fixed):
        # Stray cp1252 punctuation bytes read as Latin-1 (\x92 for ’): ftfy
        # leaves them when the rest of the line does not look broken.
        repaired = fix_c1_controls(fixed)
        if repaired != fixed:
            fixed = repaired
            note = note or "Windows-1252 read as Latin-1"
    if fixed == line:
        return []
    return diff_edits(line, fixed, "mojibake", note)


# --------------------------------------------------------------------------
# HTML entities

_REF = r"(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY_RE = re.compile(rf"&(?:amp;)*{_REF}")
_DOUBLE_ENTITY_RE = re.compile(rf"&amp;({_REF})")
_HTML5 = html.entities.html5


def _decode_entity(ref: str) -> str:
    """Decode one (possibly repeatedly escaped) reference; unknown names stay."""
    for _ in range(8):
        if not ref.startswith("&"):
            break
        body = ref[1:]
        name_end = body.find(";") + 1
        name = body[:name_end]
        if name.startswith("#"):
            decoded = html.unescape("&" + name)
        elif name in _HTML5:
            decoded = _HTML5[name]
        else:
            break
        ref = decoded + body[name_end:]
    return ref


_URL_RE = re.compile(r"\bhttps?://\S+")
#: Escapes of HTML's own characters: escaped once more, they are text about markup.
_MARKUP_ESCAPES = frozenset({"&amp;", "&lt;", "&gt;"})


def fix_entities(line: str, fmt: str = "text") -> list[Edit]:
    """Decode HTML character references left in text, double-escaped ones too.

    In HTML and Markdown a reference is the author's markup (Markdown renders
    ``&nbsp;`` and ``&lt;`` as HTML does), so there only double escaping
    (``&amp;quot;``) is undone, but for an escaped markup character
    (``&amp;lt;``, ``&amp;gt;``, ``&amp;amp;``): that is how an author writes
    about HTML (a heading that shows ``&lt;b&gt;``), and how a CMS lays out a
    plain-text field holding such a text.  The cleaner asks for the same in plain text
    that shows no scraper's hand (see :mod:`cms_i18n.clean.evidence`): a
    treebank's ``&#39;&#39;`` is how its authors wrote it.  On a scraped page
    every reference of a line is decoded, one inside a quotation set in TeX's
    way (````a&#39;&#39; and ``b&#39;&#39;``) like its twin outside: such a
    quotation is no code span (``structure.protected_spans``), and a page
    where one of two equal escapes is repaired reads as neither the author's
    nor the repaired text.

    >>> [(e.before, e.after) for e in fix_entities("AT&amp;T said &amp;quot;no&amp;quot;")]
    [('&amp;', '&'), ('&amp;quot;', '"'), ('&amp;quot;', '"')]
    >>> fix_entities("Write &amp;lt;b&amp;gt; for bold", "html")
    []
    >>> fix_entities("Q&A; R&D")
    []
    """
    if "&" not in line:
        return []
    edits: list[Edit] = []
    if fmt in ("html", "markdown"):
        for match in _DOUBLE_ENTITY_RE.finditer(line):
            inner = "&" + match.group(1)
            if inner in _MARKUP_ESCAPES or _decode_entity(inner) == inner:
                continue
            edits.append(Edit(match.start(), match.group(), inner, "entity", ""))
        return edits
    urls = [m.span() for m in _URL_RE.finditer(line)] if "://" in line else []
    for match in _ENTITY_RE.finditer(line):
        ref = match.group()
        decoded = _decode_entity(ref)
        if decoded == ref:
            continue
        if decoded != "&" and any(s <= match.start() < e for s, e in urls):
            continue   # a URL's "&plus;" is its own text; only an escaped "&" is a scrape's
        edits.append(Edit(match.start(), ref, decoded, "entity", ""))
    return edits


# --------------------------------------------------------------------------
# Invisible and control characters

_RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_INVISIBLE_RE = re.compile(
    "\x1b\\[[0-9;?]*[ -/]*[@-~]"          # terminal colour and cursor escapes
    "|\x1b[\\]PX^_][^\x07\x1b\n]{0,300}(?:\x07|\x1b\\\\|$)"  # a string's (OSC, DCS …)
    "|[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f]"  # control characters (tab kept)
    "|[\u00ad\u200b\u2060\u180e\ufeff\ufffe]"
    "|[\u200c\u200d]"
    "|[\u200e\u200f\u202a-\u202e\u2066-\u2069]"
    "|[\ue000-\uf8ff]"                    # private use: icon-font glyphs
    "|[\ufe00-\ufe0f\U000e0100-\U000e01ef]"  # variation selectors
    "|[\ud800-\udfff]"
)
_NAMES = {
    "\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner", "\u2060": "word joiner", "\ufeff": "byte order mark",
    "\u180e": "Mongolian vowel separator", "\ufffe": "noncharacter",
}


def _joins_something(line: str, start: int, end: int) -> bool:
    """ZWJ/ZWNJ matter next to emoji and in scripts that shape letters."""
    for pos in (start - 1, end):
        if 0 <= pos < len(line):
            ch = line[pos]
            if ch.isspace() or ch.isascii():
                continue
            category = unicodedata.category(ch)
            if category in ("So", "Sk", "Mn", "Mc") or "\ufe00" <= ch <= "\ufe0f":
                return True
            if category.startswith("L") and not ("\u00c0" <= ch <= "\u024f"):
                return True
    return False


def _modifies_something(line: str, start: int) -> bool:
    """Does a variation selector follow a character it can select a form of?

    It asks for the emoji or the text form of the character before it
    ("❤️", "1️⃣"), or for a form of an ideograph ("葛󠄀"); after a space, at the
    start of a line or after another selector, a scraper left it when it
    dropped the emoji it belonged to.
    """
    before = line[start - 1] if start > 0 else ""
    return bool(before) and not before.isspace() and not _is_variation_selector(before)


def _is_variation_selector(ch: str) -> bool:
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


# Markdown's picture with no alt text and no address, and the blank after it.
_EMPTY_PICTURE_RE = re.compile(r"!\[\]\(\s*\)[ \t]?")


def fix_invisible(line: str) -> list[Edit]:
    """Remove zero-width characters, soft hyphens, BOMs, controls and icon glyphs.

    A zero-width joiner inside an emoji sequence, bidirectional marks in a
    line with right-to-left text and a variation selector after the emoji or
    the ideograph it modifies are kept: there they do their job.

    >>> [(e.before, e.after, e.kind) for e in fix_invisible("secu\\u00adrity\\u200b")]
    [('\\xad', '', 'invisible'), ('\\u200b', '', 'invisible')]

    A picture's markup with neither its text nor its address ("![]() I'm sure …"), a
    converter's trace of an image it could not read, shows nothing either.

    >>> [(e.before, e.note) for e in fix_invisible("![]() I'm sure")]
    [('![]() ', "an empty picture's markup")]
    """
    edits: list[Edit] = [Edit(match.start(), match.group(), "", "invisible",
                              "an empty picture's markup")
                         for match in _EMPTY_PICTURE_RE.finditer(line)]
    if line.isascii() and not re.search("[\x00-\x08\x0c\x0e-\x1f\x7f]", line):
        return edits
    rtl: bool | None = None
    for match in _INVISIBLE_RE.finditer(line):
        found = match.group()
        start, end = match.span()
        after = ""
        kind = "invisible"
        note = _NAMES.get(found, "")
        first = found[0]
        if first in "\u200c\u200d":
            if _joins_something(line, start, end):
                continue
        elif first in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            if rtl is None:
                rtl = bool(_RTL_RE.search(line))
            if rtl:
                continue
            note = "direction mark"
        elif "\ue000" <= first <= "\uf8ff":
            note = "icon glyph"
        elif _is_variation_selector(first):
            if _modifies_something(line, start):
                continue
            note = "variation selector with nothing to modify"
        elif "\ud800" <= first <= "\udfff":
            after = "\ufffd"
            note = "lone surrogate"
        elif first == "\x1b":
            kind, note = "control", "terminal escape"
        elif first < "\x20" or "\x7f" <= first <= "\x9f":
            kind, note = "control", f"U+{ord(first):04X}"
        edits.append(Edit(start, found, after, kind, note))
    return sorted(edits)


def fix_surrogate_pairs(line: str) -> list[Edit]:
    """Join UTF-16 surrogate pairs that reached a Python string unjoined."""
    if not re.search("[\ud800-\udbff][\udc00-\udfff]", line):
        return []
    edits: list[Edit] = []
    for match in re.finditer("[\ud800-\udbff][\udc00-\udfff]", line):
        pair = match.group()
        joined = chr(0x10000 + ((ord(pair[0]) - 0xD800) << 10) + (ord(pair[1]) - 0xDC00))
        edits.append(Edit(match.start(), pair, joined, "invisible", "surrogate pair"))
    return edits


# --------------------------------------------------------------------------
# Mojibake the detector misses, once the text has shown which codec it went through

#: Codecs a document's mojibake is named by in fix notes → Python codec names.
KNOWN_CODECS = {"Windows-1252": "sloppy-windows-1252", "Latin-1": "latin-1",
                "MacRoman": "mac_roman"}


def _accepted(ch: str) -> bool:
    """A character mojibake of it is worth undoing: letters and punctuation of news text.

    IPA, rare Cyrillic and the like are left out, so that genuine text such
    as "CAFÉ”" (É then ”, which are also the cp1252 bytes of "ɔ") is never read
    as mojibake.
    """
    cp = ord(ch)
    return (0xA0 <= cp <= 0x17F or 0x386 <= cp <= 0x3CE or 0x400 <= cp <= 0x45F
            or 0x490 <= cp <= 0x4FF or 0x2010 <= cp <= 0x2044 or 0x20A0 <= cp <= 0x20C0
            or cp in (0x2116, 0x2122) or 0x2190 <= cp <= 0x2199
            or 0x2200 <= cp <= 0x22FF or 0x1F300 <= cp <= 0x1FAFF)


def _sequence_re(codec: str) -> re.Pattern[str]:
    """Runs of characters that are one UTF-8 sequence decoded with ``codec``."""
    def chars(lo: int, hi: int) -> str:
        text = bytes(range(lo, hi + 1)).decode(codec, "ignore")
        return "".join(sorted(re.escape(c) for c in set(text)))
    cont = chars(0x80, 0xBF)
    return re.compile(f"[{chars(0xC2, 0xDF)}][{cont}]|[{chars(0xE0, 0xEF)}][{cont}]{{2}}"
                      f"|[{chars(0xF0, 0xF4)}][{cont}]{{3}}")


_SEQUENCE_RES = {name: _sequence_re(codec) for name, codec in KNOWN_CODECS.items()}
# Without other evidence only cp1252 mojibake of punctuation and symbols
# (U+2000–U+21FF: "â€", "â„", "â†" and one more byte) is certain.
_CERTAIN_RE = re.compile(f"â[€„†][{_CP1252_CONTINUATION}\\x80-\\x9f]")
# The same punctuation read as MacRoman: E2 80 shows as "‚Ä" ("‚Äô" for ’, "‚Äî" for —),
# which no word writes.
_CERTAIN_MAC_RE = re.compile("‚Ä[" + "".join(sorted(
    re.escape(c) for c in bytes(range(0x80, 0xC0)).decode("mac_roman"))) + "]")


# An emoji's UTF-8 (F0 9F xx xx) read as Greek Windows-1253, the bytes that code page
# lacks shown as in Windows-1252 ("πŸ“‘" for 📑): π then Ÿ is in no Greek or Latin word.
_GREEK_EMOJI_RE = re.compile("πŸ(?:[^\\s]{2})")


def _greek_byte(ch: str) -> bytes:
    for codec in ("cp1253", "cp1252"):
        try:
            return ch.encode(codec)
        except UnicodeEncodeError:
            continue
    return b""


def fix_greek_emoji(line: str) -> list[Edit]:
    """Emoji read as Windows-1253 ("πŸ“‘" → "📑", "πŸ‡¦πŸ‡²" → "🇦🇲"), certain without evidence.

    >>> [(e.before, e.after) for e in fix_greek_emoji("πŸ“‘ The Treaty was signed")]
    [('πŸ“‘', '📑')]
    """
    if "πŸ" not in line:
        return []
    edits: list[Edit] = []
    for match in _GREEK_EMOJI_RE.finditer(line):
        raw = b"\xf0\x9f" + b"".join(_greek_byte(ch) for ch in match.group()[2:])
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(decoded) == 1 and 0x1F000 <= ord(decoded) <= 0x1FAFF:
            edits.append(Edit(match.start(), match.group(), decoded, "mojibake",
                              "UTF-8 read as Windows-1253"))
    return edits


# The signs U+00A0–U+00BF that Windows-1257 shows as themselves, after the "Ā" their
# UTF-8 lead byte shows as there.
_BALTIC_SIGN_RE = re.compile("Ā[©®°±§¶«»·µ¹²³¼½¾¿¡¢£¥]")


def fix_known_mojibake(line: str, seen: frozenset[str] = frozenset()) -> list[Edit]:
    """Undo single mojibake sequences ftfy's detector lets pass.

    ``seen`` names the codecs (keys of :data:`KNOWN_CODECS`) whose mojibake
    was already found elsewhere in the same text; with that evidence every
    sequence of such a codec that decodes to a letter or a punctuation mark
    is repaired ("Å‚" → "ł", "S√£o" → "São").  Without it only
    unmistakable cp1252 sequences of punctuation and symbols are ("â„¢" → "™").

    >>> [(e.before, e.after) for e in fix_known_mojibake("Sony\u00e2\u201e\u00a2 said")]
    [('â„¢', '™')]
    >>> cp1252 = frozenset({"Windows-1252"})
    >>> [(e.before, e.after) for e in fix_known_mojibake("Wa\u00c5\u201aesa", cp1252)]
    [('Å‚', 'ł')]
    >>> fix_known_mojibake("Wa\u00c5\u201aesa") + fix_known_mojibake("«CAFÉ»", cp1252)
    []
    >>> [(e.before, e.after) for e in fix_known_mojibake("Book for Every ChildĀ® Campaign")]
    [('Ā®', '®')]
    >>> [(e.before, e.after) for e in fix_known_mojibake("Augusta‚Äôs radio")]
    [('‚Äô', '’')]
    """
    if line.isascii():
        return []
    edits: list[Edit] = fix_greek_emoji(line)
    taken: set[int] = {edit.column for edit in edits}
    searches = [("Windows-1252", _CERTAIN_RE)] if "â" in line else []
    searches += [("MacRoman", _CERTAIN_MAC_RE)] if "‚Ä" in line else []
    searches += [(name, _SEQUENCE_RES[name]) for name in sorted(seen) if name in _SEQUENCE_RES]
    for name, pattern in searches:
        codec = KNOWN_CODECS[name]
        for match in pattern.finditer(line):
            if match.start() in taken:
                continue
            try:
                decoded = match.group().encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            if len(decoded) != 1 or not _accepted(decoded):
                continue
            taken.add(match.start())
            edits.append(Edit(match.start(), match.group(), decoded, "mojibake",
                              f"UTF-8 read as {name}"))
    for match in _BALTIC_SIGN_RE.finditer(line):
        # A sign's UTF-8 read as Windows-1257 ("Child®" shown "ChildĀ®"): its lead byte
        # is that code page's "Ā", glued to the sign, which no Latvian word puts there.
        if match.start() not in taken:
            edits.append(Edit(match.start(), match.group(), match.group()[1], "mojibake",
                              "UTF-8 read as Windows-1257"))
    edits.sort(key=lambda e: e.column)
    kept: list[Edit] = []
    for edit in edits:   # overlapping finds of two codecs: the first one wins
        if not kept or edit.column >= kept[-1].column + len(kept[-1].before):
            kept.append(edit)
    return kept
