"""Does a text show a scraper's hand?  The one judgement the repairs of scraping damage share.

Some repairs mend damage no author makes, and apply wherever it is found:
look-alike letters inside a word, mojibake, control bytes, soft hyphens and
zero-width junk, a reference escaped twice (``&amp;quot;``), the lines of a
page's chrome.  Each of them found in a text is also evidence that a scraper
made it.

Other repairs mend what a scraper *may* have left, but what an author may
have typed as well: blanks at the end of a line (a Markdown hard break, a
stray space after a sentence), two spaces between words, a no-break space,
a character reference in plain text (a treebank's ``&#39;&#39;``), a straight
quote among curly ones, a line of blanks, a run of blank lines.  The cleaner
makes them only on a text that shows a scraper's hand (:func:`shows_a_scraper`)
and leaves every byte of one that shows none: an editor's text, a book, a
README, a treebank's sentences come out as they went in.  Which repairs wait
for evidence is :data:`UPON_EVIDENCE`; the cleaning first looks for evidence
with everything else (``clean._clean``), and makes them only if it finds some.

Some shapes are evidence too (:func:`scraped_shape`): what an HTML converter
leaves of a page and no author types — a line holding nothing but blanks
(an element's indent), a single space opening a line of prose (the space
between an element and the text node after it), a text that breaks off in
the middle of a sentence with a blank after its last word (a page cut
short), a sentence broken across two lines with a blank left at the break
(unless the text marks every soft break so, as format=flowed mail does, or
is a source in a markup language its author wrapped by hand: Markdown, MyST,
reStructuredText or LaTeX, :func:`markup_source`),
paragraphs ending with a blank after their last word on a page that also holds
a run of blank lines (a converter's "<p>… </p>" beside the empty elements it
dropped), a paragraph on one long unwrapped line that ends its last sentence with a blank
(:func:`_unwrapped_blank_ends`: a converter writes each "<p>…&nbsp;</p>" on one line;
in Markdown typed by hand, where an author leaves a stray blank now and then, most of
its paragraphs must end so),
and a quotation opened with a curly mark and closed with a straight one
(‘Insert', „Духа от Шанхай"), the half-done work of a converter, and a text
typing its apostrophes both ways (a headline's "Vicar's" over a body's "God’s",
:func:`apostrophes_both_ways`), or its title's quotation marks straight over a body that
quotes only curly (`Литературный час "…"` over “…”, :func:`title_over_curly_text`),
a page put together by two hands.  A text
that quotes straight throughout, or two spaces after a full stop, or a
Markdown hard break, shows none of these.

A byte order mark opening the text, and Windows line ends, are an editor's
doing, no evidence; nor is a paragraph's broken lines joined, which the
cleaner judges by their own shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cms_i18n.clean.structure import is_list_item, soft_breaks_marked
from cms_i18n.clean.typography import BESIDE_A_SPACE, is_data_line, title_over_curly_text
from cms_i18n.document import Fix

#: Kinds of fix that mend damage no author makes: each one found is evidence.
DAMAGE_KINDS = frozenset({"chrome", "mojibake", "homoglyph", "control", "invisible"})
#: The repairs made only on a text that shows a scraper's hand (fix kinds).
UPON_EVIDENCE = frozenset({"entity", "space", "whitespace", "quote"})


#: The note of a no-break space made plain between two words of three letters or more.
LONG_WORDS_NBSP = "no-break space between words, no tie"

#: Notes of whitespace fixes that only a converter's output needs (see fix_whitespace).
CONVERTER_NOTES = frozenset({"blank line", "a stray space opening the line"})


def is_damage(fix: Fix) -> bool:
    """Is this fix the repair of damage no author makes?

    >>> from cms_i18n.clean.edits import CleanFix
    >>> is_damage(CleanFix("homoglyph", "Н", "H", 1, "Cyrillic", 0))
    True
    >>> is_damage(CleanFix("entity", "&amp;quot;", '"', 1, "", 0))
    True
    >>> is_damage(CleanFix("entity", "&#39;", "'", 1, "", 0))
    False
    >>> is_damage(CleanFix("space", "\\xa0", " ", 1, LONG_WORDS_NBSP, 3))
    True
    >>> is_damage(CleanFix("invisible", "\\ufeff", "", 1, "byte order mark"))
    False
    """
    if fix.kind == "invisible":
        # A mark opening an editor's file is theirs; one read as cp1252 ("ï»¿") is damage.
        return fix.note != "byte order mark" or fix.before != "\ufeff"
    if fix.kind == "whitespace":
        return fix.note in CONVERTER_NOTES
    if fix.kind == "space":
        # A page's &nbsp; between two words no typesetter ties ("the\u00a0community"),
        # or beside a space ("Bristol,\u00a0 Somerset").
        return fix.note == LONG_WORDS_NBSP or fix.note.endswith(BESIDE_A_SPACE)
    if fix.kind == "entity":
        # A reference escaped twice: an escape escaped again by a page that got it so.
        return fix.before.startswith("&amp;") and fix.before != "&amp;"
    return fix.kind in DAMAGE_KINDS


def shows_a_scraper(fixes: Iterable[Fix]) -> bool:
    """Does what the cleaning repaired show that a scraper made the text?

    >>> from cms_i18n.clean.edits import CleanFix
    >>> shows_a_scraper([CleanFix("chrome", "Share", "", 3, "share bar")])
    True
    >>> shows_a_scraper([CleanFix("whitespace", " ", "", 2, "trailing", 40),
    ...                  CleanFix("quote", '"', "“", 1, "straight quote", 0)])
    False
    """
    return any(is_damage(fix) for fix in fixes)


# A quotation opened curly and closed straight: ‘…' “…" „…" (a closer ends a word).
_HALF_CURLED_RE = re.compile(r"‘[^‘’'\n]{1,200}?[^\W_.,!?]'(?![^\W_])"
                             r"|[“„][^“”„\"\n]{1,400}?\"(?![^\W_])")
# An apostrophe inside a word ("Vicar's", "DPRK’s", "5’s"), typed straight or curly.
_INNER_STRAIGHT_RE = re.compile(r"(?<=[^\W_])'(?=[^\W\d_])")
_INNER_CURLY_RE = re.compile(r"(?<=[^\W_])’(?=[^\W\d_])")
_CURLY_MARKS_RE = re.compile("[‘’“”]")
_STRAIGHT_MARKS_RE = re.compile("[\"']")
_CODE_SPAN_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")


def apostrophes_both_ways(lines: Sequence[str]) -> bool:
    """Does the prose type its apostrophes both ways, straight inside some words and
    curly inside others, with its curly marks the more frequent?

    A word processor, or a site's editor, curls every apostrophe its author types, and
    a plain editor curls none: one hand types them one way.  A page put together from a
    headline field typed straight and a body pasted curled ("Vicar's Letter" over
    "God’s gifts") shows two hands, as a page a scraper took does.  A text typed
    straight with one curly word pasted in (its straight marks the more frequent) is no
    such page, and a single mark typed straight among curly quotation marks, with no
    curly apostrophe, is no evidence either (a book's “…” beside "father's").

    >>> apostrophes_both_ways(["Vicar's Letter", "", "For God’s gifts and Mother Nature’s."])
    True
    >>> apostrophes_both_ways(["Don't say 'it's done' or 'we're there', says Russia’s envoy."])
    False
    >>> apostrophes_both_ways(["“Enough,” said her father's friend."])
    False
    """
    straight = curly = inner_straight = inner_curly = 0
    for line in lines:
        if "`" in line:
            line = _CODE_SPAN_RE.sub("", line)
        inner_straight += len(_INNER_STRAIGHT_RE.findall(line))
        inner_curly += len(_INNER_CURLY_RE.findall(line))
        straight += len(_STRAIGHT_MARKS_RE.findall(line))
        curly += len(_CURLY_MARKS_RE.findall(line))
    return bool(inner_straight and inner_curly) and straight <= curly


# A line that stops after a word in lower case, a blank left after it: a sentence
# broken off ("with three of ") before the next line.
_WORD_THEN_BLANK_RE = re.compile(r"[^\W\d_A-Z][ \t]+$")
# The text's last line stopping after a word, with a blank after it: a page cut short.
_CUT_SHORT_RE = re.compile(r"[^\W\d_][ \t]+$")
# Paragraphs ending with a blank after their last word, this many, beside a run of blank
# lines: a converter's paragraphs, each "<p>…&nbsp;</p>", and the gaps of what it dropped.
_BLANK_ENDS = 2


# Marks of a source written in a markup language, each kind once: a heading ("## Proof"),
# a role ("{prf:ref}`…`", ":ref:`…`") or a directive ("```{note}", ".. note::"), inline
# maths ("$\\mathbb{R}$"), a LaTeX command ("\\emph{…}"), strong emphasis ("**apply**").
_MARKUP_KINDS = (
    re.compile(r"^#{1,6} \S"),
    re.compile(r"\{[a-z][\w-]*(?::[\w-]+)*\}`[^`]+`|(?<!\w):[a-z][\w-]*(?::[\w-]+)*:`[^`]+`"
               r"|^(?:```|:::)\{[a-z][\w-]*\}|^\.\. [a-z][\w-]*::"),
    re.compile(r"(?<![\w$])\$[^$\s](?:[^$]*[^$\s])?\$(?![\w$])"),
    re.compile(r"\\[a-zA-Z]+\{"),
    re.compile(r"(?<![*\w])\*\*[^*\s](?:[^*]*[^*\s])?\*\*(?![*\w])"),
)
#: A source shows this many kinds of markup: one alone may be a quote's or a formula's.
_MARKUP_SOURCE_KINDS = 2
#: The kinds no HTML converter writes (a role or directive, inline maths, a LaTeX
#: command); a converter's Markdown has headings and bold, so a source shows one of these.
_SOURCE_ONLY_KINDS = frozenset({1, 2, 3})
# A line that opens with a LaTeX command taking an argument ("\newcommand{", "\section*{",
# "\begin{Article}"): the source's own structure, set out a command to a line.
_LATEX_COMMAND_LINE_RE = re.compile(r"\s*\\[A-Za-z]+\*?[{\[]")
#: Lines opening with a LaTeX command that make a text LaTeX source on their own: a
#: quoted formula or two in a page's prose does not open this many lines.
_LATEX_SOURCE_LINES = 3


def markup_source(lines: Sequence[str | None], prose: Sequence[int]) -> bool:
    """Is the text a source in a markup language (Markdown, MyST, reStructuredText, LaTeX)?

    Its author wraps its paragraphs by hand and may leave a blank at a break: no
    converter's doing.  Two kinds of mark or more show it, one of them a kind no
    HTML converter writes (a role, inline maths, a LaTeX command): a converter's
    page has headings and bold, nothing more.

    >>> markup_source(["## Introduction", "", "We are **applying** a rule ",
    ...                "to {prf:ref}`a theorem <thr-main>`."], [0, 2, 3])
    True
    >>> markup_source(["## Debt", "", "He warned that it is **high time** to tackle ",
    ...                "the debt."], [0, 2, 3])
    False

    LaTeX source shows itself by one kind alone, when three lines or more open with a
    command ("\\title{…}", "\\newcommand{…}", "\\section*{Recall}"): a converter's page
    quotes a formula inside its prose, a source is set out a command to a line.

    >>> markup_source([r"\\title{Maths}", r"\\newcommand{\\lamport}{Leslie ", "Lamport}",
    ...                r"\\section*{Recall}", "This is the fourth in a sequence "], range(5))
    True
    >>> markup_source([r"The rule \\emph{applies} here, and ", r"\\cite{leslie} says why."],
    ...               [0, 1])
    False
    """
    if sum(1 for i in prose if _LATEX_COMMAND_LINE_RE.match(lines[i] or "")) \
            >= _LATEX_SOURCE_LINES:
        return True
    kinds = {kind for kind, pattern in enumerate(_MARKUP_KINDS)
             if any(pattern.search(lines[i] or "") for i in prose)}
    return len(kinds) >= _MARKUP_SOURCE_KINDS and bool(kinds & _SOURCE_ONLY_KINDS)


def _ends_and_gaps(lines: Sequence[str | None], prose: Sequence[int]) -> bool:
    """Do paragraphs end with a blank after their last word, on a page with a run of blank
    lines?  An author may leave a stray blank, or space a text out; a converter does both.

    >>> _ends_and_gaps(["A sentence. ", "", "Another one. ", "", "", "Date: 2023"],
    ...                [0, 2, 5])
    True
    >>> _ends_and_gaps(["A sentence. ", "", "Another one. ", "", "Date: 2023"], [0, 2, 4])
    False
    >>> _ends_and_gaps(["A sentence. ", "", "Another one. ", "", "", ""], [0, 2])
    False
    """
    def blank(k: int) -> bool:
        return k >= len(lines) or not (lines[k] or "").strip()

    ends = sum(1 for i in prose if (lines[i] or "")[-1:] in (" ", "\t") and blank(i + 1))
    gaps = any(blank(k) and blank(k + 1) for k in range(prose[0] + 1, prose[-1] - 1))
    return ends >= _BLANK_ENDS and gaps


#: Unwrapped paragraphs ending with a blank, in a text written in Markdown: at least
#: this many, and most of the text's.
_UNWRAPPED_ENDS = 3
#: A mark of Markdown typed by hand: a heading, a code span, emphasis, a link.
_MARKDOWN_MARK_RE = re.compile(r"^#{1,6} \S|`[^`\s][^`]*`|\]\([^)\s]+\)"
                               r"|(?<![*\w])\*{1,2}[^*\s][^*]*\*{1,2}(?![*\w])")
#: A paragraph on one line this long was never wrapped by hand (an author's editor
#: wraps near 72 characters; a converter writes a whole ``<p>`` on a line).
_UNWRAPPED_CHARS = 100
# A sentence's end, then one blank, closing a line.
_SENTENCE_THEN_BLANK_RE = re.compile(r"[.!?…][\"'”’»)]?[ \t]+$")


def _unwrapped_blank_ends(lines: Sequence[str | None], prose: Sequence[int]) -> bool:
    """Does a paragraph standing on one long line end its last sentence with a blank?
    A converter's "<p>…&nbsp;</p>" or "<p>… </p>": no editor shows the blank, and of
    the hundreds of plain texts authors typed that the cleaner is measured on, none
    ends a paragraph so, where a third of the scraped pages with blanks at line ends
    do.  A text written in Markdown by hand (a heading, a code span, emphasis, a link)
    is another matter: its author leaves a stray blank after a sentence now and then,
    and a hard break (two blanks) ends a line inside a paragraph; there most of its
    paragraphs, three or more, must end so.

    >>> long = "A sentence that runs on and on for a good while, " * 2
    >>> _unwrapped_blank_ends([long + "end. ", "", long + "end. ", "", long + "end. ", "",
    ...                        long + "end."], [0, 2, 4, 6])
    True
    >>> _unwrapped_blank_ends(["Short one. ", "", "Short two. ", "", "Short three. "],
    ...                       [0, 2, 4])
    False
    >>> _unwrapped_blank_ends(["## Lists", "", long + "end. ", "", "Use `del` to drop one."],
    ...                       [0, 2, 4])
    False
    >>> _unwrapped_blank_ends(["Lists", "", long + "end. ", "", "Use del to drop one."],
    ...                       [0, 2, 4])
    True
    """
    def blank(k: int) -> bool:
        return k < 0 or k >= len(lines) or not (lines[k] or "").strip()

    paragraphs = [i for i in prose if blank(i - 1) and blank(i + 1)]
    ends = [i for i in paragraphs if len((lines[i] or "").strip()) >= _UNWRAPPED_CHARS
            and _SENTENCE_THEN_BLANK_RE.search(lines[i] or "")
            and not is_list_item(lines[i] or "")]
    if ends and not any(_MARKDOWN_MARK_RE.search(lines[i] or "") for i in prose):
        return True
    ends = [i for i in ends if not (lines[i] or "").endswith("  ")]
    return len(ends) >= _UNWRAPPED_ENDS and 2 * len(ends) > len(prose)


def scraped_shape(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Does the text have a shape a converter gives and an author does not?

    >>> scraped_shape(["Choose ‘Insert' from the menu."], [False])
    True
    >>> scraped_shape(['Choose "Insert" from the menu, then “Page”.'], [False])
    False
    >>> scraped_shape(["He warned that it is high time to tackle "], [False])
    True
    >>> scraped_shape(["A list: ", "- one ", "- two.  "], [False] * 3)
    False
    >>> scraped_shape(["Vicar's Letter", "", "God’s gifts"], [False] * 3)
    True
    >>> scraped_shape(['Reading hour "World Book Day"', "", "The “Book Day” and “Readers”."],
    ...               [False] * 3)
    True
    """
    prose = [i for i, line in enumerate(lines) if line is not None and line.strip()
             and not code[i]]
    if not prose:
        return False
    for i in prose:
        if _HALF_CURLED_RE.search(lines[i] or ""):
            return True
    if apostrophes_both_ways([lines[i] or "" for i in prose if not is_data_line(lines[i] or "")]):
        return True
    title = title_over_curly_text(lines, code)
    if title is not None and '"' in (lines[title] or ""):
        return True     # a title field typed straight over a body quoted curly: two hands
    last = lines[prose[-1]] or ""
    if _CUT_SHORT_RE.search(last) and not is_list_item(last):
        return True
    if soft_breaks_marked(lines, code):
        return False
    if _ends_and_gaps(lines, prose):
        return True
    if markup_source(lines, prose):
        return False
    if _unwrapped_blank_ends(lines, prose):
        return True
    for i in prose:
        line, following = lines[i] or "", lines[i + 1] if i + 1 < len(lines) else None
        if following and following.strip() and not code[i + 1] \
                and _WORD_THEN_BLANK_RE.search(line) and line[-2:-1] != "-" \
                and not is_list_item(following) and not is_list_item(line):
            return True
    return False
