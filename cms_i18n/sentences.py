"""Offline, rule-based sentence splitting (English first).

Neural translation models are trained on single sentences: a paragraph sent
whole is translated worse and, past the model's input limit, silently cut.
Argos Translate splits with Stanza, spaCy or MiniSBD models that it downloads
at translate time; this module needs no data file and no network, which is what
a nightly offline run needs.  It knows the abbreviations of news English
(titles, initials, months, company suffixes) and a few of the other source
languages the product may meet, and keeps the exact text between sentences so
that a translation can be put back together with the same spacing and line
breaks.

>>> split_sentences("Mr. Shoigu met Dr. Lee in Moscow. Talks went well!")
['Mr. Shoigu met Dr. Lee in Moscow.', 'Talks went well!']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cms_i18n.languages import base

__all__ = ["Span", "line_pieces", "record_pieces", "sentence_spans", "sentence_text",
           "split_sentences"]

# Abbreviations after which a period never ends a sentence: they come before
# a name ("Gen. Smith", "Sr. López") or are Latin connectives ("e.g.").
_NEVER_FINAL = {
    "en": {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr",
        "sgt", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "vs",
        "v", "cf", "e.g", "i.e", "viz", "al", "dept",
    },
    "es": {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "ud", "uds", "av", "avda",
           "p.ej"},
    "fr": {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av", "bd",
           "p.ex", "cf"},
    "de": {"hr", "fr", "dr", "prof", "bzw", "vgl", "z.b", "d.h", "u.a", "str"},
    "ru": {"т.е", "им", "ул"},
    "pt": {"sr", "sra", "dr", "dra", "av", "p.ex"},
}

# Abbreviations that stand before a number ("No. 5", "Jan. 26", "p. 12"): no
# break when a digit follows, the usual rules otherwise ("He said no. Then …").
_BEFORE_NUMBER = {
    "no", "nos", "nr", "núm", "nº", "vol", "vols", "fig", "figs", "art", "sec", "ch", "p",
    "pp", "pág", "s", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "approx", "aprox", "ca", "env", "tel", "ext", "est", "г", "гг",
    "стр", "см", "с", "тыс", "млн", "млрд",
}

# Abbreviations that may end a sentence ("… at Acme Inc. The company said …"):
# a break happens only when the next word is a usual sentence opener.
_SOMETIMES_FINAL = {
    "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "etc", "bros", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "usw", "т.д", "т.п", "др",
}

_OPENERS = {
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
    "their", "our", "this", "that", "these", "those", "there", "but", "and", "or", "so",
    "yet", "in", "on", "at", "for", "from", "by", "with", "after", "before", "when",
    "while", "if", "as", "since", "although", "however", "meanwhile", "then", "now",
    "some", "many", "most", "all", "no", "not", "one", "two", "three", "what", "who",
    "why", "how", "where", "officials", "analysts",
}

# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
_END = re.compile(
    r"""(?P<term>[.!?…]+|[。！？]+)   # terminal punctuation (CJK needs no space after)
        (?P<close>[\"'”’»)\]]*)       # closing quotes and brackets stay with the sentence
        (?P<space>\s*)""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.\-']+)$")
_LEAD_IN = re.compile(r"""^(?:\{[^{}\s]*\}|<[^<>]*>|[\s"'“‘«(\[¿¡])*""")


@dataclass(frozen=True)
class Span:
    """One sentence: ``text[start:end]``, without surrounding whitespace."""

    start: int
    end: int


def split_sentences(text: str, lang: str = "en", *, max_chars: int = 1000) -> list[str]:
    """The sentences of ``text``; each line is split on its own.

    >>> split_sentences("Prices rose 3.5 percent. Unemployment fell.")
    ['Prices rose 3.5 percent.', 'Unemployment fell.']
    >>> split_sentences("He said: “No.” Then he left.")
    ['He said: “No.”', 'Then he left.']
    >>> split_sentences("First line\\nsecond line")
    ['First line', 'second line']
    """
    return [text[s.start:s.end] for s in sentence_spans(text, lang, max_chars=max_chars)]


def sentence_spans(text: str, lang: str = "en", *, max_chars: int = 1000) -> list[Span]:
    """Where the sentences of ``text`` are, in order.

    A line break ends a sentence (it separates list items, headings and verse,
    and must survive translation), except where a paragraph was wrapped at one
    width in the middle of a sentence, as a plain-text book, an e-mail or a
    Markdown source is (``clean.structure.wrapped_breaks``): the cleaner keeps
    such lines as their author laid them out, and the sentence they carry is
    one sentence for the engine (:func:`sentence_text`).  What lies between
    two spans is the original separator, so ``text`` can be rebuilt around
    translated sentences.  A sentence longer than ``max_chars`` (a list glued
    together with commas, scraped text without punctuation) is cut at the last
    ``;``, ``:``, ``,`` or space before the limit, so that the model never
    truncates it silently.

    >>> text = ("The secretaries of the security councils of the member states\\n"
    ...         "met in Moscow on Tuesday. They spoke of the situation in the region.")
    >>> [text[s.start:s.end] for s in sentence_spans(text)][0]
    'The secretaries of the security councils of the member states\\nmet in Moscow on Tuesday.'
    """
    lang_base = base(lang)
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    wrapped = _wrapped_after(bodies)
    found: list[tuple[int, int]] = []
    offset = previous_end = 0
    for index, body in enumerate(bodies):
        for position, (start, end) in enumerate(_split_line(body, lang_base)):
            if position == 0 and index - 1 in wrapped and found and found[-1][1] == previous_end:
                found[-1] = (found[-1][0], offset + end)     # the sentence goes on
            else:
                found.append((offset + start, offset + end))
        previous_end = offset + len(body.rstrip())
        offset += len(lines[index])
    return [Span(piece_start, piece_end) for start, end in found
            for piece_start, piece_end in _cap_length(text, start, end, max_chars)]


def sentence_text(text: str, span: Span) -> str:
    """The sentence at ``span`` as an engine should read it: a line break of its
    paragraph's wrap (see :func:`sentence_spans`) is a space.

    >>> sentence_text("It met\\nin Moscow.", Span(0, 17))
    'It met in Moscow.'
    """
    return _WRAP_BREAK.sub(" ", text[span.start:span.end])


_WRAP_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_LINE_BREAKS = re.compile(r"(?:\r?\n)+")
_FINAL = re.compile(r"[.!?…:;]['\"’”»)\]]*[ \t]*$")


def line_pieces(text: str, lang: str = "en") -> tuple[list[str], list[str]]:
    r"""``text`` cut at each line break that ends a sentence: the pieces, and the breaks
    between them (one fewer), so that ``pieces[0] + breaks[0] + pieces[1] …`` is ``text``.

    A rule-based engine reads a line break as a blank inside one sentence when no
    full stop ends the line: its transfer then moves words from one line to the
    next ("Council weighs mid-year report" twice gave "… mid-Council of report" and
    the year on the next line).  Each piece is a record of its own for it.  A break
    of a paragraph wrapped inside a sentence (see :func:`sentence_spans`) stays in
    its piece: it is no sentence's end; nor is one before a line that goes on in
    small letters after a line no stop ends (a wrap too short to show its width).

    >>> line_pieces("Council weighs report\nCouncil weighs report\n\nBy A. Reporter")
    (['Council weighs report', 'Council weighs report', 'By A. Reporter'], ['\n', '\n\n'])
    >>> line_pieces("The secretaries of the security councils of the member states\n"
    ...             "met in Moscow on Tuesday.")[1]
    []
    """
    if "\n" not in text:
        return [text], []
    spans = sentence_spans(text, lang, max_chars=len(text) + 1)
    pieces: list[str] = []
    breaks: list[str] = []
    start = at = 0
    for match in _LINE_BREAKS.finditer(text):
        while at < len(spans) and spans[at].end <= match.start():
            at += 1                                   # spans and breaks both go forward
        if at < len(spans) and spans[at].start < match.start():
            continue                                  # a wrapped sentence goes on
        if text[match.end():].lstrip(" \t")[:1].islower() and \
                not _FINAL.search(text[start:match.start()]):
            continue                                  # "… the big red\nhouse was sold"
        pieces.append(text[start:match.start()])
        breaks.append(match.group(0))
        start = match.end()
    pieces.append(text[start:])
    return pieces, breaks


# A dash or bar between a title's parts ("Collective Security Treaty Organization —
# Alliance in the heart of Eurasia", "News | Politics", "Summit • Day two"), spaced, or an
# em dash or horizontal bar between two words ("bloc—formed"): Apertium reads it as a
# blank inside one chunk and its transfer moves a noun across it ("Trumpet — Alliance"
# → "Alianza — de trompeta").  An en dash, a spaced hyphen, a colon or a middle dot it
# already reads as a boundary.
_PART_SEPARATOR = re.compile(r"[ \t\u00a0]+[\u2014\u2015\u2012|\u2022\u00b7/~*][ \t\u00a0]+|"
                             r"(?<=[^\W\d_])[\u2014\u2015](?=[^\W\d_])")


def record_pieces(text: str, lang: str = "en") -> tuple[list[str], list[str]]:
    r"""``text`` cut as :func:`line_pieces` cuts it, and each piece again at a dash or
    bar that separates a title's parts: the pieces, and what lies between them
    (one fewer), so that ``pieces[0] + breaks[0] + pieces[1] …`` is ``text``.

    Each piece is a record of its own for a rule-based engine, which otherwise moves
    a word from one part into the other.

    >>> record_pieces("Collective Security Treaty Organization — Alliance in Eurasia")
    (['Collective Security Treaty Organization', 'Alliance in Eurasia'], [' — '])
    >>> record_pieces("News | Politics\nNew dawn")
    (['News', 'Politics', 'New dawn'], [' | ', '\n'])
    >>> record_pieces("The bloc — formed in 2002 — met on Monday.")[0]
    ['The bloc — formed in 2002 — met on Monday.']
    >>> record_pieces("known as BRICS ~ Brazil, Russia and India ~ began")[0]
    ['known as BRICS', 'Brazil, Russia and India ~ began']
    """
    lines, gaps = line_pieces(text, lang)
    pieces: list[str] = []
    breaks: list[str] = []
    for n, line in enumerate(lines):
        start = 0
        found = list(_PART_SEPARATOR.finditer(line))
        # A line no stop ends with one separator is a title of two parts, whatever the
        # case after it; elsewhere only a part that starts with a capital is cut off:
        # "The bloc — formed in 2002 — met" cut would lose the participle's agreement.
        title = len(found) == 1 and not _FINAL.search(line)
        for match in found:
            if not line[start:match.start()].strip():
                continue                   # nothing before it: "— Alliance" stays whole
            after = line[match.end():].lstrip()
            if not after:
                break
            if not title and not after[:1].isupper():
                continue
            pieces.append(line[start:match.start()])
            breaks.append(match.group(0))
            start = match.end()
        pieces.append(line[start:])
        if n < len(gaps):
            breaks.append(gaps[n])
    return pieces, breaks


def _wrapped_after(bodies: list[str]) -> set[int]:
    """Indexes of the lines after which a wrapped paragraph goes on inside a sentence."""
    if len(bodies) < 2:
        return set()
    # Here, not at the top: importing any module of the cleaner's package loads the
    # whole cleaner, which ``cms-i18n engines`` (opening Apertium) has no use for.
    from cms_i18n.clean.structure import line_blocks, wrapped_breaks

    wrapped: set[int] = set()
    for start, end in line_blocks(bodies, [False] * len(bodies)):
        wrapped.update(start + k for k in wrapped_breaks(bodies[start:end]))
    return wrapped


def _split_line(line: str, lang: str) -> list[tuple[int, int]]:
    """Sentence boundaries within one line, as (start, end) without whitespace."""
    bounds: list[tuple[int, int]] = []
    start = _skip_space(line, 0)
    for match in _END.finditer(line):
        cut = match.end("close")
        nxt = match.end()
        if nxt >= len(line) or cut <= start:
            continue
        if not match.group("space") and not _is_cjk(match.group("term")):
            continue            # "3.5", "e.g.x", "Yahoo!Mail"
        if _is_boundary(line, match, lang):
            bounds.append((start, cut))
            start = nxt
    end = len(line.rstrip())
    if end > start:
        bounds.append((start, end))
    return bounds


def _is_boundary(line: str, match: re.Match[str], lang: str) -> bool:
    term = match.group("term")
    following = line[match.end():]
    if term[-1] in "!?！？。…" or term.endswith(".."):
        # Exclamations, questions and ellipses end a sentence when the next
        # word starts like one ("Wait... then" goes on).
        return _starts_sentence(following)
    word_match = _WORD_BEFORE.search(line[: match.start("term")])
    word = word_match.group(1) if word_match else ""
    key = word.lower().rstrip(".")
    if match.group("close") and match.group("close")[0] not in ")]":
        # A period inside closing quotes ends the quoted sentence: “No.” Then …
        return _starts_sentence(following)
    if key in _NEVER_FINAL.get(lang, ()) or (lang != "en" and key in _NEVER_FINAL["en"]
                                              and len(key) > 2):
        return False
    if key in _BEFORE_NUMBER and following[:1].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False            # an initial: "J. R. Smith"
    if not _starts_sentence(following):
        return False            # "e.g. this", "p. 5" handled above, "a.m. tomorrow"
    if key in _SOMETIMES_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", key):
        next_word = re.match(r"[\"'“‘«(\[]*(\w+)", following)
        return next_word is not None and next_word.group(1).lower() in _OPENERS
    return True


def _starts_sentence(following: str) -> bool:
    """Does the text after a candidate end look like the start of a sentence?

    Opening quotes, brackets and inline-markup placeholders (``{1}``, ``<b>``)
    are looked through; what counts is the first letter or digit.
    """
    rest = _LEAD_IN.sub("", following)
    if not rest:
        return False
    first = rest[0]
    # Capitals, digits, and letters of scripts without case (CJK, Arabic …).
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _is_cjk(chars: str) -> bool:
    return any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in chars)


def _skip_space(line: str, index: int) -> int:
    while index < len(line) and line[index].isspace():
        index += 1
    return index


def _cap_length(line: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut ``line[start:end]`` into pieces of at most ``limit`` characters."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window = line[start:start + limit]
        cut = max(window.rfind(mark) for mark in ";:,")
        if cut <= limit // 3:
            cut = window.rfind(" ")
        cut = limit - 1 if cut <= 0 else cut      # no space at all: hard cut
        piece_end = start + cut + 1
        pieces.append((start, len(line[:piece_end].rstrip())))
        start = _skip_space(line, piece_end)
    if end > start:
        pieces.append((start, end))
    return pieces
