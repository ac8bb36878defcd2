"""Text printed twice at the top of a scraped page: one copy is the article's, the rest chrome.

A page prints its headline more than once: the ``<title>`` (often with the site's
name after it, or a breadcrumb before it), an ``og:title``, the listing's line with
its date, and the headline itself.  A teaser prints the lead above the article, and
the article prints it again as its first paragraph.  A reader sees one copy of
each: the headline over the article (with its byline and date under it), and the
lead as the article's first paragraph.  The others go, in any language, known by
what they repeat and where they stand, never by their words:

* **the lead twice** — the article's first line of prose printed again within a
  few lines below it, with nothing but short lines between (the headline, a byline,
  a date): the upper copy goes, the one below is the article's first paragraph;
* **the headline with something beside it** — above the article's first paragraph
  stands its headline (a byline, a date or a label of a few words may stand
  between); a line higher up that repeats it with the site's name after a separator
  ("Headline | Site", "Headline - Site") or before one ("Site - Headline"), with
  the listing's date after it ("Headline 07.12.2015") or with the section's trail
  glued before it ("NewsWorldHeadline") goes, and the headline stays;
* **a breadcrumb printed as a list** — numbered items at the page's top, some of
  them a bare separator (">"), the last one ending like the headline: the whole
  list goes;
* **the headline again under its header** — the same words opening the page and
  again under a byline or a date, right above the article, once the other rules
  have judged the page (:func:`take_headline_twice`): the lower copy goes, as on
  the earlier real sets, and the headline keeps its header under it.

Only the top is judged: the lines above the article's first sentence-shaped line
of prose (and, for the lead, a few lines past it).  A line repeated inside the
article — a refrain, a quoted line, a list's items, a sentence said again — is the
text's own, and a page with no line of prose (verse, a list, a table) is left
alone.  A label glued to the headline with a colon ("World: Leaders meet …") is a
kicker the headline keeps, as :mod:`cms_i18n.clean.top` judges it, and a line that
holds only the headline's first words (a cut ``<title>``, or the headline of a line
that glued the byline to it) is not taken for a copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cms_i18n.clean import blocks, page
from cms_i18n.clean.top import copy_key
from cms_i18n.stopwords import STOPWORDS

#: How many lines below the article's first line of prose its copy may stand.
_LEAD_REACH = 4
#: A lead shorter than this may be a refrain or a slogan.
_LEAD_WORDS = 6
#: A lead cut short with an ellipsis keeps at least this many words.
_CUT_STEM_WORDS = 8
#: A headline has at least this many words, at most the second.
_HEADLINE_WORDS = (3, 20)
#: Lines between the headline and the article's first paragraph: a byline, a date,
#: a label, each of a few words and no sentence.
_BETWEEN_LINES = 2
_BETWEEN_WORDS = 10
#: The site's name or the trail beside a copy of the headline: a few words.
_SIDE_WORDS = 6
#: A trail's last step ends in at least this many of the headline's last words, and
#: this share of them.
_CUT_WORDS = 4
_CUT_SHARE = 0.6
#: A breadcrumb list: at least this many items.
_TRAIL_ITEMS = 3
_TRAIL_ITEM_WORDS = 12

_SEPARATORS = "|–—-·•»›>/→:"
_SITE_AFTER_RE = re.compile(r"\s+(?:[|–—·•»/]|-|::)\s+\S.*")
_SITE_BEFORE_RE = re.compile(r".*\S\s+(?:[|–—·•»›>/→]|-|::)\s+")
_DATE_AFTER_RE = re.compile(
    r"\s+[(\[]?\d{1,4}(?:[./-]\d{1,2}){1,2}(?:[./-]\d{2,4})?(?:,?\s+\d{1,2}:\d{2})?[)\]]?")
_ITEM_RE = re.compile(r"\s*(\d{1,2})[.)]\s+(\S.*)")
_BARE_SEPARATOR_RE = re.compile(r"[|/›»>→•·]")


def _words(text: str) -> int:
    return len(text.split())


def is_sentence_prose(text: str) -> bool:
    """Does the line read as a paragraph of prose: a sentence, or a long line?

    >>> is_sentence_prose("The council voted on Tuesday to repair the old bridge.")
    True
    >>> is_sentence_prose("Council approves new budget for river bridge repairs")
    False
    """
    return blocks.is_prose(text) and bool(
        page.SENTENCE_END_RE.search(text) or _words(text) >= 20)


def repeats_headline(line: str, headline: str) -> str | None:
    """Why ``line`` is a copy of ``headline`` printed elsewhere on the page, or None.

    >>> repeats_headline("Bridge repairs approved | Valley Herald", "Bridge repairs approved")
    "the page's title with the site's name"
    >>> repeats_headline("Valley Herald - Bridge repairs approved", "Bridge repairs approved")
    "the page's title with the site's name"
    >>> repeats_headline("Кубок выиграли по делу! 07.12.2015", "Кубок выиграли по делу!")
    'the title with its date'
    >>> repeats_headline("NewsWorldBridge repairs approved", "Bridge repairs approved")
    'breadcrumb glued to the title'
    >>> repeats_headline("BRIDGE REPAIRS APPROVED | VALLEY HERALD", "Bridge repairs approved")
    "the page's title with the site's name"

    A kicker with its colon is the headline's own, and so is a longer sentence, and a
    headline's first words alone (the headline may be the one with a byline glued on):

    >>> repeats_headline("World: Bridge repairs approved", "Bridge repairs approved")
    >>> repeats_headline("Bridge repairs approved, the mayor says", "Bridge repairs approved")
    >>> repeats_headline("Bridge repairs approved", "Bridge repairs approved Editorial Team")
    """
    if line == headline or copy_key(line) == copy_key(headline):
        return "the headline printed twice"
    # "HEADLINE | SITE" over "Headline": the case of the letters is the site's style.
    seen, title = line, headline
    if len(line.casefold()) == len(line) and len(headline.casefold()) == len(headline):
        seen, title = line.casefold(), headline.casefold()
    if seen.startswith(title):
        rest = line[len(headline):]
        if _SITE_AFTER_RE.fullmatch(rest) and _words(rest) <= _SIDE_WORDS + 1:
            return "the page's title with the site's name"
        if _DATE_AFTER_RE.fullmatch(rest):
            return "the title with its date"
        return None
    if seen.endswith(title):
        rest = line[:-len(headline)]
        if rest.rstrip().endswith(":") or _words(rest) > _SIDE_WORDS + 1:
            return None
        if _SITE_BEFORE_RE.fullmatch(rest):
            return "the page's title with the site's name"
        if (line.endswith(headline) and not rest.endswith(" ") and rest[-1].isalpha()
                and rest[-1].islower() and headline[0].isupper()):
            return "breadcrumb glued to the title"
        return None
    return None


def _ends_like(item: str, headline: str) -> bool:
    """Does a trail's last step end in the headline's last words (most of them)?"""
    mine, theirs = item.split(), headline.split()
    shared = 0
    while shared < min(len(mine), len(theirs)) and mine[-1 - shared] == theirs[-1 - shared]:
        shared += 1
    return shared >= _CUT_WORDS and shared >= _CUT_SHARE * len(theirs)


class _Page:
    """The remaining lines of a page and where its article's first paragraph starts."""

    def __init__(self, lines: Sequence[str | None], views: dict[int, str],
                 found: dict[int, str]) -> None:
        self.lines = lines
        self.views = views
        self.found = found
        self.order = [i for i in sorted(views) if i not in found]
        self.texts = {i: " ".join(views[i].split()) for i in self.order}
        self.body = next((i for i in self.order if is_sentence_prose(self.texts[i])), None)

    def take(self, index: int, reason: str) -> None:
        self.found.setdefault(index, reason)


# A sentence's end and the next sentence after it.
_STOP_THEN_MORE_RE = re.compile(r"[.!?…]\s+\S")


def opens_with(paragraph: str, lead: str) -> bool:
    """Does ``paragraph`` repeat ``lead``: the same line, or its whole sentences opening a
    longer paragraph, or the words before the ellipsis of a lead cut short?

    >>> opens_with("The council met on Monday. It voted.", "The council met on Monday.")
    True
    >>> opens_with("The council met on Monday to vote on the budget for the old bridge.",
    ...            "The council met on Monday to vote on the budget…")
    True
    >>> opens_with("The council met on Monday to vote on the budget.", "The council met")
    False

    A teaser that dropped its last full stop is the paragraph's opening all the same,
    when the paragraph goes on after that stop:

    >>> opens_with("The council met. It voted on Monday. The bridge stays shut.",
    ...            "The council met. It voted on Monday")
    True
    """
    if copy_key(paragraph) == copy_key(lead):
        return True
    if (lead[-1:].isalnum() and paragraph.startswith(lead)
            and _STOP_THEN_MORE_RE.match(paragraph, len(lead))):
        return True
    if page.SENTENCE_END_RE.search(lead) and not lead.endswith(("…", "...")):
        return paragraph.startswith(f"{lead} ")
    stem = lead.removesuffix("…").removesuffix("...").removesuffix("[").rstrip()
    return (stem != lead and _words(stem) >= _CUT_STEM_WORDS
            and paragraph.startswith(stem) and len(paragraph) > len(stem))


def cut_mid_word(paragraph: str, teaser: str) -> bool:
    """Is ``teaser`` the paragraph's opening cut off inside a word, as a listing cuts its
    teaser at so many characters ("… to discuss the situ" over "… to discuss the
    situation in Syria.")?  No headline ends inside the first paragraph's word, so a
    line of a few words that does is the teaser's copy of it.

    >>> cut_mid_word("The council met on Monday to vote on the budget for the bridge.",
    ...              "The council met on Monday to vote on the bud")
    True
    >>> cut_mid_word("The council met on Monday to vote on the budget for the bridge.",
    ...              "The council met on Monday to vote on the budget")
    False
    """
    return (_words(teaser) >= _CUT_STEM_WORDS and teaser[-1:].isalpha()
            and len(paragraph) > len(teaser) and paragraph.startswith(teaser)
            and paragraph[len(teaser)].isalpha())


def _take_lead_copy(doc: _Page) -> None:
    """The article's first line of prose printed again a few lines below, with only
    short lines between (the headline, a byline, a date; a caption is longer): the
    upper copy goes.  So
    does a teaser whose sentences open the first paragraph below it, a teaser cut
    short with an ellipsis where the paragraph goes on, and one that lost its last
    full stop, or one cut off inside a word."""
    body = doc.body
    if body is None or _words(doc.texts[body]) < _LEAD_WORDS:
        return
    above = [i for i in doc.order if i < body]
    if above:
        # A teaser that dropped its last full stop reads as no sentence, and the article's
        # first paragraph below it is the page's first prose: it goes when it holds a
        # sentence's end inside it (a headline holds none) and that paragraph opens with it.
        teaser = doc.texts[above[-1]]
        if (_words(teaser) >= _LEAD_WORDS and _STOP_THEN_MORE_RE.search(teaser)
                and teaser[-1:].isalnum() and opens_with(doc.texts[body], teaser)):
            doc.take(above[-1], "copy of a line below it")
            return
    for index in above[-_LEAD_REACH:]:
        if cut_mid_word(doc.texts[body], doc.texts[index]):
            doc.take(index, "copy of a line below it")
            return
    after = [i for i in doc.order if i > body][:_LEAD_REACH]
    for k, index in enumerate(after):
        if opens_with(doc.texts[index], doc.texts[body]):
            if all(_words(doc.texts[j]) <= _BETWEEN_WORDS and not is_sentence_prose(
                    doc.texts[j]) for j in after[:k]):
                doc.take(body, "copy of a line below it")
            return


def _is_headline(text: str) -> bool:
    """A headline's shape: a few words of letters (not a date), no sentence of prose."""
    worded = sum(any(ch.isalpha() for ch in word) for word in text.split())
    return (worded >= _HEADLINE_WORDS[0] and _words(text) <= _HEADLINE_WORDS[1]
            and not is_sentence_prose(text))


def _near_the_article(doc: _Page) -> list[int]:
    """The lines that may be the headline: directly above the article's first paragraph,
    or above a byline, a date or a label of a few words there."""
    if doc.body is None:
        return []
    above = [i for i in doc.order if i < doc.body]
    near: list[int] = []
    for index in reversed(above[-_BETWEEN_LINES - 1:]):
        near.append(index)
        if _words(doc.texts[index]) > _BETWEEN_WORDS:
            break
    return near


def _take_headline_variants(doc: _Page) -> None:
    """Lines above the headline that repeat it with the site's name, the listing's date
    or the section's trail beside it: the headline itself stays, wherever it stands."""
    for headline in _near_the_article(doc):
        text = doc.texts[headline]
        if not _is_headline(text):
            continue
        copies = {i: reason for i in doc.order if i < headline
                  and (reason := repeats_headline(doc.texts[i], text))
                  and reason != "the headline printed twice"}
        for index, reason in copies.items():
            doc.take(index, reason)
        if copies:
            return


def _take_trail_list(doc: _Page) -> None:
    """A breadcrumb printed as a numbered list at the page's top ("1. Home", "2. >",
    "3. News", "4. >", "5. Headline"): the whole list goes when a step is a bare
    separator and the last one ends like a line below it, the headline."""
    if doc.body is None:
        return
    items: list[int] = []
    for index in doc.order:
        match = _ITEM_RE.fullmatch(doc.lines[index] or "")
        if not match or int(match.group(1)) != len(items) + 1 or index >= doc.body:
            break
        items.append(index)
    if len(items) < _TRAIL_ITEMS:
        return
    steps = [_ITEM_RE.fullmatch(doc.lines[i] or "").group(2).strip()  # type: ignore[union-attr]
             for i in items]
    if not any(_BARE_SEPARATOR_RE.fullmatch(step) for step in steps) or any(
            _words(step) > _TRAIL_ITEM_WORDS or is_sentence_prose(step) for step in steps):
        return
    below = [i for i in doc.order if items[-1] < i < doc.body]
    if any(_ends_like(steps[-1], doc.texts[i]) or steps[-1] == doc.texts[i] for i in below):
        for index in items:
            doc.take(index, "breadcrumb ending in the title")


def take_repeats(lines: Sequence[str | None], views: dict[int, str],
                 found: dict[int, str]) -> None:
    """Add to ``found`` (index → reason) the lead's copy above the article, the copies of
    the headline with the site's name, a date or a trail beside it, and a breadcrumb
    list ending in the headline, at the top of a scraped page."""
    # Each judgement sees the page as the one before it left it.
    for step in (_take_lead_copy, _take_trail_list, _take_headline_variants):
        step(_Page(lines, views, found))


def is_segment_label(text: str, headline: str) -> bool:
    """Is ``text``, printed between two copies of ``headline``, a segment's or a topic's
    label: a few capitalised words, no figure (a date's), no byline, no sentence, and
    either a phrase ("Today's The Day": a function word in it) or words of the headline's
    own ("Security Council" between two "Security Council extends …")?  Two names and
    nothing else ("Lankan Ranger") are a forum's poster between the thread's title and its
    copy over the post.

    >>> is_segment_label("Today's The Day", "Give If You Can")
    True
    >>> is_segment_label("Security Council", "Security Council extends African mission")
    True
    >>> is_segment_label("Lankan Ranger", "SCO security council secretaries meeting")
    False
    """
    words = text.split()
    own = {w.casefold() for w in headline.split()}
    phrase = any(w.casefold() in STOPWORDS for w in words) or all(
        w.casefold() in own for w in words)
    return (0 < len(words) <= _SEGMENT_LABEL_WORDS and phrase and not re.search(r"\d", text)
            and not page.BYLINE_RE.match(text) and all(w[:1].isupper() for w in words)
            and not page.SENTENCE_END_RE.search(text))


#: Words at most in a label between two copies of a headline.
_SEGMENT_LABEL_WORDS = 4


def _a_label_between(doc: _Page, between: list[int], headline: str) -> bool:
    """Is the one line between two copies of a headline, set apart by blank lines, a
    segment's label (:func:`is_segment_label`)?"""
    if len(between) != 1:
        return False
    index = between[0]
    apart = all(not (doc.lines[i] or "").strip() for i in (index - 1, index + 1)
                if 0 <= i < len(doc.lines))
    return apart and is_segment_label(doc.texts[index], headline)


def take_headline_twice(lines: Sequence[str | None], views: dict[int, str],
                        found: dict[int, str]) -> None:
    """The headline printed twice above the article, the same words both times, once
    the other rules have taken the chrome between: only a byline, a date or a label
    of a few words stands between the copies (the header the top copy heads), and the
    copy under them, nearest the article, goes, as the copy under a header does on
    the pages of sets 1, 5 and 11.  The top copy opens the page: a line repeated
    lower down (a refrain two lines apart in a stanza) is the text's own."""
    doc = _Page(lines, views, found)
    for headline in _near_the_article(doc):
        text = doc.texts[headline]
        if not _is_headline(text):
            continue
        above = [i for i in doc.order if i < headline]
        for k in range(len(above) - 1, -1, -1):
            first = above[k]
            if copy_key(doc.texts[first]) == copy_key(text):
                # The top copy opens the page (a refrain repeats inside a stanza), and a
                # header of short lines stands between the two.
                if first == doc.order[0] and above[k + 1:] and all(
                        _words(doc.texts[j]) <= _BETWEEN_WORDS
                        and not is_sentence_prose(doc.texts[j]) for j in above[k + 1:]):
                    if _a_label_between(doc, above[k + 1:], text):
                        # A topic's label between the copies, words of the headline
                        # ("Security Council" between two "Security Council extends …"):
                        # the section's header over the story, which keeps the copy
                        # printed over it.  A name between them is a poster's (a forum's
                        # thread title, its poster, the title again over the post).
                        doc.take(first, "copy of a line below it")
                        doc.take(above[k + 1], "label between two copies of the headline")
                    else:
                        doc.take(headline, "repeated title")
                return
            if _words(doc.texts[first]) > _BETWEEN_WORDS or is_sentence_prose(
                    doc.texts[first]):
                break
