"""Lines the chrome rules find that their neighbours show to be the author's.

A rule that takes a line by its words ("a link to a site", "page chrome") is
right on a page where the line stands alone, as chrome does; the same words
inside what an author wrote are text.  The neighbours tell them apart:

* a line with a link that finishes the sentence the line above it began, in
  the same paragraph ("Produced by … and the Online Distributed" / "Proofreading Team
  at http://www.pgdp.net"): chrome never goes on an author's sentence;
* the items of a list that a sentence of the author's introduces ("Some good
  hosted repositories are" / "* Github : http://www.github.com"): a list of
  links after a header of the page's ("Read more:") is chrome, one after the
  author's own words is what the sentence promised;
* a line the author set in italics whole (``_All rights reserved_``, a book's
  imprint): a scraper's text carries no emphasis marks, an author's markup
  does;
* a ``$$`` line that opens or closes display maths, a ``$$`` line near it
  closing or opening it: a separator's shape, but the formula's frame;
* a line of the front matter that opens a Markdown file (between ``---``
  lines at the very top, ``topic: "…"``): the file's own fields;
* in such a file, a box the rules took that lists links to other files of the
  same source tree (``**See also**:`` / ``- [API reference](api.md)``), with
  the lines taken along with it: no scraper writes front matter, and a
  relative link names the author's own next document, where a site's box of
  related pages holds addresses;
* a Markdown table of contents: a list of three or more items, each a link
  to a heading of the same text (``- [Install](#install)``), with the heading
  over it (``## Table of Contents``), what stands between the two, and an
  italic note under it.  A site's menu links to other pages; links to
  ``#anchors`` written in Markdown source are the author's own outline;
* an archived e-mail's header (a name over an address written "guido at
  python.org" over a date) and the lines a reply quotes after ``>`` under its
  "… wrote:" (see :mod:`cms_i18n.clean.mail`): the message's, whatever their words.

:func:`keep_authored` takes such lines out of what the chrome rules found;
the rules themselves are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cms_i18n.clean.mail import own_lines
from cms_i18n.clean.structure import is_list_item

#: The reasons of rules that judge a line by its own words.
_BY_WORDS = frozenset({"link to a site", "page chrome"})
#: Fewer words than this above a line are a label or a heading, not a sentence begun.
_SENTENCE_WORDS = 5
#: Fewer words than this introduce a list as a header does ("Read more:", "See also").
_INTRO_WORDS = 4
# A whole line in italics, set with one underscore or one asterisk on each side.
_ITALIC_LINE_RE = re.compile(r"_(?!_)\S(?:.*\S)?(?<!_)_|\*(?![*\s])(?:.*\S)?(?<![*\s])\*")
_ENDS_A_SENTENCE_RE = re.compile(r"[.!?…:;»”\"')\]]\s*$")
_ENDS_ON_A_WORD_RE = re.compile(r"[^\W\d_]\s*$")


def _begins_a_sentence(line: str) -> bool:
    """A line of at least five words that stops on a word, no stop after it."""
    words = line.split()
    return (len(words) >= _SENTENCE_WORDS and not is_list_item(line)
            and not line.lstrip().startswith(("#", ">", "|"))
            and _ENDS_ON_A_WORD_RE.search(line) is not None)


def _introduces_a_list(line: str) -> bool:
    """A sentence of the author's that a list goes on: it ends on a colon, or on a word in
    lower case that the list completes ("Some good hosted repositories are").  A line
    ending on a capitalised name ("… of the Republic of Serbia", "… through Saturday") is
    a headline or a notice, which a list completes no more than it does a heading."""
    words = line.split()
    return (len(words) >= _INTRO_WORDS and not is_list_item(line)
            and not line.lstrip().startswith(("#", ">", "|"))
            and (line.rstrip().endswith(":") or (
                _ENDS_ON_A_WORD_RE.search(line) is not None and words[-1][:1].islower())))


#: Lines within which a ``$$`` line finds the one that closes or opens its formula.
_FORMULA_LINES = 12


def _front_matter(lines: Sequence[str | None]) -> range:
    """Indexes of the front matter opening the text: ``---`` on the first line, up to the
    next ``---`` (both included), or an empty range."""
    if not lines or (lines[0] or "").strip() != "---":
        return range(0)
    for index in range(1, len(lines)):
        if (lines[index] or "").strip() in ("---", "..."):
            return range(index + 1)
    return range(0)


# A Markdown link to another file of the same tree: no scheme, no host, no site root,
# no anchor of the same page ("[API](api.md)", "[Setup](../install/)").
_RELATIVE_LINK_RE = re.compile(r"\]\((?![a-zA-Z][\w+.-]*:|/|#)[^)\s]+\)")


def _cross_references(lines: Sequence[str | None], found: dict[int, str]) -> set[int]:
    """Indexes of the boxes found in a Markdown file with front matter that list links
    to files of the same tree: each run of found lines, no blank between, that holds
    a list item of such a link.

    >>> _cross_references(["---", "title: Docs", "---", "**See also**:",
    ...                    "- [API](api.md)", "# Usage", "Text."],
    ...                   {3: "page chrome", 4: "related-story list", 5: "related-story list"})
    {3, 4, 5}
    >>> _cross_references(["**See also**:", "- [API](api.md)"],
    ...                   {0: "page chrome", 1: "related-story list"})
    set()
    >>> _cross_references(["---", "title: Docs", "---", "Read more:",
    ...                    "- [Summit](https://e.org/a)"], {3: "page chrome", 4: "page chrome"})
    set()
    """
    if not _front_matter(lines):
        return set()
    kept: set[int] = set()
    for index in sorted(found):
        if index in kept:
            continue
        run = [index]
        while run[-1] + 1 in found and (lines[run[-1] + 1] or "").strip():
            run.append(run[-1] + 1)
        if any(is_list_item(lines[i] or "") and _RELATIVE_LINK_RE.search(lines[i] or "")
               for i in run):
            kept.update(run)
    return kept


def _maths_frames(lines: Sequence[str | None]) -> set[int]:
    """Indexes of ``$$`` lines with another ``$$`` line a formula's length away."""
    frames = [i for i, line in enumerate(lines) if (line or "").strip() == "$$"
              or ((line or "").lstrip().startswith("$$") and (line or "").count("$$") == 1)]
    return {i for i in frames if any(0 < abs(i - j) <= _FORMULA_LINES for j in frames)}


#: A list of at least this many in-page links is a table of contents.
_CONTENTS_ITEMS = 3
#: Lines above a table of contents where its heading may stand ("Click to expand").
_CONTENTS_HEAD_LINES = 2
# A list item that is one Markdown link to an anchor of the page: "- [Usage](#usage)".
_ANCHOR_ITEM_RE = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+\[[^\]\n]+\]\(#[\w.~%-]+\)\s*")
_MARKDOWN_HEADING_RE = re.compile(r"\s{0,3}#{1,6}\s+\S")


def _contents_lists(lines: Sequence[str | None]) -> set[int]:
    """Indexes of a Markdown table of contents: its items, its heading, an italic note.

    >>> _contents_lists(["## Contents", "- [Install](#install)", "- [Usage](#usage)",
    ...                  "  * [API](#api)", "_(generated)_", "Text."])
    {0, 1, 2, 3, 4}
    >>> _contents_lists(["- [Home](/)", "- [News](#news)", "- [About](/about)"])
    set()
    """
    kept: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _ANCHOR_ITEM_RE.fullmatch(lines[end] or ""):
            end += 1
        if end - index < _CONTENTS_ITEMS:
            index = end + 1
            continue
        kept.update(range(index, end))
        for above in range(index - 1, max(-1, index - 1 - _CONTENTS_HEAD_LINES), -1):
            if _MARKDOWN_HEADING_RE.match(lines[above] or ""):
                kept.update(range(above, index))
                break
        if end < len(lines) and _ITALIC_LINE_RE.fullmatch((lines[end] or "").strip()):
            kept.add(end)
        index = end + 1
    return kept


def keep_authored(lines: Sequence[str | None], code: Sequence[bool], found: dict[int, str],
                  is_chrome: Callable[[str], bool]) -> dict[int, str]:
    """``found`` without the lines their neighbours show to be the author's.

    ``is_chrome`` says whether a line is chrome by its own words: a sentence
    above that is chrome itself ("Read more about the summit and") vouches for
    nothing.

    >>> lines = ["Produced by Branko Collin and the Online Distributed",
    ...          "Proofreading Team at http://www.pgdp.net", "", "ELK DEEL"]
    >>> keep_authored(lines, [False] * 4, {1: "link to a site"}, lambda line: False)
    {}
    >>> lines = ["Some good hosted repositories are", "", "* Github : http://www.github.com",
    ...          "* Bitbucket: http://www.bitbucket.org"]
    >>> keep_authored(lines, [False] * 4, {2: "page chrome", 3: "page chrome"},
    ...               lambda line: False)
    {}
    >>> keep_authored(["Read more:", "* Putin meets Xi: http://e.org/a"], [False] * 2,
    ...               {1: "page chrome"}, lambda line: False)
    {1: 'page chrome'}
    """
    kept: set[int] = set(_front_matter(lines))
    kept.update(_maths_frames(lines))
    kept.update(_contents_lists(lines))
    kept.update(_cross_references(lines, found))
    kept.update(own_lines(lines))

    def standing(index: int) -> str | None:
        """The line at ``index`` if it is prose the rules did not find, else None."""
        if not 0 <= index < len(lines) or code[index] or index in found:
            return None
        line = lines[index]
        if not line or not line.strip() or is_chrome(line):
            return None
        return line

    for index, reason in found.items():
        if index in kept or reason not in _BY_WORDS:
            continue
        line = lines[index] or ""
        if _ITALIC_LINE_RE.fullmatch(line.strip()):
            kept.add(index)
            continue
        above = standing(index - 1)
        if reason == "link to a site" and above is not None and _begins_a_sentence(above) \
                and not is_list_item(line) and not _ENDS_A_SENTENCE_RE.search(above):
            kept.add(index)
            continue
        if not is_list_item(line):
            continue
        # the list's first item, and above it (past one blank line) what introduces it
        first = index
        while first - 1 >= 0 and is_list_item(lines[first - 1] or "") \
                and (first - 1) in found:
            first -= 1
        intro = first - 1
        if 0 <= intro < len(lines) and not (lines[intro] or "").strip():
            intro -= 1
        introducing = standing(intro)
        if introducing is not None and _introduces_a_list(introducing):
            kept.add(index)
    return {index: reason for index, reason in found.items() if index not in kept}
