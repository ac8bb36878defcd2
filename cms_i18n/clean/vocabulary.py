"""The words page chrome is made of, as a line's view shows them.

Chrome rules and the learned judgement (:mod:`cms_i18n.clean.model`) look at
a line's view (:func:`cms_i18n.clean.chrome.view`), in which look-alike
letters are Latin: "Поделиться" is seen as "Пoдeлиться".  A word list written
in its own script is therefore turned into every form a view can show before
it is compared, and it is read a word at a time only from its word lines,
never from the comments that explain it.  A pattern written in its own script
is made to match every form a view can show (:func:`as_seen`).

The chrome that closes a page is kept here by kind and by language
(``data/closing.txt``): calls to the reader (follow, subscribe, watch, read more
at the site's address, like, sign in, comment), the site's notices (copyright
and reuse, a syndicated feed's disclaimer, a comment form's notes), its labels
(tags, categories, keywords), the headers of its lists of other stories, and
the weak lines that are chrome only beside these (a contact field, a bare
label).  :func:`closing_kind` names a line's kind; where that makes the line
chrome is :func:`cms_i18n.clean.edges.take_closing_run`'s business.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from importlib import resources

from cms_i18n.clean.homoglyphs import to_latin_view


def as_seen(pattern: str) -> str:
    """A pattern in Cyrillic or Greek, matching lines the way a view shows them.

    A view makes look-alike letters Latin, and which ones depends on their
    case ("Наши" is seen as "Haши", "наши" as "нaши"), so each such letter of
    the pattern becomes the class of all its forms: "н" → "[HНн]".  A Greek
    letter's forms include its bare letter's, so that a phrase written with
    accents matches the same words in capitals, which drop them (:func:`greek_bare`).

    >>> re.fullmatch(as_seen("наши"), to_latin_view("Наши"), re.I) is not None
    True
    """
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped or ch.isascii() or not ch.isalpha():
            out.append(ch)
            if not escaped and ch == "[":
                in_class = True
            elif not escaped and ch == "]":
                in_class = False
            escaped = not escaped and ch == "\\"
            continue
        forms = "".join(sorted({form for letter in {ch, greek_bare(ch)}
                                for form in (letter.lower(), letter.upper(),
                                             to_latin_view(letter.lower()),
                                             to_latin_view(letter.upper()))}))
        out.append(forms if in_class else f"[{forms}]")
    return "".join(out)


def greek_bare(text: str) -> str:
    """Greek letters without their accents and diaeresis, everything else as it is.

    Greek written in capitals drops its accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε
    επίσης"), so a phrase written with them must match the bare letters too.

    >>> greek_bare("Διαβάστε επίσης"), greek_bare("Фото: Ελλάδα")
    ('Διαβαστε επισης', 'Фото: Ελλαδα')
    """
    if text.isascii():
        return text
    out = []
    for ch in text:
        if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
            ch = "".join(c for c in unicodedata.normalize("NFD", ch)
                         if not unicodedata.combining(c)) or ch
        out.append(ch)
    return "".join(out)


def seen_as(word: str) -> set[str]:
    """A word as a line's view may show it, lower-cased: look-alike letters made Latin,
    which depends on the case it was written in ("ВКонтакте" → "bkoнтakte").

    >>> sorted(seen_as("share"))
    ['share']
    """
    if word.isascii():
        return {word}
    return {to_latin_view(form).lower() for written in {word, greek_bare(word)}
            for form in (written, written.capitalize(), written.upper())}


def data_text(name: str) -> str:
    """The text of the cleaner's data file ``data/name``."""
    return resources.files("cms_i18n.clean").joinpath(f"data/{name}").read_text("utf-8")


def list_words(name: str) -> list[str]:
    """The words of a word list in ``data/`` (whitespace-separated), comment lines left out.

    >>> "because" in list_words("share_words.txt")
    False
    """
    text = data_text(name)
    return [word for line in text.splitlines() if not line.lstrip().startswith("#")
            for word in line.split()]


#: The words a share or follow bar is made of (``data/share_words.txt``), as views show them.
SHARE_WORDS = frozenset(form for word in list_words("share_words.txt") for form in seen_as(word))

#: The name a site's menu, trail or breadcrumbs give its home page, lower-cased
#: ("Home", "Главная", "Головна", "Αρχική", "Inicio", "Accueil", "Startseite"; Greek
#: with its accent and without, as capitals drop it): the first step of a trail, the
#: first link of a menu row.
HOME_WORDS = frozenset({"home", "главная", "головна", "αρχική", "αρχικη", "inicio", "accueil",
                        "startseite"})


#: The kinds of closing chrome, in the order a line is tried against them.
CLOSING_KINDS = ("notice", "call", "label", "list", "weak")


def patterns_by_kind(name: str, kinds: Sequence[str], written: Callable[[str], str]
                     ) -> dict[str, str]:
    """A data file of ``kind: pattern`` lines (``#`` comments, blank lines), as one
    alternation per kind, each pattern first written as the lines it meets are
    (``written``): the one reader of the cleaner's vocabularies by kind."""
    text = data_text(name)
    by_kind: dict[str, list[str]] = {kind: [] for kind in kinds}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, _, pattern = line.partition(": ")
        by_kind[kind].append(written(pattern))
    return {kind: "|".join(f"(?:{p})" for p in patterns) for kind, patterns in by_kind.items()}


@functools.cache
def _closing_patterns() -> dict[str, re.Pattern[str]]:
    found = patterns_by_kind("closing.txt", CLOSING_KINDS,
                             lambda pattern: pattern if pattern.isascii() else as_seen(pattern))
    return {kind: re.compile(alternation, re.I) for kind, alternation in found.items()}


# Icons a widget sets before its words ("⭐⭐⭐⭐⭐Σχετικά Θέματα", "► Follow us"): stars, arrows,
# dingbats and emoji say nothing of what the line is.
_ICONS_RE = re.compile("^[\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f\u200d]+\\s*")


@functools.lru_cache(maxsize=4096)
def closing_kind(text: str) -> str | None:
    """The kind of closing chrome a line's view is, or None: "notice", "call", "label",
    "list" or "weak" (``data/closing.txt``).  The whole line must be of the kind: a word
    of it inside a sentence is no call.

    >>> closing_kind("Ακολουθήστε μας στο Facebook")
    'call'
    >>> closing_kind("Das könnte Sie auch interessieren")
    'list'
    >>> closing_kind("Nenhum comentário:"), closing_kind("Postado por Maria às 10:32")
    ('call', 'label')
    >>> closing_kind("Подписаться на рассылку можно на сайте ведомства, сообщил он.") is None
    True
    """
    view = " ".join(to_latin_view(text).split()) if not text.isascii() else " ".join(text.split())
    view = _ICONS_RE.sub("", view)
    for kind, pattern in _closing_patterns().items():
        if pattern.fullmatch(view):
            return kind
    return None
