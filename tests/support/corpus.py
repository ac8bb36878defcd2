"""A news-like corpus of any size, in sections, built from the bundled article.

Every document is distinct (its place, round and day differ), so each one's units
reach the engine on a first run; the tests of scale and the benchmarks share it.
"""

from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "content" / "asian-security-officials.txt"
PLACES = ["Moscow", "Minsk", "Astana", "Tashkent", "Beijing", "New Delhi", "Jakarta"]


def write_corpus(folder: Path, documents: int, *, sections: int = 1, paragraphs: int = 5,
                 seed: int = 7) -> int:
    """Write ``documents`` text files into ``sections`` folders; return their word count."""
    texts = [p for p in SEED.read_text("utf-8").split("\n\n") if len(p.split()) > 6]
    rng = random.Random(seed)
    words = 0
    for index in range(documents):
        chosen = rng.sample(texts, k=min(paragraphs, len(texts)))
        place = PLACES[index % len(PLACES)]
        body = [f"Security officials meet in {place} for round {index}"]
        body += [p.replace("Moscow", place) + f" The talks on day {index % 30 + 1} continue."
                 for p in chosen]
        text = "\n\n".join(body) + "\n"
        words += len(text.split())
        section = folder / f"section-{index % sections:02d}" if sections > 1 else folder
        section.mkdir(parents=True, exist_ok=True)
        (section / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
    return words
