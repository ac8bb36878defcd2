"""Find glossary concepts in source text.

Rules, in the order they apply:

* **Longest match first.** "UN Security Council" wins over "Security Council",
  "Russia's Security Council" over "Security Council".
* **A name misspelt in one word** ("Shanghai Corporation Organisation", "Collective
  Security Treaty Organisaton") is that name, with a note saying so: a name of three
  words or more, every word but one as the glossary writes it, and that one a slip of
  one or two letters in a word of five letters or more (:func:`_slip`), written with
  the same capital.  Two-word names and acronyms are matched as written only: "Security
  Councils" is no slip of "Security Council".
* **Word boundaries.** "SCO" is not found in "SCOPE"; it is found in "the SCO's",
  "SCO-led" and "(SCO)".
* **Case.** Full names match whatever their case ("the african union");
  acronyms and short forms match only as written ("AU", not "au"), except that
  a short form of several words also matches in capitals ("SECURITY COUNCIL"
  in a heading): no word of it could then be an ordinary one.
* **Another body by the same letters.**  An acronym in a sentence that holds a word
  of another sense of it (a ``!`` cue: "SCO, the Utah Unix vendor"; "CIS, a
  pro-immigrant organization") and neither the concept's full name nor a cue of its
  own is a decoy, left to the engine.
* **An acronym the document defines as another thing.**  An acronym of the glossary in
  brackets right after a phrase whose words' initials spell it ("the Center for Internet
  Security (CIS)", "astronomical units [AU]"), a phrase that is none of the concept's
  names (nor the start of one: "the United Nations (UN)"), says what the letters stand for
  in that document: every use of them there, in any unit, is a decoy, left to the engine
  (:meth:`Matcher.defined`).
* **An acronym beside the name of another thing it spells.**  An acronym of the
  glossary in a sentence that also writes out, unbracketed, a run of capitalised words
  whose initials are exactly its letters and that is none of the concept's names ("CIS
  Benchmarks … developed by the Center for Internet Security") is a decoy in that
  sentence only; not in a headline, where every word has a capital
  (:meth:`Matcher.spelt_out`).
* **A short form in lower case** ("the security council") is matched only as the
  article "the" gives it, right before it, and not followed by "of" or "for" (the
  council of something else) unless a quotation or a deed ("for failing", "for “…”")
  follows, which says why, not whose; once the document has written it so, also after a
  preposition or at the start of a clause ("… of security council resolutions"), never
  after another determiner or a word of its own ("a national security council", "the
  company's security council", "the school security council").  Only short forms of
  two words or more: "al" is no acronym.
* **Possessives and compounds** are recorded on the occurrence ("the CSTO's",
  "Taliban-led") so enforcement can rephrase them for the engine.
* **Acronyms in parentheses** right after the concept's own name are marked, so
  a language without an approved acronym can drop the repetition; so is one the
  name's own initials spell ("Russia's Security Council (SC)").
* **A name interrupted by its parent's acronym** ("the Shanghai Cooperation
  Organization (SCO) Council of Heads of State", "the United Nations (UN) Security
  Council") is the whole name: for every body one of whose names holds another
  body's acronym ("SCO Council of Heads of State"), the parent's full name with its
  acronym in parentheses in that place is a name too.  The acronym inside is marked
  as the parent's, in parentheses (:attr:`Occurrence.within`), for the language's
  rule to keep, write or drop.
* **Ambiguous short forms** (a bare "Security Council") are resolved per
  document: an owner named right before it ("the Kremlin Security Council",
  "the U.N.'s Security Council", "Putin's Security Council"; after "his" or
  "her", the person named nearest before it weighs once more), else the weight
  of the evidence: a body the document has already named explicitly, and the
  cue words of each reading found in the unit (named bodies, countries,
  capitals, officials and their titles).  A *weak* cue (``~resolution*``) is a
  word for business every such council has: it weighs against other readings
  but never decides alone, so "a resolution of the Security Council" in a
  report on a national council stays ambiguous.  Other bodies
  sharing the short form
  (the security councils of Kazakhstan, Uzbekistan …) are concepts that are
  never enforced: their cues count as evidence too, and a mention they win
  gets the shared short form below.
* **Faithful when in doubt.**  Without evidence, or with evidence that weighs
  the same for two readings, a bare short form is *ambiguous*: it is filed
  under the concept marked ``default`` with every reading listed, and
  enforcement writes the target's equally short form ("el Consejo de
  Seguridad"), never a full name the source does not give.  A short form that
  is part of another body's name ("Kazakhstan's Security Council", "Collective
  Security Council", "Security Council of Belarus") is a *decoy*: never
  enforced, and it makes later bare mentions in the document refer to that
  other body ("Peace and Security Council"; never one office after another:
  "National Security Adviser and National Security Council Director General").
  So is one inside a longer name after its head noun and "of"
  ("the Committee of Security Council Secretaries") and one before or after the
  plural of a title each council has one holder of ("Security Council Secretaries",
  "Secretaries of the Security Council" of an organisation's member states): they
  name no one body, so they say nothing of the mentions after them either.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from cms_i18n.glossary.positions import TextIndex
from cms_i18n.glossary.states import (
    ADJECTIVE_ENDINGS,
    BETWEEN,
    State,
    capitals,
    english_names,
    every_state,
    national_council,
    state_council,
)
from cms_i18n.glossary.world import world_word

if TYPE_CHECKING:
    from cms_i18n.glossary.model import Concept, Glossary

APOSTROPHES = "'’"
OTHER = "<other>"          # context value: the document last named another body


def _reading_name(cid: str) -> str:
    """A reading as a note names it: a concept's id, or "another body" for :data:`OTHER`
    (another state's own council), which no editor should read as a placeholder."""
    return "another body" if cid == OTHER else cid
#: why a bare short form that points to another state's council is left ambiguous
OUTSIDE = "the text points to a council outside the glossary"
#: why a body's name written without its parent was read as that body's: the text or
#: the document names the parent (:meth:`Matcher.detached`)
DETACHED = "named without its parent"
#: why a body's name joined by "and" to a sibling's name that ends with their parent
#: was read as that body's (:meth:`Matcher.coordinated`)
COORDINATED = "its parent named once, after the name joined to it"
#: why a name the glossary does not list was read as one of its names
MISSPELT = "a name the glossary does not list, read as its"
WEAK = "~"                 # a cue written "~resolution*" is weak: it never decides alone
#: a cue written "!Unix" is another sense's: a word that says the concept's acronym in the
#: sentence names another body by the same letters ("SCO, the Utah Unix vendor")
OTHER_SENSE = "!"

_WORD = r"[^\W_]"
# Two capitalised words or more, "of", "the", "for" or "and" between them: "Shanghai
# Cooperation Council", "Council of Heads of Government"; the first may open a sentence.
_CAPITALISED = r"[A-Z][^\W\d_]*(?:-[^\W\d_]+)*(?:['’]s)?"
_CAPITALISED_RUN = re.compile(
    rf"(?<![^\W_]){_CAPITALISED}(?:\s+(?:(?:of|the|for|and)\s+)*{_CAPITALISED})+(?![^\W_])")
# Words every institution's name is made of (by their first five letters, as
# Glossary.nearest reads them): sharing only these, two names are not near.
_INSTITUTIONAL = frozenset(w[:5] for w in (
    "security", "council", "councils", "national", "state", "states", "heads", "head",
    "foreign", "ministers", "minister", "ministry", "defence", "defense", "united",
    "federation", "organisation", "organization", "committee", "secretary", "general",
    "member", "members", "republic", "affairs", "union", "supreme", "government",
    "assembly", "international", "cooperation", "co", "operation", "of", "the", "and",
    "for"))
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words that may precede a short form without making it part of a longer name.
_DETERMINERS = {
    "the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "whose",
    "said", "says", "by", "at", "to", "of", "in", "on", "for", "from", "with", "and", "or",
    # capitalised only because they open a sentence or a clause
    "when", "if", "as", "after", "before", "while", "although", "though", "because", "since",
    "once", "until", "but", "yet", "so", "meanwhile", "today", "yesterday", "earlier", "later",
    "last", "next", "however", "instead", "still", "also", "then", "now", "during",
    "all", "both", "several", "many", "most", "some", "other", "few", "each", "every", "any",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "these", "those",
    "former", "current", "outgoing", "incoming", "fellow", "rotating", "new", "key",
    "powerful", "top", "senior", "permanent", "non-permanent", "elected", "divided",
    "deadlocked",
    # prepositions capitalised only because they open a sentence: "Unlike Security Council
    # resolutions, General Assembly resolutions are not legally binding" (ayaksizgazete.com)
    # names no "Unlike Security Council"
    "unlike", "like", "without", "despite", "under", "within", "against", "through",
    "throughout", "including", "beyond", "among", "amid", "amidst", "toward", "towards",
    "upon", "via", "across", "regarding", "concerning", "besides", "unless", "whether",
    "whereas", "where", "how", "why", "what", "which", "who",
    # dates: "On Monday Security Council members voted"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}
# Regions own no security council; before one followed by these nouns they pick
# out members of a shared body: "Western Security Council members".
_REGIONS = {"western", "eastern", "european", "african", "asian", "arab", "latin", "nordic",
            "gulf", "caribbean", "american", "non-aligned", "g7", "g20"}
# Owners that name no body of their own: "the country's Security Council" is whatever
# council the document is about, read like a bare mention.
_GENERIC_OWNERS = {"country", "nation", "state", "government", "republic", "federation"}
# Times own nothing: "Tuesday's Security Council meeting", "last week's emergency
# Security Council session" are the meeting of that day, and the council is named as
# bare as it is without them.
_TIME_OWNERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "tonight", "yesterday", "tomorrow",
    "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
    "spring", "summer", "autumn", "fall", "winter", "season", "decade", "quarter",
}
_GENERIC_OWNER = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(_GENERIC_OWNERS)) +
                            r")['’]s?\s+$", re.IGNORECASE)
_MEMBERS = re.compile(r"\s+(?:members?|diplomats?|ambassadors?|envoys?|delegations?|"
                      r"countries|states|nations|governments)\b")
_OF_PROPER = re.compile(r"\s+(?:under\s+the\s+President\s+)?of\s+(?:the\s+)?[A-Z]")
# The capitalised words after "of" and an optional "the": the owner a name written the
# other way round gives ("Security Council of the UN" beside "UN Security Council").
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")
# What follows a state's "Security Council" when it is the UN's, where the state sits
# or seeks a seat: "Kazakhstan's Security Council seat", "Japan's Security Council bid".
# So do its ambassadors and envoys: states send them to a council of states, and
# "Russia's Security Council envoy" is Russia's envoy there, not its own council's.
_UN_BUSINESS = re.compile(r"\s+(?:seats?|bids?|membership|presidency|candidacy|term|tenure|"
                          r"campaign|votes?|veto|ambassadors?|envoys?)\b")
# A diplomat accredited to the council right before a short form: "Russia's ambassador to
# the Security Council", "the Russian envoy at the Security Council".  No state's own
# council receives another's envoys, however much the document is about that state's.
_ACCREDITED = re.compile(r"(?<![^\W_])(ambassadors?|envoys?|(?:permanent\s+|deputy\s+)?"
                         r"representatives?|delegates?)\s+(?:to|at|on|in)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# Nouns a council heads in news copy: after one, a word between the state and the
# council may be the noun's ("Kazakhstan's new Security Council secretary" is a new
# secretary), so the council is not taken to be a new one.
_COUNCIL_NOUN = re.compile(r"\s+(?:secretar(?:y|ies)|chair\w*|heads?|deputy|deputies|meetings?|"
                           r"sessions?|members?|staff|apparatus|decisions?|statements?|"
                           r"officials?|spokes\w+)\b", re.IGNORECASE)
# A short form inside a longer body's name, right after the name's head noun and "of"
# with no article: "the Committee of Security Council Secretaries", "a Conference of
# National Security Council …".  A title stays a title: "Deputy Chairman of Security
# Council Dmitry Medvedev" is read like a bare mention.
_BODY_OF = re.compile(r"(?<![^\W_])(?:Committee|Commission|Council|Conference|Meeting|Board|"
                      r"Forum|Assembly|Association|Union|Network|Club|Group|Institute|"
                      r"Academy|Centre|Center|College|School|Department|Office|Chamber)"
                      r"\s+of\s+$")
# The plural of a title a council has one holder of: "Security Council Secretaries" are
# the secretaries of several councils, so the short form names no one body.
_SEVERAL = re.compile(rf"\s+(?:secretaries|chairmen|chairwomen|chairpersons)(?!{_WORD})",
                      re.IGNORECASE)
# … and that plural before "of the": "Defence Ministers and Secretaries of the Security
# Council" of an organisation's member states are the secretaries of several councils,
# whichever state's council the text named before.  A deputy or an assistant is not one
# holder per council: "Deputy Secretaries of the Security Council" are one council's.
_SEVERAL_OF = re.compile(r"(?<![^\W_])(?<!deputy )(?<!assistant )"
                         r"(?:secretaries|chairmen|chairwomen|chairpersons)\s+of\s+the\s+$",
                         re.IGNORECASE)
_PREV_WORD = re.compile(r"([^\s(\"“]+)\s+$")
# A state or body named only as what something is like ("on the American model",
# "American-style", "like the Russian one", "modelled on Russia's"): the comparison says
# whose the council is not, so the words are no evidence of whose it is.
_LIKENESS_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:modell?ed|patterned|based)\s+(?:on|after)|like|unlike|similar\s+to|"
    r"akin\s+to|in\s+the\s+image\s+of|in\s+imitation\s+of|copied\s+from|"
    r"inspired\s+by)(?:\s+(?:the|a|an|its|their|that\s+of))?\s+$", re.IGNORECASE)
_LIKENESS_AFTER = re.compile(
    r"(?:['’]s?)?(?:-style|-type|-like|\s+(?:model|style|type|pattern|template|"
    r"blueprint|counterpart|equivalent|example|version)s?)(?![^\W_])", re.IGNORECASE)
# A personal possessive right before a short form: the council is someone's own.
_PERSONAL = re.compile(r"(?<![^\W_])(?:his|her)\s+$", re.IGNORECASE)
# "its own", "their own" right before a short form the text has already named a body
# by: the owner's council, set apart from that body ("Russia used its veto at the
# Security Council while its own Security Council discussed retaliation").
_OWN = re.compile(r"(?<![^\W_])(?:its|their)\s+own\s+$", re.IGNORECASE)
# Offices one person holds: before "and" such a noun ends one title and the council
# starts the next ("National Security Adviser and National Security Council Director
# General Eduardo Año"), where a body's name has a noun of its business ("Peace and
# Security Council").
_OFFICES = {"adviser", "advisor", "secretary", "secretary-general", "minister", "director",
            "director-general", "chairman", "chairwoman", "chairperson", "chair", "spokesman",
            "spokeswoman", "spokesperson", "envoy", "ambassador", "representative",
            "commander", "chief", "head", "coordinator", "counsellor", "counselor",
            "president", "premier", "governor", "deputy"}
_ANY_POSSESSOR = re.compile(r"([^\W_]+)['’]s?\s+(?:[a-z][\w-]*\s+){1,2}$")
# The words that may name a short form's owner: "Russia's powerful Security Council"
# (a possessive, then at most two lower-case words), "the U.N.'s Security Council",
# "the Kremlin Security Council" (a capitalised word right before it).
_POSSESSOR = re.compile(
    r"((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)(['’]s?)?\s+((?:[a-z][\w-]*\s+){0,2})$")
# Characters none of the words before a short form that name its owner hold: where the
# last one stands before a mention, those words cannot start earlier
# (:meth:`~cms_i18n.glossary.positions.TextIndex.ending_at`).  Letters, digits,
# apostrophes, hyphens and spaces for a possessive or a generic owner; dots too for a
# run of capitalised words ("U.N.").
_OWNER_BREAKS = re.compile(r"[^\w'’\s-]")
_POSSESSOR_BREAKS = re.compile(r"[^\w.'’\s-]")


# An owner's possessive ending ("African Union's"), which spells the owner's name too.
_POSSESSIVE_S = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Occurrence:
    """One mention of a concept in a source text."""

    concept: Concept
    kind: str                  # "name" | "acronym" | "short"
    start: int
    end: int
    text: str
    possessive: str = ""       # "'s", "’s" or "'" right after the mention
    suffix: str = ""           # "led" in "Taliban-led"
    parenthetical: bool = False  # "(SCO)", "(AL)" right after the concept's own name
    reason: str = ""           # how a short form was resolved
    readings: tuple[Concept, ...] = ()   # an ambiguous short form: every body it may name
    #: the body whose name this parenthesised acronym is inside of, or right after:
    #: "(SCO)" in "the Shanghai Cooperation Organization (SCO) Council of Heads of State"
    within: Concept | None = None
    #: the body whose full name this name spells out inside it: the SCO in "the Council of
    #: Heads of State of the Shanghai Cooperation Organisation"
    parent: Concept | None = None
    #: the body whose acronym this name holds, when the target's approved name does not
    #: name it: the CSTO in "the Committee of CSTO Security Council Secretaries"
    lettered_parent: Concept | None = None
    #: the body the source names once for this one and others, after them ("the Council of
    #: Foreign Ministers and the Council of Defence Ministers of the CSTO"): a name without
    #: its parent (:meth:`Matcher.detached`, :meth:`Matcher.coordinated`)
    shared_parent: Concept | None = None
    #: the body's own letters the source writes inside its name, which the approved
    #: name replaces with the rest: "PSC" in "the Peace and Security Council (PSC) of the
    #: African Union" (:func:`lettered_names`)
    own_letters: str = ""

    @property
    def span_end(self) -> int:
        """End of the mention including its possessive ending."""
        return self.end + len(self.possessive)

    @property
    def ambiguous(self) -> bool:
        """True for a short form that nothing in the document resolves."""
        return bool(self.readings)

    @property
    def reading(self) -> str:
        """What this mention was read as and what decided it, for keys of things that
        depend on it: the same sentence is Russia's council in one document, the UN's
        in another and no body in a third ("UNSC", "?RUS_SC/UNSC"), and the note on
        it says why (:attr:`reason`).

        >>> from cms_i18n.glossary.model import Concept
        >>> un, ru = Concept("UNSC"), Concept("RUS_SC")
        >>> Occurrence(un, "short", 0, 16, "Security Council", reason="named earlier").reading
        'UNSC:named earlier'
        >>> Occurrence(un, "short", 0, 16, "Security Council", reason="no evidence",
        ...            readings=(ru, un)).reading
        '?RUS_SC/UNSC:no evidence'
        """
        read = "?" + "/".join(c.id for c in self.readings) if self.ambiguous else self.concept.id
        return f"{read}:{self.reason}"


@dataclass(frozen=True)
class Decoy:
    """A short form that names another body ("Kazakhstan's Security Council"), or an
    acronym left to the engine.  An acronym the document defines as another thing ("the
    Center for Internet Security (CIS)") has :attr:`concept` and :attr:`reason` on its
    first decoy in a unit only, so its note is written once."""

    start: int
    end: int
    text: str
    #: judged by a capitalised word before it in a line that capitalises its words
    #: ("… Officials Tell Security Council"): the capital may be only the headline's
    loose: bool = False
    #: an acronym whose sentence names another body by the same letters: the concept
    #: not applied, and why (:meth:`Matcher._other_sense`)
    concept: Concept | None = None
    reason: str = ""


@dataclass
class Context:
    """What a document has named so far; carried from unit to unit.

    ``last`` maps a short form ("Security Council") to the concept id the
    document last named explicitly among those sharing it, or :data:`OTHER`.
    """

    last: dict[str, str] = field(default_factory=dict)
    #: concept id → the strong cue words found anywhere in the document, every unit
    #: (before and after this one): the evidence a sentence's own words are weighed with
    document: dict[str, frozenset[str]] = field(default_factory=dict)
    #: short form → the state's council the text last named with it ("Tajik Security
    #: Council"), while no other body has been named since: a bare mention after it
    #: that the evidence gives to no glossary body is that council
    placed: dict[str, Occurrence] = field(default_factory=dict)
    #: short form → the body the document's last bare mention of it was read as, on
    #: evidence (not left ambiguous)
    read: dict[str, str] = field(default_factory=dict)
    #: acronym → the phrase the document defines it as, none of its concept's names
    #: ("CIS": "Center for Internet Security"): every use of it is left to the engine
    defined: dict[str, str] = field(default_factory=dict)
    #: short forms the document has written in lower case after "the" ("the security
    #: council"): later lower-case mentions after a preposition are that name too
    lowered: set[str] = field(default_factory=set)
    #: the bodies the whole document names by a name or acronym of their own: a body's
    #: name written without its parent ("the Heads of State Council") is that body's
    #: where the document names the parent (:meth:`Matcher.detached`)
    named: frozenset[str] = frozenset()
    #: whether the whole document speaks of states and their bodies
    #: (:meth:`Matcher.speaks_of_states`), None where no document was given (each unit
    #: then speaks for itself)
    world: bool | None = None


@dataclass(frozen=True)
class _Form:
    concept: Concept
    kind: str
    text: str


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _pattern(form: str) -> str:
    """Regex for a form: any run of spaces between words, either apostrophe."""
    words = []
    for word in form.split():
        words.append("".join("['’]" if ch in APOSTROPHES else re.escape(ch) for ch in word))
    return r"\s+".join(words)


#: How many documents' evidence a matcher keeps (:meth:`Matcher.document_evidence`).
_EVIDENCE_KEPT = 32

_Kept = TypeVar("_Kept")


def _keep(cache: dict[str, _Kept], text: str, value: _Kept) -> None:
    """Keep ``value`` for ``text`` in ``cache``, the oldest dropped once it holds
    :data:`_EVIDENCE_KEPT` texts."""
    if len(cache) >= _EVIDENCE_KEPT:
        cache.pop(next(iter(cache), ""), None)
    cache[text] = value


class Matcher:
    """The compiled form of a glossary's source side; reuse it for every text."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        exact: dict[str, _Form] = {}        # acronyms: as written
        folded: dict[str, _Form] = {}       # names: case-insensitive
        self.short: dict[str, list[Concept]] = {}
        for concept in glossary.concepts:
            for name in concept.names:
                folded.setdefault(_norm(name).casefold(), _Form(concept, "name", name))
            for acro in concept.acronyms:
                exact.setdefault(_norm(acro), _Form(concept, "acronym", acro))
            for short in concept.short:
                self.short.setdefault(_norm(short), []).append(concept)
        # "Shanghai Cooperation Organization (SCO) Council of Heads of State": a name
        # interrupted by its parent's acronym in parentheses, as a name of its own
        #: such a form (folded) → the acronym in parentheses inside it
        self._inner: dict[str, str] = {}
        for concept in glossary.concepts:
            if not concept.enforce:
                continue
            for form, acro in interrupted_names(concept, exact):
                key = _norm(form).casefold()
                if key not in folded:
                    folded[key] = _Form(concept, "name", form)
                    self._inner[key] = acro
        # "the Peace and Security Council (PSC) of the African Union": a name of the
        # form "… of …" with the head's own initials in parentheses before "of"
        #: such a form (folded) → the letters in parentheses inside it
        self._own_letters: dict[str, str] = {}
        for concept in glossary.concepts:
            if concept.enforce:
                for form in lettered_names(concept, exact):
                    key = _norm(form).casefold()
                    if key not in folded:
                        folded[key] = _Form(concept, "name", form)
                        self._own_letters[key] = form[form.index("(") + 1:form.index(")")]
        self._exact = exact
        self._folded = folded
        #: the full names of the bodies with an acronym (folded, longest first), which
        #: another body's name may spell out: "… of the Shanghai Cooperation Organisation"
        self._parent_names = sorted(
            ((_norm(name).casefold(), concept) for concept in glossary.concepts
             if concept.acronyms and concept.enforce for name in concept.names),
            key=lambda pair: -len(pair[0]))
        #: a body's acronym (one no other body shares) → the body: the parent another
        #: body's name may hold ("Committee of CSTO Security Council Secretaries")
        lettered: dict[str, list[Concept]] = {}
        for concept in glossary.concepts:
            if concept.enforce:
                for acronym in concept.acronyms:
                    lettered.setdefault(acronym, []).append(concept)
        self._lettered = {acronym: bodies[0] for acronym, bodies in lettered.items()
                          if len(bodies) == 1}
        #: a body's name without its parent ("Heads of State Council", of "SCO Heads of
        #: State Council" and "Heads of State Council of the SCO") → (body, parent) pairs
        self._detached = _detached_names(glossary, exact, folded, self.short)
        self._detached_regex = re.compile(
            rf"(?<!{_WORD})(?:" + "|".join(_pattern(f) for f in sorted(
                self._detached, key=len, reverse=True)) + rf")(?!{_WORD})"
        ) if self._detached else None
        # (a parent, the head of a body's name of it, folded) → the body: "Joint Staff"
        # of "Joint Staff of the Collective Security Treaty Organisation" and "CSTO Joint
        # Staff", however short (see :meth:`coordinated`)
        sibling_heads = _sibling_heads(glossary)
        #: a body → (the head of a name of it, folded; its parent), and a parent → its
        #: bodies by head with the pattern of a head written before "and" (the pair's
        #: first name): read once here, not per mention
        self._heads_of: dict[str, list[tuple[str, Concept]]] = {}
        siblings: dict[str, dict[str, Concept]] = {}
        for (pid, head), (member, owner) in sibling_heads.items():
            self._heads_of.setdefault(member.id, []).append((head, owner))
            siblings.setdefault(pid, {})[head] = member
        self._siblings = {pid: (heads, re.compile(
            r"(?:^|(?<=\s))(?:the\s+)?(" + "|".join(
                _pattern(h) for h in sorted(heads, key=len, reverse=True))
            + r")\s+and\s+(?:the\s+)?$", re.I)) for pid, heads in siblings.items()}
        #: a parent → the pattern of one of its bodies' heads after "and", the second of
        #: a pair that shares the parent written before the first ("CSTO Joint Staff and
        #: Secretariat")
        self._sibling_after = {pid: re.compile(
            r"\s+and\s+(?:the\s+|its\s+)?(" + "|".join(
                _pattern(h) for h in sorted(heads, key=len, reverse=True))
            + rf")(?!{_WORD})", re.I) for pid, heads in siblings.items()}
        #: a parent → its bodies (:attr:`_detached`)
        self._children: dict[str, set[str]] = {}
        for pairs in self._detached.values():
            for child, owner in pairs:
                self._children.setdefault(owner.id, set()).add(child.id)
        #: the bodies that may have councils and such of their own: those with an acronym
        #: that are none of the parents' bodies
        subordinate = {cid for ids in self._children.values() for cid in ids}
        self._bodies = frozenset(c.id for c in glossary.concepts
                                 if c.acronyms and c.id not in subordinate)
        # A body whose own names hold a parent's acronym or full name ("SCO Regional
        # Anti-Terrorist Structure") is that parent's too, though it has an acronym of
        # its own: naming it beside a council without its parent names no other owner.
        for concept in glossary.concepts:
            for parent in self._parents_in_names(concept, exact):
                self._children.setdefault(parent.id, set()).add(concept.id)
        #: the head nouns of names of two words or more ("organisation", "council"): a run
        #: of capitals with another head ("Collective Security Treaty") names no body
        self._heads = frozenset(_head(key) for key in folded
                                if len(_NAME_WORD.findall(key)) >= 2)
        #: a word of a name of three words or more (folded) → (its place, the name's words
        #: as written, the name folded), for names misspelt in one word
        self._name_words: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for key, listed in folded.items():
            words = tuple(_NAME_WORD.findall(listed.text))
            if len(words) >= 3 and not listed.text.isupper():
                for place, word in enumerate(words):
                    self._name_words.setdefault(word.casefold(), []).append(
                        (place, words, key))
        # "SECURITY COUNCIL" in a heading → "Security Council"; never "UN" → "un".
        self._caps_short = {s.upper(): s for s in self.short if " " in s and s.upper() != s}
        # "the security council" → "Security Council", under the rules of :meth:`_lower_ok`
        self._lower_short = {s.casefold(): s for s in self.short
                             if " " in s and s.casefold() != s}
        alternatives = [(len(f), f"(?i:{_pattern(f)})") for f in {v.text for v in folded.values()}]
        alternatives += [(len(f.text), _pattern(f.text)) for f in exact.values()]
        alternatives += [(len(s), _pattern(s)) for s in [*self.short, *self._caps_short]]
        alternatives += [(len(s), f"(?i:{_pattern(s)})") for s in self._lower_short.values()]
        alternatives.sort(key=lambda a: -a[0])
        body = "|".join(a[1] for a in alternatives) or r"(?!)"
        # Not followed by "$": "AU$ 5" is money, not the African Union.
        self._regex = re.compile(rf"(?=(?<!{_WORD})({body})(?!{_WORD}|\$))")
        self._cues = {
            c.id: [(_cue_regex(cue), cue.startswith(WEAK), _cue_label(cue)) for cue in c.cues
                   if not cue.startswith(OTHER_SENSE)]
            for c in glossary.concepts
            if any(not cue.startswith(OTHER_SENSE) for cue in c.cues)
        }
        #: concept id → the words of other bodies its acronym also names
        self._other_senses = {
            c.id: [_cue_regex(cue.removeprefix(OTHER_SENSE)) for cue in c.cues
                   if cue.startswith(OTHER_SENSE)]
            for c in glossary.concepts if any(cue.startswith(OTHER_SENSE) for cue in c.cues)
        }
        self._evidence: dict[str, dict[str, frozenset[str]]] = {}
        self._definitions: dict[str, dict[str, str]] = {}
        self._named: dict[str, frozenset[str]] = {}
        self._worlds: dict[str, bool] = {}
        self._spelt: dict[str, dict[str, str]] = {}
        self._indexes: dict[str, TextIndex] = {}
        # Capitalised one-word cues (surnames such as "Medvedev", places such as
        # "Kremlin"): words no body's name is made of.
        self._people = frozenset(label for cues in self._cues.values()
                                 for _rx, weak, label in cues
                                 if not weak and " " not in label and label[:1].isupper()
                                 and not label.isupper())
        # Other states' councils named by their state ("Kyrgyzstan's Security Council",
        # "Kazakhstan's new Security Council", "the Georgian National Security Council"):
        # every state CLDR names, found before or after the short form, except those whose
        # council is an enforced concept of its own (Russia's: "Russia's Security Council"),
        # with the reading a bare short form falls back to, whose short form the council is
        # written in (also for "National Security Council", which no default lists).  Only
        # a council named by a short form the states' councils share is the state's own:
        # "Iran's Supreme National Security Council" is another body than "Iran's Security
        # Council", which stays Iran's council by its state.
        shared = {_norm(s) for c in glossary.concepts if not c.enforce for s in c.short}
        taken = frozenset(
            re.sub(r"['’]s?$", "", _norm(name)[: -len(_norm(short)) - 1]).casefold()
            for concept in glossary.concepts if concept.enforce
            for short in concept.short if _norm(short) in shared for name in concept.names
            if _norm(name).endswith(" " + _norm(short)))
        between = "|".join(BETWEEN)
        self._states: list[tuple[Concept, Concept, dict[str, State], re.Pattern[str],
                                 re.Pattern[str]]] = []
        self._any_state: dict[str, tuple[dict[str, State], re.Pattern[str]]] = {}
        for concept in glossary.concepts:
            if concept.enforce or not concept.short:
                continue
            default = next((c for s in concept.short for c in self.short[_norm(s)]
                            if c.default), None)
            if default is None:
                continue
            by_name = {name: state for state in every_state(concept.cues, taken)
                       for name in state.names}
            names = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
            full = "|".join(re.escape(n) for n in sorted(
                {s.names[0] for s in by_name.values()} | (english_names() & set(by_name)),
                key=len, reverse=True))
            # "Kazakhstan's", "Kazakhstan's new", "the Kazakh", "Kyrgyz Republic"
            before = re.compile(rf"(?<!{_WORD})({names})(?:\s+Republic)?"
                                rf"(?:['’]s?\s+(?:({between})\s+)?|\s+)$")
            # "of Kazakhstan", "of the Republic of Kazakhstan", "of the Kyrgyz Republic",
            # "under the President of the Republic of Uzbekistan" (its official name)
            after = re.compile(rf"\s+(?:under\s+the\s+President\s+)?of\s+(?:the\s+)?"
                               rf"(?:(?:Republic\s+of\s+)?({full})|"
                               rf"({names})\s+Republic)(?!{_WORD})")
            self._states.append((concept, default, by_name, before, after))
            # any state the sentence names, by its name or its capital, for a bare
            # "National Security Council" ("At the State House in Abuja, …")
            codes = {state.code: state for state in by_name.values()}
            by_place = {**{city: codes[code] for code, cities in capitals().items()
                           if code in codes for city in cities}, **by_name}
            places = "|".join(re.escape(n) for n in sorted(by_place, key=len, reverse=True))
            self._any_state[concept.id] = (by_place, re.compile(
                rf"(?<!{_WORD})({places})(?!{_WORD})"))
        self._state_councils: dict[tuple[str, ...], Concept] = {}
        #: concept id → the short forms of other bodies its names end with
        #: ("Collective Security Council" ends with "Security Council")
        self._ends_with = {
            concept.id: tuple(short for short in self.short
                              if short not in map(_norm, concept.short) and
                              any(_norm(n).casefold().endswith(" " + short.casefold())
                                  for n in concept.names))
            for concept in glossary.concepts}

    # -- public -------------------------------------------------------------

    def _index(self, text: str) -> TextIndex:
        """Where the words and cue words of ``text`` stand, found once for every
        mention in it (and kept for the last few texts, as their evidence is)."""
        index = self._indexes.get(text)
        if index is None:
            index = TextIndex(text)
            _keep(self._indexes, text, index)
        return index

    def find(self, text: str, context: Context | None = None) -> list[Occurrence]:
        """Every concept mention in ``text``, in order, ambiguities resolved.

        ``context`` carries what earlier units of the same document named; it
        is updated in place, so pass the same object for each unit in order.
        """
        occurrences, _decoys = self.scan(text, context)
        return occurrences

    def names_any(self, text: str) -> bool:
        """Whether ``text`` holds any name, acronym or short form of the glossary: when it
        does not, :meth:`scan` finds nothing in it, whatever the context.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher.names_any("The SCO met."), matcher.names_any("Rain is expected.")
        (True, False)
        """
        return self._regex.search(text) is not None or bool(self._misspelt(text, [])) or \
            bool(self._detached_regex and self._detached_regex.search(text))

    def unlisted(self, text: str, occurrences: Iterable[Occurrence] = (),
                 decoys: Iterable[Decoy] = ()) -> list[tuple[str, list[tuple[Concept, str]]]]:
        """Names in ``text`` the glossary does not list but comes close to, each with its
        nearest concepts (:meth:`Glossary.nearest`): a run of capitalised words ("the
        Shanghai Cooperation Council"), "of", "the", "for" and "and" allowed between them,
        whose head is a listed name's head ("Council", "Organisation"; not "Charter" or
        "States"), sharing with the name near a word of its own (not one of the words
        every institution's name is made of, :data:`_INSTITUTIONAL`: "the Ministry of
        Foreign Affairs" is no near name of the Council of Foreign Ministers), outside
        every mention and decoy found.  A run the text itself ties to a listed acronym in
        brackets after it ("the Shanghai Cooperation Agreement (SCO)") is near that
        acronym's body whatever its head.  The engine writes such a name as it would
        without a glossary; an editor should look whether the body meant is the one near.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [(name, [c.id for c, _n in near]) for name, near in
        ...  matcher.unlisted("The Shanghai Cooperation Council opened on Monday.")]
        [('Shanghai Cooperation Council', ['SCO', 'SCO_CHS'])]
        >>> matcher.unlisted("Leaders Meet At Shanghai Summit As Talks Open")
        []
        >>> matcher.unlisted("The Collective Security Charter was signed in 2002.")
        []
        >>> for name, near in matcher.unlisted("Members of the Collective Security "
        ...                                    "Organization met the Shanghai Organization "
        ...                                    "for Cooperation."):
        ...     print(name, [c.id for c, _n in near])
        Collective Security Organization ['CSTO']
        Shanghai Organization for Cooperation ['SCO']
        >>> [(name, [c.id for c, _n in near]) for name, near in matcher.unlisted(
        ...  "Leaders of the Shanghai Cooperation Agreement (SCO) met.", matcher.find(
        ...  "Leaders of the Shanghai Cooperation Agreement (SCO) met."))]
        [('Shanghai Cooperation Agreement', ['SCO'])]

        A state closing a list of the members before the acronym is no name of the body:

        >>> text = "Members like Brazil, Russia, India, China and South Africa (BRICS) met."
        >>> matcher.unlisted(text, matcher.find(text))
        []
        """
        occurrences = list(occurrences)
        # an acronym in brackets right after a run: its first character → its body
        bracketed = {o.start: o.concept for o in occurrences if o.kind == "acronym"}
        spans = [(o.start, o.span_end) for o in occurrences] + \
                [(d.start, d.end) for d in decoys]
        found = []
        for run in _CAPITALISED_RUN.finditer(text):
            start, end = run.span()
            if _overlaps(start, end, spans):
                continue
            after = _BRACKET_OPENS.match(text, end)
            named = bracketed.get(after.end()) if after else None
            if named is not None:
                # from the first of the body's own words ("Leaders of the Shanghai
                # Cooperation Agreement (SCO)"), else the shortest tail
                theirs = set().union(*map(_stems, named.names)) - _INSTITUTIONAL
                tails = _name_tails(run.group())
                name = next((t for t in tails
                             if _NAME_WORD.findall(t)[0].casefold()[:5] in theirs), tails[-1])
                if name in english_names():
                    continue    # a member state listed before the group's acronym
                if not any(_norm(name).casefold() == _norm(listed).casefold()
                           for listed in named.names):
                    found.append((name, [(named, named.names[0])]))
                continue
            for name in _name_tails(run.group()):
                if _head(name) not in self._heads:
                    continue
                if _joint_body(name):
                    break   # "the NATO-Ukraine Council": a body two parties share
                own = _stems(name) - _INSTITUTIONAL
                near = [(concept, listed) for concept, listed in self.glossary.nearest(name)
                        if own & _stems(listed)]
                if near:
                    found.append((name, near))
                    break
        return found

    def reads_context(self, text: str) -> bool:
        """Whether what :meth:`scan` finds in ``text`` may depend on the document's
        earlier units: only a short form several bodies share ("Security Council") is
        read in their light; full names and acronyms are read alone.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher.reads_context("The SCO met.")
        False
        >>> matcher.reads_context("The Security Council met.")
        True
        """
        for _start, _end, matched in self._raw(text):
            key = self._short_key(matched)
            if self._exact.get(key) is None and key in self.short:
                return True
        # "… of security council resolutions": a name once the document wrote it after "the"
        return any(self._loose(m.group(1)) for m in self._regex.finditer(text))

    def scan(self, text: str, context: Context | None = None
             ) -> tuple[list[Occurrence], list[Decoy]]:
        """Like :meth:`find`, also returning the decoys that were skipped."""
        context = context if context is not None else Context()
        raw = self._raw(text, context.lowered)
        # Where the text names each body in full: a cue word beside such a name is that
        # name's evidence ("… and Nikolai Patrushev, Russian Security Council Secretary")
        explicit: dict[str, list[tuple[int, int]]] = {}
        for start, end, matched in raw:
            full = self._folded.get(_norm(matched).casefold())
            if full is not None and _norm(matched) not in self.short:
                explicit.setdefault(full.concept.id, []).append((start, end))
        occurrences: list[Occurrence] = []
        decoys: list[Decoy] = []
        stated = {**self.defined(text), **context.defined}
        # a name spelt out beside the acronym, in this unit only, where nothing defines it
        spelt = {k: v for k, v in self.spelt_out(text).items() if k not in stated}
        defined = {**spelt, **stated}
        covered = 0     # the end of a name that took in the words after a short form
        for start, end, matched in raw:
            if start < covered:
                continue    # "UN" in "Security Council of the UN", the council's owner
            key = self._short_key(matched)
            form = self._exact.get(key)
            bare = self._owner_with_business(text, end, key, form)
            if bare is not None:
                # "Russia's Security Council veto", "… envoy": the state's veto or envoy
                # at a council of states, read like the bare mention after the owner
                start, key = end - len(bare), self._short_key(bare)
                business = _UN_BUSINESS.match(text, end)
                assert business is not None
                noun = business.group().strip()
                host = self._host_of(noun, self.short.get(key, []))
                occ = self._occurrence(
                    text, host, "short", start, end, occurrences,
                    f"'{bare} {noun}': a state's {noun} at the council of states"
                ) if host is not None else self._resolve(text, start, end, bare, context,
                                                         occurrences, explicit)
                if occ is not None:
                    occurrences.append(occ)
                    if not occ.ambiguous:
                        context.read[key] = occ.concept.id
                continue
            if form is None and self._loose(matched) and \
                    _THE_BEFORE.search(text, max(0, start - 8), start):
                context.lowered.add(key)   # "the security council"
            if form is None and key in self.short:
                if _BODY_OF.search(text, max(0, start - 40), start) or \
                        _SEVERAL.match(text, end) or \
                        _SEVERAL_OF.search(text, max(0, start - 40), start):
                    # part of another body's name, or a class of officials of several
                    # councils: no one body, and nothing said of the mentions after it
                    decoys.append(Decoy(start, end, matched))
                    continue
                owner = self._possessor(text, start, key)
                after = self._owner_after(text, end, key) if owner is None else None
                if after is not None:
                    # "the Security Council of the UN": the owner a name of the concept
                    # puts before the short form ("UN Security Council"), named after it;
                    # the mention and its owner are one name
                    concept, owner_end = after
                    context.last[key] = concept.id
                    context.placed.pop(key, None)
                    occurrences.append(self._occurrence(
                        text, concept, "name", start, owner_end, occurrences,
                        "its owner is named after it"))
                    covered = owner_end
                    continue
                if (owner is None or not owner.enforce) and \
                        self._seat_of_state(text, start, end):
                    # "India's Security Council bid": the state holds or seeks a seat, so
                    # the council is not its own; read like a bare mention, the seat or
                    # bid among its evidence
                    owner = None
                elif (owner is not None and not owner.enforce) or \
                        (owner is None and self._is_decoy(text, start, end, key)
                         and not self._headline_verb_before(text, start)):
                    # "Kazakhstan's Security Council", "Collective Security Council": another
                    # body, written as that state's council when the state is named with it
                    named = self._state_named(text, start, end, key, occurrences)
                    loose = named is None and owner is None and \
                        self._capitals_only(text, start, end)
                    if not loose:
                        # a headline's capitals say nothing of the mentions after it
                        context.last[key] = OTHER
                    if named is not None:
                        occurrences.append(named)
                        context.placed[key] = named
                    else:
                        decoys.append(Decoy(start, end, matched, loose=loose))
                        context.placed.pop(key, None)
                    continue
                if owner is not None:        # "Russia's powerful Security Council"
                    context.last[key] = owner.id
                    context.placed.pop(key, None)
                    words = self._index(text).ending_at(_POSSESSOR, start, _POSSESSOR_BREAKS)
                    if words is not None and occurrences and \
                            occurrences[-1].start >= words.start():
                        # "the U.N.'s Security Council": the owner's acronym names the
                        # council's owner, not a body of its own in this sentence
                        occurrences.pop()
                    named_by = self._occurrence(text, owner, "short", start, end,
                                                occurrences, "its owner is named before it")
                    if words is not None and not words.group(2) and not words.group(3) \
                            and not (occurrences and occurrences[-1].end > words.start(1)):
                        # "the Kremlin Security Council", "the Russian National Security
                        # Council": the full name says whose it is, so the owner goes with
                        # the mention ("el Consejo de Seguridad de Rusia", never "… de
                        # Rusia ruso")
                        lead = words.start(1)
                        for word in re.finditer(r"\S+", words.group(1)):
                            if word.group().casefold() not in _DETERMINERS:
                                break
                            lead = words.start(1) + word.end() + 1
                        lead += len(text[lead:start]) - len(text[lead:start].lstrip())
                        named_by = replace(named_by, start=lead, text=text[lead:end])
                    occurrences.append(named_by)
                    continue
                occ = self._resolve(text, start, end, matched, context, occurrences,
                                    explicit)
                generic = self._index(text).ending_at(_GENERIC_OWNER, start, _OWNER_BREAKS)
                if occ is not None and generic and not occ.ambiguous:
                    # "the country's Security Council", read as Russia's: the full name
                    # says whose it is, so "country's" goes with the mention ("the
                    # Consejo de Seguridad de Rusia", never "… de Rusia del país")
                    occ = replace(occ, start=generic.start(), text=text[generic.start():end])
                if occ is not None:
                    occurrences.append(occ)
                    if not occ.ambiguous:
                        context.read[key] = occ.concept.id
                continue
            if form is None:
                form = self._folded.get(key.casefold())
            if form is None:  # pragma: no cover - the regex only matches known forms
                continue
            # a document that says what the letters stand for ("the Center for Internet
            # Security (CIS)") says more than a word of another sense ("CIS Benchmarks"):
            # its note, below, names the phrase
            sense = self._other_sense(text, form.concept, explicit, context, (start, end)) \
                if form.kind == "acronym" and key not in defined else None
            if sense is not None:
                # "SCO, the Utah Unix vendor", "an SCO concert": the letters name
                # another body here, or nothing ties them to this one
                decoys.append(Decoy(start, end, matched, concept=form.concept,
                                    reason=sense))
                continue
            written = _norm(text[start:end])
            slip = "" if written.casefold() == key.casefold() else (
                f"{MISSPELT} {form.text!r}; check it is the body meant")
            occ = self._occurrence(text, form.concept, form.kind, start, end, occurrences, slip)
            if form.kind == "name":
                occ = replace(occ, parent=self._parent_spelt(form.concept, matched),
                              lettered_parent=self._parent_lettered(form.concept, matched),
                              own_letters=self._own_letters.get(key.casefold(), ""))
            if form.kind == "acronym" and key in defined and not occ.parenthetical:
                # "the Center for Internet Security (CIS)": the document says what the
                # letters stand for, and it is not this body; noted once per unit
                noted = any(d.concept is form.concept and d.text == matched for d in decoys)
                decoys.append(Decoy(start, end, matched) if noted else Decoy(
                    start, end, matched, concept=form.concept,
                    reason=f"the sentence names {spelt[key]!r}, whose initials spell {key}"
                    if key in spelt else f"the document defines {key} as {defined[key]!r}"))
                continue
            occurrences.append(occ)
            acro = self._inner.get(key.casefold())
            at = -1 if acro is None else text.find(f"({acro})", start, end)
            if acro is not None and at >= 0:
                # the parent's acronym inside the name, in parentheses
                occurrences.append(Occurrence(self._exact[acro].concept, "acronym", at + 1,
                                              at + 1 + len(acro), acro, parenthetical=True,
                                              within=form.concept))
            for short in form.concept.short:
                context.last[_norm(short)] = form.concept.id
                context.placed.pop(_norm(short), None)
            for short in self._ends_with.get(form.concept.id, ()):
                # "the Collective Security Council": a later bare "Security Council"
                # may be its short form, as after a decoy
                context.last[short] = OTHER
                context.placed.pop(short, None)
        occurrences += self.detached(text, occurrences, decoys, context)
        occurrences.sort(key=lambda o: o.start)
        occurrences += self.coordinated(text, occurrences, decoys)
        occurrences.sort(key=lambda o: o.start)
        return self._initials(text, occurrences), decoys

    def detached(self, text: str, occurrences: list[Occurrence], decoys: list[Decoy],
                 context: Context) -> list[Occurrence]:
        """A body's own name written without its parent ("The Heads of State Council …
        is the supreme governing body of the SCO"): that body's, where ``text`` names the
        parent, or else the document does (``context.named``), and no other body's
        parent with the same name, nor another body with an acronym (the CIS has a
        "Council of Heads of State" too); never where another owner is written with it
        ("the CIS Council of Heads of State", "Russia's …", "… of the Turkic States"),
        nor inside a mention or decoy found.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [(o.concept.id, o.text) for o in matcher.find(
        ...     "The Heads of State Council is the SCO's supreme body.")]
        [('SCO_CHS', 'Heads of State Council'), ('SCO', 'SCO')]
        >>> [o.concept.id for o in matcher.find("The Heads of State Council met.")]
        []
        """
        if self._detached_regex is None:
            return []
        spans = [(o.start, o.span_end) for o in occurrences] + \
                [(d.start, d.end) for d in decoys]
        here = {o.concept.id for o in occurrences}
        out = []
        for m in self._detached_regex.finditer(text):
            start, end = m.span()
            if _overlaps(start, end, spans):
                continue
            prev = self._index(text).ending_within(_PREV_WORD, start)
            word = prev.group(1) if prev is not None else ""

            if re.search(r"[.!?:;,\"”)]$", word) and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                word = ""           # "… in Samarkand. Heads of State Council members"
            if re.search(f"[{APOSTROPHES}]s?$", word) or \
                    (word[:1].isupper() and word.casefold() not in _DETERMINERS):
                continue            # "the CIS Council of Heads of State", "Russia's …"; a
                                # parent's possessive ("the SCO's …") stays the parent's
            if _OF_PROPER.match(text, end) or text[end:end + 1] == "-":
                continue            # "… of the Turkic States": another owner's
            owner = self._detached_owner(self._detached[_norm(m.group())],
                                         (("text", here), ("document", context.named)))
            if owner is None:
                continue
            scope, body, parent = owner
            out.append(replace(self._occurrence(
                text, body, "name", start, end, occurrences,
                f"{DETACHED}, {parent.id}, which the {scope} names"), shared_parent=parent))
        return out

    def coordinated(self, text: str, occurrences: list[Occurrence],
                    decoys: list[Decoy]) -> list[Occurrence]:
        """A body's name without its parent, joined by "and" to a sibling's name that
        ends with that parent ("the Joint Staff and the Secretariat of the Collective
        Security Treaty Organisation"): the "of" phrase belongs to both, as a French
        report writes "de l'Etat-major unifié et du secrétariat de l'OTSC".  However
        short the head ("Joint Staff" alone is the Pentagon's too), it is the body's
        whose name it heads, of that parent; a head no body of the parent has stays
        the engine's ("the President and the Secretariat of …").

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [o.concept.id for o in matcher.find("Officers of the Joint Staff and the "
        ...     "Secretariat of the Collective Security Treaty Organisation met.")]
        ['CSTO_JS', 'CSTO_SEC']
        >>> [o.concept.id for o in matcher.find("The Joint Staff met in Washington.")]
        []

        The parent written before the pair's first name ("the CSTO Joint Staff and
        Secretariat") is the second's too, as a Spanish report writes "del Estado Mayor
        Conjunto y de la Secretaría de la OTSC"; both names share it.

        >>> [(o.concept.id, o.text, o.shared_parent.id) for o in matcher.find(
        ...     "Groups of the CSTO Joint Staff and Secretariat took part.")]
        [('CSTO_JS', 'CSTO Joint Staff', 'CSTO'), ('CSTO_SEC', 'Secretariat', 'CSTO')]
        """
        spans = [(o.start, o.span_end) for o in occurrences] + \
                [(d.start, d.end) for d in decoys]
        out = self._parent_before_both(text, occurrences, spans)
        for occurrence in occurrences:
            heads = self._heads_of.get(occurrence.concept.id)
            if occurrence.kind != "name" or not heads:
                continue
            said = _norm(occurrence.text)
            # each "of" may be the one the parent's name follows ("Council of Defence
            # Ministers of the CSTO", "… of the Commonwealth of Independent States")
            splits = [(said[:m.start()].casefold(), m.group(1))
                      for m in re.finditer(r" of (?:the )?(?=(.+)$)", said)]
            for head, parent in heads:
                if not any(own == head and self._names(tail, parent) for own, tail in splits):
                    continue
                siblings, pair = self._siblings[parent.id]
                before = pair.search(text, max(0, occurrence.start - _PAIR_NEAR),
                                     occurrence.start)
                if before is None or not before.group(1)[:1].isupper() or \
                        siblings[_norm(before.group(1)).casefold()] is occurrence.concept or \
                        _overlaps(before.start(1), before.end(1), spans):
                    continue
                joined = [before]
                # a list before them ("the Council of Foreign Ministers, the Council of
                # Defence Ministers and the Committee … of the CSTO"): each item a body of
                # the parent too; one that is none ("the Pentagon, the Joint Staff and …")
                # says the last two may share nothing either
                while (item := _LIST_ITEM.search(
                        text, max(0, joined[-1].start() - _PAIR_NEAR), joined[-1].start())) \
                        is not None:
                    if _norm(item.group(1)).casefold() in siblings:
                        joined.append(item)
                        continue
                    if re.match(r"the\s", item.group(1), re.I) or \
                            re.search(r"(?:^|\s)the\s+$", text[:item.start(1)], re.I):
                        joined = []     # "the Pentagon, …": a list's noun, no body of it
                    break
                for m in joined:
                    if _overlaps(m.start(1), m.end(1), spans):
                        continue
                    sibling = siblings[_norm(m.group(1)).casefold()]
                    out.append(replace(self._occurrence(
                        text, sibling, "name", m.start(1), m.end(1), occurrences,
                        f"{COORDINATED}, {parent.id}"), shared_parent=parent))
                    spans.append((m.start(1), m.end(1)))
        return out

    def _parent_before_both(self, text: str, occurrences: list[Occurrence],
                            spans: list[tuple[int, int]]) -> list[Occurrence]:
        """The second names of pairs whose parent is written before the first ("CSTO Joint
        Staff and Secretariat"), each sharing the parent; the first names, in
        ``occurrences``, are marked as sharing it too (see :meth:`coordinated`)."""
        out = []
        for index, occurrence in enumerate(occurrences):
            heads = self._heads_of.get(occurrence.concept.id)
            if occurrence.kind != "name" or not heads:
                continue
            said = _norm(occurrence.text)
            for head, parent in heads:
                if not said.casefold().endswith(f" {head}") or not self._names(
                        said[:len(said) - len(head)].strip(), parent):
                    continue
                after = self._sibling_after[parent.id].match(text, occurrence.span_end)
                if after is None or not after.group(1)[:1].isupper() or \
                        _overlaps(after.start(1), after.end(1), spans):
                    continue
                sibling = self._siblings[parent.id][0][_norm(after.group(1)).casefold()]
                if sibling is occurrence.concept:
                    continue
                occurrences[index] = replace(occurrence, shared_parent=parent)
                out.append(replace(self._occurrence(
                    text, sibling, "name", after.start(1), after.end(1), occurrences,
                    f"{COORDINATED}, {parent.id}"), shared_parent=parent))
                spans.append((after.start(1), after.end(1)))
                break
        return out

    def _detached_owner(self, pairs: Sequence[tuple[Concept, Concept]],
                        scopes: Sequence[tuple[str, Collection[str]]]
                        ) -> tuple[str, Concept, Concept] | None:
        """Whose body a name written without its parent is: of ``pairs`` (body, parent),
        the one whose parent the nearest scope names ("text", then "document": the
        first naming any parent or any body with councils of its own decides), with
        that scope; None where it names none or several, or names too another body
        with councils of its own ("the SCO and the CIS": whose council, the text does
        not say)."""
        for scope, named in scopes:
            bodies = set(named) & self._bodies
            chosen = [(body, parent) for body, parent in pairs if parent.id in named]
            if not chosen and not bodies:
                continue
            if len(chosen) != 1:
                return None
            body, parent = chosen[0]
            if bodies - {parent.id} - self._children[parent.id]:
                return None
            return scope, body, parent
        return None

    def _parents_in_names(self, concept: Concept, acronyms: Mapping[str, _Form]
                          ) -> set[Concept]:
        """The bodies whose acronym or full name ``concept``'s own names hold ("SCO" in
        "SCO Regional Anti-Terrorist Structure"), itself left out."""
        found: set[Concept] = set()
        for name in concept.names:
            folded = _norm(name).casefold()
            for word in _norm(name).split(" "):
                form = acronyms.get(re.sub(r"['’]s?$", "", word))     # "SCO's"
                if form is not None and form.concept.id != concept.id:
                    found.add(form.concept)
            for full, parent in self._parent_names:
                if parent.id != concept.id and full in folded:
                    found.add(parent)
        return found

    def named_in(self, text: str) -> frozenset[str]:
        """The bodies ``text`` names by a name or acronym of their own (as written, no
        short form read), for :attr:`Context.named`.  Checking a catalogue reads each unit
        with its whole document: the last few documents' are kept, as their evidence is
        (:meth:`document_evidence`)."""
        known = self._named.get(text)
        if known is None:
            found = set()
            for _start, _end, matched in self._raw(text):
                key = self._short_key(matched)
                form = self._exact.get(key) or self._folded.get(key.casefold())
                if form is not None and key not in self.short:
                    found.add(form.concept.id)
            known = frozenset(found)
            _keep(self._named, text, known)
        return known

    def _initials(self, text: str, occurrences: list[Occurrence]) -> list[Occurrence]:
        """``occurrences`` with the acronym in parentheses right after a name that its
        own words' initials spell, no glossary acronym ("Russia's Security Council
        (SC)": "SC" is the council's), as that name's acronym in parentheses."""
        out: list[Occurrence] = []
        for index, occ in enumerate(occurrences):
            out.append(occ)
            if occ.ambiguous or occ.kind == "acronym" or not occ.concept.enforce:
                continue
            m = _PAREN_ACRONYM.match(text, occ.span_end)
            nxt = occurrences[index + 1] if index + 1 < len(occurrences) else None
            if m is None or (nxt is not None and nxt.start < m.end()):
                continue
            letters = m.group(1).replace(".", "")
            words = [w for w in re.findall(r"[^\W\d_]+", occ.text) if w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            if len(letters) >= 2 and initials.endswith(letters):
                out.append(Occurrence(occ.concept, "acronym", m.start(1), m.end(1),
                                      m.group(1), parenthetical=True))
        return out

    def _headline_verb_before(self, text: str, start: int) -> bool:
        """Whether the word before a short form is a verb or a preposition a title-case
        headline capitalises ("Russia Vetoes Security Council Resolution", "Putin Chairs
        Security Council Meeting", "Envoy Speaks To Security Council"): no name of a
        body opens so, and the mention is a bare one, read on the evidence.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> text = "Russia Vetoes Security Council Resolution On Gaza"
        >>> matcher._headline_verb_before(text, text.index("Security"))
        True
        >>> text = "Arab States Form Collective Security Council In Cairo"
        >>> matcher._headline_verb_before(text, text.index("Security"))
        False

        A verb after "Will", "To" or another helper is a verb whatever its ending
        ("Putin Will Gather Security Council", "Putin To Convene Security Council"):

        >>> text = "Putin Will Gather Security Council"
        >>> matcher._headline_verb_before(text, text.index("Security"))
        True
        """
        index = self._index(text)
        if not index.kept("title case", _title_case):
            return False
        m = index.ending_within(_PREV_WORD, start)
        if not m or not m.group(1)[:1].isupper():
            return False
        word = m.group(1).casefold()
        if word in _HEADLINE_LINKS or _HEADLINE_VERB.fullmatch(word):
            return True
        helper = index.ending_within(_PREV_WORD, m.start())
        return bool(helper and helper.group(1).casefold() in _HEADLINE_HELPERS
                    and word.isalpha())

    def _capitals_only(self, text: str, start: int, end: int) -> bool:
        """Whether a decoy rests on nothing but a capital a title-case line gives every
        word: no possessive owner, no "of Belarus" after it."""
        index = self._index(text)
        if not index.kept("title case", _title_case) or \
                index.ending_at(_ANY_POSSESSOR, start, _OWNER_BREAKS) or \
                _OF_PROPER.match(text, end):
            return False
        m = index.ending_within(_PREV_WORD, start)
        return bool(m and m.group(1)[:1].isupper() and m.group(1)[-1:] not in APOSTROPHES
                    and m.group(1)[-2:-1] not in APOSTROPHES)

    def loosely_named(self, decoys: Iterable[Decoy], context: Context) -> dict[str, str | None]:
        """The enforced bodies a decoy's short form may still name, for a check of a
        translation an editor wrote: concept id → the source's short form, or None
        when the document's evidence picks out that body and no other.

        A short form read as part of a longer name only for the capital before it, in
        a title-case headline ("… Other Officials Tell Security Council" looks like
        "Collective Security Council"), still says "Security Council": an editor who
        writes one council's full name there has named a body the source mentions,
        not invented one.
        """
        out: dict[str, str | None] = {}
        for decoy in (d for d in decoys if d.loose):
            readings = self.short.get(self._short_key(decoy.text), [])
            with_evidence = [c for c in readings if context.document.get(c.id)]
            for concept in readings:
                if not concept.enforce:
                    continue
                if with_evidence == [concept]:
                    out[concept.id] = None
                elif out.get(concept.id, "") is not None:
                    out[concept.id] = decoy.text
        return out

    def document_evidence(self, text: str) -> dict[str, frozenset[str]]:
        """The strong cue words of each concept found in a whole document's ``text``.

        Checking a catalogue reads each unit with its whole document: the evidence of
        the last few documents is kept, so a document is searched once, not once per
        unit.
        """
        known = self._evidence.get(text)
        if known is None:
            found = {cid: frozenset(label for rx, weak, label in cues
                                    if not weak and rx.search(text))
                     for cid, cues in self._cues.items()}
            known = {cid: labels for cid, labels in found.items() if labels}
            _keep(self._evidence, text, known)
        return dict(known)

    # -- internals ----------------------------------------------------------

    def _other_sense(self, text: str, concept: Concept,
                     explicit: Mapping[str, list[tuple[int, int]]],
                     context: Context | None = None,
                     span: tuple[int, int] | None = None) -> str | None:
        """Why the acronym of ``concept`` in ``text`` (at ``span``) is not read as that
        body, or None: a word of another sense of those letters (a ``!`` cue: "Unix" for
        the SCO Group's "SCO"), the letters used as a noun of a kind ("the success of a
        CIS depends on …": a body's name takes no "a"), or, for letters known to name
        other things too, no word of the text nor of its document that speaks of states
        and their bodies (:func:`world.world_word`: "an SCO concert", "the CIS degree");
        never where the text gives the concept's full name or a strong cue of its own.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [o.concept.id for o in matcher.find("SCO, the Utah UNIX vendor, may fold.")]
        []
        >>> [o.concept.id for o in matcher.find("The SCO summit opened in Tianjin.")]
        ['SCO']
        >>> [(d.text, d.reason) for d in matcher.scan("SCO, the Utah UNIX vendor.")[1]]
        [('SCO', "the sentence says 'UNIX', which points to another meaning of these letters")]
        >>> [d.reason for d in matcher.scan("We queued for an SCO concert.")[1]]
        ['no word of the document speaks of states or their bodies']
        """
        senses = self._other_senses.get(concept.id)
        if not senses or concept.id in explicit:
            return None
        index = self._index(text)
        if any(not weak and index.spans(rx) for rx, weak, _l in self._cues.get(concept.id, ())):
            return None
        for rx in senses:
            spans = index.spans(rx)
            if spans:
                word = text[spans[0][0]:spans[0][1]]
                return f"the sentence says {word!r}, which points to another meaning of " \
                    "these letters"
        if span is not None and (article := _a_common_noun(text, *span)) is not None:
            return f"the sentence says '{article} {text[span[0]:span[1]]}', and a body's " \
                f"name takes no '{article}': another meaning of these letters"
        world = context.world if context is not None else None
        if world if world is not None else self.speaks_of_states(text):
            return None
        return "no word of the document speaks of states or their bodies"

    def speaks_of_states(self, text: str) -> bool:
        """Whether ``text`` speaks of states and their bodies: a word of their world
        (:func:`world.world_word`), a strong cue word of any body of the glossary (an
        official's name, a council's seat), or a body whose letters name nothing else
        ("Delegates of the SCO and of the CSTO").  The last few texts' answers are kept,
        as their evidence is (:meth:`document_evidence`): checking a catalogue reads each
        unit with its whole document."""
        known = self._worlds.get(text)
        if known is None:
            known = bool(world_word(text) or self.document_evidence(text)) or any(
                cid not in self._other_senses for cid in self.named_in(text))
            _keep(self._worlds, text, known)
        return known

    def _short_key(self, matched: str) -> str:
        """The normalised form of a match, a short form in capitals or in lower case as
        the glossary has it."""
        key = _norm(matched)
        if key in self.short or key in self._exact:
            return key
        return self._caps_short.get(key) or self._lower_short.get(key.casefold(), key)

    def _loose(self, matched: str) -> bool:
        """Whether ``matched`` is a short form written in another case than the glossary's
        and not in capitals ("security council")."""
        written = _norm(matched)
        return written not in self.short and written not in self._caps_short and \
            written not in self._exact and written.casefold() in self._lower_short

    def _lower_ok(self, text: str, start: int, end: int, matched: str,
                  lowered: Collection[str]) -> bool:
        """Whether a short form written otherwise than the glossary writes it (nor in
        capitals) is that name: right after "the" and not before "of" or "for" ("the
        security council", not "the security council of the school"); after a preposition
        or at a clause's start once the document has written it after "the" ("… of
        security council resolutions"); never after another word ("a national security
        council", "the company's security council", "the school security council").

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [o.text for o in matcher.find("All members of the security council signed; "
        ...                               "security council resolutions bind them.")]
        ['security council', 'security council']
        >>> [o.text for o in matcher.find("He set up a national security council.")]
        []
        >>> [o.text for o in matcher.find("The company's security council met.")]
        []
        >>> [o.text for o in matcher.find("the security council for the school")]
        []
        >>> [o.text for o in matcher.find("He blamed the security council for failing.")]
        ['security council']
        >>> [o.concept.id for o in matcher.find("The security council of Kazakhstan met.")]
        ['NATIONAL_SC:KZ']
        >>> [o.concept.id for o in matcher.find("National security council of Mongolia met.")]
        ['NATIONAL_SC:MN:national']
        """
        if _LOWER_QUALIFIED.match(text, end) and not _OF_PROPER.match(text, end):
            return False    # (a state's or a body's name after "of" names whose it is)
        if _THE_BEFORE.search(text, max(0, start - 8), start):
            return True
        if any(owner_after.match(text, end) for *_, owner_after in self._states):
            return True     # a state named after it ("National security council of Mongolia")
        if _A_BEFORE.search(text, max(0, start - 8), start) and \
                self._cue_noun_after(text, end, matched):
            return True
        return self._short_key(matched) in lowered and \
            bool(_CLAUSE_BEFORE.search(text, max(0, start - _CLAUSE_NEAR), start))

    def _cue_noun_after(self, text: str, end: int, matched: str) -> bool:
        """Whether the word right after a lower-case short form is a cue word of one of
        the bodies it names, the noun the short form qualifies ("a security council vote",
        "a security council resolution"): the article before it is that noun's, so the
        short form is used as a name, not as "a security council" of some body.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> text = "the UN, with a security council vote next week"
        >>> matcher._cue_noun_after(text, text.index(" vote"), "security council")
        True
        >>> text = "the school held a security council meeting"
        >>> matcher._cue_noun_after(text, text.index(" meeting"), "security council")
        False
        """
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return False
        concepts = self.short.get(self._short_key(matched), [])
        return any(rx.fullmatch(word.group(1)) for c in concepts
                   for rx, _weak, label in self._cues.get(c.id, ()) if " " not in label)

    def defined(self, text: str) -> dict[str, str]:
        """Acronyms of the glossary that ``text`` defines as another thing: each in
        brackets right after a phrase whose words' initials spell it, "of", "for", "the",
        "and" allowed between them, a phrase that is none of the acronym's concept's
        names, nor the start of one, nor a name the matcher reads as that concept → the
        phrase.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher.defined("It was developed by the Center for Internet Security (CIS).")
        {'CIS': 'Center for Internet Security'}
        >>> matcher.defined("About 2.1 to 3.2 astronomical units [AU] from the Sun.")
        {'AU': 'astronomical units'}
        >>> matcher.defined("The African Union (AU) and the United Nations (UN) met.")
        {}
        """
        known = self._definitions.get(text)
        if known is not None:
            return dict(known)
        found: dict[str, str] = {}
        if "(" in text or "[" in text:
            for m in _BRACKETED.finditer(text):
                key = _norm(m.group(1))
                form = self._exact.get(key)
                if form is None or form.kind != "acronym" or key in found:
                    continue
                phrase = _spelt_by(text, key.replace(".", ""), m.start())
                if phrase is not None and not self._names(phrase, form.concept):
                    found[key] = phrase
        _keep(self._definitions, text, found)
        return dict(found)

    def spelt_out(self, text: str) -> dict[str, str]:
        """Acronyms of the glossary that ``text`` uses beside a proper name of another
        thing whose words' initials spell them, not in brackets ("CIS Benchmarks are
        guides developed by the Center for Internet Security"): a run of capitalised words
        ("of", "for", "the", "and" allowed between them) that is wholly that spelling, none
        of the acronym's concept's names, in a text that does not capitalise its words as
        a headline does (there a capital names nothing) → the name.  Only in the same
        text: unlike a definition in brackets, it says nothing of the rest of the document.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher.spelt_out("CIS Benchmarks were developed by the Center for Internet Security.")
        {'CIS': 'Center for Internet Security'}
        >>> matcher.spelt_out("The CIS and the Commonwealth of Independent States met.")
        {}
        """
        found: dict[str, str] = {}
        for initials, name, _concept in self._spellings(text):
            if initials not in found and \
                    re.search(rf"(?<![^\W_]){re.escape(initials)}(?![^\W_])", text):
                found[initials] = name
        return found

    def _spellings(self, text: str) -> list[tuple[str, str, Concept]]:
        """The runs of capitalised words in ``text`` that spell an acronym of the glossary
        and are none of its concept's names, as (acronym, run, concept); none in a text
        that capitalises its words as a headline does (there a capital names nothing)."""
        if _title_case(text):
            return []
        found = []
        for m in _CAPITALISED_RUN.finditer(text):
            run = re.sub(r"^(?:The|A|An)\s+", "", m.group())
            initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", run)
                               if w.casefold() not in _UNLETTERED)
            form = self._exact.get(initials)
            if form is not None and form.kind == "acronym" and \
                    _spelt_by(run, initials) == _norm(run) and \
                    not self._names(run, form.concept):
                found.append((initials, _norm(run), form.concept))
        return found

    def spelt_in_document(self, document: str) -> dict[str, str]:
        """Acronyms of the glossary a whole document spells out as another thing's name
        in one of its paragraphs and uses in another ("Graduates of the programs in
        Computer Information Systems …" / "The CIS program provides …"): the letters
        are that name in every unit, where the document never names the acronym's own
        body.  A paragraph's spelling alone (:meth:`spelt_out`) needs the acronym
        beside it; a document says what its letters stand for once.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher.spelt_in_document("Our majors in Computer Information Systems learn "
        ...                           "much.\\n\\nThe CIS program provides skills.")
        {'CIS': 'Computer Information Systems'}
        >>> matcher.spelt_in_document("Computer Information Systems are tools.\\n\\n"
        ...                           "The CIS and the Commonwealth of Independent States met.")
        {}
        """
        known = self._spelt.get(document)
        if known is not None:
            return dict(known)
        found: dict[str, str] = {}
        for paragraph in document.split("\n"):
            for initials, name, concept in self._spellings(paragraph):
                if initials in found:
                    continue
                used = re.search(rf"(?<![^\W_]){re.escape(initials)}(?![^\W_])", document)
                named = any(re.search(rf"(?<![^\W_]){re.escape(n)}(?![^\W_])", document,
                                      re.IGNORECASE) for n in concept.names)
                if used and not named:
                    found[initials] = name
        _keep(self._spelt, document, found)
        return dict(found)

    def _names(self, phrase: str, concept: Concept) -> bool:
        """Whether ``phrase`` names ``concept``: one of its names or the start of one
        ("United Nations" of "United Nations Organization"), or a name the matcher reads
        as it (misspelt, interrupted by an acronym)."""
        words = [w.casefold() for w in _NAME_WORD.findall(phrase)]
        for name in concept.names:
            named = [w.casefold() for w in _NAME_WORD.findall(name)]
            if named[:len(words)] == words:
                return True
            if len(named) == len(words) and all(map(_slip_of, words, named)):
                # "Commonwealth of Independent State (CIS)": the writer's slip, not
                # another body the letters stand for
                return True
        for _start, _end, matched in self._raw(phrase):
            form = self._folded.get(_norm(matched).casefold()) or \
                self._exact.get(self._short_key(matched))
            if form is not None and form.concept.id == concept.id:
                return True
            if concept in self.short.get(self._short_key(matched), []):
                return True
        return False

    def _raw(self, text: str, lowered: Collection[str] = ()) -> list[tuple[int, int, str]]:
        """Longest-first, non-overlapping matches as (start, end, text); a short form in
        lower case only where :meth:`_lower_ok` takes it (``lowered``: the short forms
        the document has written so after "the")."""
        # (a hashtag or a handle, "#BRICS", "@ASEAN", is a word of its own, never
        # rewritten: "#los BRICS" is no tag)
        candidates = [self._owner_of_a_longer_name(text, m.start(1), m.end(1), m.group(1))
                      for m in self._regex.finditer(text)
                      if not (m.start(1) and text[m.start(1) - 1] in "#@")]
        loose = [c for c in candidates if self._loose(c[2])]
        if loose:
            said = {*lowered, *(self._short_key(c[2]) for c in loose
                                if _THE_BEFORE.search(text, max(0, c[0] - 8), c[0]) and
                                not _LOWER_QUALIFIED.match(text, c[1]))}
            candidates = [c for c in candidates
                          if c not in loose or self._lower_ok(text, c[0], c[1], c[2], said)]
        # A name in lower case after "a", "another", "any" … is a kind of thing, no body
        # ("they signed a collective security treaty in 2010"); "the african union" is one.
        # (A short form so written is :meth:`_lower_ok`'s: "a security council vote".)
        candidates = [c for c in candidates if c in loose or not (
            c[2].islower() and _KIND_BEFORE.search(text, max(0, c[0] - 12), c[0]))]
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken: list[tuple[int, int, str]] = []     # in order of position, none overlapping
        for cand in candidates:
            # only the spans taken next to it, before and after, may overlap it
            at = bisect.bisect_left(taken, cand[0], key=lambda t: t[0])
            if (at == len(taken) or cand[1] <= taken[at][0]) and \
                    (at == 0 or taken[at - 1][1] <= cand[0]):
                taken.insert(at, cand)
        misspelt = self._misspelt(text, taken)
        taken = [t for t in taken if not any(m[0] <= t[0] and t[1] <= m[1]
                                             and t[1] - t[0] < m[1] - m[0] for m in misspelt)]
        taken.extend(misspelt)
        taken.sort()
        return taken

    def _owner_of_a_longer_name(self, text: str, start: int, end: int, matched: str
                                ) -> tuple[int, int, str]:
        """A name that ends in an acronym before more capitalised words of a name ("the
        Secretariat of the CSTO Parliamentary Assembly") names the body those words
        name, of which the acronym is the owner: only the acronym is a mention ("the
        Secretariat of the CSTO" is the CSTO's own secretariat, a body of its own).

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> text = "the Secretariat of the CSTO Parliamentary Assembly"
        >>> matcher._owner_of_a_longer_name(text, 4, 27, "Secretariat of the CSTO")
        (23, 27, 'CSTO')
        """
        last = matched.rsplit(" ", 1)
        if len(last) < 2 or not NAME_GOES_ON.match(text, end):
            return start, end, matched
        acronym = last[1]
        form = self._exact.get(self._short_key(acronym))
        if not acronym.isupper() or form is None or form.kind != "acronym":
            return start, end, matched
        return end - len(acronym), end, acronym

    def _misspelt(self, text: str, taken: list[tuple[int, int, str]]
                  ) -> list[tuple[int, int, str]]:
        """Names of three words or more misspelt in one word, as (start, end, the name
        as the glossary writes it), outside the spans ``taken``.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher._misspelt("Leaders of the Shanghai Corporation Organisation met.", [])
        [(15, 48, 'Shanghai Cooperation Organisation')]
        >>> matcher._misspelt("The Shanghai Cooperation Council and Security Councils met.", [])
        []
        """
        if not self._name_words:
            return []
        words = [(m.start(), m.end(), m.group()) for m in _NAME_WORD.finditer(text)]
        votes: dict[tuple[int, str], int] = {}
        shapes: dict[str, tuple[str, ...]] = {}
        for index, (_s, _e, word) in enumerate(words):
            for place, name_words, key in self._name_words.get(word.casefold(), ()):
                start = index - place
                if start >= 0 and start + len(name_words) <= len(words):
                    votes[(start, key)] = votes.get((start, key), 0) + 1
                    shapes[key] = name_words
        found: list[tuple[int, int, str]] = []
        for (start, key), agree in sorted(votes.items()):
            name_words = shapes[key]
            if agree != len(name_words) - 1:
                continue
            window = words[start:start + len(name_words)]
            span = (window[0][0], window[-1][1])
            gaps = [text[a[1]:b[0]] for a, b in itertools.pairwise(window)]
            if not all(gap.isspace() for gap in gaps):
                continue        # the words of a name stand side by side
            wrong = [(got, want) for (_s, _e, got), want in zip(window, name_words, strict=True)
                     if got.casefold() != want.casefold()]
            if len(wrong) != 1 or not _slip(*wrong[0]):
                continue
            # a shorter name the misspelt one holds gives way to it, as the longer name
            # does spelt right ("Collective Security Treaty" in "… Treaty Organisaton")
            if any(span[0] < t_end and t_start < span[1]
                   and not (span[0] <= t_start and t_end <= span[1]
                            and t_end - t_start < span[1] - span[0])
                   for t_start, t_end, _m in taken) or \
                    any(span[0] < t_end and t_start < span[1] for t_start, t_end, _m in found):
                continue
            found.append((span[0], span[1], self._folded[key].text))
        found += self._reordered(text, words, taken + found)
        return found

    def _reordered(self, text: str, words: list[tuple[int, int, str]],
                   taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Names of three words or more written in another order, the body's own acronym in
        brackets right after them, as (start, end, the name as the glossary writes it),
        outside the spans ``taken``: the writer's slip, which the letters resolve ("the
        Collective Treaty Security Organization (CSTO)").  Without the letters, words in
        another order may name another body, and the name is left as it is.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> matcher._misspelt("The Collective Treaty Security Organization (CSTO) met.", [])
        [(4, 43, 'Collective Security Treaty Organization')]
        >>> matcher._misspelt("The Collective Treaty Security Organization met.", [])
        []
        """
        found: list[tuple[int, int, str]] = []
        for index, (_s, _e, word) in enumerate(words):
            for _place, name_words, key in self._name_words.get(word.casefold(), ()):
                window = words[index:index + len(name_words)]
                got = [w.casefold() for _a, _b, w in window]
                want = [w.casefold() for w in name_words]
                if len(window) != len(name_words) or got == want or sorted(got) != sorted(want):
                    continue
                span = (window[0][0], window[-1][1])
                if not all(text[a[1]:b[0]].isspace() for a, b in itertools.pairwise(window)):
                    continue
                after = _BRACKET_OPENS.match(text, span[1])
                concept = self._folded[key].concept
                if after is None or not any(
                        text.startswith(f"{acronym})", after.end())
                        for acronym in concept.acronyms):
                    continue
                if any(span[0] < t_end and t_start < span[1]
                       for t_start, t_end, _m in taken + found):
                    continue
                found.append((span[0], span[1], self._folded[key].text))
        return found

    def _parent_spelt(self, concept: Concept, matched: str) -> Concept | None:
        """The body whose full name ``concept``'s name spells out inside it, as written in
        ``matched`` ("the Shanghai Cooperation Organisation" in "Council of Heads of State
        of the Shanghai Cooperation Organisation"), or None.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [o.parent.id if o.parent else None for o in matcher.find(
        ...     "The Council of Heads of State of the Shanghai Cooperation Organisation met.")]
        ['SCO']
        >>> [o.parent for o in matcher.find("The SCO Council of Heads of State met.")]
        [None]
        """
        # its owner's possessive spells it too ("the African Union's Peace and Security
        # Council")
        bare = _POSSESSIVE_S.sub("", _norm(matched))
        folded = f" {bare.casefold()} "
        return next((parent for name, parent in self._parent_names
                     if parent is not concept and f" {name} " in folded), None)

    def _parent_lettered(self, concept: Concept, matched: str) -> Concept | None:
        """The body whose acronym ``concept``'s name holds inside it, as written in
        ``matched`` ("CSTO" in "Committee of CSTO Security Council Secretaries"), or None.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [o.lettered_parent.id if o.lettered_parent else None for o in matcher.find(
        ...     "The Committee of CSTO Security Council Secretaries met in Minsk.")]
        ['CSTO']
        >>> [o.lettered_parent for o in matcher.find("The UN Security Council met.")]
        [None]
        """
        # inside the name, not opening it: "UN Security Council" is the UN's council by a
        # name of its own, which every language's approved name already ties to the UN
        return next((parent for word in re.findall(r"(?<=\w )[A-Z]{2,6}\b", matched)
                     if (parent := self._lettered.get(word)) is not None
                     and parent is not concept), None)

    def bodies_lettered_in(self, matched: str) -> frozenset[str]:
        """The ids of the bodies whose acronym a matched name holds anywhere, opening it
        too: "SCO Regional Anti-Terrorist Structure" names the SCO by its letters, so a
        translation writing "… de l'OCS" after another order of the structure's words
        names no body the source left out.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> sorted(matcher.bodies_lettered_in("SCO RATS Executive Committee"))
        ['SCO', 'SCO_RATS']
        """
        return frozenset(body.id for word in re.findall(r"\b[A-Z]{2,6}\b", matched)
                         if (body := self._lettered.get(word)) is not None)

    def _occurrence(self, text: str, concept: Concept, kind: str, start: int, end: int,
                    before: list[Occurrence], reason: str = "") -> Occurrence:
        after = text[end:end + 3]
        possessive = ""
        if len(after) >= 2 and after[0] in APOSTROPHES and after[1] == "s" and \
                not (len(after) > 2 and (after[2].isalnum() or after[2] == "_")):
            possessive = after[:2]
        elif after[:1] in APOSTROPHES and text[end - 1:end] in "sS" and \
                not after[1:2].isalnum():
            possessive = after[:1]
        suffix = ""
        if after[:1] == "-":
            # (an abbreviation whole: "ASEAN-U.S.", not "U")
            m = re.match(r"-((?:[^\W\d_]\.){2,}|[^\W\d_]+)", text[end:])
            suffix = m.group(1) if m else ""
        parenthetical = False
        # "(SCO)" after its name; also "(AL)" after "League of Arab States", and "(SNSC)"
        # after the short form its council is named by ("the Supreme National Security
        # Council (SNSC)")
        if kind != "name" and text[start - 1:start] == "(" and text[end:end + 1] == ")":
            prev = before[-1] if before else None
            gap = text[prev.span_end:start - 1] if prev else None
            parenthetical = bool(prev and prev.concept.id == concept.id
                                 and prev.kind in ("name", "short")
                                 and gap is not None and gap.strip() == "")
            if prev is not None and not parenthetical and prev.kind == "name" and \
                    gap is not None and gap.strip() == "" and not prev.possessive and \
                    _ends_with_parent(prev, concept, text[start:end]):
                # "the Council of Heads of State of the Shanghai Cooperation Organisation
                # (SCO)": the acronym of the parent the name ends with
                return Occurrence(concept, kind, start, end, text[start:end], possessive,
                                  suffix, True, reason, within=prev.concept)
        return Occurrence(concept, kind, start, end, text[start:end], possessive, suffix,
                          parenthetical, reason)

    def _possessor(self, text: str, start: int, key: str) -> Concept | None:
        """The concept named by the words just before a short form, if any.

        Concepts declare their owners through names such as "Russia's Security
        Council" or "U.N. Security Council"; the same owner then claims the short
        form with or without the possessive ("the Kremlin Security Council",
        "the U.N.'s Security Council") and across a word or two after a
        possessive ("Russia's powerful Security Council").  A possessive cue
        word of exactly one concept claims it too ("Putin's Security Council").
        """
        m = self._index(text).ending_at(_POSSESSOR, start, _POSSESSOR_BREAKS)
        if not m or (not m.group(2) and m.group(3)):
            return None
        words = _norm(m.group(1)).casefold().split()
        owners = {" ".join(words[i:]) for i in range(len(words))}   # "The UN" → "un" too
        for concept in self.short.get(key, []):
            for name in concept.names:
                n = _norm(name)
                if not n.endswith(" " + key):
                    continue
                head = re.sub(r"'s?$", "", n[: -len(key) - 1].casefold())
                if head in owners or (head != n[: -len(key) - 1].casefold() and
                                      owners & _adjectives(head)):
                    # "Russia's National Security Council", and so "the Russian National
                    # Security Council": the adjective the owner's name forms
                    return concept
        if not m.group(2):
            return None
        by_cue = [c for c in self.short.get(key, [])
                  if any(not cue.endswith("*") and not cue.startswith(WEAK) and
                         _norm(cue).casefold() in owners for cue in c.cues)]
        return by_cue[0] if len(by_cue) == 1 else None

    def _owner_after(self, text: str, end: int, key: str) -> tuple[Concept, int] | None:
        """The enforced concept whose owner "of" (and "the") brings right after a short
        form, and where that owner ends: the owner is what one of the concept's names puts
        before the same short form ("UN Security Council", so "the Security Council of
        the UN"; "RF Security Council", so "the Security Council of the RF"), the whole run
        of capitalised words after "of", a full stop that ends the sentence aside.

        >>> from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
        >>> matcher = cached_glossary(bundled_glossary_dir()).matcher
        >>> [(o.concept.id, o.text) for o in matcher.find(
        ...     "He met leaders of the Security Council of the UN on world issues.")]
        [('UNSC', 'Security Council of the UN')]
        >>> [o.concept.id for o in matcher.find("the Security Council of the UN General "
        ...                                     "Assembly")]
        ['UN']
        """
        m = _OWNER_AFTER.match(text, end)
        if m is None:
            return None
        run = m.group(1)
        if run.endswith(".") and run.count(".") == 1:
            run = run[:-1]              # "… of the UN." ends the sentence
        owner = _norm(run).casefold()
        for concept in self.short.get(key, []):
            if not concept.enforce:
                continue
            for name in concept.names:
                n = _norm(name)
                if n.endswith(" " + key) and \
                        re.sub(r"['’]s?$", "", n[: -len(key) - 1].casefold()) == owner:
                    return concept, m.start(1) + len(run)
        return None

    def _state_named(self, text: str, start: int, end: int, key: str,
                     before: list[Occurrence]) -> Occurrence | None:
        """Another state's council named by its state right at the short form
        ("Kyrgyzstan's Security Council", "the Kazakh Security Council", "Security
        Council of the Republic of Kazakhstan", "Kazakhstan's new Security Council"), as
        that state's council; None when the words around it name no state, or when what
        follows makes it the UN's business ("Kazakhstan's Security Council seat")."""
        if _UN_BUSINESS.match(text, end):
            return None
        for other, default, by_name, owner_before, owner_after in self._states:
            if other not in self.short.get(key, []):
                continue
            found_before = owner_before.search(text, max(0, start - 120), start)
            found_after = None if found_before else owner_after.match(text, end)
            if found_before is None and found_after is None:
                continue
            if found_before is not None:
                state, word = by_name[found_before.group(1)], found_before.group(2) or ""
            else:
                assert found_after is not None
                state, word = by_name[found_after.group(1) or found_after.group(2)], ""
            if word and _COUNCIL_NOUN.match(text, end):
                return None
            national = key.casefold().startswith("national ") or word == "national"
            word = "" if word == "national" else word
            ident = (other.id, state.code, str(national), word)
            concept = self._state_councils.get(ident)
            if concept is None:
                concept = state_council(other, default, state, national, (key,), word)
                self._state_councils[ident] = concept
            span_start = found_before.start() if found_before else start
            span_end = found_after.end() if found_after else end
            return self._occurrence(text, concept, "name", span_start, span_end, before,
                                    f"{state.names[0]} is named with it")
        return None

    def _owner_with_business(self, text: str, end: int, key: str,
                             form: _Form | None) -> str | None:
        """The short form a state's council's name ends with ("Security Council" in
        "Russia's Security Council", "Russian Security Council") where a seat, a veto, a
        vote or an envoy follows it: the words name the state's business at the council of
        states it sits on, and the council is that short form alone; None otherwise.
        The default reading's own names ("UN Security Council seat") stay what they are."""
        form = form or self._folded.get(key.casefold())
        if form is None or form.kind != "name" or form.concept.default or \
                not _UN_BUSINESS.match(text, end):
            return None
        for short in form.concept.short:
            n = _norm(short)
            if key.endswith(" " + n) and n in self.short:
                written = text[end - len(short):end]
                return written if _norm(written) == n else None
        return None

    def _seat_of_state(self, text: str, start: int, end: int) -> bool:
        """True when a state's possessive before a short form and a seat, a bid or a term
        after it say the state sits or seeks to sit on that council ("Japan's Security
        Council bid", "Kazakhstan's Security Council seat"): a council of states, not the
        state's own."""
        if not _UN_BUSINESS.match(text, end):
            return False
        m = self._index(text).ending_within(_PREV_WORD, start)
        if not m:
            return False
        prev = m.group(1)
        if not ((prev[-2:-1] in APOSTROPHES and prev[-1:] == "s") or prev[-1:] in APOSTROPHES):
            return False
        return _owner_word(prev).casefold() not in _GENERIC_OWNERS | _TIME_OWNERS

    def _is_decoy(self, text: str, start: int, end: int, key: str = "") -> bool:
        """True when a short form is part of some other body's name.

        A capitalised word before the short form starts a longer name ("Collective
        Security Council"), unless it is a person's name that is a cue of a body the short
        form names: "Ali Akbar Ahmadian Supreme National Security Council secretary" puts
        the title after the man, as headlines and wire copy do.
        """
        index = self._index(text)
        m = index.ending_within(_PREV_WORD, start)
        if m:
            prev = m.group(1)
            bare = prev.rstrip(",;:")
            if bare != prev:
                pass  # "…, Security Council" — a list, not a longer name
            elif (prev[-2:-1] in APOSTROPHES and prev[-1:] == "s") or prev[-1:] in APOSTROPHES:
                # "Kazakhstan's Security Council"; never "the country's …" nor
                # "Tuesday's …"
                return _owner_word(prev).casefold() not in _GENERIC_OWNERS | _TIME_OWNERS
            elif prev.casefold() in _REGIONS and _MEMBERS.match(text, end):
                pass          # "Western Security Council members"
            elif prev[:1].isupper() and prev.casefold() not in _DETERMINERS:
                # "Collective Security Council", "SCO Security Council"
                return not self._named_person_of(prev, key)
            elif prev in ("and", "&"):
                m2 = index.ending_within(_PREV_WORD, m.start(1))
                if m2 and m2.group(1)[:1].isupper() and \
                        m2.group(1).casefold() not in _DETERMINERS and \
                        m2.group(1).casefold() not in _OFFICES and \
                        m2.group(1)[-1:].isalnum() and \
                        not _ACRONYM_ONLY.fullmatch(m2.group(1)) and \
                        m2.group(1) not in self._people and \
                        not self._ends_with_a_cue(text[:m2.end(1)], key):
                    # "Peace and Security Council"; never "Medvedev and Security
                    # Council Secretary Patrushev", a short form used before a title,
                    # nor "National Security Adviser and National Security Council
                    # Director General", one title after another, nor "… in Syria,
                    # and Security Council members": a clause ends at the comma, and
                    # the name starts after it, nor "the UN and Security Council", a
                    # body's letters and the council beside it, nor "the White House and
                    # National Security Council representatives", a cue of the body the
                    # short form names and that body, side by side
                    return True
        owner = index.ending_at(_ANY_POSSESSOR, start, _OWNER_BREAKS)
        if owner and owner.group(1).casefold() not in _GENERIC_OWNERS | _TIME_OWNERS:
            return True       # "Kazakhstan's new Security Council"
        return bool(_OF_PROPER.match(text, end))

    def _ends_with_a_cue(self, before: str, key: str) -> bool:
        """Whether ``before`` ends with a cue of several words ("White House") of a body
        the short form ``key`` names."""
        return any(before.endswith(label) for concept in self.short.get(key, ())
                   for _rx, weak, label in self._cues.get(concept.id, ())
                   if not weak and " " in label)

    def _named_person_of(self, word: str, key: str) -> bool:
        """Whether ``word`` is a one-word cue of a body the short form ``key`` names, and
        a name that a body's own name is never made of (a surname, never a state's name:
        "Iran Security Council" stays another body's name)."""
        if word not in self._people or world_word(word) is not None:
            return False
        return any(label == word for concept in self.short.get(key, ())
                   for _rx, weak, label in self._cues.get(concept.id, ()) if not weak)

    def _resolve(self, text: str, start: int, end: int, matched: str,
                 context: Context, before: list[Occurrence],
                 explicit: dict[str, list[tuple[int, int]]] | None = None
                 ) -> Occurrence | None:
        """Weigh the evidence for each reading of a bare short form.

        Each reading scores one point per distinct cue found in the unit (a cue
        nearer to a full name of its own body in the unit than to this mention is
        that name's, and counts nothing here: "Armen Gevorgyan, National Security
        Council Secretary, and Nikolai Patrushev, Russian Security Council
        Secretary" says nothing of whose national council Gevorgyan's is), and
        1.5 more when the document last named it; bodies that are never
        enforced count together as one reading.  One enforced reading ahead
        wins, unless all it has are weak cues (they weigh against the others,
        but never decide alone); none, a tie, weak cues alone or another body
        ahead leave the mention ambiguous (the short form every reading
        shares, never a full name).
        """
        key = self._short_key(matched)
        candidates = self.short.get(key, [])
        if not candidates:
            return None
        accredited = _ACCREDITED.search(text, max(0, start - 60), start)
        if accredited is not None:
            host = self._host_of(accredited.group(1), candidates)
            if host is not None:
                return self._occurrence(text, host, "short", start, end, before,
                                        f"'{accredited.group(0)}{matched}': the council "
                                        "states send envoys to")
        scores: dict[str, float] = {}
        strong: dict[str, float] = {}
        here: dict[str, set[str]] = {}          # the strong cue words of each reading here
        elsewhere: dict[str, list[str]] = {}    # … and those only in the document's other units
        index = self._index(text)
        for concept in candidates:
            cid = concept.id if concept.enforce else OTHER     # other states' councils
            scores.setdefault(cid, 0.0)
            spans = (explicit or {}).get(concept.id, ())
            for rx, weak, label in self._cues.get(concept.id, ()):
                if index.cue_near(rx, (start, end), spans, _likeness):
                    scores[cid] += 1.0
                    strong[cid] = strong.get(cid, 0.0) + (0.0 if weak else 1.0)
                    if not weak:
                        here.setdefault(cid, set()).add(label)
        if key.casefold().startswith("national "):
            # Every state has a "National Security Council": a state the sentence names,
            # any state, is evidence for its own council, as the listed states' cue words
            # are ("Philippine and United States national security advisers …, the
            # National Security Council said": the Philippines' as much as Washington's).
            # The UN's council is never called so, hence only this form.
            for concept in candidates:
                if concept.enforce or concept.id not in self._any_state:
                    continue
                by_name, any_state = self._any_state[concept.id]
                cued = {by_name[c].code for c in here.get(OTHER, ()) if c in by_name}
                found = {}
                for code, spans in self._states_named(index, any_state, by_name).items():
                    # the last time the text names it, outside this mention
                    at = next((s for s in reversed(spans) if not start <= s[0] < end), None)
                    if at is not None:
                        found[code] = text[at[0]:at[1]]
                named = {code: name for code, name in found.items() if code not in cued}
                if named:
                    scores[OTHER] = scores.get(OTHER, 0.0) + len(named)
                    strong[OTHER] = strong.get(OTHER, 0.0) + len(named)
                    here.setdefault(OTHER, set()).update(named.values())
        if _PERSONAL.search(text, max(0, start - 8), start):
            # "Putin … convened the permanent members of his Security Council": "his"
            # is the person named nearest before it, and the council that person's
            # own, whatever else the words say of the other readings' business
            nearest: tuple[int, str] | None = None
            for concept in candidates:
                for rx, weak, label in self._cues.get(concept.id, ()):
                    if weak or not label[:1].isupper():
                        continue
                    hit = index.last_ending_by(rx, start)
                    if hit is not None and (nearest is None or hit[1] > nearest[0]):
                        nearest = (hit[1], concept.id if concept.enforce else OTHER)
            if nearest is not None:
                scores[nearest[1]] += 1.0
                strong[nearest[1]] = strong.get(nearest[1], 0.0) + 1.0
        apart: set[str] = set()
        if _OWN.search(text, max(0, start - 12), start):
            # "… at the Security Council while its own Security Council …": whatever
            # the sentence says of the body named before is that body's, not this one's
            ids = {c.id for c in candidates if c.enforce}
            apart = {o.concept.id for o in before
                     if o.concept.id in ids and not o.ambiguous and o.end <= start}
            for cid in apart:
                scores.pop(cid, None)
                strong.pop(cid, None)
                here.pop(cid, None)
            if not scores:
                return self._ambiguous(text, start, end, candidates, before,
                                       "'own' sets it apart from " + " and ".join(sorted(apart)))
        for concept in candidates:
            cid = concept.id if concept.enforce else OTHER
            if cid in apart:
                continue
            more = sorted(context.document.get(concept.id, frozenset()) - here.get(cid, set()))
            if more:
                elsewhere.setdefault(cid, []).extend(more)
        last = context.last.get(key)
        if last in apart:
            last = None
        if last is not None:
            scores[last] = scores.get(last, 0.0) + 1.5
            strong[last] = strong.get(last, 0.0) + 1.5
        if max(scores.values()) <= 0:
            earlier = context.read.get(key)
            if earlier is not None and list(elsewhere) == [earlier] and earlier != OTHER:
                # Nothing here, but the document has read this name as one body on its
                # evidence, and its words point to that body and no other: the reader
                # of the page reads it so here too ("… the work of the Security
                # Council, its staff …" after Putin met its Secretary Patrushev).
                concept = next(c for c in candidates if c.id == earlier)
                return self._occurrence(
                    text, concept, "short", start, end, before,
                    "read as earlier in the document; this sentence has no evidence; "
                    f"elsewhere in the document: {', '.join(elsewhere[earlier])}")
            why = _no_evidence(elsewhere)
            if apart:
                why = f"'own' sets it apart from {' and '.join(sorted(apart))}; {why}"
            return self._ambiguous(text, start, end, candidates, before, why)
        # The rest of the document weighs in once the sentence has said something: half a
        # point per cue word elsewhere, at most what a name earlier in it gives.  It never
        # decides alone, so a sentence with no evidence stays ambiguous.
        sentence_top = _leaders(scores)
        for cid, labels in elsewhere.items():
            weight = min(1.5, 0.5 * len(labels))
            scores[cid] = scores.get(cid, 0.0) + weight
            strong[cid] = strong.get(cid, 0.0) + weight
        best = max(scores.values())
        top = _leaders(scores)
        if len(top) > 1:
            return self._ambiguous(text, start, end, candidates, before,
                                   "the evidence weighs the same for "
                                   + " and ".join(map(_reading_name, top)))
        chosen = top[0]
        rivals = [cid for cid in elsewhere if cid != chosen]
        if chosen != last and chosen not in elsewhere and rivals:
            # The sentence's words point one way, the rest of the document another: a
            # reader of the page would hesitate, so the editor decides.
            said = ", ".join(sorted(here.get(chosen, ()))) or "weak cue words"
            return self._ambiguous(
                text, start, end, candidates, before,
                f"the sentence points to {_reading_name(chosen)} ({said}), the rest of the "
                "document to " + " and ".join(f"{_reading_name(cid)} "
                                              f"({', '.join(elsewhere[cid])})"
                                              for cid in sorted(rivals)))
        if not strong.get(chosen):
            return self._ambiguous(text, start, end, candidates, before,
                                   "only words every such council's business shares "
                                   f"point to {_reading_name(chosen)}")
        placed = context.placed.get(key) if last == OTHER else None
        if chosen == OTHER and placed is not None and any(o is placed for o in before):
            # "Tajik Security Council Secretary … the Security Council Secretariat": the
            # council this very text has just named by its state, and no other body since
            return self._occurrence(text, placed.concept, "short", start, end, before,
                                    f"the text names {placed.text!r} before it")
        if chosen == OTHER:     # another state's own council: its short form, no more
            # each cue word where it was found: the sentence's, or another paragraph's
            cues = sorted(here.get(OTHER, set()))
            further = sorted(set(elsewhere.get(OTHER, ())) - set(cues))
            evidence = [", ".join(cues)] if cues else []
            if further:
                evidence.append(("elsewhere in the document: " if cues else
                                 "only elsewhere in the document: ") + ", ".join(further))
            if placed is not None:      # named in an earlier unit: said, not chosen
                evidence.insert(0, f"{placed.text!r} named before it")
            return self._ambiguous(text, start, end, candidates, before, OUTSIDE + (
                f" ({'; '.join(evidence)})" if evidence else ""))
        concept = next(c for c in candidates if c.id == chosen)
        if chosen == last:
            reason = "named earlier in the document; cue words agree" \
                if best > 1.5 else "named earlier in the document"
        elif chosen not in sentence_top:
            reason = ("the document's words elsewhere (" + ", ".join(elsewhere[chosen])
                      + ") outweigh the sentence's")
        elif chosen in elsewhere:
            reason = "cue words in the sentence and elsewhere in the document"
        else:
            reason = "cue words in the sentence"
        return self._occurrence(text, concept, "short", start, end, before, reason)

    def _host_of(self, diplomat: str, candidates: list[Concept]) -> Concept | None:
        """The reading a diplomat is accredited to: the one whose cue words name such
        diplomats ("ambassador*"), else the default reading; None when that is no one
        enforced reading."""
        hosts = [c for c in candidates if c.enforce and any(
            not weak and rx.fullmatch(diplomat)
            for rx, weak, _label in self._cues.get(c.id, ()))]
        if not hosts:
            hosts = [c for c in candidates if c.enforce and c.default]
        return hosts[0] if len(hosts) == 1 else None

    @staticmethod
    def _states_named(index: TextIndex, any_state: re.Pattern[str],
                      by_name: Mapping[str, State]) -> dict[str, list[tuple[int, int]]]:
        """Where the text of ``index`` names each state (code → spans, in order), except
        as what something is like (:func:`_likeness`), read once for every mention."""
        def work(text: str) -> dict[str, list[tuple[int, int]]]:
            found: dict[str, list[tuple[int, int]]] = {}
            for span in index.spans(any_state):
                if not _likeness(text, span):
                    found.setdefault(by_name[text[span[0]:span[1]]].code, []).append(span)
            return found
        return index.kept(f"states named {any_state.pattern}", work)

    def _ambiguous(self, text: str, start: int, end: int, candidates: list[Concept],
                   before: list[Occurrence], why: str) -> Occurrence | None:
        """A mention filed under the ``default`` concept, every enforced reading kept.

        A bare "National Security Council", which no default reading lists, is filed
        under the target's equally bare "Consejo de Seguridad Nacional"
        (:func:`~cms_i18n.glossary.states.national_council`)."""
        readings = tuple(c for c in candidates if c.enforce)
        default = next((c for c in candidates if c.default), None)
        if default is None:
            key = self._short_key(text[start:end])
            if not key.casefold().startswith("national "):
                return None
            bare = next((c for c in self.short.get(key.split(" ", 1)[1], []) if c.default),
                        None)
            other = next((c for c in candidates if not c.enforce), None)
            if bare is None or other is None:
                return None
            ident = (other.id, "national")
            default = self._state_councils.get(ident)
            if default is None:
                default = self._state_councils[ident] = national_council(other, bare)
            why = f"{why} (a national security council: {', '.join(c.id for c in readings)} " \
                  "or another state's)"
        occ = self._occurrence(text, default, "short", start, end, before, why)
        return replace(occ, readings=readings)


# "a CIS depends …", "an SCO." : after "a" or "an", the letters are the noun itself where
# what follows is no noun they modify: the end, a mark, a function word or a verb in -s.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])([Aa]n?)\s+$")
_AFTER_HEAD = re.compile(r"\s*(?:$|[,.;:!?)]|(?:is|was|has|had|can|will|would|should|must|may|"
                         r"that|which|who|and|or|but|with|for|in|to|of|on|at|by|from)\b|"
                         r"[a-z]+[^su\W]s\b)")


def _a_common_noun(text: str, start: int, end: int) -> str | None:
    """The "a" or "an" before the letters at ``start:end`` where they are a common noun, one
    of a kind ("The success of a CIS depends on its integration", a clinical information
    system); None otherwise.  A body's name takes "the"; "a CIS country", "an SCO summit"
    use it before their noun, and stay.

    >>> _a_common_noun("The success of a CIS depends on it.", 17, 20)
    'a'
    >>> _a_common_noun("It is a CIS country.", 8, 11), _a_common_noun("an SCO summit", 3, 6)
    (None, None)
    """
    article = _INDEFINITE_BEFORE.search(text, 0, start)
    if article is None or not _AFTER_HEAD.match(text, end) or text[end:end + 1] == "-":
        return None
    return article.group(1)


def _head(name: str) -> str:
    """The head noun of an English name, folded: the word before its first "of", "for"
    or "on", else its last word ("Council of Foreign Ministers" → "council", "Shanghai
    Organization for Cooperation" → "organization", "Treaty on Collective Security" →
    "treaty", "Shanghai Cooperation Organisation" → "organisation").

    >>> _head("Treaty on Collective Security"), _head("Peace and Security")
    ('treaty', 'security')
    """
    words = _NAME_WORD.findall(re.split(r"\s+(?:of|for|on)\s+", name, maxsplit=1)[0])
    return words[-1].casefold() if words else ""


#: An opening bracket after a name, with the blanks around it.
_BRACKET_OPENS = re.compile(r"\s*\(\s*")


def _stems(name: str) -> set[str]:
    """The first five letters of each word of ``name``, folded: the stems by which
    :meth:`Glossary.nearest` compares names ("Organisation" and "Organization" share
    "organ").

    >>> sorted(_stems("Shanghai Cooperation Organization"))
    ['coope', 'organ', 'shang']
    """
    return {word.casefold()[:5] for word in _NAME_WORD.findall(name)}


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``start``–``end`` shares a character with any of ``spans``.

    >>> _overlaps(4, 8, [(0, 4), (8, 9)]), _overlaps(4, 8, [(7, 12)])
    (False, True)
    """
    return any(start < span_end and span_start < end for span_start, span_end in spans)


# Two parties joined by a hyphen opening a name ("NATO-Ukraine", "EU-China", "Russia-Africa"),
# each an acronym or a proper name; a prefix joined so ("Co-Operation", "Inter-Parliamentary")
# is a word's part, not a party.
_JOINT_PARTIES = re.compile(
    r"(?P<first>[A-Z]{2,}|[A-Z][a-z]{2,})[-–](?:[A-Z]{2,}|[A-Z][a-z]{2,})\b")
_WORD_PREFIXES = frozenset({"Inter", "Anti", "Non", "Pan", "Trans", "Sub", "Post", "Pre",
                            "Multi", "Intra", "Extra", "Euro"})


def _joint_body(name: str) -> bool:
    """Does the name open with two parties joined by a hyphen, as a body the two share
    does ("NATO-Ukraine Council", "EU-China Summit")?  Such a body is no misnomer of a
    listed one that has a word of either party's ("Security and Defense Council of
    Ukraine").

    >>> _joint_body("NATO-Ukraine Council"), _joint_body("Shanghai Co-Operation Council")
    (True, False)
    >>> _joint_body("Inter-Parliamentary Council")
    False
    """
    opening = _JOINT_PARTIES.match(name)
    return opening is not None and opening["first"] not in _WORD_PREFIXES


def _name_tails(run: str) -> list[str]:
    """A run of capitalised words, then the runs after each "of", "for" or "and" in it:
    the name a sentence's capitals end on ("Leaders of the Shanghai Cooperation
    Council" → "Shanghai Cooperation Council").

    >>> _name_tails("Leaders of the Shanghai Cooperation Council")
    ['Leaders of the Shanghai Cooperation Council', 'Shanghai Cooperation Council']
    """
    tails = [re.sub(r"^(?:The|A|An)\s+", "", run)]
    for joint in re.finditer(r"\s+(?:of|for|and)\s+(?:the\s+)?", run):
        tails.append(run[joint.end():])
    return tails


def _slip(got: str, want: str) -> bool:
    """Is ``got`` a slip of the pen for the name's word ``want``: the same capital, five
    letters or more, one letter wrong, missing, added or two swapped (two for a word of
    eight letters or more), and not the word with an ending of its own ("Councils",
    "Organisations")?

    >>> _slip("Corporation", "Cooperation"), _slip("Organisaton", "Organisation")
    (True, True)
    >>> _slip("Councils", "Council"), _slip("Court", "Council"), _slip("treaty", "Treaty")
    (False, False, False)
    >>> _slip("Organisations", "Organization")
    False
    """
    if got[:1] != want[:1] or min(len(got), len(want)) < 5:
        return False
    if got.casefold().startswith(want.casefold()) or want.casefold().startswith(
            got.casefold()):
        return False        # a plural, a possessive or a word of its own's stem
    limit = 2 if min(len(got), len(want)) >= 8 else 1
    if got[-1:] == "s" and _edits(got[:-1].casefold(), want.casefold(), limit) < limit:
        return False        # a plural of the word or of another spelling ("Organisations")
    return _edits(got.casefold(), want.casefold(), limit) <= limit


def _edits(a: str, b: str, limit: int) -> int:
    """Letters inserted, deleted, replaced or swapped to turn ``a`` into ``b``, counted up
    to ``limit + 1`` (Damerau–Levenshtein, optimal string alignment)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def _adjectives(name: str) -> set[str]:
    """The adjectives an owner's name forms in English ("russia" → "russian"), in lower
    case, as :func:`~cms_i18n.glossary.states.every_state` forms a state's.

    >>> "russian" in _adjectives("russia"), "georgian" in _adjectives("georgia")
    (True, True)
    """
    stems = {name, name[:-1]} if name[-1:] in "aey" else {name}
    return {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS}


def _title_case(text: str) -> bool:
    """Whether ``text`` capitalises its words as a headline does (at least three words
    in four of four letters or more), so a capital says nothing of a name.

    >>> _title_case("Special Envoy, Other Officials Tell Security Council")
    True
    >>> _title_case("The Collective Security Council met to discuss the budget")
    False
    """
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _owner_word(word: str) -> str:
    """"country's" → "country", "states'" → "states"."""
    return word.rstrip("s").rstrip(APOSTROPHES) if word[-1:] == "s" and \
        word[-2:-1] in APOSTROPHES else word.rstrip(APOSTROPHES)


def _likeness(text: str, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` name only what something is like: "a council on
    the American model", "an American-style council", "modelled on Russia's", "like
    the Russian one".  Such a state is the one the council is not.

    >>> text = "It set up a National Security Council on the American model."
    >>> _likeness(text, (text.index("American"), text.index(" model")))
    True
    >>> text = "Like the Russian one, the council meets weekly."
    >>> _likeness(text, (9, 16))
    True
    >>> text = "The American National Security Council met."
    >>> _likeness(text, (4, 12))
    False
    """
    start, end = span
    return bool(_LIKENESS_BEFORE.search(text, max(0, start - 40), start)
                or _LIKENESS_AFTER.match(text, end))


def _words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many words stand between two spans of ``text``."""
    first, second = sorted((a, b))
    return len(re.findall(rf"{_WORD}+", text[first[1]:max(first[1], second[0])]))


def _nearer_to_another(text: str, cue: tuple[int, int], mention: tuple[int, int],
                       others: Iterable[tuple[int, int]]) -> bool:
    """Whether the span ``cue`` of ``text`` stands fewer words from one of ``others``
    than from ``mention``.

    >>> text = "Gevorgyan, National Security Council Secretary, and Patrushev, Russian Security"
    >>> _nearer_to_another(text, (52, 61), (20, 36), [(63, 79)])
    True
    >>> _nearer_to_another(text, (0, 9), (20, 36), [(63, 79)])
    False
    """
    here = _words_between(text, cue, mention)
    return any(_words_between(text, cue, other) < here for other in others)


def _leaders(scores: dict[str, float]) -> list[str]:
    """The readings with the highest score, sorted."""
    best = max(scores.values())
    return sorted(cid for cid, score in scores.items() if score == best)


def _no_evidence(elsewhere: dict[str, list[str]]) -> str:
    """Why a mention with nothing in its own sentence is ambiguous, and what the rest of
    the document says, so the editor knows where to look (a body the glossary does not
    enforce, such as another state's council, is named as such, not by a code).

    >>> _no_evidence({OTHER: ["Astana"], "UNSC": ["veto"]})
    'this sentence has no evidence; elsewhere in the document: another body (Astana); UNSC (veto)'
    """
    if not elsewhere:
        return "nothing in the document says which body"
    return "this sentence has no evidence; elsewhere in the document: " + "; ".join(
        f"{_reading_name(cid)} ({', '.join(labels)})"
        for cid, labels in sorted(elsewhere.items()))


def _cue_label(cue: str) -> str:
    """A cue as an editor reads it: "permanent member*" → "permanent member"."""
    return cue.removeprefix(WEAK).rstrip("*").replace("#", "N")


def _cue_regex(cue: str) -> re.Pattern[str]:
    """A cue: whole words; ``*`` at the end allows any ending ("veto*"), a word ``#``
    any number ("resolution #": "resolution 2231"); the mark of a weak cue (``~``)
    is not part of the words."""
    cue = cue.removeprefix(WEAK)
    prefix = cue.endswith("*")
    words = cue.rstrip("*").split()
    if any(ch.isupper() for ch in cue):
        # a name is matched as written, but a lower-case word beside it may open with a
        # capital where it is a title before a name: "Russian president" is also
        # "Russian President Vladimir Putin"
        body = r"\s+".join(f"[{w[0].upper()}{w[0]}]{_pattern(w[1:])}"
                           if w[:1].islower() and w[:1].isalpha() else _pattern(w)
                           for w in words)
    else:
        body = _pattern(" ".join(words))
    body = body.replace(r"\#", r"\d+(?:/\d+)*")
    flags = 0 if any(ch.isupper() for ch in cue) else re.IGNORECASE
    tail = rf"{_WORD}*" if prefix else ""
    return re.compile(rf"(?<!{_WORD}){body}{tail}(?!{_WORD})", flags)


#: the letters of an acronym: "CIS", "U.N."
_ACRONYM_LETTERS = r"[A-Z](?:\.?[A-Z]){1,7}\.?"
#: a word that is an acronym and nothing else: "UN", "U.N.", "NATO"
_ACRONYM_ONLY = re.compile(_ACRONYM_LETTERS)
#: an acronym in brackets: "(CIS)", "[AU]", "(U.N.)"
_BRACKETED = re.compile(rf"(?<=\S)\s*[(\[]\s*({_ACRONYM_LETTERS})\s*[)\]]")
#: prepositions a title-case headline capitalises before a body ("… Speaks To Security
#: Council")
_HEADLINE_LINKS = frozenset({"to", "at", "by", "with", "before", "from", "into", "against",
                             "on", "in", "for", "as", "over", "after", "about"})
#: a headline's verb in the present, before its object ("Vetoes", "Chairs", "Tells",
#: "Urges", "Briefs"); words in -ss, -us, -is, -ous and -ics are no verbs ("Congress",
#: "Consensus", "Crisis", "Politics")
_HEADLINE_VERB = re.compile(r"[a-z]{2,}(?<!s)(?<!u)(?<!i)(?<!ou)(?<!ic)s")
#: the words a headline puts before a verb in its plain form ("Putin Will Gather Security
#: Council", "Envoy To Brief Security Council", "Russia Could Veto Security Council …")
_HEADLINE_HELPERS = frozenset({"will", "to", "would", "can", "could", "may", "might", "must",
                               "should", "shall", "won't", "can't", "cannot", "didn't",
                               "doesn't", "does", "did", "not", "never"})
#: words a phrase an acronym stands for may hold without a letter of their own
_UNLETTERED = frozenset({"of", "for", "the", "and", "&", "on", "in", "to"})
# Capitalised words after a name that go on with a longer name, up to its head noun
# ("… CSTO Parliamentary Assembly", "… SCO Business Council"), or an event the body holds
# ("… BRICS Academic Conference", "… ASEAN Ministerial Meeting"; a bare "Meeting" is no
# such head: "ASEAN Foreign Ministers Meeting" reads better left to the engine).
NAME_GOES_ON = re.compile(
    r" (?:[A-Z][a-z]+ ){0,3}(?:Assembly|Council|Committee|Commission|Secretariat|Forum|"
    r"Centre|Center|Structure|Bank|Fund|Union|Association|Institute|University|Office|"
    r"Board|Group|Mission|Force|Forces|Conference|Ministerial Meeting)\b")
#: "the" right before a lower-case short form
_THE_BEFORE = re.compile(r"(?<![^\W_])[Tt]he\s+$")
#: a determiner that makes a name in lower case a kind of thing ("a collective security
#: treaty", "any security council", "another african union")
_KIND_BEFORE = re.compile(r"(?<![^\W_])(?:[Aa]n?|[Aa]nother|[Aa]ny|[Nn]o|[Ee]ach|[Ee]very|"
                          r"[Ss]uch an?)\s+$")
#: an indefinite article right before a lower-case short form ("a security council vote")
_A_BEFORE = re.compile(r"(?<![^\W_])[Aa]n?\s+$")
#: the word right after a short form
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
#: a preposition right before it, or the start of a clause
# How far before a short form the text is read for the clause it opens (the whole text
# before it made a long document cost its length squared).
_CLAUSE_NEAR = 40
_CLAUSE_BEFORE = re.compile(r"(?:(?<![^\W_])(?:of|at|on|in|to|by|from|with|for|and|or|"
                            r"against|over|under|before|after)\s+|(?:^|[.;:,!?(\"“])\s*)$",
                            re.IGNORECASE)
#: "… of the school", "… for students": a lower-case short form that a qualifier
#: after it makes another council; not a quotation or a deed, which say why, not whose
#: ("chastised the security council for “emotional statements”", "accused the security
#: council of failing to act")
_LOWER_QUALIFIED = re.compile(r"\s+(?:of|for)(?![^\W_])(?!\s*[\"“‘'«]|\s+[a-z]+ing\b)")



def _slip_of(written: str, word: str) -> bool:
    """Whether ``written`` is ``word`` or a writer's one-letter slip of it: a letter
    added, left out or changed in a word of five letters or more ("State" for
    "States", "Organisaton").

    >>> _slip_of("state", "states"), _slip_of("independant", "independent")
    (True, True)
    >>> _slip_of("of", "on"), _slip_of("internet", "independent")
    (False, False)
    """
    if written == word:
        return True
    if min(len(written), len(word)) < 5 or abs(len(written) - len(word)) > 1:
        return False
    if len(written) == len(word):
        return sum(a != b for a, b in zip(written, word, strict=True)) == 1
    short, long = sorted((written, word), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))

def _spelt_by(before: str, letters: str, end: int | None = None) -> str | None:
    """The phrase at the end of ``before`` (of ``before[:end]``) whose words' initials
    spell ``letters``, any case, words of :data:`_UNLETTERED` allowed between them, or
    None.

    >>> _spelt_by("developed by the Center for Internet Security ", "CIS")
    'Center for Internet Security'
    >>> _spelt_by("between 2.1 and 3.2 astronomical units ", "AU")
    'astronomical units'
    >>> _spelt_by("the Association of Southeast Asian Nations ", "ASEAN") is None
    True
    """
    end = len(before) if end is None else end
    # the last few words decide: read them, and the whole text only when the phrase
    # may reach back beyond them (a long run of "of the and …")
    since = max(0, end - 40 * (len(letters) + 2))
    phrase, whole = _spelling(before, letters, since, end)
    return _spelling(before, letters, 0, end)[0] if since and whole else phrase


def _spelling(text: str, letters: str, since: int, end: int) -> tuple[str | None, bool]:
    """:func:`_spelt_by` on ``text[since:end]``, and whether the answer took in every
    word there (so a word before ``since`` might change it)."""
    words = list(_LETTERED.finditer(text, since, end))
    if not words:
        return None, True
    if text[words[-1].end():end].strip():
        return None, False
    need = len(letters) - 1
    first = None
    for taken, word in enumerate(reversed(words), 1):
        if need < 0:
            return (None if first is None else _norm(text[first.start():words[-1].end()]),
                    False)
        if word.group()[0].casefold() == letters[need].casefold():
            need -= 1
            first = word
        elif word.group().casefold() not in _UNLETTERED:
            return None, taken == len(words)
    if need >= 0 or first is None:
        return None, True
    return _norm(text[first.start():words[-1].end()]), True


#: a word of a phrase an acronym may stand for
_LETTERED = re.compile(r"[^\W\d_]+|&")


# An acronym in parentheses right after a name: "(SC)", "(U.N.)"
_PAREN_ACRONYM = re.compile(rf"\s*\(({_ACRONYM_LETTERS})\)")


def lettered_names(concept: Concept, acronyms: Mapping[str, _Form]) -> list[str]:
    """The names of ``concept`` of the form "<head> of <owner>" written with the head's
    initials in parentheses before "of", as real text writes a council's letters inside
    its name ("The Peace and Security Council (PSC) of the African Union").  The
    letters are the head's capitalised words' initials, two at least, and no other
    body's acronym (``acronyms``); the name is matched whole, and the letters go with
    it.

    >>> from cms_i18n.glossary.model import Concept
    >>> psc = Concept("AU_PSC", names=("Peace and Security Council of the African Union",
    ...                                "African Union Peace and Security Council"))
    >>> lettered_names(psc, {})
    ['Peace and Security Council (PSC) of the African Union']

    A hyphened word gives a letter per part ("Regional Anti-Terrorist Structure
    (RATS)"); a head of one capitalised word has no letters of its own ("Council of
    Heads of State"), and one holding another body's letters is no plain name ("CIS
    Council of Heads of State"):

    >>> lettered_names(Concept("X", names=("Regional Anti-Terrorist Structure of the SCO",
    ...                                    "Council of Heads of State",
    ...                                    "CIS Council of Heads of State")), {})
    ['Regional Anti-Terrorist Structure (RATS) of the SCO']
    """
    out: list[str] = []
    for name in concept.names:
        head, of, owner = _norm(name).partition(" of ")
        words = head.replace("-", " ").split(" ")
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if of and owner and len(initials) >= 2 and "(" not in head and \
                not any(w.isupper() for w in words) and \
                (initials not in acronyms or acronyms[initials].concept.id == concept.id):
            form = f"{head} ({initials}) of {owner}"
            if form not in out:
                out.append(form)
    return out


def interrupted_names(concept: Concept, acronyms: Mapping[str, _Form]
                      ) -> list[tuple[str, str]]:
    """The names of ``concept`` with another body's acronym in them written as that
    body's full name with the acronym in parentheses, as real text writes a name
    interrupted by its parent's acronym; each with the acronym.  The full name is the
    parent's own, or the words the concept's other names write in the acronym's
    place ("United Nations Security Council" beside "UN Security Council").  Only an
    acronym something follows: one at the end is the parent's, after its name.

    >>> from cms_i18n.glossary.model import Concept
    >>> un = Concept("UN", acronyms=("UN",))
    >>> unsc = Concept("UNSC", names=("UN Security Council", "United Nations Security Council"))
    >>> interrupted_names(unsc, {"UN": _Form(un, "acronym", "UN")})
    [('United Nations (UN) Security Council', 'UN')]

    An acronym of two words is read as one ("the SCO Regional Anti-Terrorist Structure
    (SCO RATS) Executive Committee"):

    >>> rats = Concept("SCO_RATS", names=("SCO Regional Anti-Terrorist Structure",),
    ...                acronyms=("SCO RATS",))
    >>> ec = Concept("SCO_RATS_EC", names=("SCO RATS Executive Committee",))
    >>> interrupted_names(ec, {"SCO RATS": _Form(rats, "acronym", "SCO RATS")})
    [('SCO Regional Anti-Terrorist Structure (SCO RATS) Executive Committee', 'SCO RATS')]
    """
    names = [_norm(n).split(" ") for n in concept.names]
    out: list[tuple[str, str]] = []
    for words in names:
        for i, width in itertools.product(range(len(words) - 1), _ACRONYM_WIDTHS):
            if i + width >= len(words):
                continue    # only an acronym something follows
            word = " ".join(words[i:i + width])
            form = acronyms.get(word)
            if form is None or form.concept.id == concept.id or not word[:1].isupper():
                continue
            pre, post = words[:i], words[i + width:]
            full = [_norm(n) for n in form.concept.names]
            for other in names:
                if len(other) > len(pre) + len(post) and other[:i] == pre and \
                        other[len(other) - len(post):] == post:
                    middle = " ".join(other[i:len(other) - len(post)])
                    if middle != word and "(" not in middle and middle not in full:
                        full.append(middle)
            for name in full:
                text = " ".join([*pre, name, f"({word})", *post])
                if (text, word) not in out:
                    out.append((text, word))
    return out


#: The words of an acronym another body's name holds: one ("SCO Council of Heads of
#: State") or two ("SCO RATS Executive Committee", the SCO's "RATS" as printed).
_ACRONYM_WIDTHS = (1, 2)


def _ends_with_parent(prev: Occurrence, parent: Concept, acronym: str) -> bool:
    """Whether the name ``prev`` ends with ``parent``'s full name, so that ``acronym``
    in parentheses right after it is the parent's ("Council of Heads of State of the
    Shanghai Cooperation Organisation (SCO)"): one of the parent's names ends it, or
    the body has a name with the acronym in that place."""
    said = _norm(prev.text).casefold()
    if any(said.endswith(" " + _norm(n).casefold()) for n in parent.names):
        return True
    for name in prev.concept.names:
        name = _norm(name)
        if name.endswith(" " + acronym):
            head = name[: -len(acronym)].casefold()
            if said.startswith(head) and len(said) > len(head):
                return True
    return False


#: An item of a list right before a comma, as a body's name without its parent is
#: written: capitalised words, "of" and "the" between them ("the Committee of Security
#: Council Secretaries, "); one after "the" is a list's noun, where a date is no item.
# How far before a body's name the sibling joined to it, or a list's item, is read: a
# stretch longer than any name, never the whole text before it (read so, every mention
# cost the length of the text before it).
_PAIR_NEAR = 200
_LIST_ITEM = re.compile(r"(?:(?<=\s)|^)([A-Z][\w'’-]*(?:\s+(?:(?:of|the|on|for)\s+)*"
                        r"[A-Z][\w'’-]*)*),\s+(?:the\s+)?\Z")


def _names_without_parent(glossary: Glossary) -> Iterator[tuple[Concept, Concept, str, str]]:
    """(body, parent, the rest of the name, how the parent was written: "acronym" or
    "name" before it, "of" after it) for each name of an enforced body that opens with
    another body's name or acronym ("SCO Heads of State Council") or ends with "of (the)"
    and one ("Heads of State Council of the SCO")."""
    parents: dict[str, Concept] = {}
    for concept in glossary.concepts:
        for form in (*concept.acronyms, *concept.names):
            parents.setdefault(_norm(form), concept)
    for concept in glossary.concepts:
        if not concept.enforce or not concept.translate:
            continue
        for name in map(_norm, concept.names):
            for written, parent in parents.items():
                if parent is concept:
                    continue
                if name.startswith(written + " "):
                    yield (concept, parent, name[len(written) + 1:],
                           "acronym" if written in parent.acronyms else "name")
                elif m := re.fullmatch(rf"(.+?) of (?:the )?{re.escape(written)}", name):
                    yield concept, parent, m.group(1), "of"


def _sibling_heads(glossary: Glossary) -> dict[tuple[str, str], tuple[Concept, Concept]]:
    """(parent's id, head folded) → (body, parent), for each enforced body's name written
    as "<head> of (the) <a parent's name or acronym>" or "<the parent's acronym> <head>"
    (see :meth:`Matcher.coordinated`); a head two bodies of one parent share is left out."""
    found: dict[tuple[str, str], list[tuple[Concept, Concept]]] = {}
    for concept, parent, head, how in _names_without_parent(glossary):
        if how != "name" and head[:1].isupper():
            pairs = found.setdefault((parent.id, head.casefold()), [])
            if all(body.id != concept.id for body, _ in pairs):
                pairs.append((concept, parent))
    return {key: pairs[0] for key, pairs in found.items() if len(pairs) == 1}


def _detached_names(glossary: Glossary, exact: Mapping[str, _Form],
                    folded: Mapping[str, _Form], short: Collection[str]
                    ) -> dict[str, list[tuple[Concept, Concept]]]:
    """The names of enforced bodies without their parent: what is left of a name that
    starts with another body's acronym or name ("SCO Heads of State Council") or ends
    with "of (the)" and one ("Heads of State Council of the SCO"), three words or more,
    as the name writes them, and neither a name, an acronym nor a short form of any
    body ("Security Council" is a short form of its own)."""
    out: dict[str, list[tuple[Concept, Concept]]] = {}
    for concept, parent, rest, _how in _names_without_parent(glossary):
        if len(_NAME_WORD.findall(rest)) < 3 or not rest[:1].isupper() or rest in exact or \
                rest.casefold() in folded or rest in short:
            continue
        pair = (concept, parent)
        if pair not in out.setdefault(rest, []):
            out[rest].append(pair)
    return out


def context_from(matcher: Matcher, texts: Iterable[str], document: str = "") -> Context:
    """The context left by reading ``texts`` (earlier units of a document) in order;
    ``document`` is the whole document's source text, whose cue words weigh in and
    whose definitions of acronyms hold in every unit (:meth:`Matcher.defined`)."""
    context = Context(document=matcher.document_evidence(document) if document else {},
                      defined={**matcher.spelt_in_document(document),
                               **matcher.defined(document)} if document else {},
                      named=matcher.named_in(document) if document else frozenset(),
                      world=matcher.speaks_of_states(document) if document else None)
    for text in texts:
        matcher.scan(text, context)
    return context
