"""The words page chrome is made of, as a line's view shows them.

Chrome rules and the learned judgement (:mod:`cms_i18n.clean.model`) look at
a line's view (:func:`cms_i18n.clean.chrome.view`), in which look-alike
letters are Latin: "Поделиться" is seen as "Пoдeлиться".  A word list written
in its own script is therefore turned into every form a view can show before
it is compared, and it is read a word at a time only from its word lines,
never from the comments that explain it.
"""

from __future__ import annotations

from importlib import resources

from cms_i18n.clean.homoglyphs import to_latin_view


def seen_as(word: str) -> set[str]:
    """A word as a line's view may show it, lower-cased: look-alike letters made Latin,
    which depends on the case it was written in ("ВКонтакте" → "bkoнтakte").

    >>> sorted(seen_as("share"))
    ['share']
    """
    if word.isascii():
        return {word}
    return {to_latin_view(form).lower() for form in (word, word.capitalize(), word.upper())}


def list_words(name: str) -> list[str]:
    """The words of a word list in ``data/`` (whitespace-separated), comment lines left out.

    >>> "because" in list_words("share_words.txt")
    False
    """
    text = resources.files("cms_i18n.clean").joinpath(f"data/{name}").read_text("utf-8")
    return [word for line in text.splitlines() if not line.lstrip().startswith("#")
            for word in line.split()]


#: The words a share or follow bar is made of (``data/share_words.txt``), as views show them.
SHARE_WORDS = frozenset(form for word in list_words("share_words.txt") for form in seen_as(word))
