"""Chrome inside the article and after it: a widget's lines among the paragraphs.

A page breaks into its article with widgets: an advertisement's label ("Paid
Advertisement", "Advertisement - scroll to continue reading"), a player's or
a poll's labels, a widget's error or loading line ("This video is
unavailable", "Please enable JavaScript"), a newsletter box, a teaser
("Related: …", "Read more: …"), a sponsor's message, a link to the page in
another language.  Each site words them its own way, so no list of sentences
finds them; what they share is their place and their words:

* place: a short line that is no sentence, or a run of them, with a line of
  the article's prose right above it and right below it (the line is
  sandwiched; the article's first and last lines of prose bound the region, so
  the top of the page is left to :mod:`cms_i18n.clean.top`);
* words: the vocabulary of a page's user interface, not of news ("scroll",
  "unavailable", "newsletter", "advertisement"; "read more", "watch the video"
  when the line opens with the verb a button or a link does).

What is content there stays: a subheading (it introduces the paragraph after
it: it shares a word of substance with it and opens with no button's verb), a
list item, a dateline, a picture's caption and its credit, a quotation, a
figure.  When in doubt, a line stays.

After the article's last line of prose, three kinds of closing chrome are
judged by shape rather than by words: counters ("4203 Total Views 2 Views
Today"), a list of the site's other stories under its label (a short label,
then headlines set in title case down to the page's end), and what follows a
comment form (its promotion lines), once the rules have found the form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from cms_i18n.clean import blocks, page, top
from cms_i18n.clean.structure import is_list_item
from cms_i18n.clean.vocabulary import data_text, seen_as


def _widget_words() -> dict[str, frozenset[str]]:
    """The kinds of ``data/widget_words.txt`` → their words, as views show them."""
    text = data_text("widget_words.txt")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, words = line.partition(":")
            kinds.setdefault(kind.strip(), set()).update(
                form for word in words.split() for form in seen_as(word))
    return {kind: frozenset(words) for kind, words in kinds.items()}


_KINDS = _widget_words()
#: Words only a page's user interface prints: one is evidence in a short line of cues.
STRONG_WORDS = _KINDS["strong"]
#: Words a widget's label is made of: a line of nothing but them, opening with a button's
#: verb, is a label too ("Read more", "Watch the video", "View results").
CUE_WORDS = STRONG_WORDS | _KINDS["cue"]
#: The verbs a button or a link opens with.
UI_VERBS = _KINDS["verb"]
#: An advertisement's own words: its label takes the short paragraph it heads.
AD_WORDS = _KINDS["ad"]
#: A widget's label that stands alone as one word.
_LONE_LABELS = _KINDS["alone"]

# A widget's line is short; a teaser under its label ("Related: <headline>") is a headline.
_WIDGET_WORDS = 10
_TEASER_WORDS = 20
_BUTTON_CALL_RE = re.compile(r"(?:click|tap|swipe|press)\s+(?:to|here|for|on)\b", re.I)
_LABEL_RE = re.compile(r"([^:]{1,30}):\s+(\S.*)")
# A sponsor's message inside a newsletter: "A message from <sponsor>: …", "Sponsored by …".
_SPONSOR_RE = re.compile(
    r"(?:a message from|sponsored by|presented by|brought to you by|paid for by|"
    r"in partnership with|partner content|advertiser content|supported by)\b", re.I)
_EMPHASISED_RE = re.compile(r"\s*(\*\*|__).+\1\s*")
_CALL_END_RE = re.compile(r"(?:find out|learn|read|see) more\W*$", re.I)
_SPONSOR_WORDS = 8
# A link to the page in another language names the language: as the switcher lists it
# ("English", "Русский"), or inflected in a phrase ("Читать на русском").
_LANGUAGE_NAMES = frozenset(
    top.fold(line.strip()) for line in data_text("languages.txt").splitlines()
    if line.strip() and not line.startswith(("#", "codes:")))
_INFLECTED_LETTERS = 6
_OTHER_SCRIPT_WORDS = 6
# A run of this many lines or fewer between two lines of prose is a widget's at most.
_RUN_LINES = 6
# A poll's options, a player's buttons: a word or two in the widget's own paragraph.
_OPTION_WORDS = 4
# Words of this length or longer are a line's substance (what it shares with a paragraph).
_SUBSTANCE_LETTERS = 4
_QUOTE_CHARS = frozenset("\"“”«»„")


def _words(text: str) -> list[str]:
    """A line's words, lower case, function words left out unless a widget uses them."""
    return [word for word in (w.lower() for w in blocks.words_of(text))
            if word in CUE_WORDS or word not in blocks.STOPWORDS]


def _cues(words: Sequence[str]) -> tuple[int, int]:
    return sum(word in CUE_WORDS for word in words), sum(word in STRONG_WORDS for word in words)


def is_widget_line(text: str) -> bool:
    """A widget's label, error or call, by its words (a line's view).

    >>> is_widget_line("Advertisement - scroll to continue reading")
    True
    >>> is_widget_line("This video is unavailable"), is_widget_line("Watch the video")
    (True, True)
    >>> is_widget_line("Poll results"), is_widget_line("More details")
    (False, False)
    >>> is_widget_line("Related: Council approves the new budget")
    True
    """
    labelled = _LABEL_RE.fullmatch(text)
    if labelled:
        label = _words(labelled.group(1))
        if (label and all(word in CUE_WORDS for word in label)
                and len(blocks.words_of(labelled.group(2))) <= _TEASER_WORDS
                and not page.SENTENCE_END_RE.search(labelled.group(2).rstrip())
                and (label[0] in UI_VERBS or any(word in STRONG_WORDS for word in label)
                     or (label[0] in CUE_WORDS and len(label) == 1))):
            return True
    words = _words(text)
    if not words or len(blocks.words_of(text)) > _WIDGET_WORDS:
        return False
    if any(word in _KINDS["media"] for word in words) and any(
            word in _KINDS["error"] for word in words) and (
            "not" in text.lower().split() or any(word in STRONG_WORDS | {"sorry", "error", "failed"}
                                                 for word in words)):
        return True     # a player's error: "Sorry, this video is not available"
    if _BUTTON_CALL_RE.match(text):
        return True     # "Click to enlarge", "Tap to unmute", "Click here"
    cues, strong = _cues(words)
    if text.endswith(":") and all(word in CUE_WORDS for word in words):
        return True     # a widget's label over nothing: "Recommended Video:"
    if strong and 2 * cues >= len(words) and (len(words) > 1 or words[0] in _LONE_LABELS):
        return True
    return cues >= 2 and cues == len(words) and words[0] in UI_VERBS


_END_LABEL_WORDS = 2


def _end_label(text: str) -> bool:
    """A widget's label of a word or two over what it shows ("Tags" over the tags):
    after the last paragraph no subheading opens another section."""
    words = _words(text)
    return (0 < len(blocks.words_of(text)) <= _END_LABEL_WORDS and bool(words)
            and all(word in CUE_WORDS for word in words))


_READER_WORDS = frozenset({"sorry", "please", "your", "you"})
_SENTENCE_WIDGET_WORDS = 10


def _widget_sentence(text: str) -> bool:
    """A widget's message written as a sentence: a labelled one ("Error loading media:
    File could not be played") or one that speaks to the reader about the widget ("Sorry,
    this video is not available in your region"); a sentence of the article about a
    video ("The video is unavailable to viewers in Russia.") speaks to nobody.

    >>> _widget_sentence("Sorry, this video is not available in your region")
    True
    >>> _widget_sentence("The video is unavailable to viewers in Russia.")
    False
    """
    if len(blocks.words_of(text)) > _SENTENCE_WIDGET_WORDS or not is_widget_line(text):
        return False
    if _LABEL_RE.fullmatch(text):
        return True
    lowered = [word.lower() for word in blocks.words_of(text)]
    return any(word in _READER_WORDS for word in lowered) and any(
        word in STRONG_WORDS or word in _KINDS["media"] for word in lowered)


def is_ad_label(text: str) -> bool:
    """An advertisement's label: nothing but cue words, one of them the advertisement's."""
    words = _words(text)
    return bool(words) and all(word in CUE_WORDS for word in words) and any(
        word in AD_WORDS for word in words)


def is_sponsor_message(line: str, text: str) -> bool:
    """A sponsor's message set into the article: "**A message from X: … Find out more.**"."""
    if not _SPONSOR_RE.match(text.lstrip("*_ ")):
        return False
    return bool(_EMPHASISED_RE.fullmatch(line) or len(text.split()) <= _SPONSOR_WORDS
                or _CALL_END_RE.search(text))


def _other_language_link(text: str, page_script: str | None) -> bool:
    """A short line in another script that names a language: a link to a translation.

    >>> _other_language_link("Читать на русском", "LATIN")
    True
    >>> _other_language_link("Kazakhstan", "CYRILLIC"), _other_language_link("Russia", "GREEK")
    (False, False)
    """
    script = blocks.script_of(text)
    words = blocks.words_of(text)
    if not (words and len(words) <= _OTHER_SCRIPT_WORDS and script is not None
            and page_script is not None and script != page_script
            and not any(ch in _QUOTE_CHARS or ch.isdigit() or ch in "|()—–" for ch in text)):
        return False
    if top.is_language_switcher(text) or top.fold(" ".join(words)) in _LANGUAGE_NAMES:
        return True
    # Inflected in a phrase of two words or more: "русском" for "Русский".
    return len(words) > 1 and any(
        len(name) >= _INFLECTED_LETTERS and folded[:len(name) - 2] == name[:-2]
        and abs(len(folded) - len(name)) <= 1
        for folded in (top.fold(word) for word in words) for name in _LANGUAGE_NAMES)


def _substance(text: str) -> set[str]:
    return blocks.substance_words(text, _SUBSTANCE_LETTERS) - CUE_WORDS


def _introduces(text: str, below: str) -> bool:
    """Does the line open the paragraph below (a subheading shares a word of substance
    with it), and open with no button's verb?"""
    words = _words(text)
    if words and words[0] in UI_VERBS:
        return False
    mine = _substance(text)
    theirs = {word[:6] for word in _substance(below)}
    return any(word[:6] in theirs for word in mine)


def _over_its_list(lines: Sequence[str | None], index: int) -> bool:
    """Is the line a label ending in a colon right over a bulleted or numbered list
    ("Please:" / "  • Tell us when …")?  It announces the list, whatever its words: a
    widget's line never has the article's list under it.

    >>> _over_its_list(["Please:", "", "  • Send us a copy of the paper."], 0)
    True
    >>> _over_its_list(["Please share:", "Facebook Twitter"], 0)
    False
    """
    if not (lines[index] or "").rstrip().endswith(":"):
        return False
    below = next((k for k in range(index + 1, len(lines)) if (lines[k] or "").strip()), None)
    return below is not None and is_list_item(lines[below] or "")


# A labelled line that names a work and its maker: "Watch this video: Disaster relief
# donations that don't bring relief by CBS Sunday Morning".  Three words of a title or
# more, then "by" and the maker's name in capitals to the line's end.
_CREDITED_WORK_RE = re.compile(
    r"[^:]{1,30}:\s+(?:\S+\s+){3,}by\s+(?:[A-Z0-9][\w'’&.-]*\s*){1,5}")


def credits_a_work(text: str) -> bool:
    """Does the labelled line name a work with its maker, as an author cites a video or
    a report in their article?  A widget's teaser gives a headline under its label
    ("Watch: Putin arrives at the summit"), never who made it.

    >>> credits_a_work("Watch this video: Disaster relief donations that don't bring "
    ...                "relief by CBS Sunday Morning")
    True
    >>> credits_a_work("Watch: Putin arrives at the summit")
    False
    >>> credits_a_work("Related: Town hall flooded by heavy rain")
    False
    """
    return _CREDITED_WORK_RE.fullmatch(text.strip()) is not None


# A contact's field in an address the author gives ("Email: mali@un.int", "Fax: 212-472-3778"):
# the address itself, never a share button's label.
_CONTACT_FIELD_RE = re.compile(r"(?:e-?mail|fax|tel|telephone|phone|mobile)\s*:\s*"
                               r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[+(]?\d[\d ()./-]{5,})",
                               re.IGNORECASE)


def _kept_kind(line: str, text: str) -> bool:
    """What stays wherever it stands: a list item, a dateline or byline, a credit, a
    contact's field ("Email: mali@un.int"), a quotation, a figure, a signature's name, a
    signatory with the office they sign for ("Ο Πρόεδρος: Βασ.Μαστρακούλης", read in its
    own letters), a work cited with its maker."""
    from cms_i18n.clean import chrome
    words = _words(text)
    return bool(is_list_item(line) or page.DATELINE_RE.search(text) or credits_a_work(text)
                or _CONTACT_FIELD_RE.fullmatch(text)
                or page.is_signatory(" ".join(line.split()))
                or page.BYLINE_RE.match(text) or chrome.is_credit_line(text)
                or any(ch in _QUOTE_CHARS for ch in text) or page.SOURCE_LINE_RE.match(text)
                or (blocks.is_name(text) and not all(word in CUE_WORDS for word in words)))


def _blank(lines: Sequence[str | None], index: int) -> bool:
    """Is the line at ``index`` blank (or the page's edge)?  A gone line is not blank."""
    if not 0 <= index < len(lines):
        return True
    line = lines[index]
    return line is not None and not line.strip()


def _next_present(lines: Sequence[str | None], index: int, step: int) -> int:
    """The index of the nearest line from ``index`` on in the direction ``step`` that is
    still on the page (or the page's edge): gone lines are looked through, as the next
    cleaning, which never sees them, does.

    >>> _next_present(["a", None, None, ""], 1, 1), _next_present(["a", None], 1, 1)
    (3, 2)
    """
    while 0 <= index < len(lines) and lines[index] is None:
        index += step
    return index


def _blank_beside(lines: Sequence[str | None], index: int, step: int) -> bool:
    """Is the line next to ``index`` in the direction ``step``, gone lines looked
    through, blank (or the page's edge)?  A label judged alone in its paragraph must
    be judged so whether the chrome beside it went in this cleaning or an earlier one.

    >>> _blank_beside(["Advertisement", None], 0, 1), _blank_beside(["Ad", None, "x"], 0, 1)
    (True, False)
    """
    return _blank(lines, _next_present(lines, index + step, step))


def take_sandwiched(lines: Sequence[str | None], views: dict[int, str],
                    found: dict[int, str]) -> None:
    """Widget lines between two lines of the article's prose (see the module's notes)."""
    # An advertisement's label of two words or more alone in its paragraph ("Paid
    # Advertisement", "Advertisement - scroll to continue reading") says what it is
    # wherever it stands, in a page of prose or of short lines.
    for index, text in views.items():
        if (index not in found and len(blocks.words_of(text)) > 1 and is_ad_label(text)
                and _blank_beside(lines, index, -1) and _blank_beside(lines, index, 1)):
            found[index] = "advertisement's label"
    if not page.is_prose_document(views, found):
        return
    order, prose = _article(views, found)
    if len(prose) < 2:
        return
    headings = capital_headings_over_text(lines)
    # A sponsor's message is a long line: inside the article, its words alone tell it.
    for index in order[prose[0] + 1:prose[-1]]:
        if index in headings:
            continue
        if is_sponsor_message(lines[index] or "", views[index]):
            found[index] = "sponsor's message in the article"
        elif (_widget_sentence(views[index]) and not _continued(lines, index)
              and not _kept_kind(lines[index] or "", views[index])):
            found[index] = "widget line in the article"
    order, prose = _article(views, found)
    page_script = blocks.script_of(" ".join(lines[order[k]] or "" for k in prose))
    paragraphs = any(_blank(lines, i + 1) for i in order[:-1])
    for above, below in pairwise(prose):
        run = order[above + 1:below]
        if not run or len(run) > _RUN_LINES:
            continue
        next_text = views[order[below]]
        taken: list[int] = []
        for index in run:
            line, text = lines[index] or "", views[index]
            if (index in found or index in headings or _kept_kind(line, text)
                    or _continued(lines, index)):
                continue
            if (_other_language_link(" ".join(line.split()), page_script)
                    or top.is_language_switcher(" ".join(line.split()))):
                found[index] = "link to another language"
            elif (is_widget_line(text) and (is_ad_label(text) or not _introduces(text, next_text))
                  and not _over_its_list(lines, index)):
                found[index] = "widget line in the article"
                taken.append(index)
        for index in run:
            if index in found or not taken or _kept_kind(lines[index] or "", views[index]):
                continue
            # A poll's options, a player's buttons: a word or two in a taken line's paragraph.
            if (len(blocks.words_of(views[index])) <= _OPTION_WORDS
                    and _same_paragraph(lines, index, taken)):
                found[index] = "widget line in the article"
        for index in run:
            # A widget's line between two of its own, in their paragraph: a poll's question.
            if (index not in found and taken and _between_taken(lines, index, found)
                    and not _kept_kind(lines[index] or "", views[index])):
                found[index] = "widget line in the article"
        for index in taken:
            if paragraphs and is_ad_label(views[index]):
                _take_ad_paragraph(lines, views, found, index)


#: Capital headings a text must lay itself out by before their words are its own.
_CAPITAL_HEADINGS = 3
_CAPITAL_HEADING_WORDS = 8


def capital_headings_over_text(lines: Sequence[str | None]) -> set[int]:
    """The capital headings a text is laid out by, each alone in its paragraph over a
    paragraph of prose ("TO SUBSCRIBE:" / "Send an email to …" / "POSTING:" / "After
    subscribing, send …"), where the text holds three of them or more.  Their words are
    the text's, even those a widget would use ("subscribe"): a widget's label stands
    over buttons and links, never over a section of sentences among sections like it.

    >>> sorted(capital_headings_over_text([
    ...     "TO SUBSCRIBE:", "", "Send an email to the list's address with a blank subject.",
    ...     "", "POSTING:", "", "After subscribing, write to the list and all its members.",
    ...     "", "TO LEAVE:", "", "Send an email to the list's leave address, subject ignored"]))
    [0, 4, 8]
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        text = " ".join((line or "").split())
        if (not text or text.upper() != text or not any(ch.isalpha() for ch in text)
                or len(text.split()) > _CAPITAL_HEADING_WORDS or line != (line or "").lstrip()
                or text.endswith((".", ",", ";", "!", "?"))
                or not _blank_beside(lines, index, -1) or not _blank_beside(lines, index, 1)):
            continue
        below = _next_present(lines, index + 1, 1)
        while below < len(lines) and not (lines[below] or "").strip():
            below = _next_present(lines, below + 1, 1)
        under = " ".join((lines[below] or "").split()) if below < len(lines) else ""
        if under.upper() != under and blocks.is_prose(under):
            found.add(index)
    return found if len(found) >= _CAPITAL_HEADINGS else set()


def _continued(lines: Sequence[str | None], index: int) -> bool:
    """Does the sentence go on on the next line (it opens in lower case) or end on this
    one with a comma: the line is a piece of a sentence, not a label?"""
    line = (lines[index] or "").rstrip()
    following = _next_present(lines, index + 1, 1)
    after = lines[following] if following < len(lines) else None
    return line.endswith((",", ";")) or bool(after and after.lstrip()[:1].islower())


def _article(views: dict[int, str], found: dict[int, str]) -> tuple[list[int], list[int]]:
    """The remaining lines (indexes, in order) and the positions among them of prose."""
    order = [i for i in sorted(views) if i not in found]
    return order, [k for k, i in enumerate(order) if blocks.is_prose(views[i])]


def _between_taken(lines: Sequence[str | None], index: int, found: dict[int, str]) -> bool:
    """Are the lines right above and right below, in the same paragraph, widget lines?"""
    return all(0 <= index + step < len(lines) and not _blank(lines, index + step)
               and found.get(index + step) in _WIDGET_REASONS for step in (-1, 1))


_WIDGET_REASONS = frozenset({"widget line in the article", "page chrome"})


def _same_paragraph(lines: Sequence[str | None], index: int, taken: Sequence[int]) -> bool:
    """Is the line in the paragraph (no blank line between) of one of ``taken``?"""
    for other in taken:
        low, high = sorted((index, other))
        if not any(_blank(lines, j) for j in range(low, high + 1)):
            return True
    return False


_AD_PARAGRAPH_LINES = 3


def _take_ad_paragraph(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str], index: int) -> None:
    """An advertisement's label opening a short paragraph of its own takes the paragraph:
    the advertiser's lines ("Paid Advertisement" / "The Chamber Staff is always …")."""
    if not _blank(lines, index - 1):
        return
    block = [index]
    j = index + 1
    while j < len(lines) and not _blank(lines, j):
        if lines[j] is not None:
            block.append(j)
        j += 1
    if j >= len(lines) or len(block) > _AD_PARAGRAPH_LINES:
        return      # the page's last paragraph, or a paragraph too long to be an ad's
    for k in block[1:]:
        if k in views and not _kept_kind(lines[k] or "", views[k]):
            found.setdefault(k, "advertisement under its label")


_BOX_WORDS = 14


def take_widget_boxes(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """The rest of a sign-up box whose label the rules found: the lines of its paragraph
    that speak its words ("Sign up for our newsletter" / "Get the day's top stories in
    your inbox every morning." / "Email address").  Below the article's first line of
    prose only: the top of the page is another module's."""
    order = sorted(views)
    first = next((i for i in order if i not in found and blocks.is_prose(views[i])), None)
    if first is None:
        return
    for index in order:
        if index <= first or index not in found:
            continue
        label = _words(views[index])
        if not any(word in STRONG_WORDS and word not in AD_WORDS for word in label):
            continue
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(lines) and not _blank(lines, j):
                if j in views and j not in found and j > first:
                    text = views[j]
                    count = len(blocks.words_of(text))
                    cues, strong = _cues(_words(text))
                    if (count <= _BOX_WORDS and (strong or cues >= 2 or count <= _OPTION_WORDS)
                            and not _kept_kind(lines[j] or "", text)):
                        found[j] = "sign-up box"
                    else:
                        break
                j += step


# A table of contents' heading, as a plugin prints it over its list of links.
_CONTENTS_RE = re.compile(r"(?:table of contents|contents|in this (?:article|post)|содержание"
                          r"(?: статьи)?|оглавление|περιεχόμενα)\s*:?", re.I)
# A table of contents' entry is a short line; a line of this many words or more is none.
_CONTENTS_ENTRY_WORDS = 8


def take_emptied_contents(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """A table of contents' heading whose list a scraper dropped ("Содержание" between the
    article's opening paragraph and its first section's heading): what stands under it is
    no entry but the heading of the first section, as long as a sentence and ending none.
    An author's contents keep their entries (see :mod:`cms_i18n.clean.authored`), and a
    manual's "Contents" heading over the paragraph it opens, or opening the text, stays.

    >>> lines = ["Ремонт дачи своими руками — это проще, чем кажется, если начать с плана.",
    ...          "Содержание",
    ...          "С чего начать ремонт дачи: пять ключевых шагов, которые уберегут от хаоса"]
    >>> found = {}
    >>> take_emptied_contents(lines, dict(enumerate(lines)), found)
    >>> sorted(found)
    [1]
    >>> found, kept = {}, ["Contents", "Planting", "Pruning", "Harvest"]
    >>> take_emptied_contents(kept, dict(enumerate(kept)), found)
    >>> found
    {}
    """
    order = [i for i in sorted(views) if i not in found]
    for k, index in enumerate(order[1:-1], start=1):
        following = (lines[order[k + 1]] or "").strip()
        if (_CONTENTS_RE.fullmatch((lines[index] or "").strip())
                and not is_list_item(lines[order[k + 1]] or "")
                and len(blocks.words_of(following)) >= _CONTENTS_ENTRY_WORDS
                and not page.SENTENCE_END_RE.search(following)):
            found[index] = "a table of contents' heading, its entries gone"


# A counter: figures, each with what it counts ("4203 Total Views 2 Views Today", "12 Comments").
_COUNTER_RE = re.compile(
    r"(?:\d[\d,.]*\s+(?:total\s+)?(?:views?|reads?|comments?|shares?|likes?|replies|responses)"
    r"(?:\s+(?:today|this week|this month))?[\s,|·•]*)+", re.I)
# Share buttons whose icons the scraper lost: dots alone on their line (". . .", ". .").
_DOTS_RE = re.compile(r"[.·•](?:\s+[.·•]){1,5}")
_COMMENT_FORM_RE = re.compile(
    r"(?:leave|post|add|write) a (?:reply|comment)|your email address will not be published"
    r"|comments are closed|join the (?:discussion|conversation)", re.I)
_CLOSING_WORDS = 12
_LIST_LABEL_WORDS = 5
_HEADLINE_WORDS = 5
_FRAGMENT_WORDS = 16


def take_end(lines: Sequence[str | None], views: dict[int, str],
             found: dict[int, str]) -> None:
    """Closing chrome after the article's last line of prose (see the module's notes)."""
    if not page.is_prose_document(views, found):
        return
    _take_other_writers(lines, views, found)
    _take_closing_calls(views, found)
    order = sorted(views)
    remaining = [i for i in order if i not in found]
    first = next((i for i in remaining if blocks.is_prose(views[i])), None)
    if first is None:
        return
    # A comment form the rules found closes the article: what stands below it is the page's.
    form = next((i for i in order if i > first and i in found
                 and _COMMENT_FORM_RE.search(views[i])), None)
    end = form if form is not None else len(lines)
    last = next((i for i in reversed(remaining) if i < end and blocks.is_prose(views[i])), first)
    after = [i for i in remaining if i > last]
    for index in after:
        text = views[index]
        if _COUNTER_RE.fullmatch(text):
            found[index] = "counter"
        elif (form is not None and index > form
              and len(blocks.words_of(text)) <= _CLOSING_WORDS
              and not page.SENTENCE_END_RE.search(text)
              and not _kept_kind(lines[index] or "", text)):
            found[index] = "line under the comment form"
    from cms_i18n.clean import chrome
    # A manual page's "SEE ALSO" is the heading of its last section, not a widget's label.
    headings: list[frozenset[int]] = []     # the document's capital headings, read once

    def capital(index: int) -> bool:
        if not headings:
            headings.append(chrome.capital_headings(lines))
        return chrome.capital_section(lines, index, headings[0])

    widget = next((i for i in after if i not in found
                   and (is_widget_line(views[i]) or (i != after[-1] and _end_label(views[i])))
                   and not _kept_kind(lines[i] or "", views[i])
                   and not page.cited_address(i, lines)
                   and not capital(i)), None)
    if widget is not None:
        # A widget after the article, and what it shows under its label: a tag line, a
        # count, its buttons (short lines that end no sentence).
        for index in after:
            text = views[index]
            if index < widget or index in found:
                continue
            if index > widget and (len(blocks.words_of(text)) > _WIDGET_WORDS
                                   or page.SENTENCE_END_RE.search(text)
                                   or _kept_kind(lines[index] or "", text)
                                   or page.cited_address(index, lines)):
                break
            found[index] = "widget line after the article"
    anchored = any(i > last and i in found for i in order)
    if anchored:
        for index in after:
            if index not in found and _DOTS_RE.fullmatch(views[index]):
                found[index] = "share buttons' dots"
    _take_story_list(lines, views, found, [i for i in after if i not in found])


_CALL_WORDS = 25


def is_call_to_follow(text: str) -> bool:
    """A call to follow the site elsewhere: it opens with the call's verb and names where
    ("Join The Irish Times on WhatsApp and stay up to date", "Sign up for push alerts …"),
    or says the site is there and calls to join ("X is on WhatsApp Channels| Join now").

    >>> is_call_to_follow("Listen to In The News podcast daily for a deep dive")
    True
    >>> is_call_to_follow("Officials said the app would be ready next year.")
    False
    """
    words = [word.lower() for word in blocks.words_of(text)]
    if not words or len(words) > _CALL_WORDS:
        return False
    where = any(word in _KINDS["channel"] for word in words)
    return where and (words[0] in _KINDS["call"] or (
        "join" in words and " is on " in f" {text.lower()} "))


def _take_closing_calls(views: dict[int, str], found: dict[int, str]) -> None:
    """Calls to follow the site elsewhere closing the page, bulleted or not, up from its
    last line over other chrome: the first line that is neither stops the walk."""
    for index in sorted(views, reverse=True):
        if index in found:
            continue
        if not is_call_to_follow(views[index]):
            return
        found[index] = "call to follow the site"


# A writer's short biography: a name, then what the writer does ("Jane Doe writes about …",
# "John Smith is a reporter …", "Ann Lee, a former editor, …").
_BIO_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)(?:,\s+(?:a|an|the)\s|\s+(?:is|was)\s+"
    r"(?:a|an|the)\s|\s+(?:writes|covers|reports|has been|has written|joined|teaches|serves|"
    r"served|holds|lives)\b)")
_BIO_WORDS = 80
_BIOS = 2


def _take_other_writers(lines: Sequence[str | None], views: dict[int, str],
                        found: dict[int, str]) -> None:
    """Two or more writers' biographies closing the page, one a paragraph, one of them of a
    writer the page names nowhere above: the site's other writers, not the article's own
    author box (which names the byline's writer, and is one)."""
    paragraphs = page._paragraphs(lines, views, found)
    bios: list[list[int]] = []
    names: list[str] = []
    for block in reversed(paragraphs):
        bio = _BIO_RE.match(views[block[0]])
        if (not bio or sum(len(views[i].split()) for i in block) > _BIO_WORDS
                or any(word.lower() in blocks.STOPWORDS for word in bio.group(1).split())):
            break
        bios.append(block)
        names.append(bio.group(1))
    if len(bios) < _BIOS or len(bios) == len(paragraphs):
        return
    above = " ".join(views[i] for block in paragraphs[:-len(bios)] for i in block)
    if all(name in above for name in names):
        return
    for block in bios:
        for index in block:
            found[index] = "another writer's biography"


def _title_cased(text: str) -> bool:
    """A headline set in title case: every word of substance capitalised."""
    words = [w for w in blocks.words_of(text) if w.lower() not in blocks.STOPWORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _introduced_list(views: dict[int, str], start: int) -> bool:
    """Does a run of short title-case lines ending above ``start`` open under a line that
    ends with a colon (the author's introduction to the list)?

    >>> _introduced_list({0: "And here is a reminder:", 2: "Sweet & Sour Tomato Chutney",
    ...                   4: "Pineapple and Mango Chutney"}, 4)
    True
    >>> _introduced_list({0: "We made jam.", 2: "Related Stories", 4: "Plum Jam Recipe"}, 4)
    False
    """
    for index in sorted((i for i in views if i < start), reverse=True):
        text = views[index]
        if text.rstrip().endswith(":"):
            return True
        if not (_title_cased(text) and not page.SENTENCE_END_RE.search(text)
                and len(blocks.words_of(text)) <= _FRAGMENT_WORDS):
            return False
    return False


def _take_story_list(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str], after: list[int]) -> None:
    """A short label, then headlines set in title case down to the page's end (the last
    one may be cut mid-word): the site's list of its other stories.  Not a list the
    author's line introduces with a colon ("And here is a reminder:" over the names of
    the recipes), its items running down from there."""
    for k, label in enumerate(after):
        if _introduced_list(views, label):
            return
        text = views[label]
        headlines = after[k + 1:]
        if (not headlines or len(blocks.words_of(text)) > _LIST_LABEL_WORDS
                or page.SENTENCE_END_RE.search(text) or not _title_cased(text)
                or _kept_kind(lines[label] or "", text)):
            continue
        first = views[headlines[0]]
        if not (len(blocks.words_of(first)) >= _HEADLINE_WORDS and _title_cased(first)
                and not page.SENTENCE_END_RE.search(first)):
            continue
        if all(len(blocks.words_of(views[i])) <= _FRAGMENT_WORDS
               and not page.SENTENCE_END_RE.search(views[i])
               and not _kept_kind(lines[i] or "", views[i]) for i in headlines):
            for index in [label, *headlines]:
                found[index] = "list of the site's stories"
            return
