"""Hyphenated compounds sent to a rule-based engine without being glued or split.

Apertium analyses "high-level" as two words joined by a hyphen token with no
blank on either side; when its transfer rules move the words around, the
missing blanks glue them to their neighbours ("a high-level delegation" →
"una delegacióndenivel alto", "non-permanent members" →
"miembrosnopermanentes").  Spacing the hyphen out with a dash it treats the
same way (" – ", or " - " when the text already has the first) gives it the
blanks it needs: "una delegación de nivel alto", "miembros no permanentes".
Compounds it does not rewrite come back with the dash still between them and
are joined again, as they were.

Two kinds of compound are not spaced out, since a dash between their parts
lets the engine's rules move a neighbour in between:

* a compound the pair's dictionary knows as one word ("vice-president" →
  "vicepresidente"; spaced out it became "el vicio anterior – el presidente");
  the engine says which (:func:`hyphenated_words` lists what to ask it);
* a title whose head comes first ("secretary-general" is a secretary,
  "commander-in-chief" a commander): an adjective before it lands on the head,
  inside the compound ("the new secretary-general" → "el secretario
  nuevo-general").  :func:`cut_titles` sends the head alone, which the engine
  translates with its adjectives where they belong ("el secretario nuevo"), and
  :func:`join_titles` writes the modifier after the head's translation ("el
  secretario general nuevo").  Military ranks are the other way round (a
  major-general is a general) and are left as they are.

>>> open_compounds("a high-level, non-permanent seat")
('a high – level, non – permanent seat', ' – ')
>>> open_compounds("Kyiv – a two-year term")
('Kyiv – a two - year term', ' - ')
>>> open_compounds("the former vice-president", whole={"vice-president"})
('the former vice-president', None)
>>> close_compounds("El militar – alianza política", " – ")
'El militar-alianza política'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from cms_i18n.glossary.grammar import ARTICLES
from cms_i18n.languages import base

# A hyphen between letters, or between a number and a word ("10-member").
_COMPOUND = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")
_HYPHENATED = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)+(?![\w-])")
_MARKERS = (" – ", " - ")
_SPACED_HYPHEN = re.compile(r"\s-|-\s|^-|-$")

# What the modifier of a head-first title becomes after the head's translation, in
# each language an Apertium route reaches: (singular, plural).  Masculine, as the
# engine writes the head of a title whose holder the source does not name.  A
# leading hyphen joins it to the head: Portuguese writes "secretário-geral",
# "comandante-em-chefe"; Spanish, French, Italian, Catalan and Galician write the
# words apart ("secretario general", "secrétaire général").
_MODIFIERS: dict[str, dict[str, tuple[str, str]]] = {
    "general": {"es": ("general", "generales"), "pt": ("-geral", "-gerais"),
                "fr": ("général", "généraux"), "it": ("generale", "generali"),
                "ca": ("general", "generals"), "gl": ("xeral", "xerais"),
                "ro": ("general", "generali")},
    "in-chief": {"es": ("en jefe", "en jefe"), "pt": ("-em-chefe", "-em-chefe"),
                 "fr": ("en chef", "en chef"), "it": ("in capo", "in capo"),
                 "ca": ("en cap", "en cap"), "gl": ("en xefe", "en xefe")},
    "elect": {"es": ("electo", "electos"), "pt": ("eleito", "eleitos"),
              "fr": ("élu", "élus"), "it": ("eletto", "eletti"),
              "ca": ("electe", "electes"), "gl": ("electo", "electos")},
    "designate": {"es": ("designado", "designados"), "pt": ("designado", "designados"),
                  "fr": ("désigné", "désignés"), "it": ("designato", "designati"),
                  "ca": ("designat", "designats"), "gl": ("designado", "designados")},
    "at-large": {"es": ("itinerante", "itinerantes"), "pt": ("itinerante", "itinerantes"),
                 "fr": ("itinérant", "itinérants"), "it": ("itinerante", "itineranti"),
                 "ca": ("itinerant", "itinerants"), "gl": ("itinerante", "itinerantes")},
}
# A major-general is a general: ranks whose head is the second word.
_RANKS = frozenset({"major", "lieutenant", "brigadier", "colonel"})
_PARTS = r"general|in-chief|elect|designate|at-large"
_TITLE = re.compile(rf"(?<![\w-])([^\W\d_]+)-((?:{_PARTS})(?:-(?:{_PARTS}))*)(?![\w-])",
                    re.IGNORECASE)
_PART = re.compile(_PARTS, re.IGNORECASE)


@dataclass(frozen=True)
class Title:
    """A head-first title compound, cut to its head for the engine."""

    head: str            # as written: "secretary", "Secretaries"
    modifier: str        # as written: "general", "General", "in-chief", "General-designate"
    before: int          # how many times the head stands alone before it in the text sent
    count: int = 0       # how many times the head stands alone in the text sent

    @property
    def plural(self) -> bool:
        word = self.head.casefold()
        return word.endswith("s") and not word.endswith("ss")


def hyphenated_words(text: str) -> list[str]:
    """The hyphenated words of ``text`` ("high-level"), to ask the engine which it knows
    whole."""
    return _HYPHENATED.findall(text) if "-" in text else []


def open_compounds(text: str, whole: Collection[str] = ()) -> tuple[str, str | None]:
    """``text`` with its compound hyphens spaced out, and the marker used (None: unchanged).

    Words in ``whole`` (those the engine's dictionary knows as one word) keep their
    hyphens.
    """
    if "-" not in text or not _COMPOUND.search(text):
        return text, None
    # A marker must never meet a dash of the text's own on the way back: " – " where the
    # text has no en dash; " - " where its only hyphens are inside words, which come back
    # joined as they were ("NEW YORK – … began two-year terms" sends "two - year")
    marker = next((m for m in _MARKERS if m.strip() not in text), None) or (
        " - " if not _SPACED_HYPHEN.search(text) else None)
    if marker is None:
        return text, None
    opened = _HYPHENATED.sub(
        lambda m: m.group() if m.group() in whole else _COMPOUND.sub(marker, m.group()), text)
    return (opened, marker) if opened != text else (text, None)


def close_compounds(text: str, marker: str | None, target: str = "") -> str:
    """Join again what the engine left spaced out by ``marker``.

    Where the engine moved the marker next to a preposition or a conjunction of
    ``target`` ("una delegació – de nivell alta"), it no longer stands between
    the compound's parts: a blank takes its place, never a hyphen.

    >>> close_compounds("Una delegació – de nivell alta", " – ", "ca")
    'Una delegació de nivell alta'

    An article the engine put after the marker is dropped:

    >>> close_compounds("para dos – el año, un militar – la unión", " – ", "es")
    'para dos-año, un militar-unión'
    >>> close_compounds("pour deux – l'an", " – ", "fr")
    'pour deux-an'
    >>> close_compounds("definidas por – las leyes", " – ", "es")
    'definidas por las leyes'
    """
    if marker is None:
        return text
    dash = re.escape(marker.strip())
    table = ARTICLES.get(base(target)) if target else None
    if table is None:
        return re.sub(rf" ?{dash} ?", "-", text)
    function = {*table.triggers, *table.contractions.values()}     # not its articles
    # An article right after the marker is the engine's: it read the compound's second
    # part as a noun phrase of its own ("two-year terms" → "dos – el año", "a
    # military-political union" → "un militar – la unión"); a compound has none there.
    # After a preposition the marker moved to ("by-laws" → "por – las leyes") the words
    # are apart, and the article is the noun's.
    forms = sorted(table.forms(), key=len, reverse=True)
    spaced = "|".join(re.escape(f) for f in forms if not f.endswith(("'", "’")))
    elided = "|".join(re.escape(f[:-1]) + "['’]" for f in forms if f.endswith(("'", "’")))
    inserted = "|".join(p for p in (rf"(?:{spaced})\s+" if spaced else "", elided) if p)

    def drop(m: re.Match[str]) -> str:
        if m.group(1).casefold() in function:
            return m.group()
        return f"{m.group(1)}{m.group(2)}{m.group(3)} "

    text = re.sub(rf"([^\W_]*)( ?)({dash}) ?(?:{inserted})(?=[^\W\d_])", drop, text)

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        apart = left.casefold() in function or right.casefold() in function
        return f"{left} {right}" if apart and left and right else f"{left}-{right}"

    return re.sub(rf"([^\W_]*) ?{dash} ?([^\W_]*)", join, text)


def cut_titles(text: str, target: str, whole: Collection[str] = ()) -> tuple[str, list[Title]]:
    """``text`` with each head-first title cut to its head, and the titles cut.

    Only where ``target`` has the modifiers' translations; words in ``whole``
    are left to the engine unless the target joins the modifier with a hyphen,
    which the engine's own word would not keep ("Secretário Geral").

    >>> cut_titles("The new secretary-general met the secretary.", "es")
    ('The new secretary met the secretary.', [Title(head='secretary', modifier='general', \
before=0, count=2)])
    >>> cut_titles("The new major-general met the President-elect.", "de")
    ('The new major-general met the President-elect.', [])
    """
    lang = base(target)
    titles: list[Title] = []

    def cut(m: re.Match[str]) -> str:
        head, modifier = m.group(1), m.group(2)
        forms = [_MODIFIERS[part.casefold()].get(lang) for part in _PART.findall(modifier)]
        if None in forms or head.casefold() in _RANKS or \
                (m.group() in whole and not any(f[0].startswith("-") for f in forms if f)):
            return m.group()
        earlier = len(word_pattern(head).findall(text, 0, m.start()))
        titles.append(Title(head, modifier, earlier))
        return head

    if "-" not in text:
        return text, titles
    sent = _TITLE.sub(cut, text)
    return sent, [replace(t, count=len(word_pattern(t.head).findall(sent))) for t in titles]


def join_titles(text: str, titles: list[Title], heads: Mapping[str, str],
                target: str) -> str | None:
    """The engine's ``text`` with each title's modifier written after its head.

    ``heads`` maps each head as written to the engine's translation of it alone.
    None when the head's translation does not come back as many times as the head
    was sent (the engine merged, dropped or reworded one): the caller translates
    the text another way.

    >>> join_titles("El secretario nuevo dijo.", [Title("secretary", "general", 0, 1)],
    ...             {"secretary": "secretario"}, "es")
    'El secretario general nuevo dijo.'
    >>> join_titles("O Secretário disse.", [Title("Secretary", "General-designate", 0, 1)],
    ...             {"Secretary": "Secretário"}, "pt")
    'O Secretário-Geral designado disse.'
    """
    lang = base(target)
    for title in titles:
        found = list(word_pattern(heads.get(title.head) or "\0").finditer(text))
        if len(found) != title.count:
            return None
        at = found[title.before].end()
        written = ""
        for part in _PART.findall(title.modifier):
            singular, plural = _MODIFIERS[part.casefold()][lang]
            word = plural if title.plural else singular
            joined = word.startswith("-")
            word = word.lstrip("-")
            if part[:1].isupper() and not re.search(r"[\s-]", word):
                word = word[:1].upper() + word[1:]
            written += f"{'-' if joined else ' '}{word}"
        text = f"{text[:at]}{written}{text[at:]}"
    return text


def word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, any case, after an engine's unknown-word mark too."""
    return re.compile(rf"(?<![^\W_])[*#@]?{re.escape(word)}(?![^\W_])", re.IGNORECASE)
