"""Numbers as each language writes them, so a check can tell a changed value from a
changed style.

English writes one and a half thousand ``1,500``; Spanish, German, Portuguese and
Italian write ``1.500`` and read ``1,500`` as one and a half; French and Russian group
with a space (``1 500``) and mark decimals with a comma.  A translation that keeps the
source's ``1,500`` in Spanish therefore shows a different value, while ``3.5`` kept in
Spanish shows the right value in a foreign style (the established form is ``3,5``).
Which mark groups and which marks decimals comes from CLDR through Babel.

A space of any width groups thousands in every language (the SI style, which the
Spanish Academy recommends too), so it is never a foreign style.  A text with no
known language is read by its digits alone: ``1,000.50`` and ``1.000,50`` are equal.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from cms_i18n.languages import base

# A number: digits in groups of three after a first group of one to three, with one
# separator throughout (a comma, a stop, a space, a no-break or thin space, an
# apostrophe), or digits alone; then a decimal part.  "2003 784m" is two numbers: no
# language groups 2003 so.
NUMBER = re.compile(r"(?<!\d)(?P<int>\d{1,3}(?P<sep>[.,\u00a0\u202f\u2009'’ ])\d{3}"
                    r"(?:(?P=sep)\d{3})*(?!\d)|\d+)(?:(?P<mark>[.,])(?P<frac>\d+))?")

_SPACES = frozenset(" \u00a0\u202f\u2009")
_GROUP_ONLY = _SPACES | {"'", "’"}


@dataclass(frozen=True)
class Convention:
    """How one language writes numbers: its decimal mark and its thousands separator."""

    name: str
    decimal: str
    group: str
    locale: str

    def groups_with(self, sep: str) -> bool:
        """Whether ``sep`` between groups of three is this language's own way."""
        return sep in _SPACES or sep == self.group or (
            sep in _GROUP_ONLY and self.group in _GROUP_ONLY)


@functools.cache
def convention(lang: str) -> Convention | None:
    """The number convention of ``lang`` (``es``, ``pt-PT``, ``de_CH``), or None when
    the language is unknown or not given.

    >>> convention("es"), convention("xx") is None
    (Convention(name='Spanish', decimal=',', group='.', locale='es'), True)
    """
    if not lang:
        return None
    for code in (lang.replace("-", "_").replace("@", "_"), base(lang)):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        return Convention(str(locale.english_name), get_decimal_symbol(locale),
                          get_group_symbol(locale), str(locale))
    return None


@dataclass(frozen=True)
class Reading:
    """One number as written, and the values a reader of the language may take it for.

    ``values`` holds one value unless the number uses a mark the language does not
    use at all (``1.500`` in French), which could be grouping or decimals; ``native``
    says whether it is written as the language writes numbers.
    """

    text: str
    values: tuple[Decimal, ...]
    native: bool


def read(match: re.Match[str], lang: str) -> Reading:
    """How a reader of ``lang`` takes the number ``match`` (of :data:`NUMBER`) found.

    >>> [read(NUMBER.search(n), "es").values[0] for n in ("1.500", "1,500", "1 500")]
    [Decimal('1500'), Decimal('1.500'), Decimal('1500')]
    >>> read(NUMBER.search("1.500"), "fr").values, read(NUMBER.search("3.5"), "es").native
    ((Decimal('1500'), Decimal('1.500')), False)
    """
    text, integer, sep, mark, frac = match.group(0, "int", "sep", "mark", "frac")
    digits = re.sub(r"\D", "", integer)
    known = convention(lang)
    if known is None:
        return Reading(text, (Decimal(re.sub(r"\D", "", text)),), True)
    if mark is not None:
        # A decimal part after grouping, or after digits alone: "1,000.50", "3,5".
        value = Decimal(f"{digits}.{frac}")
        native = mark == known.decimal and (sep is None or known.groups_with(sep))
        return Reading(text, (value,), native)
    if sep is None:
        return Reading(text, (Decimal(digits),), True)
    grouped = Decimal(digits)
    if sep in _GROUP_ONLY or integer.count(sep) > 1 or sep == known.group:
        return Reading(text, (grouped,), known.groups_with(sep))
    head, tail = integer.split(sep)
    as_decimal = Decimal(f"{head}.{tail}")
    if sep == known.decimal:
        return Reading(text, (as_decimal,), True)
    return Reading(text, (grouped, as_decimal), False)


def written(value: Decimal, lang: str) -> str:
    """``value`` as ``lang`` writes it (``1.500`` in Spanish, ``1 500`` in French)."""
    known = convention(lang)
    if known is None:
        return str(value)
    exponent = value.normalize().as_tuple().exponent     # 1.500 read as decimals is 1.5
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(value, format=pattern, locale=known.locale)
