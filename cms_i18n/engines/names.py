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
  "Secretary Rice"), and is not itself a word of a title or a body ("Secretary
  General", "President Council");
* it is the same word as a name found so elsewhere in the text ("Donald Trump met
  … Trump said").

Of those, the words the analyser has a common reading of (it knows "Bush" both as
a name and as a shrub) reach the engine as code words it passes through and are
written back as written (:func:`.acronyms.hide`), the way acronyms it reads only
as common words are.  Names it reads only as names ("Putin") are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from cms_i18n.target_typography import in_capitals

# A capitalised word: a capital, then small letters ("Trump", "Rice"; not "SCO", "McCain"
# is left to the engine's own dictionary, which mostly lacks such names anyway).
_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][^\W\d_]*)(?![\w-])")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sen",
                         "rep", "gov", "prof", "gen", "lt", "col", "capt", "mme", "mlle"})
# Titles of office written before a name ("President Trump", "Speaker Pelosi").
_TITLES = frozenset({"president", "speaker", "senator", "secretary", "governor", "mayor",
                     "chancellor", "ambassador", "minister", "premier", "judge", "justice",
                     "representative", "congressman", "congresswoman", "chairman",
                     "chairwoman", "commissioner", "envoy", "spokesman", "spokeswoman",
                     "general", "admiral", "colonel", "captain", "sergeant", "senators",
                     "king", "queen", "prince", "princess", "pope", "cardinal", "bishop",
                     "rabbi", "imam", "sheikh", "emir", "sultan", "attorney", "prosecutor",
                     "candidate", "leader", "director", "professor", "coach", "officer"})
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
    "chief", "deputy", "vice", "first", "prime", "acting", "former", "general's"})


def candidates(text: str) -> set[str]:
    """The capitalised words of ``text`` and the words before them, to ask the analyser
    about (none in a heading in capitals, where every word has one)."""
    if in_capitals(text):
        return set()
    return {m.group() for m in _WORD.finditer(text)}


def find_names(text: str, given: Collection[str], common: Collection[str]
               ) -> list[tuple[int, int]]:
    """Where ``text`` names a person by a word of ``common`` (words the engine has a
    common reading of), as (start, end) spans; ``given`` are the words the engine
    reads as given names.

    >>> text = "US President Donald Trump met Rice. Trump said Mr Baker agreed."
    >>> [text[a:b] for a, b in find_names(text, {"Donald"}, {"Trump", "Rice", "Baker"})]
    ['Trump', 'Trump', 'Baker']
    >>> find_names("The Security Council met.", set(), {"Security", "Council"})
    []
    """
    if in_capitals(text):
        return []
    words = list(_WORD.finditer(text))
    named: set[str] = set()
    found: dict[int, tuple[int, int]] = {}
    previous_name = False
    for n, m in enumerate(words):
        word = m.group()
        name = bool(n) and word[:1].isupper() and not word[1:2].isupper() and _follows_name(
            words[n - 1].group(), text[words[n - 1].end():m.start()], word, given,
            previous_name)
        previous_name = name or word in given
        if name and word in common:
            named.add(word)
            found[m.start()] = m.span()
    for m in words:
        if m.group() in named:
            found.setdefault(m.start(), m.span())
    return [found[start] for start in sorted(found)]


def _follows_name(lead: str, gap: str, word: str, given: Collection[str],
                  previous_name: bool) -> bool:
    """Whether ``word``, after the word ``lead`` and the blanks or stop ``gap``, is a
    person's name by what stands before it: a given name or a name ("Donald Trump",
    "Mary Ann Baker"), an initial ("W. Bush"), an honorific ("Mr. Baker") or a title
    written with a capital ("President Trump", not "Secretary General")."""
    if re.fullmatch(r"\s+", gap):
        if lead in given or previous_name or lead.casefold() in _HONORIFICS:
            return True
        return lead[:1].isupper() and lead.casefold() in _TITLES and \
            word.casefold() not in _NOT_NAMES
    if re.fullmatch(r"\.\s+", gap):
        initial = len(lead) == 1 and lead.isupper()
        return initial or lead.casefold() in _HONORIFICS
    return False
