"""Segmentation: a document body becomes the spans an editor translates one by one.

Each :class:`Segment` remembers exactly where it sits in the body, so that
``apply`` can put a translation back in its place and leave everything else —
front matter, markup around blocks, code — byte for byte as it was.

* plain text: one segment per paragraph (blank-line separated);
* Markdown: headings, paragraphs, list items, block quotes; fenced and
  indented code, tables, HTML comments and link reference definitions are
  left alone; inline markup stays in the segment text;
* HTML: the inner markup of block elements (``p``, ``h1``–``h6``, ``li``,
  ``blockquote``, ``figcaption``, ``td``, ``th``, ``dt``, ``dd``, ``title``)
  that hold no other block element; ``script``, ``style``, ``pre``, ``code``
  and elements marked ``translate="no"`` are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A translatable span of a document body: ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    line: int          # 1-based line within the body
    kind: str          # paragraph | heading | item | quote | cell | title


def segment(body: str, format: str) -> list[Segment]:
    """Split ``body`` of the given format (``text``, ``markdown``, ``html``)."""
    if format == "markdown":
        return list(_markdown(body))
    if format == "html":
        return _html(body)
    return list(_paragraphs(body))


def rebuild(body: str, segments: Sequence[Segment], texts: Sequence[str | None]) -> str:
    """Put ``texts`` in place of ``segments`` (``None`` keeps the original)."""
    out: list[str] = []
    position = 0
    for seg, text in zip(segments, texts, strict=True):
        out.append(body[position:seg.start])
        out.append(seg.text if text is None else text)
        position = seg.end
    out.append(body[position:])
    return "".join(out)


# -- plain text -------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def _paragraphs(body: str) -> Iterator[Segment]:
    """Blank-line separated paragraphs; lines are counted as the scan goes (linear)."""
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
            yield Segment(stripped, start, start + len(stripped), line, "paragraph")
        if match:
            position = match.end()


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

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        start = self._offset() + len(self.get_starttag_text() or "")
        no_translate = dict(attrs).get("translate") == "no" or "notranslate" in (
            dict(attrs).get("class") or "").split()
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
        return

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
    return sorted(finder.found, key=lambda s: s.start)
