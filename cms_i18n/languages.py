"""Language codes: BCP-47 as users write them, mapped to what engines expect."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from cms_i18n.errors import LanguageError


def normalize(code: str) -> str:
    """Validate a BCP-47 language tag and return its canonical short form.

    >>> normalize("ES")
    'es'
    >>> normalize("pt_BR")
    'pt-BR'
    """
    raw = code.strip().replace("_", "-")
    try:
        locale = Locale.parse(raw, sep="-")
    except (UnknownLocaleError, ValueError):
        raise LanguageError(f"unknown language code {code!r}") from None
    return raw.split("-")[0].lower() + (f"-{locale.territory}" if locale.territory else "")


def base(code: str) -> str:
    """The language subtag alone: ``pt-BR`` → ``pt``."""
    return code.split("-")[0].lower()


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
