"""Page chrome recognised by where it sits in a scraped page, not by its words.

The rules of :mod:`cms_i18n.clean.chrome` judge one line at a time.  These
judge a line by its place in the whole scraped document:

* a **running footer** — a short line that stands alone three times or more,
  each time beside a page number that counts up ("CS 538 Spring 2008" /
  "534" … "537"): a slide deck or a PDF's footer, copied page by page;
* a **section label** — a word or three alone at the very top (or two such
  lines), above a headline and the first paragraph ("Speeches", "News and
  Updates", "Newsroom" / "Press Releases");
* the **tail of the page** — once the last line is chrome, the short lines
  just above it that end no sentence ("No comments:" above "Post a
  Comment"), and an author box ("About the Author" and the lines after it);
* a **control panel** — a run of short lines, two or more of them labels
  waiting for a control ("Font size:", "Site colours:"), between tokens and
  switches ("A- A+", "Images: On", "Reset"): a settings or share panel; and a
  display setting with its choices ("Site colours: Default Black/White") touching
  such a panel's lines;
* a **release's end** — everything after the end mark of a press release ("###", "-30-",
  "* *** *"): the wire service's contact block and boilerplate (the mark itself is
  judged as any short line);
* **teasers with section labels** — at the very end, two or more headlines each
  under a section's name in capitals ("ΠΟΛΙΤΙΚΗ" / "Εορταστικό μήνυμα …"): links
  to other stories;
* a **syndicator's disclaimer** — near the end, a sentence that gives the text
  "as is" without warranty, however a scraper broke its lines, and all after it.
* a **menu of the site's sections** — at the very end, three or more short lines
  each alone, two of them a section's name in capitals ("ΠΑΡΑΞΕΝΑ", "Κύρια Θέματα").
* a **story card** — between paragraphs of prose, another story's headline, its summary
  and the placeholder of its picture ("Article image"); and an **author box** closing
  the page, the placeholder of the author's picture ("Avatar") over a name and a title;
* a **forum's user card** — beside a post, a paragraph of its fields with their values
  lost: dots, the member's rank, "Joined" and the post count;
* an **image's alt text and title** — between paragraphs of prose, a paragraph of
  two or three short lines that say the same words with other punctuation
  ("Kyrgyzstan cancels Russia led" / "Kyrgyzstan cancels Russia – led"), printed
  where the image stood.

They run only on a whole scraped plain-text document (``clean_document``
with the ``"scraped"`` chrome rules): authored Markdown, HTML and CMS
content never lose a line this way.  A document whose lines are mostly short
(verse, a list) is left to the one-line rules: a poem's last lines end no
sentence either.  Like every chrome rule, each removed line is a recorded fix
that ``clean --explain`` shows and ``apply_plan`` replays.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from cms_i18n.clean import mail
from cms_i18n.clean.structure import is_list_item
from cms_i18n.clean.vocabulary import as_seen, closing_kind
from cms_i18n.stopwords import STOPWORDS

#: A transcript's or a quotation's mark of words left out: "<…>", "[…]", "(...)", "‹…›".
OMISSION_RE = re.compile(r"[<‹\[(]\s*(?:…|\.{3})\s*[>›\])]")
# A caption's sentence may close with its photo's credit in brackets: "… to Kenya. [Photo
# by Willis Awandu/Standard]" still ends a sentence.
SENTENCE_END_RE = re.compile(
    r"[.!?…。！？][\"'”’»)\]」』）]*"
    r"(?: \[(?i:photos?|image|video|file photo|graphic)\b[^\[\]]{1,80}\])?$")
#: A web address alone on a line: "www.dec.org.uk", "https://example.org/appeal".
WEB_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)[^\s/]+\.[^\s/]+\S*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?", re.I)
# A byline or a dateline: "By Anna Chernova", "Updated 9:12 AM EST, Tue November 25, 2026".
DATELINE_RE = re.compile(
    r"^by\s|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept"
    r"|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\b", re.I)
_PAGE_NUMBER_RE = re.compile(r"\d{1,4}")
#: A byline's opening word in the languages of the pages, then its separator if any
#: ("By Anna Petrova", "Текст | Дмитрий Александров", "Κείμενο: Μαρία Παπά", "Von Anna Berg").
BYLINE_RE = re.compile(r"\s*(?:by|text|words|written by|posted by|текст|автор|κείμενο|von|par|por"
                       # the date first, then who posted: "Posted on 12 June 2023 by admin"
                       r"|posted on\b[^\n]{1,40}?\bby"
                       # a wire's credit of the story's author: "Original Author: Anna Berg"
                       r"|(?:original )?author(?=\s*:)"
                       # a note's sender with a title: "From Ms Aquino", "From Dr. Lee"
                       r"|from(?=\s+(?:mrs?|ms|miss|dr|prof|rev|fr|sr)\b\.?\s+[A-Z]))"
                       r"(?:\s*[:|]\s*|\s+)(?=[^\W\d_])", re.I)
#: A newsroom's credit of who worked on the article: "Contributing: Kristine Phillips",
#: "Additional reporting by Anna Berg", "Reporting by X; Editing by Y".
CONTRIBUTION_RE = re.compile(
    r"\s*(?:contributing(?: writers?| reporters?| editors?)?|contributors?|(?:additional )?"
    r"reporting|editing|edited|compiled|research|with (?:additional )?reporting)"
    r"(?:\s*:\s*|\s+(?:by|from)\s+)(?=[^\W\d_])", re.I)
#: A line that names where the text comes from: "Source: UzA", "SOURCE China Daily",
#: "Источник и фото - ria.ru", "Πηγή: Reuters".  The article's, never the site's chrome.
SOURCE_LINE_RE = re.compile(
    r"(?:source|sources|источник|источники|джерело|πηγή|πηγές|quelle|fuente|fonte)"
    r"(?: (?:и|and|και) [^\W\d_]+)?(?:\s*[:–—-]\s*|\s+)[^\s:].{0,60}", re.I)
#: A line that names the news agency the text came from, alone: "Ελληνικό Πρακτορείο Ειδήσεων Greece
#: News Agency", "Xinhua News Agency".  The wire's credit under its story, as a source line is.
AGENCY_LINE_RE = re.compile(
    r"(?:[^\W\d_][\w.'’-]*\s+){0,6}(?:news agency|press agency|wire service|πρακτορείο ειδήσεων|"
    r"ειδησεογραφικό πρακτορείο|информационное агентство|агентство новостей)"
    r"(?:\s+[^\W\d_][\w.'’-]*){0,6}", re.I)
#: A line that is only a date in figures, with its time or not: "2024.06.21 / 16:37",
#: "21.06.2024 16:37".  The article's stamp of when it was written, under its last paragraph.
STAMP_LINE_RE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s*[/|,–—-]?\s*\d{1,2}[:.]\d{2}(?::\d{2})?)?")
#: The article's stamp of when it was published, posted or updated, its date given: "Updated:
#: June 12, 2024", "Posted: March 8, 2024", "Last updated: 12.06.2024", "Обновлено: 12 июня
#: 2024", "Ενημερώθηκε: 12/06/2024".
#: The article's date, as a dateline is (a stamp whose date was lost, "First Published:  IST",
#: is the page's: see ``data/closing.txt``).
#: Both patterns match a line as it stands and as a view shows it (look-alike letters Latin).
DATED_STAMP_RE = re.compile(as_seen(
    r"(?:first published|published|last updated|updated|last modified|modified|posted|date posted|"
    r"date edited|last edited|edited|"
    r"опубликовано|дата публикации|последнее обновление|обновлено|обновлен[оа]?|дата обновления|"
    r"изменено|размещено|δημοσιεύθηκε|δημοσιεύτηκε|δημοσίευση|αναρτήθηκε|τελευταία ενημέρωση|"
    r"ενημερώθηκε|ενημέρωση)"
    r"(?: on| at| в| στις)?\s*:?\s*(?=[^!?]*\d)[^!?]{1,60}"), re.I)
#: A line that credits the medium the article came from, as a source line does: "– сообщает
#: Лента.Ру", "— пишет РБК", "reports Reuters", "– as reported by AP", "όπως μεταδίδει το ΑΠΕ".
ATTRIBUTION_LINE_RE = re.compile(as_seen(
    r"(?:[–—-]\s*)?(?:as |как |όπως )?"
    r"(?:сообща(?:ет|ют)|пиш(?:ет|ут)|переда(?:ет|ёт|ют)|информиру(?:ет|ют)|reports?|reported by|"
    r"writes|μεταδίδ(?:ει|ουν)|αναφέρ(?:ει|ουν)|γράφ(?:ει|ουν)|σύμφωνα με|according to)"
    r"\s+[^\W\d_][\w.’'«»\"&-]*(?:\s+[\w.’'«»\"&-]+){0,4}\W*"), re.I)
_AUTHOR_BOX_RE = re.compile(r"about the (?:author|writer|contributor|columnist)s?", re.I)
_PANEL_WORDS = 4
_AFTER_END_MARK = 8
# "###", "-30-", "*** END ***", and the United Nations' "* *** *".
_END_MARK_RE = re.compile(r"#{3}|-\s?30\s?-|\*{3} ?end ?\*{3}|\* ?\*{3} ?\*", re.I)
_FOOTER_WORDS = 8
_FOOTER_REPEATS = 3
_LABEL_WORDS = 3
# A section's longer name ("South Asia and Beyond") is a label only over a headline this
# long, and longer than it by a few words: a document's title over its first section's
# heading ("Visual Accessibility of Text" / "Before you Begin") is the author's.
_LONG_LABEL_WORDS = 6
# A headline is at most this long; a longer line is a paragraph.
_MOST_HEADLINE_WORDS = 30
_LONG_LABEL_HEADLINE = 7
_LONG_LABEL_MARGIN = 3
_TAIL_WORDS = 6
# A blog's comment count under its own label: "0 comments:", "0 Μας δωσαν το χρονο τους :".
_COUNT_LABEL_RE = re.compile(r"\d{1,5} .*\S.*:")
_COUNT_LABEL_WORDS = 12
# An e-mail's or a note's sign-off: a name behind a slash, two dashes, a dash or a tilde
# ("/Mike", "-- Anna Berg", "~ Tom"), the way a writer closes a message; one "-" is a list's.
_SIGN_OFF_RE = re.compile(r"(?:/|--|—|~)\s?(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)?)")
_BODY_WORDS = 8
# A line this long (in characters) is prose; a document is prose when most of its text is.
PROSE_LINE = 60
# Chrome that interrupts the article: what lies between two of these is the article.
_AD_BREAK_RE = re.compile(
    r"\bad(?:vert\w*|s)?\b|sponsored|scroll (?:down )?to continue"
    r"|continues? (?:below|after|reading)", re.I)


def is_ad_break(text: str) -> bool:
    """"Advertisement", "Story continues below": chrome that breaks into the article."""
    return len(text.split()) <= 8 and bool(_AD_BREAK_RE.search(text))


def _between_ad_breaks(index: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Is the line inside a break for ads: the nearest line above it and the nearest
    below it that are chrome are ad breaks, with none of the article's prose between?"""
    order = sorted(views)
    k = order.index(index)
    ends = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(order) and order[j] not in found:
            if len(views[order[j]]) >= PROSE_LINE:
                return False
            j += step
        if not 0 <= j < len(order):
            return False
        ends.append(is_ad_break(views[order[j]]))
    return all(ends)


def _paragraphs(lines: Sequence[str | None], views: dict[int, str],
                found: dict[int, str], *, with_found: bool = False) -> list[list[int]]:
    """Blocks of consecutive remaining lines (indexes), in order; chrome already found
    is left out (unless ``with_found``), and a blank line ends a block.  A line an
    earlier round removed ends none: the lines around it meet in the output, and a
    second cleaning sees them as one block."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for index in range(len(lines)):
        if index in views and (with_found or index not in found):
            current.append(index)
        elif current and index not in found and lines[index] is not None:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_prose_document(views: dict[int, str], found: dict[int, str]) -> bool:
    """Is most of the text (not chrome) in long lines?  Verse and lists are short lines."""
    lengths = [len(text) for index, text in views.items() if index not in found]
    return 2 * sum(n for n in lengths if n >= PROSE_LINE) >= sum(lengths) > 0


def take_running_footers(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """A short line three times or more, each time beside a page number counting up.

    The page numbers go with it.  A refrain in a poem repeats too, but never
    with a page number beside it.
    """
    blocks = _paragraphs(lines, views, found)
    singles = [block[0] for block in blocks if len(block) == 1]
    position = {index: k for k, index in enumerate(singles)}
    by_text: dict[str, list[int]] = {}
    for index in sorted(views):
        text = views[index]
        if (index not in found and len(text.split()) <= _FOOTER_WORDS
                and not _PAGE_NUMBER_RE.fullmatch(text)):
            by_text.setdefault(text, []).append(index)
    for occurrences in by_text.values():
        if len(occurrences) < _FOOTER_REPEATS:
            continue
        numbers: list[int] = []
        for index in occurrences:
            # The number stands alone beside it, or right under it in the slide's paragraph.
            k = position.get(index)
            beside = ([singles[j] for j in (k + 1, k - 1) if 0 <= j < len(singles)]
                      if k is not None else [])
            beside += [j for j in (index + 1, index - 1) if j in views and j not in found]
            near = [j for j in beside if _PAGE_NUMBER_RE.fullmatch(views[j])]
            if not near:
                break
            numbers.append(near[0])
        else:
            values = [int(views[i]) for i in numbers]
            if all(b > a for a, b in itertools.pairwise(values)):
                for index in occurrences:
                    found[index] = "running footer"
                for index in numbers:
                    found[index] = "page number"


def take_section_label(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """A word or three alone at the top (or two such lines: "Newsroom" / "Press
    Releases", or two such paragraphs: "Press releases" / "release"), above a one-line
    headline and a paragraph.

    "Speeches" / "Paul Monaghan – 2015 Parliamentary Question …" / "The
    below question was asked …": the label is the site's section, the
    headline is the page's own title; a dateline and a byline may stand under it.  A title
    followed by its first paragraph, or a poem's title followed by verse or by
    its author's byline, has no headline between them and stays, and so does a picture's
    description over the headline ("Football on grass"), its caption, and a title that
    opens the page over its date ("Loving New" / "March 12, 2013").
    """
    from cms_i18n.clean.middle import is_widget_line  # middle reads this module
    blocks = _paragraphs(lines, views, found)
    if (len(blocks) >= 4 and len(blocks[0]) == len(blocks[1]) == len(blocks[2]) == 1
            and len(views[blocks[1][0]].split()) < 3 <= len(views[blocks[2][0]].split())):
        # Two labels each alone ("Press releases" / "release"): the section and its kind,
        # over a headline with its dateline.  Only the first needs a capital: the site
        # prints the kind as it files it.
        blocks = [blocks[0] + blocks[1], *blocks[2:]]
        lower_ok = {blocks[0][1]}
    else:
        lower_ok = set()
    if len(blocks) < 3 or len(blocks[0]) > 2 or len(blocks[1]) != 1:
        return
    if any(is_list_item(lines[i] or "") for i in blocks[0]):
        return                 # "• First point": a list, not the site's section
    labels = [views[i] for i in blocks[0]]
    headline = views[blocks[1][0]]
    # The dateline may stand between the headline and the body ("22.08.2025 - 10:38").
    rest = list(itertools.dropwhile(
        lambda block: all(len(views[i].split()) <= _BODY_WORDS and (
            DATELINE_RE.search(views[i]) or BYLINE_RE.match(views[i])) for i in block),
        blocks[2:]))
    if lower_ok and len(rest) == len(blocks) - 2:
        return      # two label paragraphs need the news page's dateline under the headline
    body = " ".join(views[i] for i in rest[0]) if rest else ""   # a paragraph, wrapped or not
    if (not BYLINE_RE.match(lines[blocks[1][0]] or "")   # a byline: the line above is a title
            and all(_label_length_fits(label, headline, bool(found))
                    and not BYLINE_RE.match(label)   # "By Anna Berg" over the headline
                    and not RELEASE_NOTE_RE.fullmatch(label)   # "For Immediate Release"
                    and not is_picture_description(label)   # "Football on grass"
                    and not any(ch.isdigit() for ch in label)
            and not re.search(r"[.!?,;:\"“”«»]", label)
            and (label[:1].isupper() or (index in lower_ok and label[:1].islower()))
            # a line under it no longer than itself is its subtitle, not a headline the
            # site filed under it ("Time To Celebrate" / "Volunteers - our heroes"),
            # unless that line is a widget's link ("View previous stories") or a name in
            # title case, the site's next label ("Making Headlines" / "News & Media")
            and (_word_count(label) < _word_count(headline) or is_widget_line(headline)
                 or _is_title_name(headline))
            # on a page with no chrome, a word the heading under it and the text say again
            # is the document's subject ("DELIVERY" / "Free UK Delivery On …"), no section
            and not (not found and (_said_again(label, headline, body)
                                    or _named_in(label, body)))
            for index, label in zip(blocks[0], labels, strict=True))
            # on a page with no chrome, a body set in short lines is a poem's stanza: the
            # line over its title names the collection ("Poetry Competition Winners" / "I
            # suppose I'll never know" / four lines of verse), no site's section
            and not (not found and rest and len(rest[0]) >= _STANZA_LINES
                     and all(len(views[i]) < _STANZA_WIDTH for i in rest[0]))
            and len(headline.split()) >= 3 and not re.search(r"[.!?:;,]$", headline)
            # a line in lower case is no headline: "about 1 year ago", the story's age
            and not headline[:1].islower()
            # two sentences are no headline: a quotation over the text ("… Poetry. All the
            # rest is a lie. ~ Stephane Mallarmé"), which the one word above it titles
            and not _SENTENCE_BREAK_RE.search(headline)
            # "Step 1 - Prepare Content": a numbered step or part of the document is a
            # heading of its sections, and the line over it the document's own title
            and not _NUMBERED_PART_RE.match(headline)
            # A date under the line that opens the page is its dateline, not a headline:
            # the line is the title ("Loving New" / "March 12, 2013"); under the site's
            # chrome, a label is the last of the site's ("Making Headlines" / "News &
            # Media" / "February 14, 2011").
            and not (DATELINE_RE.search(headline) and len(headline.split()) <= _BODY_WORDS
                     and not any(lines[i] is None or i in found for i in range(blocks[0][0])))
            and len(body.split()) >= _BODY_WORDS and SENTENCE_END_RE.search(body)):
        for index in blocks[0]:
            found[index] = "section label"


#: A stanza under a title: this many lines at least, each shorter than this.
_STANZA_LINES = 3
_STANZA_WIDTH = 60


# A sentence ending inside a line and another opening after it ("… Poetry. All the rest …");
# three small letters before the stop, so "Mrs. Smith" or "U.S. Navy" is no break.
_SENTENCE_BREAK_RE = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


# A press release's own word on when it may be printed, over its headline ("For Immediate
# Release", "Embargoed until 00:01 GMT 5 May"): the release's, as its dateline is.
RELEASE_NOTE_RE = re.compile(r"for immediate release|embargoed (?:until|till)\b.{1,60}",
                             re.IGNORECASE)


# A heading that numbers a step, part or chapter of the document ("Step 1 - Prepare
# Content", "Part 2: Results", "Шаг 1.", "Βήμα 2"): a section of the text, no headline.
_NUMBERED_PART_RE = re.compile(
    r"^(?:step|part|chapter|section|stage|phase|lesson|unit|шаг|часть|глава|этап|раздел"
    r"|βήμα|μέρος|κεφάλαιο|ενότητα|στάδιο)\s+(?:\d+|[ivx]+)\b"
    # a handbook's section numbered as such ("9.4: Ringing for services", "2.1 Scope")
    r"|^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?:?\s", re.I)


def _said_again(label: str, headline: str, body: str) -> bool:
    """Are all the label's words words of the line under it and of the text's paragraph?

    >>> _said_again("DELIVERY", "Free UK Delivery On All Orders", "We deliver; delivery is free.")
    True
    >>> _said_again("Speeches", "Question on the budget", "The question was asked.")
    False
    """
    def words(text: str) -> set[str]:
        return {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}
    mine = words(label)
    return bool(mine) and mine <= words(headline) and mine <= words(body)


def _named_in(label: str, body: str) -> bool:
    """Is the label a name of two words or more, each capitalised, that the text's
    paragraph names as it stands?  Then it is the document's title ("African Union" over
    "The African Union is …"), not a section of the site's.

    >>> _named_in("African Union", "The African Union is an example of an organization.")
    True
    >>> _named_in("World News", "The news from the world today."), _named_in("News", "News.")
    (False, False)
    """
    words = label.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words) and \
        re.search(rf"(?<!\w){re.escape(label)}(?!\w)", body) is not None


def _word_count(text: str) -> int:
    """The words of a line, its dashes and other marks aside ("Volunteers - our heroes": 3).

    >>> _word_count("Volunteers - our heroes"), _word_count("Speeches")
    (3, 1)
    """
    return len(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text))


_LABEL_BLOCKS = 3
_LABEL_PUNCTUATION_RE = re.compile(r"[.!?,;:\"“”«»()\[\]/|]")


def take_labels_over_headline(lines: Sequence[str | None], views: dict[int, str],
                              found: dict[int, str]) -> None:
    """Labels in paragraphs of their own over a news headline, its dateline and its body.

    On a page that shows it was scraped (chrome found elsewhere on it, or a
    byline printed beside the headline), up to
    three paragraphs of a line or two each, every line a name of a few
    capitalised words with no figure and no punctuation ("Breaking news" /
    "Kyrgyzstan Bishkek Minsk"), over a headline of seven words or more and
    the article's first paragraph: the site's section names, tags and ticker
    labels; a name over them goes only when the byline names it again.  A dateline's
    own paragraph may stand between the labels and the headline ("News Flash" /
    "Announcements" / "Posted on: November 15, 2022" / headline), and stays.  A
    document's title over a shorter heading, a poem's title over verse, a
    person's name, a label with a figure or a sentence's punctuation stay.
    """
    blocks = _paragraphs(lines, views, found)
    count = 0
    while (count < min(_LABEL_BLOCKS, len(blocks) - 2) and len(blocks[count]) <= 2
           and all(_is_name_label(lines[i] or "", views[i]) for i in blocks[count])):
        count += 1
    if not count:
        return
    # The site may print the date over the headline ("News Flash" / "Announcements" /
    # "Posted on: November 15, 2022" / headline): the dateline's paragraph is passed over,
    # and the headline under it may then name a date of its own ("… - November 16 & 17").
    start = count
    while (start < len(blocks) - 2 and len(blocks[start]) == 1 and found
           and _is_dateline(views[blocks[start][0]])):
        start += 1
    if len(blocks[start]) > 2:
        return
    # The headline, and the byline beside it if the site printed one there.
    bylines = [i for i in blocks[start] if BYLINE_RE.match(_UNBULLETED_RE.sub("", views[i]))]
    heads = [i for i in blocks[start] if i not in bylines]
    if len(heads) != 1 or not (found or bylines):
        return      # no sign of a scraped page: no chrome found, no byline at the headline
    headline = views[heads[0]]
    dated = _is_dateline(headline) if start > count else DATELINE_RE.search(headline)
    if (BYLINE_RE.match(headline) or dated
            or not _LONG_LABEL_HEADLINE <= len(headline.split()) <= _MOST_HEADLINE_WORDS
            or re.search(r"[.!?:;,]$", headline)):
        return      # (a paragraph the page cut short is no headline: the line over it is)
    rest = list(itertools.dropwhile(
        lambda block: all(len(views[i].split()) <= _BODY_WORDS and (
            DATELINE_RE.search(views[i]) or BYLINE_RE.match(views[i])) for i in block),
        blocks[start + 1:]))
    body = " ".join(views[i] for i in rest[0]) if rest else ""
    if len(body.split()) < _BODY_WORDS or not SENTENCE_END_RE.search(body):
        return
    labels = [i for block in blocks[:count] for i in block]
    from cms_i18n.clean.blocks import is_name  # blocks reads this module
    signed = " ".join(views[i] for i in bylines)
    if all(_label_length_fits(views[i], headline, bool(found or bylines))
           and not RELEASE_NOTE_RE.fullmatch(views[i]) and (
            # A person's name is the author's, unless the byline under it names them again.
            not is_name(views[i]) or signed.endswith(f" {views[i]}")) for i in labels):
        for index in labels:
            found.setdefault(index, "section label")


_UNBULLETED_RE = re.compile(r"^[•·▪*-]\s*")


def _is_dateline(text: str) -> bool:
    """A short line that dates the page ("Posted on: November 15, 2022"), no sentence."""
    return (len(text.split()) <= _BODY_WORDS and DATELINE_RE.search(text) is not None
            and not SENTENCE_END_RE.search(text))


def _is_name_label(line: str, text: str) -> bool:
    """A label's shape: a few words, the first capitalised, no figure, no punctuation,
    no list's marker, no picture's description.  A tag as a blog prints it over its
    tag page, a word or three all in lower case ("local football"), is one too."""
    return (bool(text) and len(text.split()) <= _LONG_LABEL_WORDS
            and (text[:1].isupper() or (text.islower() and len(text.split()) <= _LABEL_WORDS))
            and not any(ch.isdigit() for ch in text)
            and not _LABEL_PUNCTUATION_RE.search(text) and not is_list_item(line)
            and not BYLINE_RE.match(text) and not is_picture_description(text))


# The prepositions that place a picture's subject ("Football on grass", "Дети на площадке",
# "Παιδιά στην παραλία"), matched the way a view shows them (look-alike letters Latin).
_PLACE_WORD_RE = re.compile(as_seen(
    "on|in|at|with|under|over|by|near|beside|behind|from"
    "|на|в|во|у|под|над|с|со|за|возле|около"
    "|σε|στο|στη|στην|στον|στα|στους|στις|με|πάνω|κάτω"), re.I)


def is_picture_description(text: str) -> bool:
    """Does the line describe a picture: a subject placed by a preposition, in lower case
    after its first word ("Football on grass", "Дети на площадке")?

    A picture's alt text or caption printed over the headline is the article's (the
    README keeps captions); a section's name is a name ("News and Updates", "Press
    releases") and places nothing.
    """
    words = text.split()
    return (len(words) >= _LABEL_WORDS and words[-1][:1].islower()
            and any(_PLACE_WORD_RE.fullmatch(word) is not None and after[:1].islower()
                    for word, after in itertools.pairwise(words[1:])))


def _label_length_fits(label: str, headline: str, scraped: bool) -> bool:
    """Is the label short enough for a section's name over this headline?

    A word or three always is.  Up to six are when the page shows it was
    scraped (chrome found elsewhere on it), the label is written as a name, and
    the headline under it is a news headline, seven words or more and longer
    than the label by three: a longer name over a shorter line is a document's
    title over a heading.
    """
    words = len(label.split())
    if words <= _LABEL_WORDS:
        return True
    heading = len(headline.split())
    return (scraped and words <= _LONG_LABEL_WORDS and heading >= _LONG_LABEL_HEADLINE
            and heading >= words + _LONG_LABEL_MARGIN and _is_title_name(label))


# The small words inside a name written in capitals ("South Asia and Beyond").
_NAME_LINKS = frozenset(["of", "the", "and", "for", "in", "on", "at", "to", "&", "и", "в", "на",
                         "de", "la", "del", "des", "du", "von"])


def _is_title_name(text: str) -> bool:
    """Written as a name: every word capitalised but the small words that link a name's
    parts, and the last word capitalised.  A phrase with a lower-case verb or adjective
    ("Things I am most thankful for") is a title's, not a section's."""
    words = text.split()
    return bool(words) and words[-1][:1].isupper() and all(
        word[:1].isupper() or word.lower() in _NAME_LINKS for word in words)


def take_tail(lines: Sequence[str | None], views: dict[int, str],
              found: dict[int, str]) -> None:
    """The end of the page: an author box, and short lines around closing chrome.

    The lines that end the document, chrome or short lines that end no
    sentence, are one widget when one of them is chrome ("Видео: kremlin.ru" /
    "Обсуждение ( 0 ) Посмотреть все", "No comments:" / "Post a Comment");
    below the lowest chrome line only lines of its own paragraph count (a
    program's output after a slide footer is no widget); a
    list item, a table row, a line of a sentence (ending in a comma), a note in
    parentheses, a source line ("Source: UzA") or a news agency's name alone
    ("Xinhua News Agency", the wire's credit), the article's date and time in figures
    ("2024.06.21 / 16:37") or its date alone in words ("14 June 2022"), a stamp that
    gives the article's date ("Updated:  June 12, 2024"), a line crediting the medium the
    text came from ("– сообщает Лента.Ру"), the last item of the article's own list,
    shaped as an item above it is ("Quarry Lane Bridge (shut 09/30/2022)" under "Mill
    Creek Bridge (shut 03/04/2024)"), or a longer line stops the walk,
    unless it is a comment count under the blog's own label ("0 Μας δωσαν το χρονο
    τους :"); so does a line opening a quotation it never closes ("“We have done"),
    the article's text cut off above a paywall's call, a piece of its sentence the page cut
    short where a link was dropped ("The" / "The statement does not declare", see
    :func:`cut_short`), and the author's signature that
    closes the page ("P.D. Gronbech (IT Staff) 2015-10-02") or a message's sign-off
    over its archive's buttons ("/Mike" over "Reply via email to"), or the sender's
    name alone under an archived e-mail (see :mod:`cms_i18n.clean.mail`).  In a
    document of short lines (verse, a list) only a label ending in a colon is taken
    that way: a poem's last line ends no sentence either, but it does not announce
    what follows.
    """
    order = sorted(views)
    if not order:
        return
    prose = is_prose_document(views, found)
    for k, index in enumerate(order if prose else ()):
        if _AUTHOR_BOX_RE.fullmatch(views[index].rstrip(" :")):
            if len(order) - k <= 3:   # the header and a short bio at the very end
                for rest in order[k:]:
                    found.setdefault(rest, "author box")
            break
    tail: list[int] = []
    anchored = False
    for index in reversed(order):
        if not anchored and tail and tail[-1] != index + 1:
            break   # below the lowest chrome line, only its own paragraph
        if index in found or (anchored and _is_link_label(views[index])):
            anchored = True
        elif OMISSION_RE.fullmatch((lines[index] or "").strip()):
            break   # a transcript's "<…>": the text left out, the article's own mark
        else:
            text = views[index]
            line = lines[index] or ""
            words = len(text.split())
            if ((words > _TAIL_WORDS and not (words <= _COUNT_LABEL_WORDS
                                              and _COUNT_LABEL_RE.fullmatch(text)))
                    or SENTENCE_END_RE.search(text)
                    or text.endswith((",", ";")) or is_list_item(line) or "|" in line
                    or (text.startswith("(") and text.endswith(")"))  # "(With inputs …)"
                    or BYLINE_RE.match(text)   # the author's name closing the article
                    or CONTRIBUTION_RE.match(text)   # who else worked on it
                    or SOURCE_LINE_RE.fullmatch(line.strip())
                    or AGENCY_LINE_RE.fullmatch(text)   # the wire's credit, alone on its line
                    or STAMP_LINE_RE.fullmatch(text)   # the article's date and time, in figures
                    or _a_date_alone(text)   # the article's date in words ("14 June 2022")
                    or DATED_STAMP_RE.fullmatch(text)   # "Updated: <date>", the article's date
                    or ATTRIBUTION_LINE_RE.fullmatch(text)   # "– пишет ТАСС", as a source line
                    # an item of the article's own list, shaped as the items above it are
                    or _shaped_like_text_above(index, lines, views, found)
                    # a web address under the article's last sentence, in its paragraph:
                    # the release's contact line, as a credit line is ("www.dec.org.uk")
                    or _address_closing_text(index, views, found)
                    # the address of the text's source under the author's "For More:"
                    or cited_address(index, lines)
                    # a quotation opened and never closed: the article cut off mid-quote
                    # (by a paywall, by the end of what was kept), never a widget's label
                    or opens_quotation(line.strip())
                    # what the article's line above announces ("A few pictures from
                    # today:" over the pictures' captions)
                    or announced_above(index, lines, views, found)
                    # the article's words where the page dropped a link and cut the line
                    # short ("The" / "The statement does not declare"), never a widget's
                    or cut_short(text)
                    # the author's signature closing the document, below its footer
                    or (index == order[-1] and _is_signature(text))
                    # a signatory with the office they sign for ("Mark Lovell (President)"),
                    # or the office on its own line under the name ("Αντιδήμαρχος")
                    # (read in its own letters: a view makes Greek look-alikes Latin)
                    or is_signatory(text) or is_signatory(" ".join(line.split()))
                    or _office_under_name(index, lines)
                    # a message's sign-off over the archive's buttons ("/Mike")
                    or is_sign_off(text)
                    # a press release's contact, its name and how to reach them
                    or is_contact_line(text)
                    # a letter's valediction ("Best wishes"), or the signatory's name right
                    # under the last sentence, an office or a valediction
                    or closes_the_text(index, lines, views, found)
                    # the sender's name under an archived e-mail's last paragraph
                    or (mail.is_a_name(text) and mail.is_an_email(lines))
                    # a forum post's signature, a name with its nickname ('Mike "Kube"
                    # Kubarth'), and a post closed by an emoji's code (":slight_smile:"),
                    # which ends its message as a full stop would
                    or NICKNAMED_RE.fullmatch(text) or EMOJI_CODE_END_RE.search(text)
                    or not (prose or text.endswith(":"))):
                break
        tail.append(index)
    if anchored:
        for index in tail:
            if index in found or not _between_ad_breaks(index, views, found):
                found.setdefault(index, "page chrome")


# A person's name with a nickname in quotes between its parts ('Mike "Kube" Kubarth').
NICKNAMED_RE = re.compile(r"[A-Z][\w.'’-]+ [\"“'‘][^\W\d_][^\"”'’]{0,20}[\"”'’] [A-Z][\w'’-]+"
                          # or its nickname after it in brackets, a Scout leader's
                          # ("Richard (Bagheera)")
                          r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)? \([A-Z][\w'’-]+\)")
# An emoji written as its code closing a line (":slight_smile:", ":+1:"), as forums keep it.
EMOJI_CODE_END_RE = re.compile(r"\s:[a-z0-9_+-]{2,40}:$")


def _a_date_alone(text: str) -> bool:
    """Is the line a date and nothing else, its month in words ("14 June 2022", "June 14,
    2022", "14 июня 2022 г.")?"""
    from cms_i18n.clean.top import dates_in  # top reads this module
    bare = text.strip(" .")
    bare = bare.removesuffix(" г").removesuffix(" г.")
    return any(span == (0, len(bare)) for *_, span in dates_in(bare))


# A line's shape: each figure a "9", each capitalised word an "A"; a word in lower case and
# a mark stay as they are ("Mill Creek Bridge (shut 03/04/2024)" → "A A A ( shut 9 / 9 / 9 )").
_SHAPE_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|\S")
# A list item's shape worth matching: a figure in it, and this many tokens at least.
_SHAPE_TOKENS = 4


def _shape(text: str) -> str:
    return " ".join("9" if token[0].isdigit() else "A" if token[0].isupper()
                    else token for token in _SHAPE_TOKEN_RE.findall(text))


def _shaped_like_text_above(index: int, lines: Sequence[str | None], views: dict[int, str],
                            found: dict[int, str]) -> bool:
    """Is this line shaped like a line of the text above it, with a figure in both
    ("Quarry Lane Bridge (shut 09/30/2022)" under "Mill Creek Bridge (shut 03/04/2024)")?  Then
    it is the last item of the article's own list, set apart by blank lines, not a widget's.

    >>> _shaped_like_text_above(2, ["Mill Creek Bridge (shut 03/04/2024)", "",
    ...     "Quarry Lane Bridge (shut 09/30/2022)"], {0: "Mill Creek Bridge (shut 03/04/2024)",
    ...     2: "Quarry Lane Bridge (shut 09/30/2022)"}, {})
    True
    """
    shape = _shape(" ".join((lines[index] or "").split()))
    if "9" not in shape.split() or len(shape.split()) < _SHAPE_TOKENS:
        return False
    return any(other < index and other not in found
               and _shape(" ".join((lines[other] or "").split())) == shape for other in views)


def _address_closing_text(index: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Is this line a bare web address right under a sentence of the text, with no blank
    line between them?  A press release or a notice closes so with its sender's address
    ("… credited to the next appeal fund." / "www.dec.org.uk"); a footer's address
    stands in the footer's paragraph, apart from the article."""
    above = index - 1
    return (WEB_ADDRESS_RE.fullmatch(views[index].strip()) is not None
            and above in views and above not in found
            and SENTENCE_END_RE.search(views[above]) is not None)


# A recipe's or a programme's fact label ("⏲️ Prep Time", "🍴 Makes", "Serves", "Время
# приготовления"), the value on the line under it ("10 Minutes", "12").
_FACT_LABEL_RE = re.compile(
    r"\W*(?:(?:prep(?:aration)?|cook(?:ing)?|bake|baking|total|rest(?:ing)?|chill(?:ing)?|"
    r"active|ready in|run(?:ning)?) ?time|makes|serves|servings|yields?|portions|difficulty|"
    r"calories|время(?: приготовления| готовки)?|порци[ийя]|выход|χρόνος(?: \w+)?|μερίδες)"
    r"\s*:?", re.IGNORECASE)
_FACT_VALUE_WORDS = 3


def fact_under_its_label(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a value under its fact's label, a recipe's ("⏲️ Prep Time" / "10
    Minutes", "🍴 Makes" / "12"), or that label over its value?  A reading time or a
    counter stands under no such label.

    >>> fact_under_its_label(["⏲️ Prep Time", "10 Minutes"], 1)
    True
    >>> fact_under_its_label(["🍴 Makes", "12"], 0)
    True
    >>> fact_under_its_label(["Share", "10 Minutes"], 1)
    False
    """
    line = " ".join((lines[index] or "").split())

    def value(text: str | None) -> bool:
        words = " ".join((text or "").split())
        return bool(words) and len(words.split()) <= _FACT_VALUE_WORDS and \
            any(ch.isdigit() for ch in words)

    if _FACT_LABEL_RE.fullmatch(line):
        return index + 1 < len(lines) and value(lines[index + 1])
    return index > 0 and value(line) and \
        _FACT_LABEL_RE.fullmatch(" ".join((lines[index - 1] or "").split())) is not None


# A label over the people to call about the text ("Media Contacts:", "Press contact").
_CONTACTS_LABEL_RE = re.compile(r"(?:media|press|news|for media|for press)?\s*"
                                r"(?:contacts?|enquiries|inquiries)(?: for (?:the )?media)?\s*:?",
                                re.IGNORECASE)
# What a contact line holds: an e-mail address or a telephone number.
_REACHED_AT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{6,}\d")


def contacts_under_its_label(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a press release's label over its contacts, the line right under
    it giving an e-mail address or a telephone number?  The contacts are the
    release's own, its label with them; a label alone is what a scraper left of a
    box whose contacts it dropped.

    >>> contacts_under_its_label(["Media Contacts:", "Ann Lee, ann@care.org, +1 917-525-0590"], 0)
    True
    >>> contacts_under_its_label(["Media Contact", "", "Share this"], 0)
    False
    """
    if not _CONTACTS_LABEL_RE.fullmatch(" ".join((lines[index] or "").split())):
        return False
    below = next((line for line in lines[index + 1:index + 3] if line and line.strip()), "")
    return bool(_REACHED_AT_RE.search(below or ""))


# A person to call about the text: their name, then an e-mail address or a telephone number
# ("Vanessa Parra, vanessa.parra@care.org, +1 917-525-0590 (NYC)").
_CONTACT_LINE_RE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},\s.*?(?:"
                              + _REACHED_AT_RE.pattern + ")")


def is_contact_line(text: str) -> bool:
    """Is the line a press release's contact, a person's name then how to reach them?

    >>> is_contact_line("Vanessa Parra, vanessa.parra@care.org, +1 917-525-0590 (NYC)")
    True
    >>> is_contact_line("Call 0800 123 4567 to subscribe")
    False
    """
    return bool(_CONTACT_LINE_RE.match(text))


# The label an author puts over the address of the text's source or of more on it.
_CITED_LABEL_RE = re.compile(
    r"(?:for )?more(?: info(?:rmation)?| details| on this)?|(?:the )?sources?|original(?: "
    r"(?:article|statement|post|story))?|(?:read )?(?:the )?full (?:statement|text|report|"
    r"article)(?: here)?|подробнее|источник|περισσότερα|πηγή", re.IGNORECASE)
# A web address with a path: a page, not a site's home.
_PAGE_ADDRESS_RE = re.compile(r"https?://[\w.-]+\.[a-z]{2,}/\S+", re.IGNORECASE)


def cited_address(index: int, lines: Sequence[str | None]) -> bool:
    """Is this line the address of a page under a label the author cites it with ("For
    More:", "Source:"), or that label?  A statement reposted by an institute closes so;
    a widget's "Follow us:" names a profile under another label.

    >>> cited_address(2, ["For More:", "", "https://example.org/en/joint-statement/"])
    True
    >>> cited_address(0, ["For More:", "", "https://example.org/en/joint-statement/"])
    True
    >>> cited_address(2, ["Follow us:", "", "https://twitter.com/example"])
    False
    """
    if not _PAGE_ADDRESS_RE.fullmatch((lines[index] or "").strip()):
        below = next((i for i in range(index + 1, len(lines)) if (lines[i] or "").strip()), None)
        return below is not None and _label_of(lines[index]) and \
            _PAGE_ADDRESS_RE.fullmatch((lines[below] or "").strip()) is not None
    above = next((lines[i] for i in range(index - 1, -1, -1) if (lines[i] or "").strip()), None)
    return _label_of(above)


def _label_of(line: str | None) -> bool:
    label = " ".join((line or "").split())
    return label.endswith(":") and _CITED_LABEL_RE.fullmatch(label[:-1].strip()) is not None


# Where a name ends in a signature: its role in brackets, a comma, or the date itself.
_AFTER_NAME_RE = re.compile(r"\s*[(,]|\s+(?=\d)")


def _is_signature(text: str) -> bool:
    """The author's signature closing a document: a person's name, then the date it was
    written, with the author's role or place between at most ("P.D. Gronbech (IT Staff)
    2015-10-02", "Anna Berg, 12 March 2024").  As the page's last line it names who
    wrote the text, as a byline does, and stays under the page's footer; higher up the
    same shape is as often a comment's header in the widget under the article.

    >>> _is_signature("P.D. Gronbech (IT Staff) 2015-10-02"), _is_signature("Latest News 2024")
    (True, False)
    """
    from cms_i18n.clean.blocks import is_name  # blocks reads this module
    name = _AFTER_NAME_RE.split(text, maxsplit=1)[0]
    return name != text and is_name(name) and _is_date(text[len(name):])


# An office a notice is signed for, in brackets after the signatory's name ("(President)",
# "(Club Secretary)", "(Председатель)", "(Πρόεδρος)"): a club's, a school's, a board's officers.
_OFFICES = (
    r"(?:president|chairman|chairwoman|chairperson|chair|secretary|"
    r"treasurer|director|captain|coach|manager|principal|headteacher|head teacher|headmaster|"
    r"headmistress|founder|editor|ceo|mayor|governor|"
    r"президент|председатель|директор|секретарь|казначей|глава|ректор|главный редактор|"
    r"редактор|тренер|капитан|мэр|губернатор|"
    r"πρόεδρος|αντιπρόεδρος|γραμματέας|ταμίας|διευθυντής|διευθύντρια|δήμαρχος|προπονητής|"
    r"αρχισυντάκτης|περιφερειάρχης|"
    r"maire|présidente?|secrétaire|trésorier|directeur|directrice|bürgermeister|"
    r"bürgermeisterin|vorsitzende|präsident|präsidentin|alcalde|alcaldesa|presidenta?|"
    r"secretari[oa]|director[a]?|sindaco|segretari[oa]|direttore|prefeit[oa]|burgemeester|"
    r"voorzitter|burmistrz|prezes|starosta)")
_OFFICE_RE = re.compile(r"\((?:[^\W\d_]+[ -]){0,2}" + _OFFICES + r"\)", re.IGNORECASE)
# An office alone on its line, as a signature block sets it under the signatory's name
# ("Αντιδήμαρχος", "Deputy Mayor", "Вице-губернатор").
_OFFICE_LINE_RE = re.compile(
    r"(?:[^\W\d_]+[ -]){0,2}(?:vice-?|αντι|вице-)?" + _OFFICES, re.IGNORECASE)

# A body's letters, a dash and the office ("AGBA - Secretary", "PTA – Treasurer").
_BODY_OFFICE_RE = re.compile(r"(?-i:[A-ZÀ-Þ]{2,8}) [-–—] (?:vice-?)?" + _OFFICES, re.IGNORECASE)
# A label a signature's name stands under ("Minutes Submitted By:", "Written by:").
_BY_LABEL_RE = re.compile(r"(?:[^\W\d_]+ ){0,3}by:", re.IGNORECASE)


def _office_under_name(index: int, lines: Sequence[str | None]) -> bool:
    """The office a signatory signs for, alone on its line right under their name, as a
    letter's or a notice's signature block closes it ("Τοτόμης Πρωτονοτάριος" /
    "Αντιδήμαρχος", "Anna Berg" / "Deputy Mayor"): the author's lines, never a widget's.

    >>> _office_under_name(1, ["Τοτόμης Πρωτονοτάριος", "Αντιδήμαρχος"])
    True
    >>> _office_under_name(1, ["Share this", "Director"])
    False

    On a page that sets every line apart, a blank line between them; the office may
    follow the body's letters ("Linda Carpenter" / "" / "AGBA - Secretary"):

    >>> _office_under_name(2, ["Linda Carpenter", "", "AGBA - Secretary"])
    True
    """
    j = index - 1
    if j > 0 and not (lines[j] or "").strip():
        j -= 1
    return j >= 0 and signs_as_office(lines[index] or "", lines[j] or "")


def announced_above(index: int, lines: Sequence[str | None], views: Mapping[int, str],
                    found: Mapping[int, str]) -> bool:
    """Is this short line one of what a line of the article above it announces, a
    sentence of three words or more ending with a colon ("A few pictures from today:"
    over its pictures' captions), only short lines between them and nothing taken as
    chrome?  A label ("Tags:") or a widget's call ("Follow us on:") announces the
    page's words, not the author's.

    >>> lines = ["The troop came home.", "A few pictures from today:", "",
    ...          "Flag ceremony", "", "Canoe race"]
    >>> views = {i: line for i, line in enumerate(lines) if line}
    >>> announced_above(5, lines, views, {}), announced_above(5, lines, views, {3: "x"})
    (True, False)
    >>> announced_above(2, ["Follow us on:", "", "Facebook"], {0: "Follow us on:",
    ...                 2: "Facebook"}, {})
    False
    """
    from cms_i18n.clean.chrome import is_chrome  # chrome reads this module
    for j in range(index - 1, -1, -1):
        if j not in views:
            continue
        if j in found:
            return False
        text = views[j]
        if text.endswith(":"):
            return len(text.split()) >= 3 and not is_chrome(text)
        if len(text.split()) > _CAPTION_WORDS or SENTENCE_END_RE.search(text):
            return False
    return False


#: A caption under the line that announces it runs to this many words at most.
_CAPTION_WORDS = 12


def signs_as_office(text: str, above: str) -> bool:
    """Is ``text`` an office and ``above`` a name, a signature's last two lines?

    >>> signs_as_office("AGBA - Secretary", "Linda Carpenter")
    True
    >>> signs_as_office("Follow - Director", "Share this")
    False
    """
    from cms_i18n.clean.blocks import is_name  # blocks reads this module
    text, above = " ".join(text.split()), " ".join(above.split())
    office = _OFFICE_LINE_RE.fullmatch(text) or _BODY_OFFICE_RE.fullmatch(text)
    return bool(office and above and is_name(above))


def signature_block(block: Sequence[str]) -> bool:
    """Is this paragraph of short lines a signature block, closed by the signatory's
    office under their name ("Ο Δήμαρχος" / "κ.α.α." / "Τοτόμης Πρωτονοτάριος" /
    "Αντιδήμαρχος")?  Its lines are broken where a letter breaks them, not a poet.

    >>> signature_block(["For the Council", "Anna Berg", "Deputy Mayor"])
    True
    >>> signature_block(["The woods are lovely", "dark and deep", "and miles to go"])
    False
    """
    return len(block) >= 2 and _office_under_name(len(block) - 1, block)


# The office first, as a label, and the signatory's name after its colon ("Ο Πρόεδρος:
# Βασ.Μαστρακούλης", "O Γ. Γραμματέας: Γ. Γεωργαράς", "The Secretary: Anna Berg"): an
# article and an abbreviated word ("Γ." for "Γενικός") may open the office.
_OFFICE_LABEL_RE = re.compile(
    r"(?:(?:the|ο|η|o|о)\s+)?(?:[^\W\d_]{1,4}\.\s*){0,2}(?:[^\W\d_]+[ -]){0,2}"
    r"(?:vice-?|αντι|вице-)?" + _OFFICES + r"\s*:\s*(?P<name>[^:]{3,60})", re.IGNORECASE)
# An initial or an abbreviated first name glued to the surname ("Βασ.Μαστρακούλης").
_GLUED_INITIAL_RE = re.compile(r"(?<=\w)\.(?=\w)")
# An abbreviated first name ("Βασ.", "Chas.") read as the initial it stands for.
_SHORT_FIRST_NAME_RE = re.compile(r"^([^\W\d_])[^\W\d_]{1,3}\.(?= )")


# A letter's valediction alone on its line, with its comma or not: the author's closing
# words over the signature ("Best wishes", "С уважением", "Με εκτίμηση", "Cordialement").
# A bare "Thanks" or "Best" is as often a forum's button or a menu's word: not here.
_VALEDICTION_RE = re.compile(
    r"(?:with |my )?(?:(?:very )?(?:best|kind|kindest|warm|warmest|sincere|fond|warm personal)"
    r" (?:regards|wishes)|regards|many thanks|(?:yours )?(?:sincerely|faithfully|truly)"
    r"(?: yours)?|yours ever|all the best|cheers|respectfully(?: yours)?|love and best wishes"
    r"|с уважением|с наилучшими пожеланиями|искренне ваш[а]?|всего доброго|всего наилучшего"
    r"|с благодарностью|με εκτίμηση|με τιμή|με φιλικούς χαιρετισμούς|με αγάπη|με σεβασμό"
    r"|φιλικά|(?:θερμούς )?χαιρετισμούς|(?:bien )?cordialement|bien à (?:vous|toi)"
    r"|(?:sincères |meilleures )?salutations(?: distinguées)?|amitiés"
    r"|mit freundlichen grüßen|(?:freundliche|viele|herzliche|beste|liebe) grüße"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|cordialmente|un (?:fuerte )?abrazo"
    r"|(?:cordiali|distinti|cari) saluti|un caro saluto|atenciosamente|cumprimentos"
    r"|met vriendelijke groet(?:en)?|z poważaniem|pozdrawiam)[,.!]?", re.IGNORECASE)
# A valediction and the signature on one line: a name of one or two words, or the
# initial a club's secretary signs with ("Regards g", "Cheers, Mike", "Best wishes, Ann L.").
_SIGNED_VALEDICTION_RE = re.compile(
    _VALEDICTION_RE.pattern.removesuffix("[,.!]?") + r",?\s+(?:[^\W\d_]|[A-ZА-ЯΑ-Ω][\w'’-]+"
    r"(?:\s+[A-ZА-ЯΑ-Ω][\w'’-]*\.?)?)[.!]?", re.IGNORECASE)
# An office with its article, over the signatory's name ("Ο Δήμαρχος", "Ο Πρόεδρος του
# Δημ. Συμβουλίου", "The Mayor", "Le maire", "Der Bürgermeister"): a notice's signature.
_TITLED_OFFICE_RE = re.compile(
    r"(?:the|ο|η|o|h|le|la|l'|der|die|el|il|lo|o|a)\s+(?:[^\W\d_]+[ -]){0,2}"
    r"(?:vice-?|αντι|вице-)?" + _OFFICES + r"(?:\s+[^\W\d_][\w.]*){0,4}", re.IGNORECASE)


_NOT_LATIN_RE = re.compile(r"[А-ЯЁа-яёΑ-Ωα-ωΆ-Ώά-ώ]")
_INITIAL_RE = re.compile(r"(?<!\w)[^\W\d_]\.(?!\w)")


def closes_the_text(index: int, lines: Sequence[str | None], views: dict[int, str],
                    found: dict[int, str]) -> bool:
    """Is the line the author's close under the text's last paragraph: a letter's
    valediction ("Best wishes", "С уважением"), or a person's name ("Евгения Заречнева",
    "Αναστάσιος Κ. Χρόνης") right under the last sentence, under an office ("Ο Δήμαρχος")
    or under a valediction?  A reporter signs a local paper's article so, a mayor a
    notice, a manager a letter to the fans: the words are the author's, whatever chrome
    follows them.  A name under a widget's header or a teaser is that widget's.

    >>> closes_the_text(1, ["Best of luck to the team.", "Best wishes"], {}, {})
    True
    >>> closes_the_text(2, ["… населения.", "", "Евгения Заречнева"],
    ...                 {0: "… населения.", 2: "Евгения Заречнева"}, {})
    True
    >>> closes_the_text(0, ["Ο Δήμαρχος", "Αναστάσιος Κ. Χρόνης"], {0: "", 1: ""}, {})
    True
    >>> closes_the_text(1, ["See you on the course.", "Regards g"], {}, {})
    True
    >>> closes_the_text(2, ["Minutes Submitted By:", "", "Linda Carpenter"],
    ...                 {0: "", 2: ""}, {})
    True
    >>> closes_the_text(1, ["Related Articles", "Jane Doe"],
    ...                 {0: "Related Articles", 1: "Jane Doe"}, {0: "page chrome"})
    False
    """
    from cms_i18n.clean.blocks import is_name  # blocks reads this module
    own = " ".join((lines[index] or "").split())
    if _VALEDICTION_RE.fullmatch(own) or _SIGNED_VALEDICTION_RE.fullmatch(own):
        return True
    if _office_under_name(index, lines):
        return True     # "Linda Carpenter" / "AGBA - Secretary"
    if _TITLED_OFFICE_RE.fullmatch(own) or _OFFICE_LINE_RE.fullmatch(own):
        below = min((i for i in views if i > index), default=None)
        return below is not None and is_name(" ".join((lines[below] or "").split()))
    if not is_name(own) and not _COUPLE_RE.fullmatch(own):
        return False
    above = max((i for i in views if i < index), default=None)
    if above is None or above in found:
        return False
    over = " ".join((lines[above] or "").split())
    if (_VALEDICTION_RE.fullmatch(over) or _TITLED_OFFICE_RE.fullmatch(over)
            or _OFFICE_LINE_RE.fullmatch(over) or _BY_LABEL_RE.fullmatch(over)):
        return True
    if not SENTENCE_END_RE.search(over):
        return False
    # Under the last sentence alone: English sets a list's header in title case ("Popular
    # Categories"), so a Latin name needs an initial or the photo's credit under it; Russian
    # and Greek capitalise a header's first word only, so two capitals are a name.
    from cms_i18n.clean.chrome import is_credit_line  # chrome reads this module
    below = min((i for i in views if i > index), default=None)
    under = " ".join((lines[below] or "").split()) if below is not None else ""
    return (_NOT_LATIN_RE.search(own) is not None or _INITIAL_RE.search(own) is not None
            or (below is not None and is_credit_line(under))
            or _over_a_list_header(own, under))


# Two given names signing together ("Trudy & Josh", a shop's owners under their letter;
# "David and Cassie", a club's captains under their news).
_COUPLE_RE = re.compile(r"[A-Z][a-z]{1,20} (?:&|and) [A-Z][a-z]{1,20}")
# A name signing the text is a given name and a surname, or three words with a middle
# name; a heading of four capitalised words ("Notable Security Council Resolutions") is not.
_SIGNING_NAME_WORDS = 3


def _over_a_list_header(name: str, under: str) -> bool:
    """Is the name right above the header of the site's list of other stories ("Jim
    Daniels" / "Related Content")?  A list's items stand under its header, so a name over
    it is no item of it: it signs the text above.  A widget's own words in title case ("Keep
    In Touch", "Share This", "Popular Categories") hold a function word or a word widgets
    are made of, which no one's name does.

    >>> _over_a_list_header("Jim Daniels", "Related Content")
    True

    So is a name over the header of the blog's comment form:

    >>> _over_a_list_header("Chris Phillips", "Leave a Reply")
    True
    >>> _over_a_list_header("David and Cassie", "Leave a Reply")
    True
    >>> _over_a_list_header("Keep In Touch", "Related Posts"), _over_a_list_header(
    ...     "Jim Daniels", "Share on Facebook"), _over_a_list_header(
    ...     "Popular Categories", "Latest News")
    (False, False, False)
    """
    from cms_i18n.clean.middle import CUE_WORDS  # middle reads this module
    return ((closing_kind(under) == "list" or _COMMENT_FORM_RE.fullmatch(under) is not None)
            and (_COUPLE_RE.fullmatch(name) is not None
                 or (len(name.split()) <= _SIGNING_NAME_WORDS
                     and not any(word.casefold() in STOPWORDS or word.casefold() in CUE_WORDS
                                 for word in name.split()))))


# The header of a blog's comment form or of its comments, under the post's signature
# ("Leave a Reply", "Post a Comment", "3 Comments"): the readers' part starts there.
_COMMENT_FORM_RE = re.compile(
    r"(?:leave a (?:reply|comment)|post a comment|add (?:a |your )?comment|(?:\d+|one|no) "
    r"(?:comments?|responses?|replies)|comments?|responses?)\W*", re.IGNORECASE)


# An organisation's officer who signs for it, beside the offices above ("Chief Executive",
# "Executive Director", "Head of Policy").
_SIGNING_OFFICE_RE = re.compile(r"(?:[^\W\d_]+ ){0,2}(?:executive|officer|coordinator|adviser|"
                                r"advisor|representative|spokesperson|spokesman|spokeswoman)"
                                r"|head of [^\W\d_]+(?: [^\W\d_]+)?", re.IGNORECASE)
# Honours after a name ("Loretta Minghella OBE"), which a signature line keeps.
_POST_NOMINALS_RE = re.compile(r"(?:\s+(?:OBE|MBE|CBE|KBE|DBE|QC|KC|MP|MEP|PhD|FRS))+$")


def is_signatory(text: str) -> bool:
    """A notice's signatory: a person's name and, in brackets, the office they sign for
    ("Mark Lovell (President)", "Tony Harman (Chairman)"), or the office as a label before
    the name ("Ο Πρόεδρος: Βασ.Μαστρακούλης").  A club's or a board's statement closes so,
    under its last paragraph; a widget's line never names an office.

    >>> is_signatory("Mark Lovell (President)"), is_signatory("Start a Conversation (3)")
    (True, False)
    >>> is_signatory("Ο Πρόεδρος: Βασ.Μαστρακούλης"), is_signatory("O Γ. Γραμματέας: Γ. Γεωργαράς")
    (True, True)
    >>> is_signatory("Director: Read more")
    False
    >>> is_signatory("Loretta Minghella OBE, Chief Executive, Christian Aid")
    True
    >>> is_signatory("Stephen Hale, Chief Executive, Refugee Action")
    True
    """
    from cms_i18n.clean.blocks import is_name  # blocks reads this module
    labelled = _OFFICE_LABEL_RE.fullmatch(text)
    if labelled and is_name(_SHORT_FIRST_NAME_RE.sub(
            r"\1.", _GLUED_INITIAL_RE.sub(". ", labelled.group("name").strip()))):
        return True
    parts = text.split(", ")
    if 2 <= len(parts) <= 3 and is_name(_POST_NOMINALS_RE.sub("", parts[0]).strip()) \
            and (_OFFICE_LINE_RE.fullmatch(parts[1]) or _SIGNING_OFFICE_RE.fullmatch(parts[1])):
        return True     # "Kate Allen, Director, Amnesty International UK": a joint letter's
    name, bracket, office = text.partition(" (")
    return bool(bracket and is_name(name.strip())
                and _OFFICE_RE.fullmatch("(" + office.strip()) is not None)


# Words no sentence ends on (articles, prepositions that take what follows, conjunctions),
# in the languages of the pages.  "in", "on", "up", "by" and "at" end a widget's words
# ("Sign in", "Follow us on", "Powered by"): not here.
_OPEN_TEXT = ("a an the of to for with and or but from into "
              "и в во на с со к у о об из за по от для но а "
              "ο η το οι τα του της των τον την στο στη στην σε και με για από")
_OPEN_WORDS = frozenset(_OPEN_TEXT.split())
# A clause's opening word: a capitalised pronoun or article ("The", "It", "Он", "Η").
_OPENERS_TEXT = ("the this that these those it he she they we there its his her their "
                 "он она они мы это этот эта эти его её их там "
                 "ο η το οι τα αυτός αυτή αυτό αυτοί αυτά εμείς")
_CLAUSE_OPENERS = frozenset(_OPENERS_TEXT.split())
_CLAUSE_WORDS = 4


def cut_short(text: str) -> bool:
    """Is the line a piece of the article's sentence that the page cut short, where a
    scraper dropped the link that went on with it?

    Either it ends on a word no sentence ends on ("The", "… amongst the"), or it opens
    as a sentence does, with a capitalised article or pronoun and four words or more in
    lower case after it ("The statement does not declare").  A widget's words are
    imperatives, counts and labels ("Post a Comment", "Sign in", "Newer Post Older Post").

    >>> cut_short("The"), cut_short("The statement does not declare")
    (True, True)
    >>> cut_short("Post a Comment"), cut_short("Sign in"), cut_short("Newer Post Older Post")
    (False, False, False)
    >>> cut_short("The Best of Example Blog")
    False
    """
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text)
    if not words:
        return False
    if words[-1].casefold() in _OPEN_WORDS and not text.rstrip().endswith((":", "»", ")")):
        return True
    return (len(words) >= _CLAUSE_WORDS and words[0][:1].isupper()
            and words[0].casefold() in _CLAUSE_OPENERS
            and all(word.islower() for word in words[1:]))


def is_sign_off(text: str) -> bool:
    """A message's sign-off: a name of one or two words, each capitalised and no more,
    behind a slash, two dashes, a dash or a tilde (a menu's item in capitals is none).

    >>> is_sign_off("/Mike"), is_sign_off("-- Anna Berg"), is_sign_off("/ menu")
    (True, True, False)
    >>> is_sign_off("- WHAT WE DO"), is_sign_off("— ABOUT US")
    (False, False)
    """
    match = _SIGN_OFF_RE.fullmatch(text)
    return match is not None and all(word[:1].isupper() and not word[1:].isupper()
                                     for word in match["name"].split())


def _is_link_label(text: str) -> bool:
    """A link's label that a closing stop made look like a sentence ("Read more here.")."""
    from cms_i18n.clean import chrome
    bare = text.rstrip(".")
    return bare != text and len(bare.split()) <= _LINK_LABEL_WORDS and chrome.is_chrome(bare)


_LINK_LABEL_WORDS = 4
# A site's description of itself as its footer prints it: the news it offers, then the
# topics it covers ("Свежие новости Украины на сегодня и последние события в мире
# экономики и политики, культуры и спорта, …", "Latest news from …, politics, business, …").
_SITE_DESCRIPTION_RE = re.compile(
    r"(?:(?:latest|fresh|breaking|today['’]s|the latest|свежие|последние|главные|актуальные|"
    r"τελευταίες|όλες οι)\s+)+(?:news|новости|ειδήσεις)\b.*", re.I)
_DESCRIPTION_COMMAS = 2
_DESCRIPTION_WORDS = 8


def take_site_description(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """The page's last line, a site's description of the news it offers, after the article.

    It names the news and lists topics between commas, and ends no sentence; a
    headline that opens with the same words stands above the article, and an
    article's sentence ends with its stop.
    """
    order = [i for i in sorted(views) if i not in found]
    if len(order) < 2 or not is_prose_document(views, found):
        return
    index = order[-1]
    text = " ".join((lines[index] or "").split())   # as written: the pattern is Cyrillic too
    if (_SITE_DESCRIPTION_RE.fullmatch(text) and text.count(",") >= _DESCRIPTION_COMMAS
            and len(text.split()) >= _DESCRIPTION_WORDS and not SENTENCE_END_RE.search(text)
            and any(len(views[i]) >= PROSE_LINE for i in order[:-1])):
        found[index] = "site description"


_STRAY_MARK_RE = re.compile(r"[.!?,;:]{1,2}")


def take_stray_marks(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """A stop, a comma or an exclamation mark alone in its paragraph on a prose page.

    A widget whose words the scraper lost leaves its punctuation (a rating's ".", a
    button's "!"), and so does a link's text lost after the words before it ("… long
    stretches of rib" / "." between two paragraphs); an author ends a sentence on the
    line of its words.  Only on a prose page, and only a paragraph of its own: a line of
    a poem's stanza stays, and "…" or "* * *" are an author's marks anyway.
    """
    if not is_prose_document(views, found):
        return
    for index in sorted(views):
        if index in found or not _STRAY_MARK_RE.fullmatch(views[index]):
            continue
        if (lines[index - 1] if index else None) or (
                lines[index + 1] if index + 1 < len(lines) else None):
            continue   # a line of a paragraph, not a paragraph of its own
        found[index] = "stray punctuation"


# A forum's user card beside each post, its values lost with their markup: the dots between
# its fields, the member's rank, "Joined" (its date gone or kept) and the post count.
_CARD_MARK_RE = re.compile(r"[·•|]")
_CARD_RANK_RE = re.compile(as_seen(
    r"registered|(?:registered|premium|senior|junior|new|full|active|gold|silver|vip) member"
    r"|member|moderator|super moderator|administrator|admin|banned|guest"
    r"|зарегистрирован\w*|участник|модератор|администратор|новичок|гость"
    r"|μέλος|εγγεγραμμένο μέλος|συντονιστής|διαχειριστής|επισκέπτης"), re.I)
_CARD_JOINED_RE = re.compile(as_seen(
    r"(?:joined|member since|регистрация|на форуме с|εγγραφή|μέλος από)"
    r"(?:\s*:?\s*(?=[\w ,./:-]*\d)[\w ,./:-]{1,30})?"), re.I)
_CARD_COUNT_RE = re.compile(as_seen(
    r"\d[\d,. ]{0,9}\s*(?:posts?|messages?|сообщени\w*|δημοσιεύσεις|μηνύματα)"
    r"|(?:posts?|messages?|сообщени\w*|δημοσιεύσεις|μηνύματα)\s*:\s*\d[\d,. ]{0,9}"), re.I)
# Whether the poster is on line now, on a line of its own beside the card.
_CARD_STATUS_RE = re.compile(
    as_seen(r"online|offline|в сети|не в сети|συνδεδεμένος|αποσυνδεδεμένος"), re.I)
# A field of the card with its value kept: where the member lives, their age or trade
# ("From: Bradford, Ontario", "Location: Saskatchewan, Canada", "Откуда: Москва").
_CARD_FIELD_RE = re.compile(as_seen(
    r"(?:from|location|age|gender|occupation|interests|откуда|город|возраст|"
    r"από|τοποθεσία|περιοχή|ηλικία)\s*:\s*\S.{0,60}"), re.I)
# A date alone, the value of "Member since" printed on the line under it ("July 2006").
_CARD_SINCE_VALUE_RE = re.compile(r"(?:\d{1,2}[ ./-])?(?:[^\W\d_]{3,9}\.?,? |\d{1,2}[./-])"
                                  r"(?:19|20)\d\d")
# A card's lines are set off by bullets the view no longer shows.
_CARD_BULLET_RE = re.compile(r"\s*[·•]\s")
#: Short lines above the card in its paragraph (a thread's counters) this many words at most.
_CARD_PREFIX_WORDS = 10
_USER_CARD_LINES = 3


def take_forum_user_cards(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """A forum's user card, its values lost: "·" / "Registered" / "Joined" / "·" / "1,918 Posts".

    A forum prints beside each post who wrote it: the member's rank, when they joined and
    how many posts they wrote, the fields set apart by dots.  A scraper keeps the words and
    loses the values, leaving three or more lines opening a paragraph (the post's text may
    follow in it) each of which is one of those fields or a dot, among them "Joined" (or
    "Member since") and a dot or a count.  No author opens a paragraph with such lines; a
    line of anything else among them ends the card there.
    """
    paragraph: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        line = lines[index] if index < len(lines) else ""
        if line is None:
            continue
        if line.strip():
            paragraph.append(index)
            continue
        card: list[int] = []
        kinds: set[str] = set()
        for i in paragraph:
            text = views.get(i, "")
            kind = ("mark" if _CARD_MARK_RE.fullmatch(text) else
                    "joined" if _CARD_JOINED_RE.fullmatch(text) else
                    "rank" if _CARD_RANK_RE.fullmatch(text) else
                    "count" if _CARD_COUNT_RE.fullmatch(text) else
                    "field" if "joined" in kinds and _CARD_FIELD_RE.fullmatch(text) else
                    "since" if (card and card[-1] == i - 1
                                and _CARD_JOINED_RE.fullmatch(views.get(i - 1, ""))
                                and _CARD_SINCE_VALUE_RE.fullmatch(text)) else None)
            if kind is None:
                if not card and (i in found or (
                        len(text.split()) <= _CARD_PREFIX_WORDS
                        and not SENTENCE_END_RE.search(text))):
                    continue   # a thread's counters over the card, in its paragraph
                break
            card.append(i)
            kinds.add(kind)
            if _CARD_BULLET_RE.match(lines[i] or ""):
                kinds.add("mark")
        if len(card) >= _USER_CARD_LINES and "joined" in kinds and kinds & {"mark", "count"}:
            for i in card:
                found.setdefault(i, "a forum's user card")
        paragraph = []
    _take_card_around_join_date(views, found)
    if any(reason == "a forum's user card" for reason in found.values()):
        # a poster's status, alone on its line over the card's avatar ("Offline"), on a page
        # whose cards were found
        for index, text in views.items():
            if index not in found and _CARD_STATUS_RE.fullmatch(text):
                found[index] = "a forum's user card"


# A board's description of itself, printed over each of its threads ("New to growing your own
# tomatoes? This is the forum to learn …", "This forum is for questions about …", "Этот форум
# для …", "Αυτό το φόρουμ είναι για …").
_FORUM_DESCRIPTION_RE = re.compile(as_seen(
    r".{0,200}\b(?:this is (?:the|a|our) (?:forum|board|sub-?forum|message board)"
    r"|this (?:forum|board|sub-?forum|message board) is)"
    r" (?:to|for|where|about|dedicated to)\b.{0,300}"
    r"|.{0,200}\b(?:это|этот|данный) (?:форум|раздел форума|подфорум)\b.{0,300}"
    r"|.{0,200}\b(?:αυτό το|αυτή η) (?:φόρουμ|ενότητα του φόρουμ)\b.{0,300}"), re.I)


def take_forum_description(views: dict[int, str], found: dict[int, str]) -> None:
    """The board's description over a thread, the first line left on a forum's page.

    A forum prints what the board is for over every thread in it; on a page whose
    user cards or join dates were found, a first line that speaks of "this forum" is
    that description, not the thread's title or its first post, which speak of the
    poster's own matter.
    """
    if not any(reason == "a forum's user card" or JOIN_DATE_RE.fullmatch(views.get(i, ""))
               for i, reason in found.items()):
        return
    order = [i for i in sorted(views) if i not in found]
    if len(order) > 1 and _FORUM_DESCRIPTION_RE.fullmatch(views[order[0]]):
        found[order[0]] = "a forum's description"


# A user card's join date with its value kept: "Join date: 14 Feb 2007", "Joined: Mar 2004".
JOIN_DATE_RE = re.compile(r"(?:join(?:ed)? date|joined|member since)\s*:\s*\S.{0,30}", re.I)
# A post's header: its date and its number in the thread ("April 3, 2008 | #1 |").
_POST_HEADER_RE = re.compile(r"\d{4}\W{0,3}\|\s*#\d{1,6}\b")
#: A member's title under the poster's name: this many words at most.
_CARD_TITLE_WORDS = 5


def _take_card_around_join_date(views: dict[int, str], found: dict[int, str]) -> None:
    """The rest of a user card whose join date went ("Amity Slade" / "Registered User" /
    "Join date: 14 Feb 2007" / "Posts: 2,183" / the post's date): the post count right
    under the join date, and the member's title between the poster's name and it,
    whatever the forum called the rank ("Ancient Archaean Dragon").  The name over the
    card is the post's byline and stays; a line of a sentence above it is no title."""
    for index in [i for i in found if JOIN_DATE_RE.fullmatch(views.get(i, ""))]:
        # Down the card: where the member lives and the post count, in the forum's order.
        below = index + 1
        while below in views and (below in found or _CARD_COUNT_RE.fullmatch(views[below])
                                  or _CARD_FIELD_RE.fullmatch(views[below])):
            found.setdefault(below, "a forum's user card")
            below += 1
        title, name = index - 1, index - 2
        # Over the title, the poster's name, or the post's own header when the name was a
        # link the scraper lost ("April 3, 2008 | #1 |").
        if (title in views and name in views and title not in found and name not in found
                and 0 < len(views[title].split()) <= _CARD_TITLE_WORDS
                and not SENTENCE_END_RE.search(views[title])
                and ((0 < len(views[name].split()) <= _CARD_TITLE_WORDS
                      and not SENTENCE_END_RE.search(views[name]))
                     or bool(_POST_HEADER_RE.search(views[name])))):
            found[title] = "a forum's user card"


# A display setting's label ("Screen Colours:", "Text size:", "Contrast:"), a list's item
# or not, and the short choices under it ("Normal", "Black & Yellow", "Large").
# A club's "Colours:" over its colours is no setting: the screen's or the site's are.
_DISPLAY_SETTING_RE = re.compile(
    r"(?:[-•*]\s*)?(?:(?:screen|site|page|text|background|display)\s+colou?rs?"
    r"|colou?r scheme|contrast|text size|font size)\s*:", re.IGNORECASE)
_CHOICE_WORDS = 3


def _choices_end(texts: Sequence[str]) -> int:
    """How many lines, from the first, are the setting's label and its short choices."""
    end = 1
    while (end < len(texts) and len(texts[end].lstrip("-•* ").split()) <= _CHOICE_WORDS
           and not SENTENCE_END_RE.search(texts[end])):
        end += 1
    return end


def _display_choices(texts: Sequence[str]) -> bool:
    """Is the paragraph opened by a display setting's label with two choices or more under
    it ("- Screen Colours:" / "- Normal" / "- Black & Yellow")?  An accessibility panel's
    switch, whatever prose the scraper set after it in the same paragraph.

    >>> _display_choices(["- Screen Colours:", "- Normal", "- Black & Yellow", "Meetings …"])
    True
    >>> _display_choices(["Colours:", "Red", "White", "Blue"])
    False
    """
    return bool(_DISPLAY_SETTING_RE.fullmatch(texts[0])) and _choices_end(texts) >= 3


def take_control_panels(lines: Sequence[str | None], views: dict[int, str],
                        found: dict[int, str]) -> None:
    """A block of three or more short lines, two of them bare labels ("Font size:").

    A label with nothing after it waits for a control the scraper could not
    copy (a slider, a colour swatch); two of them in a run of short lines
    that make no sentence are a settings panel, not prose.  So is such a run
    in a prose page when half its lines or more are chrome already (copies of
    lines beside them aside) or bare controls ("A A A", "XS SM MD LG").  A
    label with a value ("Location: Level 1", "Background: #0b0c0c") or a list
    stays, but a display setting's label over its choices goes, listed or not
    ("- Screen Colours:" / "- Normal" / "- Black & Yellow").
    """
    prose = is_prose_document(views, found)
    for block in _paragraphs(lines, views, found, with_found=True):
        if len(block) < 3:
            continue
        texts = [views[i] for i in block]
        if _display_choices(texts):
            for index in block[:_choices_end(texts)]:
                found.setdefault(index, "display settings panel")
            continue
        if any(i not in found and (len(t.split()) > _PANEL_WORDS or SENTENCE_END_RE.search(t)
                                   or is_list_item(lines[i] or ""))
               for i, t in zip(block, texts, strict=True)):
            continue
        # A copy of a line beside it is no control: "Xinhua" / "14:56 UTC+8" printed twice.
        controls = sum((i in found and not is_ad_break(t) and texts.count(t) == 1)
                       or _is_token_line(t) for i, t in zip(block, texts, strict=True))
        if ((sum(t.endswith(":") for t in texts) >= 2
                or (prose and controls >= 2 and 2 * controls >= len(block)))
                # Last: the walk to the ad breaks is long in a page of short lines.
                and not any(i not in found and _between_ad_breaks(i, views, found)
                            for i in block)):
            # A label over a person's name is the article's byline field ("Author:" /
            # "Anna Berg"): it and the name stay, the empty fields beside them go.
            from cms_i18n.clean.blocks import is_name  # blocks reads this module

            byline = {j for k, i in enumerate(block[:-1]) if texts[k].endswith(":")
                      and is_name(texts[k + 1]) for j in (i, block[k + 1])}
            # A byline ("By Anna Berg") and a picture's credit in the run are the
            # article's, whatever panel the scraper set beside them.
            from cms_i18n.clean.chrome import is_credit_line  # chrome reads this module

            # A headline the scraper set right under the panel's last control, the
            # article's first paragraph under it, is the article's ("Skip to main content"
            # / "Home | World | Asia" / "SCO summit in Qingdao").
            last = block[-1]
            headline = (last not in found and not texts[-1].endswith(":")
                        and len(texts[-1].split()) >= _HEADLINE_MIN_WORDS
                        and _prose_follows(last, views, found))
            for index in block:
                if (not _is_date(views[index]) and index not in byline
                        and not (headline and index == last)
                        and not BYLINE_RE.match(views[index])
                        and not is_credit_line(views[index])):
                    found.setdefault(index, "control panel")


#: A headline under a panel: this many words at least ("SCO summit in Qingdao").
_HEADLINE_MIN_WORDS = 3


def _prose_follows(index: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Is the next line left after ``index`` a paragraph of prose, a sentence ended (no
    second headline)?"""
    from cms_i18n.clean.blocks import is_prose  # blocks reads this module

    nxt = next((i for i in sorted(views) if i > index and i not in found), None)
    if nxt is None:
        return False
    paragraph = [views[nxt]]        # its lines, where the scraper kept the wrapping
    while nxt + len(paragraph) in views and nxt + len(paragraph) not in found:
        paragraph.append(views[nxt + len(paragraph)])
    text = " ".join(paragraph)
    return is_prose(text) and SENTENCE_END_RE.search(text) is not None


# A display setting a reader's panel offers, as its label names it ("Site colours",
# "Line spacing", "Text size", "Contrast", "Dyslexia-friendly font").
_SETTING_RE = re.compile(
    r"(?:(?:font|text|letter|word|line|character)[ -](?:size|spacing|height|style|family)"
    r"|fonts?|(?:site |page |text |link )?colou?rs?|contrast|spacing|zoom|theme|"
    r"(?:dark|night|light|reading) mode|cursor|reading guide|readable font|"
    r"dyslexi[ac](?:-friendly)? font|(?:hide |show )?images|alignment|saturation)",
    re.IGNORECASE)
# "Label: value value value", the panel's values short tokens ("Default Black/White",
# "1 1.5 2", "A A A", "On Off").
_SETTING_LINE_RE = re.compile(r"([^:]{2,30}):\s*((?:[^\s!?]{0,13}[^\s.!?]\s*){0,6})")


def _is_setting_line(text: str) -> bool:
    """Is this line a reader's display setting with its choices, "Site colours:
    Default Black/White"?

    >>> _is_setting_line("Site colours: Default Black/White Blue")
    True
    >>> _is_setting_line("Line spacing: 1 1.5 2")
    True
    >>> _is_setting_line("Location: Level 1")
    False
    >>> _is_setting_line("Colours: the committee chose red and gold for the flag.")
    False
    """
    text = text.strip()
    # The label is all before the first colon: asked first, it spares the values' pattern,
    # which a long token ("See https://…") sends through a great many ways to split it.
    label, colon, _ = text.partition(":")
    if not colon or not 2 <= len(label) <= 30 or _SETTING_RE.fullmatch(label.strip()) is None:
        return False
    return _SETTING_LINE_RE.fullmatch(text) is not None


def take_setting_lines(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """Display settings with their choices ("Site colours: Default Black/White",
    "Line spacing: 1 1.5 2") beside a settings panel's lines already found.

    A label with its values stays in a panel of its own (see
    :func:`take_control_panels`), but a run of such lines touching chrome the page
    rules found — "View settings", "Font size: A A A" — is the rest of that panel,
    whatever follows it without a blank line.  Only a setting a reader's panel
    offers counts (font, colours, contrast, spacing …), so an event's "Location:
    Level 1" beside a share bar stays.
    """
    indexes = sorted(views)
    for k, index in enumerate(indexes):
        if index in found or not _is_setting_line(views[index]):
            continue
        run = [index]
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(indexes) and indexes[j] not in found \
                    and _is_setting_line(views[indexes[j]]):
                run.append(indexes[j])
                j += step
            if 0 <= j < len(indexes) and indexes[j] in found \
                    and abs(indexes[j] - indexes[j - step]) == 1:
                for i in run:
                    found.setdefault(i, "control panel")
                break


_DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
#: A year of the last two centuries, standing as a word of its own.
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _is_date(text: str) -> bool:
    """A date among a panel's labels ("Tue, 09/15/2015 - 11:17", "30 August 2025") is
    the article's dateline, which a news site prints beside its ID and author fields."""
    return bool(_DATE_RE.search(text) or (DATELINE_RE.search(text) and YEAR_RE.search(text))
                ) and not text.endswith(":")


#: An opening quotation mark and the marks that close it: « », “ ”, „ “ (or „ ”), ‹ ›.
_QUOTE_CLOSERS = {"«": "»", "“": "”", "„": "“”", "‹": "›"}


def opens_quotation(text: str) -> bool:
    """Does the line open a quotation it never closes: the mark glued to the quoted
    word's first letter ("«S", "“The minister said")?  It is a quotation's start cut
    off (by a paywall, by the end of what the store kept), the article's text; a frame
    round a label closes (``« Previous``, with its space, is an arrow, not a quote).

    >>> opens_quotation("«S"), opens_quotation("«Advertisement»"), opens_quotation("« Previous")
    (True, False, False)
    """
    closing = _QUOTE_CLOSERS.get(text[:1])
    return (closing is not None and len(text) > 1 and text[1].isalnum()
            and not any(mark in text[1:] for mark in closing))


def _is_token_line(text: str) -> bool:
    """A line of bare controls: every word two characters or fewer ("A- A+", "XS SM MD").

    Figures are no controls: "12" / "15" / "9" under a label is a column of the text.
    """
    words = text.split()
    return (bool(words) and all(len(word) <= 2 for word in words)
            and not all(word.isdigit() for word in words))


def take_release_end(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """Every line after a press release's end mark ("###", "-30-").

    The release ends there; what follows is the wire service's: contact
    lines, "View original content", the distributor's boilerplate.  Only
    near the end of the document: a "###" with a story after it is a
    writer's scene break.  The mark itself is not taken for being one: the
    release's sender typed it as the release's last line ("- 30 -"), and it is
    judged as any other short line is.
    """
    order = sorted(views)
    for k, index in enumerate(order):
        # The line itself too: a view reads "* *** *" as a bullet and emphasis, and empties it.
        if k > 0 and (_END_MARK_RE.fullmatch(views[index])
                      or _END_MARK_RE.fullmatch((lines[index] or "").strip())):
            if len(order) - k <= _AFTER_END_MARK:   # a scene break has a story after it
                for rest in order[k + 1:]:
                    found.setdefault(rest, "after the release's end mark")
            return


_AFTER_DISCLAIMER = 12
# A syndicator's warranty disclaimer, in the languages of the pages: the provider gives the
# text "as is" ("MENAFN provides the information “as is” without warranty of any kind",
# "proporciona este contenido tal cual", "предоставляет информацию «как есть»").
_WARRANTY_RE = re.compile(
    r"\b(?:provides?|proporciona|fournit|предоставляет|παρέχει)\b.{0,60}?[\"“”«]?"
    r"\b(?:as is|tal cual|tel quel|en l['’]état|как есть|ως έχει)\b", re.I)
# A site's word on the links it gives ("… this does not imply endorsement by …"): the
# site's only where no line of prose follows it.
_ENDORSEMENT_RE = re.compile(
    r"\b(?:links?|references?)\b.{0,120}\b(?:does|do) not (?:imply|constitute|mean) "
    r"(?:an? )?(?:endorsement|approval)\b", re.I)


def take_disclaimer(lines: Sequence[str | None], views: dict[int, str],
                    found: dict[int, str]) -> None:
    """A syndicator's warranty disclaimer near the end, or a site's word on the links it
    gives ("… does not imply endorsement"), and every line after it.

    The sentence is read whole, its lines joined ("MENAFN provides the" /
    "information “as is” without warranty of any kind."): a scraper breaks a
    footer where its box did.  Only in the last lines of the page, and only
    from a line that starts a sentence: an article quoting such terms has its
    own words after them.
    """
    order = [i for i in sorted(views) if i not in found]
    for k, index in enumerate(order[-_AFTER_DISCLAIMER:]):
        position = len(order) - min(len(order), _AFTER_DISCLAIMER) + k
        previous = order[position - 1] if position else None
        if previous is not None and previous == index - 1 and not SENTENCE_END_RE.search(
                views[previous]):
            continue        # inside a sentence that started above
        sentence: list[str] = []
        for other in order[position:]:
            if sentence and other != index + len(sentence):
                break       # a sentence ends at a blank line: "Source: UzA" is no part of one
            sentence.append(views[other])
            if SENTENCE_END_RE.search(views[other]) or re.search(r"[.!?]\s", views[other]):
                break
        after = order[position + len(sentence):]
        if _WARRANTY_RE.search(" ".join(sentence)) or (
                _ENDORSEMENT_RE.search(" ".join(sentence))
                and not any(len(views[i]) >= PROSE_LINE for i in after)):
            for rest in order[position:]:
                found.setdefault(rest, "syndicator's disclaimer")
            return


_TEASER_LABEL_WORDS = 2
_TEASER_PAIRS = 2
# A teaser is a whole headline; a chapter's title in a book's contents is shorter.
_TEASER_WORDS = 5


def _is_section_label(text: str) -> bool:
    """A section's name in capitals: "ΠΟΛΙΤΙΚΗ", "WORLD NEWS", "В МИРЕ"."""
    words = text.split()
    return (0 < len(words) <= _TEASER_LABEL_WORDS and text.isupper()
            and all(word.isalpha() for word in words) and len(text) >= 3)


def take_labelled_teasers(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """At the page's end, headlines each under its section's label, twice or more.

    The label in capitals and a headline that ends no sentence, pair after
    pair down to the last line: the site's links to its other stories.  One
    pair could be a heading over its line; two in a row are a list.
    """
    if not is_prose_document(views, found):
        return      # a book's contents ("PART ONE" / "The Storm") in a page of short lines
    order = [i for i in sorted(views) if i not in found]
    pairs: list[int] = []
    k = len(order) - 2
    while k >= 0:
        label, headline = order[k], order[k + 1]
        text = views[headline]
        if not (_is_section_label(views[label]) and not _is_section_label(text)
                and len(text.split()) >= _TEASER_WORDS and not SENTENCE_END_RE.search(text)):
            break
        pairs[:0] = [label, headline]
        k -= 2
    if len(pairs) >= 2 * _TEASER_PAIRS:
        for index in pairs:
            found.setdefault(index, "teaser with its section label")
    _take_teasers_between_paragraphs(lines, order, views, found)


def _blank(lines: Sequence[str | None], index: int) -> bool:
    """Is the line at ``index`` blank (or gone, or past an edge of the page)?"""
    return not (0 <= index < len(lines)) or not (lines[index] or "").strip()


def _is_teaser_pair(views: dict[int, str], label: int, headline: int) -> bool:
    text = views[headline]
    return (_is_section_label(views[label]) and not _is_section_label(text)
            and len(text.split()) >= _TEASER_WORDS and not SENTENCE_END_RE.search(text))


def _take_teasers_between_paragraphs(lines: Sequence[str | None], order: Sequence[int],
                                     views: dict[int, str], found: dict[int, str]) -> None:
    """Inside the article, two or more headlines each under its kicker in capitals
    ("XMAS WINNER" / "I got £100 of food for £4 …", "SNACK ATTACK" / "Tesco launches …"),
    with a paragraph of prose above and below: a tabloid's links to its other stories set
    into the text; one such pair is enough where it is a paragraph of its own, no blank
    line between the kicker and its headline.  A subheading in capitals stands over a
    paragraph that ends sentences.

    >>> views = {0: "The appeal opens today.", 1: "XMAS WINNER",
    ...          2: "I got a hamper for a pound with a voucher you forgot", 3: "SNACK ATTACK",
    ...          4: "Shop launches a new snack in a supermarket first", 5: "So we ask you to give."}
    >>> found = {}
    >>> _take_teasers_between_paragraphs([views[i] for i in sorted(views)], sorted(views),
    ...                                  views, found)
    >>> sorted(found)
    [1, 2, 3, 4]
    """
    k = 1
    while k < len(order) - 1:
        end = k
        while end + 1 < len(order) and _is_teaser_pair(views, order[end], order[end + 1]):
            end += 2
        # one pair is enough where the kicker and its headline share a paragraph
        # ("WORLD EXCLUSIVE" / "Putin now 'hostage' to …", no blank line between)
        joined = (end - k == 2 and order[k] + 1 == order[k + 1]
                  and _blank(lines, order[k] - 1) and _blank(lines, order[k + 1] + 1))
        if ((end - k >= 2 * _TEASER_PAIRS or joined) and end < len(order)
                and SENTENCE_END_RE.search(views[order[k - 1]])
                and SENTENCE_END_RE.search(views[order[end]])):
            for index in order[k:end]:
                found.setdefault(index, "teaser with its section label")
        k = max(end, k + 1)


# A teaser is a headline: a line of its own, a few words, no full stop at its end.
_TEASER_MAX_WORDS = 16
_TEASERS = 3


def take_closing_teasers(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """Between the article's last paragraph and the chrome closing the page, headlines.

    Once the page ends in chrome ("Leave A Reply" / "Your email address will
    not be published."), three or more lines above it, each a paragraph of
    its own, each a headline (a few words, no full stop, no comma at the end;
    a question or an exclamation is a headline too), right under a paragraph
    that ends a sentence, are the site's links to other stories and its call
    to follow them ("Stay tuned to … for latest news and updates!").  Only in a
    prose page: a poem's one-line stanzas end that way too.
    """
    order = sorted(views)
    if not order or order[-1] not in found or not is_prose_document(views, found):
        return
    remaining = [i for i in order if i not in found]
    run: list[int] = []
    for index in reversed(remaining):
        blank_above = index == 0 or not (lines[index - 1] or "").strip()
        blank_below = (index + 1 == len(lines) or index + 1 in found
                       or not (lines[index + 1] or "").strip())
        if not (blank_above and blank_below and _is_teaser(views[index], lines[index] or "")):
            break
        run.append(index)
    above = [i for i in remaining if run and i < run[-1]]
    if (len(run) >= _TEASERS and above
            and views[above[-1]].rstrip("\"'”’»)").endswith((".", "…"))):
        for index in run:
            found[index] = "teaser above the closing chrome"


# An aggregator's record of another story, under that story's teaser: when it was posted,
# then who wrote it and where, set apart by bars ("March 31, 2025 - 13:24 | Liam Casey |
# The Globe and Mail", "31.03.2025 13:24 | Иван Петров | ТАСС").
_FEED_RECORD_RE = re.compile(r"(?P<date>[^|]{4,40}?)(?:\s*\|\s*[^|\s][^|]{0,60}?){2,3}\s*\|?")
_FEED_RECORD_DATE_WORDS = 8
_FEED_TEASER_WORDS = 3
_FEED_RECORDS = 2


def _is_feed_record(text: str) -> bool:
    """A line of a date (a year or a time in it) and two or three fields after it, set
    apart by bars: the record an aggregator prints under another story's teaser."""
    match = _FEED_RECORD_RE.fullmatch(text)
    if not match:
        return False
    date = match.group("date")
    return (len(date.split()) <= _FEED_RECORD_DATE_WORDS
            and bool(re.search(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b", date)))


def take_feed_records(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """An aggregator's feed of other stories closing the page: each story a teaser (its
    headline or its first sentences, on one line) over its record, the date it was posted,
    its author and its outlet set apart by bars ("March 31, 2025 - 13:24 | Liam Casey |
    The Globe and Mail").  Two such stories at least, one after another down to the page's
    end (or to the chrome already found there), under the article's prose.  An article's
    own dateline and byline in one line stand over its text, never under a teaser at the
    page's end, and a single record at the end may be the article's own stamp: it stays.
    """
    if not is_prose_document(views, found):
        return
    remaining = [i for i in sorted(views) if i not in found]
    stories: list[tuple[int, int]] = []
    k = len(remaining) - 1
    while k >= 1:
        record, teaser = remaining[k], remaining[k - 1]
        if (not _is_feed_record(views[record]) or _is_feed_record(views[teaser])
                or len(views[teaser].split()) < _FEED_TEASER_WORDS
                or any((lines[j] or "").strip() for j in range(teaser + 1, record))):
            break
        stories.append((teaser, record))
        k -= 2
    if len(stories) < _FEED_RECORDS or not _has_prose(remaining[:k + 1], views):
        return
    for teaser, record in stories:
        found.setdefault(teaser, "another story's teaser in the feed closing the page")
        found.setdefault(record, "another story's record in the feed closing the page")


def _is_teaser(text: str, line: str) -> bool:
    """A headline: a few words ending in no full stop, comma, colon or semicolon."""
    return (0 < len(text.split()) <= _TEASER_MAX_WORDS
            and not text.endswith((".", ",", ";", ":", "…")) and not is_list_item(line)
            and not DATELINE_RE.search(text))


# A teaser the site cut mid-sentence: a sentence's words, then "…" glued to the last
# ("… the official news agency SANA has…", "… in a letter,…").
_CUT_TEASER_RE = re.compile(r"[^\W\d_],? ?(?:…|\.\.\.)$")
_CUT_TEASER_WORDS = (6, 40)
_CUT_TEASERS = 3


def take_cut_teasers(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """At the page's end, the openings of other stories, each cut by the site mid-sentence.

    From a line that ends in "…" after a word (glued, or after one space: "… ЦСКА ...")
    down to the page's last line, three
    or more such lines, and more of them than lines ending otherwise (a teaser the
    site printed whole, "… after nearly 13 years."), each a sentence's length: the
    site's feed of its other stories under the article.  The article's own last lines
    end before the first of them.  Only in a prose page: verse trails off that way too.
    """
    if not is_prose_document(views, found):
        return
    order = [i for i in sorted(views) if i not in found]
    run: list[int] = []
    for index in reversed(order):
        words = len(views[index].split())
        if not _CUT_TEASER_WORDS[0] <= words <= _CUT_TEASER_WORDS[1] or is_list_item(
                lines[index] or ""):
            break
        run.append(index)
    run.reverse()
    cut = [i for i in run if _CUT_TEASER_RE.search(views[i])]
    if len(cut) < _CUT_TEASERS:
        return
    tail = run[run.index(cut[0]):]
    if 2 * len(cut) > len(tail) and tail[0] != order[0]:
        for index in tail:
            found.setdefault(index, "teaser cut short under the article")


# The separator between a trail's steps: "Crossroads Asia | Security | Central Asia".
_TRAIL_SEPARATOR_RE = re.compile(r"\s+[|›»>/]\s+")
_TRAIL_LABEL_WORDS = 3


def take_trail_labels(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """Above the article, a section's name alone that a trail of the site's sections,
    already taken as chrome, names again ("Crossroads Asia" over the headline, the trail
    "Crossroads Asia | Security | Central Asia" under it): the site's label, printed twice.
    The trail's last step may be the headline itself, so it names no label; a bar under
    the article ("Village SOS BBC1 | 0 comments | Create New Account") is no trail, and
    the title it names again stays."""
    first = next((i for i in sorted(views) if i not in found and SENTENCE_END_RE.search(
        views[i]) and len(views[i].split()) > _TRAIL_LABEL_WORDS), len(lines))
    steps: set[str] = set()
    for index in [i for i in found if i < first]:
        parts = _TRAIL_SEPARATOR_RE.split(views.get(index, ""))
        if len(parts) >= 2:
            steps |= {part.casefold() for part in parts[:-1]}
    if not steps:
        return
    for index in [i for i in sorted(views) if i not in found]:
        text = views[index]
        if SENTENCE_END_RE.search(text) and len(text.split()) > _TRAIL_LABEL_WORDS:
            return      # the article's first sentence: labels stand above it
        alone = ((index == 0 or not (lines[index - 1] or "").strip() or index - 1 in found)
                 and (index + 1 == len(lines) or not (lines[index + 1] or "").strip()
                      or index + 1 in found))
        if alone and len(text.split()) <= _TRAIL_LABEL_WORDS and text.casefold() in steps:
            found.setdefault(index, "section label the trail names again")


_TAG_WORDS = 3
_TAGS = 4


def take_tag_column(lines: Sequence[str | None], views: dict[int, str],
                    found: dict[int, str]) -> None:
    """Above the article, the page's tags one to a paragraph ("экономика" / "мировая
    экономика" / "душанбе" / "минск"): four or more paragraphs in a row, each one line of
    one to three words in lower case and nothing else, on a page whose top shows other
    chrome.  A heading is capitalised; a poem's stanza holds more than a word or three,
    and a poem set one short verse to a paragraph has longer verses above them."""
    if not found:
        return
    order = [i for i in sorted(views) if i not in found]
    run: list[int] = []
    runs: list[list[int]] = []
    for index in order:
        text = views[index]
        if len(text.split()) > _TAG_WORDS and (
                SENTENCE_END_RE.search(text) or text[:1].islower()):
            # The article's first sentence, or a line of it going on in lower case (a
            # poem's verse ends no sentence): the tags stand above it.
            break
        alone = ((index == 0 or not (lines[index - 1] or "").strip() or index - 1 in found)
                 and (index + 1 == len(lines) or not (lines[index + 1] or "").strip()
                      or index + 1 in found))
        words = text.split()
        if (alone and len(words) <= _TAG_WORDS and text == text.lower()
                and all(word.replace("-", "").isalpha() for word in words)):
            run.append(index)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    for tags in runs:
        if len(tags) >= _TAGS:
            for index in tags:
                found.setdefault(index, "the page's tags")


_MENU_LINES = 3
_MENU_LABELS = 2


def take_section_menu(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """At the page's end, the site's sections named one per line: a footer's menu.

    "ΠΟΛΙΤΙΚΟΛΟΓΙΕΣ" / "ΠΡΕΠΕΙ ΝΑ ΔΙΑΒΑΣΕΤΕ" / "ΠΑΡΑΞΕΝΑ" / "Κύρια Θέματα": three
    or more lines down to the last, each alone in its paragraph, of three words
    or fewer, with no figure and no sentence's end, two or more of them a
    section's name in capitals.  An article's last words end a sentence; a page
    of verse or a list is left to the one-line rules.
    """
    if not is_prose_document(views, found):
        return
    run: list[int] = []
    for block in reversed(_paragraphs(lines, views, found)):
        text = views[block[0]]
        if (len(block) != 1 or len(text.split()) > _LABEL_WORDS or SENTENCE_END_RE.search(text)
                or any(ch.isdigit() for ch in text) or is_list_item(lines[block[0]] or "")):
            break
        run.append(block[0])
    if len(run) >= _MENU_LINES and sum(_is_section_label(views[i]) for i in run) >= _MENU_LABELS:
        for index in run:
            found.setdefault(index, "menu of the site's sections")


_IMAGE_TEXT_WORDS = 12
_WORDS_RE = re.compile(r"[^\W_]+")


def take_image_texts(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """An image's alt text and its title, left between two paragraphs of prose.

    A scraper prints what it finds in place of the image: the same short words
    twice or three times, once as the alt text, once as the title, differing
    only in a dash or a stop.  Verse repeats a line word for word and a
    list's items say different things, so only copies that differ in their
    punctuation alone go, and only inside a prose page.

    The two may also share one line, the alt text and the caption run together
    ("woman in wheelchair at home woman in wheelchair at home"): a line that is
    one phrase of four words or more printed twice, ending no sentence, standing
    as a paragraph of its own below the article's prose (:func:`is_phrase_twice`).
    An author who repeats a phrase for effect ("Never again. Never again.")
    writes a short one, or closes it as a sentence.

    A blog names an image after its file when no one gave it a title: the name with the
    file's number ("Jackson's Creek-01" from jacksons-creek-01.jpg), a paragraph of its
    own between the heading that names the same thing and the prose under the image
    (:func:`_is_file_title`).
    """
    if not is_prose_document(views, found):
        return
    paragraphs = _paragraphs(lines, views, found)
    for k, block in enumerate(paragraphs):
        if (k and len(block) == 1 and is_phrase_twice(views[block[0]])
                and any(_has_prose(above, views) for above in paragraphs[:k])):
            found[block[0]] = "an image's alt text and caption"
    if (len(paragraphs) > 2 and len(paragraphs[0]) == 1 and len(paragraphs[1]) == 1
            and is_keyword_line(views[paragraphs[1][0]], views[paragraphs[0][0]])
            and any(_has_prose(below, views) for below in paragraphs[2:])):
        found[paragraphs[1][0]] = "an image's keywords under the headline"
    for before, block, after in zip(paragraphs, paragraphs[1:], paragraphs[2:], strict=False):
        if len(block) == 1 and _is_file_title(views[block[0]], views[before[-1]]) and (
                _has_prose(after, views)):
            found[block[0]] = "an image's title from its file name"
            continue
        texts = [views[i] for i in block]
        if not (2 <= len(texts) <= 3 and len(set(texts)) == len(texts)
                and len({tuple(_WORDS_RE.findall(text.casefold())) for text in texts}) == 1
                and all(len(text.split()) <= _IMAGE_TEXT_WORDS
                        and not SENTENCE_END_RE.search(text) for text in texts)
                and _has_prose(before, views) and _has_prose(after, views)):
            continue
        for index in block:
            found[index] = "an image's alt text and title"


# A list's item: its indent, its mark ("  • Wash the lemons.", "3) Stir.").
_ITEM_INDENT_RE = re.compile(r"(\s*)(?:[-*•·▪‣◦]|\d{1,3}[.)])\s+\S")
# A step's picture's alt text has this many words at most, and a list this many at least.
_STEP_PICTURE_WORDS = 6
_STEP_PICTURES = 2


def take_step_pictures(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """The alt texts of the pictures a recipe's or a guide's steps show, each left set in
    under its step ("  • Cut the peel into chunks." / "    boiled lemon peels").

    The line has no mark of its own and is set in deeper than the item right above it,
    which closes its sentence; a few words, no stop: a picture's words, not the step's
    second paragraph, which goes on in sentences.  Two such lines in the page at least
    (a recipe shows its steps' pictures, not one), on a page shown to be scraped.

    >>> steps = ["Go Back", "  • Wash the lemons.", "    lemons in a bowl",
    ...          "  • Cut the peel into chunks.", "    boiled lemon peels", "  • Serve cold."]
    >>> found = {0: "page chrome"}
    >>> take_step_pictures(steps, dict(enumerate(steps)), found)
    >>> sorted(found)
    [0, 2, 4]
    """
    if not found:
        return
    pictures = []
    for index in sorted(views):
        above = lines[index - 1] if index else None
        item = _ITEM_INDENT_RE.match(above or "")
        line = lines[index] or ""
        text = line.strip()
        if (index in found or item is None or is_list_item(line)
                or len(line) - len(line.lstrip()) <= len(item.group(1))
                or not SENTENCE_END_RE.search((above or "").rstrip())
                or SENTENCE_END_RE.search(text) or text.endswith(":")
                or len(text.split()) > _STEP_PICTURE_WORDS):
            continue
        pictures.append(index)
    if len(pictures) >= _STEP_PICTURES:
        for index in pictures:
            found[index] = "a step's picture's alt text"


# A file's number glued to its name: "Creek-01", "IMG_0042" (two figures or more), and the
# copy number a blog adds to a second upload of one name ("Model UN-5908-2").
_FILE_NUMBER_RE = re.compile(r"(?<=[^\W\d_])[-_](\d{2,4})(?:-\d)?")
# A camera's or an upload's number, three figures or more: a file's name even under prose.
_LONG_FILE_NUMBER = 3


def _is_file_title(text: str, above: str) -> bool:
    """Is this line an image's title made from its file's name, under the line naming it?

    >>> _is_file_title("Jackson's Creek-01", "1. Jackson’s Creek (Gallery view)")
    True
    >>> _is_file_title("Route-66", "We drove Route 66 in the summer of 1998.")
    False

    A long number, with the copy number a second upload gets, names a file even under a
    paragraph of prose that names the same thing (a year in the name aside):

    >>> _is_file_title("2015 Model UN-5908-2", "Congrats to all who took part in Model UN!")
    True
    """
    match = _FILE_NUMBER_RE.search(text)
    if match is None or match.end() != len(text.rstrip()) or (
            SENTENCE_END_RE.search(above) and len(match.group(1)) < _LONG_FILE_NUMBER):
        return False
    words = [word for word in _WORDS_RE.findall(text[:match.start()].replace("’", "'").casefold())
             if not word.isdigit()]
    named = set(_WORDS_RE.findall(above.replace("’", "'").casefold()))
    return 0 < len(words) <= _IMAGE_TEXT_WORDS and all(word in named for word in words)


#: An image's keyword line: this many comma-separated items at least, of this many words
#: at most each, and this many words of the headline (of this length at least) among them.
_KEYWORD_ITEMS = 3
_KEYWORD_ITEM_WORDS = 8
_KEYWORD_SHARED = 2
_KEYWORD_WORD_LENGTH = 4


def is_keyword_line(text: str, headline: str) -> bool:
    """An image's keywords printed under the headline: items in lower case split by
    commas, ending no sentence, naming the headline's own subject ("museum logos,
    whitney museum of american art, whitney museum of american art logo" under "Whitney
    Museum Announces …").  A writer's line under a title capitalises its first word or
    closes a sentence; a list of things in lower case names other words than the title's.

    >>> is_keyword_line("museum logos, whitney museum of american art, whitney museum logo",
    ...                 "Whitney Museum Announces Upcoming Exhibitions")
    True
    >>> is_keyword_line("rain, wind, fog", "A Winter Morning")
    False
    """
    items = [item.strip() for item in text.split(",")]
    if (len(items) < _KEYWORD_ITEMS or any(ch.isupper() for ch in text)
            or SENTENCE_END_RE.search(text)
            or not all(0 < len(item.split()) <= _KEYWORD_ITEM_WORDS for item in items)):
        return False
    title = {word for word in _WORDS_RE.findall(headline.casefold())
             if len(word) >= _KEYWORD_WORD_LENGTH}
    return len(title & set(_WORDS_RE.findall(text.casefold()))) >= _KEYWORD_SHARED


# What a card prints where its picture stood: "Article image", "Featured image", "Avatar".
IMAGE_PLACEHOLDER_RE = re.compile(
    r"(?:(?:article|featured|story|post|hero|header|cover|lead|main|author|profile|user)['’]?s? "
    r"(?:image|photo|picture|thumbnail|avatar)|(?:user |author |profile )?avatar|thumbnail"
    r"|image|photo|picture)", re.I)
# The placeholder of an author's picture: "Avatar", "Author photo", "Profile picture".
AVATAR_RE = re.compile(
    r"(?:(?:author|profile|user)['’]?s? (?:image|photo|picture|avatar)|(?:user |author )?avatar)",
    re.I)
_CARD_LINES = 4
_CARD_SENTENCE_WORDS = 40


def take_story_cards(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """A card for another story set between the article's paragraphs, and an author box
    closing the page.

    A card is one paragraph: the other story's headline (a few words, no full
    stop), a line or two of its summary, and the placeholder its picture left
    ("Article image"), first or last; prose stands above and below it.  An
    author box is the placeholder of the author's picture ("Avatar") among the
    page's last lines, with nothing after it but a name and a job title (short
    lines that end no sentence).  Only in a prose page.
    """
    if not is_prose_document(views, found):
        return
    paragraphs = _paragraphs(lines, views, found, with_found=True)
    for before, block, after in zip(paragraphs, paragraphs[1:], paragraphs[2:], strict=False):
        texts = [views[i] for i in block]
        if not 3 <= len(block) <= _CARD_LINES:
            continue
        ends = (texts[-1], texts[0])
        if not any(IMAGE_PLACEHOLDER_RE.fullmatch(end) for end in ends):
            continue
        rest = texts[:-1] if IMAGE_PLACEHOLDER_RE.fullmatch(texts[-1]) else texts[1:]
        headline, summary = rest[0], rest[1:]
        if (3 <= len(headline.split()) <= _TEASER_MAX_WORDS
                and not SENTENCE_END_RE.search(headline) and not headline.endswith((",", ":"))
                and all(len(t.split()) <= _CARD_SENTENCE_WORDS for t in summary)
                and _has_prose([i for i in before if i not in found], views)
                and _has_prose([i for i in after if i not in found], views)):
            for index in block:
                found.setdefault(index, "story card")
    order = sorted(views)
    for k, index in enumerate(order):
        if len(order) - k > 4 or not AVATAR_RE.fullmatch(views[index]):
            continue
        after = order[k + 1:]
        if 1 <= len(after) <= 3 and all(
                len(views[i].split()) <= _TAIL_WORDS and not SENTENCE_END_RE.search(views[i])
                and not views[i].endswith((",", ";")) for i in after):
            for later in order[k:]:
                found.setdefault(later, "author box")
        break


_PHRASE_TWICE_WORDS = 4


def is_phrase_twice(text: str) -> bool:
    """Is the line one phrase of four words or more printed twice, a space between, and
    no sentence closed at its end (an image's alt text and caption run together)?

    >>> is_phrase_twice("woman in wheelchair with her dog woman in wheelchair with her dog")
    True
    >>> is_phrase_twice("Never again. Never again."), is_phrase_twice("New York, New York")
    (False, False)
    """
    words = text.split()
    half = len(words) // 2
    return (len(words) % 2 == 0 and half >= _PHRASE_TWICE_WORDS
            and words[:half] == words[half:] and not SENTENCE_END_RE.search(text))


def _has_prose(block: Sequence[int], views: dict[int, str]) -> bool:
    return any(len(views[i]) >= PROSE_LINE and SENTENCE_END_RE.search(views[i]) for i in block)
