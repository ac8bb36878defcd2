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

Not every number is a quantity: a version "3.11.2", an IP address, a date, a time
"at 10.30", a phone number, "section 3.2", "ISBN 1,234", "v1.5", "Python 3.11" are
labels, written the same in every language (:func:`figures`).

Writing a number in a language (:func:`written`, :func:`restyled`) follows CLDR's
minimum grouping too: Spanish, Italian and European Portuguese leave a four-digit
number ungrouped (``1500``, ``15.000``), as the Spanish Academy's spelling rules ask.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol, list_currencies

from cms_i18n.languages import base
from cms_i18n.stopwords import STOPWORDS

# A number: digits in groups of three after a first group of one to three, with one
# separator throughout (a comma, a stop, a space, a no-break or thin space, an
# apostrophe), or digits alone; then a decimal part.  "2003 784m" is two numbers: no
# language groups 2003 so.
NUMBER = re.compile(r"(?<!\d)(?P<int>\d{1,3}(?P<sep>[.,\u00a0\u202f\u2009'’ ])\d{3}"
                    r"(?:(?P=sep)\d{3})*(?!\d)|\d+)(?:(?P<mark>[.,])(?P<frac>\d+))?")

_SPACES = frozenset(" \u00a0\u202f\u2009")
_GROUP_ONLY = _SPACES | {"'", "’"}

# CLDR's minimumGroupingDigits of 2: the locales that group a number only from five
# digits on ("1500" but "15.000").  Babel carries the separators but not this field;
# the list is CLDR 48's, as ICU 78 formats 1500 and 15000 in each locale.  Every
# other locale groups from four digits.
_GROUP_FROM_FIVE = frozenset({
    "be", "be_BY", "be_TARASK", "bg", "bg_BG", "es", "es_ES", "es_EA", "es_IC", "es_GQ",
    "es_PH", "et", "et_EE", "hu", "hu_HU", "hy", "hy_AM", "it", "it_IT", "it_CH", "it_SM",
    "it_VA", "ka", "ka_GE", "lv", "lv_LV", "pl", "pl_PL", "pt_PT", "pt_CH", "pt_CV", "pt_GQ",
    "pt_GW", "pt_LU", "pt_MO", "pt_MZ", "pt_ST", "pt_TL", "sl", "sl_SI", "sq", "sq_AL",
    "sq_MK", "sq_XK"})


@dataclass(frozen=True)
class Convention:
    """How one language writes numbers: its decimal mark and its thousands separator."""

    name: str
    decimal: str
    group: str
    locale: str
    #: Digits a number needs before its thousands are grouped: 4, or 5 where CLDR's
    #: minimum grouping is two ("1500" but "15.000" in Spanish).
    grouped_from: int = 4

    def groups_with(self, sep: str) -> bool:
        """Whether ``sep`` between groups of three is this language's own way."""
        return sep in _SPACES or sep == self.group or (
            sep in _GROUP_ONLY and self.group in _GROUP_ONLY)


@functools.cache
def convention(lang: str) -> Convention | None:
    """The number convention of ``lang`` (``es``, ``pt-PT``, ``de_CH``), or None when
    the language is unknown or not given.

    >>> convention("es"), convention("xx") is None
    (Convention(name='Spanish', decimal=',', group='.', locale='es', grouped_from=5), True)
    """
    if not lang:
        return None
    for code in (lang.replace("-", "_").replace("@", "_"), base(lang)):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        return Convention(str(locale.english_name), get_decimal_symbol(locale),
                          get_group_symbol(locale), str(locale),
                          5 if str(locale) in _GROUP_FROM_FIVE else 4)
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
    #: The scale word after it that ``values`` count in (" billion"), if any, and its
    #: power of ten.
    scale: str = ""
    power: int = 0

    @property
    def shown(self) -> str:
        """The number as written, with its scale word."""
        return self.text + self.scale


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


# The words after a figure that scale it, per language, longest first, each with its
# power of ten.  A "billion" is a thousand millions in English (and in Brazil's
# Portuguese) but a million millions in Spanish, French, Catalan, Portugal's Portuguese,
# Italian's "bilione" and German: "5 billion" is "5.000 millones" or "5 mil millones",
# and "5 billones" says a thousand times as much.
_SCALES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("thousand million", 9), ("thousand", 3), ("million", 6), ("billion", 9),
           ("trillion", 12), ("bn", 9), ("m", 6)),
    "es": (("mil millones", 9), ("mil", 3), ("millones", 6), ("millón", 6),
           ("millardos", 9), ("millardo", 9), ("billones", 12), ("billón", 12)),
    "fr": (("mille", 3), ("millions", 6), ("million", 6), ("milliards", 9), ("milliard", 9),
           ("billions", 12), ("billion", 12)),
    "ca": (("mil milions", 9), ("mil", 3), ("milions", 6), ("milió", 6),
           ("miliards", 9), ("miliard", 9), ("bilions", 12), ("bilió", 12)),
    "gl": (("mil millóns", 9), ("mil", 3), ("millóns", 6), ("millón", 6),
           ("billóns", 12), ("billón", 12)),
    "pt": (("mil milhões", 9), ("mil", 3), ("milhões", 6), ("milhão", 6),
           ("bilhões", 9), ("bilhão", 9), ("biliões", 12), ("bilião", 12),
           ("trilhões", 12), ("trilhão", 12)),
    "it": (("mila", 3), ("mille", 3), ("milioni", 6), ("milione", 6), ("miliardi", 9),
           ("miliardo", 9), ("bilioni", 12), ("bilione", 12)),
    "ru": (("тыс.", 3), ("тысяч", 3), ("тысячи", 3), ("тысяча", 3), ("млн", 6),
           ("миллионов", 6), ("миллиона", 6), ("миллион", 6), ("млрд", 9),
           ("миллиардов", 9), ("миллиарда", 9), ("миллиард", 9), ("трлн", 12),
           ("триллионов", 12), ("триллиона", 12), ("триллион", 12)),
    "de": (("tausend", 3), ("millionen", 6), ("million", 6), ("milliarden", 9),
           ("milliarde", 9), ("mrd.", 9), ("mio.", 6), ("billionen", 12), ("billion", 12)),
}
_SCALE_RE = {lang: re.compile(r"[ \t\u00a0]?(" + "|".join(re.escape(w) for w, _ in words)
                              + r")(?![^\W\d_])", re.IGNORECASE)
             for lang, words in _SCALES.items()}
#: Per language, each scale word (folded) → its power of ten, read once.
_SCALE_POWERS = {lang: {word.casefold(): power for word, power in words}
                 for lang, words in _SCALES.items()}


def reads_scales(lang: str) -> bool:
    """Whether :func:`scaled` knows ``lang``'s scale words."""
    return base(lang) in _SCALES


# Scale letters that are a scale only glued to a sum after a currency sign: "$5m" is five
# million dollars, "a 5m wall" five metres.
_SUM_ONLY = frozenset({"m"})
_CURRENCY_SIGNS = "$£€¥₹"


def scaled(reading: Reading, after: str, lang: str, before: str = "") -> Reading:
    """``reading`` times the scale word that follows it in ``after`` (the text after the
    number), in ``lang``; as it was without one, or for a language not listed.  ``before``
    (the text before the number) tells a sum ("$5m") from a length ("5m").

    >>> def value(text: str, lang: str) -> Decimal:
    ...     match = NUMBER.search(text)
    ...     return scaled(read(match, lang), text[match.end():], lang).values[0]
    >>> len({value("$235.5 billion", "en"), value("235.500 millones", "es"),
    ...      value("235,5 mil millones", "es"), value("235,5 milliards", "fr")})
    1
    >>> value("5 billones", "es") == value("5 billion", "en")
    False
    >>> scaled(read(NUMBER.search("5 billones"), "es"), " billones", "es").shown
    '5 billones'
    >>> [scaled(read(NUMBER.search("5"), "en"), after, "en", before).shown
    ...  for before, after in (("$", "m in aid"), ("a ", "m wall"))]
    ['5m', '5']
    """
    pattern = _SCALE_RE.get(base(lang))
    found = pattern.match(after) if pattern is not None else None
    if found is None:
        return reading
    word = found.group(1).casefold()
    if word in _SUM_ONLY and (found.group(0) != found.group(1)
                              or not before.rstrip()
                              or before.rstrip()[-1] not in _CURRENCY_SIGNS):
        return reading
    power = _SCALE_POWERS[base(lang)][word]
    return Reading(reading.text, tuple(value.scaleb(power) for value in reading.values),
                   reading.native, found.group(0), power)


def written(value: Decimal, lang: str) -> str:
    """``value`` as ``lang`` writes it (``1500`` and ``15.000`` in Spanish, ``1 500`` in
    French), with no more decimals than it needs (``1.500`` read as decimals is 1.5).

    >>> [written(Decimal(n), "es") for n in ("1500", "15000", "1.500", "17.60")]
    ['1500', '15.000', '1,5', '17,6']
    """
    known = convention(lang)
    if known is None:
        return str(value)
    sign, _, exponent = value.normalize().as_tuple()
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = f"{abs(value.normalize()):f}"
    integer, _, fraction = text.partition(".")
    return ("-" if sign else "") + _styled(integer, fraction if places else None, known, True)


def restyled(match: re.Match[str], source_lang: str, lang: str) -> str | None:
    """The number ``match`` (of :data:`NUMBER`, in a text in ``source_lang``) as
    ``lang`` writes the same value, digit for digit (``17.60`` → ``17,60``; grouped
    only if the source grouped it), or None when it needs no change or its value is
    not certain.

    Not certain: a language unknown, a reading ``source_lang`` itself hesitates
    over (``1.500`` in French), a number not written in the source language's own
    style (``1,5`` in English), or one group of three after the source's decimal
    mark (``1.500`` in English: one and a half by the rule, fifteen hundred as
    those who group with a stop write it).  No change: ``lang`` reads it
    as written with the same value, in its own style (``1500``, ``1 500``).

    >>> [restyled(NUMBER.search(n), "en", "es") for n in ("1,500", "17.60", "15,000", "2024")]
    ['1500', '17,60', '15.000', None]
    >>> [restyled(NUMBER.search(n), "en", "fr") for n in ("1,500", "1.500", "0.500")]
    ['1\u202f500', None, '0,500']
    """
    source, target = convention(source_lang), convention(lang)
    if source is None or target is None:
        return None
    reading = read(match, source_lang)
    if len(reading.values) != 1 or not reading.native:
        return None
    there = read(match, lang)
    if there.native and there.values == reading.values:
        return None
    integer, sep, mark, frac = match.group("int", "sep", "mark", "frac")
    if sep is None and mark is not None and mark != source.decimal:
        return None
    if sep is not None and mark is None and sep != source.group:
        # "1.500" in English reads one and a half, but is how those who group with a
        # stop write fifteen hundred: only "0.500" is certain.
        head, frac = integer.split(sep)
        if head != "0":
            return None
        integer, sep = head, None
    return _styled(re.sub(r"\D", "", integer), frac, target, sep is not None)


def _styled(integer: str, fraction: str | None, known: Convention, grouping: bool) -> str:
    """Digits as ``known``'s language writes them: its grouping (from four or five
    digits) when ``grouping``, its decimal mark before ``fraction``, kept as it is."""
    if grouping and len(integer) >= known.grouped_from:
        integer = format_decimal(Decimal(integer), locale=known.locale)    # 1,00,000 in Hindi
    return integer if fraction is None else f"{integer}{known.decimal}{fraction}"


# A word that numbers what follows it: the figure after it is a label, not a quantity.
_LABELS = frozenset({
    "version", "versions", "ver", "v", "release", "build", "firmware", "update", "patch",
    "kernel", "section", "sections", "sec", "article", "articles", "art", "paragraph",
    "paragraphs", "para", "par", "chapter", "chapters", "ch", "figure", "figures", "fig",
    "table", "tables", "tab", "clause", "clauses", "item", "items", "rule", "rules", "annex",
    "appendix", "part", "parts", "step", "steps", "no", "nos", "nr", "page", "pages", "p",
    "pp", "verse", "line", "lines", "id", "code", "isbn", "issn", "doi", "ref", "reference",
    "case", "file", "serial", "model", "type", "class", "resolution", "resolutions",
    "decision", "decisions", "standard", "iso", "tel", "telephone", "phone", "fax", "mobile",
    "cell", "hotline", "call", "ext", "whatsapp", "sms", "ip", "port"})
# Words before a time of day ("at 10.30", "until 11.45"); not "by" ("cut by 3.26 percent").
_TIME_WORDS = frozenset({
    "at", "until", "till", "before", "after", "since", "between", "around", "from"})
# What follows a quantity, never a time: "at 10.25 percent", "from 12.50 million".
_NOT_TIME_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|points?\b|[mb]illion|trillion|bn\b)",
                             re.IGNORECASE)
# What follows a time of day: "10.30 am", "10.30 GMT", "10.30h".
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?\s?m\b\.?|h\b|hrs?\b|hours\b|o'clock|local\b"
                         r"|(?-i:GMT|UTC|BST|CES?T|EE?S?T|E[SD]T|P[SD]T|MSK|IST|JST)\b)",
                         re.IGNORECASE)
_TIME = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
# Words that may open a sentence before a quantity: "About 17.6 million".
_QUANTIFIERS = frozenset({
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "only", "just",
    "over", "under", "up", "down", "more", "less", "fewer", "than", "at", "least", "another"})
# Between two numbers of a list: "2.2 and 2.4", "10.30 to 11.45", "3.1, 3.2".
_LIST = re.compile(r"\s*(?:,|and|or|to|through|&|[-–—])\s*", re.IGNORECASE)
# A line's start, where a heading's number stands, and the capital after that number.
_HEADING = re.compile(r"(?:^|\n)[ \t#]*$")
_NUMBERED = re.compile(r"\.?[ \t]+(?:[-\u2013\u2014:][ \t]+)?([^\W\d_])")
# A sign that numbers what follows it, as a label word does: "§ 600.4", "§§ 2.1", "¶ 12.3".
_SIGN_BEFORE = re.compile(r"[§¶][ \t\u00a0]?$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t\u00a0]*[:#№]?[ \t\u00a0]*$")


@functools.cache
def _currencies() -> frozenset[str]:
    """ISO 4217 codes ("USD 17.6 million" is an amount, not a name and a version)."""
    return frozenset(list_currencies())


def figures(source: str) -> Iterator[tuple[re.Match[str], bool]]:
    """Every number of ``source`` (of :data:`NUMBER`), and whether it is a quantity
    rather than a label: a code, a version, a name's number, a time, part of a chain.

    >>> [(m.group(0), q) for m, q in figures("Python 3.11.2 at 10.30 costs 1,500 or 17.6")]
    [('3.11', False), ('2', False), ('10.30', False), ('1,500', True), ('17.6', True)]

    So is a section's number opening a heading, a dash or not after it:

    >>> [(m.group(0), q) for m, q in figures("5.10 – Responding to Questions")]
    [('5.10', False)]

    A legal citation's numbers are labels too:

    >>> [(m.group(0), q) for m, q in figures("28 C.F.R. § 600.4 and JM § 9-27.000")]
    [('28', True), ('600.4', False), ('9', False), ('27.000', False)]
    """
    last: tuple[re.Match[str], bool] | None = None
    for match in NUMBER.finditer(source):
        quantity = _quantity(source, match, last)
        last = match, quantity
        yield match, quantity


def _quantity(source: str, match: re.Match[str], last: tuple[re.Match[str], bool] | None
              ) -> bool:
    """Whether the number ``match`` is a quantity; ``last`` is the number before it,
    and what it was: a label's list goes on ("sections 2.2 and 2.4", "between 10.30
    and 11.45") while the numbers keep its shape."""
    start, end = match.span()
    before = _WORD_BEFORE.search(source, max(0, start - 40), start)
    word = before.group(1) if before else ""
    lowered = word.lower()
    decimal = bool(match.group("mark")) and not match.group("sep")
    if not standalone(source, match) or lowered in _LABELS \
            or _SIGN_BEFORE.search(source, max(0, start - 4), start):
        return False
    if last is not None and not last[1] and source[last[0].end():start] == "-":
        return False                      # a label's code goes on: "§ 9-27.000"
    if last is not None and not last[1] and _shape(last[0]) == _shape(match) \
            and _LIST.fullmatch(source, last[0].end(), start):
        return False
    if _TIME.fullmatch(match.group(0)) and not _NOT_TIME_AFTER.match(source, end) and (
            lowered in _TIME_WORDS or _TIME_AFTER.match(source, end)):
        return False
    numbered = _NUMBERED.match(source, end)
    if decimal and numbered and numbered.group(1).isupper() and _HEADING.search(source, 0, start):
        return False                      # "### 2.6 Partner Representation"
    return not (before is not None and decimal and any(c.isupper() for c in word)
                and word not in _currencies()
                and not _opens_sentence(source, before.start(), lowered))   # "Python 3.11"


def _shape(match: re.Match[str]) -> tuple[bool, bool]:
    return bool(match.group("sep")), bool(match.group("mark"))


def _opens_sentence(text: str, at: int, lowered: str) -> bool:
    """A capitalised word at ``at`` that opens a sentence and is a function word or a
    quantifier ("About 17.6 million"), so its capital says nothing of a name."""
    opening = not text[:at].strip() or bool(re.search(r"[.!?:;\"“(]\s*$", text[:at]))
    return opening and (lowered in STOPWORDS or lowered in _QUANTIFIERS)


def standalone(text: str, match: re.Match[str]) -> bool:
    """Whether the number ``match`` in ``text`` stands alone: not glued to a letter
    before it, not part of a chain of digits and marks, not inside an address."""
    start, end = match.span()
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before[-1:].isalnum() or before[-1:] in ("_", "#", "@", "№", "+", "/", "\\", "&", "="):
        return False
    if re.fullmatch(r"\d[.,:]|[^\W\d_]-", before):
        return False                        # "3.11.2", "1:1,000", "F-16.5"
    if re.match(r"[.,:/]\d|\.[^\W\d_]", after) or re.match(r"[^\W\d_]+\d", text[end:]):
        return False                        # "1.5.2", "1.5/2", "1.5.pdf", "1.5x2"
    token_start = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    token_end = min((i for i in (text.find(c, end) for c in " \t\n") if i >= 0),
                    default=len(text))
    token = text[token_start:token_end]
    return not ("://" in token or token.lower().startswith("www.") or "@" in token)


# A sign that makes the figure after it approximate: "~ 500", "≈3,000".
_APPROXIMATE_SIGN = re.compile(r"([~≈∼])([ \t\u00a0\u202f]?)$")
# Words that say a figure is approximate, in the languages the engines write; an
# editor who writes "unos 500" for "~ 500" kept the figure approximate.
_APPROXIMATE_WORDS = re.compile(
    r"(?:\b(?:about|around|some|approximately|roughly|nearly|almost|circa|ca\.|c\."
    r"|unos|unas|aproximadamente|alrededor\s+de|cerca\s+de|casi|en\s+torno\s+a|aprox\."
    r"|environ|près\s+de|quelque|quelques|autour\s+de|approximativement|presque"
    r"|à\s+peu\s+près|env\.|quase|cerca|etwa|ungefähr|rund|fast|circa|quasi"
    r"|intorno\s+a|più\s+o\s+meno|около|примерно|почти)|[~≈∼±])[ \t\u00a0\u202f]*$",
    re.IGNORECASE)


def digits(figure: str) -> str:
    """A figure's digits alone, the same however a language marks it ("1,500" and
    "1 500", "3.5" and "3,5")."""
    return re.sub(r"\D", "", figure)


def approximate_figures(text: str) -> list[tuple[re.Match[str], str]]:
    """The figures of ``text`` a sign marks as approximate, and the sign with the
    space after it as written.

    >>> [(m.group(0), s) for m, s in approximate_figures("Belarus ~ 500, Russia ≈3,000, 70")]
    [('500', '~ '), ('3,000', '≈')]
    """
    found = []
    for match in NUMBER.finditer(text):
        sign = _APPROXIMATE_SIGN.search(text, 0, match.start())
        if sign is not None and standalone(text, match):
            found.append((match, sign.group(1) + sign.group(2)))
    return found


def said_approximate(text: str, match: re.Match[str]) -> bool:
    """Whether the figure ``match`` of ``text`` is given as approximate, by a sign or a
    word just before it ("~ 500", "unos 500", "environ 500").

    >>> text = "Unos 500 y 70"
    >>> [said_approximate(text, m) for m in NUMBER.finditer(text)]
    [True, False]
    """
    return _APPROXIMATE_WORDS.search(text, max(0, match.start() - 30), match.start()) is not None
