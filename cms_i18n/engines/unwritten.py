"""Words an Apertium generator could not write, which must never reach an editor as words.

When a pair's generator cannot inflect what transfer gave it, it writes the bare lemma
behind a ``#`` mark, and with marks off (the default) only the lemma: English–Spanish
has no form for "ourselves" as a clitic, and "we commit ourselves" came out "#prpers
cometemos", shown as "Prpers cometemos"; es-fr then listed "prpers" as a Spanish word
it did not know.  "prpers" is Apertium's name for a personal pronoun, a word in no
language.

Where the source tells which pronoun it was, and the target writes it as one clitic
before the verb, it is written so ("nos cometemos"); a reflexive *cometer* is then
*comprometerse*, which the dictionary lacks ("nos comprometemos", "se comprometen").
Anywhere else the lemma is left out, and a note says so.
"""

from __future__ import annotations

import re

from cms_i18n.languages import base

# Apertium's lemmas that are no word of any language, with a mark or without.
_LEMMA = re.compile(r"#?(?<![\w-])prpers(?![\w-])[ \t]?", re.IGNORECASE)
# Per target language, the clitic of each English reflexive pronoun the generator fails on.
_CLITICS = {"es": {"ourselves": "nos", "yourselves": "os"}}
_REFLEXIVES = re.compile(r"(?<![\w-])(ourselves|yourselves)(?![\w-])", re.IGNORECASE)
# "commit oneself": Spanish *comprometerse*; the engine's *cometer* is a crime's.
_COMMIT = re.compile(r"(?<![\w-])commit(?:s|ted|ting)?[ \t]+(?:ourselves|yourselves|"
                     r"themselves|myself|yourself|himself|herself|itself)(?![\w-])",
                     re.IGNORECASE)
_COMETER = re.compile(r"(?<![\w-])(nos|os|se|me|te)[ \t]+([Cc])omet(?=[^\W\d_])", re.IGNORECASE)


def unwritten(source: str, out: str, target: str) -> tuple[str, list[str]]:
    """``out`` (a step's translation of ``source``) with each lemma its generator could
    not write as the pronoun ``source`` says it was, or left out; a note for each.

    >>> unwritten("We commit ourselves to peace.", "Prpers cometemos a paz.", "es")
    ('Nos comprometemos a paz.', ["pronoun: 'ourselves' written 'nos'"])
    >>> unwritten("We defend ourselves.", "#Prpers Defendemos.", "gl")
    ('Defendemos.', ["pronoun: the engine could not write 'ourselves'; left out"])
    >>> unwritten("They commit themselves.", "se cometen.", "es")
    ('se comprometen.', [])
    """
    out, notes = _pronouns(source, out, target)
    if base(target) == "es" and _COMMIT.search(source):
        out = _COMETER.sub(lambda m: f"{m.group(1)} {m.group(2)}ompromet", out)
    return out, notes


def _pronouns(source: str, out: str, target: str) -> tuple[str, list[str]]:
    """``out`` with each lemma of :data:`_LEMMA` written as a clitic or left out."""
    found = list(_LEMMA.finditer(out))
    if not found:
        return out, []
    pronouns = [m.group(1).lower() for m in _REFLEXIVES.finditer(source)]
    clitics = _CLITICS.get(base(target), {})
    known = len(pronouns) == len(found) and all(p in clitics for p in pronouns)
    notes: list[str] = []
    pieces: list[str] = []
    at = 0
    for n, m in enumerate(found):
        pieces.append(out[at:m.start()])
        at = m.end()
        lemma = m.group().lstrip("#").strip()
        said = f"'{pronouns[n]}'" if n < len(pronouns) else "a pronoun"
        if known:
            clitic = clitics[pronouns[n]]
            pieces.append((clitic.capitalize() if lemma[:1].isupper() else clitic)
                          + m.group()[len(m.group().rstrip()):])
            notes.append(f"pronoun: {said} written '{clitic}'")
            continue
        notes.append(f"pronoun: the engine could not write {said}; left out")
        if lemma[:1].isupper() and out[at:at + 1].islower():
            pieces.append(out[at].upper())
            at += 1
    pieces.append(out[at:])
    return "".join(pieces), notes
