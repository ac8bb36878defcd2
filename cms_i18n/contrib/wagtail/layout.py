"""The HTML body of a CMS document, and the way back from its translation.

A page's translatable long text (rich text fields, plain text fields, each
text block of a StreamField) is laid out as one HTML body, one ``<section>``
per piece, so that the pipeline's HTML segmentation finds every paragraph and
catalogues keep one context per page.  The section tags carry the field name
and the block path; after ``apply`` has put translations in place of the
segments, :func:`split_body` reads each piece back by that key, whatever order
the blocks are in.  Plain text is escaped into ``<p>`` paragraphs on the way
in and unescaped on the way out, so an ``&`` in a heading stays an ``&``.

No Django here: pure functions over strings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_OPEN = re.compile(r'^<section data-field="([^"]*)"(?: data-block="([^"]*)")?>\n', re.MULTILINE)
_CLOSE = "\n</section>\n"
_BLOCK_LEVEL = re.compile(r"<(?:p|h[1-6]|ul|ol|li|blockquote|div|table|figure|hr|embed)\b",
                          re.IGNORECASE)
_EMPTY_BLOCK = re.compile(r"<(p|h[1-6]|li|blockquote)\b[^>]*>(?:\s|&nbsp;|<br\s*/?>)*</\1>\s*",
                          re.IGNORECASE)
_EMPTY_LIST = re.compile(r"<(ul|ol)\b[^>]*>\s*</\1>\s*", re.IGNORECASE)
_PAGE_LINK = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>', re.IGNORECASE)
_ID_ATTR = re.compile(r'\bid="(\d+)"')
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_MY_ESCAPES = re.compile(r"&(lt|gt|amp);")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


@dataclass(frozen=True)
class Piece:
    """One stretch of translatable text: a field, or one block of a StreamField.

    ``block`` is the block path inside a StreamField (block ids, and child
    names inside structural blocks: ``"3f2…/caption"``); empty for a whole
    field.  ``kind`` is ``rich`` (Wagtail rich text HTML) or ``text`` (plain).
    """

    field: str
    block: str
    kind: str
    value: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.field, self.block)


def text_to_html(text: str) -> str:
    """Plain text as HTML paragraphs, escaped only where HTML would misread it.

    >>> text_to_html("Q&A: a < b > c\\n\\nSecond paragraph")
    '<p>Q&A: a &lt; b > c</p>\\n<p>Second paragraph</p>'
    >>> text_to_html("&amp; stays literal")
    '<p>&amp;amp; stays literal</p>'
    """
    paragraphs = [p.strip() for p in _BLANK_LINES.split(text.strip()) if p.strip()]
    return "\n".join(f"<p>{_escape(p)}</p>" for p in paragraphs)


def html_to_text(markup: str) -> str:
    """The inverse of :func:`text_to_html`: paragraphs joined by a blank line.

    >>> html_to_text(text_to_html("Q&A: a < b\\n\\n&amp; literal"))
    'Q&A: a < b\\n\\n&amp; literal'
    """
    paragraphs = re.findall(r"<p>(.*?)</p>", markup, re.DOTALL)
    if not paragraphs and markup.strip():
        paragraphs = [markup.strip()]
    return "\n\n".join(_unescape(p) for p in paragraphs if p.strip())


def rich_text_html(source: str) -> str:
    """Rich text ready to segment: bare text (no block element) gets a ``<p>``.

    >>> rich_text_html("Just words")
    '<p>Just words</p>'
    >>> rich_text_html('<p data-block-key="a1">Words</p>')
    '<p data-block-key="a1">Words</p>'
    """
    source = source.strip()
    if source and not _BLOCK_LEVEL.search(source):
        return f"<p>{source}</p>"
    return source


def build_body(pieces: Iterable[Piece]) -> str:
    """Lay pieces out as one HTML body, one keyed ``<section>`` each.

    >>> print(build_body([Piece("intro", "", "rich", "<p>Hi</p>"),
    ...                   Piece("body", "b1", "text", "Tom & Jerry")]))
    <section data-field="intro">
    <p>Hi</p>
    </section>
    <section data-field="body" data-block="b1">
    <p>Tom & Jerry</p>
    </section>
    <BLANKLINE>
    """
    return join_sections((piece.key, inner) for piece in pieces
                         if (inner := piece_html(piece.kind, piece.value)))


def piece_html(kind: str, value: str) -> str:
    """A stored value (``rich`` or ``text``) as the HTML a section holds."""
    return rich_text_html(value) if kind == "rich" else text_to_html(value)


def join_sections(sections: Iterable[tuple[tuple[str, str], str]]) -> str:
    """The inverse of :func:`split_body`: ((field, block), inner HTML) pairs as one body.

    >>> split_body(join_sections([(("body", "b1"), "<p>Uno</p>")]))
    {('body', 'b1'): '<p>Uno</p>'}
    """
    out = []
    for (field, block), inner in sections:
        attr = f' data-block="{html.escape(block)}"' if block else ""
        out.append(f'<section data-field="{html.escape(field)}"{attr}>\n{inner}{_CLOSE}')
    return "".join(out)


def split_body(body: str) -> dict[tuple[str, str], str]:
    """The inner HTML of each section of a body made by :func:`build_body`.

    >>> body = build_body([Piece("body", "b2", "text", "Dos"), Piece("body", "b1", "text", "Uno")])
    >>> split_body(body)
    {('body', 'b2'): '<p>Dos</p>', ('body', 'b1'): '<p>Uno</p>'}
    """
    found: dict[tuple[str, str], str] = {}
    opens = list(_OPEN.finditer(body))
    for index, match in enumerate(opens):
        end = opens[index + 1].start() if index + 1 < len(opens) else len(body)
        inner = body[match.end():end]
        if inner.endswith(_CLOSE):
            inner = inner[: -len(_CLOSE)]
        key = (html.unescape(match.group(1)), html.unescape(match.group(2) or ""))
        found[key] = inner
    return found


def section_keys(body: str, starts: Iterable[int]) -> list[tuple[str, str]]:
    """The section key each offset of ``body`` falls in (a segment's start, say).

    >>> body = build_body([Piece("intro", "", "rich", "<p>A</p>"),
    ...                    Piece("body", "b1", "text", "B")])
    >>> section_keys(body, [body.index("A"), body.index("B")])
    [('intro', ''), ('body', 'b1')]
    """
    opens = list(_OPEN.finditer(body))
    keys = []
    for start in starts:
        match = next(m for m in reversed(opens) if m.end() <= start)
        keys.append((html.unescape(match.group(1)), html.unescape(match.group(2) or "")))
    return keys


def line_keys(body: str) -> dict[int, tuple[str, str]]:
    """The section key of each line inside a section of ``body`` (1 for the body's
    first line), as a catalogue's ``#:`` reference gives a segment's line.

    >>> line_keys(build_body([Piece("intro", "", "rich", "<p>A</p>"),
    ...                       Piece("body", "b1", "text", "B")]))
    {2: ('intro', ''), 3: ('intro', ''), 5: ('body', 'b1'), 6: ('body', 'b1')}
    """
    opens = list(_OPEN.finditer(body))
    keys: dict[int, tuple[str, str]] = {}
    for index, match in enumerate(opens):
        first = body.count("\n", 0, match.end()) + 1
        end = opens[index + 1].start() if index + 1 < len(opens) else len(body)
        last = body.count("\n", 0, end)
        key = (html.unescape(match.group(1)), html.unescape(match.group(2) or ""))
        keys.update(dict.fromkeys(range(first, last + 1), key))
    return keys


def piece_value(kind: str, inner: str) -> str:
    """A translated section's content as the field or block stores it.

    Paragraphs emptied by cleaning (page chrome) are dropped; what is left of
    rich text stays HTML, plain text is unescaped.

    >>> piece_value("rich", '<p data-block-key="a">Hola</p>\\n<p data-block-key="b"></p>')
    '<p data-block-key="a">Hola</p>'
    >>> piece_value("text", "<p>Tom &amp;amp; Jerry</p>")
    'Tom &amp; Jerry'
    """
    if kind == "rich":
        cleaned = _EMPTY_LIST.sub("", _EMPTY_BLOCK.sub("", inner))
        return cleaned.strip()
    return html_to_text(inner)


def relink_pages(markup: str, translated_id: Callable[[int], int | None]) -> str:
    """Point Wagtail page links at the page's translation where there is one.

    Wagtail stores internal links as ``<a linktype="page" id="3">``; in a
    Spanish page they should lead to the Spanish page 3 became.

    >>> relink_pages('<a linktype="page" id="3">x</a> <a id="4" linktype="page">y</a>',
    ...              {3: 13}.get)
    '<a linktype="page" id="13">x</a> <a id="4" linktype="page">y</a>'
    """
    def swap(match: re.Match[str]) -> str:
        tag = match.group(0)
        found = _ID_ATTR.search(tag)
        if not found:
            return tag
        new = translated_id(int(found.group(1)))
        if new is None:
            return tag
        return tag[: found.start(1)] + str(new) + tag[found.end(1):]

    return _PAGE_LINK.sub(swap, markup)


def _escape(text: str) -> str:
    return _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")


def _unescape(text: str) -> str:
    return _MY_ESCAPES.sub(lambda m: {"lt": "<", "gt": ">", "amp": "&"}[m.group(1)], text)
