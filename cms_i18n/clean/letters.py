"""Letter models of Russian (with Ukrainian) and of Greek: does a string read as the language?

The repairs of Cyrillic and Greek mojibake (:mod:`cms_i18n.clean.codepages`,
:mod:`cms_i18n.clean.lostbytes`) have several readings of the same bytes to
choose from: the text as it stands, the same bytes in another code page, a
lost byte put back as one letter or another.  Which one is Russian or Greek
is what a letter trigram model answers: the cost, in bits per letter, of the
string's words under letter trigrams counted from real sentences (see
``data/letters/README.md`` for where they come from).  Genuine Russian costs
about 3 bits a letter; a code page's bytes read in the wrong one cost twice that
and more, and so do words whose letters change case inside them ("РЎРѕРІ").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD_RE = re.compile(r"[^\W\d_]+")
#: Bits a word pays for a case shape no language writes (lower then upper inside it).
CASE_COST = 8.0
_WEIGHTS = (0.70, 0.22, 0.07, 0.01)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the models count them: runs of letters, lower-cased."""
    return [word.lower() for word in _WORD_RE.findall(text)]


def odd_case(word: str) -> bool:
    """Does the word change case inside it the way no language writes?

    >>> odd_case("Совет"), odd_case("СОВЕТ"), odd_case("совет"), odd_case("РЎРѕРІ")
    (False, False, False, True)
    """
    return not (len(word) < 2 or word[1:].islower() or word.isupper())


@dataclass(frozen=True)
class LetterModel:
    """Interpolated letter trigram model over one language's words (``_`` pads a word)."""

    name: str
    trigrams: dict[str, int]
    contexts: dict[str, int]
    bigrams: dict[str, int]
    bigram_contexts: dict[str, int]
    unigrams: dict[str, int]
    total: int
    alphabet: frozenset[str]
    #: Words seen twice or more that hold a letter a lost byte often hides, with counts.
    words: dict[str, int]

    @classmethod
    def from_counts(cls, name: str, counts: dict[str, int],
                    words: dict[str, int] | None = None) -> LetterModel:
        contexts: Counter[str] = Counter()
        bigrams: Counter[str] = Counter()
        unigrams: Counter[str] = Counter()
        for gram, n in counts.items():
            contexts[gram[:2]] += n
            if gram[0] == "_":
                contexts["_"] += n
            bigrams[gram[1:]] += n
            unigrams[gram[2]] += n
        bigram_contexts: Counter[str] = Counter()
        for gram, n in bigrams.items():
            bigram_contexts[gram[0]] += n
        alphabet = frozenset(c for c in unigrams if c != "_")
        return cls(name, dict(counts), dict(contexts), dict(bigrams), dict(bigram_contexts),
                   dict(unigrams), sum(unigrams.values()), alphabet, dict(words or {}))

    def seen(self, word: str) -> int:
        """How often the word (in any case) was seen, if it is one the word list holds."""
        return self.words.get(word.lower(), 0)

    def _bits(self, gram: str) -> float:
        weights, probs = [], []
        context = self.contexts.get(gram[:2], 0)
        if context:
            weights.append(_WEIGHTS[0])
            probs.append(self.trigrams.get(gram, 0) / context)
        bicontext = self.bigram_contexts.get(gram[1], 0)
        if bicontext:
            weights.append(_WEIGHTS[1])
            probs.append(self.bigrams.get(gram[1:], 0) / bicontext)
        weights += _WEIGHTS[2:]
        probs += [self.unigrams.get(gram[2], 0) / self.total, 1 / (len(self.alphabet) + 1)]
        if gram[2] != "_" and gram[2] not in self.alphabet:
            probs[-1] /= 64   # a letter the language does not write at all
        return -math.log2(sum(w * p for w, p in zip(weights, probs, strict=True)) / sum(weights))

    def _first_bits(self, letter: str) -> float:
        starts = self.contexts.get("_" + letter, 0) / self.contexts.get("_", 1)
        uniform = 1 / (len(self.alphabet) + 1) / (1 if letter in self.alphabet else 64)
        unigram = self.unigrams.get(letter, 0) / self.total
        return -math.log2(0.90 * starts + 0.09 * unigram + 0.01 * uniform)

    def word_bits(self, word: str) -> float:
        """Bits of one word (its letters and its end), its case shape included."""
        padded = f"_{word.lower()}_"
        bits = self._first_bits(padded[1]) if len(padded) > 2 else 0.0
        bits += sum(self._bits(padded[i:i + 3]) for i in range(len(padded) - 2))
        return bits + (CASE_COST if odd_case(word) else 0.0)

    def cost(self, text: str) -> float:
        """Mean bits per letter of the words of ``text`` (inf for a text without letters).

        >>> cyrillic = model("cyrillic")
        >>> cyrillic.cost("Совет безопасности") < 4 < cyrillic.cost("Ñîâåò áåçîïàñíîñòè")
        True
        """
        words = _WORD_RE.findall(text)
        letters = sum(len(word) + 1 for word in words)
        if not letters:
            return math.inf
        return sum(self.word_bits(word) for word in words) / letters


def _read(name: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    source = resources.files("cms_i18n.clean") / "data" / "letters" / name
    for row in source.read_text("utf-8").splitlines():
        key, _, n = row.partition("\t")
        if key and n.isdigit():
            counts[key] = int(n)
    return counts


@cache
def model(name: str) -> LetterModel:
    """The letter model ``cyrillic`` or ``greek``, read once from the package's data."""
    counts = {gram: n for gram, n in _read(f"{name}.tsv").items() if len(gram) == 3}
    return LetterModel.from_counts(name, counts, _read(f"{name}-words.tsv"))
