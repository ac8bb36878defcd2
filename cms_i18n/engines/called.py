""""So-called" and "southeast" as nouns, which English–Spanish Apertium misreads.

Apertium reads "so-called" as "so", a hyphen and "called", and its transfer rules then
move the words apart: "the so-called red line" came out "el tan-línea roja llamada",
"a so-called peace plan" "un tan-plan de paz llamada", "so-called experts" "tan-llamó
expertos", and a later step of a chain carried it on.  Spanish writes "la llamada línea
roja", "el llamado Sur Global".

The English step gets "aforementioned" in its place, a word the engine knows whole and
agrees with its noun ("la línea roja antedicha", "un plan de paz antedicho", "los
expertos antedichos"); its "antedicho" is then written "llamado", in the same gender
and number, right after the determiner of its noun phrase ("la llamada línea roja"),
or as "así llamado" where it stands after a longer phrase ("la reforma del Consejo de
Seguridad así llamada").  A text that itself says "aforementioned" is sent as it is.

"Southeast" as a noun is sent so too.  The English dictionary knows it only as an
adverb, so the tagger read the clitic before it as "is": "Ukraine's southeast was
shelled" came out "Ucrania es al sureste estuvo pelado", "the southeast of Ukraine"
"el al sureste de Ucrania".  After a possessive or a determiner it is sent as
"southwest", which the dictionary knows as a noun ("el suroeste de Ucrania"), and
its "suroeste" is written "sureste"; a text that says "southwest" itself is sent as
it is, and "southeast of Kyiv" (the adverb) and "Southeast Asia" are left alone.
"""

from __future__ import annotations

import re

# also as the engine is sent hyphenated compounds, spaced out (see :mod:`.compounds`)
_SO_CALLED = re.compile(r"(?<![\w-])(so)(?:[-‐‑ ]|\s[–-]\s)(called)(?![\w-])", re.IGNORECASE)
_STAND_IN = "aforementioned"
_GENUINE = re.compile(rf"(?<![\w-]){_STAND_IN}(?![\w-])", re.IGNORECASE)
# "Southeast" as a noun: after a possessive or a determiner, as the engine is sent
# hyphenated compounds too ("south - east", see :mod:`.compounds`).
_SOUTHEAST = re.compile(r"(?<![\w-])(?P<owner>[^\W\d_]+['’]s?|the|its|their|our|his|her)"
                        r"(?P<gap>\s+)south(?:[-‐‑ ]|\s[–-]\s)?east(?![\w-])")
_SOUTHWEST = re.compile(r"southwest|south[-‐‑ –]+west|suroeste", re.IGNORECASE)
_SUROESTE = re.compile(r"(?<![\w-])([Ss])uroeste(?![\w-])")
# Determiners a noun phrase opens with; "llamado" goes right after one.
_DETERMINERS = r"el|la|los|las|un|una|unos|unas|este|esta|estos|estas|ese|esa|esos|esas"
# Words that open another noun phrase inside the first: the adjective is not moved
# across one ("la reforma del Consejo …").
_INNER = frozenset({*_DETERMINERS.split("|"), "del", "al", "y", "o", "que", "con", "en"})
_CALLED = re.compile(rf"(?<![\w-])(?:(?P<det>{_DETERMINERS})\s+(?P<phrase>(?:[\"“«]?[^\W_]+\s+)"
                     r"{1,4}?))?(?P<open>[\"“«])?(?P<word>antedich(?P<end>[oa]s?))(?![\w-])"
                     r"(?P<close>(?(open)[\"”»]|))", re.IGNORECASE)


def disguised(text: str) -> tuple[str, bool]:
    """``text`` with "so-called" as the word the engine translates whole, and whether it
    changed; a text that says "aforementioned" itself is left as it is.

    >>> disguised("the so-called red line, So – called experts")
    ('the aforementioned red line, Aforementioned experts', True)
    >>> disguised("the aforementioned so-called plan")
    ('the aforementioned so-called plan', False)
    >>> disguised("Ukraine's southeast, the south-east, 50 km southeast of Kyiv")
    ("Ukraine's southwest, the southwest, 50 km southeast of Kyiv", True)
    """
    so_called = _so_called(text)
    southeast = _southeast(text)
    if not so_called and not southeast:
        return text, False
    if southeast:
        text = _SOUTHEAST.sub(r"\g<owner>\g<gap>southwest", text)
    if not so_called:
        return text, True

    def stand_in(m: re.Match[str]) -> str:
        so = m.group(1)
        if so.isupper() and m.group(2).isupper():
            return _STAND_IN.upper()
        return _STAND_IN.capitalize() if so[:1].isupper() else _STAND_IN

    return _SO_CALLED.sub(stand_in, text), True


def _so_called(text: str) -> bool:
    """Whether :func:`disguised` sends "so-called" in ``text`` as another word."""
    return bool(_SO_CALLED.search(text)) and not _GENUINE.search(text)


def _southeast(text: str) -> bool:
    """Whether :func:`disguised` sends "southeast" in ``text`` as "southwest"."""
    return bool(_SOUTHEAST.search(text)) and not _SOUTHWEST.search(text)


def restored(source: str, output: str) -> tuple[str, list[str]]:
    """``output`` (the English step's Spanish for ``source``, sent as :func:`disguised`
    wrote it) with each word sent in another's place written as what ``source`` said,
    and a note for each "so-called".

    >>> restored("Ukraine's southeast was shelled.", "El suroeste de Ucrania fue.")
    ('El sureste de Ucrania fue.', [])
    >>> restored("Ukraine's southwest and the so-called plan.",
    ...              "El suroeste de Ucrania y el plan antedicho.")[0]
    'El suroeste de Ucrania y el llamado plan.'
    """
    notes: list[str] = []
    if _so_called(source):
        output, notes = called(output)
    if _southeast(source):
        output = _SUROESTE.sub(r"\1ureste", output)
    return output, notes


def called(output: str) -> tuple[str, list[str]]:
    """``output`` (the English step's Spanish for a text :func:`disguised` changed) with
    each "antedicho" written as "llamado", and a note for each.

    >>> called("Describió la línea roja antedicha otra vez.")
    ('Describió la llamada línea roja otra vez.', ["'so-called' → 'la llamada'"])
    >>> called('Es el Sur Global "antedicho".')[0]
    'Es el llamado "Sur Global".'
    >>> called("Los expertos antedichos discrepan. Un plan de paz antedicho.")[0]
    'Los llamados expertos discrepan. Un llamado plan de paz.'
    >>> called('Describió la línea "roja antedicha" y el Artículo 5 antedicho.')[0]
    'Describió la llamada línea "roja" y el llamado Artículo 5.'
    >>> called("La reforma del Consejo de Seguridad antedicha paró.")[0]
    'La reforma del Consejo de Seguridad así llamada paró.'
    """
    notes: list[str] = []

    def write(m: re.Match[str]) -> str:
        word = m.group("word")
        llamado = "llamad" + m.group("end").lower()
        if word.isupper():
            llamado = llamado.upper()
        det, phrase = m.group("det"), m.group("phrase")
        if det is not None and phrase is not None and \
                not any(w.lower() in _INNER for w in phrase.split()):
            # the marks the engine moved onto the word go back round the phrase
            opening, closing = m.group("open") or "", m.group("close") or ""
            new = f"{det} {llamado} {opening}{phrase.rstrip()}{closing}"
            notes.append(f"'so-called' → '{det} {llamado}'")
        else:
            start = m.start("word") - m.start()
            written = ("ASÍ " if word.isupper() else "así ") + llamado
            new = m.group()[:start] + written + m.group()[m.end("word") - m.start():]
            notes.append(f"'so-called' → '{written}'")
        return new

    return _CALLED.sub(write, output), notes
