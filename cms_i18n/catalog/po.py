"""Reading and writing gettext PO files, byte for byte the way GNU ``msgcat`` writes them.

Why not polib or Babel for this?  Both read PO files well (and report the line of a
syntax error), but neither writes them the way the GNU tools do: they wrap long strings
at other points, so the first ``msgmerge`` or Poedit save re-wraps everything and every
git diff is noisy.  Catalogues here are edited by people, kept in git and validated by
``msgfmt``, so the writer is canonical, and the reader is its twin: it keeps everything
the writer needs (previous strings, obsolete entries, comment kinds, the source line of
each entry) so that a catalogue read and written again is the same file:

* entries print in the order given, fields in gettext's order (translator comments,
  extracted comments, references, flags, previous strings, ``msgctxt``, ``msgid``,
  ``msgstr``), obsolete entries with ``#~``;
* strings wrap at 79 columns at Unicode line-break opportunities, exactly like
  ``msgcat`` (see :mod:`cms_i18n.catalog.linebreak`);
* reading a file this module wrote and writing it again gives the same bytes.

>>> entry = PoEntry(msgid="Hello", msgstr="Hola", msgctxt="home:title", flags=["fuzzy"])
>>> print(format_entry(entry), end="")
#, fuzzy
msgctxt "home:title"
msgid "Hello"
msgstr "Hola"
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.catalog.linebreak import char_width, scan
from cms_i18n.errors import CatalogError
from cms_i18n.fileio import BIDI_CONTROLS, MERGE_MARKERS, read_file

PAGE_WIDTH = 79

_ESCAPES = {"\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v",
            "\\": "\\", '"': '"'}
_UNESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
              "\\": "\\", '"': '"', "'": "'", "?": "?"}


@dataclass
class PoEntry:
    """One PO entry with everything a PO file can say about it.

    ``msgctxt`` is None when the entry has no context (``msgctxt ""`` is a different
    context).  ``line`` is where the entry starts in the file it was read from.
    """

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0
    msgstr_line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        """What gettext uses to tell entries apart: (msgctxt, msgid)."""
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        """Flagged ``fuzzy``: a suggestion nobody has approved yet."""
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value:
            self.flags = [flag for flag in self.flags if flag != "fuzzy"]

    @property
    def translated(self) -> bool:
        """Has a non-empty translation (every plural form, for plural entries)."""
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural)
        return self.msgstr != ""

    @property
    def reviewed(self) -> bool:
        """Translated and not fuzzy: an editor's approved work."""
        return self.translated and not self.fuzzy


# A language code as a header's Language field writes it ("es", "pt_BR", "ca@valencia").
_LANGUAGE_CODE_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_@][A-Za-z0-9]{1,8})*")


@dataclass
class PoFile:
    """A parsed catalogue: the header entry (if any) and the other entries in order."""

    header: PoEntry | None
    entries: list[PoEntry]
    path: Path | None = None

    def header_fields(self) -> list[tuple[str, str]]:
        """The ``Name: value`` lines of the header, in order."""
        return parse_header(self.header.msgstr) if self.header else []

    def header_value(self, name: str) -> str | None:
        """One header field by (case-insensitive) name, or None."""
        for key, value in self.header_fields():
            if key.lower() == name.lower():
                return value
        return None

    def live(self) -> list[PoEntry]:
        """Entries that are not obsolete."""
        return [entry for entry in self.entries if not entry.obsolete]

    def language_mismatch(self, lang: str) -> CatalogError | None:
        """The error of a catalogue whose header names another language than the one
        it is read for (``lang``, its folder's): a Spanish catalogue copied into the
        Catalan folder would otherwise be published as Catalan.  None when the header
        names none.

        >>> header = PoEntry(msgid="", msgstr="Language: es\\n")
        >>> PoFile(header, []).language_mismatch("ca").message
        'header says Language: es, but this is the ca catalogue'
        >>> PoFile(header, []).language_mismatch("es") is None
        True

        Only another language is a mismatch: a region or a script a PO editor writes
        ("Spanish (Spain)" is ``es_ES``; ``pt_BR`` in the ``pt`` folder), or a name no code
        spells ("Spanish"), is the folder's language as far as the file can tell.

        >>> [PoFile(PoEntry(msgid="", msgstr=f"Language: {name}\\n"), []).language_mismatch(
        ...     "es") for name in ("es_ES", "es-419", "Spanish")]
        [None, None, None]
        """
        from cms_i18n.languages import base
        declared = (self.header_value("Language") or "").strip()
        if not _LANGUAGE_CODE_RE.fullmatch(declared) or base(declared) == base(lang):
            return None
        assert self.header is not None
        line = self.header.msgstr_line or self.header.line
        if self.path is not None and line:
            # the field's own line, where a header keeps a field to a line
            with open(self.path, encoding="utf-8", errors="replace") as handle:
                for number, text in enumerate(handle, 1):
                    if number >= line and text.lstrip().startswith(('"Language:', "Language:")):
                        line = number
                        break
                    if number > line and not text.strip():
                        break
        return CatalogError(f"header says Language: {declared}, but this is the {lang} "
                            "catalogue", path=self.path, line=line)


# --------------------------------------------------------------------------- header

def parse_header(text: str) -> list[tuple[str, str]]:
    """Split a header ``msgstr`` into (name, value) pairs; lines without a colon are skipped.

    >>> parse_header("Language: es\\nContent-Type: text/plain; charset=UTF-8\\n")
    [('Language', 'es'), ('Content-Type', 'text/plain; charset=UTF-8')]
    """
    fields = []
    for line in text.split("\n"):
        if ":" not in line:
            continue
        name, value = line.split(":", 1)
        fields.append((name.strip(), value.strip()))
    return fields


def format_header(fields: Iterable[tuple[str, str]]) -> str:
    """The header ``msgstr`` for (name, value) pairs, one ``\\n``-terminated line each."""
    return "".join(f"{name}: {value}\n" for name, value in fields)


# --------------------------------------------------------------------------- writing

_TO_ESCAPE = re.compile(r'[\a\b\f\n\r\t\v\\"]')
_ESCAPE_PAIR = re.compile(r"\\(.)", re.DOTALL)
# Characters that may be wider or narrower than one column.
_NOT_SINGLE = re.compile("[\u0300-\U0010ffff\x00-\x1f\x7f-\x9f]")


def _escape(text: str) -> tuple[str, set[int]]:
    """C-escape ``text`` for a PO string; also say where breaks are forbidden.

    gettext never breaks inside an escape sequence, nor just before an escaped newline.
    """
    escaped = _TO_ESCAPE.sub(lambda m: "\\" + _ESCAPES[m.group()], text)
    stops: set[int] = set()
    if len(escaped) != len(text):
        for match in _ESCAPE_PAIR.finditer(escaped):
            stops.add(match.start() + 1)
            if match.group(1) == "n":
                stops.add(match.start())
    return escaped, stops



def _fitting(opportunities: Sequence[int], k: int, line_start: int,
             overflow: int) -> tuple[int, int]:
    """Where the break opportunities of one line begin and end.

    From ``k`` on, skips those at or before ``line_start`` (the line starts there), then
    counts those at or before ``overflow`` (the text up to them fits): returns the first
    of the line and the first that no longer fits, so ``opportunities[j - 1]`` is the
    last cut that fits when ``j > k``.
    """
    count = len(opportunities)
    while k < count and opportunities[k] <= line_start:
        k += 1
    j = k
    while j < count and opportunities[j] <= overflow:
        j += 1
    return k, j


def _width_breaks(text: str, stops: set[int], width: int, start: int) -> list[int]:
    """Where gettext breaks an escaped string that starts at column ``start``.

    At each character that would pass ``width`` the line breaks at the last
    opportunity on it; without one, at the first opportunity after.
    """
    if start + len(text) <= width and not _NOT_SINGLE.search(text):
        return []
    opportunities, separators = scan(text)
    if stops:
        opportunities = [i for i in opportunities if i not in stops]
    if not separators and not _NOT_SINGLE.search(text):
        # Every character one column wide: work with indexes.
        chosen: list[int] = []
        line_start, column = 0, start
        k = 0
        count = len(opportunities)
        while True:
            overflow = line_start + width - column   # first index that does not fit
            if overflow >= len(text):
                return chosen
            k, j = _fitting(opportunities, k, line_start, overflow)
            if j > k:
                cut = opportunities[j - 1]
            elif k < count:
                cut = opportunities[k]
            else:
                return chosen
            chosen.append(cut)
            line_start, column = cut, 0
    # Wide and zero-width characters: the same walk over cumulative column counts.
    prefix = [0]
    for char in text:
        prefix.append(prefix[-1] + char_width(char))
    chosen = []
    line_start, column = 0, start
    k = s_index = 0
    count, size = len(opportunities), len(text)
    while True:
        # First index whose character does not fit on the current line.
        overflow = bisect_right(prefix, width - column + prefix[line_start]) - 1
        if overflow >= size:
            return chosen
        while s_index < len(separators) and separators[s_index] <= line_start:
            s_index += 1
        separator = separators[s_index] if s_index < len(separators) else size
        if separator <= overflow:
            line_start, column = separator, 0      # a line separator restarts the count
            continue
        k, j = _fitting(opportunities, k, line_start, overflow)
        if j > k:
            cut = opportunities[j - 1]
        elif k < count and opportunities[k] < separator:
            cut = opportunities[k]
        elif separator < size:
            line_start, column = separator, 0
            continue
        else:
            return chosen
        chosen.append(cut)
        line_start, column = cut, 0


def format_string(keyword: str, value: str, prefix: str = "", wrap: bool = True,
                  width: int = PAGE_WIDTH) -> list[str]:
    """The lines of ``keyword "value"``, wrapped the way ``msgcat`` wraps them.

    >>> format_string("msgid", "one\\ntwo")
    ['msgid ""', '"one\\\\n"', '"two"']
    """
    lines: list[str] = []
    # Split after each newline; the escaped portions are wrapped one by one.
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) or [""]
    after_break = len(prefix) + 1          # column where continuation text starts
    line_width = width - 1 - after_break   # room for the text, closing quote excluded
    first = True
    for index, portion in enumerate(portions):
        escaped, stops = _escape(portion)
        more = index + 1 < len(portions)
        while True:
            start = len(prefix) + len(keyword) + 2 - after_break if first else 0
            breaks = _width_breaks(escaped, stops, line_width, start) if wrap else []
            if first and escaped and (more or start > line_width or breaks):
                lines.append(f'{prefix}{keyword} ""')
                first = False
                continue
            break
        pieces = []
        last = 0
        for cut in breaks:
            pieces.append(escaped[last:cut])
            last = cut
        pieces.append(escaped[last:])
        for piece in pieces:
            if first:
                lines.append(f'{prefix}{keyword} "{piece}"')
                first = False
            else:
                lines.append(f'{prefix}"{piece}"')
    return lines


def _format_comment(mark: str, text: str) -> str:
    if text.endswith("\\"):
        text += " "     # gettext reads backslash-newline as a line continuation
    return f"{mark} {text}" if text else mark


# U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around a file name
# with spaces: GNU gettext's convention (xgettext 0.20 and later) for ``#:`` lines.
_ISOLATE = ("\u2068", "\u2069")
_REFERENCE = re.compile("\u2068[^\u2069]*\u2069\\S*|\\S+")
_PERCENT_ESCAPE = re.compile(r"%(?=[0-9A-Fa-f]{2})")


def format_reference(path: str, line: int | None = None) -> str:
    r"""One ``#:`` reference to ``path`` (at ``line``), safe whatever the name holds.

    A name with spaces is wrapped in U+2068/U+2069, as GNU gettext does.  What no
    ``#:`` line can hold (line breaks and other control characters, bidirectional
    controls, bytes that are not UTF-8, kept by Python as lone surrogates) is
    written as ``%XX`` of its UTF-8 bytes, as in a URL, and so is a ``%`` that
    would read as such an escape; every other name is written as it is.

    >>> format_reference("news/moscow.md", 3)
    'news/moscow.md:3'
    >>> format_reference("my notes/a b.txt", 1)
    '\u2068my notes/a b.txt\u2069:1'
    >>> format_reference('x\nmsgstr "y" 100%25.md')
    '\u2068x%0Amsgstr "y" 100%2525.md\u2069'
    """
    escaped = _PERCENT_ESCAPE.sub("%25", path)
    out = []
    for char in escaped:
        if "\udc80" <= char <= "\udcff":               # a raw byte (surrogateescape)
            out.append(f"%{ord(char) - 0xDC00:02X}")
        elif char in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            out.append("".join(f"%{b:02X}" for b in char.encode("utf-8", "surrogatepass")))
        else:
            out.append(char)
    name = "".join(out)
    if any(char.isspace() for char in name):
        name = _ISOLATE[0] + name + _ISOLATE[1]
    return f"{name}:{line}" if line else name


def format_references(references: Sequence[str], width: int = PAGE_WIDTH) -> list[str]:
    """``#:`` lines: references separated by spaces, a new line before passing ``width``.

    >>> format_references(["a.md:1", "b.md:2"])
    ['#: a.md:1 b.md:2']
    """
    lines: list[str] = []
    current = "#:"
    for ref in references:
        if len(current) > 2 and len(current) + 1 + len(ref) > width:
            lines.append(current)
            current = "#:"
        current += " " + ref
    if len(current) > 2:
        lines.append(current)
    return lines


def format_entry(entry: PoEntry, width: int = PAGE_WIDTH) -> str:
    """One entry as text, each line ending in a newline."""
    lines = [_format_comment("#", text) for text in entry.translator_comments]
    lines += [_format_comment("#.", text) for text in entry.extracted_comments]
    refs = list(dict.fromkeys(entry.references))
    lines += format_references(refs, width)
    # Like gettext, an untranslated entry cannot be fuzzy.
    flags = ["fuzzy"] if entry.fuzzy and entry.translated else []
    flags += [flag for flag in entry.flags if flag != "fuzzy"]
    if flags:
        lines.append("#, " + ", ".join(flags))
    wrap = "no-wrap" not in flags
    prev = "#~| " if entry.obsolete else "#| "
    if entry.previous_msgctxt is not None:
        lines += format_string("msgctxt", entry.previous_msgctxt, prev, wrap, width)
    if entry.previous_msgid is not None:
        lines += format_string("msgid", entry.previous_msgid, prev, wrap, width)
    if entry.previous_msgid_plural is not None:
        lines += format_string("msgid_plural", entry.previous_msgid_plural, prev, wrap, width)
    prefix = "#~ " if entry.obsolete else ""
    if entry.msgctxt is not None:
        lines += format_string("msgctxt", entry.msgctxt, prefix, wrap, width)
    lines += format_string("msgid", entry.msgid, prefix, wrap, width)
    if entry.msgid_plural is not None:
        lines += format_string("msgid_plural", entry.msgid_plural, prefix, wrap, width)
        for n, text in enumerate(entry.msgstr_plural):
            lines += format_string(f"msgstr[{n}]", text, prefix, wrap, width)
    else:
        lines += format_string("msgstr", entry.msgstr, prefix, wrap, width)
    return "".join(line + "\n" for line in lines)


def format_po(po: PoFile, width: int = PAGE_WIDTH) -> str:
    """The whole catalogue as text: header first, then the entries, blank-line separated."""
    blocks = []
    if po.header is not None:
        blocks.append(format_entry(po.header, width))
    blocks += [format_entry(entry, width) for entry in po.entries]
    return "\n".join(blocks)


# --------------------------------------------------------------------------- reading

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?=[\s\"]|$)")


class _Reader:
    """A line-by-line PO parser that remembers where everything came from."""

    def __init__(self, text: str, path: str | Path | None) -> None:
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.path = path
        self.entries: list[PoEntry] = []
        self._reset()

    def error(self, message: str, line: int) -> CatalogError:
        return CatalogError(message, path=self.path, line=line)

    def _reset(self) -> None:
        self.current: PoEntry | None = None
        self.started = 0               # line of the current entry's first line
        self.obsolete: bool | None = None
        self.field: str | None = None  # field the next continuation string extends
        self.field_previous = False
        self.seen: set[str] = set()
        self.comments: dict[str, list[str]] = {"#": [], "#.": [], "#:": [], "#,": []}
        self.have_msgstr = False
        self.msgid_line = 0            # line of the current entry's msgid keyword

    def _entry(self, line: int) -> PoEntry:
        if self.current is None:
            self.current = PoEntry(msgid="")
            self.started = self.started or line
        return self.current

    def _finish(self, line: int) -> None:
        """Close the entry being read (``line`` is where the next thing starts)."""
        entry = self.current
        has_comments = any(self.comments.values())
        if entry is None:
            if has_comments:
                # Comments with no entry after them: gettext ignores them; keep nothing.
                pass
            self._reset()
            return
        if "msgid" not in self.seen:
            raise self.error("entry has no msgid", self.started)
        if not self.have_msgstr:
            raise self.error("missing msgstr after this msgid", self.msgid_line or self.started)
        if entry.msgid_plural is not None and "msgstr" in self.seen:
            raise self.error("plural entry needs msgstr[0], msgstr[1]…, not msgstr",
                             entry.msgstr_line)
        if entry.msgid_plural is None and entry.msgstr_plural:
            raise self.error("msgstr[n] without msgid_plural", entry.msgstr_line)
        entry.translator_comments = self.comments["#"]
        entry.extracted_comments = self.comments["#."]
        entry.references = [ref for line in self.comments["#:"]
                            for ref in _REFERENCE.findall(line)]
        flags: list[str] = []
        for text in self.comments["#,"]:
            for flag in text.split(","):
                flag = flag.strip()
                if flag and flag not in flags:
                    flags.append(flag)
        entry.flags = flags
        entry.obsolete = bool(self.obsolete)
        entry.line = self.started
        self.entries.append(entry)
        self._reset()

    def _check_obsolete(self, obsolete: bool, line: int) -> None:
        if self.obsolete is None:
            self.obsolete = obsolete
        elif self.obsolete != obsolete:
            raise self.error("inconsistent use of #~ within one entry", line)

    def parse(self) -> list[PoEntry]:
        # Local: the notes module reads this one's escapes.
        from cms_i18n.catalog.notes import continues_editor_note, continues_note, join_note

        mark: str | None = None         # the kind of comment on the line before, if any
        for number, raw in enumerate(self.lines, start=1):
            line = raw.rstrip("\r")
            last_mark, mark = mark, None
            stripped = line.strip()
            if not stripped:
                if self.have_msgstr:
                    self._finish(number)
                continue
            inside = _OBSOLETE_COMMENT.match(line)
            if inside:
                # "#~ #, fuzzy": an obsolete entry's comment among its "#~" lines, which
                # GNU gettext and polib read as that entry's (msgcat writes "#, fuzzy").
                line = line[inside.end():]
                if self.have_msgstr:
                    self._finish(number)
                self._check_obsolete(True, number)
            if line.startswith("#~|"):
                self._keyword_line(line[3:], number, obsolete=True, previous=True)
            elif line.startswith("#~"):
                self._keyword_line(line[2:], number, obsolete=True, previous=False)
            elif line.startswith("#|"):
                self._keyword_line(line[2:], number, obsolete=False, previous=True)
            elif line.startswith("#"):
                if self.have_msgstr:
                    self._finish(number)
                if not self.started:
                    self.started = number
                mark = line[:2] if line[1:2] in (".", ":", ",") else "#"
                text = line[len(mark):]
                if text.startswith(" "):
                    text = text[1:]
                notes = self.comments[mark]
                if last_mark == mark and notes and text and (
                        (mark == "#." and continues_note(notes[-1], text))
                        or (mark == "#" and continues_editor_note(notes[-1], text))):
                    notes[-1] = join_note(notes[-1], text)     # a note a rewrap cut
                else:
                    notes.append(text)
            else:
                self._keyword_line(line, number, obsolete=False, previous=False)
        if self.current is not None or self.have_msgstr:
            self._finish(len(self.lines) + 1)
        return self.entries

    def _keyword_line(self, text: str, number: int, *, obsolete: bool, previous: bool) -> None:
        body = text.strip()
        if not body:
            if obsolete and not previous:
                return      # "#~" alone: an empty obsolete line, as msgattrib leaves them
            raise self.error("empty #| line", number)
        if body.startswith('"'):
            if self.field is None or self.current is None:
                raise self.error("string continuation without msgid or msgstr before it",
                                 number)
            if obsolete != bool(self.obsolete) or previous != self.field_previous:
                raise self.error("inconsistent use of #~ or #| in a string continuation",
                                 number)
            self._append(self.field, previous, _parse_string(body, number, self))
            return
        match = _KEYWORD.match(body)
        if not match:
            word = body.split()[0]
            if word.startswith(MERGE_MARKERS):
                raise self.error(f"a merge's conflict marker ({word[:7]!r}): the file holds a "
                                 "merge not resolved yet; keep the text each editor typed "
                                 "(one as the msgstr, the other in a '# ' comment) and remove "
                                 "the markers", number)
            raise self.error(f"syntax error: unexpected {word[:40]!r}; expected msgctxt, "
                             "msgid, msgstr, a quoted string or a # comment", number)
        keyword = match.group(1)
        value = body[match.end():].strip()
        if not value.startswith('"'):
            raise self.error(f"{keyword} must be followed by a quoted string", number)
        string = _parse_string(value, number, self)
        if previous:
            if self.have_msgstr:
                self._finish(number)
            self._check_obsolete(obsolete, number)
            entry = self._entry(number)
            if keyword not in ("msgctxt", "msgid", "msgid_plural"):
                raise self.error(f"#| {keyword} is not allowed; only previous msgctxt, "
                                 "msgid and msgid_plural", number)
            tag = "previous " + keyword
            if tag in self.seen:
                raise self.error(f"duplicate #| {keyword} in one entry", number)
            self.seen.add(tag)
            setattr(entry, "previous_" + keyword, string)
            self.field, self.field_previous = keyword, True
            return
        starts_entry = keyword in ("msgctxt", "msgid")
        if starts_entry and (self.have_msgstr or keyword in self.seen
                             or (keyword == "msgctxt" and "msgid" in self.seen)):
            if not self.have_msgstr and "msgid" in self.seen:
                # A deleted msgstr line: name the entry that lacks it, as msgfmt does,
                # not the next one.
                raise self.error(f"missing msgstr after this msgid (the next {keyword} is on "
                                 f"line {number})", self.msgid_line)
            if not self.have_msgstr:
                raise self.error(f"{keyword} where a msgstr was expected", number)
            self._finish(number)
        self._check_obsolete(obsolete, number)
        entry = self._entry(number)
        if keyword == "msgctxt":
            entry.msgctxt = string
        elif keyword == "msgid":
            entry.msgid = string
            self.msgid_line = number
        elif keyword == "msgid_plural":
            if "msgid" not in self.seen or self.have_msgstr:
                raise self.error("msgid_plural must follow msgid", number)
            if "msgid_plural" in self.seen:
                raise self.error("duplicate msgid_plural in one entry", number)
            entry.msgid_plural = string
        else:
            if "msgid" not in self.seen:
                raise self.error(f"{keyword} without a msgid before it", number)
            index = match.group(2)
            if index is None:
                if "msgstr" in self.seen:
                    raise self.error("duplicate msgstr in one entry", number)
                entry.msgstr = string
            else:
                if int(index) != len(entry.msgstr_plural):
                    raise self.error(f"expected msgstr[{len(entry.msgstr_plural)}], "
                                     f"found {keyword}", number)
                entry.msgstr_plural.append(string)
            if not self.have_msgstr:
                entry.msgstr_line = number
            self.have_msgstr = True
            keyword = "msgstr" if index is None else keyword
        self.seen.add(keyword)
        self.field, self.field_previous = keyword, False

    def _append(self, keyword: str, previous: bool, string: str) -> None:
        entry = self.current
        assert entry is not None
        if previous:
            name = "previous_" + keyword
            setattr(entry, name, (getattr(entry, name) or "") + string)
        elif keyword.startswith("msgstr["):
            entry.msgstr_plural[-1] += string
        elif keyword == "msgstr":
            entry.msgstr += string
        elif keyword == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + string
        elif keyword == "msgid":
            entry.msgid += string
        elif keyword == "msgid_plural":
            entry.msgid_plural = (entry.msgid_plural or "") + string


_OBSOLETE_COMMENT = re.compile(r"#~[ \t]*(?=#(?:[ .:,]|$))")
_ONE_STRING = re.compile(r'"((?:[^"\\]|\\[ntr"\\])*)"[ \t]*\Z')
_COMMON_ESCAPE = re.compile(r'\\([ntr"\\])')


def _parse_string(text: str, number: int, reader: _Reader) -> str:
    """Decode the ``"..."`` tokens that make up the rest of a line, with C escapes.

    A NUL, typed or escaped, is refused: a compiled catalogue ends each string at its
    first NUL, and parts a msgid there from its plural, so the entry would never be
    found (or found as another).
    """
    value = _decode_string(text, number, reader)
    if "\0" in value:
        raise reader.error("a NUL character in the string: gettext cannot hold one "
                           "(a compiled catalogue would cut the string there)", number)
    return value


def _decode_string(text: str, number: int, reader: _Reader) -> str:
    """The text of the ``"..."`` tokens of a line (see :func:`_parse_string`)."""
    simple = _ONE_STRING.match(text)
    if simple:     # the usual line: one string, common escapes only
        value = simple.group(1)
        if "\\" not in value:
            return value
        return _COMMON_ESCAPE.sub(lambda m: _UNESCAPES[m.group(1)], value)
    out: list[str] = []
    i = 0
    size = len(text)
    if not text.startswith('"'):
        raise reader.error("expected a string in double quotes", number)
    while i < size:
        if text[i] in " \t":
            i += 1
            continue
        if text[i] != '"':
            raise reader.error(f"unexpected text after the closing quote: {text[i:i + 20]!r}",
                               number)
        i += 1
        while True:
            if i >= size:
                raise reader.error("string has no closing double quote on this line", number)
            char = text[i]
            if char == '"':
                i += 1
                break
            if char != "\\":
                out.append(char)
                i += 1
                continue
            if i + 1 >= size:
                raise reader.error("string has no closing double quote on this line", number)
            nxt = text[i + 1]
            if nxt in _UNESCAPES:
                out.append(_UNESCAPES[nxt])
                i += 2
            elif nxt in "01234567":
                digits = re.match(r"[0-7]{1,3}", text[i + 1:])
                assert digits is not None
                out.append(chr(int(digits.group(), 8)))
                i += 1 + len(digits.group())
            elif nxt == "x" and re.match(r"[0-9A-Fa-f]", text[i + 2:i + 3]):
                digits = re.match(r"[0-9A-Fa-f]+", text[i + 2:])
                assert digits is not None
                value = int(digits.group()[:9], 16)
                if len(digits.group()) > 8 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
                    raise reader.error(f"escape \\x{digits.group()[:12]} is not a character "
                                       "(beyond Unicode, or half of a surrogate pair)", number)
                out.append(chr(value))
                i += 2 + len(digits.group())
            else:
                raise reader.error(f"invalid escape sequence \\{nxt}", number)
    return "".join(out)


_CHARSET = re.compile(rb"charset=([A-Za-z0-9._:+-]+)")


# A character UTF-8 writes in two bytes or more: a lead byte and its continuation bytes.
_UTF8_SEQUENCE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                               rb"|[\xf0-\xf4][\x80-\xbf]{3}")
#: Characters in UTF-8 that show a file written in it, beside bytes that are not.
_UTF8_SHOWN = 3


def _mixed_with_utf8(data: bytes) -> str | None:
    """Why ``data``, whose header names another charset, mixes two encodings (a template
    for the charset), or None.

    A file in UTF-8 into which one tool saved a byte of another encoding (an editor set
    to Latin-1 typing "é" into a comment) is neither: read in the header's charset its
    every UTF-8 character becomes two or three ("sesiÃ³n"), and that text would be
    published.  So the file is refused, at the first byte that is no UTF-8.

    >>> _mixed_with_utf8("sesión, reunión, región, ".encode() + b"caf\\xe9") is not None
    True
    >>> _mixed_with_utf8(b"caf\\xe9 cr\\xe8me") is None
    True
    """
    sequences = _UTF8_SEQUENCE_RE.findall(data)
    stray = sum(byte >= 0x80 for byte in data) - sum(map(len, sequences))
    if len(sequences) < _UTF8_SHOWN or len(sequences) < stray:
        return None
    return ("holds UTF-8 text and, here, a byte that is not UTF-8 (the header says "
            "{charset}): retype this line's accented letters in UTF-8 and set the header "
            "to charset=UTF-8; do not convert the whole file (iconv), its other text is "
            "UTF-8 already")


def decode_po(data: bytes, path: str | Path | None = None) -> str:
    """Bytes of a PO file to text, using the charset its header declares (UTF-8 default)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    match = _CHARSET.search(data)
    charset = match.group(1).decode("ascii") if match else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise CatalogError(f"unknown charset {charset!r} in the header", path=path,
                           line=data[:match.start()].count(b"\n") + 1 if match else None
                           ) from None
    codec = codecs.lookup(charset)
    if not getattr(codec, "_is_text_encoding", True):
        raise CatalogError(f"charset {charset!r} in the header is not a text encoding",
                           path=path, line=data[:match.start()].count(b"\n") + 1 if match
                           else None)
    if codec.name != "utf-8":
        mixed = _mixed_with_utf8(data)
        if mixed:
            raise CatalogError(mixed.format(charset=charset), path=path,
                               line=data[:utf8_error.start].count(b"\n") + 1)
        try:
            return data.decode(charset)
        except UnicodeDecodeError as exc:
            utf8_error = exc
        except ValueError as exc:       # a codec that fails in its own way
            raise CatalogError(f"cannot decode with charset {charset!r}: {exc}",
                               path=path) from None
    line = data[:utf8_error.start].count(b"\n") + 1
    if codecs.lookup(charset).name == "utf-8":
        # saved in a code page under a header that says UTF-8 (an editor's "save as"):
        # iconv converts it; msgconv would read it by that header
        from cms_i18n.content.files import likely_encoding  # local: content reads catalogues

        name = Path(path).name if path is not None else "content.po"
        encoding = likely_encoding(data)
        raise CatalogError(
            f"invalid UTF-8 byte sequence (byte 0x{data[utf8_error.start]:02x}): the file was "
            f"saved in another encoding than its header says; convert it, e.g. iconv -f "
            f"{encoding} -t UTF-8 {name} > {name}.utf8 and, if it reads right, mv "
            f"{name}.utf8 {name}", path=path, line=line)
    raise CatalogError(f"invalid {charset} byte sequence", path=path, line=line)


def parse_po(text: str, path: str | Path | None = None) -> PoFile:
    """Parse PO text; a :class:`CatalogError` names the line of the first problem.

    Besides syntax, this refuses what ``msgfmt`` refuses: two entries with the same
    msgctxt and msgid, and a header without a known charset.
    """
    entries = _Reader(text, path).parse()
    header: PoEntry | None = None
    body: list[PoEntry] = []
    first_seen: dict[tuple[bool, str | None, str], int] = {}
    for entry in entries:
        if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
            if header is not None:
                raise CatalogError(
                    f"second header entry (msgid \"\"); the first is on line {header.line}",
                    path=path, line=entry.line)
            header = entry
            continue
        if entry.msgid == "" and not entry.obsolete:
            raise CatalogError("msgid \"\" is reserved for the header", path=path,
                               line=entry.line)
        marker = (entry.obsolete, entry.msgctxt, entry.msgid)
        if marker in first_seen and not entry.obsolete:
            raise CatalogError(
                f"duplicate entry for msgctxt {entry.msgctxt!r}, msgid "
                f"{_short(entry.msgid)!r} (first defined on line {first_seen[marker]})",
                path=path, line=entry.line)
        first_seen.setdefault(marker, entry.line)
        body.append(entry)
    if header is not None:
        _check_header(header, path)
    return PoFile(header=header, entries=body, path=Path(path) if path else None)


def _check_header(header: PoEntry, path: str | Path | None) -> None:
    fields = dict((k.lower(), v) for k, v in parse_header(header.msgstr))
    line = header.msgstr_line or header.line
    content_type = fields.get("content-type")
    if content_type is None:
        raise CatalogError("header has no Content-Type field", path=path, line=line)
    match = re.search(r"charset=([^\s;]+)", content_type)
    if not match:
        raise CatalogError(f"header Content-Type {content_type!r} names no charset",
                           path=path, line=line)
    try:
        codecs.lookup(match.group(1))
    except LookupError:
        raise CatalogError(f"header names unknown charset {match.group(1)!r}",
                           path=path, line=line) from None
    plural = fields.get("plural-forms")
    if plural is not None and not re.fullmatch(
            r"\s*nplurals\s*=\s*\d+\s*;\s*plural\s*=\s*[^;]+;?\s*", plural):
        raise CatalogError(f"header Plural-Forms {plural!r} is not "
                           "'nplurals=N; plural=EXPRESSION;'", path=path, line=line)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


_CONTEXT = re.compile(r'^(#~ )?msgctxt ([^\n]*)((?:\n(?:#~ )?"[^\n]*)*)', re.MULTILINE)


def contexts_of(text: str, path: str | Path | None = None) -> dict[str, bool]:
    r"""The msgctxt of every entry of PO text, each with whether a live entry (not
    only obsolete ones) has it, found without building the entries.

    A run that must know which catalogue holds which document reads every catalogue
    of a language for this alone; building every entry took two thirds of such a
    re-run.  A previous context (``#| msgctxt``) is not one.

    >>> contexts_of('msgctxt "a"\nmsgid "x"\nmsgstr ""\n\n#| msgctxt "old"\n'
    ...             '#~ msgctxt ""\n#~ "b:\\"title\\""\n#~ msgid "y"\n#~ msgstr ""\n')
    {'a': True, 'b:"title"': False}
    >>> contexts_of('msgctxt "a"\r\nmsgid "x"\r\nmsgstr ""\r\n')
    {'a': True}
    """
    reader = _Reader("", path)
    found: dict[str, bool] = {}
    number, counted = 1, 0
    for match in _CONTEXT.finditer(text):
        number += text.count("\n", counted, match.start())
        counted = match.start()
        # (a file saved with Windows line ends is read as the parser reads it)
        value = _parse_string(match.group(2).removesuffix("\r"), number, reader)
        for offset, line in enumerate(match.group(3).split("\n")[1:], start=1):
            line = line[3:] if line.startswith("#~ ") else line
            value += _parse_string(line.removesuffix("\r"), number + offset, reader)
        found[value] = found.get(value, False) or match.group(1) is None
    return found


def read_contexts(path: Path) -> dict[str, bool]:
    """:func:`contexts_of` a PO file; a missing or unreadable file is a :class:`CatalogError`."""
    return contexts_of(decode_po(read_file(path, "catalogue", error=CatalogError), path), path)


def read_po(path: Path) -> PoFile:
    """Read and parse a PO file; a missing or unreadable file is a :class:`CatalogError`."""
    data = read_file(path, "catalogue", error=CatalogError)
    return parse_po(decode_po(data, path), path)
