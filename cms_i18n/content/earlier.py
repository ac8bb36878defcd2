"""Could ``apply`` have written this page from some state of the catalogue?

``apply`` never overwrites a published page it did not write: an editor's hand edit
is kept, and the catalogue's translation goes beside it.  It knows what it wrote by
its record (:mod:`cms_i18n.content.previews`), but a site may come without one: a
fresh clone of a repository that does not version ``.cms-i18n/``, a CI runner, a
second machine.  There every page would look like someone else's work, and no
reviewed update would ever be published.

So, where the record does not vouch for a page, the page itself is the evidence.
``apply`` writes a document as its source with each unit's text put in place; for a
page it wrote from an earlier state of the catalogue, each unit holds its source text
or a text the catalogue holds for that unit (the translation now, a draft, a previous
translation still on file), and every byte around the units is what ``apply`` writes
now.  A page made entirely so holds nothing of anyone's but the source's author and
the catalogue's editors: writing the catalogue's translation over it loses no work.
A hand edit puts text there that no catalogue entry holds (a changed word, a line
added or taken out) and is kept, as before.

The one update this cannot see is a reviewed translation replaced by another in the
catalogue when the earlier one is kept nowhere (not even as an obsolete entry): that
page is kept with a warning, as an edit would be.  A site that versions the record
with its pages (README, "Your own site") never gets there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Stands for a unit's text while the page around it is laid out.  Private-use
#: characters: no text of a page holds them (a document that does is not matched).
_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACE = re.compile(f"{_OPEN}(\\d+){_CLOSE}")

#: Translated fields (front matter) whose possible values are tried in every combination,
#: at most this many combinations; past it only the values written now are tried.
MAX_FIELD_COMBINATIONS = 64


def place(index: int) -> str:
    """The stand-in for unit ``index`` in a laid-out page."""
    return f"{_OPEN}{index}{_CLOSE}"


def placeable(text: str) -> bool:
    """Can a page be laid out with stand-ins in ``text`` (it holds none of its own)?"""
    return _OPEN not in text and _CLOSE not in text


@dataclass(frozen=True)
class EarlierPage:
    """A document's page as ``apply`` lays it out, a stand-in (:func:`place`) for each
    unit with more than one possible text, and the texts each could hold.

    ``layout`` turns a body laid out so (and the translated fields) into the file's
    text, as the content source writes it (front matter, the language attribute).
    """

    body: str
    options: tuple[frozenset[str], ...]
    fields: tuple[tuple[str, frozenset[str]], ...] = ()
    fields_now: tuple[tuple[str, str], ...] = ()

    def could_be(self, text: str, layout: Callable[[str, dict[str, str]], str]) -> bool:
        """Is ``text`` this page as ``apply`` writes it with some choice of each unit's
        text (and of each translated field's)?"""
        return any(_pattern(layout(self.body, fields), self.options).fullmatch(text)
                   for fields in self._field_choices())

    def held(self, text: str, layout: Callable[[str, dict[str, str]], str]
             ) -> dict[int, str] | None:
        """The text ``text`` holds at each open stand-in (a unit whose options are
        empty: any text), where ``text`` is this page as ``apply`` writes it with some
        choice of every other unit's text; None where it is not."""
        for fields in self._field_choices():
            match = _pattern(layout(self.body, fields), self.options).fullmatch(text)
            if match is not None:
                return {int(name[1:]): found for name, found in match.groupdict().items()}
        return None

    def _field_choices(self) -> list[dict[str, str]]:
        combinations: list[dict[str, str]] = [{}]
        for key, values in self.fields:
            combinations = [{**chosen, key: value} for chosen in combinations
                            for value in sorted(values)]
            if len(combinations) > MAX_FIELD_COMBINATIONS:
                return [dict(self.fields_now)]
        return combinations


def _pattern(laid_out: str, options: Sequence[frozenset[str]]) -> re.Pattern[str]:
    """A pattern matching ``laid_out`` with each stand-in replaced by one of its texts
    (the longest tried first); a stand-in with no texts is open: any text, captured in
    the group ``u<index>``."""
    parts: list[str] = []
    position = 0
    for match in _PLACE.finditer(laid_out):
        parts.append(re.escape(laid_out[position:match.start()]))
        index = int(match.group(1))
        if not options[index]:
            parts.append(f"(?P<u{index}>[\\s\\S]*?)")
            position = match.end()
            continue
        texts = sorted(options[index], key=lambda t: (-len(t), t))
        parts.append("(?:" + "|".join(re.escape(t) for t in texts) + ")")
        position = match.end()
    parts.append(re.escape(laid_out[position:]))
    return re.compile("".join(parts))


def held_between(text: str, before: Sequence[str], after: Sequence[str]) -> str | None:
    """What ``text`` (a page) holds between one of the texts ``before`` and one of the
    texts ``after``, where exactly one such place is there and holds something; None
    elsewhere.  Each list is what surrounds a unit on a page ``apply`` lays out (its
    neighbour's possible texts, each with the bytes between them): the unit's text is
    found on a page written for another version of the source (a paragraph added
    elsewhere since) too."""
    if not any(before) or not any(after):
        return None
    pattern = re.compile(_either(before) + "(?P<held>[\\s\\S]*?)" + _either(after))
    found = list(pattern.finditer(text))
    return found[0].group("held") or None if len(found) == 1 else None


def _either(texts: Sequence[str]) -> str:
    ordered = sorted(set(texts), key=lambda t: (-len(t), t))
    return "(?:" + "|".join(re.escape(t) for t in ordered) + ")"
