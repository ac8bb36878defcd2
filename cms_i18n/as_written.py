"""Units no engine should see: text not in the source language, and source code.

A Russian paragraph quoted whole in an English page, a Greek poem, a Python
snippet pasted without fences: an English→Spanish engine can only damage them
(``return False`` became ``de veto regreso``).  Such a unit is left untranslated
in the catalogue, with a note saying why, so ``apply`` keeps it as written; an
editor can still translate it by hand.

Both judgements look at the text alone, never at a site or at given words:

* **another script** — most of the unit's letters are written in a script that
  is not the source language's (Cyrillic or Greek in English content, Latin in
  Russian content), the script the language is written in taken from CLDR's
  likely subtags;
* **source code** — every line is one the cleaner's code detection
  (:func:`cms_i18n.clean.structure.code_mask`) keeps as code, with the layout or
  the brackets and operators of code besides; or a single line that calls
  something (``print(...)``) with as many brackets and operators as code has.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from babel.core import get_global

from cms_i18n import languages
from cms_i18n.clean.blocks import is_prose
from cms_i18n.clean.structure import code_mask, looks_like_code

CODE_NOTE = "source code: left as written"

# ISO 15924 codes → the first word of the Unicode names of their letters.
_SCRIPT_NAMES: dict[str, frozenset[str]] = {
    "Latn": frozenset({"LATIN"}), "Cyrl": frozenset({"CYRILLIC"}),
    "Grek": frozenset({"GREEK"}), "Arab": frozenset({"ARABIC"}),
    "Hebr": frozenset({"HEBREW"}), "Hans": frozenset({"CJK"}), "Hant": frozenset({"CJK"}),
    "Hani": frozenset({"CJK"}), "Jpan": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "Kore": frozenset({"HANGUL", "CJK"}), "Deva": frozenset({"DEVANAGARI"}),
    "Beng": frozenset({"BENGALI"}), "Thai": frozenset({"THAI"}),
    "Geor": frozenset({"GEORGIAN"}), "Armn": frozenset({"ARMENIAN"}),
    "Ethi": frozenset({"ETHIOPIC"}), "Taml": frozenset({"TAMIL"}),
}
# Fewer letters than this in other scripts is a name or a word quoted, not a text.
_FOREIGN_LETTERS = 3
# Brackets and operators: what code is dense with and prose is not.
_CODE_MARKS = frozenset("()[]{}<>=+*/%&|^~;")
_CODE_DENSITY = 0.05        # of a unit whose every line the cleaner reads as code
_LINE_DENSITY = 0.2         # of a single line the cleaner does not
_CALL_RE = re.compile(r"(?<![\w.])[A-Za-z_][\w.]*\(")
_SENTENCE_END_RE = re.compile(r"[.!?…]['\"”’»]*$")
_FENCE_RE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})")
_UNDERLINE_RE = re.compile(r"[ \t]*([=\-~^\"'`#*+_])\1{2,}[ \t]*")


@functools.lru_cache(maxsize=4096)
def _letter_script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


@functools.lru_cache(maxsize=64)
def scripts_of_language(lang: str) -> frozenset[str]:
    """The scripts a language is written in, as Unicode names them (``en`` → LATIN);
    empty when CLDR does not say or the script is not one named here."""
    code = languages.normalize(lang).replace("-", "_")
    likely = get_global("likely_subtags")
    for key in (code, code.split("_")[0]):
        found = likely.get(key)
        if found:
            parts = found.split("_")
            script = next((p for p in parts[1:] if len(p) == 4 and p.istitle()), None)
            return _SCRIPT_NAMES.get(script or "", frozenset())
    return frozenset()


def letters_by_script(text: str) -> dict[str, int]:
    """How many letters of ``text`` each script has (CYRILLIC, GREEK, LATIN …)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = _letter_script(ch)
            counts[name] = counts.get(name, 0) + 1
    return counts


def in_other_script(text: str, lang: str) -> bool:
    """Are most of ``text``'s letters (three at least) in a script ``lang`` is not
    written in?

    >>> in_other_script("Совет Безопасности провёл совещание.", "en")
    True
    >>> in_other_script("The CSTO («ОДКБ» in Russian) met in Minsk.", "en")
    False
    """
    own = scripts_of_language(lang)
    if not own:
        return False
    counts = letters_by_script(text)
    other = sum(n for name, n in counts.items() if name not in own)
    return other >= _FOREIGN_LETTERS and 2 * other > sum(counts.values())


def _density(text: str) -> float:
    marks = sum(ch in _CODE_MARKS for ch in text)
    solid = sum(not ch.isspace() for ch in text)
    return marks / solid if solid else 0.0


def is_code(text: str) -> bool:
    """Is the unit source code?

    >>> is_code('def count(votes):\\n    return sum(1 for v in votes if v == "yes")')
    True
    >>> is_code('print(count_votes(["yes"] * 9 + [\\'no\\']))')
    True
    >>> is_code("UPDATE: the Council met on Tuesday")
    False
    """
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    # A heading underlined with one mark repeated (Markdown, reStructuredText) is
    # judged by its words: "Copyright" over "=========" is a heading to translate.
    words = [line for line in filled if not _UNDERLINE_RE.fullmatch(line)]
    if len(words) <= 1 < len(filled) <= 3:
        return False
    marked = all(m or not line.strip() for m, line in zip(code_mask(lines, "text"), lines,
                                                            strict=True))
    if len(filled) > 1:
        indented = any(line[:1] in (" ", "\t") for line in filled[1:])
        # One line at least says code by itself: indentation after code is no evidence.
        return marked and any(looks_like_code(line) or _FENCE_RE.match(line)
                              for line in filled) and (
            indented or _density(text) >= _CODE_DENSITY)
    line = filled[0].strip()
    if _SENTENCE_END_RE.search(line) or is_prose(line):
        return False    # a line that ends as a sentence does, or reads as one
    density = _density(line)
    return (marked and density >= 3 * _CODE_DENSITY) or (
        bool(_CALL_RE.search(line)) and density >= _LINE_DENSITY)


def left_as_written(text: str, source_lang: str) -> str | None:
    """Why ``text`` goes to no engine (the catalogue note), or None when it may."""
    if is_code(text):
        return CODE_NOTE
    if in_other_script(text, source_lang):
        return f"not in {languages.display_name(source_lang)}: left as written"
    return None
