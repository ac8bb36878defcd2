"""Cyrillic and Greek mojibake: genuine texts corrupted two ways, then cleaned.

Run:  .venv/bin/python bench/bench_mojibake.py [-v]

The texts are real Russian, Ukrainian and Greek that nobody on this project
wrote: the treebank, poetry and guide texts of the negative set
(bench/data/negative) and the expected output (or the genuine page) of every
real scraped page of the dev parts of bench/data/real whose letters are mostly
Cyrillic or Greek.  None of the letter models' sentences is among them
(bench/make_letter_models.py leaves the negative set's out; the real pages are
not treebank text).  Each text is corrupted, with a fixed seed, in the two ways
the cleaner repairs:

1. **code page**: the text saved in Windows-1251 or KOI8-R (Cyrillic),
   Windows-1253 or ISO-8859-7 (Greek), read as Windows-1252; one text in four
   only its first sentence, set inside an English sentence ("… said (Ñîâåò …)");
2. **lost byte**: the text's UTF-8 read as Windows-1252, the bytes 0x81, 0x8D,
   0x8F, 0x90 and 0x9D dropped, shown as U+FFFD or kept as an invisible C1
   control (one way a text).

The corrupted text and the genuine one are both cleaned as scraped
(``CleanOptions(scraped=True)``), so only the mojibake tells them apart.  For
each class it prints: texts fully repaired, letters wrong (characters that
differ from the genuine text's cleaning, in texts the cleaner repaired, those
of words it left with a note aside) out of the letters of those texts, texts
left (no repair at all), and the words left with a note ("noted": a lost byte
no letter is clearly the likeliest for).
A third of the texts (by a hash of their path) are held out: they were never
looked at while the thresholds were chosen, and are printed apart.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from cms_i18n.clean import CleanOptions, clean_document

ROOT = Path(__file__).resolve().parent.parent
NEGATIVE = ROOT / "bench" / "data" / "negative"
REAL = ROOT / "bench" / "data" / "real"
#: The negative set's genuine Russian, Ukrainian and Greek sources.
NEGATIVE_SOURCES = ("gsd-ru", "taiga-ru", "calls-ru", "verse-ru", "vue-ru", "parlamint-uk",
                    "gud-el", "calls-el")
SEED = 20261202
CYRILLIC = re.compile("[\u0400-\u04ff]")
GREEK = re.compile("[\u0370-\u03ff]")
LOST = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])
FRAMES = ("The ministry said ({}) on Monday.", "Officials quoted the statement: {}",
          "{} — the agency reported, citing sources.")
OPTIONS = CleanOptions(scraped=True)


def script_of(text: str) -> str:
    """"cyrillic" or "greek" where that script holds most of the text's letters, else ""."""
    letters = sum(ch.isalpha() for ch in text) or 1
    if len(CYRILLIC.findall(text)) / letters > 0.6:
        return "cyrillic"
    if len(GREEK.findall(text)) / letters > 0.6:
        return "greek"
    return ""


def texts() -> list[tuple[str, str, str]]:
    """(name, script, text) of every genuine text used, sorted by name."""
    found = []
    for source in NEGATIVE_SOURCES:
        for path in sorted((NEGATIVE / source).glob("*.txt")):
            found.append((f"negative/{source}/{path.name}", path.read_text("utf-8")))
    for path in sorted(REAL.glob("*/dev/*.txt")):
        if ".in." in path.name:
            continue
        found.append((str(path.relative_to(REAL)), path.read_text("utf-8")))
    return [(name, script, text) for name, text in found if (script := script_of(text))]


def held_out(name: str) -> bool:
    return hashlib.sha1(name.encode()).digest()[0] % 3 == 0


def as_cp1252(data: bytes) -> str:
    return data.decode("sloppy-windows-1252")


def code_page(text: str, script: str, rng: random.Random) -> tuple[str, str]:
    """(genuine, corrupted): the text in a single-byte code page read as Windows-1252."""
    codec = rng.choice(("cp1251", "cp1251", "koi8_r") if script == "cyrillic"
                       else ("cp1253", "iso8859_7"))
    if not encodes(text, codec):
        # A page in a code page holds only its letters (no Ukrainian "і" in KOI8-R, no
        # polytonic Greek in Windows-1253): another one, or none.
        codec = next((c for c in ("cp1251", "cp1253") if encodes(text, c)), "")
        if not codec:
            return text, ""
    if rng.random() < 0.25:
        first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0][:160]
        frame = rng.choice(FRAMES)
        text = frame.format(first) + "\n"
        corrupted = frame.format(mangle(first, codec)) + "\n"
        return text, corrupted
    return text, mangle(text, codec)


def encodes(text: str, codec: str) -> bool:
    """Does the code page have every letter of the text?"""
    try:
        "".join(ch for ch in text if ch.isalpha()).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def mangle(text: str, codec: str) -> str:
    """Each character the code page has, as its byte read in Windows-1252; others kept."""
    out = []
    for ch in text:
        try:
            out.append(as_cp1252(ch.encode(codec)) if not ch.isascii() else ch)
        except UnicodeEncodeError:
            out.append(ch)
    return "".join(out)


def lost_byte(text: str, rng: random.Random) -> str:
    """The text's UTF-8 read as Windows-1252, the bytes it has no character for lost."""
    way = rng.choice(("dropped", "dropped", "replaced", "control"))
    out = []
    for ch in text:
        data = ch.encode("utf-8")
        if ch.isascii():
            out.append(ch)
            continue
        shown = ""
        for byte in data:
            if byte in LOST:
                shown += {"dropped": "", "replaced": "\ufffd", "control": chr(byte)}[way]
            else:
                shown += as_cp1252(bytes([byte]))
        out.append(shown)
    return "".join(out)


@dataclass
class Score:
    texts: int = 0
    exact: int = 0
    wrong: int = 0
    left: int = 0
    noted: int = 0
    letters: int = 0

    def row(self, label: str) -> str:
        return (f"{label:24}{self.exact:>5}/{self.texts:<5}{self.wrong:>7}/{self.letters:<7}"
                f"{self.left:>6}{self.noted:>8}")


def differing(want: str, got: str) -> int:
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
               if tag != "equal")


def score(score: Score, genuine: str, corrupted: str, name: str, verbose: bool) -> None:
    want = clean_document(genuine, OPTIONS).text
    cleaned = clean_document(corrupted, OPTIONS)
    score.texts += 1
    score.letters += sum(ch.isalpha() for ch in want)
    repaired = [f for f in cleaned.fixes if f.kind == "mojibake" and f.before != f.after]
    noted = [f.before for f in cleaned.fixes if f.kind == "mojibake" and f.before == f.after]
    score.noted += len(noted)
    if cleaned.text == want:
        score.exact += 1
        return
    if not repaired:
        score.left += 1
    else:
        # A word left with a note is no wrong letter: the explanation says it was left.
        score.wrong += max(0, differing(want, cleaned.text) - sum(map(len, noted)))
    if verbose:
        print(f"--- {name}")
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
                None, want, cleaned.text, autojunk=False).get_opcodes():
            if tag != "equal":
                print(f"    {want[max(0, i1 - 12):i2 + 12]!r} → {cleaned.text[j1:j2]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="show every difference of the texts used for tuning")
    args = parser.parse_args()
    rng = random.Random(SEED)
    scores = {(cls, part): Score() for cls in ("code page", "lost byte")
              for part in ("tuning", "held out")}
    for name, script, text in texts():
        part = "held out" if held_out(name) else "tuning"
        show = args.verbose and part == "tuning"
        genuine, corrupted = code_page(text, script, rng)
        if corrupted:
            score(scores["code page", part], genuine, corrupted, f"{name} (code page)", show)
        score(scores["lost byte", part], text, lost_byte(text, rng), f"{name} (lost byte)", show)
    print(f"{'':24}{'repaired':>10}{'letters wrong':>15}{'left':>6}{'noted':>8}")
    for (cls, part), result in scores.items():
        print(result.row(f"{cls}, {part}"))


if __name__ == "__main__":
    main()
