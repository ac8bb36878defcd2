"""Language codes: BCP-47 as users write them, mapped to what engines expect."""

from __future__ import annotations

import re

from babel import Locale, UnknownLocaleError

from cms_i18n.errors import LanguageError


def normalize(code: str) -> str:
    """Validate a BCP-47 language tag and return its canonical short form.

    >>> normalize("ES")
    'es'
    >>> normalize("pt_BR")
    'pt-BR'
    >>> normalize("ca-valencia"), normalize("ca@valencia")
    ('ca-valencia', 'ca-valencia')
    """
    raw = code.strip().replace("_", "-").replace("@", "-")
    parts = raw.split("-")
    # Variant subtags (BCP 47: 5–8 characters, or a digit and 3): Babel drops some.
    variants = [p.lower() for p in parts[1:] if _VARIANT.fullmatch(p)]
    try:
        locale = Locale.parse("-".join(p for p in parts if not _VARIANT.fullmatch(p)), sep="-")
    except (UnknownLocaleError, ValueError):
        raise LanguageError(f"unknown language code {code!r}") from None
    return (parts[0].lower() + (f"-{locale.territory}" if locale.territory else "")
            + "".join(f"-{v}" for v in variants))


_VARIANT = re.compile(r"[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}")


def gettext_name(code: str) -> str:
    """The locale name gettext uses for a BCP-47 tag (folder names, ``Language``).

    >>> gettext_name("pt-BR"), gettext_name("ca-valencia"), gettext_name("ca-ES-valencia")
    ('pt_BR', 'ca@valencia', 'ca_ES@valencia')
    """
    parts = code.split("-")
    name, rest = parts[0], parts[1:]
    if rest and (rest[0].isupper() or rest[0].isdigit()):
        name += f"_{rest.pop(0)}"
    return name + "".join(f"@{variant}" for variant in rest)


def from_gettext_name(name: str) -> str:
    """``pt_BR`` → ``pt-BR``; ``ca@valencia`` → ``ca-valencia``."""
    return name.replace("_", "-").replace("@", "-")


def base(code: str) -> str:
    """The language subtag alone, however the tag is written.

    >>> base("pt-BR"), base("pt_BR"), base("ca@valencia"), base("ES")
    ('pt', 'pt', 'ca', 'es')
    """
    return re.split(r"[-_@]", code, maxsplit=1)[0].lower()


def to_iso639_3(code: str) -> str:
    """The ISO 639-3 code Apertium uses for mode names.

    >>> to_iso639_3("es")
    'spa'
    """
    two = base(code)
    return _ALPHA3.get(two, two)


def to_iso639_1(code: str) -> str:
    """The two-letter code for an ISO 639-3 code, when one exists.

    >>> to_iso639_1("spa")
    'es'
    """
    for two, three in _ALPHA3.items():
        if three == code:
            return two
    return code


def display_name(code: str) -> str:
    """English name of a language: ``es`` → ``Spanish``."""
    return Locale.parse(code, sep="-").get_display_name("en") or code


# ISO 639-1 → ISO 639-3 for the languages Apertium packages use (Babel has no
# alpha-3 table for languages).
_ALPHA3 = {
    "af": "afr", "an": "arg", "ar": "ara", "as": "asm", "ast": "ast", "be": "bel",
    "bg": "bul", "br": "bre", "ca": "cat", "cs": "ces", "cy": "cym", "da": "dan",
    "de": "deu", "el": "ell", "en": "eng", "eo": "epo", "es": "spa", "et": "est",
    "eu": "eus", "fa": "fas", "fi": "fin", "fr": "fra", "ga": "gle", "gl": "glg",
    "he": "heb", "hi": "hin", "hr": "hrv", "hu": "hun", "id": "ind", "is": "isl",
    "it": "ita", "ja": "jpn", "kk": "kaz", "ko": "kor", "lt": "lit", "lv": "lav",
    "mk": "mkd", "ms": "msa", "mt": "mlt", "nb": "nob", "nl": "nld", "nn": "nno",
    "no": "nor", "oc": "oci", "pl": "pol", "pt": "por", "ro": "ron", "ru": "rus",
    "sc": "srd", "sk": "slk", "sl": "slv", "sq": "sqi", "sr": "srp", "sv": "swe",
    "tr": "tur", "tt": "tat", "uk": "ukr", "ur": "urd", "uz": "uzb", "zh": "zho",
}
