"""Page chrome known by its words: the interface strings of the systems that print pages.

Most web chrome is printed by a handful of systems (MediaWiki, LaTeX2HTML,
share-button plugins, ...), and their interface strings exist, translated, in
their own message files.  ``data/interface_lexicon.txt`` holds the short ones
that a page prints as a whole line ("Jump to: navigation, search", "Next: …
Up: … Previous: …", "Поделиться на ВКонтакте"), rebuilt from those files by
``bench/make_interface_lexicon.py``.

A line is compared whole, once case, accents, punctuation and counts ("(25)")
are set aside; a message's parameter (``{*}``: a page's name, a date) stands for
a few words; one word and a parameter ("About {*}") says too little unless its
marks say it too ("Categories: {*}").  Such a line is no proof on its own, since
"Contents" or "History" may head an author's section, so it is taken only where
chrome stands: at the page's edges (above the article's first paragraph of prose
or below its last) or beside a line already judged chrome.  A string of one or two
words ("Edit", "Recent changes") needs both, since a document's title may read so.
Inside the article a line is left to the other rules.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence

from cms_i18n.clean import blocks
from cms_i18n.clean.vocabulary import data_text
from cms_i18n.markup import without_markup

REASON = "interface line of a content system"

_WILD = "{*}"
_WILD_MARK = "\x00"
# A parameter stands for this many words at most (a page's name, a date and time).
_WILD_WORDS = 10
# A count after a label ("Αγροτικά(25)", "Comments (3)") says nothing of the label.
_COUNT_RE = re.compile(r"\(\s*\d[\d\s.,]*\)")
_NOT_WORD_RE = re.compile(r"[^\w\x00]+")
# A parameter beside a single word and its marks stands for this many characters at most.
_WILD_CHARS = 80
# ... and the word and its marks have this many characters at least.
_MARKED_LETTERS = 5
# A string of this many words is taken at an edge on its own; a shorter one ("Recent
# changes", "Main page") may be a document's title there, and needs chrome beside it.
_ALONE_WORDS = 3
# A string of one word is taken at an edge with chrome this many lines from it.
_WEAK_REACH = 2
# A part of a run of strings has this many letters at least (no "up", no "go").
_GLUED_PART = 4
# A run of strings longer than this (spaces aside) is no menu.
_GLUED_LONG = 100
# A line longer than this is no interface string, whatever it holds.
_LONG = 300
# A web address in quotation marks, as a message prints its parameter ("Retrieved from «…»").
_ADDRESS_RE = re.compile(r"(?<=[\"«“])https?://[^\s\"«»“”<>]+(?=[\"»”])")


def _fold(text: str) -> str:
    """Lower case, no accents (Greek capitals drop theirs), counts and punctuation gone."""
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _COUNT_RE.sub(" ", text)
    return " ".join(_NOT_WORD_RE.sub(" ", text).replace("_", " ").split())


def _tight(text: str) -> str:
    """Lower case, no accents, no spaces, the marks kept: "Catégories : X" → "categories:x"."""
    text = unicodedata.normalize("NFD", _COUNT_RE.sub(" ", text.casefold()))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and not ch.isspace())


def key(line: str) -> str:
    """A line as the lexicon compares it.

    >>> key("**[Jump to](#nav): navigation, search**")
    'jump to navigation search'
    >>> key("ΛΕΞΕΙΣ-ΚΛΕΙΔΙΑ"), key("- Αγροτικά(25)")
    ('λεξεισ κλειδια', 'αγροτικα')
    """
    # An address between angle brackets ("<https://…>") is the line's text, not markup.
    return _fold(without_markup(line, keep_addresses=True))


class Lexicon:
    """The interface strings, folded: whole lines, and those with parameters as patterns."""

    def __init__(self, entries: Sequence[str]) -> None:
        #: folded line → how many words of its own it has
        self.lines: dict[str, int] = {}
        # The same without spaces, for lines the scraper glued together.
        self._glued: dict[str, int] = {}
        self._patterns: list[tuple[re.Pattern[str], int]] = []
        self._marked_sources: list[str] = []
        for entry in entries:
            folded = _fold(entry.replace(_WILD, f" {_WILD_MARK} "))
            literal = [w for w in folded.split() if w != _WILD_MARK]
            if not literal or not any(len(w) >= 2 for w in literal):
                continue
            if _WILD_MARK not in folded:
                self.lines[folded] = max(self.lines.get(folded, 0), len(literal))
                if len(folded) >= _GLUED_PART:
                    glued = folded.replace(" ", "")
                    self._glued[glued] = max(self._glued.get(glued, 0), len(literal))
                continue
            if len(literal) < 2:
                # One word and a parameter ("About {*}", "Источник — «{*}»") is a sentence's
                # start as often as a system's line: only its own marks tell it apart
                # ("Categories: {*}", not "Источник: …").
                self._marked_pattern(entry)
                continue
            # A parameter stands for a few words; two side by side are one run of them.
            wild = rf"\S+(?: \S+){{0,{_WILD_WORDS - 1}}}"
            source = " ".join(wild if w == _WILD_MARK else re.escape(w) for w in folded.split())
            self._patterns.append((re.compile(source), len(literal)))
        self._marked = re.compile("|".join(self._marked_sources) or "(?!)")
        self._any = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._patterns))
        self._longest = max(self._glued, key=len, default="")
        # A run opens with a string's first letters and closes with a string's last.
        self._heads = {glued[:_GLUED_PART] for glued in self._glued}
        self._tails = {glued[-_GLUED_PART:] for glued in self._glued}

    def _marked_pattern(self, entry: str) -> None:
        pieces = [_tight(piece) for piece in entry.split(_WILD)]
        if sum(len(p) for p in pieces) < _MARKED_LETTERS or not any(
                _NOT_WORD_RE.search(p) for p in pieces):
            return
        self._marked_sources.append(f".{{1,{_WILD_CHARS}}}".join(re.escape(p) for p in pieces))

    def words(self, line: str) -> int:
        """How many words of its own the interface string this line is has (0: none).

        A line of two or more strings in a row ("Share on FacebookShare on Twitter",
        "Edit History") counts the words of its parts when one of them has two, else
        as one of a single word; parts run together without a space must have two.
        """
        if len(line) > _LONG:
            return 0
        # A quoted address fills a parameter as one word ("Retrieved from "https://…/index.php?
        # title=…&oldid=…""), however many its slashes and signs fold it into.
        folded = key(_ADDRESS_RE.sub(" address ", line))
        if not folded:
            return 0
        exact = self.lines.get(folded)
        if exact:
            return exact
        if self._any.fullmatch(folded):
            return max(n for p, n in self._patterns if p.fullmatch(folded))
        if self._marked.fullmatch(_tight(without_markup(line, keep_addresses=True))):
            return 1
        return self._run_of_strings(folded)

    def _run_of_strings(self, folded: str) -> int:
        text = folded.replace(" ", "")
        if len(text) > _GLUED_LONG or text[:_GLUED_PART] not in self._heads \
                or text[-_GLUED_PART:] not in self._tails:
            return 0
        # Where a space stood in the line: a part ending there was not glued on.
        spaces = {len(w) for w in itertools.accumulate(folded.split())}
        limit = len(self._longest)
        # best[i]: the parts that make text[:i] (each: its words, whether a space ends it)
        best: list[list[tuple[int, bool]] | None] = [None] * (len(text) + 1)
        best[0] = []
        for end in range(1, len(text) + 1):
            for start in range(max(0, end - limit), end - _GLUED_PART + 1):
                before = best[start]
                if before is None or text[start:end] not in self._glued:
                    continue
                parts = [*before, (self._glued[text[start:end]], end in spaces)]
                current = best[end]
                if current is None or len(parts) < len(current):
                    best[end] = parts
        whole = best[-1]
        if not whole or len(whole) < 2:
            return 0
        if any(words >= 2 for words, _ in whole):
            return sum(words for words, _ in whole)
        return 1 if all(spaced for _, spaced in whole) else 0


def _data() -> list[str]:
    text = data_text("interface_lexicon.txt")
    return [line.split("\t")[2] for line in text.splitlines()
            if line and not line.startswith("#") and line.count("\t") == 2]


@functools.cache
def lexicon() -> Lexicon:
    """The built-in lexicon, loaded once."""
    return Lexicon(_data())


@functools.lru_cache(maxsize=blocks.SEEN_LINES)
def interface_words(line: str) -> int:
    """:meth:`Lexicon.words` of the built-in lexicon, kept per line: each round of chrome
    removal asks again about the same lines."""
    return lexicon().words(line)


def is_interface_line(line: str) -> bool:
    """Is this line, whole, an interface string of a content system?

    >>> is_interface_line("Jump to: navigation, search")
    True
    >>> is_interface_line("We jumped to the search results.")
    False
    """
    return interface_words(line) > 0


# The first item of a numbered list: "1. What is ASEAN?", "1) Scope".
_FIRST_ITEM_RE = re.compile(r"1[.)]\s+\S")


def _heads_numbered_items(lines: Sequence[str | None], order: Sequence[int], k: int) -> bool:
    """Does the line at ``order[k]`` stand right over the first item of a numbered list
    ("FAQ" over "1. What is ASEAN?", "Contents" over "1. Scope")?  Then it is the
    document's heading over its own items, whatever a forum's menu calls its link.

    >>> _heads_numbered_items(["FAQ", "", "1. What is ASEAN?"], [0, 2], 0)
    True
    >>> _heads_numbered_items(["FAQ", "Members", "Search"], [0, 1, 2], 0)
    False
    """
    return k + 1 < len(order) and bool(
        _FIRST_ITEM_RE.match((lines[order[k + 1]] or "").lstrip()))


def take_interface_lines(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """Add the interface lines that stand at the page's edges or beside its chrome to
    ``found`` (index → reason)."""
    matches = {i: n for i in views if i not in found and (n := interface_words(lines[i] or ""))}
    if not matches:
        return
    order = sorted(views)
    prose = [i for i in order
             if i not in found and i not in matches and blocks.is_article_prose(views[i])]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    place = {index: k for k, index in enumerate(order)}

    def chrome_within(index: int, reach: int) -> bool:
        k = place[index]
        near = [order[j] for j in range(k - reach, k + reach + 1)
                if j != k and 0 <= j < len(order)]
        return any(j in found or matches.get(j, 0) >= 2 for j in near)

    changed = True
    while changed:
        changed = False
        for index, words in sorted(matches.items()):
            if index in found:
                continue
            at_edge = index < first or index > last
            if words < _ALONE_WORDS and _heads_numbered_items(lines, order, place[index]):
                continue
            if (words >= 2 and chrome_within(index, 1)) or (at_edge and (
                    words >= _ALONE_WORDS or chrome_within(index, _WEAK_REACH))):
                found[index] = REASON
                changed = True
