"""Segmentation: a document body becomes the spans an editor translates one by one.

Each :class:`Segment` remembers exactly where it sits in the body, so that
``apply`` can put a translation back in its place and leave everything else —
front matter, markup around blocks, code — byte for byte as it was.

* plain text: one segment per paragraph (blank-line separated), or per line of a block
  written a paragraph to a line, as scraped pages often are;
* Markdown: headings, paragraphs, list items, block quotes, the cells of pipe
  tables (a row starting with ``|``; pipes and alignment row kept); fenced and
  indented code, HTML comments and link reference definitions are
  left alone; inline markup stays in the segment text;
* HTML: the inner markup of block elements (``p``, ``h1``–``h6``, ``li``,
  ``blockquote``, ``figcaption``, ``td``, ``th``, ``dt``, ``dd``, ``title``)
  that hold no other block element; ``script``, ``style``, ``pre``, ``code``
  and elements marked ``translate="no"`` are left alone.  The attributes a reader
  sees are segments of their own (kind ``attribute``): ``alt`` and ``title`` of any
  element, and the ``content`` of ``<meta>`` descriptions and social titles
  (``description``, ``og:title``, ``og:description``, ``twitter:title``,
  ``twitter:description``); addresses, classes, ids are never taken.  Such a segment
  is the value as written (character references kept), and :func:`rebuild` escapes
  what a translation puts there.  One may lie inside a paragraph's span (a link's
  ``title``): :func:`rebuild` then writes it into that tag in the paragraph's text.
* Markdown images likewise: the alt text of every image (``![alt](src "title")``,
  ``![alt][ref]``) and a title in quotes are segments of their own (kind
  ``attribute``, names ``alt`` and ``title``), wherever the image stands; the address
  is never taken.  A paragraph, heading, item or cell holding nothing but images (and
  the links around them) is not a segment itself: its images' texts are.  Such a
  segment is the text as written (backslash escapes kept), and :func:`rebuild` escapes
  what closes it (``]`` in an alt, the quote of a title).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A translatable span of a document body: ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    line: int          # 1-based line within the body
    kind: str          # paragraph | heading | item | quote | cell | title | attribute
    #: For an attribute: its name (``alt``, ``title``, or a ``<meta>``'s ``description``,
    #: ``og:title`` …), the quote it is written in ("" unquoted), and the span of the
    #: start tag holding it.  A Markdown table's cell is written between "|".
    attribute: str = ""
    quote: str = ""
    tag: tuple[int, int] = (0, 0)
    #: A Markdown image's alt or title (escaped with backslashes, not as HTML).
    markdown: bool = False


#: The catalogue key (msgctxt after the document id) of each attribute a reader sees;
#: none is a field name, so a page's ``title`` field and a link's ``title`` never meet.
ATTRIBUTE_KEYS = {"alt": "alt", "title": "title-attr", "description": "meta-description",
                  "og:title": "og-title", "og:description": "og-description",
                  "twitter:title": "twitter-title",
                  "twitter:description": "twitter-description"}
def segment(body: str, format: str) -> list[Segment]:
    """Split ``body`` of the given format (``text``, ``markdown``, ``html``)."""
    if format == "markdown":
        return list(_with_images(body, _markdown(body)))
    if format == "html":
        return _html(body)
    return list(_paragraphs(body))


def rebuild(body: str, segments: Sequence[Segment], texts: Sequence[str | None]) -> str:
    """Put ``texts`` in place of ``segments`` (``None`` keeps the original).

    An attribute's text is escaped for its place (:func:`escape_attribute`); one inside
    another segment's span is written into its tag in that segment's text, when the
    text still holds the tag as the source wrote it (else the text stands as it is).
    """
    out: list[str] = []
    position = 0
    for seg, text, inner in nested(segments, texts):
        if seg.start < position:
            continue        # overlaps what is written already: left as it is
        out.append(body[position:seg.start])
        out.append(written(body, seg, text, inner))
        position = seg.end
    out.append(body[position:])
    return "".join(out)


def nested(segments: Sequence[Segment], texts: Sequence[str | None]
           ) -> Iterator[tuple[Segment, str | None, list[tuple[Segment, str | None]]]]:
    """Each segment not inside another with its text and the segments (with their texts)
    that lie inside its span: a link's title in a paragraph, an image's alt in a cell."""
    pairs = list(zip(segments, texts, strict=True))
    index = 0
    while index < len(pairs):
        seg, text = pairs[index]
        index += 1
        inner: list[tuple[Segment, str | None]] = []
        while index < len(pairs) and pairs[index][0].start < seg.end:
            inner.append(pairs[index])
            index += 1
        yield seg, text, inner


def written(body: str, seg: Segment, text: str | None,
            inner: Sequence[tuple[Segment, str | None]] = ()) -> str:
    """What stands in place of ``seg``: ``text`` escaped for its place (None: the source
    as written), with the texts of the ``inner`` attributes written into their tags."""
    piece = seg.text if text is None else _placed(seg, text)
    if inner and piece:
        piece = _into_tags(body, piece, inner)
    return piece


def _placed(seg: Segment, text: str) -> str:
    if seg.quote == "|":    # a Markdown table's cell: one line, its pipes escaped
        return re.sub(r"(?<!\\)\|", r"\\|", " ".join(text.split("\n")))
    if seg.kind != "attribute":
        return text
    if seg.markdown:
        return escape_markdown(text, seg.quote)
    escaped = escape_attribute(text, seg.quote)
    return escaped if seg.quote else f'"{escaped}"'


def _into_tags(body: str, text: str, inner: Sequence[tuple[Segment, str | None]]) -> str:
    """``text`` with the start tags holding the ``inner`` attributes rewritten."""
    by_tag: dict[tuple[int, int], list[tuple[Segment, str]]] = {}
    for seg, value in inner:
        if seg.kind == "attribute" and value is not None:
            by_tag.setdefault(seg.tag, []).append((seg, value))
    cursor = 0
    for (start, end), values in sorted(by_tag.items()):
        written = body[start:end]
        new = written
        for seg, value in sorted(values, key=lambda pair: pair[0].start, reverse=True):
            new = new[:seg.start - start] + _placed(seg, value) + new[seg.end - start:]
        found = text.find(written, cursor)
        if found < 0:
            continue        # the tag was changed in the text: the text stands
        text = text[:found] + new + text[found + len(written):]
        cursor = found + len(new)
    return text


_LOOSE_AMPERSAND = re.compile(r"&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)")


def escape_attribute(text: str, quote: str = '"') -> str:
    """``text`` safe inside an attribute value written between ``quote`` ("" for none,
    which escapes both quotes): a lone ``&``, ``<``, ``>`` and the quote are escaped,
    a character reference is kept, so a value escaped already stays as it is.

    >>> escape_attribute('Tom & Jerry say "hi" <3 &amp; &eacute;')
    'Tom &amp; Jerry say &quot;hi&quot; &lt;3 &amp; &eacute;'
    >>> escape_attribute("l'eau", "'")
    'l&#39;eau'
    """
    text = _LOOSE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    if quote != "'":
        text = text.replace('"', "&quot;")
    if quote != '"':
        text = text.replace("'", "&#39;")
    return text


_MARKDOWN_CLOSERS = {"]": "[]", '"': '"', "'": "'", ")": "()"}


def escape_markdown(text: str, closer: str) -> str:
    r"""``text`` safe inside a Markdown image's alt (``closer`` ``]``) or title (its
    closing quote, ``)`` for one in parentheses): on one line, what would close it
    escaped with a backslash, an escape written already kept.

    >>> escape_markdown("Un [gran] barco\nrojo \\] ya", "]")
    'Un \\[gran\\] barco rojo \\] ya'
    >>> escape_markdown('El "informe"', '"')
    'El \\"informe\\"'
    """
    text = " ".join(text.split("\n"))
    wanted = _MARKDOWN_CLOSERS.get(closer, closer)
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.append(text[index:index + 2])
            index += 2
            continue
        out.append("\\" + char if char in wanted or char == "\\" else char)
        index += 1
    return "".join(out)


# -- plain text -------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def _paragraphs(body: str) -> Iterator[Segment]:
    """Blank-line separated paragraphs; lines are counted as the scan goes (linear).

    A block whose lines are each a paragraph (:func:`_line_per_paragraph`) gives one
    segment a line.
    """
    position = 0
    line, counted = 1, 0
    for match in [*_BLANK_LINES.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            line += body.count("\n", counted, start)
            counted = start
            if "\n" in stripped and _line_per_paragraph(stripped.split("\n")):
                offset = start
                for number, text in enumerate(stripped.split("\n")):
                    if text.strip():
                        lead = len(text) - len(text.lstrip())
                        yield Segment(text.strip(), offset + lead,
                                      offset + lead + len(text.strip()), line + number,
                                      "paragraph")
                    offset += len(text) + 1
            else:
                yield Segment(stripped, start, start + len(stripped), line, "paragraph")
        if match:
            position = match.end()


#: How long a line is, at least, that no one wraps a paragraph at: a text with such lines
#: was written a paragraph to a line.
_UNWRAPPED = 100
#: Lines a block has, at least, to be cut a paragraph to a line: a headline over two
#: paragraphs is short enough to review whole, and its names are read together.
_PARAGRAPH_LINES = 4
_PARAGRAPH_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$"
                            # a caption's credit in brackets after its last sentence
                            r"|[.!?…][\"'”’»]*\s*\([^()\n]{1,60}\)\s*$")


def _line_per_paragraph(lines: Sequence[str]) -> bool:
    """Whether a block's lines are each a paragraph, as a page scraped a paragraph to a line
    gives them (no blank line between): most lines longer than anyone wraps a text at, and
    each but the last ending a sentence, or a short title over the next.  A verse, an
    address, a list or a paragraph wrapped at a width stay one segment.

    >>> _line_per_paragraph(["Union voices concern", "The African Union (AU) said on Friday "
    ...     "that it was deeply concerned over the complex humanitarian situations there.",
    ...     "The council met on Friday in Addis Ababa and heard reports from its members, its "
    ...     "partners and the agencies.", "It called for the root causes of the crises to be "
    ...     "addressed by the member states and by the continent's early warning system."])
    True
    >>> _line_per_paragraph(["The council met on Friday in Addis Ababa and heard reports",
    ...                      "from its members."])
    False

    The first line, a title, may be long with the site's name after it:

    >>> _line_per_paragraph(["African Leaders Conclude AU Summit in Addis Ababa with a "
    ...     "Unified Call for Peace and Security - ENA English", "Addis Ababa, February 15 "
    ...     "(ENA) - The AU Assembly of Heads of State concluded this afternoon with a call.",
    ...     "Leaders emphasized strategic priorities, underscoring Africa's responsibility "
    ...     "to tackle conflict.", "The summit drew participation from African leaders, "
    ...     "foreign ministers, diplomats and heads of continental institutions."])
    True

    A photo's caption among them ends on its credit in brackets, after its stop:

    >>> _line_per_paragraph(["The council met on Friday in Addis Ababa and heard reports "
    ...     "from its members, its partners and the agencies of the continent.",
    ...     "Aid from the Red Cross is carried to Port Sudan, in the east of the country, on "
    ...     "April 30. (Source: AFP)", "It called for the root causes of the crises to be "
    ...     "addressed by the member states and by the continent's early warning system.",
    ...     "The statement reiterated its demand for the parties to cease fire at once."])
    True
    """
    long_lines = sum(len(line) > _UNWRAPPED for line in lines)
    if len(lines) < _PARAGRAPH_LINES or long_lines * 2 < len(lines) or long_lines < 2:
        return False
    for number, (line, following) in enumerate(pairwise(lines)):
        if _PARAGRAPH_END.search(line):
            continue
        # a title or heading over its paragraph; the page's first, a title with the site's
        # name after it, may be as long as a paragraph (the others still end sentences)
        if (len(line) <= _UNWRAPPED or (number == 0 and len(line) <= 2 * _UNWRAPPED)) \
                and following[:1].isupper():
            continue
        return False
    return True


# -- Markdown ---------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_TABLE = re.compile(r"^\s*\|")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s")
_HTML_BLOCK = re.compile(r"^ {0,3}<(?:!--|/?[A-Za-z][\w-]*[\s>/])")


def _markdown(body: str) -> Iterator[Segment]:
    lines = body.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    fence: str | None = None
    paragraph: list[int] = []   # line indexes of the open paragraph
    para_kind = "paragraph"
    para_prefix: re.Pattern[str] | None = None

    def flush() -> Iterator[Segment]:
        nonlocal paragraph
        if paragraph:
            first, last = paragraph[0], paragraph[-1]
            prefix = para_prefix.match(lines[first]) if para_prefix else None
            start = offsets[first] + (prefix.end() if prefix else 0)
            end = offsets[last] + len(lines[last].rstrip("\r\n"))
            text = body[start:end]
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if text:
                yield Segment(text, start + lead, start + lead + len(text), first + 1, para_kind)
        paragraph = []

    for index, line in enumerate(lines):
        content = line.rstrip("\r\n")
        if fence is not None:
            if content.strip().startswith(fence):
                fence = None
            continue
        opening = _FENCE.match(content)
        if opening:
            yield from flush()
            fence = opening.group(1)[0] * 3
            continue
        if not content.strip():
            yield from flush()
            continue
        if not paragraph and (content.startswith("    ") or content.startswith("\t")):
            continue  # indented code
        if _TABLE.match(content) and not paragraph:
            yield from _table_cells(body, offsets[index], content, index + 1)
            continue
        if _RULE.match(content) or _TABLE.match(content) or _LINK_DEF.match(content) \
                or _HTML_BLOCK.match(content):
            yield from flush()
            continue
        heading = _HEADING.match(content)
        if heading:
            yield from flush()
            text = heading.group(2)
            if text:
                start = offsets[index] + heading.start(2)
                yield Segment(text, start, start + len(text), index + 1, "heading")
            continue
        item = _ITEM.match(content)
        quote = _QUOTE.match(content)
        if item or quote:
            yield from flush()
            para_kind = "item" if item else "quote"
            para_prefix = _ITEM if item else _QUOTE
            paragraph = [index]
            continue
        if not paragraph:
            para_kind, para_prefix = "paragraph", None
        paragraph.append(index)
    yield from flush()


# An image: its alt (brackets nested once, escapes), then an address with an optional
# title in "", '' or (), or a reference label.  Code spans are found first, and skipped.
_IMAGE = re.compile(
    r"""`+|!\[(?P<alt>(?:\\.|[^\[\]\\`]|\[(?:\\.|[^\[\]\\])*\])*)\]"""
    r"""(?:\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"""
    r"""(?:\s+(?:"(?P<dq>(?:\\.|[^"\\])*)"|'(?P<sq>(?:\\.|[^'\\])*)'"""
    r"""|\((?P<pq>(?:\\.|[^()\\])*)\)))?\s*\)|\[[^\[\]\n]*\])?""")
# What is left of a block once its images are taken out that says nothing: the brackets
# and address of a link around an image, blanks, punctuation.
_LINK_REST = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")


def _with_images(body: str, blocks: Iterator[Segment]) -> Iterator[Segment]:
    """The blocks, each followed by its images' alt and title segments; a block that is
    nothing but images is left out (its images' texts are its words)."""
    for block in blocks:
        images = list(_images(body, block))
        if images:
            rest = block.text
            for image in sorted({seg.tag for seg in images}, reverse=True):
                rest = rest[:image[0] - block.start] + rest[image[1] - block.start:]
            if not re.search(r"[^\W_]", _LINK_REST.sub("", rest)):
                yield from images
                continue
        yield block
        yield from images


def _images(body: str, block: Segment) -> Iterator[Segment]:
    text = block.text
    ticks = ""
    for match in _IMAGE.finditer(text):
        if match.group(0).startswith("`"):
            run = match.group(0)
            ticks = "" if ticks == run else ticks or run
            continue
        if ticks:
            continue        # inside a code span
        tag = (block.start + match.start(), block.start + match.end())
        for group, name, quote in (("alt", "alt", "]"), ("dq", "title", '"'),
                                   ("sq", "title", "'"), ("pq", "title", ")")):
            value = match.group(group)
            if value is None or not re.search(r"[^\W\d_]", value):
                continue
            start = block.start + match.start(group)
            line = block.line + text.count("\n", 0, match.start(group))
            yield Segment(value, start, start + len(value), line, "attribute", name, quote,
                          tag, markdown=True)


_ALIGNMENT_ROW = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$")
# A cell's text runs to the next pipe that is neither escaped nor inside a code span.
_CELL = re.compile(r"(?:\\.|`[^`\n]*`|[^|\\`]|`)+")


def _table_cells(body: str, start: int, line: str, number: int) -> Iterator[Segment]:
    """The cells of one row of a pipe table (the alignment row has none); the pipes and
    the blanks around each cell's text stay as written."""
    if _ALIGNMENT_ROW.match(line):
        return
    for match in _CELL.finditer(line):
        raw = match.group(0)
        text = raw.strip()
        if text and re.search(r"\w", text):
            at = start + match.start() + len(raw) - len(raw.lstrip())
            yield Segment(text, at, at + len(text), number, "cell", quote="|")


# -- HTML -------------------------------------------------------------------

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption",
           "td", "th", "dt", "dd", "title", "caption", "summary"}
_CONTAINERS = _BLOCKS | {"div", "section", "article", "ul", "ol", "table", "tr", "header",
                         "footer", "aside", "nav", "main", "figure", "details", "dl", "form"}
# Containers whose own loose text (text beside, not inside, their child blocks) is
# authored prose worth translating: "<div>Text <b>here</b></div>" is a paragraph.
_LOOSE = {"div", "section", "article", "main", "aside", "header", "footer", "figure",
          "details", "form"}
_SKIP = {"script", "style", "pre", "code", "svg", "math", "template", "textarea"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}
_KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
         "h6": "heading", "li": "item", "blockquote": "quote", "td": "cell", "th": "cell",
         "title": "title"}


class _BlockFinder(HTMLParser):
    """Finds the innermost block elements and their inner-HTML offsets.

    Linear in the document however deep it nests: a container marks its open
    ancestors as holding a block only from where the last mark stopped (all below
    were marked then), an end tag finds its open element through a per-tag index,
    and lines are found by bisection.
    """

    def __init__(self, body: str) -> None:
        super().__init__(convert_charrefs=False)
        self.body = body
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
        self.stack: list[list[Any]] = []   # [tag, inner start, contains a block, loose run start]
        self.marked = 0        # every block entry below this index contains a block
        self.open: dict[str, list[int]] = {}   # tag → stack indexes where it is open
        self.skip_depth = 0
        self.found: list[Segment] = []
        self.attribute_found: list[Segment] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        no_translate = dict(attrs).get("translate") == "no" or "notranslate" in (
            dict(attrs).get("class") or "").split()
        if not self.skip_depth and not no_translate and tag not in _SKIP:
            self._attributes(tag, attrs)
        if tag in _VOID:
            return
        start = self._offset() + len(self.get_starttag_text() or "")
        if self.skip_depth or tag in _SKIP or no_translate:
            if not self.skip_depth:
                self._close_loose_run(self._offset())
            self.skip_depth += 1
            self._push(tag, start, True)
            return
        if tag in _CONTAINERS:
            for entry in self.stack[self.marked:]:
                if entry[0] in _BLOCKS:
                    entry[2] = True
            self.marked = len(self.stack)
            self._close_loose_run(self._offset())
        self._push(tag, start, False)

    def _push(self, tag: str, start: int, has_block: bool) -> None:
        self.open.setdefault(tag, []).append(len(self.stack))
        self.stack.append([tag, start, has_block, start])

    def _close_loose_run(self, end: int) -> None:
        """The loose text of the enclosing container up to ``end`` is a segment."""
        if not self.stack or self.stack[-1][0] not in _LOOSE:
            return
        parent = self.stack[-1]
        self._found(parent[3], end, "paragraph", loose=True)
        parent[3] = end

    def _found(self, start: int, end: int, kind: str, *, loose: bool = False) -> None:
        if loose and self.found and self.found[-1].end > start:
            return      # a block inside an inline element: the run is not plain prose
        inner = self.body[start:end]
        text = inner.strip()
        if text and re.search(r"\w", re.sub(r"<[^>]*>", "", text)):
            lead = len(inner) - len(inner.lstrip())
            line = bisect_right(self.line_starts, start + lead)
            self.found.append(Segment(text, start + lead, start + lead + len(text), line, kind))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        no_translate = dict(attrs).get("translate") == "no" or "notranslate" in (
            dict(attrs).get("class") or "").split()
        if not self.skip_depth and not no_translate and tag not in _SKIP:
            self._attributes(tag, attrs)

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """The reader-facing attributes of this start tag, as segments of their own."""
        names = {name for name, _ in attrs}
        wanted: dict[str, str] = {}     # attribute in the tag → name of the segment
        if tag == "meta":
            values = dict(attrs)
            said = (values.get("name") or values.get("property") or "").strip().lower()
            if said in ATTRIBUTE_KEYS and said not in ("alt", "title"):
                wanted["content"] = said
        else:
            wanted = {name: name for name in ("alt", "title") if name in names}
        if not wanted:
            return
        written = self.get_starttag_text() or ""
        tag_start = self._offset()
        seen: set[str] = set()
        for match in _ATTRIBUTE.finditer(written, 1 + len(tag)):
            name = match.group("name").lower()
            if name in seen:
                continue        # a repeated attribute: the first one counts
            seen.add(name)
            if name not in wanted or match.group("value") is None:
                continue
            group = next(g for g in ("dq", "sq", "uq") if match.group(g) is not None)
            value = match.group(group)
            if not re.search(r"[^\W\d_]", re.sub(r"&#?\w+;", "", value)):
                continue        # no word in it
            start = tag_start + match.start(group)
            line = bisect_right(self.line_starts, start)
            quote = {"dq": '"', "sq": "'", "uq": ""}[group]
            self.attribute_found.append(Segment(
                value, start, start + len(value), line, "attribute", wanted[name], quote,
                (tag_start, tag_start + len(written))))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        where = self.open.get(tag)
        if not where:
            return
        depth = where[-1]
        end = self._offset()
        popped = self.stack[depth:]
        del self.stack[depth:]
        for entry in popped:
            self.open[entry[0]].pop()
        self.marked = min(self.marked, depth)
        name, start, has_block, loose_start = popped[0]
        if self.skip_depth:
            self.skip_depth = max(0, self.skip_depth - len(popped))
            if not self.skip_depth:
                self._resume_loose_run(end)
            return
        if name in _BLOCKS and not has_block:
            self._found(start, end, _KIND.get(name, "paragraph"))
        elif name in _LOOSE and len(popped) == 1:
            self._found(loose_start, end, "paragraph", loose=True)
        if name in _CONTAINERS:
            self._resume_loose_run(end)

    def _resume_loose_run(self, end_tag: int) -> None:
        """The enclosing container's loose text starts again after this end tag."""
        if self.stack and self.stack[-1][0] in _LOOSE:
            closing = self.body.find(">", end_tag)
            self.stack[-1][3] = len(self.body) if closing < 0 else closing + 1


def _html(body: str) -> list[Segment]:
    finder = _BlockFinder(body)
    finder.feed(body)
    finder.close()
    return sorted([*finder.found, *finder.attribute_found], key=lambda s: s.start)


_ATTRIBUTE = re.compile(r"""(?P<name>[^\s"'>/=]+)"""
                        r"""(?P<value>\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'"""
                        r"""|(?P<uq>[^\s"'=<>`]+)))?""")
