""""Meet" as people meet, where eng-spa can only fulfil or get to know.

Apertium's eng-spa dictionary gives the verb *meet* two Spanish verbs, *cumplir*
(meet a target) and *conocer* (meet someone for the first time), and its rules
pick *cumplir* everywhere: "Putin met with Xi" comes out "Putin cumplió con Xi",
"the ministers will meet in Astana" "los ministros cumplirán en Astaná".  In news
the verb is nearly always the other *meet*, *reunirse*, which the dictionary lacks.

:func:`meetings` reads the English record beside its Spanish translation.  Each form
of *meet* is judged by what follows it: "with" (unless the verb is passive: "was
met with criticism" is received, not met), a person's name, a person or a group
of people ("his counterpart", "the delegation"), or nothing but where and when
("in Astana", "on Friday", "to discuss", the end of the clause) make it a meeting;
anything else ("meet the targets", "met the demands") stays *cumplir*.  The forms
of *cumplir* in the translation are matched to the forms of *meet* in the source
in order, and only when there are as many of each: a sentence where another verb
also became *cumplir* ("complied with") is left as the engine wrote it.

A meeting's *cumplir* becomes the same tense of *reunirse*: "se reunió con",
"se reunirán en", "se ha reunido con", "van a reunirse", "está reuniéndose"; a
transitive meeting ("met Xi") gains the preposition Spanish needs ("se reunió con
Xi").  The tagger sometimes reads "met" after a subject as a participle ("el
presidente cumplido con"), which becomes the preterite of the same number.

>>> meetings("Putin met with Xi in Moscow.", "Putin cumplió con Xi en Moscú.")
'Putin se reunió con Xi en Moscú.'
>>> meetings("The ministers will meet in Astana.", "Los ministros cumplirán en Astaná.")
'Los ministros se reunirán en Astaná.'
>>> meetings("The plan failed to meet the targets.", "El plan falló para cumplir los objetivos.")
'El plan falló para cumplir los objetivos.'
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[.,;:!?()]")

# Forms of the verb, and "meeting" only where a form of "be" makes it one
# ("is meeting with"): elsewhere it is the noun, which the engine gets right.
_FORMS = {"meet", "meets", "met"}
_BE = {"be", "been", "being", "is", "are", "was", "were", "am", "'s", "’s"}
_ADVERBS = {"also", "already", "again", "later", "then", "widely", "first", "just", "not",
            "never", "reportedly", "previously", "recently", "separately", "often", "only"}

# What follows an intransitive meeting: where, when, why, or the end of the clause.
_AFTER_INTRANSITIVE = {
    "in", "on", "at", "during", "today", "tomorrow", "yesterday", "next", "last", "this",
    "again", "regularly", "annually", "twice", "once", "privately", "separately", "behind",
    "face-to-face", "virtually", "online", "for", "to", "since", "after", "before", "until",
    "later", "soon", "briefly", "shortly", "here", "there", "every", "each", "weekly",
    "monthly", "daily", "and", "amid", "ahead", "earlier", ".", ",", ";", ":", "!", "?", ")"}

# People and groups of people a meeting is with ("met his counterpart").
_PEOPLE = {
    "counterpart", "counterparts", "president", "presidents", "minister", "ministers",
    "leader", "leaders", "delegation", "delegations", "official", "officials", "ambassador",
    "ambassadors", "envoy", "envoys", "representative", "representatives", "member",
    "members", "chairman", "chair", "head", "heads", "premier", "chancellor", "secretary",
    "delegates", "delegate", "diplomats", "diplomat", "king", "queen", "prince", "emir",
    "sultan", "pope", "governor", "governors", "mayor", "mayors", "journalists", "reporters",
    "press", "students", "families", "relatives", "residents", "voters", "troops",
    "commanders", "generals", "colleagues", "partners", "allies", "supporters", "protesters",
    "victims", "survivors", "workers", "experts", "activists", "people", "group", "team",
    "teams", "staff", "executives", "investors", "lawmakers", "senators", "deputies",
    "parliamentarians", "foreign", "prime", "chief", "chiefs", "director", "spokesman",
    "spokeswoman", "negotiators", "mediators", "elders", "clerics", "veterans", "children",
    "parents", "council", "committee", "board", "commission"}
# How a proposal or a crowd is received: "met with criticism" is not a meeting.
_RECEPTIONS = {
    "criticism", "opposition", "resistance", "skepticism", "scepticism", "approval",
    "disapproval", "applause", "silence", "protest", "protests", "anger", "outrage",
    "derision", "success", "failure", "hostility", "indifference", "suspicion",
    "condemnation", "praise", "enthusiasm", "laughter", "cheers", "boos", "fire", "force",
    "violence", "dismay", "alarm", "concern", "concerns", "resentment", "backlash",
    "ridicule", "scorn", "disbelief", "surprise", "relief", "objections", "denial",
    "refusal", "rejection", "mixed", "little", "much", "widespread", "strong", "fierce",
    "stiff", "sharp", "harsh", "broad", "general", "universal", "great", "considerable"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "both",
                "several", "two", "three", "four", "five", "senior", "top", "new", "local",
                "visiting", "regional", "national", "other", "some", "many"}

_CUMPLIR = re.compile(r"\b([Cc])umpl(\w*)")
_HABER = {"he", "has", "ha", "hemos", "habéis", "han", "había", "habías", "habíamos",
          "habían", "habrá", "habrán", "habría", "habrían", "hubo", "haber", "hubiera",
          "hubieran", "haya", "hayan"}
# Endings after "cumpl" stressed on the stem: reúno, reúne, reúnan …
_STEM_STRESSED = {"o", "es", "e", "en", "a", "as", "an"}


def meeting_senses(english: str) -> list[tuple[bool, bool]] | None:
    """For each form of *meet* the engine turns into a verb, in order, whether it is
    a meeting of people and whether a person follows it directly ("met Xi", which
    Spanish says "se reunió con Xi"); None when the record holds none.

    >>> meeting_senses("The proposal was met with criticism; they met in Rome.")
    [(False, False), (True, False)]
    >>> meeting_senses("He met his Kazakh counterpart and met the deadline.")
    [(True, True), (False, True)]
    """
    words = _WORD.findall(english)
    lowered = [w.lower() for w in words]
    senses = []
    for i, word in enumerate(lowered):
        before = [w for w in lowered[max(0, i - 3):i] if w not in _ADVERBS]
        after_be = bool(before) and before[-1] in _BE
        if word in _FORMS or (word == "meeting" and after_be):
            j = i + 1
            while j < len(lowered) and lowered[j].endswith("ly") and words[j].islower():
                j += 1
            following = lowered[j] if j < len(lowered) else "."
            direct = following not in ("with", "up") and following not in _AFTER_INTRANSITIVE
            # "was met with criticism" is received, not met
            meeting = not (word == "met" and after_be) and _meeting_after(words, i + 1)
            senses.append((meeting, direct))
    return senses or None


def _meeting_after(words: list[str], at: int) -> bool:
    """Whether what follows a form of *meet* at ``at`` makes it a meeting."""
    while at < len(words) and words[at].lower().endswith("ly") and words[at].islower():
        at += 1         # "will meet informally in Moscow": the adverb says nothing
    if at >= len(words):
        return True
    following = words[at]
    lower = following.lower()
    if lower == "with":
        # "met with criticism" is received; "met with Xi", "with his counterpart" met
        j = at + 1
        while j < len(words) and words[j].lower() in _DETERMINERS:
            j += 1
        return j >= len(words) or words[j].lower() not in _RECEPTIONS
    if lower == "up" or lower in _AFTER_INTRANSITIVE:
        return True
    if following[0].isupper():
        # a name ("met Xi", "met Kassym-Jomart Tokayev"), unless it opens a noun
        # phrase whose head is a thing ("meet EU standards")
        j = at
        while j < len(words) and words[j][0].isupper():
            j += 1
        return (j >= len(words) or not words[j][0].islower()
                or words[j].lower() in _AFTER_INTRANSITIVE or words[j].lower() in _PEOPLE)
    j = at
    while j < len(words) and words[j].lower() in _DETERMINERS:
        j += 1
    while j < len(words) and words[j][0].isupper():   # "his Kazakh counterpart"
        j += 1
    return at < j < len(words) and words[j].lower() in _PEOPLE


def meetings(english: str, spanish: str) -> str:
    """``spanish`` with each *cumplir* that stands for a meeting in ``english`` made
    the same form of *reunirse*; unchanged when the two do not line up."""
    senses = meeting_senses(english)
    if not senses or not any(meeting for meeting, _ in senses):
        return spanish
    found = list(_CUMPLIR.finditer(spanish))
    if len(found) != len(senses):
        return spanish
    out = spanish
    # from the end, so that the earlier matches' offsets stay valid
    for match, (meeting, direct) in reversed(list(zip(found, senses, strict=True))):
        if meeting:
            out = _reunirse(out, match, direct)
    return out


def _reunirse(text: str, match: re.Match[str], direct: bool) -> str:
    """``text`` with the form of *cumplir* at ``match`` made *reunirse*."""
    start, end = match.span()
    ending = match.group(2)
    rest = _with_con(text[end:]) if direct else text[end:]
    capital = match.group(1).isupper()
    if ending == "ir":
        return text[:start] + ("Reunirse" if capital else "reunirse") + rest
    if ending == "iendo":
        return text[:start] + ("Reuniéndose" if capital else "reuniéndose") + rest
    if ending in ("ido", "idos", "ida", "idas"):
        previous = re.search(r"(\S+)\s+$", text[:start])
        if previous and previous.group(1).lower() in _HABER:
            return _se_before(text[:start], previous.start(1)) + "reunido" + rest
        # the tagger's participle where English has a preterite: "el presidente cumplido"
        verb = "reunieron" if ending in ("idos", "idas") else "reunió"
    else:
        verb = ("reún" if ending in _STEM_STRESSED else "reun") + ending
    return _se_before(text[:start] + ("R" if capital else "r") + verb[1:], start) + rest


def _se_before(text: str, at: int) -> str:
    """``text`` with "se" before the verb (or its auxiliary) at ``at``; a capital that
    opened the sentence moves to it, one the engine wrote after a name is dropped."""
    opens = not text[:at].strip() or text[:at].rstrip()[-1] in ".!?¿¡:«\"“"
    if text[at:at + 1].isupper():
        return f"{text[:at]}{'Se' if opens else 'se'} {text[at].lower()}{text[at + 1:]}"
    return f"{text[:at]}se {text[at:]}"


def _with_con(rest: str) -> str:
    """The words after a transitive meeting, opened by "con"."""
    stripped = rest.lstrip()
    gap = rest[:len(rest) - len(stripped)] or " "
    if re.match(r"con\b", stripped):
        return rest
    if re.match(r"al\b", stripped):
        return f"{gap}con el{stripped[2:]}"
    if re.match(r"a\b", stripped):
        return f"{gap}con{stripped[1:]}"
    if not stripped or not (stripped[0].isalpha() or stripped[0] in "*«\"“"):
        return rest
    return f"{gap}con {stripped}"
