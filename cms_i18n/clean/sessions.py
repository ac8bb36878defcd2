"""Code and interactive sessions in plain text, judged by their shape: never chrome.

A tutorial written as plain text sets its examples among its prose with no
fence around them: a session at an interpreter's prompt (Python's ``>>>``,
IPython's ``In [3]:``, a shell's ``$ ls -l``, Ruby's ``irb(main):001:0>``,
R's ``> x <- c(1, 2)``, ``sqlite>``, ``mysql>``, ``postgres=#``) with the
answers printed under it, and code with its indentation, operators and
brackets.  :func:`is_prompt` knows a prompt by its shape in any language: a
word, a counter or a path closed by ``>``, ``$``, ``%``, ``#`` or ``*`` and a
blank, at the start of a line.  A session's lines are the author's, and so is
the short heading that introduces a block of code ("Syntax summary", "Example:"),
and so is a manual page as a terminal shows it, whose running head and foot
("SH(1)      General Commands Manual      SH(1)") set their fields apart by wide
gaps as a tag list does (:func:`manual_running_lines`), and the lines of its
synopsis, each opening with the command the head names ("bdep new [options]
spec [name]" under "bdep-new(1) General Commands Manual bdep-new(1)") or
continuing such a line, indented (:func:`manual_synopsis_lines`):
:func:`keep_from_chrome` takes them back from any chrome rule that judged them
by their neighbours or their shape.  A line the one-line rules call chrome by its own words
("Share this:", "Advertisement") still goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from cms_i18n.clean.structure import looks_like_code

#: A prompt opening a line of an interactive session, in any language.
PROMPT_RE = re.compile(
    r"""[ \t]*(?:
          >>>|\.\.\.(?=[ \t]+\S)|In[ \t]?\[\d+\]:|Out\[\d+\]:|[ \t]*\.\.\.:    # Python, IPython
        | [A-Za-z][\w.-]*\([\w.-]*\)(?::\d+)*[>*]             # irb(main):001:0>, iex(1)>
        | \[\d+\][ \t][a-z]+\([^)\n]*\)>                      # [1] pry(main)>
        | [A-Za-z][\w-]*(?:=[#>]|>)                           # sqlite> mysql> db=# ghci>
        | [\w.-]+@[\w.-]+[^\n$#%]{0,40}?[$#%]                  # ann@host:~$, ann@host ~ %
        | [A-Z]:\\[^>\n]*>|PS[ \t][^>\n]*>                    # C:\> PS C:\>
        | \$(?=[ \t]+[^\d\s])                                  # $ ls -l; not $ 448.56
        | [>+](?=[ \t]+\S[^\n]*(?:<-|[\w.]\(|\[\d))          # R's > and + before code
      )[ \t]+\S""",
    re.X,
)
# Python's continuation prompt: a session's line only under the prompt that opened it.
# Alone, "... Read more »" is a teaser's cut and its link.
_CONTINUATION_RE = re.compile(r"[ \t]*\.\.\.(?=[ \t]+\S)")
# A word closing a prompt alone, when it is one of prose's: "Note> x", "Warning> y".
_PROSE_WORD_PROMPT_RE = re.compile(r"[ \t]*(?:note|warning|tip|example|hint|answer)>", re.I)
# A related story's link a news site marks with chevrons, no prompt: ">>> VN highly values
# US’s support for ASEAN centrality".  What is typed at a prompt has brackets, "=", a
# double quote, a dot or a lower-case word first.
CHEVRON_LINK_RE = re.compile(
    r"(?:>{2,3}|»{1,2})[ \t]+(?=[A-Z])(?:[^\s()\[\]{}=<>`#;\"_\\.]+[ \t]+){3,}"
    r"[^\s()\[\]{}=<>`#;\"_\\.]+")
# A heading that introduces code: a few words, no sentence's end, a colon allowed.
_CAPTION_WORDS = 6
_CAPTION_LETTERS = 3
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")


#: A line opening with a call or an index and then a column of blanks, an operator or
#: its end: "x.append(v)     add v at the end", "len(x)", "x[i] = v".
_CODE_TOKEN_RE = re.compile(r"[ \t]*[A-Za-z_][\w.]*(?:\([^()\n]*\)|\[[^\]\n]*\])+"
                            r"(?:[ \t]*$|[ \t]{2,}|[ \t]*[-+*/%=<>!&|^.,;:])")


def code_shaped(line: str) -> bool:
    """Does the line carry code's shape: a prompt, a code signal, or a call or an index
    opening it?

    >>> [code_shaped(s) for s in ("x.append(v)     add v at the end", "len(x)", "x = []")]
    [True, True, True]
    >>> code_shaped("Syntax summary"), code_shaped("Dyer")
    (False, False)
    """
    return is_prompt(line) or looks_like_code(line) or bool(_CODE_TOKEN_RE.match(line))


def code_paragraphs(lines: Sequence[str | None]) -> set[int]:
    """Indexes of the lines of paragraphs at least half of whose lines are code-shaped.

    >>> sorted(code_paragraphs(["x = []", "x.pop()     take the last", "", "Prose here."]))
    [0, 1]
    """
    found: set[int] = set()
    block: list[int] = []
    for index, line in [*enumerate(lines), (len(lines), "")]:
        if line is None:
            continue
        if line.strip():
            block.append(index)
            continue
        opened = any(is_prompt(lines[i] or "") and not _CONTINUATION_RE.match(lines[i] or "")
                     for i in block)
        shaped = sum(code_shaped(lines[i] or "") and (opened or not _CONTINUATION_RE.match(
            lines[i] or "")) for i in block)
        if block and 2 * shaped >= len(block):
            found.update(block)
        block = []
    return found


def is_prompt(line: str) -> bool:
    """Does the line open with an interpreter's or a shell's prompt and what was typed?

    >>> [is_prompt(s) for s in (">>> x = 1", "In [3]: x[0]", "$ ls -l", "irb(main):001:0> a",
    ...                         "> x <- c(1, 2)", "sqlite> .tables", "postgres=# \\\\dt")]
    [True, True, True, True, True, True, True]
    >>> [is_prompt(s) for s in ("> He said it was fine.", "$ 448.56", "Home > News",
    ...                         ">>> VN highly values US’s support for ASEAN centrality")]
    [False, False, False, False]
    """
    return (bool(PROMPT_RE.match(line)) and not _PROSE_WORD_PROMPT_RE.match(line)
            and not CHEVRON_LINK_RE.fullmatch(" ".join(line.split())))


def session_lines(lines: Sequence[str | None]) -> set[int]:
    """Indexes of the lines of sessions: each prompt, and the answers printed under it
    up to the next blank line.

    >>> sorted(session_lines(["Try it:", ">>> 1 + 1", "2", "", "Done."]))
    [1, 2]
    >>> sorted(session_lines(["A teaser cut by the site", "... Read more »"]))
    []
    """
    found: set[int] = set()
    inside = False
    for index, line in enumerate(lines):
        if line is None:
            continue
        if not line.strip():
            inside = False
        elif is_prompt(line) and (inside or not _CONTINUATION_RE.match(line)):
            inside = True
            found.add(index)
        elif inside:
            found.add(index)
    return found


def captions_of_code(lines: Sequence[str | None], code: Sequence[bool],
                     taken: Sequence[int] = ()) -> set[int]:
    """Indexes of short headings that stand alone (or under lines ``taken`` as chrome)
    right above code or a session.

    >>> sorted(captions_of_code(["Text.", "", "Syntax summary", "", "x = []"],
    ...                         [False, False, False, False, True]))
    [2]
    """
    sessions = session_lines(lines) | code_paragraphs(lines)
    standing = [i for i, line in enumerate(lines) if line is not None]
    found: set[int] = set()
    for k, index in enumerate(standing):
        text = (lines[index] or "").strip()
        if not text or code[index] or index in sessions:
            continue
        if (len(text.split()) > _CAPTION_WORDS or _SENTENCE_END_RE.search(text)
                or sum(ch.isalpha() for ch in text) < _CAPTION_LETTERS):
            continue    # a sentence, or a page number over the code
        rest = standing[k + 1:k + 3]
        if k > 0 and (lines[standing[k - 1]] or "").strip() and standing[k - 1] not in taken:
            continue    # not alone in its paragraph
        below = [j for j in rest if (lines[j] or "").strip()][:1]
        blanks = sum(1 for j in rest[:2] if not (lines[j] or "").strip()
                     and (not below or j < below[0]))
        if below and blanks <= 1 and (code[below[0]] or below[0] in sessions):
            found.add(index)
    return found


# A manual page's name and section, as its running head prints it: SH(1), git-log(1),
# printf(3p).
_MANUAL_NAME_RE = re.compile(r"[\w.:+-]+\(\d\w*\)")
_WIDE_GAP_RE = re.compile(r"[ \t]{3,}")


def manual_running_lines(lines: Sequence[str | None]) -> set[int]:
    """Indexes of a manual page's running heads and feet: two or three fields set apart
    by wide gaps, the first or the last of them the page's name and section ("SH(1)
    General Commands Manual SH(1)", "GNU coreutils 8.32  September 2020  LS(1)"), and,
    on a page that prints such a head, a foot whose first and last fields are the same
    ("FreeBSD 13.1  March 5, 2021  FreeBSD 13.1").  They are the manual's, as ``man``
    sets them, never a site's tags.

    >>> page = ["SH(1)      General Commands Manual      SH(1)", "", "     sh - shell", "",
    ...         "7th Edition      May 1979      7th Edition"]
    >>> sorted(manual_running_lines(page))
    [0, 4]
    >>> manual_running_lines(["Security   Kazakhstan   2022 state of emergency"])
    set()
    """
    heads: set[int] = set()
    feet: set[int] = set()
    for index, line in enumerate(lines):
        fields = _WIDE_GAP_RE.split((line or "").strip())
        if not 2 <= len(fields) <= 3:
            continue
        if _MANUAL_NAME_RE.fullmatch(fields[0]) or _MANUAL_NAME_RE.fullmatch(fields[-1]):
            heads.add(index)
        elif len(fields) == 3 and fields[0] == fields[-1]:
            feet.add(index)
    return heads | feet if heads else set()


# A running head whose first and last words are the same name and section, however far
# apart: "bdep-new(1) General Commands Manual bdep-new(1)".
_MANUAL_HEAD_RE = re.compile(r"\s*([\w.:+-]+)\(\d\w*\)\s.*\s\1\(\d\w*\)\s*")
#: Lines from the top within which a manual page prints its running head.
_MANUAL_HEAD_LINES = 3


def manual_synopsis_lines(lines: Sequence[str | None]) -> set[int]:
    """Indexes of a manual page's synopsis: under a running head that names the page
    (its first line or so), each line that opens with the command named ("git-log" is
    typed "git log" as well), and the indented lines that continue one.  A command's
    forms, one to a line, are the manual's, however like a list of short lines they look.

    >>> page = ["bdep-new(1) General Commands Manual bdep-new(1)", "",
    ...         "bdep new [options] --no-init spec [name]",
    ...         "bdep new [options] --config-add cfg-dir spec [name]", "         [cfg-args]",
    ...         "", "The new command creates a project."]
    >>> sorted(manual_synopsis_lines(page))
    [2, 3, 4]
    >>> manual_synopsis_lines(["bdep new [options]", "Menu"])
    set()
    """
    heads = [_MANUAL_HEAD_RE.fullmatch(line or "") for line in lines[:_MANUAL_HEAD_LINES]]
    head = next((match for match in heads if match), None)
    if head is None:
        return set()
    name = head.group(1)
    forms = tuple({name, name.replace("-", " ")})
    found: set[int] = set()
    for index, line in enumerate(lines):
        text = line or ""
        opens = any(text == form or text.startswith(form + " ") for form in forms)
        continues = index - 1 in found and text[:1] in (" ", "\t") and bool(text.strip())
        if opens or continues:
            found.add(index)
    return found


def keep_from_chrome(lines: Sequence[str | None], code: Sequence[bool],
                     found: Mapping[int, str],
                     chrome_alone: Callable[[str], bool]) -> dict[int, str]:
    """``found`` without the lines of sessions, the headings of code and a manual page's
    running heads and feet, unless the one-line rules (``chrome_alone``) call such a
    line chrome by its own words; and without the lines of a manual page's synopsis,
    whatever their words."""
    if not found:
        return dict(found)
    keep = (session_lines(lines) | code_paragraphs(lines)
            | captions_of_code(lines, code, list(found)) | manual_running_lines(lines))
    # A synopsis's line is the command's, whatever its words ("[cfg-args]" is an operand).
    synopsis = manual_synopsis_lines(lines)
    return {index: reason for index, reason in found.items() if index not in synopsis
            and (index not in keep or chrome_alone(lines[index] or ""))}
