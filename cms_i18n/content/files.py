"""The ``files`` content source: a folder of Markdown, HTML and plain-text files.

One file is one document.  Its id is the ``slug`` of its front matter, else
its path below the content folder without the suffix (``news/moscow``).
Markdown front matter is YAML between ``---`` lines; the text a reader sees in it
is translated too: the string values of the keys named in :data:`TRANSLATED_KEYS`
at any depth (``title``, ``image.alt``, ``seo.description``, ``gallery.2.caption``),
never an address, a file name or a value without a word.  A translation is written
beside its source as ``<name>.<lang><suffix>`` (``moscow.es.md``), with the
front matter kept and ``lang`` recorded in it.
"""

from __future__ import annotations

import copy
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from cms_i18n import safeyaml
from cms_i18n.config import SITE_CONFIG_NAME
from cms_i18n.content import Written
from cms_i18n.content import orphans as orphan_pages
from cms_i18n.content.earlier import EarlierPage
from cms_i18n.content.previews import ApplyRecord, Settled, digest, fingerprint
from cms_i18n.document import Document
from cms_i18n.errors import ConfigError, InputError, UserError
from cms_i18n.fileio import (
    byte_position,
    check_writable,
    merge_conflict_line,
    printable,
    shown_path,
    write_if_changed,
)

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".txt": "text"}
#: The front matter keys whose string values a reader sees, at any depth; the page's
#: own ``title``, ``description`` and ``summary`` come first, in this order.
TRANSLATED_FIELDS = ("title", "description", "summary")
TRANSLATED_KEYS = frozenset({*TRANSLATED_FIELDS, "alt", "caption"})
# A value that is an address or a file name, not words: no blank in it, and a scheme, a
# slash, an @ or a file's extension ("/img/boat.png", "mailto:desk@example.org").
_ADDRESS = re.compile(r"\S*(?:[/\\@]|^[A-Za-z][\w+.-]*:(?!\s)\S)\S*"
                      r"|[\w-]+\.[A-Za-z0-9]{2,5}", re.ASCII)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_TRANSLATION_NAME = re.compile(r"\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")


def _translation_name(path: Path) -> tuple[str, Path] | None:
    """(language, the source's path) for a file named as a translation (``news.es.txt``
    → ``es``, ``news.txt``), or None."""
    match = _TRANSLATION_NAME.search(path.stem)
    if match is None:
        return None
    return match.group(0)[1:], path.with_name(path.stem[: match.start()] + path.suffix)
# Signatures of the binary files most often dropped into a content folder by mistake.
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                 b"\x7fELF", b"RIFF", b"\x00\x00\x01\x00", b"OTTO", b"wOFF")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes) -> bool:
    r"""True for data that is really binary, not text with a few stray control bytes.

    Scraped text carries the odd NUL or other control byte among ordinary lines,
    several to a short page; the cleaner removes those with a note.  Binary data
    starts with a file signature, has control bytes everywhere (a quarter of the
    sample's bytes; UTF-16 without its mark has a NUL every other byte), or has
    them often (one byte in fifty, eight at least) among bytes that are not UTF-8.

    >>> looks_binary(b"First line\nSecond\x00 line\n"), looks_binary(b"\x89PNG\r\n\x1a\n")
    (False, True)
    >>> looks_binary(b"The Council\x00 met\x01 on\x1b Monday.\x00\nIts\x07 members\x00 agreed.\x02")
    False
    >>> looks_binary(b"\x00\x01\x02binary"), looks_binary("text".encode("utf-16-le") * 20)
    (True, True)
    """
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:65536]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls < 2:
        return False
    return controls * 4 > len(sample) or (controls >= 8 and controls * 50 > len(sample)
                                          and not _utf8(sample))


def _utf8(sample: bytes) -> bool:
    """Is ``sample`` UTF-8, but for a character cut at its end?"""
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"
    return True


def not_utf8(data: bytes, error: UnicodeDecodeError, name: str | Path) -> InputError:
    r"""The one-line error for input that is not UTF-8 text: where the first bad byte is
    (line and column) and how to convert the file.

    Input must be UTF-8.  A file saved in another encoding (Windows-1252, Latin-1) is
    converted first; the cleaner's mojibake repair is for UTF-8 text that was decoded
    wrongly before it was saved, not for a file in another encoding.

    >>> data = b"ok\ncaf\xe9\n"
    >>> try:
    ...     data.decode("utf-8")
    ... except UnicodeDecodeError as exc:
    ...     message = not_utf8(data, exc, "menu.txt").format()
    >>> print(message.replace("; ", ";\n").replace(" (", "\n(").replace(" and,", "\nand,"))
    menu.txt:2: not valid UTF-8: byte 0xe9 at column 4;
    convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8 menu.txt > menu.txt.utf8
    and, if it reads right, mv menu.txt.utf8 menu.txt
    (the encoding it was saved in: WINDOWS-1252, ISO-8859-1, WINDOWS-1251, KOI8-R, WINDOWS-1253 …)
    """
    start = error.start
    line, column = byte_position(data, start)
    shown = Path(name)
    encoding = likely_encoding(data)
    if str(name).startswith("<"):       # standard input
        example = f"… | iconv -f {encoding} -t UTF-8 | cms-i18n clean"
    else:
        example = _iconv(encoding, shown)
    others = ", ".join(e for e in ("WINDOWS-1252", "ISO-8859-1", "WINDOWS-1251", "KOI8-R",
                                   "WINDOWS-1253") if e != encoding)
    return InputError(f"not valid UTF-8: byte 0x{data[start]:02x} at column {column}; "
                      f"convert it to UTF-8 first, e.g. {example} (the encoding it was "
                      f"saved in: {encoding}, {others} …)", path=name, line=line)


#: A text whose letters are this share of bytes over 0x7f or more is written in another
#: script than Latin (each Russian or Greek letter is one such byte in its code page);
#: a Western text has an accented letter here and there.
_NON_LATIN_SHARE = 0.3
#: The code pages of the other scripts the product cleans, with their language's most
#: common words: both pages make a letter of nearly every high byte, the words tell them
#: apart.
_SCRIPT_PAGES = (
    ("WINDOWS-1251", frozenset({"и", "в", "на", "не", "что", "с", "по", "к", "а", "о", "из",
                                "за", "от"})),
    ("WINDOWS-1253", frozenset({"και", "το", "της", "η", "να", "του", "τα", "με", "την",
                                "σε", "για", "ο"})))


def likely_encoding(data: bytes) -> str:
    """The code page a file that is not UTF-8 was most likely saved in, for the hint of
    :func:`not_utf8`: Windows-1252 for Western text, Windows-1251 for Russian, Windows-1253
    for Greek (the one whose decoding gives the most of its language's common words).

    >>> likely_encoding("café au lait, s'il vous plaît".encode("cp1252"))
    'WINDOWS-1252'
    >>> likely_encoding("Президент России выступил на заседании".encode("cp1251"))
    'WINDOWS-1251'
    >>> likely_encoding("Ο Πρόεδρος της Δημοκρατίας και η κυβέρνηση".encode("cp1253"))
    'WINDOWS-1253'
    """
    high = sum(b >= 0x80 for b in data)
    letters = sum(1 for b in data if b < 0x80 and chr(b).isalpha())
    if high < _NON_LATIN_SHARE * (high + letters):
        return "WINDOWS-1252"

    def common_words(page: tuple[str, frozenset[str]]) -> int:
        text = data.decode(page[0].replace("WINDOWS-", "cp"), errors="replace")
        return sum(word in page[1] for word in text.casefold().split())

    return max(_SCRIPT_PAGES, key=common_words)[0]


def _iconv(encoding: str, path: Path) -> str:
    """The conversion command, run from where the user runs cms-i18n (the path as it
    is typed there), writing ``<file>.utf8``: no document suffix, so it is not read as a
    new document before the user puts it in the file's place."""
    shown = shown_path(path)
    return (f"iconv -f {encoding} -t UTF-8 {shown} > {shown}.utf8 and, if it reads right, "
            f"mv {shown}.utf8 {shown}")


#: Byte-order marks of the Unicode encodings that are not UTF-8 (UTF-32 first: its
#: little-endian mark starts with UTF-16's).
_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32LE", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32BE", "UTF-32"),
         (b"\xff\xfe", "UTF-16LE", "UTF-16"), (b"\xfe\xff", "UTF-16BE", "UTF-16"))


def other_unicode(data: bytes, name: str | Path) -> InputError | None:
    r"""The one-line error for UTF-16 or UTF-32 text (known by its byte-order mark, or
    UTF-16 by its look without one), with the command that converts it; None for other
    data.

    >>> error = other_unicode(b"\xff\xfeH\x00i\x00", "notes.txt")
    >>> print(error.format().replace("; ", ";\n").replace(" and,", "\nand,"))
    notes.txt:1: UTF-16 text (UTF-16LE, with a byte-order mark), not UTF-8;
    convert it first, e.g. iconv -f UTF-16 -t UTF-8 notes.txt > notes.txt.utf8
    and, if it reads right, mv notes.txt.utf8 notes.txt
    """
    for mark, exact, family in _BOMS:
        if data.startswith(mark):
            how = ("… | iconv -f " + family + " -t UTF-8 | cms-i18n clean"
                   if str(name).startswith("<") else _iconv(family, Path(name)))
            return InputError(f"{family} text ({exact}, with a byte-order mark), not UTF-8; "
                              f"convert it first, e.g. {how}", path=name, line=1)
    utf16 = _utf16_without_mark(data)
    if utf16 is not None:
        how = ("… | iconv -f " + utf16 + " -t UTF-8 | cms-i18n clean"
               if str(name).startswith("<") else _iconv(utf16, Path(name)))
        return InputError(f"looks like UTF-16 text ({utf16}) without a byte-order mark, not "
                          f"UTF-8; save it as UTF-8 (in an editor: Save As, encoding UTF-8), "
                          f"or convert it, e.g. {how}", path=name, line=1)
    return None


#: Where a text in UTF-16 with no byte-order mark shows: a sample of its start, and the
#: share of its characters that must be spaces, line breaks and other ASCII (a byte 0
#: beside each: in any script, words are separated by spaces) or printable.
_UTF16_SAMPLE = 4096
_UTF16_ASCII_SHARE = 0.1
_UTF16_PRINTABLE_SHARE = 0.97
#: the share of the other characters that may lie outside their three commonest blocks
_UTF16_SCATTER = 0.1


def _utf16_without_mark(data: bytes) -> str | None:
    r"""``UTF-16LE`` or ``UTF-16BE`` when ``data`` reads as text in it though it has no
    byte-order mark (Windows tools write such files), else None.  Only a text whose
    characters are printable, with enough ASCII among them (spaces, line breaks,
    digits: a 0 byte beside each, where UTF-8 text has none) and the others in a few
    blocks of the code space (one script's), qualifies: a stray 0 byte in UTF-8 text
    does not.

    >>> _utf16_without_mark("Notes\n\nThe café opens.\n".encode("utf-16-le"))
    'UTF-16LE'
    >>> _utf16_without_mark("Заметки о встрече\n".encode("utf-16-be"))
    'UTF-16BE'
    >>> _utf16_without_mark("Plain UTF-8 text, café.\n".encode("utf-8")) is None
    True
    >>> _utf16_without_mark(b"First paragraph.\n\nSecond\x00 paragraph.\n") is None
    True
    """
    sample = data[:_UTF16_SAMPLE]
    sample = sample[:len(sample) // 2 * 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for exact, high in (("UTF-16LE", 1), ("UTF-16BE", 0)):
        try:
            text = sample.decode(exact.lower())
        except UnicodeDecodeError:
            if len(data) <= _UTF16_SAMPLE:
                continue
            try:        # the sample may end inside a surrogate pair
                text = sample[:-2].decode(exact.lower())
            except UnicodeDecodeError:
                continue
        if not text or "\x00" in text:
            continue
        ascii_share = sum(1 for i in range(high, len(sample), 2)
                          if sample[i] == 0) / (len(sample) // 2)
        printable = sum(1 for c in text if c.isprintable() or c in "\t\n\r\f") / len(text)
        # the other characters are a script's, in a few blocks of 256 (Cyrillic: 04xx),
        # not the scatter that pairs of ASCII bytes read as UTF-16 make ("Fi" is 4669)
        blocks = Counter(ord(c) >> 8 for c in text if ord(c) >= 0x100)
        scattered = sum(blocks.values()) - sum(n for _b, n in blocks.most_common(3))
        if ascii_share >= _UTF16_ASCII_SHARE and printable >= _UTF16_PRINTABLE_SHARE and \
                scattered <= _UTF16_SCATTER * sum(blocks.values()):
            return exact
    return None


def _special_kind(path: Path) -> str:
    """What ``path``, neither a file nor a folder, is: ``a FIFO, not a regular file``."""
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"{kind}, not a regular file" if kind != "not a file" else "not a regular file"


def _shown_link(path: Path) -> str:
    """``path`` as a user would type it, a symbolic link by its own name, not its
    target's."""
    if not path.is_symlink():
        return shown_path(path)
    return str(Path(shown_path(path.parent)) / printable(path.name))


def missing_content(settings: Mapping[str, Any], root: Path) -> UserError:
    """The content folder is not there: say where ``content_dir`` was set (the config
    file and line), or that no config file set it and how to write one."""
    set_in = settings.get("set_in")
    where = set_in.get("content_dir") if isinstance(set_in, Mapping) else [None, None]
    if where is not None and where[0] is None:      # --source DIR, or no record of it
        return InputError("content folder not found", path=root)
    if where is not None:
        return ConfigError(f"content_dir: no such folder or file: {root}", path=where[0],
                           line=where[1])
    if settings.get("config_file"):
        return ConfigError("content_dir is not set here: add `content_dir: <your content "
                           "folder>` (the folder of .txt, .md and .html files to translate, "
                           "taken from this file's folder)", path=settings["config_file"])
    searched = Path(str(settings.get("config_searched") or SITE_CONFIG_NAME))
    return ConfigError(f"no {searched.name} in {searched.parent}, so no content folder to "
                       f"translate: a site is a folder with a {searched.name} naming its "
                       "content; create one there (`content_dir: <your content folder>`, "
                       "`target_langs: [es]`) and run the command from that folder (README, "
                       "\"Your own site\"), or give --config FILE or --source DIR")


#: Appended to a translation's file name when the file there is kept as someone
#: else wrote it: "news.es.txt.new" beside an edited "news.es.txt".  No source
#: suffix ends so, so the next run never reads it as a document.
KEPT_SUFFIX = ".new"


class FileSource:
    """Documents stored as files below ``content_dir``."""

    name = "files"

    def __init__(self, settings: Mapping[str, Any]) -> None:
        self.root = Path(settings.get("content_dir") or ".")
        self.settings = settings
        self.source_lang = settings.get("source_lang", "en")
        self.languages = set(settings.get("target_langs") or [])
        self._created: set[Path] = set()    # translations written where no file stood
        self._written_record: ApplyRecord | None = None
        self._told_unreadable = False
        self._languages_on_file: frozenset[str] | None = None
        self._earlier: dict[Path, Callable[[], EarlierPage | None]] = {}
        #: translation files a run read back for units it refused (:meth:`note_page_kept`)
        self._page_kept: set[Path] = set()
        #: Named like a document but not one, found by :meth:`paths`: path → why.
        self.skipped: dict[Path, str] = {}

    def paths(self) -> Iterator[Path]:
        """Source files in a stable order, each folder's files together (a folder is a
        section of the site: see ``catalogue_layout``); earlier translations are skipped.

        The tree is walked lazily, one folder at a time (its files by name, then its
        subfolders by name: the order of sorting every path by its folders, then its
        name), so an archive of a million files costs one folder's listing in memory.
        """
        if self.root.is_file():
            yield self.root
            return
        if not self.root.is_dir():
            raise missing_content(self.settings, self.root)
        folders = [self.root]
        while folders:
            folder = folders.pop()
            files, subfolders = [], []
            try:
                listing = sorted(folder.iterdir())
            except OSError as exc:
                raise InputError(f"cannot read folder: {exc.strerror}", path=folder) from None
            for path in listing:
                document_like = path.suffix.lower() in FORMATS and \
                    not path.name.startswith(".") and not self._is_translation(path)
                if path.is_dir() and not path.is_symlink():
                    subfolders.append(path)
                    if document_like:
                        self._skip(path, "a folder, not a file; the files in it are read "
                                         "as any folder's")
                elif path.is_file() and document_like and path.is_symlink() and \
                        self._linked_inside(path):
                    # another name for a document read by its own: one document, one set
                    # of entries for editors to review, never two
                    self._skip(path, self._linked_file(path))
                elif path.is_file() and document_like:
                    files.append(path)
                elif document_like and path.is_symlink() and not path.exists():
                    files.append(path)      # a link to nothing: read() names it, an error
                elif path.is_symlink() and path.is_dir() and not path.name.startswith("."):
                    # never followed (a loop, a folder read twice, one outside the
                    # site), but never passed over unseen either
                    self._skip(path, self._linked_folder(path))
                elif document_like and not path.is_symlink():
                    self._skip(path, _special_kind(path))
                elif path.is_file() and (why := self._lone_translation(path)) is not None:
                    self._skip(path, why)
            yield from files
            folders.extend(reversed(subfolders))

    def _linked_inside(self, path: Path) -> bool:
        """Whether the link ``path`` names a file inside the content folder (a link out
        of it is refused when read, loudly: see :meth:`read`)."""
        try:
            real = path.resolve(strict=True)
            root = self.root.resolve()
        except (OSError, RuntimeError):
            return False
        return real.is_relative_to(root)

    def _linked_file(self, path: Path) -> str:
        """Why a symbolic link to a document of the content folder is skipped."""
        real = path.resolve(strict=True).relative_to(self.root.resolve())
        return ("a symbolic link to a file, not followed: "
                f"{shown_path(self.root / real)} is read there, once")

    def _linked_folder(self, path: Path) -> str:
        """Why a symbolic link to a folder is skipped, and where its files are."""
        try:
            real = path.resolve(strict=True)
            root = self.root.resolve()
        except (OSError, RuntimeError) as exc:
            return f"a symbolic link to a folder that cannot be read: {exc}"
        if real == root or real.is_relative_to(root):
            return ("a symbolic link to a folder, not followed: the files of "
                    f"{shown_path(self.root / real.relative_to(root))} are read there")
        return ("a symbolic link to a folder outside the content folder, not followed: "
                "copy or move the folder into the content folder to translate its files")

    def _skip(self, path: Path, why: str) -> None:
        if path not in self.skipped:
            self.skipped[path] = why

    def skipped_line(self) -> str | None:
        """One line naming what in the content folder is named like a document but
        is not one (a FIFO, a folder ``news.txt``), so it is not passed over unseen;
        None when there is nothing."""
        if not self.skipped:
            return None
        return "skipped: " + "; ".join(f"{_shown_link(path)} ({why})"
                                       for path, why in sorted(self.skipped.items()))

    def count(self) -> int:
        """How many documents :meth:`documents` yields (for a progress bar)."""
        return sum(1 for _ in self.paths())

    def documents(self) -> Iterator[Document]:
        for path in self.paths():
            yield self.read(path)

    def read(self, path: Path) -> Document:
        """Read one file into a :class:`Document`; bad input names the file."""
        raw = self._read_inside(path)
        if (wrong := other_unicode(raw, path)) is not None:
            raise wrong
        if looks_binary(raw):
            raise InputError("binary file, not text", path=path)
        try:
            text = raw.decode("utf-8-sig")   # a byte-order mark is not text
        except UnicodeDecodeError as exc:
            raise not_utf8(raw, exc, path) from None
        if (conflict := merge_conflict_line(text)) is not None:
            # Translated, both sides and the markers would reach every language's page.
            raise InputError("a merge's conflict marker ('<<<<<<<'): the file holds a merge "
                             "not resolved yet; keep the text you want, delete the marker "
                             "lines, then run the command again", path=path, line=conflict)
        fmt = FORMATS[path.suffix.lower()]
        meta: dict[str, Any] = {}
        body, body_line = text, 1
        if fmt == "markdown":
            meta, body, body_line = _split_front_matter(text, path)
        front_matter = text[:len(text) - len(body)]
        doc_id = str(meta.get("slug") or self._relative_id(path))
        fields = {key: value for key, _, value in translated_fields(meta)}
        return Document(id=doc_id, path=path, format=fmt, body=body, fields=fields, meta=meta,
                        source_lang=self.source_lang, body_line=body_line,
                        section=self._section(path), id_from_path=not meta.get("slug"),
                        front_matter=front_matter)

    def translation_path(self, document: Document, lang: str) -> Path:
        assert document.path is not None
        path = document.path
        return path.with_name(f"{path.stem}.{lang}{path.suffix}")

    def check_translation(self, document: Document, lang: str) -> None:
        """Refuse now, before any file is written, a target :meth:`write_translation` would."""
        check_writable(self.translation_path(document, lang))

    def write_translation(self, document: Document, lang: str, body: str,
                          fields: Mapping[str, str]) -> Written:
        """Write ``<name>.<lang><suffix>`` atomically beside the source, unless it already
        holds this translation."""
        target = self.translation_path(document, lang)
        payload = self._content(document, lang, body, fields).encode("utf-8")
        record = self._record()
        if not target.exists():
            self._created.add(target.resolve().parent / target.name)
        elif not target.is_symlink() and target.is_file():
            now = digest(target)
            same = now == fingerprint(payload)
            if same and target in self._page_kept and not record.ours(target, now):
                # Edited since apply last wrote it, and holding what this run would write
                # only because the run read this very page for a unit it refused ("keeps
                # the translation it published before"): the page is still the editor's.
                # Neither it nor the record changes, so the next run that writes it keeps
                # it, and writes the catalogue's page beside it.
                return Written(target, changed=False)
            if not same and not record.ours(target, now) and \
                    not self._made_by_apply(target, document, lang):
                # Someone else's text (an editor's edit of the published page, a page
                # translated by hand): kept as it is, the catalogue's translation written
                # beside it for the editor to compare.
                beside = target.with_name(target.name + KEPT_SUFFIX)
                copy = digest(beside) if beside.is_file() and not beside.is_symlink() \
                    else None
                if copy is not None and copy not in (fingerprint(payload),
                                                     record.written.get(record.key(beside))):
                    # the copy was edited since apply wrote it: an editor's work too
                    return Written(beside, changed=False, kept=target,
                                   why=self._why_kept(target, document), copy_edited=True)
                write_if_changed(beside, payload)
                record.wrote(beside, payload)
                return Written(beside, changed=True, kept=target,
                               why=self._why_kept(target, document))
        changed = write_if_changed(target, payload)
        record.wrote(target, payload)
        beside = target.with_name(target.name + KEPT_SUFFIX)
        copy = digest(beside) if beside.is_file() and not beside.is_symlink() else None
        if copy is not None and copy in (fingerprint(payload),
                                         record.written.get(record.key(beside))):
            # The copy an earlier run left beside an edit: the page now holds the
            # catalogue's text (the file was deleted, or the edit put into the catalogue),
            # or the copy is that very text (left by a run the record does not know of).
            beside.unlink()
            record.forget(beside)
            return Written(target, changed=changed, removed=beside)
        return Written(target, changed=changed)

    def _content(self, document: Document, lang: str, body: str,
                 fields: Mapping[str, str]) -> str:
        """The translation file's text: the body, with the front matter (Markdown) or
        the language attribute (HTML)."""
        if document.format == "markdown":
            return _front_matter(document, lang, fields) + body
        if document.format == "html":
            return _set_html_lang(body, lang)
        return body

    def note_page_kept(self, document: Document, lang: str) -> None:
        """Before :meth:`write_translation`: the page of ``document`` was read back for
        units whose reviewed translation is refused, and what it held there stands in
        the page to write; its equal to the file is then no sign ``apply`` wrote it."""
        self._page_kept.add(self.translation_path(document, lang))

    def note_earlier(self, document: Document, lang: str,
                     page: Callable[[], EarlierPage | None]) -> None:
        """Before :meth:`write_translation`: how to lay out the texts ``apply`` could
        have written for this document from earlier states of the catalogue, so that a
        page it wrote that its record does not vouch for (a fresh clone of the site) is
        still known as its own (:mod:`cms_i18n.content.earlier`).  Kept only for a
        translation file that is there and that the record does not vouch for."""
        target = self.translation_path(document, lang)
        if target.is_file() and not self._record().ours(target, digest(target)):
            self._earlier[target] = page

    def published_texts(self, document: Document, lang: str, page: EarlierPage
                        ) -> tuple[Path, str, dict[int, str]] | None:
        """The translation file there for ``document``, its text, and what it holds at
        each open stand-in of ``page`` (:meth:`EarlierPage.held`): the text an earlier
        ``apply`` published for a unit; empty when it is not that page laid out another
        way (edited by hand, written for another version of the source); None when
        there is no such file."""
        target = self.translation_path(document, lang)
        if target.is_symlink() or not target.is_file():
            return None
        try:
            text = target.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        held = page.held(text, lambda body, fields: self._content(document, lang, body,
                                                                  fields))
        return target, text, held or {}

    def _why_kept(self, target: Path, document: Document) -> str:
        """What is known of who wrote ``target``, which is not a page ``apply`` writes
        from any text the catalogue holds for ``document`` now (current, draft, earlier).

        With a record that lists the file, apply wrote something else there: it was
        edited since.  Without one (a clone that leaves ``.cms-i18n/apply.json`` out),
        nothing says who wrote it: an editor, or ``apply`` itself for an earlier version
        of the source (a paragraph added or taken out since) -- both are kept.
        """
        record = self._record()
        key = record.key(target)
        if key in record.written or key in record.entries:
            return "it is not what apply last wrote there (edited since)"
        source = shown_path(document.path) if document.path is not None else document.id
        if not record.path.exists():
            return (f"there is no record of what apply wrote ({shown_path(record.path)} is "
                    "not there), and it is not a page apply writes from the catalogue's "
                    f"current or earlier texts for {source} as it is now: edited by hand, "
                    f"or written for an earlier version of {source}")
        return (f"apply's record ({shown_path(record.path)}) does not list it, and it is "
                "not a page apply writes from the catalogue's current or earlier texts for "
                f"{source} as it is now: written by someone else, or for an earlier "
                f"version of {source}")

    def _made_by_apply(self, target: Path, document: Document, lang: str) -> bool:
        """Does ``target`` hold a page ``apply`` could have written from some state of
        the catalogue (every unit its source text or one the catalogue holds)?"""
        lay_out = self._earlier.pop(target, None)
        page = lay_out() if lay_out is not None else None
        if page is None:
            return False
        try:
            text = target.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        return page.could_be(text, lambda body, fields: self._content(document, lang, body,
                                                                      fields))

    def unedited_since_apply(self, document: Document, lang: str) -> bool:
        """Is the translation file of ``document`` there exactly what ``apply`` last wrote
        (its record says so), edited by nobody since?  Such a page holds no text typed
        into it: what its editors wrote is in the catalogue."""
        target = self.translation_path(document, lang)
        if target.is_symlink() or not target.is_file():
            return False
        return self._record().ours(target, digest(target))

    def holds(self, document: Document, lang: str, body: str,
              fields: Mapping[str, str]) -> bool:
        """Does the translation file of ``document`` hold the page :meth:`write_translation`
        would write from ``body`` and ``fields``?"""
        target = self.translation_path(document, lang)
        if target.is_symlink() or not target.is_file():
            return False
        return digest(target) == fingerprint(
            self._content(document, lang, body, fields).encode("utf-8"))

    def _record(self) -> ApplyRecord:
        """The record of what ``apply`` wrote under this site, read once per run."""
        if self._written_record is None:
            self._written_record = ApplyRecord(Path(self.settings.get("root") or "."))
        return self._written_record

    def named_source_changes(self, lang: str, marks: Iterable[str]) -> set[str]:
        """Of the units whose source changed since review (their marks, see
        ``SourceChanged.mark``), those an earlier ``apply`` named already; the record
        keeps ``marks`` for the next run."""
        return self._record().name_source_changes(lang, marks)

    def is_preview(self, path: Path, lang: str) -> bool:
        """Whether ``path`` is a preview an earlier ``apply --include-fuzzy`` wrote for
        ``lang``, unedited since: the preview's rules decide what becomes of it."""
        record = self._record()
        entry = record.entries.get(record.key(path))
        return bool(entry and entry.get("lang") == lang and path.is_file()
                    and digest(path) == entry.get("sha256"))

    def settle_previews(self, lang: str, *, preview: bool, targets: Iterable[Path]) -> Settled:
        """After ``apply`` wrote ``targets`` for ``lang``: a preview run (unreviewed drafts)
        records the files it wrote; any other run takes away the earlier previews it did
        not write again, never a file that was there before the preview or was edited
        since (:mod:`cms_i18n.content.previews`)."""
        record = self._record()
        settled = record.settle(lang, preview=preview, targets=targets, created=self._created)
        unreadable = record.unreadable_warning()
        if unreadable and not self._told_unreadable:
            self._told_unreadable = True
            settled.warnings.append(unreadable)
        problem = record.save()
        if problem:
            settled.warnings.append(problem)
        return settled

    def orphans(self, lang: str) -> list[orphan_pages.Orphan]:
        """The translation files of ``lang`` whose source is gone (moved or deleted)."""
        return list(orphan_pages.find(self.root, [lang], FORMATS))

    def settle_orphans(self, lang: str) -> orphan_pages.Settled:
        """After ``apply`` for ``lang``: remove the pages whose source is gone that the
        record says ``apply`` wrote and nobody changed since; keep the others, named
        (:mod:`cms_i18n.content.orphans`)."""
        record = self._record()
        done = orphan_pages.settle(self.orphans(lang),
                              lambda path: record.ours(path, digest(path)), record.forget)
        if done.removed:
            problem = record.save()
            if problem:
                done.problems.append(problem)
        return done

    def _read_inside(self, path: Path) -> bytes:
        """The bytes of ``path``, which must be a plain file inside the content folder.

        A symbolic link may point elsewhere inside the folder, never out of it: a link
        planted in a synced content folder must not pull ``/etc/passwd`` into a
        catalogue (and ``apply`` write it back out).  The file is opened without
        following a further link and without blocking, so a FIFO cannot hang the run.
        """
        if path.is_symlink() and not path.exists():
            raise InputError(f"symbolic link to a file that is not there ({os.readlink(path)});"
                             " restore the file or remove the link", path=path)
        try:
            real = path.resolve(strict=True)
            inside = real == self.root.resolve() or real.is_relative_to(self.root.resolve())
        except (OSError, RuntimeError) as exc:
            raise InputError(f"cannot read file: {getattr(exc, 'strerror', None) or exc}",
                             path=path) from None
        if not inside:
            raise InputError("symbolic link to a file outside the content folder; refusing "
                             "to read it", path=path)
        try:
            fd = os.open(real, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror}", path=path) from None
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise InputError("not a regular file", path=path)
            try:
                return handle.read()
            except OSError as exc:
                raise InputError(f"cannot read file: {exc.strerror}", path=path) from None

    def _section(self, path: Path) -> str:
        """The folder of ``path`` below the content folder (``""`` at the top)."""
        try:
            folder = path.parent.relative_to(self.root) if self.root.is_dir() else Path()
        except ValueError:
            folder = Path()
        return "" if folder == Path() else folder.as_posix()

    def _relative_id(self, path: Path) -> str:
        """The document id from the path: ``news/moscow.md`` → ``news/moscow``.

        A name that is not UTF-8 keeps its raw bytes as ``\\xNN``, and a line break, an
        escape sequence or a bidirectional override in it is written as an escape
        (:func:`cms_i18n.fileio.printable`), so the id is text a catalogue can hold, reads
        in a PO editor as the file's name (a right-to-left override turned the context
        round), and still tells such files apart.
        """
        try:
            rel = path.relative_to(self.root) if self.root.is_dir() else Path(path.name)
        except ValueError:
            rel = Path(path.name)
        posix = rel.with_suffix("").as_posix()
        return printable(posix)

    def _is_translation(self, path: Path) -> bool:
        """Is ``path`` named as a translation (``news.es.txt``) and one: of a target
        language, beside its source, or written by ``apply`` (a language since dropped
        from ``target_langs`` whose source was then deleted leaves pages that are no
        English documents)."""
        named = _translation_name(path)
        if named is None:
            return False
        lang, source = named
        return lang in self.languages or source.exists() or \
            lang in self._catalog_languages() or self._applied(path)

    def _applied(self, path: Path) -> bool:
        """Whether the record says ``apply`` wrote ``path``."""
        record = self._record()
        key = record.key(path)
        return key in record.written or key in record.entries

    def _lone_translation(self, path: Path) -> str | None:
        """Why a file named as a translation into a target language (``weekly.fr.txt``)
        is not read, when no source stands beside it and ``apply`` never wrote it: an
        author who named a document so would see it passed over without a word."""
        named = _translation_name(path) if path.suffix.lower() in FORMATS \
            and not path.name.startswith(".") else None
        if named is None:
            return None
        lang, source = named
        if lang not in self.languages or source.exists() or self._applied(path):
            return None     # (one apply wrote, its source since gone: see orphans)
        return (f"named as a translation into {lang} (.{lang}), with no {source.name} beside "
                "it: rename it to translate it")

    def _catalog_languages(self) -> frozenset[str]:
        """The languages the site has catalogues of, a dropped target's too: a page named
        in one of them is its translation, even in a copy of the site without the record
        of what ``apply`` wrote.  Read once per run."""
        if self._languages_on_file is None:
            from cms_i18n.catalog.layout import languages_with_catalogs

            locale_dir = self.settings.get("locale_dir")
            self._languages_on_file = frozenset(languages_with_catalogs(
                Path(locale_dir), self.settings.get("domain") or "content")) \
                if locale_dir else frozenset()
        return self._languages_on_file


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    try:
        meta = safeyaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:       # a character YAML does not allow, say
        message, line = safeyaml.describe_error(exc, match.group(1) or "")
        raise InputError(f"front matter: {message}", path=path,
                         line=line + 1 if line else 2) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a YAML mapping", path=path, line=2)
    body_line = text.count("\n", 0, match.end()) + 1
    return meta, text[match.end():], body_line


Path_ = tuple[str | int, ...]


def translated_fields(meta: Mapping[str, Any]) -> list[tuple[str, Path_, str]]:
    """The front matter's values a reader sees: (the field's name, its path, its text).

    A field is the string value of a key of :data:`TRANSLATED_KEYS` wherever it stands,
    in a mapping or a list of mappings; its name is its path, keys joined with ``.``
    and a list's items counted from 1 (``image.alt``, ``gallery.2.caption``).  A value
    that is an address or a file name (``/img/boat.png``), or has no letter, is not
    one; nor is an ``alt`` at the top, whose name a body image's alt text has.

    >>> meta = {"title": "Ferries", "slug": "ferries", "image": {"alt": "A boat",
    ...         "src": "/boat.png", "title": "boat.png"}, "seo": {"description": "Times"},
    ...         "gallery": [{"caption": "Noon", "url": "https://example.org/a"}]}
    >>> [name for name, _, value in translated_fields(meta)]
    ['title', 'image.alt', 'seo.description', 'gallery.1.caption']
    """
    found: list[tuple[str, Path_, str]] = []

    def walk(node: Any, path: Path_) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if isinstance(key, str):
                    take(key, value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node, 1):
                walk(value, (*path, index))

    def take(key: str, value: Any, path: Path_) -> None:
        if isinstance(value, str):
            if key in TRANSLATED_KEYS and path != ("alt",) and value.strip() and \
                    re.search(r"[^\W\d_]", value) and not _ADDRESS.fullmatch(value.strip()):
                found.append((".".join(str(part) for part in path), path, value))
        else:
            walk(value, path)

    for key in TRANSLATED_FIELDS:
        take(key, meta.get(key), (key,))
    walk({key: value for key, value in meta.items() if key not in TRANSLATED_FIELDS}, ())
    return found


def _field_paths(document: Document) -> dict[str, Path_]:
    """Each translated field's name → its path in the front matter."""
    return {name: path for name, path, _ in translated_fields(document.meta)}


def _at(meta: Any, path: Path_) -> Any:
    """The value at ``path`` in ``meta``; None where there is none."""
    for part in path:
        if isinstance(part, int) and isinstance(meta, list) and 0 < part <= len(meta):
            meta = meta[part - 1]
        elif isinstance(part, str) and isinstance(meta, Mapping):
            meta = meta.get(part)
        else:
            return None
    return meta


def _set_at(meta: Any, path: Path_, value: str) -> None:
    """Set the value at ``path`` in ``meta`` (made of dicts and lists), which is there."""
    *parents, last = path
    for part in parents:
        meta = meta[part - 1] if isinstance(part, int) else meta[part]
    if isinstance(last, int):
        meta[last - 1] = value
    else:
        meta[last] = value


def _front_matter(document: Document, lang: str, fields: Mapping[str, str]) -> str:
    """The translation's front matter: the source's as written, byte for byte, but for
    the values of the fields whose text the translation changes and the language lines
    (``lang`` set, ``translation_of`` added where the source has none).

    Only the lines of those keys are edited (:func:`_edit_front_matter`): every other
    value keeps its spelling, so ``weight: 010``, ``country: NO``, ``version: 1.10`` or
    a timestamp are not read and written back as other values, and comments, order and
    quoting stay.  A front matter that cannot be edited so (a flow mapping ``{…}`` on
    its own, say) is written anew from the values, as is a page without one.
    """
    written = document.front_matter
    close = re.search(r"---[ \t]*(\r?\n)?\Z", written)
    opening = re.match(r"---[ \t]*\r?\n", written)
    if close and opening and opening.end() <= close.start():
        edited = _edit_front_matter(written[opening.end():close.start()], document, lang,
                                    fields)
        if edited is not None:
            return written[:opening.end()] + edited + written[close.start():]
    meta = copy.deepcopy(document.meta)
    paths = _field_paths(document)
    for name, value in fields.items():
        path = paths.get(name, (name,))
        if len(path) == 1 or _at(meta, path[:-1]) is not None:
            _set_at(meta, path, value)
    meta["lang"] = lang
    meta.setdefault("translation_of", document.id)
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{head}---\n"


#: An anchor or a tag before a value (``&name``, ``!!str``), kept when the value is replaced.
_VALUE_PROPERTIES = re.compile(r"(?:[&!]\S*\s+)*")


def _edit_front_matter(inner: str, document: Document, lang: str,
                       fields: Mapping[str, str]) -> str | None:
    """``inner`` (the YAML between the ``---`` lines) with the changed fields' values
    (at any depth: ``image.alt``) and ``lang`` replaced where they are written, and the
    top-level keys it lacks added as lines at its end; None when it is not a block
    mapping whose values can be found so, or when the result would not read back as
    the values meant."""
    try:
        root = safeyaml.compose(inner)
    except yaml.YAMLError:
        return None
    if root is not None and not (isinstance(root, yaml.MappingNode) and not root.flow_style):
        return None
    paths = _field_paths(document)
    wanted: dict[Path_, str] = {}
    for name, value in fields.items():
        path = paths.get(name, (name,))
        if _at(document.meta, path) != value:
            wanted[path] = value
    if document.meta.get("lang") != lang:
        wanted[("lang",)] = lang
    if "translation_of" not in document.meta:
        wanted[("translation_of",)] = document.id
    newline = "\r\n" if "\r\n" in inner else "\n"
    edits: list[tuple[int, int, str]] = []
    added: list[str] = []
    for path, value in wanted.items():
        node, flow = _node_at(root, path)
        if isinstance(node, yaml.ScalarNode):
            start, end = node.start_mark.index, node.end_mark.index
            extent = inner[start:end]
            start += _VALUE_PROPERTIES.match(extent).end()   # type: ignore[union-attr]
            end = start + len(inner[start:end].rstrip())    # a block scalar's blank lines stay
            edits.append((start, end, _yaml_scalar(value, node.style, flow=flow)))
        elif node is None and len(path) == 1:  # not written, or brought in by ``<<``
            added.append(f"{_yaml_scalar(str(path[0]), None)}: {_yaml_scalar(value, None)}"
                         f"{newline}")
        else:
            return None     # a list or a mapping there, or a merged mapping's value
    text = inner
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    if text and not text.endswith("\n"):
        text += newline
    text += "".join(added)
    try:
        loaded = safeyaml.safe_load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(loaded, dict) or \
            set(loaded) != set(document.meta) | {path[0] for path in wanted} or \
            any(_at(loaded, path) != value for path, value in wanted.items()):
        return None
    return text


def _node_at(root: yaml.Node | None, path: Path_) -> tuple[yaml.Node | None, bool]:
    """The node written at ``path`` (None where it is not written), and whether it
    stands inside a flow collection (``{alt: …}``, ``[…]``)."""
    node, flow = root, False
    for part in path:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            flow = flow or bool(node.flow_style)
            node = next((value for key, value in node.value
                         if isinstance(key, yaml.ScalarNode)
                         and key.tag == "tag:yaml.org,2002:str" and key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and \
                0 < part <= len(node.value):
            flow = flow or bool(node.flow_style)
            node = node.value[part - 1]
        else:
            return None, flow
    return node, flow


#: What a plain or single-quoted YAML scalar cannot hold on one line: line breaks and
#: the characters YAML allows only escaped.
_NOT_ON_ONE_LINE = re.compile("[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
                              "|[\u2028\u2029\ufeff]")


def _yaml_scalar(value: str, style: str | None, *, flow: bool = False) -> str:
    """``value`` as a YAML scalar on one line: plain where the source's was plain and
    the text reads back as itself there (inside ``{…}`` for a value in a ``flow``
    collection), single-quoted where the source's was, else double-quoted (every
    character that needs it escaped)."""
    one_line = not _NOT_ON_ONE_LINE.search(value)
    if style is None and one_line and value == value.strip() and \
            not (flow and re.search(r"[,\[\]{}]", value)):
        try:
            if safeyaml.safe_load(f"key: {value}\n") == {"key": value} and \
                    (not flow or safeyaml.safe_load(f"{{key: {value}}}") == {"key": value}):
                return value
        except yaml.YAMLError:
            pass
    if style == "'" and one_line:
        return "'" + value.replace("'", "''") + "'"
    dumped: str = yaml.dump(value, Dumper=yaml.SafeDumper, default_style='"',
                            allow_unicode=True, width=float("inf"))
    return dumped.rstrip("\n")


def _set_html_lang(html: str, lang: str) -> str:
    tag = re.search(r"<html\b[^>]*>", html, re.IGNORECASE)
    if not tag:
        return html
    old = tag.group(0)
    if re.search(r"\blang\s*=", old, re.IGNORECASE):
        new = re.sub(r"""\blang\s*=\s*(["']?)[^"'\s>]*\1""", f'lang="{lang}"', old,
                     flags=re.IGNORECASE)
    else:
        new = old[:-1] + f' lang="{lang}">'
    return html[: tag.start()] + new + html[tag.end():]

