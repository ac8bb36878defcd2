"""An "X-led" compound before a noun, written as English a rule-based engine reads.

Apertium's English pairs take "German-led" as two words joined by a hyphen token
and move them apart: "the German-led mission" comes out "el alemán-misión
dirigida", "the US-led coalition" as "la coalición dirigida en EE.UU.", "a
Saudi-backed government" as "un saudí-gobierno reculado".  The same phrase with
its agent after the noun ("the mission led by Germany") is one it translates
well: "la misión dirigida por Alemania".  :func:`open_led` writes it that way,
where the compound's first part names someone "led by" can name (a state, by
its name or the adjective it forms, or an acronym) and the words after it are a
noun phrase by the engine's own dictionary (:func:`head_words` lists what to ask
it).  Anything else is left as it is: "European-backed" names no one state, a
compound before a verb ("a US-led coalition said") has no noun to move, and one
whose noun phrase may go on past the words the dictionary knows ("the
Russian-led CSTO peacekeeping force") is not cut in the middle.

A compound that says where something is ("the Tashkent-based centre", "a
Geneva-headquartered body") is the same shape with a place for the agent: glued, a
city the dictionary lacks came out "el Taskent-centro basado"; written "the centre
based in Tashkent" it reads "el centro basado en Taskent" (:func:`place_of` says
which first parts name a place).

A few verbs the pair reads in another sense before "by" are written as the
synonym it translates ("backed by" → "supported by", not "reculado";
"brokered by" → "mediated by"): :func:`plain_by`.

>>> agent_of("German"), agent_of("US"), agent_of("Moscow"), agent_of("European")
('Germany', 'the US', 'Moscow', None)
>>> read = {"mission": ["mission<n><sg>"], "interim": ["interim<adj>"],
...         "government": ["government<n><sg>"], "forces": ["force<n><pl>", "force<vblex>"],
...         "said": ["say<vblex><past>"], "arrived": ["arrive<vblex><past>"],
...         "fell": ["fall<vblex><past>"], "entered": ["enter<vblex><past>"]}
>>> open_led("The German-led mission arrived.", read)
'The mission led by Germany arrived.'
>>> open_led("a US-backed interim government fell", read)
'an interim government supported by the US fell'
>>> open_led("NATO-led forces entered Kosovo.", read)
'Forces, led by the NATO, entered Kosovo.'
>>> open_led("a US-led coalition said", read)
'a US-led coalition said'
>>> open_led("US-led forces entered Kosovo.", read)
'Forces, led by the US, entered Kosovo.'
>>> open_led("The Tashkent-based mission arrived.", read)
'The mission based in Tashkent arrived.'
>>> open_led("Evidence-based mission arrived.", read | {"evidence": ["evidence<n><sg>"]})
'Evidence-based mission arrived.'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs a compound's second part may be: "Taliban-led government" → "government
# led by the Taliban".
BY_VERBS = _words(
    "led backed brokered controlled run ruled dominated sponsored organised organized "
    "hosted chaired appointed imposed mediated funded supported installed proposed "
    "drafted initiated financed operated commanded administered governed endorsed headed "
    "mandated authorised authorized sanctioned designated recognised recognized owned "
    "managed trained armed inspired convened monitored supervised coordinated")

# Endings of an adjective of nationality ("Russian", "Chinese", "Turkish", "Saudi").
NATIONALITY = ("an", "ese", "ish", "ic", "kh", "ek", "i")

# Participles a compound's second part may be that say where its noun is: "Geneva-based
# body" → "body based in Geneva".
IN_VERBS = _words("based headquartered")

# What a verb before "by" becomes so that Apertium reads it in the sense news means.
_PLAIN = {"backed": "supported", "brokered": "mediated", "run": "managed",
          "hosted": "organised", "drafted": "written", "headquartered": "based"}
_PLAIN_BY = re.compile(rf"(?<![\w-])({'|'.join(_PLAIN)}) by(?![\w-])")

# "German-led ", "US-backed ": the compound and the blank after it.
_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z][\w.]*)-([a-z]+)(?=\s+[a-z])")
_WORD = re.compile(r"\s+([a-z]+)(?![\w'’-])")
# Words a noun phrase cannot go on with, whatever the dictionary says.
STOP_WORDS = _words(
    "the a an and or but of in on at to for with by from as is are was were be been has "
    "have had will would can could may might must should shall did does do said says that "
    "which who whose this these those its their his her our than into over under about "
    "against between during within without also not such like including")
_DETERMINERS = _words("the a an its their his her our this these those")
_MOST_WORDS = 4
# A name after a word ("… left Iraq"): a noun phrase's last word the dictionary also reads
# as a verb is the sentence's verb before it, as before a determiner.
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_CLOSED = re.compile(r"\s*(?:[,.;:!?)\]]|$)")
_ARTICLE = re.compile(r"(?<![\w-])([Aa]n?)\s+$")


# Adjectives of nationality not formed from the state's English name by an ending,
# with the name they stand for.
_IRREGULAR = {
    "American": "United States", "Argentine": "Argentina", "Bahraini": "Bahrain",
    "Belgian": "Belgium", "British": "United Kingdom", "Chilean": "Chile", "Cypriot": "Cyprus",
    "Czech": "Czechia", "Danish": "Denmark", "Dutch": "Netherlands",
    "Ecuadorian": "Ecuador", "Emirati": "United Arab Emirates", "Filipino": "Philippines",
    "Finnish": "Finland", "French": "France", "German": "Germany", "Greek": "Greece",
    "Icelandic": "Iceland", "Irish": "Ireland", "Kazakh": "Kazakhstan",
    "Kyrgyz": "Kyrgyzstan", "Lebanese": "Lebanon", "Maltese": "Malta", "Mexican": "Mexico",
    "Moroccan": "Morocco", "Nigerian": "Nigeria", "Norwegian": "Norway", "Peruvian": "Peru",
    "Polish": "Poland", "Portuguese": "Portugal", "Saudi": "Saudi Arabia",
    "Slovak": "Slovakia", "Somali": "Somalia", "Spanish": "Spain", "Swedish": "Sweden",
    "Swiss": "Switzerland", "Tajik": "Tajikistan", "Thai": "Thailand", "Turkish": "Türkiye",
    "Turkmen": "Turkmenistan", "Uzbek": "Uzbekistan",
}

# Who a compound names that is neither a state nor an acronym, as it reads after "by".
# A group whose name ends as an adjective of nationality does ("Taliban") is here.
_BODIES = {"Western": "Occident", "Kremlin": "the Kremlin", "Pentagon": "the Pentagon",
           "Taliban": "the Taliban"}


def _engine_name(names: tuple[str, ...]) -> str:
    """The state's English name as an engine's dictionary holds it: CLDR's standard
    name without its gloss ("Myanmar (Burma)" → "Myanmar"), or its plain English
    alternative where the standard one is spelt in the state's own language
    ("Türkiye" → "Turkey")."""
    name = re.sub(r"\s*\(.*?\)", "", names[0])
    if not name.isascii() and len(names) > 1 and names[1].isascii() \
            and not names[1].startswith(name[:3]):
        return names[1]
    return name


@cache
def _agents() -> dict[str, str]:
    """Each state's English names and the adjectives of it, with the name as it reads
    after "by" ("Russian" → "Russia", "American" → "the United States")."""
    # imported here: the glossary package imports this module while it loads
    from cms_i18n.glossary.states import every_state

    out: dict[str, str] = {}
    for state in every_state((), frozenset()):
        name = _engine_name(state.names)
        shown = f"the {name}" if name.split()[0] in ("United", "Czech", "Central", "Dominican") \
            or "Republic" in name or "Islands" in name or name.endswith(("lands", "ines")) \
            else name
        for form in state.names:
            out.setdefault(form, shown)
    for adjective, name in _IRREGULAR.items():
        if name in out:
            out.setdefault(adjective, out[name])
    return out


def agent_of(word: str) -> str | None:
    """Who "``word``-led" names, as it reads after "by": a state ("Russian" →
    "Russia"), an acronym ("US" → "the US", "NATO" → "the NATO"), a capital or a
    group by its name ("Moscow", "Taliban"); None for an adjective that names no
    one state ("Western", "European")."""
    agent = _agents().get(word) or _BODIES.get(word)
    if agent is not None:
        return agent
    letters = word.replace(".", "")
    if letters.isupper() and len(letters) >= 2:
        return f"the {word}"
    if word.endswith(NATIONALITY) or word.endswith(("ern", "ean", "ian")):
        return None
    return word


def place_of(word: str) -> str | None:
    """Where "``word``-based" says its noun is, as it reads after "in": a state by its
    name or adjective ("Russian" → "Russia"), an acronym ("US" → "the US"), or a
    place by its name ("Tashkent", "Bishkek"); None for an adjective that names no one
    state ("European", "Western").

    >>> place_of("Bishkek"), place_of("US"), place_of("Kazakh"), place_of("European")
    ('Bishkek', 'the US', 'Kazakhstan', None)
    """
    state = _agents().get(word)
    if state is not None:
        return state
    letters = word.replace(".", "")
    if letters.isupper() and len(letters) >= 2:
        return f"the {word}"
    if word.endswith(("ern", "ean", "ian", "ese", "ish")) or not word.isalpha():
        return None
    return word


# Words before "-funded", "-run" … that name no one who does it ("self-funded", "well-run").
_NO_AGENT = _words("self well ill hand home man privately publicly jointly")


def _by_its_name(word: str, verb: str) -> bool:
    """Is ``word`` of an "X-led" or "X-based" compound taken for a name by its capital
    letter alone?  At a sentence's start a common word has one too ("State-owned
    companies", "Evidence-based policy"): the engine's dictionary, asked for the word
    in lower case, tells them apart."""
    return word[:1].isupper() and _who_or_where(word, verb) == word


def _who_or_where(word: str, verb: str) -> str | None:
    """The agent after "by" or the place after "in" that an "X-verb" compound names; a
    common noun in lower case as "the" noun ("state-sponsored" → "the state"), if the
    engine's dictionary reads it as one (:func:`_a_common_noun`)."""
    if word.islower():
        if word in _NO_AGENT or not word.isalpha() or verb not in BY_VERBS | IN_VERBS:
            return None
        return f"the {word}"
    if verb in IN_VERBS:
        return place_of(word)
    return agent_of(word) if verb in BY_VERBS else None


def _a_common_noun(word: str, readings: Mapping[str, Sequence[str]]) -> bool:
    """Does the dictionary read ``word`` as a singular noun, and never as an adverb?"""
    found = readings.get(word, ())
    return any("<n><sg>" in r for r in found) and not any("<adv>" in r for r in found)


#: Nouns of what two parties do together, after their names joined by a hyphen ("the
#: AU-EU summit", "Russia-China relations"): written "the summit between the AU and the
#: EU", which the engine reads; glued, it made "la UE de la UA la cumbre".
BETWEEN_NOUNS = _words(
    "partnership partnerships cooperation collaboration coordination summit summits talks "
    "relations relationship ties dialogue meeting meetings agreement agreements "
    "consultations communique communiqué memorandum framework mechanism contacts "
    "interaction border trade deal war wars conflict conflicts dispute disputes tensions "
    "rivalry negotiations standoff alliance alliances feud feuds rift")
#: The second noun of what two parties do together after the first ("trade war").
_SECOND_NOUNS = _words("war wars deal deals talks agreement agreements dispute disputes "
                       "tensions relations ties")
_PAIR = re.compile(r"(?<![\w-])([A-Z][\w.]*)-((?:[A-Z]\.){2,}|[A-Z][\w.]*[\w])\s+"
                   r"([A-Za-z]+(?:\s+[A-Za-z]+)?)(?![\w'’-])")
#: Nouns of a fight, between a state and any other named side ("the Israel-Hamas war").
_FIGHT_NOUNS = _words("war wars conflict conflicts ceasefire truce")


def party_of(word: str) -> str | None:
    """A state by its name or adjective ("Russia", "Chinese" → "China") or a body by its
    acronym ("EU" → "the EU"), as it reads after "between"; None for any other word.

    >>> party_of("Chinese"), party_of("U.S."), party_of("Summit")
    ('China', 'the U.S.', None)
    """
    if word in _agents():
        return _agents()[word]
    letters = word.replace(".", "")
    return f"the {word}" if letters.isupper() and len(letters) >= 2 else None


def open_pairs(text: str) -> str:
    """``text`` with each pair of parties joined by a hyphen before a noun of what they
    do together written as that noun between them.

    >>> open_pairs("The last AU-EU summit was held in Brussels.")
    'The last summit between the AU and the EU was held in Brussels.'
    >>> open_pairs("Russia-China relations are strong.")
    'Relations between Russia and China are strong.'
    >>> open_pairs("It began with the Georgia-Russia War in 2008.")
    'It began with the War between Georgia and Russia in 2008.'
    >>> open_pairs("the Kenya-led mission"), open_pairs("a US-UK Bank report")
    ('the Kenya-led mission', 'a US-UK Bank report')

    A fight's other side may be any name; a noun of dealings may go before the pair's
    noun ("trade war"):

    >>> open_pairs("The Israel-Hamas war went on."), open_pairs("the Coca-Cola war")
    ('The war between Israel and Hamas went on.', 'the Coca-Cola war')
    >>> open_pairs("The US-China trade war hurt farmers.")
    'The trade war between the US and China hurt farmers.'

    An adjective may stand before the noun, and a verb after it:

    >>> open_pairs("the EU-China strategic partnership"), open_pairs("the US-Japan alliance")
    ('the strategic partnership between the EU and China', 'the alliance between the US and Japan')
    >>> open_pairs("after U.S.-China feud causes disarray")
    'after feud between the U.S. and China causes disarray'
    """
    def between(m: re.Match[str]) -> str:
        first, second = party_of(m.group(1)), party_of(m.group(2))
        words, rest = m.group(3).split(), ""
        if len(words) == 2 and words[1].lower() not in _SECOND_NOUNS:
            if words[0].islower() and words[1].lower() in BETWEEN_NOUNS | _FIGHT_NOUNS \
                    and words[0].lower() not in BETWEEN_NOUNS:
                words = [" ".join(words)]       # "strategic partnership": one noun
            else:
                words, rest = words[:1], " " + words[1]     # "feud causes": the verb after
        noun = " ".join(words)
        if noun.split()[-1].lower() in _FIGHT_NOUNS and (first is None) != (second is None):
            # "the Israel-Hamas war": one side a state, the other any name
            other = m.group(1) if first is None else m.group(2)
            if other.isalpha() and other[:1].isupper() and len(other) >= 3:
                first, second = first or other, second or other
        if first is None or second is None or noun.split()[-1].lower() not in \
                BETWEEN_NOUNS | _FIGHT_NOUNS | _SECOND_NOUNS:
            return m.group(0)
        if not text[:m.start()].strip() or re.search(r"[.!?]\s+$", text[:m.start()]):
            noun = noun[:1].upper() + noun[1:]
        return f"{noun} between {first} and {second}{rest}"

    return _PAIR.sub(between, text)


def head_words(text: str) -> list[str]:
    """The words after each "X-led" compound that :func:`open_led` needs the
    engine's dictionary to say are nouns or adjectives."""
    words: list[str] = []
    for m in _COMPOUND.finditer(text):
        if _who_or_where(m.group(1), m.group(2)) is None:
            continue
        if _by_its_name(m.group(1), m.group(2)) or m.group(1).islower():
            words.append(m.group(1).lower())
        pos = m.end()
        for _ in range(_MOST_WORDS + 1):
            w = _WORD.match(text, pos)
            if w is None or w.group(1) in STOP_WORDS:
                break
            words.append(w.group(1))
            pos = w.end()
    return words


def _noun_phrase(text: str, pos: int, readings: Mapping[str, Sequence[str]]
                 ) -> tuple[int, bool] | None:
    """Where the noun phrase starting at ``pos`` ends, and whether its head is plural:
    any adjectives, then one noun or more ("peace talks"), by the engine's
    ``readings`` of each word; None when no noun follows, or when the word after it
    could still belong to it (one the dictionary reads as a noun, as an adjective and
    no verb, or does not know), since the head may be further on.  A last noun the
    dictionary also reads as a verb, before a determiner, is the sentence's verb
    ("coalition attacks the city") or a name ("forces left Iraq"), and so is one in the
    past tense closing the sentence ("troops left.")."""
    def has(word: str, tag: str) -> bool:
        return any(tag in r for r in readings.get(word, ()))

    spans: list[tuple[str, int]] = []
    while len(spans) < _MOST_WORDS:
        w = _WORD.match(text, pos)
        if w is None or w.group(1) in STOP_WORDS:
            break
        spans.append((w.group(1), w.end()))
        pos = w.end()
    i = 0
    while i < len(spans) and has(spans[i][0], "<adj>") and not has(spans[i][0], "<n>"):
        i += 1
    end = None
    while i < len(spans) and has(spans[i][0], "<n>"):
        end = i
        i += 1
    if end is None:
        return None
    after = _WORD.match(text, spans[end][1])
    verb = has(spans[end][0], "<vblex>") and (
        (after is not None and after.group(1) in _DETERMINERS)
        or _NAME_AFTER.match(text, spans[end][1]) is not None
        or (end > 0 and has(spans[end][0], "<past>")
            and _CLOSED.match(text, spans[end][1]) is not None))
    if verb:
        end -= 1
        if end < 0 or not has(spans[end][0], "<n>"):
            return None
    after = _WORD.match(text, spans[end][1])
    if not verb and after is not None and after.group(1) not in STOP_WORDS and (
            not has(after.group(1), "<vblex>") or has(after.group(1), "<n>")):
        return None      # the phrase may go on: "CSTO peacekeeping force"
    head = spans[end][0]
    plural = any("<n>" in r and "<pl>" in r for r in readings.get(head, ()))
    return spans[end][1], plural


def open_led(text: str, readings: Mapping[str, Sequence[str]]) -> str:
    """``text`` with every "X-led" compound before a noun phrase written after it, as
    "led by X" (``readings``: the engine's dictionary readings of :func:`head_words`).

    A plural head takes the phrase between commas, which the engine then reads as a
    participle rather than as the sentence's verb ("the forces led by Turkey" →
    "las fuerzas dirigieron por Turquía", "the forces, led by Turkey," → "las
    fuerzas, dirigidos por Turquía,").
    """
    out: list[str] = []
    pos = 0
    for m in _COMPOUND.finditer(text):
        if m.start() < pos:
            continue
        agent = _who_or_where(m.group(1), m.group(2))
        if agent is None or (_by_its_name(m.group(1), m.group(2)) and any(
                not reading.startswith("*") for reading in readings.get(
                    m.group(1).lower(), ()))):
            continue    # "Evidence-based policy" opening a sentence: a common word
        if m.group(1).islower() and not _a_common_noun(m.group(1), readings):
            continue
        found = _noun_phrase(text, m.end(), readings)
        if found is None:
            continue
        end, plural = found
        phrase = text[m.end():end].strip()
        verb = _PLAIN.get(m.group(2), m.group(2)) + (
            " in" if m.group(2) in IN_VERBS else " by")
        before = text[pos:m.start()]
        article = _ARTICLE.search(before)
        if article is not None:      # "a US-led invasion" → "an invasion led by the US"
            a = "an" if phrase[:1] in "aeiou" else "a"
            if article.group(1)[:1].isupper():
                a = a.capitalize()
            before = before[:article.start(1)] + a + before[article.end(1):]
        elif not before.strip() or re.search(r"[.!?]\s+$", before):
            phrase = phrase[:1].upper() + phrase[1:]     # "US-led forces" opened a sentence
        out.append(before)
        if plural:
            closing = "" if _CLOSED.match(text, end) else ","
            out.append(f"{phrase}, {verb} {agent}{closing}")
        else:
            out.append(f"{phrase} {verb} {agent}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def plain_by(text: str) -> str:
    """``text`` with a verb the engine misreads before "by" written as the synonym it
    reads right.

    >>> plain_by("talks brokered by Qatar and a force backed by Turkey")
    'talks mediated by Qatar and a force supported by Turkey'
    """
    return _PLAIN_BY.sub(lambda m: f"{_PLAIN[m.group(1)]} by", text)
