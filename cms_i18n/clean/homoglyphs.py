"""Homoglyph repair: letters of one script typed inside words of another.

``Нeads`` with a Cyrillic ``Н`` looks like "Heads" to a reader and like an
unknown word to a translation engine; ``Tους`` with a Latin ``T`` is the Greek
word "Τους" to a reader and an unknown one to the engine.  A letter's script is
decided by its word, and a word's by its own letters first and then by the
running text around it; a letter is replaced only where the evidence is strong:

* inside a word that is otherwise Latin, a Cyrillic or Greek letter with a
  Latin look-alike becomes that letter, in the same case (``Нeads`` → ``Heads``);
* inside a word that is mostly Cyrillic or Greek, a Latin look-alike becomes
  a letter of that script (``Шoйгу`` → ``Шойгу``, ``Iθάκη`` → ``Ιθάκη``,
  ``Nα`` → ``Να``, ``σχέδιa`` → ``σχέδια``);
* a single look-alike letter standing alone becomes a letter of the script of
  the running text around it (``has а plan`` → ``has a plan``); a Latin one
  in Cyrillic or Greek text only when the same line has already shown Latin
  letters typed inside that script's words (``… διόλου. K`` after ``Tους``),
  and so for a whole word of Latin look-alikes there (``He`` for "Не");
* a whole word of Cyrillic or Greek look-alikes (``іѕ``, ``һе``) becomes
  English among English words when the same line has English words with
  look-alikes typed in, or when it mixes Cyrillic with Greek letters, which no
  language writes together; an English ending after an apostrophe
  (``Kepler'ѕ``) follows its word; a word of Russian capitals (``ТАСС``,
  ``СОР``) stays, and ``clean --explain`` says why (:func:`doubts`).

A Latin ``i`` or ``j`` in a Cyrillic word is the Ukrainian ``і`` or the
Serbian ``ј`` (``змiни``, ``обjекат``), and in Greek prose a Latin ``i``,
``k``, ``v``, ``u``, ``x`` or ``p`` inside a Greek word is its ``ι``, ``κ``,
``ν``, ``υ``, ``χ`` or ``ρ`` (``ταξiνόμηση``).  A mixed word's neighbours
tell the language even when they are spoiled too (``tһе СЅTО’ѕ`` is English:
its ``T`` stays Latin), and where the words on either side disagree, the line
does (``стойности са True, False`` is Bulgarian).

Running text means words with a lower-case letter: an acronym is borrowed
across languages, so ``Ο SCO εστιάζει`` is Greek and its ``Ο`` stays Greek,
and ``В NATO заявили`` keeps its Cyrillic ``В``.  Genuine Russian and Greek
words, names and quotations have no letter of another script in them and are
never touched; Greek letters used as mathematical symbols (``α``, ``π``,
``iπ``, ``2πr``, ``αx``, ``ΔT``) stay, because a lone Greek lower-case letter is
a symbol, a word mixing a Greek letter without a Latin look-alike is maths, a
Greek lower-case letter is only mapped inside a word of three or more letters
with at least two Latin ones, and a Latin capital joins a Greek word only when
that word has Greek lower-case letters or is a word of capitals with more
Greek letters than Latin ones.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

from cms_i18n.clean.edits import Edit
from cms_i18n.clean.structure import overlaps

_I_AND_JE = "ІіЈј"


def _load_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Read ``data/homoglyphs.tsv`` → ({letter: Latin}, {Latin: Cyrillic}, {Latin: Greek})."""
    to_latin: dict[str, str] = {}
    to_cyrillic: dict[str, str] = {}
    to_greek: dict[str, str] = {}
    text = resources.files("cms_i18n.clean").joinpath("data/homoglyphs.tsv").read_text("utf-8")
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        letter, latin, script, *comment = row.split("\t")
        to_latin[letter] = latin
        if "to Latin only" in "".join(comment):
            continue
        # Letters of the Russian alphabet go the other way, and the Ukrainian і and the
        # Serbian ј: a Latin i or j inside a Cyrillic word stands for them ("змiни",
        # "обjекат"); no Cyrillic word has a Latin letter of its own.
        if script == "Cyrl" and ("А" <= letter <= "я" or letter in _I_AND_JE) \
                and latin.isascii():
            to_cyrillic.setdefault(latin, letter)
        # Of the modern Greek alphabet, the capitals, omicron and alpha: the other
        # small letters (ν, ι, κ, υ …) differ from their Latin twins in every font.
        if script == "Grek" and ("Α" <= letter <= "Ω" or letter in "οα") and latin.isascii():
            to_greek.setdefault(latin, letter)
    return to_latin, to_cyrillic, to_greek


TO_LATIN, TO_CYRILLIC, TO_GREEK = _load_table()
_LATIN_TRANS = str.maketrans(TO_LATIN)
_CYRILLIC_TRANS = str.maketrans(TO_CYRILLIC)
_GREEK_TRANS = str.maketrans(TO_GREEK)
#: Greek vowels with an accent: a word that has one is a word, not a formula.
_TONOS = "άέήίόύώΆΈΉΊΌΎΏΐΰ"
#: Latin small letters that stand for Greek ones only inside a word of Greek prose.
_GREEK_PROSE_TABLE = {**TO_GREEK, "i": "ι", "k": "κ", "v": "ν", "u": "υ", "x": "χ", "p": "ρ"}
_GREEK_PROSE_TRANS = str.maketrans(_GREEK_PROSE_TABLE)
#: Greek letters with a twin in the Russian alphabet (κ → к, ο → о, Τ → Т), through
#: their common Latin look-alike; ι, ν, υ have none (і is Ukrainian, ν and υ look Latin).
GREEK_TO_CYRILLIC = {greek: TO_CYRILLIC[latin] for greek, latin in TO_LATIN.items()
                     if "\u0370" <= greek <= "\u03ff" and latin in TO_CYRILLIC
                     and ("А" <= TO_CYRILLIC[latin] <= "я")}
_GREEK_TO_CYRILLIC_TRANS = str.maketrans(GREEK_TO_CYRILLIC)
#: The Latin letter a Russian letter is spoken as, where a keyboard's or a transliterator's
#: slip puts it for that letter (``tрansport``: р is said r, though it looks like p).
_SOUND_TWINS = {"р": "r", "в": "v", "н": "n", "и": "i", "г": "g", "д": "d", "л": "l",
                "м": "m", "т": "t", "б": "b", "з": "z", "п": "p", "ф": "f", "с": "s",
                "у": "u", "к": "k", "а": "a", "е": "e", "о": "o"}
_SOUND_TWINS.update({ru.upper(): latin.upper() for ru, latin in list(_SOUND_TWINS.items())})
#: The word lists in ``data/`` whose Latin words make the cleaner's English vocabulary.
_VOCABULARY_LISTS = ("stopwords.txt", "share_words.txt", "widget_words.txt", "reader_words.txt",
                     "chrome.txt", "closing.txt", "interface_lexicon.txt", "masthead.txt",
                     "meta_block.txt")
_ASCII_WORD_RE = re.compile(r"(?<![\\\w])[a-z]{3,}(?!\w)")
#: Which way a Latin letter goes in a word of each script, and what the fix is called.
_FROM_LATIN = {"C": (TO_CYRILLIC, _CYRILLIC_TRANS, "Cyrillic"),
               "G": (TO_GREEK, _GREEK_TRANS, "Greek")}

#: Greek letters a word needs before a Latin small letter in it is taken for a Greek one.
_GREEK_WORD_LETTERS = 3
_FOREIGN_RE = re.compile("[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_PLACEHOLDER_RE = re.compile(r"%\([^()\s]+\)[a-z]|\{[\w.]*\}")


def to_latin_view(text: str) -> str:
    """Every look-alike letter replaced by its Latin twin (for matching, not output).

    >>> to_latin_view("Rеаd mоrе")
    'Read more'
    """
    return text.translate(_LATIN_TRANS)


@functools.cache    # one answer per character, asked of every letter of every word
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


# A Roman numeral of two letters or more, in capitals ("XXI", "XIV", "MCM").
_ROMAN_RE = re.compile(r"(?=[MDCLXVI]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})"
                       r"(?:IX|IV|V?I{0,3})")


#: Letters a word of capitals mixing Latin and Greek has at least to be read as Greek by
#: its Greek letters that have no Latin twin.
_GREEK_CAPITALS_WORD = 6


def _fix_mixed(word: str, context: str) -> tuple[str, str] | None:
    """The repaired form of a word mixing Latin with Cyrillic or Greek, and why.

    ``context`` is the script of the running text around it ('L', 'C', 'G'
    or '') and decides when the word could go either way (``сорy`` is "copy"
    in an English sentence and "сору" in a Russian one).

    >>> _fix_mixed("ХХI", "C") is None     # Cyrillic Х Х, Latin I: a Roman numeral
    True
    >>> _fix_mixed("ENHMEΡΩΣΗ", "")        # Latin E N H M E in a Greek word of capitals
    ('ΕΝΗΜΕΡΩΣΗ', 'Latin letter in a Greek word')
    """
    counts = _counts(word)
    latin, cyr, greek = counts["L"], counts["C"], counts["G"]
    foreign = cyr + greek
    if not foreign or not latin or counts["O"]:
        return None
    if context == "C" and _ROMAN_RE.fullmatch(word.translate(_LATIN_TRANS)):
        # a Roman numeral typed with the keyboard at hand ("ХХI век", Cyrillic Х, Latin
        # I): its letters are figures in either script, and the author's as typed
        return None
    foreign_letters = [ch for ch in word if _script(ch) in ("C", "G")]
    to_latin = all(ch in TO_LATIN for ch in foreign_letters)
    if to_latin and any(ch.islower() and _script(ch) == "G"
                        and (ch != "ο" or context == "G") for ch in foreign_letters):
        # α, ν, ρ, χ, κ … are symbols; only a real word makes them letters.  An
        # omicron is never one (no formula writes it beside an o): "οf" is "of",
        # outside Greek prose, where "οi" is the Greek "οι" with a Latin i.
        # A word mixing Cyrillic and Greek letters is no formula ("һаνe" is "have").
        to_latin = (len(word) >= 3 and latin >= 2) or (cyr > 0 and greek > 0)
    native = "C" if not greek else "G" if not cyr else ""
    table = _FROM_LATIN[native][0] if native else {}
    if native == "G" and context == "G" and (
            greek >= _GREEK_WORD_LETTERS or any(ch in _TONOS for ch in word)
            or (len(word) >= 3 and latin == 1)):
        # In Greek prose a Greek word with a Latin i, k, v, u, x or p has lost its
        # ι, κ, ν, υ, χ or ρ to an OCR engine or a keyboard ("ταξiνόμηση", "kανείς");
        # so has a short one with an accent, which no symbol has ("ότi", "αuτό"), or
        # of three letters with one Latin ("καi", "γiα", "δεv").  Two letters stay
        # ("τi", "vα"): beside Greek words they may still be two symbols.
        table = _GREEK_PROSE_TABLE
    to_native = bool(native) and all(ch in table for ch in word if _script(ch) == "L")
    # A long word of capitals with Greek letters no Latin one looks like ("ENHMEΡΩΣΗ": Ω,
    # Σ) is a Greek word, however many of its letters a keyboard typed Latin; a symbol
    # is a letter or two.
    greek_by_its_own_letters = native == "G" and len(word) >= _GREEK_CAPITALS_WORD and sum(
        ch not in TO_LATIN for ch in foreign_letters) >= 2
    if to_native and native == "G":
        # ΔT, MΩ are symbols beside a Latin letter; a Greek word has small
        # letters (Tους, Nα) or is a word of capitals, mostly Greek ones, or,
        # in Greek prose, a capital with a Latin small letter ("Τo", "Νa").
        to_native = (any(ch.islower() for ch in foreign_letters)
                     or (greek >= 2 and greek > latin)
                     or (context == "G" and any(ch.islower() for ch in word
                                                if _script(ch) == "L"))
                     or greek_by_its_own_letters)
        if any(ch.islower() and ch != "o" for ch in word if _script(ch) == "L"):
            # "σχέδιa" is a Greek word with a Latin a; "πa" is two symbols side by side
            # (a Latin o is always a slip: no formula writes a variable o beside π).
            # In Greek prose the words around say it: "θa", "κaι", "aπό" are θα, και, από.
            to_native = to_native and (greek >= _GREEK_WORD_LETTERS or context == "G")
    if to_latin and to_native:
        to_latin = context == "L" if context else latin >= foreign
        to_native = not to_latin
    if (to_latin and not to_native and context == native and latin <= foreign
            and not _english_in_capitals(word, latin)):
        # "Οi" in Greek prose is more Greek than Latin, yet its i has no Greek twin
        # here: in doubt, it stays ("Нello" in Russian text is still "Hello").
        return None
    if to_latin:
        return word.translate(_LATIN_TRANS), "look-alike letter in a Latin word"
    if to_native and (foreign >= latin or context == native or greek_by_its_own_letters):
        _, trans, name = _FROM_LATIN[native]
        if table is _GREEK_PROSE_TABLE:
            trans = _GREEK_PROSE_TRANS
        return word.translate(trans), f"Latin letter in a {name} word"
    return None


#: Letters a word of capitals has at least to be read as the English word its Latin
#: reading spells when most of its letters were typed on a Greek or Russian keyboard.
_ENGLISH_CAPITALS_WORD = 6


def _english_in_capitals(word: str, latin: int) -> bool:
    """Whether a word of capitals mixing Greek or Cyrillic look-alikes with Latin letters
    that have no twin in that script is an English word typed on two keyboards.

    A Greek page that gives a union's English name ("ΗΕLLΕΝΙC ΑSSΟCΙΑΤΙΟΝ", its L, C
    and S Latin, the rest Greek) shows it: letters of a Greek keyboard cannot spell
    those, and the Latin reading is an English word.  A short word ("Οi") stays in
    doubt.

    >>> _english_in_capitals("ΗΕLLΕΝΙC", 3)
    True
    >>> _english_in_capitals("ΟΙ", 0)
    False
    """
    return (latin >= 2 and len(word) >= _ENGLISH_CAPITALS_WORD and word.isupper()
            and word.translate(_LATIN_TRANS).lower() in english_words())


@functools.lru_cache(maxsize=1 << 14)
def _pure_script(word: str) -> str:
    """'L', 'C' or 'G' for a word written in one of those scripts only, else ''."""
    counts = _counts(word)
    written = [script for script in ("L", "C", "G", "O") if counts[script]]
    return written[0] if len(written) == 1 and written[0] != "O" else ""


def _is_latin_word(word: str | None) -> bool:
    if word is None:
        return False
    counts = _counts(word)
    if not counts["L"] or counts["O"]:
        return False
    return all(ch in TO_LATIN for ch in word if _script(ch) in ("C", "G"))


def _running_text(words: Sequence[tuple[int, int, str]]) -> list[int]:
    """Indexes of the words that tell a line's language: those with a small letter.

    Acronyms and capitals (SCO, NATO, ΟΗΕ, a lone "K") travel between
    languages; only running text says which one a line is written in.
    """
    return [i for i, (_, _, word) in enumerate(words) if any(ch.islower() for ch in word)]


def _neighbours(running: Sequence[int], index: int, reach: int) -> list[int]:
    """Up to ``reach`` running-text words on each side of word ``index``."""
    at = bisect.bisect_left(running, index)
    after = at + 1 if at < len(running) and running[at] == index else at
    return list(running[max(0, at - reach):at]) + list(running[after:after + reach])


@functools.cache
def cleaner_vocabulary() -> frozenset[str]:
    """The Latin words, lower-cased, of the word lists the cleaner reads its chrome by.

    Three letters or more, from the lists' word lines (a comment explains, it is not
    read); a pattern's escapes (``\\s``, ``\\d``) are not words.
    """
    words: set[str] = set()
    folder = resources.files("cms_i18n.clean").joinpath("data")
    for name in _VOCABULARY_LISTS:
        for row in folder.joinpath(name).read_text("utf-8").splitlines():
            if not row.lstrip().startswith("#"):
                words.update(_ASCII_WORD_RE.findall(row.lower()))
    return frozenset(words)


def document_words(text: str) -> frozenset[str]:
    """The Latin words of a text, lower-cased: the words its author is known to write."""
    if not _FOREIGN_RE.search(text):
        return frozenset()
    return frozenset(m.group().lower() for m in _WORD_RE.finditer(text)
                     if m.group().isascii() and len(m.group()) >= 3)


@functools.cache
def english_words() -> frozenset[str]:
    """The English words of ``data/english/words.txt.gz``, lower-cased (SCOWL; see its README)."""
    packed = resources.files("cms_i18n.clean").joinpath("data/english/words.txt.gz")
    rows = gzip.decompress(packed.read_bytes()).decode("ascii").splitlines()
    return frozenset(row for row in rows if not row.startswith("#"))


#: What ``clean --explain`` calls a word each list of :func:`_vocabularies` has.
_TEXT_WORD = "a word the text itself uses elsewhere"
_VOCABULARY_WORD = "a word of the cleaner's built-in vocabulary"
_ENGLISH_WORD = "an English word (from the English word list)"


def _vocabularies(known: frozenset[str]) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    """The words a reading is checked against, nearest first: the page's own words and
    the cleaner's lists, then the English word list; each list with what a word of it
    is called."""
    return (((_TEXT_WORD, known), (_VOCABULARY_WORD, cleaner_vocabulary())),
            ((_ENGLISH_WORD, english_words()),))


def _by_sound(word: str, seen: str | None, known: frozenset[str]) -> tuple[str, str] | None:
    """``tрansport`` read by the sound of its Russian letters, where that gives a known word.

    A Russian letter in an English word is mostly its look-alike (``Нeads``),
    but a writer who types by sound puts ``р`` for r and ``в`` for v.  Where the
    look-alike reading (``seen``, None if there is none) is no word the cleaner
    knows and reading one or more of the Russian letters by sound gives one,
    that word is taken.  The page's own words and the cleaner's lists are asked
    first, the English word list only where they know neither reading: a page
    that writes "real" reads ``рeal`` as it, though "peal" is an English word too.
    """
    counts = _counts(word)
    if counts["G"] or counts["O"] or counts["C"] > 3 or counts["L"] <= counts["C"]:
        return None
    slots = [i for i, ch in enumerate(word) if _script(ch) == "C"]
    choices = []
    for i in slots:
        options = [twin for twin in (TO_LATIN.get(word[i]), _SOUND_TWINS.get(word[i]))
                   if twin and twin.isascii()]
        if not options:
            return None
        choices.append(list(dict.fromkeys(options)))
    asked = ("the text itself or the cleaner's built-in vocabulary",
             "the text itself, the cleaner's built-in vocabulary or the English word list")
    for tier, vocabularies in enumerate(_vocabularies(known)):
        if seen is not None and any(seen.lower() in words for _, words in vocabularies):
            return None
        for picked in itertools.product(*choices):
            letters = list(word)
            for i, latin in zip(slots, picked, strict=True):
                letters[i] = latin
            candidate = "".join(letters)
            found = next((what for what, words in vocabularies
                          if candidate.lower() in words), None)
            if candidate != seen and found is not None:
                unknown = f", '{seen}' is not in {asked[tier]}" if seen else ""
                return candidate, ("Russian letter read by its sound in a Latin word: "
                                   f"'{candidate}' is {found}{unknown}")
    return None


#: Signs a PDF's text layer writes for a Greek letter: the Adobe glyph names "Delta",
#: "mu" and "Omega" each stand for a sign and a letter, and a PDF made from Greek text
#: often gives the sign (∆ U+2206 increment, µ U+00B5 micro, Ω U+2126 ohm).
GREEK_SIGNS = {"\u2206": "\u0394", "\u00b5": "\u03bc", "\u2126": "\u03a9"}
_GREEK_SIGNS_TRANS = str.maketrans(GREEK_SIGNS)
# A run of Greek letters and those signs, with no letter or digit of its own on either side.
_GREEK_RUN_RE = re.compile("(?<![\\w^\u2206])[\u0370-\u03ff\u1f00-\u1fff\u0300-\u036f"
                           "\u2206\u00b5\u2126]+(?![\\w\u2206])")
#: Greek letters a word needs besides the signs to be a word on its own evidence.
_GREEK_SIGN_WORD_LETTERS = 2


def fix_greek_signs(line: str, protected: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """A sign typed for a Greek letter inside a Greek word: ``∆ηµοτικό`` → ``Δημοτικό``.

    Text copied out of a PDF gives ∆ (increment), µ (micro) and Ω (ohm) for the
    letters Δ, μ and Ω, which look the same; a translation engine and a search read
    ``∆ηµοτικό`` as no word.  A sign is a letter where it stands inside a run of Greek
    letters, with no Latin letter or digit touching the run: a word of two Greek
    letters or more besides the signs, or one with an accent (``∆ιάλογο``, ``µια``), on
    its own; a shorter one (``µε``, ``∆ε``) only in a line whose longer words showed the
    signs so.  The signs stay as signs in maths and units (``∆x``, ``5 µm``, ``10 µΩ``,
    ``T^µν``), standing alone (``∆ = b² − 4ac``), and in a short word where the line
    shows them in no longer one (``∆φ``, a phase difference).

    >>> [(e.before, e.after) for e in fix_greek_signs("Το ∆ηµοτικό Συµβούλιο µε πολλά")]
    [('∆ηµοτικό', 'Δημοτικό'), ('Συµβούλιο', 'Συμβούλιο'), ('µε', 'με')]
    >>> fix_greek_signs("η διαφορά ∆φ, ∆x = 5 µm, 10 µΩ, ∆ = 0 και T^µν")
    []
    """
    if not any(sign in line for sign in GREEK_SIGNS):
        return []
    strong: list[Edit] = []
    weak: list[Edit] = []
    for match in _GREEK_RUN_RE.finditer(line):
        run = match.group()
        if not any(sign in run for sign in GREEK_SIGNS) or overlaps(protected, *match.span()):
            continue
        letters = sum(1 for ch in run if ch not in GREEK_SIGNS and ch.isalpha())
        if not letters or (match.start() and line[match.start() - 1] in "_^"):
            continue
        accented = any(ch in _TONOS or unicodedata.combining(ch) for ch in run)
        edit = Edit(match.start(), run, run.translate(_GREEK_SIGNS_TRANS), "homoglyph",
                    "sign typed for a Greek letter in a Greek word")
        (strong if letters >= _GREEK_SIGN_WORD_LETTERS or accented else weak).append(edit)
    return strong + weak if strong else []


def _icon_letter(word: str, fixed: str) -> bool:
    """Is the only letter changed a lower-case Latin one glued before a Cyrillic capital
    ("iНе можете найти …": an information icon's "i" run into the next word)?  A word
    does not go on in capitals after its first small letter, so the "i" is no letter of
    it, and no Ukrainian "і" either.

    >>> _icon_letter("iНе", "іНе"), _icon_letter("змiни", "зміни")
    (True, False)
    """
    return (len(word) > 1 and word[0] != fixed[0] and word[1:] == fixed[1:]
            and word[0].isascii() and word[0].islower() and word[1].isupper())


def fix_homoglyphs(line: str, protected: Sequence[tuple[int, int]] = (),
                   known: frozenset[str] = frozenset()) -> list[Edit]:
    """Edits replacing look-alike letters in one line.

    >>> [(e.before, e.after) for e in fix_homoglyphs("Нeads of state met in а hall")]
    [('Нeads', 'Heads'), ('а', 'a')]
    >>> [(e.before, e.after) for e in fix_homoglyphs("a сорy of the report, Шoйгу said")]
    [('сорy', 'copy'), ('Шoйгу', 'Шойгу')]
    >>> [(e.before, e.after) for e in fix_homoglyphs("Tους Kύκλωπας θα βρεις. K")]
    [('Tους', 'Τους'), ('Kύκλωπας', 'Κύκλωπας'), ('K', 'Κ')]
    >>> fix_homoglyphs("Шойгу told ТАСС that e^(iπ) = -1 and α > π; Ο SCO εστιάζει")
    []
    """
    if not _FOREIGN_RE.search(line):
        return []
    signs = fix_greek_signs(line, protected)
    if signs:
        return _with_signs(line, signs, fix_homoglyphs(_replayed(line, signs), protected, known))
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(line)]
    scripts = [_pure_script(w) for _, _, w in words]
    # A spoiled neighbour still tells the language ("tһе СЅTО’ѕ соmmοn" is English).
    leaning = [script or _leaning(w) for script, (_, _, w) in zip(scripts, words, strict=True)]
    running = _running_text(words)
    # A line of capitals says nothing of its language; its words are then all the
    # context a mixed word has, but a lone letter beside them ("В SCO") stays.
    context_words = running or list(range(len(words)))
    # Words of two letters or more tell the language; the "s" of "%(name)s" does not.
    # Where the words on either side disagree ("стойности са True, False"), the line does.
    # Nor does a placeholder's name: "%(limit_value)s", "{name}" are code, not English.
    slots = [m.span() for m in _PLACEHOLDER_RE.finditer(line)]
    telling = [i for i in context_words if len(words[i][2]) > 1
               and not overlaps(slots, words[i][0], words[i][1])] or context_words
    edits: list[Edit] = []
    repaired = list(scripts)
    for index, (start, end, word) in enumerate(words):
        if not _FOREIGN_RE.search(word) or overlaps(protected, start, end):
            continue
        context = (_majority([leaning[i] for i in _neighbours(telling, index, 2)])
                   or _majority([leaning[i] for i in telling if i != index]))
        if context == "G" and _in_formula(line, start, end):
            context = ""    # "2πa", "πa²": symbols side by side, even in Greek prose
        fixed = _fix_mixed(word, context)
        if context == "L" and (fixed is None or fixed[1] == "look-alike letter in a Latin word"):
            fixed = _by_sound(word, fixed[0] if fixed else None, known) or fixed
        if fixed is None and len(word) == 1:
            fixed = (_fix_lone(line, words, running, index)
                     or _fix_dotted(line, words, running, index))
        if fixed is None and len(word) > 1:
            fixed = (_fix_greek_in_russian(word, context, _in_formula(line, start, end))
                     or _fix_foreign_lookalikes(words, scripts, running, index))
        if fixed is None or _icon_letter(word, new_word := fixed[0]):
            continue
        new, note = new_word, fixed[1]
        edits.append(Edit(start, word, new, "homoglyph", note))
        repaired[index] = _pure_script(new)     # Пyтина is the Russian word it stands for
    for native, (_, _, name) in _FROM_LATIN.items():
        if any(e.note == f"Latin letter in a {name} word" for e in edits):
            edits.extend(_lone_latin(line, words, repaired, running, native, protected))
    told = [script or lean for script, lean in zip(repaired, leaning, strict=True)]
    edits.extend(_lookalike_words(line, words, told, context_words, edits, protected))
    return sorted(edits, key=lambda e: e.column)


def _replayed(line: str, edits: Sequence[Edit]) -> str:
    """``line`` with ``edits`` made, each replacing letters one for one (columns stay)."""
    chars = list(line)
    for edit in edits:
        chars[edit.column:edit.column + len(edit.before)] = list(edit.after)
    return "".join(chars)


def _with_signs(line: str, signs: list[Edit], rest: list[Edit]) -> list[Edit]:
    """The signs' edits and the look-alike edits found once they were made, as edits of
    ``line``: a word both touch is one edit, with the look-alike's note."""
    done = _replayed(_replayed(line, signs), rest)
    edits = []
    for edit in rest:
        start, end = edit.column, edit.column + len(edit.before)
        touching = [s for s in signs if s.column < end and start < s.column + len(s.before)]
        if touching:
            start = min(start, *(s.column for s in touching))
            end = max(end, *(s.column + len(s.before) for s in touching))
            signs = [s for s in signs if s not in touching]
        edits.append(edit._replace(column=start, before=line[start:end], after=done[start:end]))
    return sorted(edits + signs, key=lambda e: e.column)


def _fix_greek_in_russian(word: str, context: str, formula: bool) -> tuple[str, str] | None:
    """A Russian word with Greek letters typed into it (``Аксайсκогο``, ``пο``), in Russian text.

    No language writes Greek and Cyrillic letters in one word, so a word mixing
    them is spoiled; in Russian running text, and where its Cyrillic letters are
    at least as many as its Greek ones, it is the Russian word, each Greek letter
    its Russian twin (``κ`` → ``к``, ``ο`` → ``о``).  A Greek letter with no twin
    (``μ``, ``π``, ``λ``) leaves the word as it is: ``μм`` may be a unit, and a
    word touching a number or a power is a formula's.  Pure Greek words, and
    Greek letters standing alone, have no Cyrillic letter in them and stay.

    >>> _fix_greek_in_russian("перебοи", "C", False)
    ('перебои', 'Greek letter in a Russian word')
    >>> _fix_greek_in_russian("μм", "C", False) is None
    True
    """
    counts = _counts(word)
    if (context != "C" or formula or counts["L"] or counts["O"] or not counts["G"]
            or counts["C"] < counts["G"]
            or not all(_russian(ch) for ch in word if _script(ch) == "C")
            or not all(ch in GREEK_TO_CYRILLIC for ch in word if _script(ch) == "G")):
        return None
    return word.translate(_GREEK_TO_CYRILLIC_TRANS), "Greek letter in a Russian word"


def _in_formula(line: str, start: int, end: int) -> bool:
    """Does the word at [start, end) touch a number, a power or an index (``2πa``, ``πa²``)?"""
    return ((start > 0 and (line[start - 1].isdigit() or line[start - 1] in "^_"))
            or any(ch.isdigit() for ch in line[start:end])
            or (end < len(line) and (line[end].isdigit() or line[end] in "^_²³")))


def _majority(scripts: Sequence[str]) -> str:
    """The script most of ``scripts`` are in, or '' on a tie."""
    ranked = sorted(("L", "C", "G"), key=scripts.count, reverse=True)
    return ranked[0] if scripts.count(ranked[0]) > scripts.count(ranked[1]) else ""


def _leaning(word: str) -> str:
    """The script a mixed word is written in: that of its letters with no twin, else the most.

    ``Пyтин`` leans Cyrillic for its ``П``, ``т`` and ``и``; ``tһе`` and
    ``соmmοn`` lean Latin for their ``t``, ``m`` and ``n``.
    """
    counts = _counts(word)
    if counts["O"]:
        return ""
    alone = {_script(ch) for ch in word if _script(ch) in ("C", "G") and ch not in TO_LATIN}
    alone |= {"L" for ch in word if _script(ch) == "L"
              and ch not in TO_CYRILLIC and ch not in TO_GREEK}
    if len(alone) == 1:
        return alone.pop()
    ranked = sorted(("L", "C", "G"), key=lambda s: counts[s], reverse=True)
    return ranked[0] if counts[ranked[0]] > counts[ranked[1]] else ""


_APOSTROPHES = "'’ʼ"


def _handle(line: str, start: int) -> bool:
    """Is the word at ``start`` a handle or a tag (``@xxxxxx``, ``#soviet``)? Those stay."""
    return start > 0 and line[start - 1] in "@#"


def _lookalike_words(line: str, words: list[tuple[int, int, str]], repaired: Sequence[str],
                     context_words: Sequence[int], edits: Sequence[Edit],
                     protected: Sequence[tuple[int, int]]) -> list[Edit]:
    """Words of look-alike letters only, in English text that shows a spammer's hand.

    ``іѕ``, ``һе``, ``Тһе`` or ``ЅСО`` beside English words could be Cyrillic
    words, and alone they stay (``СОР`` and ``ТАСС`` are Russian); they are
    taken for English when the same line has English words with look-alike
    letters typed into them (repaired above), or when the word mixes Cyrillic
    with Greek letters, which no language writes together (``СЅТΟ``, ``Νо``).
    The running text around must then be English, with no Cyrillic or Greek
    word of its own nearby (``«Как дела»`` in an English sentence stays), and
    a word of Russian capitals stays even so: ``ТАСС`` or ``СОР`` is a Russian
    abbreviation as often as a spoiled ``COP``.
    An English ending after an apostrophe (``Kepler'ѕ``, ``CSTO’ѕ``) is part
    of its word and follows it, when the words around are English too
    (``Facebook'е`` in Russian text stays).
    """
    done = {e.column for e in edits}
    spammed = any(e.note == "look-alike letter in a Latin word" for e in edits)
    found = []
    for index, (start, end, word) in enumerate(words):
        if (start in done or repaired[index] not in ("C", "G", "") or _counts(word)["L"]
                or _handle(line, start)
                or not all(ch in TO_LATIN for ch in word) or overlaps(protected, start, end)):
            continue
        suffix = (start >= 2 and line[start - 1] in _APOSTROPHES and index > 0
                  and words[index - 1][1] == start - 1 and repaired[index - 1] == "L")
        mixed = bool(_counts(word)["C"] and _counts(word)["G"])
        if not (suffix or mixed or spammed) or (len(word) < 2 and not suffix):
            continue
        if not (suffix or mixed) and word.isupper() and all(_russian(ch) for ch in word):
            continue    # ТАСС, СОР, МО: a Russian abbreviation may stand in English text
        near = [i for i in _neighbours(context_words, index, 2) if i != index - suffix]
        if not near and suffix:
            near = [index - 1]
        if any(repaired[i] in ("C", "G") and not all(ch in TO_LATIN for ch in words[i][2])
               for i in near):
            continue    # a genuine Cyrillic or Greek word beside it: a quotation
        if near and [repaired[i] for i in near].count("L") * 2 > len(near):
            found.append(Edit(start, word, word.translate(_LATIN_TRANS), "homoglyph",
                              "word of look-alike letters among English words"))
    return found


def _spaced(line: str, start: int, end: int) -> bool:
    """Does the word at [start, end) stand between blanks or the line's ends?"""
    return ((start == 0 or line[start - 1] in " \t")
            and (end == len(line) or line[end] in " \t"))


def _fix_lone(line: str, words: list[tuple[int, int, str]], running: Sequence[int],
              index: int) -> tuple[str, str] | None:
    """A single look-alike letter standing alone in English text (``has а plan``).

    It needs blanks on both sides and English running text next to it, and
    nothing else there: ``Ο SCO εστιάζει`` is a Greek article before an
    acronym.  Greek lower-case letters alone are symbols (``α``, ``π``) and
    stay, and so does a lone lower-case letter other than ``а`` ("the
    Cyrillic letter ј").  Whole words of look-alike letters are not touched:
    ``сор`` and ``ТАСС`` are Russian words, and so is a letter alone in a line
    written mostly in its own script.
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
    native = _script(word)
    others = [_pure_script(words[i][2]) for i in running if i != index]
    if native in ("C", "G") and others.count(native) >= others.count("L") > 0:
        # A line written in the letter's own script: "В `sh` скриптах", "В ``Create a
        # PPV'' (``Создай PPV'')" open with the Russian word for "in".
        return None
    capitals = [i for i, (_, _, other) in enumerate(words) if i != index and len(other) > 1
                and other.isupper() and _pure_script(other) == native
                and any(ch not in TO_LATIN for ch in other)]
    if native in ("C", "G") and len(capitals) >= max(others.count("L"), 1):
        # A line set in capitals of the letter's own script, which no running text
        # shows: "ΚΑΤΗΓΟΡΙΑ: Κ-8 / 5 vs 5 / 4 X 10’ ΣΑΒΒΑΤΟ" is a Greek age group.
        return None
    near = _neighbours(running, index, 1)
    # A capital before a hyphen and a number is a model's letter: "the Т-90 tank".
    numbered = latin.isupper() and re.match(r"-\d", line[end:end + 2]) is not None
    if ((_spaced(line, start, end) or (numbered and (start == 0 or line[start - 1] in " \t")))
            and near and all(_is_latin_word(words[i][2]) for i in near)):
        return latin, "look-alike letter between English words"
    return None


def _fix_dotted(line: str, words: list[tuple[int, int, str]], running: Sequence[int],
                index: int) -> tuple[str, str] | None:
    """A look-alike letter of a dotted abbreviation in English text (``а.m.``, ``Р.Ѕ.``).

    The abbreviation's letters are one each, joined by full stops, all Latin or
    look-alikes, and the running text on both sides is English: Russian initials
    (``А.С. Пушкин``) stand beside Russian words and stay.
    """
    start, end, word = words[index]
    if len(word) != 1 or word not in TO_LATIN or (_script(word) == "G" and word.islower()):
        return None
    match = re.search(r"(?:[^\W\d_]\.)*$", line[:start])
    joined = re.match(r"(?:[^\W\d_]\.)+[^\W\d_]?",
                      (match.group() if match else "") + line[start:])
    letters = joined.group().replace(".", "") if joined else ""
    if len(letters) < 2 or not all(_script(ch) == "L" or ch in TO_LATIN for ch in letters):
        return None
    if line[end:end + 1] != "." and not (match and match.group()):
        return None
    near = [i for i in _neighbours(running, index, 2) if len(words[i][2]) > 1]
    if near and all(_is_latin_word(words[i][2]) and _counts(words[i][2])["L"] for i in near):
        return word.translate(_LATIN_TRANS), "look-alike letter in an English abbreviation"
    return None


def _russian(ch: str) -> bool:
    return "А" <= ch <= "я" or ch in "Ёё"


def _fix_foreign_lookalikes(words: list[tuple[int, int, str]], scripts: Sequence[str],
                            running: Sequence[int], index: int) -> tuple[str, str] | None:
    """A word made only of look-alike letters, one of them foreign to Russian, in English.

    ``СЅТО`` or ``ЅСО`` between English words is an acronym typed with a
    Macedonian ``Ѕ``, and ``World War ІІ`` a numeral typed with a Ukrainian
    ``І``: no Russian word has those letters, and a Ukrainian or Macedonian word
    made only of letters that look Latin is rare enough, beside English words and
    in a line with no other Cyrillic word, to be the slip; a word of two small
    letters may be one (Serbian ``ја``) and stays.  Words of Russian
    look-alike letters alone (``СОР``, ``ТАСС``, ``сор``) are Russian words and
    stay, like any Cyrillic word with a letter that looks like no Latin one.

    >>> [(e.before, e.after) for e in fix_homoglyphs("the СЅТО and ЅСО met in World War ІІ")]
    [('СЅТО', 'CSTO'), ('ЅСО', 'SCO'), ('ІІ', 'II')]
    >>> fix_homoglyphs("the СОР summit, ТАСС said")
    []
    """
    _, _, word = words[index]
    if (scripts[index] != "C" or not all(ch in TO_LATIN for ch in word)
            or all(_russian(ch) for ch in word) or (len(word) < 3 and not word.isupper())):
        return None     # "ја" and "і" are the Serbian "I" and the Ukrainian "and"
    if any(scripts[i] == "C" and (i in running or not all(ch in TO_LATIN for ch in other))
           for i, (_, _, other) in enumerate(words) if i != index):
        return None     # a line with Cyrillic words of its own: "Ѕ" may be Macedonian there
    near = _neighbours(running, index, 1)
    if near and all(scripts[i] == "L" for i in near):
        return (word.translate(_LATIN_TRANS),
                "look-alike letters of another alphabet in English text")
    return None


def _lone_latin(line: str, words: list[tuple[int, int, str]], scripts: Sequence[str],
                running: Sequence[int], native: str,
                protected: Sequence[tuple[int, int]]) -> list[Edit]:
    """Lone Latin look-alikes in a line that has shown Latin letters in ``native`` words.

    A typist or an OCR engine that put a Latin ``T`` into ``Tους`` did the
    same to a letter standing alone (``διόλου. K``, ``o Πούτιν``) and to a word
    all of whose letters it could take (``He`` for "Не", ``ce`` for "се",
    ``To`` for "Το"), where the words on both sides are native; without that
    evidence a lone Latin letter in Greek or Russian text is a label or a
    variable ("σχέδιο B", "x и y") and stays.
    """
    table, trans, name = _FROM_LATIN[native]

    edits = []
    for index, (start, end, word) in enumerate(words):
        near = _neighbours(running, index, 1)
        if word == "a" and native == "G":
            continue    # "ο" is the Greek article; "α" alone is no Greek word
        if not near or not all(scripts[i] == native for i in near) \
                or overlaps(protected, start, end):
            continue
        if len(word) == 1 and word in table and _spaced(line, start, end):
            edits.append(Edit(start, word, word.translate(trans), "homoglyph",
                              f"lone Latin letter in {name} text"))
        elif (len(word) > 1 and all(ch in table for ch in word)
              and any(ch.islower() for ch in word) and not _handle(line, start)):
            # "He", "ce", "Bac", "To": a whole word of look-alikes between native words;
            # an acronym (NATO, HP) travels between languages and stays.
            edits.append(Edit(start, word, word.translate(trans), "homoglyph",
                              f"word of Latin look-alikes in {name} text"))
    return edits


def doubts(line: str) -> list[tuple[int, str, str]]:
    """Look-alike words left as they are in a line whose other look-alikes were repaired.

    (column, word, why) for each: a line that showed look-alike letters makes
    an editor look for more, and these are the ones the evidence was too weak
    for (``ТАСС`` may be the Russian agency, ``В`` before ``NATO`` the Russian
    "in", ``α`` a symbol).  A line with nothing repaired has no doubts: genuine
    text is never questioned.

    >>> doubts("Тhе СОР summit, ТАСС said")
    [(4, 'СОР', 'a word of Russian capitals may be a Russian abbreviation'), \
(16, 'ТАСС', 'a word of Russian capitals may be a Russian abbreviation')]
    >>> doubts("the СОР summit, ТАСС said")
    []
    """
    edits = fix_homoglyphs(line)
    if not edits:
        return []
    chars = list(line)
    for edit in edits:
        chars[edit.column:edit.column + len(edit.before)] = list(edit.after)
    repaired = "".join(chars)
    edited = {e.column for e in edits}
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(repaired)]
    running = _running_text(words) or list(range(len(words)))
    script = _majority([_pure_script(w) or _leaning(w) for i, (_, _, w) in enumerate(words)
                        if i in running and len(w) > 1])
    found = []
    for start, _, word in words:
        counts = _counts(word)
        if start in edited or counts["O"]:
            continue
        why = ""
        if script == "L" and not counts["L"] and all(ch in TO_LATIN for ch in word):
            if word.isupper() and all(_russian(ch) for ch in word) and len(word) > 1:
                why = "a word of Russian capitals may be a Russian abbreviation"
            elif len(word) == 1 and _script(word) == "G" and word.islower():
                why = "a Greek small letter alone is a symbol"
            elif len(word) == 1:
                why = "a letter alone may be a label or a Cyrillic word"
            else:
                why = "it may be a Cyrillic or Greek word quoted in English text"
        elif script in ("C", "G") and counts["L"] and not counts["C"] and not counts["G"] \
                and all(ch in _FROM_LATIN[script][0] for ch in word):
            why = ("an acronym travels between languages" if word.isupper() and len(word) > 1
                   else "it may be a Latin word or label in the text")
        if why:
            found.append((start, word, why))
    return found
