"""Source cleaning: repair scraped text before it is segmented and translated.

The cleaner is an ordered list of small steps, one module per kind of fix:

1. ``encoding`` (:data:`ENCODING_STEPS`) — HTML entities (double-escaped
   too), Cyrillic and Greek mojibake ftfy cannot see (``lostbytes``: a letter
   whose second UTF-8 byte Windows-1252 lost; ``codepages``: text in a
   single-byte code page read as Windows-1252; both judged by the letter models
   of ``letters``), mojibake (via ftfy's detector, never its quote straightening; then,
   once some lines have shown which codec the text went through, the lone
   sequences of that codec the detector lets pass; a unit cleaned alone gets
   that evidence from its document, :func:`detect_mojibake_codecs`), C1
   controls, BOMs, zero-width characters, soft hyphens, control characters;
   line breaks become ``\\n``;
2. ``chrome`` — whole lines of page chrome (icon runs, share bars, "Read
   more" lists, banners, player residue, breadcrumbs, agency footers, and
   outlet and section labels above the headline), and the widgets that only
   their shape and place show (``widgets``: a tagline under a skip link, share
   buttons glued to a post, a wire service's list of cuts, a feed of other
   posts), and the boxes a template sets around the article (``boxes``: an
   author's box closing it, a numbered breadcrumb over the headline, a document
   converter's navigation);
3. ``homoglyphs`` and ``typography`` (:data:`TEXT_STEPS`) — Cyrillic/Greek
   look-alikes inside English words, odd and no-break spaces, whitespace,
   quote orientation — then the steps of plugins (the ``cms_i18n_clean_steps``
   hook, through which these built-in ones are registered too); a line they
   change is checked for encoding again, and for chrome ("Reаd mоre" is
   "Read more");

and finally runs of blank lines are made one where the page shows a scraper
(``gaps``: chrome taken out, mojibake, look-alike letters, control bytes,
blanks at line ends, every line a paragraph of its own) and left as the
author's elsewhere.  Code (fences, indented blocks, inline code, code pasted
into plain text), a session at an interpreter's prompt (``sessions``) and URLs
are never changed.  Every
change is a :class:`CleanFix` record (kind, line, before, after, note), so an
editor can see what was repaired and :func:`apply_plan` can replay it.

All public functions are pure and never raise on any ``str``: a bug that
shows on some unforeseen input leaves the text as it came, with a warning
that names it (``cms_i18n.clean`` logger).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cms_i18n import plugins
from cms_i18n.clean import (
    authored,
    boxes,
    chrome,
    codepages,
    encoding,
    evidence,
    gaps,
    homoglyphs,
    lostbytes,
    mail,
    sessions,
    top,
    typography,
    widgets,
)
from cms_i18n.clean.blocks import is_prose
from cms_i18n.clean.edits import CleanFix, Edit, apply_step, replay
from cms_i18n.clean.structure import (
    aligned_lines,
    break_name,
    breaks_at_width,
    breaks_on_a_scraped_page,
    code_mask,
    glued_salutation,
    hanging_indent,
    has_verse,
    laid_out_at_one_width,
    line_blocks,
    paragraphs_run_on,
    protected_spans,
    render,
    soft_breaks_marked,
    split_lines,
    stanza_blocks,
    wrapped_breaks,
)
from cms_i18n.clean.typography import detect_quote_style
from cms_i18n.document import Fix
from cms_i18n.errors import ConfigError

log = logging.getLogger(__name__)

__all__ = [
    "FINAL_BREAK", "CleanFix", "CleanOptions", "Cleaned", "apply_plan", "clean_document",
    "clean_unit", "detect_mojibake_codecs", "detect_quote_style", "explain", "shows_damage",
    "wrapped_lines_joined",
]

_QUOTE_STYLES = (None, "curly", "straight", typography.CURLY_DOUBLES,
                 typography.CURLY_SINGLES)
CHROME_RULES = ("scraped", "authored", "site")
_FORMATS = ("text", "markdown", "html")


@dataclass(frozen=True)
class CleanOptions:
    """How to clean: the document's quote style, a site's chrome, the markup to respect.

    ``quote_style`` None means "detect from the text being cleaned"; the
    pipeline detects it once per document (:func:`detect_quote_style`) and
    passes it to :func:`clean_unit` for every unit.  ``chrome_patterns`` are
    regular expressions (the site config's ``clean.chrome_patterns``): a line
    in which one matches anywhere is removed; anchor them (``^…$``) to match
    whole lines.  A bad pattern raises :class:`ConfigError` here, at
    construction, never while cleaning.

    ``mojibake_codecs`` is the same idea for mojibake: the codecs (keys of
    ``encoding.KNOWN_CODECS``) that the whole document has shown mojibake of,
    from :func:`detect_mojibake_codecs`.  A unit cleaned on its own cannot see
    the other paragraphs, and without that evidence its lone sequences
    ("WaÅ‚Ä™sa") are left alone.  None means "only the text being cleaned
    counts", as before; given codecs are added to what the text itself shows.
    They are kept sorted and unique, so equal evidence gives an equal ``repr``
    (the pipeline's cleaning cache key).

    ``chrome`` says which page-chrome rules apply, by where the text comes from.
    ``"scraped"`` (the default): all of them.  ``"authored"``, for text written
    for the site (a Markdown or HTML document, a CMS page): the one-line rules
    (icon runs, share bars, banners, "Advertisement"), but never on a heading
    or a line that carries a link, and none of the rules that judge a line by
    its neighbours (story lists after "Read more", mastheads, a repeated
    title), since an author's "See also: [link](…)" or a page titled "Home" is
    content.  ``"site"``: only the site's own ``chrome_patterns``, for titles
    and other fields.  Every other repair applies the same.

    ``unwrap`` is the document's verdict on its wrapped lines for a unit
    cleaned alone (see :func:`wrapped_lines_joined`): True when they are a
    scraper's broken paragraphs, to be joined; False when they are the
    author's layout.  None means "judge from the text being cleaned", and a
    paragraph on its own shows no scraper: its wrapped lines stay.

    ``scraped`` is the document's verdict on whether a scraper made it (see
    :mod:`cms_i18n.clean.evidence`), for a unit cleaned alone: True makes the
    repairs of scraping damage that an author's text never needs (blanks at
    line ends, gaps between words, character references in plain text,
    no-break spaces, stray straight quotes), False leaves them undone.  None
    means "judge from the text being cleaned": they are made only if the text
    shows damage no author makes (chrome, mojibake, look-alike letters,
    control bytes, invisible junk).
    """

    quote_style: str | None = None
    chrome_patterns: tuple[str, ...] = ()
    format: str = "text"
    mojibake_codecs: tuple[str, ...] | None = None
    chrome: str = "scraped"
    unwrap: bool | None = None
    scraped: bool | None = None

    def __post_init__(self) -> None:
        if self.quote_style not in _QUOTE_STYLES:
            raise ConfigError(
                f"quote style must be 'curly', 'straight', {typography.CURLY_DOUBLES!r} or "
                f"{typography.CURLY_SINGLES!r}, "
                f"not {self.quote_style!r}")
        if self.format not in _FORMATS:
            raise ConfigError(f"format must be one of {', '.join(_FORMATS)}, not {self.format!r}")
        if isinstance(self.chrome_patterns, (str, list)):
            object.__setattr__(self, "chrome_patterns", tuple(
                [self.chrome_patterns] if isinstance(self.chrome_patterns, str)
                else self.chrome_patterns))
        chrome.compile_site_patterns(self.chrome_patterns)
        if self.mojibake_codecs is not None:
            codecs = self.mojibake_codecs
            names = (codecs,) if isinstance(codecs, str) else tuple(codecs)
            unknown = [n for n in names if n not in encoding.KNOWN_CODECS]
            if unknown:
                raise ConfigError(
                    f"mojibake codec must be one of {', '.join(encoding.KNOWN_CODECS)},"
                    f" not {unknown[0]!r}")
            object.__setattr__(self, "mojibake_codecs", tuple(sorted(set(names))))
        if self.chrome not in CHROME_RULES:
            raise ConfigError(f"chrome rules must be one of {', '.join(CHROME_RULES)}, "
                              f"not {self.chrome!r}")


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text and the record of every fix made to get it."""

    text: str
    fixes: tuple[Fix, ...] = field(default=())


_DEFAULT = CleanOptions()


# --------------------------------------------------------------------------
# The runner

_BOMS = ("\ufeff", "ï»¿")   # a byte order mark, and the same bytes read as cp1252


def _prepare(text: str, fmt: str) -> tuple[list[str], bool, list[bool], list[CleanFix]]:
    """Lines, final-newline flag, code mask and the layout fixes made while cutting.

    A byte order mark opening the text goes first (after any spaces before it,
    which the whitespace rules remove later: a mark left behind them would only
    show once they are gone, on a second cleaning), so that a fence or front
    matter on the first line is recognised; line breaks become ``\\n``.  The
    fixes recorded here have no column: :func:`apply_plan` redoes this itself.
    """
    fixes: list[CleanFix] = []
    cut = split_lines(text)
    lines = cut.lines
    for brk, (count, first) in cut.breaks.items():
        name = break_name(brk)
        note = f"{count} {name} line breaks" if count > 1 else f"{name} line break"
        fixes.append(CleanFix("newline", brk, "\n", first, note))
    while lines and lines[0].lstrip(" \t").startswith(_BOMS):
        indent = lines[0][:len(lines[0]) - len(lines[0].lstrip(" \t"))]
        rest = lines[0][len(indent):]
        bom = next(b for b in _BOMS if rest.startswith(b))
        lines[0] = indent + rest[len(bom):]
        fixes.append(CleanFix("invisible", bom, "", 1, "byte order mark"))
    return lines, cut.ends_with_newline, code_mask(lines, fmt), fixes


class _Run:
    """Lines of one text being cleaned, and the fixes made so far."""

    def __init__(self, text: str, options: CleanOptions, *, repair: bool = True) -> None:
        self.options = options
        #: Whether the repairs made only on a scraper's text are made (see evidence).
        self.repair = repair
        self.fmt = options.format
        lines, self.ends_with_newline, self.code, fixes = _prepare(text, self.fmt)
        self.lines: list[str | None] = list(lines)
        self.fixes: list[CleanFix] = fixes
        #: Whether the page's end has been judged as a whole (:func:`model.take_end`), which
        #: is done once, when the rules and the learned edges find nothing more, so that
        #: it never creeps upward.
        self.end_judged = False

    def prose(self) -> list[int]:
        """Indexes of lines still present and not code."""
        return [i for i, line in enumerate(self.lines)
                if line is not None and not self.code[i] and line]

    def edit(self, index: int, edits: Sequence[Edit], *, urls: bool = True) -> bool:
        """Apply a fixer's edits to line ``index`` outside protected spans; record them."""
        if not edits:
            return False
        line = self.lines[index]
        assert line is not None
        spans = protected_spans(line, self.fmt, urls=urls)
        new, applied = apply_step(line, edits, spans)
        if not applied:
            return False
        self.lines[index] = new
        for e in applied:
            self.fixes.append(CleanFix(e.kind, e.before, e.after, index + 1, e.note, e.column))
        return True


@dataclass(frozen=True)
class LineContext:
    """What a line step may know besides the line: the markup format, the quote style."""

    fmt: str
    style: str
    #: Codecs whose mojibake the text has already shown (see encoding.fix_known_mojibake).
    seen: frozenset[str] = frozenset()
    #: The line is part of a table or drawing laid out in columns of blanks.
    aligned: bool = False
    #: The text holds verse, whose spacing inside a line is the poet's.
    verse: bool = False
    #: The text marks its soft line breaks with a trailing space (format=flowed).
    flowed: bool = False
    #: How the text quotes with guillemets, if it does (see typography.uses_guillemets).
    guillemets: str = ""
    #: The text shows a scraper's hand: the repairs that wait for such evidence are made
    #: (see :mod:`cms_i18n.clean.evidence`); without it, only damage no author makes is.
    repair: bool = True
    #: The text's own Latin words: a look-alike letter read by its sound must give one of
    #: them, or a word of the cleaner's lists (see homoglyphs.fix_homoglyphs).
    words: frozenset[str] = frozenset()


LineFixer = Callable[[str, LineContext], Sequence[Edit]]


@dataclass(frozen=True)
class Step:
    """One kind of fix applied line by line; ``urls`` says whether URLs are off limits."""

    name: str
    fix: LineFixer
    urls: bool = True


#: Repairs of the text's encoding, run first and again on any line a later step changed.
ENCODING_STEPS: tuple[Step, ...] = (
    # Without evidence of a scraper, plain text's references are the author's as a
    # Markdown author's are: only those escaped twice are undone.
    Step("entity", lambda line, ctx: encoding.fix_entities(
        line, ctx.fmt if ctx.repair else "markdown"), urls=False),
    # Both before ftfy, which would decode the letters around a lost byte and drop its
    # U+FFFD, and take two letters of a single-byte code page for one UTF-8 sequence.
    Step("lost byte", lambda line, ctx: lostbytes.fix_lost_bytes(line)),
    Step("code page", lambda line, ctx: codepages.fix_code_pages(line)),
    Step("mojibake", lambda line, ctx: encoding.fix_mojibake(line), urls=False),
    Step("known mojibake", lambda line, ctx: encoding.fix_known_mojibake(line, ctx.seen)),
    Step("surrogate", lambda line, ctx: encoding.fix_surrogate_pairs(line), urls=False),
    Step("invisible", lambda line, ctx: encoding.fix_invisible(line), urls=False),
)
#: Repairs of letters, spaces and quotes, run after page chrome is gone.
TEXT_STEPS: tuple[Step, ...] = (
    Step("homoglyph", lambda line, ctx: _homoglyph_edits(line, ctx.words)),
    Step("space", lambda line, ctx: typography.fix_spaces(line) if ctx.repair else []),
    Step("whitespace",
         lambda line, ctx: typography.fix_whitespace(line, ctx.fmt, aligned=ctx.aligned,
                                                       verse=ctx.verse, flowed=ctx.flowed)
         if ctx.repair else []),
    Step("quote", lambda line, ctx: _quote_edits(line, ctx)),
)


def _homoglyph_edits(line: str, words: frozenset[str] = frozenset()) -> list[Edit]:
    """Look-alike letters, never in a word a lost byte left its lead in ("ÑкоÑо" is no
    Latin word with Cyrillic letters in it)."""
    damaged = lostbytes.damaged_spans(line)
    return homoglyphs.fix_homoglyphs(line, damaged, words)


def _quote_edits(line: str, ctx: LineContext) -> list[Edit]:
    """Quote fixes; without evidence of a scraper only a curly mark turned the wrong way
    (”We are ready,”) is, and a straight mark an author typed stays straight."""
    edits = typography.fix_quotes(line, ctx.style, guillemets=ctx.guillemets)
    if ctx.repair:
        return edits
    # An opening mark before a word that drops its first letters ("Snails eat ‘em?") is
    # the author's keyboard's, as its straight marks are: no closing mark says it is
    # turned the wrong way; so is one typed for an apostrophe inside a word ("Asean‘s"),
    # an author's habit where no scraper's hand shows.
    return [e for e in edits if not any(mark in e.before for mark in "\"'")
            and not (e.before == "‘" and e.after == "’")]


_ASCII_CONTROL_RE = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f]")


def _apply_steps(run: _Run, index: int, steps: Sequence[Step], ctx: LineContext) -> bool:
    changed = False
    for step in steps:
        line = run.lines[index]
        if not line:
            break
        # No safety net here: a fixer's bug shows in the tests (ftfy does the same);
        # the public functions keep the user's text whole (see _safe).
        changed |= run.edit(index, step.fix(line, ctx), urls=step.urls)
    return changed


def _needs_encoding(line: str) -> bool:
    return (not line.isascii() or "&" in line or bool(_ASCII_CONTROL_RE.search(line))
            or "![](" in line)


def _fix_encoding(run: _Run, index: int, ctx: LineContext) -> None:
    for _ in range(4):
        line = run.lines[index]
        if not line or not _needs_encoding(line):
            return
        if not _apply_steps(run, index, ENCODING_STEPS, ctx):
            return


_READ_AS_RE = re.compile(r"UTF-8 read as (" + "|".join(encoding.KNOWN_CODECS) + ")")


def _codecs_seen(fixes: Sequence[CleanFix]) -> frozenset[str]:
    """The codecs that the text's repaired mojibake went through."""
    return frozenset(name for fix in fixes if fix.kind == "mojibake"
                     for name in _READ_AS_RE.findall(fix.note or ""))


#: The kinds of fix the encoding repairs make (see :data:`ENCODING_STEPS`).
ENCODING_KINDS = frozenset({"entity", "mojibake", "invisible", "control"})


def _step_encoding(run: _Run) -> frozenset[str]:
    """Repair the encoding of every prose line; return the codecs its mojibake went through.

    Which lines are code is judged again on the repaired text, and every later
    step (chrome, letters, quotes, blank lines) works with that judgement: a
    second cleaning sees only the repaired text, and must judge the page as the
    first one did (``&amp;&amp;`` is the code ``&&`` once repaired).  A line
    that the repair turns from code into prose is repaired in turn.
    """
    options = run.options
    given = frozenset(options.mojibake_codecs or ())
    ctx = LineContext(options.format, options.quote_style or "curly", repair=run.repair)
    repaired: set[int] = set()
    seen = given
    for _ in range(3):
        todo = [index for index in run.prose() if index not in repaired]
        before = len(run.fixes)
        for index in todo:
            _fix_encoding(run, index, ctx)
        repaired.update(todo)
        seen = _codecs_seen(run.fixes) | given
        pages = codepages.pages_seen(fix.note for fix in run.fixes if fix.kind == "mojibake")
        if pages:
            # A code page's runs found in some lines are evidence for the short ones of others.
            for index in run.prose():
                line = run.lines[index] or ""
                if not line.isascii():
                    run.edit(index, codepages.fix_code_pages(line, pages))
        if seen:
            # Mojibake found in some lines is evidence for the lone sequences of others.
            ctx = LineContext(options.format, ctx.style, seen, repair=run.repair)
            for index in run.prose():
                line = run.lines[index] or ""
                if not line.isascii() \
                        and run.edit(index, encoding.fix_known_mojibake(line, seen)):
                    _fix_encoding(run, index, ctx)
        if len(run.fixes) == before:
            break
        code = code_mask([line or "" for line in run.lines], run.fmt)
        if code == run.code:
            break
        run.code = code
    _note_unclear(run)
    return seen


def _note_unclear(run: _Run) -> None:
    """Say where a lost byte was left unguessed: the word stays, its explanation says why."""
    for index in run.prose():
        line = run.lines[index] or ""
        found = lostbytes.unclear(line)
        spans = protected_spans(line, run.fmt) if found else []
        for column, word, note in found:
            if not any(s < column + len(word) and column < e for s, e in spans):
                run.fixes.append(CleanFix("mojibake", word, word, index + 1, note, column))


def _step_chrome(run: _Run, *, document: bool) -> None:
    """Remove page chrome until none is left, so a second cleaning finds none.

    A line is judged by its neighbours (a section label under the outlet's
    name, a short line among chrome), and those change once the chrome around
    it is gone: the label "World" under "TASS" is only the first line of the
    page after "TASS" goes.  Judging the page again as the next run would see
    it keeps ``clean`` idempotent.  Each round only removes lines, so it ends.

    A text with lines of prose is never left with nearly nothing: chrome is
    what stands around an article, so rules that between them took every
    sentence of a text and left a few words took the text itself for chrome (a
    manual page, a wiki's page, a mail), and the text is given back whole, as
    it was before this step.
    """
    lines = list(run.lines)
    fixes = len(run.fixes)
    end_judged = run.end_judged
    while _chrome_round(run, document=document):
        pass
    if _prose_lost(lines, run):
        run.lines = lines
        del run.fixes[fixes:]
        run.end_judged = end_judged


#: How many lines of prose make a text whose every sentence no chrome step may take.
_WHOLE_PROSE = 3
#: What share of a text's words left standing is "nearly nothing": a poem under a
#: blog's prose chrome keeps its verse, far more than this.
_NEARLY_NOTHING = 0.2


def _prose_lost(lines: Sequence[str | None], run: _Run) -> bool:
    """Had ``lines`` (a text before its chrome went) three lines of prose or more, is
    none of them left in ``run``, and is nearly nothing left at all (a fifth of the
    words or less)?  Verse whose page's prose was all chrome keeps its lines."""
    prose = [i for i, line in enumerate(lines)
             if line and not run.code[i] and is_prose(line.strip())]
    if len(prose) < _WHOLE_PROSE or any(run.lines[i] is not None for i in prose):
        return False
    before = sum(len((line or "").split()) for line in lines)
    left = sum(len((line or "").split()) for line in run.lines)
    return left <= before * _NEARLY_NOTHING


def _chrome_round(run: _Run, *, document: bool) -> bool:
    """One judgement of the remaining lines; whether any line was removed."""
    site = chrome.compile_site_patterns(run.options.chrome_patterns)
    if run.options.chrome != "scraped":
        found = {}
        for index in run.prose():
            reason = _authored_chrome(run.lines[index] or "", run.fmt, run.options.chrome, site)
            if reason:
                found[index] = reason
    else:
        for index in run.prose():
            run.edit(index, chrome.inline_edits(run.lines[index] or ""))
        if document and run.fmt == "text":
            for index in run.prose():
                run.edit(index, widgets.glued_share_buttons(run.lines[index] or ""))
                run.edit(index, widgets.picture_address_before_text(run.lines[index] or ""),
                         urls=False)    # the edit is the address itself
                run.edit(index, widgets.picture_word_before_text(run.lines[index] or ""))
                run.edit(index, widgets.count_after_byline(run.lines[index] or ""))
                run.edit(index, widgets.count_after_stamp(run.lines[index] or ""))
                run.edit(index, widgets.author_box_before_byline(run.lines[index] or ""))
            for index, prefix in top.foreign_prefixes(run.lines, run.code).items():
                run.edit(index, [prefix])
            for index, title in widgets.title_glued_to_last_line(run.lines, run.code).items():
                run.edit(index, [title])
            for index, prefix in chrome.heading_anchor_prefixes(run.lines, run.code).items():
                run.edit(index, [prefix])
            for index, link in chrome.section_edit_links(run.lines, run.code).items():
                run.edit(index, [link])
            for index, link in chrome.glued_edit_links(run.lines, run.code).items():
                run.edit(index, [link])
            for index, bars in chrome.table_bars(run.lines, run.code).items():
                run.edit(index, bars)
            for index, prefix in top.trail_before_dateline(run.lines, run.code).items():
                run.edit(index, [prefix])
            for index, copy in top.headline_glued_to_next_line(run.lines, run.code).items():
                run.edit(index, [copy])
            for index, copy in top.headline_glued_after_a_sentence(run.lines, run.code).items():
                run.edit(index, [copy])
            for index, label in top.glued_section_labels(run.lines, run.code).items():
                run.edit(index, [label])
            for index, widget in top.widget_after_dateline(run.lines, run.code).items():
                run.edit(index, [widget])
            for index, prefix in top.crawl_date_prefix(run.lines, run.code).items():
                run.edit(index, [prefix])
            for index, prefix in top.rating_prefix(run.lines, run.code).items():
                run.edit(index, [prefix])
        page_rules = document and run.fmt == "text"
        # Once the end is judged, the learned steps have had their say: the rules alone
        # judge what its cut leaves.
        found = _not_sessions(run, chrome.find_chrome(
            run.lines, run.code, site, title_check=document, page_rules=page_rules,
            learned=not run.end_judged), site)
        if page_rules:
            for index, reason in widgets.taglines_under_skip_links(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.cookie_panel_over_skip_link(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.wire_cut_list(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.feed_of_posts(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.closing_headline_feed(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.under_comment_count(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.numbered_comments_at_end(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.headline_card_copies(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in widgets.contact_bar_at_top(run.lines, run.code).items():
                found.setdefault(index, reason)
            for index, reason in chrome.section_edit_lines(run.lines, run.code).items():
                found.setdefault(index, reason)
            for rule in (boxes.author_box_at_end, boxes.named_box_at_end,
                         boxes.numbered_trail_at_top, boxes.bulleted_trail_at_top,
                         boxes.converter_navigation_at_top, boxes.pointer_box_at_top,
                         boxes.build_stamp_at_top):
                for index, reason in rule(run.lines, run.code).items():
                    found.setdefault(index, reason)
        if page_rules and not found:
            found = widgets.template_lines_at_top(run.lines, run.code)
        if page_rules and not found and not run.end_judged:
            run.end_judged = True
            found = _not_sessions(run, chrome.find_closing_chrome(run.lines, run.code), site)
    removed = False
    for index, reason in sorted(found.items()):
        line = run.lines[index]
        if line is None:
            continue
        run.fixes.append(CleanFix("chrome", line, "", index + 1, reason, 0, drop_line=True))
        run.lines[index] = None
        removed = True
    return removed


def _not_sessions(run: _Run, found: dict[int, str],
                  site: Sequence[re.Pattern[str]]) -> dict[int, str]:
    """``found`` without a session at a prompt, its answers and the heading over a block
    of code: the author's, whatever stands around them; only their own words make
    them chrome (see :mod:`cms_i18n.clean.sessions`); nor a line its neighbours show
    to be the author's (see :mod:`cms_i18n.clean.authored`)."""
    def by_words(line: str) -> bool:
        return chrome.is_chrome(chrome.view(line), site)

    return authored.keep_authored(run.lines, run.code, sessions.keep_from_chrome(
        run.lines, run.code, found, by_words), by_words)


_HEADING_OR_LINK_RE = re.compile(r"^\s{0,3}#{1,6}\s|\]\(|<a\s|<h[1-6]\b|https?://", re.I)


def _authored_chrome(line: str, fmt: str, rules: str,
                     site: Sequence[re.Pattern[str]]) -> str | None:
    """Why an authored line is page chrome (see :class:`CleanOptions`), or None."""
    text = chrome.view(line)
    if chrome.is_site_chrome(text, site):
        return "the site's chrome pattern"
    if rules == "authored" and not _HEADING_OR_LINK_RE.search(line) \
            and chrome.is_chrome(text) and not chrome.credits_a_person(text) \
            and not chrome.credits_a_picture(line):
        return "page chrome"
    return None


def _dirt_only_below(run: _Run) -> bool:
    """Is every sign of a scraper on the page a chrome line under the text's last line?"""
    kept = [i for i, line in enumerate(run.lines) if line is not None and line.strip()]
    if not kept:
        return False
    last = kept[-1] + 1   # fixes count lines from 1
    dirt = [fix for fix in run.fixes if fix.kind in _SCRAPED_DIRT]
    return bool(dirt) and all(fix.kind == "chrome" and fix.line is not None and fix.line > last
                              for fix in dirt)


def _step_unwrap(run: _Run) -> None:
    """Join the lines of a paragraph a scraper broke in the middle of its sentences.

    The engine would see each piece as a sentence of its own.  Each block of
    consecutive lines is judged as a whole (see ``wrapped_breaks``): verse,
    lists and lines of uneven length keep their breaks.  Then the text as a
    whole: lines wrapped at one width are the author's layout (a plain-text
    book, an e-mail, a Markdown source; see ``laid_out_at_one_width``), and so
    are those of a text that marks each soft break with a trailing space
    (format=flowed), unless the page shows a scraper at work — page chrome,
    mojibake, look-alike letters or control bytes repaired in it, or its
    other paragraphs on single long lines (chrome only under the text's last line, an
    archive's buttons under an e-mail, frames the text and shows no scraper inside it;
    a heading underlined with "=" or "-" shows a plain-text source shown as typed,
    chrome or not).  On such a page a paragraph's
    opening words broken off its long rest, and a short paragraph broken once
    at the width the others were wrapped at, are joined too
    (``breaks_at_width``), and so is a paragraph broken once inside a sentence
    where no width shows (``breaks_on_a_scraped_page``).  The translator reads
    an author's wrapped paragraph as whole sentences anyway
    (``sentences.sentence_spans``).  The joined text goes onto the first line (a
    replayable edit) and the next line is dropped;
    a run of wrapped lines folds into its first one.
    """
    lines = run.lines
    blocks, wrapped = _wrapped_blocks(run)
    if soft_breaks_marked(lines, run.code):
        return
    scraped = any(fix.kind in _SCRAPED_DIRT for fix in run.fixes)
    if scraped and run.options.unwrap is not False and _join_hanging_indents(run):
        blocks, wrapped = _wrapped_blocks(run)
    verdict = run.options.unwrap
    # An e-mail's header as its list's archive prints it, or a reply's quote under its
    # "… wrote:", over lines wrapped at one width: a mail client wrapped the sender's
    # paragraphs, and the archive's links around the message do not make that wrap a
    # scraper's, even where no blank line parts the paragraphs to show the width.
    email = mail.is_an_email(lines)
    sent = email and mail.wrapped_at_one_width(lines, run.code)
    if not wrapped:
        if not (scraped and not sent if verdict is None else verdict):
            return
        # no width shows, but the page a scraper made: a paragraph broken once inside
        # a sentence is its damage too, but for a poem's stanzas
        stanzas = stanza_blocks(lines, [(start, end) for start, end, _ in blocks])
        blocks = [(start, end, [] if (start, end) in stanzas else breaks_on_a_scraped_page(
            [lines[i] or "" for i in range(start, end)])) for start, end, _ in blocks]
    else:
        if verdict is None:
            at_one_width = laid_out_at_one_width(lines, run.code, wrapped)
            # Two spaces after a full stop inside the wrapped lines are a typist's, as in
            # a plain-text file an author filled at one width; a page's HTML has none, so
            # a navigation line above such a file is no sign that a scraper broke it.
            typed = at_one_width and sum(
                len(_TYPED_GAP_RE.findall(line or "")) for line, is_code
                in zip(lines, run.code, strict=True) if not is_code) >= _TYPED_GAPS
            # Chrome only under the text's last line (a mail archive's buttons under a
            # message) is the page's frame, not a scraper's breaks in the text above it.
            framed = at_one_width and _dirt_only_below(run)
            # So is a heading underlined with "=" or "-" (a README's "MailWrap" / "========"):
            # the text is a plain-text source shown as its author typed it, which a page's
            # HTML never writes, whatever chrome the page around it shows.
            source = at_one_width and _underlined_heading(lines, run.code)
            sent = sent or (at_one_width and email)
            # A text wrapped at one width in a single block, its paragraphs following one
            # another with no blank line between them, is a page's line breaks: a
            # plain-text author parts wrapped paragraphs with blank lines (a book's
            # paragraph ending on a short line among its others is no such text).
            with_breaks = [(start, end) for start, end, breaks in blocks if breaks]
            run_on = at_one_width and len(with_breaks) == 1 and paragraphs_run_on(
                [lines[i] or "" for i in range(*with_breaks[0])])
            verdict = ((scraped or run_on) and not typed and not framed and not source
                       and not sent) or not at_one_width
        if not verdict:
            return
        width = max(len((lines[i] or "").rstrip()) for i in wrapped)
        blocks = [(start, end, breaks or breaks_at_width(
            [lines[i] or "" for i in range(start, end)], width))
            for start, end, breaks in blocks]
    for start, _end, breaks in blocks:
        _join(run, start, breaks)


def _step_glued_headings(run: _Run) -> None:
    """Set apart a heading a page's table glued to the letter under it.

    The first line of a paragraph that opens with a few words and runs into a
    salutation with no space between ("… Issue 3Dear friends, …", see
    ``glued_salutation``) is broken there: the heading on a line of its own, a blank
    line, and the letter.  A repair that waits for the evidence of a scraper.
    """
    for index in run.prose():
        line = run.lines[index] or ""
        if index and (run.lines[index - 1] or "").strip():
            continue
        column = glued_salutation(line)
        if column is None:
            continue
        run.fixes.append(CleanFix("whitespace", "", "\n\n", index + 1,
                                  "a heading glued to the letter under it set apart", column))
        run.lines[index] = line[:column] + "\n\n" + line[column:]


def _wrapped_blocks(run: _Run) -> tuple[list[tuple[int, int, list[int]]], list[int]]:
    """The text's blocks of lines with the breaks ``wrapped_breaks`` finds in each
    (start, end, offsets), and those breaks as indices of the text's lines."""
    lines = run.lines
    blocks = [(start, end, wrapped_breaks([lines[i] or "" for i in range(start, end)]))
              for start, end in line_blocks(lines, run.code)]
    return blocks, [start + offset for start, _end, breaks in blocks for offset in breaks]


def _join(run: _Run, start: int, breaks: Sequence[int]) -> None:
    """Join the lines of the block at ``start`` across its ``breaks`` (offsets)."""
    lines = run.lines
    into = start
    for offset in breaks:
        following = start + offset + 1
        if offset - 1 not in breaks:   # a run of wrapped lines starts here
            into = start + offset
        line, rest = lines[into] or "", lines[following] or ""
        run.fixes.append(CleanFix("whitespace", "", " " + rest, into + 1,
                                  _JOINED, len(line)))
        run.fixes.append(CleanFix("whitespace", rest, "", following + 1,
                                  "joined to the line before", 0, drop_line=True))
        lines[into] = line + " " + rest
        lines[following] = None


def _join_hanging_indents(run: _Run) -> bool:
    """Join each paragraph a converter wrapped with its turn-over lines indented under
    its first line (see ``hanging_indent``): no width shows through the indent, and the
    caller has the evidence of a scraper.  Whether any was joined."""
    lines = run.lines
    joined = False
    for start, end in line_blocks(lines, run.code):
        indent = hanging_indent([lines[i] or "" for i in range(start, end)])
        if not indent:
            continue
        for following in range(start + 1, end):
            rest = lines[following] or ""
            run.fixes.append(CleanFix("whitespace", rest[:indent], "", following + 1,
                                      "a wrapped line's hanging indent", 0))
            lines[following] = rest[indent:]
        _join(run, start, range(end - start - 1))
        joined = True
    return joined


_JOINED = "line break inside a sentence joined"
#: Two spaces between sentences inside a line, as a typist leaves them.
_UNDERLINE_RE = re.compile(r"(?:=){3,}|(?:-){3,}")


def _underlined_heading(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Is a line of words underlined, to its length, by a line of "=" or "-" alone?"""
    for index in range(1, len(lines)):
        rule, heading = (lines[index] or "").strip(), (lines[index - 1] or "").strip()
        if (not code[index] and _UNDERLINE_RE.fullmatch(rule) and heading
                and any(ch.isalpha() for ch in heading)
                and abs(len(rule) - len(heading)) <= 2):
            return True
    return False


_TYPED_GAP_RE = re.compile(r"\w[.!?][\"”’)]?  (?=[A-Z])")
_TYPED_GAPS = 2
#: Repairs only a scraped page needs, no author's text: evidence that a scraper made the
#: text, and broke its paragraphs (a book's trailing space or no-break space is no such).
_SCRAPED_DIRT = frozenset({"chrome", "mojibake", "homoglyph", "control"})


def wrapped_lines_joined(fixes: Sequence[Fix]) -> bool:
    """Did the cleaning these fixes record join a paragraph's wrapped lines?

    The document's verdict, for :attr:`CleanOptions.unwrap` when its units are
    cleaned one by one.
    """
    return any(fix.note == _JOINED for fix in fixes)


def _clean(text: str, options: CleanOptions | None, *, document: bool) -> Cleaned:
    """The cleaner without its safety net (tests call it to see bugs).

    The repairs of what a scraper may have left but an author may have typed
    (:data:`evidence.UPON_EVIDENCE`) are made only on a text that shows a
    scraper's hand: the text is cleaned with them, and if what that cleaning
    repaired shows no damage an author never makes, cleaned again without them
    (:func:`evidence.shows_a_scraper`).  A caller's verdict
    (:attr:`CleanOptions.scraped`) decides for a unit cleaned alone.
    """
    options = options or _DEFAULT
    if not isinstance(text, str):
        raise TypeError(f"clean expects str, got {type(text).__name__}")
    if options.scraped is not None:
        return _clean_once(text, options, document=document, repair=options.scraped)
    cleaned = _clean_once(text, options, document=document, repair=True)
    if not any(fix.kind in evidence.UPON_EVIDENCE for fix in cleaned.fixes) \
            or evidence.shows_a_scraper(cleaned.fixes):
        return cleaned
    lines, _, code, _ = _prepare(text, options.format)
    if evidence.scraped_shape(lines, code):
        return cleaned
    return _clean_once(text, options, document=document, repair=False)


def _clean_once(text: str, options: CleanOptions, *, document: bool,
                repair: bool) -> Cleaned:
    """One cleaning, with or without the repairs that wait for evidence (``repair``)."""
    run = _Run(text, options, repair=repair)
    seen = _step_encoding(run)
    _step_chrome(run, document=document)
    style = options.quote_style
    lines = [line or "" for line in run.lines]
    code = run.code if run.fmt == "text" else code_mask(lines, "text")
    if style is None:
        # Detected once the encoding is repaired (a C1 "\x93" is a curly quote) and the
        # page's chrome is gone (a teaser's quotes are no evidence of the text's), so a
        # second cleaning sees the quotes the first one left: cleaning is idempotent.
        # The same answer detect_quote_style gives on the text left, without cutting
        # the text twice.
        style = typography.quote_style_of_lines(lines, code)
    # In a curly text every line's straight quotes are curled, not only a line's that
    # mixes them with curly ones: a title or a paragraph typed straight is a stray.
    style = {"curly": typography.AMONG_CURLY,
             typography.CURLY_DOUBLES: typography.AMONG_CURLY_DOUBLES,
             typography.CURLY_SINGLES: typography.AMONG_CURLY_SINGLES}.get(style, style)
    ctx = LineContext(options.format, style, seen, repair=repair,
                      verse=run.fmt == "text" and has_verse(run.lines, run.code),
                      # (a page whose chrome was taken out had its blanks at line ends
                      # left by the scraper; mojibake alone says nothing of the lines of a
                      # source its author wrapped with them)
                      flowed=soft_breaks_marked(run.lines, run.code)
                      and not any(fix.kind == "chrome" for fix in run.fixes),
                      guillemets=typography.uses_guillemets(lines, code),
                      words=homoglyphs.document_words("\n".join(lines)))
    changed: list[int] = []
    text_steps = plugins.clean_steps()
    aligned = aligned_lines(run.lines)
    in_columns = dataclasses.replace(ctx, aligned=True)
    # A title typed straight over a curly text is a stray, when the text's own quotes
    # decide; a style the caller chose is kept on every line.
    title = (typography.title_over_curly_text(run.lines, run.code)
             if options.quote_style is None else None)
    for index in run.prose():
        line_ctx = in_columns if aligned[index] else ctx
        if index == title:
            line_ctx = dataclasses.replace(line_ctx, style=typography.AMONG_CURLY)
        for _ in range(4):
            if not _apply_steps(run, index, text_steps, line_ctx):
                break
            changed.append(index)
            _fix_encoding(run, index, ctx)
    site = chrome.compile_site_patterns(options.chrome_patterns)
    if options.chrome == "scraped":
        def is_chrome(line: str) -> bool:
            # Blanks a repair kept may leave a tag list ("Heads&nbsp;  Heads   Heads").
            return chrome.is_chrome(chrome.view(line), site) or chrome.is_tag_list(line)
    else:
        def is_chrome(line: str) -> bool:
            return _authored_chrome(line, run.fmt, options.chrome, site) is not None
    # A repair can change which lines are code (a no-break space made a space turns
    # " <b>" into markup): the next cleaning judges the page with that reading.
    code = code_mask([line or "" for line in run.lines], run.fmt) if changed else run.code
    recoded = code != run.code
    run.code = code
    if recoded or any((repaired := run.lines[i]) and (is_chrome(repaired) or not any(
            map(str.isalnum, repaired))) for i in changed):
        # A repaired line turned out to be chrome ("Reаd mоre", "Advertise\u00adment"), or
        # lost its last letter ("‚Äô" is "’"), or the page's code moved: the page's rules
        # judge it again, as the next cleaning would.  A line a repair left blank is no
        # such line.
        _step_chrome(run, document=document)
    if run.fmt == "text":
        _step_unwrap(run)
        if run.repair and document:
            _step_glued_headings(run)
    # A text written for the site (Markdown, HTML, a CMS page) shows a scraper only by
    # what was repaired in it; a scraped one by its shape too.
    close_gaps = gaps.page_shows_a_scraper(run.fixes) or (
        options.chrome == "scraped" and gaps.every_line_alone(run.lines, run.code)
        and not gaps.only_the_frame_set_off(run.lines)
        and not gaps.body_spaced_evenly(run.lines))
    # A page a scraper made ends as the cleaned page of any other does, with one line
    # break; an author's file without one is theirs and stays so.
    ends = run.ends_with_newline or (close_gaps and document and any(
        line is not None and line.strip() for line in run.lines))
    out, collapsed = render(run.lines, run.code, ends, unit=not document,
                            close_gaps=close_gaps)
    if ends and not run.ends_with_newline:
        run.fixes.append(CleanFix("whitespace", "", "\n", len(run.lines), FINAL_BREAK))
    for first, count, where in collapsed:
        blanks = f"{count} blank line" + ("s" if count > 1 else "")
        if where == "inside":
            run.fixes.append(CleanFix("whitespace", "\n" * (count + 1), "\n\n", first,
                                      f"{blanks} made one"))
        else:
            run.fixes.append(CleanFix("whitespace", "\n" * count, "", first,
                                      f"{blanks} at the {where} removed"))
    return Cleaned(out, tuple(run.fixes))


def detect_mojibake_codecs(text: str, format: str = "text") -> tuple[str, ...]:
    """The codecs whose mojibake the text shows, for :attr:`CleanOptions.mojibake_codecs`.

    The first encoding pass of :func:`clean_document`, run on its own: the
    names (keys of ``encoding.KNOWN_CODECS``, sorted) of the codecs that some
    line's repaired mojibake went through.  Lone sequences the detector lets
    pass are not evidence; code is not looked at.  Pure, never raises; ``()``
    for text without mojibake or an unknown ``format``.

    >>> detect_mojibake_codecs("Russiaâ€™s envoy.\\n\\nRecep Tayyip ErdoÄŸan spoke.")
    ('Windows-1252',)
    >>> detect_mojibake_codecs("Recep Tayyip ErdoÄŸan spoke."), detect_mojibake_codecs("São Paulo")
    ((), ())
    """
    if not isinstance(text, str) or (text.isascii() and "&" not in text):
        return ()
    try:
        run = _Run(text, CleanOptions(format=format))
        ctx = LineContext(run.fmt, "curly")
        for index in run.prose():
            _fix_encoding(run, index, ctx)
        return tuple(sorted(_codecs_seen(run.fixes)))
    except Exception:  # never raises: no evidence is the safe answer
        return ()


def shows_damage(text: str, format: str = "text") -> bool:
    """Does the text show damage no author makes, or a converter's shape, outside chrome?

    The part of a document's verdict on :attr:`CleanOptions.scraped` that its
    page chrome and mojibake codecs do not give: look-alike letters, control
    bytes, invisible junk, a reference escaped twice, and the shapes
    :func:`evidence.scraped_shape` knows.  Pure, never raises.

    >>> shows_damage("Нeads of state met."), shows_damage("Heads of state met.")
    (True, False)
    """
    if not isinstance(text, str):
        return False
    try:
        run = _Run(text, CleanOptions(format=format), repair=False)
        ctx = LineContext(run.fmt, "curly", repair=False)
        for index in run.prose():
            _fix_encoding(run, index, ctx)
            run.edit(index, homoglyphs.fix_homoglyphs(run.lines[index] or ""))
        return evidence.shows_a_scraper(run.fixes) or evidence.scraped_shape(
            [line or "" for line in run.lines], run.code)
    except Exception:  # never raises: no evidence is the safe answer
        return False


def _safe(text: str, options: CleanOptions | None, *, document: bool) -> Cleaned:
    """The one safety net: a bug in any step leaves the whole text as it came.

    The bug still shows: a warning names the exception and where it was raised,
    with the text's first words, so a text left dirty is not taken for a clean one.
    """
    try:
        return _clean(text, options, document=document)
    except (ConfigError, TypeError):
        raise
    except Exception as exc:  # a step's bug must not cost the user's text
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
        log.warning("cleaning skipped, a bug in the cleaner (%s: %s at %s) left this text "
                    "as it came: %.60r", type(exc).__name__, exc, where, text)
        return Cleaned(text, ())


def clean_unit(text: str, options: CleanOptions | None = None) -> Cleaned:
    """Clean one translation unit (a title, heading, paragraph or list item).

    Returns ``""`` when the whole unit is page chrome; chrome lines inside a
    unit are removed and the rest kept.  ``Fix.line`` counts lines of the unit
    (1 = its first line).

    >>> clean_unit("Нeads of delegations met in Moscow.").text
    'Heads of delegations met in Moscow.'
    >>> clean_unit("Read more").text
    ''
    """
    return _safe(text, options, document=False)


def clean_document(text: str, options: CleanOptions | None = None) -> Cleaned:
    """Clean a whole plain-text or Markdown file; ``Fix.line`` is the input line.

    Paragraph-aware: chrome lists after "Read more" headers and a repeated
    title are removed, runs of blank lines become one on a page that shows a
    scraper (an author's stay), code blocks are left exactly as they are; the
    text ends with a newline if the input did.

    >>> clean_document("Title here\\r\\n\\r\\n\\r\\nRussiaâ€™s text.\\r\\nAdvertisement\\r\\n").text
    'Title here\\n\\nRussia’s text.\\n'
    """
    return _safe(text, options, document=True)


#: The note of the line break a scraped page gets at its end, how a replay knows it.
FINAL_BREAK = "a line break added at the end of a scraped page"


def apply_plan(text: str, fixes: Sequence[Fix], options: CleanOptions | None = None, *,
               unit: bool = False) -> str:
    """Replay recorded fixes on the text they were made on.

    ``apply_plan(text, clean_document(text).fixes) == clean_document(text).text``:
    the fixes are a complete, replayable account of the cleaning.  Fixes
    without a column (plain :class:`Fix` records) cannot be placed and are
    skipped.  Pass ``unit=True`` for fixes from :func:`clean_unit`.
    """
    options = options or _DEFAULT
    raw, ends_with_newline, code, _ = _prepare(text, options.format)
    lines: list[str | None] = list(raw)
    repairing = True    # the encoding repairs come first; code is judged after them
    # ... and again after the last repair in a line, as the cleaning judged it before
    # its second look at the page's chrome and its joins (see _clean).
    placed = [n for n, fix in enumerate(fixes) if fix.line is not None
              and getattr(fix, "column", None) is not None]
    last_repair = max((n for n in placed if not getattr(fix := fixes[n], "drop_line", False)
                       and fix.note != _JOINED and fix.kind != "chrome"), default=None)
    for n, fix in enumerate(fixes):
        column = getattr(fix, "column", None)
        if fix.line is None or not 1 <= fix.line <= len(lines) or column is None:
            continue
        if repairing and fix.kind not in ENCODING_KINDS:
            repairing = False
            code = code_mask([line or "" for line in lines], options.format)
        index = fix.line - 1
        line = lines[index]
        if line is None:
            continue
        if getattr(fix, "drop_line", False):
            lines[index] = None
            continue
        lines[index] = replay(line, [Edit(column, fix.before, fix.after, fix.kind)])
        if n == last_repair and not repairing:
            code = code_mask([line or "" for line in lines], options.format)
    if repairing:
        code = code_mask([line or "" for line in lines], options.format)
    ends_with_newline = ends_with_newline or any(
        fix.kind == "whitespace" and fix.note == FINAL_BREAK for fix in fixes)
    return render(lines, code, ends_with_newline, unit=unit,
                  close_gaps=gaps.gaps_were_closed(fixes))[0]


def explain(fixes: Sequence[Fix], text: str | None = None) -> list[str]:
    """One line per fix for an editor: ``line 9: homoglyph: 'Нeads' → 'Heads' (…)``.

    Given the ``text`` the fixes were made on (a document), a line whose look-alike
    letters were repaired also lists the look-alike words left as they were, and
    why: ``line 9: look-alike kept: 'ТАСС' (a word of Russian capitals may be a
    Russian abbreviation)``.  They change nothing; they say where to look.
    """
    ordered = sorted(fixes, key=lambda fix: fix.line or 0)
    out = [((fix.line or 0), (f"line {fix.line}: " if fix.line else "") + fix.describe())
           for fix in ordered]
    if text is not None:
        lines = split_lines(text).lines
        spoiled = sorted({fix.line for fix in fixes if fix.kind == "homoglyph" and fix.line})
        for number in spoiled:
            if number <= len(lines):
                out.extend((number, f"line {number}: look-alike kept: {word!r} ({why})")
                           for _, word, why in homoglyphs.doubts(lines[number - 1]))
    return [line for _, line in sorted(out, key=lambda pair: pair[0])]
