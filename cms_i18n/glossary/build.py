"""Turn loosely typed records (from YAML, CSV or TBX) into checked glossary objects.

Every loader reports problems the same way: an :class:`InputError` naming the
file and line of the offending entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from cms_i18n.errors import InputError, LanguageError
from cms_i18n.fileio import decode_utf8, read_file
from cms_i18n.glossary.model import GENDERS, NUMBERS, Origin, Term
from cms_i18n.languages import normalize

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# C0 and C1 controls, lone surrogates, bidirectional embeddings, overrides, isolates.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")

_GENDER_WORDS = {
    "m": "m", "masc": "m", "masculine": "m",
    "f": "f", "fem": "f", "feminine": "f",
    "n": "n", "neut": "n", "neuter": "n",
}
_NUMBER_WORDS = {"sg": "sg", "singular": "sg", "pl": "pl", "plural": "pl"}


def fail(message: str, origin: Origin | None) -> InputError:
    """An InputError located at ``origin``."""
    return InputError(message, path=origin.path if origin else None,
                      line=origin.line if origin else None)


def read_text(path: Path) -> str:
    """A glossary file's text, a leading byte-order mark dropped (spreadsheets write one).

    An unreadable or non-UTF-8 file is one :class:`InputError` naming it, never a
    traceback.
    """
    return decode_utf8(read_file(path, "glossary"), path)


def check_id(value: str, origin: Origin) -> str:
    """A concept id: letters, digits, ``_ . -``; used in comments and TBX ids."""
    value = value.strip()
    if not ID_RE.match(value):
        raise fail(f"invalid concept id {value!r} (use letters, digits, '_', '.', '-')", origin)
    return value


def check_lang(value: str, origin: Origin) -> str:
    """A BCP-47 language code in canonical form."""
    try:
        return normalize(value)
    except LanguageError:
        raise fail(f"unknown language code {value!r}", origin) from None


def check_gender(value: str | None, origin: Origin) -> str | None:
    """``m``/``f``/``n`` (long forms accepted), or None."""
    if value is None or str(value).strip() == "":
        return None
    found = _GENDER_WORDS.get(str(value).strip().lower())
    if found is None:
        raise fail(f"gender must be one of {', '.join(GENDERS)}, not {value!r}", origin)
    return found


def check_number(value: str | None, origin: Origin) -> str:
    """``sg``/``pl`` (long forms accepted); singular when not given."""
    if value is None or str(value).strip() == "":
        return "sg"
    found = _NUMBER_WORDS.get(str(value).strip().lower())
    if found is None:
        raise fail(f"number must be one of {', '.join(NUMBERS)}, not {value!r}", origin)
    return found


def check_text(value: str, what: str, origin: Origin) -> str:
    r"""A non-empty term, whitespace normalised, without control characters.

    A NUL or another control character in a term travels through the engine as
    part of the text; in Apertium's NUL-delimited stream it splits a record in
    two, and a bidirectional override makes a name display as another.  Such
    characters are never part of a name, so the glossary refuses them.

    >>> check_text("Shanghai\tCooperation  Organisation", "term", Origin("g.yaml", 3))
    'Shanghai Cooperation Organisation'
    >>> check_text("CS\x00TO", "acronym", Origin("g.yaml", 3))
    Traceback (most recent call last):
    ...
    cms_i18n.errors.InputError: g.yaml:3: acronym 'CS\x00TO' contains a control character (U+0000)
    """
    raw = str(value)
    bad = _CONTROL.search(" ".join(raw.split()))
    if bad:
        raise fail(f"{what} {raw!r} contains a control character "
                   f"(U+{ord(bad.group()):04X})", origin)
    text = " ".join(raw.split())
    if not text:
        raise fail(f"empty {what}", origin)
    return text


def term(text: str, gender: str | None, number: str | None, origin: Origin,
         what: str = "term") -> Term:
    """A checked :class:`Term`."""
    return Term(check_text(text, what, origin), check_gender(gender, origin),
                check_number(number, origin))


def unique(values: Iterable[str], what: str, origin: Origin, *, fold: bool = True
           ) -> tuple[str, ...]:
    """Keep order; a form listed twice in the same place is a mistake.

    Source names match whatever their case, so they are compared case-folded
    (``fold``); acronyms and target forms are matched as written and compared
    exactly ("ASEAN" and "Asean" are two acronyms).
    """
    seen: dict[str, str] = {}
    for value in values:
        key = " ".join(value.split())
        key = key.casefold() if fold else key
        if key in seen:
            raise fail(f"{what} {value!r} listed twice", origin)
        seen[key] = value
    return tuple(seen.values())
