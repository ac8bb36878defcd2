"""Where the words and the cue words of one text stand, found once per text.

The matcher asks, for every mention of a short form, questions about the whole unit:
is a cue word of this body anywhere in it, nearer to this mention than to a full name
of the body?  Which words end right before the mention?  Asked by reading the text
again for each mention, they cost a pass over the text per mention, so a document
that is one long line (a page scraped without line breaks, read as one unit) took
time growing with the square of its length: minutes at 50 KB.  A :class:`TextIndex`
reads the text once per question and answers each mention by bisection or in a
window that ends at the mention, with the same answers as the whole-text reading.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

Span = tuple[int, int]

#: a run of letters or digits: what :func:`TextIndex.words_between` counts
_WORD_RUN = re.compile(r"[^\W_]+")
_Work = TypeVar("_Work")
#: more than any distance in words
_FAR = 1 << 62


class TextIndex:
    """Positions in ``text`` that the matcher's questions about it need, each found on
    first use and kept: word runs, the matches of a pattern, the breaks a pattern ending
    at a point cannot cross."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._spans: dict[re.Pattern[str], list[Span]] = {}
        self._breaks: dict[re.Pattern[str], list[int]] = {}
        self._near: dict[tuple[re.Pattern[str], tuple[Span, ...]],
                         tuple[list[Span], list[int], list[int]]] = {}
        self._kept: dict[str, object] = {}

    # -- words -----------------------------------------------------------------

    def _runs(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            runs = [m.span() for m in _WORD_RUN.finditer(self.text)]
            self._ends = [end for _start, end in runs]
            self._starts = [start for start, _end in runs]
        return self._starts, self._ends

    def words_between(self, a: Span, b: Span) -> int:
        """How many words stand between two spans: the runs of letters and digits, whole
        or in part, in the text from the end of the first span to the start of the
        second (none when they touch or overlap).

        >>> TextIndex("one two, three four").words_between((0, 3), (15, 19))
        2
        """
        first, second = sorted((a, b))
        low, high = first[1], second[0]
        if high <= low:
            return 0
        starts, ends = self._runs()
        return bisect.bisect_left(starts, high) - bisect.bisect_right(ends, low)

    # -- the matches of a pattern ------------------------------------------------

    def spans(self, rx: re.Pattern[str]) -> list[Span]:
        """The spans of ``rx.finditer(text)``, in order."""
        found = self._spans.get(rx)
        if found is None:
            found = self._spans[rx] = [m.span() for m in rx.finditer(self.text)]
        return found

    def last_ending_by(self, rx: re.Pattern[str], end: int) -> Span | None:
        """The match of ``rx`` ending last at or before ``end``, or None."""
        spans = self.spans(rx)
        # matches do not overlap, so their ends rise with their starts
        low, high = 0, len(spans)
        while low < high:
            mid = (low + high) // 2
            if spans[mid][1] <= end:
                low = mid + 1
            else:
                high = mid
        return spans[low - 1] if low else None

    def cue_near(self, rx: re.Pattern[str], mention: Span, others: Sequence[Span],
                 aside: Callable[[str, Span], bool]) -> bool:
        """Whether a match of ``rx`` stands no fewer words from ``mention`` than from
        every span of ``others`` (a full name the cue word would belong to instead),
        leaving out the matches ``aside`` sets apart.

        What decides for a match is how far it stands from its nearest other span, which
        is the same for every mention: it is worked out once per pattern and set of
        others, and each mention is answered from the matches before it and after it,
        by bisection.

        >>> index = TextIndex("Putin chaired it. Russia's Security Council met.")
        >>> index.cue_near(re.compile("Putin"), (27, 43), [], lambda text, span: False)
        True
        >>> index.cue_near(re.compile("Putin"), (27, 43), [(19, 43)], lambda t, s: False)
        False
        """
        key = (rx, tuple(others))
        table = self._near.get(key)
        if table is None:
            table = self._near[key] = self._near_table(rx, sorted(others), aside)
        kept, left_best, right_best = table
        if not kept:
            return False
        starts, ends = self._runs()
        at = bisect.bisect_right(kept, mention)     # kept[:at] come first in order
        if at:
            last = kept[at - 1]
            if last[1] >= mention[0]:
                return True     # touching or overlapping: no word between
            if left_best[at - 1] >= bisect.bisect_left(starts, mention[0]):
                return True
        if at < len(kept):
            if kept[at][0] <= mention[1]:
                return True
            if right_best[at] <= bisect.bisect_right(ends, mention[1]):
                return True
        return False

    def _near_table(self, rx: re.Pattern[str], others: list[Span],
                    aside: Callable[[str, Span], bool]
                    ) -> tuple[list[Span], list[int], list[int]]:
        """The matches of ``rx`` not set aside, in order, each with the most words a
        mention may stand from it, given as word-run counts: for a mention after the
        match, the best (highest) ``runs ending by the match + allowance`` of the
        matches up to it; for one before, the best (lowest) ``runs starting before the
        match - allowance`` of the matches from it on.  A mention is as near as allowed
        when the runs between them do not exceed that allowance."""
        starts, ends = self._runs()
        kept = [span for span in self.spans(rx) if not aside(self.text, span)]
        reach: list[int] = []
        top = -1
        for span in others:
            top = max(top, span[1])
            reach.append(top)
        left: list[int] = []
        right: list[int] = []
        for span in kept:
            allowance = self._nearest_other(span, others, reach)
            left.append(bisect.bisect_right(ends, span[1]) + allowance)
            right.append(bisect.bisect_left(starts, span[0]) - allowance)
        for i in range(1, len(left)):
            left[i] = max(left[i], left[i - 1])
        for i in range(len(right) - 2, -1, -1):
            right[i] = min(right[i], right[i + 1])
        return kept, left, right

    def _nearest_other(self, span: Span, others: list[Span], reach: list[int]) -> int:
        """The fewest words between ``span`` and any of ``others`` (sorted; ``reach``:
        the furthest end among the first ones), or a number above any distance."""
        if not others:
            return _FAR
        at = bisect.bisect_right(others, span)
        best = _FAR
        if at:      # the ones before it: the furthest end is the nearest
            best = self.words_between((others[at - 1][0], reach[at - 1]), span) \
                if reach[at - 1] < span[0] else 0
        if at < len(others):    # the ones after it: the first start is the nearest
            best = min(best, self.words_between(span, others[at]))
        return best

    # -- patterns that end at a point --------------------------------------------

    def ending_at(self, rx: re.Pattern[str], end: int, breaks: re.Pattern[str]
                  ) -> re.Match[str] | None:
        """``rx.search(text[:end])`` for a pattern anchored at the end (``$``), read
        only from the last character before ``end`` that ``breaks`` matches: no match
        of ``rx`` can hold such a character, so none starts before it."""
        where = self._breaks.get(breaks)
        if where is None:
            where = self._breaks[breaks] = [m.start() for m in breaks.finditer(self.text)]
        at = bisect.bisect_left(where, end)
        return rx.search(self.text, where[at - 1] + 1 if at else 0, end)

    def ending_within(self, rx: re.Pattern[str], end: int, reach: int = 200
                      ) -> re.Match[str] | None:
        """``rx.search(text[:end])`` for a pattern anchored at the end whose leftmost
        match cannot start inside a longer one (``([^\\s]+)\\s+$``: a word before
        spaces), read from ``reach`` characters before ``end``; the whole text is read
        only when the match found starts where the reading did, or none is found."""
        since = max(0, end - reach)
        found = rx.search(self.text, since, end)
        if since and (found is None or found.start() == since):
            found = rx.search(self.text, 0, end)
        return found

    def kept(self, name: str, work: Callable[[str], _Work]) -> _Work:
        """``work(text)``, worked out once: ``name`` says which work it is."""
        if name not in self._kept:
            self._kept[name] = work(self.text)
        return cast(_Work, self._kept[name])


def search_last_word(rx: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``rx.search(text[:end])`` for a pattern anchored at the end (``$``) whose match is
    at most the last word before ``end`` and the blanks after it ("the " before a term,
    ". " at a sentence's end), read from that word's start, not from the text's: a match
    holds no blank with a word after it, so none starts earlier.

    >>> search_last_word(re.compile(r"(\\w+)\\s+$"), "one two three  four", 15).group(1)
    'three'
    """
    at = end
    while at and text[at - 1].isspace():
        at -= 1
    while at and not text[at - 1].isspace():
        at -= 1
    return rx.search(text, at, end)
