"""Rich text as Wagtail means it: the text, not the marks its editor adds.

Wagtail's rich text editor (Draftail) stores every block element with a
``data-block-key`` attribute (``<p data-block-key="8ftmk">``), the handle its
comments and its next save use to recognise the paragraph, and on saving it
drops the blanks between blocks and folds runs of spaces.  None of that is
text: a page whose only difference from what ``apply`` would write is there
has nothing to translate again, so no new revision is due (:func:`same_rich_text`).
When ``apply`` does write new text into such a field, the paragraphs keep the
keys the editor's save gave them (:func:`keep_block_keys`), so the next save
in the editor changes nothing either and comments stay anchored.

No Django here: pure functions over strings.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from cms_i18n.contrib.wagtail.layout import rich_text_html

BLOCK_KEY = "data-block-key"
#: Elements that hold or wrap a block of the editor (paragraphs, headings, list items …):
#: blanks beside them are layout, not text.
_BLOCK_ELEMENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                             "blockquote", "pre", "div", "hr", "embed", "figure", "table",
                             "tr", "td", "th", "tbody", "thead"})
#: The opening tag of an element the editor gives a key to.
_KEYED_TAG = re.compile(r"<(p|h[1-6]|li|blockquote|pre|div)(?=[\s/>])([^>]*)>", re.IGNORECASE)
_KEY_ATTR = re.compile(r"\s+data-block-key\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)",
                       re.IGNORECASE)
_KEY_VALUE = re.compile(r"\bdata-block-key\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))",
                        re.IGNORECASE)

_BLANKS = re.compile(r"[ \t\n\r\f]+")

Token = tuple[str, ...]


class _Reader(HTMLParser):
    """The tokens of a rich text value: tags with their attributes (keys left out)
    and text with entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[Token] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = sorted((name, value or "") for name, value in attrs if name != BLOCK_KEY)
        self.tokens.append(("<", tag, *(f"{name}={value}" for name, value in kept)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(("/", tag))

    def handle_data(self, data: str) -> None:
        if self.tokens and self.tokens[-1][0] == "":
            data = self.tokens.pop()[1] + data
        self.tokens.append(("", data))


def meaning(value: str) -> list[Token]:
    """What a rich text value says, for comparison: tags, attributes and text, without
    the editor's block keys and the blanks around blocks.

    >>> meaning('<p data-block-key="a1">Tom &amp;  Jerry</p>\\n<p>L&#x27;ONU</p>')
    [('<', 'p'), ('', 'Tom & Jerry'), ('/', 'p'), ('<', 'p'), ('', "L'ONU"), ('/', 'p')]
    """
    reader = _Reader()
    reader.feed(rich_text_html(value or ""))
    reader.close()
    tokens = reader.tokens
    out: list[Token] = []
    for index, token in enumerate(tokens):
        if token[0] == "":
            text = _fold(token[1])
            if index == 0 or _is_block(tokens[index - 1]):
                text = text.lstrip(" ")
            if index + 1 == len(tokens) or _is_block(tokens[index + 1]):
                text = text.rstrip(" ")
            if not text:
                continue
            token = ("", text)
        out.append(token)
    return out


def same_rich_text(a: str, b: str) -> bool:
    """Whether two rich text values say the same, as Wagtail's editor reads them.

    >>> same_rich_text('<p>The SCO met.</p>\\n<p>Two</p>',
    ...                '<p data-block-key="8ftmk">The SCO met.</p>'
    ...                '<p data-block-key="6mdq0">Two</p>')
    True
    >>> same_rich_text('<p>The SCO met.</p>', '<p data-block-key="8ftmk">The CSTO met.</p>')
    False
    >>> same_rich_text('<p>a <b>b</b></p>', '<p>a<b> b</b></p>')
    False
    >>> same_rich_text('<p>Note : oui</p>', '<p>Note&nbsp;: oui</p>')
    False
    """
    return meaning(a) == meaning(b)


def block_keys(value: str) -> list[str | None]:
    """The key of each keyed block element of a value, in order (None: no key).

    >>> block_keys('<h2 data-block-key="h">T</h2><ul><li data-block-key="i">x</li></ul><p>y</p>')
    ['h', 'i', None]
    """
    keys: list[str | None] = []
    for match in _KEYED_TAG.finditer(value):
        found = _KEY_VALUE.search(match.group(2))
        keys.append(next((g for g in found.groups() if g is not None), "") if found else None)
    return keys


def keep_block_keys(new: str, current: str) -> str:
    """``new`` with the block keys ``current`` has, element by element, where both have
    the same block elements in the same order; ``new`` as it is otherwise.

    >>> keep_block_keys('<p>Hola</p><p data-block-key="src">Dos</p>',
    ...                 '<p data-block-key="a1">Hi</p><p data-block-key="b2">Two</p>')
    '<p data-block-key="a1">Hola</p><p data-block-key="b2">Dos</p>'
    >>> keep_block_keys('<p>Hola</p>', '<h2 data-block-key="a1">Hi</h2>')
    '<p>Hola</p>'
    """
    theirs = [match.group(1).lower() for match in _KEYED_TAG.finditer(current)]
    mine = [match.group(1).lower() for match in _KEYED_TAG.finditer(new)]
    keys = block_keys(current)
    if theirs != mine or not any(keys):
        return new
    replaced = iter(keys)

    def swap(match: re.Match[str]) -> str:
        key = next(replaced)
        attrs = _KEY_ATTR.sub("", match.group(2))
        if key is None:
            return f"<{match.group(1)}{attrs}>"
        return f'<{match.group(1)} {BLOCK_KEY}="{key}"{attrs}>'

    return _KEYED_TAG.sub(swap, new)


def _fold(text: str) -> str:
    """Runs of HTML's blanks as one space, as a browser renders them and the editor
    saves them; a no-break space is text (French typography puts it before ``:``).

    >>> _fold("a \\n  b\\u00a0: c")
    'a b\\xa0: c'
    """
    return _BLANKS.sub(" ", text)


def _is_block(token: Token) -> bool:
    return token[0] in ("<", "/") and token[1] in _BLOCK_ELEMENTS
