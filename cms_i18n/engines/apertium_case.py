"""The capital Apertium gives the word after a name it does not know, taken back.

Apertium's structural transfer writes the sentence's capital on its first chunk, and a
word the dictionary does not know ("Liu", "Zhang Ming", "Lukashenko") is no chunk: the
chunk after it, the verb, gets the capital (``^Verbcj<SV>…{^decir…}$`` out of the
first transfer stage; the post-chunk stage writes it "Dijo").  So "Liu said" comes out
"Liu Dijo", "Lukashenko is expected" "Lukashenko Está esperado", and in a chain the
next pair does it again to a name the first one kept ("Kremlin dice" → "Kremlin Il
dit").  It happens only at a sentence's start, and a comma after the names changes
nothing: "Rebecca Otengo, el representante …" came out "Rebecca Otengo, Le
représentant …", "Connolly, un antiguo …" "Connolly, Un antérieur …".

A step's input says where it happened: a sentence that opens with capitalised words,
a comma after them or not, and goes on with a lower-case word.  Where the step's
output opens a sentence with the same capitalised words, left as they were, and then
a capitalised word the input does not have, that word's capital is the engine's, and
is taken back.

Spanish post-generation does the opposite after a conjunction it rewrites ("y" →
"e" before an i sound, "o" → "u" before an o sound): "China and Iran" comes out
"China e irán", and Portuguese then reads the verb ("China e irão", they will go).
The capital is given back where the step's input had one (:func:`conjunction_case`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection

from cms_i18n.target_typography import SMALL_WORDS

# Where a sentence starts: the text's start, a line's, or after a full stop, a question
# or exclamation mark (and a closing quote or bracket).
_START = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[\"”»)]?[ \t]+)(?=\S)")
_MARK = "*#@"                     # Apertium's marks on unknown words and failed forms
_TOKEN = re.compile(r"\S+")


def _word(token: str) -> str:
    return token.lstrip(_MARK)


def _is_name(token: str) -> bool:
    """A capitalised word of letters ("Liu", "Zhang", "Al-Assad", "O'Neill")."""
    word = _word(token)
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]*", word)) and word[:1].isupper()


def _names_at(tokens: list[str]) -> list[str]:
    """The capitalised words ``tokens`` open with, up to and with the first one a comma
    closes ("Otengo," in "Rebecca Otengo, el …"), without their marks and comma."""
    names: list[str] = []
    for token in tokens:
        bare = token[:-1] if token.endswith(",") else token
        if not _is_name(bare):
            break
        names.append(_word(bare))
        if bare is not token:
            break
    return names


def _openings(text: str) -> set[tuple[str, ...]]:
    """The capitalised words that open a sentence of ``text`` and are followed by a
    lower-case word: ("Liu",) for "Liu said …", ("Zhang", "Ming") for "Zhang Ming
    added …", ("Rebecca", "Otengo") for "Rebecca Otengo, el representante …"."""
    found = set()
    for m in _START.finditer(text):
        tokens = text[m.end():m.end() + 200].split()
        names = _names_at(tokens)
        rest = tokens[len(names):]
        if rest[:1] == [","]:           # a comma the engine got apart (see .commas)
            rest = rest[1:]
        after = rest[0] if rest else ""
        if names and after[:1].islower():
            found.add(tuple(names))
    return found


def lower_after_names(source: str, output: str) -> str:
    """``output`` (one Apertium step's translation of ``source``) with the capital the
    engine put on the word after a sentence's opening names taken back.

    >>> lower_after_names("Liu said the draft failed.", "Liu Dijo el borrador falló.")
    'Liu dijo el borrador falló.'
    >>> lower_after_names("Kremlin dice que Putin informó.", "Kremlin Il dit que Poutine.")
    'Kremlin il dit que Poutine.'
    >>> lower_after_names("Xi Jinping met Putin.", "Xi Jinping Cumplió Putin.")
    'Xi Jinping cumplió Putin.'
    >>> lower_after_names("Liu met Zhang Ming.", "Liu Zhang Ming.")     # no new word
    'Liu Zhang Ming.'
    >>> lower_after_names("Connolly, un antiguo abogado, ganó.", "Connolly, Un antérieur.")
    'Connolly, un antérieur.'
    >>> lower_after_names("Connolly , un antiguo abogado", "Connolly , Un antérieur")
    'Connolly , un antérieur'
    """
    openings = _openings(source)
    if not openings:
        return output
    source_words = {_word(t).strip(".,;:!?\"”»)") for t in source.split()}
    # by their first word: each sentence of the output is read against the openings it
    # can be, not against all of them (a long text has as many as it has sentences)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for names in openings:
        by_first.setdefault(names[0], []).append(names)
    pieces: list[str] = []
    pos = 0
    for m in _START.finditer(output):
        tokens = list(_TOKEN.finditer(output, m.end(), m.end() + 300))
        first = _names_at([tokens[0].group()]) if tokens else []
        for names in by_first.get(first[0], ()) if first else ():
            n = len(names)
            if len(tokens) <= n or \
                    tuple(_names_at([t.group() for t in tokens[:n]])) != names:
                continue
            after = tokens[n]
            if after.group() == "," and len(tokens) > n + 1:
                after = tokens[n + 1]
            word = _word(after.group())
            bare = word.strip(".,;:!?\"”»)")
            if not bare[:1].isupper() or bare in source_words or \
                    (len(bare) > 1 and bare.isupper()):
                continue
            at = after.start() + len(after.group()) - len(word)
            pieces.append(output[pos:at])
            pieces.append(output[at].lower())
            pos = at + 1
            break
    pieces.append(output[pos:])
    return "".join(pieces)


# Spanish writes "y" as "e" before an i sound and "o" as "u" before an o sound; eng-spa's
# post-generation does it and writes the word after in lower case ("China e irán",
# "Omán u omán"), where es-pt then reads "irán" as the verb "ir" ("irão", they will go).
_SWAPPED_CONJUNCTION = re.compile(r"(?<![\w-])(?:[eE] (?=[hH]?[iíIÍ])|[uU] (?=[hH]?[oóOÓ]))"
                                  r"(?P<word>[^\W\d_][\w'’-]*)")
_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|or|y|e|o|u|&)\s+[*#@]?(?P<word>[^\W\d_][\w'’-]*)",
                          re.IGNORECASE)


def _initial(word: str) -> str:
    """A word's first letter without its accent or a silent h: "Hidalgo" → "i"."""
    word = word[1:] if word[:1] in "hH" and len(word) > 1 else word
    return unicodedata.normalize("NFD", word[:1].casefold())[:1]


def conjunction_case(source: str, output: str) -> str:
    """``output`` (one Apertium step's translation of ``source``) with the capital that
    Spanish post-generation took from the word after an "e" or a "u" given back
    where ``source``'s word after its conjunction, in the same order, had one.

    >>> conjunction_case("China and Iran, trade and industry, India or Oman.",
    ...                  "China e irán, comercio e industria, India u omán.")
    'China e Irán, comercio e industria, India u Omán.'
    >>> conjunction_case("The US and IRAN", "Los EE.UU. e iRÁN")
    'Los EE.UU. e IRÁN'
    """
    if not _SWAPPED_CONJUNCTION.search(output):
        return output
    followers = [m.group("word") for m in _CONJUNCTION.finditer(source)]
    taken = 0

    def capital(m: re.Match[str]) -> str:
        nonlocal taken
        word = m.group("word")
        for n in range(taken, len(followers)):
            if _initial(followers[n]) == _initial(word):
                taken = n + 1
                if followers[n][:1].isupper() and word[:1].islower():
                    return m.group()[:-len(word)] + word[:1].upper() + word[1:]
                break
        return m.group()

    return _SWAPPED_CONJUNCTION.sub(capital, output)


# French and Italian write a body's name with one capital, on its first word, and on
# the names inside it: "le Conseil de sécurité nationale de la Turquie", "la Cour
# suprême", "l'Assemblée générale", "il Consiglio di sicurezza nazionale", "la Corte
# suprema".  The Spanish pivot writes every word of such a name with a capital, as
# Spanish does ("Consejo de Seguridad Nacional"), and the next step keeps them: "Conseil
# de Sécurité Nationale", "Consiglio di Sicurezza Nazionale".  After one of these heads,
# the capitalised words that the language's own analyser reads only as common words
# are written in lower case, up to the first word that is not one (a name, an acronym,
# a word it does not know, a lower-case word) other than "of" and its articles.
BODY_HEADS = {
    "fr": ("Conseil", "Comité", "Commission", "Assemblée", "Cour", "Conférence", "Agence",
           "Structure"),
    "it": ("Consiglio", "Comitato", "Commissione", "Assemblea", "Corte", "Conferenza",
           "Agenzia", "Struttura"),
}
_OF = {
    "fr": r"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|et)",
    "it": r"(?:di|del|della|dello|dell['’]|dei|degli|delle|e)",
}


def _body_pattern(lang: str) -> re.Pattern[str]:
    heads = "|".join(BODY_HEADS[lang])
    return re.compile(rf"(?<![\w'’-])(?:{heads})(?P<rest>(?:\s+(?:{_OF[lang]}\s*)?"
                      r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*)+)")


def body_case(text: str, lang: str, common: Callable[[list[str]], set[str]]) -> str:
    """``text`` (an engine's output in ``lang``) with the words of a body's name after
    its head noun in lower case where ``common`` (which of the words the language's
    analyser reads only as common words) says they are no names; other languages'
    texts are returned as they are.

    >>> words = {"Sécurité", "Nationale", "Suprême", "Exécutif"}
    >>> body_case("Le Conseil de Sécurité Nationale de la Turquie et la Cour Suprême.",
    ...           "fr", lambda ws: words & set(ws))
    'Le Conseil de sécurité nationale de la Turquie et la Cour suprême.'
    >>> body_case("le Comité Exécutif de l'OCS Structure", "fr", lambda ws: words & set(ws))
    "le Comité exécutif de l'OCS Structure"
    >>> body_case("Consejo de Seguridad Nacional", "es", lambda ws: set(ws))
    'Consejo de Seguridad Nacional'
    """
    if lang not in BODY_HEADS:
        return text
    pattern = _body_pattern(lang)
    found = list(pattern.finditer(text))
    if not found:
        return text
    word = re.compile(rf"(?P<of>\s+(?:{_OF[lang]}\s*)?)(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)")
    asked = sorted({w.group("word") for m in found for w in word.finditer(m.group("rest"))})
    lower = common(asked)
    out, at = [], 0
    for m in found:
        rest_start = m.start("rest")
        out.append(text[at:rest_start])
        rest = m.group("rest")
        pieces = []
        for w in word.finditer(rest):
            if w.group("word") not in lower or w.group("word").isupper():
                pieces.append(rest[w.start():])
                break
            pieces.append(w.group("of") + w.group("word").lower())
        out.append("".join(pieces))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


# The offices a body's name spells in title case ("Council of Heads of State", "Heads of
# Government"): common nouns the dictionary reads wrongly with capitals ("State" as the
# adjective: "Jefes de Estatales", "Chefs de De l'État").
_OFFICES = re.compile(
    r"\b(?:Heads?|HEADS?) (?:of|OF) (?:States?|Governments?|STATES?|GOVERNMENTS?)\b")


def lower_offices(text: str) -> str:
    """``text`` with the offices a body's name spells in title case in lower case, as the
    engine reads them well ("el Consejo de la CEI de jefes de estado"); the length stays,
    so spans found in ``text`` still hold.

    >>> lower_offices("the CIS Council of Heads of State met")
    'the CIS Council of heads of state met'
    """
    return _OFFICES.sub(lambda m: m.group().lower(), text)


# An acronym that opens a sentence (after an opening quote or bracket, if any): the
# text's start, a line's, or after a stop, and then a word that is not in capitals (a
# heading in capitals is no such sentence).
_OPENING_ACRONYM = re.compile(r"[\"“«„‘'(\[]*(?P<acronym>[^\W\d_]{2,})"
                              r"(?=['’]s\b|[\s,:;]+[^\W\d_]*[a-z])")


def opening_acronyms(text: str) -> set[str]:
    """The acronyms that open a sentence of ``text`` and go on in small letters.

    >>> sorted(opening_acronyms("NATO air strikes hit. OSCE's monitors and the UN left."))
    ['NATO', 'OSCE']
    >>> opening_acronyms("“NATO’s strength allows us to defend,” he said.")
    {'NATO'}
    >>> opening_acronyms("NATO AIR STRIKES HIT")
    set()
    """
    found = set()
    for m in _START.finditer(text):
        word = _OPENING_ACRONYM.match(text, m.end())
        if word and word.group("acronym").isupper():
            found.add(word.group("acronym"))
    return found


def acronym_capitals(source: str, output: str, forms: dict[str, tuple[str, ...]]
                     ) -> tuple[str, list[str]]:
    """``output`` (one Apertium step's translation of ``source``) with the capitals given
    back to the acronyms of ``source`` that open a sentence, and one note per change.

    The step's transfer gives a sentence's first word's case to the chunk that comes
    first in its output and writes the words it moved in small letters: "NATO air
    strikes hit the city" came out "Los ataques aéreos de la otan …", which the
    pairs after eng-spa then did not know ("de l'otan", "da otan").  ``forms`` gives, per
    acronym, how the step writes it in mid-sentence (its capitals: "OTAN" for "NATO");
    where the output has one of them in other letters, and fewer times in capitals than
    the source has the acronym (the sentence's own word, written in mid-sentence, is in
    capitals already), it is written so.

    >>> acronym_capitals("NATO air strikes hit.", "Los ataques aéreos de la otan pegados.",
    ...                  {"NATO": ("OTAN",)})
    ('Los ataques aéreos de la OTAN pegados.', ["'otan' → 'OTAN'"])
    >>> acronym_capitals("The NATO summit.", "La cumbre de la otan.", {"NATO": ("OTAN",)})[0]
    'La cumbre de la otan.'
    >>> acronym_capitals("NATO Allies met across NATO.",
    ...                  "Aliados de la otan se reunieron a través de la OTAN.",
    ...                  {"NATO": ("OTAN",)})[0]
    'Aliados de la OTAN se reunieron a través de la OTAN.'
    """
    changed: list[str] = []
    for acronym in sorted(opening_acronyms(source)):
        times = len(re.findall(rf"(?<![\w'’-]){re.escape(acronym)}(?![\w-])", source))
        for form in forms.get(acronym, ()):
            if len(re.findall(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", output)) >= times:
                continue        # written in capitals: the sentence's own word, if any
            def capitals(m: re.Match[str], form: str = form) -> str:
                if m.group() != form:
                    changed.append(f"'{m.group()}' → '{form}'")
                return form

            output = re.sub(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", capitals, output,
                            flags=re.IGNORECASE)
    return output, list(dict.fromkeys(changed))


def capitals_in(text: str) -> tuple[str, ...]:
    """The words in capitals of a step's translation of an acronym in mid-sentence
    ("the NATO said"), but for articles and prepositions: ("OTAN",) for "La OTAN dijo".

    >>> capitals_in("La OTAN dijo"), capitals_in("El DE LA OTAN")
    (('OTAN',), ('OTAN',))
    """
    small = set(SMALL_WORDS.split("|"))
    return tuple(dict.fromkeys(w for w in re.findall(r"[^\W\d_]{2,}", text)
                               if w.isupper() and w not in small))


# A word of a headline: letters, with the apostrophe of a possessive or a contraction.
_HEADLINE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# The short words a headline in title case may leave in lower case (articles,
# conjunctions, short prepositions), as style books have it.
_HEADLINE_SMALL = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off",
    "on", "onto", "or", "out", "over", "per", "the", "to", "up", "via", "vs", "with"))


def title_case_headline(text: str) -> bool:
    """Whether ``text`` is a headline set in title case: one line, no sentence ended
    inside it, at least three words of four letters or more, and no word in lower case
    but a headline's short words (:data:`_HEADLINE_SMALL`) and a participle before "by"
    (the glossary writes "Talks, brokered by the Trumpet," for "UN-Brokered Talks").

    >>> title_case_headline("UN-Brokered Talks Resume In Geneva")
    True
    >>> title_case_headline("Talks, brokered by the Trumpet, Resume in Geneva")
    True
    >>> title_case_headline("The Security Council met in Moscow on Tuesday")
    False
    >>> title_case_headline("Leaders Meet. Talks Resume In Geneva Today")
    False
    >>> title_case_headline("SECURITY BRICKWALL FOR BRICS SUMMIT")
    False
    """
    text = text.strip()
    if "\n" in text or re.search(r"[.!?][\"”»)]?\s+\S", text):
        return False
    if not any(ch.islower() for ch in text):
        return False        # a heading in capitals: translated in capitals, as it is
    words = list(_HEADLINE_WORD.finditer(text))
    for m in words:
        word = m.group()
        if word[:1].islower() and word not in _HEADLINE_SMALL and \
                not text.startswith(" by ", m.end()):
            return False
    return sum(len(m.group()) >= 4 and m.group()[:1].isupper() for m in words) >= 3


# The head nouns of a body's name: the capitalised words before one name the body.
_BODY_NAME_HEADS = frozenset((
    "Council", "Organisation", "Organization", "Union", "Committee", "Commission", "Assembly",
    "Ministry", "Bank", "Fund", "Agency", "Court", "Parliament", "Association", "Institute",
    "University", "Forum", "Party", "Federation", "Alliance", "League", "Corporation",
    "Authority", "Secretariat", "Programme", "Program", "Office", "Board", "Coalition"))


def _body_names(text: str, words: list[re.Match[str]]) -> set[int]:
    """The indexes of ``words`` in a body's name: a head noun (:data:`_BODY_NAME_HEADS`)
    and the capitalised words right before it, more than one in all ("Gulf Cooperation
    Council"; not "Council" alone, nor "Of The" before it)."""
    named: set[int] = set()
    for n, m in enumerate(words):
        if m.group() not in _BODY_NAME_HEADS:
            continue
        run = [n]
        k = n - 1
        while k >= 0 and words[k].group()[:1].isupper() and \
                words[k].group().lower() not in _HEADLINE_SMALL and \
                text[words[k].end():words[k + 1].start()] == " ":
            run.append(k)
            k -= 1
        if len(run) > 1:
            named.update(run)
    return named


def sentence_case(text: str, common: Collection[str], given: Collection[str] = ()) -> str:
    """A title-case headline written as a sentence: each capitalised word after the first
    that the source language's analyser reads only as a common word (``common``) in lower
    case, and each it reads as a common word or a given name (``given``: "Will", "Said",
    "Hope") unless a name follows it ("Will Smith"); names, acronyms and words it does not
    know stay as they are.

    Spanish, French, Portuguese and Italian write a headline in sentence case, and the
    engine, given "Talks Resume In Geneva", writes each word's capital on its translation
    ("Charlas Resume En Geneva") and reads "Will" before a verb as a name.

    >>> sentence_case("UN-Brokered Talks Resume In Geneva", {"Brokered", "Talks", "In"})
    'UN-brokered talks Resume in Geneva'
    >>> sentence_case("Turkey Says It Will Join Talks", {"Says", "It", "Join", "Talks"},
    ...               {"Will"})
    'Turkey says it will join talks'
    >>> sentence_case("Will Smith Visits Moscow", {"Visits"}, {"Will"})
    'Will Smith visits Moscow'
    >>> sentence_case("Talks resume in Geneva", {"Talks"})
    'Talks resume in Geneva'

    A body's name keeps its capitals, a run of capitalised words up to its head noun:

    >>> sentence_case("Secretary General Of The Gulf Cooperation Council Visits Doha",
    ...               {"Secretary", "General", "Of", "The", "Gulf", "Cooperation", "Council",
    ...                "Visits"})
    'Secretary general of the Gulf Cooperation Council visits Doha'
    """
    if not (common or given) or not title_case_headline(text):
        return text
    words = list(_HEADLINE_WORD.finditer(text))
    named = _body_names(text, words)
    out, at = [], 0
    for n, m in enumerate(words):
        word = m.group()
        lower = n > 0 and n not in named and len(word[:1].lower()) == 1 and (word in common or (
            word in given and not (n + 1 < len(words) and words[n + 1].group()[:1].isupper()
                                   and words[n + 1].group() not in common)))
        out.append(text[at:m.start()] + (word[:1].lower() + word[1:] if lower else word))
        at = m.end()
    return "".join(out) + text[at:]
