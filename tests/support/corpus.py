"""A news-like corpus of any size, in sections, built from the bundled article.

Every document is distinct (its place, round and day differ), so each one's units
reach the engine on a first run; the tests of scale and the benchmarks share it.
Most of its sentences recur from document to document, as the article's do; with
``distinct_sentences`` every sentence is new (news-length, 15–30 of the article's
words), which is what an engine that translates each distinct sentence once (Argos)
meets in a real archive.
"""

from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "content" / "asian-security-officials.txt"
PLACES = ["Moscow", "Minsk", "Astana", "Tashkent", "Beijing", "New Delhi", "Jakarta"]


def write_corpus(folder: Path, documents: int, *, sections: int = 1, paragraphs: int = 5,
                 seed: int = 7, distinct_sentences: bool = False) -> int:
    """Write ``documents`` text files into ``sections`` folders; return their word count."""
    article = SEED.read_text("utf-8")
    texts = [p for p in article.split("\n\n") if len(p.split()) > 6]
    bare = (w.strip(".,;:“”\"") for p in texts for w in p.split())
    vocabulary = sorted({w for w in bare if w.isascii() and w.isalpha()
                         and not w.endswith("icon")})     # the page's icons are chrome
    rng = random.Random(seed)
    words = 0

    def sentence() -> str:
        chosen = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(15, 30)))
        return chosen[0].upper() + chosen[1:] + "."

    for index in range(documents):
        place = PLACES[index % len(PLACES)]
        body = [f"Security officials meet in {place} for round {index}"]
        if distinct_sentences:
            body += [" ".join(sentence() for _ in range(rng.randint(1, 3)))
                     for _ in range(paragraphs)]
        else:
            body += [p.replace("Moscow", place) + f" The talks on day {index % 30 + 1} continue."
                     for p in rng.sample(texts, k=min(paragraphs, len(texts)))]
        text = "\n\n".join(body) + "\n"
        words += len(text.split())
        section = folder / f"section-{index % sections:02d}" if sections > 1 else folder
        section.mkdir(parents=True, exist_ok=True)
        (section / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
    return words


NEWS = REPO / "bench" / "data" / "chains" / "general-dev.tsv"


def news_sentences() -> list[str]:
    """200 real English news sentences (NTREX-128's newstest2019, the dev part; see
    ``bench/data/chains/README.md``): names the dictionaries do not know, and words
    such as "known" or "elected" whose readings Apertium's tagger was not trained on."""
    rows = (line.split("\t") for line in NEWS.read_text("utf-8").splitlines()
            if line and not line.startswith("#"))
    return [row[2] for row in rows]


def write_news_corpus(folder: Path, documents: int, *, sections: int = 1) -> int:
    """The news sentences dealt into ``documents`` text files, one sentence a paragraph,
    in ``sections`` folders; return how many sentences were written."""
    sentences = news_sentences()
    for index in range(documents):
        body = sentences[index::documents]
        section = folder / f"section-{index % sections:02d}" if sections > 1 else folder
        section.mkdir(parents=True, exist_ok=True)
        (section / f"news-{index:03d}.txt").write_text("\n\n".join(body) + "\n",
                                                       encoding="utf-8")
    return len(sentences)
