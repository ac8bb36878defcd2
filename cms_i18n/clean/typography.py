"""Typography: quote orientation, no-break and odd spaces, whitespace.

Quotes are judged by where they stand, not by counting pairs: a quote mark
after a space and before a letter opens, one after a letter or punctuation
and before a space closes.  That survives the English convention of opening
every paragraph of a long quotation without closing the previous one.  A
wrongly oriented quote is rewritten in the document's own style; quotes that
are already right are never converted.

The rule for straight quotes: in a text that otherwise uses curly quotes,
straight quotes, straight apostrophes and primes typed for quotes are made
curly, by the same rule of position, on every line (a title typed straight
over a report written with ’ and “”, a paragraph an editor added); a text
using only straight quotes keeps them, and so does one that types each kind of
mark one way throughout, its double quotes straight and its apostrophes curly,
or the other way round (see :func:`detect_quote_style`).  A
text written with guillemets gets them for its straight pairs («…», and „…“
inside them).  What keeps its straight marks: code, data records ("a","b"),
a prime on a one-character variable in a line doing maths (p' − p = 2,
f'(x)), and a Greek numeral's keraia; in a text whose straight marks are
curled, straight primes after numbers (5'10", 41°20'15") become real primes,
never quotes (a straight text keeps its 24" as it keeps its quotes).  An apostrophe opening a word
for letters dropped at its start (’tis, the ’90s, Italian ’sto, Greek να
’ναι) is never turned into an opening quote, and a mark ending a Greek word
(σ’ εμπορεία) never closes one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from cms_i18n.clean.edits import Edit
from cms_i18n.clean.structure import code_mask, is_list_item, overlaps, split_lines

# --------------------------------------------------------------------------
# Quote style

_CODE_SPAN_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_CURLY_DOUBLE_RE = re.compile("[“”„]|â€œ|â€\x9d|&[lr]dquo;|&#822[01];|&#x201[cdCD];")
_STRAIGHT_DOUBLE_RE = re.compile('"|&quot;|&#34;')
_CURLY_SINGLE_RE = re.compile("[‘’]|â€˜|â€™|&[lr]squo;|&#821[67];")
_STRAIGHT_SINGLE_RE = re.compile("'|&#39;|&apos;")


#: The style of a text with curly double quotes whose apostrophes and single
#: quotes are all straight: its doubles are made curly, its singles, every one
#: of them typed straight, are the text's own convention and stay.
CURLY_DOUBLES = "curly-doubles"
#: The style :func:`fix_quotes` is given for a line of a curly text: its straight
#: quotes are curled whether or not the line has a curly quote of its own.
AMONG_CURLY = "among-curly"
#: The same for a line of a ``CURLY_DOUBLES`` text: its straight doubles are curled.
AMONG_CURLY_DOUBLES = "among-curly-doubles"
#: The mirror of ``CURLY_DOUBLES``: a text whose apostrophes and single quotes are all
#: curly and whose double quotes, every one of them, are typed straight.  Each kind of
#: mark is typed one way throughout: its double quotes are the text's own convention and
#: stay (only a curly mark turned the wrong way is turned).
CURLY_SINGLES = "curly-singles"
#: The same for a line of a ``CURLY_SINGLES`` text.
AMONG_CURLY_SINGLES = "among-curly-singles"


def detect_quote_style(text: str) -> str:
    """The quote style a document uses: ``"curly"``, ``"straight"``, ``CURLY_DOUBLES`` or
    ``CURLY_SINGLES``.

    A text with no curly quote mark (“ ” ‘ ’, or guillemets « ») uses only
    straight quotes: ``"straight"``, and its quotes are kept.  A text that has
    curly ones is ``"curly"``, and its straight quotes are made curly, unless
    its straight double quotes outnumber its curly ones (a text typed straight
    with a few curly quotations pasted in keeps both as they are).  A curly
    text whose apostrophes and single quotes are all straight keeps them
    (``CURLY_DOUBLES``: a book's “…” beside "father's") when it types two or more
    (one alone is no convention, and is curled; a prime in maths does not count),
    and the mirror of it: a
    text whose double quotes are all straight and whose apostrophes are all curly
    keeps its double quotes (``CURLY_SINGLES``: a press release quoting "…" beside
    "mission’s"; each kind of mark is typed one way throughout, so a curly
    apostrophe is no evidence that the quotations were meant curly).  A text that
    types its apostrophes both ways is curly.  Code and data
    records ("a","b") are not counted.  A curly quote turned the wrong way is
    no evidence of a curly style.  Mojibake and entity forms of quotes count
    as what they stand for, so the answer is the same before and after
    cleaning; a text without quotes is ``"curly"`` (nothing will change).

    >>> detect_quote_style('He said "yes" and “no” and "maybe".')
    'straight'
    >>> detect_quote_style("Russia’s “forum”")
    'curly'
    >>> detect_quote_style("Russia's “forum” and the Council's view")
    'curly-doubles'
    >>> detect_quote_style("Let's prove “the claim”, “at once”")
    'curly'
    >>> detect_quote_style("The bloc's “drill”, the country’s view, the 'plan'")
    'curly'
    >>> detect_quote_style('The mission’s report: "Aid is required," says Mide.')
    'curly-singles'
    >>> detect_quote_style('The bloc\\'s "drill", the country’s view')
    'curly'
    >>> detect_quote_style('"At the meeting," the CSTO’s chief, Kazakhstan’s and Russia\\'s')
    'curly-singles'

    Straight marks of both kinds throughout and one curly apostrophe pasted in with a
    quoted title: the text is straight, the pasted mark kept.

    >>> detect_quote_style("What's that? You've never heard of it? It's \\"the bloc\\", "
    ...                    "they say, \\"Russia’s plan\\". Don't ask, it's 'old'.")
    'straight'
    """
    try:
        lines = split_lines(text).lines
        return quote_style_of_lines(lines, code_mask(lines, "text"))
    except Exception:  # never let a heuristic break cleaning
        return "curly"


# Quoted fields of a data record: "a","b" or "a";"b".
_DATA_RE = re.compile(r'^\s*"[^"\n]*"[,;\t]"')


def is_data_line(line: str) -> bool:
    """Is this line a record of quoted fields ("Code","Name",…), whose quotes are data?

    >>> is_data_line('"001","Monde","Royaume-Uni d’Irlande"'), is_data_line('He said "a", "b".')
    (True, False)
    """
    return bool(_DATA_RE.match(line))


def quote_style_of_lines(lines: Sequence[str], code: Sequence[bool]) -> str:
    """:func:`detect_quote_style` for text already cut into lines with its code mask.

    A text judged straight is judged again as the straight style would leave it (its
    curly quotes turned the wrong way, and their pairs, made straight): if that text
    is a curly one, the first judgement is too, so a second cleaning agrees with it.
    """
    prose = [line for line, is_code in zip(lines, code, strict=False)
             if not is_code and not is_data_line(line)]
    style = _style_of("\n".join(prose))
    if style == "straight" and any(_CURLY_MARK_RE.search(line) for line in prose):
        again = _style_of("\n".join(_as_straight(line) for line in prose))
        if again != "straight":
            return again
    return style


def _style_of(prose: str) -> str:
    if "`" in prose:
        prose = _CODE_SPAN_RE.sub("", prose)
    # A curly quote turned the wrong way is no evidence of a curly style.
    curly = sum(1 for m in _CURLY_DOUBLE_RE.finditer(prose)
                if not (m.group() == "”" and _position(prose, m.start()) == "open")
                and not (m.group() == "“" and _position(prose, m.start()) == "close"))
    curly += sum(_quoting_guillemets(line) for line in prose.split("\n"))
    straight = len(_STRAIGHT_DOUBLE_RE.findall(prose))
    curly_single = len(_CURLY_SINGLE_RE.findall(prose))
    straight_single = len(_STRAIGHT_SINGLE_RE.findall(prose))
    if not curly and not curly_single:
        return "straight" if straight or straight_single else "curly"
    if curly and straight > curly:
        return "straight"
    # Double quotes typed straight, every one of them, beside apostrophes all typed curly:
    # the text's own convention ("…" with "mission’s"), kept on every line.
    if straight and not curly and not straight_single:
        return CURLY_SINGLES
    # Apostrophes typed straight, every one of them, beside curly double quotes: that
    # is the text's own convention ("Council's" with “…”), kept on every line.  A
    # convention shows in a mark typed so more than once: one straight apostrophe
    # among curly quotation marks is a slip, or a later hand's edit of a page its
    # system curled ("Let's prove the statement “…”"), and is curled with the rest.
    # A maths prime (f'(x)), a measure's (5'10") and a Greek numeral's keraia are no
    # apostrophes, and are never curled: they do not count.
    if straight_single and not curly_single:
        typed = straight_single - _not_apostrophes(prose)
        return CURLY_DOUBLES if typed >= _CONVENTION_MARKS or not typed else "curly"
    # Double quotes typed straight, every one of them, beside curly apostrophes (two or
    # more) and one straight one, a slip: the doubles are the text's convention still,
    # and the slip is curled ('"At the meeting …"' beside "Kazakhstan’s", "CSTO’s" and
    # one "Russia's").
    if (straight and not curly and curly_single >= _CONVENTION_MARKS
            and 0 < straight_single - _not_apostrophes(prose) < _CONVENTION_MARKS):
        return CURLY_SINGLES
    # Both kinds of mark typed straight, a few curly ones among many (a quoted title's
    # "Russia’s" pasted into a blog typed straight throughout): the text is straight, and
    # the pasted marks are kept as they came.
    typed_straight = straight + straight_single - _not_apostrophes(prose)
    if (straight and straight_single and typed_straight >= _STRAIGHT_MANY
            and typed_straight >= _STRAIGHT_MAJORITY * (curly + curly_single)):
        return "straight"
    return "curly"


#: Straight marks of both kinds a text types, and how many times its curly ones, before
#: the curly ones are pasted in and the text is straight.
_STRAIGHT_MANY = 6
_STRAIGHT_MAJORITY = 4


#: Straight apostrophes a text types before they are its convention beside curly quotes.
_CONVENTION_MARKS = 2


def _not_apostrophes(prose: str) -> int:
    """The straight ``'`` of ``prose`` that are primes or a numeral's mark, not apostrophes.

    >>> _not_apostrophes("If f'(x) = 0 and ο Β' Παγκόσμιος stays, let's go.")
    2
    """
    found = 0
    for line in prose.split("\n"):
        if "'" not in line:
            continue
        measures = {match.start(group) for match in _PRIMES_RE.finditer(line)
                    for group in (1, 3) if match.group(group)}
        found += sum(1 for match in re.finditer("'", line)
                     if match.start() in measures or _is_maths_prime(line, match.start())
                     or _is_greek_numeral(line, match.start()))
    return found


# A page's title over a text that writes its quotes curly: at most this many words, and
# the text under it uses curly marks at least this often and never a straight one.
_TITLE_WORDS = 16
_CURLY_MARKS = 2
_CURLY_MARK_RE = re.compile("[“”‘’«»]")
_STRAIGHT_MARK_RE = re.compile("[\"']")
# A straight quote beside code's punctuation ('return "hello", 123', 'f("x")') is code's.
_CODE_QUOTE_RE = re.compile(r"[=(){}\[\];<>]\s*[\"']|[\"']\s*[=(){}\[\];<>]")


def title_over_curly_text(lines: Sequence[str | None], code: Sequence[bool]) -> int | None:
    """The page's title, a paragraph of its own, typed with straight quotes over a text
    that curls every one of its own ("… Dr Reddy's dominating US …" over “…” only):
    the title is the page's, set by another hand, and takes the text's style even where
    the text as a whole keeps its straight apostrophes (``CURLY_DOUBLES``), for the text
    has none of its own.

    >>> title_over_curly_text(["Reddy's plan", "", "The “plan” and the “deal”"], [False] * 3)
    0
    >>> title_over_curly_text(["Reddy's plan", "", "The “plan”", "", "The firm's plan"],
    ...                       [False] * 5) is None
    True

    The title may stand right over its first paragraph, no blank line between, as a
    heading does (:func:`_heads_its_paragraph`), and under the post's date, a paragraph of
    its own above it, as a blog prints its posts (:func:`_is_date_header`):

    >>> title_over_curly_text(["пятница, 25 августа 2017 г.", "", '"Весь" на экскурсии', "",
    ...                        "Клуб «Весь» в пути."], [False] * 5)
    2
    """
    texts = [(i, line) for i, line in enumerate(lines)
             if line is not None and line.strip() and not code[i]]
    if (len(texts) > 2 and _is_date_header(texts[0][1]) and texts[1][0] > texts[0][0] + 1
            and not _STRAIGHT_MARK_RE.search(texts[0][1])):
        texts = texts[1:]
    if len(texts) < 2:
        return None
    (first, title), rest = texts[0], [text for _, text in texts[1:]]
    below = lines[first + 1] if first + 1 < len(lines) else ""
    if (below is not None and below.strip() and not _heads_its_paragraph(title, below)) \
            or len(title.split()) > _TITLE_WORDS:
        return None
    curly = sum(len(_CURLY_MARK_RE.findall(text)) for text in rest)
    straight = sum(len(_STRAIGHT_MARK_RE.findall(text)) for text in rest
                   if not is_data_line(text))
    if (curly >= _CURLY_MARKS and not straight and _STRAIGHT_MARK_RE.search(title)
            and not _CODE_QUOTE_RE.search(title)):
        return first
    return None


# A post's date as a blog prints it over the title: a year among a few words and figures
# ("пятница, 25 августа 2017 г.", "Tuesday, March 08, 2005", "12.03.2019").
_DATE_HEADER_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DATE_HEADER_WORDS = 6


def _is_date_header(line: str) -> bool:
    """Is the line a post's date alone, a year among at most a few words, no sentence?

    >>> _is_date_header("Tuesday, March 08, 2005"), _is_date_header("The 2005 season began.")
    (True, False)
    """
    return (bool(_DATE_HEADER_RE.search(line)) and len(line.split()) <= _DATE_HEADER_WORDS
            and not re.search(r"[^\W\d_]{2,}[.!?]$", line.strip()))


def _heads_its_paragraph(title: str, below: str) -> bool:
    """Is ``title`` a heading set straight over the paragraph under it, no blank line
    between (a news page's "Литературный час "…"" over "23 апреля - …")?  It ends with no
    sentence's mark, and the line under it opens a sentence (a capital or a figure) and
    is more than twice as long: no line of a paragraph wrapped at a width.

    >>> _heads_its_paragraph('Reading hour "World Book Day"',
    ...                      "23 April is World Book Day. The library held a reading hour.")
    True
    >>> _heads_its_paragraph('He said "yes" and', "then the talks went on into the night.")
    False
    >>> _heads_its_paragraph('Концерты "Лето"', "«Лето» - концертная программа Дворца культуры.")
    True
    """
    title, below = title.strip(), below.strip()
    opening = below.lstrip("«“„‘\"'")[:1]     # a sentence may open with a quotation
    return (not title.endswith((".", ",", ";", ":", "!", "?", "-", "–", "—"))
            and (opening.isupper() or opening.isdigit())
            and len(below) > 2 * len(title))


def _as_straight(line: str) -> str:
    """The line as the straight style leaves it: a curly quote turned the wrong way, and
    the other half of its pair, made straight.

    >>> _as_straight('”Modern threats,” he said, the “plan”.')
    '"Modern threats," he said, the “plan”.'
    """
    if not any(q in line for q in "“”‘’"):
        return line
    chars = list(line)
    for edit in fix_quotes(line, "straight"):
        chars[edit.column] = edit.after
    return "".join(chars)


def uses_guillemets(lines: Sequence[str | None], code: Sequence[bool]) -> str:
    """How the text quotes with guillemets, if it does so more often than with “…”.

    ``"«»"``: set close to the words, as Russian and Greek do; its straight
    pairs are made «…».  ``"« »"``: set off by spaces, as French does; a
    straight pair would need spaces the cleaner never adds, so it stays.
    ``""``: the text quotes with “…” or not at all.

    >>> uses_guillemets(["Газета «Известия»", 'и "Коммерсант"'], [False, False])
    '«»'
    >>> uses_guillemets(["« Il a dit »", 'de "décentrement"'], [False, False])
    '« »'
    """
    prose = "\n".join(line for line, is_code in zip(lines, code, strict=False)
                      if line and not is_code)
    marks = _GUILLEMET_RE.findall(prose)
    if len(marks) <= len(re.findall("[“”]", prose)):
        return ""
    # A space counts only between the mark and a word on its line: one at the line's end
    # is trailing whitespace the cleaner removes, after which the mark is set close.
    spaced = len(re.findall("«[ \u00a0\u202f]+(?=\\S)|(?<=\\S)[ \u00a0\u202f]+»", prose))
    return "« »" if 2 * spaced >= len(marks) else "«»"


_GUILLEMET_RE = re.compile("[«»]")
# A guillemet set between two spaces: a quotation's in French, a trail's separator
# ("in National » DIPLOMACY") when no guillemet the other way stands on its line.
_SPACED_GUILLEMET_RE = re.compile("(?<= )[«»](?= )")


def _quoting_guillemets(line: str) -> int:
    """The guillemets of a line that quote: a trail's lone "»" between two spaces
    ("May 13, 2014 in National » DIPLOMACY") is a separator, no evidence of curly quotes.

    >>> _quoting_guillemets("in National » DIPLOMACY | By: Anna Berg")
    0
    >>> _quoting_guillemets("Il a dit « oui » hier"), _quoting_guillemets("«Да» и «нет»")
    (2, 4)
    """
    marks = _GUILLEMET_RE.findall(line)
    if len(set(marks)) == 1:
        return len(marks) - len(_SPACED_GUILLEMET_RE.findall(line))
    return len(marks)


# Characters after which a quote mark opens, and before which it closes.
_OPENERS = set(" \t([{<—–-/‘“«*_\u00a0\u202f")
_CLOSERS = set(" \t.,;:!?)]}>—–-…’”»*_/\u00a0\u202f")
# Words an apostrophe opens by standing for letters dropped at their start: English
# ’tis, ’em, rock ’n’ roll, the ’90s; Italian ’sto, ’na, ’Ndrangheta.
_ELISION_RE = re.compile(
    r"(?:\d\d(?:s|ies)?\b|(?:tis|twas|em|cause|cos|til|till|n|bout|round|nuff|kay"
    r"|sto|sta|ste|sti|na|nd[^\W\d_]+)\b)", re.I)


def _is_greek(ch: str) -> bool:
    return ("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff") and ch.isalpha()


def _elided_greek_end(ch: str) -> bool:
    """Does a Greek word ending in ``ch`` before an apostrophe lack its last vowel?

    A whole Greek word ends in a vowel or ς; one cut short ends in another
    consonant (σ’ εμπορεία, απ’ τους, ν’ αποκτήσεις, είν’ ο, ἀλλ’ ἐγώ), so its
    mark is an apostrophe, never the end of a quotation (‘μυστικό’ ends one).
    """
    if not _is_greek(ch):
        return False
    base = unicodedata.normalize("NFD", ch.lower())[0]
    return base not in "αεηιουως"


def _word_start(line: str, index: int, marks: str) -> str | None:
    """What a mark opening a word is: ``’`` an apostrophe, ``‘`` an opening quote, or None.

    An apostrophe stands for letters dropped at the word's start: English ’tis,
    ’em, rock ’n’ roll, the ’90s, Italian ’sto, ’na, ’Ndrangheta — and in
    Greek (να ’ναι, να ’χεις, ’κεῖνος) any mark opening a word that no quote
    closes later in the line.  Otherwise the mark opens a quotation when one
    of ``marks`` closes it later; without that evidence it is left as it is.

    >>> [_word_start(t, i, "’") for t, i in (("να ’ναι σ’ εμπορεία", 3), ("the ’90s", 4),
    ...                                       ("a ’no’ vote", 2), ("ένα ‘μυστικό’ μήνυμα", 4))]
    ['’', '’', '‘', '‘']
    >>> _word_start("με διαπέρασε. ‘Ένα συναίσθημα", 14, "’") is None
    True
    """
    if _ELISION_RE.match(line, index + 1):
        return "’"
    if _has_closing_single(line, index, marks):
        return "‘"
    nxt = line[index + 1] if index + 1 < len(line) else ""
    # (a capital after it opens a sentence, "… διαπέρασε. ‘Ένα συναίσθημα": no letters
    # dropped there, and no closing mark to say more)
    return "’" if _is_greek(nxt) and not nxt.isupper() else None


def _position(line: str, index: int) -> str:
    """'open', 'close' or '' for the quote mark at ``index``."""
    before = line[index - 1] if index else " "
    after = line[index + 1] if index + 1 < len(line) else " "
    if before in _OPENERS and after not in _CLOSERS and not after.isspace():
        return "open"
    if before not in _OPENERS and not before.isspace() and (after in _CLOSERS or after.isspace()):
        return "close"
    return ""


def _has_closing_single(line: str, start: int, marks: str = "’‘") -> bool:
    """Is there a closing single quote later in the line (so ``start`` opens)?

    A mark ending a Greek word cut short is an apostrophe (see
    :func:`_elided_greek_end`), never the end of a quotation.
    """
    for index in range(start + 1, len(line)):
        if (line[index] in marks and _position(line, index) == "close"
                and not _elided_greek_end(line[index - 1])):
            return True
    return False


def _partner(line: str, index: int, step: int, kinds: str) -> int | None:
    """The nearest quote mark of ``kinds`` from ``index`` in direction ``step``."""
    j = index + step
    while 0 <= j < len(line):
        if line[j] in kinds:
            return j
        j += step
    return None


# What follows an apostrophe inside an English word: Russia‘s, don‘t, we‘re.
_CLITIC_RE = re.compile(r"(?:s|t|d|ll|re|ve|m)(?![^\W\d_])", re.I)


def fix_quotes(line: str, style: str, protected: Sequence[tuple[int, int]] = (), *,
               guillemets: str = "") -> list[Edit]:
    """Edits re-orienting wrongly oriented curly quotes, and curling straight ones.

    In a curly document the quote is turned the right way; in a straight one
    it becomes straight, and so does the other half of its pair, so that a pair
    never ends up half curly.  German and Polish low opening quotes („…“,
    „…”, ‚…‘) are left alone.  Straight quotes are curled on a line that mixes
    them with curly ones, and on every line with ``AMONG_CURLY`` (the line of a
    curly text); with ``guillemets`` (see :func:`uses_guillemets`) a straight
    pair becomes «…» („…“ inside guillemets), or stays in a text whose
    guillemets are spaced.  A data record's quotes ("a","b") stay straight.

    >>> [(e.before, e.after) for e in fix_quotes("”Modern threats are global,” he said.", "curly")]
    [('”', '“')]
    >>> [(e.before, e.after) for e in fix_quotes('”Modern threats,” he said "no".', "straight")]
    [('”', '"'), ('”', '"')]
    >>> fix_quotes("“Many countries differ, ”the minister said.", "curly")
    []
    >>> fix_quotes("Er sagte: „Wir sind bereit“, und ‚gut‘.", "curly")
    []
    >>> [(e.before, e.after) for e in fix_quotes("Russia‘s O‘zbekiston envoy", "curly")]
    [('‘', '’')]
    """
    given = style
    if style in (CURLY_DOUBLES, AMONG_CURLY_DOUBLES):
        return _fix_doubles_only(line, protected, among=style == AMONG_CURLY_DOUBLES,
                                 guillemets=guillemets)
    if style in (CURLY_SINGLES, AMONG_CURLY_SINGLES):
        return _fix_singles_only(line, protected, among=style == AMONG_CURLY_SINGLES)
    among_curly = style == AMONG_CURLY
    if among_curly:
        style = "curly"
    if style == "curly" and is_data_line(line):
        # A record's quotes are data: only curly quotes turned the wrong way are turned.
        return fix_quotes(line.replace("'", "\0").replace('"', "\1"), "curly", protected)
    if style == "curly" and ("′" in line or "″" in line):
        primes = _primes_as_quotes(line, protected)
        if primes:
            return _then_the_rest(line, primes, given, protected, guillemets)
    if style == "curly" and "„" in line and '"' in line:
        closers = _closers_of_low_quotes(line, protected)
        if closers:
            return _then_the_rest(line, closers, given, protected, guillemets)
    if style == "curly" and ("'" in line or '"' in line) and (
            among_curly or any(q in line for q in "“”‘’")):
        return _curl(line, protected, fix_quotes(line.replace("'", "\0").replace('"', "\1"),
                                                 style, protected), guillemets)
    if not any(q in line for q in "“”‘’"):
        return []
    straight = style == "straight"
    changes: dict[int, str] = {}
    low_double = low_single = False     # inside „…“ or ‚…‘
    for match in re.finditer("[“”‘’„‚]", line):
        index = match.start()
        mark = match.group()
        if mark == "„":
            low_double = True
            continue
        if mark == "‚":
            low_single = True
            continue
        if overlaps(protected, index, index + 1):
            continue
        where = _position(line, index)
        new = mark
        if mark in "“”" and low_double:
            low_double = False
            continue
        if mark == "‘" and low_single:
            low_single = False
            continue
        if mark == "”" and where == "open":
            # The closing half of a pair opened before it, with no space after it ("… for
            # 20 years, ”Kulubaev said"), when nothing after it closes the pair instead.
            before = line[:index]
            closes = before.count("“") > before.count("”") and "”" not in line[index + 1:]
            new = mark if closes else "“"
        elif mark == "“" and where == "close":
            new = "”"
        elif mark == "‘":
            prev = line[index - 1] if index else " "
            nxt = line[index + 1] if index + 1 < len(line) else " "
            if prev.isalnum() and nxt.isalpha():
                if _CLITIC_RE.match(line, index + 1):
                    new = "’"    # Russia‘s → Russia’s
                # else a transliteration mark: O‘zbekiston, Hawai‘i, Shi‘a
            elif where == "close":
                new = "’"
            elif where == "open" and _word_start(line, index, "’‘") == "’":
                new = "’"        # ‘90s → ’90s
        elif mark == "’" and where == "open" and _word_start(line, index, "’‘") == "‘":
            new = "‘"
        if new == mark:
            continue
        if not straight:
            changes[index] = new
            continue
        plain = '"' if mark in "“”" else "'"
        changes[index] = plain
        if new in "“‘":      # the closing half follows
            other = _partner(line, index, 1, "“”" if plain == '"' else "‘’")
        elif new == "”":     # the opening half precedes
            other = _partner(line, index, -1, "“”")
        else:                # an apostrophe has no partner
            other = None
        if other is not None and other not in changes and not overlaps(protected, other, other + 1):
            changes[other] = plain
    return [Edit(i, line[i], changes[i], "quote", "wrongly oriented quote")
            for i in sorted(changes)]


def _then_the_rest(line: str, first: list[Edit], style: str,
                   protected: Sequence[tuple[int, int]], guillemets: str = ""
                   ) -> list[Edit]:
    """``first`` (marks read before the rest: primes typed for quotes, straight closers of
    low quotes), then :func:`fix_quotes` on the line as those edits leave it."""
    masked = list(line)
    for edit in first:
        masked[edit.column] = edit.after
    done = {edit.column for edit in first}
    rest = fix_quotes("".join(masked), style, protected, guillemets=guillemets)
    return sorted(first + [e for e in rest if e.column not in done], key=lambda e: e.column)


def _fix_doubles_only(line: str, protected: Sequence[tuple[int, int]], *,
                      among: bool = False, guillemets: str = "") -> list[Edit]:
    """:func:`fix_quotes` in a ``CURLY_DOUBLES`` text: its straight singles are kept.

    >>> [(e.before, e.after) for e in _fix_doubles_only('“Yes,” the "plan" is Russia\\'s.', ())]
    [('"', '“'), ('"', '”')]
    >>> [(e.before, e.after) for e in _fix_doubles_only('The "plan" is Russia\\'s.', (),
    ...                                                 among=True)]
    [('"', '“'), ('"', '”')]
    """
    masked = line.replace("'", "\2").replace("′", "\2")
    return fix_quotes(masked, AMONG_CURLY if among else "curly", protected,
                      guillemets=guillemets)


def _fix_singles_only(line: str, protected: Sequence[tuple[int, int]], *,
                      among: bool = False) -> list[Edit]:
    """:func:`fix_quotes` in a ``CURLY_SINGLES`` text: its straight doubles are kept, but
    for a measurement's double prime (5'10").

    >>> [(e.before, e.after) for e in _fix_singles_only('The "plan" is Russia\\'s.', (),
    ...                                                 among=True)]
    [("'", '’')]
    >>> [(e.before, e.after) for e in _fix_singles_only('A 5\\'10" "guard"', (), among=True)]
    [("'", '′'), ('"', '″')]
    """
    primes = {match.start(group) for match in _PRIMES_RE.finditer(line)
              for group in (2, 4) if match.group(group)}
    masked = "".join("\3" if ch == '"' and i not in primes else ch
                     for i, ch in enumerate(line))
    return fix_quotes(masked, AMONG_CURLY if among else "curly", protected)


# A low opening quote and the straight mark that closes it, with no other quote between.
_LOW_PAIR_RE = re.compile('„([^„“”"\n]*[^\\s„“”"])"')


def _closers_of_low_quotes(line: str, protected: Sequence[tuple[int, int]]) -> list[Edit]:
    """A straight ``"`` closing a low opening quote in a curly document: „…“.

    Bulgarian, German, Czech or Russian text opens a quotation with „ and
    closes it with “; a keyboard's straight mark in that place is the closing
    quote typed the quick way („Духа от Шанхай", …).  Only a mark that closes
    („…" followed by a space, punctuation or the line's end) is taken.

    >>> [(e.before, e.after) for e in _closers_of_low_quotes('spazvat „Duha ot Shanhai", i', ())]
    [('"', '“')]
    >>> _closers_of_low_quotes('the 5" „screen', ())
    []
    """
    edits: list[Edit] = []
    for match in _LOW_PAIR_RE.finditer(line):
        index = match.end() - 1
        if _position(line, index) == "close" and not overlaps(protected, match.start(), index + 1):
            edits.append(Edit(index, '"', "“", "quote", "straight quote closing a low one"))
    return edits


def _primes_as_quotes(line: str, protected: Sequence[tuple[int, int]]) -> list[Edit]:
    """Primes typed for quotes in a curly document: "Russia′s" → "Russia’s", "″no″" → "“no”".

    A prime after a digit is a measure (5′10″, 30′) and stays; so does one
    after a letter that no clitic follows (x′, f′(x)): maths.  A double prime
    is a quotation mark only as one of an opening and closing pair.

    >>> [(e.before, e.after) for e in _primes_as_quotes("Russia′s aide said ″maybe″, x′ = 5′", ())]
    [('′', '’'), ('″', '“'), ('″', '”')]
    """
    edits: list[Edit] = []
    for match in re.finditer("′", line):
        index = match.start()
        if (index >= 2 and line[index - 1].isalpha() and line[index - 2].isalpha()
                and _CLITIC_RE.match(line, index + 1)
                and not overlaps(protected, index, index + 1)):
            edits.append(Edit(index, "′", "’", "quote", "prime typed for an apostrophe"))
    opening = None
    for match in re.finditer("″", line):
        index = match.start()
        where = _position(line, index)
        if where == "open":
            opening = index
        elif where == "close" and opening is not None and line[index - 1].isalpha():
            if not overlaps(protected, opening, index + 1):
                edits.append(Edit(opening, "″", "“", "quote", "double prime typed for a quote"))
                edits.append(Edit(index, "″", "”", "quote", "double prime typed for a quote"))
            opening = None
    return sorted(edits, key=lambda e: e.column)


# A line doing maths: a relation or operator between terms, or a derivative f'(x).
_MATHS_RE = re.compile(r"[=<>≤≥≠≈±×÷−]|\b[^\W_]'+\(")


def _is_maths_prime(line: str, index: int) -> bool:
    """Is the straight ``'`` at ``index`` a prime on a one-character variable in a maths line?

    In ``p' − p = 2``, ``f''(x)`` or ``the labels 2', 3''`` the mark is part of
    what the author typed and must stay byte-identical; a closing quote after
    a one-letter word (``'plan A'``) stays a quote in a line with no maths.

    >>> _is_maths_prime("then p' − p = 2", 6), _is_maths_prime("the 'plan A' stays", 11)
    (True, False)
    """
    start = index
    while start > 0 and line[start - 1] == "'":
        start -= 1
    if start == 0 or not line[start - 1].isalnum():
        return False
    if start >= 2 and (line[start - 2].isalnum() or line[start - 2] in "'’"):
        return False
    return bool(_MATHS_RE.search(line))


def _is_greek_numeral(line: str, index: int) -> bool:
    """Is the straight ``'`` at ``index`` a Greek numeral's keraia ("ο Β' Παγκόσμιος",
    "ΙΑ' τάξη"), typed as an apostrophe after one to three capitals?  Never a quote
    (an elided "μ'" is lower case).

    >>> _is_greek_numeral("ο Β' Παγκόσμιος", 3), _is_greek_numeral("μ' αυτά", 1)
    (True, False)
    """
    start = index
    while start > 0 and "\u0391" <= line[start - 1] <= "\u03a9":
        start -= 1
    return (1 <= index - start <= 3 and (start == 0 or not line[start - 1].isalnum())
            and (index + 1 == len(line) or not line[index + 1].isalnum()))


# Feet and inches, degrees-minutes-seconds: 5'10", 41°20'15".
_PRIMES_RE = re.compile(r"(?<=\d)(')(?=\d{1,2}(?:\.\d+)?(\"))"
                        r"|(?<=\d°)(?:\d{1,2})(')(?:\d{1,2}(?:\.\d+)?(\"))?")


_CYRILLIC_OR_GREEK_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def _curl(line: str, protected: Sequence[tuple[int, int]], curly_edits: list[Edit],
          guillemets: str = "") -> list[Edit]:
    r"""Curly-document edits for a line with straight quotes in a curly text.

    ``curly_edits`` are the re-orientation edits of the line's curly quotes
    (computed with the straight marks masked out, so the positions match).
    With ``guillemets`` ``"«»"`` a straight pair becomes «…», or „…“ inside
    guillemets; with ``"« »"`` it stays.

    >>> [(e.before, e.after) for e in fix_quotes('“Yes,” he said, "the plan" is the delegate\'s.',
    ...                                           "curly")]
    [('"', '“'), ('"', '”'), ("'", '’')]
    >>> [(e.before, e.after) for e in fix_quotes('At Dadaab:"I’ve not seen it." “Yes.”',
    ...                                           "curly")]
    [('"', '“'), ('"', '”')]
    >>> [(e.before, e.after) for e in fix_quotes("A 5'10\" “guard” at 41\u00b020'15\" N", "curly")]
    [("'", '′'), ('"', '″'), ("'", '′'), ('"', '″')]
    >>> [(e.before, e.after) for e in fix_quotes('«Он сказал "да"» и "нет"', AMONG_CURLY,
    ...                                           guillemets="«»")]
    [('"', '„'), ('"', '“'), ('"', '«'), ('"', '»')]
    >>> [(e.before, e.after) for e in fix_quotes("Статья на тему 'Смыслы конкурса'",
    ...                                           AMONG_CURLY, guillemets="«»")]
    [("'", '«'), ("'", '»')]
    """
    changes: dict[int, tuple[str, str]] = {}
    for match in _PRIMES_RE.finditer(line):
        for group, prime in ((1, "′"), (2, "″"), (3, "′"), (4, "″")):
            if match.group(group):
                changes[match.start(group)] = (prime, "prime")
    openers: list[str] = []     # guillemets and low quotes open at this point of the line
    singles: list[str] = []     # those of them a straight single quote opened
    for match in re.finditer("[\"'«»]", line):
        index = match.start()
        mark = match.group()
        if mark == "«":
            openers.append(mark)
            continue
        if mark == "»":
            if openers:
                openers.pop()
            continue
        if index in changes or overlaps(protected, index, index + 1):
            continue
        if mark == "'" and (_is_maths_prime(line, index) or _is_greek_numeral(line, index)):
            continue
        where = _position(line, index)
        prev = line[index - 1] if index else " "
        nxt = line[index + 1] if index + 1 < len(line) else " "
        if not where and mark == '"' and prev == ":" and nxt.isalpha():
            where = "open"          # a quotation glued to its colon: 'Dadaab:"I’ve …'
        if mark == '"' and guillemets:
            new = None
            if guillemets == "« »":
                pass
            elif where == "open":
                new = "„" if "«" in openers else "«"
                openers.append(new)
            elif where == "close":
                new = "“" if (openers.pop() if openers else "«") == "„" else "»"
        elif mark == '"':
            new = {"open": "“", "close": "”"}.get(where)
        elif (mark == "'" and guillemets == "«»" and where == "open"
              and _CYRILLIC_OR_GREEK_RE.match(nxt) and line.find("'", index + 1) > index):
            # a Russian title's straight single quotes in a text quoting with guillemets
            # ("на тему 'Смыслы конкурса'"): a quotation, written as the text writes them
            new = "„" if "«" in openers else "«"
            openers.append(new)
            singles.append(new)
        elif mark == "'" and singles and where == "close":
            new = "“" if singles.pop() == "„" else "»"
            if openers:
                openers.pop()
        elif (prev.isalnum() and nxt.isalpha()) or where == "close":
            new = "’"               # Russia's, don't; the end of a single quotation
        elif where == "open":
            new = _word_start(line, index, "'’")     # ’tis, the ’90s, να ’ναι; or ‘
        else:
            new = None
        if new is not None:
            changes[index] = (new, "straight quote in a curly document")
    edits = [e for e in curly_edits if e.column not in changes]
    edits += [Edit(i, line[i], new, "quote", note) for i, (new, note) in changes.items()]
    return sorted(edits, key=lambda e: e.column)


# --------------------------------------------------------------------------
# Spaces

_ODD_SPACE_RE = re.compile("[\u00a0\u202f\u2007\u2009\u2000-\u2008\u200a\u205f\u3000\u1680]")
_FRENCH_BEFORE = set("»;:!?%")
_FRENCH_RE = re.compile("[\u00a0\u202f][»;:!?]|«[\u00a0\u202f]")
_FRENCH_AFTER = set("«")
#: How the note of a no-break space taken out beside a plain space ends (a page's
#: "&nbsp; " pair: no typesetter ties a word to a space).
BESIDE_A_SPACE = "beside a space, no tie"
_SPACE_NAMES = {
    "\u00a0": "no-break space", "\u202f": "narrow no-break space", "\u2007": "figure space",
    "\u2009": "thin space", "\u3000": "ideographic space", "\u205f": "math space",
}


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"


_WORD_BEFORE_RE = re.compile(r"(?<![\w.])\w+$")
# A short word closing a sentence or a clause; a stop with a letter after it is inside a
# word ("St.Ange", "e.g"), not the sentence's end.
_WORD_AFTER_RE = re.compile(r"(\w+)(?=[.,;:!?)\]](?![^\W\d_])|$)")


def _is_tie(line: str, index: int) -> bool:
    """Is the no-break space at ``index`` a typesetter's tie, which keeps a short word
    with its neighbour: after a one-letter word ("I\u00a0have", "a\u00a0white",
    "ā\u00a0scholā"), before a short last word of a sentence ("to\u00a0be.",
    "ACT\u00a0I."), or beside a dash?  A scraper's no-break spaces fall between any words,
    before a name written with a stop inside it too ("Minister\u00a0St.Ange").

    >>> _is_tie("to\u00a0be.", 2), _is_tie("Minister\u00a0St.Ange has", 8)
    (True, False)
    """
    if line[index - 1:index] in ("—", "–") or line[index + 1:index + 2] in ("—", "–"):
        return True   # a dash held to its word: "слово\u00a0— слово", "—\u00a0only"
    before = _WORD_BEFORE_RE.search(line, 0, index)
    if before and len(before.group()) == 1 and before.group().isalpha():
        return True
    after = _WORD_AFTER_RE.match(line, index + 1)
    return bool(after and len(after.group(1)) <= 2)


_LONG_WORD_BEFORE_RE = re.compile(r"[^\W\d_]{3,}$")
_LONG_WORD_AFTER_RE = re.compile(r"[^\W\d_]{3,}")


def _between_long_words(line: str, index: int) -> bool:
    """Is the space at ``index`` between two words of three letters or more?

    A no-break space there ("the\u00a0community", "Beatrice\u00a0Nyakake") ties
    nothing a typesetter ties: it is a page's ``&nbsp;``, damage no author types
    (:func:`cms_i18n.clean.evidence.is_damage`).  Beside a short word
    ("qu’un\u00a0enfant") it may be an author's own.

    >>> _between_long_words("the\u00a0community", 3), _between_long_words("qu’un\u00a0enfant", 5)
    (True, False)
    """
    return bool(_LONG_WORD_BEFORE_RE.search(line, 0, index)
                and _LONG_WORD_AFTER_RE.match(line, index + 1))


def fix_spaces(line: str, protected: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """Plain spaces for no-break and typographic spaces between words.

    Kept: French spacing (before ``» ; : ! ? %``, after ``«``, and every
    no-break space of a line that uses it), spaces between
    digits (``25 000``) and next to a number (``10 km``), a typesetter's ties
    around short words (:func:`_is_tie`), ideographic spaces in CJK text.
    Made plain: every other one between two words, a name's parts included
    ("Vladimir\u00a0Putin", "Mr.\u00a0Shoigu"): an HTML page's ``&nbsp;`` falls
    between any words, and the engines and the glossary read a name as words
    split by plain spaces.  The fix's note says so ("no-break space between
    words, no tie"), so an editor sees why "I\u00a0have" kept its own.

    >>> [(e.before, e.after) for e in fix_spaces("Heads\\u00a0of state")]
    [('\\xa0', ' ')]
    >>> [(e.before, e.note) for e in fix_spaces("Vladimir\\u00a0Putin: I\\u00a0have")]
    [('\\xa0', 'no-break space between words, no tie')]
    >>> fix_spaces("« Bonjour\\u00a0» et 25\\u202f000 km")
    []
    >>> [(e.before, e.after) for e in fix_spaces("Bristol,\\u00a0 Somerset")]
    [('\\xa0', '')]
    >>> [(e.before, e.after) for e in fix_spaces("It rained.\\u00a0 We stayed.")]
    [('\\xa0', ' ')]
    """
    if line.isascii() or not _ODD_SPACE_RE.search(line):
        return []
    # A line set in French typography keeps all its no-break spaces (M.\u00a0Macron).
    french = bool(_FRENCH_RE.search(line))
    edits: list[Edit] = []
    for match in _ODD_SPACE_RE.finditer(line):
        if french and match.group() in "\u00a0\u202f":
            continue
        index = match.start()
        before = line[index - 1] if index else ""
        after = line[index + 1] if index + 1 < len(line) else ""
        if match.group() in "\u00a0\u202f" and " " in (before, after) and \
                before.strip() + after.strip() and not overlaps(protected, index, index + 1) \
                and line[:index].rstrip()[-1:] not in ".!?:":
            # beside a plain space it ties nothing: a page's "&nbsp; " pair, one gap (after
            # a full stop, the two spaces an author typed in a page editor, which stay)
            edits.append(Edit(index, match.group(), "", "space",
                              f"{_SPACE_NAMES[match.group()]} {BESIDE_A_SPACE}"))
            continue
        if after in _FRENCH_BEFORE or (before in _FRENCH_AFTER and after):
            continue
        if before.isdigit() or after.isdigit():
            continue
        if match.group() == "\u00a0" and _is_tie(line, index):
            continue
        if match.group() == "\u3000" and (_is_cjk(before) or _is_cjk(after)):
            continue
        if overlaps(protected, index, index + 1):
            continue
        name = _SPACE_NAMES.get(match.group(), "typographic space")
        if match.group() in "\u00a0\u202f":
            name += " between words, no tie" if _between_long_words(line, index) \
                else " beside a short word or a stop, no tie"
        edits.append(Edit(index, match.group(), " ", "space", name))
    return edits


# --------------------------------------------------------------------------
# Whitespace inside a line

_TABLE_RE = re.compile(r"^\s*\|")
# A run of blanks between two words of one sentence: after a letter, a digit, a
# comma or a closing mark, before a lower-case letter.  In running prose nothing
# an author types puts two spaces there; a scraper does, where it dropped a link
# or an image.
_GAP_RE = re.compile(r"(?:(?<=[^\W_]|[,”’»)\]])|(?<=[^\W_]\")|(?<=[^\W_][.,!?]\"))"
                     r"(?:[ \t]{2,}|\t)(?=[^\W\d_])")
# A run of spaces between a word in lower case and a number the sentence runs on
# after ("κατά την  6η Τακτική", "on March  9, 2022", "Μαρτίου  2022."): the number
# carries on the sentence (a word or a stop follows it), where a column of figures
# ends its line.
_GAP_BEFORE_NUMBER_RE = re.compile(r"(?<=[^\W\d_]) {2,}(?=\d[\d.,]*[^\W\d_]*"
                                   r"(?: [^\W\d_]|[.,;:!?)]))")
# A run of spaces before an opening quotation mark, a bracket or a spaced dash: a gap where
# an element was dropped, as between two words, where the sentence runs on after it (see
# :func:`_gap_before_opening`); a column's note in brackets ends its line.
_GAP_BEFORE_OPENING_RE = re.compile(r"(?<=[^\W_]) {2,}(?=[«“„(]|[-–—] )")
# A bracket the sentence runs on after: it closes before a space or a stop.
_BRACKET_RUNS_ON_RE = re.compile(r"\([^()\n]+\)[ ,.;:]")
# Words that never end a sentence, a heading or a table's cell: articles, conjunctions and
# the prepositions no sentence strands ("of", "на", "της", "und", "du", "del").  A gap
# after one is a gap inside a sentence, whatever letter opens the word after it ("of
# September": a scraper dropped an element there).  English "in", "on", "to" and the
# like end phrasal verbs ("Log in") and are not among them.
_NEVER_LAST = frozenset(word for words in (
    "a an the of and or nor but than my our your their from into onto",
    "в во на с со к у о об от из до за по при для без через над под про и или но",
    "και το τα της του των τη την τον η ο οι σε στο στη στην στον στα στις στους με για από "
    "προς κατά ή",
    "dem den des einer einem eines und oder von mit zum zur vom beim",
    "de des du et au aux une dans pour avec sur par",
    "del los las y al para con una",
) for word in words.split())
_LAST_WORD_RE = re.compile(r"[^\W\d_]+$")
# One space before a line's first word, number, dash or opening quote; not
# before the strokes of a drawing (" /\\_/\\").
_MARGIN_RE = re.compile(r"^ (?=[^\W_]|[—–“‘«(\[])")
# A word spaced out letter by letter for emphasis ("είναι  ω ρ α ί α   η"), and
# the gaps between the words of a line.
_LETTER_SPACED_RE = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_WORD_GAP_RE = re.compile(r"(?<=\S)[ \t]+(?=\S)")


def spaced_by_author(line: str) -> bool:
    """Is the spacing inside this line the author's own?

    A scraper leaves one gap where it dropped an element; an author spaces a
    word out letter by letter, or sets a whole line with double spaces
    between its words ("А  я  песенку  спою").

    >>> spaced_by_author("..είναι  ω ρ α ί α   η  Θάλασσα")
    True
    >>> spaced_by_author("    А  я  песенку  спою")
    True
    >>> spaced_by_author("The  meeting, set for May 27, will coincide with it.")
    False
    """
    if _LETTER_SPACED_RE.search(line):
        return True
    gaps = _WORD_GAP_RE.findall(line.strip())
    return len(gaps) >= 2 and all(len(gap) >= 2 or gap == "\t" for gap in gaps)


# A heading set in capitals is this many words long at least before its one gap is a
# scraper's: a table's header row in capitals ("NAME  DESCRIPTION") is a few words.
_CAPITALS_HEADING_WORDS = 6


def _after_a_word_never_last(line: str, column: int) -> bool:
    """Does the word before ``column`` never end a sentence (:data:`_NEVER_LAST`)?

    >>> _after_a_word_never_last("held on 15-16 days of  September.", 21)
    True
    >>> _after_a_word_never_last("Log in  Home", 6)
    False
    """
    word = _LAST_WORD_RE.search(line, 0, column)
    return word is not None and word.group() in _NEVER_LAST


def _capitals_heading(line: str) -> bool:
    """Is the line a heading set all in capitals, six words or more, with one gap between
    two of its words ("О ПОРЯДКЕ … ПРОГРАММ  МУНИЦИПАЛЬНОГО РАЙОНА …")?  No word after the
    gap is in lower case, so the lower-case test cannot see it; one gap in a long line of
    capitals is where an element was dropped, columns have more.

    >>> _capitals_heading("О ПОРЯДКЕ РАЗРАБОТКИ МУНИЦИПАЛЬНЫХ ПРОГРАММ  МУНИЦИПАЛЬНОГО РАЙОНА")
    True
    >>> _capitals_heading("NAME  DESCRIPTION"), _capitals_heading("ONE  TWO THREE FOUR  FIVE SIX")
    (False, False)
    """
    text = line.strip()
    return (any(ch.isalpha() for ch in text) and not any(ch.islower() for ch in text)
            and len(text.split()) >= _CAPITALS_HEADING_WORDS
            and len(_GAP_RE.findall(text)) == 1 and "\t" not in text)


_PROSE_GAP_WORDS = 12
_PROSE_END_RE = re.compile(r"[.!?…][\"'”’»)]*$")
_SENTENCE_INSIDE_RE = re.compile(r"[^\W\d_]{2}[.!?][\"'”’»)]* [^\W\d_]")


_DASH_IN_SENTENCE_RE = re.compile(r"[-–—] [^\W\d_]")


def _before_a_dash_in_a_sentence(line: str, column: int) -> bool:
    """Does a spaced dash at ``column`` go on with the sentence in lower case
    ("Администраторы  - следят за всем")?  A gap before it is a word's gap, as one
    before the lower-case word itself would be.

    >>> _before_a_dash_in_a_sentence("Admins  - watch everything", 8)
    True
    >>> _before_a_dash_in_a_sentence("Name  - Role", 6)
    False
    """
    match = _DASH_IN_SENTENCE_RE.match(line, column)
    return match is not None and match.group()[-1].islower()


def _before_a_name_in_prose(line: str, gap: int) -> bool:
    """Is the gap at ``gap`` one between a word in lower case and a capitalised one, in a
    line that is a sentence of prose ("Πολλοί  Έλληνες, στρατιωτικοί αλλά … Μακεδονίας.")?
    A column's gap stands between the cells of a short line, not inside a long sentence.

    >>> _before_a_name_in_prose("Many  Greeks, soldiers and plain people alike, lost their "
    ...                         "lives in these battles in the years before the war.", 4)
    True
    >>> _before_a_name_in_prose("Name  Description", 4)
    False
    """
    return (gap > 0 and line[gap - 1].isalpha() and line[gap - 1].islower()
            and _prose_sentence(line))


def _after_a_clause_comma(line: str, start: int) -> bool:
    """Is the gap at ``start`` right after a word in lower case and its comma ("she added,
    These forums …")?  The sentence runs on there, and no typist's convention spaces
    twice after a comma: it is where a dropped quotation mark or link stood.  After a
    capitalised word (a dateline's "Islamabad,  Oct 16") the gap may be the page's own.

    >>> _after_a_clause_comma("she added,  These forums", 10)
    True
    >>> _after_a_clause_comma("Islamabad,  Oct 16 (DNA)", 10)
    False
    """
    if start < 2 or line[start - 1] != ",":
        return False
    word = re.search(r"(\w+),$", line[:start])
    return word is not None and word.group(1).islower()


def _prose_sentence(line: str) -> bool:
    """Is the line a sentence of prose, twelve words or more ending with a stop?  A
    column's gap stands between the cells of a short line, not inside a long sentence.

    >>> _prose_sentence("Name  Description"), _prose_sentence("word " * 12 + "end.")
    (False, True)

    A paragraph of sentences whose last announces a list ends with a colon:

    >>> _prose_sentence("I believe we can pray. However you pray, I hope you find a service "
    ...                 "where you can pray for peace:")
    True
    """
    text = line.strip()
    return len(text.split()) >= _PROSE_GAP_WORDS and (
        _PROSE_END_RE.search(text) is not None
        or (text.endswith(":") and _SENTENCE_INSIDE_RE.search(text) is not None))


def _gap_before_opening(line: str, start: int, end: int) -> bool:
    """Is the gap from ``start`` to ``end``, before an opening quotation mark, a bracket or
    a spaced dash, one inside a sentence (:data:`_GAP_BEFORE_OPENING_RE`)?  After a word in
    lower case before a quotation mark ("в издательстве  «Настя»") or a bracket the
    sentence runs on after ("сотрудничества  (ШОС) 2025 года", "the bloc  (SCO) met"), or
    anywhere in a line that is a sentence of prose ("… UNFICYP  (ΟΥΝΦΙΚΥΠ)."); a short
    line's gap before "(F1)" may be a column's.

    >>> _gap_before_opening("вышла в издательстве  «Настя»", 20, 22)
    True
    >>> _gap_before_opening("the bloc  (SCO) met", 8, 10)
    True
    >>> _gap_before_opening("Help  (F1)", 4, 6)
    False
    >>> _gap_before_opening("Администраторы  - следят за всем", 14, 16)
    True
    >>> _gap_before_opening("Name  - Role", 4, 6)
    False
    """
    if line[end] in "-–—":
        # a spaced dash the sentence goes on after in lower case (see
        # :func:`_before_a_dash_in_a_sentence`); "Name  - Role" is a column's
        return _before_a_dash_in_a_sentence(line, end)
    after_lower = line[start - 1].islower() and (
        line[end] in "«“„" or _BRACKET_RUNS_ON_RE.match(line, end) is not None)
    return after_lower or _prose_sentence(line)


# A line with this many gaps between words already taken for a scraper's was set justified
# and flattened: its other gaps between two words are the same layout's.
_FLATTENED_GAPS = 2


def _gaps_left_in_a_flattened_line(line: str, start: int, end: int, found: Sequence[Edit],
                                   protected: Sequence[tuple[int, int]]) -> list[Edit]:
    """The gaps between two words that a justified line, flattened, has left beside the
    ones already closed: a gap before a capitalised word after "in" or "for" is no column
    once the same line has two gaps inside its sentence ("… the  Year  in  Research").

    >>> line = "Award for Accomplishment  of  the  Year  in  Research, Scholarly Activity"
    >>> [e.column for e in fix_whitespace(line)]
    [24, 28, 33, 39, 43]
    >>> fix_whitespace("Log in  Home")
    []

    A stray space opening the line is no gap of the layout's:

    >>> [e.column for e in fix_whitespace(" Sign  up or Log in  Home")]
    [0, 5]
    """
    if sum(edit.note == "gap between words" for edit in found) < _FLATTENED_GAPS:
        return []       # (a stray space opening the line is no gap of the layout's)
    done = {edit.column for edit in found}
    return [Edit(match.start(), match.group(), " ", "whitespace", "gap between words")
            for match in _GAP_RE.finditer(line, start, end)
            if match.start() not in done and "\t" not in match.group()
            and line[match.start() - 1].isalpha() and line[match.end()].isalpha()
            and not overlaps(protected, match.start(), match.end())]


def fix_whitespace(line: str, fmt: str = "text", protected: Sequence[tuple[int, int]] = (),
                   *, aligned: bool = False, verse: bool = False,
                   flowed: bool = False) -> list[Edit]:
    """Trailing blanks, blank-only lines, and gaps a scraper left between words.

    Whitespace inside a line is the author's unless it can only be a
    scraper's: what is repaired is blanks at the end of a line, a line of
    nothing but blanks, a run of blanks (or a tab) between two words of one
    sentence ("of  ten nations": no convention puts it there; it is where an
    inline element was dropped), and a single space opening a line of text
    (nobody indents by one space; it is the space between an element and the
    text node after it), except before a word in a text that holds verse,
    where a line set in by one space is the poet's.  Kept, because they mean
    something:

    * indentation of two spaces or more, or a tab: a book's paragraph indent,
      a quotation or verse set in, a nested list, code;
    * two spaces after a full stop, a colon or a semicolon (the typist's
      sentence spacing, a label aligned with its value: "Type:    alliance");
    * every blank of an ``aligned`` line (a table or a drawing laid out in
      columns of spaces; see ``structure.aligned_lines``), of a Markdown
      table, and a two-space hard line break in Markdown;
    * with ``flowed``, one trailing space: the text marks each soft line break
      with it (see ``structure.soft_breaks_marked``);
    * a run of blanks before a number that ends its line or a tab before one (a
      column of figures); one before a number the sentence runs on after ("on
      March  9, 2022", "την  6η Τακτική") is a gap between words and is repaired;
    * a space before a comma or full stop ("for all , if"): it marks where a
      formula or a link was dropped, and taking it away hides the gap.
    * every gap of a line whose spacing is the author's (see
      :func:`spaced_by_author`), and of any line of a text with ``verse`` in
      it: a poet's spacing is part of the poem.

    >>> [(e.before, e.after) for e in fix_whitespace(" Heads  of\\tstate met.  Then ")]
    [(' ', ''), ('  ', ' '), ('\\t', ' '), (' ', '')]
    >>> fix_whitespace("      Был один мальчик.  Type:    alliance")
    []
    >>> [(e.column, e.note) for e in fix_whitespace("held on March  9, 2022; total  25")]
    [(13, 'gap between a word and a number')]
    >>> [(e.column, e.note) for e in fix_whitespace("the bloc  (SCO) met; Help  (F1)")]
    [(8, 'gap between words')]
    """
    if ("  " not in line and "\t" not in line and not line.endswith(" ")
            and not line.startswith(" ")):
        return []
    if not line.strip():
        return [Edit(0, line, "", "whitespace", "blank line")] if line else []
    edits: list[Edit] = []
    body_end = len(line.rstrip(" \t"))
    if (fmt == "text" and not aligned and _MARGIN_RE.match(line)
            and not (verse and line[1].isalpha() and not _prose_sentence(line))
            and not is_list_item(line)):
        edits.append(Edit(0, " ", "", "whitespace", "a stray space opening the line"))
    if not (aligned or verse or spaced_by_author(line)
            or (fmt == "markdown" and _TABLE_RE.match(line))):
        body_start = len(line) - len(line.lstrip(" \t"))
        for match in _GAP_RE.finditer(line, body_start, body_end):
            if line[match.start() - 1] == "’" and "‘" not in line[:match.start()]:
                continue    # an apostrophe ending a word cut short (μ’  αυτά), no quotation
            if ((line[match.end()].islower() or _capitals_heading(line)
                 or _after_a_word_never_last(line, match.start())
                 or _after_a_clause_comma(line, match.start())
                 or _before_a_name_in_prose(line, match.start()))
                    and not overlaps(protected, match.start(), match.end())):
                edits.append(Edit(match.start(), match.group(), " ", "whitespace",
                                  "gap between words"))
        edits.extend(_gaps_left_in_a_flattened_line(line, body_start, body_end, edits,
                                                    protected))
        # after a word in lower case, a gap before a number the sentence runs on with
        for match in _GAP_BEFORE_NUMBER_RE.finditer(line, body_start, body_end):
            if line[match.start() - 1].islower() and not overlaps(
                    protected, match.start(), match.end()):
                edits.append(Edit(match.start(), match.group(), " ", "whitespace",
                                  "gap between a word and a number"))
        for match in _GAP_BEFORE_OPENING_RE.finditer(line, body_start, body_end):
            if _gap_before_opening(line, *match.span()) and not overlaps(
                    protected, match.start(), match.end()):
                edits.append(Edit(match.start(), match.group(), " ", "whitespace",
                                  "gap between words"))
        edits.sort(key=lambda e: e.column)
    trailing = line[body_end:]
    if trailing and not (fmt == "markdown" and trailing == "  ") and not (
            flowed and trailing == " "):
        edits.append(Edit(body_end, trailing, "", "whitespace", "trailing"))
    return edits
