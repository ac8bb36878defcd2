"""People's names a rule-based engine would translate as common words, passed through whole.

Apertium's English analyser reads a surname that is also an English word as the
word: "US President Donald Trump" came out "Triunfo de Donald de Presidente",
"Condoleezza Rice" "Arroz de Condoleezza", "James Baker" "James Panadero", "Paul
Rich" "Paul Rico".  A capitalised word is such a name when the text itself says
so, never from the word alone (a capitalised "Council", "Congress" or "Monday" is
translated as before):

* it follows a given name the analyser knows as one ("Donald", "Condoleezza":
  ``<np><ant>``), an initial ("George W. Bush"), an honorific ("Mr", "Mrs", "Dr")
  or a name found so ("Mary Ann Baker");
* it follows a title of office written with a capital ("President Trump",
  "Secretary Rice", "Secretary of State Rice", "Attorney General Barr"), and is not
  itself a word of a title or a body ("Secretary General", "President Council");
* it is joined by "and" to a name before it ("Gordon Brown and Baker", "Mr Smith and
  Rice"): a capitalised word the engine reads only as a name, or one found so, not at
  the start of a sentence; never a state's name ("Russia and China": the state, which
  :mod:`.territories` writes in each language);
* it is the same word as a name found so elsewhere in the text or in its document
  ("Donald Trump met …" in the first paragraph, "Trump said" or "Trump's agenda" in
  the fifth), wherever it stands, in a compound too ("Trump-led", "anti-Trump").

Of those, the words the analyser has a common reading of (it knows "Bush" both as
a name and as a shrub) reach the engine as a surname every pair knows only as a
name and writes as it is (:data:`STANDINS`: "Jones"), which it gives a name's grammar
("la campaña de señor Jones" for "Mr. Jones's campaign", where a word it did not know
lost the genitive), and are written back as written.  The stand-ins begin with a
consonant, so that no language elides an article before them ("d'Obama").  Names
it reads only as names ("Putin") are left to it.  A stand-in the engine glued to a
neighbour, lowercased or accented is not written back: the unit is translated
again with the name hidden another way (see :mod:`.hidden`), so no editor ever
reads "Jones" where the source said "Trump".  A stand-in the text holds itself
("Tom Jones", "Jonesboro") is never used for it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cms_i18n.engines.hidden import free_of
from cms_i18n.glossary.states import english_names
from cms_i18n.languages import base as base_lang
from cms_i18n.target_typography import in_capitals

# Surnames every pair here reads only as names and writes unchanged (checked for
# every route by tests/engines/test_names.py).
STANDINS = ("Jones", "Johnson", "Blair", "Sarkozy", "Thatcher")

# A capitalised word: a capital, then small letters ("Trump", "Rice"; not "SCO", "McCain"
# is left to the engine's own dictionary, which mostly lacks such names anyway).
# A word before a hyphen counts ("Donald Trump-led"); one after a hyphen is a
# compound's tail ("Secretary-General"), a name there only when found elsewhere.
_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_]*)(?!\w)")
_ANYWHERE = re.compile(r"(?<![\w'’])([^\W\d_][^\W\d_]*)(?!\w)")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sen",
                         "rep", "gov", "prof", "gen", "lt", "col", "capt", "mme", "mlle"})
# Titles of office written before a name ("President Trump", "Speaker Pelosi").
_TITLES = frozenset({"president", "speaker", "senator", "secretary", "governor", "mayor",
                     "chancellor", "ambassador", "minister", "premier", "judge",
                     "representative", "congressman", "congresswoman", "chairman",
                     "chairwoman", "commissioner", "envoy", "admiral", "colonel", "captain",
                     "sergeant", "king", "queen", "prince", "princess", "pope", "cardinal",
                     "bishop", "rabbi", "imam", "sheikh", "emir", "sultan"})
# Words that open a phrase, never a name ("President The" is a headline over a sentence).
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                             "its", "our", "their", "my", "your", "and", "or", "but", "in",
                             "on", "at", "to", "of", "for", "with", "by", "from"})
# Words that follow a title as a part of it or of a body, never as a name.
_NOT_NAMES = _TITLES | frozenset({
    "general", "minister", "ministers", "secretary", "elect", "emeritus", "designate",
    "council", "committee", "commission", "office", "state", "states", "assembly",
    "house", "senate", "congress", "parliament", "government", "ministry", "cabinet",
    "court", "administration", "party", "union", "board", "bank", "fund", "republic",
    "federation", "service", "services", "agency", "department", "guard", "army",
    "navy", "force", "forces", "police", "corps", "staff", "affairs", "defence",
    "defense", "foreign", "interior", "justice", "security", "finance", "trade",
    "economy", "health", "education", "energy", "emergency", "emergencies", "culture",
    "chief", "deputy", "vice", "first", "prime", "acting", "former", "attorney",
    "director", "leader", "officer", "candidate", "analyst", "spokesman",
    "spokeswoman", "spokesperson", "member", "members",
    # the head of a place's, a building's, an event's or a firm's name after a given
    # name ("Charles University", "John Street", "Ryder Cup", "Trump Tower")
    "university", "college", "school", "academy", "institute", "foundation", "center",
    "centre", "hospital", "church", "cathedral", "chapel", "airport", "station",
    "stadium", "arena", "museum", "library", "gallery", "theatre", "theater", "hall",
    "tower", "building", "palace", "castle", "hotel", "street", "avenue", "road",
    "lane", "drive", "boulevard", "square", "place", "park", "bridge", "gate",
    "garden", "gardens", "island", "islands", "lake", "river", "bay", "sea", "ocean",
    "strait", "canal", "peninsula", "mountain", "mountains", "hill", "hills", "valley",
    "forest", "beach", "coast", "cape", "falls", "county", "city", "town", "village",
    "district", "province", "region", "memorial", "festival", "show", "cup", "cups",
    "trophy", "prize", "award", "awards", "medal", "week", "day", "company", "group",
    "motors", "airlines", "airways", "trust", "society", "association", "club",
    "team", "fashion", "law", "act", "doctrine", "plan", "treaty", "prison", "times",
    "post", "news", "press", "media", "network", "radio", "television", "studios",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def candidates(text: str) -> set[str]:
    """The capitalised words of ``text`` and the words before them, to ask the analyser
    about (none in a heading in capitals, where every word has one)."""
    if in_capitals(text):
        return set()
    return {m.group() for m in _WORD.finditer(text)}


def find_names(text: str, given: Collection[str], common: Collection[str],
               named: Collection[str] = ()) -> list[tuple[int, int]]:
    """Where ``text`` names a person by a word of ``common`` (words the engine has a
    common reading of), as (start, end) spans; ``given`` are the words the engine
    reads as given names, ``named`` the words found as people's names elsewhere in
    the text's document (:func:`names_in`).

    >>> text = "US President Donald Trump met Rice. Trump said Mr Baker agreed."
    >>> [text[a:b] for a, b in find_names(text, {"Donald"}, {"Trump", "Rice", "Baker"})]
    ['Trump', 'Trump', 'Baker']
    >>> find_names("The Security Council met.", set(), {"Security", "Council"})
    []
    >>> text = "Trump's agenda: anti-Trump protests."
    >>> [text[a:b] for a, b in find_names(text, set(), {"Trump"}, named={"Trump"})]
    ['Trump', 'Trump']
    >>> text = "Condoleezza Rice met Brown and Baker. Secretary of State Rice agreed."
    >>> [text[a:b] for a, b in find_names(text, set(), {"Rice", "Baker", "State"})]
    ['Rice', 'Baker', 'Rice']
    >>> find_names("Ministers of Finance and Trade met. Apples and Pears sold.", set(),
    ...            {"Finance", "Trade", "Pears", "Ministers"})
    []
    """
    if in_capitals(text):
        return []
    words = list(_WORD.finditer(text))
    named = set(named)
    found: dict[int, tuple[int, int]] = {}
    initial = False
    for n, m in enumerate(words):
        word = m.group()
        name = False
        if n and word[:1].isupper() and not word[1:2].isupper():
            lead = words[n - 1]
            gap = text[lead.end():m.start()]
            name = _follows_name(lead.group(), gap, word, given, initial) or (
                word.casefold() not in _NOT_NAMES and word not in english_names() and (
                    _TITLE_OF.search(text, max(0, m.start() - _TITLE_OF_CHARS),
                                     m.start()) is not None
                    or (n >= 2 and lead.group() == "and" and gap == " "
                        and _a_name_before(text, words[n - 2], common, named, found))))
        # "W" in "George W. Bush": an initial after a given name, before a stop
        initial = len(word) == 1 and word.isupper() and n > 0 and \
            words[n - 1].group() in given and text.startswith(".", m.end())
        if name and word in common:
            named.add(word)
            found[m.start()] = m.span()
    for m in _ANYWHERE.finditer(text):
        if m.group() in named and m.group() in common:
            found.setdefault(m.start(), m.span())
    return [found[start] for start in sorted(found)]


# A title of office of several words right before a name ("Secretary of State Rice",
# "Attorney General Barr", "Surgeon General Murthy", "Chief Justice Roberts").
_TITLE_OF = re.compile(r"(?<![\w-])(?:Secretary of (?:State|Defen[cs]e|the Treasury"
                       r"|Homeland Security)|Attorney General|Surgeon General|Solicitor General"
                       r"|Chief Justice|Foreign Secretary|Home Secretary)\s$")
# The longest of those titles and its blank, and more: the stretch before a word searched
# for one (the whole text before it made a document's names cost its length squared).
_TITLE_OF_CHARS = 48


def _a_name_before(text: str, lead: re.Match[str], common: Collection[str],
                   named: Collection[str], found: dict[int, tuple[int, int]]) -> bool:
    """Whether the word ``lead``, before an "and", is a person's name: found so, or a
    capitalised word the engine reads only as a name, that opens no sentence."""
    word = lead.group()
    if not word[:1].isupper() or word[1:2].isupper() or word.casefold() in _NOT_NAMES:
        return False
    if lead.start() in found or word in named:
        return True
    before = text[:lead.start()].rstrip()
    return word not in common and bool(before) and before[-1] not in ".!?:;\"“«("


def owned_names(text: str, common: Collection[str]) -> list[tuple[int, int]]:
    """Where ``text`` names a person or a thing by two to four capitalised words right
    after a possessive ("the Kremlin's Dmitry Peskov", "China's Xi Jinping"), none of
    them a word the engine has a common reading of (``common``) nor a word of a title,
    a body or a place: the whole name, as one (start, end) span.

    The engine moves an owner after the head of what it owns, and takes a name's first
    word for its head: "The Kremlin's Dmitry Peskov said" came out "Dmitry del Kremlin
    Peskov lo dijo", "China's Xi Jinping" lost its genitive ("China Xi Jinping").
    Hidden behind one stand-in surname, the name is one word to it ("Dmitry Peskov
    del Kremlin").

    >>> text = "The Kremlin's Dmitry Peskov and Russia's Security Council met Iran's Ali."
    >>> [text[a:b] for a, b in owned_names(text, {"Security", "Council"})]
    ['Dmitry Peskov']
    >>> owned_names("Europe's Green Deal", {"Green", "Deal"})
    []
    """
    if in_capitals(text):
        return []
    found = []
    for owner in re.finditer(r"\w['’]s ", text):
        at, words = owner.end(), list[tuple[int, int]]()
        for m in _WORD.finditer(text, at):
            word = m.group()
            if m.start() != at or len(words) == 4 or not word[:1].isupper() or \
                    word[1:2].isupper() or word in common or word.casefold() in _NOT_NAMES:
                break
            words.append(m.span())
            at = m.end() + 1
            if not text.startswith(" ", m.end()):
                break
        if len(words) >= 2:
            found.append((words[0][0], words[-1][1]))
    return found


def names_in(text: str, given: Collection[str], common: Collection[str]) -> set[str]:
    """The words of ``common`` that ``text`` (a whole document) shows to be people's
    names by what stands before them somewhere (:func:`find_names`).

    >>> sorted(names_in("Donald Trump spoke. Trump said so.", {"Donald"}, {"Trump"}))
    ['Trump']
    """
    return {text[start:end] for start, end in find_names(text, given, common)}


def _follows_name(lead: str, gap: str, word: str, given: Collection[str],
                  initial_of_name: bool) -> bool:
    """Whether ``word``, after the word ``lead`` and the blanks or stop ``gap``, is a
    person's name by what stands before it: a given name ("Donald Trump"), an initial
    after one ("George W. Bush", not "U.N. General Assembly"), an honorific ("Mr.
    Baker") or a title written with a capital ("President Trump"); never a word of a
    title, a body or a place ("Secretary General", "Lord Mayor", "Charles University",
    "John Street").  ``initial_of_name``: ``lead`` is an initial after a given name."""
    if word.casefold() in _NOT_NAMES or word.casefold() in _FUNCTION_WORDS:
        return False
    honorific = lead.casefold() in _HONORIFICS
    if re.fullmatch(r"[^\S\n]+", gap):     # (a headline's last word is no title over
                                            # the next paragraph's first: "… New President"
                                            # / "The leadership …")
        return lead in given or honorific or (lead[:1].isupper() and
                                              lead.casefold() in _TITLES)
    if re.fullmatch(r"\.\s+", gap):
        return initial_of_name or honorific
    return False


def hide_names(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, dict[str, str]]:
    """``text`` with the name at each of ``spans`` replaced by a stand-in surname not
    found in it, the same name by the same one; the stand-ins and their names.  A name
    left without a stand-in (all are taken) stays as it is.

    >>> hide_names("Donald Trump met Rice. Trump left.", [(7, 12), (17, 21), (23, 28)])
    ('Donald Jones met Johnson. Jones left.', {'Jones': 'Trump', 'Johnson': 'Rice'})
    """
    free = free_of(text, STANDINS)
    names: dict[str, str] = {}
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        name = text[start:end]
        standin = next((s for s, n in names.items() if n == name), None)
        if standin is None:
            if not free:
                continue
            standin = free.pop(0)
            names[standin] = name
        pieces += [text[at:start], standin]
        at = end
    return "".join(pieces) + text[at:], names


def show_names(text: str, names: dict[str, str], target: str = "") -> str:
    """The engine's output with each stand-in written back as its name where the
    engine left it whole; any other stand-in is left for :func:`.hidden.left_in` to
    find.  The stand-ins open with a consonant, so the engine never elides the word
    before them; where ``target`` (French, Catalan) elides that word before the name's
    vowel, it is elided as the name is written back ("de Air China" → "d'Air China").

    >>> show_names("La campaña de señor Jones.", {"Jones": "Trump"})
    'La campaña de señor Trump.'
    >>> show_names("Un vol de Microsoft. Il a dit que Microsoft volerait.",
    ...            {"Microsoft": "Air China"}, "fr")
    "Un vol d'Air China. Il a dit qu'Air China volerait."
    >>> show_names("Un vol de Microsoft.", {"Microsoft": "Turkey Point"}, "fr")
    'Un vol de Turkey Point.'
    >>> show_names("El Microsoft va aterrar.", {"Microsoft": "Air China"}, "ca")
    "L'Air China va aterrar."
    """
    elided = _ELIDED.get(base_lang(target)) if target else None
    for standin, name in names.items():
        if elided is not None and name[:1] in _VOWELS:
            before = rf"(?:(?<![\w'’])(?P<word>{elided}) )?"

            def written(m: re.Match[str], name: str = name) -> str:
                word = m.group("word")
                if not word:
                    return name
                # Catalan "el" loses its vowel in front ("l'"), the others at the end
                kept = word[1:] if word.casefold() == "el" else word[:-1]
                return f"{kept[:1].upper() if word[0].isupper() else kept[:1]}{kept[1:]}'{name}"

            text = re.compile(before + _standin(standin).pattern).sub(written, text)
        else:
            text = _standin(standin).sub(name, text)
    return text


# The words French and Catalan elide before a vowel, as they stand before a name.
_ELIDED = {"fr": "[Dd]e|[Qq]ue|[Ll]e|[Ll]a", "ca": "[Dd]e|[Ee]l"}
_VOWELS = frozenset("AEIOUÀÁÂÉÈÊÍÎÓÔÚÛ")


def _standin(word: str) -> re.Pattern[str]:
    """A stand-in as a word of its own, a hyphenated compound's part too ("Jones-led")."""
    return re.compile(rf"(?<!\w){word}(?!\w)")
