"""An e-mail's own lines, which the chrome rules must leave where they stand.

A mailing list's archive shows a message as its sender wrote it, under a header
the archive prints from the message: who sent it, from what address (written
"guido at python.org" so that robots cannot harvest it), and when::

    [Python-Dev] PEP 563: Postponed Evaluation of Annotations
    Guido van Rossum
    guido at python.org
    Mon Dec 4 11:42:38 EST 2017

(some archives print the name and the address on one line, "Dave Anderson
anderson at redhat.com").  A name over an address reads like a page's byline
box, an address alone like a link to a site, and the subject over them like a
heading among links; in this header they are the message's.  Under the
sender's words, a reply quotes the message it answers, each line set after
``>``, below an attribution ("On Tue, Nov 21, 2017 at 4:26 PM, Łukasz Langa
<lukasz at langa.pl> wrote:").  What the quote holds is the other writer's
text, whatever its words ("Version: $Revision$" from a PEP's header reads like
a widget's line): a scraper never writes ``>`` before a page's chrome.  Three
quoted lines under "… wrote:" show an e-mail, in one run or in the pieces a reply
answers one by one; under an archive's header every
quoted line is the message's, attribution or not.

:func:`own_lines` finds both; :func:`is_an_email` says whether a text shows
either, which also tells that its lines wrapped at one width are its
sender's (a mail client wraps at about 72 columns), not breaks a scraper made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An address as an archive writes it: "guido at python.org", "ruth (at) example.org",
# "ruth [at] example.org", or plainly "ruth@example.org", alone on its line.
_ADDRESS_RE = re.compile(
    r"[\w.+-]+(?:@| at | ?\(at\) ?| ?\[at\] ?)[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A sender's name: two to five words, each opening with a capital, no sentence's stop.
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_WORDS = range(2, 6)
# A date as a mail's header prints it: a year, and a time or a month's name or number.
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_RE = re.compile(r"\b\d{1,2}:\d\d\b")
_MONTH_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[яй]|июн|июл"
    r"|авг|сен|окт|ноя|дек|ιαν|φεβ|μαρ|απρ|μα[ΐι]|ιουν|ιουλ|αυγ|σεπ|οκτ|νο[εέ]|δεκ)",
    re.IGNORECASE)
#: The most lines a header's date stands apart from the address (none, or one blank).
_DATE_LINES = 2
# The line that introduces a quoted reply: "On …, Name <address> wrote:", "… пишет:".
_ATTRIBUTION_RE = re.compile(
    r"(?:\bwrote|\bwrites|\bписал[аи]?|\bнаписал[аи]?|\bпишет|\bέγραψε)\s*:\s*$",
    re.IGNORECASE)
#: A quote shorter than this is no sign of an e-mail alone (a Markdown quote of a line).
_QUOTED_LINES = 3


def _quoted(line: str | None) -> bool:
    """Is the line set after ``>`` as a mail client quotes ("> text", ">", ">> text")?"""
    return (line or "").lstrip(" ").startswith(">")


def is_a_name(line: str) -> bool:
    """Is the line a person's name alone ("Guido van Rossum", "Łukasz Langa")?

    >>> is_a_name("Guido van Rossum"), is_a_name("Read the full story"), is_a_name("Home")
    (True, False, False)
    """
    words = line.split()
    if len(words) not in _NAME_WORDS or not all(_NAME_WORD_RE.fullmatch(w) for w in words):
        return False
    capitals = [w for w in words if w[0].isupper()]
    # "van", "de", "von" between the capitals; the first and the last word capitalised
    return words[0][0].isupper() and words[-1][0].isupper() and len(capitals) >= 2 \
        and all(len(w) <= 3 for w in words if not w[0].isupper())


def _a_date(line: str) -> bool:
    """Is the line a header's date ("Mon Dec 4 11:42:38 EST 2017", "4 декабря 2017, 11:42")?

    >>> _a_date("Mon Dec 4 11:42:38 EST 2017"), _a_date("It rained all of 2017 in Mayo.")
    (True, False)
    """
    text = line.strip()
    return (bool(_YEAR_RE.search(text)) and len(text.split()) <= 8
            and (bool(_TIME_RE.search(text)) or bool(_MONTH_RE.search(text)))
            and not text.endswith((".", "!", "?")))


def _named_address(line: str) -> bool:
    """Is the line a sender's name followed by their address ("Dave Anderson anderson at
    redhat.com"), as some archives print the two on one line?

    >>> _named_address("Dave Anderson anderson at redhat.com")
    True
    >>> _named_address("Write to news at example.org")
    False
    """
    text = line.strip()
    match = _ADDRESS_RE.search(text)
    return (match is not None and match.end() == len(text)
            and is_a_name(text[:match.start()].strip()))


def _archive_header(lines: Sequence[str | None]) -> set[int]:
    """Indexes of a sender's name, address and date lines, one under the other."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not line:
            continue
        if _ADDRESS_RE.fullmatch(line.strip()):
            above = lines[index - 1] if index else None
            if not above or not is_a_name(above.strip()):
                continue
            name = index - 1
        elif _named_address(line):
            # an archive that prints the name and the address on one line
            # ("Dave Anderson anderson at redhat.com")
            name = index
        else:
            continue
        dates = [below for below in range(index + 1, min(len(lines), index + 1 + _DATE_LINES))
                 if (lines[below] or "").strip()]
        if dates and _a_date(lines[dates[0]] or ""):
            found.update((name, index, dates[0]))
            # the message's subject, over its sender's name
            if name >= 1 and (lines[name - 1] or "").strip():
                found.add(name - 1)
    return found


def _quotes(lines: Sequence[str | None]) -> set[int]:
    """Indexes of the quoted lines under an attribution, as many as follow it."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not line or not _ATTRIBUTION_RE.search(line) or _quoted(line):
            continue
        below = index + 1
        while below < len(lines) and not (lines[below] or "").strip():
            below += 1
        end = below
        while end < len(lines) and (_quoted(lines[end]) or (
                not (lines[end] or "").strip() and end + 1 < len(lines)
                and _quoted(lines[end + 1]))):
            end += 1
        if sum(_quoted(lines[i]) for i in range(below, end)) >= _QUOTED_LINES:
            found.update(i for i in range(below, end) if _quoted(lines[i]))
        elif below < len(lines) and _quoted(lines[below]):
            # a reply that answers the message piece by piece: a quote right under the
            # attribution, the sender's paragraphs between the next quoted pieces
            after = [i for i in range(below, len(lines)) if _quoted(lines[i])]
            if len(after) >= _QUOTED_LINES:
                found.update(after)
    return found


def own_lines(lines: Sequence[str | None]) -> set[int]:
    """Indexes of an e-mail's header lines and of the lines its reply quotes.

    >>> own_lines(["Subject", "Guido van Rossum", "guido at python.org",
    ...            "Mon Dec 4 11:42:38 EST 2017", "Łukasz,"])
    {0, 1, 2, 3}
    >>> own_lines(["On Tue, Nov 21, 2017, Ann Lee <ann at lee.org> wrote:",
    ...            "> PEP: 563", "> Version: $Revision$", ">", "> Abstract", "Thanks."])
    {1, 2, 3, 4}
    >>> own_lines(["Re: Notes", "Ann Lee", "ann at lee.org", "Tue Nov 21 16:26:00 2017",
    ...            "> Read more", "Agreed."])
    {0, 1, 2, 3, 4}
    >>> own_lines(["Иван Петров пишет:", "> Рассылка", "> Подписаться", ">", "Спасибо."])
    {1, 2, 3}
    >>> own_lines(["Share this", "> Follow us", "> on Twitter", "> Subscribe"])
    set()
    >>> own_lines(["On Tue, Ann Lee wrote:", "> Hello,", "", "Thanks.", "> The patch",
    ...            "> + new line", "Fine."])
    {1, 4, 5}
    """
    header = _archive_header(lines)
    if header:
        # under an archive's header, every quoted line is the message's, with or
        # without the attribution a client writes over it
        header.update(i for i, line in enumerate(lines) if _quoted(line))
    return header | _quotes(lines)


def is_an_email(lines: Sequence[str | None]) -> bool:
    """Does the text show an archived e-mail's header or a reply's quote?"""
    return bool(own_lines(lines))


#: A mail client wraps at 72 columns or so, at most 80.
_MAIL_WIDTH = 80
#: Lines shorter than this end a paragraph or stand alone: they show no width.
_MEASURED = 40
#: A wrapped line ends within this many columns of the widest one.
_RAGGED = 12
#: At least this many lines measured, and this share of them at the width.
_MEASURED_LINES = 4
_AT_WIDTH = 0.6


def wrapped_at_one_width(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Do most of the sender's lines of 40 characters or more end within a few columns
    of the same one, at most 80 (a mail client's wrap), even where the paragraphs stand
    with no blank line between them?

    The sender's lines and the quoted ones are measured apart: a quote keeps the
    width its own writer's client wrapped it at.

    >>> body = ["I am hereby accepting your PEP. This will be a great improvement in the",
    ...         "experience of users annotating large complex codebases. Congrats on the",
    ...         "design and implementation and on your shepherding the PEP through the",
    ...         "discussion phase.", "--Guido",
    ...         "PS. I have some editorial quibbles (mostly suggestions to make the",
    ...         "exposition clearer in a few places) but they don't affect acceptance of"]
    >>> wrapped_at_one_width(body, [False] * len(body))
    True
    >>> page = [" ".join(body[:4]), "", " ".join(body[5:]), "", body[0], body[1]]
    >>> wrapped_at_one_width(page, [False] * len(page))
    False
    """
    own: list[int] = []
    quoted: list[int] = []
    for line, is_code in zip(lines, code, strict=True):
        if not line or is_code:
            continue
        text = line.rstrip()
        if _quoted(text):
            if len(text.lstrip(" >")) >= _MEASURED:
                quoted.append(len(text))
        elif len(text) >= _MEASURED:
            own.append(len(text))
    return _at_one_width(own) or _at_one_width(quoted)


def _at_one_width(lengths: Sequence[int]) -> bool:
    """Do most of these lengths end a few columns short of the widest one up to 80?

    A line past 80 (an archive's link to the next message) counts against the wrap.
    """
    fitting = [n for n in lengths if n <= _MAIL_WIDTH]
    if len(lengths) < _MEASURED_LINES or not fitting:
        return False
    width = max(fitting)
    return sum(width - _RAGGED <= n <= width for n in lengths) >= _AT_WIDTH * len(lengths)


# An archive's pager between its messages, as MHonArc prints it over each one: "[Date Prev] |
# [Thread Prev] | [Thread Next] | [Date Next] -- [Date Index] | [Thread Index] | [List Home]".
_PAGER_LINK = r"\[(?:date|thread|author|subject) (?:prev|next|index)\]|\[list home\]"
_PAGER_RE = re.compile(rf"(?:{_PAGER_LINK})(?:\s*(?:\||--?|·)?\s*(?:{_PAGER_LINK})){{2,}}", re.I)
# A field of the message's header, as the archive prints it under the pager.
_HEADER_FIELD_RE = re.compile(r"(?:subject|from|date|to|cc)\s*:\s*\S", re.I)


def take_archive_top(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """Above a mail archive's pager over a message, the archive's own header.

    An archive prints each message under its pager (MHonArc's "[Date Prev] | [Thread
    Prev] | …") and the message's header ("Subject: …", "From: …"); what stands above
    the pager is the archive's: its name, a note on how to search it, its help links and
    the list's name ("OASIS Mailing List Archives…" / "Help: … | … Help" / "xliff
    message").  The message begins at the header, so nothing of it is above the pager.
    """
    order = sorted(views)
    for k, index in enumerate(order[:-1]):
        if not _PAGER_RE.fullmatch(views[index].strip()):
            continue
        if _HEADER_FIELD_RE.match(views[order[k + 1]]):
            for above in order[:k + 1]:
                found.setdefault(above, "a mail archive's header over its pager")
        return
