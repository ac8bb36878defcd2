"""One long line (a page scraped without line breaks, read as one unit): the matcher's
questions about the whole unit are answered from positions found once, with the answers
a reading of the whole text for each mention gives."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from cms_i18n.glossary import match
from cms_i18n.glossary.load import bundled_glossary_dir, cached_glossary
from cms_i18n.glossary.match import context_from
from cms_i18n.glossary.positions import TextIndex, search_last_word

WORDS = ["Putin", "the", "Security", "Council", "met,", "U.N.", "Russia's", "(SCO)", "  ",
         "veto", "of", "—", "said.", "its", "own", "'s", "42", "\n", "her", "national"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    first, second = sorted((a, b))
    return len(re.findall(r"[^\W_]+", text[first[1]:max(first[1], second[0])]))


def _spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(count):
        start = rng.randrange(len(text))
        out.append((start, min(len(text), start + rng.randrange(1, 20))))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_words_between_and_the_nearest_cue_are_those_of_reading_the_text(seed: int) -> None:
    rng = random.Random(seed)
    text = _text(rng, 300)
    index = TextIndex(text)
    for a, b in zip(_spans(rng, text, 50), _spans(rng, text, 50), strict=True):
        assert index.words_between(a, b) == _words_between(text, a, b)
    rx = re.compile(r"(?<![^\W_])(?:Putin|veto|U\.N\.)(?![^\W_])")
    others = sorted(_spans(rng, text, rng.randrange(0, 4)))

    def aside(text: str, span: tuple[int, int]) -> bool:
        return text[span[0]:span[1]] == "veto" and span[0] % 3 == 0

    for mention in _spans(rng, text, 40):
        here = _words_between
        expected = any(not any(here(text, m.span(), o) < here(text, m.span(), mention)
                               for o in others) and not aside(text, m.span())
                       for m in rx.finditer(text))
        assert index.cue_near(rx, mention, others, aside) == expected, (mention, others)


@pytest.mark.parametrize("pattern", [r"([^\s(\"“]+)\s+$", r"(\w+)\s+$",
                                     r"(?:^|[.!?:;]\s+|[\n\"“«]\s*)$",
                                     r"(?:^|(?<=\s))([Tt]he)\s+$",
                                     r"(?:^|(?<=[\s(\"'«“]))([^\W\d_]+['’]?)(\s*)$"])
def test_a_pattern_ending_at_a_point_is_found_as_in_the_text_before_it(pattern: str) -> None:
    rx = re.compile(pattern)
    rng = random.Random(pattern)
    for _ in range(30):
        text = _text(rng, 60)
        index = TextIndex(text)
        for end in range(0, len(text), 7):
            want = rx.search(text[:end])
            got = search_last_word(rx, text, end)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
            got = index.ending_within(rx, end) if pattern.startswith("([^") else want
            assert (got and got.span()) == (want and want.span())


def test_possessive_owners_are_found_as_in_the_text_before_them() -> None:
    rng = random.Random(7)
    for rx, breaks in [(match._POSSESSOR, match._POSSESSOR_BREAKS),
                       (match._ANY_POSSESSOR, match._OWNER_BREAKS),
                       (match._GENERIC_OWNER, match._OWNER_BREAKS)]:
        for _ in range(30):
            text = _text(rng, 60).replace("Council", "country's new")
            index = TextIndex(text)
            for end in range(0, len(text), 5):
                want = rx.search(text[:end])
                got = index.ending_at(rx, end, breaks)
                assert (got and (got.span(), got.groups())) == \
                    (want and (want.span(), want.groups()))


class _Counted:
    """A cue pattern that counts the characters it is asked to read."""

    def __init__(self, rx: re.Pattern[str], read: list[int]) -> None:
        self.rx, self.read = rx, read
        self.pattern, self.flags = rx.pattern, rx.flags

    def finditer(self, text: str, *where: int) -> Iterator[re.Match[str]]:
        self.read.append(len(text))
        return self.rx.finditer(text, *where)

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        self.read.append(len(text))
        return self.rx.search(text, *where)


def test_the_cue_words_of_a_long_line_are_read_once_not_once_per_mention(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """How much text the cue words are looked for in grows with the text, not with its
    square: doubling a one-line page doubles it."""
    matcher = cached_glossary(bundled_glossary_dir()).matcher
    read: list[int] = []
    monkeypatch.setattr(matcher, "_cues", {
        cid: [(_Counted(rx, read), weak, label) for rx, weak, label in cues]
        for cid, cues in matcher._cues.items()})
    sentence = ("Putin chaired a meeting of the Security Council, which discussed the U.N. "
                "veto and Kazakhstan's Security Council ({}). ")
    counts = []
    for sentences in (40, 80):
        text = "".join(sentence.format(i) for i in range(sentences))
        read.clear()
        found = matcher.find(text, context_from(matcher, [], text))
        assert len([o for o in found if o.text == "Security Council"]) == sentences
        counts.append(sum(read))
    assert counts[1] <= 2.5 * counts[0], counts
