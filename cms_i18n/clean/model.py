"""A learned judgement of page chrome: how likely a line is the site's, not the article's.

The rules of :mod:`cms_i18n.clean.chrome`, :mod:`~cms_i18n.clean.top` and
:mod:`~cms_i18n.clean.page` each know one kind of chrome by its words or its
place.  A menu of a site nobody wrote a rule for slips past all of them.  What
such lines share is their shape: short, capitalised, no sentence, in a run of
other short lines, at the page's top or bottom, far from the article's prose.
This module scores that shape with a logistic regression trained on pages
nobody on the project wrote (``bench/chrome_model/``: real article pages with
their hand-marked article text), so the judgement is measured on sites it
never saw rather than tuned line by line.

The model is a data file (``data/chrome_model.json``: feature names, weights,
bias, the threshold chosen on held-out sites) and the scorer is plain Python.
Only what a wrong removal can hardly hurt is taken on its word: the run of
lines at the very top of the page above the first line of prose, and the run
at the very bottom below the last, each line scoring at or above the
threshold, never a byline or a dateline.  Lines are judged as the text
left after the rules shows them, again after each run goes, so a second
cleaning finds nothing more: cleaning stays idempotent.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib import resources

from cms_i18n.clean import blocks, page, top, widgets
from cms_i18n.clean.edges import is_place
from cms_i18n.clean.vocabulary import SHARE_WORDS, list_words, seen_as

#: How every reason the model gives opens ("page chrome (model, p=0.92)", "page chrome
#: (model's top, p=0.83)"): a rule that gives back a line the model took reads it so.
REASON_PREFIX = "page chrome (model"

# A line scoring this much, between two lines the model is sure of, goes with them.
_BETWEEN = 0.5
# A headline over its byline or dateline has this many words or more ("Daily Press Briefing").
_HEADLINE_WORDS = 3
# A line of this many words or fewer is "short": a link, a label, a menu item.
SHORT_WORDS = 4
_SEPARATOR_RE = re.compile(r"(?:^|\s)(?:[|›»·•/→>]|::)(?:\s|$)")
_CAPITALISED_RE = re.compile(r"^[^\W\d_]*[A-ZА-ЯЁΑ-ΩÀ-Þ]")
_LINK_RE = re.compile(r"@|https?:|www\.|©|\.(?:com|org|net|ru)\b", re.I)
_QUOTE_CHARS = frozenset("\"“”«»„'‘’")
#: The words of the cleaner's chrome vocabularies, as views show them: share and follow
#: bars' words and one-word section names; function words ("the", "on") are left to
#: their own feature.
_VOCABULARY = frozenset(
    word for word in SHARE_WORDS | frozenset(
        form for name in top.SECTION_NAMES if " " not in name for form in seen_as(name))
    if word not in blocks.STOPWORDS)


def chrome_word(word: str) -> bool:
    """Is this word of a line's view one of the chrome vocabularies' ("Share", "Πολιτική")?"""
    lowered = word.lower()
    return lowered in _VOCABULARY or top.fold(lowered) in _VOCABULARY


FEATURES = (
    "lines from top (log)", "lines from bottom (log)", "fraction from top", "first line",
    "last line", "characters (log)", "words (log)", "one word", "sentence end", "colon end",
    "capitalised words", "upper-case words", "digits", "punctuation", "separators",
    "link or handle", "quotes", "function words", "chrome vocabulary", "repeated",
    "short run (log)", "short, previous short", "short, next short", "prose above",
    "prose below", "blank above", "blank below", "next is prose", "other script",
    "dateline", "short near top", "short near bottom",
)


def line_features(texts: Sequence[str], blank_above: Sequence[bool],
                  blank_below: Sequence[bool], place: Sequence[int] | None = None,
                  total: int | None = None, wanted: Sequence[int] | None = None
                  ) -> list[list[float]]:
    """The features of the lines of a page (its remaining non-blank lines, in order).

    ``texts`` are the lines as chrome rules see them (:func:`chrome.view`);
    ``blank_above``/``blank_below`` say whether a blank line (a paragraph
    break) stands next to each.  ``place`` and ``total`` count the page's
    lines with the chrome already gone among them, for the line's distance
    from the top and the bottom (default: the lines given are the page).
    ``wanted`` (positions in ``texts``, default all) are the lines to describe:
    only what their features need of the rest of the page is looked at, so a
    long page costs little more than its edges.  One row per wanted line, in
    the order of :data:`FEATURES`.
    """
    n = len(texts)
    wanted = range(n) if wanted is None else wanted
    if not n or not wanted:
        return []
    words: dict[int, list[str]] = {}
    prose: dict[int, bool] = {}

    def words_at(k: int) -> list[str]:
        if k not in words:
            words[k] = blocks.words_of(texts[k])
        return words[k]

    def short(k: int) -> bool:
        return 0 <= k < n and len(words_at(k)) <= SHORT_WORDS

    def prose_at(k: int) -> bool:
        if k not in prose:
            prose[k] = blocks.is_prose(texts[k])
        return prose[k]

    first_prose = next((k for k in range(n) if prose_at(k)), n)
    last_prose = next((k for k in range(n - 1, -1, -1) if prose_at(k)), -1)
    seen = Counter(text.lower() for text in texts)
    near = [texts[k] for k in wanted]
    page_script = blocks.script_of(" ".join(t for k, t in zip(wanted, near, strict=True)
                                            if prose_at(k)) or " ".join(near))
    runs: dict[int, int] = {}

    def run_at(k: int) -> int:
        if k not in runs:
            if not short(k):
                return 0
            top, bottom = k, k
            while short(top - 1):
                top -= 1
            while short(bottom + 1):
                bottom += 1
            runs.update(dict.fromkeys(range(top, bottom + 1), bottom - top + 1))
        return runs[k]

    places = place if place is not None else range(n)
    count_all = total if total is not None else n
    rows = []
    for k in wanted:
        text = texts[k]
        at = places[k]
        w = words_at(k)
        count = len(w)
        is_short = count <= SHORT_WORDS
        length = len(text)
        letters_words = w or [""]
        capitalised = sum(bool(_CAPITALISED_RE.match(x)) for x in w) / len(letters_words)
        upper = sum(x.isupper() and len(x) > 1 for x in w) / len(letters_words)
        digits = sum(ch.isdigit() for ch in text) / length if length else 0.0
        punctuation = sum(not ch.isalnum() and not ch.isspace() for ch in text) / length \
            if length else 0.0
        script = blocks.script_of(text)
        near_top = at < 5
        near_bottom = count_all - 1 - at < 5
        rows.append([
            math.log1p(at), math.log1p(count_all - 1 - at),
            at / (count_all - 1) if count_all > 1 else 0.0,
            float(at == 0), float(at == count_all - 1),
            math.log1p(length), math.log1p(count), float(count == 1),
            float(bool(page.SENTENCE_END_RE.search(text))), float(text.endswith(":")),
            capitalised, upper, digits, punctuation,
            min(len(_SEPARATOR_RE.findall(text)), 3) / 3,
            float(bool(_LINK_RE.search(text))), float(any(ch in _QUOTE_CHARS for ch in text)),
            blocks.stopword_density(w),
            sum(chrome_word(x) for x in w) / len(letters_words),
            float(seen[text.lower()] > 1),
            math.log1p(run_at(k)),
            float(is_short and short(k - 1)),
            float(is_short and short(k + 1)),
            float(first_prose < k), float(last_prose > k),
            float(blank_above[k]), float(blank_below[k]),
            float(k + 1 < n and prose_at(k + 1)),
            float(script is not None and page_script is not None and script != page_script),
            float(count <= 12 and bool(page.DATELINE_RE.search(text))),
            float(is_short and near_top), float(is_short and near_bottom),
        ])
    return rows


#: What a model file with a vocabulary (``"words"``: word → naive-Bayes log-odds of a
#: chrome line) adds to a line's own features.
WORD_FEATURES = ("chrome words (log-odds sum)", "chrome words (log-odds mean)",
                 "chrome words (share)")
#: A line's summed log-odds is clipped to this much either way.
WORD_CLIP = 6.0
_SCRIPT_WORD_RE = re.compile(r"^[a-z\u00df-\u024f\u0370-\u03ff\u0400-\u04ff'’-]{2,}$")


def line_words(text: str) -> set[str]:
    """A line's words as a model's vocabulary holds them: lower case, accents off, letters
    of the Latin, Cyrillic or Greek script only (``text`` is a view: look-alikes folded)."""
    return {word for word in (top.fold(w) for w in blocks.words_of(text))
            if _SCRIPT_WORD_RE.match(word)}


def word_row(text: str, vocabulary: dict[str, float]) -> list[float]:
    """A line's :data:`WORD_FEATURES` under ``vocabulary``."""
    words = line_words(text)
    known = [vocabulary[w] for w in words if w in vocabulary]
    total = sum(known)
    return [max(-WORD_CLIP, min(WORD_CLIP, total)),
            total / len(words) if words else 0.0,
            sum(v > 0 for v in known) / len(words) if words else 0.0]


#: What the second stage adds to a line's own features: how its neighbours scored alone.
CONTEXT_FEATURES = ("previous line", "next line", "most of 3 above", "least of 3 above",
                    "most of 3 below", "least of 3 below", "mean of 7 around")


def context_features(alone: Sequence[float], place: Sequence[int] | None = None,
                     total: int | None = None) -> list[list[float]]:
    """For each line, the first stage's scores of the lines around it.

    Chrome already gone (the places ``place`` leaves free among ``total``)
    and the page's edge count as sure chrome, 1.0.
    """
    page_scores = [1.0] * (total if total is not None else len(alone))
    places = place if place is not None else range(len(alone))
    for at, score in zip(places, alone, strict=True):
        page_scores[at] = score
    padded = [1.0, 1.0, 1.0, *page_scores, 1.0, 1.0, 1.0]
    rows = []
    for k in places:
        above = padded[k:k + 3]
        below = padded[k + 4:k + 7]
        window = padded[k:k + 7]
        rows.append([above[-1], below[0], max(above), min(above), max(below), min(below),
                     sum(window) / len(window)])
    return rows


def _logistic(weights: Sequence[float], bias: float, row: Sequence[float]) -> float:
    z = bias + sum(w * x for w, x in zip(weights, row, strict=True))
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


@dataclass(frozen=True)
class ChromeModel:
    """Two logistic regressions and a decision threshold.

    The first scores a line by its own features (:data:`FEATURES`); the
    second by those and by how the lines around it scored in the first
    (:data:`CONTEXT_FEATURES`): a menu item is sure once its neighbours are.
    """

    alone: tuple[float, ...]
    alone_bias: float
    weights: tuple[float, ...]
    bias: float
    threshold: float
    #: Word → naive-Bayes log-odds of a chrome line; none: no :data:`WORD_FEATURES`.
    words: tuple[tuple[str, float], ...] = ()

    def scores(self, rows: Sequence[Sequence[float]], place: Sequence[int] | None = None,
               total: int | None = None, texts: Sequence[str] | None = None) -> list[float]:
        """How likely each line of a page (its feature rows, in order) is chrome (0 … 1);
        ``place`` and ``total`` as for :func:`line_features`; ``texts`` (the lines' views)
        for a model with a vocabulary."""
        if self.words:
            if texts is None:
                raise ValueError("a chrome model with a vocabulary needs the lines' texts")
            vocabulary = dict(self.words)
            rows = [[*row, *word_row(text, vocabulary)]
                    for row, text in zip(rows, texts, strict=True)]
        first = [_logistic(self.alone, self.alone_bias, row) for row in rows]
        return [_logistic(self.weights, self.bias, [*row, *context])
                for row, context in zip(rows, context_features(first, place, total),
                                        strict=True)]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ChromeModel:
        """Read a model file's content; its feature names must be this scorer's."""
        if (tuple(data.get("features", ())) != FEATURES  # type: ignore[arg-type]
                or tuple(data.get("context", ())) != CONTEXT_FEATURES):  # type: ignore[arg-type]
            raise ValueError("the chrome model's features are not this scorer's")
        words = data.get("words") or {}
        if words and tuple(data.get("word_features", ())) != WORD_FEATURES:  # type: ignore[arg-type]
            raise ValueError("the chrome model's word features are not this scorer's")
        own = len(FEATURES) + (len(WORD_FEATURES) if words else 0)
        stages = [data["alone"], data["in_context"]]
        values = [(tuple(float(w) for w in stage["weights"]), float(stage["bias"]))  # type: ignore[index]
                  for stage in stages]
        if len(values[0][0]) != own or len(values[1][0]) != own + len(CONTEXT_FEATURES):
            raise ValueError("the chrome model's weights do not match its features")
        return cls(values[0][0], values[0][1], values[1][0], values[1][1],
                   float(data["threshold"]),  # type: ignore[arg-type]
                   tuple((str(w), float(v)) for w, v in words.items()))  # type: ignore[attr-defined]


@functools.cache
def bundled() -> ChromeModel:
    """The model shipped in ``data/chrome_model.json``."""
    path = resources.files("cms_i18n.clean").joinpath("data/chrome_model.json")
    return ChromeModel.from_json(json.loads(path.read_text("utf-8")))


def score_page(texts: Sequence[str], blank_above: Sequence[bool], blank_below: Sequence[bool],
               model: ChromeModel | None = None) -> list[float]:
    """The probability that each line of a page is chrome (see :func:`line_features`)."""
    model = model or bundled()
    return model.scores(line_features(texts, blank_above, blank_below), texts=texts)


def edges(scores: Sequence[float], texts: Sequence[str], threshold: float,
          sides: tuple[bool, bool] = (True, True), stops: Collection[int] = ()) -> list[int]:
    """Positions of the runs at the top and the bottom that score at or above ``threshold``.

    Each run ends at the first line that scores lower, at a byline or a
    dateline, and at the first (last) line of prose: what lies between is
    the article's, and stays.  ``sides`` says which of the two runs to look
    for (top, bottom); the top run ends as well at a position in ``stops`` (a
    line the rules know for the page's title).
    """
    n = len(texts)
    prose = [k for k in range(n) if blocks.is_prose(texts[k])]
    if not prose:
        return []
    taken = []
    runs = (range(prose[0]), range(n - 1, prose[-1], -1))
    for at_top, side, order in zip((True, False), sides, runs, strict=True):
        if not side:
            continue
        run = list(order)
        for step, k in enumerate(run):
            if _dateline(texts[k], scores[k], threshold) or (at_top and k in stops) \
                    or _credit(texts[k]) \
                    or (not at_top and k and page.signs_as_office(texts[k], texts[k - 1])):
                break   # (a signature's office under its name closes the article)
            if (at_top and k + 1 < n and len(texts[k].split()) >= _HEADLINE_WORDS
                    and (_heads(texts[k + 1])
                         or _dateline(texts[k + 1], scores[k + 1], threshold))):
                break   # the headline over its byline, dateline or place stays, and they do
            if scores[k] < threshold:
                # Unsure between two sure lines of the run: a menu item all the same.
                after = run[step + 1] if step + 1 < len(run) else None
                if not (scores[k] >= _BETWEEN and after is not None
                        and scores[after] >= threshold
                        and not _dateline(texts[after], scores[after], threshold)):
                    break
            taken.append(k)
    return taken


def _heads(text: str) -> bool:
    """Is this line one a headline stands over: a byline, with its role ("Richard Boucher,
    Spokesman"), or a dateline's place ("Washington, DC")?"""
    name, comma, _ = text.partition(", ")
    return bool(page.BYLINE_RE.match(text) or is_place(text) or (comma and blocks.is_name(name)))


# A credit line naming who made the article or its parts: "Chef: Paul Knapp", "Photos: Ann
# Lee", "Words by Tom Hart", "Рецепт: Анна Петрова".
_CREDIT_RE = re.compile(
    r"(?:chef|cook|recipe|photos?|photography|photographer|pictures|illustrations?|words|text"
    r"|author|writer|editor|reporter|interview|translation|translated by|styling|design"
    r"|рецепт|фото|текст|автор|φωτογραφίες?|κείμενο|συνταγή)(?:\s*:|\s+by)\s+(?P<name>.+)",
    re.I)


def _credit(text: str) -> bool:
    """Is this line a credit naming who made the article or a part of it ("Chef: Paul
    Knapp")?  The article keeps it, as it keeps its byline.

    >>> _credit("Chef: Paul Knapp"), _credit("Follow: Facebook Twitter")
    (True, False)
    """
    match = _CREDIT_RE.fullmatch(text.strip())
    return match is not None and blocks.is_name(match["name"])


def _dateline(text: str, score: float, threshold: float) -> bool:
    """A byline or a dateline, which the article keeps.  A menu's item of a word or two
    with a year or an hour in it ("2020 Election", "12:30 Report") that the model is
    sure of is not one."""
    if not page.DATELINE_RE.search(text):
        return False
    return score < threshold or len(text.split()) > 2


def take_edges(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str],
               model: ChromeModel | None = None) -> None:
    """Add the chrome runs at the page's top and bottom the model is sure of to ``found``.

    Only where the rules have already shown the page to carry chrome on
    that side (a line above the first line of prose, or below the last, is
    gone or found): a text nobody scraped has none, and is never judged by
    its shape alone.  Only a prose page (most of its text in long lines):
    verse and lists are short lines from top to bottom.  Judged again after
    each removal, until nothing more goes.
    """
    model = model or bundled()
    if not page.is_prose_document(views, found):
        return
    while True:
        judged = page_rows(lines, views, found)
        sides = chrome_sides(lines, found, judged)
        if not any(sides):
            return
        scores = model.scores(judged.rows, judged.place, judged.total, judged.texts)
        stops = {k for k, index in enumerate(judged.order)
                 if blocks.is_edit_page_title(lines, index)}
        taken = edges(scores, judged.texts, model.threshold, sides, stops)
        if not taken:
            return
        for k in taken:
            found[judged.order[k]] = f"{REASON_PREFIX}, p={scores[k]:.2f})"


@dataclass(frozen=True)
class PageLines:
    """The lines of a page the model judges, and where they stand among the page's lines.

    Only the page's edges are described: the lines above its first line of
    prose and below its last, with :data:`CONTEXT` lines of prose beyond each
    for their neighbours' sake.
    """

    order: list[int]            # their indexes in the page
    texts: list[str]            # their views
    rows: list[list[float]]     # their features
    place: list[int]            # their places among the page's non-blank lines, gone ones too
    total: int                  # how many non-blank lines the page had, gone ones too
    prose: tuple[int, int] | None   # the page's first and last lines of prose (indexes)


#: How many lines past the first (last) line of prose are described, as neighbours.
CONTEXT = 3


def _standing(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str]
              ) -> tuple[list[int], list[int], int]:
    """The indexes of the lines still standing (in ``views``, not gone, not found), each
    line's place on the page as scraped, and the page's length so counted: a line gone
    or found keeps its place, so judging the page again gives the same scores."""
    order: list[int] = []
    place: list[int] = []
    total = 0
    for index, line in enumerate(lines):
        if line is None or index in found:
            total += 1
        elif index in views:
            order.append(index)
            place.append(total)
            total += 1
    return order, place, total


def _scraped_prose(lines: Sequence[str | None], views: dict[int, str],
                   found: dict[int, str]) -> bool:
    """Whether the page is prose the rules have shown to be scraped (a line of it gone
    or found): a text nobody scraped is never cut by its shape alone."""
    return page.is_prose_document(views, found) and bool(
        found or any(line is None for line in lines))


@dataclass(frozen=True)
class _Story:
    """The lines still standing (``order``, their ``texts``), those that are sentences
    of prose (``ends``, indexes into ``texts``) and the article's words of substance,
    from its first sentence to its last."""

    order: list[int]
    texts: list[str]
    ends: list[int]
    article: set[str]

    def headline(self) -> int | None:
        """The headline's index in ``texts``: the first line over the article's first
        sentence that shares its words."""
        return next((k for k in range(self.ends[0])
                     if len(self.texts[k].split()) >= _HEADLINE_WORDS
                     and len(blocks.substance_words(self.texts[k], _STORY_LETTERS)
                             & self.article) >= _HEADLINE_SHARED), None)


def _story(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str]
           ) -> _Story | None:
    """The page's story (:class:`_Story`), or None with fewer than two sentences."""
    order = [i for i in sorted(views) if i not in found and lines[i] is not None]
    texts = [views[i] for i in order]
    ends = [k for k, text in enumerate(texts)
            if blocks.is_prose(text) and page.SENTENCE_END_RE.search(text)]
    if len(ends) < 2:
        return None
    article: set[str] = set()
    for text in texts[ends[0]:ends[-1] + 1]:
        article |= blocks.substance_words(text, _STORY_LETTERS)
    return _Story(order, texts, ends, article)


def page_rows(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str]
              ) -> PageLines:
    """The lines still standing at the page's edges, their features and places.

    A line already gone (None) or found to be chrome keeps its place: the
    model sees the page as it was scraped, so judging it again after a run
    has gone gives the same scores, and the judgement does not creep on.
    """
    order, place, total = _standing(lines, views, found)
    texts = [views[i] for i in order]
    n = len(texts)
    first = next((k for k in range(n) if blocks.is_prose(texts[k])), None)
    if first is None:
        return PageLines([], [], [], [], total, None)
    last = next(k for k in range(n - 1, -1, -1) if blocks.is_prose(texts[k]))
    wanted = sorted(set(range(min(n, first + CONTEXT + 1)))
                    | set(range(max(0, last - CONTEXT), n)))
    above = [False] * n
    below = [False] * n
    for k in wanted:
        above[k] = _blank_between(lines, found, order[k], -1)
        below[k] = _blank_between(lines, found, order[k], 1)
    rows = line_features(texts, above, below, place, total, wanted)
    return PageLines([order[k] for k in wanted], [texts[k] for k in wanted], rows,
                     [place[k] for k in wanted], total, (order[first], order[last]))


def chrome_sides(lines: Sequence[str | None], found: dict[int, str], judged: PageLines
                 ) -> tuple[bool, bool]:
    """Has chrome been found (or removed) above the first line of prose, and below the last?"""
    if judged.prose is None:
        return False, False
    first, last = judged.prose
    return (_chrome_between(lines, found, 0, first),
            _chrome_between(lines, found, last + 1, len(lines)))


def _chrome_between(lines: Sequence[str | None], found: dict[int, str], start: int,
                    end: int) -> bool:
    """Is a line of ``lines[start:end]`` gone (None) or found to be chrome?"""
    return any(lines[i] is None or i in found for i in range(start, end))


def _blank_between(lines: Sequence[str | None], found: dict[int, str], index: int,
                   step: int) -> bool:
    """Does a blank line part this line from the next remaining one (``step`` = ±1)?

    Gone and chrome lines are looked through, as the cleaned text will show
    it; the page's edge counts as a break.
    """
    j = index + step
    while 0 <= j < len(lines):
        line = lines[j]
        if line is not None and j not in found:
            return not line.strip()
        j += step
    return True


# The list of other stories closing a page.  A headline of another story has this many
# words (fewer is a label, more a sentence) …
_STORY_WORDS = (4, 16)
# … and shares at most this share of its words of substance with the article …
_STORY_SHARED = 0.25
# … words of this many letters or more.
_STORY_LETTERS = 4
# A list is this many headlines at least.
_STORY_LIST = 2
# The article's headline shares this many of its words of substance.
_HEADLINE_SHARED = 2
# A line of this many words or fewer, of none of the kinds the article keeps, is a
# label or a link the list's box carries ("Related Posts", "Load more").
_LABEL_WORDS = 3


def take_other_stories(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """Add the list of other stories' headlines closing a scraped page to ``found``.

    The article is the one stretch of prose its words run through; its last
    sentence (a line of prose ending in a full stop) ends it.  Below that
    sentence, a run of lines down to the page's end, each one either a
    headline (four to sixteen words, capitalised, no final stop, sharing
    almost none of the article's words of substance) or a box's label or
    link of a few words, holding two headlines at least, is a list of other
    stories: "related", "recent posts", "most read", "more from".  Under its
    first headline, the list's dates, counts and marks ("2 days ago"), and
    names (its writers'), go with it.  A blog post's footer, its parts set
    apart by bars, two of them the site's links ("Posted by Ann at 9:12 |
    Permalink | Comments (3)"), goes too, headlines or not.  A sentence, a line
    that speaks of the article's matter, a byline or a newsroom's credit
    ("Additional reporting by …"), a dateline's place, a source line or a line
    ending in a colon stops the run; a run right under a line ending in a colon
    is the list that line announces, the article's own.

    Above the headline (the first line over the article's first sentence
    sharing two of its words of substance), the lines from the page's top down
    go when each is of those kinds and two are headlines, a headline here
    sharing almost none of the words of the lines under it down to the
    article's last sentence (a page's own headline shares its body's words,
    clauses ending in no full stop too); with no such
    headline, nothing above the article is judged.  Only on a prose page the
    rules have shown to be scraped (chrome gone or found on it).
    """
    if not _scraped_prose(lines, views, found):
        return
    story = _story(lines, views, found)
    if story is None:
        return
    order, texts, ends, article = story.order, story.texts, story.ends, story.article
    last = ends[-1]
    kinds: list[int] = []
    for k in range(len(texts) - 1, last, -1):
        kind = _tail_kind(texts[k], article)
        if kind is None:
            break
        kinds.append(kind)
    kinds.reverse()
    # The run opens with a headline or a label: a date, a name or a mark above them all
    # may be the article's.
    opening = next((k for k, kind in enumerate(kinds) if kind != _LISTED), len(kinds))
    start = len(texts) - len(kinds)
    # A run right under a line ending in a colon is the list that line announces ("Dare
    # to Play 3:" over what the game offers): the article's own.
    announced = 0 < start < len(texts) and texts[start - 1].rstrip().endswith(":")
    # The page shows itself scraped above the run, not only inside it or under it: a
    # review's box of times, prices and credits under its last sentence may hold a line
    # the rules take for tags, and is the article's.
    outside = [i for i in range(len(lines)) if (i in found or lines[i] is None)
               and (not kinds or i < order[start])]
    # A headline over the opening of its own text, the page's last two lines (the page's
    # article, which the store cut before its first full stop), is no list, whatever
    # stands above it.
    run = [texts[k] for k in range(start + opening, len(texts))]
    own = len(run) == 2 and widgets.headline_over_its_text(run)
    # A joint statement's signatories, each a name with the office and the body it signs
    # for ("Shelly Sandall, President, AGIRE (Italy)"), are the statement's own close.
    signed = 2 * sum(page.is_signatory(text) for text in run) >= len(run) > 0
    # A run that goes on from the author's line above it with no blank line between, a
    # line of its shape (a stanza's lines, capitalised, none closed by a stop, the last
    # sharing no words with the report over them), is the author's.
    first = start + opening
    stanza = opening == 0 and 0 < first < len(texts) \
        and not _blank_between(lines, found, order[first], -1) \
        and _line_of_verse(texts[first - 1])
    if (sum(kind for kind in kinds if kind > 0) >= _STORY_LIST and not announced and outside
            and not own and not signed and not stanza
            and not all(_names_an_organisation(text) for text in run)):
        reason = ("page chrome (other stories)" if _HEADLINE in kinds
                  else "page chrome (a post's footer)")
        for k in range(start + opening, len(texts)):
            found[order[k]] = reason
    # Above the headline: the first line over the article's first sentence that shares
    # its words.  Every line from the page's top down to it must be another story's
    # headline, a label or what a list prints beside them; a date or a name right over
    # the headline may be the article's, and stays.
    head = story.headline()
    if head is None:
        return
    # Each line above is judged against every line under it down to the article's last
    # sentence: a page's own headline over its dateline and a body whose first lines end
    # in no full stop (a communiqué's numbered clauses) shares their words, where
    # another story's headline shares none.
    under = set(article)
    for text in texts[head:ends[0]]:
        under |= blocks.substance_words(text, _STORY_LETTERS)
    above: list[int | None] = []
    for text in reversed(texts[:head]):
        above.append(_tail_kind(text, under))
        under = under | blocks.substance_words(text, _STORY_LETTERS)
    above.reverse()
    if None in above or sum(kind == _HEADLINE for kind in above if kind) < _STORY_LIST:
        return
    closing = max(k for k, kind in enumerate(above) if kind != _LISTED)
    for k in range(closing + 1):
        found[order[k]] = "page chrome (other stories)"


def _line_of_verse(text: str) -> bool:
    """Is the line shaped as a headline would be (capitalised, of a headline's length, no
    final stop, no closing colon), though it shares the article's words?"""
    return (not page.SENTENCE_END_RE.search(text) and not text.rstrip().endswith(":")
            and _headline_shaped(text, blocks.words_of(text)))


# The words an organisation's name holds besides its capitalised ones.
_NAME_LINKS = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "von"})
# An organisation's name is this many words at most ("Doctors of the World USA").
_NAME_WORDS = 5


def _names_an_organisation(text: str) -> bool:
    """Is the line shaped as an organisation's name: a few capitalised words, joined by
    "of", "the", "and" at most?  A run of such lines under a statement is the list of
    those who signed it (or its partners, its sponsors), the author's, never a list of
    other stories, whose headlines are longer and say what happened.

    >>> [_names_an_organisation(t) for t in ("Doctors of the World USA", "Handicap International",
    ...                                      "Floods Close Schools Across the County")]
    [True, True, False]
    """
    words = text.split()
    return 0 < len(words) <= _NAME_WORDS and all(
        word[:1].isupper() or word in _NAME_LINKS for word in words) and words[0][:1].isupper()


_HEADLINE, _LABEL, _LISTED = 1, 0, -1
# A blog's footer under its post counts as much as two headlines.
_FOOTER = 2
_MARKS_RE = re.compile(r"[\W\d_]+")
# When a listed story was posted: "2 days ago", "posted 3 years ago in Politics".
_AGO_RE = re.compile(r"\b\d+\s+\w+\s+ago\b", re.I)
_PIECES_RE = re.compile(r"\s[|•·]\s")
# A footer's links beside the share bars' words: "Permalink", "Comments (3)", "Reply".
_FOOTER_WORDS = frozenset(["permalink", "trackback", "trackbacks", "reply", "comment",
                           "comments", "like", "likes", "labels", "tags"])
# A footer has this many links of its own at least ("Permalink | Email").
_FOOTER_LINKS = 2


def _footer(text: str) -> bool:
    """Is this a blog post's footer: its parts set apart by bars, two of them links of
    the site's ("Posted by Ann at 9:12 | Permalink | Comments (3) | Email This")?"""
    pieces = _PIECES_RE.split(text)
    links = 0
    for piece in pieces[1:] if len(pieces) > 1 else ():
        words = blocks.words_of(piece)
        links += bool(words) and len(words) <= _LABEL_WORDS and all(
            chrome_word(word) or word.lower() in _FOOTER_WORDS for word in words)
    return links >= _FOOTER_LINKS


def _tail_kind(text: str, article: set[str]) -> int | None:
    """What a line beyond the article is: another story's headline, a blog's footer, a
    box's label or link, what a list prints beside its headlines (a date, a count, a
    name, a mark, "2 days ago"), or None for a line the article may own."""
    words = blocks.words_of(text)
    if _footer(text):
        return _FOOTER
    question = _HEADLINE_QUESTION_RE.search(text) and _title_case(words)
    if (page.SENTENCE_END_RE.search(text) and not _MARKS_RE.fullmatch(text) and not question) \
            or text.rstrip().endswith(":") or page.BYLINE_RE.match(text) \
            or page.CONTRIBUTION_RE.match(text) \
            or page.SOURCE_LINE_RE.match(text) or is_place(text):
        return None
    if blocks.is_name(text) or _MARKS_RE.fullmatch(text) or _AGO_RE.search(text) or (
            len(words) <= _LABEL_WORDS and page.DATELINE_RE.search(text)):
        return _LISTED
    if len(words) <= _LABEL_WORDS:
        return _LABEL
    own = blocks.substance_words(text, _STORY_LETTERS)
    if own and len(own & article) > _STORY_SHARED * len(own):
        return None
    return _HEADLINE if _headline_shaped(text, words) else None


def _headline_shaped(text: str, words: Sequence[str]) -> bool:
    """Has the line a headline's length, and does it open with a capital or a figure
    (after a list's bullet or an opening quote)?"""
    opening = text.lstrip("•·-–—*#.) \"“'‘«")
    return (_STORY_WORDS[0] <= len(words) <= _STORY_WORDS[1]
            and bool(_CAPITALISED_RE.match(opening) or opening[:1].isdigit()))


# A headline may ask or exclaim ("Why Do We Get Allergies?"), in title case.
_HEADLINE_QUESTION_RE = re.compile(r"[?!][\"'”’»)]*$")


def _title_case(words: Sequence[str]) -> bool:
    """Are the words of substance capitalised, as a headline in title case has them?"""
    long = [word for word in words if len(word) >= _STORY_LETTERS]
    return bool(long) and all(word[:1].isupper() for word in long)


# The page's end judged as a whole: a second model scores the last lines of a scraped
# page, prose-shaped ones too (a cookie notice, a newsletter's pitch, an author's
# biography, a licence), by the line's shape and by what the page says around it; the
# cut is the suffix whose summed evidence is highest.

#: The words a line speaks to its reader with (``data/reader_words.txt``), as views show them.
READER_WORDS = frozenset(form for word in list_words("reader_words.txt")
                         for form in seen_as(word))
#: The page's last lines the end judgement looks at, at most.
END_WINDOW = 15
#: The most evidence (log-odds) one line of the end's suffix counts for.
END_MOST = 5.0
#: The article's sentences (lines of prose ending in a full stop) above the cut, at least.
END_KEEP_PROSE = 2

END_FEATURES = (
    "chrome model (logit)", "article's words", "no words of substance",
    "speaks to the reader", "prose lines below (log)", "short lines below",
    "lines since a line of the article (log)",
)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _reader_share(words: Sequence[str]) -> float:
    return sum(word.lower() in READER_WORDS for word in words) / len(words) if words else 0.0


@dataclass(frozen=True)
class EndLines:
    """The last lines of a page the end judgement weighs, with their feature rows."""

    order: list[int]            # their indexes in the page, top to bottom
    texts: list[str]            # their views
    rows: list[list[float]]     # FEATURES, then END_FEATURES


def end_rows(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str],
             chrome_model: ChromeModel | None = None) -> EndLines:
    """The page's last :data:`END_WINDOW` lines still standing below its first lines of
    prose, described for the end judgement.

    Besides a line's own shape (:data:`FEATURES`) and the chrome model's score of it,
    what the page says around it: the share of its words of substance the prose
    above it holds (an article's last paragraph speaks of its matter, a cookie notice
    does not), whether it speaks to the reader ("you", "our"), how much prose and how
    many short lines stand below it, and how far it stands from the last line above it
    that speaks of the article's matter.  Gone lines keep their places, as for
    :func:`page_rows`.
    """
    chrome_model = chrome_model or bundled()
    order, place, total = _standing(lines, views, found)
    texts = [views[i] for i in order]
    n = len(texts)
    prose = [k for k in range(n) if blocks.is_prose(texts[k])]
    sentences = [k for k in prose if page.SENTENCE_END_RE.search(texts[k])]
    if len(sentences) < END_KEEP_PROSE:
        return EndLines([], [], [])
    start = max(sentences[END_KEEP_PROSE - 1] + 1, n - END_WINDOW)
    if start >= n:
        return EndLines([], [], [])
    wanted = list(range(max(0, start - CONTEXT), n))
    above = [False] * n
    below = [False] * n
    for k in wanted:
        above[k] = _blank_between(lines, found, order[k], -1)
        below[k] = _blank_between(lines, found, order[k], 1)
    rows = line_features(texts, above, below, place, total, wanted)
    scores = chrome_model.scores(rows, [place[k] for k in wanted], total,
                                 [texts[k] for k in wanted])
    skip = start - wanted[0]
    rows, scores = rows[skip:], scores[skip:]
    # The article's words: those of the prose above each line.
    article: set[str] = set()
    for k in prose:
        if k < start:
            article |= blocks.substance_words(texts[k], _STORY_LETTERS)
    out: list[list[float]] = []
    is_prose_line = [blocks.is_prose(texts[k]) for k in range(start, n)]
    last_shared: int | None = None
    for j, k in enumerate(range(start, n)):
        words = blocks.words_of(texts[k])
        own = blocks.substance_words(texts[k], _STORY_LETTERS)
        shared = sum(word in article for word in own) / len(own) if own else 0.0
        since = math.log1p(j + 1 if last_shared is None else j - last_shared)
        prose_below = sum(is_prose_line[j + 1:])
        rest = n - k - 1
        short_below = sum(len(blocks.words_of(texts[m])) <= SHORT_WORDS
                          for m in range(k + 1, n)) / rest if rest else 1.0
        out.append([*rows[j], _logit(scores[j]), shared, float(not own),
                    _reader_share(words), math.log1p(prose_below), short_below, since])
        if own and shared >= 0.5 and is_prose_line[j]:
            last_shared = j
        if is_prose_line[j]:
            article |= own
    return EndLines(order[start:], texts[start:], out)


@dataclass(frozen=True)
class EndModel:
    """A logistic regression over :data:`FEATURES` and :data:`END_FEATURES`, and the
    threshold each line's evidence is weighed against."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """How likely each line (its :func:`end_rows` row) is the site's (0 … 1)."""
        return [_logistic(self.weights, self.bias, row) for row in rows]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> EndModel:
        """Read a model file's content; its feature names must be this scorer's."""
        if tuple(data.get("features", ())) != (*FEATURES, *END_FEATURES):  # type: ignore[arg-type]
            raise ValueError("the end model's features are not this scorer's")
        weights = tuple(float(w) for w in data["weights"])  # type: ignore[attr-defined]
        if len(weights) != len(FEATURES) + len(END_FEATURES):
            raise ValueError("the end model's weights do not match its features")
        return cls(weights, float(data["bias"]), float(data["threshold"]))  # type: ignore[arg-type]


@functools.cache
def bundled_end() -> EndModel:
    """The end model shipped in ``data/end_model.json``."""
    path = resources.files("cms_i18n.clean").joinpath("data/end_model.json")
    return EndModel.from_json(json.loads(path.read_text("utf-8")))


def end_cut(scores: Sequence[float], texts: Sequence[str], threshold: float) -> int:
    """Where the page's closing chrome begins (``len(texts)`` for nowhere): the suffix
    whose summed evidence, each line's log-odds over the threshold's, is highest and
    above nothing.  A line counts for :data:`END_MOST` log-odds at most, so a few sure
    menu items at the bottom cannot carry a paragraph the model doubts.  A line the
    suffix may not cross (a byline, a newsroom's credit, a source line, a line ending
    in a colon) ends the search."""
    bar = _logit(threshold)
    best, best_at, total = 0.0, len(texts), 0.0
    for k in range(len(texts) - 1, -1, -1):
        if _end_stop(texts[k]):
            break
        total += min(_logit(scores[k]), END_MOST) - bar
        if total > best:
            best, best_at = total, k
    return best_at


def _end_stop(text: str) -> bool:
    """A line the article keeps under its last paragraph, and everything above it."""
    return bool(page.BYLINE_RE.match(text) or page.CONTRIBUTION_RE.match(text)
                or page.SOURCE_LINE_RE.match(text) or text.rstrip().endswith(":"))


def take_end(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str],
             end_model: EndModel | None = None, chrome_model: ChromeModel | None = None
             ) -> None:
    """Add the closing chrome of a scraped prose page the end model finds to ``found``.

    The last lines of the page are scored by :func:`end_rows`; the cut is the
    suffix whose summed evidence is highest (:func:`end_cut`), so a run of sure
    lines carries a doubtful one among them and a doubtful one alone at the end
    stays.  Only on a prose page the rules have shown to be scraped (a line of it
    gone or found): a text nobody scraped is never cut by its shape alone.
    """
    if not _scraped_prose(lines, views, found):
        return
    end_model = end_model or bundled_end()
    judged = end_rows(lines, views, found, chrome_model)
    if not judged.order:
        return
    scores = end_model.scores(judged.rows)
    cut = end_cut(scores, judged.texts, end_model.threshold)
    for k in range(cut, len(judged.order)):
        found[judged.order[k]] = f"page chrome (end model, p={scores[k]:.2f})"


# The page's top judged as a whole: above the article's headline, the prefix of the
# page whose summed evidence (the chrome model's log-odds over a threshold's) is
# highest goes, so a doubtful line among sure menu items goes with them.

#: The chrome model's threshold for the top's prefix (chosen on the training sites).
TOP_THRESHOLD = 0.97


def top_cut(scores: Sequence[float], texts: Sequence[str], threshold: float,
            head: int) -> int:
    """How many lines at the top go: the prefix above ``head`` (the headline's
    position) whose summed evidence, each line's log-odds over the threshold's and
    :data:`END_MOST` at most, is highest and above nothing.  A byline or a dateline
    ends the search: it and what is under it are the article's."""
    bar = _logit(threshold)
    best, best_at, total = 0.0, 0, 0.0
    for k in range(head):
        if _dateline(texts[k], scores[k], threshold) or _heads(texts[k]):
            break
        total += min(_logit(scores[k]), END_MOST) - bar
        if total > best:
            best, best_at = total, k + 1
    return best_at


def take_top_cut(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str],
                 chrome_model: ChromeModel | None = None,
                 threshold: float = TOP_THRESHOLD) -> None:
    """Add the chrome above the headline of a scraped prose page to ``found``: the
    prefix :func:`top_cut` chooses on the chrome model's scores.  The headline is the
    first line over the article's first sentence sharing two of its words of
    substance; with none, nothing is judged.  Only on a prose page the rules have
    shown to be scraped."""
    if not _scraped_prose(lines, views, found):
        return
    chrome_model = chrome_model or bundled()
    judged = page_rows(lines, views, found)
    texts = judged.texts
    if not texts:
        return
    story = _story(lines, views, found)
    head_at = story.headline() if story is not None else None
    head_index = story.order[head_at] if story is not None and head_at is not None else None
    if head_index is None or head_index not in judged.order:
        return
    head = judged.order.index(head_index)
    scores = chrome_model.scores(judged.rows, judged.place, judged.total, judged.texts)
    for k in range(top_cut(scores, texts, threshold, head)):
        found[judged.order[k]] = f"{REASON_PREFIX}'s top, p={scores[k]:.2f})"
