"""Page chrome known by its words: the interface strings of the systems that print pages.

Most web chrome is printed by a handful of systems (MediaWiki, LaTeX2HTML,
share-button plugins, ...), and their interface strings exist, translated, in
their own message files.  ``data/interface_lexicon.txt`` holds the short ones
that a page prints as a whole line ("Jump to: navigation, search", "Next: …
Up: … Previous: …", "Поделиться на ВКонтакте"), rebuilt from those files by
``bench/make_interface_lexicon.py``.

A line is compared whole, once case, accents, punctuation and counts ("(25)")
are set aside; a message's parameter (``{*}``: a page's name, a date) stands for
a few words.  Such a line is no proof on its own, since "Contents" or "History"
may head an author's section, so it is taken only where chrome stands: at the
page's edges (above the article's first paragraph of prose or below its last)
or beside a line already judged chrome.  A string of a single word ("Edit",
"Search") needs both.  Inside the article a line is left to the other rules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

from cms_i18n.clean import blocks, page

REASON = "interface line of a content system"

_WILD = "{*}"
_WILD_MARK = "\x00"
# A parameter stands for this many words at most (a page's name, a date and time).
_WILD_WORDS = 10
# Markup, but not an address written between angle brackets ("<https://…>"): that is text.
_TAG_RE = re.compile(r"<(?![a-z][\w+.-]*:)[^<>]*>", re.I)
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# A count after a label ("Αγροτικά(25)", "Comments (3)") says nothing of the label.
_COUNT_RE = re.compile(r"\(\s*\d[\d\s.,]*\)")
_NOT_WORD_RE = re.compile(r"[^\w\x00]+")
# A string of one word is taken at an edge with chrome this many lines from it.
_WEAK_REACH = 2
# A line longer than this is no interface string, whatever it holds.
_LONG = 300


def _fold(text: str) -> str:
    """Lower case, no accents (Greek capitals drop theirs), counts and punctuation gone."""
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _COUNT_RE.sub(" ", text)
    return " ".join(_NOT_WORD_RE.sub(" ", text).replace("_", " ").split())


def key(line: str) -> str:
    """A line as the lexicon compares it.

    >>> key("**[Jump to](#nav): navigation, search**")
    'jump to navigation search'
    >>> key("ΛΕΞΕΙΣ-ΚΛΕΙΔΙΑ"), key("- Αγροτικά(25)")
    ('λεξεισ κλειδια', 'αγροτικα')
    """
    text = line
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "](" in text:
        text = _MD_LINK_RE.sub(r"\1", text)
    return _fold(text)


class Lexicon:
    """The interface strings, folded: whole lines, and those with parameters as patterns."""

    def __init__(self, entries: Sequence[str]) -> None:
        self.lines: dict[str, int] = {}
        patterns: dict[str, list[str]] = {}
        for entry in entries:
            folded = _fold(entry.replace(_WILD, f" {_WILD_MARK} "))
            literal = [w for w in folded.split() if w != _WILD_MARK]
            if not literal or not any(len(w) >= 2 for w in literal):
                continue
            if _WILD_MARK not in folded:
                self.lines[folded] = max(self.lines.get(folded, 0), len(literal))
                continue
            if sum(len(w) for w in literal) < 4:
                continue    # "De {*}": too little of its own to be known by
            words = folded.split()
            parts = [r"\S+(?: \S+){0,%d}" % (_WILD_WORDS - 1) if w == _WILD_MARK
                     else re.escape(w) for w in words]
            # Two parameters side by side are one run of words.
            source = " ".join(parts)
            patterns.setdefault(literal[0], []).append(f"(?:{source})")
            self.lines.setdefault(f"\x01{source}", len(literal))
        self._strength = {k: v for k, v in self.lines.items() if k.startswith("\x01")}
        self._patterns = {first: re.compile("|".join(group)) for first, group in patterns.items()}
        self._by_pattern = [(re.compile(k[1:]), v) for k, v in self._strength.items()]

    def words(self, line: str) -> int:
        """How many words of its own the interface string this line is has (0: none)."""
        if len(line) > _LONG:
            return 0
        folded = key(line)
        if not folded:
            return 0
        exact = self.lines.get(folded)
        if exact:
            return exact
        if not any(p.fullmatch(folded) for p in self._patterns.values()):
            return 0
        return max((n for p, n in self._by_pattern if p.fullmatch(folded)), default=0)


def _data() -> list[str]:
    text = resources.files("cms_i18n.clean").joinpath("data/interface_lexicon.txt").read_text(
        "utf-8")
    return [line.split("\t")[2] for line in text.splitlines()
            if line and not line.startswith("#") and line.count("\t") == 2]


@functools.cache
def lexicon() -> Lexicon:
    """The built-in lexicon, loaded once."""
    return Lexicon(_data())


def is_interface_line(line: str) -> bool:
    """Is this line, whole, an interface string of a content system?

    >>> is_interface_line("Jump to: navigation, search")
    True
    >>> is_interface_line("We jumped to the search results.")
    False
    """
    return lexicon().words(line) > 0


def _is_prose(text: str) -> bool:
    return blocks.is_prose(text) and bool(page.SENTENCE_END_RE.search(text)
                                          or len(text.split()) >= 20)


def take_interface_lines(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """Add the interface lines that stand at the page's edges or beside its chrome to
    ``found`` (index → reason)."""
    known = lexicon()
    matches = {i: n for i in views if i not in found and (n := known.words(lines[i] or ""))}
    if not matches:
        return
    order = sorted(views)
    prose = [i for i in order if i not in found and i not in matches and _is_prose(views[i])]
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
            if (words >= 2 and (at_edge or chrome_within(index, 1))) \
                    or (at_edge and chrome_within(index, _WEAK_REACH)):
                found[index] = REASON
                changed = True
