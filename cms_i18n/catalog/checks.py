"""Quality checks on catalogues, graded so that ``cms-i18n check`` can gate a deploy.

Three grades, as in Translate Toolkit's ``pofilter``:

* **critical** – the published page would be wrong or broken: ``msgfmt`` rejects the
  file, markup or placeholders do not survive, a number is kept as written where the
  target language reads it as another value, a translation breaks the controlled
  glossary;
* **warning** – functional: numbers, URLs or e-mail addresses differ, brackets do not
  balance, text left unchanged;
* **cosmetic** – punctuation and spacing details, untranslated units.

Each entry-level check is a small function ``(source, target, entry) -> message | None``
registered with its grade (:class:`Check`); :func:`check_catalog` runs them all on the live,
translated entries, plus ``msgfmt`` on the file and the glossary on every msgstr.
A problem in a fuzzy entry is reported but does not *ship*: only problems in entries
that would be published (reviewed ones, or all with ``include_fuzzy``) fail the check.
"""

from __future__ import annotations

import codecs
import functools
import html
import inspect
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from cms_i18n import plugins
from cms_i18n.catalog.grades import COSMETIC, CRITICAL, SEVERITIES, WARNING
from cms_i18n.catalog.notes import MACHINE_NOTE, SUGGESTION_NOTE, leading_quote, left_in_pivot
from cms_i18n.catalog.numbers import (
    NUMBER,
    Reading,
    approximate_figures,
    convention,
    digits,
    figures,
    read,
    reads_scales,
    said_approximate,
    scaled,
    written,
)
from cms_i18n.catalog.po import PoEntry, PoFile, read_po
from cms_i18n.catalog.status import (
    GLOSSARY_CHECK,
    ambiguous_names,
    document_of,
    names_left_to_the_engine,
)
from cms_i18n.engines.quotes import quotes_left
from cms_i18n.engines.ranks import misread_rank
from cms_i18n.errors import CatalogError
from cms_i18n.glossary import Glossary, cached_glossary, check_translation
from cms_i18n.glossary.enforce import gaps_in
from cms_i18n.glossary.match import Context, context_from
from cms_i18n.glossary.verify import VERIFY_PREFIX, WRITTEN_IN
from cms_i18n.languages import base
from cms_i18n.markup import VARIABLE, without_code
from cms_i18n.stopwords import STOPWORDS


@dataclass(frozen=True)
class Problem:
    """One finding, located as ``file:line`` so editors and CI logs can jump to it."""

    path: str
    line: int | None
    severity: str
    check: str
    message: str
    context: str | None = None
    msgid: str = ""
    ships: bool = True   # False for drafts (fuzzy entries) that are not published

    @property
    def finding(self) -> str:
        """What is wrong, worded as ``check`` words it after the place: what a screen
        beside the entry shows (``critical: glossary: …``)."""
        draft = "" if self.ships else " (draft)"
        return f"{self.severity}{draft}: {self.check}: {self.message}"

    @property
    def key(self) -> tuple[str, str]:
        """The entry it is about: (msgctxt, msgid)."""
        return self.context or "", self.msgid

    def format(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.finding}"


@dataclass
class CheckReport:
    """All problems of one catalogue, plus notes on checks that could not run."""

    lang: str
    path: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Glossary entries with no name in the language that entries' notes name, by
    # concept id: the source's name and how many entries leave it to the engine.
    gaps: dict[str, list[Any]] = field(default_factory=dict)
    #: The catalogue does not parse: the error every other command stops with (the
    #: file and the line our reader names), which ``check`` stops with too.
    broken: CatalogError | None = None

    @property
    def failed(self) -> bool:
        """Any critical problem in something that would be published."""
        return any(p.severity == CRITICAL and p.ships for p in self.problems)

    def count(self, severity: str, *, ships: bool | None = None) -> int:
        """Problems of ``severity``; only published ones (``ships=True``) or only those
        in drafts and untranslated entries (``ships=False``)."""
        return sum(1 for p in self.problems
                   if p.severity == severity and (ships is None or p.ships == ships))


@dataclass(frozen=True)
class Graded:
    """A check's finding with a grade of its own.

    A check that can tell a serious case from a mild one (Translate Toolkit's
    ``SeriousFilterFailure`` and ``FilterFailure``) returns this instead of a plain
    message, which gets the check's declared grade.  A finding is never graded
    above its check: the declared grade is the most the check can say.
    """

    severity: str
    message: str


_FORMAT = re.compile(r"^(?P<no>no-)?(?P<format>[a-z0-9+-]+-format)$")


@dataclass(frozen=True)
class CheckedEntry:
    """What a check may know of the entry besides the two texts it compares.

    ``flags`` are the entry's gettext flags (``fuzzy``, ``python-format``,
    ``no-c-format``, ``no-numbers`` …); ``source_lang`` and ``target_lang`` are empty
    when the caller does not know them, and a check then says only what holds in
    every language.
    """

    flags: frozenset[str] = frozenset()
    msgctxt: str | None = None
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    source_lang: str = ""
    target_lang: str = ""
    references: tuple[str, ...] = ()

    @classmethod
    def of(cls, entry: PoEntry, *, source_lang: str = "", target_lang: str = "") -> CheckedEntry:
        """What the checks may know of ``entry``, a catalogue entry."""
        return cls(frozenset(entry.flags), entry.msgctxt, tuple(entry.translator_comments),
                   tuple(entry.extracted_comments), source_lang, target_lang,
                   tuple(entry.references))

    @property
    def may_be_markdown(self) -> bool:
        """Whether the source may be Markdown: false only where every ``#:`` reference
        names a file of another format (``brief.txt:3``, ``page.html:12``).

        In plain text a backtick is a character ("it`s"), not a code span.

        >>> CheckedEntry(references=("news/brief.txt:3",)).may_be_markdown
        False
        >>> CheckedEntry(references=("news/brief.txt:3", "news/brief.md:3")).may_be_markdown
        True
        >>> CheckedEntry().may_be_markdown
        True
        """
        if not self.references:
            return True
        return any(_MARKDOWN_SUFFIX.search(r) or not _OTHER_SUFFIX.search(r)
                   for r in self.references)

    @property
    def fuzzy(self) -> bool:
        """A draft nobody has approved: its problems do not ship."""
        return "fuzzy" in self.flags

    @property
    def formats(self) -> frozenset[str]:
        """The format flags in force (``python-format``), less those the entry also
        negates: ``no-python-format`` switches Python's directives off.

        >>> flags = frozenset({"c-format", "python-format", "no-python-format"})
        >>> sorted(CheckedEntry(flags).formats)
        ['c-format']
        """
        named = [m.group("format") for m in map(_FORMAT.match, self.flags)
                 if m and not m.group("no")]
        return frozenset(f for f in named if f"no-{f}" not in self.flags)

    def switches_off(self, check: str) -> bool:
        """Whether the entry's ``no-CHECK`` flag silences ``check`` here."""
        return f"no-{check}" in self.flags


#: A pair of texts that comes with nothing else known about it.
PLAIN = CheckedEntry()

CheckFunction = Callable[..., "str | Graded | None"]
"""``function(msgid, msgstr, entry)`` (or ``function(msgid, msgstr)``, for a check that
needs nothing else of the entry) returning what is wrong, or None."""


class Check(NamedTuple):
    """An entry-level check: its name, its grade, and its function.

    The function takes ``(msgid, msgstr, entry)``, ``entry`` a :class:`CheckedEntry`,
    and returns a message (graded ``severity``), a :class:`Graded` finding, or None.
    A function of two parameters, ``(msgid, msgstr)``, is called without the entry:
    checks written for the two-text interface keep working unchanged.
    """

    name: str
    severity: str
    function: CheckFunction

    def run(self, source: str, target: str, entry: CheckedEntry = PLAIN) -> Graded | None:
        """This check on one pair of texts of ``entry``; None when it finds nothing.

        An entry's ``no-NAME`` flag silences a warning or cosmetic finding of the
        check ``NAME``, never a critical one: a flag in a catalogue cannot let broken
        markup or a lost placeholder be published.
        """
        silenced = entry.switches_off(self.name)
        if silenced and self.severity != CRITICAL:
            return None
        found = (self.function(source, target, entry) if _takes_entry(self.function)
                 else self.function(source, target))
        if not found:
            return None
        graded = found if isinstance(found, Graded) else Graded(self.severity, found)
        if SEVERITIES.index(graded.severity) < SEVERITIES.index(self.severity):
            graded = Graded(self.severity, graded.message)
        if silenced and graded.severity != CRITICAL:
            return None
        return graded


def _takes_entry(function: CheckFunction) -> bool:
    """Whether ``function`` takes a third positional argument, the entry."""
    try:
        return _signature_takes_entry(function)
    except TypeError:                      # an unhashable callable, a dataclass instance
        return _signature_takes_entry.__wrapped__(function)


@functools.cache
def _signature_takes_entry(function: CheckFunction) -> bool:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):        # a builtin without a signature: two texts
        return False
    positional = [p for p in parameters if p.kind in (
        p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)]
    return len(positional) >= 3 or any(p.kind == p.VAR_POSITIONAL for p in positional)


#: The built-in checks, offered to the plugin registry by
#: :func:`cms_i18n.core_plugin.cms_i18n_checks`.
CHECKS: list[Check] = []


def check(name: str, severity: str) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a built-in entry-level check under ``name`` with its grade."""
    def declare(function: CheckFunction) -> CheckFunction:
        CHECKS.append(Check(name, severity, function))
        return function
    return declare


def _difference(source: list[str], target: list[str], what: str) -> str | None:
    """Describe what a multiset of tokens lost or gained in translation."""
    missing = Counter(source) - Counter(target)
    extra = Counter(target) - Counter(source)
    parts = []
    if missing:
        parts.append(f"msgstr lacks {what} " + ", ".join(sorted(missing.elements())))
    if extra:
        parts.append(f"msgstr adds {what} " + ", ".join(sorted(extra.elements())))
    return "; ".join(parts) or None


# ----------------------------------------------------------------- critical checks

_PRINTF = (r"%%"
           r"|%(?:\d+\$|\([A-Za-z_]\w*\))?[-+#0]*(?:\d+|\*)?(?:\.\d+)?"
           r"[diouxXeEfFgGcrsa]")
_BRACE = r"\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}"
#: The placeholders of each gettext format flag whose syntax is printf's or braces.
FORMAT_PLACEHOLDERS = {
    **{f"{name}-format": re.compile(_PRINTF) for name in (
        "c", "objc", "python", "php", "perl", "gcc-internal", "gfc-internal", "awk",
        "object-pascal", "ycp")},
    **{f"{name}-format": re.compile(_BRACE) for name in (
        "python-brace", "csharp", "java", "javascript", "qt")},
}
# What cms-i18n itself protects from the engine, in every entry: template variables
# and literal numbered ones.
_PROTECTED = re.compile(rf"{VARIABLE.pattern}|\{{\d+\}}")
# Anything that may be a placeholder, kept out of the numbers check either way.
_ANY_PLACEHOLDER = re.compile(rf"{_PROTECTED.pattern}|{_BRACE}|{_PRINTF}")


def placeholders(text: str, flags: Iterable[str] = ()) -> list[str]:
    """The placeholders a translation of ``text`` must keep: template variables
    (``{name}``, ``{{ name }}``, ``${name}``) always, since cms-i18n protects them
    from the engine; printf directives (``%s``, ``%(count)d``) and brace fields
    (``{0:.2f}``) only under a format flag (``c-format``, ``python-brace-format`` …)
    saying the text is a format string.  In prose, ``46%-owned`` is not ``%-o``.

    >>> placeholders("Hello {name}, 50%% of %(count)d, 46%-owned")
    ['{name}']
    >>> placeholders("Hello {name}, 50%% of %(count)d", ["python-format"])
    ['{name}', '%%', '%(count)d']
    """
    return _placeholder_pattern(tuple(f for f in flags if f in FORMAT_PLACEHOLDERS)
                                ).findall(text)


@functools.cache
def _placeholder_pattern(formats: tuple[str, ...]) -> re.Pattern[str]:
    patterns = [_PROTECTED.pattern, *(FORMAT_PLACEHOLDERS[f].pattern for f in formats)]
    return re.compile("|".join(dict.fromkeys(patterns)))


@check("placeholders", CRITICAL)
def check_placeholders(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Template variables must come through unchanged, or the CMS fills in the wrong
    thing; so must the directives of a format flag in force (see :func:`placeholders`).
    ``%%`` is a literal percent sign, not compared."""
    flags = sorted(entry.formats)
    return _difference([p for p in placeholders(source, flags) if p != "%%"],
                       [p for p in placeholders(target, flags) if p != "%%"], "placeholder")


_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_URL_ATTR = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def html_tags(text: str) -> list[str]:
    """Tags reduced to their shape: ``<a href="x">`` → ``<a>``, ``<br />`` → ``<br/>``.

    >>> html_tags('Read <a href="/x">this</a><br />')
    ['<a>', '</a>', '<br/>']
    """
    return [f"<{m.group(1)}{m.group(2).lower()}{m.group(4)}>" for m in _TAG.finditer(text)]


def _tag_urls(text: str) -> list[str]:
    urls = []
    for tag in _TAG.finditer(text):
        for attr in _URL_ATTR.finditer(tag.group(3)):
            urls.append(next(g for g in attr.groups() if g is not None))
    return urls


VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                           "meta", "param", "source", "track", "wbr"})


def unbalanced_tag(text: str) -> str | None:
    """The first tag that is not properly closed or nested, as ``<b>``/``</b>``; else None.

    Void elements (``<br>``, ``<img>``) and self-closing tags need no end tag.

    >>> unbalanced_tag("<b>bold <i>both</b> italic</i>"), unbalanced_tag("<p>a<br>b</p>")
    ('</b>', None)
    """
    stack: list[str] = []
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(4)
        if self_closing or name in VOID_ELEMENTS:
            continue
        if not closing:
            stack.append(name)
        elif stack and stack[-1] == name:
            stack.pop()
        else:
            return f"</{name}>"
    return f"<{stack[-1]}>" if stack else None


_TAG_START = re.compile(r"<(/?)([A-Za-z][\w:-]*)")


def _broken_tags(text: str) -> int:
    """How many tag openings (``<strong``) never reach their ``>``."""
    whole = {m.start() for m in _TAG.finditer(text)}
    return sum(1 for m in _TAG_START.finditer(text) if m.start() not in whole)


#: Tags that only set words off (bold, italics, underline, a highlight): an editor who adds
#: them stresses a word as the language reads best, which is a choice to review, no damage.
_EMPHASIS_TAGS = frozenset({"b", "strong", "i", "em", "u", "mark"})


@check("markup", CRITICAL)
def check_markup(source: str, target: str) -> str | Graded | None:
    """HTML tags and the links they carry must all survive translation, and tags that
    were properly opened, closed and nested in the source must still be.  Emphasis a
    translation adds, whole and well nested, is a warning: an editor's bold on a phrase
    (Ctrl+B in a page editor) is a choice to review, not markup lost.

    >>> check_markup("Sign the memorandum.", "Firme el memorando.") is None
    True
    >>> check_markup("Sign the memorandum.", "Firme el <b>memorando</b>.").severity
    'warning'
    >>> check_markup("Read <a href=\\"/x\\">this</a>.", "Lea esto.")
    'msgstr lacks tag </a>, <a>'
    """
    theirs, ours = html_tags(source), html_tags(target)
    found = (_difference(theirs, ours, "tag")
             or _difference(_tag_urls(source), _tag_urls(target), "link target"))
    added = Counter(ours) - Counter(theirs)
    emphasis = all(tag.strip("</>") in _EMPHASIS_TAGS for tag in added)
    if found and added and emphasis and not Counter(theirs) - Counter(ours) \
            and found.startswith("msgstr adds tag") and unbalanced_tag(target) is None \
            and _broken_tags(target) <= _broken_tags(source):
        return Graded(WARNING, found.replace("msgstr adds tag", "msgstr adds emphasis", 1)
                      + " the source does not have")
    if found:
        return found
    if _broken_tags(target) > _broken_tags(source):
        return "msgstr has a tag that is cut off before its '>'"
    if unbalanced_tag(source) is None:
        wrong = unbalanced_tag(target)
        if wrong is not None:
            return f"msgstr does not close or nest {wrong} the way msgid does"
    return None


_UNSAFE_SCHEME = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)
_ANY_URL_ATTR = re.compile(
    r"""\b(?:href|src|action|formaction|xlink:href|poster|background|srcset)\s*=\s*"""
    r"""(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_HANDLER_ATTR = re.compile(r"""\s(on[a-z]+)\s*=""", re.IGNORECASE)


def _link_targets(text: str) -> list[str]:
    """Every URL a browser would follow or load: tag attributes and Markdown links."""
    urls = [next(g for g in m.groups() if g is not None)
            for tag in _TAG.finditer(text) for m in _ANY_URL_ATTR.finditer(tag.group(3))]
    urls += re.findall(r"\]\(\s*<?([^)>]*)", text)
    # Browsers decode entities in attributes and ignore control characters and spaces
    # in a scheme ("jav&#x61;script:", "java\tscript:").
    return [re.sub(r"[\x00-\x20]", "", html.unescape(url)) for url in urls]


@check("unsafe-link", CRITICAL)
def check_unsafe_links(source: str, target: str) -> str | None:
    """A ``javascript:``, ``vbscript:`` or ``data:`` link, or an ``on…=`` event handler,
    that the source does not have: published, it would run or show whatever it holds."""
    before = {url.lower() for url in _link_targets(source)}
    for url in _link_targets(target):
        if _UNSAFE_SCHEME.match(url) and url.lower() not in before:
            return f"msgstr adds a {url.split(':')[0].lower()}: link"
    handlers = Counter(m.group(1).lower() for tag in _TAG.finditer(source)
                       for m in _HANDLER_ATTR.finditer(tag.group(3)))
    added = Counter(m.group(1).lower() for tag in _TAG.finditer(target)
                    for m in _HANDLER_ATTR.finditer(tag.group(3))) - handlers
    if added:
        return f"msgstr adds the event handler {min(added)}="
    return None


_MD_LINK = re.compile(r"\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_REF = re.compile(r"\]\[([^\[\]]+)\]")
_CODE = re.compile(r"(`+)(.+?)\1")


# A ``#:`` reference's file suffix (before ``:line`` and any closing U+2069).
_MARKDOWN_SUFFIX = re.compile(r"\.(?:md|markdown)\u2069?(?::\d+)?$", re.IGNORECASE)
_OTHER_SUFFIX = re.compile(r"\.(?:txt|html?)\u2069?(?::\d+)?$", re.IGNORECASE)


@check("markdown", CRITICAL)
def check_markdown(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Markdown link targets, reference labels and code spans must stay as they are
    (in an entry that may come from Markdown: see :attr:`CheckedEntry.may_be_markdown`)."""
    if not entry.may_be_markdown:
        return None
    return (_difference(_MD_LINK.findall(source), _MD_LINK.findall(target), "link target")
            or _difference(_MD_REF.findall(source), _MD_REF.findall(target), "link label")
            or _difference([m.group(0) for m in _CODE.finditer(source)],
                           [m.group(0) for m in _CODE.finditer(target)], "code span"))


# Markdown emphasis as CommonMark pairs it: ``**``/``__`` (bold) and ``*``/``_`` (italic)
# that open before a non-space and close after one; ``_`` never inside a word
# ("snake_case").  A lone ``*`` between spaces ("2 * 3", a "* " list item) is a character.
_STRONG = re.compile(r"\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*"
                     r"|(?<!\w)__(?=[^\s_])(.+?)(?<=[^\s_])__(?!\w)")
_EM = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*|(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
_STRAY = re.compile(r"(?<=\S)\*+|\*+(?=\S)|(?<!\w)_+(?=\w)|(?<=\w)_+(?!\w)")


def emphasis(text: str) -> tuple[int, int, int]:
    """How many bold and italic spans ``text`` has in Markdown, and how many ``*`` or
    ``_`` delimiters are left that close nothing (code spans, links and URLs aside).

    >>> emphasis("The **Shanghai Cooperation Organisation** and *regional security*.")
    (1, 1, 0)
    >>> emphasis("La *Organización de Cooperación de Shanghai** (OCS), snake_case, 2 * 3.")
    (0, 1, 1)
    >>> emphasis("* a list item, my_snake_case and `**kwargs`")
    (0, 0, 0)
    """
    text = _URL.sub(" ", _CODE.sub(" ", _strip_markup(text)))
    counts = []
    for pattern in (_STRONG, _EM):
        found = 0
        while True:
            text, n = pattern.subn(lambda m: m.group(1) or m.group(2) or "", text)
            if not n:
                break
            found += n
        counts.append(found)
    return counts[0], counts[1], len(_STRAY.findall(text))


def _spans(n: int, kind: str) -> str:
    return f"{n} {kind} span{'s' * (n != 1)}"


@check("emphasis", CRITICAL)
def check_emphasis(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Markdown bold and italic must survive as the source has them (in an entry that
    may come from Markdown): critical like a lost ``<strong>`` tag, since a ``*`` that
    closes nothing is printed on the page and a lost ``**`` drops the emphasis."""
    if not entry.may_be_markdown:
        return None
    before, after = emphasis(source), emphasis(target)
    found = [f"msgid has {_spans(a, kind)}, msgstr {b}"
             for a, b, kind in zip(before[:2], after[:2], ("bold (**…**)", "italic (*…*)"),
                                   strict=True) if a != b]
    if after[2] > before[2]:
        found.append("msgstr has a '*' or '_' that opens or closes no emphasis")
    return "; ".join(found) or None


_CONFLICT = re.compile(r"^#-#-#-#-#  (.+?)  #-#-#-#-#$", re.MULTILINE)


@check("conflict", CRITICAL)
def check_conflict(source: str, target: str) -> str | None:
    """GNU ``msgcat``'s text for two catalogues that disagree on an entry: each one's
    msgstr under a ``#-#-#-#-#  file.po (project)  #-#-#-#-#`` line.  It is a merge
    nobody resolved, not a translation: published, the page would show both versions
    and the markers."""
    found = _CONFLICT.findall(target)
    if not found or _CONFLICT.search(source):
        return None
    return (f"msgstr holds msgcat's unresolved merge of {len(found)} versions "
            f"({', '.join(found)}): keep one translation and delete the #-#-#-#-# lines")


# A control character: C0 but for the tab and the line break, DEL, C1 (an escape sequence
# pasted from a terminal, a byte a tool let through).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@check("control", CRITICAL)
def check_control(source: str, target: str) -> str | None:
    """A control character in the msgstr the msgid does not hold: a terminal's escape
    sequence pasted with a text ("\\x1b]0;…\\x07"), a stray byte.  Published, a page
    would carry it to every reader's browser or terminal."""
    found = sorted({f"U+{ord(ch):04X}" for ch in _CONTROL.findall(target)}
                   - {f"U+{ord(ch):04X}" for ch in _CONTROL.findall(source)})
    if not found:
        return None
    return f"msgstr holds control characters {', '.join(found)}: delete them"


@check("lineends", CRITICAL)
def check_line_ends(source: str, target: str) -> str | None:
    """A msgstr that begins or ends with a line break where the msgid does not, or the
    other way round: ``msgfmt`` refuses the catalogue (``'msgid' and 'msgstr' entries do
    not both end with '\\n'``), so ``compile`` does, and a page would gain or lose an
    empty line (an editor who pressed Enter at the end of the text)."""
    for where, test in (("begin", str.startswith), ("end", str.endswith)):
        if test(source, "\n") != test(target, "\n"):
            return (f"msgid and msgstr do not both {where} with a line break: "
                    f"{'remove it from' if test(target, chr(10)) else 'add it to'} the msgstr")
    return None


@check("flags", CRITICAL)
def check_format_flags(source: str, target: str, entry: CheckedEntry) -> str | None:
    """A format flag (``python-format``, ``c-format`` …) on a content entry.

    cms-i18n never writes them: content is prose, not a program's format string.
    A tool that guesses them (Babel marks "40% over" as ``python-format``) makes
    ``msgfmt --check-format`` reject the catalogue and would make a CMS feed the text
    to a formatter.  Negated ones (``no-python-format``) say the opposite and are
    welcome.
    """
    return "; ".join(f"{flag} was not written by cms-i18n: this is content, not a format "
                     "string; remove the flag" for flag in sorted(entry.formats)) or None


# ------------------------------------------------------------------ warnings

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
def _strip_markup(text: str) -> str:
    return _MD_LINK.sub("]", _TAG.sub(" ", text))


def _urls(text: str) -> list[str]:
    return [url.rstrip(".,;:!?") for url in _URL.findall(_strip_markup(text))]


@check("urls", WARNING)
def check_urls(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Web addresses in running text must be kept exactly.

    A link target of the source that the translation shows as running text (a
    Markdown link whose ``)`` an editor lost) is the link's problem, which the
    ``markdown`` or ``markup`` check reports as "lacks link target": not also an
    address the translation adds.  An address added beside the link still is one.
    """
    def linked(text: str) -> Counter[str]:
        links = _MD_LINK.findall(text) if entry.may_be_markdown else ()
        return Counter(url.rstrip(".,;:!?") for url in (*links, *_tag_urls(text)))

    lost = linked(source) - linked(target)
    shown = Counter(_urls(target))
    return _difference(_urls(source), list((shown - lost).elements()), "URL")


@check("emails", WARNING)
def check_emails(source: str, target: str) -> str | None:
    """E-mail addresses must be kept exactly."""
    return _difference(_EMAIL.findall(source), _EMAIL.findall(target), "e-mail address")


# A word with a digit after a letter ("i18n", "f03", "mp3", "H2O", "4x4"): a name or a
# code, whose digits are no quantity.  Digits before letters alone stay a number with
# its unit or ending ("10km", "5th", "2x"), which a translation must keep.
_DIGITS_IN_WORD = re.compile(r"(?<!\w)\w*[^\W\d_]\d\w*")


def _running(text: str) -> str:
    """``text`` without markup, URLs, e-mail addresses, placeholders and words with
    digits inside (:data:`_DIGITS_IN_WORD`), each a blank."""
    without = _EMAIL.sub(" ", _URL.sub(" ", _strip_markup(text)))
    return _DIGITS_IN_WORD.sub(" ", _ANY_PLACEHOLDER.sub(" ", without))


def _numbers_in(text: str) -> Iterator[re.Match[str]]:
    """The numbers of running text: not those in markup, URLs, e-mail addresses or
    placeholders."""
    return NUMBER.finditer(_running(text))


def numbers(text: str, lang: str = "") -> list[Decimal]:
    """The values of ``text``'s numbers as a reader of ``lang`` takes them; with no
    language, by their digits alone, so ``1,000.5`` and ``1.000,5`` compare equal.

    >>> [str(n) for n in numbers("On May 27, 1,000 people; el 27 de mayo, 1.000 personas")]
    ['27', '1000', '27', '1000']
    >>> [str(n) for n in numbers("1,500 o 1.500", "es")]
    ['1.500', '1500']
    """
    return [read(match, lang).values[0] for match in _numbers_in(text)]


# A time on the twelve-hour clock ("10:00am", "1 pm", "4.30 p.m.").
_TWELVE_HOUR = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?(?!\w)",
                          re.IGNORECASE)


def _on_the_target_clock(source: str, target: str) -> tuple[str, str]:
    """``source`` and ``target`` without each twelve-hour time of the source that the
    translation writes on the 24-hour clock, as Spanish, French or German readers expect
    ("1:00pm" as "13:00", "4pm" as "16 h", "1.45pm" as "13.45"): the same time, no
    number lost or added, and no decimal to write in the target's style (a time that
    opens a schedule's line, "13.45 – Billerettes", is no 13,45).

    >>> _on_the_target_clock("Racing 10:00am - 1:00pm, practice 4pm", "Regata 10:00 - 13:00, "
    ...                      "práctica 16 h")
    ('Racing   -  , practice  ', 'Regata   -  , práctica  ')
    >>> _on_the_target_clock("at 1pm", "a las 14:00")
    ('at 1pm', 'a las 14:00')
    """
    def rewritten(match: re.Match[str]) -> str:
        nonlocal target
        hour, minutes = int(match.group(1)), match.group(2)
        if not 1 <= hour <= 12:
            return match.group(0)
        hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
        shown = minutes or "00"
        forms = [f"{hour}:{shown}", f"{hour}.{shown}", f"{hour:02d}:{shown}",
                 f"{hour:02d}.{shown}"]
        if not minutes:
            forms += [f"{hour} h", f"{hour}h", f"{hour} horas", f"{hour:02d} h"]
        for form in forms:
            written = re.search(rf"(?<![\d.:]){re.escape(form)}(?![\d])", target)
            if written is not None:
                target = target[:written.start()] + " " + target[written.end():]
                return " "
        return match.group(0)

    source = _TWELVE_HOUR.sub(rewritten, source)
    return source, target


@check("numbers", CRITICAL)
def check_numbers(source: str, target: str, entry: CheckedEntry) -> str | Graded | None:
    """Every number of the source keeps its value in the translation, each read with
    its own language's decimal mark and thousands separator.

    A label the target keeps exactly as the source wrote it (a version "3.11.2", a
    time "at 10.30", "ISBN 1,234": :func:`~cms_i18n.catalog.numbers.figures`) is
    right as it is and not read as a number.

    Graded as Translate Toolkit grades: a number kept as written that the target
    language reads as another value (English ``1,500`` left as ``1,500`` in Spanish,
    which reads one and a half) is critical; a number lost, added or changed into
    another (perhaps spelled out) is a warning, and so is the right value in another
    language's style (``3.5`` in Spanish, which writes ``3,5``).  A figure is read with
    its scale word (:func:`~cms_i18n.catalog.numbers.scaled`): "5 billion" is
    "5.000 millones" or "5 mil millones", and "5 billones", a thousand times as much,
    is a changed number.
    """
    # A time the translation gives on the 24-hour clock is the same time.
    source, target = _on_the_target_clock(source, target)
    running_source, running_target = _running(source), _running(target)
    found = list(figures(running_source))
    in_source, in_target = [m for m, _ in found], list(NUMBER.finditer(running_target))
    # A label (a version, a time, a code) kept exactly as the source wrote it is right
    # in every language: it is no figure to read.
    kept = Counter(m.group(0) for m, quantity in found if not quantity) \
        & Counter(m.group(0) for m in in_target)
    in_source, in_target = _without(in_source, kept), _without(in_target, kept)
    # each with the scale word after it, where both languages' are known: "5 billion" is
    # "5.000 millones", not "5 billones"
    both = reads_scales(entry.source_lang) and reads_scales(entry.target_lang)

    def read_scaled(match: re.Match[str], running: str, lang: str) -> Reading:
        found = read(match, lang)
        return scaled(found, running[match.end():], lang, running[:match.start()]) \
            if both else found

    wanted = [read_scaled(match, running_source, entry.source_lang) for match in in_source]
    left = Counter(reading.values[0] for reading in wanted)
    shown = sorted((read_scaled(match, running_target, entry.target_lang)
                    for match in in_target),
                   key=lambda reading: len(reading.values))
    added, foreign = [], []
    for reading in shown:
        value = next((v for v in reading.values if left[v] > 0), reading.values[0])
        if left[value] > 0:
            left[value] -= 1
            if not reading.native:
                foreign.append((reading, value))
        else:
            added.append((reading, value))
    lacking = []
    for reading in wanted:
        if left[reading.values[0]] > 0:
            left[reading.values[0]] -= 1
            lacking.append(reading)
    # a figure the translation keeps apart from its scale word ("1,2 dòlars de bilió" for
    # "1.2 trillion dollars"): the figure is there, its scale not read beside it
    for reading in [r for r in lacking if r.power]:
        bare = reading.values[0].scaleb(-reading.power)
        twin = next((pair for pair in added if not pair[0].power and bare in pair[0].values),
                    None)
        if twin is not None:
            lacking.remove(reading)
            added.remove(twin)
    misread = next(((r, v, w) for r, v in added for w in lacking if w.text == r.text), None)
    if misread is not None:
        reading, value, meant = misread
        name = _language_name(entry.target_lang)
        as_read = written(value.scaleb(-reading.power), entry.target_lang) + reading.scale
        meaning = written(meant.values[0].scaleb(-meant.power), entry.target_lang) \
            + reading.scale
        return Graded(CRITICAL, f"msgstr keeps {reading.shown}, which {name} reads as "
                                f"{as_read}: msgid means {meaning} in {name}")
    changed = _difference([r.shown for r in lacking], [r.shown for r, _ in added], "number")
    if changed:
        return Graded(WARNING, changed)
    if foreign:
        styled, value = foreign[0]
        return Graded(WARNING, f"{styled.text} is not written as "
                               f"{_language_name(entry.target_lang)} writes numbers: "
                               f"{written(value.scaleb(-styled.power), entry.target_lang)}")
    return None


@check("approximate", WARNING)
def check_approximate(source: str, target: str) -> str | None:
    """A figure the source gives as approximate ("Belarus ~ 500") is not given as exact
    ("Belarús 500"): the translation keeps a sign or says it in words ("unos 500")."""
    running = _running(source)
    marked = approximate_figures(running)
    if not marked:
        return None
    shown = _running(target)
    copies = list(NUMBER.finditer(shown))
    for match, sign in marked:
        same = [m for m in copies if digits(m.group(0)) == digits(match.group(0))]
        if same and not any(said_approximate(shown, m) for m in same):
            return (f"msgid gives {sign}{match.group(0)} as approximate; msgstr gives "
                    f"{same[0].group(0)} as exact")
    return None


def _without(found: list[re.Match[str]], texts: Counter[str]) -> list[re.Match[str]]:
    """``found`` less as many numbers written as each of ``texts`` as it counts."""
    left = Counter(texts)
    kept = []
    for match in found:
        if left[match.group(0)] > 0:
            left[match.group(0)] -= 1
        else:
            kept.append(match)
    return kept


def _language_name(lang: str) -> str:
    known = convention(lang)
    return known.name if known else lang


# An acronym in brackets after a name ("(NSC)", "(SCO)", one of two words: "(SCO RATS)",
# "(CSTO PA)").
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,7}(?:[ -][A-Z][A-Z0-9]{1,7})?)\)")


@check("brackets", WARNING)
def check_brackets(source: str, target: str) -> str | None:
    """Round, square and curly brackets come in the same numbers.

    An acronym in brackets that the translation leaves out, letters and all, is no
    bracket lost: the glossary leaves out an acronym a language has none for
    ("(NSC)", noted on the entry), and an editor may drop one the name already says;
    the glossary's own check says whether the acronym was owed.

    >>> check_brackets("The National Security Council (NSC) met.",
    ...                "Se reunió el Consejo de Seguridad Nacional.") is None
    True
    >>> check_brackets("The council (NSC) met (twice).", "El consejo (NSC) se reunió.")
    "'(' appears 2 times in msgid, 1 in msgstr"
    >>> check_brackets("The Organization (CSTO) met.", "La Organización (OTSC) se reunió.")

    An acronym of two words is one too:

    >>> check_brackets("The SCO Regional Anti-Terrorist Structure (SCO RATS) Executive "
    ...                "Committee met.", "Se reunió el Comité Ejecutivo de la Agencia.")

    One left out beside another written in other letters ("(US)" → "(EE. UU.)"):

    >>> check_brackets("The UN Security Council (UNSC) passed a United States (US)-drafted "
    ...                "text.", "El Consejo aprobó un texto de Estados Unidos (EE. UU.).")
    """
    # acronyms in brackets the translation has fewer of (its own letters, "(OTSC)" for
    # "(CSTO)", count as kept) are left out, not lost
    left_out = max(0, len(_BRACKETED_ACRONYM.findall(source))
                   - len(_BRACKETED_ACRONYM.findall(target)))
    for pair in ("()", "[]", "{}"):
        for char in pair:
            lost = left_out if char in "()" else 0
            if not source.count(char) - lost <= target.count(char) <= source.count(char):
                return (f"{char!r} appears {source.count(char)} times in msgid, "
                        f"{target.count(char)} in msgstr")
    return None


_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’»)]*$")


def _wrapped_prose(text: str) -> bool:
    """Whether ``text``'s line breaks are a wrap at one width (an e-mail's 72 columns, a
    plain-text file's 80), not structure: three lines or more, every one but the last
    within a few columns of the longest, and most of them ending inside a sentence.

    >>> _wrapped_prose("The delegations arrived in Moscow on Monday for the\\n"
    ...                "meeting, the first since the summit, and talks began\\n"
    ...                "at once.")
    True
    >>> _wrapped_prose("Embassy of Spain\\nCalle Mayor 1\\nMoscow")
    False
    """
    lines = text.strip().split("\n")
    if len(lines) < 3:
        return False
    body = lines[:-1]
    widest = max(len(line) for line in lines)
    if widest < 40 or any(widest - len(line.rstrip()) > 16 for line in body):
        return False
    inside = sum(1 for line in body if not _SENTENCE_END.search(line.rstrip()))
    return 2 * inside > len(body)


@check("newlines", WARNING)
def check_newlines(source: str, target: str) -> str | None:
    """Line breaks inside a unit usually carry structure (addresses, verse); a paragraph
    wrapped at one width has none to keep (:func:`_wrapped_prose`), and its translation
    may wrap elsewhere, or not at all.

    >>> check_newlines("Line one\\nLine two", "Línea uno Línea dos")
    'msgid has 1 line breaks, msgstr 0'
    """
    if source.count("\n") != target.count("\n") and not _wrapped_prose(source):
        return f"msgid has {source.count(chr(10))} line breaks, msgstr {target.count(chr(10))}"
    return None


_WORD = re.compile(r"[^\W\d_]{2,}")


@check("unchanged", WARNING)
def check_unchanged(source: str, target: str) -> str | None:
    """A translation identical to a source of several words was probably not translated;
    a person's or a place's name ("Maria Zakharova", "Nur-Sultan") is the same in every
    language: a few capitalised words, none of them a function word.

    >>> check_unchanged("The forum opens today.", "The forum opens today.")
    'msgstr is the same as msgid'
    >>> check_unchanged("Maria Zakharova", "Maria Zakharova") is None
    True
    >>> check_unchanged("The Times", "The Times")
    'msgstr is the same as msgid'
    """
    words = _WORD.findall(source)
    if source.strip() != target.strip() or len(words) < 2:
        return None
    if len(words) <= 4 and all(word[0].isupper() and word.lower() not in STOPWORDS
                               for word in words):
        return None
    return "msgstr is the same as msgid"


_LETTER = re.compile(r"[^\W\d_]")
_WIDE_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]")
SHORT_RATIO = 0.5
"""A translation with fewer letters than this share of its source's has probably lost words."""


@check("short", WARNING)
def check_short(source: str, target: str) -> str | None:
    """A translation far shorter than its source has probably lost words.

    An engine or chain that drops the end of a unit ("They are in favour" →
    "São a") leaves text that reads as finished: only its length gives it away.
    Scripts that write a word in one or two signs (Chinese, Japanese, Korean,
    Thai) are not compared.

    >>> check_short("They are in favour", "São a")
    'msgstr has 4 letters for the 15 of msgid: words may be lost'
    >>> check_short("They are in favour", "São a favor") is None
    True
    """
    if len(source.split()) < 3 or _WIDE_SCRIPT.search(source + target):
        return None
    have, want = len(_LETTER.findall(target)), len(_LETTER.findall(source))
    if have < SHORT_RATIO * want:
        return f"msgstr has {have} letters for the {want} of msgid: words may be lost"
    return None


LONG_UNIT = 5000
"""A paragraph of more characters than this, with no line break, is rarely one an author wrote."""


@check("long", WARNING)
def check_long(source: str, target: str) -> str | None:
    """A unit far longer than any paragraph an author writes is an editor's to review whole.

    A scraped feed or a page whose line breaks were lost reaches the catalogue as
    one paragraph of thousands of words: one entry, one fuzzy flag, one review for
    the lot, and a draft nobody can check at a glance.  It is no error in the
    translation, so a warning, naming the length and the likely cause.

    >>> check_long("word " * 1200, "palabra " * 1200)
    'msgid is one paragraph of 6,000 characters with no line break: were its line breaks lost?'
    >>> check_long("A paragraph.", "Un párrafo.") is None
    True
    """
    if len(source) <= LONG_UNIT or "\n" in source.strip():
        return None
    return (f"msgid is one paragraph of {len(source):,} characters with no line break: "
            "were its line breaks lost?")


# ------------------------------------------------------------------ cosmetic

_END = {".": ".", "。": ".", "।": ".", "۔": ".", "!": "!", "！": "!", "?": "?", "？": "?",
        "؟": "?", ":": ":", "：": ":", "…": "…", ";": ";", "；": ";"}
_CLOSERS = "\"'”’»›)]}」』"


def _end_mark(text: str) -> str:
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    if stripped.endswith("..."):
        return "…"
    return _END.get(stripped[-1:], "") if stripped else ""


@check("endpunctuation", COSMETIC)
def check_end_punctuation(source: str, target: str) -> str | None:
    """Sentence-final punctuation should match (language variants count as equal)."""
    a, b = _end_mark(source), _end_mark(target)
    if a != b:
        show = {"": "no punctuation"}
        return f"msgid ends with {show.get(a, repr(a))}, msgstr with {show.get(b, repr(b))}"
    return None


_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


@check("doublespacing", COSMETIC)
def check_double_spacing(source: str, target: str) -> str | None:
    """Two spaces in a row (or more) that the source has no such run for: a double
    space where the source has none, a triple one beside the source's double."""
    extra = Counter(len(r) for r in _SPACE_RUN.findall(target)) - \
        Counter(len(r) for r in _SPACE_RUN.findall(source))
    if not extra:
        return None
    longest = max(extra)
    return "msgstr has a double space" if longest == 2 else \
        f"msgstr has {longest} spaces in a row"


@check("whitespace", COSMETIC)
def check_whitespace(source: str, target: str) -> str | None:
    """Leading and trailing whitespace should match the source's."""
    if source[:len(source) - len(source.lstrip())] != target[:len(target) - len(target.lstrip())]:
        return "leading whitespace differs from msgid"
    if source[len(source.rstrip()):] != target[len(target.rstrip()):]:
        return "trailing whitespace differs from msgid"
    return None


# A word after an elided article or pronoun ("L'Est est rouge") is a word of its own.
_DOUBLED = re.compile(r"(?<!['’])\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
# Pairs a grammar repeats on purpose: French reflexive verbs ("nous nous engageons",
# "vous vous trompez").
_GRAMMAR_DOUBLES = frozenset({"nous", "vous"})


@check("doublewords", COSMETIC)
def check_doubled_words(source: str, target: str) -> str | None:
    """A word repeated by mistake ("the the") that the source does not repeat; never a
    French reflexive pronoun ("Nous nous engageons") or a word after an elided article
    ("L'Est est rouge").

    >>> check_doubled_words("We commit ourselves.", "Nous nous engageons.") is None
    True
    >>> check_doubled_words("The East is red.", "L'Est est rouge.") is None
    True
    >>> check_doubled_words("The plan.", "Le le plan.")
    "doubled word 'Le'"
    >>> check_doubled_words("By By Maria Lopez", "Por Por Maria Lopez") is None
    True
    """
    source_doubles = [m.group(1).lower() for m in _DOUBLED.finditer(source)]
    found = [m.group(1) for m in _DOUBLED.finditer(target)
             if m.group(1).lower() not in _GRAMMAR_DOUBLES]
    # the source's own doubles ("By By", a page's slip) are translated as doubles too,
    # in other words: as many as it has are the source's
    unexplained = [word for word in found if word.lower() not in source_doubles]
    if unexplained and len(found) > len(source_doubles):
        return f"doubled word {unexplained[0]!r}"
    return None


# ------------------------------------------------------------------ engine artefacts
# What rule-based engines leave in the target (pofilter's puncspacing, startpunc and
# acronyms checks are the model): spaces inside quotes or before a stop, a stop doubled
# after an abbreviation, a Spanish question without its opening mark, "Q&A" → "Q&Un".

_SPACE_BEFORE_STOP = re.compile(r"\w \.(?!\.)|\w ,")
_SPACE_INSIDE_QUOTE = re.compile(r'(?:^|\s)["“„] (?=\w)')
_DOUBLED_STOP = re.compile(r"(?<![.…])\.\.(?!\.)")
_AMPERSAND_NAME = re.compile(r"\b[A-Z]+&[A-Z]+\b")


@check("punctuationspacing", COSMETIC)
def check_punctuation_spacing(source: str, target: str) -> str | None:
    """A space before a full stop or comma, or just inside an opening quote, that the
    source does not have."""
    for pattern, what in ((_SPACE_BEFORE_STOP, "a space before a full stop or comma"),
                          (_SPACE_INSIDE_QUOTE, "a space after an opening quote")):
        if pattern.search(target) and not pattern.search(source):
            return f"msgstr has {what}"
    return None


@check("doubledstop", COSMETIC)
def check_doubled_stop(source: str, target: str) -> str | None:
    """Two full stops in a row ("EE.UU..") where the source has none."""
    if _DOUBLED_STOP.search(target) and not _DOUBLED_STOP.search(source):
        return "msgstr has a doubled full stop"
    return None


@check("acronyms", WARNING)
def check_acronyms(source: str, target: str) -> str | None:
    """Names joined by an ampersand (AT&T, S&P) come through unchanged.  An abbreviation
    of words (Q&A, R&D) is no name: languages write it their own way ("Preguntas y
    respuestas", "I+D"), but never half translated ("Q&Un", the engine's "A" read as the
    article).

    >>> check_acronyms("AT&T and R&D", "AT&T e I+D"), check_acronyms("Q&A", "Preguntas")
    (None, None)
    >>> check_acronyms("AT&T shares", "Las acciones de ATT")
    'msgstr lacks name AT&T'
    >>> check_acronyms("A Q&A session", "Una sesión de Q&Un")
    'msgstr lacks name Q&A'
    """
    names = _AMPERSAND_NAME.findall(source)
    written = set(_AMPERSAND_PART.findall(target))
    wanted = [name for name in names if name not in _AMPERSAND_WORDS
              or any(part.startswith(name.split("&")[0] + "&") for part in written)]
    return _difference(wanted, _AMPERSAND_NAME.findall(target), "name")


#: Abbreviations of two words joined by an ampersand, which a translation writes out or
#: abbreviates its own way: questions and answers, research and development, mergers
#: and acquisitions, bed and breakfast, profit and loss.
_AMPERSAND_WORDS = frozenset({"Q&A", "R&D", "M&A", "B&B", "P&L"})
# An ampersand joining letters of any case: a name the engine half translated ("Q&Un").
_AMPERSAND_PART = re.compile(r"\b[A-Z]+&[^\W\d_]+")



@check("rank", WARNING)
def check_rank(source: str, target: str) -> str | None:
    """A "deputy" before a title (a deputy governor, a deputy ambassador) that the
    translation calls a member of parliament; see :func:`.ranks.misread_rank`."""
    return misread_rank(source, target)


@check("pivot", WARNING)
def check_left_in_pivot(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Words a later step of a chain did not know and left in the language between
    (``#. unknown to es-fr, left in es: informalmente``), still in the msgstr: a
    Spanish word in a French page, for the editor to replace."""
    found = left_in_pivot(entry.extracted_comments, target)
    if not found:
        return None
    return "; ".join(f"left in {lang} by {step}, which did not know it: {', '.join(words)}"
                     for step, lang, words in found)


@check("quotes", WARNING)
def check_moved_quotes(source: str, target: str, entry: CheckedEntry) -> str | None:
    """Quotation marks the engine may have put around other words than the source's
    (``#. quotes: "roja llamada" may enclose other words …``, see
    :mod:`cms_i18n.engines.quotes`), while the msgstr still holds that quotation."""
    found = quotes_left(entry.extracted_comments, target)
    if not found:
        return None
    return "; ".join(f"{q} may enclose other words than the source's quotation"
                     for q in found)


INVERTED_MARKS = ("es", "gl", "ast")
"""Languages that open a question with ¿ and an exclamation with ¡."""


@check("invertedmarks", COSMETIC)
def check_inverted_marks(source: str, target: str, entry: CheckedEntry) -> str | None:
    """A Spanish (Galician, Asturian) question or exclamation opens with ¿ or ¡."""
    if base(entry.target_lang) not in INVERTED_MARKS:
        return None
    for sentence in re.split(r"(?<=[.!?…])\s+", target):
        for close, opening in (("?", "¿"), ("!", "¡")):
            if close in sentence and opening not in sentence:
                return f"msgstr has {close!r} without {opening!r}"
    return None


# ------------------------------------------------------------------ running checks

_MSGFMT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?:\d+:)? (?P<message>.*)$")


def run_msgfmt(po_path: Path) -> tuple[list[Problem], list[str]]:
    """GNU ``msgfmt --check-format --check-header --check-domain`` findings, graded.

    Returns (problems, notes); when ``msgfmt`` is not installed, a note says so.
    """
    binary = shutil.which("msgfmt")
    if binary is None:
        return [], ["msgfmt (GNU gettext) not found: the built-in reader validated syntax"]
    problems = []
    try:
        data = po_path.read_bytes()
    except OSError:
        data = b""
    marked = data.startswith(codecs.BOM_UTF8)
    if marked:
        # A byte-order mark (a Windows editor's save) is no syntax error of the entries:
        # every command reads past it, and msgfmt is given the file without it (it said
        # "syntax error" at line 1, which made compile refuse a file apply published).
        problems.append(Problem(
            path=str(po_path), line=1, severity=WARNING, check="msgfmt",
            message="the file opens with a byte-order mark, which GNU gettext's tools "
                    "refuse; `cms-i18n translate` writes the file without it"))
    proc = subprocess.run(
        [binary, "--check-format", "--check-header", "--check-domain", "-o", "/dev/null",
         "-" if marked else str(po_path)], input=data[len(codecs.BOM_UTF8):] if marked
        else None, capture_output=True, check=False)
    stderr = proc.stderr.decode("utf-8", errors="replace")
    if marked:
        stderr = stderr.replace("<stdin>:", f"{po_path}:")
    for line in stderr.splitlines():
        match = _MSGFMT_LINE.match(line)
        if not match:
            continue          # "msgfmt: found 2 fatal errors" and the like
        message = match.group("message")
        severity = CRITICAL
        if message.startswith("warning: "):
            severity, message = WARNING, message[len("warning: "):]
        problems.append(Problem(path=str(po_path), line=int(match.group("line")),
                                severity=severity, check="msgfmt", message=message))
    if proc.returncode != 0 and not any(p.severity == CRITICAL for p in problems):
        problems.append(Problem(path=str(po_path), line=None, severity=CRITICAL,
                                check="msgfmt", message=stderr.strip()
                                or f"msgfmt exited with status {proc.returncode}"))
    return problems, []


@dataclass(frozen=True)
class Finding:
    """One critical problem of a translation: which check found it, and what it is."""

    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


def critical_problems(source: str, translation: str, entry: CheckedEntry = PLAIN) -> list[Finding]:
    """Why ``translation`` of ``source`` is not safe to publish; empty when it is.

    The one "is this safe to publish" test, used wherever translated text leaves
    the catalogue (``apply`` for files, Wagtail drafts, ``compile``, ``check``): the
    critical findings of every registered check on the catalogue entry ``entry``.
    The built-in ones refuse markup that is lost, added, cut off or no longer nested
    as in the source; placeholders and Markdown link targets or code spans that did
    not survive; a ``javascript:``, ``vbscript:`` or ``data:`` link or an event
    handler the source does not have; format flags that cms-i18n never writes; and,
    when the entry's languages are known, a number the target language reads as
    another value.  An empty translation is not published, so it has no problems.

    >>> [f.check for f in critical_problems("<b>Hi</b> {name}", "<b>Hola {nombre}")]
    ['placeholders', 'markup']
    """
    if not translation:
        return []
    return [Finding(check.name, found.message) for check in plugins.checks()
            if check.severity == CRITICAL
            and (found := check.run(source, translation, entry))
            and found.severity == CRITICAL]


def entry_problems(entry: PoEntry, path: str, ships: bool, lang: str = "", *,
                   source_lang: str = "", critical_only: bool = False) -> list[Problem]:
    """Run every registered check on one entry translated from ``source_lang`` into
    ``lang``; a check reports the first of a plural entry's forms it finds wrong.
    ``critical_only``: only the critical findings (those of checks graded critical:
    a check never grades a finding above its own grade)."""
    where: dict[str, Any] = {"path": path, "line": entry.line, "context": entry.msgctxt,
                             "msgid": entry.msgid, "ships": ships}
    if not entry.translated:
        return [] if critical_only else [
            Problem(severity=COSMETIC, check="untranslated",
                    message="not translated yet; the source text is published", **where)]
    pairs = [(entry.msgid, entry.msgstr)]
    if entry.msgid_plural is not None:
        pairs = [(entry.msgid_plural if n else entry.msgid, text)
                 for n, text in enumerate(entry.msgstr_plural)]
    checked = CheckedEntry.of(entry, source_lang=source_lang, target_lang=lang)
    problems = []
    for check in plugins.checks():
        if critical_only and check.severity != CRITICAL:
            continue
        found = next((f for source, target in pairs if (f := check.run(source, target, checked))),
                     None)
        if found and not (critical_only and found.severity != CRITICAL):
            problems.append(Problem(severity=found.severity, check=check.name,
                                    message=found.message, **where))
    return problems


def glossary_problems(po: PoFile, path: str, *, source_lang: str, lang: str,
                      glossary: Any, include_fuzzy: bool = False, drafts: bool = True,
                      critical_only: bool = False) -> list[Problem]:
    """Translations that break the glossary (critical: a wrong or missing name), and
    the full names an editor gave a short form several bodies share (a warning: the
    source does name such a body, only not which one).

    Every translated msgstr is read as it stands now, drafts included: a draft's
    problems do not ship (unless ``include_fuzzy``) and are listed as the draft's.
    ``drafts=False`` reads only what would ship, for a caller that only gates;
    ``critical_only`` leaves the warnings out.
    """
    problems = []
    whole: dict[str, list[str]] = {}
    for entry in po.live():
        whole.setdefault(document_of(entry.msgctxt), []).append(entry.msgid)
    texts = {doc: without_code("\n".join(units)) for doc, units in whole.items()}
    # Each document's context as its units are read one by one, carried along: a long
    # document's earlier text was read again for every unit that reads it (a page of 600
    # paragraphs took minutes to show in the review screen).
    contexts: dict[str, Context] = {}
    for entry in po.live():
        doc = document_of(entry.msgctxt)
        earlier = contexts.get(doc)
        if earlier is None and glossary is not None:
            earlier = contexts[doc] = context_from(glossary.matcher, [], texts[doc])
        ships = entry.translated and (include_fuzzy or not entry.fuzzy)
        if entry.translated and (ships or drafts) and entry.msgid_plural is None:
            found = check_translation(entry.msgid, entry.msgstr, source=source_lang,
                                      target=lang, glossary=glossary, document=texts[doc],
                                      earlier=earlier)
            for message in found:
                severity = WARNING if message.startswith(VERIFY_PREFIX) else CRITICAL
                if critical_only and severity != CRITICAL:
                    continue
                problems.append(Problem(path=path, line=entry.line, severity=severity,
                                        check=GLOSSARY_CHECK, message=message,
                                        context=entry.msgctxt, msgid=entry.msgid,
                                        ships=ships))
        if earlier is not None and glossary.matcher.names_any(entry.msgid):
            glossary.matcher.scan(without_code(entry.msgid), earlier)
    return problems


#: Words a text has at least before its being another catalogue's says it was copied
#: there: a name or a figure is the same in every language.
_COPIED_WORDS = 4
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
#: How alike two languages' texts of an entry are before one is the other's, copied and
#: touched up ("G20" made "G-20"): two languages' own translations are far less alike.
_COPIED_ALIKE = 0.9


def _engine_texts(entry: PoEntry, lang: str,
                  remembered: Callable[[str, str], Iterable[str]] | None) -> list[str]:
    """What the engine wrote for ``entry`` in ``lang``: the memory's machine translations
    of its text (``remembered``), else the suggestion noted beside an editor's text, or the
    msgstr itself where the engine's note says it is its own."""
    found = [text for text in remembered(lang, entry.msgid) if text] if remembered else []
    if found:
        return found
    for comment in entry.extracted_comments:
        if comment.startswith(SUGGESTION_NOTE):
            noted = leading_quote(comment[len(SUGGESTION_NOTE):])
            return [noted] if noted else []
    if any(comment.startswith(MACHINE_NOTE) for comment in entry.extracted_comments):
        return [entry.msgstr]
    return []


def other_languages(locale_dir: Path, domain: str, lang: str, path: Path,
                    read: dict[Path, PoFile | None]) -> list[tuple[str, str, PoFile]]:
    """The same catalogue of every other language ``locale_dir`` holds, as (language,
    shown path, file), each read once into ``read``: a text copied from one into another
    is found by comparing them (:func:`copied_from_other_languages`; a file that does not
    parse is left out)."""
    from cms_i18n.catalog.layout import languages_with_catalogs
    from cms_i18n.fileio import shown_path

    try:
        inside = path.relative_to(locale_dir / lang)
    except ValueError:
        return []
    others = []
    for other in languages_with_catalogs(locale_dir, domain):
        sibling = locale_dir / other / inside
        if other == lang or not sibling.is_file():
            continue
        if sibling not in read:
            try:
                read[sibling] = read_po(sibling)
            except CatalogError:
                read[sibling] = None
        if (found := read[sibling]) is not None:
            others.append((other, shown_path(sibling), found))
    return others


def copied_from_other_languages(po: PoFile, path: str, lang: str,
                                others: Iterable[tuple[str, str, PoFile]], *,
                                include_fuzzy: bool = False,
                                engine_texts: Callable[[str, str], Iterable[str]] | None = None
                                ) -> list[Problem]:
    """Translations of ``po`` (``lang``'s catalogue, named ``path``) that are another
    language's translation of the same entry in its catalogue (``others``: its language,
    its name, the file), word for word or touched up: a Spanish text pasted into the
    Catalan catalogue reads as Catalan to every check, and ``apply`` publishes it on the
    Catalan page.  Of two catalogues holding the same text, the one whose language it is
    not is named: the text is nearer the engine's translation into the other language
    than into its own (``engine_texts(language, msgid)``: the memory's machine translations;
    without it, the engine's text each catalogue notes).  A warning, graded as a
    draft's where the entry does not ship: a text the source leaves as it is (a name) is
    the same in every language, so is one of a few words.

    >>> from cms_i18n.catalog.po import parse_po
    >>> entry = ('#. machine translation: apertium\\nmsgctxt "a"\\n'
    ...          'msgid "Ethiopia takes over the AU chair"\\nmsgstr "{}"\\n')
    >>> es = parse_po(entry.format("Etiopía asume la presidencia de la UA"))
    >>> ca = parse_po('#. suggestion for this text: "Etiòpia assumeix la presidència de la UA"'
    ...               '\\n' + entry.format("Etiopía asume la presidencia de la UA"))
    >>> found = copied_from_other_languages(ca, "ca.po", "ca", [("es", "es.po", es)])
    >>> found[0].message.split(" (")[0], found[0].message.endswith("Catalan catalogue?")
    ('the Spanish translation of this entry, word for word', True)
    >>> copied_from_other_languages(es, "es.po", "es", [("ca", "ca.po", ca)])
    []
    """
    from cms_i18n.catalog.merge import similarity
    from cms_i18n.languages import display_name

    theirs: dict[tuple[str, str], list[tuple[str, str, PoEntry]]] = {}
    for other, other_path, other_po in others:
        if base(other) == base(lang):
            continue
        for entry in other_po.live():
            if entry.translated and entry.msgid_plural is None:
                theirs.setdefault((entry.msgctxt or "", entry.msgid), []).append(
                    (other, other_path, entry))
    problems = []
    for entry in po.live():
        if not entry.translated or entry.msgid_plural is not None \
                or entry.msgstr == entry.msgid \
                or len(_WORD_RE.findall(entry.msgstr)) < _COPIED_WORDS:
            continue
        for other, other_path, twin in theirs.get((entry.msgctxt or "", entry.msgid), ()):
            alike = similarity(entry.msgstr, twin.msgstr)
            if alike < _COPIED_ALIKE:
                continue
            mine, its = _engine_texts(entry, lang, engine_texts), \
                _engine_texts(twin, other, engine_texts)
            if mine and its and max(similarity(entry.msgstr, t) for t in mine) >= \
                    max(similarity(entry.msgstr, t) for t in its):
                continue        # this language's own text, the other catalogue the copy
            where = other_path if twin.line is None else f"{other_path}:{twin.line}"
            how = "word for word" if entry.msgstr == twin.msgstr else "nearly word for word"
            problems.append(Problem(
                path=path, line=entry.line, severity=WARNING, check="language",
                message=f"the {display_name(other)} translation of this entry, {how} "
                        f"({where}): copied into the {display_name(lang)} catalogue?",
                context=entry.msgctxt, msgid=entry.msgid,
                ships=include_fuzzy or not entry.fuzzy))
            break
    return problems


def load_glossary_for_checks(glossary_dir: Path | None) -> tuple[Glossary | None, list[str]]:
    """The glossary, or None and a note saying why the glossary check is skipped."""
    if glossary_dir is None or not Path(glossary_dir).exists():
        return None, [f"no glossary at {glossary_dir}: glossary check skipped "
                      "(`cms-i18n glossary init` copies the bundled glossary there)"]
    return cached_glossary(Path(glossary_dir)), []


def check_catalog(po_path: Path, lang: str, *, glossary: Any = None,
                  source_lang: str = "en", include_fuzzy: bool = False,
                  use_msgfmt: bool = True, po: PoFile | None = None) -> CheckReport:
    """Every check on one catalogue: file validity first, then entry by entry.

    ``po``: the catalogue at ``po_path`` as the caller already read it (read here
    otherwise, a file that does not parse reported as ``broken``)."""
    po_path = Path(po_path)
    path = str(po_path)
    report = CheckReport(lang=lang, path=path)
    if use_msgfmt:
        problems, notes = run_msgfmt(po_path)
        report.problems += problems
        report.notes += notes
    try:
        if po is None:
            po = read_po(po_path)
    except CatalogError as exc:
        # msgfmt's account of a broken file names another line (the one after an
        # unterminated string); ours is the one the other commands name.
        report.problems = [p for p in report.problems
                           if not (p.check == "msgfmt" and p.severity == CRITICAL)]
        report.problems.append(Problem(path=path, line=exc.line, severity=CRITICAL,
                                       check="syntax", message=exc.message))
        report.broken = exc
        return report
    mismatch = po.language_mismatch(lang)
    if mismatch is not None:
        # every entry would be published in the wrong language
        report.problems.append(Problem(path=path, line=mismatch.line, severity=CRITICAL,
                                       check="language", message=mismatch.message))
    report.problems += catalog_problems(po, path, lang, glossary=glossary,
                                        source_lang=source_lang, include_fuzzy=include_fuzzy)
    for entry in po.live():
        for concept_id, name in gaps_in(entry.extracted_comments):
            report.gaps.setdefault(concept_id, [name, 0])[1] += 1
    report.problems.sort(key=lambda p: (p.line or 0, SEVERITIES.index(p.severity)))
    return report


def refused_entries(problems: Iterable[Problem]) -> dict[tuple[str, str], list[Problem]]:
    """The entries the gate keeps from publication, by (msgctxt, msgid): those with a
    critical problem in what would ship, with those problems."""
    refused: dict[tuple[str, str], list[Problem]] = {}
    for problem in problems:
        if problem.severity == CRITICAL and problem.ships:
            refused.setdefault(problem.key, []).append(problem)
    return refused


def catalog_problems(po: PoFile, path: str, lang: str, *, glossary: Any = None,
                     source_lang: str = "en", include_fuzzy: bool = False,
                     drafts: bool = True, critical_only: bool = False) -> list[Problem]:
    """Every entry's problems, its glossary's included: the one gate of what may be
    published, for ``check`` and ``compile`` (a catalogue) and ``apply`` (an entry),
    and what ``status`` counts (``critical_only``: the critical findings alone).

    ``drafts=False`` leaves out the glossary reading of drafts, which never ship
    unless ``include_fuzzy``: for a caller that only asks what may be published."""
    problems: list[Problem] = []
    for entry in po.live():
        # (an entry without a msgctxt is no unit of a document: one an editor made by
        # hand, a template string, which apply never publishes)
        ships = entry.translated and (include_fuzzy or not entry.fuzzy) and \
            entry.msgctxt is not None
        problems += entry_problems(entry, path, ships, lang, source_lang=source_lang,
                                   critical_only=critical_only)
        if critical_only:
            continue
        problems += [
            Problem(path=path, line=entry.line, severity=WARNING, check="ambiguous",
                    message=f"ambiguous name to confirm: {name}; check which body is meant",
                    context=entry.msgctxt, msgid=entry.msgid, ships=ships)
            for name in ambiguous_names(entry)]
        problems += [
            Problem(path=path, line=entry.line, severity=WARNING, check="ambiguous",
                    message=f"name left to the engine, to confirm: {name}; check which body "
                            "is meant",
                    context=entry.msgctxt, msgid=entry.msgid, ships=ships)
            for name in names_left_to_the_engine(entry)]
        if entry.fuzzy and WRITTEN_IN in entry.extracted_comments:
            problems.append(Problem(
                path=path, line=entry.line, severity=WARNING, check="word-order",
                message="glossary terms written into the source text: check the word "
                        "order around them", context=entry.msgctxt, msgid=entry.msgid,
                ships=ships))
    if glossary is not None:
        problems += glossary_problems(po, path, source_lang=source_lang, lang=lang,
                                      glossary=glossary, include_fuzzy=include_fuzzy,
                                      drafts=drafts, critical_only=critical_only)
    # one line per finding: a name the text repeats five times is one problem to fix,
    # not five lines saying the same
    return list(dict.fromkeys(problems))
