"""A site's widgets a scraper flattens into the article's lines, judged by shape and place.

Shapes the line-at-a-time patterns of :mod:`cms_i18n.clean.chrome` cannot see, or see only
at the cost of the article's own lines, each judged by where it stands on the page and
what it is made of, never by a site's name:

* **the tagline under a skip link** — "Skip to content" / "Zum Inhalt springen" with the
  site's tagline glued under it in the same block, the headline still to come
  (:func:`taglines_under_skip_links`);
* **a cookie panel over the skip link** — a consent panel's headings and paragraphs about
  the site's cookies, printed before the page's skip link: everything above the skip link
  when a line of it speaks of cookies (:func:`cookie_panel_over_skip_link`);
* **a template's lines at the top** — a comment counter's "No comments" / "Keine
  Kommentare", a plea to allow the site's advertisements, "Placeholder Image", taken only
  above the article's first sentence and only once the page's rules have judged it, so
  that no rule that judges a line by its neighbours takes a subtitle or a headline along
  (:func:`template_lines_at_top`); a site's contact bar of phone numbers and an e-mail
  address among the first lines (:func:`contact_bar_at_top`); the headline's copy in a
  post's card with the picture's size and the poster's login glued on
  (:func:`headline_card_copies`);
* **glued on a line** — WordPress's share and like boxes run into a post's last sentence
  (:func:`glued_share_buttons`), the next post's title run onto the page's last sentence
  after its full stop (:func:`title_glued_to_last_line`), a view counter run into the byline
  (:func:`count_after_byline`);
* **after the story** — a wire service's list of cuts (its "SHOWS:" header, numbered shots
  and soundbites in capitals, lengths) to the page's end (:func:`wire_cut_list`); a feed
  of the site's other posts, each a headline, a date and a teaser, on a page already
  shown to be scraped (:func:`feed_of_posts`); what a blog prints under the comment
  block that says the post has none ("No comments:"): its form, its pager, its sidebar
  (:func:`under_comment_count`).

And two shapes of the article's own that rules elsewhere took for chrome: a headline the
scraper split in two paragraphs, its second half opening in lower case
(:func:`opens_a_split_line`, for :mod:`cms_i18n.clean.edges`), and a headline over the
opening of its own text that the store cut before its first full stop, which is no list
of other stories (:func:`headline_over_its_text`, for :mod:`cms_i18n.clean.model`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cms_i18n.clean import blocks, page
from cms_i18n.clean.edits import Edit
from cms_i18n.clean.structure import is_list_item
from cms_i18n.clean.vocabulary import as_seen

# A skip link a screen reader is offered, in the languages of the pages.
_SKIP_LINK_RE = re.compile(
    r"(?:(?:skip|jump|go)(?: to)? (?:the )?(?:main )?(?:content|navigation)|skip links"
    r"|(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?"
    r"|(?:aller|passer) au contenu(?: principal)?"
    r"|(?:ir|saltar|pasar) al contenido(?: principal)?"
    r"|(?:vai|salta|passa) al contenuto(?: principale)?"
    r"|(?:pular|ir|saltar) para o conteúdo(?: principal)?"
    r"|перейти к (?:основному )?(?:содержимому|содержанию|контенту)"
    r"|μετάβαση (?:στο|στην) (?:κύριο )?περιεχόμενο)\W*",
    re.IGNORECASE)
# A tagline is a few words; a longer line is a standfirst or a sentence.
_TAGLINE_WORDS = 12
# A headline is a line of a few words; a longer one is the article's first paragraph.
_HEADLINE_WORDS = 20
# The page's first lines, where a skip link stands.
_TOP_LINES = 3
_SENTENCE_END_RE = re.compile(r"[.!?:;]\W*$")
_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text)}


def _next_text(lines: Sequence[str | None], index: int) -> int | None:
    """The index of the first non-blank line after ``index``, if any."""
    for i in range(index + 1, len(lines)):
        if (lines[i] or "").strip():
            return i
    return None


# A consent panel's word: the cookies it asks leave to set.
_COOKIE_RE = re.compile(as_seen(r"\bcookies?\b|\bкуки\b|cookie-файл\w*"), re.IGNORECASE)
# How far down the page a skip link above an article stands, as a share of its lines: an
# overlay over it, never the article under it.
_SKIP_LINK_SHARE = 0.5


def cookie_panel_over_skip_link(lines: Sequence[str | None],
                                code: Sequence[bool]) -> dict[int, str]:
    """A cookie consent panel printed above the page's skip link (index → reason).

    A skip link is the first thing a page's body offers a screen reader; what a scraper
    finds above it is an overlay the site laid over the page, and when a line of it speaks
    of cookies that overlay is the consent panel: its headings ("Essential Cookies"), its
    paragraphs of what each kind does, its buttons.  They all go, the skip link too.

    >>> panel = ["Cookies", "", "We use essential cookies to make our site work.", "",
    ...          "Analytics Cookies", "", "Skip to main content", "", "Documents", "",
    ...          "All Parish Council business is conducted in accordance with the law.", "",
    ...          "The council meets monthly."]
    >>> sorted(cookie_panel_over_skip_link(panel, [False] * len(panel)))
    [0, 2, 4, 6]

    A title above the skip link with no word of cookies is the page's, and stays:

    >>> cookie_panel_over_skip_link(["Documents", "", *panel[6:]], [False] * 9)
    {}
    """
    texts = [i for i, line in enumerate(lines) if (line or "").strip()]
    skip = next((k for k, i in enumerate(texts)
                 if not code[i] and _SKIP_LINK_RE.fullmatch(" ".join((lines[i] or "").split()))),
                None)
    if skip is None or skip == 0 or skip > len(texts) * _SKIP_LINK_SHARE:
        return {}
    above = texts[:skip]
    if any(code[i] for i in above) or not any(_COOKIE_RE.search(lines[i] or "") for i in above):
        return {}
    return {i: "cookie panel over the skip link" for i in texts[:skip + 1]}


def taglines_under_skip_links(lines: Sequence[str | None],
                              code: Sequence[bool]) -> dict[int, str]:
    """The site's tagline glued under a skip link at the page's top (index → reason).

    >>> taglines_under_skip_links([
    ...     "Jump to content", "The typefaces of the world in one database …", "",
    ...     "Sharp and upper case and still an S?", "",
    ...     "I have kept out of the discussion so far and followed the debate with a "
    ...     "mixture of wonder and amusement, but now I have grown curious."], [False] * 6)
    {1: "the site's tagline under its skip link"}

    A headline right under the skip link, with the article beneath it, stays:

    >>> taglines_under_skip_links([
    ...     "Skip to content", "On the capital sharp S", "",
    ...     "I have kept out of the discussion so far and followed the debate with a "
    ...     "mixture of wonder and amusement, but now I have grown curious."], [False] * 4)
    {}
    """
    found: dict[int, str] = {}
    seen = 0
    for index, line in enumerate(lines):
        text = " ".join((line or "").split())
        if not text:
            continue
        seen += 1
        if seen > _TOP_LINES or code[index] or blocks.is_prose(text):
            break
        if not _SKIP_LINK_RE.fullmatch(text):
            continue
        below = index + 1
        if below >= len(lines) or code[below] or not (lines[below] or "").strip():
            continue
        tagline = " ".join((lines[below] or "").split())
        # The tagline closes the skip link's block ...
        if below + 1 < len(lines) and (lines[below + 1] or "").strip():
            continue
        if (len(tagline.split()) > _TAGLINE_WORDS or _SENTENCE_END_RE.search(tagline)
                or _SKIP_LINK_RE.fullmatch(tagline)):
            continue
        # ... and the headline, a short line of other words, is still to come above the
        # article's prose.
        headline = _next_text(lines, below)
        if headline is None or code[headline]:
            continue
        head = " ".join((lines[headline] or "").split())
        if (len(head.split()) > _HEADLINE_WORDS or head.endswith(".")
                or _words(head) & _words(tagline)):
            continue
        if _next_text(lines, headline) is None:
            continue
        found[below] = "the site's tagline under its skip link"
    return found


# A share box's and a like box's labels run into each other and into the post's last
# sentence once their markup is gone; each label is followed at once by the next one,
# without the space a sentence puts after a colon.
_SHARE_LABEL = (r"(?:Shortlink:\s?)?(?:Share this|Compartir esto|Compartilhe isso|Partager"
                r"|Teilen mit|Condividi)\s?:(?=\S)")
_LIKE_LABEL = (r"(?:Like this|Me gusta esto|Curtir isso|J['’]aime ça|Gefällt mir|Mi piace)\s?:"
               r"\s?(?:Like|Me gusta|Curtir|J['’]aime|Gefällt mir|Mi piace)\s?"
               r"(?:Loading|Cargando|Carregando|Chargement|Lade|Caricamento)")
_GLUED_BUTTONS_RE = re.compile(rf"\s*(?:{_SHARE_LABEL}.*?)?{_LIKE_LABEL}.*$")


def glued_share_buttons(line: str) -> list[Edit]:
    """The tail of a post's line that is its share and like buttons, glued on.

    >>> [e.before for e in glued_share_buttons(
    ...     "Keep doing that on all the other days too Shortlink:Share this:Click to share "
    ...     "on Twitter (Opens in new window)Like this:Like Loading... Similar Entries")]
    [' Shortlink:Share this:Click to share on Twitter (Opens in new window)Like this:Like \
Loading... Similar Entries']

    A sentence that speaks of liking keeps every word:

    >>> glued_share_buttons("Share this: like this post if you liked the recipe.")
    []
    """
    match = _GLUED_BUTTONS_RE.search(line)
    if match is None or match.start() == 0 or not line[:match.start()].strip():
        return []
    return [Edit(match.start(), match.group(), "", "chrome", "share and like buttons")]


# A picture's address a scraper wrote before the paragraph it illustrated, glued to its
# first word or a space before it ("http://…/60years_peacekeeping_logo.jpgΜε 14 ψήφους …").
_GLUED_PICTURE_RE = re.compile(r"\s*(?:https?://|www\.)\S+?\.(?:jpe?g|png|gif|webp|bmp|tiff?)"
                               r"(?:\?\S*)?[ \t]*(?=[^\W\d_])", re.IGNORECASE)


def picture_address_before_text(line: str) -> list[Edit]:
    """The address of a picture the scraper glued before a paragraph's first word.

    >>> [e.before for e in picture_address_before_text(
    ...     "http://example.org/img/60years_logo.jpgΜε 14 ψήφους υπέρ, το Συμβούλιο")]
    ['http://example.org/img/60years_logo.jpg']

    An address on a line of its own, or inside a sentence, is left to the other rules:

    >>> picture_address_before_text("See http://example.org/a.jpg for the map.")
    []
    """
    match = _GLUED_PICTURE_RE.match(line)
    if match is None or len(line[match.end():].split()) < _GLUED_PICTURE_WORDS:
        return []
    return [Edit(0, match.group(), "", "chrome", "a picture's address glued before the text")]


# A paragraph under a glued picture's address has words of its own, a sentence's worth.
_GLUED_PICTURE_WORDS = 5

# A picture's placeholder ("image", "Photo") or a one-word alt text ("Tools") run into the
# paragraph under it with no space: the word, then a sentence's first word with its capital
# ("imageFrom Pennlive:", "ToolsThe reason for this is …").  The sentence's first word is
# one that opens sentences (an article, a pronoun, a preposition), so a name of two capitals
# ("PowerPoint", "YouTube") is never split.
_GLUED_ALT_RE = re.compile(
    r"(?P<word>(?:image|photo|picture|img)|[A-Z][a-z]{2,}|[a-z]{4,})"
    r"(?=(?:The|This|That|These|Those|There|Here|It|Its|We|Our|I|My|In|On|At|As|For|From"
    r"|When|While|After|Before|A|An|If|Last|Each|Every|Many|Most|Some|One)[ ,:])")


# The placeholder glued to a quotation's opening mark ("image“It’s the stories …"), and the
# name a word processor's export gives a picture ("clip_image002 The memorial …").
_QUOTED_AFTER_RE = re.compile(r"(?P<word>image|photo|picture|img)(?=[“‘\"][^\W\d_])")
_WORD_PICTURE_RE = re.compile(r"clip_image\d{2,4}(?:\.(?:png|jpe?g|gif))?\s+(?=[A-Z“‘\"])")


_GLUED_PICTURE_NOTE = "a picture's placeholder or alt text glued before the text"


def picture_word_before_text(line: str) -> list[Edit]:
    """A picture's placeholder or one-word alt text glued before a paragraph's first word.

    >>> [e.before for e in picture_word_before_text("imageFrom Pennlive: the brewery opens.")]
    ['image']
    >>> [e.before for e in picture_word_before_text(
    ...     "ToolsThe reason for this is both simple and complex.")]
    ['Tools']

    >>> [e.before for e in picture_word_before_text(
    ...     "trophieOne of the events that impressed me the most was the honey show.")]
    ['trophie']

    A name of two capitals, or a line too short to be a paragraph, stays:

    >>> picture_word_before_text("PowerPoint makes the slides for the meeting.")
    []
    >>> picture_word_before_text("macOS and iPhone users got the update. The rest did not.")
    []
    >>> picture_word_before_text("HomeThe News")
    []

    The placeholder glued to a quotation that opens the paragraph, and the name a word
    processor gives a picture it exports ("clip_image002"), go too:

    >>> [e.before for e in picture_word_before_text("image“It’s the stories we remember,” "
    ...                                             "he said.")]
    ['image']
    >>> [e.before for e in picture_word_before_text(
    ...     "clip_image002 The memorial names 72,000 men who died in the battle.")]
    ['clip_image002 ']
    """
    word_file = _WORD_PICTURE_RE.match(line)
    if word_file is not None and len(line.split()) >= _GLUED_PICTURE_WORDS:
        return [Edit(0, word_file.group(), "", "chrome", _GLUED_PICTURE_NOTE)]
    match = _GLUED_ALT_RE.match(line) or _QUOTED_AFTER_RE.match(line)
    # A placeholder in small letters glued to a capital is no word of any text; an alt
    # text's word is, and needs a paragraph's words under it (a word in small letters
    # of the alt text, "trophieOne of the events", as many as a capital's).
    word = match.group("word") if match is not None else ""
    placeholder = word in ("image", "photo", "picture", "img")
    if match is None or len(line.split()) < (2 if placeholder else _GLUED_PICTURE_WORDS):
        return []
    return [Edit(0, word, "", "chrome", _GLUED_PICTURE_NOTE)]


# The next post's title run onto the page's last sentence with no space after its full stop
# ("… Director, BRICS International Forum.Publication of the international conference …"):
# a word of three small letters or more closes the sentence, a capitalised title of four
# words or more that ends no sentence follows, to the end of the page.
_GLUED_TITLE_RE = re.compile(r"(?<=[a-z]{3}\.)[A-Z][a-z]+(?: [^\s.!?]+){3,}\s*$")


def title_glued_to_last_line(lines: Sequence[str | None],
                             code: Sequence[bool]) -> dict[int, Edit]:
    """The next post's title the scraper ran onto the page's last line (index → edit).

    >>> title_glued_to_last_line(["A forum met.", "", "The delegation was headed by its "
    ...     "Director, BRICS International Forum.Publication of the international "
    ...     "research-to-practice conference Forming the common space"], [False] * 3)[2].before
    'Publication of the international research-to-practice conference Forming the common space'

    A stop with no space in a sentence that goes on is the author's:

    >>> title_glued_to_last_line(["See the report at example.Org for the whole text of "
    ...     "the agreement."], [False])
    {}
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if (lines[i] or "").strip()), None)
    if last is None or code[last]:
        return {}
    line = (lines[last] or "").rstrip()
    match = _GLUED_TITLE_RE.search(line)
    if match is None or not page.SENTENCE_END_RE.search(line[:match.start()]):
        return {}
    return {last: Edit(match.start(), line[match.start():], "", "chrome",
                       "next post's title glued to the last line")}


def opens_a_split_line(lines: Sequence[str | None], index: int) -> bool:
    """Does the next line of text go on with this one, a scraper's break in its middle?

    The line opens with a capital and ends no sentence or phrase, and the next one opens
    in lower case with a letter ("New details in killing" / "of police officer"); neither
    holds a figure, as a weather widget's readings do ("Cloudy" / "feels like -4").

    >>> opens_a_split_line(["New details in killing", "", "of police officer"], 0)
    True
    >>> opens_a_split_line(["World", "", "iPhone sales rose in March"], 0)
    False
    >>> opens_a_split_line(["Partly cloudy", "", "feels like -4"], 0)
    False
    """
    text = (lines[index] or "").strip()
    # A headline's first half opens with a capital, and neither half is a widget's
    # reading ("partly cloudy" / "feels like -4").
    if (not text or not text[0].isupper() or re.search(r"[.!?:;,)\]»”\"'’]$", text)
            or re.search(r"\d", text)):
        return False
    below = _next_text(lines, index)
    if below is None:
        return False
    start = (lines[below] or "").strip()
    return (bool(re.match(r"[^\W\d_]", start)) and start[0].islower()
            and not re.search(r"\d", start) and len(start.split()) >= 2 and not (
                # a brand written in lower case ("iPhone", "eBay") opens a line of its own
                len(start) > 1 and start[1].isupper()))


# Words this long share a stem when their first letters agree ("Международный",
# "Международной"): a headline and the opening of its own text speak of one thing.
_STEM_LETTERS = 6
_STEM_WORD_RE = re.compile(r"[^\W\d_]{7,}")


def _stems(text: str) -> set[str]:
    return {w.casefold()[:_STEM_LETTERS] for w in _STEM_WORD_RE.findall(text)}


def headline_over_its_text(texts: Sequence[str]) -> bool:
    """Is one of these lines a headline over the opening of its own text, cut by the store
    before its first full stop, and no list of other stories' headlines?

    The line under it is longer, and the two share a word's stem: a list's headlines
    each tell a story of their own, and its items open alike and carry figures.

    >>> headline_over_its_text([
    ...     "Officials congratulated three families on the International Day of the Blind",
    ...     "White Cane Day was established on 15 October 1970 on the initiative of the "
    ...     "International Federation of the Bli"])
    True
    >>> headline_over_its_text(["Council approves the budget for next year",
    ...                         "Heavy rain expected across the region on Sunday"])
    False
    >>> headline_over_its_text(["Started by Anna Berg Feb 10, 2024. 0 Replies",
    ...                         "Started by Tom Hale Jun 29, 2023. 0 Replies 0 Likes"])
    False
    """
    for above, below in itertools.pairwise(texts):
        # (A list's items open alike and carry their dates and counts: "Started by Ann
        # Feb 10, 2024. 0 Replies" over "Started by Bob Jun 29, 2023. 0 Replies".)
        if (len(below.split()) > len(above.split()) and _stems(above) & _stems(below)
                and not re.search(r"\d", above)
                and above.split()[0].casefold() != below.split()[0].casefold()):
            return True
    return False


# A wire service's list of the cuts it sends with a story: its header ("SHOWS: GENEVA,
# SWITZERLAND (DECEMBER 1, 2026) (REUTERS - ACCESS ALL)", "SHOTLIST", "STORY: …"), its
# numbered shots and soundbites ("2. (SOUNDBITE) (English) SPOKESMAN, JOHN SMITH, SAYING:"),
# the words of a soundbite in quotes, its cuts with their lengths ("CUT 1 (0:15)") and its
# fields ("LENGTH: 01:03", "RESTRICTIONS: AP Clients Only").  Written in capitals, as a
# newsroom's system prints them.
_CUT_HEADER_RE = re.compile(
    r"(?:(?:VIDEO |AUDIO )?SHOWS|SHOT ?LIST|STORY|SCRIPT|AUDIO CUTS?|VIDEO CUTS?)\s*:?.*|"
    r"(?:\d{1,2}\.\s*)?\(?SOUNDBITE\)?\s*\([A-Z][a-z]+\).*|CUT \d{1,2}\b.*")
_CUT_FIELD_RE = re.compile(
    r"(?:LENGTH|FIRST RUN|RESTRICTIONS|TYPE|SOURCE|STORY NUMBER|DATELINE|VIDEO|AUDIO|"
    r"DURATION|DIGITAL|ACCESS|LOCATION|SHOT|SHOTLIST)\s*:.*")
_CUT_ITEM_RE = re.compile(r"\d{1,3}\.\s*\S.*|CUT \d{1,2}\b.*|\(?\d{1,2}:\d{2}\)?.*")
_DURATION_RE = re.compile(r"\(\d{1,2}:\d{2}\)|\b\d{1,2}:\d{2}\b")
_QUOTED_RE = re.compile(r"[\"“”„«'‘].*")
# Shots and soundbites are written mostly in capitals.
_CAPITALS_SHARE = 0.6
# The story above the list: this many lines of prose at least.
_CUT_STORY_LINES = 2


def _capitals(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 1.0


def _cut_line(text: str) -> bool:
    """Is this a line of a wire service's cut list: a field, a numbered shot or cut in
    capitals, a soundbite's marker, its words in quotes, a length?"""
    if _CUT_FIELD_RE.fullmatch(text) or (_CUT_HEADER_RE.fullmatch(text) and (
            _capitals(text) >= _CAPITALS_SHARE or "SOUNDBITE" in text)):
        return True
    if _CUT_ITEM_RE.fullmatch(text):
        return _capitals(text) >= _CAPITALS_SHARE or "SOUNDBITE" in text or bool(
            _DURATION_RE.search(text))
    return bool(_QUOTED_RE.fullmatch(text)) or (
        _capitals(text) >= _CAPITALS_SHARE and not blocks.is_prose(text.lower()))


def wire_cut_list(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A wire service's list of cuts closing its story, to the page's end (index → reason).

    The list opens with its header in capitals ("SHOWS: …", "SHOTLIST", a numbered
    soundbite) under two lines of prose at least, and every line from there to the page's
    end is one of its lines; a line of prose in between (the story's own "STORYLINE" text)
    keeps the whole list.

    >>> lines = ["GENEVA (Reuters) - The council closed the river path on Tuesday after "
    ...          "a week of rain, a spokesman said.", "",
    ...          "The path will reopen once the water has gone down, he added.", "",
    ...          "SHOWS: GENEVA, SWITZERLAND (DECEMBER 1, 2026) (REUTERS - ACCESS ALL)",
    ...          "1. VARIOUS OF RIVER", "2. (SOUNDBITE) (English) SPOKESMAN JOHN SMITH, SAYING:",
    ...          '"We closed the path."', "3. CUT 1 (0:15)"]
    >>> sorted(wire_cut_list(lines, [False] * len(lines)))
    [4, 5, 6, 7, 8]
    """
    texts = {i: " ".join((line or "").split()) for i, line in enumerate(lines)
             if line is not None and not code[i] and (line or "").strip()}
    order = sorted(texts)
    prose = 0
    for k, index in enumerate(order):
        text = texts[index]
        if blocks.is_prose(text) and not _cut_line(text):
            prose += 1
            continue
        if prose < _CUT_STORY_LINES or not _CUT_HEADER_RE.fullmatch(text) or (
                _capitals(text) < _CAPITALS_SHARE and "SOUNDBITE" not in text):
            continue
        rest = order[k:]
        if len(rest) >= 2 and all(_cut_line(texts[i]) for i in rest):
            return {i: "a wire service's list of cuts" for i in rest}
        return {}
    return {}


# A feed of the site's other posts under the article: each post a headline, the date it
# was posted and at times a teaser, set one after another to the page's end.
_FEED_HEADLINE_WORDS = (2, 16)
_FEED_DATE_WORDS = 6
_FEED_POSTS = 2


def _feed_date(text: str) -> bool:
    return len(text.split()) <= _FEED_DATE_WORDS and bool(page.DATELINE_RE.search(text)) \
        and not page.SENTENCE_END_RE.search(text)


def _feed_headline(text: str, article: set[str]) -> bool:
    words = text.split()
    return (_FEED_HEADLINE_WORDS[0] <= len(words) <= _FEED_HEADLINE_WORDS[1]
            and text[:1].isupper() and not page.SENTENCE_END_RE.search(text)
            and not text.endswith(":") and not _feed_date(text)
            and not page.BYLINE_RE.match(text) and not page.CONTRIBUTION_RE.match(text)
            and not page.SOURCE_LINE_RE.match(text)
            and len(_words(text) & article) <= 1)


def feed_of_posts(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The site's feed of other posts closing a scraped page (index → reason).

    Under the article's prose, down to the page's end, two posts at least, each a headline
    sharing at most one word with the article, the date it was posted on the next line,
    and at most one teaser line; only on a page that has already shown itself scraped
    (chrome taken out of it), since an author's list of events has the same shape.

    >>> article = ["We walked the long way round, past the old mill and over the footbridge "
    ...            "that the village rebuilt last spring.", "",
    ...            "The river path should reopen next week, once the water has gone down.", ""]
    >>> feed = ["New bakery opens on the high street", "December 1, 2026",
    ...         "The bakery on the corner opened its doors on Monday.", "",
    ...         "School choir wins regional prize", "November 30, 2026",
    ...         "The choir won the regional contest on Saturday."]
    >>> sorted(feed_of_posts([None, *article, *feed], [False] * 12))
    [5, 6, 7, 9, 10, 11]
    >>> feed_of_posts([*article, *feed], [False] * 11)
    {}
    """
    if not any(line is None for line in lines):
        return {}
    texts = {i: " ".join((line or "").split()) for i, line in enumerate(lines)
             if line is not None and not code[i] and (line or "").strip()}
    order = sorted(texts)
    prose = [i for i in order if blocks.is_prose(texts[i])]
    if len(prose) < _CUT_STORY_LINES:
        return {}
    # Read the posts back from the page's end: [headline, date, teaser?] each.
    posts: list[list[int]] = []
    k = len(order)
    while k > 0:
        end = k
        if k >= 2 and _feed_date(texts[order[k - 1]]):
            start = k - 2
        elif k >= 3 and _feed_date(texts[order[k - 2]]) and order[k - 1] == order[k - 2] + 1:
            start = k - 3
        else:
            break
        head = order[start]
        if order[start + 1] != head + 1:
            break
        posts.append(order[start:end])
        k = start
    if len(posts) < _FEED_POSTS or k == 0:
        return {}
    article = set().union(*(_words(texts[i]) for i in order[:k] if blocks.is_prose(texts[i])))
    if not article or not all(_feed_headline(texts[post[0]], article) for post in posts):
        return {}
    # The article's own prose must stand above the feed.
    if sum(1 for i in order[:k] if blocks.is_prose(texts[i])) < _CUT_STORY_LINES:
        return {}
    return {i: "a feed of the site's other posts" for post in posts for i in post}


# Lines of a site's template at the top of the page that no rule of the whole page may
# lean on: a comment counter's word for none ("Keine Kommentare", "No comments"), a plea
# to allow the site's advertisements, a placeholder for a picture that did not load.  They
# are taken after the page's rules have judged it, so that a subtitle or a headline in the
# same paragraph is not taken along as "a short line among chrome".
# A line this long is the article's prose, sentence or not.
_PROSE_WORDS = 20
_TEMPLATE_LINE_RE = re.compile(
    r"(?:no comments|keine kommentare|aucun commentaire|nessun commento|нет комментариев"
    r"|sin comentarios|sem comentários|δεν υπάρχουν σχόλια)"
    r"|(?:by )?(?:allowing|whitelisting|enabling) ads (?:to appear )?on (?:this|our) "
    r"(?:web)?site\b.*"
    r"|(?:placeholder (?:image|photo|picture)|image placeholder)",
    re.IGNORECASE)


def template_lines_at_top(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A site template's own lines above the article's first line of prose (index → reason).

    >>> template_lines_at_top(["Ein Einstieg in Empfehlungssysteme", "", "Eine gute Empfehlung",
    ...                        "Keine Kommentare", "",
    ...                        "Die Grundlage von Empfehlungssystemen ist keine Zauberei, "
    ...                        "wie der folgende Beitrag zeigt."], [False] * 6)
    {3: "a site template's line"}

    Inside the article the same words are the author's:

    >>> template_lines_at_top(["The mayor answered the questions.", "", "No comments",
    ...                        "", "The council met again on Friday."], [False] * 5)
    {}
    """
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        text = " ".join((line or "").split())
        if not text or code[index]:
            continue
        if _TEMPLATE_LINE_RE.fullmatch(text):
            found[index] = "a site template's line"
        elif page.SENTENCE_END_RE.search(text) or len(text.split()) >= _PROSE_WORDS:
            break   # the article has begun: a sentence, or a long line of its prose
    return found


# A view counter glued to the byline it stands beside ("by Jhon Lennon 53 views").
_COUNT_AFTER_BYLINE_RE = re.compile(
    r"(?:by|von|par|por|door|di|av|автор:?|από)\s+(?P<name>\S.*?)"
    r"(?P<count>\s+\d[\d.,\s]*[KkMm]?\s+(?:views|reads|Aufrufe|vues|lectures|visitas|"
    r"visualizaciones|lecturas|visualizzazioni|weergaven|просмотр(?:ов|а)?|προβολές))",
    re.IGNORECASE)


def count_after_byline(line: str) -> list[Edit]:
    """A view counter glued to the end of a byline.

    >>> [e.before for e in count_after_byline("by Jhon Lennon 53 views")]
    [' 53 views']
    >>> count_after_byline("By the end of the week, 53 views had been sent in.")
    []
    >>> count_after_byline("By the end of the week we had 53 views")
    []
    """
    match = _COUNT_AFTER_BYLINE_RE.fullmatch(line.strip())
    if (match is None or page.SENTENCE_END_RE.search(line.strip())
            or not blocks.is_name(match.group("name"))):
        return []
    start = line.index(line.strip()) + match.start("count")
    return [Edit(start, match.group("count"), "", "chrome", "view counter")]


# A view counter set after a date stamp with a gap of blanks: "Date edited: 13/09/2022
# 08:12.   Views: 650", "12.06.2024   Просмотров: 1 204", "Hits: 12" in the languages of
# the pages, its label before the figure or after it; a comment counter set after one with
# a bar ("June 09, 2018 | 0 Comments").
_COUNT_WORDS = (r"(?:views|hits|reads|просмотр(?:ов|ы)?|прочтени(?:й|я)|προβολές|αναγνώσεις"
                r"|aufrufe|vues|visitas|lecturas)")
_COMMENT_WORDS = r"(?:comments?|комментари(?:й|я|ев)|σχόλια?|kommentare?|commentaires?)"
_COUNT_AFTER_STAMP_RE = re.compile(
    rf"(?P<count>[ \t]{{2,}}(?:{_COUNT_WORDS}\s*:?\s*\d[\d,.\u00a0 ]*"
    rf"|\d[\d,.\u00a0 ]*\s{_COUNT_WORDS})"
    rf"|\s+[|·•]\s+(?:\d{{1,5}}|no)\s+{_COMMENT_WORDS})[ \t]*$", re.I)

# A bare figure in a meta bar's last field ("General | 7th April 2021 | 0").
_BARE_COUNT_RE = re.compile(r"(?P<count>[ \t]+\|[ \t]+\d{1,4})[ \t]*$")


def count_after_stamp(line: str) -> list[Edit]:
    """A view counter set after the article's date stamp, a gap of blanks between them.

    >>> [e.before for e in count_after_stamp("Date edited: 13/09/2022 08:12.   Views: 650")]
    ['   Views: 650']
    >>> [e.before for e in count_after_stamp("June 09, 2018 | 0 Comments")]
    [' | 0 Comments']
    >>> count_after_stamp("The page was read by many.   Views: 650")
    []

    On a meta bar of fields set apart by bars, a bare figure in the last field is the
    comment counter's, its word dropped with the icon that stood for it:

    >>> [e.before for e in count_after_stamp("General | 7th April 2021 | 0")]
    [' | 0']
    >>> count_after_stamp("7th April 2021 | 0")
    []
    """
    match = _COUNT_AFTER_STAMP_RE.search(line)
    if match is None:
        match = _BARE_COUNT_RE.search(line)
        if match is None or " | " not in line[:match.start()]:
            return []
    stamp = line[:match.start()].strip()
    if not stamp or not page.DATELINE_RE.search(stamp) or len(stamp.split()) > _STAMP_WORDS:
        return []
    return [Edit(match.start(), match.group("count"), "", "chrome", "view counter")]


#: A date stamp is a few words: a sentence that names a date is longer.
_STAMP_WORDS = 6


# The byline's word an author box's name is glued to: "Editorial TeamBy Editorial Team".
_GLUED_BY_RE = re.compile(r"(?<=[^\W_])(?:By|Von|Par|Por|Door|Автор:?|Από) (?=\S)")
_TAIL_MARKS = " \t·•|–—-"


def author_box_before_byline(line: str) -> list[Edit]:
    """An author box's name glued before the byline that repeats it, and the reading time
    or the counter glued after it: "Editorial TeamBy Editorial Team4 min read".

    The same name on both sides of a "By" with no space before it is the box's label
    and the byline run together; the byline stays.  Only a reading time or a counter
    (``meta.meta_kind``) goes from its end; any other tail keeps the whole line.

    >>> [e.before for e in author_box_before_byline("Editorial TeamBy Editorial Team4 min read")]
    ['Editorial Team', '4 min read']
    >>> [e.before for e in author_box_before_byline("Jane DoeBy Jane Doe")]
    ['Jane Doe']
    >>> author_box_before_byline("Stand ByBy Me, a film by Rob Reiner")
    []
    >>> author_box_before_byline("Jane DoeBy Jane Doe and John Smith")
    []
    """
    from cms_i18n.clean.meta import meta_kind

    for match in _GLUED_BY_RE.finditer(line):
        box, rest = line[:match.start()], line[match.end():]
        name = box.strip()
        if (not name or not rest.startswith(name) or not blocks.is_name(name)
                or len(name.split()) > _BOX_NAME_WORDS):
            continue
        tail = rest[len(name):]
        label = tail.strip(_TAIL_MARKS)
        kind = meta_kind(label) if label else None
        if label and kind not in ("reading", "counter"):
            continue
        edits = [Edit(0, box, "", "chrome", "author box")]
        if tail:
            edits.append(Edit(len(line) - len(tail), tail, "", "chrome",
                              "reading time" if kind == "reading" else "counter"))
        return edits
    return []


_BOX_NAME_WORDS = 5


# What a theme prints after the headline's copy in a post's card: the picture's width and
# height and the poster's login ("… turmoil 150 150 admin").
_CARD_RESIDUE_RE = re.compile(r"(?:\d{2,4} ){1,3}[^\W\d_]{2,20}|\d{2,4}(?: \d{2,4}){1,2}")
_CARD_HEADLINE_WORDS = 4


def headline_card_copies(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The headline's copy in a post's card under it, with the card's figures and poster
    glued on (index → reason), above the article's first line of prose.

    >>> headline_card_copies([
    ...     "IMF and Moody's censure UK policy that sparked market turmoil", "",
    ...     "IMF and Moody's censure UK policy that sparked market turmoil 150 150 admin",
    ...     "", "By Andy Bruce"], [False] * 5)
    {2: "the headline's copy in a post's card"}
    >>> headline_card_copies(["Budget talks resume", "", "Budget talks resume 2026 edition"],
    ...                      [False] * 3)
    {}
    """
    found: dict[int, str] = {}
    previous: str | None = None
    for index, line in enumerate(lines):
        text = " ".join((line or "").split())
        if not text or code[index]:
            continue
        if blocks.is_prose(text) and previous is not None and not text.startswith(previous):
            break
        if (previous is not None and len(previous.split()) >= _CARD_HEADLINE_WORDS
                and text.startswith(previous + " ")
                and _CARD_RESIDUE_RE.fullmatch(text[len(previous) + 1:])):
            found[index] = "the headline's copy in a post's card"
            continue
        previous = text
    return found


# A site's contact bar at the very top: phone numbers and an address to write to, set apart
# by bars or commas ("850-433-1141 | info@example.com | Text line: 850-790-5300", "+7 (812) 635
# 55 51, +7 (812) 643 07 77"), with no name.
_PHONE_RE = re.compile(r"\+?\(?\d[\d ().-]{5,}\d")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_LABEL_RE = re.compile(r"(?:[^\W\d_]+ ){0,2}[^\W\d_]+\s*:\s*")
_CONTACT_PIECES = 2
_CONTACT_TOP = 2


def _contact_piece(piece: str) -> bool:
    piece = _CONTACT_LABEL_RE.sub("", piece.strip(), count=1) if ":" in piece else piece.strip()
    return bool(_PHONE_RE.fullmatch(piece) or _EMAIL_RE.fullmatch(piece))


def contact_bar_at_top(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The site's bar of phone numbers and e-mail addresses among the page's first lines
    (index → reason).

    >>> contact_bar_at_top(["  • 850-433-1141 | info@example.com | Text line: 850-790-5300",
    ...                     "", "Business"], [False] * 3)
    {0: "the site's contact bar"}
    >>> contact_bar_at_top(["Media contact: Jane Doe | 850-433-1141 | jane@example.org"],
    ...                    [False])
    {}
    """
    found: dict[int, str] = {}
    seen = 0
    for index, line in enumerate(lines):
        text = " ".join((line or "").split())
        if not text or code[index]:
            continue
        seen += 1
        if seen > _CONTACT_TOP:
            break
        pieces = [p for p in re.split(r"\s[|¦•·]\s|[,;]\s", " " + text.lstrip("•·*- ") + " ")
                  if p.strip()]
        if len(pieces) >= _CONTACT_PIECES and all(_contact_piece(p) for p in pieces):
            found[index] = "the site's contact bar"
    return found


# The count a blog platform heads its comment block with when the post has none (Blogger's
# "No comments:", "Δεν υπάρχουν σχόλια:", "Нет комментариев:"): the colon is the platform's,
# as "no comment" alone is a phrase people say.
_NO_COMMENTS_RE = re.compile(as_seen(
    r"(?:no comments|нет комментариев|немає коментарів|δεν υπάρχουν σχόλια|keine kommentare"
    r"|aucun commentaire"
    r"|no hay comentarios|nenhum comentário|nessun commento|geen reacties|brak komentarzy)\s*:"),
    re.IGNORECASE)
# The count over the comments themselves, each under its writer's "… said..." (Blogger's
# "1 comment:" over "Anonymous said...", "2 комментария:" over "Иван пишет...", "3 σχόλια:"
# over "Ο χρήστης … είπε..."): the readers' words, not the post's, to the page's end.
_COMMENTS_RE = re.compile(as_seen(
    r"\d+ (?:comments?|комментари(?:й|я|ев)|σχόλια?|kommentare?|commentaires?|comentarios?)\s*:"),
    re.IGNORECASE)
# A comment thread's heading naming the post it answers ("18 thoughts on “Community
# Newspapers unite”", "3 responses to "…""): a blog theme prints it over its readers' comments.
# WordPress.com's heading of the thread, its button beside it ("31 Comments Add yours",
# "2 Comments leave one →"); a blog's count with its own prompt ("0 comments (click to read
# or post):").
_THREAD_HEADING_RE = re.compile(
    r"\d+ (?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?) (?:on|to) [“\"«‘'].{1,200}"
    r"|\d+ (?:comments?|responses?|repl(?:y|ies)) (?:add yours|leave one)(?: ?[→»])?"
    r"|\d+ comments? \((?:click|tap) to (?:read|view)(?: or (?:post|comment|reply))?\)\s*:?",
    re.IGNORECASE)
# A theme's bare heading of the thread ("One Comment", "3 Responses"), taken as one only
# over the thread's first comment, numbered 1 as the theme lists them ("  1. How nice …").
_BARE_THREAD_HEADING_RE = re.compile(
    r"(?:one|\d+) (?:comments?|responses?|thoughts?|repl(?:y|ies))", re.IGNORECASE)
_FIRST_COMMENT_RE = re.compile(r"\s*1\.\s+\S")
# The buttons a blog platform sets under each comment ("ReplyDelete", "Replies", "Delete"):
# under a count, they show the lines below it are the readers' comments.
_COMMENT_BUTTONS_RE = re.compile(r"(?:Reply)?Delete|Repl(?:y|ies)|Ответить(?:Удалить)?"
                                 r"|Απάντηση(?:Διαγραφή)?")
#: Lines under a count among which its comments' buttons must show.
_BUTTONS_REACH = 12
#: Comments under their writers' "… said..." that make a comment block without its count.
_SAID_COMMENTS = 2
# A count a blogger renamed ("2 careful considerations:", "5 σκέψεις:"): taken as one only
# right over a comment under its writer's "… said...".
_RENAMED_COUNT_RE = re.compile(r"\d+(?: [^\W\d_]+){1,3}\s*:")
_SAID_RE = re.compile(as_seen(r".{1,60}\s(?:said|wrote|пишет|написал[аи]?|είπε|έγραψε)"
                              r"\s*(?:\.\.\.|…|:)"), re.IGNORECASE)
# Under the count a single post's page holds its form, its pager and the sidebar: this many
# lines at most; more, and the page may be a blog's front page with other posts below.
_UNDER_COUNT_LINES = 12
# The post above the count: this many lines at least, and no fewer than stand below it.
_POST_LINES = 3


def under_comment_count(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The lines under a blog post's "No comments:" to the page's end (index → reason), or
    from its count of comments shown ("1 comment:" over "Anonymous said...").

    A blog platform closes a post with its comment block, and on a post's own page the
    block's count says there are none: nothing a reader wrote follows, only the platform's
    lines and the blog's sidebar (the form's prompt, the pager, the blog's description,
    its popular posts, a badge), whatever words they are made of.  So, when the count
    stands under the post (three lines at least, and more lines above it than below),
    every line under it goes, up to twelve.  Not when a line under it is dated or another
    count: a blog's front page sets its next post there, under its date.

    >>> post = ["Saturday, May 02, 2009", "", "one of my favorite poems",
    ...         "was written by a son", "to his mother", ""]
    >>> sorted(under_comment_count([*post, "No comments:", "", "Our aim is an anthology of "
    ...         "poems; send yours to our e-mail.", "Popular posts"], [False] * 10))
    [6, 8, 9]
    >>> under_comment_count([*post, "No comments:", "", "Friday, May 01, 2009", "",
    ...                    "another poem"], [False] * 11)
    {}

    The count of comments shown under it, each opening with its writer's "… said...",
    takes the comments too: they are the readers' words, not the post's.

    >>> sorted(under_comment_count([*post, "1 comment:", "", "Anonymous said...", "",
    ...                           "We should have won."], [False] * 11))
    [6, 8, 10]

    So does a thread's heading that names the post it answers, whatever the comments
    under it look like (numbered, indented replies), and, where the scraper lost the
    count, two comments or more each under its writer's "… said...".

    >>> sorted(under_comment_count([*post, "2 thoughts on “One of my favourite poems”", "",
    ...                           "  1. Lovely.", "", "      1. Thanks!"], [False] * 11))
    [6, 8, 10]
    >>> sorted(under_comment_count([*post, "One Comment", "", "  1. How nice to get such "
    ...                           "positive comments. Can’t wait for the next one."],
    ...                           [False] * 9))
    [6, 8]
    >>> under_comment_count([*post, "One Comment", "", "The choir sang it well."], [False] * 9)
    {}
    >>> sorted(under_comment_count([*post, "2 comments:", "", "  1. Lovely.", "",
    ...                           "    ReplyDelete", "  2. Thanks!"], [False] * 12))
    [6, 8, 10, 11]
    >>> sorted(under_comment_count([*post, "Jeff said...", "Lovely.", "Ann said...",
    ...                           "Thanks!"], [False] * 10))
    [6, 7, 8, 9]

    A count the blogger renamed is one over a comment under its writer's "… said...":

    >>> sorted(under_comment_count([*post, "2 careful considerations:", "", "Cheri said...",
    ...                           "", "I want one!"], [False] * 11))
    [6, 8, 10]
    """
    texts = [i for i, line in enumerate(lines) if line is not None and (line or "").strip()]
    flat = {i: " ".join((lines[i] or "").split()) for i in texts}
    shown = [k for k, i in enumerate(texts[:-1]) if not code[i] and k >= _POST_LINES
             and (_COMMENTS_RE.fullmatch(flat[i]) or _RENAMED_COUNT_RE.fullmatch(flat[i]))
             and _SAID_RE.fullmatch(flat[texts[k + 1]])]
    shown += [k for k, i in enumerate(texts[:-1]) if not code[i] and k >= _POST_LINES
              and _BARE_THREAD_HEADING_RE.fullmatch(flat[i])
              and _FIRST_COMMENT_RE.match(lines[texts[k + 1]] or "")]
    shown += [k for k, i in enumerate(texts[:-1]) if not code[i] and k >= _POST_LINES
              and (_THREAD_HEADING_RE.fullmatch(flat[i]) or (
                  _COMMENTS_RE.fullmatch(flat[i]) and any(
                      _COMMENT_BUTTONS_RE.fullmatch(flat[j])
                      for j in texts[k + 1:k + 1 + _BUTTONS_REACH])))]
    # The count lost by the scraper: two comments or more, each under its writer's
    # "… said...", under the post, are the comment block all the same.
    said = [k for k, i in enumerate(texts[:-1]) if not code[i] and k >= _POST_LINES
            and _SAID_RE.fullmatch(flat[i]) and flat[i].endswith(("...", "…"))]
    if len(said) >= _SAID_COMMENTS:
        shown.append(said[0])
    if shown:
        # the comments themselves, under their count: a post's own page, to its end
        return {i: "readers' comments under their count" for i in texts[min(shown):]}
    counts = [k for k, i in enumerate(texts)
              if not code[i] and _NO_COMMENTS_RE.fullmatch(flat[i])]
    if not counts:
        return {}
    k = counts[-1]
    above, below = texts[:k], texts[k + 1:]
    if (not below or len(below) > _UNDER_COUNT_LINES or len(above) < _POST_LINES
            or len(above) <= len(below)):
        return {}
    if any(code[i] or page.DATELINE_RE.search(" ".join((lines[i] or "").split())) for i in below):
        return {}
    return {i: "blog's lines under its comment count" for i in [texts[k], *below]}


# A blog platform's numbered comment under a post ("  1. Looks really good! care to
# Share?"), and the turn-over paragraphs of one, set in further ("    Thanks for stopping by").
_NUMBERED_COMMENT_RE = re.compile(r"  (\d+)\. \S")
_COMMENT_TURNOVER_RE = re.compile(r" {4}\S")
# A reader speaking of themselves, or smiling: what a comment says and a post's list
# of steps, items or sources seldom does.
_FIRST_PERSON_RE = re.compile(r"(?<![\w'’])(?:I|I'[a-z]+|I’[a-z]+|[Mm]y|[Mm]e)(?![\w'’])"
                              r"|[:;]-?[)D]")
#: Numbered comments that make a comment block at least.
_NUMBERED_COMMENTS = 2
#: Blank lines a template leaves between a post and its comments at least.
_COMMENTS_GAP = 2


def numbered_comments_at_end(lines: Sequence[str | None], code: Sequence[bool]
                             ) -> dict[int, str]:
    """Readers' comments a blog platform numbers under a post, where the scraper lost their
    count and their writers' names (index → reason).

    The comments close the page, numbered from 1 without a gap, each set in by two blanks
    and its further paragraphs by four, apart from the post by a run of blank lines where
    the comment form's heading stood; and readers speak of themselves ("I'd read it!",
    "One of my favorites...", ":)"). An author's numbered list stands right under the
    sentence that introduces it, and its items are steps, things or sources.

    >>> post = ["Soup season is upon us.", "What are your favourite recipes?", "", "", ""]
    >>> comments = ["  1. Great idea to rustle up recipes. :)", "",
    ...             "  2. One of my favorites...", "", "    I brought it to your party."]
    >>> sorted(numbered_comments_at_end([*post, *comments], [False] * 10))
    [5, 7, 9]
    >>> steps = ["  1. Chop the onion.", "", "  2. Fry it in oil."]
    >>> numbered_comments_at_end([*post, *steps], [False] * 8)
    {}
    >>> numbered_comments_at_end([*post[:3], *comments], [False] * 8)
    {}
    """
    filled = [i for i, line in enumerate(lines) if line is not None and (line or "").strip()]
    items: list[int] = []
    block: list[int] = []
    for index in reversed(filled):
        line = lines[index] or ""
        if code[index]:
            return {}
        numbered = _NUMBERED_COMMENT_RE.match(line)
        if numbered:
            items.insert(0, int(numbered.group(1)))
        elif not _COMMENT_TURNOVER_RE.match(line):
            break
        block.insert(0, index)
    if (len(items) < _NUMBERED_COMMENTS or items != list(range(1, len(items) + 1))
            or not _NUMBERED_COMMENT_RE.match(lines[block[0]] or "")):
        return {}
    above = [i for i in filled if i < block[0]]
    if not above or block[0] - above[-1] - 1 < _COMMENTS_GAP:
        return {}
    if not page.SENTENCE_END_RE.search((lines[above[-1]] or "").strip()):
        return {}
    # each comment (its numbered line and the turn-over lines under it): does it speak so?
    speaking: dict[int, bool] = {}
    comment = block[0]
    for index in block:
        if _NUMBERED_COMMENT_RE.match(lines[index] or ""):
            comment = index
        speaking[comment] = speaking.get(comment, False) or bool(
            _FIRST_PERSON_RE.search(lines[index] or ""))
    if 3 * sum(speaking.values()) < 2 * len(speaking):
        return {}
    return {i: "readers' numbered comments under the post" for i in block}


#: Headlines in a feed under the article: this many at least, each this many words.
_FEED_HEADLINES = 4
_FEED_WORDS = (3, 20)
#: The blank lines a page's template leaves between the article and a feed at least.
_FEED_GAP = 2
#: Headlines right under the article, no blank line between, that make a feed.
_FEED_CLOSE_HEADLINES = 5
#: A headline's words on average at least; a line of verse is shorter.
_FEED_MEAN_WORDS = 7.5


def closing_headline_feed(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A feed of other stories' headlines closing the page, set apart from the article by
    a run of blank lines, or five headlines and more right under it (index → reason).

    A news site prints its latest stories under the article, each headline a line of its
    own with no sentence's stop, one right under the other; the scraper keeps the
    template's empty blocks between them and the article as a run of blank lines, or none
    where it writes every paragraph on a line of its own.  An author's list under a text
    stands after one blank line, or says what it lists, and is seldom five lines of
    headlines.

    >>> story = ["Tajikistan to attend SCO meeting", "The meeting will be held in Beijing.",
    ...          "The primary task is to prepare the summit, Lu said.", "", "", ""]
    >>> feed = ["Tajikistan and the UAE plan to develop green energy",
    ...         "Growth in the Number of Tourism Service Providers",
    ...         "Abu Dhabi Fund Signs $100 Million Deal for Rogun Plant",
    ...         "Industrial Output in Tajikistan Reaches 66.7 Billion Somoni"]
    >>> sorted(closing_headline_feed([*story, *feed, ""], [False] * 11))
    [6, 7, 8, 9]
    >>> closing_headline_feed([*story[:4], *feed], [False] * 8)
    {}
    >>> more = [*feed, "Road patched over 200 times still dangerous"]
    >>> sorted(closing_headline_feed([*story[:3], *more], [False] * 8))
    [3, 4, 5, 6, 7]
    >>> noted = [f"{h} (see the notes)" for h in more]
    >>> closing_headline_feed([*story[:3], *noted], [False] * 8)
    {}
    """
    filled = [i for i, line in enumerate(lines) if line is not None and (line or "").strip()]
    block: list[int] = []
    for index in reversed(filled):
        text = " ".join((lines[index] or "").split())
        if (code[index] or not _FEED_WORDS[0] <= len(text.split()) <= _FEED_WORDS[1]
                or _SENTENCE_END_RE.search(text) or not text[:1].isupper()
                or is_list_item(text) or page.SOURCE_LINE_RE.match(text)
                or page.BYLINE_RE.match(text) or page.DATELINE_RE.match(text)):
            break   # (the article's source, byline or date closes it, no headline)
        if block and any((lines[k] or "").strip() == "" for k in range(index + 1, block[0])):
            break   # a blank line inside: the headlines are one run
        block.insert(0, index)
    above = [i for i in filled if i < (block[0] if block else 0)]
    if len(block) < _FEED_HEADLINES or not above:
        return {}
    last = above[-1]
    gap = block[0] - last - 1
    if gap < _FEED_GAP and not (gap == 0 and len(block) >= _FEED_CLOSE_HEADLINES):
        return {}
    words = sum(len((lines[i] or "").split()) for i in block) / len(block)
    if words < _FEED_MEAN_WORDS:
        return {}   # a poem's lines under its introduction, no stop after any of them
    if 2 * sum((lines[i] or "").rstrip().endswith((")", "]")) for i in block) >= len(block):
        return {}   # an author's list, each item with its note in brackets ("Service
                    # projects (needed for all ranks …)"): a headline seldom ends so
    text = " ".join((lines[i] or "") for i in above)
    if not page.SENTENCE_END_RE.search((lines[last] or "").strip()) or len(text.split()) < 20:
        return {}
    return {i: "a feed of other stories under the article" for i in block}
