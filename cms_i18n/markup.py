"""Inline markup that must reach the translation untouched.

Tags, code spans, Markdown images (whose alt and title are units of their own), link
targets, bare URLs, reference marks ("[a]", "[23]") and template variables (``{{ name }}``,
``${name}``, ``{name}``) are swapped for numbered placeholders (``{1}``, ``{2}``
…) before machine translation and swapped back after, so an engine can move
them with the words around them but cannot translate or break them.  The
variables protected here are the ones ``cms-i18n check`` requires in every
translation (:data:`VARIABLE`); printf directives are not, since in prose
``46%-owned`` is a number and a word, not ``%-o``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Code an author set in a line of text: a Markdown code span, an HTML code, kbd or samp
# element, taken whole (its letters are the code's, not words to translate or names to
# enforce: "published as `SCO-CHS-2024`" names a document, not the organisation).
_MARKDOWN_CODE = r"`[^`\n]+`"
_HTML_CODE = r"<(?P<tag>code|kbd|samp)\b[^<>]*>[^<>]*</(?P=tag)>"
_PATTERNS = {
    "html": rf"{_HTML_CODE}|<[^<>]+>|&[A-Za-z]+;|&#\d+;",
    # A whole image: its alt and title are units of their own (segment.py).
    "markdown": rf"{_MARKDOWN_CODE}|!\[(?:\\.|[^\[\]\\]|\[[^\[\]]*\])*\]"
                r"(?:\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
                r"(?:\s+(?:\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\)))?\s*\)"
                r"|\[[^\[\]\n]*\])?"
                r"|\]\([^)\s]+(?:\s+\"[^\"]*\")?\)|<https?://[^>]+>|<[^<>\s][^<>]*>",
    "text": r"(?!)",
}
# A link with its scheme, or a host and path without one as social posts print them
# ("pic.twitter.com/RM4nc3DWeW", "www.kremlin.ru/events"): an engine lower-cases
# its letters ("rm4nc3dwew"), and the case of a path is part of the address.  A host
# needs a path or "www." to be taken for one, and a top-level domain of two or more
# lower-case letters, so "e.g./i.e." and "Mr.Smith/Jones" stay text.
_URL = (r"(?:https?://|(?<![\w@./-])(?:www\.|(?:[A-Za-z0-9-]+\.)+[a-z]{2,24}/))"
        r"[^\s<>()\"]*[^\s<>()\".,;:!?]")
# A reference mark glued to the word it follows, as an encyclopaedia prints its notes
# ("the 3rd[a] summit", "Fortaleza[23]"): an engine translates the letter ("[un]").
_NOTE_MARK = r"(?<=[^\s\[(])\[(?:[a-z]|\d{1,3})\]"
_PLACEHOLDER = re.compile(r"\{(\d+)\}")
# What takes markup out of a line so that patterns see its words (:func:`without_markup`).
_ANY_TAG = re.compile(r"<[^<>]*>")
# ... all but an address written between angle brackets ("<https://…>", "<mailto:…>").
_TAG_NOT_ADDRESS = re.compile(r"<(?![a-z][\w+.-]*:)[^<>]*>", re.I)
_LINK_TEXT = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
#: Template variables a CMS fills in: ``{{ name }}``, ``${name}``, ``{name}``.
VARIABLE = re.compile(r"\{\{[^{}\n]+\}\}|\$\{\w+\}|\{[A-Za-z_][\w.]*\}")


@dataclass(frozen=True)
class Masked:
    """Text with markup swapped for placeholders, and what they stand for."""

    text: str
    tokens: tuple[str, ...]


def protect(text: str, format: str) -> Masked:
    """Swap markup for placeholders.

    >>> protect('See <a href="x">the <b>site</b></a>.', "html")
    Masked(text='See {1}the {2}site{3}{4}.', tokens=('<a href="x">', '<b>', '</b>', '</a>'))
    >>> protect("Video: pic.twitter.com/RM4nc3DWeW, e.g./i.e. www.kremlin.ru.", "text").text
    'Video: {1}, e.g./i.e. {2}.'

    Code goes whole, its letters with its tags: an engine or the glossary would rewrite
    them.

    >>> protect("Published as <code>SCO-CHS-2024</code>.", "html").tokens
    ('<code>SCO-CHS-2024</code>',)

    So does an encyclopaedia's reference mark, glued to its word; a bracket a sentence
    opens does not.

    >>> protect("The 3rd[a] summit met in Fortaleza.[23] Its agenda [a draft] grew.",
    ...         "text").text
    'The 3rd{1} summit met in Fortaleza.{2} Its agenda [a draft] grew.'
    """
    pattern = re.compile(f"{_PATTERNS.get(format, _PATTERNS['text'])}|{_URL}"
                         f"|{VARIABLE.pattern}|{_NOTE_MARK}")
    if _PLACEHOLDER.search(text):
        # Literal "{n}" in the source would be mistaken for ours: protect it too.
        pattern = re.compile(f"{pattern.pattern}|{_PLACEHOLDER.pattern}")
    tokens: list[str] = []

    def swap(match: re.Match[str]) -> str:
        tokens.append(match.group(0))
        return f"{{{len(tokens)}}}"

    return Masked(pattern.sub(swap, text), tuple(tokens))


def without_markup(text: str, keep_addresses: bool = False) -> str:
    """The text with its HTML tags blanked and its Markdown links (and images) reduced
    to their text, for patterns that look at the words.

    An address in angle brackets is a tag like any other, unless ``keep_addresses``:
    then it is text.

    >>> without_markup('**[Read more](https://example.org/a "A")** <b>now</b>')
    '**Read more**  now '
    >>> without_markup("Mail <mailto:desk@example.org> or see <https://example.org>.")
    'Mail   or see  .'
    >>> without_markup("Mail <mailto:desk@example.org> or see <https://example.org>.",
    ...                keep_addresses=True)
    'Mail <mailto:desk@example.org> or see <https://example.org>.'
    """
    if "<" in text:
        text = (_TAG_NOT_ADDRESS if keep_addresses else _ANY_TAG).sub(" ", text)
    if "](" in text:
        text = _LINK_TEXT.sub(r"\1", text)
    return text


_CODE_SPAN = re.compile(f"{_MARKDOWN_CODE}|{_HTML_CODE}")


def without_code(text: str) -> str:
    """The text with the code its author set in it blanked, for reading its names.

    >>> without_code("Published as `SCO-CHS-2024` by the <code>SCO</code> desk.")
    'Published as   by the   desk.'
    """
    if "`" not in text and "<" not in text:
        return text
    return _CODE_SPAN.sub(" ", text)


def restore(translation: str, masked: Masked) -> tuple[str, list[str]]:
    """Put the markup back; return the text and the tokens the engine lost.

    >>> masked = protect('See <a href="x">the <b>site</b></a>.', "html")
    >>> restore("Vea {1}el {2}sitio{3}{4}.", masked)
    ('Vea <a href="x">el <b>sitio</b></a>.', [])
    """
    if not masked.tokens:
        return translation, []
    seen: set[int] = set()

    def back(match: re.Match[str]) -> str:
        index = int(match.group(1))
        if 1 <= index <= len(masked.tokens):
            seen.add(index)
            return masked.tokens[index - 1]
        return match.group(0)

    text = _PLACEHOLDER.sub(back, translation)
    lost = [tok for i, tok in enumerate(masked.tokens, 1) if i not in seen]
    return text, lost
