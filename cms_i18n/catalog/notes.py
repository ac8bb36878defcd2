"""The wording of the ``#.`` comments cms-i18n writes in a catalogue entry.

What the machine did (the engine and its score, the words it did not know,
where a suggestion came from), what cleaning did, and the problems found.  Each
note opens with fixed words that editors search for (``msggrep -X -e
'markup problem'``) and that ``status``, ``check`` and the merge read back, so
the wording lives here, once; a wording an earlier version wrote
(:data:`PREVIOUS_NOTE`) is still read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cms_i18n.catalog.po import _escape

if TYPE_CHECKING:
    from cms_i18n.document import Fix
    from cms_i18n.engines import UnknownWords

SUGGESTION_NOTE = "suggestion for this text: "
CONFLICT_OPENING = "conflict: "
"""How the note opens that a run writes when it flags an entry for a person's text beside it
(a conflict with a page's text, see the Wagtail app)."""
KEPT_UNTIL_APPROVED = "it keeps that text until this entry is approved"
"""How a conflict's note ends while the page keeps its own text (see the Wagtail app)."""
REPLACED_ON_APPROVAL = "this entry's approved text replaced it"
NO_LONGER_KEPT = "a later save of the page replaced it there"
"""... and how it ends once a later conflict's text took its place on the page: the text
stays quoted in the note, beside the later one's."""
"""... and how it ends once the entry is approved: the other text stays quoted in it."""
#: The translator comment on a translation the gate would not let through.
DRAFT_NOTE = "not approved, kept as a draft: "
#: The approved translation a refused one took the place of (it stays on the page).
APPROVED_BEFORE_NOTE = "approved before: "
REPLACED_APPROVED_NOTE = "approved before, replaced by an edit elsewhere: "
"""The reviewed translation an edit made outside the catalogue (in the CMS's page editor)
took the place of: whoever typed it over worked on the page, not on this entry, so the
entry keeps it, quoted, as it keeps each text a person typed."""
REPLACED_TEXT_NOTE = "a person's text this save replaced, kept: "
"""A draft an editor typed elsewhere (in a PO editor), or a text another editor saved,
that a save on the review screen typed over: kept quoted, as every text a person typed."""
#: What an obsolete entry said before ``edit.keep_obsolete`` put a page's text in it.
KEPT_BEFORE_NOTE = "the catalogue's translation before: "
#: Beside a live entry's own translation, the text ``edit.keep_obsolete`` puts on file.
KEPT_TEXT_NOTE = "the page's text, kept: "
REJECTED_NOTE = "rejected suggestion: "
"""How the note on an entry whose suggestion an editor rejected opens: the text rejected,
quoted, which no later run writes into the entry again."""
TM_NOTE = "suggestion from a reviewed translation of the same text in "
READ_ELSEWHERE_NOTE = "a name in this text is read from its document; reviewed in "
MARKUP_PREFIX = "markup problem:"
PREVIOUS_NOTE = "reviewed translation of the previous text: "
"""How earlier versions carried an editor's translation in a comment; still read."""
FROM_MEMORY = "from memory: "
"""How the note on a msgstr cms-i18n took from the memory's reviewed translations opens."""
REVIEWED_ELSEWHERE_NOTE = FROM_MEMORY + "an editor's translation of the same text elsewhere"
OWN_REVIEWED_NOTE = (FROM_MEMORY + "the translation an editor reviewed in this entry before; "
                     "a draft again, not published until reviewed")
"""The note when the memory's reviewed translation is this entry's own earlier text (an
editor emptied the msgstr since): it is no translation of the same text elsewhere."""
OWN_DRAFT_NOTE = ("restored from the memory: the draft an editor last typed in this entry; not "
                  "published until reviewed")
"""The note when an entry that lost its text comes back (its paragraph deleted, then
restored, the catalogue's obsolete copy purged between): the editor's last draft of it,
from the memory, not the machine's.  It is the editor's text from then on, as one they
typed there: the note does not open as the memory's translations' do (:data:`FROM_MEMORY`),
which a run may replace as its own drafts."""
EMPTIED_REVIEW_NOTE = ("the translation an editor reviewed in this entry before the file lost "
                       "it (emptied, or an older copy put back): a draft again, not published "
                       "until reviewed")
"""The note on an entry the file holds empty where the kept copy of its editors' work (see
:mod:`.kept`) has a review the memory never saw: the review comes back as a draft."""
OTHER_TRANSLATION_NOTE = "another translation an editor wrote for this text, kept: "
CUT_NOTE = "the file ended inside this entry; the whole text the last run kept: "
"""Beside the last entry of a catalogue that ends inside its msgstr with nothing lost after
it: a save cut short there, or an editor who shortened the text; the shorter text stays,
flagged, the whole one quoted, and the editor decides."""
"""A translator comment (``#``, which every PO tool keeps) holding an editor's text
that two copies of one entry disagreed on (see :meth:`.merge._Merger.fold`)."""
EARLIER_COPY_NOTE = "another translation an editor wrote for the earlier text, kept: "
"""A translator comment holding the text a run had moved to a changed source text, where
a copy of the catalogue from before that run came back with another editor's work on
the earlier text (see :mod:`.kept`): both were written for the earlier text."""
JOINED_PART_NOTE = ("an editor's translation of a paragraph the author joined into this one, "
                    "kept: ")
"""A translator comment on a paragraph that holds the machine's draft, where one of the
paragraphs joined into it had an editor's translation the run found only afterwards (a
merge of two branches: one joined the paragraphs, the other reviewed one of them): the
editor reviewing the joined paragraph sees it, as well as in the obsolete entry."""
SPLIT_NOTE = "the author split the paragraph; an editor's translation of the whole, kept: "
"""A translator comment on both halves of a paragraph the author split in two, holding an
editor's translation of the whole paragraph: as a draft of one half it says the other
half too, which an approval then published twice (see :mod:`.merge`)."""
JOINED_NOTE = ("the author joined two paragraphs; this draft is the translations on file of "
               "both, one after the other: read each against the joined text")
"""A translator comment on a paragraph made of two whose translations were taken for an
editor's: its draft holds both translations (one alone, approved, lost the other's
sentences).  A translation the memory of this copy of the site has no record of counts as
an editor's (another copy's run may have written it), so the note does not say whose."""
EARLIER_JOINED_NOTE = ("the author joined two paragraphs; this draft is an editor's translations "
                       "of both, one after the other")
"""How earlier versions worded :data:`JOINED_NOTE`; still read as a run's note."""
JOINED_HALF_NOTE = ("the author joined two paragraphs; this draft is an editor's translation "
                    "of one and the machine's of the other, one after the other")
"""... and on one made of a paragraph an editor translated and one only the machine did:
the editor's half is kept in the draft (the machine's translation of the whole left it on
file only in an obsolete entry)."""
UNKNOWN_NOTE = "unknown to the engine, left as in the source: "


SHORT_NOTE = "short: "
"""How the note on a draft much shorter than its source opens (:func:`.checks.check_short`)."""
RANK_NOTE = "rank: "
"""How the note on a draft that misread a military rank opens (:func:`.checks.check_rank`)."""


MACHINE_NOTE = "machine translation: "
"""How the note on a msgstr the engine wrote opens; an editor's text never has one."""


def machine_note(engine: str, score: float | None) -> str:
    """``machine translation: apertium eng-spa``, with Argos's score when there is one."""
    note = f"{MACHINE_NOTE}{engine}"
    return note if score is None else f"{note}, score {score:.2f}"


FAILED_NOTE = "machine translation failed: "


def failed_note(engine: str, reason: str) -> str:
    """``machine translation failed: apertium eng-cat, on this text alone:
    apertium-postchunk of eng-cat crashed (SIGSEGV) (…)``: why an entry has no draft,
    and that nothing of it was remembered."""
    return (f"{FAILED_NOTE}{engine}, on this text alone: {reason} (nothing remembered: "
            "the next run tries again)")


def cleaned_note(fix: Fix) -> str:
    """``cleaned: homoglyph: 'Нeads' → 'Heads' (look-alike letter in a Latin word)``."""
    return f"cleaned: {fix.describe()}"


def unknown_note(unknown: UnknownWords) -> str:
    """The entry's note: ``unknown to the engine, left as in the source: Kyrgyzstan``;
    for a later step of a chain, ``unknown to es-fr, left in es: informalmente``."""
    if unknown.first:
        return f"{UNKNOWN_NOTE}{', '.join(unknown.words)}"
    return f"unknown to {unknown.step}, left in {unknown.lang}: {', '.join(unknown.words)}"


_LEFT_IN = re.compile(r"^unknown to (?P<step>[\w-]+), left in (?P<lang>[\w-]+): (?P<words>.+)$")


def left_in_pivot(comments: Sequence[str], msgstr: str) -> list[tuple[str, str, list[str]]]:
    """Per :func:`unknown_note` of a later step of a chain among ``comments`` (``unknown
    to es-fr, left in es: informalmente``), the step, the language the words were left
    in, and those of its words ``msgstr`` still holds (an editor may have replaced
    them); only notes with such words.

    >>> left_in_pivot(["unknown to es-fr, left in es: informalmente, Vals"],
    ...               "Ils se réuniront informalmente à Moscou.")
    [('es-fr', 'es', ['informalmente'])]
    """
    found = []
    for comment in comments:
        m = _LEFT_IN.match(comment)
        if m is None:
            continue
        words = [w for w in m.group("words").split(", ")
                 if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", msgstr)]
        if words:
            found.append((m.group("step"), m.group("lang"), words))
    return found


def markup_problem(problem: object) -> str:
    """``markup problem: …``, the opening ``status`` and ``check`` count."""
    return f"{MARKUP_PREFIX} {problem}"


def quote_note(text: str) -> str:
    """A translation as a one-line, reversible quoted string for a comment.

    >>> quote_note('Dijo "sí"\\nFin')
    '"Dijo \\\\"sí\\\\"\\\\nFin"'
    """
    return '"' + _escape(text)[0] + '"'


def unquote_note(text: str) -> str | None:
    """Inverse of :func:`quote_note`; None when ``text`` is not such a string."""
    from cms_i18n.catalog.po import _parse_string, _Reader  # local: private helpers

    try:
        return _parse_string(text.strip(), 0, _Reader("", None))
    except Exception:
        return None


def leading_quote(text: str) -> str | None:
    """The :func:`quote_note` string ``text`` opens with, whatever follows it (a note's
    ``(machine translation: …)``); None when it opens with none.

    >>> leading_quote('"La OTSC (CSTO) se reunió" (machine translation: apertium)')
    'La OTSC (CSTO) se reunió'
    >>> leading_quote('"Dijo \\\\"sí\\\\"" (x)'), leading_quote("no quote")
    ('Dijo "sí"', None)
    """
    text = text.lstrip()
    if not text.startswith('"'):
        return None
    escaped = False
    for end, char in enumerate(text[1:], start=1):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return unquote_note(text[:end + 1])
    return None


# How every ``#.`` note cms-i18n writes opens.  A PO tool that rewraps long comments
# (polib does, at its width) cuts one note into several ``#.`` lines; a line that opens
# no note, under one that does, is the rest of it (see :func:`continues_note`).
_OPENINGS = ("cleaned: ", MACHINE_NOTE, FAILED_NOTE, "glossary: ",
             "glossary problem: ", "glossary to verify: ", "typography: ", MARKUP_PREFIX,
             UNKNOWN_NOTE, SUGGESTION_NOTE, TM_NOTE, READ_ELSEWHERE_NOTE, PREVIOUS_NOTE,
             FROM_MEMORY, "source code: ", "article: ", "acronym: ", "quotes: ", SHORT_NOTE,
             RANK_NOTE)
_NOTE_OPENING = re.compile("|".join(map(re.escape, _OPENINGS)) + r"|unknown to [\w-]+, left in "
                           r"[\w-]+: |not in [^:]{1,60}: left as written")
_OPENINGS_WITH_NAMES = ("unknown to ", "not in ")


def opens_note(line: str) -> bool:
    """Whether a ``#.`` line opens one of the notes cms-i18n writes.

    >>> opens_note("glossary: Security Council → el Consejo de Seguridad"), opens_note("or RUS_SC)")
    (True, False)
    """
    return _NOTE_OPENING.match(line) is not None


def continues_note(previous: str, line: str) -> bool:
    """Whether the ``#.`` line ``line``, right under ``previous``, is the rest of the same
    note, cut by a tool that rewraps comments: ``previous`` opens a note of ours (the cut
    may fall inside its opening words) and ``line`` opens none.  Other comments (another
    tool's) are never joined.

    >>> continues_note("unknown to the engine, left as in the", "source: cyber, Nurlan")
    True
    >>> continues_note("TRANSLATORS: keep it short", "and polite")
    False
    """
    if opens_note(line):
        return False
    return opens_note(previous) or previous.startswith(_OPENINGS_WITH_NAMES) or any(
        opening.startswith(previous) for opening in _OPENINGS if " " in previous)


_CUT_HYPHEN = re.compile(r"\w-\Z")


def join_note(previous: str, line: str) -> str:
    """A note cut by a rewrap, put back together: the pieces joined by the space the
    rewrap took, or by nothing after a hyphen it broke a word at (``Asia-`` ``Pacific``).

    >>> join_note("glossary: Security Council (ambiguous: UNSC or", "RUS_SC; no evidence)")
    'glossary: Security Council (ambiguous: UNSC or RUS_SC; no evidence)'
    >>> join_note("cleaned: the Asia-", "Pacific region")
    'cleaned: the Asia-Pacific region'
    """
    if _CUT_HYPHEN.search(previous) and line[:1].isalnum():
        return previous + line
    return f"{previous} {line}"


# How every ``#`` note cms-i18n writes for editors opens: the texts it rejected, kept or
# replaced, quoted, and who edited where.  A rewrap cuts them as it cuts ``#.`` notes, and
# a cut quotation is no longer read as the text it quotes (a rejected suggestion came back).
_EDITOR_OPENINGS = (REJECTED_NOTE, OTHER_TRANSLATION_NOTE, EARLIER_COPY_NOTE, DRAFT_NOTE,
                    SPLIT_NOTE, JOINED_PART_NOTE,
                    APPROVED_BEFORE_NOTE,
                    KEPT_BEFORE_NOTE, KEPT_TEXT_NOTE, REPLACED_APPROVED_NOTE,
                    REPLACED_TEXT_NOTE)
_EDITOR_NOTE_OPENING = re.compile(
    "|".join(map(re.escape, _EDITOR_OPENINGS))
    + r"|(?:reviewed|edited) in the [\w ]{1,40}(?::|$)|" + re.escape(CONFLICT_OPENING)
    + "|source paragraph removed: ")


def continues_editor_note(previous: str, line: str) -> bool:
    """Whether the ``#`` line ``line``, right under ``previous``, is the rest of one of the
    notes cms-i18n writes for editors, cut by a tool that rewraps comments; an editor's
    own comments are never joined.

    >>> continues_editor_note('rejected suggestion: "La cumbre abierta en', 'Astaná."')
    True
    >>> continues_editor_note("check the name with Ana", "before Friday")
    False

    Two notes of its own are two notes, each opening as cms-i18n writes it:

    >>> continues_editor_note("reviewed in the Wagtail admin: by Ana Ruiz",
    ...                       'approved before, replaced by an edit elsewhere: "Texto."')
    False
    """
    return (_EDITOR_NOTE_OPENING.match(previous) is not None
            and _EDITOR_NOTE_OPENING.match(line) is None and not opens_note(line))


def has_problem(comments: Sequence[str], prefix: str) -> bool:
    """Whether extracted comments report a problem of the kind ``prefix`` names."""
    return any(comment.lower().startswith(prefix) for comment in comments)
