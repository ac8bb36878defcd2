"""Runs of blank lines: an author's layout, or the gaps a scraper left.

Two blank lines after a poem's title, three between a recipe's sections, a
blank line doubled before a tutorial's next heading: an author spaces a text
out as they like, and the cleaner leaves those lines byte for byte.  A page a
scraper made leaves runs of blank lines where it dropped what stood there (a
picture, an advertisement, a widget), and those are closed to one.  Which of
the two a text is, the cleaner decides from what it has already seen of it
(:func:`page_shows_a_scraper`): the page chrome it took out, and the dirt a
scraper leaves that no author types — mojibake, look-alike letters, control
bytes, blanks left at the ends of lines or on a line of their own — and the
shape an HTML converter gives a page, every line a paragraph of its own
between blank lines (:func:`every_line_alone`), where an author's plain text
holds lines together: a stanza's, a list's, a wrapped paragraph's, code's;
a help page that quotes LaTeX source a command to a paragraph is an author's,
and so is one that shows Markdown and what it renders to, a line each
("This is **bold text**." / "This is bold text.").
That shape is no evidence when the text's runs of blank lines set off only its
frame (:func:`only_the_frame_set_off`): a headline of several words at the top (a
notice typed one paragraph a line, with two blank lines under its title, is laid
out by its author) and the signature at the bottom, a name standing alone below a letter
("Graham Woodall FCInstCES, Past President"), as letters to an editor and
e-mails are signed.  Nor is it when the body is spaced evenly
(:func:`body_spaced_evenly`): the same run of blank lines after every paragraph
from the first run to the end, each paragraph ending a sentence, as an author's
editor spaces a text out; a scraper's gaps fall here and there.
A text with none of these keeps its blank lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from cms_i18n.document import Fix

#: Repairs that only a scraped page needs: its chrome taken out, its encoding and
#: letters repaired, its control bytes dropped.
SCRAPER_KINDS = frozenset({"chrome", "mojibake", "homoglyph", "control"})
#: What an HTML converter leaves of a page's markup: blanks at the end of a line (an
#: element dropped after the text), a blank line holding only blanks (its indent) and
#: the space a paragraph's tag left before its first word (`<p> Then …`), which no
#: author types before a prose line among lines without it.
SCRAPER_BLANKS = frozenset({"trailing", "blank line", "a stray space opening the line"})
#: The note of a closed run (``"2 blank lines made one"``), how a replay knows it.
CLOSED_NOTE = "blank lines made one"


def page_shows_a_scraper(fixes: Iterable[Fix]) -> bool:
    """Does the cleaning so far show a page a scraper made, whose blank runs are gaps?

    >>> from cms_i18n.clean.edits import CleanFix
    >>> page_shows_a_scraper([CleanFix("chrome", "Share", "", 3, "share bar")])
    True
    >>> page_shows_a_scraper([CleanFix("whitespace", " ", "", 2, "trailing", 40)])
    True
    >>> page_shows_a_scraper([CleanFix("quote", '"', "“", 1, "straight quote", 0)])
    False
    """
    return any(fix.kind in SCRAPER_KINDS
               or (fix.kind == "whitespace" and fix.note in SCRAPER_BLANKS)
               for fix in fixes)


def gaps_were_closed(fixes: Iterable[Fix]) -> bool:
    """Did a cleaning close a run of blank lines, so a replay of it must too?"""
    return any(fix.kind == "whitespace" and (fix.note or "").endswith(CLOSED_NOTE)
               for fix in fixes)


#: Fewer lines than this are too few to show a converter's shape.
_ALONE_LINES = 3


# A line of LaTeX source ("\begin{equation}", " \label{eq1}"): markup a help page or a
# tutorial quotes, set out line by line as its author wrote it.
_LATEX_LINE_RE = re.compile(r"\s*\\[A-Za-z]+\*?[{\[]")
#: Lines of LaTeX source that make a text one that quotes it.
_LATEX_LINES = 2

# Markdown emphasis in a line: "**bold**", "__bold__", "*italic*", "_italic_".
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
#: Lines of markup shown beside their rendering that make a text one that teaches it.
_RENDERED_LINES = 2


def _shows_markup_rendered(lines: Sequence[str | None]) -> bool:
    """Does the text show Markdown emphasis and, as a line of its own, what it renders
    to?  A help page on the markup, as its author sets it out; no converter writes
    the marks and the text they make side by side.

    >>> _shows_markup_rendered(["This is **bold**.", "", "This is bold.", "",
    ...                         "This is __bold__ too.", "", "This is bold too."])
    True
    >>> _shows_markup_rendered(["He said **no**.", "", "She said no."])
    False
    """
    standing = {(line or "").strip() for line in lines if line and line.strip()}
    shown = 0
    for line in standing:
        rendered = _EMPHASIS_RE.sub(r"\2", line)
        if rendered != line and rendered in standing:
            shown += 1
    return shown >= _RENDERED_LINES


def every_line_alone(lines: Sequence[str | None], code: Sequence[bool]) -> bool:
    """Is every line of the text a paragraph of its own, between blank lines?

    What a converter makes of a page's paragraphs (and of a poem whose every line
    the page set as a paragraph).  A stanza, a list, a wrapped paragraph or code
    keeps lines together, as an author's plain text does.

    >>> every_line_alone(["Title", "", "", "One paragraph.", "", "Another."], [False] * 6)
    True
    >>> every_line_alone(["The Road", "", "", "Two roads diverged,", "And sorry I"], [False] * 5)
    False

    Nor is a help page that quotes LaTeX source, a command to a line: the author's.

    >>> every_line_alone(["equation", "", "", "\\\\begin{equation}", "", "x", "",
    ...                   "\\\\end{equation}", "", "It numbers the equation."], [False] * 10)
    False

    Nor is a help page that shows Markdown beside what it renders to.

    >>> every_line_alone(["Bold", "", "", "This is **bold**.", "", "This is bold.", "",
    ...                   "This is __bold__ too.", "", "This is bold too."], [False] * 10)
    False
    """
    standing = [i for i, line in enumerate(lines) if line is not None and line.strip()]
    if len(standing) < _ALONE_LINES or any(code[i] for i in standing):
        return False
    if len([i for i in standing if _LATEX_LINE_RE.match(lines[i] or "")]) >= _LATEX_LINES:
        return False
    if _shows_markup_rendered(lines):
        return False
    kept = [line for line in lines if line is not None]
    return not any(a.strip() and b.strip() for a, b in itertools.pairwise(kept))


#: A title of this many words or more, with the only run of blank lines under it, is an
#: author's headline set off from the text; a shorter one may be a site's section label
#: over the gap where the page's own headline was dropped ("International organisations").
_TITLE_WORDS = 4
# Words of a title: letters or figures, a dash between them is no word.
_WORD_RE = re.compile(r"\w+")
# What ends a sentence or a clause: a headline and a signature end with none of these.
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "?", "…")


def _is_headline(text: str) -> bool:
    """Is this first line a headline of several words, ending no sentence?"""
    return len(_WORD_RE.findall(text)) >= _TITLE_WORDS and not text.endswith(_SENTENCE_ENDS)


#: A signature is a name, a title and a place at most: no more words than this.
_SIGNATURE_WORDS = 8


def _is_signature(line: str) -> bool:
    """Could this last line be a letter's signature: a name and a title, a few words
    each opening with a capital, ending no sentence ("Graham Woodall FCInstCES, Past
    President", "Bishop Peter")?  A credit line ("Translation by Saniya Sakenova")
    is a sentence's words, set off by a page's converter as readily as by its author.

    >>> _is_signature("        Russell MacMathghamha")
    True
    >>> _is_signature("The next meeting is in May.")
    False
    >>> _is_signature("Translation by Saniya Sakenova")
    False
    """
    text = line.strip()
    words = _WORD_RE.findall(text)
    return (0 < len(words) <= _SIGNATURE_WORDS
            and all(word[0].isupper() for word in words if word[0].isalpha())
            and not text.endswith(_SENTENCE_ENDS))


def a_date_header(text: str) -> bool:
    """Is the line a date and nothing else, its weekday before it at most ("Monday, June
    30, 2008")?  A blog prints it over each post's title, and the title under it is
    still the text's headline.

    >>> a_date_header("Monday, June 30, 2008")
    True
    >>> a_date_header("The Castle on the Red Rocks")
    False
    """
    from cms_i18n.clean.top import WEEKDAY_NAMES, dates_in  # top reads this module
    words = text.strip().split(maxsplit=1)
    if len(words) == 2 and words[0].strip(".,").lower() in WEEKDAY_NAMES:
        text = words[1]
    bare = text.strip(" .")
    return bool(bare) and any(span == (0, len(bare)) for *_, span in dates_in(bare))


def only_the_frame_set_off(lines: Sequence[str | None]) -> bool:
    """Do the text's runs of blank lines set off nothing but its frame: the headline
    under its first line (several words ending no sentence), a heading of the body
    standing alone as the headline does, and the signature above its last, a name
    standing alone?  A letter's or an e-mail's author spaces
    them out; a scraper's gaps fall where it dropped something, anywhere in the page.

    >>> only_the_frame_set_off(["Letter to the Editor", "", "", "Sir, I refer to it.",
    ...                         "", "", "", "Graham Woodall FCInstCES, Past President"])
    True
    >>> only_the_frame_set_off(["Water main works in York Street", "", "",
    ...                         "Council is repairing the main.", "", "Thank you."])
    True
    >>> only_the_frame_set_off(["International organisations", "", "", "The treaty.", "",
    ...                         "", "Anna Petrova"])
    False
    >>> only_the_frame_set_off(["Ministers meet in Astana", "", "", "They met.", "", "",
    ...                         "The next meeting is in May."])
    False
    >>> only_the_frame_set_off(["A long enough headline here", "", "One.", "", "",
    ...                         "Two.", "", "Jo Bloggs"])
    False
    >>> only_the_frame_set_off(["Monday, June 30, 2008", "", "The castle on the red rocks",
    ...                         "", "", "It stands high.", "", "It is old."])
    True
    >>> only_the_frame_set_off(["Students are in Geneva.", "", "They write a blog.", "", "",
    ...                         "Day 1 - Monday 25th August", "", "It started well."])
    True
    >>> only_the_frame_set_off(["tomato success, with craig", "", "It grows.", "",
    ...                         "tomatoes from transplant to harvest", "", "", "", "Q: Hi?"])
    True
    """
    kept = [line for line in lines if line is not None]
    standing = [i for i, line in enumerate(kept) if line.strip()]
    if len(standing) < 2:
        return False
    first, last = standing[0], standing[-1]
    heading = first
    if (len(standing) > 2 and a_date_header(kept[first]) and not kept[first + 1].strip()
            and kept[first + 2].strip()):
        heading = standing[1]  # a blog's date header over the post's title
    title = kept[heading].strip()
    gaps = [k for k in range(first + 1, last - 1)
            if not kept[k].strip() and not kept[k + 1].strip() and kept[k - 1].strip()]
    if not gaps:
        return False
    for k in gaps:
        end = k
        while not kept[end + 1].strip():
            end += 1
        # under the headline, or under a heading of the body standing alone as the
        # headline does (an interview's title again over its transcript)
        under_title = (k == heading + 1 and _is_headline(title)) or (
            k - 1 > heading and not kept[k - 2].strip() and _is_headline(kept[k - 1].strip()))
        over_signature = end + 1 == last and _is_signature(kept[last])
        # under a paragraph that ends its sentence, over a heading of the body standing
        # alone, a blank line under it: the intro set off from a diary's first day ("…
        # about their experiences." / "Day 1 – Monday 25th August")
        over_heading = end + 2 < len(kept) and _is_headline(kept[end + 1].strip()) \
            and not kept[end + 2].strip() and end + 1 != last \
            and _SENTENCE_END_RE.search(kept[k - 1].rstrip()) is not None
        if not (under_title or over_signature or over_heading):
            return False
    return True


#: Runs under this many paragraphs are too few to show a layout kept through a text.
_EVEN_RUNS = 2
# A paragraph's end: a sentence's stop, maybe inside a closing quote or bracket.
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”»)\]]*$")


def body_spaced_evenly(lines: Sequence[str | None]) -> bool:
    """Do the text's runs of blank lines part every paragraph from the first run to its
    end, each run as long as the others, each paragraph ending a sentence?  An author
    (or the editor they type in) spaces a text's body out evenly; a scraper's gaps fall
    where it dropped something (a picture, a widget), here and there, or before a credit
    line that ends no sentence.

    >>> body_spaced_evenly(["Dateline", "", "Headline", "", "The lede.", "", "",
    ...                     "One paragraph.", "", "", "Another."])
    True
    >>> body_spaced_evenly(["Jo Bloggs, the Race Officer, writes:", "", "", "One paragraph.",
    ...                     "", "", "Another."])
    True
    >>> body_spaced_evenly(["Headline", "", "The lede.", "", "", "One paragraph.", "",
    ...                     "Another."])
    False
    >>> body_spaced_evenly(["Headline", "", "The lede.", "", "", "One paragraph.", "", "",
    ...                     "Translation by Saniya Sakenova"])
    False
    """
    kept = [line for line in lines if line is not None]
    standing = [i for i, line in enumerate(kept) if line.strip()]
    between = [b - a - 1 for a, b in itertools.pairwise(standing)]
    first = next((n for n, gap in enumerate(between) if gap > 1), None)
    if first is None:
        return False
    body = between[first:]
    # the paragraph over the first run may introduce the rest ("… the Race Officer for
    # the weekend writes:")
    return (len(body) >= _EVEN_RUNS and len(set(body)) == 1
            and (_SENTENCE_END_RE.search(kept[standing[first]].rstrip()) is not None
                 or kept[standing[first]].rstrip().endswith(":"))
            and all(_SENTENCE_END_RE.search(kept[i].rstrip())
                    for i in standing[first + 1:]))
