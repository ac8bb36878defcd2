"""Words of the language in the middle of a chain that a later step reads wrongly,
written in that step's target language before it.

Debian's es-fr pair reads the Spanish "cumbre" only as a mountain's top, "cime", so
a summit of heads of state came out "la cime de l'OCS"; French calls the meeting a
"sommet" ("s'est ouvert le sommet de l'Organisation de coopération de Shanghaï", Le
Maghreb, djazairess.com/fr/lemaghreb/36176), as it calls a mountain's top too.
It also reads the plural noun "estados" (states) as a past participle of "estar",
"été": "los estados miembros" came out "les été membres"; a Spanish participle is
never plural in a compound tense, so "estados" is always the noun, "états".
Neither es-fr nor spa-ita knows Spanish's abbreviation for the United States,
"EE.UU." (eng-spa writes it for "US"): "le président des EE.UU.", "par les les
EE.UU."; both know the name written out, "Estados Unidos" ("des États-Unis", "Stati
Uniti"), which the step is given instead.

As :mod:`.territories` does for states' names, such a word is written in the step's
target language before the step, which passes it through as a word it does not
know; where the two differ in gender ("la cumbre", "le sommet"), the Spanish
determiner before it is written in the gender of the French word, so that the step
writes the French article ("el sommet" → "le sommet", "del sommet" → "du sommet").

es-fr also writes a place's name with the article French gives it ("le Royaume-Uni",
"les EE.UU.", "le Gaza") after the article of the Spanish text, which it translates
too: "el Reino Unido" came out "le le Royaume-Uni", "del Canadá" "du le Canada", "la
Gaza" (eng-spa's) "la le Gaza".  The second article is the place's own, in its gender
and number; the first only brings its preposition, and the two are folded into one
(:func:`fold_articles`).

A later step's dictionary also knows some common nouns as people's names: es-pt
reads "Castillo" as the surname before the castle, so eng-spa's "Castillo de Dublín"
(Dublin Castle) stayed Spanish in Portuguese.  A capitalised word in mid-sentence
that the earlier steps wrote (the source does not have it, so they translated it)
and that the step reads both as a person's name and as a common noun reaches it in
lower case, and its translation gets the capital back (:func:`lower_nouns`,
:func:`raise_nouns`): "Castelo de Dublin".  A name the source has ("Pedro
Castillo") is left as it is.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Sequence

from cms_i18n.languages import base as base_lang

# (source, target) of a step → word as the step's source writes it → (as its target
# writes it, the determiners before it rewritten into the target word's gender).
_WORDS: dict[tuple[str, str], dict[str, tuple[str, dict[str, str]]]] = {
    ("es", "fr"): {
        "cumbre": ("sommet", {"la": "el", "de la": "del", "a la": "al", "una": "un",
                              "esta": "este", "esa": "ese", "aquella": "aquel",
                              "nuestra": "nuestro", "vuestra": "vuestro"}),
        "cumbres": ("sommets", {"las": "los", "unas": "unos", "estas": "estos",
                                "esas": "esos", "aquellas": "aquellos",
                                "nuestras": "nuestros"}),
        "estados": ("états", {}),
        "ee.uu.": ("Estados Unidos", {}),
    },
    ("es", "it"): {
        "ee.uu.": ("Estados Unidos", {}),
        # spa-ita reads "para" only as a form of "parir" (to give birth): "partorisca"
        # for every "for" and "to" eng-spa wrote ("riunione partorisca parlare"); eng-spa
        # writes it for the preposition, Italian "per"
        "para": ("per", {}),
        # nor "secretaría", which eng-spa writes for "Secretariat" ("la Secretaría del
        # Consejo", "la Secretaría dell'OTSC" in Italian): "segreteria", feminine too
        # ("la Segreteria generale")
        "secretaría": ("segreteria", {}),
        "secretarías": ("segreterie", {}),
    },
    # es-pt writes Brazil's "premiê" for a prime minister in Portugal's Portuguese too,
    # where the title is "primeiro-ministro" ("o vice-primeiro-ministro substitui o
    # primeiro-ministro", pt.wikipedia.org, Vice-primeiro-ministro de Portugal)
    ("es", "pt"): {
        "primer ministro": ("primeiro-ministro", {}),
        "primeros ministros": ("primeiros-ministros", {}),
    },
}
# "Estados Unidos" is a name the step knows whole ("États-Unis").
_KEEP_AFTER = {"estados": re.compile(r"\s+unidos\b", re.IGNORECASE)}


def write_pivot_words(text: str, source: str, target: str) -> str:
    """``text`` with the words a step from ``source`` into ``target`` reads wrongly
    written as its target language writes them, and the determiners before them in
    the target word's gender.

    >>> write_pivot_words("La cumbre de los Estados Unidos y de los estados miembros.",
    ...                   "es", "fr")
    'El sommet de los Estados Unidos y de los états miembros.'
    >>> write_pivot_words("Los participantes de la cumbre y las cumbres.", "es", "fr")
    'Los participantes del sommet y los sommets.'
    >>> write_pivot_words("Sanciones de los EE.UU. y de la UE.", "es", "it")
    'Sanciones de los Estados Unidos y de la UE.'
    >>> write_pivot_words("Para hablar, y para la paz.", "es", "it")
    'Per hablar, y per la paz.'
    >>> write_pivot_words("La Secretaría del Consejo.", "es", "it")
    'La Segreteria del Consejo.'
    >>> write_pivot_words("El Primer Ministro y los primeros ministros.", "es", "pt")
    'El Primeiro-Ministro y los primeiros-ministros.'
    """
    words = _WORDS.get((source, target))
    if not words:
        return text
    pattern = _pattern(source, target)

    def write(m: re.Match[str]) -> str:
        determiner, blank, word = m.group("det"), m.group("blank"), m.group("word")
        key = word.casefold()
        keep = _KEEP_AFTER.get(key)
        if keep is not None and keep.match(text, m.end()):
            return m.group()
        written, genders = words[re.sub(r"\s+", " ", key)]
        written = _cased(written, word)
        if determiner:
            swapped = genders.get(determiner.casefold(), determiner.casefold())
            if determiner[:1].isupper():
                swapped = swapped[:1].upper() + swapped[1:]
            determiner = swapped
        return f"{determiner or ''}{blank or ''}{written}"

    return pattern.sub(write, text)


@functools.cache
def _pattern(source: str, target: str) -> re.Pattern[str]:
    words = _WORDS[(source, target)]
    determiners = sorted({d for _, genders in words.values() for d in genders},
                         key=len, reverse=True)
    spelled = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?:(?<![\w-])(?P<det>{'|'.join(determiners)})(?P<blank>\s+))?"
        rf"(?<![\w-])(?P<word>{spelled})(?![\w-])", re.IGNORECASE)


def _cased(written: str, word: str) -> str:
    """``written`` with the capitals of the words of ``word``, part for part: "Primer
    Ministro" → "Primeiro-Ministro", "Primer ministro" → "Primeiro-ministro"."""
    parts = re.split(r"([\s-]+)", written)
    source = re.split(r"\s+", word)
    for n, part in enumerate(parts[::2]):
        if n < len(source) and source[n][:1].isupper():
            parts[2 * n] = part[:1].upper() + part[1:]
    return "".join(parts)


# French: a determiner and the preposition it holds ("du" = de + le)
_FR_PREPOSITION = {"le": "", "la": "", "les": "", "du": "de", "des": "de", "de la": "de",
                   "au": "à", "aux": "à", "à la": "à"}
_FR_JOINED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au",
              ("à", "les"): "aux"}
_FR_TWICE = re.compile(
    r"(?<![\w'’-])(?P<first>de la|à la|du|des|au|aux|le|la|les)\s+"
    r"(?P<second>le\s+|la\s+|les\s+|l['’])(?=(?-i:[A-ZÀ-ÖØ-Þ]))",
    re.IGNORECASE)


def fold_articles(text: str, target: str) -> str:
    """``text`` (a step's output into ``target``) with the article the step wrote
    before a name over the one it translated folded into one: the name's own, with
    the first one's preposition.

    >>> fold_articles("Les les EE.UU. et le le Royaume-Uni, du le Canada.", "fr")
    'Les EE.UU. et le Royaume-Uni, du Canada.'
    >>> fold_articles("la force de la le Gaza, de la l'Europe et la la République", "fr")
    "la force du Gaza, de l'Europe et la République"
    >>> fold_articles("il le la donne à Paul et le la", "fr")       # no name after
    'il le la donne à Paul et le la'
    """
    if base_lang(target) != "fr":
        return text

    def fold(m: re.Match[str]) -> str:
        first, second = m.group("first"), m.group("second")
        article = second.rstrip().lower()
        preposition = _FR_PREPOSITION[first.lower()]
        blank = second[len(second.rstrip()):] if not article.endswith(("'", "’")) else ""
        joined = _FR_JOINED.get((preposition, article))
        if joined is None:
            joined = f"{preposition} {article}" if preposition else article
        if first[:1].isupper():
            joined = joined[:1].upper() + joined[1:]
        return joined + blank

    return _FR_TWICE.sub(fold, text)


# French "en" never stands before the article "le" or "les" but as a pronoun before a
# present participle ("en le voyant"): before a name, "en le" is "au" and "en les"
# "aux" ("au Royaume-Uni", "aux États-Unis"); before a common noun, "dans le"/"dans les".
_FR_EN_ARTICLE = re.compile(r"(?<![\w'’-])(?P<en>[Ee]n)\s+(?P<article>les|le)\s+"
                            r"(?=(?P<next>[^\W\d_][\w'’-]*))")


def place_prepositions(text: str, target: str) -> str:
    """``text`` (a step's output into ``target``) with French "en" before a
    masculine or plural state's name as the name takes it: "au" before a masculine
    name that opens with a consonant ("au Pakistan", "au Royaume-Uni"), "aux" before a
    plural one ("aux Philippines"); "en" stays before a feminine name or a vowel ("en
    Chine", "en Iran").  "en le"/"en les" before a common noun is "dans le"/"dans les".
    Other languages' texts are returned as they are.

    >>> place_prepositions("Il vit en le Royaume-Uni, en Pakistan et en Iran.", "fr")
    'Il vit au Royaume-Uni, au Pakistan et en Iran.'
    >>> place_prepositions("Il participera en le sommet, en les Philippines et en Chine.",
    ...                    "fr")
    'Il participera dans le sommet, aux Philippines et en Chine.'
    >>> place_prepositions("En le voyant, il part en Canada, puis en Minsk.", "fr")
    'En le voyant, il part au Canada, puis à Minsk.'
    """
    if base_lang(target) != "fr":
        return text

    def article(m: re.Match[str]) -> str:
        word, plural = m.group("next"), m.group("article") == "les"
        if word[:1].isupper():
            joined = "aux" if plural else "au"
        elif word.endswith(("ant", "ants")):
            return m.group()            # a pronoun before a participle
        else:
            joined = "dans les" if plural else "dans le"
        if m.group("en")[:1].isupper():
            joined = joined[:1].upper() + joined[1:]
        return joined + " "

    text = _FR_EN_ARTICLE.sub(article, text)
    pattern, joined = _fr_states()

    def place(m: re.Match[str]) -> str:
        word = joined[m.group("name")]
        if m.group("en")[:1].isupper():
            word = word[:1].upper() + word[1:]
        return f"{word} {m.group('name')}"

    return pattern.sub(place, text)


@functools.cache
def _fr_states() -> tuple[re.Pattern[str], dict[str, str]]:
    """French names of states and cities that take "au", "aux" or "à" rather than
    "en", with the word."""
    from cms_i18n.engines.territories import city_names as _city_names
    from cms_i18n.glossary.states import state_article, state_names

    joined: dict[str, str] = {}
    for code, name in state_names("fr").items():
        grammar = state_article("fr", code)
        if grammar == ("m", "pl"):
            joined[name] = "aux"
        # a name in -s that no rule here makes plural ("Bermudes"), or one with a gloss
        # in brackets, is left as the engine writes it
        elif grammar == ("m", "sg") and not re.match(r"[AEIOUYÀÂÉÈÊÎÏÔÛaeiouy]|H", name) \
                and not name.endswith("s") and "(" not in name:
            joined[name] = "au"
    # a city takes "à" ("à Minsk", "à Mexico"), as CLDR names it in French; a name with
    # an article of its own ("Le Caire": "au Caire"), or in -s like a group of islands
    # ("Açores"), is left as the engine writes it
    for city in _city_names("fr"):
        if city not in state_names("fr").values() and not city.endswith("s") and \
                not re.match(r"(?:Le|Les|Île)\b", city):
            joined.setdefault(city, "à")
    names = "|".join(re.escape(n) for n in sorted(joined, key=len, reverse=True))
    return (re.compile(rf"(?<![\w'’-])(?P<en>[Ee]n)\s+(?P<name>{names})(?![\w'’-])"),
            joined)


# A capitalised word after a lower-case one: not a sentence's first word.
_MID_CAPITAL = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;:] ))[A-ZÀ-ÖØ-Þ][^\W\d_]*"
                          r"(?![\w'’-])")


def capitalised_words(text: str, source: str) -> set[str]:
    """The capitalised words in mid-sentence of ``text`` that ``source`` does not have.

    >>> capitalised_words("llegó en Castillo de Dublín.", "arrived at Dublin Castle.")
    {'Castillo'}
    >>> capitalised_words("con Pedro Castillo en Castillo de Dublín.",
    ...                   "with Pedro Castillo at Dublin Castle.")    # a name of the source
    set()
    >>> capitalised_words("en Los Ángeles", "in Los Angeles")
    set()
    """
    have = {_plain(word) for word in re.findall(r"[^\W\d_]+", source)}
    return {m.group() for m in _MID_CAPITAL.finditer(text) if _plain(m.group()) not in have}


def _plain(word: str) -> str:
    """``word`` without its accents: the earlier steps write a source's name with the
    language's accents ("Los Ángeles")."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def lower_nouns(text: str, words: Collection[str]) -> tuple[str, list[str]]:
    """``text`` with each of ``words`` in mid-sentence in lower case, and the words
    lowered, in order; none where the text has the word in lower case already (its
    translation could not be told apart).

    >>> lower_nouns("llegó en Castillo de Dublín.", {"Castillo"})
    ('llegó en castillo de Dublín.', ['castillo'])
    """
    lowered: list[str] = []

    def lower(m: re.Match[str]) -> str:
        word = m.group()
        if word not in words or re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
            return word
        lowered.append(word.lower())
        return word.lower()

    return _MID_CAPITAL.sub(lower, text), lowered


def raise_nouns(text: str, written: Sequence[str]) -> str:
    """A step's output with the capital back on the first of each of ``written`` (the
    translations of the words :func:`lower_nouns` lowered) still in lower case.

    >>> raise_nouns("chegou em castelo de Dublin.", ["castelo"])
    'chegou em Castelo de Dublin.'
    """
    for word in written:
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
        if m is not None and word[:1].islower():
            text = text[:m.start()] + word[:1].upper() + word[1:] + text[m.end():]
    return text


# es-fr writes a Spanish pronominal verb's compound past with avoir: "se reunió"
# gives "s'a réuni", "se quejaron" "s'ont plaints".  French never elides "se"
# before "a" or "ont": the auxiliary of a pronominal verb is être.
_FR_PRONOMINAL_AVOIR = re.compile(r"\b([Ss])'(a|ont)\b(?=\s)")


def pronominal_auxiliary(text: str, target: str) -> str:
    """``text`` (a step's output into ``target``) with a French pronominal verb's
    auxiliary made *être*.

    >>> pronominal_auxiliary("Poutine s'a réuni avec Xi. Les ministres s'ont plaints.", "fr")
    "Poutine s'est réuni avec Xi. Les ministres se sont plaints."
    >>> pronominal_auxiliary("Il m'a dit qu'il s'a trompé", "fr-CA")
    "Il m'a dit qu'il s'est trompé"
    """
    if base_lang(target) != "fr":
        return text
    return _FR_PRONOMINAL_AVOIR.sub(
        lambda m: f"{m.group(1)}'est" if m.group(2) == "a" else f"{m.group(1)}e sont", text)
