"""A state's own council, named by its state: "Kyrgyzstan's Security Council".

The glossary lists other states' security councils as one concept that is never
enforced (``enforce: false``): its cue words are the states, capitals and leaders
that tie a bare "Security Council" to one of them.  When the source names the
state right at the council ("Kyrgyzstan's Security Council", "the Georgian National
Security Council", "Security Council of the Republic of Kazakhstan", "Kazakhstan's
new Security Council"), the name is no longer ambiguous, and leaving it to the
engine loses it (Apertium has no "Kyrgyzstan": "Kyrgyzstan Consejo de Seguridad"),
so the mention becomes a concept of its own for that state: the target language's
short form of the council, the state's name from the CLDR locale data Babel ships,
with the preposition and article the language puts before that name ("el Consejo
de Seguridad de Kirguistán", "le Conseil de sécurité du Kirghizstan", "o Conselho
de Segurança do Quirguistão", "il Consiglio di sicurezza del Kirghizistan", "el
Consell de Seguretat del Kazakhstan").

Any state CLDR names is known, by its English name and the adjectives the
glossary's cues give it or that its name forms ("Georgia" → "Georgian"); a state
whose council is a glossary concept of its own (Russia's) is that concept's.  Only
the state the sentence names is written: nothing here adds a state the source does
not give.  A bare "National Security Council" nothing resolves is written as the
target's equally bare "Consejo de Seguridad Nacional" (:func:`national_council`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from cms_i18n.glossary.grammar import ARTICLES
from cms_i18n.glossary.model import Concept, TargetEntry, Term
from cms_i18n.languages import base

# CLDR territories that are no state with a council of its own.
_NOT_STATES = frozenset({"AQ", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
# The grammatical gender of a state's name where the language puts an article before
# it, for the states the glossary lists (fr, pt, it agree for every one: la Biélorussie
# / a Bielorrússia / la Bielorussia, l'Arménie / a Armênia / l'Armenia, la Mongolie …).
# Other states' follows the language's rule for country names: French feminine in -e
# (but le Mexique, le Cambodge, le Mozambique, le Zimbabwe, le Belize, le Suriname),
# Portuguese and Italian feminine in -a (but o Canadá, o Panamá), the first word
# deciding ("Sri Lanka": le / o / lo Sri Lanka; "Arabia Saudita").
_FEMININE = frozenset({"BY", "AM", "MN", "GE", "MD", "UA"})
_FR_MASCULINE_E = frozenset({"MX", "KH", "MZ", "ZW", "BZ", "SR"})
# States French, Portuguese and Italian name without an article (islands and city
# states: "de Cuba", "d'Israël", "de Singapour", "di Malta"): "of" alone, elided in
# French before a vowel; states with a plural name ("les États-Unis", "os Países
# Baixos"): left to the engine in those languages.
_NO_ARTICLE = frozenset({"CU", "CY", "IL", "MG", "MT", "MC", "SG", "BH", "TW", "HK", "MO",
                         "MU", "ST", "CV", "PT", "AO", "MZ", "TL", "AD", "SM", "LI"})
_PLURAL = frozenset({"US", "NL", "AE", "PH", "KM", "SC", "MV", "BS", "MH", "SB", "FJ",
                     "VI", "VG", "KY", "TC", "FO", "FK", "CK", "UM"})
# Catalan: the states whose name takes the article, from the Catalan language service's
# list (cpnl.cat, "L'article davant els topònims (I)": els Estats Units, la Xina,
# l'Uruguai, l'Argentina, l'Aràbia Saudita, l'Uzbekistan, el Japó, el Canadà, el
# Kazakhstan, el Iemen, l'Equador, el Perú, el Senegal, l'Índia, l'Iran, l'Iraq, el
# Marroc; most others take none: Andorra, França, Itàlia, Egipte) and Viquipèdia
# ("el Turkmenistan, l'Uzbekistan i el Tadjikistan, … el Pakistan, … l'Afganistan"):
# every name in -stan takes it, the feminine ones and the plural one are listed.
_CA_ARTICLE = {"US": ("m", "pl"), "CN": ("f", "sg"), "AR": ("f", "sg"), "SA": ("f", "sg"),
               "IN": ("f", "sg")}
_CA_MASCULINE = frozenset({"UY", "JP", "CA", "YE", "EC", "PE", "SN", "IR", "IQ", "MA"})
# Galician: the states whose name takes the article, from the Real Academia Galega's
# dictionary as quoted on praza.gal ("O uso do artigo nos topónimos dos países": Os
# Estados Unidos, O Canadá, A Arxentina, O Uruguai, O Brasil, O Salvador); the others
# take none ("de Xeorxia").
_GL_ARTICLE = {"US": ("m", "pl"), "CA": ("m", "sg"), "AR": ("f", "sg"), "UY": ("m", "sg"),
               "BR": ("m", "sg"), "SV": ("m", "sg")}
# "of" in each language with a rule here; its article and their contraction ("du",
# "dell'", "da", "del", "dos") are the grammar's.
_OF = {"es": "de", "fr": "de", "pt": "de", "it": "di", "ca": "de", "gl": "de"}
# "National Security Council": the adjective each language adds to its short form
# (spiegato.com: "el Consejo de Seguridad Nacional (NSC)", "Il Consiglio di sicurezza
# nazionale (NSC)"; sapientiafr.com: "Conseil de sécurité nationale des États-Unis";
# coisasjudaicas.net: "O Conselho de Segurança Nacional"); no Catalan or Galician page
# found names one, so there such a council is the engine's.
_NATIONAL = {"es": "Nacional", "fr": "nationale", "pt": "Nacional", "it": "nazionale"}
# A word between the state and its council that keeps the body the same ("Kazakhstan's
# new Security Council"), before the masculine noun of the council in each language.
BETWEEN = ("new", "own", "national")
_BEFORE = {"new": {"es": "nuevo", "fr": "nouveau", "pt": "novo", "it": "nuovo", "ca": "nou",
                   "gl": "novo"},
           "own": {"es": "propio", "fr": "propre", "pt": "próprio", "it": "proprio",
                   "ca": "propi", "gl": "propio"}}
# The council where the default reading has no name in the language: Galician, as the
# Galician health service writes the Spanish "Consejo de Seguridad Nuclear" ("Consello
# de Seguridade Nuclear (CSN)", its radon report model).
_COUNCIL = {"gl": Term("Consello de Seguridade", "m")}
# Endings English forms a state's adjective with: Georgia-n, Iran-ian, Japan-ese,
# Israel-i, Chin(a)-ese, Ukrain(e)-ian, Egypt-ian.
ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i")
# Catalan "d'" before a vowel or a silent h ("d'Armènia", "d'Hondures").
_CA_ELIDED = re.compile(r"^(?:[AEIOUÀÈÉÍÒÓÚaeiouàèéíòóú]|[Hh][aeiouAEIOU])")


@dataclass(frozen=True)
class State:
    """A state a council may belong to, as the source names it."""

    code: str                  # ISO 3166 ("KG")
    names: tuple[str, ...]     # "Kyrgyzstan", "Kyrgyz"


@cache
def state_names(lang: str) -> dict[str, str]:
    """Every state's name in ``lang`` (``pt_BR``, ``es``) by its ISO code, from Babel's
    CLDR data; regions that are no state (the EU, Antarctica …) left out."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return {}
    return {code: name for code, name in locale.territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_STATES}


# The English names CLDR gives besides its standard ones (its ``alt="variant"`` and
# ``alt="short"`` territory names, which Babel does not keep): the press writes "Turkey"
# where CLDR's name is now "Türkiye", "Czech Republic" for "Czechia", "Myanmar" or
# "Burma" for "Myanmar (Burma)".
_ENGLISH_VARIANTS = {"TR": ("Turkey",), "CZ": ("Czech Republic",), "CI": ("Ivory Coast",),
                     "SZ": ("Swaziland",), "TL": ("East Timor",), "CV": ("Cabo Verde",),
                     "MM": ("Myanmar", "Burma"), "PS": ("Palestine",)}


def english_territories() -> dict[str, str]:
    """Every state's English name, standard or variant ("Turkey"), with its ISO code."""
    return dict(_territories())


@cache
def english_names() -> frozenset[str]:
    """Every state's English name CLDR gives, standard or variant (no adjective)."""
    return frozenset(_territories())


def _territories() -> dict[str, str]:
    """English name → ISO code of every state CLDR names, by its standard name and the
    names it gives as variants ("Turkey" for "Türkiye")."""
    names = {name: code for code, name in state_names("en").items()}
    for code, variants in _ENGLISH_VARIANTS.items():
        if code in names.values():
            for name in variants:
                names.setdefault(name, code)
    return names


@cache
def capitals() -> dict[str, tuple[str, ...]]:
    """Each state's capital by its ISO code ("NG" → ("Abuja",)), from
    ``data/capitals.tsv``: a city the press names its state by ("At the State House in
    Abuja, …, the National Security Council"), evidence for that state's council as the
    state's own name is.  Capitals that are also people's or common names are not listed.

    >>> capitals()["NG"], capitals()["ZA"]
    (('Abuja',), ('Bloemfontein', 'Cape Town', 'Pretoria'))
    """
    found: dict[str, list[str]] = {}
    path = Path(__file__).with_name("data") / "capitals.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, city = line.split("\t")
            found.setdefault(code, []).append(city)
    return {code: tuple(cities) for code, cities in found.items()}


def known_states(cues: tuple[str, ...]) -> list[State]:
    """The states among a concept's cue words, each with the adjectives the cues give
    it ("Kazakhstan" and "Kazakh"): a cue that is an English territory name in the
    CLDR data is a state; a capitalised cue word sharing its first five letters
    with exactly one such state is that state's adjective."""
    by_name = _territories()
    states = {by_name[c]: [c] for c in cues if c in by_name}
    for cue in cues:
        if cue in by_name or not re.fullmatch(r"[A-Z][a-z]{4,}", cue):
            continue
        owners = [code for code, names in states.items() if names[0][:5] == cue[:5]]
        if len(owners) == 1:
            states[owners[0]].append(cue)
    return [State(code, tuple(names)) for code, names in states.items()]


def every_state(cues: tuple[str, ...], taken: frozenset[str]) -> list[State]:
    """Every state CLDR names, the cue words' first with their adjectives, the others
    with the adjectives their English name forms, one state's only ("Georgian";
    "Nigerian" could be Niger's or Nigeria's, so it is neither's).  A state any of
    whose names is in ``taken`` (lower case: "russia", "russian") has a council of its
    own in the glossary and is left out."""
    listed = {s.code: s for s in known_states(cues)}
    by_name = _territories()
    formed: dict[str, set[str]] = {}
    for name, code in by_name.items():
        stems = {name, name[:-1]} if name[-1:] in "aey" else {name}
        for stem in stems:
            for ending in ADJECTIVE_ENDINGS:
                formed.setdefault(stem + ending, set()).add(code)
        if name.endswith("s"):          # a plural name's singular: "Philippine"
            formed.setdefault(name[:-1], set()).add(code)
    adjectives: dict[str, list[str]] = {}
    for word, codes in formed.items():
        if len(codes) == 1 and len(word) >= 5 and word not in by_name:
            adjectives.setdefault(next(iter(codes)), []).append(word)
    names: dict[str, list[str]] = {}       # each state's names, CLDR's standard one first
    for name, code in by_name.items():
        names.setdefault(code, []).append(name)
    states = []
    for code, own in names.items():
        state = listed.get(code)
        if state is None:
            state = State(code, (*own, *sorted(adjectives.get(code, ()))))
        elif len(own) > 1:
            state = State(code, (*state.names, *(n for n in own if n not in state.names)))
        if not any(n.casefold() in taken for n in state.names):
            states.append(state)
    return states


@cache
def territory(lang: str, code: str) -> str | None:
    """The name of a state in ``lang`` from Babel's CLDR data (``pt-PT``: "Arménia")."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return locale.territories.get(code)


def _grammar(lang: str, code: str, name: str) -> tuple[str, str] | None:
    """The (gender, number) of the article ``lang`` puts before a state's ``name``;
    ("", "") where it puts none; None where the rules here do not cover the state."""
    if lang == "es":                 # Spanish puts no article before these names
        return "", ""
    if lang == "ca":
        if code in _CA_ARTICLE:
            return _CA_ARTICLE[code]
        return ("m", "sg") if code in _CA_MASCULINE or name.endswith("stan") else ("", "")
    if lang == "gl":
        return _GL_ARTICLE.get(code, ("", ""))
    if code in _PLURAL:
        return None
    if code in _NO_ARTICLE:
        return "", ""
    first = name.split()[0]
    if code in _FEMININE:
        return "f", "sg"
    if lang == "fr":
        return ("f" if first.endswith("e") and code not in _FR_MASCULINE_E else "m"), "sg"
    return ("f" if first.endswith("a") else "m"), "sg"


def state_article(lang: str, code: str) -> tuple[str, str] | None:
    """The (gender, number) of the article ``lang`` puts before the state ``code``'s
    name: ("", "") for none, ("m", "pl") for a plural name ("les États-Unis"); None where
    the rules here do not cover it.

    >>> state_article("fr", "PK"), state_article("fr", "CN"), state_article("fr", "US")
    (('m', 'sg'), ('f', 'sg'), ('m', 'pl'))
    """
    name = territory(lang, code)
    if name is None or base(lang) not in _OF:
        return None
    if code in _PLURAL and base(lang) in ("fr", "pt", "it"):
        return "m", "pl"
    return _grammar(base(lang), code, name)


def of_state(lang: str, code: str) -> str | None:
    """"of Kyrgyzstan" in ``lang``: es "de Kirguistán", fr "du Kirghizstan" /
    "de l'Arménie", pt "do Quirguistão" / "da Armênia", it "del Kirghizistan" /
    "dell'Armenia" / "dello Sri Lanka", ca "del Kazakhstan" / "d'Armènia", gl "de
    Xeorxia" / "dos Estados Unidos"; None for a language without a rule here, or a
    state whose name the language's rule does not cover.

    >>> of_state("fr", "AM"), of_state("it", "UZ"), of_state("pt", "BY")
    ("de l'Arménie", "dell'Uzbekistan", 'da Bielorrússia')
    >>> of_state("ca", "KZ"), of_state("ca", "AM"), of_state("gl", "GE")
    ('del Kazakhstan', "d'Armènia", 'de Xeorxia')
    >>> of_state("fr", "IL"), of_state("it", "IL"), of_state("pt", "CU")
    ("d'Israël", 'di Israele', 'de Cuba')
    """
    return state_after(lang, code, _OF[base(lang)]) if base(lang) in _OF else None


def state_after(lang: str, code: str, preposition: str) -> str | None:
    """The state ``code``'s name in ``lang`` after ``preposition``, with the article the
    language puts before it, fused with the preposition where it fuses ("par l'Arabie
    saoudite", "par le Kenya", "par Israël"; "du Kirghizstan" for :func:`of_state`);
    None where the rules here do not cover the state.

    >>> state_after("fr", "SA", "par"), state_after("fr", "KE", "par")
    ("par l'Arabie saoudite", 'par le Kenya')
    """
    name = territory(lang, code)
    lang = base(lang)
    if name is None or lang not in _OF:
        return None
    grammar = _grammar(lang, code, name)
    if grammar is None:
        return None
    gender, number = grammar
    if lang == "gl" and gender:
        name = name.removeprefix("O ")       # CLDR's "O Salvador": the article is ours
    if not gender:
        if preposition == "de" and lang in ("ca", "fr") and _CA_ELIDED.match(name):
            return f"d'{name}"            # "d'Armènia", "d'Israël"
        return f"{preposition} {name}"
    articles = ARTICLES[lang]
    article = articles.article(gender, number, name)
    if article is None:
        return None
    joined = articles.contractions.get((preposition, article), f"{preposition} {article}")
    return f"{joined}{name}" if joined.endswith("'") else f"{joined} {name}"


def _council(default: Concept, lang: str) -> Term | None:
    """The short form a state's council is written with in ``lang``: the default
    reading's ("Consejo de Seguridad"), else the language's own (Galician)."""
    entry = default.targets.get(lang)
    if entry is not None and entry.short:
        return Term(entry.short[0], entry.name.gender, entry.name.number)
    return _COUNCIL.get(base(lang)) if lang == base(lang) else None


def state_council(other: Concept, default: Concept, state: State, national: bool,
                  names: tuple[str, ...], word: str = "") -> Concept:
    """The council of ``state`` as a concept of its own: for each language in which
    ``default`` (the reading a bare short form falls back to) has a short form and
    the state a name, that short form with the state's name after it, and with
    ``word`` ("new", "own") before it.  ``names`` are the source forms that name it,
    for notes and checks."""
    targets: dict[str, TargetEntry] = {}
    for lang in sorted({*default.targets, *_COUNCIL}):
        of = of_state(lang, state.code)
        council = _council(default, lang)
        if council is None or of is None or (national and base(lang) not in _NATIONAL):
            continue
        head = council.text
        if national:
            head = f"{head} {_NATIONAL[base(lang)]}"
        if word:
            if council.gender != "m" or council.number != "sg":
                continue
            head = f"{_BEFORE[word][base(lang)]} {head}"
        # its short form is an editor's for a mention the source left short ("the
        # Security Council's press service" after "the Azerbaijani Security Council")
        targets[lang] = TargetEntry(lang, Term(f"{head} {of}", council.gender,
                                               council.number), short=(head,))
    suffix = (":national" if national else "") + (f":{word}" if word else "")
    return Concept(f"{other.id}:{state.code}{suffix}", names=names,
                   note=f"The security council of {state.names[0]}.", targets=targets,
                   origin=other.origin)


def national_council(other: Concept, default: Concept) -> Concept:
    """A bare "National Security Council" as the target's equally bare form ("el
    Consejo de Seguridad Nacional", "le Conseil de sécurité nationale"): the default
    reading's short form with the language's "national", which names no state."""
    targets: dict[str, TargetEntry] = {}
    for lang, entry in default.targets.items():
        if entry.short and base(lang) in _NATIONAL:
            targets[lang] = TargetEntry(lang, Term(f"{entry.short[0]} {_NATIONAL[base(lang)]}",
                                                   entry.name.gender, entry.name.number))
    return Concept(f"{other.id}:national", names=("National Security Council",),
                   note="A national security council the text does not tie to one state.",
                   targets=targets, origin=other.origin)
