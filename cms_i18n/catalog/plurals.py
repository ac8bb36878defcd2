"""The ``Plural-Forms`` header: the rule GNU gettext's ``msginit`` writes for a language.

Why GNU gettext's rules rather than CLDR's (Babel's): ``msgfmt`` validates the
catalogues, and the editors' tools read the header against their own language
definitions, which for gettext files are GNU gettext's.  CLDR 42 gave Spanish,
Italian, Catalan, French and Portuguese a third form for round millions ("un millón
de …"); Babel writes ``nplurals=3`` for Spanish where ``msginit``, Poedit and
Weblate's gettext formula have two, so every tool would flag the header or show a
form nobody fills in.  The values below are what ``msginit`` (GNU gettext 0.21)
writes; Catalan and Galician, which it leaves without a rule, get Weblate's gettext
formula for them, and any other language Babel's rule.
"""

from __future__ import annotations

_TWO = "nplurals=2; plural=(n != 1);"
_ONE_AND_ZERO = "nplurals=2; plural=(n > 1);"
_EAST_SLAVIC = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                "(n%100<10 || n%100>=20) ? 1 : 2);")
_WEST_SLAVIC = "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"
_NONE = "nplurals=1; plural=0;"

GETTEXT_PLURALS: dict[str, str] = {
    **dict.fromkeys(("bg", "ca", "da", "de", "el", "en", "eo", "es", "et", "fi", "gl", "he",
                     "hu", "it", "nb", "nl", "nn", "pt", "sv", "tr"), _TWO),
    **dict.fromkeys(("fr", "pt_BR"), _ONE_AND_ZERO),
    **dict.fromkeys(("be", "hr", "ru", "sr", "uk"), _EAST_SLAVIC),
    **dict.fromkeys(("cs", "sk"), _WEST_SLAVIC),
    **dict.fromkeys(("ja", "ko", "vi"), _NONE),
    "ga": "nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;",
    "lt": ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || "
           "n%100>=20) ? 1 : 2);"),
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "pl": ("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) "
           "? 1 : 2);"),
    "ro": "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}


def plural_forms(locale: str) -> str:
    """The ``Plural-Forms`` value for a gettext locale name (``es``, ``pt_BR``, ``ca@valencia``).

    >>> plural_forms("es"), plural_forms("pt_BR"), plural_forms("ca@valencia")
    ('nplurals=2; plural=(n != 1);', 'nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n != 1);')
    """
    name = locale.split("@")[0]
    for key in (name, name.split("_")[0]):
        if key in GETTEXT_PLURALS:
            return GETTEXT_PLURALS[key]
    return cldr_plural_forms(locale)


def cldr_plural_forms(locale: str) -> str:
    """The rule Babel derives from CLDR (what earlier versions of cms-i18n wrote).

    >>> cldr_plural_forms("es")
    'nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);'
    """
    from babel.messages.plurals import get_plural

    try:
        return get_plural(locale.split("@")[0]).plural_forms
    except (ValueError, LookupError):
        return _TWO
