"""States and cities a step of an Apertium chain misses or misreads, in its target language.

A pair's dictionary lacks some states: eng-spa has no "Kyrgyzstan", es-fr no
"Belarús", "Catar" or "Baréin", spa-ita no "Kazajstán" or "Tayikistán", es-pt no
"Belarús" or "Kazajstán".  Apertium passes such a word through, so the draft names
the state in the step's source language ("la Belarús" in French, "Kyrgyzstan" in
Spanish).  CLDR, through Babel, names every state in every language: a state's name
in the step's source language that its analyser does not know is written in the
step's target language before the step ("Belarús" → "Biélorussie"), and the step,
which does not know that word either, passes it through.

Cities likewise: CLDR names a city for each of its time zones ("Dublín", "Adís
Abeba" in Spanish; "Dublin", "Adis-Abeba" in Portugal's Portuguese, "Addis-Abeba" in
French), and where a language names none of its own, it writes the zone's city as
the zone's name does ("Dublin" in Portuguese and French, as Público and Le Monde
write it).  es-pt knows neither "Dublín" nor "Adís Abeba", so a Portuguese draft said
"Castillo de Dublín", "ADÍS ABEBA"; a name in capitals is written in capitals.

A state's name a later step knows as another word too is at the mercy of its tagger:
es-pt reads "China" as the adjective "chino" ("Rússia e Chinesa", a Chinese woman);
such names reach it hidden (:func:`misread_states`).  So does the first step out of
English: eng-spa reads "China" as porcelain and "Turkey" as the bird where the words
around it lead its tagger there ("ties between Russia and China with a view to" →
"Rusia y Porcelana", "Russia supports Turkey with arms" → "apoya Pavo", "Iran" → the
verb "irán").  A one-word state's name its analyser also reads as a common word,
written as the state (:func:`states_named`), reaches it as a code word written back
as the state's name in the step's target language (:func:`states_read_as_words`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from cms_i18n.engines.hidden import folded, free_of
from cms_i18n.glossary.states import english_territories, state_names
from cms_i18n.languages import base as base_lang
from cms_i18n.target_typography import in_capitals

# How the steps before a later one write a text ("Belarus" → "Belarús")
Written = tuple[str, Callable[[list[str]], list[str]]]

#: Companies every route reads as a company's name and writes unchanged, with a
#: name's grammar before a noun ("Un vuelo de Microsoft", "un vol de Google"), where
#: a word it does not know stays in the English order with an article after it
#: ("Un Air China el vuelo").  Checked for every route by tests/engines/test_territories.py.
COMPANY_STANDINS = ("Microsoft", "Google", "Facebook")

#: The preposition of a participle's agent where the language puts an article before most
#: states' names and the rules of :mod:`cms_i18n.glossary.states` give every name's gender
#: ("dirigée par la Russie", "par le Kenya"); Portuguese and Italian have masculine names in
#: -a those rules do not list ("o Quênia", "il Kenya"), and are left as the engine wrote them.
_AGENT_BY = {"fr": "par"}


@functools.cache
def _agent_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The agent's preposition right before a state's bare name in ``lang``, and each
    name that takes an article written after the preposition ("Arabie saoudite" →
    "par l'Arabie saoudite")."""
    from cms_i18n.glossary.states import state_after, state_article

    by = _AGENT_BY.get(lang)
    if by is None:
        return None
    written = {name: after for code, name in _names(lang).items()
               if (grammar := state_article(lang, code)) and grammar[0]
               and (after := state_after(lang, code, by)) is not None and after.endswith(name)}
    names = "|".join(re.escape(n) for n in sorted(written, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{by}) ({names})(?![\w'’-])"), written


def agents_with_articles(text: str, lang: str) -> str:
    """``text``, a chained step's output in ``lang``, with a state named as a participle's
    agent given the article the language puts before its name.

    Spanish names most states bare ("dirigida por Arabia Saudí"), and es-fr keeps them
    bare after the agent's preposition ("dirigée par Arabie saoudite", "par Kenya"),
    where French writes the article.

    >>> agents_with_articles("La coalition dirigée par Arabie saoudite", "fr")
    "La coalition dirigée par l'Arabie saoudite"
    >>> agents_with_articles("la mission dirigée par Kenya et soutenue par la Russie", "fr")
    'la mission dirigée par le Kenya et soutenue par la Russie'
    >>> agents_with_articles("soutenue par Israël", "fr"), agents_with_articles("por Quênia", "pt")
    ('soutenue par Israël', 'por Quênia')
    """
    found = _agent_pattern(base_lang(lang))
    if found is None:
        return text
    pattern, written = found
    return pattern.sub(lambda m: written[m.group(1)], text)


@functools.cache
def _names(lang: str) -> dict[str, str]:
    """Every state's name in ``lang`` that reads as words, by its two-letter code."""
    return {code: name for code, name in state_names(lang).items()
            if re.fullmatch(r"[^\W\d_][\w .'’-]*", name)}


@functools.cache
def _cities(lang: str) -> dict[str, str]:
    """Every city CLDR names for a time zone, in ``lang``, by its zone: the
    language's own name, else the zone's, as CLDR falls back ("Europe/Dublin" →
    "Dublin")."""
    try:
        own = Locale.parse(lang.replace("-", "_")).time_zones
    except (UnknownLocaleError, ValueError):
        return {}
    cities = {}
    for zone in get_global("zone_territories"):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        city = (own.get(zone) or {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        if re.fullmatch(r"[^\W\d_][\w .'’-]*", city):
            cities[zone] = city
    return cities


def city_names(lang: str) -> frozenset[str]:
    """The cities CLDR names for its time zones, in ``lang``."""
    return frozenset(_cities(lang).values())


def _places(lang: str) -> dict[str, str]:
    """States by their codes, then cities by their zones, in ``lang``."""
    return {**_names(lang), **_cities(lang)}


def _by_name(source: str, target: str, places: Callable[[str], dict[str, str]],
             written: Written | None) -> dict[str, str]:
    """Each of ``places``' names in ``source`` (and, for a later step, as the steps
    before it write the chain's source language's), by its code, where ``target``
    names that place too."""
    there = places(target)
    codes: dict[str, str] = {}
    if written is not None:
        first, through = written
        named = {code: name for code, name in places(first).items() if code in there}
        outs = through(list(named.values()))
        for code, out in zip(named, outs, strict=True):
            name = out.strip().rstrip(".").strip()
            if name:
                codes.setdefault(name, code)
    for code, name in places(source).items():
        if code in there:
            codes.setdefault(name, code)
    return codes


def unknown_states(source: str, target: str,
                   unknown: Callable[[Sequence[str]], list[list[str]]],
                   written: Written | None = None) -> dict[str, str]:
    """The states' and cities' names in ``source`` that a step's analyser does not know
    (``unknown`` lists, per text, the words it does not know), each with its name in
    ``target``.

    ``written``, for a later step of a chain, is the chain's source language and how the
    steps before this one write a text: the names as those steps write them
    ("Belarus" → "Belarús", where CLDR's Spanish is "Bielorrusia") are asked too.

    >>> unknown_states("es", "fr", lambda names: [["Catar"] if n == "Catar" else []
    ...                                            for n in names])
    {'Catar': 'Qatar'}
    >>> unknown_states("es", "pt_PT", lambda names: [n.split() if n in
    ...                ("Dublín", "Adís Abeba") else [] for n in names])
    {'Adís Abeba': 'Adis-Abeba', 'Dublín': 'Dublin'}
    """
    there = _places(target)
    codes = _by_name(source, target, _places, written)
    asked = sorted(name for name, code in codes.items()
                   if len(name) >= 4 and there[code] != name)
    if not asked:
        return {}
    return {name: there[codes[name]]
            for name, words in zip(asked, unknown(asked), strict=True) if words}


def misread_states(first: str, target: str, written: Callable[[list[str]], list[str]],
                   translate: Callable[[list[str]], list[str]],
                   common: Callable[[list[str]], set[str]]) -> dict[str, tuple[str, str]]:
    """The one-word states' names that a later step of a chain knows as another word
    and writes so (es-pt reads "China" as the adjective: "Chinesa"), as the steps
    before it write them, each with the state's name in ``first`` (the chain's source
    language) and in ``target`` (the step's).  ``written``: how the steps before it
    write a text in ``first``; ``translate``: the step; ``common``: which words its
    analyser has a common word's reading of.  A name it writes in another spelling
    ("Kirghizistan" for CLDR's "Kirghizstan") is its own, and left to it.

    >>> misread_states("en", "pt", lambda names: [n.replace("Iran", "Irán") for n in names],
    ...                lambda names: ["Chinesa." if n == "China." else n for n in names],
    ...                lambda names: {"China"} & set(names))
    {'China': ('China', 'China')}
    """
    there = _names(target)
    named = {code: name for code, name in _names(first).items()
             if code in there and " " not in name}
    by_name: dict[str, str] = {}
    for code, out in zip(named, written([f"{name}." for name in named.values()]), strict=True):
        name = out.strip().rstrip(".").strip()
        if re.fullmatch(r"[^\W\d_]+", name):
            by_name.setdefault(name, code)
    asked = sorted(common(sorted(by_name)))
    outs = translate([f"{name}." for name in asked])
    # written as the state's name, or as itself, in any accents: no misreading (es-pt
    # writes Portugal's "Estónia", CLDR has Brazil's "Estônia"); a whole word, for
    # spa-ita's "Indiana" is no "India"
    return {name: (named[by_name[name]], there[by_name[name]])
            for name, out in zip(asked, outs, strict=True)
            if not any(re.search(rf"(?<!\w){re.escape(folded(word))}(?!\w)", folded(out))
                       for word in (there[by_name[name]], name))}


def states_read_as_words(source: str, target: str,
                         common: Callable[[list[str]], set[str]]) -> dict[str, str]:
    """The one-word states' names in ``source`` (CLDR's, and the names the press writes
    for them: "Turkey") that a step's analyser also reads as common words (``common``
    says which), each with the state's name in ``target``.

    >>> states_read_as_words("en", "es", lambda names: {"China", "Turkey"} & set(names))
    {'China': 'China', 'Turkey': 'Turquía'}
    """
    there = _names(target)
    named = {name: code for name, code in territories(source).items()
             if code in there and re.fullmatch(r"[^\W\d_]+", name)}
    return {name: there[named[name]] for name in sorted(common(sorted(named)))}


def territories(lang: str) -> dict[str, str]:
    """Every state's name in ``lang`` by which it is known, with its code: CLDR's, and
    for English the names CLDR gives as variants, which the press writes ("Turkey")."""
    if base_lang(lang) == "en":
        return english_territories()
    return {name: code for code, name in _names(lang).items()}


# A word that starts a sentence: the text's first, or one after a sentence's end.
_STARTS = re.compile(r"(?:^|[.!?…:;][\"”»’')\]]*\s+|\n\s*)[\"“«‘'(\[]*$")
# How far before a word the text is read for what opens its sentence or the word before
# it: a stretch, never the whole text before it (read so, a long document cost its length
# squared).
_NEAR = 80
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def opens_sentence(text: str, at: int) -> bool:
    """Does a sentence (or the text, or a line) open at ``at``, quotes aside?

    >>> opens_sentence("They left. China said", 11), opens_sentence("They said China", 10)
    (True, False)
    """
    return _STARTS.search(text, max(0, at - _NEAR), at) is not None


def states_named(text: str, names: Collection[str]) -> list[tuple[int, int]]:
    """Where ``text`` names a state by one of ``names`` as a state: capitalised and
    standing alone, with no capitalised word right after it ("China Daily") nor one
    before it inside a sentence ("Air China"); a sentence's first word only where the
    text names the state so elsewhere too.  Nothing in a text written in capitals.

    >>> states_named("Ties between Russia and China with a view to trade.", {"China"})
    [(24, 29)]
    >>> states_named("NATO member Turkey and India's envoy met.", {"Turkey", "India"})
    [(12, 18)]
    >>> states_named("China signed it.", {"China"})
    []
    >>> states_named("China signed it. Trade with China grew.", {"China"})
    [(0, 5), (28, 33)]
    >>> states_named("He flew Air China to see the China Daily, and fine china.", {"China"})
    []
    >>> states_named("In China, prices rose.", {"China"})     # "In" starts the sentence
    [(3, 8)]
    """
    if not names or in_capitals(text):
        return []
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    found = []
    # a possessive is left to the engine, which writes it "de China" (a code word's
    # "'s" stays glued to it: "Xinaha")
    for m in re.finditer(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", text):
        after = _WORD_AFTER.match(text, m.end())
        if after and after.group(1)[:1].isupper():
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - _NEAR), m.start())
        starts = opens_sentence(text, m.start())
        if before and before.group(1)[:1].isupper() and \
                not opens_sentence(text, before.start(1)):
            continue
        found.append((m.start(), m.end(), starts))
    inside = {text[a:b] for a, b, starts in found if not starts}
    return [(a, b) for a, b, starts in found if not starts or text[a:b] in inside]


# Words that open a sentence without being part of a name after them ("In China
# Daily's report", "The Air China flight"): closed-class words, never a name's own.
_OPENERS = frozenset({
    "a", "an", "the", "in", "on", "at", "for", "from", "to", "with", "by", "and", "but",
    "or", "as", "if", "when", "while", "after", "before", "since", "this", "that",
    "these", "those", "it", "he", "she", "we", "they", "his", "her", "their", "its",
    "our", "of", "about", "over", "under", "during", "despite"
})
# Words of an office or a state's institution: a run holding one is a title or a body
# named by its state ("Iran Foreign Minister Abbas Araghchi", "the China Coast Guard
# Command"), which the engine and the glossary write as the state's, not a company's name.
_STATE_WORDS = frozenset({
    "minister", "ministers", "ministry", "ministries", "foreign", "defence", "defense",
    "interior", "president", "presidents", "presidential", "premier", "prime", "vice",
    "deputy", "embassy", "embassies", "ambassador", "ambassadors", "envoy",
    "government", "governments", "parliament", "army", "navy", "force", "forces",
    "military", "council", "security", "national", "state", "republic", "people",
    "communist", "party", "leader", "spokesman", "spokeswoman", "spokesperson",
    "consulate", "consul", "general"
})
_CAPITALISED = re.compile(r"[^\W\d_](?:[\w&’'-]|\.(?=\w))*")


def state_runs(text: str, names: Collection[str]) -> list[tuple[int, int]]:
    """Where ``text`` names a company, a newspaper or a place by a run of capitalised
    words one of ``names`` (a state's name) is part of, right beside another word of the
    run ("Air China", "China Daily", "Turkey Point", "China Eastern"), not joined by
    "of" ("Bank of China" is left to the engine, which writes it well): such a run is
    a proper name, kept as the source has it.  A run holding a word of an office or a
    state's institution ("Iran Foreign Minister") is the state's, and left; so is
    everything in a text written in capitals or in a headline's title case, where a
    capital says nothing of a name, and a word opening a sentence that is no name's
    ("In China Daily").

    >>> text = "Passengers on an Air China flight read China Daily near Turkey Point."
    >>> [text[a:b] for a, b in state_runs(text, {"China", "Turkey"})]
    ['Air China', 'China Daily', 'Turkey Point']
    >>> state_runs("Ties between Russia and China with a view to trade.", {"China"})
    []
    >>> state_runs("Iran Foreign Minister Abbas Araghchi met the Foreign Minister of "
    ...            "China.", {"Iran", "China"})
    []
    >>> text = "In China Daily's report, Air China's flights rose."
    >>> [text[a:b] for a, b in state_runs(text, {"China"})]
    ['China Daily', 'Air China']
    """
    if not names or in_capitals(text) or _title_case(text):
        return []
    words = [(m.start(), m.end()) for m in _CAPITALISED.finditer(text)]
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    state = re.compile(rf"(?:{pattern})(?:['’]s?)?")
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        # a run: capitalised words with one space between them, no hyphenated
        # compound of a common word ("City-bound") among them
        j = i
        while j + 1 < len(words) and text[words[j][1]:words[j + 1][0]] == " " and \
                _in_run(text, words[j + 1]) and not _possessive(text, words[j]):
            j += 1
        run = [w for w in words[i:j + 1] if _in_run(text, w)]
        i = j + 1
        if run and opens_sentence(text, run[0][0]) and \
                text[run[0][0]:run[0][1]].casefold() in _OPENERS:
            run = run[1:]
        if len(run) < 2:
            continue
        said = [text[a:b] for a, b in run]
        if not any(state.fullmatch(w) for w in said) or \
                any(re.sub(r"['’]s?$", "", w).casefold() in _STATE_WORDS for w in said):
            continue
        end = run[-1][1]
        tail = re.search(r"['’]s?$", said[-1])
        if tail:
            end -= len(tail.group())
        runs.append((run[0][0], end))
    return runs


def as_companies(hidden: str, codes: dict[str, str], runs: Collection[str]
                 ) -> tuple[str, dict[str, str], dict[str, str]]:
    """``hidden`` (a text :func:`.acronyms.hide` hid ``runs`` of, see :func:`state_runs`)
    with the code word of each run replaced by a company's name it does not hold
    (:data:`COMPANY_STANDINS`), the same run by the same one; the text, the codes
    left, and the stand-ins with the names they carry.  A run left without a stand-in
    (all are taken) keeps its code word.

    Hidden as a code word, a name before a noun kept the English order and gained an
    article ("An Air China flight" → "Un Air China el vuelo"); hidden as a company, it
    is read as the company raw Apertium takes it for ("Un vuelo de Air China").

    >>> as_companies("An ZXQVA flight met ZXQVB.", {"ZXQVA": "Air China", "ZXQVB": "UN"},
    ...              {"Air China"})
    ('An Microsoft flight met ZXQVB.', {'ZXQVB': 'UN'}, {'Microsoft': 'Air China'})
    """
    free = free_of(hidden, COMPANY_STANDINS)
    companies: dict[str, str] = {}
    left = dict(codes)
    for code, name in codes.items():
        if name not in runs or not free:
            continue
        standin = free.pop(0)
        hidden = re.sub(rf"(?<!\w){code}(?!\w)", standin, hidden)
        companies[standin] = name
        del left[code]
    return hidden, left, companies


def _in_run(text: str, word: tuple[int, int]) -> bool:
    """Whether a word may be part of a run of a name: capitalised, no hyphenated
    compound with a common word ("City-bound")."""
    said = text[word[0]:word[1]]
    return said[:1].isupper() and not re.search(r"-[a-z]", said)


def _possessive(text: str, word: tuple[int, int]) -> bool:
    """Whether a word ends in a possessive: the run ends with it."""
    return bool(re.search(r"['’]s?$", text[word[0]:word[1]]))


def _title_case(text: str) -> bool:
    """Whether ``text`` capitalises its words as a headline does: every word of five
    letters or more, three at least (a sentence naming many bodies still has its
    common words in lower case).

    >>> _title_case("Air China Flight Returns To Beijing Over False Threat")
    True
    >>> _title_case("The banks are the Bank of Communications and China Merchants Bank.")
    False
    """
    found = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 5]
    return len(found) >= 3 and all(w[:1].isupper() for w in found)


def states_misread(text: str, out: str, names: dict[str, str]) -> bool:
    """Whether a step's output ``out`` for ``text`` names fewer times a state ``text``
    names mid-sentence (see :func:`states_named`) than ``text`` does, by the state's
    name in the step's target language (``names``' values), as written.

    >>> states_misread("Russia and China with a view.", "Rusia y Porcelana con vista.",
    ...                {"China": "China"})
    True
    >>> states_misread("Russia and China abstained.", "Rusia y China abstuvieron.",
    ...                {"China": "China"})
    False
    """
    wanted: dict[str, int] = {}
    for a, b in states_named(text, names):
        wanted[names[text[a:b]]] = wanted.get(names[text[a:b]], 0) + 1
    return any(len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", out)) < count
               for name, count in wanted.items())


def write_states(text: str, names: dict[str, str]) -> str:
    """``text`` with each of ``names`` (a whole word or words, as written or in
    capitals) written as its value.

    >>> write_states("con Belarús y Belarúsia", {"Belarús": "Biélorussie"})
    'con Biélorussie y Belarúsia'
    >>> write_states("EN DUBLÍN Y ADÍS ABEBA", {"Dublín": "Dublin", "Adís Abeba": "Adis-Abeba"})
    'EN DUBLIN Y ADIS-ABEBA'
    """
    if not names:
        return text
    spelled = _spelled(tuple(sorted(names.items())))
    return _pattern(tuple(spelled)).sub(lambda m: spelled[m.group()], text)


@functools.cache
def _spelled(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Each name as written and in capitals, with its value written the same way."""
    spelled = dict(names)
    for name, value in names:
        spelled.setdefault(name.upper(), value.upper())
    return spelled


@functools.cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) +
                      r")(?![\w-])")


def cldr_locale(lang: str, variant: str = "") -> str:
    """The CLDR locale that names places as a mode into ``lang`` (and ``variant``)
    writes: its region where the variant is one ("pt_BR"), and Portugal's Portuguese
    for Debian's es-pt, which writes it ("primeiro-ministro", "Irão"), where CLDR's
    "pt" is Brazil's ("Irã").

    >>> cldr_locale("pt"), cldr_locale("pt", "BR"), cldr_locale("ca", "valencia")
    ('pt_PT', 'pt_BR', 'ca')
    """
    if re.fullmatch(r"[A-Z]{2}", variant):
        return f"{lang}_{variant}"
    return "pt_PT" if lang == "pt" else lang
