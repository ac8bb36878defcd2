"""Boxes a page's template sets around the article, judged by shape and place.

Each is a block the article never writes in that shape at that place, and each is taken
only whole, never by a site's name or a sentence's exact words:

* **the author's box closing the article** — under the last paragraph, the author's name
  on a line of its own or a social handle ("@name", "Follow @name"), and a one-line bio
  that opens with the name and a verb in lower case ("Jane Doe is a reporter at …"),
  with the column's plea that names the author again (:func:`author_box_at_end`);
* **a box about the site or its author closing the page** — a name printed twice in a
  row (the logo's alt text, then the name) over a few sentences that end the page
  ("Harbour Herald" / "Harbour Herald" / "What began as a newsletter … readers can trust …"):
  no author prints a name twice running (:func:`named_box_at_end`);
* **a numbered trail at the top** — a breadcrumb the scraper wrote as a numbered list
  ("1. Home", "2. Print", …) whose last item is the headline printed below it, and a
  section label under it that repeats one of its items, or a short one that opens at the
  home page ("1. Home" / "2. Global") over a headline, with the banner above it whose
  link says "Find out more." (:func:`numbered_trail_at_top`); or a bulleted one that opens
  at the home page ("- Главная" / "- Новости") over the label repeating its last step
  (:func:`bulleted_trail_at_top`);
* **a document converter's navigation at the top** — a bar of arrows ("<-  -c-  ->"), or
  two or more of "Previous: …", "Up: …", "Next Page: …" above the text
  (:func:`converter_navigation_at_top`);
* **a notice box at the top that sends the reader to another page** — its heading, a
  sentence pointing to the page ("Please check our weather page for …") and the link to it
  ("Extreme weather webpage."), all naming one subject, over the headline
  (:func:`pointer_box_at_top`);
* **a template's build stamp opening the page** — a word in lower case and a short
  hexadecimal hash ("snag 637a100") alone above the headline (:func:`build_stamp_at_top`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cms_i18n.clean.vocabulary import HOME_WORDS

# The last lines of a page, where an author's box stands.
_BOX_LINES = 5
# A bio is a sentence or two; a longer line is the article's own paragraph.
_BIO_WORDS = 45
# The article above the box: at least one paragraph of this many words.
_ARTICLE_WORDS = 12
# A name is two to four capitalised words.
_NAME_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?"
_NAME_RE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}")
# A handle alone, or behind a call to follow it ("Follow @name", "Follow me: @name").
_HANDLE_RE = re.compile(r"(?:[^\W\d_]+(?: [^\W\d_]+){0,3}\W{0,2} )?@\w{2,30}(?: on \w+)?\W?")
# The page's first lines, where a trail and a converter's navigation stand.
_TOP_LINES = 10
_TRAIL_ITEM_RE = re.compile(r"(\d{1,2})\. (\S.*)")
_TRAIL_MIN = 3
_TRAIL_WORDS = 14
# How far below the trail its last item is printed again as the headline.
_TRAIL_REACH = 4
# A trail that opens at the site's home: "1. Home" / "2. Global", short sections after it.
_HOME_TRAIL_MIN = 2
_SECTION_WORDS = 3
# A banner's link over the trail: "Find out more.", "Подробнее", "Μάθετε περισσότερα".
_BANNER_CALL_RE = re.compile(
    r"(?:find out more|learn more|read more|more info|подробнее|узнать больше|читать далее"
    r"|μάθετε περισσότερα|διαβάστε περισσότερα|περισσότερα)\s*[.!…>»→]?", re.IGNORECASE)
# A banner is a sentence or two: no longer line stands above a trail as the site's.
_BANNER_WORDS = 15
_ARROW_RE = re.compile(r"<-|->|<<|>>|[«»←→↑]")
_ARROW_TOKEN_RE = re.compile(r"[-<>«»←→↑|^]*[^\W\d_]?[-<>«»←→↑|^]*")
_NAV_LABEL_RE = re.compile(
    r"(?:previous|prev|next|up|back)(?: (?:page|chapter|section|topic))?\s*:\s*\S",
    re.IGNORECASE)
_NAV_WORDS = 14
_SENTENCE_RE = re.compile(r"[.!?]\W*$")


def _text(line: str | None) -> str:
    return " ".join((line or "").split())


def _texts(lines: Sequence[str | None], code: Sequence[bool]) -> list[int]:
    return [i for i, line in enumerate(lines) if _text(line) and not code[i]]


def _is_name(text: str) -> bool:
    return bool(_NAME_RE.fullmatch(text)) and all(w[0].isupper() for w in text.split())


def _is_handle(text: str) -> bool:
    return len(text.split()) <= 6 and bool(_HANDLE_RE.fullmatch(text))


def _bio_name(text: str) -> str | None:
    """The name a one-line bio opens with, or None."""
    words = text.split()
    if not words or len(words) > _BIO_WORDS or not _SENTENCE_RE.search(text):
        return None
    for size in (4, 3, 2):
        if len(words) > size and _is_name(" ".join(words[:size])) \
                and words[size][:1].islower() and words[size][:1].isalpha():
            return " ".join(words[:size])
    return None


# The label an author's box prints before the name: "Author: Jason Ditz".
_BOX_LABEL_RE = re.compile(r"(?:about the author|author|written by)\s*:\s*", re.IGNORECASE)
# A bio's verb in the present, after the name: what the writer is, has or does.
_BIO_VERB_RE = re.compile(r"(?:is|has|writes|lives|works|teaches|blogs|covers)\b")
# A bio's next sentence, about the same person: "… since she could write. She is …".
_GOES_ON_RE = re.compile(r"[.!?] (?:He|She|They|His|Her|Their) ")


def author_box_at_end(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The author's box under the article's last paragraph (index → reason): a bio that
    opens with the author's name, under the name alone on its line or a social handle,
    and what follows it to the end only if it is a handle or names the author again.

    >>> lines = ["Matt Lewis", "I finally joined Twitter after avoiding it for as long as I "
    ...          "possibly could, and it suits a day of events.", "", "Matt Lewis", "",
    ...          "Matt Lewis is a conservative writer based in Alexandria, VA.", "",
    ...          "Be the first to read Matt Lewis' column. Sign up today."]
    >>> sorted(author_box_at_end(lines, [False] * len(lines)))
    [3, 5, 7]
    >>> lines = ["The harvest came early this year, and the farmers of the valley were "
    ...          "glad of it.", "John Smith is a farmer who has worked this land for decades."]
    >>> author_box_at_end(lines, [False] * len(lines))
    {}

    The box's label over the name, or the name alone over a bio of its writer in the
    present, more than the one sentence of a credit, that ends the page:

    >>> lines = ["The harvest came early this year, and the farmers of the valley were "
    ...          "glad of it.", "Author: Jane Doe", "Jane Doe is Senior Editor here."]
    >>> sorted(author_box_at_end(lines, [False] * len(lines)))
    [1, 2]
    >>> lines[1:] = ["Jane Doe", "Jane Doe has loved stories since she could read. She is a "
    ...              "member of the poetry club."]
    >>> sorted(author_box_at_end(lines, [False] * len(lines)))
    [1, 2]
    >>> lines[1:] = ["Georgios Makropoulos", "Georgios Makropoulos spoke as acting president. "
    ...              "He thanked the players."]
    >>> author_box_at_end(lines, [False] * len(lines))
    {}
    """
    texts = _texts(lines, code)
    for pos in range(max(1, len(texts) - _BOX_LINES), len(texts)):
        name = _bio_name(_text(lines[texts[pos]]))
        if name is None:
            continue
        start = pos
        evidence = False
        named = False
        while start > 0:
            above = _text(lines[texts[start - 1]])
            label = _BOX_LABEL_RE.match(above)
            if _is_handle(above):
                evidence = True
            elif above.casefold() == name.casefold():
                named = True
            elif label and above[label.end():].casefold() == name.casefold():
                named = evidence = True         # "Author: Jason Ditz", the box's own label
            else:
                break
            start -= 1
        surname = name.split()[-1].casefold()
        after = [_text(lines[i]) for i in texts[pos + 1:]]
        # The name over a bio alone may be the article's own credit; a handle, or a plea
        # naming the author again under the bio, shows the template's box; so does a bio
        # that says what its writer is or does now and goes on about them, ending the page
        # ("Morna Sullivan" / "Morna Sullivan has always had a love of stories … She is a
        # member of …"), where a credit is one sentence ("Jane Doe is managing editor of the
        # Courier.") and an article's last paragraph under a name tells what was done ("…
        # spoke as FIDE's acting president").
        bio = _text(lines[texts[pos]])
        about = _BIO_VERB_RE.match(bio, len(name) + 1) is not None \
            and _GOES_ON_RE.search(bio) is not None
        evidence = evidence or any(_is_handle(t) for t in after) or (named and bool(after)) \
            or (named and about and not after)
        if not evidence or not all(_is_handle(t) or surname in t.casefold() for t in after):
            continue
        if not any(len(_text(lines[i]).split()) >= _ARTICLE_WORDS for i in texts[:start]):
            continue
        return {i: "the author's box" for i in texts[start:]}
    return {}


# The box's text under the name: a few sentences.
_NAMED_BOX_WORDS = 80
_NAMED_BOX_LINES = 2


def named_box_at_end(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A box about the site (or its author) closing the page (index → reason): a name
    printed twice on two lines in a row, right over one or two lines of sentences, of
    eighty words at most, that end the page, below the article's prose.

    A template prints the box's name twice, once as its picture's alt text; an author
    writes a heading once.  Only the page's last lines are judged, and only under an
    article: a name over a note alone is a signature.

    >>> lines = ["The treaty took effect in 1994, and six states renewed it in 1999.", "",
    ...          "Harbour Herald", "Harbour Herald", "What began as a newsletter has turned into a "
    ...          "necessity. Tune in to our podcasts!"]
    >>> sorted(named_box_at_end(lines, [False] * len(lines)))
    [2, 3, 4]
    >>> lines[3] = "Harbour Weekly"
    >>> named_box_at_end(lines, [False] * len(lines))
    {}
    """
    texts = _texts(lines, code)
    for size in range(1, _NAMED_BOX_LINES + 1):
        if len(texts) < size + 3:
            break
        box = texts[-size:]
        first, second = texts[-size - 2], texts[-size - 1]
        name = _text(lines[first])
        if not (second == first + 1 and box[0] == second + 1
                and box[-1] - box[0] == len(box) - 1
                and _text(lines[second]) == name and _is_name(name)):
            continue
        body = [_text(lines[i]) for i in box]
        if (sum(len(t.split()) for t in body) > _NAMED_BOX_WORDS
                or not _SENTENCE_RE.search(body[-1])
                or not any(len(_text(lines[i]).split()) >= _ARTICLE_WORDS
                           and _SENTENCE_RE.search(_text(lines[i]))
                           for i in texts[:-size - 2])):
            continue
        return {i: "the site's box" for i in (first, second, *box)}
    return {}


def numbered_trail_at_top(lines: Sequence[str | None],
                          code: Sequence[bool]) -> dict[int, str]:
    """A breadcrumb written as a numbered list among the first lines, its last item the
    headline printed below it, and a section label between them that repeats one of its
    items (index → reason).

    >>> lines = ["1. Home", "  2. Print", "  3. Politik", "  4. Seibert twittert jetzt:", "",
    ...          "Politik", "", "Seibert twittert jetzt", "", "Berlin - Der Sprecher twittert."]
    >>> sorted(numbered_trail_at_top(lines, [False] * len(lines)))
    [0, 1, 2, 3, 5]
    >>> lines = ["1. Flour", "2. Sugar", "3. Eggs", "", "Mix them well."]
    >>> numbered_trail_at_top(lines, [False] * len(lines))
    {}
    """
    texts = _texts(lines, code)[:_TOP_LINES]
    for first in range(len(texts)):
        run: list[tuple[int, str]] = []
        for index in texts[first:]:
            match = _TRAIL_ITEM_RE.fullmatch(_text(lines[index]))
            if not match or int(match.group(1)) != len(run) + 1 \
                    or len(match.group(2).split()) > _TRAIL_WORDS:
                break
            run.append((index, match.group(2)))
        if len(run) < _TRAIL_MIN:
            if _home_trail(run, lines, texts):
                return _with_banner(run, lines, texts)
            continue
        last = run[-1][1].rstrip(" :…>»").casefold()
        items = {item.rstrip(" :…>»").casefold() for _, item in run}
        below = [i for i in texts if i > run[-1][0]][:_TRAIL_REACH]
        for pos, index in enumerate(below):
            if _text(lines[index]).casefold() == last:
                found = {i: "a numbered breadcrumb" for i, _ in run}
                for label in below[:pos]:
                    if _text(lines[label]).casefold() in items:
                        found[label] = "a section label repeating the breadcrumb"
                return found
        return {}
    return {}


_BULLET_ITEM_RE = re.compile(r"[-•*·] (\S.*)")


def bulleted_trail_at_top(lines: Sequence[str | None],
                          code: Sequence[bool]) -> dict[int, str]:
    """A breadcrumb written as a bulleted list opening the page at the home page ("- Главная"
    / "- Новости"), and the section label under it that repeats its last step (index →
    reason).  A list of the text's opens with its own words, not "Home".

    >>> lines = ["- Главная", "- Новости", "Новости", "Всех мужчин с Праздником!!!",
    ...          "Пусть светит солнце в мирном небе,"]
    >>> sorted(bulleted_trail_at_top(lines, [False] * len(lines)))
    [0, 1, 2]
    >>> lines = ["- Home", "- Garden", "", "Both need work before the winter comes."]
    >>> bulleted_trail_at_top(lines, [False] * len(lines))
    {}
    """
    texts = _texts(lines, code)[:_TOP_LINES]
    run: list[tuple[int, str]] = []
    for index in texts:
        match = _BULLET_ITEM_RE.fullmatch(_text(lines[index]))
        if not match:
            break
        run.append((index, match.group(1)))
    if not _home_trail(run, lines, texts):
        return {}
    last = run[-1][1].rstrip(" :>»").casefold()
    below = [i for i in texts if i > run[-1][0]]
    if not below or _text(lines[below[0]]).casefold() != last:
        return {}
    return {**{i: "a bulleted breadcrumb" for i, _ in run},
            below[0]: "a section label repeating the breadcrumb"}


def _home_trail(run: list[tuple[int, str]], lines: Sequence[str | None],
               texts: list[int]) -> bool:
    """A short numbered trail that opens at the home page ("1. Home" / "2. Global"), each
    step a section's name of a word or three, over a headline: the list is no text's,
    whose first item would not be "Home" nor every item a bare name."""
    if len(run) < _HOME_TRAIL_MIN or run[0][1].rstrip(" :>»").casefold() not in HOME_WORDS:
        return False
    if any(len(item.split()) > _SECTION_WORDS or _SENTENCE_RE.search(item) for _, item in run):
        return False
    above = [i for i in texts if i < run[0][0]]
    if above and _text(lines[above[-1]]).endswith(":"):
        return False   # a list its line introduces ("Where we tested:" / "1. Home")
    below = [i for i in texts if i > run[-1][0]]
    return bool(below) and not _TRAIL_ITEM_RE.fullmatch(_text(lines[below[0]])) and not (
        _SENTENCE_RE.search(_text(lines[below[0]])))


def _with_banner(run: list[tuple[int, str]], lines: Sequence[str | None],
                 texts: list[int]) -> dict[int, str]:
    """The trail, and the site's banner above it: the lines opening the page over the
    trail, when one of them is a banner's link ("Find out more.") and none is longer than
    a sentence or two ("The New Humanitarian welcomes new CEO …" / "Find out more.").
    Without such a link, the lines above are left as they are: they may be the text's."""
    found = {i: "a numbered breadcrumb" for i, _ in run}
    above = [i for i in texts if i < run[0][0]]
    if above and any(_BANNER_CALL_RE.fullmatch(_text(lines[i])) for i in above) and all(
            len(_text(lines[i]).split()) <= _BANNER_WORDS for i in above):
        found.update({i: "a banner above the breadcrumb" for i in above})
    return found


def _arrow_bar(text: str) -> bool:
    tokens = text.split()
    return (len(tokens) >= 2 and all(_ARROW_TOKEN_RE.fullmatch(t) for t in tokens)
            and sum(bool(_ARROW_RE.search(t)) for t in tokens) >= 2)


def converter_navigation_at_top(lines: Sequence[str | None],
                                code: Sequence[bool]) -> dict[int, str]:
    """A document converter's navigation above the text (index → reason): a bar of
    arrows, or lines of "Previous: …", "Up: …", "Next: …" — two labels at least — before
    the first sentence.

    >>> lines = ["Previous: Chapter 1", "Up: Contents", "Next Page: Chapter 3", "",
    ...          "Chapter 2", "", "The story goes on."]
    >>> sorted(converter_navigation_at_top(lines, [False] * len(lines)))
    [0, 1, 2]
    >>> converter_navigation_at_top(["<-    -c-    ->", "", "chapter 10"], [False] * 3)
    {0: "a converter's navigation"}
    >>> converter_navigation_at_top(["Next: the hard part.", "", "We begin."], [False] * 3)
    {}
    """
    found: dict[int, str] = {}
    labelled: list[int] = []
    for index in _texts(lines, code)[:_TOP_LINES]:
        text = _text(lines[index])
        if _arrow_bar(text):
            found[index] = "a converter's navigation"
        elif _NAV_LABEL_RE.match(text) and len(text.split()) <= _NAV_WORDS \
                and not _SENTENCE_RE.search(text):
            labelled.append(index)
        else:
            break
    labels = {_text(lines[i]).split(":")[0].casefold() for i in labelled}
    if len(labels) >= 2:
        found.update({i: "a converter's navigation" for i in labelled})
    return found


# The sentence of a notice box that sends the reader to another of the site's pages:
# "Please check our weather page for …", "Visit our events page to …".
_POINTER_RE = re.compile(
    r"(?:please )?(?:check|see|visit|go to|use|view) (?:our|the) (?:[\w'’-]+ ){0,4}"
    r"(?:page|webpage|web page|pages|section)\b.*"
    r"|(?:пожалуйста, )?(?:посетите|смотрите|см\.) (?:нашу |на нашей )?страниц[уе]\b.*"
    r"|(?:δείτε|επισκεφθείτε|επισκεφτείτε) (?:τη |την )?σελίδα\b.*", re.IGNORECASE)
# The box's link under it: a few words naming that page ("Extreme weather webpage.").
_PAGE_LINK_RE = re.compile(
    r"(?:[^\W\d_]+ ){1,5}(?:page|webpage|web page|website|страница|σελίδα|ιστοσελίδα)"
    r"\s*[.!→»>]?", re.IGNORECASE)
# A box's heading and its link are a few words; its sentence one sentence.
_BOX_HEADING_WORDS = 5
_POINTER_WORDS = 30
# The words a box's lines share to name one subject: not the words of pointing itself.
_POINTER_WORDS_OWN = frozenset({"please", "check", "visit", "page", "pages", "webpage", "website",
                                "information", "more", "section", "страница", "σελίδα"})


# Two forms of one word share their first letters: "flood" and "flooding".
_STEM = 5


def _subject_words(text: str) -> set[str]:
    """The words of substance of a box's line, cut to their stems."""
    return {w[:_STEM] for w in re.findall(r"[^\W\d_]{4,}", text.casefold())
            if w not in _POINTER_WORDS_OWN}


def pointer_box_at_top(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A notice box opening the page that sends the reader elsewhere (index → reason): an
    optional heading, a sentence pointing to another page of the site and the link to that
    page, each naming the same subject, over a headline and the article.

    >>> lines = ["Weather information", "", "Please check our weather page for bin "
    ...          "collections and school closures.", "", "Extreme weather webpage.", "",
    ...          "Highway works this week", "", "The following pages list the works."]
    >>> sorted(pointer_box_at_top(lines, [False] * len(lines)))
    [0, 2, 4]
    >>> lines[4] = "Our roads team"
    >>> pointer_box_at_top(lines, [False] * len(lines))
    {}
    """
    texts = _texts(lines, code)[:_TOP_LINES]
    pointer = next((k for k, i in enumerate(texts[:2])
                    if _POINTER_RE.fullmatch(_text(lines[i]))
                    and len(_text(lines[i]).split()) <= _POINTER_WORDS), None)
    if pointer is None or pointer + 3 >= len(texts):
        return {}
    sentence, link = _text(lines[texts[pointer]]), _text(lines[texts[pointer + 1]])
    subject = _subject_words(sentence)
    if not _PAGE_LINK_RE.fullmatch(link) or not subject & _subject_words(link):
        return {}
    box = texts[:pointer + 2]
    if pointer:
        heading = _text(lines[texts[0]])
        if (len(heading.split()) > _BOX_HEADING_WORDS or _SENTENCE_RE.search(heading)
                or not subject & _subject_words(heading)):
            return {}
    # Under the box the headline (no sentence) and the article.
    headline = _text(lines[texts[pointer + 2]])
    if _SENTENCE_RE.search(headline) or _POINTER_RE.fullmatch(headline):
        return {}
    return {i: "a notice box pointing to another page" for i in box}


# A template's build or revision stamp: a word in lower case and a short hexadecimal hash,
# with a figure and a letter among its digits ("snag 637a100", "build 3f9c2e1").
_BUILD_STAMP_RE = re.compile(r"[a-z]{2,12} (?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,12}")


def build_stamp_at_top(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The page's first line when it is a template's stamp, a paragraph of its own over a
    headline and the article (index → reason): no reader's line is a word and a hash.

    >>> build_stamp_at_top(["snag 637a100", "", "Repairs to New Road", "", "The road."],
    ...                    [False] * 5)
    {0: "a template's build stamp"}
    >>> build_stamp_at_top(["room 1234567", "", "Repairs", "", "The road."], [False] * 5)
    {}
    """
    texts = _texts(lines, code)
    if len(texts) < 3 or not _BUILD_STAMP_RE.fullmatch(_text(lines[texts[0]])):
        return {}
    first = texts[0]
    if first + 1 < len(lines) and _text(lines[first + 1]):
        return {}   # a line of a paragraph: a listing's row, a log's entry
    return {first: "a template's build stamp"}
