"""The edges of a scraped news page: what stands outside the article's run of prose.

A news page's article is a dense run of prose: sentences of many words, full
of function words.  What a scraper brings along outside that run is short and
says nothing of the article: a logo's or a banner's alt text ("Logo Image",
"Top Banner"), a player's "Embed video", a ribbon ("Last minute"), a widget's
heading at the end ("Latest in National", "Выбор читателей").  The lines the
article keeps outside the run are of other kinds, and each shows its kind: the
headline and the subtitle share words with the article; a dateline has a date,
a byline its "By" or the shape of a name; a source line says so ("SOURCE …",
"Πηγή: …"); a caption is a sentence.

So, on a page whose article is prose (two paragraphs of prose at least), a
line above the headline or below the last paragraph of prose goes when it is
short (five words at most), ends no sentence, shares no word of substance with
the rest of the page and is none of the kinds the article keeps.  The headline
is the line above the article that shares words with it; a line above the
article with nothing that reads as its headline below it is left alone, and so
is everything on a page of verse, a list or a table.

The same run also shows a line printed twice in a row: a paragraph of prose,
or a caption, the scraper copied from a teaser above the article's own copy
(six words or more, so that a song's refrain of a few words stays).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from cms_i18n.clean import blocks, meta, page, structure, top, widgets
from cms_i18n.clean.vocabulary import HOME_WORDS, closing_kind

# A line of this many words or fewer, outside the run of prose, may be chrome.
_SHORT_WORDS = 5
# The article is prose: this many lines of prose at least.
_PROSE_LINES = 2
# The headline shares at least this many words of substance with the article.
_HEADLINE_SHARED = 2
_HEADLINE_MIN_WORDS = 3
# A line printed twice in a row has at least this many words.
_TWICE_WORDS = 6
# ... or this many when each copy is a paragraph of its own on a page of prose: a picture's
# alt text over its caption, the same words ("Woeful, Woobly or Wonderful banners").
_TWICE_ALONE_WORDS = 2
# Words shorter than this say nothing of a topic ("on", "UN" count as too short).
_SUBSTANCE_LETTERS = 3

_SIGNATURE_RE = re.compile(r"[©(:]|^[-–—]")
# A line of a list, a heading, a quotation or code opens with a mark or an indent.
_MARKED_RE = re.compile(r"\s|[#>*+•·▪\-–—\d(\[{`|]")
_DIGIT_RE = re.compile(r"\d")


# A byline that says the article was posted: "Posted 11. April 2018 by Walter von Aachen",
# "Published on May 3, 2021 by Anna Berg" (a bare "By …" may be a show's name in a menu).
_POSTED_BY_RE = re.compile(r"(?:posted|published|written)\b[^|]{0,40}?\sby\s+"
                           r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}$", re.I)
# Letters of scripts written without spaces between words, where a line's words cannot be
# counted by its spaces: Chinese, Japanese, Thai.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")


def _substance(text: str) -> set[str]:
    return blocks.substance_words(text, _SUBSTANCE_LETTERS)


def _kept_kind(text: str) -> bool:
    """A line the article keeps wherever it stands: a dateline or any line with a figure,
    a byline or a name alone, a source line or a medium's credit ("– сообщает Лента.Ру",
    "όπως μεταδίδει το ΑΠΕ-ΜΠΕ"), a newsroom's credit ("Additional reporting by …"), a
    copyright or signature, a sentence."""
    return bool(_DIGIT_RE.search(text) or page.BYLINE_RE.match(text) or blocks.is_name(text)
                or text.isupper() or is_place(text)
                or page.SOURCE_LINE_RE.match(text) or page.ATTRIBUTION_LINE_RE.fullmatch(text)
                or page.CONTRIBUTION_RE.match(text)
                or _SIGNATURE_RE.search(text)
                or page.SENTENCE_END_RE.search(text) or text.rstrip().endswith(":"))


# A dateline's place: capitalised words, a comma, capitalised words ("Washington, DC",
# "Novo-Ogaryovo, Moscow Region"); at most four words.
_PLACE_WORDS = 4


def is_place(text: str) -> bool:
    """Is this line a place as a dateline gives it ("Washington, DC")?

    >>> is_place("Washington, DC"), is_place("Home, Sweet home")
    (True, False)
    """
    town, comma, region = text.partition(", ")
    words = text.replace(",", " ").split()
    return bool(comma and town and region and len(words) <= _PLACE_WORDS and "," not in region
                and all(word[:1].isupper() and any(ch.isalpha() for ch in word) for word in words))


def _short_and_foreign(lines: Sequence[str | None], index: int, texts: dict[int, str],
                       vocabulary: dict[str, int]) -> bool:
    """Is this a short line of none of the kept kinds, no item of a list and no heading,
    that shares no word of substance with any other line of the page?  ``vocabulary``
    counts the lines each word is in."""
    text = texts[index]
    words = text.split()
    if (not words or len(words) > _SHORT_WORDS or _kept_kind(text)
            or _MARKED_RE.match(lines[index] or "") or _UNSPACED_RE.search(text)):
        return False
    if not blocks.words_of(text) or _item_of_introduced_list(lines, index):
        return False
    return all(vocabulary.get(word, 0) <= 1 for word in _substance(text))


# The fewest words of a line introducing the text's own list ("The channel was banned on
# these platforms:"); a widget's label ("Follow us:", "Share:") has fewer.
_INTRODUCTION_WORDS = 4


# A photo's credit in brackets closing its caption: "… to Kenya. [Photo by Willis
# Awandu/Standard]".
_PHOTO_CREDIT_RE = re.compile(r" ?\[(?i:photos?|image|video|file photo|graphic)\b[^\[\]]{1,80}\]")
# A picture's caption names what the article is about in this many words or more.
_CAPTION_WORDS = 5
# What an author's title under the name calls the author: "Knowledge & Innovation
# Specialist", "Senior Editor", "Корреспондент", "Δημοσιογράφος", "Periodista".
_ROLE_RE = re.compile(
    r"\b(?:specialist|editor|reporter|correspondent|writer|journalist|columnist|contributor"
    r"|analyst|producer|author|director|fellow|professor|researcher|photographer"
    r"|корреспондент\w*|редактор\w*|обозревател\w*|журналист\w*|аналитик\w*|автор\w*"
    r"|συντάκτ\w+|δημοσιογράφος|ανταποκριτ\w+|αρθρογράφος|redactora?|periodista|corresponsal"
    r"|columnista|journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se))\b", re.I)


def _beside_its_own(lines: Sequence[str | None], index: int, texts: dict[int, str],
                    found: dict[int, str], article: set[str]) -> bool:
    """Is this short line what the article's own line above it carries: the author's title
    under the author's name ("Laura J. Mitchell" / "Knowledge & Innovation Specialist"), or
    the credit right under a picture's caption, in its paragraph ("… during official
    briefing" / "openknowledge")?

    >>> _beside_its_own(["Anna Berg", "", "Senior Editor"], 2,
    ...                 {0: "Anna Berg", 2: "Senior Editor"}, {}, set())
    True
    >>> _beside_its_own(["Phillip Morris", "", "Courts"], 2,
    ...                 {0: "Phillip Morris", 2: "Courts"}, {}, set())
    False
    >>> _beside_its_own(["Anna Berg", "", "Share"], 2, {0: "Anna Berg", 2: "Share"},
    ...                 {0: "page chrome"}, set())
    False
    """
    above = index - 1
    while above >= 0 and lines[above] is not None and not (lines[above] or "").strip():
        above -= 1
    if above < 0 or lines[above] is None or above in found or above not in texts:
        return False
    text = texts[above]
    if blocks.is_name(text):
        return _ROLE_RE.search(texts[index]) is not None
    # A section's name under a copy of the headline is the site's, not a credit.
    return (above == index - 1 and len(text.split()) >= _CAPTION_WORDS
            and not page.SENTENCE_END_RE.search(text) and not top.is_section_name(texts[index])
            and sum(top.copy_key(other) == top.copy_key(text) for other in texts.values()) == 1
            and len(_substance(text) & article) >= _HEADLINE_SHARED)


def _item_of_introduced_list(lines: Sequence[str | None], index: int) -> bool:
    """Is this line one of a run of lines right under a sentence ending in a colon, the
    author's list of what the sentence announces ("… banned on these platforms:" over
    "Facebook", "YouTube")?

    >>> _item_of_introduced_list(["They were banned on these platforms:", "Facebook",
    ...                           "YouTube"], 2)
    True
    >>> _item_of_introduced_list(["Follow us:", "Facebook"], 1)
    False
    """
    above = index - 1
    while above >= 0 and (lines[above] or "").strip():
        line = (lines[above] or "").strip()
        if line.endswith(":"):
            return len(line.split()) >= _INTRODUCTION_WORDS
        above -= 1
    return False


def _neighbours(lines: Sequence[str | None], index: int) -> tuple[int | None, int | None]:
    """The nearest lines above and below this one that are not blank: a line an earlier
    round took (None) counts; None for the page's edge."""
    def near(step: int) -> int | None:
        j = index + step
        while 0 <= j < len(lines):
            if lines[j] is None or (lines[j] or "").strip():
                return j
            j += step
        return None
    return near(-1), near(1)


def _beside_chrome(lines: Sequence[str | None], index: int, found: dict[int, str]) -> bool:
    """Is the nearest line above or below this one chrome (taken now or by an earlier
    round)?

    >>> _beside_chrome(["Intro.", "", "Path C: Scotland, Norway", "", "More."], 2, {})
    False
    >>> _beside_chrome(["Intro.", None, "Tags", "", "More."], 2, {})
    True
    """
    return any(j is not None and (lines[j] is None or j in found)
               for j in _neighbours(lines, index))


def _alone(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a paragraph of its own (a blank line or the page's edge on each side)?"""
    return all(not 0 <= j < len(lines) or not (lines[j] or "").strip()
               for j in (index - 1, index + 1))


def _in_stanza(lines: Sequence[str | None], index: int) -> bool:
    """Is this line one of a block of three lines or more with no blank between them (a
    stanza, an address)?  A logo's or a player's label in another script stands alone or
    beside one other line; a poem's line in another script is the author's.

    >>> _in_stanza(["Title", "", "one line,", "and two,", "and three."], 3)
    True
    >>> _in_stanza(["Logo Image", "", "Headline"], 0)
    False
    """
    def filled(j: int) -> bool:
        return 0 <= j < len(lines) and bool((lines[j] or "").strip())

    start = index
    while filled(start - 1):
        start -= 1
    end = index
    while filled(end + 1):
        end += 1
    return end - start + 1 >= 3


def _title_over_subtitle(lines: Sequence[str | None], index: int, order: Sequence[int],
                         headlines: Sequence[int], prose: Sequence[int]) -> bool:
    """Is this the page's first line, set right over a headline that runs straight into
    the article's first paragraph, no blank line between the three ("Under a single
    shield" / "CIS, SCO and CSTO with joint defense" / "While old conflicts …")?  A
    title over its subtitle: the article's head, however few words it shares with it.
    A menu's or a logo's line stands apart from the headline."""
    return (index == order[0] and index + 1 in headlines and index + 2 in prose
            and all(lines[j] is not None for j in (index + 1, index + 2)))


def take_edges(lines: Sequence[str | None], code: Sequence[bool], views: dict[int, str],
               found: dict[int, str]) -> None:
    """Add the short foreign lines above the headline and below the article's last
    paragraph of prose, and the first copy of a line printed twice in a row, to
    ``found`` (index → reason)."""
    order = [i for i in sorted(views) if i not in found]
    texts = {i: " ".join((lines[i] or "").split()) for i in order}
    _take_printed_twice(lines, order, texts, found)
    _take_lead_copy(lines, order, texts, found)
    order = [i for i in order if i not in found]
    # (A long trail reads as prose: the first lines of the page are looked at.)
    start = order[:_TRAIL_WINDOW]
    for index in start:
        # (A trail under the headline opens at the home page; one with a label's colon
        # over it, "Path to Options: Settings > Options", is a manual's.)
        below = [texts[j] for j in start if j > index]
        home = _TRAIL_STEP_RE.split(texts[index])[0].casefold() in HOME_WORDS
        near = [texts[j] for j in start if j > index or (j < index and home)]
        if _home_run_into_title(texts[index], below) or _trail_to(texts[index], near):
            found[index] = "breadcrumb ending in the headline"
    for index in start:
        if index not in found and _DIMENSIONS_RE.search(texts[index]) and any(
                j != index and len(texts[j].split()) >= _HEADLINE_MIN_WORDS
                and _plain(texts[j]) in _plain(texts[index]) for j in start):
            found[index] = "image's name over its headline"
    order = [i for i in order if i not in found]
    prose = [i for i in order if blocks.is_article_prose(texts[i])]
    if len(prose) < _PROSE_LINES:
        return
    vocabulary: dict[str, int] = {}
    for i in order:
        # A photo's credit names the outlet ("[Photo by … /Standard]"), as the masthead does:
        # it is no word the article and the site's line share.
        for word in _substance(_PHOTO_CREDIT_RE.sub("", texts[i])):
            vocabulary[word] = vocabulary.get(word, 0) + 1
    article = set().union(*(_substance(texts[i]) for i in prose))
    head = [i for i in order if i < prose[0]]
    headlines = [i for i in head if len(texts[i].split()) >= _HEADLINE_MIN_WORDS
                 and len(_substance(texts[i]) & article) >= _HEADLINE_SHARED]
    # (A caption under the dateline is no headline: the lines above it are the article's.)
    headlines = [i for i in headlines if top.headline_over_dateline(head, texts, i, found) == i]
    # Only where the page shows it was scraped: chrome the other rules found on that side.
    # Without it, a word above an article is the author's, and so are headings after it.
    # (A line an earlier round took is None.)
    gone = {i for i, line in enumerate(lines) if line is None} | set(found)
    # A headline printed twice above the article (the page's title and its headline) shows
    # it as well.
    keys = [top.copy_key(texts[i]) for i in headlines]
    # So does chrome under the article (a site's footer, its comment form), once the
    # page's top holds a headline the article shares its words with; not where a poem's
    # short lines stand above it.
    verse = structure.has_verse(lines, code)
    shown = any(i < prose[0] for i in gone) or len(set(keys)) < len(keys) or (
        any(i > prose[-1] and not page.is_ad_break(views[i]) for i in found) and not verse)
    # A line in another script than the whole article shows itself ("Logo Image" over a
    # Greek article).
    script = blocks.script_of(" ".join(texts[i] for i in prose))
    # A byline ("Posted 11 April 2018 by Walter") shows where the article begins: the short
    # lines under it are its subheadings and items, not the page's menu.
    byline = next((i for i in head if i not in found and _POSTED_BY_RE.match(texts[i])),
                  len(lines))
    for index in [i for i in head if headlines and byline > i < headlines[-1]
                  and _short_and_foreign(lines, i, texts, vocabulary)
                  and not _beside_its_own(lines, i, texts, found, article)
                  # (the headline's first half, broken off by the scraper, is no foreign line)
                  and not widgets.opens_a_split_line(lines, i)
                  and not _title_over_subtitle(lines, i, order, headlines, prose)]:
        if shown or (script and blocks.script_of(texts[index]) not in (None, script)
                     and not _in_stanza(lines, index)):
            found[index] = "short line above the headline"
    # What a player or an image left of itself ("Embed video", "Logo Image", "National
    # Emblem of …"): a few words naming a medium, which shows itself, even where it names
    # the article's subject as an image's alt text does.  Above the headline; on a page
    # with no headline (a notice under its date), above the first paragraph once the page
    # shows it was scraped ("Football image" under "Back to news").
    for index in head:
        if (((headlines and index < headlines[-1]) or (shown and not headlines))
                and index not in found
                and _is_media_placeholder(lines, index, texts[index])):
            found[index] = "image or player text above the headline"
    # A picture's alt text as a stock library writes it, under the page's first line and
    # over the article's first paragraph, or right over the picture's credit anywhere.
    capitalised = all(not texts[i][:1].isalpha() or texts[i][:1].isupper() for i in prose)
    for index in order:
        if index not in found and not verse and capitalised and (
                (index in head and index != order[0]) or _credit_below(lines, index)) \
                and _lower_case_alt(lines, index, texts[index]):
            found[index] = "picture's alt text"
    for index in head:
        if index not in found and (_in_field_panel(lines, index)
                                   or _in_figure_fields(lines, index, found)):
            found[index] = "panel of labels and figures"
    for index in [*head, *(i for i in order if i > prose[-1])]:
        if index not in found and is_quote_line(texts[index]):
            found[index] = "market quotes at the page's edge"
    for index in order:
        # Inside the article, a list under a label of the article's own ("Path C: Scotland,
        # Norway, Serbia", "A: Bob Marley, Bruno Mars, …") is the author's, unless chrome
        # stands beside it.
        if index not in found and is_tag_line(texts[index], labelled=index > prose[-1]) and (
                index > prose[-1] or (_alone(lines, index) and (
                    index < prose[0] or not (_labelled_by_text(texts[index])
                                             or _names_a_sentence_lists(texts[index]))
                    or _beside_chrome(lines, index, found)))):
            found[index] = "tag line"
    for index in head:
        if index not in found and _words_twice(texts[index]):
            found[index] = "words printed twice"
    if verse:
        return   # a poem's last lines, a play's "Exit", are short and say something else
    after = [index for index in order if index > prose[-1] and _alone(lines, index)
             and _short_and_foreign(lines, index, texts, vocabulary)
             # a quotation opened and never closed ("«Nous avons") is the article's text
             # cut off (by a paywall, by the store), whatever chrome stands under it
             and not page.opens_quotation(texts[index])
             # nor is a message's sign-off ("/Mike") over an archive's buttons
             and not page.is_sign_off(texts[index])
             # nor a letter's valediction, an office or a name signing the text
             and not page.closes_the_text(index, lines, views, found)
             # nor what the article's line above announces ("Some pictures from the
             # past 24 hours:" over the pictures' captions)
             and not page.announced_above(index, lines, views, found)]
    # The same below the article (an advertisement's mark shows nothing of the end); a
    # page's last line alone may also be where its store cut it ("Among the com").
    if any(i > prose[-1] and not page.is_ad_break(views[i]) for i in found):
        for index in after:
            found[index] = "short line after the article"
    # A teaser's headline right under a line taken after the article (its image's alt
    # text, its section): no sentence, and nothing of the article in it.
    for index in order:
        if (index > prose[-1] and index not in found and index - 1 >= 0
                and (lines[index - 1] is None or index - 1 in found)
                and _is_teaser_headline(texts[index], article)
                # the names of the people a photo shows, under its alt text, are its
                # caption ("Γιώργος Καρατζάς – Μίμης Κανελλόπουλος"), no other story
                and not blocks.names_people(lines[index] or "")
                and not page.DATELINE_RE.search(texts[index])):   # the article's date stays
            found[index] = "teaser after the article"
    _take_teaser_siblings([i for i in order if i > prose[-1]], texts, found)


def _take_printed_twice(lines: Sequence[str | None], order: list[int], texts: dict[int, str],
                        found: dict[int, str]) -> None:
    """The first of two copies of a line, one right after the other (blank lines apart).
    A line with a third copy above the article's first paragraph (the headline, its copy,
    the lead that repeats it) is left to the rules of the page's top."""
    keys = [top.copy_key(texts[i]) for i in order]
    copies = Counter(keys)
    prose = page.is_prose_document({i: texts[i] for i in order}, found)
    body = next((i for i in order if blocks.is_article_prose(texts[i])), None)
    for k, (first, second) in enumerate(itertools.pairwise(order)):
        if copies[keys[k]] > 2 and (body is None or first < body):
            # (Below the article's first paragraph, each picture's caption printed twice
            # is a pair of its own, however often the caption recurs.)
            continue
        words = len(texts[first].split())
        twice = texts[first] == texts[second] and (words >= _TWICE_WORDS or (
            words >= _TWICE_ALONE_WORDS and prose
            and not page.SENTENCE_END_RE.search(texts[first])
            and _alone(lines, first) and _alone(lines, second)))
        between = all(line is None or not line.strip()     # gone lines looked through
                      for line in lines[first + 1:second])
        if ((twice or _caption_of(texts[first], texts[second])
             or _closed_copy(texts[first], texts[second]))
                and first not in found and between):
            found[first] = "line printed twice in a row"
        elif _credited_copy(texts[first], texts[second]) and second not in found and between:
            found[second] = "line printed twice in a row"
    _take_menu_items_printed_twice(order, texts, found)
    _take_paragraphs_printed_twice(lines, order, texts, found)


#: A menu's item, its bullet first: a few words, no sentence.
_MENU_ITEM_RE = re.compile(r"[•·▪‣◦*-] (\S+(?: \S+){0,3})")
#: Items in a row, each printed twice, that make a menu.
_MENU_PAIRS = 2


def _take_menu_items_printed_twice(order: Sequence[int], texts: dict[int, str],
                                   found: dict[int, str]) -> None:
    """A menu whose every item is printed twice, the bulleted item and its submenu's copy
    under it ("• The Garden" / "The Garden" / "• The Gardeners" / "The Gardeners"): two
    such pairs in a row at least, both lines of each go.  An author lists an item once.

    >>> texts = {0: "• The Garden", 1: "The Garden", 2: "• The Gardeners", 3: "The Gardeners",
    ...          4: "You know it is a great day when the volunteers come."}
    >>> found = {}
    >>> _take_menu_items_printed_twice(sorted(texts), texts, found)
    >>> sorted(found)
    [0, 1, 2, 3]
    """
    pairs: list[int] = []
    k = 0
    while k < len(order) - 1:
        item = _MENU_ITEM_RE.fullmatch(texts[order[k]])
        if item is not None and item.group(1) == texts[order[k + 1]] \
                and not page.SENTENCE_END_RE.search(item.group(1)) \
                and order[k] not in found and order[k + 1] not in found:
            pairs += [order[k], order[k + 1]]
            k += 2
            continue
        if len(pairs) >= 2 * _MENU_PAIRS:
            found.update(dict.fromkeys(pairs, "menu printed twice"))
        pairs = []
        k += 1
    if len(pairs) >= 2 * _MENU_PAIRS:
        found.update(dict.fromkeys(pairs, "menu printed twice"))


#: What a line's copy may have after it: its stop ("… gallery" / "… gallery."), or a
#: caption's last word or two with the stop; a photo's credit glued on ("… June 14.PHOTO:
#: AFP", "… / EUROKINISSI) EUROKINISSI SPORTS").
_CLOSING_REST_RE = re.compile(r"[.!?…]|\s?[^\s.!?…]+(?:\s[^\s.!?…]+)?[.!?…]")
_CREDIT_REST_RE = re.compile(r"\s?(?:(?i:photo|foto|фото|φωτο)\w*\s*:\s*)?"
                             r"[A-ZА-ЯΑ-Ω][A-ZА-ЯΑ-Ω&/.-]+(?:\s[A-ZА-ЯΑ-Ω&/.-]+){0,3}")


def _closed_copy(first: str, second: str) -> bool:
    """Is ``second`` a copy of ``first`` with the stop it lacks (a caption printed as the
    picture's alt text, then as its caption)?  The closed one stays.

    >>> _closed_copy("Watching the video in the Earth in Space gallery",
    ...              "Watching the video in the Earth in Space gallery.")
    True
    >>> _closed_copy("The council met", "The council met on Monday in Minsk.")
    False
    """
    return (len(first.split()) >= _TWICE_ALONE_WORDS and second.startswith(first)
            and not page.SENTENCE_END_RE.search(first)
            and _CLOSING_REST_RE.fullmatch(second[len(first):]) is not None)


def _credited_copy(first: str, second: str) -> bool:
    """Is ``second`` a copy of ``first``, a caption, with a photo credit glued after it?
    The first stays, as the caption was written.

    >>> _credited_copy("Wang Yi and the ministers in Yuxi, China, on June 14.",
    ...                "Wang Yi and the ministers in Yuxi, China, on June 14.PHOTO: AFP")
    True
    >>> _credited_copy("The talks resumed in Minsk.", "The talks resumed in Minsk. They failed.")
    False
    """
    rest = second[len(first):]
    return (len(first.split()) >= _TWICE_WORDS and second.startswith(first)
            and first.rstrip()[-1:] in ".)" and _CREDIT_REST_RE.fullmatch(rest) is not None)


# A picture's caption opened by its label and number ("Figure 1: ", "Fig. 3 – ", "Рис. 2. ").
_CAPTION_LABEL_RE = re.compile(r"(?:fig(?:ure)?|photo|image|picture|рис(?:унок)?|фото|εικόνα|σχήμα)"
                               r"\.?\s*\d{1,3}[a-z]?\s*[.:–—-]\s*", re.I)


def _caption_of(alt: str, caption: str) -> bool:
    """Is ``caption`` the labelled caption ("Figure 1: Terminal with interactive Bash
    session") of a picture whose alt text, its words, stands right above it?  The alt
    text is the picture's, left where the picture was; the caption is the author's.

    >>> _caption_of("Terminal with interactive Bash session",
    ...             "Figure 1: Terminal with interactive Bash session")
    True
    >>> _caption_of("Results", "Figure 2: Results of the survey")
    False
    """
    label = _CAPTION_LABEL_RE.match(caption)
    return (label is not None and len(alt.split()) >= _TWICE_ALONE_WORDS
            and caption[label.end():].rstrip(" .") == alt.rstrip(" ."))


#: A run of paragraphs printed again right under itself: this many lines at most, and
#: this many words at least in all.
_RUN_TWICE_LINES = 4
_RUN_TWICE_WORDS = 12


def _take_paragraphs_printed_twice(lines: Sequence[str | None], order: list[int],
                                   texts: dict[int, str], found: dict[int, str]) -> None:
    """The second copy of a run of two to four sentences printed again right under the
    first, line for line (blank lines apart): a scraper that read a block twice.  Every
    line of the run is a sentence set flush left, so that a song's chorus sung twice, its
    lines set in and closed by commas, stays; an author does not print a paragraph of
    sentences twice in a row.

    >>> lines = ["Mass was served in the village church.", "Two priests served with him.",
    ...          "The choir sang in the square after the service.",
    ...          "Two priests served with him.", "The choir sang in the square after the service."]
    >>> found = {}
    >>> _take_paragraphs_printed_twice(lines, [0, 1, 2, 3, 4],
    ...                                {i: line for i, line in enumerate(lines)}, found)
    >>> sorted(found)
    [3, 4]
    """
    order = [i for i in order if i not in found]
    for size in range(_RUN_TWICE_LINES, 1, -1):
        for k in range(len(order) - 2 * size + 1):
            first, second = order[k:k + size], order[k + size:k + 2 * size]
            if any(i in found for i in first + second):
                continue
            if (all(texts[a] == texts[b] for a, b in zip(first, second, strict=True))
                    and len({texts[i] for i in first}) == size
                    and all(_flush_sentence(lines[i]) for i in first)
                    and sum(len(texts[i].split()) for i in first) >= _RUN_TWICE_WORDS
                    and all(line is None or not line.strip()
                            for line in lines[first[-1] + 1:second[0]])):
                for index in second:
                    found[index] = "paragraphs printed twice in a row"


def _flush_sentence(line: str | None) -> bool:
    """A line set flush left that ends a sentence."""
    return bool(line and not line[:1].isspace() and len(line.split()) >= _SENTENCE_WORDS
                and page.SENTENCE_END_RE.search(line.rstrip()))


#: A sentence of a run printed twice has this many words at least.
_SENTENCE_WORDS = 4


# A figure, or a date ("Aug 9, 2009", "9 August 2009").
_VALUE_RE = re.compile(r"[\d\s.,:/+%-]+(?: ?[ap]\.?m\.?)?|[^\W\d_]{3,9}\.? \d{1,2},? \d{4}"
                       r"|\d{1,2} [^\W\d_]{3,9}\.? \d{4}")
_PANEL_LABEL_WORDS = 2
_PANEL_PAIRS = 2


def _in_field_panel(lines: Sequence[str | None], index: int) -> bool:
    """Is this line in a run of labels, each over its figure or date ("Joined" /
    "Aug 9, 2009" / "Messages" / "12,550"), with at most a word or two besides: a
    member's or a page's figures, which no article prints that way?"""

    def short(i: int) -> bool:
        text = " ".join((lines[i] or "").split())
        return bool(text) and (len(text.split()) <= _PANEL_LABEL_WORDS
                               or _VALUE_RE.fullmatch(text) is not None)

    if not short(index):
        return False
    first = last = index
    while first > 0 and short(first - 1):
        first -= 1
    while last + 1 < len(lines) and short(last + 1):
        last += 1
    block = [" ".join((lines[i] or "").split()) for i in range(first, last + 1)]
    pairs = sum(1 for label, value in itertools.pairwise(block)
                if _VALUE_RE.fullmatch(value) and not _VALUE_RE.fullmatch(label))
    return pairs >= _PANEL_PAIRS and 2 * pairs >= len(block) - 1


# "Tags:", "Keywords:", "Anahtar Kelimeler:", "Теги:" — a label of a word or two.
_TAG_LABEL_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*")
_TAG_ITEM_WORDS = 6
_TAGS = 4
_LABELLED_TAGS = 3
# The words a tag may hold besides names ("Council of Heads of Government").
_TAG_LINKS = frozenset({"of", "the", "for"})


# The labels a site sets before its tags.
_TAG_WORDS_RE = re.compile(r"(?:tags?|tagged(?: with)?|topics?|keywords?|categor(?:y|ies)"
                           r"|filed under|related|labels?|subjects?|more on|see also|теги|метки"
                           r"|ετικέτες)\s*:", re.I)


# The kicker a newspaper sets before a headline, in capitals ("REVIEW: Dick Whittington,
# Cockermouth Amateur Dramatics Society, Kirkgate Centre"): the story's title, no tags.
_KICKER_RE = re.compile(r"(?:REVIEW|PREVIEW|LETTER|LETTERS|OPINION|ANALYSIS|COMMENT|EXCLUSIVE"
                        r"|INTERVIEW|OBITUARY|PICTURES|PHOTOS|GALLERY|WATCH|LIVE|UPDATE|BREAKING"
                        r"|FEATURE|COLUMN)\s*:\s")


def _labelled_by_text(text: str) -> bool:
    """Does the line open with a label that names no tags ("Path C:", "A:")?

    >>> _labelled_by_text("Path C: Scotland, Norway, Serbia, Romania")
    True
    >>> _labelled_by_text("Tags: Scotland, Norway, Serbia, Romania")
    False
    """
    label = _TAG_LABEL_RE.match(text)
    return bool(label) and not _TAG_WORDS_RE.match(text)


# An item's quantity after a dash ("– 1 кг", "- 200 g"): two make a list of what is needed.
_QUANTITY_RE = re.compile(r"[–—-]\s*\d")
_QUANTITIES = 2


_QUOTES = "\"“”„«'‘’"


# A postcode closing an address: British ("B78 2AE"), or five digits, a ZIP's or many
# countries' ("IL 62401", "75008").
_POSTCODE_RE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{5}(?:-\d{4})?)$")


# A list an author's clause opens, its verb before the colon ("Regions include: …",
# "Members are: …"): a sentence, no page's tags.
_LIST_INTRO_RE = re.compile(r"[^:,.!?]{1,40}?\b(?:include|includes|included|are|were|is|was|"
                            r"comprise|comprises|cover|covers|span|spans)\s*:", re.I)


# The last two items of a list joined with an ampersand, as a sentence joins them with "and".
_AMPERSAND_END_RE = re.compile(r",[^,]*\S &\s*[^\W\d_][^,]*$")


def _names_a_sentence_lists(text: str) -> bool:
    """Does the line end its list as a sentence does, the last two joined by "&" (a
    photo's caption inside the article: "Jill, Cathy, Neil, Kate, Ruth & Cynthia")?
    A site's tags are items side by side, none joined to the next.

    >>> _names_a_sentence_lists("Jill, Cathy, Neil, Kate, Geoff, Ruth & Cynthia")
    True
    >>> _names_a_sentence_lists("Pakistan, Kazakhstan, SCO Summit, Islamabad")
    False
    """
    return bool(_AMPERSAND_END_RE.search(text))


def is_tag_line(text: str, *, labelled: bool = False) -> bool:
    """A page's tags on one line: names and terms separated by commas, no sentence.

    Four or more capitalised items ("Pakistan, Kazakhstan, SCO Summit, Council of Heads of
    Government"), or, where ``labelled`` is allowed, three or more of any case after a
    label, or two and a comma ("Keywords: security council, kazakhstan,"); an item
    holds no function word but "of", "the" and "for", so a list a sentence makes
    ("Russia, China and India") is none.

    >>> is_tag_line("Pakistan, Kazakhstan, SCO Summit, Islamabad, Council of Heads of State")
    True
    >>> is_tag_line("Tags: security council, kazakhstan,", labelled=True)
    True
    >>> is_tag_line("Russia, China, India and Brazil")
    False
    >>> is_tag_line("Middleton Hall, Middleton, Tamworth, Staffs B78 2AE")
    False
    >>> is_tag_line("REVIEW: Dick Whittington, Cockermouth Amateur Dramatics Society, "
    ...             "Kirkgate Centre, Cockermouth")
    False
    >>> is_tag_line('Key Tracks: "Angel of Death," "Necrophobic," "Raining Blood"', labelled=True)
    False
    >>> is_tag_line("Нам понадобится: капуста – 1 кг, яйца – 4 шт, лук – 1 луковица",
    ...             labelled=True)
    False

    A clause that opens the list says so ("Regions include: …"): an author's sentence.

    >>> is_tag_line("Regions include: East Africa, West Africa, Central Africa, South Africa")
    False
    """
    if _KICKER_RE.match(text) or _LIST_INTRO_RE.match(text):
        return False
    body, label = text, _TAG_LABEL_RE.match(text) if labelled else None
    if label:
        body = text[label.end():]
    items = [item.strip() for item in body.split(",")]
    if items and not items[-1]:
        items.pop()
    # After a label, three items, or two and the comma of an unfinished list: a field's
    # value ("Headquarters: Moscow, Russia") is no list of tags.
    least = (_LABELLED_TAGS - (text.rstrip().endswith(",")) if label else _TAGS)
    if len(items) < least or page.SENTENCE_END_RE.search(text):
        return False
    if label and blocks.is_name(items[0]):
        return False   # a field naming a person and what they are ("Presenter: Anna Berg, …")
    if sum(bool(_QUANTITY_RE.search(item)) for item in items) >= _QUANTITIES:
        return False   # a recipe's ingredients ("капуста свежая – 1 кг, яйца – 4 шт, …")
    if sum(item[:1] in _QUOTES for item in items) >= 2:
        return False   # titles in quotation marks ('Key Tracks: "Angel of Death," …'): no tags
    if _POSTCODE_RE.search(items[-1]):
        return False   # an address ("Middleton Hall, Middleton, Tamworth, Staffs B78 2AE")
    for item in items:
        words = item.split()
        if "." in item:
            return False   # an abbreviation, a sentence: no tag
        if not 1 <= len(words) <= _TAG_ITEM_WORDS or not blocks.words_of(item):
            return False
        if any(word.casefold() in blocks.STOPWORDS and word.casefold() not in _TAG_LINKS
               for word in words):
            return False
        if not label and not item[0].isupper():
            return False
    return True


_FIGURE_RE = re.compile(r"\(?[-+−]?[$€£¥₽₸₴₹]?\d[\d,]*\.\d+%?\)?|\(?[-+−]?\d+%\)?")
_QUOTE_MARK_RE = re.compile(r"[$€£¥₽₸₴₹▲▼△▽↑↓⬆⬇]|[A-Z]{2,5}")
_ARROW_RE = re.compile(r"[▲▼△▽↑↓⬆⬇]")
_QUOTE_FIGURES = 3
_ARROW_FIGURES = 2
_QUOTE_WORDS = 2


def is_quote_line(text: str) -> bool:
    """A market's quotes on one line: figures with decimals or percentages, currency signs,
    codes and arrows ("$ 451.27  489.13  4.87"), at most two words beside an arrow
    ("AGL 37.01 Decreased By ▼ -0.99 (-2.61%)").

    >>> is_quote_line("$ 451.27  489.13  4.87")
    True
    >>> is_quote_line("Exports rose by 4.5% to 12.3 billion")
    False
    """
    tokens = text.split()
    figures = sum(bool(_FIGURE_RE.fullmatch(token)) for token in tokens)
    marks = sum(bool(_QUOTE_MARK_RE.fullmatch(token)) for token in tokens)
    words = len(tokens) - figures - marks
    if _ARROW_RE.search(text):
        return figures >= _ARROW_FIGURES and words <= _QUOTE_WORDS
    return figures >= _QUOTE_FIGURES and words == 0


# An image's size in its file name or alt text ("Taliban REUTERS 550x295 - <headline>").
_DIMENSIONS_RE = re.compile(r"\b\d{2,4}[x×]\d{2,4}\b")
_TRAIL_STEP_RE = re.compile(r"\s+(?:[>›»/→\\]|//)\s+")
_TRAIL_STEPS = 3
_TRAIL_WINDOW = 6


def _trail_to(text: str, below: Sequence[str]) -> bool:
    """Is this a breadcrumb trail whose last step is a line near it, the headline ("Site >
    News > Ministers meet in Astana" over "Ministers meet in Astana"; "Home // Press
    releases // Volunteers needed" under "Volunteers needed")?

    >>> _trail_to("Главная \\\\ НОВОСТИ \\\\ Крестный ход", ["Крестный ход", "21.04.2025"])
    True
    """
    steps = _TRAIL_STEP_RE.split(text)
    return len(steps) >= _TRAIL_STEPS and any(
        top.copy_key(steps[-1]) == top.copy_key(line) for line in below)


#: The steps a trail run together without marks has before the title: "Home News".
_RUN_STEPS = 4
#: The characters of the title a trail cut short holds at least.
_RUN_TITLE = 15


def _home_run_into_title(text: str, below: Sequence[str]) -> bool:
    """Is this a trail from the home page whose steps are run together without marks and
    whose last step is the headline below it, cut short ("Home News How we’ve been helping
    charities hit by virus crisis with YOUR genorous..." over "How we’ve been helping …")?

    >>> _home_run_into_title("Home News How we helped charities with YOUR...",
    ...                      ["How we helped charities with YOUR generous donations"])
    True
    >>> _home_run_into_title("Home is where we helped charities with YOUR...",
    ...                      ["How we helped charities with YOUR generous donations"])
    False
    """
    words = text.split()
    if not words or words[0].casefold() not in HOME_WORDS or not text.endswith(("...", "…")):
        return False
    for step in range(1, _RUN_STEPS + 1):
        rest = " ".join(words[step:]).rstrip(".… ")
        if len(rest) >= _RUN_TITLE and any(
                line.startswith(rest) and len(line) > len(rest) for line in below):
            return True
    return False


_TEASER_WORDS = (4, 16)


def _take_teaser_siblings(after: list[int], texts: dict[int, str],
                          found: dict[int, str]) -> None:
    """The rest of a list of teasers after the article, once two of its lines went.

    A related story shares the article's words ("… observers to SCO exercise"
    under an SCO article), so one headline of the list may have stayed while its
    label and siblings went.  Every line between the article and it must be chrome
    already, two of them at least, and it must be a headline: a few words, no
    sentence, no byline or source line.

    >>> found = {5: "page chrome", 6: "short line after the article"}
    >>> _take_teaser_siblings([5, 6, 7], {5: "Related", 6: "Drills start",
    ...                        7: "India and Pakistan send observers to SCO exercise"}, found)
    >>> found[7]
    'teaser after the article'
    """
    if sum(i in found for i in after) < 2:
        return
    for k, index in enumerate(after):
        if index in found:
            continue
        if k < 2 or any(i not in found for i in after[:k]):
            return
        if not _is_teaser_headline(texts[index], set()):
            return
        found[index] = "teaser after the article"


def _is_teaser_headline(text: str, article: set[str]) -> bool:
    words = text.split()
    return (_TEASER_WORDS[0] <= len(words) <= _TEASER_WORDS[1]
            and not page.SENTENCE_END_RE.search(text) and not text.endswith(":")
            and not page.BYLINE_RE.match(text) and not page.SOURCE_LINE_RE.match(text)
            # (the newsroom's credit closing the story is the author's: "Reporting by X;
            # Editing by Y")
            and not page.CONTRIBUTION_RE.match(text)
            and len(_substance(text) & article) <= 1)


_GLUED_REPEATS_RE = re.compile(r"(.{4,40}?)\1{2,}")


def _words_twice(text: str) -> bool:
    """The same words printed twice on one line ("Kyrgyzstan Bishkek Kyrgyzstan Bishkek"),
    or three times and more run together ("gallery imagegallery imagegallery image", a
    gallery's captions): a page's tags or a menu run together, never a sentence.  A row
    of marks with no letter ("+ + + +") is an author's separator.

    >>> _words_twice("Kyrgyzstan Bishkek Kyrgyzstan Bishkek")
    True
    >>> _words_twice("gallery imagegallery imagegallery image")
    True
    >>> _words_twice("+ + + + + + + +")
    False
    """
    if not any(ch.isalpha() for ch in text) or page.SENTENCE_END_RE.search(text):
        return False
    words = text.split()
    half = len(words) // 2
    return (len(words) >= 2 * 2 and len(words) % 2 == 0 and words[:half] == words[half:]) or (
        _GLUED_REPEATS_RE.fullmatch(text) is not None)


def laid_out_alone(lines: Sequence[str | None], index: int) -> bool:
    """Is the line a paragraph of its own, a blank line (or the page's edge) on each side?"""
    return ((index == 0 or not (lines[index - 1] or "").strip())
            and (index + 1 == len(lines) or not (lines[index + 1] or "").strip()))


_LEAD_COPY_WINDOW = 5
_LEAD_COPY_NEAR = 3
_LEAD_COPY_WORDS = 8


def _take_lead_copy(lines: Sequence[str | None], order: list[int], texts: dict[int, str],
                    found: dict[int, str]) -> None:
    """The page's first line, a sentence the article prints again a few lines below it:
    the page's description or a teaser above the article's own copy.  On a page that
    shows no other chrome the copy must follow within three lines: a text may come back
    to its opening sentence on purpose, further down.  Where paragraphs are set apart by
    blank lines, as an author lays them out, a headline (a line that is no sentence) must
    stand between too: two genuine texts that open alike, printed one after the other
    with only sentences between, keep both openings.

    On a page with chrome the teaser may stand under the headline, the article's own copy
    under the picture and its caption ("Eight … win medals" / "The Canada Games have been
    …" / "The B.C. girls hockey team celebrates …" / "The Canada Games have been …").
    """
    if not order or order[0] in found:
        return
    if _lead_copy(lines, order, texts, found):
        return
    if (found and len(order) > 1 and order[1] not in found
            and not page.SENTENCE_END_RE.search(texts[order[0]])
            and len(texts[order[0]].split()) <= _TEASER_HEAD_WORDS):
        # (the picture and its caption between, in the teaser's own block, no more)
        _lead_copy(lines, order[1:], texts, found, _LEAD_COPY_NEAR, in_its_block=True)


def _lead_copy(lines: Sequence[str | None], order: list[int], texts: dict[int, str],
               found: dict[int, str], window: int | None = None,
               in_its_block: bool = False) -> bool:
    """:func:`_take_lead_copy` for the line ``order[0]``; whether it is a sentence the
    page prints again below it (within ``window`` lines, if given; with ``in_its_block``,
    with only lines of its own block between, no blank line)."""
    first = texts[order[0]]
    window = window or (_LEAD_COPY_WINDOW if found else _LEAD_COPY_NEAR)
    if len(first.split()) < _LEAD_COPY_WORDS or not page.SENTENCE_END_RE.search(first):
        return False
    if first.rstrip("\"'”’»)").endswith("?") and laid_out_alone(lines, order[0]):
        return True     # a headline that asks, alone in its paragraph: the top judges its copies
    for k, index in enumerate(order[1:1 + window], start=1):
        if texts[index] == first:
            between = order[1:k]
            last = between[-1] if between else order[0]
            if in_its_block and any(not (lines[j] or "").strip()
                                    for j in range(order[0], last + 1)):
                return False
            laid_out = any(not (lines[j] or "").strip() for j in range(order[0], index))
            if found or not between or not laid_out or not all(
                    page.SENTENCE_END_RE.search(texts[i]) for i in between):
                found[order[0]] = "copy of a sentence below it"
            return True
    return False


_MEDIA_WORD_RE = re.compile(r"\b(?:logo|image|banner|emblem|icon|video|embed|thumbnail|"
                            r"placeholder)\b", re.I)


# A banner's picture named by the flags it shows, the alt text a scraper prints in its place:
# a name of capitalised words, then "flag" or "flags" in lower case ("BRICS flags", "EU
# flag", "ЕАЭС флаги").  "Flags of convenience" or "Red Flag" is a title's.
_FLAGS_PICTURE_RE = re.compile(
    r"(?:[^\W\d_][\w.’'-]*\s+){1,3}(?-i:flags?|флаги?|σημαία|σημαίες)")


# A picture's alt text as a stock library or a CMS writes it, left where the picture was:
# a few words in lower case, no sentence ("blind man using voice command on smartphone",
# "crop person in latex gloves with american money on background of flag"), four words
# or more and not one capital among them.  A byline typed in lower case ("by jane") is
# the author's, and so is a line that names someone ("poem about Grandma").
_LOWER_ALT_RE = re.compile(r"(?!by )[a-z][a-z'’-]*(?: [a-z0-9'’&/-]+){3,15}")
# The credit line a picture has under it: "Photo by Karolina Grabowska on", "Photo: AP".
_CREDIT_LINE_RE = re.compile(r"\s*(?:photo|image|picture|photograph)s?(?: by| credit)?\s*[:\s]",
                             re.I)


def _credit_below(lines: Sequence[str | None], index: int) -> bool:
    """Does a picture's credit line stand right under this line, no blank between?"""
    return index + 1 < len(lines) and bool(_CREDIT_LINE_RE.match(lines[index + 1] or ""))


def _lower_case_alt(lines: Sequence[str | None], index: int, text: str) -> bool:
    """Is this line a picture's alt text: a few words in lower case, no sentence, a
    paragraph of its own or its picture's credit under it?  An article whose every
    paragraph opens with a capital writes no line so; a poem does, and is left alone.

    >>> _lower_case_alt(["Headline", "", "blind man using voice command on smartphone", ""],
    ...                 2, "blind man using voice command on smartphone")
    True
    >>> _lower_case_alt(["Headline", "", "by jane austen", ""], 2, "by jane austen")
    False
    >>> _lower_case_alt(["the first line", "of a stanza"], 0, "the first line")
    False
    """
    below = index + 1 >= len(lines) or not (lines[index + 1] or "").strip()
    return (_LOWER_ALT_RE.fullmatch(text) is not None
            and not page.SENTENCE_END_RE.search(text) and ":" not in text
            and (below or _credit_below(lines, index)))


def _is_media_placeholder(lines: Sequence[str | None], index: int, text: str) -> bool:
    words = text.split()
    pictured = _MEDIA_WORD_RE.search(text) is not None or (
        _FLAGS_PICTURE_RE.fullmatch(text) is not None
        and all(w[:1].isupper() for w in words[:-1]))
    return (0 < len(words) <= _SHORT_WORDS and pictured
            and not page.SENTENCE_END_RE.search(text) and ":" not in text
            and not _MARKED_RE.match(lines[index] or "") and not text.isupper())


_FIGURE_FIELD_RE = re.compile(r"\s*(?:[•·*-]\s*)?[^\W\d_]{1,15}\s*:\s*(?P<value>.+)")
_FIGURE_FIELDS = 3


def _in_figure_fields(lines: Sequence[str | None], index: int, found: dict[int, str]) -> bool:
    """Is this line one of three or more fields in a row, each a word, a colon and a figure
    or a date ("• publish: 18 October 2021" / "• time: 9:16 pm" / "• No: 19360"), chrome
    between them aside: the page's record of the article, not the article?"""

    def field(i: int) -> bool:
        match = _FIGURE_FIELD_RE.fullmatch(" ".join((lines[i] or "").split()))
        return match is not None and _VALUE_RE.fullmatch(match["value"]) is not None

    def within(i: int) -> bool:
        return 0 <= i < len(lines) and (field(i) or lines[i] is None or i in found)

    if not field(index):
        return False
    first = last = index
    while within(first - 1):
        first -= 1
    while within(last + 1):
        last += 1
    return sum(field(i) for i in range(first, last + 1)) >= _FIGURE_FIELDS


def _plain(text: str) -> str:
    """A line as two copies of it share, whatever their apostrophes and case."""
    return top.copy_key(text.replace("’", "'").replace("‘", "'"))


# A line reads as a tagline, not a sentence, when few of its words of substance are in
# lower case ("Synergy of Poetry and Verse. Author, Poet, Photographer").
_LOWER_SHARE = 0.5


def _title_cased(text: str) -> bool:
    content = [w for w in blocks.words_of(text)
               if w[:1].isalpha() and w.casefold() not in blocks.STOPWORDS]
    return bool(content) and sum(w[:1].islower() for w in content) < _LOWER_SHARE * len(content)


def take_closing_sandwich(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """A paragraph between two paragraphs of chrome, after the article's last line of prose.

    Below the article a page stacks its widgets, and what a widget says of the
    site (its tagline, its title, a label) lands between them: with chrome
    above it and below it, a paragraph whose lines end no sentence or are set in
    title case (no sentence of the article is) belongs to the stack.  A line with
    a figure, a byline, a name, a source line or a signature stays, as it does
    anywhere at the page's edge, and so does what stands between two advertisements.
    """
    paragraphs = page._paragraphs(lines, views, found, with_found=True)
    ends = [k for k, block in enumerate(paragraphs)
            if any(i not in found and blocks.is_article_prose(views[i]) for i in block)]
    if not ends:
        return
    for k in range(ends[-1] + 1, len(paragraphs) - 1):
        block = paragraphs[k]
        if any(i in found for i in block):
            continue
        above, below = paragraphs[k - 1], paragraphs[k + 1]
        if not (k - 1 > ends[-1] and all(i in found for i in above)
                and all(i in found for i in below)):
            continue
        if any(page.is_ad_break(views[i]) for i in above + below):
            continue   # what an advertisement breaks is the article's
        if all(not _kept_kind_here(views[i]) and (
                not page.SENTENCE_END_RE.search(views[i]) or _title_cased(views[i]))
               and not is_list_line(lines[i]) for i in block):
            for i in block:
                found[i] = "text among closing chrome"


def _kept_kind_here(text: str) -> bool:
    return bool(_DIGIT_RE.search(text) or page.BYLINE_RE.match(text) or blocks.is_name(text)
                or page.SOURCE_LINE_RE.match(text) or _SIGNATURE_RE.search(text))


def is_list_line(line: str | None) -> bool:
    return structure.is_list_item(line or "")


# A call, a label or a list's header is a few words; past this many the line is prose.
_CLOSING_WORDS = 40
# A line among closing chrome that names no kind of it ("Spam und Eigenwerbung sind nicht
# gestattet.") is this short, and sits in the paragraph of the chrome on both its sides.
_AMONG_WORDS = 8
# A like or view counter beside its label ("1" over "Einem Mitglied gefällt das:").
_COUNTER_RE = re.compile(r"\d{1,6}")
# The items of a list under its header ("Популярные стихи" and the poems' titles): this
# many lines at most, each a title's length.
_LIST_ITEMS = 12
_ITEM_WORDS = 12
# A teaser cut where its link ended ("Special permits have been issued to other shipping
# lines to operate … routes"), no sentence's end at its close, is an item up to this long.
_CUT_ITEM_WORDS = 20
_CLOSING_REASONS = {"call": "call to the reader closing the page",
                    "notice": "site's notice closing the page",
                    "label": "label closing the page",
                    "list": "list's header closing the page",
                    "weak": "field or label among closing chrome"}


def _closing_kind(text: str) -> str | None:
    kind = closing_kind(text)
    if kind and kind != "notice" and len(text.split()) > _CLOSING_WORDS:
        return None
    return kind


# A blog's record of the post ("Postado por Maria às 10:32", "Enviado por zemary em
# 27/05/2018"): the name it gives stands between "by" and the word before the stamp's figures.
_RECORD_NAME_RE = re.compile(
    r"\S+ (?:by|por|par|von|da|пользователем|автором|από)\s+(?P<name>.+?)\s+\S+\s+\d", re.I)


def _unclaimed_record(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a blog's record of the post whose author the page names nowhere else?

    Where the page names the author already (a signature over the record, a byline), the
    record is the platform's stamp and closes the page with the other chrome; where it is
    the page's only word on who wrote the post, it is the post's byline, and stays.

    >>> _unclaimed_record(["Posted by Maria Marra at 3:14 PM"], 0)
    True
    >>> _unclaimed_record(["zemary", "Enviado por zemary em 27/05/2018"], 1)
    False
    """
    match = _RECORD_NAME_RE.match(" ".join((lines[index] or "").split()))
    if match is None:
        return False
    name = {word.casefold() for word in blocks.words_of(match["name"])}
    elsewhere = {word.casefold() for i, line in enumerate(lines) if i != index and line
                 for word in blocks.words_of(line)}
    return not name or not name <= elsewhere


def _indent(line: str | None) -> int:
    text = (line or "").expandtabs()
    return len(text) - len(text.lstrip())


def _card_text(lines: Sequence[str | None], order: Sequence[int], pos: int) -> bool:
    """Is this line the text of a card in a list: set deeper than the bulleted title above
    it, with only lines as deep between them ("  • The Agenda" / "    10:00am - 1:00pm" /
    "    Broadcasting every weekday, …")?  A card's blurb is the card's, not the article's.

    >>> lines = ["  • The Agenda", "    10:00am - 1:00pm", "    Broadcasting every weekday."]
    >>> _card_text(lines, [0, 1, 2], 2), _card_text(lines, [0, 1, 2], 0)
    (True, False)
    """
    depth = _indent(lines[order[pos]])
    for above in range(pos - 1, -1, -1):
        line = lines[order[above]]
        if is_list_line(line):
            return _indent(line) < depth
        if _indent(line) < depth:
            return False
    return False


# The link closing a card of a list ("View Details", "Read more", "Подробнее"): the line
# right above it is the card's summary, whatever its length.
_CARD_LINK_RE = re.compile(
    r"(?:view|see|more|read|show) (?:details|more)|details|learn more|подробнее|читать далее"
    r"|детальнее|περισσότερα|διαβάστε περισσότερα|λεπτομέρειες", re.I)


def _list_items(order: Sequence[int], views: dict[int, str],
                found: dict[int, str], lines: Sequence[str | None]) -> set[int]:
    """The lines under a list's header near the page's end, when every line from it down to
    the end is chrome or has a title's length: the list the header announces.  A card's
    text under its bulleted title (a programme's blurb under its name and hours) or right
    above its link ("View Details") is the card's, whatever its length, and is not
    counted among the titles."""
    teasers = _teaser_cards(order, views)
    if teasers:
        return teasers
    for pos in range(len(order) - 1, max(-1, len(order) - 1 - _TEASER_REACH), -1):
        if _BOX_TO_END_RE.fullmatch(views[order[pos]]):
            # quotations picked by the page's words, each a sentence, with their authors
            return set(order[pos + 1:])
    titles = 0
    for pos in range(len(order) - 1, -1, -1):
        text = views[order[pos]]
        if _closing_kind(text) == "list":
            return set(order[pos + 1:])
        if _card_text(lines, order, pos) or (
                order[pos] + 1 in views and _CARD_LINK_RE.fullmatch(views[order[pos] + 1])):
            continue
        titles += 1
        if titles > _LIST_ITEMS + 1:
            break
        words = len(text.split())
        if order[pos] not in found and (text.endswith(".") or words > _CUT_ITEM_WORDS or (
                words > _ITEM_WORDS and page.SENTENCE_END_RE.search(text))):
            break
    return set()


# A box whose header says that what follows is the site's, however long: a reference site's
# quotations picked by the entry's title words ("Famous quotes containing the words united,
# nations and/or council:"), a Joomla site's "Newsflash" module ("Newsflash - Did you
# know...") with the story it shows.
_BOX_TO_END_RE = re.compile(
    r"(?:famous |related )?quotes containing the words? [^.!?]{1,160}:"
    r"|newsflash(?:\s*[-–—:]\s*[^.!?]{1,60}(?:\.\.\.|…|\?))?", re.IGNORECASE)


# A teaser the site cut short where its link ended, the link's words after the cut or not
# ("… today’s celebration ranks as...Read more", "… a week-long festival […]").
_CUT_CARD_RE = re.compile(
    r".*\w[,;:]?\s*(?:\.\.\.|…|\[(?:…|\.\.\.)\])\s*(?:read more|continue reading|more)?\s*[»›]?",
    re.IGNORECASE)
# A teaser the site cut after a comma or a word no sentence ends on, then closed with a
# full stop of its own ("… είναι η χαρά, η ελπίδα,.", "… του ιστορικού κέντρου της.",
# "… of the city and.").
_STOP_AFTER_CUT_RE = re.compile(
    r"(?:[,;:]|\s(?:και|της|του|των|το|τα|τη|την|στο|στη|στην|για|με|από|the|and|of|to|for|"
    r"with|a|an|in|on|и|в|на|с|по|для|из|от|к))\s*\.$", re.IGNORECASE)
#: Under a list's header, this many cut teasers make the lines down to the end its cards.
_TEASERS = 2
#: A list's header closing the page stands this many lines from its end at most.
_TEASER_REACH = 40


def _teaser_cards(order: Sequence[int], views: dict[int, str]) -> set[int]:
    """The cards of a list of other stories under its header at the page's end, each a
    title, a date and a teaser the site cut where its link ended ("More News" / "Feast of
    Saint Lawrence" / "August 6, 2020" / "… ranks as...Read more"): two cut teasers or more
    under the header make every line down to the end the list's, whatever its length.

    >>> views = {0: "Please give generously.", 1: "More News", 2: "Feast day", 3: "August 6",
    ...          4: "The esteem in which ... ranks as...Read more", 5: "Statement",
    ...          6: "During his visit, he said ...Read more"}
    >>> sorted(_teaser_cards(sorted(views), views))
    [2, 3, 4, 5, 6]
    """
    tail = order[-_TEASER_REACH:]
    for pos in range(len(tail) - 1, -1, -1):
        if _closing_kind(views[tail[pos]]) == "list":
            below = tail[pos + 1:]
            cut = sum(1 for i in below if _CUT_CARD_RE.fullmatch(views[i])
                      or _STOP_AFTER_CUT_RE.search(views[i]))
            return set(below) if cut >= _TEASERS else set()
    return _linked_cards(tail, views)


def _linked_cards(tail: Sequence[int], views: dict[int, str]) -> set[int]:
    """Cards of other stories closing the page with no header over them, each a headline,
    a teaser cut mid-sentence and the card's link under it ("Ποντιακός Σύλλογος …" /
    "… κερδίζοντας τις" / "Read More »"), two cards or more one under the other: the lines
    from the first card's headline down.  An article's last paragraph ends a sentence; a
    teaser the site cut where its length ran out does not.

    >>> views = {0: "Το ατύχημα έγινε το μεσημέρι.", 1: "Άλλη είδηση για τον σύλλογο",
    ...          2: "Ο σύλλογος συμμετείχε στο φεστιβάλ, κερδίζοντας τις", 3: "Read More »",
    ...          4: "Η περιφέρεια αλλάζει", 5: "Για δεκαετίες,", 6: "Read More »"}
    >>> sorted(_linked_cards(sorted(views), views))
    [1, 2, 3, 4, 5, 6]
    """
    cards: list[int] = []
    pos = len(tail) - 1
    while pos >= 0 and not _CARD_LINK_RE.fullmatch(views[tail[pos]].strip(" »›>→")):
        pos -= 1   # a button under the last card ("X") stays with the cards' chrome
        if len(tail) - 1 - pos > 1:
            return set()
    while pos >= 2 and _CARD_LINK_RE.fullmatch(views[tail[pos]].strip(" »›>→")):
        teaser, headline = views[tail[pos - 1]], views[tail[pos - 2]]
        if (page.SENTENCE_END_RE.search(teaser) and not _CUT_CARD_RE.fullmatch(teaser)) or (
                page.SENTENCE_END_RE.search(headline) or len(headline.split()) > _CUT_ITEM_WORDS):
            break
        cards.append(tail[pos - 2])
        pos -= 3
    return set(tail[tail.index(cards[-1]):]) if len(cards) >= _TEASERS else set()


#: Empty date headers closing the page: this many in a row at least.
_EMPTY_DATES = 2


def _date_alone(text: str) -> bool:
    """A line that is a date and nothing else, its weekday before it at most
    ("Saturday, 27 November 2010", "Суббота, 27 ноября 2010", "21 Νοεμβρίου 2010")."""
    words = text.split(maxsplit=1)
    if len(words) == 2 and words[0].strip(".,").lower() in top.WEEKDAY_NAMES:
        text = words[1]
    text = text.strip(" .")
    return any(span == (0, len(text)) for *_, span in top.dates_in(text))


def take_empty_date_headers(views: dict[int, str], found: dict[int, str]) -> None:
    """Dates alone closing the page, two or more in a row under the article's last line
    ("Saturday, 27 November 2010" / "Sunday, 21 November 2010"): a blog archive's headers
    of days whose posts the page does not hold.  A single date under a text may be the
    text's own (a letter's, a statement's), and stays.

    >>> views = {0: "The match ended level.", 1: "Saturday, 27 November 2010",
    ...          2: "Sunday, 21 November 2010"}
    >>> found = {}; take_empty_date_headers(views, found); sorted(found)
    [1, 2]
    >>> found = {}; take_empty_date_headers({0: "We met on Monday.", 1: "3 May 2021"}, found)
    >>> found
    {}
    """
    order = sorted(views)
    run: list[int] = []
    for index in reversed(order):
        if index in found:
            if run:
                break
            continue
        if not _date_alone(views[index]):
            break
        run.append(index)
    if len(run) >= _EMPTY_DATES and len(run) < len([i for i in order if i not in found]):
        for index in run:
            found[index] = "archive's date header with no post under it"


#: The text printed again at the page's end: this many lines and words at least.
_COPY_LINES = 2
_COPY_WORDS = 12
#: The bar between the two copies: this many words at most.
_BAR_WORDS = 6
# The bar's own mark: a frame of bars ("| Search example.com |") or the site's address.
_SITE_BAR_RE = re.compile(r"\|.*\||.*\b[\w-]+\.(?:com|net|org|info|ru|gr|uk|de|eu)\b.*", re.I)


def take_text_printed_again(views: dict[int, str], found: dict[int, str]) -> None:
    """The whole text printed a second time under the site's bar ("| Search Fishin.com |"),
    as a forum prints a post again in its printable or search frame: the bar and the copy
    go, and the first copy stays.  The copy must run to the page's end and repeat the
    page's first lines word for word, and the bar be a short line framed in bars or
    naming the site's address; a poem or a song that ends on its first stanza again has
    no such bar between.

    >>> views = {0: "I caught it close to the park.", 1: "It is the first report this far.",
    ...          3: "| Search Example.com |", 4: "I caught it close to the park.",
    ...          5: "It is the first report this far."}
    >>> found = {}; take_text_printed_again(views, found); sorted(found)
    [3, 4, 5]
    """
    order = [i for i in sorted(views) if i not in found]
    for k, bar in enumerate(order):
        copy = order[k + 1:]
        if (len(copy) < _COPY_LINES or len(copy) > k
                or len(views[bar].split()) > _BAR_WORDS
                or not _SITE_BAR_RE.fullmatch(views[bar].strip())):
            continue
        first = order[:len(copy)]
        if (all(views[a] == views[b] for a, b in zip(first, copy, strict=True))
                and sum(len(views[i].split()) for i in copy) >= _COPY_WORDS):
            for index in (bar, *copy):
                found[index] = "the text printed again under the site's bar"
            return


# A teaser cut where the site cut it: "… находясь в аварийном […]", or with the ellipsis
# glued to the word the excerpt stopped at ("… Ранее в этот день…").
_CUT_TEASER_RE = re.compile(r".*\S\s*\[\s*(?:…|\.{3})\s*\]|.*[^\W\d_]…")
_BRACKETED_CUT_RE = re.compile(r".*\S\s*\[\s*(?:…|\.{3})\s*\]")
# An excerpt a site cut by length: a whole sentence, then the next one broken off ("…
# 16 января 2017 года. Ранее в этот день…").  A bare ellipsis closing a story's last
# line ("Наутро всё было иначе…") is the author's.
_EXCERPT_RE = re.compile(r".*[.!?»”]\s+\S.*[^\W\d_]…")
#: An excerpt cut with a bare ellipsis: this many words at least.
_EXCERPT_WORDS = 10
#: A teaser's headline: this many words at most.
_TEASER_HEAD_WORDS = 12
#: Words compared by their first letters (this many), so that inflected forms meet.
_STEM = 5
#: One word of substance in this many that the teaser shares with the article is chance (a
#: common word: "работы" beside "работу"); more, and the lines are the article's own.
_SHARED_ONE_IN = 10


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in re.findall(r"[^\W\d_]+", text.casefold())
            if len(word) > _STEM}


def take_other_story_teaser(views: dict[int, str], found: dict[int, str]) -> None:
    """Another story's headline and teaser closing the page, cut where the site cut it
    ("Кличко «завис» в прямом эфире" / "Мэр Киева … находясь в аварийном […]"), under
    the article's last sentence: a feed of one item, or of two glued under the last
    paragraph ("За восемь месяцев работы чата …" / "Дата события была установлена … Ранее
    в этот день…", the ellipsis glued to the word the excerpt stopped at, after a whole
    sentence: the site cut it by length; a story's last line trailing off, "Наутро всё
    было иначе…", has no sentence before its cut and stays).  Only when the
    two share no word of substance with the article above, but for one common word among
    ten or more; a text that is itself a teaser cut so (its headline, its lead and "[…]")
    has nothing above to tell it from, and stays.

    >>> views = {0: "Snow crews in the city will work to a new plan this winter.",
    ...          1: "Mayor stuck live on air",
    ...          2: "The mayor froze during a television interview about flooding [...]"}
    >>> found = {}; take_other_story_teaser(views, found); sorted(found)
    [1, 2]
    """
    order = [i for i in sorted(views) if i not in found]
    if len(order) < 3:
        return
    head, teaser = order[-2], order[-1]
    above = order[:-2]
    last = views[above[-1]]
    if not _BRACKETED_CUT_RE.fullmatch(views[teaser]) and not (
            _EXCERPT_RE.fullmatch(views[teaser])
            and len(views[teaser].split()) >= _EXCERPT_WORDS):
        return
    if not (_CUT_TEASER_RE.fullmatch(views[teaser])
            and len(views[head].split()) <= _TEASER_HEAD_WORDS
            and not page.SENTENCE_END_RE.search(views[head])
            and page.SENTENCE_END_RE.search(last) and not _CUT_TEASER_RE.fullmatch(last)):
        return
    article = set().union(*(_stems(views[i]) for i in above))
    pair = _stems(views[head] + " " + views[teaser])
    if len(pair & article) * _SHARED_ONE_IN > len(pair):
        return
    found[head] = found[teaser] = "another story's teaser closing the page"


def _bare_label_at_the_end(text: str) -> bool:
    """A weak label closing the page with nothing after its colon ("Source :", "Share:",
    "Смотрите также:"): what it labelled is gone with the markup, so it is chrome even
    alone.  A word in capitals closing a decree ("ПОСТАНОВЛЯЮ:") is the text's, and so are
    words in lower case a text cut short ends with ("… To quote the publishers of the" /
    "present work:"); the caller asks that nothing follows, code included ("In code:"
    over a code block).

    >>> _bare_label_at_the_end("Source :"), _bare_label_at_the_end("ПОСТАНОВЛЯЮ:")
    (True, False)
    >>> _bare_label_at_the_end("present work:")
    False
    """
    return (text.endswith(":") and text[:1].isupper() and not text.isupper()
            and _closing_kind(text) == "weak")


def take_closing_run(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """The run of chrome that closes the page, by the kinds :data:`closing.txt
    <cms_i18n.clean.vocabulary.closing_kind>` names in each language: calls to follow,
    subscribe, watch, comment or read more at the site's address, the site's notices
    (copyright and reuse, a syndicated feed's disclaimer, a comment form's notes), tag and
    category labels, and a list's header with the titles under it.

    The walk goes up from the page's last line while each line is chrome: a line of those
    kinds, one another rule took, a counter or a short line standing in the paragraph of
    the chrome on both its sides ("Spam und Eigenwerbung sind nicht gestattet." between a
    comment prompt and the site's rules).  A weak line (a contact field, a bare "Source"
    or "Gedichtform:") goes only in a run that holds a line of the other kinds, be it one
    another rule took first (a "See also" over its headlines).  The first
    line that is none of these is the article's last, and the walk stops there: the same
    words inside the article ("Подписаться на рассылку можно на сайте …, сообщил он.") are
    no whole line of a kind, and a run above the article's last line is never looked at.
    """
    order = sorted(views)
    if len(order) < 2:
        return
    items = _list_items(order, views, found, lines)
    run: dict[int, str] = {}
    held: int | None = None
    below: int | None = None
    strong = False
    for index in reversed(order[1:]):
        text = views[index]
        kind = _closing_kind(text)
        if kind == "label" and _unclaimed_record(lines, index):
            kind = None   # the post's byline
        if kind is None and index in items:
            kind = "item"
        if kind is None and index not in found:
            if held is not None:
                break
            touching = below is not None and below == index + 1
            if _COUNTER_RE.fullmatch(text) and touching:
                run[index] = "weak"   # a counter over its label
            elif (_COUNTER_RE.fullmatch(text) and below is None) or (
                    touching and len(text.split()) <= _AMONG_WORDS and below in run):
                held = index
            else:
                break
            below = index
            continue
        if held is not None:
            if held != index + 1:
                break   # a held line goes only with chrome in its paragraph on both sides
            run[held] = "weak"
            held = None
        if index not in found:
            run[index] = kind or "weak"
            if below is None and _bare_label_at_the_end(text) and \
                    not any((line or "").strip() for line in lines[index + 1:]):
                run[index] = "bare"
                strong = True
            strong = strong or kind not in ("weak", "item")
        elif kind is not None and kind not in ("weak", "item"):
            strong = True   # a header another rule took ("See also") still heads its list
        below = index
    if not strong:
        return
    for index, kind in run.items():
        # an item or a weak line that is chrome by its own make (a calendar's rows) is named so
        text = " ".join((lines[index] or "").split())
        if kind == "bare":
            found.setdefault(index, meta.EMPTY_FIELD_AT_END)
            continue
        own = (blocks.boilerplate_reason(text, None) or blocks.weak_reason(text)
               if kind in ("item", "weak") else None)
        found.setdefault(index, own or ("item of the list closing the page" if kind == "item"
                                        else _CLOSING_REASONS[kind]))
