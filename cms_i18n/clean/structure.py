"""The shape of a text: its lines, which of them are code, what inside a line is off limits.

Every cleaning step works on one line at a time, and each edit it makes is
recorded against the line of the input where it happened.  This module splits
text into those lines, marks the lines that must never be touched (fenced and
indented code, front matter, ``<pre>`` blocks, code pasted into plain text),
finds the spans inside a line that are off limits (inline code, URLs, e-mail
addresses, HTML tags), and joins the cleaned lines back into text with
normalised paragraph breaks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cms_i18n.clean.server import is_server_message

# Line breaks a scraped page may use.  U+0085 (NEL) is not among them: in
# scraped text it is the cp1252 ellipsis byte read as Latin-1 (see encoding.py);
# nor is a form feed (a page break from a PDF export), which is removed.
_BREAK_RE = re.compile("\r\n|[\r\n\v\u2028\u2029]")
_BREAK_NAMES = {
    "\r\n": "CRLF", "\r": "CR", "\v": "vertical tab",
    "\u2028": "line separator", "\u2029": "paragraph separator",
}


@dataclass
class Lines:
    """A text cut into lines, plus what the cut needs to be undone faithfully."""

    lines: list[str]
    ends_with_newline: bool
    breaks: dict[str, tuple[int, int]]   # break other than "\n" → (count, first line)


def split_lines(text: str) -> Lines:
    """Cut text into lines on every kind of line break.

    >>> split_lines("a\\r\\nb\\n").lines
    ['a', 'b']
    >>> split_lines("a\\r\\nb").breaks
    {'\\r\\n': (1, 1)}
    """
    lines: list[str] = []
    breaks: dict[str, tuple[int, int]] = {}
    pos = 0
    for match in _BREAK_RE.finditer(text):
        lines.append(text[pos:match.start()])
        brk = match.group()
        if brk != "\n":
            count, first = breaks.get(brk, (0, len(lines)))
            breaks[brk] = (count + 1, first)
        pos = match.end()
    tail = text[pos:]
    ends = pos == len(text) and pos > 0
    if tail or not ends:
        lines.append(tail)
    if text == "":
        lines = []
    return Lines(lines, ends, breaks)


def break_name(brk: str) -> str:
    """A readable name for a line break, for explanations."""
    return _BREAK_NAMES.get(brk, repr(brk))


@dataclass(frozen=True)
class Saving:
    """How a file was saved, apart from its text: a byte order mark, its one line break.

    The cleaner works on text whose lines end in ``\n``; a file that a program saved
    with a mark, or with Windows (or old Mac) line breaks throughout, was saved so on
    purpose, and a filter gives it back saved the same way: an author's bytes stay
    byte for byte where nothing else needs cleaning.  A file mixing kinds of breaks
    was pieced together, and gets ``\n`` throughout.
    """

    bom: bool
    line_break: str

    def restore(self, text: str) -> str:
        """The cleaned text saved as its file was.

        >>> how_saved("\\ufeffa\\r\\nb\\r\\n").restore("a\\nb\\n") == "\\ufeffa\\r\\nb\\r\\n"
        True
        """
        if self.line_break != "\n":
            text = text.replace("\n", self.line_break)
        return "\ufeff" + text if self.bom and not text.startswith("\ufeff") else text


def how_saved(text: str) -> Saving:
    """The byte order mark opening ``text``, and the one kind of line break it uses.

    >>> how_saved("a\\r\\nb\\r\\n")
    Saving(bom=False, line_break='\\r\\n')
    >>> how_saved("a\\r\\nb\\n").line_break, how_saved("a").line_break
    ('\\n', '\\n')
    """
    kinds = {match.group() for match in _BREAK_RE.finditer(text)}
    line_break = kinds.pop() if len(kinds) == 1 and kinds <= {"\r\n", "\r"} else "\n"
    return Saving(text.startswith("\ufeff"), line_break)


# --------------------------------------------------------------------------
# Code: lines never touched

#: A fence may be set in by no-break spaces too: the cleaner makes them plain spaces, and a
#: line must be code before that repair exactly when it is code after it, or cleaning
#: twice would not give what cleaning once gave.
_FENCE_RE = re.compile(r"^[ \t\u00a0]{0,3}(`{3,}|~{3,})")
_INDENTED_RE = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]")
_HTML_CODE_OPEN_RE = re.compile(r"<(pre|script|style|textarea)\b", re.I)

# A line that a person writing prose would not write: how it starts …
_CODE_START_RE = re.compile(
    r"""[ \t]*(?:
          (?:def|class|import|return|elif|lambda|async[ \t]+def|await|yield|raise|
             function|const|let|var|public|private|protected|static|package|
             fn|func|impl|struct|enum|interface|namespace|using|echo|export|
             SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b(?![ \t]*[,.;:!?'’][ \t]*$)
        | from[ \t]+[\w.]+[ \t]+import\b
        | (?:if|for|while|with|try|except|else|finally)\b[^\n]*:[ \t]*$
        | \#(?:include|define|ifn?def|endif|pragma)\b
        | \#!/ | <\?php | >>>[ \t] | \$[ \t]+(?!\d)\w | [{}][ \t]*$ | //[ \t] | /\* | \}
        | </?[A-Za-z][\w-]*(?:[ \t][^<>]*)?/?>
        | [A-Za-z_][\w.]*(?:\[[^\]]*\])?[ \t]*(?:[-+*/%|&^]|//|\*\*)?=[ \t]*\S
      )""",
    re.X,
)
# … how it ends …
_CODE_END_RE = re.compile(
    r"(?:\{|[=(){}\[\]$].*;|\)[ \t]*:|\b[A-Za-z_][\w.]*\([^()\n]*\);?)[ \t]*$")
_PLURAL_COUNT_RE = re.compile(r"\d[\d,.]* [^\W\d_]+\((?:s|es)\)")
# A label with a plural marker or a note in brackets over its items or its field
# ("Keyword(s):", "Author(s):", "Name (required):", a count's "0 comments (click to read
# or post):"): no signature.
_PLURAL_LABEL_RE = re.compile(
    r"(?:[A-Z][a-z]+(?: [a-z]+){0,2}(?:\((?:s|es)\)| \([a-z][a-z ]{1,30}\))"
    r"|\d{1,5} [a-z]+(?: [a-z]+){0,2} \([a-z][a-z ]{1,40}\))\s*:")
# An exchange rate, a currency's code on each side ("AZN = 54.42 RUB", "1 USD = 92.51 ₽"):
# a figure followed by a word is no value a program assigns.
_RATE_RE = re.compile(r"(?:\d{1,4}\s*)?[A-Z]{3}\s*=\s*\d{1,6}(?:[.,]\d{1,4})?\s*"
                      r"(?:[A-Z]{3}|руб\.?|₽|\$|€)")
# A blog platform's like bar whose counter kept its template's tags: no markup an author
# quotes, the page's chrome (``data/chrome.txt``).
_LIKE_BAR_RE = re.compile(r"<span[^<>]{0,40}>%d</span> bloggers? likes? this\W*")
_TRAILING_ENTITY_RE = re.compile(r"&#?\w{1,10};$")
# … or an operator in it.
_CODE_OPERATORS = ("==", "!=", "=>", "&&", "||", "::", "++", "+=", "-=", "<=", ">=")
_PROSE_END_RE = re.compile(r"[.!?…\"”’»)]\s*$")
# A crontab's line: five schedule fields ("*/5 * * * *", "0 3 * * 1-5") or a nickname
# ("@daily"), then the command.
_CRONTAB_RE = re.compile(r"\s*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|hourly)"
                         r"|(?=(?:\S+[ \t]+){0,4}\S*\*)(?:[\d*][\d*/,-]*[ \t]+){4}"
                         r"[\d*][\d*/,-]*)[ \t]+\S")
# The first line of an interactive session: Python's ">>> ", IPython's "In [1]: ".
_SESSION_RE = re.compile(r"[ \t]*(?:>>>[ \t]|In \[\d+\]:[ \t])")


def looks_like_code(line: str) -> bool:
    """True when a line carries a signal only code carries.

    >>> looks_like_code("    return x + 1")
    True
    >>> looks_like_code("The forum, he said, will be held in Moscow.")
    False
    >>> looks_like_code("USD = 92.51 RUB"), looks_like_code("USD = 92.51")
    (False, True)
    >>> looks_like_code("Keyword(s):"), looks_like_code("Name (required):")
    (False, False)
    >>> looks_like_code("0 comments (click to read or post):")
    False
    >>> looks_like_code("*/5 * * * * /usr/bin/flock -n /tmp/myjob.lock /usr/local/bin/myjob.sh")
    True
    >>> looks_like_code("5 4 3 2 1 liftoff, the crowd counted")
    False
    >>> looks_like_code("def keywords(s):")
    True

    A double colon between spaces separates a page title's parts ("Music Heaven :: View
    topic"), where a program's scope operator stands between names (``A::f``):

    >>> looks_like_code("Music Heaven :: View topic"), looks_like_code("Walker::start_el(")
    (False, True)
    """
    stripped = line.rstrip()
    if _CRONTAB_RE.match(stripped):
        return True     # "*/5 * * * * /usr/bin/flock -n …": a schedule's line, a command
    if _PLURAL_COUNT_RE.fullmatch(stripped.strip()):
        return False    # "0 Comment(s)", "3 item(s)": a count with a plural marker, no call
    if _PLURAL_LABEL_RE.fullmatch(stripped.strip()):
        return False    # "Keyword(s):", "Name (required):": a label, no definition
    if _RATE_RE.fullmatch(stripped.strip()):
        return False    # "USD = 92.51 RUB": an exchange rate, no statement of any language
    if re.fullmatch(r"\s*[|¦]+\s*", stripped):
        return False    # "||": the bars a scraper kept between links it dropped, no "or"
    if _LIKE_BAR_RE.fullmatch(stripped.strip()):
        return False    # "<span>%d</span> bloggers like this:": a like bar, its tags kept
    if not line[:1].isspace() and is_server_message(stripped):
        # "Warning: Declaration of A::f($x) should be compatible with B::f(&$x) in
        # /home/…/x.php on line 39": the server's message printed into the page, judged
        # as such (a page quoting one sets it in or says so), never a program's line.
        return False
    if stripped.endswith(";") and "&" in stripped:
        stripped = _TRAILING_ENTITY_RE.sub("", stripped)    # "… said.&nbsp;" is prose
    signal = bool(
        _CODE_START_RE.match(line)
        or (stripped.endswith((";", "{", ":", ")")) and _CODE_END_RE.search(stripped))
        or any(op in line.replace(" :: ", " ") for op in _CODE_OPERATORS))
    if not signal:
        return False
    # A long sentence that ends like a sentence is prose even with an "==" in it.
    return not (len(line.split()) >= 12 and _PROSE_END_RE.search(line))


def code_mask(lines: Sequence[str], fmt: str = "text") -> list[bool]:
    """Mark the lines that belong to code (or front matter) and must stay as they are.

    Fenced blocks (```` ``` ```` / ``~~~``) count in every format; in Markdown,
    YAML front matter and indented code blocks too; in HTML, ``<pre>``,
    ``<script>``, ``<style>`` and ``<textarea>``; in plain text, a paragraph in
    which most lines carry a code signal (``def``, ``;`` at the end, ``==``, an
    assignment, a call) — scraped articles paste code without fences.  The
    blank lines between two code paragraphs are code too, and a text that is
    wholly code is code from its first line to its last, blank ones included:
    a blank line's count is the programmer's layout, which the run of blank
    lines between paragraphs of prose is not.

    >>> code_mask(["Text.", "", "```", "x  =  1", "```", "More."])
    [False, False, True, True, True, False]
    """
    n = len(lines)
    mask = [False] * n
    i = 0
    if fmt == "markdown" and n and lines[0].strip() == "---":
        for j in range(1, min(n, 200)):
            if lines[j].strip() in ("---", "..."):
                for k in range(j + 1):
                    mask[k] = True
                i = j + 1
                break
    while i < n:
        line = lines[i]
        fence = _FENCE_RE.match(line)
        if fence:
            marker = fence.group(1)
            mask[i] = True
            j = i + 1
            while j < n:
                mask[j] = True
                close = _FENCE_RE.match(lines[j])
                if (close and close.group(1)[0] == marker[0]
                        and len(close.group(1)) >= len(marker)
                        and not lines[j].strip().strip(marker[0])):
                    break
                j += 1
            i = j + 1
            continue
        if fmt == "html":
            opened = _HTML_CODE_OPEN_RE.search(line)
            if opened:
                close_re = re.compile(rf"</{opened.group(1)}\s*>", re.I)
                j = i
                while j < n:
                    mask[j] = True
                    if close_re.search(lines[j], opened.end() if j == i else 0):
                        break
                    j += 1
                i = j + 1
                continue
        i += 1
    if fmt in ("text", "markdown"):
        _mark_code_paragraphs(lines, mask, fmt)
    if any(mask) and all(mask[k] or not lines[k].strip(" \t") for k in range(n)):
        # A text that is wholly code (a source file) is kept whole: PEP 8's two blank
        # lines, a blank line of spaces, the blank lines that open or end it.
        mask = [True] * n
    return mask


def _mark_code_paragraphs(lines: Sequence[str], mask: list[bool], fmt: str) -> None:
    """Mark indented code blocks (Markdown) and unfenced code paragraphs (text)."""
    n = len(lines)
    i = 0
    previous_block_is_list = previous_block_is_code = False
    code_ended: int | None = None   # the end of the last code paragraph, if only blanks follow
    while i < n:
        if mask[i]:
            code_ended = None    # a fence or front matter: the blanks around it are prose's
            i += 1
            continue
        if not lines[i].strip(" \t"):
            i += 1
            continue
        j = i
        # Only spaces and tabs make a line blank here: a line of invisible or
        # odd characters may become text once cleaned, and must not split a
        # paragraph now that would be whole on the next run.
        while j < n and lines[j].strip(" \t") and not mask[j]:
            j += 1
        block = lines[i:j]
        indented = all(_INDENTED_RE.match(line) for line in block)
        is_code = False
        if fmt == "markdown":
            is_code = indented and not previous_block_is_list
        else:
            signals = sum(1 for line in block if looks_like_code(line))
            if signals and (indented or signals * 2 >= len(block)):
                is_code = True
            # A definition whose body follows it indented ("def f(" / "    x: int," /
            # ") -> str:"), and reStructuredText's literal block after "::".
            is_code = is_code or (len(block) >= 2 and looks_like_code(block[0]) and all(
                _INDENTED_RE.match(line) or line.lstrip()[:1] in ")]}" for line in block[1:]))
            set_in = all(line[:1] in (" ", "\t") for line in block)
            is_code = is_code or (set_in and _after_literal_marker(lines, i))
            # reStructuredText's explicit markup: ".. _target:" / "    https://…",
            # ".. code-block:: text", ".. note::" with its indented body.
            is_code = is_code or (block[0].startswith(".. ") and all(
                line.startswith(".. ") or line[:1] in (" ", "\t") for line in block))
            # An indented paragraph right after code goes on with its body (a blank
            # line inside a function).
            is_code = is_code or (indented and previous_block_is_code)
            # A session at an interpreter's prompt is code, its output lines included.
            is_code = is_code or bool(_SESSION_RE.match(block[0]))
        if is_code:
            # Blank lines between two code paragraphs are the code's own (two between
            # a Python file's functions, one inside a function, per PEP 8).
            for k in range(i if code_ended is None else code_ended, j):
                mask[k] = True
            code_ended = j
        else:
            previous_block_is_list = any(_LIST_ITEM_RE.match(line) for line in block)
            code_ended = None
        previous_block_is_code = is_code
        i = j


def _after_literal_marker(lines: Sequence[str], index: int) -> bool:
    """Does the paragraph before line ``index`` end with "::", reStructuredText's mark
    of the literal (code, output, a table as typed) block that follows it?"""
    before = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return before.rstrip().endswith("::")


# A blank gap inside a line: two spaces or more, or a tab.
_COLUMN_GAP_RE = re.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")


# A cell of a table holds this many words at most; more between two gaps is prose.
_CELL_WORDS = 20


def _prose_with_a_gap(line: str) -> bool:
    """Does a run of words as long as a paragraph's stand between the line's gaps?"""
    return len(line) >= _PARAGRAPH_LINE and any(
        len(cell.split()) > _CELL_WORDS for cell in _COLUMN_GAP_RE.split(line))


def aligned_lines(lines: Sequence[str | None]) -> list[bool]:
    """Lines laid out in columns of blanks: tables, forms, drawings.

    A paragraph (lines between blank lines) of two lines or more in which at
    least two lines have a gap of two blanks or a tab inside them was set in
    columns by its author, so every blank in it is kept.  A single line with
    such a gap is judged by :func:`fix_whitespace` alone.

    A sentence of prose with a stray gap in it is no row: a table's cells are short,
    and a run of words as long as a paragraph between two gaps is running text that
    lost an element.

    >>> aligned_lines(["Country      Joined", "Kazakhstan   member", "", "a  b"])
    [True, True, False, False]
    >>> aligned_lines(["The law " + "as it stands  and the rule " * 6, "We invite " * 30])
    [False, False]
    """
    mask = [False] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and (lines[end] or "").strip():
            continue
        block = range(start, end)
        if len(block) >= 2 and sum(1 for i in block if _COLUMN_GAP_RE.search(lines[i] or "")
                                   and not _prose_with_a_gap(lines[i] or "")) >= 2:
            for i in block:
                mask[i] = True
        start = end + 1
    return mask


# How many lines above and below a line in columns may hold its columns: the next
# row of a table whose rows are set apart by a blank line.
_COLUMN_REACH = 2


def shares_columns(lines: Sequence[str | None], index: int) -> bool:
    """Does a column of this line, a field after a gap of blanks, start where one of a
    line close above or below it starts, a blank line between them at most?

    A cheat sheet or a reference table sets each row, or each group of rows, apart by a
    blank line; its columns still line up ("# H1   ## H2        Headings" over
    "*italic*  _italic_  Emphasis"), which a scraper's run of tags never does but by
    chance in one place.

    >>> shares_columns(["# H1   ## H2      Headings", "", "*a*  _a_          Emphasis"], 0)
    True
    >>> shares_columns(["News   World   Politics", "", "The council met on Tuesday."], 0)
    False
    """
    starts = {m.end() for m in _COLUMN_GAP_RE.finditer(lines[index] or "")}
    if not starts:
        return False
    for other in range(max(0, index - _COLUMN_REACH),
                       min(len(lines), index + _COLUMN_REACH + 1)):
        if other != index and starts & {
                m.end() for m in _COLUMN_GAP_RE.finditer(lines[other] or "")}:
            return True
    return False


# --------------------------------------------------------------------------
# Spans inside a line that no step may change

_CODE_SPAN_RE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_URL_RE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"“”‘’«»]*[^\s<>\"“”‘’«».,;:!?)\]}'*_]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
    r"|(?<=\]\()[^)\s]+(?=[)\s])"
)
_TAG_RE = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z][\w:-]*|!--)(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>")


def _tex_quotation(match: re.Match[str]) -> bool:
    """Is this "code span" a quotation set in TeX's way, ``…'' (its close perhaps escaped
    as ``&#39;&#39;``), running to the next quotation's opening ``?"""
    return match.group(1) == "``" and ("''" in match.group(2) or "&#39;&#39;" in match.group(2))


def protected_spans(line: str, fmt: str, *, urls: bool = True) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of inline code, URLs and tags inside a line.

    Two quotations set in TeX's way on one line (``a'' and ``b'') are no code
    span from the first ```` to the second: the text between is prose, repaired
    as the rest of the line is (a reference in it decoded like its twin).

    >>> protected_spans("run `x = \\"a\\"` at https://example.org/a.", "text")
    [(4, 13), (17, 38)]
    >>> protected_spans("``one&#39;&#39; and ``two&#39;&#39;.", "text")
    []
    """
    spans: list[tuple[int, int]] = []
    if "`" in line:
        spans.extend(m.span() for m in _CODE_SPAN_RE.finditer(line)
                     if not _tex_quotation(m))
    if urls and ("/" in line or "@" in line or "www." in line or "](" in line):
        spans.extend(m.span() for m in _URL_RE.finditer(line))
    if fmt != "text" and "<" in line:
        spans.extend(m.span() for m in _TAG_RE.finditer(line))
    if len(spans) > 1:
        spans.sort()
        merged = [spans[0]]
        for start, end in spans[1:]:
            if start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        spans = merged
    return spans


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) touches one of the sorted spans."""
    for s, e in spans:
        if s >= end:
            return False
        if e > start:
            return True
    return False


# --------------------------------------------------------------------------
# Joining lines back into text

def render(lines: Sequence[str | None], code: Sequence[bool], ends_with_newline: bool,
           *, unit: bool = False,
           close_gaps: bool = True) -> tuple[str, list[tuple[int, int, str]]]:
    """Join cleaned lines; dropped lines vanish, blank lines at the ends go.

    With ``close_gaps`` (a page a scraper made, see ``page_shows_a_scraper``), a
    run of blank lines between two lines becomes one; without it the run is
    the author's (two blank lines after a poem's title, between a recipe's
    sections) and stays as it is.  Returns the text and, for every run of
    blank lines that was shortened or removed, (first line, number of blank
    lines, "start" | "inside" | "end"), so that it can be explained.  Blank
    lines inside code are kept.

    >>> render(["", "a", "", "", "b", None, ""], [False] * 7, True)
    ('a\\n\\nb\\n', [(1, 1, 'start'), (3, 2, 'inside'), (7, 1, 'end')])
    >>> render(["a", "", "", "b"], [False] * 4, True, close_gaps=False)
    ('a\\n\\n\\nb\\n', [])
    """
    out: list[str] = []
    changed: list[tuple[int, int, str]] = []
    pending: list[int] = []     # indexes of blank lines waiting for a non-blank one
    for index, line in enumerate(lines):
        if line is None:
            continue
        if not code[index] and not line.strip():
            pending.append(index)
            continue
        if pending:
            if not out:
                changed.append((pending[0] + 1, len(pending), "start"))
            elif len(pending) > 1 and close_gaps:
                changed.append((pending[0] + 1, len(pending), "inside"))
            if out:
                out.extend([""] * (len(pending) if not close_gaps else 1))
            pending = []
        out.append(line)
    if pending:
        changed.append((pending[0] + 1, len(pending), "end"))
    text = "\n".join(out)
    if unit:
        text = text.rstrip("\n")    # a unit never ends with a line break
    elif text and ends_with_newline:
        text += "\n"
    return text, changed


# A line a scraper or an e-mail client wrapped in the middle of a sentence: it is
# long, ends in a letter, a comma or a semicolon, and the next line goes on in
# lower case.  Lists, headings, short lines (addresses, verse) never qualify.
_WRAPPED_END_RE = re.compile(r"(?:[^\W\d_]|[,;])$")
_WRAPPED_MIN = 40
# A line this long is prose wherever it breaks; a shorter one only where the next
# word would not have fitted on it (see wrapped_break).
_WRAPPED_LONG = 60
_LINK_LIKE_RE = re.compile(r"\S*(?:://|www\.|@|/|\\)")   # a URL, address or path goes on


def is_list_item(line: str) -> bool:
    """Does the line start a bulleted or numbered list item ("- x", "  2. y", "• z")?"""
    return _LIST_ITEM_RE.match(line) is not None


def _fits(line: str, following: str, width: int) -> bool:
    """Would the first word of ``following`` have fitted on ``line`` within ``width``?"""
    word = following.lstrip().split(" ", 1)[0]
    return len(line.rstrip()) + 1 + len(word) <= width


def verse_block(lines: Sequence[str], width: int, *, paragraphs: bool = True) -> bool:
    """Is this paragraph verse: three lines or more, short, broken by their author?

    A program wraps every line where the next word would not fit; a poet
    breaks a line where the verse ends ("giving all of us a place to sit" /
    "under the willows").  A paragraph of short lines with one such break,
    or of lines of any length where half the breaks are such, is verse and
    keeps every break, even the ones that look like a wrap.  With ``paragraphs`` (the
    text's verse is looked for), a block that sets paragraphs of one long line among
    short lines is judged on its short lines: a break after a line as long as a
    paragraph is no poet's, and the width is theirs; without it, every break counts at
    ``width``, as the rules that tell a program's wrap from a block as a whole read it.

    >>> verse_block(["As the river ages, it expands the valley",
    ...              "giving all of us a place to sit", "under the willows"], 40)
    True
    >>> verse_block(["I knew it was going to happen. " * 6,
    ...              "I should have split the hive but I have been so busy this spring with",
    ...              "getting the garden ready, that I have not had time to stop and get a",
    ...              "hive all put together.", "So, here it is, the new hive. " * 6], 180)
    False
    >>> verse_block(["SUBJECT: «Meeting»", "(Article 67) " + "and the law " * 30,
    ...              "We invite you to the meeting " * 12 + ".", "(No. 6056)"], 400)
    False
    """
    if len(lines) < 3 or any(is_list_item(line) for line in lines):
        return False
    if not paragraphs:
        authored = sum(_fits(line, nxt, width) for line, nxt in itertools.pairwise(lines))
        return authored > 0 and (width < _WRAPPED_LONG or 2 * authored >= len(lines) - 1)
    # With ``paragraphs``, a break after a line as long as a paragraph ends a paragraph,
    # not a line of verse, and the width a wrap of the shorter lines shows is theirs.
    shorter = [len(line.rstrip()) for line in lines if len(line.rstrip()) < _PARAGRAPH_LINE]
    width = min(width, max(shorter, default=width))
    authored = sum(_fits(line, nxt, width) and len(line.rstrip()) < _PARAGRAPH_LINE
                   for line, nxt in itertools.pairwise(lines))
    return authored > 0 and (width < _WRAPPED_LONG or 2 * authored >= len(lines) - 1)


def line_blocks(lines: Sequence[str | None], code: Sequence[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of two or more consecutive non-blank prose lines.

    A line of nothing but blanks ends a block: cleaning makes it empty.
    """
    blocks = []
    start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and (lines[index] or "").strip() and not code[index]:
            continue
        if index - start >= 2:
            blocks.append((start, index))
        start = index + 1
    return blocks


# The one space a line may open with that the whitespace repair takes away (see
# ``typography.fix_whitespace``): a stray, not a poet's indent.
_STRAY_MARGIN_RE = re.compile(r"^ (?=[^\W_]|[—–“‘«(\[])")


def has_verse(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Does the text hold a stanza of verse (see :func:`verse_block`)?  A letter's
    signature block (the office, the name, the office under it) is short lines too, but
    no verse; nor is a block with no three short lines in a row (a title or two over a
    paragraph, a letter's "Dear …" between paragraphs: a stanza is three lines at least),
    or whose short lines mostly open with a figure (a recipe's "500g flour" / "1 tsp
    salt", a programme's times).  The answer decides for the whole text whether the
    spacing inside its lines is a poet's, so a prose page read as verse would keep every
    gap a scraper left in it.

    Judged on the lines without a stray opening space, which the cleaning may take
    away: a second cleaning, of lines without it, must find what the first found.

    >>> first, second = [" of", "of", " “ α"], [" of", "of", "“ α"]
    >>> has_verse(first, [False] * 3) == has_verse(second, [False] * 3)
    True
    """
    from cms_i18n.clean.page import signature_block  # page reads this module
    for start, end in line_blocks(lines, code):
        block = [_STRAY_MARGIN_RE.sub("", lines[i] or "") for i in range(start, end)]
        if _sentence_a_line(block) or signature_block(block):
            continue
        if not any(len(run) >= 3 and not _quantities(run) for run in _short_runs(block)):
            continue
        if verse_block(block, max(len(line.rstrip()) for line in block)):
            return True
    return False


def _short_runs(block: Sequence[str]) -> list[list[str]]:
    """The runs of consecutive lines of ``block`` shorter than a paragraph's line.

    >>> _short_runs(["Title", "x" * 200, "Dear friend", "Yours", "Ann"])
    [['Title'], ['Dear friend', 'Yours', 'Ann']]
    """
    runs: list[list[str]] = [[]]
    for line in block:
        if len(line.rstrip()) >= _PARAGRAPH_LINE:
            runs.append([])
        else:
            runs[-1].append(line)
    return runs


# A line opening with a figure: an ingredient's quantity, a programme's time, a price.
_QUANTITY_RE = re.compile(r"^\s*[\d½¼¾⅓⅔]")


def _quantities(run: Sequence[str]) -> bool:
    """Do most lines of ``run`` open with a figure, as a list of quantities does?

    >>> _quantities(["500g flour", "1 tsp salt", "a pinch of pepper"])
    True
    >>> _quantities(["Over the hill", "2 crows", "and the river"])
    False
    """
    return 2 * sum(bool(_QUANTITY_RE.match(line)) for line in run) > len(run)


# A line this long holds a paragraph's sentences, never a line of verse.
_PARAGRAPH_LINE = 2 * _WRAPPED_LONG


def _sentence_a_line(block: Sequence[str]) -> bool:
    """Is this block prose set a sentence or more to a line (a blog's paragraphs that a
    scraper left one to a line), not verse?  Every line ends a sentence, and one of them
    is longer than any line of verse.

    >>> _sentence_a_line(["Today I went to the village.", "I parked the car. " * 8,
    ...                   "Memories come like a wave."])
    True
    >>> _sentence_a_line(["The woods are lovely, dark and deep.", "But I have promises.",
    ...                   "And miles to go before I sleep."])
    False
    """
    return (max(len(line.rstrip()) for line in block) >= _PARAGRAPH_LINE
            and all(_SENTENCE_CLOSE_RE.search(line.rstrip()) for line in block))


# The lines of a hard-wrapped paragraph, all but its last, are of about the
# width it was wrapped at (a program breaks where the next word does not fit).
_WRAPPED_SIMILAR = 0.8
_SENTENCE_CLOSE_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def wrapped_breaks(lines: Sequence[str]) -> list[int]:
    """Indexes ``i`` of the breaks after ``lines[i]`` that a program made in running prose.

    The block of consecutive lines is judged as a whole, never one break
    alone: verse keeps every break (see :func:`verse_block`); elsewhere a run
    of breaks inside sentences (see :func:`wrapped_break`) is a wrap only
    when its lines, all but the last, are of similar length near the width
    it was wrapped at, and a single such break only after a long line.  A
    poem's two lines ("Ο διάλογος του ανέμου.. με τ’απέραντο γαλάζιο" /
    "συνεχίζεται …"), a stanza with one long line, a list, an address keep
    their lines: when in doubt a break is left.

    >>> wrapped_breaks(["Heads of delegations from the member states of the organisation",
    ...                 "met on Tuesday in the Russian capital, and the secretaries of",
    ...                 "their security councils discussed the situation."])
    [0, 1]
    >>> wrapped_breaks(["Ο διάλογος του ανέμου.. με τ’απέραντο γαλάζιο",
    ...                 "συνεχίζεται στο χορό των κυμάτων…"])
    []
    """
    bodies = [line.rstrip() for line in lines]
    width = max((len(body) for body in bodies), default=0)
    if _filled_prose(bodies):
        return list(range(len(lines) - 1))
    if _wrapped_with_paragraph_ends(bodies, width):
        # a break after a sentence's end may be a paragraph's that the next word missed
        return [i for i in range(len(lines) - 1) if not _fits(lines[i], lines[i + 1], width)
                and _SENTENCE_CLOSE_RE.search(bodies[i]) is None]
    if verse_block(lines, width, paragraphs=False):
        # Short lines among paragraphs a line each: only a run of lines wrapped at one
        # width inside them is a program's (a paragraph pasted in wrapped).
        return [] if verse_block(lines, width) else _wrapped_runs(lines)
    joined: list[int] = []
    run: list[int] = []
    for i in range(len(lines)):
        if (i < len(lines) - 1 and wrapped_break(lines[i], lines[i + 1], width)
                and not _clause_of_a_list(bodies, i)):
            run.append(i)
            continue
        if run:
            lengths = [len(bodies[k]) for k in run]
            near = max(lengths)
            # One break in a block of two lines that ends no sentence is a heading's or a
            # label's own ("Explanation of the abbreviations used in the tables," /
            # "mostly in combination with the years"), above a table or a list; so is one
            # over a list's first item in the block ("WEDNESDAY 15 NOVEMBER Saints …" /
            # "no name days today" / "* From today …": a calendar's day and its note).
            last = run[-1] + 1
            heading = (len(run) == 1 and not _SENTENCE_CLOSE_RE.search(bodies[last])
                       and (len(lines) == 2 or (last + 1 < len(lines)
                                                and is_list_item(lines[last + 1]))))
            if (len(run) == 1 and near >= _WRAPPED_LONG and not heading) or (
                    len(run) > 1 and min(lengths) >= _WRAPPED_SIMILAR * near):
                joined.extend(run)
            run = []
    if joined:
        # A paragraph a program wrapped holds no author's break inside a sentence: one
        # after which the next word would have fitted is the scraper's too, and so is one
        # before a name ("Like the people of every" / "Greek island, …") where a line of
        # the wrap's width stops inside its sentence and the name would not have fitted.
        joined = sorted({*joined, *(i for i in range(len(lines) - 1)
                                    if wrapped_break(lines[i], lines[i + 1])
                                    or _wrapped_before_a_name(lines, i, width))})
    return sorted({*joined, *_broken_heads(lines)})


#: Breaks a program made inside sentences, and paragraphs' short last lines, at least, in a
#: text it wrapped whole.
_WRAPPED_WHOLE = 4
_PARAGRAPH_ENDS = 1


def _wrapped_with_paragraph_ends(bodies: Sequence[str], width: int) -> bool:
    """Is the block a whole text a program wrapped at ``width``, its paragraphs one after
    the other with no blank line between them?  Every line but a paragraph's last is of
    about the width (the next word would not have fitted); a paragraph's last line ends
    its sentence, and the next paragraph's first word would have fitted after it.  A poem
    breaks short of the width inside its sentences too ("giving all of us a place to sit"
    / "under the willows"), which no program does.

    >>> _wrapped_with_paragraph_ends([
    ...     "OXFORD, Miss. - The Office of Research and Sponsored",
    ...     "Programs honored 19 faculty members as recipients of 2008",
    ...     "Faculty Research Program grants totaling more than $209,000",
    ...     "at its annual luncheon Monday (April 7).",
    ...     "Each of the fellows receives a certificate and funding to",
    ...     "support a research project for the upcoming year. The list",
    ...     "of honorees comprises 12 faculty from the College of",
    ...     "Liberal Arts.",
    ...     "The program is designed to provide initial support for",
    ...     "junior faculty."], 59)
    True
    >>> _wrapped_with_paragraph_ends(["As the river ages, it expands the valley",
    ...     "giving all of us a place to sit", "under the willows.",
    ...     "The water runs on and on beside the hill", "and we sit and listen to its song."], 41)
    False
    """
    if width < _WRAPPED_MIN or any(is_list_item(body) for body in bodies):
        return False
    wrapped = ends = 0
    for line, following in itertools.pairwise(bodies):
        if _fits(line, following, width):
            if _SENTENCE_CLOSE_RE.search(line) is None:
                return False    # short of the width inside a sentence: an author's break
            # a paragraph's last line, well short of the width (a sentence of a wrapped
            # paragraph may end near it by chance, the next word just fitting)
            ends += len(line) < _WRAPPED_SIMILAR * width
        elif len(line) >= _WRAPPED_SIMILAR * width and _WRAPPED_END_RE.search(line) is not None:
            wrapped += 1
        elif _SENTENCE_CLOSE_RE.search(line) is None and not line[-1:].isdigit():
            return False
    return wrapped >= _WRAPPED_WHOLE and ends >= _PARAGRAPH_ENDS


def paragraphs_run_on(lines: Sequence[str]) -> bool:
    """Does this block of lines hold a text wrapped at one width whose paragraphs follow
    one another with no blank line between them (:func:`_wrapped_with_paragraph_ends`)?
    A plain-text author parts wrapped paragraphs with a blank line, or the wrap would hide
    where one ends; a page's line breaks after each ``<br>`` do not.
    """
    bodies = [line.rstrip() for line in lines]
    return _wrapped_with_paragraph_ends(bodies, max((len(body) for body in bodies), default=0))


#: Lines of a paragraph filled by hand at least; and its sentences ending inside a line.
_FILLED_LINES = 4
_FILLED_STOPS = 2
_INNER_STOP_RE = re.compile(r"[^\W\d_]{2}[.!?][\"'”’»)]? [A-ZА-ЯЁΑ-ΩΆ-Ώ]")


def _filled_prose(bodies: Sequence[str]) -> bool:
    """Is the block a paragraph of prose filled by hand, at no one width: four lines or
    more, every one after the first going on with its sentence in small letters, and
    sentences ending inside the lines?  A poet ends a sentence at a line's end, or breaks
    the line after it; prose filled to a width ends its sentences wherever the words
    fall ("… networking issues. At" / "first, I thought …").

    >>> _filled_prose(["For the last week, we have been experiencing networking issues. At",
    ...                "first, I thought it was a Time Warner problem. Multiple times a",
    ...                "day (7 plus), we found ourselves power cycling both our router",
    ...                "on the left) and our cable modem. I had Time Warner out who",
    ...                "ended up running a new line to the house."])
    True
    >>> _filled_prose(["I celebrate myself, and sing myself,", "and what I assume you shall",
    ...                "assume, for every atom belonging", "to me as good belongs to you."])
    False
    """
    if len(bodies) < _FILLED_LINES or any(is_list_item(body) for body in bodies):
        return False
    if any(not _WRAPPED_MIN <= len(body) < _PARAGRAPH_LINE for body in bodies[:-1]):
        return False
    if not all(_wrap_ends(body) and following.lstrip()[:1].islower()
               for body, following in itertools.pairwise(bodies)):
        return False
    return sum(bool(_INNER_STOP_RE.search(body)) for body in bodies) >= _FILLED_STOPS


def _wrapped_before_a_name(lines: Sequence[str], index: int, width: int) -> bool:
    """Is the break after ``lines[index]``, in a paragraph wrapped at ``width``, one before
    a capitalised word the program could not fit on the line: the line is of the wrap's
    width, stops inside its sentence (on a word), and the next line is no list's item?

    >>> _wrapped_before_a_name(["blends the best of both old and new. Like the people of every",
    ...                         "Greek island, Cretans are fiercely proud."], 0, 62)
    True
    >>> _wrapped_before_a_name(["Gastronomic origins", "From those eras until now, dishes"], 0, 72)
    False
    """
    line, following = lines[index].rstrip(), lines[index + 1]
    return (len(line) >= _WRAPPED_SIMILAR * width and line[-1:].isalpha()
            and following[:1].isupper() and not is_list_item(following)
            and not _fits(line, following, width))


#: Breaks in a row that show a paragraph wrapped at one width among unwrapped ones.
_WRAPPED_RUN = 3


def _wrapped_runs(lines: Sequence[str]) -> list[int]:
    """The breaks of each run of three or more lines in a row, each broken inside a
    sentence, all of similar length under a paragraph's (a paragraph a program wrapped
    at one width, set among paragraphs of one line each).

    >>> _wrapped_runs(["It happened. " * 12,
    ...     "I should have split the hive but I have been so busy this spring with",
    ...     "getting the garden ready, that I have not had time to stop and get a",
    ...     "hive all put together. Also, I was getting ready to go out of town and I",
    ...     "figured if they swarmed while I was away, I would not catch them.",
    ...     "So here it is. " * 10])
    [1, 2, 3]
    """
    joined: list[int] = []
    run: list[int] = []
    for i in range(len(lines)):
        if i < len(lines) - 1 and wrapped_break(lines[i], lines[i + 1]):
            run.append(i)
            continue
        lengths = [len(lines[k].rstrip()) for k in run]
        if (len(run) >= _WRAPPED_RUN and max(lengths) < _PARAGRAPH_LINE
                and min(lengths) >= _WRAPPED_SIMILAR * max(lengths)):
            joined.extend(run)
        run = []
    return joined


def _drop_word(bodies: Sequence[str], index: int, rest_length: float) -> bool:
    """Is the line a paragraph's first word alone, set apart as a drop capital's word
    ("Όλα" / "τα προηγούμενα χρόνια …", "Το" / "αποτέλεσμα όμως, …"), over a line the
    program wrapped (``rest_length`` long at least) that goes on with its sentence in
    lower case?

    >>> _drop_word(["It rained.", "Αυτή", "η αναποτελεσματική «πεπατημένη», με τη χθεσινή"], 1, 40)
    True
    >>> _drop_word(["It rained.", "Snow", "fell on the hills"], 1, 40)
    False
    """
    word, rest = bodies[index], bodies[index + 1]
    # (a word written as a name, "JavaScript", is as often a heading's or a link's, and a
    # letter alone may be a drop capital cut off its word: "A" / "fter the war")
    return (len(word.split()) == 1 and word.isalpha() and word[:1].isupper()
            and len(word) >= 2 and word[1:].islower() and rest[:1].isalpha() and rest[:1].islower()
            and len(rest) >= rest_length
            and (index == 0 or _SENTENCE_CLOSE_RE.search(bodies[index - 1]) is not None
                 or bodies[index - 1].isupper()))   # under a sentence, or a heading in capitals


# A paragraph's first line broken off its long rest: an inline link, a drop capital or a
# <br> the scraper turned into a line break.  The head is a few words of a sentence and
# the rest runs on far past it, longer than any line a program would wrap at.
_BROKEN_REST = 100


def _broken_heads(lines: Sequence[str]) -> list[int]:
    """Breaks after a line that stops inside its sentence, before a line of prose
    twice as long and more: a scraper's, though the head is short.

    >>> _broken_heads(["Although the capital refuses to attend the meetings",
    ...                "of the organisation, it takes part in its legislative work and in "
    ...                "the discussion of the documents the organisation adopts, its chief "
    ...                "of staff said."])
    [0]
    >>> _broken_heads(["Although the capital refuses to attend the meetings",
    ...                "of the organisation."])
    []
    """
    return [i for i in range(len(lines) - 1)
            if _head_of_sentence(lines[i], lines[i + 1])
            and len(lines[i + 1].rstrip()) >= max(_BROKEN_REST, 2 * len(lines[i].rstrip()))]


# A line that ends on one of these words stops inside its sentence, whatever the next
# line starts with ("official statements about" / "Armenia's exit").
_OPEN_END_RE = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|by|for|from|with|about|and|or|but|that|which|who|"
    r"whose|its|their|his|her|our|is|are|was|were|has|have|had|will|would|as|than)$")
# A line of a page wrapped at some width reaches at least this share of it.
_AT_WIDTH = 0.7


def breaks_at_width(lines: Sequence[str], width: int) -> list[int]:
    """Breaks inside sentences at the width a scraper wrapped the page's other
    paragraphs at: ``lines`` is one block, ``width`` the wrapped lines' longest.

    Once a page shows it was wrapped (see :func:`wrapped_breaks`), its short
    paragraphs broken once at that width are the same damage, though one break
    alone would not prove it.  The line must reach near the width, stop inside
    its sentence, and the next line must go on in lower case or follow a word
    no sentence ends on.  Verse keeps its breaks.

    >>> breaks_at_width(["As he noted, the member state leaders will find a way",
    ...                  "to solve problems."], 70)
    [0]
    >>> breaks_at_width(["The organization has received no statements about",
    ...                  "Armenia's exit, Sidorov said."], 70)
    [0]
    >>> breaks_at_width(["Data Integrity and the Channels of Distribution",
    ...                  "Data integrity refers to the accuracy of data."], 70)
    []
    """
    if not width or verse_block(lines, max(len(line.rstrip()) for line in lines),
                                paragraphs=False):
        return []
    breaks = []
    for i in range(len(lines) - 1):
        body = lines[i].rstrip()
        nxt = lines[i + 1].lstrip()
        if len(body) < _AT_WIDTH * width or len(body) > width + 1:
            continue
        if _head_of_sentence(lines[i], lines[i + 1]) or (
                _OPEN_END_RE.search(body) and nxt[:1].isupper()
                and _head_of_sentence(lines[i], nxt[:1].lower() + lines[i + 1][1:])):
            breaks.append(i)
    return breaks


def breaks_on_a_scraped_page(lines: Sequence[str]) -> list[int]:
    """Breaks inside a sentence of prose, in a block of a page that shows a scraper's
    damage: a ``<br>`` or a block boundary a scraper turned into a line break in the
    middle of a paragraph, once, where no wrapping width shows.

    The caller has the evidence (page chrome, mojibake, look-alike letters or
    control bytes repaired in the text); the line must be one of prose that
    stops inside its sentence, the next go on with it in lower case (see
    :func:`_head_of_sentence`) and end it or run long.  The line must be long
    too, unless the block is prose, most of its lines long: a poem a blog page
    carries runs on in short lines without closing its sentences.  A block of short
    lines around it (a page's headers, a poem quoted) is no evidence either way:
    only the two lines are judged, so verse, whose lines are short and run on
    without closing a sentence, keeps its breaks.

    >>> breaks_on_a_scraped_page(["The agreement covers training and research, the company said",
    ...                           "on Monday."])
    [0]
    >>> breaks_on_a_scraped_page(["I celebrate myself, and sing myself, and what I assume",
    ...                           "you shall assume"])
    []
    >>> breaks_on_a_scraped_page(["The agreement covers training and research, the company said.",
    ...                           "on Monday, the talks went on."])
    []
    >>> breaks_on_a_scraped_page(["The talks in the capital lasted two days and both sides said",
    ...                           "that the agreement on training and research in the river valley",
    ...                           "was a good one for the region."])
    [0, 1]
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    prose = bool(lengths) and lengths[len(lengths) // 2] >= _WRAPPED_LONG
    shortest = _WRAPPED_MIN if prose else _WRAPPED_LONG
    bodies = [line.rstrip() for line in lines]
    breaks: set[int] = set()
    # From the last line up, so that a line which goes on past a break of its own (a
    # paragraph broken more than once) runs long enough too.
    for i in range(len(lines) - 2, -1, -1):
        if (len(bodies[i]) >= shortest and _head_of_sentence(lines[i], lines[i + 1])
                and (_SENTENCE_CLOSE_RE.search(bodies[i + 1]) is not None
                     or len(bodies[i + 1]) >= _WRAPPED_LONG or i + 1 in breaks)) or (
                # a paragraph's first word set apart over a long line of prose
                _drop_word(bodies, i, _WRAPPED_LONG)):
            breaks.add(i)
    return sorted(breaks)


#: A poem in couplets, tercets or quatrains: this many stanzas of one shape at least,
#: every line of them shorter than this.
_STANZAS = 3
_STANZA_LINE = 80


def stanza_blocks(lines: Sequence[str | None],
                  blocks: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The blocks that are a poem's stanzas: at least three of the same two to four
    short lines.

    A scraper breaks a page's paragraphs where its markup did, each paragraph its own
    way; a poet gives the stanzas of a poem one shape.  A couplet's first line may stop
    inside its sentence and the second go on in lower case ("… her eyes have teared" /
    "because those birds …") exactly as a paragraph broken once does, and only the
    poem's shape tells them apart.

    >>> poem = ["Fog settles on the tombstones, an eerie blue,", "the graveyard is a misty ocean.",
    ...         "", "As Raven looks out on the sea of mist, her eyes have teared",
    ...         "because those birds that bear her name have suddenly appeared.", "",
    ...         "A sign it has to be, she thinks. The ravens drawing near",
    ...         "are circling above one stone. Her heart is seized with fear."]
    >>> sorted(stanza_blocks(poem, [(0, 2), (3, 5), (6, 8)]))
    [(0, 2), (3, 5), (6, 8)]
    >>> stanza_blocks(poem, [(0, 2), (3, 5)])
    set()
    """
    shaped: dict[int, list[tuple[int, int]]] = {}
    for start, end in blocks:
        if 2 <= end - start <= 4 and all(
                len((lines[i] or "").rstrip()) < _STANZA_LINE for i in range(start, end)):
            shaped.setdefault(end - start, []).append((start, end))
    return {block for same in shaped.values() if len(same) >= _STANZAS for block in same}


#: A wrapped paragraph's turn-over lines indented this far: a converter's hanging indent
#: (one blank is a stray margin, which the whitespace repair takes away).
_HANGING_INDENT = (2, 4)
_HANGING_LINES = 3


def hanging_indent(lines: Sequence[str]) -> int:
    """The indent of the turn-over lines of a paragraph a converter wrapped under its
    first line, or 0.

    The first line stands at the margin and every other line of the block opens with
    the same two to four blanks; each line but the last stops inside a sentence that
    the next goes on with in lower case, and the last ends it.  Verse with indented
    turn-overs has more than one line at the margin, a bibliography's hanging entries
    too; a list's item opens with its mark.  The caller has the evidence of a scraper.

    >>> hanging_indent(["Dear friends, by the time you read this letter most of the parishes",
    ...                 "  will have celebrated the harvest, and we give thanks for the",
    ...                 "  fruits of the earth and for all those who bring food to us."])
    2
    >>> hanging_indent(["Smith, J. (2001). A History of the Parish Churches of",
    ...                 "  Hampshire. London: Phillimore.",
    ...                 "Jones, K. (1999). The Harvest. Oxford: OUP."])
    0
    """
    if len(lines) < _HANGING_LINES or lines[0][:1].isspace() or is_list_item(lines[0]):
        return 0
    indent = len(lines[1]) - len(lines[1].lstrip(" "))
    if not _HANGING_INDENT[0] <= indent <= _HANGING_INDENT[1]:
        return 0
    for line, following in itertools.pairwise(lines):
        body, nxt = line.rstrip(), following[indent:]
        if (len(following) - len(following.lstrip(" ")) != indent or not nxt[:1].isalpha()
                or not nxt[:1].islower() or not _WRAPPED_END_RE.search(body)
                or is_list_item(nxt)):
            return 0
    last = lines[-1].rstrip()
    if not _SENTENCE_CLOSE_RE.search(last) or max(len(line) for line in lines) < _WRAPPED_LONG:
        return 0
    return indent


# A letter's salutation: "Dear friends,", "Уважаемые коллеги!", "Αγαπητοί φίλοι,".
_SALUTATION_RE = re.compile(
    r"(?:Dear|Dearest|Уважаем(?:ые|ый|ая)|Дорог(?:ие|ой|ая)|Αγαπητ(?:οί|ές|έ|ή|ά))"
    r"(?: [^\W\d_][\w.'’-]*){1,4}[,!]\s")
# The heading a salutation was glued to: it ends in a letter, a digit or a bracket,
# right before the salutation's capital, with no space between.
_GLUED_HEAD_RE = re.compile(r"[^\W_)\]]")
_HEADING_WORDS = 12
_HEADING_END_RE = re.compile(r"[.!?…:;]")


def glued_salutation(line: str) -> int | None:
    """The column where a letter's salutation starts, glued to the heading over it.

    A newsletter's issue line and the letter under it come out of a page's table as
    one line, "Church News Volume 1, Issue 3Dear friends, By the time …": a heading of
    a few words, with no sentence's end in it, then a salutation ("Dear …,",
    "Уважаемые …!", "Αγαπητοί …,") with no space between.  No author glues those; a
    capital glued to a digit alone ("3D", "4G") is no such junction.

    >>> line = "Church News Volume 1, Issue 3Dear friends, By the time you read this"
    >>> line[glued_salutation(line):]
    'Dear friends, By the time you read this'
    >>> glued_salutation("The 3D printer arrived. Dear friends, thank you.") is None
    True
    >>> glued_salutation("Issue 3 Dear friends, by the time you read this") is None
    True
    """
    for match in _SALUTATION_RE.finditer(line):
        start = match.start()
        head = line[:start]
        if (start and _GLUED_HEAD_RE.fullmatch(line[start - 1])
                and len(head.split()) <= _HEADING_WORDS and not _HEADING_END_RE.search(head)
                and head[:1].isupper() and any(ch.isalpha() for ch in head)):
            return start
    return None


_OPENING_MARKS = "(«“‘\"'"


def _head_of_sentence(line: str, following: str) -> bool:
    """Does ``line`` stop inside a sentence that ``following`` goes on with, in prose?"""
    body = line.rstrip()
    nxt = following.lstrip()
    # the next line may open a bracket or a quotation in lower case ("(τα τουριστικά
    # προϊόντα …", "«φαντασία και όραμα» …"): the sentence goes on inside it
    first = nxt.lstrip(_OPENING_MARKS)[:1] if len(nxt) - len(nxt.lstrip(_OPENING_MARKS)) <= 1 \
        else ""
    return (len(body) >= _WRAPPED_MIN and body.count(" ") >= 4
            and bool(_WRAPPED_END_RE.search(body))
            and not _LINK_LIKE_RE.match(nxt)
            and first.isalpha() and first.islower() and following == nxt
            and not is_list_item(line) and not is_list_item(following)
            and not line.lstrip().startswith(("#", ">", "|"))
            and not line.startswith((" ", "\t")) and not _CRONTAB_RE.match(body))


#: A line of mail wrapped "format=flowed" is at most about this long (RFC 3676 asks 78).
_FLOWED_WIDTH = 100


def soft_breaks_marked(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Does the text mark its soft line breaks with a trailing space, as "format=flowed"
    mail (RFC 3676) and some editors' wrapped paragraphs do?

    Then a line's one trailing space says "this paragraph goes on": it is the
    author's layout, not a scraper's leftover.  The mark must be the rule of
    the paragraphs that use it: at least three lines that go on in their
    paragraph end with one space, and at least two in three of the lines that
    go on in those paragraphs do.  A header block of comment lines above the
    story ("# SPDX-FileCopyrightText: …" / "#") has no say.

    >>> story = ["Жила-була маленька дівчинка на ім‘я Ада. ",
    ...          "Її сім‘я була настільки бідною, що усі їхні ",
    ...          "заощадження спокійно вміщалися в коробку ",
    ...          "з-під печива."]
    >>> soft_breaks_marked(story, [False] * 4)
    True
    >>> header = ["# SPDX-FileCopyrightText: 2021 Matthias Kirschner", "#",
    ...           "# SPDX-License-Identifier: CC-BY-SA-3.0-DE", ""]
    >>> soft_breaks_marked(header + story, [False] * 8)
    True
    >>> soft_breaks_marked(["Heads of state met. ", "Then they left."], [False] * 2)
    False

    A paragraph whose turn-over lines stand indented under its first is no mail's: a
    page's converter wrapped it, and left a blank at each cut.

    >>> soft_breaks_marked([story[0], *("  " + line for line in story[1:])], [False] * 4)
    False

    Nor are lines far longer than a mail's, each closing a sentence with a blank: a
    converter's paragraphs, set one to a line under each other.

    >>> soft_breaks_marked([("Он пришёл, и это было долго и хорошо, как всегда бывает. " * 3)]
    ...                    * 4, [False] * 4)
    False
    """
    marked = going_on = long_ends = 0
    for start, end in line_blocks(lines, code):
        block = [lines[k] or "" for k in range(start, end - 1)]
        # Only one plain space is the mark: a tab or a second blank before it is trimmed, and
        # a line counted here must still count once cleaned, or a second cleaning judges
        # otherwise.
        ends = sum(1 for line in block if line.endswith(" ") and not line[-2:-1].isspace())
        # A mail program wraps near 78 characters (RFC 3676); lines far longer that end
        # with a blank are a converter's paragraphs "<p>… </p>", each on a line of its own.
        long_ends += sum(1 for line in block if line.endswith(" ")
                         and not line[-2:-1].isspace() and len(line) > _FLOWED_WIDTH)
        # A mail program stuffs one space at most before a line it wraps (RFC 3676): a
        # paragraph whose turn-over lines all stand indented by two blanks or more under
        # its first line was wrapped by a converter, which left a blank at each cut.
        if ends and all((lines[k] or "").startswith("  ") for k in range(start + 1, end)):
            continue
        if ends:
            marked += ends
            going_on += len(block)
    return (marked >= _SOFT_BREAKS and 3 * marked >= 2 * going_on
            and 2 * long_ends <= marked)


_SOFT_BREAKS = 3


def laid_out_at_one_width(lines: Sequence[str | None], code: Sequence[bool],
                          wrapped: Sequence[int]) -> bool:
    """Are the wrapped lines of the text its author's layout, as those of a plain-text
    book, an e-mail or a Markdown source are, rather than a paragraph a scraper broke?

    ``wrapped`` are the indexes of the lines :func:`wrapped_breaks` would join
    to the next one.  A paragraph wrapped at one width is what an author's editor,
    a mail client or a book's typesetter makes, alone or not: it keeps its
    lines.  A page a scraper broke shows it beside the broken paragraph: its
    other paragraphs run on single lines far longer than the width the broken
    one reaches (a paragraph's first few words broken off its long rest show it
    on their own).  A title, a role or a link reference a few characters past
    the margin is no such line, nor is a URL, nor a message's header of addresses
    ("Cc: "public-html@w3.org" <public-html@w3.org>, …", see :func:`mail_header`),
    nor a line quoted after ``>``: a reply quotes the other writer's message at the
    width that writer's client gave it (often none, a paragraph to a line), and a
    scraper never writes ``>`` before a page's paragraph.

    >>> book = ["It is a truth universally acknowledged, that a single man in",
    ...         "possession of a good fortune, must be in want of a wife.", "",
    ...         "However little known the feelings or views of such a man may be",
    ...         "on his first entering a neighbourhood, this truth is so well fixed."]
    >>> laid_out_at_one_width(book, [False] * 5, [0, 3])
    True
    >>> laid_out_at_one_width(book[:2], [False] * 2, [0])
    True
    >>> page = book[:3] + [" ".join(book[3:])]
    >>> laid_out_at_one_width(page, [False] * 4, [0])
    False
    >>> cc = "Cc: " + ", ".join(f"Reader {n} <reader{n}@example.org>" for n in range(4))
    >>> laid_out_at_one_width([cc, ""] + book, [False] * 7, [2, 5])
    True
    >>> quote = "> " + " ".join(book[3:])
    >>> laid_out_at_one_width([quote, ""] + book, [False] * 7, [2, 5])
    True
    """
    if not wrapped:
        return False
    width = max(len((lines[i] or "").rstrip()) for i in wrapped)
    return not any(len(line.rstrip()) > _PAGE_LINE * width and "://" not in line
                   and not mail_header(line) and not line.lstrip(" ").startswith(">")
                   for line, is_code in zip(lines, code, strict=True)
                   if line and not is_code)


#: The fields of a message's header that carry addresses, as mail clients and list
#: archives print them (English, Russian, Greek).
_MAIL_FIELD_RE = re.compile(
    r"(?:From|To|Cc|Bcc|Reply-To|Sender|Message-ID|In-Reply-To|References"
    r"|От|Кому|Копия|Ответить|Από|Προς|Κοιν\.?|Κοινοποίηση|Απάντηση σε)\s*:\s", re.IGNORECASE)


def mail_header(line: str) -> bool:
    """Is the line a field of a message's header that lists addresses ("To: …",
    "Cc: …", "Message-ID: <…>")?  A mail client writes it on one line however long,
    while it wraps the message's paragraphs: it is no paragraph a page ran on.

    >>> mail_header('Cc: "public-html@w3.org" <public-html@w3.org>, www-international@w3.org')
    True
    >>> mail_header("To sum up: the committee met on Monday and agreed on the budget.")
    False
    """
    return bool(_MAIL_FIELD_RE.match(line)) and ("@" in line or "[at]" in line
                                                 or "<" in line)


# A page's paragraph on one line runs this many times past the width of the broken one.
_PAGE_LINE = 1.5


def _clause_of_a_list(bodies: Sequence[str], index: int) -> bool:
    """Does the line close a clause of a list, as the line above it did ("…, касающиеся:" /
    "внесения поправок в Устав СНГ;" / "создания новых … органов Содружества;")?  Its
    items keep their lines."""
    return (bodies[index].endswith(";") and index > 0
            and bodies[index - 1].endswith((";", ":")))


def _wrap_ends(body: str) -> bool:
    """Can a program's wrap have ended this line: after a word, a comma or a semicolon, or
    after a figure it left at a long line's end ("… receive about $1" / "million during a
    two-year period")?

    >>> _wrap_ends("they will receive about"), _wrap_ends("Total 25")
    (True, False)
    """
    return bool(_WRAPPED_END_RE.search(body)) or (
        len(body) >= _WRAPPED_LONG and body[-1].isdigit())


def wrapped_break(line: str, following: str, width: int = 0) -> bool:
    """Is the break between ``line`` and ``following`` inside a sentence?

    ``width`` is the longest line of the paragraph.  A program that wraps
    text breaks a line only where the next word would not fit, so a line of
    middling length after which the next word would still have fitted under
    that width was broken by its author: verse ("A river is any fresh water
    stream whose path / has not been designed on blueprint") keeps its lines.

    >>> wrapped_break("The Security Council of Kazakhstan met on Monday to discuss",
    ...               "the situation on the border.")
    True
    >>> wrapped_break("The Security Council of Kazakhstan met on Monday.", "then it ended")
    False
    >>> wrapped_break("- delegations from the member states of the organisation",
    ...               "and observers")
    False
    >>> wrapped_break("A river is any fresh water stream whose path",
    ...               "has not been designed on blueprint; not in", width=53)
    False
    >>> wrapped_break("nine Challenge Grants. Through this grant, they will receive about $1",
    ...               "million during a two-year period.")
    True
    """
    body = line.rstrip()
    nxt = following.lstrip()
    return (len(body) >= _WRAPPED_MIN and body.count(" ") >= 4
            and (len(body) >= _WRAPPED_LONG or not _fits(body, nxt, width))
            and _wrap_ends(body)
            and not _LINK_LIKE_RE.match(nxt)
            and nxt[:1].isalpha() and nxt[:1].islower()
            and not is_list_item(line) and not is_list_item(following)
            and not line.lstrip().startswith(("#", ">", "|")) and following == nxt
        and not line.startswith((" ", "\t")) and not _CRONTAB_RE.match(body))
