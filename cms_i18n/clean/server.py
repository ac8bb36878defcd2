"""A server's error or warning printed into the page, as PHP prints it.

A site whose code fails prints its interpreter's message into the page it
serves, wherever the failing code stood: above the headline, between two
paragraphs, under the last one.  The message has a shape of its own, the same
on every site and in every language of the page::

    Warning: Undefined variable $x in /var/www/html/index.php on line 12
    Deprecated: Function create_function() is deprecated in /srv/inc/x.php on line 4
    Fatal error: Uncaught Error: Call to undefined function f() in C:\\site\\a.php:7
    PHP Notice:  Trying to get property 'ID' of non-object in /home/a/b.php on line 3

a level ("Warning", "Notice", "Deprecated", "Fatal error", "Parse error", …)
and a colon, the message, then the script's file and line ("in FILE on line N",
or "in FILE:N" for an uncaught exception), with the lines of its stack trace
under it ("Stack trace:", "#0 /a/b.php(12): f()", "thrown in FILE on line N").
Such a line is chrome of its own kind, never the author's.  So is the message a web
server prints where a server-side include failed ("[an error occurred while processing
this directive]").

A page about such messages quotes them: a tutorial or an answer on a
programmers' forum shows the message it explains.  In a code block it is code
and never looked at; in plain text it stays too when the rest of the page
speaks of it: names PHP, the script's file or the variable the message names,
or introduces it with a colon on the line above ("You will see this:"), or
sets it in from the margin as quoted output.
When in doubt, the line stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The reason an editor reads in ``clean --explain``.
REASON = "server error printed into the page"

_LEVEL = (r"(?:PHP\s+)?(?:Warning|Notice|Deprecated|Strict Standards|Parse error"
          r"|(?:Catchable |Recoverable )?Fatal error|User (?:Warning|Notice|Deprecated|Error))")
_PATH = r"(?:[A-Za-z]:)?[\\/][^\s:]*?[\w-]+\.(?:php\d?|phtml|inc|module|tpl)"
_FILE = rf"(?P<file>{_PATH})"
_MESSAGE_RE = re.compile(
    rf"\s*{_LEVEL}\s*:\s+(?P<message>\S.*?)\s+in\s+{_FILE}"
    r"(?:(?::\d+)(?:\s+Stack trace:.*)?|\s+on\s+line\s+\d+)\s*", re.I)
# The lines of an uncaught exception's stack trace, under its message.
_TRACE_RE = re.compile(
    rf"\s*(?:Stack trace:\s*|#\d+\s+(?:{{main}}|{_PATH}\(\d+\):.*|\[internal function\]:.*)"
    rf"|thrown\s+in\s+{_PATH}\s+on\s+line\s+\d+)\s*", re.I)
# A variable the message names ("$x", "$post_id").
_VARIABLE_RE = re.compile(r"\$[A-Za-z_]\w*")
_PHP_RE = re.compile(r"\bphp\b", re.I)


def is_server_message(text: str) -> bool:
    """A PHP error or warning line with the script's file and line.

    >>> is_server_message("Warning: Undefined variable $x in /var/www/html/index.php on line 12")
    True
    >>> is_server_message("Deprecated: Function each() is deprecated in /srv/a/b.php on line 9")
    True
    >>> is_server_message("Warning: the storm will reach the coast in the evening.")
    False
    """
    return bool(_MESSAGE_RE.fullmatch(text))


def _discussed(message: re.Match[str], others: Sequence[str], above: str,
               indented: bool) -> bool:
    """Does the page speak of the message: PHP, its file, its variable, a colon
    introducing it on the line above, or the message set in from the margin as the
    page's quoted output?"""
    if above.rstrip().endswith(":") or indented:
        return True
    file = re.split(r"[\\/]", message.group("file"))[-1].lower()
    variables = set(_VARIABLE_RE.findall(message.group("message")))
    for text in others:
        if _PHP_RE.search(text) or file in text.lower() or any(
                variable in text for variable in variables):
            return True
    return False


# The message a web server prints where a server-side include failed, the same on every
# site it serves (Apache's default "errmsg"): never the author's.
_SSI_ERROR_RE = re.compile(r"\[an error occurred while processing this directive\]", re.I)
_SSI_TOPIC_RE = re.compile(r"\bSSI\b|server[- ]side includes?|#include|directive", re.I)


def take_server_messages(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """Every server message on the page (see the module's notes), and its stack trace
    under it, with their true reason, whatever another rule called them.

    ``views`` are the lines still present and not code, as :func:`chrome.view` shows
    them (index → text).
    """
    raw = {index: " ".join((lines[index] or "").split()) for index in views}
    includes = [index for index, text in raw.items() if _SSI_ERROR_RE.fullmatch(text)]
    # a page about server-side includes quotes the message it explains
    if includes and not any(_SSI_TOPIC_RE.search(text) for index, text in raw.items()
                            if index not in includes):
        for index in includes:
            found[index] = "server's error message"
    messages = {index: match for index in views
                if (match := _MESSAGE_RE.fullmatch(raw[index]) or _MESSAGE_RE.fullmatch(
                    views[index]))}
    if not messages:
        return
    trace: set[int] = set()
    order = sorted(views)
    for position, index in enumerate(order):
        if index not in messages:
            continue
        for following in order[position + 1:]:
            if following in messages or not _TRACE_RE.fullmatch(raw[following]):
                break
            trace.add(following)
    others = [text for index, text in raw.items() if index not in messages
              and index not in trace and index not in found]
    for index, match in messages.items():
        above = next((lines[i] or "" for i in range(index - 1, -1, -1)
                      if lines[i] is not None and (lines[i] or "").strip()), "")
        if above and _MESSAGE_RE.fullmatch(" ".join(above.split())):
            above = ""      # a message under another one is no introduction of it
        line = lines[index] or ""
        if _discussed(match, others, above, line.startswith(("\t", "    "))):
            continue
        found[index] = REASON
        position = order.index(index)
        for following in order[position + 1:]:
            if following not in trace:
                break
            found[following] = REASON
