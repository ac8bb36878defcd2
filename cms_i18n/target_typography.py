"""Target-language typography that machine output gets certainly wrong, repaired.

Apertium copies English punctuation habits into every language and leaves
blanks where it drops a word: "¿" and "¡" never open a Spanish question,
French gets no space before ``; : ! ?``, a dropped pronoun leaves
``" ganaremos."``, and a word it cannot place leaves ``trompeta .``.  Only
what is wrong in every register of the language is touched; anything that
could be a choice (quote style, « » versus " ") is left to the editor.  Each
kind of repair made is reported, so the catalogue entry can say so (``#.``).

Runs on machine output before markup placeholders are put back, so tags and
URLs are never inspected; a ``?`` inside a word or followed by a letter
(``a?b=1``) is not punctuation and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cms_i18n.languages import base

# U+202F NARROW NO-BREAK SPACE before ; ! ? and U+00A0 NO-BREAK SPACE before :
# (Imprimerie nationale); Canadian French uses none before ; ! ? (OQLF).
NNBSP = "\u202f"
NBSP = "\u00a0"

_SPACE_BEFORE_STOP = re.compile(r"(?<=[^\W_])[ \t]+(?=[.,](?:\s|$|[\"”»)]))")
_SPACE_IN_BRACKETS = re.compile(r"\([ \t]+|[ \t]+\)")
_DOUBLED_STOP = re.compile(r"(?<![.\w])((?:[^\W\d_]{1,4}\.){1,3})\.(?!\.)")
_CURLY_INSIDE = re.compile(r"([“‘«])[ \t]+|[ \t]+([”’»])")
_FRENCH_PUNCT = re.compile(r"(?<=[^\s\d])[ \t\u00a0\u202f]*([;:!?])(?=\s|$|[\"”»)])")
_FRENCH_GUILLEMETS = re.compile(r"«[ \t\u00a0\u202f]*|[ \t\u00a0\u202f]*»")
_SENTENCE = re.compile(r".*?[.!?]+(?=\s|$|[\"”»)])", re.DOTALL)


def repair(text: str, source: str, lang: str, source_lang: str = ""
           ) -> tuple[str, tuple[str, ...]]:
    """``text`` (a machine translation of ``source`` into ``lang``) with its typography fixed.

    Returns the repaired text and one note per kind of repair made.  Given the
    source's language, figures the engine copied in its style are written in
    ``lang``'s (:mod:`cms_i18n.target_numbers`), and the note names each one.

    >>> repair("Dónde está la casa? Nadie sabe!", "Where is the house? Nobody knows!", "es")[0]
    '¿Dónde está la casa? ¡Nadie sabe!'
    >>> repair('Dijo: " ganaremos ."', 'He said: "We will win."', "es")[0]
    'Dijo: "ganaremos."'
    """
    notes: list[str] = []
    lang_base = base(lang)

    def step(name: str, fix: Callable[[str], str]) -> None:
        nonlocal text
        fixed = fix(text)
        if fixed != text:
            notes.append(f"typography: {name}")
            text = fixed

    if source_lang:
        # Imported here: the catalogue package, which reads numbers, imports this module.
        from cms_i18n.catalog.numbers import convention
        from cms_i18n.target_numbers import restyle_numbers

        text, figures = restyle_numbers(text, source, source_lang, lang)
        if figures:
            known = convention(lang)
            notes.append(f"typography: numbers as {known.name if known else lang} writes them: "
                         + ", ".join(f"{was} → {now}" for was, now in figures))
    step("an approximate figure stays approximate (~)", lambda t: _approximate(t, source))
    step("space before a stop or comma removed", _no_space_before_stop)
    step("stray space inside quotes or brackets removed", _no_space_inside)
    step("doubled stop after an abbreviation", lambda t: _DOUBLED_STOP.sub(r"\1", t))
    text = _small_words_before_acronyms(text, source, notes)
    step("sentence starts with a capital as in the source", lambda t: _capitalise(t, source))
    step("final stop kept as in the source", lambda t: _final_stop(t, source))
    step("a heading in capitals stays in capitals", lambda t: _capitals(t, source))
    if lang_base == "es":
        step("¿ and ¡ open questions and exclamations", _spanish_openers)
    elif lang_base == "fr":
        step("no-break space before ; : ! ?" if lang != "fr-CA" else "no-break space before :",
             lambda t: _french_spacing(t, canadian=lang == "fr-CA", lang=lang))
    if lang_base in _NEGATIONS:
        step("a negation the engine put before a quotation put back inside it",
             lambda t: _negation_in_quotation(t, source, lang_base))
    step("apostrophes in another script's words kept as in the source",
         lambda t: _foreign_apostrophes(t, source, lang))
    return text, tuple(notes)


def _approximate(text: str, source: str) -> str:
    """A figure the source marks as approximate ("Belarus ~ 500") keeps its sign where
    the engine dropped it ("Belarús 500" would read as an exact count).  A figure the
    translation already gives as approximate, by a sign or a word ("unos 500"), is
    left alone; a figure the source holds more or fewer times than the translation
    is left alone too, since which copy is the approximate one is unsure.

    >>> _approximate("- Belarús 500, Rusia 3000, Armenia 70",
    ...              "- Belarus ~ 500, Russia ≈3,000, Armenia 70")
    '- Belarús ~ 500, Rusia ≈3000, Armenia 70'
    >>> _approximate("Unos 500 soldados", "~500 soldiers")
    'Unos 500 soldados'
    """
    from cms_i18n.catalog.numbers import NUMBER, approximate_figures, digits, said_approximate

    # Each figure by its digits: the signs of its copies in the source, in order
    # (None for a copy given as exact), paired with its copies in the translation
    # only when both hold as many, so that no exact figure gets a sign.
    marked = {m.start(): sign for m, sign in approximate_figures(source)}
    if not marked:
        return text
    in_source: dict[str, list[str | None]] = {}
    for match in NUMBER.finditer(source):
        in_source.setdefault(digits(match.group(0)), []).append(marked.get(match.start()))
    in_text: dict[str, list[re.Match[str]]] = {}
    for match in NUMBER.finditer(text):
        in_text.setdefault(digits(match.group(0)), []).append(match)
    missing: list[tuple[re.Match[str], str]] = []
    for figure, signs in in_source.items():
        copies = in_text.get(figure, [])
        if len(copies) != len(signs):
            continue
        missing += [(match, sign) for match, sign in zip(copies, signs, strict=True)
                    if sign is not None and not said_approximate(text, match)]
    missing.sort(key=lambda pair: pair[0].start())
    for match, sign in reversed(missing):
        text = text[:match.start()] + sign + text[match.start():]
    return text


# Prepositions and articles of the languages Apertium writes, in capitals, as it
# writes them before an acronym ("DE LA OTAN", "DE L'OTAN", "DA NATO", "DELLA NATO").
SMALL_WORDS = (
    "DE|DEL|DELS|LA|LAS|LES|EL|ELS|LOS|AL|ALS|A|EN|POR|PARA|CON|Y|DU|DES|LE|À|AU|AUX|PAR"
    "|POUR|ET|DA|DO|DAS|DOS|NA|NO|NAS|NOS|O|AS|OS|EM|COM|E|PER|AMB|I|DI|DELLA|DELLO|DEI"
    "|DEGLI|DELLE|IL|LO|GLI|ALLA|IN")
_SMALL_WORDS_BEFORE_ACRONYM = re.compile(
    rf"(?<![\w'’])((?:(?:{SMALL_WORDS})[ \t]+|[LD]['’])+)"
    r"(?=[^\W\d_]{2,}(?![\w'’]))")


_LETTERS = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
# How far back the word before a match is sought: a stretch, not the whole text before it.
_NEAR = 80


def _small_words_before_acronyms(text: str, source: str, notes: list[str]) -> str:
    """Prepositions and articles before an acronym in lower case, as the source writes
    its words: Apertium writes them in the acronym's capitals ("NATO air strikes" →
    "ataques aéreos DE LA OTAN", "DE L'OTAN").  A heading in capitals is left as it is,
    and so are a word the source itself writes in capitals and words after one in
    capitals ("CUMBRE DE LA OTAN"); each repair is noted.

    >>> notes = []
    >>> _small_words_before_acronyms("Ataques aéreos DE LA OTAN.", "NATO air strikes.", notes)
    'Ataques aéreos de la OTAN.'
    >>> notes
    ['typography: words before an acronym in lower case: DE LA OTAN → de la OTAN']
    """
    if in_capitals(source):
        return text
    in_source = set(re.findall(r"[^\W\d_]+", source))
    done: list[str] = []

    def lower(m: re.Match[str]) -> str:
        run = m.group(1)
        words = re.findall(r"[^\W\d_]+", run)
        acronym = _LETTERS.match(text, m.end())
        before = _LAST_WORD.search(text, max(0, m.start() - _NEAR), m.start())
        if (acronym is None or not acronym.group(0).isupper()
                or (before is not None and len(before.group(1)) > 1
                    and before.group(1).isupper())
                or not any(len(w) > 1 for w in words) or any(w in in_source for w in words)):
            return run
        done.append(f"{run}{acronym.group(0)} → {run.lower()}{acronym.group(0)}")
        return run.lower()

    text = _SMALL_WORDS_BEFORE_ACRONYM.sub(lower, text)
    if done:
        notes.append("typography: words before an acronym in lower case: "
                     + ", ".join(dict.fromkeys(done)))
    return text


# A quotation that opens with the negation in the source: 'is "not a military alliance"'.
_QUOTED_NOT = re.compile(r"[\"“«]\s?not\b", re.IGNORECASE)
# The languages whose negation is one word before the verb, and that word.
_NEGATIONS = {"es": "no", "ca": "no", "gl": "non", "pt": "não", "it": "non", "fr": "ne"}


def _negation_in_quotation(text: str, source: str, lang: str) -> str:
    r"""The negation back inside the quotation it opens in the source.

    The engine puts the negation before the verb and leaves the quotation mark on
    the verb: 'The SCO is "not a military alliance"' gave 'La OCS no "es una alianza
    militar"', a quotation the speaker never made.  Only as many as the source has
    quotations opening with "not" are moved.

    >>> _negation_in_quotation('La OCS no "es una alianza militar," dijo.',
    ...                        'The SCO is "not a military alliance," he said.', "es")
    'La OCS "no es una alianza militar," dijo.'
    >>> _negation_in_quotation('L\'OCS ne "est pas une alliance," il a dit.',
    ...                        'The SCO is "not an alliance," he said.', "fr")
    'L\'OCS "n\'est pas une alliance," il a dit.'
    >>> _negation_in_quotation('No "es" eso, dijo "no".', 'It is not "it", he said "no".', "es")
    'No "es" eso, dijo "no".'
    """
    quoted = len(_QUOTED_NOT.findall(source))
    if not quoted:
        return text
    word = _NEGATIONS[lang]
    pattern = re.compile(rf"(?<![^\W_])({word}) ([\"“«])(?=[^\W\d_])", re.IGNORECASE)

    def inside(m: re.Match[str]) -> str:
        negation, mark = m.group(1), m.group(2)
        after = text[m.end():m.end() + 1]
        if lang == "fr" and after.casefold() in "aeiouyhéèêâîôû":
            return f"{mark}{negation[0]}'"          # ne "est" → "n'est"
        return f"{mark}{negation} "

    return pattern.sub(inside, text, count=quoted)


def _foreign(ch: str, lang: str) -> bool:
    """Is ``ch`` a letter of a script ``lang`` is not written in (Cyrillic, Greek in
    French)?  Typography of ``lang`` never touches such text."""
    if not ch.isalpha():
        return False
    from cms_i18n.as_written import letters_by_script, scripts_of_language

    own = scripts_of_language(lang)
    return bool(own) and not set(letters_by_script(ch)) <= own


_APOSTROPHE_WORD = re.compile(r"[^\W\d_]*’[^\W\d_]*")


def _foreign_apostrophes(text: str, source: str, lang: str) -> str:
    """Words of another script written with ’ in the source keep it where the engine
    made it straight (Greek "σ’ έδωσε" stays, never "σ' έδωσε")."""
    if "’" not in source:
        return text
    for word in set(_APOSTROPHE_WORD.findall(source)):
        if any(_foreign(ch, lang) for ch in word):
            straight = word.replace("’", "'")
            text = re.sub(rf"(?<!\w){re.escape(straight)}(?!\w)", word, text)
    return text


def _no_space_before_stop(text: str) -> str:
    return _SPACE_BEFORE_STOP.sub("", text)


def _no_space_inside(text: str) -> str:
    text = _SPACE_IN_BRACKETS.sub(lambda m: m.group(0).strip(" \t"), text)
    text = _CURLY_INSIDE.sub(lambda m: m.group(1) or m.group(2), text)
    return _straight_quotes(text)


def _straight_quotes(text: str) -> str:
    """Close up blanks just inside paired straight double quotes: ``" texto "`` → ``"texto"``."""
    parts = text.split('"')
    if len(parts) % 2 == 0:         # unpaired: which side a blank is on is unknown
        return text
    for i in range(1, len(parts), 2):
        inner = parts[i]
        if inner.strip():
            parts[i] = inner.strip(" \t")
    return '"'.join(parts)


def _capitalise(text: str, source: str) -> str:
    r"""A unit whose source starts with a capital starts with one: "l'Inde" → "L'Inde";
    so does each line of a unit of several lines, when the translation has as many (a
    headline among a page's last lines: "el Consejo de Seguridad falla" → "El …").

    >>> _capitalise("Fuente: Xinhua\nel Consejo falla", "Source: Xinhua\nUN Council fails")
    'Fuente: Xinhua\nEl Consejo falla'
    """
    lines, sources = text.split("\n"), source.split("\n")
    if len(lines) > 1 and len(lines) == len(sources):
        return "\n".join(_capitalise(line, src) for line, src in zip(lines, sources,
                                                                     strict=True))
    src = source.lstrip()
    stripped = text.lstrip()
    if not src[:1].isupper() or not stripped[:1].islower():
        return text
    lead = text[: len(text) - len(stripped)]
    return lead + stripped[0].upper() + stripped[1:]


def _capitals(text: str, source: str) -> str:
    """A heading written in capitals ("SECURITY COUNCIL MEETS") is translated in capitals.

    Engines and glossary terms write it in mixed case ("CONSEJO de seguridad");
    the accents stay (RESOLUCIÓN), as Spanish, French and Portuguese write them.
    A lone acronym is not a heading.

    >>> _capitals("El Consejo de Seguridad ADOPTA RESOLUCIÓN",
    ...           "UN SECURITY COUNCIL ADOPTS RESOLUTION")
    'EL CONSEJO DE SEGURIDAD ADOPTA RESOLUCIÓN'
    """
    return text.upper() if in_capitals(source) else text


def in_capitals(text: str) -> bool:
    """Is ``text`` written in capitals, as a heading may be (two words or more)?

    >>> in_capitals("SECURITY COUNCIL"), in_capitals("NATO"), in_capitals("The SCO met")
    (True, False, False)
    """
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


# One character for each typographic variant of the same mark, so a name compares equal
# however it is set: the apostrophe an editor's keyboard or a CMS's smart quotes give
# ("l’ONU" for "l'ONU"), curly or angle quotes, the no-break and thin spaces French
# sets before its marks, every kind of hyphen and dash, and Russian's ё, which print
# mostly writes е ("Организация Объединенных Наций", un.org/ru).  One character for
# one, so positions in the folded text are positions in the text as written.
_SAME_MARK = str.maketrans({
    "\u0451": "\u0435", "\u0401": "\u0415",
    **dict.fromkeys("\u2019\u2018\u02bc\u2032\u00b4\u0060\u201b", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033", '"'),
    **dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
})


def typographic_fold(text: str) -> str:
    """``text`` with each typographic variant of a mark written as the plain one, the
    same length: what a glossary name is compared by.

    >>> typographic_fold("Conseil de sécurité de l’ONU"), typographic_fold("«\u00a0OCS\u00a0»")
    ("Conseil de sécurité de l'ONU", '" OCS "')
    >>> typographic_fold("государств — членов ШОС")
    'государств - членов ШОС'
    """
    return text.translate(_SAME_MARK)


def _final_stop(text: str, source: str) -> str:
    """A unit whose source ends a sentence with a full stop keeps one ("nos EUA" → "nos EUA.")."""
    src = source.rstrip()
    body = text.rstrip()
    if not src.endswith(".") or src.endswith("..") or not body[-1:].isalnum():
        return text
    return body + "." + text[len(body):]


def _spanish_openers(text: str) -> str:
    """Open every Spanish question with ¿ and exclamation with ¡ where the engine did not.

    >>> _spanish_openers("Serán expertos el domingo! jajaja\\nSer valiente! Quieres!")
    '¡Serán expertos el domingo! jajaja\\n¡Ser valiente! ¡Quieres!'
    """
    out: list[str] = []
    pos = 0
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        out.append(text[pos:m.start()])
        pos = m.end()
        end = sentence.rstrip()[-1]
        opener = {"?": "¿", "!": "¡"}.get(end)
        if opener is None or opener in sentence:
            out.append(sentence)
            continue
        # The question starts after the last opening quote or colon inside the
        # sentence ('Preguntó: "Por qué?"'), or line break before a capital (a line that
        # ends with no stop, a heading's or a laugh's, over "Ser valiente!"), else at its
        # first letter.
        starts = [i + 1 for i, ch in enumerate(sentence[:-1]) if ch in "\"“«(:"
                  or (ch == "\n" and sentence[i + 1].isupper())]
        at = starts[-1] if starts else 0
        while at < len(sentence) and sentence[at] in " \t\n":
            at += 1
        out.append(sentence[:at] + opener + sentence[at:])
    out.append(text[pos:])
    return "".join(out)


def _french_spacing(text: str, canadian: bool, lang: str = "fr") -> str:
    """French spaces before ``; : ! ?`` and inside « », except beside words in another
    script ("«угрозы»" keeps its Russian typography)."""
    def space(m: re.Match[str]) -> str:
        mark = m.group(1)
        if _foreign(text[m.start() - 1], lang):
            return m.group(0)
        if mark == ":":
            return NBSP + mark
        return mark if canadian else NNBSP + mark

    def guillemet(m: re.Match[str]) -> str:
        opening = "«" in m.group(0)
        beside = text[m.end():m.end() + 1] if opening else text[m.start() - 1:m.start()]
        if beside and _foreign(beside, lang):
            return m.group(0)
        return "«" + NBSP if opening else NBSP + "»"

    text = _FRENCH_PUNCT.sub(space, text)
    return _FRENCH_GUILLEMETS.sub(guillemet, text)
