"""Look-alike letters typed into real text: how many the cleaner puts back, what else it changes.

Run:  .venv/bin/python bench/bench_lookalikes.py            # both parts, side by side
      .venv/bin/python bench/bench_lookalikes.py -v         # and every miss of the tuning part

Real text nobody on the project wrote, spoiled the way scrapers and spammers
spoil it, with a fixed seed:

* English news (WMT sentences in ``data/real/general-*.tsv``, sentences from
  news and government pages in ``data/real/glossary-*.tsv``) gets Cyrillic
  and Greek look-alikes: at the start, middle or end of a word, on a capital,
  in an acronym (CSTO, SCO, ASEAN), in a line of capitals, beside digits,
  hyphens, apostrophes and quotes, one per text and many per text, in a text
  that also has mojibake, soft hyphens and no-break spaces, in a headline in
  Title Case and in a byline;
* Russian, Ukrainian and Greek prose (the genuine texts of ``data/negative``)
  and Bulgarian, Serbian, Ukrainian, Russian and Greek interface sentences
  (Django's translations, installed with the ``wagtail`` extra) get Latin
  look-alikes in their words.

Three figures per kind: look-alike letters fixed out of those typed in; words
changed that should not have been (a letter of a word nobody spoiled, or a
spoiled word's other letters); texts changed that are genuine: the same Russian,
Ukrainian, Bulgarian, Serbian and Greek texts unspoiled, English news quoting
Russian, and every text of ``data/negative`` holding a Cyrillic or Greek letter
(maths and code among them).

The texts are split in two with a seed: the tuning part (WMT newstest2012, the
glossary's dev sentences, two thirds of the rest) and the held-out part (WMT
newstest2013, the glossary's blind sentences, the last third), spoiled with
another seed.  The held-out part is for measuring only: its misses are never
printed, so nobody tunes the cleaner to them.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.clean import Cleaned, clean_document, clean_unit

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "bench" / "data" / "real"
NEGATIVE = ROOT / "bench" / "data" / "negative"
SEED = "lookalikes-2026"
HELD_SEED = "lookalikes-held-2026"

#: Latin letter → the look-alikes a spammer types for it (Cyrillic first, then Greek).
TO_CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
    "j": "ј", "s": "ѕ", "h": "һ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н",
    "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "I": "І", "J": "Ј",
    "S": "Ѕ", "Y": "У",
}
TO_GREEK = {
    "o": "ο", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι",
    "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ",
}
#: Cyrillic or Greek letter → the Latin letter a scraper or OCR engine puts for it.
CYRILLIC_TO_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J",
}
GREEK_TO_LATIN = {
    "ο": "o", "α": "a", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
    "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
#: Greek small letters whose Latin twins differ in most fonts (measured on their own).
GREEK_SMALL_TO_LATIN = {"ι": "i", "κ": "k", "ν": "v", "ρ": "p", "υ": "u", "χ": "x"}

SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"


# --------------------------------------------------------------------------
# Texts

@dataclass
class Text:
    """One real text: where it comes from, its language and which part it is in."""

    source: str
    lang: str
    text: str
    held: bool


def _tsv_texts(name: str, column: int, held: bool) -> list[Text]:
    texts = []
    for number, row in enumerate((REAL / name).read_text("utf-8").splitlines(), 1):
        if row.startswith("#") or not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) <= column:
            sys.exit(f"bench/data/real/{name}:{number}: expected {column + 1} columns")
        texts.append(Text(f"{name}:{number}", "en", cells[column], held))
    return texts


def _held(seed: str, key: str) -> bool:
    """A third of the texts, by a hash of their name: the held-out part."""
    return hashlib.sha1(f"{seed}:{key}".encode()).digest()[0] % 3 == 0


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]{2,}")


def _native_paragraphs() -> list[Text]:
    """Paragraphs of the genuine Russian, Ukrainian and Greek texts of ``data/negative``."""
    folders = {"taiga-ru": "ru", "gsd-ru": "ru", "calls-ru": "ru", "verse-ru": "ru",
               "vue-ru": "ru", "parlamint-uk": "uk", "gud-el": "el", "calls-el": "el"}
    texts = []
    for folder, lang in folders.items():
        for path in sorted((NEGATIVE / folder).glob("*.txt")):
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                words = (_GREEK_WORD if lang == "el" else _CYRILLIC_WORD).findall(line)
                if len(words) < 5 or "`" in line or line.startswith((" ", "\t", "#")):
                    continue
                key = f"{folder}/{path.name}:{number}"
                texts.append(Text(key, lang, line, _held(SEED, key)))
    return texts


def _po_strings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every one-line ``msgstr`` of a gettext catalog."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.startswith(("msgstr \"", "msgstr[0] \"")):
            text = line.split(" ", 1)[1][1:-1].replace('\\"', '"')
            if text and "\\" not in text:
                yield number, text


def _django_strings() -> list[Text]:
    """Sentences of Django's Bulgarian, Serbian, Ukrainian, Russian and Greek catalogs."""
    try:
        import django
    except ImportError:
        sys.exit("bench_lookalikes: Django is not installed (pip install -e '.[wagtail]')")
    base = Path(django.__file__).parent
    texts = []
    for lang in ("bg", "sr", "uk", "ru", "el"):
        for path in sorted(base.glob(f"**/locale/{lang}/LC_MESSAGES/django.po")):
            relative = path.relative_to(base.parent)
            for number, text in _po_strings(path):
                words = (_GREEK_WORD if lang == "el" else _CYRILLIC_WORD).findall(text)
                if len(words) >= 3:
                    key = f"{relative}:{number}"
                    texts.append(Text(key, lang, text, _held(SEED, key)))
    return texts


def _genuine_documents() -> list[tuple[str, str, bool]]:
    """(name, text, held) of every text of ``data/negative`` with a Cyrillic or Greek letter."""
    found = []
    for path in sorted(NEGATIVE.glob("*/*.txt")):
        text = path.read_text("utf-8")
        if re.search("[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]", text):
            key = f"{path.parent.name}/{path.name}"
            found.append((key, text, _held(SEED, key)))
    return found


# --------------------------------------------------------------------------
# Spoiling

@dataclass
class Case:
    """A spoiled text, what it should come back as, and where its look-alikes are.

    ``spoiled`` maps a word's index (in ``expected.split()``) to the indexes of its
    letters that were replaced; ``unit`` says the text is one unit (else a document).
    """

    kind: str
    source: str
    held: bool
    original: str
    text: str
    spoiled: dict[int, set[int]] = field(default_factory=dict)
    unit: bool = True


def _letters(token: str) -> list[int]:
    return [k for k, ch in enumerate(token) if ch.isalpha()]


def _lookalike(ch: str, rng: random.Random, greek_share: float) -> str | None:
    options = []
    if ch in TO_CYRILLIC:
        options.append(TO_CYRILLIC[ch])
    if ch in TO_GREEK and (not options or rng.random() < greek_share):
        options = [TO_GREEK[ch]]
    return options[0] if options else None


class Spoiler:
    """Puts look-alike letters into words, keeping the record of what was done."""

    def __init__(self, table: Callable[[str, random.Random], str | None],
                 rng: random.Random) -> None:
        self.table = table
        self.rng = rng

    def spoil_letter(self, tokens: list[str], spoiled: dict[int, set[int]], index: int,
                     where: str) -> bool:
        """Replace one letter of token ``index`` at ``where`` (start, middle, end, any)."""
        token = tokens[index]
        letters = _letters(token)
        if not letters:
            return False
        if where == "start":
            places = letters[:1]
        elif where == "end":
            places = letters[-1:]
        elif where == "middle":
            places = letters[1:-1]
        else:
            places = letters
        places = [k for k in places if self.table(token[k], self.rng) is not None]
        if not places:
            return False
        k = self.rng.choice(places)
        new = self.table(token[k], self.rng)
        assert new is not None
        tokens[index] = token[:k] + new + token[k + 1:]
        letter = letters.index(k)
        spoiled.setdefault(index, set()).add(letter)
        return True


def _english_table(ch: str, rng: random.Random) -> str | None:
    return _lookalike(ch, rng, 0.25)


def _native_table(lang: str) -> Callable[[str, random.Random], str | None]:
    table = GREEK_TO_LATIN if lang == "el" else CYRILLIC_TO_LATIN
    return lambda ch, rng: table.get(ch)


def _greek_small_table(ch: str, rng: random.Random) -> str | None:
    return GREEK_SMALL_TO_LATIN.get(ch)


def _word(token: str) -> bool:
    return len(_letters(token)) >= 2


def _pick(rng: random.Random, tokens: list[str], test: Callable[[int], bool]) -> int | None:
    choices = [i for i in range(len(tokens)) if test(i)]
    return rng.choice(choices) if choices else None


def _mojibake(tokens: list[str], rng: random.Random, avoid: set[int]) -> bool:
    """Turn a curly apostrophe, quote or accented letter of one word into cp1252 mojibake."""
    for i in rng.sample(range(len(tokens)), len(tokens)):
        token = tokens[i]
        if i in avoid:
            continue
        if "'" in token and _word(token):
            token = token.replace("'", "’")
        if any(ord(ch) > 127 for ch in token):
            tokens[i] = token.encode("utf-8").decode("cp1252", errors="replace")
            if "\ufffd" in tokens[i]:
                tokens[i] = token
                continue
            return True
    return False


def _noisy(tokens: list[str], rng: random.Random, spoiled: dict[int, set[int]]) -> str | None:
    """Tokens joined with no-break spaces here and there and soft hyphens in long words."""
    if not _mojibake(tokens, rng, set(spoiled)):
        return None
    for i, token in enumerate(tokens):
        if len(token) >= 8 and token.isalpha() and rng.random() < 0.5:
            cut = rng.randrange(3, len(token) - 3)
            tokens[i] = token[:cut] + SOFT_HYPHEN + token[cut:]
    out = tokens[0]
    for token in tokens[1:]:
        out += (NBSP if rng.random() < 0.3 else " ") + token
    return out


def _expected_tokens(text: str) -> list[str]:
    return text.split()


def english_cases(texts: list[Text], seed: str) -> list[Case]:
    """Every way of spoiling English text, on every sentence it can be done on."""
    cases: list[Case] = []
    for text in texts:
        rng = random.Random(f"{seed}:{text.source}")
        spoiler = Spoiler(_english_table, rng)
        original = text.text
        base = original.split()

        def one(kind: str, test: Callable[[int], bool], where: str = "any",
                tokens: list[str] | None = None, sentence: str = original,
                text: Text = text, spoiler: Spoiler = spoiler) -> None:
            tokens = list(tokens or sentence.split())
            spoiled: dict[int, set[int]] = {}
            choices = [i for i in range(len(tokens)) if test(i)]
            spoiler.rng.shuffle(choices)
            for i in choices:
                if spoiler.spoil_letter(tokens, spoiled, i, where):
                    cases.append(Case(kind, text.source, text.held, sentence,
                                      " ".join(tokens), spoiled))
                    return

        def lower(i: int, base: list[str] = base) -> bool:
            return base[i].isalpha() and base[i].islower() and len(base[i]) >= 3

        one("start of a word", lower, "start")
        one("middle of a word", lower, "middle")
        one("end of a word", lower, "end")
        one("capital", lambda i, base=base: (base[i].isalpha() and base[i][0].isupper()
                                              and base[i][1:].islower() and len(base[i]) > 1),
            "start")
        one("acronym", lambda i, base=base: (re.fullmatch(r"\W*[A-Z]{2,}\W*", base[i])
                                              is not None))
        one("beside digits", lambda i, base=base: _beside_digits(base, i))
        one("hyphenated word", lambda i, base=base: re.search(r"[a-z]-[A-Za-z]", base[i])
            is not None)
        one("apostrophe", lambda i, base=base: re.search(r"[A-Za-z]['’][a-z]", base[i])
            is not None)
        one("quotes, brackets", lambda i, base=base: re.fullmatch(
            r"[\"“‘'(«][A-Za-z]{2,}[A-Za-z.,;:!?]*|[A-Za-z]{2,}[\"”’')»][.,;:!?]*", base[i])
            is not None)
        upper = original.upper()
        one("line of capitals", lambda i, base=base: _word(base[i]), sentence=upper)
        # A headline: the sentence's first words in Title Case.
        head = [w[:1].upper() + w[1:] for w in base[:10]]
        title = " ".join(head).rstrip(",;:")
        one("headline in Title Case", lambda i, head=head: _word(head[i]), sentence=title)
        byline = _byline(original)
        if byline:
            one("byline", lambda i: i > 0, sentence=byline)

        # Many per text: two to four letters in half the words.
        tokens = list(base)
        spoiled: dict[int, set[int]] = {}
        for i in range(len(tokens)):
            if _word(tokens[i]) and rng.random() < 0.5:
                for _ in range(rng.randint(2, 4)):
                    spoiler.spoil_letter(tokens, spoiled, i, "any")
        if spoiled:
            cases.append(Case("many per text", text.source, text.held, original,
                              " ".join(tokens), spoiled))
        # A look-alike in a text with mojibake, soft hyphens and no-break spaces.
        for kind, share in (("with mojibake, soft hyphens, nbsp", 0.0),
                            ("many, with mojibake, soft hyphens, nbsp", 0.4)):
            tokens = list(base)
            spoiled = {}
            words = [i for i in range(len(tokens)) if _word(tokens[i]) and "'" not in tokens[i]]
            if not words:
                continue
            spoiler.spoil_letter(tokens, spoiled, rng.choice(words), "any")
            for i in words:
                if rng.random() < share:
                    spoiler.spoil_letter(tokens, spoiled, i, "any")
            noisy = _noisy(tokens, rng, spoiled)
            if noisy is None or not spoiled:
                continue
            cases.append(Case(kind, text.source, text.held, original, noisy, spoiled))
    return cases


def _beside_digits(tokens: list[str], i: int) -> bool:
    token = tokens[i]
    if re.search(r"\d[A-Za-z]|[A-Za-z]\d", token):
        return True
    if not _word(token):
        return False
    return any(0 <= j < len(tokens) and re.match(r"\W*\d", tokens[j]) is not None
               for j in (i - 1, i + 1))


def _byline(sentence: str) -> str | None:
    """``By First Last`` from a name the sentence holds (two capitalised words)."""
    for match in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]{2,})\b",
                             sentence):
        return f"By {match.group(1)} {match.group(2)}"
    return None


def native_cases(texts: list[Text], seed: str) -> list[Case]:
    """Latin look-alikes typed into Russian, Ukrainian, Bulgarian, Serbian and Greek words."""
    cases: list[Case] = []
    for text in texts:
        rng = random.Random(f"{seed}:{text.source}")
        spoiler = Spoiler(_native_table(text.lang), rng)
        base = text.text.split()
        native = _GREEK_WORD if text.lang == "el" else _CYRILLIC_WORD

        def word(i: int, base: list[str] = base, native: re.Pattern[str] = native) -> bool:
            return native.fullmatch("".join(ch for ch in base[i] if ch.isalpha())) is not None

        group = "Greek" if text.lang == "el" else "Cyrillic"
        for kind, where, test in (
                ("start of a word", "start", lambda i, base=base, word=word:
                 word(i) and base[i][:1].islower()),
                ("middle of a word", "middle", word),
                ("end of a word", "end", word),
                ("capital", "start", lambda i, base=base, word=word:
                 word(i) and base[i][:1].isupper())):
            tokens = list(base)
            spoiled: dict[int, set[int]] = {}
            choices = [i for i in range(len(tokens)) if test(i)]
            rng.shuffle(choices)
            for i in choices:
                if spoiler.spoil_letter(tokens, spoiled, i, where):
                    cases.append(Case(f"{group}: {kind}", text.source, text.held,
                                      text.text, " ".join(tokens), spoiled))
                    break
        tokens = list(base)
        spoiled = {}
        for i in range(len(tokens)):
            if word(i) and rng.random() < 0.5:
                for _ in range(rng.randint(1, 3)):
                    spoiler.spoil_letter(tokens, spoiled, i, "any")
        if spoiled:
            cases.append(Case(f"{group}: many per text", text.source, text.held,
                              text.text, " ".join(tokens), spoiled))
        if text.lang == "el":
            tokens = list(base)
            spoiled = {}
            small = Spoiler(_greek_small_table, rng)
            choices = [i for i in range(len(tokens)) if word(i)]
            rng.shuffle(choices)
            for i in choices:
                if small.spoil_letter(tokens, spoiled, i, "any"):
                    cases.append(Case("Greek: ι κ ν ρ υ χ typed as i k v p u x",
                                      text.source, text.held, text.text,
                                      " ".join(tokens), spoiled))
                    break
    return cases


def quoting_cases(english: list[Text], russian: list[Text]) -> list[Case]:
    """English news quoting Russian: genuine, nothing to change."""
    cases = []
    for number, text in enumerate(english):
        quote = russian[number % len(russian)]
        words = quote.text.split()[:5]
        line = f"{text.text} (in Russian: «{' '.join(words).rstrip(',.:;')}»)"
        cases.append(Case("English quoting Russian", text.source, text.held, line, line))
    return cases


# --------------------------------------------------------------------------
# Scoring

@dataclass
class Score:
    """Tallies of one kind of case in one part."""

    cases: int = 0
    letters: int = 0
    fixed: int = 0
    wrong_words: int = 0
    texts_changed: int = 0
    misaligned: int = 0
    misses: list[str] = field(default_factory=list)


def _clean(text: str, unit: bool) -> Cleaned:
    return clean_unit(text) if unit else clean_document(text)


def _only_letters(token: str) -> str:
    """The letters of a word; a character reference (``&amp;``) counts as what it stands for.

    The look-alike letters show a scraper's hand, and on such a page the cleaner
    also decodes references it leaves in genuine text: that is not a word changed.
    """
    return "".join(ch for ch in html.unescape(token) if ch.isalpha())


def score_case(case: Case, score: Score) -> None:
    """Compare the cleaned spoiled text with the cleaned original, word by word."""
    expected = _clean(case.original, case.unit).text.split()
    got = _clean(case.text, case.unit).text.split()
    score.cases += 1
    total = sum(len(v) for v in case.spoiled.values())
    score.letters += total
    if len(expected) != len(got):
        score.misaligned += 1
        score.wrong_words += 1
        score.texts_changed += 1
        score.misses.append(f"{case.source}: words lost or gained\n    {case.text!r}\n"
                            f"    → {' '.join(got)!r}")
        return
    changed = False
    for index, (want, have) in enumerate(zip(expected, got, strict=True)):
        want_letters, have_letters = _only_letters(want), _only_letters(have)
        places = case.spoiled.get(index, set())
        for k in places:
            if k < len(have_letters) and k < len(want_letters) \
                    and have_letters[k] == want_letters[k]:
                score.fixed += 1
        others = [k for k in range(max(len(want_letters), len(have_letters)))
                  if k not in places]
        if len(want_letters) != len(have_letters) or any(
                want_letters[k] != have_letters[k] for k in others):
            score.wrong_words += 1
            changed = True
            score.misses.append(f"{case.source}: changed {want!r} → {have!r}")
        elif places and want_letters != have_letters:
            spoiled_token = case.text.split()[index] if len(case.text.split()) == len(
                expected) else "?"
            score.misses.append(f"{case.source}: left {spoiled_token!r} → {have!r} "
                                f"(want {want!r})")
    if changed:
        score.texts_changed += 1


def score_genuine(name: str, text: str, unit: bool, score: Score) -> None:
    """A genuine text: any letter the look-alike repair touches is a text changed."""
    fixes = [fix for fix in _clean(text, unit).fixes if fix.kind == "homoglyph"]
    score.cases += 1
    if fixes:
        score.texts_changed += 1
        score.wrong_words += len(fixes)
        score.misses.extend(f"{name}: {fix.describe()}" for fix in fixes)


# --------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print every miss of the tuning part (never of the held-out part)")
    args = parser.parse_args(argv)

    english = (_tsv_texts("general-dev.tsv", 0, False) + _tsv_texts("glossary-dev.tsv", 1, False)
               + _tsv_texts("general-blind.tsv", 0, True)
               + _tsv_texts("glossary-blind.tsv", 1, True))
    natives = _native_paragraphs() + _django_strings()
    scores: dict[tuple[str, bool], Score] = defaultdict(Score)
    order: list[str] = []

    def add(kind: str) -> None:
        if kind not in order:
            order.append(kind)

    for held, seed in ((False, SEED), (True, HELD_SEED)):
        part_english = [t for t in english if t.held == held]
        part_natives = [t for t in natives if t.held == held]
        for case in (english_cases(part_english, seed) + native_cases(part_natives, seed)):
            add(case.kind)
            score_case(case, scores[case.kind, held])
        russian = [t for t in part_natives if t.lang == "ru" and "/" in t.source
                   and not t.source.startswith("django")]
        for case in quoting_cases(part_english, russian):
            add(case.kind)
            score_genuine(case.source, case.text, True, scores[case.kind, held])
        for text in part_natives:
            kind = f"genuine {text.lang}" + (" (Django)" if "LC_MESSAGES" in text.source
                                              else "")
            add(kind)
            score_genuine(text.source, text.text, True, scores[kind, held])
        for name, text, doc_held in _genuine_documents():
            if doc_held == held:
                add("genuine documents (negative set)")
                score_genuine(name, text, False,
                              scores["genuine documents (negative set)", held])

    header = (f"{'kind':44} {'tuning: fixed':>19} {'wrong':>6} {'texts':>9}   "
              f"{'held-out: fixed':>19} {'wrong':>6} {'texts':>9}")
    print(header)
    print("-" * len(header))
    totals = {False: Score(), True: Score()}
    genuine_totals = {False: Score(), True: Score()}
    for kind in order:
        cells = []
        for held in (False, True):
            s = scores[kind, held]
            total = genuine_totals[held] if s.letters == 0 else totals[held]
            total.cases += s.cases
            total.letters += s.letters
            total.fixed += s.fixed
            total.wrong_words += s.wrong_words
            total.texts_changed += s.texts_changed
            total.misaligned += s.misaligned
            fixed = f"{s.fixed}/{s.letters}" if s.letters else "—"
            cells.append(f"{fixed:>19} {s.wrong_words:>6} {s.texts_changed:>4}/{s.cases:<4}")
        print(f"{kind[:44]:44} {cells[0]}   {cells[1]}")
    print("-" * len(header))
    for label, tally in (("spoiled texts", totals), ("genuine texts", genuine_totals)):
        cells = []
        for held in (False, True):
            s = tally[held]
            share = f"{s.fixed / s.letters:.1%}" if s.letters else ""
            fixed = f"{s.fixed}/{s.letters} {share}" if s.letters else "—"
            cells.append(f"{fixed:>19} {s.wrong_words:>6} {s.texts_changed:>4}/{s.cases:<4}")
        print(f"{label:44} {cells[0]}   {cells[1]}")
    misaligned = [totals[h].misaligned for h in (False, True)]
    print(f"\nfixed: look-alike letters put back / typed in; wrong: words changed that should "
          f"not be; texts: texts with such a change / texts.\nWords lost or gained: "
          f"{misaligned[0]} tuning, {misaligned[1]} held-out (counted wrong, letters unfixed).")
    if args.verbose:
        for kind in order:
            misses = scores[kind, False].misses
            if misses:
                print(f"\n## {kind} ({len(misses)})")
                for line in misses:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
