"""The meta block of a news page: what stands between the headline and the first paragraph.

Between a story's headline and its first paragraph a news page prints its meta
block.  Most of it is the article's: who wrote the story and when (a byline,
the author's job title, a dateline), a standfirst, the picture's caption and
its credit.  Beside these stand the site's own lines, and each has a shape no
line of the article has there:

* a share button's label alone ("Share", "Поделиться", glued twice
  "ПоделитьсяПоделиться");
* a counter of views or comments, with its word ("1 234 views", "12 σχόλια",
  "Комментарии: 5") or as the bare figures the scraper left of it ("2763",
  "0"; a year, or a lone figure from 1 to 9 that may number a section, stays);
* the reading time ("3 min read", "Lesezeit: 4 Min.") and a player's "Listen
  to this article";
* a byline's or a dateline's field whose value the scraper lost: labels and
  separators only ("Erstellt von - Uhr"), with no name or date after them;
* a page's contents label with no contents under it ("Leia nesta página:"
  over the standfirst);
* a caption printed twice in a row, once with its credit and once with the
  picture viewer's buttons glued to it ("… Ostseeküste. (Foto) Suche"): the
  copy with the buttons goes, the one with the credit stays;
* a picture's file name over its caption, in lower case and numbered ("mix de
  elecciones aragón 1"), and above the headline a picture's label with its alt text
  ("Featured image: …", "Capa da publicação …");
* and right above the headline, opening the page, the label of the story's
  genre or section ("Análisis", "ΠΟΛΙΤΙΚΗ", "Аналитика"), or right under it, in
  one paragraph with the byline or the line naming whom the story is from
  ("Report" over "from Association of …");
* the page's keywords printed as a line beside the byline or a share button, in
  lower case with no function word ("trade publication's demise trade record
  persists overview").

A headline set in title case is the headline even when it ends in a full stop
("The Trade Magazine Is Gone. The Trade Record Isn't.").

Nothing here knows a site: the vocabulary of each kind is kept by language
in ``data/meta_block.txt``, and a line of it is chrome only in its place —
above the article's second line of prose, on a page whose headline stands
above its first (the genre's label only right above that headline or between it
and its byline).  Bylines, datelines, job titles, standfirsts, captions and
credits stay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cms_i18n.clean import blocks, page, top, vocabulary

#: The kinds of line of ``data/meta_block.txt``.
KINDS = ("share", "counter", "reading", "listen", "field", "contents", "genre", "picture",
         "label")
# The meta block of a page is short: more lines above the first paragraph are a listing.
_HEAD_LINES = 16
# A headline: a line of this many words at least, ending no sentence with a full stop.
_HEADLINE_WORDS = 4
_HEADLINE_MAX_WORDS = 30
# A headline shorter than that, the page's first line with a dateline under it.
_SHORT_HEADLINE_WORDS = 3
# Bare figures on more lines than this number the page's parts.
_COUNTS = 2
# A dateline beside a counter: a year among a few words.
_DATELINE_WORDS = 6
# A label of the kinds here is short.
_LABEL_WORDS = 8
# A caption printed twice shares this many words before its tail.
_CAPTION_WORDS = 4
# Viewer buttons glued to a caption: a few words, no credit.
_BUTTON_TAIL_WORDS = 3
# A picture's file name: a few words in lower case and a number.
_FILE_NAME_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){2,6} \d{1,3}")
_SEPARATORS = r"[,:|·•/–—-]"
# A figure that may be a day of the month or number a section: 1 to 31.
_DAY_RE = re.compile(r"0?[1-9]|[12]\d|3[01]")
# A headline set in title case has this many words of substance at least.
_TITLE_WORDS = 3
# The page's keywords printed as a line: a few words in lower case, nothing but letters
# and apostrophes.
_KEYWORD_WORDS = 4
_KEYWORD_LINE_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?: [^\W\d_]+(?:['’][^\W\d_]+)?)+")
# A word glued to its copy: "ПоделитьсяПоделиться".
_GLUED_TWICE_RE = re.compile(r"(\w{3,})\1")
_SENTENCE_STOP_RE = re.compile(r"[.!?…]")
# A caption's credit after the caption: "Bild: …", "Foto: …", "(© …".
_CREDIT_TAIL_RE = re.compile(
    r"(?:bild|foto|fotos|photo|photos|image|imagen|crédit|credit|фото|φωτογραφία|φωτό"
    r"|εικόνα|quelle|fuente|fonte)\s*:.*|[(\[]?©.*", re.I)


def fold(text: str) -> str:
    """A line as the vocabulary holds it: single spaces, accents off (the case is left to
    the match).

    >>> fold("  Κοινοποίηση   ")
    'Κοινοποιηση'
    """
    return top.without_accents(" ".join(text.split()))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    by_kind = vocabulary.patterns_by_kind("meta_block.txt", KINDS, fold)
    patterns = {kind: re.compile(alternation, re.I)
                for kind, alternation in by_kind.items() if kind != "field"}
    field = by_kind["field"]
    # A field's labels and separators only, at least one label among them.
    patterns["field"] = re.compile(
        rf"(?:{_SEPARATORS}\s*)*(?:{field})(?:\s*{_SEPARATORS})*"
        rf"(?:\s+(?:{_SEPARATORS}\s*)*(?:{field})(?:\s*{_SEPARATORS})*)*", re.I)
    return patterns


# A section's name and the story's genre in one label: "News & community - Update".
_SECTION_AND_GENRE_RE = re.compile(
    r"(?P<section>[^\W\d_][\w&'’]*(?: [\w&'’]+){0,2}) [-–—|›»/] (?P<genre>[^\W\d_][\w ]*)")


def _section_and_genre(text: str) -> bool:
    """Is this line a site's section and a genre's label joined by a separator, the label
    the site sets over a story's headline?

    >>> _section_and_genre("News & community - Update"), _section_and_genre("Sport | Analysis")
    (True, True)
    >>> _section_and_genre("Paris - Berlin")
    False
    """
    match = _SECTION_AND_GENRE_RE.fullmatch(text)
    if match is None:
        return False
    return meta_kind(match["genre"]) == "genre" or top.is_section_name(match["genre"])


def meta_kind(text: str) -> str | None:
    """The kind of meta-block line this is by its words alone, or None: "share",
    "counter", "reading", "listen", "field", "contents", "genre", "picture" or "label"
    (``data/meta_block.txt``).  The whole line must be of the kind, and short but for a
    picture's label, which carries the picture's alt text.

    >>> meta_kind("ПоделитьсяПоделиться"), meta_kind("12 σχόλια"), meta_kind("3 min read")
    ('share', 'counter', 'reading')
    >>> meta_kind("Erstellt von - Uhr"), meta_kind("Leia nesta página:")
    ('field', 'contents')
    >>> meta_kind("Share prices fell by 3 per cent on Monday.") is None
    True
    """
    folded = fold(text)
    long = len(folded.split()) > _LABEL_WORDS
    glued = _GLUED_TWICE_RE.fullmatch(folded)
    if glued:
        folded = glued.group(1)
    for kind, pattern in _patterns().items():
        if (long and kind != "picture") or not (
                pattern.fullmatch(folded) or pattern.fullmatch(folded.rstrip(" :"))):
            continue
        return kind
    return None


def is_bare_count(text: str) -> bool:
    """Bare figures a counter left ("2763", "0", "1 234"): never a year, and never a figure
    from 1 to 31, which may number a section or be a date's day printed on its own line.

    >>> is_bare_count("2763"), is_bare_count("0"), is_bare_count("2019"), is_bare_count("12")
    (True, True, False, False)
    """
    return blocks.is_bare_counter(text) and not _DAY_RE.fullmatch(text.strip())


def _title_case_headline(text: str) -> bool:
    """A headline set in title case, its full stops and all: every word of substance
    capitalised, as no sentence of a paragraph is."""
    words = blocks.words_of(text)
    substance = [w for w in words if w.casefold() not in blocks.STOPWORDS]
    return (_HEADLINE_WORDS <= len(words) <= _HEADLINE_MAX_WORDS
            and len(substance) >= _TITLE_WORDS and all(w[:1].isupper() for w in substance))


def _keyword_shaped(text: str) -> bool:
    """Shaped as a page's keywords printed as a line ("trade publication's demise trade
    record persists overview"): lower case, no mark but an apostrophe, several words and
    no function word among them."""
    words = text.split()
    return (len(words) >= _KEYWORD_WORDS and text == text.lower()
            and _KEYWORD_LINE_RE.fullmatch(text) is not None
            and not any(w in blocks.STOPWORDS for w in words))


def _is_headline(text: str, least: int = _HEADLINE_WORDS) -> bool:
    words = text.split()
    return (least <= len(words) <= _HEADLINE_MAX_WORDS and not text.endswith((".", ":"))
            and meta_kind(text) is None and not _section_and_genre(text)
            and not blocks.is_bare_counter(text)
            and sum(ch.isdigit() for ch in text) * 4 < len(text))


class _Block:
    """The remaining lines of a page, its headline and the reach of its meta block."""

    def __init__(self, lines: Sequence[str | None], views: dict[int, str],
                 found: dict[int, str]) -> None:
        self.lines = lines
        self.order = [i for i in sorted(views) if i not in found]
        self.texts = {i: " ".join((lines[i] or "").split()) for i in self.order}
        self.prose = [i for i in self.order if blocks.is_article_prose(self.texts[i])]
        first = self.prose[0] if self.prose else -1
        above = [i for i in self.order if i < first]
        self.headline = next((i for i in above if _is_headline(self.texts[i])), None)
        if self.headline is None and len(above) >= 2 and _is_headline(
                self.texts[above[0]], _SHORT_HEADLINE_WORDS) and page.DATELINE_RE.search(
                self.texts[above[1]]) and len(self.texts[above[1]].split()) <= _DATELINE_WORDS:
            # A short headline ("Встреча сельских старост") shows itself by the
            # dateline right under it, at the top of the page.
            self.headline = above[0]
        if len(above) > _HEAD_LINES:
            self.headline = None
        elif self.headline is None and len(self.prose) > 1 and _title_case_headline(
                self.texts[first]):
            # "The Trade Magazine Is Gone. The Trade Record Isn't.": a headline of two
            # sentences reads as prose, but no paragraph sets every word in capitals.
            self.headline = first
            self.prose = self.prose[1:]
            first = self.prose[0]
        # The block reaches down to the article's second line of prose (a caption or a
        # standfirst reads as prose too), or to its first when it has one only.
        self.end = self.prose[1] if len(self.prose) > 1 else first
        self.taken: dict[int, str] = {}

    def after(self, index: int) -> int | None:
        return next((j for j in self.order if j > index and j not in self.taken), None)

    def same_paragraph(self, a: int, b: int) -> bool:
        return all((self.lines[k] or "").strip() for k in range(min(a, b), max(a, b) + 1))

    def beside_head(self, index: int) -> bool:
        """Is this line next to the headline, to a dateline of the headline's, or to another
        line of the block (blank lines between)?"""
        above = next((j for j in reversed(self.order) if j < index and j not in self.taken),
                     None)
        below = self.after(index)
        for j in (above, below):
            if j is None:
                continue
            text = self.texts[j]
            if j == self.headline or j in self.taken or (
                    page.YEAR_RE.search(text) and len(text.split()) <= _DATELINE_WORDS):
                return True
        return False

    def value_lost(self, index: int) -> bool:
        """Does nothing a field could hold follow this line: no name, no date, no text of a
        byline, only the headline, the article, a credit or other lines of the block?"""
        below = self.after(index)
        if below is None:
            return True
        text = self.texts[below]
        if text[:1].islower():   # a word carried on ("Le" over "monde a franchi …")
            return False
        if below == self.headline or below in self.prose:
            return True
        return below in self.taken or meta_kind(text) is not None or is_bare_count(text)


# A byline's opening, or the line naming who the story comes from ("from Association of
# Southeast Asian Nations", "Από τον Γιάννη Παπά", "От редакции").
_ORIGIN_RE = re.compile(rf"(?:{page.BYLINE_RE.pattern})|\s*(?:from|από|от)\s+(?=[^\W\d_])",
                        re.I)


def take_meta_block(lines: Sequence[str | None], views: dict[int, str],
                    found: dict[int, str]) -> None:
    """Add the site's lines of a news page's meta block to ``found`` (index → reason)."""
    block = _Block(lines, views, found)
    if block.headline is None:
        return
    texts = block.texts
    first = block.prose[0]
    region = [i for i in block.order if i < block.end and i != block.headline]
    # Figures standing alone all down the page number its parts (subtitles, a list).
    counts = sum(1 for i in block.order if blocks.is_bare_counter(texts[i]))
    for index in region:
        text = texts[index]
        kind = meta_kind(text)
        if kind in ("share", "counter", "reading", "listen"):
            block.taken[index] = f"{kind} line of the meta block"
        elif (index < first and is_bare_count(text) and counts <= _COUNTS
              and block.beside_head(index)):
            block.taken[index] = "counter line of the meta block"
    for index in region:
        text = texts[index]
        if index in block.taken:
            continue
        kind = meta_kind(text)
        below = block.after(index)
        if kind == "field" and index < first and block.value_lost(index):
            block.taken[index] = "empty field of the meta block"
        elif kind == "contents" and below is not None and below in block.prose:
            block.taken[index] = "contents label with no contents"
        elif (((kind == "genre" or top.is_section_name(text)) and len(text.split()) <= 3)
              or _section_and_genre(text)) and index == block.order[0] \
                and below == block.headline:
            block.taken[index] = "genre label over the headline"
        elif (kind == "genre" and len(text.split()) <= 3 and index < first
              and block.after(block.headline) == index and below is not None
              and block.same_paragraph(index, below) and _ORIGIN_RE.match(texts[below])):
            block.taken[index] = "genre label between the headline and its byline"
        elif kind == "picture" and index < block.headline:
            block.taken[index] = "picture's label over the headline"
        elif kind == "label" and index < first:
            # the post's categories over its headline or under it ("News,Our Stories",
            # "Categories: Community Engagement."): inside the text the words are its own
            block.taken[index] = "category line of the meta block"
        elif (_FILE_NAME_RE.fullmatch(text) and text == text.lower() and below is not None
              and block.same_paragraph(index, below) and len(texts[below].split()) >= 8):
            block.taken[index] = "picture's file name over its caption"
    _take_keyword_lines(block, region, found)
    _take_caption_copies(block, region)
    for index, reason in block.taken.items():
        found.setdefault(index, reason)


def _take_keyword_lines(block: _Block, region: Sequence[int], found: dict[int, str]) -> None:
    """The page's keywords printed under the headline, in the paragraph of a line the meta
    block holds (a byline, a share button): the search engine's words, not the article's.
    A standfirst opens with a capital and has function words ("of", "the"); a line of a
    wrapped sentence has them too, or a line carrying it on in lower case beside it."""
    texts = block.texts
    headline = block.headline
    if headline is None:
        return
    first = block.prose[0]
    for index in region:
        if not headline < index < first or index in block.taken:
            continue
        text = texts[index]
        if not _keyword_shaped(text):
            continue
        # Two of its words or more are the headline's or the article's.
        others = {w.casefold() for i in block.order if i != index
                  for w in blocks.words_of(texts[i])}
        if len({w.casefold() for w in blocks.words_of(text)} & others) < 2:
            continue
        neighbours = [j for j in (index - 1, index + 1)
                      if 0 <= j < len(block.lines) and block.same_paragraph(index, j)]
        if any(_text_of(block.lines[j])[:1].islower() for j in neighbours):
            continue
        if any(j in block.taken or j in found or (j in texts and (
                page.BYLINE_RE.match(texts[j]) or meta_kind(texts[j]) is not None))
               for j in neighbours):
            block.taken[index] = "the page's keywords under the headline"


def _text_of(line: str | None) -> str:
    return (line or "").strip()


def _take_caption_copies(block: _Block, region: Sequence[int]) -> None:
    """A caption printed twice in a row: the copy with the viewer's buttons glued to it
    goes, the copy with its credit stays."""
    texts = block.texts
    for index in region:
        below = block.after(index)
        if below is None or below != index + 1 or index in block.taken:
            continue
        text, other = texts[index], texts[below]
        stop = next((m.end() for m in _SENTENCE_STOP_RE.finditer(text)
                     if m.end() < len(text) and other.startswith(text[: m.end()] + " ")), None)
        if stop is None or len(text[:stop].split()) < _CAPTION_WORDS:
            continue
        tail, credit = text[stop:].strip(), other[stop:].strip()
        if (0 < len(tail.split()) <= _BUTTON_TAIL_WORDS and not _CREDIT_TAIL_RE.fullmatch(tail)
                and _CREDIT_TAIL_RE.search(credit)):
            block.taken[index] = "caption's copy with the viewer's buttons"


#: The reason an editor reads for an empty field closing the page.
EMPTY_FIELD_AT_END = "empty field at the end of the page"


def is_empty_field(text: str) -> bool:
    """A byline's or dateline's field with its value lost, said as a field: its label
    with a colon ("Posted by:", "Автор:", "Por:") or a label of two words ("Posted
    by"); a lone word ("By", "Le", "On") may end a verse or a sentence, and is not.

    >>> is_empty_field("Posted by:"), is_empty_field("Автор:"), is_empty_field("Written by")
    (True, True, True)
    >>> is_empty_field("By"), is_empty_field("Posted by: Ann Lee"), is_empty_field("Tags:")
    (False, False, False)
    """
    folded = fold(text)
    return meta_kind(folded) == "field" and (
        folded.endswith(":") or len(blocks.words_of(folded)) >= 2)


def take_empty_fields_at_end(lines: Sequence[str | None], views: dict[int, str],
                             found: dict[int, str]) -> None:
    """An empty field of a byline or a dateline after the article's last line of prose,
    with nothing left under it but other such fields: the scraper lost its value, as
    in a meta block (:func:`take_meta_block`), at the page's end instead."""
    order = [i for i in sorted(views) if i not in found]
    texts = {i: " ".join((lines[i] or "").split()) for i in order}
    last = next((i for i in reversed(order) if blocks.is_article_prose(texts[i])), None)
    if last is None:
        return
    for index in reversed(order):
        if index <= last or not is_empty_field(texts[index]):
            return
        found[index] = EMPTY_FIELD_AT_END
