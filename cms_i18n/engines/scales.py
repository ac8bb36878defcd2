"""Figures abbreviated with their scale ("$100bn", "£5m"), written out for the engine.

Apertium's English–Spanish pair reads "bn" after a figure as "billones": "the $100bn
BRICS bank" came out "los 100 billones de dólares", a thousand times the sum, since a
Spanish "billón" is a million millions (Catalan "bilions", Portuguese through Spanish
"biliões", the same).  The word written out, "$100 billion", it translates "100 mil
millones", as every language after it in a chain does; the Catalan pair reads "billion"
as "bilions" too, and "thousand million" as "mil milions".  A figure's "m" after a currency
sign ("$5m") is millions, which it left as an unknown "*m"; a bare "5m" is a length,
and stays.
"""

from __future__ import annotations

import re

from cms_i18n.languages import base

# A figure glued to "bn" ("100bn", "$2.5bn", "£3bn"), not a part of a longer word.
_BILLIONS = re.compile(r"(?<![\w.])((?:[$£€¥₹]\s?)?\d+(?:[.,]\d+)?)\s?bn\b")
# A sum after a currency sign glued to "m" ("$5m", "€2.5m"), not "5m" of a length.
_MILLIONS = re.compile(r"(?<![\w.])([$£€¥₹]\s?\d+(?:[.,]\d+)?)m\b")


#: Languages whose pair reads "billion" as a million millions.
_THOUSAND_MILLIONS = frozenset({"ca"})


def spelt_scales(text: str, target: str = "") -> str:
    """``text`` with each figure's "bn" written "billion" ("thousand million" for a
    ``target`` whose pair misreads "billion"), and a sum's "m" "million".

    >>> spelt_scales("The $100bn bank and a £2.5bn fund; $5m in aid; a 5m wall; 3bn users")
    'The $100 billion bank and a £2.5 billion fund; $5 million in aid; a 5m wall; 3 billion users'
    >>> spelt_scales("They pledged $2bn.", "ca"), spelt_scales("The bnb and 4m0 stay.")
    ('They pledged $2 thousand million.', 'The bnb and 4m0 stay.')
    """
    if "bn" in text:
        word = "thousand million" if base(target) in _THOUSAND_MILLIONS else "billion"
        text = _BILLIONS.sub(rf"\1 {word}", text)
    if "m" in text:
        text = _MILLIONS.sub(r"\1 million", text)
    return text
